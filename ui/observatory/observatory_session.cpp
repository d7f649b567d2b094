#include "ui/observatory/observatory_session.h"

#include "core/commands/observation_commands.h"
#include "gis/media/media_store.h"
#include "gis/store/observation_store.h"
#include "ui/document/document_controller.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <unistd.h>

namespace atlas::ui {

ObservatorySession::ObservatorySession(DocumentController* document, QObject* parent)
    : QObject(parent), m_document(document)
{
    connect(m_document, &DocumentController::documentReplaced, this, &ObservatorySession::reopen);
    connect(m_document, &DocumentController::copiedTo, this, &ObservatorySession::followCopy);
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
    m_undo.clear();  // another document: its history does not apply
    openStore(m_document->workingPath());
    emit changed();
}

void ObservatorySession::openStore(const QString& path)
{
    m_store.reset();
    m_media.reset();
    if (path.isEmpty())
        return;
    auto opened = gis::ObservationStore::open(path);
    if (!opened) {
        emit failed(opened.error().message());
        return;
    }
    m_store = opened.take();
    m_media = std::make_unique<gis::MediaStore>(path);
}

void ObservatorySession::followCopy(const QString& from, const QString& to)
{
    // Media files never change (named by their hash): hard links are instant and safe;
    // across file systems they are copied.
    const gis::MediaStore source(from), target(to);
    QStringList failures;
    for (QDirIterator it(source.folder(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString file = it.next();
        const QString copy = target.folder() + QLatin1Char('/') + QDir(source.folder()).relativeFilePath(file);
        if (QFileInfo::exists(copy))
            continue;
        QDir().mkpath(QFileInfo(copy).absolutePath());
        if (::link(QFile::encodeName(file).constData(), QFile::encodeName(copy).constData()) != 0 &&
            !QFile::copy(file, copy))
            failures << QFileInfo(file).fileName();
    }
    if (!failures.isEmpty())
        emit failed(tr("%n media file(s) could not be copied to %1", nullptr, int(failures.size())).arg(target.folder()));
    openStore(to);
    emit changed();
}

core::Result<core::Observation> ObservatorySession::saveObservation(const core::Observation& observation)
{
    if (!m_store)
        return core::Error{{}, {}, tr("no atlas is open")};
    return m_store->saveObservation(observation);
}

core::Status ObservatorySession::removeObservation(const QUuid& uuid)
{
    if (!m_store)
        return core::Error{{}, {}, tr("no atlas is open")};
    return m_store->removeObservation(uuid);
}

core::Result<core::Observation> ObservatorySession::observation(const QUuid& uuid)
{
    if (!m_store)
        return core::Error{{}, {}, tr("no atlas is open")};
    return m_store->observation(uuid);
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
    return m_store && pushChecked(new core::AddObservationCommand(*this, observation));
}

bool ObservatorySession::editObservation(const core::Observation& before, const core::Observation& after)
{
    return m_store && pushChecked(new core::EditObservationCommand(*this, before, after));
}

bool ObservatorySession::deleteObservation(const core::Observation& observation)
{
    return m_store && pushChecked(new core::DeleteObservationCommand(*this, observation));
}

}  // namespace atlas::ui
