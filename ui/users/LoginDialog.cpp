#include "LoginDialog.h"

#include "main/FormParts.h"

#include "store/Store.h"
#include "users/UserRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const auto LastUserKey = u"user/last"_s;

} // namespace

LoginDialog::LoginDialog(Store &store, Mode mode, QWidget *parent)
    : QDialog(parent), m_store(store), m_mode(mode)
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(mode == Mode::LogIn ? tr("Log in") : tr("Locked"));
    m_user = new QComboBox;
    m_user->setObjectName(u"userComboBox"_s);
    for (const UserRepository::Account &a : UserRepository(store).list())
        m_user->addItem(tr("%1 (%2)").arg(a.user.name, Rights::label(a.user.role)), a.user.name);
    const QString last = mode == Mode::Unlock ? store.user().name
                                               : QSettings().value(LastUserKey).toString();
    m_user->setCurrentIndex(std::max(0, m_user->findData(last)));
    m_user->setEnabled(mode == Mode::LogIn);
    m_password = new QLineEdit;
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_message = FormParts::messageLabel();

    auto *intro = new QLabel(mode == Mode::LogIn
        ? tr("Choose your name and type your password. The records you make carry your name.")
        : tr("The window was locked while nobody used it. Type your password to go on."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&User"), m_user);
    form->addRow(tr("&Password"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"logInButton"_s);
    ok->setText(mode == Mode::LogIn ? tr("&Log in") : tr("&Unlock"));
    buttons->button(QDialogButtonBox::Cancel)->setText(mode == Mode::LogIn ? tr("&Quit") : tr("&Quit the program"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(400);
    m_password->setFocus();
}

void LoginDialog::accept()
{
    UserRepository users(m_store);
    Result<void> done;
    if (m_mode == Mode::Unlock) {
        done = users.confirm(m_password->text());
    } else {
        auto user = users.logIn(m_user->currentData().toString(), m_password->text());
        done = user ? Result<void>() : Result<void>::failure(user.error());
    }
    m_password->clear();
    if (!done) {
        m_message->setText(done.error());
        m_password->setFocus();
        return;
    }
    if (m_mode == Mode::LogIn)
        QSettings().setValue(LastUserKey, m_store.user().name);
    QDialog::accept();
}
