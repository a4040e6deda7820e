/*
 * ia32 paging: 2 levels, 10 index bits each, 32-bit virtual addresses
 * (no PAE).  The page directory is the VSpace root.
 *
 *   31           22 21           12 11            0
 *  +---------------+---------------+---------------+
 *  | PageDirectory |   PageTable   |    offset     |
 *  +---------------+---------------+---------------+
 *       4 MiB           4 KiB        leaf sizes
 *
 * Page-directory slots from KERNEL_WINDOW_SLOT (896, 0xe0000000) up are
 * the kernel's window.
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
    case seL4_X86_4K: *kind = (struct object_kind){ cap_frame, 12, 0 }; return true;
    case seL4_X86_LargePageObject: *kind = (struct object_kind){ cap_frame, 22, 1 }; return true;
    case seL4_X86_PageTableObject: *kind = (struct object_kind){ cap_page_table, 12, X86_PT }; return true;
    case seL4_X86_PageDirectoryObject: *kind = (struct object_kind){ cap_vspace, 12, 0 }; return true;
    default: return false;
    }
}
