/*
 * documents.c - the store of open documents (a short list: editors open tens of files, and the
 * load test a thousand; lookups are linear and cheap next to a parse).
 */
#include "documents.h"
#include "analysis.h"

#include <stdlib.h>
#include <string.h>

static void set_text(dls_text *t, const char *text, size_t len) {
    free(t->data);
    t->data = dls_xstrndup(text, len);
    t->len = len;
}

dls_doc *dls_doc_open(dls_docs *docs, const char *uri, const char *path, long long version,
                      const char *text, size_t len) {
    dls_doc *d = dls_doc_find(docs, uri);
    if (!d) {
        d = dls_xcalloc(1, sizeof *d);
        d->uri = dls_xstrdup(uri);
        d->path = dls_xstrdup(path);
        d->next = docs->head;
        docs->head = d;
        docs->count++;
    }
    d->version = version;
    set_text(&d->text, text, len);
    return d;
}

dls_doc *dls_doc_find(const dls_docs *docs, const char *uri) {
    for (dls_doc *d = docs->head; d; d = d->next)
        if (strcmp(d->uri, uri) == 0)
            return d;
    return NULL;
}

dls_doc *dls_doc_find_path(const dls_docs *docs, const char *path) {
    for (dls_doc *d = docs->head; d; d = d->next)
        if (strcmp(d->path, path) == 0)
            return d;
    return NULL;
}

/* Move the byte span [*x, *y) past an edit that replaced [a, b) with n bytes. Returns 0 when the
 * span overlaps the edit (what it pointed at is gone). */
static int shift_span(unsigned *x, unsigned *y, size_t a, size_t b, size_t n) {
    if (*y <= a)
        return 1;
    if (*x < b)
        return 0;
    *x = (unsigned)(*x - b + a + n);
    *y = (unsigned)(*y - b + a + n);
    return 1;
}

/* A range in this document's file, moved past an edit. Line/column are left as they were:
 * publishing converts from the byte offsets. */
static int shift_range(dls_range *r, const char *path, size_t a, size_t b, size_t n) {
    if (!r->file || strcmp(r->file, path) != 0)
        return 1;
    return shift_span(&r->begin, &r->end, a, b, n);
}

/* A fix's edits in this file, moved past an edit; 0 when one overlaps it (the finding is then
 * dropped rather than offered with a fix that no longer fits the text). */
static int shift_fix(dls_fix *fix, const char *path, size_t a, size_t b, size_t n) {
    for (size_t i = 0; i < fix->n_edits; i++) {
        dls_edit *e = &fix->edits[i];
        if (strcmp(e->file, path) == 0 && !shift_span(&e->begin, &e->end, a, b, n))
            return 0;
    }
    return 1;
}

static void shift_findings(dls_findings *list, const char *path, size_t a, size_t b, size_t n) {
    size_t kept = 0;
    for (size_t i = 0; i < list->count; i++) {
        dls_finding *f = &list->items[i];
        int keep = shift_range(&f->range, path, a, b, n);
        for (size_t j = 0; keep && j < f->n_notes; j++)
            shift_range(&f->notes[j].range, path, a, b, n);
        for (size_t j = 0; keep && j < f->n_fixes; j++)
            keep = shift_fix(&f->fixes[j], path, a, b, n);
        if (keep) {
            list->items[kept++] = *f;
        } else {
            dls_finding_free(f);
        }
    }
    list->count = kept;
}

void dls_doc_change(dls_doc *doc, int has_range, dls_position start, dls_position end,
                    const char *text, size_t len, dls_pos_encoding enc) {
    if (!has_range) {
        set_text(&doc->text, text, len);
        dls_findings_clear(&doc->clang);
        dls_findings_clear(&doc->rules);
        return;
    }
    size_t a = dls_lsp_offset(doc->text.data, doc->text.len, start, enc);
    size_t b = dls_lsp_offset(doc->text.data, doc->text.len, end, enc);
    if (b < a) {
        size_t t = a;
        a = b;
        b = t;
    }
    if (dls_lsp_apply_edit(&doc->text, start, end, text, len, enc) != 0)
        return;
    shift_findings(&doc->clang, doc->path, a, b, len);
    shift_findings(&doc->rules, doc->path, a, b, len);
}

static void doc_free(dls_doc *d) {
    dls_findings_clear(&d->clang);
    dls_findings_clear(&d->rules);
    free(d->uri);
    free(d->path);
    free(d->text.data);
    free(d);
}

void dls_doc_close(dls_docs *docs, const char *uri) {
    for (dls_doc **p = &docs->head; *p; p = &(*p)->next) {
        if (strcmp((*p)->uri, uri) == 0) {
            dls_doc *d = *p;
            *p = d->next;
            doc_free(d);
            docs->count--;
            return;
        }
    }
}

void dls_docs_free(dls_docs *docs) {
    dls_doc *d = docs->head;
    while (d) {
        dls_doc *next = d->next;
        doc_free(d);
        d = next;
    }
    docs->head = NULL;
    docs->count = 0;
}
