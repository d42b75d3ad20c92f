/*
 * fixes_src.h - the source-text side of quick-fixes (fixes.c): a scanner over one file's text that
 * tells code from comments, string/char literals and preprocessor lines; a walk over the
 * statements of a function body ("the statement of this block that contains this call", "the
 * statements of this block in order"); and the file's style (indentation unit, brace placement,
 * line endings), so that inserted text looks like the code around it.
 *
 * Offsets are byte offsets into the text the facts hold. Nothing here knows about libclang: the
 * scanner works on the text alone, and callers check what it finds against the facts (the return
 * statement starts where the CFG says, the call lies inside the statement). Ownership: a
 * dls_fix_src borrows the text and owns its mask (dls_fix_src_free). Thread: any; no shared
 * state.
 */
#ifndef DLS_FIXES_SRC_H
#define DLS_FIXES_SRC_H

#include <stddef.h>

#define DLS_FIX_NONE ((unsigned)-1)

typedef struct {
    const char *text; /* borrowed */
    unsigned len;
    unsigned char *kind; /* per byte: skipped (blank, comment, directive), code, or literal */
} dls_fix_src;

/* Scan text (borrowed; must outlive s). */
void dls_fix_src_init(dls_fix_src *s, const char *text, size_t len);
void dls_fix_src_free(dls_fix_src *s);

/* The first code or literal byte at or after off (len when none). */
unsigned dls_fix_src_next(const dls_fix_src *s, unsigned off);
/* The last code or literal byte before off, or DLS_FIX_NONE. */
unsigned dls_fix_src_prev(const dls_fix_src *s, unsigned off);
/* The bracket that closes the '(', '[' or '{' at off, or DLS_FIX_NONE. */
unsigned dls_fix_src_match(const dls_fix_src *s, unsigned off);
/* Whether the code at off is the identifier or keyword word (whole token). */
int dls_fix_src_word(const dls_fix_src *s, unsigned off, const char *word);
/* Length of the identifier starting at off (0 when none). */
unsigned dls_fix_src_ident(const dls_fix_src *s, unsigned off);

/* One statement of a compound block: [begin, end) from its first token to just past its ';' or
 * '}' (a label "Exit:" or "case X:" is a statement of its own); open/close are the block's
 * braces. */
typedef struct {
    unsigned begin, end;
    unsigned open, close;
} dls_fix_stmt;

/* The first statement of the block whose '{' is at open; 0 when the block is empty or cannot be
 * read. */
int dls_fix_src_first(const dls_fix_src *s, unsigned open, dls_fix_stmt *out);
/* Advance st to the next statement of its block; 0 at the end. */
int dls_fix_src_step(const dls_fix_src *s, dls_fix_stmt *st);
/* The innermost statement that lies directly in a block (inside the block whose '{' is at open, or
 * a block nested in it) and contains off. 0 when off is in no statement. */
int dls_fix_src_stmt_at(const dls_fix_src *s, unsigned open, unsigned off, dls_fix_stmt *out);

/* Call visit for every statement of the block at open and of the blocks nested in its statements,
 * in text order, until it returns nonzero (which dls_fix_src_walk then returns). */
typedef int (*dls_fix_src_visit)(const dls_fix_src *s, const dls_fix_stmt *st, void *user);
int dls_fix_src_walk(const dls_fix_src *s, unsigned open, dls_fix_src_visit visit, void *user);

/* Lines. */
unsigned dls_fix_src_line_start(const dls_fix_src *s, unsigned off);
/* Whether only blanks, and comments that open on the same line, precede off on its line. */
int dls_fix_src_starts_line(const dls_fix_src *s, unsigned off);
/* Whether only blanks and comments follow off up to the end of its line. */
int dls_fix_src_ends_line(const dls_fix_src *s, unsigned off);
/* The start of the line after the one holding off (len when it is the last line). */
unsigned dls_fix_src_next_line(const dls_fix_src *s, unsigned off);
/* The blanks that start the line holding off (new string). */
char *dls_fix_src_indent(const dls_fix_src *s, unsigned off);

/* How the code around a function is written. */
typedef struct {
    char unit[17];   /* one indentation level: "\t", "  ", "    ", ... */
    int allman;      /* opening braces of blocks on a line of their own */
    const char *eol; /* "\n" or "\r\n" (static) */
} dls_fix_style;

/* The style of the function whose body is the block at open, falling back to the whole file and
 * then to 4 spaces / K&R; eol is the line ending at offset at. */
void dls_fix_src_style(const dls_fix_src *s, unsigned open, unsigned at, dls_fix_style *out);

#endif
