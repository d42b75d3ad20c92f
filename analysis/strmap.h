/*
 * strmap.h - a small string -> int hash map used by the checker's modules (slot tables, function
 * indexes, label tables). Keys are copied; values are plain ints.
 * Thread: a map is used by one thread at a time.
 */
#ifndef DLS_STRMAP_H
#define DLS_STRMAP_H

#include <stddef.h>

typedef struct {
    char **keys;
    int *vals;
    size_t cap, count;
} dls_strmap;

/* An empty map needs no init beyond zeroing: dls_strmap m = {0}. */
void dls_strmap_free(dls_strmap *m);
/* Value of key, or -1 when absent. */
int dls_strmap_get(const dls_strmap *m, const char *key);
/* Set key to val (key copied). */
void dls_strmap_put(dls_strmap *m, const char *key, int val);

#endif
