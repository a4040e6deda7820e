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
