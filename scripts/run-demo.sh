#!/usr/bin/env bash
# Installs what is missing, builds, and starts Township Ledger on a demo township.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DTL_BUILD_TESTS=OFF -DTL_BUILD_BENCH=OFF >/dev/null
cmake --build build --target township-ledger township-ledger-cli

data="${XDG_DATA_HOME:-$HOME/.local/share}/township-ledger"
store="$data/demo-township.sqlite"
if [[ ! -f $store ]]; then
    mkdir -p "$data"
    build/app/township-ledger-cli --db "$store" demo --persons "${TL_DEMO_PERSONS:-20000}"
fi

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "There is no display. To run the program without one:"
    echo "  xvfb-run -a -s '-screen 0 1366x768x24' build/app/township-ledger --db '$store'"
    exit 1
fi
exec build/app/township-ledger --db "$store"
