/*
 * cfg.h - the control-flow graph of one function and the small instruction set its blocks hold:
 * calls (with work-item API kinds), assignments between slots, and branch conditions reduced to
 * "slot OP constant". The fact extractor (facts.c) builds CFGs with the dls_cfg_* builder calls
 * while it walks a function body once; the dataflow (dataflow.c) runs over them.
 *
 * Everything here is plain data (no libclang objects); strings are owned by the structs and freed
 * by dls_cfg_free. Thread: a CFG is used by one thread at a time; finished CFGs are read-only.
 */
#ifndef DLS_CFG_H
#define DLS_CFG_H

#include "clangx.h"

/* Where a handle (or any tracked value) lives. */
typedef enum {
    DLS_SLOT_LOCAL,  /* local variable (key "name@offset") */
    DLS_SLOT_PARAM,  /* parameter (key "%param#i") */
    DLS_SLOT_GLOBAL, /* global or static variable (key "G:usr") */
    DLS_SLOT_FIELD,  /* field path (key "MP_ADAPTER.ResetWorkItem") - same key in every function */
    DLS_SLOT_DEREF,  /* *p (key "*" + key of p) */
    DLS_SLOT_TEMP    /* the result of a call tested in a condition (key "%tmp#n") */
} dls_slot_kind;

typedef struct {
    dls_slot_kind kind;
    char *key;     /* unique in its function; FIELD and GLOBAL keys are program-wide */
    char *text;    /* source text of the first access, for messages */
    char *record;  /* FIELD: the record the path starts at; NULL otherwise */
    char *pointee; /* the record this slot points to (PMP_ADAPTER -> "MP_ADAPTER"), or NULL */
    int param;     /* PARAM (or DEREF of a PARAM): parameter index; else -1 */
} dls_slot;

/* Long-lived slots outlive the function: fields, globals, and anything written through a pointer.
 */
int dls_slot_long_lived(const dls_slot *s);

typedef enum {
    DLS_VAL_UNKNOWN = 0,
    DLS_VAL_CONST,   /* c */
    DLS_VAL_SLOT,    /* the value held in slot */
    DLS_VAL_ADDR,    /* &slot */
    DLS_VAL_FUNC,    /* a function designator: func (name), func_usr */
    DLS_VAL_INTERIOR /* a pointer into the block slot points to: (T)(p + 1), p->Array (only as the
                        source of an assignment; anywhere else such values are UNKNOWN) */
} dls_val_kind;

/* The shape of an expression, for sizes: an integer constant expression (sizeof(...) included),
 * a call of IoSizeofWorkItem(), or anything else. */
typedef enum { DLS_SHAPE_OTHER = 0, DLS_SHAPE_CONST, DLS_SHAPE_SIZEOF_WI } dls_shape;

typedef struct {
    dls_val_kind kind;
    int slot;
    long long c;
    char *func, *func_usr;
    char *role; /* FUNC passed or assigned where a role-typed function is expected, or NULL */
    /* Where the expression is, and the plain variable it is reached from: for SLOT / ADDR of a
     * variable, the variable itself; of p->f or v.f, the slot of p or v; -1 when no single
     * variable names it (an array element, a call result). Set for call arguments and
     * assignment sources. */
    dls_loc loc;
    int base;
    unsigned char shape;      /* dls_shape */
    unsigned char driver_obj; /* the expression's type points to a DRIVER_OBJECT */
} dls_val;

/* The work-item APIs the checker knows. */
typedef enum {
    DLS_API_NONE = 0,
    DLS_API_NDIS_ALLOC,  /* NdisAllocateIoWorkItem(h) -> handle */
    DLS_API_NDIS_FREE,   /* NdisFreeIoWorkItem(wi) */
    DLS_API_NDIS_QUEUE,  /* NdisQueueIoWorkItem(wi, Routine, Context) */
    DLS_API_IO_ALLOC,    /* IoAllocateWorkItem(DeviceObject) -> handle */
    DLS_API_IO_FREE,     /* IoFreeWorkItem(wi) */
    DLS_API_IO_QUEUE,    /* IoQueueWorkItem(wi, Routine, QueueType, Context) */
    DLS_API_IO_QUEUE_EX, /* IoQueueWorkItemEx(wi, Routine, QueueType, Context) */
    DLS_API_IO_INIT,     /* IoInitializeWorkItem(IoObject, wi) */
    DLS_API_IO_UNINIT    /* IoUninitializeWorkItem(wi) */
} dls_api;

dls_api dls_api_of(const char *callee);

/* Kernel calls the storage rules read that are not work-item handle APIs. Their events keep
 * api == DLS_API_NONE, so the handle dataflow treats them as any other system call. */
typedef enum {
    DLS_KAPI_NONE = 0,
    DLS_KAPI_ALLOC, /* ExAllocatePool*, ExAllocateFrom*LookasideList*, NdisAllocateMemory* */
    DLS_KAPI_FREE,  /* ExFreePool*, ExFreeTo*LookasideList*, NdisFreeMemory* */
    DLS_KAPI_LOOKASIDE_INIT, /* ExInitializeLookasideListEx, ExInitialize(N)PagedLookasideList */
    DLS_KAPI_SIZEOF_WI,      /* IoSizeofWorkItem() */
    DLS_KAPI_TRY_QUEUE       /* IoTryQueueWorkItem(wi, Routine, QueueType, Context) */
} dls_kapi;

typedef enum { DLS_POOL_UNKNOWN = 0, DLS_POOL_NONPAGED, DLS_POOL_PAGED } dls_pool;

/* What a kernel call does with memory: which arguments matter (indices, -1 when none). */
typedef struct {
    dls_kapi api;
    signed char ptr;      /* FREE: the block freed */
    signed char list;     /* the lookaside list (ALLOC / FREE from a list, LOOKASIDE_INIT) */
    signed char pool_arg; /* the POOL_TYPE or POOL_FLAGS argument */
    signed char size_arg; /* the size in bytes */
    unsigned char
        pool_flags;     /* the pool argument is POOL_FLAGS (ExAllocatePool2/3), not POOL_TYPE */
    unsigned char pool; /* dls_pool: from the pool argument or the API (...NPaged...) */
    unsigned char never_null; /* POOL_FLAG_RAISE_ON_FAILURE / POOL_RAISE_IF_ALLOCATION_FAILURE */
} dls_kcall;

/* The kernel call description of callee (api DLS_KAPI_NONE when not one); pool and never_null are
 * left for the caller, who sees the arguments. */
dls_kcall dls_kcall_of(const char *callee);

typedef enum { DLS_EV_CALL, DLS_EV_ASSIGN } dls_ev_kind;

typedef struct {
    dls_ev_kind kind;
    dls_loc loc;
    /* DLS_EV_CALL */
    char *callee, *callee_usr; /* NULL for calls through pointers */
    int callee_system;         /* declared in a system header */
    dls_api api;
    dls_kcall k;
    dls_val *args;
    unsigned n_args;
    int ret_slot; /* slot that receives the result, or -1 */
    /* DLS_EV_ASSIGN */
    int dst;
    dls_val src;
} dls_event;

typedef enum { DLS_CMP_EQ, DLS_CMP_NE, DLS_CMP_LT, DLS_CMP_LE, DLS_CMP_GT, DLS_CMP_GE } dls_cmp;

/* A branch condition "slot op c"; slot < 0 means the condition is not understood (both edges). */
typedef struct {
    int slot;
    dls_cmp op;
    long long c;
} dls_cond;

typedef enum {
    DLS_TERM_JUMP,   /* succ[0] */
    DLS_TERM_BRANCH, /* cond: succ[0] when true, succ[1] when false */
    DLS_TERM_SWITCH, /* sw_slot compared with the cases; default in sw_default (or the next stmt) */
    DLS_TERM_RETURN  /* function exit; ret is the returned value */
} dls_term_kind;

typedef struct {
    long long value;
    int known; /* value is a constant */
    int succ;
    dls_loc loc; /* the case label */
} dls_case;

typedef struct {
    dls_event *ev;
    unsigned n_ev, cap_ev;
    dls_term_kind term;
    int succ[2];
    dls_cond cond;
    dls_loc cond_loc;
    int sw_slot;
    int sw_default;
    dls_case *cases;
    unsigned n_cases;
    dls_val ret;
    int has_ret;      /* "return expr;" */
    int ret_implicit; /* falling off the end of the function */
    dls_loc ret_loc;
} dls_block;

typedef struct {
    dls_block *blocks;
    unsigned n, cap;
} dls_cfg;

/* Builder. dls_cfg_new_block returns the index of a new block that jumps to -1 (unset). */
int dls_cfg_new_block(dls_cfg *g);
/* Append an event (moved in: the block owns its strings and args). Returns it. */
dls_event *dls_cfg_add_event(dls_cfg *g, int block, const dls_event *ev);
void dls_cfg_jump(dls_cfg *g, int block, int to);
void dls_cfg_branch(dls_cfg *g, int block, const dls_cond *cond, const dls_loc *loc, int t, int f);
void dls_cfg_return(dls_cfg *g, int block, const dls_val *val, int implicit, const dls_loc *loc);
/* Make block a switch over slot (slot < 0: not understood); cases are added with dls_cfg_add_case.
 */
void dls_cfg_switch(dls_cfg *g, int block, int slot, const dls_loc *loc);
void dls_cfg_add_case(dls_cfg *g, int sw_block, int known, long long value, int succ);
/* Number of successors and the i-th one (switch: cases first, then default). */
unsigned dls_cfg_nsucc(const dls_block *b);
int dls_cfg_succ(const dls_block *b, unsigned i);
void dls_cfg_free(dls_cfg *g);
void dls_val_free(dls_val *v);
void dls_event_free(dls_event *e);

#endif
