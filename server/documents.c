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

void dls_doc_change(dls_doc *doc, int has_range, dls_position start, dls_position end,
                    const char *text, size_t len, dls_pos_encoding enc) {
    if (has_range)
        dls_lsp_apply_edit(&doc->text, start, end, text, len, enc);
    else
        set_text(&doc->text, text, len);
}

static void doc_free(dls_doc *d) {
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
