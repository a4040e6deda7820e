"""Pictures of the VSpace dumps a program printed (kernel/vspace/dump.c's
format), drawn by Graphviz's dot: one SVG file per dump.

Each dump is a tree, drawn from left to right.  The root shows its level
name and the VSpace's ASID; every table shows its level name and physical
address, then one row per present entry: its index and the first virtual
address it maps.  An edge leaves each row (the port "i<index>") for what
the entry maps: a table, or a frame with its physical address, size, rights
and attribute word.  Empty entries are not in the dump, so they are not
drawn; a table with no entries shows the row "no entries".
"""

import os
import re
import subprocess
from dataclasses import dataclass, field

DUMP_START = re.compile(r"^VSpace asid (\d+)$")
ENTRY = re.compile(r"^( +)(\w+)\[(\d+)\] (0x[0-9a-f]+) -> "
                   r"(?:frame (0x[0-9a-f]+) (\d+[KMGT]) (\S+) attr (\d+)|(\w+) (0x[0-9a-f]+))$")

# Frames are coloured by their rights: what a learner looks for first.
FRAME_COLOURS = {"RW": "#c8efc8", "RO": "#cfe0f7"}
OTHER_FRAME_COLOUR = "#e0e0e0"      # kernel-only, no-access
TABLE_HEADER_COLOUR = "#f7efc8"


@dataclass
class Entry:
    """One present entry of a table, and, for a table entry, its table's entries."""
    level: str                  # the level name of the table that holds the entry
    index: int
    vaddr: str
    paddr: str                  # of the table or frame the entry maps
    table_level: str = None     # what the entry maps: a table of this level, or
    frame: tuple = None         # a frame: (size, rights, attributes)
    entries: list = field(default_factory=list)


@dataclass
class Dump:
    asid: str
    entries: list = field(default_factory=list)     # the root's


def parse_dumps(lines):
    """The dumps in console output, in the order printed.  A dump is the
    line "VSpace asid N" and the entry lines after it, each indented one
    space more than the table it belongs to."""
    dumps = []
    tables = None       # tables[d]: the entry list a line indented d + 1 spaces joins
    for line in lines:
        line = line.rstrip("\r\n")
        start = DUMP_START.match(line)
        if start:
            dumps.append(Dump(start.group(1)))
            tables = [dumps[-1].entries]
            continue
        entry = ENTRY.match(line) if tables else None
        if entry is None or len(entry.group(1)) > len(tables):     # not (or no longer) a dump's line
            tables = None
            continue
        indent, level, index, vaddr, frame_paddr, size, rights, attributes, table_level, table_paddr = entry.groups()
        del tables[len(indent):]
        if frame_paddr:
            item = Entry(level, int(index), vaddr, frame_paddr, frame=(size, rights, attributes))
        else:
            item = Entry(level, int(index), vaddr, table_paddr, table_level=table_level)
        tables[-1].append(item)
        if table_level:
            tables.append(item.entries)
    return dumps


def _table_label(header_lines, entries):
    rows = [f'<tr><td port="i{e.index}" align="left">[{e.index}] {e.vaddr}</td></tr>' for e in entries]
    if not entries:
        rows = ['<tr><td><i>no entries</i></td></tr>']
    header = "<br/>".join(header_lines)
    return (f'<<table border="0" cellborder="1" cellspacing="0" cellpadding="4">'
            f'<tr><td bgcolor="{TABLE_HEADER_COLOUR}">{header}</td></tr>{"".join(rows)}</table>>')


def to_dot(dump):
    """The dump as a DOT graph.  Nodes are named by their path of indices
    from the root, n (n_1_128: what entry 128 maps, in the table the root's
    entry 1 maps), so that a frame mapped twice is drawn twice.  Names in a
    dump are words (ENTRY), so labels need no escaping."""
    out = ["digraph vspace {", "  rankdir=LR;",
           '  node [shape=plaintext, fontname="Helvetica", fontsize=11];']
    root_level = dump.entries[0].level if dump.entries else "VSpace root"
    out.append(f'  n [label={_table_label([f"<b>{root_level}</b>", f"root, asid {dump.asid}"], dump.entries)}];')

    def draw(parent, entries):
        for e in entries:
            node = f"{parent}_{e.index}"
            if e.frame:
                size, rights, attributes = e.frame
                colour = FRAME_COLOURS.get(rights, OTHER_FRAME_COLOUR)
                label = f"frame {e.paddr}\\n{size} {rights} attr {attributes}"
                out.append(f'  {node} [shape=box, style="rounded,filled", fillcolor="{colour}", label="{label}"];')
            else:
                header = [f"<b>{e.table_level}</b>", e.paddr]
                out.append(f"  {node} [label={_table_label(header, e.entries)}];")
                draw(node, e.entries)
            out.append(f"  {parent}:i{e.index} -> {node};")
    draw("n", dump.entries)
    out.append("}")
    return "\n".join(out) + "\n"


def picture_paths(path, count):
    """FILE.svg, then FILE-2.svg, FILE-3.svg, ... for `count` pictures."""
    stem, extension = os.path.splitext(path)
    return [path] + [f"{stem}-{n}{extension}" for n in range(2, count + 1)]


def draw_dumps(dumps, path):
    """Writes one SVG file per dump (picture_paths); returns their paths."""
    paths = picture_paths(path, len(dumps))
    for dump, svg in zip(dumps, paths):
        subprocess.run(["dot", "-Tsvg", "-o", svg], input=to_dot(dump), text=True, check=True)
    return paths
