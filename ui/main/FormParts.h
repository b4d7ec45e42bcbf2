#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QLabel;

// The pieces every entry form shares, so that they look and behave the same everywhere.
namespace FormParts {

// Style of a line that says what is wrong with the input.
QString problemStyleSheet();
// The red line under a form that shows the first problem (object name "messageLabel").
QLabel *messageLabel();
// Save and Cancel (Save named "saveButton"), wired to the dialog's accept() and reject().
QDialogButtonBox *saveCancelButtons(QDialog *dialog);

} // namespace FormParts
