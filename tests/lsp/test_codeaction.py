#!/usr/bin/env python3
# test_codeaction.py - quick-fixes in the editor: diagnostic -> textDocument/codeAction -> the
# client applies the returned edit (UTF-16 positions, exact on lines with non-ASCII text) ->
# didChange -> didSave -> the diagnostic is gone. Edits as documentChanges (versioned) or as
# changes (by the client's capabilities); a fix that edits another file (halt in adapter.c, the
# allocation in init.c), open or not; source.fixAll.drvls; the capability advertised.

import os

from lspclient import Suite, check, check_eq, parse_args, path_to_uri, same_uri
from sessionlib import rule_diags, save

args = parse_args(__doc__ or "code actions")
suite = Suite(args)

HEADER = """#include <ndis.h>
typedef struct _MP_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE ResetWorkItem;
    ULONG Flags;
} MP_ADAPTER, *PMP_ADAPTER;
MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;
"""

INIT = """#include "mp.h"
NDIS_STATUS
MPInitializeEx(NDIS_HANDLE h, NDIS_HANDLE d, PNDIS_MINIPORT_INIT_PARAMETERS p)
{
    PMP_ADAPTER Adapter;
    NDIS_MINIPORT_ADAPTER_ATTRIBUTES Attributes;
    UNREFERENCED_PARAMETER(d);
    UNREFERENCED_PARAMETER(p);
    Adapter = NdisAllocateMemoryWithTagPriority(h, sizeof(MP_ADAPTER), 'tseT', NormalPoolPriority);
    if (Adapter == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
    /* Zähler — ✓ 𝔘𝔫𝔦 */ Adapter->ResetWorkItem = NdisAllocateIoWorkItem(h);
    if (Adapter->ResetWorkItem == NULL) {
        NdisFreeMemory(Adapter, 0, 0);
        return NDIS_STATUS_RESOURCES;
    }
    Attributes.RegistrationAttributes.MiniportAdapterContext = Adapter;
    return NdisMSetMiniportAttributes(h, &Attributes);
}
"""

HALT = """#include "mp.h"
VOID
MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    // Größe ändern: 𝔘 — the adapter goes last
    UNREFERENCED_PARAMETER(HaltAction);
    NdisFreeMemory(Adapter, 0, 0);
}
"""

ONE_FILE = HEADER + INIT.replace('#include "mp.h"\n', "") + HALT.replace('#include "mp.h"\n', "")

STORAGE = """#include <ntddk.h>
static PDEVICE_OBJECT Dev;
static PIO_WORKITEM Item;
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD Unload;
DRIVER_DISPATCH Control;
IO_WORKITEM_ROUTINE Worker;
VOID Worker(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Context);
}
NTSTATUS Control(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    IoQueueWorkItem(Item, Worker, DelayedWorkQueue, NULL);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}
VOID Unload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    IoUninitializeWorkItem(Item);
    ExFreePool(Item);
    IoDeleteDevice(Dev);
}
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;
    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &Dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Item = (PIO_WORKITEM)ExAllocatePoolWithTag(/* größe ✓ 𝔘𝔫 */ PagedPool, IoSizeofWorkItem(), 'x');
    if (Item == NULL) {
        IoDeleteDevice(Dev);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoInitializeWorkItem(Dev, Item);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = Control;
    DriverObject->DriverUnload = Unload;
    return STATUS_SUCCESS;
}
"""

VERSIONED = {
    "textDocument": {"publishDiagnostics": {"relatedInformation": True, "versionSupport": True},
                     "synchronization": {"didSave": True},
                     "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {
                         "valueSet": ["quickfix", "source", "source.fixAll"]}},
                         "isPreferredSupport": True, "dataSupport": True}},
    "workspace": {"workspaceEdit": {"documentChanges": True}},
}
UNVERSIONED = {k: v for k, v in VERSIONED.items() if k != "workspace"}


# ---------------------------------------------------------------- client-side edits (UTF-16)

def utf16_len(s):
    return sum(2 if ord(c) > 0xFFFF else 1 for c in s)


def offset_of(text, pos):
    """Index into text (a str) of an LSP position in UTF-16 code units."""
    lines = text.split("\n")
    line = pos["line"]
    check(line <= len(lines), "position line within the text", pos)
    start = sum(len(l) + 1 for l in lines[:line])
    units, i, cur = 0, 0, lines[line] if line < len(lines) else ""
    while units < pos["character"]:
        check(i < len(cur), "position character within its line", pos, cur)
        units += 2 if ord(cur[i]) > 0xFFFF else 1
        i += 1
    check_eq(units, pos["character"], "position on a character boundary")
    return start + i


def apply_edits(text, edits):
    """text with the TextEdits applied (from the last one back), and the edits in that order."""
    order = sorted(edits, key=lambda e: (e["range"]["start"]["line"],
                                         e["range"]["start"]["character"]), reverse=True)
    for e in order:
        a, b = offset_of(text, e["range"]["start"]), offset_of(text, e["range"]["end"])
        text = text[:a] + e["newText"] + text[b:]
    return text, order


def edits_for(action, uri, versioned, version=None):
    """The TextEdits the action's WorkspaceEdit makes to uri (checking the edit's form)."""
    edit = action.get("edit") or {}
    if versioned:
        check("documentChanges" in edit and "changes" not in edit, "documentChanges form", edit)
        docs = [d for d in edit["documentChanges"] if same_uri(d["textDocument"]["uri"], uri)]
        check_eq(len(docs), 1, "one TextDocumentEdit for the file")
        check_eq(docs[0]["textDocument"].get("version", "missing"), version,
                 "the edited document's version")
        return docs[0]["edits"]
    check("changes" in edit and "documentChanges" not in edit, "changes form", edit)
    hits = [v for k, v in edit["changes"].items() if same_uri(k, uri)]
    check_eq(len(hits), 1, "edits for the file")
    return hits[0]


def setup(ctx, files, caps=VERSIONED, open_names=None):
    d = ctx.tempdir()
    for name, text in files.items():
        ctx.write(d, name, text)
    s = ctx.server()
    result = s.initialize(capabilities=caps, root=d)
    uris = {}
    for name in (open_names if open_names is not None else files):
        if name.endswith(".c"):
            uris[name] = path_to_uri(os.path.join(d, name))
            s.open(uris[name], files[name], 1)
    return d, s, uris, result


def code_actions(s, uri, diag, only=None):
    context = {"diagnostics": [diag]}
    if only is not None:
        context["only"] = only
    return s.call("textDocument/codeAction", {"textDocument": {"uri": uri},
                                               "range": diag["range"], "context": context})


def quickfix_of(actions, diag):
    fixes = [a for a in actions if a.get("kind") == "quickfix"]
    check_eq(len(fixes), 1, "one quickfix for the diagnostic")
    a = fixes[0]
    check_eq(a.get("isPreferred"), True, "the fix is preferred")
    check_eq(a.get("diagnostics"), [diag], "the diagnostic attached")
    return a


def change_save_and_recheck(s, uri, text, order, version, rule):
    """Send the applied edits as incremental changes, save, and return the first diagnostics of
    that version without rule (the save's check; the change alone keeps the finding)."""
    mark = s.count()
    s.change(uri, version, [{"range": e["range"], "text": e["newText"]} for e in order])
    save(s, uri)
    return s.wait_diagnostics(uri, version, since=mark,
                              predicate=lambda p: not rule_diags(p, rule))


# ---------------------------------------------------------------- cases

@suite.case
def capability_advertised(ctx):
    _, s, _, result = setup(ctx, {"mp.h": HEADER}, open_names=[])
    cap = result["capabilities"].get("codeActionProvider")
    check(isinstance(cap, dict), "codeActionProvider is an options object", cap)
    check_eq(sorted(cap.get("codeActionKinds", [])), ["quickfix", "source.fixAll.drvls"],
             "the kinds")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def halt_fix_document_changes_utf16(ctx):
    _, s, uris, _ = setup(ctx, {"mp.h": "", "miniport.c": ONE_FILE})
    uri = uris["miniport.c"]
    p = s.wait_diagnostics(uri, 1, predicate=lambda p: rule_diags(p, "ndis-workitem-init-halt"))
    diag = rule_diags(p, "ndis-workitem-init-halt")[0]
    line = ONE_FILE.split("\n")[diag["range"]["start"]["line"]]
    prefix = line[:line.index("NdisAllocateIoWorkItem")]
    check_eq(diag["range"]["start"]["character"], utf16_len(prefix),
             "the diagnostic starts at the call, in UTF-16 units after non-ASCII text")
    check("data" in diag, "the diagnostic carries data for codeAction", diag)
    a = quickfix_of(code_actions(s, uri, diag), diag)
    check_eq(a["title"], "Free Adapter->ResetWorkItem in MPHaltEx", "title")
    edits = edits_for(a, uri, True, 1)
    new, order = apply_edits(ONE_FILE, edits)
    want = ONE_FILE.replace("    UNREFERENCED_PARAMETER(HaltAction);\n    NdisFreeMemory",
                            "    UNREFERENCED_PARAMETER(HaltAction);\n"
                            "    if (Adapter->ResetWorkItem != NULL) {\n"
                            "        NdisFreeIoWorkItem(Adapter->ResetWorkItem);\n"
                            "        Adapter->ResetWorkItem = NULL;\n"
                            "    }\n"
                            "    NdisFreeMemory")
    check_eq(new, want, "the text after the fix")
    p = change_save_and_recheck(s, uri, new, order, 2, "ndis-workitem-init-halt")
    check_eq(rule_diags(p, "ndis-workitem-init-halt"), [], "the diagnostic is gone")
    check_eq([x for x in p["diagnostics"] if x.get("severity") == 1], [], "no error at all")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def storage_fix_changes_form_mid_line(ctx):
    """An edit in the middle of a line after non-ASCII text, as `changes` (no documentChanges)."""
    _, s, uris, _ = setup(ctx, {"control.c": STORAGE}, caps=UNVERSIONED)
    uri = uris["control.c"]
    p = s.wait_diagnostics(uri, 1, predicate=lambda p: rule_diags(p, "io-workitem-storage"))
    diag = rule_diags(p, "io-workitem-storage")[0]
    a = quickfix_of(code_actions(s, uri, diag, only=["quickfix"]), diag)
    edits = edits_for(a, uri, False)
    check_eq(len(edits), 1, "one edit")
    line = STORAGE.split("\n")[edits[0]["range"]["start"]["line"]]
    start = line.index("PagedPool")
    check_eq(edits[0]["range"]["start"]["character"], utf16_len(line[:start]),
             "start of PagedPool in UTF-16 units")
    check_eq(edits[0]["range"]["end"]["character"], utf16_len(line[:start + len("PagedPool")]),
             "end of PagedPool in UTF-16 units")
    check_eq(edits[0]["newText"], "NonPagedPoolNx", "the new pool type")
    new, order = apply_edits(STORAGE, edits)
    check("/* größe ✓ 𝔘𝔫 */ NonPagedPoolNx, IoSizeofWorkItem()" in new, "edited in place", new)
    p = change_save_and_recheck(s, uri, new, order, 2, "io-workitem-storage")
    check_eq(rule_diags(p, "io-workitem-storage"), [], "the diagnostic is gone")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def fix_edits_other_open_file(ctx):
    """The finding is in init.c; its fix edits halt in adapter.c, which is open (version 1)."""
    files = {"mp.h": HEADER, "init.c": INIT, "adapter.c": HALT}
    _, s, uris, _ = setup(ctx, files)
    init, adapter = uris["init.c"], uris["adapter.c"]
    s.wait_diagnostics(adapter, 1)
    p = s.wait_diagnostics(init, None, predicate=lambda p: rule_diags(p, "ndis-workitem-init-halt"))
    diag = rule_diags(p, "ndis-workitem-init-halt")[0]
    a = quickfix_of(code_actions(s, init, diag), diag)
    edit = a["edit"]["documentChanges"]
    check_eq([same_uri(x["textDocument"]["uri"], adapter) for x in edit], [True],
             "only adapter.c is edited")
    edits = edits_for(a, adapter, True, 1)
    new, order = apply_edits(HALT, edits)
    check("    if (Adapter->ResetWorkItem != NULL) {\n" in new, "release inserted in halt", new)
    check(new.index("ResetWorkItem = NULL") < new.index("NdisFreeMemory(Adapter"),
          "before the adapter is freed")
    mark = s.count()
    s.change(adapter, 2, [{"range": e["range"], "text": e["newText"]} for e in order])
    save(s, adapter)
    p = s.wait_diagnostics(init, None, since=mark,
                           predicate=lambda p: not rule_diags(p, "ndis-workitem-init-halt"))
    check_eq(rule_diags(p, "ndis-workitem-init-halt"), [], "init.c's diagnostic is gone")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def fix_edits_file_not_open(ctx):
    """adapter.c is not open (known from the workspace index): its TextDocumentEdit has version
    null; and the edit waits while adapter.c has unsaved changes when it is open."""
    files = {"mp.h": HEADER, "init.c": INIT, "adapter.c": HALT}
    d, s, uris, _ = setup(ctx, files, open_names=["init.c"])
    init = uris["init.c"]
    p = s.wait_diagnostics(init, None, timeout=120,
                           predicate=lambda p: rule_diags(p, "ndis-workitem-init-halt"))
    diag = rule_diags(p, "ndis-workitem-init-halt")[0]
    a = quickfix_of(code_actions(s, init, diag), diag)
    adapter = path_to_uri(os.path.join(d, "adapter.c"))
    edits = edits_for(a, adapter, True, None)
    new, _ = apply_edits(HALT, edits)
    check("NdisFreeIoWorkItem(Adapter->ResetWorkItem);" in new, "release inserted", new)
    # open adapter.c and edit it without saving: its offsets may move, the fix is held back
    s.open(adapter, HALT, 1)
    s.wait_diagnostics(adapter, 1)
    s.change(adapter, 2, [{"range": {"start": {"line": 0, "character": 0},
                                     "end": {"line": 0, "character": 0}}, "text": "\n"}])
    actions = code_actions(s, init, diag)
    check_eq([x for x in actions if x.get("kind") == "quickfix"], [],
             "no fix while adapter.c has unsaved edits")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def fix_all_source_action(ctx):
    two = ONE_FILE.replace("    ULONG Flags;\n", "    ULONG Flags;\n    NDIS_HANDLE StatsWorkItem;\n") \
        .replace("    Attributes.RegistrationAttributes",
                 "    Adapter->StatsWorkItem = NdisAllocateIoWorkItem(h);\n"
                 "    if (Adapter->StatsWorkItem == NULL) {\n"
                 "        NdisFreeIoWorkItem(Adapter->ResetWorkItem);\n"
                 "        NdisFreeMemory(Adapter, 0, 0);\n"
                 "        return NDIS_STATUS_RESOURCES;\n"
                 "    }\n"
                 "    Attributes.RegistrationAttributes")
    _, s, uris, _ = setup(ctx, {"mp.h": "", "miniport.c": two})
    uri = uris["miniport.c"]
    p = s.wait_diagnostics(uri, 1, predicate=lambda p: len(rule_diags(
        p, "ndis-workitem-init-halt")) == 2)
    actions = s.call("textDocument/codeAction", {
        "textDocument": {"uri": uri},
        "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
        "context": {"diagnostics": [], "only": ["source.fixAll"]}})
    check_eq([a.get("kind") for a in actions], ["source.fixAll.drvls"], "only the fix-all action")
    new, order = apply_edits(two, edits_for(actions[0], uri, True, 1))
    check_eq(new.count("NdisFreeIoWorkItem(Adapter->"), 3, "both releases inserted in halt")
    p = change_save_and_recheck(s, uri, new, order, 2, "ndis-workitem-init-halt")
    check_eq(rule_diags(p, "ndis-workitem-init-halt"), [], "every init-halt diagnostic is gone")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def bad_params_and_unknown_document(ctx):
    _, s, _, _ = setup(ctx, {"mp.h": ""}, open_names=[])
    resp = s.request("textDocument/codeAction", {"textDocument": {}})
    check_eq(resp.get("error", {}).get("code"), -32602, "invalid params")
    resp = s.request("textDocument/codeAction", {
        "textDocument": {"uri": "file:///nowhere/x.c"},
        "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
        "context": {"diagnostics": []}})
    check_eq(resp.get("result"), [], "no actions for a document that is not open")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


suite.run()
