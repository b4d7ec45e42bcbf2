#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class Store;

// Records one door-to-door screening visit to a household.
class ScreeningVisitDialog : public QDialog
{
    Q_OBJECT

public:
    ScreeningVisitDialog(Store &store, const QString &householdId, QWidget *parent = nullptr);
    void accept() override;

private:
    Store &m_store;
    QString m_householdId;
    QLineEdit *m_date;
    QLineEdit *m_visitor;
    QComboBox *m_result;
    QLineEdit *m_notes;
    QLabel *m_message;
};
