#pragma once
// One real atlas-server for a test: a fresh store (SpatiaLite folder or a new database in the
// test PostgreSQL cluster), the admin commands run as a user would, the server started on a
// free loopback port, and HTTP requests with their status and JSON.

#include "support/temp_dir.h"

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <map>
#include <memory>
#include <string>

namespace atlas::test {

enum class Backend { SpatiaLite, PostgreSql };
const char* backendName(Backend backend);

struct Reply {
    int status = 0;  // 0: no answer at all
    std::string body;
    std::multimap<std::string, std::string> headers;
    QJsonObject json() const;
    std::string header(const std::string& name) const;
};

struct CommandResult {
    int exitCode = -1;
    QString out, err;
};

class ServerFixture {
public:
    explicit ServerFixture(Backend backend);
    ~ServerFixture();

    Backend backend() const { return m_backend; }
    // The store options (--data DIR or --database URL plus --media) the commands share.
    QStringList storeArgs() const;
    // Runs `atlas-server ARGS... <store options>` to the end.
    CommandResult run(const QStringList& args) const;

    // Admin shortcuts; each REQUIREs success.
    void addUser(const QString& name, const QString& password);
    void addGroup(const QString& name);
    void addMember(const QString& group, const QString& user, const QString& role);

    // Starts `atlas-server serve` on a free port and waits until it listens.
    void start(const QStringList& extra = {});
    void stop();
    // SIGKILL, as a crash or a power cut would: no transaction or file gets to finish.
    void kill();
    // Starts again on the port it had before stop() or kill() (clients keep their URL).
    void restart();
    // The PostgreSQL URL of the store (empty for SpatiaLite).
    const QString& databaseUrl() const { return m_databaseUrl; }
    int port() const { return m_port; }
    QString url() const;
    const TempDir& dir() const { return m_dir; }

    // One HTTP request; `token` adds "Authorization: Bearer TOKEN".
    Reply request(const std::string& method, const std::string& path, const std::string& body = {},
                  const std::string& token = {}, const std::multimap<std::string, std::string>& headers = {},
                  const std::string& contentType = "application/json") const;
    Reply get(const std::string& path, const std::string& token = {}) const { return request("GET", path, {}, token); }
    Reply postJson(const std::string& path, const QJsonObject& body, const std::string& token = {}) const;
    // Logs in; REQUIREs success and returns the token.
    std::string login(const QString& user, const QString& password) const;

private:
    Backend m_backend;
    TempDir m_dir;
    QString m_databaseUrl;
    std::unique_ptr<QProcess> m_server;
    QStringList m_extra;
    int m_port = 0;
    int m_lastPort = 0;

    void launch(int port);
};

// The group "vallee" the rights tests share: "lecteur" reader, "contrib" and "auteur"
// contributors, "anim" animator, and "dehors", an account in no group (passwords "pw"). Starts
// the server with `startArgs`; returns each account's token, and "" for anonymous.
std::map<std::string, std::string> seedCallers(ServerFixture& s, const QStringList& startArgs = {});

std::string jsonText(const QJsonObject& json);
// Runs `program args...` to the end (at most two minutes) and captures what it says.
CommandResult runProgram(const QString& program, const QStringList& args);

}  // namespace atlas::test
