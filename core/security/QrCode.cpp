#include "QrCode.h"

#include <qrencode.h>

#include <memory>

std::optional<QrCode> QrCode::encode(const QByteArray& text)
{
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> encoded(
        QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char*>(text.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!encoded || encoded->width <= 0) {
        return std::nullopt;
    }
    QrCode code;
    code.m_size = encoded->width;
    const qsizetype count = qsizetype(encoded->width) * encoded->width;
    code.m_modules.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        // libqrencode: bit 0 of each byte is the module's colour (1 = dark).
        code.m_modules << ((encoded->data[i] & 1) != 0);
    }
    return code;
}
