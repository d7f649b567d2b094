#pragma once
// Exports an atlas as an interactive map bundle: a folder (and optionally a .zip) whose
// index.html opens from file:// in any current browser, with no server and no network.

#include "core/model/atlas_document.h"
#include "core/model/result.h"
#include "gis/formats/web_bundle_options.h"

#include <QString>
#include <atomic>

namespace atlas::gis {

// Blocking; call it off the UI thread. Layers are read from the files the document
// names (the atlas itself for the tables it owns), never from live UI state. The bundle
// is built beside outputDir and moved in at the end: a failed or cancelled export leaves
// whatever was at outputDir untouched.
core::Result<WebBundleReport> exportWebBundle(const core::AtlasDocument& doc, const QString& atlasPath,
                                              const WebBundleOptions& options, const WebBundleProgress& progress,
                                              const std::atomic<bool>& cancel);

// The Content-Security-Policy of a bundle: nothing but its own files, plus the
// OpenStreetMap tiles when the online basemap was chosen.
QString webBundleContentSecurityPolicy(bool onlineBasemap);

}  // namespace atlas::gis
