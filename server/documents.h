/*
 * documents.h - the open documents: URI, path, version and text, as the client last sent them.
 *
 * Thread: the loop thread only. Documents are owned by the store; a dls_doc pointer stays valid
 * until dls_doc_close of that document or dls_docs_free.
 */
#ifndef DLS_DOCUMENTS_H
#define DLS_DOCUMENTS_H

#include <stddef.h>
#include "analysis.h"
#include "lsp.h"

typedef struct dls_doc {
    char *uri;
    char *path;
    long long version;
    dls_text text;
    /* The last published findings, kept in step with edits: a change before a finding shifts it,
     * a change overlapping it drops it. clang's are replaced by every parse, the rules' by every
     * check (on save, by default), so both are published together. */
    dls_findings clang;
    dls_findings rules;
    int checked;                        /* rules ran at least once for this document */
    long long facts_version;            /* the version the program's facts were extracted from */
    unsigned long long facts_signature; /* dls_facts_signature of those facts */
    unsigned long long flags_warnings_signature; /* of the flag warnings last logged; 0: none */
    struct dls_doc *next;
} dls_doc;

typedef struct {
    dls_doc *head;
    size_t count;
} dls_docs;

/* Open (or re-open, replacing text and version) a document; text is copied. */
dls_doc *dls_doc_open(dls_docs *docs, const char *uri, const char *path, long long version,
                      const char *text, size_t len);
dls_doc *dls_doc_find(const dls_docs *docs, const char *uri);
dls_doc *dls_doc_find_path(const dls_docs *docs, const char *path);
/* Apply one content change: with has_range, replace [start, end) (positions in enc), else the
 * whole text (which drops every kept finding). */
void dls_doc_change(dls_doc *doc, int has_range, dls_position start, dls_position end,
                    const char *text, size_t len, dls_pos_encoding enc);
void dls_doc_close(dls_docs *docs, const char *uri);
void dls_docs_free(dls_docs *docs);

#endif
