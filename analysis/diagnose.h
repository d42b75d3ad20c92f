/*
 * diagnose.h - why a file does not parse clean: its clang errors sorted into root causes (a header
 * not found, a name nothing declares, an error inside a system header, a bad command-line flag,
 * any other error), each with what usually provides the missing piece. Used by `drvls doctor` and
 * by the server's log when an open file does not parse.
 *
 * A file's errors after a header that was not found are mostly consequences of it (the names it
 * would have declared): such a file's root causes are its missing headers, and its other errors
 * are counted as following them. Thread: the thread that holds the translation unit; the tables
 * are read-only.
 */
#ifndef DLS_DIAGNOSE_H
#define DLS_DIAGNOSE_H

#include <clang-c/Index.h>
#include <stddef.h>
#include "flags.h"

typedef enum {
    DLS_CAUSE_HEADER = 1,   /* a header not found; key: its name as written ("wdf.h") */
    DLS_CAUSE_NAME,         /* a name nothing declares; key: the name */
    DLS_CAUSE_SYSTEM,       /* an error inside a system header; key: "header: message" */
    DLS_CAUSE_COMMAND_LINE, /* an error in the flags (-D/wd4996); key: the message */
    DLS_CAUSE_OTHER         /* any other error; key: its message with quoted names as '...' */
} dls_cause_kind;

/* One root cause of a file's errors. */
typedef struct {
    dls_cause_kind kind;
    char *key;
    char *file; /* where its first error is (absolute; "" for the command line) */
    unsigned line, col;
    char *message;   /* clang's message of its first error */
    unsigned errors; /* errors of the file with this cause */
} dls_cause;

typedef struct {
    dls_cause *items;
    size_t count;
    unsigned errors;        /* every error of the parse (fatal ones included) */
    unsigned after_missing; /* errors that follow a missing header (not causes of their own) */
} dls_diagnosis;

/* Sort the errors of tu (parsed with flags; its -isystem directories and resource directory are
 * the system headers) into out (emptied first). Free with dls_diagnosis_free. */
void dls_diagnose_tu(CXTranslationUnit tu, const dls_flags *flags, dls_diagnosis *out);
void dls_diagnosis_free(dls_diagnosis *d);

/* Whether d says a header was not found. That error is fatal, although a parse that keeps going
 * (libclang's KeepGoing, which every drvls parse uses) reports it with error severity. */
int dls_diagnose_missing_header(CXDiagnostic d);

/* What usually provides a header drvls could not find, or a name nothing declared (by the
 * name's prefix), as one sentence; NULL when drvls does not know. Static strings. */
const char *dls_diagnose_header_provider(const char *header);
const char *dls_diagnose_name_provider(const char *name);

/* One line for a log: "N errors; root causes: 'wdf.h' not found (KMDF ...); ..." naming at most
 * max causes (the ones with the most errors first). New string. */
char *dls_diagnosis_summary(const dls_diagnosis *d, size_t max);

#endif
