# sessionlib.py - what several session tests share: a small three-file miniport (header, adapter
# with init/halt, cleanup helper in its own file) and helpers to open files and pick drvls's own
# diagnostics out of a publishDiagnostics.

import os
import shutil

from lspclient import path_to_uri

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLE = os.path.join(ROOT, "examples", "ndis_miniport")


def copy_example(ctx):
    d = ctx.tempdir()
    for name in os.listdir(EXAMPLE):
        if os.path.isfile(os.path.join(EXAMPLE, name)):  # not what an editor left (.cache/)
            shutil.copy(os.path.join(EXAMPLE, name), d)
    return d


def rule_diags(params, rule=None):
    return [x for x in params["diagnostics"] if x.get("source") == "drvls"
            and (rule is None or x.get("code") == rule)]


def open_file(s, path, version=1):
    uri = path_to_uri(path)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    s.open(uri, text, version)
    return uri, text


def save(s, uri):
    s.notify("textDocument/didSave", {"textDocument": {"uri": uri}})


def full_change(s, uri, version, text):
    s.change(uri, version, [{"text": text}])


HEADER = """#include <ndis.h>
typedef struct _CX_ADAPTER {
    NDIS_HANDLE Handle;
    NDIS_HANDLE ResetWorkItem;
    NDIS_HANDLE OtherWorkItem;
} CX_ADAPTER, *PCX_ADAPTER;
VOID CxFreeAdapter(PCX_ADAPTER Adapter);
"""

ADAPTER = """#include "cx.h"
MINIPORT_INITIALIZE CxInitialize;
MINIPORT_HALT CxHalt;
NDIS_STATUS CxInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE Context,
                         PNDIS_MINIPORT_INIT_PARAMETERS Params)
{
    PCX_ADAPTER Adapter;
    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(Params);
    Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(*Adapter), 'xC',
                                                NormalPoolPriority);
    if (Adapter == NULL)
        return NDIS_STATUS_RESOURCES;
    NdisZeroMemory(Adapter, sizeof(*Adapter));
    Adapter->Handle = MiniportAdapterHandle;
    Adapter->ResetWorkItem = NdisAllocateIoWorkItem(MiniportAdapterHandle);
    if (Adapter->ResetWorkItem == NULL) {
        NdisFreeMemory(Adapter, 0, 0);
        return NDIS_STATUS_RESOURCES;
    }
    return NDIS_STATUS_SUCCESS;
}

VOID CxHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    UNREFERENCED_PARAMETER(HaltAction);
    CxFreeAdapter((PCX_ADAPTER)MiniportAdapterContext);
}
"""

CLEANUP_WRONG = """#include "cx.h"
VOID CxFreeAdapter(PCX_ADAPTER Adapter)
{
    if (Adapter->OtherWorkItem != NULL)
        NdisFreeIoWorkItem(Adapter->OtherWorkItem);
    NdisFreeMemory(Adapter, 0, 0);
}
"""

CLEANUP_RIGHT = CLEANUP_WRONG.replace("OtherWorkItem", "ResetWorkItem")
