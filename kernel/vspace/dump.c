/*
 * Debug: a VSpace's paging tree as text, one line per present entry of the
 * user half, depth first in address order, indented by level:
 *
 *   VSpace asid 1
 *    X64_PML4[1] 0x8000000000 -> X86_PDPT 0x12f000
 *     X86_PDPT[128] 0xa000000000 -> X86_PageDirectory 0x130000
 *      X86_PageDirectory[0] 0xa000000000 -> X86_PageTable 0x131000
 *       X86_PageTable[0] 0xa000000000 -> frame 0x132000 4K RW attr 0
 *
 * Tables and frames are given by physical address; rights are RW, RO or
 * kernel-only; attr is the seL4 attribute word the entry encodes.  A
 * VSpace without a valid ASID is not walked (see vspace_root()).
 */
#include <memory.h>
#include <printf.h>
#include <vspace.h>

static const char *const rights_names[] = {
    [vm_no_access] = "no-access", [vm_kernel_only] = "kernel-only",
    [vm_read_only] = "RO", [vm_read_write] = "RW",
};

static void print_size(word_t bits)
{
    static const char units[] = "KMGT";
    kprintf("%lu%c", BIT(bits % 10), units[bits / 10 - 1]);
}

static void dump_table(const pte_t *table, word_t level, vaddr_t base)
{
    const struct paging_level *l = &arch_paging.level[level];
    for (word_t i = 0; i < BIT(l->index_bits); i++) {
        vaddr_t vaddr = base + (i << l->shift);
        pte_t pte = table[i];
        if (vaddr > USER_TOP || arch_pte_kind(pte, level) == pte_empty) {
            continue;
        }
        kprintf("%*s%s[%lu] 0x%lx -> ", (int)level + 1, "", l->name, i, vaddr);
        if (arch_pte_kind(pte, level) == pte_table) {
            kprintf("%s 0x%lx\n", arch_paging.level[level + 1].name, arch_pte_address(pte, level));
            dump_table(phys_to_kernel(arch_pte_address(pte, level)), level + 1, vaddr);
        } else {
            kprintf("frame 0x%lx ", arch_pte_address(pte, level));
            print_size(arch_paging.frame_bits[arch_pte_frame_size(pte, level)]);
            kprintf(" %s attr %lu\n", rights_names[arch_pte_rights(pte, level)], arch_pte_attributes(pte, level));
        }
    }
}

void vspace_dump(cap_t vspace)
{
    pte_t *root = vspace_root(vspace);
    if (root == NULL) {
        kprintf("VSpace without a valid ASID: not shown\n");
        return;
    }
    kprintf("VSpace asid %lu\n", (word_t)vspace.vspace.asid);
    dump_table(root, 0, 0);
}
