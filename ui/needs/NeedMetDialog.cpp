#include "NeedMetDialog.h"

#include "main/FormParts.h"
#include "people/ClerkDate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NeedMetDialog::NeedMetDialog(Store &store, const NeedRepository::Row &row, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_row(row)
{
    setWindowTitle(tr("Need met"));
    setObjectName(u"needMetDialog"_s);
    const NeedRecord &n = row.record;
    auto *summary = new QLabel(tr("%1 for %2, reported on %3: %4")
                                   .arg(NeedRecord::needLabel(n.need), row.personName,
                                       FormParts::dayText(n.requestedOn), n.detail));
    summary->setObjectName(u"needSummaryLabel"_s);
    summary->setWordWrap(true);
    m_metOn = new QLineEdit(FormParts::dayText(QDate::currentDate()));
    m_metOn->setObjectName(u"metOnEdit"_s);
    m_metBy = new QLineEdit;
    m_metBy->setObjectName(u"metByEdit"_s);
    m_metBy->setPlaceholderText(tr("Name of the cadre or volunteer"));
    m_message = FormParts::messageLabel();
    m_buttons = FormParts::saveCancelButtons(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Met &on"), m_metOn);
    form->addRow(tr("Met &by"), m_metBy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_metOn, &QLineEdit::textChanged, this, &NeedMetDialog::revalidate);
    connect(m_metBy, &QLineEdit::textChanged, this, &NeedMetDialog::revalidate);
    revalidate();
    m_metBy->setFocus();
    resize(440, sizeHint().height());
}

void NeedMetDialog::revalidate()
{
    QString problem;
    const auto date = ClerkDate::parse(m_metOn->text());
    if (!date) {
        problem = tr("Met on: %1").arg(date.error());
    } else if (auto r
               = NeedRepository(m_store).checkMet(m_row.record.id, date.value(), m_metBy->text());
               !r) {
        problem = r.error();
    }
    FormParts::setProblem(m_message, problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void NeedMetDialog::accept()
{
    const auto date = ClerkDate::parse(m_metOn->text());
    if (!date) {
        m_message->setText(tr("Met on: %1").arg(date.error()));
        return;
    }
    if (auto r = NeedRepository(m_store).markMet(m_row.record.id, date.value(), m_metBy->text());
        !r) {
        m_message->setText(r.error());
        return;
    }
    QDialog::accept();
}
