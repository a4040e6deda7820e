#!/bin/sh
# The mapping tutorial as a learner follows it: ./init, then ninja,
# ./simulate and ./check in the build directory, at several stages.
#   tutorial-workflow.sh REPOSITORY ARCH WORK_DIRECTORY
set -eu
repo=$1
arch=$2
work=$3
expected=$repo/tutorials/mapping/expected
expect() { "$repo/tools/expect.py" --arch "$arch" "$@"; }
rm -rf "$work"
mkdir -p "$work"
cd "$work"

step() { echo "== $*"; }
fail() { echo "FAIL: $*"; exit 1; }

step "init --tut mapping --arch $arch: the exercise, at its start"
"$repo/init" --tut mapping --arch "$arch"
grep -q "TODO map a page directory object" mapping/src/main.c || fail "the exercise has no TODO"
(cd mapping_build && ninja >/dev/null)
expect "$expected/start.txt" -- mapping_build/simulate
(cd mapping_build && ./check) | grep -qx 'Stage 1 of 4 (start) reached: .*' || fail "check did not report stage 1"

step "init again without --force is refused and changes nothing"
if "$repo/init" --tut mapping --arch "$arch" 2>/dev/null; then fail "init replaced existing directories"; fi
grep -q "TODO map a page directory object" mapping/src/main.c || fail "the exercise was changed"

step "the learner solves the first exercise (as the solution does); ninja check sees stage 2"
solution=$(sed -n '/\/\/@ stage pd/{n;s/^ *//;p;}' "$repo/tutorials/mapping/$arch/main.c")
sed -i "s|// TODO map a page directory object|$solution|" mapping/src/main.c
(cd mapping_build && ninja check) | grep -qx 'Stage 2 of 4 (pd) reached: .*' || fail "ninja check did not report stage 2"

step "init --task pt: solved up to the page table"
"$repo/init" --tut mapping --arch "$arch" --task pt --force
(cd mapping_build && ninja >/dev/null)
expect "$expected/pt.txt" -- mapping_build/simulate

step "init --solution: the whole tutorial"
"$repo/init" --solution --tut mapping --arch "$arch" --force
(cd mapping_build && ninja >/dev/null)
expect "$expected/remap.txt" -- mapping_build/simulate
(cd mapping_build && ./check) | grep -qx 'Stage 4 of 4 (remap) reached: .*' || fail "check did not report stage 4"
echo "PASS"
