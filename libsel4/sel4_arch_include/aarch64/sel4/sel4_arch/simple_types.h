#ifndef SEL4_SEL4_ARCH_SIMPLE_TYPES_H
#define SEL4_SEL4_ARCH_SIMPLE_TYPES_H

#define seL4_WordBits      64
#define seL4_WordSizeBits  3

typedef signed long seL4_Int64;
typedef unsigned long seL4_Uint64;
typedef unsigned long seL4_Word;
typedef seL4_Word seL4_CPtr;

#define SEL4_PRIx_word "lx"
#define SEL4_PRIu_word "lu"
#define SEL4_PRId_word "ld"

#endif
