/*
 * lint_fix.h - `drvls lint --fix` and `--fix-dry-run`: apply the quick-fixes the checker attached
 * to its findings to the files on disk, or print them as a unified diff.
 *
 * The fixer remembers the text each file was analysed with. A file whose content on disk is no
 * longer that text (edited while lint ran) is left alone and reported; the others are rewritten
 * atomically (a temporary file in the same directory, then rename: never a partial file). A fix
 * whose edits would overlap an edit already taken, or touch a file that is left alone, is skipped
 * whole. lint.c re-checks the files afterwards and reports what is left.
 *
 * Thread: the caller's (lint's main thread). Ownership: a dls_lintfix owns copies of the texts it
 * keeps; findings are borrowed for the call.
 */
#ifndef DLS_LINT_FIX_H
#define DLS_LINT_FIX_H

#include <stdio.h>

#include "analysis.h"
#include "check.h"

typedef struct dls_lintfix dls_lintfix;

/* A new fixer (never NULL). */
dls_lintfix *dls_lintfix_new(void);
void dls_lintfix_free(dls_lintfix *fx);

/* Remember the text of path as facts holds it (facts may be NULL: nothing is kept). */
void dls_lintfix_keep(dls_lintfix *fx, const char *path, const dls_file_facts *facts);
/* The same from a text (copied). */
void dls_lintfix_keep_text(dls_lintfix *fx, const char *path, const char *text, size_t len);

/* Take the preferred fix of every finding that has one and apply them: write the files (dry_run
 * 0), or print the unified diff of every file to out (dry_run 1; paths relative to cwd when they
 * lie under it, cwd may be NULL). What was fixed and what was left alone goes to stderr (unless
 * quiet). Returns 0, or -1 when a file was left alone or could not be written. */
int dls_lintfix_apply(dls_lintfix *fx, const dls_findings *findings, int dry_run, int quiet,
                      FILE *out, const char *cwd);

#endif
