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
