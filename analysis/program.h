/*
 * program.h - what the rules (one file per rule under analysis/rules/) see of a linked program:
 * every function defined in its files with its roles, summary and dataflow result, plus helpers to
 * look functions up and to emit findings. Built by dls_program_check (program.c) before the rules
 * run. Thread: the thread running dls_program_check. Everything is borrowed from the program and
 * valid only during the rules' run.
 */
#ifndef DLS_PROGRAM_H
#define DLS_PROGRAM_H

#include "dataflow.h"
#include "facts.h"
#include "summaries.h"

/* Roles a function plays (bits). */
enum {
    DLS_ROLE_INIT = 1u << 0,       /* MINIPORT_INITIALIZE */
    DLS_ROLE_HALT = 1u << 1,       /* MINIPORT_HALT */
    DLS_ROLE_NDIS_WI = 1u << 2,    /* NDIS_IO_WORKITEM_FUNCTION */
    DLS_ROLE_IO_WI = 1u << 3,      /* IO_WORKITEM_ROUTINE */
    DLS_ROLE_IO_WI_EX = 1u << 4,   /* IO_WORKITEM_ROUTINE_EX */
    DLS_ROLE_UNLOAD = 1u << 5,     /* DRIVER_UNLOAD */
    DLS_ROLE_DISPATCH = 1u << 6,   /* DRIVER_DISPATCH */
    DLS_ROLE_ADD_DEVICE = 1u << 7, /* DRIVER_ADD_DEVICE */
    DLS_ROLE_ENTRY = 1u << 8,      /* DRIVER_INITIALIZE, or a function named DriverEntry */
    DLS_ROLE_PNP = 1u << 9 /* the IRP_MJ_PNP dispatch routine (registered for it, or a dispatch
                              routine that handles IRP_MN_REMOVE_DEVICE) */
};

typedef struct {
    const dls_file_facts *ff;
    const dls_fn *fn;
    dls_summary sum;
    dls_flow_result *res; /* the last dataflow run (after summaries reached their fixed point) */
    unsigned roles;
    /* call-graph bookkeeping (program.c) */
    int *callees;
    unsigned n_callees;
    unsigned n_callers; /* calls of this function from the program's functions */
    int index, low, on_stack;
} dls_pfn;

typedef struct {
    dls_pfn *fns;
    unsigned n_fns;
    const dls_check_opts *opts;
    const char *file; /* only findings whose primary location is in this file; NULL: all */
    void *program;    /* opaque, for lookups */
} dls_rule_ctx;

/* The function a name/USR refers to (USR first, then extern functions by name), or NULL. */
const dls_pfn *dls_program_lookup(const dls_rule_ctx *ctx, const char *name, const char *usr);
/* Whether some function of the program releases key (or its record wildcard) on some path. */
int dls_program_released_anywhere(const dls_rule_ctx *ctx, const char *key, const char *record);
/* Start a finding at file/loc; NULL when file is filtered out (then add nothing). message is
 * copied. */
dls_finding *dls_program_report(const dls_rule_ctx *ctx, dls_findings *out, const char *rule,
                                const char *file, const dls_loc *loc, const char *message);
void dls_program_note(dls_finding *f, int to_path, const char *file, const dls_loc *loc,
                      const char *message);
/* Append the steps of a dataflow path to f->path. */
void dls_program_path(dls_finding *f, const char *file, const dls_flow_step *steps, unsigned n);

/* The rules (one file each under analysis/rules/). */
void dls_rule_init_halt(const dls_rule_ctx *ctx, dls_findings *out);
void dls_rule_leak(const dls_rule_ctx *ctx, dls_findings *out);
void dls_rule_routine_must_free(const dls_rule_ctx *ctx, dls_findings *out);
void dls_rule_never_freed(const dls_rule_ctx *ctx, dls_findings *out);
void dls_rule_double_free(const dls_rule_ctx *ctx, dls_findings *out);
void dls_rule_use_after_free(const dls_rule_ctx *ctx, dls_findings *out);
void dls_rule_null_deref(const dls_rule_ctx *ctx, dls_findings *out);
void dls_rule_uninit_before_free(const dls_rule_ctx *ctx, dls_findings *out);
void dls_rule_storage(const dls_rule_ctx *ctx, dls_findings *out);
void dls_rule_device_object(const dls_rule_ctx *ctx, dls_findings *out);

#endif
