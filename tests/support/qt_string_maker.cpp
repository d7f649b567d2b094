#include "support/test_support.h"

namespace Catch {

std::string StringMaker<QString>::convert(const QString& value)
{
    return '"' + value.toStdString() + '"';
}

}  // namespace Catch
