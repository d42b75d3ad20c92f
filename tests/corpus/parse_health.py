#!/usr/bin/env python3
"""Parse health on real driver code: how many kernel-mode C/C++ files of a driver tree (by default
../shared/corpus/windows-driver-samples, Microsoft's public driver samples) parse with zero clang
errors under the flags drvls computes for them (`drvls --check`, every error counted), and which
errors remain, grouped across files.

A file is kernel-mode when drvls gives it -D_KERNEL_MODE (its .vcxproj or `sources` project builds a
kernel driver), or when it has no project at all (the driver default) and includes no user-mode
header (windows.h, ATL, WIL, TAEF). KMDF files (the file or one of its local headers includes wdf.h)
are counted apart: their headers are the KMDF issue's.

Usage: parse_health.py --drvls PATH [--corpus DIR] [--floor PCT] [--ndis-floor PCT] [-j N]
                       [--report FILE] [--top N] [-k SUBSTR]
Exit status: 0 the floors hold (or the corpus is absent: skipped with a message), 1 below a floor,
2 usage error. Standard library only.
"""

import argparse
import collections
import concurrent.futures
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "corpus",
                                               "windows-driver-samples"))
# The floors only go up: raise them with every change that parses more of the corpus.
FLOOR_PERCENT = 38.0  # 69 of 181 kernel-mode files on 2026-12-07 (5% before the fallback headers)
NDIS_FLOOR_PERCENT = 94.0  # 32 of 34: the other two have a prototype that conflicts with its definition

USER_MODE_RE = re.compile(r'^\s*#\s*include\s*[<"](windows\.h|atl\w*\.h|wil/|WexTestClass\.h|'
                          r'stdafx\.h|pch\.h|mfapi\.h|mmdeviceapi\.h)', re.M | re.I)
INCLUDE_RE = re.compile(r'^\s*#\s*include\s*[<"]([^">]+)[">]', re.M)
DIAG_RE = re.compile(r"^(.*?):(\d+):(\d+): (error|fatal error|warning): (.*)$")


def sources(root, substr):
    out = []
    for d, _, files in os.walk(root):
        for f in files:
            if f.lower().endswith((".c", ".cpp")):
                p = os.path.join(d, f)
                if not substr or substr in p:
                    out.append(p)
    return sorted(out)


def read_text(path):
    try:
        with open(path, "rb") as f:
            return f.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


def includes_wdf(path, include_dirs, seen=None, depth=0):
    """Whether path, or a header it includes that exists beside it or in include_dirs, includes
    wdf.h (a KMDF source)."""
    seen = set() if seen is None else seen
    if path in seen or depth > 8:
        return False
    seen.add(path)
    for name in INCLUDE_RE.findall(read_text(path)):
        base = name.replace("\\", "/")
        if os.path.basename(base).lower() in ("wdf.h", "wdfcore.h"):
            return True
        for d in [os.path.dirname(path)] + include_dirs:
            cand = os.path.join(d, base)
            if os.path.isfile(cand):
                if includes_wdf(cand, include_dirs, seen, depth + 1):
                    return True
                break
    return False


def check(drvls, path):
    """(flags line, origin line, [(file, severity, message)], error count) of drvls --check."""
    try:
        proc = subprocess.run([drvls, "--check", path], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=300, check=False)
        out = proc.stdout.decode("utf-8", errors="replace")
    except subprocess.TimeoutExpired:
        return "", "", [(path, "error", "drvls --check timed out")], 1
    lines = out.splitlines()
    flags = next((l for l in lines if l.startswith("command:")), "")
    origin = next((l for l in lines if l.startswith("flags from:")), "")
    diags = []
    for l in lines:
        m = DIAG_RE.match(l)
        if m and m.group(4) != "warning":
            diags.append((m.group(1), m.group(4), m.group(5)))
    m = re.search(r"(\d+) errors?$", out.strip())
    errors = int(m.group(1)) if m else len(diags)
    if proc.returncode not in (0, 1) and not diags:
        diags.append((path, "error", "drvls --check exited with %d" % proc.returncode))
        errors = max(errors, 1)
    return flags, origin, diags, errors


def include_dirs_of(flags):
    toks = flags.split()
    out = []
    for i, t in enumerate(toks):
        if t == "-I" and i + 1 < len(toks):
            out.append(toks[i + 1])
        elif t.startswith("-I") and len(t) > 2:
            out.append(t[2:])
    return out


def cause(message):
    """The message with the included-file prefix removed (the root cause, as a key)."""
    m = re.match(r"In included file [^:]*: (.*?)( \(and \d+ more errors? in headers included here\))?$",
                 message)
    return m.group(1) if m else message


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--drvls", required=True)
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--floor", type=float, default=FLOOR_PERCENT)
    ap.add_argument("--ndis-floor", type=float, default=NDIS_FLOOR_PERCENT)
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--report", help="write every file's result as JSON here")
    ap.add_argument("--top", type=int, default=40, help="how many grouped causes to print")
    ap.add_argument("-k", help="only files whose path contains this")
    args = ap.parse_args()
    if not os.path.isdir(args.corpus):
        print("SKIP: no driver corpus at %s" % args.corpus)
        return 0
    files = sources(args.corpus, args.k)
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        results = dict(zip(files, ex.map(lambda p: check(args.drvls, p), files)))

    kernel, kmdf, user = [], [], []
    for p, (flags, origin, _, _) in results.items():
        if "-D_KERNEL_MODE" not in flags.split() and "flags from: project" in origin:
            user.append(p)
        elif "flags from: project" not in origin and USER_MODE_RE.search(read_text(p)):
            user.append(p)
        elif includes_wdf(p, include_dirs_of(flags)) or any(
                "'wdf.h' file not found" in d[2] for d in results[p][2]):
            kmdf.append(p)
        else:
            kernel.append(p)
    clean = [p for p in kernel if results[p][3] == 0]
    ndis = [p for p in kernel if "/network/ndis/" in p]
    ndis_clean = [p for p in ndis if results[p][3] == 0]

    by_cause = collections.defaultdict(set)
    by_tree = collections.defaultdict(lambda: [0, 0])
    for p in kernel:
        tree = os.path.relpath(p, args.corpus).split(os.sep)[0]
        by_tree[tree][0] += 1
        by_tree[tree][1] += results[p][3] == 0
        for _, _, msg in results[p][2]:
            by_cause[cause(msg)].add(p)

    pct = 100.0 * len(clean) / len(kernel) if kernel else 100.0
    ndis_pct = 100.0 * len(ndis_clean) / len(ndis) if ndis else 100.0
    print("kernel-mode files without wdf.h: %d, clean: %d (%.1f%%); network/ndis: %d of %d "
          "(%.1f%%); KMDF files: %d (not counted), user-mode files: %d (not counted)"
          % (len(kernel), len(clean), pct, len(ndis_clean), len(ndis), ndis_pct, len(kmdf),
             len(user)))
    for tree, (n, c) in sorted(by_tree.items()):
        print("  %-12s %3d of %3d clean" % (tree, c, n))
    print("errors: %d in all" % sum(results[p][3] for p in kernel))
    print("most frequent causes (files affected):")
    for msg, ps in sorted(by_cause.items(), key=lambda kv: -len(kv[1]))[:args.top]:
        print("  %4d  %s" % (len(ps), msg[:150]))
    if args.report:
        with open(args.report, "w") as f:
            json.dump({p: {"kind": "kernel" if p in kernel else "kmdf" if p in kmdf else "user",
                           "errors": r[3], "first": [d[2] for d in r[2][:30]], "flags": r[0],
                           "origin": r[1]} for p, r in results.items()}, f, indent=1)
    ok = True
    if pct + 1e-9 < args.floor:
        print("FAIL: %.1f%% of the kernel-mode files parse clean, the floor is %.1f%%"
              % (pct, args.floor))
        ok = False
    if ndis_pct + 1e-9 < args.ndis_floor:
        print("FAIL: %.1f%% of network/ndis parses clean, the floor is %.1f%%"
              % (ndis_pct, args.ndis_floor))
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
