/*
 * wpp.c - the text of the WPP trace message headers drvls supplies in memory (see wpp.h): the trace
 * functions the project and the file's headers configure, and the header that stands in for the
 * generated one.
 */
#include "wpp.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"

#define WPP_MAX_TEXT (1 << 22) /* larger scan files are not read */

typedef dls_wpp_config str_list;

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

/* --- the configuration ------------------------------------------------------------------------ */

void dls_wpp_config_text(dls_wpp_config *funcs, const char *text) {
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

void dls_wpp_config_flags(dls_wpp_config *c, const dls_flags *flags) {
    for (const char *l = flags ? flags->wpp : NULL; l && *l;) {
        const char *eol = strchr(l, '\n');
        size_t n = eol ? (size_t)(eol - l) : strlen(l);
        if (n > 5 && strncmp(l, "func:", 5) == 0) {
            list_push(c, l + 5, n - 5);
        } else if (n > 5 && strncmp(l, "scan:", 5) == 0) {
            char *file = dls_xstrndup(l + 5, n - 5), *t;
            size_t tl;
            if (dls_read_small_file(file, WPP_MAX_TEXT, &t, &tl) == 0) {
                dls_wpp_config_text(c, t);
                free(t);
            }
            free(file);
        }
        l += n + (eol != NULL);
    }
}

void dls_wpp_config_free(dls_wpp_config *c) {
    list_free(c);
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
    "int DrvlsWppTrace(int drvls_unused, ...);\n"
    "#define DRVLS_WPP_ARGS(...) __VA_ARGS__\n"
    "#define WPP_INIT_TRACING(...) ((void)sizeof(DrvlsWppTrace(0, __VA_ARGS__)))\n"
    "#define WPP_CLEANUP(...) ((void)sizeof(DrvlsWppTrace(0, __VA_ARGS__)))\n"
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

/* One trace function "NAME{..}(ARGS)" as a macro that passes every argument to DrvlsWppTrace in
 * an unevaluated operand (sizeof): the arguments are parsed and type-checked and count as used,
 * but nothing is called, so the checker sees no pointer escape into a trace;
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
    adds(&args, "((void)sizeof(DrvlsWppTrace(0");
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
    adds(&args, ")))");
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

char *dls_wpp_header_text(const char *tmh, const dls_wpp_config *funcs, size_t *len) {
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
