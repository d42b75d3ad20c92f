/*
 * test_analysis_cfg.c - facts and CFGs: slot naming (record + field chain, arrays collapse),
 * operator kinds read from source (NT_SUCCESS's expansion, !, &&), the CFG edges of each statement
 * kind, and the dataflow's pruning of edges a condition rules out.
 */
#include "test_analysis_util.h"
#include "dataflow.h"

static dls_file_facts *one(const char *text) {
    CXIndex idx = clang_createIndex(0, 0);
    ta_src src = {"t.c", text};
    dls_file_facts *ff = ta_extract(idx, &src, 1, 0);
    clang_disposeIndex(idx);
    return ff;
}

static int has_slot(const dls_fn *fn, const char *key) {
    for (unsigned i = 0; i < fn->n_slots; i++)
        if (strcmp(fn->slots[i].key, key) == 0)
            return 1;
    return 0;
}

static unsigned count_term(const dls_fn *fn, dls_term_kind k) {
    unsigned n = 0;
    for (unsigned b = 0; b < fn->cfg.n; b++)
        n += fn->cfg.blocks[b].term == k;
    return n;
}

/* Blocks reachable from the entry. */
static unsigned reachable(const dls_fn *fn, unsigned char *seen) {
    int stack[1024];
    unsigned sp = 0, n = 0;
    memset(seen, 0, fn->cfg.n);
    stack[sp++] = 0;
    seen[0] = 1;
    while (sp) {
        const dls_block *b = &fn->cfg.blocks[stack[--sp]];
        n++;
        for (unsigned i = 0; i < dls_cfg_nsucc(b); i++) {
            int s = dls_cfg_succ(b, i);
            if (s >= 0 && !seen[s]) {
                seen[s] = 1;
                stack[sp++] = s;
            }
        }
    }
    return n;
}

static void test_slot_names(void **state) {
    (void)state;
    dls_file_facts *ff = one(
        "#include <ndis.h>\n"
        "typedef struct _TX_FIFO { NDIS_HANDLE Wi; } TX_FIFO;\n"
        "typedef struct _DPC_PART { NDIS_HANDLE WorkItem; } DPC_PART;\n"
        "typedef struct _RX_QUEUE { DPC_PART Dpc; } RX_QUEUE, *PRX_QUEUE;\n"
        "typedef struct _MP_ADAPTER { NDIS_HANDLE ResetWorkItem; TX_FIFO Tx[4]; RX_QUEUE Rx; }\n"
        "    MP_ADAPTER, *PMP_ADAPTER;\n"
        "NDIS_HANDLE GlobalWi;\n"
        "VOID f(PMP_ADAPTER Adapter, NDIS_HANDLE h, int i, NDIS_HANDLE *out) {\n"
        "    PRX_QUEUE q = &Adapter->Rx;\n"
        "    NDIS_HANDLE local;\n"
        "    Adapter->ResetWorkItem = NdisAllocateIoWorkItem(h);\n"
        "    Adapter->Tx[i].Wi = NdisAllocateIoWorkItem(h);\n"
        "    q->Dpc.WorkItem = NdisAllocateIoWorkItem(h);\n"
        "    GlobalWi = NdisAllocateIoWorkItem(h);\n"
        "    local = NdisAllocateIoWorkItem(h);\n"
        "    *out = local;\n"
        "}\n");
    assert_int_equal(ff->n_fns, 1);
    const dls_fn *fn = &ff->fns[0];
    assert_true(has_slot(fn, "MP_ADAPTER.ResetWorkItem"));
    assert_true(has_slot(fn, "TX_FIFO.Wi"));
    assert_true(has_slot(fn, "RX_QUEUE.Dpc.WorkItem"));
    assert_true(has_slot(fn, "G:c:@GlobalWi"));
    assert_true(has_slot(fn, "*%param#3"));
    assert_string_equal(fn->slots[0].key, "%param#0");
    assert_string_equal(fn->slots[0].pointee, "MP_ADAPTER");
    /* five allocations, each with its result slot */
    unsigned allocs = 0;
    for (unsigned b = 0; b < fn->cfg.n; b++)
        for (unsigned e = 0; e < fn->cfg.blocks[b].n_ev; e++) {
            const dls_event *ev = &fn->cfg.blocks[b].ev[e];
            if (ev->api == DLS_API_NDIS_ALLOC) {
                allocs++;
                assert_true(ev->ret_slot >= 0);
            }
        }
    assert_int_equal(allocs, 5);
    dls_facts_free(ff);
}

static void test_roles_and_registrations(void **state) {
    (void)state;
    dls_file_facts *ff =
        one("#include <ndis.h>\n"
            "MINIPORT_HALT MPHaltEx;\n"
            "VOID MPHaltEx(NDIS_HANDLE c, NDIS_HALT_ACTION a) { }\n"
            "NDIS_STATUS Init(NDIS_HANDLE h, NDIS_HANDLE c, PNDIS_MINIPORT_INIT_PARAMETERS p)"
            " { return 0; }\n"
            "VOID Unload(PDRIVER_OBJECT d) { }\n"
            "VOID W(PVOID c, NDIS_HANDLE wi) { }\n"
            "NTSTATUS DriverEntry(PDRIVER_OBJECT d, PUNICODE_STRING r) {\n"
            "    NDIS_MINIPORT_DRIVER_CHARACTERISTICS ch = { .InitializeHandlerEx = Init };\n"
            "    d->DriverUnload = Unload;\n"
            "    NdisQueueIoWorkItem(NULL, W, NULL);\n"
            "    return 0;\n"
            "}\n");
    int halt = 0, init = 0, unload = 0, worker = 0;
    for (unsigned i = 0; i < ff->n_roles; i++) {
        const dls_role_fact *r = &ff->roles[i];
        halt |= !strcmp(r->func, "MPHaltEx") && !strcmp(r->role, "MINIPORT_HALT");
        init |= !strcmp(r->func, "Init") && !strcmp(r->role, "MINIPORT_INITIALIZE");
        unload |= !strcmp(r->func, "Unload") && !strcmp(r->role, "DRIVER_UNLOAD");
        worker |= !strcmp(r->func, "W") && !strcmp(r->role, "NDIS_IO_WORKITEM_FUNCTION");
    }
    assert_true(halt && init && unload && worker);
    const dls_fn *h = dls_facts_find(ff, "MPHaltEx");
    assert_non_null(h);
    assert_string_equal(h->role, "MINIPORT_HALT");
    assert_int_equal(dls_facts_find(ff, "Init")->ret, DLS_RET_STATUS);
    dls_facts_free(ff);
}

static void test_conditions(void **state) {
    (void)state;
    dls_file_facts *ff = one("#include <ndis.h>\n"
                             "int f(NTSTATUS s, PVOID p, int a) {\n"
                             "    if (!NT_SUCCESS(s)) return 1;\n"
                             "    if (NULL != p && a) return 2;\n"
                             "    return 3;\n"
                             "}\n");
    const dls_fn *fn = &ff->fns[0];
    int ge = 0, ne_null = 0, truth = 0;
    for (unsigned b = 0; b < fn->cfg.n; b++) {
        const dls_block *bl = &fn->cfg.blocks[b];
        if (bl->term != DLS_TERM_BRANCH)
            continue;
        const dls_cond *c = &bl->cond;
        if (c->slot == 0 && c->op == DLS_CMP_GE && c->c == 0) {
            ge = 1;
            /* ! swaps the edges: the false edge of "s >= 0" returns 1 */
            const dls_block *t = &fn->cfg.blocks[bl->succ[1]];
            assert_int_equal(t->term, DLS_TERM_RETURN);
            assert_int_equal(t->ret.c, 1);
        }
        ne_null |= c->slot == 1 && c->op == DLS_CMP_NE && c->c == 0;
        truth |= c->slot == 2 && c->op == DLS_CMP_NE && c->c == 0;
    }
    assert_true(ge && ne_null && truth);
    assert_int_equal(count_term(fn, DLS_TERM_BRANCH), 3); /* && is two blocks */
    dls_facts_free(ff);
}

static void test_cfg_constructs(void **state) {
    (void)state;
    dls_file_facts *ff =
        one("#include <ndis.h>\n"
            "int sw(int x) {\n"
            "    int r = 0;\n"
            "    switch (x) { case 1: r = 1; case 2: r = 2; break; default: r = 3; }\n"
            "    return r;\n"
            "}\n"
            "int loops(int n) {\n"
            "    int i;\n"
            "    for (i = 0; i < n; i++) { if (i == 3) continue; if (i == 5) break; }\n"
            "    while (n > 0) n--;\n"
            "    do { n++; break; } while (FALSE);\n"
            "    return n;\n"
            "}\n"
            "int jumps(int a) {\n"
            "    if (a) goto Out;\n"
            "    a = 2;\n"
            "Out:\n"
            "    return a ? 1 : 0;\n"
            "}\n"
            "int seh(int a) {\n"
            "    __try { if (a) __leave; a = 1; } __finally { a = 2; }\n"
            "    __try { a = 3; } __except (1) { a = 4; }\n"
            "    return a;\n"
            "}\n");
    unsigned char seen[512];
    const dls_fn *sw = dls_facts_find(ff, "sw");
    assert_int_equal(count_term(sw, DLS_TERM_SWITCH), 1);
    for (unsigned b = 0; b < sw->cfg.n; b++) {
        const dls_block *bl = &sw->cfg.blocks[b];
        if (bl->term != DLS_TERM_SWITCH)
            continue;
        assert_int_equal(bl->n_cases, 2);
        assert_true(bl->cases[0].known && bl->cases[0].value == 1);
        /* case 1 falls through into case 2 */
        const dls_block *c1 = &sw->cfg.blocks[bl->cases[0].succ];
        assert_int_equal(c1->term, DLS_TERM_JUMP);
        assert_int_equal(c1->succ[0], bl->cases[1].succ);
        assert_true(bl->sw_default >= 0);
    }
    const dls_fn *loops = dls_facts_find(ff, "loops");
    /* for: cond + two ifs; while: cond; do/while(FALSE): no test branch */
    assert_int_equal(count_term(loops, DLS_TERM_BRANCH), 4);
    assert_true(reachable(loops, seen) > 0);
    const dls_fn *jumps = dls_facts_find(ff, "jumps");
    assert_int_equal(count_term(jumps, DLS_TERM_BRANCH), 1); /* ?: in a value is not split */
    const dls_fn *seh = dls_facts_find(ff, "seh");
    reachable(seh, seen);
    /* every finally/except assignment is reachable */
    unsigned assigns = 0;
    for (unsigned b = 0; b < seh->cfg.n; b++)
        if (seen[b])
            for (unsigned e = 0; e < seh->cfg.blocks[b].n_ev; e++)
                assigns += seh->cfg.blocks[b].ev[e].kind == DLS_EV_ASSIGN;
    assert_int_equal(assigns, 4);
    dls_facts_free(ff);
}

static const dls_summary *no_summary(void *ctx, const dls_event *call) {
    (void)ctx;
    (void)call;
    return NULL;
}

static void test_pruning(void **state) {
    (void)state;
    dls_file_facts *ff = one("#include <ndis.h>\n"
                             "NDIS_STATUS f(NDIS_HANDLE h) {\n"
                             "    NDIS_STATUS Status = NDIS_STATUS_RESOURCES;\n"
                             "    NDIS_HANDLE wi = NdisAllocateIoWorkItem(h);\n"
                             "    if (Status != NDIS_STATUS_SUCCESS) goto Exit;\n"
                             "    return 7;\n"
                             "Exit:\n"
                             "    if (wi == NULL) return NDIS_STATUS_FAILURE;\n"
                             "    if (!wi) return 9;\n"
                             "    NdisFreeIoWorkItem(wi);\n"
                             "    return Status;\n"
                             "}\n");
    const dls_fn *fn = &ff->fns[0];
    dls_flow_env env = {no_summary, NULL, 0, 0, NULL};
    dls_flow_result *r = dls_flow_run(fn, ff->path, &env);
    assert_true(r->complete);
    /* "return 7" and "return 9" are infeasible */
    assert_int_equal(r->n_exits, 2);
    for (unsigned e = 0; e < r->n_exits; e++) {
        assert_int_equal(r->exits[e].outcome, DLS_OUT_FAILURE);
        dls_ob_status st = dls_flow_ob_status(r, r->exits[e].st, 0);
        dls_nullness nul = dls_flow_ob_null(r, r->exits[e].st, 0);
        assert_true(st == DLS_OB_RELEASED || nul == DLS_NUL_NULL);
    }
    dls_flow_free(r);
    dls_facts_free(ff);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_slot_names), cmocka_unit_test(test_roles_and_registrations),
        cmocka_unit_test(test_conditions), cmocka_unit_test(test_cfg_constructs),
        cmocka_unit_test(test_pruning),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
