/*
 * includes.c - #include lines resolved as the WDK build resolves them (see includes.h): the walk
 * over the main file's local headers, the lookups clang and cl.exe make, and the headers supplied
 * where the two differ.
 */
#include "includes.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#ifndef _WIN32
#include <dirent.h>
#endif

#include "analysis.h"
#include "wpp.h"

#define INCL_MAX_FILES 256      /* local headers read per parse */
#define INCL_MAX_DEPTH 24       /* include depth followed */
#define INCL_MAX_TEXT (1 << 22) /* larger headers are not read */

typedef struct {
    char **items;
    size_t count;
} str_list;

static int list_has(const str_list *l, const char *s) {
    for (size_t i = 0; i < l->count; i++)
        if (strcmp(l->items[i], s) == 0)
            return 1;
    return 0;
}

static void list_push(str_list *l, const char *s) {
    l->items = dls_xrealloc(l->items, (l->count + 1) * sizeof *l->items);
    l->items[l->count++] = dls_xstrdup(s);
}

static void list_free(str_list *l) {
    for (size_t i = 0; i < l->count; i++)
        free(l->items[i]);
    free(l->items);
    memset(l, 0, sizeof *l);
}

static int path_kind(const char *p) {
    struct stat st;
    if (stat(p, &st) != 0)
        return 0;
    return S_ISDIR(st.st_mode) ? 2 : S_ISREG(st.st_mode) ? 1 : 0;
}

static char *dir_of(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? dls_xstrndup(path, slash == path ? 1 : (size_t)(slash - path))
                 : dls_xstrdup(".");
}

static int has_suffix_nocase(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    if (n < k)
        return 0;
    for (size_t i = 0; i < k; i++)
        if (tolower((unsigned char)s[n - k + i]) != tolower((unsigned char)suffix[i]))
            return 0;
    return 1;
}

/* A line's #include name (backslashes made slashes): *quoted set for "name". NULL when the line
 * is not an #include of a spelled name. New string. */
static char *include_name(const char *p, const char *end, int *quoted) {
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    if (p >= end || *p++ != '#')
        return NULL;
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    if (end - p < 7 || strncmp(p, "include", 7) != 0)
        return NULL;
    p += 7;
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    if (p >= end || (*p != '"' && *p != '<'))
        return NULL;
    char close = *p == '"' ? '"' : '>';
    *quoted = *p == '"';
    const char *s = ++p;
    while (p < end && *p != close && *p != '\n')
        p++;
    if (p >= end || *p != close || p == s)
        return NULL;
    char *name = dls_xstrndup(s, (size_t)(p - s));
    for (char *c = name; *c; c++)
        *c = *c == '\\' ? '/' : *c;
    return name;
}

/* --- lookups ---------------------------------------------------------------------------------- */

typedef struct {
    str_list quote, user, sys; /* -iquote, -I and -isystem directories, absolute */
    const char *pch;           /* the project's precompiled header, or NULL */
} search_dirs;

static void push_dir(str_list *l, const dls_flags *flags, const char *dir) {
    if (dir[0] != '/' && flags->directory) {
        char *abs = dls_xasprintf("%s/%s", flags->directory, dir);
        list_push(l, abs);
        free(abs);
    } else {
        list_push(l, dir);
    }
}

static void search_dirs_of(const dls_flags *flags, search_dirs *d) {
    memset(d, 0, sizeof *d);
    d->pch = flags ? flags->pch : NULL;
    for (int i = 0; flags && i < flags->argc; i++) {
        const char *a = flags->argv[i];
        const char *next = i + 1 < flags->argc ? flags->argv[i + 1] : NULL;
        if (strcmp(a, "-I") == 0 && next)
            push_dir(&d->user, flags, flags->argv[++i]);
        else if (strncmp(a, "-I", 2) == 0)
            push_dir(&d->user, flags, a + 2);
        else if (strcmp(a, "-isystem") == 0 && next)
            push_dir(&d->sys, flags, flags->argv[++i]);
        else if (strcmp(a, "-iquote") == 0 && next)
            push_dir(&d->quote, flags, flags->argv[++i]);
    }
}

static void search_dirs_free(search_dirs *d) {
    list_free(&d->quote);
    list_free(&d->user);
    list_free(&d->sys);
}

static int under(const char *path, const char *dir) {
    size_t n = strlen(dir);
    return strncmp(path, dir, n) == 0 && (path[n] == '/' || (n && dir[n - 1] == '/'));
}

static int is_system(const search_dirs *d, const char *path) {
    for (size_t i = 0; i < d->sys.count; i++)
        if (under(path, d->sys.items[i]))
            return 1;
    return 0;
}

/* dir/rel with each component matched regardless of case where the exact one does not exist.
 * New string, or NULL when some component has no match. */
static char *match_nocase(const char *dir, const char *rel) {
#ifdef _WIN32
    (void)dir;
    (void)rel;
    return NULL;
#else
    char *cur = dls_xstrdup(dir);
    const char *p = rel;
    while (cur && *p) {
        const char *slash = strchr(p, '/');
        size_t n = slash ? (size_t)(slash - p) : strlen(p);
        char *comp = dls_xstrndup(p, n);
        char *next = dls_xasprintf("%s/%s", cur, comp);
        if (!path_kind(next)) {
            free(next);
            next = NULL;
            DIR *dh = opendir(cur);
            struct dirent *e;
            while (dh && !next && (e = readdir(dh)))
                if (strlen(e->d_name) == n && strncasecmp(e->d_name, comp, n) == 0)
                    next = dls_xasprintf("%s/%s", cur, e->d_name);
            if (dh)
                closedir(dh);
        }
        free(comp);
        free(cur);
        cur = next;
        p += n + (slash != NULL);
    }
    if (cur && path_kind(cur) != 1) {
        free(cur);
        cur = NULL;
    }
    return cur;
#endif
}

/* The file clang opens for the include: quoted names beside the includer, then in -iquote
 * directories; all names in -I, then -isystem directories. New string or NULL. */
static char *clang_lookup(const search_dirs *d, const char *includer_dir, const char *name,
                          int quoted) {
    if (name[0] == '/')
        return path_kind(name) == 1 ? dls_xstrdup(name) : NULL;
    const str_list *lists[] = {&d->quote, &d->user, &d->sys};
    if (quoted) {
        char *p = dls_xasprintf("%s/%s", includer_dir, name);
        if (path_kind(p) == 1)
            return p;
        free(p);
    }
    for (size_t l = quoted ? 0 : 1; l < 3; l++)
        for (size_t i = 0; i < lists[l]->count; i++) {
            char *p = dls_xasprintf("%s/%s", lists[l]->items[i], name);
            if (path_kind(p) == 1)
                return p;
            free(p);
        }
    return NULL;
}

/* For a quoted name: the file in the directory of a file up the include stack, innermost first,
 * as cl.exe finds it (after the includer's own directory: names matched regardless of case). *kind
 * says which rule found it. New string or NULL. */
static char *stack_lookup(const str_list *stack, const char *name, int *kind) {
    char *found = NULL;
    for (size_t i = stack->count; i-- > 0 && !found;) {
        char *dir = dir_of(stack->items[i]);
        char *p = dls_xasprintf("%s/%s", dir, name);
        if (path_kind(p) == 1 && i + 1 < stack->count) {
            found = p;
            *kind = DLS_INCL_STACK;
        } else {
            free(p);
            found = match_nocase(dir, name);
            *kind = DLS_INCL_CASE;
        }
        free(dir);
    }
    return found;
}

/* The file cl.exe opens where clang opens none: the same directories, names matched regardless of
 * case, and for quoted names the directories of the files up the include stack after the
 * includer's. *kind says which rule found it. New string or NULL. */
static char *msvc_lookup(const search_dirs *d, const str_list *stack, const char *name, int quoted,
                         int *kind) {
    if (name[0] == '/')
        return NULL;
    char *found = quoted ? stack_lookup(stack, name, kind) : NULL;
    const str_list *lists[] = {&d->quote, &d->user, &d->sys};
    for (size_t l = quoted ? 0 : 1; l < 3 && !found; l++)
        for (size_t i = 0; i < lists[l]->count && !found; i++) {
            found = match_nocase(lists[l]->items[i], name);
            *kind = DLS_INCL_CASE;
        }
    return found;
}

/* For a quoted name clang found in a search directory: the file cl.exe finds first, in the
 * directory of a file up the include stack (`#include "p2p.h"` beside P2P.h, where clang would
 * take mingw-w64's user-mode p2p.h). New string or NULL when cl.exe agrees with clang. */
static char *msvc_first(const str_list *stack, const char *includer_dir, const char *found,
                        const char *name, int *kind) {
    char *beside = dls_xasprintf("%s/%s", includer_dir, name);
    int same = strcmp(beside, found) == 0;
    free(beside);
    if (same || name[0] == '/')
        return NULL;
    char *first = stack_lookup(stack, name, kind);
    if (first && strcmp(first, found) == 0) {
        free(first);
        return NULL;
    }
    return first;
}

/* --- the walk --------------------------------------------------------------------------------- */

typedef struct {
    const search_dirs *dirs;
    str_list stack;   /* the files being read, outermost first */
    str_list visited; /* every file read */
    str_list tmh;     /* missing trace message headers */
    dls_wpp_config wpp;
    dls_incl_files *out;
} walk;

static int supplied(const dls_incl_files *out, const char *path) {
    for (size_t i = 0; i < out->count; i++)
        if (strcmp(out->items[i].path, path) == 0)
            return 1;
    return 0;
}

static void supply(dls_incl_files *out, char *path, char *text, size_t len, int kind) {
    out->items = dls_xrealloc(out->items, (out->count + 1) * sizeof *out->items);
    out->items[out->count++] = (dls_incl_file){path, text, len, kind};
}

/* Where clang will look first for the include, so that a header supplied there is found: beside
 * the includer for quoted names, else the search directory found_dir. NULL when that directory does
 * not exist (libclang needs it). New string. */
static char *supply_path(const char *includer_dir, const char *found, const char *name,
                         int quoted) {
    char *base;
    if (quoted) {
        base = dls_xstrdup(includer_dir);
    } else {
        /* found = <search dir>/<name as on disk>: the search dir has as many components fewer */
        base = dls_xstrdup(found);
        for (const char *c = name; base && *c; c++)
            if (*c == '/' || c == name) {
                char *up = dir_of(base);
                free(base);
                base = up;
            }
    }
    char *p = dls_xasprintf("%s/%s", base, name);
    free(base);
    char *dir = dir_of(p);
    int ok = path_kind(dir) == 2;
    free(dir);
    if (!ok) {
        free(p);
        return NULL;
    }
    return p;
}

static void walk_file(walk *w, const char *path, const char *text, size_t len);

static void walk_header(walk *w, const char *path) {
    if (list_has(&w->visited, path) || w->visited.count >= INCL_MAX_FILES ||
        w->stack.count >= INCL_MAX_DEPTH || is_system(w->dirs, path))
        return;
    char *text;
    size_t len;
    if (dls_read_small_file(path, INCL_MAX_TEXT, &text, &len) != 0)
        return;
    walk_file(w, path, text, len);
    free(text);
}

/* A header the build generates from a file of the same base name beside the includer. */
static int generated(const char *includer_dir, const char *name) {
    if (strchr(name, '/') || !has_suffix_nocase(name, ".h"))
        return 0;
    static const char *const inputs[] = {".mc", ".mof", ".idl"};
    size_t stem = strlen(name) - 2;
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        char *src = dls_xasprintf("%.*s%s", (int)stem, name, inputs[i]);
        char *found = match_nocase(includer_dir, src);
        if (!found) {
            char *exact = dls_xasprintf("%s/%s", includer_dir, src);
            found = path_kind(exact) == 1 ? exact : (free(exact), NULL);
        }
        free(src);
        if (found) {
            free(found);
            return 1;
        }
    }
    return 0;
}

/* The supplied header's text: an #include of the real file. A file in a system directory is
 * named relative to it, in angle brackets, so that the normal search finds it and its own
 * #include_next goes on from there (the fallback headers forward to mingw-w64's that way). */
static char *redirect_text(const search_dirs *d, const char *found) {
    for (size_t i = 0; i < d->sys.count; i++)
        if (under(found, d->sys.items[i])) {
            const char *rel = found + strlen(d->sys.items[i]);
            while (*rel == '/')
                rel++;
            return dls_xasprintf("#include <%s>\n", rel);
        }
    return dls_xasprintf("#include \"%s\"\n", found);
}

/* Whether name is the project's precompiled header (its file name, any case). */
static int is_pch_name(const search_dirs *d, const char *name) {
    if (!d->pch)
        return 0;
    const char *base = strrchr(d->pch, '/');
    base = base ? base + 1 : d->pch;
    for (; *base && *name; base++, name++)
        if (tolower((unsigned char)*base) != tolower((unsigned char)*name))
            return 0;
    return !*base && !*name;
}

/* Where clang looks first for an angle-bracket name: in the first -I directory, else the first
 * -isystem one. New string, or NULL when there is none. */
static char *angle_first(const search_dirs *d, const char *name) {
    const str_list *l = d->user.count ? &d->user : &d->sys;
    return l->count ? dls_xasprintf("%s/%s", l->items[0], name) : NULL;
}

static void resolve(walk *w, const char *includer_dir, const char *name, int quoted) {
    if (quoted && has_suffix_nocase(name, ".tmh") && !strchr(name, '/')) {
        char *tmh = dls_xasprintf("%s/%s", includer_dir, name);
        if (path_kind(tmh) != 1 && !list_has(&w->tmh, tmh))
            list_push(&w->tmh, tmh);
        free(tmh);
        return;
    }
    char *found = clang_lookup(w->dirs, includer_dir, name, quoted);
    int kind = 0;
    char *first = found && quoted ? msvc_first(&w->stack, includer_dir, found, name, &kind) : NULL;
    if (found && !first) {
        walk_header(w, found);
        free(found);
        return;
    }
    free(found);
    found = first ? first : msvc_lookup(w->dirs, &w->stack, name, quoted, &kind);
    if (!found && !quoted && is_pch_name(w->dirs, name)) {
        char *at = angle_first(w->dirs, name);
        if (at && !supplied(w->out, at)) {
            char *text = dls_xasprintf("#include \"%s\"\n", w->dirs->pch);
            supply(w->out, at, text, strlen(text), DLS_INCL_PCH);
        } else {
            free(at);
        }
        walk_header(w, w->dirs->pch);
        return;
    }
    if (found) {
        char *at = supply_path(includer_dir, found, name, quoted);
        if (at && !supplied(w->out, at)) {
            char *text = redirect_text(w->dirs, found);
            supply(w->out, at, text, strlen(text), kind);
        } else {
            free(at);
        }
        walk_header(w, found);
        free(found);
    } else if (quoted && generated(includer_dir, name)) {
        char *at = dls_xasprintf("%s/%s", includer_dir, name);
        if (!supplied(w->out, at)) {
            char *text = dls_xasprintf("/* %s: generated by the driver's build; empty until it "
                                       "exists */\n",
                                       name);
            supply(w->out, at, text, strlen(text), DLS_INCL_GENERATED);
        } else {
            free(at);
        }
    }
}

static void walk_file(walk *w, const char *path, const char *text, size_t len) {
    list_push(&w->visited, path);
    list_push(&w->stack, path);
    if (strstr(text, "begin_wpp"))
        dls_wpp_config_text(&w->wpp, text);
    char *dir = dir_of(path);
    for (const char *line = text, *stop = text + len; line < stop;) {
        const char *eol = memchr(line, '\n', (size_t)(stop - line));
        eol = eol ? eol : stop;
        int quoted = 0;
        char *name =
            memchr(line, '#', (size_t)(eol - line)) ? include_name(line, eol, &quoted) : NULL;
        line = eol + 1;
        if (name)
            resolve(w, dir, name, quoted);
        free(name);
    }
    free(dir);
    free(w->stack.items[--w->stack.count]);
}

void dls_incl_supply(const char *path, const char *text, size_t len, const dls_flags *flags,
                     dls_incl_files *out) {
    memset(out, 0, sizeof *out);
    search_dirs dirs;
    search_dirs_of(flags, &dirs);
    walk w = {.dirs = &dirs, .out = out};
    walk_file(&w, path, text, len);
    if (w.tmh.count)
        dls_wpp_config_flags(&w.wpp, flags);
    for (size_t i = 0; i < w.tmh.count; i++) {
        size_t tl;
        char *t = dls_wpp_header_text(w.tmh.items[i], &w.wpp, &tl);
        supply(out, dls_xstrdup(w.tmh.items[i]), t, tl, DLS_INCL_WPP);
    }
    dls_wpp_config_free(&w.wpp);
    list_free(&w.tmh);
    list_free(&w.visited);
    list_free(&w.stack);
    search_dirs_free(&dirs);
}

void dls_incl_files_free(dls_incl_files *f) {
    for (size_t i = 0; i < f->count; i++) {
        free(f->items[i].path);
        free(f->items[i].text);
    }
    free(f->items);
    memset(f, 0, sizeof *f);
}
