/*
 * project.c - the driver-tree importer: evaluates .vcxproj files (MSBuild, reduced to what a
 * compiler front end needs) and WDK `sources` files, and derives the compile flags of one source
 * file from the project that builds it. See project.h for the contract.
 *
 * Layout of this file: lists and paths (with the one platform-specific function, list_dir), the
 * XML reader (expat into a small tree), the MSBuild evaluator (properties, conditions, macros,
 * imports, item definitions, items), the WDK defaults, the `sources`/`dirs` reader, the .sln
 * reader, and the search that ties them together.
 */
#include "project.h"
#include "analysis.h"

#include <ctype.h>
#include <errno.h>
#include <expat.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifdef _WIN32
#include <windows.h>
#else
#include <dirent.h>
#endif

#ifndef S_ISDIR
#define S_ISDIR(m) (((m)&S_IFMT) == S_IFDIR)
#endif
#ifndef S_ISREG
#define S_ISREG(m) (((m)&S_IFMT) == S_IFREG)
#endif

#define XML_MAX_DEPTH 64    /* element nesting in a project file */
#define IMPORT_MAX_DEPTH 16 /* nested Import elements */
#define DIRS_MAX_DEPTH 6    /* nested `dirs` files */
#define SCAN_MAX_DEPTH 12   /* directories below the root of export */
#define SLN_MAX_LEVELS 8    /* levels above a project searched for its solution */
#define MACRO_MAX_DEPTH 8   /* nested macro expansions in `sources` files */
/* Bytes all macro expansions of one project may produce: a property that doubles itself on each
 * line would otherwise grow without bound. */
#define EXPANSION_BUDGET (64u * 1024u * 1024u)

/* ---------------------------------------------------------------------------------------------
 * Lists, strings, warnings
 */

void dls_proj_strs_push(dls_proj_strs *l, const char *s) {
    if (l->count == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->items = dls_xrealloc(l->items, l->cap * sizeof *l->items);
    }
    l->items[l->count++] = dls_xstrdup(s);
}

void dls_proj_strs_free(dls_proj_strs *l) {
    for (size_t i = 0; i < l->count; i++)
        free(l->items[i]);
    free(l->items);
    memset(l, 0, sizeof *l);
}

static int ascii_casecmp(const char *a, const char *b) {
    for (;; a++, b++) {
        int x = tolower((unsigned char)*a), y = tolower((unsigned char)*b);
        if (x != y || !x)
            return x - y;
    }
}

static int ascii_ncasecmp(const char *a, const char *b, size_t n) {
    for (size_t i = 0; i < n; i++) {
        int x = tolower((unsigned char)a[i]), y = tolower((unsigned char)b[i]);
        if (x != y || !x)
            return x - y;
    }
    return 0;
}

static int strs_has(const dls_proj_strs *l, const char *s) {
    for (size_t i = 0; i < l->count; i++)
        if (strcmp(l->items[i], s) == 0)
            return 1;
    return 0;
}

static int strs_has_nocase(const dls_proj_strs *l, const char *s) {
    for (size_t i = 0; i < l->count; i++)
        if (ascii_casecmp(l->items[i], s) == 0)
            return 1;
    return 0;
}

static void strs_push_unique(dls_proj_strs *l, const char *s) {
    if (!strs_has(l, s))
        dls_proj_strs_push(l, s);
}

static void strs_append(dls_proj_strs *dst, const dls_proj_strs *src) {
    for (size_t i = 0; i < src->count; i++)
        strs_push_unique(dst, src->items[i]);
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void strs_sort(dls_proj_strs *l) {
    if (l->count > 1)
        qsort(l->items, l->count, sizeof *l->items, cmp_str);
}

/* Add a formatted warning unless the same line is already there. */
static void warn(dls_proj_strs *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void warn(dls_proj_strs *w, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    char *s = dls_xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    strs_push_unique(w, s);
    free(s);
}

static int has_suffix_nocase(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && ascii_casecmp(s + n - m, suffix) == 0;
}

/* A copy of s[0, n) without leading and trailing white space. */
static char *trimmed(const char *s, size_t n) {
    while (n && isspace((unsigned char)*s))
        s++, n--;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    return dls_xstrndup(s, n);
}

/* Split s at any of seps into trimmed, non-empty entries. */
static void split_list(const char *s, const char *seps, dls_proj_strs *out) {
    while (s && *s) {
        size_t n = strcspn(s, seps);
        char *e = trimmed(s, n);
        if (*e)
            dls_proj_strs_push(out, e);
        free(e);
        s += n;
        if (*s)
            s++;
    }
}

/* A growable string. */
typedef struct {
    char *s;
    size_t n, cap;
} strbuf;

static void sb_addn(strbuf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->s = dls_xrealloc(b->s, b->cap);
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

static void sb_add(strbuf *b, const char *s) {
    sb_addn(b, s, strlen(s));
}

/* The buffer's string (an empty one when nothing was added); the buffer is left empty. */
static char *sb_take(strbuf *b) {
    char *s = b->s ? b->s : dls_xstrdup("");
    memset(b, 0, sizeof *b);
    return s;
}

/* ---------------------------------------------------------------------------------------------
 * Paths. Project files write Windows paths; everything here uses '/' and keeps drive letters.
 */

static int path_is_abs(const char *p) {
    if (p[0] == '/' || p[0] == '\\')
        return 1;
    return isalpha((unsigned char)p[0]) && p[1] == ':' && (p[2] == '/' || p[2] == '\\');
}

/* p with '\' turned into '/', "." and "x/.." removed, no doubled or trailing '/'. New string. */
static char *path_normalize(const char *p) {
    char *s = dls_xstrdup(p);
    for (char *c = s; *c; c++)
        if (*c == '\\')
            *c = '/';
    size_t root = 0; /* the part ".." never removes: "/", "//", "C:/" */
    if (isalpha((unsigned char)s[0]) && s[1] == ':')
        root = s[2] == '/' ? 3 : 2;
    else if (s[0] == '/')
        root = s[1] == '/' ? 2 : 1;
    strbuf out = {0};
    sb_addn(&out, s, root);
    const char *c = s + root;
    size_t *starts = dls_xmalloc((strlen(s) + 1) * sizeof *starts);
    size_t depth = 0, dotdots = 0;
    while (*c) {
        size_t n = strcspn(c, "/");
        if (n == 0 || (n == 1 && c[0] == '.')) {
            /* nothing */
        } else if (n == 2 && c[0] == '.' && c[1] == '.' && depth > dotdots) {
            out.n = starts[--depth];
            out.s[out.n] = '\0';
        } else {
            if (n == 2 && c[0] == '.' && c[1] == '.')
                dotdots++;
            starts[depth++] = out.n;
            if (out.n > root)
                sb_add(&out, "/");
            sb_addn(&out, c, n);
        }
        c += n;
        while (*c == '/')
            c++;
    }
    free(starts);
    free(s);
    if (out.n == 0)
        sb_add(&out, ".");
    return sb_take(&out);
}

/* rel resolved against dir (unless absolute), normalized. New string. */
static char *path_join(const char *dir, const char *rel) {
    if (path_is_abs(rel) || !dir || !*dir)
        return path_normalize(rel);
    char *j = dls_xasprintf("%s/%s", dir, rel);
    char *n = path_normalize(j);
    free(j);
    return n;
}

/* The directory part of a normalized path. New string. */
static char *path_dir(const char *p) {
    const char *slash = strrchr(p, '/');
    if (!slash)
        return dls_xstrdup(".");
    if (slash == p)
        return dls_xstrdup("/");
    if (slash == p + 2 && p[1] == ':')
        return dls_xstrndup(p, 3);
    return dls_xstrndup(p, (size_t)(slash - p));
}

static const char *path_base(const char *p) {
    const char *slash = strrchr(p, '/');
    return slash ? slash + 1 : p;
}

static int path_eq(const char *a, const char *b) {
    return ascii_casecmp(a, b) == 0;
}

/* 0: nothing there, 1: a file, 2: a directory. */
static int path_kind(const char *p) {
    struct stat st;
    if (stat(p, &st) != 0)
        return 0;
    return S_ISDIR(st.st_mode) ? 2 : S_ISREG(st.st_mode) ? 1 : 0;
}

/* Platform: the names in directory dir (without "." and ".."), sorted. */
static void list_dir(const char *dir, dls_proj_strs *out) {
#ifdef _WIN32
    char *pattern = dls_xasprintf("%s/*", dir);
    WIN32_FIND_DATAA fd;
    HANDLE h = FindFirstFileA(pattern, &fd);
    free(pattern);
    if (h == INVALID_HANDLE_VALUE)
        return;
    do {
        if (strcmp(fd.cFileName, ".") != 0 && strcmp(fd.cFileName, "..") != 0)
            dls_proj_strs_push(out, fd.cFileName);
    } while (FindNextFileA(h, &fd));
    FindClose(h);
#else
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            dls_proj_strs_push(out, e->d_name);
    closedir(d);
#endif
    strs_sort(out);
}

/* p as it is spelled on disk when only the case of some components differs (Windows trees
 * checked out on a case-sensitive file system); p itself otherwise. New string. */
static char *path_fix_case(const char *p) {
    if (path_kind(p) || !path_is_abs(p))
        return dls_xstrdup(p);
    char *parent = path_dir(p);
    char *fixed_parent = strcmp(parent, p) != 0 ? path_fix_case(parent) : dls_xstrdup(parent);
    free(parent);
    dls_proj_strs names = {0};
    list_dir(fixed_parent, &names);
    char *found = NULL;
    for (size_t i = 0; i < names.count && !found; i++)
        if (path_eq(names.items[i], path_base(p)))
            found = path_join(fixed_parent, names.items[i]);
    dls_proj_strs_free(&names);
    free(fixed_parent);
    return found ? found : dls_xstrdup(p);
}

/* Read a whole file of at most max bytes. NULL (with a warning) when it cannot be read. */
static char *read_file(const char *path, size_t max, size_t *len, dls_proj_strs *w) {
    char *text, why[128];
    int err = dls_read_small_file(path, max, &text, len);
    if (err == EFBIG)
        warn(w, "%s: larger than %lu bytes, ignored", path, (unsigned long)max);
    else if (err)
        warn(w, "%s: cannot be read: %s", path, dls_strerror(err, why, sizeof why));
    return err ? NULL : text;
}

/* Does name match the glob pattern ('*' within a component, '**' across, '?')? Both use '/'. */
static int glob_match(const char *pat, const char *name) {
    for (; *pat; pat++, name++) {
        if (pat[0] == '*' && pat[1] == '*') {
            const char *rest = pat + 2;
            if (*rest == '/')
                rest++;
            for (const char *n = name;; n++) {
                if (glob_match(rest, n))
                    return 1;
                if (!*n)
                    return 0;
            }
        }
        if (*pat == '*') {
            for (const char *n = name;; n++) {
                if (glob_match(pat + 1, n))
                    return 1;
                if (!*n || *n == '/')
                    return 0;
            }
        }
        if (!*name ||
            (*pat != '?' && tolower((unsigned char)*pat) != tolower((unsigned char)*name)))
            return 0;
        if (*pat == '?' && *name == '/')
            return 0;
    }
    return *name == '\0';
}

static int has_wildcard(const char *s) {
    return strpbrk(s, "*?") != NULL;
}

/* The files a wildcard item names (wildcards in the last component only). */
static void expand_wildcard(const char *pattern, dls_proj_strs *out) {
    char *dir = path_dir(pattern);
    if (has_wildcard(dir)) {
        free(dir);
        return;
    }
    dls_proj_strs names = {0};
    list_dir(dir, &names);
    for (size_t i = 0; i < names.count; i++) {
        char *full = path_join(dir, names.items[i]);
        if (glob_match(pattern, full) && path_kind(full) == 1)
            strs_push_unique(out, full);
        free(full);
    }
    dls_proj_strs_free(&names);
    free(dir);
}

/* ---------------------------------------------------------------------------------------------
 * XML: expat into a small element tree (names, attributes, trimmed text, children).
 */

typedef struct xnode xnode;
struct xnode {
    char *name;
    char **attrs; /* name, value, ..., NULL */
    char *text;
    xnode **kids;
    size_t n_kids, cap_kids;
    strbuf buf;
};

typedef struct {
    XML_Parser parser;
    xnode *root;
    xnode *stack[XML_MAX_DEPTH];
    int depth;
    const char *error; /* why the reader stopped the parser itself */
} xml_reader;

static void xnode_free(xnode *n) {
    if (!n)
        return;
    for (size_t i = 0; i < n->n_kids; i++)
        xnode_free(n->kids[i]);
    for (char **a = n->attrs; a && *a; a++)
        free(*a);
    free(n->attrs);
    free(n->kids);
    free(n->name);
    free(n->text);
    free(n->buf.s);
    free(n);
}

static void xml_stop(xml_reader *r, const char *why) {
    if (!r->error)
        r->error = why;
    XML_StopParser(r->parser, XML_FALSE);
}

static void XMLCALL xml_start(void *data, const XML_Char *name, const XML_Char **attrs) {
    xml_reader *r = data;
    if (r->depth >= XML_MAX_DEPTH) {
        xml_stop(r, "elements nested too deeply");
        return;
    }
    xnode *n = dls_xcalloc(1, sizeof *n);
    n->name = dls_xstrdup(name);
    size_t k = 0;
    while (attrs[k])
        k++;
    n->attrs = dls_xcalloc(k + 1, sizeof *n->attrs);
    for (size_t i = 0; i < k; i++)
        n->attrs[i] = dls_xstrdup(attrs[i]);
    if (r->depth == 0) {
        r->root = n;
    } else {
        xnode *p = r->stack[r->depth - 1];
        if (p->n_kids == p->cap_kids) {
            p->cap_kids = p->cap_kids ? p->cap_kids * 2 : 4;
            p->kids = dls_xrealloc(p->kids, p->cap_kids * sizeof *p->kids);
        }
        p->kids[p->n_kids++] = n;
    }
    r->stack[r->depth++] = n;
}

static void XMLCALL xml_end(void *data, const XML_Char *name) {
    (void)name;
    xml_reader *r = data;
    xnode *n = r->stack[--r->depth];
    n->text = trimmed(n->buf.s ? n->buf.s : "", n->buf.n);
    free(n->buf.s);
    memset(&n->buf, 0, sizeof n->buf);
}

static void XMLCALL xml_text(void *data, const XML_Char *s, int len) {
    xml_reader *r = data;
    if (r->depth > 0)
        sb_addn(&r->stack[r->depth - 1]->buf, s, (size_t)len);
}

/* Project files have no DTD; refusing one also refuses entity expansion attacks. */
static void XMLCALL xml_doctype(void *data, const XML_Char *name, const XML_Char *sysid,
                                const XML_Char *pubid, int internal) {
    (void)name, (void)sysid, (void)pubid, (void)internal;
    xml_stop(data, "a DTD is not allowed in a project file");
}

/* Parse a project file into a tree. NULL (with a warning) when unreadable, too big or malformed. */
static xnode *xml_load(const char *path, dls_proj_strs *w) {
    size_t len = 0;
    char *text = read_file(path, DLS_PROJ_MAX_FILE_BYTES, &len, w);
    if (!text)
        return NULL;
    xml_reader r = {0};
    r.parser = XML_ParserCreate(NULL);
    XML_SetUserData(r.parser, &r);
    XML_SetElementHandler(r.parser, xml_start, xml_end);
    XML_SetCharacterDataHandler(r.parser, xml_text);
    XML_SetStartDoctypeDeclHandler(r.parser, xml_doctype);
    int ok = XML_Parse(r.parser, text, (int)len, XML_TRUE) == XML_STATUS_OK;
    if (!ok)
        warn(w, "%s:%lu: not a valid project file: %s", path,
             (unsigned long)XML_GetCurrentLineNumber(r.parser),
             r.error ? r.error : XML_ErrorString(XML_GetErrorCode(r.parser)));
    XML_ParserFree(r.parser);
    free(text);
    if (ok && !r.root)
        warn(w, "%s: empty project file", path);
    if (!ok) {
        xnode_free(r.root); /* the stack only borrows nodes of this tree */
        return NULL;
    }
    return r.root;
}

static const char *xattr(const xnode *n, const char *name) {
    for (char **a = n->attrs; a && a[0]; a += 2)
        if (strcmp(a[0], name) == 0)
            return a[1];
    return NULL;
}

/* ---------------------------------------------------------------------------------------------
 * MSBuild evaluation state: properties, loaded files, the groups kept for the later passes.
 */

/* A property or an item's metadata. unknown: the first unknown macro its value used, or NULL. */
typedef struct {
    char *name, *value, *unknown;
} var;

typedef struct {
    var *v;
    size_t n, cap;
} vars;

static var *vars_find(const vars *vs, const char *name) {
    for (size_t i = 0; i < vs->n; i++)
        if (ascii_casecmp(vs->v[i].name, name) == 0)
            return &vs->v[i];
    return NULL;
}

static void vars_set(vars *vs, const char *name, const char *value, const char *unknown) {
    var *v = vars_find(vs, name);
    if (!v) {
        if (vs->n == vs->cap) {
            vs->cap = vs->cap ? vs->cap * 2 : 16;
            vs->v = dls_xrealloc(vs->v, vs->cap * sizeof *vs->v);
        }
        v = &vs->v[vs->n++];
        v->name = dls_xstrdup(name);
    } else {
        free(v->value);
        free(v->unknown);
    }
    v->value = dls_xstrdup(value);
    v->unknown = dls_xstrdup(unknown);
}

static void vars_remove(vars *vs, const char *name) {
    var *v = vars_find(vs, name);
    if (!v)
        return;
    free(v->name);
    free(v->value);
    free(v->unknown);
    *v = vs->v[--vs->n];
}

static const char *vars_get(const vars *vs, const char *name) {
    var *v = vars_find(vs, name);
    return v ? v->value : NULL;
}

static void vars_copy(vars *dst, const vars *src) {
    for (size_t i = 0; i < src->n; i++)
        vars_set(dst, src->v[i].name, src->v[i].value, src->v[i].unknown);
}

static void vars_free(vars *vs) {
    for (size_t i = 0; i < vs->n; i++) {
        free(vs->v[i].name);
        free(vs->v[i].value);
        free(vs->v[i].unknown);
    }
    free(vs->v);
    memset(vs, 0, sizeof *vs);
}

/* An ItemDefinitionGroup or ItemGroup met in pass 1, with the file it came from. */
typedef struct {
    const xnode *node;
    const char *file;
} group;

/* An item: one file of a ClCompile / ClInclude element. */
typedef struct {
    char *type;
    char *path;           /* absolute, normalized, case as written; may hold "**" wildcards */
    char *include;        /* as written, after expansion */
    const xnode *element; /* its metadata, evaluated when asked for (item_metadata); may be NULL */
    const char *file;     /* the file the element is in */
} item;

typedef struct {
    const char *project; /* the project file */
    char *project_dir;
    vars props;
    dls_proj_strs globals;   /* properties a project file cannot set */
    const char *this_file;   /* the file being evaluated: $(MSBuildThisFile...) */
    dls_proj_strs files;     /* every file loaded, in order (owns the strings groups point to) */
    xnode **trees;           /* their trees, parallel to files */
    dls_proj_strs importing; /* the chain of imports being evaluated (cycles) */
    group *groups;
    size_t n_groups, cap_groups;
    vars defaults; /* ClCompile metadata after the item definitions */
    item *items;
    size_t n_items, cap_items;
    size_t expanded; /* bytes produced by macro expansion so far (EXPANSION_BUDGET) */
    dls_proj_strs *warnings;
} msb;

static void msb_free(msb *m) {
    for (size_t i = 0; i < m->files.count; i++)
        xnode_free(m->trees[i]);
    free(m->trees);
    dls_proj_strs_free(&m->files);
    dls_proj_strs_free(&m->importing);
    dls_proj_strs_free(&m->globals);
    vars_free(&m->props);
    vars_free(&m->defaults);
    for (size_t i = 0; i < m->n_items; i++) {
        free(m->items[i].type);
        free(m->items[i].path);
        free(m->items[i].include);
    }
    free(m->items);
    free(m->groups);
    free(m->project_dir);
}

/* Load a file into m (kept until msb_free). Returns its tree, NULL when it could not be read. */
static const xnode *msb_load(msb *m, const char *path, const char **stored) {
    xnode *root = xml_load(path, m->warnings);
    if (!root)
        return NULL;
    m->trees = dls_xrealloc(m->trees, (m->files.count + 1) * sizeof *m->trees);
    m->trees[m->files.count] = root;
    dls_proj_strs_push(&m->files, path);
    *stored = m->files.items[m->files.count - 1];
    return root;
}

static void msb_add_group(msb *m, const xnode *node) {
    if (m->n_groups == m->cap_groups) {
        m->cap_groups = m->cap_groups ? m->cap_groups * 2 : 16;
        m->groups = dls_xrealloc(m->groups, m->cap_groups * sizeof *m->groups);
    }
    m->groups[m->n_groups++] = (group){node, m->this_file};
}

/* ---------------------------------------------------------------------------------------------
 * Macros: $(Property), %(Metadata), and what is known of neither.
 */

/* The value of a $(...) name that depends on the file being evaluated, or NULL. New string. */
static char *this_file_macro(const msb *m, const char *name) {
    const char *f = m->this_file;
    if (ascii_casecmp(name, "MSBuildThisFileDirectory") == 0) {
        char *d = path_dir(f);
        char *s = dls_xasprintf("%s/", d);
        free(d);
        return s;
    }
    if (ascii_casecmp(name, "MSBuildThisFileFullPath") == 0)
        return dls_xstrdup(f);
    if (ascii_casecmp(name, "MSBuildThisFile") == 0)
        return dls_xstrdup(path_base(f));
    if (ascii_casecmp(name, "MSBuildThisFileName") == 0) {
        const char *b = path_base(f), *dot = strrchr(b, '.');
        return dls_xstrndup(b, dot ? (size_t)(dot - b) : strlen(b));
    }
    return NULL;
}

static int is_identifier(const char *s, size_t n) {
    if (n == 0 || !(isalpha((unsigned char)s[0]) || s[0] == '_'))
        return 0;
    for (size_t i = 1; i < n; i++)
        if (!(isalnum((unsigned char)s[i]) || s[i] == '_' || s[i] == '-'))
            return 0;
    return 1;
}

/* Index of the ')' closing the '(' at s[open], or 0 when there is none. */
static size_t closing_paren(const char *s, size_t open) {
    int depth = 0;
    for (size_t i = open; s[i]; i++) {
        if (s[i] == '(')
            depth++;
        else if (s[i] == ')' && --depth == 0)
            return i;
    }
    return 0;
}

static void note_unknown(char **unknown, char sigil, const char *name, size_t n) {
    if (unknown && !*unknown)
        *unknown = dls_xasprintf("%c(%.*s)", sigil, (int)n, name);
}

/* Append value to b unless the project's expansion budget is spent (then it reads as unknown,
 * and one warning says why). */
static void append_value(msb *m, const char *value, const char *name, size_t n, strbuf *b,
                         char **unknown) {
    size_t len = strlen(value);
    if (m->expanded + len > EXPANSION_BUDGET) {
        if (m->expanded <= EXPANSION_BUDGET)
            warn(m->warnings, "%s: macro expansion stopped after %u bytes", m->project,
                 EXPANSION_BUDGET);
        m->expanded = EXPANSION_BUDGET + 1;
        note_unknown(unknown, '$', name, n);
        return;
    }
    m->expanded += len;
    sb_addn(b, value, len);
}

/* Append the value of $(name) to b. self: the property being defined (unset reads as empty). */
static void expand_property(msb *m, const char *name, size_t n, const char *self, strbuf *b,
                            char **unknown) {
    char *key = dls_xstrndup(name, n);
    const var *v = is_identifier(name, n) ? vars_find(&m->props, key) : NULL;
    char *dyn = !v && is_identifier(name, n) && m->this_file ? this_file_macro(m, key) : NULL;
    const char *env = !v && !dyn && is_identifier(name, n) ? getenv(key) : NULL;
    if (v) {
        append_value(m, v->value, name, n, b, unknown);
        if (v->unknown && unknown && !*unknown)
            *unknown = dls_xstrdup(v->unknown);
    } else if (dyn) {
        sb_add(b, dyn);
    } else if (env && *env) {
        sb_add(b, env);
    } else if (!self || ascii_casecmp(self, key) != 0) {
        note_unknown(unknown, '$', name, n);
    }
    free(dyn);
    free(key);
}

/* Append the value of %(name) to b: the item's metadata (unset reads as empty), NULL meta: unknown.
 */
static void expand_metadata(msb *m, const vars *meta, const char *name, size_t n, strbuf *b,
                            char **unknown) {
    if (!meta) {
        note_unknown(unknown, '%', name, n);
        return;
    }
    char *key = dls_xstrndup(name, n);
    const var *v = vars_find(meta, key);
    if (v) {
        append_value(m, v->value, name, n, b, unknown);
        if (v->unknown && unknown && !*unknown)
            *unknown = dls_xstrdup(v->unknown);
    }
    free(key);
}

/* Expand the macros of s. The first unknown macro is recorded in *unknown (when unknown is not
 * NULL and *unknown is still NULL); it expands to nothing. New string. */
static char *expand(msb *m, const char *s, const vars *meta, const char *self, char **unknown) {
    strbuf b = {0};
    size_t i = 0;
    while (s[i]) {
        size_t close = (s[i] == '$' || s[i] == '%' || s[i] == '@') && s[i + 1] == '('
                           ? closing_paren(s, i + 1)
                           : 0;
        if (!close) {
            sb_addn(&b, s + i, 1);
            i++;
            continue;
        }
        const char *name = s + i + 2;
        size_t n = close - i - 2;
        if (s[i] == '$')
            expand_property(m, name, n, self, &b, unknown);
        else if (s[i] == '%')
            expand_metadata(m, meta, name, n, &b, unknown);
        else
            note_unknown(unknown, '@', name, n);
        i = close + 1;
    }
    return sb_take(&b);
}

/* ---------------------------------------------------------------------------------------------
 * Conditions: 'a' == 'b', !=, <, >, <=, >=, and, or, !, ( ), Exists(), HasTrailingSlash(),
 * true/false. Unknown properties read as empty, as in MSBuild.
 */

typedef struct {
    msb *m;
    const vars *meta;
    const char *s;
    size_t i;
    int error;
} cond_parser;

static void cond_skip(cond_parser *p) {
    while (isspace((unsigned char)p->s[p->i]))
        p->i++;
}

/* Is the next token the keyword kw (case-insensitive, followed by a non-word character)? */
static int cond_keyword(cond_parser *p, const char *kw) {
    cond_skip(p);
    size_t n = strlen(kw);
    if (ascii_ncasecmp(p->s + p->i, kw, n) != 0)
        return 0;
    char c = p->s[p->i + n];
    if (isalnum((unsigned char)c) || c == '_')
        return 0;
    p->i += n;
    return 1;
}

/* A quoted string or a bare word, expanded. New string, NULL on a syntax error. */
static char *cond_value(cond_parser *p) {
    cond_skip(p);
    const char *s = p->s;
    size_t start = p->i;
    char *raw;
    if (s[p->i] == '\'') {
        const char *end = strchr(s + p->i + 1, '\'');
        if (!end)
            return NULL;
        raw = dls_xstrndup(s + p->i + 1, (size_t)(end - s - p->i - 1));
        p->i = (size_t)(end - s) + 1;
    } else {
        while (s[p->i] && !isspace((unsigned char)s[p->i]) && !strchr("()=!<>',", s[p->i])) {
            size_t close = s[p->i] == '$' && s[p->i + 1] == '(' ? closing_paren(s, p->i + 1) : 0;
            p->i = close ? close + 1 : p->i + 1;
        }
        if (p->i == start)
            return NULL;
        raw = dls_xstrndup(s + start, p->i - start);
    }
    char *v = expand(p->m, raw, p->meta, NULL, NULL);
    free(raw);
    return v;
}

static int cond_or(cond_parser *p);

static int truthy(const char *v, int *error) {
    if (!ascii_casecmp(v, "true") || !ascii_casecmp(v, "on") || !ascii_casecmp(v, "yes"))
        return 1;
    if (!ascii_casecmp(v, "false") || !ascii_casecmp(v, "off") || !ascii_casecmp(v, "no"))
        return 0;
    *error = 1;
    return 0;
}

/* Exists('path') / HasTrailingSlash('path'). */
static int cond_function(cond_parser *p, int exists) {
    p->i++; /* '(' */
    char *arg = cond_value(p);
    cond_skip(p);
    if (!arg || p->s[p->i] != ')') {
        free(arg);
        p->error = 1;
        return 0;
    }
    p->i++;
    int r;
    if (exists) {
        char *dir = p->m->this_file ? path_dir(p->m->this_file) : dls_xstrdup(".");
        char *path = *arg ? path_join(dir, arg) : NULL;
        r = path && path_kind(path) != 0;
        free(path);
        free(dir);
    } else {
        size_t n = strlen(arg);
        r = n && (arg[n - 1] == '/' || arg[n - 1] == '\\');
    }
    free(arg);
    return r;
}

static int compare(const char *a, const char *op, const char *b) {
    if (op[0] == '=' || op[0] == '!') {
        int eq = ascii_casecmp(a, b) == 0;
        return op[0] == '=' ? eq : !eq;
    }
    double x = strtod(a, NULL), y = strtod(b, NULL);
    if (!strcmp(op, "<"))
        return x < y;
    if (!strcmp(op, ">"))
        return x > y;
    if (!strcmp(op, "<="))
        return x <= y;
    return x >= y;
}

static int cond_primary(cond_parser *p) {
    cond_skip(p);
    if (p->s[p->i] == '(') {
        p->i++;
        int v = cond_or(p);
        cond_skip(p);
        if (p->s[p->i] != ')')
            p->error = 1;
        else
            p->i++;
        return v;
    }
    size_t save = p->i;
    if (cond_keyword(p, "Exists") && (cond_skip(p), p->s[p->i] == '('))
        return cond_function(p, 1);
    p->i = save;
    if (cond_keyword(p, "HasTrailingSlash") && (cond_skip(p), p->s[p->i] == '('))
        return cond_function(p, 0);
    p->i = save;
    char *a = cond_value(p);
    if (!a) {
        p->error = 1;
        return 0;
    }
    cond_skip(p);
    static const char *const ops[] = {"==", "!=", "<=", ">=", "<", ">"};
    const char *op = NULL;
    for (size_t k = 0; k < sizeof ops / sizeof *ops && !op; k++)
        if (strncmp(p->s + p->i, ops[k], strlen(ops[k])) == 0)
            op = ops[k];
    int r;
    if (op) {
        p->i += strlen(op);
        char *b = cond_value(p);
        r = b ? compare(a, op, b) : (p->error = 1, 0);
        free(b);
    } else {
        r = truthy(a, &p->error);
    }
    free(a);
    return r;
}

static int cond_not(cond_parser *p) {
    cond_skip(p);
    if (p->s[p->i] == '!' && p->s[p->i + 1] != '=') {
        p->i++;
        return !cond_not(p);
    }
    return cond_primary(p);
}

static int cond_and(cond_parser *p) {
    int v = cond_not(p);
    while (!p->error && cond_keyword(p, "and")) {
        int w = cond_not(p);
        v = v && w;
    }
    return v;
}

static int cond_or(cond_parser *p) {
    int v = cond_and(p);
    while (!p->error && cond_keyword(p, "or")) {
        int w = cond_and(p);
        v = v || w;
    }
    return v;
}

/* Does the node's Condition hold? (No condition: yes. A condition we cannot read: no, with a
 * warning.) */
static int cond_holds(msb *m, const xnode *n, const vars *meta) {
    const char *c = xattr(n, "Condition");
    if (!c || !*c)
        return 1;
    cond_parser p = {m, meta, c, 0, 0};
    int v = cond_or(&p);
    cond_skip(&p);
    if (p.error || p.s[p.i]) {
        warn(m->warnings, "%s: cannot evaluate condition \"%s\"; taken as false",
             m->this_file ? m->this_file : m->project, c);
        return 0;
    }
    return v;
}

/* ---------------------------------------------------------------------------------------------
 * Pass 1: properties and imports, in document order. Item groups are kept for the later passes.
 */

static void eval_nodes(msb *m, const xnode *parent);

static void set_property(msb *m, const xnode *n) {
    if (strs_has_nocase(&m->globals, n->name))
        return; /* global properties (Configuration, Platform) win over the project's */
    char *unknown = NULL;
    char *v = expand(m, n->text, NULL, n->name, &unknown);
    vars_set(&m->props, n->name, v, unknown);
    free(v);
    free(unknown);
}

static void eval_property_group(msb *m, const xnode *g) {
    if (!cond_holds(m, g, NULL))
        return;
    for (size_t i = 0; i < g->n_kids; i++)
        if (cond_holds(m, g->kids[i], NULL))
            set_property(m, g->kids[i]);
}

/* Evaluate one imported file in place. */
static void import_file(msb *m, const char *path) {
    if (strs_has_nocase(&m->importing, path) || m->importing.count >= IMPORT_MAX_DEPTH) {
        warn(m->warnings, "%s: import of %s skipped (cycle or too deep)", m->this_file, path);
        return;
    }
    const char *stored = NULL;
    const xnode *root = msb_load(m, path, &stored);
    if (!root)
        return;
    const char *outer = m->this_file;
    dls_proj_strs_push(&m->importing, path);
    m->this_file = stored;
    eval_nodes(m, root);
    m->this_file = outer;
    free(m->importing.items[--m->importing.count]);
}

/* <Import Project="a.props;b.props" Condition="..."/>. An import whose path uses an unknown macro
 * belongs to the toolset (VCTargetsPath, UserRootDir...): skipped without a word. */
static void eval_import(msb *m, const xnode *n) {
    const char *project = xattr(n, "Project");
    if (!project || !cond_holds(m, n, NULL))
        return;
    char *unknown = NULL;
    char *list = expand(m, project, NULL, NULL, &unknown);
    if (!unknown) {
        dls_proj_strs paths = {0};
        split_list(list, ";", &paths);
        char *dir = path_dir(m->this_file);
        for (size_t i = 0; i < paths.count; i++) {
            char *p = path_join(dir, paths.items[i]);
            char *f = path_fix_case(p);
            if (path_kind(f) == 1)
                import_file(m, f);
            else
                warn(m->warnings, "%s: imported project %s not found", m->this_file, p);
            free(f);
            free(p);
        }
        free(dir);
        dls_proj_strs_free(&paths);
    }
    free(list);
    free(unknown);
}

/* <Choose><When Condition>...</When><Otherwise>...</Otherwise></Choose>: the first branch that
 * holds. */
static void eval_choose(msb *m, const xnode *n) {
    for (size_t i = 0; i < n->n_kids; i++) {
        const xnode *k = n->kids[i];
        if (strcmp(k->name, "Otherwise") == 0 ||
            (strcmp(k->name, "When") == 0 && cond_holds(m, k, NULL))) {
            eval_nodes(m, k);
            return;
        }
    }
}

static void eval_nodes(msb *m, const xnode *parent) {
    for (size_t i = 0; i < parent->n_kids; i++) {
        const xnode *n = parent->kids[i];
        if (strcmp(n->name, "PropertyGroup") == 0)
            eval_property_group(m, n);
        else if (strcmp(n->name, "Import") == 0)
            eval_import(m, n);
        else if (strcmp(n->name, "ImportGroup") == 0 && cond_holds(m, n, NULL))
            eval_nodes(m, n);
        else if (strcmp(n->name, "Choose") == 0)
            eval_choose(m, n);
        else if (strcmp(n->name, "ItemDefinitionGroup") == 0 || strcmp(n->name, "ItemGroup") == 0)
            msb_add_group(m, n);
    }
}

/* ---------------------------------------------------------------------------------------------
 * The configuration, the well-known properties, the WDK's defaults.
 */

/* The ProjectConfiguration items of the project file itself ("Debug|x64", ...). */
static void project_configurations(const xnode *root, dls_proj_strs *out) {
    for (size_t i = 0; i < root->n_kids; i++) {
        const xnode *g = root->kids[i];
        if (strcmp(g->name, "ItemGroup") != 0)
            continue;
        for (size_t k = 0; k < g->n_kids; k++) {
            const char *inc = xattr(g->kids[k], "Include");
            if (strcmp(g->kids[k]->name, "ProjectConfiguration") == 0 && inc && strchr(inc, '|'))
                strs_push_unique(out, inc);
        }
    }
}

/* Whether configuration "Name|Platform" is called name (a wanted name without a platform). */
static int configuration_named(const char *configuration, const char *name) {
    size_t n = strlen(name);
    return ascii_ncasecmp(configuration, name, n) == 0 && configuration[n] == '|';
}

/* The configuration to evaluate: the requested one if the project has it (a name alone: that
 * name for x64, else for any platform), else the first Debug|x64, else the first, else
 * Debug|x64. New string. */
static char *choose_configuration(const dls_proj_strs *configs, const char *wanted) {
    if (wanted && *wanted) {
        int named = strchr(wanted, '|') == NULL;
        for (size_t i = 0; i < configs->count; i++) {
            const char *c = configs->items[i];
            if (named ? configuration_named(c, wanted) && path_eq(strchr(c, '|') + 1, "x64")
                      : path_eq(c, wanted))
                return dls_xstrdup(c);
        }
        for (size_t i = 0; named && i < configs->count; i++)
            if (configuration_named(configs->items[i], wanted))
                return dls_xstrdup(configs->items[i]);
    }
    for (size_t i = 0; i < configs->count; i++)
        if (path_eq(configs->items[i], "Debug|x64"))
            return dls_xstrdup(configs->items[i]);
    return dls_xstrdup(configs->count ? configs->items[0] : "Debug|x64");
}

static void set_global(msb *m, const char *name, const char *value) {
    vars_set(&m->props, name, value, NULL);
    dls_proj_strs_push(&m->globals, name);
}

static void set_dir_property(msb *m, const char *name, const char *dir) {
    char *v = dls_xasprintf("%s/", dir);
    vars_set(&m->props, name, v, NULL);
    free(v);
}

/* Properties MSBuild and Visual Studio define before the project is read. */
static void well_known_properties(msb *m, const char *config, const char *sln) {
    const char *bar = strchr(config, '|');
    char *configuration = dls_xstrndup(config, (size_t)(bar - config));
    set_global(m, "Configuration", configuration);
    set_global(m, "Platform", bar + 1);
    const char *base = path_base(m->project);
    const char *dot = strrchr(base, '.');
    char *name = dls_xstrndup(base, dot ? (size_t)(dot - base) : strlen(base));
    set_dir_property(m, "ProjectDir", m->project_dir);
    vars_set(&m->props, "MSBuildProjectDirectory", m->project_dir, NULL);
    vars_set(&m->props, "ProjectPath", m->project, NULL);
    vars_set(&m->props, "MSBuildProjectFullPath", m->project, NULL);
    vars_set(&m->props, "ProjectFileName", base, NULL);
    vars_set(&m->props, "MSBuildProjectFile", base, NULL);
    vars_set(&m->props, "ProjectName", name, NULL);
    vars_set(&m->props, "MSBuildProjectName", name, NULL);
    vars_set(&m->props, "TargetName", name, NULL);
    vars_set(&m->props, "ProjectExt", dot ? dot : "", NULL);
    if (sln) {
        char *sdir = path_dir(sln);
        set_dir_property(m, "SolutionDir", sdir);
        vars_set(&m->props, "SolutionPath", sln, NULL);
        vars_set(&m->props, "SolutionFileName", path_base(sln), NULL);
        free(sdir);
    }
    int win32 = path_eq(bar + 1, "Win32");
    char *intdir = win32 ? dls_xasprintf("%s\\", configuration)
                         : dls_xasprintf("%s\\%s\\", bar + 1, configuration);
    vars_set(&m->props, "IntDir", intdir, NULL);
    char *outdir = dls_xasprintf("%s%s", sln ? "$(SolutionDir)" : "$(ProjectDir)", intdir);
    char *out = expand(m, outdir, NULL, NULL, NULL);
    vars_set(&m->props, "OutDir", out, NULL);
    vars_set(&m->props, "PlatformTarget", win32 ? "x86" : bar + 1, NULL);
    free(out);
    free(outdir);
    free(intdir);
    free(name);
    free(configuration);
}

/* $(WindowsSdkDir), $(KM_IncludePath)... from the WDK's versioned include directory. */
static void wdk_properties(vars *props, const char *wdk_include) {
    if (!wdk_include)
        return;
    char *inc_root = path_dir(wdk_include); /* <root>/Include */
    char *root = path_dir(inc_root);
    const char *version = path_base(wdk_include);
    char *v;
    v = dls_xasprintf("%s/", root);
    vars_set(props, "WindowsSdkDir", v, NULL);
    vars_set(props, "WDKContentRoot", v, NULL);
    vars_set(props, "KitsRoot10", v, NULL);
    free(v);
    vars_set(props, "TargetPlatformVersion", version, NULL);
    vars_set(props, "WindowsTargetPlatformVersion", version, NULL);
    static const struct {
        const char *name, *fmt;
    } paths[] = {
        {"KM_IncludePath", "%s/km;%s/km/crt;%s/shared"},
        {"UM_IncludePath", "%s/um;%s/shared"},
        {"KIT_SHARED_IncludePath", "%s/shared"},
        {"DDK_INC_PATH", "%s/km"},
        {"SDK_INC_PATH", "%s/um"},
        {"CRT_INC_PATH", "%s/km/crt"},
    };
    for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
        v = dls_xasprintf(paths[i].fmt, wdk_include, wdk_include, wdk_include);
        vars_set(props, paths[i].name, v, NULL);
        free(v);
    }
    v = dls_xasprintf("%s/wdf/kmdf/", inc_root);
    vars_set(props, "KMDF_INC_PATH", v, NULL);
    free(v);
    free(root);
    free(inc_root);
}

/* What the WDK makes of a project: the driver model, kernel or user mode, the versions. */
typedef struct {
    int driver, kernel, debug;
    const char *platform;
    const char *target_version; /* TargetVersion, NULL: Windows10 */
    const char *model;          /* "KMDF", "UMDF" or NULL */
    char *wdf_major, *wdf_minor;
} wdk_build;

static const struct {
    const char *name, *winnt, *ntddi;
} target_versions[] = {
    {"Windows10", "0x0A00", "0x0A000000"},   {"Win10", "0x0A00", "0x0A000000"},
    {"WindowsV6.3", "0x0603", "0x06030000"}, {"Windows8.1", "0x0603", "0x06030000"},
    {"Win8.1", "0x0603", "0x06030000"},      {"Windows8", "0x0602", "0x06020000"},
    {"Win8", "0x0602", "0x06020000"},        {"Windows7", "0x0601", "0x06010000"},
    {"Win7", "0x0601", "0x06010000"},        {"Vista", "0x0600", "0x06000000"},
    {"WindowsV6.0", "0x0600", "0x06000000"},
};

static const char *platform_arch(const char *platform) {
    if (path_eq(platform, "Win32") || path_eq(platform, "x86"))
        return "i686";
    if (path_eq(platform, "ARM64"))
        return "aarch64";
    if (path_eq(platform, "ARM"))
        return "arm";
    return "x86_64";
}

/* The defines cl.exe and the WDK's property sheets give every file of the platform. */
static void platform_defines(const char *platform, dls_proj_strs *out) {
    const char *arch = platform_arch(platform);
    const char *list = !strcmp(arch, "i686") ? "_X86_=1;i386=1;STD_CALL"
                       : !strcmp(arch, "aarch64")
                           ? "_ARM64_;ARM64;_USE_DECLSPECS_FOR_SAL=1;STD_CALL"
                       : !strcmp(arch, "arm") ? "_ARM_;ARM;_USE_DECLSPECS_FOR_SAL=1;STD_CALL"
                                              : "_WIN64;_AMD64_;AMD64";
    split_list(list, ";", out);
}

/* The defines a WDK build adds to %(PreprocessorDefinitions). _KERNEL_MODE is not among them:
 * cl.exe's /kernel sets it, see derive_defines. */
static void wdk_defines(const wdk_build *b, dls_proj_strs *w, const char *project,
                        dls_proj_strs *out) {
    if (!b->driver)
        return;
    platform_defines(b->platform, out);
    const char *winnt = "0x0A00", *ntddi = "0x0A000000";
    int known = !b->target_version;
    for (size_t i = 0; i < sizeof target_versions / sizeof *target_versions; i++)
        if (b->target_version && path_eq(b->target_version, target_versions[i].name)) {
            winnt = target_versions[i].winnt;
            ntddi = target_versions[i].ntddi;
            known = 1;
        }
    if (!known)
        warn(w, "%s: unknown TargetVersion '%s'; Windows10 assumed", project, b->target_version);
    char *s;
    if (b->kernel)
        dls_proj_strs_push(out, "DEPRECATE_DDK_FUNCTIONS=1");
    if (b->debug)
        dls_proj_strs_push(out, "MSC_NOOPT");
    s = dls_xasprintf("_WIN32_WINNT=%s;WINVER=%s;WINNT=1;NTDDI_VERSION=%s", winnt, winnt, ntddi);
    split_list(s, ";", out);
    free(s);
    if (b->debug)
        dls_proj_strs_push(out, "DBG=1");
    if (b->model) {
        s = dls_xasprintf("%s_VERSION_MAJOR=%s;%s_VERSION_MINOR=%s", b->model, b->wdf_major,
                          b->model, b->wdf_minor);
        split_list(s, ";", out);
        free(s);
    }
}

static int starts_with_nocase(const char *s, const char *prefix) {
    return s && ascii_ncasecmp(s, prefix, strlen(prefix)) == 0;
}

/* Read DriverType, TargetVersion, PlatformToolset... from the evaluated properties. */
static void wdk_build_of(const msb *m, wdk_build *b) {
    const vars *p = &m->props;
    const char *type = vars_get(p, "DriverType");
    const char *toolset = vars_get(p, "PlatformToolset");
    const char *ctype = vars_get(p, "ConfigurationType");
    memset(b, 0, sizeof *b);
    b->platform = vars_get(p, "Platform");
    int umdf = (type && path_eq(type, "UMDF")) || starts_with_nocase(toolset, "WindowsUserMode");
    b->driver = (type && *type) || starts_with_nocase(toolset, "WindowsKernelMode") || umdf ||
                (ctype && path_eq(ctype, "Driver"));
    b->kernel = b->driver && !umdf;
    const char *dbg = vars_get(p, "UseDebugLibraries");
    b->debug =
        dbg && *dbg ? path_eq(dbg, "true") : strstr(vars_get(p, "Configuration"), "Debug") != 0;
    const char *tv = vars_get(p, "TargetVersion");
    b->target_version = tv && *tv ? tv : NULL;
    b->model = type && path_eq(type, "KMDF") ? "KMDF" : umdf ? "UMDF" : NULL;
    if (b->model) {
        char *major = dls_xasprintf("%s_VERSION_MAJOR", b->model);
        char *minor = dls_xasprintf("%s_VERSION_MINOR", b->model);
        const char *x = vars_get(p, major), *y = vars_get(p, minor);
        b->wdf_major = dls_xstrdup(x && *x ? x : umdf ? "2" : "1");
        b->wdf_minor = dls_xstrdup(y && *y ? y : "15");
        free(major);
        free(minor);
    }
}

static void wdk_build_free(wdk_build *b) {
    free(b->wdf_major);
    free(b->wdf_minor);
}

/* The WDF headers of the driver model, when there is a WDK. */
static void wdf_includes(const wdk_build *b, const char *wdk_include, dls_proj_strs *out) {
    if (!b->model || !wdk_include)
        return;
    char *inc_root = path_dir(wdk_include);
    char *dir = dls_xasprintf("%s/wdf/%s/%s.%s", inc_root, b->model[0] == 'K' ? "kmdf" : "umdf",
                              b->wdf_major, b->wdf_minor);
    dls_proj_strs_push(out, dir);
    free(dir);
    free(inc_root);
}

/* ---------------------------------------------------------------------------------------------
 * Passes 2 and 3: item definitions, then items.
 */

/* Metadata whose value is a ';' list: an entry that uses an unknown macro is dropped alone. */
static int is_list_metadata(const char *name) {
    static const char *const lists[] = {"PreprocessorDefinitions", "AdditionalIncludeDirectories",
                                        "ForcedIncludeFiles", "UndefinePreprocessorDefinitions"};
    for (size_t i = 0; i < sizeof lists / sizeof *lists; i++)
        if (ascii_casecmp(name, lists[i]) == 0)
            return 1;
    return 0;
}

/* Expand a ';' list entry by entry, dropping (with a warning) entries with unknown macros. */
static char *expand_list(msb *m, const char *raw, const vars *meta, const char *what) {
    dls_proj_strs entries = {0};
    split_list(raw, ";", &entries);
    strbuf b = {0};
    for (size_t i = 0; i < entries.count; i++) {
        char *unknown = NULL;
        char *v = expand(m, entries.items[i], meta, NULL, &unknown);
        if (unknown)
            warn(m->warnings, "%s: %s: '%s' dropped: %s is not known", m->project, what,
                 entries.items[i], unknown);
        else if (*v)
            sb_add(&b, b.n ? ";" : ""), sb_add(&b, v);
        free(v);
        free(unknown);
    }
    dls_proj_strs_free(&entries);
    return sb_take(&b);
}

/* Set one metadata element on meta (an item's, or the definitions'). */
static void set_metadata(msb *m, vars *meta, const xnode *n) {
    if (!cond_holds(m, n, meta))
        return;
    char *v;
    char *unknown = NULL;
    if (is_list_metadata(n->name))
        v = expand_list(m, n->text, meta, n->name);
    else
        v = expand(m, n->text, meta, NULL, &unknown);
    vars_set(meta, n->name, v, unknown);
    free(v);
    free(unknown);
}

static void eval_definitions(msb *m, const group *grp) {
    const xnode *g = grp->node;
    m->this_file = grp->file;
    if (!cond_holds(m, g, NULL))
        return;
    for (size_t i = 0; i < g->n_kids; i++) {
        const xnode *k = g->kids[i];
        if (strcmp(k->name, "ClCompile") != 0 || !cond_holds(m, k, NULL))
            continue;
        for (size_t j = 0; j < k->n_kids; j++)
            set_metadata(m, &m->defaults, k->kids[j]);
    }
}

/* The well-known metadata of an item (Filename, Extension, Identity, FullPath...). */
static void well_known_metadata(vars *meta, const char *include, const char *path) {
    const char *base = path_base(path);
    const char *dot = strrchr(base, '.');
    char *name = dls_xstrndup(base, dot ? (size_t)(dot - base) : strlen(base));
    char *dir = path_dir(path);
    char *dir_slash = dls_xasprintf("%s/", dir);
    const char *islash = strrchr(include, '/'), *bslash = strrchr(include, '\\');
    const char *last = islash > bslash ? islash : bslash;
    char *rel = last ? dls_xstrndup(include, (size_t)(last - include) + 1) : dls_xstrdup("");
    vars_set(meta, "Identity", include, NULL);
    vars_set(meta, "FullPath", path, NULL);
    vars_set(meta, "Filename", name, NULL);
    vars_set(meta, "Extension", dot ? dot : "", NULL);
    vars_set(meta, "RelativeDir", rel, NULL);
    vars_set(meta, "Directory", dir_slash, NULL);
    free(rel);
    free(dir_slash);
    free(dir);
    free(name);
}

static item *add_item(msb *m, const char *type, const char *include) {
    if (m->n_items == m->cap_items) {
        m->cap_items = m->cap_items ? m->cap_items * 2 : 32;
        m->items = dls_xrealloc(m->items, m->cap_items * sizeof *m->items);
    }
    item *it = &m->items[m->n_items++];
    memset(it, 0, sizeof *it);
    it->type = dls_xstrdup(type);
    it->include = dls_xstrdup(include);
    it->path = path_join(m->project_dir, include); /* compared without case: not fixed here */
    it->file = m->this_file;
    return it;
}

/* "@(Type)": the includes of the items of that type so far (Exclude="@(ClInclude)" in the
 * Visual Studio templates). Returns 0 when entry is not an item-list reference. */
static int item_list_reference(const msb *m, const char *entry, dls_proj_strs *out) {
    size_t n = strlen(entry);
    if (n < 4 || strncmp(entry, "@(", 2) != 0 || entry[n - 1] != ')' || strchr(entry, '-'))
        return 0;
    for (size_t i = 0; i < m->n_items; i++) {
        const char *type = m->items[i].type;
        if (strlen(type) == n - 3 && ascii_ncasecmp(type, entry + 2, n - 3) == 0)
            dls_proj_strs_push(out, m->items[i].include);
    }
    return 1;
}

/* A ';' list attribute of an item element, expanded (item-list references replaced by their
 * items; entries with unknown macros dropped). */
static void item_paths(msb *m, const char *attr, dls_proj_strs *out) {
    if (!attr)
        return;
    dls_proj_strs raw = {0};
    split_list(attr, ";", &raw);
    strbuf rest = {0};
    for (size_t i = 0; i < raw.count; i++)
        if (!item_list_reference(m, raw.items[i], out))
            sb_add(&rest, rest.n ? ";" : ""), sb_add(&rest, raw.items[i]);
    dls_proj_strs_free(&raw);
    char *plain = sb_take(&rest);
    char *list = expand_list(m, plain ? plain : "", NULL, "item list");
    split_list(list, ";", out);
    free(list);
    free(plain);
}

static int excluded_by(const msb *m, const dls_proj_strs *patterns, const char *include) {
    char *p = path_join(m->project_dir, include);
    int hit = 0;
    for (size_t i = 0; i < patterns->count && !hit; i++) {
        char *q = path_join(m->project_dir, patterns->items[i]);
        hit = glob_match(q, p);
        free(q);
    }
    free(p);
    return hit;
}

/* <ClCompile Remove="...">: drop earlier items of the type that match. */
static void remove_items(msb *m, const char *type, const dls_proj_strs *patterns) {
    size_t j = 0;
    for (size_t i = 0; i < m->n_items; i++) {
        item *it = &m->items[i];
        if (strcmp(it->type, type) == 0 && excluded_by(m, patterns, it->include)) {
            free(it->type);
            free(it->path);
            free(it->include);
            continue;
        }
        m->items[j++] = *it;
    }
    m->n_items = j;
}

/* One item of element e, unless an Exclude= pattern names it. */
static void add_item_entry(msb *m, const xnode *e, const char *include,
                           const dls_proj_strs *excludes) {
    if (excluded_by(m, excludes, include))
        return;
    add_item(m, e->name, include)->element = e;
}

/* The metadata of an item: the item definitions, the well-known metadata, then its own
 * (evaluated now, after every item definition, as MSBuild's passes would). */
static void item_metadata(msb *m, const item *it, vars *meta) {
    vars_copy(meta, &m->defaults);
    well_known_metadata(meta, it->include, it->path);
    m->this_file = it->file;
    for (size_t k = 0; it->element && k < it->element->n_kids; k++)
        set_metadata(m, meta, it->element->kids[k]);
}

static int excluded_from_build(const vars *meta) {
    const char *ex = vars_get(meta, "ExcludedFromBuild");
    return ex && path_eq(ex, "true");
}

/* Include="src\*.c": one item per file there (as MSBuild expands it), named "src\a.c". */
static void add_wildcard_items(msb *m, const xnode *e, const char *include,
                               const dls_proj_strs *excludes) {
    char *pattern = path_join(m->project_dir, include);
    dls_proj_strs files = {0};
    expand_wildcard(pattern, &files);
    const char *slash = strrchr(include, '/'), *bslash = strrchr(include, '\\');
    const char *last = slash > bslash ? slash : bslash;
    size_t keep = last ? (size_t)(last - include) + 1 : 0;
    for (size_t i = 0; i < files.count; i++) {
        char *one = dls_xasprintf("%.*s%s", (int)keep, include, path_base(files.items[i]));
        add_item_entry(m, e, one, excludes);
        free(one);
    }
    dls_proj_strs_free(&files);
    free(pattern);
}

static void eval_item_element(msb *m, const xnode *e) {
    if (strcmp(e->name, "ClCompile") != 0 && strcmp(e->name, "ClInclude") != 0)
        return;
    if (!cond_holds(m, e, NULL))
        return;
    dls_proj_strs includes = {0}, excludes = {0}, removes = {0};
    item_paths(m, xattr(e, "Include"), &includes);
    item_paths(m, xattr(e, "Exclude"), &excludes);
    item_paths(m, xattr(e, "Remove"), &removes);
    if (removes.count)
        remove_items(m, e->name, &removes);
    for (size_t i = 0; i < includes.count; i++) {
        const char *inc = includes.items[i];
        if (has_wildcard(inc) && !strstr(inc, "**"))
            add_wildcard_items(m, e, inc, &excludes);
        else
            add_item_entry(m, e, inc, &excludes);
    }
    dls_proj_strs_free(&includes);
    dls_proj_strs_free(&excludes);
    dls_proj_strs_free(&removes);
}

static void eval_items(msb *m, const group *grp) {
    const xnode *g = grp->node;
    m->this_file = grp->file;
    if (!cond_holds(m, g, NULL))
        return;
    for (size_t i = 0; i < g->n_kids; i++)
        eval_item_element(m, g->kids[i]);
}

/* ---------------------------------------------------------------------------------------------
 * An evaluated project: its items and what the WDK adds, whatever file format it came from.
 */

typedef struct {
    char *path;   /* the project file */
    char *dir;    /* its directory */
    char *config; /* "Debug|x64" */
    char *arch;
    int kernel;
    int user_mode;          /* builds user-mode code: an application, a DLL, a UMDF driver */
    msb m;                  /* items, defaults and properties */
    dls_proj_strs headers;  /* headers listed by the project or its .filters (absolute) */
    dls_proj_strs sys_incs; /* WDF include directories */
    dls_proj_strs warnings;
} project;

static void project_free(project *p) {
    free(p->path);
    free(p->dir);
    free(p->config);
    free(p->arch);
    msb_free(&p->m);
    dls_proj_strs_free(&p->headers);
    dls_proj_strs_free(&p->sys_incs);
    dls_proj_strs_free(&p->warnings);
}

static void project_init(project *p, const char *path) {
    memset(p, 0, sizeof *p);
    p->path = dls_xstrdup(path);
    p->dir = path_dir(path);
    p->m.project = p->path;
    p->m.project_dir = dls_xstrdup(p->dir);
    p->m.warnings = &p->warnings;
}

/* The headers a .vcxproj.filters file lists (it has no conditions: paths only). */
static void read_filters(project *p) {
    char *path = dls_xasprintf("%s.filters", p->path);
    char *fixed = path_fix_case(path);
    xnode *root = path_kind(fixed) == 1 ? xml_load(fixed, &p->warnings) : NULL;
    for (size_t i = 0; root && i < root->n_kids; i++) {
        const xnode *g = root->kids[i];
        for (size_t k = 0; strcmp(g->name, "ItemGroup") == 0 && k < g->n_kids; k++) {
            const char *inc = xattr(g->kids[k], "Include");
            if (inc && strcmp(g->kids[k]->name, "ClInclude") == 0 && !strchr(inc, '$')) {
                char *h = path_join(p->dir, inc);
                strs_push_unique(&p->headers, h);
                free(h);
            }
        }
    }
    xnode_free(root);
    free(fixed);
    free(path);
}

/* What the WDK's property sheets add once the properties are known: the initial
 * %(PreprocessorDefinitions), kernel mode, the architecture, the WDF include directory. */
static void apply_wdk_defaults(project *p, const dls_proj_opts *opts) {
    wdk_build b;
    wdk_build_of(&p->m, &b);
    dls_proj_strs defs = {0};
    wdk_defines(&b, &p->warnings, p->path, &defs);
    strbuf joined = {0};
    for (size_t i = 0; i < defs.count; i++)
        sb_add(&joined, i ? ";" : ""), sb_add(&joined, defs.items[i]);
    vars_set(&p->m.defaults, "PreprocessorDefinitions", joined.s ? joined.s : "", NULL);
    free(joined.s);
    dls_proj_strs_free(&defs);
    p->kernel = b.kernel;
    p->user_mode = !b.kernel;
    p->arch = dls_xstrdup(platform_arch(b.platform));
    wdf_includes(&b, opts ? opts->wdk_include : NULL, &p->sys_incs);
    wdk_build_free(&b);
}

/* Passes 2 and 3 over the groups pass 1 kept, then the headers the project lists. */
static void eval_items_and_headers(project *p) {
    msb *m = &p->m;
    for (size_t i = 0; i < m->n_groups; i++)
        if (strcmp(m->groups[i].node->name, "ItemDefinitionGroup") == 0)
            eval_definitions(m, &m->groups[i]);
    for (size_t i = 0; i < m->n_groups; i++)
        if (strcmp(m->groups[i].node->name, "ItemGroup") == 0)
            eval_items(m, &m->groups[i]);
    for (size_t i = 0; i < m->n_items; i++)
        if (strcmp(m->items[i].type, "ClInclude") == 0)
            strs_push_unique(&p->headers, m->items[i].path);
    read_filters(p);
}

/* Evaluate a .vcxproj for one configuration. sln: the solution that lists it, or NULL.
 * Returns 0 when the file cannot be read. */
static int load_vcxproj(project *p, const char *sln, const dls_proj_opts *opts) {
    msb *m = &p->m;
    const char *stored = NULL;
    const xnode *root = msb_load(m, p->path, &stored);
    if (!root)
        return 0;
    dls_proj_strs configs = {0};
    project_configurations(root, &configs);
    p->config = choose_configuration(&configs, opts ? opts->configuration : NULL);
    dls_proj_strs_free(&configs);
    well_known_properties(m, p->config, sln);
    wdk_properties(&m->props, opts ? opts->wdk_include : NULL);
    m->this_file = stored;
    dls_proj_strs_push(&m->importing, p->path);
    eval_nodes(m, root);
    apply_wdk_defaults(p, opts);
    eval_items_and_headers(p);
    return 1;
}

/* ---------------------------------------------------------------------------------------------
 * WDK `sources` and `dirs` files (nmake macro syntax: NAME=value, '\' continues a line, '#'
 * starts a comment, $(NAME) expands, !IF / !IFDEF / !ELSE / !ENDIF hold for a checked x64 build;
 * !INCLUDE and commands in conditions are not evaluated).
 */

/* The logical lines of an nmake-style text: '\\' at the end of a line joins the next, '#' starts
 * a comment, blank lines are left out. Each line trimmed. */
static void nmake_lines(const char *text, size_t len, dls_proj_strs *out) {
    strbuf line = {0};
    for (size_t i = 0; i <= len; i++) {
        char c = i < len ? text[i] : '\n';
        if (c == '\r')
            continue;
        if (c != '\n') {
            sb_addn(&line, &c, 1);
            continue;
        }
        char *t = trimmed(line.s ? line.s : "", line.n);
        size_t n = strlen(t);
        if (n && t[n - 1] == '\\' && i < len) { /* continued: keep collecting */
            line.n = 0;
            t[n - 1] = ' ';
            sb_add(&line, t);
            free(t);
            continue;
        }
        char *hash = strchr(t, '#');
        if (hash)
            *hash = '\0';
        char *l = trimmed(t, strlen(t));
        if (*l)
            dls_proj_strs_push(out, l);
        free(l);
        free(t);
        line.n = 0;
    }
    free(line.s);
}

/* NAME=value into macros; $(NAME) in the value is NAME's value so far. */
static void nmake_assign(vars *macros, const char *line, const char *eq) {
    char *name = trimmed(line, (size_t)(eq - line));
    char *raw = trimmed(eq + 1, strlen(eq + 1));
    char *self = dls_xasprintf("$(%s)", name);
    const char *old = vars_get(macros, name);
    strbuf v = {0};
    for (const char *s = raw; *s;) {
        const char *hit = strstr(s, self);
        sb_addn(&v, s, hit ? (size_t)(hit - s) : strlen(s));
        if (!hit)
            break;
        sb_add(&v, old ? old : "");
        s = hit + strlen(self);
    }
    char *value = sb_take(&v);
    vars_set(macros, name, value, NULL);
    free(value);
    free(self);
    free(raw);
    free(name);
}

/* Expand nmake macros in s: the file's own, then the build environment's, then the process
 * environment. Records the first unknown one. New string. */
static char *expand_nmake(const vars *macros, const vars *env, const char *s, int depth,
                          char **unknown) {
    strbuf b = {0};
    for (size_t i = 0; s[i];) {
        size_t close = s[i] == '$' && s[i + 1] == '(' ? closing_paren(s, i + 1) : 0;
        if (!close) {
            sb_addn(&b, s + i, 1);
            i++;
            continue;
        }
        char *name = dls_xstrndup(s + i + 2, close - i - 2);
        const char *v = vars_get(macros, name);
        v = v ? v : vars_get(env, name);
        v = v ? v : getenv(name);
        if (v && depth < MACRO_MAX_DEPTH) {
            char *x = expand_nmake(macros, env, v, depth + 1, unknown);
            sb_add(&b, x);
            free(x);
        } else if (unknown && !*unknown) {
            *unknown = dls_xasprintf("$(%s)", name);
        }
        free(name);
        i = close + 1;
    }
    return sb_take(&b);
}

#define NMAKE_MAX_NESTING 16

/* The !IF blocks open at a line of an nmake file. */
typedef struct {
    int active[NMAKE_MAX_NESTING]; /* the branch being read at this level holds */
    int taken[NMAKE_MAX_NESTING];  /* some branch at this level held */
    int depth;
} nmake_ifs;

static int nmake_reading(const nmake_ifs *s) {
    for (int i = 0; i < s->depth; i++)
        if (!s->active[i])
            return 0;
    return 1;
}

static int nmake_defined(const vars *macros, const vars *env, const char *name) {
    const char *v = vars_get(macros, name);
    v = v ? v : env ? vars_get(env, name) : NULL;
    return v || getenv(name);
}

/* A quoted or bare operand, without its quotes. New string. */
static char *unquoted(const char *s, size_t n) {
    char *t = trimmed(s, n);
    size_t len = strlen(t);
    if (len >= 2 && t[0] == '"' && t[len - 1] == '"') {
        memmove(t, t + 1, len - 2);
        t[len - 2] = '\0';
    }
    return t;
}

/* a op b for the comparison operators of nmake: numbers when both are numbers, else text
 * (without case; only == and != apply). -1 when op does not apply. */
static int nmake_compare(const char *a, const char *op, const char *b) {
    char *ea, *eb;
    long x = strtol(a, &ea, 0), y = strtol(b, &eb, 0);
    int numbers = *a && *b && !*ea && !*eb;
    if (!strcmp(op, "==") || !strcmp(op, "!="))
        return (numbers ? x == y : ascii_casecmp(a, b) == 0) == (op[0] == '=');
    if (!numbers)
        return -1;
    return !strcmp(op, "<=")   ? x <= y
           : !strcmp(op, ">=") ? x >= y
           : !strcmp(op, "<")  ? x < y
                               : x > y;
}

/* An expanded nmake condition (see nmake_condition). */
static int nmake_eval(const vars *macros, const vars *env, const char *t) {
    static const char *const logic[] = {"||", "&&"};
    for (int k = 0; k < 2; k++) {
        const char *op = strstr(t, logic[k]);
        if (!op)
            continue;
        char *left = dls_xstrndup(t, (size_t)(op - t));
        int a = nmake_eval(macros, env, left), b = nmake_eval(macros, env, op + 2);
        free(left);
        return a < 0 || b < 0 ? -1 : k == 0 ? a || b : a && b;
    }
    char *e = trimmed(t, strlen(t));
    int r = -1;
    static const char *const cmp[] = {"==", "!=", "<=", ">=", "<", ">"};
    const char *op = NULL;
    size_t k = 0;
    for (; k < sizeof cmp / sizeof *cmp && !op; k++)
        op = strstr(e, cmp[k]);
    if (op) {
        size_t w = strlen(cmp[k - 1]);
        char *a = unquoted(e, (size_t)(op - e)), *b = unquoted(op + w, strlen(op + w));
        r = nmake_compare(a, cmp[k - 1], b);
        free(a);
        free(b);
    } else if (e[0] == '!') {
        r = nmake_eval(macros, env, e + 1);
        r = r < 0 ? r : !r;
    } else if (ascii_ncasecmp(e, "defined(", 8) == 0 && e[strlen(e) - 1] == ')') {
        char *name = trimmed(e + 8, strlen(e) - 9);
        r = nmake_defined(macros, env, name);
        free(name);
    } else if (*e) {
        char *end;
        long v = strtol(e, &end, 0);
        r = *end ? -1 : v != 0;
    }
    free(e);
    return r;
}

/* The value of an nmake condition: || and && of comparisons ("a" == "b" without case, numbers
 * with == != < > <= >=), [!]defined(NAME) and numbers; no parentheses. Undefined macros read as
 * empty, as in nmake. -1 when the expression is none of these. */
static int nmake_condition(const vars *macros, const vars *env, const char *expr) {
    char *x = expand_nmake(macros, env ? env : macros, expr, 0, NULL);
    int r = nmake_eval(macros, env, x);
    free(x);
    return r;
}

/* The condition of !IF/!IFDEF/!IFNDEF (kind 'I', 'D', 'N'); an expression we cannot read is
 * taken as true, with a warning. */
static int nmake_test(const vars *macros, const vars *env, char kind, const char *arg,
                      const char *path, dls_proj_strs *w) {
    if (kind != 'I')
        return nmake_defined(macros, env, arg) == (kind == 'D');
    int r = nmake_condition(macros, env, arg);
    if (r < 0)
        warn(w, "%s: condition '%s' not evaluated; taken as true", path, arg);
    return r != 0;
}

/* The kind of a conditional keyword: 'I' (IF), 'D' (IFDEF), 'N' (IFNDEF), 0 for others. */
static char if_kind(const char *word) {
    return !ascii_casecmp(word, "IF")       ? 'I'
           : !ascii_casecmp(word, "IFDEF")  ? 'D'
           : !ascii_casecmp(word, "IFNDEF") ? 'N'
                                            : 0;
}

/* The leading letters of s, and what follows them (trimmed). New strings. */
static void split_word(const char *s, char **word, char **rest) {
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = 0;
    while (isalpha((unsigned char)s[n]))
        n++;
    *word = dls_xstrndup(s, n);
    *rest = trimmed(s + n, strlen(s + n));
}

/* !ELSE (kind 0) or !ELSEIF / !ELSEIFDEF / !ELSEIFNDEF (kind 'I', 'D', 'N') with arg. */
static void nmake_else(nmake_ifs *ifs, char kind, const char *arg, const vars *macros,
                       const vars *env, const char *path, dls_proj_strs *w) {
    int d = ifs->depth - 1, outer = 1;
    for (int i = 0; i < d; i++)
        outer = outer && ifs->active[i];
    int v = !ifs->taken[d] && outer && (!kind || nmake_test(macros, env, kind, arg, path, w));
    ifs->active[d] = v;
    ifs->taken[d] |= v;
}

/* One !directive: the conditionals update ifs; !UNDEF removes a macro; !MESSAGE is ignored;
 * others (!INCLUDE, !ERROR...) are not evaluated and a warning says so. */
static void nmake_directive(const char *path, const char *line, vars *macros, const vars *env,
                            nmake_ifs *ifs, dls_proj_strs *w) {
    char *word, *arg;
    split_word(line + 1, &word, &arg);
    char kind = if_kind(word);
    int reading = nmake_reading(ifs);
    if (kind && ifs->depth < NMAKE_MAX_NESTING) {
        int v = reading && nmake_test(macros, env, kind, arg, path, w);
        ifs->active[ifs->depth] = v;
        ifs->taken[ifs->depth++] = v;
    } else if (kind) {
        warn(w, "%s: !IF blocks nested too deeply", path);
    } else if (ascii_ncasecmp(word, "ELSE", 4) == 0 && ifs->depth > 0) {
        char *sub, *sub_arg; /* "!ELSE IF x" is "!ELSEIF x" */
        split_word(word[4] ? word + 4 : arg, &sub, &sub_arg);
        nmake_else(ifs, if_kind(sub), word[4] ? arg : sub_arg, macros, env, path, w);
        free(sub);
        free(sub_arg);
    } else if (ascii_casecmp(word, "ENDIF") == 0 && ifs->depth > 0) {
        ifs->depth--;
    } else if (ascii_casecmp(word, "UNDEF") == 0 && reading) {
        vars_remove(macros, arg);
    } else if (ascii_casecmp(word, "MESSAGE") != 0 && reading) {
        warn(w, "%s: directive '%s' not evaluated", path, line);
    }
    free(arg);
    free(word);
}

/* The NAME=value lines of an nmake-style file into macros, under its !IF / !IFDEF / !ELSE /
 * !ENDIF conditions (env: macros the build environment defines; may be NULL). Self references
 * ($(C_DEFINES) in C_DEFINES=) expand at once; other macros stay for expansion at use. Returns 0
 * when the file cannot be read. */
static int read_nmake(const char *path, vars *macros, const vars *env, dls_proj_strs *w) {
    size_t len = 0;
    char *text = read_file(path, DLS_PROJ_MAX_FILE_BYTES, &len, w);
    if (!text)
        return 0;
    dls_proj_strs lines = {0};
    nmake_lines(text, len, &lines);
    nmake_ifs ifs = {0};
    for (size_t i = 0; i < lines.count; i++) {
        const char *l = lines.items[i];
        const char *eq = strchr(l, '=');
        if (l[0] == '!')
            nmake_directive(path, l, macros, env, &ifs, w);
        else if (eq && nmake_reading(&ifs))
            nmake_assign(macros, l, eq);
    }
    if (ifs.depth)
        warn(w, "%s: !IF without !ENDIF", path);
    dls_proj_strs_free(&lines);
    free(text);
    return 1;
}

/* The entries of macro name split at seps, expanded; entries with unknown macros dropped. */
static void nmake_list(project *p, const vars *macros, const vars *env, const char *name,
                       const char *seps, dls_proj_strs *out) {
    dls_proj_strs raw = {0};
    split_list(vars_get(macros, name), seps, &raw);
    for (size_t i = 0; i < raw.count; i++) {
        char *unknown = NULL;
        char *v = expand_nmake(macros, env, raw.items[i], 0, &unknown);
        if (unknown)
            warn(&p->warnings, "%s: %s: '%s' dropped: %s is not known", p->path, name, raw.items[i],
                 unknown);
        else
            split_list(v, seps, out);
        free(v);
        free(unknown);
    }
    dls_proj_strs_free(&raw);
}

/* What the WDK 7 build environment defines for a checked x64 build. */
static void sources_environment(const char *wdk_include, vars *env) {
    static const char *const fixed[][2] = {
        {"O", "objchk_win7_amd64"},
        {"OBJ_PATH", "."},
        {"_BUILDARCH", "AMD64"},
        {"BUILD_ALT_DIR", "chk_win7_amd64"},
        {"_NT_TARGET_VERSION_WINXP", "0x501"},
        {"_NT_TARGET_VERSION_WS03", "0x502"},
        {"_NT_TARGET_VERSION_VISTA", "0x600"},
        {"_NT_TARGET_VERSION_LONGHORN", "0x600"},
        {"_NT_TARGET_VERSION_WIN7", "0x601"},
        {"_NT_TARGET_VERSION", "0x601"},
        {"DDKBUILDENV", "chk"},
        {"FREEBUILD", "0"},
        {"AMD64", "1"},
        {"DDK_TARGET_OS", "Win7"},
    };
    for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
        vars_set(env, fixed[i][0], fixed[i][1], NULL);
    wdk_properties(env, wdk_include);
}

/* C_DEFINES tokens (-DX, /DX=1, -UX) into defines and undefines of meta. */
static void sources_defines(project *p, const dls_proj_strs *tokens, strbuf *defs, strbuf *undefs) {
    for (size_t i = 0; i < tokens->count; i++) {
        const char *t = tokens->items[i];
        if ((t[0] == '-' || t[0] == '/') && (t[1] == 'D' || t[1] == 'U')) {
            const char *v = t[2] ? t + 2 : i + 1 < tokens->count ? tokens->items[++i] : "";
            strbuf *b = t[1] == 'D' ? defs : undefs;
            sb_add(b, b->n ? ";" : ""), sb_add(b, v);
        } else {
            warn(&p->warnings, "%s: C_DEFINES: '%s' ignored", p->path, t);
        }
    }
}

static const char *const kernel_target_types[] = {"DRIVER", "EXPORT_DRIVER", "DRIVER_LIBRARY",
                                                  "MINIPORT", "GDI_DRIVER"};
/* A plain LIBRARY may be linked into a driver: only these are user mode for sure. */
static const char *const user_target_types[] = {"PROGRAM", "DYNLINK", "PROGLIB", "UMAPPL_NOLIB"};

/* The WDK defines of a `sources` build, then C_DEFINES. */
static char *sources_all_defines(project *p, const vars *macros, const vars *env, strbuf *undefs) {
    const char *tt = vars_get(macros, "TARGETTYPE");
    for (size_t i = 0; tt && i < sizeof kernel_target_types / sizeof *kernel_target_types; i++)
        p->kernel |= path_eq(tt, kernel_target_types[i]);
    for (size_t i = 0; tt && i < sizeof user_target_types / sizeof *user_target_types; i++)
        p->user_mode |= path_eq(tt, user_target_types[i]);
    char *version = expand_nmake(macros, env, "$(_NT_TARGET_VERSION)", 0, NULL);
    unsigned long v = strtoul(version, NULL, 16);
    free(version);
    strbuf defs = {0};
    sb_add(&defs, "_WIN64;_AMD64_;AMD64");
    char *s = dls_xasprintf(";_WIN32_WINNT=0x%04lX;WINVER=0x%04lX;WINNT=1;NTDDI_VERSION=0x%04lX0000"
                            ";DBG=1",
                            v, v, v);
    sb_add(&defs, s);
    free(s);
    const char *kmajor = vars_get(macros, "KMDF_VERSION_MAJOR");
    if (kmajor) {
        const char *kminor = vars_get(macros, "KMDF_VERSION_MINOR");
        s = dls_xasprintf(";KMDF_VERSION_MAJOR=%s;KMDF_VERSION_MINOR=%s", kmajor,
                          kminor ? kminor : "9");
        sb_add(&defs, s);
        free(s);
    }
    dls_proj_strs tokens = {0};
    nmake_list(p, macros, env, "C_DEFINES", " \t", &tokens);
    sources_defines(p, &tokens, &defs, undefs);
    dls_proj_strs_free(&tokens);
    return sb_take(&defs);
}

/* RUN_WPP's -func:SPEC and -scan:FILE options as the .vcxproj metadata that says the same
 * (WppTraceFunction, WppScanConfigurationData), for derive_wpp. */
static void sources_wpp(project *p, const vars *macros, const vars *env) {
    dls_proj_strs tokens = {0};
    nmake_list(p, macros, env, "RUN_WPP", " \t", &tokens);
    strbuf funcs = {0}, scans = {0};
    for (size_t i = 0; i < tokens.count; i++) {
        const char *t = tokens.items[i];
        strbuf *b = strncmp(t, "-func:", 6) == 0   ? &funcs
                    : strncmp(t, "-scan:", 6) == 0 ? &scans
                                                   : NULL;
        if (b)
            sb_add(b, b->n ? ";" : ""), sb_add(b, t + 6);
    }
    if (tokens.count)
        vars_set(&p->m.defaults, "WppEnabled", "true", NULL);
    vars_set(&p->m.defaults, "WppTraceFunction", funcs.s ? funcs.s : "", NULL);
    vars_set(&p->m.defaults, "WppScanConfigurationData", scans.s ? scans.s : "", NULL);
    free(funcs.s);
    free(scans.s);
    dls_proj_strs_free(&tokens);
}

/* Evaluate a `sources` file: one item per C/C++ entry of SOURCES= (and AMD64_SOURCES=). */
static int load_sources(project *p, const dls_proj_opts *opts) {
    vars macros = {0}, env = {0};
    sources_environment(opts ? opts->wdk_include : NULL, &env);
    if (!read_nmake(p->path, &macros, &env, &p->warnings)) {
        vars_free(&env);
        return 0;
    }
    p->config = dls_xstrdup("chk|x64");
    p->arch = dls_xstrdup("x86_64");
    strbuf undefs = {0};
    char *defs = sources_all_defines(p, &macros, &env, &undefs);
    dls_proj_strs incs = {0}, srcs = {0};
    nmake_list(p, &macros, &env, "INCLUDES", ";", &incs);
    strbuf inc = {0};
    for (size_t i = 0; i < incs.count; i++)
        sb_add(&inc, i ? ";" : ""), sb_add(&inc, incs.items[i]);
    vars_set(&p->m.defaults, "PreprocessorDefinitions", defs, NULL);
    vars_set(&p->m.defaults, "UndefinePreprocessorDefinitions", undefs.s ? undefs.s : "", NULL);
    vars_set(&p->m.defaults, "AdditionalIncludeDirectories", inc.s ? inc.s : "", NULL);
    sources_wpp(p, &macros, &env);
    const char *pch = vars_get(&macros, "PRECOMPILED_INCLUDE");
    if (pch && *pch) {
        vars_set(&p->m.defaults, "PrecompiledHeader", "Use", NULL);
        vars_set(&p->m.defaults, "PrecompiledHeaderFile", pch, NULL);
    }
    nmake_list(p, &macros, &env, "SOURCES", " \t", &srcs);
    nmake_list(p, &macros, &env, "AMD64_SOURCES", " \t", &srcs);
    for (size_t i = 0; i < srcs.count; i++) {
        const char *s = srcs.items[i];
        if (has_suffix_nocase(s, ".c") || has_suffix_nocase(s, ".cpp") ||
            has_suffix_nocase(s, ".cxx") || has_suffix_nocase(s, ".cc"))
            add_item(&p->m, "ClCompile", s);
    }
    free(inc.s);
    free(undefs.s);
    free(defs);
    dls_proj_strs_free(&incs);
    dls_proj_strs_free(&srcs);
    vars_free(&macros);
    vars_free(&env);
    return 1;
}

/* The `sources` files a `dirs` file reaches (DIRS= and OPTIONAL_DIRS=, recursively). */
static void dirs_projects(const char *dirs_file, int depth, dls_proj_strs *out, dls_proj_strs *w) {
    if (depth > DIRS_MAX_DEPTH)
        return;
    vars macros = {0};
    read_nmake(dirs_file, &macros, NULL, w);
    dls_proj_strs subs = {0};
    split_list(vars_get(&macros, "DIRS"), " \t", &subs);
    split_list(vars_get(&macros, "OPTIONAL_DIRS"), " \t", &subs);
    char *dir = path_dir(dirs_file);
    for (size_t i = 0; i < subs.count; i++) {
        char *sub = path_join(dir, subs.items[i]);
        char *src = dls_xasprintf("%s/sources", sub);
        char *more = dls_xasprintf("%s/dirs", sub);
        char *src_fixed = path_fix_case(src), *more_fixed = path_fix_case(more);
        if (path_kind(src_fixed) == 1)
            strs_push_unique(out, src_fixed);
        if (path_kind(more_fixed) == 1)
            dirs_projects(more_fixed, depth + 1, out, w);
        free(src_fixed);
        free(more_fixed);
        free(more);
        free(src);
        free(sub);
    }
    free(dir);
    dls_proj_strs_free(&subs);
    vars_free(&macros);
}

/* ---------------------------------------------------------------------------------------------
 * Solutions.
 */

/* The .vcxproj paths a .sln lists: Project("{type}") = "name", "rel\path.vcxproj", "{guid}". */
static void sln_projects(const char *sln, dls_proj_strs *out, dls_proj_strs *w) {
    size_t len = 0;
    char *text = read_file(sln, DLS_PROJ_MAX_FILE_BYTES, &len, w);
    if (!text)
        return;
    char *dir = path_dir(sln);
    for (char *line = text; line && *line;) {
        char *next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        while (isspace((unsigned char)*line))
            line++;
        if (strncmp(line, "Project(", 8) == 0) {
            char *q[6] = {0};
            char *c = line;
            for (int k = 0; k < 6 && (c = strchr(c, '"')); k++)
                q[k] = c++;
            if (q[5] && q[5] > q[4] + 1) {
                char *rel = dls_xstrndup(q[4] + 1, (size_t)(q[5] - q[4] - 1));
                if (has_suffix_nocase(rel, ".vcxproj")) {
                    char *p = path_join(dir, rel);
                    char *f = path_fix_case(p);
                    strs_push_unique(out, f);
                    free(f);
                    free(p);
                }
                free(rel);
            }
        }
        line = next;
    }
    free(dir);
    free(text);
}

/* The nearest .sln at or above the project's directory that lists it, or NULL. New string. */
static char *solution_of(const char *proj) {
    char *dir = path_dir(proj);
    char *found = NULL;
    dls_proj_strs ignored = {0};
    for (int level = 0; level < SLN_MAX_LEVELS && !found; level++) {
        dls_proj_strs names = {0};
        list_dir(dir, &names);
        for (size_t i = 0; i < names.count && !found; i++) {
            if (!has_suffix_nocase(names.items[i], ".sln"))
                continue;
            char *sln = path_join(dir, names.items[i]);
            dls_proj_strs projs = {0};
            sln_projects(sln, &projs, &ignored);
            if (strs_has_nocase(&projs, proj))
                found = sln;
            else
                free(sln);
            dls_proj_strs_free(&projs);
        }
        dls_proj_strs_free(&names);
        char *up = path_dir(dir);
        int top = strcmp(up, dir) == 0;
        free(dir);
        dir = up;
        if (top)
            break;
    }
    free(dir);
    dls_proj_strs_free(&ignored);
    return found;
}

/* ---------------------------------------------------------------------------------------------
 * Loading any project file, and finding the item of a file.
 */

static int is_sources_file(const char *path) {
    return path_eq(path_base(path), "sources");
}

/* Evaluate the project file at path (.vcxproj or sources). Returns 0 when unreadable. */
static int project_load(project *p, const char *path, const dls_proj_opts *opts) {
    project_init(p, path);
    if (is_sources_file(path))
        return load_sources(p, opts);
    char *sln = solution_of(path);
    int ok = load_vcxproj(p, sln, opts);
    free(sln);
    return ok;
}

/* The first ClCompile item naming path, or NULL. */
static const item *find_source(const project *p, const char *path) {
    for (size_t i = 0; i < p->m.n_items; i++) {
        const item *it = &p->m.items[i];
        if (strcmp(it->type, "ClCompile") != 0)
            continue;
        if (has_wildcard(it->path) ? glob_match(it->path, path) : path_eq(it->path, path))
            return it;
    }
    return NULL;
}

static int lists_header(const project *p, const char *path) {
    return strs_has_nocase(&p->headers, path);
}

/* ---------------------------------------------------------------------------------------------
 * From an item to flags.
 */

/* Undo MSBuild's %XX escapes (%3B is ';'). New string. */
static char *unescape(const char *s) {
    strbuf b = {0};
    for (size_t i = 0; s[i]; i++) {
        if (s[i] == '%' && isxdigit((unsigned char)s[i + 1]) && isxdigit((unsigned char)s[i + 2])) {
            char hex[3] = {s[i + 1], s[i + 2], 0};
            char c = (char)strtol(hex, NULL, 16);
            sb_addn(&b, &c, 1);
            i += 2;
        } else {
            sb_addn(&b, s + i, 1);
        }
    }
    return sb_take(&b);
}

/* Whether define "NAME" or "NAME=VALUE" names a macro (cl.exe ignores, with a warning, entries
 * such as "/wd4996" that projects put among their definitions; clang would fail the parse). */
static int define_name_ok(const char *d) {
    if (!isalpha((unsigned char)*d) && *d != '_')
        return 0;
    while (*d && *d != '=')
        if (!isalnum((unsigned char)*d) && *d != '_')
            return 0;
        else
            d++;
    return 1;
}

static void derive_defines(const project *p, const vars *meta, dls_proj_flags *out) {
    if (p->kernel)
        dls_proj_strs_push(&out->defines, "_KERNEL_MODE");
    dls_proj_strs list = {0};
    split_list(vars_get(meta, "PreprocessorDefinitions"), ";", &list);
    for (size_t i = 0; i < list.count; i++) {
        char *d = unescape(list.items[i]);
        if (define_name_ok(d))
            strs_push_unique(&out->defines, d);
        else
            warn(&out->warnings, "%s: PreprocessorDefinitions: '%s' dropped: not a macro name",
                 p->path, d);
        free(d);
    }
    dls_proj_strs_free(&list);
    split_list(vars_get(meta, "UndefinePreprocessorDefinitions"), ";", &out->undefines);
}

static void derive_includes(const project *p, const vars *meta, dls_proj_flags *out) {
    dls_proj_strs list = {0};
    split_list(vars_get(meta, "AdditionalIncludeDirectories"), ";", &list);
    for (size_t i = 0; i < list.count; i++) {
        char *u = unescape(list.items[i]);
        char *j = path_join(p->dir, u);
        char *f = path_fix_case(j);
        strs_push_unique(&out->includes, f);
        free(f);
        free(j);
        free(u);
    }
    dls_proj_strs_free(&list);
    strs_append(&out->system_includes, &p->sys_incs);
}

/* A forced include as cl.exe finds it: beside the project, then in the include directories. */
static char *find_forced(const project *p, const dls_proj_flags *out, const char *name) {
    char *cand = path_join(p->dir, name);
    char *f = path_fix_case(cand);
    free(cand);
    if (path_kind(f) == 1 || path_is_abs(name))
        return f;
    free(f);
    for (size_t i = 0; i < out->includes.count; i++) {
        cand = path_join(out->includes.items[i], name);
        f = path_fix_case(cand);
        free(cand);
        if (path_kind(f) == 1)
            return f;
        free(f);
    }
    return NULL;
}

static void derive_forced(project *p, const vars *meta, dls_proj_flags *out) {
    dls_proj_strs list = {0};
    split_list(vars_get(meta, "ForcedIncludeFiles"), ";", &list);
    for (size_t i = 0; i < list.count; i++) {
        char *found = find_forced(p, out, list.items[i]);
        if (!found)
            warn(&out->warnings,
                 "%s: forced include '%s' not found beside the project or in its "
                 "include directories",
                 p->path, list.items[i]);
        strs_push_unique(&out->forced, found ? found : list.items[i]);
        free(found);
    }
    dls_proj_strs_free(&list);
}

/* The project's precompiled header (PrecompiledHeaderFile when PrecompiledHeader is Use or
 * Create; PRECOMPILED_INCLUDE in sources), found beside the project or in its include
 * directories: cl.exe resolves an #include of that name through the PCH, even in angle brackets. */
static void derive_pch(project *p, const vars *meta, dls_proj_flags *out) {
    const char *use = vars_get(meta, "PrecompiledHeader");
    const char *name = vars_get(meta, "PrecompiledHeaderFile");
    if (!name || !*name || !use || (!path_eq(use, "Use") && !path_eq(use, "Create")))
        return;
    char *u = unescape(name);
    out->pch = find_forced(p, out, u);
    free(u);
}

static const char *map_standard(const char *value, int cxx) {
    static const char *const c_map[][2] = {
        {"stdc11", "c11"}, {"stdc17", "c17"}, {"stdclatest", "c2x"}};
    static const char *const cxx_map[][2] = {{"stdcpp14", "c++14"},
                                             {"stdcpp17", "c++17"},
                                             {"stdcpp20", "c++20"},
                                             {"stdcpplatest", "c++2b"}};
    for (size_t i = 0; value && !cxx && i < sizeof c_map / sizeof *c_map; i++)
        if (path_eq(value, c_map[i][0]))
            return c_map[i][1];
    for (size_t i = 0; value && cxx && i < sizeof cxx_map / sizeof *cxx_map; i++)
        if (path_eq(value, cxx_map[i][0]))
            return cxx_map[i][1];
    return NULL;
}

static void derive_language(const vars *meta, const char *path, dls_proj_flags *out) {
    const char *as = vars_get(meta, "CompileAs");
    int cxx;
    if (as && path_eq(as, "CompileAsC"))
        cxx = 0;
    else if (as && path_eq(as, "CompileAsCpp"))
        cxx = 1;
    else
        cxx = has_suffix_nocase(path, ".cpp") || has_suffix_nocase(path, ".cxx") ||
              has_suffix_nocase(path, ".cc") || has_suffix_nocase(path, ".hpp");
    out->language = dls_xstrdup(cxx ? "c++" : "c");
    const char *std =
        map_standard(vars_get(meta, cxx ? "LanguageStandard" : "LanguageStandard_C"), cxx);
    out->standard = std ? dls_xstrdup(std) : NULL;
}

/* WPP tracing: "func:SPEC" for each WppTraceFunction entry, "scan:/abs/file" for each
 * WppScanConfigurationData entry, when the file's WppEnabled is true. */
static void derive_wpp(const project *p, const vars *meta, dls_proj_flags *out) {
    const char *on = vars_get(meta, "WppEnabled");
    if (!on || !path_eq(on, "true"))
        return;
    dls_proj_strs list = {0};
    split_list(vars_get(meta, "WppTraceFunction"), ";", &list);
    for (size_t i = 0; i < list.count; i++) {
        char *e = dls_xasprintf("func:%s", list.items[i]);
        strs_push_unique(&out->wpp, e);
        free(e);
    }
    dls_proj_strs_free(&list);
    split_list(vars_get(meta, "WppScanConfigurationData"), ";", &list);
    for (size_t i = 0; i < list.count; i++) {
        char *u = unescape(list.items[i]);
        char *j = path_join(p->dir, u);
        char *fixed = path_fix_case(j);
        char *e = dls_xasprintf("scan:%s", fixed);
        if (path_kind(fixed) != 1) {
            char *w = dls_xasprintf("%s: WppScanConfigurationData '%s' not found: the trace "
                                    "functions it configures are unknown",
                                    p->path, list.items[i]);
            strs_push_unique(&out->warnings, w);
            free(w);
        }
        strs_push_unique(&out->wpp, e);
        free(e);
        free(fixed);
        free(j);
        free(u);
    }
    dls_proj_strs_free(&list);
}

/* Fill out from the project and the metadata that applies to path. */
static void derive_flags(project *p, const vars *meta, const char *path, dls_proj_flags *out) {
    out->project = dls_xstrdup(p->path);
    out->configuration = dls_xstrdup(p->config);
    out->directory = dls_xstrdup(p->dir);
    out->arch = dls_xstrdup(p->arch);
    derive_defines(p, meta, out);
    derive_includes(p, meta, out);
    derive_forced(p, meta, out);
    derive_wpp(p, meta, out);
    derive_pch(p, meta, out);
    out->user_mode = p->user_mode;
    derive_language(meta, path, out);
}

/* ---------------------------------------------------------------------------------------------
 * The search.
 */

/* The project files of one directory: .vcxproj files there and those its .sln files list (sorted),
 * then its `sources` file and those its `dirs` file reaches. */
static void projects_in_dir(const char *dir, dls_proj_strs *vcx, dls_proj_strs *srcs,
                            dls_proj_strs *w) {
    dls_proj_strs names = {0};
    list_dir(dir, &names);
    for (size_t i = 0; i < names.count; i++) {
        const char *n = names.items[i];
        char *full = path_join(dir, n);
        if (has_suffix_nocase(n, ".vcxproj") && path_kind(full) == 1)
            strs_push_unique(vcx, full);
        else if (has_suffix_nocase(n, ".sln"))
            sln_projects(full, vcx, w);
        else if (path_eq(n, "sources") && path_kind(full) == 1)
            strs_push_unique(srcs, full);
        else if (path_eq(n, "dirs") && path_kind(full) == 1)
            dirs_projects(full, 0, srcs, w);
        free(full);
    }
    dls_proj_strs_free(&names);
    strs_sort(vcx);
    strs_sort(srcs);
}

static int is_header(const char *path) {
    static const char *const exts[] = {".h", ".hpp", ".hxx", ".hh", ".inl"};
    for (size_t i = 0; i < sizeof exts / sizeof *exts; i++)
        if (has_suffix_nocase(path, exts[i]))
            return 1;
    return 0;
}

/* Is dir the project's directory or one of its include directories (item definitions)? */
static int project_sees_dir(const project *p, const char *dir) {
    if (path_eq(p->dir, dir))
        return 1;
    dls_proj_strs list = {0};
    split_list(vars_get(&p->m.defaults, "AdditionalIncludeDirectories"), ";", &list);
    int hit = 0;
    for (size_t i = 0; i < list.count && !hit; i++) {
        char *j = path_join(p->dir, list.items[i]);
        char *f = path_fix_case(j);
        hit = path_eq(f, dir);
        free(f);
        free(j);
    }
    dls_proj_strs_free(&list);
    return hit;
}

/* Does p build path? Then meta gets the metadata that applies: its ClCompile item's (unless
 * excluded from build), else the item definitions when p lists path as a header. by_dir: a
 * header no project lists, taken by the project that has its directory among its include
 * directories. */
static int project_match(project *p, const char *path, int by_dir, vars *meta) {
    int hit;
    const item *it = by_dir ? NULL : find_source(p, path);
    if (it) {
        item_metadata(&p->m, it, meta);
        return !excluded_from_build(meta);
    }
    if (by_dir) {
        char *dir = path_dir(path);
        hit = project_sees_dir(p, dir);
        free(dir);
    } else {
        hit = lists_header(p, path);
    }
    if (hit)
        vars_copy(meta, &p->m.defaults);
    return hit;
}

/* "project X (Debug|x64)[, header found through its include directories][, chosen over Y]". */
static char *origin_of(const dls_proj_flags *out, int by_dir, const dls_proj_strs *also) {
    strbuf o = {0};
    char *head = dls_xasprintf("%s %s (%s)", is_sources_file(out->project) ? "sources" : "project",
                               out->project, out->configuration);
    sb_add(&o, head);
    free(head);
    if (by_dir)
        sb_add(&o, ", header found through its include directories");
    for (size_t i = 0; i < also->count; i++)
        sb_add(&o, i ? ", " : ", chosen over "), sb_add(&o, also->items[i]);
    return sb_take(&o);
}

/* The flags from the first project of cands (already sorted) that builds path; the others that
 * build it too are named in the origin. Returns 1 when one does. */
static int choose_among(const dls_proj_strs *cands, const char *path, int by_dir,
                        const dls_proj_opts *opts, dls_proj_strs *seen, dls_proj_flags *out) {
    int found = 0;
    dls_proj_strs also = {0};
    for (size_t i = 0; i < cands->count; i++) {
        const char *c = cands->items[i];
        if (strs_has(seen, c))
            continue;
        dls_proj_strs_push(seen, c);
        project p;
        vars meta = {0};
        int hit = project_load(&p, c, opts) && project_match(&p, path, by_dir, &meta);
        if (hit && found) {
            dls_proj_strs_push(&also, c);
        } else if (hit) {
            found = 1;
            dls_proj_strs_free(&out->warnings);
            strs_append(&out->warnings, &p.warnings);
            derive_flags(&p, &meta, path, out);
        } else if (!found) {
            strs_append(&out->warnings, &p.warnings);
        }
        vars_free(&meta);
        project_free(&p);
    }
    if (found)
        out->origin = origin_of(out, by_dir, &also);
    dls_proj_strs_free(&also);
    return found;
}

/* Walk up from the file's directory; the first level with a project that builds it decides. */
static int search_upward(const char *file, int by_dir, const dls_proj_opts *opts,
                         dls_proj_flags *out) {
    char *dir = path_dir(file);
    dls_proj_strs seen = {0};
    int found = 0;
    while (!found) {
        dls_proj_strs vcx = {0}, srcs = {0};
        projects_in_dir(dir, &vcx, &srcs, &out->warnings);
        found = choose_among(&vcx, file, by_dir, opts, &seen, out) ||
                choose_among(&srcs, file, by_dir, opts, &seen, out);
        dls_proj_strs_free(&vcx);
        dls_proj_strs_free(&srcs);
        char *up = path_dir(dir);
        int top = strcmp(up, dir) == 0;
        free(dir);
        dir = up;
        if (top)
            break;
    }
    free(dir);
    dls_proj_strs_free(&seen);
    return found;
}

int dls_proj_flags_for_file(const char *path, const dls_proj_opts *opts, dls_proj_flags *out) {
    memset(out, 0, sizeof *out);
    char *file = path_normalize(path);
    int found = search_upward(file, 0, opts, out);
    if (!found && is_header(file))
        found = search_upward(file, 1, opts, out);
    free(file);
    return found;
}

void dls_proj_flags_free(dls_proj_flags *f) {
    free(f->project);
    free(f->configuration);
    free(f->directory);
    free(f->arch);
    free(f->language);
    free(f->standard);
    free(f->origin);
    free(f->pch);
    dls_proj_strs_free(&f->defines);
    dls_proj_strs_free(&f->undefines);
    dls_proj_strs_free(&f->includes);
    dls_proj_strs_free(&f->system_includes);
    dls_proj_strs_free(&f->forced);
    dls_proj_strs_free(&f->wpp);
    dls_proj_strs_free(&f->warnings);
    memset(f, 0, sizeof *f);
}

/* ---------------------------------------------------------------------------------------------
 * Every source under a directory (for compile_commands.json).
 */

/* Project files (.vcxproj, sources) under dir, depth-first in sorted order. */
static void scan_projects(const char *dir, int depth, dls_proj_strs *out) {
    if (depth > SCAN_MAX_DEPTH)
        return;
    dls_proj_strs names = {0};
    list_dir(dir, &names);
    for (size_t i = 0; i < names.count; i++) {
        const char *n = names.items[i];
        if (n[0] == '.')
            continue;
        char *full = path_join(dir, n);
        int kind = path_kind(full);
        if (kind == 2)
            scan_projects(full, depth + 1, out);
        else if (kind == 1 && (has_suffix_nocase(n, ".vcxproj") || path_eq(n, "sources")))
            dls_proj_strs_push(out, full);
        free(full);
    }
    dls_proj_strs_free(&names);
}

static void project_sources(project *p, dls_proj_strs *out, dls_proj_strs *w) {
    for (size_t i = 0; i < p->m.n_items; i++) {
        const item *it = &p->m.items[i];
        if (strcmp(it->type, "ClCompile") != 0)
            continue;
        vars meta = {0};
        item_metadata(&p->m, it, &meta);
        int excluded = excluded_from_build(&meta);
        vars_free(&meta);
        if (excluded)
            continue;
        char *path = has_wildcard(it->path) ? NULL : path_fix_case(it->path);
        if (!path)
            expand_wildcard(it->path, out);
        else if (path_kind(path) == 1)
            strs_push_unique(out, path);
        else
            warn(w, "%s: source %s not found", p->path, it->path);
        free(path);
    }
}

void dls_proj_list_sources(const char *dir, const dls_proj_opts *opts, dls_proj_strs *out,
                           dls_proj_strs *warnings) {
    char *root = path_normalize(dir);
    dls_proj_strs projects = {0};
    scan_projects(root, 0, &projects);
    for (size_t i = 0; i < projects.count; i++) {
        project p;
        if (project_load(&p, projects.items[i], opts))
            project_sources(&p, out, &p.warnings);
        strs_append(warnings, &p.warnings);
        project_free(&p);
    }
    strs_sort(out);
    dls_proj_strs_free(&projects);
    free(root);
}
