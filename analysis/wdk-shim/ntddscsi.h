/*
 * ntddscsi.h - drvls WDK supplement: SCSI port IOCTLs and miniport control requests.
 *
 * Forwards to mingw-w64's ntddscsi.h (pass-through, SRB_IO_CONTROL, SCSI_ADDRESS, DUMP_POINTERS), then
 * adds what newer storage drivers use: the extended pass-through structures and IOCTLs, the MPIO
 * pass-through-path requests, the IOCTL_SCSI_MINIPORT sub-codes and signatures, the NV cache (NRB),
 * hybrid disk, and firmware request blocks with their status codes, the STORAGE_FIRMWARE_* buffers a
 * miniport fills, and MINIPORT_DUMP_POINTERS. Written from the public ntddscsi.h reference; interface
 * only. Every addition is guarded.
 */
#ifndef DRVLS_WDK_SHIM_NTDDSCSI_H
#define DRVLS_WDK_SHIM_NTDDSCSI_H

#include_next <ntddscsi.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef ANYSIZE_ARRAY
#define ANYSIZE_ARRAY 1
#endif

/* ---------------------------------------------------------------------------------------------------
 * Extended pass-through (IOCTL_SCSI_PASS_THROUGH_EX / _DIRECT_EX).
 * ------------------------------------------------------------------------------------------------- */
#ifndef IOCTL_SCSI_PASS_THROUGH_EX
#define IOCTL_SCSI_PASS_THROUGH_EX \
    CTL_CODE(IOCTL_SCSI_BASE, 0x0411, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_SCSI_PASS_THROUGH_DIRECT_EX \
    CTL_CODE(IOCTL_SCSI_BASE, 0x0412, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#ifndef SCSI_IOCTL_DATA_BIDIRECTIONAL
#define SCSI_IOCTL_DATA_BIDIRECTIONAL 3
#endif

typedef struct _SCSI_PASS_THROUGH_EX {
    ULONG Version;
    ULONG Length;
    ULONG CdbLength;
    ULONG StorAddressLength;
    UCHAR ScsiStatus;
    UCHAR SenseInfoLength;
    UCHAR DataDirection;
    UCHAR Reserved;
    ULONG TimeOutValue;
    ULONG StorAddressOffset;
    ULONG SenseInfoOffset;
    ULONG DataOutTransferLength;
    ULONG DataInTransferLength;
    ULONG_PTR DataOutBufferOffset;
    ULONG_PTR DataInBufferOffset;
    UCHAR Cdb[ANYSIZE_ARRAY];
} SCSI_PASS_THROUGH_EX, *PSCSI_PASS_THROUGH_EX;

typedef struct _SCSI_PASS_THROUGH_DIRECT_EX {
    ULONG Version;
    ULONG Length;
    ULONG CdbLength;
    ULONG StorAddressLength;
    UCHAR ScsiStatus;
    UCHAR SenseInfoLength;
    UCHAR DataDirection;
    UCHAR Reserved;
    ULONG TimeOutValue;
    ULONG StorAddressOffset;
    ULONG SenseInfoOffset;
    ULONG DataOutTransferLength;
    ULONG DataInTransferLength;
    PVOID DataOutBuffer;
    PVOID DataInBuffer;
    UCHAR Cdb[ANYSIZE_ARRAY];
} SCSI_PASS_THROUGH_DIRECT_EX, *PSCSI_PASS_THROUGH_DIRECT_EX;

#if defined(_WIN64)
/* The layouts a 32-bit caller sends to a 64-bit driver: pointers are 32-bit values. */
typedef struct _SCSI_PASS_THROUGH32_EX {
    ULONG Version;
    ULONG Length;
    ULONG CdbLength;
    ULONG StorAddressLength;
    UCHAR ScsiStatus;
    UCHAR SenseInfoLength;
    UCHAR DataDirection;
    UCHAR Reserved;
    ULONG TimeOutValue;
    ULONG StorAddressOffset;
    ULONG SenseInfoOffset;
    ULONG DataOutTransferLength;
    ULONG DataInTransferLength;
    ULONG32 DataOutBufferOffset;
    ULONG32 DataInBufferOffset;
    UCHAR Cdb[ANYSIZE_ARRAY];
} SCSI_PASS_THROUGH32_EX, *PSCSI_PASS_THROUGH32_EX;

typedef struct _SCSI_PASS_THROUGH_DIRECT32_EX {
    ULONG Version;
    ULONG Length;
    ULONG CdbLength;
    ULONG StorAddressLength;
    UCHAR ScsiStatus;
    UCHAR SenseInfoLength;
    UCHAR DataDirection;
    UCHAR Reserved;
    ULONG TimeOutValue;
    ULONG StorAddressOffset;
    ULONG SenseInfoOffset;
    ULONG DataOutTransferLength;
    ULONG DataInTransferLength;
    ULONG32 DataOutBuffer;
    ULONG32 DataInBuffer;
    UCHAR Cdb[ANYSIZE_ARRAY];
} SCSI_PASS_THROUGH_DIRECT32_EX, *PSCSI_PASS_THROUGH_DIRECT32_EX;
#endif

/* ---------------------------------------------------------------------------------------------------
 * MPIO pass-through to one path.
 * ------------------------------------------------------------------------------------------------- */
#ifndef IOCTL_MPIO_PASS_THROUGH_PATH
#define IOCTL_MPIO_PASS_THROUGH_PATH \
    CTL_CODE(IOCTL_SCSI_BASE, 0x0413, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MPIO_PASS_THROUGH_PATH_DIRECT \
    CTL_CODE(IOCTL_SCSI_BASE, 0x0414, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MPIO_PASS_THROUGH_PATH_EX \
    CTL_CODE(IOCTL_SCSI_BASE, 0x0419, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MPIO_PASS_THROUGH_PATH_DIRECT_EX \
    CTL_CODE(IOCTL_SCSI_BASE, 0x041A, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif

#define MPIO_IOCTL_FLAG_USE_PATHID       1
#define MPIO_IOCTL_FLAG_USE_SCSIADDRESS  2
#define MPIO_IOCTL_FLAG_INVOLVE_DSM      4

typedef struct _MPIO_PASS_THROUGH_PATH {
    SCSI_PASS_THROUGH PassThrough;
    ULONG Version;
    USHORT Length;
    UCHAR Flags;
    UCHAR PortNumber;
    ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH, *PMPIO_PASS_THROUGH_PATH;

typedef struct _MPIO_PASS_THROUGH_PATH_DIRECT {
    SCSI_PASS_THROUGH_DIRECT PassThrough;
    ULONG Version;
    USHORT Length;
    UCHAR Flags;
    UCHAR PortNumber;
    ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH_DIRECT, *PMPIO_PASS_THROUGH_PATH_DIRECT;

typedef struct _MPIO_PASS_THROUGH_PATH_EX {
    ULONG PassThroughOffset;
    ULONG Version;
    USHORT Length;
    UCHAR Flags;
    UCHAR PortNumber;
    ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH_EX, *PMPIO_PASS_THROUGH_PATH_EX;

typedef struct _MPIO_PASS_THROUGH_PATH_DIRECT_EX {
    ULONG PassThroughOffset;
    ULONG Version;
    USHORT Length;
    UCHAR Flags;
    UCHAR PortNumber;
    ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH_DIRECT_EX, *PMPIO_PASS_THROUGH_PATH_DIRECT_EX;

#if defined(_WIN64)
typedef struct _MPIO_PASS_THROUGH_PATH32 {
    SCSI_PASS_THROUGH32 PassThrough;
    ULONG Version;
    USHORT Length;
    UCHAR Flags;
    UCHAR PortNumber;
    ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH32, *PMPIO_PASS_THROUGH_PATH32;

typedef struct _MPIO_PASS_THROUGH_PATH_DIRECT32 {
    SCSI_PASS_THROUGH_DIRECT32 PassThrough;
    ULONG Version;
    USHORT Length;
    UCHAR Flags;
    UCHAR PortNumber;
    ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH_DIRECT32, *PMPIO_PASS_THROUGH_PATH_DIRECT32;

typedef struct _MPIO_PASS_THROUGH_PATH32_EX {
    ULONG PassThroughOffset;
    ULONG Version;
    USHORT Length;
    UCHAR Flags;
    UCHAR PortNumber;
    ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH32_EX, *PMPIO_PASS_THROUGH_PATH32_EX;

typedef struct _MPIO_PASS_THROUGH_PATH_DIRECT32_EX {
    ULONG PassThroughOffset;
    ULONG Version;
    USHORT Length;
    UCHAR Flags;
    UCHAR PortNumber;
    ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH_DIRECT32_EX, *PMPIO_PASS_THROUGH_PATH_DIRECT32_EX;
#endif

/* ---------------------------------------------------------------------------------------------------
 * IOCTL_SCSI_MINIPORT: control codes (SRB_IO_CONTROL.ControlCode) and signatures.
 * ------------------------------------------------------------------------------------------------- */
#ifndef FILE_DEVICE_SCSI
#define FILE_DEVICE_SCSI 0x0000001b
#endif
#ifndef IOCTL_SCSI_MINIPORT_NVCACHE
#define IOCTL_SCSI_MINIPORT_NVCACHE      ((FILE_DEVICE_SCSI << 16) + 0x0600)
#endif
#ifndef IOCTL_SCSI_MINIPORT_HYBRID
#define IOCTL_SCSI_MINIPORT_HYBRID       ((FILE_DEVICE_SCSI << 16) + 0x0620)
#endif
#ifndef IOCTL_SCSI_MINIPORT_DSM
#define IOCTL_SCSI_MINIPORT_DSM          ((FILE_DEVICE_SCSI << 16) + 0x0720)
#endif
#ifndef IOCTL_SCSI_MINIPORT_DSM_GENERAL
#define IOCTL_SCSI_MINIPORT_DSM_GENERAL  ((FILE_DEVICE_SCSI << 16) + 0x0721)
#endif
#ifndef IOCTL_SCSI_MINIPORT_FIRMWARE
#define IOCTL_SCSI_MINIPORT_FIRMWARE     ((FILE_DEVICE_SCSI << 16) + 0x0780)
#endif

#ifndef IOCTL_MINIPORT_SIGNATURE_SCSIDISK
#define IOCTL_MINIPORT_SIGNATURE_SCSIDISK                 "SCSIDISK"
#define IOCTL_MINIPORT_SIGNATURE_HYBRDISK                 "HYBRDISK"
#define IOCTL_MINIPORT_SIGNATURE_DSM_NOTIFICATION         "MPDSM   "
#define IOCTL_MINIPORT_SIGNATURE_DSM_GENERAL              "MPDSMGEN"
#define IOCTL_MINIPORT_SIGNATURE_FIRMWARE                 "FIRMWARE"
#define IOCTL_MINIPORT_SIGNATURE_QUERY_PROTOCOL           "PROTOCOL"
#define IOCTL_MINIPORT_SIGNATURE_SET_PROTOCOL             "SETPROTO"
#define IOCTL_MINIPORT_SIGNATURE_QUERY_TEMPERATURE        "TEMPERAT"
#define IOCTL_MINIPORT_SIGNATURE_SET_TEMPERATURE_THRESHOLD "SETTEMPT"
#define IOCTL_MINIPORT_SIGNATURE_QUERY_PHYSICAL_TOPOLOGY  "TOPOLOGY"
#define IOCTL_MINIPORT_SIGNATURE_ENDURANCE_INFO           "ENDURINF"
#endif

/* ---------------------------------------------------------------------------------------------------
 * NV cache management (IOCTL_SCSI_MINIPORT_NVCACHE).
 * ------------------------------------------------------------------------------------------------- */
#define NRB_FUNCTION_NVCACHE_INFO              0xEC
#define NRB_FUNCTION_SPINDLE_STATUS            0xE5
#define NRB_FUNCTION_NVCACHE_POWER_MODE_SET    0x00
#define NRB_FUNCTION_NVCACHE_POWER_MODE_RETURN 0x01
#define NRB_FUNCTION_FLUSH_NVCACHE             0x14
#define NRB_FUNCTION_QUERY_PINNED_SET          0x12
#define NRB_FUNCTION_QUERY_CACHE_MISS          0x13
#define NRB_FUNCTION_ADD_LBAS_PINNED_SET       0x10
#define NRB_FUNCTION_REMOVE_LBAS_PINNED_SET    0x11
#define NRB_FUNCTION_QUERY_ASCENDER_STATUS     0xD0
#define NRB_FUNCTION_QUERY_HYBRID_DISK_STATUS  0xD1
#define NRB_FUNCTION_PASS_HINT_PAYLOAD         0xE0

#define NRB_SUCCESS               0
#define NRB_ILLEGAL_REQUEST       1
#define NRB_INVALID_PARAMETER     2
#define NRB_INPUT_DATA_OVERRUN    3
#define NRB_INPUT_DATA_UNDERRUN   4
#define NRB_OUTPUT_DATA_OVERRUN   5
#define NRB_OUTPUT_DATA_UNDERRUN  6

typedef struct _NVCACHE_REQUEST_BLOCK {
    ULONG NRBSize;
    USHORT Function;
    ULONG NRBFlags;
    ULONG NRBStatus;
    ULONG Count;
    ULONGLONG LBA;
    ULONG DataBufSize;
    ULONG NVCacheStatus;
    ULONG NVCacheSubStatus;
} NVCACHE_REQUEST_BLOCK, *PNVCACHE_REQUEST_BLOCK;

typedef struct _NV_FEATURE_PARAMETER {
    USHORT NVPowerModeEnabled;
    USHORT NVParameterReserv1;
    USHORT NVCmdEnabled;
    USHORT NVParameterReserv2;
    USHORT NVPowerModeVer;
    USHORT NVCmdVer;
    ULONG NVSize;
    USHORT NVReadSpeed;
    USHORT NVWrtSpeed;
    ULONG DeviceSpinUpTime;
} NV_FEATURE_PARAMETER, *PNV_FEATURE_PARAMETER;

typedef struct _NV_SEP_CACHE_PARAMETER {
    ULONG ParameterSize;
    UCHAR NVCacheType;
    UCHAR Reserved0[3];
    ULONG CacheSize;
} NV_SEP_CACHE_PARAMETER, *PNV_SEP_CACHE_PARAMETER;

/* ---------------------------------------------------------------------------------------------------
 * Hybrid disks (IOCTL_SCSI_MINIPORT_HYBRID).
 * ------------------------------------------------------------------------------------------------- */
#define HYBRID_FUNCTION_GET_INFO                 0x01
#define HYBRID_FUNCTION_DISABLE_CACHING_MEDIUM   0x10
#define HYBRID_FUNCTION_ENABLE_CACHING_MEDIUM    0x11
#define HYBRID_FUNCTION_SET_DIRTY_THRESHOLD      0x12
#define HYBRID_FUNCTION_DEMOTE_BY_SIZE           0x13

#define HYBRID_STATUS_SUCCESS                    0x0
#define HYBRID_STATUS_ILLEGAL_REQUEST            0x1
#define HYBRID_STATUS_INVALID_PARAMETER          0x2
#define HYBRID_STATUS_OUTPUT_BUFFER_TOO_SMALL    0x3
#define HYBRID_STATUS_ENABLE_REFCOUNT_HOLD       0x10

#define HYBRID_REQUEST_BLOCK_STRUCTURE_VERSION   0x1
#define HYBRID_REQUEST_INFO_STRUCTURE_VERSION    0x1

typedef struct _HYBRID_REQUEST_BLOCK {
    ULONG Version;
    ULONG Size;
    ULONG Function;
    ULONG Flags;
    ULONG DataBufferOffset;
    ULONG DataBufferLength;
} HYBRID_REQUEST_BLOCK, *PHYBRID_REQUEST_BLOCK;

typedef enum _NVCACHE_TYPE {
    NvCacheTypeUnknown = 0,
    NvCacheTypeNone = 1,
    NvCacheTypeWriteBack = 2,
    NvCacheTypeWriteThrough = 3
} NVCACHE_TYPE;

typedef enum _NVCACHE_STATUS {
    NvCacheStatusUnknown = 0,
    NvCacheStatusDisabling = 1,
    NvCacheStatusDisabled = 2,
    NvCacheStatusEnabled = 3
} NVCACHE_STATUS;

typedef struct _NVCACHE_PRIORITY_LEVEL_DESCRIPTOR {
    UCHAR PriorityLevel;
    UCHAR Reserved0[3];
    ULONG ConsumedNVMSizeFraction;
    ULONG ConsumedMappingResourcesFraction;
    ULONG ConsumedNVMSizeForDirtyDataFraction;
    ULONG ConsumedMappingResourcesForDirtyDataFraction;
    ULONG Reserved1;
} NVCACHE_PRIORITY_LEVEL_DESCRIPTOR, *PNVCACHE_PRIORITY_LEVEL_DESCRIPTOR;

typedef struct _HYBRID_INFORMATION {
    ULONG Version;
    ULONG Size;
    BOOLEAN HybridSupported;
    NVCACHE_STATUS Status;
    NVCACHE_TYPE CacheTypeEffective;
    NVCACHE_TYPE CacheTypeDefault;
    ULONG FractionBase;
    ULONGLONG CacheSize;
    struct {
        ULONG WriteCacheChangeable : 1;
        ULONG WriteThroughIoSupported : 1;
        ULONG FlushCacheSupported : 1;
        ULONG Removable : 1;
        ULONG ReservedBits : 28;
    } Attributes;
    struct {
        UCHAR PriorityLevelCount;
        BOOLEAN MaxPriorityBehavior;
        UCHAR OptimalWriteGranularity;
        UCHAR Reserved;
        ULONG DirtyThresholdLow;
        ULONG DirtyThresholdHigh;
        struct {
            ULONG CacheDisable : 1;
            ULONG SetDirtyThreshold : 1;
            ULONG PriorityDemoteBySize : 1;
            ULONG PriorityChangeByLbaRange : 1;
            ULONG Evict : 1;
            ULONG ReservedBits : 27;
            ULONG MaxEvictCommands;
            ULONG MaxLbaRangeCountForEvict;
            ULONG MaxLbaRangeCountForChangeLba;
        } SupportedCommands;
        NVCACHE_PRIORITY_LEVEL_DESCRIPTOR Priority[0];
    } Priorities;
} HYBRID_INFORMATION, *PHYBRID_INFORMATION;

typedef struct _HYBRID_DIRTY_THRESHOLDS {
    ULONG Version;
    ULONG Size;
    ULONG DirtyLowThreshold;
    ULONG DirtyHighThreshold;
} HYBRID_DIRTY_THRESHOLDS, *PHYBRID_DIRTY_THRESHOLDS;

typedef struct _HYBRID_DEMOTE_BY_SIZE {
    ULONG Version;
    ULONG Size;
    UCHAR SourcePriority;
    UCHAR TargetPriority;
    USHORT Reserved0;
    ULONG Reserved1;
    ULONGLONG LbaCount;
} HYBRID_DEMOTE_BY_SIZE, *PHYBRID_DEMOTE_BY_SIZE;

/* ---------------------------------------------------------------------------------------------------
 * Firmware update through a miniport (IOCTL_SCSI_MINIPORT_FIRMWARE).
 * ------------------------------------------------------------------------------------------------- */
#define FIRMWARE_FUNCTION_GET_INFO  0x01
#define FIRMWARE_FUNCTION_DOWNLOAD  0x02
#define FIRMWARE_FUNCTION_ACTIVATE  0x03

#define FIRMWARE_REQUEST_FLAG_CONTROLLER                   0x00000001
#define FIRMWARE_REQUEST_FLAG_LAST_SEGMENT                 0x00000002
#define FIRMWARE_REQUEST_FLAG_FIRST_SEGMENT                0x00000004
#define FIRMWARE_REQUEST_FLAG_SWITCH_TO_EXISTING_FIRMWARE  0x80000000

#define FIRMWARE_STATUS_SUCCESS                  0x0
#define FIRMWARE_STATUS_ERROR                    0x1
#define FIRMWARE_STATUS_ILLEGAL_REQUEST          0x2
#define FIRMWARE_STATUS_INVALID_PARAMETER        0x3
#define FIRMWARE_STATUS_INPUT_BUFFER_TOO_BIG     0x4
#define FIRMWARE_STATUS_OUTPUT_BUFFER_TOO_SMALL  0x5
#define FIRMWARE_STATUS_INVALID_SLOT             0x6
#define FIRMWARE_STATUS_INVALID_IMAGE            0x7
#define FIRMWARE_STATUS_CONTROLLER_ERROR         0x10
#define FIRMWARE_STATUS_POWER_CYCLE_REQUIRED     0x20
#define FIRMWARE_STATUS_DEVICE_ERROR             0x40
#define FIRMWARE_STATUS_INTERFACE_CRC_ERROR      0x80
#define FIRMWARE_STATUS_UNCORRECTABLE_DATA_ERROR 0x81
#define FIRMWARE_STATUS_MEDIA_CHANGE             0x82
#define FIRMWARE_STATUS_ID_NOT_FOUND             0x83
#define FIRMWARE_STATUS_MEDIA_CHANGE_REQUEST     0x84
#define FIRMWARE_STATUS_COMMAND_ABORT            0x85
#define FIRMWARE_STATUS_END_OF_MEDIA             0x86
#define FIRMWARE_STATUS_ILLEGAL_LENGTH           0x87

#define FIRMWARE_REQUEST_BLOCK_STRUCTURE_VERSION 0x1

typedef struct _FIRMWARE_REQUEST_BLOCK {
    ULONG Version;
    ULONG Size;
    ULONG Function;
    ULONG Flags;
    ULONG DataBufferOffset;
    ULONG DataBufferLength;
} FIRMWARE_REQUEST_BLOCK, *PFIRMWARE_REQUEST_BLOCK;

#define STORAGE_FIRMWARE_INFO_STRUCTURE_VERSION      0x1
#define STORAGE_FIRMWARE_INFO_STRUCTURE_VERSION_V2   0x2
#define STORAGE_FIRMWARE_INFO_INVALID_SLOT           0xFF
#define STORAGE_FIRMWARE_SLOT_INFO_V2_REVISION_LENGTH 16

typedef struct _STORAGE_FIRMWARE_SLOT_INFO {
    UCHAR SlotNumber;
    BOOLEAN ReadOnly;
    UCHAR Reserved[6];
    union {
        UCHAR Info[8];
        ULONGLONG AsUlonglong;
    } Revision;
} STORAGE_FIRMWARE_SLOT_INFO, *PSTORAGE_FIRMWARE_SLOT_INFO;

typedef struct _STORAGE_FIRMWARE_SLOT_INFO_V2 {
    UCHAR SlotNumber;
    BOOLEAN ReadOnly;
    UCHAR Reserved[6];
    UCHAR Revision[STORAGE_FIRMWARE_SLOT_INFO_V2_REVISION_LENGTH];
} STORAGE_FIRMWARE_SLOT_INFO_V2, *PSTORAGE_FIRMWARE_SLOT_INFO_V2;

typedef struct _STORAGE_FIRMWARE_INFO {
    ULONG Version;
    ULONG Size;
    BOOLEAN UpgradeSupport;
    UCHAR SlotCount;
    UCHAR ActiveSlot;
    UCHAR PendingActivateSlot;
    ULONG Reserved;
    STORAGE_FIRMWARE_SLOT_INFO Slot[0];
} STORAGE_FIRMWARE_INFO, *PSTORAGE_FIRMWARE_INFO;

typedef struct _STORAGE_FIRMWARE_INFO_V2 {
    ULONG Version;
    ULONG Size;
    BOOLEAN UpgradeSupport;
    UCHAR SlotCount;
    UCHAR ActiveSlot;
    UCHAR PendingActivateSlot;
    BOOLEAN FirmwareShared;
    UCHAR Reserved[3];
    ULONG ImagePayloadAlignment;
    ULONG ImagePayloadMaxSize;
    STORAGE_FIRMWARE_SLOT_INFO_V2 Slot[0];
} STORAGE_FIRMWARE_INFO_V2, *PSTORAGE_FIRMWARE_INFO_V2;

#define STORAGE_FIRMWARE_DOWNLOAD_STRUCTURE_VERSION     0x1
#define STORAGE_FIRMWARE_DOWNLOAD_STRUCTURE_VERSION_V2  0x2

typedef struct _STORAGE_FIRMWARE_DOWNLOAD {
    ULONG Version;
    ULONG Size;
    ULONGLONG Offset;
    ULONGLONG BufferSize;
    UCHAR ImageBuffer[0];
} STORAGE_FIRMWARE_DOWNLOAD, *PSTORAGE_FIRMWARE_DOWNLOAD;

typedef struct _STORAGE_FIRMWARE_DOWNLOAD_V2 {
    ULONG Version;
    ULONG Size;
    ULONGLONG Offset;
    ULONGLONG BufferSize;
    UCHAR Slot;
    UCHAR Reserved[3];
    ULONG ImageSize;
    UCHAR ImageBuffer[0];
} STORAGE_FIRMWARE_DOWNLOAD_V2, *PSTORAGE_FIRMWARE_DOWNLOAD_V2;

#define STORAGE_FIRMWARE_ACTIVATE_STRUCTURE_VERSION 0x1

typedef struct _STORAGE_FIRMWARE_ACTIVATE {
    ULONG Version;
    ULONG Size;
    UCHAR SlotToActivate;
    UCHAR Reserved0[3];
} STORAGE_FIRMWARE_ACTIVATE, *PSTORAGE_FIRMWARE_ACTIVATE;

/* ---------------------------------------------------------------------------------------------------
 * Crash dump and hibernation (IOCTL_SCSI_GET_DUMP_POINTERS answered by a miniport).
 * ------------------------------------------------------------------------------------------------- */
#define DUMP_MINIPORT_VERSION_1     0x0100
#define DUMP_MINIPORT_VERSION       0x0200
#define DUMP_MINIPORT_NAME_LENGTH   15

#define DUMP_EX_FLAG_SUPPORT_64BITMEMORY     0x00000001
#define DUMP_EX_FLAG_SUPPORT_DD_TELEMETRY    0x00000002
#define DUMP_EX_FLAG_RESUME_SUPPORT          0x00000004

typedef struct _MINIPORT_DUMP_POINTERS {
    USHORT Version;
    USHORT Size;
    WCHAR DriverName[DUMP_MINIPORT_NAME_LENGTH];
    struct _ADAPTER_OBJECT *AdapterObject;
    PVOID MappedRegisterBase;
    ULONG CommonBufferSize;
    PVOID MiniportPrivateDumpData;
    ULONG SystemIoBusNumber;
    INTERFACE_TYPE AdapterInterfaceType;
    ULONG MaximumTransferLength;
    ULONG NumberOfPhysicalBreaks;
    ULONG AlignmentMask;
    ULONG NumberOfAccessRanges;
#if defined(_NTSTORPORT_)
    ACCESS_RANGE (*AccessRanges)[];
#else
    PVOID AccessRanges;
#endif
    UCHAR NumberOfBuses;
    BOOLEAN Master;
    BOOLEAN MapBuffers;
    UCHAR MaximumNumberOfTargets;
} MINIPORT_DUMP_POINTERS, *PMINIPORT_DUMP_POINTERS;

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_NTDDSCSI_H */
