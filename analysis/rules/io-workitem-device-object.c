/*
 * io-workitem-device-object.c - a work item initialised with a driver object as its IoObject
 * (IoInitializeWorkItem's first argument: a PDRIVER_OBJECT by type, or a value that only ever
 * comes from one, such as DriverEntry's first parameter kept in a PVOID global) and later passed
 * to IoQueueWorkItem, which needs a device object. IoQueueWorkItemEx and IoTryQueueWorkItem
 * accept a driver object and are not reported.
 *
 * The item is followed by slot: the storage local in the initialising function and the long-lived
 * slots it is stored into there, or the storage field / global anywhere in the driver (and locals
 * copied from it). Facts only, no dataflow. The finding is at the IoInitializeWorkItem call, with
 * a note at each IoQueueWorkItem call. No automatic fix.
 */
#include "strmap.h"
#include "wdm.h"

#include <stdlib.h>
#include <string.h>

#define DLS_DO_RULE "io-workitem-device-object"
#define DLS_DO_ROUNDS 4

/* Driver-object values: long-lived keys and, per function, local slots whose every assignment
 * stores a driver object. Flags per key / local: 1 a driver object is stored, 2 something else. */
typedef struct {
    dls_strmap keys; /* key -> index into key_flags */
    unsigned char *key_flags, *key_driver;
    unsigned n_keys;
    unsigned char **local_flags, **local_driver; /* per function, per slot */
} dls_do_values;

static int dls_do_is_entry(const dls_pfn *pf) {
    return strcmp(pf->fn->name, "DriverEntry") == 0 ||
           (pf->fn->role && strcmp(pf->fn->role, "DRIVER_INITIALIZE") == 0);
}

static int dls_do_long_lived(const dls_slot *s) {
    return s->kind == DLS_SLOT_FIELD || s->kind == DLS_SLOT_GLOBAL;
}

/* Whether value v (in function i) is a driver object. */
static int dls_do_value(const dls_rule_ctx *ctx, const dls_do_values *dv, unsigned i,
                        const dls_val *v) {
    if (v->driver_obj)
        return 1;
    if (v->kind != DLS_VAL_SLOT)
        return 0;
    const dls_pfn *pf = &ctx->fns[i];
    const dls_slot *s = &pf->fn->slots[v->slot];
    if (s->pointee && strcmp(s->pointee, "DRIVER_OBJECT") == 0)
        return 1;
    if (s->kind == DLS_SLOT_PARAM && s->param == 0 && dls_do_is_entry(pf))
        return 1;
    if (dls_do_long_lived(s)) {
        int k = dls_strmap_get(&dv->keys, s->key);
        return k >= 0 && dv->key_driver[k];
    }
    return s->kind == DLS_SLOT_LOCAL && dv->local_driver[i][v->slot];
}

/* One pass over every assignment; returns whether the driver-object values changed. */
static int dls_do_round(const dls_rule_ctx *ctx, dls_do_values *dv) {
    memset(dv->key_flags, 0, dv->n_keys);
    for (unsigned i = 0; i < ctx->n_fns; i++)
        memset(dv->local_flags[i], 0, ctx->fns[i].fn->n_slots + 1);
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_fn *fn = ctx->fns[i].fn;
        for (unsigned b = 0; b < fn->cfg.n; b++)
            for (unsigned e = 0; e < fn->cfg.blocks[b].n_ev; e++) {
                const dls_event *ev = &fn->cfg.blocks[b].ev[e];
                int dst = ev->kind == DLS_EV_ASSIGN ? ev->dst : ev->ret_slot;
                if (dst < 0)
                    continue;
                unsigned char flag =
                    ev->kind == DLS_EV_ASSIGN && dls_do_value(ctx, dv, i, &ev->src) ? 1 : 2;
                const dls_slot *ds = &fn->slots[dst];
                if (dls_do_long_lived(ds))
                    dv->key_flags[dls_strmap_get(&dv->keys, ds->key)] |= flag;
                else
                    dv->local_flags[i][dst] |= flag;
            }
    }
    int changed = 0;
    for (unsigned k = 0; k < dv->n_keys; k++) {
        unsigned char d = dv->key_flags[k] == 1;
        changed |= d != dv->key_driver[k];
        dv->key_driver[k] = d;
    }
    for (unsigned i = 0; i < ctx->n_fns; i++)
        for (unsigned s = 0; s < ctx->fns[i].fn->n_slots; s++) {
            unsigned char d = dv->local_flags[i][s] == 1;
            changed |= d != dv->local_driver[i][s];
            dv->local_driver[i][s] = d;
        }
    return changed;
}

/* The driver-object values of the program, to a fixed point. */
static void dls_do_compute(const dls_rule_ctx *ctx, dls_do_values *dv) {
    unsigned n = ctx->n_fns ? ctx->n_fns : 1;
    dv->local_flags = dls_xcalloc(n, sizeof *dv->local_flags);
    dv->local_driver = dls_xcalloc(n, sizeof *dv->local_driver);
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_fn *fn = ctx->fns[i].fn;
        dv->local_flags[i] = dls_xcalloc(fn->n_slots + 1, 1);
        dv->local_driver[i] = dls_xcalloc(fn->n_slots + 1, 1);
        for (unsigned s = 0; s < fn->n_slots; s++)
            if (dls_do_long_lived(&fn->slots[s]) && dls_strmap_get(&dv->keys, fn->slots[s].key) < 0)
                dls_strmap_put(&dv->keys, fn->slots[s].key, (int)dv->n_keys++);
    }
    dv->key_flags = dls_xcalloc(dv->n_keys + 1, 1);
    dv->key_driver = dls_xcalloc(dv->n_keys + 1, 1);
    for (int round = 0; round < DLS_DO_ROUNDS && dls_do_round(ctx, dv); round++)
        ;
}

static void dls_do_free(const dls_rule_ctx *ctx, dls_do_values *dv) {
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        free(dv->local_flags[i]);
        free(dv->local_driver[i]);
    }
    free(dv->local_flags);
    free(dv->local_driver);
    free(dv->key_flags);
    free(dv->key_driver);
    dls_strmap_free(&dv->keys);
}

/* The long-lived keys the work item initialised in slot of fn lives in: its own key, or the keys
 * fn stores the local into. */
static int dls_do_holds(const dls_fn *fn, int storage, const char *key) {
    const dls_slot *s = &fn->slots[storage];
    if (s->kind != DLS_SLOT_LOCAL)
        return strcmp(s->key, key) == 0;
    for (unsigned b = 0; b < fn->cfg.n; b++)
        for (unsigned e = 0; e < fn->cfg.blocks[b].n_ev; e++) {
            const dls_event *ev = &fn->cfg.blocks[b].ev[e];
            if (ev->kind == DLS_EV_ASSIGN && ev->src.kind == DLS_VAL_SLOT &&
                ev->src.slot == storage && strcmp(fn->slots[ev->dst].key, key) == 0)
                return 1;
        }
    return 0;
}

/* Whether the IoQueueWorkItem argument slot q of function g names the item initialised in
 * storage of function f. */
static int dls_do_same_item(const dls_rule_ctx *ctx, unsigned f, int storage, unsigned g, int q) {
    const dls_fn *gf = ctx->fns[g].fn;
    const dls_slot *qs = &gf->slots[q];
    if (f == g && q == storage)
        return 1;
    if (qs->kind == DLS_SLOT_FIELD || qs->kind == DLS_SLOT_GLOBAL)
        return dls_do_holds(ctx->fns[f].fn, storage, qs->key);
    /* a local of g copied from a long-lived slot holding the item */
    for (unsigned b = 0; b < gf->cfg.n; b++)
        for (unsigned e = 0; e < gf->cfg.blocks[b].n_ev; e++) {
            const dls_event *ev = &gf->cfg.blocks[b].ev[e];
            if (ev->kind != DLS_EV_ASSIGN || ev->dst != q || ev->src.kind != DLS_VAL_SLOT)
                continue;
            const dls_slot *ss = &gf->slots[ev->src.slot];
            if ((ss->kind == DLS_SLOT_FIELD || ss->kind == DLS_SLOT_GLOBAL) &&
                dls_do_holds(ctx->fns[f].fn, storage, ss->key))
                return 1;
        }
    return 0;
}

static void dls_do_init(const dls_rule_ctx *ctx, dls_findings *out, unsigned f,
                        const dls_event *init) {
    int storage = init->args[1].slot;
    dls_finding *fd = NULL;
    for (unsigned g = 0; g < ctx->n_fns; g++) {
        const dls_pfn *gp = &ctx->fns[g];
        for (unsigned b = 0; b < gp->fn->cfg.n; b++)
            for (unsigned e = 0; e < gp->fn->cfg.blocks[b].n_ev; e++) {
                const dls_event *q = &gp->fn->cfg.blocks[b].ev[e];
                if (q->kind != DLS_EV_CALL || q->api != DLS_API_IO_QUEUE || q->n_args < 1 ||
                    q->args[0].kind != DLS_VAL_SLOT ||
                    !dls_do_same_item(ctx, f, storage, g, q->args[0].slot))
                    continue;
                if (!fd) {
                    const dls_pfn *pf = &ctx->fns[f];
                    fd = dls_program_report(
                        ctx, out, DLS_DO_RULE, pf->ff->path, &init->loc,
                        "this work item is initialised with a driver object as its IoObject and "
                        "later queued with IoQueueWorkItem, which needs a device object (use a "
                        "device object, or queue it with IoQueueWorkItemEx)");
                    if (!fd)
                        return;
                    dls_program_note(fd, 0, pf->ff->path, &init->args[0].loc,
                                     "this IoObject is a driver object");
                }
                dls_program_note(fd, 0, gp->ff->path, &q->loc, "queued here with IoQueueWorkItem");
            }
    }
}

void dls_rule_device_object(const dls_rule_ctx *ctx, dls_findings *out) {
    dls_do_values dv = {0};
    int computed = 0;
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_fn *fn = ctx->fns[i].fn;
        for (unsigned b = 0; b < fn->cfg.n; b++)
            for (unsigned e = 0; e < fn->cfg.blocks[b].n_ev; e++) {
                const dls_event *ev = &fn->cfg.blocks[b].ev[e];
                if (dls_wdm_init_storage(ev) < 0)
                    continue;
                if (!computed) {
                    dls_do_compute(ctx, &dv);
                    computed = 1;
                }
                if (dls_do_value(ctx, &dv, i, &ev->args[0]))
                    dls_do_init(ctx, out, i, ev);
            }
    }
    if (computed)
        dls_do_free(ctx, &dv);
}
