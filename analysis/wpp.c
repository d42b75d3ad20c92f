/*
 * wpp.c - WPP trace message headers supplied in memory (see wpp.h): find the .tmh includes that do
 * not exist, gather the trace functions the project and the file's headers configure, and write
 * the header text that stands in for the generated one.
 */
#include "wpp.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "analysis.h"

#define WPP_MAX_SCANNED 64     /* headers read per file in search of `begin_wpp config` blocks */
#define WPP_MAX_DEPTH 6        /* include depth followed from the main file */
#define WPP_MAX_TEXT (1 << 22) /* larger headers are not read */

typedef struct {
    char **items;
    size_t count;
} str_list;

static void list_push(str_list *l, const char *s, size_t n) {
    for (size_t i = 0; i < l->count; i++)
        if (strlen(l->items[i]) == n && strncmp(l->items[i], s, n) == 0)
            return;
    l->items = dls_xrealloc(l->items, (l->count + 1) * sizeof *l->items);
    l->items[l->count++] = dls_xstrndup(s, n);
}

static void list_free(str_list *l) {
    for (size_t i = 0; i < l->count; i++)
        free(l->items[i]);
    free(l->items);
    memset(l, 0, sizeof *l);
}

static int is_file(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static char *dir_of(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? dls_xstrndup(path, slash == path ? 1 : (size_t)(slash - path))
                 : dls_xstrdup(".");
}

/* A line's #include name: *quoted set for "name". Returns the name's length, 0 when the line is
 * not an #include. */
static size_t include_name(const char *line, const char *end, const char **name, int *quoted) {
    const char *p = line;
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    if (p >= end || *p != '#')
        return 0;
    p++;
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    if (end - p < 7 || strncmp(p, "include", 7) != 0)
        return 0;
    p += 7;
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    if (p >= end || (*p != '"' && *p != '<'))
        return 0;
    char close = *p == '"' ? '"' : '>';
    *quoted = *p == '"';
    const char *s = ++p;
    while (p < end && *p != close)
        p++;
    if (p >= end || p == s)
        return 0;
    *name = s;
    return (size_t)(p - s);
}

static int has_suffix_nocase(const char *s, size_t n, const char *suffix) {
    size_t k = strlen(suffix);
    if (n < k)
        return 0;
    for (size_t i = 0; i < k; i++)
        if (tolower((unsigned char)s[n - k + i]) != suffix[i])
            return 0;
    return 1;
}

/* --- the configuration ------------------------------------------------------------------------ */

/* The FUNC lines of the `begin_wpp config` ... `end_wpp` blocks of text: "NAME{..}(ARGS)". */
static void config_funcs(const char *text, str_list *funcs) {
    const char *p = text;
    while ((p = strstr(p, "begin_wpp config")) != NULL) {
        const char *end = strstr(p, "end_wpp");
        if (!end)
            return;
        for (const char *f = p; (f = strstr(f, "FUNC ")) != NULL && f < end;) {
            f += 5;
            while (*f == ' ' || *f == '\t')
                f++;
            const char *e = f;
            while (e < end && *e != ';' && *e != '\n')
                e++;
            while (e > f && isspace((unsigned char)e[-1]))
                e--;
            if (e > f)
                list_push(funcs, f, (size_t)(e - f));
        }
        p = end;
    }
}

/* The -I directories of flags, absolute (relative ones against flags->directory). */
static void include_dirs(const dls_flags *flags, str_list *out) {
    for (int i = 0; flags && i < flags->argc; i++) {
        const char *a = flags->argv[i], *dir = NULL;
        if (strcmp(a, "-I") == 0 && i + 1 < flags->argc)
            dir = flags->argv[++i];
        else if (strncmp(a, "-I", 2) == 0)
            dir = a + 2;
        if (!dir)
            continue;
        if (dir[0] != '/' && flags->directory) {
            char *abs = dls_xasprintf("%s/%s", flags->directory, dir);
            list_push(out, abs, strlen(abs));
            free(abs);
        } else {
            list_push(out, dir, strlen(dir));
        }
    }
}

/* Read the configuration blocks of text and, recursively, of the headers it includes that are
 * found in its own directory or the include directories. seen holds the paths read. */
static void scan_includes(const char *path, const char *text, size_t len, const str_list *dirs,
                          int depth, str_list *seen, str_list *funcs) {
    config_funcs(text, funcs);
    if (depth >= WPP_MAX_DEPTH)
        return;
    char *here = dir_of(path);
    for (const char *line = text, *stop = text + len; line < stop;) {
        const char *eol = memchr(line, '\n', (size_t)(stop - line));
        eol = eol ? eol : stop;
        const char *name;
        int quoted;
        size_t n = include_name(line, eol, &name, &quoted);
        line = eol + 1;
        if (!n || has_suffix_nocase(name, n, ".tmh"))
            continue;
        char *rel = dls_xstrndup(name, n);
        for (char *c = rel; *c; c++)
            *c = *c == '\\' ? '/' : *c;
        for (size_t d = quoted ? 0 : 1; d <= dirs->count && seen->count < WPP_MAX_SCANNED; d++) {
            char *cand = dls_xasprintf("%s/%s", d == 0 ? here : dirs->items[d - 1], rel);
            int found = is_file(cand);
            size_t before = seen->count;
            if (found)
                list_push(seen, cand, strlen(cand));
            char *t;
            size_t tl;
            if (found && seen->count > before && dls_read_file(cand, &t, &tl) == 0) {
                if (tl < WPP_MAX_TEXT)
                    scan_includes(cand, t, tl, dirs, depth + 1, seen, funcs);
                free(t);
            }
            free(cand);
            if (found)
                break;
        }
        free(rel);
    }
    free(here);
}

/* The trace functions for a file: the project's, its scan files', its headers'. */
static void gather_funcs(const char *path, const char *text, size_t len, const dls_flags *flags,
                         str_list *funcs) {
    str_list dirs = {0}, seen = {0};
    for (const char *l = flags ? flags->wpp : NULL; l && *l;) {
        const char *eol = strchr(l, '\n');
        size_t n = eol ? (size_t)(eol - l) : strlen(l);
        if (n > 5 && strncmp(l, "func:", 5) == 0) {
            list_push(funcs, l + 5, n - 5);
        } else if (n > 5 && strncmp(l, "scan:", 5) == 0) {
            char *file = dls_xstrndup(l + 5, n - 5), *t;
            size_t tl;
            if (dls_read_file(file, &t, &tl) == 0) {
                if (tl < WPP_MAX_TEXT)
                    config_funcs(t, funcs);
                free(t);
            }
            free(file);
        }
        l += n + (eol != NULL);
    }
    include_dirs(flags, &dirs);
    list_push(&seen, path, strlen(path));
    scan_includes(path, text, len, &dirs, 0, &seen, funcs);
    list_free(&dirs);
    list_free(&seen);
}

/* --- the header text -------------------------------------------------------------------------- */

typedef struct {
    char *s;
    size_t n, cap;
} buf;

static void add(buf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->s = dls_xrealloc(b->s, b->cap);
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

static void adds(buf *b, const char *s) {
    add(b, s, strlen(s));
}

/* What every supplied header starts with (once per translation unit). */
static const char common_text[] =
    "#ifndef DRVLS_WPP_COMMON\n"
    "#define DRVLS_WPP_COMMON\n"
    "#ifndef TRACE_LEVEL_NONE\n"
    "#define TRACE_LEVEL_NONE 0\n"
    "#define TRACE_LEVEL_CRITICAL 1\n"
    "#define TRACE_LEVEL_FATAL 1\n"
    "#define TRACE_LEVEL_ERROR 2\n"
    "#define TRACE_LEVEL_WARNING 3\n"
    "#define TRACE_LEVEL_INFORMATION 4\n"
    "#define TRACE_LEVEL_VERBOSE 5\n"
    "#define TRACE_LEVEL_RESERVED6 6\n"
    "#define TRACE_LEVEL_RESERVED7 7\n"
    "#define TRACE_LEVEL_RESERVED8 8\n"
    "#define TRACE_LEVEL_RESERVED9 9\n"
    "#endif\n"
    "static __inline void DrvlsWppTrace(int drvls_unused, ...) { (void)drvls_unused; }\n"
    "#define DRVLS_WPP_ARGS(...) __VA_ARGS__\n"
    "#define WPP_INIT_TRACING(...) DrvlsWppTrace(0, __VA_ARGS__)\n"
    "#define WPP_CLEANUP(...) DrvlsWppTrace(0, __VA_ARGS__)\n"
    "#define WPP_LEVEL_ENABLED(...) 1\n"
    "#define WPP_FLAG_ENABLED(...) 1\n"
    "#define WPP_LEVEL_LOGGER(...) 0\n"
    "#define WPP_FLAG_LOGGER(...) 0\n"
    "#define WPP_GLOBAL_Control ((void *)0)\n"
    "#endif\n"
    "#if defined(WPP_CONTROL_GUIDS) && !defined(DRVLS_WPP_BITS)\n"
    "#define DRVLS_WPP_BITS\n"
    "#define WPP_DEFINE_CONTROL_GUID(name, guid, bits) bits\n"
    "#define WPP_DEFINE_BIT(name) name,\n"
    "enum { WPP_CONTROL_GUIDS DrvlsWppBitsEnd };\n"
    "#undef WPP_DEFINE_BIT\n"
    "#undef WPP_DEFINE_CONTROL_GUID\n"
    "#endif\n";

/* One trace function "NAME{..}(ARGS)" as a macro that passes every argument to DrvlsWppTrace;
 * a parenthesized group of arguments ((LEVEL,MSG,...)) is unwrapped. Nothing for a spec it cannot
 * read. */
static void add_func(buf *b, const char *spec) {
    const char *p = spec;
    while (isalnum((unsigned char)*p) || *p == '_')
        p++;
    size_t name_len = (size_t)(p - spec);
    if (*p == '{')
        p = strchr(p, '}') ? strchr(p, '}') + 1 : p;
    while (*p == ' ')
        p++;
    if (!name_len || *p != '(')
        return;
    buf params = {0}, args = {0};
    adds(&args, "DrvlsWppTrace(0");
    int depth = 0, index = 0;
    const char *start = ++p;
    for (;; p++) {
        if (!*p) {
            free(params.s);
            free(args.s);
            return;
        }
        if (*p == '(')
            depth++;
        else if (*p == ')' && depth > 0)
            depth--;
        else if ((*p == ',' && depth == 0) || (*p == ')' && depth == 0)) {
            const char *a = start, *e = p;
            while (a < e && isspace((unsigned char)*a))
                a++;
            while (e > a && isspace((unsigned char)e[-1]))
                e--;
            char one[64];
            if (e - a == 3 && strncmp(a, "...", 3) == 0) {
                adds(&params, params.n ? ", ..." : "...");
                adds(&args, " , ##__VA_ARGS__");
            } else if (e > a) {
                snprintf(one, sizeof one, "%sa%d", params.n ? ", " : "", index);
                adds(&params, one);
                snprintf(one, sizeof one, ", %sa%d", *a == '(' ? "DRVLS_WPP_ARGS " : "", index++);
                adds(&args, one);
            }
            if (*p == ')')
                break;
            start = p + 1;
        }
    }
    adds(&args, ")");
    adds(b, "#ifndef ");
    add(b, spec, name_len);
    adds(b, "\n#define ");
    add(b, spec, name_len);
    adds(b, "(");
    if (params.s)
        adds(b, params.s);
    adds(b, ") ");
    adds(b, args.s);
    adds(b, "\n#endif\n");
    free(params.s);
    free(args.s);
}

static char *header_text(const char *tmh, const str_list *funcs, size_t *len) {
    buf b = {0};
    adds(&b, "/* ");
    adds(&b, tmh);
    adds(&b, ": supplied by drvls in place of the header the WPP preprocessor generates */\n");
    adds(&b, common_text);
    for (size_t i = 0; i < funcs->count; i++)
        add_func(&b, funcs->items[i]);
    *len = b.n;
    return b.s;
}

/* --- the entry point -------------------------------------------------------------------------- */

static void headers_push(dls_wpp_headers *h, char *path, char *text, size_t len) {
    h->items = dls_xrealloc(h->items, (h->count + 1) * sizeof *h->items);
    h->items[h->count++] = (dls_wpp_header){path, text, len};
}

void dls_wpp_headers_for(const char *path, const char *text, size_t len, const dls_flags *flags,
                         dls_wpp_headers *out) {
    memset(out, 0, sizeof *out);
    str_list funcs = {0};
    int gathered = 0;
    char *here = NULL;
    for (const char *line = text, *stop = text + len; line && line < stop;) {
        const char *eol = memchr(line, '\n', (size_t)(stop - line));
        eol = eol ? eol : stop;
        const char *name;
        int quoted;
        size_t n = include_name(line, eol, &name, &quoted);
        line = eol + 1;
        if (!n || !quoted || !has_suffix_nocase(name, n, ".tmh") || memchr(name, '/', n))
            continue;
        here = here ? here : dir_of(path);
        char *tmh = dls_xasprintf("%s/%.*s", here, (int)n, name);
        int known = is_file(tmh);
        for (size_t i = 0; i < out->count && !known; i++)
            known = strcmp(out->items[i].path, tmh) == 0;
        if (known) {
            free(tmh);
            continue;
        }
        if (!gathered++)
            gather_funcs(path, text, len, flags, &funcs);
        size_t tl;
        char *t = header_text(tmh, &funcs, &tl);
        headers_push(out, tmh, t, tl);
    }
    free(here);
    list_free(&funcs);
}

void dls_wpp_headers_free(dls_wpp_headers *h) {
    for (size_t i = 0; i < h->count; i++) {
        free(h->items[i].path);
        free(h->items[i].text);
    }
    free(h->items);
    memset(h, 0, sizeof *h);
}
