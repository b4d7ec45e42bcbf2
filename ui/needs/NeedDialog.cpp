#include "NeedDialog.h"

#include "main/FormParts.h"
#include "people/HouseholdPicker.h"
#include "people/PersonPicker.h"
#include "needs/NeedRepository.h"
#include "people/ClerkDate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NeedDialog::NeedDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Record a need"));
    setObjectName(u"needDialog"_s);
    m_forPerson = new QRadioButton(tr("A &person in a special group"));
    m_forPerson->setObjectName(u"forPersonRadioButton"_s);
    m_forPerson->setChecked(true);
    m_forHousehold = new QRadioButton(tr("A &household"));
    m_forHousehold->setObjectName(u"forHouseholdRadioButton"_s);
    m_person = new PersonPicker(store, PersonCategory::SpecialGroup);
    m_household = new HouseholdPicker(store, {}, false);
    m_need = new QComboBox;
    m_need->setObjectName(u"needComboBox"_s);
    for (const QString &need : NeedRecord::needs())
        m_need->addItem(NeedRecord::needLabel(need), need);
    m_detail = new QLineEdit;
    m_detail->setObjectName(u"detailEdit"_s);
    m_detail->setPlaceholderText(tr("e.g. blood-pressure tablets for a week"));
    m_requestedOn = new QLineEdit(FormParts::dayText(QDate::currentDate()));
    m_requestedOn->setObjectName(u"requestedOnEdit"_s);
    m_notes = new QLineEdit;
    m_notes->setObjectName(u"notesEdit"_s);
    m_message = FormParts::messageLabel();
    m_buttons = FormParts::saveCancelButtons(this);

    auto *who = new QHBoxLayout;
    who->addWidget(m_forPerson);
    who->addWidget(m_forHousehold);
    who->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("For"), who);
    form->addRow(tr("Person"), m_person);
    form->addRow(tr("Household"), m_household);
    form->addRow(tr("&Need"), m_need);
    form->addRow(tr("&Detail"), m_detail);
    form->addRow(tr("&Reported on"), m_requestedOn);
    form->addRow(tr("N&otes"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    auto switchTarget = [this] {
        const bool person = m_forPerson->isChecked();
        m_person->setEnabled(person);
        m_household->setEnabled(!person);
        revalidate();
    };
    connect(m_forPerson, &QRadioButton::toggled, this, switchTarget);
    connect(m_person, &PersonPicker::personChanged, this, &NeedDialog::revalidate);
    connect(m_household, &HouseholdPicker::householdChanged, this, &NeedDialog::revalidate);
    connect(m_need, &QComboBox::currentIndexChanged, this, &NeedDialog::revalidate);
    for (QLineEdit *edit : { m_detail, m_requestedOn })
        connect(edit, &QLineEdit::textChanged, this, &NeedDialog::revalidate);
    switchTarget();
    m_person->setFocus();
    resize(560, sizeHint().height());
}

QString NeedDialog::readForm(NeedRecord &n) const
{
    n = NeedRecord();
    if (m_forPerson->isChecked()) {
        n.personId = m_person->personId();
    } else {
        n.householdId = m_household->householdId();
    }
    n.need = m_need->currentData().toString();
    n.detail = m_detail->text();
    n.notes = m_notes->text();
    auto date = ClerkDate::parse(m_requestedOn->text());
    if (!date)
        return tr("Reported on: %1").arg(date.error());
    n.requestedOn = date.value();
    return {};
}

void NeedDialog::revalidate()
{
    NeedRecord n;
    QString problem = readForm(n);
    if (problem.isEmpty()) {
        const auto checked = NeedRepository(m_store).check(n);
        problem = checked.ok() ? QString() : checked.error();
    }
    FormParts::setProblem(m_message, problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void NeedDialog::accept()
{
    NeedRecord n;
    if (const QString problem = readForm(n); !problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    auto id = NeedRepository(m_store).add(n);
    if (!id) {
        m_message->setText(id.error());
        return;
    }
    m_needId = id.value();
    QDialog::accept();
}
