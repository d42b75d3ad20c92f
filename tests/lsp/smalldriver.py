# smalldriver.py - small generated NDIS driver files with unique names, for sessions that open many
# files (test_faults.py, tests/load/test_load.py): each file is a work routine and a function that
# allocates a work item and queues it only when asked to, so it leaks otherwise (one workitem-leak
# finding); with leak=False the other branch frees it (no finding).

TEMPLATE = """/* small{n}.c - generated driver file {n} */
#include <ndis.h>

typedef struct _SD_ADAPTER{n} {{
    NDIS_HANDLE Handle;
    ULONG Count;
}} SD_ADAPTER{n}, *PSD_ADAPTER{n};

NDIS_IO_WORKITEM_FUNCTION SdWorker{n};

VOID SdWorker{n}(PVOID Context, NDIS_HANDLE WorkItem)
{{
    PSD_ADAPTER{n} Adapter = (PSD_ADAPTER{n})Context;
    Adapter->Count++;
    NdisFreeIoWorkItem(WorkItem);
}}

VOID SdKick{n}(PSD_ADAPTER{n} Adapter, BOOLEAN Now)
{{
    NDIS_HANDLE WorkItem = NdisAllocateIoWorkItem(Adapter->Handle);
    if (WorkItem == NULL)
        return;
    if (Now)
        NdisQueueIoWorkItem(WorkItem, SdWorker{n}, Adapter);{release}
}}
"""

RELEASE = """
    else
        NdisFreeIoWorkItem(WorkItem);"""


def small_driver(n, leak=True):
    """The text of generated file n (names suffixed with n)."""
    return TEMPLATE.format(n=n, release="" if leak else RELEASE)


def position_of(text, needle, nth=0):
    """LSP position (line, character) of the nth occurrence of needle (ASCII text)."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    line = text.count("\n", 0, at)
    return line, at - (text.rfind("\n", 0, at) + 1)
