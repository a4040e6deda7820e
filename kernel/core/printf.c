#include <arch_api.h>
#include <format.h>
#include <printf.h>
#include <thread.h>
#include <pagoda/abi.h>

static void console_emit(char c, void *context)
{
    (void)context;
    arch_console_putc(c);
}

void kvprintf(const char *fmt, va_list args)
{
    format(console_emit, NULL, fmt, args);
}

void kprintf(const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    kvprintf(fmt, args);
    va_end(args);
}

void panic(const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    kprintf("Pagoda panic: ");
    kvprintf(fmt, args);
    kprintf("\n");
    va_end(args);
    arch_power_off(PAGODA_STATUS_PANIC);
}

bool user_error_pending;

#if CONFIG_DEBUG_BUILD
void user_error(const char *fmt, ...)
{
    va_list args;
    user_error_pending = true;
    va_start(args, fmt);
    kprintf("<<Pagoda [%s @%p] ", current_thread->name, (void *)arch_context_pc(&current_thread->context));
    kvprintf(fmt, args);
    kprintf(">>\n");
    va_end(args);
}

void explain(const char *fmt, ...)
{
    va_list args;
    user_error_pending = false;
    va_start(args, fmt);
    kprintf("Pagoda: ");
    kvprintf(fmt, args);
    kprintf("\n");
    va_end(args);
}
#endif
