#include "ui/window/export_actions.h"

#include "ui/dialogs/export_web_dialog.h"
#include "ui/document/document_controller.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QMenu>

namespace atlas::ui {

ExportActions::ExportActions(DocumentController* controller, QWidget* window)
    : QObject(window), m_controller(controller), m_window(window), m_exportWeb(new QAction(this))
{
    m_exportWeb->setObjectName(QStringLiteral("exportWebAction"));
    m_exportWeb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportWeb, &QAction::triggered, this, &ExportActions::exportWebDialog);
    window->installEventFilter(this);
    retranslate();
}

void ExportActions::populate(QMenu* fileMenu)
{
    const QList<QAction*> actions = fileMenu->actions();
    QAction* before = actions.isEmpty() ? nullptr : actions.last();
    fileMenu->insertAction(before, m_exportWeb);
    fileMenu->insertSeparator(before);
}

void ExportActions::exportWebDialog()
{
    auto* dialog = new ExportWebDialog(m_controller->document(), m_controller->workingPath(), m_window);
    if (m_controller->isUntitled())  // its working file lives in a scratch folder
        dialog->setOutputDir(QDir::home().filePath(QStringLiteral("atlas-web")));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool ExportActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ExportActions::retranslate()
{
    m_exportWeb->setText(tr("&Export interactive map…"));
    m_exportWeb->setStatusTip(tr("Write the map as a web page that opens anywhere, offline"));
}

}  // namespace atlas::ui
