/*
 * classpnp.h - drvls WDK supplement: the storage class driver library.
 *
 * Forwards to mingw-w64's classpnp.h (after this directory's scsi.h and srb.h, so the request blocks
 * are the extended ones) and adds the newer names that class drivers use with extended SRBs and the
 * device-function support information: CLASS_SRB_* types, CLASS_SRBEX_* buffer sizes,
 * GUID_CLASSPNP_SRB_SUPPORT, CLASS_FUNCTION_SUPPORT and CLASS_FUNCTION_SUPPORT_INFO with its VPD and
 * READ CAPACITY (16) summaries, and CLASS_POWER_DOWN_STATE3. Written from the public storage class
 * driver reference; interface only. mingw-w64's FUNCTIONAL_DEVICE_EXTENSION, CLASS_DRIVER_EXTENSION
 * and CLASS_POWER_CONTEXT are the older layouts (no FunctionSupportInfo, SrbSupport, SrbEx).
 */
#ifndef DRVLS_WDK_SHIM_CLASSPNP_H
#define DRVLS_WDK_SHIM_CLASSPNP_H

#include <srb.h>
#include <scsi.h>

/* Types the newer members below point to, declared before mingw-w64's header. */
typedef struct _CLASS_FUNCTION_SUPPORT_INFO *PCLASS_FUNCTION_SUPPORT_INFO;
typedef struct _ADDITIONAL_FDO_DATA *PADDITIONAL_FDO_DATA;
typedef struct _DICTIONARY_HEADER DICTIONARY_HEADER, *PDICTIONARY_HEADER;

typedef enum {
    PowerDownDeviceInitial3 = 0,
    PowerDownDeviceLocked3,
    PowerDownDeviceQuiesced3,
    PowerDownDeviceFlushed3,
    PowerDownDeviceStopped3,
    PowerDownDeviceOff3,
    PowerDownDeviceUnlocked3
} CLASS_POWER_DOWN_STATE3;

/* mingw-w64's CLASS_DRIVER_EXTENSION, FUNCTIONAL_DEVICE_EXTENSION and CLASS_POWER_CONTEXT are older
 * layouts. Their last members (for the power context, of its state union) are names found nowhere
 * else in that header, so while it is read each such name expands to itself followed by the members
 * the current interface adds; the names are undefined right after. */
#define WorkingSet WorkingSet; ULONG SrbSupport
#define PowerUp PowerUp; CLASS_POWER_DOWN_STATE3 PowerDown3
#define PrivateFdoData                                         \
    PrivateFdoData;                                            \
    PCLASS_FUNCTION_SUPPORT_INFO FunctionSupportInfo;          \
    PSTORAGE_MINIPORT_DESCRIPTOR MiniportDescriptor;           \
    PADDITIONAL_FDO_DATA AdditionalFdoData;                    \
    UCHAR SenseDataLength
#include_next <classpnp.h>
#undef WorkingSet
#undef PowerUp
#undef PrivateFdoData

#ifdef __cplusplus
extern "C" {
#endif

#ifndef ALIGN_DOWN_BY
#define ALIGN_DOWN_BY(length, alignment) ((ULONG_PTR)(length) & ~((ULONG_PTR)(alignment) - 1))
#endif
#ifndef ALIGN_UP_BY
#define ALIGN_UP_BY(length, alignment) (ALIGN_DOWN_BY(((ULONG_PTR)(length) + (alignment) - 1), alignment))
#endif
#ifndef ALIGN_UP
#define ALIGN_UP(length, type) ALIGN_UP_BY(length, sizeof(type))
#endif

/* SRB types a class driver can send (CLASS_DRIVER_EXTENSION.SrbSupport, ClassInitializeEx). */
#define CLASS_SRB_SCSI_REQUEST_BLOCK     0x1
#define CLASS_SRB_STORAGE_REQUEST_BLOCK  0x2

/* Size of an extended SRB with a BTL8 address and, for the first, one SRBEX_DATA_SCSI_CDB16 block. */
#define CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE                                                  \
    (ALIGN_UP(sizeof(STORAGE_REQUEST_BLOCK), PVOID) + ALIGN_UP(sizeof(STOR_ADDR_BTL8), PVOID) + \
     ALIGN_UP(sizeof(SRBEX_DATA_SCSI_CDB16), PVOID))
#define CLASS_SRBEX_NO_SRBEX_DATA_BUFFER_SIZE \
    (ALIGN_UP(sizeof(STORAGE_REQUEST_BLOCK), PVOID) + ALIGN_UP(sizeof(STOR_ADDR_BTL8), PVOID))

extern const GUID GUID_CLASSPNP_SRB_SUPPORT;

/* Pool tags of the class library, beside mingw-w64's. */
#ifndef CLASS_TAG_LB_PROVISIONING
#define CLASS_TAG_LB_PROVISIONING 'PLcS'
#endif
#ifndef CLASS_TAG_LOCK_TRACKING
#define CLASS_TAG_LOCK_TRACKING   'TLcS'
#endif

typedef struct _CLASS_DRIVER_EXTENSION_SRB_SUPPORT {
    ULONG SrbSupport;
} CLASS_DRIVER_EXTENSION_SRB_SUPPORT, *PCLASS_DRIVER_EXTENSION_SRB_SUPPORT;


typedef enum _CLASS_FUNCTION_SUPPORT {
    SupportUnknown = 0,
    Supported,
    NotSupported
} CLASS_FUNCTION_SUPPORT;

typedef struct _CLASS_VPD_B0_DATA {
    NTSTATUS CommandStatus;
    ULONG MaxUnmapLbaCount;
    ULONG MaxUnmapBlockDescrCount;
    ULONG OptimalUnmapGranularity;
    ULONG UnmapGranularityAlignment;
    BOOLEAN UGAVALID;
    UCHAR Reserved0;
    USHORT OptimalTransferLengthGranularity;
    ULONG MaximumTransferLength;
    ULONG OptimalTransferLength;
} CLASS_VPD_B0_DATA, *PCLASS_VPD_B0_DATA;

typedef struct _CLASS_VPD_B1_DATA {
    NTSTATUS CommandStatus;
    USHORT MediumRotationRate;
    UCHAR NominalFormFactor;
    UCHAR Zoned;
    ULONG MediumProductType;
    ULONG DepopulationTime;
} CLASS_VPD_B1_DATA, *PCLASS_VPD_B1_DATA;

typedef struct _CLASS_VPD_B2_DATA {
    NTSTATUS CommandStatus;
    UCHAR ThresholdExponent;
    UCHAR DP : 1;
    UCHAR ANC_SUP : 1;
    UCHAR Reserved0 : 2;
    UCHAR LBPRZ : 1;
    UCHAR LBPWS10 : 1;
    UCHAR LBPWS : 1;
    UCHAR LBPU : 1;
    UCHAR ProvisioningType : 3;
    UCHAR Reserved1 : 5;
    ULONG SoftThresholdEventPending;
} CLASS_VPD_B2_DATA, *PCLASS_VPD_B2_DATA;

typedef struct _CLASS_READ_CAPACITY16_DATA {
    NTSTATUS CommandStatus;
    ULONG BytesPerLogicalSector;
    ULONG BytesPerPhysicalSector;
    ULONG BytesOffsetForSectorAlignment;
    BOOLEAN LBProvisioningEnabled;
    BOOLEAN LBProvisioningReadZeros;
    UCHAR Reserved0[2];
    ULONG Reserved1;
} CLASS_READ_CAPACITY16_DATA, *PCLASS_READ_CAPACITY16_DATA;

typedef struct _CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS {
    NTSTATUS CommandStatus;
    USHORT MaximumRangeDescriptors;
    UCHAR Restricted;
    UCHAR Reserved;
    ULONG MaximumInactivityTimer;
    ULONG DefaultInactivityTimer;
    ULONGLONG MaximumTokenTransferSize;
    ULONGLONG OptimalTransferCount;
} CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS, *PCLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS;

typedef struct _CLASS_FUNCTION_SUPPORT_INFO {
    ULONG GenerationCount;
    volatile ULONG ChangeRequestCount;
    KSPIN_LOCK SyncLock;
    struct {
        ULONG BlockLimits : 1;
        ULONG BlockDeviceCharacteristics : 1;
        ULONG LBProvisioning : 1;
        ULONG BlockDeviceRODLimits : 1;
        ULONG ZonedBlockDeviceCharacteristics : 1;
        ULONG Reserved : 22;
        ULONG DeviceType : 5;
    } ValidInquiryPages;
    struct {
        CLASS_FUNCTION_SUPPORT SeekPenaltyProperty;
        CLASS_FUNCTION_SUPPORT AccessAlignmentProperty;
        CLASS_FUNCTION_SUPPORT TrimProperty;
        CLASS_FUNCTION_SUPPORT TrimProcess;
    } LowerLayerSupport;
    BOOLEAN RegAccessAlignmentQueryNotSupported;
    BOOLEAN AsynchronousNotificationSupported;
    BOOLEAN UseModeSense10;
    UCHAR Reserved;
    CLASS_VPD_B0_DATA BlockLimitsData;
    CLASS_VPD_B1_DATA DeviceCharacteristicsData;
    CLASS_VPD_B2_DATA LBProvisioningData;
    CLASS_READ_CAPACITY16_DATA ReadCapacity16Data;
    CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS BlockDeviceRODLimitsData;
    struct {
        ULONG D3ColdSupported : 1;
        ULONG DeviceWakeable : 1;
        ULONG IdlePowerEnabled : 1;
        ULONG D3IdleTimeoutOverridden : 1;
        ULONG NoVerifyDuringIdlePower : 1;
        ULONG Reserved2 : 27;
        ULONG D3IdleTimeout;
    } IdlePower;
    CLASS_FUNCTION_SUPPORT HwFirmwareGetInfoSupport;
    struct _STORAGE_HW_FIRMWARE_INFO *HwFirmwareInfo;
} CLASS_FUNCTION_SUPPORT_INFO;

/* Per-FDO data classpnp keeps beside the device extension. Its members are private to the class
 * library; the layout here is a placeholder so that sizeof works. */
typedef struct _ADDITIONAL_FDO_DATA {
    ULONG_PTR Reserved[8];
} ADDITIONAL_FDO_DATA;

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_CLASSPNP_H */
