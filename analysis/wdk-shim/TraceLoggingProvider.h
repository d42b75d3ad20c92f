/*
 * TraceLoggingProvider.h - drvls WDK supplement: the TraceLogging event-writing interface.
 *
 * mingw-w64 has no TraceLoggingProvider.h. This file declares what a driver uses to log self-describing
 * ETW events: the provider handle (TraceLoggingHProvider), TRACELOGGING_DECLARE_PROVIDER /
 * TRACELOGGING_DEFINE_PROVIDER, TraceLoggingRegister / TraceLoggingUnregister and the TraceLoggingWrite
 * macro with its field macros (TraceLoggingValue, TraceLoggingUInt32, TraceLoggingHexUInt32,
 * TraceLoggingPointer, TraceLoggingString, TraceLoggingLevel, TraceLoggingKeyword, ...).
 *
 * For drvls the event macros only need to parse and to check their arguments: TraceLoggingWrite expands
 * to a comma expression that evaluates the provider, the event name and every field's value, cast to
 * void. No event metadata is built.
 */
#ifndef DRVLS_WDK_SHIM_TRACELOGGINGPROVIDER_H
#define DRVLS_WDK_SHIM_TRACELOGGINGPROVIDER_H

#if defined(_KERNEL_MODE) || defined(_NTDDK_) || defined(_WDMDDK_)
#include <wdm.h> /* REGHANDLE */
#else
#include <windows.h>
#include <evntprov.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* The provider: an opaque structure the DEFINE macro creates, and a const pointer to it. */
typedef struct _drvls_tlg_provider {
    const char *Name;
    GUID ProviderId;
    REGHANDLE RegHandle;
    PVOID EnableCallback;
    PVOID CallbackContext;
} drvls_tlg_provider_t;

typedef const drvls_tlg_provider_t *TraceLoggingHProvider;

#ifndef TLG_STATUS
#if defined(_KERNEL_MODE) || defined(_NTDDK_) || defined(_WDMDDK_)
#define TLG_STATUS NTSTATUS
#else
#define TLG_STATUS HRESULT
#endif
#endif

/* (l, w1, w2, b1, ..., b8) as written in TRACELOGGING_DEFINE_PROVIDER, to a GUID initializer. */
#define DRVLS_TLG_GUID_INIT(l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    { (l), (w1), (w2), { (b1), (b2), (b3), (b4), (b5), (b6), (b7), (b8) } }

#ifndef TRACELOGGING_DECLARE_PROVIDER
#define TRACELOGGING_DECLARE_PROVIDER(hProvider) \
    extern const TraceLoggingHProvider hProvider
#endif

#ifndef TRACELOGGING_DEFINE_PROVIDER
#define TRACELOGGING_DEFINE_PROVIDER(hProvider, providerName, providerId, ...) \
    static drvls_tlg_provider_t hProvider##_drvls_storage = \
        { providerName, DRVLS_TLG_GUID_INIT providerId, 0, 0, 0 }; \
    const TraceLoggingHProvider hProvider = &hProvider##_drvls_storage
#endif

#ifndef TRACELOGGING_DEFINE_PROVIDER_STORAGE
#define TRACELOGGING_DEFINE_PROVIDER_STORAGE(storageVariable, providerName, providerId, ...) \
    static drvls_tlg_provider_t storageVariable = \
        { providerName, DRVLS_TLG_GUID_INIT providerId, 0, 0, 0 }
#endif

#ifndef TraceLoggingOptionGroup
#define TraceLoggingOptionGroup(l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) /* provider option */
#endif

/* Registration. */
TLG_STATUS TraceLoggingRegister(TraceLoggingHProvider hProvider);
TLG_STATUS TraceLoggingRegisterEx(TraceLoggingHProvider hProvider, PVOID pEnableCallback,
                                  PVOID pCallbackContext);
void TraceLoggingUnregister(TraceLoggingHProvider hProvider);
BOOLEAN TraceLoggingProviderEnabled(TraceLoggingHProvider hProvider, UCHAR eventLevel,
                                    ULONGLONG eventKeyword);
#ifndef TraceLoggingProviderId
#define TraceLoggingProviderId(hProvider) (&(hProvider)->ProviderId)
#endif

/* Writing an event: the provider, a string-literal event name, then any number of fields. */
#ifndef TraceLoggingWrite
#define TraceLoggingWrite(hProvider, eventName, ...) \
    ((void)(TraceLoggingHProvider)(hProvider), (void)sizeof(eventName), ##__VA_ARGS__, (void)0)
#endif
#ifndef TraceLoggingWriteActivity
#define TraceLoggingWriteActivity(hProvider, eventName, pActivityId, pRelatedActivityId, ...) \
    ((void)(TraceLoggingHProvider)(hProvider), (void)sizeof(eventName), (void)(pActivityId), \
     (void)(pRelatedActivityId), ##__VA_ARGS__, (void)0)
#endif

/* Event properties. */
#define DRVLS_TLG_ARG(value) ((void)(value))
#ifndef TraceLoggingLevel
#define TraceLoggingLevel(eventLevel) DRVLS_TLG_ARG(eventLevel)
#endif
#ifndef TraceLoggingKeyword
#define TraceLoggingKeyword(eventKeyword) DRVLS_TLG_ARG(eventKeyword)
#endif
#ifndef TraceLoggingOpcode
#define TraceLoggingOpcode(eventOpcode) DRVLS_TLG_ARG(eventOpcode)
#endif
#ifndef TraceLoggingChannel
#define TraceLoggingChannel(eventChannel) DRVLS_TLG_ARG(eventChannel)
#endif
#ifndef TraceLoggingEventTag
#define TraceLoggingEventTag(eventTag) DRVLS_TLG_ARG(eventTag)
#endif
#ifndef TraceLoggingDescription
#define TraceLoggingDescription(description) ((void)sizeof(description))
#endif
#ifndef TraceLoggingEventId
#define TraceLoggingEventId(id, version) (DRVLS_TLG_ARG(id), DRVLS_TLG_ARG(version))
#endif

/* Fields: the value, then optional name, description and tags (not checked). */
#define DRVLS_TLG_FIELD(type, value) ((void)(type)(value))
#ifndef TraceLoggingValue
#define TraceLoggingValue(value, ...) DRVLS_TLG_ARG(value)
#endif
#ifndef TraceLoggingInt8
#define TraceLoggingInt8(value, ...) DRVLS_TLG_FIELD(INT8, value)
#define TraceLoggingUInt8(value, ...) DRVLS_TLG_FIELD(UINT8, value)
#define TraceLoggingInt16(value, ...) DRVLS_TLG_FIELD(INT16, value)
#define TraceLoggingUInt16(value, ...) DRVLS_TLG_FIELD(UINT16, value)
#define TraceLoggingInt32(value, ...) DRVLS_TLG_FIELD(INT32, value)
#define TraceLoggingUInt32(value, ...) DRVLS_TLG_FIELD(UINT32, value)
#define TraceLoggingInt64(value, ...) DRVLS_TLG_FIELD(INT64, value)
#define TraceLoggingUInt64(value, ...) DRVLS_TLG_FIELD(UINT64, value)
#define TraceLoggingIntPtr(value, ...) DRVLS_TLG_FIELD(INT_PTR, value)
#define TraceLoggingUIntPtr(value, ...) DRVLS_TLG_FIELD(UINT_PTR, value)
#define TraceLoggingLong(value, ...) DRVLS_TLG_FIELD(LONG, value)
#define TraceLoggingULong(value, ...) DRVLS_TLG_FIELD(ULONG, value)
#define TraceLoggingHexInt8(value, ...) DRVLS_TLG_FIELD(INT8, value)
#define TraceLoggingHexUInt8(value, ...) DRVLS_TLG_FIELD(UINT8, value)
#define TraceLoggingHexInt16(value, ...) DRVLS_TLG_FIELD(INT16, value)
#define TraceLoggingHexUInt16(value, ...) DRVLS_TLG_FIELD(UINT16, value)
#define TraceLoggingHexInt32(value, ...) DRVLS_TLG_FIELD(INT32, value)
#define TraceLoggingHexUInt32(value, ...) DRVLS_TLG_FIELD(UINT32, value)
#define TraceLoggingHexInt64(value, ...) DRVLS_TLG_FIELD(INT64, value)
#define TraceLoggingHexUInt64(value, ...) DRVLS_TLG_FIELD(UINT64, value)
#define TraceLoggingHexIntPtr(value, ...) DRVLS_TLG_FIELD(INT_PTR, value)
#define TraceLoggingHexUIntPtr(value, ...) DRVLS_TLG_FIELD(UINT_PTR, value)
#define TraceLoggingHexLong(value, ...) DRVLS_TLG_FIELD(LONG, value)
#define TraceLoggingHexULong(value, ...) DRVLS_TLG_FIELD(ULONG, value)
#define TraceLoggingFloat32(value, ...) DRVLS_TLG_FIELD(float, value)
#define TraceLoggingFloat64(value, ...) DRVLS_TLG_FIELD(double, value)
#define TraceLoggingBoolean(value, ...) DRVLS_TLG_FIELD(BOOLEAN, value)
#define TraceLoggingBool(value, ...) DRVLS_TLG_FIELD(BOOL, value)
#define TraceLoggingChar(value, ...) DRVLS_TLG_FIELD(char, value)
#define TraceLoggingChar16(value, ...) DRVLS_TLG_FIELD(WCHAR, value)
#define TraceLoggingWChar(value, ...) DRVLS_TLG_FIELD(WCHAR, value)
#define TraceLoggingPointer(value, ...) DRVLS_TLG_FIELD(const void *, value)
#define TraceLoggingCodePointer(value, ...) DRVLS_TLG_FIELD(const void *, value)
#define TraceLoggingPid(value, ...) DRVLS_TLG_FIELD(UINT32, value)
#define TraceLoggingTid(value, ...) DRVLS_TLG_FIELD(UINT32, value)
#define TraceLoggingIPv4Address(value, ...) DRVLS_TLG_FIELD(UINT32, value)
#define TraceLoggingWinError(value, ...) DRVLS_TLG_FIELD(UINT32, value)
#define TraceLoggingNTStatus(value, ...) DRVLS_TLG_FIELD(NTSTATUS, value)
#define TraceLoggingHResult(value, ...) DRVLS_TLG_FIELD(LONG, value)
#define TraceLoggingFileTime(value, ...) DRVLS_TLG_ARG(value)
#define TraceLoggingSystemTime(value, ...) DRVLS_TLG_ARG(value)
#define TraceLoggingGuid(value, ...) DRVLS_TLG_ARG(value)
#define TraceLoggingString(pszValue, ...) DRVLS_TLG_FIELD(const char *, pszValue)
#define TraceLoggingUtf8String(pszValue, ...) DRVLS_TLG_FIELD(const char *, pszValue)
#define TraceLoggingWideString(pszValue, ...) DRVLS_TLG_FIELD(const WCHAR *, pszValue)
#define TraceLoggingCountedString(pchValue, cchValue, ...) \
    (DRVLS_TLG_FIELD(const char *, pchValue), DRVLS_TLG_FIELD(UINT16, cchValue))
#define TraceLoggingCountedWideString(pchValue, cchValue, ...) \
    (DRVLS_TLG_FIELD(const WCHAR *, pchValue), DRVLS_TLG_FIELD(UINT16, cchValue))
#define TraceLoggingAnsiString(pValue, ...) DRVLS_TLG_ARG(pValue)
#define TraceLoggingUnicodeString(pValue, ...) DRVLS_TLG_ARG(pValue)
#define TraceLoggingSid(pValue, ...) DRVLS_TLG_FIELD(const void *, pValue)
#define TraceLoggingBinary(pValue, cbValue, ...) \
    (DRVLS_TLG_FIELD(const void *, pValue), DRVLS_TLG_FIELD(UINT16, cbValue))
#define TraceLoggingSocketAddress(pValue, cbValue, ...) \
    (DRVLS_TLG_FIELD(const void *, pValue), DRVLS_TLG_FIELD(UINT16, cbValue))
#define TraceLoggingStruct(fieldCount, name, ...) DRVLS_TLG_ARG(fieldCount)
#define TraceLoggingPackedField(pValue, cbValue, inType, name, ...) \
    (DRVLS_TLG_FIELD(const void *, pValue), DRVLS_TLG_FIELD(UINT16, cbValue))
#endif /* TraceLoggingInt8 */

/* Fixed and variable arrays: the pointer and the count. */
#ifndef TraceLoggingUInt32Array
#define DRVLS_TLG_ARRAY(pValues, cValues) (DRVLS_TLG_FIELD(const void *, pValues), DRVLS_TLG_FIELD(UINT16, cValues))
#define TraceLoggingInt8Array(pValues, cValues, ...) DRVLS_TLG_ARRAY(pValues, cValues)
#define TraceLoggingUInt8Array(pValues, cValues, ...) DRVLS_TLG_ARRAY(pValues, cValues)
#define TraceLoggingInt16Array(pValues, cValues, ...) DRVLS_TLG_ARRAY(pValues, cValues)
#define TraceLoggingUInt16Array(pValues, cValues, ...) DRVLS_TLG_ARRAY(pValues, cValues)
#define TraceLoggingInt32Array(pValues, cValues, ...) DRVLS_TLG_ARRAY(pValues, cValues)
#define TraceLoggingUInt32Array(pValues, cValues, ...) DRVLS_TLG_ARRAY(pValues, cValues)
#define TraceLoggingInt64Array(pValues, cValues, ...) DRVLS_TLG_ARRAY(pValues, cValues)
#define TraceLoggingUInt64Array(pValues, cValues, ...) DRVLS_TLG_ARRAY(pValues, cValues)
#define TraceLoggingHexUInt32Array(pValues, cValues, ...) DRVLS_TLG_ARRAY(pValues, cValues)
#define TraceLoggingHexUInt64Array(pValues, cValues, ...) DRVLS_TLG_ARRAY(pValues, cValues)
#define TraceLoggingPointerArray(pValues, cValues, ...) DRVLS_TLG_ARRAY(pValues, cValues)
#define TraceLoggingGuidArray(pValues, cValues, ...) DRVLS_TLG_ARRAY(pValues, cValues)
#endif

#ifdef __cplusplus
}
#endif

#endif /* DRVLS_WDK_SHIM_TRACELOGGINGPROVIDER_H */
