/*
 * codeaction.c - textDocument/codeAction (see codeaction.h): for the drvls diagnostics of the
 * request (matched by the identifier in their `data`, else by code and range) and the findings
 * whose range meets the requested range, a `quickfix` action per fix, with the diagnostic
 * attached; and a `source.fixAll.drvls` action applying every fix of the document that fits with
 * the others. Edits go out as `documentChanges` (versioned, null for files that are not open) when
 * the client supports them, else as `changes`; positions in the negotiated encoding, converted
 * with each file's current text.
 *
 * A fix that edits another open document is offered only while that document's text is the one
 * its facts came from (unsaved edits there would move its offsets; the next save re-checks).
 */
#include "codeaction.h"
#include "fixes.h"
#include "server.h"
#include "uri.h"

#include <stdlib.h>
#include <string.h>

#define DLS_ACTION_FIX_ALL "source.fixAll.drvls"

/* ---- finding identifiers -------------------------------------------------------------------- */

static unsigned long long dls_action_hash(const char *rule, const char *message) {
    unsigned long long h = 1469598103934665603ull;
    for (const char *p = rule; p && *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ull;
    h = (h ^ 0xff) * 1099511628211ull;
    for (const char *p = message; p && *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ull;
    return h;
}

/* "hash.k": f's rule and message, and k equal findings before it in list (new string). */
static char *dls_action_id(const dls_findings *list, const dls_finding *f) {
    unsigned long long h = dls_action_hash(f->rule, f->message);
    unsigned k = 0;
    for (size_t i = 0; i < list->count && &list->items[i] != f; i++)
        k += dls_action_hash(list->items[i].rule, list->items[i].message) == h;
    return dls_xasprintf("%016llx.%u", h, k);
}

json_t *dls_action_diagnostic_data(const dls_findings *list, const dls_finding *f) {
    char *id = dls_action_id(list, f);
    json_t *data = json_pack("{s:s}", "drvlsFinding", id);
    free(id);
    return data;
}

/* ---- positions ------------------------------------------------------------------------------ */

/* An LSP range as byte offsets of text; -1 when it is malformed. */
static int dls_action_parse_range(const json_t *r, const dls_text *text, dls_pos_encoding enc,
                                  size_t *a, size_t *b) {
    dls_position p, q;
    if (dls_handlers_parse_position(json_object_get(r, "start"), &p) != 0 ||
        dls_handlers_parse_position(json_object_get(r, "end"), &q) != 0)
        return -1;
    *a = dls_lsp_offset(text->data, text->len, p, enc);
    *b = dls_lsp_offset(text->data, text->len, q, enc);
    if (*b < *a) {
        size_t t = *a;
        *a = *b;
        *b = t;
    }
    return 0;
}

static json_t *dls_action_range_json(const char *text, size_t len, unsigned a, unsigned b,
                                     dls_pos_encoding enc) {
    return json_pack("{s:o,s:o}", "start",
                     dls_handlers_position_json(dls_lsp_position(text, len, a, enc)), "end",
                     dls_handlers_position_json(dls_lsp_position(text, len, b, enc)));
}

/* ---- edits ---------------------------------------------------------------------------------- */

typedef struct {
    dls_server *s;
    const dls_doc *doc;
} dls_action_ctx;

/* dls_fix_merge's filter: an edit whose offsets still fit the file as it is now. */
static int dls_action_accept(void *user, const dls_edit *e) {
    const dls_action_ctx *c = user;
    const dls_doc *d = dls_doc_find_path(&c->s->docs, e->file);
    if (!d)
        return 1; /* not open: as on disk */
    if (d != c->doc && (!d->checked || d->facts_version != d->version))
        return 0; /* edited since its facts were taken: offsets may have moved */
    return e->end <= d->text.len;
}

/* The WorkspaceEdit of sorted edits (grouped by file), or NULL when a file cannot be read. */
static json_t *dls_action_workspace_edit(dls_server *s, const dls_edit **e, size_t n) {
    int versioned = s->client_versioned_changes;
    json_t *out = versioned ? json_array() : json_object();
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && strcmp(e[j]->file, e[i]->file) == 0)
            j++;
        size_t len;
        char *owned;
        const char *text = dls_handlers_file_text(s, e[i]->file, &len, &owned);
        char *uri = text ? dls_uri_from_path(e[i]->file) : NULL;
        if (!uri) {
            free(owned);
            json_decref(out);
            return NULL;
        }
        json_t *edits = json_array();
        for (size_t k = i; k < j; k++)
            json_array_append_new(
                edits, json_pack("{s:o,s:s}", "range",
                                 dls_action_range_json(text, len, e[k]->begin, e[k]->end, s->enc),
                                 "newText", e[k]->text));
        if (versioned) {
            const dls_doc *d = dls_doc_find_path(&s->docs, e[i]->file);
            json_t *version = d ? json_integer(d->version) : json_null();
            json_array_append_new(out, json_pack("{s:{s:s,s:o},s:o}", "textDocument", "uri", uri,
                                                 "version", version, "edits", edits));
        } else {
            json_object_set_new(out, uri, edits);
        }
        free(uri);
        free(owned);
        i = j;
    }
    return json_pack("{s:o}", versioned ? "documentChanges" : "changes", out);
}

/* The workspace edit of the fixes of list that fit together, or NULL when none does. */
static json_t *dls_action_edit_of(dls_server *s, const dls_doc *doc, const dls_findings *list) {
    dls_action_ctx c = {s, doc};
    size_t n, taken;
    const dls_edit **e = dls_fix_merge(list, dls_action_accept, &c, &n, &taken);
    json_t *edit = n ? dls_action_workspace_edit(s, e, n) : NULL;
    free(e);
    return edit;
}

/* ---- the request ---------------------------------------------------------------------------- */

/* Whether actions of kind are wanted by context.only (absent: every kind). */
static int dls_action_wanted(const json_t *only, const char *kind) {
    if (!only)
        return 1;
    size_t i;
    const json_t *k;
    json_array_foreach(only, i, k) {
        const char *w = json_string_value(k);
        size_t wl = w ? strlen(w) : 0;
        if (w && strncmp(kind, w, wl) == 0 && (kind[wl] == '\0' || kind[wl] == '.'))
            return 1;
    }
    return 0;
}

/* The finding of doc a client diagnostic stands for: by its data identifier, else by code and
 * range. NULL when none. */
static const dls_finding *dls_action_match(dls_server *s, const dls_doc *doc, const json_t *diag) {
    const char *want =
        json_string_value(json_object_get(json_object_get(diag, "data"), "drvlsFinding"));
    const char *code = json_string_value(json_object_get(diag, "code"));
    size_t a = 0, b = 0;
    int ranged = code && dls_action_parse_range(json_object_get(diag, "range"), &doc->text, s->enc,
                                                &a, &b) == 0;
    for (size_t i = 0; i < doc->rules.count; i++) {
        const dls_finding *f = &doc->rules.items[i];
        if (want) {
            char *id = dls_action_id(&doc->rules, f);
            int same = strcmp(id, want) == 0;
            free(id);
            if (same)
                return f;
        } else if (ranged && strcmp(f->rule, code) == 0 && f->range.begin == a &&
                   f->range.end == b) {
            return f;
        }
    }
    return NULL;
}

/* The quick-fix actions of finding f (diag: the client's diagnostic, borrowed, or NULL). */
static void dls_action_quickfixes(dls_server *s, const dls_doc *doc, const dls_finding *f,
                                  const json_t *diag, json_t *actions) {
    for (size_t k = 0; k < f->n_fixes; k++) {
        dls_finding one = *f; /* the same finding with only fix k */
        one.fixes = &f->fixes[k];
        one.n_fixes = 1;
        dls_findings list = {&one, 1, 1};
        json_t *edit = dls_action_edit_of(s, doc, &list);
        if (!edit)
            continue;
        json_t *a = json_pack("{s:s,s:s,s:o}", "title", f->fixes[k].title, "kind", "quickfix",
                              "edit", edit);
        if (diag)
            json_object_set_new(a, "diagnostics", json_pack("[O]", diag));
        if (f->fixes[k].preferred)
            json_object_set_new(a, "isPreferred", json_true());
        json_array_append_new(actions, a);
    }
}

/* source.fixAll.drvls: every fix of the document that fits with the others. */
static void dls_action_fix_all(dls_server *s, const dls_doc *doc, json_t *actions) {
    json_t *edit = dls_action_edit_of(s, doc, &doc->rules);
    if (edit)
        json_array_append_new(actions,
                              json_pack("{s:s,s:s,s:o}", "title", "Apply every drvls quick-fix",
                                        "kind", DLS_ACTION_FIX_ALL, "edit", edit));
}

int dls_action_code_action(dls_server *s, const json_t *id, json_t *params) {
    const json_t *td = json_object_get(params, "textDocument");
    const char *uri = json_string_value(json_object_get(td, "uri"));
    const json_t *context = json_object_get(params, "context");
    const json_t *diags = json_object_get(context, "diagnostics");
    const json_t *only = json_object_get(context, "only");
    dls_position p;
    if (!uri ||
        dls_handlers_parse_position(json_object_get(json_object_get(params, "range"), "start"),
                                    &p) != 0 ||
        (context && !json_is_object(context)) || (diags && !json_is_array(diags)) ||
        (only && !json_is_array(only)))
        return DLS_RPC_INVALID_PARAMS;
    json_t *actions = json_array();
    const dls_doc *doc = dls_doc_find(&s->docs, uri);
    size_t a, b;
    if (!doc ||
        dls_action_parse_range(json_object_get(params, "range"), &doc->text, s->enc, &a, &b) != 0) {
        dls_server_reply(s, id, actions);
        return 0;
    }
    if (dls_action_wanted(only, "quickfix")) {
        unsigned char *done = dls_xcalloc(doc->rules.count + 1, 1);
        size_t i;
        const json_t *d;
        json_array_foreach(diags, i, d) {
            const dls_finding *f = dls_action_match(s, doc, d);
            if (f && !done[f - doc->rules.items]) {
                done[f - doc->rules.items] = 1;
                dls_action_quickfixes(s, doc, f, d, actions);
            }
        }
        for (size_t k = 0; k < doc->rules.count; k++) {
            const dls_finding *f = &doc->rules.items[k];
            if (!done[k] && f->range.begin <= b && a <= f->range.end)
                dls_action_quickfixes(s, doc, f, NULL, actions);
        }
        free(done);
    }
    if (dls_action_wanted(only, DLS_ACTION_FIX_ALL))
        dls_action_fix_all(s, doc, actions);
    dls_server_reply(s, id, actions);
    return 0;
}
