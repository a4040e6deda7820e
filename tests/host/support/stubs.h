/*
 * The architecture hooks the generic kernel calls, as support/stubs.c
 * implements them for the host: what they were asked to do, and the
 * console they print to.  No test framework is needed to use them.
 */
#ifndef STUBS_H
#define STUBS_H

#include <setjmp.h>

#include <boot.h>
#include <thread.h>

struct arch_log {
    int power_off_count;
    word_t power_off_status;
    int root_init_count;
    pte_t *root_init_last;
    int clear_count;
    void *clear_last;           /* the last call's memory and bytes */
    word_t clear_bytes;
    int code_written_count;
    void *code_written_last;
    word_t code_written_bytes;
    int activate_count;
    pte_t *activated;
    int flush_page_count;
    word_t flush_page_asid;
    pte_t *flush_page_root;
    vaddr_t flush_page_vaddr;
    int flush_vspace_count;
    word_t flush_vspace_asid;
    pte_t *flush_vspace_root;
};

extern struct arch_log arch_log;
void arch_log_reset(void);

/* What arch_kernel_region() says the kernel keeps: nothing, as host
 * memory has no kernel image, unless a test says otherwise. */
extern struct boot_region host_kernel_region;

/* arch_power_off() longjmps here when set, and aborts otherwise. */
extern jmp_buf *power_off_trap;

/* arch_resume_user(), the end of every system call, longjmps here when
 * set, and aborts otherwise. */
extern jmp_buf *resume_user_trap;

/* Everything the kernel printed since the last console_clear(); output
 * beyond 16 KiB is dropped. */
const char *console_text(void);
void console_clear(void);

#endif
