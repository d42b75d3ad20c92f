#!/usr/bin/env python3
# test_rules_session.py - the checker inside the editor: rule diagnostics on open and save (with
# source, code and related information), settings from .drvls.json, initializationOptions and
# didChangeConfiguration (rules off, severities, unknown keys warned), drvls-ignore comments, and
# a cross-file change (a helper in one file) re-checking another open file.

import os

from lspclient import (Suite, check, check_eq, parse_args)
from sessionlib import (ADAPTER, CLEANUP_RIGHT, CLEANUP_WRONG, HEADER, copy_example, full_change,
                        open_file, rule_diags, save)

args = parse_args(__doc__ or "rule diagnostics in LSP sessions")
suite = Suite(args)

@suite.case
def rules_published_on_open(ctx):
    d = copy_example(ctx)
    s = ctx.server()
    s.initialize(root=d)
    uri, text = open_file(s, os.path.join(d, "adapter.c"))
    p = s.wait_diagnostics(uri, 1, predicate=lambda p: rule_diags(p))
    halt = rule_diags(p, "ndis-workitem-init-halt")
    leak = rule_diags(p, "workitem-leak")
    check_eq(len(halt), 2, "init-halt findings in adapter.c")
    check_eq(len(leak), 1, "workitem-leak findings in adapter.c")
    for x in halt:
        check_eq(x["severity"], 1, "init-halt severity")
        check(x.get("codeDescription", {}).get("href", "").endswith("/ndis-workitem-init-halt"),
              "codeDescription links the rule's page", x)
        check(x.get("relatedInformation"), "related information on init-halt", x)
        line = text.splitlines()[x["range"]["start"]["line"]]
        check("NdisAllocateIoWorkItem" in line[x["range"]["start"]["character"]:],
              "the range starts at the allocation call", line)
    check_eq(leak[0]["severity"], 2, "workitem-leak severity")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def settings_file_and_client_settings(ctx):
    d = copy_example(ctx)
    ctx.write(d, ".drvls.json", '{"rules": {"workitem-leak": "off"}, "bogusKey": 1,'
                                ' "halt": 7}')
    s = ctx.server()
    s.initialize(root=d)
    warn = s.wait_for_notification("window/showMessage", timeout=10)
    check("bogusKey" in warn["params"]["message"], "unknown key named in the warning", warn)
    warn2 = s.wait_for_notification("window/showMessage", timeout=10)
    check("halt" in warn2["params"]["message"], "wrong type named in the warning", warn2)
    uri, _ = open_file(s, os.path.join(d, "adapter.c"))
    p = s.wait_diagnostics(uri, 1, predicate=lambda p: rule_diags(p))
    check_eq(len(rule_diags(p, "workitem-leak")), 0, "workitem-leak turned off by .drvls.json")
    check_eq(len(rule_diags(p, "ndis-workitem-init-halt")), 2, "init-halt still on")
    # the client's settings come on top: severity changed, leak back on
    mark = s.count()
    s.notify("workspace/didChangeConfiguration", {"settings": {"drvls": {
        "rules": {"ndis-workitem-init-halt": "warning", "workitem-leak": True}}}})
    p = s.wait_diagnostics(uri, 1, since=mark,
                           predicate=lambda p: rule_diags(p, "workitem-leak"))
    sev = {x["severity"] for x in rule_diags(p, "ndis-workitem-init-halt")}
    check_eq(sev, {2}, "init-halt severity after didChangeConfiguration")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


CONFIG_PROJECT = """<?xml version="1.0" encoding="utf-8"?>
<Project DefaultTargets="Build" ToolsVersion="12.0"
         xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup Label="ProjectConfigurations">
    <ProjectConfiguration Include="Debug|Win32"><Configuration>Debug</Configuration><Platform>Win32</Platform></ProjectConfiguration>
    <ProjectConfiguration Include="Release|Win32"><Configuration>Release</Configuration><Platform>Win32</Platform></ProjectConfiguration>
    <ProjectConfiguration Include="Debug|x64"><Configuration>Debug</Configuration><Platform>x64</Platform></ProjectConfiguration>
    <ProjectConfiguration Include="Release|x64"><Configuration>Release</Configuration><Platform>x64</Platform></ProjectConfiguration>
  </ItemGroup>
  <PropertyGroup Label="Configuration">
    <PlatformToolset>WindowsKernelModeDriver10.0</PlatformToolset>
    <ConfigurationType>Driver</ConfigurationType>
    <DriverType>WDM</DriverType>
  </PropertyGroup>
  <ItemDefinitionGroup Condition="'$(Configuration)|$(Platform)'=='Release|x64'">
    <ClCompile><PreprocessorDefinitions>RELEASE_X64=1;%(PreprocessorDefinitions)</PreprocessorDefinitions></ClCompile>
  </ItemDefinitionGroup>
  <ItemGroup><ClCompile Include="cfg.c" /></ItemGroup>
</Project>
"""

CONFIG_SOURCE = """#include <ntddk.h>
#if defined(RELEASE_X64) && defined(_WIN64)
int only_in_release_x64 = release_only_name;
#endif
int everywhere;
"""


def clang_errors(params):
    return [x for x in params["diagnostics"] if x.get("source") != "drvls"
            and x.get("severity") == 1]


@suite.case
def configuration_setting_chooses_the_project_configuration(ctx):
    # Debug|x64 by default although Win32 comes first; "Release" (a name alone) means
    # Release|x64; a change of the setting re-parses the open file
    d = ctx.tempdir()
    ctx.write(d, "cfg.vcxproj", CONFIG_PROJECT)
    path = ctx.write(d, "cfg.c", CONFIG_SOURCE)
    s = ctx.server()
    s.initialize(root=d, init_options={"configuration": "Release"})
    uri, _ = open_file(s, path)
    p = s.wait_diagnostics(uri, 1, predicate=lambda p: clang_errors(p))
    check(any("release_only_name" in x["message"] for x in clang_errors(p)),
          "Release|x64 evaluated: its define reaches the file", p)
    mark = s.count()
    s.notify("workspace/didChangeConfiguration", {"settings": {"drvls": {
        "configuration": None}}})
    p = s.wait_diagnostics(uri, 1, since=mark, predicate=lambda p: not clang_errors(p))
    check_eq(clang_errors(p), [], "Debug|x64 again after the setting is cleared")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def initialization_options_disable_rule(ctx):
    d = copy_example(ctx)
    s = ctx.server()
    s.initialize(root=d, init_options={"rules": {"ndis-workitem-init-halt": "off"}})
    uri, _ = open_file(s, os.path.join(d, "adapter.c"))
    p = s.wait_diagnostics(uri, 1, predicate=lambda p: rule_diags(p))
    check_eq(len(rule_diags(p, "ndis-workitem-init-halt")), 0, "init-halt off")
    check_eq(len(rule_diags(p, "workitem-leak")), 1, "leak still on")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def ignore_comment_then_save(ctx):
    d = copy_example(ctx)
    s = ctx.server()
    s.initialize(root=d)
    uri, text = open_file(s, os.path.join(d, "adapter.c"))
    p = s.wait_diagnostics(uri, 1, predicate=lambda p: rule_diags(p))
    leak = rule_diags(p, "workitem-leak")[0]
    line = leak["range"]["start"]["line"]
    lines = text.split("\n")
    lines[line] += " // drvls-ignore(workitem-leak)"
    new = "\n".join(lines)
    full_change(s, uri, 2, new)
    save(s, uri)
    p = s.wait_diagnostics(uri, 2, predicate=lambda p: rule_diags(p))
    check_eq(len(rule_diags(p, "workitem-leak")), 0, "workitem-leak suppressed")
    check_eq(len(rule_diags(p, "ndis-workitem-init-halt")), 2, "others still reported")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def hover_shows_lifecycle(ctx):
    d = copy_example(ctx)
    s = ctx.server()
    s.initialize(root=d)
    uri, text = open_file(s, os.path.join(d, "adapter.c"))
    p = s.wait_diagnostics(uri, 1, predicate=lambda p: rule_diags(p))
    lines = text.split("\n")
    halt = [x for x in rule_diags(p, "ndis-workitem-init-halt")
            if "ResetWorkItem" in lines[x["range"]["start"]["line"]]]
    check_eq(len(halt), 1, "the ResetWorkItem finding")
    start = halt[0]["range"]["start"]
    r = s.request("textDocument/hover", {"textDocument": {"uri": uri},
                                         "position": {"line": start["line"],
                                                      "character": start["character"] + 2}})
    md = r["result"]["contents"]["value"]
    check_eq(r["result"]["contents"]["kind"], "markdown", "hover kind")
    check("MP_ADAPTER.ResetWorkItem" in md and "allocated in `MPInitializeEx`" in md,
          "hover names the slot and the allocation", md)
    check("released in `MPHaltEx`" not in md, "halt does not release it", md)
    # a position on no work-item call: null
    r = s.request("textDocument/hover", {"textDocument": {"uri": uri},
                                         "position": {"line": 0, "character": 0}})
    check_eq(r["result"], None, "hover away from work items")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


@suite.case
def fixing_helper_in_other_file_clears_diagnostic(ctx):
    d = ctx.tempdir()
    ctx.write(d, "cx.h", HEADER)
    adapter = ctx.write(d, "adapter.c", ADAPTER)
    cleanup = ctx.write(d, "cleanup.c", CLEANUP_WRONG)
    s = ctx.server()
    s.initialize(root=d)
    curi, _ = open_file(s, cleanup)
    s.wait_diagnostics(curi, 1)
    auri, _ = open_file(s, adapter)
    p = s.wait_diagnostics(auri, 1, predicate=lambda p: rule_diags(p))
    check_eq(len(rule_diags(p, "ndis-workitem-init-halt")), 1,
             "halt's helper frees another field: reported")
    # the helper is fixed in cleanup.c (saved); adapter.c is re-checked without being touched
    mark = s.count()
    full_change(s, curi, 2, CLEANUP_RIGHT)
    save(s, curi)
    p = s.wait_diagnostics(auri, 1, since=mark, predicate=lambda p: not rule_diags(p))
    check_eq(rule_diags(p), [], "adapter.c after the helper was fixed")
    check_eq(s.shutdown_and_exit(), 0, "exit code")


suite.run()
