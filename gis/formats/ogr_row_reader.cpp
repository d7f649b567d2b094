#include "gis/formats/ogr_row_reader.h"

#include "gis/formats/spatialite_blob.h"

#include <cpl_error.h>
#include <ogr_api.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <cstdio>
#include <memory>

namespace atlas::gis {
namespace {

constexpr int kBatchRows = 4096;

bool isValidUtf8(const unsigned char* s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + size_t(k) >= n || (s[i + size_t(k)] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + size_t(k)] & 0x3F);
        }
        // Overlong forms, surrogates and values beyond Unicode.
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) ||
            (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return false;
        i += size_t(extra) + 1;
    }
    return true;
}

QByteArray jsonList(OGRFeatureH f, int field, OGRFieldType type)
{
    QJsonArray array;
    int n = 0;
    if (type == OFTIntegerList) {
        const int* v = OGR_F_GetFieldAsIntegerList(f, field, &n);
        for (int i = 0; i < n; ++i)
            array.append(v[i]);
    } else if (type == OFTInteger64List) {
        const GIntBig* v = OGR_F_GetFieldAsInteger64List(f, field, &n);
        for (int i = 0; i < n; ++i)
            array.append(qint64(v[i]));
    } else if (type == OFTRealList) {
        const double* v = OGR_F_GetFieldAsDoubleList(f, field, &n);
        for (int i = 0; i < n; ++i)
            array.append(v[i]);
    } else {
        char** v = OGR_F_GetFieldAsStringList(f, field);
        for (; v && *v; ++v)
            array.append(QString::fromUtf8(*v));
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// Dates and times as OGR's SQLite driver stores them (ISO 8601).
int formatTemporal(OGRFeatureH f, int field, OGRFieldType type, char* out, size_t size)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
    float s = 0;
    OGR_F_GetFieldAsDateTimeEx(f, field, &y, &mo, &d, &h, &mi, &s, &tz);
    const bool whole = std::floor(s) == s;
    if (type == OFTDate)
        return std::snprintf(out, size, "%04d-%02d-%02d", y, mo, d);
    if (type == OFTTime)
        return whole ? std::snprintf(out, size, "%02d:%02d:%02d", h, mi, int(s))
                     : std::snprintf(out, size, "%02d:%02d:%06.3f", h, mi, double(s));
    int n = whole ? std::snprintf(out, size, "%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d, h, mi, int(s))
                  : std::snprintf(out, size, "%04d-%02d-%02dT%02d:%02d:%06.3f", y, mo, d, h, mi, double(s));
    if (tz == 100) {
        n += std::snprintf(out + n, size - size_t(n), "Z");
    } else if (tz > 1) {
        const int minutes = (tz - 100) * 15;
        n += std::snprintf(out + n, size - size_t(n), "%c%02d:%02d", minutes < 0 ? '-' : '+', std::abs(minutes) / 60,
                           std::abs(minutes) % 60);
    }
    return n;
}

}  // namespace

OgrRowReader::OgrRowReader(OGRLayerH layer, const ImportLayerPlan& plan, RowReaderOptions options)
    : m_layer(layer), m_plan(plan), m_options(std::move(options)), m_blobs(plan.srid)
{
    if (!m_options.encoding.isEmpty())
        m_decoder.emplace(m_options.encoding.toUtf8().constData());
}

QString OgrRowReader::where(qint64 fid) const
{
    const QString item = m_plan.lineNumbers
                             ? QCoreApplication::translate("atlas::gis", "line %1").arg(fid + 1)
                             : QCoreApplication::translate("atlas::gis", "feature %1").arg(fid);
    return QCoreApplication::translate("atlas::gis", "layer %1, %2").arg(m_plan.sourceLayer, item);
}

void OgrRowReader::fail(qint64 fid, const QString& reason)
{
    if (!m_error)
        m_error = core::Error{m_options.file, where(fid), reason};
}

void OgrRowReader::appendText(RowBatch& batch, const char* text, size_t size)
{
    CellValue cell;
    cell.kind = CellValue::Kind::Text;
    cell.offset = std::uint32_t(batch.bytes.size());
    const auto* u = reinterpret_cast<const unsigned char*>(text);
    if (m_decoder) {
        const QByteArray utf8 = QString(m_decoder->decode(QByteArrayView(text, qsizetype(size)))).toUtf8();
        batch.bytes.append(utf8.constData(), size_t(utf8.size()));
    } else if (isValidUtf8(u, size)) {
        batch.bytes.append(text, size);
    } else {
        ++m_latin1Texts;
        for (size_t i = 0; i < size; ++i) {
            if (u[i] < 0x80) {
                batch.bytes.push_back(char(u[i]));
            } else {
                batch.bytes.push_back(char(0xC0 | (u[i] >> 6)));
                batch.bytes.push_back(char(0x80 | (u[i] & 0x3F)));
            }
        }
    }
    cell.size = std::uint32_t(batch.bytes.size() - cell.offset);
    batch.cells.push_back(cell);
}

bool OgrRowReader::readFeature(void* handle, RowBatch& batch)
{
    auto f = static_cast<OGRFeatureH>(handle);
    const qint64 fid = OGR_F_GetFID(f);
    batch.fids.push_back(fid);
    char scratch[64];
    for (const ImportColumn& c : m_plan.columns) {
        CellValue cell;
        if (!OGR_F_IsFieldSetAndNotNull(f, c.ogrField)) {
            batch.cells.push_back(cell);
            continue;
        }
        switch (OGRFieldType(c.ogrType)) {
        case OFTInteger:
        case OFTInteger64:
            cell.kind = CellValue::Kind::Integer;
            cell.integer = OGR_F_GetFieldAsInteger64(f, c.ogrField);
            break;
        case OFTReal:
            cell.real = OGR_F_GetFieldAsDouble(f, c.ogrField);
            cell.kind = std::isnan(cell.real) ? CellValue::Kind::Null : CellValue::Kind::Real;
            break;
        case OFTDate:
        case OFTTime:
        case OFTDateTime: {
            const int n = formatTemporal(f, c.ogrField, OGRFieldType(c.ogrType), scratch, sizeof scratch);
            cell.kind = CellValue::Kind::Text;
            cell.offset = std::uint32_t(batch.bytes.size());
            cell.size = std::uint32_t(n);
            batch.bytes.append(scratch, size_t(n));
            break;
        }
        case OFTBinary: {
            int n = 0;
            const GByte* data = OGR_F_GetFieldAsBinary(f, c.ogrField, &n);
            cell.kind = CellValue::Kind::Blob;
            cell.offset = std::uint32_t(batch.bytes.size());
            cell.size = std::uint32_t(n);
            batch.bytes.append(reinterpret_cast<const char*>(data), size_t(n));
            break;
        }
        case OFTIntegerList:
        case OFTInteger64List:
        case OFTRealList:
        case OFTStringList: {
            const QByteArray json = jsonList(f, c.ogrField, OGRFieldType(c.ogrType));
            appendText(batch, json.constData(), size_t(json.size()));
            continue;
        }
        default: {
            const char* text = OGR_F_GetFieldAsString(f, c.ogrField);
            appendText(batch, text, std::strlen(text));
            continue;
        }
        }
        batch.cells.push_back(cell);
    }

    OGRGeometryH g = OGR_F_GetGeometryRef(f);
    if (g && m_options.transform && !OGR_G_IsEmpty(g) && OGR_G_Transform(g, m_options.transform) != OGRERR_NONE) {
        const QString detail = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
        fail(fid, QCoreApplication::translate("atlas::gis", "the geometry cannot be transformed to the target CRS%1")
                      .arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail));
        return false;
    }
    CellValue geom;
    const size_t before = batch.bytes.size();
    SpatialiteBlobWriter& writer = m_blobs;
    switch (writer.write(g, batch.bytes)) {
    case SpatialiteBlobWriter::Outcome::Written:
        geom.kind = CellValue::Kind::Blob;
        geom.offset = std::uint32_t(before);
        geom.size = std::uint32_t(batch.bytes.size() - before);
        m_classes.insert(writer.lastClass());
        break;
    case SpatialiteBlobWriter::Outcome::Empty:
        break;  // stored as NULL: SpatiaLite has no empty geometries
    case SpatialiteBlobWriter::Outcome::Invalid:
        fail(fid, writer.error());
        return false;
    }
    batch.cells.push_back(geom);
    return true;
}

void OgrRowReader::run(BatchQueue& queue, const std::atomic<bool>& stop)
{
    const int columns = int(m_plan.columns.size()) + 1;
    OGR_L_ResetReading(m_layer);
    auto batch = std::make_unique<RowBatch>();
    batch->columns = columns;
    while (!stop.load(std::memory_order_relaxed)) {
        CPLErrorReset();
        OGRFeatureH f = OGR_L_GetNextFeature(m_layer);
        if (CPLGetLastErrorType() >= CE_Failure) {
            const QString reason = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
            if (f) {
                fail(OGR_F_GetFID(f), reason);
                OGR_F_Destroy(f);
            } else {
                m_error = core::Error{m_options.file,
                                      QCoreApplication::translate("atlas::gis", "layer %1, after feature %2")
                                          .arg(m_plan.sourceLayer)
                                          .arg(m_lastFid),
                                      reason};
            }
            break;
        }
        if (!f)
            break;
        const bool ok = readFeature(f, *batch);
        m_lastFid = OGR_F_GetFID(f);
        OGR_F_Destroy(f);
        if (!ok)
            break;
        if (batch->rows() >= kBatchRows || batch->bytes.size() > (64u << 20)) {
            if (!queue.push(std::move(batch)))
                return;
            batch = std::make_unique<RowBatch>();
            batch->columns = columns;
        }
    }
    if (!m_error && !stop.load() && batch->rows() > 0)
        queue.push(std::move(batch));
    queue.finish();
}

}  // namespace atlas::gis
