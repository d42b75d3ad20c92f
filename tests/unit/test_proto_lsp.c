/*
 * test_proto_lsp.c - LSP positions <-> byte offsets in both encodings (a table of hard cases:
 * multi- byte UTF-8, surrogate pairs, CRLF and lone CR, clamping, invalid UTF-8) and incremental
 * edits.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "lsp.h"

#define U16 DLS_ENC_UTF16
#define U8 DLS_ENC_UTF8

/* "a" U+00E9 U+20AC U+1F600 "b": 1 + 2 + 3 + 4 + 1 bytes; UTF-16 units 1, 1, 1, 2, 1. */
#define MIXED                                                                                      \
    "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"                                                        \
    "b"

/* A text given with its length, so it may hold NUL bytes. */
#define T(s) s, sizeof(s) - 1

static const struct {
    const char *text;
    size_t len;
    unsigned line, character;
    dls_pos_encoding enc;
    size_t offset;
} offset_cases[] = {
    /* ASCII, past the end of a line, past the end of the text */
    {T("abc\ndef"), 0, 0, U16, 0},
    {T("abc\ndef"), 0, 3, U16, 3},
    {T("abc\ndef"), 0, 4, U16, 3},
    {T("abc\ndef"), 0, 1000, U8, 3},
    {T("abc\ndef"), 1, 0, U16, 4},
    {T("abc\ndef"), 1, 3, U16, 7},
    {T("abc\ndef"), 1, 99, U16, 7},
    {T("abc\ndef"), 2, 0, U16, 7},
    {T("abc\ndef"), 99, 5, U8, 7},
    {T("abc\ndef"), 4000000000u, 4000000000u, U16, 7},
    {T("x\n"), 1, 0, U16, 2},
    {T("x\n"), 1, 5, U16, 2},
    {T("x\n"), 2, 0, U16, 2},
    /* empty text */
    {T(""), 0, 0, U16, 0},
    {T(""), 0, 5, U8, 0},
    {T(""), 3, 3, U16, 0},
    /* 2-, 3- and 4-byte characters, UTF-16 */
    {T(MIXED), 0, 1, U16, 1},
    {T(MIXED), 0, 2, U16, 3},
    {T(MIXED), 0, 3, U16, 6},
    {T(MIXED), 0, 4, U16, 10}, /* between the two halves of a surrogate pair: rounds forward */
    {T(MIXED), 0, 5, U16, 10},
    {T(MIXED), 0, 6, U16, 11},
    {T(MIXED), 0, 7, U16, 11},
    /* the same in UTF-8 bytes; inside a character rounds forward */
    {T(MIXED), 0, 1, U8, 1},
    {T(MIXED), 0, 2, U8, 3},
    {T(MIXED), 0, 3, U8, 3},
    {T(MIXED), 0, 4, U8, 6},
    {T(MIXED), 0, 5, U8, 6},
    {T(MIXED), 0, 6, U8, 6},
    {T(MIXED), 0, 7, U8, 10},
    {T(MIXED), 0, 9, U8, 10},
    {T(MIXED), 0, 10, U8, 10},
    {T(MIXED), 0, 11, U8, 11},
    {T(MIXED), 0, 12, U8, 11},
    /* a surrogate pair right before a line break */
    {T("\xf0\x9f\x98\x80\nz"), 0, 1, U16, 4},
    {T("\xf0\x9f\x98\x80\nz"), 0, 3, U16, 4},
    {T("\xf0\x9f\x98\x80\nz"), 1, 1, U16, 6},
    {T("x\xf0\x9f\x98\x80y\xf0\x9f\x98\x80"), 0, 4, U16, 6},
    {T("x\xf0\x9f\x98\x80y\xf0\x9f\x98\x80"), 0, 5, U16, 10},
    /* CRLF */
    {T("ab\r\ncd\r\n"), 0, 2, U16, 2},
    {T("ab\r\ncd\r\n"), 0, 3, U16, 2},
    {T("ab\r\ncd\r\n"), 0, 9, U8, 2},
    {T("ab\r\ncd\r\n"), 1, 0, U16, 4},
    {T("ab\r\ncd\r\n"), 1, 2, U16, 6},
    {T("ab\r\ncd\r\n"), 1, 3, U16, 6},
    {T("ab\r\ncd\r\n"), 2, 0, U16, 8},
    {T("ab\r\ncd\r\n"), 3, 0, U16, 8},
    /* lone CR, and a \n\r pair (two breaks) */
    {T("a\rb\r\rc"), 0, 5, U16, 1},
    {T("a\rb\r\rc"), 1, 0, U16, 2},
    {T("a\rb\r\rc"), 1, 1, U16, 3},
    {T("a\rb\r\rc"), 2, 0, U16, 4},
    {T("a\rb\r\rc"), 2, 3, U16, 4},
    {T("a\rb\r\rc"), 3, 0, U16, 5},
    {T("a\rb\r\rc"), 3, 1, U16, 6},
    {T("a\rb\r\rc"), 4, 0, U16, 6},
    {T("a\n\rb"), 1, 0, U16, 2},
    {T("a\n\rb"), 1, 7, U16, 2},
    {T("a\n\rb"), 2, 0, U16, 3},
    {T("x\r"), 1, 0, U16, 2},
    /* invalid UTF-8: each bad byte is one unit */
    {T("a\xff\x80"
       "b"),
     0, 1, U16, 1},
    {T("a\xff\x80"
       "b"),
     0, 2, U16, 2},
    {T("a\xff\x80"
       "b"),
     0, 3, U16, 3},
    {T("a\xff\x80"
       "b"),
     0, 3, U8, 3},
    {T("a\xff\x80"
       "b"),
     0, 4, U8, 4},
    {T("\xc0\x80x"), 0, 2, U16, 2},         /* overlong NUL */
    {T("\xe0\x80\xafx"), 0, 3, U16, 3},     /* overlong '/' in three bytes */
    {T("\xe0\xa0\x80x"), 0, 1, U16, 3},     /* U+0800, the first real three-byte one */
    {T("\xf0\x80\x80\xafx"), 0, 2, U16, 2}, /* overlong '/' in four bytes */
    {T("\xf0\x90\x80\x80x"), 0, 2, U16, 4}, /* U+10000, the first real four-byte one */
    {T("\xed\xa0\x80x"), 0, 3, U16, 3},     /* an encoded surrogate */
    {T("\xf4\x90\x80\x80x"), 0, 4, U16, 4}, /* above U+10FFFF */
    {T("\xf8\x88\x80\x80\x80x"), 0, 5, U8, 5},
    /* a sequence cut short, at the end of the text and before other characters */
    {T("ab\xe2\x82"), 0, 3, U16, 3},
    {T("ab\xe2\x82"), 0, 4, U16, 4},
    {T("ab\xe2\x82"), 0, 5, U16, 4},
    {T("ab\xf0\x9f\x98"), 0, 5, U16, 5},
    {T("ab\xf0\x9f\x98"), 0, 3, U8, 3},
    {T("\xf0\x9f\x98x"), 0, 3, U16, 3},
    {T("\xe2\x82\nz"), 0, 5, U16, 2},
    {T("\xe2\x82\nz"), 1, 0, U16, 3},
    {T("\xe2\x82\r\nz"), 1, 1, U8, 5},
    /* a NUL byte is an ordinary character */
    {T("a\0b\nc"), 0, 2, U16, 2},
    {T("a\0b\nc"), 1, 1, U16, 5},
};

static void test_offsets(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof offset_cases / sizeof offset_cases[0]; i++) {
        dls_position pos = {offset_cases[i].line, offset_cases[i].character};
        size_t got =
            dls_lsp_offset(offset_cases[i].text, offset_cases[i].len, pos, offset_cases[i].enc);
        if (got != offset_cases[i].offset)
            print_error("case %zu: (%u,%u) -> %zu, expected %zu\n", i, pos.line, pos.character, got,
                        offset_cases[i].offset);
        assert_int_equal(got, offset_cases[i].offset);
    }
}

static const struct {
    const char *text;
    size_t len;
    size_t offset;
    dls_pos_encoding enc;
    unsigned line, character;
} position_cases[] = {
    {T("abc\ndef"), 0, U16, 0, 0},
    {T("abc\ndef"), 3, U16, 0, 3},
    {T("abc\ndef"), 4, U16, 1, 0},
    {T("abc\ndef"), 7, U16, 1, 3},
    {T("abc\ndef"), 8, U16, 1, 3}, /* past the end: clamped */
    {T("abc\ndef"), (size_t)-1, U8, 1, 3},
    {T("x\n"), 2, U16, 1, 0},
    {T(""), 0, U16, 0, 0},
    {T(""), 5, U8, 0, 0},
    /* multi-byte, UTF-16: inside a character rounds forward */
    {T(MIXED), 1, U16, 0, 1},
    {T(MIXED), 2, U16, 0, 2},
    {T(MIXED), 3, U16, 0, 2},
    {T(MIXED), 4, U16, 0, 3},
    {T(MIXED), 6, U16, 0, 3},
    {T(MIXED), 7, U16, 0, 5},
    {T(MIXED), 9, U16, 0, 5},
    {T(MIXED), 10, U16, 0, 5},
    {T(MIXED), 11, U16, 0, 6},
    {T(MIXED), 12, U16, 0, 6},
    /* UTF-8 */
    {T(MIXED), 2, U8, 0, 3},
    {T(MIXED), 3, U8, 0, 3},
    {T(MIXED), 7, U8, 0, 10},
    {T(MIXED), 10, U8, 0, 10},
    {T(MIXED), 11, U8, 0, 11},
    /* CRLF: the offset of the \n in a \r\n is the end of the line before */
    {T("ab\r\ncd\r\n"), 2, U16, 0, 2},
    {T("ab\r\ncd\r\n"), 3, U16, 0, 2},
    {T("ab\r\ncd\r\n"), 4, U16, 1, 0},
    {T("ab\r\ncd\r\n"), 6, U16, 1, 2},
    {T("ab\r\ncd\r\n"), 7, U16, 1, 2},
    {T("ab\r\ncd\r\n"), 8, U16, 2, 0},
    /* lone CR */
    {T("a\rb\r\rc"), 1, U16, 0, 1},
    {T("a\rb\r\rc"), 2, U16, 1, 0},
    {T("a\rb\r\rc"), 3, U16, 1, 1},
    {T("a\rb\r\rc"), 4, U16, 2, 0},
    {T("a\rb\r\rc"), 5, U16, 3, 0},
    {T("a\rb\r\rc"), 6, U16, 3, 1},
    {T("a\n\rb"), 3, U16, 2, 0},
    {T("x\r"), 2, U16, 1, 0},
    /* invalid UTF-8 */
    {T("a\xff\x80"
       "b"),
     2, U16, 0, 2},
    {T("a\xff\x80"
       "b"),
     4, U16, 0, 4},
    {T("\xed\xa0\x80x"), 4, U16, 0, 4},
    {T("ab\xe2\x82"), 4, U16, 0, 4},
    {T("ab\xf0\x9f\x98"), 5, U16, 0, 5},
    {T("ab\xf0\x9f\x98"), 5, U8, 0, 5},
    {T("\xe2\x82\nz"), 4, U16, 1, 1},
    {T("a\0b\nc"), 5, U16, 1, 1},
};

static void test_positions(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof position_cases / sizeof position_cases[0]; i++) {
        dls_position got = dls_lsp_position(position_cases[i].text, position_cases[i].len,
                                            position_cases[i].offset, position_cases[i].enc);
        if (got.line != position_cases[i].line || got.character != position_cases[i].character)
            print_error("case %zu: %zu -> (%u,%u), expected (%u,%u)\n", i, position_cases[i].offset,
                        got.line, got.character, position_cases[i].line,
                        position_cases[i].character);
        assert_int_equal(got.line, position_cases[i].line);
        assert_int_equal(got.character, position_cases[i].character);
    }
}

static void test_null_text(void **state) {
    (void)state;
    dls_position p = {3, 3};
    assert_int_equal(dls_lsp_offset(NULL, 10, p, U16), 0);
    p = dls_lsp_position(NULL, 10, 5, U8);
    assert_int_equal(p.line, 0);
    assert_int_equal(p.character, 0);
}

/* For every position in a grid, offset() lands on a character boundary that position() maps back
 * to exactly (offset(position(offset(p))) == offset(p)), and offsets grow with positions. */
static void test_round_trips(void **state) {
    (void)state;
    static const struct {
        const char *text;
        size_t len;
    } texts[] = {
        {T(MIXED "\r\n" MIXED "\n\r\xff\xe2\x82"
                 "z\r")},
        {T("int x;\r\n\tchar *s = \"\xc3\xa9\xf0\x9f\x98\x80\";\n\n}")},
        {T("\xf0\x9f\x98\x80\xf0\x9f\x98\x80\r\r\n\n\xc0\xaf\xed\xbf\xbf\xf4\x8f\xbf\xbf")},
        {T("")},
    };
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        for (int enc = U16; enc <= U8; enc++) {
            size_t prev = 0;
            for (unsigned line = 0; line < 8; line++) {
                for (unsigned ch = 0; ch < 20; ch++) {
                    dls_position p = {line, ch};
                    size_t off = dls_lsp_offset(texts[t].text, texts[t].len, p, enc);
                    assert_true(off <= texts[t].len);
                    assert_true(off >= prev);
                    prev = off;
                    dls_position q = dls_lsp_position(texts[t].text, texts[t].len, off, enc);
                    assert_int_equal(dls_lsp_offset(texts[t].text, texts[t].len, q, enc), off);
                }
            }
        }
    }
}

static unsigned next_random(unsigned *seed) {
    *seed = *seed * 1103515245u + 12345u;
    return *seed >> 8;
}

/* Random texts of line breaks, multi-byte characters and broken sequences: the invariants of
 * test_round_trips hold, and an edit changes the length by exactly what it removes and adds. */
static void test_random_texts(void **state) {
    (void)state;
    static const char *const parts[] = {
        "a",    "\r",       "\n",   "\r\n", "\xc3\xa9",     "\xe2\x82\xac", "\xf0\x9f\x98\x80",
        "\xff", "\xf0\x9f", "\xe2", "\x80", "\xed\xa0\x80", "\xc0\xaf",     "\t",
    };
    unsigned seed = 99;
    char s[256];
    for (int round = 0; round < 2000; round++) {
        size_t n = 0, count = next_random(&seed) % 30;
        for (size_t k = 0; k < count; k++) {
            const char *part = parts[next_random(&seed) % (sizeof parts / sizeof parts[0])];
            memcpy(s + n, part, strlen(part));
            n += strlen(part);
        }
        dls_pos_encoding enc = next_random(&seed) % 2 ? U8 : U16;
        dls_position p = {next_random(&seed) % 8, next_random(&seed) % 12};
        dls_position p2 = {next_random(&seed) % 8, next_random(&seed) % 12};
        size_t off = dls_lsp_offset(s, n, p, enc), off2 = dls_lsp_offset(s, n, p2, enc);
        assert_true(off <= n);
        dls_position q = dls_lsp_position(s, n, off, enc);
        assert_int_equal(dls_lsp_offset(s, n, q, enc), off);
        dls_position r = dls_lsp_position(s, n, next_random(&seed) % (n + 3), enc);
        assert_true(dls_lsp_offset(s, n, r, enc) <= n);

        dls_text t = {malloc(n + 1), n};
        assert_non_null(t.data);
        memcpy(t.data, s, n);
        t.data[n] = '\0';
        assert_int_equal(dls_lsp_apply_edit(&t, p, p2, "xy", 2, enc), 0);
        size_t lo = off < off2 ? off : off2, hi = off < off2 ? off2 : off;
        assert_int_equal(t.len, n - (hi - lo) + 2);
        assert_memory_equal(t.data, s, lo);
        assert_memory_equal(t.data + lo, "xy", 2);
        assert_memory_equal(t.data + lo + 2, s + hi, n - hi);
        assert_int_equal(t.data[t.len], '\0');
        free(t.data);
    }
}

/* ---- edits ------------------------------------------------------------------------------------
 */

static dls_text text_of(const char *s) {
    dls_text t;
    t.len = strlen(s);
    t.data = malloc(t.len + 1);
    assert_non_null(t.data);
    memcpy(t.data, s, t.len + 1);
    return t;
}

/* Applies one edit to a copy of before and checks the result. */
static void check_edit(const char *before, unsigned l1, unsigned c1, unsigned l2, unsigned c2,
                       const char *insert, dls_pos_encoding enc, const char *after) {
    dls_text t = text_of(before);
    dls_position start = {l1, c1}, end = {l2, c2};
    assert_int_equal(dls_lsp_apply_edit(&t, start, end, insert, strlen(insert), enc), 0);
    assert_int_equal(t.len, strlen(after));
    assert_string_equal(t.data, after);
    assert_int_equal(t.data[t.len], '\0');
    free(t.data);
}

static void test_edit_basic(void **state) {
    (void)state;
    check_edit("abc", 0, 1, 0, 1, "X", U16, "aXbc");
    check_edit("abc", 0, 0, 0, 0, "X", U16, "Xabc");
    check_edit("abc", 0, 1, 0, 2, "", U16, "ac");
    check_edit("abc", 0, 0, 0, 3, "", U16, "");
    check_edit("abc", 0, 1, 0, 2, "XYZ", U8, "aXYZc");
    /* end before start is swapped */
    check_edit("abc", 0, 2, 0, 1, "", U16, "ac");
    check_edit("ab\ncd", 1, 1, 0, 1, "-", U16, "a-d");
}

static void test_edit_lines(void **state) {
    (void)state;
    check_edit("one\ntwo\nthree", 0, 1, 2, 2, "X", U16, "oXree");
    check_edit("one\ntwo\nthree", 1, 0, 2, 0, "", U16, "one\nthree");
    check_edit("one\ntwo\nthree", 0, 3, 1, 0, " ", U16, "one two\nthree");
    check_edit("one\ntwo\n", 1, 3, 1, 3, "\nnew", U16, "one\ntwo\nnew\n");
    check_edit("a\r\nb", 0, 1, 1, 0, "", U16, "ab");
    check_edit("a\r\nb", 0, 5, 1, 0, "", U16, "ab"); /* past the end of line 0: before the \r */
    check_edit("a\rb\rc", 1, 0, 2, 0, "B\r", U16, "a\rB\rc");
    check_edit("int x;\r\nint y;\r\n", 1, 4, 1, 5, "zz", U16, "int x;\r\nint zz;\r\n");
}

static void test_edit_multibyte(void **state) {
    (void)state;
    /* replace the emoji (2 UTF-16 units, 4 bytes) */
    check_edit("a\xf0\x9f\x98\x80"
               "b",
               0, 1, 0, 3, "\xc3\xa9", U16,
               "a\xc3\xa9"
               "b");
    check_edit("a\xf0\x9f\x98\x80"
               "b",
               0, 1, 0, 5, "\xc3\xa9", U8,
               "a\xc3\xa9"
               "b");
    /* an edge inside the pair rounds forward: the whole emoji stays or goes */
    check_edit("a\xf0\x9f\x98\x80"
               "b",
               0, 2, 0, 2, "X", U16, "a\xf0\x9f\x98\x80Xb");
    check_edit("\xc3\xa9\xc3\xa9", 0, 1, 0, 2, "", U16, "\xc3\xa9");
    check_edit("\xc3\xa9\xc3\xa9", 0, 2, 0, 4, "", U8, "\xc3\xa9");
    check_edit(MIXED, 0, 2, 0, 3, "", U16,
               "a\xc3\xa9\xf0\x9f\x98\x80"
               "b");
    /* invalid bytes are one unit each */
    check_edit("a\xff\xfe"
               "b",
               0, 1, 0, 2, "", U16,
               "a\xfe"
               "b");
}

static void test_edit_at_end(void **state) {
    (void)state;
    check_edit("abc", 0, 3, 0, 3, "\ndef", U16, "abc\ndef");
    check_edit("abc", 5, 0, 5, 0, "!", U16, "abc!");
    check_edit("abc\n", 1, 0, 1, 0, "x", U16, "abc\nx");
    check_edit("abc", 0, 2, 9, 9, "", U16, "ab");
    check_edit("", 0, 0, 0, 0, "hello", U16, "hello");
}

static void test_edit_sequence(void **state) {
    (void)state;
    /* Content changes of one didChange, applied in order, each to the result of the previous. */
    static const struct {
        unsigned l1, c1, l2, c2;
        const char *text;
    } edits[] = {
        {0, 0, 0, 0, "#include <ndis.h>\n"},      {1, 4, 1, 4, "Nic"}, {1, 0, 1, 0, "static "},
        {2, 4, 2, 18, "NdisFreeIoWorkItem(wi);"}, {3, 0, 3, 1, "}\n"}, {0, 10, 0, 14, "wdm"},
    };
    dls_text t = text_of("int Init(void) {\n    return 0;\n}");
    for (size_t i = 0; i < sizeof edits / sizeof edits[0]; i++) {
        dls_position s = {edits[i].l1, edits[i].c1}, e = {edits[i].l2, edits[i].c2};
        assert_int_equal(dls_lsp_apply_edit(&t, s, e, edits[i].text, strlen(edits[i].text), U16),
                         0);
    }
    assert_string_equal(t.data, "#include <wdm.h>\nstatic int NicInit(void) {\n"
                                "    NdisFreeIoWorkItem(wi);\n}\n");
    assert_int_equal(t.len, strlen(t.data));
    free(t.data);
}

static void test_edit_odd_arguments(void **state) {
    (void)state;
    /* A buffer that was never allocated. */
    dls_text t = {NULL, 0};
    dls_position z = {0, 0};
    assert_int_equal(dls_lsp_apply_edit(&t, z, z, "hi", 2, U16), 0);
    assert_string_equal(t.data, "hi");
    /* NULL new text: a deletion. */
    dls_position one = {0, 1};
    assert_int_equal(dls_lsp_apply_edit(&t, z, one, NULL, 5, U16), 0);
    assert_string_equal(t.data, "i");
    /* New text with a NUL in it, counted by text_len. */
    assert_int_equal(dls_lsp_apply_edit(&t, z, z, "a\0b", 3, U16), 0);
    assert_int_equal(t.len, 4);
    assert_memory_equal(t.data, "a\0bi", 5);
    /* New text taken from the buffer itself. */
    assert_int_equal(dls_lsp_apply_edit(&t, z, z, t.data + 2, 2, U16), 0);
    assert_int_equal(t.len, 6);
    assert_memory_equal(t.data, "bia\0bi", 7);
    free(t.data);
    assert_int_equal(dls_lsp_apply_edit(NULL, z, z, "x", 1, U16), -1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_offsets),
        cmocka_unit_test(test_positions),
        cmocka_unit_test(test_null_text),
        cmocka_unit_test(test_round_trips),
        cmocka_unit_test(test_random_texts),
        cmocka_unit_test(test_edit_basic),
        cmocka_unit_test(test_edit_lines),
        cmocka_unit_test(test_edit_multibyte),
        cmocka_unit_test(test_edit_at_end),
        cmocka_unit_test(test_edit_sequence),
        cmocka_unit_test(test_edit_odd_arguments),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
