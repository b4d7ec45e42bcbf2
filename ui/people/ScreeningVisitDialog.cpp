#include "ScreeningVisitDialog.h"

#include "main/FormParts.h"
#include "people/ClerkDate.h"
#include "people/HouseholdRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

ScreeningVisitDialog::ScreeningVisitDialog(Store &store, const QString &householdId, QWidget *parent)
    : QDialog(parent), m_store(store), m_householdId(householdId)
{
    setWindowTitle(tr("Record screening visit"));
    setObjectName(u"screeningVisitDialog"_s);
    m_date = new QLineEdit(QDate::currentDate().toString(Qt::ISODate));
    m_date->setObjectName(u"visitDateEdit"_s);
    m_visitor = new QLineEdit(store.user().name);
    m_visitor->setObjectName(u"visitorEdit"_s);
    m_result = new QComboBox;
    m_result->setObjectName(u"visitResultComboBox"_s);
    for (const QString &result : HouseholdRepository::visitResults())
        m_result->addItem(HouseholdRepository::visitResultLabel(result), result);
    m_notes = new QLineEdit;
    m_notes->setObjectName(u"visitNotesEdit"_s);
    m_message = FormParts::messageLabel();
    auto *buttons = FormParts::saveCancelButtons(this);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Visited by"), m_visitor);
    form->addRow(tr("&Result"), m_result);
    form->addRow(tr("&Notes"), m_notes);
    form->addRow(m_message);
    form->addRow(buttons);
}

void ScreeningVisitDialog::accept()
{
    auto date = ClerkDate::parse(m_date->text());
    if (!date) {
        m_message->setText(date.error());
        return;
    }
    ScreeningVisit visit;
    visit.householdId = m_householdId;
    visit.visitedOn = date.value();
    visit.visitor = m_visitor->text();
    visit.result = m_result->currentData().toString();
    visit.notes = m_notes->text();
    if (auto r = HouseholdRepository(m_store).addVisit(visit); !r) {
        m_message->setText(r.error());
        return;
    }
    QDialog::accept();
}
