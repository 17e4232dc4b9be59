"""More patterns found on and around the development documents in dev_docs_service2_documents.py:
everyday, plain, key-value and table wording of the maintenance, exit and legal items and of the
renewal, liability and lock-in risks, in nl / fr / en, each family with a sentence in a wrong
sense. Rules alone."""

import pytest

from vendorpact.core.contracts import analyse_text


def status(text: str, item_id: str) -> str:
    result = analyse_text(text, learned=False)
    if item_id.startswith("risk."):
        return "raised" if item_id in result.risk_ids() else "not"
    return result.item(item_id).status


def check(cases):
    return pytest.mark.parametrize(("text", "item_id", "expected"), cases)


# -- service levels in everyday wording ----------------------------------------------------


@check(
    [
        ("We nemen je ticket binnen twee uur op.", "maintenance.response_time", "covered"),
        (
            "Een technicus neemt binnen het uur contact op met de klant.",
            "maintenance.response_time",
            "covered",
        ),
        (
            "De leverancier neemt binnen tien dagen na de bestelling contact op om de "
            "installatie te plannen.",
            "maintenance.response_time",
            "missing",
        ),
        (
            "Het probleem wordt uiterlijk de volgende werkdag opgelost.",
            "maintenance.resolution_time",
            "covered",
        ),
        (
            "Le délai de remise en état est de 24 heures.",
            "maintenance.resolution_time",
            "covered",
        ),
        (
            "Het platform is 99,5% van de tijd beschikbaar, gemeten per maand.",
            "maintenance.availability",
            "covered",
        ),
        (
            "The service will be up 99.8% of each calendar month.",
            "maintenance.availability",
            "covered",
        ),
        ("Prices may go up 10% each year.", "maintenance.availability", "missing"),
        (
            "Support: ma-vr 8u30-17u00, tel. 09 123 45 67.",
            "maintenance.support_hours",
            "covered",
        ),
        (
            "Les montées de version sont incluses dans la redevance.",
            "maintenance.updates",
            "covered",
        ),
        (
            "Wij houden een up-to-date overzicht bij van uw netwerk en toestellen.",
            "maintenance.customer_knowledge",
            "covered",
        ),
        (
            "Wij houden een overzicht bij van de gepresteerde uren.",
            "maintenance.customer_knowledge",
            "missing",
        ),
    ]
)
def test_service_levels_in_everyday_wording(text, item_id, expected):
    assert status(text, item_id) == expected


# -- exit and legal in everyday wording ----------------------------------------------------


@check(
    [
        (
            "De leverancier werkt mee aan een ordentelijke overdracht aan de door de klant "
            "aangewezen partij.",
            "exit.transition",
            "covered",
        ),
        (
            "De klant kan zijn data op elk moment zelf exporteren in Excel.",
            "exit.data_return",
            "covered",
        ),
        (
            "De klant verkrijgt een niet-exclusief gebruiksrecht op de software.",
            "legal.ip",
            "covered",
        ),
        (
            "Both parties keep each other's business information secret.",
            "legal.confidentiality",
            "covered",
        ),
        (
            "Les parties s'engagent à garder secrètes les informations échangées.",
            "legal.confidentiality",
            "covered",
        ),
        (
            "De leverancier zal geen informatie van de klant aan derden meedelen.",
            "legal.confidentiality",
            "covered",
        ),
        (
            "De klant mag de software niet aan derden verhuren.",
            "legal.confidentiality",
            "missing",
        ),
        (
            "In case of a dispute, the parties first meet within ten days to try to settle it.",
            "legal.dispute_resolution",
            "covered",
        ),
    ]
)
def test_exit_and_legal_in_everyday_wording(text, item_id, expected):
    assert status(text, item_id) == expected


# -- risks: data held back, a cap counted in months "before" the claim -----------------------


@check(
    [
        (
            "De leverancier mag de gegevens van de klant inhouden zolang niet alle facturen "
            "betaald zijn.",
            "risk.data_lockin",
            "raised",
        ),
        ("Een export van de gegevens is niet mogelijk.", "risk.data_lockin", "raised"),
        (
            "Aucune exportation des données n'est prévue à la fin du contrat.",
            "risk.data_lockin",
            "raised",
        ),
        (
            "At the end the data are deleted without any copy being sent to the Customer.",
            "risk.data_lockin",
            "raised",
        ),
        (
            "Er is geen export van persoonsgegevens naar landen buiten de EER.",
            "risk.data_lockin",
            "not",
        ),
        (
            "Een export van de gegevens is mogelijk in CSV-formaat.",
            "risk.data_lockin",
            "not",
        ),
        (
            "The Supplier may not withhold any amount from the invoice.",
            "risk.data_lockin",
            "not",
        ),
        (
            "Supplier's liability is limited to the fees paid in the twelve months before the "
            "claim.",
            "risk.liability_excluded",
            "not",
        ),
        (
            "La responsabilité est limitée aux sommes payées pendant les trois mois avant le "
            "sinistre.",
            "risk.liability_excluded",
            "raised",
        ),
    ]
)
def test_data_held_back_and_short_caps(text, item_id, expected):
    assert status(text, item_id) == expected


# -- key-value lines ------------------------------------------------------------------------


@check(
    [
        (
            "Jurisdiction: the courts of Brussels. Governing law: Belgian law.",
            "legal.governing_law",
            "covered",
        ),
        ("Venue: Hotel Metropole, Brussels.", "legal.governing_law", "missing"),
        ("Escrow: yes, with an escrow agent, updated at each release.", "exit.escrow", "covered"),
        ("Broncodedepot: ja, bij een notaris.", "exit.escrow", "covered"),
        ("Escrow: no.", "exit.escrow", "missing"),
        ("Updates: included in the subscription.", "maintenance.updates", "covered"),
        ("Nieuwe versies: inbegrepen in de vergoeding.", "maintenance.updates", "covered"),
        (
            "Vertrouwelijkheid: 5 jaar na het einde van de overeenkomst.",
            "legal.confidentiality",
            "covered",
        ),
        ("Aansprakelijkheid: max. 1x de jaarlijkse vergoeding.", "legal.liability", "covered"),
        (
            "Vast aanspreekpunt: Tom Claes (senior technicus).",
            "maintenance.customer_knowledge",
            "covered",
        ),
        ("Eigendom van maatwerk: de klant.", "legal.ip", "covered"),
        ("Propriété des développements : le Client.", "legal.ip", "covered"),
        ("IP in deliverables: Customer.", "legal.ip", "covered"),
        ("Propriété : rue de la Loi 5, Bruxelles.", "legal.ip", "missing"),
        ("Owner: Jan Peeters, zaakvoerder.", "legal.ip", "missing"),
    ]
)
def test_key_value_lines(text, item_id, expected):
    assert status(text, item_id) == expected


# -- vague mentions that must still be found (partial), and their wrong senses ---------------


@check(
    [
        (
            "Le Prestataire s'efforce de répondre rapidement aux demandes.",
            "maintenance.response_time",
            "partial",
        ),
        (
            "Nous répondons à toute demande dans les 4 heures ouvrables.",
            "maintenance.response_time",
            "covered",
        ),
        (
            "Le Client répond aux questions du Prestataire dans les 5 jours.",
            "maintenance.response_time",
            "missing",
        ),
        ("Nous visons une disponibilité de 99,5 %.", "maintenance.availability", "partial"),
        (
            "De leverancier lost storingen zo snel mogelijk op.",
            "maintenance.resolution_time",
            "partial",
        ),
        (
            "De klant lost eenvoudige problemen zelf op met de handleiding.",
            "maintenance.resolution_time",
            "missing",
        ),
        (
            "Escrow can be arranged at the client's cost, on terms to be agreed.",
            "exit.escrow",
            "partial",
        ),
        (
            "Updates are provided when available, at the Supplier's discretion.",
            "maintenance.updates",
            "partial",
        ),
        ("Security updates are applied within 14 days.", "maintenance.updates", "covered"),
        ("Status updates are provided every week.", "maintenance.updates", "missing"),
        (
            "Confidentiality terms are to be agreed in a separate NDA.",
            "legal.confidentiality",
            "partial",
        ),
    ]
)
def test_vague_mentions_found_as_partial(text, item_id, expected):
    assert status(text, item_id) == expected


# -- service level tables: availability and credits in their columns -------------------------

SLA_TABLE_NL = """\
SERVICENIVEAUS
Dienst | Beschikbaarheid | Compensatie
Hosting ERP | 99,9% per maand | 5% van de maandprijs per begonnen 0,1% eronder
"""
SLA_TABLE_EN = """\
SERVICE LEVELS
Service | Uptime | Service credit
Mail | 99.9% | 10% of the monthly fee
"""
PRICE_TABLE_WITH_DISCOUNT = """\
PRIJZEN
Product | Aantal | Korting | Prijs
Licenties | 20 | 10% | € 4.500
"""
PREPAID_CARD = """\
STRIPPENKAART
Pakket | Credits | Prijs
Pack 10 | 10 | € 900
"""
PLANNING_WITH_PENALTY = """\
PLANNING
Mijlpaal | Datum | Boete per dag
Oplevering | 1 maart 2027 | € 250
"""


@pytest.mark.parametrize("text", [SLA_TABLE_NL, SLA_TABLE_EN])
def test_service_level_table_rows_settle_availability_and_credits(text):
    assert status(text, "maintenance.availability") == "covered"
    assert status(text, "maintenance.service_credits") == "covered"


@pytest.mark.parametrize("text", [PRICE_TABLE_WITH_DISCOUNT, PREPAID_CARD, PLANNING_WITH_PENALTY])
def test_discount_credit_or_penalty_columns_elsewhere_are_no_service_credits(text):
    assert status(text, "maintenance.service_credits") == "missing"


@check(
    [
        ("Source code escrow | not provided", "exit.escrow", "partial"),
        ("Broncodedepot: niet voorzien.", "exit.escrow", "partial"),
        (
            "The source code is deposited with an escrow agent under a three-party agreement.",
            "exit.escrow",
            "covered",
        ),
    ]
)
def test_escrow_declined_is_partial(text, item_id, expected):
    assert status(text, item_id) == expected


# -- plain wording of exit and legal clauses ---------------------------------------------------


@check(
    [
        (
            "De klant kan het abonnement op elk moment stopzetten, mits een maand vooraf te "
            "verwittigen.",
            "exit.termination",
            "covered",
        ),
        (
            "Het contract kan door elke partij worden stopgezet met een vooropzeg van drie "
            "maanden.",
            "exit.termination",
            "covered",
        ),
        ("U kunt maandelijks opzeggen.", "exit.termination", "covered"),
        (
            "The subscription can be cancelled at the end of any month.",
            "exit.termination",
            "covered",
        ),
        (
            "This agreement starts on 1 April 2027 and runs for two years.",
            "exit.duration_renewal",
            "covered",
        ),
        (
            "De overeenkomst start op 1 april 2027 en loopt twee jaar.",
            "exit.duration_renewal",
            "covered",
        ),
        (
            "The training starts on 1 April 2027 and runs for two days.",
            "exit.duration_renewal",
            "missing",
        ),
        (
            "Tout litige sera porté devant les juridictions de Bruxelles, le droit belge étant "
            "applicable.",
            "legal.governing_law",
            "covered",
        ),
        (
            "Bij de beëindiging draagt de leverancier alle documentatie en toegangen over aan de "
            "klant of zijn nieuwe leverancier.",
            "exit.transition",
            "covered",
        ),
        (
            "On exit, Supplier will hand over all documentation, credentials and "
            "configurations to the incoming provider.",
            "exit.transition",
            "covered",
        ),
        (
            "En cas de changement de prestataire, le Prestataire sortant collabore avec le "
            "nouveau prestataire pendant un mois.",
            "exit.transition",
            "covered",
        ),
        (
            "Bij het einde van het contract krijgt de klant een kopie van al zijn gegevens.",
            "exit.data_return",
            "covered",
        ),
        (
            "Le code source des développements spécifiques est remis au Client.",
            "legal.ip",
            "covered",
        ),
        (
            "De broncode van het maatwerk wordt aan de klant geleverd.",
            "legal.ip",
            "covered",
        ),
        (
            "We zijn niet verantwoordelijk voor schade door onderbrekingen van het internet.",
            "legal.liability",
            "covered",
        ),
        (
            "De leverancier is niet verantwoordelijk voor de keuze van de hardware.",
            "legal.liability",
            "missing",
        ),
        (
            "La responsabilité du Prestataire ne peut être engagée qu'en cas de faute grave.",
            "legal.liability",
            "covered",
        ),
        (
            "Our total liability will never be more than the fees you paid us in the last 12 "
            "months.",
            "legal.liability",
            "covered",
        ),
        (
            "If we disagree, we will first try to resolve it through a call between our "
            "managers within 5 working days.",
            "legal.dispute_resolution",
            "covered",
        ),
    ]
)
def test_plain_wording_of_exit_and_legal_clauses(text, item_id, expected):
    assert status(text, item_id) == expected


# -- key-value lines run together: each key measures its own value ------------------------------

KEY_VALUE_RENEWAL_FR = """\
CONDITIONS PARTICULIÈRES
Durée initiale : 12 mois
Reconduction : tacite, par période de 12 mois
Préavis de résiliation : 1 mois
Droit applicable : belge
"""
KEY_VALUE_RENEWAL_NL = """\
CONTRACTGEGEVENS
Looptijd: 12 maanden
Verlenging: stilzwijgend, telkens 12 maanden
Opzegtermijn: 6 maanden
"""


def test_a_renewal_period_before_the_notice_key_is_no_notice():
    assert status(KEY_VALUE_RENEWAL_FR, "risk.auto_renewal") == "not"


def test_a_long_notice_on_its_own_key_still_raises_the_renewal_risk():
    assert status(KEY_VALUE_RENEWAL_NL, "risk.auto_renewal") == "raised"


# -- maintenance in plain words --------------------------------------------------------------


@check(
    [
        (
            "Het contract dekt het herstellen van fouten en kleine aanpassingen aan de webshop.",
            "maintenance.services",
            "covered",
        ),
        (
            "We keep your servers patched, monitored and backed up.",
            "maintenance.services",
            "covered",
        ),
        (
            "We keep the project on track with weekly meetings.",
            "maintenance.services",
            "missing",
        ),
        (
            "Bereikbaar op het nummer 09 222 33 44, elke werkdag tussen 8 en 17 uur.",
            "maintenance.support_hours",
            "covered",
        ),
        (
            "Nous intervenons sur site le jour ouvrable suivant.",
            "maintenance.response_time",
            "covered",
        ),
        (
            "Een defecte pc wordt binnen 2 werkdagen vervangen door een vervangtoestel.",
            "maintenance.resolution_time",
            "covered",
        ),
        (
            "Le matériel défectueux est remplacé sous 48 heures.",
            "maintenance.resolution_time",
            "covered",
        ),
        (
            "Faulty hardware is replaced by the next business day.",
            "maintenance.resolution_time",
            "covered",
        ),
        (
            "Consultants are replaced within 10 days with the same seniority.",
            "maintenance.resolution_time",
            "missing",
        ),
        (
            "Per uur onbeschikbaarheid boven de norm krijgt de klant 2% van de maandfactuur terug.",
            "maintenance.service_credits",
            "covered",
        ),
        (
            "Bij beschikbaarheid van het toestel betalen wij het voorschot terug.",
            "maintenance.service_credits",
            "missing",
        ),
        (
            "Nos techniciens disposent d'une fiche complète de votre installation.",
            "maintenance.customer_knowledge",
            "covered",
        ),
        (
            "Our engineers work from a documented inventory of your devices and licences.",
            "maintenance.customer_knowledge",
            "covered",
        ),
        (
            "Windows-updates en firmware worden maandelijks geïnstalleerd.",
            "maintenance.updates",
            "covered",
        ),
        ("Status-updates worden wekelijks gestuurd.", "maintenance.updates", "missing"),
    ]
)
def test_maintenance_in_plain_words(text, item_id, expected):
    assert status(text, item_id) == expected
