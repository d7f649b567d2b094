#include "ui/window/map_status_bar.h"

#include "gis/crs/crs_catalog.h"
#include "gis/crs/crs_transform.h"
#include "gis/render/map_renderer.h"
#include "ui/canvas/map_canvas.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <cmath>

namespace atlas::ui {
namespace {

QString formatDegrees(double value, QChar positive, QChar negative)
{
    return QStringLiteral("%1° %2").arg(QLocale().toString(std::abs(value), 'f', 5)).arg(value >= 0 ? positive : negative);
}

}  // namespace

MapStatusBar::MapStatusBar(MapCanvas* canvas, QWidget* parent) : QWidget(parent), m_canvas(canvas)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_renderState = new QLabel(this);
    m_coordinates = new QLabel(this);
    m_coordinates->setMinimumWidth(420);
    m_scale = new QLabel(this);
    m_scale->setMinimumWidth(110);
    m_crsLabel = new QLabel(this);
    m_crs = new QComboBox(this);
    for (const QString& code : gis::projectCrsChoices())
        m_crs->addItem(QStringLiteral("%1 – %2").arg(code, gis::crsName(code)), code);
    layout->addWidget(m_renderState);
    layout->addStretch();
    layout->addWidget(m_coordinates);
    layout->addWidget(m_scale);
    layout->addWidget(m_crsLabel);
    layout->addWidget(m_crs);

    connect(m_crs, &QComboBox::activated, this, [this](int i) { emit crsChosen(m_crs->itemData(i).toString()); });
    connect(canvas, &MapCanvas::cursorMoved, this, &MapStatusBar::showCursor);
    connect(canvas, &MapCanvas::cursorLeft, m_coordinates, &QLabel::clear);
    connect(canvas, &MapCanvas::extentChanged, this, &MapStatusBar::showScale);
    connect(canvas, &MapCanvas::renderStarted, this, [this] { m_renderState->setText(tr("Rendering…")); });
    connect(canvas, &MapCanvas::renderFinished, this, &MapStatusBar::showRenderResult);
    retranslate();
}

MapStatusBar::~MapStatusBar() = default;

void MapStatusBar::setCrs(const QString& crs)
{
    m_currentCrs = crs;
    m_toWgs84 = std::make_unique<gis::CrsTransform>(crs, QStringLiteral("EPSG:4326"));
    int index = m_crs->findData(crs);
    if (index < 0) {
        m_crs->addItem(gis::crsName(crs), crs);
        index = m_crs->count() - 1;
    }
    m_crs->setCurrentIndex(index);
    showScale();
}

void MapStatusBar::showCursor(const QPointF& p)
{
    const QLocale locale;
    QString text;
    if (gis::crsIsGeographic(m_currentCrs)) {
        text = QStringLiteral("%1, %2").arg(formatDegrees(p.y(), QLatin1Char('N'), QLatin1Char('S')),
                                            formatDegrees(p.x(), QLatin1Char('E'), QLatin1Char('W')));
    } else {
        text = QStringLiteral("%1: %2, %3")
                   .arg(m_currentCrs, locale.toString(p.x(), 'f', 1), locale.toString(p.y(), 'f', 1));
        double lon = p.x(), lat = p.y();
        if (m_toWgs84 && m_toWgs84->transformPoint(lon, lat))
            text += QStringLiteral("  |  WGS 84: %1, %2")
                        .arg(formatDegrees(lat, QLatin1Char('N'), QLatin1Char('S')),
                             formatDegrees(lon, QLatin1Char('E'), QLatin1Char('W')));
    }
    m_coordinates->setText(text);
}

void MapStatusBar::showScale()
{
    const double denominator = m_canvas->mapSettings().scaleDenominator();
    if (std::isfinite(denominator) && denominator > 0)
        m_scale->setText(tr("Scale 1:%1").arg(QLocale().toString(qlonglong(std::llround(denominator)))));
}

void MapStatusBar::showRenderResult(const gis::RenderResult& result)
{
    m_renderState->setText(result.errors.isEmpty()
                               ? tr("Rendered in %1 ms").arg(result.elapsedMs)
                               : tr("%n layer(s) could not be drawn: %1", nullptr, int(result.errors.size()))
                                     .arg(result.errors.first().message()));
}

QString MapStatusBar::coordinatesText() const
{
    return m_coordinates->text();
}

QString MapStatusBar::scaleText() const
{
    return m_scale->text();
}

void MapStatusBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MapStatusBar::retranslate()
{
    m_crsLabel->setText(tr("Project CRS:"));
    m_crs->setToolTip(tr("Coordinate reference system of the map; layers are reprojected on the fly"));
    showScale();
}

}  // namespace atlas::ui
