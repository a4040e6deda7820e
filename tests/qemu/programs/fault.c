/*
 * A root task that misbehaves in one way, chosen at build time
 * (FAULT_<kind>), so that each kind of bad input at the system-call layer
 * can be checked.  Most are faults: the thread has no fault handler, so
 * the kernel prints the double-fault report and, with nothing left to run,
 * powers off with status 127 (a kernel panic would give 125).  A few are
 * not faults at all (the kernel must simply carry on): those print "still
 * running" and exit 0.
 *
 * The kinds here are every architecture's; each architecture's own are in
 * tests/arch/<arch>/faults.c, as arch_fault().
 */
#include <stdio.h>
#include <sel4/sel4.h>
#include <sel4platsupport/bootinfo.h>
#include <sel4tutorials/alloc.h>
#include "check.h"
#include "fault_arch.h"
#include "faults.h"

#define UNMAPPED_ADDRESS 0x10000000ul           /* nothing is mapped there */
#define MOST_NEGATIVE    ((seL4_Word)1 << (seL4_WordBits - 1))

#if defined(FAULT_IPC_BUFFER_KERNEL) || defined(FAULT_IPC_BUFFER_UNMAPPED_ADDRESS)
/* An invocation the kernel refuses (slot 0 holds no capability), so that
 * the libsel4 stub copies the reply's message registers into the IPC
 * buffer, whatever seL4_GetIPCBuffer() says it is. */
static inline void invoke_null_cap(void)
{
    page_unmap(seL4_CapNull);
}
#endif

int map_fresh_page(seL4_Word vaddr, seL4_CapRights_t rights, seL4_Word attributes)
{
    seL4_BootInfo *info = platsupport_get_bootinfo();
    seL4_CPtr vspace = seL4_CapInitThreadVSpace;
    for (int level = FIRST_TABLE_LEVEL; level <= 3; level++) {
        seL4_CPtr table = alloc_object(info, table_type(level), 0);
        if (table_map(level, table, vspace, vaddr, DEFAULT_ATTRIBUTES) != seL4_NoError) {
            return 0;
        }
    }
    seL4_CPtr frame = alloc_object(info, FRAME_OBJECT, 0);
    return page_map(frame, vspace, vaddr, rights, attributes) == seL4_NoError;
}

void check_stack_returned(unsigned long sp)
{
    unsigned long after = syscall_with_stack(seL4_SysYield, sp);
    if (after != sp) {
        printf("the stack pointer came back as %#lx, not %#lx\n", after, sp);
    }
}

static void fault(void)
{
/* --- Memory: bad data and code addresses ---------------------------------- */
#if defined(FAULT_NULL_CALL)
    void (*volatile null_function)(void) = 0;
    null_function();
#elif defined(FAULT_KERNEL_WRITE)
    *(volatile unsigned long *)KERNEL_ADDRESS = 1;
#elif defined(FAULT_READ_ONLY_WRITE)
    if (!map_fresh_page(FREE_ADDRESS, seL4_CanRead, DEFAULT_ATTRIBUTES)) {
        printf("could not map a read-only page\n");
        return;
    }
    *(volatile char *)(FREE_ADDRESS + 0x123) = 1;
#elif defined(FAULT_EXECUTE_UNMAPPED)
    call_address(UNMAPPED_ADDRESS);

/* --- Undefined instructions ---------------------------------------------- */
#elif defined(FAULT_UNDEFINED)
    undefined_instruction();

/* --- The stack pointer: the kernel never uses the user's stack ---------- */
#elif defined(FAULT_MISALIGNED_STACK)
    trap_with_misaligned_stack();
#elif defined(FAULT_STACK_OVERFLOW)
    push_at(UNMAPPED_ADDRESS);
#elif defined(FAULT_TRAP_KERNEL_SP)
    /* A trap with the stack pointer in the kernel window: the report must
     * not show the kernel's memory as the thread's stack. */
    trap_with_stack(KERNEL_ADDRESS);
#elif defined(FAULT_SYSCALL_KERNEL_SP)
    check_stack_returned(KERNEL_ADDRESS);       /* not a fault */

/* --- System-call numbers: anything but the implemented ones is an unknown
 *     syscall fault ------------------------------------------------------ */
#elif defined(FAULT_UNKNOWN_SYSCALL)
    raw_syscall(-100);
#elif defined(FAULT_UNKNOWN_SYSCALL_ZERO)
    raw_syscall(0);
#elif defined(FAULT_UNKNOWN_SYSCALL_POSITIVE)
    raw_syscall(1);
#elif defined(FAULT_UNKNOWN_SYSCALL_32BIT)
    raw_syscall((long)(seL4_Uint32)seL4_SysYield);  /* only 32 bits of it: all of it on 32-bit machines */
#elif defined(FAULT_UNKNOWN_SYSCALL_MIN)
    raw_syscall((long)MOST_NEGATIVE);
#elif defined(FAULT_UNKNOWN_SYSCALL_DUMP_SCHEDULER)
    raw_syscall(seL4_SysDebugDumpScheduler);    /* seL4's debug calls Pagoda lacks */
#elif defined(FAULT_UNKNOWN_SYSCALL_DEBUG_HALT)
    raw_syscall(seL4_SysDebugHalt);
#elif defined(FAULT_UNKNOWN_SYSCALL_KERNEL_SP)
    syscall_with_stack(-100, KERNEL_ADDRESS);

/* --- The IPC buffer: the kernel reads and writes it through the frame
 *     capability; the user's own pointer to it is the stub's business ---- */
#elif defined(FAULT_IPC_BUFFER_KERNEL)
    seL4_SetIPCBuffer((seL4_IPCBuffer *)KERNEL_ADDRESS);
    invoke_null_cap();
#elif defined(FAULT_IPC_BUFFER_UNMAPPED_ADDRESS)
    seL4_SetIPCBuffer((seL4_IPCBuffer *)UNMAPPED_ADDRESS);
    invoke_null_cap();
#elif defined(FAULT_IPC_BUFFER_PAGE_UNMAPPED)
    /* The extra capability is in the buffer before the unmap; the kernel
     * still reads it (the message names the address, checked after the
     * VSpace) and replies with an error, whose registers the stub then
     * writes to the unmapped page.  (On ia32 the stub writes message
     * register 2 to the buffer before the call, which faults first.) */
    seL4_SetCap(0, seL4_CapInitThreadVSpace);
    if (page_unmap(seL4_CapInitThreadIPCBuffer) != seL4_NoError) {
        printf("could not unmap the IPC buffer\n");
        return;
    }
    seL4_Word mr[4] = { BEYOND_USER, seL4_ReadWrite.words[0], DEFAULT_ATTRIBUTES };
    seL4_PagodaInvokeError(seL4_CapInitThreadIPCBuffer, PAGE_MAP_LABEL, 1, 3, mr);
#else
    arch_fault();
#endif
}

int main(void)
{
    printf("faulting\n");
    fault();
    printf("still running\n");
    return 0;
}
