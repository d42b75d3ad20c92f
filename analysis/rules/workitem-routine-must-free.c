/*
 * workitem-routine-must-free.c - a one-shot work item (allocated into a local and queued) whose
 * work routine, found through the queue call's routine argument in any file, never releases it
 * (its NdisIoWorkItemHandle / IoWorkItem parameter, the context parameter when the handle is the
 * context, or the context field it was stored in), and which nothing else releases.
 */
#include "program.h"

#include <stdlib.h>

/* Routine parameter that receives the handle itself, and the argument/parameter of the context. */
static void dls_rmf_params(dls_api api, int *handle_param, int *ctx_arg, int *ctx_param) {
    *handle_param = *ctx_arg = *ctx_param = -1;
    if (api == DLS_API_NDIS_QUEUE) {
        *handle_param = 1;
        *ctx_arg = 2;
        *ctx_param = 0;
    } else if (api == DLS_API_IO_QUEUE || api == DLS_API_IO_QUEUE_EX) {
        *handle_param = api == DLS_API_IO_QUEUE_EX ? 2 : -1;
        *ctx_arg = 3;
        *ctx_param = 1;
    }
}

/* Whether obj is still queued-and-unreleased at some exit, and whether it is long-lived there. */
static int dls_rmf_queued_at_exit(const dls_flow_result *r, int obj, int *long_lived, int *home) {
    int queued = 0;
    for (unsigned e = 0; e < r->n_exits; e++) {
        const dls_flow_exit *ex = &r->exits[e];
        if (dls_flow_ob_status(r, ex->st, obj) != DLS_OB_QUEUED)
            continue;
        queued = 1;
        if (dls_flow_ob_long_lived(r, ex->st, obj)) {
            *long_lived = 1;
            *home = dls_flow_ob_home(r, ex->st, obj);
        }
    }
    return queued;
}

static void dls_rmf_queue(const dls_rule_ctx *ctx, const dls_pfn *pf, const dls_flow_queue *q,
                          dls_findings *out) {
    const dls_flow_result *r = pf->res;
    const dls_flow_obj *fo = &r->objs[q->obj];
    if (fo->slot >= 0 &&
        (r->slots[fo->slot].kind == DLS_SLOT_FIELD || r->slots[fo->slot].kind == DLS_SLOT_GLOBAL))
        return; /* not one-shot: long-lived slots belong to the other rules */
    const dls_event *ev = &pf->fn->cfg.blocks[q->block].ev[q->ev];
    if (ev->n_args < 2 || ev->args[1].kind != DLS_VAL_FUNC)
        return;
    const dls_pfn *routine = dls_program_lookup(ctx, ev->args[1].func, ev->args[1].func_usr);
    if (!routine || !routine->sum.complete)
        return; /* unknown routine: assume it frees */
    int hp, ca, cp;
    dls_rmf_params(ev->api, &hp, &ca, &cp);
    const dls_sum_outcome *rs = &routine->sum.oc[0];
    if (hp >= 0 && (rs->param_rel_may >> hp & 1))
        return;
    if (ca >= 0 && (unsigned)ca < ev->n_args && ev->args[ca].kind == DLS_VAL_SLOT &&
        ev->args[0].kind == DLS_VAL_SLOT && ev->args[ca].slot == ev->args[0].slot && cp >= 0 &&
        (rs->param_rel_may >> cp & 1))
        return; /* the handle is the context, and the routine frees the context */
    int long_lived = 0, home = -1;
    if (!dls_rmf_queued_at_exit(r, q->obj, &long_lived, &home))
        return; /* released later on every path */
    if (long_lived && home >= 0 &&
        dls_program_released_anywhere(ctx, r->slots[home].key, r->slots[home].record))
        return;
    if (ca >= 0 && (unsigned)ca < ev->n_args && ev->args[ca].kind == DLS_VAL_SLOT) {
        /* the context may carry the handle in a field the routine frees */
        const char *pointee = pf->fn->slots[ev->args[ca].slot].pointee;
        for (unsigned i = 0; pointee && i < rs->n_rel_may; i++) {
            const char *k = rs->rel_may[i];
            size_t n = 0;
            while (pointee[n] && k[n] == pointee[n])
                n++;
            if (!pointee[n] && k[n] == '.')
                return;
        }
    }
    char *msg = dls_xasprintf("work item allocated here is queued to %s, which never frees it",
                              routine->fn->name);
    dls_finding *f = dls_program_report(ctx, out, "workitem-routine-must-free", fo->site.file,
                                        &fo->site.loc, msg);
    free(msg);
    if (!f)
        return;
    dls_program_note(f, 0, pf->ff->path, &ev->loc, "queued here");
    msg = dls_xasprintf("%s does not free its work-item handle", routine->fn->name);
    dls_program_note(f, 0, routine->ff->path, &routine->fn->name_loc, msg);
    free(msg);
}

void dls_rule_routine_must_free(const dls_rule_ctx *ctx, dls_findings *out) {
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_pfn *pf = &ctx->fns[i];
        if (!pf->res || !pf->res->complete)
            continue;
        for (unsigned q = 0; q < pf->res->n_queues; q++)
            dls_rmf_queue(ctx, pf, &pf->res->queues[q], out);
    }
}
