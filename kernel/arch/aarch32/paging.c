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
