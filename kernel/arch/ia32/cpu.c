/*
 * ia32 CPU state: segments, the TSS and the IDT.  The kernel runs with
 * interrupts off (pc99_init masks them), so only exceptions and system
 * calls enter it.
 *
 * Every entry but the double fault's is through an interrupt gate, which
 * switches to the TSS's ring-0 stack whenever it comes from user mode.  A
 * double fault is a task switch (a task gate): it runs on a stack of its
 * own, whatever became of the kernel's, which is how a kernel stack
 * overflow into its guard page (a page fault that cannot be delivered on
 * that stack) ends in a panic rather than a silent reset.
 */
#include <arch/cpu.h>
#include <arch/frame.h>
#include <memory.h>
#include <printf.h>
#include <types.h>
#include <x86.h>

#define GATE_KERNEL 0x8e        /* present 32-bit interrupt gate, ring 0 only */
#define GATE_USER   0xee        /* the same, open to `int` from ring 3 */
#define GATE_TASK   0x85        /* present task gate, ring 0 only */
#define TSS_AVAILABLE 0x89ull   /* a 32-bit TSS's descriptor type */
#define EFLAGS_FIXED  0x2       /* the always-one bit; IF clear */

#define DOUBLE_FAULT_STACK_SIZE 4096

struct tss tss = { .ss0 = GDT_KERNEL_DATA, .io_map_base = sizeof(struct tss) };

static uint8_t double_fault_stack[DOUBLE_FAULT_STACK_SIZE] __attribute__((aligned(16)));

/* The double fault's task enters handle_double_fault with the fault's error
 * code pushed, as a call would push its return address. */
static struct tss double_fault_tss = {
    .eip = (uint32_t)handle_double_fault,
    .eflags = EFLAGS_FIXED,
    .esp = (uint32_t)(double_fault_stack + DOUBLE_FAULT_STACK_SIZE),
    .cs = GDT_KERNEL_CODE,
    .ss = GDT_KERNEL_DATA,
    .ds = GDT_KERNEL_DATA,
    .es = GDT_KERNEL_DATA,
    .io_map_base = sizeof(struct tss),
};

static uint64_t gdt[7] = {
    [GDT_KERNEL_CODE / 8] = 0x00cf9a000000ffff,
    [GDT_KERNEL_DATA / 8] = 0x00cf92000000ffff,
    [GDT_USER_CODE / 8] = 0x00cffa000000ffff,
    [GDT_USER_DATA / 8] = 0x00cff2000000ffff,
};

struct idt_gate {
    uint16_t offset_low, selector;
    uint8_t zero, type;
    uint16_t offset_high;
};

static struct idt_gate idt[SYSCALL_VECTOR + 1];

struct __attribute__((packed)) descriptor_pointer {
    uint16_t limit;
    uint32_t base;
};

static uint64_t tss_descriptor(const struct tss *task)
{
    uint64_t base = (uint32_t)task;
    return (sizeof(*task) - 1) | (base & 0xffffff) << 16 | TSS_AVAILABLE << 40 | (base >> 24) << 56;
}

static void load_gdt(void)
{
    gdt[GDT_TSS / 8] = tss_descriptor(&tss);
    gdt[GDT_DOUBLE_FAULT_TSS / 8] = tss_descriptor(&double_fault_tss);
    struct descriptor_pointer pointer = { sizeof(gdt) - 1, (uint32_t)gdt };
    __asm__ volatile("lgdt %0\n"
                     "ljmp %1, $1f\n"
                     "1: mov %w2, %%ds\n"
                     "mov %w2, %%es\n"
                     "mov %w2, %%ss\n"
                     "mov %w3, %%fs\n"
                     "mov %w3, %%gs\n"
                     "ltr %w4\n"
                     : : "m"(pointer), "i"(GDT_KERNEL_CODE), "r"(GDT_KERNEL_DATA), "r"(0), "r"(GDT_TSS)
                     : "memory");
}

static struct idt_gate gate(void (*handler)(void), uint8_t type)
{
    uint32_t offset = (uint32_t)handler;
    return (struct idt_gate){ .offset_low = offset & 0xffff, .selector = GDT_KERNEL_CODE, .type = type,
                              .offset_high = offset >> 16 };
}

static void load_idt(void)
{
    for (int v = 0; v < 32; v++) {
        idt[v] = gate(trap_stubs[v], GATE_KERNEL);
    }
    idt[VECTOR_DOUBLE_FAULT] = (struct idt_gate){ .selector = GDT_DOUBLE_FAULT_TSS, .type = GATE_TASK };
    idt[SYSCALL_VECTOR] = gate(syscall_entry, GATE_USER);
    struct descriptor_pointer pointer = { sizeof(idt) - 1, (uint32_t)idt };
    __asm__ volatile("lidt %0" : : "m"(pointer));
}

/* The double fault's task: the task switch saved the faulting state in tss. */
NORETURN void handle_double_fault(void)
{
    panic("double fault at %p, stack pointer %p (a kernel stack overflow?)", (void *)tss.eip, (void *)tss.esp);
}

void cpu_init(void)
{
    double_fault_tss.cr3 = kernel_to_phys(kernel_page_directory);
    load_gdt();
    load_idt();
    x86_init_cpu_features();
}
