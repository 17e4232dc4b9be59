"""Warranty patterns generalised from the training rounds 13-17: the maker named after the
length ("a 5-year manufacturer warranty") ranks below the supplier's own, free repair in the
first days of the service, a handover record after "à compter du", the length before the
Flemish "waarborg", and a sentence under a warranty heading that names no defect; nl, fr and
en, each with a sentence where the number must not be taken."""

import pytest

from vendorpact.core.contracts import analyse_text


def warranty_of(text: str):
    return analyse_text(text, learned=False).figures.warranty_days


@pytest.mark.parametrize(
    "text",
    [
        "The hardware has a 5-year manufacturer warranty; if something isn't right in our "
        "installation during the first 30 days, we fix it at no cost.",
        "The laptops come with a two-year warranty from the manufacturer. If something does not "
        "work during the first 30 days, we fix it free of charge.",
        "Les PC ont trois ans de garantie constructeur. Pendant les 30 premiers jours, nous "
        "corrigeons gratuitement tout problème de configuration.",
        "De pc's hebben 3 jaar fabrieksgarantie. Binnen de eerste 30 dagen lossen we elk "
        "probleem met de installatie kosteloos op.",
    ],
)
def test_the_own_repair_window_beats_the_makers_warranty(text):
    assert warranty_of(text) == 30


@pytest.mark.parametrize(
    "text",
    [
        "The hardware has a 3-year manufacturer warranty.",
        "Le matériel bénéficie de 3 ans de garantie du constructeur.",
        "De hardware heeft 3 jaar garantie van de fabrikant.",
    ],
)
def test_the_makers_warranty_alone_still_counts(text):
    assert warranty_of(text) == pytest.approx(1080, rel=0.02)  # three years


@pytest.mark.parametrize(
    "text",
    [
        "During the first 30 days we offer a discount free of charge on extra licences.",
        "Pendant les 30 premiers jours, la formation est offerte gratuitement.",
        "In de eerste 30 dagen is de opleiding gratis.",
    ],
)
def test_a_first_period_without_defects_is_no_warranty(text):
    assert warranty_of(text) is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "5.5 Pendant 30 jours à compter du procès-verbal, le Prestataire corrige "
            "gratuitement toute anomalie de configuration.",
            30,
        ),
        (
            "For 30 days from the acceptance certificate the Supplier fixes any defect free of "
            "charge.",
            30,
        ),
        (
            "Gedurende 30 dagen na het proces-verbaal herstelt de leverancier kosteloos elke fout.",
            30,
        ),
    ],
)
def test_a_repair_window_from_the_handover_record_is_the_warranty(text, days):
    assert warranty_of(text) == days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Op alle geleverde apparatuur geven wij 24 maanden omniumwaarborg vanaf de oplevering.",
            720,
        ),
        ("Wij geven twee jaar waarborg op de onderdelen en de arbeid.", 720),
    ],
)
def test_the_length_before_waarborg_is_the_warranty(text, days):
    assert warranty_of(text) == pytest.approx(days, rel=0.02)


@pytest.mark.parametrize(
    "text",
    [
        "De huurder betaalt drie maanden waarborg, te storten bij ondertekening.",
        "Er is drie maanden huurwaarborg verschuldigd.",
    ],
)
def test_a_deposit_is_no_warranty(text):
    assert warranty_of(text) is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Artikel 7 - Acceptatie en garantie\n7.3 In de eerste twee weken na livegang is een "
            "consultant aanwezig.\n7.4 Gedurende drie maanden na acceptatie herstelt de "
            "leverancier kosteloos alle fouten.\n",
            90,
        ),
        (
            "Article 7 - Acceptance and warranty\n7.3 For two weeks after go-live a consultant is "
            "on site.\n7.4 For three months after acceptance the supplier fixes all defects free "
            "of charge.\n",
            90,
        ),
        (
            "Article 7 - Réception et garantie\n7.3 Pendant deux semaines après la mise en "
            "production, un consultant est présent.\n7.4 Pendant trois mois après la réception, "
            "le prestataire corrige gratuitement toute anomalie.\n",
            90,
        ),
    ],
)
def test_under_a_warranty_heading_a_later_sentence_must_name_defects(text, days):
    assert warranty_of(text) == days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Toute image illisible ou manquante signalée dans les six mois de la livraison du "
            "lot est renumérisée gratuitement.",
            180,
        ),
        (
            "Unreadable or damaged scans reported within 60 days of delivery of the batch are "
            "rescanned free of charge.",
            60,
        ),
        (
            "Onleesbare of beschadigde scans die binnen 60 dagen na levering gemeld worden, "
            "scannen we kosteloos opnieuw.",
            60,
        ),
    ],
)
def test_a_damaged_delivery_reported_after_delivery_opens_the_warranty(text, days):
    assert warranty_of(text) == days


def test_damage_to_protest_at_delivery_is_no_warranty():
    text = (
        "Damaged boxes must be reported within 2 days of delivery, failing which they are "
        "deemed accepted."
    )
    assert warranty_of(text) is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Onze waarborg bedraagt zes maanden na oplevering.", 180),
        ("De waarborg duurt twaalf maanden vanaf de levering.", 360),
        ("Notre garantie est de six mois après la livraison.", 180),
        ("Our warranty is six months from delivery.", 180),
    ],
)
def test_a_warranty_with_a_verb_before_its_length(text, days):
    assert warranty_of(text) == pytest.approx(days, rel=0.02)


@pytest.mark.parametrize(
    "text",
    [
        "De waarborg bedraagt drie maanden huur.",
        "De waarborg is twee maanden abonnement.",
    ],
)
def test_a_deposit_with_a_verb_is_no_warranty(text):
    assert warranty_of(text) is None
