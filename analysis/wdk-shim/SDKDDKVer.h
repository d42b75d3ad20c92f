/*
 * SDKDDKVer.h - drvls WDK supplement: the WDK spelling of the version header.
 *
 * Drivers write `#include <SDKDDKVer.h>`; mingw-w64 ships the same header (NTDDI_*, _WIN32_WINNT_*,
 * WINVER values) as lower-case sdkddkver.h, which a case-sensitive file system does not match.
 */
#ifndef DRVLS_WDK_SHIM_SDKDDKVER_H
#define DRVLS_WDK_SHIM_SDKDDKVER_H
#include <sdkddkver.h>
#endif
