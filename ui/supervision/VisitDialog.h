#pragma once

#include "supervision/Supervision.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class Store;

// Records one visit of a round: the place and day, whether it was unannounced (四不两直), the
// checklist's answers, notes, and the problems found, each added from the small form below.
class VisitDialog : public QDialog
{
    Q_OBJECT

public:
    VisitDialog(Store &store, const SupervisionRound &round, QWidget *parent = nullptr);
    void accept() override;

private:
    void addFinding();

    Store &m_store;
    SupervisionRound m_round;
    QList<Finding> m_findings;
    QComboBox *m_target;
    QDateEdit *m_visitedOn;
    QCheckBox *m_unannounced;
    QTableWidget *m_answers;
    QPlainTextEdit *m_notes;
    QComboBox *m_category;
    QPlainTextEdit *m_description;
    QComboBox *m_severity;
    QLineEdit *m_unit;
    QLineEdit *m_person;
    QDateEdit *m_deadline;
    QListWidget *m_found;
    QLabel *m_message;
};
