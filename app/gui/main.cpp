#include "main/DemoTownshipSetup.h"
#include "main/MainWindow.h"
#include "main/SettingsPage.h"
#include "regions/FirstRunWizard.h"
#include "users/UserDialog.h"
#include "users/LoginDialog.h"

#include "demo/DemoTownship.h"
#include "i18n/Translations.h"
#include "store/InstanceSettings.h"
#include "store/Store.h"
#include "users/UserRepository.h"

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
    const QCommandLineOption demo(u"demo"_s,
        QApplication::translate("main",
            "Open a demo township of synthetic people, made in a new store on first use (the "
            "demo store, or the store given with --db)."));
    parser.addOption(demo);
    parser.process(app);

    const QString path = parser.isSet(db)
        ? parser.value(db)
        : (parser.isSet(demo) ? DemoTownship::defaultPath() : Store::defaultPath());
    auto opened = Store::open(path);
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Township Ledger"), opened.error());
        return 1;
    }

    const InstanceSettings instance = InstanceSettings::load(*opened.value());
    if (parser.isSet(demo) && instance.isSetUp() && !instance.createdAsDemo) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Township Ledger"),
            QApplication::translate("main",
                "This store was set up for %1, not made as a demo: it is not opened as one.")
                .arg(instance.unitName));
        return 1;
    }
    if (!instance.isSetUp()) {
        if (parser.isSet(demo)) {
            if (!DemoTownshipSetup::run(nullptr, *opened.value()))
                return 0;
            opened = Store::open(path);
            if (!opened) {
                QMessageBox::critical(
                    nullptr, QApplication::translate("main", "Township Ledger"), opened.error());
                return 1;
            }
        } else {
            FirstRunWizard wizard(*opened.value());
            if (wizard.exec() != QDialog::Accepted)
                return 0;
        }
    }
    // The PC is shared: whoever works logs in, and the first start makes the administrator.
    if (UserRepository(*opened.value()).hasUsers()) {
        LoginDialog login(*opened.value());
        if (login.exec() != QDialog::Accepted)
            return 0;
    } else {
        UserDialog first(*opened.value(), UserDialog::Mode::FirstAdministrator);
        if (first.exec() != QDialog::Accepted)
            return 0;
    }
    MainWindow window(*opened.value());
    window.show();
    return app.exec();
}
