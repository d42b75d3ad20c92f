#!/bin/sh
# package_vsix.sh - `npm run package` in the mirrored extension, then check_vsix.py on the result.
# usage: package_vsix.sh <mirrored vscode-extension dir>
set -eu
WORK=${1:?usage: package_vsix.sh <extension dir>}
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$WORK"
rm -f ./*.vsix
npm run --silent package
VSIX=$(ls ./*.vsix)
python3 "$HERE/check_vsix.py" "$WORK/${VSIX#./}"
