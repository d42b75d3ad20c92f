/*
 * test_analysis_wdm.c - the WDM work-item checks: the facts behind them (pool type and size of
 * allocations, interior pointers, the IoObject's type, IRP_MN_REMOVE_DEVICE handling), the storage
 * states and free marks of the dataflow, summaries of storage freed in the caller's state, and the
 * seven rules with the notes the quick-fix engine reads.
 */
#include "test_analysis_util.h"
#include "program.h"
#include "wdm.h"

#define WDM_HEAD                                                                                   \
    "#include <ntddk.h>\n"                                                                         \
    "typedef struct _EXT { PDEVICE_OBJECT Self; PIO_WORKITEM Wi; PIO_WORKITEM Wj; } EXT, *PEXT;\n" \
    "typedef struct _CTX { PIO_WORKITEM Item; ULONG Code; } CTX, *PCTX;\n"

/* The first call event of fn whose callee is name. */
static const dls_event *call_of(const dls_fn *fn, const char *name) {
    for (unsigned b = 0; b < fn->cfg.n; b++)
        for (unsigned e = 0; e < fn->cfg.blocks[b].n_ev; e++) {
            const dls_event *ev = &fn->cfg.blocks[b].ev[e];
            if (ev->kind == DLS_EV_CALL && ev->callee && strcmp(ev->callee, name) == 0)
                return ev;
        }
    return NULL;
}

static dls_file_facts *extract_one(CXIndex idx, const char *name, const char *text) {
    ta_src srcs[] = {{name, text}};
    return ta_extract(idx, srcs, 1, 0);
}

/* Pool type, pool flags, size shape and the arguments' ranges of allocation calls. */
static void test_facts_allocations(void **state) {
    (void)state;
    const char *src = WDM_HEAD "VOID F(SIZE_T n) {\n"
                               "    PVOID a = ExAllocatePoolWithTag(PagedPool, 0x40, 'x');\n"
                               "    PVOID b = ExAllocatePool2(POOL_FLAG_NON_PAGED | "
                               "POOL_FLAG_RAISE_ON_FAILURE, IoSizeofWorkItem(), 'x');\n"
                               "    PVOID c = ExAllocatePoolWithTag(NonPagedPoolNx, n, 'x');\n"
                               "    ExFreePool(a); ExFreePool(b); ExFreePool(c);\n"
                               "}\n";
    CXIndex idx = clang_createIndex(0, 0);
    dls_file_facts *ff = extract_one(idx, "a.c", src);
    const dls_fn *fn = dls_facts_find(ff, "F");
    assert_non_null(fn);
    const dls_event *a = call_of(fn, "ExAllocatePoolWithTag");
    assert_int_equal(a->k.api, DLS_KAPI_ALLOC);
    assert_int_equal(a->k.pool, DLS_POOL_PAGED);
    assert_int_equal(a->args[a->k.size_arg].shape, DLS_SHAPE_CONST);
    assert_int_equal(a->args[a->k.pool_arg].loc.begin, (unsigned)(strstr(src, "PagedPool") - src));
    const dls_event *b = call_of(fn, "ExAllocatePool2");
    assert_int_equal(b->k.pool, DLS_POOL_NONPAGED);
    assert_true(b->k.pool_flags && b->k.never_null);
    assert_int_equal(b->args[b->k.size_arg].shape, DLS_SHAPE_SIZEOF_WI);
    const dls_event *f = call_of(fn, "ExFreePool");
    assert_int_equal(f->k.api, DLS_KAPI_FREE);
    assert_int_equal(f->k.ptr, 0);
    dls_facts_free(ff);
    clang_disposeIndex(idx);
}

/* Interior pointers, the IoObject's type and the base variable of an access. */
static void test_facts_interior_and_io_object(void **state) {
    (void)state;
    const char *src = WDM_HEAD "VOID G(PDRIVER_OBJECT d, PDEVICE_OBJECT dev) {\n"
                               "    PCTX ctx = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(CTX) + "
                               "IoSizeofWorkItem(), 'x');\n"
                               "    if (!ctx) return;\n"
                               "    ctx->Item = (PIO_WORKITEM)(ctx + 1);\n"
                               "    IoInitializeWorkItem(d, ctx->Item);\n"
                               "    IoInitializeWorkItem(dev->DriverObject, ctx->Item);\n"
                               "}\n";
    CXIndex idx = clang_createIndex(0, 0);
    dls_file_facts *ff = extract_one(idx, "b.c", src);
    const dls_fn *fn = dls_facts_find(ff, "G");
    int interior = 0;
    for (unsigned b = 0; b < fn->cfg.n; b++)
        for (unsigned e = 0; e < fn->cfg.blocks[b].n_ev; e++) {
            const dls_event *ev = &fn->cfg.blocks[b].ev[e];
            if (ev->kind == DLS_EV_ASSIGN && ev->src.kind == DLS_VAL_INTERIOR) {
                interior = 1;
                assert_string_equal(fn->slots[ev->dst].key, "CTX.Item");
                assert_string_equal(fn->slots[ev->src.slot].text, "ctx");
            }
        }
    assert_true(interior);
    const dls_event *init = call_of(fn, "IoInitializeWorkItem");
    assert_true(init->args[0].driver_obj);
    assert_string_equal(fn->slots[init->args[1].base].text, "ctx");
    dls_facts_free(ff);
    clang_disposeIndex(idx);
}

/* Where a PnP dispatch routine handles IRP_MN_REMOVE_DEVICE, and the roles it gets. */
static void test_remove_device_role(void **state) {
    (void)state;
    const char *src = WDM_HEAD "DRIVER_DISPATCH Pnp;\n"
                               "NTSTATUS Pnp(PDEVICE_OBJECT d, PIRP irp) {\n"
                               "    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);\n"
                               "    switch (s->MinorFunction) {\n"
                               "    case IRP_MN_START_DEVICE: break;\n"
                               "    case IRP_MN_REMOVE_DEVICE: IoDeleteDevice(d); break;\n"
                               "    }\n"
                               "    return STATUS_SUCCESS;\n"
                               "}\n"
                               "NTSTATUS DriverEntry(PDRIVER_OBJECT d, PUNICODE_STRING r) {\n"
                               "    d->MajorFunction[IRP_MJ_PNP] = Pnp;\n"
                               "    return STATUS_SUCCESS;\n"
                               "}\n";
    CXIndex idx = clang_createIndex(0, 0);
    dls_file_facts *ff = extract_one(idx, "c.c", src);
    int pnp = 0;
    for (unsigned i = 0; i < ff->n_roles; i++)
        pnp |=
            strcmp(ff->roles[i].role, "IRP_MJ_PNP") == 0 && strcmp(ff->roles[i].func, "Pnp") == 0;
    assert_true(pnp);
    dls_pfn pf;
    memset(&pf, 0, sizeof pf);
    pf.fn = dls_facts_find(ff, "Pnp");
    const dls_loc *remove = dls_wdm_remove_device(&pf);
    assert_non_null(remove);
    assert_int_equal(remove->line, ta_line_of(src, "case IRP_MN_REMOVE_DEVICE"));
    dls_facts_free(ff);
    clang_disposeIndex(idx);
}

#define REMOVE_DRIVER(REMOVE_BODY)                                                                 \
    WDM_HEAD "DRIVER_ADD_DEVICE Add;\n"                                                            \
             "DRIVER_DISPATCH Pnp;\n"                                                              \
             "NTSTATUS Add(PDRIVER_OBJECT drv, PDEVICE_OBJECT pdo) {\n"                            \
             "    PDEVICE_OBJECT fdo; PEXT ext;\n"                                                 \
             "    NTSTATUS st = IoCreateDevice(drv, sizeof(EXT), NULL, 0, 0, FALSE, &fdo);\n"      \
             "    if (!NT_SUCCESS(st)) return st;\n"                                               \
             "    ext = fdo->DeviceExtension;\n"                                                   \
             "    ext->Wi = ExAllocatePool2(POOL_FLAG_NON_PAGED, IoSizeofWorkItem(), 'x');\n"      \
             "    if (ext->Wi == NULL) { IoDeleteDevice(fdo); return STATUS_NO_MEMORY; }\n"        \
             "    IoInitializeWorkItem(fdo, ext->Wi);\n"                                           \
             "    return STATUS_SUCCESS;\n"                                                        \
             "}\n"                                                                                 \
             "NTSTATUS Pnp(PDEVICE_OBJECT d, PIRP irp) {\n"                                        \
             "    PEXT ext = d->DeviceExtension;\n"                                                \
             "    if (IoGetCurrentIrpStackLocation(irp)->MinorFunction == IRP_MN_REMOVE_DEVICE) "  \
             "{\n" REMOVE_BODY "        IoDeleteDevice(d);\n"                                      \
             "    }\n"                                                                             \
             "    return STATUS_SUCCESS;\n"                                                        \
             "}\n"

/* The free in the remove handling, and the note the fix engine reads. */
static void test_uninit_before_free_notes(void **state) {
    (void)state;
    const char *src = REMOVE_DRIVER("        ExFreePoolWithTag(ext->Wi, 'x');\n");
    ta_src srcs[] = {{"drv.c", src}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    const dls_finding *f = ta_find(&out, "io-workitem-uninit-before-free", "drv.c",
                                   ta_line_of(src, "ExFreePoolWithTag"));
    assert_non_null(f);
    assert_int_equal(f->severity, DLS_SEV_ERROR);
    assert_true(f->n_notes >= 2);
    assert_string_equal(f->notes[0].message,
                        "call IoUninitializeWorkItem(ext->Wi) before this free");
    assert_int_equal(f->notes[0].range.begin, f->range.begin);
    assert_int_equal(f->notes[1].range.line, ta_line_of(src, "IoInitializeWorkItem"));
    assert_int_equal(out.count, 1);
    dls_findings_clear(&out);

    const char *good = REMOVE_DRIVER("        IoUninitializeWorkItem(ext->Wi);\n"
                                     "        ExFreePoolWithTag(ext->Wi, 'x');\n");
    srcs[0].text = good;
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    assert_int_equal(out.count, 0);
    dls_findings_clear(&out);
}

/* A helper in another file frees storage its callers left initialised: reported in the helper; a
 * caller that uninitialises first makes it silent. */
static void test_entry_free_through_caller(void **state) {
    (void)state;
    const char *hdr = WDM_HEAD "VOID Cleanup(PEXT e);\n";
    const char *helper = "#include \"ext.h\"\n"
                         "VOID Cleanup(PEXT e) { ExFreePoolWithTag(e->Wi, 'x'); e->Wi = NULL; }\n";
    const char *drv = "#include \"ext.h\"\n"
                      "DRIVER_DISPATCH Pnp;\n"
                      "VOID Start(PDEVICE_OBJECT fdo, PEXT ext) {\n"
                      "    IoInitializeWorkItem(fdo, ext->Wi);\n"
                      "}\n"
                      "NTSTATUS Pnp(PDEVICE_OBJECT d, PIRP irp) {\n"
                      "    PEXT ext = d->DeviceExtension;\n"
                      "    Cleanup(ext);\n"
                      "    return STATUS_SUCCESS;\n"
                      "}\n";
    ta_src srcs[] = {{"ext.h", hdr}, {"helper.c", helper}, {"drv.c", drv}};
    dls_findings out = {0};
    ta_check(srcs, 3, &out);
    ta_dump(&out);
    assert_non_null(ta_find(&out, "io-workitem-uninit-before-free", "helper.c", 2));
    dls_findings_clear(&out);
    const char *drv_good = "#include \"ext.h\"\n"
                           "DRIVER_DISPATCH Pnp;\n"
                           "VOID Start(PDEVICE_OBJECT fdo, PEXT ext) {\n"
                           "    IoInitializeWorkItem(fdo, ext->Wi);\n"
                           "}\n"
                           "NTSTATUS Pnp(PDEVICE_OBJECT d, PIRP irp) {\n"
                           "    PEXT ext = d->DeviceExtension;\n"
                           "    IoUninitializeWorkItem(ext->Wi);\n"
                           "    Cleanup(ext);\n"
                           "    return STATUS_SUCCESS;\n"
                           "}\n";
    srcs[2].text = drv_good;
    ta_check(srcs, 3, &out);
    ta_dump(&out);
    assert_int_equal(ta_count(&out, "io-workitem-uninit-before-free"), 0);
    dls_findings_clear(&out);
}

/* Paged and constant-size storage: reported at the allocation, with the arguments to change. */
static void test_storage_notes(void **state) {
    (void)state;
    const char *src = WDM_HEAD "VOID Start(PDEVICE_OBJECT fdo, PEXT ext) {\n"
                               "    ext->Wi = ExAllocatePoolWithTag(PagedPool, 64, 'x');\n"
                               "    if (ext->Wi == NULL) return;\n"
                               "    IoInitializeWorkItem(fdo, ext->Wi);\n"
                               "}\n"
                               "VOID Stop(PEXT ext) {\n"
                               "    IoUninitializeWorkItem(ext->Wi);\n"
                               "    ExFreePool(ext->Wi);\n"
                               "}\n";
    ta_src srcs[] = {{"st.c", src}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    const dls_finding *f =
        ta_find(&out, "io-workitem-storage", "st.c", ta_line_of(src, "ExAllocatePoolWithTag"));
    assert_non_null(f);
    assert_int_equal(f->n_notes, 3);
    assert_string_equal(f->notes[0].message, "pool type: use NonPagedPoolNx");
    assert_int_equal(f->notes[0].range.begin, (unsigned)(strstr(src, "PagedPool") - src));
    assert_int_equal(f->notes[0].range.end, f->notes[0].range.begin + 9);
    assert_string_equal(f->notes[1].message, "size: use IoSizeofWorkItem()");
    assert_int_equal(f->notes[1].range.begin, (unsigned)(strstr(src, "64") - src));
    assert_int_equal(out.count, 1);
    dls_findings_clear(&out);
}

/* A driver object kept in a PVOID global is the IoObject of an item queued with IoQueueWorkItem;
 * IoQueueWorkItemEx is fine. */
static void test_device_object(void **state) {
    (void)state;
    const char *src = WDM_HEAD "static PVOID Owner;\n"
                               "static PIO_WORKITEM Item;\n"
                               "IO_WORKITEM_ROUTINE W;\n"
                               "IO_WORKITEM_ROUTINE_EX WEx;\n"
                               "VOID W(PDEVICE_OBJECT d, PVOID c) { }\n"
                               "VOID WEx(PVOID o, PVOID c, PIO_WORKITEM i) { }\n"
                               "VOID Kick(VOID) { QUEUE; }\n"
                               "NTSTATUS DriverEntry(PDRIVER_OBJECT d, PUNICODE_STRING r) {\n"
                               "    Owner = d;\n"
                               "    IoInitializeWorkItem(Owner, Item);\n"
                               "    return STATUS_SUCCESS;\n"
                               "}\n"
                               "VOID Unload(VOID) { IoUninitializeWorkItem(Item); }\n";
    char *bad =
        dls_xasprintf("#define QUEUE IoQueueWorkItem(Item, W, DelayedWorkQueue, NULL)\n%s", src);
    char *good = dls_xasprintf(
        "#define QUEUE IoQueueWorkItemEx(Item, WEx, DelayedWorkQueue, NULL)\n%s", src);
    ta_src srcs[] = {{"do.c", bad}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    const dls_finding *f = ta_find(&out, "io-workitem-device-object", "do.c",
                                   ta_line_of(bad, "IoInitializeWorkItem(Owner"));
    assert_non_null(f);
    assert_int_equal(f->n_notes, 2);
    assert_int_equal(f->notes[1].range.line, ta_line_of(bad, "VOID Kick"));
    dls_findings_clear(&out);
    srcs[0].text = good;
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    assert_int_equal(ta_count(&out, "io-workitem-device-object"), 0);
    dls_findings_clear(&out);
    free(bad);
    free(good);
}

/* Double free through the same variable; another variable of the same type, a NULL reset, and
 * loop iterations are not. */
static void test_double_free_bases(void **state) {
    (void)state;
    const char *src = WDM_HEAD "VOID F(PEXT a, PEXT b, BOOLEAN x) {\n"
                               "    IoFreeWorkItem(b->Wi);\n"
                               "    IoFreeWorkItem(a->Wi);\n"
                               "    if (x) IoFreeWorkItem(a->Wi);\n"
                               "    a->Wi = NULL;\n"
                               "    if (a->Wi) IoFreeWorkItem(a->Wi);\n"
                               "}\n"
                               "VOID G(PEXT *all, ULONG n) {\n"
                               "    for (ULONG i = 0; i < n; i++) IoFreeWorkItem(all[i]->Wj);\n"
                               "}\n";
    ta_src srcs[] = {{"df.c", src}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    assert_int_equal(ta_count(&out, "workitem-double-free"), 1);
    const dls_finding *f =
        ta_find(&out, "workitem-double-free", "df.c", ta_line_of(src, "if (x) IoFree"));
    assert_non_null(f);
    assert_int_equal(f->notes[0].range.line, ta_line_of(src, "IoFreeWorkItem(a->Wi)"));
    dls_findings_clear(&out);
}

/* Queue after free, initialise in freed storage; re-initialising after uninitialise is fine. */
static void test_use_after_free(void **state) {
    (void)state;
    const char *src = WDM_HEAD "IO_WORKITEM_ROUTINE W;\n"
                               "VOID W(PDEVICE_OBJECT d, PVOID c) { }\n"
                               "VOID F(PDEVICE_OBJECT d, BOOLEAN x) {\n"
                               "    PIO_WORKITEM wi = IoAllocateWorkItem(d);\n"
                               "    if (!wi) return;\n"
                               "    if (x) IoFreeWorkItem(wi);\n"
                               "    IoQueueWorkItem(wi, W, DelayedWorkQueue, NULL);\n"
                               "}\n"
                               "VOID G(PDEVICE_OBJECT d) {\n"
                               "    PIO_WORKITEM s = ExAllocatePool2(POOL_FLAG_NON_PAGED, "
                               "IoSizeofWorkItem(), 'x');\n"
                               "    if (!s) return;\n"
                               "    IoInitializeWorkItem(d, s);\n"
                               "    IoUninitializeWorkItem(s);\n"
                               "    IoInitializeWorkItem(d, s);\n"
                               "    IoUninitializeWorkItem(s);\n"
                               "    ExFreePool(s);\n"
                               "    IoInitializeWorkItem(d, s);\n"
                               "}\n";
    ta_src srcs[] = {{"uaf.c", src}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    assert_int_equal(ta_count(&out, "workitem-use-after-free"), 2);
    assert_non_null(
        ta_find(&out, "workitem-use-after-free", "uaf.c", ta_line_of(src, "IoQueueWorkItem(wi")));
    assert_non_null(ta_find(&out, "workitem-use-after-free", "uaf.c",
                            ta_line_of(src, "    ExFreePool(s);\n") + 1));
    dls_findings_clear(&out);
}

/* Unchecked handle and storage; a check on any path before the use, or RAISE_ON_FAILURE, is
 * enough. */
static void test_null_deref(void **state) {
    (void)state;
    const char *src = WDM_HEAD "IO_WORKITEM_ROUTINE W;\n"
                               "VOID W(PDEVICE_OBJECT d, PVOID c) { IoFreeWorkItem(c); }\n"
                               "VOID F(PDEVICE_OBJECT d) {\n"
                               "    PIO_WORKITEM wi = IoAllocateWorkItem(d);\n"
                               "    IoQueueWorkItem(wi, W, DelayedWorkQueue, wi);\n"
                               "}\n"
                               "VOID G(PDEVICE_OBJECT d) {\n"
                               "    PIO_WORKITEM wi = IoAllocateWorkItem(d);\n"
                               "    if (wi != NULL) IoQueueWorkItem(wi, W, DelayedWorkQueue, wi);\n"
                               "    PIO_WORKITEM s = ExAllocatePool2(POOL_FLAG_NON_PAGED | "
                               "POOL_FLAG_RAISE_ON_FAILURE, IoSizeofWorkItem(), 'x');\n"
                               "    IoInitializeWorkItem(d, s);\n"
                               "    IoUninitializeWorkItem(s);\n"
                               "    ExFreePool(s);\n"
                               "}\n";
    ta_src srcs[] = {{"nd.c", src}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    assert_int_equal(ta_count(&out, "workitem-null-deref"), 1);
    const dls_finding *f =
        ta_find(&out, "workitem-null-deref", "nd.c", ta_line_of(src, "    IoQueueWorkItem(wi"));
    assert_non_null(f);
    assert_int_equal(f->notes[0].range.line, ta_line_of(src, "IoAllocateWorkItem"));
    dls_findings_clear(&out);
}

/* A slot nothing releases; a routine that frees its own item through the context releases it. */
static void test_never_freed(void **state) {
    (void)state;
    const char *src =
        WDM_HEAD "IO_WORKITEM_ROUTINE W;\n"
                 "DRIVER_UNLOAD Unload;\n"
                 "VOID W(PDEVICE_OBJECT d, PVOID c) { IoFreeWorkItem(((PCTX)c)->Item); }\n"
                 "VOID Unload(PDRIVER_OBJECT d) { }\n"
                 "VOID F(PDEVICE_OBJECT d, PEXT e, PCTX c) {\n"
                 "    e->Wi = IoAllocateWorkItem(d);\n"
                 "    c->Item = IoAllocateWorkItem(d);\n"
                 "    if (c->Item) IoQueueWorkItem(c->Item, W, DelayedWorkQueue, c);\n"
                 "}\n";
    ta_src srcs[] = {{"nf.c", src}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    assert_int_equal(ta_count(&out, "workitem-never-freed"), 1);
    const dls_finding *f = ta_find(&out, "workitem-never-freed", "nf.c",
                                   ta_line_of(src, "e->Wi = IoAllocateWorkItem"));
    assert_non_null(f);
    assert_int_equal(f->n_notes, 1); /* at the unload routine */
    assert_int_equal(f->notes[0].range.line, ta_line_of(src, "VOID Unload"));
    dls_findings_clear(&out);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_facts_allocations),
        cmocka_unit_test(test_facts_interior_and_io_object),
        cmocka_unit_test(test_remove_device_role),
        cmocka_unit_test(test_uninit_before_free_notes),
        cmocka_unit_test(test_entry_free_through_caller),
        cmocka_unit_test(test_storage_notes),
        cmocka_unit_test(test_device_object),
        cmocka_unit_test(test_double_free_bases),
        cmocka_unit_test(test_use_after_free),
        cmocka_unit_test(test_null_deref),
        cmocka_unit_test(test_never_freed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
