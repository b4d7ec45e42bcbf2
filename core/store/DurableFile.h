#pragma once

#include <QString>

// Durable writes: a file written under a temporary name and then renamed must reach the device
// before its new name does, or a power cut (a township PC pulled from the wall, a stick pulled out)
// can leave the name on an empty or cut-short file. The platform calls live here and nowhere else.
class DurableFile
{
public:
    // Flushes a written and closed file's bytes to the device; false when that failed.
    static bool flush(const QString &path);
    // Flushes a folder's entries after a rename in it, so that the new name lasts too. Windows
    // keeps a folder's entries with the file system's own journal: nothing to do there.
    static bool flushFolder(const QString &folder);
};
