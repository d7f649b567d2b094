#pragma once
// Copies files of the mediatheque into a web bundle's media/ folder, each file once:
// photos as a thumbnail and a full-size copy (re-encoded without EXIF unless asked),
// videos, sounds and documents as they are.

#include "core/model/media_item.h"
#include "gis/media/media_store.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace atlas::gis {

class WebBundleMedia {
public:
    WebBundleMedia(const QString& atlasPath, const QString& bundleDir, bool stripPhotoMetadata);

    // The JSON object the page shows: {"kind":"image","thumb","full","caption"} for a
    // photo, {"kind":"link","href","label"} for a web link, {"kind":"video|audio|document",
    // "href","label","mime"} for anything else.
    // Empty when the file could not be copied (the reason is added to warnings()).
    QByteArray add(const core::MediaItem& item);

    int photos() const { return m_photos; }
    const QStringList& warnings() const { return m_warnings; }

private:
    MediaStore m_store;  // the atlas's content-addressed files
    QString m_bundleDir;
    bool m_strip;
    int m_photos = 0;
    QHash<QString, QByteArray> m_copied;  // sha256 -> JSON (empty: failed once)
    QStringList m_warnings;
};

}  // namespace atlas::gis
