#include "server_fixture.h"

#include "pg_cluster.h"
#include "support/test_support.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <httplib.h>

namespace atlas::test {

const char* backendName(Backend backend)
{
    return backend == Backend::SpatiaLite ? "spatialite" : "postgresql";
}

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
}

std::string Reply::header(const std::string& name) const
{
    const auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
}

std::map<std::string, std::string> seedCallers(ServerFixture& s, const QStringList& startArgs)
{
    for (const char* u : {"dehors", "lecteur", "contrib", "auteur", "anim"})
        s.addUser(QString::fromLatin1(u), QStringLiteral("pw"));
    s.addGroup("vallee");
    s.addMember("vallee", "lecteur", "reader");
    s.addMember("vallee", "contrib", "contributor");
    s.addMember("vallee", "auteur", "contributor");
    s.addMember("vallee", "anim", "animator");
    s.start(startArgs);
    std::map<std::string, std::string> tokens{{"", ""}};
    for (const char* u : {"dehors", "lecteur", "contrib", "auteur", "anim"})
        tokens[u] = s.login(u, "pw");
    return tokens;
}

std::string jsonText(const QJsonObject& json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString();
}

ServerFixture::ServerFixture(Backend backend) : m_backend(backend)
{
    if (backend == Backend::PostgreSql) {
        PgCluster& cluster = PgCluster::instance();
        INFO(cluster.error().toStdString());
        REQUIRE(cluster.running());
        m_databaseUrl = cluster.createDatabase();
        REQUIRE_FALSE(m_databaseUrl.isEmpty());
    }
}

ServerFixture::~ServerFixture()
{
    stop();
}

QStringList ServerFixture::storeArgs() const
{
    if (m_backend == Backend::PostgreSql)
        return {QStringLiteral("--database"), m_databaseUrl, QStringLiteral("--media"), m_dir.filePath(QStringLiteral("media"))};
    return {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data"))};
}

CommandResult ServerFixture::run(const QStringList& args) const
{
    return runProgram(QStringLiteral(ATLAS_SERVER_PATH), args + storeArgs());
}

CommandResult runProgram(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    CommandResult r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("(timed out)");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void ServerFixture::addUser(const QString& name, const QString& password)
{
    const QString file = m_dir.writeFile(QStringLiteral("password-%1").arg(name), password.toUtf8() + "\n");
    const CommandResult r = run({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--password-file"), file});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

void ServerFixture::addGroup(const QString& name)
{
    const CommandResult r = run({QStringLiteral("group"), QStringLiteral("add"), name});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

void ServerFixture::addMember(const QString& group, const QString& user, const QString& role)
{
    const CommandResult r = run({QStringLiteral("group"), QStringLiteral("member"), QStringLiteral("add"), group, user,
                                 QStringLiteral("--role"), role});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

void ServerFixture::start(const QStringList& extra)
{
    m_extra = extra;
    launch(0);
}

void ServerFixture::restart()
{
    REQUIRE(m_lastPort > 0);
    launch(m_lastPort);
}

void ServerFixture::launch(int port)
{
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::SeparateChannels);
    m_server->start(QStringLiteral(ATLAS_SERVER_PATH),
                    QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(port)} +
                        storeArgs() + m_extra);
    REQUIRE(m_server->waitForStarted(10000));
    static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray out;
    for (int waited = 0; waited < 30000 && m_port == 0; waited += 100) {
        m_server->waitForReadyRead(100);
        out += m_server->readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch())
            m_port = m.captured(1).toInt();
        if (m_server->state() == QProcess::NotRunning)
            break;
    }
    INFO(out.toStdString() << QString::fromUtf8(m_server->readAllStandardError()).toStdString());
    REQUIRE(m_port > 0);
}

void ServerFixture::stop()
{
    if (!m_server)
        return;
    m_server->terminate();
    if (!m_server->waitForFinished(10000)) {
        m_server->kill();
        m_server->waitForFinished();
    }
    m_server.reset();
    m_lastPort = m_port;
    m_port = 0;
}

void ServerFixture::kill()
{
    REQUIRE(m_server);
    m_server->kill();
    m_server->waitForFinished();
    m_server.reset();
    m_lastPort = m_port;
    m_port = 0;
}

QString ServerFixture::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

Reply ServerFixture::request(const std::string& method, const std::string& path, const std::string& body,
                             const std::string& token, const std::multimap<std::string, std::string>& headers,
                             const std::string& contentType) const
{
    httplib::Client client("127.0.0.1", m_port);
    client.set_read_timeout(60, 0);
    httplib::Headers h(headers.begin(), headers.end());
    if (!token.empty())
        h.emplace("Authorization", "Bearer " + token);
    httplib::Result res = [&] {
        if (method == "GET")
            return client.Get(path, h);
        if (method == "DELETE")
            return client.Delete(path, h);
        if (method == "PUT")
            return client.Put(path, h, body, contentType);
        return client.Post(path, h, body, contentType);
    }();
    Reply reply;
    if (!res)
        return reply;
    reply.status = res->status;
    reply.body = res->body;
    reply.headers.insert(res->headers.begin(), res->headers.end());
    return reply;
}

Reply ServerFixture::postJson(const std::string& path, const QJsonObject& body, const std::string& token) const
{
    return request("POST", path, jsonText(body), token);
}

std::string ServerFixture::login(const QString& user, const QString& password) const
{
    const Reply r = postJson("/api/login", QJsonObject{{"user", user}, {"password", password}});
    INFO(r.body);
    REQUIRE(r.status == 200);
    const std::string token = r.json().value("token").toString().toStdString();
    REQUIRE(token.size() == 64);
    return token;
}

}  // namespace atlas::test
