#include "ui/observatory/observatory_session.h"

#include "core/commands/observation_commands.h"
#include "gis/media/media_store.h"
#include "gis/store/observation_store.h"
#include "ui/document/document_controller.h"

namespace atlas::ui {

ObservatorySession::ObservatorySession(DocumentController* document, QObject* parent)
    : QObject(parent), m_document(document)
{
    connect(m_document, &DocumentController::documentReplaced, this, &ObservatorySession::reopen);
    // Undo and redo write the store too: views refresh after every move on the stack.
    connect(&m_undo, &QUndoStack::indexChanged, this, &ObservatorySession::changed);
    reopen();
}

ObservatorySession::~ObservatorySession() = default;

QString ObservatorySession::atlasPath() const
{
    return m_store ? m_store->path() : QString();
}

void ObservatorySession::reopen()
{
    m_undo.clear();
    m_store.reset();
    m_media.reset();
    const QString path = m_document->workingPath();
    if (!path.isEmpty()) {
        auto opened = gis::ObservationStore::open(path);
        if (opened) {
            m_store = opened.take();
            m_media = std::make_unique<gis::MediaStore>(path);
        } else {
            emit failed(opened.error().message());
        }
    }
    emit changed();
}

bool ObservatorySession::pushChecked(core::ObservationCommand* command)
{
    QString error;
    command->setFailureReporter([this, &error](const core::Error& e) {
        error = e.message();
        emit failed(error);
    });
    m_undo.push(command);  // runs redo(); a refused first write leaves nothing on the stack
    // Later undo/redo failures are reported too, with no local to fill.
    if (m_undo.count() > 0 && m_undo.command(m_undo.index() - 1) == command)
        command->setFailureReporter([this](const core::Error& e) { emit failed(e.message()); });
    return error.isEmpty();
}

bool ObservatorySession::addObservation(const core::Observation& observation)
{
    return m_store && pushChecked(new core::AddObservationCommand(*m_store, observation));
}

bool ObservatorySession::editObservation(const core::Observation& before, const core::Observation& after)
{
    return m_store && pushChecked(new core::EditObservationCommand(*m_store, before, after));
}

bool ObservatorySession::removeObservation(const core::Observation& observation)
{
    return m_store && pushChecked(new core::DeleteObservationCommand(*m_store, observation));
}

}  // namespace atlas::ui
