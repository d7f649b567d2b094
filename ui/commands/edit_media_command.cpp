#include "ui/commands/edit_media_command.h"

#include "gis/store/observation_store.h"

#include <QCoreApplication>

namespace atlas::ui {

EditMediaCommand::EditMediaCommand(std::function<gis::ObservationStore*()> store, core::MediaItem before,
                                   core::MediaItem after, std::function<void(const QString&)> written)
    : m_store(std::move(store)), m_before(std::move(before)), m_after(std::move(after)), m_written(std::move(written))
{
    setText(QCoreApplication::translate("atlas::ui", "Edit the details of %1").arg(m_after.fileName));
}

void EditMediaCommand::redo()
{
    write(m_after);
}

void EditMediaCommand::undo()
{
    write(m_before);
}

void EditMediaCommand::write(const core::MediaItem& item)
{
    gis::ObservationStore* store = m_store();
    QString error = QCoreApplication::translate("atlas::ui", "No atlas is open.");
    if (store) {
        const auto saved = store->saveMedia(item);
        error = saved ? QString() : saved.error().message();
    }
    m_written(error);
}

}  // namespace atlas::ui
