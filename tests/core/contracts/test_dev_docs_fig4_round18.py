"""Notice, term and warranty patterns generalised from training round 18: a right to end
"without notice" gives no notice, a change announced before it applies is no notice to end,
the verb of running with a bare length ("Elle court 12 mois"), and a handover said as a
clause ("after it was put into production"); nl, fr and en, each with a negative."""

import pytest

from vendorpact.core.contracts import analyse_text


def figures_of(text: str):
    return analyse_text(text, learned=False).figures


@pytest.mark.parametrize(
    "text",
    [
        "Le Client peut résilier le contrat sans préavis ni indemnité si le délai est dépassé "
        "plus de trois fois sur douze mois.",
        "The Client may terminate the agreement without notice if the deadline is missed more "
        "than three times in twelve months.",
        "De klant kan de overeenkomst zonder opzeg beëindigen als de termijn meer dan drie keer "
        "in twaalf maanden wordt overschreden.",
    ],
)
def test_ending_without_notice_gives_no_notice(text):
    assert figures_of(text).notice_period_days is None


@pytest.mark.parametrize(
    "text",
    [
        "Either party may terminate the agreement with no less than sixty (60) days' prior notice.",
        "Chaque partie peut résilier le contrat moyennant un préavis de soixante jours.",
    ],
)
def test_a_notice_not_negated_still_counts(text):
    assert figures_of(text).notice_period_days == 60


@pytest.mark.parametrize(
    "text",
    [
        "Toute hausse est notifiée par e-mail au moins 30 jours avant son entrée en vigueur ; le "
        "Client qui la refuse peut résilier le service concerné avant cette date.",
        "Any increase is notified at least 30 days before it takes effect; the Client who "
        "refuses it may terminate the service.",
        "Elke verhoging wordt minstens 30 dagen vóór de inwerkingtreding gemeld; de klant die "
        "ze weigert kan de dienst opzeggen.",
    ],
)
def test_a_change_announced_before_it_applies_is_no_notice(text):
    assert figures_of(text).notice_period_days is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Elle court 12 mois à partir de l'installation et se renouvelle ensuite.", 12),
        ("Les services courent 24 mois à compter de l'activation.", 24),
        ("The support runs 24 months from installation and then renews.", 24),
    ],
)
def test_a_service_that_runs_a_bare_length_is_the_term(text, months):
    assert figures_of(text).contract_term_months == months


@pytest.mark.parametrize(
    "text",
    [
        "La garantie court 12 mois à partir de la livraison.",
        "Les garanties courent 24 mois à compter de la livraison.",
    ],
)
def test_a_warranty_that_runs_a_bare_length_is_no_term(text):
    figures = figures_of(text)
    assert figures.contract_term_months is None
    assert figures.warranty_days is not None


@pytest.mark.parametrize(
    "text",
    [
        "The Supplier corrects free of charge any defect that is reported within 60 calendar "
        "days after it was put into production.",
        "Le Prestataire corrige gratuitement toute anomalie signalée dans les 60 jours après "
        "qu'elle a été mise en production.",
        "De leverancier herstelt kosteloos elk gebrek dat binnen 60 dagen nadat het in "
        "productie is genomen wordt gemeld.",
    ],
)
def test_a_handover_said_as_a_clause_opens_the_warranty(text):
    assert figures_of(text).warranty_days == 60


@pytest.mark.parametrize(
    "text",
    [
        "Defects reported within 60 days after it was invoiced are credited.",
        "Toute anomalie signalée dans les 60 jours après qu'elle a été facturée est créditée.",
        "Elk gebrek dat binnen 60 dagen nadat het gefactureerd is wordt gemeld, wordt "
        "gecrediteerd.",
    ],
)
def test_a_clause_that_is_no_handover_opens_no_warranty(text):
    assert figures_of(text).warranty_days is None
