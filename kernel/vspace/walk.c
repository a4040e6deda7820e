/* The one page-table walker every architecture shares. */
#include <memory.h>
#include <vspace.h>

struct walk vspace_walk(word_t *root, vaddr_t vaddr, word_t target)
{
    word_t *table = root;
    for (word_t level = 0;; level++) {
        word_t *entry = table_slot(table, level, vaddr);
        if (level == target || pte_kind(*entry, level) != pte_table) {
            return (struct walk){ entry, level };
        }
        table = phys_to_kernel(pte_address(*entry, level));
    }
}

bool vspace_translate(word_t *root, vaddr_t vaddr, paddr_t *paddr)
{
    if (vaddr > USER_TOP) {
        return false;
    }
    struct walk w = vspace_walk(root, vaddr, arch_paging.levels - 1);
    if (pte_kind(*w.entry, w.level) != pte_frame) {
        return false;
    }
    *paddr = pte_address(*w.entry, w.level) + (vaddr & mask_bits(level_entry_bits(w.level)));
    return phys_in_window(*paddr);
}

word_t *vspace_clear_entry(word_t asid, vaddr_t vaddr, word_t level, enum pte_kind kind, void *object)
{
    word_t *root = asid_lookup(asid);
    if (root == NULL) {
        return NULL;
    }
    struct walk w = vspace_walk(root, vaddr, level);
    if (w.level != level || pte_kind(*w.entry, level) != kind || pte_address(*w.entry, level) != kernel_to_phys(object)) {
        return NULL;
    }
    *w.entry = 0;
    return root;
}
