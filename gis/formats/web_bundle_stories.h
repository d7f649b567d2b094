#pragma once
// The publications (story maps) of a web bundle: their sections as the story pages read
// them (titles and rich text FR/NL, media copied into the bundle, the map view of each
// section in lon/lat with the layers and fiches it shows).

#include "core/model/publication.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace atlas::gis {

class WebBundleMedia;

// The live publications of the atlas; only `only` when it is given (an error if missing).
core::Result<QList<core::Publication>> publicationsToExport(const QString& atlasPath, const QUuid& only = {});

// Every layer a section's map view shows: exported even when hidden in the atlas.
QSet<QUuid> layersShownByStories(const QList<core::Publication>& publications);

// The page file of the publication at `index`: story-1.html... or index.html when alone.
QString storyFileName(int index, bool alone);

struct WebStoriesJson {
    QByteArray script;  // data/stories.js: window.ATLAS_STORIES = [...]
    QStringList warnings;
};

// Writes each section's media through `media`; the rich text goes as a JSON tree of the
// allowed subset (storyTextJson), so no HTML from the atlas reaches the page.
WebStoriesJson storiesScript(const QString& atlasPath, const QList<core::Publication>& publications,
                             WebBundleMedia& media, bool alone);

}  // namespace atlas::gis
