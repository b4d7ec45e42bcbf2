#include "FirstAdministratorDialog.h"

#include "main/FormParts.h"

#include "store/Store.h"
#include "users/UserRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FirstAdministratorDialog::FirstAdministratorDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setObjectName(u"firstAdministratorDialog"_s);
    setWindowTitle(tr("The first administrator"));
    m_name = new QLineEdit;
    m_name->setObjectName(u"nameEdit"_s);
    m_password = new QLineEdit;
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(u"repeatEdit"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message = FormParts::messageLabel();

    auto *intro = new QLabel(
        tr("This installation has no users yet. Its first user is its administrator, who adds "
           "the others (clerks, checkpoint operators, supervisors, viewers) and keeps the "
           "settings, the keys and the copies of the store. Everyone logs in with their own "
           "name, which every record they make carries."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("&Repeat the password"), m_repeat);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(FormParts::saveCancelButtons(this));
    setMinimumWidth(480);
}

void FirstAdministratorDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ: type the same password twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    auto added = UserRepository(m_store).add(m_name->text(), Role::Administrator, m_password->text());
    if (!added) {
        m_message->setText(added.error());
        return;
    }
    QDialog::accept();
}
