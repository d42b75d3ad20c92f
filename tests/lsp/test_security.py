#!/usr/bin/env python3
# test_security.py - what a hostile workspace or a careless client cannot make drvls do:
#   - read a file outside the workspace that the client did not open: requests and notifications
#     naming such a file, a watched-file change for it and a compile database listing it are all
#     answered or ignored without touching it (each such file is a FIFO here: opening one for
#     reading blocks until a writer comes, so any attempt shows as a reader we can detect);
#   - load code through compile flags: -fplugin=, -fpass-plugin=, -Xclang -load, -Xpreprocessor
#     -load and -Wp,-load from compile_commands.json, compile_flags.txt or .drvls.json's
#     extraFlags never reach libclang (a real plug-in that would leave a marker file), in a
#     session, in `drvls --check` and in `drvls lint`;
#   - spawn a process: no system(), popen(), exec*(), fork() or posix_spawn() in protocol/,
#     server/ or analysis/, and no child process during a session;
#   - write a file lint did not analyse: `drvls lint --fix` changes only the files it was given.

import errno
import json
import os
import re
import shutil
import subprocess
import time

from lspclient import (LspError, Suite, check, check_eq, fmt_diags, parse_args, path_to_uri)
from sessionlib import open_file, rule_diags, save
from smalldriver import position_of, small_driver

args = parse_args(__doc__ or "security tests")
suite = Suite(args)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DIAG_TIMEOUT = 120.0


# ------------------------------------------------------------------ files outside the workspace

def fifo_reader(path):
    """True when some process holds the FIFO open for reading (or is blocked opening it). The
    check also releases such a reader: it sees end of file at once."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as e:
        if e.errno == errno.ENXIO:
            return False
        raise
    os.close(fd)
    return True


class Outside:
    """A directory outside the workspace holding trap files (FIFOs) the server must not read."""

    def __init__(self, ctx, names):
        self.dir = ctx.tempdir()
        self.paths = {}
        for n in names:
            p = os.path.join(self.dir, n)
            os.mkfifo(p)
            self.paths[n] = p

    def uri(self, name):
        return path_to_uri(self.paths[name])

    def check_untouched(self, what, settle=0.0):
        """Fail if any trap is being read now, or becomes so within settle seconds."""
        deadline = time.monotonic() + settle
        while True:
            readers = [n for n, p in self.paths.items() if fifo_reader(p)]
            check(not readers, "%s: the server read %s outside the workspace" % (what, readers))
            if time.monotonic() >= deadline:
                return
            time.sleep(0.1)


def workspace_with_open_file(ctx, s):
    """A workspace root with one file, opened and diagnosed; returns (root, uri, text) and sets
    s.caps to the server's capabilities."""
    root = ctx.tempdir()
    text = small_driver(0)
    path = ctx.write(root, "inside.c", text)
    s.caps = s.initialize(root=root).get("capabilities", {})
    uri, _ = open_file(s, path)
    s.wait_diagnostics(uri, 1, timeout=DIAG_TIMEOUT, predicate=lambda p: rule_diags(p))
    return root, uri, text


def answered(s, uri, what):
    """The server still answers in order: a hover on the open file comes back."""
    try:
        resp = s.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                "position": {"line": 0, "character": 0}},
                         timeout=30)
    except LspError as e:
        raise LspError("after %s: %s" % (what, e))
    check("error" not in resp, "hover after %s" % what, resp)


@suite.case
def requests_naming_unopened_outside_files_do_not_read_them(ctx):
    out = Outside(ctx, ["secret.c", "secret.h"])
    s = ctx.server()
    root, uri, _ = workspace_with_open_file(ctx, s)
    caps = s.caps
    secret = out.uri("secret.c")
    td = {"textDocument": {"uri": secret}}
    pos = {"line": 0, "character": 0}
    probes = [
        ("hover", "textDocument/hover", dict(td, position=pos), True),
        ("didSave", "textDocument/didSave", td, False),
        ("didSave with text", "textDocument/didSave", dict(td, text="int x;\n"), False),
        ("didChange", "textDocument/didChange",
         {"textDocument": {"uri": secret, "version": 2},
          "contentChanges": [{"range": {"start": pos, "end": pos}, "text": "x"}]}, False),
        ("didClose", "textDocument/didClose", td, False),
        ("header hover", "textDocument/hover",
         {"textDocument": {"uri": out.uri("secret.h")}, "position": pos}, True),
    ]
    if caps.get("codeActionProvider"):
        probes.append(("codeAction", "textDocument/codeAction",
                       dict(td, range={"start": pos, "end": pos}, context={"diagnostics": []}),
                       True))
    if caps.get("definitionProvider"):
        probes.append(("definition", "textDocument/definition", dict(td, position=pos), True))
    for what, method, params, is_request in probes:
        if is_request:
            resp = s.request(method, params, timeout=30)
            check("result" in resp or "error" in resp, "%s answered" % what, resp)
            check(not resp.get("result"), "%s of an unopened outside file answers nothing"
                  % what, resp)
        else:
            s.notify(method, params)
        answered(s, uri, what)
        out.check_untouched(what)
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def watched_file_changes_outside_the_root_are_not_indexed(ctx):
    out = Outside(ctx, ["secret.c", "secret.h"])
    s = ctx.server()
    root, uri, _ = workspace_with_open_file(ctx, s)
    for kind in (1, 2):
        s.notify("workspace/didChangeWatchedFiles", {"changes": [
            {"uri": out.uri("secret.c"), "type": kind},
            {"uri": out.uri("secret.h"), "type": kind}]})
        answered(s, uri, "didChangeWatchedFiles type %d" % kind)
        out.check_untouched("didChangeWatchedFiles type %d" % kind, settle=3.0)
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def compile_database_entries_outside_the_root_are_not_indexed(ctx):
    out = Outside(ctx, ["secret.c"])
    root = ctx.tempdir()
    inside = ctx.write(root, "inside.c", small_driver(0))
    entries = [{"directory": root, "file": inside, "arguments": ["clang", "-c", inside]},
               {"directory": out.dir, "file": out.paths["secret.c"],
                "arguments": ["clang", "-c", out.paths["secret.c"]]},
               {"directory": root, "file": "../" + os.path.basename(out.dir) + "/secret.c",
                "arguments": ["clang", "-c", "secret.c"]}]
    with open(os.path.join(root, "compile_commands.json"), "w") as f:
        json.dump(entries, f)
    s = ctx.server()
    s.initialize(root=root)
    # the index runs at initialized: wait for its end, watching the trap all along
    deadline = time.monotonic() + DIAG_TIMEOUT
    ended = False
    while not ended and time.monotonic() < deadline:
        out.check_untouched("indexing the compile database")
        try:
            m = s.wait_for_notification("$/progress", timeout=0.5)
            ended = m["params"]["value"].get("kind") == "end"
        except LspError:
            pass
    check(ended, "the index ran to its end")
    out.check_untouched("after indexing", settle=1.0)
    resp = s.request("workspace/executeCommand", {"command": "drvls.lintWorkspace",
                                                  "arguments": []}, timeout=DIAG_TIMEOUT)
    check("error" not in resp, "lintWorkspace answered", resp)
    published = [m["params"]["uri"] for m in s.messages_snapshot()
                 if m.get("method") == "textDocument/publishDiagnostics"]
    check(not [u for u in published if os.path.basename(out.dir) in u],
          "nothing published for files outside the root", published)
    out.check_untouched("lintWorkspace")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def an_outside_file_the_client_opens_is_served(ctx):
    s = ctx.server()
    root, uri, _ = workspace_with_open_file(ctx, s)
    elsewhere = ctx.tempdir()
    text = small_driver(7)
    path = ctx.write(elsewhere, "opened.c", text)
    ouri, _ = open_file(s, path)
    p = s.wait_diagnostics(ouri, 1, timeout=DIAG_TIMEOUT, predicate=lambda p: rule_diags(p))
    check_eq(len(rule_diags(p, "workitem-leak")), 1, "the opened outside file is checked")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


# ------------------------------------------------------------------ flags that load code

PLUGIN_SRC = r"""
#include <fcntl.h>
#include <unistd.h>
__attribute__((constructor)) static void drvls_test_plugin_loaded(void) {
    int fd = open("%s", O_CREAT | O_WRONLY, 0644);
    if (fd >= 0)
        close(fd);
}
"""


def build_plugin(ctx, d):
    """A shared object that leaves d/LOADED behind when anything loads it. Returns (so path,
    marker path), or a path that does not exist when no C compiler is at hand (then a leak shows
    as clang's "unable to load plugin" error instead)."""
    marker = os.path.join(d, "LOADED")
    so = os.path.join(d, "plugin.so")
    cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if cc:
        src = ctx.write(d, "plugin_src.c", PLUGIN_SRC % marker)
        res = subprocess.run([cc, "-shared", "-fPIC", "-o", so, src], capture_output=True)
        if res.returncode != 0:
            so = os.path.join(d, "missing-plugin.so")
    else:
        so = os.path.join(d, "missing-plugin.so")
    return so, marker


def plugin_flag_sets(so):
    return [["-fplugin=" + so], ["-fpass-plugin=" + so], ["-Xclang", "-load", "-Xclang", so],
            ["-Xpreprocessor", "-load", "-Xpreprocessor", so], ["-Wp,-load," + so],
            ["-Xclang", "-add-plugin", "-Xclang", "evil"], ["-Xclang", "-fplugin=" + so]]


def no_plugin_in(command, so, what):
    check(so not in command and "-load" not in command and "plugin" not in command,
          "%s: plug-in flags reach libclang" % what, command)


def check_command(server, path, so, what):
    res = subprocess.run([server, "--check", path], capture_output=True, text=True, timeout=120)
    command = next((l for l in res.stdout.splitlines() if l.startswith("command:")), None)
    check(command is not None, "%s: drvls --check prints the command" % what, res.stdout,
          res.stderr)
    no_plugin_in(command, so, what)
    check("unable to load plugin" not in res.stdout + res.stderr, "%s: a plug-in was loaded"
          % what, res.stdout)


@suite.case
def plugin_flags_from_compile_commands_never_load(ctx):
    d = ctx.tempdir()
    so, marker = build_plugin(ctx, d)
    text = small_driver(1)
    sets = plugin_flag_sets(so)
    entries = []
    for i, flags in enumerate(sets):
        path = ctx.write(d, "f%d.c" % i, text.replace("SdKick1", "SdKick1_%d" % i))
        entries.append({"directory": d, "file": path,
                        "arguments": ["clang"] + flags + ["-DPLUGIN_CASE=%d" % i, "-c", path]})
    with open(os.path.join(d, "compile_commands.json"), "w") as f:
        json.dump(entries, f)
    for i, flags in enumerate(sets):
        check_command(args.server, os.path.join(d, "f%d.c" % i), so, " ".join(flags))
    check(not os.path.exists(marker), "drvls --check loaded the plug-in")
    res = subprocess.run([args.server, "lint", "-q", "-j2", "-p", d], capture_output=True,
                         text=True, timeout=300)
    check(res.returncode in (0, 1), "lint ran", res.returncode, res.stdout[-500:], res.stderr)
    check("unable to load plugin" not in res.stdout + res.stderr, "lint: a plug-in was loaded",
          res.stdout[-500:])
    check(not os.path.exists(marker), "drvls lint loaded the plug-in")
    s = ctx.server()
    s.initialize(root=d)
    for i in range(len(sets)):
        uri, _ = open_file(s, os.path.join(d, "f%d.c" % i))
        p = s.wait_diagnostics(uri, 1, timeout=DIAG_TIMEOUT)
        check(not [x for x in p["diagnostics"] if "plugin" in x["message"]],
              "no plug-in diagnostics", fmt_diags(p["diagnostics"]))
    check(not os.path.exists(marker), "the server loaded the plug-in")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def plugin_flags_from_flags_file_and_settings_never_load(ctx):
    d = ctx.tempdir()
    so, marker = build_plugin(ctx, d)
    sets = plugin_flag_sets(so)
    with open(os.path.join(d, "compile_flags.txt"), "w") as f:
        f.write("\n".join(sets[2] + sets[4]) + "\n")
    with open(os.path.join(d, ".drvls.json"), "w") as f:
        json.dump({"extraFlags": sets[0] + sets[3]}, f)
    path = ctx.write(d, "x.c", "int x;\n")
    check_command(args.server, path, so, "compile_flags.txt")
    s = ctx.server()
    s.initialize(root=d, init_options={"extraFlags": sets[1] + sets[6]})
    uri, _ = open_file(s, path)
    p = s.wait_diagnostics(uri, 1, timeout=DIAG_TIMEOUT)
    check(not [x for x in p["diagnostics"] if "plugin" in x["message"]],
          "no plug-in diagnostics", fmt_diags(p["diagnostics"]))
    check(not os.path.exists(marker), "the server loaded the plug-in")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


# ------------------------------------------------------------------ no process is spawned

SPAWN = re.compile(r"\b(system|popen|execl|execlp|execle|execv|execvp|execvpe|fexecve|"
                   r"posix_spawnp?|fork|vfork|clone|uv_spawn)\s*\(")


def strip_comments_and_strings(src):
    """C source with comments, string and character literals blanked (line numbers kept)."""
    out, i, n = [], 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", src[i:j]))
            i = j
        elif src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and src[j] != c and src[j] != "\n":
                j += 2 if src[j] == "\\" else 1
            out.append(c + " " * (min(j, n) - i - 1) + (c if j < n else ""))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


@suite.case
def no_process_spawning_calls_in_the_sources(ctx):
    found, scanned = [], 0
    for top in ("protocol", "server", "analysis"):
        for d, _, files in os.walk(os.path.join(ROOT, top)):
            for name in files:
                if not name.endswith((".c", ".h")):
                    continue
                path = os.path.join(d, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    code = strip_comments_and_strings(f.read())
                scanned += 1
                for m in SPAWN.finditer(code):
                    line = code.count("\n", 0, m.start()) + 1
                    found.append("%s:%d: %s(" % (os.path.relpath(path, ROOT), line, m.group(1)))
    check(scanned > 20, "sources scanned", scanned)
    check(not found, "process-spawning calls", *found)
    # the scanner itself sees a call through the comment and string stripping
    probe = strip_comments_and_strings('/* system( */ x = "popen(" ; y = system ("ls");')
    check_eq([m.group(1) for m in SPAWN.finditer(probe)], ["system"], "scanner self-check")


def children_of(pid):
    kids = []
    try:
        for tid in os.listdir("/proc/%d/task" % pid):
            with open("/proc/%d/task/%s/children" % (pid, tid)) as f:
                kids += f.read().split()
    except OSError:
        pass
    return kids


@suite.case
def no_child_process_during_a_session(ctx):
    s = ctx.server()
    root, uri, text = workspace_with_open_file(ctx, s)
    seen = []
    line, character = position_of(text, "NdisAllocateIoWorkItem")
    for v in range(2, 6):
        s.change(uri, v, [{"text": text + "\n" * v}])
        save(s, uri)
        s.request("textDocument/hover", {"textDocument": {"uri": uri},
                                         "position": {"line": line, "character": character}})
        seen += children_of(s.proc.pid)
        s.wait_diagnostics(uri, v, timeout=DIAG_TIMEOUT, predicate=lambda p: rule_diags(p))
        seen += children_of(s.proc.pid)
    s.request("workspace/executeCommand", {"command": "drvls.lintWorkspace", "arguments": []},
              timeout=DIAG_TIMEOUT)
    seen += children_of(s.proc.pid)
    check(not seen, "the server started child processes", seen)
    check_eq(s.shutdown_and_exit(), 0, "exit code")


# ------------------------------------------------------------------ lint --fix

def snapshot(d):
    out = {}
    for dirpath, _, files in os.walk(d):
        for name in files:
            p = os.path.join(dirpath, name)
            st = os.stat(p)
            with open(p, "rb") as f:
                out[os.path.relpath(p, d)] = (f.read(), st.st_mtime_ns, st.st_ino)
    return out


@suite.case
def lint_fix_writes_only_the_files_it_analysed(ctx):
    lint_help = subprocess.run([args.server, "lint", "--help"], capture_output=True, text=True)
    if "--fix" not in lint_help.stdout + lint_help.stderr:
        print("  (drvls lint has no --fix yet: nothing to check)")
        return
    d = ctx.tempdir()
    fixture = os.path.join(ROOT, "tests", "fixtures", "rules")
    # the rule fixtures' positive cases made of several files, and the first positive case of
    # each rule, each in its own directory, plus bystanders
    cases = []
    for rule in sorted(os.listdir(fixture)):
        rdir = os.path.join(fixture, rule)
        if not os.path.isdir(rdir):
            continue
        first = True
        for case in sorted(os.listdir(rdir)):
            src = os.path.join(rdir, case)
            if not case.startswith("pos_") or not os.path.isdir(src):
                continue
            if first or len(os.listdir(src)) > 1:
                shutil.copytree(src, os.path.join(d, rule, case))
                cases.append(os.path.join(d, rule, case))
            first = False
    check(cases, "fixtures copied")
    ctx.write(d, "bystander/untouched.c", small_driver(3))
    ctx.write(d, "bystander/notes.txt", "not a source\n")
    before = snapshot(d)
    # analyse one source of each case: fixes in its other files must be left alone
    given = []
    for c in cases:
        sources = sorted(n for n in os.listdir(c) if n.endswith(".c"))
        given.append(os.path.join(c, sources[0]))
    res = subprocess.run([args.server, "lint", "--fix", "-q", "-j2"] + given,
                         capture_output=True, text=True, timeout=600)
    check(res.returncode in (0, 1), "lint --fix ran", res.returncode, res.stdout[-800:],
          res.stderr[-800:])
    after = snapshot(d)
    check_eq(sorted(after), sorted(before), "no file created or removed")
    given_rel = {os.path.relpath(p, d) for p in given}
    changed = [n for n in before if after[n] != before[n]]
    check(changed, "lint --fix changed something (the fixtures have fixes)")
    outside = [n for n in changed if n not in given_rel]
    check(not outside, "lint --fix wrote files it did not analyse", outside)
    # and the dry run writes nothing at all
    before = after
    res = subprocess.run([args.server, "lint", "--fix-dry-run", "-q", "-j2"] + given,
                         capture_output=True, text=True, timeout=600)
    check_eq(snapshot(d), before, "--fix-dry-run changed files")


suite.run()
