/*
 * summaries.h - what a function does to work items, as seen by its callers: the long-lived slots it
 * leaves allocated, the slots and parameters it releases (on some path / on every path), handles it
 * returns or writes through out-parameters, and its return value; split into a success and a
 * failure outcome for functions returning NDIS_STATUS / NTSTATUS / BOOLEAN / a pointer. Summaries
 * are the only thing that crosses functions and files. They are built from a dataflow result
 * (dataflow.h) by dls_sum_build; the program (program.c) computes them bottom-up over the call
 * graph. Sites and keys point into the facts of the program (borrowed; valid while the facts are).
 * Thread: one thread at a time.
 */
#ifndef DLS_SUMMARIES_H
#define DLS_SUMMARIES_H

#include "cfg.h"

/* Where a handle was created: the allocation call, possibly in another function or file. */
typedef struct {
    const char *file; /* borrowed from the facts */
    const char *fn;   /* borrowed */
    dls_loc loc;
    dls_api api;
} dls_site;

typedef struct {
    char *key; /* long-lived slot */
    dls_site site;
    int nonnull; /* checked against NULL on every path that leaves it allocated */
} dls_sum_alloc;

/* Abstract values (also the dataflow's): TOP, a constant, nonzero, negative, non-negative. */
typedef enum { DLS_V_TOP = 0, DLS_V_CONST, DLS_V_NZ, DLS_V_NEG, DLS_V_NONNEG } dls_vkind;

typedef struct {
    int feasible;
    dls_sum_alloc *allocs;
    unsigned n_allocs;
    char **rel_may; /* long-lived slot keys (or "RECORD.*") released on some path */
    unsigned n_rel_may;
    char **rel_must; /* ... released on every path of this outcome */
    unsigned n_rel_must;
    unsigned param_rel_may, param_rel_must; /* bit i: parameter i released / handed over */
    unsigned param_out;                     /* bit i: a new live handle written through param i */
    dls_site out_site;
    int ret_alloc; /* returns a new live handle */
    dls_site ret_site;
    dls_vkind ret_vk; /* returned value */
    long long ret_c;
} dls_sum_outcome;

/* A block the function frees with a pool or lookaside free while it may still hold an
 * initialised work item: the block was untouched by the function on that path (the caller's state
 * decides whether IoUninitializeWorkItem was called first). */
typedef struct {
    char *key;     /* the long-lived slot holding the block, or NULL for a parameter */
    int param;     /* the parameter holding the block (key NULL), else -1 */
    dls_site site; /* the free: a call in this function, or the callee's free it reaches */
} dls_sum_free;

typedef struct dls_summary {
    int complete;          /* 0: the analysis gave up; callers treat the function as unknown */
    int split;             /* oc[1] differs from oc[0]: callers fork on the outcome */
    dls_sum_outcome oc[2]; /* [0] success (or the only outcome), [1] failure */
    /* Every outcome: */
    dls_sum_free *entry_frees; /* blocks freed in the state the caller left them */
    unsigned n_entry_frees;
    char **freed; /* long-lived keys (or "RECORD.*") freed on some path: by a work-item free or
                     uninitialise, a pool free, or code the checker cannot see (not by queueing) */
    unsigned n_freed;
    unsigned param_freed; /* bit i: parameter i freed that way on some path */
} dls_summary;

struct dls_flow_result;
/* Fill sum (previous content freed) from a finished dataflow result. */
void dls_sum_build(dls_summary *sum, const struct dls_flow_result *r);
/* An empty, complete summary (the start of a fixed-point iteration). */
void dls_sum_init(dls_summary *sum);
void dls_sum_clear(dls_summary *sum);
/* Whether two summaries say the same (for fixed points). */
int dls_sum_equal(const dls_summary *a, const dls_summary *b);
/* Whether the summary's outcome o releases key (exactly, or through a "RECORD.*" wildcard). */
int dls_sum_releases(const dls_sum_outcome *o, const char *key, const char *record, int must);
/* Whether the function frees key (exactly, or through a "RECORD.*" wildcard) on some path, as
 * dls_summary.freed counts frees. */
int dls_sum_frees(const dls_summary *sum, const char *key, const char *record);

#endif
