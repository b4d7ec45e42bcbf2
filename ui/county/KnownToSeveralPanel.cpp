#include "KnownToSeveralPanel.h"

#include "KnownToSeveralModel.h"

#include "main/FormParts.h"

#include "county/KnownToSeveralUnits.h"
#include "people/PersonRepository.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

KnownToSeveralPanel::KnownToSeveralPanel(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new KnownToSeveralModel(store, this))
{
    setObjectName(u"knownToSeveralPanel"_s);
    m_table = FormParts::recordsView(m_model, u"knownToSeveralTableView"_s);
    m_send = new QPushButton(tr("&Send verification tasks"));
    m_send->setObjectName(u"sendTasksButton"_s);
    m_send->setToolTip(tr("Gives each township that keeps the chosen ID number a task to verify "
                          "the person, naming the other townships."));
    m_due = FormParts::dayEdit(QDate::currentDate().addDays(1), u"dueDateEdit"_s);
    m_fullData = new QCheckBox(tr("Show &whole ID numbers"));
    m_fullData->setObjectName(u"fullDataCheckBox"_s);
    m_count = new QLabel;
    m_count->setObjectName(u"knownToSeveralCountLabel"_s);
    m_sent = new QLabel;
    m_sent->setObjectName(u"tasksSentLabel"_s);
    m_sent->setWordWrap(true);
    m_message = FormParts::messageLabel();
    // Each line takes room only while it has something to say.
    m_sent->hide();
    m_message->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_send);
    auto *due = new QLabel(tr("&Due"));
    due->setBuddy(m_due);
    bar->addWidget(due);
    bar->addWidget(m_due);
    bar->addSpacing(fontMetrics().horizontalAdvance(u'字') * 2);
    bar->addWidget(m_fullData);
    bar->addStretch();
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_sent);
    layout->addWidget(m_message);
    layout->addWidget(m_table);

    connect(m_send, &QPushButton::clicked, this, &KnownToSeveralPanel::sendTasks);
    connect(m_fullData, &QCheckBox::toggled, this, [this](bool full) {
        m_model->setFullData(full);
        updateButtons();
    });
    connect(m_model, &KnownToSeveralModel::loaded, this, &KnownToSeveralPanel::showLoaded);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &KnownToSeveralPanel::updateButtons);
    updateButtons();
    FormParts::loadWhenFirstShown(this, [this] {
        m_shown = true;
        reload();
    });
}

void KnownToSeveralPanel::reload()
{
    if (!m_shown)
        return;
    m_model->load();
    updateButtons();
}

void KnownToSeveralPanel::showLoaded(const QString &problem)
{
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    updateButtons();
}

void KnownToSeveralPanel::updateButtons()
{
    const bool loading = m_model->isLoading();
    m_send->setEnabled(!loading && m_model->recordAt(m_table->currentIndex()));
    m_count->setText(!m_shown ? QString()
            : loading         ? tr("Reading the list…")
                              : tr("%n ID number(s) kept by two or more townships.", nullptr,
                                  int(m_model->idNumberCount())));
}

void KnownToSeveralPanel::sendTasks()
{
    const KnownToSeveralUnits::Row *row = m_model->recordAt(m_table->currentIndex());
    if (!row)
        return;
    // The row may show the number masked: the person's own row has it whole.
    const QString idNumber = PersonRepository(m_store).byId(row->personId).idNumber;
    auto sent = KnownToSeveralUnits(m_store).sendTasks(idNumber, m_due->date());
    m_message->setText(sent ? QString() : sent.error());
    m_message->setVisible(!sent);
    m_sent->setText(sent ? sent->message : QString());
    m_sent->setVisible(sent.ok());
    if (sent && sent->made > 0)
        emit tasksSent();
}
