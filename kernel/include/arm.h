/*
 * What the two Arm architectures share: the VM labels both APIs have,
 * power-off, and the page cache operations (kernel/lib/arm_page_cache.c
 * decodes them, kernel/lib/arm_cache.c performs them with the
 * architecture's <arch/cache.h>).
 */
#ifndef ARM_H
#define ARM_H

#include <arch_api.h>
#include <vspace.h>
#include <sel4/invocation.h>

/* The labels of page tables (table type `page_table`), frames, their
 * cache operations, and ASIDs. */
static inline struct vm_label arm_vm_label(word_t label, word_t page_table)
{
    switch (label) {
    case ARMPageTableMap: return (struct vm_label){ vm_op_table_map, page_table };
    case ARMPageTableUnmap: return (struct vm_label){ vm_op_table_unmap, page_table };
    case ARMPageMap: return (struct vm_label){ vm_op_frame_map, 0 };
    case ARMPageUnmap: return (struct vm_label){ vm_op_frame_unmap, 0 };
    case ARMPageGetAddress: return (struct vm_label){ vm_op_frame_get_address, 0 };
    case ARMPageClean_Data:
    case ARMPageInvalidate_Data:
    case ARMPageCleanInvalidate_Data:
    case ARMPageUnify_Instruction: return (struct vm_label){ vm_op_frame_arch, 0 };
    case ARMASIDControlMakePool: return (struct vm_label){ vm_op_asid_make_pool, 0 };
    case ARMASIDPoolAssign: return (struct vm_label){ vm_op_asid_assign, 0 };
    default: return (struct vm_label){ vm_op_none, 0 };
    }
}

/* Set once arch_power_off starts trying its ways to power off
 * (kernel/lib/arm_power_off.c); while it is set, the kernel's trap entry
 * (entry.S) resumes after an undefined instruction, or an svc, at the next
 * way. */
extern word_t power_off_in_progress;

/* The architecture's ways to power off, which come back if the machine
 * lacks them: semihosting's exit with `status`, and PSCI's SYSTEM_OFF. */
void arm_semihosting_exit(word_t status);
void arm_psci_system_off(void);

/* The page cache operation `label` (ARMPageClean_Data, ...) on the bytes
 * [start, end) of the kernel's window. */
void arm_maintain_cache(word_t label, word_t start, word_t end);

#endif
