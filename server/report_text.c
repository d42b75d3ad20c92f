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

/* Code points a terminal shows two columns wide (East Asian Wide and Fullwidth, emoji). */
static const struct {
    unsigned first, last;
} wide_ranges[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
    {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x18AFF},
    {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A}, {0x1F200, 0x1F251}, {0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF},
    {0x1F7E0, 0x1F7EB}, {0x1F90C, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x3FFFD},
};

static unsigned code_point_width(unsigned cp) {
    size_t lo = 0, hi = sizeof wide_ranges / sizeof wide_ranges[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < wide_ranges[mid].first)
            hi = mid;
        else if (cp > wide_ranges[mid].last)
            lo = mid + 1;
        else
            return 2;
    }
    return 1;
}

/* Display width of the character at text[i] (at display column x) and its length in bytes. A tab
 * reaches the next tab stop; a byte that starts no valid UTF-8 sequence is one column. */
static unsigned char_width(const char *text, size_t len, size_t i, unsigned x, size_t *bytes) {
    if (text[i] == '\t') {
        *bytes = 1;
        return TAB_STOP - x % TAB_STOP;
    }
    unsigned cp;
    size_t n = dls_report_utf8_next(text + i, len - i, &cp);
    *bytes = n ? n : 1;
    return n ? code_point_width(cp) : 1;
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
