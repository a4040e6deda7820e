/* Just enough ELF to load the root task: ELF64 on 64-bit machines, ELF32
 * on 32-bit ones (the root task is built for the kernel's word size). */
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

struct elf32_header {
    uint8_t ident[16];
    uint16_t type, machine;
    uint32_t version, entry, phoff, shoff, flags;
    uint16_t ehsize, phentsize, phnum, shentsize, shnum, shstrndx;
};

struct elf32_phdr {
    uint32_t type, offset, vaddr, paddr, filesz, memsz, flags, align;
};

_Static_assert(sizeof(struct elf64_header) == 64 && sizeof(struct elf64_phdr) == 56, "ELF64's layout");
_Static_assert(sizeof(struct elf32_header) == 52 && sizeof(struct elf32_phdr) == 32, "ELF32's layout");

#if WORD_BITS == 64
#define ELF_CLASS 2
typedef struct elf64_header elf_header_t;
typedef struct elf64_phdr elf_phdr_t;
#else
#define ELF_CLASS 1
typedef struct elf32_header elf_header_t;
typedef struct elf32_phdr elf_phdr_t;
#endif

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
