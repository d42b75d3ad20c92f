#!/usr/bin/env python3
"""test_load.py - drvls under an editor's load: one session opens 1,000 generated driver files,
sends 10,000 edits and 1,000 saves across them with hovers interleaved (and code actions when the
server offers them), with initializationOptions {"maxOpenUnits": 8}. It checks that

  - every request is answered (a result, not an error) and the server stays up to a clean exit;
  - memory stays bounded by maxOpenUnits: the peak resident size of the whole session (VmHWM)
    stays within what eight units need, measured in the same run (see rss_bound below);
  - the final diagnostics of every file equal what a fresh server publishes for the same final
    texts.

The editing follows an editor's locality: four files are worked on at a time, each gets ten
edits (comments added, a comment removed, two changes in one notification, a leak fixed or a
syntax error made in some files) and then a save, and the window moves on; opens, edits and saves
all go through the eight-unit cache, so nearly every file's unit is evicted and re-created.

The generated files include a small local header with the few NDIS declarations they use, so a
parse costs milliseconds and the run measures drvls rather than clang reading the DDK headers
(--ddk includes <ndis.h> instead: the same session, many times slower).

usage: test_load.py --server build/drvls [--files 1000] [--edits 10000] [--saves 1000]
                    [--max-units 8] [--ddk] [--seed 9]
"""
import argparse
import os
import random
import shutil
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "lsp"))

from lspclient import LspError, LspServer, path_to_uri  # noqa: E402
from smalldriver import position_of, small_driver  # noqa: E402

MINI_HEADER = """/* sd.h - the few NDIS declarations the generated load-test drivers use. */
#pragma once
typedef void VOID, *PVOID;
typedef unsigned char BOOLEAN;
typedef unsigned long ULONG;
typedef void *NDIS_HANDLE;
typedef VOID NDIS_IO_WORKITEM_FUNCTION(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle);
typedef NDIS_IO_WORKITEM_FUNCTION *NDIS_IO_WORKITEM_ROUTINE;
NDIS_HANDLE NdisAllocateIoWorkItem(NDIS_HANDLE NdisObjectHandle);
VOID NdisQueueIoWorkItem(NDIS_HANDLE NdisIoWorkItemHandle, NDIS_IO_WORKITEM_ROUTINE Routine,
                         PVOID WorkItemContext);
VOID NdisFreeIoWorkItem(NDIS_HANDLE NdisIoWorkItemHandle);
#define NULL ((void *)0)
"""

WINDOW = 4          # files edited at a time
QUIET = 3.0         # seconds without a publication that mean the server has caught up


class Failed(Exception):
    pass


def check(cond, what):
    if not cond:
        raise Failed(what)


def sanitized(pid):
    """Whether the server runs with AddressSanitizer (its quarantine keeps up to 256 MB of freed
    memory resident, so resident size says nothing about what the server holds)."""
    try:
        with open("/proc/%d/maps" % pid) as f:
            return "libasan" in f.read()
    except OSError:
        return False


def status_kb(pid, field):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


# ---------------------------------------------------------------------------- the texts

def generate(d, n, ddk):
    """n driver files in d (and the mini header unless ddk); returns [(path, text)]."""
    if not ddk:
        with open(os.path.join(d, "sd.h"), "w") as f:
            f.write(MINI_HEADER)
    files = []
    for i in range(n):
        text = small_driver(i)
        if not ddk:
            text = text.replace("#include <ndis.h>", '#include "sd.h"')
        path = os.path.join(d, "small%04d.c" % i)
        with open(path, "w") as f:
            f.write(text)
        files.append((path, text))
    return files


def offset(text, line, character):
    """Byte offset of an LSP position in ASCII text with \\n line ends."""
    start = 0
    for _ in range(line):
        start = text.index("\n", start) + 1
    return start + character


def apply(text, change):
    r = change["range"]
    a = offset(text, r["start"]["line"], r["start"]["character"])
    b = offset(text, r["end"]["line"], r["end"]["character"])
    return text[:a] + change["text"] + text[b:]


def insert_at(line, character, s):
    pos = {"line": line, "character": character}
    return {"range": {"start": pos, "end": pos}, "text": s}


def line_end(text, line):
    return len(text.split("\n")[line])


def edits_for(text, k, rng):
    """The k-th edit (0..9) of a file's burst: the content changes of one didChange.
    Ends of lines get comments; edit 8 fixes the leak, breaks the syntax or adds a comment;
    edit 9 removes the comment edit 0 added; edit 5 sends two changes at once."""
    lines = text.split("\n")
    if k == 8:
        roll = rng.random()
        if roll < 0.3 and "NdisQueueIoWorkItem(" in text:
            line, _ = position_of(text, "NdisQueueIoWorkItem(")
            return [insert_at(line, line_end(text, line),
                              " else NdisFreeIoWorkItem(WorkItem);")]
        if roll < 0.45:
            line, _ = position_of(text, "Adapter->Count++;")
            return [insert_at(line, line_end(text, line), " int broken = ;")]
    if k == 9 and "/*e0*/" in text:
        line, character = position_of(text, "/*e0*/")
        return [{"range": {"start": {"line": line, "character": character},
                           "end": {"line": line, "character": character + 6}}, "text": ""}]
    count = 2 if k == 5 else 1
    changes, t = [], text
    for c in range(count):
        line = rng.randrange(2, len(lines) - 1)
        ch = insert_at(line, line_end(t, line), "/*e%d*/" % k if c == 0 else " ")
        changes.append(ch)
        t = apply(t, ch)
    return changes


# ---------------------------------------------------------------------------- the session

def norm(diags):
    """Diagnostics without what legitimately differs between two servers (nothing, today),
    sorted, as comparable tuples."""
    out = []
    for d in diags:
        r = d["range"]
        out.append((r["start"]["line"], r["start"]["character"], r["end"]["line"],
                    r["end"]["character"], d.get("severity"), d.get("source"), d.get("code"),
                    d.get("message"),
                    tuple((x["location"]["range"]["start"]["line"],
                           x["location"]["range"]["start"]["character"], x["message"])
                          for x in d.get("relatedInformation") or [])))
    return sorted(out, key=repr)


def wait_quiet(s, uris_versions, timeout):
    """Wait until every uri has a publication for its version and then nothing was published
    for QUIET seconds. Returns {uri: diagnostics of the last publication for its version}."""
    deadline = time.monotonic() + timeout
    while True:
        last = {}
        msgs = s.messages_snapshot()
        for m in msgs:
            if m.get("method") != "textDocument/publishDiagnostics":
                continue
            p = m["params"]
            if uris_versions.get(p["uri"]) == p.get("version"):
                last[p["uri"]] = p["diagnostics"]
        n_before = len(msgs)
        if len(last) == len(uris_versions):
            time.sleep(QUIET)
            if s.count() == n_before:
                return last
        elif time.monotonic() > deadline:
            missing = [u for u in uris_versions if u not in last]
            seen = {}
            for m in msgs:
                if m.get("method") == "textDocument/publishDiagnostics":
                    seen.setdefault(m["params"]["uri"], []).append(m["params"].get("version"))
            raise Failed("no diagnostics for the final version of %d files within %.0f s: %s"
                         % (len(missing), timeout, "; ".join(
                             "%s wants version %s, got %s" % (os.path.basename(u),
                                                              uris_versions[u], seen.get(u))
                             for u in missing[:5])))
        else:
            time.sleep(0.5)
        check(s.alive(), "the server died")


class Sampler(threading.Thread):
    """Samples the server's VmRSS every 0.2 s (VmHWM gives the exact peak at the end)."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid = pid
        self.samples = []
        self.stop = False

    def run(self):
        while not self.stop:
            v = status_kb(self.pid, "VmRSS")
            if v is None:
                return
            self.samples.append((time.monotonic(), v))
            time.sleep(0.2)


def run_session(args, files, rng):
    s = LspServer(args.server, ["--log=error"])
    stats = {}
    try:
        caps = s.initialize(root=None, init_options={"maxOpenUnits": args.max_units},
                            timeout=60)["capabilities"]
        code_actions = bool(caps.get("codeActionProvider"))
        sampler = Sampler(s.proc.pid)
        sampler.start()
        rss0 = status_kb(s.proc.pid, "VmRSS")
        stats["asan"] = sanitized(s.proc.pid)
        t0 = time.monotonic()
        texts = {path_to_uri(p): t for p, t in files}
        uris = list(texts)
        versions = {u: 1 for u in uris}
        pending = []           # request ids not yet checked
        requests = {"hover": 0, "codeAction": 0}

        def ask(uri):
            line, character = position_of(texts[uri], "NdisAllocateIoWorkItem")
            pending.append(s.send_request("textDocument/hover", {
                "textDocument": {"uri": uri},
                "position": {"line": line, "character": character + 3}}))
            requests["hover"] += 1
            if code_actions:
                pos = {"line": line, "character": character}
                pending.append(s.send_request("textDocument/codeAction", {
                    "textDocument": {"uri": uri}, "range": {"start": pos, "end": pos},
                    "context": {"diagnostics": []}}))
                requests["codeAction"] += 1

        def collect(limit):
            """Check the answers to the oldest requests (keeps the pipeline short)."""
            while len(pending) > limit:
                rid = pending.pop(0)
                resp = s.wait_response(rid, timeout=300)
                if "error" in resp:
                    raise Failed("request %r answered with an error: %r" % (rid, resp["error"]))
                check("result" in resp, "request %r: no result" % rid)

        # the first eight files open: the unit cache is full; its cost per unit is measured
        first = uris[:args.max_units]
        for u in first:
            s.open(u, texts[u], 1)
        for u in first:
            s.wait_diagnostics(u, 1, timeout=300, predicate=lambda p: p["diagnostics"])
        time.sleep(1.0)
        rss_full = status_kb(s.proc.pid, "VmRSS")
        edits = saves = 0
        per_file = max(1, args.edits // len(uris))
        window = []
        queue = list(uris)
        opened = set(first)
        open_list = list(first)
        while queue or window:
            while len(window) < WINDOW and queue:
                u = queue.pop(0)
                if u not in opened:
                    s.open(u, texts[u], 1)
                    opened.add(u)
                    open_list.append(u)
                window.append([u, 0])
            item = window[rng.randrange(len(window))]
            u, k = item
            if k < per_file and edits < args.edits:
                changes = edits_for(texts[u], k % 10, rng)
                for ch in changes:
                    texts[u] = apply(texts[u], ch)
                versions[u] += 1
                s.change(u, versions[u], changes)
                edits += 1
                item[1] += 1
                if edits % 10 == 0:
                    ask(open_list[rng.randrange(len(open_list))])
                    collect(8)
            else:
                if saves < args.saves:
                    s.notify("textDocument/didSave", {"textDocument": {"uri": u}})
                    saves += 1
                    ask(u)
                window.remove(item)
        collect(0)
        stats["send_s"] = time.monotonic() - t0
        final = wait_quiet(s, versions, timeout=args.settle)
        stats["session_s"] = time.monotonic() - t0
        sampler.stop = True
        stats.update(rss0=rss0, rss_full=rss_full, hwm=status_kb(s.proc.pid, "VmHWM"),
                     rss_end=status_kb(s.proc.pid, "VmRSS"), edits=edits, saves=saves,
                     opened=len(opened), requests=requests, code_actions=code_actions,
                     samples=sampler.samples)
        check(s.shutdown_and_exit(timeout=120) == 0, "exit code after shutdown")
        return final, texts, stats
    except (LspError, Failed) as e:
        tail = s.stderr_tail(20)
        raise Failed("%s\nserver stderr tail:\n%s" % (e, tail))
    finally:
        s.kill()


def fresh_diagnostics(args, d, texts):
    """What a fresh server publishes for the final texts (each opened once, then saved)."""
    for uri, text in texts.items():
        path = uri[len("file://"):]
        with open(path, "w") as f:
            f.write(text)
    s = LspServer(args.server, ["--log=error"])
    try:
        s.initialize(root=None, init_options={"maxOpenUnits": args.max_units}, timeout=60)
        for uri, text in texts.items():
            s.open(uri, text, 1)
            s.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
        final = wait_quiet(s, {u: 1 for u in texts}, timeout=args.settle)
        check(s.shutdown_and_exit(timeout=120) == 0, "fresh server exit code")
        return final
    except (LspError, Failed) as e:
        raise Failed("fresh server: %s\n%s" % (e, s.stderr_tail(20)))
    finally:
        s.kill()


def rss_bound(stats, n_files):
    """The peak the session may reach. Units are the only memory that grows with the files a
    session has seen; everything else (documents, findings, facts: a few kB per file) is small.
    per_unit is measured from the first eight opens (rss_full - rss0) / 8. The bound is the
    eight-unit resident size plus four more units' worth of slack for units being replaced while
    a parse runs (a unit is freed when its job checks it back in) and allocator fragmentation,
    plus 64 MB and 64 kB per file for the documents, facts and findings of all files. Without
    the LRU bound the session would hold one unit per file: rss0 + n_files * per_unit."""
    per_unit = max(1, (stats["rss_full"] - stats["rss0"]) // 8)
    bound = stats["rss_full"] + 4 * per_unit + 64 * 1024 + 64 * n_files
    unbounded = stats["rss0"] + n_files * per_unit
    return bound, per_unit, unbounded


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--server", required=True)
    ap.add_argument("--fixtures", default=None, help="(unused; for the ctest command line)")
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--edits", type=int, default=10000)
    ap.add_argument("--saves", type=int, default=1000)
    ap.add_argument("--max-units", type=int, default=8)
    ap.add_argument("--ddk", action="store_true", help="include <ndis.h> (much slower)")
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--settle", type=float, default=900.0,
                    help="seconds the server may take to publish every file's final version")
    args = ap.parse_args()
    args.server = os.path.abspath(args.server)
    rng = random.Random(args.seed)
    d = tempfile.mkdtemp(prefix="drvls-load-")
    t0 = time.monotonic()
    try:
        files = generate(d, args.files, args.ddk)
        final, texts, st = run_session(args, files, rng)
        bound, per_unit, unbounded = rss_bound(st, args.files)
        print("session: %d files opened, %d edits, %d saves, %d hovers, %d code actions in "
              "%.1f s (%.1f s sending)" % (st["opened"], st["edits"], st["saves"],
                                           st["requests"]["hover"], st["requests"]["codeAction"],
                                           st["session_s"], st["send_s"]))
        print("memory: %d kB at start, %d kB with %d units, about %d kB per unit; peak %d kB "
              "(bound %d kB; one unit per file would be about %d kB); %d kB at the end"
              % (st["rss0"], st["rss_full"], args.max_units, per_unit, st["hwm"], bound,
                 unbounded, st["rss_end"]))
        check(st["edits"] == args.edits and st["saves"] == args.saves,
              "all edits and saves sent")
        if st["asan"]:
            print("memory: not checked, the server runs under AddressSanitizer")
        else:
            check(st["hwm"] <= bound, "peak RSS %d kB over the bound %d kB" % (st["hwm"], bound))
        with_findings = sum(1 for v in final.values() if any(x.get("source") == "drvls"
                                                             for x in v))
        with_errors = sum(1 for v in final.values() if any(x.get("severity") == 1 for x in v))
        print("final: %d files with rule findings, %d with errors, %d clean"
              % (with_findings, with_errors, len(final) - with_findings - with_errors))
        check(with_findings and with_errors, "the final texts include leaks and errors")
        t1 = time.monotonic()
        fresh = fresh_diagnostics(args, d, texts)
        print("fresh server: %d files in %.1f s" % (len(fresh), time.monotonic() - t1))
        differ = [u for u in texts if norm(final[u]) != norm(fresh[u])]
        for u in differ[:5]:
            print("  %s\n    session: %r\n    fresh:   %r" % (u, norm(final[u]), norm(fresh[u])))
        check(not differ, "%d files end with diagnostics other than a fresh server's"
              % len(differ))
        print("PASS load (%.0f s)" % (time.monotonic() - t0))
        return 0
    except Failed as e:
        print("FAIL load (%.0f s): %s" % (time.monotonic() - t0, e))
        return 1
    finally:
        shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
