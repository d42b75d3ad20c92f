/*
 * test_analysis_fixes.c - golden tests of the quick-fixes: the exact text and place of the release
 * the checker inserts (halt, failure paths, local leaks) in files indented with tabs, 2 and 4
 * spaces, in K&R and Allman style, with CRLF line endings and with non-ASCII comments; the slot
 * named through the context parameter when halt has no local; no fix where the only place is a
 * macro expansion. Every fix is also applied and the driver checked again: the finding is gone.
 */
#include "test_analysis_util.h"

/* ---- sources in any style ------------------------------------------------------------------- */

typedef struct {
    const char *unit; /* one indentation level */
    int allman;
    int crlf;
} style;

static const style KR4 = {"    ", 0, 0};

/* master is written in K&R with 4-space levels and \n; return it in style st (new string). */
static char *restyle(const char *master, style st) {
    size_t cap = strlen(master) * 4 + 64, n = 0;
    char *out = malloc(cap);
    const char *eol = st.crlf ? "\r\n" : "\n";
    for (const char *line = master; *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        size_t sp = 0;
        while (sp < len && line[sp] == ' ')
            sp++;
        unsigned depth = (unsigned)(sp / 4);
        char ind[64] = "";
        for (unsigned d = 0; d < depth; d++)
            strcat(ind, st.unit);
        const char *body = line + depth * 4;
        size_t blen = len - depth * 4;
        int split = st.allman && blen > 2 && strncmp(body + blen - 2, " {", 2) == 0;
        n += (size_t)snprintf(out + n, cap - n, "%s%.*s%s", ind, (int)(split ? blen - 2 : blen),
                              body, eol);
        if (split)
            n += (size_t)snprintf(out + n, cap - n, "%s{%s", ind, eol);
        line = end ? end + 1 : line + len;
    }
    return out;
}

#define HEAD                                                                                       \
    "#include <ndis.h>\n"                                                                          \
    "typedef struct _MP_ADAPTER {\n"                                                               \
    "    NDIS_HANDLE AdapterHandle;\n"                                                             \
    "    NDIS_HANDLE ResetWorkItem;\n"                                                             \
    "    ULONG Flags;\n"                                                                           \
    "} MP_ADAPTER, *PMP_ADAPTER;\n"                                                                \
    "MINIPORT_INITIALIZE MPInitializeEx;\n"                                                        \
    "MINIPORT_HALT MPHaltEx;\n"

#define INIT_TOP                                                                                   \
    "NDIS_STATUS\n"                                                                                \
    "MPInitializeEx(NDIS_HANDLE h, NDIS_HANDLE d, PNDIS_MINIPORT_INIT_PARAMETERS p)\n"             \
    "{\n"                                                                                          \
    "    PMP_ADAPTER Adapter;\n"                                                                   \
    "    NDIS_MINIPORT_ADAPTER_ATTRIBUTES Attributes;\n"                                           \
    "    UNREFERENCED_PARAMETER(d);\n"                                                             \
    "    UNREFERENCED_PARAMETER(p);\n"                                                             \
    "    Adapter = NdisAllocateMemoryWithTagPriority(h, sizeof(MP_ADAPTER), 'tseT', "              \
    "NormalPoolPriority);\n"                                                                       \
    "    if (Adapter == NULL) {\n"                                                                 \
    "        return NDIS_STATUS_RESOURCES;\n"                                                      \
    "    }\n"                                                                                      \
    "    NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));\n"                                           \
    "    Adapter->ResetWorkItem = NdisAllocateIoWorkItem(h);\n"                                    \
    "    if (Adapter->ResetWorkItem == NULL) {\n"                                                  \
    "        NdisFreeMemory(Adapter, 0, 0);\n"                                                     \
    "        return NDIS_STATUS_RESOURCES;\n"                                                      \
    "    }\n"                                                                                      \
    "    Attributes.RegistrationAttributes.MiniportAdapterContext = Adapter;\n"

/* Init that cleans up; halt that frees the adapter but forgets the work item. */
static const char *halt_master =
    HEAD INIT_TOP "    return NdisMSetMiniportAttributes(h, &Attributes);\n"
                  "}\n"
                  "VOID\n"
                  "MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)\n"
                  "{\n"
                  "    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;\n"
                  "    if (HaltAction == NdisHaltDeviceDisabled) {\n"
                  "        Adapter->Flags = 0;\n"
                  "    }\n"
                  "    NdisFreeMemory(Adapter, 0, 0);\n"
                  "}\n";

static const char *halt_release = "    if (Adapter->ResetWorkItem != NULL) {\n"
                                  "        NdisFreeIoWorkItem(Adapter->ResetWorkItem);\n"
                                  "        Adapter->ResetWorkItem = NULL;\n"
                                  "    }\n";

/* ---- helpers -------------------------------------------------------------------------------- */

/* The one finding of rule (asserted), with one preferred fix. */
static const dls_finding *only_fixed(const dls_findings *out, const char *rule) {
    const dls_finding *hit = NULL;
    for (size_t i = 0; i < out->count; i++)
        if (strcmp(out->items[i].rule, rule) == 0) {
            assert_null(hit);
            hit = &out->items[i];
        }
    assert_non_null(hit);
    assert_int_equal(hit->n_fixes, 1);
    assert_true(hit->fixes[0].preferred);
    return hit;
}

/* text with the edits of fix that name file applied (new string). */
static char *apply_fix(const char *text, const dls_fix *fix, const char *file) {
    char *cur = strdup(text);
    for (size_t k = fix->n_edits; k-- > 0;) { /* edits are sorted: apply from the end */
        const dls_edit *e = &fix->edits[k];
        const char *base = strrchr(e->file, '/');
        if (strcmp(base ? base + 1 : e->file, file) != 0)
            continue;
        size_t len = strlen(cur), tl = strlen(e->text);
        char *next = malloc(len - (e->end - e->begin) + tl + 1);
        memcpy(next, cur, e->begin);
        memcpy(next + e->begin, e->text, tl);
        strcpy(next + e->begin + tl, cur + e->end);
        free(cur);
        cur = next;
    }
    return cur;
}

/* Check src (one file, miniport.c): the one ndis-workitem-init-halt finding has one fix, a single
 * insertion of exactly want at offset at. Apply it and check again: the
 * finding is gone and no other finding appeared. */
static void expect_fix(const char *src, const char *want, unsigned at) {
    const char *rule = "ndis-workitem-init-halt";
    ta_src srcs[] = {{"miniport.c", src}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    const dls_finding *f = only_fixed(&out, rule);
    size_t before = out.count;
    assert_int_equal(f->fixes[0].n_edits, 1);
    assert_string_equal(f->fixes[0].edits[0].text, want);
    assert_int_equal(f->fixes[0].edits[0].end, f->fixes[0].edits[0].begin);
    assert_int_equal(f->fixes[0].edits[0].begin, at);
    char *fixed = apply_fix(src, &f->fixes[0], "miniport.c");
    dls_findings again = {0};
    ta_src srcs2[] = {{"miniport.c", fixed}};
    ta_check(srcs2, 1, &again);
    if (ta_count(&again, rule) || again.count >= before) {
        fprintf(stderr, "after the fix:\n%s\n", fixed);
        ta_dump(&again);
    }
    assert_int_equal(ta_count(&again, rule), 0);
    assert_true(again.count < before);
    dls_findings_clear(&again);
    dls_findings_clear(&out);
    free(fixed);
}

/* The byte offset of the start of the line holding the n-th (0-based) occurrence of needle. */
static unsigned line_start_of(const char *text, const char *needle, int nth) {
    const char *p = strstr(text, needle);
    for (int i = 0; p && i < nth; i++)
        p = strstr(p + 1, needle);
    assert_non_null(p);
    while (p > text && p[-1] != '\n')
        p--;
    return (unsigned)(p - text);
}

/* The halt fix in style st: exactly want, just before halt's NdisFreeMemory(Adapter). */
static void check_halt_text(style st, const char *want) {
    char *src = restyle(halt_master, st);
    expect_fix(src, want, line_start_of(src, "NdisFreeMemory(Adapter, 0, 0);", 1));
    free(src);
}

/* The same with the release of the 4-space K&R master restyled to st. */
static void check_halt_style(style st) {
    char *want = restyle(halt_release, st);
    check_halt_text(st, want);
    free(want);
}

/* ---- golden tests --------------------------------------------------------------------------- */

static void test_halt_four_spaces_knr(void **state) {
    (void)state;
    check_halt_style(KR4);
}

static void test_halt_tabs(void **state) {
    (void)state;
    check_halt_style((style){"\t", 0, 0});
}

static void test_halt_two_spaces(void **state) {
    (void)state;
    check_halt_style((style){"  ", 0, 0});
}

static void test_halt_allman(void **state) {
    (void)state;
    check_halt_text((style){"    ", 1, 0}, "    if (Adapter->ResetWorkItem != NULL)\n"
                                           "    {\n"
                                           "        NdisFreeIoWorkItem(Adapter->ResetWorkItem);\n"
                                           "        Adapter->ResetWorkItem = NULL;\n"
                                           "    }\n");
}

static void test_halt_crlf_tabs_allman(void **state) {
    (void)state;
    check_halt_text((style){"\t", 1, 1}, "\tif (Adapter->ResetWorkItem != NULL)\r\n"
                                         "\t{\r\n"
                                         "\t\tNdisFreeIoWorkItem(Adapter->ResetWorkItem);\r\n"
                                         "\t\tAdapter->ResetWorkItem = NULL;\r\n"
                                         "\t}\r\n");
}

/* Non-ASCII comments before the place: offsets are bytes, the text is the same. */
static void test_halt_non_ascii_comments(void **state) {
    (void)state;
    char *master = strdup(halt_master);
    const char *needle = "    NdisFreeMemory(Adapter, 0, 0);\n}\n";
    char *p = strstr(strstr(master, "MPHaltEx(NDIS_HANDLE"), needle);
    assert_non_null(p);
    size_t head = (size_t)(p - master);
    char *src = malloc(strlen(master) + 256);
    sprintf(src, "%.*s    // Zähler für Überläufe — ✓ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\n    /* ß€ */ %s", (int)head, master,
            needle + 4);
    /* before the line of the free, after the comment lines */
    expect_fix(src, halt_release, line_start_of(src, "/* ß€ */ NdisFreeMemory", 0));
    free(src);
    free(master);
}

/* Halt without a local of the record's type: the context parameter is cast. */
static void test_halt_casts_context(void **state) {
    (void)state;
    const char *src =
        HEAD INIT_TOP "    return NdisMSetMiniportAttributes(h, &Attributes);\n"
                      "}\n"
                      "VOID\n"
                      "MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)\n"
                      "{\n"
                      "    UNREFERENCED_PARAMETER(HaltAction);\n"
                      "    NdisFreeMemory(MiniportAdapterContext, 0, 0);\n"
                      "}\n";
    expect_fix(src,
               "    if (((PMP_ADAPTER)MiniportAdapterContext)->ResetWorkItem != NULL) {\n"
               "        NdisFreeIoWorkItem(((PMP_ADAPTER)MiniportAdapterContext)->ResetWorkItem);\n"
               "        ((PMP_ADAPTER)MiniportAdapterContext)->ResetWorkItem = NULL;\n"
               "    }\n",
               line_start_of(src, "NdisFreeMemory(MiniportAdapterContext", 0));
}

/* Nothing frees the record in halt: before its closing brace, at the statements' indentation. */
static void test_halt_end_of_function(void **state) {
    (void)state;
    const char *src = HEAD INIT_TOP "    return NdisMSetMiniportAttributes(h, &Attributes);\n"
                                    "}\n"
                                    "VOID\n"
                                    "MPHaltEx(NDIS_HANDLE Context, NDIS_HALT_ACTION HaltAction)\n"
                                    "{\n"
                                    "  PMP_ADAPTER Adapter = (PMP_ADAPTER)Context;\n"
                                    "  UNREFERENCED_PARAMETER(HaltAction);\n"
                                    "  Adapter->Flags = 0;\n"
                                    "}\n";
    expect_fix(src,
               "  if (Adapter->ResetWorkItem != NULL) {\n"
               "    NdisFreeIoWorkItem(Adapter->ResetWorkItem);\n"
               "    Adapter->ResetWorkItem = NULL;\n"
               "  }\n",
               (unsigned)(strrchr(src, '}') - src));
}

/* A failure return that skips the cleanup: the release goes right before it. */
static void test_failure_return(void **state) {
    (void)state;
    char *src = restyle(HEAD INIT_TOP "    if (NdisMSetMiniportAttributes(h, &Attributes) != 0) {\n"
                                      "        return NDIS_STATUS_FAILURE;\n"
                                      "    }\n"
                                      "    return NDIS_STATUS_SUCCESS;\n"
                                      "}\n"
                                      "VOID\n"
                                      "MPHaltEx(NDIS_HANDLE c, NDIS_HALT_ACTION a)\n"
                                      "{\n"
                                      "    PMP_ADAPTER Adapter = (PMP_ADAPTER)c;\n"
                                      "    UNREFERENCED_PARAMETER(a);\n"
                                      "    NdisFreeIoWorkItem(Adapter->ResetWorkItem);\n"
                                      "    NdisFreeMemory(Adapter, 0, 0);\n"
                                      "}\n",
                        (style){"\t", 0, 1});
    expect_fix(src,
               "\t\tif (Adapter->ResetWorkItem != NULL) {\r\n"
               "\t\t\tNdisFreeIoWorkItem(Adapter->ResetWorkItem);\r\n"
               "\t\t\tAdapter->ResetWorkItem = NULL;\r\n"
               "\t\t}\r\n",
               line_start_of(src, "return NDIS_STATUS_FAILURE;", 0));
    free(src);
}

/* A return shared with success after an Exit label: once, first thing in the failure block. */
static void test_failure_block_after_label(void **state) {
    (void)state;
    const char *src =
        HEAD "NDIS_STATUS\n"
             "MPInitializeEx(NDIS_HANDLE h, NDIS_HANDLE d, PNDIS_MINIPORT_INIT_PARAMETERS p)\n"
             "{\n"
             "    NDIS_STATUS Status;\n"
             "    PMP_ADAPTER Adapter = NULL;\n"
             "    NDIS_MINIPORT_ADAPTER_ATTRIBUTES Attributes;\n"
             "    UNREFERENCED_PARAMETER(d);\n"
             "    UNREFERENCED_PARAMETER(p);\n"
             "    Adapter = NdisAllocateMemoryWithTagPriority(h, sizeof(MP_ADAPTER), 'tseT', "
             "NormalPoolPriority);\n"
             "    if (Adapter == NULL) {\n"
             "        Status = NDIS_STATUS_RESOURCES;\n"
             "        goto Exit;\n"
             "    }\n"
             "    NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));\n"
             "    Adapter->ResetWorkItem = NdisAllocateIoWorkItem(h);\n"
             "    if (Adapter->ResetWorkItem == NULL) {\n"
             "        Status = NDIS_STATUS_RESOURCES;\n"
             "        goto Exit;\n"
             "    }\n"
             "    Attributes.RegistrationAttributes.MiniportAdapterContext = Adapter;\n"
             "    Status = NdisMSetMiniportAttributes(h, &Attributes);\n"
             "Exit:\n"
             "    if (Status != NDIS_STATUS_SUCCESS) {\n"
             "        if (Adapter != NULL) {\n"
             "            NdisFreeMemory(Adapter, 0, 0);\n"
             "        }\n"
             "    }\n"
             "    return Status;\n"
             "}\n"
             "VOID\n"
             "MPHaltEx(NDIS_HANDLE c, NDIS_HALT_ACTION a)\n"
             "{\n"
             "    PMP_ADAPTER Adapter = (PMP_ADAPTER)c;\n"
             "    UNREFERENCED_PARAMETER(a);\n"
             "    NdisFreeIoWorkItem(Adapter->ResetWorkItem);\n"
             "    NdisFreeMemory(Adapter, 0, 0);\n"
             "}\n";
    expect_fix(src,
               "        if (Adapter != NULL && Adapter->ResetWorkItem != NULL) {\n"
               "            NdisFreeIoWorkItem(Adapter->ResetWorkItem);\n"
               "            Adapter->ResetWorkItem = NULL;\n"
               "        }\n",
               line_start_of(src, "if (Adapter != NULL) {", 0));
}

/* A local handle queued on one branch: reset after the hand-over, release before the exit. */
static void test_leak_reset_after_queue(void **state) {
    (void)state;
    const char *src = HEAD "NDIS_IO_WORKITEM_FUNCTION Worker;\n"
                           "VOID Worker(PVOID Context, NDIS_HANDLE WorkItem)\n"
                           "{\n"
                           "    UNREFERENCED_PARAMETER(Context);\n"
                           "    NdisFreeIoWorkItem(WorkItem);\n"
                           "}\n"
                           "VOID Kick(PMP_ADAPTER Adapter)\n"
                           "{\n"
                           "  NDIS_HANDLE Wi = NdisAllocateIoWorkItem(Adapter->AdapterHandle);\n"
                           "  if (Wi != NULL && Adapter->Flags) {\n"
                           "    NdisQueueIoWorkItem(Wi, Worker, Adapter);\n"
                           "  }\n"
                           "}\n";
    ta_src srcs[] = {{"miniport.c", src}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    const dls_finding *f = only_fixed(&out, "workitem-leak");
    assert_string_equal(f->fixes[0].title, "Free Wi in Kick");
    assert_int_equal(f->fixes[0].n_edits, 2);
    assert_int_equal(f->fixes[0].edits[0].begin, line_start_of(src, "  }\n}\n", 0));
    assert_string_equal(f->fixes[0].edits[0].text, "    Wi = NULL;\n");
    assert_int_equal(f->fixes[0].edits[1].begin, line_start_of(src, "}\n", 2));
    assert_string_equal(f->fixes[0].edits[1].text, "  if (Wi != NULL) {\n"
                                                   "    NdisFreeIoWorkItem(Wi);\n"
                                                   "    Wi = NULL;\n"
                                                   "  }\n");
    char *fixed = apply_fix(src, &f->fixes[0], "miniport.c");
    dls_findings again = {0};
    ta_src srcs2[] = {{"miniport.c", fixed}};
    ta_check(srcs2, 1, &again);
    ta_dump(&again);
    assert_int_equal(again.count, 0);
    dls_findings_clear(&again);
    dls_findings_clear(&out);
    free(fixed);
}

/* The leaking return is written by a macro: the only place is inside the expansion, no fix. */
static void test_no_fix_inside_macro(void **state) {
    (void)state;
    const char *src = HEAD "#define FAIL_IF(c) if (c) return NDIS_STATUS_FAILURE\n" INIT_TOP
                           "    FAIL_IF(NdisMSetMiniportAttributes(h, &Attributes) != 0);\n"
                           "    return NDIS_STATUS_SUCCESS;\n"
                           "}\n"
                           "VOID\n"
                           "MPHaltEx(NDIS_HANDLE c, NDIS_HALT_ACTION a)\n"
                           "{\n"
                           "    PMP_ADAPTER Adapter = (PMP_ADAPTER)c;\n"
                           "    UNREFERENCED_PARAMETER(a);\n"
                           "    NdisFreeIoWorkItem(Adapter->ResetWorkItem);\n"
                           "    NdisFreeMemory(Adapter, 0, 0);\n"
                           "}\n";
    ta_src srcs[] = {{"miniport.c", src}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    assert_int_equal(ta_count(&out, "ndis-workitem-init-halt"), 1);
    assert_int_equal(out.items[0].n_fixes, 0);
    dls_findings_clear(&out);
}

/* The title names the slot as written at the place and the function edited. */
static void test_title(void **state) {
    (void)state;
    ta_src srcs[] = {{"miniport.c", halt_master}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    const dls_finding *f = only_fixed(&out, "ndis-workitem-init-halt");
    assert_string_equal(f->fixes[0].title, "Free Adapter->ResetWorkItem in MPHaltEx");
    assert_string_equal(f->fixes[0].edits[0].file, TA_DIR "miniport.c");
    dls_findings_clear(&out);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_halt_four_spaces_knr),
        cmocka_unit_test(test_halt_tabs),
        cmocka_unit_test(test_halt_two_spaces),
        cmocka_unit_test(test_halt_allman),
        cmocka_unit_test(test_halt_crlf_tabs_allman),
        cmocka_unit_test(test_halt_non_ascii_comments),
        cmocka_unit_test(test_halt_casts_context),
        cmocka_unit_test(test_halt_end_of_function),
        cmocka_unit_test(test_failure_return),
        cmocka_unit_test(test_failure_block_after_label),
        cmocka_unit_test(test_leak_reset_after_queue),
        cmocka_unit_test(test_no_fix_inside_macro),
        cmocka_unit_test(test_title),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
