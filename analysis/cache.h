/*
 * cache.h - the on-disk facts cache: one entry per source file holding what parsing it gave the
 * checker (its facts and clang's diagnostics), so that the workspace index after a restart, `drvls
 * index` and `drvls lint --index DIR` parse only the files that changed.
 *
 * An entry is valid while the file's text, its compile flags, the versions of drvls, of the entry
 * format and of libclang, and every file the parse included (path, size, content) are as they were
 * when it was stored. A header is read only when its modification time changed (a fresh checkout),
 * and then once per process. Anything else (missing, stale, truncated, corrupt, foreign) is a
 * miss, and the next store replaces it; a directory that cannot be created or written makes every
 * store a no-op. Entries are written under a temporary name and renamed into place, so a reader
 * never sees half of one. The directory gets a .gitignore of "*". Decoding checks every count,
 * index and enumeration it reads, so a crafted entry cannot make the checker read out of bounds.
 * Thread: a dls_cache is read-only after dls_cache_open; loads and stores run on any thread.
 */
#ifndef DLS_CACHE_H
#define DLS_CACHE_H

#include <clang-c/Index.h>

#include "analysis.h"
#include "check.h"
#include "flags.h"

typedef struct dls_cache dls_cache;

/* The cache in directory dir, created with its parents when missing (failure is not an error:
 * the cache is then read-only or empty). Never NULL. dir must be absolute: libclang changes the
 * process's working directory when a compile command has -working-directory. */
dls_cache *dls_cache_open(const char *dir);
void dls_cache_free(dls_cache *c);
/* Whether stores can succeed (the directory exists and a file could be created in it). */
int dls_cache_writable(const dls_cache *c);
const char *dls_cache_dir(const dls_cache *c);

/* The files a parse read besides the main file (absolute paths). */
typedef struct {
    char **paths;
    size_t n;
} dls_cache_deps;

/* The files tu included (every depth, each once), the headers of its shared PCH (prefix.h)
 * included. */
void dls_cache_deps_of(CXTranslationUnit tu, dls_cache_deps *out);
void dls_cache_deps_free(dls_cache_deps *d);

/* The facts stored for path when its entry is valid for text/len and flags: new facts holding a
 * copy of text, with clang's diagnostics of that parse appended to clang (may be NULL). NULL on a
 * miss (nothing appended). */
dls_file_facts *dls_cache_load(const dls_cache *c, const char *path, const char *text, size_t len,
                               const dls_flags *flags, dls_findings *clang);
/* Store what the parse of path (text/len with flags; it read deps) gave. Returns 0, or -1 when
 * the entry could not be written (the cache is left as it was). */
int dls_cache_store(const dls_cache *c, const char *path, const char *text, size_t len,
                    const dls_flags *flags, const dls_cache_deps *deps, const dls_file_facts *facts,
                    const dls_findings *clang);

/* The serialised form alone (for tests and the fuzz target): encode facts and clang's findings
 * into a new buffer of *size bytes; decode such a buffer into new facts for path with a copy of
 * text (findings appended to clang, which may be NULL), or NULL when data is not a valid encoding.
 */
unsigned char *dls_cache_encode(const dls_file_facts *facts, const dls_findings *clang,
                                size_t *size);
dls_file_facts *dls_cache_decode(const unsigned char *data, size_t size, const char *path,
                                 const char *text, size_t len, dls_findings *clang);

#endif
