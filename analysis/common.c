/*
 * common.c - the finding/fix value types of analysis.h and the allocation helpers every module
 * uses.
 */
#include "analysis.h"
#include "platform.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void dls_oom(void) {
    fputs("drvls: out of memory\n", stderr);
    abort();
}

void *dls_xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p)
        dls_oom();
    return p;
}

void *dls_xcalloc(size_t n, size_t size) {
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        dls_oom();
    return p;
}

void *dls_xrealloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q)
        dls_oom();
    return q;
}

char *dls_xstrndup(const char *s, size_t n) {
    char *p = dls_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *dls_xstrdup(const char *s) {
    return s ? dls_xstrndup(s, strlen(s)) : NULL;
}

char *dls_xasprintf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        dls_oom();
    char *p = dls_xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void dls_range_copy(dls_range *dst, const dls_range *src) {
    *dst = *src;
    dst->file = dls_xstrdup(src->file);
}

void dls_range_free(dls_range *r) {
    free(r->file);
    r->file = NULL;
}

/* Grow an array of elem-sized items so that one more fits; *cap doubles. */
static void *dls_grow(void *items, size_t count, size_t *cap, size_t elem) {
    if (count < *cap)
        return items;
    *cap = *cap ? *cap * 2 : 4;
    return dls_xrealloc(items, *cap * elem);
}

dls_finding *dls_findings_add(dls_findings *list) {
    list->items = dls_grow(list->items, list->count, &list->cap, sizeof *list->items);
    dls_finding *f = &list->items[list->count++];
    memset(f, 0, sizeof *f);
    return f;
}

static void dls_notes_free(dls_note *notes, size_t n) {
    for (size_t i = 0; i < n; i++) {
        dls_range_free(&notes[i].range);
        free(notes[i].message);
    }
    free(notes);
}

void dls_finding_free(dls_finding *f) {
    dls_range_free(&f->range);
    free(f->message);
    dls_notes_free(f->notes, f->n_notes);
    dls_notes_free(f->path, f->n_path);
    for (size_t i = 0; i < f->n_fixes; i++) {
        dls_fix *fix = &f->fixes[i];
        for (size_t j = 0; j < fix->n_edits; j++) {
            free(fix->edits[j].file);
            free(fix->edits[j].text);
        }
        free(fix->edits);
        free(fix->title);
    }
    free(f->fixes);
}

void dls_findings_clear(dls_findings *list) {
    for (size_t i = 0; i < list->count; i++)
        dls_finding_free(&list->items[i]);
    free(list->items);
    memset(list, 0, sizeof *list);
}

void dls_findings_move(dls_findings *dst, dls_findings *src) {
    for (size_t i = 0; i < src->count; i++)
        *dls_findings_add(dst) = src->items[i];
    free(src->items);
    memset(src, 0, sizeof *src);
}

dls_note *dls_finding_add_note(dls_finding *f, int to_path, const dls_range *r,
                               const char *message) {
    dls_note **arr = to_path ? &f->path : &f->notes;
    size_t *n = to_path ? &f->n_path : &f->n_notes;
    /* notes arrays grow one at a time: they are short */
    *arr = dls_xrealloc(*arr, (*n + 1) * sizeof **arr);
    dls_note *note = &(*arr)[(*n)++];
    dls_range_copy(&note->range, r);
    note->message = dls_xstrdup(message ? message : "");
    return note;
}

dls_fix *dls_finding_add_fix(dls_finding *f, const char *title, int preferred) {
    f->fixes = dls_xrealloc(f->fixes, (f->n_fixes + 1) * sizeof *f->fixes);
    dls_fix *fix = &f->fixes[f->n_fixes++];
    memset(fix, 0, sizeof *fix);
    fix->title = dls_xstrdup(title);
    fix->preferred = preferred;
    return fix;
}

void dls_fix_add_edit(dls_fix *fix, const char *file, unsigned begin, unsigned end,
                      const char *text) {
    fix->edits = dls_xrealloc(fix->edits, (fix->n_edits + 1) * sizeof *fix->edits);
    dls_edit *e = &fix->edits[fix->n_edits++];
    e->file = dls_xstrdup(file);
    e->begin = begin;
    e->end = end;
    e->text = dls_xstrdup(text);
}

/* The largest file read (dls_read_set_limit). Set at start-up or from the loop thread between
 * analyses; read by workers. */
static volatile size_t read_limit = DLS_READ_DEFAULT_LIMIT;

void dls_read_set_limit(size_t max) {
    read_limit = max ? max : DLS_READ_DEFAULT_LIMIT;
}

size_t dls_read_limit(void) {
    return read_limit;
}

int dls_read_file(const char *path, char **text, size_t *len) {
    return dls_plat_read_regular(path, read_limit, 0, text, len);
}

int dls_read_small_file(const char *path, size_t max, char **text, size_t *len) {
    return dls_plat_read_regular(path, max < read_limit ? max : read_limit, 0, text, len);
}

const char *dls_strerror(int err, char *buf, size_t size) {
    if (err == DLS_ENOTREG)
        return "not a regular file (a FIFO, a device or a directory); drvls reads only files";
    if (err == EFBIG) {
        snprintf(buf, size,
                 "larger than drvls's limit of %lu MB (--max-file-size, setting maxFileSizeMB)",
                 (unsigned long)(read_limit >> 20));
        return buf;
    }
    return dls_plat_strerror(err, buf, size);
}
