/* Just enough ELF64 to load the root task. */
#ifndef ELF_H
#define ELF_H

#include <types.h>

#define PT_LOAD 1

struct elf64_header {
    uint8_t ident[16];
    uint16_t type, machine;
    uint32_t version;
    uint64_t entry, phoff, shoff;
    uint32_t flags;
    uint16_t ehsize, phentsize, phnum, shentsize, shnum, shstrndx;
};

struct elf64_phdr {
    uint32_t type, flags;
    uint64_t offset, vaddr, paddr, filesz, memsz, align;
};

_Static_assert(sizeof(struct elf64_header) == 64 && sizeof(struct elf64_phdr) == 56, "ELF64's layout");

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
