/*
 * fixes_src.c - reading source text for quick-fixes (see fixes_src.h): a byte mask of code versus
 * comments, literals and directives; a statement walker for C function bodies (if/else, loops,
 * switch and case labels, do/while, __try/__except/__finally, labels, expression and declaration
 * statements); and the indentation, brace and line-ending style of a function or file.
 */
#include "fixes_src.h"
#include "analysis.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum { DLS_FS_SKIP = 0, DLS_FS_CODE = 1, DLS_FS_LIT = 2 };

#define DLS_FS_MAX_DEPTH 256

/* ---- the mask ------------------------------------------------------------------------------- */

/* Index just past a "/ *" comment starting at i (len when unterminated). */
static unsigned dls_fs_block_comment(const char *t, unsigned len, unsigned i) {
    for (i += 2; i + 1 < len; i++)
        if (t[i] == '*' && t[i + 1] == '/')
            return i + 2;
    return len;
}

/* Index of the newline ending the line at i, honouring backslash continuations. */
static unsigned dls_fs_logical_eol(const char *t, unsigned len, unsigned i, int comments) {
    while (i < len && t[i] != '\n') {
        if (t[i] == '\\' && i + 1 < len && t[i + 1] == '\n') {
            i += 2;
        } else if (t[i] == '\\' && i + 2 < len && t[i + 1] == '\r' && t[i + 2] == '\n') {
            i += 3;
        } else if (comments && t[i] == '/' && i + 1 < len && t[i + 1] == '*') {
            i = dls_fs_block_comment(t, len, i);
        } else {
            i++;
        }
    }
    return i;
}

/* Index just past the literal whose opening quote is at i (it ends at its line's end at worst). */
static unsigned dls_fs_literal(const char *t, unsigned len, unsigned i) {
    char q = t[i];
    for (i++; i < len && t[i] != '\n'; i++) {
        if (t[i] == '\\' && i + 1 < len)
            i++;
        else if (t[i] == q)
            return i + 1;
    }
    return i;
}

void dls_fix_src_init(dls_fix_src *s, const char *text, size_t len) {
    s->text = text;
    s->len = (unsigned)len;
    s->kind = dls_xcalloc(len ? len : 1, 1);
    const char *t = text;
    unsigned n = s->len, i = 0;
    int line_start = 1;
    while (i < n) {
        char c = t[i];
        unsigned j;
        if (c == '\n') {
            line_start = 1;
            i++;
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            i++;
        } else if (c == '/' && i + 1 < n && t[i + 1] == '/') {
            i = dls_fs_logical_eol(t, n, i, 0);
        } else if (c == '/' && i + 1 < n && t[i + 1] == '*') {
            i = dls_fs_block_comment(t, n, i);
        } else if (c == '#' && line_start) {
            i = dls_fs_logical_eol(t, n, i, 1);
        } else if (c == '"' || c == '\'') {
            j = dls_fs_literal(t, n, i);
            memset(s->kind + i, DLS_FS_LIT, j - i);
            i = j;
            line_start = 0;
        } else {
            s->kind[i++] = DLS_FS_CODE;
            line_start = 0;
        }
    }
}

void dls_fix_src_free(dls_fix_src *s) {
    free(s->kind);
    s->kind = NULL;
}

/* ---- tokens --------------------------------------------------------------------------------- */

unsigned dls_fix_src_next(const dls_fix_src *s, unsigned off) {
    while (off < s->len && s->kind[off] == DLS_FS_SKIP)
        off++;
    return off < s->len ? off : s->len;
}

unsigned dls_fix_src_prev(const dls_fix_src *s, unsigned off) {
    if (off > s->len)
        off = s->len;
    while (off > 0) {
        off--;
        if (s->kind[off] != DLS_FS_SKIP)
            return off;
    }
    return DLS_FIX_NONE;
}

/* Whether the byte at off is code (not a literal) equal to c. */
static int dls_fs_is(const dls_fix_src *s, unsigned off, char c) {
    return off < s->len && s->kind[off] == DLS_FS_CODE && s->text[off] == c;
}

unsigned dls_fix_src_match(const dls_fix_src *s, unsigned off) {
    if (off >= s->len || s->kind[off] != DLS_FS_CODE || !strchr("([{", s->text[off]))
        return DLS_FIX_NONE;
    int depth = 0;
    for (unsigned i = off; i < s->len; i++) {
        if (s->kind[i] != DLS_FS_CODE)
            continue;
        char c = s->text[i];
        if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            if (--depth == 0)
                return i;
        }
    }
    return DLS_FIX_NONE;
}

static int dls_fs_ident_char(char c) {
    return isalnum((unsigned char)c) || c == '_';
}

unsigned dls_fix_src_ident(const dls_fix_src *s, unsigned off) {
    if (off >= s->len || s->kind[off] != DLS_FS_CODE ||
        !(isalpha((unsigned char)s->text[off]) || s->text[off] == '_'))
        return 0;
    if (off > 0 && s->kind[off - 1] == DLS_FS_CODE && dls_fs_ident_char(s->text[off - 1]))
        return 0; /* the middle of a word */
    unsigned n = 0;
    while (off + n < s->len && s->kind[off + n] == DLS_FS_CODE &&
           dls_fs_ident_char(s->text[off + n]))
        n++;
    return n;
}

int dls_fix_src_word(const dls_fix_src *s, unsigned off, const char *word) {
    unsigned n = dls_fix_src_ident(s, off);
    return n && n == strlen(word) && memcmp(s->text + off, word, n) == 0;
}

/* ---- statements ----------------------------------------------------------------------------- */

static unsigned dls_fs_stmt_end(const dls_fix_src *s, unsigned p, unsigned limit, int depth);

/* Just past the parenthesised group that must follow off (after blanks), or DLS_FIX_NONE. */
static unsigned dls_fs_after_parens(const dls_fix_src *s, unsigned off) {
    unsigned q = dls_fix_src_next(s, off);
    if (!dls_fs_is(s, q, '('))
        return DLS_FIX_NONE;
    unsigned m = dls_fix_src_match(s, q);
    return m == DLS_FIX_NONE ? m : m + 1;
}

/* Just past the ';' that ends the simple statement at p (brackets skipped whole). */
static unsigned dls_fs_to_semicolon(const dls_fix_src *s, unsigned p, unsigned limit) {
    for (unsigned i = p; i < limit; i++) {
        if (s->kind[i] != DLS_FS_CODE)
            continue;
        char c = s->text[i];
        if (c == '(' || c == '[' || c == '{') {
            unsigned m = dls_fix_src_match(s, i);
            if (m == DLS_FIX_NONE || m >= limit)
                return DLS_FIX_NONE;
            i = m;
        } else if (c == ';') {
            return i + 1;
        } else if (c == ')' || c == ']' || c == '}') {
            return DLS_FIX_NONE;
        }
    }
    return DLS_FIX_NONE;
}

/* Just past the ':' of a label or case starting at p. */
static unsigned dls_fs_to_colon(const dls_fix_src *s, unsigned p, unsigned limit) {
    for (unsigned i = p; i < limit; i++) {
        if (s->kind[i] != DLS_FS_CODE)
            continue;
        if (s->text[i] == '(' || s->text[i] == '[') {
            unsigned m = dls_fix_src_match(s, i);
            if (m == DLS_FIX_NONE)
                return m;
            i = m;
        } else if (s->text[i] == ':') {
            return i + 1;
        } else if (s->text[i] == ';' || s->text[i] == '{' || s->text[i] == '}') {
            return DLS_FIX_NONE;
        }
    }
    return DLS_FIX_NONE;
}

/* if (...) S [else S] */
static unsigned dls_fs_if(const dls_fix_src *s, unsigned p, unsigned limit, int depth) {
    unsigned q = dls_fs_after_parens(s, p + 2);
    if (q == DLS_FIX_NONE)
        return q;
    unsigned e = dls_fs_stmt_end(s, q, limit, depth + 1);
    if (e == DLS_FIX_NONE)
        return e;
    unsigned r = dls_fix_src_next(s, e);
    if (r < limit && dls_fix_src_word(s, r, "else"))
        return dls_fs_stmt_end(s, r + 4, limit, depth + 1);
    return e;
}

/* do S while (...); */
static unsigned dls_fs_do(const dls_fix_src *s, unsigned p, unsigned limit, int depth) {
    unsigned e = dls_fs_stmt_end(s, p + 2, limit, depth + 1);
    if (e == DLS_FIX_NONE)
        return e;
    unsigned r = dls_fix_src_next(s, e);
    if (!dls_fix_src_word(s, r, "while"))
        return DLS_FIX_NONE;
    unsigned q = dls_fs_after_parens(s, r + 5);
    if (q == DLS_FIX_NONE)
        return q;
    q = dls_fix_src_next(s, q);
    return dls_fs_is(s, q, ';') ? q + 1 : DLS_FIX_NONE;
}

/* __try S (__except (...) S | __finally S) */
static unsigned dls_fs_try(const dls_fix_src *s, unsigned p, unsigned limit, int depth) {
    unsigned e = dls_fs_stmt_end(s, p + 5, limit, depth + 1);
    if (e == DLS_FIX_NONE)
        return e;
    unsigned r = dls_fix_src_next(s, e);
    if (dls_fix_src_word(s, r, "__except")) {
        unsigned q = dls_fs_after_parens(s, r + 8);
        return q == DLS_FIX_NONE ? q : dls_fs_stmt_end(s, q, limit, depth + 1);
    }
    if (dls_fix_src_word(s, r, "__finally"))
        return dls_fs_stmt_end(s, r + 9, limit, depth + 1);
    return e;
}

/* Statements that start with a word: keywords and labels. DLS_FIX_NONE when not one of them. */
static unsigned dls_fs_word_stmt(const dls_fix_src *s, unsigned p, unsigned limit, int depth,
                                 int *handled) {
    unsigned n = dls_fix_src_ident(s, p);
    *handled = 1;
    if (dls_fix_src_word(s, p, "if"))
        return dls_fs_if(s, p, limit, depth);
    if (dls_fix_src_word(s, p, "while") || dls_fix_src_word(s, p, "for") ||
        dls_fix_src_word(s, p, "switch")) {
        unsigned q = dls_fs_after_parens(s, p + n);
        return q == DLS_FIX_NONE ? q : dls_fs_stmt_end(s, q, limit, depth + 1);
    }
    if (dls_fix_src_word(s, p, "do"))
        return dls_fs_do(s, p, limit, depth);
    if (dls_fix_src_word(s, p, "__try"))
        return dls_fs_try(s, p, limit, depth);
    if (dls_fix_src_word(s, p, "case") || dls_fix_src_word(s, p, "default"))
        return dls_fs_to_colon(s, p + n, limit);
    if (dls_fix_src_word(s, p, "else"))
        return DLS_FIX_NONE;
    unsigned q = dls_fix_src_next(s, p + n);
    if (dls_fs_is(s, q, ':') && !dls_fs_is(s, q + 1, ':'))
        return q + 1; /* a label */
    *handled = 0;
    return DLS_FIX_NONE;
}

/* Just past the statement that starts at (or after blanks from) p, or DLS_FIX_NONE. */
static unsigned dls_fs_stmt_end(const dls_fix_src *s, unsigned p, unsigned limit, int depth) {
    if (depth > DLS_FS_MAX_DEPTH)
        return DLS_FIX_NONE;
    p = dls_fix_src_next(s, p);
    if (p >= limit)
        return DLS_FIX_NONE;
    if (dls_fs_is(s, p, '{')) {
        unsigned m = dls_fix_src_match(s, p);
        return m == DLS_FIX_NONE || m >= limit ? DLS_FIX_NONE : m + 1;
    }
    if (dls_fs_is(s, p, ';'))
        return p + 1;
    if (dls_fix_src_ident(s, p)) {
        int handled;
        unsigned e = dls_fs_word_stmt(s, p, limit, depth, &handled);
        if (handled)
            return e;
    }
    return dls_fs_to_semicolon(s, p, limit);
}

static int dls_fs_fill(const dls_fix_src *s, unsigned p, unsigned open, unsigned close,
                       dls_fix_stmt *out) {
    p = dls_fix_src_next(s, p);
    if (p >= close)
        return 0;
    unsigned e = dls_fs_stmt_end(s, p, close, 0);
    if (e == DLS_FIX_NONE || e > close)
        return 0;
    out->begin = p;
    out->end = e;
    out->open = open;
    out->close = close;
    return 1;
}

int dls_fix_src_first(const dls_fix_src *s, unsigned open, dls_fix_stmt *out) {
    unsigned close = dls_fix_src_match(s, open);
    if (close == DLS_FIX_NONE || !dls_fs_is(s, open, '{'))
        return 0;
    return dls_fs_fill(s, open + 1, open, close, out);
}

int dls_fix_src_step(const dls_fix_src *s, dls_fix_stmt *st) {
    return dls_fs_fill(s, st->end, st->open, st->close, st);
}

/* Whether the '{' at i opens a block (not an initializer list or a brace inside an expression). */
static int dls_fs_opens_block(const dls_fix_src *s, unsigned i) {
    unsigned p = dls_fix_src_prev(s, i);
    return p == DLS_FIX_NONE || !(dls_fs_is(s, p, '=') || dls_fs_is(s, p, ',') ||
                                  dls_fs_is(s, p, '(') || dls_fs_is(s, p, '['));
}

/* The next '{' in [from, st->end) that opens a block of statement st (the statement itself when it
 * is a compound, the bodies of if/else, loops, switch, __try...), skipping what lies inside
 * parentheses, brackets and the blocks found; DLS_FIX_NONE when there is none. */
static unsigned dls_fs_next_block(const dls_fix_src *s, const dls_fix_stmt *st, unsigned from) {
    for (unsigned i = from; i < st->end; i++) {
        if (s->kind[i] != DLS_FS_CODE)
            continue;
        char c = s->text[i];
        if (c != '(' && c != '[' && c != '{')
            continue;
        if (c == '{' && (i == st->begin || dls_fs_opens_block(s, i)))
            return i;
        unsigned m = dls_fix_src_match(s, i);
        if (m == DLS_FIX_NONE)
            return m;
        i = m;
    }
    return DLS_FIX_NONE;
}

int dls_fix_src_stmt_at(const dls_fix_src *s, unsigned open, unsigned off, dls_fix_stmt *out) {
    for (int depth = 0; depth < DLS_FS_MAX_DEPTH; depth++) {
        dls_fix_stmt st;
        int found = 0;
        for (int ok = dls_fix_src_first(s, open, &st); ok; ok = dls_fix_src_step(s, &st)) {
            if (st.begin <= off && off < st.end) {
                found = 1;
                break;
            }
            if (st.begin > off)
                break;
        }
        if (!found)
            return 0;
        *out = st;
        unsigned inner = DLS_FIX_NONE;
        for (unsigned b = dls_fs_next_block(s, &st, st.begin); b != DLS_FIX_NONE;) {
            unsigned m = dls_fix_src_match(s, b);
            if (m == DLS_FIX_NONE || b >= off)
                break;
            if (off < m) {
                inner = b;
                break;
            }
            b = dls_fs_next_block(s, &st, m + 1);
        }
        if (inner == DLS_FIX_NONE)
            return 1;
        open = inner;
    }
    return 0;
}

static int dls_fs_walk(const dls_fix_src *s, unsigned open, dls_fix_src_visit visit, void *user,
                       int depth) {
    if (depth > DLS_FS_MAX_DEPTH)
        return 0;
    dls_fix_stmt st;
    for (int ok = dls_fix_src_first(s, open, &st); ok; ok = dls_fix_src_step(s, &st)) {
        int r = visit(s, &st, user);
        if (r)
            return r;
        for (unsigned b = dls_fs_next_block(s, &st, st.begin); b != DLS_FIX_NONE;) {
            unsigned m = dls_fix_src_match(s, b);
            if (m == DLS_FIX_NONE)
                break;
            r = dls_fs_walk(s, b, visit, user, depth + 1);
            if (r)
                return r;
            b = dls_fs_next_block(s, &st, m + 1);
        }
    }
    return 0;
}

int dls_fix_src_walk(const dls_fix_src *s, unsigned open, dls_fix_src_visit visit, void *user) {
    return dls_fs_walk(s, open, visit, user, 0);
}

/* ---- lines ---------------------------------------------------------------------------------- */

unsigned dls_fix_src_line_start(const dls_fix_src *s, unsigned off) {
    if (off > s->len)
        off = s->len;
    while (off > 0 && s->text[off - 1] != '\n')
        off--;
    return off;
}

int dls_fix_src_starts_line(const dls_fix_src *s, unsigned off) {
    unsigned i = dls_fix_src_line_start(s, off);
    while (i < off) {
        if (s->text[i] == ' ' || s->text[i] == '\t') {
            i++;
        } else if (i + 1 < off && s->text[i] == '/' && s->text[i + 1] == '*') {
            i = dls_fs_block_comment(s->text, off, i); /* a comment that opens on this line */
        } else {
            return 0;
        }
    }
    return i == off;
}

int dls_fix_src_ends_line(const dls_fix_src *s, unsigned off) {
    for (unsigned i = off; i < s->len && s->text[i] != '\n'; i++)
        if (s->kind[i] != DLS_FS_SKIP)
            return 0;
    return 1;
}

unsigned dls_fix_src_next_line(const dls_fix_src *s, unsigned off) {
    while (off < s->len && s->text[off] != '\n')
        off++;
    return off < s->len ? off + 1 : s->len;
}

char *dls_fix_src_indent(const dls_fix_src *s, unsigned off) {
    unsigned a = dls_fix_src_line_start(s, off), b = a;
    while (b < s->len && (s->text[b] == ' ' || s->text[b] == '\t'))
        b++;
    return dls_xstrndup(s->text + a, b - a);
}

/* ---- style ---------------------------------------------------------------------------------- */

typedef struct {
    unsigned tabs, spaces[9]; /* indentation steps seen: one tab, or 1..8 spaces */
    unsigned allman, knr;
} dls_fs_votes;

/* Indentation steps: a code line deeper than the code line before it, when that one ends in '{'. */
static void dls_fs_vote_indent(const dls_fix_src *s, unsigned from, unsigned to, dls_fs_votes *v) {
    unsigned prev_ind = 0, prev_len = 0;
    int prev_open = 0, have_prev = 0;
    for (unsigned line = dls_fix_src_line_start(s, from); line < to;
         line = dls_fix_src_next_line(s, line)) {
        unsigned i = line;
        while (i < s->len && (s->text[i] == ' ' || s->text[i] == '\t'))
            i++;
        if (i >= s->len || s->kind[i] != DLS_FS_CODE)
            continue; /* blank, comment or directive line */
        unsigned ind = i - line;
        if (have_prev && prev_open && ind > prev_len &&
            memcmp(s->text + line, s->text + prev_ind, prev_len) == 0) {
            const char *d = s->text + line + prev_len;
            unsigned n = ind - prev_len;
            if (n == 1 && d[0] == '\t')
                v->tabs++;
            else if (n <= 8 && strspn(d, " ") >= n)
                v->spaces[n]++;
        }
        unsigned eol = dls_fix_src_next_line(s, line);
        unsigned last = dls_fix_src_prev(s, eol);
        prev_open = last != DLS_FIX_NONE && last >= line && dls_fs_is(s, last, '{');
        prev_ind = line;
        prev_len = ind;
        have_prev = 1;
    }
}

/* Braces that open blocks inside [from, to): on their own line (Allman) or not (K&R). Braces at
 * file level (function bodies, which both styles put on their own line) do not vote. */
static void dls_fs_vote_braces(const dls_fix_src *s, unsigned from, unsigned to, int skip_top,
                               dls_fs_votes *v) {
    int depth = 0;
    for (unsigned i = from; i < to && i < s->len; i++) {
        if (s->kind[i] != DLS_FS_CODE)
            continue;
        if (s->text[i] == '}') {
            depth--;
            continue;
        }
        if (s->text[i] != '{')
            continue;
        int top = depth == 0;
        depth++;
        if ((skip_top && top) || !dls_fs_opens_block(s, i))
            continue;
        if (dls_fix_src_starts_line(s, i))
            v->allman++;
        else
            v->knr++;
    }
}

/* The indentation unit the votes favour; 0 when there are none. */
static int dls_fs_pick_unit(const dls_fs_votes *v, char unit[17]) {
    unsigned best = v->tabs, width = 0;
    for (unsigned n = 1; n <= 8; n++) {
        if (v->spaces[n] > best) {
            best = v->spaces[n];
            width = n;
        }
    }
    if (best == 0)
        return 0;
    if (width == 0) {
        strcpy(unit, "\t");
    } else {
        memset(unit, ' ', width);
        unit[width] = '\0';
    }
    return 1;
}

static const char *dls_fs_eol_at(const dls_fix_src *s, unsigned at) {
    unsigned i = at < s->len ? at : s->len;
    while (i < s->len && s->text[i] != '\n')
        i++;
    if (i >= s->len) {
        /* last line: the file's first line ending */
        const char *nl = memchr(s->text, '\n', s->len);
        return nl && nl > s->text && nl[-1] == '\r' ? "\r\n" : "\n";
    }
    return i > 0 && s->text[i - 1] == '\r' ? "\r\n" : "\n";
}

void dls_fix_src_style(const dls_fix_src *s, unsigned open, unsigned at, dls_fix_style *out) {
    unsigned close = dls_fix_src_match(s, open);
    if (close == DLS_FIX_NONE)
        close = s->len;
    dls_fs_votes fn, file;
    memset(&fn, 0, sizeof fn);
    memset(&file, 0, sizeof file);
    dls_fs_vote_indent(s, open, close, &fn);
    dls_fs_vote_braces(s, open + 1, close, 0, &fn);
    if (!dls_fs_pick_unit(&fn, out->unit)) {
        dls_fs_vote_indent(s, 0, s->len, &file);
        if (!dls_fs_pick_unit(&file, out->unit))
            strcpy(out->unit, "    ");
    }
    if (fn.allman == fn.knr) {
        memset(&file, 0, sizeof file);
        dls_fs_vote_braces(s, 0, s->len, 1, &file);
        out->allman = file.allman > file.knr;
    } else {
        out->allman = fn.allman > fn.knr;
    }
    out->eol = dls_fs_eol_at(s, at);
}
