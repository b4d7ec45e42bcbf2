#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (core, command line, GUI offscreen) in a
# build with AddressSanitizer and UndefinedBehaviorSanitizer, then each fuzzer for a while
# (TL_FUZZ_SECONDS, default 30; 0 skips them).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTL_BUILD_BENCH=OFF \
    -DTL_SANITIZE=ON >/dev/null
cmake --build build-test
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir build-test --output-on-failure -j2

seconds="${TL_FUZZ_SECONDS:-30}"
if [[ $seconds -gt 0 ]]; then
    scripts/fuzz.sh "$seconds"
fi
