#include "UserDialog.h"

#include "main/FormParts.h"

#include "store/Store.h"
#include "users/UserRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UserDialog::UserDialog(Store &store, Mode mode, const QString &name, QWidget *parent)
    : QDialog(parent), m_store(store), m_mode(mode)
{
    setObjectName(u"userDialog"_s);
    m_name = new QLineEdit(name);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setReadOnly(mode == Mode::NewPassword);
    m_password = new QLineEdit;
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(u"repeatEdit"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message = FormParts::messageLabel();

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    switch (mode) {
    case Mode::FirstAdministrator: {
        setWindowTitle(tr("The first administrator"));
        auto *intro = new QLabel(
            tr("This installation has no users yet. Its first user is its administrator, who adds "
               "the others (clerks, checkpoint operators, supervisors, viewers) and keeps the "
               "settings, the keys and the copies of the store. Everyone logs in with their own "
               "name, which every record they make carries."));
        intro->setWordWrap(true);
        layout->addWidget(intro);
        break;
    }
    case Mode::NewUser:
        setWindowTitle(tr("Add a user"));
        m_role = new QComboBox;
        m_role->setObjectName(u"roleComboBox"_s);
        for (const QString &key : Rights::roleKeys())
            m_role->addItem(Rights::label(*Rights::roleFromKey(key)), key);
        m_role->setCurrentIndex(m_role->findData(Rights::key(Role::Clerk)));
        form->addRow(tr("&Role"), m_role);
        break;
    case Mode::NewPassword:
        setWindowTitle(tr("A new password"));
        m_password->setFocus();
        break;
    }
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("&Repeat the password"), m_repeat);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(FormParts::saveCancelButtons(this));
    setMinimumWidth(480);
}

void UserDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ: type the same password twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    UserRepository users(m_store);
    Result<void> done;
    switch (m_mode) {
    case Mode::FirstAdministrator:
        done = Result<void>::from(users.add(m_name->text(), Role::Administrator, m_password->text()));
        break;
    case Mode::NewUser:
        done = Result<void>::from(
            users.add(m_name->text(), *Rights::roleFromKey(m_role->currentData().toString()),
                      m_password->text()));
        break;
    case Mode::NewPassword:
        done = users.setPassword(m_name->text(), m_password->text());
        break;
    }
    if (!done) {
        m_message->setText(done.error());
        return;
    }
    QDialog::accept();
}
