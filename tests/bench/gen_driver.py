#!/usr/bin/env python3
"""gen_driver.py - writes a generated NDIS 6 miniport of about N lines (default 20,000) spread over
several files, shaped like real drivers: an adapter record with work items, allocation and free
helpers, MiniportInitializeEx with a do/while(FALSE) error funnel, MiniportHaltEx, work routines,
OID handlers with switch statements, and goto-based cleanup. Used by the benchmarks.

usage: gen_driver.py OUTDIR [--lines N] [--files N] [--one-file]
With --one-file everything goes into OUTDIR/driver.c (the header inlined): one big translation
unit, as the editor benchmarks need.
"""
import argparse
import os

HEADER = """/* mp.h - generated miniport: adapter record and shared declarations. */
#pragma once
#include <ndis.h>

#define MP_TAG 'pMrD'

typedef struct _MP_QUEUE {
    NDIS_HANDLE WorkItem;
    ULONG Count;
} MP_QUEUE, *PMP_QUEUE;

typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE ResetWorkItem;
    NDIS_HANDLE StatusWorkItem;
    MP_QUEUE Queues[4];
    NDIS_SPIN_LOCK Lock;
    ULONG Flags;
    BOOLEAN LinkUp;
} MP_ADAPTER, *PMP_ADAPTER;

extern NDIS_HANDLE MpDriverHandle;
NDIS_IO_WORKITEM_FUNCTION MpResetWorker;
NDIS_IO_WORKITEM_FUNCTION MpOneShotWorker;
"""

UNIT = """
/* unit {n}: helpers of generated part {n} */
static NDIS_STATUS MpAllocQueue{n}(PMP_ADAPTER Adapter, ULONG Index)
{{
    PMP_QUEUE Queue = &Adapter->Queues[Index % 4];
    Queue->WorkItem = NdisAllocateIoWorkItem(Adapter->AdapterHandle);
    if (Queue->WorkItem == NULL) {{
        return NDIS_STATUS_RESOURCES;
    }}
    Queue->Count = {n};
    return NDIS_STATUS_SUCCESS;
}}

static VOID MpFreeQueue{n}(PMP_ADAPTER Adapter, ULONG Index)
{{
    PMP_QUEUE Queue = &Adapter->Queues[Index % 4];
    if (Queue->WorkItem != NULL) {{
        NdisFreeIoWorkItem(Queue->WorkItem);
        Queue->WorkItem = NULL;
    }}
}}

NDIS_STATUS MpSetup{n}(PMP_ADAPTER Adapter)
{{
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;
    ULONG i;
    do {{
        for (i = 0; i < 4; i++) {{
            Status = MpAllocQueue{n}(Adapter, i);
            if (Status != NDIS_STATUS_SUCCESS) {{
                break;
            }}
        }}
        if (Status != NDIS_STATUS_SUCCESS) {{
            break;
        }}
        switch (Adapter->Flags & 3) {{
        case 0:
            Adapter->Flags |= 4;
            break;
        case 1:
            Adapter->Flags |= 8;
            /* fall through */
        case 2:
            Adapter->Flags |= 16;
            break;
        default:
            Status = NDIS_STATUS_NOT_SUPPORTED;
            break;
        }}
    }} while (FALSE);
    if (Status != NDIS_STATUS_SUCCESS) {{
        for (i = 0; i < 4; i++) {{
            MpFreeQueue{n}(Adapter, i);
        }}
    }}
    return Status;
}}

VOID MpTeardown{n}(PMP_ADAPTER Adapter)
{{
    ULONG i;
    for (i = 0; i < 4; i++) {{
        MpFreeQueue{n}(Adapter, i);
    }}
}}

VOID MpKick{n}(PMP_ADAPTER Adapter)
{{
    NDIS_HANDLE Item = NdisAllocateIoWorkItem(Adapter->AdapterHandle);
    if (Item == NULL) {{
        return;
    }}
    NdisQueueIoWorkItem(Item, MpOneShotWorker, Adapter);
}}

NDIS_STATUS MpQuery{n}(PMP_ADAPTER Adapter, NDIS_OID Oid, PVOID Buffer, ULONG Length)
{{
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;
    ULONG Value = 0;
    switch (Oid) {{
    case OID_GEN_MAXIMUM_FRAME_SIZE:
        Value = 1500;
        break;
    case OID_GEN_LINK_SPEED:
        Value = Adapter->LinkUp ? 10000000 : 0;
        break;
    default:
        Status = NDIS_STATUS_NOT_SUPPORTED;
        goto Exit;
    }}
    if (Length < sizeof(ULONG)) {{
        Status = NDIS_STATUS_BUFFER_TOO_SHORT;
        goto Exit;
    }}
    NdisMoveMemory(Buffer, &Value, sizeof(ULONG));
Exit:
    return Status;
}}
"""

MAIN = """/* miniport.c - generated miniport: entry, initialize, halt and work routines. */
#include "mp.h"

NDIS_HANDLE MpDriverHandle;
MINIPORT_INITIALIZE MpInitializeEx;
MINIPORT_HALT MpHaltEx;
{decls}

VOID MpResetWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{{
    UNREFERENCED_PARAMETER(WorkItemContext);
    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
}}

VOID MpOneShotWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{{
    UNREFERENCED_PARAMETER(WorkItemContext);
    NdisFreeIoWorkItem(NdisIoWorkItemHandle);
}}

NDIS_STATUS MpInitializeEx(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{{
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;
    PMP_ADAPTER Adapter = NULL;
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    do {{
        Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(MP_ADAPTER),
                                                    MP_TAG, NormalPoolPriority);
        if (Adapter == NULL) {{
            Status = NDIS_STATUS_RESOURCES;
            break;
        }}
        NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
        Adapter->AdapterHandle = MiniportAdapterHandle;
        Adapter->ResetWorkItem = NdisAllocateIoWorkItem(MiniportAdapterHandle);
        if (Adapter->ResetWorkItem == NULL) {{
            Status = NDIS_STATUS_RESOURCES;
            break;
        }}
{setups}
    }} while (FALSE);
    if (Status != NDIS_STATUS_SUCCESS && Adapter != NULL) {{
{teardowns}
        if (Adapter->ResetWorkItem != NULL) {{
            NdisFreeIoWorkItem(Adapter->ResetWorkItem);
        }}
        NdisFreeMemory(Adapter, 0, 0);
    }}
    return Status;
}}

VOID MpHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    UNREFERENCED_PARAMETER(HaltAction);
{teardowns}
    if (Adapter->ResetWorkItem != NULL) {{
        NdisFreeIoWorkItem(Adapter->ResetWorkItem);
        Adapter->ResetWorkItem = NULL;
    }}
    NdisFreeMemory(Adapter, 0, 0);
}}
"""


def merge(outdir):
    """Replace the files of outdir by one driver.c: header, parts, then miniport.c."""
    names = sorted(n for n in os.listdir(outdir) if n.startswith("part")) + ["miniport.c"]
    with open(os.path.join(outdir, "mp.h")) as f:
        text = f.read().replace("#pragma once\n", "")
    for name in names:
        with open(os.path.join(outdir, name)) as f:
            text += f.read().replace('#include "mp.h"\n', "")
        os.remove(os.path.join(outdir, name))
    os.remove(os.path.join(outdir, "mp.h"))
    with open(os.path.join(outdir, "driver.c"), "w") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--lines", type=int, default=20000)
    ap.add_argument("--one-file", action="store_true")
    ap.add_argument("--files", type=int, default=0, help="number of part files (default: 12 "
                    "units each)")
    args = ap.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    unit_lines = UNIT.count("\n")
    units = max(1, args.lines // unit_lines)
    per_file = 12 if args.files <= 0 else max(1, (units + args.files - 1) // args.files)
    files = (units + per_file - 1) // per_file
    with open(os.path.join(args.outdir, "mp.h"), "w") as f:
        f.write(HEADER)
    decls, setups, teardowns = [], [], []
    n = 0
    for i in range(files):
        with open(os.path.join(args.outdir, "part%02d.c" % i), "w") as f:
            f.write("/* part%02d.c - generated miniport helpers. */\n#include \"mp.h\"\n" % i)
            for _ in range(per_file):
                if n >= units:
                    break
                f.write(UNIT.format(n=n))
                decls.append("NDIS_STATUS MpSetup%d(PMP_ADAPTER Adapter);\n"
                             "VOID MpTeardown%d(PMP_ADAPTER Adapter);" % (n, n))
                if n < 16:
                    setups.append("        Status = MpSetup%d(Adapter);\n"
                                  "        if (Status != NDIS_STATUS_SUCCESS) {\n"
                                  "            break;\n        }" % n)
                    teardowns.append("    MpTeardown%d(Adapter);" % n)
                n += 1
    with open(os.path.join(args.outdir, "miniport.c"), "w") as f:
        f.write(MAIN.format(decls="\n".join(decls), setups="\n".join(setups),
                            teardowns="\n".join(teardowns)))
    if args.one_file:
        merge(args.outdir)
    names = os.listdir(args.outdir)
    total = 0
    for name in names:
        with open(os.path.join(args.outdir, name)) as f:
            total += sum(1 for _ in f)
    print("%d files, %d lines in %s" % (len(names), total, args.outdir))


if __name__ == "__main__":
    main()
