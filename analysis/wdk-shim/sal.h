/*
 * sal.h - drvls WDK supplement: mingw-w64's sal.h, plus the two annotations it withholds from C++
 * and the SAL 1 field annotations it lacks.
 *
 * mingw-w64 leaves `__in` and `__out` undefined when compiling C++ with a GNU-compatible compiler,
 * because libstdc++ uses those names for parameters. Kernel-mode C++ (AVStream, PortCls, ...) never
 * includes libstdc++ and writes `__in` / `__out` on its declarations, so they are defined here as
 * empty, like every other SAL annotation in this configuration.
 */
#ifndef DRVLS_WDK_SHIM_SAL_H
#define DRVLS_WDK_SHIM_SAL_H

#include_next <sal.h>

#ifndef __in
#define __in
#endif
#ifndef __out
#define __out
#endif

/* The SAL 1 structure-field annotations (`__field_bcount_opt(BufferSize) PVOID Buffer;`), which
 * mingw-w64's sal.h does not have: they describe a member's buffer size and expand to nothing. */
#ifndef __field_bcount
#define __field_bcount(size)
#define __field_bcount_opt(size)
#define __field_ecount(size)
#define __field_ecount_opt(size)
#define __field_bcount_part(size, init)
#define __field_bcount_part_opt(size, init)
#define __field_ecount_part(size, init)
#define __field_ecount_part_opt(size, init)
#define __field_bcount_full(size)
#define __field_bcount_full_opt(size)
#define __field_ecount_full(size)
#define __field_ecount_full_opt(size)
#define __field_xcount(size)
#define __field_xcount_opt(size)
#define __field_range(lo, hi)
#define __field_nullterminated
#define __field_data_source(src)
#endif

#endif /* DRVLS_WDK_SHIM_SAL_H */
