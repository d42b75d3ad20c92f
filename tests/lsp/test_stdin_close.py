#!/usr/bin/env python3
# test_stdin_close.py - when the client goes away (stdin closed, here in the middle of a message)
# drvls exits on its own within 1 s: before initialize, in an idle session, inside a header, and
# while a parse over the DDK headers is still running on the thread pool.

import time

from lspclient import Suite, check, parse_args, path_to_uri

args = parse_args("stdin close tests")
suite = Suite(args)

EXIT_BOUND = 1.0


def close_and_time(s, what):
    t0 = time.monotonic()
    s.close_stdin()
    try:
        code = s.proc.wait(EXIT_BOUND + 4)
    except Exception:
        code = None
    took = time.monotonic() - t0
    check(code is not None, "%s: the server did not exit within %.0f s of stdin closing"
          % (what, EXIT_BOUND + 4))
    check(took <= EXIT_BOUND, "%s: the server took %.2f s to exit after stdin closed (bound %.1f s)"
          % (what, took, EXIT_BOUND))
    check(code >= 0, "%s: the server was killed by signal %d" % (what, -code))
    check(not s.protocol_errors or all("end of stdout" in e for e in s.protocol_errors),
          "%s: stdout carried a non-frame" % what, s.protocol_errors[:3])
    print("  %s: exit code %d after %.3f s" % (what, code, took))
    return code


@suite.case
def close_before_initialize_mid_body(ctx):
    s = ctx.server()
    s.raw_write(b'Content-Length: 80\r\n\r\n{"jsonrpc":"2.0","id":1,"meth')
    time.sleep(0.2)
    close_and_time(s, "before initialize, mid body")


@suite.case
def close_idle_session_mid_body(ctx):
    s = ctx.server()
    s.initialize()
    s.raw_write(b'Content-Length: 200\r\n\r\n{"jsonrpc":"2.0","method":"textDocument/didOp')
    time.sleep(0.2)
    close_and_time(s, "initialized, mid body")


@suite.case
def close_mid_header(ctx):
    s = ctx.server()
    s.initialize()
    s.raw_write(b"Content-Len")
    time.sleep(0.2)
    close_and_time(s, "initialized, mid header")


@suite.case
def close_with_parse_in_flight(ctx):
    s = ctx.server()
    d = ctx.tempdir()
    s.initialize(root=d)
    text = "#include <ntddk.h>\n#include <ndis.h>\nint x = undeclared_q;\n"
    uri = path_to_uri(ctx.write(d, "busy.c", text))
    s.open(uri, text)
    for v in range(2, 5):
        s.change(uri, v, [{"text": text + "int y%d;\n" % v}])
    time.sleep(0.05)
    s.raw_write(b'Content-Length: 500\r\n\r\n{"jsonrpc":')
    close_and_time(s, "parse in flight, mid body")


suite.run()
