/*
 * lint.h - `drvls lint`: the checker run over a set of files or a whole compile database, for CI.
 *
 * Files are parsed in parallel (one libclang unit per worker thread), their facts linked into one
 * program, the rules run once over it, and the findings written as text, JSON or SARIF 2.1.0
 * (see report.h). Clang's own errors are reported on stderr and do not stop the run; the rules run
 * on what parsed. `drvls index` builds the on-disk index lint can read its facts from.
 */
#ifndef DLS_LINT_H
#define DLS_LINT_H

/* Exit statuses of dls_lint_main. */
enum {
    DLS_LINT_CLEAN = 0,    /* no findings */
    DLS_LINT_FINDINGS = 1, /* at least one finding */
    DLS_LINT_ERROR = 2,    /* usage error, or a file that could not be read or analysed */
};

/* Run `drvls lint`. argv[0] is the word "lint" (ignored, like a program name) and argv[1..argc-1]
 * are lint's own arguments, exactly as given after it on drvls's command line:
 *   drvls lint [options] [PATH...]
 *   -p DIR, --compile-commands DIR   lint every entry of DIR/compile_commands.json
 *   -j N, --jobs N                   parse N files at a time (default: the number of cores)
 *   --format text|json|sarif         output format (default text)
 *   -o FILE, --output FILE           write the report to FILE instead of standard output
 *   --rule ID                        run only these rules (repeatable)
 *   --disable ID                     never run these rules (repeatable)
 *   --halt at-least-once|all-paths   how the halt check of ndis-workitem-init-halt counts paths
 *   --fix                            apply the preferred quick-fixes to the files (lint_fix.h),
 *                                    then check again and report what is left
 *   --fix-dry-run                    write the quick-fixes to standard output (or FILE) as a
 *                                    unified diff instead of a report
 *   --index DIR                      take the facts of unchanged files from the on-disk index in
 *                                    DIR (cache.h) and store those of the files parsed
 *   --shard K/N                      report only the files (and findings) of shard K of N, by
 *                                    a hash of each path relative to the working directory;
 *                                    the other files still feed the checker (from the index,
 *                                    or parsed), so N shards together report one run's findings
 *   -q, --quiet                      no progress line and no summary
 *   --stats                          parse, facts and rules times on standard error
 *   -h, --help                       usage on standard output
 * The "--opt=value" spellings work too, and "--" ends the options. The report goes to standard
 * output (or FILE); progress, the summary and problems with files go to standard error.
 * Returns DLS_LINT_CLEAN, DLS_LINT_FINDINGS or DLS_LINT_ERROR (see above); --help returns
 * DLS_LINT_CLEAN. Thread: the caller's (the process's main thread); starts and joins its own
 * worker threads. Not reentrant with itself. */
int dls_lint_main(int argc, char **argv);

/* Run `drvls index [--out DIR] [-p DIR] [-j N] [-q] [PATH...]`: the files lint would check (same
 * PATH and -p rules) analysed into the index directory DIR (default .cache/drvls); files whose
 * entry is up to date are not parsed. argv[0] is the word "index". Prints "N files in DIR (P
 * parsed, U up to date)" on standard error. Returns DLS_LINT_CLEAN, or DLS_LINT_ERROR on a usage
 * error, an index directory that cannot be written, or a file that could not be read or parsed. */
int dls_lint_index_main(int argc, char **argv);

/* Run `drvls doctor [-p DIR] [-j N] [--format text|json] [-o FILE] [--user-mode] [-q] [PATH...]`:
 * the files lint would check (same PATH and -p rules) parsed for their errors only, and the
 * report of doctor.h written. argv[0] is the word "doctor". Returns DLS_LINT_CLEAN when the report
 * was written, DLS_LINT_ERROR on a usage error, a file that could not be read or parsed (the
 * report is still written) or a report that could not be written. Libclang moves the process's
 * working directory during a parse with -working-directory: paths are made absolute first.
 * Thread: as dls_lint_main. */
int dls_lint_doctor_main(int argc, char **argv);

#endif
