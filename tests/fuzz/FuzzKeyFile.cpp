// The public key file one installation hands another (two PEM blocks, text around them allowed).
#include "FuzzInput.h"

#include "exchange/InstanceKeys.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray signingKey;
    QByteArray encryptionKey;
    if (InstanceKeys::parsePublicKeysPem(
            QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &signingKey,
            &encryptionKey)) {
        FuzzInput::require(signingKey.size() == 32 && encryptionKey.size() == 32,
                           "a key file read gives two 32-byte keys");
        QByteArray signingAgain;
        QByteArray encryptionAgain;
        FuzzInput::require(
            InstanceKeys::parsePublicKeysPem(InstanceKeys::publicKeysPem(signingKey, encryptionKey),
                                             &signingAgain, &encryptionAgain)
                && signingAgain == signingKey && encryptionAgain == encryptionKey,
            "the keys read are written back the same");
    }
    return 0;
}
