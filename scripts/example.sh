#!/bin/sh
# example.sh - the README's main job: build drvls and lint the bundled example miniport, which has
# deliberate work-item bugs. Exit code 1 means drvls found them (as it should).
set -eu
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
./build/drvls lint examples/ndis_miniport
