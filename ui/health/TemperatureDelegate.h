#pragma once

#include <QStyledItemDelegate>

// Editor of a temperature cell. Enter does not commit and close by itself: it asks the page,
// which saves through core and either moves on or keeps the refused text in the editor.
class TemperatureDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    // Only Enter saves: leaving the cell another way must not store a half-typed value.
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    // Closes the editor once the page has saved its value.
    void close(QWidget *editor);

signals:
    void enterPressed(QWidget *editor);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};
