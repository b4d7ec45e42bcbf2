#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (AddressSanitizer and UndefinedBehaviorSanitizer on)
# and runs each for SECONDS (default 60) from its seed corpus in tests/fuzz/corpus. What a run
# finds new is kept in build-fuzz/corpus; a crash is kept in build-fuzz/crashes and stops the
# script with the harness's report. Usage: scripts/fuzz.sh [SECONDS] [HARNESS...]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh clang libclang-rt-14-dev
seconds="${1:-60}"
shift || true
harnesses=("$@")
if [[ ${#harnesses[@]} -eq 0 ]]; then
    harnesses=(fuzz_bundle fuzz_manifest fuzz_key_file fuzz_xlsx fuzz_xml fuzz_csv fuzz_values)
fi

cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DTL_FUZZ=ON -DTL_BUILD_TESTS=OFF -DTL_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz --target fuzzers

export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
mkdir -p build-fuzz/crashes
for harness in "${harnesses[@]}"; do
    name="${harness#fuzz_}"
    mkdir -p "build-fuzz/corpus/$name"
    echo "== $harness, ${seconds} s"
    # A ledger or a bundle is larger than libFuzzer's default 4 KiB inputs.
    if ! "build-fuzz/tests/fuzz/$harness" -max_total_time="$seconds" -max_len=262144 \
            -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix="build-fuzz/crashes/$name-" \
            "build-fuzz/corpus/$name" "tests/fuzz/corpus/$name" \
            >"build-fuzz/$name.log" 2>&1; then
        tail -n 60 "build-fuzz/$name.log"
        echo "$harness found a crash: build-fuzz/crashes/$name-*" >&2
        exit 1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "build-fuzz/$name.log" | tr '\n' ' '
    echo
done
