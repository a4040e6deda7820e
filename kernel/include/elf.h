/* Just enough ELF64 to load the root task. */
#ifndef ELF_H
#define ELF_H

#include <types.h>

struct elf_image {
    vaddr_t low;            /* lowest loaded address, page aligned */
    vaddr_t high;           /* end of the highest segment, page aligned up */
    vaddr_t entry;
};

/* Checks that `file` is a loadable executable for this machine whose
 * segments all lie in user memory, and finds its extent. */
bool elf_check(const void *file, word_t size, struct elf_image *image);

/* Calls `copy` for each loadable segment's file contents. */
void elf_for_each_segment(const void *file,
                          void (*copy)(vaddr_t vaddr, const void *data, word_t size, void *context),
                          void *context);

#endif
