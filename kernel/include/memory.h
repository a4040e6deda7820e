#ifndef MEMORY_H
#define MEMORY_H

#include <arch_api.h>

/* The kernel reaches the KERNEL_WINDOW_SIZE bytes of physical memory from
 * KERNEL_WINDOW_PADDR through a window at KERNEL_WINDOW_BASE. */
static inline void *phys_to_kernel(paddr_t paddr)
{
    return (void *)(paddr - KERNEL_WINDOW_PADDR + KERNEL_WINDOW_BASE);
}

static inline bool phys_in_window(paddr_t paddr)
{
    return paddr - KERNEL_WINDOW_PADDR < KERNEL_WINDOW_SIZE;    /* below PADDR wraps around */
}

static inline paddr_t kernel_to_phys(const void *ptr)
{
    return (word_t)ptr - KERNEL_WINDOW_BASE + KERNEL_WINDOW_PADDR;
}

#endif
