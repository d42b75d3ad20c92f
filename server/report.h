/*
 * report.h - the reporters of `drvls lint`: findings as clang-style text, as drvls's JSON, or as
 * SARIF 2.1.0 for code-scanning services.
 *
 * A reporter takes one finished run (a dls_report: the findings, the rule catalogue, the working
 * directory paths are shown relative to) and writes it out. Reporters read source files themselves
 * when they need their text (source lines under text diagnostics, UTF-16 columns for SARIF); a file
 * that cannot be read any more only loses those extras.
 * Thread: any; a dls_report and everything it points to are borrowed and only read.
 */
#ifndef DLS_REPORT_H
#define DLS_REPORT_H

#include <stdio.h>
#include <jansson.h>

#include "analysis.h"
#include "check.h"

/* Where a SARIF rule's helpUri points: this prefix followed by the rule id. */
#define DLS_REPORT_HELP_BASE "https://drvls.dev/rules/"
#define DLS_REPORT_INFO_URI "https://drvls.dev/"

/* A problem of the run itself, not of the code: a file that could not be read or parsed. */
typedef struct {
    const char *file; /* absolute path, or NULL when not about one file */
    dls_severity severity;
    const char *message;
} dls_report_notice;

/* One finished lint run. */
typedef struct {
    const dls_findings *findings; /* sorted as they are to be shown (dls_report_sort) */
    const dls_rule_info *rules;   /* the rule catalogue (SARIF tool.driver.rules) */
    size_t n_rules;
    const dls_report_notice *notices; /* may be NULL */
    size_t n_notices;
    int execution_successful; /* 0 when a file could not be read or analysed */
    size_t files_checked;
    const char *cwd;     /* absolute; paths under it are shown relative to it */
    const char *version; /* drvls's version */
} dls_report;

/* Text reporter options. */
typedef struct {
    int color; /* ANSI colours as clang uses them (bold, red errors, magenta warnings, green carets)
                */
} dls_report_text_opts;

/* Write every finding of r as clang does: "file:line:col: error: message [rule-id]", the source
 * line, a caret line ("^~~~" under the range on that line), then each related location as
 * "file:line:col: note: message" with its own source and caret lines. Returns 0, or -1 when writing
 * to out failed. */
int dls_report_text(FILE *out, const dls_report *r, const dls_report_text_opts *opts);

/* The JSON document of r:
 *   {"version": 1, "tool": {"name": "drvls", "version": V}, "findings": [
 *     {"rule", "severity": "error"|"warning"|"note", "file": absolute path,
 *      "range": {"start": {"line", "column", "offset"}, "end": {...}}, "message",
 *      "related": [{"file", "range", "message"}],
 *      "fixes": [{"title", "edits": [{"file", "start", "end", "text"}]}]}]}
 * Lines and columns are 1-based, columns count bytes; offsets are 0-based byte offsets, ends
 * exclusive. Returns a new reference (never NULL). */
json_t *dls_report_json(const dls_report *r);

/* The SARIF 2.1.0 log of r: one run, every catalogue rule in tool.driver.rules, one result per
 * finding with its related locations, a code flow when the finding has a path, and its fixes.
 * Columns and char offsets count UTF-16 code units (run.columnKind "utf16CodeUnits"). Files under
 * r->cwd get uris relative to the base id "SRCROOT" (defined in originalUriBaseIds as r->cwd);
 * others get absolute file: uris. Returns a new reference (never NULL). */
json_t *dls_report_sarif(const dls_report *r);

/* Write a JSON document (json or sarif) to out, indented, with a final newline. Returns 0 or -1. */
int dls_report_write_json(FILE *out, const json_t *doc);

/* Sort findings by file, line, column, rule id, message: the order every reporter shows. */
void dls_report_sort(dls_findings *findings);

/* ---- helpers shared by the reporters ---- */

/* "error", "warning" or "note" (info and hint are notes). Static string. */
const char *dls_report_severity_name(dls_severity s);

/* path relative to cwd when it lies under cwd, else path itself. Borrowed: points into path. */
const char *dls_report_relative(const char *path, const char *cwd);

/* Decode the UTF-8 sequence at s (at most avail bytes, avail > 0) into *cp. Returns its length, or
 * 0 when the byte at s starts no valid sequence (overlong forms, surrogates and code points above
 * U+10FFFF are invalid). */
size_t dls_report_utf8_next(const char *s, size_t avail, unsigned *cp);

/* A JSON string for s; bytes that are not valid UTF-8 become U+FFFD. s NULL gives "". New
 * reference (never NULL). */
json_t *dls_report_string(const char *s);

/* The texts of the source files a report shows, read on first use and kept until freed. */
typedef struct dls_report_sources dls_report_sources;
dls_report_sources *dls_report_sources_new(void);
void dls_report_sources_free(dls_report_sources *s);
/* The text of line (1-based) of path, without its line break, and its length in *len. Returns NULL
 * when the file cannot be read or has no such line. Borrowed; valid until the cache is freed. */
const char *dls_report_source_line(dls_report_sources *s, const char *path, unsigned line,
                                   size_t *len);
/* The UTF-16 column (1-based) of byte column col (1-based) on line of path; col itself when the
 * file cannot be read or the line is shorter than that. */
unsigned dls_report_utf16_column(dls_report_sources *s, const char *path, unsigned line,
                                 unsigned col);
/* The number of UTF-16 code units in bytes [0, offset) of path; offset itself when unreadable. */
unsigned dls_report_utf16_offset(dls_report_sources *s, const char *path, unsigned offset);

#endif
