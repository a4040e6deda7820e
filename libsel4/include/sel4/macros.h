#ifndef SEL4_MACROS_H
#define SEL4_MACROS_H

#define SEL4_PACKED         __attribute__((packed))
#define SEL4_ALIGNED(n)     __attribute__((aligned(n)))
#define SEL4_INLINE         static inline
#define SEL4_FORCE_INLINE   static inline __attribute__((always_inline))
#define SEL4_DEPRECATED(s)  __attribute__((deprecated(s)))
#define SEL4_COMPILE_ASSERT(name, expr) _Static_assert(expr, #name)

/* Forces an enum to be one word wide, as libsel4 does. */
#define SEL4_FORCE_LONG_ENUM(type) _enum_pad_##type = (1ULL << ((sizeof(long) * 8) - 1)) - 1

#endif
