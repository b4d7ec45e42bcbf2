#!/usr/bin/env bash
# Installs the Debian 12 / UOS packages Township Ledger needs to build, test and run, if missing,
# and the packages named as arguments (those only one script needs, such as the fuzzers' clang).
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libgl-dev libsqlite3-dev catch2
    libxlsxwriter-dev libminizip-dev libsodium-dev libicu-dev libfreexl-dev openssl sqlite3
    fonts-noto-cjk fonts-arphic-uming fonts-liberation2 poppler-utils xvfb xauth dpkg-dev
    "$@"
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y --no-install-recommends "${missing[@]}"
