/*
 * clangx.c - libclang helpers for the fact extractor (see clangx.h). The operator-kind helpers are
 * the one place that knows which libclang version is in use.
 */
#include "clangx.h"
#include "analysis.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

char *dls_clangx_str(CXString s) {
    const char *p = clang_getCString(s);
    char *r = dls_xstrdup(p ? p : "");
    clang_disposeString(s);
    return r;
}

unsigned dls_clangx_offset(CXSourceLocation l) {
    unsigned off = 0;
    clang_getExpansionLocation(l, NULL, NULL, NULL, &off);
    return off;
}

void dls_clangx_loc(CXCursor c, dls_loc *out) {
    CXSourceRange r = clang_getCursorExtent(c);
    clang_getExpansionLocation(clang_getRangeStart(r), NULL, &out->line, &out->col, &out->begin);
    clang_getExpansionLocation(clang_getRangeEnd(r), NULL, &out->end_line, &out->end_col,
                               &out->end);
    if (out->end < out->begin) {
        out->end = out->begin;
        out->end_line = out->line;
        out->end_col = out->col;
    }
}

int dls_clangx_in_system(CXCursor c) {
    return clang_Location_isInSystemHeader(clang_getCursorLocation(c));
}

typedef struct {
    CXCursor *out;
    unsigned max, n;
} dls_clangx_kids;

static enum CXChildVisitResult dls_clangx_kid(CXCursor c, CXCursor parent, CXClientData d) {
    (void)parent;
    dls_clangx_kids *k = d;
    if (k->n < k->max)
        k->out[k->n] = c;
    k->n++;
    return CXChildVisit_Continue;
}

unsigned dls_clangx_children(CXCursor c, CXCursor *out, unsigned max) {
    dls_clangx_kids k = {out, max, 0};
    clang_visitChildren(c, dls_clangx_kid, &k);
    return k.n;
}

CXCursor dls_clangx_strip(CXCursor c) {
    for (;;) {
        enum CXCursorKind k = clang_getCursorKind(c);
        CXCursor kids[3];
        unsigned n;
        if (k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr) {
            n = dls_clangx_children(c, kids, 3);
            if (n != 1 || !clang_isExpression(clang_getCursorKind(kids[0])))
                return c;
            c = kids[0];
        } else if (k == CXCursor_CStyleCastExpr) {
            n = dls_clangx_children(c, kids, 3);
            if (n == 0 || n > 3 || !clang_isExpression(clang_getCursorKind(kids[n - 1])))
                return c;
            c = kids[n - 1];
        } else {
            return c;
        }
    }
}

int dls_clangx_eval_int(CXCursor c, long long *out) {
    CXCursor s = dls_clangx_strip(c);
    enum CXCursorKind k = clang_getCursorKind(s);
    if (k == CXCursor_GNUNullExpr) {
        *out = 0;
        return 1;
    }
    if (k == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(s);
        if (clang_getCursorKind(d) != CXCursor_EnumConstantDecl)
            return 0;
        *out = clang_getEnumConstantDeclValue(d);
        return 1;
    }
    if (k == CXCursor_CallExpr || k == CXCursor_MemberRefExpr || k == CXCursor_ArraySubscriptExpr)
        return 0;
    /* evaluate the outer cursor first: casts change the value ((NTSTATUS)0xC000009AL) */
    CXEvalResult ev = clang_Cursor_Evaluate(c);
    if (!ev && !clang_equalCursors(c, s))
        ev = clang_Cursor_Evaluate(s);
    if (!ev)
        return 0;
    int ok = clang_EvalResult_getKind(ev) == CXEval_Int;
    if (ok)
        *out = clang_EvalResult_getAsLongLong(ev);
    clang_EvalResult_dispose(ev);
    return ok;
}

/* Skip blanks and comments in text[i..end). */
static size_t dls_clangx_skip(const char *t, size_t i, size_t end) {
    while (i < end) {
        if (isspace((unsigned char)t[i]) || t[i] == '\\') {
            i++;
        } else if (t[i] == '/' && i + 1 < end && t[i + 1] == '/') {
            while (i < end && t[i] != '\n')
                i++;
        } else if (t[i] == '/' && i + 1 < end && t[i + 1] == '*') {
            i += 2;
            while (i + 1 < end && !(t[i] == '*' && t[i + 1] == '/'))
                i++;
            i += 2;
        } else {
            break;
        }
    }
    return i;
}

/* The binary operator whose text starts at p (n bytes available). */
static dls_op dls_clangx_binop_text(const char *p, size_t n) {
    char a = n > 0 ? p[0] : 0, b = n > 1 ? p[1] : 0, c = n > 2 ? p[2] : 0;
    if (a == '=' && b == '=')
        return DLS_OP_EQ;
    if (a == '!' && b == '=')
        return DLS_OP_NE;
    if (a == '&' && b == '&')
        return DLS_OP_LAND;
    if (a == '|' && b == '|')
        return DLS_OP_LOR;
    if (a == '<' && b == '=')
        return DLS_OP_LE;
    if (a == '>' && b == '=')
        return DLS_OP_GE;
    if ((a == '<' && b == '<') || (a == '>' && b == '>'))
        return c == '=' ? DLS_OP_UNKNOWN : DLS_OP_OTHER; /* <<= is a compound assignment */
    if (a == '<')
        return DLS_OP_LT;
    if (a == '>')
        return DLS_OP_GT;
    if (a == '=')
        return DLS_OP_ASSIGN;
    if (a == '+' && b != '+' && b != '=')
        return DLS_OP_ADD;
    if (a && strchr("+-*/%&|^,", a))
        return DLS_OP_OTHER;
    return DLS_OP_UNKNOWN;
}

/* The identifier at offset off of the main text (a macro name), compared with name. */
static int dls_clangx_ident_is(const dls_clangx_src *src, unsigned off, const char *name) {
    size_t n = strlen(name);
    if (!src->text || off + n > src->len || memcmp(src->text + off, name, n) != 0)
        return 0;
    return off + n == src->len ||
           !(isalnum((unsigned char)src->text[off + n]) || src->text[off + n] == '_');
}

#if CINDEX_VERSION_MINOR >= 64
static dls_op dls_clangx_from_api(enum CX_BinaryOperatorKind k) {
    switch (k) {
    case CX_BO_Assign:
        return DLS_OP_ASSIGN;
    case CX_BO_EQ:
        return DLS_OP_EQ;
    case CX_BO_NE:
        return DLS_OP_NE;
    case CX_BO_LT:
        return DLS_OP_LT;
    case CX_BO_LE:
        return DLS_OP_LE;
    case CX_BO_GT:
        return DLS_OP_GT;
    case CX_BO_GE:
        return DLS_OP_GE;
    case CX_BO_LAnd:
        return DLS_OP_LAND;
    case CX_BO_LOr:
        return DLS_OP_LOR;
    case CX_BO_Add:
        return DLS_OP_ADD;
    case CX_BO_Invalid:
        return DLS_OP_UNKNOWN;
    default:
        return DLS_OP_OTHER;
    }
}
#endif

dls_op dls_clangx_binop(CXCursor c, const dls_clangx_src *src) {
#if CINDEX_VERSION_MINOR >= 64
    (void)src;
    return dls_clangx_from_api(clang_getCursorBinaryOperatorKind(c));
#else
    CXCursor kids[2];
    if (dls_clangx_children(c, kids, 2) != 2 || !src->text)
        return DLS_OP_UNKNOWN;
    dls_loc self, lhs, rhs;
    dls_clangx_loc(c, &self);
    dls_clangx_loc(kids[0], &lhs);
    dls_clangx_loc(kids[1], &rhs);
    if (lhs.end < rhs.begin && rhs.begin <= src->len) {
        size_t i = dls_clangx_skip(src->text, lhs.end, rhs.begin);
        if (i < rhs.begin)
            return dls_clangx_binop_text(src->text + i, rhs.begin - i);
    }
    /* the operator comes from a macro body: recognise the macros conditions use */
    if (dls_clangx_ident_is(src, self.begin, "NT_SUCCESS"))
        return DLS_OP_GE;
    return DLS_OP_UNKNOWN;
#endif
}

dls_op dls_clangx_unop(CXCursor c, const dls_clangx_src *src) {
#if CINDEX_VERSION_MINOR >= 64
    (void)src;
    switch (clang_getCursorUnaryOperatorKind(c)) {
    case CXUnaryOperator_LNot:
        return DLS_OP_NOT;
    case CXUnaryOperator_Deref:
        return DLS_OP_DEREF;
    case CXUnaryOperator_AddrOf:
        return DLS_OP_ADDR;
    case CXUnaryOperator_PreInc:
    case CXUnaryOperator_PreDec:
    case CXUnaryOperator_PostInc:
    case CXUnaryOperator_PostDec:
        return DLS_OP_INCDEC;
    case CXUnaryOperator_Invalid:
        return DLS_OP_UNKNOWN;
    default:
        return DLS_OP_OTHER;
    }
#else
    CXCursor kid;
    if (dls_clangx_children(c, &kid, 1) != 1 || !src->text)
        return DLS_OP_UNKNOWN;
    dls_loc self, opnd;
    dls_clangx_loc(c, &self);
    dls_clangx_loc(kid, &opnd);
    if (self.end > src->len)
        return DLS_OP_UNKNOWN;
    const char *t = src->text;
    if (opnd.begin > self.begin) { /* prefix */
        size_t i = self.begin;
        char a = t[i], b = i + 1 < src->len ? t[i + 1] : 0;
        if ((a == '+' && b == '+') || (a == '-' && b == '-'))
            return DLS_OP_INCDEC;
        if (a == '!')
            return DLS_OP_NOT;
        if (a == '*')
            return DLS_OP_DEREF;
        if (a == '&')
            return DLS_OP_ADDR;
        if (a == '-' || a == '+' || a == '~')
            return DLS_OP_OTHER;
        return DLS_OP_UNKNOWN; /* a macro */
    }
    if (opnd.end < self.end && self.end >= 2) { /* postfix */
        const char *p = t + self.end - 2;
        if ((p[0] == '+' && p[1] == '+') || (p[0] == '-' && p[1] == '-'))
            return DLS_OP_INCDEC;
    }
    return DLS_OP_UNKNOWN;
#endif
}

static char *dls_clangx_strip_tag(const char *tag) {
    while (*tag == '_')
        tag++;
    return dls_xstrdup(tag);
}

char *dls_clangx_record_name(CXType t, int deref) {
    if (deref) {
        CXType c = clang_getCanonicalType(t);
        if (c.kind != CXType_Pointer)
            return NULL;
        /* desugar typedefs of pointers (PMP_ADAPTER) one level at a time to keep names */
        while (t.kind == CXType_Typedef || t.kind == CXType_Elaborated)
            t = t.kind == CXType_Typedef
                    ? clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(t))
                    : clang_Type_getNamedType(t);
        t = t.kind == CXType_Pointer ? clang_getPointeeType(t) : clang_getPointeeType(c);
    }
    CXType canon = clang_getCanonicalType(t);
    if (canon.kind != CXType_Record)
        return NULL;
    CXCursor decl = clang_getTypeDeclaration(canon);
    char *tag = dls_clangx_str(clang_getCursorSpelling(decl));
    if (tag[0] && !strchr(tag, ' ') && !strchr(tag, '(')) {
        char *r = dls_clangx_strip_tag(tag);
        free(tag);
        return r;
    }
    free(tag);
    /* anonymous record: the typedef name that names it, if t is one */
    while (t.kind == CXType_Elaborated)
        t = clang_Type_getNamedType(t);
    if (t.kind == CXType_Typedef)
        return dls_clangx_str(clang_getTypedefName(t));
    return NULL;
}

char *dls_clangx_role_of_type(CXType t) {
    for (int guard = 0; guard < 16; guard++) {
        if (t.kind == CXType_Elaborated) {
            t = clang_Type_getNamedType(t);
        } else if (t.kind == CXType_Typedef) {
            CXType canon = clang_getCanonicalType(t);
            if (canon.kind == CXType_FunctionProto || canon.kind == CXType_FunctionNoProto)
                return dls_clangx_str(clang_getTypedefName(t));
            t = clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(t));
        } else if (t.kind == CXType_Pointer) {
            t = clang_getPointeeType(t);
        } else {
            return NULL;
        }
    }
    return NULL;
}
