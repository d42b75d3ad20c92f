#!/usr/bin/env python3
"""lint_bench.py - how long `drvls lint` takes next to clang parsing the same files with the same
flags (`clang -fsyntax-only`: parsing is the floor any checker built on clang stands on).

For each corpus (the fixture drivers, the rule fixtures, a generated 20,000-line driver) it runs,
alternating, `drvls lint -j1` over the corpus and `clang -fsyntax-only` over each of its files in
turn, REPEAT times, and prints medians, files/s and the ratio drvls/clang; then drvls's own split
of its time (`lint --stats`: parse vs facts + rules), which is what the checker adds to parsing.

usage: lint_bench.py --drvls build/drvls [--repeat 5] [--lines 20000]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def find_clang():
    for name in ["clang"] + ["clang-%d" % v for v in range(19, 13, -1)]:
        path = shutil.which(name)
        if path:
            return path
    sys.exit("lint_bench: no clang binary found (install Debian's clang)")


def sources(root):
    out = []
    for d, _, files in os.walk(root):
        out += [os.path.join(d, f) for f in files if f.endswith(".c")]
    return sorted(out)


def flags_for(drvls, path):
    """The command drvls uses for path, as `drvls --check` prints it."""
    res = subprocess.run([drvls, "--check", path], capture_output=True, text=True)
    for line in res.stdout.splitlines():
        if line.startswith("command:"):
            return line[len("command:"):].split()
    sys.exit("lint_bench: cannot read flags from drvls --check %s" % path)


def timed(cmds):
    t0 = time.perf_counter()
    for cmd in cmds:
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def bench(name, drvls, clang, root, repeat):
    files = sources(root)
    if not files:
        return None
    flags = flags_for(drvls, files[0])
    clang_cmds = [[clang, "-fsyntax-only"] + flags + [f] for f in files]
    lint_cmd = [[drvls, "lint", "-j1", "--quiet", "--format", "json", root]]
    lint_t, clang_t = [], []
    for _ in range(repeat):
        lint_t.append(timed(lint_cmd))
        clang_t.append(timed(clang_cmds))
    lines = sum(sum(1 for _ in open(f, errors="replace")) for f in files)
    lm, cm = statistics.median(lint_t), statistics.median(clang_t)
    stats = subprocess.run([drvls, "lint", "-j1", "--quiet", "--stats", "--format", "json", root],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True).stderr
    split = next((l.split("stats: ", 1)[1] for l in stats.splitlines() if "stats: " in l), "")
    return {"name": name, "files": len(files), "lines": lines, "lint": lm, "clang": cm,
            "split": split}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--drvls", default=os.path.join(ROOT, "build", "drvls"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--lines", type=int, default=20000)
    args = ap.parse_args()
    drvls = os.path.abspath(args.drvls)
    clang = find_clang()
    tmp = tempfile.mkdtemp(prefix="drvls-bench-")
    try:
        gen = os.path.join(tmp, "generated")
        subprocess.run([sys.executable, os.path.join(HERE, "gen_driver.py"), gen,
                        "--lines", str(args.lines)], check=True, stdout=subprocess.DEVNULL)
        corpora = [("fixture drivers", os.path.join(ROOT, "tests", "fixtures", "drivers")),
                   ("rule fixtures", os.path.join(ROOT, "tests", "fixtures", "rules")),
                   ("generated %d-line driver" % args.lines, gen)]
        print("%-28s %6s %7s %12s %12s %10s %8s" %
              ("corpus", "files", "lines", "drvls lint", "clang -fsyn", "files/s", "ratio"))
        for name, root in corpora:
            r = bench(name, drvls, clang, root, args.repeat)
            if not r:
                continue
            print("%-28s %6d %7d %10.0fms %10.0fms %10.1f %7.2fx" %
                  (r["name"], r["files"], r["lines"], r["lint"] * 1000, r["clang"] * 1000,
                   r["files"] / r["lint"], r["lint"] / r["clang"]))
            print("    %s" % r["split"])
        print("(medians of %d alternating runs; lint -j1; clang run once per file with drvls's "
              "flags, %s)" % (args.repeat, clang))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
