/*
 * ntddstor.h - drvls WDK supplement: storage IOCTLs and property descriptors.
 *
 * Forwards to mingw-w64's ntddstor.h, then adds the Windows 10 storage interface it lacks: the newer
 * STORAGE_PROPERTY_ID values (as typed constants, since an enumeration cannot be extended), protocol
 * specific data, temperature, physical topology, form factor and health status, medium product type,
 * I/O capability, the hardware firmware IOCTLs and their buffers, failure prediction configuration,
 * the NV cache data set management actions and the version 2 provisioning state. Written from the
 * public ntddstor.h reference; interface only. Skipped in user mode when winioctl.h got there first.
 */
#ifndef DRVLS_WDK_SHIM_NTDDSTOR_H
#define DRVLS_WDK_SHIM_NTDDSTOR_H

/* mingw-w64's STORAGE_MINIPORT_DESCRIPTOR stops at IoTimeoutValue, a name unique in its header: while
 * it is read, that name expands to itself followed by the members Windows 10 adds. */
#define IoTimeoutValue                                  \
    IoTimeoutValue;                                     \
    BOOLEAN ExtraIoInfoSupported;                       \
    union {                                             \
        struct {                                        \
            UCHAR LogicalPoFxForDisk : 1;               \
            UCHAR Reserved : 7;                         \
        };                                              \
        UCHAR AsBYTE;                                   \
    } Flags;                                            \
    UCHAR Reserved0[2];                                 \
    ULONG Reserved1
/* Likewise, its STORAGE_LB_PROVISIONING_MAP_RESOURCES names one scope field by an older name. */
#define MappingResourcesScope AvailableMappingResourcesScope
#include_next <ntddstor.h>
#undef IoTimeoutValue
#undef MappingResourcesScope

#if !defined(_WINIOCTL_)

#ifdef __cplusplus
extern "C" {
#endif

#ifndef ANYSIZE_ARRAY
#define ANYSIZE_ARRAY 1
#endif

/* STORAGE_PROPERTY_ID values after StorageDeviceResiliencyProperty (14). */
#ifndef StorageDeviceMediumProductType
#define StorageDeviceMediumProductType          ((STORAGE_PROPERTY_ID)15)
#define StorageAdapterRpmbProperty              ((STORAGE_PROPERTY_ID)16)
#define StorageAdapterCryptoProperty            ((STORAGE_PROPERTY_ID)17)
#define StorageDeviceIoCapabilityProperty       ((STORAGE_PROPERTY_ID)48)
#define StorageAdapterProtocolSpecificProperty  ((STORAGE_PROPERTY_ID)49)
#define StorageDeviceProtocolSpecificProperty   ((STORAGE_PROPERTY_ID)50)
#define StorageAdapterTemperatureProperty       ((STORAGE_PROPERTY_ID)51)
#define StorageDeviceTemperatureProperty        ((STORAGE_PROPERTY_ID)52)
#define StorageAdapterPhysicalTopologyProperty  ((STORAGE_PROPERTY_ID)53)
#define StorageDevicePhysicalTopologyProperty   ((STORAGE_PROPERTY_ID)54)
#define StorageDeviceAttributesProperty         ((STORAGE_PROPERTY_ID)55)
#define StorageDeviceManagementStatus           ((STORAGE_PROPERTY_ID)56)
#define StorageAdapterSerialNumberProperty      ((STORAGE_PROPERTY_ID)57)
#define StorageDeviceLocationProperty           ((STORAGE_PROPERTY_ID)58)
#define StorageDeviceNumaProperty               ((STORAGE_PROPERTY_ID)59)
#define StorageDeviceZonedDeviceProperty        ((STORAGE_PROPERTY_ID)60)
#define StorageDeviceUnsafeShutdownCount        ((STORAGE_PROPERTY_ID)61)
#define StorageDeviceEnduranceProperty          ((STORAGE_PROPERTY_ID)62)
#endif

/* ---------------------------------------------------------------------------------------------------
 * IOCTLs.
 * ------------------------------------------------------------------------------------------------- */
#ifndef IOCTL_STORAGE_FAILURE_PREDICTION_CONFIG
#define IOCTL_STORAGE_FAILURE_PREDICTION_CONFIG \
    CTL_CODE(IOCTL_STORAGE_BASE, 0x0441, METHOD_BUFFERED, FILE_ANY_ACCESS)
#endif
#ifndef IOCTL_STORAGE_PROTOCOL_COMMAND
#define IOCTL_STORAGE_PROTOCOL_COMMAND \
    CTL_CODE(IOCTL_STORAGE_BASE, 0x04F0, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#ifndef IOCTL_STORAGE_FIRMWARE_GET_INFO
#define IOCTL_STORAGE_FIRMWARE_GET_INFO \
    CTL_CODE(IOCTL_STORAGE_BASE, 0x0700, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_STORAGE_FIRMWARE_DOWNLOAD \
    CTL_CODE(IOCTL_STORAGE_BASE, 0x0701, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_STORAGE_FIRMWARE_ACTIVATE \
    CTL_CODE(IOCTL_STORAGE_BASE, 0x0702, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif

/* ---------------------------------------------------------------------------------------------------
 * Device descriptors added in Windows 10.
 * ------------------------------------------------------------------------------------------------- */
typedef struct _STORAGE_MEDIUM_PRODUCT_TYPE_DESCRIPTOR {
    ULONG Version;
    ULONG Size;
    ULONG MediumProductType;
} STORAGE_MEDIUM_PRODUCT_TYPE_DESCRIPTOR, *PSTORAGE_MEDIUM_PRODUCT_TYPE_DESCRIPTOR;

typedef struct _STORAGE_DEVICE_IO_CAPABILITY_DESCRIPTOR {
    ULONG Version;
    ULONG Size;
    ULONG LunMaxIoCount;
    ULONG AdapterMaxIoCount;
} STORAGE_DEVICE_IO_CAPABILITY_DESCRIPTOR, *PSTORAGE_DEVICE_IO_CAPABILITY_DESCRIPTOR;

/* Protocol specific queries (StorageAdapter/DeviceProtocolSpecificProperty). */
typedef enum _STORAGE_PROTOCOL_TYPE {
    ProtocolTypeUnknown = 0x00,
    ProtocolTypeScsi,
    ProtocolTypeAta,
    ProtocolTypeNvme,
    ProtocolTypeSd,
    ProtocolTypeUfs,
    ProtocolTypeProprietary = 0x7E,
    ProtocolTypeMaxReserved = 0x7F
} STORAGE_PROTOCOL_TYPE, *PSTORAGE_PROTOCOL_TYPE;

typedef enum _STORAGE_PROTOCOL_NVME_DATA_TYPE {
    NVMeDataTypeUnknown = 0,
    NVMeDataTypeIdentify,
    NVMeDataTypeLogPage,
    NVMeDataTypeFeature
} STORAGE_PROTOCOL_NVME_DATA_TYPE, *PSTORAGE_PROTOCOL_NVME_DATA_TYPE;

typedef enum _STORAGE_PROTOCOL_ATA_DATA_TYPE {
    AtaDataTypeUnknown = 0,
    AtaDataTypeIdentify,
    AtaDataTypeLogPage
} STORAGE_PROTOCOL_ATA_DATA_TYPE, *PSTORAGE_PROTOCOL_ATA_DATA_TYPE;

typedef struct _STORAGE_PROTOCOL_SPECIFIC_DATA {
    STORAGE_PROTOCOL_TYPE ProtocolType;
    ULONG DataType;
    ULONG ProtocolDataRequestValue;
    ULONG ProtocolDataRequestSubValue;
    ULONG ProtocolDataOffset;
    ULONG ProtocolDataLength;
    ULONG FixedProtocolReturnData;
    ULONG ProtocolDataRequestSubValue2;
    ULONG ProtocolDataRequestSubValue3;
    ULONG ProtocolDataRequestSubValue4;
} STORAGE_PROTOCOL_SPECIFIC_DATA, *PSTORAGE_PROTOCOL_SPECIFIC_DATA;

typedef struct _STORAGE_PROTOCOL_DATA_DESCRIPTOR {
    ULONG Version;
    ULONG Size;
    STORAGE_PROTOCOL_SPECIFIC_DATA ProtocolSpecificData;
} STORAGE_PROTOCOL_DATA_DESCRIPTOR, *PSTORAGE_PROTOCOL_DATA_DESCRIPTOR;

/* Temperature (StorageAdapter/DeviceTemperatureProperty). */
#define STORAGE_TEMPERATURE_VALUE_NOT_REPORTED 0x8000

typedef struct _STORAGE_TEMPERATURE_INFO {
    USHORT Index;
    SHORT Temperature;
    SHORT OverThreshold;
    SHORT UnderThreshold;
    BOOLEAN OverThresholdChangable;
    BOOLEAN UnderThresholdChangable;
    BOOLEAN EventGenerated;
    UCHAR Reserved0;
    ULONG Reserved1;
} STORAGE_TEMPERATURE_INFO, *PSTORAGE_TEMPERATURE_INFO;

typedef struct _STORAGE_TEMPERATURE_DATA_DESCRIPTOR {
    ULONG Version;
    ULONG Size;
    SHORT CriticalTemperature;
    SHORT WarningTemperature;
    USHORT InfoCount;
    UCHAR Reserved0[2];
    ULONG Reserved1[2];
    STORAGE_TEMPERATURE_INFO TemperatureInfo[ANYSIZE_ARRAY];
} STORAGE_TEMPERATURE_DATA_DESCRIPTOR, *PSTORAGE_TEMPERATURE_DATA_DESCRIPTOR;

#define STORAGE_TEMPERATURE_THRESHOLD_FLAG_ADAPTER_REQUEST 0x0001

typedef struct _STORAGE_TEMPERATURE_THRESHOLD {
    ULONG Version;
    ULONG Size;
    USHORT Flags;
    USHORT Index;
    SHORT Threshold;
    BOOLEAN OverThreshold;
    UCHAR Reserved;
} STORAGE_TEMPERATURE_THRESHOLD, *PSTORAGE_TEMPERATURE_THRESHOLD;

/* Physical topology (StorageAdapter/DevicePhysicalTopologyProperty). */
typedef enum _STORAGE_DEVICE_FORM_FACTOR {
    FormFactorUnknown = 0,
    FormFactor3_5,
    FormFactor2_5,
    FormFactor1_8,
    FormFactor1_8Less,
    FormFactorEmbedded,
    FormFactorMemoryCard,
    FormFactormSata,
    FormFactorM_2,
    FormFactorPCIeBoard,
    FormFactorDimm
} STORAGE_DEVICE_FORM_FACTOR, *PSTORAGE_DEVICE_FORM_FACTOR;

typedef enum _STORAGE_COMPONENT_HEALTH_STATUS {
    HealthStatusUnknown = 0,
    HealthStatusNormal,
    HealthStatusThrottled,
    HealthStatusWarning,
    HealthStatusDisabled,
    HealthStatusFailed
} STORAGE_COMPONENT_HEALTH_STATUS, *PSTORAGE_COMPONENT_HEALTH_STATUS;

typedef union _STORAGE_SPEC_VERSION {
    struct {
        union {
            struct {
                UCHAR SubMinor;
                UCHAR Minor;
            };
            USHORT AsUshort;
        } MinorVersion;
        USHORT MajorVersion;
    };
    ULONG AsUlong;
} STORAGE_SPEC_VERSION, *PSTORAGE_SPEC_VERSION;

#define STORAGE_COMPONENT_ROLE_CACHE    0x00000001
#define STORAGE_COMPONENT_ROLE_TIERING  0x00000002
#define STORAGE_COMPONENT_ROLE_DATA     0x00000004

typedef struct _STORAGE_PHYSICAL_DEVICE_DATA {
    ULONG DeviceId;
    ULONG Role;
    STORAGE_COMPONENT_HEALTH_STATUS HealthStatus;
    STORAGE_PROTOCOL_TYPE CommandProtocol;
    STORAGE_SPEC_VERSION SpecVersion;
    STORAGE_DEVICE_FORM_FACTOR FormFactor;
    UCHAR Vendor[8];
    UCHAR Model[40];
    UCHAR FirmwareRevision[16];
    ULONGLONG Capacity;
    UCHAR PhysicalLocation[32];
    ULONG Reserved[2];
} STORAGE_PHYSICAL_DEVICE_DATA, *PSTORAGE_PHYSICAL_DEVICE_DATA;

typedef struct _STORAGE_PHYSICAL_ADAPTER_DATA {
    ULONG AdapterId;
    STORAGE_COMPONENT_HEALTH_STATUS HealthStatus;
    STORAGE_PROTOCOL_TYPE CommandProtocol;
    STORAGE_SPEC_VERSION SpecVersion;
    UCHAR Vendor[8];
    UCHAR Model[40];
    UCHAR FirmwareRevision[16];
    UCHAR PhysicalLocation[32];
    BOOLEAN ExpanderConnected;
    UCHAR Reserved0[3];
    ULONG Reserved1[3];
} STORAGE_PHYSICAL_ADAPTER_DATA, *PSTORAGE_PHYSICAL_ADAPTER_DATA;

typedef struct _STORAGE_PHYSICAL_NODE_DATA {
    ULONG NodeId;
    ULONG AdapterCount;
    ULONG AdapterDataLength;
    ULONG AdapterDataOffset;
    ULONG DeviceCount;
    ULONG DeviceDataLength;
    ULONG DeviceDataOffset;
    ULONG Reserved[3];
} STORAGE_PHYSICAL_NODE_DATA, *PSTORAGE_PHYSICAL_NODE_DATA;

typedef struct _STORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR {
    ULONG Version;
    ULONG Size;
    ULONG NodeCount;
    ULONG Reserved;
    STORAGE_PHYSICAL_NODE_DATA Node[ANYSIZE_ARRAY];
} STORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR, *PSTORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR;

/* ---------------------------------------------------------------------------------------------------
 * Hardware firmware IOCTLs (IOCTL_STORAGE_FIRMWARE_*).
 * ------------------------------------------------------------------------------------------------- */
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_CONTROLLER                    0x00000001
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_LAST_SEGMENT                  0x00000002
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_FIRST_SEGMENT                 0x00000004
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_SWITCH_TO_EXISTING_FIRMWARE   0x80000000

#define STORAGE_HW_FIRMWARE_INVALID_SLOT     0xFF
#define STORAGE_HW_FIRMWARE_REVISION_LENGTH  16

typedef struct _STORAGE_HW_FIRMWARE_INFO_QUERY {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    ULONG Reserved;
} STORAGE_HW_FIRMWARE_INFO_QUERY, *PSTORAGE_HW_FIRMWARE_INFO_QUERY;

typedef struct _STORAGE_HW_FIRMWARE_SLOT_INFO {
    ULONG Version;
    ULONG Size;
    UCHAR SlotNumber;
    UCHAR ReadOnly : 1;
    UCHAR Reserved0 : 7;
    UCHAR Reserved1[6];
    UCHAR Revision[STORAGE_HW_FIRMWARE_REVISION_LENGTH];
} STORAGE_HW_FIRMWARE_SLOT_INFO, *PSTORAGE_HW_FIRMWARE_SLOT_INFO;

typedef struct _STORAGE_HW_FIRMWARE_INFO {
    ULONG Version;
    ULONG Size;
    UCHAR SupportUpgrade : 1;
    UCHAR Reserved0 : 7;
    UCHAR SlotCount;
    UCHAR ActiveSlot;
    UCHAR PendingActivateSlot;
    BOOLEAN FirmwareShared;
    UCHAR Reserved[3];
    ULONG ImagePayloadAlignment;
    ULONG ImagePayloadMaxSize;
    STORAGE_HW_FIRMWARE_SLOT_INFO Slot[ANYSIZE_ARRAY];
} STORAGE_HW_FIRMWARE_INFO, *PSTORAGE_HW_FIRMWARE_INFO;

typedef struct _STORAGE_HW_FIRMWARE_DOWNLOAD {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    UCHAR Slot;
    UCHAR Reserved[3];
    ULONGLONG Offset;
    ULONGLONG BufferSize;
    UCHAR ImageBuffer[ANYSIZE_ARRAY];
} STORAGE_HW_FIRMWARE_DOWNLOAD, *PSTORAGE_HW_FIRMWARE_DOWNLOAD;

typedef struct _STORAGE_HW_FIRMWARE_DOWNLOAD_V2 {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    UCHAR Slot;
    UCHAR Reserved[3];
    ULONGLONG Offset;
    ULONGLONG BufferSize;
    ULONG ImageSize;
    ULONG Reserved2;
    UCHAR ImageBuffer[ANYSIZE_ARRAY];
} STORAGE_HW_FIRMWARE_DOWNLOAD_V2, *PSTORAGE_HW_FIRMWARE_DOWNLOAD_V2;

typedef struct _STORAGE_HW_FIRMWARE_ACTIVATE {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    UCHAR Slot;
    UCHAR Reserved0[3];
} STORAGE_HW_FIRMWARE_ACTIVATE, *PSTORAGE_HW_FIRMWARE_ACTIVATE;

/* IOCTL_STORAGE_FAILURE_PREDICTION_CONFIG. */
#define STORAGE_FAILURE_PREDICTION_CONFIG_V1 1

typedef struct _STORAGE_FAILURE_PREDICTION_CONFIG {
    ULONG Version;
    ULONG Size;
    BOOLEAN Set;
    BOOLEAN Enabled;
    USHORT Reserved;
} STORAGE_FAILURE_PREDICTION_CONFIG, *PSTORAGE_FAILURE_PREDICTION_CONFIG;

/* ---------------------------------------------------------------------------------------------------
 * Data set management additions.
 * ------------------------------------------------------------------------------------------------- */
#ifndef DeviceDsmAction_NvCache_Change_Priority
#define DeviceDsmAction_NvCache_Change_Priority (0x0000000Cu | DeviceDsmActionFlag_NonDestructive)
#define DeviceDsmAction_NvCache_Evict           (0x0000000Du | DeviceDsmActionFlag_NonDestructive)
#endif

typedef struct _DEVICE_DSM_NVCACHE_CHANGE_PRIORITY_PARAMETERS {
    ULONG Size;
    UCHAR TargetPriority;
    UCHAR Reserved[3];
} DEVICE_DSM_NVCACHE_CHANGE_PRIORITY_PARAMETERS, *PDEVICE_DSM_NVCACHE_CHANGE_PRIORITY_PARAMETERS;

typedef struct _DEVICE_DATA_SET_LB_PROVISIONING_STATE_V2 {
    ULONG Size;
    ULONG Version;
    ULONGLONG SlabSizeInBytes;
    ULONGLONG SlabOffsetDeltaInBytes;
    ULONG SlabAllocationBitMapBitCount;
    ULONG SlabAllocationBitMapLength;
    ULONG SlabAllocationBitMap[ANYSIZE_ARRAY];
} DEVICE_DATA_SET_LB_PROVISIONING_STATE_V2, *PDEVICE_DATA_SET_LB_PROVISIONING_STATE_V2;

#ifndef DEVICE_DATA_SET_LB_PROVISIONING_STATE_VERSION_V1
#define DEVICE_DATA_SET_LB_PROVISIONING_STATE_VERSION_V1 (sizeof(DEVICE_DATA_SET_LB_PROVISIONING_STATE))
#define DEVICE_DATA_SET_LB_PROVISIONING_STATE_VERSION_V2 (sizeof(DEVICE_DATA_SET_LB_PROVISIONING_STATE_V2))
#endif

typedef struct _DEVICE_DATA_SET_LBP_STATE_PARAMETERS {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    ULONG OutputVersion;
} DEVICE_DATA_SET_LBP_STATE_PARAMETERS, *PDEVICE_DATA_SET_LBP_STATE_PARAMETERS;

#define DEVICE_DATA_SET_LBP_STATE_PARAMETERS_VERSION_V1 1

#ifndef DEVICE_LB_PROVISIONING_DESCRIPTOR_V1_SIZE
#define DEVICE_LB_PROVISIONING_DESCRIPTOR_V1_SIZE \
    (FIELD_OFFSET(DEVICE_LB_PROVISIONING_DESCRIPTOR, UnmapGranularityAlignment) + sizeof(ULONGLONG))
#endif

#ifdef __cplusplus
}
#endif

#endif /* !_WINIOCTL_ */

#endif /* DRVLS_WDK_SHIM_NTDDSTOR_H */
