/*
 * ia32 CPU state: segments, the TSS and the IDT.  The kernel runs with
 * interrupts off (pc99_init masks them), so only exceptions and system
 * calls enter it.
 *
 * Every entry is through an interrupt gate, which switches to the TSS's
 * ring-0 stack whenever it comes from user mode, so none needs a stack of
 * its own.
 */
#include <arch/cpu.h>
#include <arch/frame.h>
#include <types.h>
#include <x86.h>

#define GATE_KERNEL 0x8e        /* present 32-bit interrupt gate, ring 0 only */
#define GATE_USER   0xee        /* the same, open to `int` from ring 3 */

struct tss tss = { .ss0 = GDT_KERNEL_DATA, .io_map_base = sizeof(struct tss) };

static uint64_t gdt[6] = {
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

static void load_gdt(void)
{
    uint64_t base = (uint32_t)&tss;
    gdt[GDT_TSS / 8] = (sizeof(tss) - 1) | (base & 0xffffff) << 16 | 0x89ull << 40 | (base >> 24) << 56;
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
    idt[SYSCALL_VECTOR] = gate(syscall_entry, GATE_USER);
    struct descriptor_pointer pointer = { sizeof(idt) - 1, (uint32_t)idt };
    __asm__ volatile("lidt %0" : : "m"(pointer));
}

void cpu_init(void)
{
    load_gdt();
    load_idt();
    x86_init_cpu_features();
}
