/*
 * analysis.h - the value types every analysis module returns: findings (a diagnostic from clang or
 * from a drvls rule), their locations, and fixes as byte-range text edits.
 *
 * This layer knows nothing of LSP, JSON or libuv. Positions are byte offsets into the file as it
 * was analysed, plus 1-based line and byte column for reporters that want them. All strings in
 * these structs are owned by the struct (heap copies) and freed by the *_free helpers. Thread: any;
 * a dls_findings value is used by one thread at a time.
 */
#ifndef DLS_ANALYSIS_H
#define DLS_ANALYSIS_H

#include <stddef.h>

typedef enum {
    DLS_SEV_ERROR = 1,
    DLS_SEV_WARNING = 2,
    DLS_SEV_INFO = 3,
    DLS_SEV_HINT = 4,
} dls_severity;

/* A range in one file. begin/end are byte offsets (end exclusive); line/col are 1-based, col counts
 * bytes. file is an absolute path. */
typedef struct {
    char *file;
    unsigned begin, end;
    unsigned line, col;
    unsigned end_line, end_col;
} dls_range;

/* A location with a message: a related location of a finding, or one step of a path. */
typedef struct {
    dls_range range;
    char *message;
} dls_note;

/* Replace bytes [begin, end) of file with text. */
typedef struct {
    char *file;
    unsigned begin, end;
    char *text;
} dls_edit;

typedef struct {
    char *title;
    int preferred;
    dls_edit *edits;
    size_t n_edits;
} dls_fix;

/* One diagnostic. rule is a static string: a rule id ("ndis-workitem-init-halt") or "clang". */
typedef struct {
    const char *rule;
    dls_severity severity;
    dls_range range;
    char *message;
    dls_note *notes; /* related locations */
    size_t n_notes;
    dls_note *path; /* the path that shows the violation (SARIF codeFlows); may be empty */
    size_t n_path;
    dls_fix *fixes;
    size_t n_fixes;
} dls_finding;

typedef struct {
    dls_finding *items;
    size_t count, cap;
} dls_findings;

/* Append a zeroed finding and return it (never NULL: aborts on out of memory). */
dls_finding *dls_findings_add(dls_findings *list);
/* Free the members of one finding (not the finding itself, which lives in an array). */
void dls_finding_free(dls_finding *f);
/* Free every finding and the array; leaves list empty and reusable. */
void dls_findings_clear(dls_findings *list);
/* Move all findings of src to the end of dst; src is left empty. */
void dls_findings_move(dls_findings *dst, dls_findings *src);
/* Append a note to a finding's notes (or path when to_path != 0); copies file and message. */
dls_note *dls_finding_add_note(dls_finding *f, int to_path, const dls_range *r,
                               const char *message);
/* Append a fix with a copied title; returns it for dls_fix_add_edit. */
dls_fix *dls_finding_add_fix(dls_finding *f, const char *title, int preferred);
void dls_fix_add_edit(dls_fix *fix, const char *file, unsigned begin, unsigned end,
                      const char *text);
void dls_range_copy(dls_range *dst, const dls_range *src);
void dls_range_free(dls_range *r);

/* Allocation helpers that abort on out of memory (the one impossible set-up failure we accept). */
void *dls_xmalloc(size_t n);
void *dls_xcalloc(size_t n, size_t size);
void *dls_xrealloc(void *p, size_t n);
char *dls_xstrdup(const char *s);
char *dls_xstrndup(const char *s, size_t n);
/* Read a whole regular file of at most dls_read_limit() bytes into a new NUL-terminated heap
 * buffer: every file drvls reads goes through here or dls_read_small_file. Returns 0, or an errno
 * value: DLS_ENOTREG for a FIFO, a device or a directory (never opened in a way that blocks),
 * EFBIG past the limit (platform.h, dls_plat_read_regular). */
int dls_read_file(const char *path, char **text, size_t *len);
/* dls_read_file with a lower limit of max bytes. */
int dls_read_small_file(const char *path, size_t max, char **text, size_t *len);
/* The size limit of dls_read_file: 0 restores the default. Thread: set at start-up or between
 * analyses (a worker reads the value current when it opens a file). */
#define DLS_READ_DEFAULT_LIMIT ((size_t)64 << 20)
void dls_read_set_limit(size_t max);
size_t dls_read_limit(void);
/* strerror that is safe on any thread, and that says what DLS_ENOTREG and EFBIG mean to drvls:
 * the message, in buf or static storage. */
const char *dls_strerror(int err, char *buf, size_t size);
/* printf into a new heap string. */
char *dls_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
