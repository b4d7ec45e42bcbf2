#pragma once

#include <QWizard>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class Store;

// First start: asks for the township (name and 12-digit code) and its villages, typed or pasted
// as a list, and sets up the store; or, given a county's code, sets up a county. Nothing is
// written until Finish.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    explicit FirstRunWizard(Store &store, QWidget *parent = nullptr);
    bool validateCurrentPage() override;

private:
    void updatePreview();

    Store &m_store;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QCheckBox *m_join;
    QPlainTextEdit *m_villages;
    QLabel *m_townshipMessage;
    QLabel *m_preview;
};
