/*
 * facts.c - fact extraction: one walk over the cursors of each function defined in the main file
 * builds its slot table and its CFG (cfg.h) at the same time; a walk over the top-level
 * declarations collects role type declarations (MINIPORT_HALT MPHaltEx;) and registrations
 * (MChars.HaltHandlerEx = MPHaltEx, designated initialisers, the routine argument of queue calls).
 *
 * Expressions are reduced to the instruction set of cfg.h: calls with their arguments as slot
 * references / constants / function designators, assignments between slots, and conditions of the
 * form "slot OP constant" (short circuits become blocks). Code in system headers is never walked.
 */
#include "facts.h"
#include "diagnose.h"
#include "prefix.h"
#include "strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DLS_FACTS_MAX_FINALLY 8
/* Expressions nested deeper than this are not walked: their function is marked as one with errors
 * (unknown to the rules). Real code stays far below; hostile code (100,000 '+' in a row) would
 * otherwise cost time quadratic in the depth, as libclang computes each operand's extent anew. */
#define DLS_FACTS_MAX_EXPR_DEPTH 256

typedef struct {
    dls_file_facts *ff;
    dls_clangx_src src;
    CXFile main_file;
    /* the function being walked */
    dls_fn *fn;
    dls_strmap slots;
    dls_strmap labels;
    CXCursor params[32];
    unsigned n_params;
    int cur;   /* current block */
    int brk;   /* break target or -1 */
    int cont;  /* continue target or -1 */
    int sw;    /* enclosing switch block or -1 */
    int leave; /* __leave target or -1 */
    CXCursor fin[DLS_FACTS_MAX_FINALLY];
    int n_fin;
    int n_temp;
    int depth; /* of dls_facts_walk_expr calls */
    unsigned cap_slots, cap_roles, cap_fns;
} dls_xctx;

static int dls_facts_walk_expr(dls_xctx *x, CXCursor c);
static char *dls_facts_member_name(CXCursor lhs);
static dls_val dls_facts_val_core(dls_xctx *x, CXCursor c);
static void dls_facts_stmt(dls_xctx *x, CXCursor c);
static void dls_facts_cond(dls_xctx *x, CXCursor c, int t, int f);

/* ---- children ------------------------------------------------------------------------------- */

typedef struct {
    CXCursor *items;
    unsigned n, cap;
} dls_kids;

static enum CXChildVisitResult dls_facts_kid(CXCursor c, CXCursor parent, CXClientData d) {
    (void)parent;
    dls_kids *k = d;
    if (k->n == k->cap) {
        k->cap = k->cap ? k->cap * 2 : 8;
        k->items = dls_xrealloc(k->items, k->cap * sizeof *k->items);
    }
    k->items[k->n++] = c;
    return CXChildVisit_Continue;
}

/* All children of c; free kids.items after use. */
static dls_kids dls_facts_kids(CXCursor c) {
    dls_kids k = {0};
    clang_visitChildren(c, dls_facts_kid, &k);
    return k;
}

/* ---- roles ---------------------------------------------------------------------------------- */

static void dls_facts_add_role(dls_xctx *x, const char *func, const char *usr, const char *role,
                               dls_role_how how) {
    dls_file_facts *ff = x->ff;
    for (unsigned i = 0; i < ff->n_roles; i++)
        if (strcmp(ff->roles[i].func, func) == 0 && strcmp(ff->roles[i].role, role) == 0)
            return;
    if (ff->n_roles == x->cap_roles) {
        x->cap_roles = x->cap_roles ? x->cap_roles * 2 : 8;
        ff->roles = dls_xrealloc(ff->roles, x->cap_roles * sizeof *ff->roles);
    }
    dls_role_fact *r = &ff->roles[ff->n_roles++];
    r->func = dls_xstrdup(func);
    r->usr = dls_xstrdup(usr ? usr : "");
    r->role = dls_xstrdup(role);
    r->how = how;
}

/* Role implied by the name of the field a function is stored into, for headers whose types differ.
 */
static const char *dls_facts_role_of_field(const char *field) {
    if (!field)
        return NULL;
    if (strcmp(field, "InitializeHandlerEx") == 0)
        return "MINIPORT_INITIALIZE";
    if (strcmp(field, "HaltHandlerEx") == 0)
        return "MINIPORT_HALT";
    if (strcmp(field, "DriverUnload") == 0)
        return "DRIVER_UNLOAD";
    return NULL;
}

/* A function designator stored where a value of type dst (field name field) is expected. */
static void dls_facts_registration(dls_xctx *x, dls_val *v, CXType dst, const char *field) {
    if (v->kind != DLS_VAL_FUNC)
        return;
    char *role = dls_clangx_role_of_type(dst);
    const char *by_field = dls_facts_role_of_field(field);
    if (!role && by_field)
        role = dls_xstrdup(by_field);
    if (!role)
        return;
    dls_facts_add_role(x, v->func, v->func_usr, role, DLS_ROLE_REGISTRATION);
    if (by_field && strcmp(by_field, role) != 0)
        dls_facts_add_role(x, v->func, v->func_usr, by_field, DLS_ROLE_REGISTRATION);
    free(v->role);
    v->role = role;
}

/* ---- slots ---------------------------------------------------------------------------------- */

static char *dls_facts_text(dls_xctx *x, CXCursor c) {
    dls_loc l;
    dls_clangx_loc(c, &l);
    if (l.end > l.begin && l.end <= x->src.len && l.end - l.begin < 80) {
        char *t = dls_xstrndup(x->src.text + l.begin, l.end - l.begin);
        for (char *p = t; *p; p++)
            if (*p == '\n' || *p == '\r' || *p == '\t')
                *p = ' ';
        return t;
    }
    return NULL;
}

/* The slot of key in the function being walked, created on first use; -1 outside a function
 * body (a global's initializer, `int *p = a;`, has no function to hold slots). */
static int dls_facts_slot(dls_xctx *x, dls_slot_kind kind, const char *key, CXCursor expr,
                          const char *record, int param) {
    if (!x->fn)
        return -1;
    int id = dls_strmap_get(&x->slots, key);
    if (id >= 0)
        return id;
    dls_fn *fn = x->fn;
    if (fn->n_slots == x->cap_slots) {
        x->cap_slots = x->cap_slots ? x->cap_slots * 2 : 16;
        fn->slots = dls_xrealloc(fn->slots, x->cap_slots * sizeof *fn->slots);
    }
    dls_slot *s = &fn->slots[fn->n_slots];
    memset(s, 0, sizeof *s);
    s->kind = kind;
    s->key = dls_xstrdup(key);
    s->text = clang_Cursor_isNull(expr) ? NULL : dls_facts_text(x, expr);
    if (!s->text)
        s->text = dls_xstrdup(key);
    s->record = record ? dls_xstrdup(record) : NULL;
    s->pointee =
        clang_Cursor_isNull(expr) ? NULL : dls_clangx_record_name(clang_getCursorType(expr), 1);
    s->param = param;
    dls_strmap_put(&x->slots, key, (int)fn->n_slots);
    return (int)fn->n_slots++;
}

static int dls_facts_new_temp(dls_xctx *x) {
    char key[32];
    snprintf(key, sizeof key, "%%tmp#%d", x->n_temp++);
    return dls_facts_slot(x, DLS_SLOT_TEMP, key, clang_getNullCursor(), NULL, -1);
}

static int dls_facts_param_index(dls_xctx *x, CXCursor decl) {
    for (unsigned i = 0; i < x->n_params; i++)
        if (clang_equalCursors(x->params[i], decl))
            return (int)i;
    return -1;
}

/* The record-and-field path of a member access ("MP_ADAPTER.Tx[].Wi"), or NULL. */
static char *dls_facts_field_path(dls_xctx *x, CXCursor member, char **record) {
    CXCursor base;
    if (dls_clangx_children(member, &base, 1) < 1)
        return NULL;
    char *field = dls_clangx_str(clang_getCursorSpelling(member));
    CXType bt = clang_getCursorType(base);
    char *prefix = NULL;
    if (clang_getCanonicalType(bt).kind == CXType_Pointer) {
        prefix = dls_clangx_record_name(bt, 1); /* base->field */
    } else {
        CXCursor sb = dls_clangx_strip(base);
        if (clang_getCursorKind(sb) == CXCursor_MemberRefExpr &&
            clang_getCanonicalType(clang_getCursorType(sb)).kind == CXType_Record) {
            prefix = dls_facts_field_path(x, sb, record); /* a.b.field: the chain goes on */
            if (prefix) {
                char *p = dls_xasprintf("%s.%s", prefix, field);
                free(prefix);
                free(field);
                return p;
            }
        }
        prefix = dls_clangx_record_name(bt, 0); /* element or value of a record type */
    }
    if (!prefix) {
        free(field);
        return NULL;
    }
    char *p = dls_xasprintf("%s.%s", prefix, field);
    if (record && !*record)
        *record = prefix;
    else
        free(prefix);
    free(field);
    return p;
}

/* The slot an lvalue expression names, or -1. */
static int dls_facts_slot_of(dls_xctx *x, CXCursor c) {
    CXCursor s = dls_clangx_strip(c);
    enum CXCursorKind k = clang_getCursorKind(s);
    if (k == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(s);
        enum CXCursorKind dk = clang_getCursorKind(d);
        char *name = dls_clangx_str(clang_getCursorSpelling(d));
        char *key;
        int id = -1;
        if (dk == CXCursor_ParmDecl) {
            int idx = dls_facts_param_index(x, d);
            key = dls_xasprintf("%%param#%d", idx);
            id = dls_facts_slot(x, DLS_SLOT_PARAM, key, s, NULL, idx);
        } else if (dk == CXCursor_VarDecl) {
            int local =
                clang_getCursorKind(clang_getCursorSemanticParent(d)) == CXCursor_FunctionDecl &&
                clang_Cursor_getStorageClass(d) != CX_SC_Static &&
                clang_Cursor_getStorageClass(d) != CX_SC_Extern;
            if (local) {
                key = dls_xasprintf("%s@%u", name, dls_clangx_offset(clang_getCursorLocation(d)));
                id = dls_facts_slot(x, DLS_SLOT_LOCAL, key, s, NULL, -1);
            } else {
                char *usr = dls_clangx_str(clang_getCursorUSR(d));
                key = dls_xasprintf("G:%s", usr[0] ? usr : name);
                free(usr);
                id = dls_facts_slot(x, DLS_SLOT_GLOBAL, key, s, NULL, -1);
            }
        } else {
            key = NULL;
        }
        free(key);
        free(name);
        return id;
    }
    if (k == CXCursor_MemberRefExpr) {
        char *record = NULL;
        char *path = dls_facts_field_path(x, s, &record);
        int id = -1;
        if (path)
            id = dls_facts_slot(x, DLS_SLOT_FIELD, path, s, record, -1);
        free(path);
        free(record);
        return id;
    }
    if (k == CXCursor_ArraySubscriptExpr) {
        CXCursor base;
        if (dls_clangx_children(s, &base, 1) < 1)
            return -1;
        int b = dls_facts_slot_of(x, base);
        if (b < 0)
            return -1;
        dls_slot bs = x->fn->slots[b];
        char *key = dls_xasprintf("%s[]", bs.key);
        int id = dls_facts_slot(x, bs.kind == DLS_SLOT_PARAM ? DLS_SLOT_DEREF : bs.kind, key, s,
                                bs.record, bs.param);
        free(key);
        return id;
    }
    if (k == CXCursor_UnaryOperator && dls_clangx_unop(s, &x->src) == DLS_OP_DEREF) {
        CXCursor opnd;
        if (dls_clangx_children(s, &opnd, 1) < 1)
            return -1;
        int b = dls_facts_slot_of(x, opnd);
        if (b < 0)
            return -1;
        char *key = dls_xasprintf("*%s", x->fn->slots[b].key);
        int param = x->fn->slots[b].param;
        int id = dls_facts_slot(x, DLS_SLOT_DEREF, key, s, NULL, param);
        free(key);
        return id;
    }
    return -1;
}

/* ---- values --------------------------------------------------------------------------------- */

/* The plain variable an lvalue is reached from (see dls_val.base), or -1. */
static int dls_facts_base_of(dls_xctx *x, CXCursor lv) {
    CXCursor s = dls_clangx_strip(lv);
    for (int guard = 0; guard < 8; guard++) {
        enum CXCursorKind k = clang_getCursorKind(s);
        if (k == CXCursor_DeclRefExpr)
            return dls_facts_slot_of(x, s);
        CXCursor base;
        if (k != CXCursor_MemberRefExpr || dls_clangx_children(s, &base, 1) < 1)
            return -1;
        CXCursor b = dls_clangx_strip(base);
        if (clang_getCanonicalType(clang_getCursorType(base)).kind == CXType_Pointer)
            return clang_getCursorKind(b) == CXCursor_DeclRefExpr ? dls_facts_slot_of(x, b) : -1;
        s = b; /* v.a.f: the record value v */
    }
    return -1;
}

static dls_val dls_facts_val_of(dls_xctx *x, CXCursor c) {
    dls_val v = dls_facts_val_core(x, c);
    dls_clangx_loc(c, &v.loc);
    v.base = -1;
    if (v.kind == DLS_VAL_SLOT || v.kind == DLS_VAL_ADDR) {
        CXCursor s = dls_clangx_strip(c);
        if (v.kind == DLS_VAL_ADDR)
            dls_clangx_children(s, &s, 1);
        v.base = dls_facts_base_of(x, s);
    }
    return v;
}

/* A pointer into the block a variable points to, (T)(p + n), (T)((PUCHAR)p + n), p->Array or
 * &p->Field: the slot of p, or -1. */
static int dls_facts_interior(dls_xctx *x, CXCursor src) {
    CXCursor s = dls_clangx_strip(src);
    enum CXCursorKind k = clang_getCursorKind(s);
    CXCursor kids[2];
    if (k == CXCursor_BinaryOperator) {
        if (dls_clangx_children(s, kids, 2) != 2 || dls_clangx_binop(s, &x->src) != DLS_OP_ADD ||
            clang_getCanonicalType(clang_getCursorType(kids[0])).kind != CXType_Pointer)
            return -1;
        CXCursor p = dls_clangx_strip(kids[0]);
        return clang_getCursorKind(p) == CXCursor_DeclRefExpr ? dls_facts_slot_of(x, p) : -1;
    }
    if (k == CXCursor_UnaryOperator && dls_clangx_unop(s, &x->src) == DLS_OP_ADDR &&
        dls_clangx_children(s, kids, 1) == 1) {
        s = dls_clangx_strip(kids[0]);
    } else if (k != CXCursor_MemberRefExpr ||
               clang_getCanonicalType(clang_getCursorType(s)).kind != CXType_ConstantArray) {
        return -1;
    }
    while (clang_getCursorKind(s) == CXCursor_ArraySubscriptExpr &&
           dls_clangx_children(s, kids, 2) == 2)
        s = dls_clangx_strip(kids[0]); /* &p->Storage[0] */
    if (clang_getCursorKind(s) != CXCursor_MemberRefExpr || dls_clangx_children(s, kids, 1) < 1 ||
        clang_getCanonicalType(clang_getCursorType(kids[0])).kind != CXType_Pointer)
        return -1;
    CXCursor p = dls_clangx_strip(kids[0]);
    return clang_getCursorKind(p) == CXCursor_DeclRefExpr ? dls_facts_slot_of(x, p) : -1;
}

/* The value of an assignment's source: an interior pointer, or what dls_facts_val_of sees. */
static dls_val dls_facts_src_of(dls_xctx *x, CXCursor c) {
    int in = dls_facts_interior(x, c);
    dls_val v = dls_facts_val_of(x, c);
    if (in >= 0) {
        dls_val_free(&v);
        v.kind = DLS_VAL_INTERIOR;
        v.slot = in;
        v.base = in;
    }
    return v;
}

static dls_val dls_facts_val_core(dls_xctx *x, CXCursor c) {
    dls_val v;
    memset(&v, 0, sizeof v);
    v.slot = -1;
    CXCursor s = dls_clangx_strip(c);
    enum CXCursorKind k = clang_getCursorKind(s);
    if (k == CXCursor_UnaryOperator && dls_clangx_unop(s, &x->src) == DLS_OP_ADDR) {
        CXCursor opnd;
        if (dls_clangx_children(s, &opnd, 1) == 1) {
            CXCursor os = dls_clangx_strip(opnd);
            if (clang_getCursorKind(os) == CXCursor_DeclRefExpr &&
                clang_getCursorKind(clang_getCursorReferenced(os)) == CXCursor_FunctionDecl) {
                s = os;
                k = CXCursor_DeclRefExpr;
            } else {
                v.slot = dls_facts_slot_of(x, opnd);
                v.kind = v.slot >= 0 ? DLS_VAL_ADDR : DLS_VAL_UNKNOWN;
                return v;
            }
        }
    }
    if (k == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(s);
        if (clang_getCursorKind(d) == CXCursor_FunctionDecl) {
            v.kind = DLS_VAL_FUNC;
            v.func = dls_clangx_str(clang_getCursorSpelling(d));
            v.func_usr = dls_clangx_str(clang_getCursorUSR(d));
            return v;
        }
    }
    if (k == CXCursor_DeclRefExpr || k == CXCursor_MemberRefExpr ||
        k == CXCursor_ArraySubscriptExpr || k == CXCursor_UnaryOperator) {
        if (k == CXCursor_DeclRefExpr &&
            clang_getCursorKind(clang_getCursorReferenced(s)) == CXCursor_EnumConstantDecl) {
            v.kind = DLS_VAL_CONST;
            v.c = clang_getEnumConstantDeclValue(clang_getCursorReferenced(s));
            return v;
        }
        v.slot = dls_facts_slot_of(x, s);
        if (v.slot >= 0) {
            v.kind = DLS_VAL_SLOT;
            return v;
        }
    }
    if (k != CXCursor_CallExpr && dls_clangx_eval_int(c, &v.c))
        v.kind = DLS_VAL_CONST;
    return v;
}

/* ---- expressions ---------------------------------------------------------------------------- */

static int dls_facts_emit(dls_xctx *x, const dls_event *ev) {
    dls_cfg_add_event(&x->fn->cfg, x->cur, ev);
    return (int)x->fn->cfg.blocks[x->cur].n_ev - 1;
}

static void dls_facts_assign(dls_xctx *x, CXCursor c, int dst, dls_val src) {
    dls_event ev;
    memset(&ev, 0, sizeof ev);
    ev.kind = DLS_EV_ASSIGN;
    dls_clangx_loc(c, &ev.loc);
    ev.dst = dst;
    ev.src = src;
    ev.ret_slot = -1;
    dls_facts_emit(x, &ev);
}

/* The pool a constant POOL_TYPE (or POOL_FLAGS when flags) value selects; sets *never_null. */
static dls_pool dls_facts_pool(long long v, int flags, unsigned char *never_null) {
    if (flags) {
        *never_null = (v & 0x20) != 0; /* POOL_FLAG_RAISE_ON_FAILURE */
        if (v & 0x100)                 /* POOL_FLAG_PAGED */
            return DLS_POOL_PAGED;
        return v & 0xC0 ? DLS_POOL_NONPAGED : DLS_POOL_UNKNOWN; /* POOL_FLAG_NON_PAGED(_EXECUTE) */
    }
    *never_null = (v & 16) != 0; /* POOL_RAISE_IF_ALLOCATION_FAILURE */
    long long t = v & ~24LL;     /* without the quota / raise modifiers */
    if (t == 1 || t == 5 || t == 33 || t == 37)
        return DLS_POOL_PAGED; /* PagedPool, PagedPoolCacheAligned and their session forms */
    if (t == 2 || t == 6 || t == 34 || t == 38)
        *never_null = 1; /* the must-succeed pools */
    return t == 0 || t == 2 || t == 4 || t == 6 || (t >= 32 && t <= 38) || t == 512 || t == 516 ||
                   t == 544
               ? DLS_POOL_NONPAGED
               : DLS_POOL_UNKNOWN;
}

/* Fill the pool and size facts of a kernel memory call from its argument cursors. */
static void dls_facts_kcall(dls_event *ev, const CXCursor *args) {
    dls_kcall *k = &ev->k;
    long long v;
    if (k->pool_arg >= 0 && (unsigned)k->pool_arg < ev->n_args &&
        dls_clangx_eval_int(args[k->pool_arg], &v))
        k->pool = (unsigned char)dls_facts_pool(v, k->pool_flags, &k->never_null);
    if (k->size_arg >= 0 && (unsigned)k->size_arg < ev->n_args) {
        dls_val *size = &ev->args[k->size_arg];
        CXCursor s = dls_clangx_strip(args[k->size_arg]);
        char *callee = clang_getCursorKind(s) == CXCursor_CallExpr
                           ? dls_clangx_str(clang_getCursorSpelling(s))
                           : NULL;
        if (callee && strcmp(callee, "IoSizeofWorkItem") == 0)
            size->shape = DLS_SHAPE_SIZEOF_WI;
        else if (size->kind == DLS_VAL_CONST)
            size->shape = DLS_SHAPE_CONST;
        free(callee);
    }
}

static int dls_facts_call(dls_xctx *x, CXCursor c) {
    dls_kids k = dls_facts_kids(c);
    unsigned first_arg = 1;
    for (unsigned i = first_arg; i < k.n; i++)
        dls_facts_walk_expr(x, k.items[i]);
    dls_event ev;
    memset(&ev, 0, sizeof ev);
    ev.kind = DLS_EV_CALL;
    ev.ret_slot = -1;
    dls_clangx_loc(c, &ev.loc);
    CXCursor callee = clang_getCursorReferenced(c);
    CXType ftype = clang_getCursorType(c);
    if (clang_getCursorKind(callee) == CXCursor_FunctionDecl) {
        ev.callee = dls_clangx_str(clang_getCursorSpelling(callee));
        ev.callee_usr = dls_clangx_str(clang_getCursorUSR(callee));
        ev.callee_system = dls_clangx_in_system(callee);
        ev.api = dls_api_of(ev.callee);
        ftype = clang_getCursorType(callee); /* keeps parameter typedefs (role names) */
        if (clang_getNumArgTypes(ftype) < 0)
            ftype = clang_getCanonicalType(ftype);
    }
    ev.n_args = k.n > first_arg ? k.n - first_arg : 0;
    ev.args = ev.n_args ? dls_xcalloc(ev.n_args, sizeof *ev.args) : NULL;
    for (unsigned i = 0; i < ev.n_args; i++) {
        ev.args[i] = dls_facts_val_of(x, k.items[first_arg + i]);
        if (ev.args[i].kind == DLS_VAL_FUNC && ev.callee && (int)i < clang_getNumArgTypes(ftype))
            dls_facts_registration(x, &ev.args[i], clang_getArgType(ftype, i), NULL);
    }
    ev.k = dls_kcall_of(ev.callee_system ? ev.callee : NULL);
    if (ev.k.api != DLS_KAPI_NONE)
        dls_facts_kcall(&ev, k.items + first_arg);
    if (ev.api == DLS_API_IO_INIT && ev.n_args == 2) {
        char *rec =
            dls_clangx_record_name(clang_getCursorType(dls_clangx_strip(k.items[first_arg])), 1);
        ev.args[0].driver_obj = rec && strcmp(rec, "DRIVER_OBJECT") == 0;
        free(rec);
    }
    free(k.items);
    return dls_facts_emit(x, &ev);
}

/* Designated initialisers that store functions: .HaltHandlerEx = MPHaltEx. */
static void dls_facts_init_list(dls_xctx *x, CXCursor c) {
    dls_kids k = dls_facts_kids(c);
    for (unsigned i = 0; i < k.n; i++) {
        CXCursor e = k.items[i];
        enum CXCursorKind ek = clang_getCursorKind(e);
        if (ek == CXCursor_InitListExpr) {
            dls_facts_init_list(x, e);
            continue;
        }
        if (ek != CXCursor_UnexposedExpr)
            continue;
        dls_kids d = dls_facts_kids(e);
        CXCursor field = clang_getNullCursor();
        for (unsigned j = 0; j < d.n; j++)
            if (clang_getCursorKind(d.items[j]) == CXCursor_MemberRef)
                field = clang_getCursorReferenced(d.items[j]);
        if (d.n >= 2 && !clang_Cursor_isNull(field)) {
            CXCursor val = d.items[d.n - 1];
            if (clang_getCursorKind(val) == CXCursor_InitListExpr) {
                dls_facts_init_list(x, val);
            } else {
                dls_val v = dls_facts_val_of(x, val);
                char *fname = dls_clangx_str(clang_getCursorSpelling(field));
                dls_facts_registration(x, &v, clang_getCursorType(field), fname);
                free(fname);
                dls_val_free(&v);
            }
        }
        free(d.items);
    }
    free(k.items);
}

#define DLS_FACTS_IRP_MJ_PNP 0x1b

/* The index of "X->MajorFunction[index]" when lhs is one with a constant index, else -1. */
static long long dls_facts_major_function(CXCursor lhs) {
    CXCursor s = dls_clangx_strip(lhs), kids[2];
    long long index;
    if (clang_getCursorKind(s) != CXCursor_ArraySubscriptExpr ||
        dls_clangx_children(s, kids, 2) != 2 || !dls_clangx_eval_int(kids[1], &index))
        return -1;
    char *field = dls_facts_member_name(kids[0]);
    int major = field && strcmp(field, "MajorFunction") == 0;
    free(field);
    return major ? index : -1;
}

static char *dls_facts_member_name(CXCursor lhs) {
    CXCursor s = dls_clangx_strip(lhs);
    if (clang_getCursorKind(s) != CXCursor_MemberRefExpr)
        return NULL;
    return dls_clangx_str(clang_getCursorSpelling(s));
}

/* lhs = rhs (rhs already walked; call is the index of rhs's call event or -1). */
static void dls_facts_store(dls_xctx *x, CXCursor at, CXCursor lhs, CXCursor rhs, int call) {
    int dst = dls_facts_slot_of(x, lhs);
    if (call >= 0) {
        if (dst >= 0)
            x->fn->cfg.blocks[x->cur].ev[call].ret_slot = dst;
        return;
    }
    dls_val v = dls_facts_src_of(x, rhs);
    if (v.kind == DLS_VAL_FUNC) {
        char *field = dls_facts_member_name(lhs);
        dls_facts_registration(x, &v, clang_getCursorType(lhs), field);
        free(field);
        if (dls_facts_major_function(lhs) == DLS_FACTS_IRP_MJ_PNP)
            dls_facts_add_role(x, v.func, v.func_usr, "IRP_MJ_PNP", DLS_ROLE_REGISTRATION);
    }
    if (dst >= 0)
        dls_facts_assign(x, at, dst, v);
    else
        dls_val_free(&v);
}

static int dls_facts_walk_expr_at(dls_xctx *x, CXCursor c);

/* Walk an expression in evaluation order, emitting its calls and assignments into the current
 * block. Returns the index of the call event when c (stripped) is a call, else -1. Past
 * DLS_FACTS_MAX_EXPR_DEPTH the function is given up. */
static int dls_facts_walk_expr(dls_xctx *x, CXCursor c) {
    if (x->depth >= DLS_FACTS_MAX_EXPR_DEPTH) {
        x->fn->has_errors = 1;
        return -1;
    }
    x->depth++;
    int call = dls_facts_walk_expr_at(x, c);
    x->depth--;
    return call;
}

static int dls_facts_walk_expr_at(dls_xctx *x, CXCursor c) {
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_CallExpr)
        return dls_facts_call(x, c);
    if (k == CXCursor_BinaryOperator) {
        CXCursor kids[2];
        if (dls_clangx_children(c, kids, 2) != 2)
            return -1;
        dls_op op = dls_clangx_binop(c, &x->src);
        if (op == DLS_OP_ASSIGN) {
            int call = dls_facts_walk_expr(x, kids[1]);
            dls_facts_store(x, c, kids[0], kids[1], call);
            return -1;
        }
        dls_facts_walk_expr(x, kids[0]);
        dls_facts_walk_expr(x, kids[1]);
        return -1;
    }
    if (k == CXCursor_CompoundAssignOperator) {
        CXCursor kids[2];
        if (dls_clangx_children(c, kids, 2) != 2)
            return -1;
        dls_facts_walk_expr(x, kids[1]);
        int dst = dls_facts_slot_of(x, kids[0]);
        if (dst >= 0) {
            dls_val v = {0};
            v.slot = -1;
            dls_facts_assign(x, c, dst, v);
        }
        return -1;
    }
    if (k == CXCursor_UnaryOperator) {
        CXCursor opnd;
        if (dls_clangx_children(c, &opnd, 1) != 1)
            return -1;
        dls_facts_walk_expr(x, opnd);
        if (dls_clangx_unop(c, &x->src) == DLS_OP_INCDEC) {
            int dst = dls_facts_slot_of(x, opnd);
            if (dst >= 0) {
                dls_val v = {0};
                v.slot = -1;
                dls_facts_assign(x, c, dst, v);
            }
        }
        return -1;
    }
    if (k == CXCursor_InitListExpr)
        dls_facts_init_list(x, c);
    /* sizeof / alignof: the operand is not evaluated, so nothing in it runs (a WPP trace's
     * arguments, wpp.h) */
    if (!clang_isExpression(k) || k == CXCursor_UnaryExpr)
        return -1;
    dls_kids kids = dls_facts_kids(c);
    int r = -1;
    for (unsigned i = 0; i < kids.n; i++) {
        if (!clang_isExpression(clang_getCursorKind(kids.items[i])))
            continue;
        int e = dls_facts_walk_expr(x, kids.items[i]);
        /* wrappers (parens, casts) pass their operand's call through */
        if (kids.n == 1 || (k == CXCursor_CStyleCastExpr && i == kids.n - 1))
            r = e;
    }
    free(kids.items);
    if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr && k != CXCursor_CStyleCastExpr)
        r = -1;
    return r;
}

/* ---- conditions ----------------------------------------------------------------------------- */

static dls_cmp dls_facts_cmp(dls_op op, int swapped) {
    switch (op) {
    case DLS_OP_EQ:
        return DLS_CMP_EQ;
    case DLS_OP_NE:
        return DLS_CMP_NE;
    case DLS_OP_LT:
        return swapped ? DLS_CMP_GT : DLS_CMP_LT;
    case DLS_OP_LE:
        return swapped ? DLS_CMP_GE : DLS_CMP_LE;
    case DLS_OP_GT:
        return swapped ? DLS_CMP_LT : DLS_CMP_GT;
    default:
        return swapped ? DLS_CMP_LE : DLS_CMP_GE;
    }
}

/* The slot an operand of a condition stands for: an lvalue, or a temp holding a call's result. */
static int dls_facts_operand_slot(dls_xctx *x, CXCursor c, int call) {
    if (call >= 0) {
        dls_event *ev = &x->fn->cfg.blocks[x->cur].ev[call];
        if (ev->ret_slot < 0)
            ev->ret_slot = dls_facts_new_temp(x);
        return ev->ret_slot;
    }
    CXCursor s = dls_clangx_strip(c);
    if (clang_getCursorKind(s) == CXCursor_BinaryOperator &&
        dls_clangx_binop(s, &x->src) == DLS_OP_ASSIGN) {
        CXCursor kids[2];
        if (dls_clangx_children(s, kids, 2) == 2)
            return dls_facts_slot_of(x, kids[0]); /* if ((x = f()) == NULL) */
    }
    return dls_facts_slot_of(x, c);
}

static void dls_facts_branch(dls_xctx *x, CXCursor c, int slot, dls_cmp op, long long v, int t,
                             int f) {
    dls_cond cond = {slot, op, v};
    dls_loc loc;
    dls_clangx_loc(c, &loc);
    dls_cfg_branch(&x->fn->cfg, x->cur, &cond, &loc, t, f);
}

/* Branch on c: to t when true, f when false. Leaves x->cur unspecified (callers set it). */
static void dls_facts_cond(dls_xctx *x, CXCursor c, int t, int f) {
    CXCursor s = dls_clangx_strip(c);
    enum CXCursorKind k = clang_getCursorKind(s);
    long long v;
    if (dls_clangx_eval_int(c, &v)) {
        dls_cfg_jump(&x->fn->cfg, x->cur, v ? t : f);
        return;
    }
    if (k == CXCursor_BinaryOperator) {
        CXCursor kids[2];
        if (dls_clangx_children(s, kids, 2) == 2) {
            dls_op op = dls_clangx_binop(s, &x->src);
            if (op == DLS_OP_LAND || op == DLS_OP_LOR) {
                int mid = dls_cfg_new_block(&x->fn->cfg);
                if (op == DLS_OP_LAND)
                    dls_facts_cond(x, kids[0], mid, f);
                else
                    dls_facts_cond(x, kids[0], t, mid);
                x->cur = mid;
                dls_facts_cond(x, kids[1], t, f);
                return;
            }
            if (op >= DLS_OP_EQ && op <= DLS_OP_GE) {
                int lc = dls_facts_walk_expr(x, kids[0]);
                int rc = dls_facts_walk_expr(x, kids[1]);
                long long cv;
                if (dls_clangx_eval_int(kids[1], &cv)) {
                    int slot = dls_facts_operand_slot(x, kids[0], lc);
                    dls_facts_branch(x, s, slot, dls_facts_cmp(op, 0), cv, t, f);
                } else if (dls_clangx_eval_int(kids[0], &cv)) {
                    int slot = dls_facts_operand_slot(x, kids[1], rc);
                    dls_facts_branch(x, s, slot, dls_facts_cmp(op, 1), cv, t, f);
                } else {
                    dls_facts_branch(x, s, -1, DLS_CMP_NE, 0, t, f);
                }
                return;
            }
        }
    }
    if (k == CXCursor_UnaryOperator && dls_clangx_unop(s, &x->src) == DLS_OP_NOT) {
        CXCursor opnd;
        if (dls_clangx_children(s, &opnd, 1) == 1) {
            dls_facts_cond(x, opnd, f, t);
            return;
        }
    }
    if (k == CXCursor_ConditionalOperator) {
        CXCursor kids[3];
        if (dls_clangx_children(s, kids, 3) == 3) {
            int a = dls_cfg_new_block(&x->fn->cfg), b = dls_cfg_new_block(&x->fn->cfg);
            dls_facts_cond(x, kids[0], a, b);
            x->cur = a;
            dls_facts_cond(x, kids[1], t, f);
            x->cur = b;
            dls_facts_cond(x, kids[2], t, f);
            return;
        }
    }
    /* a truth test: x, f(), (x = f()) */
    int call = dls_facts_walk_expr(x, s);
    int slot = dls_facts_operand_slot(x, s, call);
    dls_facts_branch(x, s, slot, DLS_CMP_NE, 0, t, f);
}

/* ---- statements ----------------------------------------------------------------------------- */

static int dls_facts_label(dls_xctx *x, const char *name) {
    int b = dls_strmap_get(&x->labels, name);
    if (b < 0) {
        b = dls_cfg_new_block(&x->fn->cfg);
        dls_strmap_put(&x->labels, name, b);
    }
    return b;
}

/* End the current block with a jump and continue in a new (unreachable) block. */
static void dls_facts_jump_away(dls_xctx *x, int to) {
    dls_cfg_jump(&x->fn->cfg, x->cur, to);
    x->cur = dls_cfg_new_block(&x->fn->cfg);
}

/* Whether a VarDecl's last child is its initialiser (not an array size): a '=' precedes it. */
static int dls_facts_has_init(dls_xctx *x, CXCursor var, CXCursor last) {
    unsigned from = dls_clangx_offset(clang_getCursorLocation(var));
    dls_loc l;
    dls_clangx_loc(last, &l);
    if (l.begin > x->src.len || from >= l.begin)
        return 0;
    for (unsigned i = from; i < l.begin; i++)
        if (x->src.text[i] == '=')
            return 1;
    return 0;
}

static void dls_facts_decl(dls_xctx *x, CXCursor c) {
    dls_kids k = dls_facts_kids(c);
    for (unsigned i = 0; i < k.n; i++) {
        CXCursor var = k.items[i];
        if (clang_getCursorKind(var) != CXCursor_VarDecl)
            continue;
        dls_kids vk = dls_facts_kids(var);
        if (vk.n > 0 && clang_isExpression(clang_getCursorKind(vk.items[vk.n - 1])) &&
            dls_facts_has_init(x, var, vk.items[vk.n - 1])) {
            CXCursor init = vk.items[vk.n - 1];
            int call = dls_facts_walk_expr(x, init);
            /* a DeclRefExpr-like view of the variable: use the VarDecl itself for the slot */
            char *name = dls_clangx_str(clang_getCursorSpelling(var));
            int static_local = clang_Cursor_getStorageClass(var) == CX_SC_Static;
            char *key =
                static_local
                    ? NULL
                    : dls_xasprintf("%s@%u", name, dls_clangx_offset(clang_getCursorLocation(var)));
            int dst = key ? dls_strmap_get(&x->slots, key) : -1;
            if (key && dst < 0) {
                dst = dls_facts_slot(x, DLS_SLOT_LOCAL, key, clang_getNullCursor(), NULL, -1);
                dls_slot *s = &x->fn->slots[dst];
                free(s->text);
                s->text = dls_xstrdup(name);
                s->pointee = dls_clangx_record_name(clang_getCursorType(var), 1);
            }
            if (dst >= 0) {
                if (call >= 0) {
                    x->fn->cfg.blocks[x->cur].ev[call].ret_slot = dst;
                } else {
                    dls_val v = dls_facts_src_of(x, init);
                    if (v.kind == DLS_VAL_FUNC)
                        dls_facts_registration(x, &v, clang_getCursorType(var), NULL);
                    dls_facts_assign(x, var, dst, v);
                }
            }
            free(key);
            free(name);
        }
        free(vk.items);
    }
    free(k.items);
}

static void dls_facts_if(dls_xctx *x, CXCursor c) {
    dls_kids k = dls_facts_kids(c);
    if (k.n < 2) {
        free(k.items);
        return;
    }
    dls_cfg *g = &x->fn->cfg;
    int t = dls_cfg_new_block(g), join = dls_cfg_new_block(g);
    int f = k.n > 2 ? dls_cfg_new_block(g) : join;
    dls_facts_cond(x, k.items[0], t, f);
    x->cur = t;
    dls_facts_stmt(x, k.items[1]);
    dls_cfg_jump(g, x->cur, join);
    if (k.n > 2) {
        x->cur = f;
        dls_facts_stmt(x, k.items[2]);
        dls_cfg_jump(g, x->cur, join);
    }
    x->cur = join;
    free(k.items);
}

static void dls_facts_loop_body(dls_xctx *x, CXCursor body, int brk, int cont) {
    int ob = x->brk, oc = x->cont;
    x->brk = brk;
    x->cont = cont;
    dls_facts_stmt(x, body);
    x->brk = ob;
    x->cont = oc;
}

static void dls_facts_while(dls_xctx *x, CXCursor c) {
    dls_kids k = dls_facts_kids(c);
    dls_cfg *g = &x->fn->cfg;
    if (k.n >= 2) {
        int head = dls_cfg_new_block(g), body = dls_cfg_new_block(g), out = dls_cfg_new_block(g);
        dls_cfg_jump(g, x->cur, head);
        x->cur = head;
        dls_facts_cond(x, k.items[k.n - 2], body, out);
        x->cur = body;
        dls_facts_loop_body(x, k.items[k.n - 1], out, head);
        dls_cfg_jump(g, x->cur, head);
        x->cur = out;
    }
    free(k.items);
}

static void dls_facts_do(dls_xctx *x, CXCursor c) {
    dls_kids k = dls_facts_kids(c);
    dls_cfg *g = &x->fn->cfg;
    if (k.n == 2) {
        int body = dls_cfg_new_block(g), test = dls_cfg_new_block(g), out = dls_cfg_new_block(g);
        dls_cfg_jump(g, x->cur, body);
        x->cur = body;
        dls_facts_loop_body(x, k.items[0], out, test);
        dls_cfg_jump(g, x->cur, test);
        x->cur = test;
        dls_facts_cond(x, k.items[1], body, out);
        x->cur = out;
    }
    free(k.items);
}

/* Offsets of the two ';' of a for header, or 0 when they cannot be found. */
static int dls_facts_for_semis(dls_xctx *x, CXCursor c, unsigned *s1, unsigned *s2,
                               unsigned *close) {
    dls_loc l;
    dls_clangx_loc(c, &l);
    if (l.end > x->src.len)
        return 0;
    const char *t = x->src.text;
    unsigned i = l.begin;
    while (i < l.end && t[i] != '(')
        i++;
    int depth = 0, n = 0;
    for (; i < l.end; i++) {
        if (t[i] == '(') {
            depth++;
        } else if (t[i] == ')') {
            if (--depth == 0) {
                *close = i;
                return n == 2;
            }
        } else if (t[i] == ';' && depth == 1) {
            if (n == 0)
                *s1 = i;
            else
                *s2 = i;
            n++;
        }
    }
    return 0;
}

static void dls_facts_for(dls_xctx *x, CXCursor c) {
    dls_kids k = dls_facts_kids(c);
    dls_cfg *g = &x->fn->cfg;
    unsigned s1 = 0, s2 = 0, close = 0;
    CXCursor init = clang_getNullCursor(), cond = init, inc = init, body = init;
    if (k.n > 0 && dls_facts_for_semis(x, c, &s1, &s2, &close)) {
        for (unsigned i = 0; i < k.n; i++) {
            dls_loc l;
            dls_clangx_loc(k.items[i], &l);
            if (l.begin < s1)
                init = k.items[i];
            else if (l.begin < s2)
                cond = k.items[i];
            else if (l.begin < close)
                inc = k.items[i];
            else
                body = k.items[i];
        }
    } else if (k.n > 0) {
        body = k.items[k.n - 1]; /* header from a macro: keep the body, drop the rest */
    }
    if (!clang_Cursor_isNull(init))
        dls_facts_stmt(x, init);
    int head = dls_cfg_new_block(g), bb = dls_cfg_new_block(g), step = dls_cfg_new_block(g),
        out = dls_cfg_new_block(g);
    dls_cfg_jump(g, x->cur, head);
    x->cur = head;
    if (!clang_Cursor_isNull(cond))
        dls_facts_cond(x, cond, bb, out);
    else
        dls_cfg_jump(g, head, bb);
    x->cur = bb;
    if (!clang_Cursor_isNull(body))
        dls_facts_loop_body(x, body, out, step);
    dls_cfg_jump(g, x->cur, step);
    x->cur = step;
    if (!clang_Cursor_isNull(inc))
        dls_facts_walk_expr(x, inc);
    dls_cfg_jump(g, x->cur, head);
    x->cur = out;
    free(k.items);
}

static void dls_facts_switch(dls_xctx *x, CXCursor c) {
    dls_kids k = dls_facts_kids(c);
    dls_cfg *g = &x->fn->cfg;
    if (k.n >= 2) {
        CXCursor e = k.items[k.n - 2];
        int call = dls_facts_walk_expr(x, e);
        int slot = dls_facts_operand_slot(x, e, call);
        dls_loc loc;
        dls_clangx_loc(e, &loc);
        int sw = x->cur, out = dls_cfg_new_block(g);
        dls_cfg_switch(g, sw, slot, &loc);
        int osw = x->sw, ob = x->brk;
        x->sw = sw;
        x->brk = out;
        x->cur = dls_cfg_new_block(g);
        dls_facts_stmt(x, k.items[k.n - 1]);
        dls_cfg_jump(g, x->cur, out);
        if (g->blocks[sw].sw_default < 0)
            g->blocks[sw].sw_default = out;
        x->sw = osw;
        x->brk = ob;
        x->cur = out;
    }
    free(k.items);
}

static void dls_facts_case(dls_xctx *x, CXCursor c, int is_default) {
    dls_kids k = dls_facts_kids(c);
    dls_cfg *g = &x->fn->cfg;
    int b = dls_cfg_new_block(g);
    dls_cfg_jump(g, x->cur, b);
    if (x->sw >= 0) {
        if (is_default) {
            g->blocks[x->sw].sw_default = b;
        } else if (k.n >= 1) {
            long long v = 0;
            int known = dls_clangx_eval_int(k.items[0], &v);
            dls_cfg_add_case(g, x->sw, known, v, b);
            dls_block *sw = &g->blocks[x->sw];
            dls_clangx_loc(k.items[0], &sw->cases[sw->n_cases - 1].loc);
        }
    }
    x->cur = b;
    if (k.n >= 1)
        dls_facts_stmt(x, k.items[k.n - 1]);
    free(k.items);
}

/* Emit copies of the enclosing __finally blocks (innermost first) before leaving the function. */
static void dls_facts_run_finally(dls_xctx *x) {
    int saved = x->n_fin;
    for (int i = saved - 1; i >= 0; i--) {
        x->n_fin = i;
        dls_facts_stmt(x, x->fin[i]);
    }
    x->n_fin = saved;
}

static void dls_facts_return(dls_xctx *x, CXCursor c) {
    dls_kids k = dls_facts_kids(c);
    dls_loc loc;
    dls_clangx_loc(c, &loc);
    dls_val v;
    memset(&v, 0, sizeof v);
    v.slot = -1;
    int has = 0;
    if (k.n >= 1 && clang_isExpression(clang_getCursorKind(k.items[0]))) {
        has = 1;
        int call = dls_facts_walk_expr(x, k.items[0]);
        if (call >= 0) {
            v.kind = DLS_VAL_SLOT;
            v.slot = dls_facts_operand_slot(x, k.items[0], call);
        } else {
            v = dls_facts_val_of(x, k.items[0]);
        }
    }
    if (x->n_fin > 0)
        dls_facts_run_finally(x);
    dls_cfg_return(&x->fn->cfg, x->cur, has ? &v : NULL, 0, &loc);
    x->cur = dls_cfg_new_block(&x->fn->cfg);
    free(k.items);
}

static void dls_facts_try(dls_xctx *x, CXCursor c) {
    dls_kids k = dls_facts_kids(c);
    dls_cfg *g = &x->fn->cfg;
    if (k.n == 2) {
        enum CXCursorKind hk = clang_getCursorKind(k.items[1]);
        int end = dls_cfg_new_block(g);
        int oleave = x->leave;
        x->leave = end;
        int pushed = hk == CXCursor_SEHFinallyStmt && x->n_fin < DLS_FACTS_MAX_FINALLY;
        dls_kids h = dls_facts_kids(k.items[1]);
        if (pushed && h.n >= 1)
            x->fin[x->n_fin++] = h.items[h.n - 1];
        else
            pushed = 0;
        dls_facts_stmt(x, k.items[0]);
        if (pushed)
            x->n_fin--;
        x->leave = oleave;
        dls_cfg_jump(g, x->cur, end);
        x->cur = end;
        if (hk == CXCursor_SEHFinallyStmt) {
            if (h.n >= 1)
                dls_facts_stmt(x, h.items[h.n - 1]);
        } else if (hk == CXCursor_SEHExceptStmt && h.n >= 1) {
            /* the handler may run once the guarded body has had its effects */
            int handler = dls_cfg_new_block(g), after = dls_cfg_new_block(g);
            dls_cond unknown = {-1, DLS_CMP_NE, 0};
            dls_cfg_branch(g, end, &unknown, NULL, after, handler);
            x->cur = handler;
            if (h.n >= 2)
                dls_facts_walk_expr(x, h.items[0]);
            dls_facts_stmt(x, h.items[h.n - 1]);
            dls_cfg_jump(g, x->cur, after);
            x->cur = after;
        }
        free(h.items);
    }
    free(k.items);
}

/* Whether binary operator c has the same variable on both sides ((P) = (P)). */
static int dls_facts_self_assignment(CXCursor c) {
    CXCursor kids[2];
    if (dls_clangx_children(c, kids, 2) != 2)
        return 0;
    CXCursor l = clang_getCursorReferenced(dls_clangx_strip(kids[0]));
    CXCursor r = clang_getCursorReferenced(dls_clangx_strip(kids[1]));
    return !clang_Cursor_isNull(l) && clang_equalCursors(l, r);
}

static void dls_facts_stmt(dls_xctx *x, CXCursor c) {
    enum CXCursorKind k = clang_getCursorKind(c);
    switch (k) {
    case CXCursor_CompoundStmt: {
        dls_kids kids = dls_facts_kids(c);
        for (unsigned i = 0; i < kids.n; i++)
            dls_facts_stmt(x, kids.items[i]);
        free(kids.items);
        return;
    }
    case CXCursor_DeclStmt:
        dls_facts_decl(x, c);
        return;
    case CXCursor_IfStmt:
        dls_facts_if(x, c);
        return;
    case CXCursor_WhileStmt:
        dls_facts_while(x, c);
        return;
    case CXCursor_DoStmt:
        dls_facts_do(x, c);
        return;
    case CXCursor_ForStmt:
        dls_facts_for(x, c);
        return;
    case CXCursor_SwitchStmt:
        dls_facts_switch(x, c);
        return;
    case CXCursor_CaseStmt:
    case CXCursor_DefaultStmt:
        dls_facts_case(x, c, k == CXCursor_DefaultStmt);
        return;
    case CXCursor_BreakStmt:
        if (x->brk >= 0)
            dls_facts_jump_away(x, x->brk);
        return;
    case CXCursor_ContinueStmt:
        if (x->cont >= 0)
            dls_facts_jump_away(x, x->cont);
        return;
    case CXCursor_ReturnStmt:
        dls_facts_return(x, c);
        return;
    case CXCursor_GotoStmt: {
        CXCursor ref;
        if (dls_clangx_children(c, &ref, 1) == 1) {
            char *name = dls_clangx_str(clang_getCursorSpelling(ref));
            dls_facts_jump_away(x, dls_facts_label(x, name));
            free(name);
        }
        return;
    }
    case CXCursor_LabelStmt: {
        char *name = dls_clangx_str(clang_getCursorSpelling(c));
        int b = dls_facts_label(x, name);
        free(name);
        dls_cfg_jump(&x->fn->cfg, x->cur, b);
        x->cur = b;
        CXCursor sub;
        if (dls_clangx_children(c, &sub, 1) == 1)
            dls_facts_stmt(x, sub);
        return;
    }
    case CXCursor_SEHTryStmt:
        dls_facts_try(x, c);
        return;
    case CXCursor_SEHLeaveStmt:
        if (x->leave >= 0)
            dls_facts_jump_away(x, x->leave);
        return;
    case CXCursor_NullStmt:
        return;
    default:
        if (clang_isExpression(k))
            dls_facts_walk_expr(x, c);
        /* a binary operator as a whole statement is an assignment in all but name; one of a
         * pointer whose operator libclang 14 cannot show (its tokens come from a macro body, as in
         * an allocation macro `pPtr = (T *)ExAllocatePool...(...)`) may store a handle or the
         * record that holds one: the function is given up rather than checked without the store.
         * (Integer stores in macros, ETH_COPY_NETWORK_ADDRESS or KeRaiseIrql's `*(b) = ...`, hold
         * no handle; UNREFERENCED_PARAMETER's `(P) = (P)` stores nothing.) */
        if (k == CXCursor_BinaryOperator &&
            clang_getCanonicalType(clang_getCursorType(c)).kind == CXType_Pointer &&
            dls_clangx_binop(c, &x->src) == DLS_OP_UNKNOWN && !dls_facts_self_assignment(c))
            x->fn->has_errors = 1;
        return;
    }
}

/* ---- functions ------------------------------------------------------------------------------ */

static dls_ret_kind dls_facts_ret_kind(CXType t) {
    for (int guard = 0; guard < 16 && t.kind != CXType_Invalid; guard++) {
        if (t.kind == CXType_Elaborated) {
            t = clang_Type_getNamedType(t);
            continue;
        }
        if (t.kind != CXType_Typedef)
            break;
        char *name = dls_clangx_str(clang_getTypedefName(t));
        int status = strcmp(name, "NDIS_STATUS") == 0 || strcmp(name, "NTSTATUS") == 0;
        int boolean = strcmp(name, "BOOLEAN") == 0 || strcmp(name, "BOOL") == 0;
        free(name);
        if (status)
            return DLS_RET_STATUS;
        if (boolean)
            return DLS_RET_BOOL;
        t = clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(t));
    }
    CXType canon = clang_getCanonicalType(t);
    if (canon.kind == CXType_Void)
        return DLS_RET_VOID;
    if (canon.kind == CXType_Pointer)
        return DLS_RET_PTR;
    if (canon.kind == CXType_Bool)
        return DLS_RET_BOOL;
    return DLS_RET_OTHER;
}

static void dls_facts_function(dls_xctx *x, CXCursor c) {
    dls_file_facts *ff = x->ff;
    CXCursor body = clang_getNullCursor();
    dls_kids k = dls_facts_kids(c);
    for (unsigned i = 0; i < k.n; i++)
        if (clang_getCursorKind(k.items[i]) == CXCursor_CompoundStmt)
            body = k.items[i];
    free(k.items);
    if (clang_Cursor_isNull(body))
        return;
    if (ff->n_fns == x->cap_fns) {
        x->cap_fns = x->cap_fns ? x->cap_fns * 2 : 8;
        ff->fns = dls_xrealloc(ff->fns, x->cap_fns * sizeof *ff->fns);
    }
    dls_fn *fn = &ff->fns[ff->n_fns++];
    memset(fn, 0, sizeof *fn);
    fn->name = dls_clangx_str(clang_getCursorSpelling(c));
    fn->usr = dls_clangx_str(clang_getCursorUSR(c));
    fn->is_static = clang_Cursor_getStorageClass(c) == CX_SC_Static;
    CXSourceLocation nl = clang_getCursorLocation(c);
    clang_getExpansionLocation(nl, NULL, &fn->name_loc.line, &fn->name_loc.col,
                               &fn->name_loc.begin);
    fn->name_loc.end = fn->name_loc.begin + (unsigned)strlen(fn->name);
    fn->name_loc.end_line = fn->name_loc.line;
    fn->name_loc.end_col = fn->name_loc.col + (unsigned)strlen(fn->name);
    dls_clangx_loc(body, &fn->body_loc);
    fn->ret = dls_facts_ret_kind(clang_getCursorResultType(c));
    CXType ft = clang_getCursorType(c);
    if (ft.kind == CXType_Typedef)
        fn->role = dls_clangx_str(clang_getTypedefName(ft));
    int np = clang_Cursor_getNumArguments(c);
    x->n_params = 0;
    for (int i = 0; i < np && i < 32; i++)
        x->params[x->n_params++] = clang_Cursor_getArgument(c, (unsigned)i);
    fn->n_params = x->n_params;

    x->fn = fn;
    x->cap_slots = 0;
    x->n_temp = 0;
    x->brk = x->cont = x->sw = x->leave = -1;
    x->n_fin = 0;
    memset(&x->slots, 0, sizeof x->slots);
    memset(&x->labels, 0, sizeof x->labels);
    /* parameters are slots 0..n-1 so summaries can name them by index */
    for (unsigned i = 0; i < x->n_params; i++) {
        char key[32];
        snprintf(key, sizeof key, "%%param#%u", i);
        int id = dls_facts_slot(x, DLS_SLOT_PARAM, key, clang_getNullCursor(), NULL, (int)i);
        dls_slot *s = &fn->slots[id];
        free(s->text);
        s->text = dls_clangx_str(clang_getCursorSpelling(x->params[i]));
        s->pointee = dls_clangx_record_name(clang_getCursorType(x->params[i]), 1);
    }
    x->cur = dls_cfg_new_block(&fn->cfg);
    dls_facts_stmt(x, body);
    dls_loc end = fn->body_loc;
    if (end.end > end.begin) {
        end.begin = end.end - 1;
        end.line = end.end_line;
        end.col = end.end_col > 1 ? end.end_col - 1 : 1;
    }
    dls_cfg_return(&fn->cfg, x->cur, NULL, 1, &end);
    /* labels never defined (code in macros) fall through to an exit */
    for (unsigned i = 0; i < fn->cfg.n; i++) {
        dls_block *b = &fn->cfg.blocks[i];
        if (b->term == DLS_TERM_JUMP && b->succ[0] < 0)
            dls_cfg_return(&fn->cfg, (int)i, NULL, 1, &end);
    }
    /* the arrays to their size: a file of thousands of small functions is kept whole until the
     * rules have run */
    if (fn->cfg.n && fn->cfg.n < fn->cfg.cap) {
        fn->cfg.blocks = dls_xrealloc(fn->cfg.blocks, fn->cfg.n * sizeof *fn->cfg.blocks);
        fn->cfg.cap = fn->cfg.n;
    }
    if (fn->n_slots && fn->n_slots < x->cap_slots)
        fn->slots = dls_xrealloc(fn->slots, fn->n_slots * sizeof *fn->slots);
    dls_strmap_free(&x->slots);
    dls_strmap_free(&x->labels);
    x->fn = NULL;
}

/* ---- top level ------------------------------------------------------------------------------ */

static enum CXChildVisitResult dls_facts_top(CXCursor c, CXCursor parent, CXClientData d) {
    (void)parent;
    dls_xctx *x = d;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k != CXCursor_FunctionDecl && k != CXCursor_VarDecl)
        return CXChildVisit_Continue;
    CXSourceLocation loc = clang_getCursorLocation(c);
    if (clang_Location_isInSystemHeader(loc))
        return CXChildVisit_Continue;
    CXFile file;
    clang_getExpansionLocation(loc, &file, NULL, NULL, NULL);
    int in_main = file && x->main_file && clang_File_isEqual(file, x->main_file);
    if (k == CXCursor_FunctionDecl) {
        CXType t = clang_getCursorType(c);
        if (t.kind == CXType_Typedef) {
            char *role = dls_clangx_str(clang_getTypedefName(t));
            char *name = dls_clangx_str(clang_getCursorSpelling(c));
            char *usr = dls_clangx_str(clang_getCursorUSR(c));
            dls_facts_add_role(x, name, usr, role, DLS_ROLE_DECL);
            free(role);
            free(name);
            free(usr);
        }
        if (in_main && clang_isCursorDefinition(c))
            dls_facts_function(x, c);
    } else if (in_main) {
        dls_kids kids = dls_facts_kids(c);
        for (unsigned i = 0; i < kids.n; i++) {
            if (clang_getCursorKind(kids.items[i]) == CXCursor_InitListExpr)
                dls_facts_init_list(x, kids.items[i]);
            else if (i == kids.n - 1 && clang_isExpression(clang_getCursorKind(kids.items[i]))) {
                dls_val v = dls_facts_val_of(x, kids.items[i]);
                dls_facts_registration(x, &v, clang_getCursorType(c), NULL);
                dls_val_free(&v);
            }
        }
        free(kids.items);
    }
    return CXChildVisit_Continue;
}

/* Mark the functions whose facts clang's errors make unreliable: those with an error in their
 * body, and all of them when the file has a fatal error or misses a header (every type and call
 * that header declares is unknown, and clang says no more about the code that uses them). */
static void dls_facts_mark_errors(CXTranslationUnit tu, CXFile main_file, dls_file_facts *ff) {
    unsigned n = clang_getNumDiagnostics(tu);
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
        CXFile file;
        unsigned offset;
        clang_getExpansionLocation(clang_getDiagnosticLocation(d), &file, NULL, NULL, &offset);
        int whole_file = sev == CXDiagnostic_Fatal ||
                         (sev >= CXDiagnostic_Error && dls_diagnose_missing_header(d));
        clang_disposeDiagnostic(d);
        if (sev < CXDiagnostic_Error)
            continue;
        int in_main = file && main_file && clang_File_isEqual(file, main_file);
        for (unsigned f = 0; f < ff->n_fns; f++) {
            const dls_loc *b = &ff->fns[f].body_loc;
            if (whole_file || (in_main && offset >= b->begin && offset < b->end))
                ff->fns[f].has_errors = 1;
        }
    }
}

dls_file_facts *dls_facts_extract(CXTranslationUnit tu, const char *main_path, const char *text,
                                  size_t len) {
    dls_file_facts *ff = dls_xcalloc(1, sizeof *ff);
    ff->path = dls_xstrdup(main_path ? main_path : "");
    ff->text = dls_xstrndup(text ? text : "", text ? len : 0);
    ff->len = text ? len : 0;
    if (!tu)
        return ff;
    dls_xctx x;
    memset(&x, 0, sizeof x);
    x.ff = ff;
    x.src.text = ff->text;
    x.src.len = ff->len;
    x.main_file = clang_getFile(tu, main_path);
    if (!x.main_file) {
        CXString sp = clang_getTranslationUnitSpelling(tu);
        x.main_file = clang_getFile(tu, clang_getCString(sp));
        clang_disposeString(sp);
    }
    x.brk = x.cont = x.sw = x.leave = -1;
    /* a walk skips the declarations of a shared PCH: its headers' roles come first, as they
     * would in the walk of a plain parse */
    const dls_file_facts *shared = dls_prefix_facts(tu);
    for (unsigned i = 0; shared && i < shared->n_roles; i++)
        dls_facts_add_role(&x, shared->roles[i].func, shared->roles[i].usr, shared->roles[i].role,
                           shared->roles[i].how);
    clang_visitChildren(clang_getTranslationUnitCursor(tu), dls_facts_top, &x);
    dls_facts_mark_errors(tu, x.main_file, ff);
    return ff;
}

static void dls_fn_free(dls_fn *fn) {
    free(fn->name);
    free(fn->usr);
    free(fn->role);
    for (unsigned i = 0; i < fn->n_slots; i++) {
        free(fn->slots[i].key);
        free(fn->slots[i].text);
        free(fn->slots[i].record);
        free(fn->slots[i].pointee);
    }
    free(fn->slots);
    dls_cfg_free(&fn->cfg);
}

void dls_facts_free(dls_file_facts *ff) {
    if (!ff)
        return;
    for (unsigned i = 0; i < ff->n_fns; i++)
        dls_fn_free(&ff->fns[i]);
    free(ff->fns);
    for (unsigned i = 0; i < ff->n_roles; i++) {
        free(ff->roles[i].func);
        free(ff->roles[i].usr);
        free(ff->roles[i].role);
    }
    free(ff->roles);
    free(ff->path);
    free(ff->text);
    free(ff);
}

const dls_fn *dls_facts_find(const dls_file_facts *ff, const char *name) {
    for (unsigned i = 0; i < ff->n_fns; i++)
        if (strcmp(ff->fns[i].name, name) == 0)
            return &ff->fns[i];
    return NULL;
}

/* ---- signature ------------------------------------------------------------------------------ */

static unsigned long long dls_facts_mix(unsigned long long h, const char *s) {
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return (h ^ 0xff) * 1099511628211ull;
}

static unsigned long long dls_facts_mix_int(unsigned long long h, long long v) {
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", v);
    return dls_facts_mix(h, buf);
}

unsigned long long dls_facts_signature(const dls_file_facts *ff) {
    unsigned long long h = 1469598103934665603ull;
    for (unsigned i = 0; i < ff->n_fns; i++) {
        const dls_fn *fn = &ff->fns[i];
        h = dls_facts_mix(h, fn->usr);
        h = dls_facts_mix_int(h, fn->ret);
        h = dls_facts_mix(h, fn->role);
        for (unsigned s = 0; s < fn->n_slots; s++)
            h = dls_facts_mix(h, fn->slots[s].key);
        for (unsigned b = 0; b < fn->cfg.n; b++) {
            const dls_block *bl = &fn->cfg.blocks[b];
            h = dls_facts_mix_int(h, bl->term * 1000003ll + bl->succ[0] * 1009ll + bl->succ[1]);
            h = dls_facts_mix_int(h, bl->cond.slot * 31ll + bl->cond.op);
            h = dls_facts_mix_int(h, bl->cond.c);
            for (unsigned e = 0; e < bl->n_ev; e++) {
                const dls_event *ev = &bl->ev[e];
                h = dls_facts_mix(h, ev->callee);
                h = dls_facts_mix_int(h, ev->kind * 7919ll + ev->ret_slot * 31ll + ev->dst);
                h = dls_facts_mix_int(h, ev->k.api * 131ll + ev->k.pool);
                for (unsigned a = 0; a < ev->n_args; a++)
                    h = dls_facts_mix_int(h, ev->args[a].kind * 131ll + ev->args[a].slot);
            }
        }
    }
    for (unsigned i = 0; i < ff->n_roles; i++) {
        h = dls_facts_mix(h, ff->roles[i].func);
        h = dls_facts_mix(h, ff->roles[i].role);
    }
    return h;
}
