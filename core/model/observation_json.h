#pragma once
// Observations as JSON: for the change log (field by field) and for scripts (atlas-cli --json).

#include "core/model/observation.h"
#include "core/model/result.h"

#include <QJsonObject>

namespace atlas::core {

// Content fields by their stored names (title_fr, themes, geometry as hex WKB...),
// plus uuid, version, modified and deleted.
QJsonObject observationToJson(const Observation& observation);
// The same as compact JSON text, written directly (the server stores thousands a second).
QByteArray observationJsonText(const Observation& observation);
// The reverse; unknown keys are ignored, a bad kind/status/scope is an error.
Result<Observation> observationFromJson(const QJsonObject& json);

// The content fields that differ: {"title_fr": {"old": "...", "new": "..."}, ...}.
// With `before` null (an insert) every non-empty field of `after` is listed with old null.
QJsonObject observationChanges(const Observation* before, const Observation& after);

}  // namespace atlas::core
