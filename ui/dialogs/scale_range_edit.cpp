#include "ui/dialogs/scale_range_edit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <algorithm>

namespace atlas::ui {
namespace {

QSpinBox* denominatorBox(QWidget* parent, const QString& unlimited)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, 100'000'000);
    box->setSingleStep(5000);
    box->setPrefix(QStringLiteral("1:"));
    box->setSpecialValueText(unlimited);  // shown for 0
    box->setGroupSeparatorShown(true);
    return box;
}

}  // namespace

ScaleRangeEdit::ScaleRangeEdit(const core::ScaleRange& range, QWidget* parent)
    : QWidget(parent), m_min(denominatorBox(this, tr("no limit"))), m_max(denominatorBox(this, tr("no limit")))
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_min->setToolTip(tr("Hidden when zoomed in closer than this scale"));
    m_max->setToolTip(tr("Hidden when zoomed out beyond this scale"));
    row->addWidget(new QLabel(tr("from"), this));
    row->addWidget(m_min, 1);
    row->addWidget(new QLabel(tr("to"), this));
    row->addWidget(m_max, 1);
    setRange(range);
}

core::ScaleRange ScaleRangeEdit::range() const
{
    double lo = m_min->value(), hi = m_max->value();
    if (lo > 0 && hi > 0 && lo > hi)
        std::swap(lo, hi);
    return {lo, hi};
}

void ScaleRangeEdit::setRange(const core::ScaleRange& range)
{
    m_min->setValue(int(std::min(range.minDenominator, 1e8)));
    m_max->setValue(int(std::min(range.maxDenominator, 1e8)));
}

}  // namespace atlas::ui
