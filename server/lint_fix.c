/*
 * lint_fix.c - `drvls lint --fix` / `--fix-dry-run` (see lint_fix.h): choose the fixes that can
 * be applied together, check that each file is still what was analysed, then either rewrite the
 * files atomically or print a unified diff (three lines of context, a/ and b/ prefixes).
 */
#include "lint_fix.h"
#include "facts.h"
#include "fixes.h"
#include "report.h"

#include <stdlib.h>
#include <string.h>
#include <uv.h>

#define DLS_LF_CONTEXT 3

typedef struct {
    char *path;
    char *text; /* as analysed */
    size_t len;
    char *problem; /* why it is left alone, or NULL */
} dls_lf_file;

struct dls_lintfix {
    dls_lf_file *files;
    size_t n;
};

dls_lintfix *dls_lintfix_new(void) {
    return dls_xcalloc(1, sizeof(dls_lintfix));
}

void dls_lintfix_free(dls_lintfix *fx) {
    if (!fx)
        return;
    for (size_t i = 0; i < fx->n; i++) {
        free(fx->files[i].path);
        free(fx->files[i].text);
        free(fx->files[i].problem);
    }
    free(fx->files);
    free(fx);
}

void dls_lintfix_keep_text(dls_lintfix *fx, const char *path, const char *text, size_t len) {
    fx->files = dls_xrealloc(fx->files, (fx->n + 1) * sizeof *fx->files);
    dls_lf_file *f = &fx->files[fx->n++];
    memset(f, 0, sizeof *f);
    f->path = dls_xstrdup(path);
    f->text = dls_xstrndup(text, len);
    f->len = len;
}

void dls_lintfix_keep(dls_lintfix *fx, const char *path, const dls_file_facts *facts) {
    if (facts)
        dls_lintfix_keep_text(fx, path, facts->text, facts->len);
}

static dls_lf_file *dls_lf_find(const dls_lintfix *fx, const char *path) {
    for (size_t i = 0; path && i < fx->n; i++)
        if (strcmp(fx->files[i].path, path) == 0)
            return &fx->files[i];
    return NULL;
}

/* ---- choosing the edits --------------------------------------------------------------------- */

/* Leave f alone when its content on disk is not the text that was analysed. */
static void dls_lf_check_disk(dls_lf_file *f) {
    if (f->problem)
        return;
    char *disk = NULL;
    size_t len = 0;
    int err = dls_read_file(f->path, &disk, &len);
    if (err)
        f->problem = dls_xasprintf("cannot read it: %s", strerror(err));
    else if (len != f->len || memcmp(disk, f->text, len) != 0)
        f->problem = dls_xstrdup("changed on disk since it was read; left alone");
    free(disk);
}

/* dls_fix_merge's filter: the edit's file was analysed, is unchanged on disk, and holds the range.
 */
static int dls_lf_accept(void *ctx, const dls_edit *e) {
    const dls_lf_file *f = dls_lf_find(ctx, e->file);
    return f && !f->problem && e->end <= f->len;
}

/* ---- applying ------------------------------------------------------------------------------- */

/* The edits of file f among the sorted edits (a sub-array of them; *n set). */
static const dls_edit **dls_lf_edits_of(const dls_edit **all, size_t n_all, const dls_lf_file *f,
                                        size_t *n) {
    size_t i = 0;
    while (i < n_all && strcmp(all[i]->file, f->path) != 0)
        i++;
    *n = 0;
    while (i + *n < n_all && strcmp(all[i + *n]->file, f->path) == 0)
        (*n)++;
    return all + i;
}

/* text[a, b) with the sorted edits that lie in it applied (new string, *len set). */
static char *dls_lf_splice(const char *text, size_t a, size_t b, const dls_edit **e, size_t n,
                           size_t *len) {
    size_t cap = b - a + 1, at = a;
    for (size_t i = 0; i < n; i++)
        cap += strlen(e[i]->text);
    char *out = dls_xmalloc(cap);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (e[i]->begin < a || e[i]->end > b)
            continue;
        memcpy(out + k, text + at, e[i]->begin - at);
        k += e[i]->begin - at;
        size_t tl = strlen(e[i]->text);
        memcpy(out + k, e[i]->text, tl);
        k += tl;
        at = e[i]->end;
    }
    memcpy(out + k, text + at, b - at);
    k += b - at;
    out[k] = '\0';
    *len = k;
    return out;
}

/* Write all of data to the open file fd. Returns 0 or a libuv error code. */
static int dls_lf_write_all(uv_file fd, const char *data, size_t len) {
    while (len > 0) {
        uv_buf_t buf = uv_buf_init((char *)data, len > (1u << 30) ? 1u << 30 : (unsigned)len);
        uv_fs_t req;
        int n = uv_fs_write(NULL, &req, fd, &buf, 1, -1, NULL);
        uv_fs_req_cleanup(&req);
        if (n <= 0)
            return n < 0 ? n : UV_EIO;
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Give the open file fd the permission bits of path, when path exists (on Windows libuv keeps
 * only the read-only attribute). */
static void dls_lf_copy_mode(uv_file fd, const char *path) {
    uv_fs_t req;
    int rc = uv_fs_stat(NULL, &req, path, NULL);
    int mode = rc == 0 ? (int)(req.statbuf.st_mode & 07777) : 0;
    uv_fs_req_cleanup(&req);
    if (rc == 0) {
        (void)uv_fs_fchmod(NULL, &req, fd, mode, NULL);
        uv_fs_req_cleanup(&req);
    }
}

/* Write data to path through a temporary file in the same directory and a rename (which replaces
 * path on Windows too). Returns 0, or a libuv error code (path is then untouched). */
static int dls_lf_write_atomic(const char *path, const char *data, size_t len) {
    const char *slash = strrchr(path, '/');
    char *tmpl = slash
                     ? dls_xasprintf("%.*s/.%s.drvls-XXXXXX", (int)(slash - path), path, slash + 1)
                     : dls_xasprintf(".%s.drvls-XXXXXX", path);
    uv_fs_t req;
    int fd = uv_fs_mkstemp(NULL, &req, tmpl, NULL);
    char *tmp = fd >= 0 ? dls_xstrdup(req.path) : NULL;
    uv_fs_req_cleanup(&req);
    free(tmpl);
    if (fd < 0)
        return fd;
    dls_lf_copy_mode(fd, path);
    int err = dls_lf_write_all(fd, data, len);
    if (!err) {
        err = uv_fs_fsync(NULL, &req, fd, NULL);
        uv_fs_req_cleanup(&req);
    }
    int closed = uv_fs_close(NULL, &req, fd, NULL);
    uv_fs_req_cleanup(&req);
    if (!err)
        err = closed;
    if (!err) {
        err = uv_fs_rename(NULL, &req, tmp, path, NULL);
        uv_fs_req_cleanup(&req);
    }
    if (err) {
        (void)uv_fs_unlink(NULL, &req, tmp, NULL);
        uv_fs_req_cleanup(&req);
    }
    free(tmp);
    return err;
}

/* ---- unified diff --------------------------------------------------------------------------- */

/* Line starts of text: starts[0..n] with starts[n] == len. New array. */
static size_t *dls_lf_lines(const char *text, size_t len, size_t *n) {
    size_t count = 0;
    for (size_t i = 0; i < len; i++)
        count += text[i] == '\n';
    if (len && text[len - 1] != '\n')
        count++;
    size_t *starts = dls_xcalloc(count + 1, sizeof *starts);
    size_t k = 0;
    starts[k++] = 0;
    for (size_t i = 0; i < len && k <= count; i++)
        if (text[i] == '\n' && k < count)
            starts[k++] = i + 1;
    starts[count] = len;
    *n = count;
    return starts;
}

static size_t dls_lf_line_of(const size_t *starts, size_t n, size_t off) {
    size_t lo = 0, hi = n;
    while (lo + 1 < hi) {
        size_t mid = (lo + hi) / 2;
        if (starts[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* Print the lines of s[0..len) each with prefix, marking a last line without a newline. */
static void dls_lf_print_lines(FILE *out, char prefix, const char *s, size_t len) {
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(s + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - s) + 1 : len;
        fputc(prefix, out);
        fwrite(s + i, 1, end - i, out);
        if (!nl)
            fputs("\n\\ No newline at end of file\n", out);
        i = end;
    }
}

static size_t dls_lf_count_lines(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += s[i] == '\n';
    return n + (len && s[len - 1] != '\n');
}

/* A run of changed old lines [la, lb) and the edits [first, last) inside them. */
typedef struct {
    size_t la, lb, first, last;
} dls_lf_group;

/* Group the sorted edits by the old lines they change (touching groups merge). */
static dls_lf_group *dls_lf_groups(const size_t *starts, size_t nl, const dls_edit **e, size_t n,
                                   size_t *ng) {
    dls_lf_group *g = dls_xcalloc(n ? n : 1, sizeof *g);
    *ng = 0;
    for (size_t i = 0; i < n; i++) {
        size_t la = dls_lf_line_of(starts, nl, e[i]->begin), lb;
        if (e[i]->end > e[i]->begin)
            lb = dls_lf_line_of(starts, nl, e[i]->end - 1) + 1;
        else
            lb = starts[la] == e[i]->begin || e[i]->begin == starts[nl] ? la : la + 1;
        if (e[i]->begin == starts[nl])
            la = lb = nl; /* at the very end */
        if (*ng && la <= g[*ng - 1].lb) {
            if (lb > g[*ng - 1].lb)
                g[*ng - 1].lb = lb;
            g[*ng - 1].last = i + 1;
        } else {
            g[(*ng)++] = (dls_lf_group){la, lb, i, i + 1};
        }
    }
    return g;
}

/* The unified diff of one file. */
static void dls_lf_diff(FILE *out, const char *shown, const char *text, size_t len,
                        const dls_edit **e, size_t n) {
    size_t nl;
    size_t *starts = dls_lf_lines(text, len, &nl);
    size_t ng;
    dls_lf_group *g = dls_lf_groups(starts, nl, e, n, &ng);
    fprintf(out, "--- a/%s\n+++ b/%s\n", shown, shown);
    long delta = 0; /* new minus old lines before the current hunk */
    for (size_t h = 0; h < ng;) {
        size_t last = h; /* groups h..last share one hunk */
        while (last + 1 < ng && g[last + 1].la <= g[last].lb + 2 * DLS_LF_CONTEXT)
            last++;
        size_t oa = g[h].la > DLS_LF_CONTEXT ? g[h].la - DLS_LF_CONTEXT : 0;
        size_t ob = g[last].lb + DLS_LF_CONTEXT < nl ? g[last].lb + DLS_LF_CONTEXT : nl;
        /* the new side of each group, and the line counts */
        size_t new_count = 0, old_count = ob - oa;
        char **news = dls_xcalloc(last - h + 1, sizeof *news);
        size_t *news_len = dls_xcalloc(last - h + 1, sizeof *news_len);
        for (size_t k = h; k <= last; k++) {
            news[k - h] = dls_lf_splice(text, starts[g[k].la], starts[g[k].lb], e + g[k].first,
                                        g[k].last - g[k].first, &news_len[k - h]);
            new_count += dls_lf_count_lines(news[k - h], news_len[k - h]);
            new_count -= g[k].lb - g[k].la;
        }
        new_count += old_count;
        unsigned long long old_start = old_count ? oa + 1 : oa;
        unsigned long long new_start = (size_t)((long)oa + delta) + (new_count ? 1 : 0);
        fprintf(out, "@@ -%llu,%llu +%llu,%llu @@\n", old_start, (unsigned long long)old_count,
                new_start, (unsigned long long)new_count);
        size_t line = oa;
        for (size_t k = h; k <= last; k++) {
            dls_lf_print_lines(out, ' ', text + starts[line], starts[g[k].la] - starts[line]);
            dls_lf_print_lines(out, '-', text + starts[g[k].la], starts[g[k].lb] - starts[g[k].la]);
            dls_lf_print_lines(out, '+', news[k - h], news_len[k - h]);
            line = g[k].lb;
            free(news[k - h]);
        }
        dls_lf_print_lines(out, ' ', text + starts[line], starts[ob] - starts[line]);
        delta += (long)new_count - (long)old_count;
        free(news);
        free(news_len);
        h = last + 1;
    }
    free(g);
    free(starts);
}

/* ---- the command ---------------------------------------------------------------------------- */

/* Write or diff one file; returns 0 or -1. */
static int dls_lf_finish_file(const dls_lf_file *f, const dls_edit **all, size_t n_all, int dry_run,
                              FILE *out, const char *cwd) {
    size_t n;
    const dls_edit **e = dls_lf_edits_of(all, n_all, f, &n);
    if (!n)
        return 0;
    if (dry_run) {
        dls_lf_diff(out, dls_report_relative(f->path, cwd), f->text, f->len, e, n);
        return 0;
    }
    size_t len;
    char *data = dls_lf_splice(f->text, 0, f->len, e, n, &len);
    int err = dls_lf_write_atomic(f->path, data, len);
    free(data);
    if (err)
        fprintf(stderr, "drvls lint: %s: cannot write the fixed file: %s\n",
                dls_report_relative(f->path, cwd), uv_strerror(err));
    return err ? -1 : 0;
}

int dls_lintfix_apply(dls_lintfix *fx, const dls_findings *findings, int dry_run, int quiet,
                      FILE *out, const char *cwd) {
    /* which files the fixes need, and whether they are still what was analysed */
    size_t wanted = 0;
    for (size_t i = 0; i < findings->count; i++) {
        const dls_fix *fix = dls_fix_preferred(&findings->items[i]);
        wanted += fix != NULL;
        for (size_t k = 0; fix && k < fix->n_edits; k++) {
            dls_lf_file *f = dls_lf_find(fx, fix->edits[k].file);
            if (f)
                dls_lf_check_disk(f);
        }
    }
    size_t n_edits, fixed;
    const dls_edit **edits = dls_fix_merge(findings, dls_lf_accept, fx, &n_edits, &fixed);
    int rc = 0;
    size_t files = 0;
    for (size_t i = 0; i < fx->n; i++) {
        const dls_lf_file *f = &fx->files[i];
        size_t n;
        dls_lf_edits_of(edits, n_edits, f, &n);
        if (f->problem) {
            fprintf(stderr, "drvls lint: %s: %s\n", dls_report_relative(f->path, cwd), f->problem);
            rc = -1;
        } else if (n) {
            if (dls_lf_finish_file(f, edits, n_edits, dry_run, out, cwd) != 0)
                rc = -1;
            files++;
        }
    }
    if (!quiet)
        fprintf(stderr, "drvls lint: %s %llu %s in %llu %s%s\n", dry_run ? "would fix" : "fixed",
                (unsigned long long)fixed, fixed == 1 ? "finding" : "findings",
                (unsigned long long)files, files == 1 ? "file" : "files",
                fixed < wanted
                    ? "; some fixes were skipped (they overlap or touch a file left alone)"
                    : "");
    free(edits);
    return rc;
}
