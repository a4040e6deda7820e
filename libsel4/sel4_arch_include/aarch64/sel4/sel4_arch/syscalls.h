/*
 * aarch64 system-call primitives, on `svc #0`.
 *
 *   x7 number   x0 cptr (badge on return)   x1 message info
 *   x2..x5      message registers 0..3
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
    register seL4_Word x0 __asm__("x0") = *dest;
    register seL4_Word x1 __asm__("x1") = *info;
    register seL4_Word x2 __asm__("x2") = *mr0;
    register seL4_Word x3 __asm__("x3") = *mr1;
    register seL4_Word x4 __asm__("x4") = *mr2;
    register seL4_Word x5 __asm__("x5") = *mr3;
    register seL4_Word x7 __asm__("x7") = number;
    __asm__ volatile("svc #0"
                     : "+r"(x0), "+r"(x1), "+r"(x2), "+r"(x3), "+r"(x4), "+r"(x5)
                     : "r"(x7)
                     : "memory");
    *dest = x0;
    *info = x1;
    *mr0 = x2;
    *mr1 = x3;
    *mr2 = x4;
    *mr3 = x5;
}

/* A call that passes one word and gets one back, in the same register. */
static inline seL4_Word pagoda_sys_word(seL4_Word number, seL4_Word word)
{
    register seL4_Word x0 __asm__("x0") = word;
    register seL4_Word x7 __asm__("x7") = number;
    __asm__ volatile("svc #0" : "+r"(x0) : "r"(x7) : "x1", "x2", "x3", "x4", "x5", "memory");
    return x0;
}

#endif
