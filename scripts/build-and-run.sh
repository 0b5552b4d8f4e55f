#!/usr/bin/env bash
# Builds PartnerDesk and launches it on its default workspace (extra arguments go to the app,
# for example --sample or --language es).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset default -DPARTNERDESK_BUILD_TESTS=OFF
cmake --build --preset default --target partnerdesk
exec ./build/app/partnerdesk "$@"
