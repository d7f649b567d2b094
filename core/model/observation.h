#pragma once
// An observation ("fiche") of the territory: what it is, where, when, in French and Dutch.

#include "core/model/record_identity.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace atlas::core {

// The four kinds of the S-PASS Territoires observatory.
enum class ObservationKind { Landmark, Project, Realisation, Action };
enum class ObservationStatus { Draft, Proposed, Published };
enum class SharingScope { Private, Group, Community, Public };

// Stable names stored in files and used on the command line ("landmark", "draft"...).
QString kindName(ObservationKind kind);
QString statusName(ObservationStatus status);
QString scopeName(SharingScope scope);
std::optional<ObservationKind> kindFromName(const QString& name);
std::optional<ObservationStatus> statusFromName(const QString& name);
std::optional<SharingScope> scopeFromName(const QString& name);
QStringList kindNames();

// The themes a new atlas starts with; the list is editable per atlas.
QStringList defaultThemes();

struct Observation {
    RecordIdentity identity;
    ObservationKind kind = ObservationKind::Landmark;
    QString titleFr, titleNl;
    QString descriptionFr, descriptionNl;
    QStringList themes;
    // Point, line or polygon as WKB, longitude/latitude (EPSG:4326); empty: not placed yet.
    QByteArray geometryWkb;
    // A single date has dateEnd null; a period has both.
    QDate dateStart, dateEnd;
    QString author;
    ObservationStatus status = ObservationStatus::Draft;
    SharingScope scope = SharingScope::Private;
    QString commune;  // filled from the boundaries layer when empty
    QStringList tags;
    QList<QUuid> links;  // other fiches: a project and its realisations

    static Observation create(ObservationKind kind);

    // The title in `language` ("fr" or "nl"), the other one when it is empty.
    QString title(const QString& language) const;
    QString description(const QString& language) const;

    // Same content (identity aside).
    bool sameContent(const Observation& other) const;
};

}  // namespace atlas::core
