/*
 * scheduler.h - runs parse jobs for files on the libuv thread pool and hands results back to the
 * loop thread.
 *
 * Contract (the TUScheduler model):
 * - Not thread-safe: every function here is called on the loop thread only.
 * - At most one job per file is in flight; updates that arrive meanwhile are coalesced into one
 *   pending job that starts when the running one completes, with the newest version.
 * - A job's input (the unsaved buffers) is taken when the job starts, through the input callback,
 *   so a burst of edits costs one copy, not one per edit.
 * - The done callback runs on the loop thread. It receives results only for files still tracked
 *   (not removed); it must itself compare the version with the document's current one.
 * - Removing a file cancels its queued job and drops the result of its running one.
 * - At most DLS_SCHED_MAX_IN_FLIGHT jobs are on the thread pool at once; the files beyond wait in
 *   a queue (in order) and start as jobs complete. A job holds its file's unit out of the unit
 *   cache until its result is handed over, so this cap, not the number of files updated at once,
 *   bounds the units alive beside the cache's.
 */
#ifndef DLS_SCHEDULER_H
#define DLS_SCHEDULER_H

#include <uv.h>
#include "analysis.h"
#include "check.h"
#include "flags.h"
#include "units.h"

/* Debounce policy: how long an update waits before its job starts (0: at once). */
typedef struct {
    unsigned change_ms; /* after an edit; default 75 (a reparse with the preamble takes 5-30 ms) */
} dls_debounce_policy;

/* What a job needs, filled by the input callback on the loop thread; owned by the job. */
typedef struct {
    dls_unsaved *files; /* files[i].path and .text are heap copies */
    size_t n_files;
    dls_flags_opts flags; /* shim_dir, wdk_root and extra[] are heap copies */
    int want_facts;       /* extract checker facts after parsing (set by the scheduler) */
} dls_job_input;

/* What a job produced. Owned by the callee of the done callback after the call (it may steal
 * members and must call dls_job_result_free). */
typedef struct {
    char *path;
    long long version;
    dls_findings diagnostics; /* clang's */
    dls_file_facts *facts;    /* NULL unless want_facts */
    char *flags_origin;
    char **flags_warnings; /* dls_flags.warnings of the flags used (NULL-terminated), may be NULL */
    int n_flags_warnings;
    char *parse_causes; /* when the parse had errors: their count and root causes (diagnose.h,
                           one line), else NULL */
    double parse_ms;
    double facts_ms;
} dls_job_result;

typedef void (*dls_sched_input_cb)(void *user, const char *path, dls_job_input *in);
typedef void (*dls_sched_done_cb)(void *user, dls_job_result *res);

typedef struct dls_sched dls_sched;

/* Jobs on the thread pool at once: the pool's size (libuv's default). */
#define DLS_SCHED_MAX_IN_FLIGHT 4

dls_sched *dls_sched_new(uv_loop_t *loop, dls_unit_cache *units, dls_sched_input_cb input,
                         dls_sched_done_cb done, void *user);
void dls_sched_set_debounce(dls_sched *s, dls_debounce_policy policy);
dls_debounce_policy dls_sched_debounce(const dls_sched *s);
/* Ask for path to be parsed at version after delay_ms (0: now); with want_facts, the job also
 * extracts the checker's facts (an update coalesced with one that wanted facts still gets them). */
void dls_sched_update(dls_sched *s, const char *path, long long version, unsigned delay_ms,
                      int want_facts);
/* Stop tracking path: cancel its pending work, drop its running job's result, free its unit. */
void dls_sched_remove(dls_sched *s, const char *path);
/* Number of jobs on the thread pool. */
size_t dls_sched_in_flight(const dls_sched *s);
/* Stop everything: remove every file. Running jobs complete in the background; the loop keeps
 * running until they have; call dls_sched_free after the loop has returned. */
void dls_sched_stop(dls_sched *s);
void dls_sched_free(dls_sched *s);

void dls_job_input_free(dls_job_input *in);
void dls_job_result_free(dls_job_result *res);

#endif
