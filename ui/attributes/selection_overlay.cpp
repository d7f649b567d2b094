#include "ui/attributes/selection_overlay.h"

#include "gis/crs/crs_transform.h"
#include "gis/datasource/layer_source.h"
#include "ui/canvas/map_canvas.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

namespace atlas::ui {
namespace {

// Up to this many ids are read one by one; more are read as one id range and filtered.
constexpr int kSingleReads = 500;
const QColor kHighlight(0xff, 0xd4, 0x00);

}  // namespace

SelectionOverlay::SelectionOverlay(MapCanvas* canvas) : QWidget(canvas), m_canvas(canvas)
{
    setObjectName(QStringLiteral("SelectionOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(canvas->rect());
    canvas->installEventFilter(this);
    connect(canvas, &MapCanvas::extentChanged, this, [this] {
        // A CRS change needs the shapes projected again.
        if (m_canvas && !m_ids.isEmpty() && m_canvas->mapSettings().crs != m_shapes.crs)
            start();
        update();
    });
    connect(&m_watcher, &QFutureWatcher<Shapes>::finished, this, [this] {
        m_shapes = m_watcher.result();
        update();
        emit selectionShown();
        if (m_pending) {
            m_pending = false;
            start();
        }
    });
    show();
    raise();
}

SelectionOverlay::~SelectionOverlay()
{
    m_watcher.waitForFinished();
}

void SelectionOverlay::setSelection(const QString& path, const QString& layerName, const QSet<qint64>& ids)
{
    raise();  // above the other overlays (fiche symbols)
    m_path = path;
    m_layer = layerName;
    m_ids = ids;
    start();
}

void SelectionOverlay::start()
{
    if (m_watcher.isRunning()) {
        m_pending = true;  // the latest selection wins once the running read ends
        return;
    }
    if (m_ids.isEmpty() || !m_canvas) {
        m_shapes = {};
        update();
        emit selectionShown();
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(&SelectionOverlay::read, m_path, m_layer, m_ids, m_canvas->mapSettings().crs));
}

SelectionOverlay::Shapes SelectionOverlay::read(const QString& path, const QString& layerName, const QSet<qint64>& ids,
                                                const QString& crs)
{
    Shapes shapes;
    shapes.crs = crs;
    auto source = gis::openLayerSource(path, layerName, core::LayerKind::Vector);
    if (!source)
        return shapes;
    const gis::CrsTransform toMap(source.value()->crs(), crs);
    if (!toMap.isValid())
        return shapes;
    QList<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    QList<gis::FeatureRequest> requests;
    if (sorted.size() <= kSingleReads) {
        for (qint64 id : sorted)
            requests << gis::FeatureRequest{core::Extent::null(), {}, 1, id, id};
    } else {
        requests << gis::FeatureRequest{core::Extent::null(), {}, -1, sorted.first(), sorted.last()};
    }
    gis::Feature feature;
    for (const gis::FeatureRequest& request : requests) {
        auto features = source.value()->features(request);
        while (features && features->next(feature)) {
            if (!ids.contains(feature.id))
                continue;
            ++shapes.features;
            gis::PathGeometry& g = feature.geometry;
            toMap.transformInterleaved(g.xy.data(), g.pointCount());
            for (const gis::GeometryPart& part : g.parts) {
                QPolygonF polygon;
                for (std::uint32_t i = part.begin; i < part.end; ++i) {
                    const double x = g.xy[2 * i], y = g.xy[2 * i + 1];
                    if (!std::isfinite(x) || !std::isfinite(y))
                        continue;
                    polygon << QPointF(x, y);
                    shapes.extent = shapes.extent.united({x, y, x, y});
                }
                if (part.role == gis::PartRole::Point)
                    shapes.points << polygon;
                else
                    shapes.lines << polygon;
            }
        }
    }
    return shapes;
}

bool SelectionOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_canvas && event->type() == QEvent::Resize)
        setGeometry(m_canvas->rect());
    return QWidget::eventFilter(watched, event);
}

void SelectionOverlay::paintEvent(QPaintEvent*)
{
    if (!m_canvas || m_shapes.features == 0 || m_canvas->mapSettings().crs != m_shapes.crs)
        return;
    const gis::MapSettings settings = m_canvas->mapSettings();
    const qreal ratio = m_canvas->devicePixelRatioF();
    QPainterPath path;
    for (const QPolygonF& part : m_shapes.lines) {
        QPolygonF onScreen;
        onScreen.reserve(part.size());
        for (const QPointF& p : part)
            onScreen << settings.toPixel(p.x(), p.y()) / ratio;
        path.addPolygon(onScreen);
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0, 0, 0, 140), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setPen(QPen(kHighlight, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    // Points get a ring wide enough to show around the symbols drawn on them.
    for (const QPointF& p : m_shapes.points) {
        const QPointF at = settings.toPixel(p.x(), p.y()) / ratio;
        painter.setPen(QPen(QColor(0, 0, 0, 140), 5));
        painter.drawEllipse(at, 14, 14);
        painter.setPen(QPen(kHighlight, 3));
        painter.drawEllipse(at, 14, 14);
    }
}

}  // namespace atlas::ui
