/*
 * report_text.c - the text reporter of `drvls lint`: findings as clang prints diagnostics, with the
 * source line and a caret line under each location, in clang's colours when asked.
 */
#include "report.h"

#include <string.h>

#define TAB_STOP 8

/* clang's diagnostic colours. */
#define COLOR_RESET "\033[0m"
#define COLOR_BOLD "\033[1m"
#define COLOR_ERROR "\033[0;1;31m"
#define COLOR_WARNING "\033[0;1;35m"
#define COLOR_NOTE "\033[0;1;30m"
#define COLOR_CARET "\033[0;1;32m"

typedef struct {
    FILE *out;
    int color;
    const char *cwd;
    dls_report_sources *sources;
} text_writer;

/* Write s when colours are on. */
static void put_color(text_writer *w, const char *s) {
    if (w->color)
        fputs(s, w->out);
}

static const char *severity_color(dls_severity s) {
    switch (s) {
    case DLS_SEV_ERROR:
        return COLOR_ERROR;
    case DLS_SEV_WARNING:
        return COLOR_WARNING;
    default:
        return COLOR_NOTE;
    }
}

/* "file:line:col: " (or less when parts are unknown). */
static void put_location(text_writer *w, const dls_range *r) {
    put_color(w, COLOR_BOLD);
    fputs(r->file ? dls_report_relative(r->file, w->cwd) : "drvls", w->out);
    if (r->line) {
        fprintf(w->out, ":%u", r->line);
        if (r->col)
            fprintf(w->out, ":%u", r->col);
    }
    fputs(": ", w->out);
}

/* The location line: "file:line:col: severity: message [rule]". */
static void put_header(text_writer *w, const dls_range *r, dls_severity sev, const char *message,
                       const char *rule) {
    put_location(w, r);
    put_color(w, severity_color(sev));
    fprintf(w->out, "%s: ", dls_report_severity_name(sev));
    put_color(w, COLOR_RESET);
    put_color(w, COLOR_BOLD);
    fputs(message ? message : "", w->out);
    if (rule)
        fprintf(w->out, " [%s]", rule);
    put_color(w, COLOR_RESET);
    fputc('\n', w->out);
}

/* Display width of the character at text[i] (at display column x) and its length in bytes. */
static unsigned char_width(const char *text, size_t len, size_t i, unsigned x, size_t *bytes) {
    unsigned char c = (unsigned char)text[i];
    if (c == '\t') {
        *bytes = 1;
        return TAB_STOP - x % TAB_STOP;
    }
    size_t n = 1;
    if (c >= 0xC0) /* a UTF-8 lead byte: the character takes one column */
        while (i + n < len && ((unsigned char)text[i + n] & 0xC0) == 0x80 && n < 4)
            n++;
    *bytes = n;
    return 1;
}

/* The caret character for byte i of the line: '^' at the start of the range, '~' inside it. */
static char caret_mark(size_t i, size_t first, size_t last) {
    if (i == first)
        return '^';
    return i > first && i < last ? '~' : ' ';
}

/* The source line of r and the caret line under it. first/last: bytes of the range on this line
 * (last exclusive). */
static void put_snippet(text_writer *w, const dls_range *r) {
    size_t len;
    const char *text = dls_report_source_line(w->sources, r->file, r->line, &len);
    if (!text || r->col == 0)
        return;
    size_t first = r->col - 1;
    size_t last = len;
    if (r->end_line == r->line && r->end_col > r->col)
        last = r->end_col - 1;
    else if (r->end_line <= r->line)
        last = first + 1;
    /* The source line, tabs expanded so that the caret line lines up. */
    unsigned x = 0;
    for (size_t i = 0, n; i < len; i += n) {
        unsigned width = char_width(text, len, i, x, &n);
        if (text[i] == '\t')
            fprintf(w->out, "%*s", (int)width, "");
        else
            fwrite(text + i, 1, n, w->out);
        x += width;
    }
    fputc('\n', w->out);
    /* The caret line, trailing blanks left out. */
    put_color(w, COLOR_CARET);
    x = 0;
    unsigned pending = 0;
    for (size_t i = 0, n; i < len && i < last; i += n) {
        unsigned width = char_width(text, len, i, x, &n);
        char mark = caret_mark(i, first, last);
        x += width;
        if (mark == ' ') {
            pending += width;
            continue;
        }
        fprintf(w->out, "%*s%c", (int)pending, "", mark);
        for (unsigned k = 1; k < width; k++)
            fputc('~', w->out);
        pending = 0;
    }
    if (first >= len) /* the range starts at the end of the line */
        fprintf(w->out, "%*s^", (int)pending, "");
    put_color(w, COLOR_RESET);
    fputc('\n', w->out);
}

static void put_finding(text_writer *w, const dls_finding *f) {
    put_header(w, &f->range, f->severity, f->message, f->rule);
    put_snippet(w, &f->range);
    for (size_t i = 0; i < f->n_notes; i++) {
        put_header(w, &f->notes[i].range, DLS_SEV_INFO, f->notes[i].message, NULL);
        put_snippet(w, &f->notes[i].range);
    }
}

int dls_report_text(FILE *out, const dls_report *r, const dls_report_text_opts *opts) {
    text_writer w = {out, opts && opts->color, r->cwd, dls_report_sources_new()};
    for (size_t i = 0; i < r->findings->count; i++)
        put_finding(&w, &r->findings->items[i]);
    dls_report_sources_free(w.sources);
    return fflush(out) != 0 || ferror(out) ? -1 : 0;
}
