/*
 * prefix.h - shared precompiled headers for one-shot parses (lint, the workspace index).
 *
 * Driver sources start with the same few #include lines (<ndis.h>, the driver's own header) and
 * spend most of their parse in those headers. Files whose compile flags, working directory and
 * own directory are the same share one precompiled header (PCH) of the longest run of leading
 * plain #include lines they have in common (<ntddk.h> and "driver.h", then each file's own
 * "file.tmh"): the first file records every prefix of its run, the next file that begins with a
 * recorded prefix builds the PCH of the longest one (a synthetic header holding exactly those
 * lines, in the file's directory so that quoted includes resolve the same), and every later one
 * is parsed with -include-pch and those lines blanked out of its text (same length, same lines
 * and columns), so the headers are parsed once instead of once per file. The first file's plain
 * parse tells which of its lines reach headers without an error (dls_prefix_learn); longer
 * prefixes are never built. When a file's first driver header ("driver.h") cannot be shared
 * whole, the PCH may hold what that header starts with instead (its object-like #defines and
 * `#include <...>` lines, after an include guard or #pragma once): the file keeps its #include of
 * the header, whose moved lines then do nothing, so every header moved must have an include guard
 * or #pragma once (checked on the PCH's parse) or the PCH is not used. Headers supplied in memory
 * (includes.h) are supplied to the PCH's parse too, and a PCH is used only by files supplied the
 * same texts for the ones it read.
 *
 * Only what is provably the same is shared: the prefix is the run of `#include <...>` /
 * `#include "..."` lines at the top of the file, among blank lines and comments, each alone on
 * its line; flags with forced includes (-include, -imacros, /FI, -Xclang) share nothing. A PCH is
 * kept only when its parse had no error anywhere and no diagnostic at all in the synthetic header
 * (a warning there would have been the file's own), so the main file's diagnostics are unchanged.
 *
 * PCH files live in one private temporary directory (made on first use, removed at exit); at most
 * a few are kept (least recently used dropped), and a file still used by a parse is removed only
 * when its last user releases it. A walk of a unit parsed with a PCH skips the PCH's declarations;
 * the role declarations of its headers, which a plain parse's walk would find, are extracted once
 * from the PCH's own parse and kept with it (dls_prefix_facts). DRVLS_NO_SHARED_PCH=1 in the
 * environment turns sharing off. Thread: any; one thread builds a key's PCH while the others with
 * that key wait for it.
 */
#ifndef DLS_PREFIX_H
#define DLS_PREFIX_H

#include <clang-c/Index.h>
#include <stddef.h>
#include "check.h"
#include "flags.h"

/* A file's text split into its leading #include lines and the rest. */
typedef struct {
    char *header; /* the leading #include lines, each ending in '\n': the PCH's source */
    char *body;   /* the whole text with those lines replaced by spaces (same length, same lines) */
    size_t len;   /* length of body */
    size_t *ends; /* where each of the lines ends in the text (count entries) */
    unsigned count;
} dls_prefix_split;

/* Split text (len bytes) after at most max (and at most 32) leading plain #include lines.
 * Returns how many it took; when 0, out is left empty (nothing to free). */
unsigned dls_prefix_split_text(const char *text, size_t len, unsigned max, dls_prefix_split *out);
void dls_prefix_split_free(dls_prefix_split *s);

/* Whether sharing is on (DRVLS_NO_SHARED_PCH not set to something other than "0"). */
int dls_prefix_enabled(void);
/* Whether files parsed with flags may share a PCH (no forced includes, no -Xclang). */
int dls_prefix_flags_ok(const dls_flags *flags);

typedef struct dls_prefix_pch dls_prefix_pch;

/* The shared PCH of the longest run of header's first lines (header from dls_prefix_split_text)
 * that another file parsed with the same flags in the same directory began with too, for the
 * file path; *lines gets how many lines it covers. NULL (and *lines 0): no other file shares a
 * prefix yet, every shared prefix's PCH failed (an error in its headers), the PCH read a header
 * supplied in memory (includes.h) whose text differs from the one in extra[0..n_extra), or no
 * temporary directory. Every prefix of header is recorded for the files that follow. May build
 * the PCH (with extra supplied) or wait while another thread builds it. The result stays valid
 * until dls_prefix_release. */
dls_prefix_pch *dls_prefix_acquire(const char *path, const dls_flags *flags, const char *header,
                                   const struct CXUnsavedFile *extra, size_t n_extra,
                                   unsigned *lines);
/* Learn from tu, a plain parse of path (text[0..len)) with flags, how many of its leading
 * #include lines reach headers without an error: the keys of longer prefixes are marked as
 * failing, so that no file builds a PCH that could not be kept. */
void dls_prefix_learn(const char *path, const dls_flags *flags, const char *text, size_t len,
                      CXTranslationUnit tu);
/* The PCH file, for -include-pch. */
const char *dls_prefix_file(const dls_prefix_pch *p);
/* Done with p. broken: a parse could not load it (a header changed since it was built); it is
 * dropped and the next file with its key builds it again (not after two breaks in a row). */
void dls_prefix_release(dls_prefix_pch *p, int broken);

/* Record that tu was parsed with p, until dls_prefix_unbind(tu) (before tu is disposed). */
void dls_prefix_bind(dls_prefix_pch *p, CXTranslationUnit tu);
void dls_prefix_unbind(CXTranslationUnit tu);
/* The facts of the headers in the PCH tu was parsed with (their role declarations, which a walk
 * of tu skips: its index excludes the PCH's declarations), or NULL when tu has no shared PCH.
 * Borrowed; valid while tu is bound. */
const dls_file_facts *dls_prefix_facts(CXTranslationUnit tu);
/* The files the PCH tu was parsed with read (its headers, in inclusion order, each once), which
 * clang_getInclusions(tu) does not list: a PCH's files are not the unit's own. NULL (and *n = 0)
 * when tu has no shared PCH. Borrowed; valid while tu is bound. */
const char *const *dls_prefix_headers(CXTranslationUnit tu, size_t *n);

/* Remove every PCH file and their directory, and build no more (run at exit; call it before
 * _exit). The objects stay: a parse still running on another thread may hold one, and keeps its
 * open copy of the file. Thread: any. */
void dls_prefix_remove_files(void);

#endif
