/* x86_64 CPU set-up and the entry code's view of it (private to arch/x86_64). */
#ifndef ARCH_CPU_H
#define ARCH_CPU_H

#include <arch_api.h>

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

#define VECTOR_NMI           2
#define VECTOR_DOUBLE_FAULT  8
#define VECTOR_PAGE_FAULT    14
#define VECTOR_MACHINE_CHECK 18

/* The kernel's top-level page table; slot 511 maps the kernel for everyone. */
extern pte_t kernel_pml4[];

void cpu_init(void);
void serial_init(void);
NORETURN void arch_boot(uint32_t magic, uint32_t info_paddr);
NORETURN void handle_trap(struct user_context *frame);

static inline void outb(uint16_t port, uint8_t value)
{
    __asm__ volatile("outb %0, %1" : : "a"(value), "Nd"(port));
}

static inline uint8_t inb(uint16_t port)
{
    uint8_t value;
    __asm__ volatile("inb %1, %0" : "=a"(value) : "Nd"(port));
    return value;
}

static inline void outw(uint16_t port, uint16_t value)
{
    __asm__ volatile("outw %0, %1" : : "a"(value), "Nd"(port));
}

static inline void outl(uint16_t port, uint32_t value)
{
    __asm__ volatile("outl %0, %1" : : "a"(value), "Nd"(port));
}

/* Entry code (entry.S). */
void syscall_entry(void);
extern void (*const trap_stubs[32])(void);
NORETURN void restore_user_context(struct user_context *context);

#endif
