/*
 * doctor.h - the report of `drvls doctor`: for the user whose findings look wrong, how well a tree
 * of driver sources parses under the flags drvls computes, and why the rest does not.
 *
 * Per tree (the first directory below each PATH), how many files parse with no clang error; the
 * root causes of the errors (diagnose.h) grouped across files, most files first, each with what
 * provides the missing piece (a header found elsewhere in the tree names its directory); where the
 * flags came from (compile database, .vcxproj with its configuration, sources, default) and the
 * problems met reading projects. As text or JSON. The parsing is lint's (lint.c); this module only
 * aggregates and writes. Thread: the caller's; touches only its arguments.
 */
#ifndef DLS_DOCTOR_H
#define DLS_DOCTOR_H

#include <stddef.h>
#include <stdio.h>

#include "diagnose.h"

/* One file as lint parsed it. All borrowed. */
typedef struct {
    const char *path;          /* absolute */
    const char *origin;        /* where its flags came from (dls_flags.origin), or NULL */
    char *const *warnings;     /* problems met reading its project, NULL-terminated, or NULL */
    int user_mode;             /* a user-mode source left out (not parsed) */
    const char *error;         /* why it could not be read or parsed, or NULL */
    const dls_diagnosis *diag; /* its root causes when parsed, else NULL */
} dls_doctor_file;

typedef struct {
    const char *const *roots; /* the PATH arguments (absolute), for trees and the header search */
    size_t n_roots;
    const char *cwd;   /* paths are shown relative to it */
    int json;          /* --format json */
    size_t max_causes; /* root causes shown in text (all in JSON) */
    double seconds;    /* how long the parse took, shown in the report */
    const char *version;
} dls_doctor_opts;

/* Write the report of files[0..n) to out. Returns 0, or -1 when out could not be written. */
int dls_doctor_write(FILE *out, const dls_doctor_file *files, size_t n, const dls_doctor_opts *o);

#endif
