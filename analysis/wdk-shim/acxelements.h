/*
 * acxelements.h - drvls WDK supplement: the ACX audio elements (ACXELEMENT and its kinds: volume,
 * mute, peak meter, audio engine, stream audio engine, keyword spotter, audio module).
 *
 * Included at the end of the drvls acx.h, after the handle types, requests and data formats it builds
 * on; a driver that includes <acxelements.h> by name gets acx.h first. Written from the public ACX
 * reference documentation (acxelements.h pages): structure members in documented order, callback
 * roles as function typedefs with PFN_ pointer types, the _INIT helpers as static inline functions
 * that zero the structure, set Size and store the given fields. Interface only; not for building
 * drivers.
 */
#ifndef DRVLS_WDK_SHIM_ACXELEMENTS_H
#define DRVLS_WDK_SHIM_ACXELEMENTS_H

#include <acx.h>

WDF_EXTERN_C_START

/* The id the ACX_*_CONFIG_INIT helpers use when the driver gives none. Value not documented. */
#ifndef AcxElementIdDefault
#define AcxElementIdDefault ((ULONG)-1)
#endif

/* ===================================================================================================
 * Generic elements
 * ================================================================================================= */

typedef enum _ACX_ELEMENT_CONFIG_FLAGS {
    AcxElementConfigNoFlags = 0x00000000,
    AcxElementConfigValidFlags = 0x00000000
} ACX_ELEMENT_CONFIG_FLAGS;

typedef struct _ACX_ELEMENT_CONFIG {
    ULONG Size;
    ULONG Id;
    const GUID *Type;
    const GUID *Name;
    ULONG Flags;
    ULONG PropertiesCount;
    ULONG MethodsCount;
    PACX_PROPERTY_ITEM Properties;
    PACX_METHOD_ITEM Methods;
} ACX_ELEMENT_CONFIG, *PACX_ELEMENT_CONFIG;

DRVLS_ACX_INLINE VOID ACX_ELEMENT_CONFIG_INIT_ID(PACX_ELEMENT_CONFIG Config, ULONG Id) {
    RtlZeroMemory(Config, sizeof(ACX_ELEMENT_CONFIG));
    Config->Size = sizeof(ACX_ELEMENT_CONFIG);
    Config->Id = Id;
}

#define ACX_ELEMENT_CONFIG_INIT(_config) ACX_ELEMENT_CONFIG_INIT_ID((_config), AcxElementIdDefault)

/* Elements hang off a circuit or a stream, so the parent is an untyped ACX object. */
NTSTATUS AcxElementCreate(ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes,
                          PACX_ELEMENT_CONFIG Config, ACXELEMENT *Element);
ACXOBJECT AcxElementGetContainer(ACXELEMENT Element);
ULONG AcxElementGetId(ACXELEMENT Element);
NTSTATUS AcxElementAddEvents(ACXELEMENT Element, ACXEVENT *Events, ULONG EventsCount);

/* ===================================================================================================
 * Volume
 * ================================================================================================= */

/* Same values as AUDIO_CURVE_TYPE. */
typedef enum _ACX_VOLUME_CURVE_TYPE {
    AcxVolumeCurveTypeNone = 0,
    AcxVolumeCurveTypeFade = 1,
    AcxVolumeCurveTypeMaximum
} ACX_VOLUME_CURVE_TYPE;

#ifndef ACX_VOLUME_CHANNEL_MASTER
#define ACX_VOLUME_CHANNEL_MASTER ((ULONG)0xFFFFFFFF)
#endif

typedef NTSTATUS EVT_ACX_VOLUME_ASSIGN_LEVEL(ACXVOLUME Volume, ULONG Channel, LONG VolumeLevel);
typedef EVT_ACX_VOLUME_ASSIGN_LEVEL *PFN_ACX_VOLUME_ASSIGN_LEVEL;
typedef NTSTATUS EVT_ACX_VOLUME_RETRIEVE_LEVEL(ACXVOLUME Volume, ULONG Channel, LONG *VolumeLevel);
typedef EVT_ACX_VOLUME_RETRIEVE_LEVEL *PFN_ACX_VOLUME_RETRIEVE_LEVEL;
typedef NTSTATUS EVT_ACX_RAMPED_VOLUME_ASSIGN_LEVEL(ACXVOLUME Volume, ULONG Channel, LONG VolumeLevel,
                                                    ACX_VOLUME_CURVE_TYPE CurveType,
                                                    ULONGLONG CurveDuration);
typedef EVT_ACX_RAMPED_VOLUME_ASSIGN_LEVEL *PFN_ACX_RAMPED_VOLUME_ASSIGN_LEVEL;

typedef struct _ACX_VOLUME_CALLBACKS {
    ULONG Size;
    PFN_ACX_VOLUME_ASSIGN_LEVEL EvtAcxVolumeAssignLevel;
    PFN_ACX_VOLUME_RETRIEVE_LEVEL EvtAcxVolumeRetrieveLevel;
    PFN_ACX_RAMPED_VOLUME_ASSIGN_LEVEL EvtAcxRampedVolumeAssignLevel;
} ACX_VOLUME_CALLBACKS, *PACX_VOLUME_CALLBACKS;

DRVLS_ACX_INLINE VOID ACX_VOLUME_CALLBACKS_INIT(PACX_VOLUME_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(ACX_VOLUME_CALLBACKS));
    Callbacks->Size = sizeof(ACX_VOLUME_CALLBACKS);
}

typedef enum _ACX_VOLUME_CONFIG_FLAGS {
    AcxVolumeConfigNoFlags = 0x00000000,
    AcxVolumeConfigValidFlags = 0x00000000
} ACX_VOLUME_CONFIG_FLAGS;

typedef struct _ACX_VOLUME_CONFIG {
    ULONG Size;
    ULONG Id;
    const GUID *Name;
    ULONG Flags;
    ULONG ChannelsCount;
    LONG Maximum;
    LONG Minimum;
    ULONG SteppingDelta;
    PACX_VOLUME_CALLBACKS Callbacks;
} ACX_VOLUME_CONFIG, *PACX_VOLUME_CONFIG;

DRVLS_ACX_INLINE VOID ACX_VOLUME_CONFIG_INIT_ID(PACX_VOLUME_CONFIG Config, ULONG Id) {
    RtlZeroMemory(Config, sizeof(ACX_VOLUME_CONFIG));
    Config->Size = sizeof(ACX_VOLUME_CONFIG);
    Config->Id = Id;
}

#define ACX_VOLUME_CONFIG_INIT(_config) ACX_VOLUME_CONFIG_INIT_ID((_config), AcxElementIdDefault)

NTSTATUS AcxVolumeCreate(ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_VOLUME_CONFIG Config,
                         ACXVOLUME *Volume);
VOID AcxVolumeChangeLevelNotification(ACXVOLUME Volume);

/* ===================================================================================================
 * Mute
 * ================================================================================================= */

#ifndef ACX_MUTE_CHANNEL_MASTER
#define ACX_MUTE_CHANNEL_MASTER ((ULONG)0xFFFFFFFF)
#endif

typedef NTSTATUS EVT_ACX_MUTE_ASSIGN_STATE(ACXMUTE Mute, ULONG Channel, ULONG State);
typedef EVT_ACX_MUTE_ASSIGN_STATE *PFN_ACX_MUTE_ASSIGN_STATE;
typedef NTSTATUS EVT_ACX_MUTE_RETRIEVE_STATE(ACXMUTE Mute, ULONG Channel, ULONG *State);
typedef EVT_ACX_MUTE_RETRIEVE_STATE *PFN_ACX_MUTE_RETRIEVE_STATE;

typedef struct _ACX_MUTE_CALLBACKS {
    ULONG Size;
    PFN_ACX_MUTE_ASSIGN_STATE EvtAcxMuteAssignState;
    PFN_ACX_MUTE_RETRIEVE_STATE EvtAcxMuteRetrieveState;
} ACX_MUTE_CALLBACKS, *PACX_MUTE_CALLBACKS;

DRVLS_ACX_INLINE VOID ACX_MUTE_CALLBACKS_INIT(PACX_MUTE_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(ACX_MUTE_CALLBACKS));
    Callbacks->Size = sizeof(ACX_MUTE_CALLBACKS);
}

typedef enum _ACX_MUTE_CONFIG_FLAGS {
    AcxMuteConfigNoFlags = 0x00000000,
    AcxMuteConfigValidFlags = 0x00000000
} ACX_MUTE_CONFIG_FLAGS;

typedef struct _ACX_MUTE_CONFIG {
    ULONG Size;
    ULONG Id;
    const GUID *Name;
    ULONG Flags;
    ULONG ChannelsCount;
    PACX_MUTE_CALLBACKS Callbacks;
} ACX_MUTE_CONFIG, *PACX_MUTE_CONFIG;

DRVLS_ACX_INLINE VOID ACX_MUTE_CONFIG_INIT_ID(PACX_MUTE_CONFIG Config, ULONG Id) {
    RtlZeroMemory(Config, sizeof(ACX_MUTE_CONFIG));
    Config->Size = sizeof(ACX_MUTE_CONFIG);
    Config->Id = Id;
}

#define ACX_MUTE_CONFIG_INIT(_config) ACX_MUTE_CONFIG_INIT_ID((_config), AcxElementIdDefault)

NTSTATUS AcxMuteCreate(ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_MUTE_CONFIG Config,
                       ACXMUTE *Mute);
VOID AcxMuteChangeStateNotification(ACXMUTE Mute);

/* ===================================================================================================
 * Peak meter
 * ================================================================================================= */

typedef NTSTATUS EVT_ACX_PEAKMETER_RETRIEVE_LEVEL(ACXPEAKMETER PeakMeter, ULONG Channel,
                                                  LONG *PeakMeterLevel);
typedef EVT_ACX_PEAKMETER_RETRIEVE_LEVEL *PFN_ACX_PEAKMETER_RETRIEVE_LEVEL;

typedef struct _ACX_PEAKMETER_CALLBACKS {
    ULONG Size;
    PFN_ACX_PEAKMETER_RETRIEVE_LEVEL EvtAcxPeakMeterRetrieveLevel;
} ACX_PEAKMETER_CALLBACKS, *PACX_PEAKMETER_CALLBACKS;

DRVLS_ACX_INLINE VOID ACX_PEAKMETER_CALLBACKS_INIT(PACX_PEAKMETER_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(ACX_PEAKMETER_CALLBACKS));
    Callbacks->Size = sizeof(ACX_PEAKMETER_CALLBACKS);
}

typedef enum _ACX_PEAKMETER_CONFIG_FLAGS {
    AcxPeakMeterConfigNoFlags = 0x00000000,
    AcxPeakMeterConfigValidFlags = 0x00000000
} ACX_PEAKMETER_CONFIG_FLAGS;

typedef struct _ACX_PEAKMETER_CONFIG {
    ULONG Size;
    ULONG Id;
    const GUID *Name;
    ULONG Flags;
    ULONG ChannelsCount;
    LONG Maximum;
    LONG Minimum;
    ULONG SteppingDelta;
    PACX_PEAKMETER_CALLBACKS Callbacks;
} ACX_PEAKMETER_CONFIG, *PACX_PEAKMETER_CONFIG;

DRVLS_ACX_INLINE VOID ACX_PEAKMETER_CONFIG_INIT_ID(PACX_PEAKMETER_CONFIG Config, ULONG Id) {
    RtlZeroMemory(Config, sizeof(ACX_PEAKMETER_CONFIG));
    Config->Size = sizeof(ACX_PEAKMETER_CONFIG);
    Config->Id = Id;
}

#define ACX_PEAKMETER_CONFIG_INIT(_config) ACX_PEAKMETER_CONFIG_INIT_ID((_config), AcxElementIdDefault)

NTSTATUS AcxPeakMeterCreate(ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes,
                            PACX_PEAKMETER_CONFIG Config, ACXPEAKMETER *PeakMeter);

/* ===================================================================================================
 * Audio engine (the offload engine node of a circuit) and its per-stream part
 * ================================================================================================= */

typedef NTSTATUS EVT_ACX_AUDIOENGINE_RETRIEVE_BUFFER_SIZE_LIMITS(ACXAUDIOENGINE AudioEngine,
                                                                 ACXDATAFORMAT DataFormat,
                                                                 PULONG MinBufferBytes,
                                                                 PULONG MaxBufferBytes);
typedef EVT_ACX_AUDIOENGINE_RETRIEVE_BUFFER_SIZE_LIMITS *PFN_ACX_AUDIOENGINE_RETRIEVE_BUFFER_SIZE_LIMITS;
typedef NTSTATUS EVT_ACX_AUDIOENGINE_ASSIGN_EFFECTS_STATE(ACXAUDIOENGINE AudioEngine, ULONG State);
typedef EVT_ACX_AUDIOENGINE_ASSIGN_EFFECTS_STATE *PFN_ACX_AUDIOENGINE_ASSIGN_EFFECTS_STATE;
typedef NTSTATUS EVT_ACX_AUDIOENGINE_RETRIEVE_EFFECTS_STATE(ACXAUDIOENGINE AudioEngine, PULONG State);
typedef EVT_ACX_AUDIOENGINE_RETRIEVE_EFFECTS_STATE *PFN_ACX_AUDIOENGINE_RETRIEVE_EFFECTS_STATE;
typedef NTSTATUS EVT_ACX_AUDIOENGINE_RETRIEVE_ENGINE_FORMAT(ACXAUDIOENGINE AudioEngine,
                                                            ACXDATAFORMAT *Format);
typedef EVT_ACX_AUDIOENGINE_RETRIEVE_ENGINE_FORMAT *PFN_ACX_AUDIOENGINE_RETRIEVE_ENGINE_FORMAT;
typedef NTSTATUS EVT_ACX_AUDIOENGINE_ASSIGN_ENGINE_FORMAT(ACXAUDIOENGINE AudioEngine,
                                                          ACXDATAFORMAT Format);
typedef EVT_ACX_AUDIOENGINE_ASSIGN_ENGINE_FORMAT *PFN_ACX_AUDIOENGINE_ASSIGN_ENGINE_FORMAT;

typedef struct _ACX_AUDIOENGINE_CALLBACKS {
    ULONG Size;
    PFN_ACX_AUDIOENGINE_RETRIEVE_BUFFER_SIZE_LIMITS EvtAcxAudioEngineRetrieveBufferSizeLimits;
    PFN_ACX_AUDIOENGINE_ASSIGN_EFFECTS_STATE EvtAcxAudioEngineAssignEffectsState;
    PFN_ACX_AUDIOENGINE_RETRIEVE_EFFECTS_STATE EvtAcxAudioEngineRetrieveEffectsState;
    PFN_ACX_AUDIOENGINE_RETRIEVE_ENGINE_FORMAT EvtAcxAudioEngineRetrieveEngineMixFormat;
    PFN_ACX_AUDIOENGINE_ASSIGN_ENGINE_FORMAT EvtAcxAudioEngineAssignEngineDeviceFormat;
} ACX_AUDIOENGINE_CALLBACKS, *PACX_AUDIOENGINE_CALLBACKS;

DRVLS_ACX_INLINE VOID ACX_AUDIOENGINE_CALLBACKS_INIT(PACX_AUDIOENGINE_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(ACX_AUDIOENGINE_CALLBACKS));
    Callbacks->Size = sizeof(ACX_AUDIOENGINE_CALLBACKS);
}

typedef enum _ACX_AUDIOENGINE_CONFIG_FLAGS {
    AcxAudioEngineConfigNoFlags = 0x00000000,
    AcxAudioEngineConfigValidFlags = 0x00000000
} ACX_AUDIOENGINE_CONFIG_FLAGS;

typedef struct _ACX_AUDIOENGINE_CONFIG {
    ULONG Size;
    ULONG Id;
    const GUID *Name;
    ULONG Flags;
    ACXPIN HostPin;
    ACXPIN OffloadPin;
    ACXPIN LoopbackPin;
    ACXVOLUME VolumeElement;
    ACXMUTE MuteElement;
    ACXPEAKMETER PeakMeterElement;
    PACX_AUDIOENGINE_CALLBACKS Callbacks;
} ACX_AUDIOENGINE_CONFIG, *PACX_AUDIOENGINE_CONFIG;

DRVLS_ACX_INLINE VOID ACX_AUDIOENGINE_CONFIG_INIT_ID(PACX_AUDIOENGINE_CONFIG Config, ULONG Id) {
    RtlZeroMemory(Config, sizeof(ACX_AUDIOENGINE_CONFIG));
    Config->Size = sizeof(ACX_AUDIOENGINE_CONFIG);
    Config->Id = Id;
}

#define ACX_AUDIOENGINE_CONFIG_INIT(_config) ACX_AUDIOENGINE_CONFIG_INIT_ID((_config), AcxElementIdDefault)

NTSTATUS AcxAudioEngineCreate(ACXCIRCUIT Circuit, PWDF_OBJECT_ATTRIBUTES Attributes,
                              PACX_AUDIOENGINE_CONFIG Config, ACXAUDIOENGINE *AudioEngine);
ACXDATAFORMATLIST AcxAudioEngineGetDeviceFormatList(ACXAUDIOENGINE AudioEngine);

/* Loopback protection, as CONSTRICTOR_OPTION. */
typedef enum _ACX_CONSTRICTOR_OPTION {
    AcxConstrictorOptionNone = 0,
    AcxConstrictorOptionMute,
    AcxConstrictorOptionMaximum
} ACX_CONSTRICTOR_OPTION;

typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_ASSIGN_EFFECTS_STATE(ACXSTREAMAUDIOENGINE StreamAudioEngine,
                                                                ULONG State);
typedef EVT_ACX_STREAMAUDIOENGINE_ASSIGN_EFFECTS_STATE *PFN_ACX_STREAMAUDIOENGINE_ASSIGN_EFFECTS_STATE;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_EFFECTS_STATE(ACXSTREAMAUDIOENGINE StreamAudioEngine,
                                                                  PULONG State);
typedef EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_EFFECTS_STATE *PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_EFFECTS_STATE;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_PRESENTATION_POSITION(
    ACXSTREAMAUDIOENGINE StreamAudioEngine, PULONGLONG PositionInBlocks, PULONGLONG QPCPosition);
typedef EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_PRESENTATION_POSITION
    *PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_PRESENTATION_POSITION;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_ASSIGN_CURRENT_WRITE_POSITION(
    ACXSTREAMAUDIOENGINE StreamAudioEngine, ULONG Position);
typedef EVT_ACX_STREAMAUDIOENGINE_ASSIGN_CURRENT_WRITE_POSITION
    *PFN_ACX_STREAMAUDIOENGINE_ASSIGN_CURRENT_WRITE_POSITION;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_LINEAR_BUFFER_POSITION(
    ACXSTREAMAUDIOENGINE StreamAudioEngine, PULONGLONG Position);
typedef EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_LINEAR_BUFFER_POSITION
    *PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_LINEAR_BUFFER_POSITION;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_ASSIGN_LAST_BUFFER_POSITION(
    ACXSTREAMAUDIOENGINE StreamAudioEngine, ULONG Position);
typedef EVT_ACX_STREAMAUDIOENGINE_ASSIGN_LAST_BUFFER_POSITION
    *PFN_ACX_STREAMAUDIOENGINE_ASSIGN_LAST_BUFFER_POSITION;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_ASSIGN_LOOPBACK_PROTECTION(
    ACXSTREAMAUDIOENGINE StreamAudioEngine, ACX_CONSTRICTOR_OPTION ConstrictorOption);
typedef EVT_ACX_STREAMAUDIOENGINE_ASSIGN_LOOPBACK_PROTECTION
    *PFN_ACX_STREAMAUDIOENGINE_ASSIGN_LOOPBACK_PROTECTION;

typedef struct _ACX_STREAMAUDIOENGINE_CALLBACKS {
    ULONG Size;
    PFN_ACX_STREAMAUDIOENGINE_ASSIGN_EFFECTS_STATE EvtAcxStreamAudioEngineAssignEffectsState;
    PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_EFFECTS_STATE EvtAcxStreamAudioEngineRetrieveEffectsState;
    PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_PRESENTATION_POSITION EvtAcxStreamAudioEngineRetrievePresentationPosition;
    PFN_ACX_STREAMAUDIOENGINE_ASSIGN_CURRENT_WRITE_POSITION EvtAcxStreamAudioEngineAssignCurrentWritePosition;
    PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_LINEAR_BUFFER_POSITION EvtAcxStreamAudioEngineRetrieveLinearBufferPosition;
    PFN_ACX_STREAMAUDIOENGINE_ASSIGN_LAST_BUFFER_POSITION EvtAcxStreamAudioEngineAssignLastBufferPosition;
    PFN_ACX_STREAMAUDIOENGINE_ASSIGN_LOOPBACK_PROTECTION EvtAcxStreamAudioEngineAssignLoopbackProtection;
} ACX_STREAMAUDIOENGINE_CALLBACKS, *PACX_STREAMAUDIOENGINE_CALLBACKS;

DRVLS_ACX_INLINE VOID ACX_STREAMAUDIOENGINE_CALLBACKS_INIT(PACX_STREAMAUDIOENGINE_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(ACX_STREAMAUDIOENGINE_CALLBACKS));
    Callbacks->Size = sizeof(ACX_STREAMAUDIOENGINE_CALLBACKS);
}

typedef enum _ACX_STREAMAUDIOENGINE_CONFIG_FLAGS {
    AcxStreamAudioEngineConfigNoFlags = 0x00000000,
    AcxStreamAudioEngineConfigValidFlags = 0x00000000
} ACX_STREAMAUDIOENGINE_CONFIG_FLAGS;

typedef struct _ACX_STREAMAUDIOENGINE_CONFIG {
    ULONG Size;
    ULONG Id;
    const GUID *Name;
    ULONG Flags;
    ACXVOLUME VolumeElement;
    ACXMUTE MuteElement;
    ACXPEAKMETER PeakMeterElement;
    PACX_STREAMAUDIOENGINE_CALLBACKS Callbacks;
} ACX_STREAMAUDIOENGINE_CONFIG, *PACX_STREAMAUDIOENGINE_CONFIG;

DRVLS_ACX_INLINE VOID ACX_STREAMAUDIOENGINE_CONFIG_INIT_ID(PACX_STREAMAUDIOENGINE_CONFIG Config,
                                                           ULONG Id) {
    RtlZeroMemory(Config, sizeof(ACX_STREAMAUDIOENGINE_CONFIG));
    Config->Size = sizeof(ACX_STREAMAUDIOENGINE_CONFIG);
    Config->Id = Id;
}

#define ACX_STREAMAUDIOENGINE_CONFIG_INIT(_config) \
    ACX_STREAMAUDIOENGINE_CONFIG_INIT_ID((_config), AcxElementIdDefault)

NTSTATUS AcxStreamAudioEngineCreate(ACXSTREAM Stream, ACXAUDIOENGINE AudioEngine,
                                    PWDF_OBJECT_ATTRIBUTES Attributes,
                                    PACX_STREAMAUDIOENGINE_CONFIG Config,
                                    ACXSTREAMAUDIOENGINE *StreamAudioEngine);
ACXSTREAM AcxStreamAudioEngineGetStream(ACXSTREAMAUDIOENGINE StreamAudioEngine);

/* ===================================================================================================
 * Keyword spotter
 * ================================================================================================= */

typedef NTSTATUS EVT_ACX_KEYWORDSPOTTER_RETRIEVE_ARM(ACXKEYWORDSPOTTER KeywordSpotter, GUID *EventId,
                                                     BOOLEAN *Arm);
typedef EVT_ACX_KEYWORDSPOTTER_RETRIEVE_ARM *PFN_ACX_KEYWORDSPOTTER_RETRIEVE_ARM;
typedef NTSTATUS EVT_ACX_KEYWORDSPOTTER_ASSIGN_ARM(ACXKEYWORDSPOTTER KeywordSpotter, GUID *EventId,
                                                   BOOLEAN Arm);
typedef EVT_ACX_KEYWORDSPOTTER_ASSIGN_ARM *PFN_ACX_KEYWORDSPOTTER_ASSIGN_ARM;
typedef NTSTATUS EVT_ACX_KEYWORDSPOTTER_ASSIGN_PATTERNS(ACXKEYWORDSPOTTER KeywordSpotter, GUID *EventId,
                                                        PVOID Pattern, ULONG PatternSize);
typedef EVT_ACX_KEYWORDSPOTTER_ASSIGN_PATTERNS *PFN_ACX_KEYWORDSPOTTER_ASSIGN_PATTERNS;
typedef NTSTATUS EVT_ACX_KEYWORDSPOTTER_ASSIGN_RESET(ACXKEYWORDSPOTTER KeywordSpotter, GUID *EventId);
typedef EVT_ACX_KEYWORDSPOTTER_ASSIGN_RESET *PFN_ACX_KEYWORDSPOTTER_ASSIGN_RESET;

typedef struct _ACX_KEYWORDSPOTTER_CALLBACKS {
    ULONG Size;
    PFN_ACX_KEYWORDSPOTTER_RETRIEVE_ARM EvtAcxKeywordSpotterRetrieveArm;
    PFN_ACX_KEYWORDSPOTTER_ASSIGN_ARM EvtAcxKeywordSpotterAssignArm;
    PFN_ACX_KEYWORDSPOTTER_ASSIGN_PATTERNS EvtAcxKeywordSpotterAssignPatterns;
    PFN_ACX_KEYWORDSPOTTER_ASSIGN_RESET EvtAcxKeywordSpotterAssignReset;
} ACX_KEYWORDSPOTTER_CALLBACKS, *PACX_KEYWORDSPOTTER_CALLBACKS;

DRVLS_ACX_INLINE VOID ACX_KEYWORDSPOTTER_CALLBACKS_INIT(PACX_KEYWORDSPOTTER_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(ACX_KEYWORDSPOTTER_CALLBACKS));
    Callbacks->Size = sizeof(ACX_KEYWORDSPOTTER_CALLBACKS);
}

typedef enum _ACX_KEYWORDSPOTTER_CONFIG_FLAGS {
    AcxKeywordSpotterConfigNoFlags = 0x00000000,
    AcxKeywordSpotterConfigValidFlags = 0x00000000
} ACX_KEYWORDSPOTTER_CONFIG_FLAGS;

typedef struct _ACX_KEYWORDSPOTTER_CONFIG {
    ULONG Size;
    ULONG Id;
    const GUID *Name;
    ULONG Flags;
    const GUID *Pattern;
    PACX_KEYWORDSPOTTER_CALLBACKS Callbacks;
} ACX_KEYWORDSPOTTER_CONFIG, *PACX_KEYWORDSPOTTER_CONFIG;

DRVLS_ACX_INLINE VOID ACX_KEYWORDSPOTTER_CONFIG_INIT_ID(PACX_KEYWORDSPOTTER_CONFIG Config, ULONG Id) {
    RtlZeroMemory(Config, sizeof(ACX_KEYWORDSPOTTER_CONFIG));
    Config->Size = sizeof(ACX_KEYWORDSPOTTER_CONFIG);
    Config->Id = Id;
}

#define ACX_KEYWORDSPOTTER_CONFIG_INIT(_config) \
    ACX_KEYWORDSPOTTER_CONFIG_INIT_ID((_config), AcxElementIdDefault)

NTSTATUS AcxKeywordSpotterCreate(ACXCIRCUIT Circuit, PWDF_OBJECT_ATTRIBUTES Attributes,
                                 PACX_KEYWORDSPOTTER_CONFIG Config, ACXKEYWORDSPOTTER *KeywordSpotter);

/* ===================================================================================================
 * Audio modules
 * ================================================================================================= */

#ifndef ACX_AUDIOMODULE_MAX_NAME_CCH_SIZE
#define ACX_AUDIOMODULE_MAX_NAME_CCH_SIZE 128
#endif

typedef struct _ACX_AUDIOMODULE_DESCRIPTOR {
    GUID ClassId;
    ULONG InstanceId;
    ULONG VersionMajor;
    ULONG VersionMinor;
    WCHAR Name[ACX_AUDIOMODULE_MAX_NAME_CCH_SIZE];
} ACX_AUDIOMODULE_DESCRIPTOR, *PACX_AUDIOMODULE_DESCRIPTOR;

typedef NTSTATUS EVT_ACX_AUDIOMODULE_PROCESSCOMMAND(ACXAUDIOMODULE AudioModule, PVOID InBuffer,
                                                    ULONG InBufferCb, PVOID OutBuffer,
                                                    PULONG OutBufferCb);
typedef EVT_ACX_AUDIOMODULE_PROCESSCOMMAND *PFN_ACX_AUDIOMODULE_PROCESSCOMMAND;

typedef struct _ACX_AUDIOMODULE_CALLBACKS {
    ULONG Size;
    PFN_ACX_AUDIOMODULE_PROCESSCOMMAND EvtAcxAudioModuleProcessCommand;
} ACX_AUDIOMODULE_CALLBACKS, *PACX_AUDIOMODULE_CALLBACKS;

DRVLS_ACX_INLINE VOID ACX_AUDIOMODULE_CALLBACKS_INIT(PACX_AUDIOMODULE_CALLBACKS Callbacks) {
    RtlZeroMemory(Callbacks, sizeof(ACX_AUDIOMODULE_CALLBACKS));
    Callbacks->Size = sizeof(ACX_AUDIOMODULE_CALLBACKS);
}

typedef enum _ACX_AUDIOMODULE_CONFIG_FLAGS {
    AcxAudioModuleConfigNoFlags = 0x00000000,
    AcxAudioModuleConfigValidFlags = 0x00000000
} ACX_AUDIOMODULE_CONFIG_FLAGS;

typedef struct _ACX_AUDIOMODULE_CONFIG {
    ULONG Size;
    ULONG Id;
    const GUID *Name;
    ULONG Flags;
    ACX_AUDIOMODULE_DESCRIPTOR Descriptor;
    PACX_AUDIOMODULE_CALLBACKS Callbacks;
} ACX_AUDIOMODULE_CONFIG, *PACX_AUDIOMODULE_CONFIG;

DRVLS_ACX_INLINE VOID ACX_AUDIOMODULE_CONFIG_INIT_ID(PACX_AUDIOMODULE_CONFIG Config, ULONG Id) {
    RtlZeroMemory(Config, sizeof(ACX_AUDIOMODULE_CONFIG));
    Config->Size = sizeof(ACX_AUDIOMODULE_CONFIG);
    Config->Id = Id;
}

#define ACX_AUDIOMODULE_CONFIG_INIT(_config) ACX_AUDIOMODULE_CONFIG_INIT_ID((_config), AcxElementIdDefault)

NTSTATUS AcxAudioModuleCreate(ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes,
                              PACX_AUDIOMODULE_CONFIG Config, ACXAUDIOMODULE *AudioModule);

WDF_EXTERN_C_END

#endif /* DRVLS_WDK_SHIM_ACXELEMENTS_H */
