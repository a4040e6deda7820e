/*
 * The architecture contract: everything the generic kernel needs from an
 * architecture, and the only header through which it reaches one.  Every
 * name an architecture provides starts with arch_ (constants with ARCH_,
 * apart from the address-space bounds below).  docs/porting.md explains
 * each item and how to add an architecture.
 *
 * An architecture lives in kernel/arch/<arch>/.  Its include/arch/ holds
 * the parts that must be inline or usable from assembly:
 *
 *   <arch/memory.h>   KERNEL_WINDOW_BASE, KERNEL_WINDOW_PADDR, KERNEL_WINDOW_SIZE:
 *                     physical memory [PADDR, PADDR + SIZE) appears at BASE;
 *                     USER_TOP: the highest user virtual address (inclusive)
 *   <arch/config.h>   ARCH_ELF_MACHINE, ARCH_BOOTINFO_IOPT_LEVELS,
 *                     ARCH_DEFAULT_VM_ATTRIBUTES: the attributes word of the
 *                     mappings boot makes (seL4's Default_VMAttributes), and
 *                     ARCH_BOOT_DATA_VM_ATTRIBUTES: those of the IPC buffer
 *                     and BootInfo (execute-never on Arm, as in seL4)
 *   <arch/pte.h>      pte_t, ARCH_PTE_BITS (log2 of its size) and the entry
 *                     encoders and decoders declared below
 *   <arch/context.h>  struct user_context, ARCH_MSG_REGISTERS, ARCH_SP_NAME
 *                     and the accessors declared below
 *   <arch/paging_desc.h>  arch_paging, as a static const every file folds
 *   <arch/vm_label.h> arch_vm_label(), inline
 *
 * and its C files define the out-of-line functions.
 */
#ifndef ARCH_API_H
#define ARCH_API_H

#include <types.h>
#include <cap.h>
#include <sel4/errors.h>

struct cte;
struct tcb;
struct invocation;
struct object_kind;
struct vm_label;

/* ---- Paging: the hardware's tables, described as data ------------------ */

/*
 * Levels are numbered from the root (0).  A table at level l indexes
 * index_bits of the virtual address from bit shift; each of its entries
 * is empty, points to a table of level l + 1, or maps a frame.
 */
#define MAX_PAGING_LEVELS 4
#define MAX_TABLE_TYPES   4
#define MAX_FRAME_SIZES   4

struct paging_level {
    word_t shift;
    word_t index_bits;
    const char *name;           /* what a table at this level is called */
};

/*
 * A kind of table object below the root, as Retype makes it.  It may be
 * mapped at the levels first_level..last_level: a type fixed to one level
 * (x86's PDPT, PD and PT) has first_level == last_level; a type that may
 * sit at several (Arm's and RISC-V's PageTable) takes the shallowest
 * missing level of that range when it is mapped.  Every level of the
 * range has the same number of entries.
 */
struct table_type {
    const char *name;           /* its invocations' name in reason lines */
    word_t first_level;
    word_t last_level;
};

/*
 * Frame size i is 2^frame_bits[i] bytes, mapped by entries of level
 * frame_level[i].  A frame larger than one entry's reach fills
 * 2^(frame_bits - shift) consecutive entries with the same value (ARMv7's
 * 64 KiB and 16 MiB pages).
 *
 * The VSpace root is its own object type, unless root_table names a table
 * type that serves as the root too (RISC-V's PageTable): ASIDPool_Assign
 * then makes an unmapped table of that type a root.
 */
struct paging_desc {
    word_t levels;
    struct paging_level level[MAX_PAGING_LEVELS];
    word_t table_types;
    struct table_type table[MAX_TABLE_TYPES];
    const struct table_type *root_table;
    word_t frame_sizes;
    word_t frame_bits[MAX_FRAME_SIZES];
    word_t frame_level[MAX_FRAME_SIZES];
};

enum pte_kind {
    pte_empty,
    pte_table,
    pte_frame,
};

#include <arch/memory.h>
#include <arch/config.h>
#include <arch/pte.h>
#include <arch/context.h>
#include <arch/paging_desc.h>       /* static const struct paging_desc arch_paging */

/*
 * Page-table entries (inline, in <arch/pte.h>).  `level` is the level of
 * the table the entry sits in; `attributes` is the architecture's seL4
 * VM attributes word, which no value makes invalid.
 *
 *   pte_t arch_pte_table(paddr_t table, word_t level, word_t attributes)
 *       an entry pointing to the table at `table`, of level + 1
 *   pte_t arch_pte_frame(paddr_t frame, word_t size, enum vm_rights rights, word_t attributes)
 *       an entry mapping frame size `size` (an index of arch_paging.frame_bits)
 *   enum pte_kind arch_pte_kind(pte_t pte, word_t level)
 *   paddr_t arch_pte_address(pte_t pte, word_t level)       table or frame base
 *   word_t arch_pte_frame_size(pte_t pte, word_t level)     frame entries: the frame's size index
 *   enum vm_rights arch_pte_rights(pte_t pte, word_t level) frame entries
 *   word_t arch_pte_attributes(pte_t pte, word_t level)     frame entries, as the attributes word
 *   void arch_pte_write(pte_t *entry, pte_t value)
 *       stores the entry and makes it visible to the table walker; the
 *       zero entry is empty on every architecture
 */

/* ---- Address spaces and the TLB --------------------------------------- */

/* Puts the kernel's own mappings (if any) into a fresh, zeroed VSpace root. */
void arch_vspace_root_init(pte_t *root);

/* Makes `root`, assigned `asid`, the user address space; a NULL root
 * leaves only the kernel's mappings, whatever `asid` says. */
void arch_vspace_activate(word_t asid, pte_t *root);

/* Discards translations the TLB may hold for the frame mapped at `vaddr`,
 * or for a whole address space, of the VSpace `root` assigned `asid`. */
void arch_tlb_flush_page(word_t asid, pte_t *root, vaddr_t vaddr);
void arch_tlb_flush_asid(word_t asid, pte_t *root);

/* ---- Memory and caches ------------------------------------------------ */

/*
 * Sets `bytes` bytes at `memory`, in the kernel's window, to zero, and
 * makes the zeros what any later mapping of that memory reads, whatever
 * memory type a user gives it (Arm: clean the data cache to the point of
 * coherency, for an uncached mapping; nothing more on x86, whose caches
 * snoop uncached accesses, or on RISC-V, which has no memory types to
 * choose).  Both are multiples of 16 (2^seL4_MinUntypedBits: nothing
 * Retype makes is smaller, and all is naturally aligned).
 *
 * Retype clears with this what it makes of an untyped that is not clean
 * (boot's RAM), a child untyped whole, and a clean untyped's reset the
 * part it had handed out (docs/semantics.md).  That may be many MiB at
 * once, so this must be fast in instructions as much as in cycles: under
 * QEMU's TCG each one costs time.
 */
void arch_clear_memory(void *memory, word_t bytes);

/* Boot copied code a user will run (part of the root task's image) to
 * `code` in the kernel's window: makes instruction fetches see it before
 * the first return to user mode (Arm: clean the data cache to the point
 * of unification, invalidate the instruction cache and, on aarch32, the
 * branch predictor; RISC-V: fence.i; nothing on x86, whose instruction
 * fetches snoop the data cache). */
void arch_code_written(void *code, word_t bytes);

/* ---- Threads, traps and system calls ---------------------------------- */

/*
 * The architecture's trap entry saves the user's registers in the current
 * thread's struct user_context, then calls handle_syscall() for a system
 * call or handle_fault() for anything else from user mode, and panics on
 * a trap from the kernel.  The accessors (inline, in <arch/context.h>):
 *
 *   word_t arch_context_mr(const struct user_context *c, word_t i)    i < ARCH_MSG_REGISTERS
 *   void arch_context_set_mr(struct user_context *c, word_t i, word_t value)
 *   word_t arch_context_cptr(c), arch_context_info(c), arch_context_syscall(c)
 *   void arch_context_set_syscall(c, word_t number, word_t cptr, word_t info)
 *       what a system call leaves there (host tests use it)
 *   void arch_context_set_reply(c, word_t badge, word_t info)
 *   word_t arch_context_pc(c), arch_context_sp(c)
 *   void arch_context_init_user(c, word_t entry, word_t arg0)
 *       a new thread's first user state: entry point, first argument,
 *       user mode with interrupts masked
 */

/* Resumes `thread` in user mode (its address space is already active),
 * with trap entry saving into its context. */
NORETURN void arch_resume_user(struct tcb *thread);

/* ---- Machine ------------------------------------------------------------ */

void arch_console_putc(char c);

/* Turns the machine off; QEMU reports `status` as its exit status. */
NORETURN void arch_power_off(word_t status);

/* The physical memory the kernel keeps for itself outside any object. */
void arch_kernel_region(paddr_t *start, paddr_t *end);

/* ---- Objects and invocations --------------------------------------------- */

/* What Retype makes of the architecture's object types; false for a type
 * it does not know. */
bool arch_object_kind(word_t type, struct object_kind *kind);

/* What a label asks of a VM capability: arch_vm_label(), inline in
 * <arch/vm_label.h> (struct vm_label, <vm_label.h>). */

/* The architecture's own frame invocations, those arch_vm_label() gives
 * vm_op_arch: decoded and performed here, with seL4's errors. */
seL4_Error arch_decode_frame_invocation(struct invocation *inv);

/* The architecture's name for its frame capabilities, in reason lines. */
extern const char arch_frame_name[];

/* Puts the architecture's own boot capabilities into the root CNode. */
void arch_boot_root_caps(struct cte *root_cnode);

#endif
