#!/bin/sh
# check-windows.sh - compile every C source of protocol/, server/ and analysis/ for Windows with
# Debian's mingw-w64 cross compiler (-fsyntax-only), so that a POSIX-only call or header is seen
# on Linux before a Windows user meets it. Nothing is linked and nothing is written.
#
# The library headers are Debian's own: jansson, libuv (its uv/win.h), expat from /usr/include,
# searched after mingw-w64's C library so glibc's headers never stand in for Windows ones; the
# libclang C API from the newest /usr/lib/llvm-*/include.
#
# Usage: scripts/check-windows.sh [FILE...]   (default: every protocol/ server/ analysis/ source)
# Exit status: 0 when every file compiles, 1 otherwise. Installs gcc-mingw-w64-x86-64 if missing.
set -eu
cd "$(dirname "$0")/.."

CC=x86_64-w64-mingw32-gcc
if ! command -v "$CC" >/dev/null 2>&1; then
    echo "check-windows: installing gcc-mingw-w64-x86-64"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends \
        gcc-mingw-w64-x86-64
fi

LLVM_INC=$(ls -d /usr/lib/llvm-*/include 2>/dev/null | sort -V | tail -n 1)
if [ -z "$LLVM_INC" ] || [ ! -f "$LLVM_INC/clang-c/Index.h" ]; then
    echo "check-windows: libclang headers not found (install libclang-dev)" >&2
    exit 2
fi

# The same language and definitions as the real build (CMakeLists.txt); calls without a
# declaration are errors, since that is what a POSIX-only function looks like here.
CFLAGS="-std=c11 -fsyntax-only -Wall -Wextra -D_GNU_SOURCE
 -DDRVLS_VERSION=\"check\" -DDRVLS_SOURCE_SHIM_DIR=\"shim\" -DDRVLS_CLANG_RESOURCE_DIR=\"res\"
 -Werror=implicit-function-declaration -Werror=implicit-int
 -Iprotocol -Iserver -Ianalysis -I$LLVM_INC -idirafter /usr/include"

if [ "$#" -gt 0 ]; then
    files="$*"
else
    files=$(ls protocol/*.c server/*.c analysis/*.c analysis/rules/*.c 2>/dev/null || true)
fi

failed=""
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for f in $files; do
    # shellcheck disable=SC2086
    if $CC $CFLAGS "$f" >"$log" 2>&1; then
        if [ -s "$log" ]; then
            echo "ok (with warnings) $f"
            sed 's/^/    /' "$log"
        else
            echo "ok   $f"
        fi
    else
        echo "FAIL $f"
        grep -E 'error' "$log" | sed 's/^/    /'
        failed="$failed $f"
    fi
done

if [ -n "$failed" ]; then
    echo "check-windows: $(echo $failed | wc -w) of $(echo $files | wc -w) files do not compile for Windows:$failed"
    exit 1
fi
echo "check-windows: all $(echo $files | wc -w) files compile for Windows"
