/*
 * io-workitem-storage.c - storage passed to IoInitializeWorkItem must come from nonpaged pool and
 * be sized by IoSizeofWorkItem(): an allocation from paged pool (PagedPool, POOL_FLAG_PAGED, a
 * paged lookaside list or a list initialised with PagedPool) or with a constant size (sizeof(...)
 * included) is reported.
 *
 * The allocation is found from each IoInitializeWorkItem call: the call whose result the storage
 * slot holds on that path (following one helper that returns it), else, for a field or global,
 * every allocation stored into that slot anywhere in the driver. A lookaside allocation is
 * followed to the list's ExInitialize*LookasideList* call, in any file.
 *
 * The finding for the fix engine: its range is the allocation call (ExAllocate...); notes hold
 * the argument to change, each with its range: "pool type: use NonPagedPoolNx" or "pool flags: use
 * POOL_FLAG_NON_PAGED" (the pool argument), "size: use IoSizeofWorkItem()" (the size argument), in
 * the allocation or in the list's initialisation, then the IoInitializeWorkItem call.
 */
#include "wdm.h"

#include <stdlib.h>
#include <string.h>

#define DLS_ST_RULE "io-workitem-storage"

/* An allocation and where its pool and size are decided (the list's initialisation for a
 * lookaside allocation). */
typedef struct {
    const dls_pfn *fn;
    const dls_event *alloc;
    const dls_pfn *init_fn; /* lookaside list initialisation, or NULL */
    const dls_event *init;
} dls_st_alloc;

/* The program-wide identity of a lookaside list argument: the slot's key for &list, "*" + key for
 * a pointer to one. New string, or NULL. */
static char *dls_st_list_key(const dls_fn *fn, const dls_val *v) {
    if (v->kind == DLS_VAL_ADDR)
        return dls_xstrdup(fn->slots[v->slot].key);
    if (v->kind == DLS_VAL_SLOT)
        return dls_xasprintf("*%s", fn->slots[v->slot].key);
    return NULL;
}

/* The ExInitialize*LookasideList* call of the list named key, anywhere in the driver. */
static const dls_event *dls_st_list_init(const dls_rule_ctx *ctx, const char *key,
                                         const dls_pfn **owner) {
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_fn *fn = ctx->fns[i].fn;
        for (unsigned b = 0; b < fn->cfg.n; b++)
            for (unsigned e = 0; e < fn->cfg.blocks[b].n_ev; e++) {
                const dls_event *ev = &fn->cfg.blocks[b].ev[e];
                if (ev->kind != DLS_EV_CALL || ev->k.api != DLS_KAPI_LOOKASIDE_INIT ||
                    ev->k.list < 0 || (unsigned)ev->k.list >= ev->n_args)
                    continue;
                char *k = dls_st_list_key(fn, &ev->args[ev->k.list]);
                int same = k && strcmp(k, key) == 0;
                free(k);
                if (same) {
                    *owner = &ctx->fns[i];
                    return ev;
                }
            }
    }
    return NULL;
}

static dls_st_alloc dls_st_make(const dls_rule_ctx *ctx, const dls_pfn *fn, const dls_event *ev) {
    dls_st_alloc a = {fn, ev, NULL, NULL};
    if (ev->k.list >= 0 && (unsigned)ev->k.list < ev->n_args) {
        char *key = dls_st_list_key(fn->fn, &ev->args[ev->k.list]);
        if (key)
            a.init = dls_st_list_init(ctx, key, &a.init_fn);
        free(key);
    }
    return a;
}

/* The pool the storage comes from, and the call and argument deciding it (-1: the API). */
static dls_pool dls_st_pool(const dls_st_alloc *a, const dls_event **at, int *arg) {
    *at = a->alloc;
    *arg = a->alloc->k.pool_arg;
    if (a->alloc->k.list >= 0 && a->alloc->k.pool == DLS_POOL_UNKNOWN && a->init) {
        *at = a->init;
        *arg = a->init->k.pool_arg;
    }
    return (dls_pool)(*at)->k.pool;
}

/* The call and argument giving the size, when it is a constant; NULL otherwise. */
static const dls_event *dls_st_const_size(const dls_st_alloc *a, int *arg) {
    const dls_event *at = a->alloc->k.list >= 0 ? a->init : a->alloc;
    if (!at || at->k.size_arg < 0 || (unsigned)at->k.size_arg >= at->n_args)
        return NULL;
    *arg = at->k.size_arg;
    return at->args[*arg].shape == DLS_SHAPE_CONST ? at : NULL;
}

/* The file of call ev of a (the allocation or the list's initialisation). */
static const char *dls_st_file(const dls_st_alloc *a, const dls_event *ev) {
    return (ev == a->init ? a->init_fn : a->fn)->ff->path;
}

static void dls_st_report(const dls_rule_ctx *ctx, dls_findings *out, const dls_st_alloc *a,
                          const dls_pfn *init_fn, const dls_event *init) {
    const dls_event *pool_at, *size_at;
    int pool_arg, size_arg = -1;
    int paged = dls_st_pool(a, &pool_at, &pool_arg) == DLS_POOL_PAGED;
    size_at = dls_st_const_size(a, &size_arg);
    if (!paged && !size_at)
        return;
    const char *what = paged && size_at ? "comes from paged pool and has a constant size"
                       : paged          ? "comes from paged pool"
                                        : "has a constant size, not IoSizeofWorkItem()";
    char *msg = dls_xasprintf("storage for an IO_WORKITEM %s: IoInitializeWorkItem needs "
                              "nonpaged memory of IoSizeofWorkItem() bytes",
                              what);
    dls_finding *f =
        dls_program_report(ctx, out, DLS_ST_RULE, a->fn->ff->path, &a->alloc->loc, msg);
    free(msg);
    if (!f)
        return;
    if (paged && pool_arg >= 0 && (unsigned)pool_arg < pool_at->n_args)
        dls_program_note(f, 0, dls_st_file(a, pool_at), &pool_at->args[pool_arg].loc,
                         pool_at->k.pool_flags ? "pool flags: use POOL_FLAG_NON_PAGED"
                                               : "pool type: use NonPagedPoolNx");
    else if (paged)
        dls_program_note(f, 0, dls_st_file(a, pool_at), &pool_at->loc,
                         "a paged lookaside list: use a nonpaged one");
    if (size_at)
        dls_program_note(f, 0, dls_st_file(a, size_at), &size_at->args[size_arg].loc,
                         "size: use IoSizeofWorkItem()");
    if (a->init)
        dls_program_note(f, 0, a->init_fn->ff->path, &a->init->loc,
                         "the lookaside list is initialised here");
    dls_program_note(f, 0, init_fn->ff->path, &init->loc,
                     "initialised as a work item with IoInitializeWorkItem here");
}

static void dls_st_check(const dls_rule_ctx *ctx, dls_findings *out, dls_wdm_seen *seen,
                         const dls_pfn *fn, const dls_event *alloc, const dls_pfn *init_fn,
                         const dls_event *init) {
    if (!dls_wdm_seen_add(seen, fn->ff->path, alloc->loc.begin))
        return;
    dls_st_alloc a = dls_st_make(ctx, fn, alloc);
    dls_st_report(ctx, out, &a, init_fn, init);
}

/* The allocations a helper returns: the allocation held by the returned slot at its exits. */
static void dls_st_returned(const dls_rule_ctx *ctx, dls_findings *out, dls_wdm_seen *seen,
                            const dls_pfn *helper, const dls_pfn *init_fn, const dls_event *init) {
    const dls_flow_result *r = helper->res;
    if (!r || !r->complete)
        return;
    for (unsigned x = 0; x < r->n_exits; x++) {
        const dls_block *bl = &helper->fn->cfg.blocks[r->exits[x].block];
        int b, e;
        if (!bl->has_ret || bl->ret.kind != DLS_VAL_SLOT)
            continue;
        dls_flow_source(r, r->exits[x].st, bl->ret.slot, &b, &e);
        const dls_event *ev = b >= 0 ? &helper->fn->cfg.blocks[b].ev[e] : NULL;
        if (ev && ev->k.api == DLS_KAPI_ALLOC)
            dls_st_check(ctx, out, seen, helper, ev, init_fn, init);
    }
}

/* Every allocation stored into long-lived key, anywhere in the driver. */
static void dls_st_stored(const dls_rule_ctx *ctx, dls_findings *out, dls_wdm_seen *seen,
                          const char *key, const dls_pfn *init_fn, const dls_event *init) {
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_fn *fn = ctx->fns[i].fn;
        for (unsigned b = 0; b < fn->cfg.n; b++)
            for (unsigned e = 0; e < fn->cfg.blocks[b].n_ev; e++) {
                const dls_event *ev = &fn->cfg.blocks[b].ev[e];
                if (ev->kind == DLS_EV_CALL && ev->k.api == DLS_KAPI_ALLOC && ev->ret_slot >= 0 &&
                    strcmp(fn->slots[ev->ret_slot].key, key) == 0)
                    dls_st_check(ctx, out, seen, &ctx->fns[i], ev, init_fn, init);
            }
    }
}

/* The storage of the IoInitializeWorkItem call observed in ob. */
static void dls_st_init(const dls_rule_ctx *ctx, dls_findings *out, dls_wdm_seen *seen,
                        const dls_pfn *pf, const dls_flow_obs *ob) {
    const dls_flow_result *r = pf->res;
    const dls_event *init = &pf->fn->cfg.blocks[ob->block].ev[ob->ev];
    if (init->n_args != 2 || init->args[1].kind != DLS_VAL_SLOT)
        return;
    int slot = init->args[1].slot, b, e;
    dls_flow_source(r, ob->st, slot, &b, &e);
    const dls_event *src = b >= 0 ? &pf->fn->cfg.blocks[b].ev[e] : NULL;
    if (src && src->k.api == DLS_KAPI_ALLOC) {
        dls_st_check(ctx, out, seen, pf, src, pf, init);
        return;
    }
    if (src) {
        const dls_pfn *helper = src->callee && src->api == DLS_API_NONE
                                    ? dls_program_lookup(ctx, src->callee, src->callee_usr)
                                    : NULL;
        if (helper)
            dls_st_returned(ctx, out, seen, helper, pf, init);
        return;
    }
    int alias = dls_flow_alias(r, ob->st, slot);
    int ll = alias >= 0 ? alias : slot;
    if (r->slots[ll].kind == DLS_SLOT_FIELD || r->slots[ll].kind == DLS_SLOT_GLOBAL)
        dls_st_stored(ctx, out, seen, r->slots[ll].key, pf, init);
}

static void dls_st_visit(const dls_rule_ctx *ctx, const dls_pfn *pf, const dls_flow_obs *ob,
                         dls_wdm_run *run) {
    if (pf->fn->cfg.blocks[ob->block].ev[ob->ev].api == DLS_API_IO_INIT)
        dls_st_init(ctx, run->out, &run->seen, pf, ob);
}

void dls_rule_storage(const dls_rule_ctx *ctx, dls_findings *out) {
    dls_wdm_each_obs(ctx, out, dls_st_visit, NULL);
}
