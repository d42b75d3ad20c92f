/*
 * strmap.c - open-addressing string -> int map (FNV-1a, linear probing, doubled at half load).
 */
#include "strmap.h"
#include "analysis.h"

#include <stdlib.h>
#include <string.h>

static size_t dls_strmap_hash(const char *s) {
    size_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

void dls_strmap_free(dls_strmap *m) {
    for (size_t i = 0; i < m->cap; i++)
        free(m->keys[i]);
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

static size_t dls_strmap_slot(const dls_strmap *m, const char *key) {
    size_t i = dls_strmap_hash(key) & (m->cap - 1);
    while (m->keys[i] && strcmp(m->keys[i], key) != 0)
        i = (i + 1) & (m->cap - 1);
    return i;
}

int dls_strmap_get(const dls_strmap *m, const char *key) {
    if (!m->cap)
        return -1;
    size_t i = dls_strmap_slot(m, key);
    return m->keys[i] ? m->vals[i] : -1;
}

static void dls_strmap_grow(dls_strmap *m) {
    dls_strmap n = {0};
    n.cap = m->cap ? m->cap * 2 : 16;
    n.keys = dls_xcalloc(n.cap, sizeof *n.keys);
    n.vals = dls_xcalloc(n.cap, sizeof *n.vals);
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t j = dls_strmap_slot(&n, m->keys[i]);
        n.keys[j] = m->keys[i];
        n.vals[j] = m->vals[i];
        n.count++;
    }
    free(m->keys);
    free(m->vals);
    *m = n;
}

void dls_strmap_put(dls_strmap *m, const char *key, int val) {
    if ((m->count + 1) * 2 > m->cap)
        dls_strmap_grow(m);
    size_t i = dls_strmap_slot(m, key);
    if (!m->keys[i]) {
        m->keys[i] = dls_xstrdup(key);
        m->count++;
    }
    m->vals[i] = val;
}
