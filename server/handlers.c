/*
 * handlers.c - the LSP methods: lifecycle, document sync, and publishing diagnostics from the
 * scheduler's results. Parameter shapes are checked here; a wrong shape is DLS_RPC_INVALID_PARAMS.
 */
#include "server.h"
#include "codeaction.h"
#include "log.h"
#include "report.h"
#include "strmap.h"
#include "uri.h"

#include <stdio.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#ifndef DRVLS_VERSION
#define DRVLS_VERSION "0.0.0"
#endif

/* --- parameter helpers ------------------------------------------------------------------------ */

/* params.textDocument (borrowed) when it is an object with a string uri, else NULL. */
/* Whether s starts with a URI scheme and ':' (RFC 3986: a letter, then letters, digits, + - .). */
static int has_scheme(const char *s) {
    if (!isalpha((unsigned char)*s))
        return 0;
    while (isalnum((unsigned char)*s) || *s == '+' || *s == '-' || *s == '.')
        s++;
    return *s == ':';
}

/* params.textDocument, when it has a "uri" that is a URI; else NULL (invalid params). */
static json_t *text_document(json_t *params) {
    json_t *td = json_is_object(params) ? json_object_get(params, "textDocument") : NULL;
    const json_t *uri = json_object_get(td, "uri");
    return json_is_string(uri) && has_scheme(json_string_value(uri)) ? td : NULL;
}

int dls_handlers_parse_position(const json_t *j, dls_position *out) {
    const json_t *line = json_object_get(j, "line"), *ch = json_object_get(j, "character");
    if (!json_is_integer(line) || !json_is_integer(ch) || json_integer_value(line) < 0 ||
        json_integer_value(ch) < 0)
        return -1;
    json_int_t l = json_integer_value(line), c = json_integer_value(ch);
    out->line = l > 0x7fffffff ? 0x7fffffff : (unsigned)l;
    out->character = c > 0x7fffffff ? 0x7fffffff : (unsigned)c;
    return 0;
}

json_t *dls_handlers_position_json(dls_position p) {
    return json_pack("{s:I,s:I}", "line", (json_int_t)p.line, "character", (json_int_t)p.character);
}

/* --- lifecycle -------------------------------------------------------------------------------- */

static int client_supports_utf8(const json_t *params) {
    const json_t *encs = json_object_get(
        json_object_get(json_object_get(params, "capabilities"), "general"), "positionEncodings");
    size_t i;
    const json_t *e;
    json_array_foreach(encs, i, e) {
        if (json_is_string(e) && strcmp(json_string_value(e), "utf-8") == 0)
            return 1;
    }
    return 0;
}

/* --- settings --------------------------------------------------------------------------------- */

/* The workspace folder: rootUri, else the first workspace folder, else rootPath. New string. */
static char *workspace_root(const json_t *params) {
    const char *uri = json_string_value(json_object_get(params, "rootUri"));
    const json_t *folders = json_object_get(params, "workspaceFolders");
    if (!uri && json_array_size(folders) > 0)
        uri = json_string_value(json_object_get(json_array_get(folders, 0), "uri"));
    if (uri)
        return dls_uri_to_path(uri);
    const char *path = json_string_value(json_object_get(params, "rootPath"));
    return path ? dls_xstrdup(path) : NULL;
}

/* Show (window/showMessage) and log the settings warnings gathered so far. */
static void show_warnings(dls_server *s) {
    for (size_t i = 0; i < s->n_warnings; i++) {
        dls_log(DLS_LOG_ERROR, "%s", s->warnings[i]);
        dls_server_notify(s, "window/showMessage",
                          json_pack("{s:i,s:s}", "type", 2, "message", s->warnings[i]));
        free(s->warnings[i]);
    }
    free(s->warnings);
    s->warnings = NULL;
    s->n_warnings = 0;
}

/* Client settings may come as {"drvls": {...}} (a settings section) or as the keys themselves. */
static const json_t *settings_section(const json_t *v) {
    const json_t *inner = json_object_get(v, "drvls");
    return json_is_object(inner) ? inner : v;
}

/* Rebuild the settings: defaults, then .drvls.json at the root, then the client's (borrowed,
 * may be NULL). */
static void load_settings(dls_server *s, const json_t *client) {
    dls_config_free(&s->config);
    if (s->root) {
        char *file = dls_xasprintf("%s/.drvls.json", s->root);
        dls_config_apply_file(&s->config, file, &s->warnings, &s->n_warnings);
        free(file);
    }
    if (client && !json_is_null(client))
        dls_config_apply(&s->config, settings_section(client), "client settings", &s->warnings,
                         &s->n_warnings);
    free((void *)s->check.disabled);
    dls_config_check_opts(&s->config, &s->check);
    dls_unit_cache_set_max(s->units, s->config.max_open_units);
    dls_read_set_limit(s->config.max_file_mb << 20);
}

/* What the server implements, and nothing more. */
static json_t *server_capabilities(const dls_server *s) {
    json_t *caps = json_pack("{s:s,s:{s:b,s:i,s:{s:b}}}", "positionEncoding",
                             s->enc == DLS_ENC_UTF8 ? "utf-8" : "utf-16", "textDocumentSync",
                             "openClose", 1, "change", 2, "save", "includeText", 0);
    json_object_set_new(caps, "hoverProvider", json_true());
    json_object_set_new(
        caps, "codeActionProvider",
        json_pack("{s:[s,s]}", "codeActionKinds", "quickfix", "source.fixAll.drvls"));
    json_object_set_new(caps, "executeCommandProvider",
                        json_pack("{s:[s]}", "commands", DLS_WS_LINT_COMMAND));
    return caps;
}

/* Optional members must have their specified types; capabilities is required. */
static int initialize_params_valid(const json_t *params) {
    const json_t *pid = json_object_get(params, "processId");
    const json_t *root_uri = json_object_get(params, "rootUri");
    const json_t *root_path = json_object_get(params, "rootPath");
    const json_t *folders = json_object_get(params, "workspaceFolders");
    return json_is_object(params) && json_is_object(json_object_get(params, "capabilities")) &&
           (!pid || json_is_integer(pid) || json_is_null(pid)) &&
           (!root_uri || json_is_string(root_uri) || json_is_null(root_uri)) &&
           (!root_path || json_is_string(root_path) || json_is_null(root_path)) &&
           (!folders || json_is_array(folders) || json_is_null(folders));
}

static int on_initialize(dls_server *s, const json_t *id, json_t *params) {
    if (!initialize_params_valid(params))
        return DLS_RPC_INVALID_PARAMS;
    if (s->initialized) {
        dls_server_reply_error(s, id, DLS_RPC_INVALID_REQUEST, "initialize was already received");
        return 0;
    }
    s->enc = client_supports_utf8(params) ? DLS_ENC_UTF8 : DLS_ENC_UTF16;
    s->client_caps = json_incref(json_object_get(params, "capabilities"));
    s->client_versioned_changes = json_is_true(json_object_get(
        json_object_get(json_object_get(s->client_caps, "workspace"), "workspaceEdit"),
        "documentChanges"));
    s->root = workspace_root(params);
    s->client_settings = json_incref(json_object_get(params, "initializationOptions"));
    load_settings(s, s->client_settings);
    json_t *result = json_pack("{s:o,s:{s:s,s:s}}", "capabilities", server_capabilities(s),
                               "serverInfo", "name", "drvls", "version", DRVLS_VERSION);
    s->initialized = 1;
    dls_server_reply(s, id, result);
    return 0;
}

static int on_initialized(dls_server *s, const json_t *id, json_t *params) {
    (void)id, (void)params;
    show_warnings(s);
    dls_ws_start(s);
    return 0;
}

static int on_shutdown(dls_server *s, const json_t *id, json_t *params) {
    (void)params;
    s->shutdown = 1;
    dls_sched_stop(s->sched);
    dls_ws_stop(s);
    dls_server_reply(s, id, json_null());
    return 0;
}

static int on_exit_notification(dls_server *s, const json_t *id, json_t *params) {
    (void)id, (void)params;
    dls_server_exit(s);
    return 0;
}

static int on_ignore(dls_server *s, const json_t *id, json_t *params) {
    (void)s, (void)id, (void)params;
    return 0;
}

/* Requests are answered as they arrive, except drvls.lintWorkspace waiting for the index: that
 * one can be cancelled. */
static int on_cancel(dls_server *s, const json_t *id, json_t *params) {
    (void)id;
    const json_t *target = json_object_get(params, "id");
    if (!json_is_string(target) && !json_is_integer(target))
        return DLS_RPC_INVALID_PARAMS;
    dls_ws_cancel(s, target);
    return 0;
}

/* --- documents -------------------------------------------------------------------------------- */

static int is_source_path(const char *path) {
    const char *dot = strrchr(path, '.');
    return dot && (strcasecmp(dot, ".c") == 0 || strcasecmp(dot, ".cpp") == 0 ||
                   strcasecmp(dot, ".cc") == 0 || strcasecmp(dot, ".cxx") == 0);
}

/* Parse doc after delay_ms; with check, also extract facts and run the rules on the result. */
void dls_handlers_schedule(dls_server *s, const dls_doc *doc, unsigned delay_ms, int check) {
    if (s->shutdown || s->exiting)
        return;
    dls_sched_update(s->sched, doc->path, doc->version, delay_ms, check);
}

static int on_did_open(dls_server *s, const json_t *id, json_t *params) {
    (void)id;
    json_t *td = text_document(params);
    json_t *text = json_object_get(td, "text");
    json_t *version = json_object_get(td, "version");
    if (!td || !json_is_string(text) || !json_is_integer(version))
        return DLS_RPC_INVALID_PARAMS;
    const char *uri = json_string_value(json_object_get(td, "uri"));
    char *path = dls_uri_to_path(uri);
    if (!path) {
        dls_log(DLS_LOG_INFO, "not a file URI, not analysed: %s", uri);
        return 0;
    }
    dls_doc *doc = dls_doc_open(&s->docs, uri, path, json_integer_value(version),
                                json_string_value(text), json_string_length(text));
    free(path);
    dls_handlers_schedule(s, doc, 0, 1);
    return 0;
}

/* Check every change before applying any, so a bad one leaves the document as it was. */
static int changes_valid(const json_t *changes) {
    size_t i;
    const json_t *c;
    if (!json_is_array(changes))
        return 0;
    json_array_foreach(changes, i, c) {
        const json_t *range = json_object_get(c, "range");
        dls_position p;
        if (!json_is_string(json_object_get(c, "text")))
            return 0;
        if (range && (dls_handlers_parse_position(json_object_get(range, "start"), &p) != 0 ||
                      dls_handlers_parse_position(json_object_get(range, "end"), &p) != 0))
            return 0;
    }
    return 1;
}

static void apply_change(dls_server *s, dls_doc *doc, const json_t *c) {
    const json_t *range = json_object_get(c, "range");
    const json_t *text = json_object_get(c, "text");
    dls_position start = {0, 0}, end = {0, 0};
    if (range) {
        dls_handlers_parse_position(json_object_get(range, "start"), &start);
        dls_handlers_parse_position(json_object_get(range, "end"), &end);
    }
    dls_doc_change(doc, range != NULL, start, end, json_string_value(text),
                   json_string_length(text), s->enc);
}

static int on_did_change(dls_server *s, const json_t *id, json_t *params) {
    (void)id;
    json_t *td = text_document(params);
    json_t *version = json_object_get(td, "version");
    json_t *changes = json_object_get(params, "contentChanges");
    if (!td || !json_is_integer(version) || !changes_valid(changes))
        return DLS_RPC_INVALID_PARAMS;
    dls_doc *doc = dls_doc_find(&s->docs, json_string_value(json_object_get(td, "uri")));
    if (!doc) {
        dls_log(DLS_LOG_INFO, "didChange for a document that is not open; ignored");
        return 0;
    }
    if (json_integer_value(version) <= doc->version)
        dls_log(DLS_LOG_INFO, "%s: version went from %lld to %lld; applying the change anyway",
                doc->path, doc->version, (long long)json_integer_value(version));
    size_t i;
    const json_t *c;
    json_array_foreach(changes, i, c) apply_change(s, doc, c);
    doc->version = json_integer_value(version);
    dls_handlers_schedule(s, doc, dls_sched_debounce(s->sched).change_ms, s->config.check_on_type);
    return 0;
}

static int on_did_save(dls_server *s, const json_t *id, json_t *params) {
    (void)id;
    json_t *td = text_document(params);
    json_t *text = json_object_get(params, "text");
    if (!td || (text && !json_is_string(text)))
        return DLS_RPC_INVALID_PARAMS;
    dls_doc *doc = dls_doc_find(&s->docs, json_string_value(json_object_get(td, "uri")));
    if (!doc)
        return 0;
    if (text)
        dls_doc_change(doc, 0, (dls_position){0, 0}, (dls_position){0, 0}, json_string_value(text),
                       json_string_length(text), s->enc);
    dls_handlers_schedule(s, doc, 0, 1);
    return 0;
}

static void publish(dls_server *s, const char *uri, json_t *diagnostics, const long long *version) {
    json_t *params = json_pack("{s:s,s:o}", "uri", uri, "diagnostics", diagnostics);
    if (version)
        json_object_set_new(params, "version", json_integer(*version));
    dls_server_notify(s, "textDocument/publishDiagnostics", params);
}

static int on_did_close(dls_server *s, const json_t *id, json_t *params) {
    (void)id;
    json_t *td = text_document(params);
    if (!td)
        return DLS_RPC_INVALID_PARAMS;
    const char *uri = json_string_value(json_object_get(td, "uri"));
    dls_doc *doc = dls_doc_find(&s->docs, uri);
    if (!doc)
        return 0;
    dls_sched_remove(s->sched, doc->path);
    dls_doc_close(&s->docs, uri);
    publish(s, uri, json_array(), NULL);
    return 0;
}

/* --- diagnostics ------------------------------------------------------------------------------ */

const char *dls_handlers_file_text(dls_server *s, const char *path, size_t *len, char **owned) {
    *owned = NULL;
    dls_doc *d = dls_doc_find_path(&s->docs, path);
    if (d) {
        *len = d->text.len;
        return d->text.data;
    }
    return dls_read_file(path, owned, len) == 0 ? *owned : NULL;
}

/* An LSP range for a dls_range, converting byte offsets with the file's text. */
static json_t *range_json(dls_server *s, const dls_range *r) {
    size_t len = 0;
    char *owned;
    const char *text = dls_handlers_file_text(s, r->file, &len, &owned);
    dls_position a = {r->line ? r->line - 1 : 0, r->col ? r->col - 1 : 0};
    dls_position b = {r->end_line ? r->end_line - 1 : a.line,
                      r->end_col ? r->end_col - 1 : a.character};
    if (text) {
        a = dls_lsp_position(text, len, r->begin, s->enc);
        b = dls_lsp_position(text, len, r->end, s->enc);
    }
    free(owned);
    return json_pack("{s:o,s:o}", "start", dls_handlers_position_json(a), "end",
                     dls_handlers_position_json(b));
}

static json_t *related_json(dls_server *s, const dls_finding *f) {
    json_t *arr = json_array();
    for (size_t i = 0; i < f->n_notes; i++) {
        char *uri = dls_uri_from_path(f->notes[i].range.file);
        if (!uri)
            continue;
        json_array_append_new(arr, json_pack("{s:{s:s,s:o},s:s}", "location", "uri", uri, "range",
                                             range_json(s, &f->notes[i].range), "message",
                                             f->notes[i].message));
        free(uri);
    }
    return arr;
}

static json_t *diagnostic_json(dls_server *s, const dls_finding *f) {
    int from_clang = strcmp(f->rule, "clang") == 0;
    int severity = from_clang ? 0 : dls_config_severity(&s->config, f->rule);
    json_t *d = json_pack("{s:o,s:i,s:s,s:s}", "range", range_json(s, &f->range), "severity",
                          severity ? severity : (int)f->severity, "source",
                          from_clang ? "clang" : "drvls", "message", f->message ? f->message : "");
    if (!from_clang) {
        json_object_set_new(d, "code", json_string(f->rule));
        char *href = dls_xasprintf("%s%s", DLS_REPORT_HELP_BASE, f->rule);
        json_object_set_new(d, "codeDescription", json_pack("{s:s}", "href", href));
        free(href);
    }
    if (f->n_notes)
        json_object_set_new(d, "relatedInformation", related_json(s, f));
    return d;
}

static void append_diagnostics(dls_server *s, json_t *arr, const dls_findings *list) {
    for (size_t i = 0; i < list->count; i++) {
        json_t *d = diagnostic_json(s, &list->items[i]);
        if (strcmp(list->items[i].rule, "clang") != 0) /* for textDocument/codeAction */
            json_object_set_new(d, "data", dls_action_diagnostic_data(list, &list->items[i]));
        json_array_append_new(arr, d);
    }
}

/* Publish what is known of doc: clang's diagnostics and the rules' findings. */
void dls_handlers_publish(dls_server *s, const dls_doc *doc) {
    json_t *arr = json_array();
    append_diagnostics(s, arr, &doc->clang);
    append_diagnostics(s, arr, &doc->rules);
    publish(s, doc->uri, arr, &doc->version);
}

void dls_handlers_publish_findings(dls_server *s, const char *path, const dls_findings *list) {
    char *uri = dls_uri_from_path(path);
    if (!uri)
        return;
    json_t *arr = json_array();
    append_diagnostics(s, arr, list);
    publish(s, uri, arr, NULL);
    free(uri);
}

/* Run the rules for doc against the whole program as it stands. */
void dls_handlers_check(dls_server *s, dls_doc *doc) {
    dls_findings_clear(&doc->rules);
    dls_program_check(s->program, doc->path, &s->check, &doc->rules);
    doc->checked = 1;
}

/* Whether a fix of d's kept findings edits path (its offsets were computed from path's facts). */
static int fixes_edit(const dls_doc *d, const char *path) {
    for (size_t i = 0; i < d->rules.count; i++)
        for (size_t k = 0; k < d->rules.items[i].n_fixes; k++)
            for (size_t e = 0; e < d->rules.items[i].fixes[k].n_edits; e++)
                if (strcmp(d->rules.items[i].fixes[k].edits[e].file, path) == 0)
                    return 1;
    return 0;
}

static int same_range(const dls_range *a, const dls_range *b) {
    return a->begin == b->begin && a->end == b->end &&
           strcmp(a->file ? a->file : "", b->file ? b->file : "") == 0;
}

/* Whether two lists of rule findings publish the same diagnostics (with their related
 * information and fixes). */
static int same_findings(const dls_findings *a, const dls_findings *b) {
    if (a->count != b->count)
        return 0;
    for (size_t i = 0; i < a->count; i++) {
        const dls_finding *x = &a->items[i], *y = &b->items[i];
        if (strcmp(x->rule, y->rule) != 0 || x->severity != y->severity ||
            !same_range(&x->range, &y->range) || strcmp(x->message, y->message) != 0 ||
            x->n_notes != y->n_notes || x->n_fixes != y->n_fixes)
            return 0;
        for (size_t k = 0; k < x->n_notes; k++)
            if (!same_range(&x->notes[k].range, &y->notes[k].range) ||
                strcmp(x->notes[k].message, y->notes[k].message) != 0)
                return 0;
        for (size_t k = 0; k < x->n_fixes; k++) {
            const dls_fix *f = &x->fixes[k], *g = &y->fixes[k];
            if (strcmp(f->title, g->title) != 0 || f->preferred != g->preferred ||
                f->n_edits != g->n_edits)
                return 0;
            for (size_t e = 0; e < f->n_edits; e++)
                if (strcmp(f->edits[e].file, g->edits[e].file) != 0 ||
                    f->edits[e].begin != g->edits[e].begin || f->edits[e].end != g->edits[e].end ||
                    strcmp(f->edits[e].text, g->edits[e].text) != 0)
                    return 0;
        }
    }
    return 1;
}

/* Whether recheck_dependants re-checks d. */
static int is_dependant(const dls_doc *d, const dls_doc *changed, int fixes_only) {
    return d != changed && d->checked && d->facts_version == d->version &&
           (!fixes_only || fixes_edit(d, changed->path));
}

/* Another file's summaries changed (or, with fixes_only, only its text: then the documents whose
 * fixes edit it): re-check the open documents whose facts are current (the others are re-checked
 * when their own facts next arrive) and publish those whose findings changed. The rules run once
 * over the whole program and their findings go to the documents by file: checking each document
 * on its own runs every rule over the whole program once per document, and with a thousand open
 * files a single save then cost seconds (and published a thousand unchanged diagnostics). */
static void recheck_dependants(dls_server *s, const dls_doc *changed, int fixes_only) {
    dls_strmap index = {0}; /* path -> position in docs[] */
    dls_doc **docs = NULL;
    dls_findings *found = NULL;
    size_t n = 0;
    for (dls_doc *d = s->docs.head; d; d = d->next) {
        if (!is_dependant(d, changed, fixes_only))
            continue;
        docs = dls_xrealloc(docs, (n + 1) * sizeof *docs);
        docs[n] = d;
        dls_strmap_put(&index, d->path, (int)n);
        n++;
    }
    if (n == 0)
        return;
    found = dls_xcalloc(n, sizeof *found);
    dls_findings all = {0};
    dls_program_check(s->program, NULL, &s->check, &all);
    for (size_t i = 0; i < all.count; i++) {
        int k = all.items[i].range.file ? dls_strmap_get(&index, all.items[i].range.file) : -1;
        if (k < 0)
            continue;
        *dls_findings_add(&found[k]) = all.items[i];
        memset(&all.items[i], 0, sizeof all.items[i]); /* moved */
    }
    dls_findings_clear(&all);
    for (size_t k = 0; k < n; k++) {
        dls_doc *d = docs[k];
        if (same_findings(&d->rules, &found[k])) {
            dls_findings_clear(&found[k]);
            continue;
        }
        dls_findings_clear(&d->rules);
        d->rules = found[k];
        dls_handlers_publish(s, d);
    }
    free(found);
    free(docs);
    dls_strmap_free(&index);
}

/* New facts for doc: hand them to the program, check doc, and its dependants when what other
 * files see of doc changed. */
static void accept_facts(dls_server *s, dls_doc *doc, dls_job_result *res) {
    unsigned long long sig = dls_facts_signature(res->facts);
    int changed = !doc->checked || sig != doc->facts_signature;
    dls_program_set_file(s->program, doc->path, res->facts);
    res->facts = NULL;
    doc->facts_signature = sig;
    doc->facts_version = doc->version;
    dls_handlers_check(s, doc);
    recheck_dependants(s, doc, !changed);
}

void dls_handlers_flags_opts(const dls_server *s, dls_flags_opts *view) {
    memset(view, 0, sizeof *view);
    view->wdk_root = s->config.wdk_root;
    view->configuration = s->config.configuration;
    view->extra = (const char *const *)s->config.extra_flags;
    view->n_extra = s->config.n_extra_flags;
}

void dls_handlers_job_input(void *user, const char *path, dls_job_input *in) {
    dls_server *s = user;
    memset(in, 0, sizeof *in);
    in->files = dls_xcalloc(s->docs.count ? s->docs.count : 1, sizeof *in->files);
    for (dls_doc *d = s->docs.head; d; d = d->next) {
        /* the main file, and open headers (a .c file is not included by another) */
        if (strcmp(d->path, path) != 0 && is_source_path(d->path))
            continue;
        dls_unsaved *u = &in->files[in->n_files++];
        u->path = dls_xstrdup(d->path);
        u->text = dls_xstrndup(d->text.data, d->text.len);
        u->len = d->text.len;
    }
    dls_flags_opts view;
    dls_handlers_flags_opts(s, &view);
    dls_flags_opts_copy(&in->flags, &view);
}

/* FNV-1a of s and its terminator, continuing sig. */
static unsigned long long hash_line(unsigned long long sig, const char *s) {
    for (const char *c = s;; c++) {
        sig = (sig ^ (unsigned char)*c) * 1099511628211ull;
        if (!*c)
            return sig;
    }
}

/* Log the problems met reading the driver project that gives doc its flags (unknown macros, bad
 * XML, missing imports) and why the file does not parse clean (its errors' root causes) at info
 * level, once per document: again only when they change. */
static void log_flags_warnings(dls_doc *doc, const dls_job_result *res) {
    unsigned long long sig = 0;
    if (res->n_flags_warnings > 0 || res->parse_causes) {
        sig = 14695981039346656037ull;
        for (int i = 0; i < res->n_flags_warnings; i++)
            sig = hash_line(sig, res->flags_warnings[i]);
        if (res->parse_causes)
            sig = hash_line(sig, res->parse_causes);
    }
    if (sig == doc->flags_warnings_signature)
        return;
    doc->flags_warnings_signature = sig;
    for (int i = 0; i < res->n_flags_warnings; i++)
        dls_log(DLS_LOG_INFO, "%s: compile flags: %s", res->path, res->flags_warnings[i]);
    if (res->parse_causes)
        dls_log(DLS_LOG_INFO, "%s: does not parse clean: %s (drvls doctor explains more)",
                res->path, res->parse_causes);
}

void dls_handlers_job_done(void *user, dls_job_result *res) {
    dls_server *s = user;
    dls_doc *doc = dls_doc_find_path(&s->docs, res->path);
    if (doc)
        log_flags_warnings(doc, res);
    if (!doc || doc->version != res->version) {
        dls_log(DLS_LOG_VERBOSE, "%s: result for version %lld dropped (document moved on)",
                res->path, res->version);
        return;
    }
    dls_findings_clear(&doc->clang);
    doc->clang = res->diagnostics;
    memset(&res->diagnostics, 0, sizeof res->diagnostics);
    double t0 = (double)uv_hrtime() / 1e6;
    if (res->facts)
        accept_facts(s, doc, res);
    dls_log(DLS_LOG_VERBOSE,
            "%s v%lld: parse %.1f ms, facts %.1f ms, rules %.1f ms; %llu clang, %llu rule findings "
            "(flags: %s)",
            res->path, res->version, res->parse_ms, res->facts_ms, (double)uv_hrtime() / 1e6 - t0,
            (unsigned long long)doc->clang.count, (unsigned long long)doc->rules.count,
            res->flags_origin);
    dls_handlers_publish(s, doc);
}

/* --- hover ---------------------------------------------------------------------------------- */

/* The work item's lifecycle at the position, when the document's facts are those of its current
 * text (after a save, or while typing with checkOn "type"); else null. */
static int on_hover(dls_server *s, const json_t *id, json_t *params) {
    json_t *td = text_document(params);
    dls_position pos;
    if (!td || dls_handlers_parse_position(json_object_get(params, "position"), &pos) != 0)
        return DLS_RPC_INVALID_PARAMS;
    dls_doc *doc = dls_doc_find(&s->docs, json_string_value(json_object_get(td, "uri")));
    char *md = NULL;
    if (doc && doc->checked && doc->facts_version == doc->version) {
        size_t offset = dls_lsp_offset(doc->text.data, doc->text.len, pos, s->enc);
        md = dls_program_describe(s->program, doc->path, (unsigned)offset, &s->check);
    }
    if (!md) {
        dls_server_reply(s, id, json_null());
        return 0;
    }
    dls_server_reply(s, id,
                     json_pack("{s:{s:s,s:s}}", "contents", "kind", "markdown", "value", md));
    free(md);
    return 0;
}

/* --- configuration changes ------------------------------------------------------------------- */

/* What of the settings decides compile flags, as one string (new). */
static char *flags_settings(const dls_config *c) {
    char *sig = dls_xasprintf("%s\n%s", c->wdk_root ? c->wdk_root : "",
                              c->configuration ? c->configuration : "");
    for (size_t i = 0; i < c->n_extra_flags; i++) {
        char *next = dls_xasprintf("%s\n%s", sig, c->extra_flags[i]);
        free(sig);
        sig = next;
    }
    return sig;
}

void dls_handlers_reload_settings(dls_server *s) {
    char *before = flags_settings(&s->config);
    load_settings(s, s->client_settings);
    show_warnings(s);
    char *after = flags_settings(&s->config);
    int reparse = strcmp(before, after) != 0;
    free(before);
    free(after);
    for (dls_doc *d = s->docs.head; d; d = d->next) {
        if (reparse) {
            dls_handlers_schedule(s, d, 0, 1);
            continue;
        }
        if (d->checked && d->facts_version == d->version)
            dls_handlers_check(s, d);
        dls_handlers_publish(s, d);
    }
}

static int on_did_change_configuration(dls_server *s, const json_t *id, json_t *params) {
    (void)id;
    if (!json_is_object(params))
        return DLS_RPC_INVALID_PARAMS;
    json_decref(s->client_settings);
    s->client_settings = json_incref(json_object_get(params, "settings"));
    dls_handlers_reload_settings(s);
    return 0;
}

/* --- table ------------------------------------------------------------------------------------ */

static const dls_handler handlers[] = {
    {"initialize", on_initialize, 1, 1},
    {"shutdown", on_shutdown, 1, 0},
    {"textDocument/hover", on_hover, 1, 0},
    {"textDocument/codeAction", dls_action_code_action, 1, 0},
    {"initialized", on_initialized, 0, 0},
    {"exit", on_exit_notification, 0, 1},
    {"textDocument/didOpen", on_did_open, 0, 0},
    {"textDocument/didChange", on_did_change, 0, 0},
    {"textDocument/didSave", on_did_save, 0, 0},
    {"textDocument/didClose", on_did_close, 0, 0},
    {"$/cancelRequest", on_cancel, 0, 1},
    {"$/setTrace", on_ignore, 0, 1},
    {"workspace/didChangeConfiguration", on_did_change_configuration, 0, 0},
    {"workspace/didChangeWatchedFiles", dls_ws_did_change_watched_files, 0, 0},
    {"workspace/executeCommand", dls_ws_execute_command, 1, 0},
};

const dls_handler *dls_handler_find(const char *method) {
    for (size_t i = 0; i < sizeof handlers / sizeof *handlers; i++)
        if (strcmp(handlers[i].method, method) == 0)
            return &handlers[i];
    return NULL;
}
