#pragma once

#include "checkpoints/Checkpoint.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class Store;

// One passage, typed on one line and saved with Enter from any field, the fastest thing in the
// program: the ID number fills the person the store knows, the temperature and the health code
// set the outcome, and the warnings show above the line, red when the person should not pass.
// What stays the same from one passage to the next (checkpoint, direction, who records) is set
// by the page and carried over.
class EntryLine : public QWidget
{
    Q_OBJECT

public:
    explicit EntryLine(Store &store, QWidget *parent = nullptr);

    void setCheckpoint(const QString &checkpointId) { m_checkpointId = checkpointId; }
    void setDirection(const QString &direction) { m_direction = direction; }
    void setRecordedBy(const QString &name) { m_recordedBy = name; }
    // Fills the line from an entry and saves the next Enter as its correction.
    void amend(const CheckpointEntry &original);
    void clear();
    void focusFirst();
    bool save();

signals:
    void saved(const QString &entryId);

private:
    CheckpointEntry entered() const;
    void lookUpPerson();
    void updateWarnings();
    void suggestOutcome();

    Store &m_store;
    QString m_checkpointId;
    QString m_direction = QStringLiteral("in");
    QString m_recordedBy;
    QString m_amending; // the id of the entry being corrected
    bool m_outcomeChosen = false;
    QLineEdit *m_idNumber;
    QLineEdit *m_temperature;
    QLineEdit *m_healthCode;
    QLabel *m_healthCodeShown;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_plate;
    QLineEdit *m_from;
    QLineEdit *m_reason;
    QLineEdit *m_permit;
    QCheckBox *m_disinfected;
    QComboBox *m_outcome;
    QLabel *m_person;
    QLabel *m_warnings;
    QLabel *m_message;
};
