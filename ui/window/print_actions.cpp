#include "ui/window/print_actions.h"

#include "ui/canvas/map_canvas.h"
#include "ui/dialogs/print_map_dialog.h"
#include "ui/document/document_controller.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QMenu>

namespace atlas::ui {

PrintActions::PrintActions(DocumentController* controller, MapCanvas* canvas, QWidget* window)
    : QObject(window), m_controller(controller), m_canvas(canvas), m_window(window), m_print(new QAction(this))
{
    m_print->setObjectName(QStringLiteral("printMapAction"));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &PrintActions::printDialog);
    window->installEventFilter(this);
    retranslate();
}

void PrintActions::populate(QMenu* fileMenu)
{
    const QList<QAction*> actions = fileMenu->actions();
    QAction* before = actions.isEmpty() ? nullptr : actions.last();
    fileMenu->insertAction(before, m_print);
    fileMenu->insertSeparator(before);
}

void PrintActions::printDialog()
{
    const gis::MapSettings& view = m_canvas->mapSettings();
    auto* dialog = new PrintMapDialog(m_controller->document(), m_controller->workingPath(), view.extent, view.crs,
                                      m_window);
    if (m_controller->isUntitled())  // its working file lives in a scratch folder
        dialog->setOutputPath(QDir::home().filePath(QStringLiteral("atlas-map.pdf")));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool PrintActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void PrintActions::retranslate()
{
    m_print->setText(tr("&Print map…"));
    m_print->setStatusTip(tr("Lay the current view out on a page with legend and scale, as PDF or PNG"));
}

}  // namespace atlas::ui
