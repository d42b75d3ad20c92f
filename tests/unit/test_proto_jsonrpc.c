/*
 * test_proto_jsonrpc.c - the LSP base-protocol reader (every way a stream can be chunked, bad and
 * missing headers, resynchronisation), the writer, message classification, parsing and builders.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonrpc.h"

/* ---- collecting what a reader hands out --------------------------------------------------- */

#define MAX_EVENTS 256

/* One event: a body (its bytes) or a framing error (is_error, no bytes). */
typedef struct {
    int is_error;
    char *body;
    size_t len;
} event;

typedef struct {
    event ev[MAX_EVENTS];
    size_t n;
} collector;

static void collect(void *user, dls_rpc_frame_kind kind, const char *body, size_t len,
                    const char *message) {
    collector *c = user;
    assert_true(c->n < MAX_EVENTS);
    event *e = &c->ev[c->n++];
    if (kind == DLS_RPC_FRAME_ERROR) {
        assert_non_null(message);
        assert_true(message[0] != '\0');
        e->is_error = 1;
        e->body = NULL;
        e->len = 0;
        return;
    }
    assert_int_equal(kind, DLS_RPC_FRAME_BODY);
    assert_non_null(body);
    assert_int_equal(body[len], '\0'); /* the reader NUL-terminates the body */
    e->is_error = 0;
    e->body = malloc(len + 1);
    assert_non_null(e->body);
    memcpy(e->body, body, len + 1);
    e->len = len;
}

static void collector_clear(collector *c) {
    for (size_t i = 0; i < c->n; i++)
        free(c->ev[i].body);
    c->n = 0;
}

/* Expected events are written as strings: "E" for a framing error, "B:<body>" for a body. */
static void assert_events(const collector *c, const char *const *expected, size_t n) {
    assert_int_equal(c->n, n);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(expected[i], "E") == 0) {
            assert_true(c->ev[i].is_error);
            continue;
        }
        assert_false(c->ev[i].is_error);
        assert_int_equal(c->ev[i].len, strlen(expected[i] + 2));
        assert_memory_equal(c->ev[i].body, expected[i] + 2, c->ev[i].len);
    }
}

/* Feeds s[0..n) cut at the given (increasing) offsets and checks the events and that nothing is
 * left over in the reader. */
static void run_split(const char *s, size_t n, const size_t *cuts, size_t ncuts,
                      const char *const *expected, size_t nexp) {
    dls_rpc_reader r;
    collector c = {.n = 0};
    size_t from = 0;
    dls_rpc_reader_init(&r);
    for (size_t i = 0; i <= ncuts; i++) {
        size_t to = i < ncuts ? cuts[i] : n;
        dls_rpc_reader_feed(&r, s + from, to - from, collect, &c);
        from = to;
    }
    assert_events(&c, expected, nexp);
    collector_clear(&c);
    dls_rpc_reader_free(&r);
}

/* Checks a stream fed whole, byte by byte, and cut in two at every offset (and in three at every
 * pair of offsets when it is short). */
static void check_stream(const char *s, size_t n, const char *const *expected, size_t nexp) {
    dls_rpc_reader r;
    collector c = {.n = 0};
    run_split(s, n, NULL, 0, expected, nexp);

    dls_rpc_reader_init(&r);
    for (size_t i = 0; i < n; i++)
        dls_rpc_reader_feed(&r, s + i, 1, collect, &c);
    assert_events(&c, expected, nexp);
    collector_clear(&c);
    dls_rpc_reader_free(&r);

    for (size_t i = 0; i <= n; i++) {
        size_t cut[1] = {i};
        run_split(s, n, cut, 1, expected, nexp);
    }
    if (n > 160)
        return;
    for (size_t i = 0; i <= n; i++) {
        for (size_t j = i; j <= n; j++) {
            size_t cuts[2] = {i, j};
            run_split(s, n, cuts, 2, expected, nexp);
        }
    }
}

#define CHECK_STREAM(s, ...)                                                                       \
    do {                                                                                           \
        const char *const exp_[] = {__VA_ARGS__};                                                  \
        check_stream((s), strlen(s), exp_, sizeof exp_ / sizeof exp_[0]);                          \
    } while (0)

/* Appends to out a frame: header (a printf format taking the body length as %zu) then body. */
static void add_frame(char *out, size_t cap, const char *header, const char *body) {
    size_t used = strlen(out);
    int n = snprintf(out + used, cap - used, header, strlen(body));
    assert_true(n > 0 && (size_t)n < cap - used);
    assert_true(strlen(out) + strlen(body) < cap);
    strcat(out, body);
}

#define GOOD "Content-Length: 2\r\n\r\n{}"

/* ---- framing ----------------------------------------------------------------------------------
 */

static void test_multi_message_every_split(void **state) {
    (void)state;
    const char *b1 = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}";
    const char *b2 = "{\"method\":\"x\",\"params\":{\"text\":\"h\xc3\xa9llo \xf0\x9f\x98\x80 "
                     "Content-Length: 3\\r\\n\\r\\n\"}}";
    char s[1024] = "";
    add_frame(s, sizeof s, "Content-Length: %zu\r\n\r\n", b1);
    add_frame(
        s, sizeof s,
        "content-type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: %zu\r\n\r\n",
        b2);
    add_frame(s, sizeof s, "CONTENT-LENGTH: %zu\n\n", "{}");
    add_frame(s, sizeof s, "Content-Length:%zu\r\nX-Custom: yes\r\n\r\n", "[]");
    add_frame(s, sizeof s, "Content-Length: %zu\r\n\r\n", "");
    char e1[256], e2[256];
    snprintf(e1, sizeof e1, "B:%s", b1);
    snprintf(e2, sizeof e2, "B:%s", b2);
    const char *const expected[] = {e1, e2, "B:{}", "B:[]", "B:"};
    check_stream(s, strlen(s), expected, 5);
}

static void test_short_stream_three_way_splits(void **state) {
    (void)state;
    /* Short enough for check_stream to try every 3-way split too. */
    CHECK_STREAM("Content-Length: 2\r\n\r\n{}Content-Length: 3\r\n\r\n[1]content-length:1\n\n7",
                 "B:{}", "B:[1]", "B:7");
}

static void test_header_names_any_case(void **state) {
    (void)state;
    CHECK_STREAM("content-length: 2\r\n\r\n{}", "B:{}");
    CHECK_STREAM("CONTENT-LENGTH: 2\r\n\r\n{}", "B:{}");
    CHECK_STREAM("cOnTeNt-LeNgTh: 2\r\n\r\n{}", "B:{}");
    CHECK_STREAM("CoNtEnT-tYpE: application/vscode-jsonrpc; CHARSET=UTF-8\r\n"
                 "Content-Length: 2\r\n\r\n{}",
                 "B:{}");
}

static void test_content_type(void **state) {
    (void)state;
    CHECK_STREAM("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n"
                 "Content-Length: 2\r\n\r\n{}",
                 "B:{}");
    CHECK_STREAM("Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf8\r\n"
                 "\r\n{}",
                 "B:{}");
    CHECK_STREAM("Content-Length: 2\r\nContent-Type: application/json; charset=\"utf-8\"\r\n\r\n{}",
                 "B:{}");
    CHECK_STREAM("Content-Length: 2\r\nContent-Type: application/json\r\n\r\n{}", "B:{}");
    /* A charset that is not UTF-8: the frame is rejected and its body skipped. */
    CHECK_STREAM("Content-Length: 2\r\nContent-Type: text/plain; charset=utf-16\r\n\r\n[]" GOOD,
                 "E", "B:{}");
}

static void test_header_details(void **state) {
    (void)state;
    CHECK_STREAM("Content-Length:    2   \r\n\r\n{}", "B:{}");
    CHECK_STREAM("Content-Length:\t2\r\n\r\n{}", "B:{}");
    CHECK_STREAM("X-Unknown: whatever: really\r\nContent-Length: 2\r\n\r\n{}", "B:{}");
    CHECK_STREAM("Content-Length: 2\nX-Other: 1\n\n{}", "B:{}");
    CHECK_STREAM("Content-Length: 2\r\n\n{}", "B:{}");
    CHECK_STREAM("Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}", "B:{}");
    CHECK_STREAM("Content-Length: 0\r\n\r\n" GOOD, "B:", "B:{}");
    CHECK_STREAM("Content-Length: 00002\r\n\r\n{}", "B:{}");
}

static void test_missing_content_length(void **state) {
    (void)state;
    CHECK_STREAM("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\"a\":1}" GOOD,
                 "E", "B:{}");
    CHECK_STREAM("X-Foo: 1\r\n\r\n" GOOD, "E", "B:{}");
    /* An empty header block. */
    CHECK_STREAM("\r\n" GOOD, "E", "B:{}");
}

static void test_bad_content_length(void **state) {
    (void)state;
    CHECK_STREAM("Content-Length: -5\r\n\r\n{\"a\":1}" GOOD, "E", "B:{}");
    CHECK_STREAM("Content-Length: -0\r\n\r\n" GOOD, "E", "B:{}");
    CHECK_STREAM("Content-Length: +2\r\n\r\n{}" GOOD, "E", "B:{}");
    CHECK_STREAM("Content-Length: abc\r\n\r\n{\"a\":1}" GOOD, "E", "B:{}");
    CHECK_STREAM("Content-Length: 12abc\r\n\r\n{\"a\":1}" GOOD, "E", "B:{}");
    CHECK_STREAM("Content-Length: 1 2\r\n\r\n{\"a\":1}" GOOD, "E", "B:{}");
    CHECK_STREAM("Content-Length: 0x10\r\n\r\n{\"a\":1}" GOOD, "E", "B:{}");
    CHECK_STREAM("Content-Length:\r\n\r\n{\"a\":1}" GOOD, "E", "B:{}");
    /* Too large to represent: like a non-number. */
    CHECK_STREAM("Content-Length: 99999999999999999999999999999\r\n\r\n{\"a\":1}" GOOD, "E",
                 "B:{}");
    CHECK_STREAM("Content-Length: 18446744073709551616\r\n\r\n{}" GOOD, "E", "B:{}");
    /* Conflicting lengths: rejected, and the block's lengths are not read again. */
    CHECK_STREAM("Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}x" GOOD, "E", "B:{}");
}

static void test_garbage_before_header(void **state) {
    (void)state;
    CHECK_STREAM("xyz\x01\xff garbage" GOOD, "E", "B:{}");
    CHECK_STREAM("junk\r\n" GOOD, "E", "B:{}");
    CHECK_STREAM("}}" GOOD, "E", "B:{}");
    CHECK_STREAM("junkContent-Length: 2\r\n\r\n{}", "E", "B:{}");
    CHECK_STREAM("\r\n\r\n" GOOD GOOD, "E", "B:{}", "B:{}");
    CHECK_STREAM(GOOD "\n" GOOD, "B:{}", "E", "B:{}");
    /* Nothing that looks like a header ever comes: one error, nothing delivered. */
    CHECK_STREAM("no header here at all, just text", "E");
}

static void test_malformed_line_in_block(void **state) {
    (void)state;
    /* The block has a usable length: its body is skipped. */
    CHECK_STREAM("Content-Length: 2\r\nno colon here\r\n\r\n[]" GOOD, "E", "B:{}");
    CHECK_STREAM("Content-Length: 2\r\nBad Name: x\r\n\r\n[]" GOOD, "E", "B:{}");
    CHECK_STREAM("Content-Length: 2\r\n: empty name\r\n\r\n[]" GOOD, "E", "B:{}");
}

static void test_incomplete(void **state) {
    (void)state;
    const char *const none[] = {NULL};
    const char *partial[] = {"Content-Length: 10\r\n\r\n",
                             "Content-Length: 10\r\n\r\n{\"a\":", "Content-Len",
                             "Content-Length: 2\r\n", "Content-Length: 2\r\n\r"};
    for (size_t i = 0; i < sizeof partial / sizeof partial[0]; i++)
        check_stream(partial[i], strlen(partial[i]), none, 0);

    /* The rest arrives later: the frame is delivered then. */
    dls_rpc_reader r;
    collector c = {.n = 0};
    dls_rpc_reader_init(&r);
    dls_rpc_reader_feed(&r, "Content-Length: 7\r\n\r\n{\"a\"", 25, collect, &c);
    assert_int_equal(c.n, 0);
    dls_rpc_reader_feed(&r, ":1}", 3, collect, &c);
    const char *const expected[] = {"B:{\"a\":1}"};
    assert_events(&c, expected, 1);
    assert_int_equal(r.len, 0);
    collector_clear(&c);
    dls_rpc_reader_free(&r);
}

static void test_oversized_length_resyncs(void **state) {
    (void)state;
    /* A length past the limit is corrupt: the reader reports it and resyncs at the next header,
     * whatever bytes stand between, in one chunk or many. */
    size_t filler_len = 1024 * 1024;
    char *s = malloc(filler_len + 512);
    assert_non_null(s);
    int hl = snprintf(s, 128, "Content-Length: %zu\r\n\r\n", DLS_RPC_MAX_BODY + 1);
    memset(s + hl, 'x', filler_len);
    strcpy(s + hl + filler_len, GOOD);
    const char *const expected[] = {"E", "B:{}"};
    dls_rpc_reader r;
    collector c = {.n = 0};
    dls_rpc_reader_init(&r);
    size_t n = strlen(s);
    for (size_t pos = 0; pos < n; pos += 4096)
        dls_rpc_reader_feed(&r, s + pos, n - pos < 4096 ? n - pos : 4096, collect, &c);
    assert_events(&c, expected, 2);
    collector_clear(&c);
    dls_rpc_reader_free(&r);
    free(s);
}

static void test_oversized_then_frame_same_chunk(void **state) {
    (void)state;
    char s[256];
    snprintf(s, sizeof s, "Content-Length: %zu\r\n\r\n", DLS_RPC_MAX_BODY + 1);
    const char *const expected[] = {"E", "B:{}"};
    size_t n = strlen(s);
    memcpy(s + n, GOOD, strlen(GOOD) + 1);
    run_split(s, strlen(s), NULL, 0, expected, 2);
}

static void test_header_too_long(void **state) {
    (void)state;
    size_t pad = 9000;
    size_t cap = pad + 256;
    char *s = malloc(cap);
    assert_non_null(s);
    strcpy(s, "X-Pad: ");
    memset(s + 7, 'a', pad);
    s[7 + pad] = '\0';
    strcat(s, "\r\n\r\n" GOOD);
    const char *const expected[] = {"E", "B:{}"};
    check_stream(s, strlen(s), expected, 2);
    free(s);
}

static void test_large_body_random_chunks(void **state) {
    (void)state;
    size_t body_len = 3 * 1024 * 1024;
    char *body = malloc(body_len + 1);
    assert_non_null(body);
    body[0] = '"';
    for (size_t i = 1; i + 1 < body_len; i++)
        body[i] = (char)('a' + i % 26);
    body[body_len - 1] = '"';
    body[body_len] = '\0';
    size_t cap = body_len + 256;
    char *s = malloc(cap);
    assert_non_null(s);
    s[0] = '\0';
    add_frame(s, cap, "Content-Length: %zu\r\n\r\n", body);
    strcat(s, GOOD);
    size_t n = strlen(s);

    dls_rpc_reader r;
    collector c = {.n = 0};
    dls_rpc_reader_init(&r);
    unsigned seed = 12345;
    for (size_t pos = 0; pos < n;) {
        seed = seed * 1103515245u + 12345u;
        size_t k = 1 + (seed >> 8) % 70000;
        if (k > n - pos)
            k = n - pos;
        dls_rpc_reader_feed(&r, s + pos, k, collect, &c);
        pos += k;
    }
    assert_int_equal(c.n, 2);
    assert_false(c.ev[0].is_error);
    assert_int_equal(c.ev[0].len, body_len);
    assert_memory_equal(c.ev[0].body, body, body_len);
    assert_string_equal(c.ev[1].body, "{}");
    assert_int_equal(r.len, 0);
    assert_true(r.cap < 1024 * 1024); /* a big idle buffer is given back */
    collector_clear(&c);
    dls_rpc_reader_free(&r);
    free(s);
    free(body);
}

static void test_feed_edge_arguments(void **state) {
    (void)state;
    dls_rpc_reader r;
    collector c = {.n = 0};
    dls_rpc_reader_init(&r);
    dls_rpc_reader_feed(&r, NULL, 10, collect, &c);
    dls_rpc_reader_feed(&r, "", 0, collect, &c);
    dls_rpc_reader_feed(&r, GOOD, strlen(GOOD), NULL, NULL); /* no callback: consumed silently */
    assert_int_equal(r.len, 0);
    dls_rpc_reader_feed(&r, GOOD, strlen(GOOD), collect, &c);
    assert_int_equal(c.n, 1);
    collector_clear(&c);
    dls_rpc_reader_free(&r);
    dls_rpc_reader_free(&r); /* twice is harmless */
    dls_rpc_reader_free(NULL);
    dls_rpc_reader_init(NULL);
    dls_rpc_reader_feed(NULL, GOOD, 3, collect, &c);
}

/* Two collectors saw the same events. */
static void assert_same_events(const collector *a, const collector *b) {
    assert_int_equal(a->n, b->n);
    for (size_t i = 0; i < a->n; i++) {
        assert_int_equal(a->ev[i].is_error, b->ev[i].is_error);
        assert_int_equal(a->ev[i].len, b->ev[i].len);
        if (a->ev[i].len > 0)
            assert_memory_equal(a->ev[i].body, b->ev[i].body, a->ev[i].len);
    }
}

static unsigned next_random(unsigned *seed) {
    *seed = *seed * 1103515245u + 12345u;
    return *seed >> 8;
}

/* Random streams made of header-like fragments, bodies and junk: whatever they hold, the reader
 * hands out the same events however the stream is chunked, and never crashes. */
static void test_random_streams_chunking_independent(void **state) {
    (void)state;
    static const char *const parts[] = {
        "Content-Length: ",
        "content-length:",
        "Content-Type: a; charset=utf-8",
        "; charset=x",
        "0",
        "1",
        "2",
        "7",
        "12",
        "-",
        "99999999999999999999",
        "\r\n",
        "\r",
        "\n",
        ":",
        " ",
        "{}",
        "[1]",
        "{\"a\":\"\xc3\xa9\"}",
        "X-H: v",
        "\xff",
        "\x00",
        "Content-Len",
        "Content-Length: 2\r\n\r\n{}",
        "\r\n\r\n",
    };
    const size_t nparts = sizeof parts / sizeof parts[0];
    unsigned seed = 2024;
    char s[512];
    for (int round = 0; round < 3000; round++) {
        size_t n = 0, count = 1 + next_random(&seed) % 24;
        for (size_t k = 0; k < count; k++) {
            const char *part = parts[next_random(&seed) % nparts];
            size_t pl = strcmp(part, "\x00") == 0 ? 1 : strlen(part);
            if (n + pl > sizeof s)
                break;
            memcpy(s + n, part, pl);
            n += pl;
        }
        collector whole = {.n = 0}, bytes = {.n = 0}, chunks = {.n = 0};
        dls_rpc_reader a, b, c;
        dls_rpc_reader_init(&a);
        dls_rpc_reader_init(&b);
        dls_rpc_reader_init(&c);
        dls_rpc_reader_feed(&a, s, n, collect, &whole);
        for (size_t i = 0; i < n; i++)
            dls_rpc_reader_feed(&b, s + i, 1, collect, &bytes);
        for (size_t i = 0; i < n;) {
            size_t k = 1 + next_random(&seed) % 16;
            k = k < n - i ? k : n - i;
            dls_rpc_reader_feed(&c, s + i, k, collect, &chunks);
            i += k;
        }
        assert_same_events(&whole, &bytes);
        assert_same_events(&whole, &chunks);
        collector_clear(&whole);
        collector_clear(&bytes);
        collector_clear(&chunks);
        dls_rpc_reader_free(&a);
        dls_rpc_reader_free(&b);
        dls_rpc_reader_free(&c);
    }
}

/* ---- writer -----------------------------------------------------------------------------------
 */

static void test_frame_writer(void **state) {
    (void)state;
    json_t *msg = json_pack("{s:s, s:i, s:s}", "jsonrpc", "2.0", "id", 1, "text", "h\xc3\xa9");
    size_t len = 0;
    char *out = dls_rpc_frame(msg, &len);
    const char *expected = "Content-Length: 37\r\n\r\n"
                           "{\"jsonrpc\":\"2.0\",\"id\":1,\"text\":\"h\xc3\xa9\"}";
    assert_non_null(out);
    assert_int_equal(len, strlen(expected));
    assert_string_equal(out, expected);

    /* What the writer produces, the reader reads back. */
    dls_rpc_reader r;
    collector c = {.n = 0};
    dls_rpc_reader_init(&r);
    dls_rpc_reader_feed(&r, out, len, collect, &c);
    assert_int_equal(c.n, 1);
    json_t *back = dls_rpc_parse(c.ev[0].body, c.ev[0].len, NULL, 0);
    assert_true(json_equal(back, msg));
    json_decref(back);
    collector_clear(&c);
    dls_rpc_reader_free(&r);
    free(out);
    json_decref(msg);

    assert_null(dls_rpc_frame(NULL, &len));
    assert_int_equal(len, 0);
    json_t *scalar = json_integer(5);
    out = dls_rpc_frame(scalar, NULL);
    assert_string_equal(out, "Content-Length: 1\r\n\r\n5");
    free(out);
    json_decref(scalar);
}

/* ---- classify ---------------------------------------------------------------------------------
 */

static dls_rpc_msg_kind classify_text(const char *text, const char **why) {
    json_t *msg = dls_rpc_parse(text, strlen(text), NULL, 0);
    assert_non_null(msg);
    dls_rpc_msg_kind kind = dls_rpc_classify(msg, why);
    json_decref(msg);
    return kind;
}

static void test_classify(void **state) {
    (void)state;
    static const struct {
        const char *text;
        dls_rpc_msg_kind kind;
    } cases[] = {
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}",
         DLS_RPC_MSG_REQUEST},
        {"{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"shutdown\"}", DLS_RPC_MSG_REQUEST},
        {"{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"m\",\"params\":[1,2]}", DLS_RPC_MSG_REQUEST},
        {"{\"jsonrpc\":\"2.0\",\"id\":-7,\"method\":\"m\",\"params\":null}", DLS_RPC_MSG_REQUEST},
        {"{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}",
         DLS_RPC_MSG_NOTIFICATION},
        {"{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}", DLS_RPC_MSG_NOTIFICATION},
        {"{\"method\":\"exit\",\"jsonrpc\":\"2.0\",\"params\":null}", DLS_RPC_MSG_NOTIFICATION},
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":null}", DLS_RPC_MSG_RESPONSE},
        {"{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"result\":{\"a\":1}}", DLS_RPC_MSG_RESPONSE},
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32601,\"message\":\"no\"}}",
         DLS_RPC_MSG_RESPONSE},
        {"{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"bad\"}}",
         DLS_RPC_MSG_RESPONSE},
        /* invalid */
        {"[{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}]", DLS_RPC_MSG_INVALID},
        {"[]", DLS_RPC_MSG_INVALID},
        {"5", DLS_RPC_MSG_INVALID},
        {"\"text\"", DLS_RPC_MSG_INVALID},
        {"null", DLS_RPC_MSG_INVALID},
        {"true", DLS_RPC_MSG_INVALID},
        {"{}", DLS_RPC_MSG_INVALID},
        {"{\"id\":1,\"method\":\"m\"}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"m\"}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":2.0,\"id\":1,\"method\":\"m\"}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0 \",\"id\":1,\"method\":\"m\"}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"m\"}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"id\":false,\"result\":1}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"m\"}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"m\"}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"m\"}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"id\":[1],\"result\":1}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":\"a string\"}",
         DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"method\":\"m\",\"params\":5}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"method\":\"m\",\"params\":true}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":5}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"method\":null}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"params\":{}}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"id\":1}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":1,\"error\":{\"code\":1,\"message\":\"m\"}}",
         DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":\"oops\"}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"message\":\"no code\"}}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":\"1\",\"message\":\"m\"}}",
         DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":1}}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":1}", DLS_RPC_MSG_INVALID},
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"result\":1}", DLS_RPC_MSG_INVALID},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *why = "unset";
        dls_rpc_msg_kind kind = classify_text(cases[i].text, &why);
        if (kind != cases[i].kind)
            print_error("case %zu: %s\n", i, cases[i].text);
        assert_int_equal(kind, cases[i].kind);
        if (kind == DLS_RPC_MSG_INVALID) {
            assert_non_null(why);
            assert_true(why[0] != '\0');
        } else {
            assert_null(why);
        }
        /* why may be NULL */
        assert_int_equal(classify_text(cases[i].text, NULL), cases[i].kind);
    }
    const char *why = NULL;
    assert_int_equal(dls_rpc_classify(NULL, &why), DLS_RPC_MSG_INVALID);
    assert_non_null(why);
}

/* ---- parse ------------------------------------------------------------------------------------
 */

static void test_parse(void **state) {
    (void)state;
    char err[128];
    json_t *v = dls_rpc_parse("{\"a\":[1,2]}", 11, err, sizeof err);
    assert_non_null(v);
    assert_int_equal(json_array_size(json_object_get(v, "a")), 2);
    assert_string_equal(err, "");
    json_decref(v);

    /* Only len bytes are read. */
    v = dls_rpc_parse("{}garbage", 2, err, sizeof err);
    assert_true(json_is_object(v));
    json_decref(v);

    /* Any JSON value parses; classify rejects what is not a message. */
    v = dls_rpc_parse("5", 1, err, sizeof err);
    assert_true(json_is_integer(v));
    json_decref(v);

    const char *bad[] = {"", "{", "{\"a\":}", "{\"a\":1}}", "\xff", "{\"a\":\"\xc3\"}", "nul"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        strcpy(err, "");
        assert_null(dls_rpc_parse(bad[i], strlen(bad[i]), err, sizeof err));
        assert_true(strlen(err) > 0);
    }
    /* A NUL character in a string is kept (a document may hold one); a lone UTF-16 surrogate,
     * which editors write as an escape, becomes U+FFFD (one UTF-16 unit too); a pair stays. */
    const char *nul = "{\"a\":\"x\\u0000y\"}";
    v = dls_rpc_parse(nul, strlen(nul), err, sizeof err);
    assert_non_null(v);
    assert_int_equal(json_string_length(json_object_get(v, "a")), 3);
    json_decref(v);
    const char *lone = "{\"a\":\"\\ud800|\\udc00|\\\\ud800|\\ud83d\\ude00\"}";
    v = dls_rpc_parse(lone, strlen(lone), err, sizeof err);
    assert_non_null(v);
    assert_string_equal(json_string_value(json_object_get(v, "a")),
                        "\xef\xbf\xbd|\xef\xbf\xbd|\\ud800|\xf0\x9f\x98\x80");
    json_decref(v);
    /* A request refused for a number out of range still has its id; other bodies have none. */
    const char *big = "{\"id\":7,\"method\":\"m\",\"params\":{\"line\":1180591620717411303424}}";
    assert_null(dls_rpc_parse(big, strlen(big), err, sizeof err));
    json_t *id = dls_rpc_id_of_unparsable(big, strlen(big));
    assert_true(json_is_number(id) && json_number_value(id) == 7);
    json_decref(id);
    assert_null(dls_rpc_id_of_unparsable("{", 1));
    assert_null(dls_rpc_id_of_unparsable("{\"id\":1}", 8));
    assert_null(dls_rpc_id_of_unparsable(NULL, 0));
    assert_null(dls_rpc_parse(NULL, 5, err, sizeof err));
    assert_null(dls_rpc_parse("{", 1, NULL, 0));
    char tiny[1] = {'x'};
    assert_null(dls_rpc_parse("{", 1, tiny, sizeof tiny));
    assert_int_equal(tiny[0], '\0');

    /* Deep nesting is refused, not a stack overflow. */
    size_t depth = 100000;
    char *deep = malloc(depth * 2);
    assert_non_null(deep);
    memset(deep, '[', depth);
    memset(deep + depth, ']', depth);
    assert_null(dls_rpc_parse(deep, depth * 2, err, sizeof err));
    free(deep);
}

/* ---- builders ---------------------------------------------------------------------------------
 */

static void assert_dumps(json_t *msg, const char *expected) {
    assert_non_null(msg);
    char *s = json_dumps(msg, JSON_COMPACT);
    assert_non_null(s);
    assert_string_equal(s, expected);
    free(s);
}

static void test_error_builders(void **state) {
    (void)state;
    static const struct {
        int code;
        int expected;
    } codes[] = {
        {DLS_RPC_PARSE_ERROR, -32700},       {DLS_RPC_INVALID_REQUEST, -32600},
        {DLS_RPC_METHOD_NOT_FOUND, -32601},  {DLS_RPC_INVALID_PARAMS, -32602},
        {DLS_RPC_INTERNAL_ERROR, -32603},    {DLS_RPC_SERVER_NOT_INITIALIZED, -32002},
        {DLS_RPC_REQUEST_CANCELLED, -32800},
    };
    json_t *id = json_integer(7);
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        json_t *msg = dls_rpc_error(id, codes[i].code, "why");
        assert_non_null(msg);
        json_t *err = json_object_get(msg, "error");
        assert_int_equal(json_integer_value(json_object_get(err, "code")), codes[i].expected);
        assert_string_equal(json_string_value(json_object_get(err, "message")), "why");
        assert_true(json_equal(json_object_get(msg, "id"), id));
        assert_int_equal(dls_rpc_classify(msg, NULL), DLS_RPC_MSG_RESPONSE);
        json_decref(msg);
    }

    json_t *msg = dls_rpc_error(id, DLS_RPC_METHOD_NOT_FOUND, "no such method");
    assert_dumps(msg, "{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":-32601,"
                      "\"message\":\"no such method\"}}");
    /* The id was copied: changing ours does not change the message. */
    json_integer_set(id, 8);
    assert_int_equal(json_integer_value(json_object_get(msg, "id")), 7);
    json_decref(msg);
    json_decref(id);

    msg = dls_rpc_error(NULL, DLS_RPC_PARSE_ERROR, NULL);
    assert_dumps(msg,
                 "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"\"}}");
    assert_int_equal(dls_rpc_classify(msg, NULL), DLS_RPC_MSG_RESPONSE);
    json_decref(msg);

    /* A message that is not UTF-8 still gives a valid error. */
    json_t *sid = json_string("req-1");
    msg = dls_rpc_error(sid, DLS_RPC_INVALID_PARAMS, "bad \xff name");
    assert_dumps(msg, "{\"jsonrpc\":\"2.0\",\"id\":\"req-1\",\"error\":{\"code\":-32602,"
                      "\"message\":\"bad ? name\"}}");
    json_decref(msg);
    json_decref(sid);
}

static void test_message_builders(void **state) {
    (void)state;
    json_t *id = json_string("a");
    json_t *msg = dls_rpc_response(id, json_pack("{s:b}", "ok", 1));
    assert_dumps(msg, "{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"result\":{\"ok\":true}}");
    assert_int_equal(dls_rpc_classify(msg, NULL), DLS_RPC_MSG_RESPONSE);
    json_decref(msg);

    msg = dls_rpc_response(id, NULL);
    assert_dumps(msg, "{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"result\":null}");
    assert_int_equal(dls_rpc_classify(msg, NULL), DLS_RPC_MSG_RESPONSE);
    json_decref(msg);
    json_decref(id);

    msg = dls_rpc_notification("textDocument/publishDiagnostics",
                               json_pack("{s:s,s:[]}", "uri", "file:///x.c", "diagnostics"));
    assert_dumps(msg, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/publishDiagnostics\","
                      "\"params\":{\"uri\":\"file:///x.c\",\"diagnostics\":[]}}");
    assert_int_equal(dls_rpc_classify(msg, NULL), DLS_RPC_MSG_NOTIFICATION);
    json_decref(msg);

    msg = dls_rpc_notification("exit", NULL);
    assert_dumps(msg, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
    json_decref(msg);

    msg = dls_rpc_request(42, "workspace/configuration", json_pack("{s:[]}", "items"));
    assert_dumps(msg, "{\"jsonrpc\":\"2.0\",\"id\":42,\"method\":\"workspace/configuration\","
                      "\"params\":{\"items\":[]}}");
    assert_int_equal(dls_rpc_classify(msg, NULL), DLS_RPC_MSG_REQUEST);
    json_decref(msg);

    msg = dls_rpc_request(1, "shutdown", NULL);
    assert_dumps(msg, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}");
    json_decref(msg);

    /* No method: NULL, and the stolen params are released (valgrind checks). */
    assert_null(dls_rpc_notification(NULL, json_object()));
    assert_null(dls_rpc_request(1, NULL, json_array()));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_multi_message_every_split),
        cmocka_unit_test(test_short_stream_three_way_splits),
        cmocka_unit_test(test_header_names_any_case),
        cmocka_unit_test(test_content_type),
        cmocka_unit_test(test_header_details),
        cmocka_unit_test(test_missing_content_length),
        cmocka_unit_test(test_bad_content_length),
        cmocka_unit_test(test_garbage_before_header),
        cmocka_unit_test(test_malformed_line_in_block),
        cmocka_unit_test(test_incomplete),
        cmocka_unit_test(test_oversized_length_resyncs),
        cmocka_unit_test(test_oversized_then_frame_same_chunk),
        cmocka_unit_test(test_header_too_long),
        cmocka_unit_test(test_large_body_random_chunks),
        cmocka_unit_test(test_feed_edge_arguments),
        cmocka_unit_test(test_random_streams_chunking_independent),
        cmocka_unit_test(test_frame_writer),
        cmocka_unit_test(test_classify),
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_error_builders),
        cmocka_unit_test(test_message_builders),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
