/*
 * BthXDDI.h - drvls fallback header: the Bluetooth extensible transport DDI.
 *
 * A transport driver (for example a UART/H4 bus driver) sits under the Bluetooth stack and
 * answers IOCTL_BTHX_GET_VERSION, IOCTL_BTHX_SET_VERSION, IOCTL_BTHX_QUERY_CAPABILITIES,
 * IOCTL_BTHX_WRITE_HCI and IOCTL_BTHX_READ_HCI. The HCI read/write buffer is a
 * BTHX_HCI_READ_WRITE_CONTEXT, packed to 1 byte.
 */
#ifndef DRVLS_WDK_SHIM_BTHXDDI_H
#define DRVLS_WDK_SHIM_BTHXDDI_H

#ifdef __cplusplus
extern "C" {
#endif

#ifndef FILE_DEVICE_BLUETOOTH
#define FILE_DEVICE_BLUETOOTH 0x00000041
#endif

/* IOCTL codes: function numbers not documented; any distinct values parse. */
#ifndef BTHX_IOCTL_BASE
#define BTHX_IOCTL_BASE 0x400
#endif
#ifndef BTHX_CTL
#define BTHX_CTL(id) CTL_CODE(FILE_DEVICE_BLUETOOTH, (id), METHOD_BUFFERED, FILE_ANY_ACCESS)
#endif
#ifndef IOCTL_BTHX_GET_VERSION
#define IOCTL_BTHX_GET_VERSION BTHX_CTL(BTHX_IOCTL_BASE + 0x00)
#endif
#ifndef IOCTL_BTHX_SET_VERSION
#define IOCTL_BTHX_SET_VERSION BTHX_CTL(BTHX_IOCTL_BASE + 0x01)
#endif
#ifndef IOCTL_BTHX_QUERY_CAPABILITIES
#define IOCTL_BTHX_QUERY_CAPABILITIES BTHX_CTL(BTHX_IOCTL_BASE + 0x02)
#endif
#ifndef IOCTL_BTHX_WRITE_HCI
#define IOCTL_BTHX_WRITE_HCI BTHX_CTL(BTHX_IOCTL_BASE + 0x03)
#endif
#ifndef IOCTL_BTHX_READ_HCI
#define IOCTL_BTHX_READ_HCI BTHX_CTL(BTHX_IOCTL_BASE + 0x04)
#endif

typedef struct _BTHX_VERSION {
    ULONG Version;
} BTHX_VERSION, *PBTHX_VERSION;

/* The DDI version the stack and transport negotiate (value not documented; any value parses). */
#ifndef BTHX_DDI_VERSION
#define BTHX_DDI_VERSION 0x00010000
#endif
extern const BTHX_VERSION Microsoft_BTHX_DDI_Version;

typedef enum _BTHX_SCO_SUPPORT {
    ScoSupportNone,
    ScoSupportHCI,
    ScoSupportHCIBypass
} BTHX_SCO_SUPPORT, *PBTHX_SCO_SUPPORT;

typedef struct _BTHX_CAPABILITIES {
    ULONG MaxAclTransferInSize;
    BTHX_SCO_SUPPORT ScoSupport;
    ULONG MaxScoChannels;
    BOOLEAN IsDeviceIdleCapable;
    BOOLEAN IsDeviceWakeCapable;
} BTHX_CAPABILITIES, *PBTHX_CAPABILITIES;

typedef enum _BTHX_HCI_PACKET_TYPE {
    HciPacketCommand,
    HciPacketAclData,
    HciPacketEvent
} BTHX_HCI_PACKET_TYPE;

#pragma pack(push, 1)
typedef struct _BTHX_HCI_READ_WRITE_CONTEXT {
    ULONG DataLen;
    UCHAR Type;
    UCHAR Data[1];
} BTHX_HCI_READ_WRITE_CONTEXT, *PBTHX_HCI_READ_WRITE_CONTEXT;
#pragma pack(pop)

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_BTHXDDI_H */
