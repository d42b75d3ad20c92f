#!/usr/bin/env python3
"""Quick-fix proof over the rule fixture corpus: for every positive fixture whose findings carry a
fix, copy the fixture to a temporary directory, apply the fixes with `drvls lint --fix`, and check
by re-analysis that

  - every finding that had a fix is gone,
  - no finding appears that was not there before (findings compared by rule, file and message,
    since line numbers move),
  - clang reports no new diagnostic for any source file (`drvls --check FILE`).

Rules in FIXABLE promise a fix for their findings: a positive fixture of such a rule whose own
finding comes without a fix fails, unless NO_FIX_FILE lists it with the reason (a case with no single
obvious edit, e.g. a work item in an array element or allocated in a loop).

A fixture may hold `lint.args` with extra `drvls lint` arguments (see run_fixtures.py).
Exit status: 0 all passed, 1 some fixture failed, 2 usage error. Standard library only.
"""

import argparse
import collections
import concurrent.futures
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

FIXABLE = ("ndis-workitem-init-halt", "workitem-leak", "io-workitem-uninit-before-free",
           "io-workitem-storage")
NO_FIX_FILE = "no_fix.txt"
LINT_ARGS_FILE = "lint.args"
CHECK_SUMMARY = re.compile(r"^(\d+) diagnostics, (\d+) errors$", re.M)


class FixError(Exception):
    pass


def lint_args(fixture):
    path = os.path.join(fixture, LINT_ARGS_FILE)
    if not os.path.isfile(path):
        return []
    with open(path, encoding="utf-8") as f:
        return shlex.split(f.read(), comments=True)


def run(cmd, timeout):
    try:
        return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
                              check=False)
    except subprocess.TimeoutExpired:
        raise FixError("timed out after %ss: %s" % (timeout, " ".join(cmd)))


def lint_json(drvls, fixture, extra, timeout):
    proc = run([drvls, "lint", "-q", "--format", "json"] + extra + [fixture], timeout)
    if proc.returncode not in (0, 1):
        raise FixError("drvls lint exited %d: %s" % (proc.returncode,
                                                      proc.stderr.decode(errors="replace")))
    return json.loads(proc.stdout.decode("utf-8", errors="replace"))["findings"]


def sources(fixture):
    out = []
    for dirpath, dirnames, filenames in os.walk(fixture):
        dirnames.sort()
        out += [os.path.join(dirpath, n) for n in sorted(filenames) if n.endswith(".c")]
    return out


def clang_counts(drvls, fixture, timeout):
    """{relative file: (diagnostics, errors)} from `drvls --check`."""
    counts = {}
    for path in sources(fixture):
        proc = run([drvls, "--check", path], timeout)
        m = CHECK_SUMMARY.search(proc.stdout.decode("utf-8", errors="replace"))
        if not m:
            raise FixError("drvls --check %s printed no summary" % path)
        counts[os.path.relpath(path, fixture)] = (int(m.group(1)), int(m.group(2)))
    return counts


def key(finding, root):
    return (finding["rule"], os.path.relpath(finding["file"], root), finding["message"])


def read_no_fix(path):
    """{"rule/fixture": reason} from NO_FIX_FILE (comments with #)."""
    out = {}
    if not os.path.isfile(path):
        return out
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                name, _, reason = line.partition(" ")
                out[name] = reason.strip()
    return out


def prove(args, rule, name, src, no_fix):
    """Check one fixture. Returns (status, lines) with status "PASS", "FAIL" or "SKIP"."""
    lines = []
    tmp = tempfile.mkdtemp(prefix="drvls-fix-")
    try:
        work = os.path.join(tmp, name)
        shutil.copytree(src, work)
        extra = lint_args(work)
        before = lint_json(args.drvls, work, extra, args.timeout)
        fixed = [f for f in before if f.get("fixes")]
        own = [f for f in before if f["rule"] == rule]
        label = "%s/%s" % (rule, name)
        unfixed_own = [f for f in own if not f.get("fixes")]
        if rule in FIXABLE and unfixed_own and label not in no_fix:
            lines.append("  no fix for %s:%d %s (list it in %s with the reason if intended)"
                         % (os.path.relpath(unfixed_own[0]["file"], work),
                            unfixed_own[0]["range"]["start"]["line"], rule, NO_FIX_FILE))
            return "FAIL", lines
        if label in no_fix and own and not unfixed_own:
            lines.append("  listed in %s but every finding has a fix now" % NO_FIX_FILE)
            return "FAIL", lines
        if not fixed:
            return "SKIP", ["  no finding with a fix" + (" (%s)" % no_fix[label]
                                                          if label in no_fix else "")]
        clang_before = clang_counts(args.drvls, work, args.timeout)
        proc = run([args.drvls, "lint", "-q", "--fix"] + extra + [work], args.timeout)
        if proc.returncode == 2:
            lines.append("  drvls lint --fix failed: %s" % proc.stderr.decode(errors="replace"))
            return "FAIL", lines
        after = lint_json(args.drvls, work, extra, args.timeout)
        left = collections.Counter(key(f, work) for f in after)
        was = collections.Counter(key(f, work) for f in before)
        for f in fixed:
            if left[key(f, work)] >= was[key(f, work)]:
                lines.append("  still reported after its fix: %s:%d %s"
                             % (os.path.relpath(f["file"], work), f["range"]["start"]["line"],
                                f["rule"]))
        for k, n in (left - was).items():
            lines.append("  new finding after the fix: %s %s (%s)" % (k[1], k[0], k[2]))
        clang_after = clang_counts(args.drvls, work, args.timeout)
        for path, (diags, errors) in sorted(clang_after.items()):
            d0, e0 = clang_before.get(path, (0, 0))
            if diags > d0 or errors > e0:
                lines.append("  clang: %s had %d diagnostics (%d errors), now %d (%d errors)"
                             % (path, d0, e0, diags, errors))
        if lines or args.verbose:
            diff = subprocess.run(["diff", "-ru", src, work], stdout=subprocess.PIPE,
                                  check=False).stdout.decode("utf-8", errors="replace")
            lines += ["    " + l for l in diff.splitlines()]
        return ("FAIL" if any(not l.startswith("    ") for l in lines) else "PASS"), lines
    except (FixError, ValueError, KeyError) as e:
        return "FAIL", lines + ["  error: %s" % e]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--drvls", required=True, help="the drvls binary")
    ap.add_argument("--fixtures", default=os.path.join(here, "..", "fixtures", "rules"))
    ap.add_argument("--no-fix-list", default=os.path.join(here, NO_FIX_FILE))
    ap.add_argument("-k", dest="substr", action="append", default=[],
                    help="only fixtures whose <rule>/<fixture> name contains this")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("-v", "--verbose", action="store_true", help="show every applied diff")
    args = ap.parse_args(argv)
    root = os.path.realpath(args.fixtures)
    if not os.path.isdir(root) or not os.access(args.drvls, os.X_OK):
        print("error: bad --fixtures or --drvls", file=sys.stderr)
        return 2
    no_fix = read_no_fix(args.no_fix_list)
    jobs = []
    for rule in sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d))):
        for name in sorted(os.listdir(os.path.join(root, rule))):
            label = "%s/%s" % (rule, name)
            if not name.startswith("pos_") or (args.substr and
                                               not any(s in label for s in args.substr)):
                continue
            jobs.append((rule, name, os.path.join(root, rule, name)))
    counts = collections.Counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(prove, args, rule, name, src, no_fix) for rule, name, src in jobs]
        for (rule, name, _), fut in zip(jobs, futures):
            status, lines = fut.result()
            counts[status] += 1
            print("%s %s/%s" % (status, rule, name))
            for line in lines:
                print(line)
            sys.stdout.flush()
    print("%d fixture(s): %d fixed and proven, %d without a fix, %d failed"
          % (len(jobs), counts["PASS"], counts["SKIP"], counts["FAIL"]))
    if not counts["PASS"] and not counts["FAIL"]:
        print("error: no fixture had a fix to prove", file=sys.stderr)
        return 1
    return 1 if counts["FAIL"] else 0


if __name__ == "__main__":
    sys.exit(main())
