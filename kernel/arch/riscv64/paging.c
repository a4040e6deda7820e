/*
 * riscv64 paging: Sv39, 3 levels, 9 index bits each, 39-bit virtual
 * addresses.
 *
 *   38      30 29      21 20      12 11         0
 *  +----------+----------+----------+------------+
 *  |  root    | level 1  | level 2  |   offset   |
 *  +----------+----------+----------+------------+
 *     1 GiB      2 MiB      4 KiB      frame sizes
 *
 * seL4's one PageTable type serves every level: as a table it goes at the
 * first level an address lacks (1 or 2), and ASIDPool_Assign makes one a
 * VSpace root.  Frames come in three sizes, each its own object type.
 */
#include <invocation.h>
#include <object.h>
#include <printf.h>
#include <vspace.h>
#include <sel4/objecttype.h>

enum { RISCV_PT };

const struct paging_desc arch_paging = {
    .levels = 3,
    .level = {
        { .shift = 30, .index_bits = 9, .name = "RISCV_VSpace" },
        { .shift = 21, .index_bits = 9, .name = "RISCV_PageTable" },
        { .shift = 12, .index_bits = 9, .name = "RISCV_PageTable" },
    },
    .table_types = 1,
    .table = {
        [RISCV_PT] = { .name = "RISCV_PageTable", .first_level = 1, .last_level = 2 },
    },
    .root_table = &arch_paging.table[RISCV_PT],
    .frame_sizes = 3,
    .frame_bits = { 12, 21, 30 },
    .frame_level = { 2, 1, 0 },
};

const char arch_frame_name[] = "RISCV_Page";

bool arch_object_kind(word_t type, struct object_kind *kind)
{
    switch (type) {
    case seL4_RISCV_Giga_Page: *kind = (struct object_kind){ cap_frame, 30, 2 }; return true;
    case seL4_RISCV_4K_Page: *kind = (struct object_kind){ cap_frame, 12, 0 }; return true;
    case seL4_RISCV_Mega_Page: *kind = (struct object_kind){ cap_frame, 21, 1 }; return true;
    case seL4_RISCV_PageTableObject: *kind = (struct object_kind){ cap_page_table, 12, RISCV_PT }; return true;
    default: return false;
    }
}

struct vm_label arch_vm_label(word_t label)
{
    switch (label) {
    case RISCVPageTableMap: return (struct vm_label){ vm_op_table_map, RISCV_PT };
    case RISCVPageTableUnmap: return (struct vm_label){ vm_op_table_unmap, RISCV_PT };
    case RISCVPageMap: return (struct vm_label){ vm_op_frame_map, 0 };
    case RISCVPageUnmap: return (struct vm_label){ vm_op_frame_unmap, 0 };
    case RISCVPageGetAddress: return (struct vm_label){ vm_op_frame_get_address, 0 };
    case RISCVASIDControlMakePool: return (struct vm_label){ vm_op_asid_make_pool, 0 };
    case RISCVASIDPoolAssign: return (struct vm_label){ vm_op_asid_assign, 0 };
    default: return (struct vm_label){ vm_op_none, 0 };
    }
}

