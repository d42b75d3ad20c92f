/*
 * fixes.c - quick-fixes for the work-item rules (see fixes.h): where the missing release goes
 * (halt: before the first statement that may free the record holding the slot, else before the
 * final return or closing brace; initialisation failure: before each leaking return, or once in
 * the failure block of a return shared with success; local leaks: before the leaking exit, with
 * the local reset after each hand-over when the exit is shared), how the slot is named there (an
 * existing local of the record's pointer type, or the halt context parameter cast to it), and the
 * guarded release text in the function's own style (fixes_src.c).
 */
#include "fixes.h"
#include "fixes_src.h"
#include "wdm.h"

#include <stdlib.h>
#include <string.h>

#define DLS_FIX_MAX_HELPER_DEPTH 6

/* ---- edits of one fix ----------------------------------------------------------------------- */

typedef struct {
    const char *file; /* borrowed from the facts */
    unsigned at;
    char *text;
    unsigned end; /* what the text replaces ends here (insertions: at) */
} dls_fx_ins;

typedef struct {
    dls_fx_ins *items;
    unsigned n;
} dls_fx_edits;

/* Add an insertion (text is taken); an identical one already there is not repeated. */
static void dls_fx_add(dls_fx_edits *e, const char *file, unsigned at, char *text) {
    for (unsigned i = 0; i < e->n; i++) {
        if (e->items[i].at == at && strcmp(e->items[i].file, file) == 0 &&
            strcmp(e->items[i].text, text) == 0) {
            free(text);
            return;
        }
    }
    e->items = dls_xrealloc(e->items, (e->n + 1) * sizeof *e->items);
    e->items[e->n++] = (dls_fx_ins){file, at, text, at};
}

static int dls_fx_cmp_ins(const void *a, const void *b) {
    const dls_fx_ins *x = a, *y = b;
    int c = strcmp(x->file, y->file);
    if (c)
        return c;
    return x->at < y->at ? -1 : x->at > y->at;
}

/* Attach the edits to f as its preferred fix titled "Free <expr> in <fn>". */
static void dls_fx_commit(dls_finding *f, dls_fx_edits *e, const char *expr, const char *fn) {
    if (!e->n)
        return;
    qsort(e->items, e->n, sizeof *e->items, dls_fx_cmp_ins);
    char *title = dls_xasprintf("Free %s in %s", expr, fn);
    dls_fix *fix = dls_finding_add_fix(f, title, 1);
    free(title);
    for (unsigned i = 0; i < e->n; i++)
        dls_fix_add_edit(fix, e->items[i].file, e->items[i].at, e->items[i].end, e->items[i].text);
}

static void dls_fx_edits_free(dls_fx_edits *e) {
    for (unsigned i = 0; i < e->n; i++)
        free(e->items[i].text);
    free(e->items);
    e->items = NULL;
    e->n = 0;
}

/* ---- the function being edited -------------------------------------------------------------- */

typedef struct {
    const dls_rule_ctx *ctx;
    const dls_pfn *pf;
    const dls_fn *fn;
    dls_fix_src src;
    unsigned open, close; /* the body's braces */
    dls_fix_style style;
} dls_fx;

/* Scan pf's file; 0 when its body cannot be read as text (a body written by a macro). */
static int dls_fx_open(dls_fx *x, const dls_rule_ctx *ctx, const dls_pfn *pf) {
    memset(x, 0, sizeof *x);
    x->ctx = ctx;
    x->pf = pf;
    x->fn = pf->fn;
    dls_fix_src_init(&x->src, pf->ff->text, pf->ff->len);
    x->open = pf->fn->body_loc.begin;
    x->close = dls_fix_src_match(&x->src, x->open);
    if (x->close == DLS_FIX_NONE || x->close + 1 != pf->fn->body_loc.end ||
        pf->ff->text[x->open] != '{')
        return 0;
    dls_fix_src_style(&x->src, x->open, x->open, &x->style);
    return 1;
}

static void dls_fx_close(dls_fx *x) {
    dls_fix_src_free(&x->src);
}

/* ---- small readers -------------------------------------------------------------------------- */

static int dls_fx_word_char(char c) {
    return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static int dls_fx_is_ident(const char *s) {
    if (!s || !(s[0] == '_' || (s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z')))
        return 0;
    for (; *s; s++)
        if (!(*s == '_' || (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
              (*s >= '0' && *s <= '9')))
            return 0;
    return 1;
}

static const char *dls_fx_free_call(dls_api api) {
    return api == DLS_API_IO_ALLOC ? "IoFreeWorkItem" : "NdisFreeIoWorkItem";
}

/* Where the local's declaration names it (from its key "name@offset"), or DLS_FIX_NONE. */
static unsigned dls_fx_decl_off(const dls_slot *sl) {
    const char *at = sl->kind == DLS_SLOT_LOCAL ? strrchr(sl->key, '@') : NULL;
    return at ? (unsigned)strtoul(at + 1, NULL, 10) : DLS_FIX_NONE;
}

/* Whether some assignment or call result stores into slot before offset at. */
static int dls_fx_assigned_before(const dls_fn *fn, int slot, unsigned at) {
    for (unsigned b = 0; b < fn->cfg.n; b++) {
        const dls_block *bl = &fn->cfg.blocks[b];
        for (unsigned e = 0; e < bl->n_ev; e++) {
            const dls_event *ev = &bl->ev[e];
            int hit = ev->kind == DLS_EV_ASSIGN ? ev->dst == slot : ev->ret_slot == slot;
            if (hit && ev->loc.begin < at)
                return 1;
        }
    }
    return 0;
}

/* Whether the local or parameter slot can be read at offset at. */
static int dls_fx_visible(const dls_fx *x, int slot, unsigned at) {
    const dls_slot *sl = &x->fn->slots[slot];
    if (sl->kind == DLS_SLOT_PARAM)
        return 1;
    unsigned decl = dls_fx_decl_off(sl);
    dls_fix_stmt st;
    if (decl == DLS_FIX_NONE || decl >= at || !dls_fix_src_stmt_at(&x->src, x->open, decl, &st))
        return 0;
    return st.open < at && at <= st.close && dls_fx_assigned_before(x->fn, slot, at);
}

/* Whether the code compares slot with NULL or stores a constant in it: it may be NULL. */
static int dls_fx_nullable(const dls_fn *fn, int slot) {
    for (unsigned b = 0; b < fn->cfg.n; b++) {
        const dls_block *bl = &fn->cfg.blocks[b];
        if (bl->term == DLS_TERM_BRANCH && bl->cond.slot == slot && bl->cond.c == 0)
            return 1;
        for (unsigned e = 0; e < bl->n_ev; e++)
            if (bl->ev[e].kind == DLS_EV_ASSIGN && bl->ev[e].dst == slot &&
                bl->ev[e].src.kind == DLS_VAL_CONST && bl->ev[e].src.c == 0)
                return 1;
    }
    return 0;
}

/* ---- naming the slot ------------------------------------------------------------------------ */

/* The lvalue that names the slot at the insertion point. */
typedef struct {
    char *expr;
    int base; /* the local or parameter expr goes through (may need a NULL test), or -1 */
} dls_fx_lv;

/* The field chain of key after its record ("MP_ADAPTER.Dpc.WorkItem" -> "Dpc.WorkItem"), or NULL
 * when the path cannot be written at another place (array elements, pointers). */
static const char *dls_fx_chain(const char *key, const char *record) {
    size_t n = strlen(record);
    if (strncmp(key, record, n) != 0 || key[n] != '.')
        return NULL;
    const char *chain = key + n + 1;
    for (const char *p = chain; *p; p++)
        if (!(*p == '.' || *p == '_' || (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
              (*p >= '0' && *p <= '9')))
            return NULL;
    return *chain ? chain : NULL;
}

/* A local or parameter of x's function that points to record and can be read at at; the one that
 * hint ("Adapter->ResetWorkItem") starts from when there is a choice. -1 when none. */
static int dls_fx_base(const dls_fx *x, const char *record, unsigned at, const char *hint) {
    int best = -1;
    for (unsigned i = 0; i < x->fn->n_slots; i++) {
        const dls_slot *sl = &x->fn->slots[i];
        if ((sl->kind != DLS_SLOT_LOCAL && sl->kind != DLS_SLOT_PARAM) || !sl->pointee ||
            strcmp(sl->pointee, record) != 0 || !dls_fx_is_ident(sl->text) ||
            !dls_fx_visible(x, (int)i, at))
            continue;
        size_t n = strlen(sl->text);
        if (hint && strncmp(hint, sl->text, n) == 0 && strncmp(hint + n, "->", 2) == 0)
            return (int)i;
        if (best < 0)
            best = (int)i;
    }
    return best;
}

/* The type spelling of a pointer to record, read from a local's declaration ("PMP_ADAPTER",
 * "MP_ADAPTER *"); locals of prefer's file first. New string or NULL. */
static char *dls_fx_ptr_type_in(const dls_fn *fn, const char *text, size_t len,
                                const char *record) {
    for (unsigned i = 0; i < fn->n_slots; i++) {
        const dls_slot *sl = &fn->slots[i];
        unsigned p = dls_fx_decl_off(sl);
        if (!sl->pointee || strcmp(sl->pointee, record) != 0 || p == DLS_FIX_NONE || p > len)
            continue;
        unsigned stars = 0;
        while (p > 0 && strchr(" \t\r\n*", text[p - 1])) {
            stars += text[p - 1] == '*';
            p--;
        }
        unsigned end = p;
        while (p > 0 && (text[p - 1] == '_' || (text[p - 1] >= 'A' && text[p - 1] <= 'Z') ||
                         (text[p - 1] >= 'a' && text[p - 1] <= 'z') ||
                         (text[p - 1] >= '0' && text[p - 1] <= '9')))
            p--;
        char *word = dls_xstrndup(text + p, end - p);
        int ok = stars <= 1 && dls_fx_is_ident(word) && strcmp(word, "const") != 0 &&
                 strcmp(word, "volatile") != 0 && strcmp(word, "struct") != 0;
        if (ok && p >= 7 && strncmp(text + p - 7, "struct ", 7) == 0) {
            char *w = dls_xasprintf("struct %s", word);
            free(word);
            word = w;
        }
        if (ok) {
            char *t = stars ? dls_xasprintf("%s *", word) : dls_xstrdup(word);
            free(word);
            return t;
        }
        free(word);
    }
    return NULL;
}

static char *dls_fx_ptr_type(const dls_rule_ctx *ctx, const char *record,
                             const dls_file_facts *prefer) {
    for (int pass = 0; pass < 2; pass++) {
        for (unsigned i = 0; i < ctx->n_fns; i++) {
            const dls_pfn *pf = &ctx->fns[i];
            if ((pf->ff == prefer) != (pass == 0))
                continue;
            char *t = dls_fx_ptr_type_in(pf->fn, pf->ff->text, pf->ff->len, record);
            if (t)
                return t;
        }
    }
    return NULL;
}

/* Whether the driver hands NDIS a pointer to record as its MiniportAdapterContext, or halt passes
 * its context parameter where a pointer to record is expected. */
static int dls_fx_context_record(const dls_rule_ctx *ctx, const dls_pfn *halt, const char *record) {
    static const char field[] = ".MiniportAdapterContext";
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_fn *fn = ctx->fns[i].fn;
        for (unsigned b = 0; b < fn->cfg.n; b++) {
            const dls_block *bl = &fn->cfg.blocks[b];
            for (unsigned e = 0; e < bl->n_ev; e++) {
                const dls_event *ev = &bl->ev[e];
                if (ev->kind == DLS_EV_ASSIGN && ev->src.kind == DLS_VAL_SLOT) {
                    const char *k = fn->slots[ev->dst].key;
                    size_t kl = strlen(k), fl = sizeof field - 1;
                    const char *pt = fn->slots[ev->src.slot].pointee;
                    if (kl > fl && strcmp(k + kl - fl, field) == 0 && pt && strcmp(pt, record) == 0)
                        return 1;
                }
                if (fn != halt->fn || ev->kind != DLS_EV_CALL || !ev->callee)
                    continue;
                const dls_pfn *callee = dls_program_lookup(ctx, ev->callee, ev->callee_usr);
                for (unsigned a = 0; callee && a < ev->n_args && a < callee->fn->n_params; a++) {
                    const char *pt = callee->fn->slots[a].pointee;
                    if (ev->args[a].kind == DLS_VAL_SLOT && ev->args[a].slot == 0 && pt &&
                        strcmp(pt, record) == 0)
                        return 1;
                }
            }
        }
    }
    return 0;
}

/* Name the slot (key; record NULL for a global, then global is its name) at offset at of x's
 * function; with allow_cast, through halt's context parameter when no local points to record. */
static int dls_fx_lvalue(const dls_fx *x, const char *key, const char *record, const char *global,
                         const char *hint, unsigned at, int allow_cast, dls_fx_lv *out) {
    out->expr = NULL;
    out->base = -1;
    if (!record) {
        if (!dls_fx_is_ident(global))
            return 0;
        out->expr = dls_xstrdup(global);
        return 1;
    }
    const char *chain = dls_fx_chain(key, record);
    if (!chain)
        return 0;
    int b = dls_fx_base(x, record, at, hint);
    if (b >= 0) {
        out->expr = dls_xasprintf("%s->%s", x->fn->slots[b].text, chain);
        out->base = b;
        return 1;
    }
    if (!allow_cast || x->fn->n_params < 1 || !dls_fx_is_ident(x->fn->slots[0].text) ||
        !dls_fx_context_record(x->ctx, x->pf, record))
        return 0;
    char *type = dls_fx_ptr_type(x->ctx, record, x->pf->ff);
    if (!type)
        return 0;
    out->expr = dls_xasprintf("((%s)%s)->%s", type, x->fn->slots[0].text, chain);
    free(type);
    return 1;
}

/* ---- what frees the record ------------------------------------------------------------------ */

static int dls_fx_pool_free(const char *callee) {
    static const char *const names[] = {"NdisFreeMemory",
                                        "NdisFreeMemoryWithTag",
                                        "NdisFreeMemoryWithTagPriority",
                                        "ExFreePool",
                                        "ExFreePoolWithTag",
                                        "ExFreePool2",
                                        "ExFreeToLookasideListEx",
                                        "ExFreeToNPagedLookasideList",
                                        "ExFreeToPagedLookasideList",
                                        "NdisFreeToNPagedLookasideList"};
    for (size_t i = 0; callee && i < sizeof names / sizeof *names; i++)
        if (strcmp(callee, names[i]) == 0)
            return 1;
    return 0;
}

/* Slots of fn that point to the memory in question: those of pointer-to-record type (record may
 * be NULL), parameter param (or -1), and locals copied from them. New array, one byte per slot. */
static unsigned char *dls_fx_aliases(const dls_fn *fn, const char *record, int param) {
    unsigned char *alias = dls_xcalloc(fn->n_slots ? fn->n_slots : 1, 1);
    for (unsigned i = 0; i < fn->n_slots; i++) {
        const dls_slot *sl = &fn->slots[i];
        alias[i] = (record && sl->pointee && strcmp(sl->pointee, record) == 0 &&
                    sl->kind != DLS_SLOT_FIELD) ||
                   (param >= 0 && sl->kind == DLS_SLOT_PARAM && sl->param == param);
    }
    for (int pass = 0; pass < 2; pass++)
        for (unsigned b = 0; b < fn->cfg.n; b++)
            for (unsigned e = 0; e < fn->cfg.blocks[b].n_ev; e++) {
                const dls_event *ev = &fn->cfg.blocks[b].ev[e];
                if (ev->kind == DLS_EV_ASSIGN && ev->src.kind == DLS_VAL_SLOT &&
                    alias[ev->src.slot] && fn->slots[ev->dst].kind == DLS_SLOT_LOCAL)
                    alias[ev->dst] = 1;
            }
    return alias;
}

static int dls_fx_call_frees(const dls_rule_ctx *ctx, const dls_event *ev,
                             const unsigned char *alias, int depth);

/* Whether calling pf frees what its parameter param points to, directly or through its callees. */
static int dls_fx_frees_param(const dls_rule_ctx *ctx, const dls_pfn *pf, int param, int depth) {
    if (depth > DLS_FIX_MAX_HELPER_DEPTH || param < 0 || (unsigned)param >= pf->fn->n_params)
        return 0;
    const dls_fn *fn = pf->fn;
    unsigned char *alias = dls_fx_aliases(fn, NULL, param);
    int frees = 0;
    for (unsigned b = 0; b < fn->cfg.n && !frees; b++)
        for (unsigned e = 0; e < fn->cfg.blocks[b].n_ev && !frees; e++)
            frees = dls_fx_call_frees(ctx, &fn->cfg.blocks[b].ev[e], alias, depth + 1);
    free(alias);
    return frees;
}

/* Whether call ev may free memory that alias marks: a pool free of it, a known helper that frees
 * its parameter, or unknown driver code that receives it. */
static int dls_fx_call_frees(const dls_rule_ctx *ctx, const dls_event *ev,
                             const unsigned char *alias, int depth) {
    if (ev->kind != DLS_EV_CALL || ev->api != DLS_API_NONE)
        return 0;
    for (unsigned a = 0; a < ev->n_args; a++) {
        if (ev->args[a].kind != DLS_VAL_SLOT || !alias[ev->args[a].slot])
            continue;
        if (dls_fx_pool_free(ev->callee))
            return 1;
        const dls_pfn *callee =
            ev->callee ? dls_program_lookup(ctx, ev->callee, ev->callee_usr) : NULL;
        if (callee ? dls_fx_frees_param(ctx, callee, (int)a, depth) : !ev->callee_system)
            return 1;
    }
    return 0;
}

/* The earliest call in [from, to) of x's function that may free what alias marks, or
 * DLS_FIX_NONE. */
static unsigned dls_fx_first_free(const dls_fx *x, const unsigned char *alias, unsigned from,
                                  unsigned to) {
    unsigned best = DLS_FIX_NONE;
    const dls_cfg *g = &x->fn->cfg;
    for (unsigned b = 0; b < g->n; b++)
        for (unsigned e = 0; e < g->blocks[b].n_ev; e++) {
            const dls_event *ev = &g->blocks[b].ev[e];
            if (ev->loc.begin >= from && ev->loc.begin < to && ev->loc.begin < best &&
                dls_fx_call_frees(x->ctx, ev, alias, 0))
                best = ev->loc.begin;
        }
    return best;
}

/* ---- control flow --------------------------------------------------------------------------- */

/* Whether a path of g leads from the end of block from to block to (through at least one edge). */
static int dls_fx_reaches(const dls_cfg *g, int from, int to) {
    unsigned char *seen = dls_xcalloc(g->n ? g->n : 1, 1);
    int *stack = dls_xcalloc(g->n ? g->n : 1, sizeof *stack);
    unsigned n = 0;
    int found = 0, b = from;
    for (;;) {
        for (unsigned i = 0; i < dls_cfg_nsucc(&g->blocks[b]); i++) {
            int s = dls_cfg_succ(&g->blocks[b], i);
            if (s >= 0 && !seen[s]) {
                seen[s] = 1;
                stack[n++] = s;
            }
        }
        if (n == 0 || found)
            break;
        b = stack[--n];
        found = b == to;
    }
    free(seen);
    free(stack);
    return found;
}

/* ---- places --------------------------------------------------------------------------------- */

typedef struct {
    unsigned at;  /* a line start */
    char *indent; /* of the inserted statement */
} dls_fx_place;

/* Before the statement that begins at begin, which must start its line. */
static int dls_fx_before(const dls_fx *x, unsigned begin, dls_fx_place *out) {
    if (!dls_fix_src_starts_line(&x->src, begin))
        return 0;
    out->at = dls_fix_src_line_start(&x->src, begin);
    out->indent = dls_fix_src_indent(&x->src, begin);
    return 1;
}

/* Before the '}' at close of the block opened at open, which must start its line. */
static int dls_fx_at_end(const dls_fx *x, unsigned open, unsigned close, dls_fx_place *out) {
    if (!dls_fix_src_starts_line(&x->src, close))
        return 0;
    char *ind = NULL;
    dls_fix_stmt st;
    for (int ok = dls_fix_src_first(&x->src, open, &st); ok; ok = dls_fix_src_step(&x->src, &st)) {
        if (dls_fix_src_starts_line(&x->src, st.begin)) {
            free(ind);
            ind = dls_fix_src_indent(&x->src, st.begin);
        }
    }
    if (!ind) {
        char *brace = dls_fix_src_indent(&x->src, close);
        ind = dls_xasprintf("%s%s", brace, x->style.unit);
        free(brace);
    }
    out->at = dls_fix_src_line_start(&x->src, close);
    out->indent = ind;
    return 1;
}

/* At the start of the block opened at open: before its first statement, or before its '}'. */
static int dls_fx_at_start(const dls_fx *x, unsigned open, dls_fx_place *out) {
    dls_fix_stmt st;
    if (dls_fix_src_first(&x->src, open, &st))
        return dls_fx_before(x, st.begin, out);
    unsigned close = dls_fix_src_match(&x->src, open);
    return close != DLS_FIX_NONE && dls_fx_at_end(x, open, close, out);
}

/* The return statement of the function at loc.begin (not a return written by a macro). */
static int dls_fx_return_stmt(const dls_fx *x, unsigned begin, dls_fix_stmt *out) {
    return dls_fix_src_stmt_at(&x->src, x->open, begin, out) && out->begin == begin &&
           dls_fix_src_word(&x->src, begin, "return");
}

/* The end of the function: before a final "return", else before its closing brace. */
static int dls_fx_at_exit(const dls_fx *x, dls_fx_place *out) {
    dls_fix_stmt st, last;
    int any = 0;
    for (int ok = dls_fix_src_first(&x->src, x->open, &st); ok;
         ok = dls_fix_src_step(&x->src, &st)) {
        last = st;
        any = 1;
    }
    if (any && dls_fix_src_word(&x->src, last.begin, "return"))
        return dls_fx_before(x, last.begin, out);
    return dls_fx_at_end(x, x->open, x->close, out);
}

/* Whether the statement st is a label ("Exit:", "case X:", "default:"). */
static int dls_fx_is_label(const dls_fx *x, const dls_fix_stmt *st) {
    unsigned last = dls_fix_src_prev(&x->src, st->end);
    return last != DLS_FIX_NONE && x->src.text[last] == ':';
}

/* Whether statement st is plain straight-line code: not a label, block or control statement. */
static int dls_fx_simple_stmt(const dls_fx *x, const dls_fix_stmt *st) {
    static const char *const control[] = {"if",     "else",     "for",   "while",   "do",
                                          "switch", "case",     "goto",  "default", "return",
                                          "break",  "continue", "__try", "__leave"};
    if (dls_fx_is_label(x, st) || x->src.text[st->begin] == '{')
        return 0;
    for (size_t i = 0; i < sizeof control / sizeof *control; i++)
        if (dls_fix_src_word(&x->src, st->begin, control[i]))
            return 0;
    return 1;
}

/* The place before exit ex of x's function: before its return statement, or before the body's
 * closing brace for an implicit exit. When a call that may free what alias marks (NULL: nothing)
 * lies on a path to the exit, the place moves before the earliest such call, provided all of them
 * sit in the straight-line statements just before the exit; otherwise there is no safe place (the
 * release would follow a free of its record). */
static int dls_fx_exit_place(const dls_fx *x, const dls_flow_exit *ex, const unsigned char *alias,
                             dls_fx_place *p) {
    dls_fix_stmt end = {x->close, x->close + 1, x->open, x->close};
    if (ex->implicit ? ex->loc.begin != x->close : !dls_fx_return_stmt(x, ex->loc.begin, &end))
        return 0;
    unsigned run = end.open; /* the straight-line statements before the exit start here */
    dls_fix_stmt st;
    for (int ok = dls_fix_src_first(&x->src, end.open, &st); ok && st.begin < end.begin;
         ok = dls_fix_src_step(&x->src, &st))
        if (!dls_fx_simple_stmt(x, &st))
            run = st.end;
    unsigned at = end.begin;
    const dls_cfg *g = &x->fn->cfg;
    for (unsigned b = 0; alias && b < g->n; b++) {
        for (unsigned e = 0; e < g->blocks[b].n_ev; e++) {
            const dls_event *ev = &g->blocks[b].ev[e];
            if (!dls_fx_call_frees(x->ctx, ev, alias, 0) ||
                ((int)b != ex->block && !dls_fx_reaches(g, (int)b, ex->block)))
                continue;
            dls_fix_stmt fs;
            if (!dls_fix_src_stmt_at(&x->src, x->open, ev->loc.begin, &fs) || fs.open != end.open ||
                fs.begin < run || fs.begin >= end.begin)
                return 0;
            if (fs.begin < at)
                at = fs.begin;
        }
    }
    if (at == x->close)
        return dls_fx_at_end(x, x->open, x->close, p);
    return dls_fx_before(x, at, p);
}

/* ---- the inserted text ---------------------------------------------------------------------- */

/* The release at indentation ind: "if (<cond><expr> != NULL) { free; reset; }", or with guarded
 * 0 the free and the reset alone. */
static char *dls_fx_release_text(const dls_fx *x, const char *ind, int guarded, const char *cond,
                                 const char *expr, const char *free_fn) {
    const char *u = x->style.unit, *nl = x->style.eol;
    if (!guarded)
        return dls_xasprintf("%s%s(%s);%s%s%s = NULL;%s", ind, free_fn, expr, nl, ind, expr, nl);
    char *head = x->style.allman
                     ? dls_xasprintf("%sif (%s%s != NULL)%s%s{%s", ind, cond, expr, nl, ind, nl)
                     : dls_xasprintf("%sif (%s%s != NULL) {%s", ind, cond, expr, nl);
    char *t = dls_xasprintf("%s%s%s%s(%s);%s%s%s%s = NULL;%s%s}%s", head, ind, u, free_fn, expr, nl,
                            ind, u, expr, nl, ind, nl);
    free(head);
    return t;
}

/* The condition prefix that tests the base pointer when it may be NULL ("Adapter != NULL && "). */
static char *dls_fx_base_guard(const dls_fx *x, const dls_fx_lv *lv, int needed) {
    if (needed <= 0 || lv->base < 0 || !dls_fx_nullable(x->fn, lv->base))
        return dls_xstrdup("");
    return dls_xasprintf("%s != NULL && ", x->fn->slots[lv->base].text);
}

/* Insert the release of the slot at place p: guarded by cond (an extra leading condition) and, with
 * guard_base 1, by a NULL test of the base pointer when it may be NULL; guard_base -1: no guard at
 * all (the free and the reset). */
static int dls_fx_insert(const dls_fx *x, dls_fx_edits *e, const dls_fx_place *p, const char *key,
                         const char *record, const char *global, const char *hint, const char *cond,
                         int guard_base, int allow_cast, const char *free_fn, char **title_expr) {
    dls_fx_lv lv;
    if (!dls_fx_lvalue(x, key, record, global, hint, p->at, allow_cast, &lv))
        return 0;
    char *guard = dls_fx_base_guard(x, &lv, guard_base);
    char *full = dls_xasprintf("%s%s", cond ? cond : "", guard);
    dls_fx_add(e, x->pf->ff->path, p->at,
               dls_fx_release_text(x, p->indent, guard_base >= 0, full, lv.expr, free_fn));
    if (title_expr && !*title_expr)
        *title_expr = dls_xstrdup(lv.expr);
    free(full);
    free(guard);
    free(lv.expr);
    return 1;
}

/* ---- ndis-workitem-init-halt: halt ---------------------------------------------------------- */

/* Where halt releases the slot: before the first statement that may free the record (never
 * after: a use after free), else at its end. */
static int dls_fx_halt_place(const dls_fx *x, const char *record, dls_fx_place *p, int *freeing) {
    unsigned first = DLS_FIX_NONE;
    if (record) {
        unsigned char *alias = dls_fx_aliases(x->fn, record, 0);
        first = dls_fx_first_free(x, alias, x->open, x->close);
        free(alias);
    }
    *freeing = first != DLS_FIX_NONE;
    if (!*freeing)
        return dls_fx_at_exit(x, p);
    dls_fix_stmt st;
    return dls_fix_src_stmt_at(&x->src, x->open, first, &st) && dls_fx_before(x, st.begin, p);
}

/* Whether the slot key (or its record's wildcard) is released on the path to ex. */
static int dls_fx_released_at(const dls_flow_result *r, const dls_flow_exit *ex, const char *key,
                              const char *record) {
    size_t rl = record ? strlen(record) : 0;
    for (unsigned i = 0; i < r->n_slots; i++) {
        const char *k = r->slots[i].key;
        int match = strcmp(k, key) == 0 ||
                    (record && strncmp(k, record, rl) == 0 && strcmp(k + rl, ".*") == 0);
        if (match && dls_flow_released(r, ex->st, (int)i))
            return 1;
    }
    return 0;
}

/* halt: "all-paths": before each exit of halt on whose path the slot is not released. The release
 * is not NULL-guarded here: the check wants a release on every path, and a guard makes a path
 * without one (after a successful initialisation the slot holds the work item). */
static int dls_fx_halt_every_path(const dls_fx *x, dls_fx_edits *e, const char *key,
                                  const char *record, const char *global, const char *free_fn,
                                  char **expr) {
    const dls_flow_result *r = x->pf->res;
    unsigned char *alias = record ? dls_fx_aliases(x->fn, record, 0) : NULL;
    int ok = r && r->complete;
    for (unsigned i = 0; ok && i < r->n_exits; i++) {
        const dls_flow_exit *ex = &r->exits[i];
        int dup = 0;
        for (unsigned j = 0; j < i; j++)
            dup |= r->exits[j].block == ex->block;
        if (dup || dls_fx_released_at(r, ex, key, record))
            continue;
        dls_fx_place p;
        ok = dls_fx_exit_place(x, ex, alias, &p);
        if (ok) {
            ok = dls_fx_insert(x, e, &p, key, record, global, NULL, NULL, -1, 1, free_fn, expr);
            free(p.indent);
        }
    }
    free(alias);
    return ok && e->n > 0;
}

void dls_fix_init_halt(const dls_rule_ctx *ctx, dls_finding *f, const dls_pfn *halt, dls_api api,
                       const char *key, const char *record, const char *slot_text) {
    if (strncmp(key, "G:", 2) == 0)
        record = NULL; /* a global: named by its own name */
    dls_fx x;
    dls_fx_edits e = {0};
    char *expr = NULL;
    const char *free_fn = dls_fx_free_call(api);
    int ok = dls_fx_open(&x, ctx, halt);
    if (ok && ctx->opts && ctx->opts->halt == DLS_HALT_ALL_PATHS) {
        ok = dls_fx_halt_every_path(&x, &e, key, record, slot_text, free_fn, &expr);
    } else if (ok) {
        dls_fx_place p = {0, NULL};
        int freeing = 0;
        ok = dls_fx_halt_place(&x, record, &p, &freeing) &&
             dls_fx_insert(&x, &e, &p, key, record, slot_text, NULL, NULL, !freeing, 1, free_fn,
                           &expr);
        free(p.indent);
    }
    if (ok)
        dls_fx_commit(f, &e, expr, halt->fn->name);
    dls_fx_edits_free(&e);
    free(expr);
    dls_fx_close(&x);
}

/* ---- ndis-workitem-init-halt: failure paths ------------------------------------------------- */

/* What the failure form needs to know about the slot. */
typedef struct {
    const char *key, *record, *global, *hint, *free_fn;
    const unsigned char *alias; /* what points to the record (or NULL for a global) */
    unsigned after;             /* the end of the allocation (or of the call that makes it) */
    char *expr;                 /* for the title */
} dls_fx_slot;

/* The text of [a, b) without blanks, comments and line breaks (new string). */
static char *dls_fx_squeeze(const dls_fx *x, unsigned a, unsigned b) {
    char *out = dls_xmalloc(b - a + 1);
    size_t n = 0;
    for (unsigned i = dls_fix_src_next(&x->src, a); i < b; i = dls_fix_src_next(&x->src, i + 1))
        out[n++] = x->src.text[i];
    out[n] = '\0';
    return out;
}

/* Whether cond (squeezed) contains pat with word var substituted for '%' as a whole word. */
static int dls_fx_has_test(const char *cond, const char *pat, const char *var) {
    char *needle = dls_xasprintf(pat, var);
    int hit = 0;
    for (const char *p = strstr(cond, needle); p && !hit; p = strstr(p + 1, needle)) {
        size_t n = strlen(needle);
        char before = p > cond ? p[-1] : '\0', after = p[n];
        int wb = !(before == '_' || (before >= '0' && before <= '9') ||
                   (before >= 'A' && before <= 'Z') || (before >= 'a' && before <= 'z'));
        int wa = !(after == '_' || (after >= '0' && after <= '9') ||
                   (after >= 'A' && after <= 'Z') || (after >= 'a' && after <= 'z'));
        hit = wb && wa;
    }
    free(needle);
    return hit;
}

/* Whether the squeezed condition is a failure test of var (joined by && only). */
static int dls_fx_failure_test(const char *cond, const char *var) {
    if (strstr(cond, "||"))
        return 0;
    return dls_fx_has_test(cond, "%s!=NDIS_STATUS_SUCCESS", var) ||
           dls_fx_has_test(cond, "NDIS_STATUS_SUCCESS!=%s", var) ||
           dls_fx_has_test(cond, "%s!=STATUS_SUCCESS", var) ||
           dls_fx_has_test(cond, "STATUS_SUCCESS!=%s", var) ||
           dls_fx_has_test(cond, "!NT_SUCCESS(%s)", var);
}

/* Whether the squeezed condition tests that var is not NULL. */
static int dls_fx_nonnull_test(const char *cond, const char *var) {
    return dls_fx_has_test(cond, "%s!=NULL", var) || dls_fx_has_test(cond, "NULL!=%s", var) ||
           dls_fx_has_test(cond, "&&%s&&", var) || dls_fx_has_test(cond, "&&%s", var) ||
           dls_fx_has_test(cond, "%s&&", var);
}

typedef struct {
    const dls_fx *x;
    const char *var;
    unsigned from, to;       /* the failure block must lie in [from, to) */
    dls_fix_stmt found;      /* the last such if statement */
    unsigned cond_a, cond_b; /* its condition, inside the parentheses */
    int any;
} dls_fx_funnel;

static int dls_fx_visit_if(const dls_fix_src *s, const dls_fix_stmt *st, void *user) {
    dls_fx_funnel *fu = user;
    if (st->begin < fu->from || st->end > fu->to || !dls_fix_src_word(s, st->begin, "if"))
        return 0;
    unsigned lp = dls_fix_src_next(s, st->begin + 2);
    unsigned rp = dls_fix_src_match(s, lp);
    if (rp == DLS_FIX_NONE)
        return 0;
    unsigned body = dls_fix_src_next(s, rp + 1);
    if (body >= s->len || s->text[body] != '{')
        return 0;
    char *cond = dls_fx_squeeze(fu->x, lp + 1, rp);
    if (dls_fx_failure_test(cond, fu->var)) {
        fu->found = *st;
        fu->cond_a = lp + 1;
        fu->cond_b = rp;
        fu->any = 1;
    }
    free(cond);
    return 0;
}

/* Whether the function's declared return type is NTSTATUS (else NDIS_STATUS is assumed). */
static int dls_fx_returns_ntstatus(const dls_fx *x) {
    unsigned name = x->fn->name_loc.begin < x->src.len ? x->fn->name_loc.begin : x->src.len;
    unsigned p = name;
    while (p > 0) {
        unsigned q = dls_fix_src_prev(&x->src, p);
        if (q == DLS_FIX_NONE || strchr(";}", x->src.text[q]))
            break;
        p = q;
    }
    char *head = dls_xstrndup(x->src.text + p, name > p ? name - p : 0);
    int nt = dls_fx_has_test(head, "%s", "NTSTATUS");
    free(head);
    return nt;
}

/* A return shared by success and failure paths: once inside the failure block before it (the last
 * "if (Status != NDIS_STATUS_SUCCESS) {" after the allocation), else a new status-guarded release
 * before the return. */
static int dls_fx_funnel_place(const dls_fx *x, dls_fx_edits *e, const dls_fix_stmt *ret,
                               int ret_slot, dls_fx_slot *s) {
    const char *var = ret_slot >= 0 ? x->fn->slots[ret_slot].text : NULL;
    if (!dls_fx_is_ident(var))
        return 0;
    dls_fx_funnel fu;
    memset(&fu, 0, sizeof fu);
    fu.x = x;
    fu.var = var;
    fu.from = s->after;
    fu.to = ret->begin;
    dls_fix_src_walk(&x->src, x->open, dls_fx_visit_if, &fu);
    dls_fx_place p;
    int ok;
    if (fu.any) {
        unsigned lp = dls_fix_src_next(&x->src, fu.found.begin + 2);
        unsigned body = dls_fix_src_next(&x->src, dls_fix_src_match(&x->src, lp) + 1);
        if (!dls_fx_at_start(x, body, &p))
            return 0;
        dls_fx_lv lv;
        if (!dls_fx_lvalue(x, s->key, s->record, s->global, s->hint, p.at, 0, &lv)) {
            free(p.indent);
            return 0;
        }
        char *cond = dls_fx_squeeze(x, fu.cond_a, fu.cond_b);
        int tested = lv.base >= 0 && dls_fx_nonnull_test(cond, x->fn->slots[lv.base].text);
        free(cond);
        free(lv.expr);
        ok = dls_fx_insert(x, e, &p, s->key, s->record, s->global, s->hint, NULL, !tested, 0,
                           s->free_fn, &s->expr);
    } else {
        if (!dls_fx_before(x, ret->begin, &p))
            return 0;
        char *cond = dls_fx_returns_ntstatus(x)
                         ? dls_xasprintf("!NT_SUCCESS(%s) && ", var)
                         : dls_xasprintf("%s != NDIS_STATUS_SUCCESS && ", var);
        ok = dls_fx_insert(x, e, &p, s->key, s->record, s->global, s->hint, cond, 1, 0, s->free_fn,
                           &s->expr);
        free(cond);
    }
    free(p.indent);
    return ok;
}

/* Whether obj is live (and possibly non-NULL) at an exit that does not fail: success shares it. */
static int dls_fx_shared_with_success(const dls_flow_result *r, int block, int obj) {
    for (unsigned i = 0; i < r->n_exits; i++) {
        const dls_flow_exit *ex = &r->exits[i];
        if (ex->block == block && ex->outcome != DLS_OUT_FAILURE &&
            dls_flow_ob_status(r, ex->st, obj) == DLS_OB_LIVE &&
            dls_flow_ob_null(r, ex->st, obj) != DLS_NUL_NULL)
            return 1;
    }
    return 0;
}

/* Whether some path reaches the exit block without obj live (not yet allocated, or failed). */
static int dls_fx_reached_without(const dls_flow_result *r, int block, int obj) {
    for (unsigned i = 0; i < r->n_exits; i++) {
        const dls_flow_exit *ex = &r->exits[i];
        if (ex->block == block && (dls_flow_ob_status(r, ex->st, obj) != DLS_OB_LIVE ||
                                   dls_flow_ob_null(r, ex->st, obj) == DLS_NUL_NULL))
            return 1;
    }
    return 0;
}

/* One leaking return of init. */
static int dls_fx_failure_exit(const dls_fx *x, dls_fx_edits *e, const dls_flow_exit *ex, int obj,
                               dls_fx_slot *s) {
    const dls_flow_result *r = x->pf->res;
    dls_fix_stmt ret;
    if (ex->implicit || !dls_fx_return_stmt(x, ex->loc.begin, &ret))
        return 0;
    const dls_block *bl = &x->fn->cfg.blocks[ex->block];
    if (dls_fx_shared_with_success(r, ex->block, obj))
        return dls_fx_funnel_place(x, e, &ret, bl->ret.kind == DLS_VAL_SLOT ? bl->ret.slot : -1, s);
    dls_fx_place p;
    if (!dls_fx_exit_place(x, ex, s->alias, &p))
        return 0;
    int ok = dls_fx_insert(x, e, &p, s->key, s->record, s->global, s->hint, NULL,
                           dls_fx_reached_without(r, ex->block, obj), 0, s->free_fn, &s->expr);
    free(p.indent);
    return ok;
}

void dls_fix_init_failure(const dls_rule_ctx *ctx, dls_finding *f, const dls_pfn *init, int obj,
                          const dls_flow_exit *const *leaks, unsigned n_leaks) {
    const dls_flow_result *r = init->res;
    if (!n_leaks || !r)
        return;
    int home = dls_flow_ob_home(r, leaks[0]->st, obj);
    if (home < 0)
        return;
    const dls_flow_slot *hs = &r->slots[home];
    if (hs->kind != DLS_SLOT_FIELD && hs->kind != DLS_SLOT_GLOBAL)
        return;
    dls_fx x;
    dls_fx_edits e = {0};
    dls_fx_slot s;
    memset(&s, 0, sizeof s);
    s.key = hs->key;
    s.record = hs->kind == DLS_SLOT_FIELD ? hs->record : NULL;
    s.hint = (unsigned)home < init->fn->n_slots ? init->fn->slots[home].text : NULL;
    s.global = s.record ? NULL : s.hint;
    s.free_fn = dls_fx_free_call(r->objs[obj].site.api);
    s.after = init->fn->cfg.blocks[r->objs[obj].block].ev[r->objs[obj].ev].loc.end;
    int ok = dls_fx_open(&x, ctx, init);
    unsigned char *alias = ok && s.record ? dls_fx_aliases(init->fn, s.record, -1) : NULL;
    s.alias = alias;
    for (unsigned i = 0; ok && i < n_leaks; i++) {
        int dup = 0;
        for (unsigned j = 0; j < i; j++)
            dup |= leaks[j]->block == leaks[i]->block;
        if (!dup)
            ok = dls_fx_failure_exit(&x, &e, leaks[i], obj, &s);
    }
    if (ok)
        dls_fx_commit(f, &e, s.expr, init->fn->name);
    dls_fx_edits_free(&e);
    free(s.expr);
    free(alias);
    dls_fx_close(&x);
}

/* ---- workitem-leak -------------------------------------------------------------------------- */

static int dls_fx_leaks_at(const dls_flow_result *r, const dls_flow_exit *ex, int obj) {
    return dls_flow_ob_status(r, ex->st, obj) == DLS_OB_LIVE &&
           dls_flow_ob_null(r, ex->st, obj) != DLS_NUL_NULL &&
           !dls_flow_ob_long_lived(r, ex->st, obj);
}

/* How the paths that reach an exit block treat obj: bits of DLS_FX_PATH_*. */
enum { DLS_FX_HANDED = 1, DLS_FX_ABSENT = 2, DLS_FX_MIXED = 4 };

static unsigned dls_fx_exit_paths(const dls_flow_result *r, int block, int obj) {
    unsigned bits = 0;
    for (unsigned i = 0; i < r->n_exits; i++) {
        const dls_flow_exit *ex = &r->exits[i];
        if (ex->block != block || dls_fx_leaks_at(r, ex, obj))
            continue;
        dls_ob_status st = dls_flow_ob_status(r, ex->st, obj);
        if (st == DLS_OB_MIXED)
            bits |= DLS_FX_MIXED;
        else if (st == DLS_OB_NONE)
            bits |= DLS_FX_ABSENT;
        else if (st != DLS_OB_LIVE || dls_flow_ob_long_lived(r, ex->st, obj))
            bits |= DLS_FX_HANDED;
    }
    return bits;
}

/* Whether call or assignment ev hands the handle in local over (queues, frees, passes it to code
 * that releases it or that the checker cannot see, stores it where it outlives the function). */
static int dls_fx_hands_over(const dls_rule_ctx *ctx, const dls_fn *fn, const dls_event *ev,
                             int local) {
    if (ev->kind == DLS_EV_ASSIGN) {
        dls_slot_kind k = fn->slots[ev->dst].kind;
        return ev->src.kind == DLS_VAL_SLOT && ev->src.slot == local &&
               (k == DLS_SLOT_FIELD || k == DLS_SLOT_GLOBAL || k == DLS_SLOT_DEREF);
    }
    for (unsigned a = 0; a < ev->n_args; a++) {
        if (ev->args[a].kind != DLS_VAL_SLOT || ev->args[a].slot != local)
            continue;
        switch (ev->api) {
        case DLS_API_NDIS_FREE:
        case DLS_API_NDIS_QUEUE:
        case DLS_API_IO_FREE:
        case DLS_API_IO_QUEUE:
        case DLS_API_IO_QUEUE_EX:
            return 1;
        case DLS_API_NONE: {
            const dls_pfn *c =
                ev->callee ? dls_program_lookup(ctx, ev->callee, ev->callee_usr) : NULL;
            if (!c || !c->sum.complete || a >= 32 ||
                ((c->sum.oc[0].param_rel_may | c->sum.oc[1].param_rel_may) >> a & 1))
                return 1;
            break;
        }
        default:
            break;
        }
    }
    return 0;
}

/* After the statement holding the hand-over at off: "local = NULL;" on the next line. */
static int dls_fx_reset_after(const dls_fx *x, dls_fx_edits *e, unsigned off, const char *local) {
    dls_fix_stmt st;
    if (!dls_fix_src_stmt_at(&x->src, x->open, off, &st) || !dls_fx_simple_stmt(x, &st) ||
        x->src.text[st.end - 1] != ';' || !dls_fix_src_starts_line(&x->src, st.begin) ||
        !dls_fix_src_ends_line(&x->src, st.end))
        return 0;
    char *ind = dls_fix_src_indent(&x->src, st.begin);
    dls_fx_add(e, x->pf->ff->path, dls_fix_src_next_line(&x->src, st.end),
               dls_xasprintf("%s%s = NULL;%s", ind, local, x->style.eol));
    free(ind);
    return 1;
}

static int dls_fx_reset_all(const dls_fx *x, dls_fx_edits *e, int local) {
    const dls_cfg *g = &x->fn->cfg;
    for (unsigned b = 0; b < g->n; b++)
        for (unsigned i = 0; i < g->blocks[b].n_ev; i++) {
            const dls_event *ev = &g->blocks[b].ev[i];
            if (dls_fx_hands_over(x->ctx, x->fn, ev, local) &&
                !dls_fx_reset_after(x, e, ev->loc.begin, x->fn->slots[local].text))
                return 0;
        }
    return 1;
}

/* Whether the local holds a constant from its declaration on (so reading it is defined). */
static int dls_fx_initialised(const dls_fn *fn, int local, unsigned before) {
    unsigned decl = dls_fx_decl_off(&fn->slots[local]);
    for (unsigned b = 0; b < fn->cfg.n; b++)
        for (unsigned i = 0; i < fn->cfg.blocks[b].n_ev; i++) {
            const dls_event *ev = &fn->cfg.blocks[b].ev[i];
            if (ev->kind == DLS_EV_ASSIGN && ev->dst == local && ev->src.kind == DLS_VAL_CONST &&
                ev->loc.begin <= decl + 1 && ev->loc.begin < before)
                return 1;
        }
    return 0;
}

/* One leaking exit block of the local leak. */
static int dls_fx_leak_exit(const dls_fx *x, dls_fx_edits *e, const dls_flow_exit *ex, int obj,
                            int local, const char *free_fn, int *need_reset) {
    const dls_flow_result *r = x->pf->res;
    unsigned paths = dls_fx_exit_paths(r, ex->block, obj);
    const dls_flow_obj *fo = &r->objs[obj];
    if ((paths & DLS_FX_MIXED) ||
        ((paths & DLS_FX_ABSENT) &&
         !dls_fx_initialised(x->fn, local, x->fn->cfg.blocks[fo->block].ev[fo->ev].loc.begin)))
        return 0;
    *need_reset |= (paths & DLS_FX_HANDED) != 0;
    dls_fx_place p;
    if (!dls_fx_exit_place(x, ex, NULL, &p))
        return 0;
    const char *name = x->fn->slots[local].text;
    int ok = dls_fx_visible(x, local, p.at);
    if (ok)
        dls_fx_add(e, x->pf->ff->path, p.at,
                   dls_fx_release_text(x, p.indent, 1, "", name, free_fn));
    free(p.indent);
    return ok;
}

void dls_fix_leak(const dls_rule_ctx *ctx, dls_finding *f, const dls_pfn *pf, int obj) {
    const dls_flow_result *r = pf->res;
    const dls_flow_obj *fo = &r->objs[obj];
    if (dls_fx_reaches(&pf->fn->cfg, fo->block, fo->block))
        return; /* allocated in a loop: one release at the exit would not cover each round */
    dls_fx x;
    dls_fx_edits e = {0};
    int ok = dls_fx_open(&x, ctx, pf), need_reset = 0, local = -1, any = 0;
    const char *free_fn = dls_fx_free_call(fo->site.api);
    for (unsigned i = 0; ok && i < r->n_exits; i++) {
        const dls_flow_exit *ex = &r->exits[i];
        if (!dls_fx_leaks_at(r, ex, obj))
            continue;
        int dup = 0;
        for (unsigned j = 0; j < i; j++)
            dup |= r->exits[j].block == ex->block && dls_fx_leaks_at(r, &r->exits[j], obj);
        if (dup)
            continue;
        if (local < 0) {
            local = dls_flow_ob_home(r, ex->st, obj);
            ok = local >= 0 && (unsigned)local < pf->fn->n_slots &&
                 (pf->fn->slots[local].kind == DLS_SLOT_LOCAL ||
                  pf->fn->slots[local].kind == DLS_SLOT_PARAM) &&
                 dls_fx_is_ident(pf->fn->slots[local].text);
        }
        ok = ok && dls_fx_leak_exit(&x, &e, ex, obj, local, free_fn, &need_reset);
        any = 1;
    }
    if (ok && any && need_reset)
        ok = dls_fx_reset_all(&x, &e, local);
    if (ok && any)
        dls_fx_commit(f, &e, pf->fn->slots[local].text, pf->fn->name);
    dls_fx_edits_free(&e);
    dls_fx_close(&x);
}

/* ---- fixes described by the finding -------------------------------------------------------- */

/* The function of the program whose body holds offset off of file, or NULL. */
static const dls_pfn *dls_fx_fn_at(const dls_rule_ctx *ctx, const char *file, unsigned off) {
    for (unsigned i = 0; i < ctx->n_fns; i++) {
        const dls_pfn *pf = &ctx->fns[i];
        if (strcmp(pf->ff->path, file) == 0 && pf->fn->body_loc.begin < off &&
            off < pf->fn->body_loc.end)
            return pf;
    }
    return NULL;
}

/* The text between prefix and suffix of the note of f whose message has that shape (new string),
 * or NULL. */
static char *dls_fx_note_part(const dls_finding *f, const char *prefix, const char *suffix) {
    size_t pl = strlen(prefix), sl = strlen(suffix);
    for (size_t i = 0; i < f->n_notes; i++) {
        const char *m = f->notes[i].message;
        size_t ml = m ? strlen(m) : 0;
        if (ml > pl + sl && strncmp(m, prefix, pl) == 0 && strcmp(m + ml - sl, suffix) == 0)
            return dls_xstrndup(m + pl, ml - pl - sl);
    }
    return NULL;
}

/* Whether pf calls IoUninitializeWorkItem on expr somewhere (on some paths only, or the finding
 * would not be there: one more call would uninitialise it twice on the others). */
static int dls_fx_uninitialises(const dls_pfn *pf, const char *expr) {
    const dls_cfg *g = &pf->fn->cfg;
    int found = 0;
    for (unsigned b = 0; b < g->n && !found; b++)
        for (unsigned e = 0; e < g->blocks[b].n_ev && !found; e++) {
            const dls_event *ev = &g->blocks[b].ev[e];
            if (ev->kind != DLS_EV_CALL || ev->api != DLS_API_IO_UNINIT || ev->n_args < 1)
                continue;
            char *arg = dls_wdm_arg_text(pf->ff, &ev->args[0]);
            found = !arg || strcmp(arg, expr) == 0;
            free(arg);
        }
    return found;
}

/* io-workitem-uninit-before-free: IoUninitializeWorkItem(EXPR); before the statement of the free,
 * unless the function already uninitialises it on some path. */
static void dls_fx_uninit_before_free(const dls_rule_ctx *ctx, dls_finding *f) {
    char *expr = dls_fx_note_part(f, "call IoUninitializeWorkItem(", ") before this free");
    const dls_pfn *pf = expr ? dls_fx_fn_at(ctx, f->range.file, f->range.begin) : NULL;
    if (pf && dls_fx_uninitialises(pf, expr))
        pf = NULL;
    dls_fx x;
    if (!pf || !dls_fx_open(&x, ctx, pf)) {
        if (pf)
            dls_fx_close(&x);
        free(expr);
        return;
    }
    dls_fix_stmt st;
    dls_fx_place p;
    if (dls_fix_src_stmt_at(&x.src, x.open, f->range.begin, &st) && dls_fx_simple_stmt(&x, &st) &&
        dls_fx_before(&x, st.begin, &p)) {
        char *text = dls_xasprintf("%sIoUninitializeWorkItem(%s);%s", p.indent, expr, x.style.eol);
        char *title = dls_xasprintf("Call IoUninitializeWorkItem(%s) before the free in %s", expr,
                                    pf->fn->name);
        dls_fix *fix = dls_finding_add_fix(f, title, 1);
        dls_fix_add_edit(fix, pf->ff->path, p.at, p.at, text);
        free(title);
        free(text);
        free(p.indent);
    }
    dls_fx_close(&x);
    free(expr);
}

/* Whether range [a, b) of text is one whole argument of a call written in the source: '(' or ','
 * before it and ',' or ')' after it, nothing but blanks between. */
static int dls_fx_whole_argument(const dls_fix_src *src, unsigned a, unsigned b) {
    unsigned before = dls_fix_src_prev(src, a), after = dls_fix_src_next(src, b);
    return a < b && b <= src->len && before != DLS_FIX_NONE && after < src->len &&
           strchr("(,", src->text[before]) && strchr(",)", src->text[after]);
}

/* The replacement of one argument the note n asks for, or NULL when it cannot be written. */
static char *dls_fx_storage_arg(const dls_note *n, const dls_fix_src *src) {
    unsigned a = n->range.begin, b = n->range.end;
    if (!dls_fx_whole_argument(src, a, b))
        return NULL;
    char *arg = dls_xstrndup(src->text + a, b - a);
    char *out = NULL;
    if (strcmp(n->message, "size: use IoSizeofWorkItem()") == 0)
        out = dls_xstrdup("IoSizeofWorkItem()");
    else if (strcmp(n->message, "pool type: use NonPagedPoolNx") == 0 && dls_fx_is_ident(arg))
        out = dls_xstrdup("NonPagedPoolNx");
    else if (strcmp(n->message, "pool flags: use POOL_FLAG_NON_PAGED") == 0) {
        const char *w = strstr(arg, "POOL_FLAG_PAGED");
        size_t wl = strlen("POOL_FLAG_PAGED");
        if (w && (w == arg || !dls_fx_word_char(w[-1])) && !dls_fx_word_char(w[wl]))
            out = dls_xasprintf("%.*sPOOL_FLAG_NON_PAGED%s", (int)(w - arg), arg, w + wl);
    }
    free(arg);
    return out;
}

/* io-workitem-storage: change the pool argument and the size argument the notes point at. */
static void dls_fx_storage(const dls_rule_ctx *ctx, dls_finding *f) {
    dls_fx_edits e = {0};
    int ok = 1, pool = 0, size = 0;
    for (size_t i = 0; ok && i < f->n_notes; i++) {
        const dls_note *n = &f->notes[i];
        int is_size = strncmp(n->message, "size: ", 6) == 0;
        if (!is_size && strncmp(n->message, "pool ", 5) != 0 &&
            strncmp(n->message, "a paged lookaside", 17) != 0)
            continue; /* notes that only point at code */
        const dls_pfn *pf = dls_fx_fn_at(ctx, n->range.file, n->range.begin);
        dls_fix_src src;
        dls_fix_src_init(&src, pf ? pf->ff->text : "", pf ? pf->ff->len : 0);
        char *with = pf ? dls_fx_storage_arg(n, &src) : NULL;
        ok = with != NULL;
        if (ok) {
            e.items = dls_xrealloc(e.items, (e.n + 1) * sizeof *e.items);
            e.items[e.n++] = (dls_fx_ins){pf->ff->path, n->range.begin, with, n->range.end};
            size |= is_size;
            pool |= !is_size;
        }
        dls_fix_src_free(&src);
    }
    if (ok && e.n) {
        qsort(e.items, e.n, sizeof *e.items, dls_fx_cmp_ins);
        const char *title = pool && size ? "Allocate the work item from nonpaged pool, "
                                           "IoSizeofWorkItem() bytes"
                            : pool       ? "Allocate the work item from nonpaged pool"
                                         : "Allocate IoSizeofWorkItem() bytes for the work item";
        dls_fix *fix = dls_finding_add_fix(f, title, 1);
        for (unsigned i = 0; i < e.n; i++)
            dls_fix_add_edit(fix, e.items[i].file, e.items[i].at, e.items[i].end, e.items[i].text);
    }
    dls_fx_edits_free(&e);
}

void dls_fix_attach(const dls_rule_ctx *ctx, dls_findings *out, size_t start) {
    for (size_t i = start; i < out->count; i++) {
        dls_finding *f = &out->items[i];
        if (f->n_fixes || !f->range.file)
            continue;
        if (strcmp(f->rule, "io-workitem-uninit-before-free") == 0)
            dls_fx_uninit_before_free(ctx, f);
        else if (strcmp(f->rule, "io-workitem-storage") == 0)
            dls_fx_storage(ctx, f);
    }
}

/* ---- applying several fixes together -------------------------------------------------------- */

const dls_fix *dls_fix_preferred(const dls_finding *f) {
    for (size_t i = 0; i < f->n_fixes; i++)
        if (f->fixes[i].preferred)
            return &f->fixes[i];
    return f->n_fixes ? &f->fixes[0] : NULL;
}

/* Whether edits a and b of one file cannot both apply. */
static int dls_fx_conflict(const dls_edit *a, const dls_edit *b) {
    if (strcmp(a->file, b->file) != 0)
        return 0;
    if (a->begin < b->end && b->begin < a->end)
        return 1; /* overlapping replacements */
    if (a->begin == a->end && b->begin < a->begin && a->begin < b->end)
        return 1; /* an insertion inside a replaced range */
    return b->begin == b->end && a->begin < b->begin && b->begin < a->end;
}

static int dls_fx_same(const dls_edit *a, const dls_edit *b) {
    return strcmp(a->file, b->file) == 0 && a->begin == b->begin && a->end == b->end &&
           strcmp(a->text, b->text) == 0;
}

typedef struct {
    const dls_edit *e;
    size_t order;
} dls_fx_taken;

static int dls_fx_cmp_taken(const void *pa, const void *pb) {
    const dls_fx_taken *a = pa, *b = pb;
    int c = strcmp(a->e->file, b->e->file);
    if (c)
        return c;
    if (a->e->begin != b->e->begin)
        return a->e->begin < b->e->begin ? -1 : 1;
    return a->order < b->order ? -1 : a->order > b->order;
}

/* Whether every edit of fix fits with those taken (and with each other); the new ones (not
 * duplicates) are appended to taken when it does. */
static int dls_fx_take(const dls_fix *fix, dls_fx_taken **taken, size_t *n,
                       dls_fix_accept_fn accept, void *ctx) {
    size_t start = *n;
    *taken = dls_xrealloc(*taken, (*n + fix->n_edits + 1) * sizeof **taken);
    for (size_t i = 0; i < fix->n_edits; i++) {
        const dls_edit *e = &fix->edits[i];
        int dup = 0, ok = e->file && e->text && e->begin <= e->end && (!accept || accept(ctx, e));
        for (size_t k = 0; ok && k < *n; k++) {
            dup |= k < start && dls_fx_same(e, (*taken)[k].e);
            ok = (k < start && dls_fx_same(e, (*taken)[k].e)) || !dls_fx_conflict(e, (*taken)[k].e);
        }
        if (!ok) {
            *n = start;
            return 0;
        }
        if (!dup) {
            (*taken)[*n] = (dls_fx_taken){e, *n};
            (*n)++;
        }
    }
    return fix->n_edits > 0;
}

const dls_edit **dls_fix_merge(const dls_findings *list, dls_fix_accept_fn accept, void *ctx,
                               size_t *n_edits, size_t *n_taken) {
    dls_fx_taken *taken = NULL;
    size_t n = 0;
    *n_taken = 0;
    for (size_t i = 0; i < list->count; i++) {
        const dls_fix *fix = dls_fix_preferred(&list->items[i]);
        if (fix && dls_fx_take(fix, &taken, &n, accept, ctx))
            (*n_taken)++;
    }
    if (n > 1) /* qsort's array may not be NULL, even when empty */
        qsort(taken, n, sizeof *taken, dls_fx_cmp_taken);
    const dls_edit **out = dls_xcalloc(n ? n : 1, sizeof *out);
    for (size_t i = 0; i < n; i++)
        out[i] = taken[i].e;
    free(taken);
    *n_edits = n;
    return out;
}
