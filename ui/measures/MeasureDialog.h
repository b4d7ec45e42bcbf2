#pragma once

#include "measures/MeasureRepository.h"

#include <QDialog>

class PersonPicker;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class Store;

// Puts a person under a new measure: find the person, choose the kind, start date and (for
// central isolation) the site, tick the home-isolation checklist, and name up to five responsible
// cadres (五包一). Checks as the clerk types (core's MeasureRepository::check): the first problem
// shows under the form and Save stays off until there is none.
class MeasureDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MeasureDialog(Store &store, QWidget *parent = nullptr);

    QString measureId() const { return m_measureId; }
    void accept() override;

private:
    struct CadreRow
    {
        QLineEdit *name;
        QComboBox *role;
        QLineEdit *phone;
    };

    // The measure and cadres as the form shows them, or why the form cannot be read.
    QString readForm(ControlMeasure &measure, QList<Responsibility> &cadres) const;
    void kindChanged();
    void revalidate();

    Store &m_store;
    QString m_measureId;
    PersonPicker *m_person;
    QComboBox *m_kind;
    QLineEdit *m_startedOn;
    QLabel *m_plannedEnd;
    QComboBox *m_site;
    QCheckBox *m_cardPosted;
    QCheckBox *m_agreementSigned;
    QCheckBox *m_cameraInstalled;
    QList<CadreRow> m_cadres;
    QLineEdit *m_notes;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
