/*
 * x86_64 address spaces on the hardware: CR3 and the TLB.  No PCIDs are
 * used, so loading CR3 discards every other address space's translations,
 * and only the current address space can have TLB entries: the ASID plays
 * no part.
 */
#include <arch/cpu.h>
#include <memory.h>
#include <paging.h>

void arch_vspace_root_init(pte_t *root)
{
    root[KERNEL_PML4_SLOT] = kernel_pml4[KERNEL_PML4_SLOT];
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
    return root != NULL ? kernel_to_phys(root) : (word_t)kernel_pml4 - KERNEL_IMAGE_BASE;
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
