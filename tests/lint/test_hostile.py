#!/usr/bin/env python3
"""Test of `drvls lint` on hostile inputs: what a workspace may hold never takes the run down.

Each case puts a small driver with one real finding (a work item that leaks) beside the hostile
file and checks the finding survives:
- code nested past an 8 MB stack (5,000 '!' in a row, 10,000 "else if", 100,000 '+'): parsed on
  drvls's big stack, no error, no crash;
- code nested past any stack (3,000,000 '!'): the parse crashes, the crash is contained, the file
  is reported as not analysed (exit 2, a SARIF notification), the other file's finding is kept;
- a FIFO and /dev/zero named on the command line, a FIFO listed in compile_commands.json: refused
  as not regular files at once (never blocking, never read without end), exit 2;
- a facts-cache entry that is a symbolic link to /dev/zero, or a FIFO: ignored, the file is parsed
  again, the same report;
- a file past --max-file-size: not read (exit 2);
- a binary file named .c: not analysed (exit 2), not "0 findings".
Every run has a timeout well above what it needs: a hang fails the test, nothing is timed.

Usage: test_hostile.py --drvls PATH [unittest options]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lsp"))
from smalldriver import small_driver  # noqa: E402

CONFIG = {"drvls": None}
TIMEOUT = 120


def crash_env():
    """The environment for a run that crashes libclang on purpose: what the abandoned parse had
    allocated leaks by design, so a sanitizer build is told not to report leaks."""
    env = dict(os.environ)
    env["ASAN_OPTIONS"] = ":".join(filter(None, [env.get("ASAN_OPTIONS"), "detect_leaks=0"]))
    return env


class Hostile(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="drvls-hostile-")
        self.write("leak.c", small_driver(1))

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w") as f:
            f.write(text)
        return path

    def lint(self, *args, env=None):
        return subprocess.run([CONFIG["drvls"], "lint", *args], cwd=self.dir, capture_output=True,
                              text=True, errors="replace", timeout=TIMEOUT, env=env)

    def sarif(self, *args, env=None):
        res = self.lint("--format", "sarif", *args, env=env)
        return res, json.loads(res.stdout)

    def assert_leak_kept(self, doc):
        rules = [r["ruleId"] for r in doc["runs"][0]["results"]]
        self.assertEqual(rules, ["workitem-leak"], "the real finding beside the hostile file")

    def test_deep_nesting_parses_on_the_big_stack(self):
        shapes = {
            "bang.c": "int f(int a){return " + "!" * 5000 + "a;}\n",
            "elif.c": "int f(int a){ if (a == 0) return 0;\n" +
                      "".join(" else if (a == %d) return %d;\n" % (i, i) for i in range(1, 10000)) +
                      " return -1; }\n",
            "plus.c": "int f(int a){return " + "+".join(["a"] * 100000) + ";}\n",
        }
        for name, text in shapes.items():
            with self.subTest(shape=name):
                self.write(name, text)
                res, doc = self.sarif("leak.c", name)
                self.assertEqual(res.returncode, 1, res.stderr)  # findings, every file analysed
                self.assert_leak_kept(doc)
                self.assertIn("2 files checked", res.stderr)
                self.assertNotIn("clang error", res.stderr)

    def test_parser_crash_is_contained(self):
        self.write("deep.c", "int f(int a){return " + "!" * 3000000 + "a;}\n")
        res, doc = self.sarif("leak.c", "deep.c", env=crash_env())
        self.assertEqual(res.returncode, 2, res.stderr)
        self.assert_leak_kept(doc)
        self.assertIn("deep.c: could not be analysed", res.stderr)
        notes = doc["runs"][0]["invocations"][0]["toolExecutionNotifications"]
        self.assertTrue([n for n in notes if "deep.c" in json.dumps(n)], notes)

    def test_fifo_and_device_on_the_command_line(self):
        os.mkfifo(os.path.join(self.dir, "fifo.c"))
        for name in ["fifo.c", "/dev/zero"]:
            with self.subTest(path=name):
                res, doc = self.sarif("leak.c", name)
                self.assertEqual(res.returncode, 2, res.stderr)
                self.assert_leak_kept(doc)
                self.assertIn("not a regular file", res.stderr)

    def test_fifo_in_a_compile_database(self):
        os.mkfifo(os.path.join(self.dir, "fifo.c"))
        db = [{"directory": self.dir, "file": f, "arguments": ["cc", "-c", f]}
              for f in ["fifo.c", "leak.c"]]
        self.write("compile_commands.json", json.dumps(db))
        res, doc = self.sarif("-p", self.dir)
        self.assertEqual(res.returncode, 2, res.stderr)
        self.assertIn("fifo.c: cannot read: not a regular file", res.stderr)

    def test_hostile_cache_entries(self):
        index = os.path.join(self.dir, "index")
        first, doc = self.sarif("--index", index, "leak.c")
        self.assert_leak_kept(doc)
        entries = [e for e in os.listdir(index) if e.endswith(".dfc")]
        self.assertEqual(len(entries), 1, os.listdir(index))
        entry = os.path.join(index, entries[0])
        for kind in ["symlink to /dev/zero", "fifo"]:
            with self.subTest(entry=kind):
                os.unlink(entry)
                if kind == "fifo":
                    os.mkfifo(entry)
                else:
                    os.symlink("/dev/zero", entry)
                res, doc = self.sarif("--index", index, "leak.c")
                self.assertEqual(res.returncode, 1, res.stderr)
                self.assert_leak_kept(doc)

    def test_file_over_the_size_limit(self):
        self.write("big.c", "int big;\n" + " " * (2 << 20))
        res, doc = self.sarif("--max-file-size", "1", "leak.c", "big.c")
        self.assertEqual(res.returncode, 2, res.stderr)
        self.assert_leak_kept(doc)
        self.assertIn("big.c: cannot read: larger than drvls's limit of 1 MB", res.stderr)

    def test_binary_file_named_c(self):
        with open(os.path.join(self.dir, "blob.c"), "wb") as f:
            f.write(bytes(range(256)) * 16)
        res, doc = self.sarif("leak.c", "blob.c")
        self.assertEqual(res.returncode, 2, res.stderr)
        self.assert_leak_kept(doc)
        self.assertIn("blob.c: not analysed: it holds NUL bytes", res.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drvls", required=True)
    args, rest = parser.parse_known_args()
    CONFIG["drvls"] = os.path.abspath(args.drvls)
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
