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

QCommandLineOption option(const char* name, const char* help, const char* value)
{
    return value ? QCommandLineOption(QLatin1String(name), QLatin1String(help), QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), QLatin1String(help));
}

bool dateOption(const QCommandLineParser& p, const char* name, QDate& into)
{
    if (!p.isSet(QLatin1String(name)))
        return true;
    into = QDate::fromString(p.value(QLatin1String(name)), Qt::ISODate);
    if (!into.isValid())
        fail(QStringLiteral("--%1: '%2' is not a date (YYYY-MM-DD)").arg(QLatin1String(name), p.value(QLatin1String(name))));
    return into.isValid();
}

}  // namespace atlas::cli
