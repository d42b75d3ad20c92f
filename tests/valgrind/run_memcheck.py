#!/usr/bin/env python3
"""run_memcheck.py - a subset of the LSP session tests (tests/lsp) with the server under valgrind
memcheck: every server process must end with no memory error and no definitely lost block
(libclang's own leaks are suppressed by libclang.supp; nothing of drvls's may be).

Each session is one test file, or one case of it (--only), run as usual with the environment
lspclient.py reads: DRVLS_SERVER_WRAPPER (the valgrind command) and DRVLS_TIMEOUT_SCALE (valgrind
makes everything 20-50 times slower). One valgrind log per server process goes to --logdir; a log
with errors is printed. Sessions not started within --budget seconds count as failures.

usage: run_memcheck.py --server build/drvls --fixtures tests/fixtures
                       [--suppressions tests/valgrind/libclang.supp] [--logdir DIR]
                       [--budget 3000] [--scale 30] [--only SUBSTRING] [--skip-unless-env VAR]
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LSP = os.path.join(os.path.dirname(HERE), "lsp")

# (test file, case name or None for every case): the protocol paths, then a parse, rules, hover,
# edits, the workspace index and lint, bad input that reaches the documents, a libclang failure.
SESSIONS = [
    ("test_lifecycle.py", None),
    ("test_bad_input.py", "wrong_param_types"),
    ("test_bad_input.py", "edit_ranges_out_of_bounds"),
    ("test_bad_input.py", "invalid_utf8_in_document"),
    ("test_diagnostics.py", "error_then_incremental_fix_then_full_change_then_close"),
    ("test_diagnostics.py", "error_in_included_header_gives_one_summary"),
    ("test_rules_session.py", "rules_published_on_open"),
    ("test_rules_session.py", "hover_shows_lifecycle"),
    ("test_workspace.py", "lint_workspace_publishes_closed_files"),
    ("test_faults.py", "libclang_crash_in_one_file"),
    ("test_faults.py", "nul_and_lone_surrogate_edits"),
]

ERRORS = re.compile(r"ERROR SUMMARY: (\d+) errors")


def check_logs(logs):
    """(complete, failed) lists of valgrind logs: complete ones have a summary; failed ones report
    errors (definite leaks count, with --errors-for-leak-kinds=definite)."""
    complete, failed = [], []
    for path in logs:
        with open(path, errors="replace") as f:
            text = f.read()
        m = ERRORS.search(text)
        if not m:
            continue
        complete.append(path)
        if int(m.group(1)) > 0:
            failed.append(path)
    return complete, failed


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--server", required=True)
    ap.add_argument("--fixtures", required=True)
    ap.add_argument("--suppressions", default=os.path.join(HERE, "libclang.supp"))
    ap.add_argument("--logdir", default=None)
    ap.add_argument("--budget", type=float, default=3000.0)
    ap.add_argument("--scale", type=float, default=30.0)
    ap.add_argument("--only", default=None, help="run only the sessions naming this")
    ap.add_argument("--skip-unless-env", default=None, metavar="VAR",
                    help="exit 77 (ctest: skipped) unless the environment sets VAR=1")
    args = ap.parse_args()
    if args.skip_unless_env and os.environ.get(args.skip_unless_env) != "1":
        print("run_memcheck: skipped (set %s=1 to run it)" % args.skip_unless_env)
        return 77
    valgrind = shutil.which("valgrind")
    if not valgrind:
        print("run_memcheck: valgrind is not installed (Debian package valgrind)")
        return 1
    logdir = args.logdir or tempfile.mkdtemp(prefix="drvls-memcheck-")
    os.makedirs(logdir, exist_ok=True)
    for old in glob.glob(os.path.join(logdir, "*.log")):
        os.unlink(old)
    wrapper = [valgrind, "--tool=memcheck", "--error-exitcode=99", "--leak-check=full",
               "--errors-for-leak-kinds=definite", "--show-leak-kinds=definite",
               "--track-origins=no", "--num-callers=40",
               "--suppressions=" + os.path.abspath(args.suppressions),
               "--log-file=" + os.path.join(logdir, "drvls.%p.log")]
    env = dict(os.environ, DRVLS_SERVER_WRAPPER=" ".join(wrapper),
               DRVLS_TIMEOUT_SCALE=str(args.scale))
    begin = time.monotonic()
    failures, seen = [], set()
    total_logs = 0
    for test, case in SESSIONS:
        name = test + ("" if case is None else " --only " + case)
        if args.only and args.only not in name:
            continue
        if time.monotonic() - begin > args.budget:
            print("NOT RUN %s: the budget of %.0f s is spent" % (name, args.budget), flush=True)
            failures.append(name)
            continue
        cmd = [sys.executable, os.path.join(LSP, test), "--server", args.server,
               "--fixtures", args.fixtures] + ([] if case is None else ["--only", case])
        t0 = time.monotonic()
        res = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             text=True)
        logs = sorted(set(glob.glob(os.path.join(logdir, "*.log"))) - seen)
        seen.update(logs)
        total_logs += len(logs)
        complete, failed = check_logs(logs)
        ok = res.returncode == 0 and not failed and complete
        print("%s %s (%.0f s): exit %d, %d server processes, %d with a summary, %d with errors"
              % ("PASS" if ok else "FAIL", name, time.monotonic() - t0, res.returncode,
                 len(logs), len(complete), len(failed)), flush=True)
        if not ok:
            failures.append(name)
            print("  " + "\n  ".join(res.stdout.strip().splitlines()[-25:]))
            for path in failed[:3]:
                with open(path, errors="replace") as f:
                    print("  --- %s\n%s" % (path, f.read()[-6000:]))
    print("%d sessions failed; %d valgrind logs in %s (%.0f s)"
          % (len(failures), total_logs, logdir, time.monotonic() - begin))
    if failures:
        print("failed: " + ", ".join(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
