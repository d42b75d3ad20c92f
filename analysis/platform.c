/*
 * platform.c - the POSIX and the Windows side of platform.h. Every _WIN32 test for paths, the
 * executable, error text and the standard streams is in this file; see platform.h for the
 * contract.
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
#include <windows.h>
#else
#include <limits.h>
#include <poll.h>
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
