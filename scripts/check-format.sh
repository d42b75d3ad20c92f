#!/bin/sh
# check-format.sh - fail when a C source of the project is not formatted by .clang-format
# (driver fixtures, examples and the header supplement keep their Windows style; fuzz regression
# inputs stay byte for byte as found).
set -eu
cd "$(dirname "$0")/.."
bad=$(git ls-files '*.c' '*.h' | grep -v -e '^tests/fixtures/' -e '^tests/fuzz/regressions/' -e '^examples/' -e 'wdk-shim' |
      while read -r f; do clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || echo "$f"; done)
if [ -n "$bad" ]; then
    echo "not formatted (run clang-format -i):"; echo "$bad"; exit 1
fi
echo "format: ok"
