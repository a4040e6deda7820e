#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

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
    struct elf64_header header;
    struct elf64_phdr segment;
    uint8_t code[8];
};

static const struct image_file image_file = {
    .header = { .ident = { 0x7f, 'E', 'L', 'F', 2, 1, 1 }, .type = 2, .machine = ARCH_ELF_MACHINE, .version = 1,
                .entry = ROOT_TASK_IMAGE_VADDR, .phoff = sizeof(struct elf64_header),
                .ehsize = sizeof(struct elf64_header), .phentsize = sizeof(struct elf64_phdr), .phnum = 1 },
    .segment = { .type = PT_LOAD, .flags = 5, .offset = offsetof(struct image_file, code),
                 .vaddr = ROOT_TASK_IMAGE_VADDR, .filesz = 8, .memsz = 0x1000, .align = 0x1000 },
    .code = { 0xeb, 0xfe },         /* jmp . */
};

/*
 * The machine's memory lies at fixed host addresses, so that every process
 * sees the same physical addresses and a run reproduces exactly: RAM, the
 * ELF file in the page after it, and device memory.  They are above
 * AddressSanitizer's shadow memory (which ends at 0x10007fff8000) and
 * inside the kernel window (below 2^47).
 */
#define RAM_BASE    0x300000000000ul
#define FILE_BASE   (RAM_BASE + BIT(ROOT_TASK_RAM_BITS))
#define DEVICE_BASE 0x300040000000ul

static char *const ram = (char *)RAM_BASE;
static char *const device_memory = (char *)DEVICE_BASE;

static void map_or_die(word_t address, word_t size, int protection, const char *what)
{
    void *mapped = mmap((void *)address, size, protection,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
    if (mapped != (void *)address) {
        fprintf(stderr, "root_task_env: cannot map %s at %#lx\n", what, address);
        abort();
    }
}

/* Once per process. */
static void map_memory(void)
{
    static bool mapped;
    if (mapped) {
        return;
    }
    map_or_die(RAM_BASE, BIT(ROOT_TASK_RAM_BITS) + sizeof(image_file), PROT_READ | PROT_WRITE, "RAM");
    memcpy((void *)FILE_BASE, &image_file, sizeof(image_file));
    map_or_die(DEVICE_BASE, BIT(ROOT_TASK_DEVICE_BITS), PROT_READ, "device memory");
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
                        cap_untyped_new(device_memory, ROOT_TASK_DEVICE_BITS, true, 0));
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
