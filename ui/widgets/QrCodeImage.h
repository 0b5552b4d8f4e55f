#pragma once

// Draws a QR code from core (its module matrix) as a picture people scan with a phone: dark
// modules on white whatever the colour scheme, with the quiet zone readers need around it.

#include <QtGlobal>

class QPixmap;
class QrCode;

namespace QrCodeImage {

// modulePixels device-independent pixels per module; the pixmap follows devicePixelRatio.
QPixmap pixmap(const QrCode& code, int modulePixels, qreal devicePixelRatio = 1.0);

} // namespace QrCodeImage
