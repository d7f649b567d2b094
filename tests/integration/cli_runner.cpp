#include "cli_runner.h"

#include <QDir>
#include <QProcess>

namespace atlas::test {

QStringList CliResult::errorLines() const
{
    return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

std::string CliResult::describe() const
{
    return "finished=" + std::to_string(finished) + " exit=" + std::to_string(exitCode) +
           "\nstdout:\n" + out.toStdString() + "\nstderr:\n" + err.toStdString();
}

CliResult runCli(const QStringList& args, const QString& workingDir)
{
    QProcess p;
    p.setProgram(QStringLiteral(ATLAS_CLI_PATH));
    p.setArguments(args);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start();
    CliResult r;
    if (!p.waitForStarted(30000))
        return r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.finished = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString dataFile(const QString& name)
{
    return QDir::cleanPath(QStringLiteral(ATLAS_TEST_DATA_DIR "/") + name);
}

QString outputFile(const QString& name)
{
    return QDir::cleanPath(QStringLiteral(ATLAS_TEST_OUTPUT_DIR "/") + name);
}

}  // namespace atlas::test
