#pragma once
// The observatory of the open atlas: its store connection (UI thread), its undo stack and
// media folder. Edits go through undo commands; views hear `changed()` after each one.

#include "core/commands/observation_repository.h"
#include "core/model/observation.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

namespace atlas::core {
class ObservationCommand;
}

namespace atlas::gis {
class MediaStore;
class ObservationStore;
}  // namespace atlas::gis

namespace atlas::ui {

class DocumentController;

// The undo commands write through the session, not a store: after Save As the session
// points at the new file and the history stays valid.
class ObservatorySession : public QObject, public core::ObservationRepository {
    Q_OBJECT
public:
    explicit ObservatorySession(DocumentController* document, QObject* parent = nullptr);
    ~ObservatorySession() override;

    // Null while no atlas is open or when its observatory could not be opened.
    gis::ObservationStore* store() const { return m_store.get(); }
    const gis::MediaStore* media() const { return m_media.get(); }
    QUndoStack* undoStack() { return &m_undo; }
    // The atlas file the store writes (workers open their own connection on it).
    QString atlasPath() const;

    // core::ObservationRepository, on the current atlas file.
    core::Result<core::Observation> saveObservation(const core::Observation& observation) override;
    core::Status removeObservation(const QUuid& uuid) override;
    core::Result<core::Observation> observation(const QUuid& uuid) override;

    // Each edit is one undo step; false (after `failed`) when the atlas refused it.
    bool addObservation(const core::Observation& observation);
    bool editObservation(const core::Observation& before, const core::Observation& after);
    bool deleteObservation(const core::Observation& observation);

signals:
    // Fiches were added, edited, removed, or a new atlas was opened.
    void changed();
    void failed(const QString& message);

private:
    void reopen();
    // Save As: the media files go along, the store follows the new file, undo stays.
    void followCopy(const QString& from, const QString& to);
    void openStore(const QString& path);
    bool pushChecked(core::ObservationCommand* command);

    DocumentController* m_document;
    std::unique_ptr<gis::ObservationStore> m_store;
    std::unique_ptr<gis::MediaStore> m_media;
    QUndoStack m_undo;
};

}  // namespace atlas::ui
