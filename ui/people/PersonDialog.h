#pragma once

#include "people/Person.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class HouseholdPicker;
class Store;

// Adds or edits one person. Checks as the clerk types (core's PersonRepository::check): the
// first problem is shown under the form and Save stays off until there is none. The household is
// picked by its address or its head's name; a person moved to another household keeps a record
// of the move. A valid ID number
// fills in gender and birth date.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    // person.id empty: a new person (person may carry a preset village or household).
    PersonDialog(Store &store, const Person &person, QWidget *parent = nullptr);

    QString personId() const { return m_person.id; }
    void accept() override;

private:
    void fillFromIdNumber();
    // The person as the form shows it, or why the form cannot be read (a date that is no date).
    QString readForm(Person &person) const;
    void revalidate();

    Store &m_store;
    Person m_person;
    QLineEdit *m_name;
    QLineEdit *m_idNumber;
    QComboBox *m_gender;
    QLineEdit *m_birthDate;
    QLineEdit *m_phone;
    QComboBox *m_village;
    HouseholdPicker *m_household;
    QComboBox *m_relation;
    QComboBox *m_residenceType;
    QCheckBox *m_returnee;
    QLineEdit *m_returneeOrigin;
    QLineEdit *m_arrivedOn;
    QCheckBox *m_riskArea;
    QCheckBox *m_closeContact;
    QComboBox *m_specialGroup;
    QPlainTextEdit *m_notes;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
