#ifndef TYPES_H
#define TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sel4/simple_types.h>

typedef seL4_Word word_t;
typedef word_t paddr_t;
typedef word_t vaddr_t;
typedef word_t cptr_t;

#define WORD_BITS seL4_WordBits
#define BIT(n)    ((word_t)1 << (n))

/* The low n bits set; n may be anything up to WORD_BITS. */
static inline word_t mask_bits(word_t n)
{
    return n >= WORD_BITS ? ~(word_t)0 : BIT(n) - 1;
}

/* Trailing zero bits of x, and the index of its highest set bit; x != 0.
 * Plain loops: not every architecture has the instructions, and the
 * kernel links no compiler library. */
static inline word_t word_ctz(word_t x)
{
    word_t n = 0;
    for (; !(x & 1); x >>= 1) {
        n++;
    }
    return n;
}

static inline word_t word_log2(word_t x)
{
    word_t n = 0;
    while (x >>= 1) {
        n++;
    }
    return n;
}

#define ALIGN_DOWN(x, bits)  ((x) & ~mask_bits(bits))
#define ALIGN_UP(x, bits)    ALIGN_DOWN((x) + mask_bits(bits), bits)
#define IS_ALIGNED(x, bits)  (((x) & mask_bits(bits)) == 0)
#define ARRAY_SIZE(a)        (sizeof(a) / sizeof((a)[0]))

#define likely(x)    __builtin_expect(!!(x), 1)
#define unlikely(x)  __builtin_expect(!!(x), 0)
#define NORETURN     _Noreturn
#define NOINLINE     __attribute__((noinline))
#define ALWAYS_INLINE inline __attribute__((always_inline))
#define PRINTF_FORMAT(fmt, args) __attribute__((format(printf, fmt, args)))

#endif
