#include "OfferWidgets.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace OfferWidgets {

void fillTerms(QComboBox* terms, const Offer* offer)
{
    const QVariant chosen = terms->currentData();
    const QSignalBlocker blocker(terms);
    terms->clear();
    if (!offer) {
        return;
    }
    for (Term term : offer->terms) {
        terms->addItem(Enums::displayName(term), int(term));
    }
    const int kept = terms->findData(chosen);
    terms->setCurrentIndex(kept >= 0 ? kept : 0);
    terms->setEnabled(terms->count() > 1);
}

} // namespace OfferWidgets
