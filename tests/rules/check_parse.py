#!/usr/bin/env python3
"""Parse check for the rule fixtures: every fixture .c file must compile with zero clang errors under
drvls's default driver flags (mingw-w64 DDK headers plus the project's NDIS 6 supplement), so that a
rule test never depends on what libclang recovered from broken code.

Usage: check_parse.py [--fixtures DIR] [--shim DIR] [--clang PATH] [--rule ID] [-k SUBSTR] [--werror]
Exit status: 0 all clean, 1 some file has errors (or warnings with --werror), 2 usage error.
Standard library only.
"""

import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys

CLANG_NAMES = ("clang", "clang-14", "clang-15", "clang-16", "clang-17", "clang-18", "clang-19")
MINGW_INCLUDE = "/usr/x86_64-w64-mingw32/include"


def default_flags(shim_dir):
    return [
        "-fsyntax-only", "--target=x86_64-w64-mingw32", "-fms-extensions", "-x", "c", "-std=c11",
        "-D_AMD64_", "-D_WIN64", "-DNDIS_MINIPORT_DRIVER", "-DNDIS630_MINIPORT=1", "-DPOOL_NX_OPTIN=1",
        "-isystem", shim_dir,
        "-isystem", os.path.join(MINGW_INCLUDE, "ddk"),
        "-isystem", MINGW_INCLUDE,
    ]


def find_clang(explicit):
    if explicit:
        return explicit
    for name in CLANG_NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


def check_file(clang, flags, path):
    """Returns (n_errors, n_warnings, clang output)."""
    try:
        proc = subprocess.run([clang] + flags + [path], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=120, check=False)
    except subprocess.TimeoutExpired:
        return 1, 0, "clang timed out"
    out = proc.stdout.decode("utf-8", errors="replace")
    errors = sum(1 for l in out.splitlines() if ": error: " in l or ": fatal error: " in l)
    warnings = sum(1 for l in out.splitlines() if ": warning: " in l)
    if proc.returncode != 0 and errors == 0:
        errors = 1
    return errors, warnings, out


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    source_root = os.path.normpath(os.path.join(here, "..", ".."))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fixtures", default=os.path.join(source_root, "tests", "fixtures", "rules"))
    ap.add_argument("--shim", default=os.path.join(source_root, "analysis", "wdk-shim"),
                    help="directory of the NDIS 6 supplement headers")
    ap.add_argument("--clang", help="clang binary (default: first of %s on PATH)" % ", ".join(CLANG_NAMES))
    ap.add_argument("--rule", action="append", default=[], help="only this rule directory")
    ap.add_argument("-k", dest="substr", action="append", default=[],
                    help="only files whose path under the fixture root contains this")
    ap.add_argument("--werror", action="store_true", help="warnings fail too")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args(argv)

    clang = find_clang(args.clang)
    if not clang:
        print("error: no clang found (tried %s)" % ", ".join(CLANG_NAMES), file=sys.stderr)
        return 2
    root = os.path.realpath(args.fixtures)
    if not os.path.isdir(root):
        print("error: fixture root %s is not a directory" % root, file=sys.stderr)
        return 2
    if not os.path.isfile(os.path.join(args.shim, "ndis.h")):
        print("error: %s has no ndis.h (the NDIS supplement the fixtures include)" % args.shim,
              file=sys.stderr)
        return 2
    flags = default_flags(os.path.realpath(args.shim))

    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith(".c"):
                continue
            path = os.path.join(dirpath, name)
            relpath = os.path.relpath(path, root)
            if args.rule and relpath.split(os.sep)[0] not in args.rule:
                continue
            if args.substr and not any(s in relpath for s in args.substr):
                continue
            files.append((relpath, path))
    if not files:
        print("error: no fixture .c file selected under %s" % root, file=sys.stderr)
        return 1

    bad = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = [pool.submit(check_file, clang, flags, path) for _, path in files]
        for (relpath, _), fut in zip(files, results):
            errors, warnings, out = fut.result()
            failed = errors > 0 or (args.werror and warnings > 0)
            if failed:
                bad += 1
                print("FAIL %s (%d error(s), %d warning(s))" % (relpath, errors, warnings))
                print("\n".join("      " + l for l in out.rstrip().splitlines()))
            elif warnings:
                print("ok   %s (%d warning(s))" % (relpath, warnings))
    print("%s: %d file(s) parsed, %d with problems" % (os.path.basename(clang), len(files), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
