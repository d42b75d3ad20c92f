/*
 * scsi.h - drvls WDK supplement: SCSI command, sense and inquiry definitions.
 *
 * Includes this directory's srb.h first (so mingw-w64's scsi.h, which includes its own "srb.h", finds
 * the request blocks already declared), forwards to mingw-w64's scsi.h, then adds what newer storage
 * drivers use and mingw-w64 lacks: descriptor-format sense data and its helpers, READ CAPACITY (16)
 * data, newer VPD pages, and further operation, sense and additional-sense codes. Every addition is
 * guarded. Written from the public SCSI and storage driver reference; interface only.
 */
#ifndef DRVLS_WDK_SHIM_SCSI_H
#define DRVLS_WDK_SHIM_SCSI_H

#include <srb.h>

/* Standard INQUIRY data with the version descriptors (SPC-3 and later). Declared here, ahead of
 * mingw-w64's scsi.h, whose copy (guarded by _INQUIRYDATA_DEFINED) ends in an undivided reserved area. */
#ifndef _INQUIRYDATA_DEFINED
#define _INQUIRYDATA_DEFINED
#define INQUIRYDATABUFFERSIZE 36
typedef struct _INQUIRYDATA {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR DeviceTypeModifier : 7;
    UCHAR RemovableMedia : 1;
    union {
        UCHAR Versions;
        struct {
            UCHAR ANSIVersion : 3;
            UCHAR ECMAVersion : 3;
            UCHAR ISOVersion : 2;
        };
    };
    UCHAR ResponseDataFormat : 4;
    UCHAR HiSupport : 1;
    UCHAR NormACA : 1;
    UCHAR TerminateTask : 1;
    UCHAR AERC : 1;
    UCHAR AdditionalLength;
    union {
        UCHAR Reserved;
        struct {
            UCHAR PROTECT : 1;
            UCHAR Reserved_1 : 2;
            UCHAR ThirdPartyCoppy : 1;
            UCHAR TPGS : 2;
            UCHAR ACC : 1;
            UCHAR SCCS : 1;
        };
    };
    UCHAR Addr16 : 1;
    UCHAR Addr32 : 1;
    UCHAR AckReqQ : 1;
    UCHAR MediumChanger : 1;
    UCHAR MultiPort : 1;
    UCHAR ReservedBit2 : 1;
    UCHAR EnclosureServices : 1;
    UCHAR ReservedBit3 : 1;
    UCHAR SoftReset : 1;
    UCHAR CommandQueue : 1;
    UCHAR TransferDisable : 1;
    UCHAR LinkedCommands : 1;
    UCHAR Synchronous : 1;
    UCHAR Wide16Bit : 1;
    UCHAR Wide32Bit : 1;
    UCHAR RelativeAddressing : 1;
    UCHAR VendorId[8];
    UCHAR ProductId[16];
    UCHAR ProductRevisionLevel[4];
    UCHAR VendorSpecific[20];
    UCHAR Reserved3[2];
    USHORT VersionDescriptors[8];
    UCHAR Reserved4[22];
} INQUIRYDATA, *PINQUIRYDATA;
#endif

#include_next <scsi.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------------------------------
 * Sense data: fixed and descriptor formats.
 * ------------------------------------------------------------------------------------------------- */
#ifndef SCSI_SENSE_ERRORCODE_FIXED_CURRENT
#define SCSI_SENSE_ERRORCODE_FIXED_CURRENT       0x70
#define SCSI_SENSE_ERRORCODE_FIXED_DEFERRED      0x71
#define SCSI_SENSE_ERRORCODE_DESCRIPTOR_CURRENT  0x72
#define SCSI_SENSE_ERRORCODE_DESCRIPTOR_DEFERRED 0x73
#endif

typedef SENSE_DATA FIXED_SENSE_DATA, *PFIXED_SENSE_DATA;

typedef struct _DESCRIPTOR_SENSE_DATA {
    UCHAR ErrorCode : 7;
    UCHAR Reserved1 : 1;
    UCHAR SenseKey : 4;
    UCHAR Reserved2 : 4;
    UCHAR AdditionalSenseCode;
    UCHAR AdditionalSenseCodeQualifier;
    UCHAR Reserved3[3];
    UCHAR AdditionalSenseLength;
    UCHAR DescriptorBuffer[MAX_SENSE_BUFFER_SIZE - 8];
} DESCRIPTOR_SENSE_DATA, *PDESCRIPTOR_SENSE_DATA;

typedef union _SENSE_DATA_EX {
    FIXED_SENSE_DATA FixedData;
    DESCRIPTOR_SENSE_DATA DescriptorData;
} SENSE_DATA_EX, *PSENSE_DATA_EX;

#ifndef SENSE_BUFFER_SIZE_EX
#define SENSE_BUFFER_SIZE_EX sizeof(SENSE_DATA_EX)
#endif

typedef struct _SCSI_SENSE_DESCRIPTOR_HEADER {
    UCHAR DescriptorType;
    UCHAR AdditionalLength;
} SCSI_SENSE_DESCRIPTOR_HEADER, *PSCSI_SENSE_DESCRIPTOR_HEADER;

#define SCSI_SENSE_DESCRIPTOR_TYPE_INFORMATION              0x00
#define SCSI_SENSE_DESCRIPTOR_TYPE_COMMAND_SPECIFIC         0x01
#define SCSI_SENSE_DESCRIPTOR_TYPE_SENSE_KEY_SPECIFIC       0x02
#define SCSI_SENSE_DESCRIPTOR_TYPE_FIELD_REPLACEABLE_UNIT   0x03
#define SCSI_SENSE_DESCRIPTOR_TYPE_STREAM_COMMAND           0x04
#define SCSI_SENSE_DESCRIPTOR_TYPE_BLOCK_COMMAND            0x05
#define SCSI_SENSE_DESCRIPTOR_TYPE_OSD_OBJECT_IDENTIFIER    0x06
#define SCSI_SENSE_DESCRIPTOR_TYPE_OSD_INTEGRITY_CHECK      0x07
#define SCSI_SENSE_DESCRIPTOR_TYPE_OSD_ATTRIBUTE_IDENTIFICATION 0x08
#define SCSI_SENSE_DESCRIPTOR_TYPE_ATA_STATUS_RETURN        0x09
#define SCSI_SENSE_DESCRIPTOR_TYPE_PROGRESS_INDICATION      0x0A
#define SCSI_SENSE_DESCRIPTOR_TYPE_USER_DATA_SEGMENT_REFERRAL 0x0B
#define SCSI_SENSE_DESCRIPTOR_TYPE_FORWARDED_SENSE_DATA     0x0C
#define SCSI_SENSE_DESCRIPTOR_TYPE_VENDOR_SPECIFIC          0x80

typedef struct _SCSI_SENSE_DESCRIPTOR_INFORMATION {
    SCSI_SENSE_DESCRIPTOR_HEADER Header;
    UCHAR Reserved1 : 7;
    UCHAR Valid : 1;
    UCHAR Reserved2;
    UCHAR Information[8];
} SCSI_SENSE_DESCRIPTOR_INFORMATION, *PSCSI_SENSE_DESCRIPTOR_INFORMATION;

typedef struct _SCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND {
    SCSI_SENSE_DESCRIPTOR_HEADER Header;
    UCHAR Reserved1;
    UCHAR Reserved2 : 5;
    UCHAR ILI : 1;
    UCHAR Reserved3 : 2;
} SCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND, *PSCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND;

typedef struct _SCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN {
    SCSI_SENSE_DESCRIPTOR_HEADER Header;
    UCHAR Extend : 1;
    UCHAR Reserved0 : 7;
    UCHAR Error;
    UCHAR SectorCount15_8;
    UCHAR SectorCount7_0;
    UCHAR LbaLow15_8;
    UCHAR LbaLow7_0;
    UCHAR LbaMid15_8;
    UCHAR LbaMid7_0;
    UCHAR LbaHigh15_8;
    UCHAR LbaHigh7_0;
    UCHAR Device;
    UCHAR Status;
} SCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN, *PSCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN;

typedef ULONG SCSI_SENSE_OPTIONS;
#define SCSI_SENSE_OPTIONS_NONE                                      ((SCSI_SENSE_OPTIONS)0x00000000)
#define SCSI_SENSE_OPTIONS_FIXED_FORMAT_IF_UNKNOWN_FORMAT_INDICATED  ((SCSI_SENSE_OPTIONS)0x00000001)

/* Sense-data helpers (inline routines in the WDK; declared here). */
BOOLEAN ScsiGetSenseKeyAndCodes(_In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
                                _In_ UCHAR SenseInfoBufferLength, _In_ SCSI_SENSE_OPTIONS Options,
                                _Out_opt_ PUCHAR SenseKey, _Out_opt_ PUCHAR AdditionalSenseCode,
                                _Out_opt_ PUCHAR AdditionalSenseCodeQualifier);
BOOLEAN ScsiGetFixedSenseKeyAndCodes(_In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
                                     _In_ UCHAR SenseInfoBufferLength, _Out_opt_ PUCHAR SenseKey,
                                     _Out_opt_ PUCHAR AdditionalSenseCode,
                                     _Out_opt_ PUCHAR AdditionalSenseCodeQualifier);
UCHAR ScsiGetSenseErrorCode(_In_ PVOID SenseInfoBuffer);
BOOLEAN ScsiGetTotalSenseByteCountIndicated(_In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
                                            _In_ UCHAR SenseInfoBufferLength, _Out_ UCHAR *TotalSenseBytes);
BOOLEAN ScsiGetSenseDescriptorLength(_In_ PVOID SenseDescriptorBuffer, _Out_ PUCHAR SenseDescriptorBufferLength);
BOOLEAN ScsiGetSenseDescriptor(_In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
                               _In_ UCHAR SenseInfoBufferLength, _Outptr_ PVOID *DescriptorBuffer,
                               _Out_ UCHAR *DescriptorBufferLength);
BOOLEAN ScsiGetNextSenseDescriptorByType(_In_reads_bytes_(BufferLength) PVOID Buffer, _In_ UCHAR BufferLength,
                                         _In_reads_(TypeListCount) PUCHAR TypeList, _In_ ULONG TypeListCount,
                                         _Out_ PUCHAR OutType, _Outptr_ PVOID *OutBuffer,
                                         _Out_ UCHAR *OutBufferLength);
BOOLEAN ScsiValidateInformationSenseDescriptor(_In_reads_bytes_(DescriptorBufferLength) PVOID DescriptorBuffer,
                                               _In_ UCHAR DescriptorBufferLength);
BOOLEAN ScsiValidateBlockCommandSenseDescriptor(_In_reads_bytes_(DescriptorBufferLength) PVOID DescriptorBuffer,
                                                _In_ UCHAR DescriptorBufferLength);
BOOLEAN ScsiConvertToFixedSenseFormat(_In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
                                      _In_ UCHAR SenseInfoBufferLength,
                                      _Out_writes_bytes_(OutBufferLength) PVOID OutBuffer,
                                      _In_ UCHAR OutBufferLength);
BOOLEAN ScsiGetSenseInformation(_In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
                                _In_ UCHAR SenseInfoBufferLength, _Out_ PULONGLONG Information);

/* ---------------------------------------------------------------------------------------------------
 * Additional sense codes and qualifiers newer than mingw-w64's list.
 * ------------------------------------------------------------------------------------------------- */
#ifndef SCSI_ADSENSE_LOGICAL_UNIT_ERROR
#define SCSI_ADSENSE_LOGICAL_UNIT_ERROR           0x3e
#endif
#ifndef SCSI_ADSENSE_DATA_TRANSFER_ERROR
#define SCSI_ADSENSE_DATA_TRANSFER_ERROR          0x4b
#endif
#ifndef SCSI_ADSENSE_RESOURCE_FAILURE
#define SCSI_ADSENSE_RESOURCE_FAILURE             0x55
#endif
#ifndef SCSI_ADSENSE_INTERNAL_TARGET_FAILURE
#define SCSI_ADSENSE_INTERNAL_TARGET_FAILURE      0x44
#endif
#ifndef SCSI_ADSENSE_COPY_TARGET_DEVICE_ERROR
#define SCSI_ADSENSE_COPY_TARGET_DEVICE_ERROR     0x0D
#endif
#ifndef SCSI_ADSENSE_LB_PROVISIONING
#define SCSI_ADSENSE_LB_PROVISIONING              0x38
#endif
#ifndef SCSI_ADSENSE_INVALID_TOKEN
#define SCSI_ADSENSE_INVALID_TOKEN                SCSI_ADSENSE_INVALID_FIELD_PARAMETER_LIST
#endif
#ifndef SCSI_SENSEQ_SOFT_THRESHOLD_REACHED
#define SCSI_SENSEQ_SOFT_THRESHOLD_REACHED        0x07
#endif
#ifndef SCSI_SENSEQ_CAPACITY_DATA_CHANGED
#define SCSI_SENSEQ_CAPACITY_DATA_CHANGED         0x09
#endif
#ifndef SCSI_SENSEQ_OPERATION_IS_IN_PROGRESS
#define SCSI_SENSEQ_OPERATION_IS_IN_PROGRESS      0x07
#endif
#ifndef SCSI_SENSEQ_SPACE_ALLOC_IN_PROGRESS
#define SCSI_SENSEQ_SPACE_ALLOC_IN_PROGRESS       0x14
#endif
#ifndef SCSI_SENSEQ_SPACE_ALLOC_FAILED_WRITE_PROTECT
#define SCSI_SENSEQ_SPACE_ALLOC_FAILED_WRITE_PROTECT 0x07
#endif
#ifndef SCSI_SENSEQ_INSUFFICIENT_RESOURCES
#define SCSI_SENSEQ_INSUFFICIENT_RESOURCES        0x03
#endif
#ifndef SCSI_SENSEQ_TIMEOUT_ON_LOGICAL_UNIT
#define SCSI_SENSEQ_TIMEOUT_ON_LOGICAL_UNIT       0x01
#endif
#ifndef SCSI_SENSEQ_INITIATOR_RESPONSE_TIMEOUT
#define SCSI_SENSEQ_INITIATOR_RESPONSE_TIMEOUT    0x06
#endif
#ifndef SCSI_SENSEQ_DATA_UNDERRUN
#define SCSI_SENSEQ_DATA_UNDERRUN                 0x04
#endif
#ifndef SCSI_SENSEQ_TOO_MANY_SEGMENT_DESCRIPTORS
#define SCSI_SENSEQ_TOO_MANY_SEGMENT_DESCRIPTORS  0x08
#endif
#ifndef SCSI_SENSEQ_INVALID_RELEASE_OF_PERSISTENT_RESERVATION
#define SCSI_SENSEQ_INVALID_RELEASE_OF_PERSISTENT_RESERVATION 0x04
#endif

/* WRITE BUFFER and READ BUFFER modes */
#ifndef SCSI_WRITE_BUFFER_MODE_DOWNLOAD_MICROCODE_WITH_OFFSETS_SAVE_DEFER_ACTIVATE
#define SCSI_WRITE_BUFFER_MODE_DOWNLOAD_MICROCODE_WITH_OFFSETS_SAVE_DEFER_ACTIVATE 0x0E
#endif
#ifndef SCSI_WRITE_BUFFER_MODE_ACTIVATE_DEFERRED_MICROCODE
#define SCSI_WRITE_BUFFER_MODE_ACTIVATE_DEFERRED_MICROCODE 0x0F
#endif
#ifndef SCSI_WRITE_BUFFER_MODE_0D_MODE_SPECIFIC_PO_ACT
#define SCSI_WRITE_BUFFER_MODE_0D_MODE_SPECIFIC_PO_ACT 0x02
#define SCSI_WRITE_BUFFER_MODE_0D_MODE_SPECIFIC_HR_ACT 0x04
#endif
#ifndef READ_BUFFER_MODE_ERROR_HISTORY
#define READ_BUFFER_MODE_ERROR_HISTORY            0x1C
#endif

/* ---------------------------------------------------------------------------------------------------
 * READ CAPACITY (16) data, logical block provisioning.
 * ------------------------------------------------------------------------------------------------- */
typedef struct _READ_CAPACITY16_DATA {
    LARGE_INTEGER LogicalBlockAddress;
    ULONG BytesPerBlock;
    UCHAR ProtectionEnable : 1;
    UCHAR ProtectionType : 3;
    UCHAR Reserved : 4;
    UCHAR LogicalPerPhysicalExponent : 4;
    UCHAR Reserved1 : 4;
    UCHAR LowestAlignedBlock_MSB : 6;
    UCHAR LBPRZ : 1;
    UCHAR LBPME : 1;
    UCHAR LowestAlignedBlock_LSB;
    UCHAR Reserved3[16];
} READ_CAPACITY16_DATA, *PREAD_CAPACITY16_DATA;

typedef struct _UNMAP_BLOCK_DESCRIPTOR {
    UCHAR StartingLba[8];
    UCHAR LbaCount[4];
    UCHAR Reserved[4];
} UNMAP_BLOCK_DESCRIPTOR, *PUNMAP_BLOCK_DESCRIPTOR;

typedef struct _UNMAP_LIST_HEADER {
    UCHAR DataLength[2];
    UCHAR BlockDescrDataLength[2];
    UCHAR Reserved[4];
    UNMAP_BLOCK_DESCRIPTOR Descriptors[0];
} UNMAP_LIST_HEADER, *PUNMAP_LIST_HEADER;

#ifndef LBA_STATUS_MAPPED
#define LBA_STATUS_MAPPED        0x0
#define LBA_STATUS_DEALLOCATED   0x1
#define LBA_STATUS_ANCHORED      0x2
#endif

typedef struct _LBA_STATUS_DESCRIPTOR {
    UCHAR StartingLba[8];
    UCHAR LogicalBlockCount[4];
    UCHAR ProvisioningStatus : 4;
    UCHAR Reserved1 : 4;
    UCHAR Reserved2[3];
} LBA_STATUS_DESCRIPTOR, *PLBA_STATUS_DESCRIPTOR;

typedef struct _LBA_STATUS_LIST_HEADER {
    UCHAR ParameterLength[4];
    UCHAR Reserved[4];
    LBA_STATUS_DESCRIPTOR Descriptors[0];
} LBA_STATUS_LIST_HEADER, *PLBA_STATUS_LIST_HEADER;

/* ---------------------------------------------------------------------------------------------------
 * VPD pages.
 * ------------------------------------------------------------------------------------------------- */
#ifndef VPD_BLOCK_LIMITS
#define VPD_BLOCK_LIMITS                   0xB0
#define VPD_BLOCK_DEVICE_CHARACTERISTICS   0xB1
#define VPD_LOGICAL_BLOCK_PROVISIONING     0xB2
#define VPD_ZONED_BLOCK_DEVICE_CHARACTERISTICS 0xB6
#endif
#ifndef VPD_ATA_INFORMATION
#define VPD_ATA_INFORMATION                0x89
#endif
#ifndef VPD_THIRD_PARTY_COPY
#define VPD_THIRD_PARTY_COPY               0x8F
#endif

typedef struct _VPD_EXTENDED_INQUIRY_DATA_PAGE {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR PageCode;
    UCHAR PageLength[2];
    UCHAR RefChk : 1;
    UCHAR AppChk : 1;
    UCHAR GrdChk : 1;
    UCHAR Spt : 3;
    UCHAR ActivateMicrocode : 2;
    UCHAR SimpSup : 1;
    UCHAR OrdSup : 1;
    UCHAR HeadSup : 1;
    UCHAR PriorSup : 1;
    UCHAR GroupSup : 1;
    UCHAR UaskSup : 1;
    UCHAR Reserved0 : 2;
    UCHAR VSup : 1;
    UCHAR NvSup : 1;
    UCHAR CrdSup : 1;
    UCHAR WuSup : 1;
    UCHAR Reserved1 : 4;
    UCHAR LuiClr : 1;
    UCHAR HssRelef : 1;
    UCHAR Reserved2 : 2;
    UCHAR PiiSup : 1;
    UCHAR Reserved3 : 3;
    UCHAR Cbcs : 1;
    UCHAR Reserved4 : 3;
    UCHAR RSup : 1;
    UCHAR Reserved5 : 3;
    UCHAR MultiTransferCodeDownload : 4;
    UCHAR Reserved6 : 4;
    UCHAR ExtendedSelfTestCompletionMinutes[2];
    UCHAR Reserved7 : 5;
    UCHAR VsaSup : 1;
    UCHAR HraSup : 1;
    UCHAR PoaSup : 1;
    UCHAR MaxSupportedSenseDataLength;
    UCHAR Reserved8[50];
} VPD_EXTENDED_INQUIRY_DATA_PAGE, *PVPD_EXTENDED_INQUIRY_DATA_PAGE;

typedef struct _VPD_BLOCK_LIMITS_PAGE {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR PageCode;
    UCHAR PageLength[2];
    union {
        struct {
            UCHAR WSNZ : 1;
            UCHAR Reserved0 : 7;
            UCHAR MaximumCompareAndWriteLength;
            UCHAR OptimalTransferLengthGranularity[2];
            UCHAR MaximumTransferLength[4];
            UCHAR OptimalTransferLength[4];
            UCHAR MaxPrefetchXDReadXDWriteTransferLength[4];
            UCHAR MaximumUnmapLBACount[4];
            UCHAR MaximumUnmapBlockDescriptorCount[4];
            UCHAR OptimalUnmapGranularity[4];
            union {
                struct {
                    UCHAR UnmapGranularityAlignmentByte3 : 7;
                    UCHAR UGAValid : 1;
                    UCHAR UnmapGranularityAlignmentByte2;
                    UCHAR UnmapGranularityAlignmentByte1;
                    UCHAR UnmapGranularityAlignmentByte0;
                };
                UCHAR UnmapGranularityAlignment[4];
            };
            UCHAR MaximumWriteSameLength[8];
            UCHAR MaximumAtomicTransferLength[4];
            UCHAR AtomicAlignment[4];
            UCHAR AtomicTransferLengthGranularity[4];
            UCHAR Reserved1[8];
        };
        UCHAR Descriptors[0];
    };
} VPD_BLOCK_LIMITS_PAGE, *PVPD_BLOCK_LIMITS_PAGE;

typedef struct _VPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR PageCode;
    UCHAR Reserved0;
    UCHAR PageLength;
    UCHAR MediumRotationRateMsb;
    UCHAR MediumRotationRateLsb;
    UCHAR MediumProductType;
    UCHAR NominalFormFactor : 4;
    UCHAR WACEREQ : 2;
    UCHAR WABEREQ : 2;
    UCHAR VBULS : 1;
    UCHAR FUAB : 1;
    UCHAR BOCS : 1;
    UCHAR Reserved1 : 1;
    UCHAR ZONED : 2;
    UCHAR Reserved2 : 2;
    UCHAR Reserved3[3];
    UCHAR DEPOPULATION_TIME[4];
    UCHAR Reserved4[48];
} VPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE, *PVPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE;

#ifndef PROVISIONING_TYPE_UNKNOWN
#define PROVISIONING_TYPE_UNKNOWN   0x0
#define PROVISIONING_TYPE_RESOURCE  0x1
#define PROVISIONING_TYPE_THIN      0x2
#endif

typedef struct _VPD_LOGICAL_BLOCK_PROVISIONING_PAGE {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR PageCode;
    UCHAR PageLength[2];
    UCHAR ThresholdExponent;
    UCHAR DP : 1;
    UCHAR ANC_SUP : 1;
    UCHAR LBPRZ : 1;
    UCHAR Reserved0 : 2;
    UCHAR LBPWS10 : 1;
    UCHAR LBPWS : 1;
    UCHAR LBPU : 1;
    UCHAR ProvisioningType : 3;
    UCHAR Reserved1 : 5;
    UCHAR Reserved2;
    UCHAR ProvisioningGroupDescr[0];
} VPD_LOGICAL_BLOCK_PROVISIONING_PAGE, *PVPD_LOGICAL_BLOCK_PROVISIONING_PAGE;

typedef struct _VPD_ATA_INFORMATION_PAGE {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR PageCode;
    UCHAR PageLength[2];
    UCHAR Reserved0[4];
    UCHAR VendorId[8];
    UCHAR ProductId[16];
    UCHAR ProductRevisionLevel[4];
    UCHAR DeviceSignature[20];
    UCHAR CommandCode;
    UCHAR Reserved1[3];
    UCHAR IdentifyDeviceData[512];
} VPD_ATA_INFORMATION_PAGE, *PVPD_ATA_INFORMATION_PAGE;

/* ---------------------------------------------------------------------------------------------------
 * LOG SENSE pages.
 * ------------------------------------------------------------------------------------------------- */
#ifndef LOG_PAGE_CODE_LOGICAL_BLOCK_PROVISIONING
#define LOG_PAGE_CODE_SUPPORTED_LOG_PAGES          0x00
#define LOG_PAGE_CODE_WRITE_ERROR_COUNTERS         0x03
#define LOG_PAGE_CODE_READ_ERROR_COUNTERS          0x04
#define LOG_PAGE_CODE_LOGICAL_BLOCK_PROVISIONING   0x0C
#define LOG_PAGE_CODE_TEMPERATURE                  0x0D
#define LOG_PAGE_CODE_STARTSTOP_CYCLE_COUNTERS     0x0E
#define LOG_PAGE_CODE_SELFTEST_RESULTS             0x10
#define LOG_PAGE_CODE_SOLID_STATE_MEDIA            0x11
#define LOG_PAGE_CODE_BACKGROUND_SCAN_RESULTS      0x15
#define LOG_PAGE_CODE_INFORMATIONAL_EXCEPTIONS     0x2F
#endif
#ifndef LOG_PAGE_LBP_PARAMETER_CODE_AVAILABLE
#define LOG_PAGE_LBP_PARAMETER_CODE_AVAILABLE      0x0001
#define LOG_PAGE_LBP_PARAMETER_CODE_USED           0x0002
#define LOG_PAGE_LBP_RESOURCE_SCOPE_NOT_REPORTED   0x0
#define LOG_PAGE_LBP_RESOURCE_SCOPE_DEDICATED_TO_LUN 0x1
#define LOG_PAGE_LBP_RESOURCE_SCOPE_NOT_DEDICATED_TO_LUN 0x2
#endif

typedef struct _LOG_PARAMETER_HEADER {
    UCHAR ParameterCode[2];
    union {
        struct {
            UCHAR FormatAndLinking : 2;
            UCHAR TMC : 2;
            UCHAR ETC : 1;
            UCHAR TSD : 1;
            UCHAR DS : 1;
            UCHAR DU : 1;
        };
        UCHAR ControlByte;
    };
    UCHAR ParameterLength;
} LOG_PARAMETER_HEADER, *PLOG_PARAMETER_HEADER;

typedef struct _LOG_PARAMETER {
    LOG_PARAMETER_HEADER Header;
    UCHAR ParameterValue[0];
} LOG_PARAMETER, *PLOG_PARAMETER;

typedef struct _LOG_PAGE_LOGICAL_BLOCK_PROVISIONING {
    UCHAR PageCode : 6;
    UCHAR SPF : 1;
    UCHAR DS : 1;
    UCHAR SubPageCode;
    UCHAR PageLength[2];
    UCHAR Parameters[0];
} LOG_PAGE_LOGICAL_BLOCK_PROVISIONING, *PLOG_PAGE_LOGICAL_BLOCK_PROVISIONING;

typedef struct _LOG_PARAMETER_THRESHOLD_RESOURCE_COUNT {
    LOG_PARAMETER_HEADER Header;
    UCHAR ResourceCount[4];
    UCHAR Scope : 2;
    UCHAR Reserved0 : 6;
    UCHAR Reserved1[3];
} LOG_PARAMETER_THRESHOLD_RESOURCE_COUNT, *PLOG_PARAMETER_THRESHOLD_RESOURCE_COUNT;

/* Mode page 0Ah, control */
#ifndef MODE_PAGE_CONTROL
#define MODE_PAGE_CONTROL 0x0A
#endif
typedef struct _MODE_CONTROL_PAGE {
    UCHAR PageCode : 6;
    UCHAR Reserved : 1;
    UCHAR PageSavable : 1;
    UCHAR PageLength;
    UCHAR RLEC : 1;
    UCHAR GLTSD : 1;
    UCHAR D_SENSE : 1;
    UCHAR DPICZ : 1;
    UCHAR TMF_ONLY : 1;
    UCHAR TST : 3;
    UCHAR DQUE : 1;
    UCHAR QERR : 2;
    UCHAR NUAR : 1;
    UCHAR QueueAlgorithmModifier : 4;
    UCHAR EAERP : 1;
    UCHAR UAAERP : 1;
    UCHAR RAERP : 1;
    UCHAR SWP : 1;
    UCHAR UA_INTLCK_CTRL : 2;
    UCHAR RAC : 1;
    UCHAR VS : 1;
    UCHAR AutoloadMode : 3;
    UCHAR Reserved2 : 1;
    UCHAR RWWP : 1;
    UCHAR ATMPE : 1;
    UCHAR TAS : 1;
    UCHAR ATO : 1;
    UCHAR Reserved3[2];
    UCHAR BusyTimeoutPeriod[2];
    UCHAR ExtendedSelfTestCompletionTime[2];
} MODE_CONTROL_PAGE, *PMODE_CONTROL_PAGE;

/* ---------------------------------------------------------------------------------------------------
 * Offloaded data transfer (POPULATE TOKEN / WRITE USING TOKEN).
 * ------------------------------------------------------------------------------------------------- */
typedef struct _BLOCK_DEVICE_RANGE_DESCRIPTOR {
    UCHAR LogicalBlockAddress[8];
    UCHAR TransferLength[4];
    UCHAR Reserved[4];
} BLOCK_DEVICE_RANGE_DESCRIPTOR, *PBLOCK_DEVICE_RANGE_DESCRIPTOR;

typedef struct _POPULATE_TOKEN_HEADER {
    UCHAR PopulateTokenDataLength[2];
    UCHAR Immediate : 1;
    UCHAR Reserved1 : 7;
    UCHAR Reserved2;
    UCHAR InactivityTimeout[4];
    UCHAR ROD_Type[4];
    UCHAR Reserved3[2];
    UCHAR BlockDeviceRangeDescriptorListLength[2];
    BLOCK_DEVICE_RANGE_DESCRIPTOR BlockDeviceRangeDescriptor[0];
} POPULATE_TOKEN_HEADER, *PPOPULATE_TOKEN_HEADER;

#ifndef BLOCK_DEVICE_TOKEN_SIZE
#define BLOCK_DEVICE_TOKEN_SIZE 512
#endif
typedef struct _BLOCK_DEVICE_TOKEN_DESCRIPTOR {
    UCHAR TokenIdentifier[BLOCK_DEVICE_TOKEN_SIZE];
} BLOCK_DEVICE_TOKEN_DESCRIPTOR, *PBLOCK_DEVICE_TOKEN_DESCRIPTOR;

typedef struct _WRITE_USING_TOKEN_HEADER {
    UCHAR WriteUsingTokenDataLength[2];
    UCHAR Immediate : 1;
    UCHAR Reserved1 : 7;
    UCHAR Reserved2[5];
    UCHAR BlockOffsetIntoToken[8];
    BLOCK_DEVICE_TOKEN_DESCRIPTOR BlockDeviceToken;
    UCHAR Reserved3[6];
    UCHAR BlockDeviceRangeDescriptorListLength[2];
    BLOCK_DEVICE_RANGE_DESCRIPTOR BlockDeviceRangeDescriptor[0];
} WRITE_USING_TOKEN_HEADER, *PWRITE_USING_TOKEN_HEADER;

typedef struct _RECEIVE_TOKEN_INFORMATION_HEADER {
    UCHAR AvailableData[4];
    UCHAR ResponseToServiceAction : 5;
    UCHAR Reserved1 : 3;
    UCHAR OperationStatus : 7;
    UCHAR Reserved2 : 1;
    UCHAR OperationCounter[2];
    UCHAR EstimatedStatusUpdateDelay[4];
    UCHAR CompletionStatus;
    UCHAR SenseDataFieldLength;
    UCHAR SenseDataLength;
    UCHAR TransferCountUnits;
    UCHAR TransferCount[8];
    UCHAR SegmentsProcessed[2];
    UCHAR Reserved3[6];
    UCHAR SenseData[0];
} RECEIVE_TOKEN_INFORMATION_HEADER, *PRECEIVE_TOKEN_INFORMATION_HEADER;

typedef struct _RECEIVE_TOKEN_INFORMATION_RESPONSE_HEADER {
    UCHAR TokenDescriptorsLength[4];
    UCHAR TokenDescriptor[0];
} RECEIVE_TOKEN_INFORMATION_RESPONSE_HEADER, *PRECEIVE_TOKEN_INFORMATION_RESPONSE_HEADER;

/* ---------------------------------------------------------------------------------------------------
 * READ BUFFER error history.
 * ------------------------------------------------------------------------------------------------- */
#ifndef BUFFER_ID_RETURN_ERROR_HISTORY_DIRECTORY
#define BUFFER_ID_RETURN_ERROR_HISTORY_DIRECTORY            0x00
#define BUFFER_ID_RETURN_ERROR_HISTORY_DIRECTORY_CREATE_NEW 0x01
#define BUFFER_ID_RETURN_ERROR_HISTORY_MINIMUM_THRESHOLD    0x10
#define BUFFER_ID_RETURN_ERROR_HISTORY_MAXIMUM_THRESHOLD    0xEF
#endif
#ifndef BUFFER_SOURCE_CREATED_DUE_TO_CURRENT_COMMAND
#define BUFFER_SOURCE_CREATED_DUE_TO_CURRENT_COMMAND        0x2
#endif
#ifndef BUFFER_FORMAT_CURRENT_INTERNAL_STATUS_DATA
#define BUFFER_FORMAT_CURRENT_INTERNAL_STATUS_DATA          0x01
#endif

typedef struct _ERROR_HISTORY_DIRECTORY_ENTRY {
    UCHAR SupportedBufferId;
    UCHAR BufferFormat;
    UCHAR BufferSource : 4;
    UCHAR Reserved0 : 4;
    UCHAR Reserved1;
    UCHAR MaxAvailableLength[4];
} ERROR_HISTORY_DIRECTORY_ENTRY, *PERROR_HISTORY_DIRECTORY_ENTRY;

typedef struct _ERROR_HISTORY_DIRECTORY {
    UCHAR T10VendorId[8];
    UCHAR ErrorHistoryVersion;
    UCHAR EHS_Retrieved : 2;
    UCHAR EHS_Source : 2;
    UCHAR CLR_SUP : 1;
    UCHAR Reserved0 : 3;
    UCHAR Reserved1[22];
    UCHAR DirectoryLength[2];
    ERROR_HISTORY_DIRECTORY_ENTRY ErrorHistoryDirectoryList[0];
} ERROR_HISTORY_DIRECTORY, *PERROR_HISTORY_DIRECTORY;

typedef struct _CURRENT_INTERNAL_STATUS_PARAMETER_DATA {
    UCHAR LogAddress;
    UCHAR Reserved0[3];
    UCHAR IEEECompanyId[4];
    UCHAR CurrentInternalStatusDataSetOneLength[2];
    UCHAR CurrentInternalStatusDataSetTwoLength[2];
    UCHAR CurrentInternalStatusDataSetThreeLength[2];
    UCHAR CurrentInternalStatusDataSetFourLength[4];
    UCHAR Reserved1[364];
    UCHAR NewSavedDataAvailable;
    UCHAR SavedDataGenerationNumber;
    UCHAR CurrentReasonIdentifier[128];
    UCHAR CurrentInternalStatusData[0];
} CURRENT_INTERNAL_STATUS_PARAMETER_DATA, *PCURRENT_INTERNAL_STATUS_PARAMETER_DATA;

/* Version descriptors for IEEE 1667 in INQUIRYDATA.VersionDescriptors. */
#ifndef VER_DESCRIPTOR_1667_NOVERSION
#define VER_DESCRIPTOR_1667_NOVERSION  0xFFC0
#define VER_DESCRIPTOR_1667_2006       0xFFC1
#define VER_DESCRIPTOR_1667_2009       0xFFC2
#endif

/* GET PHYSICAL ELEMENT STATUS parameter data (SBC-4). */
typedef struct _PHYSICAL_ELEMENT_STATUS_DATA_DESCRIPTOR {
    UCHAR Reserved1[4];
    UCHAR ElementIdentifier[4];
    UCHAR Reserved2[6];
    UCHAR PhysicalElementType;
    UCHAR PhysicalElementHealth;
    UCHAR AssociatedCapacity[8];
    UCHAR Reserved3[8];
} PHYSICAL_ELEMENT_STATUS_DATA_DESCRIPTOR, *PPHYSICAL_ELEMENT_STATUS_DATA_DESCRIPTOR;

typedef struct _PHYSICAL_ELEMENT_STATUS_PARAMETER_DATA {
    UCHAR DescriptorCount[4];
    UCHAR ReturnedDescriptorCount[4];
    UCHAR ElementIdentifierBeingDepoped[4];
    UCHAR Reserved[20];
    PHYSICAL_ELEMENT_STATUS_DATA_DESCRIPTOR Descriptors[0];
} PHYSICAL_ELEMENT_STATUS_PARAMETER_DATA, *PPHYSICAL_ELEMENT_STATUS_PARAMETER_DATA;

/* RECEIVE ROD TOKEN INFORMATION: copy operation status and transfer count units (SPC-4). */
#ifndef OPERATION_COMPLETED_WITH_SUCCESS
#define OPERATION_COMPLETED_WITH_SUCCESS        0x01
#define OPERATION_COMPLETED_WITH_ERROR          0x02
#define OPERATION_COMPLETED_WITH_RESIDUAL_DATA  0x03
#define OPERATION_IN_PROGRESS_IN_FOREGROUND     0x11
#define OPERATION_IN_PROGRESS_IN_BACKGROUND     0x12
#define OPERATION_TERMINATED                    0x60
#endif
#ifndef TRANSFER_COUNT_UNITS_BYTES
#define TRANSFER_COUNT_UNITS_BYTES          0x00
#define TRANSFER_COUNT_UNITS_KIBIBYTES      0x01
#define TRANSFER_COUNT_UNITS_MEBIBYTES      0x02
#define TRANSFER_COUNT_UNITS_GIBIBYTES      0x03
#define TRANSFER_COUNT_UNITS_TEBIBYTES      0x04
#define TRANSFER_COUNT_UNITS_PEBIBYTES      0x05
#define TRANSFER_COUNT_UNITS_EXBIBYTES      0x06
#define TRANSFER_COUNT_UNITS_NUMBER_BLOCKS  0xF1
#endif

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_SCSI_H */
