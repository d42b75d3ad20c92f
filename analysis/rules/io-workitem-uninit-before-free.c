/*
 * io-workitem-uninit-before-free.c - storage initialised with IoInitializeWorkItem and freed
 * (ExFreePool, ExFreePoolWithTag, ExFreePool2, ExFreeToLookasideListEx,
 * ExFreeToNPagedLookasideList, NdisFreeMemory, or the free of the block that contains it) on a
 * path where IoUninitializeWorkItem was not called on it first.
 *
 * Reads the states the dataflow saw just before each free (dls_flow_storage_frees). A block is
 * reported when it was initialised on the path and not uninitialised since, or when the function
 * received it in the state its callers left it, nobody calls the function (a dispatch routine,
 * unload, a work routine; not DriverEntry, AddDevice or MiniportInitializeEx, which find slots not
 * yet initialised), and the driver initialises that slot somewhere; a pool free of the
 * IoWorkItem parameter of an IO_WORKITEM_ROUTINE_EX counts too (only initialised storage goes back
 * to the pool that way). A slot queued to a routine that uninitialises its own item is not known to
 * be initialised when its caller-state free happens. Functions with callers leave the decision to
 * them through their summary (dls_summary.entry_frees).
 *
 * The finding for the fix engine: its range is the free (the pool or lookaside free call, or the
 * call of the helper that frees the block); notes[0] is the same range with the message
 * "call IoUninitializeWorkItem(EXPR) before this free", EXPR being how the code names the storage
 * there (the message says "on the work item" when it cannot be named); notes[1], when present,
 * is the IoInitializeWorkItem call.
 */
#include "wdm.h"

#include <stdlib.h>
#include <string.h>

#define DLS_UBF_RULE "io-workitem-uninit-before-free"
#define DLS_UBF_MAX 16

/* "->Field.Sub" of field key "RECORD.Field.Sub", or NULL. */
static const char *dls_ubf_field_path(const char *key) {
    const char *dot = strchr(key, '.');
    return dot && dot[1] ? dot + 1 : NULL;
}

/* How the code at the free names the storage of slot f->slot of r (see the file comment). */
static char *dls_ubf_storage_expr(const dls_rule_ctx *ctx, const dls_flow_result *r,
                                  const dls_flow_sfree *f) {
    const char *key = r->slots[f->slot].key;
    const dls_pfn *at = NULL;
    const dls_event *ev = dls_wdm_event_at(ctx, f->site.file, f->site.loc.begin, &at);
    if (!ev)
        return NULL;
    const dls_fn *fn = at->fn;
    if (ev->k.api == DLS_KAPI_FREE && ev->k.ptr >= 0 && (unsigned)ev->k.ptr < ev->n_args &&
        ev->args[ev->k.ptr].kind == DLS_VAL_SLOT) {
        const dls_val *p = &ev->args[ev->k.ptr];
        const dls_slot *ps = &fn->slots[p->slot];
        char *text = dls_wdm_arg_text(at->ff, p);
        if (text && strcmp(ps->key, key) == 0)
            return text;
        const char *rec = r->slots[f->slot].record, *path = dls_ubf_field_path(key);
        if (text && rec && path && ps->pointee && strcmp(ps->pointee, rec) == 0) {
            char *e = dls_xasprintf("%s->%s", text, path);
            free(text);
            return e;
        }
        free(text);
    }
    for (unsigned s = 0; s < fn->n_slots; s++)
        if (strcmp(fn->slots[s].key, key) == 0 && fn->slots[s].kind != DLS_SLOT_TEMP)
            return dls_xstrdup(fn->slots[s].text);
    return NULL;
}

static void dls_ubf_report(const dls_rule_ctx *ctx, dls_findings *out, const dls_pfn *pf,
                           const dls_flow_obs *ob, const dls_flow_sfree *f) {
    const dls_flow_result *r = pf->res;
    char *expr = dls_ubf_storage_expr(ctx, r, f);
    const char *name = expr ? expr : "the work item";
    char *msg = dls_xasprintf("work-item storage (%s) is freed without IoUninitializeWorkItem: "
                              "an initialised IO_WORKITEM must be uninitialised before its "
                              "storage is freed",
                              name);
    dls_finding *fd = dls_program_report(ctx, out, DLS_UBF_RULE, f->site.file, &f->site.loc, msg);
    free(msg);
    if (fd) {
        msg = expr ? dls_xasprintf("call IoUninitializeWorkItem(%s) before this free", expr)
                   : dls_xstrdup("call IoUninitializeWorkItem on the work item before this free");
        dls_program_note(fd, 0, f->site.file, &f->site.loc, msg);
        free(msg);
        const dls_pfn *owner = NULL;
        const dls_event *init =
            r->slots[f->slot].kind == DLS_SLOT_FIELD || r->slots[f->slot].kind == DLS_SLOT_GLOBAL
                ? dls_wdm_init_of(ctx, r->slots[f->slot].key, &owner)
                : NULL;
        if (init)
            dls_program_note(fd, 0, owner->ff->path, &init->loc,
                             "initialised with IoInitializeWorkItem here");
        if (f->store == DLS_STORE_INIT) {
            unsigned n;
            dls_flow_step *steps = dls_flow_path(ob->st, &n);
            dls_program_path(fd, pf->ff->path, steps, n);
            free(steps);
        }
    }
    free(expr);
}

/* Whether free f must be reported from function pf. */
static int dls_ubf_violation(const dls_rule_ctx *ctx, const dls_pfn *pf, const dls_flow_obs *ob,
                             const dls_flow_sfree *f) {
    if (f->released)
        return 0;
    if (f->store == DLS_STORE_INIT)
        return 1;
    const dls_flow_slot *s = &pf->res->slots[f->slot];
    if (f->store != DLS_STORE_ENTRY || pf->n_callers > 0 ||
        (pf->roles & (DLS_ROLE_ENTRY | DLS_ROLE_ADD_DEVICE | DLS_ROLE_INIT)))
        return 0; /* set-up code finds slots not yet initialised */
    /* a work routine's own item (its IoWorkItem parameter, slot 2) */
    int own_item = (pf->roles & DLS_ROLE_IO_WI_EX) && pf->fn->n_params == 3;
    if (own_item && dls_flow_released(pf->res, ob->st, 2))
        return 0; /* it uninitialised its item: the block is that item's */
    if (s->kind == DLS_SLOT_PARAM)
        return own_item && s->param == 2;
    return (s->kind == DLS_SLOT_FIELD || s->kind == DLS_SLOT_GLOBAL) &&
           dls_wdm_initialised(ctx, s->key) && !dls_wdm_queued_to_freeing_routine(ctx, s->key);
}

static void dls_ubf_visit(const dls_rule_ctx *ctx, const dls_pfn *pf, const dls_flow_obs *ob,
                          dls_wdm_run *run) {
    dls_flow_sfree frees[DLS_UBF_MAX];
    unsigned n = dls_flow_storage_frees(pf->res, ob, frees, DLS_UBF_MAX);
    for (unsigned k = 0; k < n && k < DLS_UBF_MAX; k++)
        if (dls_ubf_violation(ctx, pf, ob, &frees[k]) &&
            dls_wdm_seen_add(&run->seen, frees[k].site.file, frees[k].site.loc.begin))
            dls_ubf_report(ctx, run->out, pf, ob, &frees[k]);
}

void dls_rule_uninit_before_free(const dls_rule_ctx *ctx, dls_findings *out) {
    dls_wdm_each_obs(ctx, out, dls_ubf_visit, NULL);
}
