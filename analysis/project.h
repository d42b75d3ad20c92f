/*
 * project.h - compile flags from driver trees as they are: Visual Studio projects (.vcxproj, with
 * their .vcxproj.filters, the .props they import from the tree and the .sln that lists them) and
 * the older WDK build files (`sources`, `dirs`).
 *
 * The importer reads project files with expat and evaluates them the way MSBuild does, reduced to
 * what a compiler front end needs: properties first (PropertyGroup, Import, Choose, in document
 * order, global Configuration and Platform fixed), then item definitions, then items. From the
 * ClCompile item of a source file (or the ClInclude item of a header) it derives the defines,
 * include directories, forced includes, language and standard cl.exe would get, plus the defines a
 * WDK build adds from DriverType, TargetVersion, the platform and the configuration.
 *
 * Macros: $(...) expands to project properties, the well-known MSBuild ones (ProjectDir,
 * SolutionDir, Configuration, Platform, IntDir, OutDir, MSBuildThisFileDirectory...), WDK paths
 * when a WDK is given, then environment variables. An entry of a list (one define, one include
 * directory) that uses an unknown macro is dropped and a warning says so. Imports whose path uses
 * an unknown macro are the toolset's own (Microsoft.Cpp.props...) and are skipped silently.
 *
 * Limits: project files over DLS_PROJ_MAX_FILE_BYTES, malformed XML, documents with a DTD, missing
 * imports, import cycles: a warning, and the file is treated as absent (or the import skipped).
 *
 * Nothing here touches libclang; the flags module turns the result into a command line.
 * Thread: any; no shared state, no caching (every call reads the files again).
 */
#ifndef DLS_PROJECT_H
#define DLS_PROJECT_H

#include <stddef.h>

#define DLS_PROJ_MAX_FILE_BYTES (4u * 1024u * 1024u)

/* A list of heap strings. */
typedef struct {
    char **items;
    size_t count, cap;
} dls_proj_strs;

typedef struct {
    /* "Configuration|Platform" to evaluate; NULL or not in the project: the first Debug|x64 of
     * ProjectConfigurations (else the first configuration, else Debug|x64). Borrowed. */
    const char *configuration;
    /* The WDK's versioned include directory ("<root>/Include/10.0.22621.0"), or NULL when there
     * is none. Gives $(WindowsSdkDir), $(KM_IncludePath)... and the WDF include directories.
     * Borrowed. */
    const char *wdk_include;
} dls_proj_opts;

/* What the project that builds a file says about it. Every string is owned by the struct. */
typedef struct {
    char *project;           /* absolute path of the .vcxproj or sources file */
    char *configuration;     /* "Debug|x64"; for sources files "chk|x64" */
    char *directory;         /* the compiler's working directory (the project's directory) */
    char *arch;              /* target architecture: "x86_64", "i686", "aarch64", "arm" */
    char *language;          /* "c" or "c++" */
    char *standard;          /* clang -std= value ("c17", "c++17"), NULL: not set by the project */
    dls_proj_strs defines;   /* "NAME" or "NAME=VALUE", in command-line order */
    dls_proj_strs undefines; /* names */
    dls_proj_strs includes;  /* absolute include directories, in order */
    dls_proj_strs system_includes; /* WDK directories the driver model adds (wdf/kmdf/1.15) */
    dls_proj_strs forced;          /* forced include files (absolute when found) */
    /* WPP tracing when the project enables it: "func:NAME(ARGS)" per trace function it
     * configures (WppTraceFunction, RUN_WPP -func:), "scan:/abs/file" per header holding a
     * `begin_wpp config` block (WppScanConfigurationData, RUN_WPP -scan:). See wpp.h. */
    dls_proj_strs wpp;
    int user_mode; /* the project builds a user-mode binary (an application, a DLL, a UMDF
                      driver), not a kernel-mode driver */
    char *pch;     /* the project's precompiled header (PrecompiledHeaderFile with Use/Create,
                      sources PRECOMPILED_INCLUDE), absolute, when found; else NULL */
    /* "project /abs/x.vcxproj (Debug|x64)", then ", header found through its include
     * directories" for a header no project lists, and ", chosen over /abs/y.vcxproj" when another
     * project of the same tree builds the file too. */
    char *origin;
    /* Problems met on the way (unknown macros, bad XML, missing imports), one line each, without
     * a trailing newline. Filled whether or not a project was found. */
    dls_proj_strs warnings;
} dls_proj_flags;

/* Find the project that builds path (absolute), walking up from its directory: at each level the
 * .vcxproj files there, the projects the .sln files there list, a `sources` file and the
 * `sources` files a `dirs` file reaches. The first level with a project that builds the file
 * decides; among several there, .vcxproj before `sources`, then by sorted path. A header is built
 * by the project that lists it (ClInclude, or the .vcxproj.filters), else by the first project
 * found the same way whose directory or include directories hold it. Returns 1 and fills
 * out when found, 0 when not (out then holds only warnings). The caller always frees out with
 * dls_proj_flags_free. opts may be NULL. */
int dls_proj_flags_for_file(const char *path, const dls_proj_opts *opts, dls_proj_flags *out);
void dls_proj_flags_free(dls_proj_flags *f);

/* Every source file (ClCompile items, SOURCES= entries) of every project found under dir, sorted
 * and without duplicates, in out; problems in warnings. Excluded-from-build items and missing
 * files are left out. Both lists are the caller's (dls_proj_strs_free). opts may be NULL. */
void dls_proj_list_sources(const char *dir, const dls_proj_opts *opts, dls_proj_strs *out,
                           dls_proj_strs *warnings);

/* Append a copy of s. */
void dls_proj_strs_push(dls_proj_strs *l, const char *s);
void dls_proj_strs_free(dls_proj_strs *l);

#endif
