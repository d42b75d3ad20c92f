/*
 * hover.h - Markdown describing a work item's lifecycle at a source position (the editor's hover).
 * Thread: the program's thread (see check.h).
 */
#ifndef DLS_HOVER_H
#define DLS_HOVER_H

#include "program.h"

/* The lifecycle of the work item used by the API call at offset of file, as a new Markdown
 * string, or NULL when no work-item call is there. */
char *dls_hover_describe(const dls_rule_ctx *ctx, const char *file, unsigned offset);

#endif
