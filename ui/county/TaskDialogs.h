#pragma once

#include "county/VerificationTaskRepository.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class Store;

// At the county: gives a township a person to locate and verify.
class TaskDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TaskDialog(Store &store, QWidget *parent = nullptr);
    void accept() override;

private:
    Result<VerificationTask> entered() const;
    void revalidate();

    Store &m_store;
    QComboBox *m_township;
    QLineEdit *m_name;
    QLineEdit *m_idNumber;
    QLineEdit *m_phone;
    QLineEdit *m_reason;
    QLineEdit *m_dueOn;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

// At a township: what the verification of a person found.
class TaskResultDialog : public QDialog
{
    Q_OBJECT

public:
    TaskResultDialog(Store &store, const VerificationTask &task, QWidget *parent = nullptr);
    void accept() override;

private:
    Result<void> check() const;
    void revalidate();

    Store &m_store;
    VerificationTask m_task;
    QComboBox *m_result;
    QPlainTextEdit *m_notes;
    QLineEdit *m_verifiedOn;
    QLineEdit *m_verifiedBy;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
