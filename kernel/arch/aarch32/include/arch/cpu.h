/* aarch32 CPU details the architecture's own files share (private to arch/aarch32). */
#ifndef ARCH_CPU_H
#define ARCH_CPU_H

#include <arch_api.h>

/* CP15 registers, as coprocessor operands: CP15_READ(CP15_DFSR, value). */
#define CP15_DFSR       "c5, c0, 0"
#define CP15_IFSR       "c5, c0, 1"
#define CP15_DFAR       "c6, c0, 0"
#define CP15_TTBR0      "c2, c0, 0"
#define CP15_TLBIALL    "c8, c7, 0"
#define CP15_TLBIMVA    "c8, c7, 1"
#define CP15_TLBIASID   "c8, c7, 2"
#define CP15_BPIALL     "c7, c5, 6"
#define CP15_CNTV_CTL   "c14, c3, 1"

#define CP15_READ(reg, value) __asm__ volatile("mrc p15, 0, %0, " reg : "=r"(value))
#define CP15_WRITE(reg, value) __asm__ volatile("mcr p15, 0, %0, " reg : : "r"((word_t)(value)) : "memory")

/* The kernel's page directory (boot.S): the window and the device
 * section, and nothing in user space but boot's identity mapping, which
 * arch_boot drops.  TTBR0 holds it while no thread's VSpace is active. */
extern pte_t kernel_pd[];

/* The page below the kernel stack (boot.S), which boot unmaps. */
extern char kernel_stack_guard[];

/* The start and end of the kernel image (linker script). */
extern char boot_entry[];
extern char kernel_image_end[];

NORETURN void arch_boot(void);
void keep_interrupt_pending(void);
NORETURN void handle_user_trap(word_t kind, struct user_context *context);
NORETURN void handle_kernel_trap(word_t kind, const struct user_context *saved);
NORETURN void handle_kernel_stack_overflow(void);
NORETURN void restore_user_context(struct user_context *context);

#endif
