#!/usr/bin/env bash
# Builds PartnerDesk with every test and runs the whole suite headless (offscreen Qt platform).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
cmake --preset default -DPARTNERDESK_BUILD_TESTS=ON
cmake --build --preset default
ctest --preset default
