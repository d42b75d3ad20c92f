#!/usr/bin/env python3
# test_cache.py - the workspace index's on-disk cache in <root>/.cache/drvls, over real sessions
# (pipes, window.workDoneProgress): the $/progress end of each indexing run says
# "Indexed N files (K from the cache)" (and the log says the same); a cold start takes nothing from
# the cache, a restart everything, a restart after a file changed on disk everything but that file;
# entries overwritten with garbage (random bytes, truncated, empty, another file's entry) are
# ignored and rewritten; a cache directory that cannot be used (.cache/drvls or .cache a regular
# file) leaves the server indexing, publishing and answering as usual; a client slow to accept the
# progress token still gets the end message of a run that finished meanwhile.
#
# The driver is the three-file miniport of sessionlib: adapter.c's halt calls CxFreeAdapter in
# cleanup.c, which is never opened. With CLEANUP_RIGHT the halt releases the slot, and adapter.c's
# only correct diagnostics have no ndis-workitem-init-halt finding, while adapter.c alone (its
# helper unknown) has one: so a clean adapter.c proves cleanup.c's facts were loaded, from the
# cache or a parse. With CLEANUP_WRONG adapter.c has exactly one finding.

import os
import re
import shutil
import threading
import time

from lspclient import LspServer, Suite, check, check_eq, fmt_diags, parse_args
import sessionlib as shared

args = parse_args(__doc__ or "on-disk cache of the workspace index")
suite = Suite(args)

INDEX_TIMEOUT = 120.0
DIAG_TIMEOUT = 120.0
HALT = "ndis-workitem-init-halt"
END_MESSAGE = re.compile(r"^Indexed (\d+) files? \((\d+) from the cache\)$")


def driver_tree(ctx, cleanup_text):
    d = ctx.tempdir()
    ctx.write(d, "cx.h", shared.HEADER)
    ctx.write(d, "adapter.c", shared.ADAPTER)
    ctx.write(d, "cleanup.c", cleanup_text)
    return d


def cache_dir(d):
    return os.path.join(d, ".cache", "drvls")


def cache_entries(d):
    """The entries in the cache directory (regular files, not dot files such as .gitignore)."""
    out = []
    for dirpath, _dirs, files in os.walk(cache_dir(d)):
        out += [os.path.join(dirpath, f) for f in files if not f.startswith(".")]
    return sorted(p for p in out if os.path.isfile(p))


def wait_log(s, text, timeout=10.0):
    """Whether a line of the server's stderr holds text (waiting a little for the reader)."""
    deadline = time.monotonic() + timeout
    while True:
        if any(text in line for line in list(s.stderr_lines)):
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)


class SlowProgressClient(LspServer):
    """A client that takes its time to answer window/workDoneProgress/create (as a busy editor
    may): the server must not use the token before the answer, nor lose the end of a run that
    finished meanwhile."""

    DELAY = 1.5
    answered_at = None  # how many messages had been received when the token was accepted

    def _answer_server_request(self, msg):
        if msg.get("method") == "window/workDoneProgress/create":
            threading.Timer(self.DELAY, self._accept, (msg,)).start()
        else:
            LspServer._answer_server_request(self, msg)

    def _accept(self, msg):
        self.answered_at = self.count()
        LspServer._answer_server_request(self, msg)


def start(ctx, d, slow_client=False, timeout=INDEX_TIMEOUT):
    """A server on workspace d, initialised (with workDoneProgress); returns it when its first
    indexing run has ended, with (N, K) of the progress end message."""
    if slow_client:
        s = SlowProgressClient(ctx.args.server)
        ctx.servers.append(s)
    else:
        s = ctx.server()
    s.initialize(root=d)
    end = s.wait_for_notification(
        "$/progress", predicate=lambda p: p["value"]["kind"] == "end", timeout=timeout)
    message = end["params"]["value"].get("message", "")
    m = END_MESSAGE.match(message)
    check(m, "the progress end says 'Indexed N files (K from the cache)'", end)
    n, k = int(m.group(1)), int(m.group(2))
    logged = "Indexed %d %s (%d from the cache)" % (n, "file" if n == 1 else "files", k)
    check(wait_log(s, logged), "the log says %r too" % logged, s.stderr_tail(10))
    return s, n, k


def adapter_diags(s, d):
    """Open adapter.c (the index has ended) and return its first published diagnostics."""
    uri, _ = shared.open_file(s, os.path.join(d, "adapter.c"))
    return uri, s.wait_diagnostics(uri, 1, timeout=DIAG_TIMEOUT)["diagnostics"]


def halt_findings(diags):
    return [x for x in diags if x.get("source") == "drvls" and x.get("code") == HALT]


def comparable(diags):
    return sorted((x.get("source"), x.get("code"), x["message"], x["range"]["start"]["line"],
                   x["range"]["start"]["character"], x["range"]["end"]["line"],
                   x["range"]["end"]["character"], x.get("severity")) for x in diags)


def hover_answers(s, uri):
    resp = s.request("textDocument/hover", {"textDocument": {"uri": uri},
                                            "position": {"line": 15, "character": 30}},
                     timeout=30)
    check("error" not in resp, "hover answered without error", resp)


def stop(s):
    check_eq(s.shutdown_and_exit(), 0, "exit code")


def garble(paths):
    """Overwrite every entry: garbage bytes, half of itself, nothing, or another file's entry."""
    original = {}
    for p in paths:
        with open(p, "rb") as f:
            original[p] = f.read()
    for i, p in enumerate(paths):
        kind = i % 4
        if kind == 0:
            data = bytes((i * 53 + j * 7) % 256 for j in range(1021))
        elif kind == 1:
            data = original[p][:len(original[p]) // 2]
        elif kind == 2:
            data = b""
        else:
            other = original[paths[(i + 1) % len(paths)]]
            data = other if other != original[p] else b"\0" * 64
        with open(p, "wb") as f:
            f.write(data)


def cold_start(ctx, cleanup_text):
    """A workspace indexed once (nothing from the cache); returns (d, N, adapter.c's
    diagnostics)."""
    d = driver_tree(ctx, cleanup_text)
    s, n, k = start(ctx, d)
    check(n >= 2, "adapter.c and cleanup.c are indexed", n)
    check_eq(k, 0, "a cold start takes nothing from the cache")
    _, diags = adapter_diags(s, d)
    stop(s)
    check(len(cache_entries(d)) >= n, "one entry per indexed file in .cache/drvls",
          cache_entries(d))
    return d, n, diags


@suite.case
def restart_takes_everything_from_the_cache(ctx):
    d, n, cold = cold_start(ctx, shared.CLEANUP_WRONG)
    check_eq(len(halt_findings(cold)), 1, "adapter.c's finding on a cold start")
    s, n2, k = start(ctx, d)
    check_eq((n2, k), (n, n), "a restart takes every file from the cache")
    _, warm = adapter_diags(s, d)
    check_eq(comparable(warm), comparable(cold), "the same diagnostics after the restart")
    stop(s)


@suite.case
def cached_helper_facts_are_the_right_ones(ctx):
    d, n, cold = cold_start(ctx, shared.CLEANUP_RIGHT)
    check_eq(halt_findings(cold), [], "adapter.c is clean with cleanup.c's facts: "
             + fmt_diags(cold))
    for _ in range(2):
        s, _n, k = start(ctx, d)
        check_eq(k, n, "everything from the cache")
        _, diags = adapter_diags(s, d)
        check_eq(halt_findings(diags), [], "cleanup.c's cached facts release the slot: "
                 + fmt_diags(diags))
        stop(s)


@suite.case
def changed_file_alone_is_parsed_again(ctx):
    d, n, cold = cold_start(ctx, shared.CLEANUP_WRONG)
    check_eq(len(halt_findings(cold)), 1, "adapter.c's finding on a cold start")
    ctx.write(d, "cleanup.c", shared.CLEANUP_RIGHT)  # changed on disk between sessions
    s, n2, k = start(ctx, d)
    check_eq((n2, k), (n, n - 1), "only the changed file is parsed again")
    _, diags = adapter_diags(s, d)
    check_eq(halt_findings(diags), [], "the changed helper's new facts are used: "
             + fmt_diags(diags))
    stop(s)
    s, _n, k = start(ctx, d)
    check_eq(k, n, "the changed file's entry was rewritten")
    _, diags = adapter_diags(s, d)
    check_eq(halt_findings(diags), [], fmt_diags(diags))
    stop(s)


@suite.case
def garbage_entries_are_ignored_and_rewritten(ctx):
    d, n, cold = cold_start(ctx, shared.CLEANUP_RIGHT)
    entries = cache_entries(d)
    garble(entries)
    s, n2, k = start(ctx, d)
    check_eq((n2, k), (n, 0), "no entry of garbage is used")
    uri, diags = adapter_diags(s, d)
    check_eq(comparable(diags), comparable(cold), "the diagnostics over a garbled cache")
    hover_answers(s, uri)
    stop(s)
    s, _n, k = start(ctx, d)
    check_eq(k, n, "the garbled entries were rewritten")
    _, diags = adapter_diags(s, d)
    check_eq(comparable(diags), comparable(cold), "the diagnostics from the rewritten entries")
    stop(s)


@suite.case
def progress_end_reaches_a_client_slow_to_accept_the_token(ctx):
    """With a warm cache the run can end before the client has answered the progress token
    request: the end message still comes, once the token is accepted."""
    d, n, cold = cold_start(ctx, shared.CLEANUP_RIGHT)
    s, n2, k = start(ctx, d, slow_client=True, timeout=30)
    check_eq((n2, k), (n, n), "a restart takes every file from the cache")
    created = [m for m in s.server_requests if m["method"] == "window/workDoneProgress/create"]
    check_eq(len(created), 1, "one progress token requested")
    early = [m for m in s.messages_snapshot()[:s.answered_at] if m.get("method") == "$/progress"]
    check_eq(early, [], "no progress on the token before the client accepted it")
    _, diags = adapter_diags(s, d)
    check_eq(comparable(diags), comparable(cold), "the same diagnostics")
    stop(s)


def unusable_cache(ctx, blocker):
    """The cache cannot be created: blocker (relative to the root) is a regular file."""
    d, n, cold = cold_start(ctx, shared.CLEANUP_RIGHT)
    shutil.rmtree(os.path.join(d, ".cache"))
    path = ctx.write(d, blocker, "not a directory\n")
    s, n2, k = start(ctx, d)
    check_eq((n2, k), (n, 0), "the index runs without a cache")
    uri, diags = adapter_diags(s, d)
    check_eq(comparable(diags), comparable(cold), "the diagnostics without a cache")
    hover_answers(s, uri)
    # the server goes on: an edit is checked and published
    text = shared.ADAPTER + "\n/* edited */\n"
    shared.full_change(s, uri, 2, text)
    p = s.wait_diagnostics(uri, 2, timeout=DIAG_TIMEOUT)
    check_eq(halt_findings(p["diagnostics"]), [], fmt_diags(p["diagnostics"]))
    check(s.alive(), "the server is alive")
    stop(s)
    with open(path) as f:
        check_eq(f.read(), "not a directory\n", "the file in the cache's way is left alone")


@suite.case
def cache_dir_is_a_regular_file(ctx):
    unusable_cache(ctx, os.path.join(".cache", "drvls"))


@suite.case
def cache_parent_is_a_regular_file(ctx):
    unusable_cache(ctx, ".cache")


suite.run()
