/*
 * log.c - leveled log lines on stderr, prefixed with the time since start and the level.
 */
#include "log.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static dls_log_level current = DLS_LOG_INFO;

/* The formats logged in the current second, with how many lines each gave and left out. */
enum { RATE_SLOTS = 16 };
static struct {
    const char *fmt;
    unsigned lines, dropped;
} rate[RATE_SLOTS];
static long rate_second = -1;
static pthread_mutex_t rate_lock = PTHREAD_MUTEX_INITIALIZER;

/* Flush the counts of a second that has ended: one line per format with lines left out. */
static void rate_flush(long now) {
    for (int i = 0; i < RATE_SLOTS; i++) {
        if (rate[i].dropped)
            fprintf(stderr, "I[%ld.000] (%u more lines like \"%.60s\" left out)\n", now,
                    rate[i].dropped, rate[i].fmt);
        rate[i].fmt = NULL;
        rate[i].lines = rate[i].dropped = 0;
    }
    rate_second = now;
}

/* At exit: say what the last second left out. */
static void rate_at_exit(void) {
    pthread_mutex_lock(&rate_lock);
    rate_flush(rate_second);
    pthread_mutex_unlock(&rate_lock);
}

/* Whether a line of fmt may be written in second now (else it is counted). */
static int rate_allows(const char *fmt, long now) {
    pthread_mutex_lock(&rate_lock);
    if (now != rate_second)
        rate_flush(now);
    int slot = -1;
    for (int i = 0; i < RATE_SLOTS && slot < 0; i++)
        if (rate[i].fmt == fmt || !rate[i].fmt)
            slot = i;
    int ok = 1;
    if (slot >= 0) {
        rate[slot].fmt = fmt;
        ok = ++rate[slot].lines <= DLS_LOG_BURST;
        rate[slot].dropped += !ok;
    }
    static int exit_flush;
    if (!ok && !exit_flush)
        exit_flush = atexit(rate_at_exit) == 0;
    pthread_mutex_unlock(&rate_lock);
    return ok;
}

void dls_log_set_level(dls_log_level level) {
    current = level;
}

dls_log_level dls_log_get_level(void) {
    return current;
}

int dls_log_parse_level(const char *name) {
    static const char *const names[] = {"error", "info", "verbose"};
    for (int i = 0; i < 3; i++)
        if (strcmp(name, names[i]) == 0)
            return i;
    return -1;
}

void dls_log(dls_log_level level, const char *fmt, ...) {
    if (level > current)
        return;
    static const char tag[] = {'E', 'I', 'V'};
    char line[2048];
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    if (!rate_allows(fmt, (long)ts.tv_sec))
        return;
    int n = snprintf(line, sizeof line, "%c[%ld.%03ld] ", tag[level], (long)ts.tv_sec,
                     ts.tv_nsec / 1000000);
    va_list ap;
    va_start(ap, fmt);
    if (n > 0 && (size_t)n < sizeof line)
        vsnprintf(line + n, sizeof line - (size_t)n - 1, fmt, ap);
    va_end(ap);
    size_t len = strlen(line);
    line[len] = '\n';
    line[len + 1] = '\0';
    fputs(line, stderr);
}
