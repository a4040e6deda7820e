/*
 * The GIC and the virtual timer, set up for one purpose: an interrupt
 * pending for good, which the kernel never takes (both it and user mode
 * run with IRQs masked).
 */
#include <arch/cpu.h>
#include <memory.h>

#define GICD_CTLR           0x000       /* the GIC's distributor registers */
#define GICD_ISENABLER0     0x100
#define GICC_CTLR           0x10000     /* and its CPU interface's */
#define GICC_PMR            0x10004
#define GIC_ENABLE          1
#define GIC_LOWEST_PRIORITY 0xff
#define VIRTUAL_TIMER_INTID 27
#define CNTV_CTL_ENABLE     1

static volatile uint32_t *gic_register(word_t offset)
{
    return (volatile uint32_t *)(GIC_BASE + offset);
}

/*
 * ARMv7 cannot trap WFI in user mode without the virtualization
 * extensions' hypervisor, and with no interrupt ever pending a WFI would
 * wait for good.  So one interrupt is pending for good: the virtual
 * timer's, its compare value long past.  The CPU never takes it (the
 * kernel and user mode both run with IRQs masked), but it wakes WFI at once.
 */
void keep_interrupt_pending(void)
{
    __asm__ volatile("mcrr p15, 3, %0, %1, c14" : : "r"(0), "r"(0));     /* CNTV_CVAL */
    CP15_WRITE(CP15_CNTV_CTL, CNTV_CTL_ENABLE);
    *gic_register(GICD_ISENABLER0) = BIT(VIRTUAL_TIMER_INTID);
    *gic_register(GICD_CTLR) = GIC_ENABLE;
    *gic_register(GICC_PMR) = GIC_LOWEST_PRIORITY;
    *gic_register(GICC_CTLR) = GIC_ENABLE;
}
