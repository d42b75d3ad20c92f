/*
 * dataflow.c - the path-sensitive dataflow over one function's CFG (see dataflow.h).
 *
 * A state is a flat byte array (slot values, objects, released-slot flags) so states compare with
 * memcmp. Each block keeps up to max_states distinct entry states; beyond that new states are
 * joined into the last one (values that differ become unknown, object statuses that differ become
 * MIXED, which no rule reports). States and path nodes live in an arena owned by the result.
 */
#include "dataflow.h"
#include "strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- arena ---------------------------------------------------------------------------------- */

/* The states of one function's run may take this much memory; past it the run stops, incomplete
 * (its facts unknown, so no rule reports from it): a function with many slots and many paths
 * (nested loops of validation code) would otherwise copy gigabytes of states for an answer it
 * cannot give within the block budget anyway. */
#define DLS_FLOW_MAX_BYTES ((size_t)256 << 20)

typedef struct dls_chunk {
    struct dls_chunk *next;
    size_t used, cap;
    max_align_t data[];
} dls_chunk;

static void *dls_arena_alloc(dls_flow_result *r, size_t n) {
    n = (n + 15) & ~(size_t)15;
    dls_chunk *c = r->arena;
    if (!c || c->used + n > c->cap) {
        /* chunks grow from 256 bytes to 64 KB: a small function's states take a little memory, not
         * a 64 KB block each (a file of thousands of small functions) */
        size_t cap = c ? (c->cap < 32768 ? c->cap * 2 : 65536) : 256;
        cap = n > cap ? n : cap;
        r->arena_bytes += cap;
        dls_chunk *nc = dls_xmalloc(sizeof *nc + cap);
        nc->next = c;
        nc->used = 0;
        nc->cap = cap;
        r->arena = nc;
        c = nc;
    }
    void *p = (char *)c->data + c->used;
    c->used += n;
    return p;
}

static void dls_arena_free(void *arena) {
    dls_chunk *c = arena;
    while (c) {
        dls_chunk *n = c->next;
        free(c);
        c = n;
    }
}

/* ---- states --------------------------------------------------------------------------------- */

typedef struct {
    long long c;
    int32_t src; /* 1 + flat index of the call whose result this is, or 0 */
    int32_t fev; /* 1 + flat index of the call that freed the value through fbase, or 0 */
    int16_t obj;
    int16_t fbase;     /* the variable the value was freed through */
    int16_t alias;     /* a local's value copied from this long-lived slot, or -1 */
    int16_t container; /* the slot holding the block this value points into, or -1 */
    uint8_t vk;
    uint8_t checked; /* compared with NULL */
    uint8_t store;   /* dls_store */
    uint8_t pad;
} dls_sv;

typedef struct {
    uint8_t st;
    uint8_t nul;
    int16_t home;
    int32_t fev; /* 1 + flat index of the call that freed it, or 0 */
    uint8_t checked;
    uint8_t pad[3];
} dls_ob;

struct dls_pnode {
    dls_loc loc;
    const char *message;
    int obj; /* the object created at this step, or -1 */
    struct dls_pnode *prev;
};

struct dls_state {
    dls_pnode *path;
    size_t size;
    unsigned char data[];
};

typedef struct {
    const dls_fn *fn;
    const dls_flow_env *env;
    dls_flow_result *r;
    size_t off_ob, off_rel, size;
    dls_strmap keys;           /* slot key -> run slot */
    int **ev_obj;              /* per block, per event: first object index or -1 */
    const dls_summary ***sums; /* per block, per event: callee summary (complete) or NULL */
    unsigned max_states;
    unsigned *pre, *post; /* depth-first numbering of the blocks, for back edges */
} dls_run;

static dls_sv *dls_sv_at(const dls_run *run, dls_state *st, int slot) {
    (void)run;
    return (dls_sv *)st->data + slot;
}

static dls_ob *dls_ob_at(const dls_run *run, dls_state *st, int obj) {
    return (dls_ob *)(st->data + run->off_ob) + obj;
}

static uint8_t *dls_rel_at(const dls_run *run, dls_state *st, int slot) {
    return st->data + run->off_rel + slot;
}

static dls_state *dls_state_new(dls_run *run) {
    dls_state *st = dls_arena_alloc(run->r, sizeof *st + run->size);
    st->path = NULL;
    st->size = run->size;
    memset(st->data, 0, run->size);
    for (unsigned i = 0; i < run->r->n_slots; i++) {
        dls_sv *sv = dls_sv_at(run, st, (int)i);
        sv->obj = sv->fbase = sv->alias = sv->container = -1;
    }
    for (unsigned i = 0; i < run->r->n_objs; i++)
        dls_ob_at(run, st, (int)i)->home = -1;
    return st;
}

static dls_state *dls_state_copy(dls_run *run, const dls_state *src) {
    dls_state *st = dls_arena_alloc(run->r, sizeof *st + run->size);
    memcpy(st, src, sizeof *st + run->size);
    return st;
}

static void dls_state_step(dls_run *run, dls_state *st, const dls_loc *loc, const char *msg,
                           int obj) {
    dls_pnode *n = dls_arena_alloc(run->r, sizeof *n);
    n->loc = *loc;
    n->message = msg;
    n->obj = obj;
    n->prev = st->path;
    st->path = n;
}

/* Join the storage and lifetime facts of y into x: kept where both paths agree; a free or NULL
 * check holds only when it happened on both; storage states meet towards "not reportable". */
static void dls_sv_join(dls_sv *x, const dls_sv *y) {
    if (x->src != y->src)
        x->src = 0;
    if (!y->fev || x->fbase != y->fbase) {
        x->fev = 0;
        x->fbase = -1;
    }
    if (x->alias != y->alias)
        x->alias = -1;
    if (x->container != y->container)
        x->container = -1;
    x->checked &= y->checked;
    if (x->store != y->store) {
        if (x->store == DLS_STORE_GONE || y->store == DLS_STORE_GONE)
            x->store = DLS_STORE_GONE;
        else if (x->store == DLS_STORE_FRESH || y->store == DLS_STORE_FRESH)
            x->store = DLS_STORE_FRESH;
        else
            x->store = DLS_STORE_ENTRY;
    }
}

/* Join b into a (a keeps its path). Returns 1 when a changed. */
static int dls_state_join(dls_run *run, dls_state *a, dls_state *b) {
    if (memcmp(a->data, b->data, run->size) == 0)
        return 0;
    for (unsigned i = 0; i < run->r->n_slots; i++) {
        dls_sv *x = dls_sv_at(run, a, (int)i), *y = dls_sv_at(run, b, (int)i);
        if (x->obj != y->obj)
            x->obj = -1;
        if (x->vk != y->vk || x->c != y->c) {
            int nzx = x->vk == DLS_V_NZ || x->vk == DLS_V_NEG || (x->vk == DLS_V_CONST && x->c);
            int nzy = y->vk == DLS_V_NZ || y->vk == DLS_V_NEG || (y->vk == DLS_V_CONST && y->c);
            x->vk = nzx && nzy ? DLS_V_NZ : DLS_V_TOP;
            x->c = 0;
        }
        dls_sv_join(x, y);
    }
    for (unsigned i = 0; i < run->r->n_objs; i++) {
        dls_ob *x = dls_ob_at(run, a, (int)i), *y = dls_ob_at(run, b, (int)i);
        if (x->st != y->st)
            x->st = DLS_OB_MIXED;
        if (x->nul != y->nul)
            x->nul = DLS_NUL_MAYBE;
        if (!y->fev)
            x->fev = 0;
        x->checked &= y->checked;
        if (x->home != y->home && y->home >= 0 &&
            (x->home < 0 || run->r->slots[y->home].kind == DLS_SLOT_FIELD))
            x->home = y->home;
    }
    for (unsigned i = 0; i < run->r->n_slots; i++)
        *dls_rel_at(run, a, (int)i) &= *dls_rel_at(run, b, (int)i);
    return 1;
}

/* ---- values and conditions ------------------------------------------------------------------ */

typedef enum { DLS_TRI_FALSE = 0, DLS_TRI_TRUE = 1, DLS_TRI_UNKNOWN = 2 } dls_tri;

static int dls_cmp_const(long long v, dls_cmp op, long long c) {
    switch (op) {
    case DLS_CMP_EQ:
        return v == c;
    case DLS_CMP_NE:
        return v != c;
    case DLS_CMP_LT:
        return v < c;
    case DLS_CMP_LE:
        return v <= c;
    case DLS_CMP_GT:
        return v > c;
    case DLS_CMP_GE:
        return v >= c;
    }
    return 0;
}

/* Truth of "value op c" for an abstract value. */
static dls_tri dls_eval(dls_vkind vk, long long v, dls_cmp op, long long c) {
    switch (vk) {
    case DLS_V_CONST:
        return dls_cmp_const(v, op, c) ? DLS_TRI_TRUE : DLS_TRI_FALSE;
    case DLS_V_NZ:
        if (c == 0 && op == DLS_CMP_EQ)
            return DLS_TRI_FALSE;
        if (c == 0 && op == DLS_CMP_NE)
            return DLS_TRI_TRUE;
        return DLS_TRI_UNKNOWN;
    case DLS_V_NEG:
        if (c >= 0) {
            if (op == DLS_CMP_EQ || op == DLS_CMP_GE || op == DLS_CMP_GT)
                return DLS_TRI_FALSE;
            if (op == DLS_CMP_NE || op == DLS_CMP_LT || op == DLS_CMP_LE)
                return DLS_TRI_TRUE;
        }
        return DLS_TRI_UNKNOWN;
    case DLS_V_NONNEG:
        if (c < 0) {
            if (op == DLS_CMP_EQ || op == DLS_CMP_LT || op == DLS_CMP_LE)
                return DLS_TRI_FALSE;
            if (op == DLS_CMP_NE || op == DLS_CMP_GE || op == DLS_CMP_GT)
                return DLS_TRI_TRUE;
        }
        if (c == 0 && op == DLS_CMP_GE)
            return DLS_TRI_TRUE;
        if (c == 0 && op == DLS_CMP_LT)
            return DLS_TRI_FALSE;
        return DLS_TRI_UNKNOWN;
    case DLS_V_TOP:
        break;
    }
    return DLS_TRI_UNKNOWN;
}

static dls_cmp dls_cmp_negate(dls_cmp op) {
    switch (op) {
    case DLS_CMP_EQ:
        return DLS_CMP_NE;
    case DLS_CMP_NE:
        return DLS_CMP_EQ;
    case DLS_CMP_LT:
        return DLS_CMP_GE;
    case DLS_CMP_LE:
        return DLS_CMP_GT;
    case DLS_CMP_GT:
        return DLS_CMP_LE;
    case DLS_CMP_GE:
        return DLS_CMP_LT;
    }
    return op;
}

/* Refine a value knowing "value op c" holds. */
static void dls_refine(dls_sv *sv, dls_cmp op, long long c) {
    if (op == DLS_CMP_EQ) {
        sv->vk = DLS_V_CONST;
        sv->c = c;
    } else if ((op == DLS_CMP_NE && c == 0) || (op == DLS_CMP_GT && c >= 0)) {
        if (sv->vk == DLS_V_TOP)
            sv->vk = DLS_V_NZ;
    } else if ((op == DLS_CMP_GE && c <= 0) || (op == DLS_CMP_GT && c < 0)) {
        if (sv->vk == DLS_V_TOP || sv->vk == DLS_V_NZ)
            sv->vk = DLS_V_NONNEG;
    } else if ((op == DLS_CMP_LT && c <= 0) || (op == DLS_CMP_LE && c < 0)) {
        sv->vk = DLS_V_NEG;
    }
}

/* The value of a slot, as a handle's NULL-ness when it holds one. */
static void dls_value_of(const dls_run *run, dls_state *st, int slot, dls_vkind *vk, long long *c) {
    dls_sv *sv = dls_sv_at(run, st, slot);
    if (sv->obj >= 0) {
        dls_ob *ob = dls_ob_at(run, st, sv->obj);
        *c = 0;
        *vk = ob->nul == DLS_NUL_NULL      ? DLS_V_CONST
              : ob->nul == DLS_NUL_NONNULL ? DLS_V_NZ
                                           : DLS_V_TOP;
        return;
    }
    *vk = (dls_vkind)sv->vk;
    *c = sv->c;
}

static dls_tri dls_cond_eval(const dls_run *run, dls_state *st, const dls_cond *cond) {
    if (cond->slot < 0)
        return DLS_TRI_UNKNOWN;
    dls_vkind vk;
    long long v;
    dls_value_of(run, st, cond->slot, &vk, &v);
    return dls_eval(vk, v, cond->op, cond->c);
}

/* slot was compared with NULL: so were the slots its value was copied to or from. */
static void dls_mark_checked(const dls_run *run, dls_state *st, int slot) {
    dls_sv *sv = dls_sv_at(run, st, slot);
    sv->checked = 1;
    if (sv->alias >= 0)
        dls_sv_at(run, st, sv->alias)->checked = 1;
    for (unsigned i = 0; i < run->r->n_slots; i++)
        if (dls_sv_at(run, st, (int)i)->alias == slot)
            dls_sv_at(run, st, (int)i)->checked = 1;
}

/* Whether record `to` is `from` or is reached from it through the pointer fields this function
 * names (MP_ADAPTER.DefaultRecvDpc -> MP_ADAPTER_RECEIVE_DPC): a breadth-first walk that visits
 * each record once, at most DLS_REACH_MAX of them. */
#define DLS_REACH_MAX 16
static int dls_record_reaches(const dls_run *run, const char *from, const char *to) {
    const char *seen[DLS_REACH_MAX];
    unsigned n = 0;
    seen[n++] = from;
    for (unsigned next = 0; next < n; next++) {
        if (strcmp(seen[next], to) == 0)
            return 1;
        for (unsigned i = 0; i < run->fn->n_slots && n < DLS_REACH_MAX; i++) {
            const char *rec = run->r->slots[i].record, *pointee = run->fn->slots[i].pointee;
            if (run->r->slots[i].kind != DLS_SLOT_FIELD || !rec || !pointee ||
                strcmp(rec, seen[next]) != 0)
                continue;
            unsigned k = 0;
            while (k < n && strcmp(seen[k], pointee) != 0)
                k++;
            if (k == n)
                seen[n++] = pointee;
        }
    }
    return 0;
}

/* Refine st knowing cond is `truth`. */
static void dls_cond_assume(const dls_run *run, dls_state *st, const dls_cond *cond, int truth) {
    if (cond->slot < 0)
        return;
    dls_cmp op = truth ? cond->op : dls_cmp_negate(cond->op);
    dls_sv *sv = dls_sv_at(run, st, cond->slot);
    if (cond->c == 0 && (cond->op == DLS_CMP_EQ || cond->op == DLS_CMP_NE))
        dls_mark_checked(run, st, cond->slot);
    if (sv->obj >= 0 && cond->c == 0) {
        dls_ob *ob = dls_ob_at(run, st, sv->obj);
        if (cond->op == DLS_CMP_EQ || cond->op == DLS_CMP_NE)
            ob->checked = 1;
        if (op == DLS_CMP_EQ)
            ob->nul = DLS_NUL_NULL;
        else if (op == DLS_CMP_NE || op == DLS_CMP_GT)
            ob->nul = DLS_NUL_NONNULL;
        return;
    }
    if (sv->obj < 0)
        dls_refine(sv, op, cond->c);
    /* a NULL pointer to a record: which record holds its fields' handles (and those of the records
     * its fields point to) is unknown here */
    if (sv->obj < 0 && op == DLS_CMP_EQ && cond->c == 0 &&
        (unsigned)cond->slot < run->fn->n_slots && run->fn->slots[cond->slot].pointee) {
        const char *rec = run->fn->slots[cond->slot].pointee;
        for (unsigned o = 0; o < run->r->n_objs; o++) {
            dls_ob *ob = dls_ob_at(run, st, (int)o);
            const char *hr = ob->home >= 0 ? run->r->slots[ob->home].record : NULL;
            if (ob->st == DLS_OB_LIVE && hr && dls_record_reaches(run, rec, hr))
                ob->st = DLS_OB_MIXED;
        }
    }
}

/* ---- transfer ------------------------------------------------------------------------------- */

static void dls_store_set(dls_run *run, dls_state *st, int slot, dls_store store) {
    dls_sv *sv = dls_sv_at(run, st, slot);
    sv->store = (uint8_t)store;
    if (sv->alias >= 0)
        dls_sv_at(run, st, sv->alias)->store = (uint8_t)store;
    for (unsigned i = 0; i < run->r->n_slots; i++)
        if (dls_sv_at(run, st, (int)i)->alias == slot)
            dls_sv_at(run, st, (int)i)->store = (uint8_t)store;
}

/* slot (and the slots its value was copied to or from) no longer holds initialised storage on
 * this path. */
static void dls_store_gone(dls_run *run, dls_state *st, int slot) {
    dls_store_set(run, st, slot, DLS_STORE_GONE);
}

/* slot was assigned: marks made through it (as a variable) no longer apply. */
static void dls_forget_marks(dls_run *run, dls_state *st, int slot) {
    for (unsigned i = 0; i < run->r->n_slots; i++) {
        dls_sv *sv = dls_sv_at(run, st, (int)i);
        if (sv->fev && sv->fbase == slot) {
            sv->fev = 0;
            sv->fbase = -1;
        }
    }
}

/* slot receives the result of the call at flat index idx. */
static void dls_store_result(dls_run *run, dls_state *st, int slot, const dls_event *ev,
                             unsigned idx) {
    if (slot < 0)
        return;
    dls_forget_marks(run, st, slot);
    dls_sv *sv = dls_sv_at(run, st, slot);
    sv->src = (int32_t)idx + 1;
    sv->fev = 0;
    sv->fbase = sv->alias = sv->container = -1;
    sv->checked = 0;
    sv->store = ev->k.api == DLS_KAPI_ALLOC ? DLS_STORE_FRESH : DLS_STORE_GONE;
}

/* The value in arg (reached through its base variable) is freed by the call at flat index idx. */
static void dls_mark_freed(dls_run *run, dls_state *st, const dls_val *arg, unsigned idx) {
    if (arg->kind != DLS_VAL_SLOT || arg->base < 0)
        return; /* an array element, a call result: which value it is is not known */
    dls_sv *sv = dls_sv_at(run, st, arg->slot);
    sv->fev = (int32_t)idx + 1;
    sv->fbase = (int16_t)arg->base;
    if (sv->obj >= 0)
        dls_ob_at(run, st, sv->obj)->fev = (int32_t)idx + 1;
}

/* slot (and the long-lived slot a local copy of it came from) is freed on some path. */
static void dls_freed_any(dls_run *run, dls_state *st, int slot) {
    run->r->freed_any[slot] = 1;
    int alias = dls_sv_at(run, st, slot)->alias;
    if (alias >= 0)
        run->r->freed_any[alias] = 1;
}

/* A pool or lookaside free of the block in arg ptr: it and the storage inside it are gone. */
static void dls_pool_free(dls_run *run, dls_state *st, const dls_event *ev, unsigned idx) {
    if (ev->k.ptr < 0 || (unsigned)ev->k.ptr >= ev->n_args)
        return;
    const dls_val *a = &ev->args[ev->k.ptr];
    if (a->kind != DLS_VAL_SLOT)
        return;
    dls_freed_any(run, st, a->slot);
    dls_store_gone(run, st, a->slot);
    dls_mark_freed(run, st, a, idx);
    const char *pointee =
        (unsigned)a->slot < run->fn->n_slots ? run->fn->slots[a->slot].pointee : NULL;
    for (unsigned i = 0; i < run->r->n_slots; i++) {
        const dls_flow_slot *s = &run->r->slots[i];
        if (dls_sv_at(run, st, (int)i)->container == a->slot ||
            (pointee && run->r->embedded[i] && s->record && strcmp(s->record, pointee) == 0)) {
            dls_store_gone(run, st, (int)i);
            run->r->freed_any[i] = 1; /* storage inside the block goes with it */
        }
    }
}

static void dls_release_slot(dls_run *run, dls_state *st, int slot, uint8_t status) {
    if (slot < 0)
        return;
    *dls_rel_at(run, st, slot) = 1;
    run->r->rel_any[slot] = 1;
    dls_sv *sv = dls_sv_at(run, st, slot);
    /* a local copy of a parameter: the summary says the parameter is released (a work-item
     * routine that frees PIO_WORKITEM Item = (PIO_WORKITEM)Context) */
    if (sv->alias >= 0 && run->r->slots[sv->alias].kind == DLS_SLOT_PARAM)
        run->r->rel_any[sv->alias] = 1;
    if (status != DLS_OB_QUEUED)
        dls_store_gone(run, st, slot); /* queued storage stays initialised */
    if (sv->obj >= 0) {
        dls_ob *ob = dls_ob_at(run, st, sv->obj);
        if (ob->st == DLS_OB_LIVE || ob->st == DLS_OB_MIXED)
            ob->st = status;
    }
    /* objects whose home is this long-lived slot (held elsewhere now, or by key from a callee) */
    if (run->r->slots[slot].kind == DLS_SLOT_FIELD || run->r->slots[slot].kind == DLS_SLOT_GLOBAL) {
        for (unsigned o = 0; o < run->r->n_objs; o++) {
            dls_ob *ob = dls_ob_at(run, st, (int)o);
            if (ob->home == slot && (ob->st == DLS_OB_LIVE || ob->st == DLS_OB_MIXED))
                ob->st = status;
        }
    }
}

/* A "RECORD.*" wildcard: every object homed in a field of that record is handed over. */
static void dls_release_record(dls_run *run, dls_state *st, const char *record) {
    char *key = dls_xasprintf("%s.*", record);
    int w = dls_strmap_get(&run->keys, key);
    free(key);
    if (w >= 0) {
        *dls_rel_at(run, st, w) = 1;
        run->r->rel_any[w] = 1;
        run->r->freed_any[w] = 1;
    }
    for (unsigned o = 0; o < run->r->n_objs; o++) {
        dls_ob *ob = dls_ob_at(run, st, (int)o);
        if (ob->home < 0 || ob->st != DLS_OB_LIVE)
            continue;
        const char *rec = run->r->slots[ob->home].record;
        if (rec && strcmp(rec, record) == 0)
            ob->st = DLS_OB_ESCAPED;
    }
}

static void dls_release_key(dls_run *run, dls_state *st, const char *key) {
    size_t n = strlen(key);
    if (n > 2 && strcmp(key + n - 2, ".*") == 0) {
        char *rec = dls_xstrndup(key, n - 2);
        dls_release_record(run, st, rec);
        free(rec);
        return;
    }
    dls_release_slot(run, st, dls_strmap_get(&run->keys, key), DLS_OB_RELEASED);
}

static void dls_set_slot(dls_run *run, dls_state *st, int slot, dls_vkind vk, long long c,
                         int obj) {
    if (slot < 0)
        return;
    dls_sv *sv = dls_sv_at(run, st, slot);
    sv->vk = (uint8_t)vk;
    sv->c = c;
    sv->obj = (int16_t)obj;
}

/* Create object obj (live) in slot, recording the step on the path. */
static void dls_create(dls_run *run, dls_state *st, int obj, int slot, int nonnull,
                       const dls_loc *loc) {
    dls_ob *ob = dls_ob_at(run, st, obj);
    ob->st = DLS_OB_LIVE;
    ob->nul = nonnull ? DLS_NUL_NONNULL : DLS_NUL_MAYBE;
    ob->home = (int16_t)slot;
    ob->fev = 0;
    ob->checked = (uint8_t)(nonnull != 0);
    dls_set_slot(run, st, slot, DLS_V_TOP, 0, obj);
    dls_state_step(run, st, loc, "work item allocated here", obj);
}

static int dls_event_obj(const dls_run *run, int block, int ev, const char *tag) {
    int first = run->ev_obj[block][ev];
    if (first < 0)
        return -1;
    for (unsigned o = (unsigned)first; o < run->r->n_objs; o++) {
        const dls_flow_obj *fo = &run->r->objs[o];
        if (fo->block != block || fo->ev != ev)
            break;
        if (strcmp(fo->tag, tag) == 0)
            return (int)o;
    }
    return -1;
}

static void dls_record_queue(dls_run *run, int block, int ev, int obj) {
    dls_flow_result *r = run->r;
    for (unsigned i = 0; i < r->n_queues; i++)
        if (r->queues[i].block == block && r->queues[i].ev == ev && r->queues[i].obj == obj)
            return;
    if (r->n_queues == r->cap_queues) {
        r->cap_queues = r->cap_queues ? r->cap_queues * 2 : 4;
        r->queues = dls_xrealloc(r->queues, r->cap_queues * sizeof *r->queues);
    }
    r->queues[r->n_queues++] = (dls_flow_queue){block, ev, obj};
}

/* A call may write through every address it receives: those slots lose their known values. */
static void dls_clobber_addr_args(dls_run *run, dls_state *st, const dls_event *ev) {
    for (unsigned i = 0; i < ev->n_args; i++) {
        const dls_val *a = &ev->args[i];
        if (a->kind != DLS_VAL_ADDR)
            continue;
        dls_sv *sv = dls_sv_at(run, st, a->slot);
        if (sv->obj < 0) {
            sv->vk = DLS_V_TOP;
            sv->c = 0;
        }
    }
}

/* A call to something we know nothing about: handles passed to it are handed over. */
static void dls_call_unknown(dls_run *run, dls_state *st, const dls_event *ev, int system) {
    for (unsigned i = 0; i < ev->n_args; i++) {
        const dls_val *a = &ev->args[i];
        if (a->kind != DLS_VAL_SLOT && a->kind != DLS_VAL_ADDR)
            continue;
        dls_sv *sv = dls_sv_at(run, st, a->slot);
        if (!system || a->kind == DLS_VAL_ADDR) {
            dls_store_gone(run, st, a->slot);
            run->r->freed_any[a->slot] = 1;
        }
        if (sv->obj >= 0) {
            dls_ob *ob = dls_ob_at(run, st, sv->obj);
            if (ob->st == DLS_OB_LIVE)
                ob->st = DLS_OB_ESCAPED;
            *dls_rel_at(run, st, a->slot) = 1;
            run->r->rel_any[a->slot] = 1;
        } else if (!system && run->r->slots[a->slot].kind == DLS_SLOT_PARAM) {
            *dls_rel_at(run, st, a->slot) = 1; /* a handle parameter handed to unknown code */
            run->r->rel_any[a->slot] = 1;
        }
        const char *pointee =
            a->slot < (int)run->fn->n_slots ? run->fn->slots[a->slot].pointee : NULL;
        if (!system && pointee)
            dls_release_record(run, st, pointee);
    }
    dls_set_slot(run, st, ev->ret_slot, DLS_V_TOP, 0, -1);
}

/* IoInitializeWorkItem(o, slot): the storage in slot (and its aliases) is initialised; a mark left
 * by an earlier uninitialise no longer applies. */
static void dls_store_init(dls_run *run, dls_state *st, int slot) {
    dls_sv *sv = dls_sv_at(run, st, slot);
    sv->fev = 0;
    sv->fbase = -1;
    dls_store_set(run, st, slot, DLS_STORE_INIT);
}

static void dls_call_api(dls_run *run, dls_state *st, int block, int ei, const dls_event *ev) {
    int arg0 = ev->n_args > 0 && ev->args[0].kind == DLS_VAL_SLOT ? ev->args[0].slot : -1;
    switch (ev->api) {
    case DLS_API_NDIS_ALLOC:
    case DLS_API_IO_ALLOC: {
        int obj = dls_event_obj(run, block, ei, "alloc");
        if (obj >= 0 && ev->ret_slot >= 0)
            dls_create(run, st, obj, ev->ret_slot, 0, &ev->loc);
        else
            dls_set_slot(run, st, ev->ret_slot, DLS_V_TOP, 0, -1);
        return;
    }
    case DLS_API_NDIS_FREE:
    case DLS_API_IO_FREE:
    case DLS_API_IO_UNINIT:
        dls_release_slot(run, st, arg0, DLS_OB_RELEASED);
        if (arg0 >= 0) {
            dls_mark_freed(run, st, &ev->args[0], run->r->ev_base[block] + (unsigned)ei);
            dls_freed_any(run, st, arg0);
        }
        return;
    case DLS_API_IO_INIT:
        if (ev->n_args == 2 && ev->args[1].kind == DLS_VAL_SLOT)
            dls_store_init(run, st, ev->args[1].slot);
        return;
    case DLS_API_NDIS_QUEUE:
    case DLS_API_IO_QUEUE:
    case DLS_API_IO_QUEUE_EX:
        if (arg0 >= 0) {
            int obj = dls_sv_at(run, st, arg0)->obj;
            if (obj >= 0 && dls_ob_at(run, st, obj)->st == DLS_OB_LIVE)
                dls_record_queue(run, block, ei, obj);
            dls_release_slot(run, st, arg0, DLS_OB_QUEUED);
        }
        return;
    default:
        dls_set_slot(run, st, ev->ret_slot, DLS_V_TOP, 0, -1);
        return;
    }
}

/* The caller-side value of a callee's returned value for one outcome. */
static void dls_ret_value(const dls_sum_outcome *o, int split, int failure, dls_vkind *vk,
                          long long *c) {
    *vk = o->ret_vk;
    *c = o->ret_c;
    if (*vk != DLS_V_TOP || !split)
        return;
    *vk = failure ? DLS_V_TOP : DLS_V_NZ;
}

/* What a callee frees (dls_summary.freed, param_freed) counts as freed here too. */
static void dls_apply_frees(dls_run *run, dls_state *st, const dls_event *ev,
                            const dls_summary *s) {
    for (unsigned i = 0; i < s->n_freed; i++) {
        int slot = dls_strmap_get(&run->keys, s->freed[i]);
        if (slot >= 0)
            run->r->freed_any[slot] = 1;
    }
    for (unsigned i = 0; i < ev->n_args && i < 32; i++)
        if ((s->param_freed >> i & 1) && ev->args[i].kind == DLS_VAL_SLOT)
            dls_freed_any(run, st, ev->args[i].slot);
}

/* Apply one outcome of a callee summary to st. */
static void dls_apply_outcome(dls_run *run, dls_state *st, int block, int ei, const dls_event *ev,
                              const dls_summary *s, int oi) {
    const dls_sum_outcome *o = &s->oc[oi];
    for (unsigned i = 0; i < o->n_rel_may; i++)
        dls_release_key(run, st, o->rel_may[i]);
    dls_apply_frees(run, st, ev, s);
    for (unsigned i = 0; i < ev->n_args && i < 32; i++) {
        const dls_val *a = &ev->args[i];
        if ((o->param_rel_may >> i & 1) && (a->kind == DLS_VAL_SLOT || a->kind == DLS_VAL_ADDR))
            dls_release_slot(run, st, a->slot, DLS_OB_RELEASED);
    }
    for (unsigned i = 0; i < o->n_allocs; i++) {
        int slot = dls_strmap_get(&run->keys, o->allocs[i].key);
        int obj = dls_event_obj(run, block, ei, o->allocs[i].key);
        if (slot >= 0 && obj >= 0)
            dls_create(run, st, obj, slot, o->allocs[i].nonnull, &ev->loc);
    }
    for (unsigned i = 0; i < ev->n_args && i < 32; i++) {
        const dls_val *a = &ev->args[i];
        if ((o->param_out >> i & 1) && a->kind == DLS_VAL_ADDR) {
            int obj = dls_event_obj(run, block, ei, "out");
            if (obj >= 0)
                dls_create(run, st, obj, a->slot, 0, &ev->loc);
        }
    }
    if (o->ret_alloc && ev->ret_slot >= 0) {
        int obj = dls_event_obj(run, block, ei, "ret");
        if (obj >= 0) {
            dls_create(run, st, obj, ev->ret_slot, 0, &ev->loc);
            return;
        }
    }
    dls_vkind vk;
    long long c;
    dls_ret_value(o, s->split, oi == 1, &vk, &c);
    dls_set_slot(run, st, ev->ret_slot, vk, c, -1);
}

/* The storage and lifetime facts of dst after "dst = src" (src a slot; dst holds src's copy): a
 * free mark now applies through dst as a variable; a local copied to or from a long-lived slot is
 * its alias. */
static void dls_copy_facts(dls_run *run, dls_state *st, int dst, int src) {
    dls_sv *d = dls_sv_at(run, st, dst), *s = dls_sv_at(run, st, src);
    dls_slot_kind dk = run->r->slots[dst].kind, sk = run->r->slots[src].kind;
    int dst_var = dk == DLS_SLOT_LOCAL || dk == DLS_SLOT_PARAM || dk == DLS_SLOT_GLOBAL;
    if (d->fev && dst_var) {
        d->fbase = (int16_t)dst;
    } else {
        d->fev = 0;
        d->fbase = -1;
    }
    int src_ll = sk == DLS_SLOT_FIELD || sk == DLS_SLOT_GLOBAL;
    int dst_ll = dk == DLS_SLOT_FIELD || dk == DLS_SLOT_GLOBAL;
    if (dk == DLS_SLOT_LOCAL && (src_ll || sk == DLS_SLOT_PARAM)) {
        d->alias = (int16_t)src; /* a copy of a field, a global or a parameter (Item = Context) */
    } else if (dst_ll && sk == DLS_SLOT_LOCAL) {
        s->alias = (int16_t)dst;
        d->alias = -1;
    } else if (dk != DLS_SLOT_LOCAL) {
        d->alias = -1;
    }
}

/* The storage and lifetime facts of dst after "dst = v" for a value that is not a slot. */
static void dls_reset_facts(dls_run *run, dls_state *st, int dst, const dls_val *v) {
    dls_sv *d = dls_sv_at(run, st, dst);
    d->src = d->fev = 0;
    d->fbase = d->alias = -1;
    d->checked = 0;
    d->container = v->kind == DLS_VAL_INTERIOR ? (int16_t)v->slot : -1;
    d->store = v->kind == DLS_VAL_INTERIOR ? DLS_STORE_FRESH : DLS_STORE_GONE;
}

static void dls_assign(dls_run *run, dls_state *st, const dls_event *ev) {
    int dst = ev->dst;
    const dls_val *v = &ev->src;
    dls_forget_marks(run, st, dst);
    if (v->kind == DLS_VAL_SLOT) {
        dls_sv copy = *dls_sv_at(run, st, v->slot);
        *dls_sv_at(run, st, dst) = copy;
        const dls_flow_slot *ds = &run->r->slots[dst];
        int long_lived =
            ds->kind == DLS_SLOT_FIELD || ds->kind == DLS_SLOT_GLOBAL || ds->kind == DLS_SLOT_DEREF;
        if (copy.obj >= 0 && long_lived)
            dls_ob_at(run, st, copy.obj)->home = (int16_t)dst;
        if (long_lived && run->r->slots[v->slot].kind == DLS_SLOT_PARAM) {
            *dls_rel_at(run, st, v->slot) = 1; /* a handle parameter stored away: handed over */
            run->r->rel_any[v->slot] = 1;
        }
        dls_copy_facts(run, st, dst, v->slot);
        return;
    }
    if (v->kind == DLS_VAL_CONST)
        dls_set_slot(run, st, dst, DLS_V_CONST, v->c, -1);
    else if (v->kind == DLS_VAL_ADDR || v->kind == DLS_VAL_FUNC || v->kind == DLS_VAL_INTERIOR)
        dls_set_slot(run, st, dst, DLS_V_NZ, 0, -1);
    else
        dls_set_slot(run, st, dst, DLS_V_TOP, 0, -1);
    dls_reset_facts(run, st, dst, v);
}

/* ---- the worklist --------------------------------------------------------------------------- */

typedef struct {
    dls_state **items;
    unsigned n, cap;
} dls_stvec;

static void dls_stvec_push(dls_stvec *v, dls_state *st) {
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        v->items = dls_xrealloc(v->items, v->cap * sizeof *v->items);
    }
    v->items[v->n++] = st;
}

typedef struct {
    int block;
    dls_state *st;
} dls_work;

typedef struct {
    dls_stvec *seen; /* per block */
    dls_work *items;
    unsigned n, cap;
} dls_worklist;

static void dls_offer(dls_run *run, dls_worklist *w, int block, dls_state *st) {
    if (block < 0)
        return;
    dls_stvec *seen = &w->seen[block];
    for (unsigned i = 0; i < seen->n; i++)
        if (memcmp(seen->items[i]->data, st->data, run->size) == 0)
            return;
    dls_state *entry;
    if (seen->n < run->max_states) {
        dls_stvec_push(seen, st);
        entry = st;
    } else {
        entry = seen->items[seen->n - 1];
        if (!dls_state_join(run, entry, st))
            return;
        entry = dls_state_copy(run, entry);
        seen->items[seen->n - 1] = entry;
    }
    if (w->n == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 64;
        w->items = dls_xrealloc(w->items, w->cap * sizeof *w->items);
    }
    w->items[w->n++] = (dls_work){block, entry};
}

static dls_outcome dls_classify(dls_ret_kind rk, dls_vkind vk, long long c) {
    if (rk == DLS_RET_STATUS) {
        if (vk == DLS_V_CONST)
            return c != 0 && c != 0x103 ? DLS_OUT_FAILURE : DLS_OUT_SUCCESS;
        if (vk == DLS_V_NEG || vk == DLS_V_NZ)
            return DLS_OUT_FAILURE; /* known not to be success (Status != NDIS_STATUS_SUCCESS) */
        if (vk == DLS_V_NONNEG)
            return DLS_OUT_SUCCESS;
        return DLS_OUT_UNKNOWN;
    }
    if (rk == DLS_RET_BOOL || rk == DLS_RET_PTR) {
        if (vk == DLS_V_CONST)
            return c == 0 ? DLS_OUT_FAILURE : DLS_OUT_SUCCESS;
        if (vk == DLS_V_NZ || vk == DLS_V_NEG)
            return DLS_OUT_SUCCESS;
    }
    return DLS_OUT_UNKNOWN;
}

static void dls_exit(dls_run *run, int block, dls_state *st) {
    const dls_block *b = &run->fn->cfg.blocks[block];
    dls_flow_result *r = run->r;
    dls_flow_exit ex;
    memset(&ex, 0, sizeof ex);
    ex.block = block;
    ex.loc = b->ret_loc;
    ex.implicit = b->ret_implicit;
    ex.ret_obj = -1;
    ex.ret_vk = DLS_V_TOP;
    if (b->has_ret) {
        if (b->ret.kind == DLS_VAL_CONST) {
            ex.ret_vk = DLS_V_CONST;
            ex.ret_c = b->ret.c;
        } else if (b->ret.kind == DLS_VAL_SLOT) {
            dls_value_of(run, st, b->ret.slot, &ex.ret_vk, &ex.ret_c);
            int obj = dls_sv_at(run, st, b->ret.slot)->obj;
            if (obj >= 0) {
                st = dls_state_copy(run, st);
                ex.ret_obj = obj;
                if (dls_ob_at(run, st, obj)->st == DLS_OB_LIVE)
                    dls_ob_at(run, st, obj)->st = DLS_OB_ESCAPED;
            }
        } else if (b->ret.kind == DLS_VAL_ADDR || b->ret.kind == DLS_VAL_FUNC) {
            ex.ret_vk = DLS_V_NZ;
        }
    }
    ex.outcome = dls_classify(run->fn->ret, ex.ret_vk, ex.ret_c);
    ex.st = st;
    if (r->n_exits == r->cap_exits) {
        r->cap_exits = r->cap_exits ? r->cap_exits * 2 : 8;
        r->exits = dls_xrealloc(r->exits, r->cap_exits * sizeof *r->exits);
    }
    r->exits[r->n_exits++] = ex;
}

/* Whether the rules read the state just before call ev (callee: its summary, or NULL). */
static int dls_observed(const dls_event *ev, const dls_summary *callee) {
    switch (ev->api) {
    case DLS_API_NDIS_FREE:
    case DLS_API_IO_FREE:
    case DLS_API_IO_UNINIT:
    case DLS_API_IO_INIT:
    case DLS_API_NDIS_QUEUE:
    case DLS_API_IO_QUEUE:
    case DLS_API_IO_QUEUE_EX:
        return 1;
    case DLS_API_NONE:
        return ev->k.api == DLS_KAPI_FREE || ev->k.api == DLS_KAPI_TRY_QUEUE ||
               (callee && callee->n_entry_frees);
    default:
        return 0;
    }
}

static void dls_observe(dls_run *run, int block, unsigned ei, const dls_state *st,
                        const dls_summary *callee) {
    dls_flow_result *r = run->r;
    if (r->n_obs == r->cap_obs) {
        r->cap_obs = r->cap_obs ? r->cap_obs * 2 : 8;
        r->obs = dls_xrealloc(r->obs, r->cap_obs * sizeof *r->obs);
    }
    r->obs[r->n_obs++] = (dls_flow_obs){block, (int)ei, dls_state_copy(run, st), callee};
}

/* Addresses passed to a call that is not a work-item API: the callee may store anything there. */
static void dls_clobber_storage(dls_run *run, dls_state *st, const dls_event *ev) {
    for (unsigned i = 0; i < ev->n_args; i++) {
        if (ev->args[i].kind != DLS_VAL_ADDR)
            continue;
        dls_forget_marks(run, st, ev->args[i].slot);
        dls_sv *sv = dls_sv_at(run, st, ev->args[i].slot);
        sv->fev = 0;
        sv->fbase = -1;
        dls_store_gone(run, st, ev->args[i].slot);
    }
}

/* Driver code that receives a value may test it for NULL (a validity helper): count it checked. */
static void dls_checked_by_callee(dls_run *run, dls_state *st, const dls_event *ev) {
    for (unsigned i = 0; i < ev->n_args; i++) {
        if (ev->args[i].kind != DLS_VAL_SLOT)
            continue;
        dls_mark_checked(run, st, ev->args[i].slot);
        int obj = dls_sv_at(run, st, ev->args[i].slot)->obj;
        if (obj >= 0)
            dls_ob_at(run, st, obj)->checked = 1;
    }
}

/* One call event over st; the states after it go to next (forking on callee outcomes). */
static void dls_call(dls_run *run, int block, unsigned ei, const dls_event *ev, dls_state *st,
                     dls_stvec *next) {
    const dls_summary *s = run->sums[block][ei];
    if (dls_observed(ev, s))
        dls_observe(run, block, ei, st, s);
    if (ev->api != DLS_API_NONE) {
        dls_call_api(run, st, block, (int)ei, ev);
        dls_stvec_push(next, st);
        return;
    }
    dls_clobber_addr_args(run, st, ev);
    dls_clobber_storage(run, st, ev);
    if (!ev->callee_system)
        dls_checked_by_callee(run, st, ev);
    if (ev->k.api == DLS_KAPI_FREE)
        dls_pool_free(run, st, ev, run->r->ev_base[block] + ei);
    if (!s) {
        dls_call_unknown(run, st, ev, ev->callee_system && ev->callee != NULL);
        dls_stvec_push(next, st);
        return;
    }
    int n_oc = s->split ? 2 : 1, any = 0;
    for (int oi = 0; oi < n_oc; oi++) {
        if (!s->oc[oi].feasible)
            continue;
        dls_state *ns = dls_state_copy(run, st);
        dls_apply_outcome(run, ns, block, (int)ei, ev, s, oi);
        dls_stvec_push(next, ns);
        any = 1;
    }
    if (!any) {
        dls_set_slot(run, st, ev->ret_slot, DLS_V_TOP, 0, -1);
        dls_stvec_push(next, st);
    }
}

/* Run the events of a block over the states in cur (forking on callee outcomes). */
static void dls_block_events(dls_run *run, int block, dls_stvec *cur, dls_stvec *next) {
    const dls_block *b = &run->fn->cfg.blocks[block];
    for (unsigned ei = 0; ei < b->n_ev; ei++) {
        const dls_event *ev = &b->ev[ei];
        next->n = 0;
        for (unsigned si = 0; si < cur->n; si++) {
            dls_state *st = cur->items[si];
            if (ev->kind == DLS_EV_ASSIGN) {
                dls_assign(run, st, ev);
                dls_stvec_push(next, st);
                continue;
            }
            unsigned first = next->n;
            dls_call(run, block, ei, ev, st, next);
            for (unsigned i = first; i < next->n; i++)
                dls_store_result(run, next->items[i], ev->ret_slot, ev,
                                 run->r->ev_base[block] + ei);
        }
        /* keep the set small: join the overflow into the last state */
        while (next->n > run->max_states) {
            dls_state_join(run, next->items[next->n - 2], next->items[next->n - 1]);
            next->n--;
        }
        dls_stvec tmp = *cur;
        *cur = *next;
        *next = tmp;
    }
}

/* Take the edge from -> to with st (which the caller no longer uses). Along a back edge the
 * free marks of slots are dropped: the next iteration may name another element or object. */
static void dls_follow(dls_run *run, dls_worklist *w, int from, int to, dls_state *st) {
    if (to >= 0 && run->pre[to] <= run->pre[from] && run->post[to] >= run->post[from])
        for (unsigned i = 0; i < run->r->n_slots; i++) {
            dls_sv *sv = dls_sv_at(run, st, (int)i);
            sv->fev = 0;
            sv->fbase = -1;
        }
    dls_offer(run, w, to, st);
}

static void dls_block_term(dls_run *run, dls_worklist *w, int block, dls_state *st) {
    const dls_block *b = &run->fn->cfg.blocks[block];
    switch (b->term) {
    case DLS_TERM_JUMP:
        dls_follow(run, w, block, b->succ[0], st);
        return;
    case DLS_TERM_RETURN:
        dls_exit(run, block, st);
        return;
    case DLS_TERM_BRANCH: {
        dls_tri t = dls_cond_eval(run, st, &b->cond);
        if (t != DLS_TRI_UNKNOWN) {
            dls_follow(run, w, block, b->succ[t == DLS_TRI_TRUE ? 0 : 1], st);
            return;
        }
        for (int truth = 1; truth >= 0; truth--) {
            dls_state *ns = dls_state_copy(run, st);
            dls_cond_assume(run, ns, &b->cond, truth);
            dls_state_step(run, ns, &b->cond_loc,
                           truth ? "the condition is true" : "the condition is false", -1);
            dls_follow(run, w, block, b->succ[truth ? 0 : 1], ns);
        }
        return;
    }
    case DLS_TERM_SWITCH: {
        int matched = 0;
        for (unsigned i = 0; i < b->n_cases; i++) {
            const dls_case *cs = &b->cases[i];
            dls_cond cond = {b->sw_slot, DLS_CMP_EQ, cs->value};
            if (!cs->known)
                cond.slot = -1;
            dls_tri t = dls_cond_eval(run, st, &cond);
            if (t == DLS_TRI_FALSE)
                continue;
            if (t == DLS_TRI_TRUE)
                matched = 1;
            dls_state *ns = dls_state_copy(run, st);
            dls_cond_assume(run, ns, &cond, 1);
            dls_state_step(run, ns, &b->cond_loc, "this case is taken", -1);
            dls_follow(run, w, block, cs->succ, ns);
        }
        if (!matched) {
            dls_state *ns = dls_state_copy(run, st);
            dls_state_step(run, ns, &b->cond_loc, "no case matches", -1);
            dls_follow(run, w, block, b->sw_default, ns);
        }
        return;
    }
    }
}

/* ---- set-up --------------------------------------------------------------------------------- */

static int dls_run_slot(dls_run *run, const char *key, dls_slot_kind kind, const char *record) {
    int id = dls_strmap_get(&run->keys, key);
    if (id >= 0)
        return id;
    dls_flow_result *r = run->r;
    r->slots = dls_xrealloc(r->slots, (r->n_slots + 1) * sizeof *r->slots);
    dls_flow_slot *s = &r->slots[r->n_slots];
    s->key = dls_xstrdup(key);
    s->kind = kind;
    s->record = record ? dls_xstrdup(record) : NULL;
    s->param = -1;
    dls_strmap_put(&run->keys, s->key, (int)r->n_slots);
    return (int)r->n_slots++;
}

/* Record of a field key "REC.a.b" (new string), or NULL. */
static char *dls_key_record(const char *key) {
    const char *dot = strchr(key, '.');
    if (!dot || key[0] == 'G')
        return dot ? dls_xstrndup(key, (size_t)(dot - key)) : NULL;
    return dls_xstrndup(key, (size_t)(dot - key));
}

static void dls_run_key(dls_run *run, const char *key) {
    char *rec = dls_key_record(key);
    dls_run_slot(run, key, strncmp(key, "G:", 2) == 0 ? DLS_SLOT_GLOBAL : DLS_SLOT_FIELD, rec);
    free(rec);
}

static void dls_run_obj(dls_run *run, int block, int ev, const dls_site *site, int slot,
                        const char *tag) {
    dls_flow_result *r = run->r;
    if (run->ev_obj[block][ev] < 0)
        run->ev_obj[block][ev] = (int)r->n_objs;
    r->objs = dls_xrealloc(r->objs, (r->n_objs + 1) * sizeof *r->objs);
    dls_flow_obj *o = &r->objs[r->n_objs++];
    o->block = block;
    o->ev = ev;
    o->site = *site;
    o->slot = slot;
    o->tag = tag;
}

/* Slots for the storage embedded in blocks of the record the value in slot points to. */
static int dls_run_embedded(dls_run *run, int slot) {
    const char *pointee = (unsigned)slot < run->fn->n_slots ? run->fn->slots[slot].pointee : NULL;
    unsigned n = 0;
    const char *const *keys =
        pointee && run->env->embedded ? run->env->embedded(run->env->ctx, pointee, &n) : NULL;
    for (unsigned i = 0; i < n; i++)
        dls_run_key(run, keys[i]);
    return n > 0;
}

/* Slots for what the call at ev frees as storage: embedded storage of the blocks it frees and the
 * keys its callee's summary frees. Returns whether it frees any embedded storage. */
static int dls_run_storage_keys(dls_run *run, const dls_event *ev, const dls_summary *s) {
    int any = 0;
    if (ev->k.api == DLS_KAPI_FREE && ev->k.ptr >= 0 && (unsigned)ev->k.ptr < ev->n_args &&
        ev->args[ev->k.ptr].kind == DLS_VAL_SLOT)
        any |= dls_run_embedded(run, ev->args[ev->k.ptr].slot);
    for (unsigned i = 0; s && i < s->n_entry_frees; i++) {
        const dls_sum_free *f = &s->entry_frees[i];
        if (f->key)
            dls_run_key(run, f->key);
        else if ((unsigned)f->param < ev->n_args && ev->args[f->param].kind == DLS_VAL_SLOT)
            any |= dls_run_embedded(run, ev->args[f->param].slot);
    }
    for (unsigned i = 0; s && i < s->n_freed; i++)
        dls_run_key(run, s->freed[i]);
    return any;
}

/* Mark the field slots that env.embedded names for their record. */
static void dls_run_mark_embedded(dls_run *run) {
    dls_flow_result *r = run->r;
    for (unsigned i = 0; i < r->n_slots; i++) {
        if (r->slots[i].kind != DLS_SLOT_FIELD || !r->slots[i].record)
            continue;
        unsigned n = 0;
        const char *const *keys = run->env->embedded(run->env->ctx, r->slots[i].record, &n);
        for (unsigned k = 0; k < n && !r->embedded[i]; k++)
            r->embedded[i] = strcmp(keys[k], r->slots[i].key) == 0;
    }
}

/* Depth-first pre/post numbers of the blocks (a back edge goes to an ancestor). */
static void dls_run_number(dls_run *run) {
    const dls_cfg *g = &run->fn->cfg;
    run->pre = dls_xcalloc(g->n, sizeof *run->pre);
    run->post = dls_xcalloc(g->n, sizeof *run->post);
    unsigned *stack = dls_xcalloc(g->n, sizeof *stack), *next = dls_xcalloc(g->n, sizeof *next);
    unsigned char *seen = dls_xcalloc(g->n, 1);
    unsigned n = 0, pre = 1, post = 1;
    stack[n++] = 0;
    seen[0] = 1;
    run->pre[0] = pre++;
    while (n > 0) {
        unsigned b = stack[n - 1];
        const dls_block *bl = &g->blocks[b];
        if (next[b] < dls_cfg_nsucc(bl)) {
            int s = dls_cfg_succ(bl, next[b]++);
            if (s >= 0 && !seen[s]) {
                seen[s] = 1;
                run->pre[s] = pre++;
                stack[n++] = (unsigned)s;
            }
            continue;
        }
        run->post[b] = post++;
        n--;
    }
    free(stack);
    free(next);
    free(seen);
}

/* Slots and objects of the run: the function's slots, callee keys, allocation sites. */
static void dls_run_setup(dls_run *run) {
    const dls_fn *fn = run->fn;
    dls_flow_result *r = run->r;
    r->slots = dls_xcalloc(fn->n_slots, sizeof *r->slots);
    for (unsigned i = 0; i < fn->n_slots; i++) {
        r->slots[i].key = fn->slots[i].key;
        r->slots[i].kind = fn->slots[i].kind;
        r->slots[i].record = fn->slots[i].record;
        r->slots[i].param = fn->slots[i].param;
        dls_strmap_put(&run->keys, fn->slots[i].key, (int)i);
    }
    r->n_slots = r->n_slots_own = fn->n_slots;
    run->ev_obj = dls_xcalloc(fn->cfg.n, sizeof *run->ev_obj);
    run->sums = dls_xcalloc(fn->cfg.n, sizeof *run->sums);
    r->ev_base = dls_xcalloc(fn->cfg.n ? fn->cfg.n : 1, sizeof *r->ev_base);
    int embedded = 0;
    for (unsigned b = 0, flat = 0; b < fn->cfg.n; flat += fn->cfg.blocks[b++].n_ev) {
        const dls_block *bl = &fn->cfg.blocks[b];
        r->ev_base[b] = flat;
        run->ev_obj[b] = dls_xcalloc(bl->n_ev ? bl->n_ev : 1, sizeof **run->ev_obj);
        run->sums[b] = dls_xcalloc(bl->n_ev ? bl->n_ev : 1, sizeof **run->sums);
        for (unsigned e = 0; e < bl->n_ev; e++) {
            const dls_event *ev = &bl->ev[e];
            run->ev_obj[b][e] = -1;
            if (ev->kind != DLS_EV_CALL)
                continue;
            if (ev->api == DLS_API_NDIS_ALLOC || ev->api == DLS_API_IO_ALLOC) {
                dls_site site = {r->file, fn->name, ev->loc, ev->api};
                dls_run_obj(run, (int)b, (int)e, &site, ev->ret_slot, "alloc");
                continue;
            }
            if (ev->api != DLS_API_NONE)
                continue;
            const dls_summary *s = run->env->summary ? run->env->summary(run->env->ctx, ev) : NULL;
            if (s && !s->complete)
                s = NULL;
            run->sums[b][e] = s;
            embedded |= dls_run_storage_keys(run, ev, s);
            if (!s) {
                for (unsigned a = 0; a < ev->n_args; a++) {
                    const dls_val *v = &ev->args[a];
                    if (v->kind != DLS_VAL_SLOT || ev->callee_system)
                        continue;
                    const char *pointee = fn->slots[v->slot].pointee;
                    if (pointee) {
                        char *key = dls_xasprintf("%s.*", pointee);
                        dls_run_slot(run, key, DLS_SLOT_FIELD, pointee);
                        free(key);
                    }
                }
                continue;
            }
            for (int oi = 0; oi < 2; oi++) {
                const dls_sum_outcome *o = &s->oc[oi];
                for (unsigned i = 0; i < o->n_rel_may; i++)
                    dls_run_key(run, o->rel_may[i]);
                for (unsigned i = 0; i < o->n_allocs; i++) {
                    dls_run_key(run, o->allocs[i].key);
                    int slot = dls_strmap_get(&run->keys, o->allocs[i].key);
                    if (dls_event_obj(run, (int)b, (int)e, o->allocs[i].key) < 0)
                        dls_run_obj(run, (int)b, (int)e, &o->allocs[i].site, slot,
                                    r->slots[slot].key);
                }
                if (o->param_out && dls_event_obj(run, (int)b, (int)e, "out") < 0)
                    dls_run_obj(run, (int)b, (int)e, &o->out_site, -1, "out");
                if (o->ret_alloc && dls_event_obj(run, (int)b, (int)e, "ret") < 0)
                    dls_run_obj(run, (int)b, (int)e, &o->ret_site, ev->ret_slot, "ret");
            }
        }
    }
    run->off_ob = r->n_slots * sizeof(dls_sv);
    run->off_rel = run->off_ob + r->n_objs * sizeof(dls_ob);
    run->size = run->off_rel + r->n_slots;
    r->rel_any = dls_xcalloc(r->n_slots ? r->n_slots : 1, 1);
    r->freed_any = dls_xcalloc(r->n_slots ? r->n_slots : 1, 1);
    r->embedded = dls_xcalloc(r->n_slots ? r->n_slots : 1, 1);
    if (embedded)
        dls_run_mark_embedded(run);
}

dls_flow_result *dls_flow_run(const dls_fn *fn, const char *file, const dls_flow_env *env) {
    dls_flow_result *r = dls_xcalloc(1, sizeof *r);
    r->fn = fn;
    r->file = file;
    r->complete = 1;
    dls_run run;
    memset(&run, 0, sizeof run);
    run.fn = fn;
    run.env = env;
    run.r = r;
    run.max_states = env->max_states ? env->max_states : 32;
    unsigned budget = env->budget ? env->budget : 200000;
    dls_run_setup(&run);
    if (fn->cfg.n == 0) {
        dls_strmap_free(&run.keys);
        return r;
    }
    dls_run_number(&run);
    dls_worklist w;
    memset(&w, 0, sizeof w);
    w.seen = dls_xcalloc(fn->cfg.n, sizeof *w.seen);
    dls_offer(&run, &w, 0, dls_state_new(&run));
    dls_stvec cur = {0}, next = {0};
    unsigned visits = 0;
    while (w.n > 0) {
        if (++visits > budget || r->arena_bytes > DLS_FLOW_MAX_BYTES) {
            r->complete = 0;
            break;
        }
        /* depth-first: take the most recent work item */
        dls_work item = w.items[--w.n];
        cur.n = 0;
        dls_stvec_push(&cur, dls_state_copy(&run, item.st));
        dls_block_events(&run, item.block, &cur, &next);
        for (unsigned i = 0; i < cur.n; i++)
            dls_block_term(&run, &w, item.block, cur.items[i]);
    }
    free(cur.items);
    free(next.items);
    free(w.items);
    for (unsigned b = 0; b < fn->cfg.n; b++) {
        free(w.seen[b].items);
        free(run.ev_obj[b]);
        free(run.sums[b]);
    }
    free(w.seen);
    free(run.ev_obj);
    free(run.sums);
    free(run.pre);
    free(run.post);
    dls_strmap_free(&run.keys);
    return r;
}

void dls_flow_free(dls_flow_result *r) {
    if (!r)
        return;
    for (unsigned i = r->n_slots_own; i < r->n_slots; i++) {
        free((char *)r->slots[i].key);
        free((char *)r->slots[i].record);
    }
    free(r->slots);
    free(r->objs);
    free(r->exits);
    free(r->queues);
    free(r->rel_any);
    free(r->freed_any);
    free(r->embedded);
    free(r->obs);
    free(r->ev_base);
    dls_arena_free(r->arena);
    free(r);
}

/* ---- readers -------------------------------------------------------------------------------- */

static const dls_ob *dls_read_ob(const dls_flow_result *r, const dls_state *st, int obj) {
    return (const dls_ob *)(st->data + r->n_slots * sizeof(dls_sv)) + obj;
}

dls_ob_status dls_flow_ob_status(const dls_flow_result *r, const dls_state *st, int obj) {
    return (dls_ob_status)dls_read_ob(r, st, obj)->st;
}

dls_nullness dls_flow_ob_null(const dls_flow_result *r, const dls_state *st, int obj) {
    return (dls_nullness)dls_read_ob(r, st, obj)->nul;
}

int dls_flow_ob_home(const dls_flow_result *r, const dls_state *st, int obj) {
    return dls_read_ob(r, st, obj)->home;
}

int dls_flow_slot_obj(const dls_flow_result *r, const dls_state *st, int slot) {
    (void)r;
    return ((const dls_sv *)st->data)[slot].obj;
}

int dls_flow_ob_long_lived(const dls_flow_result *r, const dls_state *st, int obj) {
    int home = dls_flow_ob_home(r, st, obj);
    if (home >= 0) {
        dls_slot_kind k = r->slots[home].kind;
        if (k == DLS_SLOT_FIELD || k == DLS_SLOT_GLOBAL || k == DLS_SLOT_DEREF)
            return 1;
    }
    for (unsigned s = 0; s < r->n_slots; s++) {
        dls_slot_kind k = r->slots[s].kind;
        if ((k == DLS_SLOT_FIELD || k == DLS_SLOT_GLOBAL || k == DLS_SLOT_DEREF) &&
            dls_flow_slot_obj(r, st, (int)s) == obj)
            return 1;
    }
    return 0;
}

int dls_flow_released(const dls_flow_result *r, const dls_state *st, int slot) {
    size_t off = r->n_slots * sizeof(dls_sv) + r->n_objs * sizeof(dls_ob);
    return st->data[off + (size_t)slot] != 0;
}

static dls_flow_step *dls_flow_steps(const dls_pnode *end, const dls_pnode *stop, unsigned *n) {
    unsigned count = 0;
    for (const dls_pnode *p = end; p && p != stop; p = p->prev)
        count++;
    if (stop)
        count++;
    dls_flow_step *steps = dls_xcalloc(count ? count : 1, sizeof *steps);
    unsigned i = count;
    const dls_pnode *p = end;
    for (; p && p != stop; p = p->prev) {
        steps[--i].loc = p->loc;
        steps[i].message = p->message;
    }
    if (stop && i > 0) {
        steps[--i].loc = stop->loc;
        steps[i].message = stop->message;
    }
    *n = count;
    return steps;
}

dls_flow_step *dls_flow_path(const dls_state *st, unsigned *n) {
    return dls_flow_steps(st->path, NULL, n);
}

dls_flow_step *dls_flow_path_from(const dls_flow_result *r, const dls_state *st, int obj,
                                  unsigned *n) {
    (void)r;
    const dls_pnode *stop = NULL;
    /* the latest creation of obj is the one that reached this state */
    for (const dls_pnode *p = st->path; p; p = p->prev)
        if (p->obj == obj) {
            stop = p;
            break;
        }
    return dls_flow_steps(st->path, stop, n);
}

/* ---- storage and lifetime readers ----------------------------------------------------------- */

static const dls_sv *dls_read_sv(const dls_state *st, int slot) {
    return (const dls_sv *)st->data + slot;
}

/* The (block, ev) of flat event index idx1 - 1 (idx1 == 0: none, *block = -1). */
static void dls_flow_event_of(const dls_flow_result *r, int32_t idx1, int *block, int *ev) {
    *block = *ev = -1;
    if (idx1 <= 0)
        return;
    unsigned idx = (unsigned)idx1 - 1;
    for (unsigned b = r->fn->cfg.n; b-- > 0;) {
        if (r->ev_base[b] <= idx && idx < r->ev_base[b] + r->fn->cfg.blocks[b].n_ev) {
            *block = (int)b;
            *ev = (int)(idx - r->ev_base[b]);
            return;
        }
    }
}

dls_store dls_flow_store(const dls_flow_result *r, const dls_state *st, int slot) {
    (void)r;
    return (dls_store)dls_read_sv(st, slot)->store;
}

void dls_flow_source(const dls_flow_result *r, const dls_state *st, int slot, int *block, int *ev) {
    dls_flow_event_of(r, dls_read_sv(st, slot)->src, block, ev);
}

int dls_flow_freed(const dls_flow_result *r, const dls_state *st, int slot, int base, int *block,
                   int *ev) {
    const dls_sv *sv = dls_read_sv(st, slot);
    int32_t fev = 0;
    if (sv->fev && base >= 0 && sv->fbase == base)
        fev = sv->fev;
    else if (sv->obj >= 0)
        fev = dls_read_ob(r, st, sv->obj)->fev;
    dls_flow_event_of(r, fev, block, ev);
    return fev != 0;
}

int dls_flow_checked(const dls_flow_result *r, const dls_state *st, int slot) {
    const dls_sv *sv = dls_read_sv(st, slot);
    if (sv->obj >= 0) {
        const dls_ob *ob = dls_read_ob(r, st, sv->obj);
        return ob->checked || ob->nul != DLS_NUL_MAYBE;
    }
    return sv->checked || sv->vk == DLS_V_NZ || (sv->vk == DLS_V_CONST && sv->c != 0);
}

int dls_flow_alias(const dls_flow_result *r, const dls_state *st, int slot) {
    (void)r;
    return dls_read_sv(st, slot)->alias;
}

int dls_flow_find_slot(const dls_flow_result *r, const char *key) {
    for (unsigned i = 0; i < r->n_slots; i++)
        if (strcmp(r->slots[i].key, key) == 0)
            return (int)i;
    return -1;
}

int dls_flow_released_key(const dls_flow_result *r, const dls_state *st, int slot) {
    if (dls_flow_released(r, st, slot))
        return 1;
    const char *rec = r->slots[slot].kind == DLS_SLOT_FIELD ? r->slots[slot].record : NULL;
    if (!rec)
        return 0;
    char *key = dls_xasprintf("%s.*", rec);
    int w = dls_flow_find_slot(r, key);
    free(key);
    return w >= 0 && dls_flow_released(r, st, w);
}

typedef struct {
    const dls_flow_result *r;
    const dls_flow_obs *ob;
    dls_flow_sfree *out;
    unsigned max, n;
} dls_sfree_list;

static void dls_sfree_add(dls_sfree_list *l, int slot, const dls_site *site, int via_param) {
    for (unsigned i = 0; i < l->n && i < l->max; i++)
        if (l->out[i].slot == slot && l->out[i].site.loc.begin == site->loc.begin)
            return;
    if (l->n < l->max) {
        dls_flow_sfree *f = &l->out[l->n];
        f->slot = slot;
        f->store = dls_flow_store(l->r, l->ob->st, slot);
        f->released = dls_flow_released_key(l->r, l->ob->st, slot);
        f->site = *site;
        f->via_param = via_param;
    }
    l->n++;
}

/* The block in slot is freed at site: it (or the long-lived slot it was copied from), the storage
 * pointing into it and the storage embedded in its record's blocks. */
static void dls_sfree_block(dls_sfree_list *l, int slot, const dls_site *site, int via_param) {
    const dls_flow_result *r = l->r;
    int alias = dls_flow_alias(r, l->ob->st, slot);
    dls_sfree_add(l, alias >= 0 ? alias : slot, site, via_param);
    for (unsigned i = 0; i < r->n_slots; i++)
        if (dls_read_sv(l->ob->st, (int)i)->container == slot)
            dls_sfree_add(l, (int)i, site, via_param);
    const char *pointee = (unsigned)slot < r->fn->n_slots ? r->fn->slots[slot].pointee : NULL;
    for (unsigned i = 0; pointee && i < r->n_slots; i++)
        if (r->embedded[i] && r->slots[i].record && strcmp(r->slots[i].record, pointee) == 0)
            dls_sfree_add(l, (int)i, site, via_param);
}

unsigned dls_flow_storage_frees(const dls_flow_result *r, const dls_flow_obs *ob,
                                dls_flow_sfree *out, unsigned max) {
    const dls_event *ev = &r->fn->cfg.blocks[ob->block].ev[ob->ev];
    dls_sfree_list l = {r, ob, out, max, 0};
    dls_site here = {r->file, r->fn->name, ev->loc, ev->api};
    if (ev->k.api == DLS_KAPI_FREE && ev->k.ptr >= 0 && (unsigned)ev->k.ptr < ev->n_args &&
        ev->args[ev->k.ptr].kind == DLS_VAL_SLOT)
        dls_sfree_block(&l, ev->args[ev->k.ptr].slot, &here, 0);
    for (unsigned i = 0; ob->callee && i < ob->callee->n_entry_frees; i++) {
        const dls_sum_free *f = &ob->callee->entry_frees[i];
        if (f->key) {
            int slot = dls_flow_find_slot(r, f->key);
            if (slot >= 0)
                dls_sfree_add(&l, slot, &f->site, 0);
        } else if ((unsigned)f->param < ev->n_args && ev->args[f->param].kind == DLS_VAL_SLOT) {
            dls_sfree_block(&l, ev->args[f->param].slot, &here, 1);
        }
    }
    return l.n;
}
