/*
 * wdm.c - helpers the WDM work-item rules share (see wdm.h): argument text, initialised slots,
 * IRP_MN_REMOVE_DEVICE handling, events by site, reported sites.
 */
#include "wdm.h"

#include <stdlib.h>
#include <string.h>

#define DLS_WDM_IRP_MN_REMOVE_DEVICE 0x02

char *dls_wdm_arg_text(const dls_file_facts *ff, const dls_val *v) {
    const dls_loc *l = &v->loc;
    if (l->end <= l->begin || l->end > ff->len || l->end - l->begin > 120)
        return NULL;
    char *t = dls_xmalloc(l->end - l->begin + 1);
    size_t n = 0;
    for (unsigned i = l->begin; i < l->end; i++) {
        char c = ff->text[i];
        int blank = c == ' ' || c == '\t' || c == '\r' || c == '\n';
        if (!blank)
            t[n++] = c;
        else if (n > 0 && t[n - 1] != ' ')
            t[n++] = ' ';
    }
    while (n > 0 && t[n - 1] == ' ')
        n--;
    t[n] = 0;
    return t;
}

int dls_wdm_init_storage(const dls_event *ev) {
    if (ev->kind != DLS_EV_CALL || ev->api != DLS_API_IO_INIT || ev->n_args != 2 ||
        ev->args[1].kind != DLS_VAL_SLOT)
        return -1;
    return ev->args[1].slot;
}

void dls_wdm_each_obs(const dls_rule_ctx *ctx, dls_findings *out, dls_wdm_visit visit,
                      const void *arg) {
    dls_wdm_run run = {out, {0}, arg};
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_pfn *pf = &ctx->fns[i];
        if (!pf->res || !pf->res->complete)
            continue;
        for (unsigned o = 0; o < pf->res->n_obs; o++)
            visit(ctx, pf, &pf->res->obs[o], &run);
    }
    dls_wdm_seen_free(&run.seen);
}

/* The call of fn that passes slot to IoInitializeWorkItem, or NULL. */
static const dls_event *dls_wdm_init_in(const dls_fn *fn, int slot) {
    for (unsigned b = 0; b < fn->cfg.n; b++)
        for (unsigned e = 0; e < fn->cfg.blocks[b].n_ev; e++)
            if (dls_wdm_init_storage(&fn->cfg.blocks[b].ev[e]) == slot)
                return &fn->cfg.blocks[b].ev[e];
    return NULL;
}

/* The IoInitializeWorkItem call of fn on key, directly or through a local stored into key. */
static const dls_event *dls_wdm_init_of_fn(const dls_fn *fn, const char *key) {
    for (unsigned s = 0; s < fn->n_slots; s++) {
        if (strcmp(fn->slots[s].key, key) != 0)
            continue;
        const dls_event *ev = dls_wdm_init_in(fn, (int)s);
        if (ev)
            return ev;
        for (unsigned b = 0; b < fn->cfg.n; b++)
            for (unsigned e = 0; e < fn->cfg.blocks[b].n_ev; e++) {
                const dls_event *a = &fn->cfg.blocks[b].ev[e];
                if (a->kind == DLS_EV_ASSIGN && a->dst == (int)s && a->src.kind == DLS_VAL_SLOT &&
                    fn->slots[a->src.slot].kind == DLS_SLOT_LOCAL &&
                    (ev = dls_wdm_init_in(fn, a->src.slot)) != NULL)
                    return ev;
            }
    }
    return NULL;
}

const dls_event *dls_wdm_init_of(const dls_rule_ctx *ctx, const char *key, const dls_pfn **owner) {
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_event *ev = dls_wdm_init_of_fn(ctx->fns[i].fn, key);
        if (ev) {
            if (owner)
                *owner = &ctx->fns[i];
            return ev;
        }
    }
    return NULL;
}

int dls_wdm_initialised(const dls_rule_ctx *ctx, const char *key) {
    return dls_wdm_init_of(ctx, key, NULL) != NULL;
}

/* Whether slot s of fn is the minor function of an I/O stack location. */
static int dls_wdm_is_minor(const dls_fn *fn, int s) {
    if (s < 0 || (unsigned)s >= fn->n_slots)
        return 0;
    const char *dot = strrchr(fn->slots[s].key, '.');
    return dot && strcmp(dot, ".MinorFunction") == 0;
}

const dls_loc *dls_wdm_remove_device(const dls_pfn *pf) {
    const dls_cfg *g = &pf->fn->cfg;
    for (unsigned b = 0; b < g->n; b++) {
        const dls_block *bl = &g->blocks[b];
        if (bl->term == DLS_TERM_SWITCH && dls_wdm_is_minor(pf->fn, bl->sw_slot)) {
            for (unsigned c = 0; c < bl->n_cases; c++)
                if (bl->cases[c].known && bl->cases[c].value == DLS_WDM_IRP_MN_REMOVE_DEVICE)
                    return &bl->cases[c].loc;
        }
        if (bl->term == DLS_TERM_BRANCH && dls_wdm_is_minor(pf->fn, bl->cond.slot) &&
            bl->cond.c == DLS_WDM_IRP_MN_REMOVE_DEVICE &&
            (bl->cond.op == DLS_CMP_EQ || bl->cond.op == DLS_CMP_NE))
            return &bl->cond_loc;
    }
    return NULL;
}

const dls_event *dls_wdm_event_at(const dls_rule_ctx *ctx, const char *file, unsigned begin,
                                  const dls_pfn **owner) {
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_pfn *pf = &ctx->fns[i];
        const dls_loc *body = &pf->fn->body_loc;
        if (begin < body->begin || begin >= body->end || strcmp(pf->ff->path, file) != 0)
            continue;
        for (unsigned b = 0; b < pf->fn->cfg.n; b++)
            for (unsigned e = 0; e < pf->fn->cfg.blocks[b].n_ev; e++) {
                const dls_event *ev = &pf->fn->cfg.blocks[b].ev[e];
                if (ev->kind == DLS_EV_CALL && ev->loc.begin == begin) {
                    *owner = pf;
                    return ev;
                }
            }
    }
    return NULL;
}

/* The argument of a work-item call that names the work item, or -1. */
static int dls_wdm_item_arg(const dls_event *ev) {
    switch (ev->api) {
    case DLS_API_IO_INIT:
        return 1;
    case DLS_API_NDIS_FREE:
    case DLS_API_IO_FREE:
    case DLS_API_IO_UNINIT:
    case DLS_API_NDIS_QUEUE:
    case DLS_API_IO_QUEUE:
    case DLS_API_IO_QUEUE_EX:
        return 0;
    default:
        return ev->k.api == DLS_KAPI_TRY_QUEUE ? 0 : -1;
    }
}

static int dls_wdm_releases(const dls_event *ev) {
    return ev->api == DLS_API_NDIS_FREE || ev->api == DLS_API_IO_FREE ||
           ev->api == DLS_API_IO_UNINIT;
}

dls_wdm_use dls_wdm_use_of(const dls_pfn *pf, const dls_flow_obs *ob, const dls_event **release) {
    const dls_event *ev = &pf->fn->cfg.blocks[ob->block].ev[ob->ev];
    int arg = dls_wdm_item_arg(ev), b, e;
    if (arg < 0 || (unsigned)arg >= ev->n_args || ev->args[arg].kind != DLS_VAL_SLOT ||
        !dls_flow_freed(pf->res, ob->st, ev->args[arg].slot, ev->args[arg].base, &b, &e) || b < 0)
        return DLS_WDM_USE_OK;
    *release = &pf->fn->cfg.blocks[b].ev[e];
    int pool_freed = (*release)->k.api == DLS_KAPI_FREE;
    if (ev->api == DLS_API_IO_INIT)
        return pool_freed ? DLS_WDM_USE_AFTER_FREE : DLS_WDM_USE_OK; /* re-initialising is fine */
    if (dls_wdm_releases(ev))
        return pool_freed ? DLS_WDM_USE_AFTER_FREE : DLS_WDM_DOUBLE_FREE;
    return DLS_WDM_USE_AFTER_FREE;
}

typedef struct {
    const char *rule;
    dls_wdm_use kind;
} dls_wdm_uses;

static void dls_wdm_report_use(const dls_rule_ctx *ctx, const dls_pfn *pf, const dls_flow_obs *ob,
                               dls_wdm_run *run) {
    const dls_wdm_uses *u = run->arg;
    const dls_event *rel = NULL, *ev = &pf->fn->cfg.blocks[ob->block].ev[ob->ev];
    if (dls_wdm_use_of(pf, ob, &rel) != u->kind ||
        !dls_wdm_seen_add(&run->seen, pf->ff->path, ev->loc.begin))
        return;
    const char *item = pf->fn->slots[ev->args[dls_wdm_item_arg(ev)].slot].text;
    char *msg = u->kind == DLS_WDM_DOUBLE_FREE
                    ? dls_xasprintf("work item %s is released again: %s already released it on "
                                    "this path",
                                    item, rel->callee)
                    : dls_xasprintf("work item %s is used after it was released by %s on this "
                                    "path",
                                    item, rel->callee);
    dls_finding *f = dls_program_report(ctx, run->out, u->rule, pf->ff->path, &ev->loc, msg);
    free(msg);
    if (!f)
        return;
    dls_program_note(f, 0, pf->ff->path, &rel->loc, "released here");
    unsigned n;
    dls_flow_step *steps = dls_flow_path(ob->st, &n);
    dls_program_path(f, pf->ff->path, steps, n);
    free(steps);
}

void dls_wdm_report_uses(const dls_rule_ctx *ctx, dls_findings *out, const char *rule,
                         dls_wdm_use kind) {
    dls_wdm_uses u = {rule, kind};
    dls_wdm_each_obs(ctx, out, dls_wdm_report_use, &u);
}

/* The parameter of a work routine that receives the work item itself, for a queue call. */
static int dls_wdm_handle_param(const dls_event *q) {
    if (q->api == DLS_API_NDIS_QUEUE)
        return 1;
    if (q->api == DLS_API_IO_QUEUE_EX || q->k.api == DLS_KAPI_TRY_QUEUE)
        return 2;
    return -1;
}

int dls_wdm_routine_frees(const dls_rule_ctx *ctx, const dls_event *q) {
    int hp = q->kind == DLS_EV_CALL ? dls_wdm_handle_param(q) : -1;
    if (hp < 0 || q->n_args < 2 || q->args[1].kind != DLS_VAL_FUNC)
        return 0;
    const dls_pfn *routine = dls_program_lookup(ctx, q->args[1].func, q->args[1].func_usr);
    return !routine || !routine->sum.complete || (routine->sum.param_freed >> hp & 1);
}

int dls_wdm_queued_to_freeing_routine(const dls_rule_ctx *ctx, const char *key) {
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_fn *fn = ctx->fns[i].fn;
        for (unsigned b = 0; b < fn->cfg.n; b++)
            for (unsigned e = 0; e < fn->cfg.blocks[b].n_ev; e++) {
                const dls_event *q = &fn->cfg.blocks[b].ev[e];
                if (q->kind == DLS_EV_CALL && q->n_args >= 1 && q->args[0].kind == DLS_VAL_SLOT &&
                    strcmp(fn->slots[q->args[0].slot].key, key) == 0 &&
                    dls_wdm_routine_frees(ctx, q))
                    return 1;
            }
    }
    return 0;
}

int dls_wdm_seen_add(dls_wdm_seen *s, const char *file, unsigned begin) {
    for (unsigned i = 0; i < s->n; i++)
        if (s->begins[i] == begin && strcmp(s->files[i], file) == 0)
            return 0;
    s->files = dls_xrealloc(s->files, (s->n + 1) * sizeof *s->files);
    s->begins = dls_xrealloc(s->begins, (s->n + 1) * sizeof *s->begins);
    s->files[s->n] = file;
    s->begins[s->n++] = begin;
    return 1;
}

void dls_wdm_seen_free(dls_wdm_seen *s) {
    free(s->files);
    free(s->begins);
    memset(s, 0, sizeof *s);
}
