# lspclient.py - a small LSP client for the scripted session tests (tests/lsp/test_*.py) and the
# benchmark (tests/bench/): it starts the real drvls binary with pipes, frames and sends messages,
# parses the server's frames on a reader thread, answers the few requests a server may send to a
# client, and keeps the server's stderr so that failures can show its tail. Python stdlib only.

import argparse
import json
import os
import select
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.parse


# The memory-check run (tests/valgrind) starts the drvls binary under a wrapper command, given in
# DRVLS_SERVER_WRAPPER (e.g. "valgrind --error-exitcode=99 ..."; other servers, such as clangd in
# the benchmarks, are never wrapped), and stretches every timeout by DRVLS_TIMEOUT_SCALE.
SERVER_WRAPPER = os.environ.get("DRVLS_SERVER_WRAPPER", "")
TIMEOUT_SCALE = float(os.environ.get("DRVLS_TIMEOUT_SCALE") or 1)


class LspError(Exception):
    """A test-visible failure of the session (timeout, broken framing, dead server)."""


def path_to_uri(path):
    path = os.path.abspath(path)
    return "file://" + urllib.parse.quote(path, safe="/")


def uri_to_path(uri):
    if not uri.startswith("file://"):
        return None
    rest = uri[len("file://"):]
    if rest.startswith("localhost/"):
        rest = rest[len("localhost"):]
    return os.path.normpath(urllib.parse.unquote(rest))


def same_uri(a, b):
    """True when two file URIs name the same file (servers may percent-encode differently)."""
    if a == b:
        return True
    pa, pb = uri_to_path(a or ""), uri_to_path(b or "")
    return pa is not None and pa == pb


def frame(body):
    """One base-protocol frame around a body (bytes or a JSON-serialisable value)."""
    if not isinstance(body, (bytes, bytearray)):
        body = json.dumps(body, ensure_ascii=False).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + bytes(body)


class LspServer:
    """One server process and its session.

    Messages received from the server are kept in order in self.messages. Responses are matched
    by id; notifications are consumed by wait_for_notification, so a notification that arrived
    before the wait began is still found (and each one is returned at most once)."""

    def __init__(self, server, args=(), cwd=None, env=None, name="drvls"):
        self.name = name
        self.cmd = [server] + list(args)
        if SERVER_WRAPPER and "drvls" in os.path.basename(server):
            self.cmd = shlex.split(SERVER_WRAPPER) + self.cmd
        self.proc = subprocess.Popen(self.cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, cwd=cwd, env=env, bufsize=0)
        os.set_blocking(self.proc.stdin.fileno(), False)
        self.started = time.monotonic()
        self.cond = threading.Condition()
        self.write_lock = threading.Lock()
        self.messages = []          # every message from the server, in order
        self.consumed = set()       # indices of notifications already returned by a wait
        self.responses = {}         # id (json value, as key) -> indices of unconsumed responses
        self.stderr_lines = []
        self.stdout_eof = False
        self.protocol_errors = []   # the server broke the framing or sent invalid JSON
        self.next_id = 1
        self.stdin_closed = False
        self.server_requests = []   # requests the server sent to us
        self._reader = threading.Thread(target=self._read_stdout, daemon=True)
        self._err_reader = threading.Thread(target=self._read_stderr, daemon=True)
        self._reader.start()
        self._err_reader.start()

    # ---------------------------------------------------------------- reading

    def _read_exact(self, n):
        out = bytearray()
        while len(out) < n:
            chunk = self.proc.stdout.read(n - len(out))
            if not chunk:
                return None
            out += chunk
        return bytes(out)

    def _read_stdout(self):
        out = self.proc.stdout
        try:
            while True:
                headers = {}
                line = out.readline()
                if not line:
                    break
                while line not in (b"\r\n", b"\n"):
                    if not line:
                        raise EOFError("end of stdout inside a header block")
                    if not line.endswith(b"\r\n"):
                        self._protocol_error("header line not ended by CRLF: %r" % line)
                    text = line.decode("ascii", "replace").strip()
                    if ":" not in text:
                        self._protocol_error("malformed header line from server: %r" % line)
                    else:
                        k, v = text.split(":", 1)
                        headers[k.strip().lower()] = v.strip()
                    line = out.readline()
                if "content-length" not in headers:
                    self._protocol_error("server frame without Content-Length: %r" % headers)
                    continue
                n = int(headers["content-length"])
                body = self._read_exact(n)
                if body is None:
                    raise EOFError("end of stdout inside a body")
                try:
                    msg = json.loads(body.decode("utf-8"))
                except (ValueError, UnicodeDecodeError) as e:
                    self._protocol_error("server body is not JSON (%s): %r" % (e, body[:200]))
                    continue
                self._dispatch(msg)
        except EOFError as e:
            self._protocol_error(str(e))
        except Exception as e:  # never let the reader die silently
            self._protocol_error("reader: %r" % e)
        finally:
            with self.cond:
                self.stdout_eof = True
                self.cond.notify_all()

    def _protocol_error(self, what):
        with self.cond:
            self.protocol_errors.append(what)
            self.cond.notify_all()

    def _dispatch(self, msg):
        with self.cond:
            self.messages.append(msg)
            if isinstance(msg, dict) and "method" not in msg and "id" in msg:
                self.responses.setdefault(json.dumps(msg["id"]), []).append(
                    len(self.messages) - 1)
            self.cond.notify_all()
        if isinstance(msg, dict) and "method" in msg and "id" in msg:
            self.server_requests.append(msg)
            self._answer_server_request(msg)

    def _answer_server_request(self, msg):
        method = msg["method"]
        if method in ("window/workDoneProgress/create", "client/registerCapability",
                      "client/unregisterCapability", "window/showMessageRequest",
                      "workspace/codeLens/refresh", "workspace/diagnostic/refresh",
                      "workspace/semanticTokens/refresh", "workspace/inlayHint/refresh"):
            reply = {"jsonrpc": "2.0", "id": msg["id"], "result": None}
        elif method == "workspace/configuration":
            items = (msg.get("params") or {}).get("items") or []
            reply = {"jsonrpc": "2.0", "id": msg["id"], "result": [None] * len(items)}
        elif method == "workspace/workspaceFolders":
            reply = {"jsonrpc": "2.0", "id": msg["id"], "result": None}
        else:
            reply = {"jsonrpc": "2.0", "id": msg["id"],
                     "error": {"code": -32601, "message": "not supported by the test client"}}
        try:
            self.send(reply)
        except LspError:
            pass

    def _read_stderr(self):
        for line in iter(self.proc.stderr.readline, b""):
            with self.cond:
                self.stderr_lines.append(line.decode("utf-8", "replace").rstrip("\n"))
                self.cond.notify_all()

    # ---------------------------------------------------------------- writing

    def raw_write(self, data, timeout=60.0):
        """Write bytes as they are (for malformed input). Raises LspError if the pipe is closed
        or the server stops reading for longer than timeout."""
        timeout *= TIMEOUT_SCALE
        with self.write_lock:
            if self.stdin_closed:
                raise LspError("stdin already closed")
            fd = self.proc.stdin.fileno()
            view = memoryview(bytes(data))
            deadline = time.monotonic() + timeout
            try:
                while view:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise LspError("the server stopped reading its stdin (%d bytes left to "
                                       "write after %.0f s)" % (len(view), timeout))
                    _r, w, _x = select.select([], [fd], [], min(left, 0.5))
                    if not w:
                        continue
                    try:
                        n = os.write(fd, view[:1 << 16])
                    except BlockingIOError:
                        continue
                    view = view[n:]
            except (BrokenPipeError, OSError) as e:
                raise LspError("cannot write to the server (%s); exit code %r"
                               % (e, self.proc.poll()))

    def send(self, msg):
        self.raw_write(frame(msg))

    def notify(self, method, params=None):
        msg = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)

    def send_request(self, method, params=None, id=None):
        """Send a request without waiting; returns its id."""
        if id is None:
            with self.cond:
                id = self.next_id
                self.next_id += 1
        msg = {"jsonrpc": "2.0", "id": id, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        return id

    def wait_response(self, id, timeout=10.0):
        timeout *= TIMEOUT_SCALE
        key = json.dumps(id)
        deadline = time.monotonic() + timeout
        with self.cond:
            while not self._pending(key):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise LspError("no response to request id %r within %.1f s" % (id, timeout))
                if self.stdout_eof:
                    raise LspError("server closed stdout before answering id %r (exit code %r)"
                                   % (id, self.proc.poll()))
                self.cond.wait(min(left, 0.2))
            i = self.responses[key].pop(0)
            self.consumed.add(i)
            return self.messages[i]

    def _pending(self, key):
        """Caller must hold self.cond. Drops indices consumed by wait_for_message."""
        lst = self.responses.get(key)
        if not lst:
            return False
        lst[:] = [i for i in lst if i not in self.consumed]
        return bool(lst)

    def request(self, method, params=None, timeout=10.0, id=None):
        """Send a request and return the whole response message (result or error)."""
        rid = self.send_request(method, params, id=id)
        return self.wait_response(rid, timeout)

    def call(self, method, params=None, timeout=10.0):
        """Send a request and return its result; an error response raises LspError."""
        resp = self.request(method, params, timeout)
        if "error" in resp:
            raise LspError("%s failed: %r" % (method, resp["error"]))
        if "result" not in resp:
            raise LspError("%s: response has neither result nor error: %r" % (method, resp))
        return resp["result"]

    def wait_for_message(self, predicate, timeout=10.0, what="a message", since=0):
        """Wait for any unconsumed message (response or notification) matching predicate,
        received at index since or later."""
        timeout *= TIMEOUT_SCALE
        deadline = time.monotonic() + timeout
        with self.cond:
            i = since
            while True:
                while i < len(self.messages):
                    m = self.messages[i]
                    if i not in self.consumed and predicate(m):
                        self.consumed.add(i)
                        return m
                    i += 1
                left = deadline - time.monotonic()
                if left <= 0:
                    raise LspError("no %s within %.1f s" % (what, timeout))
                if self.stdout_eof:
                    raise LspError("server closed stdout while waiting for %s (exit code %r)"
                                   % (what, self.proc.poll()))
                self.cond.wait(min(left, 0.2))

    def wait_for_notification(self, method, predicate=None, timeout=10.0, since=0):
        def match(m):
            return (isinstance(m, dict) and m.get("method") == method and "id" not in m
                    and (predicate is None or predicate(m.get("params"))))
        return self.wait_for_message(match, timeout, "notification %s" % method, since)

    def wait_diagnostics(self, uri, version=None, timeout=60.0, predicate=None, since=0):
        """The next publishDiagnostics params for uri (and, if given, that version), received at
        message index since or later."""
        def match(p):
            if not isinstance(p, dict) or not same_uri(p.get("uri"), uri):
                return False
            if version is not None and p.get("version") != version:
                return False
            return predicate is None or predicate(p)
        return self.wait_for_notification("textDocument/publishDiagnostics", match,
                                          timeout, since)["params"]

    def messages_snapshot(self):
        with self.cond:
            return list(self.messages)

    def count(self):
        with self.cond:
            return len(self.messages)

    def messages_after(self, index):
        with self.cond:
            return list(self.messages[index:])

    def unconsumed_after(self, index):
        """Messages from index on that no wait has returned yet."""
        with self.cond:
            return [m for i, m in enumerate(self.messages[index:], index)
                    if i not in self.consumed]

    # ---------------------------------------------------------------- lifecycle

    def initialize(self, capabilities=None, root=None, encodings=None, initialized=True,
                   timeout=30.0, init_options=None):
        caps = capabilities if capabilities is not None else {
            "textDocument": {"publishDiagnostics": {"relatedInformation": True,
                                                    "versionSupport": True},
                             "synchronization": {"didSave": True}},
            "window": {"workDoneProgress": True},
        }
        if encodings is not None:
            caps = dict(caps)
            caps["general"] = {"positionEncodings": list(encodings)}
        params = {"processId": os.getpid(), "clientInfo": {"name": "drvls-tests"},
                  "rootUri": path_to_uri(root) if root else None, "capabilities": caps}
        if root:
            params["workspaceFolders"] = [{"uri": path_to_uri(root), "name": "root"}]
        if init_options is not None:
            params["initializationOptions"] = init_options
        result = self.call("initialize", params, timeout)
        if initialized:
            self.notify("initialized", {})
        return result

    def open(self, uri, text, version=1, language="c"):
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": language, "version": version, "text": text}})

    def change(self, uri, version, changes):
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": changes})

    def close_doc(self, uri):
        self.notify("textDocument/didClose", {"textDocument": {"uri": uri}})

    def shutdown_and_exit(self, timeout=10.0):
        """shutdown (must answer null), exit; returns the exit code."""
        resp = self.request("shutdown", None, timeout)
        if "error" in resp or resp.get("result", "missing") is not None:
            raise LspError("shutdown must answer with result null, got %r" % resp)
        self.notify("exit")
        return self.wait_exit(timeout)

    def close_stdin(self):
        with self.write_lock:
            if not self.stdin_closed:
                self.stdin_closed = True
                try:
                    self.proc.stdin.close()
                except OSError:
                    pass

    def wait_exit(self, timeout=10.0):
        """Exit code, or LspError when the process is still running after timeout."""
        timeout *= TIMEOUT_SCALE
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            raise LspError("server still running %.1f s after it should have exited" % timeout)

    def rss_kb(self):
        """Resident set size of the server in KiB (Linux), or None."""
        try:
            with open("/proc/%d/status" % self.proc.pid) as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1])
        except OSError:
            return None
        return None

    def alive(self):
        return self.proc.poll() is None

    def stderr_tail(self, n=40):
        with self.cond:
            return "\n".join(self.stderr_lines[-n:])

    def stderr_count(self):
        with self.cond:
            return len(self.stderr_lines)

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                pass
        self.close_stdin()
        self._reader.join(2)
        self._err_reader.join(2)
        for f in (self.proc.stdout, self.proc.stderr):
            try:
                f.close()
            except OSError:
                pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.kill()
        return False


# -------------------------------------------------------------------- a tiny test runner

class CheckFailed(AssertionError):
    pass


def check(cond, what, *details):
    if not cond:
        raise CheckFailed(what + ("" if not details else ": " + " ".join(repr(d) for d in details)))


def check_eq(actual, expected, what):
    if actual != expected:
        raise CheckFailed("%s: expected %r, got %r" % (what, expected, actual))


def parse_args(description):
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--server", required=True, help="path of the drvls binary")
    ap.add_argument("--fixtures", default=None, help="tests/fixtures directory")
    ap.add_argument("--only", default=None, help="run only the cases whose name contains this")
    args, _unknown = ap.parse_known_args()
    args.server = os.path.abspath(args.server)
    if args.fixtures:
        args.fixtures = os.path.abspath(args.fixtures)
    if not os.path.isfile(args.server) or not os.access(args.server, os.X_OK):
        print("FAIL: server binary %r does not exist or is not executable" % args.server)
        sys.exit(1)
    return args


class Suite:
    """Runs named cases; each case gets (args, ctx) where ctx tracks servers and temp dirs so that
    a failure shows the server's stderr tail and everything is cleaned up. Exit status 1 on any
    failure."""

    def __init__(self, args):
        self.args = args
        self.cases = []

    def case(self, fn):
        self.cases.append(fn)
        return fn

    def run(self):
        failed = []
        begin = time.monotonic()
        for fn in self.cases:
            name = fn.__name__
            if self.args.only and self.args.only not in name:
                continue
            if time.monotonic() - begin > FILE_BUDGET:
                failed.append(name)
                print("FAIL %s: not run, the file's time budget (%.0f s) is spent"
                      % (name, FILE_BUDGET), flush=True)
                continue
            ctx = Context(self.args)
            t0 = time.monotonic()
            dog = threading.Timer(CASE_TIMEOUT, ctx.expire)
            dog.daemon = True
            dog.start()
            try:
                fn(ctx)
                print("PASS %s (%.2f s)" % (name, time.monotonic() - t0), flush=True)
            except Exception as e:
                failed.append(name)
                print("FAIL %s (%.2f s): %s" % (name, time.monotonic() - t0, e), flush=True)
                if not isinstance(e, (CheckFailed, LspError)):
                    traceback.print_exc()
                else:
                    tb = traceback.extract_tb(e.__traceback__)
                    here = [f for f in tb if f.filename == fn.__code__.co_filename]
                    if here:
                        print("  at %s:%d: %s" % (os.path.basename(here[-1].filename),
                                                  here[-1].lineno, here[-1].line))
                ctx.report()
            finally:
                dog.cancel()
                ctx.cleanup()
        total = len([c for c in self.cases if not self.args.only or self.args.only in c.__name__])
        print("%d of %d cases passed" % (total - len(failed), total))
        if failed:
            print("failed: " + ", ".join(failed))
        sys.exit(1 if failed else 0)


FILE_BUDGET = 270.0 * TIMEOUT_SCALE   # ctest kills a test file after 300 s; report instead
CASE_TIMEOUT = 240.0 * TIMEOUT_SCALE  # a case running longer has its servers killed


class Context:
    def __init__(self, args):
        self.args = args
        self.servers = []
        self.dirs = []
        self.expired = False

    def expire(self):
        self.expired = True
        print("  case exceeded %.0f s: killing its servers" % CASE_TIMEOUT, flush=True)
        for s in list(self.servers):
            if s.proc.poll() is None:
                s.proc.kill()

    def server(self, extra_args=(), cwd=None):
        s = LspServer(self.args.server, extra_args, cwd=cwd)
        self.servers.append(s)
        return s

    def tempdir(self):
        d = tempfile.mkdtemp(prefix="drvls-lsp-")
        self.dirs.append(d)
        return d

    def write(self, directory, name, text):
        path = os.path.join(directory, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        return path

    def report(self):
        for s in self.servers:
            print("  --- server %s: exit code %r, %d messages received"
                  % (" ".join(s.cmd), s.proc.poll(), s.count()))
            if s.protocol_errors:
                print("  protocol errors: %r" % s.protocol_errors[:5])
            for m in s.messages_snapshot()[-6:]:
                print("  last message: %s" % json.dumps(m)[:400])
            tail = s.stderr_tail(30)
            print("  stderr tail:\n" + ("\n".join("    " + l for l in tail.splitlines())
                                        if tail else "    (empty)"))

    def cleanup(self):
        for s in self.servers:
            s.kill()
        for d in self.dirs:
            shutil.rmtree(d, ignore_errors=True)


def error_diags(diags):
    return [d for d in diags if d.get("severity") == 1]


def clang_errors(diags):
    return [d for d in diags if d.get("severity") == 1 and d.get("source") == "clang"]


def fmt_diags(diags):
    return "; ".join("%s %d:%d-%d:%d %s" % (
        d.get("source"), d["range"]["start"]["line"], d["range"]["start"]["character"],
        d["range"]["end"]["line"], d["range"]["end"]["character"], d.get("message"))
        for d in diags) or "(none)"
