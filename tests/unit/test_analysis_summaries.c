/*
 * test_analysis_summaries.c - summaries across files: an allocating helper's success and failure
 * outcomes, a free helper's releases (some path / every path), parameter releases of a work
 * routine, and a caller in another file that sees both through its dataflow.
 */
#include "test_analysis_util.h"
#include "dataflow.h"
#include "summaries.h"

#define HDR                                                                                        \
    "#include <ndis.h>\n"                                                                          \
    "typedef struct _MP_ADAPTER { NDIS_HANDLE Wi; NDIS_HANDLE Other; } MP_ADAPTER, "               \
    "*PMP_ADAPTER;\n"

static const char *helpers =
    HDR "NDIS_STATUS AllocWi(PMP_ADAPTER a, NDIS_HANDLE h) {\n"
        "    a->Wi = NdisAllocateIoWorkItem(h);\n"
        "    if (a->Wi == NULL) return NDIS_STATUS_RESOURCES;\n"
        "    return NDIS_STATUS_SUCCESS;\n"
        "}\n"
        "VOID FreeAll(PMP_ADAPTER a) {\n"
        "    if (a->Wi != NULL) NdisFreeIoWorkItem(a->Wi);\n"
        "    NdisFreeIoWorkItem(a->Other);\n"
        "}\n"
        "VOID Routine(PVOID c, NDIS_HANDLE wi) { NdisFreeIoWorkItem(wi); }\n";

static const char *caller = HDR "NDIS_STATUS AllocWi(PMP_ADAPTER a, NDIS_HANDLE h);\n"
                                "VOID FreeAll(PMP_ADAPTER a);\n"
                                "NDIS_STATUS Use(PMP_ADAPTER a, NDIS_HANDLE h) {\n"
                                "    NDIS_STATUS s = AllocWi(a, h);\n"
                                "    if (s != NDIS_STATUS_SUCCESS) return s;\n"
                                "    FreeAll(a);\n"
                                "    return NDIS_STATUS_SUCCESS;\n"
                                "}\n";

typedef struct {
    const dls_file_facts *ff;
    dls_summary *sums;
} lookup_ctx;

static const dls_summary *lookup(void *ctx, const dls_event *call) {
    lookup_ctx *l = ctx;
    for (unsigned i = 0; call->callee && i < l->ff->n_fns; i++)
        if (strcmp(l->ff->fns[i].name, call->callee) == 0)
            return &l->sums[i];
    return NULL;
}

static void summarise(const dls_file_facts *ff, dls_summary *sums) {
    lookup_ctx l = {ff, sums};
    dls_flow_env env = {lookup, &l, 0, 0, NULL};
    for (unsigned i = 0; i < ff->n_fns; i++) {
        dls_flow_result *r = dls_flow_run(&ff->fns[i], ff->path, &env);
        dls_sum_build(&sums[i], r);
        dls_flow_free(r);
    }
}

static int has_key(char **keys, unsigned n, const char *key) {
    for (unsigned i = 0; i < n; i++)
        if (strcmp(keys[i], key) == 0)
            return 1;
    return 0;
}

static void test_helper_summaries(void **state) {
    (void)state;
    CXIndex idx = clang_createIndex(0, 0);
    ta_src srcs[] = {{"helpers.c", helpers}};
    dls_file_facts *ff = ta_extract(idx, srcs, 1, 0);
    dls_summary sums[3];
    memset(sums, 0, sizeof sums);
    assert_int_equal(ff->n_fns, 3);
    summarise(ff, sums);
    /* AllocWi: success leaves MP_ADAPTER.Wi allocated (checked non-NULL); failure does not */
    assert_true(sums[0].complete && sums[0].split);
    assert_int_equal(sums[0].oc[0].n_allocs, 1);
    assert_string_equal(sums[0].oc[0].allocs[0].key, "MP_ADAPTER.Wi");
    assert_true(sums[0].oc[0].allocs[0].nonnull);
    assert_int_equal(sums[0].oc[0].allocs[0].site.loc.line, 4);
    assert_int_equal(sums[0].oc[1].n_allocs, 0);
    assert_true(sums[0].oc[0].ret_vk == DLS_V_CONST && sums[0].oc[0].ret_c == 0);
    /* FreeAll: both released on some path, only Other on every path */
    assert_false(sums[1].split);
    assert_true(has_key(sums[1].oc[0].rel_may, sums[1].oc[0].n_rel_may, "MP_ADAPTER.Wi"));
    assert_true(has_key(sums[1].oc[0].rel_may, sums[1].oc[0].n_rel_may, "MP_ADAPTER.Other"));
    assert_false(has_key(sums[1].oc[0].rel_must, sums[1].oc[0].n_rel_must, "MP_ADAPTER.Wi"));
    assert_true(has_key(sums[1].oc[0].rel_must, sums[1].oc[0].n_rel_must, "MP_ADAPTER.Other"));
    assert_true(dls_sum_releases(&sums[1].oc[0], "MP_ADAPTER.Wi", "MP_ADAPTER", 0));
    assert_false(dls_sum_releases(&sums[1].oc[0], "MP_ADAPTER.Wi", "MP_ADAPTER", 1));
    /* Routine: releases its second parameter on every path */
    assert_int_equal(sums[2].oc[0].param_rel_may, 2u);
    assert_int_equal(sums[2].oc[0].param_rel_must, 2u);
    for (int i = 0; i < 3; i++)
        dls_sum_clear(&sums[i]);
    dls_facts_free(ff);
    clang_disposeIndex(idx);
}

/* The caller in another file sees the helper's outcome split and the free helper's release. */
static void test_caller_in_other_file(void **state) {
    (void)state;
    CXIndex idx = clang_createIndex(0, 0);
    ta_src srcs[] = {{"helpers.c", helpers}, {"caller.c", caller}};
    dls_file_facts *hf = ta_extract(idx, srcs, 2, 0);
    dls_file_facts *cf = ta_extract(idx, srcs, 2, 1);
    dls_summary sums[3];
    memset(sums, 0, sizeof sums);
    summarise(hf, sums);
    lookup_ctx l = {hf, sums};
    dls_flow_env env = {lookup, &l, 0, 0, NULL};
    const dls_fn *use = dls_facts_find(cf, "Use");
    assert_non_null(use);
    dls_flow_result *r = dls_flow_run(use, cf->path, &env);
    assert_true(r->complete);
    assert_int_equal(r->n_objs, 1);
    assert_int_equal(r->objs[0].site.loc.line, 4); /* the allocation inside AllocWi */
    unsigned failures = 0, successes = 0;
    for (unsigned e = 0; e < r->n_exits; e++) {
        const dls_flow_exit *ex = &r->exits[e];
        dls_ob_status st = dls_flow_ob_status(r, ex->st, 0);
        if (ex->outcome == DLS_OUT_FAILURE) {
            failures++;
            assert_int_equal(st, DLS_OB_NONE); /* the failed helper left nothing */
        } else {
            successes++;
            assert_int_equal(st, DLS_OB_RELEASED);
        }
    }
    assert_int_equal(failures, 1);
    assert_int_equal(successes, 1);
    dls_summary cs;
    memset(&cs, 0, sizeof cs);
    dls_sum_build(&cs, r);
    assert_int_equal(cs.oc[0].n_allocs, 0);
    assert_true(dls_sum_releases(&cs.oc[0], "MP_ADAPTER.Other", NULL, 0));
    dls_sum_clear(&cs);
    dls_flow_free(r);
    for (int i = 0; i < 3; i++)
        dls_sum_clear(&sums[i]);
    dls_facts_free(hf);
    dls_facts_free(cf);
    clang_disposeIndex(idx);
}

/* Recursion reaches a fixed point and the facts signature is stable. */
static void test_recursion_and_signature(void **state) {
    (void)state;
    const char *src =
        HDR "VOID Down(PMP_ADAPTER a, int n) {\n"
            "    if (n == 0) { NdisFreeIoWorkItem(a->Wi); return; }\n"
            "    Down(a, n - 1);\n"
            "}\n"
            "MINIPORT_INITIALIZE Init;\n"
            "MINIPORT_HALT Halt;\n"
            "PMP_ADAPTER G;\n"
            "NDIS_STATUS Init(NDIS_HANDLE h, NDIS_HANDLE c, PNDIS_MINIPORT_INIT_PARAMETERS p) {\n"
            "    G->Wi = NdisAllocateIoWorkItem(h);\n"
            "    return G->Wi ? NDIS_STATUS_SUCCESS : NDIS_STATUS_RESOURCES;\n"
            "}\n"
            "VOID Halt(NDIS_HANDLE c, NDIS_HALT_ACTION a) { Down((PMP_ADAPTER)c, 3); }\n";
    ta_src srcs[] = {{"r.c", src}};
    dls_findings out = {0};
    ta_check(srcs, 1, &out);
    ta_dump(&out);
    assert_int_equal(out.count, 0);
    CXIndex idx = clang_createIndex(0, 0);
    dls_file_facts *a = ta_extract(idx, srcs, 1, 0);
    dls_file_facts *b = ta_extract(idx, srcs, 1, 0);
    assert_true(dls_facts_signature(a) == dls_facts_signature(b));
    dls_facts_free(a);
    dls_facts_free(b);
    clang_disposeIndex(idx);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_helper_summaries),
        cmocka_unit_test(test_caller_in_other_file),
        cmocka_unit_test(test_recursion_and_signature),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
