/*
 * log.h - the server's and linter's log: leveled lines on stderr (never stdout, which carries the
 * protocol). Thread: any (each line is written with one fputs).
 */
#ifndef DLS_LOG_H
#define DLS_LOG_H

typedef enum { DLS_LOG_ERROR = 0, DLS_LOG_INFO = 1, DLS_LOG_VERBOSE = 2 } dls_log_level;

void dls_log_set_level(dls_log_level level);
dls_log_level dls_log_get_level(void);
/* Parse "error" | "info" | "verbose"; returns -1 for anything else. */
int dls_log_parse_level(const char *name);
void dls_log(dls_log_level level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
