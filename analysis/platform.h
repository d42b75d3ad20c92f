/*
 * platform.h - what differs between POSIX systems and Windows, behind one interface: canonical
 * paths, the running executable's path, error text, and the standard streams a byte protocol
 * runs over. The rest of drvls calls these and never tests _WIN32 for the same concerns (the
 * server's other file and process work goes through libuv; the WDK registry look-up is in
 * flags.c, the directory listing of project files in project.c).
 *
 * Paths are UTF-8 with '/' separators on every platform; on Windows the drive letter is lower
 * case ("c:/src/drv.c", as dls_uri_to_path gives them) and the "\\?\" prefix is removed.
 * Thread: any, unless stated. No libuv, no JSON.
 */
#ifndef DLS_PLATFORM_H
#define DLS_PLATFORM_H

#include <stddef.h>

/* The canonical absolute path of an existing file or directory: symbolic links, "." and ".."
 * resolved (POSIX realpath; on Windows the final path of an opened handle). New string for the
 * caller to free, or NULL when path does not exist or cannot be resolved. */
char *dls_plat_realpath(const char *path);

/* The absolute path of the running executable (/proc/self/exe; GetModuleFileNameW). New string
 * for the caller to free, or NULL when it cannot be found. */
char *dls_plat_exe_path(void);

/* The message for the C library error number err, without touching shared state: in buf (of
 * size bytes) or in static storage. Never NULL. */
const char *dls_plat_strerror(int err, char *buf, size_t size);

/* Make in_fd and out_fd fit for a byte protocol: a write to a closed pipe fails with EPIPE
 * instead of ending the process (POSIX: SIGPIPE ignored, process-wide), and no byte is
 * translated on the way (Windows: binary mode, so "\r\n" is not written as "\r\r\n"). Thread:
 * the main thread, once, before the streams are used. */
void dls_plat_stdio_init(int in_fd, int out_fd);

/* Wait until fd, a descriptor a write returned EAGAIN for, can take more bytes, or timeout_ms
 * pass (POSIX poll). On Windows C library descriptors never return EAGAIN; there it sleeps a
 * millisecond, so a retrying caller cannot spin. */
void dls_plat_wait_writable(int fd, int timeout_ms);

/* Create directory path and any missing parents. Returns 0 (also when it exists already as a
 * directory), or an errno value. */
int dls_plat_mkdirs(const char *path);

/* Rename from to to, replacing an existing to (POSIX rename; MoveFileExW with
 * MOVEFILE_REPLACE_EXISTING). Returns 0, or -1. */
int dls_plat_replace(const char *from, const char *to);

/* Size and modification time (nanoseconds since the epoch; whole seconds on Windows) of an
 * existing regular file. Returns 0, or -1 when path cannot be stat'ed. */
int dls_plat_file_stamp(const char *path, unsigned long long *size, long long *mtime_ns);

/* A new, empty, private directory in the system's temporary directory ($TMPDIR or /tmp; Windows:
 * GetTempPathW), named prefix followed by random characters (POSIX mkdtemp). New string for the
 * caller to free, or NULL when none could be made. */
char *dls_plat_temp_dir(const char *prefix);

/* Read path whole into a new NUL-terminated heap buffer (*text, *len), if it is a regular file of
 * at most max bytes. Nothing else is opened in a way that could block or stream forever: a FIFO, a
 * device or a directory gives DLS_ENOTREG (POSIX: opened O_NONBLOCK, checked with fstat), a larger
 * file EFBIG (also one that grows past max while read); with no_symlink, a symbolic link gives
 * ELOOP. Returns 0, or that error or another errno value. */
#define DLS_ENOTREG 10001
int dls_plat_read_regular(const char *path, size_t max, int no_symlink, char **text, size_t *len);

/* Remove an empty directory. Returns 0, or -1. */
int dls_plat_rmdir(const char *path);

/* ---- deep code: parsing on a big stack, crashes contained ----
 * clang parses nested code recursively: a file of 5,000 '!' in a row or 10,000 "else if" takes more
 * stack than a thread's usual 8 MB. drvls parses on threads with a stack of DLS_PLAT_GUARD_STACK
 * bytes (address space; only the pages used are memory), and libclang parses on the calling thread
 * (LIBCLANG_NOTHREADS) so that it gets that stack. What still overflows, or crashes otherwise, is
 * contained: inside libclang by its crash recovery (the parse returns CXError_Crashed), elsewhere
 * by the guard, which abandons the call. Either way one file is lost, never the process. POSIX only
 * for containment; on Windows the big stack alone. */

/* Set the process up for guarded calls: LIBCLANG_NOTHREADS=1 (unless the environment says
 * otherwise) and the guard's signal handlers. Thread: the main thread, once, at start, before any
 * other thread and before libclang is used. Without it, guarded calls still get the big stack. */
void dls_plat_guard_init(void);

/* 1 GB on 64-bit systems (clang takes about 1 GB for 100,000 nested operators), 128 MB else. */
#define DLS_PLAT_GUARD_STACK ((size_t)1 << (sizeof(void *) >= 8 ? 30 : 27))

/* Run fn(arg) on a new thread with a DLS_PLAT_GUARD_STACK-byte stack and wait for it. Returns 0
 * when fn returned, the signal number when fn crashed (fn's work is abandoned: what it allocated
 * leaks, locks it held stay held, so fn must not crash while holding a lock others wait for), or
 * -1 when no thread could be started (fn then runs on the calling thread, unguarded). */
int dls_plat_guard_run(void (*fn)(void *), void *arg);

/* Make the crash handlers installed since (libclang's crash recovery installs its own when an index
 * is created) run on the guard's alternate signal stack, so a stack overflow can be handled at all.
 * Called after every clang_createIndex; cheap. */
void dls_plat_guard_refresh(void);

#endif
