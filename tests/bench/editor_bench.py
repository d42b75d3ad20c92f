#!/usr/bin/env python3
"""editor_bench.py - drvls next to clangd in the same run, as an editor sees them.

Both servers get the same compile flags (a compile_flags.txt holding the command drvls would use,
so neither guesses) and the same files:
  - open -> first diagnostics, and save -> diagnostics, on a generated 2,000-line miniport file
    with real DDK headers: median and p90 over RUNS saves. A "save" is an edit (a comment appended
    to the last line) followed by didSave; drvls answers with clang's diagnostics and its rules,
    clangd with its diagnostics for that version.
  - resident memory with 20 files open (VmRSS of the server process once every file has had its
    diagnostics).
  - indexing a 50-file driver workspace (drvls: from initialized to the end of $/progress),
    cold, then warm from the on-disk cache the first run left.

usage: editor_bench.py [--drvls build/drvls] [--clangd clangd] [--runs 30]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "lsp"))

from lspclient import LspServer, path_to_uri  # noqa: E402


def generate(outdir, lines, one_file=False, files=0):
    cmd = [sys.executable, os.path.join(HERE, "gen_driver.py"), outdir, "--lines", str(lines),
           "--files", str(files)]
    subprocess.run(cmd + (["--one-file"] if one_file else []), check=True,
                   stdout=subprocess.DEVNULL)


def write_flags(drvls, directory, sample):
    """compile_flags.txt with the command drvls uses for sample (one argument per line)."""
    out = subprocess.run([drvls, "--check", sample], capture_output=True, text=True).stdout
    command = next(l for l in out.splitlines() if l.startswith("command:"))
    args = command[len("command:"):].split()
    with open(os.path.join(directory, "compile_flags.txt"), "w") as f:
        f.write("\n".join(args) + "\n")


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def start(cmd, root):
    s = LspServer(cmd[0], cmd[1:], cwd=root)
    s.initialize(root=root, capabilities={
        "textDocument": {"publishDiagnostics": {"versionSupport": True},
                         "synchronization": {"didSave": True}},
        "window": {"workDoneProgress": True}})
    return s


def latency(cmd, path, runs):
    """(open seconds, [save seconds...]) for one server on one file."""
    root = os.path.dirname(path)
    with open(path) as f:
        text = f.read()
    uri = path_to_uri(path)
    s = start(cmd, root)
    try:
        t0 = time.monotonic()
        s.open(uri, text, 1)
        s.wait_diagnostics(uri, 1, timeout=120)
        opened = time.monotonic() - t0
        lines = text.split("\n")
        last = len(lines) - 1
        col = len(lines[last])
        saves = []
        for v in range(2, runs + 2):
            piece = " /*%d*/" % v
            t0 = time.monotonic()
            s.change(uri, v, [{"range": {"start": {"line": last, "character": col},
                                         "end": {"line": last, "character": col}},
                               "text": piece}])
            s.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
            s.wait_diagnostics(uri, v, timeout=120)
            saves.append(time.monotonic() - t0)
            col += len(piece)
            time.sleep(0.05)
        s.shutdown_and_exit()
        return opened, saves
    finally:
        s.kill()


def memory(cmd, files):
    """VmRSS (kB) with every file open and diagnosed."""
    s = start(cmd, os.path.dirname(files[0]))
    try:
        for i, path in enumerate(files):
            with open(path) as f:
                s.open(path_to_uri(path), f.read(), 1)
        for path in files:
            s.wait_diagnostics(path_to_uri(path), 1, timeout=300)
        time.sleep(1.0)
        rss = s.rss_kb()
        s.shutdown_and_exit()
        return rss
    finally:
        s.kill()


def indexing(drvls, root):
    """Seconds from initialized to the end of drvls's index progress."""
    t0 = time.monotonic()
    s = start([drvls], root)
    try:
        while True:
            m = s.wait_for_notification("$/progress", timeout=600)
            if m["params"]["value"]["kind"] == "end":
                break
        took = time.monotonic() - t0
        s.shutdown_and_exit()
        return took
    finally:
        s.kill()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--drvls", default=os.path.join(ROOT, "build", "drvls"))
    ap.add_argument("--clangd", default=shutil.which("clangd") or shutil.which("clangd-14"))
    ap.add_argument("--runs", type=int, default=30)
    args = ap.parse_args()
    drvls = os.path.abspath(args.drvls)
    if not args.clangd:
        sys.exit("editor_bench: clangd not found (Debian package clangd)")
    tmp = tempfile.mkdtemp(prefix="drvls-editor-bench-")
    try:
        one = os.path.join(tmp, "one")
        generate(one, 2000, True)
        path = os.path.join(one, "driver.c")
        write_flags(drvls, one, path)
        servers = [("drvls", [drvls]), ("clangd", [args.clangd, "--log=error",
                                                    "--background-index=false"])]
        print("save -> diagnostics, 2,000-line miniport file (%d saves), open -> diagnostics:"
              % args.runs)
        med = {}
        for name, cmd in servers:
            opened, saves = latency(cmd, path, args.runs)
            med[name] = statistics.median(saves)
            print("  %-7s save median %7.1f ms  p90 %7.1f ms   open %7.1f ms"
                  % (name, med[name] * 1e3, pct(saves, 0.9) * 1e3, opened * 1e3))
        print("  ratio drvls/clangd (save median): %.2f" % (med["drvls"] / med["clangd"]))

        many = os.path.join(tmp, "many")
        generate(many, 19 * 500, files=19)
        files = sorted(os.path.join(many, n) for n in os.listdir(many) if n.endswith(".c"))[:20]
        write_flags(drvls, many, files[0])
        print("resident memory with %d files open:" % len(files))
        rss = {}
        for name, cmd in servers:
            rss[name] = memory(cmd, files)
            print("  %-7s %8d kB" % (name, rss[name]))
        print("  ratio drvls/clangd: %.2f" % (rss["drvls"] / rss["clangd"]))

        ws = os.path.join(tmp, "ws")
        generate(ws, 49 * 500, files=49)
        n = len([x for x in os.listdir(ws) if x.endswith(".c")])
        cold = indexing(drvls, ws)
        warm = indexing(drvls, ws)  # the same workspace again: from <root>/.cache/drvls
        print("indexing a %d-file workspace (drvls): cold %.1f s, warm (disk cache) %.2f s"
              % (n, cold, warm))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
