/* From _start to main: record BootInfo, find the IPC buffer, run constructors. */
#include <sel4runtime.h>
#include <stdlib.h>

int main(int argc, char *argv[]);
_Noreturn void __pagoda_start_root(seL4_BootInfo *bootinfo);

extern void (*__preinit_array_start[])(void) __attribute__((weak));
extern void (*__preinit_array_end[])(void) __attribute__((weak));
extern void (*__init_array_start[])(void) __attribute__((weak));
extern void (*__init_array_end[])(void) __attribute__((weak));

static seL4_BootInfo *boot_info;

seL4_BootInfo *sel4runtime_bootinfo(void)
{
    return boot_info;
}

static void run(void (**first)(void), void (**end)(void))
{
    for (void (**f)(void) = first; f != end; f++) {
        (*f)();
    }
}

_Noreturn void __pagoda_start_root(seL4_BootInfo *bootinfo)
{
    static char name[] = "rootserver";
    char *argv[] = { name, NULL };

    boot_info = bootinfo;
    seL4_SetIPCBuffer((seL4_IPCBuffer *)bootinfo->ipcBuffer);     /* the kernel aligns it to its size */
    run(__preinit_array_start, __preinit_array_end);
    run(__init_array_start, __init_array_end);
    exit(main(1, argv));
}
