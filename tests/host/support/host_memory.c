#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sanitizer/asan_interface.h>

#include "host_memory.h"

void host_memory_map(word_t address, word_t size, bool writable)
{
    int protection = writable ? PROT_READ | PROT_WRITE : PROT_READ;
    void *mapped = mmap((void *)address, size, protection,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
    if (mapped != (void *)address) {
        fprintf(stderr, "host memory: cannot map %#lx bytes at %#lx\n", size, address);
        abort();
    }
}

/* The first free byte of HOST_OBJECTS; 0 before it is mapped. */
static word_t next_free;

void *host_alloc(word_t bits)
{
    word_t end = HOST_OBJECTS + BIT(HOST_OBJECT_BITS);
    if (next_free == 0) {
        host_memory_map(HOST_OBJECTS, BIT(HOST_OBJECT_BITS), true);
        ASAN_POISON_MEMORY_REGION((void *)HOST_OBJECTS, BIT(HOST_OBJECT_BITS));
        next_free = HOST_OBJECTS;
    }
    bits = bits < 4 ? 4 : bits;
    word_t block = ALIGN_UP(next_free, bits);
    if (block >= end || BIT(bits) > end - block) {
        return NULL;
    }
    next_free = block + BIT(bits);
    ASAN_UNPOISON_MEMORY_REGION((void *)block, BIT(bits));
    memset((void *)block, 0, BIT(bits));
    return (void *)block;
}

void host_free_all(void)
{
    if (next_free != 0) {
        ASAN_POISON_MEMORY_REGION((void *)HOST_OBJECTS, next_free - HOST_OBJECTS);
        next_free = HOST_OBJECTS;
    }
}
