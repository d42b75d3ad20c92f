/*
 * uri.h - file URIs <-> filesystem paths, as LSP clients send them.
 *
 * Percent-decoding/encoding per RFC 3986; Windows drive letters in both the encoded form VS Code
 * sends (file:///c%3A/dir/x.c) and the plain one (file:///C:/dir/x.c) map to "c:/dir/x.c" style
 * paths; on POSIX, file:///home/a%20b/x.c -> "/home/a b/x.c". Non-ASCII names are UTF-8.
 * Thread: any; no shared state.
 */
#ifndef DLS_URI_H
#define DLS_URI_H

/* Returns a new heap path, or NULL when uri is not a usable file URI (other scheme, a host other
 * than empty/localhost, bad percent escape, an encoded NUL). */
char *dls_uri_to_path(const char *uri);
/* Returns a new heap "file://" URI for an absolute path; unreserved characters and '/' stay,
 * everything else is percent-encoded (a drive letter's colon too, as VS Code does). */
char *dls_uri_from_path(const char *path);

#endif
