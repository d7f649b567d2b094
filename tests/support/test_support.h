#pragma once
// Include this instead of <catch2/catch.hpp>: it teaches Catch to print Qt strings.

#include <catch2/catch.hpp>

#include <QString>
#include <string>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value);
};
}  // namespace Catch
