/*
 * test_export.c - `drvls flags` and `drvls export-compile-commands`: shell quoting, the
 * compile_commands.json of the driver-project fixtures, a round trip (the written database gives
 * drvls the same flags the projects do), the exit codes, and drvls lint finding what only the
 * project's flags compile.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analysis.h"
#include "export.h"
#include "lint.h"

static char projects[512]; /* tests/fixtures/projects */
static char tmp[256];

static int setup_tmp(void **state) {
    (void)state;
    snprintf(tmp, sizeof tmp, "/tmp/drvls-export-XXXXXX");
    return mkdtemp(tmp) ? 0 : -1;
}

static int teardown_tmp(void **state) {
    (void)state;
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    return system(cmd) == 0 ? 0 : -1;
}

static void test_shell_quote(void **state) {
    (void)state;
    const char *cases[][2] = {
        {"-DNDIS60_MINIPORT=1", "-DNDIS60_MINIPORT=1"},
        {"/a/b,c:d@e%f+g", "/a/b,c:d@e%f+g"},
        {"", "''"},
        {"C:/Program Files (x86)/Windows Kits", "'C:/Program Files (x86)/Windows Kits'"},
        {"-DNAME=\"text\"", "'-DNAME=\"text\"'"},
        {"it's", "'it'\\''s'"},
        {"$(HOME)", "'$(HOME)'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *q = dls_export_shell_quote(cases[i][0]);
        assert_string_equal(q, cases[i][1]);
        free(q);
    }
}

static const char *arg(const json_t *entry, size_t i) {
    return json_string_value(json_array_get(json_object_get(entry, "arguments"), i));
}

static int has_arg(const json_t *entry, const char *a) {
    const json_t *args = json_object_get(entry, "arguments");
    for (size_t i = 0; i < json_array_size(args); i++)
        if (strcmp(json_string_value(json_array_get(args, i)), a) == 0)
            return 1;
    return 0;
}

static void test_fixture_database(void **state) {
    (void)state;
    dls_proj_strs warnings = {0};
    json_t *db = dls_export_compile_commands(projects, NULL, &warnings);
    const char *files[] = {
        "fwupdate/fwupdate.c",       "kmdf_echo/driver.c",           "kmdf_echo/hwutil.c",
        "kmdf_echo/queue.c",         "legacy_e1k/common/e1k_util.c", "legacy_e1k/sys/miniport.c",
        "netvmini/common/adapter.c", "netvmini/common/miniport.c",   "netvmini/common/rss.c"};
    const char *dirs[] = {"fwupdate",        "kmdf_echo",       "kmdf_echo",
                          "kmdf_echo",       "legacy_e1k/sys",  "legacy_e1k/sys",
                          "netvmini/ndis60", "netvmini/ndis60", "netvmini/ndis620"};
    assert_int_equal(json_array_size(db), 9);
    for (size_t i = 0; i < 9; i++) {
        const json_t *e = json_array_get(db, i);
        char *file = dls_xasprintf("%s/%s", projects, files[i]);
        char *dir = dls_xasprintf("%s/%s", projects, dirs[i]);
        size_t n = json_array_size(json_object_get(e, "arguments"));
        assert_string_equal(json_string_value(json_object_get(e, "file")), file);
        assert_string_equal(json_string_value(json_object_get(e, "directory")), dir);
        assert_string_equal(arg(e, 0), "clang");
        assert_string_equal(arg(e, n - 1), file);
        assert_false(has_arg(e, "-resource-dir")); /* the reader's own clang knows its headers */
        free(dir);
        free(file);
    }
    assert_true(has_arg(json_array_get(db, 7), "-DNDIS60_MINIPORT=1"));
    assert_true(has_arg(json_array_get(db, 8), "-DNDIS620_MINIPORT=1"));
    assert_true(has_arg(json_array_get(db, 8), "-DNVM_RSS_QUEUES=8"));
    assert_true(has_arg(json_array_get(db, 8), "-std=c17"));
    assert_int_equal(warnings.count, 1); /* that of legacy_e1k/sys/sources, once */
    json_decref(db);
    dls_proj_strs_free(&warnings);
}

/* Run main-style entry point fn with stdout and stderr going to files in tmp. */
static int run_quiet(int (*fn)(int, char **), int argc, char **argv) {
    fflush(stdout);
    fflush(stderr);
    int out = dup(1), err = dup(2);
    char *o = dls_xasprintf("%s.out", tmp), *e = dls_xasprintf("%s.err", tmp);
    int fo = open(o, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int fe = open(e, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(fo, 1);
    dup2(fe, 2);
    int rc = fn(argc, argv);
    fflush(stdout);
    fflush(stderr);
    dup2(out, 1);
    dup2(err, 2);
    close(fo);
    close(fe);
    close(out);
    close(err);
    free(o);
    free(e);
    return rc;
}

static char *slurp(const char *suffix) {
    char *p = dls_xasprintf("%s%s", tmp, suffix);
    FILE *fp = fopen(p, "r");
    free(p);
    assert_non_null(fp);
    char *buf = dls_xcalloc(1, 65536);
    size_t n = fread(buf, 1, 65535, fp);
    buf[n] = '\0';
    fclose(fp);
    return buf;
}

static void test_round_trip(void **state) {
    (void)state;
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "cp -r '%s/netvmini' '%s/'", projects, tmp);
    assert_int_equal(system(cmd), 0);
    char *argv[] = {"export-compile-commands", tmp, NULL};
    assert_int_equal(run_quiet(dls_export_compile_commands_main, 2, argv), 0);
    char *out = slurp(".out");
    assert_non_null(strstr(out, "compile_commands.json (3 files)"));
    free(out);

    /* drvls now reads the database; its flags are the project's plus what it adds to every
     * database entry: -working-directory and the resource directory */
    char *src = dls_xasprintf("%s/netvmini/common/miniport.c", tmp);
    dls_flags db, proj;
    dls_flags_for_file(src, NULL, &db);
    assert_int_equal(dls_flags_from_project(src, NULL, &proj), 1);
    assert_non_null(strstr(db.origin, "compile_commands.json"));
    assert_true(db.argc >= proj.argc + 2);
    for (int i = 0; i < proj.argc; i++)
        assert_string_equal(db.argv[i], proj.argv[i]);
    assert_string_equal(db.argv[proj.argc], "-working-directory");
    assert_string_equal(db.argv[proj.argc + 1], proj.directory);
    dls_flags_free(&db);
    dls_flags_free(&proj);
    free(src);
}

static void test_nothing_to_export(void **state) {
    (void)state;
    char *argv[] = {"export-compile-commands", tmp, NULL};
    assert_int_equal(run_quiet(dls_export_compile_commands_main, 2, argv), 1);
    char *db = dls_xasprintf("%s/compile_commands.json", tmp);
    struct stat st;
    assert_int_not_equal(stat(db, &st), 0);
    free(db);
    char *bad[] = {"export-compile-commands", "--bogus", NULL};
    assert_int_equal(run_quiet(dls_export_compile_commands_main, 2, bad), 2);
    char *missing[] = {"export-compile-commands", "/nonexistent/drvls", NULL};
    assert_int_equal(run_quiet(dls_export_compile_commands_main, 2, missing), 2);
}

static void test_flags_command(void **state) {
    (void)state;
    char *file = dls_xasprintf("%s/netvmini/common/rss.c", projects);
    char *argv[] = {"flags", "--wdk-root", "/nonexistent/kits", file, NULL};
    assert_int_equal(run_quiet(dls_export_flags_main, 4, argv), 0);
    char *out = slurp(".out");
    char *nl = strchr(out, '\n');
    assert_non_null(nl);
    *nl = '\0';
    assert_int_equal(strncmp(out, "clang --target=x86_64-w64-mingw32 ", 34), 0);
    assert_non_null(strstr(out, " -DNVM_RSS_QUEUES=8 "));
    size_t n = strlen(out), m = strlen(file);
    assert_string_equal(out + n - m, file);
    char *origin = dls_xasprintf("origin: project %s/netvmini/ndis620/netvmini620.vcxproj "
                                 "(Debug|x64); mingw-w64 DDK headers + drvls NDIS supplement\n",
                                 projects);
    assert_string_equal(nl + 1, origin);
    free(origin);
    free(out);

    char *none[] = {"flags", NULL};
    assert_int_equal(run_quiet(dls_export_flags_main, 1, none), 2);
    char *missing[] = {"flags", "/nonexistent/x.c", NULL};
    assert_int_equal(run_quiet(dls_export_flags_main, 2, missing), 2);
    free(file);
}

/* The rules see what the project compiles: a leak under a define that only the project sets is
 * found in the tree as it is, and not in the same source without its project. */
static void test_lint_uses_project_flags(void **state) {
    (void)state;
    char *file = dls_xasprintf("%s/fwupdate/fwupdate.c", projects);
    char *argv[] = {"lint", "--format", "text", file, NULL};
    assert_int_equal(run_quiet(dls_lint_main, 4, argv), DLS_LINT_FINDINGS);
    char *out = slurp(".out");
    char *where = dls_xasprintf("%s:44:33: error:", file);
    assert_non_null(strstr(out, where));
    assert_non_null(strstr(out, "[ndis-workitem-init-halt]"));
    free(where);
    free(out);

    char cmd[1024];
    snprintf(cmd, sizeof cmd, "cp '%s' '%s/'", file, tmp);
    assert_int_equal(system(cmd), 0);
    char *copy = dls_xasprintf("%s/fwupdate.c", tmp);
    char *argv2[] = {"lint", copy, NULL};
    assert_int_equal(run_quiet(dls_lint_main, 2, argv2), DLS_LINT_CLEAN);
    free(copy);
    free(file);
}

int main(void) {
    const char *root = getenv("DRVLS_FIXTURES");
    if (!root) {
        fprintf(stderr, "DRVLS_FIXTURES is not set (run through ctest)\n");
        return 1;
    }
    snprintf(projects, sizeof projects, "%s/projects", root);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shell_quote),
        cmocka_unit_test(test_fixture_database),
        cmocka_unit_test_setup_teardown(test_round_trip, setup_tmp, teardown_tmp),
        cmocka_unit_test_setup_teardown(test_nothing_to_export, setup_tmp, teardown_tmp),
        cmocka_unit_test_setup_teardown(test_flags_command, setup_tmp, teardown_tmp),
        cmocka_unit_test_setup_teardown(test_lint_uses_project_flags, setup_tmp, teardown_tmp),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
