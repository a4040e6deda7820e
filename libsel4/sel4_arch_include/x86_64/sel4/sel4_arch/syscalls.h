/*
 * x86_64 system-call primitives, on the `syscall` instruction.
 *
 *   rdx number   rdi cptr (badge on return)   rsi message info
 *   r10, r8, r9, r15   message registers 0..3
 *
 * The kernel preserves every other register but rcx and r11, which
 * `syscall` itself uses.
 */
#ifndef SEL4_SEL4_ARCH_SYSCALLS_H
#define SEL4_SEL4_ARCH_SYSCALLS_H

#include <sel4/simple_types.h>

/* A call with a destination, message info and four message registers; the
 * reply (if any) comes back in the same places. */
static inline void pagoda_sys_send_recv(seL4_Word number, seL4_Word *dest, seL4_Word *info,
                                        seL4_Word *mr0, seL4_Word *mr1, seL4_Word *mr2, seL4_Word *mr3)
{
    register seL4_Word r10 __asm__("r10") = *mr0;
    register seL4_Word r8 __asm__("r8") = *mr1;
    register seL4_Word r9 __asm__("r9") = *mr2;
    register seL4_Word r15 __asm__("r15") = *mr3;
    __asm__ volatile("syscall"
                     : "+D"(*dest), "+S"(*info), "+r"(r10), "+r"(r8), "+r"(r9), "+r"(r15)
                     : "d"(number)
                     : "rcx", "r11", "memory");
    *mr0 = r10;
    *mr1 = r8;
    *mr2 = r9;
    *mr3 = r15;
}

/* A call that passes one word and gets one back, in the same register. */
static inline seL4_Word pagoda_sys_word(seL4_Word number, seL4_Word word)
{
    __asm__ volatile("syscall" : "+D"(word) : "d"(number) : "rcx", "r11", "rsi", "r8", "r9", "r10", "r15", "memory");
    return word;
}

#endif
