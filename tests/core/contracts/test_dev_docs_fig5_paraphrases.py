"""Figure phrasings written as paraphrases of how small suppliers state them (e-mail offers,
quotes, order forms, key-value lines), not taken from one training document: a verb of
lasting for the term, more term keys, and more; nl, fr and en, each family with a sentence
where the number must not be taken."""

import pytest

from vendorpact.core.contracts import analyse_text


def figures_of(text: str):
    return analyse_text(text, learned=False).figures


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Het onderhoudscontract duurt twee jaar.", 24),
        ("Le contrat dure trois ans à partir de la mise en service.", 36),
        ("The subscription lasts one year from activation.", 12),
        ("L'engagement est de 36 mois.", 36),
        ("The commitment is 24 months from go-live.", 24),
        ("Contract length: 2 years", 24),
        ("Durée de l'abonnement : 12 mois", 12),
        ("Looptijd contract: 36 maanden", 36),
    ],
)
def test_a_verb_of_lasting_or_a_length_key_gives_the_term(text, months):
    assert figures_of(text).contract_term_months == months


@pytest.mark.parametrize(
    "text",
    [
        "De migratie duurt drie maanden.",
        "The implementation lasts 3 months.",
        "La phase de tests dure un mois.",
        "The training will last for two months.",
        "De opleiding duurt twee maanden.",
    ],
)
def test_work_that_lasts_is_no_term(text):
    assert figures_of(text).contract_term_months is None


def test_the_last_months_of_the_agreement_are_no_term():
    text = "The cap is the fees paid under this Agreement in the last 12 months before the claim."
    assert figures_of(text).contract_term_months is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Wil je stoppen, laat het ons dan minstens 30 dagen op voorhand weten.", 30),
        ("Tu peux arrêter quand tu veux, il suffit de me prévenir un mois à l'avance.", 30),
        ("If you want to stop, just tell us 30 days before the renewal.", 30),
        ("To cancel, just email us at least one month before your renewal date.", 30),
        ("The plan renews yearly unless you tell us 30 days before it ends that you stop.", 30),
        (
            "Het contract wordt stilzwijgend verlengd, tenzij u het ten minste twee maanden voor "
            "de vervaldatum opzegt.",
            60,
        ),
        ("De overeenkomst loopt af tenzij je ze twee maanden vóór afloop opzegt.", 60),
        ("Le contrat est reconduit sauf si vous le dénoncez un mois avant son échéance.", 30),
    ],
)
def test_wanting_to_stop_or_a_time_before_the_end_gives_the_notice(text, days):
    assert figures_of(text).notice_period_days == days


@pytest.mark.parametrize(
    "text",
    [
        "If you want to stop the nightly backup, tell us two days in advance.",
        "Wil je de back-ups stoppen, laat het ons twee dagen op voorhand weten.",
        "Tu veux arrêter le serveur de test ? Préviens-moi deux jours à l'avance.",
        "We send the renewal invoice 30 days before the renewal date.",
    ],
)
def test_stopping_something_else_or_an_invoice_is_no_notice(text):
    assert figures_of(text).notice_period_days is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Terms: Net 15", 15),
        ("Invoices must be settled within 30 days of receipt.", 30),
        ("We invoice monthly; you have 21 days to pay.", 21),
        ("Je hebt 14 dagen om de factuur te betalen.", 14),
        ("Vous disposez de 30 jours pour régler la facture.", 30),
    ],
)
def test_settling_or_days_to_pay_give_the_payment_term(text, days):
    assert figures_of(text).payment_term_days == days


@pytest.mark.parametrize(
    "text",
    [
        "Disputes shall be settled within 30 days by negotiation.",
        "Les litiges doivent être réglés dans les 30 jours.",
        "You have 14 days to pay the deposit of 30%.",
        "Vous avez 8 jours pour régler l'acompte.",
        "Je hebt 14 dagen om het voorschot te betalen.",
    ],
)
def test_a_dispute_settled_or_an_instalment_is_no_payment_term(text):
    assert figures_of(text).payment_term_days is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("We offer a 12-month guarantee on all our work.", 360),
        ("We give a guarantee of 6 months on the installation.", 180),
        ("Guarantee period: 6 months", 180),
        (
            "Wij waarborgen de goede werking van de software gedurende zes maanden na oplevering.",
            180,
        ),
        ("Fouten in de geleverde software worden gedurende 6 maanden kosteloos verholpen.", 180),
        ("Bugs in the delivered app are fixed free of charge for 3 months.", 90),
        ("Pendant les trois mois qui suivent la livraison, les corrections sont gratuites.", 90),
    ],
)
def test_a_guarantee_noun_or_a_free_repair_of_the_delivered_work_is_the_warranty(text, days):
    assert figures_of(text).warranty_days == days


@pytest.mark.parametrize(
    "text",
    [
        "We offer a 30-day money-back guarantee.",
        "We give a price guarantee of 12 months.",
        "You get a 12-month price guarantee.",
        "De waarborgen worden na 12 maanden terugbetaald.",
        "Wij waarborgen de vertrouwelijkheid van uw gegevens gedurende vijf jaar.",
        "Tijdens de looptijd worden fouten gedurende 12 maanden kosteloos verholpen.",
        "Pendant les trois mois qui suivent la livraison, la formation est gratuite.",
        "Support calls are free for 12 months.",
    ],
)
def test_a_refund_a_price_a_deposit_or_a_free_service_is_no_warranty(text):
    assert figures_of(text).warranty_days is None


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("Le service est accessible 99,5 % du temps.", 99.5),
        ("Het platform is bereikbaar 99,5% van de tijd.", 99.5),
        ("The platform is up 99.9% of the time.", 99.9),
        ("The website will be online 99.5% of the time.", 99.5),
    ],
)
def test_a_service_reachable_or_up_a_share_of_the_time_is_the_availability(text, percent):
    assert figures_of(text).availability_percent == percent


@pytest.mark.parametrize(
    "text",
    [
        "De helpdesk is bereikbaar voor 95% van de oproepen.",
        "The technician is up 95% of the time on site.",
        "Our engineers are online 98% of working hours.",
        "Le technicien est accessible 95 % du temps.",
    ],
)
def test_a_person_or_a_helpdesk_reachable_is_no_availability(text):
    assert figures_of(text).availability_percent is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("We stellen een contract voor van 36 maanden.", 36),
        ("Nous vous proposons un contrat de 36 mois.", 36),
        ("Il s'agit d'un contrat d'un an.", 12),
        ("Your subscription is for 12 months.", 12),
        ("L'abonnement est souscrit pour 12 mois.", 12),
    ],
)
def test_a_contract_of_a_length_is_the_term(text, months):
    assert figures_of(text).contract_term_months == months


@pytest.mark.parametrize(
    "text",
    [
        "We may suspend the contract for 3 months.",
        "The contract fee of 12 months is paid upfront.",
        "Copies of the contract of 5 years ago are archived.",
        "Le client a souscrit pour 3 mois une option de sauvegarde.",
    ],
)
def test_a_suspension_a_fee_or_an_option_is_no_term(text):
    assert figures_of(text).contract_term_months is None


@pytest.mark.parametrize(
    "text",
    [
        "An extension of the contract of 12 months is possible.",
        "Une prolongation du contrat de 12 mois est possible.",
        "Een verlenging van de overeenkomst van 12 maanden is mogelijk.",
    ],
)
def test_an_extension_of_the_contract_of_a_length_is_the_renewal(text):
    figures = figures_of(text)
    assert figures.renewal_term_months == 12
    assert figures.contract_term_months is None


def test_a_renewal_by_the_dutch_verb_in_the_present():
    text = "Daarna verlengt het abonnement zich automatisch per maand."
    assert figures_of(text).renewal_term_months == 1


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "De hardware heeft 3 jaar fabrieksgarantie; op onze installatie geven we zelf 6 "
            "maanden garantie.",
            180,
        ),
        (
            "The hardware comes with a 3-year manufacturer's warranty; our own work is covered "
            "for 90 days.",
            90,
        ),
        ("Defects found in the first 60 days after go-live are fixed at our cost.", 60),
        (
            "Les anomalies constatées dans les 60 jours suivant la livraison sont corrigées à nos "
            "frais.",
            60,
        ),
    ],
)
def test_the_suppliers_own_warranty_after_the_makers_or_a_repair_at_its_cost(text, days):
    assert figures_of(text).warranty_days == days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Le client peut résilier le contrat par écrit en respectant un délai de deux mois.", 60),
        ("De klant kan de overeenkomst opzeggen mits een termijn van één maand.", 30),
    ],
)
def test_a_period_respected_when_ending_is_the_notice(text, days):
    assert figures_of(text).notice_period_days == days


def test_a_period_respected_for_something_else_is_no_notice():
    text = "Le fournisseur livre le matériel en respectant un délai de deux mois."
    assert figures_of(text).notice_period_days is None


def response_hours(text: str) -> list[float]:
    return sorted(t["hours"] for t in figures_of(text).response_times)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Urgent tickets get a reply within 1 hour during business hours.", 1),
        ("Bij een dringend probleem krijg je binnen het uur een antwoord.", 1),
        ("Emergency support: we'll be on it within 2 hours.", 2),
        ("Bij een kritieke storing gaan we er binnen het uur mee aan de slag.", 1),
        ("Pour une panne bloquante, on s'en occupe dans les 2 heures.", 2),
        ("Bij kritieke incidenten starten we binnen het uur met de analyse.", 1),
    ],
)
def test_a_reply_received_or_being_on_it_is_a_response(text, hours):
    assert response_hours(text) == [hours]


@pytest.mark.parametrize(
    "text",
    [
        "The supplier receives an answer from the Client within 5 days.",
        "De klant krijgt binnen 10 dagen een antwoord op zijn offerteaanvraag.",
        "You receive a reply to your quotation request within 10 days.",
        "We start the analysis phase within 2 weeks of signing.",
    ],
)
def test_an_answer_to_the_supplier_or_to_a_quote_request_is_no_response(text):
    assert response_hours(text) == []


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Het contract loopt per jaar.", 12),
        ("Your plan renews each month.", 1),
        ("Unless cancelled, it is renewed for a further year.", 12),
    ],
)
def test_a_plan_that_runs_per_year_or_renews_each_month(text, months):
    assert figures_of(text).renewal_term_months == months


@pytest.mark.parametrize(
    "text",
    [
        "Les prix sont renouvelés pour une nouvelle année.",
        "De huurprijs loopt per jaar op met 2%.",
        "The price is reviewed every month.",
    ],
)
def test_a_price_renewed_or_rising_per_year_is_no_renewal(text):
    assert figures_of(text).renewal_term_months is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Le préavis est de trois (3) mois.", 90),
        ("The notice period is ninety (90) days.", 90),
        (
            "Planned work is announced with 5 days notice. Either party may terminate with 60 "
            "days notice.",
            60,
        ),
    ],
)
def test_the_notice_period_as_a_subject_is_the_notice_below_an_ending(text, days):
    assert figures_of(text).notice_period_days == days


@pytest.mark.parametrize(
    "text",
    [
        "Les interventions planifiées sont annoncées avec un préavis de 5 jours.",
        "Le préavis pour les interventions planifiées est de 5 jours.",
    ],
)
def test_a_notice_of_planned_work_is_no_notice(text):
    assert figures_of(text).notice_period_days is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The payment period is 30 days.", 30),
        ("Paiement comptant à la commande.", 0),
        ("Betaling per kerende.", 0),
        ("De facturen dienen binnen de maand betaald te worden.", 30),
        ("Les factures sont payables dans le mois.", 30),
        ("Invoices are payable within the month.", 30),
    ],
)
def test_more_payment_phrasings(text, days):
    assert figures_of(text).payment_term_days == days


@pytest.mark.parametrize(
    "text",
    ["We factureren binnen de maand na de levering.", "Nous facturons dans le mois."],
)
def test_invoicing_within_the_month_is_no_payment_term(text):
    assert figures_of(text).payment_term_days is None


@pytest.mark.parametrize(
    "text",
    [
        "De klant test de oplevering gedurende 10 werkdagen; daarna geldt een garantie van 3 "
        "maanden.",
        "The client has 10 working days to accept the delivery; after that a 3-month warranty "
        "applies.",
        "Le client dispose de 10 jours ouvrables pour la recette; ensuite, une garantie de 3 mois "
        "s'applique.",
    ],
)
def test_a_test_window_before_a_warranty_in_the_next_clause_is_no_warranty(text):
    assert figures_of(text).warranty_days == 90


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Na de proefperiode van 30 dagen loopt het abonnement 12 maanden.", 12),
        ("After a 30-day free trial, the subscription runs for 12 months.", 12),
        ("Après une période d'essai de 1 mois, le contrat est conclu pour 24 mois.", 24),
    ],
)
def test_the_term_after_a_trial_of_its_own_length(text, months):
    assert figures_of(text).contract_term_months == months


@pytest.mark.parametrize(
    "text",
    [
        "The pilot runs for 3 months.",
        "De proefperiode loopt 2 maanden.",
        "During the trial the subscription runs for 2 months free of charge.",
    ],
)
def test_a_trial_that_runs_is_no_term(text):
    assert figures_of(text).contract_term_months is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("U verbindt zich voor 24 maanden.", 24),
        ("Vous vous engagez pour 24 mois.", 24),
        ("You commit for 24 months.", 24),
        ("You are locked in for 12 months.", 12),
        ("Contract: 36 maanden, stilzwijgend verlengbaar per jaar.", 36),
        ("Contrat : 36 mois, renouvelable tacitement par an.", 36),
        ("Contract: 36 months, auto-renewing yearly.", 36),
    ],
)
def test_the_client_committing_or_a_contract_key_gives_the_term(text, months):
    assert figures_of(text).contract_term_months == months


@pytest.mark.parametrize(
    "text",
    [
        "We commit for 2 weeks of onsite training.",
        "Le fournisseur s'engage pour 3 mois à maintenir les prix.",
        "Contract: 3 months notice",
        "Contrat : 3 mois de préavis",
        "Subscription: EUR 49 per month",
    ],
)
def test_the_supplier_committing_or_a_notice_after_a_contract_key_is_no_term(text):
    assert figures_of(text).contract_term_months is None


def test_a_yearly_renewal_in_a_french_key_value_line():
    text = "Durée 12 mois, reconduction annuelle, préavis 3 mois."
    figures = figures_of(text)
    assert (figures.contract_term_months, figures.renewal_term_months) == (12, 12)
    assert figures.notice_period_days == 90


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Le contrat peut être résilié au plus tard trois mois avant sa date anniversaire.", 90),
        ("The contract may be cancelled up to 60 days before its anniversary date.", 60),
    ],
)
def test_a_notice_before_its_anniversary(text, days):
    assert figures_of(text).notice_period_days == days


def test_a_report_before_its_anniversary_is_no_notice():
    assert (
        figures_of("Le rapport est remis un mois avant sa date anniversaire.").notice_period_days
        is None
    )


def test_parts_and_labour_guaranteed_is_the_warranty():
    assert figures_of("Parts and labour are guaranteed for 1 year.").warranty_days in (360, 365)


def test_parts_delivered_is_no_warranty():
    text = "Parts are delivered within 1 week and labour is invoiced."
    assert figures_of(text).warranty_days is None


def test_a_payment_key_without_a_colon():
    assert figures_of("Payment 30 days after invoice.").payment_term_days == 30
    assert figures_of("Payment 50% at order.").payment_term_days is None


GLUED = "Term 24 months Notice period 3 months Payment terms 30 days net"
TABLE = "| Item | Value |\n| Term | 24 months |\n| Notice | 60 days |\n| Payment | 30 days |"


def test_glued_key_value_lines_without_separators():
    figures = figures_of(GLUED)
    assert figures.contract_term_months == 24
    assert figures.notice_period_days == 90
    assert figures.payment_term_days == 30


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (TABLE, 30),
        ("Betalingstermijn: 14 dagen na factuurdatum", 14),
        ("| Délai de paiement | 45 jours fin de mois |", 45),
    ],
)
def test_a_payment_key_gives_the_payment_term(text, days):
    assert figures_of(text).payment_term_days == days


def test_an_instalment_after_a_payment_key_is_no_payment_term():
    assert figures_of("Payment: 30% at order, balance on delivery.").payment_term_days is None


@pytest.mark.parametrize(
    "text",
    ["The contract has a term 24 months long.", "Support 5 days a week, term 12 months."],
)
def test_a_key_word_inside_a_sentence_is_no_keyed_value(text):
    assert figures_of(text).contract_term_months is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Je zit er een jaar aan vast, daarna is het maandelijks opzegbaar.", 12),
        ("Vous êtes engagé pour 24 mois.", 24),
    ],
)
def test_the_client_bound_for_a_length_is_the_term(text, months):
    assert figures_of(text).contract_term_months == months


@pytest.mark.parametrize(
    "text",
    ["Je zit 2 uur vast in de file.", "Je zit nog drie maanden vast aan je oude leverancier."],
)
def test_being_stuck_elsewhere_is_no_term(text):
    assert figures_of(text).contract_term_months is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "If anything breaks after handover, I'll fix it for free during the first three "
            "months.",
            90,
        ),
        (
            "Mocht er na de oplevering nog iets mislopen, dan los ik dat de eerste drie maanden "
            "gratis op.",
            90,
        ),
        (
            "Si quelque chose cloche après la livraison, je corrige gratuitement pendant les trois "
            "premiers mois.",
            90,
        ),
    ],
)
def test_something_going_wrong_in_plain_words_repaired_free(text, days):
    assert figures_of(text).warranty_days == days


@pytest.mark.parametrize(
    "text",
    [
        "If the printer breaks, the manufacturer repairs it free of charge for 2 years.",
        "De eerste drie maanden is de hosting gratis.",
    ],
)
def test_a_free_period_without_the_handover_is_no_warranty(text):
    assert figures_of(text).warranty_days is None


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Bij een panne bel je ons en zijn we binnen de 4 uur bij je.", 4),
        ("En cas de panne, on est chez vous en 4 heures.", 4),
        ("If it breaks down, we're with you within 4 hours.", 4),
    ],
)
def test_being_with_the_client_within_a_time_is_a_response(text, hours):
    assert response_hours(text) == [hours]


@pytest.mark.parametrize(
    "text",
    [
        "We are with you every step of the way for 4 hours of training.",
        "Nous sommes chez vous le 4 mars pour 2 heures de formation.",
        "Op maandag zijn we bij u voor een opleiding van 3 uur.",
    ],
)
def test_a_visit_for_a_training_is_no_response(text):
    assert response_hours(text) == []


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "The hardware has a 5-year manufacturer warranty. We guarantee our installation work "
            "for 12 months.",
            360,
        ),
        ("Nous garantissons nos travaux pendant 12 mois.", 360),
        ("We garanderen onze werken gedurende 12 maanden.", 360),
    ],
)
def test_the_supplier_guaranteeing_its_own_work_is_the_warranty(text, days):
    assert figures_of(text).warranty_days == days


@pytest.mark.parametrize(
    "text",
    [
        "We guarantee our prices for 12 months.",
        "Nous garantissons nos tarifs pendant 12 mois.",
        "We garanderen onze prijzen gedurende 12 maanden.",
    ],
)
def test_guaranteed_prices_are_no_warranty(text):
    assert figures_of(text).warranty_days is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "We may change our prices with 60 days' notice. You can cancel at any time with 30 "
            "days' notice.",
            30,
        ),
        (
            "Je kan opzeggen met één maand opzeg. Prijswijzigingen kondigen we met een "
            "opzegtermijn van twee maanden aan.",
            30,
        ),
    ],
)
def test_the_notice_to_end_beats_a_price_change_notice_in_either_order(text, days):
    assert figures_of(text).notice_period_days == days


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("We garanderen dat de webshop minstens 99,5% van de tijd online is.", 99.5),
        ("Nous garantissons que le site est en ligne au moins 99,5 % du temps.", 99.5),
        ("We guarantee the shop is online at least 99.5% of the time.", 99.5),
    ],
)
def test_a_share_of_the_time_the_service_is_online(text, percent):
    assert figures_of(text).availability_percent == percent


@pytest.mark.parametrize(
    "text",
    [
        "The technician is on site 95% of the time.",
        "The service meets its targets 95% of the time.",
        "The team is up 95% of the time.",
    ],
)
def test_a_share_of_the_time_of_a_person_or_a_target_is_no_availability(text):
    assert figures_of(text).availability_percent is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("La résiliation prend effet trois mois après sa notification.", 90),
        ("Termination takes effect three months after notification.", 90),
        ("De opzegging gaat in drie maanden na de kennisgeving.", 90),
    ],
)
def test_an_ending_that_takes_effect_a_length_after_notice(text, days):
    assert figures_of(text).notice_period_days == days


def test_a_contract_that_takes_effect_is_still_the_term():
    assert (
        figures_of("The contract takes effect on signature for 24 months.").contract_term_months
        == 24
    )


def test_defects_in_french_and_not_by_default():
    text = (
        "Nous corrigeons gratuitement tous les défauts apparus dans l'année suivant la livraison."
    )
    assert figures_of(text).warranty_days in (360, 365)  # a year of 360 or 365 days
    text = (
        "La livraison est réputée conforme par défaut pendant 8 jours après la livraison, "
        "gratuitement."
    )
    assert figures_of(text).warranty_days is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        (
            "The subscription costs €49 a month, runs for 12 months and then renews monthly; "
            "cancel with one month's notice.",
            12,
        ),
        ("The plan at $49 a month runs for 24 months.", 24),
        ("Het abonnement kost 49 euro per maand en loopt 24 maanden.", 24),
        ("Le forfait de 49 € par mois court 24 mois.", 24),
    ],
)
def test_a_price_per_month_is_no_term(text, months):
    assert figures_of(text).contract_term_months == months


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("L'abonnement est mensuel et se renouvelle tacitement.", 1),
        ("Het maandabonnement wordt stilzwijgend verlengd.", 1),
        ("Het jaarabonnement wordt automatisch verlengd.", 12),
        ("Le rapport mensuel est envoyé et le contrat est renouvelé par périodes de 12 mois.", 12),
    ],
)
def test_a_monthly_or_yearly_plan_that_renews(text, months):
    assert figures_of(text).renewal_term_months == months


@pytest.mark.parametrize(
    "text", ["Le prix mensuel est renouvelé.", "Het maandabonnement kost 20 euro."]
)
def test_a_monthly_price_or_a_plan_that_does_not_renew_is_no_renewal(text):
    assert figures_of(text).renewal_term_months is None


def test_stopping_after_the_first_year_with_a_warning_gives_the_notice():
    text = "Stoppen kan na het eerste jaar, mits je ons drie maanden vooraf verwittigt."
    assert figures_of(text).notice_period_days == 90


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Absent notice, the agreement extends for one further year.", 12),
        ("The agreement automatically extends by 12 months.", 12),
    ],
)
def test_the_agreement_that_extends_is_renewed(text, months):
    assert figures_of(text).renewal_term_months == months


@pytest.mark.parametrize(
    "text",
    [
        "The warranty extends for one further year if the Client buys support.",
        "The project extends for 2 months.",
    ],
)
def test_a_warranty_or_a_project_that_extends_is_no_renewal(text):
    assert figures_of(text).renewal_term_months is None


@pytest.mark.parametrize(
    "text",
    [
        "Blokkerende incidenten worden binnen 2 uur opgenomen.",
        "Les incidents bloquants sont pris en compte sous 2 heures.",
    ],
)
def test_an_incident_taken_up_is_a_response(text):
    assert response_hours(text) == [2]


@pytest.mark.parametrize(
    "text",
    [
        "Incidenten worden binnen 2 uur opgenomen in het rapport.",
        "Les frais sont pris en compte dans le prix.",
    ],
)
def test_an_incident_included_in_a_report_or_costs_taken_into_account_are_no_response(text):
    assert response_hours(text) == []
