/*
 * log.h - the server's and linter's log: leveled lines on stderr (never stdout, which carries the
 * protocol). A flood is rate-limited: past DLS_LOG_BURST lines of one format within a second, the
 * rest of that second is counted, not written, and one line then says how many were left out (a
 * client sending garbage without pause fills no disk). Thread: any (each line is written with one
 * fputs; the rate state is under a lock).
 */
#ifndef DLS_LOG_H
#define DLS_LOG_H

typedef enum { DLS_LOG_ERROR = 0, DLS_LOG_INFO = 1, DLS_LOG_VERBOSE = 2 } dls_log_level;

#define DLS_LOG_BURST 20

void dls_log_set_level(dls_log_level level);
dls_log_level dls_log_get_level(void);
/* Parse "error" | "info" | "verbose"; returns -1 for anything else. */
int dls_log_parse_level(const char *name);
void dls_log(dls_log_level level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
