#pragma once
// An activity of a CAUE team (advice mission, workshop, discovery day, call for
// projects, study): who, when, where, how far along, and what it is linked to.

#include "core/model/record_identity.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace atlas::core {

enum class ActivityType { AdviceMission, Workshop, DiscoveryDay, CallForProjects, Study };
enum class ActivityStatus { Planned, Ongoing, Done };

// Stable names stored in files and typed on the command line ("advice-mission", "done"...).
QString activityTypeName(ActivityType type);
QString activityStatusName(ActivityStatus status);
std::optional<ActivityType> activityTypeFromName(const QString& name);
std::optional<ActivityStatus> activityStatusFromName(const QString& name);
QStringList activityTypeNames();
QStringList activityStatusNames();

struct Activity {
    RecordIdentity identity;
    ActivityType type = ActivityType::AdviceMission;
    ActivityStatus status = ActivityStatus::Planned;
    QString titleFr, titleNl;
    QString organisation;
    QStringList people;
    QDate start, end;               // end null: a single day or still open
    std::optional<double> budget;   // euros; none when not known
    QByteArray locationWkb;         // point or area, WGS 84 WKB; empty: not placed
    QList<QUuid> fiches, media, publications;

    static Activity create(ActivityType type);
    // The title in `language` ("fr" or "nl"), the other one when it is empty.
    QString title(const QString& language) const;
    // The year it is counted in (its start), 0 without a start date.
    int year() const { return start.isValid() ? start.year() : 0; }
    bool sameContent(const Activity& other) const;
};

// The record as JSON (stored, synced, exported) and back; the error names the field.
QJsonObject activityToJson(const Activity& activity);
Result<Activity> activityFromJson(const QJsonObject& json);
// {"field": {"old", "new"}} for the content fields that differ (`before` null: an insert).
QJsonObject activityChanges(const Activity* before, const Activity& after);

}  // namespace atlas::core
