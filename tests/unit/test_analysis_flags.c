/*
 * test_analysis_flags.c - compile flags: the driver default, compile_commands.json and
 * compile_flags.txt discovery upward from a file, and removal of flags that load code.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "flags.h"

static int has_arg(const dls_flags *f, const char *a) {
    for (int i = 0; i < f->argc; i++)
        if (strcmp(f->argv[i], a) == 0)
            return 1;
    return 0;
}

static char tmpdir[256];

static int setup(void **state) {
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/drvls-flags-XXXXXX");
    assert_non_null(mkdtemp(tmpdir));
    return 0;
}

static int teardown(void **state) {
    (void)state;
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static void write_file(const char *path, const char *text) {
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
}

static void test_default_is_driver_default(void **state) {
    (void)state;
    char path[512];
    snprintf(path, sizeof path, "%s/miniport.c", tmpdir);
    dls_flags f;
    dls_flags_for_file(path, NULL, &f);
    assert_true(has_arg(&f, "-DNDIS630_MINIPORT=1"));
    assert_true(has_arg(&f, "-DPOOL_NX_OPTIN=1"));
    assert_true(has_arg(&f, "-fms-extensions"));
    assert_true(has_arg(&f, "c"));
    assert_true(has_arg(&f, "-std=c11"));
    assert_non_null(strstr(f.origin, "default"));
    dls_flags_free(&f);

    snprintf(path, sizeof path, "%s/filter.cpp", tmpdir);
    dls_flags_for_file(path, NULL, &f);
    assert_true(has_arg(&f, "c++"));
    dls_flags_free(&f);
}

static void test_compile_flags_txt_upward(void **state) {
    (void)state;
    char dir[512], path[1024], txt[1024];
    snprintf(dir, sizeof dir, "%s/src/sub", tmpdir);
    snprintf(txt, sizeof txt, "%s/src", tmpdir);
    mkdir(txt, 0755);
    mkdir(dir, 0755);
    snprintf(txt, sizeof txt, "%s/compile_flags.txt", tmpdir);
    write_file(txt, "-DFROM_TXT=1\n-Iinclude\n-fplugin=/tmp/evil.so\n");
    snprintf(path, sizeof path, "%s/x.c", dir);
    dls_flags f;
    dls_flags_for_file(path, NULL, &f);
    assert_true(has_arg(&f, "-DFROM_TXT=1"));
    assert_false(has_arg(&f, "-fplugin=/tmp/evil.so"));
    assert_true(has_arg(&f, "-working-directory"));
    assert_non_null(strstr(f.origin, "compile_flags.txt"));
    dls_flags_free(&f);
}

static void test_compile_commands_in_build(void **state) {
    (void)state;
    char build[512], db[4096], path[512];
    snprintf(build, sizeof build, "%s/build", tmpdir);
    mkdir(build, 0755);
    snprintf(path, sizeof path, "%s/adapter.c", tmpdir);
    snprintf(db, sizeof db,
             "[{\"directory\": \"%s\", \"file\": \"%s\", \"arguments\": [\"clang\", \"-c\", "
             "\"-DFROM_DB=1\", \"-Xclang\", \"-load\", \"-Xclang\", \"/tmp/evil.so\", \"-o\", "
             "\"adapter.o\", \"%s\"]}]",
             tmpdir, path, path);
    char dbpath[1024];
    snprintf(dbpath, sizeof dbpath, "%s/compile_commands.json", build);
    write_file(dbpath, db);
    dls_flags f;
    dls_flags_for_file(path, NULL, &f);
    assert_true(has_arg(&f, "-DFROM_DB=1"));
    assert_false(has_arg(&f, "-load"));
    assert_false(has_arg(&f, "/tmp/evil.so"));
    assert_false(has_arg(&f, "-c"));
    assert_false(has_arg(&f, "adapter.o"));
    assert_false(has_arg(&f, path));
    assert_non_null(strstr(f.origin, "compile_commands.json"));
    dls_flags_free(&f);
}

static void test_strip_unsafe(void **state) {
    (void)state;
    const char *in[] = {
        "-DA",     "-fplugin=x.so", "-Xclang", "-load", "-Xclang", "y.so", "-fpass-plugin=z.so",
        "-Xclang", "-add-plugin",   "-Xclang", "p",     "-DB"};
    dls_flags f = {0};
    f.argc = (int)(sizeof in / sizeof *in);
    f.argv = calloc((size_t)f.argc + 1, sizeof *f.argv);
    for (int i = 0; i < f.argc; i++)
        f.argv[i] = strdup(in[i]);
    assert_int_equal(dls_flags_strip_unsafe(&f), 10);
    assert_int_equal(f.argc, 2);
    assert_string_equal(f.argv[0], "-DA");
    assert_string_equal(f.argv[1], "-DB");
    dls_flags_free(&f);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_default_is_driver_default, setup, teardown),
        cmocka_unit_test_setup_teardown(test_compile_flags_txt_upward, setup, teardown),
        cmocka_unit_test_setup_teardown(test_compile_commands_in_build, setup, teardown),
        cmocka_unit_test(test_strip_unsafe),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
