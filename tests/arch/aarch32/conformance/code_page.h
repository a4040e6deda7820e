/*
 * Code to run through a mapping of aarch32's cases' own: a function that
 * starts a page of the program's image, and that page's frame capability
 * (BootInfo lists the image's frames in order from its first page).  A
 * copy of the capability maps the page anywhere, where the function runs
 * as it is (it returns a constant: its code does not depend on where).
 */
#ifndef CODE_PAGE_H
#define CODE_PAGE_H

#include "harness.h"

#define CODE_PAGE_ANSWER 0x42

__attribute__((aligned(4096), noinline, used)) static seL4_Word code_page_answer(void)
{
    return CODE_PAGE_ANSWER;
}

/* A fresh, unmapped copy of the frame capability of the function's page. */
static inline seL4_CPtr code_page_copy(void)
{
    extern char __executable_start[];
    seL4_Word page = ((seL4_Word)code_page_answer - (seL4_Word)__executable_start) / PAGE_SIZE;
    return copy_of(bootinfo->userImageFrames.start + page, seL4_AllRights);
}

/* Calls the function through the page mapped at `vaddr`. */
static inline seL4_Word code_page_call(seL4_Word vaddr)
{
    return ((seL4_Word(*)(void))vaddr)();
}

#endif
