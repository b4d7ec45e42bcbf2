#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class Store;

// Sets up a testing round: its name and day, the villages it covers (all ticked at first, as
// 应检尽检 usually means the whole township), and its test sites. Saves on accept.
class TestRoundDialog : public QDialog
{
    Q_OBJECT

public:
    enum SiteColumn { SiteName, SiteAddress, SiteUnits, SiteColumnCount };

    explicit TestRoundDialog(Store &store, QWidget *parent = nullptr);

    // The round saved, once accepted.
    const QString &roundId() const { return m_roundId; }
    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *villagesList() const { return m_villages; }
    QTableWidget *sitesTable() const { return m_sites; }
    void addSiteRow();

    void accept() override;

private:
    Store &m_store;
    QString m_roundId;
    QLineEdit *m_name;
    QDateEdit *m_date;
    QListWidget *m_villages;
    QTableWidget *m_sites;
    QLabel *m_message;
};
