/*
 * export.c - `drvls flags FILE` and `drvls export-compile-commands [DIR]`: the flags module's
 * answer for one file as a shell command line, and for a whole driver tree as a
 * compile_commands.json. File system access goes through libuv so the file builds on Windows.
 * See export.h for the contract.
 */
#include "export.h"
#include "analysis.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

char *dls_export_shell_quote(const char *arg) {
    static const char safe[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                               "_@%+=:,./-";
    if (*arg && strspn(arg, safe) == strlen(arg))
        return dls_xstrdup(arg);
    size_t quotes = 0;
    for (const char *c = arg; *c; c++)
        quotes += *c == '\'';
    char *out = dls_xmalloc(strlen(arg) + quotes * 3 + 3);
    char *o = out;
    *o++ = '\'';
    for (const char *c = arg; *c; c++) {
        if (*c == '\'') {
            memcpy(o, "'\\''", 4); /* close, escaped quote, reopen */
            o += 4;
        } else {
            *o++ = *c;
        }
    }
    *o++ = '\'';
    *o = '\0';
    return out;
}

/* The canonical absolute path of p, or NULL when it does not exist. New string. */
static char *real_path(const char *p) {
    uv_fs_t req;
    char *out = NULL;
    if (uv_fs_realpath(NULL, &req, p, NULL) == 0 && req.ptr)
        out = dls_xstrdup(req.ptr);
    uv_fs_req_cleanup(&req);
    return out;
}

static char *current_dir(void) {
    char buf[4096];
    size_t n = sizeof buf;
    return uv_cwd(buf, &n) == 0 ? dls_xstrdup(buf) : NULL;
}

static void print_warnings(char *const *lines, size_t n) {
    for (size_t i = 0; i < n; i++)
        fprintf(stderr, "drvls: warning: %s\n", lines[i]);
}

/* Options shared by both commands: --wdk-root DIR and one optional operand. Returns 0, or -1
 * (after saying why) for anything else. */
static int parse_args(int argc, char **argv, dls_flags_opts *opts, const char **operand) {
    *operand = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--wdk-root") == 0 && i + 1 < argc) {
            opts->wdk_root = argv[++i];
        } else if (strncmp(argv[i], "--wdk-root=", 11) == 0) {
            opts->wdk_root = argv[i] + 11;
        } else if (argv[i][0] != '-' && !*operand) {
            *operand = argv[i];
        } else {
            fprintf(stderr, "drvls %s: unexpected argument '%s'\n", argv[0], argv[i]);
            return -1;
        }
    }
    return 0;
}

/* One line: clang, the flags, the file; each argument shell-quoted. */
static void print_command(const dls_flags *f, const char *file) {
    fputs("clang", stdout);
    for (int i = 0; i <= f->argc; i++) {
        char *q = dls_export_shell_quote(i < f->argc ? f->argv[i] : file);
        printf(" %s", q);
        free(q);
    }
    putchar('\n');
}

int dls_export_flags_main(int argc, char **argv) {
    dls_flags_opts opts = {0};
    const char *file = NULL;
    if (parse_args(argc, argv, &opts, &file) != 0 || !file) {
        fputs("usage: drvls flags [--wdk-root DIR] FILE\n", stderr);
        return 2;
    }
    char *path = real_path(file);
    if (!path) {
        fprintf(stderr, "drvls: cannot read %s\n", file);
        return 2;
    }
    dls_flags f;
    dls_flags_for_file(path, &opts, &f);
    print_warnings(f.warnings, (size_t)f.n_warnings);
    print_command(&f, path);
    printf("origin: %s\n", f.origin);
    dls_flags_free(&f);
    free(path);
    return 0;
}

/* {"directory", "file", "arguments"} for one source. New reference. */
static json_t *command_entry(const dls_flags *f, const char *file) {
    json_t *args = json_array();
    json_array_append_new(args, json_string("clang"));
    for (int i = 0; i < f->argc; i++)
        json_array_append_new(args, json_string(f->argv[i]));
    json_array_append_new(args, json_string(file));
    json_t *e = json_object();
    json_object_set_new(e, "directory", json_string(f->directory));
    json_object_set_new(e, "file", json_string(file));
    json_object_set_new(e, "arguments", args);
    return e;
}

static void add_unique(dls_proj_strs *l, char *const *lines, size_t n) {
    for (size_t i = 0; i < n; i++) {
        size_t k = 0;
        while (k < l->count && strcmp(l->items[k], lines[i]) != 0)
            k++;
        if (k == l->count)
            dls_proj_strs_push(l, lines[i]);
    }
}

json_t *dls_export_compile_commands(const char *dir, const dls_flags_opts *opts,
                                    dls_proj_strs *warnings) {
    dls_proj_strs sources = {0}, w = {0};
    dls_proj_list_sources(dir, NULL, &sources, &w);
    json_t *db = json_array();
    for (size_t i = 0; i < sources.count; i++) {
        dls_flags f;
        if (dls_flags_from_project(sources.items[i], opts, &f))
            json_array_append_new(db, command_entry(&f, sources.items[i]));
        add_unique(&w, f.warnings, (size_t)f.n_warnings);
        dls_flags_free(&f);
    }
    if (warnings)
        add_unique(warnings, w.items, w.count);
    dls_proj_strs_free(&w);
    dls_proj_strs_free(&sources);
    return db;
}

int dls_export_compile_commands_main(int argc, char **argv) {
    dls_flags_opts opts = {0};
    const char *operand = NULL;
    if (parse_args(argc, argv, &opts, &operand) != 0) {
        fputs("usage: drvls export-compile-commands [--wdk-root DIR] [DIR]\n", stderr);
        return 2;
    }
    char *dir = operand ? real_path(operand) : current_dir();
    if (!dir) {
        fprintf(stderr, "drvls: cannot read %s\n", operand ? operand : "the current directory");
        return 2;
    }
    dls_proj_strs warnings = {0};
    json_t *db = dls_export_compile_commands(dir, &opts, &warnings);
    print_warnings(warnings.items, warnings.count);
    dls_proj_strs_free(&warnings);
    char *out = dls_xasprintf("%s/compile_commands.json", dir);
    int rc = 0;
    if (json_array_size(db) == 0) {
        fprintf(stderr,
                "drvls: no .vcxproj or sources file under %s builds a source; nothing "
                "written\n",
                dir);
        rc = 1;
    } else if (json_dump_file(db, out, JSON_INDENT(2)) != 0) {
        fprintf(stderr, "drvls: cannot write %s\n", out);
        rc = 2;
    } else {
        printf("wrote %s (%lu files)\n", out, (unsigned long)json_array_size(db));
    }
    json_decref(db);
    free(out);
    free(dir);
    return rc;
}
