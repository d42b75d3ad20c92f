#!/usr/bin/env python3
"""check_vsix.py - checks a packaged drvls .vsix: the VSIX manifest and content types, the
extension's package.json (main, activation, commands, settings), the bundled extension.js (one file,
vscode-languageclient inside it, only `vscode` and Node built-ins required), and no node_modules,
sources, source maps or tests.

usage: check_vsix.py <file.vsix>"""
import json
import re
import sys
import zipfile

MAX_FILES = 20
MAX_BYTES = 4 * 1024 * 1024
SETTINGS = ["drvls.path", "drvls.arguments", "drvls.checkOn", "drvls.rules", "drvls.halt",
            "drvls.trace.server"]
COMMANDS = {"drvls.restartServer": "Restart server", "drvls.checkWorkspace": "Check whole workspace",
            "drvls.showOutput": "Show output"}
ACTIVATION = ["onLanguage:c", "onLanguage:cpp", "workspaceContains:**/*.inf",
              "workspaceContains:**/*.vcxproj"]
NODE_BUILTINS = {"assert", "buffer", "child_process", "crypto", "events", "fs", "net", "os", "path",
                 "process", "stream", "string_decoder", "url", "util", "tty", "readline", "zlib"}

problems = []


def check(cond, what):
    if not cond:
        problems.append(what)
    return cond


def main():
    path = sys.argv[1]
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        names = [i.filename for i in infos]
        total = sum(i.file_size for i in infos)
        print(f"{path}: {len(names)} files, {total} bytes uncompressed")
        for n in names:
            print(f"  {n}")
        check(z.testzip() is None, "a corrupt zip entry")
        for required in ["extension.vsixmanifest", "[Content_Types].xml", "extension/package.json"]:
            check(required in names, f"{required} is missing")
        check(len(names) <= MAX_FILES, f"{len(names)} files (sprawl: more than {MAX_FILES})")
        check(total <= MAX_BYTES, f"{total} bytes (more than {MAX_BYTES})")
        for n in names:
            check("node_modules/" not in n, f"node_modules packed: {n}")
            check(not n.endswith((".ts", ".map", ".tsbuildinfo")), f"source or map packed: {n}")
            check(not re.match(r"extension/(src|test|scripts|out)/", n), f"dev file packed: {n}")
        if problems:
            return
        pkg = json.loads(z.read("extension/package.json"))
        manifest = z.read("extension.vsixmanifest").decode("utf-8")
        m = re.search(r'<Identity [^>]*Version="([^"]+)"[^>]*Publisher="([^"]+)"', manifest)
        check(m is not None and m.group(1) == pkg["version"], "manifest version != package.json's")
        check(path.endswith(f"{pkg['name']}-{pkg['version']}.vsix"),
              f"file name is not {pkg['name']}-{pkg['version']}.vsix")
        main_js = "extension/" + re.sub(r"^\./", "", pkg.get("main", ""))
        check(main_js in names, f"main {pkg.get('main')} is not packed")
        check(pkg.get("engines", {}).get("vscode", "").startswith("^1."), "engines.vscode")
        events = pkg.get("activationEvents", [])
        for e in ACTIVATION:
            check(e in events, f"activation event {e} missing")
        contributes = pkg.get("contributes", {})
        cmds = {c["command"]: c for c in contributes.get("commands", [])}
        for cid, title in COMMANDS.items():
            c = cmds.get(cid)
            if check(c is not None, f"command {cid} missing"):
                check(c.get("title") == title and c.get("category") == "drvls",
                      f"command {cid} is not 'drvls: {title}'")
        props = contributes.get("configuration", {}).get("properties", {})
        for s in SETTINGS:
            check(s in props, f"setting {s} missing")
        for claim in ["languages", "grammars", "snippets"]:
            check(claim not in contributes, f"contributes {claim} (C/C++ belongs to other extensions)")
        if main_js in names:
            js = z.read(main_js).decode("utf-8", "replace")
            check(len(js) > 50_000, "extension.js is too small to hold the language client")
            check("workspace/didChangeConfiguration" in js, "the language client is not bundled")
            required = set(re.findall(r'require\("([^"]+)"\)', js))
            required = {r[5:] if r.startswith("node:") else r for r in required}
            extra = sorted(r for r in required if r != "vscode" and r.split("/")[0] not in NODE_BUILTINS)
            check(not extra, f"extension.js requires modules that are not packed: {extra}")
            check("vscode" in required, "extension.js does not require vscode")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main()
    if problems:
        for p in problems:
            print(f"FAIL: {p}")
        sys.exit(1)
    print("PASS: the .vsix holds the manifest, the bundled client and nothing more")
