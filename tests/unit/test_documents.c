/*
 * test_documents.c - the open-document store: open, re-open, incremental and full changes applied
 * in order (UTF-16 and UTF-8 positions), lookups by URI and path, close.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "documents.h"

static dls_position pos(unsigned line, unsigned ch) {
    return (dls_position){line, ch};
}

static void test_edits_in_order(void **state) {
    (void)state;
    dls_docs docs = {0};
    const char *text = "NTSTATUS DriverEntry(void)\r\n{\r\n    return 0;\r\n}\r\n";
    dls_doc *d = dls_doc_open(&docs, "file:///d/x.c", "/d/x.c", 1, text, strlen(text));
    /* replace "0" with "STATUS_SUCCESS", then insert a line before return */
    dls_doc_change(d, 1, pos(2, 11), pos(2, 12), "STATUS_SUCCESS", 14, DLS_ENC_UTF16);
    dls_doc_change(d, 1, pos(2, 0), pos(2, 0), "    PAGED_CODE();\r\n", 19, DLS_ENC_UTF16);
    assert_string_equal(d->text.data, "NTSTATUS DriverEntry(void)\r\n{\r\n    PAGED_CODE();\r\n"
                                      "    return STATUS_SUCCESS;\r\n}\r\n");
    /* delete across lines */
    dls_doc_change(d, 1, pos(1, 1), pos(3, 4), "", 0, DLS_ENC_UTF16);
    assert_string_equal(d->text.data,
                        "NTSTATUS DriverEntry(void)\r\n{return STATUS_SUCCESS;\r\n}\r\n");
    assert_int_equal(d->text.len, strlen(d->text.data));
    dls_docs_free(&docs);
}

static void test_non_ascii_positions(void **state) {
    (void)state;
    dls_docs docs = {0};
    /* "é" is 2 bytes / 1 UTF-16 unit; U+1F600 is 4 bytes / 2 units */
    const char *text = "// é \xF0\x9F\x98\x80 x\n";
    dls_doc *d = dls_doc_open(&docs, "file:///d/y.c", "/d/y.c", 1, text, strlen(text));
    dls_doc_change(d, 1, pos(0, 8), pos(0, 9), "y", 1, DLS_ENC_UTF16);
    assert_string_equal(d->text.data, "// é \xF0\x9F\x98\x80 y\n");
    dls_doc_change(d, 1, pos(0, 11), pos(0, 12), "z", 1, DLS_ENC_UTF8);
    assert_string_equal(d->text.data, "// é \xF0\x9F\x98\x80 z\n");
    dls_docs_free(&docs);
}

static void test_open_find_close(void **state) {
    (void)state;
    dls_docs docs = {0};
    dls_doc_open(&docs, "file:///a.c", "/a.c", 1, "a", 1);
    dls_doc_open(&docs, "file:///b.c", "/b.c", 1, "b", 1);
    dls_doc *again = dls_doc_open(&docs, "file:///a.c", "/a.c", 7, "aa", 2);
    assert_int_equal(docs.count, 2);
    assert_int_equal(again->version, 7);
    assert_ptr_equal(dls_doc_find_path(&docs, "/a.c"), again);
    dls_doc_change(again, 0, pos(0, 0), pos(0, 0), "full", 4, DLS_ENC_UTF16);
    assert_string_equal(again->text.data, "full");
    dls_doc_close(&docs, "file:///a.c");
    assert_null(dls_doc_find(&docs, "file:///a.c"));
    assert_non_null(dls_doc_find(&docs, "file:///b.c"));
    dls_doc_close(&docs, "file:///nope.c");
    assert_int_equal(docs.count, 1);
    dls_docs_free(&docs);
}

static dls_finding *add_at(dls_findings *list, const char *file, unsigned begin, unsigned end) {
    dls_finding *f = dls_findings_add(list);
    f->rule = "workitem-leak";
    f->range.file = dls_xstrdup(file);
    f->range.begin = begin;
    f->range.end = end;
    f->message = dls_xstrdup("m");
    return f;
}

static void test_findings_follow_edits(void **state) {
    (void)state;
    dls_docs docs = {0};
    const char *text = "aaaa\nbbbb\ncccc\n";
    dls_doc *d = dls_doc_open(&docs, "file:///d/z.c", "/d/z.c", 1, text, strlen(text));
    add_at(&d->rules, "/d/z.c", 0, 4);                        /* line 0: before the edit */
    add_at(&d->rules, "/d/z.c", 5, 9);                        /* line 1: overlapped by the edit */
    dls_finding *after = add_at(&d->rules, "/d/z.c", 10, 14); /* line 2: after it */
    dls_fix *fix = dls_finding_add_fix(after, "insert", 1);
    dls_fix_add_edit(fix, "/d/z.c", 15, 15, "x");
    dls_fix_add_edit(fix, "/d/other.c", 3, 3, "y");
    /* "bbbb" -> "BB BB BB" (+4 bytes) */
    dls_doc_change(d, 1, pos(1, 0), pos(1, 4), "BB BB BB", 8, DLS_ENC_UTF16);
    assert_int_equal(d->rules.count, 2);
    assert_int_equal(d->rules.items[0].range.begin, 0);
    assert_int_equal(d->rules.items[1].range.begin, 14);
    assert_int_equal(d->rules.items[1].range.end, 18);
    assert_int_equal(d->rules.items[1].fixes[0].edits[0].begin, 19);
    assert_int_equal(d->rules.items[1].fixes[0].edits[1].begin, 3); /* another file: as it was */
    /* an edit inside the fix's insertion point's line drops that finding */
    dls_doc_change(d, 1, pos(2, 2), pos(3, 0), "", 0, DLS_ENC_UTF16);
    assert_int_equal(d->rules.count, 1);
    /* a full replacement drops everything */
    dls_doc_change(d, 0, pos(0, 0), pos(0, 0), "new", 3, DLS_ENC_UTF16);
    assert_int_equal(d->rules.count, 0);
    dls_docs_free(&docs);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_edits_in_order),
        cmocka_unit_test(test_non_ascii_positions),
        cmocka_unit_test(test_open_find_close),
        cmocka_unit_test(test_findings_follow_edits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
