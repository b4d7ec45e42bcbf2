#include "TestSupport.h"

#include "i18n/Translations.h"
#include "users/UserDialog.h"
#include "users/IdleLock.h"
#include "users/LoginDialog.h"
#include "users/UserRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

void saveScreenshot(QWidget &widget, const QString &name)
{
    // Set TL_SCREENSHOT_DIR to look at the dialogs.
    if (const QString dir = qEnvironmentVariable("TL_SCREENSHOT_DIR"); !dir.isEmpty())
        widget.grab().save(dir + u'/' + name);
}

} // namespace

TEST_CASE("the first start makes the administrator, who is then the one working")
{
    TownshipStore t;
    Translations::install(*qApp, u"zh_CN"_s);
    UserDialog dialog(*t.store, UserDialog::Mode::FirstAdministrator);
    dialog.show();
    saveScreenshot(dialog, u"first-administrator.png"_s);
    Translations::install(*qApp, u"en"_s);
    typeText(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"王站长"_s);
    typeText(dialog.findChild<QLineEdit *>(u"passwordEdit"_s), u"zhanzhang2022"_s);
    typeText(dialog.findChild<QLineEdit *>(u"repeatEdit"_s), u"zhanzhang2021"_s);
    dialog.findChild<QPushButton *>(u"saveButton"_s)->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.findChild<QLabel *>(u"messageLabel"_s)->text().contains(u"differ"_s));
    CHECK_FALSE(UserRepository(*t.store).hasUsers());

    typeText(dialog.findChild<QLineEdit *>(u"repeatEdit"_s), u"zhanzhang2022"_s);
    dialog.findChild<QPushButton *>(u"saveButton"_s)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(t.store->user().name == u"王站长"_s);
    CHECK(t.store->user().role == Role::Administrator);
}

TEST_CASE("logging in asks the password of the user chosen, and says why it is refused")
{
    TownshipStore t;
    UserRepository users(*t.store);
    REQUIRE(users.add(u"王站长"_s, Role::Administrator, u"zhanzhang2022"_s).ok());
    REQUIRE(users.add(u"李会计"_s, Role::Clerk, u"kuaiji2022"_s).ok());

    LoginDialog login(*t.store);
    login.show();
    auto *user = login.findChild<QComboBox *>(u"userComboBox"_s);
    REQUIRE(user->count() == 2);
    user->setCurrentIndex(user->findData(u"李会计"_s));
    auto *password = login.findChild<QLineEdit *>(u"passwordEdit"_s);
    CHECK(password->echoMode() == QLineEdit::Password);
    typeText(password, u"wrong-password"_s);
    login.findChild<QPushButton *>(u"logInButton"_s)->click();
    CHECK(login.isVisible());
    CHECK(login.findChild<QLabel *>(u"messageLabel"_s)->text().contains(u"4 more"_s));
    CHECK(password->text().isEmpty());

    typeText(password, u"kuaiji2022"_s);
    login.findChild<QPushButton *>(u"logInButton"_s)->click();
    CHECK(login.result() == QDialog::Accepted);
    CHECK(t.store->user().name == u"李会计"_s);
    CHECK(t.store->user().role == Role::Clerk);

    // The next start proposes the one who logged in last.
    LoginDialog next(*t.store);
    CHECK(next.findChild<QComboBox *>(u"userComboBox"_s)->currentData().toString() == u"李会计"_s);
    Translations::install(*qApp, u"zh_CN"_s);
    LoginDialog chinese(*t.store);
    chinese.show();
    saveScreenshot(chinese, u"login.png"_s);
    Translations::install(*qApp, u"en"_s);
}

TEST_CASE("a window left alone locks, hides the register and unlocks with the password only")
{
    TownshipStore t;
    UserRepository users(*t.store);
    REQUIRE(users.add(u"王站长"_s, Role::Administrator, u"zhanzhang2022"_s).ok());
    QMainWindow window;
    auto *contents = new QLabel(u"台账"_s);
    window.setCentralWidget(contents);
    window.show();
    IdleLock lock(*t.store, &window, std::chrono::milliseconds(50));
    bool quit = false;
    QObject::connect(&lock, &IdleLock::quitRequested, [&] { quit = true; });

    // A wrong password first, then the right one, in the dialog the lock opens.
    bool sawHidden = false;
    QTimer::singleShot(200, [&] {
        auto *dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        sawHidden = contents->isHidden();
        CHECK_FALSE(dialog->findChild<QComboBox *>(u"userComboBox"_s)->isEnabled());
        auto *password = dialog->findChild<QLineEdit *>(u"passwordEdit"_s);
        typeText(password, u"wrong-password"_s);
        dialog->findChild<QPushButton *>(u"logInButton"_s)->click();
        CHECK(dialog->isVisible());
        typeText(password, u"zhanzhang2022"_s);
        dialog->findChild<QPushButton *>(u"logInButton"_s)->click();
    });
    REQUIRE(QTest::qWaitFor([&] { return sawHidden && !lock.isLocked() && contents->isVisible(); }, 5000));
    CHECK_FALSE(quit);
    CHECK(t.store->user().name == u"王站长"_s);

    // Quitting the dialog quits the program.
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->reject();
    });
    lock.lock();
    CHECK(quit);
}
