#!/usr/bin/env python3
"""Tests of simulate --picture (tools/picture.py).

    picture-test.py --arch ARCH EXPECTED FILE.svg -- SIMULATE...
        runs SIMULATE... --picture FILE.svg: the console output and status
        must be as EXPECTED says (tools/expect.py), as without --picture;
        there must be one picture per dump the console shows, each naming
        every entry of its dump in the tree's shape, and one more, the root
        task's VSpace at power-off, with a path from the root to a frame at
        the architecture's ${test_vaddr}, read-write.
    picture-test.py --synthetic DIRECTORY
        draws dumps written here: an empty root, an empty table, a frame
        mapped twice, each rights name; each picture must show exactly its dump.

A picture is read as Graphviz writes SVG: a node or edge is a <g> element
of that class; its <title> names it (an edge "table:iINDEX->child", from
the row of the entry INDEX) and its <text> elements are its label's lines.
"""

import glob
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

TOOLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools")
sys.path.insert(0, TOOLS)
import arch as architectures  # noqa: E402
import picture  # noqa: E402
from expect import Expectation  # noqa: E402

SVG = "{http://www.w3.org/2000/svg}"
ENTRY = re.compile(r"^( +)(\w+)\[(\d+)\] (0x[0-9a-f]+) -> (?:(frame) (0x[0-9a-f]+) (.+)|(\w+) (0x[0-9a-f]+))$")


class Failure(Exception):
    pass


def check(condition, why):
    if not condition:
        raise Failure(why)


def dumps_in(lines):
    """Each dump's lines, as the console shows them."""
    dumps = []
    in_dump = False
    for line in lines:
        if line.startswith("VSpace asid "):
            dumps.append([line])
            in_dump = True
        elif in_dump and ENTRY.match(line):
            dumps[-1].append(line)
        else:
            in_dump = False
    return dumps


def read_svg(path):
    """(nodes, edges): a node's title -> its texts; (node, port) -> child."""
    try:
        tree = ElementTree.parse(path)
    except (OSError, ElementTree.ParseError) as e:
        raise Failure(f"{path}: not an XML file: {e}")
    nodes, edges = {}, {}
    for group in tree.iter(SVG + "g"):
        title = group.findtext(SVG + "title")
        if group.get("class") == "node":
            nodes[title] = [text.text for text in group.iter(SVG + "text")]
        elif group.get("class") == "edge":
            tail, head = title.split("->")
            node, port = tail.split(":")
            check((node, port) not in edges, f"{path}: two edges leave {node}:{port}")
            edges[(node, port)] = head
    return nodes, edges


def root_of(path, nodes, edges):
    roots = set(nodes) - set(edges.values())
    check(len(roots) == 1, f"{path}: {len(roots)} nodes without a parent, not one root")
    return roots.pop()


def check_picture(path, dump):
    """The picture shows exactly the dump: every node's lines, every edge."""
    nodes, edges = read_svg(path)
    asid = dump[0].split()[-1]
    root = root_of(path, nodes, edges)
    # What each node must say: its header's two lines, then its rows.
    wanted = {root: [None, f"root, asid {asid}"]}
    parents = [root]
    for line in dump[1:]:
        indent, level, index, vaddr, frame, frame_paddr, frame_rest, table, table_paddr = ENTRY.match(line).groups()
        parent = parents[len(indent) - 1]
        if wanted[parent][0] is None:
            wanted[parent][0] = level               # the root's level is named by its entries
        check(wanted[parent][0] == level, f"{path}: {line.strip()!r} is not in a {level}")
        wanted[parent].append(f"[{index}] {vaddr}")
        child = edges.pop((parent, f"i{index}"), None)
        check(child in nodes, f"{path}: no edge from {parent}'s entry {index} to a node ({line.strip()!r})")
        if frame:
            check(nodes[child] == [f"frame {frame_paddr}", frame_rest],
                  f"{path}: {child} shows {nodes[child]}, not the frame of {line.strip()!r}")
        else:
            wanted[child] = [table, table_paddr]
            del parents[len(indent):]
            parents.append(child)
    if wanted[root][0] is None:
        wanted[root][0] = "VSpace root"
    for node, lines in wanted.items():
        rows = lines[2:] or ["no entries"]
        check(nodes.get(node) == lines[:2] + rows, f"{path}: {node} shows {nodes.get(node)}, not {lines[:2] + rows}")
    check(not edges, f"{path}: edges not in the dump: {sorted(edges)}")
    check(len(nodes) == len(dump), f"{path}: {len(nodes)} nodes for {len(dump) - 1} entries and the root")


def check_path_to_frame(path, vaddr, rights):
    """A path leads from the root to a frame mapped at `vaddr` with
    `rights`: in each table, through the last entry that starts at or
    below `vaddr`, the one that covers it if any does."""
    nodes, edges = read_svg(path)
    node = root_of(path, nodes, edges)
    steps = []
    start = None
    while not nodes[node][0].startswith("frame "):
        rows = [re.fullmatch(r"\[(\d+)\] (0x[0-9a-f]+)", row).groups() for row in nodes[node][2:]
                if row != "no entries"]
        below = [(index, start) for index, start in rows if int(start, 16) <= int(vaddr, 16)]
        check(below, f"{path}: nothing maps {vaddr}: {' -> '.join(steps + [nodes[node][0]])} has no entry for it")
        index, start = below[-1]
        steps.append(f"{nodes[node][0]}[{index}]")
        node = edges[(node, f"i{index}")]
    check(start == vaddr, f"{path}: nothing maps {vaddr}: the frame {' -> '.join(steps)} maps {start}")
    check(nodes[node][1].split()[1] == rights, f"{path}: the frame at {vaddr} is {nodes[node][1]}, not {rights}")
    print(f"{path}: {' -> '.join(steps)} -> {' '.join(nodes[node])} at {vaddr}")


def check_run(arch, expected, svg, simulate):
    os.makedirs(os.path.dirname(os.path.abspath(svg)), exist_ok=True)
    stem, extension = os.path.splitext(svg)
    for old in glob.glob(f"{glob.escape(stem)}*{extension}"):     # a picture of an earlier run
        os.remove(old)
    result = subprocess.run(simulate + ["--picture", svg], stdout=subprocess.PIPE, stdin=subprocess.DEVNULL,
                            text=True, errors="replace")
    sys.stdout.write(result.stdout)
    problems = Expectation(expected, arch).mismatches(result.stdout, result.returncode)
    check(not problems, f"with --picture, the console differs: {problems}")
    dumps = dumps_in(result.stdout.replace("\r", "").splitlines())
    paths = picture.picture_paths(svg, len(dumps) + 2)
    for path in paths[:-1]:
        check(os.path.isfile(path), f"{path} was not written ({len(dumps)} dumps printed, and one at power-off)")
    check(not os.path.exists(paths[-1]), f"{paths[-1]} was written: a picture too many")
    for path, dump in zip(paths, dumps):
        check_picture(path, dump)
        print(f"{path}: every entry of the dump {dump[0]!r} ({len(dump) - 1} entries)")
    check_path_to_frame(paths[-2], architectures.substitute("${test_vaddr}", arch), "RW")


SYNTHETIC = """\
before the dumps
VSpace asid 2
 X64_PML4[1] 0x8000000000 -> X86_PDPT 0x12f000
  X86_PDPT[0] 0x8000000000 -> X86_PageDirectory 0x130000
  X86_PDPT[3] 0x80c0000000 -> frame 0x40000000 1G RO attr 1
 X64_PML4[2] 0x10000000000 -> X86_PDPT 0x131000
  X86_PDPT[0] 0x10000000000 -> X86_PageDirectory 0x132000
   X86_PageDirectory[0] 0x10000000000 -> X86_PageTable 0x133000
    X86_PageTable[0] 0x10000000000 -> frame 0x134000 4K RW attr 0
    X86_PageTable[7] 0x10000007000 -> frame 0x134000 4K kernel-only attr 0
   X86_PageDirectory[5] 0x10000a00000 -> frame 0x200000 2M no-access attr 4
between the dumps
VSpace asid 3
VSpace without a valid ASID: not shown
VSpace asid 4
 RISCV_VSpace[128] 0x2000000000 -> RISCV_PageTable 0x88001000
"""


def check_synthetic(directory):
    os.makedirs(directory, exist_ok=True)
    lines = SYNTHETIC.splitlines()
    dumps = dumps_in(lines)
    check(len(dumps) == 3, f"the test's own reading found {len(dumps)} dumps")
    paths = picture.draw_dumps(picture.parse_dumps(lines), os.path.join(directory, "synthetic.svg"))
    check([os.path.basename(p) for p in paths] == ["synthetic.svg", "synthetic-2.svg", "synthetic-3.svg"],
          f"pictures {paths}")
    for path, dump in zip(paths, dumps):
        check_picture(path, dump)
        print(f"{path}: every entry of the dump {dump[0]!r} ({len(dump) - 1} entries)")


def main(argv):
    try:
        if argv[:1] == ["--synthetic"] and len(argv) == 2:
            check_synthetic(argv[1])
        elif len(argv) >= 6 and argv[0] == "--arch" and argv[4] == "--":
            check_run(argv[1], argv[2], argv[3], argv[5:])
        else:
            print("usage: picture-test.py --arch ARCH EXPECTED FILE.svg -- SIMULATE... | --synthetic DIRECTORY",
                  file=sys.stderr)
            return 2
    except Failure as e:
        print(f"FAIL: {e}")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
