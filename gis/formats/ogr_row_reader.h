#pragma once
// Reads the features of one OGR layer into row batches, on the import's reading thread.

#include "core/model/error.h"
#include "gis/formats/import_plan.h"
#include "gis/formats/row_batch.h"
#include "gis/formats/spatialite_blob.h"

#include <QString>
#include <QStringDecoder>
#include <atomic>
#include <optional>
#include <set>

typedef void* OGRCoordinateTransformationH;

namespace atlas::gis {

struct RowReaderOptions {
    QString file;
    // Empty: texts are UTF-8, and a text that is not is read as Latin-1 (old DBF and CSV
    // files). Otherwise the encoding every text is decoded from.
    QString encoding;
    OGRCoordinateTransformationH transform = nullptr;  // null: coordinates kept
};

class OgrRowReader {
public:
    OgrRowReader(OGRLayerH layer, const ImportLayerPlan& plan, RowReaderOptions options);

    // Sends every feature to `queue`, then finishes it. Stops early on an error (kept
    // in error()) or when `stop` is set.
    void run(BatchQueue& queue, const std::atomic<bool>& stop);

    const std::optional<core::Error>& error() const { return m_error; }
    // SpatiaLite classes of the geometries read (see SpatialiteBlobWriter::lastClass).
    const std::set<int>& geometryClasses() const { return m_classes; }
    qint64 latin1Texts() const { return m_latin1Texts; }

private:
    bool readFeature(void* feature, RowBatch& batch);
    void appendText(RowBatch& batch, const char* text, size_t size);
    void fail(qint64 fid, const QString& reason);
    QString where(qint64 fid) const;

    OGRLayerH m_layer;
    const ImportLayerPlan& m_plan;
    RowReaderOptions m_options;
    SpatialiteBlobWriter m_blobs;
    std::optional<QStringDecoder> m_decoder;
    std::optional<core::Error> m_error;
    std::set<int> m_classes;
    qint64 m_latin1Texts = 0;
    qint64 m_lastFid = -1;
};

}  // namespace atlas::gis
