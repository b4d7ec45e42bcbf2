#include "VisitDialog.h"

#include "main/FormParts.h"

#include "supervision/SupervisionRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

VisitDialog::VisitDialog(Store &store, const SupervisionRound &round, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_round(round)
{
    setObjectName(u"visitDialog"_s);
    setWindowTitle(tr("Record a visit"));
    m_target = new QComboBox;
    m_target->setObjectName(u"targetComboBox"_s);
    m_target->setEditable(true);
    m_target->addItems(round.targets);
    m_visitedOn = new QDateEdit(QDate::currentDate());
    m_visitedOn->setObjectName(u"visitedOnEdit"_s);
    m_visitedOn->setDisplayFormat(FormParts::dayFormat());
    m_visitedOn->setCalendarPopup(true);
    m_unannounced = new QCheckBox(tr("Unannounced (四不两直)"));
    m_unannounced->setObjectName(u"unannouncedCheckBox"_s);
    m_unannounced->setChecked(true);

    const QStringList items = SupervisionRepository(store).checklist(round.checklistId).items;
    m_answers = new QTableWidget(int(items.size()), 2);
    m_answers->setObjectName(u"answersTable"_s);
    m_answers->setHorizontalHeaderLabels({ tr("Checklist item"), tr("Answer") });
    m_answers->verticalHeader()->hide();
    m_answers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int row = 0; row < items.size(); ++row) {
        auto *item = new QTableWidgetItem(items[row]);
        item->setFlags(Qt::ItemIsEnabled);
        m_answers->setItem(row, 0, item);
        auto *answer = new QComboBox;
        answer->addItem(tr("Yes"), u"yes"_s);
        answer->addItem(tr("No"), u"no"_s);
        answer->addItem(tr("Not applicable"), u"n/a"_s);
        m_answers->setCellWidget(row, 1, answer);
    }
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(u"visitNotesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 3);

    m_category = new QComboBox;
    m_category->setObjectName(u"categoryComboBox"_s);
    m_category->setEditable(true);
    for (const QString &c : Finding::categories())
        m_category->addItem(Finding::categoryLabel(c), c);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(fontMetrics().height() * 4);
    m_severity = new QComboBox;
    m_severity->setObjectName(u"severityComboBox"_s);
    for (const QString &s : Finding::severities())
        m_severity->addItem(Finding::severityLabel(s), s);
    m_unit = new QLineEdit;
    m_unit->setObjectName(u"responsibleUnitEdit"_s);
    m_person = new QLineEdit;
    m_person->setObjectName(u"responsiblePersonEdit"_s);
    m_deadline = new QDateEdit(QDate::currentDate().addDays(3));
    m_deadline->setObjectName(u"deadlineEdit"_s);
    m_deadline->setDisplayFormat(FormParts::dayFormat());
    m_deadline->setCalendarPopup(true);
    auto *add = new QPushButton(tr("&Add this problem"));
    add->setObjectName(u"addFindingButton"_s);
    m_found = new QListWidget;
    m_found->setObjectName(u"findingsList"_s);
    m_found->setMaximumHeight(fontMetrics().height() * 5);
    m_message = FormParts::messageLabel();

    auto *visit = new QFormLayout;
    visit->addRow(tr("&Place"), m_target);
    visit->addRow(tr("&Day"), m_visitedOn);
    visit->addRow(QString(), m_unannounced);
    visit->addRow(tr("N&otes"), m_notes);
    auto *findingForm = new QFormLayout;
    findingForm->addRow(tr("&Category"), m_category);
    findingForm->addRow(tr("P&roblem"), m_description);
    findingForm->addRow(tr("&Severity"), m_severity);
    findingForm->addRow(tr("Responsible &unit"), m_unit);
    findingForm->addRow(tr("Responsible &person"), m_person);
    findingForm->addRow(tr("Dead&line"), m_deadline);
    findingForm->addRow(QString(), add);
    auto *findingBox = new QGroupBox(tr("Problems found"));
    auto *findingLayout = new QVBoxLayout(findingBox);
    findingLayout->addLayout(findingForm);
    findingLayout->addWidget(m_found);
    auto *buttons = FormParts::saveCancelButtons(this);
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addLayout(visit);
    left->addWidget(m_answers);
    columns->addLayout(left, 1);
    columns->addWidget(findingBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &VisitDialog::addFinding);
    resize(1100, 640);
}

void VisitDialog::addFinding()
{
    Finding f;
    f.category = m_category->currentText();
    f.description = m_description->toPlainText();
    f.severity = m_severity->currentData().toString();
    f.responsibleUnit = m_unit->text();
    f.responsiblePerson = m_person->text();
    f.deadline = m_deadline->date();
    auto checked = SupervisionRepository(m_store).checkFinding(f);
    if (!checked) {
        m_message->setText(checked.error());
        return;
    }
    m_message->clear();
    m_findings.append(checked.value());
    m_found->addItem(
        tr("%1: %2 (by %3)")
            .arg(Finding::categoryLabel(checked->category),
                checked->description.section(u'\n', 0, 0), FormParts::dayText(f.deadline)));
    m_description->clear();
    m_description->setFocus();
}

void VisitDialog::accept()
{
    SupervisionVisit visit;
    visit.roundId = m_round.id;
    visit.target = m_target->currentText();
    visit.visitedOn = m_visitedOn->date();
    visit.unannounced = m_unannounced->isChecked();
    visit.notes = m_notes->toPlainText();
    for (int row = 0; row < m_answers->rowCount(); ++row) {
        const auto *answer = qobject_cast<QComboBox *>(m_answers->cellWidget(row, 1));
        visit.answers.insert(m_answers->item(row, 0)->text(), answer->currentData().toString());
    }
    // A problem typed but not added yet is not lost.
    if (!m_description->toPlainText().trimmed().isEmpty())
        addFinding();
    if (!m_message->text().isEmpty())
        return;
    auto id = SupervisionRepository(m_store).addVisit(visit, m_findings);
    if (!id) {
        m_message->setText(id.error());
        return;
    }
    QDialog::accept();
}
