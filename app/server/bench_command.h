#pragma once
// `atlas-server bench`: a load client for a running server. N concurrent clients do a realistic
// mix (OGC items with bbox, single fiches, group lists, new fiches, 1 MB photos) for a while,
// then it prints throughput, latency percentiles and errors per kind of request.

#include <QStringList>

namespace atlas::server {

// `args` after "bench". Returns the exit status (1 when any request failed).
int runBench(const QStringList& args);

}  // namespace atlas::server
