/*
 * index.h - the workspace index: every source file of the driver parsed once in the background so
 * that the checker sees the whole driver (roles registered in one file, helpers in another) while
 * only a few files are open.
 *
 * Files come from the workspace's compile_commands.json (at the root or in build/), else from the
 * .c/.cpp files under the root. One file is parsed at a time on the libuv thread pool, so open
 * files (parsed by the scheduler on the other pool threads) go first. A file whose entry in the
 * on-disk cache still holds is not parsed at all.
 * Thread: every function here is called on the loop thread; callbacks run on the loop thread.
 */
#ifndef DLS_INDEX_H
#define DLS_INDEX_H

#include <uv.h>

#include "cache.h"
#include "check.h"
#include "flags.h"

/* A file's facts arrived (the callee takes facts), or the file could not be analysed (facts
 * NULL). done/total count the files of the current run. */
typedef void (*dls_index_file_cb)(void *user, const char *path, dls_file_facts *facts, size_t done,
                                  size_t total);
/* The queue ran empty after a run of files files, from_cache of them read from the cache. */
typedef void (*dls_index_idle_cb)(void *user, size_t files, size_t from_cache);

typedef struct dls_index dls_index;

dls_index *dls_index_new(uv_loop_t *loop, dls_index_file_cb on_file, dls_index_idle_cb on_idle,
                         void *user);
/* Keep and read the facts in the on-disk cache at dir (cache.h); NULL for none. Call before the
 * first dls_index_add. */
void dls_index_set_cache(dls_index *x, const char *dir);
/* The source files of the workspace at root (new array of new strings, count in *n): never a file
 * outside root, whatever the compile database lists. */
char **dls_index_discover(const char *root, size_t *n);
/* Whether path names a file inside the directory root once symbolic links and ".." are resolved
 * (both must exist): the index reads nothing outside the workspace. */
int dls_index_inside(const char *root, const char *path);
/* Queue path for (re-)indexing with the flags options (copied); a path already queued is not
 * queued twice. */
void dls_index_add(dls_index *x, const char *path, const dls_flags_opts *opts);
/* Files queued or being parsed. */
size_t dls_index_pending(const dls_index *x);
/* Drop the queue; a running parse completes and its result is dropped. */
void dls_index_stop(dls_index *x);
/* Free; call after the loop has run to completion (no parse running). */
void dls_index_free(dls_index *x);

#endif
