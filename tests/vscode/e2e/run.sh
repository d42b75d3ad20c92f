#!/bin/sh
# run.sh - the VS Code end-to-end test: packages the extension, fetches code-server, Node 24 and
# playwright-core into a cache outside the repository (cache.sh), and runs e2e.mjs, which installs
# the .vsix into a fresh code-server profile and drives it in Debian's Chromium (squiggle, Problems
# view, Ctrl+. quick-fix, save, file text, problem gone), saving screenshots.
# Skipped (exit 77) unless DRVLS_E2E=1: it needs about 650 MB of packages on first use.
#
# usage: run.sh <drvls binary> <repo root> [<mirrored extension dir> [<screenshot dir>]]
#   without an extension dir, vscode-extension/ is mirrored into a temporary folder;
#   screenshots go to <screenshot dir> (default: a temporary folder, printed at the end);
#   DRVLS_E2E_SCREENSHOTS overrides it (e.g. docs/images to refresh the documentation's).
set -eu
DRVLS=${1:?usage: run.sh <drvls binary> <repo root> [<extension dir> [<screenshot dir>]]}
ROOT=${2:?usage: run.sh <drvls binary> <repo root> [<extension dir> [<screenshot dir>]]}
EXT=${3:-}
SHOTS=${DRVLS_E2E_SCREENSHOTS:-${4:-}}
HERE=$(cd "$(dirname "$0")" && pwd)

if [ "${DRVLS_E2E:-0}" != 1 ]; then
    echo "SKIP: the VS Code end-to-end test runs only with DRVLS_E2E=1 (ctest -L e2e)"
    exit 77
fi
case "$DRVLS" in /*) ;; *) DRVLS=$(pwd)/$DRVLS ;; esac
[ -x "$DRVLS" ] || { echo "FAIL: drvls binary '$DRVLS' is missing or not executable" >&2; exit 1; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/drvls-e2e-XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM
if [ -z "$EXT" ]; then
    EXT="$TMP/extension"
    sh "$HERE/../prepare.sh" "$ROOT/vscode-extension" "$EXT"
fi
if [ -z "$SHOTS" ]; then
    SHOTS=$(mktemp -d "${TMPDIR:-/tmp}/drvls-e2e-shots-XXXXXX")
fi
mkdir -p "$SHOTS"

echo "--- the cache (code-server, Node 24, playwright-core)"
eval "$(sh "$HERE/cache.sh" | sed -n 's/^\(NODE\|CODE_SERVER\|PLAYWRIGHT\|CACHE\)=\(.*\)$/\1="\2"/p')"
echo "cache: $CACHE"

echo "--- packaging the extension (with the cached Node 24, as vsce needs Node 20 or later)"
(cd "$EXT" && rm -f ./*.vsix && PATH="$(dirname "$NODE"):$PATH" npm run --silent package >/dev/null)
VSIX=$(ls "$EXT"/*.vsix)
echo "$VSIX"

echo "--- the fixture driver folder"
FOLDER="$TMP/ndis_miniport"
mkdir -p "$FOLDER"
cp -R "$ROOT/examples/ndis_miniport/." "$FOLDER/"
# an INF makes it a driver tree: the extension must activate on it before any C file is open
cat >"$FOLDER/ndis_miniport.inf" <<'INF'
; ndis_miniport.inf - the example miniport's INF (enough for drvls to see a driver tree)
[Version]
Signature   = "$WINDOWS NT$"
Class       = Net
ClassGuid   = {4d36e972-e325-11ce-bfc1-08002be10318}
Provider    = %Vendor%
DriverVer   = 01/01/2026,1.0.0.0

[Strings]
Vendor = "drvls example"
INF

echo "--- VS Code (code-server) in Chromium"
"$NODE" "$HERE/e2e.mjs" --node "$NODE" --code-server "$CODE_SERVER" --playwright "$PLAYWRIGHT" \
    --vsix "$VSIX" --drvls "$DRVLS" --folder "$FOLDER" --profile "$TMP/profile" --shots "$SHOTS"
echo "screenshots: $SHOTS"
