/* riscv64 constants the generic kernel needs. */
#ifndef ARCH_CONFIG_H
#define ARCH_CONFIG_H

#define ARCH_ELF_MACHINE 243    /* EM_RISCV */

/* seL4_RISCV_Default_VMAttributes: executable. */
#define ARCH_DEFAULT_VM_ATTRIBUTES 0

/* The IPC buffer's and BootInfo's: the same, as in seL4. */
#define ARCH_BOOT_DATA_VM_ATTRIBUTES ARCH_DEFAULT_VM_ATTRIBUTES

/* BootInfo numIOPTLevels: no IOMMU. */
#define ARCH_BOOTINFO_IOPT_LEVELS 0

#endif
