#include "ui/docks/legend_dock.h"

#include "gis/print/legend_symbol.h"
#include "gis/render/render_layer.h"
#include "ui/document/document_controller.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLocale>
#include <QMainWindow>
#include <QPainter>
#include <QPixmap>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas::ui {
namespace {

constexpr QSize kSwatch(28, 18);

QIcon swatch(gis::LegendSymbol symbol, const core::LayerStyle& style, qreal ratio)
{
    QPixmap pixmap(kSwatch * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setOpacity(style.opacity);
    const QRectF box = symbol == gis::LegendSymbol::Marker || symbol == gis::LegendSymbol::Line
                           ? QRectF(2, 1, kSwatch.width() - 4, kSwatch.height() - 2)
                           : QRectF(3, 3, kSwatch.width() - 6, kSwatch.height() - 6);
    gis::paintLegendSymbol(p, box, symbol, style, 1.0, 1.0);
    return QIcon(pixmap);
}

}  // namespace

LegendDock::LegendDock(DocumentController* document, QMainWindow* window)
    : QDockWidget(window), m_document(document), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("LegendDock"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIconSize(kSwatch);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    setWidget(m_tree);
    // Under the layer list, where the eye goes from a layer to its symbols.
    if (auto* layers = window->findChild<QDockWidget*>(QStringLiteral("LayersDock"))) {
        window->addDockWidget(Qt::LeftDockWidgetArea, this);
        window->splitDockWidget(layers, this, Qt::Vertical);
    } else {
        window->addDockWidget(Qt::RightDockWidgetArea, this);
    }
    setWindowTitle(tr("Legend"));

    connect(document, &DocumentController::layersChanged, this, &LegendDock::refresh);
    connect(document, &DocumentController::documentReplaced, this, &LegendDock::refresh);
    refresh();
}

void LegendDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Legend"));
        showEntries(m_entries);
    }
    QDockWidget::changeEvent(event);
}

void LegendDock::refresh()
{
    // The symbol kind comes from each layer's geometry type, read from its file: off the UI thread.
    const QList<gis::RenderLayer> layers = gis::renderLayersOf(m_document->document(), m_document->workingPath());
    const int generation = ++m_generation;
    auto* watcher = new QFutureWatcher<QList<gis::LegendEntry>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showEntries(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([layers] { return gis::legendEntries(layers); }));
}

void LegendDock::showEntries(const QList<gis::LegendEntry>& entries)
{
    m_entries = entries;
    m_tree->clear();
    const qreal ratio = devicePixelRatioF();
    for (const gis::LegendEntry& e : entries) {
        auto* layer = new QTreeWidgetItem(m_tree, {e.name});
        const QList<gis::LegendRow> rows = gis::thematicLegendRows(e.style, e.symbol);
        if (rows.isEmpty()) {
            layer->setIcon(0, swatch(e.symbol, e.style, ratio));
            continue;
        }
        QFont bold = layer->font(0);
        bold.setBold(true);
        layer->setFont(0, bold);
        const bool categorized = e.style.thematic.kind == core::ClassificationKind::Categorized;
        if (e.symbol == gis::LegendSymbol::Raster)
            layer->setToolTip(0, tr("Colours from %1 (left) to %2 (right)")
                                     .arg(QLocale().toString(e.style.raster.minimum), QLocale().toString(e.style.raster.maximum)));
        else
            layer->setToolTip(0, categorized ? tr("Categorized by %1").arg(e.style.thematic.field)
                                             : tr("Graduated by %1").arg(e.style.thematic.field));
        for (const gis::LegendRow& row : rows) {
            auto* item = new QTreeWidgetItem(layer, {row.label});
            item->setIcon(0, swatch(e.symbol, row.style, ratio));
        }
        layer->setExpanded(true);
    }
    emit legendUpdated();
}

}  // namespace atlas::ui
