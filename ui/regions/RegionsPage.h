#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class Store;

// The region tree of the township: villages, their groups (or compounds) and grids. A clerk adds
// a group under a village, or a grid under a group; codes are suggested and checked by core.
class RegionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit RegionsPage(Store &store, QWidget *parent = nullptr);
    void reload();
    void addChild();

signals:
    void regionsChanged();

private:
    void addChildren(QTreeWidgetItem *parentItem, const QString &parentId);
    void updateButtons();

    Store &m_store;
    QTreeWidget *m_tree;
    QPushButton *m_add;
    QLabel *m_message;
};
