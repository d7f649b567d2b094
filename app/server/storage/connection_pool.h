#pragma once
// Read connections of the server store, lent one per call so reads run side by side while
// writes stay serialised on the store's own connection. Opened on demand, kept for reuse.

#include "storage/sql_connection.h"

#include <functional>
#include <mutex>
#include <vector>

namespace atlas::server {

using ConnectionFactory = std::function<core::Result<std::unique_ptr<SqlConnection>>()>;

class ConnectionPool {
public:
    explicit ConnectionPool(ConnectionFactory factory);

    // A connection for the caller's scope; it goes back to the pool when the lease ends.
    class Lease {
    public:
        Lease(ConnectionPool* pool, std::unique_ptr<SqlConnection> conn) : m_pool(pool), m_conn(std::move(conn)) {}
        Lease(Lease&&) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        SqlConnection& operator*() const { return *m_conn; }
        SqlConnection* operator->() const { return m_conn.get(); }

    private:
        ConnectionPool* m_pool;
        std::unique_ptr<SqlConnection> m_conn;
    };

    core::Result<Lease> acquire();

private:
    void giveBack(std::unique_ptr<SqlConnection> conn);

    ConnectionFactory m_factory;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<SqlConnection>> m_idle;
};

}  // namespace atlas::server
