/*
 * DriverSpecs.h - drvls WDK supplement: the WDK spelling of the driver annotation header.
 *
 * Drivers write `#include <DriverSpecs.h>`; mingw-w64 ships it as lower-case driverspecs.h (the
 * _IRQL_* and __drv_* annotations as empty macros). wdm.h in this directory adds the ones it lacks.
 */
#ifndef DRVLS_WDK_SHIM_DRIVERSPECS_H
#define DRVLS_WDK_SHIM_DRIVERSPECS_H
#include <driverspecs.h>
#endif
