#pragma once
// GDAL set-up done once per process, and capture of GDAL's error messages.

#include <QString>
#include <QStringList>
#include <vector>

namespace atlas::gis {

// Registers drivers and silences GDAL's stderr output; safe to call from any thread.
void ensureGdalReady();

// GDALOpenEx with the open options our formats need (CSV coordinate columns).
void* openGdalDataset(const QString& path, unsigned int gdalOpenFlags);
// The same with more open options ("KEY=VALUE"), e.g. a shapefile's ENCODING.
void* openGdalDataset(const QString& path, unsigned int gdalOpenFlags, const QStringList& moreOptions);

// A NULL-terminated char* array over UTF-8 copies of `args`, for GDAL's utilities
// (GDALVectorTranslateOptionsNew…) and open options.
class GdalArgv {
public:
    explicit GdalArgv(const QStringList& args);
    char** data() { return m_pointers.data(); }

private:
    std::vector<QByteArray> m_bytes;
    std::vector<char*> m_pointers;
};

// "EPSG:n" when the spatial reference (an OGRSpatialReferenceH) has an EPSG code,
// otherwise its WKT2; empty for none.
QString crsText(void* spatialReference);

// Collects the CPL errors raised on this thread while it lives.
class GdalErrorCapture {
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture&) = delete;
    GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

    // The last error message, cleaned up for display; empty if none.
    QString lastError() const { return m_last; }

private:
    static void handler(int eclass, int code, const char* msg);
    QString m_last;
};

}  // namespace atlas::gis
