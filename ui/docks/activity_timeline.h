#pragma once
// The activities on a time axis: one row each, a bar from start to end coloured by
// type, year ticks on top. Paints only; the dock gives it the activities to show.

#include "core/model/activity.h"

#include <QWidget>

namespace atlas::ui {

class ActivityTimeline : public QWidget {
    Q_OBJECT
public:
    explicit ActivityTimeline(QWidget* parent = nullptr);

    void setActivities(const QList<core::Activity>& activities);
    int rowCount() const { return int(m_rows.size()); }
    // The bar of row `row` in widget pixels (empty for an undated activity).
    QRectF barRect(int row) const;
    QSize sizeHint() const override;
    static QColor typeColour(core::ActivityType type);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double xOf(const QDate& day) const;

    QList<core::Activity> m_rows;  // dated ones by start, then the undated
    QDate m_from, m_to;
};

}  // namespace atlas::ui
