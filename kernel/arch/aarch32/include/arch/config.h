/* aarch32 constants the generic kernel needs. */
#ifndef ARCH_CONFIG_H
#define ARCH_CONFIG_H

#define ARCH_ELF_MACHINE 40     /* EM_ARM */

/* seL4_ARM_Default_VMAttributes: cacheable, parity enabled. */
#define ARCH_DEFAULT_VM_ATTRIBUTES 3

/* The IPC buffer's and BootInfo's: execute-never too
 * (seL4_ARM_ExecuteNever), as seL4 maps them. */
#define ARCH_BOOT_DATA_VM_ATTRIBUTES (ARCH_DEFAULT_VM_ATTRIBUTES | 4)

/* BootInfo numIOPTLevels: no SMMU. */
#define ARCH_BOOTINFO_IOPT_LEVELS 0

#endif
