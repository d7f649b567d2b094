#include "bench_command.h"

#include "auth/credentials.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <httplib.h>
#include <mutex>
#include <random>
#include <thread>

namespace atlas::server {
namespace {

using Clock = std::chrono::steady_clock;

enum Kind { Items, Item, List, Create, Photo, KindCount };
const char* kKindNames[] = {"items bbox", "read fiche", "group list", "create fiche", "upload 1 MB"};
int kWeights[] = {40, 25, 15, 15, 5};  // percent of requests; --only sets one to 100

struct Options {
    QString host = QStringLiteral("127.0.0.1");
    int port = 8080;
    QString user, group;
    QByteArray password;
    int clients = 50;
    int seconds = 60;
    int seed = 2000;
};

struct Samples {
    std::vector<double> ms[KindCount];
    long errors[KindCount] = {};
    std::string firstError;
};

QJsonObject randomFiche(std::mt19937& rng)
{
    std::uniform_real_distribution<double> lon(2.5, 6.4), lat(49.5, 51.5);
    static const char* kinds[] = {"landmark", "project", "realisation", "action"};
    return QJsonObject{{"kind", kinds[rng() % 4]},
                       {"title_fr", QStringLiteral("Fiche %1").arg(rng())},
                       {"description_fr", QStringLiteral("Observation de terrain pour le banc d'essai.")},
                       {"scope", rng() % 2 ? "public" : "group"},
                       {"status", "published"},
                       {"date_start", QDate(2020, 1, 1).addDays(int(rng() % 1500)).toString(Qt::ISODate)},
                       {"geometry", QJsonObject{{"type", "Point"}, {"coordinates", QJsonArray{lon(rng), lat(rng)}}}}};
}

std::string body(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

bool parse(const QStringList& args, Options& o)
{
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString& k = args[i];
        const QString& v = args[i + 1];
        if (k == QLatin1String("--url")) {
            const QUrl url(v);
            o.host = url.host();
            o.port = url.port(80);
        } else if (k == QLatin1String("--user")) {
            o.user = v;
        } else if (k == QLatin1String("--password-file")) {
            auto pw = readPasswordFile(v);
            if (!pw)
                return false;
            o.password = pw.value();
        } else if (k == QLatin1String("--group")) {
            o.group = v;
        } else if (k == QLatin1String("--clients")) {
            o.clients = v.toInt();
        } else if (k == QLatin1String("--seconds")) {
            o.seconds = v.toInt();
        } else if (k == QLatin1String("--seed")) {
            o.seed = v.toInt();
        } else if (k == QLatin1String("--only")) {
            // One kind of request only, e.g. to time bbox queries alone.
            const QStringList kinds{"items", "read", "list", "create", "upload"};
            if (!kinds.contains(v))
                return false;
            for (int i = 0; i < KindCount; ++i)
                kWeights[i] = i == kinds.indexOf(v) ? 100 : 0;
        } else {
            return false;
        }
    }
    return !o.user.isEmpty() && !o.group.isEmpty() && !o.password.isEmpty() && o.clients > 0 && o.seconds > 0;
}

}  // namespace

int runBench(const QStringList& args)
{
    Options o;
    if (!parse(args, o)) {
        std::fprintf(stderr, "usage: atlas-server bench --url http://HOST:PORT --user U --password-file F --group G "
                             "[--clients 50] [--seconds 60] [--seed 2000] [--only items|read|list|create|upload]\n");
        return 2;
    }
    httplib::Client login(o.host.toStdString(), o.port);
    auto res = login.Post("/api/login", body(QJsonObject{{"user", o.user}, {"password", QString::fromUtf8(o.password)}}),
                          "application/json");
    if (!res || res->status != 200) {
        std::fprintf(stderr, "atlas-server bench: cannot log in (%d)\n", res ? res->status : 0);
        return 1;
    }
    const std::string auth = "Bearer " + QJsonDocument::fromJson(QByteArray::fromStdString(res->body)).object().value("token").toString().toStdString();
    const httplib::Headers headers{{"Authorization", auth}};
    const std::string fichesPath = "/api/groups/" + o.group.toStdString() + "/fiches";

    // Seed fiches (not timed) with a few parallel writers; their uuids feed the reads.
    std::vector<std::string> uuids;
    std::mutex uuidsMutex;
    std::atomic<int> seeded{0};
    const auto seedStart = Clock::now();
    std::vector<std::thread> seeders;
    for (int t = 0; t < 8; ++t)
        seeders.emplace_back([&, t] {
            httplib::Client c(o.host.toStdString(), o.port);
            std::mt19937 rng(1000 + t);
            while (seeded.fetch_add(1) < o.seed) {
                auto r = c.Post(fichesPath, headers, body(randomFiche(rng)), "application/json");
                if (r && r->status == 201) {
                    std::lock_guard lock(uuidsMutex);
                    uuids.push_back(QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object().value("uuid").toString().toStdString());
                }
            }
        });
    for (auto& t : seeders)
        t.join();
    const double seedSeconds = std::chrono::duration<double>(Clock::now() - seedStart).count();
    std::printf("seeded %zu fiches in %.1f s (%.0f/s)\n", uuids.size(), seedSeconds, double(uuids.size()) / seedSeconds);

    Samples total;
    std::mutex totalMutex;
    const auto end = Clock::now() + std::chrono::seconds(o.seconds);
    std::vector<std::thread> clients;
    for (int t = 0; t < o.clients; ++t)
        clients.emplace_back([&, t] {
            httplib::Client c(o.host.toStdString(), o.port);
            // A request waiting for a free server thread is slow, not failed: the library's
            // 5 s write timeout cut 1 MB uploads queued behind 16 busy threads.
            c.set_read_timeout(60, 0);
            c.set_write_timeout(60, 0);
            std::mt19937 rng(t);
            std::uniform_real_distribution<double> lon(2.5, 6.2), lat(49.5, 51.3);
            std::string photo(1 << 20, '\0');
            Samples mine;
            while (Clock::now() < end) {
                int pick = int(rng() % 100), kind = 0;
                while (pick >= kWeights[kind])
                    pick -= kWeights[kind++];
                const auto start = Clock::now();
                int expected = 200;
                httplib::Result r = [&] {
                if (kind == Items) {
                    const double x = lon(rng), y = lat(rng);
                    const std::string bbox = std::to_string(x) + "," + std::to_string(y) + "," + std::to_string(x + 0.2) + "," + std::to_string(y + 0.2);
                    return c.Get("/collections/landmark/items?limit=50&bbox=" + bbox, headers);
                } else if (kind == Item) {
                    return c.Get("/api/fiches/" + uuids[rng() % uuids.size()], headers);
                } else if (kind == List) {
                    return c.Get(fichesPath + "?limit=20&offset=" + std::to_string(rng() % 1000), headers);
                } else if (kind == Create) {
                    expected = 201;
                    return c.Post(fichesPath, headers, body(randomFiche(rng)), "application/json");
                }
                for (size_t i = 0; i < photo.size(); i += 64)
                    photo[i] = char(rng());
                expected = 201;
                return c.Post("/api/groups/" + o.group.toStdString() + "/media", headers, photo, "image/jpeg");
                }();
                mine.ms[kind].push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
                if (!r || r->status != expected) {
                    ++mine.errors[kind];
                    if (mine.firstError.empty())
                        mine.firstError = std::string(kKindNames[kind]) + ": " + (r ? std::to_string(r->status) + " " + r->body : httplib::to_string(r.error()));
                }
            }
            std::lock_guard lock(totalMutex);
            for (int k = 0; k < KindCount; ++k) {
                total.ms[k].insert(total.ms[k].end(), mine.ms[k].begin(), mine.ms[k].end());
                total.errors[k] += mine.errors[k];
            }
            if (total.firstError.empty())
                total.firstError = mine.firstError;
        });
    for (auto& t : clients)
        t.join();

    std::vector<double> all;
    long errors = 0;
    std::printf("| request | count | p50 ms | p95 ms | p99 ms | errors |\n|---|---|---|---|---|---|\n");
    for (int k = 0; k < KindCount; ++k) {
        all.insert(all.end(), total.ms[k].begin(), total.ms[k].end());
        errors += total.errors[k];
        std::printf("| %s | %zu | %.1f | %.1f | %.1f | %ld |\n", kKindNames[k], total.ms[k].size(), percentile(total.ms[k], 0.5),
                    percentile(total.ms[k], 0.95), percentile(total.ms[k], 0.99), total.errors[k]);
    }
    std::printf("| **all** | %zu | %.1f | %.1f | %.1f | %ld |\n", all.size(), percentile(all, 0.5), percentile(all, 0.95),
                percentile(all, 0.99), errors);
    std::printf("throughput: %.0f requests/s over %d s with %d clients\n", double(all.size()) / o.seconds, o.seconds, o.clients);
    if (!total.firstError.empty())
        std::printf("first error: %s\n", total.firstError.substr(0, 300).c_str());
    return errors == 0 ? 0 : 1;
}

}  // namespace atlas::server
