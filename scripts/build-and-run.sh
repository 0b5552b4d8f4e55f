#!/usr/bin/env bash
# Builds PartnerDesk and launches it on its default workspace. Every argument goes to the
# application, for example --sample or --language es.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset default
cmake --build --preset default --target partnerdesk
exec ./build/app/partnerdesk "$@"
