#pragma once
// One interface over every kind of layer data (OGR vector, GDAL raster).
// A source is used by one thread at a time; each worker opens its own.

#include "core/model/extent.h"
#include "core/model/layer_spec.h"
#include "core/model/raster_style.h"
#include "core/model/result.h"
#include "gis/geometry/path_geometry.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <atomic>
#include <memory>

namespace atlas::gis {

struct FeatureRequest {
    core::Extent filter = core::Extent::null();  // in the layer's CRS; null = everything
    QStringList fields;                          // attributes wanted, in this order
    qint64 limit = -1;
    // Only features whose id is in [idMin, idMax]; idMax < idMin means no id range.
    qint64 idMin = 0;
    qint64 idMax = -1;
    // When set and true, reading stops as soon as it can (even inside one query step).
    const std::atomic<bool>* cancel = nullptr;
};

struct Feature {
    qint64 id = -1;
    PathGeometry geometry;
    QVariantList attributes;  // in the order of FeatureRequest::fields
};

class FeatureIterator {
public:
    virtual ~FeatureIterator() = default;
    // Fills `feature` and returns true, or returns false at the end.
    virtual bool next(Feature& feature) = 0;
};

struct FieldInfo {
    QString name;
    QString type;
};

class LayerSource {
public:
    virtual ~LayerSource() = default;
    virtual core::LayerKind kind() const = 0;
    // "EPSG:n" or WKT; empty when the data says nothing about its CRS.
    virtual QString crs() const = 0;
    virtual core::Extent extent() const = 0;  // in crs()
    virtual qint64 featureCount() const { return -1; }
    virtual QString geometryType() const { return {}; }
    virtual QList<FieldInfo> fields() const { return {}; }

    // Vector sources: features matching the request. One live iterator per source.
    virtual std::unique_ptr<FeatureIterator> features(const FeatureRequest&) { return nullptr; }
    // Up to `parts` requests that together select what `request` selects, each for its
    // own thread and source; sources that cannot split return the request itself.
    virtual QList<FeatureRequest> split(const FeatureRequest& request, int parts) const
    {
        Q_UNUSED(parts);
        return {request};
    }

    // True when the data cannot have changed since the source was opened; a source that
    // cannot tell says false, and is not kept for reuse (layer_source_pool.h).
    virtual bool unchangedSinceOpened() { return false; }

    // Raster sources: the data resampled to `size` pixels covering `extent` in `crs`, drawn
    // as `style` says (tile services draw their own colours).
    virtual core::Result<QImage> readImage(const core::Extent&, QSize, const QString&, const core::RasterStyle&,
                                           const std::atomic<bool>*)
    {
        return core::Error{{}, {}, QStringLiteral("not a raster layer")};
    }
};

// Opens one layer of a file (for multi-layer files `layer` names it; empty = the first).
core::Result<std::unique_ptr<LayerSource>> openLayerSource(const QString& path,
                                                           const QString& layer,
                                                           core::LayerKind kind);

}  // namespace atlas::gis
