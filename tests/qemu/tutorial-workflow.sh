#!/bin/sh
# The mapping tutorial as a learner follows it: ./init, then ninja,
# ./simulate and ./check in the build directory, at several stages.
#   tutorial-workflow.sh REPOSITORY WORK_DIRECTORY
set -eu
repo=$1
work=$2
expected=$repo/tutorials/mapping/expected
rm -rf "$work"
mkdir -p "$work"
cd "$work"

step() { echo "== $*"; }
fail() { echo "FAIL: $*"; exit 1; }

step "init --tut mapping: the exercise, at its start"
"$repo/init" --tut mapping
grep -q "TODO map a page directory object" mapping/src/main.c || fail "the exercise has no TODO"
(cd mapping_build && ninja >/dev/null)
"$repo/tools/expect.py" "$expected/start.txt" -- mapping_build/simulate
(cd mapping_build && ./check) | grep -qx 'Stage 1 of 4 (start) reached: .*' || fail "check did not report stage 1"

step "init again without --force is refused and changes nothing"
if "$repo/init" --tut mapping 2>/dev/null; then fail "init replaced existing directories"; fi
grep -q "TODO map a page directory object" mapping/src/main.c || fail "the exercise was changed"

step "the learner solves the first exercise; ninja check sees stage 2"
sed -i 's|// TODO map a page directory object|error = seL4_X86_PageDirectory_Map(pd, seL4_CapInitThreadVSpace, TEST_VADDR, seL4_X86_Default_VMAttributes);|' mapping/src/main.c
(cd mapping_build && ninja check) | grep -qx 'Stage 2 of 4 (pd) reached: .*' || fail "ninja check did not report stage 2"

step "init --task pt: solved up to the page table"
"$repo/init" --tut mapping --task pt --force
(cd mapping_build && ninja >/dev/null)
"$repo/tools/expect.py" "$expected/pt.txt" -- mapping_build/simulate

step "init --solution: the whole tutorial"
"$repo/init" --solution --tut mapping --force
(cd mapping_build && ninja >/dev/null)
"$repo/tools/expect.py" "$expected/remap.txt" -- mapping_build/simulate
(cd mapping_build && ./check) | grep -qx 'Stage 4 of 4 (remap) reached: .*' || fail "check did not report stage 4"
echo "PASS"
