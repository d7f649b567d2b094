#pragma once
// Result<T>: a value or an Error, so failures travel with their context.

#include "core/model/error.h"

#include <utility>
#include <variant>

namespace atlas::core {

template <typename T>
class Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() { return std::get<T>(m_state); }
    const T& value() const { return std::get<T>(m_state); }
    T take() { return std::move(std::get<T>(m_state)); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but may fail.
struct Done {};
using Status = Result<Done>;

}  // namespace atlas::core
