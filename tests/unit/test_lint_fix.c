/*
 * test_lint_fix.c - `drvls lint --fix` underneath (lint_fix.h): fixes applied to files on disk
 * through a temporary file and a rename, insertions at one offset kept in order, duplicates
 * applied once, a fix overlapping one already taken skipped whole, a file changed on disk since
 * it was read left alone, and the unified diff of --fix-dry-run.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lint_fix.h"

static char dir[256];

static int setup(void **state) {
    (void)state;
    strcpy(dir, "/tmp/drvls-lintfix-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d)))
        if (e->d_name[0] != '.' || (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))) {
            char *p = dls_xasprintf("%s/%s", dir, e->d_name);
            unlink(p);
            free(p);
        }
    if (d)
        closedir(d);
    rmdir(dir);
    return 0;
}

static char *write_file(const char *name, const char *text) {
    char *path = dls_xasprintf("%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return path;
}

static char *read_back(const char *path) {
    char *text = NULL;
    size_t len = 0;
    assert_int_equal(dls_read_file(path, &text, &len), 0);
    return text;
}

/* Add a finding with one fix made of insertions (file, offset, text) ... ending with NULL. */
static void add_fix(dls_findings *list, const char *title, ...) {
    dls_finding *f = dls_findings_add(list);
    f->rule = "workitem-leak";
    f->message = dls_xstrdup(title);
    dls_fix *fix = dls_finding_add_fix(f, title, 1);
    va_list ap;
    va_start(ap, title);
    for (const char *file = va_arg(ap, const char *); file; file = va_arg(ap, const char *)) {
        unsigned begin = va_arg(ap, unsigned), end = va_arg(ap, unsigned);
        dls_fix_add_edit(fix, file, begin, end, va_arg(ap, const char *));
    }
    va_end(ap);
}

/* Entries of dir that are not a.c / b.c (left-over temporaries). */
static int strays(void) {
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;
    while ((e = readdir(d)))
        n += e->d_name[0] == '.' && strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
    closedir(d);
    return n;
}

static const char *A = "int a;\nvoid f(void)\n{\n    g();\n}\n";

static void test_apply_in_order_once(void **state) {
    (void)state;
    char *a = write_file("a.c", A);
    char *b = write_file("b.c", "x\ny\n");
    chmod(a, 0640);
    dls_lintfix *fx = dls_lintfix_new();
    dls_lintfix_keep_text(fx, a, A, strlen(A));
    dls_lintfix_keep_text(fx, b, "x\ny\n", 4);
    dls_findings list = {0};
    unsigned at = (unsigned)(strstr(A, "    g();") - A);
    add_fix(&list, "first", a, at, at, "    one();\n", b, 2u, 2u, "z\n", NULL);
    add_fix(&list, "second", a, at, at, "    two();\n", NULL);
    add_fix(&list, "same again", a, at, at, "    one();\n", NULL);
    assert_int_equal(dls_lintfix_apply(fx, &list, 0, 1, stdout, dir), 0);
    char *got = read_back(a);
    assert_string_equal(got, "int a;\nvoid f(void)\n{\n    one();\n    two();\n    g();\n}\n");
    free(got);
    got = read_back(b);
    assert_string_equal(got, "x\nz\ny\n");
    free(got);
    struct stat st;
    assert_int_equal(stat(a, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0640);
    assert_int_equal(strays(), 0);
    dls_findings_clear(&list);
    dls_lintfix_free(fx);
    free(a);
    free(b);
}

static void test_overlap_skips_whole_fix(void **state) {
    (void)state;
    char *a = write_file("a.c", A);
    char *b = write_file("b.c", "x\ny\n");
    dls_lintfix *fx = dls_lintfix_new();
    dls_lintfix_keep_text(fx, a, A, strlen(A));
    dls_lintfix_keep_text(fx, b, "x\ny\n", 4);
    dls_findings list = {0};
    add_fix(&list, "rename", a, 4u, 5u, "b", NULL);
    /* overlaps the first in a.c: its edit in b.c must not be applied either */
    add_fix(&list, "overlapping", b, 0u, 0u, "// b\n", a, 0u, 6u, "long a;", NULL);
    assert_int_equal(dls_lintfix_apply(fx, &list, 0, 1, stdout, dir), 0);
    char *got = read_back(a);
    assert_true(strncmp(got, "int b;\n", 7) == 0);
    free(got);
    got = read_back(b);
    assert_string_equal(got, "x\ny\n");
    free(got);
    dls_findings_clear(&list);
    dls_lintfix_free(fx);
    free(a);
    free(b);
}

static void test_changed_on_disk_left_alone(void **state) {
    (void)state;
    char *a = write_file("a.c", "int a; /* edited meanwhile */\n");
    dls_lintfix *fx = dls_lintfix_new();
    dls_lintfix_keep_text(fx, a, "int a;\n", 7);
    dls_findings list = {0};
    add_fix(&list, "rename", a, 4u, 5u, "b", NULL);
    assert_int_equal(dls_lintfix_apply(fx, &list, 0, 1, stdout, dir), -1);
    char *got = read_back(a);
    assert_string_equal(got, "int a; /* edited meanwhile */\n");
    free(got);
    dls_findings_clear(&list);
    dls_lintfix_free(fx);
    free(a);
}

static void test_dry_run_diff(void **state) {
    (void)state;
    const char *text = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20";
    char *a = write_file("a.c", text);
    dls_lintfix *fx = dls_lintfix_new();
    dls_lintfix_keep_text(fx, a, text, strlen(text));
    dls_findings list = {0};
    unsigned l2 = (unsigned)(strstr(text, "2\n") - text),
             l9 = (unsigned)(strstr(text, "9\n") - text);
    unsigned l20 = (unsigned)(strstr(text, "20") - text);
    add_fix(&list, "near the top", a, l2, l2, "two-a\n", a, l9, l9 + 1, "nine", NULL);
    add_fix(&list, "at the end", a, l20, l20 + 2, "twenty", NULL);
    FILE *out = tmpfile();
    assert_int_equal(dls_lintfix_apply(fx, &list, 1, 1, out, dir), 0);
    rewind(out);
    char buf[2048];
    size_t n = fread(buf, 1, sizeof buf - 1, out);
    buf[n] = '\0';
    fclose(out);
    /* what GNU diff -u prints for the same change */
    assert_string_equal(buf, "--- a/a.c\n"
                             "+++ b/a.c\n"
                             "@@ -1,4 +1,5 @@\n"
                             " 1\n"
                             "+two-a\n"
                             " 2\n"
                             " 3\n"
                             " 4\n"
                             "@@ -6,7 +7,7 @@\n"
                             " 6\n"
                             " 7\n"
                             " 8\n"
                             "-9\n"
                             "+nine\n"
                             " 10\n"
                             " 11\n"
                             " 12\n"
                             "@@ -17,4 +18,4 @@\n"
                             " 17\n"
                             " 18\n"
                             " 19\n"
                             "-20\n"
                             "\\ No newline at end of file\n"
                             "+twenty\n"
                             "\\ No newline at end of file\n");
    char *got = read_back(a);
    assert_string_equal(got, text); /* nothing written */
    free(got);
    dls_findings_clear(&list);
    dls_lintfix_free(fx);
    free(a);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_apply_in_order_once, setup, teardown),
        cmocka_unit_test_setup_teardown(test_overlap_skips_whole_fix, setup, teardown),
        cmocka_unit_test_setup_teardown(test_changed_on_disk_left_alone, setup, teardown),
        cmocka_unit_test_setup_teardown(test_dry_run_diff, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
