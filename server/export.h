/*
 * export.h - the compile commands drvls derives, written out: `drvls flags FILE` prints the
 * command line drvls uses for one file and where it comes from; `drvls export-compile-commands
 * [DIR]` writes DIR/compile_commands.json for every source of every driver project (.vcxproj,
 * WDK `sources`) under DIR, so clangd and other tools see what drvls sees.
 *
 * Thread: the main thread of a command-line run (no loop is running); nothing is shared.
 */
#ifndef DLS_EXPORT_H
#define DLS_EXPORT_H

#include <jansson.h>

#include "flags.h"
#include "project.h"

/* `drvls flags [--wdk-root DIR] FILE`: the command line on stdout (one line, shell-quoted,
 * "clang" first and FILE last), then "origin: ..."; project warnings on stderr. argv[0] is
 * "flags". Returns the process exit code: 0, or 2 for bad usage or an unreadable FILE. */
int dls_export_flags_main(int argc, char **argv);

/* `drvls export-compile-commands [--wdk-root DIR] [DIR]`: write DIR/compile_commands.json
 * (default DIR: the current directory). argv[0] is "export-compile-commands". Returns the exit
 * code: 0 written, 1 no project sources under DIR (nothing written), 2 bad usage or a write
 * error. */
int dls_export_compile_commands_main(int argc, char **argv);

/* The compile_commands.json array for the project sources under dir (absolute): one entry per
 * source, {"directory", "file", "arguments": ["clang", flags..., file]}, sorted by file; the
 * flags are those of dls_flags_from_project (no compile database read, no resource dir).
 * Warnings met on the way are appended to warnings (may be NULL). opts may be NULL. Returns a new
 * reference (an empty array when there is nothing). */
json_t *dls_export_compile_commands(const char *dir, const dls_flags_opts *opts,
                                    dls_proj_strs *warnings);

/* arg quoted for a POSIX shell: as is when it has only safe characters, else in single quotes.
 * New string. */
char *dls_export_shell_quote(const char *arg);

#endif
