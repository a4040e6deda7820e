/*
 * aarch32 system-call primitives, on `svc #0` in ARM state.
 *
 *   r7 number   r0 cptr (badge on return)   r1 message info
 *   r2..r5      message registers 0..3
 *
 * The kernel preserves every other register.  r7 is a free register in
 * ARM state (Thumb code would use it as its frame pointer): build with -marm.
 */
#ifndef SEL4_SEL4_ARCH_SYSCALLS_H
#define SEL4_SEL4_ARCH_SYSCALLS_H

#include <sel4/simple_types.h>

/* A call with a destination, message info and four message registers; the
 * reply (if any) comes back in the same places. */
static inline void pagoda_sys_send_recv(seL4_Word number, seL4_Word *dest, seL4_Word *info,
                                        seL4_Word *mr0, seL4_Word *mr1, seL4_Word *mr2, seL4_Word *mr3)
{
    register seL4_Word r0 __asm__("r0") = *dest;
    register seL4_Word r1 __asm__("r1") = *info;
    register seL4_Word r2 __asm__("r2") = *mr0;
    register seL4_Word r3 __asm__("r3") = *mr1;
    register seL4_Word r4 __asm__("r4") = *mr2;
    register seL4_Word r5 __asm__("r5") = *mr3;
    register seL4_Word r7 __asm__("r7") = number;
    __asm__ volatile("svc #0"
                     : "+r"(r0), "+r"(r1), "+r"(r2), "+r"(r3), "+r"(r4), "+r"(r5)
                     : "r"(r7)
                     : "memory");
    *dest = r0;
    *info = r1;
    *mr0 = r2;
    *mr1 = r3;
    *mr2 = r4;
    *mr3 = r5;
}

/* A call that passes one word and gets one back, in the same register. */
static inline seL4_Word pagoda_sys_word(seL4_Word number, seL4_Word word)
{
    register seL4_Word r0 __asm__("r0") = word;
    register seL4_Word r7 __asm__("r7") = number;
    __asm__ volatile("svc #0" : "+r"(r0) : "r"(r7) : "r1", "r2", "r3", "r4", "r5", "memory");
    return r0;
}

#endif
