/*
 * x86_64 paging: 4 levels, 9 index bits each, 48-bit virtual addresses.
 *
 *   47      39 38      30 29      21 20      12 11         0
 *  +----------+----------+----------+----------+------------+
 *  |   PML4   |   PDPT   |    PD    |    PT    |   offset   |
 *  +----------+----------+----------+----------+------------+
 *                 1 GiB      2 MiB      4 KiB   leaf sizes
 */
#include <invocation.h>
#include <object.h>
#include <printf.h>
#include <vspace.h>
#include <x86.h>
#include <sel4/objecttype.h>

const char arch_frame_name[] = "X86_Page";

bool arch_object_kind(word_t type, struct object_kind *kind)
{
    switch (type) {
    case seL4_X86_PDPTObject: *kind = (struct object_kind){ cap_page_table, 12, X86_PDPT }; return true;
    case seL4_X64_PML4Object: *kind = (struct object_kind){ cap_vspace, 12, 0 }; return true;
    case seL4_X64_HugePageObject: *kind = (struct object_kind){ cap_frame, 30, 2 }; return true;
    case seL4_X86_4K: *kind = (struct object_kind){ cap_frame, 12, 0 }; return true;
    case seL4_X86_LargePageObject: *kind = (struct object_kind){ cap_frame, 21, 1 }; return true;
    case seL4_X86_PageTableObject: *kind = (struct object_kind){ cap_page_table, 12, X86_PT }; return true;
    case seL4_X86_PageDirectoryObject: *kind = (struct object_kind){ cap_page_table, 12, X86_PD }; return true;
    default: return false;
    }
}
