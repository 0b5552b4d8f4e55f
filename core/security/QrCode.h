#pragma once

// A QR code as a square of modules (dark or light), made by libqrencode. Core draws nothing: the
// GUI paints the modules with the quiet zone around them.

#include <QByteArray>
#include <QList>

#include <optional>

class QrCode
{
public:
    // text in byte mode at error correction level M, the smallest version that holds it; nothing
    // when libqrencode can't encode it.
    static std::optional<QrCode> encode(const QByteArray& text);

    // Modules per side.
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules.at(qsizetype(y) * m_size + x); }
    // Light modules a reader needs around the code (ISO/IEC 18004).
    static constexpr int QuietZone = 4;

private:
    int m_size = 0;
    QList<bool> m_modules;
};
