/*
 * test_analysis_util.h - helpers shared by the checker's unit tests (test_analysis_*.c): parse
 * in-memory driver sources against the NDIS supplement with the default Linux flags, extract facts,
 * link them into a program and run the rules. Header-only (static functions), one copy per test.
 */
#ifndef TEST_ANALYSIS_UTIL_H
#define TEST_ANALYSIS_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "facts.h"

typedef struct {
    const char *name; /* base name, e.g. "miniport.c" or "adapter.h" */
    const char *text;
} ta_src;

#define TA_DIR "/drvls-test/"

static inline const char *ta_shim_dir(void) {
    static char buf[4096];
    const char *fx = getenv("DRVLS_FIXTURES");
    snprintf(buf, sizeof buf, "%s/../../analysis/wdk-shim", fx ? fx : "tests/fixtures");
    return buf;
}

/* Parse file i of srcs (all of them visible as unsaved files) and extract its facts. */
static inline dls_file_facts *ta_extract(CXIndex idx, const ta_src *srcs, size_t n, size_t i) {
    const char *args[] = {"--target=x86_64-w64-mingw32", "-fms-extensions", "-x", "c", "-std=c11",
                          "-D_AMD64_", "-D_WIN64", "-DNDIS_MINIPORT_DRIVER", "-DNDIS630_MINIPORT=1",
                          "-DPOOL_NX_OPTIN=1", "-isystem", ta_shim_dir(), "-isystem",
                          "/usr/x86_64-w64-mingw32/include/ddk", "-isystem",
                          "/usr/x86_64-w64-mingw32/include", "-I", TA_DIR,
                          /* libclang's builtin headers: a missing one makes every function of
                           * the file unknown to the rules */
                          "-resource-dir", DRVLS_CLANG_RESOURCE_DIR};
    struct CXUnsavedFile *un = calloc(n, sizeof *un);
    char **paths = calloc(n, sizeof *paths);
    for (size_t k = 0; k < n; k++) {
        paths[k] = malloc(strlen(TA_DIR) + strlen(srcs[k].name) + 1);
        strcpy(paths[k], TA_DIR);
        strcat(paths[k], srcs[k].name);
        un[k].Filename = paths[k];
        un[k].Contents = srcs[k].text;
        un[k].Length = strlen(srcs[k].text);
    }
    CXTranslationUnit tu = NULL;
    enum CXErrorCode err = clang_parseTranslationUnit2(
        idx, paths[i], args,
        (int)(sizeof args / sizeof *args) - (*DRVLS_CLANG_RESOURCE_DIR ? 0 : 2), un, (unsigned)n,
        CXTranslationUnit_KeepGoing, &tu);
    assert_int_equal(err, CXError_Success);
    dls_file_facts *ff = dls_facts_extract(tu, paths[i], srcs[i].text, strlen(srcs[i].text));
    clang_disposeTranslationUnit(tu);
    for (size_t k = 0; k < n; k++)
        free(paths[k]);
    free(paths);
    free(un);
    return ff;
}

/* Link every .c of srcs into one program and run all rules over it. */
static inline void ta_check_opts(const ta_src *srcs, size_t n, const dls_check_opts *opts,
                                 dls_findings *out) {
    CXIndex idx = clang_createIndex(0, 0);
    dls_program *p = dls_program_new();
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(srcs[i].name);
        if (l < 2 || strcmp(srcs[i].name + l - 2, ".c") != 0)
            continue;
        dls_file_facts *ff = ta_extract(idx, srcs, n, i);
        char path[4096];
        snprintf(path, sizeof path, "%s%s", TA_DIR, srcs[i].name);
        dls_program_set_file(p, path, ff);
    }
    dls_program_check(p, NULL, opts, out);
    dls_program_free(p);
    clang_disposeIndex(idx);
}

static inline void ta_check(const ta_src *srcs, size_t n, dls_findings *out) {
    dls_check_opts opts;
    memset(&opts, 0, sizeof opts);
    ta_check_opts(srcs, n, &opts, out);
}

static inline size_t ta_count(const dls_findings *out, const char *rule) {
    size_t n = 0;
    for (size_t i = 0; i < out->count; i++)
        if (strcmp(out->items[i].rule, rule) == 0)
            n++;
    return n;
}

/* The line (1-based) of the first occurrence of needle in text. */
static inline unsigned ta_line_of(const char *text, const char *needle) {
    const char *p = strstr(text, needle);
    assert_non_null(p);
    unsigned line = 1;
    for (const char *q = text; q < p; q++)
        if (*q == '\n')
            line++;
    return line;
}

/* The finding of rule whose primary location is in file at line, or NULL. */
static inline const dls_finding *ta_find(const dls_findings *out, const char *rule,
                                         const char *file, unsigned line) {
    for (size_t i = 0; i < out->count; i++) {
        const dls_finding *f = &out->items[i];
        const char *base = strrchr(f->range.file, '/');
        if (strcmp(f->rule, rule) == 0 && strcmp(base ? base + 1 : f->range.file, file) == 0 &&
            f->range.line == line)
            return f;
    }
    return NULL;
}

static inline void ta_dump(const dls_findings *out) {
    for (size_t i = 0; i < out->count; i++)
        fprintf(stderr, "  %s:%u %s: %s\n", out->items[i].range.file, out->items[i].range.line,
                out->items[i].rule, out->items[i].message);
}

#endif
