/*
 * replay.c - runs a fuzz target's entry point over saved inputs without libFuzzer, so that every
 * build (not only a clang -DDRVLS_FUZZ=ON one) replays the crash regressions and the seed corpus.
 *
 * usage: <target>_replay PATH...   (files, or directories read recursively, in name order)
 * Exit status 0 when every input ran; a crash or a broken invariant aborts, as under libFuzzer.
 */
#include "fuzz.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct {
    char **v;
    size_t n, cap;
} path_list;

static void add_path(path_list *l, const char *dir, const char *name) {
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 64;
        l->v = realloc(l->v, l->cap * sizeof *l->v);
        if (!l->v)
            abort();
    }
    size_t len = strlen(dir) + strlen(name) + 2;
    char *p = malloc(len);
    if (!p)
        abort();
    snprintf(p, len, "%s%s%s", dir, *dir ? "/" : "", name);
    l->v[l->n++] = p;
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds the regular files under path (path itself when it is a file). Returns -1 when path does
 * not exist. Names starting with '.' are skipped. */
static int collect(path_list *l, const char *path) {
    struct stat st;
    if (stat(path, &st) != 0)
        return -1;
    if (!S_ISDIR(st.st_mode)) {
        add_path(l, "", path);
        return 0;
    }
    DIR *d = opendir(path);
    if (!d)
        return -1;
    path_list here = {0};
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] != '.')
            add_path(&here, path, e->d_name);
    closedir(d);
    if (here.n > 1)
        qsort(here.v, here.n, sizeof *here.v, by_name);
    for (size_t i = 0; i < here.n; i++) {
        collect(l, here.v[i]);
        free(here.v[i]);
    }
    free(here.v);
    return 0;
}

static unsigned char *read_all(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    unsigned char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            unsigned char *bigger = realloc(buf, cap);
            if (!bigger)
                free(buf);
            buf = bigger;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    path_list inputs = {0};
    for (int i = 1; i < argc; i++) {
        if (collect(&inputs, argv[i]) != 0) {
            fprintf(stderr, "replay: %s does not exist\n", argv[i]);
            return 2;
        }
    }
    LLVMFuzzerInitialize(&argc, &argv);
    for (size_t i = 0; i < inputs.n; i++) {
        size_t len = 0;
        unsigned char *data = read_all(inputs.v[i], &len);
        if (!data) {
            fprintf(stderr, "replay: cannot read %s\n", inputs.v[i]);
            return 2;
        }
        fprintf(stderr, "replay: %s (%zu bytes)\n", inputs.v[i], len);
        /* a private copy of exactly len bytes, so that reading past the input is caught */
        unsigned char *exact = malloc(len ? len : 1);
        if (!exact)
            abort();
        memcpy(exact, data, len);
        free(data);
        LLVMFuzzerTestOneInput(exact, len);
        free(exact);
        free(inputs.v[i]);
    }
    printf("replayed %zu inputs\n", inputs.n);
    free(inputs.v);
    return 0;
}
