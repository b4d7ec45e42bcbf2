#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (core, command line, GUI offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTL_BUILD_BENCH=OFF >/dev/null
cmake --build build-test
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
ctest --test-dir build-test --output-on-failure -j2
