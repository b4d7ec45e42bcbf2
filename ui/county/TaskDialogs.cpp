#include "TaskDialogs.h"

#include "main/FormParts.h"

#include "county/CountyRollup.h"
#include "people/ClerkDate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TaskDialog::TaskDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Verification task"));
    setObjectName(u"taskDialog"_s);
    m_township = new QComboBox;
    m_township->setObjectName(u"townshipComboBox"_s);
    for (const CountyRollup::Township &t : CountyRollup::townships(store, QDate::currentDate()))
        m_township->addItem(t.code + u' ' + t.name, t.code);
    m_name = new QLineEdit;
    m_name->setObjectName(u"nameEdit"_s);
    m_idNumber = new QLineEdit;
    m_idNumber->setObjectName(u"idNumberEdit"_s);
    m_phone = new QLineEdit;
    m_phone->setObjectName(u"phoneEdit"_s);
    m_reason = new QLineEdit;
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setPlaceholderText(tr("Such as: came back from 上海市浦东新区 on 4 April"));
    m_dueOn = new QLineEdit(FormParts::dayText(QDate::currentDate().addDays(1)));
    m_dueOn->setObjectName(u"dueOnEdit"_s);
    m_message = FormParts::messageLabel();
    m_buttons = FormParts::saveCancelButtons(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Township"), m_township);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&ID number"), m_idNumber);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&Why"), m_reason);
    form->addRow(tr("&Due"), m_dueOn);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    for (QLineEdit *edit : { m_name, m_idNumber, m_phone, m_reason, m_dueOn })
        connect(edit, &QLineEdit::textChanged, this, &TaskDialog::revalidate);
    connect(m_township, &QComboBox::currentIndexChanged, this, &TaskDialog::revalidate);
    revalidate();
    resize(520, sizeHint().height());
}

Result<VerificationTask> TaskDialog::entered() const
{
    VerificationTask t;
    t.forUnit = m_township->currentData().toString();
    t.personName = m_name->text();
    t.idNumber = m_idNumber->text();
    t.phone = m_phone->text();
    t.reason = m_reason->text();
    auto due = ClerkDate::parse(m_dueOn->text());
    if (!due)
        return Result<VerificationTask>::failure(tr("Due: %1").arg(due.error()));
    t.dueOn = due.value();
    return VerificationTaskRepository(m_store).check(t);
}

void TaskDialog::revalidate()
{
    const auto task = entered();
    FormParts::setProblem(m_message, task ? QString() : task.error());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(task.ok());
}

void TaskDialog::accept()
{
    auto task = entered();
    auto added = task ? VerificationTaskRepository(m_store).add(task.value())
                      : Result<QString>::failure(task.error());
    if (!added) {
        m_message->setText(added.error());
        return;
    }
    QDialog::accept();
}

TaskResultDialog::TaskResultDialog(Store &store, const VerificationTask &task, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_task(task)
{
    setWindowTitle(tr("Verification result"));
    setObjectName(u"taskResultDialog"_s);
    auto *summary = new QLabel(
        tr("%1 (%2): %3. Due %4.")
            .arg(task.personName, task.idNumber, task.reason, FormParts::dayText(task.dueOn)));
    summary->setWordWrap(true);
    m_result = new QComboBox;
    m_result->setObjectName(u"resultComboBox"_s);
    for (const QString &r : VerificationTask::results())
        m_result->addItem(VerificationTask::resultLabel(r), r);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Who was asked, where the person is now, what was done"));
    m_verifiedOn = new QLineEdit(FormParts::dayText(QDate::currentDate()));
    m_verifiedOn->setObjectName(u"verifiedOnEdit"_s);
    m_verifiedBy = new QLineEdit;
    m_verifiedBy->setObjectName(u"verifiedByEdit"_s);
    m_message = FormParts::messageLabel();
    m_buttons = FormParts::saveCancelButtons(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Found"), m_result);
    form->addRow(tr("&Details"), m_notes);
    form->addRow(tr("Verified &on"), m_verifiedOn);
    form->addRow(tr("Verified &by"), m_verifiedBy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_result, &QComboBox::currentIndexChanged, this, &TaskResultDialog::revalidate);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &TaskResultDialog::revalidate);
    connect(m_verifiedOn, &QLineEdit::textChanged, this, &TaskResultDialog::revalidate);
    connect(m_verifiedBy, &QLineEdit::textChanged, this, &TaskResultDialog::revalidate);
    revalidate();
    m_result->setFocus();
    resize(520, sizeHint().height());
}

Result<void> TaskResultDialog::check() const
{
    auto on = ClerkDate::parse(m_verifiedOn->text());
    if (!on)
        return Result<void>::failure(tr("Verified on: %1").arg(on.error()));
    return VerificationTaskRepository(m_store).checkResult(m_task.id,
        m_result->currentData().toString(), m_notes->toPlainText(), on.value(),
        m_verifiedBy->text());
}

void TaskResultDialog::revalidate()
{
    const auto r = check();
    FormParts::setProblem(m_message, r ? QString() : r.error());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(r.ok());
}

void TaskResultDialog::accept()
{
    if (auto r = check(); !r) {
        m_message->setText(r.error());
        return;
    }
    auto r = VerificationTaskRepository(m_store).recordResult(m_task.id,
        m_result->currentData().toString(), m_notes->toPlainText(),
        ClerkDate::parse(m_verifiedOn->text()).value(), m_verifiedBy->text());
    if (!r) {
        m_message->setText(r.error());
        return;
    }
    QDialog::accept();
}
