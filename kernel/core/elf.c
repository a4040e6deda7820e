#include <arch_api.h>
#include <elf.h>

static const elf_phdr_t *program_header(const void *file, word_t i)
{
    const elf_header_t *h = file;
    return (const elf_phdr_t *)((const char *)file + h->phoff) + i;
}

static bool header_ok(const elf_header_t *h, word_t size)
{
    return size >= sizeof(*h) && h->ident[0] == 0x7f && h->ident[1] == 'E' && h->ident[2] == 'L' &&
           h->ident[3] == 'F' && h->ident[4] == ELF_CLASS && h->machine == ARCH_ELF_MACHINE &&
           h->phentsize == sizeof(elf_phdr_t) && h->phoff < size &&
           h->phoff % _Alignof(elf_phdr_t) == 0 &&
           h->phnum <= (size - h->phoff) / sizeof(elf_phdr_t);
}

static bool segment_ok(const elf_phdr_t *p, word_t size)
{
    return p->filesz <= p->memsz && p->offset <= size && p->filesz <= size - p->offset &&
           p->vaddr <= USER_TOP && p->memsz <= USER_TOP - p->vaddr;
}

bool elf_check(const void *file, word_t size, struct elf_image *image)
{
    const elf_header_t *h = file;
    if (!header_ok(h, size)) {
        return false;
    }
    *image = (struct elf_image){ .low = ~(vaddr_t)0, .high = 0, .entry = h->entry };
    for (word_t i = 0; i < h->phnum; i++) {
        const elf_phdr_t *p = program_header(file, i);
        if (p->type != PT_LOAD) {
            continue;
        }
        if (!segment_ok(p, size)) {
            return false;
        }
        if (p->memsz == 0) {
            continue;
        }
        if (p->vaddr < image->low) {
            image->low = ALIGN_DOWN(p->vaddr, 12);
        }
        if (p->vaddr + p->memsz > image->high) {
            image->high = ALIGN_UP(p->vaddr + p->memsz, 12);
        }
    }
    return image->low < image->high && image->entry >= image->low && image->entry < image->high;
}

void elf_for_each_segment(const void *file,
                          void (*copy)(vaddr_t vaddr, const void *data, word_t size, void *context),
                          void *context)
{
    const elf_header_t *h = file;
    for (word_t i = 0; i < h->phnum; i++) {
        const elf_phdr_t *p = program_header(file, i);
        if (p->type == PT_LOAD && p->filesz != 0) {
            copy(p->vaddr, (const char *)file + p->offset, p->filesz, context);
        }
    }
}
