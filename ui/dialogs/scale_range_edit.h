#pragma once
// Two scale denominators (1:N) bounding where a layer or its labels show; 0 on either side is
// "no limit". One widget for the layer range and the label range of the style dialog.

#include "core/model/layer_style.h"

#include <QWidget>

class QSpinBox;

namespace atlas::ui {

class ScaleRangeEdit : public QWidget {
    Q_OBJECT
public:
    explicit ScaleRangeEdit(const core::ScaleRange& range, QWidget* parent = nullptr);
    // Ends out of order are swapped, so the range never hides everything by mistake.
    core::ScaleRange range() const;
    void setRange(const core::ScaleRange& range);
    QSpinBox* closest() const { return m_min; }  // zoomed in: 1:min
    QSpinBox* farthest() const { return m_max; }  // zoomed out: 1:max

private:
    QSpinBox* m_min;
    QSpinBox* m_max;
};

}  // namespace atlas::ui
