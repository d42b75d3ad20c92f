/*
 * fuzz_common.c - what the fuzz targets share: reporting a broken invariant (fuzz.h).
 */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>

void dls_fuzz_fail(const char *file, int line, const char *what) {
    fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
    fflush(stderr);
    abort();
}
