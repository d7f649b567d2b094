#pragma once
// The threads map renders run on: their own pool, not Qt's global one, which the
// UI thread's painter also waits on (smooth image scaling); a long render there
// would freeze the canvas.

class QThreadPool;

namespace atlas::gis {

QThreadPool* renderThreadPool();

}  // namespace atlas::gis
