/* The one page-table walker every architecture shares. */
#include <memory.h>
#include <vspace.h>

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
