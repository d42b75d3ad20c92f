/*
 * ks.h - drvls WDK supplement: mingw-w64's ks.h plus the kernel-streaming (AVStream) interface added
 * since Windows 8.1.
 *
 * mingw-w64's ks.h has the AVStream object model (KSDEVICE, KSFILTERFACTORY, KSPIN, the Ks* calls).
 * Camera drivers written for Windows 10 also publish camera profiles from their filter factories
 * (KSDEVICE_PROFILE_INFO and KsPublishDeviceProfile) and set KSFILTER_FLAG_PRIORITIZE_REFERENCEGUID
 * on their filter descriptors. This file forwards to mingw-w64's header with #include_next and then
 * declares those additions. Every macro is guarded so a header that already has a name wins.
 *
 * Written from the public kernel-streaming and camera driver reference documentation; interface only.
 */
#ifndef DRVLS_WDK_SHIM_KS_H
#define DRVLS_WDK_SHIM_KS_H

#include_next <ks.h>

#ifndef KSFILTER_FLAG_PRIORITIZE_REFERENCEGUID
#define KSFILTER_FLAG_PRIORITIZE_REFERENCEGUID 0x00000010
#endif

/* ---------------------------------------------------------------------------------------------------
 * Camera profiles (KsInitializeDeviceProfile / KsPublishDeviceProfile / KsPersistDeviceProfile)
 * ------------------------------------------------------------------------------------------------- */
#ifndef DRVLS_KSDEVICE_PROFILE_DEFINED
#define DRVLS_KSDEVICE_PROFILE_DEFINED

#ifndef KSDEVICE_PROFILE_TYPE_UNKNOWN
#define KSDEVICE_PROFILE_TYPE_UNKNOWN 0
#endif
#ifndef KSDEVICE_PROFILE_TYPE_CAMERA
#define KSDEVICE_PROFILE_TYPE_CAMERA 1
#endif

/* Profile media-info flags: values not given on the reference pages consulted; distinct bits. */
#ifndef KSCAMERAPROFILE_FLAGS_VIDEOSTABLIZATION
#define KSCAMERAPROFILE_FLAGS_VIDEOSTABLIZATION 0x0000000000000001ULL
#define KSCAMERAPROFILE_FLAGS_VIDEOHDR          0x0000000000000002ULL
#define KSCAMERAPROFILE_FLAGS_PHOTOHDR          0x0000000000000004ULL
#define KSCAMERAPROFILE_FLAGS_FACEDETECTION     0x0000000000000008ULL
#define KSCAMERAPROFILE_FLAGS_VARIABLEPHOTOSEQUENCE 0x0000000000000010ULL
#define KSCAMERAPROFILE_FLAGS_PREVIEW_RES_MUSTMATCH 0x0000000000000020ULL
#endif

typedef struct _KSCAMERA_PROFILE_MEDIAINFO {
    struct {
        UINT32 X;
        UINT32 Y;
    } Resolution;
    struct {
        UINT32 Numerator;
        UINT32 Denominator;
    } MaxFrameRate;
    ULONGLONG Flags;
    UINT32 Data0;
    UINT32 Data1;
    UINT32 Data2;
    UINT32 Data3;
} KSCAMERA_PROFILE_MEDIAINFO, *PKSCAMERA_PROFILE_MEDIAINFO;

typedef struct _KSCAMERA_PROFILE_PININFO {
    GUID PinCategory;
    union {
        struct {
            USHORT PinIndex;
            USHORT ProfileSensorType;
        };
        ULONG Reserved;
    };
    ULONG MediaInfoCount;
    PKSCAMERA_PROFILE_MEDIAINFO MediaInfos;
} KSCAMERA_PROFILE_PININFO, *PKSCAMERA_PROFILE_PININFO;

typedef struct _KSCAMERA_PROFILE_INFO {
    GUID ProfileId;
    UINT32 Index;
    UINT32 PinCount;
    PKSCAMERA_PROFILE_PININFO Pins;
} KSCAMERA_PROFILE_INFO, *PKSCAMERA_PROFILE_INFO;

typedef struct _KSCAMERA_PROFILE_CONCURRENCYINFO {
    GUID ReferenceGuid;
    UINT32 Reserved;
    UINT32 ProfileCount;
    PKSCAMERA_PROFILE_INFO Profiles;
} KSCAMERA_PROFILE_CONCURRENCYINFO, *PKSCAMERA_PROFILE_CONCURRENCYINFO;

typedef struct _KSDEVICE_PROFILE_INFO {
    UINT32 Type;
    UINT32 Size;
    union {
        struct {
            KSCAMERA_PROFILE_INFO Info;
            UINT32 Reserved;
            UINT32 ConcurrencyCount;
            PKSCAMERA_PROFILE_CONCURRENCYINFO Concurrency;
        } Camera;
    };
} KSDEVICE_PROFILE_INFO, *PKSDEVICE_PROFILE_INFO;

#if defined(_NTDDK_)
#ifdef __cplusplus
extern "C" {
#endif
NTSTATUS NTAPI KsInitializeDeviceProfile(_In_ PKSFILTERFACTORY FilterFactory);
NTSTATUS NTAPI KsPublishDeviceProfile(_In_ PKSFILTERFACTORY FilterFactory, _In_ UINT32 ProfileCount,
                                      _In_reads_(ProfileCount) const KSDEVICE_PROFILE_INFO *ProfileInfo);
NTSTATUS NTAPI KsPersistDeviceProfile(_In_ PKSFILTERFACTORY FilterFactory);
#ifdef __cplusplus
}
#endif
#endif /* _NTDDK_ */

#endif /* DRVLS_KSDEVICE_PROFILE_DEFINED */

#endif /* DRVLS_WDK_SHIM_KS_H */
