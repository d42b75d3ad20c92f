#!/bin/sh
# bootstrap.sh - install the Debian packages drvls needs to build and test (only those missing),
# then configure and build into ./build. Safe to run any number of times.
# Usage: scripts/bootstrap.sh [extra cmake arguments...]
set -eu
cd "$(dirname "$0")/.."

PKGS="build-essential cmake pkg-config libclang-dev clang libjansson-dev libuv1-dev libcmocka-dev
mingw-w64-x86-64-dev gcc-mingw-w64-x86-64 libexpat1-dev python3 neovim clang-format valgrind"

missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# Node.js and npm (SARIF validation, the VS Code extension): any installed node will do.
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"

if [ -n "$missing" ]; then
    echo "bootstrap: installing$missing"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -q
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
fi

BUILD="${DRVLS_BUILD_DIR:-build}"
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$BUILD" -j"$(nproc)"
