/*
 * workitem-never-freed.c - a long-lived slot (a field path or a global) filled by
 * IoAllocateWorkItem, NdisAllocateIoWorkItem or IoInitializeWorkItem that no function of the
 * driver ever releases: no free or uninitialise of that slot, no pool free of it, no code the
 * checker cannot see that receives it or its record, no routine it is queued to that frees its
 * work-item parameter. The whole-driver check behind the role-based rules: it needs no roles.
 *
 * Reported at the allocation (or the IoInitializeWorkItem call), with notes at the functions that
 * should release it: the driver's unload routines, the IRP_MN_REMOVE_DEVICE handling of its PnP
 * dispatch routines, and its MiniportHaltEx handlers.
 */
#include "wdm.h"

#include <stdlib.h>
#include <string.h>

#define DLS_NF_RULE "workitem-never-freed"

typedef struct {
    const char *file;
    dls_loc loc;
    const char *key, *record, *text;
} dls_nf_slot;

typedef struct {
    dls_nf_slot *items;
    unsigned n;
} dls_nf_slots;

static void dls_nf_add(dls_nf_slots *s, const char *file, const dls_loc *loc, const char *key,
                       const char *record, const char *text) {
    for (unsigned i = 0; i < s->n; i++)
        if (s->items[i].loc.begin == loc->begin && strcmp(s->items[i].file, file) == 0 &&
            strcmp(s->items[i].key, key) == 0)
            return;
    s->items = dls_xrealloc(s->items, (s->n + 1) * sizeof *s->items);
    s->items[s->n++] = (dls_nf_slot){file, *loc, key, record, text};
}

/* How fn's code spells the slot of key, else the key. */
static const char *dls_nf_text(const dls_fn *fn, const char *key) {
    for (unsigned s = 0; s < fn->n_slots; s++)
        if (strcmp(fn->slots[s].key, key) == 0)
            return fn->slots[s].text;
    return key;
}

/* Whether obj of r was queued to a work routine that frees the item it receives (or to one the
 * checker cannot see). */
static int dls_nf_queued_to_freeing_routine(const dls_rule_ctx *ctx, const dls_pfn *pf, int obj) {
    const dls_flow_result *r = pf->res;
    for (unsigned i = 0; i < r->n_queues; i++) {
        if (r->queues[i].obj != obj)
            continue;
        const dls_event *q = &pf->fn->cfg.blocks[r->queues[i].block].ev[r->queues[i].ev];
        if (dls_wdm_routine_frees(ctx, q))
            return 1;
    }
    return 0;
}

/* Allocations of pf's dataflow that reach an exit held by a long-lived slot. */
static void dls_nf_allocated(const dls_rule_ctx *ctx, const dls_pfn *pf, dls_nf_slots *out) {
    const dls_flow_result *r = pf->res;
    for (unsigned x = 0; x < r->n_exits; x++) {
        const dls_state *st = r->exits[x].st;
        for (unsigned o = 0; o < r->n_objs; o++) {
            dls_ob_status s = dls_flow_ob_status(r, st, (int)o);
            int home = dls_flow_ob_home(r, st, (int)o);
            if ((s != DLS_OB_LIVE && s != DLS_OB_QUEUED) || home < 0 ||
                dls_flow_ob_null(r, st, (int)o) == DLS_NUL_NULL ||
                (s == DLS_OB_QUEUED && dls_nf_queued_to_freeing_routine(ctx, pf, (int)o)))
                continue;
            const dls_flow_slot *hs = &r->slots[home];
            if (hs->kind != DLS_SLOT_FIELD && hs->kind != DLS_SLOT_GLOBAL)
                continue;
            const dls_site *site = &r->objs[o].site;
            dls_nf_add(out, site->file, &site->loc, hs->key, hs->record,
                       dls_nf_text(pf->fn, hs->key));
        }
    }
}

/* Long-lived slots pf passes to IoInitializeWorkItem (or stores a local it passes there into). */
static void dls_nf_initialised(const dls_pfn *pf, dls_nf_slots *out) {
    const dls_fn *fn = pf->fn;
    for (unsigned b = 0; b < fn->cfg.n; b++)
        for (unsigned e = 0; e < fn->cfg.blocks[b].n_ev; e++) {
            const dls_event *ev = &fn->cfg.blocks[b].ev[e];
            int storage = dls_wdm_init_storage(ev);
            const dls_slot *s = storage >= 0 ? &fn->slots[storage] : NULL;
            if (s && (s->kind == DLS_SLOT_FIELD || s->kind == DLS_SLOT_GLOBAL))
                dls_nf_add(out, pf->ff->path, &ev->loc, s->key, s->record, s->text);
        }
}

static int dls_nf_freed(const dls_rule_ctx *ctx, const dls_nf_slot *s) {
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_summary *sum = &ctx->fns[i].sum;
        if (!sum->complete || dls_sum_frees(sum, s->key, s->record))
            return 1;
    }
    return dls_wdm_queued_to_freeing_routine(ctx, s->key);
}

/* Notes at the functions that should release the slot. */
static void dls_nf_notes(const dls_rule_ctx *ctx, dls_finding *f, const char *text) {
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_pfn *pf = &ctx->fns[i];
        const dls_loc *remove = pf->roles & DLS_ROLE_DISPATCH ? dls_wdm_remove_device(pf) : NULL;
        char *msg = NULL;
        if (pf->roles & DLS_ROLE_UNLOAD)
            msg = dls_xasprintf("%s (DRIVER_UNLOAD) does not free %s", pf->fn->name, text);
        else if (pf->roles & DLS_ROLE_HALT)
            msg = dls_xasprintf("%s (MINIPORT_HALT) does not free %s", pf->fn->name, text);
        if (msg)
            dls_program_note(f, 0, pf->ff->path, &pf->fn->name_loc, msg);
        free(msg);
        if (remove) {
            msg = dls_xasprintf("the IRP_MN_REMOVE_DEVICE handling of %s does not free %s",
                                pf->fn->name, text);
            dls_program_note(f, 0, pf->ff->path, remove, msg);
            free(msg);
        }
    }
}

void dls_rule_never_freed(const dls_rule_ctx *ctx, dls_findings *out) {
    dls_nf_slots slots = {0};
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_pfn *pf = &ctx->fns[i];
        if (pf->res && pf->res->complete && pf->res->n_objs)
            dls_nf_allocated(ctx, pf, &slots);
        dls_nf_initialised(pf, &slots);
    }
    for (unsigned i = 0; i < slots.n; i++) {
        const dls_nf_slot *s = &slots.items[i];
        if (dls_nf_freed(ctx, s))
            continue;
        char *msg = dls_xasprintf("work item stored in %s is never freed: no function of the "
                                  "driver releases %s",
                                  s->text, s->key);
        dls_finding *f = dls_program_report(ctx, out, DLS_NF_RULE, s->file, &s->loc, msg);
        free(msg);
        if (f)
            dls_nf_notes(ctx, f, s->text);
    }
    free(slots.items);
}
