#include "TestSupport.h"

#include "people/PersonRepository.h"
#include "store/AuditLog.h"
#include "users/AuditModel.h"
#include "users/AuditPage.h"
#include "users/UserRepository.h"
#include "users/UsersPage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QString password = u"chunjie2022"_s;

// Fills the user dialog the next click opens, and saves it.
void onNextUserDialog(const QString &name, const QString &role, const QString &typed,
                      const QString &repeated)
{
    QTimer::singleShot(0, [=] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        REQUIRE(dialog->objectName() == u"userDialog"_s);
        if (!name.isEmpty())
            typeText(dialog->findChild<QLineEdit *>(u"nameEdit"_s), name);
        if (auto *roles = dialog->findChild<QComboBox *>(u"roleComboBox"_s); roles && !role.isEmpty())
            roles->setCurrentIndex(roles->findData(role));
        typeText(dialog->findChild<QLineEdit *>(u"passwordEdit"_s), typed);
        typeText(dialog->findChild<QLineEdit *>(u"repeatEdit"_s), repeated);
        dialog->findChild<QPushButton *>(u"saveButton"_s)->click();
        // Two passwords that differ keep the dialog open, saying so.
        if (typed != repeated) {
            CHECK(dialog->isVisible());
            CHECK(dialog->findChild<QLabel *>(u"messageLabel"_s)->text().contains(u"differ"_s));
            QMetaObject::invokeMethod(dialog, "reject");
        }
    });
}

int rowOf(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("an administrator adds a user, gives them another role, a new password and unlocks them",
          "[ui][users]")
{
    TownshipStore t;
    UserRepository users(*t.store);
    REQUIRE(users.add(u"王站长"_s, Role::Administrator, password).ok());
    UsersPage page(*t.store);
    page.show();
    auto *table = page.findChild<QTableWidget *>(u"usersTable"_s);
    auto *add = page.findChild<QPushButton *>(u"addUserButton"_s);
    CHECK(table->rowCount() == 1);
    CHECK_FALSE(page.findChild<QPushButton *>(u"changeRoleButton"_s)->isEnabled());

    onNextUserDialog(u"李会计"_s, u"clerk"_s, password, u"chunjie2023"_s);
    add->click();
    CHECK(table->rowCount() == 1);
    onNextUserDialog(u"李会计"_s, u"viewer"_s, password, password);
    add->click();
    REQUIRE(table->rowCount() == 2);
    CHECK(users.byName(u"李会计"_s)->user.role == Role::Viewer);

    table->selectRow(rowOf(table, u"李会计"_s));
    auto *role = page.findChild<QComboBox *>(u"roleComboBox"_s);
    CHECK(role->currentData().toString() == u"viewer"_s);
    role->setCurrentIndex(role->findData(u"clerk"_s));
    page.findChild<QPushButton *>(u"changeRoleButton"_s)->click();
    CHECK(users.byName(u"李会计"_s)->user.role == Role::Clerk);
    CHECK(table->item(rowOf(table, u"李会计"_s), 1)->text() == u"Clerk"_s);

    // The only administrator keeps the role, and the page says why.
    table->selectRow(rowOf(table, u"王站长"_s));
    role->setCurrentIndex(role->findData(u"viewer"_s));
    page.findChild<QPushButton *>(u"changeRoleButton"_s)->click();
    CHECK(page.findChild<QLabel *>(u"messageLabel"_s)->text().contains(u"only administrator"_s));
    CHECK(users.byName(u"王站长"_s)->user.role == Role::Administrator);

    // 李会计 forgot the password and locked themself out.
    for (int i = 0; i < UserRepository::MaxFailedLogins; ++i)
        (void)UserRepository(*t.store).logIn(u"李会计"_s, u"wrong-password"_s);
    REQUIRE(UserRepository(*t.store).logIn(u"王站长"_s, password).ok());
    page.reload();
    const int li = rowOf(table, u"李会计"_s);
    CHECK(table->item(li, 2)->text().startsWith(u"Locked until"_s));
    table->selectRow(li);
    page.findChild<QPushButton *>(u"unlockButton"_s)->click();
    CHECK(table->item(rowOf(table, u"李会计"_s), 2)->text() == u"May log in"_s);
    table->selectRow(rowOf(table, u"李会计"_s));
    onNextUserDialog({}, {}, u"xinmima2022"_s, u"xinmima2022"_s);
    page.findChild<QPushButton *>(u"newPasswordButton"_s)->click();
    CHECK(UserRepository(*t.store).logIn(u"李会计"_s, u"xinmima2022"_s).ok());
}

TEST_CASE("the audit page shows who changed what, filters it, checks the chain and exports it",
          "[ui][audit]")
{
    TownshipStore t;
    UserRepository users(*t.store);
    REQUIRE(users.add(u"王站长"_s, Role::Administrator, password).ok());
    REQUIRE(users.add(u"李会计"_s, Role::Clerk, password).ok());
    REQUIRE(users.logIn(u"李会计"_s, password).ok());
    const QStringList names = { u"周一"_s, u"周二"_s, u"周三"_s };
    for (int i = 1; i <= 3; ++i) {
        Person p;
        p.name = names[i - 1];
        p.regionId = t.villageId(1);
        p.idNumber = syntheticIdNumber(u"19800101"_s, i);
        p.phone = u"13800000001"_s;
        REQUIRE(PersonRepository(*t.store).add(p).ok());
    }
    REQUIRE(users.logIn(u"王站长"_s, password).ok());

    AuditPage page(*t.store);
    page.resize(1366, 700);
    page.show();
    REQUIRE(readsDone(page));
    auto *view = page.findChild<QTableView *>(u"auditTableView"_s);
    auto *count = page.findChild<QLabel *>(u"auditCountLabel"_s);
    // The township's villages, the two users and the three persons.
    const auto all = AuditLog::count(*t.store, {});
    REQUIRE(all.ok());
    CHECK(all.value() >= 5);
    CHECK(view->model()->rowCount() == all.value());
    CHECK(count->text() == u"%1 entries"_s.arg(all.value()));
    CHECK(page.findChild<QLabel *>(u"auditChainLabel"_s)->text().contains(u"whole"_s));
    const QModelIndex newest = view->model()->index(0, AuditModel::User);
    CHECK(newest.data().toString() == u"李会计"_s);
    CHECK(view->model()->index(0, AuditModel::Table).data().toString() == u"Person"_s);
    const QString after = view->model()->index(0, AuditModel::After).data().toString();
    CHECK(after.contains(u"Phone: ***"_s));
    CHECK_FALSE(after.contains(u"13800000001"_s));

    auto *user = page.findChild<QComboBox *>(u"auditUserComboBox"_s);
    REQUIRE(user->findData(u"王站长"_s) >= 0);
    user->setCurrentIndex(user->findData(u"王站长"_s));
    page.findChild<QPushButton *>(u"auditSearchButton"_s)->click();
    REQUIRE(readsDone(page));
    CHECK(view->model()->rowCount() == 2); // himself and 李会计 added
    auto *table = page.findChild<QComboBox *>(u"auditTableComboBox"_s);
    user->setCurrentIndex(0);
    table->setCurrentIndex(table->findData(u"persons"_s));
    page.findChild<QPushButton *>(u"auditSearchButton"_s)->click();
    REQUIRE(readsDone(page));
    CHECK(view->model()->rowCount() == 3);

    QTemporaryDir folder;
    const QString path = folder.filePath(u"trail.xlsx"_s);
    CHECK(page.exportTo(path).isEmpty());
    CHECK(QFileInfo(path).size() > 0);

    if (const QString dir = qEnvironmentVariable("TL_SCREENSHOT_DIR"); !dir.isEmpty())
        page.grab().save(dir + u"/audit-page.png"_s);
}
