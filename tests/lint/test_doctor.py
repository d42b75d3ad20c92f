#!/usr/bin/env python3
"""Test of `drvls doctor` (server/doctor.c, run_doctor in server/lint.c, analysis/diagnose.c):
the report of why driver sources do not parse under the flags drvls computes for them.

Small trees are written to temporary directories and diagnosed in text and JSON:
- a clean tree: every file parses, no causes, the summary line "N of N driver sources parse";
- root causes grouped across files: a missing <ucxcontroller.h> (provided by the USB host
  controller extension, the errors after it counted in errorsAfter and not as causes of their own), a header
  missing from the include path but present elsewhere in the tree (foundInTree), undeclared WFP
  names grouped under the Windows Filtering Platform, an
  unknown name of its own, an error in a system header, an error in a header of the tree, an
  error in the flags;
- per-tree rows (the first directory below each PATH, "." for a file directly in it), also when
  PATH is relative and a compile_flags.txt gives a -working-directory;
- flags from a .vcxproj, compile_flags.txt and -p DIR (compile_commands.json); project problems:
  a define cl.exe would ignore (/wd4996) dropped with a warning, a truncated .vcxproj (the file
  falls back to the default flags);
- user-mode sources left out unless --user-mode;
- options: -o FILE, -j1 and -j2 agree, usage errors (--format sarif, no PATH, unknown option),
  -h, a PATH that does not exist;
- the driver fixtures of tests/fixtures/projects, and the netvmini sample of the corpus when
  ../shared/corpus exists beside the repository (skipped otherwise).

Usage: test_doctor.py --drvls PATH [--fixtures DIR] [unittest options]
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

CONFIG = {"drvls": None, "fixtures": None}
TIMEOUT = 300
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NETVMINI = os.path.join(REPO, "..", "shared", "corpus", "windows-driver-samples", "network",
                        "ndis", "netvmini")
SANITIZER_REPORT = re.compile(r"ERROR: (AddressSanitizer|LeakSanitizer)|runtime error: ")
SUMMARY = re.compile(r"^  (\d+) of (\d+) driver sources parse with no clang error", re.M)

# ---- sources ----

CLEAN_NTDDK = """/* A kernel routine that parses with the default flags. */
#include <ntddk.h>

NTSTATUS CleanCount(PULONG Value)
{
    if (Value == NULL)
        return STATUS_INVALID_PARAMETER;
    *Value += 1;
    return STATUS_SUCCESS;
}
"""

CLEAN_NDIS = """/* An NDIS routine that parses with the default flags. */
#include <ndis.h>

VOID CleanRelease(NDIS_HANDLE Handle, PVOID Memory)
{
    UNREFERENCED_PARAMETER(Handle);
    if (Memory != NULL)
        NdisFreeMemory(Memory, 0, 0);
}
"""

CLEAN_TOP = """/* A file directly in the root: its tree is ".". */
#include <ntddk.h>

ULONG TopValue(VOID)
{
    return 7;
}
"""

USES_WFP = """/* Includes a USB host controller extension header, which the fallback headers do not provide. */
#include <ntddk.h>
#include <ucxcontroller.h>

VOID ControllerRelease(UCXCONTROLLER Controller)
{
    UCX_CONTROLLER_CONFIG Config;
    UcxControllerNeedsReset(Controller);
}
"""

MISSING_SHARED = """/* Includes a header that is in the tree but not on the include path. */
#include <ntddk.h>
#include "shared.h"

ULONG {name}(VOID)
{{
    return SHARED_VALUE;
}}
"""

SHARED_H = """/* shared.h - kept in other/inc, which no include path names. */
#define SHARED_VALUE 3
"""

WFP_NAME = """/* Uses a WFP type without including any WFP header. */
#include <ntddk.h>

VOID NamesCallout(FWPS_CALLOUT0 *Callout)
{
    UNREFERENCED_PARAMETER(Callout);
}
"""

PLAIN_NAME = """/* Uses a name nothing declares. */
#include <ntddk.h>

ULONG NamesPlain(VOID)
{
    return frobnicate_me;
}
"""

SYSTEM_ERROR = """/* A macro that breaks the kernel headers: the errors are in system headers. */
#define LIST_ENTRY 12
#include <ntddk.h>

ULONG SystemValue(VOID)
{
    return 0;
}
"""

TREE_ERROR_C = """/* Includes a header of the tree that has a syntax error. */
#include "broken.h"

int BrokenUser(void)
{
    return 0;
}
"""

TREE_ERROR_H = """/* broken.h - a declaration without its semicolon. */
typedef struct { int Field; } BROKEN_THING
int broken_after;
"""

FLAGS_ERROR = """/* Its compile_flags.txt holds a define clang cannot read. */
int FlagsValue(void)
{
    return 0;
}
"""

PROJECT_DRIVER = """/* Needs FOO=1 from its project: the dropped /wd4996 must not take it along. */
#include <ntddk.h>

#if FOO != 1
#error FOO is not 1
#endif

NTSTATUS ProjectValue(PULONG Value)
{
    *Value = FOO;
    return STATUS_SUCCESS;
}
"""

USER_APP = """/* A user-mode program. */
#include <windows.h>

int main(void)
{
    return GetCurrentProcessId() == 0;
}
"""

FROM_FLAGS = """/* Needs the define and the include directory of its compile_flags.txt. */
#include "local.h"

int FlagsSum(void)
{
    return FROM_FLAGS + FROM_LOCAL;
}
"""

FROM_DATABASE = """/* Needs the define of its compile_commands.json entry. */
#ifndef FROM_DB
#error FROM_DB is not defined
#endif

int DatabaseValue(void)
{
    return FROM_DB;
}
"""

VCXPROJ = """<?xml version="1.0" encoding="utf-8"?>
<Project DefaultTargets="Build" ToolsVersion="12.0"
         xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup Label="ProjectConfigurations">
    <ProjectConfiguration Include="Debug|x64">
      <Configuration>Debug</Configuration>
      <Platform>x64</Platform>
    </ProjectConfiguration>
  </ItemGroup>
  <PropertyGroup Label="Globals">
    <RootNamespace>{name}</RootNamespace>
  </PropertyGroup>
  <PropertyGroup Label="Configuration">
{configuration}
  </PropertyGroup>
  <ItemDefinitionGroup>
    <ClCompile>
      <PreprocessorDefinitions>{defines}%(PreprocessorDefinitions)</PreprocessorDefinitions>
    </ClCompile>
  </ItemDefinitionGroup>
  <ItemGroup>
    <ClCompile Include="{source}" />
  </ItemGroup>
</Project>
"""

KERNEL_CONFIGURATION = """    <PlatformToolset>WindowsKernelModeDriver10.0</PlatformToolset>
    <ConfigurationType>Driver</ConfigurationType>
    <DriverType>WDM</DriverType>"""

USER_CONFIGURATION = """    <PlatformToolset>v143</PlatformToolset>
    <ConfigurationType>Application</ConfigurationType>"""


def vcxproj(name, source, kernel=True, defines=""):
    configuration = KERNEL_CONFIGURATION if kernel else USER_CONFIGURATION
    return VCXPROJ.format(name=name, source=source, configuration=configuration,
                          defines=defines)


# ---- running drvls ----

def write_tree(root, files):
    """Write files ({relative path: text}) under root."""
    for rel, text in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


def run_doctor(args, cwd):
    return subprocess.run([CONFIG["drvls"], "doctor"] + list(args), cwd=cwd,
                          capture_output=True, text=True, timeout=TIMEOUT)


def by_key(causes, kind, key):
    """The cause of kind and key, or None."""
    for c in causes:
        if c["kind"] == kind and c["key"] == key:
            return c
    return None


def by_path(report, path):
    for f in report["files"]:
        if f["path"] == path:
            return f
    raise AssertionError("%s is not in the report: %s" % (path, [f["path"] for f in
                                                                 report["files"]]))


def tree_rows(report):
    """{tree: (parsed, clean, leftOut)}."""
    return {t["tree"]: (t["parsed"], t["clean"], t["leftOut"]) for t in report["trees"]}


def origins(report):
    return {o["origin"]: o["files"] for o in report["flagsFrom"]}


class DoctorCase(unittest.TestCase):
    """Runs drvls doctor in a temporary directory."""

    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="drvls-doctor-")
        self.addCleanup(shutil.rmtree, self.root, ignore_errors=True)

    def run_ok(self, args, cwd=None):
        """Run doctor -q -j2 ARGS (in the root unless cwd), expect exit 0 and a clean stderr."""
        p = run_doctor(["-q", "-j2"] + list(args), cwd or self.root)
        self.assertEqual(p.returncode, 0, "drvls doctor %s: %s" % (" ".join(args), p.stderr))
        self.assertIsNone(SANITIZER_REPORT.search(p.stderr), p.stderr)
        return p.stdout

    def report(self, paths, *options, cwd=None):
        """The JSON report of PATHs (parsed), after checking that the text report of the same
        run agrees on the summary line. Returns (json, text)."""
        args = list(options) + list(paths)
        doc = json.loads(self.run_ok(["--format", "json"] + args, cwd))
        text = self.run_ok(args, cwd)
        self.assertRegex(text, r"^drvls doctor: %d sources? in " % doc["sources"])
        m = SUMMARY.search(text)
        self.assertIsNotNone(m, text)
        self.assertEqual((int(m.group(1)), int(m.group(2))), (doc["clean"], doc["parsed"]), text)
        self.assertEqual(doc["sources"], len(doc["files"]))
        self.assertEqual(doc["parsed"] + doc["leftOut"] + doc["failed"], doc["sources"])
        self.assertEqual(sum(t["parsed"] for t in doc["trees"]), doc["parsed"])
        self.assertEqual(sum(t["clean"] for t in doc["trees"]), doc["clean"])
        self.assertEqual(sum(t["errors"] for t in doc["trees"]), doc["errors"])
        return doc, text


class CleanTree(DoctorCase):
    def test_every_file_parses(self):
        write_tree(self.root, {"a/count.c": CLEAN_NTDDK, "a/release.c": CLEAN_NDIS,
                               "b/top.c": CLEAN_TOP})
        doc, text = self.report([self.root])
        self.assertEqual(doc["sources"], 3)
        self.assertEqual(doc["parsed"], 3)
        self.assertEqual(doc["clean"], doc["parsed"])
        self.assertEqual(doc["errors"], 0)
        self.assertEqual(doc["causes"], [])
        self.assertEqual(doc["leftOut"], 0)
        self.assertEqual(doc["failed"], 0)
        self.assertEqual(origins(doc), {"default": 3})
        self.assertEqual(tree_rows(doc), {"a": (2, 2, 0), "b": (1, 1, 0)})
        for f in doc["files"]:
            self.assertEqual((f["errors"], f["causes"]), (0, []), f["path"])
            self.assertTrue(f["origin"].startswith("default"), f["origin"])
        self.assertIn("3 of 3 driver sources parse with no clang error (100.0%)", text)
        self.assertNotIn("Root causes", text)

    def test_output_file_and_jobs(self):
        write_tree(self.root, {"a/count.c": CLEAN_NTDDK, "b/names.c": PLAIN_NAME,
                               "b/wfp.c": USES_WFP})
        out = os.path.join(self.root, "report.json")
        stdout = self.run_ok(["--format", "json", "-o", out, self.root])
        self.assertEqual(stdout, "")
        with open(out, encoding="utf-8") as f:
            written = json.load(f)
        p = run_doctor(["-q", "-j1", "--format", "json", self.root], self.root)
        self.assertEqual(p.returncode, 0, p.stderr)
        one = json.loads(p.stdout)
        for doc in (written, one):
            del doc["seconds"]
        self.assertEqual(written, one)
        self.assertEqual((written["parsed"], written["clean"]), (3, 1))

    def test_output_file_not_writable(self):
        write_tree(self.root, {"a/count.c": CLEAN_NTDDK})
        out = os.path.join(self.root, "no", "such", "dir", "report.txt")
        p = run_doctor(["-q", "-o", out, self.root], self.root)
        self.assertEqual(p.returncode, 2, p.stderr)
        self.assertIn("cannot write", p.stderr)


class RootCauses(DoctorCase):
    def setUp(self):
        super().setUp()
        write_tree(self.root, {
            "top.c": CLEAN_TOP,
            "clean/count.c": CLEAN_NTDDK,
            "clean/release.c": CLEAN_NDIS,
            "wfp/callout.c": USES_WFP,
            "missing/one.c": MISSING_SHARED.format(name="MissingOne"),
            "missing/two.c": MISSING_SHARED.format(name="MissingTwo"),
            "names/device.c": WFP_NAME,
            "names/plain.c": PLAIN_NAME,
            "other/inc/shared.h": SHARED_H,
        })
        self.doc, self.text = self.report([self.root])

    def test_counts_and_trees(self):
        self.assertEqual(self.doc["sources"], 8)
        self.assertEqual(self.doc["parsed"], 8)
        self.assertEqual(self.doc["clean"], 3)
        self.assertIn("3 of 8 driver sources parse with no clang error", self.text)
        self.assertEqual(tree_rows(self.doc), {".": (1, 1, 0), "clean": (2, 2, 0),
                                               "wfp": (1, 0, 0), "missing": (2, 0, 0),
                                               "names": (2, 0, 0)})
        self.assertEqual(by_path(self.doc, "top.c")["tree"], ".")
        self.assertEqual(origins(self.doc), {"default": 8})
        self.assertEqual(self.doc["projectProblems"], [])
        kinds = sorted((c["kind"], c["key"] if c["kind"] == "header-not-found" else "")
                       for c in self.doc["causes"])
        self.assertEqual(kinds, [("header-not-found", "shared.h"),
                                 ("header-not-found", "ucxcontroller.h"),
                                 ("undeclared", ""), ("undeclared", "")])

    def test_missing_wfp_header(self):
        cause = by_key(self.doc["causes"], "header-not-found", "ucxcontroller.h")
        self.assertIsNotNone(cause, self.doc["causes"])
        self.assertIn("USB host controller extension", cause["providedBy"])
        self.assertNotIn("foundInTree", cause)
        self.assertEqual((cause["files"], cause["errors"]), (1, 1))
        queue = by_path(self.doc, "wfp/callout.c")
        self.assertGreaterEqual(queue["errors"], 2)
        self.assertEqual(cause["errorsAfter"], queue["errors"] - 1)
        # the UCX names left undeclared by the missing header are not causes of their own
        self.assertEqual(queue["causes"], [{"kind": "header-not-found", "key": "ucxcontroller.h",
                                            "errors": 1}])
        self.assertEqual(cause["first"]["file"], "wfp/callout.c")
        self.assertEqual(cause["first"]["line"], 3)
        self.assertIn("'ucxcontroller.h' not found: 1 file, 1 error (%d more after it)"
                      % cause["errorsAfter"], self.text)
        self.assertIn("provided by the USB host controller extension", self.text)

    def test_header_found_in_tree(self):
        cause = by_key(self.doc["causes"], "header-not-found", "shared.h")
        self.assertIsNotNone(cause, self.doc["causes"])
        self.assertEqual(cause["foundInTree"], "other/inc/shared.h")
        self.assertNotIn("providedBy", cause)
        self.assertEqual((cause["files"], cause["errors"]), (2, 2))
        self.assertEqual(cause["errorsAfter"], 2)
        self.assertIn("a file of that name is in the tree: other/inc/shared.h", self.text)
        self.assertIn("'shared.h' not found: 2 files, 2 errors", self.text)
        # most files first
        self.assertEqual(self.doc["causes"][0]["key"], "shared.h")

    def test_undeclared_names(self):
        undeclared = [c for c in self.doc["causes"] if c["kind"] == "undeclared"]
        wfp = [c for c in undeclared if "Filtering Platform" in c.get("providedBy", "")]
        self.assertEqual(len(wfp), 1, undeclared)
        self.assertEqual(wfp[0]["names"], ["FWPS_CALLOUT0"])
        self.assertEqual(wfp[0]["files"], 1)
        self.assertEqual(wfp[0]["first"]["file"], "names/device.c")
        self.assertIn("unknown type name 'FWPS_CALLOUT0'", wfp[0]["first"]["message"])
        plain = by_key(undeclared, "undeclared", "frobnicate_me")
        self.assertIsNotNone(plain, undeclared)
        self.assertNotIn("providedBy", plain)
        self.assertNotIn("names", plain)
        self.assertEqual((plain["files"], plain["errors"]), (1, 1))
        self.assertEqual(plain["first"]["message"],
                         "use of undeclared identifier 'frobnicate_me'")
        self.assertEqual(by_path(self.doc, "names/plain.c")["causes"],
                         [{"kind": "undeclared", "key": "frobnicate_me", "errors": 1}])
        self.assertIn("names undeclared, from the Windows Filtering Platform", self.text)
        self.assertIn("e.g. FWPS_CALLOUT0", self.text)
        self.assertIn("'frobnicate_me' undeclared: 1 file, 1 error", self.text)


class OtherCauses(DoctorCase):
    def test_system_tree_and_flags_errors(self):
        write_tree(self.root, {
            "system/breaks.c": SYSTEM_ERROR,
            "header/user.c": TREE_ERROR_C,
            "header/broken.h": TREE_ERROR_H,
            "flags/value.c": FLAGS_ERROR,
            "flags/compile_flags.txt": "-DBROKEN(=1\n",
        })
        doc, text = self.report([self.root])
        self.assertEqual((doc["parsed"], doc["clean"]), (3, 0))
        system = [c for c in doc["causes"] if c["kind"] == "system-header"]
        self.assertTrue(system, doc["causes"])
        for c in system:
            self.assertRegex(c["key"], r"^[\w.]+\.h: ")
            self.assertEqual(c["files"], 1)
        self.assertTrue(all(c["kind"] == "system-header"
                            for c in by_path(doc, "system/breaks.c")["causes"]))
        other = [c for c in doc["causes"] if c["kind"] == "other"]
        self.assertEqual(len(other), 1, doc["causes"])
        self.assertIn("'...'", other[0]["key"])
        self.assertEqual(other[0]["first"]["file"], "header/broken.h")
        line = [c for c in doc["causes"] if c["kind"] == "command-line"]
        self.assertEqual(len(line), 1, doc["causes"])
        self.assertEqual(line[0]["files"], 1)
        self.assertEqual(by_path(doc, "flags/value.c")["causes"][0]["kind"], "command-line")
        self.assertEqual(origins(doc), {"default": 2, "compile_flags.txt": 1})
        self.assertIn("error in a system header: ", text)
        self.assertIn("error in the flags: ", text)
        self.assertIn("first: header/broken.h:", text)


class Projects(DoctorCase):
    def setUp(self):
        super().setUp()
        broken = vcxproj("broken", "broken.c")
        write_tree(self.root, {
            "driver/driver.vcxproj": vcxproj("driver", "src\\driver.c",
                                             defines="/wd4996;FOO=1;"),
            "driver/src/driver.c": PROJECT_DRIVER,
            "app/app.vcxproj": vcxproj("app", "app.c", kernel=False),
            "app/app.c": USER_APP,
            "broken/broken.vcxproj": broken[:len(broken) // 2],
            "broken/broken.c": CLEAN_NTDDK,
        })

    def test_invalid_define_dropped(self):
        doc, text = self.report([self.root])
        driver = by_path(doc, "driver/src/driver.c")
        self.assertEqual((driver["errors"], driver["causes"]), (0, []))
        self.assertIn("driver.vcxproj (Debug|x64)", driver["origin"])
        self.assertEqual(origins(doc).get(".vcxproj (Debug|x64)"), 1, doc["flagsFrom"])
        problems = [p for p in doc["projectProblems"] if "driver.vcxproj" in p["problem"]]
        self.assertEqual(len(problems), 1, doc["projectProblems"])
        self.assertIn("'/wd4996' dropped", problems[0]["problem"])
        self.assertEqual(problems[0]["files"], 1)
        self.assertIn("Problems reading projects", text)
        self.assertIn("'/wd4996' dropped", text)

    def test_user_mode_left_out(self):
        doc, text = self.report([self.root])
        self.assertEqual(doc["sources"], 3)
        self.assertEqual(doc["leftOut"], 1)
        self.assertEqual((doc["parsed"], doc["clean"]), (2, 2))
        app = by_path(doc, "app/app.c")
        self.assertEqual(app["leftOut"], "user-mode")
        self.assertNotIn("errors", app)
        self.assertEqual(tree_rows(doc)["app"], (0, 0, 1))
        self.assertIn("1 user-mode source left out (--user-mode parses them too)", text)
        self.assertIn("2 of 2 driver sources parse with no clang error", text)

    def test_user_mode_parsed(self):
        doc, text = self.report([self.root], "--user-mode")
        self.assertEqual(doc["leftOut"], 0)
        self.assertEqual((doc["parsed"], doc["clean"]), (3, 3))
        app = by_path(doc, "app/app.c")
        self.assertNotIn("leftOut", app)
        self.assertEqual(app["errors"], 0)
        self.assertEqual(tree_rows(doc)["app"], (1, 1, 0))
        self.assertEqual(origins(doc).get(".vcxproj (Debug|x64)"), 2, doc["flagsFrom"])
        self.assertNotIn("user-mode source", text)

    def test_malformed_project(self):
        doc, text = self.report([self.root])
        broken = by_path(doc, "broken/broken.c")
        self.assertTrue(broken["origin"].startswith("default"), broken["origin"])
        self.assertEqual((broken["errors"], broken["causes"]), (0, []))
        self.assertEqual(tree_rows(doc)["broken"], (1, 1, 0))
        problems = [p for p in doc["projectProblems"] if "broken.vcxproj" in p["problem"]]
        self.assertEqual(len(problems), 1, doc["projectProblems"])
        self.assertIn("not a valid project file", problems[0]["problem"])
        self.assertEqual(origins(doc).get("default"), 1, doc["flagsFrom"])
        self.assertIn("broken.vcxproj", text)


class FlagSources(DoctorCase):
    def test_compile_flags_and_relative_path(self):
        # PATH "." while a compile_flags.txt gives its directory as -working-directory: the
        # trees are still the directories below the current one
        write_tree(self.root, {
            "flagged/compile_flags.txt": "-DFROM_FLAGS=2\n-Iinc\n",
            "flagged/inc/local.h": "#define FROM_LOCAL 1\n",
            "flagged/sum.c": FROM_FLAGS,
            "plain/count.c": CLEAN_NTDDK,
        })
        doc, text = self.report(["."])
        self.assertEqual((doc["parsed"], doc["clean"]), (2, 2))
        self.assertEqual(origins(doc), {"compile_flags.txt": 1, "default": 1})
        self.assertEqual(tree_rows(doc), {"flagged": (1, 1, 0), "plain": (1, 1, 0)})
        self.assertEqual(by_path(doc, "flagged/sum.c")["tree"], "flagged")
        self.assertRegex(text, r"\n  flagged +1 +1 +0\n")

    def test_compile_commands(self):
        build = os.path.join(self.root, "build")
        write_tree(self.root, {"src/value.c": FROM_DATABASE})
        entry = {"directory": os.path.join(self.root, "src"), "file": "value.c",
                 "command": "clang -DFROM_DB=4 -c value.c"}
        write_tree(build, {"compile_commands.json": json.dumps([entry])})
        doc, text = self.report([], "-p", build)
        self.assertEqual((doc["sources"], doc["parsed"], doc["clean"]), (1, 1, 1))
        self.assertEqual(origins(doc), {"compile_commands.json": 1})
        self.assertEqual(by_path(doc, "src/value.c")["errors"], 0)


class Usage(DoctorCase):
    def test_sarif_is_a_usage_error(self):
        p = run_doctor(["--format", "sarif", self.root], self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("text or json", p.stderr)
        self.assertEqual(p.stdout, "")

    def test_no_path(self):
        p = run_doctor([], self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("no PATH", p.stderr)

    def test_unknown_option(self):
        p = run_doctor(["--rule", "x", self.root], self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("unknown option '--rule'", p.stderr)

    def test_help(self):
        p = run_doctor(["-h"], self.root)
        self.assertEqual(p.returncode, 0)
        self.assertTrue(p.stdout.startswith("usage: drvls doctor"), p.stdout)
        for option in ("--format text|json", "--user-mode", "--output", "--jobs"):
            self.assertIn(option, p.stdout)

    def test_missing_path(self):
        # the help: "exit status: 0 report written, 2 usage error or a PATH that could not be
        # read"; the report still lists the file as failed
        missing = os.path.join(self.root, "no_such_file.c")
        p = run_doctor(["-q", "--format", "json", missing], self.root)
        doc = json.loads(p.stdout)
        self.assertEqual((doc["sources"], doc["parsed"], doc["failed"]), (1, 0, 1))
        self.assertIn("cannot read", doc["files"][0]["error"])
        self.assertEqual(p.returncode, 2)


class Fixtures(DoctorCase):
    def test_projects(self):
        projects = os.path.join(CONFIG["fixtures"], "projects")
        if not os.path.isdir(projects):
            self.skipTest("no fixtures in %s" % projects)
        doc, text = self.report([projects])
        rows = tree_rows(doc)
        self.assertEqual(sorted(rows), sorted(d for d in os.listdir(projects)
                                              if os.path.isdir(os.path.join(projects, d))))
        # every fixture project parses clean, the KMDF one with the KMDF fallback headers
        for tree in ("fwupdate", "kmdf_echo", "legacy_e1k", "netvmini"):
            parsed, clean, _ = rows[tree]
            self.assertGreater(parsed, 0, tree)
            self.assertEqual(clean, parsed, tree)
        self.assertEqual(doc["causes"], [])
        kinds = {o.split(" ")[0] for o in origins(doc)}
        self.assertEqual(kinds, {".vcxproj", "sources"})


class Corpus(DoctorCase):
    def test_netvmini(self):
        if not os.path.isdir(NETVMINI):
            self.skipTest("no corpus at %s" % os.path.normpath(NETVMINI))
        doc, text = self.report([os.path.realpath(NETVMINI)])
        self.assertGreaterEqual(doc["parsed"], 8)
        self.assertGreaterEqual(doc["clean"], 8)
        tmh = [c["key"] for c in doc["causes"]
               if c["kind"] == "header-not-found" and c["key"].lower().endswith(".tmh")]
        self.assertEqual(tmh, [])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--drvls", required=True)
    ap.add_argument("--fixtures",
                    default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                                         "fixtures"))
    args, rest = ap.parse_known_args()
    CONFIG["drvls"] = os.path.abspath(args.drvls)
    CONFIG["fixtures"] = os.path.abspath(args.fixtures)
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
