/*
 * report.c - what the lint reporters share: the order of findings, severity names, paths relative
 * to the working directory, JSON strings from possibly invalid UTF-8, and a cache of source texts
 * for source lines and UTF-16 columns.
 */
#include "report.h"

#include <stdlib.h>
#include <string.h>

const char *dls_report_severity_name(dls_severity s) {
    switch (s) {
    case DLS_SEV_ERROR:
        return "error";
    case DLS_SEV_WARNING:
        return "warning";
    default:
        return "note";
    }
}

const char *dls_report_relative(const char *path, const char *cwd) {
    if (!path || !cwd || !*cwd)
        return path;
    size_t n = strlen(cwd);
    while (n > 1 && cwd[n - 1] == '/')
        n--;
    if (n == 1 && cwd[0] == '/')
        return path[0] == '/' && path[1] ? path + 1 : path;
    if (strncmp(path, cwd, n) == 0 && path[n] == '/' && path[n + 1])
        return path + n + 1;
    return path;
}

/* strcmp that orders NULL first. */
static int compare_str(const char *a, const char *b) {
    if (!a || !b)
        return (a != NULL) - (b != NULL);
    return strcmp(a, b);
}

static int compare_unsigned(unsigned a, unsigned b) {
    return (a > b) - (a < b);
}

static int compare_findings(const void *pa, const void *pb) {
    const dls_finding *a = pa, *b = pb;
    int c = compare_str(a->range.file, b->range.file);
    if (!c)
        c = compare_unsigned(a->range.line, b->range.line);
    if (!c)
        c = compare_unsigned(a->range.col, b->range.col);
    if (!c)
        c = compare_str(a->rule, b->rule);
    if (!c)
        c = compare_str(a->message, b->message);
    return c;
}

void dls_report_sort(dls_findings *findings) {
    if (findings->count > 1)
        qsort(findings->items, findings->count, sizeof *findings->items, compare_findings);
}

size_t dls_report_utf8_next(const char *s, size_t avail, unsigned *cp) {
    const unsigned char *p = (const unsigned char *)s;
    unsigned c = p[0], v;
    size_t n;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        v = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        v = c & 0x07;
    } else {
        return 0;
    }
    if (avail < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (p[i] & 0x3F);
    }
    if ((n == 3 && v < 0x800) || (n == 4 && v < 0x10000) || v > 0x10FFFF ||
        (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

/* Length of the valid UTF-8 sequence at p (at most avail bytes), or 0. */
static size_t utf8_sequence(const unsigned char *p, size_t avail) {
    unsigned cp;
    return dls_report_utf8_next((const char *)p, avail, &cp);
}

json_t *dls_report_string(const char *s) {
    if (!s)
        s = "";
    json_t *j = json_string(s);
    if (j)
        return j;
    /* Not valid UTF-8: replace each byte that starts no valid sequence with U+FFFD. */
    size_t len = strlen(s);
    char *clean = dls_xmalloc(len * 3 + 1), *w = clean;
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    while (p < end) {
        size_t n = utf8_sequence(p, (size_t)(end - p));
        if (n) {
            memcpy(w, p, n);
            w += n;
            p += n;
        } else {
            memcpy(w, "\xEF\xBF\xBD", 3);
            w += 3;
            p++;
        }
    }
    *w = '\0';
    j = json_string(clean);
    free(clean);
    return j ? j : json_string("");
}

/* UTF-16 code units in bytes [0, n) of p: a code point above U+FFFF counts two, any other valid
 * sequence one, and each byte that starts no valid sequence one. */
static unsigned utf16_units(const char *text, size_t n) {
    const unsigned char *p = (const unsigned char *)text;
    unsigned units = 0;
    size_t i = 0;
    while (i < n) {
        size_t len = utf8_sequence(p + i, n - i);
        units += len == 4 ? 2 : 1;
        i += len ? len : 1;
    }
    return units;
}

/* ---- source cache ---- */

typedef struct {
    char *path;
    char *text; /* NULL when the file could not be read */
    size_t len;
    size_t *line_starts; /* byte offset of each line's first byte */
    size_t n_lines;
} source_file;

struct dls_report_sources {
    source_file *files;
    size_t count;
};

dls_report_sources *dls_report_sources_new(void) {
    return dls_xcalloc(1, sizeof(dls_report_sources));
}

void dls_report_sources_free(dls_report_sources *s) {
    if (!s)
        return;
    for (size_t i = 0; i < s->count; i++) {
        free(s->files[i].path);
        free(s->files[i].text);
        free(s->files[i].line_starts);
    }
    free(s->files);
    free(s);
}

/* Record where each line starts. Lines end at \n, \r\n or a lone \r. */
static void index_lines(source_file *f) {
    size_t cap = 64;
    f->line_starts = dls_xmalloc(cap * sizeof *f->line_starts);
    f->line_starts[f->n_lines++] = 0;
    for (size_t i = 0; i < f->len; i++) {
        char c = f->text[i];
        if (c != '\n' && c != '\r')
            continue;
        if (c == '\r' && i + 1 < f->len && f->text[i + 1] == '\n')
            i++;
        if (f->n_lines == cap)
            f->line_starts = dls_xrealloc(f->line_starts, (cap *= 2) * sizeof *f->line_starts);
        f->line_starts[f->n_lines++] = i + 1;
    }
}

/* The cached file of path, read now if it was not yet. Never NULL; text NULL when unreadable. */
static source_file *source_get(dls_report_sources *s, const char *path) {
    for (size_t i = 0; i < s->count; i++)
        if (strcmp(s->files[i].path, path) == 0)
            return &s->files[i];
    s->files = dls_xrealloc(s->files, (s->count + 1) * sizeof *s->files);
    source_file *f = &s->files[s->count++];
    memset(f, 0, sizeof *f);
    f->path = dls_xstrdup(path);
    if (dls_read_file(path, &f->text, &f->len) == 0)
        index_lines(f);
    return f;
}

const char *dls_report_source_line(dls_report_sources *s, const char *path, unsigned line,
                                   size_t *len) {
    if (!path || line == 0)
        return NULL;
    source_file *f = source_get(s, path);
    if (!f->text || line > f->n_lines)
        return NULL;
    size_t begin = f->line_starts[line - 1];
    size_t end = begin;
    while (end < f->len && f->text[end] != '\n' && f->text[end] != '\r')
        end++;
    if (begin == f->len && line > 1)
        return NULL; /* the empty "line" after a final line break */
    *len = end - begin;
    return f->text + begin;
}

unsigned dls_report_utf16_column(dls_report_sources *s, const char *path, unsigned line,
                                 unsigned col) {
    size_t len;
    const char *text = dls_report_source_line(s, path, line, &len);
    if (!text || col == 0 || col - 1 > len)
        return col;
    return utf16_units(text, col - 1) + 1;
}

unsigned dls_report_utf16_offset(dls_report_sources *s, const char *path, unsigned offset) {
    if (!path)
        return offset;
    source_file *f = source_get(s, path);
    if (!f->text || offset > f->len)
        return offset;
    return utf16_units(f->text, offset);
}
