/* ia32's paging description (struct paging_desc, <arch_api.h>):
 * constant data every file sees, so the compiler folds it into the code
 * that walks and sizes paging structures. */
#ifndef ARCH_PAGING_DESC_H
#define ARCH_PAGING_DESC_H

/* The one table type below the root. */
enum { X86_PT };

static const struct paging_desc arch_paging = {
    .levels = 2,
    .level = {
        { .shift = 22, .index_bits = 10, .name = "X86_PageDirectory" },
        { .shift = 12, .index_bits = 10, .name = "X86_PageTable" },
    },
    .table_types = 1,
    .table = {
        [X86_PT] = { .name = "X86_PageTable", .first_level = 1, .last_level = 1 },
    },
    .frame_sizes = 2,
    .frame_bits = { 12, 22 },
    .frame_level = { 1, 0 },
};

#endif
