#include "ui/sync/sync_credentials.h"

#include <qt6keychain/keychain.h>

namespace atlas::ui {
namespace {

const QString kService = QStringLiteral("Atlas Territoires sync");

}  // namespace

SyncCredentials::SyncCredentials(QObject* parent) : QObject(parent) {}

QString SyncCredentials::key(const QString& server, const QString& user)
{
    return user + QLatin1Char('@') + server;
}

void SyncCredentials::keychainFailed(const QString& reason)
{
    m_keychain = false;
    m_problem = reason;
}

void SyncCredentials::load(const QString& server, const QString& user)
{
    const QString k = key(server, user);
    if (!m_keychain || m_memory.contains(k)) {
        const QString known = m_memory.value(k);
        QMetaObject::invokeMethod(this, [this, known] { emit loaded(known); }, Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // never a plain-text copy on disk
    job->setKey(k);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            emit loaded(job->textData());
            return;
        }
        if (job->error() != QKeychain::EntryNotFound)
            keychainFailed(job->errorString());
        emit loaded(QString());
    });
    job->start();
}

void SyncCredentials::store(const QString& server, const QString& user, const QString& password)
{
    const QString k = key(server, user);
    if (!m_keychain) {
        m_memory.insert(k, password);
        QMetaObject::invokeMethod(this, [this] { emit stored(false); }, Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(k);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, k, password] {
        if (job->error() == QKeychain::NoError) {
            m_memory.remove(k);
            emit stored(true);
            return;
        }
        keychainFailed(job->errorString());
        m_memory.insert(k, password);
        emit stored(false);
    });
    job->start();
}

void SyncCredentials::forget(const QString& server, const QString& user)
{
    const QString k = key(server, user);
    m_memory.remove(k);
    if (!m_keychain) {
        QMetaObject::invokeMethod(this, [this] { emit forgotten(true); }, Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(k);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        emit forgotten(job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound);
    });
    job->start();
}

}  // namespace atlas::ui
