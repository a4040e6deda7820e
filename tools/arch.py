"""What the tools know of each architecture Pagoda runs on: the QEMU
machine that runs it, how that machine reports the status the system
powered off with, and the values that differ in what its programs print
(the ${name}s of expectation files, tools/expect.py).

The kernel's side of each protocol is in kernel/arch/<arch>/: the power-off
device it writes to, and where it looks for the root task.
"""

import re


def _debug_exit_status(returncode, stderr_text):
    """isa-debug-exit makes QEMU exit with (status << 1) | 1.  QEMU's own
    failures exit with 1 too, but only they print on stderr."""
    if returncode % 2 == 1 and not (returncode == 1 and stderr_text.strip()):
        return returncode >> 1
    return None


def _exit_status(returncode, stderr_text):
    """Semihosting's exit and the RISC-V test finisher give the status
    itself; QEMU's own failures exit with 1 and say why on stderr."""
    if 0 <= returncode < 128 and not (returncode == 1 and stderr_text.strip()):
        return returncode
    return None


class Arch:
    def __init__(self, qemu, root_task, status, values, banner_end=None):
        self.qemu = qemu                # the machine, without kernel, root task and memory
        self.root_task = root_task      # the QEMU options that load the root task's file
        self.status = status            # (returncode, stderr text) -> power-off status, or None
        self.values = values            # what expectation files write as ${name}
        self.banner_end = banner_end    # the last line the firmware prints, or None


# The PC machines boot with qboot (qemu-system-data's qboot.rom), a
# minimal firmware that loads multiboot kernels as SeaBIOS does, in about
# two thirds of the time (docs/performance.md).
ARCHES = {
    "x86_64": Arch(
        qemu=["qemu-system-x86_64", "-machine", "pc", "-cpu", "qemu64", "-bios", "qboot.rom", "-display", "none",
              "-serial", "stdio", "-no-reboot", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"],
        root_task=lambda path: ["-initrd", path],
        status=_debug_exit_status,
        values={
            # the object types vspace_map_anywhere() makes for the tests' levels 1
            # to 3 (where there are such), and the lookup levels that lack a
            # level-3 table and a table below the root (examples/map-anywhere)
            "l1_table_object": "seL4_X86_PDPTObject", "l2_table_object": "seL4_X86_PageDirectoryObject",
            "l3_table_object": "seL4_X86_PageTableObject",
            "l3_table_bits": "21", "root_entry_bits": "39",
            # VM fault statuses: the page-fault error code
            "read_absent_page_status": "0x4", "write_absent_page_status": "0x6",
            "read_absent_table_status": "0x4", "read_absent_directory_status": "0x4",
            "read_kernel_only_status": "0x5", "read_only_write_status": "0x7",
            # the debug VSpace dump's names for the levels, and boot's attributes
            # whether the tests' level-1 table (entries of 1 GiB) is a type
            # of its own, not the root; the conformance suite's first
            # region (0x8000000000) without its last six hex digits
            "level1_table": "yes", "region1_high": "0x8000",
            # the tests' level of the root (tests/arch/<arch>/arch_names.h:
            # FIRST_TABLE_LEVEL - 1), and whether there are 1 GiB frames
            "root_level": "0", "huge_frames": "yes",
            # whether frames have the Arm page cache operations
            "page_cache": "no",
            # a word's bits, its largest value, and the largest label
            "word_bits": "64", "max_word": "18446744073709551615", "max_label": "4503599627370495",
            # whether the tests' level-2 table (entries of 2 MiB) is a type
            # of its own; the first address above user space, the last
            # page that crosses it, and the untyped size bounds
            "level2_table": "yes", "beyond_user": "0x800000000000", "last_page_start": "0x7ffffffff000",
            "max_untyped_bits_plus_1": "48", "oversized_cnode_radix": "43",
            "max_untyped_bytes": "140737488355328", "object_type_count": "12",
            "level0": "X64_PML4", "level1": "X86_PDPT", "level2": "X86_PageDirectory", "level3": "X86_PageTable",
            # boot's attributes: its mappings', and the IPC buffer's and BootInfo's
            "default_attributes": "0", "boot_data_attributes": "0", "test_vaddr": "0xa000000000",
            # fault reports: a kernel pointer (the thread's address), a pattern
            "kernel_pointer_pattern": "0xffffff[0-9a-f]{10}", "kernel_address": "0xffffff8000000000",
            # the mapping tutorial's first stage: what is missing, and its lookup
            # level; the level a missing page table leaves (its unmap stage)
            "start_level": "30", "start_missing": "page directory", "page_table_level": "21",
            # reason lines: the frame invocations' name, and labels
            "frame": "X86_Page", "l1_table_map_label": "33", "l1_table_unmap_label": "34",
            "l3_table_map_label": "37", "page_map_label": "39", "page_unmap_label": "40",
            "page_get_address_label": "41", "unbuilt_object": "16777215",
            # the fault programs' reports (tests/qemu/faults)
            "null_call_fault": "vm fault on data at address (nil) with status 0x4",
            "execute_unmapped_fault": "vm fault on data at address 0x10000000 with status 0x4",
            "kernel_write_status": "0x7", "write_absent_table_status": "0x6",
            "undefined_exception": "user exception 0x6 code (nil)", "sp_name": "RSP",
            # %p of -100, -10, -11 and the most negative word; the word a
            # push stores with the stack pointer at 0x10000000
            "minus_100": "0xffffffffffffff9c", "minus_10": "0xfffffffffffffff6", "minus_11": "0xfffffffffffffff5",
            "most_negative": "0x8000000000000000", "word_below_unmapped": "0xffffff8",
            # the tutorial's address (the fault programs' free one) without
            # its last six hex digits; where a stub's first access to the
            # IPC buffer lands when the buffer is at ${kernel_address}, at
            # 0x10000000, and its offset in a buffer; whether stubs carry
            # message registers in the buffer, written before the call
            "test_vaddr_high": "0xa000", "kernel_buffer_write": "0xffffff8000000008",
            "unmapped_buffer_write": "0x10000008", "buffer_write_offset": "008", "stub_buffer_mrs": "no",
        }),
    # The kernel finds the root task at 0x48000000 (ROOT_TASK_PADDR).
    "aarch64": Arch(
        qemu=["qemu-system-aarch64", "-machine", "virt", "-cpu", "cortex-a53", "-display", "none",
              "-serial", "stdio", "-no-reboot", "-semihosting"],
        root_task=lambda path: ["-device", f"loader,file={path},addr=0x48000000,force-raw=on"],
        status=_exit_status,
        values={
            "l1_table_object": "seL4_ARM_PageTableObject", "l2_table_object": "seL4_ARM_PageTableObject",
            "l3_table_object": "seL4_ARM_PageTableObject",
            "l3_table_bits": "21", "root_entry_bits": "39",
            # VM fault statuses: the ESR of a data abort from EL0, whose low
            # bits say the kind of fault and the level of the table walk
            "read_absent_page_status": "0x92000007", "write_absent_page_status": "0x92000047",
            "read_absent_table_status": "0x92000006", "read_absent_directory_status": "0x92000005",
            "read_kernel_only_status": "0x9200000f", "read_only_write_status": "0x9200004f",
            "level1_table": "yes", "region1_high": "0x8000", "root_level": "0", "huge_frames": "yes",
            "page_cache": "yes",
            "word_bits": "64", "max_word": "18446744073709551615", "max_label": "4503599627370495",
            "level2_table": "yes", "beyond_user": "0x800000000000", "last_page_start": "0x7ffffffff000",
            "max_untyped_bits_plus_1": "48", "oversized_cnode_radix": "43",
            "max_untyped_bytes": "140737488355328", "object_type_count": "12",
            "level0": "ARM_VSpace", "level1": "ARM_PageUpperDirectory", "level2": "ARM_PageDirectory",
            "level3": "ARM_PageTable",
            "default_attributes": "3", "boot_data_attributes": "7", "test_vaddr": "0xa000000000",
            "kernel_pointer_pattern": "0xffffff[0-9a-f]{10}", "kernel_address": "0xffffff8000000000",
            "start_level": "30", "start_missing": "page directory", "page_table_level": "21",
            "frame": "ARM_Page", "l1_table_map_label": "37", "l1_table_unmap_label": "38",
            "l3_table_map_label": "41", "page_map_label": "43", "page_unmap_label": "44",
            "page_get_address_label": "49", "unbuilt_object": "65534",
            "null_call_fault": "vm fault on code at address (nil) with status 0x82000006",
            "execute_unmapped_fault": "vm fault on code at address 0x10000000 with status 0x82000006",
            "kernel_write_status": "0x9200004d", "write_absent_table_status": "0x92000046",
            "undefined_exception": "user exception 0x2000000 code (nil)", "sp_name": "SP",
            "minus_100": "0xffffffffffffff9c", "minus_10": "0xfffffffffffffff6", "minus_11": "0xfffffffffffffff5",
            "most_negative": "0x8000000000000000", "word_below_unmapped": "0xffffff8",
            "test_vaddr_high": "0xa000", "kernel_buffer_write": "0xffffff8000000008",
            "unmapped_buffer_write": "0x10000008", "buffer_write_offset": "008", "stub_buffer_mrs": "no",
        }),
    # OpenSBI enters the kernel at 0x80200000 in S-mode, after its banner;
    # the kernel finds the root task at 0x84000000 (ROOT_TASK_PADDR).
    "riscv64": Arch(
        qemu=["qemu-system-riscv64", "-machine", "virt", "-bios", "default", "-display", "none",
              "-serial", "stdio", "-no-reboot"],
        root_task=lambda path: ["-device", f"loader,file={path},addr=0x84000000,force-raw=on"],
        status=_exit_status,
        banner_end=re.compile(r"^Boot HART MEDELEG\s*:"),
        values={
            "l2_table_object": "seL4_RISCV_PageTableObject", "l3_table_object": "seL4_RISCV_PageTableObject",
            "l3_table_bits": "21", "root_entry_bits": "30",
            # VM fault statuses: seL4's normalised cause (5 load, 7 store, 1 fetch)
            "read_absent_page_status": "0x5", "write_absent_page_status": "0x7",
            "read_absent_table_status": "0x5", "read_absent_directory_status": "0x5",
            "read_kernel_only_status": "0x5", "read_only_write_status": "0x7",
            "test_vaddr": "0x2000000000", "start_level": "30", "start_missing": "page directory",
            "page_table_level": "21",
            "kernel_pointer_pattern": "0xffffffc0[0-9a-f]{8}", "kernel_address": "0xffffff8000000000",
            "level1_table": "no", "region1_high": "0x40", "root_level": "1", "huge_frames": "yes",
            "page_cache": "no",
            "word_bits": "64", "max_word": "18446744073709551615", "max_label": "4503599627370495",
            "level2_table": "no", "beyond_user": "0x4000000000", "last_page_start": "0x3ffffff000",
            "max_untyped_bits_plus_1": "39", "oversized_cnode_radix": "34",
            "max_untyped_bytes": "274877906944", "object_type_count": "9",
            # the dump's name for the root, and the one PageTable type's
            # (the root is the tests' level 1: there is no ${level1})
            "level0": "RISCV_VSpace", "level2": "RISCV_PageTable", "level3": "RISCV_PageTable",
            "default_attributes": "0", "boot_data_attributes": "0",
            "frame": "RISCV_Page", "l3_table_map_label": "33", "page_map_label": "35", "page_unmap_label": "36",
            "page_get_address_label": "37", "unbuilt_object": "4294967295",
            # the fault programs' reports; other exceptions are user
            # exceptions numbered by scause (2: illegal instruction)
            "null_call_fault": "vm fault on code at address (nil) with status 0x1",
            "execute_unmapped_fault": "vm fault on code at address 0x10000000 with status 0x1",
            "kernel_write_status": "0x7", "write_absent_table_status": "0x7",
            "undefined_exception": "user exception 0x2 code (nil)", "sp_name": "SP",
            "minus_100": "0xffffffffffffff9c", "minus_10": "0xfffffffffffffff6", "minus_11": "0xfffffffffffffff5",
            "most_negative": "0x8000000000000000", "word_below_unmapped": "0xffffff8",
            "test_vaddr_high": "0x2000", "kernel_buffer_write": "0xffffff8000000008",
            "unmapped_buffer_write": "0x10000008", "buffer_write_offset": "008", "stub_buffer_mrs": "no",
        }),
    # 32-bit paging without PAE: the page directory is the root, and the
    # only table type below it is the page table.
    "ia32": Arch(
        qemu=["qemu-system-i386", "-machine", "pc", "-cpu", "qemu32", "-bios", "qboot.rom", "-display", "none",
              "-serial", "stdio", "-no-reboot", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"],
        root_task=lambda path: ["-initrd", path],
        status=_debug_exit_status,
        values={
            "l3_table_object": "seL4_X86_PageTableObject",
            "l3_table_bits": "22", "root_entry_bits": "22",
            # VM fault statuses: the page-fault error code
            "read_absent_page_status": "0x4", "write_absent_page_status": "0x6",
            "read_absent_table_status": "0x4", "read_kernel_only_status": "0x5",
            "read_only_write_status": "0x7",
            "test_vaddr": "0xa0000000", "start_level": "22", "start_missing": "page table",
            "page_table_level": "22",
            # a thread's kernel address: in the window, 0xe0000000 and up
            "kernel_pointer_pattern": "0x[ef][0-9a-f]{7}", "kernel_address": "0xe0000000",
            "beyond_user": "0xe0000000", "last_page_start": "0xdffff000",
            "max_untyped_bits_plus_1": "30", "oversized_cnode_radix": "26",
            "max_untyped_bytes": "536870912", "object_type_count": "9",
            # the root is the tests' level 2: no level-1 or level-2 table
            # types, no 1 GiB frames; the first region (16 MiB) without its
            # last six hex digits; the root's slots of the program's image
            # (0x400000) and of the tutorial's frame
            "root_level": "2", "level1_table": "no", "level2_table": "no", "huge_frames": "no",
            "region1_high": "0x1", "image_root_slot": "1", "tutorial_root_slot": "640",
            "page_cache": "no",
            "word_bits": "32", "max_word": "4294967295", "max_label": "1048575",
            "level0": "X86_PageDirectory", "level3": "X86_PageTable",
            "default_attributes": "0", "boot_data_attributes": "0",
            "frame": "X86_Page", "l3_table_map_label": "36", "page_map_label": "38", "page_unmap_label": "39",
            "page_get_address_label": "40", "unbuilt_object": "16777215",
            "null_call_fault": "vm fault on data at address (nil) with status 0x4",
            "execute_unmapped_fault": "vm fault on data at address 0x10000000 with status 0x4",
            "kernel_write_status": "0x7", "write_absent_table_status": "0x6",
            "undefined_exception": "user exception 0x6 code (nil)", "sp_name": "ESP",
            "minus_100": "0xffffff9c", "minus_10": "0xfffffff6", "minus_11": "0xfffffff5",
            "most_negative": "0x80000000", "word_below_unmapped": "0xffffffc",
            "test_vaddr_high": "0xa0",
            # the stubs carry message registers 2 and 3 in the IPC buffer:
            # the first access is the write of message register 2
            "kernel_buffer_write": "0xe000000c", "unmapped_buffer_write": "0x1000000c",
            "buffer_write_offset": "00c", "stub_buffer_mrs": "yes",
        }),
    # ARMv7-A short descriptors: the page directory is the root, and the
    # only table type below it is the page table.  The kernel finds the
    # root task at 0x48000000 (ROOT_TASK_PADDR).
    "aarch32": Arch(
        qemu=["qemu-system-arm", "-machine", "virt", "-cpu", "cortex-a15", "-display", "none",
              "-serial", "stdio", "-no-reboot", "-semihosting"],
        root_task=lambda path: ["-device", f"loader,file={path},addr=0x48000000,force-raw=on"],
        status=_exit_status,
        values={
            "l3_table_object": "seL4_ARM_PageTableObject",
            "l3_table_bits": "20", "root_entry_bits": "20",
            # VM fault statuses: the DFSR of a data abort, whose bits 10 and
            # 3..0 say the kind of fault (5 section and 7 page translation,
            # f page permission) and bit 11 a write
            "read_absent_page_status": "0x7", "write_absent_page_status": "0x807",
            "read_absent_table_status": "0x5", "read_kernel_only_status": "0xf",
            "read_only_write_status": "0x80f",
            "test_vaddr": "0xa0000000", "start_level": "20", "start_missing": "page table",
            "page_table_level": "20",
            # a thread's kernel address: in the window, 0xe0000000 and up
            "kernel_pointer_pattern": "0x[ef][0-9a-f]{7}", "kernel_address": "0xe0000000",
            "beyond_user": "0xe0000000", "last_page_start": "0xdffff000",
            "max_untyped_bits_plus_1": "30", "oversized_cnode_radix": "26",
            "max_untyped_bytes": "536870912", "object_type_count": "11",
            "root_level": "2", "level1_table": "no", "level2_table": "no", "huge_frames": "no",
            "region1_high": "0x1", "image_root_slot": "4", "tutorial_root_slot": "2560",
            "page_cache": "yes",
            "word_bits": "32", "max_word": "4294967295", "max_label": "1048575",
            "level0": "ARM_PageDirectory", "level3": "ARM_PageTable",
            "default_attributes": "3", "boot_data_attributes": "7",
            "frame": "ARM_Page", "l3_table_map_label": "37", "page_map_label": "39", "page_unmap_label": "40",
            "page_get_address_label": "45", "unbuilt_object": "65534", "sp_name": "SP",
            # the fault programs' reports: aborts give the DFSR or IFSR (5
            # a section translation fault, d a section permission fault),
            # an undefined instruction is user exception 0
            "null_call_fault": "vm fault on code at address (nil) with status 0x5",
            "execute_unmapped_fault": "vm fault on code at address 0x10000000 with status 0x5",
            "kernel_write_status": "0x80d", "write_absent_table_status": "0x805",
            "undefined_exception": "user exception (nil) code (nil)",
            "minus_100": "0xffffff9c", "minus_10": "0xfffffff6", "minus_11": "0xfffffff5",
            "most_negative": "0x80000000", "word_below_unmapped": "0xffffffc",
            "test_vaddr_high": "0xa0",
            "kernel_buffer_write": "0xe0000004", "unmapped_buffer_write": "0x10000004",
            "buffer_write_offset": "004", "stub_buffer_mrs": "no",
        }),
}

NAMES = sorted(ARCHES)


def qemu_command(arch, kernel, root_task, memory, options=(), semihosting=True):
    """The QEMU command line that boots `kernel` with `root_task` on the
    architecture's machine; `options` are added at the end, and
    semihosting=False leaves out -semihosting."""
    machine = ARCHES[arch]
    base = [option for option in machine.qemu if semihosting or option != "-semihosting"]
    return base + ["-m", memory, "-kernel", kernel] + machine.root_task(root_task) + list(options)
_VALUE = re.compile(r"\$\{(\w+)\}")


def substitute(text, arch, quote=lambda value: value, extra=None):
    """`text` with each ${name} replaced by the architecture's value, or by
    the caller's `extra` one, passed through `quote` (re.escape for a
    regular expression) unless the name ends in _pattern: such a value is a
    regular expression itself."""
    values = {"arch": arch, **ARCHES[arch].values, **(extra or {})}

    def value(match):
        name = match.group(1)
        if name not in values:
            raise KeyError(f"no value ${{{name}}} for {arch}")
        return values[name] if name.endswith("_pattern") else quote(values[name])
    return _VALUE.sub(value, text)
