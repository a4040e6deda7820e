/* riscv64's paging description (struct paging_desc, <arch_api.h>):
 * constant data every file sees, so the compiler folds it into the code
 * that walks and sizes paging structures. */
#ifndef ARCH_PAGING_DESC_H
#define ARCH_PAGING_DESC_H

enum { RISCV_PT };

static const struct paging_desc arch_paging = {
    .levels = 3,
    .level = {
        { .shift = 30, .index_bits = 9, .name = "RISCV_VSpace" },
        { .shift = 21, .index_bits = 9, .name = "RISCV_PageTable" },
        { .shift = 12, .index_bits = 9, .name = "RISCV_PageTable" },
    },
    .table_types = 1,
    .table = {
        [RISCV_PT] = { .name = "RISCV_PageTable", .first_level = 1, .last_level = 2 },
    },
    .root_table = &arch_paging.table[RISCV_PT],
    .frame_sizes = 3,
    .frame_bits = { 12, 21, 30 },
    .frame_level = { 2, 1, 0 },
};

#endif
