#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class Store;

// Finds a household by its address or its head's name as the clerk types, and lists the first
// matches to choose from with the arrow keys; the first entry is "no household". The resident
// form uses it to put a person into a household.
class HouseholdPicker : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxMatches = 30;

    HouseholdPicker(Store &store, const QString &householdId, QWidget *parent = nullptr);

    // The chosen household's id, or empty for none.
    QString householdId() const;
    QLineEdit *searchEdit() const { return m_search; }

signals:
    void householdChanged();

private:
    void search(const QString &keep);

    Store &m_store;
    QLineEdit *m_search;
    QListWidget *m_matches;
};
