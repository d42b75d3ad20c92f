#!/usr/bin/env python3
"""tests/bench/soak_bench.py - memory on big files, drvls beside its peer in the same run.

- Editor soak: one generated driver file of --functions small functions (6,400 by default, about
  600 kB) opened, then edited and saved --saves times; the peak (VmHWM) and final (VmRSS) resident
  memory of drvls and of clangd, with the same compile flags (compile_flags.txt).
- Lint of one big file (--big-mb MB, 50 by default; 0 skips it): the peak resident memory of
  `drvls lint` and of `clang -fsyntax-only` with the same flags (/usr/bin/time's maximum RSS).

usage: tests/bench/soak_bench.py [--drvls build/drvls] [--clangd clangd] [--functions 6400]
                                 [--saves 100] [--big-mb 50]
A benchmark, not a test: it prints, it does not judge.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "lsp"))

from editor_bench import start, write_flags  # noqa: E402
from lspclient import path_to_uri  # noqa: E402

FUNCTION = """static int helper_{n}(int a)
{{
    if (a > {n})
        return a - 1;
    return a + 1;
}}
"""


def write_file(path, functions):
    with open(path, "w") as f:
        f.write("#include <ndis.h>\n")
        for n in range(functions):
            f.write(FUNCTION.format(n=n))


def status_kb(pid, key):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return None


def soak(cmd, path, saves):
    """(peak kB, final kB, seconds) of one server over the open-edit-save session."""
    with open(path) as f:
        text = f.read()
    uri = path_to_uri(path)
    s = start(cmd, os.path.dirname(path))
    try:
        t0 = time.monotonic()
        s.open(uri, text, 1)
        s.wait_diagnostics(uri, 1, timeout=600)
        last = text.count("\n")
        for v in range(2, saves + 2):
            s.change(uri, v, [{"range": {"start": {"line": last, "character": 0},
                                         "end": {"line": last, "character": 0}},
                               "text": "/*%d*/" % v}])
            s.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
            s.wait_diagnostics(uri, v, timeout=600)
        took = time.monotonic() - t0
        time.sleep(1.0)
        peak, final = status_kb(s.proc.pid, "VmHWM"), status_kb(s.proc.pid, "VmRSS")
        s.shutdown_and_exit()
        return peak, final, took
    finally:
        s.kill()


def peak_of(argv, cwd):
    """Maximum resident set (kB) and seconds of one command, from /usr/bin/time."""
    t0 = time.monotonic()
    res = subprocess.run(["/usr/bin/time", "-f", "%M"] + argv, cwd=cwd, capture_output=True,
                         text=True)
    return int(res.stderr.strip().splitlines()[-1]), time.monotonic() - t0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--drvls", default=os.path.join(ROOT, "build", "drvls"))
    ap.add_argument("--clangd", default=shutil.which("clangd") or "clangd")
    ap.add_argument("--functions", type=int, default=6400)
    ap.add_argument("--saves", type=int, default=100)
    ap.add_argument("--big-mb", type=int, default=50)
    o = ap.parse_args()
    drvls = os.path.abspath(o.drvls)
    work = tempfile.mkdtemp(prefix="drvls-soak-")
    try:
        path = os.path.join(work, "many.c")
        write_file(path, o.functions)
        write_flags(drvls, work, path)
        print("editor soak: %d functions (%d kB), open + %d edit/save" %
              (o.functions, os.path.getsize(path) // 1024, o.saves))
        rows = {}
        for name, cmd in (("drvls", [drvls]), ("clangd", [o.clangd, "--log=error"])):
            rows[name] = soak(cmd, path, o.saves)
            print("  %-7s peak %8d kB  final %8d kB  (%.1f s)" % ((name,) + rows[name]))
        print("  peak ratio drvls/clangd: %.2f" % (rows["drvls"][0] / rows["clangd"][0]))
        if o.big_mb:
            big = os.path.join(work, "big.c")
            write_file(big, o.big_mb * 1024 * 1024 // len(FUNCTION.format(n=100000)))
            flags = [l for l in open(os.path.join(work, "compile_flags.txt")).read().split("\n")
                     if l and l != path]
            print("lint of one %d MB file: peak resident memory" % (os.path.getsize(big) >> 20))
            d_kb, d_s = peak_of([drvls, "lint", "--max-file-size", "4096", "-q", big], work)
            c_kb, c_s = peak_of(["clang-14", "-fsyntax-only"] + flags[1:] + [big], work)
            print("  drvls lint             %8d kB  (%.1f s)" % (d_kb, d_s))
            print("  clang -fsyntax-only    %8d kB  (%.1f s)" % (c_kb, c_s))
            print("  ratio drvls/clang: %.2f" % (d_kb / c_kb))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
