/*
 * srbhelper.h - drvls WDK supplement: accessors that work on either kind of SCSI request block.
 *
 * Storage drivers that accept both the classic SCSI_REQUEST_BLOCK and the extended
 * STORAGE_REQUEST_BLOCK read and write SRB fields through these Srb* helpers, which look at the
 * Function field to tell the two apart (SRB_FUNCTION_STORAGE_REQUEST_BLOCK marks an extended SRB) and
 * find the SCSI CDB, sense buffer and status of an extended SRB in its SRBEX_DATA_SCSI_CDB16/32/VAR
 * block. Written from the documented behaviour of each routine; the bodies are this file's own.
 */
#ifndef DRVLS_WDK_SHIM_SRBHELPER_H
#define DRVLS_WDK_SHIM_SRBHELPER_H

#include <srb.h>
#include <scsi.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef SRBHELPER_INLINE
#define SRBHELPER_INLINE static __inline
#endif

#define DRVLS_SRB_IS_EX(Srb) \
    (((PSTORAGE_REQUEST_BLOCK_HEADER)(Srb))->Function == SRB_FUNCTION_STORAGE_REQUEST_BLOCK)

SRBHELPER_INLINE PSRBEX_DATA SrbGetSrbExDataByIndex(PSTORAGE_REQUEST_BLOCK Srb, ULONG SrbExDataIndex)
{
    if (Srb->Function == SRB_FUNCTION_STORAGE_REQUEST_BLOCK && SrbExDataIndex < Srb->NumSrbExData &&
        Srb->SrbExDataOffset[SrbExDataIndex] >= sizeof(STORAGE_REQUEST_BLOCK) &&
        Srb->SrbExDataOffset[SrbExDataIndex] < Srb->SrbLength) {
        return (PSRBEX_DATA)((PUCHAR)Srb + Srb->SrbExDataOffset[SrbExDataIndex]);
    }
    return NULL;
}

SRBHELPER_INLINE PSRBEX_DATA SrbGetSrbExDataByType(PSTORAGE_REQUEST_BLOCK Srb, SRBEXDATATYPE Type)
{
    ULONG i;
    for (i = 0; i < Srb->NumSrbExData; i++) {
        PSRBEX_DATA data = SrbGetSrbExDataByIndex(Srb, i);
        if (data != NULL && data->Type == Type) {
            return data;
        }
    }
    return NULL;
}

SRBHELPER_INLINE PSRBEX_DATA SrbGetPrimarySrbExData(PSTORAGE_REQUEST_BLOCK Srb)
{
    PSRBEX_DATA data = NULL;
    switch (Srb->SrbFunction) {
    case SRB_FUNCTION_EXECUTE_SCSI:
        data = SrbGetSrbExDataByType(Srb, SrbExDataTypeScsiCdb16);
        if (data == NULL) {
            data = SrbGetSrbExDataByType(Srb, SrbExDataTypeScsiCdb32);
        }
        if (data == NULL) {
            data = SrbGetSrbExDataByType(Srb, SrbExDataTypeScsiCdbVar);
        }
        break;
    case SRB_FUNCTION_WMI:
        data = SrbGetSrbExDataByType(Srb, SrbExDataTypeWmi);
        break;
    case SRB_FUNCTION_POWER:
        data = SrbGetSrbExDataByType(Srb, SrbExDataTypePower);
        break;
    case SRB_FUNCTION_PNP:
        data = SrbGetSrbExDataByType(Srb, SrbExDataTypePnP);
        break;
    default:
        break;
    }
    return data;
}

SRBHELPER_INLINE PSTOR_ADDRESS SrbGetAddress(PSTORAGE_REQUEST_BLOCK Srb)
{
    if (Srb->AddressOffset == 0) {
        return NULL;
    }
    return (PSTOR_ADDRESS)((PUCHAR)Srb + Srb->AddressOffset);
}

SRBHELPER_INLINE PCDB SrbGetScsiData(PSTORAGE_REQUEST_BLOCK SrbEx, PUCHAR CdbLength8, PULONG CdbLength32,
                                     PUCHAR ScsiStatus, PVOID *SenseInfoBuffer,
                                     PUCHAR SenseInfoBufferLength)
{
    PSRBEX_DATA data = SrbGetPrimarySrbExData(SrbEx);
    PCDB cdb = NULL;
    if (data == NULL) {
        return NULL;
    }
    if (data->Type == SrbExDataTypeScsiCdb16) {
        PSRBEX_DATA_SCSI_CDB16 d = (PSRBEX_DATA_SCSI_CDB16)data;
        cdb = (PCDB)d->Cdb;
        if (CdbLength8) *CdbLength8 = d->CdbLength;
        if (CdbLength32) *CdbLength32 = d->CdbLength;
        if (ScsiStatus) *ScsiStatus = d->ScsiStatus;
        if (SenseInfoBuffer) *SenseInfoBuffer = d->SenseInfoBuffer;
        if (SenseInfoBufferLength) *SenseInfoBufferLength = d->SenseInfoBufferLength;
    } else if (data->Type == SrbExDataTypeScsiCdb32) {
        PSRBEX_DATA_SCSI_CDB32 d = (PSRBEX_DATA_SCSI_CDB32)data;
        cdb = (PCDB)d->Cdb;
        if (CdbLength8) *CdbLength8 = d->CdbLength;
        if (CdbLength32) *CdbLength32 = d->CdbLength;
        if (ScsiStatus) *ScsiStatus = d->ScsiStatus;
        if (SenseInfoBuffer) *SenseInfoBuffer = d->SenseInfoBuffer;
        if (SenseInfoBufferLength) *SenseInfoBufferLength = d->SenseInfoBufferLength;
    } else if (data->Type == SrbExDataTypeScsiCdbVar) {
        PSRBEX_DATA_SCSI_CDB_VAR d = (PSRBEX_DATA_SCSI_CDB_VAR)data;
        cdb = (PCDB)d->Cdb;
        if (CdbLength8) *CdbLength8 = (UCHAR)d->CdbLength;
        if (CdbLength32) *CdbLength32 = d->CdbLength;
        if (ScsiStatus) *ScsiStatus = d->ScsiStatus;
        if (SenseInfoBuffer) *SenseInfoBuffer = d->SenseInfoBuffer;
        if (SenseInfoBufferLength) *SenseInfoBufferLength = d->SenseInfoBufferLength;
    }
    return cdb;
}

SRBHELPER_INLINE VOID SrbSetScsiData(PSTORAGE_REQUEST_BLOCK SrbEx, PUCHAR CdbLength8, PULONG CdbLength32,
                                     PUCHAR ScsiStatus, PVOID *SenseInfoBuffer,
                                     PUCHAR SenseInfoBufferLength)
{
    PSRBEX_DATA data = SrbGetPrimarySrbExData(SrbEx);
    if (data == NULL) {
        return;
    }
    if (data->Type == SrbExDataTypeScsiCdb16) {
        PSRBEX_DATA_SCSI_CDB16 d = (PSRBEX_DATA_SCSI_CDB16)data;
        if (CdbLength8) d->CdbLength = *CdbLength8;
        if (ScsiStatus) d->ScsiStatus = *ScsiStatus;
        if (SenseInfoBuffer) d->SenseInfoBuffer = *SenseInfoBuffer;
        if (SenseInfoBufferLength) d->SenseInfoBufferLength = *SenseInfoBufferLength;
    } else if (data->Type == SrbExDataTypeScsiCdb32) {
        PSRBEX_DATA_SCSI_CDB32 d = (PSRBEX_DATA_SCSI_CDB32)data;
        if (CdbLength8) d->CdbLength = *CdbLength8;
        if (ScsiStatus) d->ScsiStatus = *ScsiStatus;
        if (SenseInfoBuffer) d->SenseInfoBuffer = *SenseInfoBuffer;
        if (SenseInfoBufferLength) d->SenseInfoBufferLength = *SenseInfoBufferLength;
    } else if (data->Type == SrbExDataTypeScsiCdbVar) {
        PSRBEX_DATA_SCSI_CDB_VAR d = (PSRBEX_DATA_SCSI_CDB_VAR)data;
        if (CdbLength32) d->CdbLength = *CdbLength32;
        if (ScsiStatus) d->ScsiStatus = *ScsiStatus;
        if (SenseInfoBuffer) d->SenseInfoBuffer = *SenseInfoBuffer;
        if (SenseInfoBufferLength) d->SenseInfoBufferLength = *SenseInfoBufferLength;
    }
}

SRBHELPER_INLINE PCDB SrbGetCdb(PVOID Srb)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        return SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, NULL, NULL, NULL);
    }
    return (PCDB)((PSCSI_REQUEST_BLOCK)Srb)->Cdb;
}

SRBHELPER_INLINE ULONG SrbGetSrbFunction(PVOID Srb)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFunction;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->Function;
}

SRBHELPER_INLINE PVOID SrbGetSenseInfoBuffer(PVOID Srb)
{
    PVOID buffer = NULL;
    if (DRVLS_SRB_IS_EX(Srb)) {
        SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, NULL, &buffer, NULL);
        return buffer;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->SenseInfoBuffer;
}

SRBHELPER_INLINE UCHAR SrbGetSenseInfoBufferLength(PVOID Srb)
{
    UCHAR length = 0;
    if (DRVLS_SRB_IS_EX(Srb)) {
        SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, NULL, NULL, &length);
        return length;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->SenseInfoBufferLength;
}

SRBHELPER_INLINE VOID SrbSetSenseInfoBuffer(PVOID Srb, PVOID SenseInfoBuffer)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        SrbSetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, NULL, &SenseInfoBuffer, NULL);
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->SenseInfoBuffer = SenseInfoBuffer;
    }
}

SRBHELPER_INLINE VOID SrbSetSenseInfoBufferLength(PVOID Srb, UCHAR SenseInfoBufferLength)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        SrbSetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, NULL, NULL, &SenseInfoBufferLength);
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->SenseInfoBufferLength = SenseInfoBufferLength;
    }
}

SRBHELPER_INLINE UCHAR SrbGetScsiStatus(PVOID Srb)
{
    UCHAR status = 0xFF;
    if (DRVLS_SRB_IS_EX(Srb)) {
        SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, &status, NULL, NULL);
        return status;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->ScsiStatus;
}

SRBHELPER_INLINE VOID SrbSetScsiStatus(PVOID Srb, UCHAR ScsiStatus)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        SrbSetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, &ScsiStatus, NULL, NULL);
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->ScsiStatus = ScsiStatus;
    }
}

SRBHELPER_INLINE UCHAR SrbGetCdbLength(PVOID Srb)
{
    UCHAR length = 0;
    if (DRVLS_SRB_IS_EX(Srb)) {
        SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, &length, NULL, NULL, NULL, NULL);
        return length;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->CdbLength;
}

SRBHELPER_INLINE VOID SrbSetCdbLength(PVOID Srb, UCHAR CdbLength)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        ULONG length32 = CdbLength;
        SrbSetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, &CdbLength, &length32, NULL, NULL, NULL);
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->CdbLength = CdbLength;
    }
}

SRBHELPER_INLINE PVOID SrbGetDataBuffer(PVOID Srb)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->DataBuffer;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->DataBuffer;
}

SRBHELPER_INLINE VOID SrbSetDataBuffer(PVOID Srb, PVOID DataBuffer)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->DataBuffer = DataBuffer;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->DataBuffer = DataBuffer;
    }
}

SRBHELPER_INLINE ULONG SrbGetDataTransferLength(PVOID Srb)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->DataTransferLength;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->DataTransferLength;
}

SRBHELPER_INLINE VOID SrbSetDataTransferLength(PVOID Srb, ULONG DataTransferLength)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->DataTransferLength = DataTransferLength;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->DataTransferLength = DataTransferLength;
    }
}

SRBHELPER_INLINE ULONG SrbGetTimeOutValue(PVOID Srb)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->TimeOutValue;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->TimeOutValue;
}

SRBHELPER_INLINE VOID SrbSetTimeOutValue(PVOID Srb, ULONG TimeOutValue)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->TimeOutValue = TimeOutValue;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->TimeOutValue = TimeOutValue;
    }
}

SRBHELPER_INLINE ULONG SrbGetSrbFlags(PVOID Srb)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFlags;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->SrbFlags;
}

/* SrbSetSrbFlags adds the given flags; SrbAssignSrbFlags replaces them; SrbClearSrbFlags removes them. */
SRBHELPER_INLINE VOID SrbSetSrbFlags(PVOID Srb, ULONG Flags)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFlags |= Flags;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->SrbFlags |= Flags;
    }
}

SRBHELPER_INLINE VOID SrbAssignSrbFlags(PVOID Srb, ULONG Flags)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFlags = Flags;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->SrbFlags = Flags;
    }
}

SRBHELPER_INLINE VOID SrbClearSrbFlags(PVOID Srb, ULONG Flags)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFlags &= ~Flags;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->SrbFlags &= ~Flags;
    }
}

SRBHELPER_INLINE PVOID SrbGetOriginalRequest(PVOID Srb)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->OriginalRequest;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->OriginalRequest;
}

SRBHELPER_INLINE VOID SrbSetOriginalRequest(PVOID Srb, PVOID OriginalRequest)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->OriginalRequest = OriginalRequest;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->OriginalRequest = OriginalRequest;
    }
}

SRBHELPER_INLINE PVOID SrbGetNextSrb(PVOID Srb)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        return (PVOID)((PSTORAGE_REQUEST_BLOCK)Srb)->NextSrb;
    }
    return (PVOID)((PSCSI_REQUEST_BLOCK)Srb)->NextSrb;
}

SRBHELPER_INLINE VOID SrbSetNextSrb(PVOID Srb, PVOID NextSrb)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->NextSrb = (PSTORAGE_REQUEST_BLOCK)NextSrb;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->NextSrb = (PSCSI_REQUEST_BLOCK)NextSrb;
    }
}

SRBHELPER_INLINE UCHAR SrbGetSrbStatus(PVOID Srb)
{
    return ((PSTORAGE_REQUEST_BLOCK_HEADER)Srb)->SrbStatus;
}

SRBHELPER_INLINE VOID SrbSetSrbStatus(PVOID Srb, UCHAR Status)
{
    ((PSTORAGE_REQUEST_BLOCK_HEADER)Srb)->SrbStatus = Status;
}

SRBHELPER_INLINE ULONG SrbGetSystemStatus(PVOID Srb)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->SystemStatus;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->InternalStatus;
}

SRBHELPER_INLINE VOID SrbSetSystemStatus(PVOID Srb, ULONG Status)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->SystemStatus = Status;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->InternalStatus = Status;
    }
}

SRBHELPER_INLINE ULONG SrbGetRequestTag(PVOID Srb)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->RequestTag;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->QueueTag;
}

SRBHELPER_INLINE VOID SrbSetRequestTag(PVOID Srb, ULONG RequestTag)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->RequestTag = RequestTag;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->QueueTag = (UCHAR)RequestTag;
    }
}

SRBHELPER_INLINE ULONG SrbGetQueueTag(PVOID Srb)
{
    return SrbGetRequestTag(Srb);
}

SRBHELPER_INLINE VOID SrbSetQueueTag(PVOID Srb, ULONG QueueTag)
{
    SrbSetRequestTag(Srb, QueueTag);
}

SRBHELPER_INLINE UCHAR SrbGetRequestAttribute(PVOID Srb)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        return (UCHAR)((PSTORAGE_REQUEST_BLOCK)Srb)->RequestAttribute;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->QueueAction;
}

SRBHELPER_INLINE VOID SrbSetRequestAttribute(PVOID Srb, UCHAR RequestAttribute)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->RequestAttribute = RequestAttribute;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->QueueAction = RequestAttribute;
    }
}

SRBHELPER_INLINE UCHAR SrbGetQueueAction(PVOID Srb)
{
    return SrbGetRequestAttribute(Srb);
}

SRBHELPER_INLINE VOID SrbSetQueueAction(PVOID Srb, UCHAR QueueAction)
{
    SrbSetRequestAttribute(Srb, QueueAction);
}

SRBHELPER_INLINE VOID SrbSetQueueSortKey(PVOID Srb, ULONG QueueSortKey)
{
    if (!DRVLS_SRB_IS_EX(Srb)) {
        ((PSCSI_REQUEST_BLOCK)Srb)->QueueSortKey = QueueSortKey;
    }
}

SRBHELPER_INLINE ULONG SrbGetSrbLength(PVOID Srb)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbLength;
    }
    return sizeof(SCSI_REQUEST_BLOCK);
}

SRBHELPER_INLINE VOID SrbSetSrbLength(PVOID Srb, ULONG Length)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbLength = Length;
    }
}

SRBHELPER_INLINE PVOID SrbGetMiniportContext(PVOID Srb)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->MiniportContext;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->SrbExtension;
}

SRBHELPER_INLINE PVOID SrbGetPortContext(PVOID Srb)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->PortContext;
    }
    return NULL;
}

SRBHELPER_INLINE VOID SrbSetPortContext(PVOID Srb, PVOID PortContext)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->PortContext = PortContext;
    }
}

SRBHELPER_INLINE VOID SrbGetPathTargetLun(PVOID Srb, PUCHAR PathId, PUCHAR TargetId, PUCHAR Lun)
{
    if (DRVLS_SRB_IS_EX(Srb)) {
        PSTOR_ADDRESS address = SrbGetAddress((PSTORAGE_REQUEST_BLOCK)Srb);
        if (address != NULL && address->Type == STOR_ADDRESS_TYPE_BTL8) {
            PSTOR_ADDR_BTL8 btl8 = (PSTOR_ADDR_BTL8)address;
            if (PathId) *PathId = btl8->Path;
            if (TargetId) *TargetId = btl8->Target;
            if (Lun) *Lun = btl8->Lun;
        }
        return;
    }
    if (PathId) *PathId = ((PSCSI_REQUEST_BLOCK)Srb)->PathId;
    if (TargetId) *TargetId = ((PSCSI_REQUEST_BLOCK)Srb)->TargetId;
    if (Lun) *Lun = ((PSCSI_REQUEST_BLOCK)Srb)->Lun;
}

SRBHELPER_INLINE UCHAR SrbGetPathId(PVOID Srb)
{
    UCHAR path = 0;
    SrbGetPathTargetLun(Srb, &path, NULL, NULL);
    return path;
}

SRBHELPER_INLINE UCHAR SrbGetTargetId(PVOID Srb)
{
    UCHAR target = 0;
    SrbGetPathTargetLun(Srb, NULL, &target, NULL);
    return target;
}

SRBHELPER_INLINE UCHAR SrbGetLun(PVOID Srb)
{
    UCHAR lun = 0;
    SrbGetPathTargetLun(Srb, NULL, NULL, &lun);
    return lun;
}

/* Zeroes an SRB; an extended SRB keeps the fields that say what it is and how large it is. */
SRBHELPER_INLINE VOID SrbZeroSrb(PVOID Srb)
{
    ULONG i;
    if (DRVLS_SRB_IS_EX(Srb)) {
        PSTORAGE_REQUEST_BLOCK srb = (PSTORAGE_REQUEST_BLOCK)Srb;
        USHORT length = srb->Length;
        ULONG signature = srb->Signature, version = srb->Version, srbLength = srb->SrbLength;
        for (i = 0; i < srbLength; i++) {
            ((PUCHAR)Srb)[i] = 0;
        }
        srb->Length = length;
        srb->Function = SRB_FUNCTION_STORAGE_REQUEST_BLOCK;
        srb->Signature = signature;
        srb->Version = version;
        srb->SrbLength = srbLength;
    } else {
        for (i = 0; i < sizeof(SCSI_REQUEST_BLOCK); i++) {
            ((PUCHAR)Srb)[i] = 0;
        }
    }
}

/* Copies SourceSrb into DestinationSrb; fails with STATUS_BUFFER_TOO_SMALL when it does not fit. */
SRBHELPER_INLINE NTSTATUS SrbCopySrb(PVOID DestinationSrb, ULONG DestinationSrbLength, PVOID SourceSrb)
{
    ULONG length = SrbGetSrbLength(SourceSrb), i;
    if (length > DestinationSrbLength) {
        return (NTSTATUS)0xC0000023L;
    }
    for (i = 0; i < length; i++) {
        ((PUCHAR)DestinationSrb)[i] = ((PUCHAR)SourceSrb)[i];
    }
    return (NTSTATUS)0x00000000L;
}

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_SRBHELPER_H */
