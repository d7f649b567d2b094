#pragma once
// Runs the atlas-cli built alongside the tests and captures what it says.

#include <QString>
#include <QStringList>

namespace atlas::test {

struct CliResult {
    bool finished = false;  // false: it crashed or hung (and was killed)
    int exitCode = -1;
    QString out;
    QString err;

    // Non-empty stderr lines.
    QStringList errorLines() const;
    // For INFO(): the command's exit status and both streams.
    std::string describe() const;
};

// Runs `atlas-cli args...` in `workingDir` (default: the current one), at most 2 minutes.
CliResult runCli(const QStringList& args, const QString& workingDir = {});

// A committed fixture file under tests/data.
QString dataFile(const QString& name);
// A file in this test's build folder, where artefacts are kept for inspection.
QString outputFile(const QString& name);

}  // namespace atlas::test
