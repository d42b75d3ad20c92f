/*
 * workitem-null-deref.c - the result of an allocation that can fail reaches a work-item call on a
 * path where it was never compared with NULL: an NdisAllocateIoWorkItem / IoAllocateWorkItem
 * handle queued (NdisQueueIoWorkItem, IoQueueWorkItem(Ex), IoTryQueueWorkItem), or pool storage
 * (ExAllocatePool*, lookaside, NdisAllocateMemoryWithTagPriority) passed to IoInitializeWorkItem.
 * Allocations that raise instead of failing (POOL_FLAG_RAISE_ON_FAILURE) are not reported, nor
 * handles a callee returns (it may have checked them), nor a handle that went to code the checker
 * cannot see.
 *
 * Reported at the work-item call, with a note at the allocation.
 */
#include "wdm.h"

#include <stdlib.h>
#include <string.h>

#define DLS_ND_RULE "workitem-null-deref"

/* The unchecked allocation the call observed in ob uses (its file and location in *file,
 * *alloc), or 0. */
static int dls_nd_unchecked(const dls_pfn *pf, const dls_flow_obs *ob, const char **file,
                            dls_loc *alloc) {
    const dls_flow_result *r = pf->res;
    const dls_event *ev = &pf->fn->cfg.blocks[ob->block].ev[ob->ev];
    int queue = ev->api == DLS_API_NDIS_QUEUE || ev->api == DLS_API_IO_QUEUE ||
                ev->api == DLS_API_IO_QUEUE_EX || ev->k.api == DLS_KAPI_TRY_QUEUE;
    int arg = queue ? 0 : ev->api == DLS_API_IO_INIT ? 1 : -1;
    if (arg < 0 || (unsigned)arg >= ev->n_args || ev->args[arg].kind != DLS_VAL_SLOT)
        return 0;
    int slot = ev->args[arg].slot;
    if (dls_flow_checked(r, ob->st, slot))
        return 0;
    if (queue) {
        int obj = dls_flow_slot_obj(r, ob->st, slot);
        /* only this function's own allocations: a callee may have checked what it hands back */
        if (obj < 0 || dls_flow_ob_status(r, ob->st, obj) != DLS_OB_LIVE ||
            strcmp(r->objs[obj].tag, "alloc") != 0)
            return 0;
        *file = r->objs[obj].site.file;
        *alloc = r->objs[obj].site.loc;
        return 1;
    }
    int b, e;
    dls_flow_source(r, ob->st, slot, &b, &e);
    const dls_event *src = b >= 0 ? &pf->fn->cfg.blocks[b].ev[e] : NULL;
    if (!src || src->k.api != DLS_KAPI_ALLOC || src->k.never_null)
        return 0;
    *file = pf->ff->path;
    *alloc = src->loc;
    return 1;
}

static void dls_nd_visit(const dls_rule_ctx *ctx, const dls_pfn *pf, const dls_flow_obs *ob,
                         dls_wdm_run *run) {
    const dls_event *ev = &pf->fn->cfg.blocks[ob->block].ev[ob->ev];
    dls_loc alloc;
    const char *file = NULL;
    if (!dls_nd_unchecked(pf, ob, &file, &alloc) ||
        !dls_wdm_seen_add(&run->seen, pf->ff->path, ev->loc.begin))
        return;
    char *msg = dls_xasprintf("the allocation used by %s can fail and was never compared with "
                              "NULL on this path",
                              ev->callee);
    dls_finding *f = dls_program_report(ctx, run->out, DLS_ND_RULE, pf->ff->path, &ev->loc, msg);
    free(msg);
    if (f)
        dls_program_note(f, 0, file, &alloc, "allocated here; it may be NULL");
}

void dls_rule_null_deref(const dls_rule_ctx *ctx, dls_findings *out) {
    dls_wdm_each_obs(ctx, out, dls_nd_visit, NULL);
}
