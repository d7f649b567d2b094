#pragma once
// Shared plumbing of the atlas-cli commands: output streams, errors, option parsing.

#include "core/model/error.h"

#include <QCommandLineParser>
#include <QDate>
#include <optional>
#include <QStringList>
#include <QTextStream>

namespace atlas::cli {

QTextStream& out();
QTextStream& err();

// Prints "atlas-cli: error: ..." on one line and returns the exit status 1.
int fail(const core::Error& error);
int fail(const QString& message);

// Parses `args` (the command name first); on bad usage prints help and returns false.
bool parseOrExplain(QCommandLineParser& parser, const QStringList& args, int positionalCount,
                    const QString& usage);

// An option with a value when `value` is given, else a flag.
QCommandLineOption option(const char* name, const char* help, const char* value = nullptr);

// Parses an optional enum option; false (after printing why) when the value is unknown.
template <typename E>
bool enumOption(const QCommandLineParser& p, const char* name, std::optional<E> (*parse)(const QString&),
                std::optional<E>& into)
{
    if (!p.isSet(QLatin1String(name)))
        return true;
    into = parse(p.value(QLatin1String(name)));
    if (!into)
        fail(QStringLiteral("--%1: unknown value '%2'").arg(QLatin1String(name), p.value(QLatin1String(name))));
    return into.has_value();
}

// Parses an optional YYYY-MM-DD option; false (after printing why) when it is not a date.
bool dateOption(const QCommandLineParser& p, const char* name, QDate& into);

// Every command: `args` starts with the command name.
int runNew(const QStringList& args);
int runInfo(const QStringList& args);
int runRender(const QStringList& args);
int runImport(const QStringList& args);
int runLayer(const QStringList& args);
int runLayerAddBasemap(const QStringList& args);
int runRaster(const QStringList& args);
int runLayerNew(const QStringList& args);
int runObs(const QStringList& args);
int runMedia(const QStringList& args);
int runBench(const QStringList& args);
int runExportWeb(const QStringList& args);
int runExport(const QStringList& args);
int runBenchImport(const QStringList& args);
int runBenchRender(const QStringList& args);
int runPrint(const QStringList& args);
int runSync(const QStringList& args);
int runBenchSync(const QStringList& args);
int runActivity(const QStringList& args);
int runPublication(const QStringList& args);
int runExportStory(const QStringList& args);

}  // namespace atlas::cli
