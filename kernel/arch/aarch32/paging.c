/*
 * aarch32 paging: ARMv7-A short descriptors, 2 levels, 32-bit virtual
 * addresses.
 *
 *   31              20 19        12 11          0
 *  +------------------+------------+-------------+
 *  |  PageDirectory   | PageTable  |   offset    |
 *  +------------------+------------+-------------+
 *     1 MiB sections,    4 KiB small pages,
 *     16 MiB super-      64 KiB large pages
 *     sections (16       (16 entries)
 *     entries)
 *
 * The page directory (16 KiB, 4096 entries) is the VSpace root; page
 * tables (1 KiB, 256 entries) are the only table type below it.
 */
#include <arm.h>
#include <object.h>
#include <sel4/objecttype.h>

enum { ARM_PT };

const struct paging_desc arch_paging = {
    .levels = 2,
    .level = {
        { .shift = 20, .index_bits = 12, .name = "ARM_PageDirectory" },
        { .shift = 12, .index_bits = 8, .name = "ARM_PageTable" },
    },
    .table_types = 1,
    .table = {
        [ARM_PT] = { .name = "ARM_PageTable", .first_level = 1, .last_level = 1 },
    },
    .frame_sizes = 4,
    .frame_bits = { [ARM_SMALL_PAGE] = 12, [ARM_LARGE_PAGE] = 16, [ARM_SECTION] = 20, [ARM_SUPERSECTION] = 24 },
    .frame_level = { [ARM_SMALL_PAGE] = 1, [ARM_LARGE_PAGE] = 1, [ARM_SECTION] = 0, [ARM_SUPERSECTION] = 0 },
};

const char arch_frame_name[] = "ARM_Page";

bool arch_object_kind(word_t type, struct object_kind *kind)
{
    switch (type) {
    case seL4_ARM_PageDirectoryObject: *kind = (struct object_kind){ cap_vspace, 14, 0 }; return true;
    case seL4_ARM_SmallPageObject: *kind = (struct object_kind){ cap_frame, 12, ARM_SMALL_PAGE }; return true;
    case seL4_ARM_LargePageObject: *kind = (struct object_kind){ cap_frame, 16, ARM_LARGE_PAGE }; return true;
    case seL4_ARM_SectionObject: *kind = (struct object_kind){ cap_frame, 20, ARM_SECTION }; return true;
    case seL4_ARM_SuperSectionObject: *kind = (struct object_kind){ cap_frame, 24, ARM_SUPERSECTION }; return true;
    case seL4_ARM_PageTableObject: *kind = (struct object_kind){ cap_page_table, 10, ARM_PT }; return true;
    default: return false;
    }
}

struct vm_label arch_vm_label(word_t label)
{
    return arm_vm_label(label, ARM_PT);
}
