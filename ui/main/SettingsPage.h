#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class Store;

// The installation's settings: who is working (named in the audit log), the interface language,
// the policy values (isolation days, fever threshold), and what unit and store this is.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(Store &store, QWidget *parent = nullptr);

    // Per-user preferences, kept in QSettings rather than the store: they belong to the person at
    // the PC, not to the township's data.
    static QString savedLanguage();

private:
    void savePolicy();

    Store &m_store;
    QSpinBox *m_homeIsolationDays;
    QSpinBox *m_centralIsolationDays;
    QSpinBox *m_homeMonitoringDays;
    QDoubleSpinBox *m_feverThreshold;
    QSpinBox *m_clockTolerance;
    QLabel *m_policyMessage;
    QComboBox *m_language;
    QLabel *m_note;
};
