/*
 * wpp.h - the text of WPP trace message headers supplied in memory.
 *
 * A driver that traces with WPP includes "<file>.tmh", which the WDK build generates from the trace
 * functions its project configures (WppTraceFunction, RUN_WPP -func:) and the `begin_wpp config`
 * blocks of its headers. Where that header does not exist, drvls parses the file with a header of
 * its own in its place (includes.h supplies it as an unsaved buffer; nothing is written to the
 * user's tree). It declares the WPP_DEFINE_BIT names of WPP_CONTROL_GUIDS as constants, the
 * TRACE_LEVEL_* values, WPP_INIT_TRACING, WPP_CLEANUP and the other support macros, and every
 * configured trace function as a macro whose arguments are still parsed and evaluated (a variable
 * used only in a trace counts as used). Thread: any; no shared state.
 */
#ifndef DLS_WPP_H
#define DLS_WPP_H

#include <stddef.h>
#include "flags.h"

/* The trace functions configured for one file: "NAME{..}(ARGS)" specs, owned, no duplicates. */
typedef struct {
    char **items;
    size_t count;
} dls_wpp_config;

/* Add the project's trace functions (flags->wpp "func:" lines) and the configuration blocks of its
 * scan files ("scan:" lines). flags may be NULL. */
void dls_wpp_config_flags(dls_wpp_config *c, const dls_flags *flags);
/* Add the FUNC lines of the `begin_wpp config` ... `end_wpp` blocks of a header or source text. */
void dls_wpp_config_text(dls_wpp_config *c, const char *text);
void dls_wpp_config_free(dls_wpp_config *c);

/* The text of the header to parse in place of the missing tmh (its absolute path). New string;
 * *len gets its length. */
char *dls_wpp_header_text(const char *tmh, const dls_wpp_config *c, size_t *len);

#endif
