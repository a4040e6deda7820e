/* aarch32's paging description (struct paging_desc, <arch_api.h>):
 * constant data every file sees, so the compiler folds it into the code
 * that walks and sizes paging structures. */
#ifndef ARCH_PAGING_DESC_H
#define ARCH_PAGING_DESC_H

enum { ARM_PT };

static const struct paging_desc arch_paging = {
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

#endif
