/* ia32 CPU set-up and the entry code's view of it (private to arch/ia32). */
#ifndef ARCH_CPU_H
#define ARCH_CPU_H

#include <arch_api.h>

struct user_context;

/* The kernel's TSS gives the ring-0 stack; a task switch, to the double
 * fault's task alone, saves the registers in it. */
struct tss {
    uint32_t link;
    uint32_t esp0, ss0, esp1, ss1, esp2, ss2;
    uint32_t cr3, eip, eflags, eax, ecx, edx, ebx, esp, ebp, esi, edi;
    uint32_t es, cs, ss, ds, fs, gs, ldt;
    uint16_t trap, io_map_base;
};

_Static_assert(sizeof(struct tss) == 104, "the hardware's TSS layout");

/* esp0 is where the CPU saves a user thread's registers on a trap. */
extern struct tss tss;

/* The kernel's page directory: the window's slots, for every VSpace. */
extern pte_t kernel_page_directory[];

/* The page below the kernel stack (boot.S), which boot unmaps. */
extern char kernel_stack_guard[];

void cpu_init(void);
NORETURN void arch_boot(uint32_t magic, uint32_t info_paddr);
NORETURN void handle_trap(struct user_context *frame);
NORETURN void handle_double_fault(void);

/* Entry code (entry.S). */
extern void (*const trap_stubs[32])(void);
void syscall_entry(void);
NORETURN void restore_user_context(struct user_context *context);

#endif
