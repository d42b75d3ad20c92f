#!/bin/sh
# test.sh - the README's test command: install what is missing, build with warnings as errors, and
# run the whole test suite with ctest. Extra arguments go to ctest (e.g. -R lsp).
set -eu
cd "$(dirname "$0")/.."
scripts/bootstrap.sh -DDRVLS_WERROR=ON
cd "${DRVLS_BUILD_DIR:-build}"
ctest --output-on-failure -j"$(nproc)" "$@"
