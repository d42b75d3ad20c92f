/*
 * test_analysis_suppress.c - drvls-ignore comments: on the line or the line above, bare or naming
 * rules, in // and block comments; and the filter over a findings list.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "suppress.h"

static const char *text = "int a;\n"                                      /* 1 */
                          "x = Alloc(); // drvls-ignore\n"                /* 2 */
                          "// drvls-ignore(workitem-leak, other-rule)\n"  /* 3 */
                          "y = Alloc();\n"                                /* 4 */
                          "z = Alloc(); /* drvls-ignore(other-rule) */\n" /* 5 */
                          "w = Alloc(); // drvls-ignored-not-a-tag\n"     /* 6 */
                          "v = Alloc(); // see drvls-ignore below\n";     /* 7 */

static void test_matches(void **state) {
    (void)state;
    size_t n = strlen(text);
    assert_true(dls_suppress_matches(text, n, 2, "workitem-leak"));
    assert_true(dls_suppress_matches(text, n, 3, "anything")); /* line above is line 2 */
    assert_true(dls_suppress_matches(text, n, 4, "workitem-leak"));
    assert_true(dls_suppress_matches(text, n, 4, "other-rule"));
    assert_false(dls_suppress_matches(text, n, 4, "workitem-routine-must-free"));
    assert_true(dls_suppress_matches(text, n, 5, "other-rule"));
    assert_false(dls_suppress_matches(text, n, 5, "workitem-leak"));
    assert_false(dls_suppress_matches(text, n, 6, "workitem-leak"));
    assert_false(dls_suppress_matches(text, n, 7, "workitem-leak"));
    assert_false(dls_suppress_matches(text, n, 1, "workitem-leak"));
    assert_false(dls_suppress_matches(text, n, 99, "workitem-leak"));
}

static const char *text_of(void *ctx, const char *file, size_t *len) {
    (void)ctx;
    if (strcmp(file, "/a.c") != 0)
        return NULL;
    *len = strlen(text);
    return text;
}

static void add(dls_findings *l, const char *file, unsigned line) {
    dls_finding *f = dls_findings_add(l);
    f->rule = "workitem-leak";
    f->range.file = dls_xstrdup(file);
    f->range.line = line;
    f->message = dls_xstrdup("m");
}

static void test_filter(void **state) {
    (void)state;
    dls_findings l = {0};
    add(&l, "/a.c", 1);
    add(&l, "/a.c", 2);
    add(&l, "/b.c", 2); /* another file: its own text decides (unknown here: kept) */
    add(&l, "/a.c", 4);
    add(&l, "/a.c", 6);
    dls_suppress_filter(&l, 1, text_of, NULL);
    assert_int_equal(l.count, 3);
    assert_int_equal(l.items[0].range.line, 1);
    assert_string_equal(l.items[1].range.file, "/b.c");
    assert_int_equal(l.items[2].range.line, 6);
    dls_findings_clear(&l);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_matches),
        cmocka_unit_test(test_filter),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
