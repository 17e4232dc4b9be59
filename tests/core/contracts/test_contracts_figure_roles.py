"""Figures chosen by the role of the words around them, not by their position."""

from vendorpact.core.contracts import analyse_text


def figures_of(text):
    return analyse_text(text).figures


def test_notice_for_a_rate_change_is_not_the_termination_notice_en():
    figures = figures_of(
        "The Supplier may increase its hourly rates on thirty (30) days' notice, and the "
        "Customer may then terminate this Agreement on sixty (60) days' written notice."
    )
    assert figures.notice_period_days == 60


def test_notice_for_a_price_change_is_not_the_termination_notice_nl():
    figures = figures_of(
        "De Leverancier mag de tarieven jaarlijks aanpassen mits een kennisgeving van één "
        "maand; elke partij kan de overeenkomst opzeggen met een opzegtermijn van drie maanden."
    )
    assert figures.notice_period_days == 90


def test_notice_for_a_price_change_alone_gives_no_notice_period_fr():
    figures = figures_of(
        "Le Prestataire peut modifier ses tarifs moyennant un préavis de deux mois, faute de "
        "quoi le Client peut résilier le contrat."
    )
    assert figures.notice_period_days is None
