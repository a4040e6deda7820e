/* riscv64 CPU details the architecture's own files share (private to arch/riscv64). */
#ifndef ARCH_CPU_H
#define ARCH_CPU_H

#include <arch_api.h>

#define CSR_READ(name, value) __asm__ volatile("csrr %0, " #name : "=r"(value))
#define CSR_WRITE(name, value) __asm__ volatile("csrw " #name ", %0" : : "r"((word_t)(value)) : "memory")

#define SATP_SV39       (8ul << 60)
#define SATP_ASID_SHIFT 44

/* The kernel's root table (boot.S): the window in slots 256..511, which
 * every VSpace root copies; it is the root when no thread's VSpace is
 * active (boot borrows slot 2 for an identity mapping). */
extern pte_t kernel_root[];

/* The end of the kernel image (linker script). */
extern char kernel_image_end[];

NORETURN void arch_boot(paddr_t dtb);
NORETURN void handle_user_trap(struct user_context *context);
NORETURN void handle_kernel_trap(word_t scause, word_t sepc, word_t stval);
NORETURN void restore_user_context(struct user_context *context);

#endif
