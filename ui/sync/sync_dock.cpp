#include "ui/sync/sync_dock.h"

#include "gis/store/observation_store.h"
#include "gis/sync/sync_local_state.h"
#include "ui/docks/dock_placement.h"
#include "ui/observatory/observatory_session.h"
#include "ui/sync/sync_conflicts_view.h"
#include "ui/sync/sync_credentials.h"
#include "ui/sync/sync_worker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QNetworkInformation>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace atlas::ui {
namespace {

constexpr int kAutoSyncMs = 5 * 60 * 1000;

QString userSettingKey(const QString& server)
{
    return QStringLiteral("sync/user/") + QString::fromLatin1(server.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

// False only when the system knows it is offline; without a network backend, try anyway.
bool online()
{
    if (!QNetworkInformation::instance())
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    const QNetworkInformation* info = QNetworkInformation::instance();
    return !info || info->reachability() != QNetworkInformation::Reachability::Disconnected;
}

}  // namespace

SyncDock::SyncDock(ObservatorySession* session, QWidget* parent)
    : QDockWidget(parent), m_session(session), m_credentials(new SyncCredentials(this)), m_worker(new SyncWorker),
      m_serverLabel(new QLabel(this)), m_userLabel(new QLabel(this)), m_passwordLabel(new QLabel(this)),
      m_groupLabel(new QLabel(this)), m_conflictsLabel(new QLabel(this)), m_server(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_login(new QPushButton(this)),
      m_keychainNote(new QLabel(this)), m_group(new QComboBox(this)), m_sync(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_auto(new QCheckBox(this)), m_conflicts(new SyncConflictsView(session, this))
{
    setObjectName(QStringLiteral("SyncDock"));
    m_password->setEchoMode(QLineEdit::Password);
    m_server->setPlaceholderText(QStringLiteral("https://"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();
    m_status->setWordWrap(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_cancel->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_login);
    form->addRow(m_groupLabel, m_group);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_sync);
    actions->addWidget(m_cancel);
    actions->addStretch(1);
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->addLayout(form);
    layout->addWidget(m_keychainNote);
    layout->addLayout(actions);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_auto);
    layout->addWidget(m_conflictsLabel);
    layout->addWidget(m_conflicts, 1);
    setWidget(body);

    // The worker lives in its own thread: the HTTP calls block there, never here.
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    connect(m_worker, &SyncWorker::loggedIn, this, &SyncDock::loggedIn);
    connect(m_worker, &SyncWorker::loginFailed, this, [this](const QString& message) {
        m_login->setEnabled(true);
        showStatus(tr("Login failed: %1").arg(message), true);
        emit loginFinished(false);
    });
    connect(m_worker, &SyncWorker::progress, this, [this](const QString& step, qint64 done, qint64 total) {
        m_progress->setRange(0, total > 0 ? int(total) : 0);  // no total: a busy bar
        if (total > 0)
            m_progress->setValue(int(done));
        showStatus(total > 0 ? tr("%1: %2 of %3").arg(step).arg(done).arg(total) : tr("%1…").arg(step));
    });
    connect(m_worker, &SyncWorker::finished, this, &SyncDock::finished);
    connect(m_worker, &SyncWorker::failed, this, &SyncDock::failed);
    connect(m_credentials, &SyncCredentials::stored, this, [this](bool inKeychain) {
        m_keychainNote->setVisible(!inKeychain);
    });

    connect(m_login, &QPushButton::clicked, this, &SyncDock::logIn);
    connect(m_password, &QLineEdit::returnPressed, this, &SyncDock::logIn);
    connect(m_sync, &QPushButton::clicked, this, &SyncDock::syncNow);
    connect(m_cancel, &QPushButton::clicked, this, &SyncDock::cancel);
    m_autoTimer.setInterval(kAutoSyncMs);
    connect(&m_autoTimer, &QTimer::timeout, this, &SyncDock::autoSync);
    connect(m_auto, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_autoTimer.start();
        else
            m_autoTimer.stop();
    });
    connect(m_session, &ObservatorySession::changed, this, &SyncDock::atlasChanged);
    connect(m_conflicts, &SyncConflictsView::failed, this, [this](const QString& m) { showStatus(m, true); });
    // The conflict is closed after the edit that keeps a value: the fiche states are read again.
    connect(m_conflicts, &SyncConflictsView::resolved, m_session, &ObservatorySession::changed);
    retranslate();
    atlasChanged();
}

SyncDock::~SyncDock()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

SyncDock* SyncDock::install(ObservatorySession* session, QMainWindow* window)
{
    auto* dock = new SyncDock(session, window);
    addBesideObservations(window, dock);
    return dock;
}

void SyncDock::atlasChanged()
{
    const QString path = m_session->atlasPath();
    if (path != m_atlasPath) {
        m_atlasPath = path;
        m_targetGroup.clear();
        // The server and group this atlas synced with last (never its credentials).
        if (gis::ObservationStore* store = m_session->store())
            if (auto target = gis::SyncLocalState(store->database()).target(); target && !target.value().first.isEmpty()) {
                m_server->setText(target.value().first);
                m_targetGroup = target.value().second;
                m_user->setText(QSettings().value(userSettingKey(target.value().first)).toString());
            }
    }
    m_conflicts->reload();
    m_sync->setEnabled(!m_syncing && !m_atlasPath.isEmpty());
}

void SyncDock::logIn()
{
    const QUrl url(m_server->text().trimmed());
    if (!url.isValid() || !url.scheme().startsWith(QLatin1String("http")) || url.host().isEmpty()) {
        showStatus(tr("The server address must start with http:// or https://"), true);
        emit loginFinished(false);
        return;
    }
    if (m_user->text().trimmed().isEmpty()) {
        showStatus(tr("Enter your account name."), true);
        emit loginFinished(false);
        return;
    }
    m_login->setEnabled(false);
    if (!m_password->text().isEmpty()) {
        startLogin(m_password->text());
        return;
    }
    // No password typed: the keychain's (or this session's), if it has one.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_credentials, &SyncCredentials::loaded, this, [this, connection](const QString& password) {
        disconnect(*connection);
        if (password.isEmpty()) {
            m_login->setEnabled(true);
            m_keychainNote->setVisible(!m_credentials->keychainAvailable());
            showStatus(tr("Enter your password."), true);
            emit loginFinished(false);
            return;
        }
        startLogin(password);
    });
    m_credentials->load(url.toString(), m_user->text().trimmed());
}

void SyncDock::startLogin(const QString& password)
{
    const QUrl url(m_server->text().trimmed());
    const QString user = m_user->text().trimmed();
    m_loginPassword = password;
    showStatus(tr("Logging in…"));
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, url, user, password] { worker->login(url, user, password); },
                              Qt::QueuedConnection);
}

void SyncDock::loggedIn(const QStringList& groups)
{
    const QString server = QUrl(m_server->text().trimmed()).toString();
    const QString user = m_user->text().trimmed();
    m_credentials->store(server, user, m_loginPassword);
    m_loginPassword.clear();
    m_password->clear();
    QSettings().setValue(userSettingKey(server), user);
    m_loggedIn = true;
    m_login->setEnabled(true);
    const QString keep = m_group->currentText().isEmpty() ? m_targetGroup : m_group->currentText();
    m_group->clear();
    m_group->addItems(groups);
    if (groups.contains(keep))
        m_group->setCurrentText(keep);
    showStatus(groups.isEmpty() ? tr("Logged in, but the account is in no working group.")
                                : tr("Logged in as %1.").arg(user));
    emit loginFinished(true);
}

bool SyncDock::syncNow()
{
    if (m_syncing)
        return false;
    const auto refuse = [this](const QString& why) {
        showStatus(why, true);
        return false;
    };
    if (m_atlasPath.isEmpty())
        return refuse(tr("Open an atlas first."));
    if (!m_loggedIn)
        return refuse(tr("Log in to the server first."));
    if (m_group->currentText().isEmpty())
        return refuse(tr("Choose a working group."));
    setSyncing(true);
    showStatus(tr("Syncing…"));
    m_worker->rearm();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, path = m_atlasPath, group = m_group->currentText(), batch = m_batch] {
            worker->sync(path, group, batch);
        },
        Qt::QueuedConnection);
    return true;
}

void SyncDock::cancel()
{
    if (!m_syncing)
        return;
    m_worker->cancel();
    m_cancel->setEnabled(false);
    showStatus(tr("Cancelling after the current step…"));
}

void SyncDock::finished(int pushed, int pulled, int conflicts, bool cancelled)
{
    setSyncing(false);
    const QString summary = tr("%n change(s) sent, ", nullptr, pushed) + tr("%n received, ", nullptr, pulled) +
                            tr("%n new conflict(s).", nullptr, conflicts);
    showStatus(cancelled ? tr("Sync cancelled; what was done is kept (%1)").arg(summary)
                         : tr("Synced: %1").arg(summary));
    // The worker wrote through its own connection: the views read the atlas again.
    emit m_session->changed();
    emit syncFinished(true);
}

void SyncDock::failed(const QString& message)
{
    setSyncing(false);
    showStatus(tr("Sync failed: %1").arg(message), true);
    emit m_session->changed();  // steps before the failure are committed
    emit syncFinished(false);
}

void SyncDock::autoSync()
{
    if (m_syncing || !m_loggedIn)
        return;
    if (!online()) {
        showStatus(tr("Offline: the next automatic sync waits for the network."));
        return;
    }
    syncNow();
}

void SyncDock::setSyncing(bool syncing)
{
    m_syncing = syncing;
    m_sync->setEnabled(!syncing && !m_atlasPath.isEmpty());
    m_cancel->setEnabled(syncing);
    m_login->setEnabled(!syncing);
    m_group->setEnabled(!syncing);
    if (syncing) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
    }
}

void SyncDock::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void SyncDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void SyncDock::retranslate()
{
    setWindowTitle(tr("Sync"));
    m_serverLabel->setText(tr("Server"));
    m_userLabel->setText(tr("Account"));
    m_passwordLabel->setText(tr("Password"));
    m_groupLabel->setText(tr("Working group"));
    m_conflictsLabel->setText(tr("Conflicts to review"));
    m_login->setText(tr("Log in"));
    m_sync->setText(tr("Sync now"));
    m_cancel->setText(tr("Cancel"));
    m_auto->setText(tr("Sync automatically when online"));
    m_keychainNote->setText(tr("No keychain service is available: the password is kept in memory for this session "
                               "only and asked again next time."));
    m_password->setToolTip(tr("Kept in the system keychain, never in the atlas file."));
}

}  // namespace atlas::ui
