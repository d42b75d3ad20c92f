#!/usr/bin/env python3
# test_faults.py - the world changes under an open session and drvls keeps serving: a file deleted
# or made unreadable while it is open (its buffer is what counts; a header that disappears is
# reported at its #include), compile_commands.json rewritten mid-session (the next parse uses the
# new flags, with or without a watched-file notification), and libclang crashing inside one file
# (simulated with the units module's fault switch DRVLS_FAULT_CRASH_FILE): that file gets the one
# diagnostic that says so, every other file is still parsed, checked and answered. Code nested past
# the parser's stack: parsed on drvls's big stack, or (past any stack) the crash contained in that
# file, also when the workspace index meets it at start. Edits holding a NUL character or a lone
# UTF-16 surrogate are applied, not dropped: later diagnostics land at the editor's positions.
# (The client vanishing is test_stdin_close.py; broken input is test_bad_input.py.)

import json
import os
import shlex
import shutil
import subprocess

from lspclient import (LspServer, Suite, check, check_eq, fmt_diags, frame, parse_args,
                       path_to_uri)
from sessionlib import copy_example, full_change, open_file, rule_diags, save
from smalldriver import position_of, small_driver

args = parse_args(__doc__ or "fault tests")
suite = Suite(args)

DIAG_TIMEOUT = 120.0
CRASH_MESSAGE = "libclang crashed while parsing this file"


def hover_answers(s, uri, line=0, character=0):
    """A hover request is answered (any result, no error)."""
    resp = s.request("textDocument/hover", {"textDocument": {"uri": uri},
                                            "position": {"line": line, "character": character}},
                     timeout=30)
    check("error" not in resp, "hover answered without error", resp)
    return resp.get("result")


def leak_findings(p):
    return rule_diags(p, "workitem-leak")


@suite.case
def file_deleted_while_open(ctx):
    d = copy_example(ctx)
    s = ctx.server()
    s.initialize(root=d)
    path = os.path.join(d, "adapter.c")
    uri, text = open_file(s, path)
    p = s.wait_diagnostics(uri, 1, timeout=DIAG_TIMEOUT, predicate=lambda p: leak_findings(p))
    check_eq(len(leak_findings(p)), 1, "workitem-leak finding before the delete")
    os.unlink(path)
    s.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": uri, "type": 3}]})
    # the buffer is what counts: an edit and a save are parsed and checked as before
    text2 = text + "\n/* edited after the file was deleted */\n"
    full_change(s, uri, 2, text2)
    save(s, uri)
    p = s.wait_diagnostics(uri, 2, timeout=DIAG_TIMEOUT, predicate=lambda p: leak_findings(p))
    check_eq(len(leak_findings(p)), 1, "workitem-leak finding after the delete")
    check(not [x for x in p["diagnostics"] if x.get("source") == "clang" and x["severity"] == 1],
          "no clang errors for a deleted file whose buffer is fine", fmt_diags(p["diagnostics"]))
    hover_answers(s, uri)
    # a fatal error (a missing header) and over 30 more errors, every one reported (no error limit),
    # then fixed again: the rules come back (libclang kept the fatal error of a main file that is
    # not on disk across reparses)
    broken = '#include "drvls_missing_header.h"\n' + text2.replace(
        "{", "{ undeclared_a; undeclared_b; undeclared_c; ", 12)
    full_change(s, uri, 3, broken)
    save(s, uri)
    p = s.wait_diagnostics(uri, 3, timeout=DIAG_TIMEOUT,
                           predicate=lambda p: len(p["diagnostics"]) >= 15)
    errors = [x for x in p["diagnostics"] if x.get("source") == "clang" and x["severity"] == 1]
    check(len(errors) > 30, "the fatal error and every other one reported (no error limit)",
          fmt_diags(p["diagnostics"]))
    full_change(s, uri, 4, text2)
    save(s, uri)
    p = s.wait_diagnostics(uri, 4, timeout=DIAG_TIMEOUT, predicate=lambda p: leak_findings(p))
    check_eq(len(leak_findings(p)), 1, "workitem-leak finding once the errors are fixed")
    # closing it clears its diagnostics and the server carries on
    mark = s.count()
    s.close_doc(uri)
    p = s.wait_diagnostics(uri, None, timeout=30, since=mark)
    check_eq(p["diagnostics"], [], "diagnostics cleared on close")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


def make_unreadable(path):
    """Make path unreadable to this process: chmod 000, or for root (which reads any mode) a
    directory in place of the file."""
    if os.geteuid() == 0:
        os.unlink(path)
        os.mkdir(path)
    else:
        os.chmod(path, 0)


@suite.case
def file_and_header_made_unreadable_while_open(ctx):
    d = copy_example(ctx)
    s = ctx.server()
    s.initialize(root=d)
    path = os.path.join(d, "adapter.c")
    uri, text = open_file(s, path)
    p = s.wait_diagnostics(uri, 1, timeout=DIAG_TIMEOUT, predicate=lambda p: leak_findings(p))
    make_unreadable(path)
    s.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": uri, "type": 2}]})
    text2 = text + "\n/* edited after the file became unreadable */\n"
    full_change(s, uri, 2, text2)
    save(s, uri)
    p = s.wait_diagnostics(uri, 2, timeout=DIAG_TIMEOUT, predicate=lambda p: leak_findings(p))
    check_eq(len(leak_findings(p)), 1, "workitem-leak finding from the buffer of an unreadable "
             "file")
    hover_answers(s, uri)
    # the header it includes becomes unreadable: one error at the #include line
    header = os.path.join(d, "mp.h")
    make_unreadable(header)
    s.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": path_to_uri(header),
                                                              "type": 2}]})
    full_change(s, uri, 3, text2 + "\n")
    save(s, uri)
    include_line = next(i for i, l in enumerate(text2.splitlines()) if '"mp.h"' in l)
    p = s.wait_diagnostics(uri, 3, timeout=DIAG_TIMEOUT, predicate=lambda p: [
        x for x in p["diagnostics"] if x["range"]["start"]["line"] == include_line])
    at_include = [x for x in p["diagnostics"]
                  if x["range"]["start"]["line"] == include_line and x["severity"] == 1]
    check(at_include and "mp.h" in at_include[0]["message"],
          "an error naming mp.h at its #include", fmt_diags(p["diagnostics"]))
    # the header comes back: the errors go
    if os.path.isdir(header):
        os.rmdir(header)
    else:
        os.unlink(header)
    shutil.copy(os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))), "examples", "ndis_miniport", "mp.h"), header)
    full_change(s, uri, 4, text2)
    save(s, uri)
    p = s.wait_diagnostics(uri, 4, timeout=DIAG_TIMEOUT, predicate=lambda p: leak_findings(p))
    check(not [x for x in p["diagnostics"] if x.get("source") == "clang" and x["severity"] == 1],
          "no clang errors once the header is back", fmt_diags(p["diagnostics"]))
    check_eq(s.shutdown_and_exit(), 0, "exit code")


MODE_SRC = """#if MODE_A
#error built in mode A
#else
#error built in mode B
#endif
int value;
"""


def compile_commands(d, define):
    entries = [{"directory": d, "file": os.path.join(d, "mode.c"),
                "arguments": ["clang", "-x", "c", "-std=c11", "-D" + define, "-c", "mode.c"]}]
    tmp = os.path.join(d, "compile_commands.json.tmp")
    with open(tmp, "w") as f:
        json.dump(entries, f)
    os.replace(tmp, os.path.join(d, "compile_commands.json"))


def mode_errors(p):
    return [x["message"] for x in p["diagnostics"] if "built in mode" in x["message"]]


@suite.case
def compile_commands_rewritten_mid_session(ctx):
    d = ctx.tempdir()
    path = ctx.write(d, "mode.c", MODE_SRC)
    compile_commands(d, "MODE_A=1")
    s = ctx.server()
    s.initialize(root=d)
    uri = path_to_uri(path)
    s.open(uri, MODE_SRC, 1)
    p = s.wait_diagnostics(uri, 1, timeout=DIAG_TIMEOUT, predicate=mode_errors)
    check_eq(mode_errors(p), ["built in mode A"], "first parse uses -DMODE_A=1")
    # rewritten, and the client says so: the open file is parsed again with the new flags
    compile_commands(d, "MODE_A=0")
    mark = s.count()
    s.notify("workspace/didChangeWatchedFiles", {"changes": [
        {"uri": path_to_uri(os.path.join(d, "compile_commands.json")), "type": 2}]})
    p = s.wait_diagnostics(uri, 1, timeout=DIAG_TIMEOUT, since=mark,
                           predicate=lambda p: mode_errors(p) == ["built in mode B"])
    # rewritten again, no notification: the next parse (an edit) reads the new flags
    compile_commands(d, "MODE_A=1")
    s.change(uri, 2, [{"range": {"start": {"line": 5, "character": 0},
                                 "end": {"line": 5, "character": 0}}, "text": "static "}])
    p = s.wait_diagnostics(uri, 2, timeout=DIAG_TIMEOUT, predicate=mode_errors)
    check_eq(mode_errors(p), ["built in mode A"], "the edit's parse uses the rewritten flags")
    # a compile database that is not JSON: the server falls back and keeps serving
    with open(os.path.join(d, "compile_commands.json"), "w") as f:
        f.write("[{ this is not json")
    s.change(uri, 3, [{"text": MODE_SRC}])
    p = s.wait_diagnostics(uri, 3, timeout=DIAG_TIMEOUT, predicate=lambda p: True)
    hover_answers(s, uri)
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def libclang_crash_in_one_file_leaves_the_others_served(ctx):
    d = ctx.tempdir()
    names = ["small0.c", "crashme1.c", "small2.c"]
    texts = {n: small_driver(i) for i, n in enumerate(names)}
    for n in names:
        ctx.write(d, n, texts[n])
    env = dict(os.environ, DRVLS_FAULT_CRASH_FILE="crashme")
    s = LspServer(ctx.args.server, env=env, cwd=d)
    ctx.servers.append(s)
    s.initialize(root=d)
    uris = {}
    for n in names:
        uris[n], _ = open_file(s, os.path.join(d, n))
    crashed = uris["crashme1.c"]
    others = [n for n in names if n != "crashme1.c"]

    def crash_only(p):
        return [x["message"][:len(CRASH_MESSAGE)] for x in p["diagnostics"]] == [CRASH_MESSAGE]

    p = s.wait_diagnostics(crashed, 1, timeout=DIAG_TIMEOUT, predicate=lambda p: p["diagnostics"])
    check_eq(len(p["diagnostics"]), 1, "exactly one diagnostic for the crashing file")
    msg = p["diagnostics"][0]
    check(CRASH_MESSAGE in msg["message"], "the diagnostic says libclang crashed", msg)
    check_eq(msg["severity"], 1, "the crash diagnostic is an error")
    check_eq(msg["range"]["start"], {"line": 0, "character": 0}, "at the top of the file")
    for n in others:
        p = s.wait_diagnostics(uris[n], 1, timeout=DIAG_TIMEOUT,
                               predicate=lambda p: leak_findings(p))
        check_eq(len(p["diagnostics"]), 1, "%s: its one workitem-leak finding" % n)
    # edits and saves go on: the crashing file keeps its one diagnostic, the others are checked
    for version in (2, 3):
        for n in names:
            full_change(s, uris[n], version, texts[n] + "\n" * version)
            save(s, uris[n])
        p = s.wait_diagnostics(crashed, version, timeout=DIAG_TIMEOUT, predicate=crash_only)
        for n in others:
            s.wait_diagnostics(uris[n], version, timeout=DIAG_TIMEOUT,
                               predicate=lambda p: leak_findings(p))
    line, character = position_of(texts["small0.c"], "NdisAllocateIoWorkItem")
    result = hover_answers(s, uris["small0.c"], line, character + 2)
    check(result and "SdKick0" in json.dumps(result), "hover in a healthy file describes the "
          "work item", result)
    hover_answers(s, crashed, line, character + 2)
    check(s.alive(), "the server is alive")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


DEEP_OK = "int deep_ok(int a){return " + "!" * 5000 + "a;}\n"
DEEP_CRASH = "int deep_crash(int a){return " + "!" * 3000000 + "a;}\n"


@suite.case
def code_nested_past_the_stack(ctx):
    d = ctx.tempdir()
    ctx.write(d, "small0.c", small_driver(0))
    ctx.write(d, "deep_ok.c", DEEP_OK)
    ctx.write(d, "deep_crash.c", DEEP_CRASH)
    # the abandoned parse leaks by design: a sanitizer build is told not to report leaks
    env = dict(os.environ)
    env["ASAN_OPTIONS"] = ":".join(filter(None, [env.get("ASAN_OPTIONS"), "detect_leaks=0"]))
    for round in ("first start", "restart over the same workspace"):
        s = LspServer(ctx.args.server, env=env, cwd=d)
        ctx.servers.append(s)
        s.initialize(root=d)  # the workspace index parses every file, the crashing one too
        uris = {n: open_file(s, os.path.join(d, n))[0]
                for n in ("deep_ok.c", "deep_crash.c", "small0.c")}
        p = s.wait_diagnostics(uris["deep_ok.c"], 1, timeout=DIAG_TIMEOUT,
                               predicate=lambda p: True)
        check_eq(p["diagnostics"], [], "%s: 5,000 nested operators parse clean" % round)
        p = s.wait_diagnostics(uris["deep_crash.c"], 1, timeout=DIAG_TIMEOUT,
                               predicate=lambda p: p["diagnostics"])
        check_eq(len(p["diagnostics"]), 1, "%s: one diagnostic for the file past any stack" % round)
        check("crashed" in p["diagnostics"][0]["message"], "it says the parser crashed",
              p["diagnostics"][0])
        p = s.wait_diagnostics(uris["small0.c"], 1, timeout=DIAG_TIMEOUT,
                               predicate=lambda p: leak_findings(p))
        check_eq(len(leak_findings(p)), 1, "%s: the other file's finding" % round)
        hover_answers(s, uris["small0.c"])
        check(s.alive(), "%s: the server is alive" % round)
        check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def fifo_in_the_workspace_index(ctx):
    # a FIFO listed in compile_commands.json and a cache entry that is a FIFO: the index never
    # blocks on them, the other file is checked, shutdown and exit end the server
    d = ctx.tempdir()
    path = ctx.write(d, "small0.c", small_driver(0))
    os.mkfifo(os.path.join(d, "fifo.c"))
    # the entries carry the flags drvls computes by default (the first line of `drvls flags`)
    out = subprocess.run([ctx.args.server, "flags", path], capture_output=True, text=True).stdout
    args = shlex.split(out.splitlines()[0])[:-1]
    ctx.write(d, "compile_commands.json", json.dumps(
        [{"directory": d, "file": f, "arguments": args + [f]} for f in ("fifo.c", "small0.c")]))
    for round in ("first start", "with a FIFO as a cache entry"):
        s = ctx.server()
        s.initialize(root=d)
        uri, _ = open_file(s, os.path.join(d, "small0.c"))
        p = s.wait_diagnostics(uri, 1, timeout=DIAG_TIMEOUT, predicate=lambda p: leak_findings(p))
        check_eq(len(leak_findings(p)), 1, "%s: the other file's finding" % round)
        check_eq(s.shutdown_and_exit(), 0, "%s: exit code" % round)
        cache = os.path.join(d, ".cache", "drvls")
        entries = [e for e in os.listdir(cache) if e.endswith(".dfc")] if os.path.isdir(cache) \
            else []
        for e in entries:
            os.unlink(os.path.join(cache, e))
            os.mkfifo(os.path.join(cache, e))


def raw_change(s, uri, version, line, character, text):
    """A didChange inserting text at (line, character), framed by hand: the client library encodes
    bodies as UTF-8, which a lone surrogate is not; the JSON escape is what editors send."""
    body = json.dumps({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
        "textDocument": {"uri": uri, "version": version},
        "contentChanges": [{"range": {"start": {"line": line, "character": character},
                                      "end": {"line": line, "character": character}},
                            "text": text}]}}, ensure_ascii=True)
    s.raw_write(frame(body.encode("ascii")))


@suite.case
def nul_and_lone_surrogate_edits(ctx):
    d = ctx.tempdir()
    text = small_driver(0)
    path = ctx.write(d, "small0.c", text)
    s = ctx.server()
    s.initialize(root=d)
    uri, _ = open_file(s, path)
    p = s.wait_diagnostics(uri, 1, timeout=DIAG_TIMEOUT, predicate=lambda p: leak_findings(p))
    leak_line = leak_findings(p)[0]["range"]["start"]["line"]
    # a comment holding a NUL and a lone surrogate, then code after them on the same line
    line0 = "/* \u0000 \ud800 */ int bad_here = undeclared_name;"
    raw_change(s, uri, 2, 0, 0, line0 + "\n")
    # a second edit after them on that line: it lands where the editor put it only if the server
    # kept the first edit and counts the surrogate as the editor does (one UTF-16 unit)
    raw_change(s, uri, 3, 0, line0.index("undeclared_name"), "also_")
    save(s, uri)

    def settled(p):
        return leak_findings(p) and [x for x in p["diagnostics"] if x.get("source") == "clang"]

    p = s.wait_diagnostics(uri, 3, timeout=DIAG_TIMEOUT, predicate=settled)
    errors = [x for x in p["diagnostics"] if x.get("source") == "clang" and x["severity"] == 1]
    check(len(errors) == 1, "one clang error: the undeclared name", fmt_diags(p["diagnostics"]))
    check("also_undeclared_name" in errors[0]["message"], "both edits applied", errors[0])
    check_eq(errors[0]["range"]["start"], {"line": 0, "character": line0.index("undeclared_name")},
             "the error at the editor's position")
    check_eq(leak_findings(p)[0]["range"]["start"]["line"], leak_line + 1,
             "the finding one line down")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


suite.run()
