#pragma once
// A publication (story map): an ordered list of sections, each with a title and rich
// text in French and Dutch, media from the mediatheque and an optional map view.

#include "core/model/extent.h"
#include "core/model/record_identity.h"
#include "core/model/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace atlas::core {

// What the map shows while a section is read, captured from the canvas.
struct PublicationMapView {
    Extent extent;
    QString crs = QStringLiteral("EPSG:2154");
    QList<QUuid> visibleLayers;
    QList<QUuid> highlightedFiches;

    bool operator==(const PublicationMapView&) const = default;
};

struct PublicationSection {
    QUuid id = QUuid::createUuid();  // stable across reorders, so merges follow a section
    QString titleFr, titleNl;
    QString textFr, textNl;  // rich text: a small HTML subset (b, i, ul/ol/li, a, p, br)
    QList<QUuid> media;
    std::optional<PublicationMapView> view;

    bool operator==(const PublicationSection&) const = default;
};

struct Publication {
    RecordIdentity identity;
    QString titleFr, titleNl;
    QList<PublicationSection> sections;

    static Publication create();
    QString title(const QString& language) const;
    // Moves section `from` to position `to` (clamped); false if `from` is out of range.
    bool moveSection(int from, int to);
    int indexOfSection(const QUuid& id) const;
};

QJsonObject publicationToJson(const Publication& publication);
// The error's location names the field, with the section's position when it is in one.
Result<Publication> publicationFromJson(const QJsonObject& json);
// {"field": {"old", "new"}} for title_fr, title_nl and sections (as a whole).
QJsonObject publicationChanges(const Publication* before, const Publication& after);

}  // namespace atlas::core
