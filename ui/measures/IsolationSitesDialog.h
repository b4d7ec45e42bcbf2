#pragma once

#include "measures/IsolationSite.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class SiteOccupancyModel;
class Store;

// Keeps the list of isolation sites: shows each with its occupancy, adds a site, and edits the
// chosen one (capacity, status in use / standby / closed, phone).
class IsolationSitesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IsolationSitesDialog(Store &store, QWidget *parent = nullptr);

    SiteOccupancyModel *model() const { return m_model; }

private:
    void showSite(const IsolationSite &site);
    void saveSite();

    Store &m_store;
    SiteOccupancyModel *m_model;
    QTableView *m_table;
    IsolationSite m_site;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QSpinBox *m_capacity;
    QComboBox *m_status;
    QLineEdit *m_phone;
    QPushButton *m_save;
    QLabel *m_message;
};
