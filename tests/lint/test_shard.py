#!/usr/bin/env python3
"""Tests of `drvls lint --shard K/N`, `drvls lint --index DIR` and `drvls index`.

The tree under test is built in a temporary directory (so that cache writes never touch the source
tree) from several small drivers whose findings depend on other files:
- src/cx/: the halt calls a cleanup helper in cleanup.c that frees the right slot. adapter.c alone
  has a finding (the helper is unknown); with cleanup.c's facts it has none;
- src/dx/: the same with the helper freeing the wrong slot: one finding in dx/adapter.c;
- src/roothub/: the rule fixture io-workitem-uninit-before-free/pos_03: the finding in cleanup.c
  exists only with the facts of pnp.c;
- src/example/: the bundled example miniport; src/smallN.c: one-file drivers, most of them leaking;
- src/broken.c: clang errors (a notice on stderr and in SARIF, not a finding).
The file names are chosen so that, for three shards, the two halves of cx/ and of roothub/ fall in
different shards (asserted below from the documented hash: 64-bit FNV-1a of the path relative to
the working directory, shard = hash % N + 1).

Checks: the union of the N shards' findings equals one unsharded run's, without and with an index,
every finding in exactly one shard, files-checked counts adding up, clang notices only in the shard
of their file, each shard's SARIF valid; `drvls index` and `--index` reuse entries (`--stats`), a
file that changed (or whose flags or headers changed) is parsed again and only that one;
corrupted, truncated, empty or foreign entries are ignored and rewritten; an index that is a
regular file or cannot be created is ignored by lint (same report and exit status) and is an error
(exit 2) for `drvls index`; bad --shard values are usage errors (exit 2).

That a file was not parsed is proven with the units module's fault switch: with
DRVLS_FAULT_CRASH_FILE=<substring>, every parse of a matching file fails as a libclang crash
(lint then exits 2), so a run that matches every file and still succeeds parsed none.

Usage: test_shard.py --drvls PATH [--fixtures DIR] [--sarif-dir DIR] [unittest options]
Standard library only. Without node the SARIF schema check is skipped (and says so).
"""

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import unittest

import test_lint as lintlib
from test_lint import Result, check_sanitizers, run_lint, validate_sarif

# the cross-file miniport (cx.h, adapter.c) and the one-file drivers of the LSP sessions
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "lsp"))
from sessionlib import ADAPTER, HEADER  # noqa: E402
from smalldriver import small_driver  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CONFIG = lintlib.CONFIG
TIMEOUT = lintlib.TIMEOUT

SUMMARY = lintlib.SUMMARY
STATS = re.compile(r"^drvls lint: stats: (\d+) files? \((\d+) from the index\); ", re.M)
INDEX_LINE = re.compile(
    r"^drvls index: (\d+) files? in (.+) \((\d+) parsed, (\d+) up to date\)$", re.M)
BROKEN_NOTICE = re.compile(r"^src/broken\.c: \d+ clang errors?; rules ran on what parsed$", re.M)
BROKEN_ERROR = re.compile(r"^src/broken\.c:\d+:\d+: error: .*$", re.M)


def notice_of(path, cwd):
    """The clang-errors notice of path as printed from cwd (relative under it, else absolute)."""
    shown = os.path.relpath(path, cwd)
    if shown.startswith(os.pardir):
        shown = path
    return re.compile(r"^%s: \d+ clang errors?; rules ran on what parsed$" % re.escape(shown),
                      re.M)
NOT_ANALYSED = "could not be analysed"
SHARDS = 3

# ---- the tree ----------------------------------------------------------------------------------

# the helper frees {slot}; ResetWorkItem is the one init allocated
CLEANUP = """#include "cx.h"
VOID CxFreeAdapter(PCX_ADAPTER Adapter)
{
    if (Adapter->{slot} != NULL)
        NdisFreeIoWorkItem(Adapter->{slot});
    NdisFreeMemory(Adapter, 0, 0);
}
"""

# the same helper with the slot chosen by a macro of the header (header-change test) or by a
# compile flag (flags-change test)
HEADER_MACRO = HEADER + "#define CX_RELEASE_SLOT(a) NdisFreeIoWorkItem((a)->{slot})\n"
CLEANUP_MACRO = """#include "cx.h"
VOID CxFreeAdapter(PCX_ADAPTER Adapter)
{
    CX_RELEASE_SLOT(Adapter);
    NdisFreeMemory(Adapter, 0, 0);
}
"""
CLEANUP_FLAG = """#include "cx.h"
VOID CxFreeAdapter(PCX_ADAPTER Adapter)
{
#if CX_FREE_RESET
    NdisFreeIoWorkItem(Adapter->ResetWorkItem);
#else
    NdisFreeIoWorkItem(Adapter->OtherWorkItem);
#endif
    NdisFreeMemory(Adapter, 0, 0);
}
"""

def renamed(text, prefix):
    """The cx driver's text with its names (Cx, CX_, cx.h, the pool tag) changed to prefix."""
    return (text.replace("Cx", prefix.capitalize()).replace("CX_", prefix.upper() + "_")
            .replace("cx.h", prefix + ".h").replace("'xC'", "'x%s'" % prefix[0].upper()))


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def cx_driver(directory, prefix, slot):
    write(os.path.join(directory, prefix + ".h"), renamed(HEADER, prefix))
    write(os.path.join(directory, "adapter.c"), renamed(ADAPTER, prefix))
    write(os.path.join(directory, "cleanup.c"), renamed(CLEANUP.replace("{slot}", slot), prefix))


def build_tree(root):
    """The driver tree under root/src (see the module docstring)."""
    src = os.path.join(root, "src")
    shutil.copytree(os.path.join(ROOT, "examples", "ndis_miniport"), os.path.join(src, "example"))
    cx_driver(os.path.join(src, "cx"), "cx", "ResetWorkItem")
    cx_driver(os.path.join(src, "dx"), "dx", "OtherWorkItem")
    shutil.copytree(os.path.join(CONFIG["fixtures"], "rules", "io-workitem-uninit-before-free",
                                 "pos_03_cleanup_helper_other_file"),
                    os.path.join(src, "roothub"))
    for i in range(6):
        write(os.path.join(src, "small%d.c" % i), small_driver(i, leak=i % 3 != 2))
    shutil.copy(os.path.join(HERE, "data", "broken.c"), os.path.join(src, "broken.c"))
    return src


# ---- the partition -----------------------------------------------------------------------------

def fnv1a64(text):
    h = 0xcbf29ce484222325
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def shard_key(path, cwd):
    """The documented key: the path relative to cwd with '/' separators, absolute outside it."""
    rel = os.path.relpath(path, cwd)
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return path
    return rel.replace(os.sep, "/")


def shard_of(path, cwd, n):
    return fnv1a64(shard_key(path, cwd)) % n + 1


def sources(src):
    """Every .c file under src, absolute, sorted."""
    out = []
    for dirpath, _dirs, files in os.walk(src):
        out += [os.path.join(dirpath, f) for f in files if f.endswith(".c")]
    return sorted(out)


# ---- running drvls -----------------------------------------------------------------------------

def run_index(args, cwd, env=None):
    """Run `drvls index ARGS`; returns a Result."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    proc = subprocess.run([CONFIG["drvls"], "index"] + list(args), cwd=cwd, env=full_env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT,
                          check=False)
    res = Result(proc.returncode, proc.stdout.decode("utf-8", "replace"),
                 proc.stderr.decode("utf-8", "replace"))
    check_sanitizers(res)
    return res


def finding_key(f):
    """What must agree between runs: the whole finding, in a comparable form."""
    return json.dumps(f, sort_keys=True)


def short(f, cwd):
    return "%s %s:%d %s" % (f["rule"], os.path.relpath(f["file"], cwd),
                            f["range"]["start"]["line"], f["message"][:60])


def entries(directory):
    """The entries of an index directory: its regular files but dot files (.gitignore)."""
    out = []
    for dirpath, _dirs, files in os.walk(directory):
        out += [os.path.join(dirpath, f) for f in files if not f.startswith(".")]
    return sorted(p for p in out if os.path.isfile(p) and not os.path.islink(p))


class ShardTest(lintlib.Checks):
    """Each test gets a fresh temporary directory (self.tmp, the working directory of every run)
    holding the tree in src/."""

    def setUp(self):
        self.tmp = os.path.realpath(tempfile.mkdtemp(prefix="drvls-shard-"))
        self.addCleanup(shutil.rmtree, self.tmp, True)
        self.src = build_tree(self.tmp)
        self.files = sources(self.src)

    def path(self, *parts):
        return os.path.join(self.tmp, *parts)

    def rel(self, path):
        return os.path.relpath(path, self.tmp)

    def lint(self, args, cwd=None, env=None, codes=(0, 1)):
        """`drvls lint --format json ARGS`: (Result, document). The exit status must be in codes
        and, when it is 0 or 1, agree with the findings."""
        res = run_lint(["--format", "json"] + list(args), cwd=cwd or self.tmp, env=env)
        self.assertIn(res.code, codes, res)
        doc = json.loads(res.out)
        if res.code in (0, 1):
            self.assertEqual(res.code, 1 if doc["findings"] else 0, res)
        return res, doc

    def checked(self, res):
        m = SUMMARY.search(res.err)
        self.assertTrue(m, "no summary line:\n%r" % res)
        return int(m.group(5))

    def stats(self, res):
        """(files, from the index) of the --stats line."""
        m = STATS.search(res.err)
        self.assertTrue(m, "no 'drvls lint: stats: N files (K from the index); ' line:\n%r" % res)
        return int(m.group(1)), int(m.group(2))

    def index(self, args, cwd=None, env=None):
        """`drvls index ARGS` that must succeed: (files, parsed, up to date, the DIR it names)."""
        res = run_index(args, cwd or self.tmp, env)
        self.assertEqual(res.code, 0, res)
        lines = INDEX_LINE.findall(res.err)
        self.assertEqual(len(lines), 1, "one 'drvls index: N files in DIR (P parsed, U up to "
                         "date)' line expected:\n%r" % res)
        n, where, parsed, fresh = lines[0]
        self.assertEqual(int(parsed) + int(fresh), int(n), res)
        return int(n), int(parsed), int(fresh), where

    def assert_names_dir(self, where, directory, cwd=None):
        """The DIR printed by drvls index is the index directory (as given, or absolute)."""
        self.assertEqual(os.path.realpath(os.path.join(cwd or self.tmp, where)),
                         os.path.realpath(directory), where)

    def broken_lines(self, res):
        return BROKEN_NOTICE.findall(res.err) + BROKEN_ERROR.findall(res.err)

    def baseline(self):
        """The unsharded run without an index, and sanity checks of the tree's design."""
        res, doc = self.lint(["src"])
        self.assertEqual(res.code, 1, res)
        self.assertEqual(self.checked(res), len(self.files), res)
        self.assertTrue(BROKEN_NOTICE.search(res.err), res)
        got = {(f["rule"], self.rel(f["file"])) for f in doc["findings"]}
        for expected in [("ndis-workitem-init-halt", "src/dx/adapter.c"),
                         ("io-workitem-uninit-before-free", "src/roothub/cleanup.c"),
                         ("workitem-leak", "src/small0.c"), ("workitem-leak", "src/small1.c")]:
            self.assertIn(expected, got, "the tree's expected findings")
        self.assertFalse([k for k in got if k[1].startswith("src/cx/")],
                         "cx/adapter.c is clean once cleanup.c's facts are known")
        self.assertFalse([k for k in got if k[1] == "src/small2.c"])
        for a, b in (("cx/adapter.c", "cx/cleanup.c"), ("roothub/pnp.c", "roothub/cleanup.c")):
            self.assertNotEqual(shard_of(self.path("src", a), self.tmp, SHARDS),
                                shard_of(self.path("src", b), self.tmp, SHARDS),
                                "the tree is meant to put %s and %s in different shards" % (a, b))
        return res, doc

    def check_shards(self, doc, extra_args=(), env=None, n=SHARDS, cwd=None, paths=("src",)):
        """Run the n shards; check each against the unsharded document doc and return the list of
        (Result, document) per shard."""
        cwd = cwd or self.tmp
        parts = {k: [p for p in self.files if shard_of(p, cwd, n) == k] for k in range(1, n + 1)}
        self.assertEqual(sum(len(v) for v in parts.values()), len(self.files))
        union = []
        runs = []
        for k in range(1, n + 1):
            res, sdoc = self.lint(["--shard", "%d/%d" % (k, n)] + list(extra_args) + list(paths),
                                  cwd=cwd, env=env)
            own = set(parts[k])
            outside = [short(f, cwd) for f in sdoc["findings"] if f["file"] not in own]
            self.assertEqual(outside, [], "shard %d/%d reports findings of files it does not own"
                             % (k, n))
            expected = [f for f in doc["findings"] if f["file"] in own]
            self.assertEqual([short(f, cwd) for f in sdoc["findings"]],
                             [short(f, cwd) for f in expected], "shard %d/%d's findings" % (k, n))
            self.assertEqual([finding_key(f) for f in sdoc["findings"]],
                             [finding_key(f) for f in expected],
                             "shard %d/%d: findings differ in detail from the unsharded run"
                             % (k, n))
            self.assertEqual(self.checked(res), len(own), "shard %d/%d counts its own files "
                             "as checked:\n%r" % (k, n, res))
            broken = os.path.join(self.src, "broken.c")
            self.assertEqual(bool(notice_of(broken, cwd).search(res.err)), broken in own,
                             "the clang notice of broken.c is in its shard only (%d/%d):\n%r"
                             % (k, n, res))
            self.assertNotIn(NOT_ANALYSED, res.err, res)
            union += sdoc["findings"]
            runs.append((res, sdoc))
        keys = sorted(finding_key(f) for f in union)
        self.assertEqual(len(keys), len(set(keys)), "a finding is reported by two shards")
        self.assertEqual(keys, sorted(finding_key(f) for f in doc["findings"]),
                         "the union of the shards is the unsharded report")
        self.assertEqual(sum(self.checked(r) for r, _ in runs), len(self.files))
        return runs

    def assert_all_from_index(self, args, doc, stats_files=None):
        """`drvls lint ARGS --stats` with every parse made to crash: succeeds with doc's findings,
        so no file was parsed; --stats says every file came from the index."""
        res, got = self.lint(list(args) + ["--stats"],
                             env={"DRVLS_FAULT_CRASH_FILE": self.src + os.sep})
        self.assertNotIn(NOT_ANALYSED, res.err, "a file was parsed:\n%r" % res)
        self.assertEqual([finding_key(f) for f in got["findings"]],
                         [finding_key(f) for f in doc["findings"]])
        n, k = self.stats(res)
        self.assertEqual((n, k), (stats_files or len(self.files),) * 2, res)
        return res, got


# ---- the tests ---------------------------------------------------------------------------------

class ShardWithoutIndexTest(ShardTest):
    def test_union_of_shards_is_the_unsharded_report(self):
        _, doc = self.baseline()
        runs = self.check_shards(doc, ["--stats"])
        for k, (res, _) in enumerate(runs, 1):
            self.assertEqual(self.stats(res)[1], 0, "no index, nothing from it: %r" % res)

    def test_fault_switch_is_seen_by_lint(self):
        """The proof of 'not parsed' used by the index tests holds: a matching parse fails."""
        res, _ = self.lint(["src"], env={"DRVLS_FAULT_CRASH_FILE": self.src + os.sep},
                           codes=(2,))
        self.assertIn(NOT_ANALYSED, res.err, res)

    def test_one_shard_is_the_whole_run(self):
        _, doc = self.baseline()
        self.check_shards(doc, n=1)

    def test_each_shard_sarif_is_valid(self):
        _, doc = self.baseline()
        broken = os.path.join(self.src, "broken.c")
        paths = []
        total = 0
        for k in range(1, SHARDS + 1):
            out = self.path("shard-%d.sarif" % k)
            res = run_lint(["--format", "sarif", "-o", out, "--shard", "%d/%d" % (k, SHARDS),
                            "src"], cwd=self.tmp)
            self.assertIn(res.code, (0, 1), res)
            with open(out, encoding="utf-8") as f:
                log = json.load(f)
            run = log["runs"][0]
            total += len(run["results"])
            self.assertEqual(res.code, 1 if run["results"] else 0, res)
            own = {p for p in self.files if shard_of(p, self.tmp, SHARDS) == k}
            for r in run["results"]:
                uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                self.assertIn(os.path.join(self.tmp, uri), own, "shard %d: %s" % (k, uri))
            notes = json.dumps(run["invocations"][0].get("toolExecutionNotifications", []))
            self.assertEqual("broken.c" in notes, broken in own,
                             "shard %d: broken.c's clang errors are noted in its shard only" % k)
            self.assertTrue(run["invocations"][0]["executionSuccessful"])
            paths.append(out)
        self.assertEqual(total, len(doc["findings"]))
        validate_sarif(self, paths)

    def test_bad_shard_values_are_usage_errors(self):
        for value in ("0/3", "4/3", "x", "1/0", "3", "1/", "/3", "-1/3", "1/3x", "a/b", ""):
            with self.subTest(shard=value):
                res = run_lint(["--shard", value, "src"], cwd=self.tmp)
                self.assertEqual(res.code, 2, res)
                self.assertEqual(res.out, "", "usage errors write nothing to stdout")
                self.assertIn("drvls lint:", res.err)
        res = run_lint(["src", "--shard"], cwd=self.tmp)
        self.assertEqual(res.code, 2, res)
        res = run_lint(["--quiet", "--shard=3/3", "src/small2.c"], cwd=self.tmp)
        self.assertIn(res.code, (0, 1), "--shard=K/N is accepted: %r" % res)


class ShardWithIndexTest(ShardTest):
    def test_shards_with_an_index_built_once(self):
        _, doc = self.baseline()
        d = self.path("idx")
        n, parsed, fresh, where = self.index(["--out", "idx", "src"])
        self.assertEqual((n, parsed, fresh), (len(self.files), len(self.files), 0))
        self.assert_names_dir(where, d)
        self.assertGreaterEqual(len(entries(d)), len(self.files), "one entry per file")
        runs = self.check_shards(doc, ["--index", "idx", "--stats"],
                                 env={"DRVLS_FAULT_CRASH_FILE": self.src + os.sep})
        for k, (res, _) in enumerate(runs, 1):
            # every file's facts, the shard's own and the others', came from the index
            self.assertEqual(self.stats(res), (len(self.files), len(self.files)),
                             "shard %d: %r" % (k, res))
        # the clang notice of broken.c comes from the index too, the same as parsed
        res_plain = run_lint(["--format", "json", "src"], cwd=self.tmp)
        res_index = run_lint(["--format", "json", "--index", "idx", "src"], cwd=self.tmp)
        self.assertEqual(self.broken_lines(res_index), self.broken_lines(res_plain), res_index)
        self.assertTrue(self.broken_lines(res_plain))
        # a second drvls index has nothing to do
        self.assertEqual(self.index(["--out", "idx", "src"])[:3], (len(self.files), 0,
                                                                   len(self.files)))

    def test_parallel_shards_share_one_index(self):
        """The shards run at the same time over one index directory that none of them finds:
        they create it and write their entries side by side; the union is still the report, and
        what they wrote serves a later run."""
        _, doc = self.baseline()
        procs = [subprocess.Popen([CONFIG["drvls"], "lint", "--format", "json", "-j", "1",
                                   "--index", "idx", "--shard", "%d/%d" % (k, SHARDS), "src"],
                                  cwd=self.tmp, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for k in range(1, SHARDS + 1)]
        union = []
        for k, proc in enumerate(procs, 1):
            out, err = proc.communicate(timeout=TIMEOUT)
            res = Result(proc.returncode, out.decode("utf-8", "replace"),
                         err.decode("utf-8", "replace"))
            check_sanitizers(res)
            self.assertIn(res.code, (0, 1), "shard %d: %r" % (k, res))
            union += json.loads(res.out)["findings"]
        self.assertEqual(sorted(finding_key(f) for f in union),
                         sorted(finding_key(f) for f in doc["findings"]))
        self.assert_all_from_index(["--index", "idx", "src"], doc)

    def test_shards_with_a_partial_index(self):
        """Only some files indexed: the others are parsed by every shard that needs them."""
        _, doc = self.baseline()
        self.index(["--out", "idx", "src/roothub", "src/example"])
        runs = self.check_shards(doc, ["--index", "idx", "--stats"])
        indexed = len([p for p in self.files
                       if p.startswith((self.path("src", "roothub"), self.path("src", "example")))])
        for k, (res, _) in enumerate(runs, 1):
            self.assertGreaterEqual(self.stats(res)[1], indexed, res)

    def test_partition_is_stable_and_follows_the_path(self):
        self.index(["--out", "idx", "src"])
        _, doc = self.baseline()
        self.check_shards(doc, ["--index", "idx"])
        # an absolute PATH names the same files: the key is still the path relative to the cwd
        self.check_shards(doc, ["--index", "idx"], paths=(self.src,))
        # two files more: the old files stay in their shards, the new ones go where the hash says
        for i in (6, 7):
            write(self.path("src", "small%d.c" % i), small_driver(i))
        self.files = sources(self.src)
        _, doc2 = self.lint(["src"])
        self.check_shards(doc2, ["--index", "idx"])
        # run from outside the tree: the key is the absolute path
        elsewhere = os.path.realpath(tempfile.mkdtemp(prefix="drvls-shard-cwd-"))
        self.addCleanup(shutil.rmtree, elsewhere, True)
        _, doc3 = self.lint([self.src], cwd=elsewhere)
        self.assertEqual([finding_key(f) for f in doc3["findings"]],
                         [finding_key(f) for f in doc2["findings"]])
        self.check_shards(doc3, ["--index", self.path("idx")], cwd=elsewhere, paths=(self.src,))


class IndexReuseTest(ShardTest):
    def test_second_run_takes_everything_from_the_index(self):
        _, doc = self.baseline()
        first, doc1 = self.lint(["--index", "cache/drvls", "--stats", "src"])
        self.assertEqual(self.stats(first), (len(self.files), 0), first)
        self.assertEqual(doc1, doc, "findings with --index are those without")
        self.assertGreaterEqual(len(entries(self.path("cache", "drvls"))), len(self.files),
                                "lint --index writes the entries of the files it parsed")
        second, doc2 = self.assert_all_from_index(["--index", "cache/drvls", "src"], doc)
        self.assertEqual(doc2, doc)
        self.assertEqual(self.broken_lines(second), self.broken_lines(first))
        third = run_lint(["--format", "json", "--index", "cache/drvls", "src"], cwd=self.tmp)
        self.assertEqual(third.out, run_lint(["--format", "json", "src"], cwd=self.tmp).out,
                         "the same report, byte for byte")

    def test_an_edited_file_alone_is_parsed_again(self):
        self.lint(["--index", "idx", "src"])
        # cx's helper now frees the wrong slot: a finding in adapter.c, whose entry stays valid
        cleanup = self.path("src", "cx", "cleanup.c")
        write(cleanup, renamed(CLEANUP.replace("{slot}", "OtherWorkItem"), "cx"))
        _, doc = self.lint(["src"])
        rules = {(f["rule"], self.rel(f["file"])) for f in doc["findings"]}
        self.assertIn(("ndis-workitem-init-halt", "src/cx/adapter.c"), rules)
        # only cleanup.c is parsed: a parse of any adapter.c (cx/, dx/, example/) would crash
        res, got = self.lint(["--index", "idx", "--stats", "src"],
                             env={"DRVLS_FAULT_CRASH_FILE": "adapter.c"})
        self.assertNotIn(NOT_ANALYSED, res.err, res)
        self.assertEqual(self.stats(res), (len(self.files), len(self.files) - 1), res)
        self.assertEqual(got, doc)
        self.assert_all_from_index(["--index", "idx", "src"], doc)

    def test_a_changed_header_invalidates_the_files_that_include_it(self):
        """Findings with --index are those without, also when only a header changed."""
        d = self.path("src", "cx")
        write(os.path.join(d, "cx.h"), HEADER_MACRO.replace("{slot}", "OtherWorkItem"))
        write(os.path.join(d, "cleanup.c"), CLEANUP_MACRO)
        _, before = self.lint(["src/cx"])
        self.assertEqual([f["rule"] for f in before["findings"]], ["ndis-workitem-init-halt"])
        self.lint(["--index", "idx", "src/cx"])
        write(os.path.join(d, "cx.h"), HEADER_MACRO.replace("{slot}", "ResetWorkItem"))
        _, after = self.lint(["src/cx"])
        self.assertEqual(after["findings"], [], "the header's macro now frees the right slot")
        res, got = self.lint(["--index", "idx", "src/cx"])
        self.assertEqual([short(f, self.tmp) for f in got["findings"]], [],
                         "a stale entry was used after its header changed:\n%r" % res)

    def driver_flags(self, path):
        """The compile flags drvls uses for path by default, without the file itself."""
        res = subprocess.run([CONFIG["drvls"], "flags", path], cwd=self.tmp,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT,
                             check=True)
        words = shlex.split(res.stdout.decode().splitlines()[0])
        return [w for w in words[1:] if w != path]

    def test_changed_compile_flags_invalidate_entries(self):
        d = self.path("src", "cx")
        write(os.path.join(d, "cleanup.c"), CLEANUP_FLAG)
        flags = self.driver_flags(os.path.join(d, "cleanup.c"))
        idx = self.path("idx")

        def database(value):
            db = [{"directory": d, "file": os.path.join(d, name),
                   "arguments": ["clang"] + flags + ["-DCX_FREE_RESET=%d" % value, "-c",
                                                  os.path.join(d, name)]}
                  for name in ("adapter.c", "cleanup.c")]
            write(os.path.join(d, "compile_commands.json"), json.dumps(db))

        database(0)
        n, parsed, _, _ = self.index(["--out", idx, "-p", d])
        self.assertEqual((n, parsed), (2, 2))
        _, wrong = self.lint(["-p", d])
        self.assertEqual([f["rule"] for f in wrong["findings"]], ["ndis-workitem-init-halt"])
        self.assert_all_from_index(["--index", idx, "-p", d], wrong, stats_files=2)
        database(1)
        _, right = self.lint(["-p", d])
        self.assertEqual(right["findings"], [])
        res, got = self.lint(["--index", idx, "--stats", "-p", d])
        self.assertEqual(got, right, "entries made with other flags were used:\n%r" % res)
        self.assertEqual(self.stats(res), (2, 0), res)
        self.assertEqual(self.index(["--out", idx, "-p", d])[:3], (2, 0, 2))

    def test_relative_index_directory_with_a_compile_database(self):
        """The documented CI use: `drvls index -p DIR` into the default .cache/drvls (relative to
        the working directory), then `drvls lint --index .cache/drvls -p DIR`. A database entry's
        directory is not the working directory of drvls."""
        db = [{"directory": os.path.dirname(p), "file": p,
               "arguments": ["clang"] + self.driver_flags(p) + ["-c", p]} for p in self.files]
        os.makedirs(self.path("build"))
        write(self.path("build", "compile_commands.json"), json.dumps(db))
        _, doc = self.lint(["-p", "build"])
        n, parsed, fresh, where = self.index(["-p", "build"])
        self.assertEqual((n, parsed, fresh), (len(self.files), len(self.files), 0))
        self.assertGreaterEqual(len(entries(self.path(".cache", "drvls"))), len(self.files),
                                "the entries are in ./.cache/drvls")
        self.assertEqual(self.index(["-p", "build"])[:3], (len(self.files), 0, len(self.files)))
        self.assert_all_from_index(["--index", ".cache/drvls", "-p", "build"], doc)


class IndexCommandTest(ShardTest):
    def test_default_directory_and_counts(self):
        n, parsed, fresh, where = self.index(["src"])
        self.assertEqual((n, parsed, fresh), (len(self.files), len(self.files), 0))
        self.assert_names_dir(where, self.path(".cache", "drvls"))
        self.assertGreaterEqual(len(entries(self.path(".cache", "drvls"))), len(self.files))
        self.assertEqual(self.index(["-j", "1", "src"])[:3], (len(self.files), 0,
                                                              len(self.files)))
        write(self.path("src", "small5.c"), small_driver(5, leak=True))
        self.assertEqual(self.index(["src"])[:3], (len(self.files), 1, len(self.files) - 1))
        _, doc = self.lint(["src"])
        self.assert_all_from_index(["--index", ".cache/drvls", "src"], doc)

    def test_same_files_as_lint(self):
        """PATHs and -p select the files as lint does: a header only when named, -p's entries
        under the PATHs."""
        n = self.index(["--out", "a", "src/roothub", "src/roothub/hub.h"])[0]
        res, _ = self.lint(["src/roothub", "src/roothub/hub.h"])
        self.assertEqual(n, self.checked(res))
        self.assertEqual(n, 3)
        db = [{"directory": self.tmp, "file": p, "arguments": ["clang", "-x", "c", "-c", p]}
              for p in self.files]
        write(self.path("compile_commands.json"), json.dumps(db))
        n = self.index(["--out", "b", "-p", self.tmp, "src/dx"])[0]
        self.assertEqual(n, 2)
        self.assertEqual(self.index(["--out", "c", "-p", self.tmp])[0], len(self.files))

    def test_unusable_directory_is_exit_2(self):
        write(self.path("plainfile"), "not a directory\n")
        for out in ("plainfile", os.path.join("plainfile", "sub")):
            with self.subTest(out=out):
                res = run_index(["--out", out, "src/small0.c"], self.tmp)
                self.assertEqual(res.code, 2, res)
                self.assertIn("drvls index", res.err)
        with open(self.path("plainfile"), encoding="utf-8") as f:
            self.assertEqual(f.read(), "not a directory\n", "the file was left alone")


class BrokenIndexTest(ShardTest):
    def garble(self, directory):
        """Overwrite every entry: garbage, a truncated copy, empty, or another file's entry.
        Returns {path: bytes written}."""
        paths = entries(directory)
        self.assertGreaterEqual(len(paths), 4)
        original = {}
        for p in paths:
            with open(p, "rb") as f:
                original[p] = f.read()
        written = {}
        for i, p in enumerate(paths):
            kind = i % 4
            if kind == 0:
                data = bytes((i * 37 + j * 11) % 256 for j in range(997))
            elif kind == 1:
                data = original[p][:len(original[p]) // 2]
            elif kind == 2:
                data = b""
            else:
                other = paths[(i + 1) % len(paths)]
                data = original[other] if original[other] != original[p] else b"{}"
            with open(p, "wb") as f:
                f.write(data)
            written[p] = data
        return written

    def test_garbage_entries_are_ignored_and_rewritten(self):
        _, doc = self.baseline()
        self.index(["--out", "idx", "src"])
        self.garble(self.path("idx"))
        res, got = self.lint(["--index", "idx", "--stats", "src"])
        self.assertEqual(got, doc, "findings over a garbled index:\n%r" % res)
        self.assertEqual(self.stats(res), (len(self.files), 0), res)
        self.assertTrue(self.broken_lines(res), res)
        # the entries were rewritten: everything comes from the index again
        self.assert_all_from_index(["--index", "idx", "src"], doc)
        # drvls index over a garbled index parses everything again
        self.garble(self.path("idx"))
        self.assertEqual(self.index(["--out", "idx", "src"])[:3],
                         (len(self.files), len(self.files), 0))
        self.assert_all_from_index(["--index", "idx", "src"], doc)

    def test_garbage_entries_with_shards(self):
        _, doc = self.baseline()
        self.index(["--out", "idx", "src"])
        self.garble(self.path("idx"))
        self.check_shards(doc, ["--index", "idx"])

    def test_index_that_is_a_file_is_ignored(self):
        res0, doc = self.baseline()
        write(self.path("idx"), "not a directory\n")
        for extra in ([], ["--shard", "2/3"]):
            with self.subTest(extra=extra):
                res, got = self.lint(["--index", "idx", "src"] + extra)
                if not extra:
                    self.assertEqual(got, doc)
                    self.assertEqual(res.code, res0.code)
                    self.assertEqual(self.checked(res), len(self.files))
                else:
                    own = {p for p in self.files if shard_of(p, self.tmp, SHARDS) == 2}
                    self.assertEqual(got["findings"],
                                     [f for f in doc["findings"] if f["file"] in own])
        with open(self.path("idx"), encoding="utf-8") as f:
            self.assertEqual(f.read(), "not a directory\n", "the file was left alone")
        # an index directory that cannot be created (its parent is a file): the same
        res, got = self.lint(["--index", "idx/sub", "src"])
        self.assertEqual((res.code, got), (res0.code, doc))

    @unittest.skipIf(os.geteuid() == 0, "root writes anywhere: a read-only directory proves "
                     "nothing")
    def test_read_only_index_is_used_not_written(self):
        _, doc = self.baseline()
        self.index(["--out", "idx", "src"])
        write(self.path("src", "small0.c"), small_driver(0, leak=False))
        os.chmod(self.path("idx"), 0o555)
        self.addCleanup(os.chmod, self.path("idx"), 0o755)
        _, doc2 = self.lint(["src"])
        res, got = self.lint(["--index", "idx", "--stats", "src"])
        self.assertEqual(got, doc2)
        self.assertEqual(self.stats(res), (len(self.files), len(self.files) - 1), res)


if __name__ == "__main__":
    lintlib.main()  # the same options as test_lint.py; runs this module's tests
