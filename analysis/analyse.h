/*
 * analyse.h - one file, start to end, for callers that parse a file once (lint, the workspace
 * index): read it from disk, parse it with libclang (no preamble), collect clang's diagnostics and
 * extract the checker's facts, or take them from the on-disk cache (cache.h) when it holds them.
 * Thread: any; touches only its arguments.
 */
#ifndef DLS_ANALYSE_H
#define DLS_ANALYSE_H

#include "analysis.h"
#include "cache.h"
#include "check.h"
#include "diagnose.h"
#include "flags.h"

/* Where the time of one analysis went (wall clock, milliseconds). */
typedef struct {
    double parse_ms;
    double facts_ms;
    unsigned shared_pch; /* parses that used a shared precompiled header (prefix.h) */
} dls_analyse_times;

/* Analyse path with flags. With a cache (may be NULL), a valid entry stands in for the parse
 * (*from_cache set to 1 when from_cache is not NULL) and a parse stores its entry. Appends clang's
 * diagnostics to clang (may be NULL) and the time spent to *times (may be NULL). Returns the facts
 * (new; the caller frees or hands them to a program), or NULL with *error set to a new message
 * when the file could not be read or parsed. */
dls_file_facts *dls_analyse_file(const char *path, const dls_flags *flags, const dls_cache *cache,
                                 dls_findings *clang, dls_analyse_times *times, int *from_cache,
                                 char **error);
/* Read and parse path with flags for its errors only (no facts, no cache): its root causes in
 * *out (see diagnose.h), time added to *times (may be NULL). Returns 0, or -1 with *error set to a
 * new message when the file could not be read or parsed. */
int dls_analyse_diagnose(const char *path, const dls_flags *flags, dls_diagnosis *out,
                         dls_analyse_times *times, char **error);
/* A monotonic clock in milliseconds. */
double dls_analyse_now_ms(void);

#endif
