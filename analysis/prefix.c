/*
 * prefix.c - shared precompiled headers of the leading #include lines of one-shot parses: the
 * split of a file's text, the registry of keys and PCH files, the build of a PCH. See prefix.h.
 */
#include "prefix.h"
#include "analysis.h"
#include "facts.h"
#include "platform.h"

#include <clang-c/Index.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum {
    MAX_KEYS = 512, /* keys remembered (the first file of a key only records it) */
    MAX_LINES = 32, /* leading #include lines considered */
    MAX_PCHS = 4,   /* PCH files kept at once */
    MAX_BREAKS = 2  /* a key whose PCH failed to load this often in a row is not built again */
};

/* --- the split -------------------------------------------------------------------------------- */

static int is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Index of the '\n' ending the line that starts at i, or len. */
static size_t line_end(const char *t, size_t len, size_t i) {
    const char *nl = memchr(t + i, '\n', len - i);
    return nl ? (size_t)(nl - t) : len;
}

/* Skip white space and comments in t[i, e); *in_comment carries a block comment over lines.
 * Returns the index of the first other character, or e. */
static size_t skip_comments(const char *t, size_t i, size_t e, int *in_comment) {
    while (i < e) {
        if (*in_comment) {
            if (t[i] == '*' && i + 1 < e && t[i + 1] == '/') {
                *in_comment = 0;
                i++;
            }
            i++;
        } else if (is_space(t[i])) {
            i++;
        } else if (t[i] == '/' && i + 1 < e && t[i + 1] == '*') {
            *in_comment = 1;
            i += 2;
        } else if (t[i] == '/' && i + 1 < e && t[i + 1] == '/') {
            return e;
        } else {
            return i;
        }
    }
    return e;
}

/* Whether t[b, e) holds something that makes a line unsafe to classify by itself: a line
 * splice (backslash before the newline), a trigraph, a NUL. */
static int awkward_line(const char *t, size_t b, size_t e) {
    size_t last = e;
    while (last > b && is_space(t[last - 1]))
        last--;
    if (last > b && t[last - 1] == '\\')
        return 1;
    for (size_t i = b; i + 1 < e; i++)
        if (t[i] == '?' && t[i + 1] == '?')
            return 1;
    return memchr(t + b, '\0', e - b) != NULL;
}

/* Whether t[b, e), a line starting with '#' at b, is a plain `#include <x>` or `#include "x"`
 * with nothing after it. Sets *end to the end of the directive (trailing white space cut). */
static int plain_include(const char *t, size_t b, size_t e, size_t *end) {
    size_t i = b + 1;
    while (i < e && (t[i] == ' ' || t[i] == '\t'))
        i++;
    if (e - i < 8 || memcmp(t + i, "include", 7) != 0)
        return 0;
    i += 7;
    while (i < e && (t[i] == ' ' || t[i] == '\t'))
        i++;
    if (i >= e || (t[i] != '<' && t[i] != '"'))
        return 0;
    char close = t[i] == '<' ? '>' : '"';
    const char *c = memchr(t + i + 1, close, e - i - 1);
    if (!c || c == t + i + 1)
        return 0;
    *end = (size_t)(c - t) + 1;
    for (size_t k = *end; k < e; k++)
        if (!is_space(t[k]))
            return 0;
    return 1;
}

/* Append t[b, e) and a newline to the growing string *s of length *n. */
static void append_line(char **s, size_t *n, const char *t, size_t b, size_t e) {
    *s = dls_xrealloc(*s, *n + (e - b) + 2);
    memcpy(*s + *n, t + b, e - b);
    *n += e - b;
    (*s)[(*n)++] = '\n';
    (*s)[*n] = '\0';
}

unsigned dls_prefix_split_text(const char *text, size_t len, unsigned max, dls_prefix_split *out) {
    memset(out, 0, sizeof *out);
    char *header = NULL, *body = NULL;
    size_t n = 0;
    unsigned count = 0;
    int in_comment = 0;
    if (max > MAX_LINES)
        max = MAX_LINES;
    for (size_t b = 0; b < len && count < max;) {
        size_t e = line_end(text, len, b), p, end;
        if (awkward_line(text, b, e))
            break;
        int commented = in_comment;
        p = skip_comments(text, b, e, &in_comment);
        if (p == e) {
            b = e + 1;
            continue;
        }
        size_t q = b;
        while (q < p && is_space(text[q]))
            q++;
        if (commented || q != p || text[p] != '#' || !plain_include(text, p, e, &end))
            break; /* not a directive alone on its line */
        if (!body)
            body = dls_xstrndup(text, len);
        append_line(&header, &n, text, p, end);
        memset(body + b, ' ', end - b);
        out->ends = dls_xrealloc(out->ends, (count + 1) * sizeof *out->ends);
        out->ends[count] = end;
        count++;
        b = e + 1;
    }
    if (!count)
        return 0;
    out->header = header;
    out->body = body;
    out->len = len;
    out->count = count;
    return count;
}

void dls_prefix_split_free(dls_prefix_split *s) {
    free(s->header);
    free(s->body);
    free(s->ends);
    memset(s, 0, sizeof *s);
}

/* --- the leading lines of the first local header -----------------------------------------------
 */

/* The directive word at t[i, e) after '#': its length, *at set to where it starts. */
static size_t directive_word(const char *t, size_t i, size_t e, size_t *at) {
    while (i < e && (t[i] == ' ' || t[i] == '\t'))
        i++;
    *at = i;
    size_t n = 0;
    while (i + n < e && ((t[i + n] >= 'a' && t[i + n] <= 'z') || t[i + n] == '_'))
        n++;
    return n;
}

/* The identifier at t[*i, e) after blanks, advancing *i past it; its length (0: none). */
static size_t identifier(const char *t, size_t *i, size_t e, size_t *at) {
    while (*i < e && (t[*i] == ' ' || t[*i] == '\t'))
        (*i)++;
    *at = *i;
    while (*i < e && (t[*i] == '_' || (t[*i] >= 'a' && t[*i] <= 'z') ||
                      (t[*i] >= 'A' && t[*i] <= 'Z') || (t[*i] >= '0' && t[*i] <= '9')))
        (*i)++;
    return *i - *at;
}

/* Whether t[i, e) holds a "/" "*" (a comment that may go on past the line). */
static int has_comment_start(const char *t, size_t i, size_t e) {
    for (; i + 1 < e; i++)
        if (t[i] == '/' && t[i + 1] == '*')
            return 1;
    return 0;
}

static int is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int only_blanks(const char *t, size_t i, size_t e) {
    while (i < e && is_space(t[i]))
        i++;
    return i == e;
}

/* The lines at the top of a header t[0, len) that can move ahead of its inclusion: after
 * comments, blank lines, `#pragma once` and an include guard (`#ifndef G` / `#define G`), its
 * object-like `#define` lines and `#include <...>` lines, up to the first other line. Appended to
 * *out (each ending in '\n', length *n). Returns how many #include lines there are. */
static unsigned movable_lines(const char *t, size_t len, char **out, size_t *n) {
    unsigned includes = 0;
    int in_comment = 0, guard_open = 0, lines = 0;
    size_t guard_at = 0, guard_len = 0;
    for (size_t b = 0; b < len;) {
        size_t e = line_end(t, len, b), p, at, end;
        if (awkward_line(t, b, e))
            break;
        int commented = in_comment;
        p = skip_comments(t, b, e, &in_comment);
        if (p == e) {
            b = e + 1;
            continue;
        }
        if (commented || t[p] != '#')
            break;
        size_t w = directive_word(t, p + 1, e, &at), i = at + w, name_at;
        if (guard_open) { /* the #define of the guard, right after its #ifndef */
            size_t k = identifier(t, &i, e, &name_at);
            if (w != 6 || memcmp(t + at, "define", 6) != 0 || k != guard_len ||
                memcmp(t + name_at, t + guard_at, k) != 0 || !only_blanks(t, i, e))
                break;
            guard_open = 0;
        } else if (w == 6 && memcmp(t + at, "pragma", 6) == 0) {
            size_t k = identifier(t, &i, e, &name_at);
            if (k != 4 || memcmp(t + name_at, "once", 4) != 0 || !only_blanks(t, i, e))
                break;
        } else if (w == 6 && memcmp(t + at, "ifndef", 6) == 0 && !lines && !guard_len) {
            guard_len = identifier(t, &i, e, &guard_at);
            if (!guard_len || !only_blanks(t, i, e))
                break;
            guard_open = 1;
        } else if (w == 6 && memcmp(t + at, "define", 6) == 0) {
            if (!identifier(t, &i, e, &name_at) || t[i] == '(' || has_comment_start(t, i, e))
                break; /* a function-like macro or a comment that may go on: keep it there */
            append_line(out, n, t, p, e);
            lines++;
        } else if (plain_include(t, p, e, &end) && t[at + 7 + strspn(t + at + 7, " \t")] == '<') {
            append_line(out, n, t, p, end);
            lines++;
            includes++;
        } else {
            break;
        }
        b = e + 1;
    }
    return includes;
}

/* The file a quoted #include of name in path resolves to: path's directory, then the -iquote and
 * -I directories of flags. New string, or NULL. */
static char *find_quoted(const char *path, const dls_flags *flags, const char *name) {
    const char *slash = strrchr(path, '/');
    char *cand =
        dls_xasprintf("%.*s/%s", slash ? (int)(slash - path) : 1, slash ? path : ".", name);
    for (int i = 0; !is_file(cand) && i < flags->argc; i++) {
        const char *a = flags->argv[i], *dir = NULL;
        if ((strcmp(a, "-I") == 0 || strcmp(a, "-iquote") == 0) && i + 1 < flags->argc)
            dir = flags->argv[++i];
        else if (strncmp(a, "-I", 2) == 0 && a[2])
            dir = a + 2;
        if (!dir)
            continue;
        free(cand);
        cand = dls_xasprintf("%s/%s", dir, name);
    }
    if (is_file(cand))
        return cand;
    free(cand);
    return NULL;
}

/* A prefix that reaches past the first quoted #include of header, to a header of the driver
 * ("driver.h", "precomp.h") whose own first lines are system #includes: the lines before it, then
 * those lines of it. The file keeps its #include of the header (its guard makes the moved lines
 * no-ops there), so *at gets how many of the file's lines the prefix covers. New string, or NULL
 * when there is none. */
static char *expansion_of(const char *path, const dls_flags *flags, const char *header,
                          unsigned *at) {
    unsigned line = 0;
    const char *q = NULL;
    for (const char *l = header; *l && line < MAX_LINES; line++) {
        const char *nl = strchr(l, '\n');
        const char *quote = memchr(l, '"', nl ? (size_t)(nl - l) : strlen(l));
        if (quote) {
            q = quote;
            break;
        }
        l = nl ? nl + 1 : l + strlen(l);
    }
    const char *close = q ? strchr(q + 1, '"') : NULL;
    if (!close || close == q + 1)
        return NULL;
    char *name = dls_xstrndup(q + 1, (size_t)(close - q - 1));
    char *file = find_quoted(path, flags, name);
    free(name);
    char *text = NULL, *out = NULL;
    size_t len = 0, n = 0;
    if (file && dls_read_small_file(file, 1u << 20, &text, &len) == 0) {
        size_t before = (size_t)(q - header);
        while (before && header[before - 1] != '\n')
            before--;
        out = dls_xstrndup(header, before);
        n = before;
        if (!movable_lines(text, len, &out, &n)) {
            free(out);
            out = NULL;
        }
        *at = line;
    }
    free(text);
    free(file);
    return out;
}

/* --- when to share ---------------------------------------------------------------------------- */

int dls_prefix_enabled(void) {
    const char *s = getenv("DRVLS_NO_SHARED_PCH");
    return !s || !*s || strcmp(s, "0") == 0;
}

static int starts_with(const char *s, const char *p) {
    return strncmp(s, p, strlen(p)) == 0;
}

int dls_prefix_flags_ok(const dls_flags *flags) {
    static const char *const unsafe[] = {"-include", "--include", "-imacros", "--imacros",
                                         "/FI",      "-FI",       "-Xclang",  "--driver-mode",
                                         "-fmodule", "-emit"};
    for (int i = 0; i < flags->argc; i++)
        for (size_t k = 0; k < sizeof unsafe / sizeof *unsafe; k++)
            if (starts_with(flags->argv[i], unsafe[k]))
                return 0;
    return 1;
}

/* --- the registry ----------------------------------------------------------------------------- */

struct dls_prefix_pch {
    char *file;
    dls_file_facts *facts; /* of its headers: their role declarations */
    char **headers;        /* the files its parse read */
    size_t n_headers;
    char **supplied;                   /* the headers supplied in memory its parse read, */
    unsigned long long *supplied_hash; /* and a hash of their texts */
    size_t n_supplied;
    int guarded; /* every header the synthetic one includes has an include guard or #pragma once */
    int users;   /* parses holding it */
    int doomed;  /* dropped from its key: removed when the last user releases it */
    struct dls_prefix_pch *next_live, **prev_live; /* every PCH not yet freed */
};

struct guard_check {
    CXTranslationUnit tu;
    int guarded;
};

/* The headers a parse supplies in memory (includes.h), borrowed. */
typedef struct {
    const struct CXUnsavedFile *files;
    size_t n;
} prefix_extra;

/* A unit's translation unit parsed with a PCH. */
typedef struct binding {
    CXTranslationUnit tu;
    dls_prefix_pch *pch;
    struct binding *next;
} binding;

/* KEY_RECORDED: a file began with the prefix and is being parsed; KEY_SEEN: its parse found no
 * error in the prefix's headers (dls_prefix_learn), so the next file builds the PCH. */
typedef enum { KEY_RECORDED, KEY_SEEN, KEY_BUILDING, KEY_READY, KEY_FAILED } key_state;

typedef struct key_entry {
    char *key;
    unsigned long long hash; /* of key */
    key_state state;
    dls_prefix_pch *pch; /* when KEY_READY */
    int waiters;         /* threads waiting for its build */
    int breaks;          /* times its PCH failed to load */
    unsigned long long used;
    struct key_entry *next;
} key_entry;

static struct {
    pthread_mutex_t mu;
    pthread_cond_t built;
    key_entry *keys;
    size_t n_keys;
    binding *bindings;
    dls_prefix_pch *live;
    char *dir;      /* the private temporary directory, made on the first build */
    int dir_failed; /* none could be made, or the process is exiting */
    unsigned serial;
    unsigned long long clock;
} g = {.mu = PTHREAD_MUTEX_INITIALIZER, .built = PTHREAD_COND_INITIALIZER};

/* Remove p's file and free it. Lock held. */
static void pch_free(dls_prefix_pch *p) {
    *p->prev_live = p->next_live;
    if (p->next_live)
        p->next_live->prev_live = p->prev_live;
    remove(p->file);
    free(p->file);
    dls_facts_free(p->facts);
    for (size_t i = 0; i < p->n_headers; i++)
        free(p->headers[i]);
    free(p->headers);
    for (size_t i = 0; i < p->n_supplied; i++)
        free(p->supplied[i]);
    free(p->supplied);
    free(p->supplied_hash);
    free(p);
}

/* Take e's PCH away from it: freed now, or by its last user. Lock held. */
static void key_drop_pch(key_entry *e) {
    dls_prefix_pch *p = e->pch;
    e->pch = NULL;
    if (!p)
        return;
    if (p->users == 0)
        pch_free(p);
    else
        p->doomed = 1;
}

void dls_prefix_remove_files(void) {
    pthread_mutex_lock(&g.mu);
    for (dls_prefix_pch *p = g.live; p; p = p->next_live)
        remove(p->file);
    if (g.dir)
        dls_plat_rmdir(g.dir);
    g.dir_failed = 1; /* no more builds */
    pthread_mutex_unlock(&g.mu);
}

/* Make the temporary directory once. Returns 0 when there is none. Lock held. */
static int ensure_dir(void) {
    if (g.dir || g.dir_failed)
        return !g.dir_failed;
    g.dir = dls_plat_temp_dir("drvls-pch-");
    g.dir_failed = g.dir == NULL;
    if (g.dir)
        atexit(dls_prefix_remove_files);
    return g.dir != NULL;
}

/* FNV-1a of n bytes. */
static unsigned long long text_hash(const char *t, size_t n) {
    unsigned long long h = 14695981039346656037ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)t[i]) * 1099511628211ull;
    return h;
}

/* The key of a prefix: the file's directory, the working directory, the flags (and WPP
 * configuration), the first n bytes of header. */
static char *make_key(const char *path, const dls_flags *flags, const char *header, size_t n) {
    const char *slash = strrchr(path, '/');
    size_t dir_len = slash ? (size_t)(slash - path) : 0;
    char *key = dls_xasprintf("%.*s\x1f%s\x1f", (int)dir_len, path,
                              flags->directory ? flags->directory : "");
    for (int i = 0; i < flags->argc; i++) {
        char *k = dls_xasprintf("%s%s\x1f", key, flags->argv[i]);
        free(key);
        key = k;
    }
    char *k = dls_xasprintf("%s\x1d%s\x1e%.*s", key, flags->wpp ? flags->wpp : "", (int)n, header);
    free(key);
    return k;
}

static key_entry *key_find(const char *key) {
    unsigned long long h = text_hash(key, strlen(key));
    for (key_entry *e = g.keys; e; e = e->next)
        if (e->hash == h && strcmp(e->key, key) == 0)
            return e;
    return NULL;
}

/* Forget the least recently used key that nobody waits for, when there are too many. Lock held. */
static void keys_trim(void) {
    if (g.n_keys <= MAX_KEYS)
        return;
    key_entry **victim = NULL;
    for (key_entry **pe = &g.keys; *pe; pe = &(*pe)->next) {
        key_entry *e = *pe;
        if (e->state != KEY_BUILDING && e->waiters == 0 && (!victim || e->used < (*victim)->used))
            victim = pe;
    }
    if (!victim)
        return;
    key_entry *e = *victim;
    *victim = e->next;
    key_drop_pch(e);
    free(e->key);
    free(e);
    g.n_keys--;
}

/* Drop the least recently used PCHs beyond MAX_PCHS; their keys may build them again. */
static void pchs_trim(void) {
    for (;;) {
        size_t ready = 0;
        key_entry *oldest = NULL;
        for (key_entry *e = g.keys; e; e = e->next) {
            if (e->state != KEY_READY)
                continue;
            ready++;
            if (!oldest || e->used < oldest->used)
                oldest = e;
        }
        if (ready <= MAX_PCHS)
            return;
        key_drop_pch(oldest);
        oldest->state = KEY_SEEN;
    }
}

static key_entry *key_add(char *key) {
    key_entry *e = dls_xcalloc(1, sizeof *e);
    e->key = key;
    e->hash = text_hash(key, strlen(key));
    e->state = KEY_RECORDED;
    e->used = ++g.clock;
    e->next = g.keys;
    g.keys = e;
    g.n_keys++;
    keys_trim();
    return e;
}

/* --- the build -------------------------------------------------------------------------------- */

/* Whether the PCH's parse is fit to share: no error anywhere, no diagnostic at all in the
 * synthetic header (one there stands at the file's own #include lines). */
static int prefix_clean(CXTranslationUnit tu, const char *src) {
    CXFile synthetic = clang_getFile(tu, src);
    unsigned n = clang_getNumDiagnostics(tu);
    int clean = 1;
    for (unsigned i = 0; i < n && clean; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
        CXFile file = NULL;
        clang_getExpansionLocation(clang_getDiagnosticLocation(d), &file, NULL, NULL, NULL);
        if (sev >= CXDiagnostic_Error)
            clean = 0;
        else if (sev >= CXDiagnostic_Note && file && synthetic &&
                 clang_File_isEqual(file, synthetic))
            clean = 0;
        clang_disposeDiagnostic(d);
    }
    return clean;
}

static void add_header(CXFile file, CXSourceLocation *stack, unsigned depth, CXClientData data) {
    dls_prefix_pch *p = data;
    (void)stack;
    if (depth == 0) /* the synthetic header */
        return;
    CXString name = clang_getFileName(file);
    const char *s = clang_getCString(name);
    for (size_t i = 0; s && i < p->n_headers; i++)
        if (strcmp(p->headers[i], s) == 0)
            s = NULL;
    if (s && *s) {
        p->headers = dls_xrealloc(p->headers, (p->n_headers + 1) * sizeof *p->headers);
        p->headers[p->n_headers++] = dls_xstrdup(s);
    }
    clang_disposeString(name);
}

/* Record which of the supplied headers p's parse read, with a hash of each text. */
static void note_supplied(dls_prefix_pch *p, const prefix_extra *x) {
    for (size_t i = 0; i < x->n; i++) {
        for (size_t k = 0; k < p->n_headers; k++) {
            if (strcmp(p->headers[k], x->files[i].Filename) != 0)
                continue;
            p->supplied = dls_xrealloc(p->supplied, (p->n_supplied + 1) * sizeof *p->supplied);
            p->supplied_hash =
                dls_xrealloc(p->supplied_hash, (p->n_supplied + 1) * sizeof *p->supplied_hash);
            p->supplied[p->n_supplied] = dls_xstrdup(x->files[i].Filename);
            p->supplied_hash[p->n_supplied++] = text_hash(x->files[i].Contents, x->files[i].Length);
            break;
        }
    }
}

/* Whether a parse supplied with x sees the same headers p was built with: every supplied header
 * p read is supplied to it with the same text. */
static int same_supplied(const dls_prefix_pch *p, const prefix_extra *x) {
    for (size_t i = 0; i < p->n_supplied; i++) {
        size_t k = 0;
        while (k < x->n && strcmp(x->files[k].Filename, p->supplied[i]) != 0)
            k++;
        if (k == x->n || text_hash(x->files[k].Contents, x->files[k].Length) != p->supplied_hash[i])
            return 0;
    }
    return 1;
}

static void check_guard(CXFile file, CXSourceLocation *stack, unsigned depth, CXClientData data) {
    (void)stack;
    struct guard_check *g = data;
    if (depth == 1 && !clang_isFileMultipleIncludeGuarded(g->tu, file))
        g->guarded = 0;
}

/* Whether every header the synthetic one includes directly is guarded against a second
 * inclusion, so that including it again after the PCH changes nothing. */
static int all_guarded(CXTranslationUnit tu) {
    struct guard_check g = {tu, 1};
    clang_getInclusions(tu, check_guard, &g);
    return g.guarded;
}

/* Parse header as a prefix in path's directory (with the headers supplied in x) and save it to
 * out. Returns the new PCH (its headers' facts and files), or NULL when it failed. */
static dls_prefix_pch *build_pch(const char *path, const dls_flags *flags, const char *header,
                                 const prefix_extra *x, unsigned serial, char *out) {
    const char *slash = strrchr(path, '/');
    char *src = dls_xasprintf("%.*s/.drvls-prefix-%u.h", slash ? (int)(slash - path) : 1,
                              slash ? path : ".", serial);
    struct CXUnsavedFile *unsaved = dls_xcalloc(x->n + 1, sizeof *unsaved);
    unsaved[0] = (struct CXUnsavedFile){src, header, (unsigned long)strlen(header)};
    for (size_t i = 0; i < x->n; i++)
        unsaved[i + 1] = x->files[i];
    CXIndex index = clang_createIndex(0, 0);
    dls_plat_guard_refresh(); /* libclang's crash handlers, on the guard's signal stack */
    CXTranslationUnit tu = NULL;
    enum CXErrorCode err = clang_parseTranslationUnit2(
        index, src, (const char *const *)flags->argv, flags->argc, unsaved, (unsigned)x->n + 1,
        CXTranslationUnit_ForSerialization | CXTranslationUnit_Incomplete, &tu);
    free(unsaved);
    int ok = err == CXError_Success && tu && prefix_clean(tu, src) &&
             clang_saveTranslationUnit(tu, out, clang_defaultSaveOptions(tu)) == CXSaveError_None;
    dls_prefix_pch *p = NULL;
    if (ok) {
        p = dls_xcalloc(1, sizeof *p);
        p->file = out;
        p->facts = dls_facts_extract(tu, src, header, strlen(header));
        clang_getInclusions(tu, add_header, p);
        note_supplied(p, x);
        p->guarded = all_guarded(tu);
    } else {
        remove(out);
        free(out);
    }
    if (tu)
        clang_disposeTranslationUnit(tu);
    clang_disposeIndex(index);
    free(src);
    return p;
}

/* Build e's PCH with the lock released; others with the key wait. Lock held. */
static void key_build(key_entry *e, const char *path, const dls_flags *flags, const char *header,
                      const prefix_extra *x) {
    if (!ensure_dir()) {
        e->state = KEY_FAILED;
        return;
    }
    e->state = KEY_BUILDING;
    unsigned serial = ++g.serial;
    char *out = dls_xasprintf("%s/prefix-%u.pch", g.dir, serial);
    pthread_mutex_unlock(&g.mu);
    dls_prefix_pch *p = build_pch(path, flags, header, x, serial, out);
    pthread_mutex_lock(&g.mu);
    if (p) {
        p->next_live = g.live;
        if (g.live)
            g.live->prev_live = &p->next_live;
        p->prev_live = &g.live;
        g.live = p;
    }
    e->pch = p;
    e->state = p ? KEY_READY : KEY_FAILED;
    pthread_cond_broadcast(&g.built);
}

/* The keys of the first 1..n lines of header (keys[k - 1] for k lines), and the byte length of
 * each such prefix in lens. */
static unsigned prefix_keys(const char *path, const dls_flags *flags, const char *header,
                            char **keys, size_t *lens) {
    unsigned n = 0;
    for (const char *nl = strchr(header, '\n'); nl && n < MAX_LINES; nl = strchr(nl + 1, '\n')) {
        lens[n] = (size_t)(nl - header) + 1;
        keys[n] = make_key(path, flags, header, lens[n]);
        n++;
    }
    return n;
}

/* The longest prefix another file has met, whose PCH is not known to fail: its entry, with
 * *lines set. Records the keys of every prefix of this file. Lock held. */
/* A key's entry when a file may use it: recorded and learned clean (or built). */
static key_entry *usable(const char *key) {
    key_entry *e = key ? key_find(key) : NULL;
    return e && e->state != KEY_FAILED && e->state != KEY_RECORDED ? e : NULL;
}

/* Record key unless known (taking it over: *key set to NULL). Lock held. */
static void record(char **key) {
    if (*key && !key_find(*key)) {
        key_add(*key);
        *key = NULL;
    }
}

/* The prefix to use: the longest run of the file's lines another file has met, whose PCH is not
 * known to fail, down to the lines before its first driver header (at); then that header's
 * expansion (ekey); then shorter runs. *lines gets the file's lines it covers, *expanded whether
 * it is the expansion. Records every key of this file. Lock held. */
static key_entry *longest_shared(char **keys, unsigned n, char **ekey, unsigned at, unsigned *lines,
                                 int *expanded) {
    key_entry *chosen = NULL;
    for (unsigned k = n; k > at && !chosen; k--)
        if ((chosen = usable(keys[k - 1])))
            *lines = k;
    if (!chosen && (chosen = usable(*ekey))) {
        *lines = at;
        *expanded = 1;
    }
    for (unsigned k = at; k > 0 && !chosen; k--)
        if ((chosen = usable(keys[k - 1])))
            *lines = k;
    if (chosen)
        chosen->waiters++; /* kept while the keys below are added */
    for (unsigned k = 1; k <= n; k++)
        record(&keys[k - 1]);
    record(ekey);
    return chosen;
}

/* Where each file of a unit is first reached from the main file: the offset of the outermost
 * #include. */
typedef struct {
    CXFile *files;
    unsigned *offsets;
    size_t count;
} reach_map;

static void note_reach(CXFile file, CXSourceLocation *stack, unsigned depth, CXClientData data) {
    reach_map *m = data;
    if (depth == 0)
        return;
    unsigned offset;
    clang_getExpansionLocation(stack[depth - 1], NULL, NULL, NULL, &offset);
    m->files = dls_xrealloc(m->files, (m->count + 1) * sizeof *m->files);
    m->offsets = dls_xrealloc(m->offsets, (m->count + 1) * sizeof *m->offsets);
    m->files[m->count] = file;
    m->offsets[m->count++] = offset;
}

/* The offset in the main file of the first error: its own, or the #include through which the
 * header holding it was reached. SIZE_MAX when there is none. */
static size_t first_error_offset(CXTranslationUnit tu, const char *path) {
    CXFile main = clang_getFile(tu, path);
    reach_map m = {0};
    int walked = 0;
    size_t first = SIZE_MAX;
    unsigned n = clang_getNumDiagnostics(tu);
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
            CXFile file = NULL;
            unsigned offset = 0;
            clang_getExpansionLocation(clang_getDiagnosticLocation(d), &file, NULL, NULL, &offset);
            if (!file) { /* an error in the flags: no prefix is clean */
                first = 0;
            } else if (main && clang_File_isEqual(file, main)) {
                first = offset < first ? offset : first;
            } else {
                if (!walked++)
                    clang_getInclusions(tu, note_reach, &m);
                for (size_t k = 0; k < m.count; k++)
                    if (clang_File_isEqual(m.files[k], file) && m.offsets[k] < first)
                        first = m.offsets[k];
            }
        }
        clang_disposeDiagnostic(d);
    }
    free(m.files);
    free(m.offsets);
    return first;
}

void dls_prefix_learn(const char *path, const dls_flags *flags, const char *text, size_t len,
                      CXTranslationUnit tu) {
    dls_prefix_split split;
    if (!dls_prefix_split_text(text, len, UINT_MAX, &split))
        return;
    size_t bad = first_error_offset(tu, path);
    unsigned clean = 0;
    while (clean < split.count && split.ends[clean] < bad)
        clean++;
    char *keys[MAX_LINES];
    size_t lens[MAX_LINES];
    unsigned n = prefix_keys(path, flags, split.header, keys, lens), at = 0;
    char *expansion = expansion_of(path, flags, split.header, &at);
    char *ekey = expansion ? make_key(path, flags, expansion, strlen(expansion)) : NULL;
    free(expansion);
    pthread_mutex_lock(&g.mu);
    key_entry *x = ekey ? key_find(ekey) : NULL;
    if (x && x->state == KEY_RECORDED)
        x->state = KEY_SEEN; /* its build tells whether it is clean */
    free(ekey);
    for (unsigned k = 1; k <= n; k++) {
        key_entry *e = key_find(keys[k - 1]);
        if (!e) {
            e = key_add(keys[k - 1]);
            keys[k - 1] = NULL;
        }
        if (e->state == KEY_RECORDED || (e->state == KEY_SEEN && k > clean))
            e->state = k <= clean ? KEY_SEEN : KEY_FAILED;
    }
    pthread_mutex_unlock(&g.mu);
    for (unsigned k = 0; k < n; k++)
        free(keys[k]);
    dls_prefix_split_free(&split);
}

dls_prefix_pch *dls_prefix_acquire(const char *path, const dls_flags *flags, const char *header,
                                   const struct CXUnsavedFile *extra, size_t n_extra,
                                   unsigned *lines) {
    char *keys[MAX_LINES];
    size_t lens[MAX_LINES];
    unsigned n = prefix_keys(path, flags, header, keys, lens), at = 0;
    char *expansion = expansion_of(path, flags, header, &at);
    char *ekey = expansion ? make_key(path, flags, expansion, strlen(expansion)) : NULL;
    prefix_extra x = {extra, n_extra};
    int expanded = 0;
    *lines = 0;
    pthread_mutex_lock(&g.mu);
    key_entry *e = longest_shared(keys, n, &ekey, at, lines, &expanded);
    for (unsigned k = 0; k < n; k++)
        free(keys[k]);
    free(ekey);
    if (!e) {
        pthread_mutex_unlock(&g.mu);
        free(expansion);
        return NULL;
    }
    e->used = ++g.clock;
    while (e->state == KEY_BUILDING)
        pthread_cond_wait(&g.built, &g.mu);
    if (e->state == KEY_SEEN) {
        char *part = expanded ? NULL : dls_xstrndup(header, lens[*lines - 1]);
        key_build(e, path, flags, expanded ? expansion : part, &x);
        free(part);
    }
    free(expansion);
    e->waiters--;
    if (expanded && e->state == KEY_READY && !e->pch->guarded) {
        key_drop_pch(e); /* a header it moves could be read twice: not shared */
        e->state = KEY_FAILED;
    }
    dls_prefix_pch *p = NULL;
    if (e->state == KEY_READY && same_supplied(e->pch, &x)) {
        p = e->pch;
        p->users++;
        pchs_trim();
    }
    pthread_mutex_unlock(&g.mu);
    if (!p)
        *lines = 0;
    return p;
}

const char *dls_prefix_file(const dls_prefix_pch *p) {
    return p->file;
}

void dls_prefix_release(dls_prefix_pch *p, int broken) {
    pthread_mutex_lock(&g.mu);
    p->users--;
    for (key_entry *e = g.keys; e; e = e->next) {
        if (e->pch != p)
            continue;
        if (!broken) {
            e->breaks = 0; /* only breaks in a row give up on a key */
            break;
        }
        e->pch = NULL; /* freed below once unused */
        p->doomed = 1;
        e->state = ++e->breaks >= MAX_BREAKS ? KEY_FAILED : KEY_SEEN;
    }
    if (p->doomed && p->users == 0)
        pch_free(p);
    pthread_mutex_unlock(&g.mu);
}

void dls_prefix_bind(dls_prefix_pch *p, CXTranslationUnit tu) {
    binding *b = dls_xcalloc(1, sizeof *b);
    b->tu = tu;
    b->pch = p;
    pthread_mutex_lock(&g.mu);
    b->next = g.bindings;
    g.bindings = b;
    pthread_mutex_unlock(&g.mu);
}

void dls_prefix_unbind(CXTranslationUnit tu) {
    pthread_mutex_lock(&g.mu);
    for (binding **pb = &g.bindings; *pb; pb = &(*pb)->next) {
        if ((*pb)->tu != tu)
            continue;
        binding *b = *pb;
        *pb = b->next;
        free(b);
        break;
    }
    pthread_mutex_unlock(&g.mu);
}

/* The PCH tu is bound to, or NULL. */
static const dls_prefix_pch *bound_pch(CXTranslationUnit tu) {
    const dls_prefix_pch *p = NULL;
    pthread_mutex_lock(&g.mu);
    for (binding *b = g.bindings; b && !p; b = b->next)
        if (b->tu == tu)
            p = b->pch;
    pthread_mutex_unlock(&g.mu);
    return p;
}

const dls_file_facts *dls_prefix_facts(CXTranslationUnit tu) {
    const dls_prefix_pch *p = bound_pch(tu);
    return p ? p->facts : NULL;
}

const char *const *dls_prefix_headers(CXTranslationUnit tu, size_t *n) {
    const dls_prefix_pch *p = bound_pch(tu);
    *n = p ? p->n_headers : 0;
    return p ? (const char *const *)p->headers : NULL;
}
