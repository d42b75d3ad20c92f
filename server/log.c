/*
 * log.c - leveled log lines on stderr, prefixed with the time since start and the level.
 */
#include "log.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static dls_log_level current = DLS_LOG_INFO;

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
