"""General phrasings of the agreement, budget and timing items and their risks found on the
second-round development documents (dev_docs_deal2_documents.py), in nl, fr and en where they
make sense, each family with a wrong-sense negative. Own sentences, not the documents'."""

import pytest

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str) -> str:
    result = analyse_text(text, learned=False)
    if item_id.startswith("risk."):
        return "raised" if item_id in result.risk_ids() else "not"
    return result.item(item_id).status


def check(text: str, item_id: str, expected: str) -> None:
    assert status_of(text, item_id) == expected


# -- project cost: order values and totals keyed on a line -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Orderwaarde excl. btw: € 14.210,00",
        "Order total: EUR 6,480.00 excluding VAT.",
        "Valeur de la commande : 9 350,00 € HTVA.",
        "Totaal: € 8.400 excl. btw.",
        "Item | Description | Price (EUR)\nTotal (fixed) | | 18,240.00",
        "Sous-total unique : 4 250 € HTVA.",
        "Subtotaal eenmalig | € 7.300",
    ],
)
def test_order_values_and_keyed_totals_are_the_project_cost(text):
    check(text, "budget.project_cost", "covered")


@pytest.mark.parametrize(
    "text",
    [
        "Leveringen zijn gratis vanaf een minimale bestelwaarde van € 250.",
        "Totaal: 38 werkposten en 2 servers.",
        "Total monthly fee: EUR 450.00.",
    ],
)
def test_a_minimum_order_value_a_count_or_a_monthly_total_is_no_project_cost(text):
    assert status_of(text, "budget.project_cost") != "covered"


# -- start-up cost: charged once ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La configuration du serveur est facturée une seule fois, 640 € HTVA.",
        "The migration of your mailboxes is billed once: EUR 1,150.",
        "De activatie van de lijnen wordt eenmalig aangerekend aan € 180.",
        "Site onboarding (one-off) | | 390.00",
    ],
)
def test_a_fee_charged_once_is_a_startup_cost(text):
    check(text, "budget.startup_cost", "covered")


@pytest.mark.parametrize(
    "text",
    [
        "Support is invoiced once a month: EUR 300.",
        "La garantie ne peut être invoquée qu'une seule fois.",
    ],
)
def test_once_a_month_or_once_without_a_fee_is_no_startup_cost(text):
    assert status_of(text, "budget.startup_cost") != "covered"


# -- scope: what is (not) in the price, asked as a heading ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wat zit er niet in de prijs? Bekabeling en hardware.",
        "What's included? Set-up, training and three months of support.",
        "Ce qui n'est pas compris : le matériel et le câblage.",
    ],
)
def test_what_is_in_the_price_asked_as_a_question_is_the_scope(text):
    check(text, "budget.scope", "covered")


def test_something_in_another_thing_is_no_scope():
    check("Er zit een fout in de berekening van de btw.", "budget.scope", "missing")


# -- extra costs: outside the quote, change forms, sign-off ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wensen die buiten deze offerte vallen, voeren wij pas uit na uw schriftelijke opdracht.",
        "Toute demande qui sort du périmètre du projet fait l'objet d'une fiche de changement que "
        "le client approuve par écrit.",
        "Work that is not in this quotation is only carried out once you have signed it off.",
        "Bijkomende werkzaamheden worden enkel uitgevoerd als u ze vooraf schriftelijk heeft "
        "besteld met een aanvullende bestelbon.",
    ],
)
def test_extra_work_outside_the_quote_with_an_approval_is_settled(text):
    check(text, "budget.extra_costs", "covered")


@pytest.mark.parametrize(
    "text",
    [
        "Les données personnelles qui sortent du périmètre de l'Union européenne sont "
        "protégées par des clauses types.",
        "De aansprakelijkheid buiten de overeenkomst is beperkt tot opzet.",
        "We sign off the project plan at the kick-off meeting.",
        "De bekabeling en de licenties vallen buiten deze offerte.",
        "Cabling and furniture are not part of this quotation.",
    ],
)
def test_data_leaving_the_eu_liability_or_a_plan_signed_off_is_no_extra_cost(text):
    check(text, "budget.extra_costs", "missing")


# -- rates: per engineer hour ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Extra work is charged at EUR 105 per engineer hour.",
        "Les prestations sont facturées 680 € HTVA par jour de consultant.",
        "Wij rekenen € 85 per technicus per uur.",
    ],
)
def test_a_price_per_engineer_hour_is_a_rate(text):
    check(text, "budget.rates", "covered")


def test_engineers_per_site_are_no_rate():
    check("Two engineers per site are needed for the move.", "budget.rates", "missing")


# -- general terms: which document applies in a conflict -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Where this proposal conflicts with our general terms, this proposal applies.",
        "En cas de divergence, c'est le contrat qui l'emporte sur les conditions générales.",
        "Bij tegenspraak gaat deze offerte voor op de algemene voorwaarden.",
    ],
)
def test_which_document_wins_a_conflict_settles_the_general_terms(text):
    check(text, "agreement.general_terms", "covered")


def test_a_team_that_wins_is_no_general_terms():
    check(
        "C'est l'équipe de Liège qui l'emporte au classement.", "agreement.general_terms", "missing"
    )


# -- quote included: "prijsopgave" -----------------------------------------------------------


def test_a_price_statement_that_is_part_of_the_order_is_the_quote():
    text = "Uw prijsopgave nr. 2026-77 maakt deel uit van deze bestelling."
    check(text, "agreement.quote_included", "covered")


def test_a_separate_price_statement_for_extra_work_is_no_quote_included():
    text = "Voor bijkomende werken bezorgen wij een afzonderlijke prijsopgave."
    check(text, "agreement.quote_included", "missing")


# -- signatures: an instruction to sign is no signature --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pour la société : nom, date et signature précédés de la mention « lu et approuvé ».",
        "Handtekening voorafgegaan door de handgeschreven vermelding 'gelezen en goedgekeurd'.",
    ],
)
def test_an_instruction_to_sign_leaves_the_signatures_partial(text):
    assert status_of(text, "agreement.signed_both") != "covered"
    check(text, "risk.unsigned", "raised")


def test_a_signing_statement_stays_covered():
    text = "Fait à Namur en deux exemplaires, chaque partie reconnaissant avoir reçu le sien."
    check(text, "agreement.signed_both", "covered")


# -- planning: a timetable by another name ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Timetable\nSite survey: week of 8 March 2027\nCut-over: 20 March 2027",
        "Tijdschema: de migratie gebeurt op 13 maart 2027.",
        "Échéancier du projet : livraison de la version 1 le 15 mars 2027.",
    ],
)
def test_a_timetable_is_a_planning(text):
    check(text, "timing.planning", "covered")


def test_a_payment_schedule_is_no_planning():
    text = "Échéancier de paiement : 50 % à la commande, 50 % à la livraison."
    check(text, "timing.planning", "missing")


# -- client obligations: what the supplier needs from the client -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "What we need from you: the list of users by 12 March 2027.",
        "Wat we van jullie nodig hebben: de stamgegevens uiterlijk in week 3.",
        "Ce que nous attendons de vous : les textes du site au plus tard le 1er mars 2027.",
    ],
)
def test_what_the_supplier_needs_from_the_client_is_an_obligation(text):
    check(text, "timing.client_obligations", "covered")


def test_what_the_client_may_expect_from_the_supplier_is_no_client_obligation():
    text = "Wat u van ons mag verwachten: een antwoord binnen vier uur."
    check(text, "timing.client_obligations", "missing")


# -- delay: later than agreed, not ready -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Levert de klant de gegevens later aan dan afgesproken, dan schuift de oplevering op.",
        "If the building is not ready on the agreed date, the move is postponed by one week and "
        "the cancelled visit is charged.",
        "Si les données arrivent plus tard que prévu, le calendrier est décalé d'autant.",
    ],
)
def test_later_than_agreed_or_not_ready_with_its_consequence_is_a_delay(text):
    check(text, "timing.delay", "covered")


def test_a_product_later_than_version_two_is_no_delay():
    text = "The software runs on Windows 11 and later versions."
    check(text, "timing.delay", "missing")


# -- risks -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bij strijdigheid hebben de ARBIT-voorwaarden voorrang op deze offerte.",
        "De algemene voorwaarden hebben steeds voorrang op de offerte.",
        "In case of conflict the Standard Terms of Business prevail over this quotation.",
        "En cas de contradiction, les conditions générales priment.",
    ],
)
def test_general_terms_that_prevail_over_the_offer_are_the_supplier_terms(text):
    check(text, "risk.supplier_terms_prevail", "raised")


@pytest.mark.parametrize(
    "text",
    [
        "Bij strijdigheid hebben de bijzondere voorwaarden voorrang op de algemene voorwaarden.",
        "Bij strijdigheid hebben de aankoopvoorwaarden voorrang op de verkoopsvoorwaarden.",
    ],
)
def test_special_or_purchase_terms_that_prevail_are_no_supplier_terms(text):
    check(text, "risk.supplier_terms_prevail", "not")


@pytest.mark.parametrize(
    "text",
    [
        "De leverancier behoudt zich uitdrukkelijk het recht voor de tarieven te wijzigen.",
        "Le prestataire se réserve expressément le droit de modifier ses prix.",
        "The Provider reserves at all times the right to change the fees.",
    ],
)
def test_a_right_to_change_prices_reserved_with_words_between_is_unilateral(text):
    check(text, "risk.unilateral_change", "raised")


def test_a_right_to_change_reserved_by_the_client_is_no_unilateral_change():
    text = "The Customer reserves at all times the right to change the delivery address."
    check(text, "risk.unilateral_change", "not")


# -- second batch: own sentences for the same items in other common phrasings ----------------


@pytest.mark.parametrize(
    ("item_id", "text"),
    [
        ("budget.payment_terms", "Te betalen binnen 14 dagen na ontvangst van de factuur."),
        ("budget.payment_terms", "Invoices must be settled within 21 days of the invoice date."),
        ("budget.payment_terms", "Les factures sont à régler sous 30 jours."),
        ("budget.rates", "Ons uurloon bedraagt € 75 excl. btw."),
        ("budget.rates", "Interventions sur site : 85 € HTVA de l'heure."),
        ("budget.project_cost", "The total investment amounts to EUR 24,500 excl. VAT."),
        ("budget.project_cost", "De totale investering bedraagt € 18.900 excl. btw."),
        ("budget.project_cost", "L'investissement total s'élève à 32 000 € HTVA."),
        ("budget.scope", "Le prix ne comprend pas les frais de déplacement."),
        ("budget.extra_costs", "Tout travail supplémentaire fera l'objet d'un devis préalable."),
        ("budget.extra_costs", "Extra's worden pas uitgevoerd na akkoord van de klant."),
        (
            "budget.extra_costs",
            "Additional requests are quoted first and carried out after your approval.",
        ),
        (
            "budget.extra_costs",
            "Aanpassingen die niet in de offerte voorzien zijn, worden na goedkeuring "
            "aangerekend aan € 85 per uur.",
        ),
        ("timing.planning", "Levering binnen 10 werkdagen na bestelling."),
        ("timing.planning", "De installatie vindt plaats op 12 maart 2027."),
        ("timing.planning", "L'installation aura lieu le 12 mars 2027."),
        ("timing.planning", "Go-live is targeted for 1 June 2027."),
        (
            "timing.client_obligations",
            "De klant zorgt voor een werkende internetverbinding bij de installatie.",
        ),
        (
            "timing.delay",
            "If the client is late in providing content, the planning is shifted accordingly.",
        ),
        (
            "timing.delay",
            "Loopt de levering uit door de fabrikant, dan kan u de bestelling kosteloos annuleren.",
        ),
        (
            "timing.delay",
            "Should the go-live slip by more than two weeks through our fault, we credit 5% of "
            "the fee.",
        ),
        ("agreement.general_terms", "Our terms and conditions apply to this quotation."),
        (
            "agreement.quote_included",
            "This agreement is based on our quotation Q-2026-113 of 3 November 2026.",
        ),
        ("agreement.quote_included", "Deze overeenkomst is gebaseerd op offerte 2026-45."),
        (
            "agreement.quote_included",
            "Le présent contrat se base sur notre offre du 3 novembre 2026.",
        ),
    ],
)
def test_other_common_phrasings_are_covered(item_id, text):
    check(text, item_id, "covered")


@pytest.mark.parametrize(
    ("item_id", "text"),
    [
        ("budget.payment_terms", "Het geschil wordt binnen 30 dagen minnelijk geregeld."),
        ("budget.rates", "L'intervention a lieu à l'heure convenue."),
        ("budget.project_cost", "De klant beschermt zo zijn investering in de software."),
        ("budget.scope", "Le client ne comprend pas le message d'erreur."),
        ("budget.extra_costs", "Het project wordt opgeleverd na goedkeuring van de testen."),
        ("timing.planning", "Levering binnen de Europese Unie is gratis."),
        ("timing.delay", "Our engineers are never late and work in slippers on site."),
        ("agreement.general_terms", "Users accept the app store's terms and conditions."),
        ("agreement.quote_included", "Our prices are based on the list prices of the vendor."),
    ],
)
def test_the_same_words_in_another_sense_do_not_settle_the_item(item_id, text):
    check(text, item_id, "missing")


@pytest.mark.parametrize(
    ("risk_id", "text"),
    [
        (
            "risk.open_ended_cost",
            "All work is invoiced at EUR 95 on the basis of the hours actually worked.",
        ),
        (
            "risk.open_ended_cost",
            "Alle prestaties worden aangerekend volgens de werkelijk gepresteerde uren.",
        ),
        (
            "risk.open_ended_cost",
            "Les interventions sont facturées selon les heures réellement prestées.",
        ),
        (
            "risk.unilateral_change",
            "Le prestataire peut adapter ses tarifs moyennant un préavis d'un mois.",
        ),
        ("risk.unilateral_change", "Prijswijzigingen worden 30 dagen vooraf meegedeeld."),
        ("risk.unilateral_change", "Price changes will be notified by e-mail one month ahead."),
        ("risk.supplier_terms_prevail", "Our standard terms of business apply to all orders."),
    ],
)
def test_other_phrasings_raise_the_risk(risk_id, text):
    check(text, risk_id, "raised")


@pytest.mark.parametrize(
    ("risk_id", "text"),
    [
        (
            "risk.open_ended_cost",
            "Hours actually worked are invoiced monthly, within a cap of 40 hours.",
        ),
        ("risk.unilateral_change", "Prijswijzigingen door de indexering worden vooraf meegedeeld."),
        ("risk.unilateral_change", "Le client peut adapter ses prix de vente dans le module."),
        ("risk.supplier_terms_prevail", "The customer's terms of business do not apply."),
    ],
)
def test_the_same_words_with_a_cap_an_index_or_the_client_raise_no_risk(risk_id, text):
    check(text, risk_id, "not")


# -- key-value lines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item_id", "text"),
    [
        ("budget.project_cost", "Prijs excl. btw: € 12.400"),
        ("budget.project_cost", "Prix HTVA : 8 900 €"),
        ("budget.project_cost", "Price (excl. VAT): EUR 9,850"),
        ("budget.project_cost", "Te betalen: € 2.450,00"),
        ("budget.recurring_cost", "Licence SaaS (annuelle) : 2 400 € HTVA"),
        ("budget.recurring_cost", "Hosting (monthly): EUR 45"),
        ("timing.planning", "Uitvoering: week 12 van 2027"),
        ("timing.planning", "Date d'intervention : 03/05/2027"),
        ("timing.client_obligations", "Verplichtingen klant: netwerk voorzien vóór 1 maart 2027."),
        ("timing.client_obligations", "Prérequis client : accès VPN avant le 1er mars 2027."),
        ("timing.client_obligations", "Customer prerequisites: VPN access by 1 March 2027."),
        (
            "agreement.general_terms",
            "Toepasselijke voorwaarden: algemene voorwaarden ITeko (versie 2026)",
        ),
    ],
)
def test_key_value_lines_settle_the_item(item_id, text):
    check(text, item_id, "covered")


@pytest.mark.parametrize(
    ("item_id", "text"),
    [
        ("budget.project_cost", "Prix HTVA : 85 €/heure"),
        ("budget.project_cost", "Prijs excl. btw per maand: € 45"),
        ("budget.project_cost", "Prix HTVA : 1 200 € / an"),
        ("budget.project_cost", "Price excl. VAT: EUR 12 per user"),
        ("budget.project_cost", "Te betalen: binnen 30 dagen na factuurdatum."),
        ("budget.recurring_cost", "Rapportage (maandelijks): een overzicht van de tickets."),
        ("timing.planning", "Uitvoering: conform de regels van de kunst."),
        ("timing.client_obligations", "Customer dependencies are listed in the project charter."),
    ],
)
def test_key_value_lines_in_another_sense_do_not_settle_it(item_id, text):
    # (a list kept in another document is a partial reading, the others nothing)
    expected = "partial" if "listed in" in text else "missing"
    check(text, item_id, expected)


@pytest.mark.parametrize(
    "text",
    [
        "| Omschrijving | Aantal | Prijs excl. btw |",
        "| Désignation | Quantité | Prix HTVA |",
        "| Item | Quantity | Price (excl. VAT) |",
    ],
)
def test_a_price_column_header_without_an_amount_is_no_project_cost(text):
    check(text, "budget.project_cost", "missing")
