/*
 * sal.h - drvls WDK supplement: mingw-w64's sal.h, plus the two annotations it withholds from C++.
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

#endif /* DRVLS_WDK_SHIM_SAL_H */
