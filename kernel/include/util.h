#ifndef UTIL_H
#define UTIL_H

#include <types.h>

/* The C library subset the kernel uses (common/string.c in the kernel,
 * the host's libc in host tests). */
void *memset(void *dest, int c, size_t n);
void *memcpy(void *restrict dest, const void *restrict src, size_t n);

#endif
