#pragma once

// What the order and order request dialogs share about choosing an offer (C5).

#include "domain/Commerce.h"

class QComboBox;

namespace OfferWidgets {

// Fills terms with the terms offer is sold for, keeping the term chosen before when the offer
// sells it too; a single term is shown but can't be changed.
void fillTerms(QComboBox* terms, const Offer* offer);

} // namespace OfferWidgets
