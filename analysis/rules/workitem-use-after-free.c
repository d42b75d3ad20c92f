/*
 * workitem-use-after-free.c - on one path, a work item queued (IoQueueWorkItem, IoQueueWorkItemEx,
 * IoTryQueueWorkItem, NdisQueueIoWorkItem) after it was freed or uninitialised, or uninitialised
 * or initialised again after its storage went back to the pool. Re-initialising uninitialised
 * storage is fine. NULL after the free ends the handle's life. Reads the states the dataflow saw
 * before each work-item call (wdm.c).
 */
#include "wdm.h"

void dls_rule_use_after_free(const dls_rule_ctx *ctx, dls_findings *out) {
    dls_wdm_report_uses(ctx, out, "workitem-use-after-free", DLS_WDM_USE_AFTER_FREE);
}
