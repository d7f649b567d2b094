#pragma once
// A throw-away PostgreSQL 15 cluster for the tests: initdb in a temporary folder, pg_ctl start
// on a free loopback port (as the `postgres` user when run as root), one fresh database per
// test, stopped and removed when the test program ends. Nothing is installed at run time.

#include <QString>

namespace atlas::test {

class PgCluster {
public:
    // The cluster of this test program, started on first use; empty error when running.
    static PgCluster& instance();
    ~PgCluster();

    bool running() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    int port() const { return m_port; }
    // Creates a new empty database and returns its postgresql:// URL.
    QString createDatabase();

private:
    PgCluster();
    // Runs a shell command as the cluster's owner; its exit status.
    int runAsOwner(const QString& command) const;

    QString m_dir;
    int m_port = 0;
    int m_databases = 0;
    QString m_error;
};

// A TCP port free on 127.0.0.1 at the time of the call.
int freeLoopbackPort();

}  // namespace atlas::test
