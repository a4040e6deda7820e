/*
 * Power-off on the Arm machines: semihosting's exit, which QEMU's
 * -semihosting turns into an exit with the status, then PSCI's
 * SYSTEM_OFF.  A way the machine lacks traps as an undefined instruction
 * (or, on aarch32, an svc), which the kernel's trap entry skips while
 * power_off_in_progress is set: the next way comes next, and no trap
 * leads back into a panic and another power-off.
 */
#include <arm.h>

word_t power_off_in_progress;

/* Once started, never again: whatever fails on the way ends here. */
NORETURN void arch_power_off(word_t status)
{
    if (!power_off_in_progress) {
        power_off_in_progress = 1;
        arm_semihosting_exit(status);
        arm_psci_system_off();
    }
    for (;;) {
        __asm__ volatile("wfi");
    }
}
