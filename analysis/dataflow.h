/*
 * dataflow.h - the path-sensitive dataflow every work-item rule reads. For one function it walks
 * the CFG with a set of abstract states per block (kept apart up to a bound, joined beyond it).
 * A state holds, per slot, an abstract value (constant / nonzero / negative / ...) and the work
 * item it holds; per work item, its status (live, released, queued, handed over) and NULL-ness; and
 * the slots released so far on the path. Conditions "slot OP constant" prune infeasible edges and
 * refine the state; calls apply the callee's summary, forked by success/failure outcome.
 *
 * The result keeps every exit state (with the path that reached it) and every queue call, so rules
 * and summaries are computed from one run. Ownership: the caller frees the result with
 * dls_flow_free; it borrows the function's facts and the summaries' sites.
 * Thread: one thread at a time; no shared state.
 */
#ifndef DLS_DATAFLOW_H
#define DLS_DATAFLOW_H

#include "facts.h"
#include "summaries.h"

/* How the dataflow learns about callees. */
typedef struct {
    /* The summary of the function a call resolves to, or NULL when no definition is known. */
    const dls_summary *(*summary)(void *ctx, const dls_event *call);
    void *ctx;
    unsigned max_states; /* per block before joining; 0: 32 */
    unsigned budget;     /* block visits before giving up; 0: 200000 */
    /* The field keys ("RECORD.Field") of work-item storage that lives inside blocks of record
     * (p->Field = (PIO_WORKITEM)(p + 1) somewhere in the driver); NULL or *n == 0 when none. */
    const char *const *(*embedded)(void *ctx, const char *record, unsigned *n);
} dls_flow_env;

typedef enum {
    DLS_OB_NONE = 0,
    DLS_OB_LIVE,
    DLS_OB_RELEASED,
    DLS_OB_QUEUED,
    DLS_OB_ESCAPED,
    DLS_OB_MIXED
} dls_ob_status;
typedef enum { DLS_NUL_MAYBE = 0, DLS_NUL_NONNULL, DLS_NUL_NULL } dls_nullness;
typedef enum { DLS_OUT_UNKNOWN = 0, DLS_OUT_SUCCESS, DLS_OUT_FAILURE } dls_outcome;

/* A slot of the run: the function's own slots first, then keys named by callee summaries. */
typedef struct {
    const char *key;
    dls_slot_kind kind;
    const char *record;
    int param;
} dls_flow_slot;

/* A work item the function may create: at a direct allocation call, or through a callee. */
typedef struct {
    int block, ev; /* the call in this function */
    dls_site site; /* where the handle is really allocated */
    int slot;      /* slot it is first stored in */
    const char *tag;
} dls_flow_obj;

typedef struct dls_state dls_state;
typedef struct dls_pnode dls_pnode;

/* The storage lifecycle of a slot on a path (storage for IoInitializeWorkItem). */
typedef enum {
    DLS_STORE_ENTRY = 0, /* untouched on this path: as the function found it */
    DLS_STORE_FRESH, /* holds a block allocated (or pointed into) on this path, not initialised */
    DLS_STORE_INIT,  /* passed to IoInitializeWorkItem on this path and not uninitialised since */
    DLS_STORE_GONE   /* uninitialised, freed, handed over or overwritten on this path */
} dls_store;

/* A state seen just before a call the storage and lifetime rules read: work-item API calls, pool
 * and lookaside frees, IoTryQueueWorkItem, and calls of functions whose summary frees storage
 * (callee set). One per distinct state reaching the call. */
typedef struct {
    int block, ev;
    const dls_state *st;
    const struct dls_summary *callee;
} dls_flow_obs;

typedef struct {
    int block;
    dls_loc loc;
    int implicit;
    dls_outcome outcome;
    const dls_state *st;
    int ret_obj;      /* object returned, or -1 */
    dls_vkind ret_vk; /* the returned value */
    long long ret_c;
} dls_flow_exit;

typedef struct {
    int block, ev; /* the queue call */
    int obj;
} dls_flow_queue;

typedef struct dls_flow_result {
    const dls_fn *fn;
    const char *file;
    int complete; /* 0: budget exhausted; exits are not trustworthy */
    dls_flow_slot *slots;
    unsigned n_slots;
    dls_flow_obj *objs;
    unsigned n_objs;
    dls_flow_exit *exits;
    unsigned n_exits, cap_exits;
    dls_flow_queue *queues;
    unsigned n_queues, cap_queues;
    unsigned char *rel_any;   /* slot released anywhere (one byte per slot) */
    unsigned char *freed_any; /* slot freed anywhere, as dls_summary.freed counts frees */
    dls_flow_obs *obs;
    unsigned n_obs, cap_obs;
    unsigned *ev_base;       /* per block: the flat index of its first event */
    unsigned char *embedded; /* per slot: a field key that env.embedded names for its record */
    void *arena;
    size_t arena_bytes;   /* what the arena holds */
    unsigned n_slots_own; /* slots owned (keys copied) start here */
} dls_flow_result;

dls_flow_result *dls_flow_run(const dls_fn *fn, const char *file, const dls_flow_env *env);
void dls_flow_free(dls_flow_result *r);

/* Reading exit states. */
dls_ob_status dls_flow_ob_status(const dls_flow_result *r, const dls_state *st, int obj);
dls_nullness dls_flow_ob_null(const dls_flow_result *r, const dls_state *st, int obj);
int dls_flow_ob_home(const dls_flow_result *r, const dls_state *st, int obj);
/* Whether obj is held by (or was stored in) a long-lived slot on this state. */
int dls_flow_ob_long_lived(const dls_flow_result *r, const dls_state *st, int obj);
/* Whether slot was released on the path to st. */
int dls_flow_released(const dls_flow_result *r, const dls_state *st, int slot);
/* Object in slot on st, or -1. */
int dls_flow_slot_obj(const dls_flow_result *r, const dls_state *st, int slot);

/* Reading observed states (storage and lifetime rules). */
dls_store dls_flow_store(const dls_flow_result *r, const dls_state *st, int slot);
/* The call whose result slot holds on the path to st: *block / *ev, or *block = -1. */
void dls_flow_source(const dls_flow_result *r, const dls_state *st, int slot, int *block, int *ev);
/* Whether the value in slot, reached through variable base (dls_val.base), was freed or
 * uninitialised earlier on the path: the slot's own mark (made through the same variable, which
 * was not assigned since) or the mark of the handle it holds. *block / *ev: the call that did it
 * (*block = -1 when unknown). */
int dls_flow_freed(const dls_flow_result *r, const dls_state *st, int slot, int base, int *block,
                   int *ev);
/* Whether the value in slot was compared with NULL on the path (or is known not to be NULL). */
int dls_flow_checked(const dls_flow_result *r, const dls_state *st, int slot);
/* The long-lived slot a local's value was copied from on the path, or -1. */
int dls_flow_alias(const dls_flow_result *r, const dls_state *st, int slot);
/* Whether slot, or for a field slot every field of its record ("RECORD.*"), was released on the
 * path to st. */
int dls_flow_released_key(const dls_flow_result *r, const dls_state *st, int slot);
/* The run slot of key, or -1. */
int dls_flow_find_slot(const dls_flow_result *r, const char *key);

/* A block of possible work-item storage that an observed call frees. */
typedef struct {
    int slot;        /* the slot of this run holding it */
    dls_store store; /* its storage state just before the call */
    int released;    /* released (uninitialised, handed over) earlier on the path */
    dls_site site;   /* the free: this call, or inside the callee */
    int via_param;   /* freed by the callee through the parameter it was passed in */
} dls_flow_sfree;
/* The blocks the call of observation ob frees: the block passed to a pool / lookaside free (its
 * local alias followed), storage pointing into that block (in this function, or embedded by
 * record through env.embedded), and what a callee's summary frees (dls_summary.entry_frees).
 * Fills up to max entries; returns how many there are. */
unsigned dls_flow_storage_frees(const dls_flow_result *r, const dls_flow_obs *ob,
                                dls_flow_sfree *out, unsigned max);

/* One step of the path to a state (oldest first). */
typedef struct {
    dls_loc loc;
    const char *message; /* static string */
} dls_flow_step;
/* The steps of the path to st, oldest first; *n set. New array (free it). */
dls_flow_step *dls_flow_path(const dls_state *st, unsigned *n);
/* The same for the path to st starting at the creation of obj. */
dls_flow_step *dls_flow_path_from(const dls_flow_result *r, const dls_state *st, int obj,
                                  unsigned *n);

#endif
