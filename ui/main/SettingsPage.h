#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class Store;

// The installation's settings: who is working (named in the audit log), the interface language,
// and what unit and store this is.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(Store &store, QWidget *parent = nullptr);

    // Per-user preferences, kept in QSettings rather than the store: they belong to the person at
    // the PC, not to the township's data.
    static QString savedLanguage();
    static QString savedUserName();

private:
    Store &m_store;
    QComboBox *m_language;
    QLineEdit *m_userName;
    QLabel *m_note;
};
