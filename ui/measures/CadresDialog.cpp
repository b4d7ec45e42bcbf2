#include "CadresDialog.h"

#include "main/FormParts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CadresDialog::CadresDialog(Store &store, const MeasureRepository::Row &row, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_row(row)
{
    setWindowTitle(tr("Responsible cadres"));
    setObjectName(u"cadresDialog"_s);
    auto *summary = new QLabel(
        tr("Cadres responsible for %1 of %2 (%3, planned end %4):")
            .arg(row.personName, row.villageName, ControlMeasure::kindLabel(row.measure.kind),
                FormParts::dayText(row.measure.plannedEndOn)));
    summary->setWordWrap(true);
    m_cadres = new QListWidget;
    m_cadres->setObjectName(u"cadresListWidget"_s);
    m_cadres->setFixedHeight(fontMetrics().height() * Responsibility::MaxPerMeasure + 16);
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(u"removeCadreButton"_s);
    m_name = new QLineEdit;
    m_name->setObjectName(u"cadreNameEdit"_s);
    m_name->setPlaceholderText(tr("Name"));
    m_role = new QComboBox;
    m_role->setObjectName(u"cadreRoleComboBox"_s);
    for (const QString &role : Responsibility::roles())
        m_role->addItem(Responsibility::roleLabel(role), role);
    m_phone = new QLineEdit;
    m_phone->setObjectName(u"cadrePhoneEdit"_s);
    m_phone->setPlaceholderText(tr("Phone"));
    m_add = new QPushButton(tr("&Add"));
    m_add->setObjectName(u"addCadreButton"_s);
    m_message = FormParts::messageLabel();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);

    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_cadres, 1);
    listRow->addWidget(m_remove, 0, Qt::AlignTop);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_name, 2);
    addRow->addWidget(m_role, 2);
    addRow->addWidget(m_phone, 2);
    addRow->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(listRow);
    layout->addLayout(addRow);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &CadresDialog::addCadre);
    connect(m_phone, &QLineEdit::returnPressed, this, &CadresDialog::addCadre);
    connect(m_remove, &QPushButton::clicked, this, &CadresDialog::removeCadre);
    connect(m_cadres, &QListWidget::currentRowChanged, this,
        [this](int current) { m_remove->setEnabled(current >= 0); });
    reload();
    resize(560, sizeHint().height());
}

void CadresDialog::reload()
{
    m_cadres->clear();
    for (const Responsibility &r : MeasureRepository(m_store).responsibilities(m_row.measure.id)) {
        auto *item = new QListWidgetItem(
            tr("%1, %2, %3").arg(r.cadreName, Responsibility::roleLabel(r.role), r.phone));
        item->setData(Qt::UserRole, r.id);
        m_cadres->addItem(item);
    }
    m_remove->setEnabled(false);
}

void CadresDialog::addCadre()
{
    Responsibility r;
    r.measureId = m_row.measure.id;
    r.cadreName = m_name->text();
    r.role = m_role->currentData().toString();
    r.phone = m_phone->text();
    if (auto id = MeasureRepository(m_store).addResponsibility(r); !id) {
        m_message->setText(id.error());
        return;
    }
    m_message->clear();
    m_name->clear();
    m_phone->clear();
    m_name->setFocus();
    reload();
}

void CadresDialog::removeCadre()
{
    const QListWidgetItem *item = m_cadres->currentItem();
    if (!item)
        return;
    if (auto r
        = MeasureRepository(m_store).removeResponsibility(item->data(Qt::UserRole).toString());
        !r) {
        m_message->setText(r.error());
        return;
    }
    m_message->clear();
    reload();
}
