/* x86_64 constants the generic kernel needs. */
#ifndef ARCH_CONFIG_H
#define ARCH_CONFIG_H

#define ARCH_ELF_MACHINE 62     /* EM_X86_64 */

/* seL4_X86_Default_VMAttributes: write-back. */
#define ARCH_DEFAULT_VM_ATTRIBUTES 0

/* The IPC buffer's and BootInfo's: the same, as in seL4. */
#define ARCH_BOOT_DATA_VM_ATTRIBUTES ARCH_DEFAULT_VM_ATTRIBUTES

/* BootInfo numIOPTLevels: all ones, as seL4 reports it without an IOMMU. */
#define ARCH_BOOTINFO_IOPT_LEVELS ((seL4_Word)-1)

#endif
