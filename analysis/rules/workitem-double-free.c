/*
 * workitem-double-free.c - on one path, the same work item released twice: IoFreeWorkItem,
 * NdisFreeIoWorkItem or IoUninitializeWorkItem on a handle (or storage) that one of them already
 * released. Resetting the slot to NULL after the free ends the handle's life, and so does any
 * other assignment to it or to the variable it was reached through; each loop iteration starts
 * afresh. Reads the states the dataflow saw before each work-item call (wdm.c).
 */
#include "wdm.h"

void dls_rule_double_free(const dls_rule_ctx *ctx, dls_findings *out) {
    dls_wdm_report_uses(ctx, out, "workitem-double-free", DLS_WDM_DOUBLE_FREE);
}
