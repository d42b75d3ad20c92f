/*
 * analyse.c - read, parse once, extract facts (see analyse.h).
 */
#include "analyse.h"
#include "units.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DLS_ANALYSE_MAX_FILE (64u << 20) /* a source larger than this is not a driver source */

double dls_analyse_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Parse text and extract its facts; stores the entry in cache (may be NULL). */
static dls_file_facts *parse_file(const char *path, const char *text, size_t len,
                                  const dls_flags *flags, const dls_cache *cache,
                                  dls_findings *diags, dls_analyse_times *times, char **error) {
    double t0 = dls_analyse_now_ms();
    dls_unit *u = dls_unit_new_oneshot(path);
    dls_unsaved buffer = {path, text, len};
    dls_file_facts *facts = NULL;
    int rc = dls_unit_parse(u, flags, &buffer, 1, diags);
    double t1 = dls_analyse_now_ms();
    if (rc < 0 || !dls_unit_tu(u)) {
        const char *why = diags->count ? diags->items[diags->count - 1].message : NULL;
        *error = dls_xasprintf("could not be analysed: %s", why ? why : "libclang failed");
    } else {
        facts = dls_facts_extract(dls_unit_tu(u), path, text, len);
    }
    if (times) {
        times->parse_ms += t1 - t0;
        times->facts_ms += dls_analyse_now_ms() - t1;
        times->shared_pch += dls_unit_shared_pch(u) != 0;
    }
    if (facts && cache && dls_cache_writable(cache)) {
        dls_cache_deps deps;
        dls_cache_deps_of(dls_unit_tu(u), &deps);
        dls_cache_store(cache, path, text, len, flags, &deps, facts, diags);
        dls_cache_deps_free(&deps);
    }
    dls_unit_free(u);
    return facts;
}

dls_file_facts *dls_analyse_file(const char *path, const dls_flags *flags, const dls_cache *cache,
                                 dls_findings *clang, dls_analyse_times *times, int *from_cache,
                                 char **error) {
    char *text;
    size_t len;
    int err = dls_read_file(path, &text, &len);
    if (err) {
        char why[128];
        *error = dls_xasprintf("cannot read: %s", dls_strerror(err, why, sizeof why));
        return NULL;
    }
    if (memchr(text, '\0', len)) {
        *error = dls_xstrdup("not analysed: it holds NUL bytes, so it is not a C or C++ source (a "
                             "binary file?)");
        free(text);
        return NULL;
    }
    dls_findings diags = {0};
    dls_file_facts *facts = cache ? dls_cache_load(cache, path, text, len, flags, &diags) : NULL;
    if (from_cache)
        *from_cache = facts != NULL;
    if (!facts)
        facts = parse_file(path, text, len, flags, cache, &diags, times, error);
    if (clang)
        dls_findings_move(clang, &diags);
    else
        dls_findings_clear(&diags);
    free(text);
    return facts;
}

int dls_analyse_diagnose(const char *path, const dls_flags *flags, dls_diagnosis *out,
                         dls_analyse_times *times, char **error) {
    memset(out, 0, sizeof *out);
    char *text;
    size_t len;
    int err = dls_read_small_file(path, DLS_ANALYSE_MAX_FILE, &text, &len);
    if (err) {
        char why[128];
        *error = dls_xasprintf("cannot read: %s", dls_strerror(err, why, sizeof why));
        return -1;
    }
    double t0 = dls_analyse_now_ms();
    dls_unit *u = dls_unit_new_oneshot(path);
    dls_unsaved buffer = {path, text, len};
    dls_findings diags = {0};
    int rc = dls_unit_parse(u, flags, &buffer, 1, &diags);
    if (rc < 0 || !dls_unit_tu(u)) {
        const char *why = diags.count ? diags.items[diags.count - 1].message : NULL;
        *error = dls_xasprintf("could not be parsed: %s", why ? why : "libclang failed");
    } else {
        dls_diagnose_tu(dls_unit_tu(u), flags, out);
    }
    if (times) {
        times->parse_ms += dls_analyse_now_ms() - t0;
        times->shared_pch += dls_unit_shared_pch(u) != 0;
    }
    dls_findings_clear(&diags);
    dls_unit_free(u);
    free(text);
    return *error ? -1 : 0;
}
