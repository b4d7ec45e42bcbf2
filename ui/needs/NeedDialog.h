#pragma once

#include "needs/NeedRecord.h"

#include <QDialog>

class HouseholdPicker;
class PersonPicker;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class Store;

// Records a need of a special-group person (found by name, ID number or phone) or of a
// household (found by address). Checks as the clerk types (core's NeedRepository::check).
class NeedDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NeedDialog(Store &store, QWidget *parent = nullptr);

    QString needId() const { return m_needId; }
    void accept() override;

private:
    QString readForm(NeedRecord &record) const;
    void revalidate();

    Store &m_store;
    QString m_needId;
    QRadioButton *m_forPerson;
    QRadioButton *m_forHousehold;
    PersonPicker *m_person;
    HouseholdPicker *m_household;
    QComboBox *m_need;
    QLineEdit *m_detail;
    QLineEdit *m_requestedOn;
    QLineEdit *m_notes;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
