/*
 * netioddk.h - drvls WDK supplement: the Network Module Registrar (NMR) interface.
 *
 * Network modules (WSK clients, WFP and TDI-replacement providers, ...) attach to each other through
 * the NMR: a client registers NPI_CLIENT_CHARACTERISTICS with NmrRegisterClient, a provider registers
 * NPI_PROVIDER_CHARACTERISTICS with NmrRegisterProvider, and the NMR calls their attach / detach /
 * cleanup callbacks. This file declares those structures, the callback roles (each a function type
 * with a P*_FN pointer type, so `NPI_CLIENT_ATTACH_PROVIDER_FN MyAttach;` declares the function) and
 * the Nmr* calls. Like the WDK's, it includes netiodef.h (packet headers, discard reasons).
 *
 * Written from the public WDK reference documentation (netioddk.h); no header text is copied.
 * Declarations only.
 */
#ifndef DRVLS_WDK_SHIM_NETIODDK_H
#define DRVLS_WDK_SHIM_NETIODDK_H

#include <ntddk.h>
#include <guiddef.h>
#include <netiodef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------------------------------
 * Identifiers
 * ------------------------------------------------------------------------------------------------- */
/* A network programming interface is identified by a GUID. */
typedef GUID NPIID;
typedef CONST NPIID *PNPIID;

typedef enum _NPI_MODULEID_TYPE {
    MIT_GUID = 1,
    MIT_IF_LUID
} NPI_MODULEID_TYPE;

/* Identifies a network module: a GUID, or the LUID of an interface. */
typedef struct _NPI_MODULEID {
    USHORT Length;
    NPI_MODULEID_TYPE Type;
    union {
        GUID Guid;
        LUID IfLuid;
    };
} NPI_MODULEID, *PNPI_MODULEID;
typedef CONST NPI_MODULEID *PCNPI_MODULEID;

/* True when both module ids are of the same type and value. */
BOOLEAN NTAPI NmrIsEqualNpiModuleId(_In_ PCNPI_MODULEID ModuleId1, _In_ PCNPI_MODULEID ModuleId2);

/* How a module registers: the NPI it implements or uses and its own id. */
typedef struct _NPI_REGISTRATION_INSTANCE {
    USHORT Version;
    USHORT Size;
    PNPIID NpiId;
    PCNPI_MODULEID ModuleId;
    ULONG Number;
    CONST VOID *NpiSpecificCharacteristics;
} NPI_REGISTRATION_INSTANCE, *PNPI_REGISTRATION_INSTANCE;

/* ---------------------------------------------------------------------------------------------------
 * Client module
 * ------------------------------------------------------------------------------------------------- */
typedef NTSTATUS NTAPI NPI_CLIENT_ATTACH_PROVIDER_FN(_In_ HANDLE NmrBindingHandle, _In_ PVOID ClientContext,
                                                    _In_ PNPI_REGISTRATION_INSTANCE ProviderRegistrationInstance);
typedef NPI_CLIENT_ATTACH_PROVIDER_FN *PNPI_CLIENT_ATTACH_PROVIDER_FN;

typedef NTSTATUS NTAPI NPI_CLIENT_DETACH_PROVIDER_FN(_In_ PVOID ClientBindingContext);
typedef NPI_CLIENT_DETACH_PROVIDER_FN *PNPI_CLIENT_DETACH_PROVIDER_FN;

typedef VOID NTAPI NPI_CLIENT_CLEANUP_BINDING_CONTEXT_FN(_In_ PVOID ClientBindingContext);
typedef NPI_CLIENT_CLEANUP_BINDING_CONTEXT_FN *PNPI_CLIENT_CLEANUP_BINDING_CONTEXT_FN;

typedef struct _NPI_CLIENT_CHARACTERISTICS {
    USHORT Version;
    USHORT Length;
    PNPI_CLIENT_ATTACH_PROVIDER_FN ClientAttachProvider;
    PNPI_CLIENT_DETACH_PROVIDER_FN ClientDetachProvider;
    PNPI_CLIENT_CLEANUP_BINDING_CONTEXT_FN ClientCleanupBindingContext;
    NPI_REGISTRATION_INSTANCE ClientRegistrationInstance;
} NPI_CLIENT_CHARACTERISTICS, *PNPI_CLIENT_CHARACTERISTICS;
typedef CONST NPI_CLIENT_CHARACTERISTICS *PCNPI_CLIENT_CHARACTERISTICS;

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS NTAPI NmrRegisterClient(_In_ PCNPI_CLIENT_CHARACTERISTICS ClientCharacteristics,
                                 _In_opt_ PVOID ClientContext, _Out_ PHANDLE NmrClientHandle);
NTSTATUS NTAPI NmrDeregisterClient(_In_ HANDLE NmrClientHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS NTAPI NmrWaitForClientDeregisterComplete(_In_ HANDLE NmrClientHandle);
NTSTATUS NTAPI NmrClientAttachProvider(_In_ HANDLE NmrBindingHandle, _In_ PVOID ClientBindingContext,
                                       _In_ CONST VOID *ClientDispatch, _Out_ PVOID *ProviderBindingContext,
                                       _Out_ CONST VOID **ProviderDispatch);
VOID NTAPI NmrClientDetachProviderComplete(_In_ HANDLE NmrBindingHandle);

/* ---------------------------------------------------------------------------------------------------
 * Provider module
 * ------------------------------------------------------------------------------------------------- */
typedef NTSTATUS NTAPI NPI_PROVIDER_ATTACH_CLIENT_FN(_In_ HANDLE NmrBindingHandle, _In_ PVOID ProviderContext,
                                                    _In_ PNPI_REGISTRATION_INSTANCE ClientRegistrationInstance,
                                                    _In_ PVOID ClientBindingContext, _In_ CONST VOID *ClientDispatch,
                                                    _Out_ PVOID *ProviderBindingContext,
                                                    _Out_ CONST VOID **ProviderDispatch);
typedef NPI_PROVIDER_ATTACH_CLIENT_FN *PNPI_PROVIDER_ATTACH_CLIENT_FN;

typedef NTSTATUS NTAPI NPI_PROVIDER_DETACH_CLIENT_FN(_In_ PVOID ProviderBindingContext);
typedef NPI_PROVIDER_DETACH_CLIENT_FN *PNPI_PROVIDER_DETACH_CLIENT_FN;

typedef VOID NTAPI NPI_PROVIDER_CLEANUP_BINDING_CONTEXT_FN(_In_ PVOID ProviderBindingContext);
typedef NPI_PROVIDER_CLEANUP_BINDING_CONTEXT_FN *PNPI_PROVIDER_CLEANUP_BINDING_CONTEXT_FN;

typedef struct _NPI_PROVIDER_CHARACTERISTICS {
    USHORT Version;
    USHORT Length;
    PNPI_PROVIDER_ATTACH_CLIENT_FN ProviderAttachClient;
    PNPI_PROVIDER_DETACH_CLIENT_FN ProviderDetachClient;
    PNPI_PROVIDER_CLEANUP_BINDING_CONTEXT_FN ProviderCleanupBindingContext;
    NPI_REGISTRATION_INSTANCE ProviderRegistrationInstance;
} NPI_PROVIDER_CHARACTERISTICS, *PNPI_PROVIDER_CHARACTERISTICS;
typedef CONST NPI_PROVIDER_CHARACTERISTICS *PCNPI_PROVIDER_CHARACTERISTICS;

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS NTAPI NmrRegisterProvider(_In_ PCNPI_PROVIDER_CHARACTERISTICS ProviderCharacteristics,
                                   _In_opt_ PVOID ProviderContext, _Out_ PHANDLE NmrProviderHandle);
NTSTATUS NTAPI NmrDeregisterProvider(_In_ HANDLE NmrProviderHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS NTAPI NmrWaitForProviderDeregisterComplete(_In_ HANDLE NmrProviderHandle);
VOID NTAPI NmrProviderDetachClientComplete(_In_ HANDLE NmrBindingHandle);

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_NETIODDK_H */
