#include "pg_cluster.h"

#include <QDir>
#include <QFile>
#include <arpa/inet.h>
#include <cstdlib>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace atlas::test {
namespace {

QString bin(const char* tool)
{
    return QStringLiteral(ATLAS_PG_BINDIR "/") + QString::fromLatin1(tool);
}

}  // namespace

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

PgCluster& PgCluster::instance()
{
    static PgCluster cluster;
    return cluster;
}

int PgCluster::runAsOwner(const QString& command) const
{
    // As root the cluster belongs to `postgres` (PostgreSQL refuses to run as root).
    const QString line = getuid() == 0 ? QStringLiteral("runuser -u postgres -- sh -c '%1'").arg(command) : command;
    return std::system(line.toLocal8Bit().constData());
}

PgCluster::PgCluster()
{
    QByteArray pattern = QDir::temp().filePath(QStringLiteral("atlas-pg-XXXXXX")).toLocal8Bit();
    if (!mkdtemp(pattern.data())) {
        m_error = QStringLiteral("cannot make a temporary folder for the cluster");
        return;
    }
    m_dir = QString::fromLocal8Bit(pattern);
    if (getuid() == 0) {
        const passwd* pw = getpwnam("postgres");
        if (!pw || chown(pattern.constData(), pw->pw_uid, pw->pw_gid) != 0) {
            m_error = QStringLiteral("no 'postgres' account to own the cluster (install postgresql-15)");
            return;
        }
    }
    m_port = freeLoopbackPort();
    const QString data = m_dir + QStringLiteral("/data");
    if (runAsOwner(QStringLiteral("%1 -D %2 -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >%3/initdb.log 2>&1")
                       .arg(bin("initdb"), data, m_dir))
        != 0) {
        m_error = QStringLiteral("initdb failed, see %1/initdb.log").arg(m_dir);
        return;
    }
    // Loopback only, sockets in our folder, durability off: the data is thrown away.
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                           "-c synchronous_commit=off -c full_page_writes=off")
                                .arg(m_port)
                                .arg(m_dir);
    if (runAsOwner(QStringLiteral("%1 -D %2 -o \"%3\" -l %4/server.log -w -t 60 start >/dev/null")
                       .arg(bin("pg_ctl"), data, options, m_dir))
        != 0)
        m_error = QStringLiteral("pg_ctl start failed, see %1/server.log").arg(m_dir);
}

PgCluster::~PgCluster()
{
    if (m_dir.isEmpty())
        return;
    if (m_port)
        runAsOwner(QStringLiteral("%1 -D %2/data -m immediate -w stop >/dev/null 2>&1").arg(bin("pg_ctl"), m_dir));
    QDir(m_dir).removeRecursively();
}

QString PgCluster::createDatabase()
{
    const QString name = QStringLiteral("atlas_test_%1").arg(++m_databases);
    if (runAsOwner(QStringLiteral("%1 -h 127.0.0.1 -p %2 -U postgres %3").arg(bin("createdb")).arg(m_port).arg(name)) != 0)
        return {};
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name);
}

}  // namespace atlas::test
