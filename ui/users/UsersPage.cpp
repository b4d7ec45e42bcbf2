#include "UsersPage.h"

#include "UserDialog.h"

#include "main/FormParts.h"
#include "store/Store.h"
#include "users/UserRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UsersPage::UsersPage(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(u"usersPage"_s);
    m_table = FormParts::recordsTable({ tr("Name"), tr("Role"), tr("State"), tr("Added on") },
                                      u"usersTable"_s);
    auto *add = new QPushButton(tr("&Add a user…"));
    add->setObjectName(u"addUserButton"_s);
    m_role = new QComboBox;
    m_role->setObjectName(u"roleComboBox"_s);
    for (const QString &key : Rights::roleKeys())
        m_role->addItem(Rights::label(*Rights::roleFromKey(key)), key);
    m_changeRole = new QPushButton(tr("&Give this role"));
    m_changeRole->setObjectName(u"changeRoleButton"_s);
    m_newPassword = new QPushButton(tr("A new &password…"));
    m_newPassword->setObjectName(u"newPasswordButton"_s);
    m_unlock = new QPushButton(tr("&Unlock"));
    m_unlock->setObjectName(u"unlockButton"_s);
    m_message = new QLabel;
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);

    auto *intro = new QLabel(
        tr("A clerk does all the work; a checkpoint operator only the entry line and its log; a "
           "supervisor the supervision area and reads the rest; a viewer reads only, with ID "
           "numbers and phones masked. An administrator also keeps the users, the settings, the "
           "keys and the copies of the store."));
    intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addSpacing(24);
    buttons->addWidget(new QLabel(tr("Role of the chosen user:")));
    buttons->addWidget(m_role);
    buttons->addWidget(m_changeRole);
    buttons->addSpacing(24);
    buttons->addWidget(m_newPassword);
    buttons->addWidget(m_unlock);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_changeRole, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_newPassword, &QPushButton::clicked, this, &UsersPage::newPassword);
    connect(m_unlock, &QPushButton::clicked, this, &UsersPage::unlock);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons);
    reload();
}

void UsersPage::reload()
{
    const QString selected = selectedName();
    const QList<UserRepository::Account> accounts = UserRepository(m_store).list();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    m_table->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const UserRepository::Account &a = accounts.at(row);
        QString state = tr("May log in");
        if (a.lockedUntil.isValid() && a.lockedUntil > now)
            state = tr("Locked until %1")
                        .arg(locale.toString(a.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
        else if (a.failedLogins > 0)
            state = tr("%n wrong password(s) in a row", nullptr, a.failedLogins);
        FormParts::setRowTexts(m_table, row,
                               { a.user.name, Rights::label(a.user.role), state,
                                 FormParts::dayText(a.createdAt.toLocalTime().date()) });
        m_table->item(row, 0)->setData(Qt::UserRole, Rights::key(a.user.role));
        if (a.user.name == selected)
            m_table->selectRow(row);
    }
    updateButtons();
}

QString UsersPage::selectedName() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return {};
    return m_table->item(items.first()->row(), 0)->text();
}

void UsersPage::updateButtons()
{
    const bool chosen = !selectedName().isEmpty();
    m_changeRole->setEnabled(chosen);
    m_newPassword->setEnabled(chosen);
    m_unlock->setEnabled(chosen);
    if (chosen) {
        const int row = m_table->selectedItems().first()->row();
        m_role->setCurrentIndex(m_role->findData(m_table->item(row, 0)->data(Qt::UserRole)));
    }
}

void UsersPage::showOutcome(const QString &problem, const QString &done)
{
    m_message->setStyleSheet(problem.isEmpty() ? QString() : FormParts::problemStyleSheet());
    m_message->setText(problem.isEmpty() ? done : problem);
    reload();
}

void UsersPage::addUser()
{
    UserDialog dialog(m_store, UserDialog::Mode::NewUser, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        showOutcome({}, tr("The user was added."));
}

void UsersPage::changeRole()
{
    const QString name = selectedName();
    const auto role = Rights::roleFromKey(m_role->currentData().toString());
    const auto changed = UserRepository(m_store).changeRole(name, *role);
    showOutcome(changed.error(), tr("%1 is now %2.").arg(name, Rights::label(*role)));
}

void UsersPage::newPassword()
{
    const QString name = selectedName();
    UserDialog dialog(m_store, UserDialog::Mode::NewPassword, name, this);
    if (dialog.exec() == QDialog::Accepted)
        showOutcome({}, tr("%1 has a new password and may log in with it.").arg(name));
}

void UsersPage::unlock()
{
    const QString name = selectedName();
    const auto unlocked = UserRepository(m_store).unlock(name);
    showOutcome(unlocked.error(), tr("%1 may log in again.").arg(name));
}
