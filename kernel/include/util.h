#ifndef UTIL_H
#define UTIL_H

#include <types.h>

/* The C library subset the kernel uses (common/string.c in the kernel,
 * the host's libc in host tests). */
void *memset(void *dest, int c, size_t n);
void *memcpy(void *restrict dest, const void *restrict src, size_t n);

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
