#!/bin/sh
# test_install.sh - `cmake --install` lays out bin/drvls and share/drvls/wdk-shim, and the installed
# binary finds its own header supplement (not the source tree's) and parses an NDIS driver with it.
# usage: test_install.sh BUILD_DIR
set -eu
build=$1
prefix=$(mktemp -d /tmp/drvls-install-XXXXXX)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
test -x "$prefix/bin/drvls" || { echo "FAIL: no bin/drvls"; exit 1; }
test -f "$prefix/share/drvls/wdk-shim/ndis.h" || { echo "FAIL: no share/drvls/wdk-shim/ndis.h"; exit 1; }
cat > "$prefix/probe.c" <<'C'
#include <ndis.h>
MINIPORT_HALT ProbeHalt;
VOID ProbeHalt(NDIS_HANDLE Context, NDIS_HALT_ACTION Action)
{
    UNREFERENCED_PARAMETER(Action);
    NdisFreeIoWorkItem(Context);
}
C
out=$(env -u DRVLS_SHIM_DIR "$prefix/bin/drvls" --check "$prefix/probe.c") || {
    echo "FAIL: the installed drvls reports errors:"; echo "$out"; exit 1; }
echo "$out" | grep -q -- "-isystem $prefix/share/drvls/wdk-shim" || {
    echo "FAIL: the installed drvls does not use its installed supplement:"; echo "$out"; exit 1; }
echo "install: ok"
