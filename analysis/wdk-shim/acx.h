/*
 * acx.h - drvls WDK supplement: the audio class extension (ACX) for parsing ACX audio drivers
 * without the Windows Driver Kit.
 *
 * ACX is a KMDF class extension. The WDK ships its headers under inc/acx/km/<version>, a directory the
 * samples add through $(DDK_INC_PATH), which drvls cannot resolve; the drivers themselves include
 * <acx.h>. This header declares what a driver is written against: the ACX object handles, the
 * driver / device / circuit / factory-circuit / composite-template calls, pins, jacks and
 * connections, streams (basic and RT) and stream bridges, data formats and format lists, requests
 * (ACX_REQUEST_PARAMETERS, property and method items), object bags, PnP events, targets (circuit, pin,
 * element) and DRM. The element objects (volume, mute, peak meter, audio engine, stream audio engine,
 * keyword spotter, audio module) come from acxelements.h, included at the end.
 *
 * Written from the public ACX reference documentation (the acx*.h pages of the WDK reference). Names,
 * signatures, structure members and enumerator order follow the documentation. The _INIT helpers are
 * documented as inline functions; here they are static inline and do what the documentation says:
 * zero the structure, set Size and store the given fields. Every Acx* call is an ordinary function
 * declaration (not the WDK's function-table dispatch), and every callback role is a function typedef
 * with a PFN_ pointer type, so `EVT_ACX_CIRCUIT_CREATE_STREAM MyCreateStream;` declares the function
 * and drvls sees which routine plays which role. Where the documentation gives no value (default ids,
 * flag bits, some enumerator values) a plausible one is used and marked. It describes the interface
 * only; it is not meant for building drivers.
 *
 * ACX_VERSION_MAJOR / ACX_VERSION_MINOR default to 1.1 when the build does not define them; every
 * declaration is visible whatever the version.
 */
#ifndef DRVLS_WDK_SHIM_ACX_H
#define DRVLS_WDK_SHIM_ACX_H

/* ACX is built on KMDF. */
#include <wdf.h>
/* Data formats, property sets and the KS structures ACX hands to drivers. */
#include <ks.h>

#ifndef ACX_VERSION_MAJOR
#define ACX_VERSION_MAJOR 1
#endif
#ifndef ACX_VERSION_MINOR
#define ACX_VERSION_MINOR 1
#endif

#ifndef DRVLS_ACX_INLINE
#define DRVLS_ACX_INLINE static __inline
#endif

WDF_EXTERN_C_START

/* ===================================================================================================
 * Handles and basic types (acxtypes.h)
 * ================================================================================================= */

/* ACXOBJECT is untyped like WDFOBJECT: any ACX handle converts to it (ACX_CONNECTION_INIT and the
 * element create calls take circuits, streams and elements alike). */
typedef WDFOBJECT ACXOBJECT, *PACXOBJECT;
typedef PVOID ACXCONTEXT;

typedef struct drvls_ACXMANAGER_s *ACXMANAGER;
typedef struct drvls_ACXCIRCUIT_s *ACXCIRCUIT;
typedef struct drvls_ACXFACTORYCIRCUIT_s *ACXFACTORYCIRCUIT;
typedef struct drvls_ACXCOMPOSITETEMPLATE_s *ACXCOMPOSITETEMPLATE;
typedef struct drvls_ACXCIRCUITTEMPLATE_s *ACXCIRCUITTEMPLATE;
typedef struct drvls_ACXCOMPOSITE_s *ACXCOMPOSITE;
typedef struct drvls_ACXSTREAM_s *ACXSTREAM;
typedef struct drvls_ACXSTREAMBRIDGE_s *ACXSTREAMBRIDGE;
typedef struct drvls_ACXSTREAMIO_s *ACXSTREAMIO;
typedef struct drvls_ACXPIN_s *ACXPIN;
typedef struct drvls_ACXJACK_s *ACXJACK;
typedef struct drvls_ACXMICARRAYGEOMETRY_s *ACXMICARRAYGEOMETRY;
typedef struct drvls_ACXELEMENT_s *ACXELEMENT;
typedef struct drvls_ACXVOLUME_s *ACXVOLUME;
typedef struct drvls_ACXMUTE_s *ACXMUTE;
typedef struct drvls_ACXPEAKMETER_s *ACXPEAKMETER;
typedef struct drvls_ACXAUDIOENGINE_s *ACXAUDIOENGINE;
typedef struct drvls_ACXSTREAMAUDIOENGINE_s *ACXSTREAMAUDIOENGINE;
typedef struct drvls_ACXKEYWORDSPOTTER_s *ACXKEYWORDSPOTTER;
typedef struct drvls_ACXAUDIOMODULE_s *ACXAUDIOMODULE;
typedef struct drvls_ACXEVENT_s *ACXEVENT;
typedef struct drvls_ACXPNPEVENT_s *ACXPNPEVENT;
typedef struct drvls_ACXEVENTDATA_s *ACXEVENTDATA;
typedef struct drvls_ACXDATAFORMAT_s *ACXDATAFORMAT;
typedef struct drvls_ACXDATAFORMATLIST_s *ACXDATAFORMATLIST;
typedef struct drvls_ACXOBJECTBAG_s *ACXOBJECTBAG;
typedef struct drvls_ACXTARGETCIRCUIT_s *ACXTARGETCIRCUIT;
typedef struct drvls_ACXTARGETPIN_s *ACXTARGETPIN;
typedef struct drvls_ACXTARGETELEMENT_s *ACXTARGETELEMENT;
typedef struct drvls_ACXTARGETSTREAM_s *ACXTARGETSTREAM;
typedef struct drvls_ACXTARGETFACTORYCIRCUIT_s *ACXTARGETFACTORYCIRCUIT;

/* Opaque initialisation blocks. */
typedef struct _ACXCIRCUIT_INIT ACXCIRCUIT_INIT, *PACXCIRCUIT_INIT;
typedef struct _ACXFACTORYCIRCUIT_INIT ACXFACTORYCIRCUIT_INIT, *PACXFACTORYCIRCUIT_INIT;
typedef struct _ACXSTREAM_INIT ACXSTREAM_INIT, *PACXSTREAM_INIT;

/* ACX_IS_FUNCTION_AVAILABLE / ACX_IS_FIELD_AVAILABLE: the version checks a driver makes before using a
 * newer call or structure member. Here every call and member is present. */
#define ACX_IS_FUNCTION_AVAILABLE(_function) (TRUE)
#define ACX_IS_STRUCTURE_AVAILABLE(_structure) (TRUE)
#define ACX_IS_FIELD_AVAILABLE(_structure, _field) (FIELD_OFFSET(_structure, _field) < sizeof(_structure))
#define ACX_STRUCTURE_SIZE(_structure) ((ULONG)sizeof(_structure))

/* ===================================================================================================
 * Requests (acxrequest.h)
 * ================================================================================================= */

typedef enum _ACX_REQUEST_TYPE {
    AcxRequestTypeUnknown = 0,
    AcxRequestTypeAny,
    AcxRequestTypeCreate,
    AcxRequestTypeProperty,
    AcxRequestTypeMethod,
    AcxRequestTypeEvent,
    AcxRequestTypeResetState,
    AcxRequestTypeMax
} ACX_REQUEST_TYPE, *PACX_REQUEST_TYPE;

typedef enum _ACX_PROPERTY_VERB {
    AcxPropertyVerbNone = 0,
    AcxPropertyVerbGet,
    AcxPropertyVerbSet,
    AcxPropertyVerbBasicSupport,
    AcxPropertyVerbSetSupport,
    AcxPropertyVerbMax
} ACX_PROPERTY_VERB, *PACX_PROPERTY_VERB;

typedef enum _ACX_METHOD_VERB {
    AcxMethodVerbNone = 0,
    AcxMethodVerbSend,
    AcxMethodVerbBasicSupport,
    AcxMethodVerbMax
} ACX_METHOD_VERB, *PACX_METHOD_VERB;

typedef enum _ACX_EVENT_VERB {
    AcxEventVerbNone = 0,
    AcxEventVerbEnable,
    AcxEventVerbDisable,
    AcxEventVerbBasicSupport,
    AcxEventVerbMax
} ACX_EVENT_VERB, *PACX_EVENT_VERB;

typedef enum _ACX_ITEM_TYPE {
    AcxItemTypeDefault = 0,
    AcxItemTypeCircuit,
    AcxItemTypeStream,
    AcxItemTypeFactoryCircuit,
    AcxItemTypePin,
    AcxItemTypeElement,
    AcxItemTypeMax
} ACX_ITEM_TYPE, *PACX_ITEM_TYPE;

/* "No item id" for the preprocess-callback filters. Value not documented; any distinct value parses. */
#ifndef AcxItemIdNone
#define AcxItemIdNone ((ULONG)-1)
#endif

/* Property / method item flags: the KS request types they match. Values not documented; the KS
 * KSPROPERTY_TYPE_* / KSMETHOD_TYPE_* values are used. */
#ifndef ACX_PROPERTY_ITEM_FLAG_NONE
#define ACX_PROPERTY_ITEM_FLAG_NONE 0x00000000
#define ACX_PROPERTY_ITEM_FLAG_GET 0x00000001
#define ACX_PROPERTY_ITEM_FLAG_SET 0x00000002
#define ACX_PROPERTY_ITEM_FLAG_BASICSUPPORT 0x00000200
#endif
#ifndef ACX_METHOD_ITEM_FLAG_NONE
#define ACX_METHOD_ITEM_FLAG_NONE 0x00000000
#define ACX_METHOD_ITEM_FLAG_SEND 0x00000001
#define ACX_METHOD_ITEM_FLAG_BASICSUPPORT 0x00000200
#endif
#ifndef ACX_EVENT_ITEM_FLAG_NONE
#define ACX_EVENT_ITEM_FLAG_NONE 0x00000000
#define ACX_EVENT_ITEM_FLAG_ENABLE 0x00000001
#define ACX_EVENT_ITEM_FLAG_BASICSUPPORT 0x00000200
#endif

/* The handler a property or method item names: the object and the request to complete. */
typedef VOID EVT_ACX_OBJECT_PROCESS_REQUEST(ACXOBJECT Object, WDFREQUEST Request);
typedef EVT_ACX_OBJECT_PROCESS_REQUEST *PFN_ACX_OBJECT_PROCESS_REQUEST;

/* A preprocess callback sees every matching request before ACX does and forwards it with
 * AcxCircuitDispatchAcxRequest / AcxStreamDispatchAcxRequest or completes it. */
typedef VOID EVT_ACX_OBJECT_PREPROCESS_REQUEST(ACXOBJECT Object, ACXCONTEXT DriverContext,
                                               WDFREQUEST Request);
typedef EVT_ACX_OBJECT_PREPROCESS_REQUEST *PFN_ACX_OBJECT_PREPROCESS_REQUEST;

typedef struct _ACX_EVENT_CALLBACKS *PACX_EVENT_CALLBACKS;

typedef VOID EVT_ACX_OBJECT_PROCESS_EVENT_REQUEST(ACXOBJECT Object, WDFREQUEST Request);
typedef EVT_ACX_OBJECT_PROCESS_EVENT_REQUEST *PFN_ACX_OBJECT_PROCESS_EVENT_REQUEST;

typedef struct _ACX_PROPERTY_ITEM {
    const GUID *Set;
    ULONG Id;
    ULONG Flags;
    PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxObjectProcessRequest;
    PVOID Reserved;
    ULONG ControlCb;
    ULONG ValueCb;
    ULONG ValueType;
} ACX_PROPERTY_ITEM, *PACX_PROPERTY_ITEM;

typedef struct _ACX_METHOD_ITEM {
    const GUID *Set;
    ULONG Id;
    ULONG Flags;
    PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxObjectProcessRequest;
    PVOID Reserved;
    ULONG ArgsCb;
    ULONG ResultCb;
} ACX_METHOD_ITEM, *PACX_METHOD_ITEM;

typedef struct _ACX_EVENT_ITEM {
    const GUID *Set;
    ULONG Id;
    ULONG Flags;
    PFN_ACX_OBJECT_PROCESS_EVENT_REQUEST EvtAcxObjectProcessEventRequest;
    PVOID Reserved;
    ULONG DataCb;
} ACX_EVENT_ITEM, *PACX_EVENT_ITEM;

typedef struct _ACX_REQUEST_PARAMETERS {
    USHORT Size;
    UCHAR MajorFunction;
    UCHAR MinorFunction;
    ACX_REQUEST_TYPE Type;
    union {
        struct {
            GUID Set;
            ULONG Id;
            ACX_PROPERTY_VERB Verb;
            ACX_ITEM_TYPE ItemType;
            ULONG ItemId;
            PVOID Control;
            ULONG ControlCb;
            PVOID Value;
            ULONG ValueCb;
        } Property;
        struct {
            GUID Set;
            ULONG Id;
            ACX_METHOD_VERB Verb;
            ACX_ITEM_TYPE ItemType;
            ULONG ItemId;
            PVOID Args;
            ULONG ArgsCb;
            PVOID Result;
            ULONG ResultCb;
        } Method;
        struct {
            GUID Set;
            ULONG Id;
            ACX_EVENT_VERB Verb;
            ACX_ITEM_TYPE ItemType;
            ULONG ItemId;
            PVOID Data;
            ULONG DataCb;
            ACXEVENTDATA EventData;
        } Event;
        struct {
            PVOID Control;
            ULONG ControlCb;
        } Create;
    } Parameters;
} ACX_REQUEST_PARAMETERS, *PACX_REQUEST_PARAMETERS;

DRVLS_ACX_INLINE VOID ACX_REQUEST_PARAMETERS_INIT(PACX_REQUEST_PARAMETERS Parameters) {
    RtlZeroMemory(Parameters, sizeof(ACX_REQUEST_PARAMETERS));
    Parameters->Size = (USHORT)sizeof(ACX_REQUEST_PARAMETERS);
}

DRVLS_ACX_INLINE VOID ACX_REQUEST_PARAMETERS_INIT_PROPERTY(
    PACX_REQUEST_PARAMETERS Parameters, const GUID Set, ULONG Id, ACX_PROPERTY_VERB Verb,
    ACX_ITEM_TYPE ItemType, ULONG ItemId, PVOID Control, ULONG ControlCb, PVOID Value, ULONG ValueCb) {
    ACX_REQUEST_PARAMETERS_INIT(Parameters);
    Parameters->Type = AcxRequestTypeProperty;
    Parameters->Parameters.Property.Set = Set;
    Parameters->Parameters.Property.Id = Id;
    Parameters->Parameters.Property.Verb = Verb;
    Parameters->Parameters.Property.ItemType = ItemType;
    Parameters->Parameters.Property.ItemId = ItemId;
    Parameters->Parameters.Property.Control = Control;
    Parameters->Parameters.Property.ControlCb = ControlCb;
    Parameters->Parameters.Property.Value = Value;
    Parameters->Parameters.Property.ValueCb = ValueCb;
}

DRVLS_ACX_INLINE VOID ACX_REQUEST_PARAMETERS_INIT_METHOD(
    PACX_REQUEST_PARAMETERS Parameters, const GUID Set, ULONG Id, ACX_METHOD_VERB Verb,
    ACX_ITEM_TYPE ItemType, ULONG ItemId, PVOID Args, ULONG ArgsCb, PVOID Result, ULONG ResultCb) {
    ACX_REQUEST_PARAMETERS_INIT(Parameters);
    Parameters->Type = AcxRequestTypeMethod;
    Parameters->Parameters.Method.Set = Set;
    Parameters->Parameters.Method.Id = Id;
    Parameters->Parameters.Method.Verb = Verb;
    Parameters->Parameters.Method.ItemType = ItemType;
    Parameters->Parameters.Method.ItemId = ItemId;
    Parameters->Parameters.Method.Args = Args;
    Parameters->Parameters.Method.ArgsCb = ArgsCb;
    Parameters->Parameters.Method.Result = Result;
    Parameters->Parameters.Method.ResultCb = ResultCb;
}

VOID AcxRequestGetParameters(WDFREQUEST Request, PACX_REQUEST_PARAMETERS Parameters);

/* ===================================================================================================
 * Object bags and miscellaneous objects (acxmisc.h)
 * ================================================================================================= */

typedef enum _ACX_OBJECTBAG_CONFIG_FLAGS {
    AcxObjectBagConfigNoFlags = 0x00000000,
    AcxObjectBagConfigOpenWithHandle = 0x00000001,
    AcxObjectBagConfigValidFlags = 0x00000001
} ACX_OBJECTBAG_CONFIG_FLAGS;

typedef struct _ACX_OBJECTBAG_CONFIG {
    ULONG Size;
    ULONG Flags;
    WDFKEY ParentKey;
    PCUNICODE_STRING Name;
    HANDLE Handle;
} ACX_OBJECTBAG_CONFIG, *PACX_OBJECTBAG_CONFIG;

DRVLS_ACX_INLINE VOID ACX_OBJECTBAG_CONFIG_INIT(PACX_OBJECTBAG_CONFIG Config) {
    RtlZeroMemory(Config, sizeof(ACX_OBJECTBAG_CONFIG));
    Config->Size = sizeof(ACX_OBJECTBAG_CONFIG);
}

/* Object-bag property names: counted-string constants with a prefix for who defines them (drivers
 * "drv_<vendor>_"). The system and bus prefixes are not documented; short distinct ones are used. */
#define DECLARE_CONST_ACXOBJECTBAG_DRIVER_PROPERTY_NAME(_ven, _name) \
    DECLARE_CONST_UNICODE_STRING(_name, L"drv_" L## #_ven L"_" L## #_name)
#define DECLARE_CONST_ACXOBJECTBAG_SYSTEM_PROPERTY_NAME(_name) \
    DECLARE_CONST_UNICODE_STRING(_name, L"sys_" L## #_name)
#define DECLARE_CONST_ACXOBJECTBAG_SOUNDWIRE_PROPERTY_NAME(_name) \
    DECLARE_CONST_UNICODE_STRING(_name, L"sdw_" L## #_name)
#define DECLARE_CONST_ACXOBJECTBAG_HDAUDIO_PROPERTY_NAME(_name) \
    DECLARE_CONST_UNICODE_STRING(_name, L"hda_" L## #_name)
#define DECLARE_CONST_ACXOBJECTBAG_USB_PROPERTY_NAME(_name) \
    DECLARE_CONST_UNICODE_STRING(_name, L"usb_" L## #_name)

NTSTATUS AcxObjectBagCreate(PWDF_OBJECT_ATTRIBUTES Attributes, PACX_OBJECTBAG_CONFIG Config,
                            ACXOBJECTBAG *ObjBag);
NTSTATUS AcxObjectBagOpen(PWDF_OBJECT_ATTRIBUTES Attributes, PACX_OBJECTBAG_CONFIG Config,
                          ACXOBJECTBAG *ObjBag);

NTSTATUS AcxObjectBagAddI1(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, CHAR Value);
NTSTATUS AcxObjectBagAddUI1(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, UCHAR Value);
NTSTATUS AcxObjectBagAddI2(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, SHORT Value);
NTSTATUS AcxObjectBagAddUI2(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, USHORT Value);
NTSTATUS AcxObjectBagAddI4(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, LONG Value);
NTSTATUS AcxObjectBagAddUI4(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, ULONG Value);
NTSTATUS AcxObjectBagAddI8(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, LONG64 Value);
NTSTATUS AcxObjectBagAddUI8(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, ULONG64 Value);
NTSTATUS AcxObjectBagAddSizeT(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, SIZE_T Value);
NTSTATUS AcxObjectBagAddGuid(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, GUID Value);
NTSTATUS AcxObjectBagAddBlob(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, WDFMEMORY Value);
NTSTATUS AcxObjectBagAddString(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, WDFSTRING Value);
NTSTATUS AcxObjectBagAddUnicodeString(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName,
                                      PCUNICODE_STRING Value);
NTSTATUS AcxObjectBagAddMultiString(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName,
                                    WDFCOLLECTION Value);

NTSTATUS AcxObjectBagRetrieveI1(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, CHAR *Value);
NTSTATUS AcxObjectBagRetrieveUI1(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, UCHAR *Value);
NTSTATUS AcxObjectBagRetrieveI2(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, SHORT *Value);
NTSTATUS AcxObjectBagRetrieveUI2(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, USHORT *Value);
NTSTATUS AcxObjectBagRetrieveI4(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, LONG *Value);
NTSTATUS AcxObjectBagRetrieveUI4(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, ULONG *Value);
NTSTATUS AcxObjectBagRetrieveI8(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, LONG64 *Value);
NTSTATUS AcxObjectBagRetrieveUI8(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, ULONG64 *Value);
NTSTATUS AcxObjectBagRetrieveSizeT(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, SIZE_T *Value);
NTSTATUS AcxObjectBagRetrieveGuid(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName, GUID *Value);
NTSTATUS AcxObjectBagRetrieveBlob(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName,
                                  PWDF_OBJECT_ATTRIBUTES Attributes, WDFMEMORY *Value);
NTSTATUS AcxObjectBagRetrieveString(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName,
                                    WDFSTRING Value);
NTSTATUS AcxObjectBagRetrieveUnicodeString(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName,
                                           PWDF_OBJECT_ATTRIBUTES Attributes, PUNICODE_STRING Value,
                                           WDFMEMORY *Memory);
NTSTATUS AcxObjectBagRetrieveMultiString(ACXOBJECTBAG ObjBag, PCUNICODE_STRING ValueName,
                                         PWDF_OBJECT_ATTRIBUTES StringsAttributes,
                                         WDFCOLLECTION Collection);

/* PnP events: a driver-raised KS PnP notification on an element or circuit. */
typedef enum _ACX_PNPEVENT_CONFIG_FLAGS {
    AcxPnpEventConfigNoFlags = 0x00000000,
    AcxPnpEventConfigValidFlags = 0x00000000
} ACX_PNPEVENT_CONFIG_FLAGS;

typedef VOID EVT_ACX_PNPEVENT_ENABLE(ACXPNPEVENT PnpEvent);
typedef EVT_ACX_PNPEVENT_ENABLE *PFN_ACX_PNPEVENT_ENABLE;
typedef VOID EVT_ACX_PNPEVENT_DISABLE(ACXPNPEVENT PnpEvent);
typedef EVT_ACX_PNPEVENT_DISABLE *PFN_ACX_PNPEVENT_DISABLE;

typedef struct _ACX_PNPEVENT_CALLBACKS {
    ULONG Size;
    PFN_ACX_PNPEVENT_ENABLE EvtAcxPnpEventEnable;
    PFN_ACX_PNPEVENT_DISABLE EvtAcxPnpEventDisable;
} ACX_PNPEVENT_CALLBACKS, *PACX_PNPEVENT_CALLBACKS;

DRVLS_ACX_INLINE VOID ACX_PNPEVENT_CALLBACKS_INIT(PACX_PNPEVENT_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(ACX_PNPEVENT_CALLBACKS));
    Callbacks->Size = sizeof(ACX_PNPEVENT_CALLBACKS);
}

typedef struct _ACX_PNPEVENT_CONFIG {
    ULONG Size;
    ULONG Flags;
    PACX_PNPEVENT_CALLBACKS Callbacks;
} ACX_PNPEVENT_CONFIG, *PACX_PNPEVENT_CONFIG;

DRVLS_ACX_INLINE VOID ACX_PNPEVENT_CONFIG_INIT(PACX_PNPEVENT_CONFIG Config) {
    RtlZeroMemory(Config, sizeof(ACX_PNPEVENT_CONFIG));
    Config->Size = sizeof(ACX_PNPEVENT_CONFIG);
}

NTSTATUS AcxPnpEventCreate(WDFDEVICE Device, ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes,
                           PACX_PNPEVENT_CONFIG Config, ACXPNPEVENT *Event);
NTSTATUS AcxPnpEventGenerateEvent(ACXPNPEVENT Event, PVOID Payload, USHORT PayloadSize);

/* KS events raised by the driver on an ACX object. */
typedef VOID EVT_ACX_EVENT_ENABLE(ACXEVENT Event);
typedef EVT_ACX_EVENT_ENABLE *PFN_ACX_EVENT_ENABLE;
typedef VOID EVT_ACX_EVENT_DISABLE(ACXEVENT Event);
typedef EVT_ACX_EVENT_DISABLE *PFN_ACX_EVENT_DISABLE;

typedef struct _ACX_EVENT_CALLBACKS {
    ULONG Size;
    PFN_ACX_EVENT_ENABLE EvtAcxEventEnable;
    PFN_ACX_EVENT_DISABLE EvtAcxEventDisable;
} ACX_EVENT_CALLBACKS;

DRVLS_ACX_INLINE VOID ACX_EVENT_CALLBACKS_INIT(PACX_EVENT_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(ACX_EVENT_CALLBACKS));
    Callbacks->Size = sizeof(ACX_EVENT_CALLBACKS);
}

typedef struct _ACX_EVENT_CONFIG {
    ULONG Size;
    ULONG Flags;
    const GUID *Set;
    ULONG Id;
    PACX_EVENT_CALLBACKS Callbacks;
} ACX_EVENT_CONFIG, *PACX_EVENT_CONFIG;

DRVLS_ACX_INLINE VOID ACX_EVENT_CONFIG_INIT(PACX_EVENT_CONFIG Config) {
    RtlZeroMemory(Config, sizeof(ACX_EVENT_CONFIG));
    Config->Size = sizeof(ACX_EVENT_CONFIG);
}

NTSTATUS AcxEventCreate(ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_EVENT_CONFIG Config,
                        ACXEVENT *Event);
VOID AcxEventGenerateEvent(ACXEVENT Event, PVOID EventData, ULONG EventDataSize);

/* ===================================================================================================
 * Data formats and format lists (acxdataformat.h)
 * ================================================================================================= */

typedef enum _ACX_DATAFORMAT_TYPE {
    AcxDataFormatKsFormat = 0,
    AcxDataFormatMaximum
} ACX_DATAFORMAT_TYPE;

typedef enum _ACX_DATAFORMAT_CONFIG_FLAGS {
    AcxDataFormatConfigNoFlags = 0x00000000,
    AcxDataFormatConfigValidFlags = 0x00000000
} ACX_DATAFORMAT_CONFIG_FLAGS;

typedef struct _ACX_DATAFORMAT_CONFIG {
    ULONG Size;
    ULONG Flags;
    ACX_DATAFORMAT_TYPE Type;
    union {
        PKSDATAFORMAT KsFormat;
        PVOID Reserved;
    } u;
} ACX_DATAFORMAT_CONFIG, *PACX_DATAFORMAT_CONFIG;

/* KsFormat is a KSDATAFORMAT header followed by its format-specific part
 * (KSDATAFORMAT_WAVEFORMATEXTENSIBLE and the like), so it is taken untyped. */
DRVLS_ACX_INLINE VOID ACX_DATAFORMAT_CONFIG_INIT_KS(PACX_DATAFORMAT_CONFIG Config, PVOID KsFormat) {
    RtlZeroMemory(Config, sizeof(ACX_DATAFORMAT_CONFIG));
    Config->Size = sizeof(ACX_DATAFORMAT_CONFIG);
    Config->Type = AcxDataFormatKsFormat;
    Config->u.KsFormat = (PKSDATAFORMAT)KsFormat;
}

NTSTATUS AcxDataFormatCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes,
                             PACX_DATAFORMAT_CONFIG Config, ACXDATAFORMAT *Format);
BOOLEAN AcxDataFormatIsEqual(ACXDATAFORMAT Format1, ACXDATAFORMAT Format2);
PVOID AcxDataFormatGetKsDataFormat(ACXDATAFORMAT Format);
PVOID AcxDataFormatGetWaveFormatExtensible(ACXDATAFORMAT Format);
PVOID AcxDataFormatGetWaveFormatEx(ACXDATAFORMAT Format);
ULONG AcxDataFormatGetChannelsCount(ACXDATAFORMAT Format);
ULONG AcxDataFormatGetSampleSize(ACXDATAFORMAT Format);
ULONG AcxDataFormatGetBitsPerSample(ACXDATAFORMAT Format);
ULONG AcxDataFormatGetValidBitsPerSample(ACXDATAFORMAT Format);
ULONG AcxDataFormatGetSampleRate(ACXDATAFORMAT Format);
ULONG AcxDataFormatGetBlockAlign(ACXDATAFORMAT Format);
ULONG AcxDataFormatGetAverageBytesPerSec(ACXDATAFORMAT Format);
ULONG AcxDataFormatGetChannelMask(ACXDATAFORMAT Format);
ULONG AcxDataFormatGetSamplesPerBlock(ACXDATAFORMAT Format);
ULONG AcxDataFormatGetFormatSize(ACXDATAFORMAT Format);
GUID AcxDataFormatGetMajorFormat(ACXDATAFORMAT Format);
GUID AcxDataFormatGetSubFormat(ACXDATAFORMAT Format);
GUID AcxDataFormatGetSpecifier(ACXDATAFORMAT Format);

typedef enum _ACX_DATAFORMAT_LIST_CONFIG_FLAGS {
    AcxDataFormatListConfigNoFlags = 0x00000000,
    AcxDataFormatListConfigValidFlags = 0x00000000
} ACX_DATAFORMAT_LIST_CONFIG_FLAGS;

typedef struct _ACX_DATAFORMAT_LIST_CONFIG {
    ULONG Size;
    ULONG Flags;
} ACX_DATAFORMAT_LIST_CONFIG, *PACX_DATAFORMAT_LIST_CONFIG;

DRVLS_ACX_INLINE VOID ACX_DATAFORMAT_LIST_CONFIG_INIT(PACX_DATAFORMAT_LIST_CONFIG Config) {
    RtlZeroMemory(Config, sizeof(ACX_DATAFORMAT_LIST_CONFIG));
    Config->Size = sizeof(ACX_DATAFORMAT_LIST_CONFIG);
}

/* Iteration state for AcxDataFormatListRetrieveNextFormat; its contents belong to ACX. */
typedef struct _ACX_DATAFORMAT_LIST_ITERATOR {
    ULONG Size;
    ULONG Flags;
    PVOID Reserved[4];
} ACX_DATAFORMAT_LIST_ITERATOR, *PACX_DATAFORMAT_LIST_ITERATOR;

DRVLS_ACX_INLINE VOID ACX_DATAFORMAT_LIST_ITERATOR_INIT(PACX_DATAFORMAT_LIST_ITERATOR Iterator) {
    RtlZeroMemory(Iterator, sizeof(ACX_DATAFORMAT_LIST_ITERATOR));
    Iterator->Size = sizeof(ACX_DATAFORMAT_LIST_ITERATOR);
}

NTSTATUS AcxDataFormatListCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes,
                                 PACX_DATAFORMAT_LIST_CONFIG Config, ACXDATAFORMATLIST *FormatList);
NTSTATUS AcxDataFormatListAddDataFormat(ACXDATAFORMATLIST FormatList, ACXDATAFORMAT Format);
NTSTATUS AcxDataFormatListRemoveDataFormat(ACXDATAFORMATLIST FormatList, ACXDATAFORMAT Format);
VOID AcxDataFormatListRemoveDataFormats(ACXDATAFORMATLIST FormatList);
NTSTATUS AcxDataFormatListAssignDefaultDataFormat(ACXDATAFORMATLIST FormatList, ACXDATAFORMAT Format);
NTSTATUS AcxDataFormatListRetrieveDefaultDataFormat(ACXDATAFORMATLIST FormatList,
                                                    ACXDATAFORMAT *Format);
VOID AcxDataFormatListBeginIteration(ACXDATAFORMATLIST FormatList,
                                     PACX_DATAFORMAT_LIST_ITERATOR Iterator);
NTSTATUS AcxDataFormatListRetrieveNextFormat(ACXDATAFORMATLIST FormatList,
                                             PACX_DATAFORMAT_LIST_ITERATOR Iterator,
                                             ACXDATAFORMAT *Format);
VOID AcxDataFormatListEndIteration(ACXDATAFORMATLIST FormatList,
                                   PACX_DATAFORMAT_LIST_ITERATOR Iterator);

/* ===================================================================================================
 * Driver and device (acxdriver.h, acxdevice.h)
 * ================================================================================================= */

typedef enum _ACX_DRIVER_CONFIG_FLAGS {
    AcxDriverConfigNoFlags = 0x00000000,
    AcxDriverConfigValidFlags = 0x00000000
} ACX_DRIVER_CONFIG_FLAGS;

typedef struct _ACX_DRIVER_CONFIG {
    ULONG Size;
    ULONG Flags;
} ACX_DRIVER_CONFIG, *PACX_DRIVER_CONFIG;

DRVLS_ACX_INLINE VOID ACX_DRIVER_CONFIG_INIT(PACX_DRIVER_CONFIG Config) {
    RtlZeroMemory(Config, sizeof(ACX_DRIVER_CONFIG));
    Config->Size = sizeof(ACX_DRIVER_CONFIG);
}

typedef struct _ACX_DRIVER_VERSION_AVAILABLE_PARAMS {
    ULONG Size;
    ULONG MajorVersion;
    ULONG MinorVersion;
} ACX_DRIVER_VERSION_AVAILABLE_PARAMS, *PACX_DRIVER_VERSION_AVAILABLE_PARAMS;

DRVLS_ACX_INLINE VOID ACX_DRIVER_VERSION_AVAILABLE_PARAMS_INIT(
    PACX_DRIVER_VERSION_AVAILABLE_PARAMS Params, ULONG MajorVersion, ULONG MinorVersion) {
    RtlZeroMemory(Params, sizeof(ACX_DRIVER_VERSION_AVAILABLE_PARAMS));
    Params->Size = sizeof(ACX_DRIVER_VERSION_AVAILABLE_PARAMS);
    Params->MajorVersion = MajorVersion;
    Params->MinorVersion = MinorVersion;
}

NTSTATUS AcxDriverInitialize(WDFDRIVER Driver, PACX_DRIVER_CONFIG Config);
BOOLEAN AcxDriverIsVersionAvailable(WDFDRIVER Driver, PACX_DRIVER_VERSION_AVAILABLE_PARAMS VersionAvailableParams);

typedef enum _ACX_DEVICEINIT_CONFIG_FLAGS {
    AcxDeviceInitConfigNoFlags = 0x00000000,
    AcxDeviceInitConfigRawDevice = 0x00000001,
    AcxDeviceInitConfigValidFlags = 0x00000001
} ACX_DEVICEINIT_CONFIG_FLAGS;

typedef struct _ACX_DEVICEINIT_CONFIG {
    ULONG Size;
    ULONG Flags;
    WDF_SYNCHRONIZATION_SCOPE SynchronizationScope;
    WDF_EXECUTION_LEVEL ExecutionLevel;
    PVOID Context;
} ACX_DEVICEINIT_CONFIG, *PACX_DEVICEINIT_CONFIG;

/* Zero, set Size, and leave synchronization and execution level to the framework default. */
DRVLS_ACX_INLINE VOID ACX_DEVICEINIT_CONFIG_INIT(PACX_DEVICEINIT_CONFIG Config) {
    RtlZeroMemory(Config, sizeof(ACX_DEVICEINIT_CONFIG));
    Config->Size = sizeof(ACX_DEVICEINIT_CONFIG);
    Config->SynchronizationScope = WdfSynchronizationScopeInheritFromParent;
    Config->ExecutionLevel = WdfExecutionLevelInheritFromParent;
}

typedef enum _ACX_DEVICE_CONFIG_FLAGS {
    AcxDeviceConfigNoFlags = 0x00000000,
    AcxDeviceConfigValidFlags = 0x00000000
} ACX_DEVICE_CONFIG_FLAGS;

typedef struct _ACX_DEVICE_CONFIG {
    ULONG Size;
    ULONG Flags;
} ACX_DEVICE_CONFIG, *PACX_DEVICE_CONFIG;

DRVLS_ACX_INLINE VOID ACX_DEVICE_CONFIG_INIT(PACX_DEVICE_CONFIG Config) {
    RtlZeroMemory(Config, sizeof(ACX_DEVICE_CONFIG));
    Config->Size = sizeof(ACX_DEVICE_CONFIG);
}

/* How quickly the device must leave its Dx state, from the system power action in progress. */
typedef enum _ACX_DX_EXIT_LATENCY {
    AcxDxExitLatencyInstant = 0,
    AcxDxExitLatencyFast,
    AcxDxExitLatencyResponsive
} ACX_DX_EXIT_LATENCY;

NTSTATUS AcxDeviceInitInitialize(PWDFDEVICE_INIT DeviceInit, PACX_DEVICEINIT_CONFIG Config);
NTSTATUS AcxDeviceInitialize(WDFDEVICE Device, PACX_DEVICE_CONFIG Config);
NTSTATUS AcxDeviceAddCircuit(WDFDEVICE Device, ACXCIRCUIT Circuit);
NTSTATUS AcxDeviceRemoveCircuit(WDFDEVICE Device, ACXCIRCUIT Circuit);
NTSTATUS AcxDeviceDetachCircuit(WDFDEVICE Device, ACXCIRCUIT Circuit);
NTSTATUS AcxDeviceAddCircuitDevice(WDFDEVICE Device, WDFDEVICE CircuitDevice);
NTSTATUS AcxDeviceRemoveCircuitDevice(WDFDEVICE Device, WDFDEVICE CircuitDevice);
NTSTATUS AcxDeviceAddFactoryCircuit(WDFDEVICE Device, ACXFACTORYCIRCUIT Factory);
NTSTATUS AcxDeviceRemoveFactoryCircuit(WDFDEVICE Device, ACXFACTORYCIRCUIT Factory);
ACX_DX_EXIT_LATENCY AcxDeviceGetCurrentDxExitLatency(WDFDEVICE Device, POWER_ACTION SystemPowerAction,
                                                     WDF_POWER_DEVICE_STATE TargetState);

/* ===================================================================================================
 * Circuits (acxcircuit.h)
 * ================================================================================================= */

typedef enum _ACX_CIRCUIT_TYPE {
    AcxCircuitTypeRender = 0,
    AcxCircuitTypeCapture,
    AcxCircuitTypeOther,
    AcxCircuitTypeMaximum
} ACX_CIRCUIT_TYPE, *PACX_CIRCUIT_TYPE;

typedef NTSTATUS EVT_ACX_CIRCUIT_CREATE_STREAM(WDFDEVICE Device, ACXCIRCUIT Circuit, ACXPIN Pin,
                                               PACXSTREAM_INIT StreamInit, ACXDATAFORMAT StreamFormat,
                                               const GUID *SignalProcessingMode,
                                               ACXOBJECTBAG VarArguments);
typedef EVT_ACX_CIRCUIT_CREATE_STREAM *PFN_ACX_CIRCUIT_CREATE_STREAM;

typedef NTSTATUS EVT_ACX_CIRCUIT_PREPARE_HARDWARE(WDFDEVICE Device, ACXCIRCUIT Circuit,
                                                  WDFCMRESLIST ResourcesRaw,
                                                  WDFCMRESLIST ResourcesTranslated);
typedef EVT_ACX_CIRCUIT_PREPARE_HARDWARE *PFN_ACX_CIRCUIT_PREPARE_HARDWARE;
typedef NTSTATUS EVT_ACX_CIRCUIT_RELEASE_HARDWARE(WDFDEVICE Device, ACXCIRCUIT Circuit,
                                                  WDFCMRESLIST ResourcesTranslated);
typedef EVT_ACX_CIRCUIT_RELEASE_HARDWARE *PFN_ACX_CIRCUIT_RELEASE_HARDWARE;
typedef NTSTATUS EVT_ACX_CIRCUIT_POWER_UP(WDFDEVICE Device, ACXCIRCUIT Circuit,
                                          WDF_POWER_DEVICE_STATE PreviousState);
typedef EVT_ACX_CIRCUIT_POWER_UP *PFN_ACX_CIRCUIT_POWER_UP;
typedef NTSTATUS EVT_ACX_CIRCUIT_POWER_DOWN(WDFDEVICE Device, ACXCIRCUIT Circuit,
                                            WDF_POWER_DEVICE_STATE TargetState);
typedef EVT_ACX_CIRCUIT_POWER_DOWN *PFN_ACX_CIRCUIT_POWER_DOWN;

typedef struct _ACX_CIRCUIT_PNPPOWER_CALLBACKS {
    ULONG Size;
    PFN_ACX_CIRCUIT_PREPARE_HARDWARE EvtAcxCircuitPrepareHardware;
    PFN_ACX_CIRCUIT_RELEASE_HARDWARE EvtAcxCircuitReleaseHardware;
    PFN_ACX_CIRCUIT_POWER_UP EvtAcxCircuitPowerUp;
    PFN_ACX_CIRCUIT_POWER_DOWN EvtAcxCircuitPowerDown;
} ACX_CIRCUIT_PNPPOWER_CALLBACKS, *PACX_CIRCUIT_PNPPOWER_CALLBACKS;

DRVLS_ACX_INLINE VOID ACX_CIRCUIT_PNPPOWER_CALLBACKS_INIT(PACX_CIRCUIT_PNPPOWER_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(ACX_CIRCUIT_PNPPOWER_CALLBACKS));
    Callbacks->Size = sizeof(ACX_CIRCUIT_PNPPOWER_CALLBACKS);
}

/* Composite callbacks: a circuit taking part in a composite endpoint built from templates. */
typedef NTSTATUS EVT_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE(WDFDEVICE Device, ACXCIRCUIT Circuit,
                                                              ACXOBJECTBAG CircuitProperties);
typedef EVT_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE *PFN_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE;
typedef NTSTATUS EVT_ACX_CIRCUIT_COMPOSITE_INITIALIZE(WDFDEVICE Device, ACXCIRCUIT Circuit,
                                                      ACXOBJECTBAG CompositeProperties);
typedef EVT_ACX_CIRCUIT_COMPOSITE_INITIALIZE *PFN_ACX_CIRCUIT_COMPOSITE_INITIALIZE;

typedef struct _ACX_CIRCUIT_COMPOSITE_CALLBACKS {
    ULONG Size;
    PFN_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE EvtAcxCircuitCompositeCircuitInitialize;
    PFN_ACX_CIRCUIT_COMPOSITE_INITIALIZE EvtAcxCircuitCompositeInitialize;
} ACX_CIRCUIT_COMPOSITE_CALLBACKS, *PACX_CIRCUIT_COMPOSITE_CALLBACKS;

DRVLS_ACX_INLINE VOID ACX_CIRCUIT_COMPOSITE_CALLBACKS_INIT(PACX_CIRCUIT_COMPOSITE_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(ACX_CIRCUIT_COMPOSITE_CALLBACKS));
    Callbacks->Size = sizeof(ACX_CIRCUIT_COMPOSITE_CALLBACKS);
}

/* Connections between pins of circuits and elements. */
typedef enum _ACX_CONNECTION_FLAGS {
    AcxConnectionNoFlags = 0x00000000,
    AcxConnectionFromPinId = 0x00000001,
    AcxConnectionFromPinObject = 0x00000002,
    AcxConnectionToPinId = 0x00000004,
    AcxConnectionToPinObject = 0x00000008,
    AcxConnectionValidFlags = 0x0000000F
} ACX_CONNECTION_FLAGS;

typedef struct _ACX_CONNECTION {
    ULONG Size;
    ULONG Flags;
    ACXOBJECT FromObject;
    union {
        ACXPIN Object;
        ULONG Id;
    } FromPin;
    ACXOBJECT ToObject;
    union {
        ACXPIN Object;
        ULONG Id;
    } ToPin;
} ACX_CONNECTION, *PACX_CONNECTION;

DRVLS_ACX_INLINE VOID ACX_CONNECTION_INIT(PACX_CONNECTION Connection, ACXOBJECT From, ACXOBJECT To) {
    RtlZeroMemory(Connection, sizeof(ACX_CONNECTION));
    Connection->Size = sizeof(ACX_CONNECTION);
    Connection->FromObject = From;
    Connection->ToObject = To;
}

PACXCIRCUIT_INIT AcxCircuitInitAllocate(WDFDEVICE Device);
VOID AcxCircuitInitFree(PACXCIRCUIT_INIT CircuitInit);
VOID AcxCircuitInitSetComponentId(PACXCIRCUIT_INIT CircuitInit, const GUID *ComponentId);
NTSTATUS AcxCircuitInitAssignComponentUri(PACXCIRCUIT_INIT CircuitInit, PCUNICODE_STRING ComponentUri);
NTSTATUS AcxCircuitInitAssignName(PACXCIRCUIT_INIT CircuitInit, PCUNICODE_STRING CircuitName);
NTSTATUS AcxCircuitInitAssignCategories(PACXCIRCUIT_INIT CircuitInit, const GUID *Categories,
                                        ULONG CategoriesCount);
VOID AcxCircuitInitSetCircuitType(PACXCIRCUIT_INIT CircuitInit, ACX_CIRCUIT_TYPE CircuitType);
VOID AcxCircuitInitSetAcxCircuitPnpPowerCallbacks(PACXCIRCUIT_INIT CircuitInit,
                                                  PACX_CIRCUIT_PNPPOWER_CALLBACKS EvtPnpPowerCallbacks);
VOID AcxCircuitInitSetAcxCircuitCompositeCallbacks(PACXCIRCUIT_INIT CircuitInit,
                                                   PACX_CIRCUIT_COMPOSITE_CALLBACKS CompositeCallbacks);
NTSTATUS AcxCircuitInitAssignAcxCreateStreamCallback(PACXCIRCUIT_INIT CircuitInit,
                                                     PFN_ACX_CIRCUIT_CREATE_STREAM EvtAcxCircuitCreateStream);
NTSTATUS AcxCircuitInitAssignAcxRequestPreprocessCallback(
    PACXCIRCUIT_INIT CircuitInit, PFN_ACX_OBJECT_PREPROCESS_REQUEST EvtObjectAcxRequestPreprocess,
    ACXCONTEXT DriverContext, ACX_REQUEST_TYPE RequestType, const GUID *Set, ULONG Id);
NTSTATUS AcxCircuitInitAssignProperties(PACXCIRCUIT_INIT CircuitInit, PACX_PROPERTY_ITEM Properties,
                                        ULONG PropertiesCount);
NTSTATUS AcxCircuitInitAssignMethods(PACXCIRCUIT_INIT CircuitInit, PACX_METHOD_ITEM Methods,
                                     ULONG MethodsCount);
VOID AcxCircuitInitDisableDefaultStreamBridgeHandling(PACXCIRCUIT_INIT CircuitInit);

NTSTATUS AcxCircuitCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes,
                          PACXCIRCUIT_INIT *CircuitInit, ACXCIRCUIT *Circuit);
NTSTATUS AcxCircuitAddPins(ACXCIRCUIT Circuit, ACXPIN *Pins, ULONG PinsCount);
NTSTATUS AcxCircuitAddElements(ACXCIRCUIT Circuit, ACXELEMENT *Elements, ULONG ElementsCount);
NTSTATUS AcxCircuitAddConnections(ACXCIRCUIT Circuit, PACX_CONNECTION Connections,
                                  ULONG ConnectionsCount);
NTSTATUS AcxCircuitAddEvents(ACXCIRCUIT Circuit, ACXEVENT *Events, ULONG EventsCount);
ACXPIN AcxCircuitGetPinById(ACXCIRCUIT Circuit, ULONG PinId);
ULONG AcxCircuitGetPinsCount(ACXCIRCUIT Circuit);
ACXELEMENT AcxCircuitGetElementById(ACXCIRCUIT Circuit, ULONG ElementId);
ULONG AcxCircuitGetElementsCount(ACXCIRCUIT Circuit);
WDFDEVICE AcxCircuitGetWdfDevice(ACXCIRCUIT Circuit);
PCUNICODE_STRING AcxCircuitGetSymbolicLinkName(ACXCIRCUIT Circuit);
VOID AcxCircuitDispatchAcxRequest(ACXCIRCUIT Circuit, WDFREQUEST Request);

/* ===================================================================================================
 * Factory circuits (acxcircuit.h)
 * ================================================================================================= */

typedef struct _ACX_FACTORY_CIRCUIT_ADD_CIRCUIT {
    ULONG Size;
    ULONG Flags;
    GUID CircuitUniqueId;
    HANDLE CircuitProperties;
    HANDLE CompositeProperties;
} ACX_FACTORY_CIRCUIT_ADD_CIRCUIT, *PACX_FACTORY_CIRCUIT_ADD_CIRCUIT;

typedef struct _ACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT {
    ULONG Size;
    GUID CircuitUniqueId;
} ACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT, *PACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT;

typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE(WDFDEVICE Parent,
                                                              ACXFACTORYCIRCUIT Factory,
                                                              PACX_FACTORY_CIRCUIT_ADD_CIRCUIT Config,
                                                              WDFDEVICE *Device);
typedef EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE *PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE;
typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT(WDFDEVICE Parent, WDFDEVICE Device,
                                                        ACXFACTORYCIRCUIT Factory,
                                                        PACX_FACTORY_CIRCUIT_ADD_CIRCUIT Config,
                                                        PACXCIRCUIT_INIT CircuitInit);
typedef EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT *PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT;

typedef struct _ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS {
    ULONG Size;
    PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE EvtAcxFactoryCircuitCreateCircuitDevice;
    PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT EvtAcxFactoryCircuitCreateCircuit;
} ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS, *PACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS;

DRVLS_ACX_INLINE VOID ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS_INIT(
    PACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS));
    Callbacks->Size = sizeof(ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS);
}

PACXFACTORYCIRCUIT_INIT AcxFactoryCircuitInitAllocate(WDFDEVICE Device);
VOID AcxFactoryCircuitInitFree(PACXFACTORYCIRCUIT_INIT FactoryInit);
VOID AcxFactoryCircuitInitSetComponentId(PACXFACTORYCIRCUIT_INIT FactoryInit, const GUID *ComponentId);
NTSTATUS AcxFactoryCircuitInitAssignComponentUri(PACXFACTORYCIRCUIT_INIT FactoryInit,
                                                 PCUNICODE_STRING ComponentUri);
NTSTATUS AcxFactoryCircuitInitAssignName(PACXFACTORYCIRCUIT_INIT FactoryInit, PCUNICODE_STRING Name);
NTSTATUS AcxFactoryCircuitInitAssignCategories(PACXFACTORYCIRCUIT_INIT FactoryInit,
                                               const GUID *Categories, ULONG CategoriesCount);
VOID AcxFactoryCircuitInitSetOperationCallbacks(PACXFACTORYCIRCUIT_INIT FactoryInit,
                                                PACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS Callbacks);
NTSTATUS AcxFactoryCircuitInitAssignAcxRequestPreprocessCallback(
    PACXFACTORYCIRCUIT_INIT FactoryInit, PFN_ACX_OBJECT_PREPROCESS_REQUEST EvtObjectAcxRequestPreprocess,
    ACXCONTEXT DriverContext, ACX_REQUEST_TYPE RequestType, const GUID *Set, ULONG Id);
NTSTATUS AcxFactoryCircuitInitAssignProperties(PACXFACTORYCIRCUIT_INIT FactoryInit,
                                               PACX_PROPERTY_ITEM Properties, ULONG PropertiesCount);
NTSTATUS AcxFactoryCircuitInitAssignMethods(PACXFACTORYCIRCUIT_INIT FactoryInit,
                                            PACX_METHOD_ITEM Methods, ULONG MethodsCount);
NTSTATUS AcxFactoryCircuitCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes,
                                 PACXFACTORYCIRCUIT_INIT *FactoryInit, ACXFACTORYCIRCUIT *Factory);
WDFDEVICE AcxFactoryCircuitGetWdfDevice(ACXFACTORYCIRCUIT Factory);
VOID AcxFactoryCircuitDispatchAcxRequest(ACXFACTORYCIRCUIT Factory, WDFREQUEST Request);

/* ===================================================================================================
 * Manager and composite templates (acxmanager.h)
 * ================================================================================================= */

typedef enum _ACX_COMPOSITE_TEMPLATE_CONFIG_FLAGS {
    AcxCompositeTemplateConfigNoFlags = 0x00000000,
    AcxCompositeTemplateConfigSingleton = 0x00000001,
    AcxCompositeTemplateConfigValidFlags = 0x00000001
} ACX_COMPOSITE_TEMPLATE_CONFIG_FLAGS;

typedef struct _ACX_COMPOSITE_TEMPLATE_CONFIG {
    ULONG Size;
    ULONG Flags;
    ACXOBJECTBAG Properties;
} ACX_COMPOSITE_TEMPLATE_CONFIG, *PACX_COMPOSITE_TEMPLATE_CONFIG;

DRVLS_ACX_INLINE VOID ACX_COMPOSITE_TEMPLATE_CONFIG_INIT(PACX_COMPOSITE_TEMPLATE_CONFIG Config) {
    RtlZeroMemory(Config, sizeof(ACX_COMPOSITE_TEMPLATE_CONFIG));
    Config->Size = sizeof(ACX_COMPOSITE_TEMPLATE_CONFIG);
}

typedef enum _ACX_CIRCUIT_TEMPLATE_CONFIG_FLAGS {
    AcxCircuitTemplateConfigNoFlags = 0x00000000,
    AcxCircuitTemplateCircuitOnDemand = 0x00000001,
    AcxCircuitTemplateConfigValidFlags = 0x00000001
} ACX_CIRCUIT_TEMPLATE_CONFIG_FLAGS;

typedef struct _ACX_CIRCUIT_TEMPLATE_CONFIG {
    ULONG Size;
    ULONG Flags;
    PCUNICODE_STRING CircuitUri;
    PCUNICODE_STRING FactoryUri;
    ACXOBJECTBAG CircuitProperties;
} ACX_CIRCUIT_TEMPLATE_CONFIG, *PACX_CIRCUIT_TEMPLATE_CONFIG;

DRVLS_ACX_INLINE VOID ACX_CIRCUIT_TEMPLATE_CONFIG_INIT(PACX_CIRCUIT_TEMPLATE_CONFIG Config) {
    RtlZeroMemory(Config, sizeof(ACX_CIRCUIT_TEMPLATE_CONFIG));
    Config->Size = sizeof(ACX_CIRCUIT_TEMPLATE_CONFIG);
}

ACXMANAGER AcxGetManager(PVOID Reserved);
NTSTATUS AcxManagerAddCompositeTemplate(ACXMANAGER Manager, ACXCOMPOSITETEMPLATE CompositeTemplate);
NTSTATUS AcxManagerRemoveCompositeTemplate(ACXMANAGER Manager, ACXCOMPOSITETEMPLATE CompositeTemplate);
NTSTATUS AcxCompositeTemplateCreate(WDFDRIVER Driver, PWDF_OBJECT_ATTRIBUTES Attributes,
                                    PACX_COMPOSITE_TEMPLATE_CONFIG Config,
                                    ACXCOMPOSITETEMPLATE *CompositeTemplate);
NTSTATUS AcxCompositeTemplateAssignCircuits(ACXCOMPOSITETEMPLATE CompositeTemplate,
                                            ACXCIRCUITTEMPLATE *Circuits, ULONG CircuitsCount);
VOID AcxCompositeTemplateSetCoreCircuit(ACXCOMPOSITETEMPLATE CompositeTemplate,
                                        ACXCIRCUITTEMPLATE CoreCircuit);
NTSTATUS AcxCircuitTemplateCreate(WDFDRIVER Driver, PWDF_OBJECT_ATTRIBUTES Attributes,
                                  PACX_CIRCUIT_TEMPLATE_CONFIG Config, ACXCIRCUITTEMPLATE *CircuitTemplate);

/* ===================================================================================================
 * Pins, jacks and microphone geometry (acxpin.h)
 * ================================================================================================= */

typedef enum _ACX_PIN_TYPE {
    AcxPinTypeOther = 0,
    AcxPinTypeSink,
    AcxPinTypeSource,
    AcxPinTypeMaximum
} ACX_PIN_TYPE, *PACX_PIN_TYPE;

/* Same order as KSPIN_COMMUNICATION. */
typedef enum _ACX_PIN_COMMUNICATION {
    AcxPinCommunicationNone = 0,
    AcxPinCommunicationSink,
    AcxPinCommunicationSource,
    AcxPinCommunicationBoth,
    AcxPinCommunicationBridge,
    AcxPinCommunicationMaximum
} ACX_PIN_COMMUNICATION, *PACX_PIN_COMMUNICATION;

typedef enum _ACX_PIN_QUALIFIER {
    AcxPinQualifierDefault = 0,
    AcxPinQualifierMaximum
} ACX_PIN_QUALIFIER, *PACX_PIN_QUALIFIER;

typedef enum _ACX_PIN_CONFIG_FLAGS {
    AcxPinConfigNoFlags = 0x00000000,
    AcxPinConfigMicrophoneConfigSpecified = 0x00000001,
    AcxPinConfigNoDefaultDataFormatLists = 0x00000002,
    AcxPinConfigValidFlags = 0x00000003
} ACX_PIN_CONFIG_FLAGS;

/* The id ACX_PIN_CONFIG_INIT and ACX_JACK_CONFIG_INIT use. Values not documented. */
#ifndef AcxPinIdDefault
#define AcxPinIdDefault ((ULONG)-1)
#endif
#ifndef AcxJackPropertiesIdDefault
#define AcxJackPropertiesIdDefault ((ULONG)-1)
#endif

typedef NTSTATUS EVT_ACX_PIN_SET_DATAFORMAT(ACXPIN Pin, ACXDATAFORMAT DataFormat);
typedef EVT_ACX_PIN_SET_DATAFORMAT *PFN_ACX_PIN_SET_DATAFORMAT;
typedef NTSTATUS EVT_ACX_PIN_RETRIEVE_NAME(ACXPIN Pin, PUNICODE_STRING Name);
typedef EVT_ACX_PIN_RETRIEVE_NAME *PFN_ACX_PIN_RETRIEVE_NAME;
typedef VOID EVT_ACX_PIN_CONNECTED(ACXPIN Pin, ACXTARGETCIRCUIT TargetCircuit, ULONG TargetPinId);
typedef EVT_ACX_PIN_CONNECTED *PFN_ACX_PIN_CONNECTED;
typedef VOID EVT_ACX_PIN_DISCONNECTED(ACXPIN Pin, ACXTARGETCIRCUIT TargetCircuit, ULONG TargetPinId);
typedef EVT_ACX_PIN_DISCONNECTED *PFN_ACX_PIN_DISCONNECTED;

/* Jack sink information (HDMI / DisplayPort endpoints). */
typedef enum _ACX_JACK_SINK_INFO_CONNECTION_TYPE {
    AcxJackSinkConnectionTypeHdmi = 0,
    AcxJackSinkConnectionTypeDisplayPort,
    AcxJackSinkConnectionTypeMaximum
} ACX_JACK_SINK_INFO_CONNECTION_TYPE;

#define ACX_MAX_SINK_DESCRIPTION_NAME_LENGTH 32

typedef struct _ACX_JACK_SINK_INFORMATION {
    ULONG Size;
    ACX_JACK_SINK_INFO_CONNECTION_TYPE ConnType;
    USHORT ManufacturerId;
    USHORT ProductId;
    USHORT AudioLatency;
    BOOL HDCPCapable;
    BOOL AICapable;
    UCHAR SinkDescriptionLength;
    WCHAR SinkDescription[ACX_MAX_SINK_DESCRIPTION_NAME_LENGTH];
    LUID PortId;
} ACX_JACK_SINK_INFORMATION, *PACX_JACK_SINK_INFORMATION;

typedef NTSTATUS EVT_ACX_PIN_RETRIEVE_JACK_SINK_INFO(ACXPIN Pin,
                                                     PACX_JACK_SINK_INFORMATION JackSinkInformation);
typedef EVT_ACX_PIN_RETRIEVE_JACK_SINK_INFO *PFN_ACX_PIN_RETRIEVE_JACK_SINK_INFO;
typedef VOID EVT_ACX_PIN_DATAFORMAT_CHANGE_NOTIFICATION(ACXPIN Pin);
typedef EVT_ACX_PIN_DATAFORMAT_CHANGE_NOTIFICATION *PFN_ACX_PIN_DATAFORMAT_CHANGE_NOTIFICATION;

typedef struct _ACX_PIN_CALLBACKS {
    ULONG Size;
    PFN_ACX_PIN_SET_DATAFORMAT EvtAcxPinSetDataFormat;
    PFN_ACX_PIN_RETRIEVE_NAME EvtAcxPinRetrieveName;
    PFN_ACX_PIN_CONNECTED EvtAcxPinConnected;
    PFN_ACX_PIN_DISCONNECTED EvtAcxPinDisconnected;
    PFN_ACX_PIN_RETRIEVE_JACK_SINK_INFO EvtAcxPinRetrieveJackSinkInfo;
    PFN_ACX_PIN_DATAFORMAT_CHANGE_NOTIFICATION EvtAcxPinDataFormatChangeNotification;
} ACX_PIN_CALLBACKS, *PACX_PIN_CALLBACKS;

DRVLS_ACX_INLINE VOID ACX_PIN_CALLBACKS_INIT(PACX_PIN_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(ACX_PIN_CALLBACKS));
    Callbacks->Size = sizeof(ACX_PIN_CALLBACKS);
}

/* Interleaved (for example microphone plus loopback) capture formats. */
typedef struct _ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION {
    ULONG Size;
    ULONG PrimaryChannelCount;
    ULONG PrimaryChannelStartPosition;
    ULONG PrimaryChannelMask;
    ULONG InterleavedChannelCount;
    ULONG InterleavedChannelStartPosition;
    ULONG InterleavedChannelMask;
} ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION, *PACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION;

DRVLS_ACX_INLINE VOID ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION_INIT(
    PACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION Information) {
    RtlZeroMemory(Information, sizeof(ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION));
    Information->Size = sizeof(ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION);
}

/* Microphone geometry (mirrors KSAUDIO_MIC_ARRAY_GEOMETRY). */
typedef enum _ACX_MIC_ARRAY_TYPE {
    AcxMicArrayTypeLinear = 0,
    AcxMicArrayTypePlanar,
    AcxMicArrayType3D,
    AcxMicArrayTypeMaximum
} ACX_MIC_ARRAY_TYPE;

typedef enum _ACX_MICROPHONE_TYPE {
    AcxMicrophoneTypeOmniDirectional = 0,
    AcxMicrophoneTypeSubcardioid,
    AcxMicrophoneTypeCardioid,
    AcxMicrophoneTypeSupercardioid,
    AcxMicrophoneTypeHypercardioid,
    AcxMicrophoneTypeEight,
    AcxMicrophoneTypeVendorDefined,
    AcxMicrophoneTypeMaximum
} ACX_MICROPHONE_TYPE;

typedef struct _ACX_MICROPHONE_COORDINATES {
    ULONG Size;
    ACX_MICROPHONE_TYPE MicrophoneType;
    SHORT wXCoord;
    SHORT wYCoord;
    SHORT wZCoord;
    SHORT wVerticalAngle;
    SHORT wHorizontalAngle;
} ACX_MICROPHONE_COORDINATES, *PACX_MICROPHONE_COORDINATES;

typedef struct _ACX_MICARRAYGEOMETRY_CONFIG {
    ULONG Size;
    ULONG Flags;
    ACX_MIC_ARRAY_TYPE ArrayType;
    SHORT VerticalAngleBegin;
    SHORT VerticalAngleEnd;
    SHORT HorizontalAngleBegin;
    SHORT HorizontalAngleEnd;
    SHORT FrequencyBandLo;
    SHORT FrequencyBandHi;
    USHORT NumberOfMicrophones;
    PACX_MICROPHONE_COORDINATES Microphones;
} ACX_MICARRAYGEOMETRY_CONFIG, *PACX_MICARRAYGEOMETRY_CONFIG;

DRVLS_ACX_INLINE VOID ACX_MICARRAYGEOMETRY_CONFIG_INIT(PACX_MICARRAYGEOMETRY_CONFIG Config) {
    RtlZeroMemory(Config, sizeof(ACX_MICARRAYGEOMETRY_CONFIG));
    Config->Size = sizeof(ACX_MICARRAYGEOMETRY_CONFIG);
}

typedef enum _ACX_MICROPHONE_CONFIG_FLAGS {
    AcxMicrophoneConfigNoFlags = 0x00000000,
    AcxMicrophoneConfigValidFlags = 0x00000000
} ACX_MICROPHONE_CONFIG_FLAGS;

typedef struct _ACX_MICROPHONE_CONFIG {
    ULONG Size;
    ULONG Flags;
    LONG MicrophoneSnrDB;
    LONG MicrophoneSensitivityDB;
    ACXMICARRAYGEOMETRY MicArrayGeometry;
    PACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION InterleavedFormat;
} ACX_MICROPHONE_CONFIG, *PACX_MICROPHONE_CONFIG;

DRVLS_ACX_INLINE VOID ACX_MICROPHONE_CONFIG_INIT(PACX_MICROPHONE_CONFIG Config) {
    RtlZeroMemory(Config, sizeof(ACX_MICROPHONE_CONFIG));
    Config->Size = sizeof(ACX_MICROPHONE_CONFIG);
}

typedef struct _ACX_PIN_CONFIG {
    ULONG Size;
    ULONG Flags;
    ULONG Id;
    ACX_PIN_TYPE Type;
    ACX_PIN_COMMUNICATION Communication;
    ACX_PIN_QUALIFIER Qualifier;
    const GUID *Category;
    const GUID *Name;
    PACX_PIN_CALLBACKS PinCallbacks;
    ULONG PropertiesCount;
    ULONG MethodsCount;
    PACX_PROPERTY_ITEM Properties;
    PACX_METHOD_ITEM Methods;
    union {
        PACX_MICROPHONE_CONFIG MicrophoneConfig;
    } u;
    ULONG MaxStreams;
} ACX_PIN_CONFIG, *PACX_PIN_CONFIG;

DRVLS_ACX_INLINE VOID ACX_PIN_CONFIG_INIT_ID(PACX_PIN_CONFIG Config, ULONG Id) {
    RtlZeroMemory(Config, sizeof(ACX_PIN_CONFIG));
    Config->Size = sizeof(ACX_PIN_CONFIG);
    Config->Id = Id;
}

#define ACX_PIN_CONFIG_INIT(_config) ACX_PIN_CONFIG_INIT_ID((_config), AcxPinIdDefault)

/* Jacks. The location and connection enumerations follow the KS jack description (EPcx*). */
typedef enum _ACX_JACK_CONNECTION_TYPE {
    AcxConnTypeUnknown = 0,
    AcxConnType3Point5mm,
    AcxConnTypeQuarter,
    AcxConnTypeAtapiInternal,
    AcxConnTypeRCA,
    AcxConnTypeOptical,
    AcxConnTypeOtherDigital,
    AcxConnTypeOtherAnalog,
    AcxConnTypeMultichannelAnalogDIN,
    AcxConnTypeXlrProfessional,
    AcxConnTypeRJ11Modem,
    AcxConnTypeCombination,
    AcxJackConnectionTypeMaximum
} ACX_JACK_CONNECTION_TYPE;

typedef enum _ACX_JACK_GEO_LOCATION {
    AcxGeoLocRear = 1,
    AcxGeoLocFront,
    AcxGeoLocLeft,
    AcxGeoLocRight,
    AcxGeoLocTop,
    AcxGeoLocBottom,
    AcxGeoLocRearPanel,
    AcxGeoLocRiser,
    AcxGeoLocInsideMobileLid,
    AcxGeoLocDrivebay,
    AcxGeoLocHDMI,
    AcxGeoLocOutsideMobileLid,
    AcxGeoLocATAPI,
    AcxGeoLocNotApplicable,
    AcxGeoLocReserved6,
    AcxJackGeoLocationMaximum
} ACX_JACK_GEO_LOCATION;

typedef enum _ACX_JACK_GEN_LOCATION {
    AcxGenLocPrimaryBox = 0,
    AcxGenLocInternal,
    AcxGenLocSeparate,
    AcxGenLocOther,
    AcxJackGenLocationMaximum
} ACX_JACK_GEN_LOCATION;

typedef enum _ACX_JACK_PORT_CONNECTION {
    AcxPortConnJack = 0,
    AcxPortConnIntegratedDevice,
    AcxPortConnBothIntegratedAndJack,
    AcxPortConnUnknown,
    AcxJackPortConnectionMaximum
} ACX_JACK_PORT_CONNECTION;

typedef enum _ACX_JACK_CONFIG_FLAGS {
    AcxJackConfigNoFlags = 0x00000000,
    AcxJackConfigValidFlags = 0x00000000
} ACX_JACK_CONFIG_FLAGS;

typedef struct _ACX_JACK_DESCRIPTION {
    ULONG ChannelMapping;
    ULONG Color;
    ACX_JACK_CONNECTION_TYPE ConnectionType;
    ACX_JACK_GEO_LOCATION GeoLocation;
    ACX_JACK_GEN_LOCATION GenLocation;
    ACX_JACK_PORT_CONNECTION PortConnection;
} ACX_JACK_DESCRIPTION, *PACX_JACK_DESCRIPTION;

typedef NTSTATUS EVT_ACX_JACK_RETRIEVE_PRESENCE_STATE(ACXJACK Jack, PBOOLEAN IsConnected);
typedef EVT_ACX_JACK_RETRIEVE_PRESENCE_STATE *PFN_ACX_JACK_RETRIEVE_PRESENCE_STATE;

typedef struct _ACX_JACK_CALLBACKS {
    ULONG Size;
    PFN_ACX_JACK_RETRIEVE_PRESENCE_STATE EvtAcxJackRetrievePresenceState;
} ACX_JACK_CALLBACKS, *PACX_JACK_CALLBACKS;

DRVLS_ACX_INLINE VOID ACX_JACK_CALLBACKS_INIT(PACX_JACK_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(ACX_JACK_CALLBACKS));
    Callbacks->Size = sizeof(ACX_JACK_CALLBACKS);
}

typedef struct _ACX_JACK_CONFIG {
    ULONG Size;
    ULONG Id;
    ULONG Flags;
    PACX_JACK_CALLBACKS Callbacks;
    ACX_JACK_DESCRIPTION Description;
} ACX_JACK_CONFIG, *PACX_JACK_CONFIG;

DRVLS_ACX_INLINE VOID ACX_JACK_CONFIG_INIT_ID(PACX_JACK_CONFIG Config, ULONG Id) {
    RtlZeroMemory(Config, sizeof(ACX_JACK_CONFIG));
    Config->Size = sizeof(ACX_JACK_CONFIG);
    Config->Id = Id;
}

#define ACX_JACK_CONFIG_INIT(_config) ACX_JACK_CONFIG_INIT_ID((_config), AcxJackPropertiesIdDefault)

/* Physical connections between circuits on different devices. */
typedef enum _ACX_PHYSICAL_CONNECTION_FLAGS {
    AcxPhysicalConnectionNoFlags = 0x00000000,
    AcxPhysicalConnectionFromPinId = 0x00000001,
    AcxPhysicalConnectionFromPinObject = 0x00000002,
    AcxPhysicalConnectionValidFlags = 0x00000003
} ACX_PHYSICAL_CONNECTION_FLAGS;

typedef struct _ACX_PHYSICAL_CONNECTION {
    ULONG Size;
    ULONG Flags;
    union {
        ACXPIN Object;
        ULONG Id;
    } FromPin;
    WDFSTRING TargetName;
    ULONG TargetPinId;
} ACX_PHYSICAL_CONNECTION, *PACX_PHYSICAL_CONNECTION;

DRVLS_ACX_INLINE VOID ACX_PHYSICAL_CONNECTION_INIT(PACX_PHYSICAL_CONNECTION Connection) {
    RtlZeroMemory(Connection, sizeof(ACX_PHYSICAL_CONNECTION));
    Connection->Size = sizeof(ACX_PHYSICAL_CONNECTION);
}

NTSTATUS AcxPinCreate(ACXCIRCUIT Circuit, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_PIN_CONFIG Config,
                      ACXPIN *Pin);
ACXCIRCUIT AcxPinGetCircuit(ACXPIN Pin);
ULONG AcxPinGetId(ACXPIN Pin);
ACX_PIN_TYPE AcxPinGetType(ACXPIN Pin);
ACXDATAFORMATLIST AcxPinGetRawDataFormatList(ACXPIN Pin);
NTSTATUS AcxPinRetrieveModeDataFormatList(ACXPIN Pin, const GUID *SignalProcessingMode,
                                          ACXDATAFORMATLIST *FormatList);
NTSTATUS AcxPinAssignModeDataFormatList(ACXPIN Pin, const GUID *SignalProcessingMode,
                                        ACXDATAFORMATLIST FormatList);
NTSTATUS AcxPinRemoveModeDataFormatList(ACXPIN Pin, const GUID *SignalProcessingMode);
NTSTATUS AcxPinAddJacks(ACXPIN Pin, ACXJACK *Jacks, ULONG JacksCount);
NTSTATUS AcxPinAddEvents(ACXPIN Pin, ACXEVENT *Events, ULONG EventsCount);
NTSTATUS AcxPinAddStreamBridges(ACXPIN Pin, ACXSTREAMBRIDGE *StreamBridges, ULONG StreamBridgesCount);
NTSTATUS AcxPinRemoveStreamBridges(ACXPIN Pin, ACXSTREAMBRIDGE *StreamBridges,
                                   ULONG StreamBridgesCount);
VOID AcxPinNotifyDataFormatChange(ACXPIN Pin);
NTSTATUS AcxJackCreate(ACXPIN Pin, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_JACK_CONFIG Config,
                       ACXJACK *Jack);
VOID AcxJackChangeStateNotification(ACXJACK Jack);
NTSTATUS AcxMicArrayGeometryCreate(ACXPIN Pin, PWDF_OBJECT_ATTRIBUTES Attributes,
                                   PACX_MICARRAYGEOMETRY_CONFIG Config, ACXMICARRAYGEOMETRY *Geometry);
NTSTATUS AcxMicArrayGeometryAddMicrophoneCoordinates(ACXMICARRAYGEOMETRY Geometry,
                                                     PACX_MICROPHONE_COORDINATES Coordinates,
                                                     ULONG CoordinatesCount);

/* ===================================================================================================
 * Streams, RT streams and stream bridges (acxstreams.h)
 * ================================================================================================= */

/* Stream states as a driver tracks them. Values not documented; the KSSTATE order is used. */
typedef enum _ACX_STREAM_STATE {
    AcxStreamStateStop = 0,
    AcxStreamStatePause,
    AcxStreamStateRun,
    AcxStreamStateMax
} ACX_STREAM_STATE, *PACX_STREAM_STATE;

/* DRM rights handed to EVT_ACX_STREAM_ASSIGN_DRM_CONTENT_ID (the layout of DRMRIGHTS). */
typedef struct _ACXDRMRIGHTS {
    BOOL CopyProtect;
    ULONG Reserved;
    BOOL DigitalOutputDisable;
} ACXDRMRIGHTS, *PACXDRMRIGHTS;

typedef NTSTATUS EVT_ACX_STREAM_PREPARE_HARDWARE(ACXSTREAM Stream);
typedef EVT_ACX_STREAM_PREPARE_HARDWARE *PFN_ACX_STREAM_PREPARE_HARDWARE;
typedef NTSTATUS EVT_ACX_STREAM_RELEASE_HARDWARE(ACXSTREAM Stream);
typedef EVT_ACX_STREAM_RELEASE_HARDWARE *PFN_ACX_STREAM_RELEASE_HARDWARE;
typedef NTSTATUS EVT_ACX_STREAM_RUN(ACXSTREAM Stream);
typedef EVT_ACX_STREAM_RUN *PFN_ACX_STREAM_RUN;
typedef NTSTATUS EVT_ACX_STREAM_PAUSE(ACXSTREAM Stream);
typedef EVT_ACX_STREAM_PAUSE *PFN_ACX_STREAM_PAUSE;
typedef NTSTATUS EVT_ACX_STREAM_ASSIGN_DRM_CONTENT_ID(ACXSTREAM Stream, ULONG DrmContentId,
                                                      PACXDRMRIGHTS DrmRights);
typedef EVT_ACX_STREAM_ASSIGN_DRM_CONTENT_ID *PFN_ACX_STREAM_ASSIGN_DRM_CONTENT_ID;

typedef struct _ACX_STREAM_CALLBACKS {
    ULONG Size;
    PFN_ACX_STREAM_PREPARE_HARDWARE EvtAcxStreamPrepareHardware;
    PFN_ACX_STREAM_RELEASE_HARDWARE EvtAcxStreamReleaseHardware;
    PFN_ACX_STREAM_RUN EvtAcxStreamRun;
    PFN_ACX_STREAM_PAUSE EvtAcxStreamPause;
    PFN_ACX_STREAM_ASSIGN_DRM_CONTENT_ID EvtAcxStreamAssignDrmContentId;
} ACX_STREAM_CALLBACKS, *PACX_STREAM_CALLBACKS;

DRVLS_ACX_INLINE VOID ACX_STREAM_CALLBACKS_INIT(PACX_STREAM_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(ACX_STREAM_CALLBACKS));
    Callbacks->Size = sizeof(ACX_STREAM_CALLBACKS);
}

/* One RT packet: an MDL-backed WDF memory descriptor and the packet's offset and size in it. */
typedef struct _ACX_RTPACKET {
    ULONG Size;
    WDF_MEMORY_DESCRIPTOR RtPacketBuffer;
    ULONG RtPacketOffset;
    ULONG RtPacketSize;
} ACX_RTPACKET, *PACX_RTPACKET;

DRVLS_ACX_INLINE VOID ACX_RTPACKET_INIT(PACX_RTPACKET RtPacket) {
    RtlZeroMemory(RtPacket, sizeof(ACX_RTPACKET));
    RtPacket->Size = sizeof(ACX_RTPACKET);
}

typedef NTSTATUS EVT_ACX_STREAM_GET_HW_LATENCY(ACXSTREAM Stream, ULONG *FifoSize, ULONG *Delay);
typedef EVT_ACX_STREAM_GET_HW_LATENCY *PFN_ACX_STREAM_GET_HW_LATENCY;
typedef NTSTATUS EVT_ACX_STREAM_ALLOCATE_RTPACKETS(ACXSTREAM Stream, ULONG PacketCount,
                                                   ULONG PacketSize, PACX_RTPACKET *Packets);
typedef EVT_ACX_STREAM_ALLOCATE_RTPACKETS *PFN_ACX_STREAM_ALLOCATE_RTPACKETS;
typedef VOID EVT_ACX_STREAM_FREE_RTPACKETS(ACXSTREAM Stream, PACX_RTPACKET Packets, ULONG PacketCount);
typedef EVT_ACX_STREAM_FREE_RTPACKETS *PFN_ACX_STREAM_FREE_RTPACKETS;
typedef NTSTATUS EVT_ACX_STREAM_SET_RENDER_PACKET(ACXSTREAM Stream, ULONG Packet, ULONG Flags,
                                                  ULONG EosPacketLength);
typedef EVT_ACX_STREAM_SET_RENDER_PACKET *PFN_ACX_STREAM_SET_RENDER_PACKET;
typedef NTSTATUS EVT_ACX_STREAM_GET_PRESENTATION_POSITION(ACXSTREAM Stream, PULONGLONG PositionInBlocks,
                                                          PULONGLONG QPCPosition);
typedef EVT_ACX_STREAM_GET_PRESENTATION_POSITION *PFN_ACX_STREAM_GET_PRESENTATION_POSITION;
typedef NTSTATUS EVT_ACX_STREAM_GET_CURRENT_PACKET(ACXSTREAM Stream, PULONG CurrentPacket);
typedef EVT_ACX_STREAM_GET_CURRENT_PACKET *PFN_ACX_STREAM_GET_CURRENT_PACKET;
typedef NTSTATUS EVT_ACX_STREAM_GET_CAPTURE_PACKET(ACXSTREAM Stream, ULONG *LastCapturePacket,
                                                   ULONGLONG *QPCPacketStart, BOOLEAN *MoreData);
typedef EVT_ACX_STREAM_GET_CAPTURE_PACKET *PFN_ACX_STREAM_GET_CAPTURE_PACKET;

typedef struct _ACX_RT_STREAM_CALLBACKS {
    ULONG Size;
    PFN_ACX_STREAM_GET_HW_LATENCY EvtAcxStreamGetHwLatency;
    PFN_ACX_STREAM_ALLOCATE_RTPACKETS EvtAcxStreamAllocateRtPackets;
    PFN_ACX_STREAM_FREE_RTPACKETS EvtAcxStreamFreeRtPackets;
    PFN_ACX_STREAM_SET_RENDER_PACKET EvtAcxStreamSetRenderPacket;
    PFN_ACX_STREAM_GET_PRESENTATION_POSITION EvtAcxStreamGetPresentationPosition;
    PFN_ACX_STREAM_GET_CURRENT_PACKET EvtAcxStreamGetCurrentPacket;
    PFN_ACX_STREAM_GET_CAPTURE_PACKET EvtAcxStreamGetCapturePacket;
} ACX_RT_STREAM_CALLBACKS, *PACX_RT_STREAM_CALLBACKS;

DRVLS_ACX_INLINE VOID ACX_RT_STREAM_CALLBACKS_INIT(PACX_RT_STREAM_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(ACX_RT_STREAM_CALLBACKS));
    Callbacks->Size = sizeof(ACX_RT_STREAM_CALLBACKS);
}

/* Stream bridges carry a stream from one circuit's pin to the next circuit. */
typedef enum _ACX_STREAM_BRIDGE_TYPE {
    AcxStreamBridgeInvalidType = 0,
    AcxStreamBridgeDefault,
    AcxStreamBridgeMaximumType
} ACX_STREAM_BRIDGE_TYPE;

typedef enum _ACX_STREAM_BRIDGE_CONFIG_FLAGS {
    AcxStreamBridgeConfigNoFlags = 0x00000000,
    AcxStreamBridgeInvertChangeStateSequence = 0x00000001,
    AcxStreamBridgeForwardInStreamVarArguments = 0x00000002,
    AcxStreamBridgeConfigValidFlags = 0x00000003
} ACX_STREAM_BRIDGE_CONFIG_FLAGS;

typedef struct _ACX_STREAM_BRIDGE_CONFIG {
    ULONG Size;
    ULONG Flags;
    ACX_STREAM_BRIDGE_TYPE Type;
    ULONG InModesCount;
    const GUID **InModes;
    const GUID *OutMode;
    ACXOBJECTBAG OutStreamVarArguments;
    PVOID TargetStreamCallbacks;
} ACX_STREAM_BRIDGE_CONFIG, *PACX_STREAM_BRIDGE_CONFIG;

DRVLS_ACX_INLINE VOID ACX_STREAM_BRIDGE_CONFIG_INIT(PACX_STREAM_BRIDGE_CONFIG Config) {
    RtlZeroMemory(Config, sizeof(ACX_STREAM_BRIDGE_CONFIG));
    Config->Size = sizeof(ACX_STREAM_BRIDGE_CONFIG);
    Config->Type = AcxStreamBridgeDefault;
}

NTSTATUS AcxStreamInitAssignAcxStreamCallbacks(PACXSTREAM_INIT StreamInit,
                                               PACX_STREAM_CALLBACKS StreamCallbacks);
NTSTATUS AcxStreamInitAssignAcxRtStreamCallbacks(PACXSTREAM_INIT StreamInit,
                                                 PACX_RT_STREAM_CALLBACKS RtStreamCallbacks);
VOID AcxStreamInitSetAcxRtStreamSupportsNotifications(PACXSTREAM_INIT StreamInit);
NTSTATUS AcxStreamInitAssignAcxRequestPreprocessCallback(
    PACXSTREAM_INIT StreamInit, PFN_ACX_OBJECT_PREPROCESS_REQUEST EvtObjectAcxRequestPreprocess,
    ACXCONTEXT DriverContext, ACX_REQUEST_TYPE RequestType, const GUID *Set, ULONG Id);
NTSTATUS AcxStreamInitAssignProperties(PACXSTREAM_INIT StreamInit, PACX_PROPERTY_ITEM Properties,
                                       ULONG PropertiesCount);
NTSTATUS AcxStreamInitAssignMethods(PACXSTREAM_INIT StreamInit, PACX_METHOD_ITEM Methods,
                                    ULONG MethodsCount);
NTSTATUS AcxStreamCreate(WDFDEVICE Device, ACXCIRCUIT Circuit, PWDF_OBJECT_ATTRIBUTES Attributes,
                         PACXSTREAM_INIT *StreamInit, ACXSTREAM *Stream);
NTSTATUS AcxRtStreamCreate(WDFDEVICE Device, ACXCIRCUIT Circuit, PWDF_OBJECT_ATTRIBUTES Attributes,
                           PACXSTREAM_INIT *StreamInit, ACXSTREAM *Stream);
NTSTATUS AcxStreamAddElements(ACXSTREAM Stream, ACXELEMENT *Elements, ULONG ElementsCount);
NTSTATUS AcxStreamAddEvents(ACXSTREAM Stream, ACXEVENT *Events, ULONG EventsCount);
NTSTATUS AcxStreamAddConnections(ACXSTREAM Stream, PACX_CONNECTION Connections, ULONG ConnectionsCount);
ACXCIRCUIT AcxStreamGetCircuit(ACXSTREAM Stream);
ACXPIN AcxStreamGetPin(ACXSTREAM Stream);
ACXELEMENT AcxStreamGetElementById(ACXSTREAM Stream, ULONG ElementId);
ULONG AcxStreamGetElementsCount(ACXSTREAM Stream);
VOID AcxStreamDispatchAcxRequest(ACXSTREAM Stream, WDFREQUEST Request);
VOID AcxRtStreamNotifyPacketComplete(ACXSTREAM Stream, ULONGLONG CompletedPacket,
                                     ULONGLONG QPCCompletion);

NTSTATUS AcxStreamBridgeCreate(ACXCIRCUIT Circuit, PWDF_OBJECT_ATTRIBUTES Attributes,
                               PACX_STREAM_BRIDGE_CONFIG Config, ACXSTREAMBRIDGE *StreamBridge);
NTSTATUS AcxStreamBridgeAddStream(ACXSTREAMBRIDGE StreamBridge, ACXSTREAM Stream);
VOID AcxStreamBridgeRemoveStream(ACXSTREAMBRIDGE StreamBridge, ACXSTREAM Stream);

/* ===================================================================================================
 * Targets: other circuits, their pins and elements, reached through WDF I/O targets (acxtargets.h)
 * ================================================================================================= */

typedef enum _ACX_TARGET_CIRCUIT_CONFIG_FLAGS {
    AcxTargetCircuitConfigNoFlags = 0x00000000,
    AcxTargetCircuitConfigValidFlags = 0x00000000
} ACX_TARGET_CIRCUIT_CONFIG_FLAGS;

typedef struct _ACX_TARGET_CIRCUIT_CONFIG {
    ULONG Size;
    ULONG Flags;
    WDFSTRING SymbolicLinkName;
} ACX_TARGET_CIRCUIT_CONFIG, *PACX_TARGET_CIRCUIT_CONFIG;

DRVLS_ACX_INLINE VOID ACX_TARGET_CIRCUIT_CONFIG_INIT(PACX_TARGET_CIRCUIT_CONFIG Config) {
    RtlZeroMemory(Config, sizeof(ACX_TARGET_CIRCUIT_CONFIG));
    Config->Size = sizeof(ACX_TARGET_CIRCUIT_CONFIG);
}

NTSTATUS AcxTargetCircuitCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes,
                                PACX_TARGET_CIRCUIT_CONFIG Config, ACXTARGETCIRCUIT *TargetCircuit);
WDFIOTARGET AcxTargetCircuitGetWdfIoTarget(ACXTARGETCIRCUIT TargetCircuit);
ULONG AcxTargetCircuitGetPinsCount(ACXTARGETCIRCUIT TargetCircuit);
ACXTARGETPIN AcxTargetCircuitGetTargetPin(ACXTARGETCIRCUIT TargetCircuit, ULONG PinId);
ULONG AcxTargetCircuitGetElementsCount(ACXTARGETCIRCUIT TargetCircuit);
ACXTARGETELEMENT AcxTargetCircuitGetTargetElement(ACXTARGETCIRCUIT TargetCircuit, ULONG ElementId);
NTSTATUS AcxTargetCircuitFormatRequestForProperty(ACXTARGETCIRCUIT TargetCircuit, WDFREQUEST Request,
                                                  PACX_REQUEST_PARAMETERS Parameters);
NTSTATUS AcxTargetCircuitFormatRequestForMethod(ACXTARGETCIRCUIT TargetCircuit, WDFREQUEST Request,
                                                PACX_REQUEST_PARAMETERS Parameters);

ULONG AcxTargetPinGetId(ACXTARGETPIN TargetPin);
WDFIOTARGET AcxTargetPinGetWdfIoTarget(ACXTARGETPIN TargetPin);
NTSTATUS AcxTargetPinRetrieveModeDataFormatList(ACXTARGETPIN TargetPin, const GUID *SignalProcessingMode,
                                                ACXDATAFORMATLIST *FormatList);
NTSTATUS AcxTargetPinFormatRequestForProperty(ACXTARGETPIN TargetPin, WDFREQUEST Request,
                                              PACX_REQUEST_PARAMETERS Parameters);
NTSTATUS AcxTargetPinFormatRequestForMethod(ACXTARGETPIN TargetPin, WDFREQUEST Request,
                                            PACX_REQUEST_PARAMETERS Parameters);

ULONG AcxTargetElementGetId(ACXTARGETELEMENT TargetElement);
GUID AcxTargetElementGetType(ACXTARGETELEMENT TargetElement);
GUID AcxTargetElementGetName(ACXTARGETELEMENT TargetElement);
WDFIOTARGET AcxTargetElementGetWdfIoTarget(ACXTARGETELEMENT TargetElement);
NTSTATUS AcxTargetElementFormatRequestForProperty(ACXTARGETELEMENT TargetElement, WDFREQUEST Request,
                                                  PACX_REQUEST_PARAMETERS Parameters);
NTSTATUS AcxTargetElementFormatRequestForMethod(ACXTARGETELEMENT TargetElement, WDFREQUEST Request,
                                                PACX_REQUEST_PARAMETERS Parameters);

ACXSTREAM AcxTargetStreamGetStream(ACXTARGETSTREAM TargetStream);
WDFIOTARGET AcxTargetStreamGetWdfIoTarget(ACXTARGETSTREAM TargetStream);

/* ===================================================================================================
 * DRM (acxdrm.h): forwarding protected content to the device that renders it
 * ================================================================================================= */

NTSTATUS AcxDrmCreateContentMixed(PULONG ContentIds, ULONG ContentIdsCount, PULONG MixedContentId);
NTSTATUS AcxDrmDestroyContent(ULONG ContentId);
NTSTATUS AcxDrmForwardContentToDeviceObject(ULONG ContentId, PVOID Reserved, PVOID DrmForward);
NTSTATUS AcxDrmAddContentHandlers(ULONG ContentId, PVOID *PaHandlers, ULONG NumHandlers);
NTSTATUS AcxDrmRetrieveContentRights(ULONG ContentId, PACXDRMRIGHTS DrmRights);

WDF_EXTERN_C_END

/* The audio elements: volume, mute, peak meter, audio engine, keyword spotter, audio module. */
#include <acxelements.h>

#endif /* DRVLS_WDK_SHIM_ACX_H */
