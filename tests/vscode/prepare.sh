#!/bin/sh
# prepare.sh - the ctest fixture of the VS Code extension tests: mirror vscode-extension/ (without
# node_modules and build output) into a folder of the build tree, then `npm ci` there when
# package-lock.json or the Node major version changed since the last install. Each build tree gets
# its own node_modules, so test runs of several build trees never share one.
#
# usage: prepare.sh <vscode-extension source dir> <work dir>
set -eu
SRC=${1:?usage: prepare.sh <vscode-extension dir> <work dir>}
WORK=${2:?usage: prepare.sh <vscode-extension dir> <work dir>}

for tool in node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "FAIL: $tool is not installed (scripts/bootstrap.sh installs nodejs and npm)" >&2
        exit 1
    fi
done
echo "node $(node --version), npm $(npm --version 2>/dev/null)"

mkdir -p "$WORK"
# the mirror: everything but node_modules (kept between runs) is replaced
find "$WORK" -mindepth 1 -maxdepth 1 ! -name node_modules ! -name .npm-ci-stamp -exec rm -rf {} +
(cd "$SRC" && tar -cf - --exclude=./node_modules --exclude=./dist --exclude=./out \
    --exclude=./server --exclude='./*.vsix' .) | (cd "$WORK" && tar -xf -)

STAMP="$(cat "$WORK/package-lock.json" "$WORK/package.json" | cksum | cut -d' ' -f1)-node$(node -p 'process.versions.node.split(".")[0]')"
if [ -d "$WORK/node_modules" ] && [ "$(cat "$WORK/.npm-ci-stamp" 2>/dev/null)" = "$STAMP" ]; then
    echo "node_modules up to date (package-lock.json unchanged)"
    exit 0
fi
echo "npm ci in $WORK"
rm -f "$WORK/.npm-ci-stamp"
(cd "$WORK" && npm ci --no-audit --no-fund --loglevel=error)
echo "$STAMP" >"$WORK/.npm-ci-stamp"
