/*
 * cfg.c - building and reading the per-function CFG (see cfg.h).
 */
#include "cfg.h"
#include "analysis.h"

#include <stdlib.h>
#include <string.h>

int dls_slot_long_lived(const dls_slot *s) {
    return s->kind == DLS_SLOT_FIELD || s->kind == DLS_SLOT_GLOBAL || s->kind == DLS_SLOT_DEREF;
}

dls_api dls_api_of(const char *callee) {
    static const struct {
        const char *name;
        dls_api api;
    } table[] = {
        {"NdisAllocateIoWorkItem", DLS_API_NDIS_ALLOC},
        {"NdisFreeIoWorkItem", DLS_API_NDIS_FREE},
        {"NdisQueueIoWorkItem", DLS_API_NDIS_QUEUE},
        {"IoAllocateWorkItem", DLS_API_IO_ALLOC},
        {"IoFreeWorkItem", DLS_API_IO_FREE},
        {"IoQueueWorkItem", DLS_API_IO_QUEUE},
        {"IoQueueWorkItemEx", DLS_API_IO_QUEUE_EX},
        {"IoInitializeWorkItem", DLS_API_IO_INIT},
        {"IoUninitializeWorkItem", DLS_API_IO_UNINIT},
    };
    if (!callee)
        return DLS_API_NONE;
    for (size_t i = 0; i < sizeof table / sizeof *table; i++)
        if (strcmp(callee, table[i].name) == 0)
            return table[i].api;
    return DLS_API_NONE;
}

dls_kcall dls_kcall_of(const char *callee) {
    /* name, api, ptr, list, pool argument, size argument, pool implied by the API */
    static const struct {
        const char *name;
        dls_kapi api;
        signed char ptr, list, pool_arg, size_arg;
        dls_pool pool;
    } table[] = {
        {"ExAllocatePool", DLS_KAPI_ALLOC, -1, -1, 0, 1, DLS_POOL_UNKNOWN},
        {"ExAllocatePoolWithTag", DLS_KAPI_ALLOC, -1, -1, 0, 1, DLS_POOL_UNKNOWN},
        {"ExAllocatePoolWithQuotaTag", DLS_KAPI_ALLOC, -1, -1, 0, 1, DLS_POOL_UNKNOWN},
        {"ExAllocatePoolWithTagPriority", DLS_KAPI_ALLOC, -1, -1, 0, 1, DLS_POOL_UNKNOWN},
        {"ExAllocatePoolZero", DLS_KAPI_ALLOC, -1, -1, 0, 1, DLS_POOL_UNKNOWN},
        {"ExAllocatePoolUninitialized", DLS_KAPI_ALLOC, -1, -1, 0, 1, DLS_POOL_UNKNOWN},
        {"ExAllocatePoolQuotaZero", DLS_KAPI_ALLOC, -1, -1, 0, 1, DLS_POOL_UNKNOWN},
        {"ExAllocatePool2", DLS_KAPI_ALLOC, -1, -1, 0, 1, DLS_POOL_UNKNOWN},
        {"ExAllocatePool3", DLS_KAPI_ALLOC, -1, -1, 0, 1, DLS_POOL_UNKNOWN},
        {"NdisAllocateMemoryWithTagPriority", DLS_KAPI_ALLOC, -1, -1, -1, 1, DLS_POOL_NONPAGED},
        {"ExAllocateFromLookasideListEx", DLS_KAPI_ALLOC, -1, 0, -1, -1, DLS_POOL_UNKNOWN},
        {"ExAllocateFromNPagedLookasideList", DLS_KAPI_ALLOC, -1, 0, -1, -1, DLS_POOL_NONPAGED},
        {"ExAllocateFromPagedLookasideList", DLS_KAPI_ALLOC, -1, 0, -1, -1, DLS_POOL_PAGED},
        {"ExFreePool", DLS_KAPI_FREE, 0, -1, -1, -1, DLS_POOL_UNKNOWN},
        {"ExFreePoolWithTag", DLS_KAPI_FREE, 0, -1, -1, -1, DLS_POOL_UNKNOWN},
        {"ExFreePool2", DLS_KAPI_FREE, 0, -1, -1, -1, DLS_POOL_UNKNOWN},
        {"NdisFreeMemory", DLS_KAPI_FREE, 0, -1, -1, -1, DLS_POOL_UNKNOWN},
        {"NdisFreeMemoryWithTagPriority", DLS_KAPI_FREE, 1, -1, -1, -1, DLS_POOL_UNKNOWN},
        {"ExFreeToLookasideListEx", DLS_KAPI_FREE, 1, 0, -1, -1, DLS_POOL_UNKNOWN},
        {"ExFreeToNPagedLookasideList", DLS_KAPI_FREE, 1, 0, -1, -1, DLS_POOL_UNKNOWN},
        {"ExFreeToPagedLookasideList", DLS_KAPI_FREE, 1, 0, -1, -1, DLS_POOL_UNKNOWN},
        {"ExInitializeLookasideListEx", DLS_KAPI_LOOKASIDE_INIT, -1, 0, 3, 5, DLS_POOL_UNKNOWN},
        {"ExInitializeNPagedLookasideList", DLS_KAPI_LOOKASIDE_INIT, -1, 0, -1, 4,
         DLS_POOL_NONPAGED},
        {"ExInitializePagedLookasideList", DLS_KAPI_LOOKASIDE_INIT, -1, 0, -1, 4, DLS_POOL_PAGED},
        {"IoSizeofWorkItem", DLS_KAPI_SIZEOF_WI, -1, -1, -1, -1, DLS_POOL_UNKNOWN},
        {"IoTryQueueWorkItem", DLS_KAPI_TRY_QUEUE, -1, -1, -1, -1, DLS_POOL_UNKNOWN},
    };
    dls_kcall k = {DLS_KAPI_NONE, -1, -1, -1, -1, 0, DLS_POOL_UNKNOWN, 0};
    if (!callee || (callee[0] != 'E' && callee[0] != 'I' && callee[0] != 'N'))
        return k;
    for (size_t i = 0; i < sizeof table / sizeof *table; i++) {
        if (strcmp(callee, table[i].name) != 0)
            continue;
        k.api = table[i].api;
        k.ptr = table[i].ptr;
        k.list = table[i].list;
        k.pool_arg = table[i].pool_arg;
        k.size_arg = table[i].size_arg;
        k.pool = (unsigned char)table[i].pool;
        k.pool_flags = strncmp(callee, "ExAllocatePool", 14) == 0 &&
                       (callee[14] == '2' || callee[14] == '3') && !callee[15];
        break;
    }
    return k;
}

int dls_cfg_new_block(dls_cfg *g) {
    if (g->n == g->cap) {
        g->cap = g->cap ? g->cap * 2 : 16;
        g->blocks = dls_xrealloc(g->blocks, g->cap * sizeof *g->blocks);
    }
    dls_block *b = &g->blocks[g->n];
    memset(b, 0, sizeof *b);
    b->term = DLS_TERM_JUMP;
    b->succ[0] = b->succ[1] = -1;
    b->sw_slot = -1;
    b->sw_default = -1;
    b->cond.slot = -1;
    return (int)g->n++;
}

dls_event *dls_cfg_add_event(dls_cfg *g, int block, const dls_event *ev) {
    dls_block *b = &g->blocks[block];
    if (b->n_ev == b->cap_ev) {
        b->cap_ev = b->cap_ev ? b->cap_ev * 2 : 4;
        b->ev = dls_xrealloc(b->ev, b->cap_ev * sizeof *b->ev);
    }
    b->ev[b->n_ev] = *ev;
    return &b->ev[b->n_ev++];
}

void dls_cfg_jump(dls_cfg *g, int block, int to) {
    dls_block *b = &g->blocks[block];
    b->term = DLS_TERM_JUMP;
    b->succ[0] = to;
}

void dls_cfg_branch(dls_cfg *g, int block, const dls_cond *cond, const dls_loc *loc, int t, int f) {
    dls_block *b = &g->blocks[block];
    b->term = DLS_TERM_BRANCH;
    b->cond = *cond;
    if (loc)
        b->cond_loc = *loc;
    b->succ[0] = t;
    b->succ[1] = f;
}

void dls_cfg_return(dls_cfg *g, int block, const dls_val *val, int implicit, const dls_loc *loc) {
    dls_block *b = &g->blocks[block];
    b->term = DLS_TERM_RETURN;
    b->has_ret = val != NULL;
    if (val)
        b->ret = *val;
    b->ret_implicit = implicit;
    if (loc)
        b->ret_loc = *loc;
}

void dls_cfg_switch(dls_cfg *g, int block, int slot, const dls_loc *loc) {
    dls_block *b = &g->blocks[block];
    b->term = DLS_TERM_SWITCH;
    b->sw_slot = slot;
    b->sw_default = -1;
    if (loc)
        b->cond_loc = *loc;
}

void dls_cfg_add_case(dls_cfg *g, int sw_block, int known, long long value, int succ) {
    dls_block *b = &g->blocks[sw_block];
    b->cases = dls_xrealloc(b->cases, (b->n_cases + 1) * sizeof *b->cases);
    b->cases[b->n_cases].value = value;
    b->cases[b->n_cases].known = known;
    b->cases[b->n_cases].succ = succ;
    memset(&b->cases[b->n_cases].loc, 0, sizeof b->cases[b->n_cases].loc);
    b->n_cases++;
}

unsigned dls_cfg_nsucc(const dls_block *b) {
    switch (b->term) {
    case DLS_TERM_JUMP:
        return b->succ[0] >= 0 ? 1 : 0;
    case DLS_TERM_BRANCH:
        return 2;
    case DLS_TERM_SWITCH:
        return b->n_cases + 1;
    case DLS_TERM_RETURN:
        return 0;
    }
    return 0;
}

int dls_cfg_succ(const dls_block *b, unsigned i) {
    if (b->term == DLS_TERM_SWITCH)
        return i < b->n_cases ? b->cases[i].succ : b->sw_default;
    return b->succ[i];
}

void dls_val_free(dls_val *v) {
    free(v->func);
    free(v->func_usr);
    free(v->role);
    v->func = v->func_usr = v->role = NULL;
}

void dls_event_free(dls_event *e) {
    free(e->callee);
    free(e->callee_usr);
    for (unsigned i = 0; i < e->n_args; i++)
        dls_val_free(&e->args[i]);
    free(e->args);
    dls_val_free(&e->src);
}

void dls_cfg_free(dls_cfg *g) {
    for (unsigned i = 0; i < g->n; i++) {
        dls_block *b = &g->blocks[i];
        for (unsigned j = 0; j < b->n_ev; j++)
            dls_event_free(&b->ev[j]);
        free(b->ev);
        free(b->cases);
        dls_val_free(&b->ret);
    }
    free(g->blocks);
    memset(g, 0, sizeof *g);
}
