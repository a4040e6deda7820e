/* x86_64 CPU set-up and the entry code's view of it (private to arch/x86_64). */
#ifndef ARCH_CPU_H
#define ARCH_CPU_H

#include <arch_api.h>
#include <x86.h>

struct user_context;

struct tss {
    uint32_t reserved0;
    uint64_t rsp[3];
    uint64_t reserved1;
    uint64_t ist[7];
    uint64_t reserved2;
    uint16_t reserved3;
    uint16_t io_map_base;
} __attribute__((packed));

/* rsp[0] is where the CPU saves a user thread's registers on a trap. */
extern struct tss tss;

/* Where the system-call entry starts saving them: below the saved ss,
 * which is the same for every user thread. */
extern word_t *syscall_frame;

/* The kernel's top-level page table; slot 511 maps the kernel for everyone. */
extern pte_t kernel_pml4[];

void cpu_init(void);
NORETURN void arch_boot(uint32_t magic, uint32_t info_paddr);
NORETURN void handle_trap(struct user_context *frame);

/* Entry code (entry.S). */
void syscall_entry(void);
extern void (*const trap_stubs[32])(void);
NORETURN void restore_user_context(struct user_context *context);

#endif
