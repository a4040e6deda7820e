/* Boot: what the architecture hands the generic kernel. */
#ifndef BOOT_H
#define BOOT_H

#include <types.h>

struct cte;

#define MAX_BOOT_REGIONS 64

struct boot_region {
    paddr_t start;
    paddr_t end;            /* exclusive */
};

struct boot_memory {
    struct boot_region free[MAX_BOOT_REGIONS];   /* RAM nobody uses yet */
    word_t free_count;
    struct boot_region root_task;                /* the root task's ELF file, maybe in free RAM */
};

/*
 * Options on the boot command line (QEMU's -append), as words separated by
 * spaces; other words are ignored.  The architecture reads them, if its
 * boot loader passes a command line, before boot_root_task():
 *
 *   dump-vspace-at-power-off   debug kernels: power_off() prints the current
 *                              thread's VSpace first (tools/simulate --picture)
 */
struct boot_options {
    bool dump_vspace_at_power_off;
};

extern struct boot_options boot_options;

void boot_read_options(const char *command_line);

/* Adds [start, end) to the free regions / takes it out of them. */
void boot_memory_add(struct boot_memory *memory, paddr_t start, paddr_t end);
void boot_memory_reserve(struct boot_memory *memory, paddr_t start, paddr_t end);

/*
 * Creates the root task from `memory`, less the kernel's own memory
 * (arch_kernel_region()) and the kernel window's first page: its CSpace,
 * VSpace, TCB, IPC buffer and BootInfo; hands all remaining RAM (including
 * the ELF file's, once loaded) to it as untyped memory; and makes it the
 * current thread.  Panics if the root task image is unusable.
 */
void boot_root_task(struct boot_memory *memory);

#endif
