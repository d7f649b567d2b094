#pragma once
// Reports of the activity database: every activity as CSV, and a PDF summary that
// counts activities and budgets per year and type.

#include "core/model/activity.h"
#include "core/model/result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace atlas::gis {

struct ActivityTally {
    int count = 0;
    double budget = 0;  // sum of the known budgets
};

// year (0: undated) -> type -> tally, in year order.
using ActivitySummary = QMap<int, QMap<core::ActivityType, ActivityTally>>;

ActivitySummary summariseActivities(const QList<core::Activity>& activities);

// RFC 4180 CSV (UTF-8, header row, fields quoted when needed, dates ISO, people joined
// with "; ", links as UUID lists).
QByteArray activitiesCsv(const QList<core::Activity>& activities);

// A one- or two-page PDF: title, the year x type table of counts and budgets, then the
// list of activities. Written whole or not at all.
core::Status writeActivityReportPdf(const QList<core::Activity>& activities, const QString& title,
                                    const QString& path);

// "Advice mission", "Workshop"... for people (translated in context atlas::gis).
QString activityTypeLabel(core::ActivityType type);
QString activityStatusLabel(core::ActivityStatus status);

}  // namespace atlas::gis
