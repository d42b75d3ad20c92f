#!/usr/bin/env python3
"""Rule fixture runner: lints each fixture driver with `drvls lint --format json` and compares the
findings with the `// expect: rule-id[, rule-id...]` comments written in the fixture's sources.

Layout: <fixtures>/<rule-id>/{pos,neg}_NN_<name>/ holding one or more .c files (and optional .h).
A fixture passes when the set of (file, line, rule) findings equals the set of expectations, both
restricted to the known rules: the three work-item lifecycle rules below plus every rule directory
present under <fixtures>. Findings of other rules (clang errors, rules without fixtures yet) are
ignored.

A fixture may hold a file `lint.args` with extra `drvls lint` arguments (shell-style words, e.g.
`--halt all-paths`), for cases that exercise an option.

Corpus checks (a failure like any other): each fixture has a .c file whose first line is a comment
saying what the case is; a pos_ fixture expects its directory's rule at least once, a neg_ fixture
never; each rule directory that is run holds at least MIN_PER_KIND pos_ and neg_ fixtures.

Exit status: 0 all passed, 1 some fixture or corpus check failed, 2 usage error.
Standard library only.
"""

import argparse
import concurrent.futures
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

LINT_ARGS_FILE = "lint.args"
BASE_RULES = ("ndis-workitem-init-halt", "workitem-leak", "workitem-routine-must-free")
MIN_PER_KIND = 12
SOURCE_EXTS = (".c", ".h")
FIXTURE_NAME = re.compile(r"^(pos|neg)_\d{2,}_[A-Za-z0-9_]+$")
EXPECT = re.compile(r"//\s*expect:\s*(.*?)\s*$")
RULE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class FixtureError(Exception):
    """A problem with the fixture itself or with drvls's output (not a rule mismatch)."""


def rel(path, root):
    """path relative to root when it lies inside it, else the absolute path."""
    path = os.path.realpath(path)
    root = os.path.realpath(root)
    if path == root or path.startswith(root + os.sep):
        return os.path.relpath(path, root)
    return path


def fixture_sources(fixture_dir):
    """Every .c / .h file under fixture_dir, sorted, as absolute paths."""
    out = []
    for dirpath, dirnames, filenames in os.walk(fixture_dir):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(SOURCE_EXTS):
                out.append(os.path.join(dirpath, name))
    return out


def read_expectations(fixture_dir):
    """Set of (relative file, line, rule) parsed from `// expect:` comments."""
    expected = set()
    for path in fixture_sources(fixture_dir):
        with open(path, encoding="utf-8", errors="replace") as f:
            for lineno, line in enumerate(f, start=1):
                m = EXPECT.search(line)
                if not m:
                    continue
                ids = [s.strip() for s in m.group(1).split(",") if s.strip()]
                if not ids:
                    raise FixtureError("%s:%d: empty expect comment" % (rel(path, fixture_dir), lineno))
                for rule in ids:
                    if not RULE_ID.match(rule):
                        raise FixtureError("%s:%d: malformed rule id %r in expect comment"
                                           % (rel(path, fixture_dir), lineno, rule))
                    expected.add((rel(path, fixture_dir), lineno, rule))
    return expected


def check_fixture_shape(fixture_dir, rule_dir_name, expected):
    """Corpus rules for one fixture; returns a list of problems (empty when fine)."""
    problems = []
    name = os.path.basename(fixture_dir)
    if not FIXTURE_NAME.match(name):
        problems.append("fixture directory name %r is not pos_NN_name / neg_NN_name" % name)
    c_files = [p for p in fixture_sources(fixture_dir) if p.endswith(".c")]
    if not c_files:
        problems.append("no .c file in fixture")
    else:
        described = False
        for path in c_files:
            with open(path, encoding="utf-8", errors="replace") as f:
                first = f.readline().lstrip()
            if first.startswith("//") or first.startswith("/*"):
                described = True
                break
        if not described:
            problems.append("no .c file starts with a comment saying what the case is")
    own = [e for e in expected if e[2] == rule_dir_name]
    if name.startswith("pos_") and not own:
        problems.append("positive fixture has no `// expect: %s`" % rule_dir_name)
    if name.startswith("neg_") and own:
        problems.append("negative fixture expects its own rule %s at %s"
                        % (rule_dir_name, ", ".join("%s:%d" % (f, l) for f, l, _ in sorted(own))))
    return problems


def run_drvls(drvls, fixture_dir, timeout):
    """Run the linter on one fixture; returns the parsed findings list. Raises FixtureError."""
    cmd = [drvls, "lint", "--format", "json"]
    args_file = os.path.join(fixture_dir, LINT_ARGS_FILE)
    if os.path.isfile(args_file):
        with open(args_file, encoding="utf-8") as f:
            try:
                cmd += shlex.split(f.read(), comments=True)
            except ValueError as e:
                raise FixtureError("%s: %s" % (LINT_ARGS_FILE, e))
    cmd.append(fixture_dir)
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise FixtureError("drvls lint timed out after %ss: %s" % (timeout, " ".join(cmd)))
    except OSError as e:
        raise FixtureError("cannot run %s: %s" % (drvls, e))
    stderr = proc.stderr.decode("utf-8", errors="replace").strip()
    if proc.returncode not in (0, 1):
        what = ("killed by signal %d" % -proc.returncode if proc.returncode < 0
                else "exit code %d" % proc.returncode)
        raise FixtureError("drvls lint failed (%s)%s" % (what, (":\n" + indent(stderr)) if stderr else ""))
    text = proc.stdout.decode("utf-8", errors="replace")
    try:
        doc = json.loads(text)
    except ValueError as e:
        snippet = text.strip()[:300] or "<empty>"
        raise FixtureError("drvls lint output is not JSON (%s); stdout starts with:\n%s%s"
                           % (e, indent(snippet), ("\nstderr:\n" + indent(stderr)) if stderr else ""))
    if not isinstance(doc, dict) or not isinstance(doc.get("findings"), list):
        raise FixtureError("drvls lint JSON has no \"findings\" array: %s" % text.strip()[:300])
    if doc.get("version") != 1:
        raise FixtureError("drvls lint JSON has version %r, this runner understands version 1"
                           % doc.get("version"))
    findings = doc["findings"]
    for i, fd in enumerate(findings):
        try:
            ok = (isinstance(fd["rule"], str) and isinstance(fd["file"], str)
                  and isinstance(fd["range"]["start"]["line"], int))
        except (KeyError, TypeError):
            ok = False
        if not ok:
            raise FixtureError("finding #%d lacks rule / file / range.start.line: %s"
                               % (i, json.dumps(fd)[:300]))
    warnings = []
    if proc.returncode == 0 and findings:
        warnings.append("exit code 0 but %d finding(s) reported" % len(findings))
    if proc.returncode == 1 and not findings:
        warnings.append("exit code 1 but no findings reported")
    return findings, warnings


def indent(text, prefix="      "):
    return "\n".join(prefix + line for line in text.splitlines())


def evaluate(fixture_dir, rule_dir_name, known, args):
    """Check one fixture. Returns (ok, report lines)."""
    lines = []
    try:
        expected = read_expectations(fixture_dir)
    except FixtureError as e:
        return False, ["  fixture error: %s" % e]
    problems = check_fixture_shape(fixture_dir, rule_dir_name, expected)
    for p in problems:
        lines.append("  corpus: %s" % p)
    expected = {e for e in expected if e[2] in known}
    try:
        findings, warnings = run_drvls(args.drvls, fixture_dir, args.timeout)
    except FixtureError as e:
        lines.append("  error: %s" % e)
        return False, lines
    for w in warnings:
        lines.append("  warning: %s" % w)
    actual = {}
    for fd in findings:
        if fd["rule"] not in known:
            continue
        key = (rel(fd["file"], fixture_dir), fd["range"]["start"]["line"], fd["rule"])
        actual.setdefault(key, fd.get("message", ""))
    missing = sorted(expected - set(actual))
    unexpected = sorted(set(actual) - expected)
    for f, line, rule in missing:
        lines.append("  missing:    %s:%d %s" % (f, line, rule))
    for key in unexpected:
        f, line, rule = key
        msg = actual[key]
        lines.append("  unexpected: %s:%d %s%s" % (f, line, rule, ("  (%s)" % msg) if msg else ""))
    if args.verbose:
        for key in sorted(expected & set(actual)):
            lines.append("  matched:    %s:%d %s" % key)
    return not (missing or unexpected or problems), lines


def find_drvls(explicit):
    if explicit:
        return explicit
    env = os.environ.get("DRVLS")
    if env:
        return env
    here = os.path.dirname(os.path.abspath(__file__))
    candidate = os.path.join(here, "..", "..", "build", "drvls")
    if os.access(candidate, os.X_OK):
        return os.path.normpath(candidate)
    return shutil.which("drvls")


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--drvls", help="the drvls binary (default: $DRVLS, build/drvls, PATH)")
    ap.add_argument("--fixtures", default=os.path.join(here, "..", "fixtures", "rules"),
                    help="fixture root holding one directory per rule id")
    ap.add_argument("--rule", action="append", default=[],
                    help="only this rule directory (repeatable)")
    ap.add_argument("-k", dest="substr", action="append", default=[],
                    help="only fixtures whose <rule>/<fixture> name contains this (repeatable)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                    help="fixtures linted in parallel")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per lint run")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list matched findings")
    args = ap.parse_args(argv)

    root = os.path.realpath(args.fixtures)
    if not os.path.isdir(root):
        print("error: fixture root %s is not a directory" % root, file=sys.stderr)
        return 2
    args.drvls = find_drvls(args.drvls)
    if not args.drvls or not (os.path.isfile(args.drvls) and os.access(args.drvls, os.X_OK)):
        print("error: drvls binary not found or not executable: %s (use --drvls)" % args.drvls,
              file=sys.stderr)
        return 2

    rule_dirs = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
    known = set(BASE_RULES) | set(rule_dirs)
    selected = rule_dirs
    if args.rule:
        absent = [r for r in args.rule if r not in rule_dirs]
        if absent:
            print("error: no fixture directory for rule(s): %s" % ", ".join(absent), file=sys.stderr)
            return 2
        selected = [r for r in rule_dirs if r in args.rule]

    failures = 0
    corpus_failures = []
    jobs = []
    for rule in selected:
        rdir = os.path.join(root, rule)
        entries = sorted(e for e in os.listdir(rdir) if os.path.isdir(os.path.join(rdir, e)))
        n_pos = sum(1 for e in entries if e.startswith("pos_"))
        n_neg = sum(1 for e in entries if e.startswith("neg_"))
        if n_pos < MIN_PER_KIND or n_neg < MIN_PER_KIND:
            corpus_failures.append("%s: %d positive and %d negative fixtures (at least %d of each "
                                   "required)" % (rule, n_pos, n_neg, MIN_PER_KIND))
        for e in entries:
            name = "%s/%s" % (rule, e)
            if args.substr and not any(s in name for s in args.substr):
                continue
            jobs.append((name, os.path.join(rdir, e), rule))

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(evaluate, path, rule, known, args) for _, path, rule in jobs]
        for (name, _, _), fut in zip(jobs, futures):
            ok, lines = fut.result()
            print("%s %s" % ("PASS" if ok else "FAIL", name))
            for line in lines:
                print(line)
            sys.stdout.flush()
            if not ok:
                failures += 1

    for msg in corpus_failures:
        print("FAIL corpus %s" % msg)
    print("%d fixture(s): %d passed, %d failed%s"
          % (len(jobs), len(jobs) - failures, failures,
             ("; %d corpus check(s) failed" % len(corpus_failures)) if corpus_failures else ""))
    if not jobs and not corpus_failures:
        print("error: no fixture selected", file=sys.stderr)
        return 1
    return 1 if failures or corpus_failures else 0


if __name__ == "__main__":
    sys.exit(main())
