// The nginx example of docs/server.md, run: the fenced block is read from the document, given
// loopback ports, a self-signed certificate made with openssl and the test's folders, and put
// in front of a real atlas-server. Requests go through TLS; the server's links say https and
// keep the port; the plain-HTTP server redirects.

#include "server_fixture.h"
#include "pg_cluster.h"
#include "support/test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <httplib.h>
#include <unistd.h>

using namespace atlas::test;

namespace {

// The ```nginx block of docs/server.md.
QString documentedConfig()
{
    QFile doc(QStringLiteral(ATLAS_SOURCE_DIR "/docs/server.md"));
    if (!doc.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(doc.readAll());
    const auto m = QRegularExpression(QStringLiteral("```nginx\\n(.*?)```"), QRegularExpression::DotMatchesEverythingOption).match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

}  // namespace

TEST_CASE("server: the documented nginx TLS proxy serves atlas-server over https")
{
    ServerFixture s(Backend::SpatiaLite);
    s.addUser("anne", "pw");
    s.start();
    const TempDir& dir = s.dir();

    // A self-signed certificate for the loopback address.
    const CommandResult cert = runProgram("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                                                      "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                                                      "-keyout", dir.filePath("key.pem"), "-out", dir.filePath("cert.pem")});
    INFO(cert.err.toStdString());
    REQUIRE(cert.exitCode == 0);

    QString site = documentedConfig();
    REQUIRE(site.contains("proxy_pass http://127.0.0.1:8080;"));
    const int tlsPort = freeLoopbackPort(), plainPort = freeLoopbackPort();
    const std::map<QString, QString> replace{
        {"listen 443 ssl http2;", QStringLiteral("listen 127.0.0.1:%1 ssl http2;").arg(tlsPort)},
        {"listen 80;", QStringLiteral("listen 127.0.0.1:%1;").arg(plainPort)},
        {"/etc/letsencrypt/live/atlas.example.org/fullchain.pem", dir.filePath("cert.pem")},
        {"/etc/letsencrypt/live/atlas.example.org/privkey.pem", dir.filePath("key.pem")},
        {"proxy_pass http://127.0.0.1:8080;", QStringLiteral("proxy_pass http://127.0.0.1:%1;").arg(s.port())},
    };
    for (const auto& [from, to] : replace) {
        INFO(from.toStdString());
        REQUIRE(site.contains(from));
        site.replace(from, to);
    }
    // Around the documented server blocks: what a system nginx.conf gives, in the test folder.
    const QString nginxDir = dir.makeDir("nginx");
    const QString conf = QStringLiteral(
                             "%1worker_processes 1;\npid %2/nginx.pid;\nerror_log %2/error.log;\nevents { worker_connections 64; }\n"
                             "http {\n  access_log %2/access.log;\n  client_body_temp_path %2/body;\n  proxy_temp_path %2/proxy;\n"
                             "  fastcgi_temp_path %2/fastcgi;\n  uwsgi_temp_path %2/uwsgi;\n  scgi_temp_path %2/scgi;\n%3}\n")
                             .arg(geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), nginxDir, site);
    const QString confFile = dir.writeFile("nginx/nginx.conf", conf.toUtf8());
    const CommandResult check = runProgram("nginx", {"-t", "-p", nginxDir, "-e", nginxDir + "/error.log", "-c", confFile});
    INFO(conf.toStdString() << check.err.toStdString());
    REQUIRE(check.exitCode == 0);

    QProcess nginx;
    nginx.start("nginx", {"-p", nginxDir, "-e", nginxDir + "/error.log", "-c", confFile, "-g", "daemon off;"});
    REQUIRE(nginx.waitForStarted(10000));
    httplib::SSLClient client("127.0.0.1", tlsPort);
    client.set_ca_cert_path(dir.filePath("cert.pem").toStdString().c_str());
    client.enable_server_certificate_verification(true);
    client.set_read_timeout(30, 0);
    auto collections = client.Get("/collections");
    for (int i = 0; i < 100 && !collections; ++i) {  // until nginx listens
        QThread::msleep(100);
        collections = client.Get("/collections");
    }
    INFO(QString::fromUtf8(readAll(nginxDir + "/error.log")).toStdString());
    REQUIRE(collections);
    CHECK(collections->status == 200);
    const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(collections->body)).object();
    const QString self = body.value("links").toArray().first().toObject().value("href").toString();
    // The server saw https and the host with its port: its links work through the proxy.
    CHECK(self == QStringLiteral("https://127.0.0.1:%1/collections").arg(tlsPort));
    CHECK(body.value("collections").toArray().size() >= 4);

    const httplib::Result login = client.Post("/api/login", R"({"user": "anne", "password": "pw"})", "application/json");
    REQUIRE(login);
    CHECK(login->status == 200);
    CHECK(QJsonDocument::fromJson(QByteArray::fromStdString(login->body)).object().value("token").toString().size() == 64);

    httplib::Client plain("127.0.0.1", plainPort);
    const httplib::Result redirect = plain.Get("/collections");
    REQUIRE(redirect);
    CHECK(redirect->status == 301);
    CHECK(redirect->get_header_value("Location").rfind("https://", 0) == 0);

    nginx.terminate();
    CHECK(nginx.waitForFinished(10000));
}
