/*
 * index.c - the workspace index (see index.h): discovery of the driver's sources and a queue
 * parsed one file at a time on the thread pool with dls_analyse_file.
 */
#include "index.h"
#include "analyse.h"
#include "log.h"
#include "platform.h"

#include <clang-c/CXCompilationDatabase.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define DLS_INDEX_MAX_FILES 20000

typedef struct index_item {
    char *path;
    dls_flags_opts opts; /* deep copy */
    struct index_item *next;
} index_item;

typedef struct {
    uv_work_t req;
    dls_index *x;
    index_item *item;
    const dls_cache *cache;
    dls_file_facts *facts;
    int from_cache;
    char *error;
} index_job;

struct dls_index {
    uv_loop_t *loop;
    dls_index_file_cb on_file;
    dls_index_idle_cb on_idle;
    void *user;
    index_item *head, *tail;
    index_job *running;
    dls_cache *cache;               /* or NULL */
    size_t done, total, from_cache; /* of the current run (reset when the queue runs empty) */
    int stopped;
};

dls_index *dls_index_new(uv_loop_t *loop, dls_index_file_cb on_file, dls_index_idle_cb on_idle,
                         void *user) {
    dls_index *x = dls_xcalloc(1, sizeof *x);
    x->loop = loop;
    x->on_file = on_file;
    x->on_idle = on_idle;
    x->user = user;
    return x;
}

void dls_index_set_cache(dls_index *x, const char *dir) {
    dls_cache_free(x->cache);
    x->cache = dir ? dls_cache_open(dir) : NULL;
    if (x->cache && !dls_cache_writable(x->cache))
        dls_log(DLS_LOG_INFO, "index: the cache directory %s cannot be written; files are parsed",
                dir);
}

/* --- discovery -------------------------------------------------------------------------------- */

typedef struct {
    char **v;
    size_t n, cap;
} path_list;

static void list_add(path_list *l, char *owned) {
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        l->v = dls_xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = owned;
}

static int is_source(const char *name) {
    const char *dot = strrchr(name, '.');
    return dot && (strcmp(dot, ".c") == 0 || strcmp(dot, ".cpp") == 0 || strcmp(dot, ".cc") == 0 ||
                   strcmp(dot, ".cxx") == 0);
}

/* Directories that hold no driver sources worth indexing. */
static int skipped_dir(const char *name) {
    return name[0] == '.' || strcmp(name, "node_modules") == 0 || strncmp(name, "build", 5) == 0;
}

static void walk(const char *dir, path_list *out, int depth) {
    DIR *d = depth < 32 ? opendir(dir) : NULL;
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) && out->n < DLS_INDEX_MAX_FILES) {
        char *path = dls_xasprintf("%s/%s", dir, e->d_name);
        uv_fs_t req; /* lstat: a symbolic link is neither a directory nor a file here */
        int rc = uv_fs_lstat(NULL, &req, path, NULL);
        uint64_t mode = rc == 0 ? req.statbuf.st_mode : 0;
        uv_fs_req_cleanup(&req);
        if (rc != 0) {
            free(path);
            continue;
        }
        if (S_ISDIR(mode) && !skipped_dir(e->d_name)) {
            walk(path, out, depth + 1);
        } else if (S_ISREG(mode) && is_source(e->d_name)) {
            list_add(out, path);
            continue;
        }
        free(path);
    }
    closedir(d);
}

int dls_index_inside(const char *root, const char *path) {
    char *r = dls_plat_realpath(root), *p = dls_plat_realpath(path);
    size_t n = r ? strlen(r) : 0;
    int inside = r && p && strncmp(p, r, n) == 0 && (r[n - 1] == '/' || p[n] == '/');
    free(r);
    free(p);
    return inside;
}

/* The files of dir's compile_commands.json that are inside root, absolute. Returns 0 when there
 * is no database. */
static int from_database(const char *dir, const char *root, path_list *out) {
    CXCompilationDatabase_Error err;
    CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(dir, &err);
    if (err != CXCompilationDatabase_NoError || !db)
        return 0;
    CXCompileCommands cmds = clang_CompilationDatabase_getAllCompileCommands(db);
    unsigned n = cmds ? clang_CompileCommands_getSize(cmds) : 0;
    for (unsigned i = 0; i < n && out->n < DLS_INDEX_MAX_FILES; i++) {
        CXCompileCommand c = clang_CompileCommands_getCommand(cmds, i);
        CXString file = clang_CompileCommand_getFilename(c);
        CXString wd = clang_CompileCommand_getDirectory(c);
        const char *f = clang_getCString(file);
        char *path = !f || !*f     ? NULL
                     : f[0] == '/' ? dls_xstrdup(f)
                                   : dls_xasprintf("%s/%s", clang_getCString(wd), f);
        if (path && dls_index_inside(root, path))
            list_add(out, path);
        else
            free(path);
        clang_disposeString(file);
        clang_disposeString(wd);
    }
    if (cmds)
        clang_CompileCommands_dispose(cmds);
    clang_CompilationDatabase_dispose(db);
    return 1;
}

char **dls_index_discover(const char *root, size_t *n) {
    path_list l = {0};
    char *build = dls_xasprintf("%s/build", root);
    char *db = dls_xasprintf("%s/compile_commands.json", root);
    char *bdb = dls_xasprintf("%s/compile_commands.json", build);
    struct stat st;
    int found = (stat(db, &st) == 0 && from_database(root, root, &l)) ||
                (stat(bdb, &st) == 0 && from_database(build, root, &l));
    if (!found)
        walk(root, &l, 0);
    free(build);
    free(db);
    free(bdb);
    *n = l.n;
    return l.v;
}

/* --- the queue -------------------------------------------------------------------------------- */

static void item_free(index_item *it) {
    free(it->path);
    dls_flags_opts_free(&it->opts);
    free(it);
}

static int queued(const dls_index *x, const char *path) {
    for (const index_item *it = x->head; it; it = it->next)
        if (strcmp(it->path, path) == 0)
            return 1;
    return 0;
}

/* Parse one file (a guarded call on a big stack). Touches only the job. */
static void job_analyse(void *arg) {
    index_job *job = arg;
    dls_flags flags;
    dls_flags_for_file(job->item->path, &job->item->opts, &flags);
    job->facts = dls_analyse_file(job->item->path, &flags, job->cache, NULL, NULL, &job->from_cache,
                                  &job->error);
    dls_flags_free(&flags);
}

/* Thread pool: the analysis, crashes contained: a file that crashes it is skipped (what the call
 * had made leaks) and logged. */
static void job_work(uv_work_t *req) {
    index_job *job = req->data;
    int sig = dls_plat_guard_run(job_analyse, job);
    if (sig > 0) {
        job->facts = NULL;
        job->error = dls_xasprintf("crashed the analysis (signal %d); skipped", sig);
    }
}

static void start_next(dls_index *x);

static void job_after(uv_work_t *req, int status) {
    index_job *job = req->data;
    dls_index *x = job->x;
    x->running = NULL;
    x->done++;
    x->from_cache += job->from_cache;
    if (job->error)
        dls_log(DLS_LOG_INFO, "index: %s %s", job->item->path, job->error);
    if (status == 0 && !x->stopped)
        x->on_file(x->user, job->item->path, job->facts, x->done, x->total);
    else if (job->facts)
        dls_facts_free(job->facts);
    item_free(job->item);
    free(job->error);
    free(job);
    start_next(x);
}

static void start_next(dls_index *x) {
    if (x->running || x->stopped)
        return;
    index_item *it = x->head;
    if (!it) {
        if (x->total) {
            size_t files = x->total, from_cache = x->from_cache;
            x->done = x->total = x->from_cache = 0;
            x->on_idle(x->user, files, from_cache);
        }
        return;
    }
    x->head = it->next;
    if (!x->head)
        x->tail = NULL;
    index_job *job = dls_xcalloc(1, sizeof *job);
    job->req.data = job;
    job->x = x;
    job->item = it;
    job->cache = x->cache;
    x->running = job;
    uv_queue_work(x->loop, &job->req, job_work, job_after);
}

void dls_index_add(dls_index *x, const char *path, const dls_flags_opts *opts) {
    if (x->stopped || queued(x, path))
        return;
    index_item *it = dls_xcalloc(1, sizeof *it);
    it->path = dls_xstrdup(path);
    dls_flags_opts_copy(&it->opts, opts);
    if (x->tail)
        x->tail->next = it;
    else
        x->head = it;
    x->tail = it;
    x->total++;
    start_next(x);
}

size_t dls_index_pending(const dls_index *x) {
    size_t n = x->running ? 1 : 0;
    for (const index_item *it = x->head; it; it = it->next)
        n++;
    return n;
}

void dls_index_stop(dls_index *x) {
    x->stopped = 1;
    while (x->head) {
        index_item *next = x->head->next;
        item_free(x->head);
        x->head = next;
    }
    x->tail = NULL;
    if (x->running)
        uv_cancel((uv_req_t *)&x->running->req);
}

void dls_index_free(dls_index *x) {
    if (!x)
        return;
    dls_index_stop(x);
    dls_cache_free(x->cache);
    free(x);
}
