/*
 * jsonrpc.c - the LSP base protocol and JSON-RPC 2.0: an incremental reader that cuts a byte stream
 * into message bodies (Content-Length framing, resynchronising after bad headers), the frame
 * writer, and the parsing, classification and building of JSON-RPC messages. The contract is
 * jsonrpc.h.
 *
 * The reader is in one of four states, looked at in this order: skipping the body of a rejected
 * frame (skip), resynchronising after a bad header (resync: discarding up to the next
 * "Content-Length"), reading a body (in_body), or reading a header block. Every decision depends
 * only on the bytes seen, never on how they were chunked.
 */
#include "jsonrpc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A header block must end (with its empty line) within this many bytes. */
#define MAX_HEADER_BLOCK 8192

/* Above this capacity, an almost empty buffer is given back after use. */
#define SHRINK_ABOVE ((size_t)1024 * 1024)

static const char CONTENT_LENGTH[] = "content-length";
#define CONTENT_LENGTH_LEN (sizeof CONTENT_LENGTH - 1)

/* ---- small text helpers ---------------------------------------------------------------------- */

static int lower(int c) {
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Whether s[0..n) equals the lowercase literal lit, ignoring ASCII case. */
static int equals_ci(const char *s, size_t n, const char *lit) {
    size_t i = 0;
    for (; i < n && lit[i]; i++) {
        if (lower((unsigned char)s[i]) != lit[i])
            return 0;
    }
    return i == n && lit[i] == '\0';
}

/* A "token" character of an HTTP header name (RFC 7230 tchar). */
static int is_tchar(unsigned char c) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return 1;
    return c != '\0' && strchr("!#$%&'*+-.^_`|~", c) != NULL;
}

static int is_space(char c) {
    return c == ' ' || c == '\t';
}

/* Trims spaces and tabs on both sides of s[*start..*end). */
static void trim(const char *s, size_t *start, size_t *end) {
    while (*start < *end && is_space(s[*start]))
        (*start)++;
    while (*end > *start && is_space(s[*end - 1]))
        (*end)--;
}

/* ---- header blocks --------------------------------------------------------------------------- */

typedef enum {
    HDR_NEED_MORE,  /* the block is not complete yet */
    HDR_OK,         /* a good block: read content_length bytes of body next */
    HDR_BAD_SKIP,   /* a bad block with a usable Content-Length: drop it and skip its body */
    HDR_BAD_RESYNC, /* a bad block and no usable length: drop block_len bytes, then resynchronise */
} header_status;

typedef struct {
    int length_seen; /* 0: no Content-Length, 1: a valid one, -1: an unusable one */
    size_t length;
    const char *why; /* the first problem found, static */
} header_state;

/* Parses a decimal Content-Length value. Returns 0, or -1 if it is empty, not all digits (a sign
 * included) or does not fit in a size_t. */
static int parse_length(const char *v, size_t n, size_t *out) {
    size_t value = 0;
    if (n == 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (v[i] < '0' || v[i] > '9')
            return -1;
        size_t digit = (size_t)(v[i] - '0');
        if (value > (SIZE_MAX - digit) / 10)
            return -1;
        value = value * 10 + digit;
    }
    *out = value;
    return 0;
}

/* Whether the charset value v[0..n) (possibly quoted) names UTF-8. */
static int is_utf8_charset(const char *v, size_t n) {
    if (n >= 2 && v[0] == '"' && v[n - 1] == '"') {
        v++;
        n -= 2;
    }
    return equals_ci(v, n, "utf-8") || equals_ci(v, n, "utf8");
}

/* Whether a Content-Type value allows a UTF-8 body: no charset parameter, or a UTF-8 one. The media
 * type itself is not checked. */
static int content_type_ok(const char *v, size_t n) {
    const char *semi;
    size_t i = 0;
    while (i < n && (semi = memchr(v + i, ';', n - i)) != NULL) {
        size_t start = (size_t)(semi - v) + 1;
        const char *next = memchr(v + start, ';', n - start);
        size_t end = next ? (size_t)(next - v) : n;
        const char *eq = memchr(v + start, '=', end - start);
        i = end;
        if (!eq)
            continue;
        size_t name_start = start, name_end = (size_t)(eq - v);
        size_t value_start = name_end + 1, value_end = end;
        trim(v, &name_start, &name_end);
        trim(v, &value_start, &value_end);
        if (equals_ci(v + name_start, name_end - name_start, "charset") &&
            !is_utf8_charset(v + value_start, value_end - value_start))
            return 0;
    }
    return 1;
}

static void note(header_state *st, const char *why) {
    if (!st->why)
        st->why = why;
}

/* Reads one header line (without its line break) into st. */
static void parse_header_line(const char *line, size_t n, header_state *st) {
    const char *colon = memchr(line, ':', n);
    if (!colon || colon == line) {
        note(st, "malformed header line");
        return;
    }
    size_t name_len = (size_t)(colon - line);
    for (size_t i = 0; i < name_len; i++) {
        if (!is_tchar((unsigned char)line[i])) {
            note(st, "malformed header name");
            return;
        }
    }
    size_t vs = name_len + 1, ve = n;
    trim(line, &vs, &ve);
    if (equals_ci(line, name_len, CONTENT_LENGTH)) {
        size_t value;
        if (parse_length(line + vs, ve - vs, &value) != 0) {
            st->length_seen = -1;
            note(st, "Content-Length is not a decimal number of bytes");
        } else if (st->length_seen == 1 && st->length != value) {
            st->length_seen = -1;
            note(st, "conflicting Content-Length headers");
        } else if (st->length_seen == 0) {
            st->length_seen = 1;
            st->length = value;
        }
    } else if (equals_ci(line, name_len, "content-type")) {
        if (!content_type_ok(line + vs, ve - vs))
            note(st, "Content-Type charset is not utf-8");
    }
}

/* Whether p[0..n) can start a header line (a token, then ':'): 1 yes, 0 no, -1 cannot tell yet. */
static int starts_header(const char *p, size_t n) {
    size_t i = 0;
    while (i < n && is_tchar((unsigned char)p[i]))
        i++;
    if (i == n)
        return -1;
    return i > 0 && p[i] == ':';
}

/* Reads the header lines at the start of p[0..n) into st, up to the empty line that ends the
 * block. Returns the block's size (empty line included), 0 if it is not complete yet, or SIZE_MAX
 * if it does not end within MAX_HEADER_BLOCK bytes. */
static size_t read_header_lines(const char *p, size_t n, header_state *st) {
    size_t limit = n < MAX_HEADER_BLOCK ? n : MAX_HEADER_BLOCK;
    for (size_t pos = 0;;) {
        const char *nl = memchr(p + pos, '\n', limit - pos);
        if (!nl)
            return n < MAX_HEADER_BLOCK ? 0 : SIZE_MAX;
        size_t end = (size_t)(nl - p), line_end = end;
        if (line_end > pos && p[line_end - 1] == '\r')
            line_end--;
        if (line_end == pos)
            return end + 1;
        parse_header_line(p + pos, line_end - pos, st);
        pos = end + 1;
    }
}

/* Reads the header block at the start of p[0..n). On HDR_OK and HDR_BAD_SKIP, *block_len is its
 * size and *length the body's; on the bad results *why says what was wrong. On HDR_BAD_RESYNC,
 * *block_len is what to drop before resynchronising: the whole block when its Content-Length was
 * rejected (so it is not read again), else one byte (the block may be garbage stuck in front of a
 * real header, as in "junkContent-Length: 2"). */
static header_status parse_header_block(const char *p, size_t n, size_t *block_len, size_t *length,
                                        const char **why) {
    header_state st = {0, 0, NULL};
    size_t size;

    *block_len = 1;
    if (starts_header(p, n < MAX_HEADER_BLOCK ? n : MAX_HEADER_BLOCK) == 0) {
        *why = "garbage where a header was expected";
        return HDR_BAD_RESYNC;
    }
    size = read_header_lines(p, n, &st);
    if (size == 0)
        return HDR_NEED_MORE;
    if (size == SIZE_MAX) {
        *why = "header block too long";
        return HDR_BAD_RESYNC;
    }
    if (st.length_seen == 0) {
        *why = st.why ? st.why : "missing Content-Length";
        return HDR_BAD_RESYNC;
    }
    *block_len = size;
    if (st.length_seen < 0) {
        *why = st.why;
        return HDR_BAD_RESYNC;
    }
    *length = st.length;
    if (st.length > DLS_RPC_MAX_BODY) {
        /* no client sends such a body: a corrupt length must not swallow the stream */
        *why = "Content-Length larger than the largest accepted body";
        return HDR_BAD_RESYNC;
    }
    *why = st.why;
    return st.why ? HDR_BAD_SKIP : HDR_OK;
}

/* ---- the reader ------------------------------------------------------------------------------ */

void dls_rpc_reader_init(dls_rpc_reader *r) {
    if (r)
        memset(r, 0, sizeof *r);
}

void dls_rpc_reader_free(dls_rpc_reader *r) {
    if (!r)
        return;
    free(r->buf);
    memset(r, 0, sizeof *r);
}

/* Makes room for need bytes plus a NUL. Returns 0, or -1 if memory runs out. */
static int reserve(dls_rpc_reader *r, size_t need) {
    if (need >= SIZE_MAX / 2)
        return -1;
    if (need + 1 <= r->cap)
        return 0;
    size_t cap = r->cap ? r->cap : 4096;
    while (cap < need + 1)
        cap *= 2;
    char *buf = realloc(r->buf, cap);
    if (!buf)
        return -1;
    r->buf = buf;
    r->cap = cap;
    return 0;
}

static void report(dls_rpc_frame_cb cb, void *user, const char *why) {
    if (cb)
        cb(user, DLS_RPC_FRAME_ERROR, NULL, 0, why);
}

/* Hands out the body at buf[pos..pos + body_len), NUL-terminated for the call. Requires
 * pos + body_len <= len (so the NUL fits: cap > len). */
static void deliver(dls_rpc_reader *r, size_t pos, dls_rpc_frame_cb cb, void *user) {
    char *body = r->buf + pos;
    char saved = body[r->body_len];
    body[r->body_len] = '\0';
    if (cb)
        cb(user, DLS_RPC_FRAME_BODY, body, r->body_len, NULL);
    body[r->body_len] = saved;
}

/* While resynchronising: how many bytes of p[0..n) to drop. *found tells whether a
 * "Content-Length" starts right after them; if not, a possible partial match is kept. */
static size_t resync_drop(const char *p, size_t n, int *found) {
    for (size_t i = 0; i + CONTENT_LENGTH_LEN <= n; i++) {
        if (equals_ci(p + i, CONTENT_LENGTH_LEN, CONTENT_LENGTH)) {
            *found = 1;
            return i;
        }
    }
    *found = 0;
    return n < CONTENT_LENGTH_LEN ? 0 : n - (CONTENT_LENGTH_LEN - 1);
}

/* Moves the unconsumed bytes buf[pos..len) to the front, and gives back a big idle buffer. */
static void compact(dls_rpc_reader *r, size_t pos) {
    if (pos > 0) {
        memmove(r->buf, r->buf + pos, r->len - pos);
        r->len -= pos;
    }
    if (r->cap > SHRINK_ABOVE && r->len < r->cap / 4 &&
        !(r->in_body && r->body_len >= r->cap / 4)) {
        char *buf = realloc(r->buf, r->len + 4096);
        if (buf) {
            r->buf = buf;
            r->cap = r->len + 4096;
        }
    }
}

/* Takes everything it can out of the buffer: frames, errors, skipped and discarded bytes. */
static void process(dls_rpc_reader *r, dls_rpc_frame_cb cb, void *user) {
    size_t pos = 0;
    for (;;) {
        size_t avail = r->len - pos, block_len = 0, length = 0;
        const char *why = NULL;
        int found;
        if (r->skip > 0) {
            size_t k = r->skip < avail ? r->skip : avail;
            pos += k;
            r->skip -= k;
            if (r->skip > 0)
                break;
        } else if (r->resync) {
            pos += resync_drop(r->buf + pos, avail, &found);
            if (!found)
                break;
            r->resync = 0;
        } else if (r->in_body) {
            if (avail < r->body_len)
                break;
            deliver(r, pos, cb, user);
            pos += r->body_len;
            r->in_body = 0;
            r->body_len = 0;
        } else if (avail == 0) {
            break;
        } else {
            header_status s = parse_header_block(r->buf + pos, avail, &block_len, &length, &why);
            if (s == HDR_NEED_MORE)
                break;
            if (s == HDR_OK) {
                pos += block_len;
                r->in_body = 1;
                r->body_len = length;
            } else if (s == HDR_BAD_SKIP) {
                report(cb, user, why);
                pos += block_len;
                r->skip = length;
            } else {
                report(cb, user, why);
                pos += block_len;
                r->resync = 1;
            }
        }
    }
    compact(r, pos);
}

void dls_rpc_reader_feed(dls_rpc_reader *r, const char *data, size_t len, dls_rpc_frame_cb cb,
                         void *user) {
    if (!r || !data || len == 0)
        return;
    /* The body of a rejected frame is dropped straight from the input (the buffer is empty). */
    if (r->skip > 0 && r->len == 0) {
        size_t k = r->skip < len ? r->skip : len;
        r->skip -= k;
        data += k;
        len -= k;
        if (len == 0)
            return;
    }
    if (len > SIZE_MAX - r->len || reserve(r, r->len + len) != 0) {
        /* Out of memory: the buffered bytes are lost, so look for the next frame. */
        r->len = 0;
        r->in_body = 0;
        r->body_len = 0;
        r->skip = 0;
        r->resync = 1;
        report(cb, user, "out of memory while reading a message");
        return;
    }
    memcpy(r->buf + r->len, data, len);
    r->len += len;
    process(r, cb, user);
}

/* ---- writer ---------------------------------------------------------------------------------- */

char *dls_rpc_frame(const json_t *msg, size_t *len) {
    if (len)
        *len = 0;
    if (!msg)
        return NULL;
    char *body = json_dumps(msg, JSON_COMPACT | JSON_ENCODE_ANY);
    if (!body)
        return NULL;
    size_t body_len = strlen(body);
    char head[64];
    int head_len =
        snprintf(head, sizeof head, "Content-Length: %llu\r\n\r\n", (unsigned long long)body_len);
    char *out = head_len > 0 ? malloc((size_t)head_len + body_len + 1) : NULL;
    if (out) {
        memcpy(out, head, (size_t)head_len);
        memcpy(out + head_len, body, body_len + 1);
        if (len)
            *len = (size_t)head_len + body_len;
    }
    free(body);
    return out;
}

/* ---- classify and parse ---------------------------------------------------------------------- */

/* An id a request or a response may carry: a string or an integer. id is borrowed. */
static int is_valid_id(const json_t *id) {
    return json_is_string(id) || json_is_integer(id);
}

/* Whether a response's "error" member has the required shape. err is borrowed. */
static int is_valid_error(const json_t *err) {
    return json_is_object(err) && json_is_integer(json_object_get(err, "code")) &&
           json_is_string(json_object_get(err, "message"));
}

static int is_jsonrpc_2(const json_t *v) {
    return json_is_string(v) && json_string_length(v) == 3 &&
           memcmp(json_string_value(v), "2.0", 3) == 0;
}

/* Classifies a message that has a "method" member. msg is borrowed. */
static dls_rpc_msg_kind classify_call(const json_t *msg, const char **why) {
    const json_t *params = json_object_get(msg, "params");
    const json_t *id = json_object_get(msg, "id");
    if (!json_is_string(json_object_get(msg, "method"))) {
        *why = "\"method\" must be a string";
        return DLS_RPC_MSG_INVALID;
    }
    if (json_object_get(msg, "result") || json_object_get(msg, "error")) {
        *why = "a request or notification must not carry \"result\" or \"error\"";
        return DLS_RPC_MSG_INVALID;
    }
    if (params && !json_is_null(params) && !json_is_object(params) && !json_is_array(params)) {
        *why = "\"params\" must be an object or an array";
        return DLS_RPC_MSG_INVALID;
    }
    if (!id)
        return DLS_RPC_MSG_NOTIFICATION;
    if (!is_valid_id(id)) {
        *why = "\"id\" must be a string or an integer";
        return DLS_RPC_MSG_INVALID;
    }
    return DLS_RPC_MSG_REQUEST;
}

/* Classifies a message without a "method" member: a response or nothing. msg is borrowed. */
static dls_rpc_msg_kind classify_response(const json_t *msg, const char **why) {
    const json_t *id = json_object_get(msg, "id");
    const json_t *result = json_object_get(msg, "result");
    const json_t *error = json_object_get(msg, "error");
    if (!id) {
        *why = "a message needs a \"method\" or an \"id\"";
        return DLS_RPC_MSG_INVALID;
    }
    if (!result && !error) {
        *why = "a response needs a \"result\" or an \"error\"";
        return DLS_RPC_MSG_INVALID;
    }
    if (result && error) {
        *why = "a response must not carry both \"result\" and \"error\"";
        return DLS_RPC_MSG_INVALID;
    }
    if (error && !is_valid_error(error)) {
        *why = "\"error\" must be an object with an integer \"code\" and a string \"message\"";
        return DLS_RPC_MSG_INVALID;
    }
    if (!is_valid_id(id) && !(error && json_is_null(id))) {
        *why = "\"id\" must be a string or an integer";
        return DLS_RPC_MSG_INVALID;
    }
    return DLS_RPC_MSG_RESPONSE;
}

dls_rpc_msg_kind dls_rpc_classify(const json_t *msg, const char **why) {
    const char *reason = NULL;
    dls_rpc_msg_kind kind;
    if (!msg) {
        reason = "no message";
        kind = DLS_RPC_MSG_INVALID;
    } else if (json_is_array(msg)) {
        reason = "batch messages are not supported";
        kind = DLS_RPC_MSG_INVALID;
    } else if (!json_is_object(msg)) {
        reason = "a message must be a JSON object";
        kind = DLS_RPC_MSG_INVALID;
    } else if (!is_jsonrpc_2(json_object_get(msg, "jsonrpc"))) {
        reason = "\"jsonrpc\" must be \"2.0\"";
        kind = DLS_RPC_MSG_INVALID;
    } else if (json_object_get(msg, "method")) {
        kind = classify_call(msg, &reason);
    } else {
        kind = classify_response(msg, &reason);
    }
    if (why)
        *why = kind == DLS_RPC_MSG_INVALID ? reason : NULL;
    return kind;
}

/* The value of the 4 hex digits at s (s[0..3] in bounds), or -1. */
static long hex4(const char *s) {
    long v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* Editors hold text as UTF-16, so a document can hold a lone surrogate, which JSON.stringify writes
 * as "\ud800"; jansson refuses the message, and the edit would be lost. Each lone surrogate escape
 * becomes "\ufffd" (one UTF-16 unit as well, so every position stays the editor's). When fix is
 * 0, only counts. Returns how many there are. */
static size_t lone_surrogates(char *body, size_t len, int fix) {
    size_t n = 0;
    for (size_t i = 0; i + 1 < len; i++) {
        if (body[i] != '\\')
            continue;
        if (body[i + 1] != 'u' || i + 6 > len) {
            i++; /* an escaped character, maybe a backslash */
            continue;
        }
        long u = hex4(body + i + 2);
        int high = u >= 0xD800 && u <= 0xDBFF, low = u >= 0xDC00 && u <= 0xDFFF;
        long next =
            i + 12 <= len && body[i + 6] == '\\' && body[i + 7] == 'u' ? hex4(body + i + 8) : -1;
        if (high && next >= 0xDC00 && next <= 0xDFFF) {
            i += 11; /* a pair */
            continue;
        }
        if (high || low) {
            n++;
            if (fix)
                memcpy(body + i + 2, "fffd", 4);
        }
        i += 5;
    }
    return n;
}

json_t *dls_rpc_parse(const char *body, size_t len, char *err, size_t errlen) {
    json_error_t e;
    if (err && errlen > 0)
        err[0] = '\0';
    if (!body) {
        body = "";
        len = 0;
    }
    /* JSON_ALLOW_NUL: a NUL character in a document's text is kept, not a reason to drop the edit
     * (strings are read with their length) */
    char *fixed = NULL;
    if (lone_surrogates((char *)body, len, 0)) {
        fixed = malloc(len ? len : 1);
        if (fixed) {
            memcpy(fixed, body, len);
            lone_surrogates(fixed, len, 1);
            body = fixed;
        }
    }
    json_t *v = json_loadb(body, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &e);
    free(fixed);
    if (!v && err && errlen > 0)
        snprintf(err, errlen, "%s (line %d, column %d)", e.text, e.line, e.column);
    return v;
}

json_t *dls_rpc_id_of_unparsable(const char *body, size_t len) {
    json_error_t e;
    json_t *v =
        body ? json_loadb(body, len, JSON_DECODE_ANY | JSON_ALLOW_NUL | JSON_DECODE_INT_AS_REAL, &e)
             : NULL;
    json_t *id = json_object_get(v, "id");
    id = json_is_string(json_object_get(v, "method")) && (json_is_string(id) || json_is_number(id))
             ? json_incref(id)
             : NULL;
    json_decref(v);
    return id;
}

/* ---- builders -------------------------------------------------------------------------------- */

/* A JSON string for s (new reference); if s is not valid UTF-8, its non-ASCII bytes become '?'. */
static json_t *text_value(const char *s) {
    json_t *v = json_string(s ? s : "");
    if (v || !s)
        return v;
    char *copy = strdup(s);
    if (!copy)
        return NULL;
    for (char *c = copy; *c; c++) {
        if ((unsigned char)*c >= 0x80)
            *c = '?';
    }
    v = json_string(copy);
    free(copy);
    return v;
}

/* Sets key to value (stolen). Returns 0, or -1 (msg is then released). */
static int put(json_t *msg, const char *key, json_t *value) {
    if (value && json_object_set_new(msg, key, value) == 0)
        return 0;
    json_decref(msg);
    return -1;
}

/* A new message holding only "jsonrpc": "2.0" (new reference), or NULL. */
static json_t *new_message(void) {
    json_t *msg = json_object();
    if (msg && put(msg, "jsonrpc", json_string("2.0")) != 0)
        return NULL;
    return msg;
}

/* A copy of id (borrowed), or JSON null for NULL. New reference. */
static json_t *copy_id(const json_t *id) {
    return id ? json_deep_copy(id) : json_null();
}

json_t *dls_rpc_response(const json_t *id, json_t *result) {
    json_t *msg = new_message();
    if (!msg || put(msg, "id", copy_id(id)) != 0) {
        json_decref(result);
        return NULL;
    }
    if (put(msg, "result", result ? result : json_null()) != 0)
        return NULL;
    return msg;
}

json_t *dls_rpc_error(const json_t *id, int code, const char *message) {
    json_t *err = json_object();
    if (!err || put(err, "code", json_integer(code)) != 0 ||
        put(err, "message", text_value(message)) != 0)
        return NULL;
    json_t *msg = new_message();
    if (!msg || put(msg, "id", copy_id(id)) != 0) {
        json_decref(err);
        return NULL;
    }
    if (put(msg, "error", err) != 0)
        return NULL;
    return msg;
}

/* Adds "method" and, when given, "params" (stolen) to msg (stolen). Returns msg, or NULL. */
static json_t *add_call(json_t *msg, const char *method, json_t *params) {
    if (msg && !method) {
        json_decref(msg);
        msg = NULL;
    }
    if (!msg || put(msg, "method", text_value(method)) != 0) {
        json_decref(params);
        return NULL;
    }
    if (params && put(msg, "params", params) != 0)
        return NULL;
    return msg;
}

json_t *dls_rpc_notification(const char *method, json_t *params) {
    return add_call(new_message(), method, params);
}

json_t *dls_rpc_request(json_int_t id, const char *method, json_t *params) {
    json_t *msg = new_message();
    if (msg && put(msg, "id", json_integer(id)) != 0)
        msg = NULL;
    return add_call(msg, method, params);
}
