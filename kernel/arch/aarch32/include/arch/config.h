/* aarch32 constants the generic kernel needs. */
#ifndef ARCH_CONFIG_H
#define ARCH_CONFIG_H

#define ARCH_ELF_MACHINE 40     /* EM_ARM */

/* seL4_ARM_Default_VMAttributes: cacheable, parity enabled. */
#define ARCH_DEFAULT_VM_ATTRIBUTES 3

/* BootInfo numIOPTLevels: no SMMU. */
#define ARCH_BOOTINFO_IOPT_LEVELS 0

#endif
