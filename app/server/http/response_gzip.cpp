#include "http/response_gzip.h"

#include <QString>
#include <QStringList>
#include <zlib.h>

namespace atlas::server {
namespace {

// Set by the pre-routing handler, in place of Accept-Encoding, for the post-routing one.
constexpr const char* kGzipWanted = "X-Atlas-Internal-Gzip";
constexpr size_t kMinimumSize = 1024;

}  // namespace

bool acceptsGzip(const std::string& acceptEncoding)
{
    for (const QString& item : QString::fromStdString(acceptEncoding).split(QLatin1Char(','))) {
        const QStringList parts = item.split(QLatin1Char(';'));
        const QString coding = parts.first().trimmed().toLower();
        if (coding != QLatin1String("gzip") && coding != QLatin1String("*"))
            continue;
        bool refused = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString p = parts[i].trimmed().remove(QLatin1Char(' '));
            if (p.startsWith(QLatin1String("q=")) && p.mid(2).toDouble() <= 0)
                refused = true;
        }
        if (!refused)
            return true;
    }
    return false;
}

bool isCompressible(const std::string& contentType)
{
    return contentType.rfind("text/", 0) == 0 || contentType.find("json") != std::string::npos
        || contentType.find("xml") != std::string::npos;
}

std::string gzipBytes(const std::string& data)
{
    z_stream z{};
    // 31: a gzip header and trailer; level 6, the usual balance of size and speed.
    if (deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    std::string out(deflateBound(&z, uLong(data.size())), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : std::string();
}

void installGzip(httplib::Server& server)
{
    server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response&) {
        // The request object is the library's own, not a const one: taking Accept-Encoding
        // away is how the library is kept from compressing (with brotli) on its own.
        auto& request = const_cast<httplib::Request&>(req);
        const bool gzip = acceptsGzip(request.get_header_value("Accept-Encoding"));
        request.headers.erase("Accept-Encoding");
        request.headers.erase(kGzipWanted);
        if (gzip)
            request.headers.emplace(kGzipWanted, "1");
        return httplib::Server::HandlerResponse::Unhandled;
    });
    server.set_post_routing_handler([](const httplib::Request& req, httplib::Response& res) {
        if (!req.has_header(kGzipWanted) || !req.ranges.empty() || res.body.size() < kMinimumSize
            || res.has_header("Content-Encoding") || !isCompressible(res.get_header_value("Content-Type")))
            return;
        std::string packed = gzipBytes(res.body);
        if (packed.empty() || packed.size() >= res.body.size())
            return;
        res.body = std::move(packed);
        res.headers.erase("Content-Length");
        res.set_header("Content-Length", std::to_string(res.body.size()));
        res.set_header("Content-Encoding", "gzip");
        res.set_header("Vary", "Accept-Encoding");
    });
}

}  // namespace atlas::server
