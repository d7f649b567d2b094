#pragma once
// An error as a value: which file, where in it, and why.

#include <QString>

namespace atlas::core {

struct Error {
    QString file;      // the file or resource concerned, may be empty
    QString location;  // layer, feature, line or field, may be empty
    QString reason;    // what went wrong, in words a user understands

    // "file: location: reason", skipping empty parts.
    QString message() const;
};

}  // namespace atlas::core
