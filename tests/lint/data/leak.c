// A one-shot NDIS work item that leaks when it is not queued (workitem-leak). The comment on the
// allocation line holds non-ASCII text so that SARIF's UTF-16 columns differ from byte columns.
#include <ndis.h>

NDIS_IO_WORKITEM_FUNCTION LintWorker;

VOID LintWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle) {
    UNREFERENCED_PARAMETER(WorkItemContext);
    NdisFreeIoWorkItem(NdisIoWorkItemHandle);
}

VOID LintKick(NDIS_HANDLE MiniportAdapterHandle, BOOLEAN Now) {
    NDIS_HANDLE WorkItem = /* café ☕ 😀 */ NdisAllocateIoWorkItem(MiniportAdapterHandle);

    if (WorkItem == NULL) {
        return;
    }
    if (Now) {
        NdisQueueIoWorkItem(WorkItem, LintWorker, NULL);
    }
}
