#include "TestRoundDialog.h"

#include "main/FormParts.h"
#include "regions/RegionRepository.h"
#include "testing/TestingRepository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int RegionIdRole = Qt::UserRole + 1;

} // namespace

TestRoundDialog::TestRoundDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_name(new QLineEdit)
    , m_date(new QDateEdit(QDate::currentDate()))
    , m_villages(new QListWidget)
    , m_sites(new QTableWidget(0, SiteColumnCount))
    , m_message(FormParts::messageLabel())
{
    setWindowTitle(tr("New testing round"));
    setObjectName(u"testRoundDialog"_s);
    m_name->setObjectName(u"testRoundNameEdit"_s);
    m_date->setObjectName(u"testRoundDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_villages->setObjectName(u"testRoundVillagesList"_s);
    m_sites->setObjectName(u"testSitesTable"_s);

    for (const Region &village : RegionRepository(store).villages()) {
        auto *item = new QListWidgetItem(village.name, m_villages);
        item->setData(RegionIdRole, village.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_villages->setMaximumHeight(140);

    m_sites->setHorizontalHeaderLabels({ tr("Site"), tr("Address"), tr("Test units") });
    FormParts::fitColumns(m_sites, SiteAddress);
    m_sites->verticalHeader()->hide();
    addSiteRow();

    auto *addSite = new QPushButton(tr("&Add site"));
    addSite->setObjectName(u"addTestSiteButton"_s);
    connect(addSite, &QPushButton::clicked, this, &TestRoundDialog::addSiteRow);
    auto *removeSite = new QPushButton(tr("&Remove site"));
    removeSite->setObjectName(u"removeTestSiteButton"_s);
    connect(removeSite, &QPushButton::clicked, this, [this] {
        if (m_sites->currentRow() >= 0)
            m_sites->removeRow(m_sites->currentRow());
    });
    auto *siteButtons = new QHBoxLayout;
    siteButtons->addWidget(addSite);
    siteButtons->addWidget(removeSite);
    siteButtons->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Day:"), m_date);
    form->addRow(tr("&Villages:"), m_villages);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *sitesLabel = new QLabel(tr("Test &sites:"));
    sitesLabel->setBuddy(m_sites);
    layout->addWidget(sitesLabel);
    layout->addWidget(m_sites);
    layout->addLayout(siteButtons);
    layout->addWidget(m_message);
    layout->addWidget(FormParts::saveCancelButtons(this));
    resize(560, 520);
}

void TestRoundDialog::addSiteRow()
{
    const int row = m_sites->rowCount();
    m_sites->insertRow(row);
    m_sites->setItem(row, SiteName, new QTableWidgetItem);
    m_sites->setItem(row, SiteAddress, new QTableWidgetItem);
    auto *units = new QTableWidgetItem;
    units->setData(Qt::EditRole, 1);
    m_sites->setItem(row, SiteUnits, units);
}

void TestRoundDialog::accept()
{
    TestRound round;
    round.name = m_name->text();
    round.roundOn = m_date->date();
    for (int i = 0; i < m_villages->count(); ++i) {
        if (m_villages->item(i)->checkState() == Qt::Checked)
            round.villageIds.append(m_villages->item(i)->data(RegionIdRole).toString());
    }
    QList<TestSite> sites;
    for (int row = 0; row < m_sites->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem *item = m_sites->item(row, column);
            return item ? item->data(Qt::EditRole).toString().trimmed() : QString();
        };
        TestSite site;
        site.name = text(SiteName);
        site.address = text(SiteAddress);
        bool number = false;
        site.testUnits = text(SiteUnits).toInt(&number);
        if (!number)
            site.testUnits = 0;
        // A row left wholly empty is a row the clerk did not use.
        if (site.name.isEmpty() && site.address.isEmpty())
            continue;
        sites.append(site);
    }
    auto id = TestingRepository(m_store).addRound(round, sites);
    if (!id) {
        m_message->setText(id.error());
        return;
    }
    m_roundId = id.value();
    QDialog::accept();
}
