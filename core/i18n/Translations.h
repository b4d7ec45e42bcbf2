#pragma once

#include <QString>

class QCoreApplication;

// Installs the program's translation and Qt's own for a language ("zh_CN" or "en"), so that
// messages from core, the widgets and Qt's standard dialogs all speak it.
namespace Translations {

QString defaultLanguage(); // zh_CN: the office's language
void install(QCoreApplication &app, const QString &language);

} // namespace Translations
