#include "ui/tools/transform_features_tool.h"

#include "gis/store/layer_editor.h"
#include "gis/crs/crs_transform.h"
#include "gis/geometry/wkb_reader.h"
#include "gis/geometry/wkb_edit.h"
#include "ui/attributes/select_feature_tool.h"
#include "ui/canvas/map_canvas.h"
#include "ui/commands/change_geometries_command.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QUndoStack>
#include <QtMath>
#include <cmath>

namespace atlas::ui {
namespace {

// Below this many pixels a press and release is a click, not a drag.
constexpr double kMinimumDrag = 2.0;
constexpr double kPickTolerance = 6.0;

double angleOf(const QPointF& v)
{
    return std::atan2(v.y(), v.x());
}

}  // namespace

TransformFeaturesTool::TransformFeaturesTool(MapCanvas* canvas, QUndoStack* undoStack, QString atlasPath,
                                             QString table, Mode mode)
    : MapTool(canvas), m_undo(undoStack), m_atlas(std::move(atlasPath)), m_table(std::move(table)), m_mode(mode)
{
}

void TransformFeaturesTool::deactivate()
{
    drop();
}

bool TransformFeaturesTool::mousePress(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    drop();
    if (grab(event->position())) {
        m_from = m_to = toMap(event->position());
        canvas()->update();
    }
    return true;  // the map does not pan under an editing tool
}

bool TransformFeaturesTool::mouseMove(QMouseEvent* event)
{
    if (m_grabbed.isEmpty())
        return false;
    m_to = toMap(event->position());
    canvas()->update();
    return true;
}

bool TransformFeaturesTool::mouseRelease(QMouseEvent* event)
{
    if (m_grabbed.isEmpty() || event->button() != Qt::LeftButton)
        return false;
    m_to = toMap(event->position());
    if (QLineF(toWidget(m_from), toWidget(m_to)).length() >= kMinimumDrag)
        finish();
    drop();
    return true;
}

bool TransformFeaturesTool::keyPress(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Escape || m_grabbed.isEmpty())
        return false;
    drop();
    return true;
}

bool TransformFeaturesTool::grab(const QPointF& widgetPosition)
{
    const gis::LayerEditor editor(m_atlas, m_table);
    auto layerCrs = editor.crs();
    if (!layerCrs) {
        emit failed(layerCrs.error().message());
        return false;
    }
    m_layerCrs = layerCrs.value();
    QList<qint64> ids = m_selection;
    if (ids.isEmpty()) {
        // A small square around the press: spatially indexed, so quick on any layer.
        const QRectF around(widgetPosition - QPointF(kPickTolerance, kPickTolerance),
                            QSizeF(2 * kPickTolerance, 2 * kPickTolerance));
        ids = SelectFeatureTool::featuresIn(m_atlas, m_table, canvas()->mapSettings(), canvas()->devicePixelRatioF(),
                                            around, true);
        if (ids.size() > 1)
            ids = {ids.last()};  // the one drawn on top
    }
    const gis::CrsTransform toCanvas(m_layerCrs, canvas()->mapSettings().crs);
    QRectF bounds;
    for (qint64 id : ids) {
        auto record = editor.read(id);
        if (!record) {
            emit failed(record.error().message());
            m_grabbed.clear();
            return false;
        }
        Grabbed g{record.value(), {}, false};
        gis::PathGeometry shape;
        const QByteArray& wkb = g.record.wkb;
        if (!gis::appendWkb(reinterpret_cast<const std::uint8_t*>(wkb.constData()), std::size_t(wkb.size()), shape))
            continue;  // no geometry: nothing to move
        toCanvas.transformInterleaved(shape.xy.data(), shape.pointCount());
        g.closed = shape.hasPolygon();
        for (const gis::GeometryPart& part : shape.parts) {
            QPolygonF polygon;
            for (std::uint32_t i = part.begin; i < part.end; ++i)
                polygon << QPointF(shape.xy[2 * i], shape.xy[2 * i + 1]);
            bounds |= polygon.boundingRect().adjusted(0, 0, 1e-9, 1e-9);  // a point has a box too
            g.parts << polygon;
        }
        m_grabbed << g;
    }
    m_pivot = bounds.center();
    return !m_grabbed.isEmpty();
}

QPointF TransformFeaturesTool::dragged(const QPointF& p) const
{
    if (m_mode == Mode::Move)
        return p + (m_to - m_from);
    const double turn = angleOf(m_to - m_pivot) - angleOf(m_from - m_pivot);
    const double c = std::cos(turn), s = std::sin(turn);
    const QPointF d = p - m_pivot;
    return m_pivot + QPointF(d.x() * c - d.y() * s, d.x() * s + d.y() * c);
}

void TransformFeaturesTool::finish()
{
    const gis::CrsTransform toCanvas(m_layerCrs, canvas()->mapSettings().crs);
    QList<ChangeGeometriesCommand::Change> changes;
    for (const Grabbed& g : m_grabbed) {
        auto moved = gis::mapWkbVertices(g.record.wkb, [&](double& x, double& y) {
            if (!toCanvas.transformPoint(x, y))
                return false;
            const QPointF p = dragged(QPointF(x, y));
            x = p.x(), y = p.y();
            return toCanvas.transformPoint(x, y, true) && std::isfinite(x) && std::isfinite(y);
        });
        if (!moved) {
            emit failed(tr("Feature %1 cannot be placed there in the layer's CRS (%2).").arg(g.record.fid).arg(m_layerCrs));
            return;
        }
        changes << ChangeGeometriesCommand::Change{g.record.fid, g.record.wkb, *moved};
    }
    const QString text = m_mode == Mode::Move ? tr("Move %n feature(s)", nullptr, int(changes.size()))
                                              : tr("Rotate %n feature(s)", nullptr, int(changes.size()));
    auto error = std::make_shared<QString>();
    auto* command = new ChangeGeometriesCommand(m_atlas, m_table, changes, text, error);
    const QList<qint64> ids = command->featureIds();
    m_undo->push(command);  // redo() writes them
    if (!error->isEmpty()) {
        emit failed(*error);
        return;
    }
    canvas()->refresh();
    emit transformed(ids);
}

void TransformFeaturesTool::drop()
{
    if (m_grabbed.isEmpty())
        return;
    m_grabbed.clear();
    canvas()->update();
}

void TransformFeaturesTool::paintOverlay(QPainter& painter)
{
    if (m_grabbed.isEmpty())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink(0xe6, 0x00, 0x7e);
    QColor fill = ink;
    fill.setAlpha(50);
    for (const Grabbed& g : m_grabbed)
        for (const QPolygonF& part : g.parts) {
            QPolygonF onScreen;
            for (const QPointF& p : part)
                onScreen << toWidget(dragged(p));
            painter.setPen(QPen(ink, 2, Qt::DashLine));
            painter.setBrush(g.closed ? QBrush(fill) : Qt::NoBrush);
            if (onScreen.size() == 1)
                painter.drawEllipse(onScreen.first(), 6, 6);
            else if (g.closed)
                painter.drawPolygon(onScreen);
            else
                painter.drawPolyline(onScreen);
        }
    if (m_mode == Mode::Rotate) {
        const QPointF pivot = toWidget(m_pivot);
        painter.setPen(QPen(ink, 1.5));
        painter.drawLine(pivot, toWidget(m_to));
        painter.drawLine(pivot - QPointF(6, 0), pivot + QPointF(6, 0));
        painter.drawLine(pivot - QPointF(0, 6), pivot + QPointF(0, 6));
    }
}

}  // namespace atlas::ui
