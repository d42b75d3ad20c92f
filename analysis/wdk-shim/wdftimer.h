/*
 * wdftimer.h - drvls WDK supplement: the KMDF timer interface under its own name. The WDK splits
 * KMDF over one header per object (wdftimer.h, wdfdevice.h, ...) that wdf.h includes; a few drivers
 * include one of them directly. The shim's wdf.h declares them all, so this header includes it.
 */
#ifndef DRVLS_WDK_SHIM_WDFTIMER_H
#define DRVLS_WDK_SHIM_WDFTIMER_H

#include <wdf.h>

#endif
