/*
 * suppress.c - the drvls-ignore comments (see suppress.h).
 */
#include "suppress.h"

#include <string.h>

/* The bounds of line `line` (1-based) in text; 0 when the text is shorter. */
static int line_bounds(const char *text, size_t len, unsigned line, size_t *b, size_t *e) {
    size_t pos = 0;
    for (unsigned l = 1; l < line; l++) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        if (!nl)
            return 0;
        pos = (size_t)(nl - text) + 1;
    }
    const char *nl = memchr(text + pos, '\n', len - pos);
    *b = pos;
    *e = nl ? (size_t)(nl - text) : len;
    return 1;
}

/* Does the rule list "(a, b)" starting at p (up to end) name rule? */
static int list_names(const char *p, const char *end, const char *rule) {
    size_t n = strlen(rule);
    while (p < end && *p != ')') {
        while (p < end && (*p == ' ' || *p == ',' || *p == '\t'))
            p++;
        const char *w = p;
        while (p < end && *p != ',' && *p != ')' && *p != ' ' && *p != '\t')
            p++;
        if ((size_t)(p - w) == n && memcmp(w, rule, n) == 0)
            return 1;
    }
    return 0;
}

/* Does text[b..e) hold a drvls-ignore comment covering rule? */
static int line_suppresses(const char *text, size_t b, size_t e, const char *rule) {
    static const char tag[] = "drvls-ignore";
    for (size_t i = b; i + 2 <= e; i++) {
        if (text[i] != '/' || (text[i + 1] != '/' && text[i + 1] != '*'))
            continue;
        const char *p = text + i + 2;
        while (p < text + e && (*p == ' ' || *p == '\t'))
            p++;
        if ((size_t)(text + e - p) < sizeof tag - 1 || memcmp(p, tag, sizeof tag - 1) != 0)
            continue;
        p += sizeof tag - 1;
        if (p < text + e && *p == '(')
            return list_names(p + 1, text + e, rule);
        return p == text + e || *p == ' ' || *p == '\t' || *p == '\r' || *p == '*';
    }
    return 0;
}

int dls_suppress_matches(const char *text, size_t len, unsigned line, const char *rule) {
    size_t b, e;
    if (!text || line == 0)
        return 0;
    if (line_bounds(text, len, line, &b, &e) && line_suppresses(text, b, e, rule))
        return 1;
    return line > 1 && line_bounds(text, len, line - 1, &b, &e) &&
           line_suppresses(text, b, e, rule);
}

void dls_suppress_filter(dls_findings *list, size_t first, dls_suppress_text_fn text_of,
                         void *ctx) {
    size_t kept = first;
    for (size_t i = first; i < list->count; i++) {
        dls_finding *f = &list->items[i];
        size_t len = 0;
        const char *text = f->range.file ? text_of(ctx, f->range.file, &len) : NULL;
        if (text && dls_suppress_matches(text, len, f->range.line, f->rule))
            dls_finding_free(f);
        else
            list->items[kept++] = *f;
    }
    list->count = kept;
}
