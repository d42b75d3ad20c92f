/*
 * test_analysis_rules.c - the three work-item rules on driver-shaped code: the hard negatives
 * (release in a helper in another file, goto cleanup guarded by status, the do/while(FALSE) funnel,
 * ownership handed to a routine that frees, NULL-checked failed allocation) stay silent, and the
 * key positives are reported at the allocation with notes at the leaking exits.
 */
#include "test_analysis_util.h"

#define ADAPTER_H                                                                                  \
    "#include <ndis.h>\n"                                                                          \
    "typedef struct _MP_ADAPTER {\n"                                                               \
    "    NDIS_HANDLE AdapterHandle;\n"                                                             \
    "    NDIS_HANDLE ResetWorkItem;\n"                                                             \
    "    NDIS_HANDLE StatsWorkItem;\n"                                                             \
    "} MP_ADAPTER, *PMP_ADAPTER;\n"                                                                \
    "NDIS_STATUS AllocAdapter(NDIS_HANDLE h, PMP_ADAPTER *out);\n"                                 \
    "VOID FreeAdapter(PMP_ADAPTER a);\n"                                                           \
    "MINIPORT_INITIALIZE MPInitializeEx;\n"                                                        \
    "MINIPORT_HALT MPHaltEx;\n"

static const char *alloc_c =
    "#include \"adapter.h\"\n"
    "NDIS_STATUS AllocAdapter(NDIS_HANDLE h, PMP_ADAPTER *out) {\n"
    "    PMP_ADAPTER a = NdisAllocateMemoryWithTagPriority(h, sizeof(*a), 'x', "
    "NormalPoolPriority);\n"
    "    if (a == NULL) return NDIS_STATUS_RESOURCES;\n"
    "    NdisZeroMemory(a, sizeof(*a));\n"
    "    a->ResetWorkItem = NdisAllocateIoWorkItem(h);\n"
    "    if (a->ResetWorkItem == NULL) { NdisFreeMemory(a, 0, 0); return NDIS_STATUS_RESOURCES; }\n"
    "    *out = a;\n"
    "    return NDIS_STATUS_SUCCESS;\n"
    "}\n";

static const char *cleanup_c = "#include \"adapter.h\"\n"
                               "VOID FreeAdapter(PMP_ADAPTER a) {\n"
                               "    if (a->ResetWorkItem != NULL) {\n"
                               "        NdisFreeIoWorkItem(a->ResetWorkItem);\n"
                               "        a->ResetWorkItem = NULL;\n"
                               "    }\n"
                               "    NdisFreeMemory(a, 0, 0);\n"
                               "}\n";

static const char *init_c =
    "#include \"adapter.h\"\n"
    "NDIS_STATUS MPInitializeEx(NDIS_HANDLE h, NDIS_HANDLE c, PNDIS_MINIPORT_INIT_PARAMETERS p) {\n"
    "    PMP_ADAPTER Adapter = NULL;\n"
    "    NDIS_STATUS Status = AllocAdapter(h, &Adapter);\n"
    "    if (Status != NDIS_STATUS_SUCCESS) return Status;\n"
    "    Status = NdisMSetMiniportAttributes(h, NULL);\n"
    "    if (Status != NDIS_STATUS_SUCCESS) { FreeAdapter(Adapter); return Status; }\n"
    "    return NDIS_STATUS_SUCCESS;\n"
    "}\n"
    "VOID MPHaltEx(NDIS_HANDLE ctx, NDIS_HALT_ACTION a) {\n"
    "    FreeAdapter((PMP_ADAPTER)ctx);\n"
    "}\n";

/* Allocation in AllocAdapter, free in FreeAdapter from halt and init's failure block: silent. */
static void test_helpers_in_three_files_silent(void **state) {
    (void)state;
    ta_src srcs[] = {{"adapter.h", ADAPTER_H},
                     {"alloc.c", alloc_c},
                     {"cleanup.c", cleanup_c},
                     {"init.c", init_c}};
    dls_findings out = {0};
    ta_check(srcs, 4, &out);
    ta_dump(&out);
    assert_int_equal(out.count, 0);
    dls_findings_clear(&out);
}

/* The same, but the failure block forgets FreeAdapter: reported at the allocation (alloc.c). */
static void test_failure_block_missing_reported(void **state) {
    (void)state;
    const char *init_bad = "#include \"adapter.h\"\n"
                           "NDIS_STATUS MPInitializeEx(NDIS_HANDLE h, NDIS_HANDLE c, "
                           "PNDIS_MINIPORT_INIT_PARAMETERS p) {\n"
                           "    PMP_ADAPTER Adapter = NULL;\n"
                           "    NDIS_STATUS Status = AllocAdapter(h, &Adapter);\n"
                           "    if (Status != NDIS_STATUS_SUCCESS) return Status;\n"
                           "    Status = NdisMSetMiniportAttributes(h, NULL);\n"
                           "    if (Status != NDIS_STATUS_SUCCESS) { return Status; }\n"
                           "    return NDIS_STATUS_SUCCESS;\n"
                           "}\n"
                           "VOID MPHaltEx(NDIS_HANDLE ctx, NDIS_HALT_ACTION a) {\n"
                           "    FreeAdapter((PMP_ADAPTER)ctx);\n"
                           "}\n";
    ta_src srcs[] = {{"adapter.h", ADAPTER_H},
                     {"alloc.c", alloc_c},
                     {"cleanup.c", cleanup_c},
                     {"init.c", init_bad}};
    dls_findings out = {0};
    ta_check(srcs, 4, &out);
    ta_dump(&out);
    assert_int_equal(ta_count(&out, "ndis-workitem-init-halt"), 1);
    const dls_finding *f = ta_find(&out, "ndis-workitem-init-halt", "alloc.c",
                                   ta_line_of(alloc_c, "NdisAllocateIoWorkItem"));
    assert_non_null(f);
    assert_int_equal(f->severity, DLS_SEV_ERROR);
    assert_int_equal(f->n_notes, 1);
    assert_int_equal(f->notes[0].range.line, 7);
    assert_true(f->n_path >= 2);
    dls_findings_clear(&out);
}

/* Halt's helper frees a different field: the halt check reports. */
static void test_halt_helper_frees_other_field(void **state) {
    (void)state;
    const char *cleanup_other = "#include \"adapter.h\"\n"
                                "VOID FreeAdapter(PMP_ADAPTER a) {\n"
                                "    if (a->StatsWorkItem) NdisFreeIoWorkItem(a->StatsWorkItem);\n"
                                "    NdisFreeMemory(a, 0, 0);\n"
                                "}\n";
    ta_src srcs[] = {{"adapter.h", ADAPTER_H},
                     {"alloc.c", alloc_c},
                     {"cleanup.c", cleanup_other},
                     {"init.c", init_c}};
    dls_findings out = {0};
    ta_check(srcs, 4, &out);
    ta_dump(&out);
    /* failure path (the helper frees the wrong field too) and halt */
    assert_int_equal(ta_count(&out, "ndis-workitem-init-halt"), 2);
    int halt_note = 0;
    for (size_t i = 0; i < out.count; i++)
        for (size_t k = 0; k < out.items[i].n_notes; k++)
            if (strstr(out.items[i].notes[k].range.file, "init.c") &&
                out.items[i].notes[k].range.line == 10)
                halt_note = 1;
    assert_true(halt_note);
    dls_findings_clear(&out);
}

#define FUNNEL_HEAD                                                                                \
    "#include <ndis.h>\n"                                                                          \
    "typedef struct _MP_ADAPTER { NDIS_HANDLE Wi; NDIS_HANDLE H; } MP_ADAPTER, *PMP_ADAPTER;\n"    \
    "MINIPORT_INITIALIZE MPInitializeEx;\n"                                                        \
    "MINIPORT_HALT MPHaltEx;\n"                                                                    \
    "static VOID FreeAdapter(PMP_ADAPTER a) {\n"                                                   \
    "    if (a->Wi) NdisFreeIoWorkItem(a->Wi);\n"                                                  \
    "    NdisFreeMemory(a, 0, 0);\n"                                                               \
    "}\n"                                                                                          \
    "VOID MPHaltEx(NDIS_HANDLE ctx, NDIS_HALT_ACTION a) { FreeAdapter((PMP_ADAPTER)ctx); }\n"

/* do { ...; break; } while (FALSE) funnel followed by the failure block: silent. */
static void test_do_while_funnel_silent(void **state) {
    (void)state;
    const char *src =
        FUNNEL_HEAD "NDIS_STATUS MPInitializeEx(NDIS_HANDLE h, NDIS_HANDLE c, "
                    "PNDIS_MINIPORT_INIT_PARAMETERS p) {\n"
                    "    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;\n"
                    "    PMP_ADAPTER Adapter = NULL;\n"
                    "    do {\n"
                    "        Adapter = NdisAllocateMemoryWithTagPriority(h, sizeof(*Adapter), 'x', "
                    "NormalPoolPriority);\n"
                    "        if (Adapter == NULL) { Status = NDIS_STATUS_RESOURCES; break; }\n"
                    "        Adapter->Wi = NdisAllocateIoWorkItem(h);\n"
                    "        if (Adapter->Wi == NULL) { Status = NDIS_STATUS_RESOURCES; break; }\n"
                    "        Status = NdisMSetMiniportAttributes(h, NULL);\n"
                    "        if (Status != NDIS_STATUS_SUCCESS) break;\n"
                    "    } while (FALSE);\n"
                    "    if (Status != NDIS_STATUS_SUCCESS) {\n"
                    "        if (Adapter) FreeAdapter(Adapter);\n"
                    "    }\n"
                    "    return Status;\n"
                    "}\n";
    ta_src srcs[] = {{"miniport.c", src}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    assert_int_equal(out.count, 0);
    dls_findings_clear(&out);
}

/* The funnel without the failure block: reported, note at the return. */
static void test_do_while_funnel_missing_block(void **state) {
    (void)state;
    const char *src =
        FUNNEL_HEAD "NDIS_STATUS MPInitializeEx(NDIS_HANDLE h, NDIS_HANDLE c, "
                    "PNDIS_MINIPORT_INIT_PARAMETERS p) {\n"
                    "    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;\n"
                    "    PMP_ADAPTER Adapter = NULL;\n"
                    "    do {\n"
                    "        Adapter = NdisAllocateMemoryWithTagPriority(h, sizeof(*Adapter), 'x', "
                    "NormalPoolPriority);\n"
                    "        if (Adapter == NULL) { Status = NDIS_STATUS_RESOURCES; break; }\n"
                    "        Adapter->Wi = NdisAllocateIoWorkItem(h);\n"
                    "        if (Adapter->Wi == NULL) { Status = NDIS_STATUS_RESOURCES; break; }\n"
                    "        Status = NdisMSetMiniportAttributes(h, NULL);\n"
                    "        if (Status != NDIS_STATUS_SUCCESS) break;\n"
                    "    } while (FALSE);\n"
                    "    return Status;\n"
                    "}\n";
    ta_src srcs[] = {{"miniport.c", src}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    const dls_finding *f = ta_find(&out, "ndis-workitem-init-halt", "miniport.c",
                                   ta_line_of(src, "NdisAllocateIoWorkItem"));
    assert_non_null(f);
    assert_int_equal(f->n_notes, 1);
    assert_int_equal(f->notes[0].range.line, ta_line_of(src, "return Status;"));
    assert_int_equal(out.count, 1);
    dls_findings_clear(&out);
}

/* An early return between the allocation and the cleanup label: reported. */
static void test_goto_exit_and_early_return(void **state) {
    (void)state;
    const char *good =
        FUNNEL_HEAD "NDIS_STATUS MPInitializeEx(NDIS_HANDLE h, NDIS_HANDLE c, "
                    "PNDIS_MINIPORT_INIT_PARAMETERS p) {\n"
                    "    NDIS_STATUS Status;\n"
                    "    PMP_ADAPTER Adapter = NdisAllocateMemoryWithTagPriority(h, "
                    "sizeof(*Adapter), 'x', NormalPoolPriority);\n"
                    "    if (!Adapter) return NDIS_STATUS_RESOURCES;\n"
                    "    Adapter->Wi = NdisAllocateIoWorkItem(h);\n"
                    "    if (!Adapter->Wi) { Status = NDIS_STATUS_RESOURCES; goto Exit; }\n"
                    "    Status = NdisMSetMiniportAttributes(h, NULL);\n"
                    "    if (!NT_SUCCESS(Status)) goto Exit;\n"
                    "    Status = NDIS_STATUS_SUCCESS;\n"
                    "Exit:\n"
                    "    if (Status != NDIS_STATUS_SUCCESS) FreeAdapter(Adapter);\n"
                    "    return Status;\n"
                    "}\n";
    ta_src srcs[] = {{"miniport.c", good}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    assert_int_equal(out.count, 0);
    dls_findings_clear(&out);

    const char *bad =
        FUNNEL_HEAD "NDIS_STATUS MPInitializeEx(NDIS_HANDLE h, NDIS_HANDLE c, "
                    "PNDIS_MINIPORT_INIT_PARAMETERS p) {\n"
                    "    NDIS_STATUS Status;\n"
                    "    PMP_ADAPTER Adapter = NdisAllocateMemoryWithTagPriority(h, "
                    "sizeof(*Adapter), 'x', NormalPoolPriority);\n"
                    "    if (!Adapter) return NDIS_STATUS_RESOURCES;\n"
                    "    Adapter->Wi = NdisAllocateIoWorkItem(h);\n"
                    "    if (!Adapter->Wi) { Status = NDIS_STATUS_RESOURCES; goto Exit; }\n"
                    "    if (p == NULL) return NDIS_STATUS_FAILURE;\n"
                    "    Status = NdisMSetMiniportAttributes(h, NULL);\n"
                    "Exit:\n"
                    "    if (Status != NDIS_STATUS_SUCCESS) FreeAdapter(Adapter);\n"
                    "    return Status;\n"
                    "}\n";
    srcs[0].text = bad;
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    const dls_finding *f = ta_find(&out, "ndis-workitem-init-halt", "miniport.c",
                                   ta_line_of(bad, "NdisAllocateIoWorkItem"));
    assert_non_null(f);
    assert_int_equal(f->n_notes, 1);
    assert_int_equal(f->notes[0].range.line, ta_line_of(bad, "return NDIS_STATUS_FAILURE"));
    assert_int_equal(out.count, 1);
    dls_findings_clear(&out);
}

/* Halt that frees on one branch only: silent at least once, reported with halt: all-paths. */
static void test_halt_modes(void **state) {
    (void)state;
    const char *src =
        "#include <ndis.h>\n"
        "typedef struct _MP_ADAPTER { NDIS_HANDLE Wi; ULONG Flags; } MP_ADAPTER, *PMP_ADAPTER;\n"
        "MINIPORT_INITIALIZE MPInitializeEx;\n"
        "MINIPORT_HALT MPHaltEx;\n"
        "PMP_ADAPTER G;\n"
        "NDIS_STATUS MPInitializeEx(NDIS_HANDLE h, NDIS_HANDLE c, PNDIS_MINIPORT_INIT_PARAMETERS "
        "p) {\n"
        "    G->Wi = NdisAllocateIoWorkItem(h);\n"
        "    if (G->Wi == NULL) return NDIS_STATUS_RESOURCES;\n"
        "    return NDIS_STATUS_SUCCESS;\n"
        "}\n"
        "VOID MPHaltEx(NDIS_HANDLE ctx, NDIS_HALT_ACTION a) {\n"
        "    PMP_ADAPTER Adapter = (PMP_ADAPTER)ctx;\n"
        "    if (Adapter->Flags & 1) NdisFreeIoWorkItem(Adapter->Wi);\n"
        "}\n";
    ta_src srcs[] = {{"miniport.c", src}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    assert_int_equal(out.count, 0);
    dls_check_opts opts;
    memset(&opts, 0, sizeof opts);
    opts.halt = DLS_HALT_ALL_PATHS;
    ta_check_opts(srcs, 1, &opts, &out);
    ta_dump(&out);
    assert_int_equal(ta_count(&out, "ndis-workitem-init-halt"), 1);
    dls_findings_clear(&out);
}

/* Roles only through registration in another file: the halt check still sees MPHaltEx. */
static void test_roles_by_registration_other_file(void **state) {
    (void)state;
    const char *hdr =
        "#include <ndis.h>\n"
        "typedef struct _MP_ADAPTER { NDIS_HANDLE Wi; } MP_ADAPTER, *PMP_ADAPTER;\n"
        "NDIS_STATUS NicInit(NDIS_HANDLE h, NDIS_HANDLE c, PNDIS_MINIPORT_INIT_PARAMETERS p);\n"
        "VOID NicHalt(NDIS_HANDLE ctx, NDIS_HALT_ACTION a);\n";
    const char *entry = "#include \"mp.h\"\n"
                        "NTSTATUS DriverEntry(PDRIVER_OBJECT d, PUNICODE_STRING r) {\n"
                        "    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;\n"
                        "    NDIS_HANDLE H;\n"
                        "    NdisZeroMemory(&MChars, sizeof(MChars));\n"
                        "    MChars.InitializeHandlerEx = NicInit;\n"
                        "    MChars.HaltHandlerEx = NicHalt;\n"
                        "    return NdisMRegisterMiniportDriver(d, r, NULL, &MChars, &H);\n"
                        "}\n";
    const char *nic_good =
        "#include \"mp.h\"\n"
        "PMP_ADAPTER G;\n"
        "NDIS_STATUS NicInit(NDIS_HANDLE h, NDIS_HANDLE c, PNDIS_MINIPORT_INIT_PARAMETERS p) {\n"
        "    G->Wi = NdisAllocateIoWorkItem(h);\n"
        "    if (G->Wi == NULL) return NDIS_STATUS_RESOURCES;\n"
        "    return NDIS_STATUS_SUCCESS;\n"
        "}\n"
        "VOID NicHalt(NDIS_HANDLE ctx, NDIS_HALT_ACTION a) {\n"
        "    NdisFreeIoWorkItem(((PMP_ADAPTER)ctx)->Wi);\n"
        "}\n";
    ta_src srcs[] = {{"mp.h", hdr}, {"entry.c", entry}, {"nic.c", nic_good}};
    dls_findings out = {0};
    ta_check(srcs, 3, &out);
    ta_dump(&out);
    assert_int_equal(out.count, 0);
    const char *nic_bad =
        "#include \"mp.h\"\n"
        "PMP_ADAPTER G;\n"
        "NDIS_STATUS NicInit(NDIS_HANDLE h, NDIS_HANDLE c, PNDIS_MINIPORT_INIT_PARAMETERS p) {\n"
        "    G->Wi = NdisAllocateIoWorkItem(h);\n"
        "    if (G->Wi == NULL) return NDIS_STATUS_RESOURCES;\n"
        "    return NDIS_STATUS_SUCCESS;\n"
        "}\n"
        "VOID NicHalt(NDIS_HANDLE ctx, NDIS_HALT_ACTION a) {\n"
        "}\n";
    srcs[2].text = nic_bad;
    ta_check(srcs, 3, &out);
    ta_dump(&out);
    assert_non_null(ta_find(&out, "ndis-workitem-init-halt", "nic.c", 4));
    assert_int_equal(ta_count(&out, "ndis-workitem-init-halt"), 1);
    /* freed nowhere, but that is the halt finding's bug: one diagnostic, not two */
    assert_null(ta_find(&out, "workitem-never-freed", "nic.c", 4));
    assert_int_equal(out.count, 1);
    dls_findings_clear(&out);
}

#define ROUTINE_HEAD                                                                               \
    "#include <ndis.h>\n"                                                                          \
    "NDIS_IO_WORKITEM_FUNCTION Worker;\n"                                                          \
    "static BOOLEAN Busy;\n"

/* One-shot handle queued; routine frees its NdisIoWorkItemHandle: silent. Never frees: report. */
static void test_routine_must_free(void **state) {
    (void)state;
    const char *good = ROUTINE_HEAD
        "VOID Worker(PVOID ctx, NDIS_HANDLE wi) { Busy = FALSE; NdisFreeIoWorkItem(wi); }\n"
        "VOID Kick(NDIS_HANDLE h, PVOID ctx) {\n"
        "    NDIS_HANDLE wi = NdisAllocateIoWorkItem(h);\n"
        "    if (wi == NULL) return;\n"
        "    NdisQueueIoWorkItem(wi, Worker, ctx);\n"
        "}\n";
    ta_src srcs[] = {{"wi.c", good}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    assert_int_equal(out.count, 0);
    const char *bad = ROUTINE_HEAD "VOID Worker(PVOID ctx, NDIS_HANDLE wi) { Busy = FALSE; }\n"
                                   "VOID Kick(NDIS_HANDLE h, PVOID ctx) {\n"
                                   "    NDIS_HANDLE wi = NdisAllocateIoWorkItem(h);\n"
                                   "    if (wi == NULL) return;\n"
                                   "    NdisQueueIoWorkItem(wi, Worker, ctx);\n"
                                   "}\n";
    srcs[0].text = bad;
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    const dls_finding *f = ta_find(&out, "workitem-routine-must-free", "wi.c",
                                   ta_line_of(bad, "NdisAllocateIoWorkItem"));
    assert_non_null(f);
    assert_int_equal(f->severity, DLS_SEV_WARNING);
    assert_int_equal(f->n_notes, 2);
    assert_int_equal(out.count, 1);
    dls_findings_clear(&out);
}

/* The routine lives in another file and frees through a helper there: silent. */
static void test_routine_in_other_file_frees_via_helper(void **state) {
    (void)state;
    const char *a = ROUTINE_HEAD "VOID Kick(NDIS_HANDLE h, PVOID ctx) {\n"
                                 "    NDIS_HANDLE wi = NdisAllocateIoWorkItem(h);\n"
                                 "    if (wi != NULL) NdisQueueIoWorkItem(wi, Worker, ctx);\n"
                                 "}\n";
    const char *b = ROUTINE_HEAD "static VOID Done(NDIS_HANDLE x) { NdisFreeIoWorkItem(x); }\n"
                                 "VOID Worker(PVOID ctx, NDIS_HANDLE wi) { Done(wi); }\n";
    ta_src srcs[] = {{"a.c", a}, {"b.c", b}};
    dls_findings out = {0};
    ta_check(srcs, 2, &out);
    ta_dump(&out);
    assert_int_equal(out.count, 0);
    dls_findings_clear(&out);
}

/* if (h != NULL && cond) NdisQueueIoWorkItem(h, ...): the else path leaks. */
static void test_leak_on_else_path(void **state) {
    (void)state;
    const char *src =
        ROUTINE_HEAD "VOID Worker(PVOID ctx, NDIS_HANDLE wi) { NdisFreeIoWorkItem(wi); }\n"
                     "VOID Kick(NDIS_HANDLE h, PVOID ctx, BOOLEAN go) {\n"
                     "    NDIS_HANDLE wi = NdisAllocateIoWorkItem(h);\n"
                     "    if (wi != NULL && go)\n"
                     "        NdisQueueIoWorkItem(wi, Worker, ctx);\n"
                     "}\n";
    ta_src srcs[] = {{"wi.c", src}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    const dls_finding *f =
        ta_find(&out, "workitem-leak", "wi.c", ta_line_of(src, "NdisAllocateIoWorkItem"));
    assert_non_null(f);
    assert_int_equal(f->n_notes, 1);
    assert_int_equal(f->notes[0].range.line, 9); /* the closing brace */
    assert_true(f->n_path >= 2);
    assert_int_equal(out.count, 1);
    dls_findings_clear(&out);
}

/* Handles handed over (returned, stored in a field, given to unknown code, NULL-checked and
 * failed) never leak. */
static void test_leak_negatives(void **state) {
    (void)state;
    const char *src = "#include <ndis.h>\n"
                      "typedef struct _CTX { NDIS_HANDLE Wi; } CTX, *PCTX;\n"
                      "VOID ExternalSink(NDIS_HANDLE wi);\n"
                      "NDIS_HANDLE MakeOne(NDIS_HANDLE h) { NDIS_HANDLE wi = "
                      "NdisAllocateIoWorkItem(h); return wi; }\n"
                      "VOID Store(NDIS_HANDLE h, PCTX c) { NDIS_HANDLE wi = "
                      "NdisAllocateIoWorkItem(h); c->Wi = wi; }\n"
                      "VOID Give(NDIS_HANDLE h) { NDIS_HANDLE wi = NdisAllocateIoWorkItem(h); "
                      "ExternalSink(wi); }\n"
                      "VOID Out(NDIS_HANDLE h, NDIS_HANDLE *o) { NDIS_HANDLE wi = "
                      "NdisAllocateIoWorkItem(h); *o = wi; }\n"
                      "NDIS_STATUS Failed(NDIS_HANDLE h) {\n"
                      "    NDIS_HANDLE wi = NdisAllocateIoWorkItem(h);\n"
                      "    if (!wi) return NDIS_STATUS_RESOURCES;\n"
                      "    NdisFreeIoWorkItem(wi);\n"
                      "    return NDIS_STATUS_SUCCESS;\n"
                      "}\n"
                      "VOID UseWrapper(NDIS_HANDLE h, PCTX c) {\n"
                      "    NDIS_HANDLE wi = MakeOne(h);\n"
                      "    if (wi == NULL) return;\n"
                      "    c->Wi = wi;\n"
                      "}\n";
    ta_src srcs[] = {{"n.c", src}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    assert_int_equal(ta_count(&out, "workitem-leak"), 0);
    /* nothing ever frees CTX.Wi, which Store and UseWrapper fill */
    assert_int_equal(ta_count(&out, "workitem-never-freed"), 2);
    dls_findings_clear(&out);
}

/* A wrapper that returns a new handle: its caller's early return leaks it (report at the call). */
static void test_leak_through_wrapper(void **state) {
    (void)state;
    const char *src = "#include <ndis.h>\n"
                      "NDIS_HANDLE MakeOne(NDIS_HANDLE h) { return NdisAllocateIoWorkItem(h); }\n"
                      "NDIS_STATUS User(NDIS_HANDLE h, BOOLEAN bail) {\n"
                      "    NDIS_HANDLE wi = MakeOne(h);\n"
                      "    if (wi == NULL) return NDIS_STATUS_RESOURCES;\n"
                      "    if (bail) return NDIS_STATUS_FAILURE;\n"
                      "    NdisFreeIoWorkItem(wi);\n"
                      "    return NDIS_STATUS_SUCCESS;\n"
                      "}\n";
    ta_src srcs[] = {{"w.c", src}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    const dls_finding *f = ta_find(&out, "workitem-leak", "w.c", 4);
    assert_non_null(f);
    assert_int_equal(f->n_notes, 1);
    assert_int_equal(f->notes[0].range.line, 6);
    assert_int_equal(out.count, 1);
    dls_findings_clear(&out);
}

/* Rule filters: only / disabled. */
static void test_rule_filters(void **state) {
    (void)state;
    const char *src =
        ROUTINE_HEAD "VOID Worker(PVOID ctx, NDIS_HANDLE wi) { NdisFreeIoWorkItem(wi); }\n"
                     "VOID Kick(NDIS_HANDLE h, PVOID ctx, BOOLEAN go) {\n"
                     "    NDIS_HANDLE wi = NdisAllocateIoWorkItem(h);\n"
                     "    if (wi != NULL && go)\n"
                     "        NdisQueueIoWorkItem(wi, Worker, ctx);\n"
                     "}\n";
    ta_src srcs[] = {{"wi.c", src}};
    dls_findings out = {0};
    const char *off[] = {"workitem-leak"};
    dls_check_opts opts;
    memset(&opts, 0, sizeof opts);
    opts.disabled = off;
    opts.n_disabled = 1;
    ta_check_opts(srcs, 1, &opts, &out);
    assert_int_equal(out.count, 0);
    const char *only[] = {"ndis-workitem-init-halt"};
    memset(&opts, 0, sizeof opts);
    opts.only = only;
    opts.n_only = 1;
    ta_check_opts(srcs, 1, &opts, &out);
    assert_int_equal(out.count, 0);
    dls_findings_clear(&out);
}

static void test_catalogue(void **state) {
    (void)state;
    size_t n = 0;
    const dls_rule_info *r = dls_rules(&n);
    assert_int_equal(n, 10);
    for (size_t i = 0; i < n; i++) {
        assert_non_null(r[i].name);
        assert_true(r[i].short_description[0] != '\0');
        assert_ptr_equal(dls_rule_find(r[i].id), &r[i]);
    }
    assert_int_equal(dls_rule_find("ndis-workitem-init-halt")->severity, DLS_SEV_ERROR);
    assert_int_equal(dls_rule_find("workitem-leak")->severity, DLS_SEV_WARNING);
    assert_string_equal(dls_rule_find("workitem-routine-must-free")->name,
                        "WorkitemRoutineMustFree");
    assert_null(dls_rule_find("no-such-rule"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_helpers_in_three_files_silent),
        cmocka_unit_test(test_failure_block_missing_reported),
        cmocka_unit_test(test_halt_helper_frees_other_field),
        cmocka_unit_test(test_do_while_funnel_silent),
        cmocka_unit_test(test_do_while_funnel_missing_block),
        cmocka_unit_test(test_goto_exit_and_early_return),
        cmocka_unit_test(test_halt_modes),
        cmocka_unit_test(test_roles_by_registration_other_file),
        cmocka_unit_test(test_routine_must_free),
        cmocka_unit_test(test_routine_in_other_file_frees_via_helper),
        cmocka_unit_test(test_leak_on_else_path),
        cmocka_unit_test(test_leak_negatives),
        cmocka_unit_test(test_leak_through_wrapper),
        cmocka_unit_test(test_rule_filters),
        cmocka_unit_test(test_catalogue),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
