"""The shared "partial" definition, signatures and the supplier's terms, in nl, fr and en.

Development fixtures written for these behaviours (not taken from any evaluation document):
signature areas left blank or signed, disclaimers and best-efforts wording, references to
annexes with or without their content, and the supplier's general terms prevailing.
"""

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.detectors.partial import refers_to_included_part
from vendorpact.core.contracts.structure import build_structure

SIGNED = "agreement.signed_both"


def signed_status(text: str) -> str:
    return analyse_text(text).item(SIGNED).status


def risks(text: str) -> list[str]:
    return analyse_text(text).risk_ids()


# -- signatures: blanks are not signatures -----------------------------------------------------

NL_BLANK_BLOCKS = (
    "Artikel 12 – Slotbepalingen\n"
    "12.1 Deze overeenkomst wordt beheerst door het Belgisch recht.\n\n"
    "Opgemaakt te Gent op 12/03/2027 in twee exemplaren, waarvan elke partij erkent er één te "
    "hebben ontvangen.\n\n"
    "Voor de Klant                          Voor de Leverancier\n"
    "Naam: ______________________           Naam: ______________________\n"
    "Datum: _____________________           Datum: _____________________\n"
    "Handtekening:                          Handtekening:\n"
)


def test_dutch_blocks_with_blank_names_and_dates_are_not_signed_by_both():
    assert signed_status(NL_BLANK_BLOCKS) == "partial"


def test_dutch_blocks_with_blank_names_raise_unsigned():
    assert "risk.unsigned" in risks(NL_BLANK_BLOCKS)


EN_WITNESS_BLANK_LINES = (
    "14. General\n14.1 This Agreement is governed by the laws of England.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.\n\n"
    "For the Customer:\nBy: ______________________\nName:\nTitle:\n\n"
    "For the Supplier:\nBy: ______________________\nName:\nTitle:\n"
)


def test_english_signing_statement_over_blank_blocks_is_partial():
    assert signed_status(EN_WITNESS_BLANK_LINES) == "partial"


def test_english_signing_statement_over_blank_blocks_raises_unsigned():
    assert "risk.unsigned" in risks(EN_WITNESS_BLANK_LINES)


FR_READ_AND_APPROVED_ONLY = (
    "Article 11 – Droit applicable\nLe présent contrat est soumis au droit belge.\n\n"
    "Fait à Namur, en deux exemplaires.\n\n"
    "Pour le Client                       Pour le Prestataire\n"
    "Lu et approuvé                       Lu et approuvé\n"
)


def test_french_read_and_approved_with_nothing_after_it_is_partial():
    assert signed_status(FR_READ_AND_APPROVED_ONLY) == "partial"


def test_french_signature_placeholders_are_partial():
    text = (
        "Fait à Liège, le 3 mars 2027, en deux exemplaires.\n"
        "Pour le Client : (signature et cachet)\nPour le Prestataire : (signature)\n"
    )
    assert signed_status(text) == "partial"


def test_dutch_quote_waiting_for_the_clients_approval_is_partial_and_unsigned():
    text = (
        "Offerte 2027-014 – Onderhoud netwerk\nTotaalprijs: € 2.400,00 excl. btw.\n\n"
        "Voor akkoord (naam, datum en handtekening van de klant):\n\n"
        ".................................................\n"
    )
    result = analyse_text(text)
    assert result.item(SIGNED).status == "partial"
    assert "risk.unsigned" in result.risk_ids()


def test_english_template_placeholders_are_not_signatures():
    text = (
        "By signing this Order Form, each party agrees to its terms.\n"
        "For the Provider: {provider_signatory_name}\nFor the Customer: {customer_signatory_name}\n"
    )
    assert signed_status(text) == "partial"


def test_signature_of_one_party_only_is_partial():
    text = (
        "Opgemaakt te Antwerpen op 4/02/2027.\n"
        "Voor de Leverancier\nNaam: Pieter Wouters\nDatum: 4/02/2027\n"
        "Voor de Klant\nNaam: ____________\nDatum: ____________\n"
    )
    assert signed_status(text) == "partial"


# -- signatures: names, dates, /s/ and electronic signatures ---------------------------------


def test_english_blocks_with_names_and_dates_are_signed_by_both():
    text = (
        "IN WITNESS WHEREOF, the parties have executed this Agreement on the dates below.\n\n"
        "For the Customer:\nName: Lotte Verhaegen\nTitle: Managing Director\nDate: 12 March 2027"
        "\n\nFor the Supplier:\nName: Julien Renard\nTitle: CEO\nDate: 14 March 2027\n"
    )
    result = analyse_text(text)
    assert result.item(SIGNED).status == "covered"
    assert "risk.unsigned" not in result.risk_ids()


def test_dutch_filled_blocks_in_two_columns_are_signed_by_both():
    text = (
        "Opgemaakt te Gent op 12/03/2027 in twee exemplaren.\n\n"
        "Voor de Klant                          Voor de Leverancier\n"
        "Naam: Lotte Verhaegen                  Naam: Bram De Smet\n"
        "Datum: 12/03/2027                      Datum: 12/03/2027\n"
        "Handtekening:                          Handtekening:\n"
    )
    assert signed_status(text) == "covered"


def test_company_names_and_roles_are_not_signatories():
    text = (
        "Opgemaakt te Gent op 12/03/2027 in twee exemplaren.\n"
        "Voor de Klant: Bakkerij Janssens BV\nHandtekening: ______________\n"
        "Voor de Leverancier: Netwerk Partners NV\nHandtekening: ______________\n"
    )
    assert signed_status(text) == "partial"


def test_slash_s_signatures_of_both_parties_are_signed():
    text = (
        "IN WITNESS WHEREOF the parties have signed this Agreement.\n"
        "By: /s/ Patrick C. Barry By: /s/ Maura L. Greene\n"
    )
    assert signed_status(text) == "covered"


def test_electronic_signatures_of_both_parties_are_signed():
    text = (
        "Signed electronically by Emma Clarke on 03/02/2027 10:14 CET\n"
        "Signed electronically by Oliver Grant on 04/02/2027 08:51 CET\n"
    )
    result = analyse_text(text)
    assert result.item(SIGNED).status == "covered"
    assert "risk.unsigned" not in result.risk_ids()


def test_dutch_signing_statement_with_date_and_both_names_is_signed():
    text = (
        "Artikel 9 – Slot\nDeze overeenkomst treedt in werking op 1 april 2027.\n"
        "Getekend te Gent op 12/03/2027 door Jan Peeters en An Claes.\n"
    )
    assert signed_status(text) == "covered"


def test_french_electronic_signatures_are_signed():
    text = (
        "Signé électroniquement par Marie Dubois le 02/05/2027.\n"
        "Signé électroniquement par Luc Lambert le 03/05/2027.\n"
    )
    assert signed_status(text) == "covered"


def test_typed_signatory_names_of_a_scanned_copy_are_signed():
    # handwritten signatures and dates are not in the extracted text; typed names are
    text = (
        "Fait à Liège, en deux exemplaires.\nPour le Client\nMarie Lemaire, gérante\n"
        "Signature :\nPour le Prestataire\nLuc Dupont, administrateur délégué\nSignature :\n"
    )
    assert signed_status(text) == "covered"


SIGNATURE_TABLE = (
    "9. Miscellaneous\nThis Order Form is governed by the Master Subscription Agreement.\n\n"
    " | SUPPLIER: Northwind Cloud Ltd |  | CUSTOMER: Harbour Logistics NV\n"
    "Signature |  |  | \n"
    "Print Name | {names} \n"
    "Title | {titles} \n"
    "Date | {dates} \n"
)


def test_signature_table_left_empty_is_partial_and_unsigned():
    text = SIGNATURE_TABLE.format(names=" |  | ", titles=" |  | ", dates=" |  | ")
    result = analyse_text(text)
    assert result.item(SIGNED).status == "partial"
    assert "risk.unsigned" in result.risk_ids()


def test_signature_table_with_both_signatories_is_signed():
    text = SIGNATURE_TABLE.format(
        names="Emma Clarke |  | Pieter Wouters",
        titles="CFO |  | Operations Director",
        dates="03/02/2027 |  | 04/02/2027",
    )
    assert signed_status(text) == "covered"


# -- e-mail acceptance: binding, but no signature of both -------------------------------------


def test_dutch_email_acceptance_raises_unsigned_and_leaves_signed_both_missing():
    text = (
        "Van: Jan Van Damme\nVerzonden: 14 februari 2027 09:12\nOnderwerp: RE: Offerte 2027-051\n"
        "Dag Sofie,\nAkkoord, graag opstarten.\nGroeten,\nJan\n"
    )
    result = analyse_text(text)
    assert "risk.unsigned" in result.risk_ids()
    assert result.item(SIGNED).status == "missing"


# -- disclaimers, best efforts and aims are partial (detectors/partial.py) --------------------


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text).item(item_id).status


def test_dutch_repair_time_to_the_best_of_ability_is_partial():
    text = "De leverancier herstelt storingen binnen 8 uur, naar best vermogen."
    assert status_of(text, "maintenance.resolution_time") == "partial"


def test_dutch_availability_without_obligation_of_result_is_partial():
    text = (
        "De beschikbaarheid van 99,5% per maand is een inspanningsverbintenis, zonder "
        "resultaatsverbintenis."
    )
    assert status_of(text, "maintenance.availability") == "partial"


def test_dutch_indicative_response_time_is_partial():
    text = "De reactietijd bedraagt 4 uur; deze termijn is indicatief."
    assert status_of(text, "maintenance.response_time") == "partial"


def test_french_non_contractual_availability_is_partial():
    text = "Taux de disponibilité de 99,9 % par mois (valeur non contractuelle)."
    assert status_of(text, "maintenance.availability") == "partial"


def test_french_indicative_rates_are_partial():
    assert status_of("Tarifs à titre indicatif : 85 € HTVA par heure.", "budget.rates") == "partial"


def test_french_response_time_without_commitment_of_result_is_partial():
    text = "Le délai d'intervention est de 4 heures ouvrées, sans engagement de résultat."
    assert status_of(text, "maintenance.response_time") == "partial"


def test_french_target_availability_is_partial():
    assert status_of("Disponibilité cible : 99,5 % par mois.", "maintenance.availability") == (
        "partial"
    )


def test_english_aim_to_respond_is_partial():
    text = "Provider aims to respond to Priority 1 incidents within 2 hours."
    assert status_of(text, "maintenance.response_time") == "partial"


def test_english_endeavour_to_restore_is_partial():
    text = "Supplier endeavours to restore the service within 8 hours."
    assert status_of(text, "maintenance.resolution_time") == "partial"


def test_english_target_availability_is_partial():
    text = "Target availability: 99.5% per calendar month."
    assert status_of(text, "maintenance.availability") == "partial"


def test_english_committed_response_time_stays_covered():
    text = "Provider shall respond to Priority 1 incidents within 2 hours."
    assert status_of(text, "maintenance.response_time") == "covered"


def test_credit_below_target_is_still_a_concrete_credit_rule():
    text = "If availability falls below target, Customer receives service credits of 5%."
    assert status_of(text, "maintenance.service_credits") == "covered"


def test_general_disclaimer_does_not_make_an_item_present():
    text = "Les informations de ce document sont données à titre indicatif et sans engagement."
    result = analyse_text(text)
    assert result.item("maintenance.response_time").status == "missing"
    assert result.item("maintenance.availability").status == "missing"


def test_dutch_without_obligation_of_result_is_best_efforts_only():
    text = "De leverancier levert de dienst zonder resultaatsverbintenis."
    assert "risk.best_efforts_only" in risks(text)


def test_dutch_best_of_ability_repair_is_best_efforts_only():
    assert "risk.best_efforts_only" in risks(
        "De leverancier herstelt storingen naar best vermogen."
    )


def test_french_without_commitment_of_result_is_best_efforts_only():
    text = "Le prestataire fournit le service sans engagement de résultat."
    assert "risk.best_efforts_only" in risks(text)


def test_english_aim_to_respond_is_best_efforts_only():
    text = "Provider aims to respond to Priority 1 incidents within 2 hours."
    assert "risk.best_efforts_only" in risks(text)


def test_english_reasonable_commercial_efforts_are_best_efforts_only():
    text = "Supplier will use reasonable commercial efforts to restore the service promptly."
    assert "risk.best_efforts_only" in risks(text)


def test_efforts_to_protect_confidential_information_are_no_best_efforts_risk():
    text = (
        "Each party shall use reasonable efforts to provide protection for the other party's "
        "confidential information."
    )
    assert "risk.best_efforts_only" not in risks(text)


def test_french_obligation_of_result_is_still_no_best_efforts_risk():
    text = "Le prestataire est tenu d'une obligation de résultat pour le rétablissement du service."
    assert "risk.best_efforts_only" not in risks(text)


# -- cross-references: partial without the content, covered when the document contains it ---


def test_english_fee_by_reference_to_a_missing_schedule_is_partial():
    text = "3. Fees\n3.1 The monthly subscription fee is as set out in Schedule 5.\n"
    assert status_of(text, "budget.recurring_cost") == "partial"


def test_english_fee_by_reference_to_an_included_schedule_is_covered():
    text = (
        "3. Fees\n3.1 The monthly subscription fee is as set out in Schedule 5.\n"
        "3.2 Invoices are payable within 30 days.\n\n"
        "Schedule 5 – Fees\nHosting and support of the webshop platform, billed each quarter.\n"
    )
    assert status_of(text, "budget.recurring_cost") == "covered"


def test_dutch_price_by_reference_to_an_included_annex_is_covered():
    text = (
        "Artikel 4 – Vergoeding\nDe maandelijkse abonnementsprijs is zoals bepaald in bijlage 2."
        "\n\nBijlage 2 – Prijzen\nHosting en beheer van het platform, maandelijks gefactureerd.\n"
    )
    assert status_of(text, "budget.recurring_cost") == "covered"


def test_dutch_reference_to_another_annex_than_the_included_one_stays_partial():
    text = (
        "Artikel 4 – Vergoeding\nDe maandelijkse abonnementsprijs is zoals bepaald in bijlage 2."
        "\n\nBijlage 1 – Dienstbeschrijving\nHosting en beheer van het platform, met back-ups.\n"
    )
    assert status_of(text, "budget.recurring_cost") == "partial"


def test_annex_heading_without_content_does_not_settle_the_reference():
    text = (
        "Article 5 – Prix\nLa redevance mensuelle est fixée conformément à l'annexe 3.\n\n"
        "Annexe 3 – Tarifs\nAnnexe 4 – Niveaux de service\n"
    )
    assert status_of(text, "budget.recurring_cost") == "partial"


def test_french_response_times_by_reference_to_a_missing_annex_are_partial():
    text = "Les délais d'intervention sont fixés conformément à l'annexe 3."
    assert status_of(text, "maintenance.response_time") == "partial"


def test_french_rates_by_reference_to_the_tariff_in_force_are_partial():
    text = "Les prestations supplémentaires sont facturées selon le tarif en vigueur."
    assert status_of(text, "budget.rates") == "partial"


def test_dutch_rates_by_reference_to_the_current_rates_are_partial():
    text = "Bijkomende prestaties worden gefactureerd volgens de geldende tarieven."
    assert status_of(text, "budget.rates") == "partial"


def test_english_rates_per_the_price_list_in_force_are_partial():
    assert status_of(
        "Additional work is invoiced per the price list in force.", "budget.rates"
    ) == ("partial")


def test_reference_to_the_tariff_in_force_brings_an_included_price_list_along():
    structure = build_structure(
        [
            "Article 5 – Prix\nLes prestations supplémentaires sont facturées selon le tarif en "
            "vigueur.\n\n6. Tarifs\nConsultant : 95 € HTVA de l'heure, par tranche d'une heure.\n"
        ]
    )
    assert refers_to_included_part(structure, 1)


def test_reference_to_a_price_list_without_amounts_brings_nothing_along():
    structure = build_structure(
        [
            "Article 5 – Prix\nLes prestations supplémentaires sont facturées selon le tarif en "
            "vigueur.\n\n6. Tarifs\nLe tarif est communiqué sur simple demande du client.\n"
        ]
    )
    assert not refers_to_included_part(structure, 1)


# -- the supplier's general terms prevail (risk.supplier_terms_prevail) -----------------------

SUPPLIER_TERMS = "risk.supplier_terms_prevail"


def test_dutch_supplier_terms_to_the_exclusion_of_the_clients_are_a_risk():
    text = (
        "Deze algemene voorwaarden zijn van toepassing op alle offertes en overeenkomsten, met "
        "uitsluiting van de algemene voorwaarden van de klant."
    )
    assert SUPPLIER_TERMS in risks(text)


def test_french_supplier_terms_prevailing_over_the_clients_purchase_terms_are_a_risk():
    text = "Ces conditions générales prévalent sur les conditions d'achat du client."
    assert SUPPLIER_TERMS in risks(text)


def test_english_vendor_terms_applying_exclusively_are_a_risk():
    text = (
        "Any terms in the Client's purchase order are void and of no effect; the Vendor's terms "
        "apply exclusively."
    )
    assert SUPPLIER_TERMS in risks(text)


def test_english_terms_prevailing_over_the_customers_purchase_order_are_a_risk():
    assert SUPPLIER_TERMS in risks(
        "These Terms prevail over any terms in Customer's purchase order."
    )


def test_english_agreement_prevailing_over_the_supplier_terms_is_no_risk():
    text = (
        "In case of conflict, this Agreement prevails over the Supplier's general terms and "
        "conditions."
    )
    assert SUPPLIER_TERMS not in risks(text)


def test_french_contract_prevailing_over_the_provider_terms_is_no_risk():
    text = (
        "En cas de contradiction, le présent contrat prévaut sur les conditions générales du "
        "prestataire."
    )
    assert SUPPLIER_TERMS not in risks(text)


def test_dutch_supplier_terms_declared_not_applicable_are_no_risk():
    text = "De algemene voorwaarden van de leverancier zijn niet van toepassing."
    assert SUPPLIER_TERMS not in risks(text)


def test_french_supplier_terms_declared_not_applicable_are_no_risk():
    text = "Les conditions générales du fournisseur ne s'appliquent pas au présent contrat."
    assert SUPPLIER_TERMS not in risks(text)


def test_english_supplier_terms_declared_not_applicable_are_no_risk():
    text = "The Supplier's standard terms and conditions do not apply to this Agreement."
    assert SUPPLIER_TERMS not in risks(text)
