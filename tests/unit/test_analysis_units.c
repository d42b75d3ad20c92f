/*
 * test_analysis_units.c - translation units: clang's diagnostics as findings (ranges, header error
 * summaries at the #include line), reparse with unsaved buffers, and the LRU cache's contract.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "units.h"

static char dir[256];

static int setup(void **state) {
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/drvls-units-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static char *write_file(const char *name, const char *text) {
    char *path = dls_xasprintf("%s/%s", dir, name);
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
    return path;
}

static void plain_flags(const char *path, dls_flags *f) {
    dls_flags_for_file(path, NULL, f); /* default flags + resource dir */
}

static void test_error_range_and_reparse(void **state) {
    (void)state;
    char *path = write_file("a.c", "int ok;\nint f(void) { return undefined_name; }\n");
    dls_flags f;
    plain_flags(path, &f);
    dls_unit *u = dls_unit_new(path);
    dls_findings out = {0};
    assert_int_equal(dls_unit_parse(u, &f, NULL, 0, &out), 0);
    assert_int_equal(out.count, 1);
    assert_string_equal(out.items[0].rule, "clang");
    assert_int_equal(out.items[0].severity, DLS_SEV_ERROR);
    assert_int_equal(out.items[0].range.line, 2);
    assert_int_equal(out.items[0].range.col, 22);
    assert_int_equal(out.items[0].range.end - out.items[0].range.begin, strlen("undefined_name"));
    dls_findings_clear(&out);

    const char *fixed = "int ok;\nint f(void) { return ok; }\n";
    dls_unsaved buf = {path, fixed, strlen(fixed)};
    assert_int_equal(dls_unit_parse(u, &f, &buf, 1, &out), 0);
    assert_int_equal(out.count, 0);
    assert_non_null(dls_unit_tu(u));
    dls_unit_free(u);
    dls_flags_free(&f);
    free(path);
}

static void test_header_error_summary(void **state) {
    (void)state;
    free(write_file("bad.h", "int broken(;\nint also_broken(;\n"));
    char *path = write_file("b.c", "#include \"ok.h\"\n#include \"bad.h\"\nint x;\n");
    free(write_file("ok.h", "int fine;\n"));
    dls_flags f;
    plain_flags(path, &f);
    dls_unit *u = dls_unit_new(path);
    dls_findings out = {0};
    dls_unit_parse(u, &f, NULL, 0, &out);
    assert_int_equal(out.count, 1); /* one summary for the include line, not one per error */
    assert_int_equal(out.items[0].range.line, 2);
    assert_non_null(strstr(out.items[0].message, "bad.h"));
    dls_findings_clear(&out);
    dls_unit_free(u);
    dls_flags_free(&f);
    free(path);
}

static void test_cache_lru(void **state) {
    (void)state;
    dls_unit_cache *c = dls_unit_cache_new(2);
    dls_unit *a = dls_unit_cache_checkout(c, "/x/a.c");
    assert_non_null(a);
    assert_null(dls_unit_cache_checkout(c, "/x/a.c")); /* one holder at a time */
    dls_unit_cache_checkin(c, a);
    dls_unit_cache_checkin(c, dls_unit_cache_checkout(c, "/x/b.c"));
    dls_unit *held = dls_unit_cache_checkout(c, "/x/c.c");
    /* three units, bound two: the least recently used (a) goes once c is back */
    dls_unit_cache_checkin(c, held);
    assert_int_equal(dls_unit_cache_count(c), 2);
    dls_unit *again = dls_unit_cache_checkout(c, "/x/a.c");
    assert_true(again != NULL);
    dls_unit_cache_drop(c, "/x/a.c"); /* dropped while held: freed at checkin */
    dls_unit_cache_checkin(c, again);
    assert_int_equal(dls_unit_cache_count(c), 2);
    dls_unit_cache_set_max(c, 1);
    assert_int_equal(dls_unit_cache_count(c), 1);
    dls_unit_cache_free(c);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_error_range_and_reparse, setup, teardown),
        cmocka_unit_test_setup_teardown(test_header_error_summary, setup, teardown),
        cmocka_unit_test(test_cache_lru),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
