/* x86_64's paging description (see struct paging_desc in <arch_api.h>):
 * constant data every file sees, so the compiler folds it into the code
 * that walks and sizes paging structures. */
#ifndef ARCH_PAGING_DESC_H
#define ARCH_PAGING_DESC_H

/* The table types, each fixed to its level. */
enum { X86_PDPT, X86_PD, X86_PT };

static const struct paging_desc arch_paging = {
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

#endif
