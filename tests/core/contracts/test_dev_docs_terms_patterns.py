"""How Belgian and Dutch suppliers write the exit and legal items and five risk flags: renewal
denied, renewal from year to year, a term or a liability borrowed from another agreement, exit
help refused, data held back (issue 9). Clauses written for this module, in nl, fr and en."""

import pytest

from vendorpact.core.contracts import analyse_text


def status(item_id: str, text: str) -> str:
    return analyse_text(text).item(item_id).status


def raised(risk_id: str, text: str) -> bool:
    return risk_id in analyse_text(text).risk_ids()


@pytest.mark.parametrize(
    "text",
    [
        "Artikel 4 - Duur\nEr is geen stilzwijgende verlenging. Elke partij kan de overeenkomst "
        "opzeggen met een opzegtermijn van drie maanden.",
        "Article 4 - Durée\nLe contrat n'est pas reconduit tacitement. Chaque partie peut le "
        "résilier moyennant un préavis de six mois.",
        "4. Term\nThis Agreement will not renew automatically. Either party may terminate it on "
        "ninety (90) days' written notice.",
    ],
)
def test_renewal_denied_raises_no_auto_renewal(text):
    assert not raised("risk.auto_renewal", text)


@pytest.mark.parametrize(
    "text",
    [
        "4. Term\nThis Agreement renews automatically for successive one-year terms unless "
        "either party notifies the other at least 90 days before the end of the term that it "
        "will not renew.",
        "Article 4 - Durée\nLe contrat est reconduit tacitement par périodes d'un an, sauf si "
        "une partie notifie, trois mois avant l'échéance, sa volonté de ne pas le renouveler.",
    ],
)
def test_notice_of_non_renewal_is_no_denial(text):
    assert raised("risk.auto_renewal", text)


def test_auto_renewal_reads_the_notice_of_the_renewal_clause():
    text = (
        "6. Renewal and cancellation\n"
        "6.1 Annual plans renew automatically for successive one-year periods unless you "
        "cancel at least 30 days before the end of the current period.\n"
        "6.2 We may terminate the Service for convenience on three months' written notice.\n"
    )
    assert not raised("risk.auto_renewal", text)


@pytest.mark.parametrize(
    "text",
    [
        "Artikel 4 - Looptijd\nHet onderhoudscontract wordt stilzwijgend hernieuwd voor telkens "
        "één jaar.",
        "Artikel 4 - Looptijd\nDe overeenkomst wordt van jaar tot jaar verlengd, behoudens "
        "opzegging.",
        "Article 4 - Durée\nLe contrat de maintenance se renouvelle tacitement d'année en année.",
    ],
)
def test_renewal_from_year_to_year_settles_the_duration(text):
    assert status("exit.duration_renewal", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Artikel 7 - Duur\n7.1 Deze verwerkersovereenkomst heeft dezelfde looptijd als de "
        "Hostingovereenkomst.",
        "7. Term\n7.1 This Data Processing Addendum has the same term as the Master Agreement.",
        "Article 7 - Durée\n7.1 La présente annexe a la même durée que le contrat principal.",
    ],
)
def test_term_borrowed_from_another_agreement_is_partial(text):
    assert status("exit.duration_renewal", text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "Artikel 6 - Aansprakelijkheid\nVoor de aansprakelijkheid van Verwerker geldt de "
        "regeling van artikel 14 van de Hostingovereenkomst.",
        "6. Liability\nEach party's liability under this Addendum is governed by section 11 of "
        "the Master Agreement.",
        "Article 6 - Responsabilité\nLa responsabilité du sous-traitant est régie par l'article "
        "9 du contrat principal.",
    ],
)
def test_liability_settled_by_another_agreement_is_partial(text):
    assert status("legal.liability", text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "Artikel 8 - Aansprakelijkheid\nDe leverancier is slechts aansprakelijk voor zijn opzet "
        "of zware fout.",
        "Article 8 - Responsabilité\nLe prestataire ne répond que de son dol ou de sa faute "
        "lourde.",
    ],
)
def test_liability_kept_only_for_grave_faults_is_covered(text):
    assert status("legal.liability", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "7. End of the subscription\n7.3 We do not provide migration assistance to another "
        "provider unless it is agreed in a separate professional services order.",
        "Artikel 12 - Einde\nDe leverancier is niet verplicht tot bijstand bij de overdracht naar "
        "een nieuwe leverancier.",
        "Article 12 - Fin du contrat\nLe prestataire n'est pas tenu d'assurer la réversibilité "
        "vers un nouveau prestataire.",
    ],
)
def test_exit_help_refused_is_partial(text):
    assert status("exit.transition", text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "Article 12 - Fin du contrat\nEn fin de contrat, le prestataire assiste le client dans "
        "le transfert vers le nouveau prestataire pendant trois mois.",
        "Artikel 12 - Einde\nBij het einde van het contract ondersteunt de leverancier de "
        "overstap naar een andere leverancier gedurende drie maanden.",
    ],
)
def test_help_to_move_to_the_next_supplier_is_a_transition(text):
    assert status("exit.transition", text) == "covered"


def test_copy_of_the_database_at_the_end_is_a_data_return():
    text = (
        "Artikel 11 - Einde van de overeenkomst\nBij het einde van de overeenkomst bezorgt de "
        "leverancier de klant een volledige kopie van zijn databank in CSV-formaat."
    )
    assert status("exit.data_return", text) == "covered"


def test_data_return_refused_is_partial():
    text = (
        "Article 11 - Fin du contrat\nLe prestataire ne restitue pas les données du client "
        "après la résiliation du contrat, sauf commande séparée."
    )
    assert status("exit.data_return", text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "Artikel 10 - Continuïteit\nDe broncode wordt in bewaring gegeven bij een onafhankelijke "
        "derde en bij elke nieuwe versie geactualiseerd.",
        "Article 10 - Continuité\nLes codes sources du progiciel sont déposés auprès d'un "
        "notaire et mis à jour à chaque version majeure.",
    ],
)
def test_source_code_kept_by_a_third_party_is_escrow(text):
    assert status("exit.escrow", text) == "covered"


def test_tribunal_de_l_entreprise_names_the_court():
    text = (
        "Article 15 - Litiges\nTout différend relève du tribunal de l'entreprise du Brabant "
        "wallon, division Nivelles."
    )
    assert status("legal.governing_law", text) == "covered"


def test_data_held_back_until_payment_is_lock_in():
    text = (
        "Article 5 - Paiement\nLe prestataire peut retenir les données du client jusqu'au "
        "paiement complet des factures échues."
    )
    assert raised("risk.data_lockin", text)


def test_deletion_after_the_data_were_returned_is_no_lock_in():
    text = (
        "Artikel 8 - Teruggave\nNa teruggave van de persoonsgegevens worden alle kopieën "
        "verwijderd na beëindiging van de overeenkomst."
    )
    assert not raised("risk.data_lockin", text)


def test_prices_adapted_unilaterally_is_a_unilateral_change():
    text = (
        "Article 3 - Prix\nLes tarifs peuvent être adaptés unilatéralement par le prestataire "
        "au 1er janvier de chaque année."
    )
    assert raised("risk.unilateral_change", text)


def test_change_denied_unilaterally_is_no_unilateral_change():
    text = (
        "Article 3 - Modifications\nLe présent contrat ne peut être modifié unilatéralement ; "
        "toute modification requiert un avenant."
    )
    assert not raised("risk.unilateral_change", text)
