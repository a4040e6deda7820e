#ifndef UTIL_H
#define UTIL_H

#include <types.h>

/* The C library subset the kernel uses (common/string.c in the kernel,
 * the host's libc in host tests). */
void *memset(void *dest, int c, size_t n);
void *memcpy(void *restrict dest, const void *restrict src, size_t n);

/* Sets `bytes` bytes at `memory` to zero, eight word stores a round: the
 * fastest plain C under QEMU's TCG, where every guest instruction costs
 * time, so the loop's own instructions are spread over eight stores
 * (arch_clear_memory(), where the machine has nothing faster).  `memory`
 * is word-aligned and `bytes` a multiple of the word size. */
static inline void clear_words(void *memory, word_t bytes)
{
    word_t *word = memory, *end = (word_t *)((char *)memory + bytes);
    for (; end - word >= 8; word += 8) {
        word[0] = word[1] = word[2] = word[3] = 0;
        word[4] = word[5] = word[6] = word[7] = 0;
    }
    for (; word < end; word++) {
        *word = 0;
    }
}

/* What follows `prefix` in `s`, or NULL if `s` does not start with it. */
static inline const char *skip_prefix(const char *s, const char *prefix)
{
    while (*prefix != '\0' && *s == *prefix) {
        s++;
        prefix++;
    }
    return *prefix == '\0' ? s : NULL;
}

#endif
