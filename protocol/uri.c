/*
 * uri.c - file URIs <-> filesystem paths, as LSP clients send them (contract in uri.h).
 *
 * Strict where it matters: the scheme must be "file", the host empty or "localhost", every '%'
 * must start a valid escape, and an escape may not produce NUL. Lenient where clients are sloppy:
 * characters that should have been escaped (a space, non-ASCII bytes) are taken as they are, and
 * everything after the host is the path, so an unescaped '?' or '#' stays part of the name.
 */
#include "uri.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(char c) {
    return c >= '0' && c <= '9';
}

static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* RFC 3986 unreserved characters: they are never percent-encoded. */
static int is_unreserved(char c) {
    return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

/* Value of a hexadecimal digit, or -1. */
static int hex_value(char c) {
    if (is_digit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Whether s[0..n) equals the lowercase literal lit, ignoring ASCII case. */
static int equals_ci(const char *s, size_t n, const char *lit) {
    size_t i = 0;
    for (; i < n && lit[i]; i++) {
        if (lower(s[i]) != lit[i])
            return 0;
    }
    return i == n && lit[i] == '\0';
}

/* Whether s starts with the lowercase literal lit, ignoring ASCII case. */
static int starts_with_ci(const char *s, const char *lit) {
    for (size_t i = 0; lit[i]; i++) {
        if (lower(s[i]) != lit[i])
            return 0;
    }
    return 1;
}

/* Percent-decodes the NUL-terminated s into out (at least strlen(s) + 1 bytes). Returns 0, or -1
 * on a bad escape or an encoded NUL. */
static int percent_decode(const char *s, char *out) {
    size_t o = 0;
    for (size_t i = 0; s[i]; i++) {
        if (s[i] != '%') {
            out[o++] = s[i];
            continue;
        }
        int hi = hex_value(s[i + 1]);
        int lo = hi < 0 ? -1 : hex_value(s[i + 2]);
        if (lo < 0 || (hi == 0 && lo == 0))
            return -1;
        out[o++] = (char)(hi * 16 + lo);
        i += 2;
    }
    out[o] = '\0';
    return 0;
}

/* The path part of a file URI (after "file:" and any authority), or NULL if the URI has another
 * scheme, a host other than empty/localhost, or no absolute path. uri is NUL-terminated. */
static const char *uri_path_part(const char *uri) {
    if (!starts_with_ci(uri, "file:"))
        return NULL;
    const char *p = uri + 5;
    if (p[0] == '/' && p[1] == '/') {
        const char *host = p + 2;
        const char *slash = strchr(host, '/');
        size_t host_len = slash ? (size_t)(slash - host) : strlen(host);
        if (host_len != 0 && !equals_ci(host, host_len, "localhost"))
            return NULL;
        return slash;
    }
    return p[0] == '/' ? p : NULL;
}

/* Turns a decoded "/c:/dir" (or "/C:") into "c:/dir" in place; path has room for one more byte. */
static void fix_drive_letter(char *path) {
    if (path[0] != '/' || !is_alpha(path[1]) || path[2] != ':' ||
        (path[3] != '\0' && path[3] != '/'))
        return;
    memmove(path, path + 1, strlen(path));
    path[0] = lower(path[0]);
    if (path[2] == '\0') {
        path[2] = '/';
        path[3] = '\0';
    }
}

char *dls_uri_to_path(const char *uri) {
    if (!uri)
        return NULL;
    const char *encoded = uri_path_part(uri);
    if (!encoded)
        return NULL;
    char *path = malloc(strlen(encoded) + 2);
    if (!path)
        return NULL;
    if (percent_decode(encoded, path) != 0) {
        free(path);
        return NULL;
    }
    fix_drive_letter(path);
    return path;
}

/* Whether path starts with a Windows drive: "c:" then the end, '/' or '\'. */
static int has_drive_letter(const char *path) {
    return is_alpha(path[0]) && path[1] == ':' &&
           (path[2] == '\0' || path[2] == '/' || path[2] == '\\');
}

/* Appends c to out at *o, percent-encoded unless it is unreserved or '/'. */
static void put_encoded(char *out, size_t *o, char c) {
    static const char hex[] = "0123456789ABCDEF";
    unsigned char u = (unsigned char)c;
    if (is_unreserved(c) || c == '/') {
        out[(*o)++] = c;
        return;
    }
    out[(*o)++] = '%';
    out[(*o)++] = hex[u >> 4];
    out[(*o)++] = hex[u & 15];
}

char *dls_uri_from_path(const char *path) {
    if (!path)
        return NULL;
    int drive = has_drive_letter(path);
    if (!drive && path[0] != '/')
        return NULL;
    size_t n = strlen(path);
    if (n > (SIZE_MAX - 16) / 3)
        return NULL;
    char *out = malloc(8 + 3 * n + 1);
    if (!out)
        return NULL;
    size_t o = 0, i = 0;
    memcpy(out, "file://", 7);
    o = 7;
    if (drive) {
        /* "c:\dir" -> "file:///c%3A/dir": a lowercase drive and forward slashes, as VS Code sends.
         */
        out[o++] = '/';
        out[o++] = lower(path[0]);
        put_encoded(out, &o, ':');
        i = 2;
    }
    for (; i < n; i++)
        put_encoded(out, &o, drive && path[i] == '\\' ? '/' : path[i]);
    out[o] = '\0';
    return out;
}
