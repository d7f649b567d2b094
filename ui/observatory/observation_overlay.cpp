#include "ui/observatory/observation_overlay.h"

#include "gis/crs/crs_transform.h"
#include "gis/geometry/path_geometry.h"
#include "gis/geometry/wkb_reader.h"
#include "ui/canvas/map_canvas.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>
#include <limits>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas::ui {
namespace {

constexpr int kSymbolSize = 22;
// Beyond this many fiches in view, symbols would hide the map: small dots instead.
constexpr int kMaxSymbols = 2500;

// The kinds' colours, as in exported bundles (Okabe-Ito, distinct for colour-blind readers).
QColor kindColour(core::ObservationKind kind)
{
    switch (kind) {
    case core::ObservationKind::Landmark:
        return QColor(0x00, 0x72, 0xb2);
    case core::ObservationKind::Project:
        return QColor(0xe6, 0x9f, 0x00);
    case core::ObservationKind::Realisation:
        return QColor(0x00, 0x9e, 0x73);
    default:
        return QColor(0xcc, 0x79, 0xa7);
    }
}

// The parts of a WGS 84 line or polygon in `transform`'s CRS; empty if any point fails.
QList<QPolygonF> projectedParts(const QByteArray& wkb, const gis::CrsTransform& transform, bool& area)
{
    gis::PathGeometry geometry;
    if (!gis::appendWkb(reinterpret_cast<const std::uint8_t*>(wkb.constData()), std::size_t(wkb.size()), geometry))
        return {};
    area = geometry.hasPolygon();
    QList<QPolygonF> parts;
    for (const gis::GeometryPart& part : geometry.parts) {
        QPolygonF polygon;
        for (std::uint32_t i = part.begin; i < part.end; ++i) {
            double x = geometry.xy[2 * i], y = geometry.xy[2 * i + 1];
            if (!transform.transformPoint(x, y) || !std::isfinite(x) || !std::isfinite(y))
                return {};
            polygon << QPointF(x, y);
        }
        parts << polygon;
    }
    return parts;
}

}  // namespace

ObservationOverlay::ObservationOverlay(MapCanvas* canvas) : QWidget(canvas), m_canvas(canvas)
{
    setObjectName(QStringLiteral("ObservationOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(canvas->rect());
    canvas->installEventFilter(this);
    connect(canvas, &MapCanvas::extentChanged, this, qOverload<>(&QWidget::update));
    connect(canvas, &MapCanvas::renderFinished, this, qOverload<>(&QWidget::update));
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] {
        const Loaded loaded = m_watcher.result();
        m_points = loaded.points;
        m_pointsCrs = loaded.crs;
        update();
        emit reloaded();
        if (m_reloadQueued) {
            m_reloadQueued = false;
            reload(m_pendingPath, m_pendingFilter);
        }
    });
    // A CRS change needs the positions projected again.
    connect(canvas, &MapCanvas::extentChanged, this, [this] {
        if (m_canvas && !m_pendingPath.isEmpty() && m_canvas->mapSettings().crs != m_pointsCrs && !m_watcher.isRunning())
            reload(m_pendingPath, m_pendingFilter);
    });
    show();
    raise();
}

void ObservationOverlay::reload(const QString& atlasPath, const gis::ObservationFilter& filter)
{
    m_pendingPath = atlasPath;
    m_pendingFilter = filter;
    if (m_watcher.isRunning()) {
        m_reloadQueued = true;  // the latest request wins once the running one ends
        return;
    }
    if (atlasPath.isEmpty() || !m_canvas) {
        m_points.clear();
        update();
        return;
    }
    const QString crs = m_canvas->mapSettings().crs;
    // The worker has its own connection and PROJ context: nothing shared with the UI thread.
    m_watcher.setFuture(QtConcurrent::run([atlasPath, filter, crs]() -> Loaded {
        Loaded loaded{{}, crs};
        auto store = gis::ObservationStore::open(atlasPath);
        if (!store)
            return loaded;
        auto points = store.value()->points(filter);
        if (!points)
            return loaded;
        const gis::CrsTransform transform(QStringLiteral("EPSG:4326"), crs);
        if (!transform.isValid())
            return loaded;
        loaded.points.reserve(points.value().size());
        for (const gis::ObservationPoint& p : points.value()) {
            double x = p.lon, y = p.lat;
            if (!transform.transformPoint(x, y) || !std::isfinite(x) || !std::isfinite(y))
                continue;
            Placed placed{p.uuid, p.kind, QPointF(x, y), {}, false};
            if (!p.shapeWkb.isEmpty())
                placed.shape = projectedParts(p.shapeWkb, transform, placed.area);
            loaded.points.append(placed);
        }
        return loaded;
    }));
}

void ObservationOverlay::setSelected(const QUuid& uuid)
{
    m_selected = uuid;
    update();
}

bool ObservationOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_canvas && event->type() == QEvent::Resize)
        setGeometry(m_canvas->rect());
    return QWidget::eventFilter(watched, event);
}

const QPixmap& ObservationOverlay::symbol(core::ObservationKind kind)
{
    auto it = m_symbols.find(int(kind));
    if (it != m_symbols.end())
        return *it;
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(kSymbolSize, kSymbolSize) * ratio);
    pixmap.fill(Qt::transparent);
    QSvgRenderer svg(QStringLiteral(":/icons/obs-%1.svg").arg(core::kindName(kind)));
    QPainter painter(&pixmap);
    svg.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(ratio);
    return *m_symbols.insert(int(kind), pixmap);
}

QRectF ObservationOverlay::symbolRect(const Placed& placed) const
{
    const QPointF at = m_canvas->mapSettings().toPixel(placed.map.x(), placed.map.y()) / m_canvas->devicePixelRatioF();
    // Symbols stand on their point (the pin's tip for landmarks, the centre otherwise).
    const bool pin = placed.kind == core::ObservationKind::Landmark;
    const QPointF topLeft = at - QPointF(kSymbolSize / 2.0, pin ? kSymbolSize - 1 : kSymbolSize / 2.0);
    return QRectF(topLeft, QSizeF(kSymbolSize, kSymbolSize));
}

QPainterPath ObservationOverlay::screenPath(const Placed& placed) const
{
    const gis::MapSettings settings = m_canvas->mapSettings();
    const qreal ratio = m_canvas->devicePixelRatioF();
    QPainterPath path;
    for (const QPolygonF& part : placed.shape) {
        QPolygonF onScreen;
        for (const QPointF& q : part)
            onScreen << settings.toPixel(q.x(), q.y()) / ratio;
        path.addPolygon(onScreen);  // open for a line: only rings come back to their start
    }
    path.setFillRule(Qt::OddEvenFill);  // holes stay open
    return path;
}

QUuid ObservationOverlay::ficheAt(const QPointF& widgetPosition) const
{
    if (!m_canvas || m_canvas->mapSettings().crs != m_pointsCrs)
        return {};
    QUuid nearest;
    double nearestDistance = std::numeric_limits<double>::max();
    for (const Placed& p : m_points) {
        const QRectF box = symbolRect(p);
        if (!box.contains(widgetPosition))
            continue;
        const QPointF d = box.center() - widgetPosition;
        if (const double distance = QPointF::dotProduct(d, d); distance < nearestDistance) {
            nearestDistance = distance;
            nearest = p.uuid;
        }
    }
    if (!nearest.isNull())
        return nearest;
    // Then shapes: a line within a few pixels, an area containing the point (the
    // smallest one, so that a site inside a zone can still be picked).
    QPainterPathStroker near;
    near.setWidth(10);
    double smallestArea = std::numeric_limits<double>::max();
    for (const Placed& p : m_points) {
        if (p.shape.isEmpty())
            continue;
        const QPainterPath path = screenPath(p);
        if (p.area && path.contains(widgetPosition)) {
            const QRectF box = path.boundingRect();
            if (box.width() * box.height() < smallestArea) {
                smallestArea = box.width() * box.height();
                nearest = p.uuid;
            }
        } else if (smallestArea == std::numeric_limits<double>::max() && near.createStroke(path).contains(widgetPosition)) {
            nearest = p.uuid;
        }
    }
    return nearest;
}

void ObservationOverlay::paintShapes(QPainter& painter, const QList<const Placed*>& shapes)
{
    for (const Placed* p : shapes) {
        const QPainterPath path = screenPath(*p);
        const QColor colour = kindColour(p->kind);
        QColor fill = colour;
        fill.setAlpha(60);
        const bool selected = p->uuid == m_selected;
        painter.setBrush(p->area ? QBrush(fill) : Qt::NoBrush);
        painter.setPen(QPen(Qt::white, selected ? 7 : 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(selected ? QColor(0xe6, 0x00, 0x7e) : colour, selected ? 3.5 : 2.5, Qt::SolidLine,
                            Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
    }
}

void ObservationOverlay::paintEvent(QPaintEvent*)
{
    if (!m_canvas || m_points.isEmpty() || m_canvas->mapSettings().crs != m_pointsCrs)
        return;
    const gis::MapSettings settings = m_canvas->mapSettings();
    const qreal ratio = m_canvas->devicePixelRatioF();
    const QRectF visible = QRectF(rect()).adjusted(-kSymbolSize, -kSymbolSize, kSymbolSize, kSymbolSize);
    QList<const Placed*> inView, shapes;
    for (const Placed& p : m_points) {
        if (visible.contains(settings.toPixel(p.map.x(), p.map.y()) / ratio))
            inView << &p;
        if (!p.shape.isEmpty())
            shapes << &p;  // a long line may cross the view with its symbol outside
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintShapes(painter, shapes);
    const bool dots = inView.size() > kMaxSymbols;
    const Placed* selected = nullptr;
    for (const Placed* p : inView) {
        const QPointF at = settings.toPixel(p->map.x(), p->map.y()) / ratio;
        if (p->uuid == m_selected)
            selected = p;
        if (dots) {
            painter.fillRect(QRectF(at - QPointF(1.5, 1.5), QSizeF(3, 3)), QColor(0x33, 0x33, 0x33));
            continue;
        }
        painter.drawPixmap(symbolRect(*p).topLeft(), symbol(p->kind));
    }
    if (selected) {
        const QPointF at = settings.toPixel(selected->map.x(), selected->map.y()) / ratio;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, 5));
        painter.drawEllipse(at, kSymbolSize * 0.8, kSymbolSize * 0.8);
        painter.setPen(QPen(QColor(0xe6, 0x00, 0x7e), 2.5));
        painter.drawEllipse(at, kSymbolSize * 0.8, kSymbolSize * 0.8);
    }
}

}  // namespace atlas::ui
