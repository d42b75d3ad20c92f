/*
 * jsonrpc.h - JSON-RPC 2.0 over the LSP base protocol: an incremental framing reader (bytes in,
 * whole messages out), the writer, message classification and the standard error responses.
 *
 * Knows nothing of libclang or of the server's state. Thread: a reader is used by one thread.
 * Ownership (jansson's words): "new reference" means the caller must json_decref the result;
 * "borrowed" means it must not.
 */
#ifndef DLS_JSONRPC_H
#define DLS_JSONRPC_H

#include <jansson.h>
#include <stddef.h>

/* JSON-RPC and LSP error codes. */
enum {
    DLS_RPC_PARSE_ERROR = -32700,
    DLS_RPC_INVALID_REQUEST = -32600,
    DLS_RPC_METHOD_NOT_FOUND = -32601,
    DLS_RPC_INVALID_PARAMS = -32602,
    DLS_RPC_INTERNAL_ERROR = -32603,
    DLS_RPC_SERVER_NOT_INITIALIZED = -32002,
    DLS_RPC_REQUEST_CANCELLED = -32800,
};

/* Largest body accepted; a larger Content-Length is a framing error treated like a non-numeric
 * one: no client sends such a body, so the length is taken as corrupt and the reader resyncs at
 * the next header instead of swallowing the stream. */
#define DLS_RPC_MAX_BODY ((size_t)256 * 1024 * 1024)

/* What the reader hands out for each frame. */
typedef enum {
    DLS_RPC_FRAME_BODY,  /* body/len hold one whole message body (not NUL-terminated in the stream,
                            but the reader adds a NUL after it) */
    DLS_RPC_FRAME_ERROR, /* a header could not be understood; message says why; reading resyncs at
                            the next header block */
} dls_rpc_frame_kind;

typedef void (*dls_rpc_frame_cb)(void *user, dls_rpc_frame_kind kind, const char *body, size_t len,
                                 const char *message);

typedef struct {
    char *buf; /* bytes not yet consumed */
    size_t len, cap;
    size_t body_len; /* Content-Length of the frame being read, when in_body */
    int in_body;
    size_t skip; /* bytes still to discard (an oversized body) */
    int resync;  /* after a bad header: discarding up to the next "Content-Length" */
} dls_rpc_reader;

void dls_rpc_reader_init(dls_rpc_reader *r);
void dls_rpc_reader_free(dls_rpc_reader *r);
/* Feed bytes as they arrive, in any chunking; cb is called once per complete frame, in order.
 * Headers: Content-Length (required, decimal, <= DLS_RPC_MAX_BODY), Content-Type (optional, any
 * utf-8 charset), others ignored; header names are case-insensitive; lines end in \r\n (a bare \n
 * is tolerated). A bad header block produces one DLS_RPC_FRAME_ERROR and is dropped: if it held a
 * valid Content-Length its body is skipped, otherwise bytes are discarded up to the next
 * "Content-Length" (so garbage before a header, or the body of a frame with an unusable length, is
 * not delivered). body and message are valid only during the call; cb must not feed or free the
 * same reader. */
void dls_rpc_reader_feed(dls_rpc_reader *r, const char *data, size_t len, dls_rpc_frame_cb cb,
                         void *user);

/* Serialize msg as one frame ("Content-Length: N\r\n\r\n" + compact JSON). Returns a new heap
 * buffer and its length in *len. msg is borrowed. */
char *dls_rpc_frame(const json_t *msg, size_t *len);

/* What a parsed message is. */
typedef enum {
    DLS_RPC_MSG_REQUEST,      /* has method and id */
    DLS_RPC_MSG_NOTIFICATION, /* has method, no id */
    DLS_RPC_MSG_RESPONSE,     /* has id and result or error, no method */
    DLS_RPC_MSG_INVALID,      /* anything else (not an object, jsonrpc != "2.0", bad id type...) */
} dls_rpc_msg_kind;

/* Classify a message; on DLS_RPC_MSG_INVALID, *why (may be NULL) gets a static explanation.
 * msg is borrowed. An id must be a string or an integer (a response with an error may have a null
 * id); params, if present, an object or array ("params": null is taken as omitted). */
dls_rpc_msg_kind dls_rpc_classify(const json_t *msg, const char **why);

/* Parse one body. On success returns a new reference; on failure NULL and an explanation in
 * err (a caller-provided buffer of errlen bytes). */
json_t *dls_rpc_parse(const char *body, size_t len, char *err, size_t errlen);
/* For a body dls_rpc_parse refused because a number in it is out of range (a position of 2^70): the
 * "id" of the request it is (new reference; a real when the id itself was out of range), so the
 * request can be answered with an error instead of left waiting; NULL when the body does not parse
 * even with every number read as a real, or is not a request. */
json_t *dls_rpc_id_of_unparsable(const char *body, size_t len);

/* Build messages. id is borrowed (copied); params/result are STOLEN (may be NULL: null/omitted).
 * All return new references. */
json_t *dls_rpc_response(const json_t *id, json_t *result);
json_t *dls_rpc_error(const json_t *id, int code, const char *message);
json_t *dls_rpc_notification(const char *method, json_t *params);
json_t *dls_rpc_request(json_int_t id, const char *method, json_t *params);

#endif
