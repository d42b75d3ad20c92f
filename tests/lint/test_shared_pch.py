#!/usr/bin/env python3
"""Test of the shared precompiled header of one-shot parses (analysis/prefix.h): `drvls lint` over
the same tree gives byte-identical reports with sharing on and off (DRVLS_NO_SHARED_PCH=1).

The tree is a copy of driver fixtures (tests/fixtures: drivers/, projects/, the rule fixtures of
more than one file; clang's errors are compared too, on stderr) plus a
directory of cases written for the PCH (relative -I from compile_flags.txt, role declarations in
a header, a warning whose note is in a header, an unguarded header, an error in a header after the
shared lines and one among them, a missing header, comments, CRLF). Every directory gets two more
files starting with each #include block its sources start with, so that the fixtures' own files
are parsed with a PCH (the first file of a key only records it, the second builds it).

Usage: test_shared_pch.py --drvls PATH [--fixtures DIR] [unittest options]
"""
import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

CONFIG = {"drvls": None, "fixtures": None}
TIMEOUT = 900
INCLUDE = re.compile(r'^#\s*include\s*[<"][^>"]+[>"]\s*$')
SANITIZER_REPORT = re.compile(r"ERROR: (AddressSanitizer|LeakSanitizer)|runtime error: ")

CASE_FILES = {
    "compile_flags.txt": None,  # written by make_cases: the default flags plus -Iinc
    "inc/case.h": """/* case.h - shared by the case files: roles and prototypes. */
#ifndef CASE_H
#define CASE_H
#include <ndis.h>

typedef struct _CASE_ADAPTER {
    NDIS_HANDLE AdapterHandle;
    NDIS_HANDLE WorkItem;
} CASE_ADAPTER, *PCASE_ADAPTER;

NDIS_IO_WORKITEM_FUNCTION CaseWorker;
NDIS_IO_WORKITEM_FUNCTION CaseGoodWorker;
MINIPORT_INITIALIZE CaseInit;
MINIPORT_HALT CaseHalt;
VOID CaseTakesLong(LONG *Value);
#endif
""",
    "inc/unguarded.h": """/* unguarded.h - no include guard: a second inclusion would be an error. */
enum { CASE_UNGUARDED = 1 };
""",
    "inc/broken.h": """/* broken.h - an error in a header. */
typedef struct { int a; } CASE_BROKEN
""",
    "worker.c": """// The work routines: their roles come from case.h only.
#include <ndis.h>
#include "case.h"

#include "unguarded.h"

VOID CaseWorker(PVOID Context, NDIS_HANDLE Item)
{
    PCASE_ADAPTER Adapter = (PCASE_ADAPTER)Context;
    UNREFERENCED_PARAMETER(Item);
    Adapter->WorkItem = NULL;
}

VOID CaseGoodWorker(PVOID Context, NDIS_HANDLE Item)
{
    UNREFERENCED_PARAMETER(Context);
    NdisFreeIoWorkItem(Item);
}
""",
    "queue.c": """/* queue.c - queues the work routines of worker.c; one allocation leaks. */
#include <ndis.h>
#include "case.h"

#include "unguarded.h"

VOID CaseQueue(PCASE_ADAPTER Adapter)
{
    NDIS_HANDLE Item = NdisAllocateIoWorkItem(Adapter->AdapterHandle);
    if (Item == NULL)
        return;
    NdisQueueIoWorkItem(Item, CaseWorker, Adapter);
}

VOID CaseQueueGood(PCASE_ADAPTER Adapter)
{
    NDIS_HANDLE Item = NdisAllocateIoWorkItem(Adapter->AdapterHandle);
    if (Item != NULL)
        NdisQueueIoWorkItem(Item, CaseGoodWorker, Adapter);
}

VOID CaseLeak(PCASE_ADAPTER Adapter)
{
    Adapter->WorkItem = NdisAllocateIoWorkItem(Adapter->AdapterHandle);
}

VOID CaseHalt(NDIS_HANDLE Context, NDIS_HALT_ACTION Action)
{
    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(Action);
}
""",
    "init.c": """/* init.c - initialize and halt are known by the role declarations of case.h only. */
#include <ndis.h>
#include "case.h"

#include "unguarded.h"

NDIS_STATUS CaseInit(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                     PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    PCASE_ADAPTER Adapter;
    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);
    Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(CASE_ADAPTER),
                                                'esaC', NormalPoolPriority);
    if (Adapter == NULL)
        return NDIS_STATUS_RESOURCES;
    Adapter->AdapterHandle = MiniportAdapterHandle;
    Adapter->WorkItem = NdisAllocateIoWorkItem(MiniportAdapterHandle);
    if (Adapter->WorkItem == NULL) {
        NdisFreeMemory(Adapter, 0, 0);
        return NDIS_STATUS_RESOURCES;
    }
    return NDIS_STATUS_SUCCESS;
}
""",
    "warning.c": """/* warning.c - a warning whose note is in case.h, and a main-file error. */
#include <ndis.h>
#include "case.h"

#include "unguarded.h"

VOID CaseWarn(ULONG *Value)
{
    CaseTakesLong(Value);
}

VOID CaseError(VOID)
{
    undeclared_thing = 1;
}
""",
    "missing.c": """/* missing.c - a missing header after the shared lines: a fatal error. */
#include <ndis.h>
#include "case.h"

#include "unguarded.h"
#include "no_such_header.h"

VOID CaseMissing(PCASE_ADAPTER Adapter)
{
    Adapter->WorkItem = NdisAllocateIoWorkItem(Adapter->AdapterHandle);
}
""",
    "late_broken.c": """/* late_broken.c - an error in a header included after the shared lines. */
#include <ndis.h>
#include "case.h"

#include "unguarded.h"
int CaseLateValue;
#include "broken.h"
""",
    "early_broken_a.c": """/* an error in a header among the shared lines: no PCH for this block. */
#include <ndis.h>
#include "broken.h"
int CaseEarlyA;
""",
    "early_broken_b.c": """/* the same block again. */
#include <ndis.h>
#include "broken.h"
int CaseEarlyB;
""",
    "trailing.c": """/* trailing.c - an #include with a comment after it ends the shared lines. */
#include <ndis.h> /* the DDK */
#include "case.h"
VOID CaseTrailing(PCASE_ADAPTER Adapter)
{
    Adapter->WorkItem = NdisAllocateIoWorkItem(Adapter->AdapterHandle);
}
""",
    "crlf.c": "/* crlf.c - CRLF line ends. */\r\n#include <ndis.h>\r\n#include \"case.h\"\r\n"
              "\r\n#include \"unguarded.h\"\r\n\r\nVOID CaseCrlf(PCASE_ADAPTER Adapter)\r\n{\r\n"
              "    Adapter->WorkItem = NdisAllocateIoWorkItem(Adapter->AdapterHandle);\r\n}\r\n",
}


def run(cmd, env=None, cwd=None):
    return subprocess.run(cmd, capture_output=True, env=env, cwd=cwd, timeout=TIMEOUT)


def leading_includes(path):
    """The #include lines a source starts with (after comments and blank lines), as text."""
    out = []
    with open(path, "rb") as f:
        text = f.read().decode("utf-8", "replace")
    in_comment = False
    for line in text.splitlines():
        s = line.strip()
        if in_comment:
            in_comment = "*/" not in s
            continue
        if not s or s.startswith("//"):
            continue
        if s.startswith("/*"):
            in_comment = "*/" not in s
            continue
        if not INCLUDE.match(s):
            break
        out.append(s)
    return "".join(x + "\n" for x in out)


def add_probes(root):
    """Two files per directory and #include block, so the block's PCH is built before the
    directory's own files are parsed."""
    for d, _, files in os.walk(root):
        blocks = sorted({leading_includes(os.path.join(d, f)) for f in files if f.endswith(".c")})
        for block in blocks:
            if not block:
                continue
            tag = hashlib.sha1((d + block).encode()).hexdigest()[:10]
            for side in "ab":
                name = "pch_probe_%s_%s" % (tag, side)
                with open(os.path.join(d, "000_%s.c" % name), "w") as f:
                    f.write(block + "int %s(void) { return 0; }\n" % name)


def make_cases(drvls, root):
    os.makedirs(os.path.join(root, "inc"))
    for name, text in CASE_FILES.items():
        if text is None:
            continue
        with open(os.path.join(root, name), "w", newline="") as f:
            f.write(text)
    res = run([drvls, "flags", os.path.join(root, "worker.c")])
    flags = res.stdout.decode().splitlines()[0].split()[1:-1]  # no compiler, no file
    with open(os.path.join(root, "compile_flags.txt"), "w") as f:
        f.write("\n".join(flags + ["-Iinc"]) + "\n")


def copy_fixtures(fixtures, tree):
    """drivers/, projects/ and the rule fixtures of more than one file (roles and summaries
    across files): enough to cover them, small enough to lint twice in a test."""
    for part in ("drivers", "projects"):
        if os.path.isdir(os.path.join(fixtures, part)):
            shutil.copytree(os.path.join(fixtures, part), os.path.join(tree, part))
    rules = os.path.join(fixtures, "rules")
    for d, _, files in os.walk(rules):
        if sum(f.endswith(".c") for f in files) >= 2:
            shutil.copytree(d, os.path.join(tree, "rules", os.path.relpath(d, rules)))


def lint(tree, shared, *paths):
    env = dict(os.environ)
    env.pop("DRVLS_NO_SHARED_PCH", None)
    if not shared:
        env["DRVLS_NO_SHARED_PCH"] = "1"
    return run([CONFIG["drvls"], "lint", "-j2", "--format", "json"] + list(paths or ["."]),
               env=env, cwd=tree)


class SharedPchTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="drvls-shared-pch-")
        cls.tree = os.path.join(cls.tmp, "tree")
        os.makedirs(cls.tree)
        copy_fixtures(CONFIG["fixtures"], cls.tree)
        make_cases(CONFIG["drvls"], os.path.join(cls.tree, "cases"))
        add_probes(cls.tree)
        cls.off = lint(cls.tree, False)
        cls.on = lint(cls.tree, True)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_json_identical(self):
        off, on = self.off, self.on
        self.assertIn(off.returncode, (0, 1), off.stderr.decode()[-3000:])
        self.assertEqual(on.returncode, off.returncode, on.stderr.decode()[-3000:])
        self.assertGreater(len(off.stdout), 1000)
        for res in (off, on):
            self.assertIsNone(SANITIZER_REPORT.search(res.stderr.decode()), res.stderr[-3000:])
        for name, a, b in (("report", off.stdout, on.stdout), ("stderr", off.stderr, on.stderr)):
            if a != b:
                a, b = a.decode().splitlines(), b.decode().splitlines()
                diff = [(i, x, y) for i, (x, y) in enumerate(zip(a, b)) if x != y][:5]
                self.fail("%s differs (%d vs %d lines); first differences: %r" %
                          (name, len(a), len(b), diff))

    def test_cases_are_seen(self):
        """The cases' findings and clang errors are there: the routine whose role is declared in
        case.h only, the main-file error, the missing header, the header errors."""
        report = self.on.stdout.decode()
        self.assertIn("CaseWorker, which never frees it", report)
        self.assertIn("ndis-workitem-init-halt", report)
        errors = self.on.stderr.decode()
        for needle in ("warning.c:14:5: error: use of undeclared identifier",
                       "missing.c:6:10: error: 'no_such_header.h' file not found",
                       "late_broken.c:7:10: error: In included file",
                       "early_broken_a.c:3:10: error: In included file"):
            self.assertIn(needle, errors)

    def test_no_pch_left_behind(self):
        tmpdir = os.path.join(self.tmp, "tmpdir")
        os.makedirs(tmpdir)
        env = dict(os.environ, TMPDIR=tmpdir)
        env.pop("DRVLS_NO_SHARED_PCH", None)
        run([CONFIG["drvls"], "lint", "-j2", "--format", "json", "cases"], env=env, cwd=self.tree)
        self.assertEqual(os.listdir(tmpdir), [])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--drvls", required=True)
    ap.add_argument("--fixtures",
                    default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                                         "fixtures"))
    args, rest = ap.parse_known_args()
    CONFIG["drvls"] = os.path.abspath(args.drvls)
    CONFIG["fixtures"] = os.path.abspath(args.fixtures)
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
