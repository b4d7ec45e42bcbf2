#pragma once

#include "people/Person.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class Store;

// Finds one person by name, ID number or phone as the clerk types (core's PersonQuery), and
// lists the first matches to choose from with the arrow keys. Forms that act on a person (a
// measure, a need) share it.
class PersonPicker : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxMatches = 20;

    explicit PersonPicker(
        Store &store, PersonCategory category = PersonCategory::Any, QWidget *parent = nullptr);

    // The chosen person's id, or empty.
    QString personId() const;
    QLineEdit *searchEdit() const { return m_search; }

signals:
    void personChanged();

private:
    void search();

    Store &m_store;
    PersonCategory m_category;
    QLineEdit *m_search;
    QListWidget *m_matches;
};
