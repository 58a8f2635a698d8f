#!/bin/sh
# Line coverage of the core reached by the fuzz corpora (fuzz/README.md).
# Builds each target with clang's source-based coverage, replays its corpus
# (fuzz/corpus-<unit>, no fuzzing), and prints llvm-cov's report for csrc/.
#   sh fuzz/coverage.sh [unit ...]      (default: all five)
# Needs clang, llvm-profdata and llvm-cov (Debian: clang-14, llvm-14).
set -eu
cd "$(dirname "$0")/.."
CC=${FUZZ_CC:-clang}
PROFDATA=${LLVM_PROFDATA:-$(command -v llvm-profdata || command -v llvm-profdata-14)}
COV=${LLVM_COV:-$(command -v llvm-cov || command -v llvm-cov-14)}
UNITS=${*:-tok gaz time event tl}
out=build/fuzz-cov
mkdir -p "$out"
core=$(ls csrc/kn_*.c | grep -v kn_lua.c)
objs=""
for u in $UNITS; do
  $CC -std=c99 -g -O1 -fsanitize=fuzzer -fprofile-instr-generate -fcoverage-mapping -Icsrc \
    -DKN_FUZZ_ROOT="\"$PWD\"" -o "$out/fuzz_$u" "fuzz/fuzz_$u.c" $core
  rm -f "$out/$u.profraw"
  LLVM_PROFILE_FILE="$out/$u.profraw" "$out/fuzz_$u" -runs=0 "fuzz/corpus-$u" > "$out/$u.log" 2>&1
  "$PROFDATA" merge -sparse "$out/$u.profraw" -o "$out/$u.profdata"
  echo "== fuzz_$u: $(ls "fuzz/corpus-$u" | wc -l) inputs"
  "$COV" report "$out/fuzz_$u" -instr-profile="$out/$u.profdata" $core | tail -n +1
done
# all corpora together
"$PROFDATA" merge -sparse $(for u in $UNITS; do echo "$out/$u.profraw"; done) -o "$out/all.profdata"
first=$(echo $UNITS | cut -d' ' -f1)
objs=""
for u in $UNITS; do [ "$u" = "$first" ] || objs="$objs -object $out/fuzz_$u"; done
echo "== all targets together"
# shellcheck disable=SC2086
"$COV" report "$out/fuzz_$first" $objs -instr-profile="$out/all.profdata" $core
