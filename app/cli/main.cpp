#include "CliCommands.h"

#include "i18n/Translations.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    // A PDF export draws with fonts, which needs a QGuiApplication; the tool never shows a
    // window, so it needs no display either.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_LINUX
    // Without a session (cron, ssh, CI) Qt would warn on stderr that XDG_RUNTIME_DIR is not set,
    // and a refusal must stay one line there: give it the private folder it would pick itself.
    if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-")
                + qEnvironmentVariable("USER", QStringLiteral("cli"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
#endif
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TownshipLedger"));
    QCoreApplication::setApplicationName(QStringLiteral("township-ledger"));
    // The tool speaks the terminal's language: Chinese on a Chinese system, English elsewhere.
    Translations::install(app, QLocale::system().language() == QLocale::Chinese
                                  ? Translations::defaultLanguage()
                                  : QStringLiteral("en"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CliCommands(out, err).run(app.arguments().mid(1));
}
