/*
 * ntdddisk.h - drvls WDK supplement: disk IOCTLs.
 *
 * Includes this directory's ntddstor.h first: mingw-w64's ntdddisk.h includes "ntddstor.h" with quotes,
 * which would otherwise pick mingw-w64's copy beside it and skip the storage additions. Then forwards
 * to mingw-w64's ntdddisk.h and adds the disk cache setting and extended block reassignment IOCTLs.
 * Written from the public ntdddisk.h reference; interface only.
 */
#ifndef DRVLS_WDK_SHIM_NTDDDISK_H
#define DRVLS_WDK_SHIM_NTDDDISK_H

#include <ntddstor.h>
#include_next <ntdddisk.h>

#if !defined(_WINIOCTL_)

#ifdef __cplusplus
extern "C" {
#endif

#ifndef IOCTL_DISK_REASSIGN_BLOCKS_EX
#define IOCTL_DISK_REASSIGN_BLOCKS_EX \
    CTL_CODE(IOCTL_DISK_BASE, 0x0029, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#ifndef IOCTL_DISK_GET_CACHE_SETTING
#define IOCTL_DISK_GET_CACHE_SETTING \
    CTL_CODE(IOCTL_DISK_BASE, 0x0038, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_DISK_SET_CACHE_SETTING \
    CTL_CODE(IOCTL_DISK_BASE, 0x0039, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif

/* IOCTL_DISK_REASSIGN_BLOCKS_EX: 64-bit block numbers. */
typedef struct _REASSIGN_BLOCKS_EX {
    USHORT Reserved;
    USHORT Count;
    LARGE_INTEGER BlockNumber[1];
} REASSIGN_BLOCKS_EX, *PREASSIGN_BLOCKS_EX;

/* IOCTL_DISK_GET/SET_CACHE_SETTING. */
typedef enum _DISK_CACHE_STATE {
    DiskCacheNormal,
    DiskCacheWriteThroughNotSupported,
    DiskCacheModifyUnsuccessful
} DISK_CACHE_STATE, *PDISK_CACHE_STATE;

typedef struct _DISK_CACHE_SETTING {
    ULONG Version;
    DISK_CACHE_STATE State;
    BOOLEAN IsPowerProtected;
} DISK_CACHE_SETTING, *PDISK_CACHE_SETTING;

#ifdef __cplusplus
}
#endif

#endif /* !_WINIOCTL_ */

#endif /* DRVLS_WDK_SHIM_NTDDDISK_H */
