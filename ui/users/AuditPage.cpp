#include "AuditPage.h"

#include "AuditModel.h"

#include "main/FormParts.h"
#include "main/LongTask.h"
#include "store/Store.h"
#include "store/StoreReader.h"
#include "users/AuditExport.h"
#include "users/AuditTexts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Channel { EntriesChannel, ChoicesChannel, ChainChannel };

// A day edit whose first day means "no bound", shown as such.
QDateEdit *boundEdit(const QString &objectName, const QString &none)
{
    QDateEdit *edit = FormParts::dayEdit(QDate(2000, 1, 1), objectName);
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(none);
    return edit;
}

QDate boundOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

struct Choices
{
    QStringList users;
    QStringList tables;
};

} // namespace

AuditPage::AuditPage(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_reader(new StoreReader(store, this))
{
    setObjectName(u"auditPage"_s);
    m_model = new AuditModel(m_reader, EntriesChannel, this);

    m_user = new QComboBox;
    m_user->setObjectName(u"auditUserComboBox"_s);
    m_table = new QComboBox;
    m_table->setObjectName(u"auditTableComboBox"_s);
    m_record = new QLineEdit;
    m_record->setObjectName(u"auditRecordLineEdit"_s);
    m_record->setPlaceholderText(tr("A record's number, or its beginning"));
    m_record->setClearButtonEnabled(true);
    m_from = boundEdit(u"auditFromDateEdit"_s, tr("Any day"));
    m_to = boundEdit(u"auditToDateEdit"_s, tr("Any day"));
    auto *searchButton = new QPushButton(tr("&Search"));
    searchButton->setObjectName(u"auditSearchButton"_s);
    auto *exportButton = new QPushButton(tr("&Export to Excel…"));
    exportButton->setObjectName(u"auditExportButton"_s);
    m_count = new QLabel;
    m_count->setObjectName(u"auditCountLabel"_s);
    m_chain = new QLabel;
    m_chain->setObjectName(u"auditChainLabel"_s);
    m_chain->setWordWrap(true);
    m_view = FormParts::recordsView(m_model, u"auditTableView"_s);
    FormParts::fitColumns(m_view, AuditModel::After);

    auto *filters = new QHBoxLayout;
    auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setMinimumWidth(label->sizeHint().width());
        filters->addSpacing(6);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    labelled(tr("&User"), m_user);
    labelled(tr("&Of"), m_table);
    labelled(tr("&Record"), m_record);
    labelled(tr("&From"), m_from);
    labelled(tr("&To"), m_to);
    filters->addWidget(searchButton);
    filters->addStretch();
    auto *status = new QHBoxLayout;
    status->addWidget(m_count);
    status->addStretch();
    status->addWidget(exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_chain);
    layout->addLayout(status);
    layout->addWidget(m_view, 1);

    connect(searchButton, &QPushButton::clicked, this, &AuditPage::search);
    connect(m_record, &QLineEdit::returnPressed, this, &AuditPage::search);
    connect(m_user, &QComboBox::activated, this, &AuditPage::search);
    connect(m_table, &QComboBox::activated, this, &AuditPage::search);
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::exportShown);
    connect(m_model, &AuditModel::loaded, this, [this](const QString &problem) {
        m_count->setStyleSheet(problem.isEmpty() ? QString() : FormParts::problemStyleSheet());
        m_count->setText(problem.isEmpty()
                ? tr("%n entries", nullptr, int(m_model->totalCount()))
                : problem);
    });
    FormParts::loadWhenFirstShown(this, [this] { reload(); });
}

void AuditPage::reload()
{
    m_reader->read<Choices>(ChoicesChannel,
        [](Store &store) -> Result<Choices> {
            return Choices { AuditLog::userNames(store), AuditLog::tables(store) };
        },
        [this](const Result<Choices> &choices) {
            if (!choices)
                return;
            const QString user = m_user->currentData().toString();
            const QString table = m_table->currentData().toString();
            m_user->clear();
            m_user->addItem(tr("All users"), QString());
            for (const QString &name : choices->users)
                m_user->addItem(name, name);
            m_table->clear();
            m_table->addItem(tr("Everything"), QString());
            for (const QString &t : choices->tables)
                m_table->addItem(AuditTexts::table(t), t);
            m_user->setCurrentIndex(std::max(0, m_user->findData(user)));
            m_table->setCurrentIndex(std::max(0, m_table->findData(table)));
        });
    search();
    checkChain();
}

void AuditPage::search()
{
    AuditLog::Filter filter;
    filter.userName = m_user->currentData().toString();
    filter.table = m_table->currentData().toString();
    filter.rowId = m_record->text();
    filter.from = boundOf(m_from);
    filter.to = boundOf(m_to);
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to) {
        m_count->setStyleSheet(FormParts::problemStyleSheet());
        m_count->setText(tr("The first day is after the last."));
        return;
    }
    m_count->setStyleSheet({});
    m_count->setText(tr("Reading…"));
    m_model->show(filter);
}

void AuditPage::checkChain()
{
    m_chain->setText(tr("Checking the trail…"));
    m_reader->read<QStringList>(ChainChannel,
        [](Store &store) -> Result<QStringList> { return AuditLog::verify(store); },
        [this](const Result<QStringList> &breaks) {
            if (breaks && breaks->isEmpty()) {
                m_chain->setStyleSheet({});
                m_chain->setText(tr("The trail of every installation is whole: no entry was "
                                    "changed, removed, put in or moved."));
            } else {
                m_chain->setStyleSheet(FormParts::problemStyleSheet());
                m_chain->setText(breaks ? breaks->join(u'\n') : breaks.error());
            }
        });
}

bool AuditPage::isReading() const
{
    return m_model->isLoading() || m_reader->isReading();
}

void AuditPage::exportShown()
{
    const QString suggested = QDir::home().filePath(
        tr("Audit trail_%1.xlsx").arg(QDate::currentDate().toString(u"yyyyMMdd"_s)));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"), suggested,
                                                tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        path += u".xlsx"_s;
    const QString problem = exportTo(path);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Export the audit trail"), problem);
    else
        FormParts::showExported(this, path);
}

QString AuditPage::exportTo(const QString &path)
{
    const qint64 total = m_model->totalCount();
    return LongTask::run(this, tr("Exporting the audit trail…"),
        [path, total, filter = m_model->filter(), storePath = m_store.path(),
         user = m_store.user()](const LongTask::Progress &progress) {
            // A connection belongs to its thread: the worker opens the store again.
            auto opened = Store::open(storePath);
            if (!opened)
                return opened.error();
            opened.value()->setUser(user);
            const auto written = AuditExport::write(*opened.value(), filter, path,
                [&](qint64 done) { return progress(done, total); });
            return written ? QString() : written.error();
        });
}
