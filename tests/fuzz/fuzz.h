/*
 * fuzz.h - the entry points every fuzz target under tests/fuzz defines. libFuzzer calls them in a
 * -DDRVLS_FUZZ=ON build; replay.c calls them in every build to replay the regression inputs
 * (tests/fuzz/regressions/<target>/) and the seed corpus without libFuzzer.
 */
#ifndef DLS_FUZZ_H
#define DLS_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* One-time set-up; argc/argv are the program's (unused by the targets). Returns 0. */
int LLVMFuzzerInitialize(int *argc, char ***argv);
/* Run one input. Returns 0; a broken invariant aborts (FUZZ_CHECK). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* An invariant of the code under test: when it does not hold, say which and abort, so libFuzzer
 * (and the replay) report a crash. */
#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond))                                                                               \
            dls_fuzz_fail(__FILE__, __LINE__, #cond);                                              \
    } while (0)

void dls_fuzz_fail(const char *file, int line, const char *what) __attribute__((noreturn));

#endif
