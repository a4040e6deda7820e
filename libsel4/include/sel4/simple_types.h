#ifndef SEL4_SIMPLE_TYPES_H
#define SEL4_SIMPLE_TYPES_H

#include <sel4/config.h>

typedef signed char seL4_Int8;
typedef unsigned char seL4_Uint8;
typedef signed short seL4_Int16;
typedef unsigned short seL4_Uint16;
typedef signed int seL4_Int32;
typedef unsigned int seL4_Uint32;
typedef seL4_Int8 seL4_Bool;

#define seL4_True  1
#define seL4_False 0
#define seL4_Null  ((void *)0)

/* seL4_Word is unsigned long on every architecture, so that one format
 * prints it; its width is the architecture's (CONFIG_WORD_SIZE). */
typedef unsigned long seL4_Word;
typedef seL4_Word seL4_CPtr;

#define SEL4_PRIx_word "lx"
#define SEL4_PRIu_word "lu"
#define SEL4_PRId_word "ld"

#if CONFIG_WORD_SIZE == 64
#define seL4_WordBits      64
#define seL4_WordSizeBits  3
typedef signed long seL4_Int64;
typedef unsigned long seL4_Uint64;
#else
#define seL4_WordBits      32
#define seL4_WordSizeBits  2
typedef signed long long seL4_Int64;
typedef unsigned long long seL4_Uint64;
#endif

#endif
