/*
 * test_analysis_platform.c - the POSIX side of platform.h: canonical paths (symbolic links and
 * ".." resolved, NULL for what does not exist), the executable's path, error text, and waiting
 * for a writable descriptor.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analysis.h"
#include "platform.h"

static char tmpdir[256];

static int setup(void **state) {
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/drvls-plat-XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static void test_realpath_resolves_links_and_dots(void **state) {
    (void)state;
    char *real_dir = dls_plat_realpath(tmpdir); /* /tmp itself may be a link */
    assert_non_null(real_dir);
    char *sub = dls_xasprintf("%s/sub", tmpdir);
    assert_int_equal(mkdir(sub, 0700), 0);
    char *file = dls_xasprintf("%s/sub/a.c", tmpdir);
    FILE *f = fopen(file, "w");
    assert_non_null(f);
    fclose(f);
    char *link = dls_xasprintf("%s/link", tmpdir);
    assert_int_equal(symlink(sub, link), 0);

    char *want = dls_xasprintf("%s/sub/a.c", real_dir);
    char *through_link = dls_xasprintf("%s/link/../sub/./a.c", tmpdir);
    char *got = dls_plat_realpath(through_link);
    assert_non_null(got);
    assert_string_equal(got, want);
    free(got);
    char *via_link = dls_xasprintf("%s/link/a.c", tmpdir);
    got = dls_plat_realpath(via_link);
    assert_non_null(got);
    assert_string_equal(got, want);
    free(got);

    char *missing = dls_xasprintf("%s/sub/missing.c", tmpdir);
    assert_null(dls_plat_realpath(missing));

    free(missing);
    free(via_link);
    free(through_link);
    free(want);
    free(link);
    free(file);
    free(sub);
    free(real_dir);
}

static void test_exe_path_is_this_test(void **state) {
    (void)state;
    char *exe = dls_plat_exe_path();
    assert_non_null(exe);
    assert_int_equal(exe[0], '/');
    const char *slash = strrchr(exe, '/');
    assert_string_equal(slash + 1, "test_analysis_platform");
    free(exe);
}

static void test_strerror(void **state) {
    (void)state;
    char buf[128];
    const char *msg = dls_plat_strerror(ENOENT, buf, sizeof buf);
    assert_non_null(msg);
    assert_string_equal(msg, strerror(ENOENT));
}

static void test_wait_writable_returns(void **state) {
    (void)state;
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    dls_plat_wait_writable(fds[1], 1000); /* an empty pipe is writable at once */
    assert_int_equal(write(fds[1], "x", 1), 1);
    close(fds[0]);
    close(fds[1]);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_realpath_resolves_links_and_dots, setup, teardown),
        cmocka_unit_test(test_exe_path_is_this_test),
        cmocka_unit_test(test_strerror),
        cmocka_unit_test(test_wait_writable_returns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
