/*
 * The x86 CPU for both x86 architectures, and its I/O port control
 * capability.  No PCIDs are used, so loading
 * CR3 discards every other address space's translations, and only the
 * current address space can have TLB entries: the ASID plays no part.
 */
#include <cnode.h>
#include <fault.h>
#include <memory.h>
#include <printf.h>
#include <x86.h>
#include <sel4/bootinfo_types.h>

#define PF_WRITE BIT(1)
#define PF_INSTRUCTION BIT(4)

/* PAT entries 0..4: write-back, write-through, UC-, uncached, write-combining,
 * so that seL4_X86_VMAttributes select them directly. */
#define MSR_PAT    0x277
#define PAT_VALUE  0x0007040100070406ull

#define CR0_MP BIT(1)
#define CR0_EM BIT(2)
#define CR0_NE BIT(5)
#define CR0_WP BIT(16)
#define CR4_OSFXSR     BIT(9)
#define CR4_OSXMMEXCPT BIT(10)
#define ERROR_EXTERNAL BIT(0)       /* EXT, in an error code that names a selector */

void x86_init_cpu_features(void)
{
    word_t cr0, cr4;
    __asm__ volatile("mov %%cr0, %0; mov %%cr4, %1" : "=r"(cr0), "=r"(cr4));
    cr0 = (cr0 & ~CR0_EM) | CR0_MP | CR0_NE | CR0_WP;
    cr4 |= CR4_OSFXSR | CR4_OSXMMEXCPT;
    __asm__ volatile("mov %0, %%cr0; mov %1, %%cr4; fninit" : : "r"(cr0), "r"(cr4));
    __asm__ volatile("wrmsr" : : "c"(MSR_PAT), "a"((uint32_t)PAT_VALUE), "d"((uint32_t)(PAT_VALUE >> 32)));
}

static inline paddr_t read_cr3(void)
{
    paddr_t cr3;
    __asm__ volatile("mov %%cr3, %0" : "=r"(cr3));
    return cr3;
}

static inline void write_cr3(paddr_t cr3)
{
    __asm__ volatile("mov %0, %%cr3" : : "r"(cr3) : "memory");
}

static paddr_t root_address(pte_t *root)
{
    return root != NULL ? kernel_to_phys(root) : x86_kernel_root();
}

void arch_vspace_activate(word_t asid, pte_t *root)
{
    (void)asid;
    paddr_t cr3 = root_address(root);
    if (read_cr3() != cr3) {
        write_cr3(cr3);
    }
}

void arch_tlb_flush_page(word_t asid, pte_t *root, vaddr_t vaddr)
{
    (void)asid;
    if (read_cr3() == root_address(root)) {
        __asm__ volatile("invlpg (%0)" : : "r"(vaddr) : "memory");
    }
}

void arch_tlb_flush_asid(word_t asid, pte_t *root)
{
    (void)asid;
    if (read_cr3() == root_address(root)) {
        write_cr3(root_address(root));
    }
}

static word_t read_cr2(void)
{
    word_t cr2;
    __asm__ volatile("mov %%cr2, %0" : "=r"(cr2));
    return cr2;
}

static struct fault fault_from_exception(word_t vector, word_t error_code)
{
    if (vector == VECTOR_PAGE_FAULT) {
        return (struct fault){ .type = fault_vm, .address = read_cr2(), .status = error_code & 0x1f,
                               .on_code = (error_code & PF_INSTRUCTION) != 0, .on_write = (error_code & PF_WRITE) != 0 };
    }
    return (struct fault){ .type = fault_user_exception, .number = vector, .code = error_code };
}

static bool is_machine_trap(word_t vector)
{
    return vector == VECTOR_NMI || vector == VECTOR_DOUBLE_FAULT || vector == VECTOR_MACHINE_CHECK;
}

/* An exception raised while the CPU delivered an event from outside the
 * program, an interrupt (an external one, or a spurious one) through a
 * gate that is missing or past the IDT: the thread did nothing wrong, and
 * an interrupt is a kernel bug in Pagoda, which takes none. */
static bool is_interrupt_delivery(word_t vector, word_t error_code)
{
    bool names_selector = vector == VECTOR_INVALID_TSS || vector == VECTOR_SEGMENT_NOT_PRESENT ||
                          vector == VECTOR_STACK_FAULT || vector == VECTOR_GENERAL_PROTECTION;
    return names_selector && (error_code & ERROR_EXTERNAL);
}

NORETURN void x86_handle_exception(word_t vector, word_t error_code, word_t pc, bool from_user)
{
    if (!from_user || is_machine_trap(vector) || is_interrupt_delivery(vector, error_code)) {
        panic("exception %lu (error %#lx) at %p, cr2 %p", vector, error_code, (void *)pc, (void *)read_cr2());
    }
    handle_fault(current_thread, fault_from_exception(vector, error_code));
    return_to_user();
}

void arch_code_written(void *code, word_t bytes)
{
    (void)code;
    (void)bytes;
}

void arch_boot_root_caps(cte_t *root_cnode)
{
    cte_insert_original(&root_cnode[seL4_CapIOPortControl], cap_object_new(cap_io_port_control, NULL));
}
