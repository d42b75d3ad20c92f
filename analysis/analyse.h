/*
 * analyse.h - one file, start to end, for callers that parse a file once (lint, the workspace
 * index): read it from disk, parse it with libclang (no preamble), collect clang's diagnostics and
 * extract the checker's facts.
 * Thread: any; touches only its arguments.
 */
#ifndef DLS_ANALYSE_H
#define DLS_ANALYSE_H

#include "analysis.h"
#include "check.h"
#include "flags.h"

/* Analyse path with flags. Appends clang's diagnostics to clang (may be NULL). Returns the facts
 * (new; the caller frees or hands them to a program), or NULL with *error set to a new message
 * when the file could not be read or parsed. */
dls_file_facts *dls_analyse_file(const char *path, const dls_flags *flags, dls_findings *clang,
                                 char **error);

#endif
