#!/usr/bin/env python3
"""Expected console output, and checking a run against it.

An expectation file lists, one per line:

    status N        the status the system must power off with
    skip REGEX      output lines matching REGEX in full are not compared
    include PATH    the lines of another expectation file (PATH relative to this one)
    = TEXT          an output line that must equal TEXT
    ~ REGEX         an output line that must match REGEX in full
    when COND LINE  LINE (any of the above) only where COND holds
    only COND       the whole file only where COND holds: elsewhere there
                    is nothing to run (see --applicable)
    # ...           a comment

A COND is NAME, true where the architecture's value NAME is "yes", or
NAME=VALUE, true where it is VALUE; !COND is true where COND is not.
${arch} is the architecture's name (arch=ia32, say).

In TEXT and REGEX, ${name} stands for a value that differs by
architecture (tools/arch.py), taken literally.  A TAP line `= ok # - TEXT`
numbers its case: one more than the case before it, so that cases expected
on some architectures only (`when`) leave no gaps; ${cases} stands for
how many cases the file has numbered so far.

Output lines are compared in order, after removing carriage returns and
skipped lines; the output must have exactly as many lines as the file
expects.

    expect.py [--arch ARCH] FILE -- COMMAND...    run COMMAND, check its output and status
    expect.py [--arch ARCH] --applicable FILE...  print the FILEs that apply to ARCH
"""

import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import arch as architectures  # noqa: E402


def holds(condition, arch):
    """Whether a `when` or `only` condition holds on the architecture."""
    negated = condition.startswith("!")
    name, _, wanted = condition.lstrip("!").partition("=")
    return (architectures.substitute(f"${{{name}}}", arch) == (wanted or "yes")) != negated


class Expectation:
    def __init__(self, path, arch="x86_64"):
        self.path = path
        self.applies = True     # false if an `only` condition fails
        self.status = 0
        self.skip = []          # regular expressions of lines not compared
        self.lines = []         # (kind, text) with kind "=" or "~"
        self.cases = 0          # TAP cases numbered so far
        self._read(path, arch)

    def _read(self, path, arch):
        with open(path) as f:
            for number, line in enumerate(f.read().splitlines(), 1):
                if line.startswith("#") or not line.strip():
                    continue
                if line.startswith("when "):
                    _, condition, line = line.split(" ", 2)
                    if not holds(condition, arch):
                        continue
                if line.startswith("only "):
                    if not holds(line.split()[1], arch):
                        self.applies = False
                        return          # the rest may name values the architecture has not
                elif line.startswith("status "):
                    self.status = int(line.split()[1])
                elif line.startswith("skip "):
                    self.skip.append(re.compile(architectures.substitute(line[len("skip "):], arch, re.escape)))
                elif line.startswith("include "):
                    self._read(os.path.join(os.path.dirname(path), line[len("include "):]), arch)
                elif line[:2] == "= ":
                    self.lines.append(("=", self._substitute(line[2:], arch)))
                elif line[:2] == "~ ":
                    self.lines.append(("~", self._substitute(line[2:], arch, re.escape)))
                else:
                    raise ValueError(f"{path}:{number}: cannot read {line!r}")

    def _substitute(self, text, arch, quote=lambda value: value):
        if text.startswith("ok # "):
            self.cases += 1
            text = f"ok {self.cases} {text[len('ok # '):]}"
        return architectures.substitute(text, arch, quote, {"cases": str(self.cases)})

    def mismatches(self, output, status):
        """Why `output` (text) and `status` fail the expectation; [] if they pass."""
        lines = [line for line in output.replace("\r", "").splitlines()
                 if not any(skip.fullmatch(line) for skip in self.skip)]
        problems = []
        for i, (kind, text) in enumerate(self.lines):
            if i >= len(lines):
                problems.append(f"line {i + 1}: expected {text!r}, but the output ended")
                break
            matched = lines[i] == text if kind == "=" else re.fullmatch(text, lines[i]) is not None
            if not matched:
                problems.append(f"line {i + 1}: expected {'' if kind == '=' else 'a match for '}{text!r}, got {lines[i]!r}")
                break
        if not problems and len(lines) > len(self.lines):
            problems.append(f"line {len(self.lines) + 1}: unexpected extra output {lines[len(self.lines)]!r}")
        if status != self.status:
            problems.append(f"status: expected {self.status}, got {status}")
        return problems


def main(argv):
    arch = "x86_64"
    if argv[:1] == ["--arch"] and len(argv) > 1:
        arch, argv = argv[1], argv[2:]
    if argv[:1] == ["--applicable"] and arch in architectures.ARCHES:
        for path in argv[1:]:
            if Expectation(path, arch).applies:
                print(path)
        return 0
    if len(argv) < 3 or argv[1] != "--" or arch not in architectures.ARCHES:
        print("\n".join(__doc__.strip().splitlines()[-2:]), file=sys.stderr)
        return 2
    expectation = Expectation(argv[0], arch)
    result = subprocess.run(argv[2:], stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
    output = result.stdout.decode(errors="replace")
    sys.stdout.write(output)
    problems = expectation.mismatches(output, result.returncode)
    for problem in problems:
        print(f"MISMATCH ({expectation.path}) {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
