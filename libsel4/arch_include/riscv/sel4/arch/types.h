#ifndef SEL4_ARCH_TYPES_H
#define SEL4_ARCH_TYPES_H

#include <sel4/macros.h>
#include <sel4/simple_types.h>

typedef seL4_CPtr seL4_RISCV_ASIDControl;
typedef seL4_CPtr seL4_RISCV_ASIDPool;
typedef seL4_CPtr seL4_RISCV_Page;
typedef seL4_CPtr seL4_RISCV_PageTable;

/* No cache attributes: bit 0 makes the page unexecutable. */
typedef enum {
    seL4_RISCV_ExecuteNever = 0x1,
    seL4_RISCV_Default_VMAttributes = 0,
    SEL4_FORCE_LONG_ENUM(seL4_RISCV_VMAttributes),
} seL4_RISCV_VMAttributes;

#endif
