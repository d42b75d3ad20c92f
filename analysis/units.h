/*
 * units.h - libclang translation units for the files drvls analyses, and a bounded cache of them.
 *
 * A dls_unit wraps one CXTranslationUnit (and its own CXIndex) for one main file. The first parse
 * builds a precompiled preamble; later parses reparse with the unsaved buffers given. A unit is
 * used by one thread at a time: the cache hands units out (checkout) and takes them back (checkin);
 * the cache itself is touched only from one thread (the server's loop thread). libclang crashes
 * (CXError_Crashed) are turned into one finding saying so; the unit is then reset and the next
 * parse starts afresh. For tests, DRVLS_FAULT_CRASH_FILE=<substring> in the environment makes
 * every parse of a path containing it fail as such a crash.
 */
#ifndef DLS_UNITS_H
#define DLS_UNITS_H

#include <clang-c/Index.h>
#include "analysis.h"
#include "flags.h"

/* An unsaved buffer: the editor's text of path. Borrowed by every function that takes it. */
typedef struct {
    const char *path;
    const char *text;
    size_t len;
} dls_unsaved;

typedef struct dls_unit dls_unit;

/* New unparsed unit for an absolute path. */
dls_unit *dls_unit_new(const char *path);
/* A unit that will be parsed once and never reparsed (lint, the workspace index): no precompiled
 * preamble is built, which would only cost time. When the main file is the only buffer given, its
 * leading #include lines are parsed from a precompiled header shared with the other files that
 * start with the same lines and have the same flags (prefix.h; DRVLS_NO_SHARED_PCH=1 turns it off):
 * the same diagnostics and facts, the headers parsed once. */
dls_unit *dls_unit_new_oneshot(const char *path);
void dls_unit_free(dls_unit *u);
/* After a guarded call crashed while using u (platform.h): let go of its libclang state without
 * touching it (it may be half built; it leaks), so the next parse starts afresh. */
void dls_unit_abandon(dls_unit *u);
const char *dls_unit_path(const dls_unit *u);

/* Parse (first time, or when flags changed) or reparse the unit, then append clang's diagnostics to
 * out: errors and warnings in the main file, plus one summary per included header that has errors
 * (at the #include line). Returns 0 on success, a negative value when libclang failed; in that case
 * out holds one finding that says why. Thread: the thread that holds the unit. */
int dls_unit_parse(dls_unit *u, const dls_flags *flags, const dls_unsaved *files, size_t n_files,
                   dls_findings *out);
/* The current translation unit, or NULL when not parsed. Borrowed; valid until the next parse. */
CXTranslationUnit dls_unit_tu(const dls_unit *u);
/* Whether the current translation unit was parsed with a shared precompiled header. */
int dls_unit_shared_pch(const dls_unit *u);

/* Convert clang's diagnostics of tu into findings (used by dls_unit_parse and by lint). */
void dls_unit_diagnostics(CXTranslationUnit tu, const char *main_path, dls_findings *out);
/* Fill a dls_range from a libclang source range (expansion locations). */
void dls_unit_range(CXSourceRange r, dls_range *out);

/* The cache: at most max units, least recently used evicted (only units not checked out). */
typedef struct dls_unit_cache dls_unit_cache;
dls_unit_cache *dls_unit_cache_new(size_t max);
/* Free the cache and every unit in it. No unit may be checked out. */
void dls_unit_cache_free(dls_unit_cache *c);
void dls_unit_cache_set_max(dls_unit_cache *c, size_t max);
/* Take the unit of path (created if absent). Returns NULL when it is already checked out. */
dls_unit *dls_unit_cache_checkout(dls_unit_cache *c, const char *path);
/* Give a checked-out unit back; it becomes the most recently used. May evict others. */
void dls_unit_cache_checkin(dls_unit_cache *c, dls_unit *u);
/* Drop the unit of path (document closed). A checked-out unit is freed at its checkin instead. */
void dls_unit_cache_drop(dls_unit_cache *c, const char *path);
size_t dls_unit_cache_count(const dls_unit_cache *c);

#endif
