/*
 * storduid.h - drvls WDK supplement: storage device unique identifiers (DUIDs).
 *
 * Forwards to mingw-w64's storduid.h (STORAGE_DEVICE_UNIQUE_IDENTIFIER and the layout signature) and
 * adds the version and query flags, the match results and CompareStorageDuids, declared only (the WDK
 * defines it inline). Written from the public storduid.h reference; interface only.
 */
#ifndef DRVLS_WDK_SHIM_STORDUID_H
#define DRVLS_WDK_SHIM_STORDUID_H

#include_next <storduid.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef DUID_VERSION_1
#define DUID_VERSION_1             1
#endif
#ifndef DUID_HARDWARE_IDS_ONLY
#define DUID_HARDWARE_IDS_ONLY     0
#define DUID_INCLUDE_SOFTWARE_IDS  1
#endif

typedef enum _DUID_MATCH_STATUS {
    DuidExactMatch = 0,
    DuidSubIdMatch,
    DuidNoMatch,
    DuidErrorGeneral = 100,
    DuidErrorMissingDuid,
    DuidErrorVersionMismatch,
    DuidErrorInvalidDuid,
    DuidErrorInvalidDeviceIdDescSize,
    DuidErrorInvalidDeviceDescSize,
    DuidErrorInvalidLayoutSigSize,
    DuidErrorInvalidLayoutSigVersion,
    DuidErrorMaximum
} DUID_MATCH_STATUS;

DUID_MATCH_STATUS CompareStorageDuids(_In_ PSTORAGE_DEVICE_UNIQUE_IDENTIFIER Duid1,
                                      _In_ PSTORAGE_DEVICE_UNIQUE_IDENTIFIER Duid2);

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_STORDUID_H */
