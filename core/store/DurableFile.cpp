#include "DurableFile.h"

#include <QFile>
#include <QtGlobal>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

#ifndef Q_OS_WIN
bool fsyncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
#endif

} // namespace

bool DurableFile::flush(const QString &path)
{
#ifdef Q_OS_WIN
    // _commit calls FlushFileBuffers, which needs a handle opened for writing.
    const int fd = ::_wopen(reinterpret_cast<const wchar_t *>(path.utf16()), _O_RDWR | _O_BINARY);
    if (fd < 0)
        return false;
    const bool ok = ::_commit(fd) == 0;
    ::_close(fd);
    return ok;
#else
    return fsyncPath(path);
#endif
}

bool DurableFile::flushFolder(const QString &folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder);
    return true;
#else
    return fsyncPath(folder);
#endif
}
