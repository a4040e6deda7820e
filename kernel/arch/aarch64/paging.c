/*
 * aarch64 paging: 4 KiB granule, 4 levels, 9 index bits each, 48-bit
 * virtual addresses.
 *
 *   47      39 38      30 29      21 20      12 11         0
 *  +----------+----------+----------+----------+------------+
 *  |  VSpace  |   PUD    |    PD    |    PT    |   offset   |
 *  +----------+----------+----------+----------+------------+
 *                 1 GiB      2 MiB      4 KiB   frame sizes
 *
 * seL4's current API has one PageTable type for levels 1 to 3, which goes
 * at the first level an address lacks; the older API's PageUpperDirectory
 * and PageDirectory are fixed to levels 1 and 2.  Pagoda has all three.
 */
#include <arm.h>
#include <object.h>
#include <sel4/objecttype.h>

enum { ARM_PT, ARM_PUD, ARM_PD };

const struct paging_desc arch_paging = {
    .levels = 4,
    .level = {
        { .shift = 39, .index_bits = 9, .name = "ARM_VSpace" },
        { .shift = 30, .index_bits = 9, .name = "ARM_PageUpperDirectory" },
        { .shift = 21, .index_bits = 9, .name = "ARM_PageDirectory" },
        { .shift = 12, .index_bits = 9, .name = "ARM_PageTable" },
    },
    .table_types = 3,
    .table = {
        [ARM_PT] = { .name = "ARM_PageTable", .first_level = 1, .last_level = 3 },
        [ARM_PUD] = { .name = "ARM_PageUpperDirectory", .first_level = 1, .last_level = 1 },
        [ARM_PD] = { .name = "ARM_PageDirectory", .first_level = 2, .last_level = 2 },
    },
    .frame_sizes = 3,
    .frame_bits = { 12, 21, 30 },
    .frame_level = { 3, 2, 1 },
};

const char arch_frame_name[] = "ARM_Page";

bool arch_object_kind(word_t type, struct object_kind *kind)
{
    switch (type) {
    case seL4_ARM_HugePageObject: *kind = (struct object_kind){ cap_frame, 30, 2 }; return true;
    case seL4_ARM_VSpaceObject: *kind = (struct object_kind){ cap_vspace, 12, 0 }; return true;
    case seL4_ARM_SmallPageObject: *kind = (struct object_kind){ cap_frame, 12, 0 }; return true;
    case seL4_ARM_LargePageObject: *kind = (struct object_kind){ cap_frame, 21, 1 }; return true;
    case seL4_ARM_PageTableObject: *kind = (struct object_kind){ cap_page_table, 12, ARM_PT }; return true;
    case seL4_ARM_PageUpperDirectoryObject: *kind = (struct object_kind){ cap_page_table, 12, ARM_PUD }; return true;
    case seL4_ARM_PageDirectoryObject: *kind = (struct object_kind){ cap_page_table, 12, ARM_PD }; return true;
    default: return false;
    }
}

/* The older API's fixed-level tables, beside what aarch32 has too. */
struct vm_label arch_vm_label(word_t label)
{
    switch (label) {
    case ARMPageUpperDirectoryMap: return (struct vm_label){ vm_op_table_map, ARM_PUD };
    case ARMPageUpperDirectoryUnmap: return (struct vm_label){ vm_op_table_unmap, ARM_PUD };
    case ARMPageDirectoryMap: return (struct vm_label){ vm_op_table_map, ARM_PD };
    case ARMPageDirectoryUnmap: return (struct vm_label){ vm_op_table_unmap, ARM_PD };
    default: return arm_vm_label(label, ARM_PT);
    }
}
