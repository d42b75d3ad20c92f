/*
 * storport.h - drvls WDK supplement: the Storport miniport interface.
 *
 * Replaces mingw-w64's storport.h, which covers only the first Storport release (and redeclares
 * SCSI_WMI_REQUEST_BLOCK). A Storport miniport includes miniport.h and storport.h, not wdm.h; this
 * header works either way: without wdm.h it takes the basic types from miniport.h and declares the few
 * kernel names a miniport uses (KIRQL, NT_ASSERT, ...), guarded.
 *
 * Declares: status codes (STOR_STATUS_*), the port configuration and HW_INITIALIZATION_DATA, the
 * miniport role types (HW_FIND_ADAPTER, HW_STARTIO, HW_BUILDIO, HW_INTERRUPT, HW_ADAPTER_CONTROL,
 * HW_UNIT_CONTROL, HW_TIMER_EX, HW_DPC_ROUTINE, ...), adapter and unit control types and their power
 * parameter blocks, runtime power (STOR_POFX_*), spin locks, DPCs, timers, work items, ETW events and
 * the StorPort* library routines that drivers commonly call. SRB definitions come from srb.h and SCSI
 * definitions from scsi.h, both included here. Written from the public Storport reference.
 */
#ifndef DRVLS_WDK_SHIM_STORPORT_H
#define DRVLS_WDK_SHIM_STORPORT_H
#define _NTSTORPORT_
#define __STORPORT_H

#if !defined(_WDMDDK_)
#include <miniport.h>
#endif
#include <srb.h>
#include <scsi.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef STORPORTAPI
#define STORPORTAPI
#endif

/* ---------------------------------------------------------------------------------------------------
 * Kernel names a miniport uses without wdm.h.
 * ------------------------------------------------------------------------------------------------- */
#if !defined(_WDMDDK_)
typedef UCHAR KIRQL, *PKIRQL;
#ifndef NT_ASSERT
#define NT_ASSERT(exp) ((void)0)
#endif
typedef enum _MEMORY_CACHING_TYPE {
    MmNotMapped = -1,
    MmNonCached = 0,
    MmCached = 1,
    MmWriteCombined = 2,
    MmHardwareCoherentCached,
    MmNonCachedUnordered,
    MmUSWCCached,
    MmMaximumCacheType
} MEMORY_CACHING_TYPE;
#ifndef MM_ANY_NODE_OK
#define MM_ANY_NODE_OK 0x80000000
#endif
#ifndef NT_VERIFY
#define NT_VERIFY(exp) (exp)
#endif
#ifndef ASSERT
#define ASSERT(exp) ((void)0)
#endif
#ifndef NT_ANALYSIS_ASSUME
#define NT_ANALYSIS_ASSUME(exp) ((void)0)
#endif
#ifndef NT_ASSERTMSG
#define NT_ASSERTMSG(msg, exp) ((void)0)
#endif
#endif

#if !defined(_WDMDDK_)
typedef CHAR *PZZSTR;
typedef const CHAR *PCZZSTR;
#endif

/* PCI configuration space, which a miniport reads with StorPortGetBusData; wdm.h declares it for
 * drivers that include it. Type 0 (device) header in full, the bridge headers as their raw size. */
#if !defined(_WDMDDK_) && !defined(PCI_TYPE0_ADDRESSES)
#define PCI_TYPE0_ADDRESSES 6
#define PCI_TYPE1_ADDRESSES 2
#define PCI_TYPE2_ADDRESSES 5
typedef struct _PCI_COMMON_CONFIG {
    USHORT VendorID;
    USHORT DeviceID;
    USHORT Command;
    USHORT Status;
    UCHAR RevisionID;
    UCHAR ProgIf;
    UCHAR SubClass;
    UCHAR BaseClass;
    UCHAR CacheLineSize;
    UCHAR LatencyTimer;
    UCHAR HeaderType;
    UCHAR BIST;
    union {
        struct _PCI_HEADER_TYPE_0 {
            ULONG BaseAddresses[PCI_TYPE0_ADDRESSES];
            ULONG CIS;
            USHORT SubVendorID;
            USHORT SubSystemID;
            ULONG ROMBaseAddress;
            UCHAR CapabilitiesPtr;
            UCHAR Reserved1[3];
            ULONG Reserved2;
            UCHAR InterruptLine;
            UCHAR InterruptPin;
            UCHAR MinimumGrant;
            UCHAR MaximumLatency;
        } type0;
        ULONG RawHeader[12];
    } u;
    UCHAR DeviceSpecific[192];
} PCI_COMMON_CONFIG, *PPCI_COMMON_CONFIG;
#define PCI_COMMON_HDR_LENGTH (FIELD_OFFSET(PCI_COMMON_CONFIG, DeviceSpecific))
#define PCI_INVALID_VENDORID  0xFFFF
#define PCI_MULTIFUNCTION     0x80
#define PCI_DEVICE_TYPE       0x00
#define PCI_BRIDGE_TYPE       0x01
#define PCI_CARDBUS_BRIDGE_TYPE 0x02
#endif

/* A storport miniport's DriverEntry role: it receives the driver object and registry path as PVOIDs. */
typedef ULONG sp_DRIVER_INITIALIZE(_In_ PVOID DriverObject, _In_ PVOID RegistryPath);

/* ---------------------------------------------------------------------------------------------------
 * Status codes returned by StorPort* routines.
 * ------------------------------------------------------------------------------------------------- */
#define STOR_STATUS_SUCCESS                 (0x00000000L)
#define STOR_STATUS_UNSUCCESSFUL            (0xC1000001L)
#define STOR_STATUS_NOT_IMPLEMENTED         (0xC1000002L)
#define STOR_STATUS_INSUFFICIENT_RESOURCES  (0xC1000003L)
#define STOR_STATUS_BUFFER_TOO_SMALL        (0xC1000004L)
#define STOR_STATUS_ACCESS_DENIED           (0xC1000005L)
#define STOR_STATUS_INVALID_PARAMETER       (0xC1000006L)
#define STOR_STATUS_INVALID_DEVICE_REQUEST  (0xC1000007L)
#define STOR_STATUS_INVALID_IRQL            (0xC1000008L)
#define STOR_STATUS_INVALID_DEVICE_STATE    (0xC1000009L)
#define STOR_STATUS_INVALID_BUFFER_SIZE     (0xC100000AL)
#define STOR_STATUS_UNSUPPORTED_VERSION     (0xC100000BL)
#define STOR_STATUS_BUSY                    (0xC100000CL)

/* HwFindAdapter return values */
#define SP_RETURN_NOT_FOUND     0
#define SP_RETURN_FOUND         1
#define SP_RETURN_ERROR         2
#define SP_RETURN_BAD_CONFIG    3

/* Bus and device types used by StorPortGetBusData */
#define STOR_MAP_NO_BUFFERS              (0)
#define STOR_MAP_ALL_BUFFERS             (1)
#define STOR_MAP_NON_READ_WRITE_BUFFERS  (2)
#define STOR_MAP_ALL_BUFFERS_INCLUDING_READ_WRITE (3)

/* HW_INITIALIZATION_DATA.FeatureSupport and PORT_CONFIGURATION_INFORMATION.FeatureSupport */
#define STOR_FEATURE_VIRTUAL_MINIPORT                     0x00000001
#define STOR_FEATURE_ATA_PASS_THROUGH                     0x00000002
#define STOR_FEATURE_FULL_PNP_DEVICE_CAPABILITIES         0x00000004
#define STOR_FEATURE_DUMP_POINTERS                        0x00000008
#define STOR_FEATURE_DEVICE_NAME_NO_SUFFIX                0x00000010
#define STOR_FEATURE_DUMP_RESUME_CAPABLE                  0x00000020
#define STOR_FEATURE_DEVICE_DESCRIPTOR_FROM_ATA_INFO_VPD  0x00000040
#define STOR_FEATURE_ADAPTER_CONTROL_PRE_FINDADAPTER      0x00000080
#define STOR_FEATURE_ADAPTER_NOT_REQUIRE_IO_PORT          0x00000100
#define STOR_FEATURE_DUMP_16_BYTE_ALIGNMENT               0x00000200
#define STOR_FEATURE_SET_ADAPTER_INTERFACE_TYPE           0x00000400
#define STOR_FEATURE_DUMP_INFO                            0x00000800
#define STOR_FEATURE_DMA_ALLOCATION_NUMA_NODE             0x00001000
#define STOR_FEATURE_SUPPORTS_NVME_ADAPTER                0x00002000
#define STOR_FEATURE_REPORT_INTERNAL_DATA                 0x00004000
#define STOR_FEATURE_EARLY_DUMP                           0x00008000
#define STOR_FEATURE_NVME_ICE                             0x00010000
#define STOR_FEATURE_EXTRA_IO_INFORMATION                 0x00020000

/* PORT_CONFIGURATION_INFORMATION adapter features (reported through StorPortSetAdapterFeatures) */
#define STOR_ADAPTER_FEATURE_DEVICE_TELEMETRY             0x00000001
#define STOR_ADAPTER_FEATURE_STOP_UNIT_DURING_POWER_DOWN  0x00000002
#define STOR_ADAPTER_UNCACHED_EXTENSION_NUMA_NODE_PREFERRED 0x00000004
#define STOR_ADAPTER_DMA_V3_PREFERRED                     0x00000008
#define STOR_ADAPTER_FEATURE_ABORT_COMMAND                0x00000010
#define STOR_ADAPTER_FEATURE_RICH_TEMPERATURE_THRESHOLD   0x00000020
#define STOR_ADAPTER_DMA_ADDRESS_WIDTH_SPECIFIED          0x00000040
#define STOR_ADAPTER_FEATURE_DEVICE_POWER_MANAGEMENT      0x00000080

/* ---------------------------------------------------------------------------------------------------
 * Port configuration and registration.
 * ------------------------------------------------------------------------------------------------- */
typedef PHYSICAL_ADDRESS STOR_PHYSICAL_ADDRESS, *PSTOR_PHYSICAL_ADDRESS;

typedef struct _ACCESS_RANGE {
    SCSI_PHYSICAL_ADDRESS RangeStart;
    ULONG RangeLength;
    BOOLEAN RangeInMemory;
} ACCESS_RANGE, *PACCESS_RANGE;

typedef struct _MEMORY_REGION {
    PUCHAR VirtualBase;
    PHYSICAL_ADDRESS PhysicalBase;
    ULONG Length;
} MEMORY_REGION, *PMEMORY_REGION;

typedef enum _STOR_SYNCHRONIZATION_MODEL {
    StorSynchronizeHalfDuplex,
    StorSynchronizeFullDuplex
} STOR_SYNCHRONIZATION_MODEL;

typedef enum _INTERRUPT_SYNCHRONIZATION_MODE {
    InterruptSupportNone,
    InterruptSynchronizeAll,
    InterruptSynchronizePerMessage
} INTERRUPT_SYNCHRONIZATION_MODE;

typedef BOOLEAN HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE(_In_ PVOID HwDeviceExtension, _In_ ULONG MessageId);
typedef HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE *PHW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE;

#define DUMP_MODE_CRASH       0x01
#define DUMP_MODE_HIBER       0x02
#define DUMP_MODE_MARK_MEMORY 0x03
#define DUMP_MODE_RESUME      0x04

typedef struct _PORT_CONFIGURATION_INFORMATION {
    ULONG Length;
    ULONG SystemIoBusNumber;
    INTERFACE_TYPE AdapterInterfaceType;
    ULONG BusInterruptLevel;
    ULONG BusInterruptVector;
    KINTERRUPT_MODE InterruptMode;
    ULONG MaximumTransferLength;
    ULONG NumberOfPhysicalBreaks;
    ULONG DmaChannel;
    ULONG DmaPort;
    DMA_WIDTH DmaWidth;
    DMA_SPEED DmaSpeed;
    ULONG AlignmentMask;
    ULONG NumberOfAccessRanges;
    ACCESS_RANGE (*AccessRanges)[];
    PVOID MiniportDumpData;
    UCHAR NumberOfBuses;
    CCHAR InitiatorBusId[8];
    BOOLEAN ScatterGather;
    BOOLEAN Master;
    BOOLEAN CachesData;
    BOOLEAN AdapterScansDown;
    BOOLEAN AtdiskPrimaryClaimed;
    BOOLEAN AtdiskSecondaryClaimed;
    BOOLEAN Dma32BitAddresses;
    BOOLEAN DemandMode;
    UCHAR MapBuffers;
    BOOLEAN NeedPhysicalAddresses;
    BOOLEAN TaggedQueuing;
    BOOLEAN AutoRequestSense;
    BOOLEAN MultipleRequestPerLu;
    BOOLEAN ReceiveEvent;
    BOOLEAN RealModeInitialized;
    BOOLEAN BufferAccessScsiPortControlled;
    UCHAR MaximumNumberOfTargets;
    UCHAR SrbType;
    UCHAR ReservedUchars[2];
    ULONG SlotNumber;
    ULONG BusInterruptLevel2;
    ULONG BusInterruptVector2;
    KINTERRUPT_MODE InterruptMode2;
    ULONG DmaChannel2;
    ULONG DmaPort2;
    DMA_WIDTH DmaWidth2;
    DMA_SPEED DmaSpeed2;
    ULONG DeviceExtensionSize;
    ULONG SpecificLuExtensionSize;
    ULONG SrbExtensionSize;
    UCHAR Dma64BitAddresses;
    BOOLEAN ResetTargetSupported;
    UCHAR MaximumNumberOfLogicalUnits;
    BOOLEAN WmiDataProvider;
    STOR_SYNCHRONIZATION_MODEL SynchronizationModel;
    PHW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE HwMSInterruptRoutine;
    INTERRUPT_SYNCHRONIZATION_MODE InterruptSynchronizationMode;
    MEMORY_REGION DumpRegion;
    ULONG RequestedDumpBufferSize;
    BOOLEAN VirtualDevice;
    UCHAR DumpMode;
    UCHAR DmaAddressWidth;
    ULONG ExtendedFlags1;
    ULONG MaxNumberOfIO;
    ULONG MaxIOsPerLun;
    ULONG InitialLunQueueDepth;
    ULONG BusResetHoldTime;
    ULONG FeatureSupport;
} PORT_CONFIGURATION_INFORMATION, *PPORT_CONFIGURATION_INFORMATION;

#define CONFIG_INFO_VERSION_2 sizeof(PORT_CONFIGURATION_INFORMATION)

typedef enum _SCSI_ADAPTER_CONTROL_TYPE {
    ScsiQuerySupportedControlTypes = 0,
    ScsiStopAdapter,
    ScsiRestartAdapter,
    ScsiSetBootConfig,
    ScsiSetRunningConfig,
    ScsiPowerSettingNotification,
    ScsiAdapterPower,
    ScsiAdapterPoFxPowerRequired,
    ScsiAdapterPoFxPowerActive,
    ScsiAdapterPoFxPowerSetFState,
    ScsiAdapterPoFxPowerControl,
    ScsiAdapterPrepareForBusReScan,
    ScsiAdapterSystemPowerHints,
    ScsiAdapterFilterResourceRequirements,
    ScsiAdapterPoFxMaxOperationalPower,
    ScsiAdapterPoFxSetPerfState,
    ScsiAdapterSurpriseRemoval,
    ScsiAdapterSerialNumber,
    ScsiAdapterCryptoOperation,
    ScsiAdapterQueryFruId,
    ScsiAdapterSetEventLogging,
    ScsiAdapterControlMax,
    MakeAdapterControlTypeSizeOfUlong = 0xffffffff
} SCSI_ADAPTER_CONTROL_TYPE, *PSCSI_ADAPTER_CONTROL_TYPE;

typedef enum _SCSI_ADAPTER_CONTROL_STATUS {
    ScsiAdapterControlSuccess = 0,
    ScsiAdapterControlUnsuccessful
} SCSI_ADAPTER_CONTROL_STATUS, *PSCSI_ADAPTER_CONTROL_STATUS;

typedef struct _SCSI_SUPPORTED_CONTROL_TYPE_LIST {
    ULONG MaxControlType;
    BOOLEAN SupportedTypeList[0];
} SCSI_SUPPORTED_CONTROL_TYPE_LIST, *PSCSI_SUPPORTED_CONTROL_TYPE_LIST;

typedef enum _SCSI_UNIT_CONTROL_TYPE {
    ScsiQuerySupportedUnitControlTypes = 0,
    ScsiUnitUsage,
    ScsiUnitStart,
    ScsiUnitPower,
    ScsiUnitPoFxPowerInfo,
    ScsiUnitPoFxPowerRequired,
    ScsiUnitPoFxPowerActive,
    ScsiUnitPoFxPowerSetFState,
    ScsiUnitPoFxPowerControl,
    ScsiUnitRemove,
    ScsiUnitSurpriseRemoval,
    ScsiUnitRichDescription,
    ScsiUnitQueryBusType,
    ScsiUnitQueryFruId,
    ScsiUnitControlMax,
    MakeUnitControlTypeSizeOfUlong = 0xffffffff
} SCSI_UNIT_CONTROL_TYPE, *PSCSI_UNIT_CONTROL_TYPE;

typedef enum _SCSI_UNIT_CONTROL_STATUS {
    ScsiUnitControlSuccess = 0,
    ScsiUnitControlUnsuccessful
} SCSI_UNIT_CONTROL_STATUS, *PSCSI_UNIT_CONTROL_STATUS;

typedef struct _SCSI_SUPPORTED_UNIT_CONTROL_TYPE_LIST {
    ULONG MaxControlType;
    BOOLEAN SupportedTypeList[0];
} SCSI_SUPPORTED_UNIT_CONTROL_TYPE_LIST, *PSCSI_SUPPORTED_UNIT_CONTROL_TYPE_LIST;

/* Miniport roles */
typedef BOOLEAN HW_INITIALIZE(_In_ PVOID DeviceExtension);
typedef HW_INITIALIZE *PHW_INITIALIZE;
typedef BOOLEAN HW_BUILDIO(_In_ PVOID DeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb);
typedef HW_BUILDIO *PHW_BUILDIO;
typedef BOOLEAN HW_STARTIO(_In_ PVOID DeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb);
typedef HW_STARTIO *PHW_STARTIO;
typedef BOOLEAN HW_INTERRUPT(_In_ PVOID DeviceExtension);
typedef HW_INTERRUPT *PHW_INTERRUPT;
typedef VOID HW_TIMER(_In_ PVOID DeviceExtension);
typedef HW_TIMER *PHW_TIMER;
typedef VOID HW_TIMER_EX(_In_ PVOID DeviceExtension, _In_opt_ PVOID Context);
typedef HW_TIMER_EX *PHW_TIMER_EX;
typedef VOID HW_DMA_STARTED(_In_ PVOID DeviceExtension);
typedef HW_DMA_STARTED *PHW_DMA_STARTED;
typedef ULONG HW_FIND_ADAPTER(_In_ PVOID DeviceExtension, _In_ PVOID HwContext, _In_ PVOID BusInformation,
                              _In_z_ PCHAR ArgumentString, _Inout_ PPORT_CONFIGURATION_INFORMATION ConfigInfo,
                              _In_ PBOOLEAN Reserved3);
typedef HW_FIND_ADAPTER *PHW_FIND_ADAPTER;
typedef BOOLEAN HW_RESET_BUS(_In_ PVOID DeviceExtension, _In_ ULONG PathId);
typedef HW_RESET_BUS *PHW_RESET_BUS;
typedef BOOLEAN HW_ADAPTER_STATE(_In_ PVOID DeviceExtension, _In_ PVOID Context, _In_ BOOLEAN SaveState);
typedef HW_ADAPTER_STATE *PHW_ADAPTER_STATE;
typedef SCSI_ADAPTER_CONTROL_STATUS HW_ADAPTER_CONTROL(_In_ PVOID DeviceExtension,
                                                       _In_ SCSI_ADAPTER_CONTROL_TYPE ControlType,
                                                       _In_ PVOID Parameters);
typedef HW_ADAPTER_CONTROL *PHW_ADAPTER_CONTROL;
typedef SCSI_UNIT_CONTROL_STATUS HW_UNIT_CONTROL(_In_ PVOID DeviceExtension, _In_ SCSI_UNIT_CONTROL_TYPE ControlType,
                                                 _In_ PVOID Parameters);
typedef HW_UNIT_CONTROL *PHW_UNIT_CONTROL;
typedef BOOLEAN HW_PASSIVE_INITIALIZE_ROUTINE(_In_ PVOID DeviceExtension);
typedef HW_PASSIVE_INITIALIZE_ROUTINE *PHW_PASSIVE_INITIALIZE_ROUTINE;
typedef VOID HW_FREE_ADAPTER_RESOURCES(_In_ PVOID DeviceExtension);
typedef HW_FREE_ADAPTER_RESOURCES *PHW_FREE_ADAPTER_RESOURCES;
typedef VOID HW_PROCESS_SERVICE_REQUEST(_In_ PVOID DeviceExtension, _In_ PVOID Irp);
typedef HW_PROCESS_SERVICE_REQUEST *PHW_PROCESS_SERVICE_REQUEST;
typedef VOID HW_COMPLETE_SERVICE_IRP(_In_ PVOID DeviceExtension);
typedef HW_COMPLETE_SERVICE_IRP *PHW_COMPLETE_SERVICE_IRP;
typedef VOID HW_INITIALIZE_TRACING(_In_ PVOID Arg1, _In_ PVOID Arg2);
typedef HW_INITIALIZE_TRACING *PHW_INITIALIZE_TRACING;
typedef VOID HW_CLEANUP_TRACING(_In_ PVOID Arg1);
typedef HW_CLEANUP_TRACING *PHW_CLEANUP_TRACING;
typedef VOID HW_TRACING_ENABLED(_In_ PVOID HwDeviceExtension, _In_ BOOLEAN Enabled);
typedef HW_TRACING_ENABLED *PHW_TRACING_ENABLED;
typedef VOID HW_WORKITEM(_In_ PVOID HwDeviceExtension, _In_opt_ PVOID Context, _In_ PVOID Worker);
typedef HW_WORKITEM *PHW_WORKITEM;
typedef VOID HW_STATE_CHANGE(_In_ PVOID HwDeviceExtension, _In_opt_ PVOID Context, _In_ SHORT AddressType,
                             _In_ PVOID Address, _In_ ULONG Status);
typedef HW_STATE_CHANGE *PHW_STATE_CHANGE;

typedef struct _HW_INITIALIZATION_DATA {
    ULONG HwInitializationDataSize;
    INTERFACE_TYPE AdapterInterfaceType;
    PHW_INITIALIZE HwInitialize;
    PHW_STARTIO HwStartIo;
    PHW_INTERRUPT HwInterrupt;
    PHW_FIND_ADAPTER HwFindAdapter;
    PHW_RESET_BUS HwResetBus;
    PHW_DMA_STARTED HwDmaStarted;
    PHW_ADAPTER_STATE HwAdapterState;
    ULONG DeviceExtensionSize;
    ULONG SpecificLuExtensionSize;
    ULONG SrbExtensionSize;
    ULONG NumberOfAccessRanges;
    PVOID Reserved;
    UCHAR MapBuffers;
    BOOLEAN NeedPhysicalAddresses;
    BOOLEAN TaggedQueuing;
    BOOLEAN AutoRequestSense;
    BOOLEAN MultipleRequestPerLu;
    BOOLEAN ReceiveEvent;
    USHORT VendorIdLength;
    PVOID VendorId;
    union {
        USHORT ReservedUshort;
        USHORT PortVersionFlags;
    };
    USHORT DeviceIdLength;
    PVOID DeviceId;
    PHW_ADAPTER_CONTROL HwAdapterControl;
    PHW_BUILDIO HwBuildIo;
    PHW_FREE_ADAPTER_RESOURCES HwFreeAdapterResources;
    PHW_PROCESS_SERVICE_REQUEST HwProcessServiceRequest;
    PHW_COMPLETE_SERVICE_IRP HwCompleteServiceIrp;
    PHW_INITIALIZE_TRACING HwInitializeTracing;
    PHW_CLEANUP_TRACING HwCleanupTracing;
    PHW_TRACING_ENABLED HwTracingEnabled;
    ULONG FeatureSupport;
    ULONG SrbTypeFlags;
    ULONG AddressTypeFlags;
    ULONG Reserved1;
    PHW_UNIT_CONTROL HwUnitControl;
} HW_INITIALIZATION_DATA, *PHW_INITIALIZATION_DATA;

typedef enum _SCSI_NOTIFICATION_TYPE {
    RequestComplete,
    NextRequest,
    NextLuRequest,
    ResetDetected,
    _obsolete1,
    _obsolete2,
    RequestTimerCall,
    BusChangeDetected,
    WMIEvent,
    WMIReregister,
    LinkUp,
    LinkDown,
    QueryTickCount,
    BufferOverrunDetected,
    TraceNotification,
    GetExtendedFunctionTable,
    EnablePassiveInitialization = 0x1000,
    InitializeDpc,
    IssueDpc,
    AcquireSpinLock,
    ReleaseSpinLock,
    IoTargetRequestServiceTime = 0x2000,
    IoTargetRequestServiceTimeQueryOutstanding,
    CleanupAfterCrashDump = 0x3000
} SCSI_NOTIFICATION_TYPE, *PSCSI_NOTIFICATION_TYPE;

/* ---------------------------------------------------------------------------------------------------
 * Scatter/gather, locks, DPCs.
 * ------------------------------------------------------------------------------------------------- */
typedef struct _STOR_SCATTER_GATHER_ELEMENT {
    STOR_PHYSICAL_ADDRESS PhysicalAddress;
    ULONG Length;
    ULONG_PTR Reserved;
} STOR_SCATTER_GATHER_ELEMENT, *PSTOR_SCATTER_GATHER_ELEMENT;

typedef struct _STOR_SCATTER_GATHER_LIST {
    ULONG NumberOfElements;
    ULONG_PTR Reserved;
    STOR_SCATTER_GATHER_ELEMENT List[];
} STOR_SCATTER_GATHER_LIST, *PSTOR_SCATTER_GATHER_LIST;

typedef enum _STOR_SPINLOCK {
    DpcLock = 1,
    StartIoLock,
    InterruptLock,
    ThreadedDpcLock,
    DpcLevelLock
} STOR_SPINLOCK;

typedef struct _STOR_LOCK_HANDLE {
    STOR_SPINLOCK Lock;
    struct {
        struct {
            PVOID Next;
            PVOID Lock;
        } LockQueue;
        KIRQL OldIrql;
    } Context;
} STOR_LOCK_HANDLE, *PSTOR_LOCK_HANDLE;

typedef struct _STOR_DPC {
    UCHAR Dpc[64];
    ULONG_PTR Lock;
} STOR_DPC, *PSTOR_DPC;

typedef VOID HW_DPC_ROUTINE(_In_ PSTOR_DPC Dpc, _In_ PVOID HwDeviceExtension, _In_opt_ PVOID SystemArgument1,
                            _In_opt_ PVOID SystemArgument2);
typedef HW_DPC_ROUTINE *PHW_DPC_ROUTINE;

typedef BOOLEAN STOR_SYNCHRONIZED_ACCESS(_In_ PVOID HwDeviceExtension, _In_opt_ PVOID Context);
typedef STOR_SYNCHRONIZED_ACCESS *PSTOR_SYNCHRONIZED_ACCESS;

typedef struct _MESSAGE_INTERRUPT_INFORMATION {
    ULONG MessageId;
    ULONG MessageData;
    STOR_PHYSICAL_ADDRESS MessageAddress;
    ULONG InterruptVector;
    ULONG InterruptLevel;
    KINTERRUPT_MODE InterruptMode;
} MESSAGE_INTERRUPT_INFORMATION, *PMESSAGE_INTERRUPT_INFORMATION;

/* ---------------------------------------------------------------------------------------------------
 * Performance options, unit attributes, request information.
 * ------------------------------------------------------------------------------------------------- */
#define STOR_PERF_DPC_REDIRECTION                0x00000001
#define STOR_PERF_CONCURRENT_CHANNELS            0x00000002
#define STOR_PERF_INTERRUPT_MESSAGE_RANGES       0x00000004
#define STOR_PERF_ADV_CONFIG_LOCALITY            0x00000008
#define STOR_PERF_OPTIMIZE_FOR_COMPLETION_DURING_STARTIO 0x00000010
#define STOR_PERF_DPC_REDIRECTION_CURRENT_CPU    0x00000020
#define STOR_PERF_NO_SGL                         0x00000040
#define STOR_PERF_VERSION                        0x00000005

typedef struct _PERF_CONFIGURATION_DATA {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    ULONG ConcurrentChannels;
    ULONG FirstRedirectionMessageNumber;
    ULONG LastRedirectionMessageNumber;
    ULONG DeviceNode;
    ULONG Reserved;
    PGROUP_AFFINITY MessageTargets;
} PERF_CONFIGURATION_DATA, *PPERF_CONFIGURATION_DATA;

typedef struct _STOR_UNIT_ATTRIBUTES {
    ULONG DeviceAttentionSupported : 1;
    ULONG AsyncNotificationSupported : 1;
    ULONG D3ColdNotSupported : 1;
    ULONG Reserved : 29;
} STOR_UNIT_ATTRIBUTES, *PSTOR_UNIT_ATTRIBUTES;

typedef struct _STOR_REQUEST_INFO {
    USHORT Version;
    USHORT Size;
    UCHAR PriorityHint;
    UCHAR Reserved[3];
    ULONG Flags;
    ULONG Key;
    ULONG Length;
    BOOLEAN IsWriteRequest;
    UCHAR Reserved1[7];
} STOR_REQUEST_INFO, *PSTOR_REQUEST_INFO;

/* Registry value types for StorPortRegistryRead/Write */
#define MINIPORT_REG_SZ        1
#define MINIPORT_REG_BINARY    3
#define MINIPORT_REG_DWORD     4
#define MINIPORT_REG_MULTI_SZ  7

/* StorPortStateChangeDetected */
#define STATE_CHANGE_LUN       0x1
#define STATE_CHANGE_TARGET    0x2
#define STATE_CHANGE_BUS       0x4

/* StorPortMarkDeviceFailed */
#define STOR_DEVICE_FAILURE_FLAG_UNKNOWN        0x00000000
#define STOR_DEVICE_FAILURE_FLAG_MEDIA_FAILURE  0x00000001

/* ---------------------------------------------------------------------------------------------------
 * Power: adapter and unit control parameter blocks, runtime power framework.
 * ------------------------------------------------------------------------------------------------- */
typedef struct _STOR_POWER_CONTROL_HEADER {
    ULONG Version;
    ULONG Size;
    STOR_ADDRESS_ALIGN STOR_ADDRESS *Address;
} STOR_POWER_CONTROL_HEADER, *PSTOR_POWER_CONTROL_HEADER;

typedef struct _STOR_ADAPTER_CONTROL_POWER {
    STOR_POWER_CONTROL_HEADER Header;
    STOR_POWER_ACTION PowerAction;
    STOR_DEVICE_POWER_STATE PowerState;
} STOR_ADAPTER_CONTROL_POWER, *PSTOR_ADAPTER_CONTROL_POWER;

typedef struct _STOR_UNIT_CONTROL_POWER {
    PSTOR_ADDRESS Address;
    STOR_POWER_ACTION PowerAction;
    STOR_DEVICE_POWER_STATE PowerState;
} STOR_UNIT_CONTROL_POWER, *PSTOR_UNIT_CONTROL_POWER;

typedef enum _RAID_SYSTEM_POWER {
    RaidSystemPowerUnknown = 0,
    RaidSystemPowerLowest,
    RaidSystemPowerLow,
    RaidSystemPowerMedium,
    RaidSystemPowerHigh
} RAID_SYSTEM_POWER, *PRAID_SYSTEM_POWER;

extern const GUID STORPORT_POFX_ADAPTER_GUID;
extern const GUID STORPORT_POFX_LUN_GUID;

typedef struct _STOR_SYSTEM_POWER_HINTS {
    ULONG Version;
    ULONG Size;
    ULONG SystemPower;
    ULONG ResumeLatencyMSec;
} STOR_SYSTEM_POWER_HINTS, *PSTOR_SYSTEM_POWER_HINTS;

typedef struct _STOR_POWER_SETTING_INFO {
    GUID PowerSettingGuid;
    PVOID Value;
    ULONG ValueLength;
} STOR_POWER_SETTING_INFO, *PSTOR_POWER_SETTING_INFO;

#define STOR_POFX_UNKNOWN_POWER  0xFFFFFFFF
#define STOR_POFX_UNKNOWN_TIME   0xFFFFFFFFFFFFFFFFULL

typedef struct _STOR_POFX_COMPONENT_IDLE_STATE {
    ULONG Version;
    ULONG Size;
    ULONGLONG TransitionLatency;
    ULONGLONG ResidencyRequirement;
    ULONG NominalPower;
} STOR_POFX_COMPONENT_IDLE_STATE, *PSTOR_POFX_COMPONENT_IDLE_STATE;
#define STOR_POFX_COMPONENT_IDLE_STATE_VERSION_V1 1
#define STOR_POFX_COMPONENT_IDLE_STATE_SIZE ALIGN_UP(sizeof(STOR_POFX_COMPONENT_IDLE_STATE), PVOID)

#ifndef ALIGN_DOWN_BY
#define ALIGN_DOWN_BY(length, alignment) ((ULONG_PTR)(length) & ~((ULONG_PTR)(alignment) - 1))
#endif
#ifndef ALIGN_UP_BY
#define ALIGN_UP_BY(length, alignment) (ALIGN_DOWN_BY(((ULONG_PTR)(length) + (alignment) - 1), alignment))
#endif
#ifndef ALIGN_UP
#define ALIGN_UP(length, type) ALIGN_UP_BY(length, sizeof(type))
#endif

typedef struct _STOR_POFX_COMPONENT {
    ULONG Version;
    ULONG Size;
    ULONG FStateCount;
    ULONG DeepestWakeableFState;
    GUID Id;
    STOR_POFX_COMPONENT_IDLE_STATE FStates[ANYSIZE_ARRAY];
} STOR_POFX_COMPONENT, *PSTOR_POFX_COMPONENT;
#define STOR_POFX_COMPONENT_VERSION_V1 1
#define STOR_POFX_COMPONENT_SIZE ALIGN_UP(sizeof(STOR_POFX_COMPONENT), PVOID)

typedef struct _STOR_POFX_COMPONENT_V2 {
    ULONG Version;
    ULONG Size;
    ULONG FStateCount;
    ULONG DeepestWakeableFState;
    GUID Id;
    ULONG DeepestAdapterPowerRequiredFState;
    ULONG DeepestCrashDumpReadyFState;
    STOR_POFX_COMPONENT_IDLE_STATE FStates[ANYSIZE_ARRAY];
} STOR_POFX_COMPONENT_V2, *PSTOR_POFX_COMPONENT_V2;
#define STOR_POFX_COMPONENT_VERSION_V2 2
#define STOR_POFX_COMPONENT_V2_SIZE ALIGN_UP(sizeof(STOR_POFX_COMPONENT_V2), PVOID)

#define STOR_POFX_DEVICE_FLAG_NO_D0                   0x01
#define STOR_POFX_DEVICE_FLAG_NO_D3                   0x02
#define STOR_POFX_DEVICE_FLAG_ENABLE_D3_COLD          0x04
#define STOR_POFX_DEVICE_FLAG_NO_DUMP_ACTIVE          0x08
#define STOR_POFX_DEVICE_FLAG_IDLE_TIMEOUT            0x10
#define STOR_POFX_DEVICE_FLAG_ADAPTIVE_D3_IDLE_TIMEOUT 0x20
#define STOR_POFX_DEVICE_FLAG_NO_UNIT_REGISTRATION    0x40
#define STOR_POFX_DEVICE_FLAG_PERF_STATE              0x80
#define STOR_POFX_DEVICE_FLAG_PERF_STATE_PEP_OPTIONAL 0x100
#define STOR_POFX_DEVICE_FLAG_NO_IDLE_DEBOUNCE        0x200
#define STOR_POFX_DEVICE_FLAG_ADAPTER_D3_WAKE         0x400
#define STOR_POFX_DEVICE_FLAG_DUMP_ALWAYS_POWER_ON    0x800

typedef struct _STOR_POFX_DEVICE {
    ULONG Version;
    ULONG Size;
    ULONG ComponentCount;
    ULONG Flags;
    STOR_POFX_COMPONENT Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE, *PSTOR_POFX_DEVICE;
#define STOR_POFX_DEVICE_VERSION_V1 1
#define STOR_POFX_DEVICE_SIZE ALIGN_UP(sizeof(STOR_POFX_DEVICE), PVOID)

typedef struct _STOR_POFX_DEVICE_V2 {
    ULONG Version;
    ULONG Size;
    ULONG ComponentCount;
    ULONG Flags;
    union {
        struct {
            ULONG D3ColdSupported : 1;
            ULONG Reserved : 31;
        };
        ULONG AsUlong;
    } UnitMinIdleTimeoutInMS;
    ULONG UnitIdleTimeoutInMS;
    STOR_POFX_COMPONENT_V2 Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE_V2, *PSTOR_POFX_DEVICE_V2;
#define STOR_POFX_DEVICE_VERSION_V2 2
#define STOR_POFX_DEVICE_V2_SIZE ALIGN_UP(sizeof(STOR_POFX_DEVICE_V2), PVOID)

typedef struct _STOR_POFX_DEVICE_V3 {
    ULONG Version;
    ULONG Size;
    ULONG ComponentCount;
    ULONG Flags;
    ULONG UnitMinIdleTimeoutInMS;
    ULONG AdapterIdleTimeoutInMS;
    ULONG MinimumPowerCyclePeriodInMS;
    ULONG Reserved;
    STOR_POFX_COMPONENT_V2 Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE_V3, *PSTOR_POFX_DEVICE_V3;
#define STOR_POFX_DEVICE_VERSION_V3 3
#define STOR_POFX_DEVICE_V3_SIZE ALIGN_UP(sizeof(STOR_POFX_DEVICE_V3), PVOID)

typedef struct _STOR_POFX_UNIT_POWER_INFO {
    STOR_POWER_CONTROL_HEADER Header;
    BOOLEAN IdlePowerEnabled;
} STOR_POFX_UNIT_POWER_INFO, *PSTOR_POFX_UNIT_POWER_INFO;

typedef struct _STOR_POFX_ACTIVE_CONTEXT {
    STOR_POWER_CONTROL_HEADER Header;
    ULONG ComponentIndex;
    BOOLEAN Active;
} STOR_POFX_ACTIVE_CONTEXT, *PSTOR_POFX_ACTIVE_CONTEXT;

typedef struct _STOR_POFX_FSTATE_CONTEXT {
    STOR_POWER_CONTROL_HEADER Header;
    ULONG ComponentIndex;
    ULONG FState;
} STOR_POFX_FSTATE_CONTEXT, *PSTOR_POFX_FSTATE_CONTEXT;

typedef struct _STOR_POFX_POWER_REQUIRED_CONTEXT {
    STOR_POWER_CONTROL_HEADER Header;
    BOOLEAN PowerRequired;
} STOR_POFX_POWER_REQUIRED_CONTEXT, *PSTOR_POFX_POWER_REQUIRED_CONTEXT;

/* ---------------------------------------------------------------------------------------------------
 * ETW events logged through Storport.
 * ------------------------------------------------------------------------------------------------- */
#define STORPORT_ETW_EVENT_KEYWORD_IO           0x01
#define STORPORT_ETW_EVENT_KEYWORD_PERFORMANCE  0x02
#define STORPORT_ETW_EVENT_KEYWORD_POWER        0x04
#define STORPORT_ETW_EVENT_KEYWORD_ENUMERATION  0x08
#define STORPORT_ETW_EVENT_KEYWORD_COMMAND_TRACE 0x10

typedef enum _STORPORT_ETW_LEVEL {
    StorportEtwLevelLogAlways = 0,
    StorportEtwLevelCritical = 1,
    StorportEtwLevelError = 2,
    StorportEtwLevelWarning = 3,
    StorportEtwLevelInformational = 4,
    StorportEtwLevelVerbose = 5,
    StorportEtwLevelMax = StorportEtwLevelVerbose
} STORPORT_ETW_LEVEL, *PSTORPORT_ETW_LEVEL;

typedef enum _STORPORT_ETW_EVENT_OPCODE {
    StorportEtwEventOpcodeInfo = 0,
    StorportEtwEventOpcodeStart = 1,
    StorportEtwEventOpcodeStop = 2,
    StorportEtwEventOpcodeDC_Start = 3,
    StorportEtwEventOpcodeDC_Stop = 4,
    StorportEtwEventOpcodeExtension = 5,
    StorportEtwEventOpcodeReply = 6,
    StorportEtwEventOpcodeResume = 7,
    StorportEtwEventOpcodeSuspend = 8,
    StorportEtwEventOpcodeSend = 9,
    StorportEtwEventOpcodeReceive = 240
} STORPORT_ETW_EVENT_OPCODE, *PSTORPORT_ETW_EVENT_OPCODE;

typedef enum _STORPORT_ETW_EVENT_CHANNEL {
    StorportEtwEventDiagnostic = 0,
    StorportEtwEventOperational = 1,
    StorportEtwEventHealth = 2
} STORPORT_ETW_EVENT_CHANNEL, *PSTORPORT_ETW_EVENT_CHANNEL;

#define STORPORT_ETW_MAX_DESCRIPTION_LENGTH 32
#define STORPORT_ETW_MAX_PARAM_NAME_LENGTH  32

/* ---------------------------------------------------------------------------------------------------
 * Library routines.
 * ------------------------------------------------------------------------------------------------- */
STORPORTAPI ULONG StorPortInitialize(_In_ PVOID Argument1, _In_ PVOID Argument2,
                                     _In_ PHW_INITIALIZATION_DATA HwInitializationData, _In_opt_ PVOID HwContext);
STORPORTAPI VOID StorPortFreeDeviceBase(_In_ PVOID HwDeviceExtension, _In_ PVOID MappedAddress);
STORPORTAPI ULONG StorPortGetBusData(_In_ PVOID DeviceExtension, _In_ ULONG BusDataType,
                                     _In_ ULONG SystemIoBusNumber, _In_ ULONG SlotNumber, _Out_ PVOID Buffer,
                                     _In_ ULONG Length);
STORPORTAPI ULONG StorPortSetBusDataByOffset(_In_ PVOID DeviceExtension, _In_ ULONG BusDataType,
                                             _In_ ULONG SystemIoBusNumber, _In_ ULONG SlotNumber,
                                             _In_ PVOID Buffer, _In_ ULONG Offset, _In_ ULONG Length);
STORPORTAPI PVOID StorPortGetDeviceBase(_In_ PVOID HwDeviceExtension, _In_ INTERFACE_TYPE BusType,
                                        _In_ ULONG SystemIoBusNumber, _In_ STOR_PHYSICAL_ADDRESS IoAddress,
                                        _In_ ULONG NumberOfBytes, _In_ BOOLEAN InIoSpace);
STORPORTAPI PVOID StorPortGetLogicalUnit(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId, _In_ UCHAR TargetId,
                                         _In_ UCHAR Lun);
STORPORTAPI STOR_PHYSICAL_ADDRESS StorPortGetPhysicalAddress(_In_ PVOID HwDeviceExtension,
                                                             _In_opt_ PSCSI_REQUEST_BLOCK Srb,
                                                             _In_ PVOID VirtualAddress, _Out_ ULONG *Length);
STORPORTAPI PVOID StorPortGetVirtualAddress(_In_ PVOID HwDeviceExtension,
                                            _In_ STOR_PHYSICAL_ADDRESS PhysicalAddress);
STORPORTAPI PVOID StorPortGetUncachedExtension(_In_ PVOID HwDeviceExtension,
                                               _In_ PPORT_CONFIGURATION_INFORMATION ConfigInfo,
                                               _In_ ULONG NumberOfBytes);
STORPORTAPI VOID StorPortNotification(_In_ SCSI_NOTIFICATION_TYPE NotificationType, _In_ PVOID HwDeviceExtension,
                                      ...);
STORPORTAPI VOID StorPortLogError(_In_ PVOID HwDeviceExtension, _In_opt_ PSCSI_REQUEST_BLOCK Srb,
                                  _In_ UCHAR PathId, _In_ UCHAR TargetId, _In_ UCHAR Lun, _In_ ULONG ErrorCode,
                                  _In_ ULONG UniqueId);
STORPORTAPI VOID StorPortCompleteRequest(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId, _In_ UCHAR TargetId,
                                         _In_ UCHAR Lun, _In_ UCHAR SrbStatus);
STORPORTAPI VOID StorPortMoveMemory(_Out_ PVOID WriteBuffer, _In_ PVOID ReadBuffer, _In_ ULONG Length);
STORPORTAPI VOID StorPortStallExecution(_In_ ULONG Delay);
STORPORTAPI STOR_PHYSICAL_ADDRESS StorPortConvertUlong64ToPhysicalAddress(_In_ ULONG64 UlongAddress);
STORPORTAPI ULONG64 StorPortConvertPhysicalAddressToUlong64(_In_ STOR_PHYSICAL_ADDRESS Address);
STORPORTAPI ULONG StorPortConvertPhysicalAddressToUlong(_In_ STOR_PHYSICAL_ADDRESS Address);
STORPORTAPI STOR_PHYSICAL_ADDRESS StorPortConvertUlongToPhysicalAddress(_In_ ULONG_PTR UlongAddress);
STORPORTAPI BOOLEAN StorPortValidateRange(_In_ PVOID HwDeviceExtension, _In_ INTERFACE_TYPE BusType,
                                          _In_ ULONG SystemIoBusNumber, _In_ STOR_PHYSICAL_ADDRESS IoAddress,
                                          _In_ ULONG NumberOfBytes, _In_ BOOLEAN InIoSpace);
STORPORTAPI VOID StorPortDebugPrint(_In_ ULONG DebugPrintLevel, _In_ PCCHAR DebugMessage, ...);
STORPORTAPI VOID StorPortQuerySystemTime(_Out_ PLARGE_INTEGER CurrentTime);

STORPORTAPI UCHAR StorPortReadPortUchar(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Port);
STORPORTAPI USHORT StorPortReadPortUshort(_In_ PVOID HwDeviceExtension, _In_ PUSHORT Port);
STORPORTAPI ULONG StorPortReadPortUlong(_In_ PVOID HwDeviceExtension, _In_ PULONG Port);
STORPORTAPI VOID StorPortReadPortBufferUchar(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Port, _In_ PUCHAR Buffer,
                                             _In_ ULONG Count);
STORPORTAPI VOID StorPortReadPortBufferUshort(_In_ PVOID HwDeviceExtension, _In_ PUSHORT Port,
                                              _In_ PUSHORT Buffer, _In_ ULONG Count);
STORPORTAPI VOID StorPortReadPortBufferUlong(_In_ PVOID HwDeviceExtension, _In_ PULONG Port, _In_ PULONG Buffer,
                                             _In_ ULONG Count);
STORPORTAPI UCHAR StorPortReadRegisterUchar(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Register);
STORPORTAPI USHORT StorPortReadRegisterUshort(_In_ PVOID HwDeviceExtension, _In_ PUSHORT Register);
STORPORTAPI ULONG StorPortReadRegisterUlong(_In_ PVOID HwDeviceExtension, _In_ PULONG Register);
STORPORTAPI ULONG64 StorPortReadRegisterUlong64(_In_ PVOID HwDeviceExtension, _In_ PULONG64 Register);
STORPORTAPI VOID StorPortReadRegisterBufferUchar(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Register,
                                                 _In_ PUCHAR Buffer, _In_ ULONG Count);
STORPORTAPI VOID StorPortReadRegisterBufferUshort(_In_ PVOID HwDeviceExtension, _In_ PUSHORT Register,
                                                  _In_ PUSHORT Buffer, _In_ ULONG Count);
STORPORTAPI VOID StorPortReadRegisterBufferUlong(_In_ PVOID HwDeviceExtension, _In_ PULONG Register,
                                                 _In_ PULONG Buffer, _In_ ULONG Count);
STORPORTAPI VOID StorPortWritePortUchar(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Port, _In_ UCHAR Value);
STORPORTAPI VOID StorPortWritePortUshort(_In_ PVOID HwDeviceExtension, _In_ PUSHORT Port, _In_ USHORT Value);
STORPORTAPI VOID StorPortWritePortUlong(_In_ PVOID HwDeviceExtension, _In_ PULONG Port, _In_ ULONG Value);
STORPORTAPI VOID StorPortWritePortBufferUchar(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Port, _In_ PUCHAR Buffer,
                                              _In_ ULONG Count);
STORPORTAPI VOID StorPortWritePortBufferUshort(_In_ PVOID HwDeviceExtension, _In_ PUSHORT Port,
                                               _In_ PUSHORT Buffer, _In_ ULONG Count);
STORPORTAPI VOID StorPortWritePortBufferUlong(_In_ PVOID HwDeviceExtension, _In_ PULONG Port, _In_ PULONG Buffer,
                                              _In_ ULONG Count);
STORPORTAPI VOID StorPortWriteRegisterUchar(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Register, _In_ UCHAR Value);
STORPORTAPI VOID StorPortWriteRegisterUshort(_In_ PVOID HwDeviceExtension, _In_ PUSHORT Register,
                                             _In_ USHORT Value);
STORPORTAPI VOID StorPortWriteRegisterUlong(_In_ PVOID HwDeviceExtension, _In_ PULONG Register, _In_ ULONG Value);
STORPORTAPI VOID StorPortWriteRegisterUlong64(_In_ PVOID HwDeviceExtension, _In_ PULONG64 Register,
                                              _In_ ULONG64 Value);
STORPORTAPI VOID StorPortWriteRegisterBufferUchar(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Register,
                                                  _In_ PUCHAR Buffer, _In_ ULONG Count);
STORPORTAPI VOID StorPortWriteRegisterBufferUshort(_In_ PVOID HwDeviceExtension, _In_ PUSHORT Register,
                                                   _In_ PUSHORT Buffer, _In_ ULONG Count);
STORPORTAPI VOID StorPortWriteRegisterBufferUlong(_In_ PVOID HwDeviceExtension, _In_ PULONG Register,
                                                  _In_ PULONG Buffer, _In_ ULONG Count);

STORPORTAPI BOOLEAN StorPortPauseDevice(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId, _In_ UCHAR TargetId,
                                        _In_ UCHAR Lun, _In_ ULONG TimeOut);
STORPORTAPI BOOLEAN StorPortResumeDevice(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId, _In_ UCHAR TargetId,
                                         _In_ UCHAR Lun);
STORPORTAPI BOOLEAN StorPortPause(_In_ PVOID HwDeviceExtension, _In_ ULONG TimeOut);
STORPORTAPI BOOLEAN StorPortResume(_In_ PVOID HwDeviceExtension);
STORPORTAPI BOOLEAN StorPortDeviceBusy(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId, _In_ UCHAR TargetId,
                                       _In_ UCHAR Lun, _In_ ULONG RequestsToComplete);
STORPORTAPI BOOLEAN StorPortDeviceReady(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId, _In_ UCHAR TargetId,
                                        _In_ UCHAR Lun);
STORPORTAPI BOOLEAN StorPortBusy(_In_ PVOID HwDeviceExtension, _In_ ULONG RequestsToComplete);
STORPORTAPI BOOLEAN StorPortReady(_In_ PVOID HwDeviceExtension);
STORPORTAPI BOOLEAN StorPortSetDeviceQueueDepth(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId,
                                                _In_ UCHAR TargetId, _In_ UCHAR Lun, _In_ ULONG Depth);
STORPORTAPI PSTOR_SCATTER_GATHER_LIST StorPortGetScatterGatherList(_In_ PVOID DeviceExtension,
                                                                   _In_ PSCSI_REQUEST_BLOCK Srb);
STORPORTAPI VOID StorPortSynchronizeAccess(_In_ PVOID HwDeviceExtension,
                                           _In_ PSTOR_SYNCHRONIZED_ACCESS SynchronizedAccessRoutine,
                                           _In_opt_ PVOID Context);
STORPORTAPI BOOLEAN StorPortEnablePassiveInitialization(_In_ PVOID DeviceExtension,
                                                        _In_ PHW_PASSIVE_INITIALIZE_ROUTINE HwPassiveInitializeRoutine);
STORPORTAPI VOID StorPortInitializeDpc(_In_ PVOID DeviceExtension, _Out_ PSTOR_DPC Dpc,
                                       _In_ PHW_DPC_ROUTINE HwDpcRoutine);
STORPORTAPI BOOLEAN StorPortIssueDpc(_In_ PVOID DeviceExtension, _In_ PSTOR_DPC Dpc,
                                     _In_opt_ PVOID SystemArgument1, _In_opt_ PVOID SystemArgument2);
STORPORTAPI VOID StorPortAcquireSpinLock(_In_ PVOID DeviceExtension, _In_ STOR_SPINLOCK SpinLock,
                                         _In_opt_ PVOID LockContext, _Out_ PSTOR_LOCK_HANDLE LockHandle);
STORPORTAPI VOID StorPortReleaseSpinLock(_In_ PVOID DeviceExtension, _Inout_ PSTOR_LOCK_HANDLE LockHandle);

/* Routines reached through StorPortExtendedFunction in the WDK; declared directly here. */
STORPORTAPI ULONG StorPortAllocatePool(_In_ PVOID HwDeviceExtension, _In_ ULONG NumberOfBytes, _In_ ULONG Tag,
                                       _Out_ PVOID *BufferPointer);
STORPORTAPI ULONG StorPortFreePool(_In_ PVOID HwDeviceExtension, _In_ PVOID BufferPointer);
STORPORTAPI ULONG StorPortAllocateContiguousMemorySpecifyCacheNode(
    _In_ PVOID HwDeviceExtension, _In_ SIZE_T NumberOfBytes, _In_ PHYSICAL_ADDRESS LowestAcceptableAddress,
    _In_ PHYSICAL_ADDRESS HighestAcceptableAddress, _In_opt_ PHYSICAL_ADDRESS BoundaryAddressMultiple,
    _In_ ULONG CacheType, _In_ ULONG PreferredNode, _Out_ PVOID *BufferPointer);
STORPORTAPI ULONG StorPortFreeContiguousMemorySpecifyCache(_In_ PVOID HwDeviceExtension, _In_ PVOID BaseAddress,
                                                           _In_ SIZE_T NumberOfBytes, _In_ ULONG CacheType);
STORPORTAPI ULONG StorPortAllocateDmaMemory(_In_ PVOID HwDeviceExtension, _In_ SIZE_T NumberOfBytes,
                                            _In_ PHYSICAL_ADDRESS LowestAcceptableAddress,
                                            _In_ PHYSICAL_ADDRESS HighestAcceptableAddress,
                                            _In_opt_ PHYSICAL_ADDRESS BoundaryAddressMultiple,
                                            _In_ ULONG CacheType, _In_ ULONG PreferredNode,
                                            _Out_ PVOID *BufferPointer, _Out_ PPHYSICAL_ADDRESS PhysicalAddress);
STORPORTAPI ULONG StorPortFreeDmaMemory(_In_ PVOID HwDeviceExtension, _In_ PVOID BaseAddress,
                                        _In_ SIZE_T NumberOfBytes, _In_ ULONG CacheType,
                                        _In_opt_ PHYSICAL_ADDRESS PhysicalAddress);
STORPORTAPI ULONG StorPortInitializeTimer(_In_ PVOID HwDeviceExtension, _Out_ PVOID *TimerHandle);
STORPORTAPI ULONG StorPortRequestTimer(_In_ PVOID HwDeviceExtension, _In_ PVOID TimerHandle,
                                       _In_ PHW_TIMER_EX TimerCallback, _In_opt_ PVOID CallbackContext,
                                       _In_ ULONGLONG TimerValue, _In_ ULONGLONG TolerableDelay);
STORPORTAPI ULONG StorPortFreeTimer(_In_ PVOID HwDeviceExtension, _In_ PVOID TimerHandle);
STORPORTAPI ULONG StorPortInitializeWorker(_In_ PVOID HwDeviceExtension, _Out_ PVOID *Worker);
STORPORTAPI ULONG StorPortQueueWorkItem(_In_ PVOID HwDeviceExtension, _In_ PHW_WORKITEM WorkItemCallback,
                                        _In_ PVOID Worker, _In_opt_ PVOID Context);
STORPORTAPI ULONG StorPortFreeWorker(_In_ PVOID HwDeviceExtension, _In_ PVOID Worker);
STORPORTAPI ULONG StorPortGetMSIInfo(_In_ PVOID HwDeviceExtension, _In_ ULONG MessageId,
                                     _Out_ PMESSAGE_INTERRUPT_INFORMATION InterruptInfo);
STORPORTAPI ULONG StorPortAcquireMSISpinLock(_In_ PVOID HwDeviceExtension, _In_ ULONG MessageId,
                                             _Out_ PULONG OldIrql);
STORPORTAPI ULONG StorPortReleaseMSISpinLock(_In_ PVOID HwDeviceExtension, _In_ ULONG MessageId,
                                             _In_ ULONG OldIrql);
STORPORTAPI ULONG StorPortInitializePerfOpts(_In_ PVOID HwDeviceExtension, _In_ BOOLEAN Query,
                                             _Inout_ PPERF_CONFIGURATION_DATA PerfConfigData);
STORPORTAPI ULONG StorPortGetSystemAddress(_In_ PVOID HwDeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb,
                                           _Out_ PVOID *SystemAddress);
STORPORTAPI ULONG StorPortGetRequestInfo(_In_ PVOID HwDeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb,
                                         _Out_ PSTOR_REQUEST_INFO RequestInfo);
STORPORTAPI ULONG StorPortGetOriginalMdl(_In_ PVOID HwDeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb,
                                         _Out_ PVOID *Mdl);
STORPORTAPI ULONG StorPortQueryPerformanceCounter(_In_ PVOID HwDeviceExtension,
                                                  _Out_opt_ PLARGE_INTEGER PerformanceFrequency,
                                                  _Out_ PLARGE_INTEGER PerformanceCounter);
STORPORTAPI ULONG StorPortGetSystemPortNumber(_In_ PVOID HwDeviceExtension, _Inout_ PSTOR_ADDRESS Address);
STORPORTAPI ULONG StorPortSetUnitAttributes(_In_ PVOID HwDeviceExtension, _In_ PSTOR_ADDRESS Address,
                                            _In_ STOR_UNIT_ATTRIBUTES Attributes);
STORPORTAPI ULONG StorPortInvokeAcpiMethod(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
                                           _In_ ULONG MethodName, _In_opt_ PVOID InputBuffer,
                                           _In_ ULONG InputBufferLength, _Out_opt_ PVOID OutputBuffer,
                                           _In_ ULONG OutputBufferLength, _Out_opt_ PULONG BytesReturned);
STORPORTAPI ULONG StorPortInitializePoFxPower(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
                                              _In_ PSTOR_POFX_DEVICE Device, _Inout_ PBOOLEAN D3ColdEnabled);
STORPORTAPI ULONG StorPortPoFxActivateComponent(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
                                                _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_ ULONG Component,
                                                _In_ ULONG Flags);
STORPORTAPI ULONG StorPortPoFxIdleComponent(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
                                            _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_ ULONG Component,
                                            _In_ ULONG Flags);
STORPORTAPI ULONG StorPortGetD3ColdSupport(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
                                           _Out_ PBOOLEAN Supported);
STORPORTAPI ULONG StorPortSetPowerSettingNotificationGuids(_In_ PVOID HwDeviceExtension, _In_ ULONG GuidCount,
                                                           _In_ LPGUID Guid);
STORPORTAPI ULONG StorPortIsDeviceOperationAllowed(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
                                                   _In_ LPCGUID DeviceOperation, _Out_ ULONG *AllowedFlag);
extern const GUID STORPORT_DEVICEOPERATION_SECURE_REPROVISION_GUID;
extern const GUID STORPORT_DEVICEOPERATION_CACHED_SETTINGS_INIT_GUID;
STORPORTAPI ULONG StorPortMarkDumpMemory(_In_ PVOID HwDeviceExtension, _In_ PVOID Address, _In_ ULONG_PTR Length,
                                         _In_ ULONG Flags);
STORPORTAPI ULONG StorPortRegistryReadAdapterKey(_In_ PVOID HwDeviceExtension, _In_opt_ PUCHAR SubKeyName,
                                                 _In_ PUCHAR ValueName, _In_ ULONG ValueType,
                                                 _Inout_ PVOID *ValueData, _Inout_ PULONG ValueDataLength);
STORPORTAPI ULONG StorPortRegistryWriteAdapterKey(_In_ PVOID HwDeviceExtension, _In_opt_ PUCHAR SubKeyName,
                                                  _In_ PUCHAR ValueName, _In_ ULONG ValueType,
                                                  _In_ PVOID ValueData, _In_ ULONG ValueDataLength);
STORPORTAPI BOOLEAN StorPortRegistryRead(_In_ PVOID HwDeviceExtension, _In_ PUCHAR ValueName, _In_ ULONG Global,
                                         _In_ ULONG Type, _Out_ PUCHAR Buffer, _Inout_ PULONG BufferLength);
STORPORTAPI BOOLEAN StorPortRegistryWrite(_In_ PVOID HwDeviceExtension, _In_ PUCHAR ValueName, _In_ ULONG Global,
                                          _In_ ULONG Type, _In_ PUCHAR Buffer, _In_ ULONG BufferLength);
STORPORTAPI PUCHAR StorPortAllocateRegistryBuffer(_In_ PVOID HwDeviceExtension, _In_ PULONG Length);
STORPORTAPI VOID StorPortFreeRegistryBuffer(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Buffer);
STORPORTAPI ULONG StorPortStateChangeDetected(_In_ PVOID HwDeviceExtension, _In_ ULONG ChangedEntity,
                                              _In_ PSTOR_ADDRESS Address, _In_ ULONG Attributes,
                                              _In_opt_ PHW_STATE_CHANGE HwStateChange,
                                              _In_opt_ PVOID HwStateChangeContext);

#define RAID_ASYNC_NOTIFY_FLAG_MEDIA_STATUS      0x1
#define RAID_ASYNC_NOTIFY_FLAG_DEVICE_STATUS     0x2
#define RAID_ASYNC_NOTIFY_FLAG_DEVICE_OPERATION  0x4
STORPORTAPI ULONG StorPortAsyncNotificationDetected(_In_ PVOID HwDeviceExtension, _In_ PSTOR_ADDRESS Address,
                                                    _In_ ULONGLONG Flags);
STORPORTAPI ULONG StorPortMarkDeviceFailed(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS StorAddress,
                                           _In_ ULONG Flags, _In_ PWSTR FailReason);

/* Telemetry (StorPortLogTelemetry): name and parameter-name lengths, payload limit of 4 KB. */
#define EVENT_NAME_MAX_LENGTH      32
#define EVENT_MAX_PARAM_NAME_LEN   32
#define EVENT_BUFFER_MAX_LENGTH    0x1000
typedef struct _STORPORT_TELEMETRY_EVENT {
    ULONG DriverVersion;
    ULONG EventId;
    UCHAR EventName[EVENT_NAME_MAX_LENGTH];
    ULONG EventVersion;
    ULONG Flags;
    ULONG EventBufferLength;
    PUCHAR EventBuffer;
    UCHAR ParameterName0[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue0;
    UCHAR ParameterName1[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue1;
    UCHAR ParameterName2[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue2;
    UCHAR ParameterName3[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue3;
    UCHAR ParameterName4[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue4;
    UCHAR ParameterName5[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue5;
    UCHAR ParameterName6[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue6;
    UCHAR ParameterName7[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue7;
} STORPORT_TELEMETRY_EVENT, *PSTORPORT_TELEMETRY_EVENT;
STORPORTAPI ULONG StorPortLogTelemetry(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS StorAddress,
                                       _In_ PSTORPORT_TELEMETRY_EVENT Event);

/* ETW */
STORPORTAPI ULONG StorPortEtwEvent2(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
                                    _In_ ULONG EventId, _In_ PWSTR EventDescription, _In_ ULONGLONG EventKeywords,
                                    _In_ STORPORT_ETW_LEVEL EventLevel, _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
                                    _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_opt_ PWSTR Parameter1Name,
                                    _In_ ULONGLONG Parameter1Value, _In_opt_ PWSTR Parameter2Name,
                                    _In_ ULONGLONG Parameter2Value);
STORPORTAPI ULONG StorPortEtwEvent4(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
                                    _In_ ULONG EventId, _In_ PWSTR EventDescription, _In_ ULONGLONG EventKeywords,
                                    _In_ STORPORT_ETW_LEVEL EventLevel, _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
                                    _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_opt_ PWSTR Parameter1Name,
                                    _In_ ULONGLONG Parameter1Value, _In_opt_ PWSTR Parameter2Name,
                                    _In_ ULONGLONG Parameter2Value, _In_opt_ PWSTR Parameter3Name,
                                    _In_ ULONGLONG Parameter3Value, _In_opt_ PWSTR Parameter4Name,
                                    _In_ ULONGLONG Parameter4Value);
STORPORTAPI ULONG StorPortEtwEvent8(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
                                    _In_ ULONG EventId, _In_ PWSTR EventDescription, _In_ ULONGLONG EventKeywords,
                                    _In_ STORPORT_ETW_LEVEL EventLevel, _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
                                    _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_opt_ PWSTR Parameter1Name,
                                    _In_ ULONGLONG Parameter1Value, _In_opt_ PWSTR Parameter2Name,
                                    _In_ ULONGLONG Parameter2Value, _In_opt_ PWSTR Parameter3Name,
                                    _In_ ULONGLONG Parameter3Value, _In_opt_ PWSTR Parameter4Name,
                                    _In_ ULONGLONG Parameter4Value, _In_opt_ PWSTR Parameter5Name,
                                    _In_ ULONGLONG Parameter5Value, _In_opt_ PWSTR Parameter6Name,
                                    _In_ ULONGLONG Parameter6Value, _In_opt_ PWSTR Parameter7Name,
                                    _In_ ULONGLONG Parameter7Value, _In_opt_ PWSTR Parameter8Name,
                                    _In_ ULONGLONG Parameter8Value);
STORPORTAPI ULONG StorPortEtwChannelEvent2(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
                                           _In_ STORPORT_ETW_EVENT_CHANNEL EventChannel, _In_ ULONG EventId,
                                           _In_ PWSTR EventDescription, _In_ ULONGLONG EventKeywords,
                                           _In_ STORPORT_ETW_LEVEL EventLevel,
                                           _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
                                           _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_opt_ PWSTR Parameter1Name,
                                           _In_ ULONGLONG Parameter1Value, _In_opt_ PWSTR Parameter2Name,
                                           _In_ ULONGLONG Parameter2Value);
STORPORTAPI ULONG StorPortEtwChannelEvent4(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
                                           _In_ STORPORT_ETW_EVENT_CHANNEL EventChannel, _In_ ULONG EventId,
                                           _In_ PWSTR EventDescription, _In_ ULONGLONG EventKeywords,
                                           _In_ STORPORT_ETW_LEVEL EventLevel,
                                           _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
                                           _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_opt_ PWSTR Parameter1Name,
                                           _In_ ULONGLONG Parameter1Value, _In_opt_ PWSTR Parameter2Name,
                                           _In_ ULONGLONG Parameter2Value, _In_opt_ PWSTR Parameter3Name,
                                           _In_ ULONGLONG Parameter3Value, _In_opt_ PWSTR Parameter4Name,
                                           _In_ ULONGLONG Parameter4Value);
STORPORTAPI ULONG StorPortEtwChannelEvent8(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
                                           _In_ STORPORT_ETW_EVENT_CHANNEL EventChannel, _In_ ULONG EventId,
                                           _In_ PWSTR EventDescription, _In_ ULONGLONG EventKeywords,
                                           _In_ STORPORT_ETW_LEVEL EventLevel,
                                           _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
                                           _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_opt_ PWSTR Parameter1Name,
                                           _In_ ULONGLONG Parameter1Value, _In_opt_ PWSTR Parameter2Name,
                                           _In_ ULONGLONG Parameter2Value, _In_opt_ PWSTR Parameter3Name,
                                           _In_ ULONGLONG Parameter3Value, _In_opt_ PWSTR Parameter4Name,
                                           _In_ ULONGLONG Parameter4Value, _In_opt_ PWSTR Parameter5Name,
                                           _In_ ULONGLONG Parameter5Value, _In_opt_ PWSTR Parameter6Name,
                                           _In_ ULONGLONG Parameter6Value, _In_opt_ PWSTR Parameter7Name,
                                           _In_ ULONGLONG Parameter7Value, _In_opt_ PWSTR Parameter8Name,
                                           _In_ ULONGLONG Parameter8Value);

STORPORTAPI ULONG StorPortExtendedFunction(_In_ ULONG FunctionCode, _In_ PVOID HwDeviceExtension, ...);

#ifndef StorPortCopyMemory
#define StorPortCopyMemory(Destination, Source, Length) \
    StorPortMoveMemory((Destination), (PVOID)(Source), (ULONG)(Length))
#endif

#ifndef DebugPrint
#if DBG
#define DebugPrint(x) StorPortDebugPrint x
#else
#define DebugPrint(x)
#endif
#endif

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_STORPORT_H */
