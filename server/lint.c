/*
 * lint.c - `drvls lint`: the command-line face of the checker, for CI.
 *
 * Collects the files to check (paths given, directories walked for .c/.cpp files, or every entry of
 * a compile database), parses them on worker threads (each with its own dls_unit) and extracts
 * their facts, links all facts into one dls_program on the main thread, runs the rules once, and
 * hands the findings to a reporter (report.h). Clang's errors go to stderr; the run goes on.
 * Threads, clocks and the file system go through libuv, so that the same code runs on Windows.
 */
#include "lint.h"
#include "platform.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <clang-c/CXCompilationDatabase.h>
#include <uv.h> /* before windows.h: it brings winsock2.h */

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <sys/ioctl.h>
#include <unistd.h>
#endif

#include "analyse.h"
#include "analysis.h"
#include "check.h"
#include "doctor.h"
#include "flags.h"
#include "lint_fix.h"
#include "report.h"
#include "units.h"

#ifndef DRVLS_VERSION
#define DRVLS_VERSION "0.0.0"
#endif

#define MAX_JOBS 256
#define CLANG_ERRORS_SHOWN 3
#define PROGRESS_DELAY_MS 1000
#define PROGRESS_TICK_MS 100

typedef enum { FORMAT_TEXT, FORMAT_JSON, FORMAT_SARIF } lint_format;
typedef enum { FIX_NONE, FIX_APPLY, FIX_DRY_RUN } lint_fix_mode;

/* A list of borrowed strings (from argv). */
typedef struct {
    const char **items;
    size_t count;
} str_list;

typedef struct {
    const char *command; /* "lint", "index" for `drvls index`, "doctor" for `drvls doctor` */
    str_list paths;
    str_list only;
    str_list disabled;
    const char *compile_commands; /* -p DIR */
    const char *output;           /* --output FILE */
    lint_format format;
    dls_halt_mode halt;
    int jobs;
    int quiet;
    int stats; /* --stats: where the time went, on stderr */
    int help;
    int list_rules;            /* --list-rules: print the rule catalogue instead of checking */
    lint_fix_mode fix;         /* --fix, --fix-dry-run */
    const char *index;         /* --index DIR (lint), --out DIR (index): the on-disk facts cache */
    unsigned shard, shards;    /* --shard K/N: this run reports shard K of N (1-based); N 0: all */
    int user_mode;             /* --user-mode: check the sources of user-mode projects too */
    const char *configuration; /* --configuration NAME: the .vcxproj configuration */
} lint_options;

/* One file to check, and what checking it produced. */
typedef struct {
    char *path;            /* absolute */
    dls_flags flags;       /* valid when has_flags */
    int has_flags;         /* flags came from -p, or were computed by the worker */
    dls_file_facts *facts; /* NULL when the file was not analysed */
    int from_cache;        /* the facts came from the index, not from a parse */
    int mine;              /* in this run's shard (always, without --shard) */
    int user_skipped;      /* left out: its project builds user-mode code (no --user-mode) */
    dls_findings clang;    /* clang's diagnostics of the file */
    char *error;           /* why the file could not be read or analysed, or NULL */
    dls_analyse_times times;
    dls_diagnosis diag; /* doctor: the root causes of its errors, when diagnosed */
    int diagnosed;
} lint_file;

typedef struct {
    lint_file *items;
    size_t count, cap;
} lint_files;

/* The state the worker threads share. Fields below lock are guarded by it. */
typedef struct {
    lint_files *files;
    const dls_cache *cache;    /* or NULL */
    int user_mode;             /* analyse the sources of user-mode projects too */
    int doctor;                /* diagnose the files' errors instead of extracting facts */
    const char *configuration; /* the .vcxproj configuration to evaluate, or NULL */
    uv_mutex_t lock;
    uv_cond_t progressed;
    size_t next; /* index of the next file to parse */
    size_t done; /* files finished */
} lint_pool;

/* Per-run notices (files not read, clang errors) for stderr and SARIF. */
typedef struct {
    dls_report_notice *items;
    size_t count;
} notice_list;

/* ---- small helpers ---- */

static void str_list_add(str_list *l, const char *s) {
    l->items = dls_xrealloc(l->items, (l->count + 1) * sizeof *l->items);
    l->items[l->count++] = s;
}

/* The number of cores this process may use, at least 1. */
static int core_count(void) {
#if UV_VERSION_HEX >= 0x012C00 /* 1.44 */
    unsigned n = uv_available_parallelism();
#else
    uv_cpu_info_t *cpus;
    int count = 0;
    if (uv_cpu_info(&cpus, &count) == 0)
        uv_free_cpu_info(cpus, count);
    unsigned n = count > 0 ? (unsigned)count : 1;
#endif
    return n < 1 ? 1 : n > MAX_JOBS ? MAX_JOBS : (int)n;
}

/* The canonical absolute path of an existing path, or NULL. New heap string. */
static char *real_path(const char *path) {
    uv_fs_t req;
    char *real = NULL;
    if (uv_fs_realpath(NULL, &req, path, NULL) == 0 && req.ptr)
        real = dls_xstrdup(req.ptr);
    uv_fs_req_cleanup(&req);
    return real;
}

typedef enum { KIND_MISSING, KIND_FILE, KIND_DIR, KIND_LINK, KIND_OTHER } path_kind;

/* What path is; links are followed when follow is set, else reported as KIND_LINK. */
static path_kind kind_of(const char *path, int follow) {
    uv_fs_t req;
    int rc = follow ? uv_fs_stat(NULL, &req, path, NULL) : uv_fs_lstat(NULL, &req, path, NULL);
    unsigned long mode = (unsigned long)req.statbuf.st_mode & S_IFMT;
    uv_fs_req_cleanup(&req);
    if (rc != 0)
        return KIND_MISSING;
    if (mode == S_IFDIR)
        return KIND_DIR;
    if (mode == S_IFREG)
        return KIND_FILE;
#ifdef S_IFLNK
    if (mode == S_IFLNK)
        return KIND_LINK;
#endif
    return KIND_OTHER;
}

/* The working directory, or NULL. New heap string. */
static char *current_directory(void) {
    char buf[4096];
    size_t size = sizeof buf;
    return uv_cwd(buf, &size) == 0 ? dls_xstrdup(buf) : NULL;
}

static const char *plural(size_t n, const char *one, const char *many) {
    return n == 1 ? one : many;
}

/* ---- options ---- */

/* `drvls index`'s usage. */
static void print_index_usage(FILE *out) {
    fputs("usage: drvls index [options] [PATH...]\n"
          "\n"
          "Parse driver sources once and keep what the checker needs of each file in DIR, for\n"
          "`drvls lint --index DIR` (for instance in CI: built once, shared by the --shard jobs).\n"
          "Files whose entry is up to date are not parsed again. PATHs and -p as for drvls lint.\n"
          "\n"
          "options:\n"
          "      --out DIR                the index directory (default: .cache/drvls)\n"
          "  -p, --compile-commands DIR   index every entry of DIR/compile_commands.json\n"
          "  -j, --jobs N                 parse N files at a time (default: number of cores)\n"
          "      --configuration NAME     the .vcxproj configuration to evaluate (Release|x64,\n"
          "                               or Release: for x64; default: Debug|x64)\n"
          "      --max-file-size MB       read no file larger than this (default: 64)\n"
          "      --user-mode              check the sources of user-mode projects too (test\n"
          "                               apps, DLLs, UMDF drivers; left out by default)\n"
          "  -q, --quiet                  no progress line, no summary\n"
          "  -h, --help                   show this help\n"
          "\n"
          "exit status: 0 indexed, 2 usage error, DIR not writable, or a file that could not be\n"
          "read or analysed.\n",
          out);
}

static void print_usage(FILE *out) {
    fputs("usage: drvls lint [options] [PATH...]\n"
          "\n"
          "Check Windows driver sources for work-item lifecycle bugs. PATHs are files or\n"
          "directories (searched recursively for .c and .cpp files; a .h file is checked only\n"
          "when named). Without PATH, -p is required.\n"
          "\n"
          "options:\n"
          "  -p, --compile-commands DIR   check every entry of DIR/compile_commands.json\n"
          "                               (with PATHs: only the entries under them)\n"
          "  -j, --jobs N                 parse N files at a time (default: number of cores)\n"
          "      --format text|json|sarif output format (default: text)\n"
          "  -o, --output FILE            write the report to FILE (default: standard output)\n"
          "      --rule ID                run only this rule (repeatable)\n"
          "      --disable ID             do not run this rule (repeatable)\n"
          "      --halt at-least-once|all-paths\n"
          "                               the halt check: released on some path, or on all\n"
          "      --fix                    apply the quick-fixes to the files, then check again\n"
          "      --fix-dry-run            print the quick-fixes as a unified diff instead\n"
          "      --index DIR              take the facts of unchanged files from DIR (drvls\n"
          "                               index) and keep those of parsed files there\n"
          "      --shard K/N              report only shard K of N of the files (by a hash of\n"
          "                               each path); the other files are read from --index,\n"
          "                               or parsed when they are not there\n"
          "      --configuration NAME     the .vcxproj configuration to evaluate (Release|x64,\n"
          "                               or Release: for x64; default: Debug|x64)\n"
          "      --max-file-size MB       read no file larger than this (default: 64)\n"
          "      --user-mode              check the sources of user-mode projects too (test\n"
          "                               apps, DLLs, UMDF drivers; left out by default)\n"
          "  -q, --quiet                  no progress line, no summary\n"
          "      --stats                  print parse, facts and rules times on stderr\n"
          "      --list-rules             list the rules: id, severity, description, docs\n"
          "  -h, --help                   show this help\n"
          "\n"
          "exit status: 0 no findings, 1 findings, 2 usage error or a file that could not be\n"
          "read or analysed.\n",
          out);
}

/* --list-rules: one rule a line: id, default severity, one-line description, documentation. */
static void print_rules(FILE *out) {
    size_t n;
    const dls_rule_info *rules = dls_rules(&n);
    for (size_t i = 0; i < n; i++)
        fprintf(out, "%-31s %-7s %s %s%s\n", rules[i].id,
                dls_report_severity_name(rules[i].severity), rules[i].short_description,
                DLS_REPORT_HELP_BASE, rules[i].id);
}

/* "lint" or "index": the command being run, for messages. */
static const char *command_name = "lint";

static int usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, "drvls %s: ", command_name);
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry 'drvls %s --help'.\n", command_name);
    return DLS_LINT_ERROR;
}

/* --shard K/N: 1 <= K <= N. Returns 0, or -1. */
static int parse_shard(lint_options *o, const char *v) {
    char *slash, *end = NULL;
    unsigned long k = strtoul(v, &slash, 10), n = 0;
    if (slash != v && *slash == '/' && slash[1] >= '0' && slash[1] <= '9')
        n = strtoul(slash + 1, &end, 10);
    if (n == 0 || *end != '\0' || k < 1 || k > n || n > 1000000)
        return -1;
    o->shard = (unsigned)k;
    o->shards = (unsigned)n;
    return 0;
}

/* Whether argv[*i] is the option long/short; sets *value to its argument ("--x=v", "-xv" or the
 * next word, consuming it) when takes_value. On a missing value, *value is NULL. */
static int match_option(char **argv, int argc, int *i, const char *shortname, const char *longname,
                        int takes_value, const char **value) {
    const char *a = argv[*i];
    size_t ln = strlen(longname);
    const char *rest = NULL;
    if (strncmp(a, longname, ln) == 0 && (a[ln] == '\0' || (takes_value && a[ln] == '=')))
        rest = a + ln;
    else if (shortname && strncmp(a, shortname, 2) == 0 && (a[2] == '\0' || takes_value))
        rest = a + 2;
    if (!rest)
        return 0;
    if (!takes_value)
        return 1;
    if (*rest == '=' && rest == a + ln)
        *value = rest + 1;
    else if (*rest)
        *value = rest;
    else
        *value = *i + 1 < argc ? argv[++*i] : NULL;
    return 1;
}

/* Apply the value of option name (its long spelling). Returns 0, or DLS_LINT_ERROR after printing
 * why the value is wrong. */
static int parse_value(lint_options *o, const char *name, const char *v) {
    if (!v)
        return usage_error("option %s needs a value", name);
    if (strcmp(name, "--format") == 0) {
        if (strcmp(v, "text") == 0)
            o->format = FORMAT_TEXT;
        else if (strcmp(v, "json") == 0)
            o->format = FORMAT_JSON;
        else if (strcmp(v, "sarif") == 0)
            o->format = FORMAT_SARIF;
        else
            return usage_error("unknown format '%s' (text, json or sarif)", v);
    } else if (strcmp(name, "--halt") == 0) {
        if (strcmp(v, "at-least-once") == 0)
            o->halt = DLS_HALT_AT_LEAST_ONCE;
        else if (strcmp(v, "all-paths") == 0)
            o->halt = DLS_HALT_ALL_PATHS;
        else
            return usage_error("unknown --halt mode '%s' (at-least-once or all-paths)", v);
    } else if (strcmp(name, "--jobs") == 0) {
        char *end;
        long n = strtol(v, &end, 10);
        if (*v == '\0' || *end != '\0' || n < 1 || n > MAX_JOBS)
            return usage_error("bad job count '%s' (1 to 256)", v);
        o->jobs = (int)n;
    } else if (strcmp(name, "--rule") == 0 || strcmp(name, "--disable") == 0) {
        if (!dls_rule_find(v))
            return usage_error("unknown rule '%s' (see docs/lint.md for the list)", v);
        str_list_add(name[2] == 'r' ? &o->only : &o->disabled, v);
    } else if (strcmp(name, "--compile-commands") == 0) {
        o->compile_commands = v;
    } else if (strcmp(name, "--output") == 0) {
        o->output = v;
    } else if (strcmp(name, "--configuration") == 0) {
        if (!*v)
            return usage_error("%s", "--configuration needs a name (Release|x64, Release)");
        o->configuration = v;
    } else if (strcmp(name, "--max-file-size") == 0) {
        char *end;
        long mb = strtol(v, &end, 10);
        if (*v == '\0' || *end != '\0' || mb < 1 || mb > 4096)
            return usage_error("bad file size '%s' (1 to 4096 MB)", v);
        dls_read_set_limit((size_t)mb << 20);
    } else if (strcmp(name, "--index") == 0 || strcmp(name, "--out") == 0) {
        o->index = v;
    } else if (strcmp(name, "--shard") == 0 && parse_shard(o, v) != 0) {
        return usage_error("bad shard '%s' (K/N with 1 <= K <= N)", v);
    }
    return 0;
}

/* Parse argv (argv[0] is "lint" or "index", o->command). Returns 0, or DLS_LINT_ERROR after
 * printing why. */
static int parse_args(int argc, char **argv, lint_options *o) {
    enum { LINT = 1, INDEX = 2, DOCTOR = 4 };
    static const struct {
        const char *shortname, *longname;
        int modes; /* LINT and/or INDEX: the commands that take it */
    } valued[] = {{"-p", "--compile-commands", LINT | INDEX | DOCTOR},
                  {"-j", "--jobs", LINT | INDEX | DOCTOR},
                  {NULL, "--format", LINT | DOCTOR},
                  {"-o", "--output", LINT | DOCTOR},
                  {NULL, "--rule", LINT},
                  {NULL, "--disable", LINT},
                  {NULL, "--halt", LINT},
                  {NULL, "--index", LINT},
                  {NULL, "--shard", LINT},
                  {NULL, "--out", INDEX},
                  {NULL, "--configuration", LINT | INDEX | DOCTOR},
                  {NULL, "--max-file-size", LINT | INDEX | DOCTOR}};
    int indexing = strcmp(o->command, "index") == 0;
    int mode = indexing ? INDEX : strcmp(o->command, "doctor") == 0 ? DOCTOR : LINT;
    indexing |= mode == DOCTOR; /* the options lint has beyond the common ones */
    int only_paths = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *value = NULL;
        if (only_paths || a[0] != '-' || strcmp(a, "-") == 0) {
            str_list_add(&o->paths, a);
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_paths = 1;
            continue;
        }
        if (match_option(argv, argc, &i, "-h", "--help", 0, NULL)) {
            o->help = 1;
            continue;
        }
        if (match_option(argv, argc, &i, "-q", "--quiet", 0, NULL)) {
            o->quiet = 1;
            continue;
        }
        if (!indexing && match_option(argv, argc, &i, NULL, "--stats", 0, NULL)) {
            o->stats = 1;
            continue;
        }
        if (match_option(argv, argc, &i, NULL, "--user-mode", 0, NULL)) {
            o->user_mode = 1;
            continue;
        }
        if (!indexing && match_option(argv, argc, &i, NULL, "--list-rules", 0, NULL)) {
            o->list_rules = 1;
            continue;
        }
        if (!indexing && (match_option(argv, argc, &i, NULL, "--fix-dry-run", 0, NULL) ||
                          match_option(argv, argc, &i, NULL, "--fix", 0, NULL))) {
            o->fix = a[5] ? FIX_DRY_RUN : FIX_APPLY;
            continue;
        }
        size_t k = 0, n = sizeof valued / sizeof valued[0];
        while (k < n &&
               (!(valued[k].modes & mode) ||
                !match_option(argv, argc, &i, valued[k].shortname, valued[k].longname, 1, &value)))
            k++;
        if (k == n)
            return usage_error("unknown option '%s'", a);
        if (parse_value(o, valued[k].longname, value))
            return DLS_LINT_ERROR;
    }
    if (mode == DOCTOR && o->format == FORMAT_SARIF)
        return usage_error("%s", "doctor writes text or json");
    if (!o->help && !o->list_rules && o->paths.count == 0 && !o->compile_commands)
        return usage_error("%s", "no PATH and no -p DIR: nothing to check");
    return 0;
}

/* ---- the files to check ---- */

static lint_file *files_add(lint_files *l, char *path) {
    if (l->count == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->items = dls_xrealloc(l->items, l->cap * sizeof *l->items);
    }
    lint_file *f = &l->items[l->count++];
    memset(f, 0, sizeof *f);
    f->path = path;
    return f;
}

static void files_free(lint_files *l) {
    for (size_t i = 0; i < l->count; i++) {
        lint_file *f = &l->items[i];
        free(f->path);
        if (f->has_flags)
            dls_flags_free(&f->flags);
        if (f->facts)
            dls_facts_free(f->facts);
        dls_findings_clear(&f->clang);
        dls_diagnosis_free(&f->diag);
        free(f->error);
    }
    free(l->items);
    memset(l, 0, sizeof *l);
}

/* Sort by path, a file with compile-database flags before the same path without. */
static int compare_files(const void *pa, const void *pb) {
    const lint_file *a = pa, *b = pb;
    int c = strcmp(a->path, b->path);
    return c ? c : b->has_flags - a->has_flags;
}

/* Sort the files and drop later duplicates of a path. */
static void files_sort_unique(lint_files *l) {
    if (l->count < 2)
        return;
    qsort(l->items, l->count, sizeof *l->items, compare_files);
    size_t kept = 1;
    for (size_t i = 1; i < l->count; i++) {
        lint_file *f = &l->items[i];
        if (strcmp(f->path, l->items[kept - 1].path) != 0) {
            l->items[kept++] = *f;
            continue;
        }
        free(f->path);
        if (f->has_flags)
            dls_flags_free(&f->flags);
    }
    l->count = kept;
}

/* An absolute, canonical path for p (relative to dir when given); a plain join when p does not
 * exist. New heap string. */
static char *absolute_path(const char *dir, const char *p) {
    char *joined = p[0] == '/' || !dir ? dls_xstrdup(p) : dls_xasprintf("%s/%s", dir, p);
    char *real = real_path(joined);
    if (real) {
        free(joined);
        return real;
    }
    char *cwd = joined[0] != '/' ? current_directory() : NULL;
    if (cwd) {
        char *abs = dls_xasprintf("%s/%s", cwd, joined);
        free(joined);
        free(cwd);
        return abs;
    }
    return joined;
}

static int has_source_extension(const char *name) {
    const char *dot = strrchr(name, '.');
    return dot && (strcmp(dot, ".c") == 0 || strcmp(dot, ".cpp") == 0);
}

/* Add the .c/.cpp files under dir, recursively; hidden entries and symlinked directories are
 * skipped, and so are special files. A source entry that cannot be examined (a dangling link) is
 * added all the same: reading it fails later and is reported with the other files. Returns 0, or
 * -1 when a directory could not be read (after saying so). */
static int walk_directory(lint_files *l, const char *dir) {
    uv_fs_t req;
    int rc = uv_fs_scandir(NULL, &req, dir, 0, NULL);
    if (rc < 0) {
        fprintf(stderr, "drvls lint: cannot read directory %s: %s\n", dir, uv_strerror(rc));
        uv_fs_req_cleanup(&req);
        return -1;
    }
    int status = 0;
    uv_dirent_t e;
    while (uv_fs_scandir_next(&req, &e) != UV_EOF) {
        if (e.name[0] == '.')
            continue;
        char *path = dls_xasprintf("%s/%s", dir, e.name);
        path_kind kind = kind_of(path, 0);
        if (kind == KIND_DIR) {
            if (walk_directory(l, path) != 0)
                status = -1;
        } else if (has_source_extension(e.name) && (kind == KIND_FILE || kind == KIND_LINK)) {
            path_kind target = kind == KIND_LINK ? kind_of(path, 1) : KIND_FILE;
            if (target == KIND_FILE || target == KIND_MISSING)
                files_add(l, absolute_path(NULL, path));
        }
        free(path);
    }
    uv_fs_req_cleanup(&req);
    return status;
}

/* Add what one PATH argument names: a directory's sources, or the file itself whatever its kind
 * (one that does not exist is reported when it fails to be read). Returns 0, or -1 when a
 * directory could not be read. */
static int add_path_argument(lint_files *l, const char *arg, str_list *roots) {
    char *path = absolute_path(NULL, arg);
    path_kind kind = kind_of(path, 1);
    if (kind == KIND_MISSING) {
        files_add(l, path);
        return 0;
    }
    str_list_add(roots, path);
    if (kind == KIND_DIR)
        return walk_directory(l, path);
    files_add(l, dls_xstrdup(path));
    return 0;
}

/* Whether path is one of roots or lies under one. */
static int under_roots(const char *path, const str_list *roots) {
    for (size_t i = 0; i < roots->count; i++) {
        size_t n = strlen(roots->items[i]);
        if (strncmp(path, roots->items[i], n) == 0 &&
            (path[n] == '\0' || path[n] == '/' || (n == 1 && roots->items[i][0] == '/')))
            return 1;
    }
    return 0;
}

/* Whether arg names abs_file, relative to the entry's directory dir ("-c a.c" with "file" absolute,
 * as Bear writes entries). */
static int names_file(const char *arg, const char *dir, const char *abs_file) {
    if (arg[0] == '-' || arg[0] == '/' || !dir)
        return 0;
    char *abs = absolute_path(dir, arg);
    int same = strcmp(abs, abs_file) == 0;
    free(abs);
    return same;
}

/* Whether a compile-command argument is to be dropped, and how many words it takes (1 or 2). The
 * source file is passed separately; outputs and dependency files must not be written. */
static int dropped_argument(const char *arg, const char *file, const char *abs_file,
                            const char *dir) {
    static const char *const with_value[] = {"-o", "-MF", "-MT", "-MQ", "-MJ"};
    static const char *const alone[] = {"-c", "-S", "-E", "-M", "-MM", "-MD", "-MMD", "-MP"};
    for (size_t i = 0; i < sizeof with_value / sizeof *with_value; i++) {
        size_t n = strlen(with_value[i]);
        if (strcmp(arg, with_value[i]) == 0)
            return 2;
        if (strncmp(arg, with_value[i], n) == 0 && n == 2)
            return 1; /* -ofile */
    }
    for (size_t i = 0; i < sizeof alone / sizeof *alone; i++)
        if (strcmp(arg, alone[i]) == 0)
            return 1;
    return strcmp(arg, file) == 0 || strcmp(arg, abs_file) == 0 || names_file(arg, dir, abs_file);
}

/* Append one argument to flags (argv stays NULL-terminated). */
static void flags_push(dls_flags *f, const char *arg) {
    f->argv = dls_xrealloc(f->argv, (size_t)(f->argc + 2) * sizeof *f->argv);
    f->argv[f->argc++] = dls_xstrdup(arg);
    f->argv[f->argc] = NULL;
}

/* The "-resource-dir DIR" pair the flags module adds to every command it makes (libclang's builtin
 * headers), taken from the flags it computes for a file in db_dir; NULL when it adds none. New
 * heap string. */
static char *resource_dir_option(const char *db_dir) {
    char *probe = dls_xasprintf("%s/drvls-lint-probe.c", db_dir);
    dls_flags f;
    dls_flags_for_file(probe, NULL, &f);
    char *dir = NULL;
    for (int i = 0; i + 1 < f.argc && !dir; i++)
        if (strcmp(f.argv[i], "-resource-dir") == 0)
            dir = dls_xstrdup(f.argv[i + 1]);
    dls_flags_free(&f);
    free(probe);
    return dir;
}

/* The flags of one compile command: compiler, source file and outputs removed, unsafe flags too,
 * then -working-directory (the entry's directory) and resource_dir when not NULL. */
static void command_flags(CXCompileCommand cmd, const char *db_dir, const char *file,
                          const char *abs_file, const char *resource_dir, dls_flags *out) {
    unsigned n = clang_CompileCommand_getNumArgs(cmd);
    memset(out, 0, sizeof *out);
    CXString dir = clang_CompileCommand_getDirectory(cmd);
    out->directory = absolute_path(NULL, clang_getCString(dir));
    clang_disposeString(dir);
    out->argv = dls_xcalloc(n + 1, sizeof *out->argv);
    int has_resource_dir = 0;
    for (unsigned i = 1; i < n; i++) {
        CXString s = clang_CompileCommand_getArg(cmd, i);
        const char *arg = clang_getCString(s);
        int drop = dropped_argument(arg, file, abs_file, out->directory);
        if (!drop)
            out->argv[out->argc++] = dls_xstrdup(arg);
        has_resource_dir |= strncmp(arg, "-resource-dir", 13) == 0;
        clang_disposeString(s);
        if (drop == 2)
            i++;
    }
    out->origin = dls_xasprintf("compile_commands.json at %s", db_dir);
    flags_push(out, "-working-directory");
    flags_push(out, out->directory);
    if (resource_dir && !has_resource_dir) {
        flags_push(out, "-resource-dir");
        flags_push(out, resource_dir);
    }
    dls_flags_strip_unsafe(out);
}

/* Add the entries of DIR/compile_commands.json (only those under roots when there are roots).
 * Returns 0, or -1 when the database cannot be loaded (after saying so). */
static int add_compile_commands(lint_files *l, const char *dir, const str_list *roots) {
    CXCompilationDatabase_Error err;
    CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(dir, &err);
    if (err != CXCompilationDatabase_NoError || !db) {
        fprintf(stderr, "drvls lint: cannot load %s/compile_commands.json\n", dir);
        if (db)
            clang_CompilationDatabase_dispose(db);
        return -1;
    }
    char *db_dir = absolute_path(NULL, dir);
    char *resource_dir = resource_dir_option(db_dir);
    CXCompileCommands cmds = clang_CompilationDatabase_getAllCompileCommands(db);
    unsigned n = cmds ? clang_CompileCommands_getSize(cmds) : 0;
    for (unsigned i = 0; i < n; i++) {
        CXCompileCommand cmd = clang_CompileCommands_getCommand(cmds, i);
        CXString file = clang_CompileCommand_getFilename(cmd);
        CXString cdir = clang_CompileCommand_getDirectory(cmd);
        const char *name = clang_getCString(file);
        char *path = absolute_path(clang_getCString(cdir), name);
        clang_disposeString(cdir);
        if (roots->count && !under_roots(path, roots)) {
            free(path);
        } else {
            lint_file *f = files_add(l, path);
            command_flags(cmd, db_dir, name, path, resource_dir, &f->flags);
            f->has_flags = 1;
        }
        clang_disposeString(file);
    }
    if (cmds)
        clang_CompileCommands_dispose(cmds);
    clang_CompilationDatabase_dispose(db);
    free(resource_dir);
    free(db_dir);
    return 0;
}

/* Build the list of files from the options. Returns 0, or -1 when something named could not be
 * read (the files that could are still listed). */
static int collect_files(const lint_options *o, lint_files *l) {
    int status = 0;
    str_list roots = {0};
    for (size_t i = 0; i < o->paths.count; i++)
        if (add_path_argument(l, o->paths.items[i], &roots) != 0)
            status = -1;
    if (o->compile_commands && add_compile_commands(l, o->compile_commands, &roots) != 0)
        status = -1;
    for (size_t i = 0; i < roots.count; i++)
        free((char *)roots.items[i]);
    free(roots.items);
    files_sort_unique(l);
    return status;
}

/* ---- parsing, on worker threads ---- */

/* Read, parse and extract the facts of one file (unless its project builds user-mode code and
 * user_mode is 0). Runs on a worker; touches only f. */
static void analyse_file(lint_file *f, const lint_pool *pool) {
    const dls_cache *cache = pool->cache;
    int user_mode = pool->user_mode, doctor = pool->doctor;
    if (!f->has_flags) {
        dls_flags_opts opts = {.configuration = pool->configuration};
        dls_flags_for_file(f->path, &opts, &f->flags);
        f->has_flags = 1;
    }
    if (f->flags.user_mode && !user_mode) {
        f->user_skipped = 1;
        return;
    }
    if (doctor) {
        f->diagnosed =
            dls_analyse_diagnose(f->path, &f->flags, &f->diag, &f->times, &f->error) == 0;
        return;
    }
    f->facts = dls_analyse_file(f->path, &f->flags, cache, &f->clang, &f->times, &f->from_cache,
                                &f->error);
}

typedef struct {
    lint_file *f;
    const lint_pool *pool;
} analyse_call;

static void analyse_call_run(void *arg) {
    analyse_call *c = arg;
    analyse_file(c->f, c->pool);
}

/* Analyse one file in a guarded call on a big stack (platform.h). A file that crashes the analysis
 * is one that could not be analysed: what the call had made is let go of (it leaks). */
static void analyse_guarded(lint_file *f, const lint_pool *pool) {
    analyse_call c = {f, pool};
    int sig = dls_plat_guard_run(analyse_call_run, &c);
    if (sig <= 0)
        return;
    f->facts = NULL;
    f->diagnosed = 0;
    memset(&f->clang, 0, sizeof f->clang);
    memset(&f->diag, 0, sizeof f->diag);
    f->error = dls_xasprintf("could not be analysed: drvls crashed on it (signal %d; code nested "
                             "deeper than the parser can take?)",
                             sig);
}

static void worker_main(void *arg) {
    lint_pool *pool = arg;
    for (;;) {
        uv_mutex_lock(&pool->lock);
        size_t i = pool->next < pool->files->count ? pool->next++ : SIZE_MAX;
        uv_mutex_unlock(&pool->lock);
        if (i == SIZE_MAX)
            return;
        analyse_guarded(&pool->files->items[i], pool);
        uv_mutex_lock(&pool->lock);
        pool->done++;
        uv_cond_signal(&pool->progressed);
        uv_mutex_unlock(&pool->lock);
    }
}

/* The width of the terminal on stderr, or 80. */
static size_t terminal_width(void) {
#ifdef _WIN32
    CONSOLE_SCREEN_BUFFER_INFO info;
    if (GetConsoleScreenBufferInfo(GetStdHandle(STD_ERROR_HANDLE), &info))
        return (size_t)(info.srWindow.Right - info.srWindow.Left + 1);
#else
    struct winsize ws;
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20)
        return ws.ws_col;
#endif
    return 80;
}

/* "drvls lint: [done/total] file" on stderr over the previous progress line: the file name is cut
 * from the left so that the line fits in width - 1 columns (it never wraps), and the line is padded
 * with blanks to that width (plain carriage return and blanks: no terminal escapes needed). */
static void show_progress(size_t done, size_t total, const char *path, const char *cwd,
                          size_t width) {
    char head[64];
    int n = snprintf(head, sizeof head, "drvls lint: [%lu/%lu] ", (unsigned long)done,
                     (unsigned long)total);
    const char *shown = dls_report_relative(path, cwd);
    size_t room = width - 1 > (size_t)n + 3 ? width - 1 - (size_t)n : 3;
    size_t len = strlen(shown);
    const char *cut = "";
    if (len > room) {
        shown += len - (room - 3);
        while ((*shown & 0xC0) == 0x80) /* not in the middle of a UTF-8 character */
            shown++;
        cut = "...";
    }
    int used = n + (int)strlen(cut) + (int)strlen(shown);
    int pad = (int)width - 1 > used ? (int)width - 1 - used : 0;
    fprintf(stderr, "\r%s%s%s%*s", head, cut, shown, pad, "");
    fflush(stderr);
}

/* Blank the progress line. */
static void clear_progress(size_t width) {
    fprintf(stderr, "\r%*s\r", (int)width - 1, "");
    fflush(stderr);
}

/* Wait for the workers, showing progress on stderr when asked and the run takes over a second. The
 * line is redrawn when it changes, outside the lock. */
static void wait_for_workers(lint_pool *pool, int progress, const char *cwd) {
    uint64_t start = uv_hrtime();
    size_t width = progress ? terminal_width() : 80, shown_done = SIZE_MAX, shown_next = 0;
    int shown = 0;
    uv_mutex_lock(&pool->lock);
    while (pool->done < pool->files->count) {
        uv_cond_timedwait(&pool->progressed, &pool->lock, PROGRESS_TICK_MS * (uint64_t)1000000);
        size_t done = pool->done, next = pool->next;
        if (!progress || uv_hrtime() - start < PROGRESS_DELAY_MS * (uint64_t)1000000 ||
            (done == shown_done && next == shown_next) || done == pool->files->count)
            continue;
        uv_mutex_unlock(&pool->lock);
        show_progress(done, pool->files->count, pool->files->items[next ? next - 1 : 0].path, cwd,
                      width);
        shown = 1;
        shown_done = done;
        shown_next = next;
        uv_mutex_lock(&pool->lock);
    }
    uv_mutex_unlock(&pool->lock);
    if (shown)
        clear_progress(width);
}

/* Parse every file with up to jobs threads (or read it from cache, which may be NULL). */
static void analyse_files(lint_files *files, const dls_cache *cache, const lint_options *o,
                          int progress, const char *cwd) {
    if (files->count == 0)
        return;
    int jobs = o->jobs;
    lint_pool pool = {.files = files,
                      .cache = cache,
                      .user_mode = o->user_mode,
                      .doctor = strcmp(o->command, "doctor") == 0,
                      .configuration = o->configuration};
    if (uv_mutex_init(&pool.lock) != 0 || uv_cond_init(&pool.progressed) != 0)
        abort(); /* cannot happen short of resource exhaustion at start-up */
    size_t n = (size_t)jobs < files->count ? (size_t)jobs : files->count;
    uv_thread_t *threads = dls_xcalloc(n, sizeof *threads);
    size_t started = 0;
    for (; started < n; started++)
        if (uv_thread_create(&threads[started], worker_main, &pool) != 0)
            break;
    if (started == 0)
        worker_main(&pool); /* no thread could be started: parse here */
    else
        wait_for_workers(&pool, progress, cwd);
    for (size_t i = 0; i < started; i++)
        uv_thread_join(&threads[i]);
    free(threads);
    uv_cond_destroy(&pool.progressed);
    uv_mutex_destroy(&pool.lock);
}

/* ---- shards ---- */

/* The shard (1..n) of path: FNV-1a of its spelling relative to cwd, so that every checkout of the
 * tree, wherever it is, splits it the same way, and a new file moves no other file. */
static unsigned shard_of(const char *path, const char *cwd, unsigned n) {
    const char *rel = dls_report_relative(path ? path : "", cwd);
    unsigned long long h = 14695981039346656037ull;
    for (const char *c = rel; *c; c++)
        h = (h ^ (unsigned char)*c) * 1099511628211ull;
    return (unsigned)(h % n) + 1;
}

typedef struct {
    const lint_options *o;
    const char *cwd;
} shard_ctx;

/* Whether path is in this run's shard (every path is, without --shard). */
static int in_shard(const shard_ctx *s, const char *path) {
    return s->o->shards == 0 || shard_of(path, s->cwd, s->o->shards) == s->o->shard;
}

/* A finding whose primary location is in this run's shard (ctx: a shard_ctx). */
static int shard_finding(const dls_finding *f, const void *ctx) {
    return in_shard(ctx, f->range.file);
}

static void mark_shard(lint_files *files, const shard_ctx *s) {
    for (size_t i = 0; i < files->count; i++)
        files->items[i].mine = in_shard(s, files->items[i].path);
}

/* ---- after parsing ---- */

static void notice_add(notice_list *l, const char *file, dls_severity sev, const char *message) {
    l->items = dls_xrealloc(l->items, (l->count + 1) * sizeof *l->items);
    l->items[l->count++] = (dls_report_notice){file, sev, dls_xstrdup(message)};
}

static void notices_free(notice_list *l) {
    for (size_t i = 0; i < l->count; i++)
        free((char *)l->items[i].message);
    free(l->items);
}

/* Report on stderr the files that could not be analysed and the clang errors of the others.
 * Returns how many files could not be read or analysed. */
static size_t report_file_problems(const lint_files *files, const char *cwd, notice_list *notices) {
    size_t failed = 0;
    for (size_t i = 0; i < files->count; i++) {
        const lint_file *f = &files->items[i];
        const char *shown = dls_report_relative(f->path, cwd);
        if (!f->mine)
            continue;
        if (f->error) {
            fprintf(stderr, "drvls lint: %s: %s\n", shown, f->error);
            notice_add(notices, f->path, DLS_SEV_ERROR, f->error);
            failed++;
            continue;
        }
        size_t errors = 0;
        for (size_t k = 0; k < f->clang.count; k++)
            errors += f->clang.items[k].severity == DLS_SEV_ERROR;
        if (!errors)
            continue;
        char *msg = dls_xasprintf("%lu clang %s; rules ran on what parsed", (unsigned long)errors,
                                  plural(errors, "error", "errors"));
        fprintf(stderr, "%s: %s\n", shown, msg);
        notice_add(notices, f->path, DLS_SEV_WARNING, msg);
        free(msg);
        size_t listed = 0;
        for (size_t k = 0; k < f->clang.count && listed < CLANG_ERRORS_SHOWN; k++) {
            const dls_finding *d = &f->clang.items[k];
            if (d->severity != DLS_SEV_ERROR)
                continue;
            fprintf(stderr, "%s:%u:%u: error: %s\n",
                    dls_report_relative(d->range.file ? d->range.file : f->path, cwd),
                    d->range.line, d->range.col, d->message ? d->message : "");
            listed++;
        }
        if (errors > listed)
            fprintf(stderr, "%s: ... and %lu more\n", shown, (unsigned long)(errors - listed));
    }
    return failed;
}

/* Whether rule id is in list. */
static int list_has(const str_list *list, const char *id) {
    for (size_t i = 0; i < list->count; i++)
        if (strcmp(list->items[i], id) == 0)
            return 1;
    return 0;
}

/* Keep the findings keep(f, ctx) says yes to; free the others. */
static void keep_findings(dls_findings *all, int (*keep)(const dls_finding *, const void *),
                          const void *ctx) {
    dls_findings kept = {0}, dropped = {0};
    for (size_t i = 0; i < all->count; i++)
        *dls_findings_add(keep(&all->items[i], ctx) ? &kept : &dropped) = all->items[i];
    free(all->items);
    dls_findings_clear(&dropped);
    *all = kept;
}

/* A finding of a rule asked for (ctx: the options). */
static int asked_rule(const dls_finding *f, const void *ctx) {
    const lint_options *o = ctx;
    return f->rule && dls_rule_find(f->rule) && !list_has(&o->disabled, f->rule) &&
           (o->only.count == 0 || list_has(&o->only, f->rule));
}

/* Link the facts of every file and run the rules. The facts move into the program. */
static void check_program(lint_files *files, const lint_options *o, dls_findings *out) {
    dls_program *p = dls_program_new();
    for (size_t i = 0; i < files->count; i++) {
        lint_file *f = &files->items[i];
        if (f->facts)
            dls_program_set_file(p, f->path, f->facts);
        f->facts = NULL;
    }
    dls_check_opts opts = {
        .only = o->only.items,
        .n_only = o->only.count,
        .disabled = o->disabled.items,
        .n_disabled = o->disabled.count,
        .halt = o->halt,
    };
    dls_program_check(p, NULL, &opts, out);
    dls_program_free(p);
    keep_findings(out, asked_rule, o);
    dls_report_sort(out);
}

/* "N findings in M files (K errors, W warnings); F files checked" on stderr. */
static void print_summary(const dls_findings *findings, size_t checked) {
    size_t errors = 0, warnings = 0, in_files = 0;
    for (size_t i = 0; i < findings->count; i++) {
        const dls_finding *f = &findings->items[i];
        errors += f->severity == DLS_SEV_ERROR;
        warnings += f->severity == DLS_SEV_WARNING;
        const char *prev = i ? findings->items[i - 1].range.file : NULL;
        if (i == 0 || !prev || !f->range.file || strcmp(prev, f->range.file) != 0)
            in_files++;
    }
    fprintf(stderr, "%lu %s in %lu %s (%lu %s, %lu %s); %lu %s checked\n",
            (unsigned long)findings->count, plural(findings->count, "finding", "findings"),
            (unsigned long)in_files, plural(in_files, "file", "files"), (unsigned long)errors,
            plural(errors, "error", "errors"), (unsigned long)warnings,
            plural(warnings, "warning", "warnings"), (unsigned long)checked,
            plural(checked, "file", "files"));
}

/* Whether to colour text written to out: a terminal, and NO_COLOR unset or empty. */
static int want_color(FILE *out) {
    const char *no_color = getenv("NO_COLOR");
    if (uv_guess_handle(fileno(out)) != UV_TTY || (no_color && *no_color))
        return 0;
#ifdef _WIN32
    /* A Windows console shows ANSI colours only in virtual terminal mode. */
    HANDLE h = (HANDLE)_get_osfhandle(fileno(out));
    DWORD mode;
    return GetConsoleMode(h, &mode) && SetConsoleMode(h, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING);
#else
    return 1;
#endif
}

/* Write the report in the chosen format. Returns 0, or -1 when writing failed. */
static int write_report(FILE *out, const lint_options *o, const dls_report *r) {
    if (o->format == FORMAT_TEXT) {
        dls_report_text_opts topts = {want_color(out)};
        return dls_report_text(out, r, &topts);
    }
    json_t *doc = o->format == FORMAT_JSON ? dls_report_json(r) : dls_report_sarif(r);
    int rc = dls_report_write_json(out, doc);
    json_decref(doc);
    return rc;
}

/* ---- the command ---- */

/* --stats: parse and facts time summed over files (CPU time of the workers), rules time, and
 * what the checker adds to parsing. */
static void print_stats(const lint_files *files, double rules_ms) {
    dls_analyse_times sum = {0, 0, 0};
    size_t from_index = 0;
    for (size_t i = 0; i < files->count; i++) {
        sum.parse_ms += files->items[i].times.parse_ms;
        sum.facts_ms += files->items[i].times.facts_ms;
        sum.shared_pch += files->items[i].times.shared_pch;
        from_index += files->items[i].from_cache != 0;
    }
    fprintf(stderr,
            "drvls lint: stats: %llu files (%llu from the index); %u parsed with a shared PCH; "
            "parse %.1f ms, facts %.1f ms, rules %.1f ms; the checker adds %.1f%% to parsing\n",
            (unsigned long long)files->count, (unsigned long long)from_index, sum.shared_pch,
            sum.parse_ms, sum.facts_ms, rules_ms,
            sum.parse_ms > 0 ? 100.0 * (sum.facts_ms + rules_ms) / sum.parse_ms : 0.0);
}

/* The index of --index DIR (--out DIR), or NULL without one. A directory that cannot be made is
 * no error (everything is parsed), but worth a warning. */
static dls_cache *open_index(const lint_options *o, const char *dir, const char *cwd) {
    if (!dir)
        return NULL;
    char *abs = absolute_path(cwd, dir); /* absolute: a parse may change the process's directory */
    dls_cache *cache = dls_cache_open(abs);
    int made = kind_of(abs, 1) == KIND_DIR;
    free(abs);
    if (!o->quiet && !made)
        fprintf(
            stderr,
            "drvls %s: warning: the index directory %s cannot be created; every file is parsed\n",
            command_name, dir);
    return cache;
}

static size_t count_mine(const lint_files *files) {
    size_t n = 0;
    for (size_t i = 0; i < files->count; i++)
        n += files->items[i].mine != 0;
    return n;
}

/* Files of user-mode projects that were not analysed are not this run's: not counted, not
 * reported. One line on stderr says how many. */
static void leave_out_user_mode(lint_files *files, int quiet) {
    size_t n = 0;
    for (size_t i = 0; i < files->count; i++) {
        n += files->items[i].user_skipped && files->items[i].mine;
        files->items[i].mine &= !files->items[i].user_skipped;
    }
    if (n && !quiet)
        fprintf(stderr,
                "drvls lint: %lu user-mode %s left out (their projects build applications, DLLs "
                "or UMDF drivers); --user-mode checks them too\n",
                (unsigned long)n, plural(n, "source", "sources"));
}

/* Run lint with parsed options; out is where the report goes. */
static int run_lint(const lint_options *o, FILE *out, const char *cwd) {
    lint_files files = {0};
    int status = collect_files(o, &files) == 0 ? DLS_LINT_CLEAN : DLS_LINT_ERROR;
    if (files.count == 0 && status == DLS_LINT_CLEAN)
        fputs("drvls lint: warning: no .c or .cpp file to check\n", stderr);
    shard_ctx shard = {o, cwd};
    mark_shard(&files, &shard);
    int progress = !o->quiet && uv_guess_handle(2) == UV_TTY;
    dls_cache *cache = open_index(o, o->index, cwd);
    analyse_files(&files, cache, o, progress, cwd);
    dls_cache_free(cache);
    leave_out_user_mode(&files, o->quiet);

    notice_list notices = {0};
    size_t failed = report_file_problems(&files, cwd, &notices);
    if (failed)
        status = DLS_LINT_ERROR;

    dls_findings findings = {0};
    dls_lintfix *fixer = o->fix != FIX_NONE ? dls_lintfix_new() : NULL;
    for (size_t i = 0; fixer && i < files.count; i++)
        dls_lintfix_keep(fixer, files.items[i].path, files.items[i].facts);
    double t0 = dls_analyse_now_ms();
    check_program(&files, o, &findings);
    keep_findings(&findings, shard_finding, &shard);
    if (o->stats)
        print_stats(&files, dls_analyse_now_ms() - t0);
    if (fixer) { /* the fixes instead of the report; --fix checks again afterwards */
        if (dls_lintfix_apply(fixer, &findings, o->fix == FIX_DRY_RUN, o->quiet, out, cwd) != 0)
            status = DLS_LINT_ERROR;
        else if (o->fix == FIX_DRY_RUN && findings.count)
            status = DLS_LINT_FINDINGS;
        dls_lintfix_free(fixer);
        dls_findings_clear(&findings);
        notices_free(&notices);
        files_free(&files);
        return status;
    }

    size_t n_rules = 0;
    const dls_rule_info *rules = dls_rules(&n_rules);
    dls_report report = {
        .findings = &findings,
        .rules = rules,
        .n_rules = n_rules,
        .notices = notices.items,
        .n_notices = notices.count,
        .execution_successful = status == DLS_LINT_CLEAN,
        .files_checked = count_mine(&files) - failed,
        .cwd = cwd,
        .version = DRVLS_VERSION,
    };
    if (write_report(out, o, &report) != 0) {
        fprintf(stderr, "drvls lint: cannot write the report to %s\n",
                o->output ? o->output : "standard output");
        status = DLS_LINT_ERROR;
    }
    if (!o->quiet)
        print_summary(&findings, report.files_checked);
    if (status == DLS_LINT_CLEAN && findings.count)
        status = DLS_LINT_FINDINGS;

    dls_findings_clear(&findings);
    notices_free(&notices);
    files_free(&files);
    return status;
}

/* `drvls index`: analyse every file into the index directory. */
static int run_index(const lint_options *o, const char *cwd) {
    const char *dir = o->index ? o->index : ".cache/drvls";
    dls_cache *cache = open_index(o, dir, cwd);
    if (!dls_cache_writable(cache)) {
        fprintf(stderr, "drvls index: cannot write the index directory %s\n", dir);
        dls_cache_free(cache);
        return DLS_LINT_ERROR;
    }
    lint_files files = {0};
    int status = collect_files(o, &files) == 0 ? DLS_LINT_CLEAN : DLS_LINT_ERROR;
    analyse_files(&files, cache, o, !o->quiet && uv_guess_handle(2) == UV_TTY, cwd);
    dls_cache_free(cache);
    size_t parsed = 0, kept = 0;
    for (size_t i = 0; i < files.count; i++) {
        const lint_file *f = &files.items[i];
        if (f->error) {
            fprintf(stderr, "drvls index: %s: %s\n", dls_report_relative(f->path, cwd), f->error);
            status = DLS_LINT_ERROR;
        }
        parsed += !f->error && !f->from_cache;
        kept += f->from_cache != 0;
    }
    if (!o->quiet)
        fprintf(stderr, "drvls index: %lu %s in %s (%lu parsed, %lu up to date)\n",
                (unsigned long)files.count, plural(files.count, "file", "files"), dir,
                (unsigned long)parsed, (unsigned long)kept);
    files_free(&files);
    return status;
}

/* `drvls doctor`: parse every file for its errors only and report why files do not parse. */
static int run_doctor(const lint_options *o, FILE *out, const char *cwd) {
    /* absolute before parsing: a parse with -working-directory moves the process's directory */
    char **roots = dls_xcalloc(o->paths.count + 1, sizeof *roots);
    for (size_t i = 0; i < o->paths.count; i++)
        roots[i] = absolute_path(NULL, o->paths.items[i]);
    lint_files files = {0};
    int status = collect_files(o, &files) == 0 ? DLS_LINT_CLEAN : DLS_LINT_ERROR;
    double t0 = dls_analyse_now_ms();
    analyse_files(&files, NULL, o, !o->quiet && uv_guess_handle(2) == UV_TTY, cwd);
    double seconds = (dls_analyse_now_ms() - t0) / 1000.0;
    dls_doctor_file *list = dls_xcalloc(files.count + 1, sizeof *list);
    for (size_t i = 0; i < files.count; i++) {
        const lint_file *f = &files.items[i];
        list[i] = (dls_doctor_file){.path = f->path,
                                    .origin = f->has_flags ? f->flags.origin : NULL,
                                    .warnings = f->has_flags ? f->flags.warnings : NULL,
                                    .user_mode = f->user_skipped,
                                    .error = f->error,
                                    .diag = f->diagnosed ? &f->diag : NULL};
        if (f->error)
            status = DLS_LINT_ERROR;
    }
    dls_doctor_opts dopts = {.roots = (const char *const *)roots,
                             .n_roots = o->paths.count,
                             .cwd = cwd,
                             .json = o->format == FORMAT_JSON,
                             .max_causes = 25,
                             .seconds = seconds,
                             .version = DRVLS_VERSION};
    if (dls_doctor_write(out, list, files.count, &dopts) != 0) {
        fprintf(stderr, "drvls doctor: cannot write the report to %s\n",
                o->output ? o->output : "standard output");
        status = DLS_LINT_ERROR;
    }
    for (size_t i = 0; i < o->paths.count; i++)
        free(roots[i]);
    free(roots);
    free(list);
    files_free(&files);
    return status;
}

static void options_free(lint_options *o) {
    free(o->paths.items);
    free(o->only.items);
    free(o->disabled.items);
}

int dls_lint_index_main(int argc, char **argv) {
    command_name = "index";
    lint_options o = {.command = "index", .jobs = core_count()};
    int status = parse_args(argc, argv, &o);
    if (status == 0 && o.help) {
        print_index_usage(stdout);
    } else if (status == 0) {
        char *cwd = current_directory();
        status = run_index(&o, cwd);
        free(cwd);
    }
    options_free(&o);
    return status;
}

static void print_doctor_usage(FILE *out) {
    fputs("usage: drvls doctor [options] [PATH...]\n"
          "\n"
          "Parse driver sources under the flags drvls computes for them and tell why files do\n"
          "not parse: per tree, how many parse with no clang error, and the root causes of the\n"
          "errors grouped across files (a header not found and what provides it, names nothing\n"
          "declares, errors in system headers or in the flags), with where the flags came from.\n"
          "PATHs and -p as for drvls lint.\n"
          "\n"
          "options:\n"
          "  -p, --compile-commands DIR   diagnose every entry of DIR/compile_commands.json\n"
          "  -j, --jobs N                 parse N files at a time (default: number of cores)\n"
          "      --format text|json       output format (default: text)\n"
          "  -o, --output FILE            write the report to FILE (default: standard output)\n"
          "      --configuration NAME     the .vcxproj configuration to evaluate (Release|x64,\n"
          "                               or Release: for x64; default: Debug|x64)\n"
          "      --max-file-size MB       read no file larger than this (default: 64)\n"
          "      --user-mode              parse the sources of user-mode projects too\n"
          "  -q, --quiet                  no progress line\n"
          "  -h, --help                   show this help\n"
          "\n"
          "exit status: 0 report written, 2 usage error, or a file that could not be read or\n"
          "parsed (the report is written all the same).\n",
          out);
}

int dls_lint_doctor_main(int argc, char **argv) {
    command_name = "doctor";
    lint_options o = {.command = "doctor", .format = FORMAT_TEXT, .jobs = core_count()};
    int status = parse_args(argc, argv, &o);
    if (status == 0 && o.help) {
        print_doctor_usage(stdout);
    } else if (status == 0) {
        FILE *out = o.output ? fopen(o.output, "w") : stdout;
        char *cwd = current_directory();
        if (!out) {
            fprintf(stderr, "drvls doctor: cannot write %s: %s\n", o.output, strerror(errno));
            status = DLS_LINT_ERROR;
        } else {
            status = run_doctor(&o, out, cwd);
            if (out != stdout && fclose(out) != 0)
                status = DLS_LINT_ERROR;
        }
        free(cwd);
    }
    options_free(&o);
    return status;
}

int dls_lint_main(int argc, char **argv) {
    command_name = "lint";
    lint_options o = {.command = "lint",
                      .format = FORMAT_TEXT,
                      .halt = DLS_HALT_AT_LEAST_ONCE,
                      .jobs = core_count()};
    int status = parse_args(argc, argv, &o);
    if (status == 0 && o.help) {
        print_usage(stdout);
    } else if (status == 0 && o.list_rules) {
        print_rules(stdout);
    } else if (status == 0) {
        FILE *out = o.output ? fopen(o.output, "w") : stdout;
        char *cwd = current_directory();
        if (!out) {
            fprintf(stderr, "drvls lint: cannot write %s: %s\n", o.output, strerror(errno));
            status = DLS_LINT_ERROR;
        } else {
            status = run_lint(&o, out, cwd);
            if (o.fix == FIX_APPLY) {
                int fixing = status;
                o.fix = FIX_NONE;
                status = run_lint(&o, out, cwd);
                if (fixing == DLS_LINT_ERROR)
                    status = DLS_LINT_ERROR;
            }
            if (out != stdout && fclose(out) != 0)
                status = DLS_LINT_ERROR;
        }
        free(cwd);
    }
    options_free(&o);
    return status;
}
