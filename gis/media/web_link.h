#pragma once
// Web links in the mediatheque: a URL linked to a fiche like a photo or a document. It is
// stored as a small Internet-shortcut file, so that it is content-addressed, synced and
// exported like any other media item; its file name is the URL itself.

#include "core/model/media_item.h"

#include <QByteArray>
#include <QString>

namespace atlas::gis {

inline constexpr const char* kWebLinkMime = "text/x-uri";

// The URL when `text` is an http or https address with a host; empty otherwise.
QString webLinkUrl(const QString& text);
// The shortcut file stored for `url`.
QByteArray webLinkFile(const QString& url);
bool isWebLink(const core::MediaItem& media);

}  // namespace atlas::gis
