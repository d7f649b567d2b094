#include "ui/observatory/observation_overlay.h"

#include "gis/crs/crs_transform.h"
#include "gis/geometry/path_geometry.h"
#include "gis/geometry/wkb_reader.h"
#include "ui/canvas/map_canvas.h"

#include <QEvent>
#include <QPainter>
#include <QImage>
#include <QPainterPath>
#include <QSvgRenderer>
#include <algorithm>
#include <limits>
#include <vector>
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
        setPoints(loaded.points);
        m_pointsCrs = loaded.crs;
        m_pointsBounds = loaded.bounds;
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
    connect(&m_dotsWatcher, &QFutureWatcher<std::pair<int, FicheDots>>::finished, this, [this] {
        auto [of, dots] = m_dotsWatcher.result();
        if (of == m_dotsOf)
            m_dots = std::move(dots);
        update();
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
        setPoints({});
        update();
        return;
    }
    const QString crs = m_canvas->mapSettings().crs;
    // The worker has its own connection and PROJ context: nothing shared with the UI thread.
    m_watcher.setFuture(QtConcurrent::run([atlasPath, filter, crs]() -> Loaded {
        Loaded loaded{{}, crs, {}};
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
            Placed placed{p.uuid, p.kind, QPointF(x, y), {}, {}, false};
            if (!p.shapeWkb.isEmpty()) {
                placed.shape = projectedParts(p.shapeWkb, transform, placed.area);
                for (const QPolygonF& part : placed.shape)
                    placed.shapeBounds |= part.boundingRect();
            }
            loaded.points.append(placed);
            // (QRectF's union skips empty boxes, so it cannot grow from points)
            const QRectF& b = loaded.bounds;
            loaded.bounds = loaded.points.size() == 1
                ? QRectF(placed.map, QSizeF(0, 0))
                : QRectF(QPointF(qMin(b.left(), x), qMin(b.top(), y)), QPointF(qMax(b.right(), x), qMax(b.bottom(), y)));
        }
        return loaded;
    }));
}

void ObservationOverlay::setPoints(const QList<Placed>& points)
{
    m_points = points;
    auto positions = std::make_shared<std::vector<QPointF>>();
    positions->reserve(std::size_t(points.size()));
    m_shapes.clear();
    for (const Placed& p : m_points) {
        positions->push_back(p.map);
        if (!p.shape.isEmpty())
            m_shapes.push_back(&p);
    }
    m_positions = std::move(positions);
    m_dots = {};
    ++m_dotsOf;  // a dots job still running drew the old positions
}

void ObservationOverlay::requestDots(const gis::MapSettings& settings)
{
    if (m_dotsWatcher.isRunning())
        return;  // when it ends, the next paint asks again if the view moved on
    const qreal ratio = m_canvas->devicePixelRatioF();
    const int of = m_dotsOf;
    m_dotsWatcher.setFuture(QtConcurrent::run([positions = m_positions, settings, ratio, of] {
        return std::pair(of, drawFicheDots(positions, settings, ratio));
    }));
}

void ObservationOverlay::paintDots(QPainter& painter, const gis::MapSettings& settings)
{
    if (m_dots.image.isNull() || !(m_dots.settings == settings))
        requestDots(settings);
    if (m_dots.image.isNull())
        return;
    // Until the exact dots come, the last ones moved and scaled to where they belong.
    const qreal ratio = m_canvas->devicePixelRatioF();
    const QPointF topLeft = m_dots.settings.toMap(QPointF(0, 0));
    const QPointF bottomRight = m_dots.settings.toMap(QPointF(m_dots.settings.outputSize.width(),
                                                              m_dots.settings.outputSize.height()));
    const QRectF target(settings.toPixel(topLeft.x(), topLeft.y()) / ratio,
                        settings.toPixel(bottomRight.x(), bottomRight.y()) / ratio);
    painter.drawImage(target, m_dots.image);
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

const QImage& ObservationOverlay::symbol(core::ObservationKind kind)
{
    auto it = m_symbols.find(int(kind));
    if (it != m_symbols.end())
        return *it;
    const qreal ratio = devicePixelRatioF();
    QImage image(QSize(kSymbolSize, kSymbolSize) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSvgRenderer svg(QStringLiteral(":/icons/obs-%1.svg").arg(core::kindName(kind)));
    QPainter painter(&image);
    svg.render(&painter);
    painter.end();
    image.setDevicePixelRatio(ratio);
    return *m_symbols.insert(int(kind), image);
}

QPointF ObservationOverlay::symbolTopLeft(QPointF at, core::ObservationKind kind)
{
    // Symbols stand on their point (the pin's tip for landmarks, the centre otherwise).
    const bool pin = kind == core::ObservationKind::Landmark;
    return at - QPointF(kSymbolSize / 2.0, pin ? kSymbolSize - 1 : kSymbolSize / 2.0);
}

QRectF ObservationOverlay::symbolRect(const Placed& placed) const
{
    const QPointF at = m_canvas->mapSettings().toPixel(placed.map.x(), placed.map.y()) / m_canvas->devicePixelRatioF();
    return QRectF(symbolTopLeft(at, placed.kind), QSizeF(kSymbolSize, kSymbolSize));
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
    // Map to widget pixels, inlined: this loop runs over every fiche at each frame.
    const double perUnit = 1.0 / (settings.unitsPerPixel() * ratio);
    const double x0 = settings.extent.xMin, y0 = settings.extent.yMax;
    const double left = -kSymbolSize, top = -kSymbolSize;
    const double right = width() + kSymbolSize, bottom = height() + kSymbolSize;
    auto& inView = m_inView;  // kept between frames: no allocation while panning
    inView.clear();
    for (std::size_t i = 0; i < m_positions->size(); ++i) {
        const QPointF& p = (*m_positions)[i];
        const double x = (p.x() - x0) * perUnit, y = (y0 - p.y()) * perUnit;
        if (x >= left && x <= right && y >= top && y <= bottom)
            inView.emplace_back(QPointF(x, y), &m_points[qsizetype(i)]);
    }
    // Shapes crossing the view (a long line may cross it with its symbol outside), with
    // a margin for their widest stroke.
    const double margin = 8 / perUnit;
    const QPointF viewMin = settings.toMap(QPointF(0, settings.outputSize.height()));
    const QPointF viewMax = settings.toMap(QPointF(settings.outputSize.width(), 0));
    QList<const Placed*> shapes;
    for (const Placed* p : m_shapes) {
        const QRectF& b = p->shapeBounds;
        if (b.right() >= viewMin.x() - margin && b.left() <= viewMax.x() + margin && b.bottom() >= viewMin.y() - margin &&
            b.top() <= viewMax.y() + margin)
            shapes << p;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintShapes(painter, shapes);
    const Placed* selected = nullptr;
    for (const auto& [at, p] : inView)
        if (p->uuid == m_selected)
            selected = p;
    if (inView.size() > std::size_t(kMaxSymbols)) {
        paintDots(painter, settings);
    } else {
        for (const auto& [at, p] : inView)  // on whole pixels: a plain blit, not a resampling
            painter.drawImage(symbolTopLeft(at, p->kind).toPoint(), symbol(p->kind));
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
