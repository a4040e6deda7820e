/*
 * Invocations on paging structures and frames, for every architecture.
 *
 * Pagoda's rules (docs/semantics.md): unaligned addresses are masked for
 * frames as for tables, and mapping where a valid entry already exists
 * returns seL4_DeleteFirst, except when a frame capability is mapped again
 * at the address it already holds (a remap, e.g. to change rights).
 */
#include <invocation.h>
#include <memory.h>
#include <object.h>
#include <printf.h>
#include <util.h>
#include <vspace.h>

/* Checks the VSpace argument of a Map: an assigned VSpace root. */
static seL4_Error check_vspace_cap(struct invocation *inv, cap_t vspace, const char *name)
{
    if (cap_type(vspace) != cap_vspace || vspace.vspace.asid == 0) {
        user_error("%s_Map: the VSpace argument is not a VSpace root with an ASID", name);
        return invalid_capability(inv, 1);
    }
    return seL4_NoError;
}

/* Finds the root the VSpace capability's ASID stands for. */
static seL4_Error find_vspace_root(struct invocation *inv, cap_t vspace, const char *name, pte_t **root)
{
    *root = asid_lookup(vspace.vspace.asid);
    if (*root == NULL) {
        user_error("%s_Map: ASID %lu is not assigned", name, (word_t)vspace.vspace.asid);
        return failed_lookup(inv, false, (struct lookup_fault){ .type = seL4_InvalidRoot });
    }
    if (*root != cap_object(vspace)) {
        user_error("%s_Map: the VSpace capability is stale", name);
        return invalid_capability(inv, 1);
    }
    return seL4_NoError;
}

/*
 * Walks to the entry for a new mapping, at the deepest level from `first`
 * to `last` the walk reaches.  A missing table above `first` is a lookup
 * failure naming the unresolved bits; a frame covering the address there
 * is in the way.
 */
static seL4_Error find_entry(struct invocation *inv, pte_t *root, vaddr_t vaddr, word_t first, word_t last,
                             const char *name, struct walk *found)
{
    struct walk w = vspace_walk(root, vaddr, last);
    if (w.level < first) {
        if (arch_pte_kind(*w.entry, w.level) == pte_empty) {
            return failed_lookup(inv, false, missing_capability(level_entry_bits(w.level)));
        }
        user_error("%s_Map: 0x%lx is inside a larger frame's mapping", name, vaddr);
        return seL4_DeleteFirst;
    }
    *found = w;
    return seL4_NoError;
}

/* A mapping that has passed every check, ready to be written. */
struct mapping {
    pte_t *root;
    pte_t *entry;
    word_t entries;         /* consecutive entries it fills */
    word_t level;
    vaddr_t vaddr;
    word_t asid;
    pte_t pte;
};

/* Checks the frame's existing mapping record against the request. */
static seL4_Error check_frame_target(struct invocation *inv, cap_t frame, word_t asid, vaddr_t vaddr)
{
    if (frame.frame.asid == 0) {
        word_t size = BIT(arch_paging.frame_bits[frame.frame.size]);
        if (vaddr > USER_TOP || vaddr + size > USER_TOP) {
            user_error("%s_Map: 0x%lx is outside the user address range", arch_frame_name, vaddr);
            return invalid_argument(inv, 0);
        }
    } else if (frame.frame.asid != asid) {
        user_error("%s_Map: the frame is mapped in another address space", arch_frame_name);
        return invalid_capability(inv, 1);
    } else if (cap_frame_mapped_address(frame) != vaddr) {
        user_error("%s_Map: the frame is already mapped at 0x%lx", arch_frame_name,
                   cap_frame_mapped_address(frame));
        return invalid_argument(inv, 0);
    }
    return seL4_NoError;
}

/* Whether the entries are free for the frame: empty, or, for a remap,
 * every one of them still mapping this frame. */
static ALWAYS_INLINE bool frame_entries_free(const struct mapping *map, cap_t frame)
{
    bool remap = frame.frame.asid != 0;
    paddr_t paddr = kernel_to_phys(cap_object(frame));
    for (word_t i = 0; i < map->entries; i++) {
        pte_t pte = map->entry[i];
        enum pte_kind kind = arch_pte_kind(pte, map->level);
        if (kind != pte_empty && !(remap && kind == pte_frame && arch_pte_address(pte, map->level) == paddr)) {
            return false;
        }
    }
    return true;
}

static seL4_Error decode_frame_map(struct invocation *inv, struct mapping *map)
{
    const char *name = arch_frame_name;
    cap_t frame = inv->slot->cap;
    if (inv->length < 3 || inv->extra_count < 1) {
        user_error("%s_Map: truncated message", name);
        return seL4_TruncatedMessage;
    }
    vaddr_t requested = inv_arg(inv, 0);
    seL4_CapRights_t rights = { { inv_arg(inv, 1) } };
    word_t attributes = inv_arg(inv, 2);
    cap_t vspace = inv->extra[0]->cap;
    word_t size = frame.frame.size, level = arch_paging.frame_level[size];

    seL4_Error err = check_vspace_cap(inv, vspace, name);
    if (err != seL4_NoError) {
        return err;
    }
    map->vaddr = ALIGN_DOWN(requested, arch_paging.frame_bits[size]);
    if (map->vaddr != requested) {
        user_error("%s_Map: address 0x%lx masked to 0x%lx", name, requested, map->vaddr);
    }
    map->asid = vspace.vspace.asid;
    struct walk w;
    if ((err = check_frame_target(inv, frame, map->asid, map->vaddr)) != seL4_NoError ||
        (err = find_vspace_root(inv, vspace, name, &map->root)) != seL4_NoError ||
        (err = find_entry(inv, map->root, map->vaddr, level, level, name, &w)) != seL4_NoError) {
        return err;
    }
    map->entry = w.entry;
    map->level = level;
    map->entries = frame_entries(size);
    if (!frame_entries_free(map, frame)) {
        user_error("%s_Map: 0x%lx is already mapped", name, map->vaddr);
        return seL4_DeleteFirst;
    }
    map->pte = arch_pte_frame(kernel_to_phys(cap_object(frame)), size, mask_vm_rights(frame.frame.rights, rights),
                              attributes);
    return seL4_NoError;
}

/* A remap replaces valid entries: they go, with their TLB entries, before
 * the new ones come (break before make, as Arm requires).  Any of a
 * frame's entries may be valid, not only the first. */
static ALWAYS_INLINE void perform_frame_map(cte_t *slot, const struct mapping *map)
{
    if (slot->cap.frame.asid != 0) {
        vspace_write_entries(map->entry, map->entries, 0);
        arch_tlb_flush_page(map->asid, map->root, map->vaddr);
    }
    vspace_write_entries(map->entry, map->entries, map->pte);
    slot->cap.frame.asid = map->asid;
    slot->cap.frame.mapped_page = map->vaddr >> PAGE_BITS;
}

/* Removes the mapping the frame capability records and forgets it. */
static void perform_frame_unmap(cte_t *slot)
{
    frame_unmap(slot->cap);
    slot->cap.frame.asid = 0;
    slot->cap.frame.mapped_page = 0;
}

static NOINLINE seL4_Error invoke_frame_map(struct invocation *inv)
{
    struct mapping map;
    seL4_Error err = decode_frame_map(inv, &map);
    if (err == seL4_NoError) {
        perform_frame_map(inv->slot, &map);
    }
    return err;
}

/* The invocations are out of line, each with what it needs, so that the
 * light ones (GetAddress, Unmap) do not pay for the heavy ones' registers. */
static seL4_Error decode_frame_invocation(struct invocation *inv, enum vm_operation op)
{
    switch (op) {
    case vm_op_frame_map:
        return invoke_frame_map(inv);
    case vm_op_frame_unmap:
        perform_frame_unmap(inv->slot);
        return seL4_NoError;
    case vm_op_frame_get_address:
        inv_reply(inv, 0, kernel_to_phys(cap_object(inv->slot->cap)));
        return seL4_NoError;
    default:
        return arch_decode_frame_invocation(inv);
    }
}

/*
 * A table's type says at which levels it may go: the walk stops at the
 * first entry that is not a table, and the new table goes below it if
 * that level is in its range and the entry is empty.
 */
static seL4_Error decode_table_map(struct invocation *inv, struct mapping *map)
{
    cap_t table = inv->slot->cap;
    const struct table_type *type = &arch_paging.table[table.table.table_type];
    const char *name = type->name;
    if (inv->length < 2 || inv->extra_count < 1) {
        user_error("%s_Map: truncated message", name);
        return seL4_TruncatedMessage;
    }
    if (table.table.is_mapped) {
        user_error("%s_Map: the table is already mapped", name);
        return invalid_capability(inv, 0);
    }
    cap_t vspace = inv->extra[0]->cap;
    vaddr_t vaddr = ALIGN_DOWN(inv_arg(inv, 0), level_entry_bits(type->last_level - 1));
    map->asid = vspace.vspace.asid;
    seL4_Error err = check_vspace_cap(inv, vspace, name);
    if (err != seL4_NoError) {
        return err;
    }
    if (vaddr > USER_TOP) {
        user_error("%s_Map: 0x%lx is outside the user address range", name, vaddr);
        return invalid_argument(inv, 0);
    }
    struct walk w;
    if ((err = find_vspace_root(inv, vspace, name, &map->root)) != seL4_NoError ||
        (err = find_entry(inv, map->root, vaddr, type->first_level - 1, type->last_level - 1, name, &w)) !=
            seL4_NoError) {
        return err;
    }
    map->vaddr = ALIGN_DOWN(vaddr, level_entry_bits(w.level));
    if (arch_pte_kind(*w.entry, w.level) != pte_empty) {
        user_error("%s_Map: 0x%lx is already mapped", name, map->vaddr);
        return seL4_DeleteFirst;
    }
    map->entry = w.entry;
    map->level = w.level + 1;
    map->pte = arch_pte_table(kernel_to_phys(cap_object(table)), w.level, inv_arg(inv, 1));
    return seL4_NoError;
}

static void perform_table_map(cte_t *slot, const struct mapping *map)
{
    arch_pte_write(map->entry, map->pte);
    slot->cap.table.is_mapped = 1;
    slot->cap.table.level = map->level;
    slot->cap.table.asid = map->asid;
    slot->cap.table.mapped_page = map->vaddr >> PAGE_BITS;
}

/* Unlinks a mapped table and empties it, so that nothing mapped through it
 * stays reachable. */
static void perform_table_unmap(cte_t *slot)
{
    cap_t table = slot->cap;
    if (table.table.is_mapped) {
        table_unlink(table);
        memset(cap_object(table), 0, BIT(cap_object_size_bits(table)));
    }
    slot->cap.table.is_mapped = 0;
    slot->cap.table.level = 0;
    slot->cap.table.asid = 0;
    slot->cap.table.mapped_page = 0;
}

static NOINLINE seL4_Error decode_table_invocation(struct invocation *inv, struct vm_label op)
{
    cap_t table = inv->slot->cap;
    const char *name = arch_paging.table[table.table.table_type].name;
    if (op.table_type != table.table.table_type || (op.op != vm_op_table_map && op.op != vm_op_table_unmap)) {
        user_error("%s: illegal operation (label %lu)", name, inv->label);
        return seL4_IllegalOperation;
    }
    if (op.op == vm_op_table_unmap) {
        if (!cte_is_final(inv->slot)) {
            user_error("%s_Unmap: other capabilities to this table exist", name);
            return seL4_RevokeFirst;
        }
        perform_table_unmap(inv->slot);
        return seL4_NoError;
    }
    struct mapping map = { 0 };
    seL4_Error err = decode_table_map(inv, &map);
    if (err == seL4_NoError) {
        perform_table_map(inv->slot, &map);
    }
    return err;
}

/* A root that is a table (RISC-V) still answers to its type's labels, as
 * a table that is mapped for good. */
static NOINLINE seL4_Error decode_root_invocation(struct invocation *inv, struct vm_label op)
{
    bool own_label = (op.op == vm_op_table_map || op.op == vm_op_table_unmap) && table_type_is_root(op.table_type);
    if (!own_label) {
        user_error("VSpace: illegal operation (label %lu)", inv->label);
        return seL4_IllegalOperation;
    }
    const char *name = arch_paging.root_table->name;
    if (op.op == vm_op_table_unmap) {
        user_error("%s_Unmap: a VSpace root cannot be unmapped", name);
        return seL4_RevokeFirst;
    }
    if (inv->length < 2 || inv->extra_count < 1) {
        user_error("%s_Map: truncated message", name);
        return seL4_TruncatedMessage;
    }
    user_error("%s_Map: the table is a VSpace root", name);
    return invalid_capability(inv, 0);
}

seL4_Error decode_vm_invocation(struct invocation *inv)
{
    struct vm_label op = arch_vm_label(inv->label);
    switch (cap_type(inv->slot->cap)) {
    case cap_frame:
        return decode_frame_invocation(inv, op.op);
    case cap_page_table:
        return decode_table_invocation(inv, op);
    case cap_vspace:
        return decode_root_invocation(inv, op);
    case cap_asid_control:
    case cap_asid_pool:
        return decode_asid_invocation(inv, op.op);
    default:
        user_error("%s: illegal operation (label %lu)", cap_type_name(cap_type(inv->slot->cap)), inv->label);
        return seL4_IllegalOperation;
    }
}

/* ---- The fast path (see frame_call_fastpath() in <invocation.h>) ---- */

/* decode_frame_map()'s checks, for an aligned address (a masked one gets
 * a reason line): what the mapping is, or false. */
static bool frame_map_passes_checks(struct tcb *thread, cap_t frame, seL4_MessageInfo_t info,
                                    struct mapping *map)
{
    seL4_IPCBuffer *buffer = thread_ipc_buffer(thread);
    if (seL4_MessageInfo_get_length(info) < 3 || seL4_MessageInfo_get_extraCaps(info) != 1 || buffer == NULL) {
        return false;
    }
    cte_t *vspace_slot = lookup_cap_slot(thread->cspace_root.cap, buffer->caps_or_badges[0]);
    if (vspace_slot == NULL) {
        return false;
    }
    cap_t vspace = vspace_slot->cap;
    word_t size = frame.frame.size, level = arch_paging.frame_level[size];
    map->vaddr = message_word(thread, buffer, 0);
    map->asid = vspace.vspace.asid;
    if (cap_type(vspace) != cap_vspace || map->asid == 0 || !IS_ALIGNED(map->vaddr, arch_paging.frame_bits[size])) {
        return false;
    }
    bool target_ok = frame.frame.asid == 0
                         ? map->vaddr <= USER_TOP && map->vaddr + BIT(arch_paging.frame_bits[size]) <= USER_TOP
                         : frame.frame.asid == map->asid && cap_frame_mapped_address(frame) == map->vaddr;
    if (!target_ok) {
        return false;       /* check_frame_target() would refuse it */
    }
    map->root = asid_lookup(map->asid);
    if (map->root != cap_object(vspace)) {
        return false;
    }
    struct walk w = vspace_walk(map->root, map->vaddr, level);
    map->entry = w.entry;
    map->level = level;
    map->entries = frame_entries(size);
    if (w.level != level || !frame_entries_free(map, frame)) {
        return false;
    }
    seL4_CapRights_t rights = { { message_word(thread, buffer, 1) } };
    if (!seL4_CapRights_get_capAllowRead(rights)) {
        return false;       /* a kernel-only mapping, which may come with a warning */
    }
    map->pte = arch_pte_frame(kernel_to_phys(cap_object(frame)), size, mask_vm_rights(frame.frame.rights, rights),
                              message_word(thread, buffer, 2));
    return true;
}

bool frame_call_fastpath(struct tcb *thread, cte_t *slot, seL4_MessageInfo_t info)
{
    struct mapping map;
    switch (arch_vm_label(seL4_MessageInfo_get_label(info)).op) {
    case vm_op_frame_map:
        if (!frame_map_passes_checks(thread, slot->cap, info, &map)) {
            return false;
        }
        perform_frame_map(slot, &map);
        reply_to_call(thread, seL4_NoError, 0);
        return true;
    case vm_op_frame_unmap:
        if (message_uses_ipc_buffer(info)) {
            return false;
        }
        perform_frame_unmap(slot);
        reply_to_call(thread, seL4_NoError, 0);
        return true;
    case vm_op_frame_get_address:
        if (message_uses_ipc_buffer(info)) {
            return false;
        }
        arch_context_set_mr(&thread->context, 0, kernel_to_phys(cap_object(slot->cap)));
        reply_to_call(thread, seL4_NoError, 1);
        return true;
    default:
        return false;
    }
}
