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

#include <sel4/sel4_arch/simple_types.h>

#endif
