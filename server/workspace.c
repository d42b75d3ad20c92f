/*
 * workspace.c - the server's whole-workspace features: the background index of the driver's
 * sources (with $/progress), files changed outside the editor (workspace/didChangeWatchedFiles),
 * and the drvls.lintWorkspace command (workspace/executeCommand).
 */
#include "log.h"
#include "server.h"
#include "uri.h"

#include <stdlib.h>
#include <string.h>

#define DLS_PROGRESS_TOKEN "drvls/index"

/* --- progress --------------------------------------------------------------------------------- */

static void progress(dls_server *s, const char *kind, size_t done, size_t total,
                     const char *message) {
    if (!s->ws.progress_ready)
        return;
    json_t *value = json_pack("{s:s}", "kind", kind);
    if (message)
        json_object_set_new(value, "message", json_string(message));
    if (strcmp(kind, "begin") == 0)
        json_object_set_new(value, "title", json_string("drvls: indexing the driver"));
    if (strcmp(kind, "end") != 0 && total) {
        json_object_set_new(value, "percentage", json_integer((json_int_t)(done * 100 / total)));
        json_object_set_new(
            value, "message",
            json_sprintf("%llu/%llu files", (unsigned long long)done, (unsigned long long)total));
    }
    dls_server_notify(s, "$/progress",
                      json_pack("{s:s,s:o}", "token", DLS_PROGRESS_TOKEN, "value", value));
}

/* Ask the client for a progress token; reports start once it has answered. */
static void progress_create(dls_server *s) {
    const json_t *caps = s->client_caps;
    if (!json_is_true(json_object_get(json_object_get(caps, "window"), "workDoneProgress")))
        return;
    s->ws.progress_request = ++s->next_request_id;
    json_t *req = dls_rpc_request(s->ws.progress_request, "window/workDoneProgress/create",
                                  json_pack("{s:s}", "token", DLS_PROGRESS_TOKEN));
    dls_server_send(s, req);
    json_decref(req);
}

void dls_ws_response(dls_server *s, const json_t *msg) {
    const json_t *id = json_object_get(msg, "id");
    if (!json_is_integer(id) || json_integer_value(id) != s->ws.progress_request ||
        json_object_get(msg, "error"))
        return;
    s->ws.progress_ready = 1;
    if (dls_index_pending(s->ws.index)) {
        progress(s, "begin", s->ws.done, s->ws.total, NULL);
    } else if (s->ws.unsent_end) { /* the first run ended (from the cache, say) in the meantime */
        progress(s, "begin", 0, 0, NULL);
        progress(s, "end", 0, 0, s->ws.unsent_end);
    }
    free(s->ws.unsent_end);
    s->ws.unsent_end = NULL;
}

/* --- the index -------------------------------------------------------------------------------- */

static void reply_lint_requests(dls_server *s);

static void index_file(void *user, const char *path, dls_file_facts *facts, size_t done,
                       size_t total) {
    dls_server *s = user;
    dls_doc *doc = dls_doc_find_path(&s->docs, path);
    if (facts && doc && doc->checked)
        dls_facts_free(facts); /* the open document's own facts are newer */
    else if (facts)
        dls_program_set_file(s->program, path, facts);
    size_t before = s->ws.total ? s->ws.done * 100 / s->ws.total : 0;
    s->ws.done = done;
    s->ws.total = total;
    if (total && done * 100 / total != before)
        progress(s, "report", done, total, NULL);
}

/* The index ran empty: the program is complete; re-check what is open. */
static void index_idle(void *user, size_t files, size_t from_cache) {
    dls_server *s = user;
    char *message =
        dls_xasprintf("Indexed %llu %s (%llu from the cache)", (unsigned long long)files,
                      files == 1 ? "file" : "files", (unsigned long long)from_cache);
    dls_log(DLS_LOG_INFO, "index: %s", message);
    if (s->ws.progress_ready) {
        progress(s, "end", 0, 0, message);
        free(message);
    } else if (s->ws.progress_request) { /* the client has not answered yet: tell it then */
        free(s->ws.unsent_end);
        s->ws.unsent_end = message;
    } else {
        free(message);
    }
    s->ws.done = s->ws.total = 0;
    for (dls_doc *d = s->docs.head; d; d = d->next) {
        if (d->checked && d->facts_version == d->version) {
            dls_handlers_check(s, d);
            dls_handlers_publish(s, d);
        }
    }
    reply_lint_requests(s);
}

/* Queue every source of the workspace. */
static void index_all(dls_server *s) {
    if (!s->root)
        return;
    size_t n;
    char **files = dls_index_discover(s->root, &n);
    dls_flags_opts view;
    dls_handlers_flags_opts(s, &view);
    for (size_t i = 0; i < n; i++) {
        dls_index_add(s->ws.index, files[i], &view);
        free(files[i]);
    }
    free(files);
    dls_log(DLS_LOG_INFO, "index: %llu files queued under %s", (unsigned long long)n, s->root);
}

/* Watch the sources, headers and settings when the client can register watchers for us. */
static void register_watchers(dls_server *s) {
    const json_t *w =
        json_object_get(json_object_get(s->client_caps, "workspace"), "didChangeWatchedFiles");
    if (!json_is_true(json_object_get(w, "dynamicRegistration")))
        return;
    json_t *params =
        json_pack("{s:[{s:s,s:s,s:{s:[{s:s},{s:s},{s:s}]}}]}", "registrations", "id", "drvls-files",
                  "method", "workspace/didChangeWatchedFiles", "registerOptions", "watchers",
                  "globPattern", "**/*.{c,cpp,cc,cxx,h,hpp}", "globPattern",
                  "**/compile_commands.json", "globPattern", "**/.drvls.json");
    json_t *req = dls_rpc_request(++s->next_request_id, "client/registerCapability", params);
    dls_server_send(s, req);
    json_decref(req);
}

void dls_ws_start(dls_server *s) {
    s->ws.index = dls_index_new(s->loop, index_file, index_idle, s);
    register_watchers(s);
    if (!s->root)
        return;
    char *cache = dls_xasprintf("%s/.cache/drvls", s->root);
    dls_index_set_cache(s->ws.index, cache);
    free(cache);
    progress_create(s);
    index_all(s);
}

void dls_ws_stop(dls_server *s) {
    if (s->ws.index)
        dls_index_stop(s->ws.index);
}

void dls_ws_free(dls_server *s) {
    dls_index_free(s->ws.index);
    s->ws.index = NULL;
    json_decref(s->ws.lint_requests);
    s->ws.lint_requests = NULL;
    free(s->ws.unsent_end);
    s->ws.unsent_end = NULL;
    for (size_t i = 0; i < s->ws.n_published; i++)
        free(s->ws.published[i]);
    free(s->ws.published);
}

/* --- watched files ---------------------------------------------------------------------------- */

static int has_ext(const char *path, const char *const *exts) {
    const char *dot = strrchr(path, '.');
    for (; dot && *exts; exts++)
        if (strcmp(dot, *exts) == 0)
            return 1;
    return 0;
}

/* A header, the compile database or the settings changed: everything may parse differently. */
static void workspace_changed(dls_server *s) {
    for (dls_doc *d = s->docs.head; d; d = d->next)
        dls_handlers_schedule(s, d, 0, 1);
    index_all(s);
}

static void source_changed(dls_server *s, const char *path, int deleted) {
    if (dls_doc_find_path(&s->docs, path))
        return; /* the editor's buffer is what counts for an open file */
    if (!deleted) {
        if (!s->root || !dls_index_inside(s->root, path))
            return; /* the index reads nothing outside the workspace */
        dls_flags_opts view;
        dls_handlers_flags_opts(s, &view);
        dls_index_add(s->ws.index, path, &view);
        return;
    }
    dls_program_remove_file(s->program, path);
    for (dls_doc *d = s->docs.head; d; d = d->next) {
        if (d->checked && d->facts_version == d->version) {
            dls_handlers_check(s, d);
            dls_handlers_publish(s, d);
        }
    }
}

int dls_ws_did_change_watched_files(dls_server *s, const json_t *id, json_t *params) {
    (void)id;
    static const char *const sources[] = {".c", ".cpp", ".cc", ".cxx", NULL};
    const json_t *changes = json_object_get(params, "changes");
    if (!json_is_array(changes))
        return DLS_RPC_INVALID_PARAMS;
    int reload = 0, settings = 0;
    size_t i;
    const json_t *c;
    json_array_foreach(changes, i, c) {
        char *path = dls_uri_to_path(json_string_value(json_object_get(c, "uri")));
        if (!path)
            continue;
        const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
        if (strcmp(base, ".drvls.json") == 0)
            settings = 1;
        else if (has_ext(path, sources))
            source_changed(s, path, json_integer_value(json_object_get(c, "type")) == 3);
        else
            reload = 1; /* headers, compile_commands.json */
        free(path);
    }
    if (settings)
        dls_handlers_reload_settings(s);
    if (reload)
        workspace_changed(s);
    return 0;
}

/* --- drvls.lintWorkspace ---------------------------------------------------------------------- */

static int was_published(const dls_server *s, const char *path) {
    for (size_t i = 0; i < s->ws.n_published; i++)
        if (strcmp(s->ws.published[i], path) == 0)
            return 1;
    return 0;
}

/* Publish the rule findings of a file that is not open (no version: it is the file on disk). */
static void publish_closed(dls_server *s, const char *path, const dls_findings *all) {
    dls_findings mine = {0};
    for (size_t i = 0; i < all->count; i++)
        if (strcmp(all->items[i].range.file, path) == 0)
            *dls_findings_add(&mine) = all->items[i];
    dls_handlers_publish_findings(s, path, &mine);
    free(mine.items); /* the findings themselves still belong to all */
    if (!was_published(s, path)) {
        s->ws.published = dls_xrealloc(s->ws.published, (s->ws.n_published + 1) * sizeof(char *));
        s->ws.published[s->ws.n_published++] = dls_xstrdup(path);
    }
}

/* Check the whole program; publish every file with findings (and clear the ones that had some).
 * Returns the result of the command (new reference). */
static json_t *lint_workspace(dls_server *s) {
    dls_findings all = {0};
    dls_program_check(s->program, NULL, &s->check, &all);
    size_t files = 0;
    for (size_t i = 0; i < all.count; i++) {
        const char *path = all.items[i].range.file;
        int first = 1;
        for (size_t j = 0; j < i && first; j++)
            first = strcmp(all.items[j].range.file, path) != 0;
        if (!first)
            continue;
        files++;
        if (!dls_doc_find_path(&s->docs, path))
            publish_closed(s, path, &all);
    }
    for (size_t i = 0; i < s->ws.n_published; i++) {
        const char *path = s->ws.published[i];
        int still = 0;
        for (size_t j = 0; j < all.count && !still; j++)
            still = strcmp(all.items[j].range.file, path) == 0;
        if (!still && !dls_doc_find_path(&s->docs, path))
            publish_closed(s, path, &all);
    }
    for (dls_doc *d = s->docs.head; d; d = d->next) {
        if (d->checked && d->facts_version == d->version)
            dls_handlers_check(s, d);
        dls_handlers_publish(s, d);
    }
    json_t *result =
        json_pack("{s:I,s:I}", "files", (json_int_t)files, "findings", (json_int_t)all.count);
    dls_findings_clear(&all);
    return result;
}

static void reply_lint_requests(dls_server *s) {
    if (!json_array_size(s->ws.lint_requests))
        return;
    json_t *result = lint_workspace(s);
    size_t i;
    json_t *id;
    json_array_foreach(s->ws.lint_requests, i, id) dls_server_reply(s, id, json_deep_copy(result));
    json_decref(result);
    json_array_clear(s->ws.lint_requests);
}

int dls_ws_execute_command(dls_server *s, const json_t *id, json_t *params) {
    const char *command = json_string_value(json_object_get(params, "command"));
    if (!command)
        return DLS_RPC_INVALID_PARAMS;
    if (strcmp(command, DLS_WS_LINT_COMMAND) != 0) {
        dls_server_reply_error(s, id, DLS_RPC_INVALID_PARAMS, "unknown command %s", command);
        return 0;
    }
    if (dls_index_pending(s->ws.index)) {
        /* answered when the index is complete, so the whole driver is seen */
        if (!s->ws.lint_requests)
            s->ws.lint_requests = json_array();
        json_array_append(s->ws.lint_requests, (json_t *)id);
        return 0;
    }
    dls_server_reply(s, id, lint_workspace(s));
    return 0;
}

void dls_ws_cancel(dls_server *s, const json_t *id) {
    size_t i;
    json_t *pending;
    json_array_foreach(s->ws.lint_requests, i, pending) {
        if (json_equal(pending, id)) {
            dls_server_reply_error(s, id, DLS_RPC_REQUEST_CANCELLED, "cancelled");
            json_array_remove(s->ws.lint_requests, i);
            return;
        }
    }
}
