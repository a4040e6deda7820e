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

/* The table types, each fixed to its level. */
enum { X86_PDPT, X86_PD, X86_PT };

const struct paging_desc arch_paging = {
    .levels = 4,
    .level = {
        { .shift = 39, .index_bits = 9, .name = "X64_PML4" },
        { .shift = 30, .index_bits = 9, .name = "X86_PDPT" },
        { .shift = 21, .index_bits = 9, .name = "X86_PageDirectory" },
        { .shift = 12, .index_bits = 9, .name = "X86_PageTable" },
    },
    .table_types = 3,
    .table = {
        [X86_PDPT] = { .name = "X86_PDPT", .first_level = 1, .last_level = 1 },
        [X86_PD] = { .name = "X86_PageDirectory", .first_level = 2, .last_level = 2 },
        [X86_PT] = { .name = "X86_PageTable", .first_level = 3, .last_level = 3 },
    },
    .frame_sizes = 3,
    .frame_bits = { 12, 21, 30 },
    .frame_level = { 3, 2, 1 },
};

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

struct vm_label arch_vm_label(word_t label)
{
    switch (label) {
    case X86PDPTMap: return (struct vm_label){ vm_op_table_map, X86_PDPT };
    case X86PDPTUnmap: return (struct vm_label){ vm_op_table_unmap, X86_PDPT };
    case X86PageDirectoryMap: return (struct vm_label){ vm_op_table_map, X86_PD };
    case X86PageDirectoryUnmap: return (struct vm_label){ vm_op_table_unmap, X86_PD };
    default: return x86_vm_label(label, X86_PT);
    }
}
