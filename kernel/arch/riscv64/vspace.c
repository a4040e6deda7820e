/*
 * riscv64 address spaces on the hardware: satp holds the current root and
 * its ASID, which tags every non-global TLB entry; the kernel's entries are
 * global and in every root.  seL4's 16-bit ASIDs are the hardware's, so an
 * address space keeps its TLB entries while others run, and losing its
 * ASID (asid_release) flushes them.
 */
#include <arch/cpu.h>
#include <memory.h>
#include <paging.h>

void arch_vspace_root_init(pte_t *root)
{
    for (word_t i = KERNEL_ROOT_SLOT; i < BIT(arch_paging.level[0].index_bits); i++) {
        root[i] = kernel_root[i];
    }
}

/* Without a root, the kernel's own with ASID 0 (never assigned): a dead
 * VSpace's ASID may name another VSpace by now. */
void arch_vspace_activate(word_t asid, pte_t *root)
{
    pte_t *table = root != NULL ? root : kernel_root;
    word_t tag = root != NULL ? asid : 0;
    CSR_WRITE(satp, SATP_SV39 | tag << SATP_ASID_SHIFT | kernel_to_phys(table) >> PAGE_BITS);
}

void arch_tlb_flush_page(word_t asid, pte_t *root, vaddr_t vaddr)
{
    (void)root;
    __asm__ volatile("sfence.vma %0, %1" : : "r"(vaddr), "r"(asid) : "memory");
}

void arch_tlb_flush_asid(word_t asid, pte_t *root)
{
    (void)root;
    __asm__ volatile("sfence.vma zero, %0" : : "r"(asid) : "memory");
}

/* The one hart's instruction fetches, after its own stores. */
void arch_code_written(void *code, word_t bytes)
{
    (void)code;
    (void)bytes;
    __asm__ volatile("fence.i" : : : "memory");
}
