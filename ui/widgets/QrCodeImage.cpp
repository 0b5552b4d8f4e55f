#include "QrCodeImage.h"

#include "security/QrCode.h"

#include <QImage>
#include <QPixmap>

namespace QrCodeImage {

QPixmap pixmap(const QrCode& code, int modulePixels, qreal devicePixelRatio)
{
    const int modules = code.size() + 2 * QrCode::QuietZone;
    // One image pixel per module, scaled up without smoothing: sharp edges at any size.
    QImage image(modules, modules, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (code.isDark(x, y)) {
                image.setPixel(x + QrCode::QuietZone, y + QrCode::QuietZone, 1);
            }
        }
    }
    const int side = qRound(modules * modulePixels * devicePixelRatio);
    QPixmap result = QPixmap::fromImage(image.scaled(side, side, Qt::IgnoreAspectRatio, Qt::FastTransformation));
    result.setDevicePixelRatio(devicePixelRatio);
    return result;
}

} // namespace QrCodeImage
