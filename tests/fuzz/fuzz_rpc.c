/*
 * fuzz_rpc.c - fuzz target for the JSON-RPC layer (protocol/jsonrpc.c): the framing reader, body
 * parsing, message classification, and the builders and frame writer fed with what was parsed.
 *
 * Input: byte 0 seeds how the rest is cut into chunks; the rest is the byte stream a client would
 * send. Invariants checked besides memory safety:
 *   - the reader hands out the same frames and errors whether the stream comes whole or in chunks;
 *   - a body handed out is NUL-terminated; a classification is INVALID exactly when it says why;
 *   - a request's id is a string or an integer;
 *   - a message built from what was parsed (response, error, notification, request) is framed so
 *     that a fresh reader gives back exactly that message, which classifies as what was built.
 */
#include "fuzz.h"
#include "jsonrpc.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    dls_rpc_frame_kind kind;
    size_t len;
    unsigned long long hash; /* of the body */
    const char *message;     /* static, from the reader */
} event;

typedef struct {
    event *v;
    size_t n, cap;
    int check_bodies; /* parse and round-trip the bodies (done on one of the two readings) */
} event_log;

static unsigned long long fnv1a(const char *s, size_t n) {
    unsigned long long h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

typedef struct {
    int frames;
    json_t *msg; /* the last body, parsed */
} roundtrip;

static void roundtrip_cb(void *user, dls_rpc_frame_kind kind, const char *body, size_t len,
                         const char *message) {
    roundtrip *rt = user;
    (void)message;
    FUZZ_CHECK(kind == DLS_RPC_FRAME_BODY);
    rt->frames++;
    json_decref(rt->msg);
    rt->msg = dls_rpc_parse(body, len, NULL, 0);
}

/* Frame msg (stolen), read the frame back, and check it is msg and classifies as kind. */
static void check_roundtrip(json_t *msg, dls_rpc_msg_kind kind) {
    FUZZ_CHECK(msg != NULL);
    size_t len = 0;
    char *bytes = dls_rpc_frame(msg, &len);
    FUZZ_CHECK(bytes != NULL && len > 0);
    dls_rpc_reader r;
    dls_rpc_reader_init(&r);
    roundtrip rt = {0, NULL};
    dls_rpc_reader_feed(&r, bytes, len, roundtrip_cb, &rt);
    dls_rpc_reader_free(&r);
    free(bytes);
    FUZZ_CHECK(rt.frames == 1);
    FUZZ_CHECK(rt.msg != NULL);
    FUZZ_CHECK(json_equal(rt.msg, msg));
    const char *why = NULL;
    FUZZ_CHECK(dls_rpc_classify(rt.msg, &why) == kind);
    json_decref(rt.msg);
    json_decref(msg);
}

/* A copy of params for a builder (stolen by it): NULL when absent or null. */
static json_t *params_copy(const json_t *msg) {
    const json_t *p = json_object_get(msg, "params");
    return p && !json_is_null(p) ? json_deep_copy(p) : NULL;
}

static void check_body(const char *body, size_t len) {
    FUZZ_CHECK(body[len] == '\0');
    char err[200];
    json_t *msg = dls_rpc_parse(body, len, err, sizeof err);
    if (!msg) {
        FUZZ_CHECK(memchr(err, '\0', sizeof err) != NULL);
        return;
    }
    const char *why = NULL;
    dls_rpc_msg_kind kind = dls_rpc_classify(msg, &why);
    FUZZ_CHECK((kind == DLS_RPC_MSG_INVALID) == (why != NULL));
    const json_t *id = json_object_get(msg, "id");
    const char *method = json_string_value(json_object_get(msg, "method"));
    switch (kind) {
    case DLS_RPC_MSG_REQUEST:
        FUZZ_CHECK(json_is_string(id) || json_is_integer(id));
        FUZZ_CHECK(method != NULL);
        check_roundtrip(dls_rpc_response(id, params_copy(msg)), DLS_RPC_MSG_RESPONSE);
        check_roundtrip(dls_rpc_error(id, DLS_RPC_METHOD_NOT_FOUND, method), DLS_RPC_MSG_RESPONSE);
        check_roundtrip(dls_rpc_request(json_is_integer(id) ? json_integer_value(id) : 1, method,
                                        params_copy(msg)),
                        DLS_RPC_MSG_REQUEST);
        break;
    case DLS_RPC_MSG_NOTIFICATION:
        FUZZ_CHECK(method != NULL && id == NULL);
        check_roundtrip(dls_rpc_notification(method, params_copy(msg)), DLS_RPC_MSG_NOTIFICATION);
        break;
    case DLS_RPC_MSG_RESPONSE:
        FUZZ_CHECK(method == NULL && id != NULL);
        break;
    case DLS_RPC_MSG_INVALID:
        check_roundtrip(dls_rpc_error(NULL, DLS_RPC_INVALID_REQUEST, why), DLS_RPC_MSG_RESPONSE);
        break;
    }
    json_decref(msg);
}

static void log_cb(void *user, dls_rpc_frame_kind kind, const char *body, size_t len,
                   const char *message) {
    event_log *log = user;
    if (log->n == log->cap) {
        log->cap = log->cap ? log->cap * 2 : 16;
        log->v = realloc(log->v, log->cap * sizeof *log->v);
        FUZZ_CHECK(log->v != NULL);
    }
    event *e = &log->v[log->n++];
    e->kind = kind;
    e->len = len;
    e->message = message;
    if (kind == DLS_RPC_FRAME_BODY) {
        FUZZ_CHECK(body != NULL && message == NULL);
        e->hash = fnv1a(body, len);
        if (log->check_bodies)
            check_body(body, len);
    } else {
        FUZZ_CHECK(kind == DLS_RPC_FRAME_ERROR && body == NULL && message != NULL);
        e->hash = 0;
    }
}

/* Chunk sizes from a small generator seeded by the first byte: from 1 byte up to 256. */
static size_t next_chunk(unsigned *state, unsigned seed) {
    *state ^= *state << 13;
    *state ^= *state >> 17;
    *state ^= *state << 5;
    unsigned limit = 1u << (seed % 9);
    return 1 + *state % limit;
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    unsigned seed = data[0];
    const char *stream = (const char *)data + 1;
    size_t n = size - 1;

    event_log whole = {NULL, 0, 0, 1}, chunked = {NULL, 0, 0, 0};
    dls_rpc_reader r;
    dls_rpc_reader_init(&r);
    dls_rpc_reader_feed(&r, stream, n, log_cb, &whole);
    dls_rpc_reader_free(&r);

    dls_rpc_reader_init(&r);
    unsigned state = seed * 2654435761u + 1;
    for (size_t pos = 0; pos < n;) {
        size_t k = next_chunk(&state, seed);
        if (k > n - pos)
            k = n - pos;
        dls_rpc_reader_feed(&r, stream + pos, k, log_cb, &chunked);
        pos += k;
    }
    dls_rpc_reader_free(&r);

    FUZZ_CHECK(whole.n == chunked.n);
    for (size_t i = 0; i < whole.n; i++) {
        FUZZ_CHECK(whole.v[i].kind == chunked.v[i].kind);
        FUZZ_CHECK(whole.v[i].len == chunked.v[i].len);
        FUZZ_CHECK(whole.v[i].hash == chunked.v[i].hash);
        FUZZ_CHECK(whole.v[i].message == chunked.v[i].message ||
                   strcmp(whole.v[i].message, chunked.v[i].message) == 0);
    }
    free(whole.v);
    free(chunked.v);
    return 0;
}
