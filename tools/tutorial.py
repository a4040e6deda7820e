#!/usr/bin/env python3
"""Tutorials: stage metadata, and the exercise source at any stage.

A tutorial lives in tutorials/<name>/: tutorial.json lists its stages in
order and its source template for each architecture, which holds the
solution to each stage's exercise between markers, and expected/<stage>.txt
is what the program prints once that stage is solved (with ${...} standing
for what differs by architecture: tools/arch.py).  A stage that names
"architectures" exists on those only (the page directory of the 64-bit
machines, say).  "solution" names the stage the tutorial's own text ends
with, which ./init --solution gives; the stages after it are further
exercises (the last stage, if there is no "solution").

    //@ stage pd            solution lines, used from stage "pd" on
    ...
    //@ exercise            the exercise, used before stage "pd"
    ...
    //@ end

The shorter of the two is padded with blank lines, so every stage of the
source has the same line numbers (the tutorial's messages quote them).

    tutorial.py stages NAME ARCH              print the stage names on ARCH
    tutorial.py source NAME STAGE ARCH OUT    write the source at STAGE for ARCH to OUT
"""

import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TUTORIALS = os.path.join(ROOT, "tutorials")
MARKER = "//@"


class TutorialError(Exception):
    pass


def available():
    return sorted(n for n in os.listdir(TUTORIALS)
                  if os.path.isfile(os.path.join(TUTORIALS, n, "tutorial.json")))


def load(name):
    path = os.path.join(TUTORIALS, name, "tutorial.json")
    if not os.path.isfile(path):
        raise TutorialError(f"no tutorial named {name!r} (there are: {', '.join(available())})")
    with open(path) as f:
        tutorial = json.load(f)
    tutorial["name"] = name
    tutorial["dir"] = os.path.dirname(path)
    return tutorial


def stages(tutorial, arch):
    """The stages the tutorial has on `arch`, in order."""
    return [s for s in tutorial["stages"] if arch in s.get("architectures", [arch])]


def stage_names(tutorial, arch):
    return [s["name"] for s in stages(tutorial, arch)]


def solution_stage(tutorial, arch):
    return tutorial.get("solution", stage_names(tutorial, arch)[-1])


def architectures(tutorial):
    return sorted(tutorial["sources"])


def stage_index(tutorial, stage, arch):
    names = stage_names(tutorial, arch)
    short = stage[len(tutorial["name"]) + 1:] if stage.startswith(tutorial["name"] + "-") else stage
    if short not in names:
        raise TutorialError(f"{tutorial['name']} has no stage {stage!r} on {arch} (stages: {', '.join(names)})")
    return names.index(short)


def _marker(line):
    text = line.strip()
    return text[len(MARKER):].split() if text.startswith(MARKER) else None


def template(tutorial, arch):
    if arch not in tutorial["sources"]:
        raise TutorialError(f"{tutorial['name']} is not written for {arch} (it is for: {', '.join(architectures(tutorial))})")
    return tutorial["sources"][arch]


def generate(tutorial, stage, arch):
    """The source for `arch` with every exercise up to and including `stage` solved."""
    target = stage_index(tutorial, stage, arch)
    source = template(tutorial, arch)
    with open(os.path.join(tutorial["dir"], source)) as f:
        lines = f.read().splitlines()
    out, block, part = [], None, None
    for number, line in enumerate(lines, 1):
        words = _marker(line)
        if words is None:
            if block is None:
                out.append(line)
            else:
                block[part].append(line)
        elif words[:1] == ["stage"] and block is None and len(words) == 2:
            block, part = {"stage": stage_index(tutorial, words[1], arch), "solution": [], "exercise": []}, "solution"
        elif words == ["exercise"] and block is not None:
            part = "exercise"
        elif words == ["end"] and block is not None:
            solved = block["stage"] <= target
            chosen = block["solution" if solved else "exercise"]
            width = max(len(block["solution"]), len(block["exercise"]))
            out.extend(chosen + [""] * (width - len(chosen)))
            block = None
        else:
            raise TutorialError(f"{source}:{number}: unexpected marker {line.strip()!r}")
    if block is not None:
        raise TutorialError(f"{source}: a stage block has no //@ end")
    return "\n".join(out) + "\n"


def write_source(tutorial, stage, arch, path):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    text = generate(tutorial, stage, arch)
    if os.path.exists(path):
        with open(path) as f:
            if f.read() == text:
                return
    with open(path, "w") as f:
        f.write(text)


def main(argv):
    try:
        if len(argv) == 3 and argv[0] == "stages":
            print(" ".join(stage_names(load(argv[1]), argv[2])))
        elif len(argv) == 5 and argv[0] == "source":
            write_source(load(argv[1]), argv[2], argv[3], argv[4])
        else:
            print("\n".join(__doc__.strip().splitlines()[-2:]), file=sys.stderr)
            return 2
    except TutorialError as e:
        print(f"tutorial.py: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
