/*
 * The string functions both the kernel and the user C library need.  The
 * compiler may also call memset/memcpy itself, so they must exist in any
 * freestanding image.
 */
#include <stddef.h>
#include <stdint.h>

typedef uintptr_t word;

void *memset(void *dest, int c, size_t n)
{
    unsigned char *d = dest;
    if (((uintptr_t)d | n) % sizeof(word) == 0) {
        word pattern = (unsigned char)c * (~(word)0 / 0xff);
        for (word *w = dest; n != 0; n -= sizeof(word)) {
            *w++ = pattern;
        }
        return dest;
    }
    while (n-- != 0) {
        *d++ = (unsigned char)c;
    }
    return dest;
}

void *memcpy(void *restrict dest, const void *restrict src, size_t n)
{
    unsigned char *d = dest;
    const unsigned char *s = src;
    if (((uintptr_t)d | (uintptr_t)s | n) % sizeof(word) == 0) {
        word *wd = dest;
        const word *ws = src;
        for (; n != 0; n -= sizeof(word)) {
            *wd++ = *ws++;
        }
        return dest;
    }
    while (n-- != 0) {
        *d++ = *s++;
    }
    return dest;
}

void *memmove(void *dest, const void *src, size_t n)
{
    unsigned char *d = dest;
    const unsigned char *s = src;
    if (d < s) {
        while (n-- != 0) {
            *d++ = *s++;
        }
    } else {
        while (n-- != 0) {
            d[n] = s[n];
        }
    }
    return dest;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *x = a, *y = b;
    for (; n != 0; n--, x++, y++) {
        if (*x != *y) {
            return *x - *y;
        }
    }
    return 0;
}

size_t strlen(const char *s)
{
    size_t n = 0;
    while (s[n] != '\0') {
        n++;
    }
    return n;
}

int strcmp(const char *a, const char *b)
{
    while (*a != '\0' && *a == *b) {
        a++;
        b++;
    }
    return (unsigned char)*a - (unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n)
{
    for (; n != 0; n--, a++, b++) {
        if (*a != *b || *a == '\0') {
            return (unsigned char)*a - (unsigned char)*b;
        }
    }
    return 0;
}

char *strchr(const char *s, int c)
{
    for (;; s++) {
        if (*s == (char)c) {
            return (char *)s;
        }
        if (*s == '\0') {
            return NULL;
        }
    }
}

char *strrchr(const char *s, int c)
{
    const char *last = NULL;
    for (;; s++) {
        if (*s == (char)c) {
            last = s;
        }
        if (*s == '\0') {
            return (char *)last;
        }
    }
}
