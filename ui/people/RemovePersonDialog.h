#pragma once

#include "people/Person.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;
class PersonPicker;
class Store;

// Takes a person off the register for a reason the tombstone keeps: moved out (where to), died
// (the date), or registered twice (which person is the same: the two become one).
class RemovePersonDialog : public QDialog
{
    Q_OBJECT

public:
    RemovePersonDialog(Store &store, const Person &person, QWidget *parent = nullptr);

    void accept() override;

private:
    void showReason();

    Store &m_store;
    Person m_person;
    QComboBox *m_reason;
    QStackedWidget *m_details;
    QLineEdit *m_movedTo;
    QDateEdit *m_movedOn;
    QDateEdit *m_diedOn;
    PersonPicker *m_same;
    QLineEdit *m_note;
    QLabel *m_message;
};
