/*
 * test_analysis_prefix.c - the shared PCH of one-shot parses (prefix.h): which leading lines are
 * shared, and that units parsed with the PCH give the same clang diagnostics (warnings with their
 * notes in a header, errors, header summaries) and the same facts (roles declared in a header) as
 * plain parses, while the PCH is really used from the second file of a key on.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utime.h>

#include "check.h"
#include "facts.h"
#include "prefix.h"
#include "units.h"

static char dir[256];

static int setup(void **state) {
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/drvls-prefix-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    unsetenv("DRVLS_NO_SHARED_PCH");
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

/* --- the split -------------------------------------------------------------------------------- */

static unsigned split(const char *text, dls_prefix_split *s) {
    return dls_prefix_split_text(text, strlen(text), UINT_MAX, s);
}

static void test_split_blanks_include_lines(void **state) {
    (void)state;
    const char *text = "// head\n/* a\n #include <no.h>\n*/\n#include <a.h>\n\n"
                       "#  include \"b.h\"\r\nint x;\n#include <c.h>\n";
    dls_prefix_split s;
    assert_int_equal(split(text, &s), 2);
    assert_string_equal(s.header, "#include <a.h>\n#  include \"b.h\"\n");
    assert_int_equal(s.len, strlen(text));
    assert_string_equal(s.body, "// head\n/* a\n #include <no.h>\n*/\n              \n\n"
                                "                \r\nint x;\n#include <c.h>\n");
    dls_prefix_split_free(&s);
}

static void test_split_stops_at_anything_else(void **state) {
    (void)state;
    static const char *const none[] = {
        "int x;\n#include <a.h>\n",
        "#define X 1\n#include <a.h>\n",
        "#include <a.h> // the DDK\n",
        "#include MACRO_HEADER\n",
        "#include_next <a.h>\n",
        "#import <a.h>\n",
        "#include <a.h> \\\n",
        "/* c */ #include <a.h>\n",
        "#pragma once\n#include <a.h>\n",
        "#include <>\n",
        "\xef\xbb\xbf#include <a.h>\n",
        "",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        dls_prefix_split s;
        assert_int_equal(split(none[i], &s), 0);
        assert_null(s.header);
        assert_null(s.body);
    }
    dls_prefix_split s;
    assert_int_equal(split("#include <a.h>\n#include <b.h> /* x */\n#include <c.h>\n", &s), 1);
    assert_string_equal(s.header, "#include <a.h>\n");
    dls_prefix_split_free(&s);
}

static void test_flags_with_forced_includes_share_nothing(void **state) {
    (void)state;
    char *ok[] = {"-x", "c", "-DX=1", "-Iinc"};
    char *bad[] = {"-x", "c", "-include", "pre.h"};
    dls_flags f = {.argv = ok, .argc = 4};
    assert_true(dls_prefix_flags_ok(&f));
    f.argv = bad;
    assert_false(dls_prefix_flags_ok(&f));
}

/* --- same results ----------------------------------------------------------------------------- */

static const char *const header =
    "/* case.h */\n#ifndef CASE_H\n#define CASE_H\n#include <ndis.h>\n"
    "typedef struct _CASE_ADAPTER { NDIS_HANDLE AdapterHandle; NDIS_HANDLE WorkItem; } "
    "CASE_ADAPTER, *PCASE_ADAPTER;\n"
    "MINIPORT_INITIALIZE CaseInit;\nMINIPORT_HALT CaseHalt;\n"
    "NDIS_IO_WORKITEM_FUNCTION CaseWorker;\nVOID CaseTakesLong(LONG *Value);\n#endif\n";

static const char *const unguarded = "enum { CASE_UNGUARDED = 1 };\n";
static const char *const broken = "typedef struct { int a; } CASE_BROKEN\n";

static const char *const prefix = "// a case file\n#include <ndis.h>\n#include \"case.h\"\n\n"
                                  "#include \"unguarded.h\"\n";

/* The case files' bodies, after the shared prefix. */
static const char *const bodies[] = {
    "VOID CaseHalt(NDIS_HANDLE Context, NDIS_HALT_ACTION Action) {\n"
    "    UNREFERENCED_PARAMETER(Context); UNREFERENCED_PARAMETER(Action); }\n",
    "VOID CaseWorker(PVOID Context, NDIS_HANDLE Item) {\n"
    "    UNREFERENCED_PARAMETER(Context); UNREFERENCED_PARAMETER(Item); }\n",
    "VOID CaseWarn(ULONG *Value) {\n    CaseTakesLong(Value);\n}\n"
    "static int unused_static(void) { return 0; }\n",
    "VOID CaseError(VOID) {\n    undeclared_thing = 1;\n}\n",
    "int late;\n#include \"broken.h\"\nint after;\n",
    "#include \"no_such_header.h\"\nVOID CaseAfter(VOID) {}\n",
    "NDIS_STATUS CaseInit(NDIS_HANDLE H, NDIS_HANDLE C, PNDIS_MINIPORT_INIT_PARAMETERS P) {\n"
    "    UNREFERENCED_PARAMETER(C); UNREFERENCED_PARAMETER(P);\n"
    "    NDIS_HANDLE Item = NdisAllocateIoWorkItem(H);\n"
    "    if (Item) NdisQueueIoWorkItem(Item, CaseWorker, NULL);\n"
    "    return NDIS_STATUS_SUCCESS;\n}\n",
};

typedef struct {
    dls_findings diags;
    unsigned long long signature;
    unsigned n_roles;
    int shared;
    int lists_case_h; /* the PCH's files (dls_prefix_headers) include case.h */
} outcome;

static void parse_one(const char *path, const char *extra_flag, outcome *o) {
    char *text;
    size_t len;
    assert_int_equal(dls_read_file(path, &text, &len), 0);
    dls_flags f;
    dls_flags_for_file(path, NULL, &f);
    f.argv = dls_xrealloc(f.argv, (size_t)(f.argc + 2) * sizeof *f.argv);
    f.argv[f.argc++] = dls_xstrdup(extra_flag);
    f.argv[f.argc] = NULL;
    dls_unit *u = dls_unit_new_oneshot(path);
    dls_unsaved buf = {path, text, len};
    memset(o, 0, sizeof *o);
    assert_int_equal(dls_unit_parse(u, &f, &buf, 1, &o->diags), 0);
    dls_file_facts *ff = dls_facts_extract(dls_unit_tu(u), path, text, len);
    o->signature = dls_facts_signature(ff);
    o->n_roles = ff->n_roles;
    o->shared = dls_unit_shared_pch(u);
    size_t n_headers = 0;
    const char *const *headers = dls_prefix_headers(dls_unit_tu(u), &n_headers);
    for (size_t i = 0; i < n_headers; i++) {
        size_t l = strlen(headers[i]);
        o->lists_case_h |= l >= 7 && strcmp(headers[i] + l - 7, "/case.h") == 0;
    }
    dls_facts_free(ff);
    dls_unit_free(u);
    dls_flags_free(&f);
    free(text);
}

static void assert_same_range(const dls_range *a, const dls_range *b) {
    assert_string_equal(a->file, b->file);
    assert_int_equal(a->begin, b->begin);
    assert_int_equal(a->end, b->end);
    assert_int_equal(a->line, b->line);
    assert_int_equal(a->col, b->col);
    assert_int_equal(a->end_line, b->end_line);
    assert_int_equal(a->end_col, b->end_col);
}

static void assert_same(const outcome *a, const outcome *b) {
    assert_int_equal(a->diags.count, b->diags.count);
    for (size_t i = 0; i < a->diags.count; i++) {
        const dls_finding *x = &a->diags.items[i], *y = &b->diags.items[i];
        assert_int_equal(x->severity, y->severity);
        assert_string_equal(x->message, y->message);
        assert_same_range(&x->range, &y->range);
        assert_int_equal(x->n_notes, y->n_notes);
        for (size_t k = 0; k < x->n_notes; k++) {
            assert_string_equal(x->notes[k].message, y->notes[k].message);
            assert_same_range(&x->notes[k].range, &y->notes[k].range);
        }
    }
    assert_int_equal(a->n_roles, b->n_roles);
    assert_true(a->signature == b->signature);
}

/* Each case file parsed plainly and with the shared PCH (a flag of its own per round, so every
 * round starts with a new key): same diagnostics and facts; the PCH used from the second file. */
static void test_same_diagnostics_and_facts(void **state) {
    (void)state;
    free(write_file("case.h", header));
    free(write_file("unguarded.h", unguarded));
    free(write_file("broken.h", broken));
    size_t n = sizeof bodies / sizeof *bodies;
    char **paths = dls_xcalloc(n, sizeof *paths);
    for (size_t i = 0; i < n; i++) {
        char name[32];
        snprintf(name, sizeof name, "case%zu.c", i);
        char *text = dls_xasprintf("%s%s", prefix, bodies[i]);
        paths[i] = write_file(name, text);
        free(text);
    }
    setenv("DRVLS_NO_SHARED_PCH", "1", 1);
    outcome *plain = dls_xcalloc(n, sizeof *plain);
    for (size_t i = 0; i < n; i++) {
        parse_one(paths[i], "-DCASE_ROUND=0", &plain[i]);
        assert_false(plain[i].shared);
    }
    unsetenv("DRVLS_NO_SHARED_PCH");
    size_t used = 0;
    for (size_t i = 0; i < n; i++) {
        outcome shared;
        parse_one(paths[i], "-DCASE_ROUND=1", &shared);
        assert_same(&plain[i], &shared);
        used += (size_t)shared.shared;
        assert_int_equal(shared.lists_case_h, shared.shared);
        dls_findings_clear(&shared.diags);
    }
    /* the first file records the keys; the one whose own leading lines include a missing header
     * (no_such_header.h) shares the shorter prefix the others have */
    assert_int_equal(used, n - 1);
    assert_true(plain[2].diags.count >= 1 && plain[2].diags.items[0].n_notes >= 1);
    assert_true(plain[0].n_roles >= 3);
    for (size_t i = 0; i < n; i++) {
        dls_findings_clear(&plain[i].diags);
        free(paths[i]);
    }
    free(plain);
    free(paths);
}

/* A header with an error among the leading lines: the PCH covers only the lines before it (built
 * by the second file; the first records the keys), and the error is reported as before. */
static void test_error_in_shared_lines_shares_the_lines_before(void **state) {
    (void)state;
    free(write_file("broken.h", broken));
    for (int i = 0; i < 3; i++) {
        char name[32];
        snprintf(name, sizeof name, "early%d.c", i);
        char *path = write_file(name, "#include <ndis.h>\n#include \"broken.h\"\nint early;\n");
        outcome o;
        parse_one(path, "-DCASE_ROUND=2", &o);
        assert_int_equal(o.shared, i > 0);
        assert_int_equal(o.diags.count, 1);
        assert_non_null(strstr(o.diags.items[0].message, "In included file"));
        dls_findings_clear(&o.diags);
        free(path);
    }
}

/* Plain and shared parses of path with flag: the same outcome. Returns whether the shared one
 * used the PCH. */
static int same_as_plain(const char *path, const char *flag) {
    outcome plain, shared;
    setenv("DRVLS_NO_SHARED_PCH", "1", 1);
    parse_one(path, flag, &plain);
    unsetenv("DRVLS_NO_SHARED_PCH");
    parse_one(path, flag, &shared);
    assert_same(&plain, &shared);
    dls_findings_clear(&plain.diags);
    dls_findings_clear(&shared.diags);
    return shared.shared;
}

/* A header of the PCH changes (as in an editor, while the server runs): the next file is parsed
 * without the stale PCH, the one after builds it anew; both see the new header. */
static void test_changed_header_rebuilds(void **state) {
    (void)state;
    free(write_file("case.h", header));
    free(write_file("unguarded.h", unguarded));
    char *paths[4];
    for (int i = 0; i < 4; i++) {
        char name[32];
        snprintf(name, sizeof name, "change%d.c", i);
        char *text = dls_xasprintf("%s%s", prefix, bodies[1]);
        paths[i] = write_file(name, text);
        free(text);
    }
    assert_false(same_as_plain(paths[0], "-DCASE_ROUND=3"));
    assert_true(same_as_plain(paths[1], "-DCASE_ROUND=3"));
    char *changed = dls_xasprintf("%sMINIPORT_PAUSE CasePause;\n", header);
    char *h = write_file("case.h", changed);
    struct utimbuf later = {2000000000, 2000000000};
    assert_int_equal(utime(h, &later), 0);
    free(h);
    free(changed);
    assert_false(same_as_plain(paths[2], "-DCASE_ROUND=3"));
    assert_true(same_as_plain(paths[3], "-DCASE_ROUND=3"));
    for (int i = 0; i < 4; i++)
        free(paths[i]);
}

/* A file that starts with its driver's header ("drv.h", guarded, whose own first lines are a
 * #define and system #includes, then one of the driver's headers with an error): the PCH covers
 * the moved lines from the second file on, the file keeps its #include of drv.h, and the
 * diagnostics (the error in the driver's header) and facts are those of a plain parse. A moved
 * header without an include guard is not shared. */
static void test_driver_header_expansion(void **state) {
    (void)state;
    free(write_file("own.h",
                    "typedef struct { int a; } OWN_T;\nint own_broken = undeclared_here;\n"));
    free(write_file("drv.h", "/* drv.h */\n#ifndef DRV_H\n#define DRV_H\n#define DRV_LEVEL 3\n"
                             "#include <ndis.h>\n#include \"own.h\"\n"
                             "MINIPORT_HALT DrvHalt;\n#endif\n"));
    for (int i = 0; i < 3; i++) {
        char name[32];
        snprintf(name, sizeof name, "exp%d.c", i);
        char *path = write_file(name, "#include \"drv.h\"\n"
                                      "VOID DrvHalt(NDIS_HANDLE h, NDIS_HALT_ACTION a) "
                                      "{ (void)h; (void)a; }\nint level = DRV_LEVEL;\n");
        assert_int_equal(same_as_plain(path, "-DCASE_ROUND=7"), i > 0);
        free(path);
    }
    /* a moved header has no include guard: reading it again after the PCH could differ (here it
     * would count twice), so nothing is shared (the error in drv2.h keeps its whole #include line
     * out of any PCH) */
    free(write_file("noguard.h", "int noguard_reads = NOGUARD_BASE + 1;\n"
                                 "#undef NOGUARD_BASE\n#define NOGUARD_BASE 1\n"));
    free(write_file("drv2.h", "#pragma once\n#define NOGUARD_BASE 0\n#include <ndis.h>\n"
                              "#include <noguard.h>\nint drv2_broken = not_declared;\n"));
    char *include_dir = dls_xasprintf("-I%s", dir);
    for (int i = 0; i < 3; i++) {
        char name[32];
        snprintf(name, sizeof name, "ng%d.c", i);
        char *path = write_file(name, "#include \"drv2.h\"\nint v = NOGUARD_BASE;\n");
        assert_false(same_as_plain(path, include_dir));
        free(path);
    }
    free(include_dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_split_blanks_include_lines),
        cmocka_unit_test(test_split_stops_at_anything_else),
        cmocka_unit_test(test_flags_with_forced_includes_share_nothing),
        cmocka_unit_test_setup_teardown(test_same_diagnostics_and_facts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_error_in_shared_lines_shares_the_lines_before, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_changed_header_rebuilds, setup, teardown),
        cmocka_unit_test_setup_teardown(test_driver_header_expansion, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
