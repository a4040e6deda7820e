#include <vspace/map_anywhere.h>
#include <sel4/sel4_arch/mapping.h>

const vspace_level_t *vspace_level_for(const vspace_paging_t *paging, seL4_Word failed_bits)
{
    for (size_t i = 0; i < paging->num_levels; i++) {
        if (paging->levels[i].bits == failed_bits) {
            return &paging->levels[i];
        }
    }
    return NULL;
}

static const vspace_paging_t *paging_of(const vspace_alloc_t *alloc)
{
    return alloc->paging != NULL ? alloc->paging : &vspace_arch_paging;
}

/* Whether a Map failed for want of a paging structure, rather than, say,
 * for an unassigned ASID (also seL4_FailedLookup, with InvalidRoot). */
static int lacks_structure(seL4_Error error)
{
    return error == seL4_FailedLookup && seL4_GetMR(1) == seL4_MissingCapability;
}

static seL4_Error fail(vspace_mapping_t *mapping, vspace_failure_t failure, seL4_Error error)
{
    mapping->failure = failure;
    return error;
}

/* Retypes a structure for `level` into the next free slot and maps it;
 * a structure that cannot be mapped stays listed, for freeing. */
static seL4_Error add_structure(vspace_alloc_t *alloc, const vspace_level_t *level, seL4_CPtr vspace,
                                seL4_Word vaddr, vspace_mapping_t *mapping)
{
    seL4_SlotRegion *slots = alloc->slots;
    if (slots->start >= slots->end) {
        return fail(mapping, VSPACE_NO_SLOT, seL4_NotEnoughMemory);
    }
    seL4_CPtr slot = slots->start;
    seL4_Error error = seL4_Untyped_Retype(alloc->untyped, level->object, 0, alloc->cspace, 0, 0, slot, 1);
    if (error != seL4_NoError) {
        return fail(mapping, VSPACE_TABLE_RETYPE, error);
    }
    slots->start++;
    mapping->tables[mapping->num_tables++] = (vspace_table_t){ slot, level };
    error = level->map(slot, vspace, vaddr, paging_of(alloc)->default_attributes);
    return error == seL4_NoError ? error : fail(mapping, VSPACE_TABLE_MAP, error);
}

/* One structure per level at most: a Map that lacks more was not given
 * what an earlier structure's Map said it gave, and would never end. */
static size_t most_structures(const vspace_paging_t *paging)
{
    return paging->num_levels < VSPACE_MAX_TABLES ? paging->num_levels : VSPACE_MAX_TABLES;
}

/* The level whose structure would cure the frame Map's `error`; NULL, with
 * the reason in mapping->failure, if none would. */
static const vspace_level_t *level_to_add(const vspace_paging_t *paging, seL4_Error error,
                                          vspace_mapping_t *mapping)
{
    if (!lacks_structure(error)) {
        mapping->failure = VSPACE_FRAME_MAP;
        return NULL;
    }
    const vspace_level_t *level = vspace_level_for(paging, seL4_MappingFailedLookupLevel());
    if (level == NULL) {
        mapping->failure = VSPACE_UNKNOWN_LEVEL;
    } else if (mapping->num_tables == most_structures(paging)) {
        mapping->failure = VSPACE_TOO_MANY_TABLES;
        level = NULL;
    }
    return level;
}

seL4_Error vspace_map_anywhere(vspace_alloc_t *alloc, seL4_CPtr frame, seL4_CPtr vspace, seL4_Word vaddr,
                               seL4_CapRights_t rights, seL4_Word attr, vspace_mapping_t *mapping)
{
    const vspace_paging_t *paging = paging_of(alloc);
    *mapping = (vspace_mapping_t){ .frame = seL4_CapNull, .num_tables = 0, .failure = VSPACE_NO_FAILURE };
    for (;;) {
        seL4_Error error = paging->map_frame(frame, vspace, vaddr, rights, (vspace_vm_attributes_t)attr);
        if (error == seL4_NoError) {
            mapping->frame = frame;
            return error;
        }
        const vspace_level_t *level = level_to_add(paging, error, mapping);
        if (level == NULL) {
            return error;
        }
        error = add_structure(alloc, level, vspace, vaddr, mapping);
        if (error != seL4_NoError) {
            return error;
        }
    }
}

/* Unmap first: had the caller copied the capability, deleting ours alone
 * would leave the structure mapped, and Unmap says so (RevokeFirst). */
static seL4_Error free_structure(vspace_alloc_t *alloc, const vspace_table_t *table)
{
    seL4_Error error = table->level->unmap(table->cap);
    if (error == seL4_NoError) {
        error = seL4_CNode_Delete(alloc->cspace, table->cap, seL4_WordBits);
    }
    if (error == seL4_NoError && table->cap + 1 == alloc->slots->start) {
        alloc->slots->start = table->cap;
    }
    return error;
}

seL4_Error vspace_unmap_free(vspace_alloc_t *alloc, vspace_mapping_t *mapping)
{
    if (mapping->frame != seL4_CapNull) {
        seL4_Error error = paging_of(alloc)->unmap_frame(mapping->frame);
        if (error != seL4_NoError) {
            return error;
        }
        mapping->frame = seL4_CapNull;
    }
    /* Deepest first: a structure goes only once nothing below it is left. */
    while (mapping->num_tables > 0) {
        seL4_Error error = free_structure(alloc, &mapping->tables[mapping->num_tables - 1]);
        if (error != seL4_NoError) {
            return error;
        }
        mapping->num_tables--;
    }
    return seL4_NoError;
}
