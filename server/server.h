/*
 * server.h - the language server: the libuv loop on stdin/stdout, the JSON-RPC dispatch, and the
 * state it owns (documents, scheduler, units, configuration). handlers.c implements the LSP
 * methods on top of this.
 *
 * Thread: everything here runs on the loop thread, which owns all state and does all I/O; parsing
 * runs on the thread pool through the scheduler.
 */
#ifndef DLS_SERVER_H
#define DLS_SERVER_H

#include <jansson.h>
#include <uv.h>

#include "check.h"
#include "config.h"
#include "documents.h"
#include "index.h"
#include "jsonrpc.h"
#include "lsp.h"
#include "scheduler.h"
#include "units.h"

typedef struct {
    int in_fd, out_fd; /* normally 0 and 1 */
    size_t max_units;  /* LRU bound for translation units */
} dls_server_opts;

typedef struct dls_server {
    uv_loop_t *loop;
    int out_fd;
    /* input: stdin as a pipe, tty or file */
    union {
        uv_pipe_t pipe;
        uv_tty_t tty;
    } in;
    int in_kind; /* UV_NAMED_PIPE, UV_TTY or UV_FILE */
    int in_fd;
    uv_fs_t in_req;
    char in_buf[65536];
    int reading;
    dls_rpc_reader reader;

    /* lifecycle */
    int initialized; /* initialize answered */
    int shutdown;    /* shutdown answered */
    int exiting;     /* exit received or input closed */
    int exit_code;
    uv_timer_t exit_timer; /* bounds how long running parse jobs may delay the exit */

    /* what the client supports */
    dls_pos_encoding enc;
    int client_versioned_changes;

    dls_docs docs;
    dls_unit_cache *units;
    dls_sched *sched;
    dls_program *program;
    json_t *client_caps;     /* the client's capabilities (initialize) */
    json_t *client_settings; /* the last settings the client sent, or NULL */
    json_int_t next_request_id;
    /* whole-workspace state (workspace.c) */
    struct {
        dls_index *index;
        int progress_ready;          /* the client accepted our progress token */
        json_int_t progress_request; /* id of our window/workDoneProgress/create */
        char *unsent_end; /* the end message of a run that ended before the token was accepted */
        size_t done, total;
        json_t *lint_requests; /* ids of drvls.lintWorkspace waiting for the index */
        char **published;      /* files not open for which lint results were published */
        size_t n_published;
    } ws;
    dls_config config;
    dls_check_opts check; /* derived from config (dls_config_check_opts) */
    char *root;           /* workspace root folder, or NULL */
    char **warnings;      /* settings warnings not yet shown (before initialized) */
    size_t n_warnings;
} dls_server;

/* Run a server until exit; returns the process exit code (0 after shutdown+exit, 1 otherwise). */
int dls_server_run(const dls_server_opts *opts);

/* The exit notification: stop reading, stop jobs; the loop returns once they are done. */
void dls_server_exit(dls_server *s);

/* Send a message to the client. msg is borrowed. */
void dls_server_send(dls_server *s, const json_t *msg);
/* Reply to a request: result is stolen (NULL sends null). id is borrowed. */
void dls_server_reply(dls_server *s, const json_t *id, json_t *result);
void dls_server_reply_error(dls_server *s, const json_t *id, int code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Send a notification; params is stolen. */
void dls_server_notify(dls_server *s, const char *method, json_t *params);

/* Handlers (handlers.c). A request handler must reply (or reply with an error) exactly once; it
 * receives params borrowed (possibly NULL). A notification handler never replies. Returns 0, or
 * DLS_RPC_INVALID_PARAMS when params have the wrong shape (the dispatcher replies/logs). */
typedef int (*dls_handler_fn)(dls_server *s, const json_t *id, json_t *params);
typedef struct {
    const char *method;
    dls_handler_fn fn;
    int is_request;
    int before_init; /* allowed before initialize */
} dls_handler;
const dls_handler *dls_handler_find(const char *method);

/* Shared by the handlers (handlers.c). */
/* Parse doc after delay_ms; with check, also extract facts and run the rules on the result. */
void dls_handlers_schedule(dls_server *s, const dls_doc *doc, unsigned delay_ms, int check);
/* Run the rules for doc against the whole program as it stands. */
void dls_handlers_check(dls_server *s, dls_doc *doc);
/* Publish what is known of doc: clang's diagnostics and the rules' findings. */
void dls_handlers_publish(dls_server *s, const dls_doc *doc);
/* The flags options the settings give (a view borrowing from s->config). */
void dls_handlers_flags_opts(const dls_server *s, dls_flags_opts *view);

/* An LSP Position object (borrowed j) as *out; -1 when it is not one. */
int dls_handlers_parse_position(const json_t *j, dls_position *out);
/* A new LSP Position object. */
json_t *dls_handlers_position_json(dls_position p);
/* The text of path for position conversion: the open document's, else the file on disk (a new
 * buffer in *owned, which the caller frees; *owned is NULL otherwise). NULL when unreadable. */
const char *dls_handlers_file_text(dls_server *s, const char *path, size_t *len, char **owned);
/* Publish rule findings for a file that is not open (no version). */
void dls_handlers_publish_findings(dls_server *s, const char *path, const dls_findings *list);
/* Re-read .drvls.json and apply the client's last settings over it; re-check or re-parse what is
 * open as the change requires. */
void dls_handlers_reload_settings(dls_server *s);

/* Whole-workspace features (workspace.c). */
#define DLS_WS_LINT_COMMAND "drvls.lintWorkspace"
/* After initialized: register file watchers, start indexing the workspace root. */
void dls_ws_start(dls_server *s);
/* Stop indexing (shutdown, exit); dls_ws_free once the loop has ended. */
void dls_ws_stop(dls_server *s);
void dls_ws_free(dls_server *s);
/* A response from the client to one of our requests (msg borrowed). */
void dls_ws_response(dls_server *s, const json_t *msg);
int dls_ws_did_change_watched_files(dls_server *s, const json_t *id, json_t *params);
int dls_ws_execute_command(dls_server *s, const json_t *id, json_t *params);
/* $/cancelRequest: a request still waiting (drvls.lintWorkspace) is answered -32800. */
void dls_ws_cancel(dls_server *s, const json_t *id);

/* Scheduler callbacks (handlers.c). */
void dls_handlers_job_input(void *user, const char *path, dls_job_input *in);
void dls_handlers_job_done(void *user, dls_job_result *res);

#endif
