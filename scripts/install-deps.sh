#!/usr/bin/env bash
# Installs what PartnerDesk needs on Debian 12 to build, run and test, using apt (through sudo
# when not root). Packages already installed are not asked for again.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libpq-dev qt6-translations-l10n libqt6svg6 libgl-dev
    iso-codes libicu-dev libphonenumber-dev pkg-config libsodium-dev liboath-dev libqrencode-dev qtkeychain-qt6-dev
    # rsvg-convert renders the PNG icons of the package from the SVG at build time.
    librsvg2-bin
)
if [[ "${1:-}" == "--tests" ]]; then
    # The desktop entry and AppStream validators, and what CPack needs to build the .deb that
    # ctest inspects (dpkg-shlibdeps, and file for CPackDeb).
    packages+=(desktop-file-utils appstream dpkg-dev file)
    # The checks of the .deb and of the manual page: lintian, hardening-check (devscripts) and
    # man (man-db).
    packages+=(lintian devscripts man-db)
    # The PostgreSQL server the "postgresql" tests start a throwaway cluster of (no service is
    # used), and setpriv to run it as an unprivileged user when the tests run as root.
    packages+=(postgresql-15 util-linux)
    # openssl makes the throwaway certificate authority of the TLS test server (verify-full).
    packages+=(openssl)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=()
if [[ "$(id -u)" != 0 ]]; then
    if ! command -v sudo >/dev/null; then
        echo "PartnerDesk needs these Debian packages: ${missing[*]}" >&2
        echo "Install them as root (su -c 'apt-get install ${missing[*]}'), or install sudo, then run this again." >&2
        exit 1
    fi
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
