/*
 * summaries.c - building a function's summary from its dataflow result (see summaries.h).
 * Releases "on some path" come from every release the dataflow saw; "on every path" from the
 * intersection over the exits of the outcome. Allocations are the long-lived slots still holding a
 * live, possibly non-NULL handle at an exit of the outcome.
 */
#include "summaries.h"
#include "dataflow.h"

#include <stdlib.h>
#include <string.h>

static void dls_sum_free_keys(char **keys, unsigned n) {
    for (unsigned i = 0; i < n; i++)
        free(keys[i]);
    free(keys);
}

static void dls_sum_outcome_clear(dls_sum_outcome *o) {
    for (unsigned i = 0; i < o->n_allocs; i++)
        free(o->allocs[i].key);
    free(o->allocs);
    dls_sum_free_keys(o->rel_may, o->n_rel_may);
    dls_sum_free_keys(o->rel_must, o->n_rel_must);
    memset(o, 0, sizeof *o);
}

void dls_sum_clear(dls_summary *sum) {
    dls_sum_outcome_clear(&sum->oc[0]);
    dls_sum_outcome_clear(&sum->oc[1]);
    for (unsigned i = 0; i < sum->n_entry_frees; i++)
        free(sum->entry_frees[i].key);
    free(sum->entry_frees);
    dls_sum_free_keys(sum->freed, sum->n_freed);
    memset(sum, 0, sizeof *sum);
}

void dls_sum_init(dls_summary *sum) {
    memset(sum, 0, sizeof *sum);
    sum->complete = 1;
}

static int dls_sum_has(char **keys, unsigned n, const char *key) {
    for (unsigned i = 0; i < n; i++)
        if (strcmp(keys[i], key) == 0)
            return 1;
    return 0;
}

static void dls_sum_push(char ***keys, unsigned *n, const char *key) {
    if (dls_sum_has(*keys, *n, key))
        return;
    *keys = dls_xrealloc(*keys, (*n + 1) * sizeof **keys);
    (*keys)[(*n)++] = dls_xstrdup(key);
}

static int dls_sum_tracked(const dls_flow_slot *s) {
    return s->kind == DLS_SLOT_FIELD || s->kind == DLS_SLOT_GLOBAL;
}

static void dls_sum_add_alloc(dls_sum_outcome *o, const char *key, const dls_site *site,
                              int nonnull) {
    for (unsigned i = 0; i < o->n_allocs; i++) {
        if (strcmp(o->allocs[i].key, key) == 0 && o->allocs[i].site.loc.begin == site->loc.begin &&
            o->allocs[i].site.file == site->file) {
            o->allocs[i].nonnull &= nonnull;
            return;
        }
    }
    o->allocs = dls_xrealloc(o->allocs, (o->n_allocs + 1) * sizeof *o->allocs);
    dls_sum_alloc *a = &o->allocs[o->n_allocs++];
    a->key = dls_xstrdup(key);
    a->site = *site;
    a->nonnull = nonnull;
}

static void dls_sum_join_value(dls_sum_outcome *o, int first, dls_vkind vk, long long c) {
    if (first) {
        o->ret_vk = vk;
        o->ret_c = c;
        return;
    }
    if (o->ret_vk == vk && o->ret_c == c)
        return;
    int nz_a = o->ret_vk == DLS_V_NZ || o->ret_vk == DLS_V_NEG ||
               (o->ret_vk == DLS_V_CONST && o->ret_c != 0);
    int nz_b = vk == DLS_V_NZ || vk == DLS_V_NEG || (vk == DLS_V_CONST && c != 0);
    int neg_a = o->ret_vk == DLS_V_NEG || (o->ret_vk == DLS_V_CONST && o->ret_c < 0);
    int neg_b = vk == DLS_V_NEG || (vk == DLS_V_CONST && c < 0);
    o->ret_vk = neg_a && neg_b ? DLS_V_NEG : nz_a && nz_b ? DLS_V_NZ : DLS_V_TOP;
    o->ret_c = 0;
}

/* Fold one exit into outcome o. */
static void dls_sum_exit(dls_sum_outcome *o, const dls_flow_result *r, const dls_flow_exit *ex) {
    int first = !o->feasible;
    o->feasible = 1;
    /* releases on every path: intersect */
    unsigned params = 0;
    for (unsigned s = 0; s < r->n_slots; s++)
        if (r->slots[s].kind == DLS_SLOT_PARAM && r->slots[s].param >= 0 &&
            r->slots[s].param < 32 && dls_flow_released(r, ex->st, (int)s))
            params |= 1u << r->slots[s].param;
    if (first) {
        o->param_rel_must = params;
        for (unsigned s = 0; s < r->n_slots; s++)
            if (dls_sum_tracked(&r->slots[s]) && dls_flow_released(r, ex->st, (int)s))
                dls_sum_push(&o->rel_must, &o->n_rel_must, r->slots[s].key);
    } else {
        o->param_rel_must &= params;
        unsigned keep = 0;
        for (unsigned i = 0; i < o->n_rel_must; i++) {
            int still = 0;
            for (unsigned s = 0; s < r->n_slots && !still; s++)
                still = dls_sum_tracked(&r->slots[s]) &&
                        strcmp(r->slots[s].key, o->rel_must[i]) == 0 &&
                        dls_flow_released(r, ex->st, (int)s);
            if (still)
                o->rel_must[keep++] = o->rel_must[i];
            else
                free(o->rel_must[i]);
        }
        o->n_rel_must = keep;
    }
    /* handles left allocated */
    for (unsigned obj = 0; obj < r->n_objs; obj++) {
        dls_ob_status st = dls_flow_ob_status(r, ex->st, (int)obj);
        dls_nullness nul = dls_flow_ob_null(r, ex->st, (int)obj);
        if (nul == DLS_NUL_NULL)
            continue;
        if ((int)obj == ex->ret_obj) {
            if (st == DLS_OB_ESCAPED || st == DLS_OB_LIVE) {
                o->ret_alloc = 1;
                o->ret_site = r->objs[obj].site;
            }
            continue;
        }
        if (st != DLS_OB_LIVE)
            continue;
        int home = dls_flow_ob_home(r, ex->st, (int)obj);
        if (home < 0)
            continue;
        const dls_flow_slot *hs = &r->slots[home];
        if (dls_sum_tracked(hs)) {
            dls_sum_add_alloc(o, hs->key, &r->objs[obj].site, nul == DLS_NUL_NONNULL);
        } else if (hs->kind == DLS_SLOT_DEREF && hs->param >= 0 && hs->param < 32) {
            o->param_out |= 1u << hs->param;
            o->out_site = r->objs[obj].site;
        }
    }
    dls_sum_join_value(o, first, ex->ret_vk, ex->ret_c);
}

static void dls_sum_add_entry_free(dls_summary *sum, const char *key, int param,
                                   const dls_site *site) {
    for (unsigned i = 0; i < sum->n_entry_frees; i++) {
        const dls_sum_free *f = &sum->entry_frees[i];
        if (f->param == param && (f->key ? key && strcmp(f->key, key) == 0 : !key) &&
            f->site.loc.begin == site->loc.begin && f->site.file == site->file)
            return;
    }
    sum->entry_frees =
        dls_xrealloc(sum->entry_frees, (sum->n_entry_frees + 1) * sizeof *sum->entry_frees);
    dls_sum_free *f = &sum->entry_frees[sum->n_entry_frees++];
    f->key = key ? dls_xstrdup(key) : NULL;
    f->param = param;
    f->site = *site;
}

/* Storage the function frees in the state its caller left it (see dls_summary.entry_frees). */
static void dls_sum_entry_frees(dls_summary *sum, const dls_flow_result *r) {
    dls_flow_sfree frees[16];
    for (unsigned o = 0; o < r->n_obs; o++) {
        unsigned n = dls_flow_storage_frees(r, &r->obs[o], frees, 16);
        for (unsigned i = 0; i < n && i < 16; i++) {
            const dls_flow_sfree *f = &frees[i];
            const dls_flow_slot *s = &r->slots[f->slot];
            if (f->store != DLS_STORE_ENTRY || f->released)
                continue;
            if (dls_sum_tracked(s))
                dls_sum_add_entry_free(sum, s->key, -1, &f->site);
            else if (s->kind == DLS_SLOT_PARAM && s->param >= 0 && s->param < 32)
                dls_sum_add_entry_free(sum, NULL, s->param, &f->site);
        }
    }
}

/* The slots of r flagged in flags (one byte per slot): long-lived keys into keys, parameters as
 * bits into params. */
static void dls_sum_collect(const dls_flow_result *r, const unsigned char *flags, char ***keys,
                            unsigned *n, unsigned *params) {
    for (unsigned s = 0; s < r->n_slots; s++) {
        if (!flags[s])
            continue;
        if (dls_sum_tracked(&r->slots[s]))
            dls_sum_push(keys, n, r->slots[s].key);
        else if (r->slots[s].kind == DLS_SLOT_PARAM && r->slots[s].param >= 0 &&
                 r->slots[s].param < 32)
            *params |= 1u << r->slots[s].param;
    }
}

void dls_sum_build(dls_summary *sum, const dls_flow_result *r) {
    dls_sum_clear(sum);
    sum->complete = r->complete;
    if (!r->complete)
        return;
    dls_ret_kind rk = r->fn->ret;
    sum->split = rk == DLS_RET_STATUS || rk == DLS_RET_BOOL || rk == DLS_RET_PTR;
    for (unsigned e = 0; e < r->n_exits; e++) {
        const dls_flow_exit *ex = &r->exits[e];
        if (!sum->split || ex->outcome != DLS_OUT_FAILURE)
            dls_sum_exit(&sum->oc[0], r, ex);
        if (sum->split && ex->outcome != DLS_OUT_SUCCESS)
            dls_sum_exit(&sum->oc[1], r, ex);
    }
    /* releases on some path: anywhere in the function */
    for (int oi = 0; oi < 2; oi++) {
        dls_sum_outcome *o = &sum->oc[oi];
        dls_sum_collect(r, r->rel_any, &o->rel_may, &o->n_rel_may, &o->param_rel_may);
    }
    dls_sum_entry_frees(sum, r);
    dls_sum_collect(r, r->freed_any, &sum->freed, &sum->n_freed, &sum->param_freed);
}

/* Whether keys hold key, or the "RECORD.*" wildcard of record. */
static int dls_sum_has_key(char **keys, unsigned n, const char *key, const char *record) {
    size_t rl = record ? strlen(record) : 0;
    for (unsigned i = 0; i < n; i++) {
        if (strcmp(keys[i], key) == 0)
            return 1;
        if (record && strncmp(keys[i], record, rl) == 0 && strcmp(keys[i] + rl, ".*") == 0)
            return 1;
    }
    return 0;
}

int dls_sum_releases(const dls_sum_outcome *o, const char *key, const char *record, int must) {
    return must ? dls_sum_has_key(o->rel_must, o->n_rel_must, key, record)
                : dls_sum_has_key(o->rel_may, o->n_rel_may, key, record);
}

int dls_sum_frees(const dls_summary *sum, const char *key, const char *record) {
    return dls_sum_has_key(sum->freed, sum->n_freed, key, record);
}

static int dls_sum_same_keys(char **a, unsigned na, char **b, unsigned nb) {
    if (na != nb)
        return 0;
    for (unsigned i = 0; i < na; i++)
        if (!dls_sum_has(b, nb, a[i]))
            return 0;
    return 1;
}

static int dls_sum_outcome_equal(const dls_sum_outcome *a, const dls_sum_outcome *b) {
    if (a->feasible != b->feasible || a->param_rel_may != b->param_rel_may ||
        a->param_rel_must != b->param_rel_must || a->param_out != b->param_out ||
        a->ret_alloc != b->ret_alloc || a->ret_vk != b->ret_vk || a->ret_c != b->ret_c ||
        a->n_allocs != b->n_allocs)
        return 0;
    for (unsigned i = 0; i < a->n_allocs; i++) {
        int found = 0;
        for (unsigned j = 0; j < b->n_allocs && !found; j++)
            found = strcmp(a->allocs[i].key, b->allocs[j].key) == 0 &&
                    a->allocs[i].site.loc.begin == b->allocs[j].site.loc.begin &&
                    a->allocs[i].nonnull == b->allocs[j].nonnull;
        if (!found)
            return 0;
    }
    return dls_sum_same_keys(a->rel_may, a->n_rel_may, b->rel_may, b->n_rel_may) &&
           dls_sum_same_keys(a->rel_must, a->n_rel_must, b->rel_must, b->n_rel_must);
}

static int dls_sum_same_frees(const dls_summary *a, const dls_summary *b) {
    if (a->n_entry_frees != b->n_entry_frees || a->param_freed != b->param_freed)
        return 0;
    for (unsigned i = 0; i < a->n_entry_frees; i++) {
        const dls_sum_free *x = &a->entry_frees[i], *y = &b->entry_frees[i];
        if (x->param != y->param || x->site.loc.begin != y->site.loc.begin ||
            (x->key ? !y->key || strcmp(x->key, y->key) != 0 : y->key != NULL))
            return 0;
    }
    return dls_sum_same_keys(a->freed, a->n_freed, b->freed, b->n_freed);
}

int dls_sum_equal(const dls_summary *a, const dls_summary *b) {
    return a->complete == b->complete && a->split == b->split &&
           dls_sum_outcome_equal(&a->oc[0], &b->oc[0]) &&
           dls_sum_outcome_equal(&a->oc[1], &b->oc[1]) && dls_sum_same_frees(a, b);
}
