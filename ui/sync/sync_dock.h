#pragma once
// The sync panel: server URL, login (password in the system keychain, never in the atlas),
// working group, "Sync now" with progress and cancel (the sync runs in a worker thread),
// automatic sync while online, and the conflicts to review.

#include <QDockWidget>
#include <QThread>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMainWindow;
class QProgressBar;
class QPushButton;

namespace atlas::ui {

class ObservatorySession;
class SyncConflictsView;
class SyncCredentials;
class SyncWorker;

class SyncDock : public QDockWidget {
    Q_OBJECT
public:
    explicit SyncDock(ObservatorySession* session, QWidget* parent = nullptr);
    ~SyncDock() override;
    static SyncDock* install(ObservatorySession* session, QMainWindow* window);

    // Logs in with the fields' server, user and password (the keychain's when left empty).
    void logIn();
    // Starts a sync of the open atlas; false (with the reason shown) when it cannot start.
    bool syncNow();
    void cancel();
    bool isSyncing() const { return m_syncing; }
    bool isLoggedIn() const { return m_loggedIn; }
    void setAutoSyncInterval(int ms) { m_autoTimer.setInterval(ms); }
    // Operations per push and records per pull page (small in tests, to have steps to cancel at).
    void setBatchSize(int batch) { m_batch = batch; }

    QLineEdit* serverEdit() const { return m_server; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* loginButton() const { return m_login; }
    QComboBox* groupBox() const { return m_group; }
    QPushButton* syncButton() const { return m_sync; }
    QPushButton* cancelButton() const { return m_cancel; }
    QCheckBox* autoSyncBox() const { return m_auto; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* keychainLabel() const { return m_keychainNote; }
    SyncConflictsView* conflictsView() const { return m_conflicts; }

signals:
    void loginFinished(bool ok);
    void syncFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void atlasChanged();
    void startLogin(const QString& password);
    void loggedIn(const QStringList& groups);
    void finished(int pushed, int pulled, int conflicts, bool cancelled);
    void failed(const QString& message);
    void autoSync();
    void setSyncing(bool syncing);
    void showStatus(const QString& text, bool error = false);

    ObservatorySession* m_session;
    SyncCredentials* m_credentials;
    QThread m_thread;
    SyncWorker* m_worker;
    QLabel* m_serverLabel;
    QLabel* m_userLabel;
    QLabel* m_passwordLabel;
    QLabel* m_groupLabel;
    QLabel* m_conflictsLabel;
    QLineEdit* m_server;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QPushButton* m_login;
    QLabel* m_keychainNote;
    QComboBox* m_group;
    QPushButton* m_sync;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QCheckBox* m_auto;
    SyncConflictsView* m_conflicts;
    QTimer m_autoTimer;
    QString m_atlasPath;
    QString m_loginPassword;  // of the login under way, until the keychain has it
    QString m_targetGroup;    // the group this atlas synced with last
    bool m_loggedIn = false;
    bool m_syncing = false;
    int m_batch = 1000;
};

}  // namespace atlas::ui
