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


@pytest.mark.parametrize(
    "text",
    [
        "Article 4 - Durée\nLe contrat prend cours le 1er janvier 2027 pour une période de 36 "
        "mois.",
        "Artikel 4 - Duur\nDe overeenkomst vangt aan op 1 maart 2027 voor een periode van drie "
        "jaar.",
    ],
)
def test_start_with_a_period_settles_the_duration(text):
    assert status("exit.duration_renewal", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Artikel 11 - Einde\nNa afloop van het contract kan de klant zijn gegevens gedurende 30 "
        "dagen downloaden via het portaal.",
        "Artikel 11 - Einde\nBij stopzetting van het abonnement ontvangt de klant een export van "
        "al zijn gegevens in Excel-formaat.",
    ],
)
def test_data_fetched_at_the_end_is_a_data_return(text):
    assert status("exit.data_return", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Article 9 - Discrétion\nLes parties sont tenues à une stricte obligation de discrétion "
        "quant aux informations échangées.",
        "Artikel 9 - Discretie\nDe leverancier is gebonden door een discretieplicht met "
        "betrekking tot alle informatie van de klant.",
    ],
)
def test_duty_of_discretion_is_confidentiality(text):
    assert status("legal.confidentiality", text) == "covered"


def test_gdpr_by_its_number_is_data_protection():
    text = (
        "Artikel 10 - Privacy\nPartijen leven bij elke verwerking de Verordening (EU) 2016/679 na."
    )
    assert status("legal.data_protection", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Artikel 8 - Eigendom\nDe klant wordt na volledige betaling eigenaar van de "
        "maatwerkontwikkelingen.",
        "Artikel 8 - Rechten\nAlle rechten op de maatwerksoftware komen toe aan de klant.",
        "Article 8 - Développements\nLe client acquiert la propriété des développements "
        "spécifiques dès leur paiement intégral.",
    ],
)
def test_ownership_of_what_is_delivered_is_ip(text):
    assert status("legal.ip", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Artikel 3 - Voorwaarden\nWij mogen deze voorwaarden op elk ogenblik wijzigen.",
        "Artikel 3 - Prijzen\nDe leverancier heeft het recht zijn tarieven jaarlijks aan te "
        "passen.",
    ],
)
def test_supplier_may_change_prices_or_terms(text):
    assert raised("risk.unilateral_change", text)


def test_client_may_change_its_order_is_no_unilateral_change():
    text = "Artikel 3 - Bestelling\nDe klant mag de voorwaarden van zijn bestelling wijzigen."
    assert not raised("risk.unilateral_change", text)


@pytest.mark.parametrize(
    "text",
    [
        "4. Term\nThis Agreement shall be renewed for further periods of twelve months unless "
        "terminated by either party with three months' notice.",
        "Article 4 - Durée\nLe contrat est prolongé d'office pour une durée d'un an, sauf préavis "
        "de trois mois.",
    ],
)
def test_renewal_unless_someone_acts_is_auto_renewal(text):
    assert raised("risk.auto_renewal", text)


def test_renewal_by_mutual_agreement_is_no_auto_renewal():
    text = (
        "4. Term\nThis Agreement may be renewed for a further period of twelve months by mutual "
        "written agreement, on three months' notice."
    )
    assert not raised("risk.auto_renewal", text)


@pytest.mark.parametrize(
    "text",
    [
        "Article 6 - Disponibilité\nLe prestataire met tout en oeuvre pour assurer la "
        "disponibilité du service.",
        "Artikel 6 - Beschikbaarheid\nDe leverancier doet al het redelijke om de dienst "
        "beschikbaar te houden.",
    ],
)
def test_doing_everything_reasonable_is_best_efforts(text):
    assert raised("risk.best_efforts_only", text)


def test_no_access_to_data_after_termination_is_lock_in():
    text = "Artikel 5 - Einde\nNa beëindiging heeft de klant geen toegang meer tot zijn gegevens."
    assert raised("risk.data_lockin", text)


@pytest.mark.parametrize(
    "text",
    [
        "Section 5 - Subcontracting\nSupplier may subcontract parts of the Services to another "
        "service provider with Customer's prior approval.",
        "Article 5 - Sous-traitance\nLe prestataire peut sous-traiter une partie des prestations "
        "à un autre prestataire.",
    ],
)
def test_subcontracting_is_no_transition(text):
    assert status("exit.transition", text) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Article 3 - Prix\nLes prix peuvent être adaptés moyennant un préavis d'un mois.",
        "Artikel 8 - Gegevens\nNa beëindiging van de overeenkomst worden alle gegevens verwijderd.",
        "Article 8 - Données\nAprès la résiliation du contrat, les données sont supprimées dans "
        "les 30 jours.",
    ],
)
def test_notice_for_a_price_change_or_what_follows_the_end_is_no_termination(text):
    assert status("exit.termination", text) == "missing"


def test_notice_for_a_price_change_with_a_right_to_terminate_is_termination():
    text = (
        "Article 3 - Prix\nLes prix peuvent être adaptés moyennant un préavis d'un mois ; le "
        "client peut alors résilier le contrat par lettre recommandée dans les 15 jours."
    )
    assert status("exit.termination", text) == "covered"


def test_client_data_handed_over_at_the_start_is_no_data_return():
    text = (
        "Artikel 2 - Migratie\nDe klant bezorgt de leverancier bij de start een export van zijn "
        "gegevens in CSV-formaat."
    )
    assert status("exit.data_return", text) == "missing"


def test_something_agreed_amicably_is_no_dispute_resolution():
    text = "Artikel 4 - Planning\nWijzigingen van de planning worden in der minne afgesproken."
    assert status("legal.dispute_resolution", text) == "missing"


def test_period_after_the_end_is_no_duration():
    text = (
        "Artikel 9 - Geheimhouding\nDe geheimhouding blijft van kracht tot drie jaar na het einde "
        "van de overeenkomst."
    )
    assert status("exit.duration_renewal", text) == "missing"


def test_retention_right_renounced_is_no_lock_in():
    text = (
        "Artikel 9 - Gegevens\nDe leverancier oefent geen retentierecht uit op de gegevens van de "
        "klant."
    )
    assert not raised("risk.data_lockin", text)


def test_liability_accepted_for_data_loss_is_not_excluded():
    text = (
        "Artikel 8 - Aansprakelijkheid\nDe leverancier is aansprakelijk voor verlies van "
        "gegevens door zijn fout."
    )
    assert not raised("risk.liability_excluded", text)


def test_liability_for_data_loss_excluded_in_a_list():
    text = (
        "Artikel 8 - Aansprakelijkheid\nDe leverancier is niet aansprakelijk voor:\n"
        "a) gederfde winst;\nb) verlies van gegevens."
    )
    assert raised("risk.liability_excluded", text)


def test_verbreking_is_termination():
    text = (
        "Artikel 9 - Verbreking\nBij eenzijdige verbreking van de overeenkomst door de klant is "
        "een verbrekingsvergoeding verschuldigd gelijk aan zes maanden vergoeding."
    )
    assert status("exit.termination", text) == "covered"


def test_escrowovereenkomst_is_escrow():
    text = (
        "Artikel 10 - Continuïteit\nPartijen sluiten een escrowovereenkomst af met een "
        "escrow-agent."
    )
    assert status("exit.escrow", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Artikel 4 - Duur\nDe overeenkomst verlengt zich automatisch met twaalf maanden.",
        "4. Subscription\nThe subscription auto-renews for 12-month periods.",
    ],
)
def test_renewal_in_the_active_voice_settles_the_duration(text):
    assert status("exit.duration_renewal", text) == "covered"


def test_exitbijstand_is_a_transition():
    text = (
        "Artikel 12 - Exit\nDe leverancier verleent exitbijstand gedurende zes maanden na het "
        "einde van de overeenkomst."
    )
    assert status("exit.transition", text) == "covered"


def test_dispute_first_put_to_a_committee_is_dispute_resolution():
    text = "Artikel 14 - Geschillen\nGeschillen worden eerst voorgelegd aan het escalatiecomité."
    assert status("legal.dispute_resolution", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Artikel 4 - Duur\nDe overeenkomst verlengt zich automatisch met twaalf maanden, tenzij "
        "ze drie maanden voor de vervaldag wordt opgezegd.",
        "4. Subscription\nThe subscription auto-renews for successive 24-month periods.",
        "Article 4 - Durée\nÀ défaut de dénonciation trois mois avant son terme, le contrat est "
        "renouvelé pour une nouvelle période d'un an.",
    ],
)
def test_renewal_wording_without_tacit_is_auto_renewal(text):
    assert raised("risk.auto_renewal", text)


def test_price_change_with_the_clients_right_to_terminate_stays_unilateral():
    text = (
        "Article 3 - Prix\nLe prestataire peut modifier ses tarifs moyennant un préavis d'un "
        "mois ; le client peut alors résilier le contrat."
    )
    assert raised("risk.unilateral_change", text)
