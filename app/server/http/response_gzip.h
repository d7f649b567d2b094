#pragma once
// gzip for compressible answers (JSON, GeoJSON, text) of 1 KiB or more when the client accepts
// it, done by the server itself: the library would pick brotli whenever a client offers it,
// and Debian's build compresses brotli at its slowest setting (seconds per megabyte); it would
// also leave GeoJSON uncompressed. Photos and other binary answers go as they are.

#include <QByteArray>
#include <httplib.h>
#include <string>

namespace atlas::server {

// Takes over content encoding on `server` (pre- and post-routing handlers).
void installGzip(httplib::Server& server);

// True when an Accept-Encoding value accepts gzip (present and not "q=0").
bool acceptsGzip(const std::string& acceptEncoding);
// True for the content types worth compressing.
bool isCompressible(const std::string& contentType);
// The gzip stream of `data`; empty on failure.
std::string gzipBytes(const std::string& data);

}  // namespace atlas::server
