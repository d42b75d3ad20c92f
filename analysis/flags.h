/*
 * flags.h - the compile command drvls uses for a source file.
 *
 * Order of sources: compile_commands.json found upward from the file (or in a build/ directory next
 * to any ancestor), then compile_flags.txt found upward, then the driver project that builds the
 * file (.vcxproj or WDK `sources`, see project.h: the driver default's target and headers plus the
 * project's language, defines, include directories and forced includes), then the driver default:
 * the WDK's headers when one is found (--wdk-root, WDKContentRoot, WindowsSdkDir, the registry's
 * KitsRoot10 on Windows, the default install path; newest version), else mingw-w64's ddk/ headers
 * plus drvls's NDIS 6 supplement (analysis/wdk-shim/). Flags that load code into the process
 * (-Xclang -load, -fplugin=, -fpass-plugin=) are always removed. Thread: any; no shared state.
 */
#ifndef DLS_FLAGS_H
#define DLS_FLAGS_H

#include <stddef.h>

typedef struct {
    const char
        *shim_dir; /* directory holding the NDIS supplement headers; NULL: dls_flags_shim_dir() */
    const char *wdk_root; /* a WDK install root to prefer; NULL: WDKContentRoot / default paths */
    const char *configuration; /* the .vcxproj configuration to evaluate ("Release|x64", or a
                                  name alone: "Release"); NULL or absent from a project: its
                                  first Debug|x64, else its first */
    const char *const *extra;  /* extra flags appended last (config "extraFlags"), may be NULL */
    size_t n_extra;
} dls_flags_opts;

/* Deep-copy options (for handing them to another thread); free the copy with
 * dls_flags_opts_free. src may be NULL (zeroed options). */
void dls_flags_opts_copy(dls_flags_opts *dst, const dls_flags_opts *src);
void dls_flags_opts_free(dls_flags_opts *o);

/* A compile command: argv without the compiler and without the source file itself. */
typedef struct {
    char **argv;
    int argc;
    char *directory; /* working directory the flags are relative to (absolute) */
    char *origin;    /* human-readable: "compile_commands.json at X", "compile_flags.txt at X",
                        "project X.vcxproj (Debug|x64); ...", "default (...)" */
    char *wpp;     /* the project's WPP configuration ("func:SPEC" / "scan:FILE" lines, see wpp.h),
                      NULL when the flags do not come from a project that enables WPP */
    int user_mode; /* from a project that builds user-mode code: mingw-w64's user-mode headers
                      (windows.h), not the DDK's */
    char *pch;     /* the project's precompiled header (absolute), or NULL: an #include of its
                      name resolves to it even in angle brackets, as cl.exe resolves it through
                      the PCH (includes.h) */
    char **warnings; /* problems met reading a project (one line each), NULL-terminated; may be
                        NULL. For the caller to log. */
    int n_warnings;
} dls_flags;

/* Compute the flags for an absolute path. Returns 0 (never fails: falls back to the default). The
 * caller frees with dls_flags_free. */
int dls_flags_for_file(const char *path, const dls_flags_opts *opts, dls_flags *out);
void dls_flags_free(dls_flags *f);
/* The flags the project that builds path gives it (no compile database consulted, no extra flags,
 * no resource dir). Returns 1 when a project builds path; 0 otherwise, out then holding only
 * warnings. The caller frees out with dls_flags_free either way. */
int dls_flags_from_project(const char *path, const dls_flags_opts *opts, dls_flags *out);
/* The default flags for path (driver default); used by dls_flags_for_file as the last resort. */
void dls_flags_default(const char *path, const dls_flags_opts *opts, dls_flags *out);
/* Remove plugin-loading flags in place. Returns how many arguments were removed. */
int dls_flags_strip_unsafe(dls_flags *f);
/* The supplement header directory: $DRVLS_SHIM_DIR, else <exe>/../share/drvls/wdk-shim, else the
 * source tree's analysis/wdk-shim, found on the first call (from any thread; later calls see the
 * same). Borrowed static string. */
const char *dls_flags_shim_dir(void);

#endif
