/*
 * wpp.h - WPP trace message headers supplied in memory.
 *
 * A driver that traces with WPP includes "<file>.tmh", which the WDK build generates from the trace
 * functions its project configures (WppTraceFunction, RUN_WPP -func:) and the `begin_wpp config`
 * blocks of its headers. Where that header does not exist, drvls parses the file with a header of
 * its own in its place (an unsaved buffer; nothing is written to the user's tree) that declares:
 * the WPP_DEFINE_BIT names of WPP_CONTROL_GUIDS as constants, the TRACE_LEVEL_* values,
 * WPP_INIT_TRACING, WPP_CLEANUP and the other support macros, and every configured trace function
 * as a macro whose arguments are still parsed and evaluated (a variable used only in a trace counts
 * as used). Thread: any; no shared state.
 */
#ifndef DLS_WPP_H
#define DLS_WPP_H

#include <stddef.h>
#include "flags.h"

/* One header supplied in memory: its absolute path as clang looks it up, and its text. */
typedef struct {
    char *path;
    char *text;
    size_t len;
} dls_wpp_header;

typedef struct {
    dls_wpp_header *items;
    size_t count;
} dls_wpp_headers;

/* The headers to supply for the main file path whose text is text[0..len): one per quoted
 * #include of a name ending in .tmh that does not exist beside the file. The trace functions come
 * from flags->wpp (the project's configuration, may be NULL) and from the `begin_wpp config`
 * blocks of the file's own headers (quoted includes found beside it or in its -I directories) and
 * of the project's scan files. out is emptied first; free it with dls_wpp_headers_free. */
void dls_wpp_headers_for(const char *path, const char *text, size_t len, const dls_flags *flags,
                         dls_wpp_headers *out);
void dls_wpp_headers_free(dls_wpp_headers *h);

#endif
