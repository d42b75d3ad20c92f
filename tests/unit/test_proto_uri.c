/*
 * test_proto_uri.c - file URI <-> path: a table of hard cases in both directions, rejections, and
 * round trips.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "uri.h"

static const struct {
    const char *uri;
    const char *path;
} to_path_cases[] = {
    {"file:///home/user/x.c", "/home/user/x.c"},
    {"file:///home/a%20b/x.c", "/home/a b/x.c"},
    {"file:///c%3A/dir/x.c", "c:/dir/x.c"},
    {"file:///C%3A/dir/x.c", "c:/dir/x.c"},
    {"file:///c%3a/dir/x.c", "c:/dir/x.c"},
    {"file:///C:/dir/x.c", "c:/dir/x.c"},
    {"file:///c:/dir/x.c", "c:/dir/x.c"},
    {"file:///d%3A/My%20Drivers/nic%23%201.c", "d:/My Drivers/nic# 1.c"},
    {"file:///c%3A", "c:/"},
    {"file:///C:/", "c:/"},
    {"file://localhost/etc/x.c", "/etc/x.c"},
    {"file://LocalHost/etc/x.c", "/etc/x.c"},
    {"file://localhost/c%3A/x.c", "c:/x.c"},
    {"FILE:///etc/x.c", "/etc/x.c"},
    {"File:///etc/x.c", "/etc/x.c"},
    {"file:/etc/x.c", "/etc/x.c"},
    {"file:///%E4%BD%A0%E5%A5%BD.c", "/\xe4\xbd\xa0\xe5\xa5\xbd.c"},
    {"file:///caf%C3%A9/x.c", "/caf\xc3\xa9/x.c"},
    {"file:///caf%c3%a9/x.c", "/caf\xc3\xa9/x.c"},
    {"file:///emoji%F0%9F%98%80.c", "/emoji\xf0\x9f\x98\x80.c"},
    {"file:///tmp/%25.c", "/tmp/%.c"},
    {"file:///tmp/%2525.c", "/tmp/%25.c"},
    {"file:///tmp/a%2Bb%23c%3Fd%26e.c", "/tmp/a+b#c?d&e.c"},
    {"file:///tmp/a%5Cb", "/tmp/a\\b"},
    /* Lenient: characters a client forgot to escape are taken as they are. */
    {"file:///tmp/a b.c", "/tmp/a b.c"},
    {"file:///tmp/caf\xc3\xa9.c", "/tmp/caf\xc3\xa9.c"},
    {"file:///tmp/a#b?c.c", "/tmp/a#b?c.c"},
    {"file:///", "/"},
    {"file:///cd/x.c", "/cd/x.c"},
    {"file:///c:x.c", "/c:x.c"},
    {"file:///ab:/x.c", "/ab:/x.c"},
    {"file:///1:/x.c", "/1:/x.c"},
    {"file:////server/share/x.c", "//server/share/x.c"},
};

static const char *rejected_uris[] = {
    "",
    "http://example.com/x.c",
    "https:///x.c",
    "untitled:Untitled-1",
    "files:///x.c",
    "fil:///x.c",
    "file:",
    "file:x.c",
    "file:relative/x.c",
    "file://",
    "file://localhost",
    "file://server/share/x.c",
    "file://localhost.example/x.c",
    "file://user@localhost/x.c",
    "file://localhost:80/x.c",
    "file://c:/x.c",
    "file:///bad%",
    "file:///bad%2",
    "file:///bad%G0",
    "file:///bad%0G",
    "file:///bad%%41",
    "file:///nul%00x.c",
    "file:///c%3A/a%00",
};

static void test_to_path(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof to_path_cases / sizeof to_path_cases[0]; i++) {
        char *path = dls_uri_to_path(to_path_cases[i].uri);
        if (!path || strcmp(path, to_path_cases[i].path) != 0)
            print_error("case %zu: %s -> %s\n", i, to_path_cases[i].uri, path ? path : "(null)");
        assert_non_null(path);
        assert_string_equal(path, to_path_cases[i].path);
        free(path);
    }
}

static void test_to_path_rejects(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof rejected_uris / sizeof rejected_uris[0]; i++) {
        char *path = dls_uri_to_path(rejected_uris[i]);
        if (path)
            print_error("case %zu: %s -> %s\n", i, rejected_uris[i], path);
        assert_null(path);
    }
    assert_null(dls_uri_to_path(NULL));
}

static const struct {
    const char *path;
    const char *uri;
} from_path_cases[] = {
    {"/home/user/x.c", "file:///home/user/x.c"},
    {"/home/a b/x.c", "file:///home/a%20b/x.c"},
    {"c:/dir/x.c", "file:///c%3A/dir/x.c"},
    {"C:/dir/x.c", "file:///c%3A/dir/x.c"},
    {"C:\\dir\\x.c", "file:///c%3A/dir/x.c"},
    {"d:\\My Drivers\\nic# 1.c", "file:///d%3A/My%20Drivers/nic%23%201.c"},
    {"c:", "file:///c%3A"},
    {"c:/", "file:///c%3A/"},
    {"/\xe4\xbd\xa0\xe5\xa5\xbd.c", "file:///%E4%BD%A0%E5%A5%BD.c"},
    {"/caf\xc3\xa9/x.c", "file:///caf%C3%A9/x.c"},
    {"/emoji\xf0\x9f\x98\x80.c", "file:///emoji%F0%9F%98%80.c"},
    {"/tmp/a+b#c?d%e&f=g;h@i.c", "file:///tmp/a%2Bb%23c%3Fd%25e%26f%3Dg%3Bh%40i.c"},
    {"/tmp/a~b-c_d.e", "file:///tmp/a~b-c_d.e"},
    {"/tmp/x:y", "file:///tmp/x%3Ay"},
    {"/back\\slash", "file:///back%5Cslash"},
    {"/tmp/[a](b){c}'d'", "file:///tmp/%5Ba%5D%28b%29%7Bc%7D%27d%27"},
    {"/", "file:///"},
    {"//server/share/x.c", "file:////server/share/x.c"},
};

static const char *rejected_paths[] = {
    "", "relative/x.c", "x.c", "./x.c", "c:relative.c", "\\\\server\\share\\x.c", "1:/x.c",
};

static void test_from_path(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof from_path_cases / sizeof from_path_cases[0]; i++) {
        char *uri = dls_uri_from_path(from_path_cases[i].path);
        if (!uri || strcmp(uri, from_path_cases[i].uri) != 0)
            print_error("case %zu: %s -> %s\n", i, from_path_cases[i].path, uri ? uri : "(null)");
        assert_non_null(uri);
        assert_string_equal(uri, from_path_cases[i].uri);
        free(uri);
    }
    for (size_t i = 0; i < sizeof rejected_paths / sizeof rejected_paths[0]; i++)
        assert_null(dls_uri_from_path(rejected_paths[i]));
    assert_null(dls_uri_from_path(NULL));
}

/* path -> URI -> path gives the path back, for paths already in the form to_path produces. */
static void test_round_trip_paths(void **state) {
    (void)state;
    const char *paths[] = {
        "/home/user/x.c",
        "/home/a b/x.c",
        "c:/dir/x.c",
        "c:/",
        "/a%20b",
        "/%",
        "/caf\xc3\xa9/\xe4\xbd\xa0.c",
        "/t/a+b#c?d&e=f",
        "/x:y/z",
        "/back\\slash",
        "/",
        "//server/share",
        "/\x01\x7f\xff",
        "/~user/.hidden",
        "z:/Z/Z",
    };
    for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        char *uri = dls_uri_from_path(paths[i]);
        assert_non_null(uri);
        char *back = dls_uri_to_path(uri);
        assert_non_null(back);
        assert_string_equal(back, paths[i]);
        free(back);
        free(uri);
    }
}

/* URI -> path -> URI gives the URI back, for URIs in the form VS Code sends. */
static void test_round_trip_uris(void **state) {
    (void)state;
    const char *uris[] = {
        "file:///home/user/x.c",         "file:///c%3A/dir/x.c",  "file:///c%3A/",
        "file:///home/a%20b/x.c",        "file:///caf%C3%A9.c",   "file:///%25%23%3F",
        "file:///d%3A/My%20Drivers/x.c", "file:///tmp/a~b-c_d.e", "file:///",
    };
    for (size_t i = 0; i < sizeof uris / sizeof uris[0]; i++) {
        char *path = dls_uri_to_path(uris[i]);
        assert_non_null(path);
        char *back = dls_uri_from_path(path);
        assert_non_null(back);
        assert_string_equal(back, uris[i]);
        free(back);
        free(path);
    }
}

/* Every byte value survives a round trip (except NUL, which a C path cannot hold). */
static void test_every_byte_round_trips(void **state) {
    (void)state;
    for (int b = 1; b < 256; b++) {
        char path[8] = {'/', 'a', (char)b, 'z', '\0'};
        char *uri = dls_uri_from_path(path);
        assert_non_null(uri);
        char *back = dls_uri_to_path(uri);
        assert_non_null(back);
        assert_string_equal(back, path);
        free(back);
        free(uri);
    }
}

static unsigned next_random(unsigned *seed) {
    *seed = *seed * 1103515245u + 12345u;
    return *seed >> 8;
}

/* Random URI-like strings: nothing crashes, and any path that comes out goes back and forth. */
static void test_random_uris(void **state) {
    (void)state;
    static const char *const parts[] = {
        "file:", "FILE:",    "//",   "/",   "localhost", "host", "%", "%2",
        "%41",   "%2f",      "%00",  "%3A", "%3a",       "c:",   "C", ":",
        " ",     "\xc3\xa9", "\xff", "?",   "#",         "\\",   "a", "%E4%BD%A0",
    };
    unsigned seed = 7;
    char s[256];
    for (int round = 0; round < 5000; round++) {
        size_t n = 0, count = next_random(&seed) % 12;
        for (size_t k = 0; k < count; k++) {
            const char *part = parts[next_random(&seed) % (sizeof parts / sizeof parts[0])];
            memcpy(s + n, part, strlen(part));
            n += strlen(part);
        }
        s[n] = '\0';
        char *path = dls_uri_to_path(s);
        char *uri = dls_uri_from_path(s);
        if (path) {
            char *again = dls_uri_from_path(path);
            assert_non_null(again);
            char *back = dls_uri_to_path(again);
            assert_non_null(back);
            assert_string_equal(back, path);
            free(back);
            free(again);
        }
        if (uri) {
            char *back = dls_uri_to_path(uri);
            assert_non_null(back);
            free(back);
        }
        free(path);
        free(uri);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_to_path),         cmocka_unit_test(test_to_path_rejects),
        cmocka_unit_test(test_from_path),       cmocka_unit_test(test_round_trip_paths),
        cmocka_unit_test(test_round_trip_uris), cmocka_unit_test(test_every_byte_round_trips),
        cmocka_unit_test(test_random_uris),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
