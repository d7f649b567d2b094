#pragma once
// Keeps the sync password in the system keychain (Qt6Keychain), never in the atlas file;
// when no keychain service answers (e.g. offscreen CI), in memory for this session only.

#include <QHash>
#include <QObject>
#include <QString>

namespace atlas::ui {

class SyncCredentials : public QObject {
    Q_OBJECT
public:
    explicit SyncCredentials(QObject* parent = nullptr);

    // Reads the password of `user` on `server`; `loaded` follows (empty when none is known).
    void load(const QString& server, const QString& user);
    // Saves it; `stored` follows and tells where it went.
    void store(const QString& server, const QString& user, const QString& password);
    // Forgets it, in the keychain and in memory; `forgotten` follows (false: the keychain refused).
    void forget(const QString& server, const QString& user);
    // False once the keychain said it has no service (or failed): memory only from then on.
    bool keychainAvailable() const { return m_keychain; }
    // Why the keychain could not be used (empty while it works).
    const QString& keychainProblem() const { return m_problem; }

signals:
    void loaded(const QString& password);
    void stored(bool inKeychain);
    void forgotten(bool ok);

private:
    static QString key(const QString& server, const QString& user);
    void keychainFailed(const QString& reason);

    QHash<QString, QString> m_memory;
    bool m_keychain = true;
    QString m_problem;
};

}  // namespace atlas::ui
