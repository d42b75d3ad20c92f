/*
 * check.h - the work-item checker's public face: per-file facts extracted from a parsed unit, a
 * whole-driver program that links the facts of many files (roles, summaries), and the rules run
 * over it.
 *
 * Facts are self-contained: they hold no libclang objects, only byte ranges, names, USRs, CFGs and
 * a copy of the file's text (for fixes), so units can be reparsed or evicted while facts live on.
 * Thread: dls_facts_extract runs on the thread that holds the unit; a dls_program is used by one
 * thread at a time (the server's loop thread, or lint's main thread).
 */
#ifndef DLS_CHECK_H
#define DLS_CHECK_H

#include <clang-c/Index.h>
#include "analysis.h"

typedef struct dls_file_facts dls_file_facts;
typedef struct dls_program dls_program;

/* Extract the facts of every function defined in the main file of tu (and the role declarations,
 * registrations and global declarations it sees). text/len: the main file's text as parsed
 * (copied). Returns a new object (never NULL). */
dls_file_facts *dls_facts_extract(CXTranslationUnit tu, const char *main_path, const char *text,
                                  size_t len);
void dls_facts_free(dls_file_facts *facts);
/* A stable hash of what other files can see of this file (summaries' inputs: definitions, calls,
 * slot events, roles). Two extractions of equivalent code give equal values. */
unsigned long long dls_facts_signature(const dls_file_facts *facts);

typedef enum { DLS_HALT_AT_LEAST_ONCE = 0, DLS_HALT_ALL_PATHS = 1 } dls_halt_mode;

typedef struct {
    const char *name; /* function name */
    const char *role; /* role type name: "MINIPORT_INITIALIZE", "MINIPORT_HALT", ... */
} dls_role_override;

typedef struct {
    /* Rule filter: when n_only > 0 only those rule ids run; ids in disabled never run. */
    const char *const *only;
    size_t n_only;
    const char *const *disabled;
    size_t n_disabled;
    dls_halt_mode halt;
    const dls_role_override *roles; /* from configuration */
    size_t n_roles;
} dls_check_opts;

dls_program *dls_program_new(void);
void dls_program_free(dls_program *p);
/* Add or replace the facts of path; takes ownership of facts. */
void dls_program_set_file(dls_program *p, const char *path, dls_file_facts *facts);
void dls_program_remove_file(dls_program *p, const char *path);
/* Run the rules; append findings whose primary location is in file (or every file when file is
 * NULL) to out. Summaries are (re)computed as needed. */
void dls_program_check(dls_program *p, const char *file, const dls_check_opts *opts,
                       dls_findings *out);

/* Markdown describing the lifecycle of the work item used by the work-item API call at byte
 * offset of file (allocated in X, queued in Y, released in Z / never released), or NULL when
 * there is none. New string. */
char *dls_program_describe(dls_program *p, const char *file, unsigned offset,
                           const dls_check_opts *opts);

/* The catalogue of rules this checker implements. */
typedef struct {
    const char *id;
    const char *name;      /* PascalCase, for SARIF */
    dls_severity severity; /* default */
    const char *short_description;
    const char *full_description;
} dls_rule_info;
const dls_rule_info *dls_rules(size_t *count);
const dls_rule_info *dls_rule_find(const char *id);

#endif
