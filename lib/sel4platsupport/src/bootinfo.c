#include <sel4platsupport/bootinfo.h>
#include <sel4runtime.h>
#include <utils/util.h>

seL4_BootInfo *platsupport_get_bootinfo(void)
{
    seL4_BootInfo *bootinfo = sel4runtime_bootinfo();
    if (bootinfo == NULL) {
        ZF_LOGE("Attempted %s in an environment without bootinfo.", __func__);
    }
    return bootinfo;
}
