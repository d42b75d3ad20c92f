/*
 * MsApoFxProxy.h - drvls WDK supplement: the generic proxy APO's effects-discovery interface.
 *
 * Audio drivers that do their signal processing in hardware report their effects to Microsoft's
 * generic proxy APO through KSPROPERTY_AUDIOEFFECTSDISCOVERY_EFFECTSLIST. This header declares that
 * property, its set (KSPROPSETID_AudioEffectsDiscovery, also reachable from ksmedia.h) and KSP_PINMODE.
 * Written from the public audio driver reference documentation; interface only.
 */
#ifndef DRVLS_WDK_SHIM_MSAPOFXPROXY_H
#define DRVLS_WDK_SHIM_MSAPOFXPROXY_H

#include <ksmedia.h>

typedef enum {
    KSPROPERTY_AUDIOEFFECTSDISCOVERY_EFFECTSLIST = 1
} KSPROPERTY_AUDIOEFFECTSDISCOVERY;

typedef struct tagKSP_PINMODE {
    KSP_PIN PinProperty;
    GUID AudioProcessingMode;
} KSP_PINMODE, *PKSP_PINMODE;

#endif /* DRVLS_WDK_SHIM_MSAPOFXPROXY_H */
