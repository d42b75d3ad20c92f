/*
 * program.c - the whole driver: links the facts of many files (functions matched by USR, extern
 * functions by name), finds roles (type declarations, registrations, configuration), computes
 * summaries bottom-up over the call graph (Tarjan's SCCs; recursion iterated to a fixed point),
 * keeps each function's final dataflow result, and runs the rules. Also the rule catalogue.
 */
#include "check.h"
#include "fixes.h"
#include "hover.h"
#include "program.h"
#include "strmap.h"
#include "suppress.h"
#include "wdm.h"

#include <stdlib.h>
#include <string.h>

#define DLS_PROGRAM_MAX_ITER 8

typedef struct {
    char *path;
    dls_file_facts *ff;
} dls_pfile;

/* Work-item storage embedded in the blocks of a record: p->Wi = (PIO_WORKITEM)(p + 1). */
typedef struct {
    char *record;
    char **keys;
    unsigned n;
} dls_embed;

struct dls_program {
    dls_pfile *files;
    unsigned n_files, cap_files;
    int dirty;
    dls_pfn *fns;
    unsigned n_fns;
    dls_strmap by_usr, by_name;
    dls_embed *embeds;
    unsigned n_embeds;
};

/* ---- files ---------------------------------------------------------------------------------- */

dls_program *dls_program_new(void) {
    dls_program *p = dls_xcalloc(1, sizeof *p);
    p->dirty = 1;
    return p;
}

static void dls_program_drop_fns(dls_program *p) {
    for (unsigned i = 0; i < p->n_fns; i++) {
        dls_sum_clear(&p->fns[i].sum);
        dls_flow_free(p->fns[i].res);
        free(p->fns[i].callees);
    }
    free(p->fns);
    p->fns = NULL;
    p->n_fns = 0;
    dls_strmap_free(&p->by_usr);
    dls_strmap_free(&p->by_name);
    for (unsigned i = 0; i < p->n_embeds; i++) {
        for (unsigned k = 0; k < p->embeds[i].n; k++)
            free(p->embeds[i].keys[k]);
        free(p->embeds[i].keys);
        free(p->embeds[i].record);
    }
    free(p->embeds);
    p->embeds = NULL;
    p->n_embeds = 0;
}

void dls_program_free(dls_program *p) {
    if (!p)
        return;
    dls_program_drop_fns(p);
    for (unsigned i = 0; i < p->n_files; i++) {
        free(p->files[i].path);
        dls_facts_free(p->files[i].ff);
    }
    free(p->files);
    free(p);
}

void dls_program_set_file(dls_program *p, const char *path, dls_file_facts *facts) {
    dls_program_drop_fns(p); /* results borrow the facts being replaced */
    p->dirty = 1;
    for (unsigned i = 0; i < p->n_files; i++) {
        if (strcmp(p->files[i].path, path) == 0) {
            dls_facts_free(p->files[i].ff);
            p->files[i].ff = facts;
            return;
        }
    }
    if (p->n_files == p->cap_files) {
        p->cap_files = p->cap_files ? p->cap_files * 2 : 8;
        p->files = dls_xrealloc(p->files, p->cap_files * sizeof *p->files);
    }
    p->files[p->n_files].path = dls_xstrdup(path);
    p->files[p->n_files].ff = facts;
    p->n_files++;
}

void dls_program_remove_file(dls_program *p, const char *path) {
    for (unsigned i = 0; i < p->n_files; i++) {
        if (strcmp(p->files[i].path, path) != 0)
            continue;
        dls_program_drop_fns(p);
        p->dirty = 1;
        free(p->files[i].path);
        dls_facts_free(p->files[i].ff);
        p->files[i] = p->files[--p->n_files];
        return;
    }
}

/* ---- linking -------------------------------------------------------------------------------- */

static int dls_program_resolve(const dls_program *p, const char *name, const char *usr) {
    int i = usr && usr[0] ? dls_strmap_get(&p->by_usr, usr) : -1;
    if (i < 0 && name)
        i = dls_strmap_get(&p->by_name, name);
    return i;
}

static void dls_program_link(dls_program *p) {
    dls_program_drop_fns(p);
    unsigned n = 0;
    for (unsigned f = 0; f < p->n_files; f++)
        n += p->files[f].ff->n_fns;
    p->fns = dls_xcalloc(n ? n : 1, sizeof *p->fns);
    for (unsigned f = 0; f < p->n_files; f++) {
        const dls_file_facts *ff = p->files[f].ff;
        for (unsigned i = 0; i < ff->n_fns; i++) {
            const dls_fn *fn = &ff->fns[i];
            if (dls_strmap_get(&p->by_usr, fn->usr) >= 0)
                continue; /* the same function in two files: the first wins */
            dls_pfn *pf = &p->fns[p->n_fns];
            pf->ff = ff;
            pf->fn = fn;
            pf->index = -1;
            dls_sum_init(&pf->sum);
            dls_strmap_put(&p->by_usr, fn->usr, (int)p->n_fns);
            if (!fn->is_static && dls_strmap_get(&p->by_name, fn->name) < 0)
                dls_strmap_put(&p->by_name, fn->name, (int)p->n_fns);
            p->n_fns++;
        }
    }
    for (unsigned i = 0; i < p->n_fns; i++) {
        dls_pfn *pf = &p->fns[i];
        const dls_cfg *g = &pf->fn->cfg;
        for (unsigned b = 0; b < g->n; b++) {
            for (unsigned e = 0; e < g->blocks[b].n_ev; e++) {
                const dls_event *ev = &g->blocks[b].ev[e];
                if (ev->kind != DLS_EV_CALL || ev->api != DLS_API_NONE || !ev->callee)
                    continue;
                int c = dls_program_resolve(p, ev->callee, ev->callee_usr);
                if (c < 0)
                    continue;
                pf->callees = dls_xrealloc(pf->callees, (pf->n_callees + 1) * sizeof(int));
                pf->callees[pf->n_callees++] = c;
                p->fns[c].n_callers++;
            }
        }
    }
}

/* ---- embedded storage ----------------------------------------------------------------------- */

static void dls_program_add_embed(dls_program *p, const char *record, const char *key) {
    dls_embed *e = NULL;
    for (unsigned i = 0; i < p->n_embeds && !e; i++)
        if (strcmp(p->embeds[i].record, record) == 0)
            e = &p->embeds[i];
    if (!e) {
        p->embeds = dls_xrealloc(p->embeds, (p->n_embeds + 1) * sizeof *p->embeds);
        e = &p->embeds[p->n_embeds++];
        memset(e, 0, sizeof *e);
        e->record = dls_xstrdup(record);
    }
    for (unsigned k = 0; k < e->n; k++)
        if (strcmp(e->keys[k], key) == 0)
            return;
    e->keys = dls_xrealloc(e->keys, (e->n + 1) * sizeof *e->keys);
    e->keys[e->n++] = dls_xstrdup(key);
}

/* The block a value points into, when fn assigns the slot (a local) a pointer into one: the slot
 * of that block's pointer, or -1. */
static int dls_program_interior_of(const dls_fn *fn, int local) {
    for (unsigned b = 0; b < fn->cfg.n; b++)
        for (unsigned e = 0; e < fn->cfg.blocks[b].n_ev; e++) {
            const dls_event *ev = &fn->cfg.blocks[b].ev[e];
            if (ev->kind == DLS_EV_ASSIGN && ev->dst == local && ev->src.kind == DLS_VAL_INTERIOR)
                return ev->src.slot;
        }
    return -1;
}

/* Field slots that are given storage inside a block (p->Wi = (PIO_WORKITEM)(p + 1), directly or
 * through a local), by the record of the block's pointer. */
static void dls_program_embeds(dls_program *p) {
    for (unsigned i = 0; i < p->n_fns; i++) {
        const dls_fn *fn = p->fns[i].fn;
        for (unsigned b = 0; b < fn->cfg.n; b++) {
            for (unsigned e = 0; e < fn->cfg.blocks[b].n_ev; e++) {
                const dls_event *ev = &fn->cfg.blocks[b].ev[e];
                if (ev->kind != DLS_EV_ASSIGN || fn->slots[ev->dst].kind != DLS_SLOT_FIELD)
                    continue;
                int block = -1;
                if (ev->src.kind == DLS_VAL_INTERIOR)
                    block = ev->src.slot;
                else if (ev->src.kind == DLS_VAL_SLOT &&
                         fn->slots[ev->src.slot].kind == DLS_SLOT_LOCAL)
                    block = dls_program_interior_of(fn, ev->src.slot);
                if (block >= 0 && fn->slots[block].pointee)
                    dls_program_add_embed(p, fn->slots[block].pointee, fn->slots[ev->dst].key);
            }
        }
    }
}

static const char *const *dls_program_embedded(void *ctx, const char *record, unsigned *n) {
    const dls_program *p = ctx;
    for (unsigned i = 0; i < p->n_embeds; i++) {
        if (strcmp(p->embeds[i].record, record) == 0) {
            *n = p->embeds[i].n;
            return (const char *const *)p->embeds[i].keys;
        }
    }
    *n = 0;
    return NULL;
}

/* ---- summaries ------------------------------------------------------------------------------ */

static const dls_summary *dls_program_summary_of(void *ctx, const dls_event *call) {
    dls_program *p = ctx;
    if (!call->callee)
        return NULL;
    int i = dls_program_resolve(p, call->callee, call->callee_usr);
    return i >= 0 ? &p->fns[i].sum : NULL;
}

/* Run the dataflow of fn and rebuild its summary. Returns 1 when the summary changed. */
static int dls_program_analyse(dls_program *p, dls_pfn *pf) {
    dls_flow_env env = {dls_program_summary_of, p, 0, 0, dls_program_embedded};
    dls_flow_result *res = dls_flow_run(pf->fn, pf->ff->path, &env);
    if (pf->fn->has_errors)
        res->complete = 0; /* facts from code clang could not make sense of: unknown */
    dls_summary next;
    memset(&next, 0, sizeof next);
    dls_sum_build(&next, res);
    int changed = !dls_sum_equal(&next, &pf->sum);
    dls_sum_clear(&pf->sum);
    pf->sum = next;
    dls_flow_free(pf->res);
    pf->res = res;
    return changed;
}

typedef struct {
    dls_program *p;
    int *stack;
    unsigned n_stack;
    int counter;
} dls_tarjan;

static void dls_program_scc_done(dls_tarjan *t, int root) {
    dls_program *p = t->p;
    unsigned start = t->n_stack;
    while (start > 0 && t->stack[start - 1] != root)
        start--;
    start--;
    int recursive = t->n_stack - start > 1;
    for (unsigned i = start; i < t->n_stack && !recursive; i++) {
        dls_pfn *pf = &p->fns[t->stack[i]];
        for (unsigned c = 0; c < pf->n_callees; c++)
            if (pf->callees[c] == t->stack[i])
                recursive = 1;
    }
    for (int iter = 0; iter < (recursive ? DLS_PROGRAM_MAX_ITER : 1); iter++) {
        int changed = 0;
        for (unsigned i = start; i < t->n_stack; i++)
            changed |= dls_program_analyse(p, &p->fns[t->stack[i]]);
        if (!changed)
            break;
    }
    for (unsigned i = start; i < t->n_stack; i++)
        p->fns[t->stack[i]].on_stack = 0;
    t->n_stack = start;
}

static void dls_program_visit(dls_tarjan *t, int v) {
    dls_pfn *pf = &t->p->fns[v];
    pf->index = pf->low = t->counter++;
    t->stack[t->n_stack++] = v;
    pf->on_stack = 1;
    for (unsigned c = 0; c < pf->n_callees; c++) {
        int w = pf->callees[c];
        dls_pfn *wf = &t->p->fns[w];
        if (wf->index < 0) {
            dls_program_visit(t, w);
            if (wf->low < pf->low)
                pf->low = wf->low;
        } else if (wf->on_stack && wf->index < pf->low) {
            pf->low = wf->index;
        }
    }
    if (pf->low == pf->index)
        dls_program_scc_done(t, v);
}

static void dls_program_compute(dls_program *p) {
    dls_program_link(p);
    dls_program_embeds(p);
    dls_tarjan t = {p, dls_xcalloc(p->n_fns ? p->n_fns : 1, sizeof(int)), 0, 0};
    for (unsigned i = 0; i < p->n_fns; i++)
        if (p->fns[i].index < 0)
            dls_program_visit(&t, (int)i);
    free(t.stack);
    p->dirty = 0;
}

/* ---- roles ---------------------------------------------------------------------------------- */

static unsigned dls_program_role_bit(const char *role) {
    static const struct {
        const char *name;
        unsigned bit;
    } table[] = {
        {"MINIPORT_INITIALIZE", DLS_ROLE_INIT},
        {"MINIPORT_HALT", DLS_ROLE_HALT},
        {"NDIS_IO_WORKITEM_FUNCTION", DLS_ROLE_NDIS_WI},
        {"IO_WORKITEM_ROUTINE", DLS_ROLE_IO_WI},
        {"IO_WORKITEM_ROUTINE_EX", DLS_ROLE_IO_WI_EX},
        {"DRIVER_UNLOAD", DLS_ROLE_UNLOAD},
        {"DRIVER_DISPATCH", DLS_ROLE_DISPATCH},
        {"DRIVER_ADD_DEVICE", DLS_ROLE_ADD_DEVICE},
        {"DRIVER_INITIALIZE", DLS_ROLE_ENTRY},
        {"IRP_MJ_PNP", DLS_ROLE_PNP | DLS_ROLE_DISPATCH},
    };
    if (!role)
        return 0;
    for (size_t i = 0; i < sizeof table / sizeof *table; i++)
        if (strcmp(role, table[i].name) == 0)
            return table[i].bit;
    return 0;
}

static void dls_program_roles(dls_program *p, const dls_check_opts *opts) {
    for (unsigned i = 0; i < p->n_fns; i++)
        p->fns[i].roles = dls_program_role_bit(p->fns[i].fn->role);
    for (unsigned f = 0; f < p->n_files; f++) {
        const dls_file_facts *ff = p->files[f].ff;
        for (unsigned r = 0; r < ff->n_roles; r++) {
            const dls_role_fact *rf = &ff->roles[r];
            int i = dls_program_resolve(p, rf->func, rf->usr);
            if (i >= 0)
                p->fns[i].roles |= dls_program_role_bit(rf->role);
        }
    }
    for (size_t r = 0; opts && r < opts->n_roles; r++) {
        int i = dls_program_resolve(p, opts->roles[r].name, NULL);
        if (i >= 0)
            p->fns[i].roles |= dls_program_role_bit(opts->roles[r].role);
    }
    for (unsigned i = 0; i < p->n_fns; i++) {
        dls_pfn *pf = &p->fns[i];
        if (strcmp(pf->fn->name, "DriverEntry") == 0)
            pf->roles |= DLS_ROLE_ENTRY;
        if ((pf->roles & DLS_ROLE_DISPATCH) && dls_wdm_remove_device(pf))
            pf->roles |= DLS_ROLE_PNP;
    }
}

/* ---- helpers for rules ---------------------------------------------------------------------- */

const dls_pfn *dls_program_lookup(const dls_rule_ctx *ctx, const char *name, const char *usr) {
    int i = dls_program_resolve(ctx->program, name, usr);
    return i >= 0 ? &ctx->fns[i] : NULL;
}

int dls_program_released_anywhere(const dls_rule_ctx *ctx, const char *key, const char *record) {
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_summary *s = &ctx->fns[i].sum;
        if (!s->complete)
            return 1; /* unknown code might */
        if (dls_sum_releases(&s->oc[0], key, record, 0) ||
            dls_sum_releases(&s->oc[1], key, record, 0))
            return 1;
    }
    return 0;
}

static void dls_program_range(dls_range *r, const char *file, const dls_loc *loc) {
    r->file = (char *)file;
    r->begin = loc->begin;
    r->end = loc->end;
    r->line = loc->line;
    r->col = loc->col;
    r->end_line = loc->end_line;
    r->end_col = loc->end_col;
}

dls_finding *dls_program_report(const dls_rule_ctx *ctx, dls_findings *out, const char *rule,
                                const char *file, const dls_loc *loc, const char *message) {
    if (ctx->file && strcmp(ctx->file, file) != 0)
        return NULL;
    const dls_rule_info *info = dls_rule_find(rule);
    dls_finding *f = dls_findings_add(out);
    f->rule = info ? info->id : rule;
    f->severity = info ? info->severity : DLS_SEV_WARNING;
    dls_range r;
    dls_program_range(&r, file, loc);
    dls_range_copy(&f->range, &r);
    f->message = dls_xstrdup(message);
    return f;
}

void dls_program_note(dls_finding *f, int to_path, const char *file, const dls_loc *loc,
                      const char *message) {
    dls_range r;
    dls_program_range(&r, file, loc);
    dls_finding_add_note(f, to_path, &r, message);
}

void dls_program_path(dls_finding *f, const char *file, const dls_flow_step *steps, unsigned n) {
    for (unsigned i = 0; i < n; i++)
        dls_program_note(f, 1, file, &steps[i].loc, steps[i].message);
}

/* ---- checking ------------------------------------------------------------------------------- */

static int dls_program_enabled(const dls_check_opts *opts, const char *id) {
    if (!opts)
        return 1;
    for (size_t i = 0; i < opts->n_disabled; i++)
        if (strcmp(opts->disabled[i], id) == 0)
            return 0;
    if (opts->n_only == 0)
        return 1;
    for (size_t i = 0; i < opts->n_only; i++)
        if (strcmp(opts->only[i], id) == 0)
            return 1;
    return 0;
}

static int dls_program_cmp_finding(const void *a, const void *b) {
    const dls_finding *x = a, *y = b;
    int c = strcmp(x->range.file ? x->range.file : "", y->range.file ? y->range.file : "");
    if (c)
        return c;
    if (x->range.begin != y->range.begin)
        return x->range.begin < y->range.begin ? -1 : 1;
    return strcmp(x->rule, y->rule);
}

/* The text of path as its facts saw it (for suppression comments), or NULL. */
static const char *dls_program_text(void *ctx, const char *path, size_t *len) {
    const dls_program *p = ctx;
    for (unsigned i = 0; i < p->n_files; i++) {
        if (strcmp(p->files[i].path, path) == 0) {
            *len = p->files[i].ff->len;
            return p->files[i].ff->text;
        }
    }
    return NULL;
}

/* Is f a workitem-never-freed finding on an allocation that ndis-workitem-init-halt already
 * reports (halt never frees what nobody frees: one bug, one diagnostic)? */
static int dls_program_implied(const dls_findings *out, size_t start, const dls_finding *f) {
    if (strcmp(f->rule, "workitem-never-freed") != 0)
        return 0;
    for (size_t i = start; i < out->count; i++) {
        const dls_finding *g = &out->items[i];
        if (strcmp(g->rule, "ndis-workitem-init-halt") == 0 && g->range.begin == f->range.begin &&
            strcmp(g->range.file, f->range.file) == 0)
            return 1;
    }
    return 0;
}

static void dls_program_drop_implied(dls_findings *out, size_t start) {
    size_t n = out->count - start;
    char *drop = dls_xcalloc(n ? n : 1, 1);
    for (size_t i = 0; i < n; i++) /* decide first: compaction below moves findings */
        drop[i] = (char)dls_program_implied(out, start, &out->items[start + i]);
    size_t kept = start;
    for (size_t i = 0; i < n; i++) {
        if (drop[i])
            dls_finding_free(&out->items[start + i]);
        else
            out->items[kept++] = out->items[start + i];
    }
    out->count = kept;
    free(drop);
}

void dls_program_check(dls_program *p, const char *file, const dls_check_opts *opts,
                       dls_findings *out) {
    if (p->dirty || !p->fns)
        dls_program_compute(p);
    dls_program_roles(p, opts);
    dls_rule_ctx ctx = {p->fns, p->n_fns, opts, file, p};
    size_t start = out->count;
    static const struct {
        const char *id;
        void (*run)(const dls_rule_ctx *, dls_findings *);
    } rules[] = {
        {"ndis-workitem-init-halt", dls_rule_init_halt},
        {"workitem-leak", dls_rule_leak},
        {"workitem-routine-must-free", dls_rule_routine_must_free},
        {"workitem-never-freed", dls_rule_never_freed},
        {"workitem-double-free", dls_rule_double_free},
        {"workitem-use-after-free", dls_rule_use_after_free},
        {"workitem-null-deref", dls_rule_null_deref},
        {"io-workitem-uninit-before-free", dls_rule_uninit_before_free},
        {"io-workitem-storage", dls_rule_storage},
        {"io-workitem-device-object", dls_rule_device_object},
    };
    for (size_t i = 0; i < sizeof rules / sizeof *rules; i++)
        if (dls_program_enabled(opts, rules[i].id))
            rules[i].run(&ctx, out);
    dls_fix_attach(&ctx, out, start);
    dls_program_drop_implied(out, start);
    dls_suppress_filter(out, start, dls_program_text, p);
    if (out->count > start + 1)
        qsort(out->items + start, out->count - start, sizeof *out->items, dls_program_cmp_finding);
}

char *dls_program_describe(dls_program *p, const char *file, unsigned offset,
                           const dls_check_opts *opts) {
    if (p->dirty || !p->fns)
        dls_program_compute(p);
    dls_program_roles(p, opts);
    dls_rule_ctx ctx = {p->fns, p->n_fns, opts, file, p};
    return dls_hover_describe(&ctx, file, offset);
}

/* ---- the catalogue -------------------------------------------------------------------------- */

static const dls_rule_info dls_rule_table[] = {
    {"ndis-workitem-init-halt", "NdisWorkitemInitHalt", DLS_SEV_ERROR,
     "A work item allocated during MiniportInitializeEx is not freed on failure or in "
     "MiniportHaltEx.",
     "If MiniportInitializeEx (or a function it calls) allocates a work item with "
     "NdisAllocateIoWorkItem into a slot that outlives the call, the work item must be freed with "
     "NdisFreeIoWorkItem inside MiniportInitializeEx when it fails, and at least once in "
     "MiniportHaltEx when it succeeds (SDV rule Init_NdisAllocateIoWorkItem)."},
    {"workitem-leak", "WorkitemLeak", DLS_SEV_WARNING,
     "A work item held only in a local reaches a function exit unreleased.",
     "A handle returned by NdisAllocateIoWorkItem or IoAllocateWorkItem and held only in a local "
     "variable or parameter reaches a function exit on some path without being freed, queued, "
     "returned or stored where it outlives the function."},
    {"workitem-routine-must-free", "WorkitemRoutineMustFree", DLS_SEV_WARNING,
     "A one-shot work item is queued to a routine that never frees it.",
     "A work item allocated into a local and queued must be freed by its work routine (its "
     "NdisIoWorkItemHandle parameter, or the context that carries it) unless something else "
     "frees it."},
    {"workitem-never-freed", "WorkitemNeverFreed", DLS_SEV_WARNING,
     "A long-lived work item slot is never released anywhere in the driver.",
     "A field or global filled by a work-item allocation that no function in the workspace ever "
     "releases."},
    {"workitem-double-free", "WorkitemDoubleFree", DLS_SEV_ERROR,
     "A work item is released twice on one path.",
     "The same work-item handle is freed twice on one path. Resetting the slot to NULL after the "
     "free ends the handle's life."},
    {"workitem-use-after-free", "WorkitemUseAfterFree", DLS_SEV_ERROR,
     "A work item is used after it was released.",
     "A work-item handle is queued or passed to a work-item API on a path after it was freed."},
    {"workitem-null-deref", "WorkitemNullDeref", DLS_SEV_WARNING,
     "A work item allocation result is used without a NULL check.",
     "The result of NdisAllocateIoWorkItem or IoAllocateWorkItem reaches a queue or initialise "
     "call on a path where it was never compared with NULL."},
    {"io-workitem-uninit-before-free", "IoWorkitemUninitBeforeFree", DLS_SEV_ERROR,
     "Work-item storage is freed without IoUninitializeWorkItem.",
     "Storage initialised with IoInitializeWorkItem is freed on a path where "
     "IoUninitializeWorkItem was not called on it first."},
    {"io-workitem-storage", "IoWorkitemStorage", DLS_SEV_WARNING,
     "Work-item storage must be nonpaged and sized by IoSizeofWorkItem().",
     "Storage passed to IoInitializeWorkItem must come from nonpaged pool and be sized by "
     "IoSizeofWorkItem(); paged allocations and constant or sizeof sizes are flagged."},
    {"io-workitem-device-object", "IoWorkitemDeviceObject", DLS_SEV_ERROR,
     "A work item queued with IoQueueWorkItem needs a device object.",
     "A work item initialised with a PDRIVER_OBJECT as its IoObject is later passed to "
     "IoQueueWorkItem, which requires a device object."},
};

const dls_rule_info *dls_rules(size_t *count) {
    *count = sizeof dls_rule_table / sizeof *dls_rule_table;
    return dls_rule_table;
}

const dls_rule_info *dls_rule_find(const char *id) {
    for (size_t i = 0; i < sizeof dls_rule_table / sizeof *dls_rule_table; i++)
        if (strcmp(dls_rule_table[i].id, id) == 0)
            return &dls_rule_table[i];
    return NULL;
}
