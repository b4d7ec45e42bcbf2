#pragma once

#include <QWidget>

class NeedsModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class ReadingOverlay;
class Store;
class StoreReader;

// The special-needs register (特殊人群需求台账): open needs first, met ones greyed; records a
// need of a special-group person or a household, and marks a need met. Reads on a worker; the
// dialogs write on the window's connection, and the list is read again after them.
class NeedsPage : public QWidget
{
    Q_OBJECT

public:
    explicit NeedsPage(Store &store, QWidget *parent = nullptr);

    NeedsModel *model() const { return m_model; }
    // Reads the villages and the needs again; before the page was first shown, its first showing
    // does.
    void reload();
    // A read of the page has not come back yet.
    bool isReading() const;
    void addNeed();
    void markMet();

private:
    void applyFilter();
    // The needs have been read (problem empty) or could not be.
    void needsRead(const QString &problem);
    void updateButtons();

    Store &m_store;
    StoreReader *m_reader;
    bool m_shown = false;
    // A need to choose once the list has been read again.
    QString m_select;
    NeedsModel *m_model;
    QComboBox *m_village;
    QLabel *m_count;
    QTableView *m_table;
    ReadingOverlay *m_cover;
    QPushButton *m_markMet;
};
