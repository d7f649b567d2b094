#pragma once
// Slows down password guessing: after a few failed logins for one account from one address,
// further attempts are refused for a while. In memory: a restart forgets, which is fine.

#include <QHash>
#include <QString>
#include <chrono>
#include <mutex>

namespace atlas::server {

class LoginLimiter {
public:
    using Clock = std::chrono::steady_clock;
    LoginLimiter(int maxFailures = 5, std::chrono::seconds window = std::chrono::seconds(60));

    // Seconds to wait before `user` may try again from `address`; 0: may try now.
    int retryAfter(const QString& user, const QString& address, Clock::time_point now = Clock::now());
    void recordFailure(const QString& user, const QString& address, Clock::time_point now = Clock::now());
    void recordSuccess(const QString& user, const QString& address);

private:
    struct Failures {
        int count = 0;
        Clock::time_point first;
    };
    static QString key(const QString& user, const QString& address);

    int m_maxFailures;
    std::chrono::seconds m_window;
    std::mutex m_mutex;
    QHash<QString, Failures> m_failures;
};

}  // namespace atlas::server
