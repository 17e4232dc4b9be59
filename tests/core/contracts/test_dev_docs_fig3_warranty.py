"""Warranty periods stated without the word warranty, generalised from the training rounds
12-17: the handover named with a possessive or a demonstrative, by its record, as a
switch-over or an intervention, and the French "erreur" as a defect; each in nl, fr and en and
each with a sentence where the period must not be taken."""

import pytest

from vendorpact.core.contracts import analyse_text


def warranty_days(text: str):
    return analyse_text(text, learned=False).figures.warranty_days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Defects in the changes that appear within three months after their deployment "
            "are corrected free of charge.",
            90,
        ),
        (
            "Fouten in de scripts die binnen zes maanden na het proces-verbaal van oplevering "
            "worden gemeld, herstelt de opdrachtnemer kosteloos.",
            180,
        ),
        (
            "Les anomalies causées par une intervention du Prestataire sont corrigées "
            "gratuitement pendant trois mois à compter de cette intervention.",
            90,
        ),
        (
            "Fouten in de overgezette gegevens die jullie binnen 30 dagen na de overstap "
            "melden, zetten we kosteloos recht.",
            30,
        ),
        (
            "Pendant 60 jours après la migration finale, le Prestataire corrige sans frais "
            "toute erreur de migration constatée par le Client.",
            60,
        ),
    ],
)
def test_a_free_repair_after_the_handover_is_the_warranty(text, days):
    assert warranty_days(text) == days


@pytest.mark.parametrize(
    "text",
    [
        # a period that is no repair of defects
        "Pendant 60 jours après la migration finale, le Prestataire assure sans frais une "
        "permanence téléphonique.",
        "During three months after their deployment, the changes are hosted free of charge.",
        "Gedurende zes maanden na de overstap is de opleiding kosteloos.",
        # a delay of delivery, not a time after it
        "Les erreurs de facturation sont corrigées sans frais ; le délai de livraison est de "
        "60 jours de la commande.",
    ],
)
def test_a_free_period_of_no_defects_is_no_warranty(text):
    assert warranty_days(text) is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Si quelque chose ne fonctionne pas comme prévu après la mise en ligne, je corrige "
            "gratuitement pendant trois mois.",
            90,
        ),
        (
            "If anything does not work as described after go-live, we fix it free of charge "
            "for 3 months.",
            90,
        ),
        (
            "Als iets niet goed werkt na de oplevering, herstellen we het kosteloos gedurende "
            "twee maanden.",
            60,
        ),
    ],
)
def test_a_free_repair_with_the_handover_named_first_is_the_warranty(text, days):
    assert warranty_days(text) == days


@pytest.mark.parametrize(
    "text",
    [
        # a free period with no handover before it
        "Si quelque chose ne fonctionne pas, le support est gratuit pendant trois mois.",
        # a time to correct each defect, not a period in which defects are corrected
        "Après la mise en ligne, les anomalies signalées sont corrigées gratuitement dans les "
        "30 jours.",
    ],
)
def test_a_free_period_without_a_handover_before_is_no_warranty(text):
    assert warranty_days(text) is None
