#include "RegionsPage.h"

#include "main/FormParts.h"
#include "regions/RegionRepository.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int LevelRole = Qt::UserRole + 1;

QString levelName(Region::Level level)
{
    switch (level) {
    case Region::County: return RegionsPage::tr("County");
    case Region::Township: return RegionsPage::tr("Township");
    case Region::Village: return RegionsPage::tr("Village or community");
    case Region::Group: return RegionsPage::tr("Group or compound");
    case Region::Grid: return RegionsPage::tr("Grid");
    }
    return {};
}

} // namespace

RegionsPage::RegionsPage(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(u"regionsPage"_s);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(u"regionsTreeWidget"_s);
    m_tree->setHeaderLabels({ tr("Name"), tr("Region code"), tr("Level") });
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_add = new QPushButton(tr("&Add below the selected region…"));
    m_add->setObjectName(u"addRegionButton"_s);
    m_message = new QLabel;
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setStyleSheet(FormParts::problemStyleSheet());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tree);
    connect(m_add, &QPushButton::clicked, this, &RegionsPage::addChild);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RegionsPage::updateButtons);
    reload();
}

void RegionsPage::addChildren(QTreeWidgetItem *parentItem, const QString &parentId)
{
    for (const Region &region : RegionRepository(m_store).children(parentId)) {
        auto *item = new QTreeWidgetItem(parentItem, { region.name, region.code, levelName(region.level) });
        item->setData(0, IdRole, region.id);
        item->setData(0, LevelRole, int(region.level));
        if (region.level < Region::Grid)
            addChildren(item, region.id);
    }
}

void RegionsPage::reload()
{
    m_tree->clear();
    const Region township = RegionRepository(m_store).township();
    if (!township.isValid())
        return;
    auto *root = new QTreeWidgetItem(m_tree, { township.name, township.code, levelName(township.level) });
    root->setData(0, IdRole, township.id);
    root->setData(0, LevelRole, int(township.level));
    addChildren(root, township.id);
    root->setExpanded(true);
    m_tree->setCurrentItem(root);
    m_tree->resizeColumnToContents(1);
    updateButtons();
}

void RegionsPage::updateButtons()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    m_add->setEnabled(item && item->data(0, LevelRole).toInt() < Region::Grid);
    m_message->clear();
}

void RegionsPage::addChild()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    const QString parentId = item->data(0, IdRole).toString();
    const auto level = Region::Level(item->data(0, LevelRole).toInt() + 1);
    RegionRepository regions(m_store);
    bool ok = false;
    const QString name = QInputDialog::getText(
            this, tr("Add region"), tr("Name of the new %1 under %2:").arg(levelName(level), item->text(0)),
            QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const QString code = QInputDialog::getText(this, tr("Add region"), tr("Region code:"),
                                               QLineEdit::Normal, regions.nextChildCode(parentId), &ok);
    if (!ok)
        return;
    auto id = regions.add(parentId, code, name);
    if (!id) {
        m_message->setText(id.error());
        return;
    }
    auto *child = new QTreeWidgetItem(item, { name.trimmed(), regions.byId(id.value()).code, levelName(level) });
    child->setData(0, IdRole, id.value());
    child->setData(0, LevelRole, int(level));
    item->setExpanded(true);
    m_tree->setCurrentItem(child);
    emit regionsChanged();
}
