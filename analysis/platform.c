/*
 * platform.c - the POSIX and the Windows side of platform.h. Every _WIN32 test for paths, the
 * executable, error text, the standard streams and guarded calls is in this file; see platform.h
 * for the contract.
 */
#include "platform.h"
#include "analysis.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <process.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <unistd.h>
#endif

#ifdef _WIN32

/* UTF-16 to UTF-8. New string, or NULL when w is not valid UTF-16. */
static char *utf8_from_wide(const wchar_t *w) {
    int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, NULL, 0, NULL, NULL);
    if (n <= 0)
        return NULL;
    char *s = dls_xmalloc((size_t)n);
    if (WideCharToMultiByte(CP_UTF8, 0, w, -1, s, n, NULL, NULL) <= 0) {
        free(s);
        return NULL;
    }
    return s;
}

/* UTF-8 to UTF-16. New string, or NULL when s is not valid UTF-8. */
static wchar_t *wide_from_utf8(const char *s) {
    int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, NULL, 0);
    if (n <= 0)
        return NULL;
    wchar_t *w = dls_xmalloc((size_t)n * sizeof *w);
    if (MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, w, n) <= 0) {
        free(w);
        return NULL;
    }
    return w;
}

/* A Windows path in drvls's spelling, in place: "\\?\C:\dir" -> "c:/dir",
 * "\\?\UNC\server\share" -> "//server/share". Returns p. */
static char *drvls_spelling(char *p) {
    char *s = p;
    if (strncmp(s, "\\\\?\\UNC\\", 8) == 0) {
        s += 6; /* keep two separators before the server name */
        s[0] = '\\';
    } else if (strncmp(s, "\\\\?\\", 4) == 0) {
        s += 4;
    }
    memmove(p, s, strlen(s) + 1);
    for (char *c = p; *c; c++)
        if (*c == '\\')
            *c = '/';
    if (p[0] >= 'A' && p[0] <= 'Z' && p[1] == ':')
        p[0] = (char)(p[0] - 'A' + 'a');
    return p;
}

char *dls_plat_realpath(const char *path) {
    wchar_t *w = wide_from_utf8(path);
    if (!w)
        return NULL;
    /* no access rights asked: enough to name the file; directories need BACKUP_SEMANTICS */
    HANDLE h = CreateFileW(w, 0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL,
                           OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, NULL);
    free(w);
    if (h == INVALID_HANDLE_VALUE)
        return NULL;
    DWORD cap = GetFinalPathNameByHandleW(h, NULL, 0, VOLUME_NAME_DOS);
    wchar_t *buf = cap ? dls_xmalloc(cap * sizeof *buf) : NULL;
    DWORD got = buf ? GetFinalPathNameByHandleW(h, buf, cap, VOLUME_NAME_DOS) : 0;
    CloseHandle(h);
    char *out = got && got < cap ? utf8_from_wide(buf) : NULL;
    free(buf);
    return out ? drvls_spelling(out) : NULL;
}

char *dls_plat_exe_path(void) {
    for (DWORD cap = MAX_PATH;; cap *= 2) {
        wchar_t *buf = dls_xmalloc(cap * sizeof *buf);
        DWORD n = GetModuleFileNameW(NULL, buf, cap);
        if (n > 0 && n < cap) {
            char *out = utf8_from_wide(buf);
            free(buf);
            return out ? drvls_spelling(out) : NULL;
        }
        free(buf);
        if (n == 0 || cap >= 32768) /* the longest path Windows has */
            return NULL;
    }
}

const char *dls_plat_strerror(int err, char *buf, size_t size) {
    if (strerror_s(buf, size, err) != 0)
        snprintf(buf, size, "error %d", err);
    return buf;
}

void dls_plat_stdio_init(int in_fd, int out_fd) {
    _setmode(in_fd, _O_BINARY);
    _setmode(out_fd, _O_BINARY);
}

void dls_plat_wait_writable(int fd, int timeout_ms) {
    (void)fd;
    (void)timeout_ms;
    Sleep(1);
}

static int make_dir(const char *path) {
    wchar_t *w = wide_from_utf8(path);
    int rc = w && CreateDirectoryW(w, NULL) ? 0 : -1;
    if (rc != 0 && (!w || GetLastError() != ERROR_ALREADY_EXISTS))
        errno = w ? EACCES : EINVAL;
    else if (rc != 0)
        errno = EEXIST;
    free(w);
    return rc;
}

int dls_plat_replace(const char *from, const char *to) {
    wchar_t *wf = wide_from_utf8(from), *wt = wide_from_utf8(to);
    int rc = wf && wt && MoveFileExW(wf, wt, MOVEFILE_REPLACE_EXISTING) ? 0 : -1;
    free(wf);
    free(wt);
    return rc;
}

int dls_plat_file_stamp(const char *path, unsigned long long *size, long long *mtime_ns) {
    struct _stat64 st;
    wchar_t *w = wide_from_utf8(path);
    int rc = w ? _wstat64(w, &st) : -1;
    free(w);
    if (rc != 0 || !(st.st_mode & _S_IFREG))
        return -1;
    *size = (unsigned long long)st.st_size;
    *mtime_ns = (long long)st.st_mtime * 1000000000LL;
    return 0;
}

char *dls_plat_temp_dir(const char *prefix) {
    wchar_t base[MAX_PATH + 1];
    DWORD n = GetTempPathW(MAX_PATH + 1, base);
    if (n == 0 || n > MAX_PATH)
        return NULL;
    char *dir = utf8_from_wide(base);
    for (unsigned i = 0; dir && i < 100; i++) {
        char *path =
            dls_xasprintf("%s%s%lu-%lu-%u", dir, prefix, (unsigned long)GetCurrentProcessId(),
                          (unsigned long)GetTickCount(), i);
        wchar_t *w = wide_from_utf8(path);
        int made = w && CreateDirectoryW(w, NULL);
        free(w);
        if (made) {
            free(dir);
            return drvls_spelling(path);
        }
        free(path);
    }
    free(dir);
    return NULL;
}

int dls_plat_rmdir(const char *path) {
    wchar_t *w = wide_from_utf8(path);
    int rc = w && RemoveDirectoryW(w) ? 0 : -1;
    free(w);
    return rc;
}

#else /* POSIX */

static int make_dir(const char *path) {
    return mkdir(path, 0777);
}

int dls_plat_replace(const char *from, const char *to) {
    return rename(from, to);
}

int dls_plat_file_stamp(const char *path, unsigned long long *size, long long *mtime_ns) {
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return -1;
    *size = (unsigned long long)st.st_size;
    *mtime_ns = (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
    return 0;
}

char *dls_plat_realpath(const char *path) {
    return realpath(path, NULL);
}

char *dls_plat_exe_path(void) {
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return NULL;
    exe[n] = '\0';
    return dls_xstrdup(exe);
}

const char *dls_plat_strerror(int err, char *buf, size_t size) {
    /* the GNU strerror_r returns the message, which may or may not be buf */
    return strerror_r(err, buf, size);
}

void dls_plat_stdio_init(int in_fd, int out_fd) {
    (void)in_fd;
    (void)out_fd;
    signal(SIGPIPE, SIG_IGN);
}

void dls_plat_wait_writable(int fd, int timeout_ms) {
    struct pollfd p = {.fd = fd, .events = POLLOUT};
    poll(&p, 1, timeout_ms);
}

char *dls_plat_temp_dir(const char *prefix) {
    const char *base = getenv("TMPDIR");
    char *templ = dls_xasprintf("%s/%sXXXXXX", base && *base ? base : "/tmp", prefix);
    if (!mkdtemp(templ)) {
        free(templ);
        return NULL;
    }
    return templ;
}

int dls_plat_rmdir(const char *path) {
    return rmdir(path);
}

#endif

/* Whether path names an existing directory. */
static int is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR;
}

int dls_plat_mkdirs(const char *path) {
    if (is_dir(path))
        return 0;
    char *p = dls_xstrdup(path);
    int err = 0;
    for (char *c = p + 1; !err; c++) { /* each prefix ending before a separator, then the whole */
        if ((*c != '/' && *c != '\0') || (*c == '/' && c[-1] == ':')) /* "c:" is no directory */
            continue;
        char saved = *c;
        *c = '\0';
        if (!is_dir(p) && make_dir(p) != 0 && errno != EEXIST)
            err = errno ? errno : EACCES;
        *c = saved;
        if (!saved)
            break;
    }
    free(p);
    return err ? err : is_dir(path) ? 0 : ENOTDIR;
}

/* ---- reading regular files ---- */

#ifdef _WIN32
#define read_fd _read
#define close_fd _close
#else
#define read_fd read
#define close_fd close
#endif

/* Open path for reading if it is a regular file; *size gets its size. Returns a descriptor, or -1
 * with *err set. */
static int open_regular(const char *path, int no_symlink, unsigned long long *size, int *err) {
#ifdef _WIN32
    wchar_t *w = wide_from_utf8(path);
    if (!w) {
        *err = EINVAL;
        return -1;
    }
    if (no_symlink) {
        DWORD attrs = GetFileAttributesW(w);
        if (attrs != INVALID_FILE_ATTRIBUTES && (attrs & FILE_ATTRIBUTE_REPARSE_POINT)) {
            free(w);
            *err = ELOOP;
            return -1;
        }
    }
    int fd = _wopen(w, _O_RDONLY | _O_BINARY);
    free(w);
    struct _stat64 st;
    int stat_ok = fd >= 0 && _fstat64(fd, &st) == 0;
    int regular = stat_ok && (st.st_mode & _S_IFREG);
#else
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (no_symlink ? O_NOFOLLOW : 0));
    struct stat st;
    int stat_ok = fd >= 0 && fstat(fd, &st) == 0;
    int regular = stat_ok && S_ISREG(st.st_mode);
#endif
    if (fd < 0) {
        /* ENXIO: a device or socket with nothing behind it */
        *err = errno == ENXIO ? DLS_ENOTREG : errno ? errno : EIO;
        return -1;
    }
    if (!regular) {
        *err = stat_ok ? DLS_ENOTREG : errno ? errno : EIO;
        close_fd(fd);
        return -1;
    }
    *size = (unsigned long long)st.st_size;
    return fd;
}

int dls_plat_read_regular(const char *path, size_t max, int no_symlink, char **text, size_t *len) {
    unsigned long long size;
    int err = 0;
    int fd = open_regular(path, no_symlink, &size, &err);
    if (fd < 0)
        return err;
    if (size > max) {
        close_fd(fd);
        return EFBIG;
    }
    size_t cap = (size_t)size + 1, n = 0;
    char *buf = dls_xmalloc(cap + 1);
    for (;;) {
        if (n == cap) {
            if (n > max)
                break;
            buf = dls_xrealloc(buf, (cap *= 2) + 1);
        }
        size_t want = cap - n > (1u << 30) ? (1u << 30) : cap - n;
        long got = (long)read_fd(fd, buf + n, (unsigned)want);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            err = errno ? errno : EIO;
            break;
        }
        if (got == 0)
            break;
        n += (size_t)got;
    }
    close_fd(fd);
    if (!err && n > max)
        err = EFBIG;
    if (err) {
        free(buf);
        return err;
    }
    buf[n] = '\0';
    *text = buf;
    *len = n;
    return 0;
}

/* ---- guarded calls on a big stack ---- */

typedef struct {
    void (*fn)(void *);
    void *arg;
    int crashed;
} guard_call;

#ifdef _WIN32

void dls_plat_guard_init(void) {
    if (!getenv("LIBCLANG_NOTHREADS"))
        _putenv_s("LIBCLANG_NOTHREADS", "1");
}

void dls_plat_guard_refresh(void) {}

static unsigned __stdcall guard_main(void *p) {
    guard_call *c = p;
    c->fn(c->arg);
    return 0;
}

int dls_plat_guard_run(void (*fn)(void *), void *arg) {
    guard_call c = {fn, arg, 0};
    uintptr_t h = _beginthreadex(NULL, (unsigned)DLS_PLAT_GUARD_STACK, guard_main, &c,
                                 STACK_SIZE_PARAM_IS_A_RESERVATION, NULL);
    if (!h) {
        fn(arg);
        return -1;
    }
    WaitForSingleObject((HANDLE)h, INFINITE);
    CloseHandle((HANDLE)h);
    return 0;
}

#else /* POSIX */

/* Where a crash on this thread jumps to, while a guarded call runs on it. */
static _Thread_local sigjmp_buf *guard_jump;
static const int guard_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE};
static pthread_mutex_t guard_lock = PTHREAD_MUTEX_INITIALIZER;

static void guard_on_signal(int sig) {
    sigjmp_buf *jump = guard_jump;
    if (jump) {
        guard_jump = NULL;
        siglongjmp(*jump, sig);
    }
    signal(sig, SIG_DFL); /* not in a guarded call: crash as before */
    raise(sig);
}

void dls_plat_guard_init(void) {
    setenv("LIBCLANG_NOTHREADS", "1", 0);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = guard_on_signal;
    sa.sa_flags = SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof guard_signals / sizeof *guard_signals; i++)
        sigaction(guard_signals[i], &sa, NULL);
}

void dls_plat_guard_refresh(void) {
    pthread_mutex_lock(&guard_lock);
    for (size_t i = 0; i < sizeof guard_signals / sizeof *guard_signals; i++) {
        struct sigaction sa;
        if (sigaction(guard_signals[i], NULL, &sa) != 0 || (sa.sa_flags & SA_ONSTACK) ||
            (!(sa.sa_flags & SA_SIGINFO) && (sa.sa_handler == SIG_DFL || sa.sa_handler == SIG_IGN)))
            continue;
        sa.sa_flags |= SA_ONSTACK;
        sigaction(guard_signals[i], &sa, NULL);
    }
    pthread_mutex_unlock(&guard_lock);
}

/* Run the call with an alternate signal stack and a jump target for guard_on_signal. */
static void guard_call_here(guard_call *c) {
    size_t alt = 1 << 16;
    stack_t ss = {.ss_sp = dls_xmalloc(alt), .ss_size = alt, .ss_flags = 0};
    stack_t old;
    sigaltstack(&ss, &old);
    sigjmp_buf jump;
    int sig = sigsetjmp(jump, 1);
    if (sig == 0) {
        guard_jump = &jump;
        c->fn(c->arg);
    } else {
        c->crashed = sig;
    }
    guard_jump = NULL;
    sigaltstack(&old, NULL);
    free(ss.ss_sp);
}

static void *guard_main(void *p) {
    guard_call_here(p);
    return NULL;
}

int dls_plat_guard_run(void (*fn)(void *), void *arg) {
    dls_plat_guard_refresh();
    guard_call c = {fn, arg, 0};
    pthread_attr_t attr;
    pthread_t t;
    int ok = pthread_attr_init(&attr) == 0;
    ok = ok && pthread_attr_setstacksize(&attr, DLS_PLAT_GUARD_STACK) == 0 &&
         pthread_create(&t, &attr, guard_main, &c) == 0;
    pthread_attr_destroy(&attr);
    if (!ok) {
        fn(arg);
        return -1;
    }
    pthread_join(t, NULL);
    return c.crashed;
}

#endif
