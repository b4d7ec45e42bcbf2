#include "IsolationSitesDialog.h"

#include "SiteOccupancyModel.h"

#include "main/FormParts.h"
#include "measures/IsolationSiteRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

IsolationSitesDialog::IsolationSitesDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new SiteOccupancyModel(store, this))
{
    setWindowTitle(tr("Isolation sites"));
    setObjectName(u"isolationSitesDialog"_s);
    m_table = new QTableView;
    m_table->setObjectName(u"sitesTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    FormParts::fitColumns(m_table, SiteOccupancyModel::Address);
    m_table->setMinimumHeight(fontMetrics().height() * 8);

    m_name = new QLineEdit;
    m_name->setObjectName(u"siteNameEdit"_s);
    m_address = new QLineEdit;
    m_address->setObjectName(u"siteAddressEdit"_s);
    m_capacity = new QSpinBox;
    m_capacity->setObjectName(u"capacitySpinBox"_s);
    m_capacity->setRange(1, 10000);
    m_status = new QComboBox;
    m_status->setObjectName(u"siteStatusComboBox"_s);
    for (const QString &status : IsolationSite::statuses())
        m_status->addItem(IsolationSite::statusLabel(status), status);
    m_phone = new QLineEdit;
    m_phone->setObjectName(u"sitePhoneEdit"_s);
    auto *newSite = new QPushButton(tr("N&ew site"));
    newSite->setObjectName(u"newSiteButton"_s);
    m_save = new QPushButton;
    m_save->setObjectName(u"saveSiteButton"_s);
    m_message = FormParts::messageLabel();

    auto *box = new QGroupBox(tr("Site"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Address"), m_address);
    auto *capacityRow = new QHBoxLayout;
    capacityRow->addWidget(m_capacity);
    auto *statusLabel = new QLabel(tr("S&tatus"));
    statusLabel->setBuddy(m_status);
    capacityRow->addWidget(statusLabel);
    capacityRow->addWidget(m_status, 1);
    // A row holding a layout gets no buddy by itself: give the label one, for its Alt key.
    auto *capacityLabel = new QLabel(tr("&Capacity"));
    capacityLabel->setBuddy(m_capacity);
    form->addRow(capacityLabel, capacityRow);
    form->addRow(tr("&Phone"), m_phone);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(newSite);
    formButtons->addStretch();
    formButtons->addWidget(m_save);
    form->addRow(formButtons);
    form->addRow(m_message);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(box);
    layout->addWidget(close);

    connect(newSite, &QPushButton::clicked, this, [this] {
        showSite({});
        m_name->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &IsolationSitesDialog::saveSite);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (const auto *row = m_model->recordAt(current))
                showSite(row->site);
        });
    showSite({});
    resize(640, 520);
}

void IsolationSitesDialog::showSite(const IsolationSite &site)
{
    m_site = site;
    m_name->setText(site.name);
    m_address->setText(site.address);
    m_capacity->setValue(std::max(1, site.capacity));
    m_status->setCurrentIndex(std::max(0, m_status->findData(site.status)));
    m_phone->setText(site.phone);
    m_save->setText(site.isValid() ? tr("&Save site") : tr("A&dd site"));
    m_message->clear();
}

void IsolationSitesDialog::saveSite()
{
    IsolationSite site = m_site;
    site.name = m_name->text();
    site.address = m_address->text();
    site.capacity = m_capacity->value();
    site.status = m_status->currentData().toString();
    site.phone = m_phone->text();
    IsolationSiteRepository sites(m_store);
    QString id = site.id;
    if (site.isValid()) {
        if (auto r = sites.update(site); !r) {
            m_message->setText(r.error());
            return;
        }
    } else {
        auto added = sites.add(site);
        if (!added) {
            m_message->setText(added.error());
            return;
        }
        id = added.value();
    }
    m_model->reload();
    m_table->setCurrentIndex(m_model->indexOf(id));
    showSite(sites.byId(id));
}
