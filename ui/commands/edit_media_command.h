#pragma once
// One undoable edit of a media item's details (title, caption, credits, licence, date).

#include "core/model/media_item.h"

#include <QUndoCommand>
#include <functional>

namespace atlas::gis {
class ObservationStore;
}

namespace atlas::ui {

class EditMediaCommand : public QUndoCommand {
public:
    // `store` returns the current store (it follows Save As); `written` runs after each write.
    EditMediaCommand(std::function<gis::ObservationStore*()> store, core::MediaItem before, core::MediaItem after,
                     std::function<void(const QString& error)> written);

    void redo() override;
    void undo() override;

private:
    void write(const core::MediaItem& item);

    std::function<gis::ObservationStore*()> m_store;
    core::MediaItem m_before, m_after;
    std::function<void(const QString&)> m_written;
};

}  // namespace atlas::ui
