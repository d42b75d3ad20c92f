/*
 * units.c - libclang translation units (parse with a precompiled preamble, reparse with unsaved
 * buffers; one-shot parses with a shared PCH of their leading #include lines), clang's diagnostics
 * as findings, and the LRU cache of units. See units.h.
 */
#include "units.h"
#include "prefix.h"
#include "includes.h"
#include "platform.h"

#include <assert.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct dls_unit {
    char *path;
    CXIndex index;
    CXTranslationUnit tu;
    char **argv; /* the flags tu was parsed with (a reparse needs the same) */
    int argc;
    /* cache bookkeeping, touched by the cache's thread only */
    dls_unit *prev, *next;
    int checked_out;
    int dropped;
    int oneshot;         /* parsed once: no preamble */
    dls_prefix_pch *pch; /* the shared PCH tu was parsed with (one-shot units), or NULL */
};

dls_unit *dls_unit_new(const char *path) {
    dls_unit *u = dls_xcalloc(1, sizeof *u);
    u->path = dls_xstrdup(path);
    return u;
}

static void unit_forget_flags(dls_unit *u) {
    for (int i = 0; i < u->argc; i++)
        free(u->argv[i]);
    free(u->argv);
    u->argv = NULL;
    u->argc = 0;
}

static void unit_dispose(dls_unit *u) {
    if (u->tu && u->pch)
        dls_prefix_unbind(u->tu);
    if (u->tu)
        clang_disposeTranslationUnit(u->tu);
    u->tu = NULL;
    unit_forget_flags(u);
    if (u->pch)
        dls_prefix_release(u->pch, 0);
    u->pch = NULL;
}

void dls_unit_free(dls_unit *u) {
    if (!u)
        return;
    unit_dispose(u);
    if (u->index)
        clang_disposeIndex(u->index);
    free(u->path);
    free(u);
}

void dls_unit_abandon(dls_unit *u) {
    u->tu = NULL;
    u->index = NULL;
    u->pch = NULL;
    unit_forget_flags(u);
}

dls_unit *dls_unit_new_oneshot(const char *path) {
    dls_unit *u = dls_unit_new(path);
    u->oneshot = 1;
    return u;
}

const char *dls_unit_path(const dls_unit *u) {
    return u->path;
}

CXTranslationUnit dls_unit_tu(const dls_unit *u) {
    return u->tu;
}

int dls_unit_shared_pch(const dls_unit *u) {
    return u->pch != NULL;
}

static int same_flags(const dls_unit *u, const dls_flags *f) {
    if (u->argc != f->argc)
        return 0;
    for (int i = 0; i < f->argc; i++)
        if (strcmp(u->argv[i], f->argv[i]) != 0)
            return 0;
    return 1;
}

static void unit_remember_flags(dls_unit *u, const dls_flags *f) {
    unit_forget_flags(u);
    u->argv = dls_xcalloc((size_t)f->argc + 1, sizeof *u->argv);
    for (int i = 0; i < f->argc; i++)
        u->argv[i] = dls_xstrdup(f->argv[i]);
    u->argc = f->argc;
}

/* The buffers for libclang: files, then the headers supplied in memory (includes.h). */
static struct CXUnsavedFile *to_unsaved(const dls_unsaved *files, size_t n,
                                        const dls_incl_files *extra) {
    struct CXUnsavedFile *v = dls_xcalloc(n + extra->count + 1, sizeof *v);
    for (size_t i = 0; i < n; i++) {
        v[i].Filename = files[i].path;
        v[i].Contents = files[i].text;
        v[i].Length = (unsigned long)files[i].len;
    }
    for (size_t i = 0; i < extra->count; i++) {
        v[n + i].Filename = extra->items[i].path;
        v[n + i].Contents = extra->items[i].text;
        v[n + i].Length = (unsigned long)extra->items[i].len;
    }
    return v;
}

/* The headers to supply for the main file (its text from files, else from disk). */
static void supplied_headers(const dls_unit *u, const dls_flags *flags, const dls_unsaved *files,
                             size_t n_files, dls_incl_files *out) {
    for (size_t i = 0; i < n_files; i++)
        if (strcmp(files[i].path, u->path) == 0) {
            dls_incl_supply(u->path, files[i].text, files[i].len, flags, out);
            return;
        }
    char *text;
    size_t len;
    memset(out, 0, sizeof *out);
    if (dls_read_file(u->path, &text, &len) == 0) {
        dls_incl_supply(u->path, text, len, flags, out);
        free(text);
    }
}

static const char *parse_error_text(int err) {
    switch (err) {
    case CXError_Crashed:
        return "libclang crashed while parsing this file; drvls goes on with the other files";
    case CXError_InvalidArguments:
        return "libclang rejected the compile flags for this file";
    case CXError_ASTReadError:
        return "libclang could not read a precompiled header for this file";
    default:
        return "libclang could not parse this file";
    }
}

/* Report a failed parse as one finding at the top of the file. */
static void report_parse_failure(const char *path, int err, dls_findings *out) {
    dls_finding *f = dls_findings_add(out);
    f->rule = "clang";
    f->severity = DLS_SEV_ERROR;
    f->range.file = dls_xstrdup(path);
    f->range.line = f->range.col = f->range.end_line = f->range.end_col = 1;
    f->message = dls_xstrdup(parse_error_text(err));
}

static unsigned parse_options(const dls_unit *u) {
    if (u->oneshot)
        return CXTranslationUnit_KeepGoing;
    return CXTranslationUnit_PrecompiledPreamble | CXTranslationUnit_CreatePreambleOnFirstParse |
           CXTranslationUnit_KeepGoing;
}

/* Fault injection for tests: a path containing $DRVLS_FAULT_CRASH_FILE (when set and not empty)
 * fails every parse and reparse as if libclang had crashed in it, and takes the same path as a real
 * crash from there on. */
static int crash_injected(const char *path) {
    const char *s = getenv("DRVLS_FAULT_CRASH_FILE");
    return s && *s && strstr(path, s) != NULL;
}

/* Whether tu has a fatal error; *nowhere set when one has no file (a PCH that cannot be read). */
static int has_fatal(CXTranslationUnit tu, int *nowhere) {
    unsigned n = clang_getNumDiagnostics(tu);
    int fatal = 0;
    *nowhere = 0;
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        if (clang_getDiagnosticSeverity(d) == CXDiagnostic_Fatal) {
            CXFile file = NULL;
            clang_getExpansionLocation(clang_getDiagnosticLocation(d), &file, NULL, NULL, NULL);
            fatal = 1;
            *nowhere |= file == NULL;
        }
        clang_disposeDiagnostic(d);
    }
    return fatal;
}

/* The flags plus -ferror-limit=0 (every error counts: a parse that stops at clang's default limit
 * of 20 hides how broken it is, and leaves the rest of the file unchecked), then -include-pch file
 * when pch is not NULL. *argc gets the count. New array of borrowed strings. */
static const char **parse_argv(const dls_flags *flags, const char *pch, int *argc) {
    const char **argv = dls_xcalloc((size_t)flags->argc + 4, sizeof *argv);
    int n = 0;
    for (int i = 0; i < flags->argc; i++)
        argv[n++] = flags->argv[i];
    argv[n++] = "-ferror-limit=0";
    if (pch) {
        argv[n++] = "-include-pch";
        argv[n++] = pch;
    }
    *argc = n;
    return argv;
}

/* Whether a parse of u may share a PCH (prefix.h): a one-shot parse of the file's own text with
 * flags that allow it. */
static int shareable(const dls_unit *u, const dls_flags *flags, const dls_unsaved *files,
                     size_t n_files) {
    return u->oneshot && n_files == 1 && strcmp(files[0].path, u->path) == 0 &&
           dls_prefix_enabled() && dls_prefix_flags_ok(flags) && !crash_injected(u->path);
}

/* excludeDeclarationsFromPCH: a walk of the unit visits the main file's declarations, not the
 * thousands the preamble holds (deserializing them costs more than the parse). libclang installs
 * its crash handlers with the first index: they are moved to the guard's signal stack. */
static CXIndex new_index(void) {
    CXIndex index = clang_createIndex(1, 0);
    dls_plat_guard_refresh();
    return index;
}

/* Parse a one-shot unit against the shared PCH of its leading #include lines (prefix.h), with
 * those lines blanked out of its text and the headers of extra supplied. Returns 1 when u->tu
 * holds the result; 0 when the plain parse must run (no PCH for this file, or a fatal error with
 * it: the plain parse then tells the truth), nothing left behind. */
static int parse_shared(dls_unit *u, const dls_flags *flags, const dls_unsaved *files,
                        size_t n_files, const struct CXUnsavedFile *extra, size_t n_extra) {
    if (!shareable(u, flags, files, n_files))
        return 0;
    dls_prefix_split split;
    if (!dls_prefix_split_text(files[0].text, files[0].len, UINT_MAX, &split))
        return 0;
    unsigned lines = 0;
    dls_prefix_pch *pch = dls_prefix_acquire(u->path, flags, split.header, extra, n_extra, &lines);
    dls_prefix_split_free(&split);
    if (!pch)
        return 0;
    /* the lines the PCH covers blanked out (none for a driver header's expansion: the file keeps
     * its #include of the header) */
    int blanked = lines && dls_prefix_split_text(files[0].text, files[0].len, lines, &split);
    int argc;
    const char **argv = parse_argv(flags, dls_prefix_file(pch), &argc);
    struct CXUnsavedFile *unsaved = dls_xcalloc(n_extra + 1, sizeof *unsaved);
    unsaved[0] = blanked
                     ? (struct CXUnsavedFile){u->path, split.body, (unsigned long)split.len}
                     : (struct CXUnsavedFile){u->path, files[0].text, (unsigned long)files[0].len};
    for (size_t i = 0; i < n_extra; i++)
        unsaved[i + 1] = extra[i];
    if (!u->index)
        u->index = new_index();
    int err =
        clang_parseTranslationUnit2(u->index, u->path, argv, argc, unsaved, (unsigned)n_extra + 1,
                                    CXTranslationUnit_KeepGoing, &u->tu);
    int nowhere = 0;
    int failed = err != CXError_Success || !u->tu || has_fatal(u->tu, &nowhere);
    free(unsaved);
    free(argv);
    dls_prefix_split_free(&split);
    if (failed) {
        dls_prefix_release(pch, err != CXError_Success || nowhere);
        if (u->tu)
            clang_disposeTranslationUnit(u->tu);
        u->tu = NULL;
        return 0;
    }
    u->pch = pch;
    dls_prefix_bind(pch, u->tu);
    unit_remember_flags(u, flags);
    return 1;
}

/* Whether a reparse of u could keep a stale fatal error: libclang (14) goes on reporting the fatal
 * error of one parse ("too many errors emitted") after every later reparse when the main file
 * exists only as an unsaved buffer (a new file not yet written, a file deleted while open), which
 * would leave every function unknown to the checker for good. */
static int stale_fatal_error(const dls_unit *u) {
    if (access(u->path, F_OK) == 0)
        return 0;
    CXTranslationUnit tu = u->tu;
    unsigned n = clang_getNumDiagnostics(tu);
    int fatal = 0;
    for (unsigned i = 0; i < n && !fatal; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        fatal = clang_getDiagnosticSeverity(d) == CXDiagnostic_Fatal;
        clang_disposeDiagnostic(d);
    }
    return fatal;
}

static void note_generated(CXTranslationUnit tu, const char *main_path, const dls_incl_files *extra,
                           dls_findings *out);

int dls_unit_parse(dls_unit *u, const dls_flags *flags, const dls_unsaved *files, size_t n_files,
                   dls_findings *out) {
    dls_incl_files extra;
    supplied_headers(u, flags, files, n_files, &extra);
    struct CXUnsavedFile *unsaved = to_unsaved(files, n_files, &extra);
    size_t n_unsaved = n_files + extra.count;
    int err = CXError_Success;
    /* New flags, a fatal error that would stick, or a shared PCH (the text parsed was not the
     * file's): parse afresh rather than reparse. */
    if (u->tu && (u->pch || !same_flags(u, flags) || stale_fatal_error(u)))
        unit_dispose(u);
    if (u->tu) {
        err = crash_injected(u->path)
                  ? CXError_Crashed
                  : clang_reparseTranslationUnit(u->tu, (unsigned)n_unsaved, unsaved,
                                                 clang_defaultReparseOptions(u->tu));
        if (err != CXError_Success)
            unit_dispose(u); /* the unit is unusable after a failed reparse */
    }
    if (!u->tu && parse_shared(u, flags, files, n_files, unsaved + n_files, extra.count))
        err = CXError_Success;
    if (!u->tu) {
        unit_dispose(u);
        if (!u->index)
            u->index = new_index();
        int argc;
        const char **argv = parse_argv(flags, NULL, &argc);
        err = crash_injected(u->path)
                  ? CXError_Crashed
                  : clang_parseTranslationUnit2(u->index, u->path, argv, argc, unsaved,
                                                (unsigned)n_unsaved, parse_options(u), &u->tu);
        if (err == CXError_ASTReadError) {
            /* the preamble just built could not be read back: libclang's recovery from a crash
             * in another file's parse may have removed temporary files; once more, without */
            if (u->tu)
                unit_dispose(u);
            err = clang_parseTranslationUnit2(u->index, u->path, argv, argc, unsaved,
                                              (unsigned)n_unsaved, CXTranslationUnit_KeepGoing,
                                              &u->tu);
        }
        free(argv);
        if (err == CXError_Success)
            unit_remember_flags(u, flags);
        else if (u->tu)
            unit_dispose(u);
        if (u->tu && shareable(u, flags, files, n_files))
            dls_prefix_learn(u->path, flags, files[0].text, files[0].len, u->tu);
    }
    free(unsaved);
    if (err != CXError_Success || !u->tu) {
        dls_incl_files_free(&extra);
        report_parse_failure(u->path, err ? err : CXError_Failure, out);
        return -1;
    }
    dls_unit_diagnostics(u->tu, u->path, out);
    note_generated(u->tu, u->path, &extra, out);
    dls_incl_files_free(&extra);
    return 0;
}

/* --- diagnostics ------------------------------------------------------------------------------ */

static int is_ident_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static void fill_location(CXSourceLocation loc, dls_range *r, unsigned *offset, CXFile *file) {
    unsigned line, col;
    clang_getExpansionLocation(loc, file, &line, &col, offset);
    r->line = line;
    r->col = col;
}

void dls_unit_range(CXSourceRange sr, dls_range *out) {
    CXFile file;
    fill_location(clang_getRangeStart(sr), out, &out->begin, &file);
    dls_range end;
    CXFile efile;
    fill_location(clang_getRangeEnd(sr), &end, &out->end, &efile);
    out->end_line = end.line;
    out->end_col = end.col;
    CXString name = clang_getFileName(file);
    out->file = dls_xstrdup(clang_getCString(name) ? clang_getCString(name) : "");
    clang_disposeString(name);
    if (!clang_File_isEqual(file, efile) || out->end < out->begin) {
        out->end = out->begin;
        out->end_line = out->line;
        out->end_col = out->col;
    }
}

/* Widen an empty range to the identifier (or single character) at its start, as editors need a
 * visible range. */
static void widen_to_token(CXTranslationUnit tu, CXFile file, dls_range *r) {
    if (r->end > r->begin)
        return;
    size_t size = 0;
    const char *text = clang_getFileContents(tu, file, &size);
    if (!text || r->begin >= size)
        return;
    unsigned end = r->begin;
    while (end < size && is_ident_char(text[end]))
        end++;
    if (end == r->begin && text[end] != '\n' && text[end] != '\r')
        end++;
    r->end_col = r->col + (end - r->begin);
    r->end_line = r->line;
    r->end = end;
}

/* The range of a diagnostic: its first source range when that is in the same file, else its
 * location widened to a token. */
static void diag_range(CXTranslationUnit tu, CXDiagnostic d, CXFile *file, dls_range *r) {
    memset(r, 0, sizeof *r);
    CXSourceLocation loc = clang_getDiagnosticLocation(d);
    fill_location(loc, r, &r->begin, file);
    r->end = r->begin;
    r->end_line = r->line;
    r->end_col = r->col;
    if (clang_getDiagnosticNumRanges(d) > 0) {
        CXSourceRange sr = clang_getDiagnosticRange(d, 0);
        dls_range rr = {0}, re = {0};
        CXFile rf, ef;
        fill_location(clang_getRangeStart(sr), &rr, &rr.begin, &rf);
        fill_location(clang_getRangeEnd(sr), &re, &rr.end, &ef);
        if (clang_File_isEqual(rf, *file) && clang_File_isEqual(ef, *file) &&
            rr.begin <= r->begin && rr.end > r->begin) {
            r->begin = rr.begin;
            r->line = rr.line;
            r->col = rr.col;
            r->end = rr.end;
            r->end_line = re.line;
            r->end_col = re.col;
        }
    }
    widen_to_token(tu, *file, r);
    CXString name = clang_getFileName(*file);
    r->file = dls_xstrdup(clang_getCString(name) ? clang_getCString(name) : "");
    clang_disposeString(name);
}

static dls_severity to_severity(enum CXDiagnosticSeverity s) {
    return s >= CXDiagnostic_Error ? DLS_SEV_ERROR
                                   : (s == CXDiagnostic_Warning ? DLS_SEV_WARNING : DLS_SEV_INFO);
}

static void add_child_notes(CXTranslationUnit tu, CXDiagnostic d, dls_finding *f) {
    CXDiagnosticSet children = clang_getChildDiagnostics(d);
    unsigned n = clang_getNumDiagnosticsInSet(children);
    for (unsigned i = 0; i < n && i < 8; i++) {
        CXDiagnostic c = clang_getDiagnosticInSet(children, i);
        CXFile file;
        dls_range r;
        diag_range(tu, c, &file, &r);
        CXString msg = clang_getDiagnosticSpelling(c);
        if (file)
            dls_finding_add_note(f, 0, &r, clang_getCString(msg));
        clang_disposeString(msg);
        dls_range_free(&r);
        clang_disposeDiagnostic(c);
    }
}

/* The rule of a header summary while it is being counted (then "clang"). */
static const char SUMMARY[] = "clang-header-summary";

/* Where the main file includes (directly or not) each header with errors. */
typedef struct {
    CXFile main;
    CXFile target;
    int found;
    CXSourceLocation where;
} include_search;

static void find_include(CXFile included, CXSourceLocation *stack, unsigned depth,
                         CXClientData data) {
    include_search *s = data;
    if (s->found || depth == 0 || !clang_File_isEqual(included, s->target))
        return;
    s->where = stack[depth - 1]; /* the outermost #include, in the main file */
    s->found = 1;
}

/* One summary per #include line of the main file whose header (or its includes) has errors: its
 * first error, and how many more (counts[i] for out->items[first_summary + i]). */
static void header_summary(CXTranslationUnit tu, CXFile main, CXFile file, CXDiagnostic d,
                           dls_findings *out, size_t first_summary, unsigned **counts) {
    include_search s = {.main = main, .target = file};
    clang_getInclusions(tu, find_include, &s);
    if (!s.found)
        return;
    dls_range r = {0};
    CXFile f;
    fill_location(s.where, &r, &r.begin, &f);
    for (size_t i = first_summary; i < out->count; i++) {
        if (out->items[i].rule == SUMMARY && out->items[i].range.begin == r.begin &&
            out->items[i].range.line == r.line) {
            (*counts)[i - first_summary]++; /* one summary per include line */
            return;
        }
    }
    dls_finding *fd = dls_findings_add(out);
    *counts = dls_xrealloc(*counts, (out->count - first_summary) * sizeof **counts);
    memset(*counts + (out->count - first_summary - 1), 0, sizeof **counts);
    fd->rule = SUMMARY;
    fd->severity = DLS_SEV_ERROR;
    r.end = r.begin;
    r.end_line = r.line;
    r.end_col = r.col;
    CXString name = clang_getFileName(main);
    r.file = dls_xstrdup(clang_getCString(name));
    clang_disposeString(name);
    widen_to_token(tu, main, &r);
    fd->range = r;
    CXString msg = clang_getDiagnosticSpelling(d);
    CXString hname = clang_getFileName(file);
    fd->message =
        dls_xasprintf("In included file %s: %s", clang_getCString(hname), clang_getCString(msg));
    clang_disposeString(hname);
    clang_disposeString(msg);
}

/* An error in the compile flags (no file): at the start of the main file. */
static void flags_error(const char *main_path, CXDiagnostic d, dls_findings *out) {
    dls_finding *f = dls_findings_add(out);
    f->rule = "clang";
    f->severity = DLS_SEV_ERROR;
    f->range.file = dls_xstrdup(main_path);
    f->range.line = f->range.col = f->range.end_line = 1;
    f->range.end_col = 2;
    f->range.end = 1;
    CXString msg = clang_getDiagnosticSpelling(d);
    f->message = dls_xasprintf("In the compile flags: %s", clang_getCString(msg));
    clang_disposeString(msg);
}

/* Tell each header summary how many more errors its #include line leads to, and make it an
 * ordinary clang diagnostic. */
static void finish_summaries(dls_findings *out, size_t first, const unsigned *counts) {
    for (size_t i = first; i < out->count; i++) {
        dls_finding *f = &out->items[i];
        if (f->rule != SUMMARY)
            continue;
        f->rule = "clang";
        unsigned more = counts[i - first];
        if (!more)
            continue;
        char *m = dls_xasprintf("%s (and %u more error%s in headers included here)", f->message,
                                more, more == 1 ? "" : "s");
        free(f->message);
        f->message = m;
    }
}

void dls_unit_diagnostics(CXTranslationUnit tu, const char *main_path, dls_findings *out) {
    CXFile main = clang_getFile(tu, main_path);
    unsigned n = clang_getNumDiagnostics(tu);
    size_t first = out->count;
    unsigned *counts = NULL;
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
        if (sev == CXDiagnostic_Ignored || sev == CXDiagnostic_Note) {
            clang_disposeDiagnostic(d);
            continue;
        }
        CXFile file = NULL;
        dls_range r;
        diag_range(tu, d, &file, &r);
        if (file && main && clang_File_isEqual(file, main)) {
            dls_finding *f = dls_findings_add(out);
            f->rule = "clang";
            f->severity = to_severity(sev);
            f->range = r;
            CXString msg = clang_getDiagnosticSpelling(d);
            f->message = dls_xstrdup(clang_getCString(msg));
            clang_disposeString(msg);
            add_child_notes(tu, d, f);
        } else {
            dls_range_free(&r);
            if (file && main && sev >= CXDiagnostic_Error)
                header_summary(tu, main, file, d, out, first, &counts);
            else if (!file && sev >= CXDiagnostic_Error)
                flags_error(main_path, d, out);
        }
        clang_disposeDiagnostic(d);
    }
    finish_summaries(out, first, counts);
    free(counts);
}

/* An info note at the #include line of the main file that reaches each header drvls supplied
 * empty because the build generates it (includes.h): its declarations are missing until then. */
static void note_generated(CXTranslationUnit tu, const char *main_path, const dls_incl_files *extra,
                           dls_findings *out) {
    CXFile main = clang_getFile(tu, main_path);
    for (size_t i = 0; main && i < extra->count; i++) {
        CXFile file = extra->items[i].kind == DLS_INCL_GENERATED
                          ? clang_getFile(tu, extra->items[i].path)
                          : NULL;
        include_search s = {.main = main, .target = file};
        if (file)
            clang_getInclusions(tu, find_include, &s);
        if (!s.found)
            continue;
        dls_finding *f = dls_findings_add(out);
        f->rule = "clang";
        f->severity = DLS_SEV_INFO;
        unsigned line, col, offset;
        clang_getExpansionLocation(s.where, NULL, &line, &col, &offset);
        f->range = (dls_range){.file = dls_xstrdup(main_path),
                               .begin = offset,
                               .end = offset,
                               .line = line,
                               .col = col,
                               .end_line = line,
                               .end_col = col};
        widen_to_token(tu, main, &f->range);
        const char *slash = strrchr(extra->items[i].path, '/');
        f->message = dls_xasprintf("%s is generated by the build (message compiler, MOF or MIDL); "
                                   "read as empty until it exists",
                                   slash ? slash + 1 : extra->items[i].path);
    }
}

/* --- the cache -------------------------------------------------------------------------------- */

struct dls_unit_cache {
    dls_unit *head, *tail; /* most recently used first */
    size_t count, max;
};

dls_unit_cache *dls_unit_cache_new(size_t max) {
    dls_unit_cache *c = dls_xcalloc(1, sizeof *c);
    c->max = max ? max : 1;
    return c;
}

static void cache_unlink(dls_unit_cache *c, dls_unit *u) {
    if (u->prev)
        u->prev->next = u->next;
    else
        c->head = u->next;
    if (u->next)
        u->next->prev = u->prev;
    else
        c->tail = u->prev;
    u->prev = u->next = NULL;
    c->count--;
}

static void cache_push_front(dls_unit_cache *c, dls_unit *u) {
    u->prev = NULL;
    u->next = c->head;
    if (c->head)
        c->head->prev = u;
    c->head = u;
    if (!c->tail)
        c->tail = u;
    c->count++;
}

static dls_unit *cache_find(dls_unit_cache *c, const char *path) {
    for (dls_unit *u = c->head; u; u = u->next)
        if (!u->dropped && strcmp(u->path, path) == 0)
            return u;
    return NULL;
}

/* Evict least recently used units that are not checked out until the bound holds. */
static void cache_evict(dls_unit_cache *c) {
    dls_unit *u = c->tail;
    while (c->count > c->max && u) {
        dls_unit *prev = u->prev;
        if (!u->checked_out) {
            cache_unlink(c, u);
            dls_unit_free(u);
        }
        u = prev;
    }
}

void dls_unit_cache_free(dls_unit_cache *c) {
    if (!c)
        return;
    dls_unit *u = c->head;
    while (u) {
        dls_unit *next = u->next;
        assert(!u->checked_out); /* the owner drains its jobs before freeing the cache */
        dls_unit_free(u);
        u = next;
    }
    free(c);
}

void dls_unit_cache_set_max(dls_unit_cache *c, size_t max) {
    c->max = max ? max : 1;
    cache_evict(c);
}

dls_unit *dls_unit_cache_checkout(dls_unit_cache *c, const char *path) {
    dls_unit *u = cache_find(c, path);
    if (u && u->checked_out)
        return NULL;
    if (!u) {
        u = dls_unit_new(path);
        cache_push_front(c, u);
    }
    u->checked_out = 1;
    return u;
}

void dls_unit_cache_checkin(dls_unit_cache *c, dls_unit *u) {
    u->checked_out = 0;
    cache_unlink(c, u);
    if (u->dropped) {
        dls_unit_free(u);
        return;
    }
    cache_push_front(c, u);
    cache_evict(c);
}

void dls_unit_cache_drop(dls_unit_cache *c, const char *path) {
    dls_unit *u = cache_find(c, path);
    if (!u)
        return;
    if (u->checked_out) {
        u->dropped = 1;
        return;
    }
    cache_unlink(c, u);
    dls_unit_free(u);
}

size_t dls_unit_cache_count(const dls_unit_cache *c) {
    return c->count;
}
