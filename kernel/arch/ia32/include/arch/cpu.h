/* ia32 CPU set-up and the entry code's view of it (private to arch/ia32). */
#ifndef ARCH_CPU_H
#define ARCH_CPU_H

#include <arch_api.h>

struct user_context;

/* Only the ring-0 stack is used: no hardware task switching. */
struct tss {
    uint32_t link;
    uint32_t esp0, ss0;
    uint32_t unused[22];        /* the other rings' stacks, a task's registers */
    uint16_t trap, io_map_base;
};

_Static_assert(sizeof(struct tss) == 104, "the hardware's TSS layout");

/* esp0 is where the CPU saves a user thread's registers on a trap. */
extern struct tss tss;

/* The kernel's page directory: the window's slots, for every VSpace. */
extern pte_t kernel_page_directory[];

void cpu_init(void);
NORETURN void arch_boot(uint32_t magic, uint32_t info_paddr);
NORETURN void handle_trap(struct user_context *frame);

/* Entry code (entry.S). */
extern void (*const trap_stubs[32])(void);
void syscall_entry(void);
NORETURN void restore_user_context(struct user_context *context);

#endif
