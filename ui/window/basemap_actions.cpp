#include "ui/window/basemap_actions.h"

#include "ui/dialogs/add_basemap_dialog.h"
#include "ui/document/document_controller.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

namespace atlas::ui {

BasemapActions::BasemapActions(DocumentController* controller, QWidget* window)
    : QObject(window), m_controller(controller), m_window(window),
      m_addBasemap(new QAction(QIcon(QStringLiteral(":/icons/layer-raster.svg")), QString(), this))
{
    m_addBasemap->setObjectName(QStringLiteral("addBasemapAction"));
    connect(m_addBasemap, &QAction::triggered, this, &BasemapActions::addBasemapDialog);
    window->installEventFilter(this);
    retranslate();
}

void BasemapActions::populate(QMenu* fileMenu)
{
    const QList<QAction*> actions = fileMenu->actions();
    for (qsizetype i = 0; i < actions.size(); ++i)
        if (actions[i]->objectName() == QLatin1String("addLayerAction")) {
            fileMenu->insertAction(actions.value(i + 1), m_addBasemap);
            return;
        }
    fileMenu->addAction(m_addBasemap);
}

void BasemapActions::addBasemapDialog()
{
    auto* dialog = new AddBasemapDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto layer = dialog->layer())
            m_controller->addBasemap(layer.value());
    });
    dialog->open();
}

bool BasemapActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void BasemapActions::retranslate()
{
    m_addBasemap->setText(tr("Add &basemap…"));
    m_addBasemap->setStatusTip(tr("A map or aerial photos under the layers: public tile services or an MBTiles file"));
}

}  // namespace atlas::ui
