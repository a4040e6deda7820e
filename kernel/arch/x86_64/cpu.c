/*
 * x86_64 CPU state: segments, the TSS, the IDT, and the MSRs behind
 * SYSCALL.  The kernel runs with interrupts off (pc99_init masks them), so
 * only exceptions and system calls enter it.
 *
 * NMIs, double faults and machine checks get stacks of their own (IST):
 * they can arrive on the first or last instruction of a system call, when
 * the stack pointer is still the user's.
 */
#include <arch/cpu.h>
#include <arch/frame.h>
#include <arch/msr.h>
#include <types.h>

/* Flags SYSCALL clears: TF, IF, DF, NT, AC. */
#define SYSCALL_FLAG_MASK 0x44700ul

struct tss tss = { .io_map_base = sizeof(struct tss) };

#define IST_STACK_SIZE 4096
static const uint8_t ist_vectors[] = { VECTOR_NMI, VECTOR_DOUBLE_FAULT, VECTOR_MACHINE_CHECK };
static uint8_t ist_stacks[ARRAY_SIZE(ist_vectors)][IST_STACK_SIZE] __attribute__((aligned(16)));

/* SYSRET loads user CS from STAR[63:48] + 16 and SS from + 8, so user data
 * must sit just below user code. */
static uint64_t gdt[7] = {
    [GDT_KERNEL_CODE / 8] = 0x00af9a000000ffff,
    [GDT_KERNEL_DATA / 8] = 0x00cf92000000ffff,
    [GDT_USER_DATA / 8] = 0x00cff2000000ffff,
    [GDT_USER_CODE / 8] = 0x00affa000000ffff,
};

struct idt_gate {
    uint16_t offset_low, selector;
    uint8_t ist, type;
    uint16_t offset_mid;
    uint32_t offset_high, reserved;
};

static struct idt_gate idt[32];

struct __attribute__((packed)) descriptor_pointer {
    uint16_t limit;
    uint64_t base;
};

static void write_msr(uint32_t msr, uint64_t value)
{
    __asm__ volatile("wrmsr" : : "c"(msr), "a"((uint32_t)value), "d"((uint32_t)(value >> 32)));
}

static uint64_t read_msr(uint32_t msr)
{
    uint32_t low, high;
    __asm__ volatile("rdmsr" : "=a"(low), "=d"(high) : "c"(msr));
    return (uint64_t)high << 32 | low;
}

static void load_gdt(void)
{
    uint64_t base = (uint64_t)&tss;
    gdt[GDT_TSS / 8] = (sizeof(tss) - 1) | (base & 0xffffff) << 16 | 0x89ul << 40 | (base >> 24 & 0xff) << 56;
    gdt[GDT_TSS / 8 + 1] = base >> 32;
    struct descriptor_pointer pointer = { sizeof(gdt) - 1, (uint64_t)gdt };
    __asm__ volatile("lgdt %0\n"
                     "pushq %1\n"
                     "leaq 1f(%%rip), %%rax\n"
                     "pushq %%rax\n"
                     "lretq\n"
                     "1: mov %w2, %%ds\n"
                     "mov %w2, %%es\n"
                     "mov %w2, %%ss\n"
                     "ltr %w3\n"
                     : : "m"(pointer), "i"(GDT_KERNEL_CODE), "r"(GDT_KERNEL_DATA), "r"(GDT_TSS)
                     : "rax", "memory");
}

static void load_idt(void)
{
    for (int v = 0; v < 32; v++) {
        uint64_t offset = (uint64_t)trap_stubs[v];
        idt[v] = (struct idt_gate){
            .offset_low = offset & 0xffff, .selector = GDT_KERNEL_CODE, .type = 0x8e,
            .offset_mid = (offset >> 16) & 0xffff, .offset_high = offset >> 32,
        };
    }
    for (word_t i = 0; i < ARRAY_SIZE(ist_vectors); i++) {
        tss.ist[i] = (uint64_t)(ist_stacks[i] + IST_STACK_SIZE);
        idt[ist_vectors[i]].ist = i + 1;
    }
    struct descriptor_pointer pointer = { sizeof(idt) - 1, (uint64_t)idt };
    __asm__ volatile("lidt %0" : : "m"(pointer));
}

void cpu_init(void)
{
    load_gdt();
    load_idt();
    x86_init_cpu_features();
    write_msr(MSR_EFER, read_msr(MSR_EFER) | EFER_SCE);
    write_msr(MSR_STAR, (uint64_t)(GDT_USER_DATA - 8) << 48 | (uint64_t)GDT_KERNEL_CODE << 32);
    write_msr(MSR_LSTAR, (uint64_t)syscall_entry);
    write_msr(MSR_FMASK, SYSCALL_FLAG_MASK);
}
