/* VM capabilities being copied and deleted. */
#include <memory.h>
#include <printf.h>
#include <vspace.h>

/* seL4 maps a write-only request kernel-only, and says so. */
void warn_write_only_mapping(void)
{
    user_error("attempted to make unsupported write only mapping");
}

void frame_unmap(cap_t frame)
{
    if (frame.frame.asid == 0) {
        return;
    }
    vaddr_t vaddr = cap_frame_mapped_address(frame);
    word_t size = frame.frame.size;
    pte_t *root = vspace_clear_entries(frame.frame.asid, vaddr, arch_paging.frame_level[size], frame_entries(size),
                                       pte_frame, cap_object(frame));
    if (root != NULL) {
        arch_tlb_flush_page(frame.frame.asid, root, vaddr);
    }
}

void table_unlink(cap_t table)
{
    pte_t *root = vspace_clear_entries(table.table.asid, cap_table_mapped_address(table), table.table.level - 1, 1,
                                       pte_table, cap_object(table));
    if (root != NULL) {
        arch_tlb_flush_asid(table.table.asid, root);
    }
}

seL4_Error vm_derive_cap(cap_t cap, cap_t *derived)
{
    *derived = cap;
    switch (cap_type(cap)) {
    case cap_frame:
        derived->frame.asid = 0;
        derived->frame.mapped_page = 0;
        return seL4_NoError;
    case cap_page_table:
        if (!cap.table.is_mapped) {
            user_error("%s: an unmapped table cannot be copied", arch_paging.table[cap.table.table_type].name);
            return seL4_IllegalOperation;
        }
        return seL4_NoError;
    default:
        if (cap.vspace.asid == 0) {
            user_error("%s: a VSpace without an ASID cannot be copied", arch_paging.level[0].name);
            return seL4_IllegalOperation;
        }
        return seL4_NoError;
    }
}

void vm_finalise_cap(cap_t cap, bool final)
{
    switch (cap_type(cap)) {
    case cap_frame:
        frame_unmap(cap);
        break;
    case cap_page_table:
        if (final && cap.table.is_mapped) {
            table_unlink(cap);
        }
        break;
    case cap_vspace:
        address_spaces_changed = true;
        if (final && cap.vspace.asid != 0) {
            asid_release(cap.vspace.asid, cap_object(cap));
        }
        break;
    case cap_asid_pool:
        if (final) {
            asid_pool_release(cap);
        }
        break;
    default:
        break;
    }
}
