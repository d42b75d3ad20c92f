/*
 * server.c - the loop: reads stdin (pipe, tty or file) through the framing reader, validates and
 * dispatches JSON-RPC messages to handlers.c, writes replies to stdout, and shuts down cleanly when
 * the client says exit or goes away.
 */
#include "server.h"
#include "log.h"
#include "platform.h"
#include "prefix.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* --- output ----------------------------------------------------------------------------------- */

/* Write all of buf to fd, waiting when the descriptor is non-blocking. Returns 0 or -1. */
static int write_all(int fd, const char *buf, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, buf, len);
        if (n > 0) {
            buf += n;
            len -= (size_t)n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            dls_plat_wait_writable(fd, 1000);
        } else {
            return -1;
        }
    }
    return 0;
}

static void server_stop(dls_server *s, int code);

void dls_server_send(dls_server *s, const json_t *msg) {
    size_t len;
    char *frame = dls_rpc_frame(msg, &len);
    if (!frame)
        return;
    if (write_all(s->out_fd, frame, len) != 0 && !s->exiting) {
        dls_log(DLS_LOG_ERROR, "cannot write to the client (%s); exiting", strerror(errno));
        server_stop(s, 1);
    }
    free(frame);
}

void dls_server_reply(dls_server *s, const json_t *id, json_t *result) {
    json_t *msg = dls_rpc_response(id, result);
    dls_server_send(s, msg);
    json_decref(msg);
}

void dls_server_reply_error(dls_server *s, const json_t *id, int code, const char *fmt, ...) {
    char text[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    json_t *msg = dls_rpc_error(id, code, text);
    dls_server_send(s, msg);
    json_decref(msg);
}

void dls_server_notify(dls_server *s, const char *method, json_t *params) {
    json_t *msg = dls_rpc_notification(method, params);
    dls_server_send(s, msg);
    json_decref(msg);
}

/* --- dispatch --------------------------------------------------------------------------------- */

static void dispatch_request(dls_server *s, const char *method, const json_t *id, json_t *params) {
    const dls_handler *h = dls_handler_find(method);
    if (s->shutdown) {
        dls_server_reply_error(s, id, DLS_RPC_INVALID_REQUEST, "the server is shutting down");
        return;
    }
    if (!s->initialized && !(h && h->before_init)) {
        dls_server_reply_error(s, id, DLS_RPC_SERVER_NOT_INITIALIZED,
                               "the server is not initialized");
        return;
    }
    if (!h || !h->is_request) {
        dls_server_reply_error(s, id, DLS_RPC_METHOD_NOT_FOUND, "method not found: %s", method);
        return;
    }
    if (h->fn(s, id, params) == DLS_RPC_INVALID_PARAMS)
        dls_server_reply_error(s, id, DLS_RPC_INVALID_PARAMS, "invalid params for %s", method);
}

static void dispatch_notification(dls_server *s, const char *method, json_t *params) {
    const dls_handler *h = dls_handler_find(method);
    if (!h || h->is_request) {
        dls_log(DLS_LOG_VERBOSE, "ignoring notification %s", method);
        return;
    }
    if (!s->initialized && !h->before_init) {
        dls_log(DLS_LOG_INFO, "dropping %s: the server is not initialized", method);
        return;
    }
    if (h->fn(s, NULL, params) == DLS_RPC_INVALID_PARAMS)
        dls_log(DLS_LOG_ERROR, "invalid params for %s; notification dropped", method);
}

/* An id worth echoing in an error reply for an invalid message, or NULL. Borrowed. */
static const json_t *usable_id(const json_t *msg) {
    const json_t *id = json_is_object(msg) ? json_object_get(msg, "id") : NULL;
    return (json_is_string(id) || json_is_integer(id)) ? id : NULL;
}

static void handle_message(dls_server *s, json_t *msg) {
    const char *why = NULL;
    dls_rpc_msg_kind kind = dls_rpc_classify(msg, &why);
    if (kind == DLS_RPC_MSG_INVALID && json_is_object(msg) && !json_object_get(msg, "id") &&
        json_is_string(json_object_get(msg, "method"))) {
        /* a notification is never answered, even a malformed one: log and drop it */
        dls_log(DLS_LOG_ERROR, "invalid notification %s dropped: %s",
                json_string_value(json_object_get(msg, "method")), why ? why : "malformed");
        return;
    }
    if (kind == DLS_RPC_MSG_INVALID) {
        /* a request whose only fault is params that are not structured: its params are wrong */
        const json_t *params = json_object_get(msg, "params");
        int code = usable_id(msg) && json_is_string(json_object_get(msg, "method")) && params &&
                           !json_is_object(params) && !json_is_array(params) &&
                           !json_is_null(params)
                       ? DLS_RPC_INVALID_PARAMS
                       : DLS_RPC_INVALID_REQUEST;
        dls_server_reply_error(s, usable_id(msg), code, "invalid request: %s",
                               why ? why : "not a JSON-RPC 2.0 message");
        return;
    }
    if (kind == DLS_RPC_MSG_RESPONSE) {
        dls_ws_response(s, msg); /* answers to our own requests */
        return;
    }
    const char *method = json_string_value(json_object_get(msg, "method"));
    json_t *params = json_object_get(msg, "params");
    if (kind == DLS_RPC_MSG_REQUEST)
        dispatch_request(s, method, json_object_get(msg, "id"), params);
    else
        dispatch_notification(s, method, params);
}

static void on_frame(void *user, dls_rpc_frame_kind kind, const char *body, size_t len,
                     const char *message) {
    dls_server *s = user;
    if (s->exiting)
        return;
    if (kind == DLS_RPC_FRAME_ERROR) {
        dls_log(DLS_LOG_ERROR, "framing error: %s", message ? message : "bad header");
        dls_server_reply_error(s, NULL, DLS_RPC_PARSE_ERROR, "framing error: %s",
                               message ? message : "bad header");
        return;
    }
    char err[256];
    json_t *msg = dls_rpc_parse(body, len, err, sizeof err);
    if (!msg) {
        dls_log(DLS_LOG_ERROR, "parse error: %s", err);
        /* a request whose only fault is a number out of range is answered, not left waiting */
        json_t *id = dls_rpc_id_of_unparsable(body, len);
        if (id)
            dls_server_reply_error(s, id, DLS_RPC_INVALID_PARAMS, "invalid params: %s", err);
        else
            dls_server_reply_error(s, NULL, DLS_RPC_PARSE_ERROR, "parse error: %s", err);
        json_decref(id);
        return;
    }
    handle_message(s, msg);
    json_decref(msg);
}

/* --- input ------------------------------------------------------------------------------------ */

static void input_closed(uv_handle_t *h) {
    (void)h;
}

static void input_stop(dls_server *s) {
    if (!s->reading)
        return;
    s->reading = 0;
    if (s->in_kind == UV_NAMED_PIPE || s->in_kind == UV_TTY) {
        uv_read_stop((uv_stream_t *)&s->in);
        uv_close((uv_handle_t *)&s->in, input_closed);
    }
    /* a file read in progress completes and is not renewed */
}

static void input_eof(dls_server *s) {
    if (!s->exiting)
        dls_log(DLS_LOG_INFO, "the client closed the connection");
    server_stop(s, s->shutdown ? 0 : 1);
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    dls_server *s = h->data;
    (void)suggested;
    *buf = uv_buf_init(s->in_buf, sizeof s->in_buf);
}

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
    dls_server *s = stream->data;
    if (nread > 0)
        dls_rpc_reader_feed(&s->reader, buf->base, (size_t)nread, on_frame, s);
    else if (nread < 0)
        input_eof(s);
}

static void file_read_next(dls_server *s);

static void on_file_read(uv_fs_t *req) {
    dls_server *s = req->data;
    ssize_t n = req->result;
    uv_fs_req_cleanup(req);
    if (n > 0 && s->reading) {
        dls_rpc_reader_feed(&s->reader, s->in_buf, (size_t)n, on_frame, s);
        if (s->reading)
            file_read_next(s);
    } else if (s->reading) {
        input_eof(s);
    }
}

static void file_read_next(dls_server *s) {
    uv_buf_t buf = uv_buf_init(s->in_buf, sizeof s->in_buf);
    s->in_req.data = s;
    uv_fs_read(s->loop, &s->in_req, s->in_fd, &buf, 1, -1, on_file_read);
}

static int input_start(dls_server *s, int fd) {
    s->in_fd = fd;
    s->in_kind = uv_guess_handle(fd);
    s->reading = 1;
    if (s->in_kind == UV_FILE) {
        file_read_next(s);
        return 0;
    }
    int rc;
    if (s->in_kind == UV_TTY) {
        rc = uv_tty_init(s->loop, &s->in.tty, fd, 1);
    } else {
        s->in_kind = UV_NAMED_PIPE;
        rc = uv_pipe_init(s->loop, &s->in.pipe, 0);
        if (rc == 0)
            rc = uv_pipe_open(&s->in.pipe, fd);
    }
    if (rc != 0) {
        dls_log(DLS_LOG_ERROR, "cannot read stdin: %s", uv_strerror(rc));
        s->reading = 0;
        return rc;
    }
    s->in.pipe.data = s;
    return uv_read_start((uv_stream_t *)&s->in, on_alloc, on_read);
}

/* --- lifecycle -------------------------------------------------------------------------------- */

/* How long a parse that cannot be interrupted may delay the exit before the process leaves
 * without waiting for it (a client that went away expects the server gone within a second). */
#define DLS_EXIT_GRACE_MS 600

static void exit_overdue(uv_timer_t *t) {
    dls_server *s = t->data;
    dls_log(DLS_LOG_INFO, "exiting with %llu parse jobs still running",
            (unsigned long long)dls_sched_in_flight(s->sched));
    fflush(stderr);
    dls_prefix_remove_files(); /* atexit handlers do not run on _exit */
    _exit(s->exit_code);
}

/* Stop reading, stop the scheduler; the loop ends once running jobs have completed, or the
 * process leaves after DLS_EXIT_GRACE_MS. */
static void server_stop(dls_server *s, int code) {
    if (s->exiting)
        return;
    s->exiting = 1;
    s->exit_code = code;
    input_stop(s);
    dls_sched_stop(s->sched);
    dls_ws_stop(s);
    if (dls_sched_in_flight(s->sched) > 0) {
        uv_timer_init(s->loop, &s->exit_timer);
        s->exit_timer.data = s;
        uv_timer_start(&s->exit_timer, exit_overdue, DLS_EXIT_GRACE_MS, 0);
        uv_unref((uv_handle_t *)&s->exit_timer); /* the jobs, not the timer, keep the loop up */
    }
}

static void walk_close(uv_handle_t *h, void *arg) {
    (void)arg;
    if (!uv_is_closing(h))
        uv_close(h, NULL);
}

static void server_free(dls_server *s) {
    dls_ws_free(s);
    json_decref(s->client_caps);
    json_decref(s->client_settings);
    dls_config_free(&s->config);
    free((void *)s->check.disabled);
    free(s->root);
    for (size_t i = 0; i < s->n_warnings; i++)
        free(s->warnings[i]);
    free(s->warnings);
    dls_sched_free(s->sched);
    dls_unit_cache_free(s->units);
    if (s->program)
        dls_program_free(s->program);
    dls_docs_free(&s->docs);
    dls_rpc_reader_free(&s->reader);
}

int dls_server_run(const dls_server_opts *opts) {
    dls_plat_stdio_init(opts->in_fd, opts->out_fd);
    dls_server *s = dls_xcalloc(1, sizeof *s);
    uv_loop_t loop;
    uv_loop_init(&loop);
    s->loop = &loop;
    s->out_fd = opts->out_fd;
    s->exit_code = 1;
    s->units = dls_unit_cache_new(opts->max_units ? opts->max_units : 16);
    s->sched = dls_sched_new(&loop, s->units, dls_handlers_job_input, dls_handlers_job_done, s);
    s->program = dls_program_new();
    dls_config_init(&s->config);
    dls_config_check_opts(&s->config, &s->check);
    dls_rpc_reader_init(&s->reader);
    if (input_start(s, opts->in_fd) != 0)
        server_stop(s, 1);
    uv_run(&loop, UV_RUN_DEFAULT);
    uv_walk(&loop, walk_close, NULL);
    uv_run(&loop, UV_RUN_DEFAULT);
    int code = s->exit_code;
    server_free(s);
    uv_loop_close(&loop);
    free(s);
    return code;
}

/* Called by the exit notification handler. */
void dls_server_exit(dls_server *s) {
    server_stop(s, s->shutdown ? 0 : 1);
}
