/*
 * test_analysis_cache.c - the on-disk facts cache (analysis/cache.c): facts and clang's findings
 * read back from an entry are the ones the parse gave (byte-identical encodings, the same
 * findings once linked), and every reason an entry no longer holds (text, flags, an included
 * header's content, a corrupt or truncated or garbage entry, a foreign path) is a miss, while a
 * header that only got a new time (a fresh checkout) is not; a cache directory
 * that cannot be made costs nothing but the cache.
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
#include <utime.h>

#include "analyse.h"
#include "cache.h"
#include "check.h"
#include "facts.h"
#include "flags.h"

static char tmp_root[] = "/tmp/drvls-cache-test-XXXXXX";

static const char *fixture_dir(const char *sub) {
    static char buf[4096];
    const char *fx = getenv("DRVLS_FIXTURES");
    snprintf(buf, sizeof buf, "%s/%s", fx ? fx : "tests/fixtures", sub);
    return buf;
}

static char *join(const char *a, const char *b) {
    return dls_xasprintf("%s/%s", a, b);
}

static void write_text(const char *path, const char *text) {
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* The .c files of dir, sorted (new array, NULL-terminated). */
static char **sources_of(const char *dir) {
    struct dirent **names;
    int n = scandir(dir, &names, NULL, alphasort);
    assert_true(n > 0);
    char **out = calloc((size_t)n + 1, sizeof *out);
    size_t k = 0;
    for (int i = 0; i < n; i++) {
        const char *dot = strrchr(names[i]->d_name, '.');
        if (dot && strcmp(dot, ".c") == 0)
            out[k++] = join(dir, names[i]->d_name);
        free(names[i]);
    }
    free(names);
    return out;
}

static void free_list(char **l) {
    for (char **p = l; *p; p++)
        free(*p);
    free(l);
}

/* Analyse path with its own flags through cache c; asserts it worked. */
static dls_file_facts *analyse(const dls_cache *c, const char *path, const dls_flags *extra,
                               dls_findings *clang, int *hit) {
    dls_flags flags;
    dls_flags_for_file(path, NULL, &flags);
    char *error = NULL;
    dls_file_facts *ff =
        dls_analyse_file(path, extra ? extra : &flags, c, clang, NULL, hit, &error);
    assert_null(error);
    assert_non_null(ff);
    dls_flags_free(&flags);
    return ff;
}

static void assert_same_encoding(const dls_file_facts *a, const dls_findings *da,
                                 const dls_file_facts *b, const dls_findings *db) {
    size_t na, nb;
    unsigned char *ea = dls_cache_encode(a, da, &na), *eb = dls_cache_encode(b, db, &nb);
    assert_int_equal(na, nb);
    assert_memory_equal(ea, eb, na);
    free(ea);
    free(eb);
    assert_true(dls_facts_signature(a) == dls_facts_signature(b));
}

/* Every file of a fixture driver: the second analysis comes from the cache, identical. */
static void roundtrip_driver(const char *sub, const char *cache_name) {
    char *dir = join(tmp_root, cache_name);
    dls_cache *c = dls_cache_open(dir);
    assert_true(dls_cache_writable(c));
    char **files = sources_of(fixture_dir(sub));
    dls_program *parsed = dls_program_new(), *cached = dls_program_new();
    for (char **p = files; *p; p++) {
        dls_findings d1 = {0}, d2 = {0};
        int hit = -1;
        dls_file_facts *f1 = analyse(c, *p, NULL, &d1, &hit);
        assert_int_equal(hit, 0);
        dls_file_facts *f2 = analyse(c, *p, NULL, &d2, &hit);
        assert_int_equal(hit, 1);
        assert_same_encoding(f1, &d1, f2, &d2);
        dls_program_set_file(parsed, *p, f1);
        dls_program_set_file(cached, *p, f2);
        dls_findings_clear(&d1);
        dls_findings_clear(&d2);
    }
    dls_check_opts opts = {0};
    dls_findings r1 = {0}, r2 = {0};
    dls_program_check(parsed, NULL, &opts, &r1);
    dls_program_check(cached, NULL, &opts, &r2);
    assert_int_equal(r1.count, r2.count);
    for (size_t i = 0; i < r1.count; i++) {
        assert_string_equal(r1.items[i].rule, r2.items[i].rule);
        assert_string_equal(r1.items[i].message, r2.items[i].message);
        assert_int_equal(r1.items[i].range.begin, r2.items[i].range.begin);
        assert_int_equal(r1.items[i].n_fixes, r2.items[i].n_fixes);
    }
    dls_findings_clear(&r1);
    dls_findings_clear(&r2);
    dls_program_free(parsed);
    dls_program_free(cached);
    free_list(files);
    dls_cache_free(c);
    free(dir);
}

static void test_roundtrip_ndis_miniport(void **state) {
    (void)state;
    roundtrip_driver("drivers/ndis_miniport", "ndis");
}

static void test_roundtrip_wdm(void **state) {
    (void)state;
    roundtrip_driver("drivers/wdm", "wdm");
}

#define HEADER_TEXT "typedef struct _CTX { int a; } CTX;\n"
#define SOURCE_TEXT "#include \"local.h\"\nint f(CTX *c) { return c->a; }\n"

/* A little project in tmp_root/name: local.h and main.c. Returns main.c's path (new). */
static char *small_project(const char *name) {
    char *dir = join(tmp_root, name);
    assert_int_equal(mkdir(dir, 0777), 0);
    char *h = join(dir, "local.h"), *c = join(dir, "main.c");
    write_text(h, HEADER_TEXT);
    write_text(c, SOURCE_TEXT);
    free(h);
    free(dir);
    return c;
}

/* The one entry file of cache directory dir (new path). */
static char *only_entry(const char *dir) {
    DIR *d = opendir(dir);
    assert_non_null(d);
    char *found = NULL;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strstr(e->d_name, ".dfc")) {
            assert_null(found);
            found = join(dir, e->d_name);
        }
    closedir(d);
    assert_non_null(found);
    return found;
}

static int hit_of(const dls_cache *c, const char *path, const dls_flags *flags) {
    int hit = -1;
    dls_file_facts *ff = analyse(c, path, flags, NULL, &hit);
    dls_facts_free(ff);
    return hit;
}

static void test_misses(void **state) {
    (void)state;
    char *src = small_project("misses");
    char *dir = join(tmp_root, "misses-cache");
    dls_cache *c = dls_cache_open(dir);
    assert_int_equal(hit_of(c, src, NULL), 0);
    assert_int_equal(hit_of(c, src, NULL), 1);

    write_text(src, SOURCE_TEXT "int g;\n"); /* the text */
    assert_int_equal(hit_of(c, src, NULL), 0);
    assert_int_equal(hit_of(c, src, NULL), 1);

    dls_flags flags; /* the flags */
    dls_flags_for_file(src, NULL, &flags);
    flags.argv = realloc(flags.argv, (size_t)(flags.argc + 2) * sizeof *flags.argv);
    flags.argv[flags.argc++] = dls_xstrdup("-DEXTRA=1");
    flags.argv[flags.argc] = NULL;
    assert_int_equal(hit_of(c, src, &flags), 0);
    assert_int_equal(hit_of(c, src, &flags), 1);
    assert_int_equal(hit_of(c, src, NULL), 0);
    dls_flags_free(&flags);

    char *dir_of_src = dls_xstrndup(src, (size_t)(strrchr(src, '/') - src)); /* a header */
    char *h = join(dir_of_src, "local.h");
    free(dir_of_src);
    write_text(h, HEADER_TEXT "typedef int MORE;\n");
    assert_int_equal(hit_of(c, src, NULL), 0);
    assert_int_equal(hit_of(c, src, NULL), 1);
    struct utimbuf then = {1000000000, 1000000000}; /* a new time, same content: a checkout */
    assert_int_equal(utime(h, &then), 0);
    assert_int_equal(hit_of(c, src, NULL), 1);
    dls_cache *fresh = dls_cache_open(dir); /* and in a process that never read the header */
    assert_int_equal(hit_of(fresh, src, NULL), 1);
    dls_cache_free(fresh);
    write_text(h, HEADER_TEXT "typedef int LESS;\n"); /* same size, other content */
    assert_int_equal(hit_of(c, src, NULL), 0);
    assert_int_equal(hit_of(c, src, NULL), 1);
    free(h);

    char *entry = only_entry(dir); /* a flipped byte, a truncation, garbage */
    char *data;
    size_t size;
    assert_int_equal(dls_read_file(entry, &data, &size), 0);
    data[size / 2] ^= 0x5a;
    FILE *f = fopen(entry, "wb");
    fwrite(data, 1, size, f);
    fclose(f);
    assert_int_equal(hit_of(c, src, NULL), 0);
    assert_int_equal(hit_of(c, src, NULL), 1); /* rewritten */
    assert_int_equal(truncate(entry, (off_t)size - 3), 0);
    assert_int_equal(hit_of(c, src, NULL), 0);
    write_text(entry, "garbage");
    assert_int_equal(hit_of(c, src, NULL), 0);
    assert_int_equal(hit_of(c, src, NULL), 1);
    free(data);
    free(entry);
    dls_cache_free(c);
    free(dir);
    free(src);
}

static void test_unusable_directory(void **state) {
    (void)state;
    char *src = small_project("unusable");
    char *file = join(tmp_root, "not-a-dir");
    write_text(file, "x");
    char *dir = join(file, "cache");
    dls_cache *c = dls_cache_open(dir);
    assert_false(dls_cache_writable(c));
    assert_int_equal(hit_of(c, src, NULL), 0);
    assert_int_equal(hit_of(c, src, NULL), 0);
    dls_cache_free(c);
    free(dir);
    free(file);
    free(src);
}

/* Decoding checks what it reads: every truncation is rejected, and flipped bytes never crash the
 * decoder nor the checker run over what it accepts (run under ASan in CI). */
static void test_decode_checks(void **state) {
    (void)state;
    char *dir = join(tmp_root, "decode-cache");
    dls_cache *c = dls_cache_open(dir);
    char **files = sources_of(fixture_dir("drivers/ndis_miniport"));
    dls_findings d = {0};
    dls_file_facts *ff = analyse(c, files[0], NULL, &d, NULL);
    size_t n;
    unsigned char *e = dls_cache_encode(ff, &d, &n);
    for (size_t cut = 0; cut < n; cut += 1 + cut / 16)
        assert_null(dls_cache_decode(e, cut, ff->path, ff->text, ff->len, NULL));
    unsigned seed = 7;
    for (int round = 0; round < 2000; round++) {
        unsigned char *m = malloc(n);
        memcpy(m, e, n);
        seed = seed * 1103515245u + 12345u;
        m[(seed >> 8) % n] ^= (unsigned char)(1u << (seed % 8));
        dls_findings got = {0};
        dls_file_facts *back = dls_cache_decode(m, n, ff->path, ff->text, ff->len, &got);
        if (back) { /* what the decoder lets through, the checker must take */
            dls_program *p = dls_program_new();
            dls_program_set_file(p, ff->path, back);
            dls_check_opts opts = {0};
            dls_findings found = {0};
            dls_program_check(p, NULL, &opts, &found);
            char *hover = dls_program_describe(p, ff->path, (unsigned)(seed % ff->len), &opts);
            free(hover);
            dls_findings_clear(&found);
            dls_program_free(p);
        }
        dls_findings_clear(&got);
        free(m);
    }
    free(e);
    dls_facts_free(ff);
    dls_findings_clear(&d);
    free_list(files);
    dls_cache_free(c);
    free(dir);
}

static int setup(void **state) {
    (void)state;
    return mkdtemp(tmp_root) ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    char *cmd = dls_xasprintf("rm -rf '%s'", tmp_root);
    int rc = system(cmd);
    free(cmd);
    return rc == 0 ? 0 : -1;
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roundtrip_ndis_miniport),
        cmocka_unit_test(test_roundtrip_wdm),
        cmocka_unit_test(test_misses),
        cmocka_unit_test(test_unusable_directory),
        cmocka_unit_test(test_decode_checks),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
