#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host_memory.h"
#include "root_task_env.h"
#include "stubs.h"
#include <boot.h>
#include <elf.h>
#include <vspace.h>
#include <sel4/syscall.h>

/* What RAM holds before the kernel zeroes any of it: not zero, so that a
 * read of memory the kernel never initialised shows, the same every run. */
#define RAM_FILL 0xaa

/* The root task's ELF file: one page of image, whose first bytes (the
 * entry point) come from the file. */
struct image_file {
    elf_header_t header;
    elf_phdr_t segment;
    uint8_t code[8];
};

static const struct image_file image_file = {
    .header = { .ident = { 0x7f, 'E', 'L', 'F', ELF_CLASS, 1, 1 }, .type = 2, .machine = ARCH_ELF_MACHINE,
                .version = 1, .entry = ROOT_TASK_IMAGE_VADDR, .phoff = sizeof(elf_header_t),
                .ehsize = sizeof(elf_header_t), .phentsize = sizeof(elf_phdr_t), .phnum = 1 },
    .segment = { .type = PT_LOAD, .flags = 5, .offset = offsetof(struct image_file, code),
                 .vaddr = ROOT_TASK_IMAGE_VADDR, .filesz = 8, .memsz = 0x1000, .align = 0x1000 },
    .code = { 0xeb, 0xfe },         /* jmp . */
};

/* The machine's memory lies at fixed addresses (host_memory.h): RAM, the
 * ELF file in the page after it, and device memory. */
#define FILE_BASE (HOST_RAM + BIT(ROOT_TASK_RAM_BITS))

static char *const ram = (char *)HOST_RAM;
static char *const device_memory = (char *)HOST_DEVICES;

/* Once per process. */
static void map_memory(void)
{
    static bool mapped;
    if (mapped) {
        return;
    }
    host_memory_map(HOST_RAM, BIT(ROOT_TASK_RAM_BITS) + sizeof(image_file), true);
    memcpy((void *)FILE_BASE, &image_file, sizeof(image_file));
    host_memory_map(HOST_DEVICES, BIT(ROOT_TASK_DEVICE_BITS), false);
    mapped = true;
}

const struct root_task *root_task_boot(void)
{
    static struct root_task rt;
    static struct boot_memory memory;

    map_memory();
    memset(ram, RAM_FILL, BIT(ROOT_TASK_RAM_BITS));
    memset(asid_table, 0, sizeof(asid_table));
    memset(&memory, 0, sizeof(memory));
    current_thread = NULL;
    capability_count = 0;
    power_off_trap = resume_user_trap = NULL;
    console_clear();
    arch_log_reset();

    boot_memory_add(&memory, (paddr_t)ram, (paddr_t)ram + BIT(ROOT_TASK_RAM_BITS));
    memory.root_task = (struct boot_region){ FILE_BASE, FILE_BASE + sizeof(image_file) };
    boot_root_task(&memory);

    rt.thread = current_thread;
    rt.cnode = cap_object(rt.thread->cspace_root.cap);
    rt.bootinfo = cap_object(rt.cnode[seL4_CapBootInfoFrame].cap);
    rt.device_untyped = rt.bootinfo->empty.start;
    cte_insert_original(&rt.cnode[rt.device_untyped],
                        cap_untyped_new(device_memory, ROOT_TASK_DEVICE_BITS, true, false, 0));
    rt.first_free = rt.device_untyped + 1;
    return &rt;
}

/* A harness bug, not the kernel's: RAM is one mapping, so AddressSanitizer
 * would not see a write past the IPC buffer's arrays. */
static void check_index(word_t i, word_t limit, const char *what)
{
    if (i >= limit) {
        fprintf(stderr, "root_task_env: %s %lu out of range\n", what, i);
        abort();
    }
}

void root_task_set_mr(word_t i, word_t value)
{
    seL4_IPCBuffer *buffer = thread_ipc_buffer(current_thread);
    check_index(i, seL4_MsgMaxLength, "message register");
    if (i < ARCH_MSG_REGISTERS) {
        arch_context_set_mr(&current_thread->context, i, value);
    } else if (buffer != NULL) {
        buffer->msg[i] = value;
    }
}

void root_task_set_extra_cap(word_t i, cptr_t cptr)
{
    seL4_IPCBuffer *buffer = thread_ipc_buffer(current_thread);
    check_index(i, seL4_MsgMaxExtraCaps, "extra capability");
    if (buffer != NULL) {
        buffer->caps_or_badges[i] = cptr;
    }
}

bool root_task_syscall(word_t number, cptr_t cptr, seL4_MessageInfo_t info)
{
    jmp_buf back;
    int power_offs = arch_log.power_off_count;
    struct user_context *context = &current_thread->context;
    arch_context_set_syscall(context, number, cptr, info.words[0]);
    resume_user_trap = power_off_trap = &back;
    if (setjmp(back) == 0) {
        handle_syscall();
    }
    resume_user_trap = power_off_trap = NULL;
    return arch_log.power_off_count == power_offs;
}

seL4_Error root_task_call(cptr_t cptr, word_t label, const word_t *args, word_t length,
                          const cptr_t *extra, word_t extra_count)
{
    for (word_t i = 0; i < length; i++) {
        root_task_set_mr(i, args[i]);
    }
    for (word_t i = 0; i < extra_count; i++) {
        root_task_set_extra_cap(i, extra[i]);
    }
    if (!root_task_syscall((word_t)seL4_SysCall, cptr, seL4_MessageInfo_new(label, 0, extra_count, length))) {
        fprintf(stderr, "the machine powered off (status %lu) during a call; console:\n%s\n",
                arch_log.power_off_status, console_text());
        abort();
    }
    seL4_MessageInfo_t reply = { { arch_context_info(&current_thread->context) } };
    return (seL4_Error)seL4_MessageInfo_get_label(reply);
}
