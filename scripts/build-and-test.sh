#!/usr/bin/env bash
# Builds PartnerDesk with every test, warnings as errors, and runs the whole suite headless
# (offscreen Qt platform), the .deb check included.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
cmake --preset tests
cmake --build --preset tests
ctest --preset tests
