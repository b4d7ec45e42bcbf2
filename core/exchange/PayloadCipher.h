#pragma once

#include "../store/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

#include <functional>
#include <memory>

// The payload of a bundle, encrypted for one recipient: a random key sealed for the recipient's
// X25519 key (libsodium sealed box), and the file compressed and encrypted with that key in
// 1 MiB pieces as an XChaCha20-Poly1305 secret stream. The stream's last piece is marked, so a
// payload cut short is seen as such; each piece is authenticated, so a flipped byte is too.
// Layout: the 24-byte stream header, then for each piece its length (4 bytes, little-endian)
// and the encrypted piece.
namespace PayloadCipher {

constexpr qint64 PieceSize = 1 << 20;

struct Encrypted
{
    QByteArray sealedKey;
    qint64 plainBytes = 0;
};

// Reads the file at plainPath and hands the encrypted stream to sink in pieces.
Result<Encrypted> encrypt(const QString &plainPath, const QByteArray &recipientEncryptionKey,
    const std::function<bool(const QByteArray &)> &sink);

// Takes the encrypted stream in pieces of any size and writes the plain file.
class Decryptor
{
    Q_DECLARE_TR_FUNCTIONS(PayloadCipher)

public:
    // key is the opened sealed key; at most plainLimit bytes are written.
    Decryptor(const QByteArray &key, const QString &plainPath, qint64 plainLimit);
    ~Decryptor();

    Result<void> feed(const QByteArray &bytes);
    // Refuses a stream that ended before its last piece.
    Result<void> finish();

private:
    Result<void> takePiece(const QByteArray &cipher);

    struct State;
    std::unique_ptr<State> m_state;
    QByteArray m_key;
    QByteArray m_pending;
    QFile m_out;
    qint64 m_plainLimit;
    qint64 m_written = 0;
    bool m_headerRead = false;
    bool m_finished = false;
    QString m_problem;
};

} // namespace PayloadCipher
