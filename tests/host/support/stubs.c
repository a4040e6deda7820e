/*
 * The architecture hooks the generic kernel calls, for the host: the
 * console goes to a capture buffer, power-off and the return to user
 * unwind to the caller that expected them, the VSpace/TLB hooks only
 * record that they were called, and arch_clear_memory() clears and records.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stubs.h"
#include <invariants.h>
#include <boot.h>
#include <arch_api.h>
#include <paging.h>
#include <sel4/bootinfo_types.h>

struct arch_log arch_log;
jmp_buf *power_off_trap;
jmp_buf *resume_user_trap;

static char console[16384];
static size_t console_length;

void arch_console_putc(char c)
{
    if (console_length + 1 < sizeof(console)) {
        console[console_length++] = c;
        console[console_length] = '\0';
    }
}

const char *console_text(void)
{
    return console;
}

void console_clear(void)
{
    console_length = 0;
    console[0] = '\0';
}

NORETURN void arch_power_off(word_t status)
{
    arch_log.power_off_count++;
    arch_log.power_off_status = status;
    if (power_off_trap != NULL) {
        longjmp(*power_off_trap, 1);
    }
    fprintf(stderr, "unexpected power-off (status %lu); console:\n%s\n", status, console);
    abort();
}

void arch_vspace_root_init(pte_t *root)
{
    arch_log.root_init_count++;
    arch_log.root_init_last = root;
}

void arch_clear_memory(void *memory, word_t bytes)
{
    memset(memory, 0, bytes);
    arch_log.clear_count++;
    arch_log.clear_last = memory;
    arch_log.clear_bytes = bytes;
}

void arch_code_written(void *code, word_t bytes)
{
    arch_log.code_written_count++;
    arch_log.code_written_last = code;
    arch_log.code_written_bytes = bytes;
}

void arch_vspace_activate(word_t asid, pte_t *root)
{
    (void)asid;
    arch_log.activate_count++;
    arch_log.activated = root;
}

void arch_tlb_flush_page(word_t asid, pte_t *root, vaddr_t vaddr)
{
    arch_log.flush_page_count++;
    arch_log.flush_page_asid = asid;
    arch_log.flush_page_root = root;
    arch_log.flush_page_vaddr = vaddr;
}

void arch_tlb_flush_asid(word_t asid, pte_t *root)
{
    arch_log.flush_vspace_count++;
    arch_log.flush_vspace_asid = asid;
    arch_log.flush_vspace_root = root;
}

NORETURN void arch_resume_user(struct tcb *thread)
{
    (void)thread;
    if (resume_user_trap != NULL) {
        longjmp(*resume_user_trap, 1);
    }
    fprintf(stderr, "arch_resume_user called, but no caller expects a return to user\n");
    abort();
}

struct boot_region host_kernel_region;

void arch_kernel_region(paddr_t *start, paddr_t *end)
{
    *start = host_kernel_region.start;
    *end = host_kernel_region.end;
}

void arch_log_reset(void)
{
    memset(&arch_log, 0, sizeof(arch_log));
}
