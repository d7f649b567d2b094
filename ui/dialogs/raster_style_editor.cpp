#include "ui/dialogs/raster_style_editor.h"

#include "core/model/colour_ramp.h"
#include "gis/datasource/raster_statistics.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLinearGradient>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas::ui {
namespace {

struct RangeOutcome {
    bool ok = false;
    gis::BandRange range;
    QString error;
};

QIcon rampIcon(const QString& ramp)
{
    QPixmap pixmap(48, 14);
    QPainter p(&pixmap);
    QLinearGradient g(0, 0, 48, 0);
    const QList<QColor> colours = core::rampColours(ramp, 9);
    for (int i = 0; i < colours.size(); ++i)
        g.setColorAt(i / double(colours.size() - 1), colours[i]);
    p.fillRect(pixmap.rect(), g);
    return QIcon(pixmap);
}

QDoubleSpinBox* spinBox(double lo, double hi, int decimals, const QString& suffix, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(lo, hi);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    return box;
}

}  // namespace

RasterStyleEditor::RasterStyleEditor(const core::RasterStyle& initial, const QString& path, QWidget* parent)
    : QWidget(parent), m_path(path)
{
    setObjectName(QStringLiteral("RasterStyleEditor"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);

    m_render = new QComboBox(this);
    m_render->addItem(tr("Own colours (RGB or grey)"), int(core::RasterRender::Auto));
    m_render->addItem(tr("Grey stretch"), int(core::RasterRender::Grey));
    m_render->addItem(tr("Colour ramp"), int(core::RasterRender::Ramp));
    m_render->addItem(tr("Hillshade"), int(core::RasterRender::Hillshade));
    m_render->setCurrentIndex(std::max(0, m_render->findData(int(initial.render))));

    m_band = new QSpinBox(this);
    m_band->setRange(1, std::max(1, gis::rasterBandCount(path)));
    m_band->setValue(initial.band);

    m_ownRange = new QCheckBox(tr("The band's own minimum and maximum"), this);
    m_ownRange->setChecked(!initial.customRange);
    m_minimum = spinBox(-1e9, 1e9, 3, {}, this);
    m_maximum = spinBox(-1e9, 1e9, 3, {}, this);
    m_minimum->setValue(initial.minimum);
    m_maximum->setValue(initial.maximum);
    m_readRange = new QPushButton(tr("Read from the band"), this);
    m_rangeRow = new QWidget(this);
    auto* range = new QHBoxLayout(m_rangeRow);
    range->setContentsMargins(0, 0, 0, 0);
    range->addWidget(m_minimum);
    range->addWidget(m_maximum);
    range->addWidget(m_readRange);

    m_ramp = new QComboBox(this);
    for (const QString& name : core::sequentialRampNames())
        m_ramp->addItem(rampIcon(name), name, name);
    m_ramp->setIconSize(QSize(48, 14));
    m_ramp->setCurrentIndex(std::max(0, m_ramp->findData(initial.ramp)));
    m_shade = new QCheckBox(tr("Shade with the relief"), this);
    m_shade->setChecked(initial.shade);

    m_azimuth = spinBox(0, 360, 0, QStringLiteral("°"), this);
    m_azimuth->setValue(initial.azimuth);
    m_altitude = spinBox(0, 90, 0, QStringLiteral("°"), this);
    m_altitude->setValue(initial.altitude);
    m_zFactor = spinBox(0.01, 100000, 2, {}, this);
    m_zFactor->setValue(initial.zFactor);

    form->addRow(tr("Render as"), m_render);
    form->addRow(tr("Band"), m_band);
    form->addRow(tr("Values"), m_ownRange);
    form->addRow(tr("Minimum, maximum"), m_rangeRow);
    form->addRow(tr("Colour ramp"), m_ramp);
    form->addRow(QString(), m_shade);
    form->addRow(tr("Light from (azimuth)"), m_azimuth);
    form->addRow(tr("Light height (altitude)"), m_altitude);
    form->addRow(tr("Height exaggeration (z-factor)"), m_zFactor);

    connect(m_render, &QComboBox::currentIndexChanged, this, &RasterStyleEditor::updateEnabled);
    connect(m_shade, &QCheckBox::toggled, this, &RasterStyleEditor::updateEnabled);
    connect(m_ownRange, &QCheckBox::toggled, this, &RasterStyleEditor::updateEnabled);
    connect(m_readRange, &QPushButton::clicked, this, &RasterStyleEditor::readRange);
    connect(m_band, &QSpinBox::valueChanged, this, [this] {
        if (m_ownRange->isChecked())
            readRange();
    });
    updateEnabled();
    if (!initial.customRange)
        readRange();  // shows the values the own range stands for
}

core::RasterStyle RasterStyleEditor::style() const
{
    core::RasterStyle s;
    s.render = core::RasterRender(m_render->currentData().toInt());
    s.band = m_band->value();
    s.customRange = !m_ownRange->isChecked() && m_minimum->value() < m_maximum->value();
    s.minimum = s.customRange ? m_minimum->value() : 0;
    s.maximum = s.customRange ? m_maximum->value() : 0;
    s.ramp = m_ramp->currentData().toString();
    s.shade = m_shade->isChecked();
    s.azimuth = m_azimuth->value();
    s.altitude = m_altitude->value();
    s.zFactor = m_zFactor->value();
    return s;
}

void RasterStyleEditor::readRange()
{
    const int generation = ++m_generation;
    m_readRange->setEnabled(false);
    auto* watcher = new QFutureWatcher<RangeOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const RangeOutcome r = watcher->result();
        updateEnabled();
        m_readRange->setToolTip(r.ok ? QString() : r.error);
        if (r.ok) {
            m_minimum->setValue(r.range.minimum);
            m_maximum->setValue(r.range.maximum);
        }
        emit rangeRead(r.ok);
    });
    // Approximate statistics of a large file still read a sample of it: never on the UI thread.
    watcher->setFuture(QtConcurrent::run([path = m_path, band = m_band->value()] {
        auto range = gis::bandRange(path, band);
        return range ? RangeOutcome{true, range.value(), {}} : RangeOutcome{false, {}, range.error().message()};
    }));
}

void RasterStyleEditor::updateEnabled()
{
    const auto render = core::RasterRender(m_render->currentData().toInt());
    const bool banded = render != core::RasterRender::Auto;
    const bool ranged = render == core::RasterRender::Grey || render == core::RasterRender::Ramp;
    const bool ramp = render == core::RasterRender::Ramp;
    const bool lit = render == core::RasterRender::Hillshade || (ramp && m_shade->isChecked());
    m_band->setEnabled(banded);
    m_ownRange->setEnabled(ranged);
    m_minimum->setEnabled(ranged && !m_ownRange->isChecked());
    m_maximum->setEnabled(ranged && !m_ownRange->isChecked());
    m_readRange->setEnabled(ranged);
    m_ramp->setEnabled(ramp);
    m_shade->setEnabled(ramp);
    m_azimuth->setEnabled(lit);
    m_altitude->setEnabled(lit);
    m_zFactor->setEnabled(lit);
}

}  // namespace atlas::ui
