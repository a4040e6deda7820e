/* x86_64 model-specific registers and control-register bits the kernel
 * uses; usable from assembly. */
#ifndef ARCH_MSR_H
#define ARCH_MSR_H

#define MSR_EFER   0xc0000080
#define MSR_STAR   0xc0000081
#define MSR_LSTAR  0xc0000082
#define MSR_FMASK  0xc0000084

#define EFER_SCE   (1 << 0)
#define EFER_LME   (1 << 8)

#endif
