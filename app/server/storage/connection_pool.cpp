#include "storage/connection_pool.h"

namespace atlas::server {

ConnectionPool::ConnectionPool(ConnectionFactory factory) : m_factory(std::move(factory)) {}

ConnectionPool::Lease::~Lease()
{
    if (m_conn)
        m_pool->giveBack(std::move(m_conn));
}

core::Result<ConnectionPool::Lease> ConnectionPool::acquire()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            std::unique_ptr<SqlConnection> conn = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(this, std::move(conn));
        }
    }
    // No idle connection: open one more (outside the lock, opening takes a while). The number
    // open is bounded by the server's worker threads.
    auto conn = m_factory();
    if (!conn)
        return conn.error();
    return Lease(this, conn.take());
}

void ConnectionPool::giveBack(std::unique_ptr<SqlConnection> conn)
{
    std::lock_guard lock(m_mutex);
    m_idle.push_back(std::move(conn));
}

}  // namespace atlas::server
