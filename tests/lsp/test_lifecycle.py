#!/usr/bin/env python3
# test_lifecycle.py - the LSP lifecycle of drvls over pipes: initialize and its capabilities,
# position encoding negotiation, requests before initialize (-32002), shutdown/exit and the exit
# codes (0 after shutdown, 1 without), requests after shutdown, request ids, $/ methods.

import time

from lspclient import (Suite, check, check_eq, parse_args, path_to_uri)

args = parse_args(__doc__ or "LSP lifecycle tests")
suite = Suite(args)

EXPECTED_SYNC = {"openClose": True, "change": 2, "save": {"includeText": False}}


def assert_clean_stdout(s):
    check(not s.protocol_errors, "server wrote something to stdout that is not an LSP frame",
          s.protocol_errors[:3])


def assert_error(resp, code, what, id=None):
    check("error" in resp, "%s: expected an error response with code %d" % (what, code), resp)
    check("result" not in resp, "%s: response has both result and error" % what, resp)
    err = resp["error"]
    check(isinstance(err, dict) and isinstance(err.get("message"), str),
          "%s: error must be an object with a string message" % what, err)
    check_eq(err.get("code"), code, "%s: error code" % what)
    if id is not None:
        check_eq(resp.get("id"), id, "%s: response id" % what)
    check_eq(resp.get("jsonrpc"), "2.0", "%s: jsonrpc member" % what)


def encoding_of(result):
    return result["capabilities"].get("positionEncoding", "utf-16")


@suite.case
def initialize_capabilities_and_clean_exit(ctx):
    s = ctx.server()
    d = ctx.tempdir()
    result = s.initialize(root=d)
    check(isinstance(result, dict) and isinstance(result.get("capabilities"), dict),
          "initialize result must hold a capabilities object", result)
    caps = result["capabilities"]
    sync = caps.get("textDocumentSync")
    check(isinstance(sync, dict), "textDocumentSync must be a TextDocumentSyncOptions object", sync)
    for k, v in EXPECTED_SYNC.items():
        check_eq(sync.get(k), v, "capabilities.textDocumentSync.%s" % k)
    # Without general.positionEncodings the only legal encoding is UTF-16 (omitted == utf-16).
    check(caps.get("positionEncoding", "utf-16") == "utf-16",
          "positionEncoding without client encodings must be utf-16", caps.get("positionEncoding"))
    if "serverInfo" in result:
        check(isinstance(result["serverInfo"].get("name"), str), "serverInfo.name", result)
    code = s.shutdown_and_exit()
    check_eq(code, 0, "exit code after shutdown + exit")
    # stdout is closed once the process is gone; nothing but frames was written to it.
    s._reader.join(5)
    check(s.stdout_eof, "stdout not closed after exit")
    assert_clean_stdout(s)


@suite.case
def position_encoding_negotiation(ctx):
    cases = [
        (["utf-8"], "utf-8"),
        (["utf-8", "utf-16"], "utf-8"),
        (["utf-32", "utf-8", "utf-16"], "utf-8"),
        (["utf-16"], "utf-16"),
        (["utf-32"], "utf-16"),
        ([], "utf-16"),
    ]
    for offered, expected in cases:
        s = ctx.server()
        result = s.initialize(encodings=offered)
        enc = encoding_of(result)
        check_eq(enc, expected, "positionEncoding when the client offers %r" % (offered,))
        if expected == "utf-8":
            # a server that chose utf-8 must say so explicitly (omitted means utf-16)
            check_eq(result["capabilities"].get("positionEncoding"), "utf-8",
                     "explicit positionEncoding")
        check_eq(s.shutdown_and_exit(), 0, "exit code")
        assert_clean_stdout(s)


@suite.case
def requests_before_initialize_are_rejected(ctx):
    s = ctx.server()
    d = ctx.tempdir()
    uri = path_to_uri(ctx.write(d, "a.c", "int a;\n"))
    resp = s.request("textDocument/hover", {"textDocument": {"uri": uri},
                                            "position": {"line": 0, "character": 4}}, id=7)
    assert_error(resp, -32002, "hover before initialize", id=7)
    resp = s.request("shutdown", None, id="early-shutdown")
    assert_error(resp, -32002, "shutdown before initialize", id="early-shutdown")
    resp = s.request("no/such/method", {}, id=8)
    assert_error(resp, -32002, "unknown request before initialize", id=8)
    # notifications before initialize are dropped: no diagnostics for this open
    n0 = s.count()
    s.open(uri, "int a = undeclared_before_init;\n")
    result = s.initialize()
    check(isinstance(result.get("capabilities"), dict), "initialize after the rejected requests")
    time.sleep(1.0)
    for m in s.messages_after(n0):
        check(m.get("method") != "textDocument/publishDiagnostics",
              "a didOpen sent before initialize must be dropped, yet diagnostics came", m)
    check_eq(s.shutdown_and_exit(), 0, "exit code")
    assert_clean_stdout(s)


@suite.case
def initialize_with_wrong_param_types(ctx):
    s = ctx.server()
    resp = s.request("initialize", {"processId": "not a number", "rootUri": 5,
                                    "capabilities": "none"}, id=1)
    assert_error(resp, -32602, "initialize with wrong parameter types", id=1)
    resp = s.request("initialize", {"processId": None, "rootUri": None}, id=2)
    assert_error(resp, -32602, "initialize without capabilities", id=2)
    # the server is still waiting for a valid initialize
    result = s.initialize()
    check(isinstance(result.get("capabilities"), dict), "initialize after the invalid ones")
    check_eq(s.shutdown_and_exit(), 0, "exit code")
    assert_clean_stdout(s)


@suite.case
def exit_without_shutdown_is_1(ctx):
    s = ctx.server()
    s.initialize()
    s.notify("exit")
    check_eq(s.wait_exit(5), 1, "exit code of exit without shutdown")
    assert_clean_stdout(s)


@suite.case
def exit_before_initialize_is_1(ctx):
    s = ctx.server()
    s.notify("exit")
    check_eq(s.wait_exit(5), 1, "exit code of exit before initialize")
    assert_clean_stdout(s)


@suite.case
def requests_after_shutdown_are_invalid(ctx):
    s = ctx.server()
    s.initialize()
    check_eq(s.call("shutdown"), None, "shutdown result")
    resp = s.request("textDocument/hover", {"textDocument": {"uri": "file:///x.c"},
                                            "position": {"line": 0, "character": 0}}, id=41)
    assert_error(resp, -32600, "request after shutdown", id=41)
    check(s.alive(), "server must wait for exit after shutdown")
    s.notify("exit")
    check_eq(s.wait_exit(5), 0, "exit code after shutdown (with a request in between)")
    assert_clean_stdout(s)


@suite.case
def second_initialize_is_answered(ctx):
    s = ctx.server()
    s.initialize()
    resp = s.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}}, id=2)
    check("error" in resp or "result" in resp, "second initialize must be answered", resp)
    if "error" in resp:
        check(isinstance(resp["error"].get("code"), int), "error code", resp)
    check_eq(s.shutdown_and_exit(), 0, "exit code")
    assert_clean_stdout(s)


@suite.case
def ids_and_unknown_methods(ctx):
    s = ctx.server()
    s.initialize()
    resp = s.request("drvls/noSuchMethod", {"a": 1}, id="string-id-1")
    assert_error(resp, -32601, "unknown request (string id)", id="string-id-1")
    resp = s.request("drvls/noSuchMethod", [1, 2], id=123456789)
    assert_error(resp, -32601, "unknown request (array params, integer id)", id=123456789)
    resp = s.request("drvls/noSuchMethod", None, id=0)
    assert_error(resp, -32601, "unknown request (no params, id 0)", id=0)
    # $/ requests must be answered with MethodNotFound; $/ notifications are ignored
    resp = s.request("$/drvlsUnknownRequest", {}, id=55)
    assert_error(resp, -32601, "$/ request", id=55)
    n0 = s.count()
    s.notify("$/drvlsUnknownNotification", {"x": 1})
    s.notify("$/setTrace", {"value": "off"})
    s.notify("drvls/unknownNotification", {"y": 2})
    s.notify("$/cancelRequest", {"id": 999})          # an id that was never sent
    s.notify("$/cancelRequest", {"id": "no-such"})
    resp = s.request("drvls/ping", None, id=56)
    assert_error(resp, -32601, "ping after notifications", id=56)
    for m in s.messages_after(n0):
        check(m.get("id") in (56,) or "method" in m,
              "notifications must never be answered, got", m)
    check_eq(s.shutdown_and_exit(), 0, "exit code")
    assert_clean_stdout(s)


@suite.case
def cancel_request_is_accepted(ctx):
    # A request cancelled after it was sent is answered exactly once: with its result or with
    # RequestCancelled (-32800); the session goes on.
    s = ctx.server()
    s.initialize()
    rid = s.send_request("drvls/noSuchMethod", {})
    s.notify("$/cancelRequest", {"id": rid})
    resp = s.wait_response(rid, 5)
    check(resp.get("error", {}).get("code") in (-32601, -32800),
          "cancelled unknown request: -32601 or -32800", resp)
    time.sleep(0.3)
    dup = [m for m in s.messages_snapshot() if m.get("id") == rid and "method" not in m]
    check(len(dup) <= 1, "request answered more than once", dup)
    check_eq(s.shutdown_and_exit(), 0, "exit code")
    assert_clean_stdout(s)


suite.run()
