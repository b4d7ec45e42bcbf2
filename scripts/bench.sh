#!/usr/bin/env bash
# Builds the benchmarks in Release and runs them: demo insert against the bare SQLite floor,
# search latency and opening the residents view, on 100,000 and 1,000,000 persons; then a
# 100,000-row registry exported to xlsx against a bare libxlsxwriter program (the floor); a full
# sync bundle of 1,000,000 persons exported and imported against a bare SQLite insert; saving a
# checkpoint entry and counting a day among 1,000,000 entries; a county taking in 20 townships
# of 100,000 persons one bundle after the other; a 100,000-row household register in xlsx imported
# next to LibreOffice converting it to CSV.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# LibreOffice, only for the import's comparison.
if ! command -v soffice >/dev/null; then
    sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui
fi
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DTL_BUILD_TESTS=OFF >/dev/null
cmake --build build-release --target bench_people bench_registry bench_sync bench_checkpoints \
    bench_county bench_pages bench_import
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
if [[ $# -eq 0 ]]; then set -- 100000 1000000; fi
build-release/bench/bench_people "$@"
build-release/bench/bench_registry 100000
build-release/bench/bench_sync 1000000
build-release/bench/bench_county 20 100000
build-release/bench/bench_checkpoints 1000000
build-release/bench/bench_pages 100000
build-release/bench/bench_import 100000
