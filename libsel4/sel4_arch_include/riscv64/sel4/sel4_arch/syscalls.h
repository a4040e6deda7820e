/*
 * riscv64 system-call primitives, on `ecall`.
 *
 *   a7 number   a0 cptr (badge on return)   a1 message info
 *   a2..a5      message registers 0..3
 *
 * The kernel preserves every other register.
 */
#ifndef SEL4_SEL4_ARCH_SYSCALLS_H
#define SEL4_SEL4_ARCH_SYSCALLS_H

#include <sel4/simple_types.h>

/* A call with a destination, message info and four message registers; the
 * reply (if any) comes back in the same places. */
static inline void pagoda_sys_send_recv(seL4_Word number, seL4_Word *dest, seL4_Word *info,
                                        seL4_Word *mr0, seL4_Word *mr1, seL4_Word *mr2, seL4_Word *mr3)
{
    register seL4_Word a0 __asm__("a0") = *dest;
    register seL4_Word a1 __asm__("a1") = *info;
    register seL4_Word a2 __asm__("a2") = *mr0;
    register seL4_Word a3 __asm__("a3") = *mr1;
    register seL4_Word a4 __asm__("a4") = *mr2;
    register seL4_Word a5 __asm__("a5") = *mr3;
    register seL4_Word a7 __asm__("a7") = number;
    __asm__ volatile("ecall"
                     : "+r"(a0), "+r"(a1), "+r"(a2), "+r"(a3), "+r"(a4), "+r"(a5)
                     : "r"(a7)
                     : "memory");
    *dest = a0;
    *info = a1;
    *mr0 = a2;
    *mr1 = a3;
    *mr2 = a4;
    *mr3 = a5;
}

/* A call that passes one word and gets one back, in the same register. */
static inline seL4_Word pagoda_sys_word(seL4_Word number, seL4_Word word)
{
    register seL4_Word a0 __asm__("a0") = word;
    register seL4_Word a7 __asm__("a7") = number;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a7) : "a1", "a2", "a3", "a4", "a5", "memory");
    return a0;
}

#endif
