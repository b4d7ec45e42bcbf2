#include "main/MainWindow.h"
#include "main/SettingsPage.h"
#include "regions/FirstRunWizard.h"

#include "i18n/Translations.h"
#include "store/InstanceSettings.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"TownshipLedger"_s);
    QApplication::setApplicationName(u"township-ledger"_s);
    QApplication::setApplicationVersion(QStringLiteral(TL_VERSION));
    Translations::install(app, SettingsPage::savedLanguage());
    QApplication::setApplicationDisplayName(QApplication::translate("MainWindow", "Township Ledger"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(u"db"_s, QApplication::translate("main", "Open the store at PATH."), u"PATH"_s);
    parser.addOption(db);
    parser.process(app);

    auto opened = Store::open(parser.isSet(db) ? parser.value(db) : Store::defaultPath());
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Township Ledger"), opened.error());
        return 1;
    }
    Store &store = *opened.value();
    store.setUserName(SettingsPage::savedUserName());

    if (!InstanceSettings::load(store).isSetUp()) {
        FirstRunWizard wizard(store);
        if (wizard.exec() != QDialog::Accepted)
            return 0;
    }
    MainWindow window(store);
    window.show();
    return app.exec();
}
