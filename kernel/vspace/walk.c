/* The one page-table walker every architecture shares. */
#include <memory.h>
#include <vspace.h>

struct walk vspace_walk(pte_t *root, vaddr_t vaddr, word_t target)
{
    pte_t *table = root;
    for (word_t level = 0;; level++) {
        pte_t *entry = table_slot(table, level, vaddr);
        if (level == target || arch_pte_kind(*entry, level) != pte_table) {
            return (struct walk){ entry, level };
        }
        table = phys_to_kernel(arch_pte_address(*entry, level));
    }
}

bool vspace_translate(pte_t *root, vaddr_t vaddr, paddr_t *paddr)
{
    if (vaddr > USER_TOP) {
        return false;
    }
    struct walk w = vspace_walk(root, vaddr, arch_paging.levels - 1);
    if (arch_pte_kind(*w.entry, w.level) != pte_frame) {
        return false;
    }
    word_t size = arch_pte_frame_size(*w.entry, w.level);
    *paddr = arch_pte_address(*w.entry, w.level) + (vaddr & mask_bits(arch_paging.frame_bits[size]));
    return phys_in_window(*paddr);
}

void vspace_write_entries(pte_t *entry, word_t count, pte_t pte)
{
    for (word_t i = 0; i < count; i++) {
        arch_pte_write(&entry[i], pte);
    }
}

pte_t *vspace_clear_entries(word_t asid, vaddr_t vaddr, word_t level, word_t count, enum pte_kind kind,
                            void *object)
{
    pte_t *root = asid_lookup(asid);
    if (root == NULL) {
        return NULL;
    }
    struct walk w = vspace_walk(root, vaddr, level);
    for (word_t i = 0; i < count; i++) {
        if (w.level != level || arch_pte_kind(w.entry[i], level) != kind ||
            arch_pte_address(w.entry[i], level) != kernel_to_phys(object)) {
            return NULL;
        }
    }
    vspace_write_entries(w.entry, count, 0);
    return root;
}
