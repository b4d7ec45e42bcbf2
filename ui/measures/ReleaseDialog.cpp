#include "ReleaseDialog.h"

#include "main/FormParts.h"
#include "people/ClerkDate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReleaseDialog::ReleaseDialog(Store &store, const MeasureRepository::Row &row, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_row(row)
{
    setWindowTitle(tr("Release from measure"));
    setObjectName(u"releaseDialog"_s);
    const ControlMeasure &m = row.measure;
    auto *summary = new QLabel(
        tr("Release %1 of %2 from %3, started %4, planned end %5.")
            .arg(row.personName, row.villageName, ControlMeasure::kindLabel(m.kind),
                FormParts::dayText(m.startedOn), FormParts::dayText(m.plannedEndOn)));
    summary->setObjectName(u"releaseSummaryLabel"_s);
    summary->setWordWrap(true);
    m_releasedOn = new QLineEdit(FormParts::dayText(QDate::currentDate()));
    m_releasedOn->setObjectName(u"releasedOnEdit"_s);
    m_reason = new QComboBox;
    m_reason->setObjectName(u"releaseReasonComboBox"_s);
    m_reason->setEditable(true);
    m_reason->addItems({ tr("Period completed, tests negative"), tr("Transferred to hospital"),
        tr("Moved to central isolation"), tr("Left the township") });
    // Before the planned end a reason must be chosen on purpose.
    if (m.plannedEndOn > QDate::currentDate())
        m_reason->setCurrentIndex(-1);

    m_message = FormParts::messageLabel();
    m_buttons = FormParts::saveCancelButtons(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Release &date"), m_releasedOn);
    form->addRow(tr("&Reason"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_releasedOn, &QLineEdit::textChanged, this, &ReleaseDialog::revalidate);
    connect(m_reason, &QComboBox::editTextChanged, this, &ReleaseDialog::revalidate);
    revalidate();
    resize(480, sizeHint().height());
}

void ReleaseDialog::revalidate()
{
    QString problem;
    const auto date = ClerkDate::parse(m_releasedOn->text());
    if (!date) {
        problem = tr("Release date: %1").arg(date.error());
    } else if (auto r = MeasureRepository(m_store).checkRelease(
                   m_row.measure.id, date.value(), m_reason->currentText());
               !r) {
        problem = r.error();
    }
    FormParts::setProblem(m_message, problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void ReleaseDialog::accept()
{
    const auto date = ClerkDate::parse(m_releasedOn->text());
    if (!date) {
        m_message->setText(tr("Release date: %1").arg(date.error()));
        return;
    }
    if (auto r = MeasureRepository(m_store).release(
            m_row.measure.id, date.value(), m_reason->currentText());
        !r) {
        m_message->setText(r.error());
        return;
    }
    QDialog::accept();
}
