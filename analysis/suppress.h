/*
 * suppress.h - `// drvls-ignore` and `// drvls-ignore(rule-id, ...)` comments: a finding whose
 * primary line, or the line above it, carries one (naming its rule, or naming none) is not
 * reported.
 * Thread: any; no shared state.
 */
#ifndef DLS_SUPPRESS_H
#define DLS_SUPPRESS_H

#include <stddef.h>
#include "analysis.h"

/* Does line `line` (1-based) of text, or the line above it, suppress rule? */
int dls_suppress_matches(const char *text, size_t len, unsigned line, const char *rule);

/* The text of a file as the checker saw it, or NULL. */
typedef const char *(*dls_suppress_text_fn)(void *ctx, const char *file, size_t *len);

/* Remove from list[first..] every finding suppressed in its own file; the rest keep their order. */
void dls_suppress_filter(dls_findings *list, size_t first, dls_suppress_text_fn text_of, void *ctx);

#endif
