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
