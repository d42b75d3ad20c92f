/*
 * clangx.h - libclang helpers the fact extractor needs and libclang 14 lacks: operator kinds of
 * binary/unary operator cursors (API on libclang 17+, otherwise read from the source text between
 * the operands), stripping of parens and casts, constant evaluation, source locations as byte
 * offsets, record names for slots, and role names from function-typedef types. Thread: the thread
 * that holds the translation unit of the cursors passed in.
 */
#ifndef DLS_CLANGX_H
#define DLS_CLANGX_H

#include <clang-c/Index.h>
#include <stddef.h>

typedef enum {
    DLS_OP_UNKNOWN = 0,
    DLS_OP_ASSIGN,
    DLS_OP_EQ,
    DLS_OP_NE,
    DLS_OP_LT,
    DLS_OP_LE,
    DLS_OP_GT,
    DLS_OP_GE,
    DLS_OP_LAND,
    DLS_OP_LOR,
    DLS_OP_NOT,    /* unary ! */
    DLS_OP_DEREF,  /* unary * */
    DLS_OP_ADDR,   /* unary & */
    DLS_OP_INCDEC, /* ++ or --, prefix or postfix */
    DLS_OP_ADD,    /* binary + */
    DLS_OP_OTHER   /* any other operator (arithmetic, bitwise, comma, unary minus, ...) */
} dls_op;

/* A location as byte offsets into the main file plus 1-based line/column (expansion locations). */
typedef struct {
    unsigned begin, end;
    unsigned line, col, end_line, end_col;
} dls_loc;

/* The main file's text, used to read operator tokens between operands. Borrowed. */
typedef struct {
    const char *text;
    size_t len;
} dls_clangx_src;

/* Operator of a CXCursor_BinaryOperator / CXCursor_UnaryOperator cursor. Inside macro bodies where
 * the token cannot be read, well-known macros (NT_SUCCESS) are recognised; else DLS_OP_UNKNOWN. */
dls_op dls_clangx_binop(CXCursor c, const dls_clangx_src *src);
dls_op dls_clangx_unop(CXCursor c, const dls_clangx_src *src);

/* Up to max children of c in *out; returns the total number of children. */
unsigned dls_clangx_children(CXCursor c, CXCursor *out, unsigned max);
/* Skip ParenExpr, casts and implicit (unexposed, single-child) expressions. */
CXCursor dls_clangx_strip(CXCursor c);
/* Integer value of a constant expression (NULL and (void *)0 count as 0). Returns 1 when constant.
 */
int dls_clangx_eval_int(CXCursor c, long long *out);
/* Expansion-location range of a cursor. */
void dls_clangx_loc(CXCursor c, dls_loc *out);
/* Byte offset (expansion location) of a source location. */
unsigned dls_clangx_offset(CXSourceLocation l);
/* Name of the record type t (or that t points to when deref != 0): the tag without leading
 * underscores, else the typedef name; NULL when t is not a record. New heap string. */
char *dls_clangx_record_name(CXType t, int deref);
/* The function-typedef name a type refers to, peeling pointers and typedefs (PDRIVER_UNLOAD ->
 * "DRIVER_UNLOAD"); NULL when there is none. New heap string. */
char *dls_clangx_role_of_type(CXType t);
/* Copy of a CXString (never NULL), disposing it. */
char *dls_clangx_str(CXString s);
/* Whether the cursor's location lies in a system header. */
int dls_clangx_in_system(CXCursor c);

#endif
