/*
 * fuzz_checker.c - fuzz target for the work-item checker on mutated driver sources: the input is
 * parsed by libclang as the unsaved text of a main file with drvls's default driver flags (the DDK
 * headers included), then facts, CFGs, summaries and every rule run over it, and the hover text is
 * asked for at each "WorkItem" in the text. The seed corpus is the rule fixtures (every .c file
 * under tests/fixtures/rules).
 *
 * One unit is kept across inputs and reparsed, as the server does, and every input is preceded by
 * the same two lines (PREFIX: the DDK header, then a declaration that ends the preamble), so that
 * the DDK headers are read once into the unit's precompiled preamble and each input costs a
 * reparse of the file alone (milliseconds, not the 0.4 s of a preamble: the seeds' own leading
 * comments and #includes differ, and mutations often land there). An input's own #include of the
 * DDK headers comes after the prefix and costs nothing (include guards). The text is also written
 * to the file, as an editor's saved buffer would be.
 * Invariants checked besides memory safety: every finding, note, path step and fix edit located
 * in the file lies within the text parsed (begin <= end <= length).
 */
#include "analysis.h"
#include "check.h"
#include "flags.h"
#include "fuzz.h"
#include "units.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef FUZZ_RESOURCE_DIR
#define FUZZ_RESOURCE_DIR ""
#endif

/* By default libclang parses on a thread of its own, with LLVM's alternate signal stack, which the
 * AddressSanitizer runtime then fails to unmap when the thread ends ("unable to unmap"; found by
 * this target, regressions/fuzz_checker/asan-sigaltstack-*): parses run on the calling thread
 * (LIBCLANG_NOTHREADS, below) and LLVM keeps the signal stack. Read by the sanitizer runtime in
 * -DDRVLS_FUZZ=ON and -DDRVLS_SANITIZE=ON builds, unused otherwise. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) {
    return "use_sigaltstack=0";
}

static char dir[64];
static char path[128];
static dls_flags flags;
static dls_unit *unit;

/* What precedes every input (see the top of the file). */
static const char PREFIX[] = "#include <ndis.h>\n"
                             "typedef int dls_fuzz_preamble_end;\n";
#define PREFIX_LEN (sizeof PREFIX - 1)
static char *buffer; /* PREFIX + the input */
static int verbose;  /* $DRVLS_FUZZ_VERBOSE: print what each input gave */

static void cleanup(void) {
    dls_unit_free(unit);
    unit = NULL;
    free(buffer);
    buffer = NULL;
    dls_flags_free(&flags);
    unlink(path);
    rmdir(dir);
}

static void write_input(const char *text, size_t size) {
    FILE *f = fopen(path, "wb");
    if (!f) {
        perror("fuzz_checker: cannot write the input");
        abort();
    }
    if (size)
        fwrite(text, 1, size, f);
    fclose(f);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    /* A directory of our own, holding only the input: no compile database or project above it
     * can change the flags. */
    snprintf(dir, sizeof dir, "/tmp/drvls-fuzz-XXXXXX");
    if (!mkdtemp(dir)) {
        perror("fuzz_checker: mkdtemp");
        abort();
    }
    snprintf(path, sizeof path, "%s/driver.c", dir);
    dls_flags_default(path, NULL, &flags);
    if (FUZZ_RESOURCE_DIR[0]) {
        flags.argv = dls_xrealloc(flags.argv, ((size_t)flags.argc + 3) * sizeof *flags.argv);
        flags.argv[flags.argc++] = dls_xstrdup("-resource-dir");
        flags.argv[flags.argc++] = dls_xstrdup(FUZZ_RESOURCE_DIR);
        flags.argv[flags.argc] = NULL;
    }
    /* parse on this thread: no thread per parse (libclang's default) */
    setenv("LIBCLANG_NOTHREADS", "1", 1);
    unit = dls_unit_new(path);
    verbose = getenv("DRVLS_FUZZ_VERBOSE") != NULL;
    atexit(cleanup);
    return 0;
}

static void check_range(const dls_range *r, size_t size) {
    if (!r->file || strcmp(r->file, path) != 0)
        return;
    FUZZ_CHECK(r->begin <= r->end);
    FUZZ_CHECK(r->end <= size);
}

static void check_findings(const dls_findings *list, size_t size) {
    for (size_t i = 0; i < list->count; i++) {
        const dls_finding *f = &list->items[i];
        FUZZ_CHECK(f->rule != NULL && f->message != NULL);
        check_range(&f->range, size);
        for (size_t j = 0; j < f->n_notes; j++)
            check_range(&f->notes[j].range, size);
        for (size_t j = 0; j < f->n_path; j++)
            check_range(&f->path[j].range, size);
        for (size_t j = 0; j < f->n_fixes; j++) {
            for (size_t k = 0; k < f->fixes[j].n_edits; k++) {
                const dls_edit *e = &f->fixes[j].edits[k];
                if (strcmp(e->file, path) != 0)
                    continue;
                FUZZ_CHECK(e->begin <= e->end);
                FUZZ_CHECK(e->end <= size);
                FUZZ_CHECK(e->text != NULL);
            }
        }
    }
}

/* Hover at the start of every "WorkItem" in the text (at most 8). */
static void describe_work_items(dls_program *p, const char *text, size_t size,
                                const dls_check_opts *opts) {
    static const char needle[] = "WorkItem";
    int asked = 0;
    for (size_t i = 0; i + sizeof needle - 1 <= size && asked < 8; i++) {
        if (memcmp(text + i, needle, sizeof needle - 1) != 0)
            continue;
        asked++;
        char *md = dls_program_describe(p, path, (unsigned)i, opts);
        free(md);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 256 * 1024)
        return 0; /* big inputs only slow the search down */
    size_t len = PREFIX_LEN + size;
    buffer = dls_xrealloc(buffer, len + 1);
    memcpy(buffer, PREFIX, PREFIX_LEN);
    if (size)
        memcpy(buffer + PREFIX_LEN, data, size);
    buffer[len] = '\0';
    write_input(buffer, len);
    dls_unsaved unsaved = {path, buffer, len};
    dls_findings diags = {0}, found = {0};
    if (dls_unit_parse(unit, &flags, &unsaved, 1, &diags) == 0 && dls_unit_tu(unit)) {
        check_findings(&diags, len);
        dls_file_facts *facts = dls_facts_extract(dls_unit_tu(unit), path, buffer, len);
        dls_program *p = dls_program_new();
        dls_program_set_file(p, path, facts);
        dls_check_opts opts = {0};
        opts.halt = size % 2 ? DLS_HALT_ALL_PATHS : DLS_HALT_AT_LEAST_ONCE;
        dls_program_check(p, path, &opts, &found);
        check_findings(&found, len);
        describe_work_items(p, buffer, len, &opts);
        dls_program_free(p);
    }
    if (verbose)
        fprintf(stderr, "fuzz_checker: %zu clang diagnostics, %zu findings\n", diags.count,
                found.count);
    dls_findings_clear(&diags);
    dls_findings_clear(&found);
    return 0;
}
