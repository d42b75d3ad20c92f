/*
 * ntddsd.h - drvls WDK supplement: the Secure Digital (SD) bus interface.
 *
 * mingw-w64 has no ntddsd.h. This file declares what an SD/SDIO function driver uses to talk to the SD bus
 * driver: the command descriptor and argument layouts (SDCMD_DESCRIPTOR, SD_RW_DIRECT_ARGUMENT,
 * SD_RW_EXTENDED_ARGUMENT, the SD_COMMAND_CLASS / SD_TRANSFER_DIRECTION / SD_TRANSFER_TYPE /
 * SD_RESPONSE_TYPE enumerations, which the WDK keeps in sddef.h), the bus properties (SDBUS_PROPERTY),
 * the request packet (SDBUS_REQUEST_PACKET), the interface structure and its routines
 * (SDBUS_INTERFACE_STANDARD, SDBUS_INTERFACE_PARAMETERS) and the calls SdBusOpenInterface,
 * SdBusSubmitRequest and SdBusSubmitRequestAsync.
 */
#ifndef DRVLS_WDK_SHIM_NTDDSD_H
#define DRVLS_WDK_SHIM_NTDDSD_H

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The interface GUID the bus driver answers IRP_MN_QUERY_INTERFACE for. */
DEFINE_GUID(GUID_SDBUS_INTERFACE_STANDARD,
            0x6bb24d81, 0xe924, 0x4825, 0xaf, 0x49, 0x3a, 0xcd, 0x33, 0xc1, 0xd8, 0x20);

/* Interface version a caller asks SdBusOpenInterface for (value not documented; any value parses). */
#ifndef SDBUS_INTERFACE_VERSION
#define SDBUS_INTERFACE_VERSION 0x101
#endif

/* The internal device control request SdBusSubmitRequestAsync builds (value not documented; any
 * distinct value parses). */
#ifndef IOCTL_SD_SUBMIT_REQUEST
#define IOCTL_SD_SUBMIT_REQUEST CTL_CODE(FILE_DEVICE_CONTROLLER, 0x0D00, METHOD_NEITHER, FILE_ANY_ACCESS)
#endif
#ifndef SDBUS_DRIVER_VERSION_1
#define SDBUS_DRIVER_VERSION_1 0x100
#endif
#ifndef SDBUS_DRIVER_VERSION_2
#define SDBUS_DRIVER_VERSION_2 0x200
#endif

/* ---- Commands (sddef.h in the WDK) ---- */

typedef UCHAR SD_COMMAND_CODE;

#ifndef SDCMD_IO_RW_DIRECT
#define SDCMD_IO_RW_DIRECT 52
#endif
#ifndef SDCMD_IO_RW_EXTENDED
#define SDCMD_IO_RW_EXTENDED 53
#endif

typedef enum {
    SDCC_STANDARD,
    SDCC_APP_CMD
} SD_COMMAND_CLASS;

typedef enum {
    SDTD_UNSPECIFIED = 0,
    SDTD_READ = 1,
    SDTD_WRITE = 2
} SD_TRANSFER_DIRECTION;

typedef enum {
    SDTT_UNSPECIFIED,
    SDTT_CMD_ONLY,
    SDTT_SINGLE_BLOCK,
    SDTT_MULTI_BLOCK,
    SDTT_MULTI_BLOCK_NO_CMD12
} SD_TRANSFER_TYPE;

typedef enum {
    SDRT_UNSPECIFIED = 0,
    SDRT_NONE,
    SDRT_1,
    SDRT_1B,
    SDRT_2,
    SDRT_3,
    SDRT_4,
    SDRT_5,
    SDRT_5B,
    SDRT_6
} SD_RESPONSE_TYPE;

typedef struct _SDCMD_DESCRIPTOR {
    SD_COMMAND_CODE Cmd;
    SD_COMMAND_CLASS CmdClass;
    SD_TRANSFER_DIRECTION TransferDirection;
    SD_TRANSFER_TYPE TransferType;
    SD_RESPONSE_TYPE ResponseType;
} SDCMD_DESCRIPTOR, *PSDCMD_DESCRIPTOR;

/* Argument of CMD52 (IO_RW_DIRECT): one byte at one register. */
typedef struct _SD_RW_DIRECT_ARGUMENT {
    union {
        struct {
            ULONG Data : 8;
            ULONG Reserved1 : 1;
            ULONG Address : 17;
            ULONG Reserved2 : 1;
            ULONG ReadAfterWrite : 1;
            ULONG Function : 3;
            ULONG WriteToDevice : 1;
        } bits;
        ULONG AsULONG;
    } u;
} SD_RW_DIRECT_ARGUMENT, *PSD_RW_DIRECT_ARGUMENT;

/* Argument of CMD53 (IO_RW_EXTENDED): a buffer, in bytes or blocks. */
typedef struct _SD_RW_EXTENDED_ARGUMENT {
    union {
        struct {
            ULONG Count : 9;
            ULONG Address : 17;
            ULONG OpCode : 1;
            ULONG BlockMode : 1;
            ULONG Function : 3;
            ULONG WriteToDevice : 1;
        } bits;
        ULONG AsULONG;
    } u;
} SD_RW_EXTENDED_ARGUMENT, *PSD_RW_EXTENDED_ARGUMENT;

/* R4 response (IO_SEND_OP_COND). */
typedef struct _SDRESP_TYPE3 {
    ULONG Reserved1 : 4;
    ULONG VoltageProfile : 20;
    ULONG Reserved2 : 7;
    ULONG PowerState : 1;
} SDRESP_TYPE3, *PSDRESP_TYPE3;

/* ---- Properties ---- */

typedef enum {
    SDP_MEDIA_CHANGECOUNT = 0,
    SDP_MEDIA_STATE,
    SDP_WRITE_PROTECTED,
    SDP_FUNCTION_NUMBER,
    SDP_FUNCTION_TYPE,
    SDP_BUS_DRIVER_VERSION,
    SDP_BUS_WIDTH,
    SDP_BUS_CLOCK,
    SDP_BUS_INTERFACE_CONTROL,
    SDP_HOST_BLOCK_LENGTH,
    SDP_FUNCTION_BLOCK_LENGTH,
    SDP_FN0_BLOCK_LENGTH,
    SDP_FUNCTION_INT_ENABLE,
    SDP_SET_CARD_INTERRUPT_FORWARD,
    SDP_SET_WAKE_INTERRUPT_FORWARD,
    SDP_HIGH_CAPACITY_SUPPORTED,
    SDP_CHAINED_MDL_SUPPORTED,
    SDP_HPI_SUPPORTED
} SDBUS_PROPERTY;

typedef enum {
    SDPMS_NO_MEDIA = 0,
    SDPMS_MEDIA_INSERTED
} SDPROP_MEDIA_STATE;

/* What SDP_FUNCTION_TYPE returns. */
typedef enum {
    SDBUS_FUNCTION_TYPE_UNKNOWN = 0,
    SDBUS_FUNCTION_TYPE_SDIO,
    SDBUS_FUNCTION_TYPE_SD_MEMORY,
    SDBUS_FUNCTION_TYPE_MMC_MEMORY
} SDBUS_FUNCTION_TYPE;

typedef enum {
    SDRF_GET_PROPERTY,
    SDRF_SET_PROPERTY,
    SDRF_DEVICE_COMMAND,
    SDRF_ERASE_COMMAND,
    SDRF_MMC_SOFT_RESET,
    SDRF_MMC_HPI,
    SDRF_DEVICE_COMMAND_EX
} SD_REQUEST_FUNCTION;

typedef enum {
    SDBUS_ERASE_TYPE_ERASE = 0,
    SDBUS_ERASE_TYPE_SECURE_ERASE,
    SDBUS_ERASE_TYPE_TRIM,
    SDBUS_ERASE_TYPE_SECURE_TRIM
} SDBUS_ERASE_TYPE;

/* ---- Requests ---- */

typedef struct _SDBUS_REQUEST_PACKET {
    SD_REQUEST_FUNCTION RequestFunction;
    PVOID UserContext[3];
    ULONG_PTR Information;
    union {
        UCHAR AsUCHAR[16];
        ULONG AsULONG[4];
        SDRESP_TYPE3 Type3;
    } ResponseData;
    UCHAR ResponseLength;
    UCHAR Reserved;
    USHORT Flags;
    union {
        struct {
            SDBUS_PROPERTY Property;
            PVOID Buffer;
            ULONG Length;
        } GetSetProperty;
        struct {
            SDCMD_DESCRIPTOR CmdDesc;
            ULONG Argument;
            PMDL Mdl;
            ULONG Length;
        } DeviceCommand;
        struct {
            SDBUS_ERASE_TYPE EraseType;
            ULONG StartBlock;
            ULONG EndBlock;
        } EraseCommand;
        struct {
            ULONG Frequency;
        } MmcSoftReset;
        struct {
            PIRP IrpToHpi;
        } MmcHpi;
    } Parameters;
} SDBUS_REQUEST_PACKET, *PSDBUS_REQUEST_PACKET;

/* ---- The interface ---- */

/* Called by the bus driver when the device interrupts. */
typedef VOID (*PSDBUS_CALLBACK_ROUTINE)(PVOID CallbackRoutineContext, ULONG InterruptType);

typedef struct _SDBUS_INTERFACE_PARAMETERS {
    USHORT Size;
    USHORT SdioFlags;
    PDEVICE_OBJECT TargetObject;
    BOOLEAN DeviceGeneratesInterrupts;
    BOOLEAN CallbackAtDpcLevel;
    PSDBUS_CALLBACK_ROUTINE CallbackRoutine;
    PVOID CallbackRoutineContext;
} SDBUS_INTERFACE_PARAMETERS, *PSDBUS_INTERFACE_PARAMETERS;

typedef NTSTATUS (*PSDBUS_INITIALIZE_INTERFACE_ROUTINE)(PVOID Context,
                                                        PSDBUS_INTERFACE_PARAMETERS InterfaceParameters);
typedef NTSTATUS (*PSDBUS_ACKNOWLEDGE_INT_ROUTINE)(PVOID Context);

typedef struct _SDBUS_INTERFACE_STANDARD {
    USHORT Size;
    USHORT Version;
    PVOID Context;
    PINTERFACE_REFERENCE InterfaceReference;
    PINTERFACE_DEREFERENCE InterfaceDereference;
    PSDBUS_INITIALIZE_INTERFACE_ROUTINE InitializeInterface;
    PSDBUS_ACKNOWLEDGE_INT_ROUTINE AcknowledgeInterrupt;
} SDBUS_INTERFACE_STANDARD, *PSDBUS_INTERFACE_STANDARD;

NTSTATUS SdBusOpenInterface(PDEVICE_OBJECT Pdo, PSDBUS_INTERFACE_STANDARD InterfaceStandard, USHORT Size,
                            USHORT Version);
NTSTATUS SdBusSubmitRequest(PVOID InterfaceContext, PSDBUS_REQUEST_PACKET Packet);
NTSTATUS SdBusSubmitRequestAsync(PVOID InterfaceContext, PSDBUS_REQUEST_PACKET Packet, PIRP Irp,
                                 PIO_COMPLETION_ROUTINE CompletionRoutine, PVOID UserContext);

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_NTDDSD_H */
