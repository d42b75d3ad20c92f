/*
 * flags.c - the compile command for a file: compile_commands.json, compile_flags.txt, the driver
 * project that builds it (.vcxproj or WDK `sources`, see project.h), or the driver default (WDK
 * headers when installed, else mingw-w64's DDK plus drvls's NDIS supplement). See flags.h for the
 * contract.
 */
#include "flags.h"
#include "analysis.h"
#include "platform.h"
#include "project.h"

#include <clang-c/CXCompilationDatabase.h>
#include <dirent.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifdef _WIN32
#include <windows.h>
#endif

/* A growable argv. */
typedef struct {
    char **v;
    int n, cap;
} dls_argv;

static void argv_push(dls_argv *a, const char *s) {
    if (a->n + 1 >= a->cap) {
        a->cap = a->cap ? a->cap * 2 : 32;
        a->v = dls_xrealloc(a->v, (size_t)a->cap * sizeof *a->v);
    }
    a->v[a->n++] = dls_xstrdup(s);
    a->v[a->n] = NULL;
}

static void argv_pushf(dls_argv *a, const char *prefix, const char *value) {
    char *s = dls_xasprintf("%s%s", prefix, value);
    argv_push(a, s);
    free(s);
}

static int is_dir(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int is_file(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static int has_suffix(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

static int is_cxx_path(const char *path) {
    return has_suffix(path, ".cpp") || has_suffix(path, ".cc") || has_suffix(path, ".cxx") ||
           has_suffix(path, ".hpp");
}

/* The parent directory of path as a new string ("/" for top-level entries). */
static char *parent_dir(const char *path) {
    const char *slash = strrchr(path, '/');
    if (!slash)
        return dls_xstrdup(".");
    if (slash == path)
        return dls_xstrdup("/");
    return dls_xstrndup(path, (size_t)(slash - path));
}

static char shim_found[PATH_MAX];

/* Fill shim_found once (pthread_once: worker threads ask at the same time). */
static void find_shim_dir(void) {
    const char *env = getenv("DRVLS_SHIM_DIR");
    if (env && is_dir(env)) {
        snprintf(shim_found, sizeof shim_found, "%s", env);
        return;
    }
    char *exe = dls_plat_exe_path();
    if (exe) {
        char *dir = parent_dir(exe);
        char *cand = dls_xasprintf("%s/../share/drvls/wdk-shim", dir);
        char *real = is_dir(cand) ? dls_plat_realpath(cand) : NULL;
        if (real)
            snprintf(shim_found, sizeof shim_found, "%s", real);
        free(real);
        free(cand);
        free(dir);
        free(exe);
        if (shim_found[0])
            return;
    }
    snprintf(shim_found, sizeof shim_found, "%s", DRVLS_SOURCE_SHIM_DIR);
}

const char *dls_flags_shim_dir(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, find_shim_dir);
    return shim_found;
}

/* Compare dotted version strings numerically ("10.0.22621.0" > "10.0.9200.0"). */
static int version_cmp(const char *a, const char *b) {
    while (*a || *b) {
        char *ea, *eb;
        unsigned long x = strtoul(a, &ea, 10), y = strtoul(b, &eb, 10);
        if (x != y)
            return x < y ? -1 : 1;
        if (ea == a || eb == b) /* not numeric: fall back to text */
            return strcmp(a, b);
        a = *ea == '.' ? ea + 1 : ea;
        b = *eb == '.' ? eb + 1 : eb;
    }
    return 0;
}

/* Newest "<root>/Include/<version>" that has a km/ directory, or NULL. New string. */
static char *wdk_include_dir(const char *root) {
    char inc[PATH_MAX];
    snprintf(inc, sizeof inc, "%s/Include", root);
    DIR *d = opendir(inc);
    if (!d)
        return NULL;
    char best[256] = "";
    struct dirent *e;
    while ((e = readdir(d))) {
        char *km = dls_xasprintf("%s/%s/km", inc, e->d_name);
        if (e->d_name[0] != '.' && is_dir(km) && (!best[0] || version_cmp(e->d_name, best) > 0))
            snprintf(best, sizeof best, "%s", e->d_name);
        free(km);
    }
    closedir(d);
    return best[0] ? dls_xasprintf("%s/%s", inc, best) : NULL;
}

/* Platform: the Windows Kits root the WDK installer records in the registry (KitsRoot10), or
 * NULL. Borrowed static string. */
static const char *registry_kits_root(void) {
#ifdef _WIN32
    static char root[MAX_PATH];
    DWORD size = sizeof root;
    if (RegGetValueA(HKEY_LOCAL_MACHINE, "SOFTWARE\\Microsoft\\Windows Kits\\Installed Roots",
                     "KitsRoot10", RRF_RT_REG_SZ | RRF_SUBKEY_WOW6432KEY, NULL, root,
                     &size) == ERROR_SUCCESS)
        return root;
#endif
    return NULL;
}

/* The WDK's versioned include directory: the --wdk-root / wdkRoot setting, WDKContentRoot,
 * WindowsSdkDir, the registry, the default install path; the newest version under the first
 * root that has one. New string, or NULL. */
static char *find_wdk(const dls_flags_opts *opts) {
    const char *roots[] = {
        opts ? opts->wdk_root : NULL,
        getenv("WDKContentRoot"),
        getenv("WindowsSdkDir"),
        registry_kits_root(),
        "C:/Program Files (x86)/Windows Kits/10",
    };
    for (size_t i = 0; i < sizeof roots / sizeof *roots; i++) {
        char *inc = roots[i] && *roots[i] ? wdk_include_dir(roots[i]) : NULL;
        if (inc)
            return inc;
    }
    return NULL;
}

static const char *mingw_include_dir(void) {
    static const char *const cands[] = {"/usr/x86_64-w64-mingw32/include",
                                        "/usr/share/mingw-w64/include"};
    for (size_t i = 0; i < sizeof cands / sizeof *cands; i++) {
        char ddk[PATH_MAX];
        snprintf(ddk, sizeof ddk, "%s/ddk", cands[i]);
        if (is_dir(ddk))
            return cands[i];
    }
    return cands[0];
}

static void push_language(dls_argv *a, const char *path) {
    if (is_cxx_path(path)) {
        argv_push(a, "-x");
        argv_push(a, "c++");
        argv_push(a, "-std=c++17");
    } else {
        argv_push(a, "-x");
        argv_push(a, "c");
        argv_push(a, "-std=c11");
    }
}

static const char *const dls_driver_defines[] = {
    "-D_AMD64_", "-D_WIN64", "-DNDIS_MINIPORT_DRIVER", "-DNDIS630_MINIPORT=1", "-DPOOL_NX_OPTIN=1",
};

/* The WDK's own headers: the MSVC target they are written for. */
static void push_wdk(dls_argv *a, const char *inc, const char *arch) {
    char *target = dls_xasprintf("--target=%s-pc-windows-msvc", arch);
    argv_push(a, target);
    free(target);
    argv_push(a, "-fms-extensions");
    argv_push(a, "-fms-compatibility");
    const char *sub[] = {"km", "shared", "um", "km/crt"};
    for (size_t i = 0; i < sizeof sub / sizeof *sub; i++) {
        char *dir = dls_xasprintf("%s/%s", inc, sub[i]);
        argv_push(a, "-isystem");
        argv_push(a, dir);
        free(dir);
    }
}

/* mingw-w64's headers, written for the mingw target (its intrin.h does not parse under the MSVC
 * target). Kernel code gets the DDK, with the fallback headers first so that their ndis.h wins over
 * mingw-w64's NDIS 5 one; user-mode code (the applications and DLLs of a driver tree) gets only the
 * user-mode headers. */
static void push_mingw(dls_argv *a, const char *arch, int user_mode, const dls_flags_opts *opts) {
    const char *inc = mingw_include_dir();
    char *target = dls_xasprintf("--target=%s-w64-mingw32", arch);
    argv_push(a, target);
    free(target);
    argv_push(a, "-fms-extensions");
    /* cl.exe accepts a ## that forms no valid token (DbgPrint##("...")); with -fms-extensions
     * clang's error for it is a warning that can be turned off (-fms-compatibility is not an
     * option: mingw-w64's headers do not parse under it) */
    argv_push(a, "-Wno-invalid-token-paste");
    /* cl.exe's __FUNCTION__ is a string literal that adjacent literals join (DbgPrint(__FUNCTION__
     * ": failed")); clang's is not before clang 18, so here it is an empty literal (the name is
     * lost, the code parses) */
    argv_push(a, "-D__FUNCTION__=\"\"");
    /* cl.exe parses a template's body when it is instantiated: names from a dependent base class
     * need no this-> (ignored in C) */
    argv_push(a, "-fdelayed-template-parsing");
    if (!user_mode) {
        argv_push(a, "-isystem");
        argv_push(a, opts && opts->shim_dir ? opts->shim_dir : dls_flags_shim_dir());
        argv_push(a, "-isystem");
        argv_pushf(a, inc, "/ddk");
    }
    argv_push(a, "-isystem");
    argv_push(a, inc);
}

/* The target and the headers: the WDK's when wdk is not NULL, else mingw-w64's (the DDK with the
 * supplement for kernel code, the user-mode headers for user-mode code). */
static void push_headers(dls_argv *a, const char *wdk, const char *arch, int user_mode,
                         const dls_flags_opts *opts) {
    if (wdk)
        push_wdk(a, wdk, arch);
    else
        push_mingw(a, arch, user_mode, opts);
}

static char *headers_origin(const char *wdk) {
    return wdk ? dls_xasprintf("WDK headers at %s", wdk)
               : dls_xstrdup("mingw-w64 DDK headers + drvls NDIS supplement");
}

void dls_flags_default(const char *path, const dls_flags_opts *opts, dls_flags *out) {
    dls_argv a = {0};
    char *wdk = find_wdk(opts);
    push_headers(&a, wdk, "x86_64", 0, opts);
    push_language(&a, path);
    for (size_t i = 0; i < sizeof dls_driver_defines / sizeof *dls_driver_defines; i++)
        argv_push(&a, dls_driver_defines[i]);
    out->argv = a.v;
    out->argc = a.n;
    out->directory = parent_dir(path);
    char *headers = headers_origin(wdk);
    out->origin = dls_xasprintf("default (%s)", headers);
    free(headers);
    free(wdk);
}

/* What a project says of a file: language and standard, defines, include directories (the
 * project's, then the WDK's for its driver model), forced includes. */
static void push_project(dls_argv *a, const dls_proj_flags *p) {
    int cxx = strcmp(p->language, "c++") == 0;
    argv_push(a, "-x");
    argv_push(a, p->language);
    argv_pushf(a, "-std=", p->standard ? p->standard : cxx ? "c++17" : "c11");
    for (size_t i = 0; i < p->defines.count; i++)
        argv_pushf(a, "-D", p->defines.items[i]);
    for (size_t i = 0; i < p->undefines.count; i++)
        argv_pushf(a, "-U", p->undefines.items[i]);
    for (size_t i = 0; i < p->includes.count; i++)
        argv_pushf(a, "-I", p->includes.items[i]);
    for (size_t i = 0; i < p->system_includes.count; i++) {
        argv_push(a, "-isystem");
        argv_push(a, p->system_includes.items[i]);
    }
    for (size_t i = 0; i < p->forced.count; i++) {
        argv_push(a, "-include");
        argv_push(a, p->forced.items[i]);
    }
}

static void add_warnings(dls_flags *f, const dls_proj_strs *w) {
    if (!w->count)
        return;
    f->warnings =
        dls_xrealloc(f->warnings, ((size_t)f->n_warnings + w->count + 1) * sizeof *f->warnings);
    for (size_t i = 0; i < w->count; i++)
        f->warnings[f->n_warnings++] = dls_xstrdup(w->items[i]);
    f->warnings[f->n_warnings] = NULL;
}

/* The entries of l, one per line; NULL when l is empty. New string. */
static char *join_lines(const dls_proj_strs *l) {
    if (!l->count)
        return NULL;
    size_t n = 1;
    for (size_t i = 0; i < l->count; i++)
        n += strlen(l->items[i]) + 1;
    char *s = dls_xcalloc(n, 1);
    for (size_t i = 0; i < l->count; i++)
        strcat(strcat(s, l->items[i]), "\n");
    return s;
}

int dls_flags_from_project(const char *path, const dls_flags_opts *opts, dls_flags *out) {
    memset(out, 0, sizeof *out);
    char *wdk = find_wdk(opts);
    dls_proj_opts popts = {.wdk_include = wdk, .configuration = opts ? opts->configuration : NULL};
    dls_proj_flags p;
    int found = dls_proj_flags_for_file(path, &popts, &p);
    if (found) {
        dls_argv a = {0};
        push_headers(&a, wdk, p.arch, p.user_mode, opts);
        push_project(&a, &p);
        out->argv = a.v;
        out->argc = a.n;
        out->directory = dls_xstrdup(p.directory);
        char *headers =
            p.user_mode && !wdk ? dls_xstrdup("mingw-w64 user-mode headers") : headers_origin(wdk);
        out->origin = dls_xasprintf("%s; %s", p.origin, headers);
        free(headers);
        out->wpp = join_lines(&p.wpp);
        out->user_mode = p.user_mode;
        out->pch = p.pch ? dls_xstrdup(p.pch) : NULL;
    }
    add_warnings(out, &p.warnings);
    dls_proj_flags_free(&p);
    free(wdk);
    return found;
}

/* Is t[0..n) a front-end (cc1) option that loads or runs a plugin? */
static int is_plugin_option(const char *t, size_t n) {
    return (n == 5 && strncmp(t, "-load", 5) == 0) ||
           (n == 11 && strncmp(t, "-add-plugin", 11) == 0) ||
           (n == 7 && strncmp(t, "-plugin", 7) == 0) ||
           (n >= 8 && strncmp(t, "-fplugin", 8) == 0) ||
           (n >= 13 && strncmp(t, "-fpass-plugin", 13) == 0);
}

/* Does "-Wp,a,b,..." pass a plugin option to the front end (clang forwards it as cc1 arguments)? */
static int is_unsafe_wp(const char *s) {
    if (strncmp(s, "-Wp,", 4) != 0)
        return 0;
    for (const char *p = s + 4;; p++) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        if (is_plugin_option(p, n))
            return 1;
        if (!comma)
            return 0;
        p = comma;
    }
}

/* Does argument i (with its value) load code into the process? Returns how many arguments to
 * drop (0 to keep). -Xclang, -Xpreprocessor and -Wp, all hand their arguments to the front end. */
static int unsafe_arg_width(char **v, int n, int i) {
    const char *s = v[i];
    if (strncmp(s, "-fplugin=", 9) == 0 || strncmp(s, "-fpass-plugin=", 14) == 0 || is_unsafe_wp(s))
        return 1;
    if (strcmp(s, "-fplugin") == 0 || strcmp(s, "-fpass-plugin") == 0)
        return i + 1 < n ? 2 : 1;
    if ((strcmp(s, "-Xclang") == 0 || strcmp(s, "-Xpreprocessor") == 0) && i + 1 < n) {
        const char *t = v[i + 1];
        if (is_plugin_option(t, strlen(t))) {
            /* the value follows as "-Xclang <value>" */
            int w = 2;
            if (i + 3 < n && strcmp(v[i + 2], s) == 0 && strchr(t, '=') == NULL)
                w = 4;
            return w;
        }
    }
    return 0;
}

int dls_flags_strip_unsafe(dls_flags *f) {
    int removed = 0, j = 0;
    for (int i = 0; i < f->argc;) {
        int w = unsafe_arg_width(f->argv, f->argc, i);
        if (w == 0) {
            f->argv[j++] = f->argv[i++];
            continue;
        }
        for (int k = 0; k < w; k++)
            free(f->argv[i + k]);
        i += w;
        removed += w;
    }
    f->argc = j;
    if (f->argv)
        f->argv[j] = NULL;
    return removed;
}

/* Arguments of a compile command that are not flags for parsing: the compiler, the output, the
 * source file itself, -c. Returns how many to skip at i (0 to keep). */
static int dropped_arg_width(const char *arg, const char *next, const char *src) {
    if (strcmp(arg, "-c") == 0 || strcmp(arg, "-MD") == 0 || strcmp(arg, "-MMD") == 0)
        return 1;
    if (strcmp(arg, "-o") == 0 || strcmp(arg, "-MF") == 0 || strcmp(arg, "-MT") == 0)
        return next ? 2 : 1;
    if (strncmp(arg, "-o", 2) == 0 && arg[2])
        return 1;
    if (strcmp(arg, "--") == 0)
        return 1;
    const char *base = strrchr(src, '/');
    if (strcmp(arg, src) == 0 || (base && strcmp(arg, base + 1) == 0))
        return 1;
    return 0;
}

static int flags_from_db(const char *dir, const char *path, dls_flags *out) {
    CXCompilationDatabase_Error err;
    CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(dir, &err);
    if (err != CXCompilationDatabase_NoError || !db)
        return 0;
    CXCompileCommands cmds = clang_CompilationDatabase_getCompileCommands(db, path);
    int found = cmds && clang_CompileCommands_getSize(cmds) > 0;
    if (found) {
        CXCompileCommand cmd = clang_CompileCommands_getCommand(cmds, 0);
        CXString wd = clang_CompileCommand_getDirectory(cmd);
        out->directory = dls_xstrdup(clang_getCString(wd));
        clang_disposeString(wd);
        dls_argv a = {0};
        unsigned n = clang_CompileCommand_getNumArgs(cmd);
        for (unsigned i = 1; i < n;) {
            CXString s = clang_CompileCommand_getArg(cmd, i);
            CXString t = clang_CompileCommand_getArg(cmd, i + 1 < n ? i + 1 : i);
            int w = dropped_arg_width(clang_getCString(s), i + 1 < n ? clang_getCString(t) : NULL,
                                      path);
            if (w == 0)
                argv_push(&a, clang_getCString(s));
            clang_disposeString(s);
            clang_disposeString(t);
            i += w ? (unsigned)w : 1;
        }
        argv_push(&a, "-working-directory");
        argv_push(&a, out->directory);
        out->argv = a.v;
        out->argc = a.n;
        out->origin = dls_xasprintf("compile_commands.json in %s", dir);
    }
    if (cmds)
        clang_CompileCommands_dispose(cmds);
    clang_CompilationDatabase_dispose(db);
    return found;
}

static int flags_from_txt(const char *dir, dls_flags *out) {
    char *file = dls_xasprintf("%s/compile_flags.txt", dir), *text;
    size_t len;
    int err = dls_read_small_file(file, 1u << 20, &text, &len);
    free(file);
    if (err)
        return 0;
    dls_argv a = {0};
    for (char *line = text; *line;) {
        size_t n = strcspn(line, "\r\n");
        char *next = line + n + strspn(line + n, "\r\n");
        line[n] = '\0';
        if (line[0])
            argv_push(&a, line);
        line = next;
    }
    free(text);
    argv_push(&a, "-working-directory");
    argv_push(&a, dir);
    out->argv = a.v;
    out->argc = a.n;
    out->directory = dls_xstrdup(dir);
    out->origin = dls_xasprintf("compile_flags.txt in %s", dir);
    return 1;
}

/* Look for a compile database or flags file in dir (and dir/build). */
static int flags_in_dir(const char *dir, const char *path, dls_flags *out) {
    char *db = dls_xasprintf("%s/compile_commands.json", dir);
    int ok = is_file(db) && flags_from_db(dir, path, out);
    free(db);
    if (!ok) {
        char *build = dls_xasprintf("%s/build", dir);
        char *bdb = dls_xasprintf("%s/compile_commands.json", build);
        ok = is_file(bdb) && flags_from_db(build, path, out);
        free(bdb);
        free(build);
    }
    return ok || flags_from_txt(dir, out);
}

static void append_extra(dls_flags *f, const dls_flags_opts *opts) {
    if (!opts || !opts->n_extra)
        return;
    dls_argv a = {f->argv, f->argc, f->argc + 1};
    for (size_t i = 0; i < opts->n_extra; i++)
        argv_push(&a, opts->extra[i]);
    f->argv = a.v;
    f->argc = a.n;
}

/* libclang's builtin headers: $DRVLS_CLANG_RESOURCE_DIR, else the one found at build time. */
static const char *resource_dir(void) {
    const char *env = getenv("DRVLS_CLANG_RESOURCE_DIR");
    if (env && is_dir(env))
        return env;
    return is_dir(DRVLS_CLANG_RESOURCE_DIR) ? DRVLS_CLANG_RESOURCE_DIR : NULL;
}

static void add_resource_dir(dls_flags *f) {
    const char *dir = resource_dir();
    for (int i = 0; i < f->argc; i++)
        if (strncmp(f->argv[i], "-resource-dir", 13) == 0)
            return;
    if (!dir)
        return;
    const char *extra[] = {"-resource-dir", dir};
    dls_flags_opts o = {.extra = extra, .n_extra = 2};
    append_extra(f, &o);
}

int dls_flags_for_file(const char *path, const dls_flags_opts *opts, dls_flags *out) {
    memset(out, 0, sizeof *out);
    char *dir = parent_dir(path);
    int found = 0;
    while (!found) {
        found = flags_in_dir(dir, path, out);
        if (found || strcmp(dir, "/") == 0 || strcmp(dir, ".") == 0)
            break;
        char *up = parent_dir(dir);
        free(dir);
        dir = up;
    }
    free(dir);
    if (!found)
        found = dls_flags_from_project(path, opts, out);
    if (!found)
        dls_flags_default(path, opts, out);
    append_extra(out, opts);
    add_resource_dir(out);
    dls_flags_strip_unsafe(out);
    return 0;
}

void dls_flags_free(dls_flags *f) {
    for (int i = 0; i < f->argc; i++)
        free(f->argv[i]);
    free(f->argv);
    for (int i = 0; i < f->n_warnings; i++)
        free(f->warnings[i]);
    free(f->warnings);
    free(f->directory);
    free(f->origin);
    free(f->wpp);
    free(f->pch);
    memset(f, 0, sizeof *f);
}

void dls_flags_opts_copy(dls_flags_opts *dst, const dls_flags_opts *src) {
    memset(dst, 0, sizeof *dst);
    if (!src)
        return;
    dst->shim_dir = dls_xstrdup(src->shim_dir);
    dst->wdk_root = dls_xstrdup(src->wdk_root);
    dst->configuration = dls_xstrdup(src->configuration);
    const char **extra = dls_xcalloc(src->n_extra + 1, sizeof *extra);
    for (size_t i = 0; i < src->n_extra; i++)
        extra[i] = dls_xstrdup(src->extra[i]);
    dst->extra = extra;
    dst->n_extra = src->n_extra;
}

void dls_flags_opts_free(dls_flags_opts *o) {
    free((char *)o->shim_dir);
    free((char *)o->wdk_root);
    free((char *)o->configuration);
    for (size_t i = 0; i < o->n_extra; i++)
        free((char *)o->extra[i]);
    free((void *)o->extra);
    memset(o, 0, sizeof *o);
}
