/*
 * ndis-workitem-init-halt.c - SDV's Init_NdisAllocateIoWorkItem: a work item that
 * MiniportInitializeEx (or a callee, in any file) allocates into a long-lived slot must be freed on
 * every path where initialisation fails, and by MiniportHaltEx (at least once, or on every path
 * with halt: "all-paths"). Reads the dataflow exits of the functions playing the initialise role
 * and the summaries of the halt functions.
 */
#include "fixes.h"
#include "program.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    dls_site site;
    const dls_pfn *init;
    const dls_flow_result *res;
    int obj;
    /* failure path */
    const dls_flow_exit **leaks;
    unsigned n_leaks;
    /* halt */
    int needs_halt;
    const char *key, *record, *slot_text;
} dls_ih_site;

typedef struct {
    dls_ih_site *items;
    unsigned n;
} dls_ih_sites;

static dls_ih_site *dls_ih_find(dls_ih_sites *s, const dls_site *site, const dls_pfn *init,
                                const dls_flow_result *res, int obj) {
    for (unsigned i = 0; i < s->n; i++)
        if (s->items[i].site.file == site->file && s->items[i].site.loc.begin == site->loc.begin)
            return &s->items[i];
    s->items = dls_xrealloc(s->items, (s->n + 1) * sizeof *s->items);
    dls_ih_site *it = &s->items[s->n++];
    memset(it, 0, sizeof *it);
    it->site = *site;
    it->init = init;
    it->res = res;
    it->obj = obj;
    return it;
}

static const char *dls_ih_slot_text(const dls_flow_result *r, int home) {
    if (home < 0)
        return "the work item";
    if ((unsigned)home < r->fn->n_slots)
        return r->fn->slots[home].text;
    return r->slots[home].key;
}

static void dls_ih_collect(const dls_pfn *init, dls_ih_sites *sites) {
    const dls_flow_result *r = init->res;
    for (unsigned e = 0; e < r->n_exits; e++) {
        const dls_flow_exit *ex = &r->exits[e];
        for (unsigned o = 0; o < r->n_objs; o++) {
            if (r->objs[o].site.api != DLS_API_NDIS_ALLOC)
                continue;
            if (dls_flow_ob_status(r, ex->st, (int)o) != DLS_OB_LIVE ||
                dls_flow_ob_null(r, ex->st, (int)o) == DLS_NUL_NULL ||
                !dls_flow_ob_long_lived(r, ex->st, (int)o))
                continue;
            dls_ih_site *s = dls_ih_find(sites, &r->objs[o].site, init, r, (int)o);
            if (ex->outcome == DLS_OUT_FAILURE) {
                s->leaks = dls_xrealloc(s->leaks, (s->n_leaks + 1) * sizeof *s->leaks);
                s->leaks[s->n_leaks++] = ex;
            } else if (!s->needs_halt) {
                int home = dls_flow_ob_home(r, ex->st, (int)o);
                if (home >= 0) {
                    s->needs_halt = 1;
                    s->key = r->slots[home].key;
                    s->record = r->slots[home].record;
                    s->slot_text = dls_ih_slot_text(r, home);
                }
            }
        }
    }
}

static void dls_ih_failure(const dls_rule_ctx *ctx, dls_findings *out, dls_ih_site *s) {
    const dls_flow_result *r = s->res;
    const dls_flow_exit *first = s->leaks[0];
    int home = dls_flow_ob_home(r, first->st, s->obj);
    char *msg = dls_xasprintf("work item allocated here (%s) is not freed when %s fails",
                              dls_ih_slot_text(r, home), s->init->fn->name);
    dls_finding *f =
        dls_program_report(ctx, out, "ndis-workitem-init-halt", s->site.file, &s->site.loc, msg);
    free(msg);
    if (!f)
        return;
    for (unsigned i = 0; i < s->n_leaks; i++) {
        int dup = 0;
        for (unsigned j = 0; j < i; j++)
            dup |= s->leaks[j]->block == s->leaks[i]->block;
        if (!dup)
            dls_program_note(f, 0, s->init->ff->path, &s->leaks[i]->loc,
                             s->leaks[i]->implicit
                                 ? "initialisation fails here without freeing the work item"
                                 : "returns a failure status here without freeing the work item");
    }
    unsigned n;
    dls_flow_step *steps = dls_flow_path_from(r, first->st, s->obj, &n);
    dls_program_path(f, s->init->ff->path, steps, n);
    free(steps);
    dls_program_note(f, 1, s->init->ff->path, &first->loc,
                     "returns a failure status without freeing the work item");
    dls_fix_init_failure(ctx, f, s->init, s->obj, s->leaks, s->n_leaks);
}

static void dls_ih_halt(const dls_rule_ctx *ctx, dls_findings *out, dls_ih_site *s) {
    const dls_pfn *halt = NULL;
    int must = ctx->opts && ctx->opts->halt == DLS_HALT_ALL_PATHS;
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_pfn *h = &ctx->fns[i];
        if (!(h->roles & DLS_ROLE_HALT))
            continue;
        if (!h->sum.complete || dls_sum_releases(&h->sum.oc[0], s->key, s->record, must))
            return;
        halt = h;
    }
    if (!halt)
        return; /* no halt handler known: nothing to hold it to */
    char *msg = dls_xasprintf("work item allocated here (%s) is never freed by %s (%s)",
                              s->slot_text, "MiniportHaltEx", halt->fn->name);
    dls_finding *f =
        dls_program_report(ctx, out, "ndis-workitem-init-halt", s->site.file, &s->site.loc, msg);
    free(msg);
    if (!f)
        return;
    msg = dls_xasprintf(must ? "%s does not free %s on every path" : "%s never frees %s",
                        halt->fn->name, s->key);
    dls_program_note(f, 0, halt->ff->path, &halt->fn->name_loc, msg);
    free(msg);
    dls_fix_init_halt(ctx, f, halt, s->site.api, s->key, s->record, s->slot_text);
}

void dls_rule_init_halt(const dls_rule_ctx *ctx, dls_findings *out) {
    dls_ih_sites sites = {0};
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_pfn *pf = &ctx->fns[i];
        if ((pf->roles & DLS_ROLE_INIT) && pf->res && pf->res->complete)
            dls_ih_collect(pf, &sites);
    }
    for (unsigned i = 0; i < sites.n; i++) {
        dls_ih_site *s = &sites.items[i];
        if (s->n_leaks)
            dls_ih_failure(ctx, out, s);
        if (s->needs_halt)
            dls_ih_halt(ctx, out, s);
        free(s->leaks);
    }
    free(sites.items);
}
