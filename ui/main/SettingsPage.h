#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class Store;

// The installation's settings: who is working (named in the audit log), the interface language
// and the idle lock, the policy values (isolation days, fever threshold), what unit and store
// this is, and — for an administrator — the copies of the store, one of which can be restored.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(Store &store, QWidget *parent = nullptr);

    // Per-user preferences, kept in QSettings rather than the store: they belong to the person at
    // the PC, not to the township's data.
    static QString savedLanguage();

signals:
    // A copy was restored: everything shown is to be read again.
    void storeRestored();

private:
    void savePolicy();
    void listCopies();
    void restoreCopy();

    Store &m_store;
    QSpinBox *m_homeIsolationDays;
    QSpinBox *m_centralIsolationDays;
    QSpinBox *m_homeMonitoringDays;
    QDoubleSpinBox *m_feverThreshold;
    QSpinBox *m_clockTolerance;
    QLabel *m_policyMessage;
    QComboBox *m_language;
    QLabel *m_note;
    class QTableWidget *m_copies = nullptr;
    QLabel *m_copiesMessage = nullptr;
};
