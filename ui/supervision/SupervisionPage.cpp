#include "SupervisionPage.h"

#include "FindingsModel.h"
#include "supervision/ReportPdf.h"
#include "VisitDialog.h"

#include "main/FormParts.h"

#include "supervision/OdtDocument.h"
#include "supervision/SupervisionReport.h"
#include "supervision/SupervisionRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// A dialog from a form: Save runs save(), which says what is wrong or accepts.
bool runForm(
    QWidget *parent, const QString &title, QFormLayout *form, const std::function<QString()> &save)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *message = FormParts::messageLabel();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const QString problem = save();
        message->setText(problem);
        if (problem.isEmpty())
            dialog.accept();
    });
    dialog.resize(520, dialog.sizeHint().height());
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

SupervisionPage::SupervisionPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_findingsModel(new FindingsModel(store, this))
{
    setObjectName(u"supervisionPage"_s);
    m_message = FormParts::messageLabel();
    auto *tabs = new QTabWidget;
    tabs->setObjectName(u"supervisionTabs"_s);
    tabs->addTab(findingsTab(), tr("Findings"));
    tabs->addTab(roundsTab(), tr("Rounds and visits"));
    tabs->addTab(accountabilityTab(), tr("Accountability"));
    tabs->addTab(reportTab(), tr("Report"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(tabs);
    FormParts::loadWhenFirstShown(this, [this] { reload(); });
}

QWidget *SupervisionPage::findingsTab()
{
    m_team = new QComboBox;
    m_team->setObjectName(u"teamFilterComboBox"_s);
    m_place = new QComboBox;
    m_place->setObjectName(u"placeFilterComboBox"_s);
    m_category = new QComboBox;
    m_category->setObjectName(u"categoryFilterComboBox"_s);
    m_overdue = new QCheckBox(tr("&Overdue only"));
    m_overdue->setObjectName(u"overdueCheckBox"_s);
    m_findingsCount = new QLabel;
    m_findingsCount->setObjectName(u"findingsCountLabel"_s);
    m_advance = new QPushButton(tr("Move on (F4)"));
    m_advance->setObjectName(u"advanceButton"_s);
    m_findings = FormParts::recordsView(m_findingsModel, u"findingsView"_s);
    FormParts::fitColumns(m_findings, FindingsModel::Problem);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_team, 1);
    bar->addWidget(m_place, 1);
    bar->addWidget(m_category, 1);
    bar->addWidget(m_overdue);
    bar->addStretch();
    bar->addWidget(m_findingsCount);
    bar->addWidget(m_advance);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(m_findings);
    auto *key = new QShortcut(
        QKeySequence(Qt::Key_F4), tab, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(key, &QShortcut::activated, this, &SupervisionPage::advanceFinding);
    connect(m_advance, &QPushButton::clicked, this, &SupervisionPage::advanceFinding);
    for (QComboBox *combo : { m_team, m_place, m_category })
        connect(combo, &QComboBox::currentIndexChanged, this, &SupervisionPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &SupervisionPage::applyFilter);
    return tab;
}

QWidget *SupervisionPage::roundsTab()
{
    m_rounds = FormParts::recordsTable(
        { tr("Period"), tr("Team"), tr("Purpose"), tr("Places"), tr("Visits") }, u"roundsTable"_s);
    auto *team = new QPushButton(tr("New &team…"));
    team->setObjectName(u"addTeamButton"_s);
    auto *round = new QPushButton(tr("New &round…"));
    round->setObjectName(u"addRoundButton"_s);
    auto *checklists = new QPushButton(tr("&Checklists…"));
    checklists->setObjectName(u"checklistsButton"_s);
    auto *visit = new QPushButton(tr("Record a &visit…"));
    visit->setObjectName(u"recordVisitButton"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(team);
    bar->addWidget(round);
    bar->addWidget(checklists);
    bar->addStretch();
    bar->addWidget(visit);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(m_rounds);
    connect(team, &QPushButton::clicked, this, &SupervisionPage::addTeam);
    connect(round, &QPushButton::clicked, this, &SupervisionPage::addRound);
    connect(checklists, &QPushButton::clicked, this, &SupervisionPage::editChecklists);
    connect(visit, &QPushButton::clicked, this, &SupervisionPage::recordVisit);
    connect(m_rounds, &QTableWidget::cellActivated, this, &SupervisionPage::recordVisit);
    return tab;
}

QWidget *SupervisionPage::accountabilityTab()
{
    m_accountability = FormParts::recordsTable(
        { tr("Decided on"), tr("Person"), tr("Unit"), tr("Action"), tr("Reason") },
        u"accountabilityTable"_s);
    auto *add = new QPushButton(tr("&Hold accountable for the selected finding…"));
    add->setObjectName(u"addAccountabilityButton"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Choose the finding on the Findings tab first.")));
    bar->addStretch();
    bar->addWidget(add);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(m_accountability);
    connect(add, &QPushButton::clicked, this, &SupervisionPage::addAccountability);
    return tab;
}

QWidget *SupervisionPage::reportTab()
{
    m_reportRound = new QComboBox;
    m_reportRound->setObjectName(u"reportRoundComboBox"_s);
    auto *draft = new QPushButton(tr("&Draft from the records"));
    draft->setObjectName(u"draftReportButton"_s);
    auto *odt = new QPushButton(tr("Export &ODT (WPS, Word)…"));
    odt->setObjectName(u"exportOdtButton"_s);
    auto *pdf = new QPushButton(tr("Export &PDF…"));
    pdf->setObjectName(u"exportReportPdfButton"_s);
    m_report = new QPlainTextEdit;
    m_report->setObjectName(u"reportEdit"_s);
    m_report->setPlaceholderText(
        tr("Choose the round and draft the report: its figures come from the records; "
           "edit the text before exporting it."));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_reportRound, 1);
    bar->addWidget(draft);
    bar->addStretch();
    bar->addWidget(odt);
    bar->addWidget(pdf);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(m_report);
    connect(draft, &QPushButton::clicked, this, &SupervisionPage::draftReport);
    connect(odt, &QPushButton::clicked, this, [this] { chooseReportFile(u"odt"_s); });
    connect(pdf, &QPushButton::clicked, this, [this] { chooseReportFile(u"pdf"_s); });
    return tab;
}

void SupervisionPage::reload()
{
    SupervisionRepository supervision(m_store);
    const QList<SupervisionTeam> teams = supervision.teams();
    const QList<SupervisionRound> rounds = supervision.rounds();
    QHash<QString, QString> teamNames;
    for (const SupervisionTeam &t : teams)
        teamNames.insert(t.id, t.name);
    QStringList places;
    for (const SupervisionRound &r : rounds) {
        for (const QString &p : r.targets) {
            if (!places.contains(p))
                places << p;
        }
    }
    const auto refill
        = [](QComboBox *combo, const QString &all, const QList<QPair<QString, QString>> &items) {
              const QSignalBlocker quiet(combo);
              const QString chosen = combo->currentData().toString();
              combo->clear();
              combo->addItem(all, QString());
              for (const auto &[label, value] : items)
                  combo->addItem(label, value);
              combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
          };
    QList<QPair<QString, QString>> teamItems;
    for (const SupervisionTeam &t : teams)
        teamItems.append({ SupervisionTeam::levelLabel(t.level) + u" · "_s + t.name, t.id });
    refill(m_team, tr("All teams"), teamItems);
    QList<QPair<QString, QString>> placeItems;
    for (const QString &p : places)
        placeItems.append({ p, p });
    refill(m_place, tr("All places"), placeItems);
    QList<QPair<QString, QString>> categoryItems;
    for (const QString &c : Finding::categories())
        categoryItems.append({ Finding::categoryLabel(c), c });
    refill(m_category, tr("All categories"), categoryItems);

    m_rounds->setRowCount(int(rounds.size()));
    QList<QPair<QString, QString>> roundItems;
    for (int row = 0; row < rounds.size(); ++row) {
        const SupervisionRound &r = rounds[row];
        const QString period
            = FormParts::dayText(r.startsOn) + u" – "_s + FormParts::dayText(r.endsOn);
        const QStringList cells = { period, teamNames.value(r.teamId), r.purpose,
            r.targets.join(tr(", ")), QString::number(supervision.visits(r.id).size()) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, r.id);
            m_rounds->setItem(row, c, item);
        }
        roundItems.append({ period + u"  "_s + r.purpose, r.id });
    }
    const QList<AccountabilityRecord> records = supervision.accountability();
    m_accountability->setRowCount(int(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const AccountabilityRecord &a = records[row];
        FormParts::setRowTexts(m_accountability, row,
            { FormParts::dayText(a.decidedOn), a.person, a.unit,
                AccountabilityRecord::actionLabel(a.action), a.reason });
    }
    if (m_rounds->currentRow() < 0 && !rounds.isEmpty())
        m_rounds->selectRow(0);
    {
        const QSignalBlocker quiet(m_reportRound);
        const QString chosen = m_reportRound->currentData().toString();
        m_reportRound->clear();
        for (const auto &[label, value] : roundItems)
            m_reportRound->addItem(label, value);
        m_reportRound->setCurrentIndex(qMax(0, m_reportRound->findData(chosen)));
    }
    applyFilter();
}

void SupervisionPage::applyFilter()
{
    FindingFilter filter;
    filter.teamId = m_team->currentData().toString();
    filter.target = m_place->currentData().toString();
    filter.category = m_category->currentData().toString();
    filter.overdueOnly = m_overdue->isChecked();
    m_findingsModel->setFilter(filter);
    FindingFilter overdue;
    overdue.overdueOnly = true;
    m_findingsCount->setText(tr("%1 findings, %2 overdue")
                                 .arg(m_findingsModel->totalCount())
                                 .arg(SupervisionRepository(m_store).countFindings(overdue)));
}

void SupervisionPage::advanceFinding()
{
    const FindingRow *row = m_findingsModel->recordAt(m_findings->currentIndex());
    if (!row)
        return;
    const Finding &f = row->finding;
    SupervisionRepository supervision(m_store);
    QString actions;
    QString verifier;
    bool ok = true;
    if (f.status == "in_progress"_L1) {
        actions = QInputDialog::getMultiLineText(
            this, tr("Rectified"), tr("What was done to rectify it?"), f.actionsTaken, &ok);
    } else if (f.status == "rectified"_L1) {
        verifier = QInputDialog::getText(this, tr("Verify and close (销号)"),
            tr("Who verified the rectification on the spot?"), QLineEdit::Normal, {}, &ok);
    }
    if (!ok)
        return;
    const QString id = f.id;
    auto r = supervision.advance(id, actions, verifier);
    m_message->setText(r ? QString() : r.error());
    applyFilter();
    const QModelIndex again = m_findingsModel->indexOf(id);
    if (again.isValid())
        m_findings->setCurrentIndex(again);
}

QString SupervisionPage::selectedRound() const
{
    const QTableWidgetItem *item = m_rounds->item(m_rounds->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void SupervisionPage::addTeam()
{
    auto *form = new QFormLayout;
    auto *level = new QComboBox;
    for (const QString &l : SupervisionTeam::levels())
        level->addItem(SupervisionTeam::levelLabel(l), l);
    level->setCurrentIndex(2);
    auto *name = new QLineEdit;
    auto *leader = new QLineEdit;
    auto *members = new QPlainTextEdit;
    members->setTabChangesFocus(true);
    members->setPlaceholderText(tr("One a line"));
    auto *areas = new QPlainTextEdit;
    areas->setTabChangesFocus(true);
    areas->setPlaceholderText(tr("One a line"));
    form->addRow(tr("&Level"), level);
    form->addRow(tr("&Name"), name);
    form->addRow(tr("L&eader"), leader);
    form->addRow(tr("&Members"), members);
    form->addRow(tr("&Assigned areas (包联)"), areas);
    const bool saved = runForm(this, tr("New supervision team"), form, [&] {
        auto r = SupervisionRepository(m_store).addTeam(
            { {}, level->currentData().toString(), name->text(), leader->text(),
                members->toPlainText().split(u'\n'), areas->toPlainText().split(u'\n') });
        return r ? QString() : r.error();
    });
    if (saved)
        reload();
}

void SupervisionPage::addRound()
{
    SupervisionRepository supervision(m_store);
    auto *form = new QFormLayout;
    auto *team = new QComboBox;
    for (const SupervisionTeam &t : supervision.teams())
        team->addItem(t.name, t.id);
    auto *from = FormParts::dayEdit(QDate::currentDate());
    auto *to = FormParts::dayEdit(QDate::currentDate());
    auto *purpose = new QLineEdit;
    auto *targets = new QPlainTextEdit;
    targets->setTabChangesFocus(true);
    targets->setPlaceholderText(tr("Villages, checkpoints, isolation sites: one a line"));
    auto *checklist = new QComboBox;
    checklist->addItem(tr("No checklist"), QString());
    for (const ChecklistTemplate &c : supervision.checklists())
        checklist->addItem(c.name, c.id);
    checklist->setCurrentIndex(checklist->count() > 1 ? 1 : 0);
    form->addRow(tr("&Team"), team);
    form->addRow(tr("&From"), from);
    form->addRow(tr("T&o"), to);
    form->addRow(tr("&Purpose"), purpose);
    form->addRow(tr("P&laces"), targets);
    form->addRow(tr("&Checklist"), checklist);
    const bool saved = runForm(this, tr("New supervision round"), form, [&] {
        SupervisionRound round;
        round.teamId = team->currentData().toString();
        round.startsOn = from->date();
        round.endsOn = to->date();
        round.purpose = purpose->text();
        round.targets = targets->toPlainText().split(u'\n');
        round.checklistId = checklist->currentData().toString();
        auto r = SupervisionRepository(m_store).addRound(round);
        return r ? QString() : r.error();
    });
    if (saved)
        reload();
}

void SupervisionPage::editChecklists()
{
    SupervisionRepository supervision(m_store);
    const QList<ChecklistTemplate> existing = supervision.checklists();
    auto *form = new QFormLayout;
    auto *which = new QComboBox;
    which->addItem(tr("A new checklist"), QString());
    for (const ChecklistTemplate &c : existing)
        which->addItem(c.name, c.id);
    auto *name = new QLineEdit;
    auto *items = new QPlainTextEdit;
    items->setTabChangesFocus(true);
    items->setPlaceholderText(tr("One item a line, such as: returnee register complete"));
    const auto show = [&] {
        const QString id = which->currentData().toString();
        const ChecklistTemplate c = id.isEmpty() ? ChecklistTemplate() : supervision.checklist(id);
        name->setText(c.name);
        items->setPlainText(c.items.join(u'\n'));
    };
    connect(which, &QComboBox::currentIndexChanged, this, show);
    form->addRow(tr("&Checklist"), which);
    form->addRow(tr("&Name"), name);
    form->addRow(tr("&Items"), items);
    const bool saved = runForm(this, tr("Checklists"), form, [&] {
        ChecklistTemplate c { which->currentData().toString(), name->text(),
            items->toPlainText().split(u'\n') };
        if (c.id.isEmpty()) {
            auto r = supervision.addChecklist(c);
            return r ? QString() : r.error();
        }
        auto r = supervision.updateChecklist(c);
        return r ? QString() : r.error();
    });
    if (saved)
        reload();
}

void SupervisionPage::addAccountability()
{
    const FindingRow *row = m_findingsModel->recordAt(m_findings->currentIndex());
    if (!row) {
        m_message->setText(tr("Choose the finding on the Findings tab first."));
        return;
    }
    auto *form = new QFormLayout;
    auto *finding = new QLabel(row->target + u": "_s + row->finding.description);
    finding->setWordWrap(true);
    auto *person = new QLineEdit(row->finding.responsiblePerson);
    auto *unit = new QLineEdit(row->finding.responsibleUnit);
    auto *action = new QComboBox;
    for (const QString &a : AccountabilityRecord::actions())
        action->addItem(AccountabilityRecord::actionLabel(a), a);
    auto *reason = new QPlainTextEdit;
    reason->setTabChangesFocus(true);
    auto *decided = FormParts::dayEdit(QDate::currentDate());
    form->addRow(tr("Finding"), finding);
    form->addRow(tr("&Person"), person);
    form->addRow(tr("&Unit"), unit);
    form->addRow(tr("&Action"), action);
    form->addRow(tr("&Reason"), reason);
    form->addRow(tr("&Decided on"), decided);
    const bool saved = runForm(this, tr("Accountability"), form, [&] {
        AccountabilityRecord record;
        record.person = person->text();
        record.unit = unit->text();
        record.action = action->currentData().toString();
        record.reason = reason->toPlainText();
        record.decidedOn = decided->date();
        record.findingIds = { row->finding.id };
        auto r = SupervisionRepository(m_store).addAccountability(record);
        return r ? QString() : r.error();
    });
    if (saved)
        reload();
}

void SupervisionPage::recordVisit()
{
    const SupervisionRound round = SupervisionRepository(m_store).round(selectedRound());
    if (round.id.isEmpty()) {
        m_message->setText(tr("Choose the round first; make one with New round."));
        return;
    }
    VisitDialog dialog(m_store, round, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void SupervisionPage::draftReport()
{
    m_report->setPlainText(
        SupervisionReport::draft(m_store, m_reportRound->currentData().toString()));
}

bool SupervisionPage::exportReport(const QString &path)
{
    if (m_report->toPlainText().trimmed().isEmpty())
        draftReport();
    const Result<void> written = path.endsWith(u".pdf"_s, Qt::CaseInsensitive)
        ? ReportPdf::write(m_report->toPlainText(), path)
        : OdtDocument::write(m_report->toPlainText(), path);
    m_message->setText(written ? QString() : written.error());
    return written.ok();
}

void SupervisionPage::chooseReportFile(const QString &suffix)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report"),
        QDir::home().filePath(tr("supervision report") + u'.' + suffix),
        suffix == "pdf"_L1 ? tr("PDF (*.pdf)") : tr("OpenDocument text (*.odt)"));
    if (!path.isEmpty() && exportReport(path))
        FormParts::showExported(this, path);
}
