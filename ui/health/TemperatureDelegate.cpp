#include "TemperatureDelegate.h"

#include <QKeyEvent>
#include <QLineEdit>

using namespace Qt::StringLiterals;

QWidget *TemperatureDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    editor->setObjectName(u"temperatureEditor"_s);
    return editor;
}

void TemperatureDelegate::setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const
{
}

void TemperatureDelegate::close(QWidget *editor)
{
    emit closeEditor(editor, QAbstractItemDelegate::NoHint);
}

bool TemperatureDelegate::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (auto *editor = qobject_cast<QWidget *>(object)) {
                emit enterPressed(editor);
                return true;
            }
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}
