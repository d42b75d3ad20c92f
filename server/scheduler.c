/*
 * scheduler.c - per-file parse jobs on the libuv thread pool: debounce timers, one job in flight
 * per file, coalescing, cancellation. See scheduler.h for the contract.
 */
#include "scheduler.h"
#include "log.h"
#include "diagnose.h"
#include "platform.h"

#include <stdlib.h>
#include <string.h>

typedef struct sched_entry sched_entry;

typedef struct {
    uv_work_t req;
    sched_entry *entry;
    dls_unit *unit;
    dls_job_input in;
    dls_job_result res;
} sched_job;

struct sched_entry {
    dls_sched *sched;
    char *path;
    uv_timer_t timer;
    int timer_armed;
    sched_job *job;    /* running job, or NULL */
    int pending;       /* an update waits for the running job */
    long long version; /* newest requested version */
    int want_facts;    /* some coalesced update asked for facts */
    int removed;       /* no longer tracked; freed once idle */
    int waiting;       /* in the queue of files waiting for a place on the thread pool */
    struct sched_entry *next;
    struct sched_entry *wait_next;
};

struct dls_sched {
    uv_loop_t *loop;
    dls_unit_cache *units;
    dls_sched_input_cb input;
    dls_sched_done_cb done;
    void *user;
    dls_debounce_policy debounce;
    sched_entry *entries;
    size_t in_flight;
    sched_entry *wait_head, *wait_tail; /* waiting for in_flight < DLS_SCHED_MAX_IN_FLIGHT */
};

dls_sched *dls_sched_new(uv_loop_t *loop, dls_unit_cache *units, dls_sched_input_cb input,
                         dls_sched_done_cb done, void *user) {
    dls_sched *s = dls_xcalloc(1, sizeof *s);
    s->loop = loop;
    s->units = units;
    s->input = input;
    s->done = done;
    s->user = user;
    s->debounce.change_ms = 75;
    return s;
}

void dls_sched_set_debounce(dls_sched *s, dls_debounce_policy policy) {
    s->debounce = policy;
}

dls_debounce_policy dls_sched_debounce(const dls_sched *s) {
    return s->debounce;
}

size_t dls_sched_in_flight(const dls_sched *s) {
    return s->in_flight;
}

static sched_entry *entry_find(dls_sched *s, const char *path) {
    for (sched_entry *e = s->entries; e; e = e->next)
        if (!e->removed && strcmp(e->path, path) == 0)
            return e;
    return NULL;
}

static void entry_closed(uv_handle_t *h) {
    sched_entry *e = h->data;
    free(e->path);
    free(e);
}

static void wait_push(dls_sched *s, sched_entry *e) {
    if (e->waiting)
        return;
    e->waiting = 1;
    e->wait_next = NULL;
    if (s->wait_tail)
        s->wait_tail->wait_next = e;
    else
        s->wait_head = e;
    s->wait_tail = e;
}

static sched_entry *wait_pop(dls_sched *s) {
    sched_entry *e = s->wait_head;
    if (!e)
        return NULL;
    s->wait_head = e->wait_next;
    if (!s->wait_head)
        s->wait_tail = NULL;
    e->waiting = 0;
    e->wait_next = NULL;
    return e;
}

static void wait_unlink(dls_sched *s, sched_entry *e) {
    if (!e->waiting)
        return;
    sched_entry *prev = NULL;
    for (sched_entry *w = s->wait_head; w; prev = w, w = w->wait_next) {
        if (w != e)
            continue;
        if (prev)
            prev->wait_next = e->wait_next;
        else
            s->wait_head = e->wait_next;
        if (s->wait_tail == e)
            s->wait_tail = prev;
        break;
    }
    e->waiting = 0;
    e->wait_next = NULL;
}

/* Unlink and free an entry. Precondition: no job running for it. */
static void entry_destroy(sched_entry *e) {
    dls_sched *s = e->sched;
    wait_unlink(s, e);
    for (sched_entry **p = &s->entries; *p; p = &(*p)->next) {
        if (*p == e) {
            *p = e->next;
            break;
        }
    }
    uv_close((uv_handle_t *)&e->timer, entry_closed);
}

static sched_entry *entry_get(dls_sched *s, const char *path) {
    sched_entry *e = entry_find(s, path);
    if (e)
        return e;
    e = dls_xcalloc(1, sizeof *e);
    e->sched = s;
    e->path = dls_xstrdup(path);
    uv_timer_init(s->loop, &e->timer);
    e->timer.data = e;
    e->next = s->entries;
    s->entries = e;
    return e;
}

void dls_job_input_free(dls_job_input *in) {
    for (size_t i = 0; i < in->n_files; i++) {
        free((char *)in->files[i].path);
        free((char *)in->files[i].text);
    }
    free(in->files);
    dls_flags_opts_free(&in->flags);
    memset(in, 0, sizeof *in);
}

void dls_job_result_free(dls_job_result *res) {
    free(res->path);
    free(res->flags_origin);
    for (int i = 0; i < res->n_flags_warnings; i++)
        free(res->flags_warnings[i]);
    free(res->flags_warnings);
    free(res->parse_causes);
    dls_findings_clear(&res->diagnostics);
    if (res->facts)
        dls_facts_free(res->facts);
    memset(res, 0, sizeof *res);
}

static double now_ms(void) {
    return (double)uv_hrtime() / 1e6;
}

/* The main file's text among the unsaved buffers, or NULL. */
static const dls_unsaved *main_buffer(const dls_job_input *in, const char *path) {
    for (size_t i = 0; i < in->n_files; i++)
        if (strcmp(in->files[i].path, path) == 0)
            return &in->files[i];
    return NULL;
}

/* Parse, then extract facts (a guarded call on a big stack). Touches only the job. */
static void job_analyse(void *arg) {
    sched_job *job = arg;
    dls_flags flags;
    dls_flags_for_file(job->res.path, &job->in.flags, &flags);
    job->res.flags_origin = dls_xstrdup(flags.origin);
    job->res.flags_warnings = flags.warnings; /* taken over: logged by the done callback */
    job->res.n_flags_warnings = flags.n_warnings;
    flags.warnings = NULL;
    flags.n_warnings = 0;
    double t0 = now_ms();
    int rc =
        dls_unit_parse(job->unit, &flags, job->in.files, job->in.n_files, &job->res.diagnostics);
    double t1 = now_ms();
    job->res.parse_ms = t1 - t0;
    if (rc == 0) {
        dls_diagnosis diag;
        dls_diagnose_tu(dls_unit_tu(job->unit), &flags, &diag);
        if (diag.errors)
            job->res.parse_causes = dls_diagnosis_summary(&diag, 3);
        dls_diagnosis_free(&diag);
    }
    const dls_unsaved *text = main_buffer(&job->in, job->res.path);
    if (rc == 0 && job->in.want_facts && text) {
        job->res.facts =
            dls_facts_extract(dls_unit_tu(job->unit), job->res.path, text->text, text->len);
        job->res.facts_ms = now_ms() - t1;
    }
    dls_flags_free(&flags);
}

/* A guarded call that crashed leaves the job's results half made: they are let go of (they leak),
 * the unit with them, and the file gets one diagnostic that says so. */
static void job_crashed(sched_job *job, int sig) {
    dls_unit_abandon(job->unit);
    job->res.facts = NULL;
    job->res.parse_causes = NULL;
    memset(&job->res.diagnostics, 0, sizeof job->res.diagnostics);
    dls_finding *f = dls_findings_add(&job->res.diagnostics);
    f->rule = "clang";
    f->severity = DLS_SEV_ERROR;
    f->range.file = dls_xstrdup(job->res.path);
    f->range.line = f->range.col = f->range.end_line = f->range.end_col = 1;
    f->message = dls_xasprintf("drvls could not analyse this file: it crashed on it (signal %d; "
                               "code nested deeper than the parser can take?). It tries again "
                               "when the file changes.",
                               sig);
    dls_log(DLS_LOG_ERROR, "%s: the analysis crashed (signal %d); the file is skipped",
            job->res.path, sig);
}

/* Thread pool: the analysis, on a big stack, crashes contained. */
static void job_work(uv_work_t *req) {
    sched_job *job = req->data;
    int sig = dls_plat_guard_run(job_analyse, job);
    if (sig > 0)
        job_crashed(job, sig);
}

static void job_start(sched_entry *e);

/* Start waiting files while the thread pool has room. Entries removed meanwhile are not in the
 * queue; one whose debounce timer was re-armed starts when it fires. */
static void start_waiting(dls_sched *s) {
    while (s->in_flight < DLS_SCHED_MAX_IN_FLIGHT) {
        sched_entry *e = wait_pop(s);
        if (!e)
            return;
        if (!e->job && !e->timer_armed)
            job_start(e);
    }
}

/* Loop thread: hand the result over (if still wanted), start the coalesced update, then waiting
 * files. */
static void job_after(uv_work_t *req, int status) {
    sched_job *job = req->data;
    sched_entry *e = job->entry;
    dls_sched *s = e->sched;
    s->in_flight--;
    e->job = NULL;
    dls_unit_cache_checkin(s->units, job->unit);
    if (status == 0 && !e->removed)
        s->done(s->user, &job->res);
    dls_job_result_free(&job->res);
    dls_job_input_free(&job->in);
    free(job);
    if (e->removed)
        entry_destroy(e);
    else if (e->pending && !e->timer_armed)
        job_start(e);
    start_waiting(s);
}

static void job_start(sched_entry *e) {
    dls_sched *s = e->sched;
    if (s->in_flight >= DLS_SCHED_MAX_IN_FLIGHT) {
        e->pending = 0;
        wait_push(s, e); /* started by start_waiting when a job completes */
        return;
    }
    dls_unit *unit = dls_unit_cache_checkout(s->units, e->path);
    if (!unit) {
        e->pending = 1; /* the unit is busy elsewhere; retried when its job completes */
        return;
    }
    sched_job *job = dls_xcalloc(1, sizeof *job);
    job->req.data = job;
    job->entry = e;
    job->unit = unit;
    job->res.path = dls_xstrdup(e->path);
    job->res.version = e->version;
    s->input(s->user, e->path, &job->in);
    job->in.want_facts = e->want_facts;
    e->want_facts = 0;
    e->job = job;
    e->pending = 0;
    s->in_flight++;
    uv_queue_work(s->loop, &job->req, job_work, job_after);
}

static void timer_fired(uv_timer_t *t) {
    sched_entry *e = t->data;
    e->timer_armed = 0;
    if (e->job)
        e->pending = 1;
    else
        job_start(e);
}

void dls_sched_update(dls_sched *s, const char *path, long long version, unsigned delay_ms,
                      int want_facts) {
    sched_entry *e = entry_get(s, path);
    e->version = version;
    e->want_facts |= want_facts;
    if (delay_ms > 0) {
        e->timer_armed = 1;
        uv_timer_start(&e->timer, timer_fired, delay_ms, 0);
        return;
    }
    if (e->timer_armed) {
        uv_timer_stop(&e->timer);
        e->timer_armed = 0;
    }
    if (e->job)
        e->pending = 1;
    else
        job_start(e);
}

static void entry_remove(dls_sched *s, sched_entry *e) {
    uv_timer_stop(&e->timer);
    e->timer_armed = 0;
    e->pending = 0;
    e->want_facts = 0;
    e->removed = 1;
    dls_unit_cache_drop(s->units, e->path);
    if (!e->job)
        entry_destroy(e);
    else
        uv_cancel((uv_req_t *)&e->job->req); /* fails harmlessly when already running */
}

void dls_sched_remove(dls_sched *s, const char *path) {
    sched_entry *e = entry_find(s, path);
    if (e)
        entry_remove(s, e);
}

void dls_sched_stop(dls_sched *s) {
    sched_entry *e = s->entries;
    while (e) {
        sched_entry *next = e->next;
        if (!e->removed)
            entry_remove(s, e);
        e = next;
    }
}

void dls_sched_free(dls_sched *s) {
    if (!s)
        return;
    if (s->entries)
        dls_log(DLS_LOG_ERROR, "scheduler freed with %s", "files still tracked");
    free(s);
}
