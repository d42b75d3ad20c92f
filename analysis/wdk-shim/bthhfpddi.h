/*
 * bthhfpddi.h - drvls WDK supplement: the Bluetooth Hands-Free Profile (HFP) bypass audio interface.
 *
 * mingw-w64 has no bthhfpddi.h. An audio driver that routes HFP audio through its own hardware (SCO
 * bypass) opens the GUID_DEVINTERFACE_BLUETOOTH_HFP_SCO_HCIBYPASS device interface and talks to the
 * Bluetooth HFP driver with the IOCTL_BTHHFP_* control codes. This file declares that interface as the
 * bthhfpddi reference pages describe it: the descriptor, codec-id and capability structures, the
 * codec-id version enumeration, the control codes and the interface class GUID.
 *
 * The reference pages give neither the control-code values nor the interface GUID: the values below
 * are placeholders (distinct, so `switch` statements over them parse), not the Windows values.
 */
#ifndef DRVLS_WDK_SHIM_BTHHFPDDI_H
#define DRVLS_WDK_SHIM_BTHHFPDDI_H

#if !defined(_WDMDDK_) && !defined(DRVLS_WDK_SHIM_WDM_H) && !defined(_NTDDK_)
#include <wdm.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* User-mode base types the documented structures are written with (identical redeclarations are
 * allowed in C11 and C++, so a later windef.h agrees). */
#ifndef DRVLS_BTHHFP_BASE_TYPES
#define DRVLS_BTHHFP_BASE_TYPES
typedef int BOOL;
typedef unsigned long DWORD;
#endif

/* Interface class of the HFP bypass device interfaces (value not documented; placeholder). */
#ifndef DRVLS_GUID_DEVINTERFACE_BLUETOOTH_HFP_SCO_HCIBYPASS
#define DRVLS_GUID_DEVINTERFACE_BLUETOOTH_HFP_SCO_HCIBYPASS
DEFINE_GUID(GUID_DEVINTERFACE_BLUETOOTH_HFP_SCO_HCIBYPASS, 0xd3b1c7e0, 0x1f0a, 0x4c5e, 0x9a, 0x01, 0x64,
            0x72, 0x76, 0x6c, 0x73, 0x01);
#endif

/* Output of IOCTL_BTHHFP_DEVICE_GET_DESCRIPTOR (Windows 8); FriendlyName points into the same
 * output buffer, after the structure. */
typedef struct _BTHHFP_DESCRIPTOR {
    GUID InputPinCategory;
    GUID OutputPinCategory;
    GUID ContainerId;
    BOOL SupportsVolume;
    ULONG VolumePropertyValuesSize;
    UNICODE_STRING FriendlyName;
} BTHHFP_DESCRIPTOR, *PBTHHFP_DESCRIPTOR;

/* Output of IOCTL_BTHHFP_DEVICE_GET_DESCRIPTOR2 (Windows 8.1): the descriptor plus NREC support. */
typedef struct _BTHHFP_DESCRIPTOR2 {
    GUID InputPinCategory;
    GUID OutputPinCategory;
    GUID ContainerId;
    BOOL SupportsVolume;
    ULONG VolumePropertyValuesSize;
    UNICODE_STRING FriendlyName;
    BOOL SupportsNREC;
} BTHHFP_DESCRIPTOR2, *PBTHHFP_DESCRIPTOR2;

/* IOCTL_BTHHFP_DEVICE_GET_CODEC_ID: the caller names the structure version it wants. */
typedef enum _HFP_BYPASS_CODEC_ID_VERSION {
    REQ_HFP_BYPASS_CODEC_ID_V1
} HFP_BYPASS_CODEC_ID_VERSION, *PHFP_BYPASS_CODEC_ID_VERSION;

/* CodecId: 0 undefined, 1 CVSD (narrow band), 2 mSBC (wide band speech). */
typedef struct _HFP_BYPASS_CODEC_ID_V1 {
    UCHAR CodecId;
} HFP_BYPASS_CODEC_ID_V1, *PHFP_BYPASS_CODEC_ID_V1;

/* Capabilities of the audio device that the audio driver reports to the HFP driver. */
typedef struct _BTHHFP_AUDIO_DEVICE_CAPABILTIES {
    DWORD Version;
    BOOL Supports16kHzSampling;
} BTHHFP_AUDIO_DEVICE_CAPABILTIES, *PBTHHFP_AUDIO_DEVICE_CAPABILTIES;

/* Initialises the capability structure (all members zero). */
FORCEINLINE
VOID
BTHHFP_AUDIO_DEVICE_CAPABILTIES_INIT(_Out_ PBTHHFP_AUDIO_DEVICE_CAPABILTIES caps)
{
    RtlZeroMemory(caps, sizeof(*caps));
}

/* Control codes (IRP_MJ_DEVICE_CONTROL on the HFP bypass interface). Values not documented:
 * placeholders in the Bluetooth device-type range. */
#define DRVLS_BTHHFP_CTL(n) CTL_CODE(FILE_DEVICE_BLUETOOTH, 0xB00 + (n), METHOD_BUFFERED, FILE_ANY_ACCESS)
#ifndef IOCTL_BTHHFP_DEVICE_GET_DESCRIPTOR
#define IOCTL_BTHHFP_DEVICE_GET_DESCRIPTOR DRVLS_BTHHFP_CTL(0)
#endif
#ifndef IOCTL_BTHHFP_DEVICE_GET_VOLUMEPROPERTYVALUES
#define IOCTL_BTHHFP_DEVICE_GET_VOLUMEPROPERTYVALUES DRVLS_BTHHFP_CTL(1)
#endif
#ifndef IOCTL_BTHHFP_DEVICE_GET_KSNODETYPES
#define IOCTL_BTHHFP_DEVICE_GET_KSNODETYPES DRVLS_BTHHFP_CTL(2)
#endif
#ifndef IOCTL_BTHHFP_DEVICE_GET_CONTAINERID
#define IOCTL_BTHHFP_DEVICE_GET_CONTAINERID DRVLS_BTHHFP_CTL(3)
#endif
#ifndef IOCTL_BTHHFP_DEVICE_REQUEST_CONNECT
#define IOCTL_BTHHFP_DEVICE_REQUEST_CONNECT DRVLS_BTHHFP_CTL(4)
#endif
#ifndef IOCTL_BTHHFP_DEVICE_REQUEST_DISCONNECT
#define IOCTL_BTHHFP_DEVICE_REQUEST_DISCONNECT DRVLS_BTHHFP_CTL(5)
#endif
#ifndef IOCTL_BTHHFP_DEVICE_GET_CONNECTION_STATUS_UPDATE
#define IOCTL_BTHHFP_DEVICE_GET_CONNECTION_STATUS_UPDATE DRVLS_BTHHFP_CTL(6)
#endif
#ifndef IOCTL_BTHHFP_SPEAKER_SET_VOLUME
#define IOCTL_BTHHFP_SPEAKER_SET_VOLUME DRVLS_BTHHFP_CTL(7)
#endif
#ifndef IOCTL_BTHHFP_SPEAKER_GET_VOLUME_STATUS_UPDATE
#define IOCTL_BTHHFP_SPEAKER_GET_VOLUME_STATUS_UPDATE DRVLS_BTHHFP_CTL(8)
#endif
#ifndef IOCTL_BTHHFP_MIC_SET_VOLUME
#define IOCTL_BTHHFP_MIC_SET_VOLUME DRVLS_BTHHFP_CTL(9)
#endif
#ifndef IOCTL_BTHHFP_MIC_GET_VOLUME_STATUS_UPDATE
#define IOCTL_BTHHFP_MIC_GET_VOLUME_STATUS_UPDATE DRVLS_BTHHFP_CTL(10)
#endif
#ifndef IOCTL_BTHHFP_STREAM_OPEN
#define IOCTL_BTHHFP_STREAM_OPEN DRVLS_BTHHFP_CTL(11)
#endif
#ifndef IOCTL_BTHHFP_STREAM_CLOSE
#define IOCTL_BTHHFP_STREAM_CLOSE DRVLS_BTHHFP_CTL(12)
#endif
#ifndef IOCTL_BTHHFP_STREAM_GET_STATUS_UPDATE
#define IOCTL_BTHHFP_STREAM_GET_STATUS_UPDATE DRVLS_BTHHFP_CTL(13)
#endif
#ifndef IOCTL_BTHHFP_DEVICE_GET_DESCRIPTOR2
#define IOCTL_BTHHFP_DEVICE_GET_DESCRIPTOR2 DRVLS_BTHHFP_CTL(14)
#endif
#ifndef IOCTL_BTHHFP_DEVICE_GET_NRECDISABLE_STATUS_UPDATE
#define IOCTL_BTHHFP_DEVICE_GET_NRECDISABLE_STATUS_UPDATE DRVLS_BTHHFP_CTL(15)
#endif
#ifndef IOCTL_BTHHFP_DEVICE_GET_CODEC_ID
#define IOCTL_BTHHFP_DEVICE_GET_CODEC_ID DRVLS_BTHHFP_CTL(16)
#endif
/* Carries a BTHHFP_AUDIO_DEVICE_CAPABILTIES to the HFP driver (Windows 10); not on the index page. */
#ifndef IOCTL_BTHHFP_DEVICE_INDICATE_AUDIO_DEVICE_CAPABILITIES
#define IOCTL_BTHHFP_DEVICE_INDICATE_AUDIO_DEVICE_CAPABILITIES DRVLS_BTHHFP_CTL(17)
#endif

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_BTHHFPDDI_H */
