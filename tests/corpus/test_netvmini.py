#!/usr/bin/env python3
"""netvmini 6x, Microsoft's virtual miniport sample, checked from its own .vcxproj the way a user
would (`drvls lint` on a copy of the unmodified tree in a temporary directory):
- the unmodified tree has no finding, and its files parse with zero clang errors but for the two
  whose own prototypes conflict with their definitions (mphal.c HWInitialize, vmq.c IndicateRxQueue:
  cl.exe warns, C4028; clang cannot be made to accept it);
- with `NdisFreeIoWorkItem(Adapter->SendCompleteWorkItem);` removed from NICFreeAdapter, drvls
  reports ndis-workitem-init-halt at the allocation in NICAllocAdapter, for the halt handler and
  for MPInitializeEx's failure path.

Usage: test_netvmini.py --drvls PATH [--corpus DIR]
Exit status: 0 passed (or the corpus is absent: skipped with a message), 1 failed.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "corpus",
                                               "windows-driver-samples"))
RELEASE = "        NdisFreeIoWorkItem(Adapter->SendCompleteWorkItem);\n"
KNOWN_BAD = {"mphal.c": "conflicting types for 'HWInitialize'",
             "vmq.c": "conflicting types for 'IndicateRxQueue'"}


def lint(drvls, tree):
    proc = subprocess.run([drvls, "lint", "-j2", "--format", "json", tree],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600, check=False)
    return proc.returncode, json.loads(proc.stdout.decode()), proc.stderr.decode()


def findings_of(report):
    items = report if isinstance(report, list) else report.get("findings", [])
    return items


def clang_errors(stderr):
    """{file basename: error lines} from lint's stderr."""
    out = {}
    for line in stderr.splitlines():
        m = re.match(r"(.*?):\d+:\d+: error: (.*)$", line)
        if m:
            out.setdefault(os.path.basename(m.group(1)), []).append(m.group(2))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--drvls", required=True)
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    args = ap.parse_args()
    src = os.path.join(args.corpus, "network", "ndis", "netvmini")
    if not os.path.isdir(src):
        print("SKIP: no driver corpus at %s" % args.corpus)
        return 0
    failures = []
    with tempfile.TemporaryDirectory(prefix="drvls-netvmini-") as tmp:
        tree = os.path.join(tmp, "netvmini")
        shutil.copytree(src, tree)
        six = os.path.join(tree, "6x")

        rc, report, err = lint(args.drvls, six)
        errors = clang_errors(err)
        for name, msgs in sorted(errors.items()):
            if name not in KNOWN_BAD or msgs != [KNOWN_BAD[name]]:
                failures.append("unmodified: clang errors in %s: %s" % (name, msgs[:5]))
        if findings_of(report):
            failures.append("unmodified: findings %s" % findings_of(report))
        if rc != 0 and not findings_of(report) and not errors:
            failures.append("unmodified: exit status %d" % rc)

        adapter = os.path.join(six, "adapter.c")
        with open(adapter) as f:
            text = f.read()
        if text.count(RELEASE) != 1:
            failures.append("adapter.c no longer has the release this test removes")
        else:
            with open(adapter, "w") as f:
                f.write(text.replace(RELEASE, ""))
            at = text.index("Adapter->SendCompleteWorkItem = NdisAllocateIoWorkItem")
            alloc_line = 1 + text[:at].count("\n")
            rc, report, err = lint(args.drvls, six)
            hits = [f for f in findings_of(report) if f.get("rule") == "ndis-workitem-init-halt"]
            lines = sorted({(os.path.basename(f["file"]), f["range"]["start"]["line"]) for f in hits})
            if lines != [("adapter.c", alloc_line)] or len(hits) != 2:
                failures.append("release removed: want two ndis-workitem-init-halt findings at "
                                "adapter.c:%d (halt and failure path), got %s" % (
                                    alloc_line, [(f.get("file"), f.get("range"), f.get("message"))
                                                 for f in findings_of(report)]))
            if rc != 1:
                failures.append("release removed: exit status %d, want 1" % rc)
    for f in failures:
        print("FAIL: " + f)
    print("netvmini: %s" % ("ok" if not failures else "%d failures" % len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
