#!/usr/bin/env python3
# test_diagnostics.py - clang diagnostics published by drvls over a real session: ranges, versions,
# severities, incremental and full-text changes applied in order, UTF-16 vs UTF-8 columns, the one
# summary for errors inside an included header, didClose clearing, unsaved buffers of open headers,
# and the DDK headers / driver fixtures parsing without errors.

import os
import time

from lspclient import (Suite, check, check_eq, clang_errors, error_diags, fmt_diags, parse_args,
                       path_to_uri, same_uri)

args = parse_args("LSP diagnostics tests")
suite = Suite(args)

DIAG_TIMEOUT = 60.0  # the first parse builds a preamble over the DDK headers


def pos(line, character):
    return {"line": line, "character": character}


def rng(l1, c1, l2, c2):
    return {"start": pos(l1, c1), "end": pos(l2, c2)}


def start_session(ctx, encodings=None):
    s = ctx.server()
    d = ctx.tempdir()
    s.initialize(root=d, encodings=encodings)
    return s, d


def finish(s):
    check_eq(s.shutdown_and_exit(), 0, "exit code after shutdown")
    check(not s.protocol_errors, "stdout carried something that is not an LSP frame",
          s.protocol_errors[:3])


def check_diag_at(diags, line, character, token, severity=1, what="diagnostic"):
    """Exactly one clang diagnostic of this severity; it starts at (line, character) and ends on
    the same line, no further than the end of token."""
    found = [d for d in diags if d.get("severity") == severity and d.get("source") == "clang"]
    check_eq(len(found), 1, "%s: number of clang diagnostics of severity %d in [%s]"
             % (what, severity, fmt_diags(diags)))
    d = found[0]
    r = d["range"]
    check_eq(r["start"], pos(line, character), "%s: range start (%s)" % (what, d.get("message")))
    check_eq(r["end"]["line"], line, "%s: range end line" % what)
    check(character <= r["end"]["character"] <= character + len(token),
          "%s: range end character must lie within %r" % (what, token), r)
    check(isinstance(d.get("message"), str) and d["message"], "%s: message" % what, d)
    return d


MAIN_V1 = ("// a plain C file\n"
           "int helper(int v);\n"
           "int f(void)\n"
           "{\n"
           "    return undeclared_x + helper(1);\n"
           "}\n")


@suite.case
def error_then_incremental_fix_then_full_change_then_close(ctx):
    s, d = start_session(ctx)
    path = ctx.write(d, "plain.c", MAIN_V1)
    uri = path_to_uri(path)
    s.open(uri, MAIN_V1, version=5)
    p = s.wait_diagnostics(uri, version=5, timeout=DIAG_TIMEOUT)
    check_eq(p.get("version"), 5, "publishDiagnostics.version")
    dg = check_diag_at(p["diagnostics"], 4, 11, "undeclared_x", what="open v5")
    check("undeclared_x" in dg["message"], "message names the identifier", dg["message"])

    # incremental: replace the identifier with 0 -> no diagnostics at all, version 6
    s.change(uri, 6, [{"range": rng(4, 11, 4, 23), "text": "0"}])
    p = s.wait_diagnostics(uri, version=6, timeout=DIAG_TIMEOUT)
    check_eq(p["diagnostics"], [], "diagnostics after the incremental fix (v6)")

    # incremental: insert two lines above -> a new error, positions follow the edit
    s.change(uri, 7, [{"range": rng(1, 0, 1, 0), "text": "int g1;\nint g2 = oops_y;\n"}])
    p = s.wait_diagnostics(uri, version=7, timeout=DIAG_TIMEOUT)
    check_diag_at(p["diagnostics"], 2, 9, "oops_y", what="after inserting lines (v7)")

    # full-text change (no range): different text, error elsewhere
    full = "int a;\n\n\nint b = a + zzz_full;\n"
    s.change(uri, 8, [{"text": full}])
    p = s.wait_diagnostics(uri, version=8, timeout=DIAG_TIMEOUT)
    check_diag_at(p["diagnostics"], 3, 12, "zzz_full", what="after a full-text change (v8)")

    # didSave (includeText false: no text) is accepted; the session goes on
    s.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    resp = s.request("drvls/ping", None)
    check_eq(resp.get("error", {}).get("code"), -32601, "ping after didSave")

    # didClose -> an empty publish for the file
    s.close_doc(uri)
    p = s.wait_diagnostics(uri, timeout=15, predicate=lambda p: p["diagnostics"] == [])
    check_eq(p["diagnostics"], [], "diagnostics after didClose")
    time.sleep(0.5)
    pubs = [m for m in s.messages_snapshot()
            if m.get("method") == "textDocument/publishDiagnostics"
            and same_uri(m["params"]["uri"], uri)]
    check_eq(pubs[-1]["params"]["diagnostics"], [], "the last publish for a closed file")
    finish(s)


@suite.case
def changes_in_one_notification_apply_in_order(ctx):
    s, d = start_session(ctx)
    text = "int a = 1;\n"
    uri = path_to_uri(ctx.write(d, "order.c", text))
    s.open(uri, text, version=1)
    p = s.wait_diagnostics(uri, version=1, timeout=DIAG_TIMEOUT)
    check_eq(p["diagnostics"], [], "clean file")
    # the second range is only right after the first change was applied
    s.change(uri, 2, [
        {"range": rng(0, 0, 0, 0), "text": "int b = 2;\n"},
        {"range": rng(1, 8, 1, 9), "text": "zz_undeclared"},
    ])
    p = s.wait_diagnostics(uri, version=2, timeout=DIAG_TIMEOUT)
    check_diag_at(p["diagnostics"], 1, 8, "zz_undeclared", what="two ordered edits (v2)")
    # a deletion spanning a line break, then an insert at the start of the joined line
    s.change(uri, 3, [
        {"range": rng(0, 0, 1, 0), "text": ""},
        {"range": rng(0, 0, 0, 0), "text": "   "},
    ])
    p = s.wait_diagnostics(uri, version=3, timeout=DIAG_TIMEOUT)
    check_diag_at(p["diagnostics"], 0, 11, "zz_undeclared", what="delete + insert (v3)")
    # rangeLength (deprecated) may be present and must not matter
    s.change(uri, 4, [{"range": rng(0, 11, 0, 24), "rangeLength": 13, "text": "7"}])
    p = s.wait_diagnostics(uri, version=4, timeout=DIAG_TIMEOUT)
    check_eq(p["diagnostics"], [], "after fixing with rangeLength present (v4)")
    finish(s)


@suite.case
def crlf_line_endings(ctx):
    s, d = start_session(ctx)
    text = "int a;\r\n\r\nint b = undeclared_crlf;\r\n"
    uri = path_to_uri(ctx.write(d, "crlf.c", text))
    s.open(uri, text, version=1)
    p = s.wait_diagnostics(uri, version=1, timeout=DIAG_TIMEOUT)
    check_diag_at(p["diagnostics"], 2, 8, "undeclared_crlf", what="CRLF file")
    s.change(uri, 2, [{"range": rng(2, 8, 2, 23), "text": "1"}])
    p = s.wait_diagnostics(uri, version=2, timeout=DIAG_TIMEOUT)
    check_eq(p["diagnostics"], [], "CRLF file after the fix")
    finish(s)


@suite.case
def warning_severity(ctx):
    s, d = start_session(ctx)
    text = "int f(void)\n{\n    int *p = 5;\n    return p != 0;\n}\n"
    uri = path_to_uri(ctx.write(d, "warn.c", text))
    s.open(uri, text, version=1)
    p = s.wait_diagnostics(uri, version=1, timeout=DIAG_TIMEOUT)
    diags = p["diagnostics"]
    check_eq(error_diags(diags), [], "no errors in [%s]" % fmt_diags(diags))
    warns = [x for x in diags if x.get("severity") == 2 and x.get("source") == "clang"]
    check_eq(len(warns), 1, "one clang warning in [%s]" % fmt_diags(diags))
    r = warns[0]["range"]
    # clang's location is the 'p' (2:9); its extra range is the '5' (2:13)
    check(r["start"]["line"] == 2 and r["start"]["character"] in (9, 13),
          "warning range start", r)
    check("pointer" in warns[0]["message"], "warning message", warns[0]["message"])
    finish(s)


def unicode_case(ctx, encodings, expected_encoding):
    s = ctx.server()
    d = ctx.tempdir()
    res = s.initialize(root=d, encodings=encodings)
    enc = res["capabilities"].get("positionEncoding", "utf-16")
    check_eq(enc, expected_encoding, "negotiated encoding")
    prefix = "/* h\u00e9llo \U0001F600 \u4e16 */ int y = "
    ident = "undeclared_u"
    text = "int x;\n" + prefix + ident + ";\n"
    uri = path_to_uri(ctx.write(d, "uni.c", text))
    if enc == "utf-8":
        col = len(prefix.encode("utf-8"))
    else:
        col = len(prefix.encode("utf-16-le")) // 2
    check(col != len(prefix), "the test line must make the encodings differ")
    s.open(uri, text, version=1)
    p = s.wait_diagnostics(uri, version=1, timeout=DIAG_TIMEOUT)
    check_diag_at(p["diagnostics"], 1, col, ident, what="error after non-ASCII text (%s)" % enc)
    # an edit given in the same encoding must land exactly on the identifier
    end = col + len(ident)  # the identifier is ASCII: same length in every encoding
    s.change(uri, 2, [{"range": rng(1, col, 1, end), "text": "1"}])
    p = s.wait_diagnostics(uri, version=2, timeout=DIAG_TIMEOUT)
    check_eq(p["diagnostics"], [], "after an edit in %s columns, diagnostics" % enc)
    finish(s)


@suite.case
def utf16_columns(ctx):
    unicode_case(ctx, None, "utf-16")


@suite.case
def utf8_columns(ctx):
    unicode_case(ctx, ["utf-8", "utf-16"], "utf-8")


@suite.case
def error_in_included_header_gives_one_summary(ctx):
    s, d = start_session(ctx)
    ctx.write(d, "bad.h", "int hf(void) { int y = ; return 0; }\nint hz = undeclared_in_h;\n")
    ctx.write(d, "good.h", "int good_decl(void);\n")
    text = "// main\n#include \"good.h\"\n\n#include \"bad.h\"\nint g(void) { return 1; }\n"
    uri = path_to_uri(ctx.write(d, "main.c", text))
    s.open(uri, text, version=3)
    p = s.wait_diagnostics(uri, version=3, timeout=DIAG_TIMEOUT)
    diags = p["diagnostics"]
    check_eq(len(diags), 1, "one diagnostic (the summary) in [%s]" % fmt_diags(diags))
    dg = diags[0]
    check_eq(dg.get("severity"), 1, "summary severity")
    check_eq(dg["range"]["start"]["line"], 3, "summary line (the #include \"bad.h\")")
    check_eq(dg["range"]["end"]["line"], 3, "summary end line")
    finish(s)


@suite.case
def error_in_nested_header_summarised_at_main_include(ctx):
    s, d = start_session(ctx)
    ctx.write(d, "inner.h", "int inner = ;\n")
    ctx.write(d, "outer.h", "// outer\n#include \"inner.h\"\n")
    text = "#include \"outer.h\"\nint g(void) { return 1; }\n"
    uri = path_to_uri(ctx.write(d, "main.c", text))
    s.open(uri, text, version=1)
    p = s.wait_diagnostics(uri, version=1, timeout=DIAG_TIMEOUT)
    diags = p["diagnostics"]
    check_eq(len(diags), 1, "one summary in [%s]" % fmt_diags(diags))
    check_eq(diags[0]["range"]["start"]["line"], 0, "summary line")
    check_eq(diags[0].get("severity"), 1, "summary severity")
    finish(s)


@suite.case
def unsaved_header_buffer_is_used(ctx):
    # an open header's buffer, not its file on disk, is what the main file sees
    s, d = start_session(ctx)
    hpath = ctx.write(d, "types.h", "/* empty on disk */\n")
    huri = path_to_uri(hpath)
    s.open(huri, "typedef int unsaved_t;\n", version=1)
    text = "#include \"types.h\"\nunsaved_t v;\n"
    uri = path_to_uri(ctx.write(d, "use.c", text))
    s.open(uri, text, version=1)
    p = s.wait_diagnostics(uri, version=1, timeout=DIAG_TIMEOUT)
    check_eq(p["diagnostics"], [], "diagnostics of a file using a type from an unsaved header")
    finish(s)


@suite.case
def versions_never_go_backwards(ctx):
    s, d = start_session(ctx)
    bad = "int a = undeclared_v;\n"
    good = "int a = 0;\n"
    uri = path_to_uri(ctx.write(d, "race.c", bad))
    s.open(uri, bad, version=1)
    for v in range(2, 9):
        s.change(uri, v, [{"text": good if v % 2 == 0 else bad}])
    p = s.wait_diagnostics(uri, version=8, timeout=DIAG_TIMEOUT)
    check_eq(p["diagnostics"], [], "final (v8) diagnostics")
    time.sleep(2.0)
    seen = [m["params"].get("version") for m in s.messages_snapshot()
            if m.get("method") == "textDocument/publishDiagnostics"
            and same_uri(m["params"]["uri"], uri)]
    check(all(isinstance(v, int) for v in seen), "every publish carries an integer version", seen)
    check(seen == sorted(seen), "published versions must never go backwards", seen)
    check_eq(seen[-1], 8, "last published version")
    finish(s)


@suite.case
def close_during_parse_leaves_no_stale_diagnostics(ctx):
    # results computed for a document closed meanwhile are dropped: the last publish is empty;
    # reopening starts afresh with the new text and version
    s, d = start_session(ctx)
    text = "#include <ntddk.h>\nint stale = undeclared_stale;\n"
    uri = path_to_uri(ctx.write(d, "closing.c", text))
    for round_ in range(3):
        s.open(uri, text, version=1)
        s.change(uri, 2, [{"text": text + "int more%d;\n" % round_}])
        s.close_doc(uri)
    time.sleep(3.0)
    pubs = [m["params"] for m in s.messages_snapshot()
            if m.get("method") == "textDocument/publishDiagnostics"
            and same_uri(m["params"]["uri"], uri)]
    check(pubs, "no publish at all after didClose")
    check_eq(pubs[-1]["diagnostics"], [], "last publish after open/change/close (of %d)" % len(pubs))
    mark = s.count()
    s.open(uri, "int fresh = undeclared_fresh;\n", version=1)
    p = s.wait_diagnostics(uri, version=1, timeout=DIAG_TIMEOUT, since=mark)
    check_diag_at(p["diagnostics"], 0, 12, "undeclared_fresh", what="reopened document")
    finish(s)


NTDDK_SRC = """#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DriverUnload;

VOID DriverUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PIO_WORKITEM item;
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = DriverUnload;
    item = NULL;
    if (item != NULL) {
        IoFreeWorkItem(item);
    }
    KdPrint(("loaded\\n"));
    return STATUS_SUCCESS;
}
"""

NDIS_SRC = """#include <ndis.h>

MINIPORT_HALT NicHalt;

VOID NicHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    NDIS_HANDLE workItem = NULL;
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(HaltAction);
    if (workItem != NULL) {
        NdisFreeIoWorkItem(workItem);
    }
}
"""


def ddk_case(ctx, name, src):
    s, d = start_session(ctx)
    uri = path_to_uri(ctx.write(d, name, src))
    s.open(uri, src, version=1)
    p = s.wait_diagnostics(uri, version=1, timeout=DIAG_TIMEOUT)
    check_eq(clang_errors(p["diagnostics"]), [],
             "clang errors in %s: [%s]" % (name, fmt_diags(p["diagnostics"])))
    # the same file with one deliberate error reports exactly that error: the zero above is real
    lines = src.split("\n")
    n = len(lines)
    s.change(uri, 2, [{"range": rng(n - 1, 0, n - 1, 0), "text": "int tail_err = no_such_ddk_sym;\n"}])
    p = s.wait_diagnostics(uri, version=2, timeout=DIAG_TIMEOUT)
    check_diag_at(clang_errors(p["diagnostics"]), n - 1, 15, "no_such_ddk_sym",
                  what="deliberate error after the DDK include")
    finish(s)


@suite.case
def ntddk_file_parses_without_errors(ctx):
    ddk_case(ctx, "wdm_driver.c", NTDDK_SRC)


@suite.case
def ndis_file_parses_without_errors(ctx):
    ddk_case(ctx, "ndis_driver.c", NDIS_SRC)


@suite.case
def driver_fixtures_parse_without_errors(ctx):
    fixtures = args.fixtures
    check(fixtures is not None, "--fixtures is required for this case")
    total = 0
    for sub in ("ndis_miniport", "wdm"):
        root = os.path.join(fixtures, "drivers", sub)
        check(os.path.isdir(root), "driver fixture directory missing", root)
        files = []
        for dirpath, _dirs, names in os.walk(root):
            files += [os.path.join(dirpath, n) for n in sorted(names) if n.endswith(".c")]
        check(files, "no .c files under", root)
        s = ctx.server(cwd=root)
        s.initialize(root=root)
        for path in files:
            with open(path, encoding="utf-8", errors="surrogateescape") as f:
                text = f.read()
            uri = path_to_uri(path)
            s.open(uri, text, version=1)
            p = s.wait_diagnostics(uri, version=1, timeout=DIAG_TIMEOUT)
            # the fixtures are correct code: no clang error, and no clang warning either
            # (tests/fixtures/drivers/README.md)
            errs = [x for x in p["diagnostics"]
                    if x.get("source") == "clang" and x.get("severity") in (1, 2)]
            check_eq(errs, [], "clang errors/warnings in fixture %s: [%s]"
                     % (os.path.relpath(path, fixtures), fmt_diags(errs)))
            s.close_doc(uri)
            total += 1
        finish(s)
    print("  %d driver fixture files parsed without errors" % total)


suite.run()
