#include <derive.h>
#include <printf.h>
#include <vspace.h>

cap_t mask_cap_rights(seL4_CapRights_t rights, cap_t cap)
{
    switch (cap_type(cap)) {
    case cap_endpoint:
    case cap_notification:
        cap.endpoint.rights &= rights.words[0];
        return cap;
    case cap_frame:
        cap.frame.rights = mask_vm_rights(cap.frame.rights, rights);
        return cap;
    default:
        return cap;
    }
}

cap_t update_cap_data(bool preserve, word_t data, cap_t cap)
{
    switch (cap_type(cap)) {
    case cap_endpoint:
    case cap_notification:
        if (preserve || cap.endpoint.badge != 0) {
            return cap_null_new();
        }
        /* A badge has seL4_BadgeBits bits (28 on 32-bit machines): the
         * rest of the word is dropped, as seL4 drops it. */
        cap.endpoint.badge = data & mask_bits(seL4_BadgeBits);
        return cap;
    case cap_cnode: {
        seL4_CNode_CapData_t guard = { { data } };
        word_t guard_size = seL4_CNode_CapData_get_guardSize(guard);
        if (guard_size + cap.cnode.radix > WORD_BITS) {
            return cap_null_new();
        }
        cap.cnode.guard_size = guard_size;
        cap.cnode.guard = seL4_CNode_CapData_get_guard(guard) & mask_bits(guard_size);
        return cap;
    }
    default:
        return cap;
    }
}

seL4_Error derive_cap(cte_t *slot, cap_t cap, cap_t *derived)
{
    switch (cap_type(cap)) {
    case cap_untyped:
        if (cte_has_children(slot)) {
            user_error("an untyped with children cannot be copied");
            return seL4_RevokeFirst;
        }
        *derived = cap;
        return seL4_NoError;
    case cap_irq_control:
    case cap_io_port_control:
        *derived = cap_null_new();
        return seL4_NoError;
    case cap_frame:
    case cap_page_table:
    case cap_vspace:
        return vm_derive_cap(cap, derived);
    default:
        *derived = cap;
        return seL4_NoError;
    }
}

bool is_cap_revocable(cap_t derived, cap_t source)
{
    switch (cap_type(derived)) {
    case cap_endpoint:
    case cap_notification:
        return derived.endpoint.badge != source.endpoint.badge;
    case cap_untyped:
        return true;
    default:
        return false;
    }
}
