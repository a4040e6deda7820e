/* aarch64's paging description (struct paging_desc, <arch_api.h>):
 * constant data every file sees, so the compiler folds it into the code
 * that walks and sizes paging structures. */
#ifndef ARCH_PAGING_DESC_H
#define ARCH_PAGING_DESC_H

enum { ARM_PT, ARM_PUD, ARM_PD };

static const struct paging_desc arch_paging = {
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

#endif
