#pragma once
// Lets Catch print core::Extent in failure messages. Header-only on purpose: the
// support library stays free of atlas_core; only binaries that link it include this.

#include "core/model/extent.h"
#include "support/test_support.h"

namespace Catch {
template <>
struct StringMaker<atlas::core::Extent> {
    static std::string convert(const atlas::core::Extent& e)
    {
        return e.isNull() ? std::string("Extent(null)") : "Extent(" + e.toString().toStdString() + ")";
    }
};
}  // namespace Catch
