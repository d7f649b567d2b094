#pragma once
// Builds a layer's categories or classes from the values of one of its fields.

#include "core/model/result.h"
#include "core/model/style_classification.h"
#include "gis/datasource/layer_source.h"

#include <atomic>

namespace atlas::gis {

// More distinct values than this make a legend nobody can read: refused.
constexpr int kMaxCategories = 250;

// Categories for each distinct non-NULL value of `field`, coloured from `ramp`.
core::Result<core::StyleClassification> categorizeLayer(LayerSource& source, const QString& field,
                                                        const QString& ramp,
                                                        const std::atomic<bool>* cancel = nullptr);
// Up to `classes` classes of the numeric `field` (NULLs ignored) by `method`, coloured from `ramp`.
core::Result<core::StyleClassification> graduateLayer(LayerSource& source, const QString& field, int classes,
                                                      core::ClassMethod method, const QString& ramp,
                                                      const std::atomic<bool>* cancel = nullptr);

}  // namespace atlas::gis
