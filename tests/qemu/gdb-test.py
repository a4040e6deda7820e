#!/usr/bin/env python3
"""simulate -d, attached to with the gdb-multiarch command it prints, in
batch mode: gdb must stop at the root task's main, read the root task's
memory through its symbols (BootInfo's node count, argv[0]), stop in the
kernel's power_off() with its argument, and let the program finish with the
console output and status EXPECTED says (tools/expect.py).

    gdb-test.py --arch ARCH EXPECTED -- SIMULATE...

Each step has a deadline; QEMU is stopped whatever happens.
"""

import os
import re
import shlex
import signal
import socket
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from expect import Expectation  # noqa: E402

DEADLINE = 120      # seconds, for gdb's whole session and for the machine to power off after it
GDB_COMMANDS = ["break main", "continue", "print boot_info->numNodes", "print argv[0]",
                "break power_off", "continue", "continue"]
# What gdb must print, in this order.
GDB_OUTPUT = [r"Breakpoint 1, main \(argc=1, argv=0x[0-9a-f]+\) at .*/main\.c:\d+",
              r"\$1 = 1",
              r'\$2 = 0x[0-9a-f]+ <[\w.]+> "rootserver"',
              r"Breakpoint 2, power_off \(status=0\) at .*/kernel/core/thread\.c:\d+"]


def free_port():
    """A TCP port nothing listens on now, for QEMU's gdb server: tests run
    side by side."""
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


def attach_command(simulate):
    """The gdb command simulate prints on stderr before it starts QEMU."""
    for line in simulate.stderr:
        sys.stdout.write(line)
        if line.startswith("gdb-multiarch "):
            return shlex.split(line)
    return None


def run(arch, expected, command):
    port = free_port()
    simulate = subprocess.Popen(command + ["-d", "--gdb-port", str(port), "--timeout", str(2 * DEADLINE)],
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, errors="replace", start_new_session=True)
    try:
        gdb = attach_command(simulate)
        if gdb is None:
            return ["simulate -d printed no gdb-multiarch command"]
        batch = gdb + ["-batch"] + [word for c in GDB_COMMANDS for word in ("-ex", c)]
        print("$ " + shlex.join(batch))
        try:
            session = subprocess.run(batch, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True, errors="replace", timeout=DEADLINE)
        except subprocess.TimeoutExpired:
            return [f"gdb did not finish within {DEADLINE} s"]
        print(session.stdout)
        problems = []
        lines = iter(session.stdout.splitlines())
        for pattern in GDB_OUTPUT:
            if not any(re.fullmatch(pattern, line) for line in lines):
                problems.append(f"gdb did not print (in order) a line matching {pattern!r}")
        try:
            output, errors = simulate.communicate(timeout=DEADLINE)
        except subprocess.TimeoutExpired:
            return problems + [f"the machine did not power off within {DEADLINE} s of gdb's end"]
        sys.stdout.write(output + errors)
        return problems + Expectation(expected, arch).mismatches(output, simulate.returncode)
    finally:
        if simulate.poll() is None:
            os.killpg(simulate.pid, signal.SIGKILL)      # simulate and its QEMU
            simulate.wait()


def main(argv):
    if len(argv) < 5 or argv[0] != "--arch" or argv[3] != "--":
        print("usage: gdb-test.py --arch ARCH EXPECTED -- SIMULATE...", file=sys.stderr)
        return 2
    problems = run(argv[1], argv[2], argv[4:])
    for problem in problems:
        print(f"FAIL: {problem}")
    print("FAIL" if problems else "PASS")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
