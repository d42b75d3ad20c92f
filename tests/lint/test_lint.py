#!/usr/bin/env python3
"""Tests of `drvls lint`: options, exit codes, the three output formats and their agreement.

Runs the real binary over the small sources in tests/lint/data (copied to a temporary directory for
each test, so that no compile database of the source tree is found) and over the driver fixtures
under tests/fixtures (rules/<rule-id>/ and drivers/ when present), in text, JSON and SARIF. Checks:
- exit codes: 0 no findings, 1 findings, 2 usage errors (unknown option / rule / format, bad -j),
  unreadable files and missing compile databases;
- the JSON document has exactly the documented shape, offsets agree with line/column;
- SARIF validates against the SARIF 2.1.0 schema (tests/sarif/validate.js; `npm ci` is run there
  when node_modules is missing) and agrees with the JSON (rule, lines, UTF-16 columns, offsets);
- the text format prints one "file:line:col: severity: message [rule]" line per JSON finding, with
  paths relative to the working directory, a source line and a caret line; colour only on a
  terminal and never with NO_COLOR.

Usage: test_lint.py --drvls PATH [--fixtures DIR] [--sarif-dir DIR] [unittest options]
Standard library only. Without node the SARIF schema checks are skipped (and say so).
"""

import argparse
import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
CONFIG = {
    "drvls": None,
    "fixtures": os.path.join(HERE, "..", "fixtures"),
    "sarif_dir": os.path.join(HERE, "..", "sarif"),
}
TIMEOUT = 600
TEXT_HEADER = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning): (?P<msg>.*) "
    r"\[(?P<rule>[a-z0-9-]+)\]$")
TEXT_NOTE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): note: (?P<msg>.*)$")
SANITIZER_REPORT = re.compile(r"ERROR: (AddressSanitizer|LeakSanitizer)|runtime error: ")
SUMMARY = re.compile(r"^(\d+) findings? in (\d+) files? \((\d+) errors?, (\d+) warnings?\); "
                     r"(\d+) files? checked$", re.M)


# ---- running drvls ---------------------------------------------------------------------------

class Result:
    def __init__(self, code, out, err):
        self.code = code
        self.out = out
        self.err = err

    def __repr__(self):
        return "exit %d\n--- stdout ---\n%s\n--- stderr ---\n%s" % (
            self.code, self.out[-3000:], self.err[-3000:])


def run_lint(args, cwd=None, env=None):
    """Run `drvls lint ARGS`; returns a Result with decoded output."""
    full_env = dict(os.environ)
    full_env.pop("NO_COLOR", None)
    if env:
        full_env.update(env)
    proc = subprocess.run([CONFIG["drvls"], "lint"] + list(args), cwd=cwd, env=full_env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT,
                          check=False)
    res = Result(proc.returncode, proc.stdout.decode("utf-8", "replace"),
                 proc.stderr.decode("utf-8", "replace"))
    check_sanitizers(res)
    return res


def check_sanitizers(res):
    """A sanitizer report (ASan, LeakSanitizer, UBSan builds) fails the test whatever the exit code:
    ASan's own exit status 1 would otherwise pass for "findings"."""
    if SANITIZER_REPORT.search(res.err):
        raise AssertionError("sanitizer report from drvls lint:\n%r" % res)


def run_lint_tty(args, cwd, env=None):
    """Run `drvls lint ARGS` with standard output and error on a pseudo-terminal. Returns
    (exit code, everything written to the terminal)."""
    full_env = dict(os.environ)
    full_env.pop("NO_COLOR", None)
    full_env.update(env or {})
    master, slave = pty.openpty()
    proc = subprocess.Popen([CONFIG["drvls"], "lint"] + list(args), cwd=cwd, env=full_env,
                            stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], TIMEOUT)
        if not ready:
            proc.kill()
            break
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    code = proc.wait(timeout=TIMEOUT)
    screen = b"".join(chunks).decode("utf-8", "replace")
    check_sanitizers(Result(code, "", screen))
    return code, screen


# ---- SARIF validation through node ---------------------------------------------------------

_sarif_state = {"checked": False, "reason": None}


def sarif_validator_ready():
    """None when validate.js can run, else why not (node absent). Runs `npm ci` once if needed;
    a failing npm ci is an error, not a skip."""
    if _sarif_state["checked"]:
        return _sarif_state["reason"]
    _sarif_state["checked"] = True
    node = shutil.which("node")
    if not node:
        _sarif_state["reason"] = "node is not installed: SARIF schema validation skipped"
        return _sarif_state["reason"]
    sarif_dir = CONFIG["sarif_dir"]
    needed = ["ajv-draft-04", "ajv-formats", os.path.join("@microsoft", "jest-sarif")]
    if not all(os.path.isdir(os.path.join(sarif_dir, "node_modules", m)) for m in needed):
        npm = shutil.which("npm")
        if not npm:
            raise AssertionError("node is installed but npm is not: cannot install %s" % sarif_dir)
        proc = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=sarif_dir,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT,
                              check=False)
        if proc.returncode != 0:
            raise AssertionError("npm ci in %s failed:\n%s" % (
                sarif_dir, proc.stdout.decode("utf-8", "replace")[-3000:]))
    return None


def validate_sarif(testcase, paths):
    """Validate SARIF files with validate.js; skips the test only when node is absent."""
    reason = sarif_validator_ready()
    if reason:
        testcase.skipTest(reason)
    proc = subprocess.run(["node", os.path.join(CONFIG["sarif_dir"], "validate.js")] + list(paths),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT,
                          check=False)
    testcase.assertEqual(proc.returncode, 0, "SARIF validation failed:\n%s%s" % (
        proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")))


# ---- shapes and cross-checks ---------------------------------------------------------------

def utf16_units(data):
    """UTF-16 code units in the bytes data (invalid bytes count one each, like drvls)."""
    units = 0
    i = 0
    while i < len(data):
        for n in (4, 3, 2, 1):
            try:
                ch = data[i:i + n].decode("utf-8")
            except UnicodeDecodeError:
                continue
            if len(ch) == 1:
                units += 2 if ord(ch) > 0xFFFF else 1
                i += n
                break
        else:
            units += 1
            i += 1
    return units


def line_col_of(data, offset):
    """1-based (line, byte column) of byte offset in data (lines end at \\n, \\r\\n or \\r)."""
    line, start, i = 1, 0, 0
    while i < offset:
        c = data[i:i + 1]
        if c == b"\r" and data[i + 1:i + 2] == b"\n" and i + 1 < offset:
            i += 1
        if c in (b"\n", b"\r"):
            line += 1
            start = i + 1
        i += 1
    return line, offset - start + 1


def read_bytes(path, cache):
    if path not in cache:
        with open(path, "rb") as f:
            cache[path] = f.read()
    return cache[path]


class Checks(unittest.TestCase):
    """Shared assertions about drvls's documents."""

    def assert_keys(self, obj, keys, where):
        self.assertIsInstance(obj, dict, where)
        self.assertEqual(set(obj), set(keys), "%s: keys" % where)

    def assert_position(self, pos, where):
        self.assert_keys(pos, ("line", "column", "offset"), where)
        for k in ("line", "column"):
            self.assertIsInstance(pos[k], int, where)
            self.assertGreaterEqual(pos[k], 1, "%s.%s" % (where, k))
        self.assertIsInstance(pos["offset"], int, where)
        self.assertGreaterEqual(pos["offset"], 0, where)

    def assert_range(self, rng, where):
        self.assert_keys(rng, ("start", "end"), where)
        self.assert_position(rng["start"], where + ".start")
        self.assert_position(rng["end"], where + ".end")
        self.assertLessEqual(rng["start"]["offset"], rng["end"]["offset"], where)
        self.assertLessEqual((rng["start"]["line"], rng["start"]["column"]),
                             (rng["end"]["line"], rng["end"]["column"]), where)

    def assert_json_doc(self, doc, rule_ids):
        """The documented JSON shape, and offsets that agree with lines and columns."""
        self.assert_keys(doc, ("version", "tool", "findings"), "document")
        self.assertEqual(doc["version"], 1)
        self.assert_keys(doc["tool"], ("name", "version"), "tool")
        self.assertEqual(doc["tool"]["name"], "drvls")
        self.assertIsInstance(doc["tool"]["version"], str)
        self.assertIsInstance(doc["findings"], list)
        texts = {}
        for i, f in enumerate(doc["findings"]):
            where = "findings[%d]" % i
            self.assert_keys(f, ("rule", "severity", "file", "range", "message", "related",
                                 "fixes"), where)
            self.assertIn(f["rule"], rule_ids, where)
            self.assertIn(f["severity"], ("error", "warning", "note"), where)
            self.assertTrue(os.path.isabs(f["file"]), where)
            self.assertIsInstance(f["message"], str, where)
            self.assertTrue(f["message"], where + ": empty message")
            self.assert_range(f["range"], where + ".range")
            start = f["range"]["start"]
            data = read_bytes(f["file"], texts)
            self.assertLessEqual(f["range"]["end"]["offset"], len(data), where)
            self.assertEqual(line_col_of(data, start["offset"]), (start["line"], start["column"]),
                             where + ": offset disagrees with line/column")
            for j, r in enumerate(f["related"]):
                self.assert_keys(r, ("file", "range", "message"), "%s.related[%d]" % (where, j))
                self.assertTrue(os.path.isabs(r["file"]))
                self.assert_range(r["range"], "%s.related[%d].range" % (where, j))
                self.assertIsInstance(r["message"], str)
            for j, fix in enumerate(f["fixes"]):
                self.assert_keys(fix, ("title", "edits"), "%s.fixes[%d]" % (where, j))
                self.assertIsInstance(fix["title"], str)
                for k, e in enumerate(fix["edits"]):
                    self.assert_keys(e, ("file", "start", "end", "text"),
                                     "%s.fixes[%d].edits[%d]" % (where, j, k))
                    self.assertLessEqual(e["start"], e["end"])
                    self.assertIsInstance(e["text"], str)

    def assert_sarif_agrees(self, sarif, doc, cwd):
        """SARIF results mirror the JSON findings: rule, level, lines, UTF-16 columns, offsets."""
        self.assertEqual(sarif["version"], "2.1.0")
        self.assertEqual(len(sarif["runs"]), 1)
        run = sarif["runs"][0]
        self.assertEqual(run["columnKind"], "utf16CodeUnits")
        rules = run["tool"]["driver"]["rules"]
        self.assertEqual(run["tool"]["driver"]["name"], "drvls")
        self.assertTrue(rules, "no rules in tool.driver.rules")
        for rule in rules:
            for key in ("id", "name", "shortDescription", "fullDescription", "helpUri",
                        "defaultConfiguration"):
                self.assertIn(key, rule)
            self.assertRegex(rule["helpUri"], r"^https://")
        base = run.get("originalUriBaseIds", {}).get("SRCROOT", {}).get("uri")
        self.assertEqual(base, "file://" + urlquote(os.path.realpath(cwd)) + "/")
        results = run["results"]
        findings = doc["findings"]
        self.assertEqual(len(results), len(findings))
        texts = {}
        for res, f in zip(results, findings):
            self.assertEqual(res["ruleId"], f["rule"])
            self.assertEqual(rules[res["ruleIndex"]]["id"], f["rule"])
            self.assertEqual(res["level"], f["severity"])
            self.assertEqual(res["message"]["text"], f["message"])
            phys = res["locations"][0]["physicalLocation"]
            art = phys["artifactLocation"]
            rel = os.path.relpath(f["file"], os.path.realpath(cwd))
            if rel.startswith(".."):
                self.assertNotIn("uriBaseId", art)
                self.assertEqual(art["uri"], "file://" + urlquote(f["file"]))
            else:
                self.assertEqual(art["uriBaseId"], "SRCROOT")
                self.assertEqual(art["uri"], urlquote(rel))
            reg = phys["region"]
            start, end = f["range"]["start"], f["range"]["end"]
            data = read_bytes(f["file"], texts)
            line_start = start["offset"] - (start["column"] - 1)
            self.assertEqual(reg["startLine"], start["line"])
            self.assertEqual(reg["endLine"], end["line"])
            self.assertEqual(reg["startColumn"],
                             utf16_units(data[line_start:start["offset"]]) + 1)
            self.assertEqual(reg["charOffset"], utf16_units(data[:start["offset"]]))
            self.assertEqual(reg["charLength"],
                             utf16_units(data[start["offset"]:end["offset"]]))
            self.assertEqual(len(res.get("relatedLocations", [])), len(f["related"]))
            self.assertEqual(len(res.get("fixes", [])),
                             len([x for x in f["fixes"] if x["edits"]]))

    def assert_text_agrees(self, text, doc, cwd):
        """One header line per JSON finding, same order, paths relative to cwd, and a caret line
        under each source line."""
        lines = text.splitlines()
        headers = [(i, m) for i, m in ((i, TEXT_HEADER.match(l)) for i, l in enumerate(lines))
                   if m]
        self.assertEqual(len(headers), len(doc["findings"]), text)
        for (i, m), f in zip(headers, doc["findings"]):
            rel = os.path.relpath(f["file"], os.path.realpath(cwd))
            shown = f["file"] if rel.startswith("..") else rel
            self.assertEqual(m.group("file"), shown)
            self.assertEqual(int(m.group("line")), f["range"]["start"]["line"])
            self.assertEqual(int(m.group("col")), f["range"]["start"]["column"])
            self.assertEqual(m.group("rule"), f["rule"])
            self.assertEqual(m.group("sev"), f["severity"])
            self.assertGreater(len(lines), i + 2, "no source and caret lines")
            self.assertRegex(lines[i + 2], r"^ *\^~*", "caret line")
        notes = [l for l in lines if TEXT_NOTE.match(l)]
        self.assertEqual(len(notes), sum(len(f["related"]) for f in doc["findings"]))


def urlquote(path):
    from urllib.parse import quote
    return quote(path, safe="/-._~")


# ---- the tests -----------------------------------------------------------------------------

class LintTest(Checks):
    """Each test gets a fresh temporary directory (self.tmp) holding a copy of tests/lint/data."""

    def setUp(self):
        self.tmp = os.path.realpath(tempfile.mkdtemp(prefix="drvls-lint-"))
        self.addCleanup(shutil.rmtree, self.tmp, True)
        for name in os.listdir(DATA):
            shutil.copy(os.path.join(DATA, name), self.tmp)

    def path(self, *parts):
        return os.path.join(self.tmp, *parts)

    def make_dir(self, name, files):
        d = self.path(name)
        os.makedirs(d, exist_ok=True)
        for f in files:
            shutil.copy(self.path(f), d)
        return d

    def rule_ids(self):
        res = run_lint(["--format", "sarif", "--quiet", self.path("plain.c")], cwd=self.tmp)
        self.assertEqual(res.code, 0, res)
        return {r["id"] for r in json.loads(res.out)["runs"][0]["tool"]["driver"]["rules"]}

    def lint_json(self, args, cwd=None):
        res = run_lint(["--format", "json"] + args, cwd=cwd or self.tmp)
        self.assertIn(res.code, (0, 1), res)
        doc = json.loads(res.out)
        self.assertEqual(res.code, 1 if doc["findings"] else 0, res)
        return res, doc

    def check_formats(self, args, cwd):
        """Lint args from cwd in the three formats; check each and their agreement."""
        res, doc = self.lint_json(args, cwd=cwd)
        self.assert_json_doc(doc, self.rule_ids())
        text = run_lint(["--format", "text"] + args, cwd=cwd)
        self.assertEqual(text.code, res.code, text)
        self.assert_text_agrees(text.out, doc, cwd)
        sarif_path = os.path.join(self.tmp, "out-%d.sarif" % len(os.listdir(self.tmp)))
        sarif = run_lint(["--format", "sarif", "--output", sarif_path] + args, cwd=cwd)
        self.assertEqual(sarif.code, res.code, sarif)
        with open(sarif_path, encoding="utf-8") as f:
            self.assert_sarif_agrees(json.load(f), doc, cwd)
        validate_sarif(self, [sarif_path])
        return doc


class UsageTest(LintTest):
    def test_help(self):
        res = run_lint(["--help"])
        self.assertEqual(res.code, 0, res)
        self.assertIn("usage: drvls lint", res.out)
        for opt in ("--compile-commands", "--format", "--output", "--rule", "--disable",
                    "--quiet", "--halt", "-j"):
            self.assertIn(opt, res.out)

    def test_usage_errors_exit_2(self):
        cases = [
            [],
            ["--no-such-option", "x.c"],
            ["--format", "xml", "x.c"],
            ["--format"],
            ["-j", "0", "x.c"],
            ["-j", "many", "x.c"],
            ["--halt", "sometimes", "x.c"],
            ["--rule", "no-such-rule", "x.c"],
            ["--disable", "no-such-rule", "x.c"],
            ["--rule=bogus", "x.c"],
        ]
        for args in cases:
            with self.subTest(args=args):
                res = run_lint(args, cwd=self.tmp)
                self.assertEqual(res.code, 2, res)
                self.assertEqual(res.out, "", "usage errors write nothing to stdout")
                self.assertIn("drvls lint:", res.err)

    def test_unknown_rule_is_named(self):
        res = run_lint(["--rule", "no-such-rule", self.path("clean.c")])
        self.assertEqual(res.code, 2, res)
        self.assertIn("no-such-rule", res.err)

    def test_list_rules(self):
        res = run_lint(["--list-rules"])
        self.assertEqual(res.code, 0, res)
        lines = res.out.splitlines()
        self.assertEqual(sorted(l.split()[0] for l in lines), sorted(self.rule_ids()))
        for line in lines:
            rule, severity = line.split()[:2]
            self.assertIn(severity, ("error", "warning"), line)
            self.assertTrue(line.endswith(" https://drvls.dev/rules/" + rule), line)
            doc = os.path.join(HERE, "..", "..", "docs", "rules", rule + ".md")
            self.assertTrue(os.path.isfile(doc), "no %s" % doc)

    def test_known_rules_accepted(self):
        for rule in sorted(self.rule_ids()):
            with self.subTest(rule=rule):
                res = run_lint(["--quiet", "--rule", rule, "--disable", rule, self.path("plain.c")])
                self.assertEqual(res.code, 0, res)


class ExitCodeTest(LintTest):
    def test_clean_file_exits_0(self):
        for fmt in ("text", "json", "sarif"):
            with self.subTest(format=fmt):
                res = run_lint(["--format", fmt, "clean.c"], cwd=self.tmp)
                self.assertEqual(res.code, 0, res)
                m = SUMMARY.search(res.err)
                self.assertTrue(m, res)
                self.assertEqual(m.groups(), ("0", "0", "0", "0", "1"))
        self.assertEqual(run_lint(["clean.c"], cwd=self.tmp).out, "")

    def test_leak_exits_1(self):
        res, doc = self.lint_json(["leak.c"])
        self.assertEqual(res.code, 1, res)
        self.assertIn("workitem-leak", [f["rule"] for f in doc["findings"]], res)

    def test_missing_file_exits_2_and_others_still_checked(self):
        res = run_lint(["--format", "json", "clean.c", "leak.c", "does-not-exist.c"],
                       cwd=self.tmp)
        self.assertEqual(res.code, 2, res)
        self.assertIn("does-not-exist.c", res.err)
        doc = json.loads(res.out)
        self.assertTrue(doc["findings"], "the readable files are still reported")

    def test_dangling_link_in_directory_exits_2(self):
        d = self.make_dir("tree", ["clean.c"])
        os.symlink(self.path("gone.c"), os.path.join(d, "dangling.c"))
        res = run_lint([d])
        self.assertEqual(res.code, 2, res)
        self.assertIn("dangling.c", res.err)

    @unittest.skipIf(os.geteuid() == 0, "root reads any file: mode 000 proves nothing")
    def test_unreadable_file_exits_2(self):
        os.chmod(self.path("clean.c"), 0)
        res = run_lint([self.path("clean.c")])
        self.assertEqual(res.code, 2, res)
        self.assertIn("cannot read", res.err)

    def test_nothing_to_check_warns(self):
        empty = self.path("empty")
        os.makedirs(empty)
        res = run_lint([empty])
        self.assertEqual(res.code, 0, res)
        self.assertIn("no .c or .cpp file to check", res.err)

    def test_unwritable_output_exits_2(self):
        res = run_lint(["--output", self.path("no", "such", "dir", "out.json"), "clean.c"],
                       cwd=self.tmp)
        self.assertEqual(res.code, 2, res)

    def test_missing_compile_database_exits_2(self):
        res = run_lint(["-p", self.path("nowhere")])
        self.assertEqual(res.code, 2, res)
        self.assertIn("compile_commands.json", res.err)

    def test_clang_errors_reported_run_goes_on(self):
        res = run_lint(["--format", "json", "broken.c", "leak.c"], cwd=self.tmp)
        self.assertEqual(res.code, 1, res)
        self.assertRegex(res.err, r"broken\.c: \d+ clang errors?; rules ran on what parsed")
        self.assertRegex(res.err, r"broken\.c:\d+:\d+: error: ")
        doc = json.loads(res.out)
        self.assertTrue(all(f["rule"] != "clang" for f in doc["findings"]))
        self.assertTrue(any(f["file"].endswith("leak.c") for f in doc["findings"]))


    def test_missing_header_means_no_findings(self):
        # a header that is not found leaves the types and calls it declares unknown, and clang
        # says no more about the code that uses them: the file's functions are unknown to the
        # rules (no finding), while the same code with the header found is checked
        with open(self.path("leak.c"), encoding="utf-8") as f:
            leak = f.read()
        with open(self.path("missing.c"), "w", encoding="utf-8") as f:
            f.write('#include "no_such_header.h"\n' + leak)
        res = run_lint(["--format", "json", "missing.c"], cwd=self.tmp)
        self.assertEqual(res.code, 0, res)
        self.assertIn("'no_such_header.h' file not found", res.err)
        self.assertEqual(json.loads(res.out)["findings"], [])
        res, doc = self.lint_json(["leak.c"])
        self.assertTrue(doc["findings"], res)


class FormatTest(LintTest):
    def test_three_formats_agree_on_data(self):
        self.check_formats(["leak.c", "clean.c", "broken.c"], self.tmp)

    def test_quiet(self):
        res = run_lint(["--quiet", "clean.c"], cwd=self.tmp)
        self.assertEqual((res.code, res.out, res.err), (0, "", ""))
        res = run_lint(["--quiet", "leak.c"], cwd=self.tmp)
        self.assertEqual(res.code, 1, res)
        self.assertNotRegex(res.err, SUMMARY)

    def test_summary_counts(self):
        res, doc = self.lint_json(["leak.c", "clean.c"])
        m = SUMMARY.search(res.err)
        self.assertTrue(m, res)
        n, files, errors, warnings, checked = map(int, m.groups())
        self.assertEqual(n, len(doc["findings"]))
        self.assertEqual(files, len({f["file"] for f in doc["findings"]}))
        self.assertEqual(errors, sum(f["severity"] == "error" for f in doc["findings"]))
        self.assertEqual(warnings, sum(f["severity"] == "warning" for f in doc["findings"]))
        self.assertEqual(checked, 2)

    def test_output_file(self):
        for fmt in ("json", "sarif", "text"):
            with self.subTest(format=fmt):
                out = self.path("report." + fmt)
                res = run_lint(["--format", fmt, "-o", out, "leak.c"], cwd=self.tmp)
                self.assertEqual(res.code, 1, res)
                self.assertEqual(res.out, "")
                with open(out, encoding="utf-8") as f:
                    content = f.read()
                if fmt != "text":
                    json.loads(content)
                self.assertIn("workitem-leak", content)
                self.assertNotIn("\033[", content)

    def test_paths_outside_cwd_are_absolute(self):
        elsewhere = tempfile.mkdtemp(prefix="drvls-cwd-")
        self.addCleanup(shutil.rmtree, elsewhere, True)
        self.check_formats([self.path("leak.c")], elsewhere)

    def test_rule_filters(self):
        _, all_doc = self.lint_json(["leak.c"])
        rules = {f["rule"] for f in all_doc["findings"]}
        self.assertIn("workitem-leak", rules)
        _, only = self.lint_json(["--rule", "workitem-leak", "leak.c"])
        self.assertTrue(only["findings"])
        self.assertEqual({f["rule"] for f in only["findings"]}, {"workitem-leak"})
        _, without = self.lint_json(["--disable", "workitem-leak", "leak.c"])
        self.assertNotIn("workitem-leak", {f["rule"] for f in without["findings"]})
        other = sorted(self.rule_ids() - {"workitem-leak"})
        _, none = self.lint_json(sum([["--rule", r] for r in other], []) + ["leak.c"])
        self.assertNotIn("workitem-leak", {f["rule"] for f in none["findings"]})

    def test_halt_modes_accepted(self):
        for mode in ("at-least-once", "all-paths"):
            with self.subTest(mode=mode):
                res, _ = self.lint_json(["--halt", mode, "leak.c"])
                self.assertEqual(res.code, 1, res)

    def test_jobs_do_not_change_the_result(self):
        d = self.make_dir("tree", ["leak.c", "clean.c", "broken.c", "plain.c"])
        outs = set()
        for jobs in ("1", "2", "4"):
            res = run_lint(["--format", "json", "-j", jobs, d], cwd=self.tmp)
            self.assertEqual(res.code, 1, res)
            outs.add(res.out)
        self.assertEqual(len(outs), 1, "different output with different -j")

    def test_directories_skip_headers_unless_named(self):
        d = self.make_dir("tree", ["plain.c", "helper.h"])
        res = run_lint([d])
        self.assertEqual(res.code, 0, res)
        self.assertRegex(res.err, r"; 1 file checked")
        res = run_lint([d, os.path.join(d, "helper.h")])
        self.assertEqual(res.code, 0, res)
        self.assertRegex(res.err, r"; 2 files checked")

    def test_color_only_on_a_terminal(self):
        code, screen = run_lint_tty(["leak.c"], cwd=self.tmp)
        self.assertEqual(code, 1, screen)
        self.assertIn("\033[0;1;35mwarning: ", screen)
        self.assertIn("\033[0;1;32m", screen)  # caret line
        code, screen = run_lint_tty(["leak.c"], cwd=self.tmp, env={"NO_COLOR": "1"})
        self.assertEqual(code, 1, screen)
        self.assertNotIn("\033[0;1", screen)
        res = run_lint(["leak.c"], cwd=self.tmp)
        self.assertNotIn("\033[", res.out + res.err)

class CompileDatabaseTest(LintTest):
    def write_database(self, entries):
        with open(self.path("compile_commands.json"), "w", encoding="utf-8") as f:
            json.dump(entries, f, indent=1)

    def entry(self, name, extra=()):
        return {"directory": self.tmp, "file": name,
                "arguments": ["clang", "-x", "c", "-std=c11"] + list(extra) +
                             ["-c", name, "-o", name + ".o", "-MD", "-MF", name + ".d"]}

    def test_every_entry_is_checked(self):
        os.makedirs(self.path("sub"))
        shutil.copy(self.path("plain.c"), self.path("sub", "other.c"))
        self.write_database([self.entry("plain.c"), self.entry("sub/other.c")])
        res = run_lint(["-p", self.tmp], cwd=self.tmp)
        self.assertEqual(res.code, 0, res)
        self.assertRegex(res.err, r"; 2 files checked")
        self.assertFalse(os.path.exists(self.path("plain.c.o")), "an object file was written")
        self.assertFalse(os.path.exists(self.path("plain.c.d")), "a dependency file was written")

    def test_paths_restrict_the_database(self):
        os.makedirs(self.path("sub"))
        shutil.copy(self.path("plain.c"), self.path("sub", "other.c"))
        self.write_database([self.entry("plain.c"), self.entry("sub/other.c")])
        res = run_lint(["--compile-commands", self.tmp, self.path("sub")], cwd=self.tmp)
        self.assertEqual(res.code, 0, res)
        self.assertRegex(res.err, r"; 1 file checked")

    def test_unsafe_flags_are_removed(self):
        self.write_database([self.entry("plain.c", ["-fplugin=/nonexistent/plugin.so",
                                                    "-Xclang", "-load", "-Xclang",
                                                    "/nonexistent/load.so"])])
        res = run_lint(["-p", self.tmp], cwd=self.tmp)
        self.assertEqual(res.code, 0, res)
        self.assertNotIn("clang error", res.err)

    def test_missing_entry_file_exits_2(self):
        self.write_database([self.entry("plain.c"), self.entry("vanished.c")])
        res = run_lint(["-p", self.tmp], cwd=self.tmp)
        self.assertEqual(res.code, 2, res)
        self.assertIn("vanished.c", res.err)


class FixtureTest(LintTest):
    """The driver fixtures of the repository, one lint run per rule directory (and drivers/)."""

    def fixture_sets(self):
        root = os.path.realpath(CONFIG["fixtures"])
        sets = []
        rules = os.path.join(root, "rules")
        if os.path.isdir(rules):
            sets += [os.path.join(rules, d) for d in sorted(os.listdir(rules))
                     if os.path.isdir(os.path.join(rules, d))]
        if os.path.isdir(os.path.join(root, "drivers")):
            sets.append(os.path.join(root, "drivers"))
        return root, sets

    def test_fixtures_in_all_formats(self):
        root, sets = self.fixture_sets()
        if not sets:
            self.skipTest("no fixtures under %s" % root)
        for s in sets:
            with self.subTest(fixtures=os.path.relpath(s, root)):
                self.check_formats([s], root)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drvls", default=os.environ.get("DRVLS"), help="the drvls binary")
    parser.add_argument("--fixtures", default=CONFIG["fixtures"])
    parser.add_argument("--sarif-dir", default=CONFIG["sarif_dir"])
    args, rest = parser.parse_known_args()
    if not args.drvls:
        parser.error("--drvls (or $DRVLS) is required")
    CONFIG["drvls"] = os.path.abspath(args.drvls)
    CONFIG["fixtures"] = os.path.abspath(args.fixtures)
    CONFIG["sarif_dir"] = os.path.abspath(args.sarif_dir)
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
