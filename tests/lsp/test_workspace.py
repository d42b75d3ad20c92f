#!/usr/bin/env python3
# test_workspace.py - the workspace index in a session: files that are not open are indexed in the
# background (with $/progress when the client supports it) so that the checker sees the whole
# driver; a file changed outside the editor (didChangeWatchedFiles) updates an open file's
# diagnostics; drvls.lintWorkspace publishes the findings of files that are not open.

import os
import shutil
import time

from lspclient import (Suite, check, check_eq, parse_args, path_to_uri)
import sessionlib as shared

args = parse_args(__doc__ or "workspace index tests")
suite = Suite(args)


rule_diags = shared.rule_diags


def driver_tree(ctx, cleanup_text):
    d = ctx.tempdir()
    ctx.write(d, "cx.h", shared.HEADER)
    ctx.write(d, "adapter.c", shared.ADAPTER)
    ctx.write(d, "cleanup.c", cleanup_text)
    return d


@suite.case
def index_sees_helper_in_unopened_file(ctx):
    d = driver_tree(ctx, shared.CLEANUP_WRONG)
    s = ctx.server()
    s.initialize(root=d, capabilities={"window": {"workDoneProgress": True},
                                       "workspace": {"didChangeWatchedFiles": {
                                           "dynamicRegistration": True}}})
    uri, _ = shared.open_file(s, os.path.join(d, "adapter.c"))
    # only adapter.c is open: the helper in cleanup.c is known through the index
    p = s.wait_diagnostics(uri, 1, predicate=lambda p: rule_diags(p))
    check_eq(len(rule_diags(p, "ndis-workitem-init-halt")), 1, "halt's helper (not open) is seen")
    kinds = []
    deadline = time.monotonic() + 30
    while "end" not in kinds and time.monotonic() < deadline:
        m = s.wait_for_notification("$/progress", timeout=30)
        kinds.append(m["params"]["value"]["kind"])
    check_eq(kinds[0], "begin", "progress starts with begin")
    check_eq(kinds[-1], "end", "progress ends with end")
    # the helper is fixed on disk, outside the editor
    with open(os.path.join(d, "cleanup.c"), "w") as f:
        f.write(shared.CLEANUP_RIGHT)
    mark = s.count()
    s.notify("workspace/didChangeWatchedFiles", {"changes": [
        {"uri": path_to_uri(os.path.join(d, "cleanup.c")), "type": 2}]})
    p = s.wait_diagnostics(uri, 1, since=mark, predicate=lambda p: not rule_diags(p))
    check_eq(rule_diags(p), [], "adapter.c after cleanup.c changed on disk")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def lint_workspace_publishes_closed_files(ctx):
    d = ctx.tempdir()
    for name in os.listdir(shared.EXAMPLE):
        shutil.copy(os.path.join(shared.EXAMPLE, name), d)
    s = ctx.server()
    caps = s.initialize(root=d)["capabilities"]
    check("drvls.lintWorkspace" in caps["executeCommandProvider"]["commands"],
          "the command is advertised", caps)
    r = s.request("workspace/executeCommand", {"command": "drvls.lintWorkspace"}, timeout=60)
    check_eq(r["result"]["findings"], 3, "findings in the example driver")
    check_eq(r["result"]["files"], 1, "files with findings")
    adapter = path_to_uri(os.path.join(d, "adapter.c"))
    p = s.wait_diagnostics(adapter)
    check_eq(len(rule_diags(p)), 3, "adapter.c findings published without opening it")
    check("version" not in p, "a file that is not open is published without a version", p)
    r = s.request("workspace/executeCommand", {"command": "drvls.nope"})
    check_eq(r["error"]["code"], -32602, "unknown command")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def lint_workspace_cancelled_while_indexing(ctx):
    d = ctx.tempdir()
    gen = os.path.join(shared.ROOT, "tests", "bench", "gen_driver.py")
    import subprocess
    import sys
    subprocess.run([sys.executable, gen, d, "--lines", "8000"], check=True,
                   stdout=subprocess.DEVNULL)
    s = ctx.server()
    s.initialize(root=d)
    rid = s.send_request("workspace/executeCommand", {"command": "drvls.lintWorkspace"})
    s.notify("$/cancelRequest", {"id": rid})
    r = s.wait_response(rid, timeout=60)
    check_eq(r.get("error", {}).get("code"), -32800, "a cancelled lintWorkspace")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def burst_of_200_edits_ends_in_last_state(ctx):
    d = ctx.tempdir()
    text = "#include <ndis.h>\nint counter;\n"
    uri = path_to_uri(ctx.write(d, "burst.c", text))
    s = ctx.server()
    s.initialize(root=d)
    s.open(uri, text)
    s.wait_diagnostics(uri, 1)
    line = 2
    for v in range(2, 202):
        # each edit appends a line; every 13th line is wrong, the last one is right
        bad = v % 13 == 0 and v != 201
        new = "int v%d = %s;\n" % (v, "undeclared_%d" % v if bad else "1")
        s.change(uri, v, [{"range": {"start": {"line": line, "character": 0},
                                     "end": {"line": line, "character": 0}}, "text": new}])
        line += 1
    p = s.wait_diagnostics(uri, 201, timeout=60)
    errs = sorted(x["range"]["start"]["line"] for x in p["diagnostics"] if x["severity"] == 1)
    expected = sorted(2 + v - 2 for v in range(2, 202) if v % 13 == 0 and v != 201)
    check_eq(errs, expected, "error lines after the burst")
    versions = [m["params"].get("version") for m in s.messages_snapshot()
                if m.get("method") == "textDocument/publishDiagnostics"]
    check(versions == sorted(versions), "versions are published in order", versions)
    check(len(versions) < 60, "a burst is coalesced, not parsed 200 times", len(versions))
    check_eq(s.shutdown_and_exit(), 0, "exit code")


suite.run()
