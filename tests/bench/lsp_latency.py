#!/usr/bin/env python3
# lsp_latency.py - measures how long drvls takes from didOpen to the first publishDiagnostics and
# from an incremental didChange to the diagnostics of that version, on a driver fixture
# (default: tests/fixtures/drivers/ndis_miniport), and prints the medians. A benchmark, not a
# test: it is not registered with ctest.
#
#   python3 tests/bench/lsp_latency.py --server build/drvls [--fixtures tests/fixtures]
#                                      [--file PATH] [--runs 10]

import argparse
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lsp"))

from lspclient import LspServer, path_to_uri  # noqa: E402


def pick_file(fixtures):
    root = os.path.join(fixtures, "drivers", "ndis_miniport")
    files = []
    for dirpath, _dirs, names in os.walk(root):
        files += [os.path.join(dirpath, n) for n in names if n.endswith(".c")]
    if not files:
        sys.exit("no .c file under %s (pass --file)" % root)
    return max(files, key=os.path.getsize)  # the biggest one: the worst case


def fmt(xs):
    return "median %7.1f ms  min %7.1f  max %7.1f" % (
        statistics.median(xs) * 1e3, min(xs) * 1e3, max(xs) * 1e3)


def main():
    ap = argparse.ArgumentParser(description="drvls open/edit -> diagnostics latency")
    ap.add_argument("--server", required=True)
    ap.add_argument("--fixtures", default=os.path.join(HERE, "..", "fixtures"))
    ap.add_argument("--file", default=None)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--timeout", type=float, default=120.0)
    args, _ = ap.parse_known_args()
    args.server = os.path.abspath(args.server)

    path = os.path.abspath(args.file or pick_file(args.fixtures))
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        text = f.read()
    uri = path_to_uri(path)
    lines = text.split("\n")
    # an edit inside the body (after the includes), so that the preamble stays valid
    edit_line = max(i for i, l in enumerate(lines) if l.strip() and not l.startswith("#"))

    s = LspServer(args.server, cwd=os.path.dirname(path))
    try:
        s.initialize(root=os.path.dirname(path))
        opens = []
        for i in range(args.runs):
            mark = s.count()
            t0 = time.monotonic()
            s.open(uri, text, version=1)
            p = s.wait_diagnostics(uri, version=1, timeout=args.timeout, since=mark)
            opens.append(time.monotonic() - t0)
            if i == 0:
                print("%s: %d bytes, %d diagnostics on open"
                      % (os.path.relpath(path), len(text), len(p["diagnostics"])))
            mark = s.count()
            s.close_doc(uri)
            s.wait_diagnostics(uri, timeout=args.timeout, since=mark,
                               predicate=lambda q: not q["diagnostics"])
            time.sleep(0.2)  # let late publishes of this round arrive before the next open

        mark = s.count()
        s.open(uri, text, version=1)
        s.wait_diagnostics(uri, version=1, timeout=args.timeout, since=mark)
        edits = []
        col = len(lines[edit_line])
        for v in range(2, args.runs + 2):
            t0 = time.monotonic()
            s.change(uri, v, [{"range": {"start": {"line": edit_line, "character": col},
                                         "end": {"line": edit_line, "character": col}},
                               "text": " /*%d*/" % v}])
            s.wait_diagnostics(uri, version=v, timeout=args.timeout)
            edits.append(time.monotonic() - t0)
            col += len(" /*%d*/" % v)
        print("open -> diagnostics (%d runs): %s  (first, cold: %.1f ms)"
              % (len(opens), fmt(opens), opens[0] * 1e3))
        print("edit -> diagnostics (%d runs): %s" % (len(edits), fmt(edits)))
        code = s.shutdown_and_exit()
        if code != 0:
            print("warning: exit code %d" % code)
    except Exception as e:
        print("benchmark failed: %s\nserver stderr tail:\n%s" % (e, s.stderr_tail()))
        return 1
    finally:
        s.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
