"""General figure patterns found on the figure development documents (issue 9): each test is
one way Belgian and Dutch suppliers write a figure, with negatives for the wrong role."""

import pytest

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.structure import build_structure


def figures_of(text: str):
    return analyse_text(text).figures


def highest_response_hours(text: str) -> float | None:
    times = figures_of(text).response_times
    first = [t["hours"] for t in times if t["priority"] == "P1"]
    return min(first or [t["hours"] for t in times]) if times else None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "De overeenkomst kan worden opgezegd uiterlijk drie maanden vóór het verstrijken "
            "van de lopende termijn.",
            90,
        ),
        (
            "Het contract kan door elk van de partijen worden opgezegd met een termijn van 2 "
            "maanden.",
            60,
        ),  # fmt: skip
    ],
)
def test_notice_with_the_participle_opgezegd(text, days):
    assert figures_of(text).notice_period_days == days


def test_payment_no_later_than_days_after_the_invoice():
    text = (
        "The Customer shall pay each invoice no later than 30 days after the date of the invoice."
    )
    assert figures_of(text).payment_term_days == 30


def test_net_days_followed_by_the_date_it_counts_from():
    assert figures_of("Payment terms: net 45 from the invoice date.").payment_term_days == 45


def test_net_followed_by_a_count_of_users_is_no_payment_term():
    text = "The licence fee is invoiced annually for net 25 users of the platform."
    assert figures_of(text).payment_term_days is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Le contrat prend effet à la signature pour une période de vingt-quatre (24) mois.", 24),
        ("This Agreement has a term of 3 years from the Effective Date.", 36),
        (
            "De raamovereenkomst start op de datum van ondertekening voor een periode van "
            "achttien maanden.",
            18,
        ),  # fmt: skip
    ],
)
def test_initial_term_for_a_period_of(text, months):
    assert figures_of(text).contract_term_months == months


@pytest.mark.parametrize(
    "text",
    [
        "De overeenkomst wordt gesloten voor de duur van één jaar en wordt daarna telkens "
        "stilzwijgend verlengd voor eenzelfde periode.",
        "This Agreement has an initial term of one (1) year and renews automatically for the "
        "same period unless terminated.",
        "Le contrat est conclu pour un an et se renouvelle tacitement pour une durée identique.",
    ],
)
def test_renewal_for_the_same_period_is_the_initial_term(text):
    figures = figures_of(text)
    assert (figures.contract_term_months, figures.renewal_term_months) == (12, 12)


def test_warranty_extended_by_the_same_period_is_no_renewal():
    text = (
        "Deze overeenkomst heeft een looptijd van 24 maanden. De garantie op een herstelde "
        "module wordt verlengd met dezelfde periode als de duur van de herstelling."
    )
    assert figures_of(text).renewal_term_months is None


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Bij een kritiek incident reageert de leverancier binnen het uur.", 1),
        ("En cas d'incident bloquant, nous répondons dans l'heure.", 1),
        ("Wij nemen binnen twee werkuren contact op na een melding van prioriteit 1.", 2),
        (
            "Pour les contrats Premium, nous intervenons sur site dans les quatre heures "
            "ouvrées de l'appel en cas de panne bloquante.",
            4,
        ),  # fmt: skip
        ("Nous intervenons sur site le jour ouvrable suivant.", 24),
        ("Interventie ter plaatse: volgende werkdag (NBD).", 24),
    ],
)
def test_response_time_wordings(text, hours):
    assert highest_response_hours(text) == hours


def test_availability_from_the_committed_column_not_the_measured_one():
    text = (
        "3. Service levels\n"
        "| Service | Committed availability | Measured 2025 |\n"
        "| Managed hosting platform | 99.9% | 99.98% |\n"
        "| Backup service | 99.5% | 99.91% |\n"
    )
    assert figures_of(text).availability_percent == 99.9


def test_availability_column_headed_measured_only_is_not_committed():
    text = (
        "Rapportage\n"
        "| Maand | Gemeten beschikbaarheid |\n"
        "| januari | 99,97% |\n"
        "| februari | 99,92% |\n"
    )
    assert figures_of(text).availability_percent is None


def test_committed_availability_beats_a_measured_one_before_it():
    text = (
        "Het platform haalde in 2025 een gemeten beschikbaarheid van 99,97%. Het platform "
        "heeft een beschikbaarheid van 99,5% per maand."
    )
    assert figures_of(text).availability_percent == 99.5


@pytest.mark.parametrize(
    "text",
    [
        "Verlenging: stilzwijgend per jaar.",
        "Le contrat est renouvelable tacitement par périodes annuelles.",
        "Thereafter, the Agreement shall automatically renew on an annual basis.",
    ],
)
def test_renewal_by_a_yearly_word(text):
    assert figures_of(text).renewal_term_months == 12


def test_renewal_verb_before_a_yearly_price_is_no_renewal_term():
    text = "De licentie wordt verlengd tegen een vergoeding van € 1.200 per jaar."
    assert figures_of(text).renewal_term_months is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("De overeenkomst heeft een duurtijd van 3 jaar.", 36),
        ("This agreement runs for two years.", 24),
        (
            "De overeenkomst wordt afgesloten voor een vaste periode van vierentwintig (24) "
            "maanden.",
            24,
        ),  # fmt: skip
        (
            "Le présent contrat entre en vigueur le 1er mars 2027 pour une durée déterminée de "
            "deux ans.",
            24,
        ),  # fmt: skip
    ],
)
def test_initial_term_wordings(text, months):
    assert figures_of(text).contract_term_months == months


@pytest.mark.parametrize(
    "text", ["Onze facturen zijn contant betaalbaar.", "Nos factures sont payables au comptant."]
)
def test_payment_in_cash_is_zero_days(text):
    assert figures_of(text).payment_term_days == 0


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Fouten die binnen 60 dagen na de livegang worden gemeld, herstellen wij gratis.", 60),
        (
            "Wij verhelpen bugs kosteloos gedurende twee maanden na de lancering van de webshop.",
            60,
        ),  # fmt: skip
        (
            "Na oplevering geldt een nazorgperiode van 60 dagen waarin bugs kosteloos worden "
            "opgelost.",
            60,
        ),  # fmt: skip
        (
            "Nous garantissons le bon fonctionnement du site pendant trois mois après sa mise en "
            "ligne.",
            90,
        ),  # fmt: skip
    ],
)
def test_warranty_after_go_live_and_aftercare(text, days):
    assert figures_of(text).warranty_days == days


def test_guaranteed_response_hours_are_no_warranty():
    text = "Nous garantissons une prise en charge des incidents bloquants dans les quatre heures."
    assert figures_of(text).warranty_days is None


@pytest.mark.parametrize(
    "text",
    [
        "Incidenten met hoge urgentie worden binnen 1 uur in behandeling genomen.",
        "Een melding met prioriteit 1 wordt binnen 1 uur opgepakt door de servicedesk.",
    ],
)
def test_response_as_taking_up_the_incident(text):
    assert highest_response_hours(text) == 1


def cap_of(text: str) -> dict:
    cap = figures_of(text).liability_cap or {}
    return {key: value for key, value in cap.items() if key != "evidence"}


def test_number_word_with_its_digits_on_the_next_line_stays_one_sentence():
    text = (
        "La responsabilité du Prestataire est limitée au montant facturé au cours des douze\n"
        "(12) derniers mois précédant le fait générateur."
    )
    assert cap_of(text)["months_of_fees"] == 12


def test_notice_written_in_words_wrapped_before_its_digits():
    text = (
        "Either party may terminate this Agreement for convenience by giving ninety\n"
        "(90) days' prior written notice to the other party."
    )
    assert figures_of(text).notice_period_days == 90


def test_numbered_item_after_a_number_word_with_other_digits_is_still_a_list_item():
    text = (
        "Het contract eindigt van rechtswege in de volgende gevallen, naast de andere twee\n"
        "(1) bij faillissement van een partij;\n"
        "(2) bij stopzetting van de activiteit."
    )
    sentences = [s.text for s in build_structure([text]).sentences]
    assert any(s.startswith("(1) bij faillissement") for s in sentences)


def test_cap_of_the_annual_fee_is_twelve_months_of_fees():
    text = (
        "De aansprakelijkheid van de Dienstverlener is beperkt tot het bedrag van de jaarlijkse "
        "onderhoudsvergoeding."
    )
    assert cap_of(text)["months_of_fees"] == 12


def test_annual_fees_in_another_part_of_the_sentence_are_no_cap():
    text = "Supplier's liability is limited to EUR 10,000; the annual fees are due in advance."
    assert cap_of(text)["months_of_fees"] is None


def test_cap_as_a_percentage_of_the_fees_is_a_multiple():
    assert cap_of("Liability is capped at 150% of the annual fees.")["multiple"] == "1.5"


def test_cap_of_the_amount_paid_in_the_preceding_months():
    text = (
        "De totale aansprakelijkheid van Leverancier is beperkt tot het bedrag dat Afnemer in "
        "de zes maanden voorafgaand aan de schadeveroorzakende gebeurtenis heeft betaald."
    )
    assert cap_of(text)["months_of_fees"] == 6


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Het contract start op 1 februari 2027 en loopt 36 maanden.", 36),
        ("The retainer runs for an initial twelve (12) months.", 12),
        ("This proposal is for a 12-month support agreement.", 12),
        ("Minimum commitment: 12 months.", 12),
        ("The agreement is for a fixed term of 12 months.", 12),
    ],
)
def test_initial_term_of_order_forms_and_retainers(text, months):
    assert figures_of(text).contract_term_months == months


def test_retention_of_data_after_the_end_is_no_term():
    text = "The Supplier shall retain the Customer's data for twelve (12) months after the end."
    assert figures_of(text).contract_term_months is None


@pytest.mark.parametrize(
    "text",
    [
        "After the initial term the agreement rolls over for a further 12 months.",
        "Thereafter it continues on a rolling 12-month basis.",
        "The retainer renews automatically for further periods of one year.",
    ],
)
def test_rolling_renewal(text):
    assert figures_of(text).renewal_term_months == 12


def test_term_after_a_renewal_that_is_refused_is_the_initial_term():
    figures = figures_of("De overeenkomst wordt niet stilzwijgend verlengd en loopt vier jaar.")
    assert (figures.contract_term_months, figures.renewal_term_months) == (48, None)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Reactietijd P1: 1u, P2: 4u, P3: 8u.", 1),
        ("Prioriteit 1: reactie binnen het half uur.", 0.5),
        ("Critical incidents: response within half an hour.", 0.5),
        ("Délai d'intervention pour un incident critique : H+1.", 1),
    ],
)
def test_response_time_notations(text, hours):
    assert highest_response_hours(text) == hours


def test_defects_reported_within_days_of_sign_off_are_the_warranty():
    text = "Defects notified within sixty days of sign-off are remedied free of charge."
    assert figures_of(text).warranty_days == 60


def test_a_guaranteed_delivery_time_is_no_warranty():
    text = "Wij garanderen de oplevering van de koppelingen binnen zes weken na de bestelling."
    assert figures_of(text).warranty_days is None


def test_defects_repaired_free_of_charge_beat_a_guarantee_in_words():
    text = (
        "Wij garanderen een nazorg van zes weken na de bestelling.\n\n"
        "Fouten die binnen 90 dagen na oplevering worden gemeld, herstellen wij kosteloos."
    )
    assert figures_of(text).warranty_days == 90


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Prioriteit 1: reactie binnen ½ uur.", 0.5),
        ("Incident critique : délai de prise en compte 30 mn.", 0.5),
        ("Délai de prise en compte d'un incident critique : 0h30.", 0.5),
        ("Temps de réaction pour un incident P1 : 1 heure.", 1),
        ("Prioriteit 1 - aanvangstijd: 30 minuten.", 0.5),
        ("Een kritieke melding wordt binnen 30 minuten bevestigd.", 0.5),
    ],
)
def test_response_time_abbreviations_and_words(text, hours):
    assert highest_response_hours(text) == hours


@pytest.mark.parametrize(
    "text",
    [
        "Bij een defect komt een technieker ter plaatse binnen 8 werkuren.",
        "Tussenkomsttijd bij panne: 8 werkuren.",
        "Un technicien se déplace sur site dans les 8 heures ouvrables.",
    ],
)
def test_on_site_intervention_is_the_response_time(text):
    assert highest_response_hours(text) == 8


def test_table_with_a_criticality_column():
    text = (
        "| Criticité | Délai de prise en compte | Délai de résolution |\n"
        "| Critique | 30 mn | 4 h |\n"
        "| Majeure | 2 h | 8 h |\n"
    )
    assert highest_response_hours(text) == 0.5


def test_notice_to_end_the_contract_at_its_expiry_fr():
    text = (
        "Chaque partie peut mettre un terme au contrat à son échéance moyennant un préavis "
        "de 3 mois."
    )
    assert figures_of(text).notice_period_days == 90


def test_notice_before_the_anniversary_date():
    text = (
        "To stop the renewal, the Customer must inform the Supplier in writing 60 days before "
        "the anniversary date."
    )
    assert figures_of(text).notice_period_days == 60


def test_remedy_at_its_own_cost_after_acceptance_is_the_warranty():
    text = (
        "For sixty (60) days after acceptance of each Deliverable, Supplier will remedy any "
        "non-conformity at its own cost."
    )
    assert figures_of(text).warranty_days == 60


@pytest.mark.parametrize(
    ("text", "rule", "cap"),
    [
        (
            "If the committed availability is not met, Customer receives a service credit of "
            "10% of the monthly hosting fee, capped at 30% of that fee.",
            10,
            30,
        ),
        (
            "Si la disponibilité mensuelle est inférieure à l'engagement, le Client a droit à un "
            "avoir de 5 % de la redevance mensuelle, plafonné à 20 % de la redevance.",
            5,
            20,
        ),
    ],
)
def test_credit_rule_with_its_cap_in_one_sentence(text, rule, cap):
    credits = {(c["kind"], c["percent"]) for c in figures_of(text).service_credits}
    assert credits == {("rule", rule), ("cap", cap)}


@pytest.mark.parametrize(
    "text",
    [
        "Het abonnement wordt na de minimumtermijn voortgezet voor telkens twaalf maanden.",
        "De overeenkomst wordt na afloop van rechtswege voortgezet voor een periode van een jaar.",
        "Zonder opzegging loopt het abonnement telkens een jaar door.",
    ],
)
def test_renewal_as_continuation_nl(text):
    assert figures_of(text).renewal_term_months == 12


def test_a_month_invoiced_in_advance_each_time_is_no_renewal():
    text = (
        "De looptijd van het abonnement is 24 maanden; de vergoeding wordt telkens een maand "
        "vooraf gefactureerd."
    )
    assert figures_of(text).renewal_term_months is None


def test_direct_debit_in_advance_is_payment_before_the_period():
    text = "Het abonnementsgeld wordt maandelijks vooraf via automatische incasso geïncasseerd."
    assert figures_of(text).payment_term_days == 0
