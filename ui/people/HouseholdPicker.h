#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class Store;

// Finds a household by its address or its head's name as the clerk types, and lists the first
// matches to choose from with the arrow keys; with offerNone, the first entry is "no household".
// The resident form uses it to put a person into a household, the needs form to find one.
class HouseholdPicker : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxMatches = 30;

    HouseholdPicker(Store &store, const QString &householdId, bool offerNone = true,
        QWidget *parent = nullptr);

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
    bool m_offerNone;
};
