/*
 * cache.c - the on-disk facts cache (see cache.h): the entry format, its encoder and its checking
 * decoder, and the files of the cache directory.
 *
 * An entry is "DRVLSFC1", the key (FNV-1a of the format, drvls and libclang versions, the path, the
 * text and the flags), an FNV-1a checksum of the rest, then: the path, the included files with
 * their size, content hash and modification time, the facts, clang's findings. A header whose time
 * changed but whose content did not (a fresh checkout) still holds: times only spare the reads.
 * Integers are little-endian; a string is its length (u32, 0xFFFFFFFF for NULL) and its bytes.
 */
#include "cache.h"
#include "facts.h"
#include "platform.h"
#include "prefix.h"
#include "strmap.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifndef DRVLS_VERSION
#define DRVLS_VERSION "0.0.0"
#endif

#define CACHE_MAGIC "DRVLSFC1"
#define CACHE_FORMAT "drvls facts cache format 2"
#define CACHE_NULL_STR 0xFFFFFFFFu
#define FNV_INIT 14695981039346656037ull

/* The content hash of a header at a given size and time, so that each header is read once per
 * process however many entries name it. */
typedef struct {
    unsigned long long size, hash;
    long long mtime;
} header_seen;

typedef struct {
    pthread_mutex_t lock;
    dls_strmap index; /* path -> position in seen */
    header_seen *seen;
    size_t n;
} header_memo;

struct dls_cache {
    char *dir;
    int writable;
    unsigned long long version; /* hash of the format, drvls and libclang versions */
    header_memo *memo;          /* shared by the threads that load and store */
};

static unsigned long long fnv(unsigned long long h, const void *data, size_t n) {
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

/* A string and its terminator, so that ("ab","c") and ("a","bc") differ. */
static unsigned long long fnv_str(unsigned long long h, const char *s) {
    return fnv(h, s ? s : "", s ? strlen(s) + 1 : 1);
}

/* ---- writing ------------------------------------------------------------------------------- */

typedef struct {
    unsigned char *p;
    size_t n, cap;
} wbuf;

static void w_raw(wbuf *b, const void *d, size_t n) {
    if (b->n + n > b->cap) {
        b->cap = (b->n + n) * 2 + 256;
        b->p = dls_xrealloc(b->p, b->cap);
    }
    memcpy(b->p + b->n, d, n);
    b->n += n;
}

static void w_u64(wbuf *b, unsigned long long v) {
    unsigned char x[8];
    for (int i = 0; i < 8; i++)
        x[i] = (unsigned char)(v >> (8 * i));
    w_raw(b, x, 8);
}

static void w_u32(wbuf *b, unsigned v) {
    unsigned char x[4];
    for (int i = 0; i < 4; i++)
        x[i] = (unsigned char)(v >> (8 * i));
    w_raw(b, x, 4);
}

static void w_int(wbuf *b, int v) {
    w_u32(b, (unsigned)v);
}

static void w_str(wbuf *b, const char *s) {
    if (!s) {
        w_u32(b, CACHE_NULL_STR);
        return;
    }
    size_t n = strlen(s);
    w_u32(b, (unsigned)n);
    w_raw(b, s, n);
}

static void w_loc(wbuf *b, const dls_loc *l) {
    unsigned v[6] = {l->begin, l->end, l->line, l->col, l->end_line, l->end_col};
    for (int i = 0; i < 6; i++)
        w_u32(b, v[i]);
}

static void w_val(wbuf *b, const dls_val *v) {
    w_u32(b, v->kind);
    w_int(b, v->slot);
    w_u64(b, (unsigned long long)v->c);
    w_str(b, v->func);
    w_str(b, v->func_usr);
    w_str(b, v->role);
    w_loc(b, &v->loc);
    w_int(b, v->base);
    w_u32(b, v->shape);
    w_u32(b, v->driver_obj);
}

static void w_event(wbuf *b, const dls_event *e) {
    w_u32(b, e->kind);
    w_loc(b, &e->loc);
    w_str(b, e->callee);
    w_str(b, e->callee_usr);
    w_int(b, e->callee_system);
    w_u32(b, e->api);
    const dls_kcall *k = &e->k;
    int kv[8] = {k->api,      k->ptr,        k->list, k->pool_arg,
                 k->size_arg, k->pool_flags, k->pool, k->never_null};
    for (int i = 0; i < 8; i++)
        w_int(b, kv[i]);
    w_u32(b, e->n_args);
    for (unsigned i = 0; i < e->n_args; i++)
        w_val(b, &e->args[i]);
    w_int(b, e->ret_slot);
    w_int(b, e->dst);
    w_val(b, &e->src);
}

static void w_block(wbuf *b, const dls_block *k) {
    w_u32(b, k->n_ev);
    for (unsigned i = 0; i < k->n_ev; i++)
        w_event(b, &k->ev[i]);
    w_u32(b, k->term);
    w_int(b, k->succ[0]);
    w_int(b, k->succ[1]);
    w_int(b, k->cond.slot);
    w_u32(b, k->cond.op);
    w_u64(b, (unsigned long long)k->cond.c);
    w_loc(b, &k->cond_loc);
    w_int(b, k->sw_slot);
    w_int(b, k->sw_default);
    w_u32(b, k->n_cases);
    for (unsigned i = 0; i < k->n_cases; i++) {
        w_u64(b, (unsigned long long)k->cases[i].value);
        w_int(b, k->cases[i].known);
        w_int(b, k->cases[i].succ);
        w_loc(b, &k->cases[i].loc);
    }
    w_val(b, &k->ret);
    w_int(b, k->has_ret);
    w_int(b, k->ret_implicit);
    w_loc(b, &k->ret_loc);
}

static void w_fn(wbuf *b, const dls_fn *fn) {
    w_str(b, fn->name);
    w_str(b, fn->usr);
    w_int(b, fn->is_static);
    w_loc(b, &fn->name_loc);
    w_loc(b, &fn->body_loc);
    w_u32(b, fn->ret);
    w_str(b, fn->role);
    w_u32(b, fn->n_params);
    w_u32(b, fn->n_slots);
    for (unsigned i = 0; i < fn->n_slots; i++) {
        const dls_slot *s = &fn->slots[i];
        w_u32(b, s->kind);
        w_str(b, s->key);
        w_str(b, s->text);
        w_str(b, s->record);
        w_str(b, s->pointee);
        w_int(b, s->param);
    }
    w_u32(b, fn->cfg.n);
    for (unsigned i = 0; i < fn->cfg.n; i++)
        w_block(b, &fn->cfg.blocks[i]);
    w_int(b, fn->has_errors);
}

static void w_range(wbuf *b, const dls_range *r) {
    w_str(b, r->file);
    unsigned v[6] = {r->begin, r->end, r->line, r->col, r->end_line, r->end_col};
    for (int i = 0; i < 6; i++)
        w_u32(b, v[i]);
}

static void w_notes(wbuf *b, const dls_note *notes, size_t n) {
    w_u32(b, (unsigned)n);
    for (size_t i = 0; i < n; i++) {
        w_range(b, &notes[i].range);
        w_str(b, notes[i].message);
    }
}

static void w_finding(wbuf *b, const dls_finding *f) {
    w_str(b, f->rule);
    w_u32(b, f->severity);
    w_range(b, &f->range);
    w_str(b, f->message);
    w_notes(b, f->notes, f->n_notes);
    w_notes(b, f->path, f->n_path);
    w_u32(b, (unsigned)f->n_fixes);
    for (size_t i = 0; i < f->n_fixes; i++) {
        const dls_fix *x = &f->fixes[i];
        w_str(b, x->title);
        w_int(b, x->preferred);
        w_u32(b, (unsigned)x->n_edits);
        for (size_t j = 0; j < x->n_edits; j++) {
            w_str(b, x->edits[j].file);
            w_u32(b, x->edits[j].begin);
            w_u32(b, x->edits[j].end);
            w_str(b, x->edits[j].text);
        }
    }
}

static void w_payload(wbuf *b, const dls_file_facts *ff, const dls_findings *clang) {
    w_u32(b, ff->n_fns);
    for (unsigned i = 0; i < ff->n_fns; i++)
        w_fn(b, &ff->fns[i]);
    w_u32(b, ff->n_roles);
    for (unsigned i = 0; i < ff->n_roles; i++) {
        w_str(b, ff->roles[i].func);
        w_str(b, ff->roles[i].usr);
        w_str(b, ff->roles[i].role);
        w_u32(b, ff->roles[i].how);
    }
    size_t n = clang ? clang->count : 0;
    w_u32(b, (unsigned)n);
    for (size_t i = 0; i < n; i++)
        w_finding(b, &clang->items[i]);
}

unsigned char *dls_cache_encode(const dls_file_facts *facts, const dls_findings *clang,
                                size_t *size) {
    wbuf b = {0};
    w_payload(&b, facts, clang);
    *size = b.n;
    return b.p;
}

/* ---- reading (every value checked) ---------------------------------------------------------- */

typedef struct {
    const unsigned char *p, *end;
    int bad;
    size_t text_len; /* locations must lie in the text */
} rbuf;

static int r_need(rbuf *r, size_t n) {
    if (r->bad || (size_t)(r->end - r->p) < n) {
        r->bad = 1;
        return 0;
    }
    return 1;
}

static unsigned long long r_u64(rbuf *r) {
    if (!r_need(r, 8))
        return 0;
    unsigned long long v = 0;
    for (int i = 0; i < 8; i++)
        v |= (unsigned long long)r->p[i] << (8 * i);
    r->p += 8;
    return v;
}

static unsigned r_u32(rbuf *r) {
    if (!r_need(r, 4))
        return 0;
    unsigned v = 0;
    for (int i = 0; i < 4; i++)
        v |= (unsigned)r->p[i] << (8 * i);
    r->p += 4;
    return v;
}

static int r_int(rbuf *r) {
    unsigned u = r_u32(r);
    return u <= 0x7FFFFFFFu ? (int)u : -(int)(~u) - 1;
}

/* An int in [lo, hi). */
static int r_int_in(rbuf *r, int lo, int hi) {
    int v = r_int(r);
    if (v < lo || v >= hi)
        r->bad = 1;
    return r->bad ? lo : v;
}

/* An enumeration value in [0, max]. */
static unsigned r_enum(rbuf *r, unsigned max) {
    unsigned v = r_u32(r);
    if (v > max)
        r->bad = 1;
    return r->bad ? 0 : v;
}

/* A count of elements, each at least min_size bytes long: never more than the rest could hold. */
static unsigned r_count(rbuf *r, size_t min_size) {
    unsigned n = r_u32(r);
    if (!r->bad && n > (size_t)(r->end - r->p) / min_size)
        r->bad = 1;
    return r->bad ? 0 : n;
}

static char *r_str(rbuf *r) {
    unsigned n = r_u32(r);
    if (r->bad || n == CACHE_NULL_STR || !r_need(r, n))
        return NULL;
    char *s = dls_xstrndup((const char *)r->p, n);
    r->p += n;
    return s;
}

/* A string that may not be NULL. */
static char *r_str_set(rbuf *r) {
    char *s = r_str(r);
    if (!s)
        r->bad = 1;
    return s;
}

static void r_loc(rbuf *r, dls_loc *l) {
    l->begin = r_u32(r);
    l->end = r_u32(r);
    l->line = r_u32(r);
    l->col = r_u32(r);
    l->end_line = r_u32(r);
    l->end_col = r_u32(r);
    if (l->begin > l->end || l->end > r->text_len)
        r->bad = 1;
}

/* Slot references are checked against the function's slot count n_slots. */
static void r_val(rbuf *r, dls_val *v, int n_slots) {
    v->kind = r_enum(r, DLS_VAL_INTERIOR);
    int named = v->kind == DLS_VAL_SLOT || v->kind == DLS_VAL_ADDR || v->kind == DLS_VAL_INTERIOR;
    v->slot = r_int_in(r, named ? 0 : -1, n_slots);
    v->c = (long long)r_u64(r);
    v->func = r_str(r);
    v->func_usr = r_str(r);
    v->role = r_str(r);
    r_loc(r, &v->loc);
    v->base = r_int_in(r, -1, n_slots);
    v->shape = (unsigned char)r_enum(r, DLS_SHAPE_SIZEOF_WI);
    v->driver_obj = (unsigned char)r_enum(r, 1);
}

static void r_kcall(rbuf *r, dls_kcall *k) {
    k->api = r_enum(r, DLS_KAPI_TRY_QUEUE);
    k->ptr = (signed char)r_int_in(r, -1, 128);
    k->list = (signed char)r_int_in(r, -1, 128);
    k->pool_arg = (signed char)r_int_in(r, -1, 128);
    k->size_arg = (signed char)r_int_in(r, -1, 128);
    k->pool_flags = (unsigned char)r_int_in(r, 0, 2);
    k->pool = (unsigned char)r_int_in(r, 0, DLS_POOL_PAGED + 1);
    k->never_null = (unsigned char)r_int_in(r, 0, 2);
}

static void r_event(rbuf *r, dls_event *e, int n_slots) {
    e->kind = r_enum(r, DLS_EV_ASSIGN);
    r_loc(r, &e->loc);
    e->callee = r_str(r);
    e->callee_usr = r_str(r);
    e->callee_system = r_int_in(r, 0, 2);
    e->api = r_enum(r, DLS_API_IO_UNINIT);
    r_kcall(r, &e->k);
    e->n_args = r_count(r, 4);
    e->args = e->n_args ? dls_xcalloc(e->n_args, sizeof *e->args) : NULL;
    for (unsigned i = 0; i < e->n_args && !r->bad; i++)
        r_val(r, &e->args[i], n_slots);
    e->ret_slot = r_int_in(r, -1, n_slots);
    e->dst = r_int_in(r, e->kind == DLS_EV_ASSIGN ? 0 : -1, n_slots);
    r_val(r, &e->src, n_slots);
}

static void r_block(rbuf *r, dls_block *k, int n_slots, int n_blocks) {
    k->n_ev = k->cap_ev = r_count(r, 4);
    k->ev = k->n_ev ? dls_xcalloc(k->n_ev, sizeof *k->ev) : NULL;
    for (unsigned i = 0; i < k->n_ev && !r->bad; i++)
        r_event(r, &k->ev[i], n_slots);
    k->term = r_enum(r, DLS_TERM_RETURN);
    k->succ[0] = r_int_in(r, -1, n_blocks);
    k->succ[1] = r_int_in(r, -1, n_blocks);
    k->cond.slot = r_int_in(r, -1, n_slots);
    k->cond.op = r_enum(r, DLS_CMP_GE);
    k->cond.c = (long long)r_u64(r);
    r_loc(r, &k->cond_loc);
    k->sw_slot = r_int_in(r, -1, n_slots);
    k->sw_default = r_int_in(r, -1, n_blocks);
    k->n_cases = r_count(r, 4);
    k->cases = k->n_cases ? dls_xcalloc(k->n_cases, sizeof *k->cases) : NULL;
    for (unsigned i = 0; i < k->n_cases && !r->bad; i++) {
        k->cases[i].value = (long long)r_u64(r);
        k->cases[i].known = r_int_in(r, 0, 2);
        k->cases[i].succ = r_int_in(r, -1, n_blocks);
        r_loc(r, &k->cases[i].loc);
    }
    r_val(r, &k->ret, n_slots);
    k->has_ret = r_int_in(r, 0, 2);
    k->ret_implicit = r_int_in(r, 0, 2);
    r_loc(r, &k->ret_loc);
}

static void r_slot(rbuf *r, dls_slot *s, int n_params) {
    s->kind = r_enum(r, DLS_SLOT_TEMP);
    s->key = r_str_set(r);
    s->text = r_str(r);
    s->record = r_str(r);
    s->pointee = r_str(r);
    s->param = r_int_in(r, -1, n_params);
}

static void r_fn(rbuf *r, dls_fn *fn) {
    fn->name = r_str_set(r);
    fn->usr = r_str(r);
    fn->is_static = r_int_in(r, 0, 2);
    r_loc(r, &fn->name_loc);
    r_loc(r, &fn->body_loc);
    fn->ret = r_enum(r, DLS_RET_OTHER);
    fn->role = r_str(r);
    fn->n_params = (unsigned)r_int_in(r, 0, 1 << 16);
    fn->n_slots = r_count(r, 4);
    fn->slots = fn->n_slots ? dls_xcalloc(fn->n_slots, sizeof *fn->slots) : NULL;
    for (unsigned i = 0; i < fn->n_slots && !r->bad; i++)
        r_slot(r, &fn->slots[i], (int)fn->n_params);
    fn->cfg.n = fn->cfg.cap = r_count(r, 4);
    fn->cfg.blocks = fn->cfg.n ? dls_xcalloc(fn->cfg.n, sizeof *fn->cfg.blocks) : NULL;
    for (unsigned i = 0; i < fn->cfg.n && !r->bad; i++)
        r_block(r, &fn->cfg.blocks[i], (int)fn->n_slots, (int)fn->cfg.n);
    if (fn->cfg.n == 0) /* the entry block is block 0 */
        r->bad = 1;
    fn->has_errors = r_int_in(r, 0, 2);
}

static void r_range(rbuf *r, dls_range *g) {
    g->file = r_str(r);
    g->begin = r_u32(r);
    g->end = r_u32(r);
    g->line = r_u32(r);
    g->col = r_u32(r);
    g->end_line = r_u32(r);
    g->end_col = r_u32(r);
}

static void r_notes(rbuf *r, dls_finding *f, int to_path) {
    unsigned n = r_count(r, 8);
    for (unsigned i = 0; i < n && !r->bad; i++) {
        dls_range g = {0};
        r_range(r, &g);
        char *message = r_str(r);
        dls_finding_add_note(f, to_path, &g, message ? message : "");
        dls_range_free(&g);
        free(message);
    }
}

/* The static rule id spelled s: "clang" or a rule of the catalogue; NULL when unknown. */
static const char *rule_id(const char *s) {
    if (s && strcmp(s, "clang") == 0)
        return "clang";
    const dls_rule_info *info = s ? dls_rule_find(s) : NULL;
    return info ? info->id : NULL;
}

static void r_fix(rbuf *r, dls_finding *f) {
    char *title = r_str(r);
    dls_fix *x = dls_finding_add_fix(f, title ? title : "", r_int_in(r, 0, 2));
    free(title);
    unsigned n = r_count(r, 16);
    for (unsigned i = 0; i < n && !r->bad; i++) {
        char *file = r_str(r);
        unsigned begin = r_u32(r), end = r_u32(r);
        char *text = r_str(r);
        if (!file || !text || begin > end)
            r->bad = 1;
        else
            dls_fix_add_edit(x, file, begin, end, text);
        free(file);
        free(text);
    }
}

static void r_finding(rbuf *r, dls_finding *f) {
    char *rule = r_str(r);
    f->rule = rule_id(rule);
    free(rule);
    if (!f->rule)
        r->bad = 1;
    f->severity = (dls_severity)r_int_in(r, DLS_SEV_ERROR, DLS_SEV_HINT + 1);
    r_range(r, &f->range);
    f->message = r_str_set(r);
    r_notes(r, f, 0);
    r_notes(r, f, 1);
    unsigned n = r_count(r, 12);
    for (unsigned i = 0; i < n && !r->bad; i++)
        r_fix(r, f);
}

static void r_payload(rbuf *r, dls_file_facts *ff, dls_findings *clang) {
    ff->n_fns = r_count(r, 32);
    ff->fns = ff->n_fns ? dls_xcalloc(ff->n_fns, sizeof *ff->fns) : NULL;
    for (unsigned i = 0; i < ff->n_fns && !r->bad; i++)
        r_fn(r, &ff->fns[i]);
    ff->n_roles = r_count(r, 16);
    ff->roles = ff->n_roles ? dls_xcalloc(ff->n_roles, sizeof *ff->roles) : NULL;
    for (unsigned i = 0; i < ff->n_roles && !r->bad; i++) {
        ff->roles[i].func = r_str_set(r);
        ff->roles[i].usr = r_str(r);
        ff->roles[i].role = r_str_set(r);
        ff->roles[i].how = (dls_role_how)r_int_in(r, DLS_ROLE_DECL, DLS_ROLE_CONFIG + 1);
    }
    unsigned n = r_count(r, 16);
    for (unsigned i = 0; i < n && !r->bad; i++)
        r_finding(r, dls_findings_add(clang));
}

static dls_file_facts *decode(rbuf *r, const char *path, const char *text, size_t len,
                              dls_findings *clang) {
    dls_file_facts *ff = dls_xcalloc(1, sizeof *ff);
    ff->path = dls_xstrdup(path);
    ff->text = dls_xstrndup(text ? text : "", text ? len : 0);
    ff->len = text ? len : 0;
    dls_findings diags = {0};
    r_payload(r, ff, &diags);
    if (r->bad || r->p != r->end) {
        dls_facts_free(ff);
        dls_findings_clear(&diags);
        return NULL;
    }
    if (clang)
        dls_findings_move(clang, &diags);
    dls_findings_clear(&diags);
    return ff;
}

dls_file_facts *dls_cache_decode(const unsigned char *data, size_t size, const char *path,
                                 const char *text, size_t len, dls_findings *clang) {
    rbuf r = {data, data + size, 0, text ? len : 0};
    return decode(&r, path, text, len, clang);
}

/* ---- included files ------------------------------------------------------------------------- */

typedef struct {
    dls_cache_deps *out;
    dls_strmap seen;
} deps_walk;

static void deps_add(deps_walk *w, const char *path) {
    if (!path || !*path || dls_strmap_get(&w->seen, path) >= 0)
        return;
    dls_strmap_put(&w->seen, path, 1);
    w->out->paths = dls_xrealloc(w->out->paths, (w->out->n + 1) * sizeof *w->out->paths);
    w->out->paths[w->out->n++] = dls_xstrdup(path);
}

static void visit_inclusion(CXFile file, CXSourceLocation *stack, unsigned depth, void *data) {
    (void)stack;
    if (depth == 0) /* the main file: its text is part of the key */
        return;
    CXString name = clang_getFileName(file);
    deps_add(data, clang_getCString(name));
    clang_disposeString(name);
}

void dls_cache_deps_of(CXTranslationUnit tu, dls_cache_deps *out) {
    memset(out, 0, sizeof *out);
    deps_walk w = {out, {0}};
    size_t n; /* the headers of a shared PCH, which clang_getInclusions does not list */
    const char *const *shared = dls_prefix_headers(tu, &n);
    for (size_t i = 0; i < n; i++)
        deps_add(&w, shared[i]);
    clang_getInclusions(tu, visit_inclusion, &w);
    dls_strmap_free(&w.seen);
}

void dls_cache_deps_free(dls_cache_deps *d) {
    for (size_t i = 0; i < d->n; i++)
        free(d->paths[i]);
    free(d->paths);
    memset(d, 0, sizeof *d);
}

/* ---- the directory -------------------------------------------------------------------------- */

/* A .gitignore of "*" in the directory, so that the cache is never committed with the sources.
 * Returns 0 when it exists or was written. */
static int ignore_in_git(const char *dir) {
    char *path = dls_xasprintf("%s/.gitignore", dir);
    unsigned long long size;
    long long mtime;
    int rc = dls_plat_file_stamp(path, &size, &mtime); /* a regular file: there already */
    FILE *f = rc == 0 ? NULL : fopen(path, "wbx");     /* never opens a FIFO or device there */
    if (f)
        fputs("# drvls's facts cache: rebuilt when missing\n*\n", f);
    if (f)
        rc = fclose(f) == 0 ? 0 : -1;
    free(path);
    return rc;
}

dls_cache *dls_cache_open(const char *dir) {
    dls_cache *c = dls_xcalloc(1, sizeof *c);
    c->dir = dls_xstrdup(dir);
    c->writable = dls_plat_mkdirs(dir) == 0 && ignore_in_git(dir) == 0;
    CXString clang = clang_getClangVersion();
    unsigned long long h = fnv_str(FNV_INIT, CACHE_FORMAT);
    h = fnv_str(h, DRVLS_VERSION);
    c->version = fnv_str(h, clang_getCString(clang));
    clang_disposeString(clang);
    c->memo = dls_xcalloc(1, sizeof *c->memo);
    pthread_mutex_init(&c->memo->lock, NULL);
    return c;
}

void dls_cache_free(dls_cache *c) {
    if (!c)
        return;
    pthread_mutex_destroy(&c->memo->lock);
    dls_strmap_free(&c->memo->index);
    free(c->memo->seen);
    free(c->memo);
    free(c->dir);
    free(c);
}

int dls_cache_writable(const dls_cache *c) {
    return c->writable;
}

const char *dls_cache_dir(const dls_cache *c) {
    return c->dir;
}

/* The key of path's entry for this text and these flags. */
static unsigned long long entry_key(const dls_cache *c, const char *path, const char *text,
                                    size_t len, const dls_flags *flags) {
    unsigned long long h = fnv(c->version, &len, sizeof len);
    h = fnv_str(h, path);
    h = fnv(h, text, len);
    for (int i = 0; i < flags->argc; i++)
        h = fnv_str(h, flags->argv[i]);
    if (flags->wpp)
        h = fnv_str(h, flags->wpp);
    if (flags->pch)
        h = fnv_str(h, flags->pch);
    return fnv_str(h, flags->directory);
}

/* "<dir>/<hash of path>.dfc": one entry per path, replaced when the file changes. */
static char *entry_path(const dls_cache *c, const char *path) {
    return dls_xasprintf("%s/%016llx.dfc", c->dir, fnv_str(FNV_INIT, path));
}

/* The content hash of path, which now has this size and time: from the memo, or read (and then
 * remembered). Returns 0, or -1 when it cannot be read or changed while being read. */
static int header_hash(const dls_cache *c, const char *path, unsigned long long size,
                       long long mtime, unsigned long long *hash) {
    header_memo *m = c->memo;
    pthread_mutex_lock(&m->lock);
    int at = dls_strmap_get(&m->index, path);
    int known = at >= 0 && m->seen[at].size == size && m->seen[at].mtime == mtime;
    if (known)
        *hash = m->seen[at].hash;
    pthread_mutex_unlock(&m->lock);
    if (known)
        return 0;
    char *text;
    size_t len;
    if (dls_read_file(path, &text, &len) != 0)
        return -1;
    *hash = fnv(FNV_INIT, text, len);
    free(text);
    if (len != size)
        return -1;
    pthread_mutex_lock(&m->lock);
    at = dls_strmap_get(&m->index, path);
    if (at < 0) {
        at = (int)m->n++;
        m->seen = dls_xrealloc(m->seen, m->n * sizeof *m->seen);
        dls_strmap_put(&m->index, path, at);
    }
    m->seen[at] = (header_seen){size, *hash, mtime};
    pthread_mutex_unlock(&m->lock);
    return 0;
}

/* The size recorded for an included file that did not exist on disk: a header supplied in memory
 * (includes.h), whose text follows from the main file, its headers and its flags. */
#define DEP_ABSENT (~0ULL)

/* Whether every included file is as it was: the same size, and the same time or content; one
 * that was absent is still absent. */
static int deps_unchanged(const dls_cache *c, rbuf *r) {
    unsigned n = r_count(r, 28);
    for (unsigned i = 0; i < n && !r->bad; i++) {
        char *dep = r_str_set(r);
        unsigned long long size = r_u64(r), hash = r_u64(r), now_size, now_hash;
        long long mtime = (long long)r_u64(r), now_mtime;
        int now_absent = dls_plat_file_stamp(dep, &now_size, &now_mtime) != 0;
        if (!r->bad && size == DEP_ABSENT) {
            r->bad = !now_absent; /* the header supplied in memory now exists */
        } else if (!r->bad && (now_absent || now_size != size ||
                               (now_mtime != mtime &&
                                (header_hash(c, dep, now_size, now_mtime, &now_hash) != 0 ||
                                 now_hash != hash))))
            r->bad = 1;
        free(dep);
    }
    return !r->bad;
}

dls_file_facts *dls_cache_load(const dls_cache *c, const char *path, const char *text, size_t len,
                               const dls_flags *flags, dls_findings *clang) {
    char *file = entry_path(c, path), *data = NULL;
    size_t size = 0;
    /* no symbolic link out of the cache; nothing but a regular file */
    int err = dls_plat_read_regular(file, dls_read_limit(), 1, &data, &size);
    free(file);
    if (err)
        return NULL;
    dls_file_facts *ff = NULL;
    const unsigned char *p = (const unsigned char *)data;
    rbuf head = {p, p + size, 0, 0};
    int ok = r_need(&head, 8) && memcmp(head.p, CACHE_MAGIC, 8) == 0;
    head.p += ok ? 8 : 0;
    ok = ok && r_u64(&head) == entry_key(c, path, text, len, flags);
    unsigned long long sum = r_u64(&head);
    ok = ok && !head.bad && fnv(FNV_INIT, head.p, (size_t)(head.end - head.p)) == sum;
    rbuf body = {head.p, head.end, !ok, text ? len : 0};
    char *stored = ok ? r_str_set(&body) : NULL;
    if (ok && stored && strcmp(stored, path) == 0 && deps_unchanged(c, &body))
        ff = decode(&body, path, text, len, clang);
    free(stored);
    free(data);
    return ff;
}

/* Write data to a new temporary file beside dst and rename it to dst. */
static int write_replace(const char *dst, const unsigned char *data, size_t size) {
    static atomic_ulong counter; /* names differ between the threads of one process */
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    unsigned long long salt = fnv(FNV_INIT, &ts, sizeof ts) ^ (unsigned long long)(uintptr_t)&ts;
    char *tmp = dls_xasprintf("%s.%llx.%lx.tmp", dst, salt, atomic_fetch_add(&counter, 1));
    FILE *f = fopen(tmp, "wbx"); /* C11 exclusive create: never another writer's file */
    int rc = f ? 0 : -1;
    if (f) {
        rc = fwrite(data, 1, size, f) == size ? 0 : -1;
        rc = fclose(f) == 0 ? rc : -1;
        rc = rc == 0 ? dls_plat_replace(tmp, dst) : -1;
        if (rc != 0)
            remove(tmp);
    }
    free(tmp);
    return rc;
}

/* The included files with their size, content hash and time; a file that cannot be read makes the
 * entry useless (it could never be checked), so -1. */
static int w_deps(const dls_cache *c, wbuf *b, const dls_cache_deps *deps) {
    size_t n = deps ? deps->n : 0;
    w_u32(b, (unsigned)n);
    for (size_t i = 0; i < n; i++) {
        unsigned long long size, hash;
        long long mtime;
        if (dls_plat_file_stamp(deps->paths[i], &size, &mtime) != 0) {
            if (errno != ENOENT)
                return -1;
            size = DEP_ABSENT, hash = 0, mtime = 0; /* a header supplied in memory (includes.h) */
        } else if (header_hash(c, deps->paths[i], size, mtime, &hash) != 0) {
            return -1;
        }
        w_str(b, deps->paths[i]);
        w_u64(b, size);
        w_u64(b, hash);
        w_u64(b, (unsigned long long)mtime);
    }
    return 0;
}

int dls_cache_store(const dls_cache *c, const char *path, const char *text, size_t len,
                    const dls_flags *flags, const dls_cache_deps *deps, const dls_file_facts *facts,
                    const dls_findings *clang) {
    if (!c->writable || !facts)
        return -1;
    wbuf body = {0};
    w_str(&body, path);
    int rc = w_deps(c, &body, deps);
    w_payload(&body, facts, clang);
    wbuf entry = {0};
    w_raw(&entry, CACHE_MAGIC, 8);
    w_u64(&entry, entry_key(c, path, text, len, flags));
    w_u64(&entry, fnv(FNV_INIT, body.p, body.n));
    w_raw(&entry, body.p, body.n);
    free(body.p);
    char *file = entry_path(c, path);
    rc = rc == 0 ? write_replace(file, entry.p, entry.n) : -1;
    free(file);
    free(entry.p);
    return rc;
}
