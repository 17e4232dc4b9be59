"""The figure patterns generalised from the training rounds 5-7 (notice, term, renewal,
payment, warranty), each in nl, fr and en where it makes sense and each with a sentence where
the number must not be taken. The service-time patterns are in
test_dev_docs_fig_service_times.py."""

import pytest

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.figures import duration_roles


def figures_of(text: str):
    return analyse_text(text, learned=False).figures


# -- notice: the agreement as a pronoun ("stop it", "end it", "y mettre fin") -----------------


@pytest.mark.parametrize(
    "text",
    [
        "The service runs for 12 months. Either of us can stop it with one month's notice.",
        "After the first year either party may end it at any time with one month's notice.",
        "Le service dure un an. Chaque partie peut ensuite y mettre fin moyennant un préavis "
        "d'un mois.",
        "Het abonnement loopt een jaar. Daarna kun je ermee stoppen met een opzegtermijn van een "
        "maand.",
    ],
)
def test_notice_to_stop_it_is_the_notice(text):
    assert figures_of(text).notice_period_days == 30


def test_notice_of_an_event_is_no_notice_to_end():
    text = "We stop the affected job and give you one month's notice of the new schedule."
    assert figures_of(text).notice_period_days is None


# -- notice before the anniversary without the word notice ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le contrat est reconduit chaque année, sauf si l'une des parties y met fin au moins un "
        "mois avant la date anniversaire.",
        "Le contrat se renouvelle, sauf résiliation un mois avant l'échéance.",
        "De overeenkomst wordt verlengd, tenzij een partij ze een maand vóór de vervaldag "
        "beëindigt.",
    ],
)
def test_ending_before_the_anniversary_is_the_notice(text):
    assert figures_of(text).notice_period_days == 30


def test_a_delivery_before_the_anniversary_is_no_notice():
    text = "Le rapport annuel est remis un mois avant la date anniversaire."
    assert figures_of(text).notice_period_days is None


# -- notice of a price change: "adapter ses tarifs", "faire évoluer les conditions" -----------


@pytest.mark.parametrize(
    "text",
    [
        "Trakko peut adapter ses tarifs au 1er janvier de chaque année en fonction de "
        "l'évolution de ses coûts, moyennant notification au Client 30 jours à l'avance ; "
        "cette adaptation ne donne pas au Client le droit de résilier le contrat. Il est "
        "reconduit tacitement par périodes de 12 mois, sauf résiliation au moins six mois "
        "avant l'échéance.",
        "Le prestataire peut faire évoluer la plateforme, ses fonctionnalités et les présentes "
        "conditions moyennant notification 30 jours à l'avance ; le Client peut alors "
        "résilier. Le contrat est reconduit par périodes de 12 mois, sauf préavis de six mois "
        "avant l'échéance.",
        "The supplier may adapt its prices once a year on 30 days' notice, and the customer "
        "may then terminate. The agreement renews for 12 months unless terminated at least "
        "six months before the end of the term.",
    ],
)
def test_the_notice_of_a_price_change_is_not_the_notice_to_end(text):
    assert figures_of(text).notice_period_days == 180


def test_communicated_prices_do_not_outrank_the_notice_to_end():
    text = (
        "For each renewal the list prices apply; we communicate them at least 90 days before "
        "the renewal date. The subscription renews for successive periods of 12 months, unless "
        "either party terminates it at least 60 days before the end of the current term."
    )
    assert figures_of(text).notice_period_days == 60


# -- notice after a lock-in: "after the first 12 months ... with one month's notice" ----------


@pytest.mark.parametrize(
    "text",
    [
        "Na de eerste 12 maanden kun je op elk moment opzeggen met een opzegtermijn van een maand.",
        "After the first 12 months either party may terminate with one month's notice.",
        "Opdrachtgever kan na de eerste twaalf maanden tussentijds opzeggen met een "
        "opzegtermijn van een maand.",
    ],
)
def test_the_lock_in_is_not_the_notice(text):
    assert figures_of(text).notice_period_days == 30


def test_a_notice_after_receipt_still_counts():
    text = "Either party may terminate this agreement with 3 months' notice after the go-live."
    assert figures_of(text).notice_period_days == 90


# -- renewal and notice after the term in one sentence ("sauf préavis", "unless notice") -------


@pytest.mark.parametrize(
    ("text", "renewal", "notice"),
    [
        ("Le contrat est conclu pour une durée de douze mois, reconduite tacitement pour des "
         "périodes de douze mois, sauf préavis d'un mois donné par écrit avant l'échéance.",
         12, 30),
        ("The agreement renews for periods of twelve months unless notice of one month is "
         "given before the end of the term.", 12, 30),
        ("De overeenkomst wordt verlengd met periodes van twaalf maanden, tenzij opzegging "
         "met een opzegtermijn van een maand.", 12, 30),
    ],
)  # fmt: skip
def test_a_notice_after_an_exception_does_not_take_the_renewal(text, renewal, notice):
    figures = figures_of(text)
    assert (figures.renewal_term_months, figures.notice_period_days) == (renewal, notice)


def test_a_term_then_renewal_joined_by_and():
    text = (
        "Le contrat de maintenance prend cours à la réception pour 12 mois et se renouvelle "
        "tacitement par périodes de 12 mois, sauf résiliation écrite un mois avant l'échéance."
    )
    figures = figures_of(text)
    assert figures.contract_term_months == 12
    assert figures.renewal_term_months == 12
    assert figures.notice_period_days == 30


@pytest.mark.parametrize(
    "text",
    [
        "Le contrat prend effet à la signature pour 24 mois.",
        "The agreement takes effect on signature for 24 months.",
        "De overeenkomst treedt in werking bij ondertekening voor 24 maanden.",
        "Abonnementen lopen 24 maanden vanaf de start.",
    ],
)
def test_taking_effect_for_a_period_is_the_term(text):
    assert figures_of(text).contract_term_months == 24


@pytest.mark.parametrize(
    "text",
    [
        "Planning. Durée totale estimée : 8 semaines.",
        "The estimated duration of the project is 8 weeks.",
        "De geschatte duur van het project is 8 weken.",
    ],
)
def test_an_estimated_duration_is_no_term(text):
    assert figures_of(text).contract_term_months is None


# -- renewal measured by a word after the term ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The service runs for 12 months from the end of the rollout and then continues month by "
        "month.",
        "The monthly fee runs for at least 12 months from go-live, then month to month.",
        "Het contract loopt 36 maanden. Daarna loopt het maand per maand verder.",
        "Le service dure 12 mois et se poursuit ensuite de mois en mois.",
    ],
)
def test_a_continuation_month_by_month_is_a_monthly_renewal(text):
    assert figures_of(text).renewal_term_months == 1


@pytest.mark.parametrize(
    "text",
    [
        "Het beheer wordt telkens met een schooljaar verlengd.",
        "The service is renewed for one school year at a time.",
        "Le contrat est reconduit tacitement pour une année scolaire.",
    ],
)
def test_a_calendar_year_renewal_is_twelve_months(text):
    assert figures_of(text).renewal_term_months == 12


def test_invoicing_month_by_month_is_no_renewal():
    text = "The agreement runs for 12 months; then we invoice month by month in advance."
    assert figures_of(text).renewal_term_months is None


# -- payment by direct debit ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The rental is collected monthly by direct debit, 14 days after the invoice date.",
        "Le loyer est prélevé par domiciliation 14 jours après la date de facture.",
        "De huur wordt via automatische incasso geïnd, 14 dagen na factuurdatum.",
    ],
)
def test_a_direct_debit_after_the_invoice_is_the_payment_term(text):
    assert figures_of(text).payment_term_days == 14


def test_a_direct_debit_mandate_deadline_is_no_payment_term():
    text = "The customer returns the direct debit mandate and the signed order form."
    assert figures_of(text).payment_term_days is None


# -- warranty: a free repair after an adjective of acceptance ---------------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Gedurende drie maanden na de voorlopige aanvaarding herstelt de Leverancier kosteloos "
         "elke fout in de configuratie.", 90),
        ("During six months after final acceptance the supplier fixes any defect free of "
         "charge.", 180),
        ("Pendant deux mois après la réception définitive, le Prestataire corrige gratuitement "
         "toute anomalie.", 60),
        ("Gedurende drie maanden na de algemene livegang herstelt Koppel kosteloos elke "
         "afwijking van de aanvaarde functionaliteit.", 90),
        ("Bugs in what we built are fixed for free during the first 3 months after go-live.",
         90),
    ],
)  # fmt: skip
def test_free_repair_after_acceptance_is_the_warranty(text, days):
    assert figures_of(text).warranty_days == days


def test_free_repair_after_a_price_change_is_no_warranty():
    text = "During three months after the price increase we fix errors in invoices free of charge."
    assert figures_of(text).warranty_days is None


@pytest.mark.parametrize(
    "text",
    [
        "Gedurende zes maanden na de voorlopige aanvaarding herstelt Labelinq kosteloos elke "
        "fout. Op de printers geldt een fabrieksgarantie van drie jaar.",
        "During six months after acceptance we fix any defect free of charge. The printers "
        "carry a manufacturer's warranty of three years.",
        "Pendant six mois après la réception, nous corrigeons gratuitement toute anomalie. Le "
        "matériel est garanti 3 ans par le constructeur.",
    ],
)
def test_the_makers_warranty_does_not_beat_the_suppliers(text):
    assert figures_of(text).warranty_days == 180


def test_the_makers_warranty_counts_when_there_is_no_other():
    text = "Op de printers geldt een fabrieksgarantie van drie jaar."
    assert figures_of(text).warranty_days == 1095


@pytest.mark.parametrize(
    "text",
    [
        "Article 7 - Tests, réception et garantie\n7.1 Les tests de réception sont réalisés par "
        "le Client pendant dix jours ouvrables.\n7.2 Le Prestataire corrige gratuitement toute "
        "anomalie signalée pendant six mois à compter de la réception.",
        "6. Testen, livegang en garantie\n6.1 Je hebt dan tien werkdagen om de website te "
        "bekijken en je opmerkingen door te geven.\n6.2 Fouten die je binnen 180 dagen na de "
        "livegang meldt, lossen we gratis op.",
        "7. Acceptance and warranty\n7.1 The customer has ten working days to review the "
        "delivery and send its comments.\n7.2 Defects reported within six months after "
        "delivery are fixed free of charge.",
    ],
)
def test_a_test_window_under_a_warranty_heading_is_no_warranty(text):
    assert figures_of(text).warranty_days == 180


def test_under_a_warranty_heading_a_bare_period_still_counts():
    text = (
        "8. Garantie\nPendant trois mois à compter de la réception, nous corrigeons toute anomalie."
    )
    assert figures_of(text).warranty_days == 90


def test_the_later_clause_of_and_keeps_its_own_duration():
    roles = duration_roles("runs for 24 months and then renews for 12 months")
    assert ("renewal", 24.0) not in [(role, d.months) for role, d in roles]


# -- warranty of one unit without a number: "le mois qui suit la mise en ligne" ---------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Les corrections de bugs pendant le mois qui suit la mise en ligne sont offertes.", 30),
        ("During the first month after go-live we fix bugs free of charge.", 30),
        ("Gedurende het eerste jaar na de oplevering herstellen we fouten kosteloos.", 365),
    ],
)  # fmt: skip
def test_one_unit_after_go_live_is_the_warranty(text, days):
    assert figures_of(text).warranty_days == days


def test_a_free_first_month_of_subscription_is_no_warranty():
    text = "Le premier mois d'abonnement qui suit la mise en ligne est offert."
    assert figures_of(text).warranty_days is None


@pytest.mark.parametrize(
    "text",
    [
        "This Agreement does not renew automatically; the parties will discuss an extension "
        "six months before expiry.",
        "De klant kan een verlenging aanvragen uiterlijk zes maanden vóór het einde.",
        "Le client peut demander une prolongation six mois avant le terme.",
    ],
)
def test_a_deadline_before_expiry_is_no_renewal_term(text):
    assert figures_of(text).renewal_term_months is None
