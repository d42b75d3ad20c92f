/*
 * main.c - the drvls command line: the language server (default), `drvls lint`, `drvls flags`,
 * `drvls export-compile-commands`, and the debugging aids --check FILE, --version and --help.
 */
#include "export.h"
#include "flags.h"
#include "lint.h"
#include "log.h"
#include "platform.h"
#include "server.h"
#include "units.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef DRVLS_VERSION
#define DRVLS_VERSION "0.0.0"
#endif

static void usage(FILE *out) {
    fputs("usage: drvls [--log=error|info|verbose]          language server on stdin/stdout\n"
          "       drvls lint [options] PATH...               check driver sources (drvls lint "
          "--help)\n"
          "       drvls index [--out DIR] PATH...            keep the facts of driver sources "
          "for lint --index\n"
          "       drvls flags [--wdk-root DIR] FILE          print the command line drvls uses for "
          "FILE\n"
          "       drvls export-compile-commands [DIR]        write DIR/compile_commands.json from "
          "its driver projects\n"
          "       drvls --check FILE                         parse FILE, print its flags and "
          "diagnostics\n"
          "       drvls --version | --help\n",
          out);
}

static const char *severity_name(dls_severity s) {
    return s == DLS_SEV_ERROR ? "error" : s == DLS_SEV_WARNING ? "warning" : "note";
}

/* --check: what drvls sees of one file, for debugging a set-up. */
static int check_file(const char *arg) {
    char *path = dls_plat_realpath(arg);
    if (!path) {
        fprintf(stderr, "drvls: cannot read %s\n", arg);
        return 2;
    }
    dls_flags flags;
    dls_flags_for_file(path, NULL, &flags);
    printf("file: %s\nflags from: %s\n", path, flags.origin);
    for (int i = 0; i < flags.n_warnings; i++)
        printf("warning: %s\n", flags.warnings[i]);
    printf("command:");
    for (int i = 0; i < flags.argc; i++)
        printf(" %s", flags.argv[i]);
    printf("\n");
    dls_unit *u = dls_unit_new(path);
    dls_findings out = {0};
    int rc = dls_unit_parse(u, &flags, NULL, 0, &out);
    size_t errors = 0;
    for (size_t i = 0; i < out.count; i++) {
        const dls_finding *f = &out.items[i];
        errors += f->severity == DLS_SEV_ERROR;
        printf("%s:%u:%u: %s: %s\n", f->range.file, f->range.line, f->range.col,
               severity_name(f->severity), f->message);
    }
    printf("%llu diagnostics, %llu errors\n", (unsigned long long)out.count,
           (unsigned long long)errors);
    dls_findings_clear(&out);
    dls_unit_free(u);
    dls_flags_free(&flags);
    free(path);
    return rc != 0 || errors ? 1 : 0;
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "lint") == 0)
        return dls_lint_main(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "index") == 0)
        return dls_lint_index_main(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "flags") == 0)
        return dls_export_flags_main(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "export-compile-commands") == 0)
        return dls_export_compile_commands_main(argc - 1, argv + 1);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--version") == 0) {
            printf("drvls %s\n", DRVLS_VERSION);
            return 0;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strncmp(a, "--log=", 6) == 0 && dls_log_parse_level(a + 6) >= 0) {
            dls_log_set_level((dls_log_level)dls_log_parse_level(a + 6));
        } else if (strcmp(a, "--check") == 0 && i + 1 < argc) {
            return check_file(argv[i + 1]);
        } else if (strcmp(a, "--stdio") == 0) {
            /* accepted for clients that always pass it */
        } else {
            fprintf(stderr, "drvls: unknown argument '%s'\n", a);
            usage(stderr);
            return 2;
        }
    }
    dls_server_opts opts = {.in_fd = 0, .out_fd = 1, .max_units = 16};
    return dls_server_run(&opts);
}
