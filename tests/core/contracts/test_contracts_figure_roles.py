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


def test_non_solicitation_period_is_not_the_term_en():
    figures = figures_of(
        "During the term and for a period of twelve (12) months thereafter, neither party "
        "shall solicit the other party's employees. This Agreement has an initial term of "
        "three (3) years."
    )
    assert figures.contract_term_months == 36


def test_confidentiality_period_is_not_the_term_nl():
    figures = figures_of(
        "De geheimhoudingsplicht blijft van kracht voor een duur van vijf jaar. "
        "De overeenkomst wordt aangegaan voor een duur van twee jaar."
    )
    assert figures.contract_term_months == 24


def test_period_after_termination_is_not_the_term_fr():
    figures = figures_of(
        "Les données sont conservées pendant une durée de six mois après la fin du contrat. "
        "Le contrat est conclu pour une durée de douze mois."
    )
    assert figures.contract_term_months == 12


def test_term_that_starts_after_an_event_still_counts():
    figures = figures_of(
        "The maintenance term shall commence upon acceptance and shall continue for "
        "twelve (12) months thereafter."
    )
    assert figures.contract_term_months == 12


def test_availability_is_the_committed_level_not_the_100_percent_of_the_formula_en():
    figures = figures_of(
        "Availability is calculated as (total minutes - downtime) / total minutes x 100 %. "
        "The Provider commits to an availability of 99.7 % per calendar month."
    )
    assert figures.availability_percent == 99.7


def test_availability_formula_in_dutch():
    figures = figures_of(
        "De beschikbaarheid wordt berekend als (totale tijd - onbeschikbaarheid) / totale tijd "
        "x 100%. De gegarandeerde beschikbaarheid bedraagt 99,5% op maandbasis."
    )
    assert figures.availability_percent == 99.5


def test_availability_guaranteed_level_beats_an_earlier_credit_threshold_fr():
    figures = figures_of(
        "Si la disponibilité est inférieure à 98 %, un avoir de 10 % est accordé. "
        "Le Prestataire garantit une disponibilité de 99,5 % par mois."
    )
    assert figures.availability_percent == 99.5


def test_instalment_schedule_is_not_the_payment_term_fr():
    figures = figures_of(
        "Le paiement s'effectue en trois tranches : 30 % à la commande, 40 % à 60 jours et "
        "30 % à la réception. Les factures sont payables dans les 30 jours de leur date."
    )
    assert figures.payment_term_days == 30


def test_instalment_schedule_alone_gives_no_payment_term_en():
    figures = figures_of(
        "Payment is made in three instalments: 40% on signature, 30% 45 days after kick-off "
        "and 30% on acceptance."
    )
    assert figures.payment_term_days is None


def test_fee_adjustment_notice_is_not_the_payment_term_en():
    figures = figures_of(
        "The Provider may adjust the monthly fee payable under this Agreement by giving "
        "written notice at least sixty (60) days before the new term."
    )
    assert figures.payment_term_days is None


def test_duration_far_from_the_payment_words_is_not_the_payment_term_nl():
    figures = figures_of(
        "Na ontvangst van de betaling van het onderhoudscontract stuurt de Leverancier het "
        "contract in tweevoud op, dat de Klant ondertekend terugstuurt binnen 8 dagen."
    )
    assert figures.payment_term_days is None


def test_notification_weeks_before_renewal_is_the_notice_period_en():
    figures = figures_of(
        "The subscription renews for one year unless the Customer sends a notification of "
        "non-renewal at least six (6) weeks before renewal."
    )
    assert figures.notice_period_days == 42  # 6 x 7 days


def test_notifies_in_writing_before_the_end_of_the_term_en():
    figures = figures_of(
        "This Agreement renews automatically unless either party notifies the other in "
        "writing at least sixty (60) days prior to the end of the then-current term."
    )
    assert figures.notice_period_days == 60


def test_kennisgeving_voor_de_verlenging_nl():
    figures = figures_of(
        "Het contract wordt stilzwijgend verlengd, tenzij een partij uiterlijk twee maanden "
        "vóór de verlenging een schriftelijke kennisgeving stuurt."
    )
    assert figures.notice_period_days == 60


def test_notification_avant_le_renouvellement_fr():
    figures = figures_of(
        "Le contrat est reconduit tacitement sauf notification par lettre recommandée au "
        "moins trois mois avant le renouvellement."
    )
    assert figures.notice_period_days == 90


def test_days_to_send_the_invoice_are_not_the_payment_term_en():
    figures = figures_of(
        "Invoices are sent within 5 working days after the end of each month and are due by "
        "the 20th day of the following month."
    )
    assert figures.payment_term_days is None  # a day of the month, not N days after invoice


def test_days_to_draw_up_the_invoice_are_not_the_payment_term_nl():
    figures = figures_of(
        "De facturen worden binnen 10 dagen na het einde van de maand opgesteld en zijn "
        "betaalbaar uiterlijk op de 20ste dag van de volgende maand."
    )
    assert figures.payment_term_days is None


def test_days_to_issue_the_invoice_are_not_the_payment_term_fr():
    figures = figures_of(
        "Les factures sont émises dans les 5 jours suivant la fin du mois et sont payables "
        "au plus tard le 20 du mois suivant."
    )
    assert figures.payment_term_days is None


def test_payment_within_days_of_issue_is_the_payment_term():
    figures = figures_of("Les factures sont payables dans les 30 jours de leur émission.")
    assert figures.payment_term_days == 30


def test_warranty_period_is_not_the_term_nl():
    figures = figures_of(
        "De Leverancier garandeert voor de duur van zes maanden na acceptatie dat hij gebreken "
        "kosteloos herstelt."
    )
    assert figures.contract_term_months is None
    assert figures.warranty_days == 180


def test_term_that_starts_after_the_warranty_still_counts_en():
    figures = figures_of(
        "The paid maintenance term starts when the warranty period ends and continues for a "
        "period of twelve (12) months."
    )
    assert figures.contract_term_months == 12


def test_months_of_fees_of_a_liability_cap_under_a_warranty_heading_are_no_warranty():
    figures = figures_of(
        "12. Warranties and limitation of liability\n"
        "In no event shall the Supplier's liability exceed the total fees paid over the "
        "preceding twelve (12) months."
    )
    assert figures.warranty_days is None
    assert figures.liability_cap["months_of_fees"] == 12


def test_months_of_fees_of_a_cap_under_a_guarantee_heading_fr():
    figures = figures_of(
        "Article 9 - Garanties et responsabilité\n"
        "La responsabilité du Prestataire est limitée au montant des redevances payées au cours "
        "des six derniers mois."
    )
    assert figures.warranty_days is None


def test_responsible_for_something_within_days_is_no_response_time_en():
    figures = figures_of(
        "If the Client ends the hosting service, the Client is responsible for moving its "
        "domain to a new name server within 30 days."
    )
    assert figures.response_times == []


def test_responsabilite_is_no_response_time_fr():
    figures = figures_of(
        "Le Client assume la responsabilité de la sauvegarde de ses données pendant 2 jours."
    )
    assert figures.response_times == []


def test_a_response_within_hours_is_still_a_response_time_nl():
    figures = figures_of("De Leverancier reageert op een storing binnen 4 uur.")
    assert [t["hours"] for t in figures.response_times] == [4]


def test_cure_period_in_the_same_sentence_does_not_hide_the_notice_en():
    figures = figures_of(
        "Either party may terminate this Agreement (a) for convenience on ninety (90) days' "
        "written notice, or (b) if the other party materially breaches it and fails to cure "
        "the breach within thirty (30) days."
    )
    assert figures.notice_period_days == 90


def test_cure_period_in_the_same_sentence_does_not_hide_the_notice_nl():
    figures = figures_of(
        "Elke partij kan de overeenkomst opzeggen met een opzegtermijn van drie maanden, of "
        "onmiddellijk indien de andere partij na ingebrekestelling binnen 15 dagen in gebreke "
        "blijft."
    )
    assert figures.notice_period_days == 90


def test_cure_period_in_the_same_sentence_does_not_hide_the_notice_fr():
    figures = figures_of(
        "Chaque partie peut résilier le contrat moyennant un préavis de trois mois ; en cas de "
        "manquement, la résiliation intervient après une mise en demeure restée sans effet "
        "pendant 15 jours."
    )
    assert figures.notice_period_days == 90


def test_a_cure_period_alone_is_no_notice_period():
    figures = figures_of(
        "Either party may terminate this Agreement if the other party fails to cure a material "
        "breach within thirty (30) days after written notice."
    )
    assert figures.notice_period_days is None


def test_a_notice_period_of_six_months_is_the_notice_not_the_term():
    text = (
        "The agreement starts on 1 March 2027 for a period of two years and is renewed tacitly "
        "for periods of one year, unless ended by registered letter with a notice period of "
        "six months."
    )
    figures = analyse_text(text).figures
    assert (figures.notice_period_days, figures.contract_term_months) == (180, 24)
