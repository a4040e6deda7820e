#!/bin/sh
# The mapping tutorial as a learner follows it: ./init, then ninja,
# ./simulate and ./check in the build directory, at several stages, and
# ./simulate --picture at the end.
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

# The architecture's stages: the first is the exercise as handed out, the
# second what solving its first TODO reaches; remap, the last but one, what
# solving the TODO after the page table reaches, the tutorial's solution;
# the last, the further exercise of unmapping.
set -- $("$repo/tools/tutorial.py" stages mapping "$arch")
count=$#
first=$1
second=$2
eval "last=\${$count}"
template=$repo/tutorials/mapping/$arch/main.c
# A stage's exercise line (its TODO), and its solution's first line: one
# block's, a stage of one block.
todo() { sed -n "/\/\/@ stage $1\$/,/\/\/@ end/{/\/\/@ exercise/{n;s/^ *//;p;}}" "$template"; }
solution() { sed -n "/\/\/@ stage $1\$/{n;s/^ *//;p;}" "$template"; }
todo=$(todo "$second")
solution=$(solution "$second")
[ -n "$todo" ] && [ -n "$solution" ] || fail "no exercise for stage $second in $template"

step "init --tut mapping --arch $arch: the exercise, at its start"
"$repo/init" --tut mapping --arch "$arch"
grep -qF "$todo" mapping/src/main.c || fail "the exercise has no \"$todo\""
(cd mapping_build && ninja >/dev/null)
expect "$expected/$first.txt" -- mapping_build/simulate
(cd mapping_build && ./check) | grep -qx "Stage 1 of $count ($first) reached: .*" || fail "check did not report stage 1"

step "init again without --force is refused and changes nothing"
if "$repo/init" --tut mapping --arch "$arch" 2>/dev/null; then fail "init replaced existing directories"; fi
grep -qF "$todo" mapping/src/main.c || fail "the exercise was changed"

step "the learner solves \"$todo\" (as the solution does); ninja check sees stage 2"
sed -i "s|$todo|$solution|" mapping/src/main.c
(cd mapping_build && ninja check) | grep -qx "Stage 2 of $count ($second) reached: .*" || fail "ninja check did not report stage 2"

step "init --task pt: solved up to the page table"
"$repo/init" --tut mapping --arch "$arch" --task pt --force
(cd mapping_build && ninja >/dev/null)
expect "$expected/pt.txt" -- mapping_build/simulate

todo=$(todo remap)
solution=$(solution remap)
[ -n "$todo" ] && [ -n "$solution" ] || fail "no exercise for stage remap in $template"
step "the learner solves \"$todo\"; ./check sees stage $((count - 1)) (remap) and points to unmapping"
sed -i "s|$todo|$solution|" mapping/src/main.c
(cd mapping_build && ninja >/dev/null)
expect "$expected/remap.txt" -- mapping_build/simulate
(cd mapping_build && ./check) >check.out
grep -qx "Stage $((count - 1)) of $count (remap) reached: .*" check.out || fail "check did not report the remap stage"
grep -qx "Next: unmap the page, .*" check.out || fail "check did not point to the unmap stage"

step "init --solution: the tutorial's solution, its remap stage"
"$repo/init" --solution --tut mapping --arch "$arch" --force
(cd mapping_build && ninja check) | grep -qx "Stage $((count - 1)) of $count (remap) reached: .*" \
    || fail "init --solution is not the remap stage"

step "./simulate --picture vspace.svg: the same output, and the VSpace at power-off drawn"
(cd mapping_build && "$repo/tests/qemu/picture-test.py" --arch "$arch" "$expected/remap.txt" vspace.svg -- ./simulate) \
    || fail "simulate --picture"

step "init --task $last: the further exercise solved"
"$repo/init" --tut mapping --arch "$arch" --task "$last" --force
(cd mapping_build && ninja >/dev/null)
expect "$expected/$last.txt" -- mapping_build/simulate
(cd mapping_build && ./check) | grep -qx "Stage $count of $count ($last) reached: .*" || fail "check did not report the last stage"
echo "PASS"
