#include "RiskAreasPanel.h"

#include "main/FormParts.h"

#include "county/RiskAreaRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RiskAreasPanel::RiskAreasPanel(Store &store, bool editable, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(u"riskAreasPanel"_s);
    m_table = FormParts::recordsTable(
        { tr("Area"), tr("Level"), tr("Listed on"), tr("Taken off on") }, u"riskAreasTable"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (editable) {
        m_name = new QLineEdit;
        m_name->setObjectName(u"riskAreaNameEdit"_s);
        m_name->setPlaceholderText(tr("Area as the list names it, such as 上海市浦东新区"));
        m_level = new QComboBox;
        m_level->setObjectName(u"riskLevelComboBox"_s);
        for (const QString &level : RiskArea::levels())
            m_level->addItem(RiskArea::levelLabel(level), level);
        auto *add = new QPushButton(tr("&Put on the list"));
        add->setObjectName(u"addRiskAreaButton"_s);
        m_lift = new QPushButton(tr("&Take off the list"));
        m_lift->setObjectName(u"liftRiskAreaButton"_s);
        m_message = FormParts::messageLabel();
        auto *bar = new QHBoxLayout;
        bar->addWidget(m_name, 1);
        bar->addWidget(m_level);
        bar->addWidget(add);
        bar->addSpacing(fontMetrics().horizontalAdvance(u'字') * 2);
        bar->addWidget(m_lift);
        layout->addLayout(bar);
        layout->addWidget(m_message);
        connect(add, &QPushButton::clicked, this, &RiskAreasPanel::add);
        connect(m_name, &QLineEdit::returnPressed, this, &RiskAreasPanel::add);
        connect(m_lift, &QPushButton::clicked, this, &RiskAreasPanel::lift);
    } else {
        auto *note
            = new QLabel(tr("The county keeps this list; it arrives with the county's bundles."));
        layout->addWidget(note);
    }
    layout->addWidget(m_table);
    reload();
}

void RiskAreasPanel::reload()
{
    const QList<RiskArea> areas = RiskAreaRepository(m_store).all();
    m_table->setRowCount(int(areas.size()));
    for (int row = 0; row < areas.size(); ++row) {
        const RiskArea &a = areas[row];
        const QStringList cells = { a.name, RiskArea::levelLabel(a.riskLevel),
            FormParts::dayText(a.listedOn), FormParts::dayText(a.liftedOn) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, a.id);
            if (a.riskLevel == "high"_L1 && !a.liftedOn.isValid())
                item->setForeground(FormParts::problemColor());
            if (a.liftedOn.isValid())
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, c, item);
        }
    }
}

void RiskAreasPanel::add()
{
    RiskArea area;
    area.name = m_name->text();
    area.riskLevel = m_level->currentData().toString();
    auto r = RiskAreaRepository(m_store).add(area);
    m_message->setText(r ? QString() : r.error());
    if (r) {
        m_name->clear();
        reload();
    }
}

void RiskAreasPanel::lift()
{
    const QTableWidgetItem *item = m_table->currentItem();
    if (!item)
        return;
    auto r = RiskAreaRepository(m_store).lift(
        item->data(Qt::UserRole).toString(), QDate::currentDate());
    m_message->setText(r ? QString() : r.error());
    reload();
}
