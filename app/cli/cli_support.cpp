#include "cli_support.h"

#include <cstdio>

namespace atlas::cli {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const core::Error& error)
{
    return fail(error.message());
}

int fail(const QString& message)
{
    out().flush();
    err() << "atlas-cli: error: " << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
    return 1;
}

bool parseOrExplain(QCommandLineParser& parser, const QStringList& args, int positionalCount,
                    const QString& usage)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        fail(parser.errorText() + QStringLiteral(" (usage: atlas-cli %1)").arg(usage));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << "usage: atlas-cli " << usage << "\n" << parser.helpText() << Qt::flush;
        return false;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        fail(QStringLiteral("expected %1 argument(s) (usage: atlas-cli %2)").arg(positionalCount).arg(usage));
        return false;
    }
    return true;
}

}  // namespace atlas::cli
