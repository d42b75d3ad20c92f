/*
 * includes.h - #include lines resolved as the WDK build resolves them, through headers supplied
 * in memory.
 *
 * Before a parse, drvls follows the #include lines of the main file and of the headers it reaches
 * outside the system directories, and looks each one up the way clang will. Where clang would not
 * find a header that the WDK build does find, drvls supplies a small header in memory at the path
 * clang looks at first (an unsaved buffer; nothing is written to the user's tree):
 * - a name whose case differs from the file on disk (Windows ignores case: "Ntstrsafe.h",
 *   "Trace.h" for trace.h), in any directory searched: a header that includes the real file; for
 *   a quoted name also when a search directory has it in the exact case but a directory up the
 *   include stack, which cl.exe searches first, has it in another ("p2p.h" beside P2P.h);
 * - a quoted name found only in the directory of a file further up the include stack (cl.exe
 *   searches the directories of every open include file, innermost first): the same;
 * - a WPP trace message header (<file>.tmh) the build would generate: wpp.h's text;
 * - a header the build generates from a message-compiler (.mc), MOF (.mof) or MIDL (.idl) file of
 *   the same name beside the includer: an empty header that says so;
 * - the project's precompiled header named in angle brackets (`#include <precomp.h>`), which
 *   cl.exe resolves through the PCH: a header that includes it, where clang looks first.
 * On Windows names are matched as the file system matches them, so only the last three apply.
 * Thread: any; no shared state.
 */
#ifndef DLS_INCLUDES_H
#define DLS_INCLUDES_H

#include <stddef.h>
#include "flags.h"

/* One header supplied in memory: the absolute path clang looks it up by, and its text. */
typedef struct {
    char *path;
    char *text;
    size_t len;
    int kind; /* DLS_INCL_CASE, DLS_INCL_STACK, DLS_INCL_WPP, DLS_INCL_GENERATED or DLS_INCL_PCH */
} dls_incl_file;

enum { DLS_INCL_CASE = 1, DLS_INCL_STACK, DLS_INCL_WPP, DLS_INCL_GENERATED, DLS_INCL_PCH };

typedef struct {
    dls_incl_file *items;
    size_t count;
} dls_incl_files;

/* The headers to supply for main file path (absolute) with text[0..len) under flags. out is
 * emptied first; free it with dls_incl_files_free. */
void dls_incl_supply(const char *path, const char *text, size_t len, const dls_flags *flags,
                     dls_incl_files *out);
void dls_incl_files_free(dls_incl_files *f);

#endif
