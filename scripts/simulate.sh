#!/usr/bin/env bash
# Runs the simulated county (four townships with field laptops, random edits, bundles late,
# twice, out of order and lost) for seeds 1..N, and checks that every installation ends with the
# rows it should: ./scripts/simulate.sh 100
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTL_BUILD_BENCH=OFF >/dev/null
cmake --build build-test --target core_tests
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
TL_SIMULATION_SEEDS="${1:-20}" build-test/tests/core_tests "[simulation]"
