/* aarch64 CPU details the architecture's own files share (private to arch/aarch64). */
#ifndef ARCH_CPU_H
#define ARCH_CPU_H

#include <arch_api.h>

#define SYSREG_READ(name, value) __asm__ volatile("mrs %0, " #name : "=r"(value))
#define SYSREG_WRITE(name, value) __asm__ volatile("msr " #name ", %0" : : "r"((word_t)(value)) : "memory")

/* The boot page tables (boot.S): the kernel's top level, for TTBR1, and a
 * user top level with nothing in it, for TTBR0 when no thread's VSpace is
 * active (boot borrows its first entry for an identity mapping). */
extern pte_t kernel_l0[];
extern pte_t empty_user_root[];

/* The end of the kernel image (linker script). */
extern char kernel_image_end[];

NORETURN void arch_boot(void);
NORETURN void handle_user_trap(word_t kind, struct user_context *context);
NORETURN void handle_kernel_trap(word_t kind, word_t esr, word_t elr, word_t far);
NORETURN void restore_user_context(struct user_context *context);

#endif
