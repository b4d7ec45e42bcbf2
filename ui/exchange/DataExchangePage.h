#pragma once

#include "exchange/InstanceKeys.h"

#include <QWidget>

#include <optional>

class ConflictsModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class Store;

// Data exchange (数据交换): this installation's key, the installations it trusts, making a
// bundle for one of them onto a USB stick and taking one in, the history of both, and the
// conflicts a clerk settles.
class DataExchangePage : public QWidget
{
    Q_OBJECT

public:
    explicit DataExchangePage(Store &store, QWidget *parent = nullptr);

    void reload();
    // What the buttons do once a folder or file has been chosen.
    void trustKeyFile(const QString &file);
    void exportBundle(const QString &folder);
    void importBundle(const QString &file);

signals:
    // An import changed the store: the other pages show it anew.
    void storeChanged();

private:
    void saveKeyFile();
    void chooseKeyFile();
    void forgetPeer();
    void chooseExportFolder();
    void chooseImportFile();
    void showConflict();
    void keepVersion(bool remote);
    void undoMerge();
    void updateButtons();
    QString selectedPeer() const;

    Store &m_store;
    std::optional<InstanceKeys> m_keys;
    QLabel *m_self;
    QTabWidget *m_tabs;
    QTableWidget *m_peers;
    QPushButton *m_forget;
    QPushButton *m_export;
    QPushButton *m_import;
    QCheckBox *m_full;
    QLabel *m_reportTitle;
    QTableWidget *m_report;
    QTableWidget *m_history;
    ConflictsModel *m_conflictsModel;
    QTableView *m_conflicts;
    QTableWidget *m_conflictDetail;
    QPushButton *m_keepLocal;
    QPushButton *m_keepRemote;
    QPushButton *m_split;
    QLabel *m_message;
};
