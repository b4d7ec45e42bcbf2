#include "CliCommands.h"

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
