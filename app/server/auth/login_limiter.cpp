#include "auth/login_limiter.h"

namespace atlas::server {

LoginLimiter::LoginLimiter(int maxFailures, std::chrono::seconds window)
    : m_maxFailures(maxFailures), m_window(window)
{
}

QString LoginLimiter::key(const QString& user, const QString& address)
{
    return user + QLatin1Char('\n') + address;
}

int LoginLimiter::retryAfter(const QString& user, const QString& address, Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_failures.find(key(user, address));
    if (it == m_failures.end())
        return 0;
    const auto elapsed = now - it->first;
    if (elapsed >= m_window) {
        m_failures.erase(it);
        return 0;
    }
    if (it->count < m_maxFailures)
        return 0;
    return int(std::chrono::duration_cast<std::chrono::seconds>(m_window - elapsed).count()) + 1;
}

void LoginLimiter::recordFailure(const QString& user, const QString& address, Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    Failures& f = m_failures[key(user, address)];
    if (f.count == 0 || now - f.first >= m_window)
        f = Failures{0, now};
    ++f.count;
}

void LoginLimiter::recordSuccess(const QString& user, const QString& address)
{
    std::lock_guard lock(m_mutex);
    m_failures.remove(key(user, address));
}

}  // namespace atlas::server
