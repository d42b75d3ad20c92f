#!/bin/sh
# package_vsix.sh - `npm run package` in the mirrored extension (with Node 20 or later, which
# @vscode/vsce needs: see node20.sh), then check_vsix.py on the .vsix it wrote.
# usage: package_vsix.sh <mirrored vscode-extension dir>
set -eu
WORK=${1:?usage: package_vsix.sh <extension dir>}
HERE=$(cd "$(dirname "$0")" && pwd)
NODE_DIR=$(sh "$HERE/node20.sh")
cd "$WORK"
rm -f ./*.vsix
PATH="$NODE_DIR:$PATH" npm run --silent package
VSIX=$(ls ./*.vsix)
python3 "$HERE/check_vsix.py" "$WORK/${VSIX#./}"
