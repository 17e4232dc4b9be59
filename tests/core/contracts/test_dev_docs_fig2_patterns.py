"""The figure patterns generalised from the training rounds 8-11 (warranty, notice, payment,
term, renewal), each in nl, fr and en where it makes sense and each with a sentence where the
number must not be taken. The service-time patterns are in test_dev_docs_fig2_service_times.py."""

import pytest

from vendorpact.core.contracts import analyse_text


def figures_of(text: str):
    return analyse_text(text, learned=False).figures


# -- warranty: free repair after other ends of the work, other words for a defect ---------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Pendant 30 jours après le déménagement, nous corrigeons gratuitement tout problème "
            "lié à notre intervention.",
            30,
        ),
        (
            "Si un souci apparaît dans le mois qui suit le déploiement, on le corrige "
            "gratuitement.",
            30,
        ),
        (
            "If something we set up doesn't work as described in the first 30 days after going "
            "live, we fix it for free.",
            30,
        ),
        (
            "Defects in the delivered models reported within 30 days after the end of hypercare "
            "are corrected free of charge.",
            30,
        ),
        (
            "Fouten die binnen zes maanden na de publicatie worden gemeld, herstellen we "
            "kosteloos.",
            180,
        ),
        (
            "Fouten in mijn werk die je binnen 14 dagen na afronding meldt, herstel ik kosteloos.",
            14,
        ),
        (
            "Gedurende drie maanden na de laatste livegang herstelt de leverancier fouten in de "
            "inrichting kosteloos.",
            90,
        ),
    ],
)
def test_free_repair_after_the_end_of_the_work_is_the_warranty(text, days):
    assert figures_of(text).warranty_days == days


@pytest.mark.parametrize(
    "text",
    [
        # no defect: a free service after the move
        "Pendant 30 jours après le déménagement, nous stockons gratuitement vos anciens cartons.",
        "During the first 30 days after going live, extra training sessions are free of charge.",
        "Gedurende drie maanden na de publicatie is de hosting kosteloos.",
    ],
)
def test_a_free_service_after_the_work_is_no_warranty(text):
    assert figures_of(text).warranty_days is None


def test_free_repair_after_the_end_of_the_agreement_is_no_warranty():
    text = "Within 30 days after the end of the agreement we return your data free of charge."
    assert figures_of(text).warranty_days is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "La réception définitive intervient douze mois plus tard. Pendant ce délai de "
            "garantie, le prestataire corrige gratuitement toute anomalie.",
            360,
        ),
        (
            "Final acceptance follows six months after go-live. During this warranty period the "
            "supplier repairs defects at no charge.",
            180,
        ),
        (
            "De definitieve oplevering volgt drie maanden na de voorlopige. Gedurende deze "
            "waarborgtermijn herstelt de leverancier gebreken kosteloos.",
            90,
        ),
    ],
)
def test_this_warranty_period_takes_the_period_before(text, days):
    assert figures_of(text).warranty_days == days


def test_this_warranty_period_without_a_period_before_is_none():
    text = (
        "The supplier delivers the reports every Monday. During this warranty period the supplier "
        "repairs defects at no charge."
    )
    assert figures_of(text).warranty_days is None


# -- notice: a right to end only when something happens, a run of months ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le contrat est reconduit tacitement par périodes d'un an, sauf résiliation au moins six "
        "mois avant l'échéance. Le client peut en outre résilier le contrat moyennant un préavis "
        "de trois mois si l'éditeur cesse le support de la version installée.",
        "De overeenkomst wordt stilzwijgend verlengd met telkens een jaar, tenzij een partij "
        "uiterlijk zes maanden voor het einde schriftelijk opzegt. De klant kan de overeenkomst "
        "bovendien opzeggen met een termijn van drie maanden indien de beschikbaarheid niet "
        "is gehaald.",
        "The agreement renews for successive periods of one year unless either party gives notice "
        "of non-renewal six months before the end of the term. The customer may also terminate "
        "on three months' notice if its funding is withdrawn.",
    ],
)
def test_a_conditional_right_to_end_is_not_the_notice(text):
    assert figures_of(text).notice_period_days == 180


def test_a_notice_to_end_at_will_still_beats_non_renewal():
    text = (
        "The agreement renews each year unless notice of non-renewal is given six months before "
        "the end of the term. Either party may terminate for convenience on three months' notice."
    )
    assert figures_of(text).notice_period_days == 90


def test_a_conditional_notice_counts_when_it_is_the_only_one():
    text = (
        "Le client peut résilier le contrat moyennant un préavis de trois mois si l'éditeur "
        "cesse le support."
    )
    assert figures_of(text).notice_period_days == 90


@pytest.mark.parametrize(
    "text",
    [
        "Ligt de beschikbaarheid drie maanden op rij onder 98 %, dan mag de klant de overeenkomst "
        "met onmiddellijke ingang opzeggen.",
        "If availability is below 98 % for three months in a row, the customer may terminate "
        "with immediate effect.",
        "Si la disponibilité est inférieure à 98 % pendant trois mois consécutifs, le client peut "
        "résilier le contrat avec effet immédiat.",
    ],
)
def test_a_run_of_months_is_no_notice(text):
    assert figures_of(text).notice_period_days is None


def test_the_end_of_the_season_is_an_end_of_term():
    text = (
        "Elle est reconduite tacitement par saison de douze mois, sauf dénonciation au moins six "
        "mois avant la fin de la saison en cours. La fédération peut la résilier moyennant un "
        "préavis de trois mois si sa subvention lui est retirée."
    )
    assert figures_of(text).notice_period_days == 180


# -- payment ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Payment: 30 days from invoice date.",
        "Betaling: 30 dagen na factuurdatum.",
        "Paiement : 30 jours date de facture.",
        "Facturen worden elektronisch verstuurd en zijn betaalbaar binnen 30 kalenderdagen na "
        "ontvangst.",
        "Le service est activé dans les deux jours ouvrables suivant la réception du paiement. "
        "Les factures sont payables à 30 jours de leur date.",
        "The service is activated within two working days after receipt of payment. Invoices are "
        "payable within 30 days of their date.",
        "De dienst wordt geactiveerd binnen twee werkdagen na ontvangst van de betaling. Facturen "
        "zijn betaalbaar binnen 30 dagen.",
    ],
)
def test_the_term_to_pay(text):
    assert figures_of(text).payment_term_days == 30


@pytest.mark.parametrize(
    "text",
    [
        "Le service est activé dans les deux jours ouvrables suivant la réception du paiement.",
        "Access is granted within five days after payment of the first invoice.",
        "Payment: by bank transfer.",
    ],
)
def test_a_time_after_payment_is_no_payment_term(text):
    assert figures_of(text).payment_term_days is None


# -- term: a bare duration under a term heading -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "TERM AND CANCELLATION\n\n12 months from the Start Date.\n",
        "Article 9 - Durée et résiliation\n\n12 mois à compter de la date de début.\n",
        "8. Looptijd en opzegging\n\n12 maanden vanaf de startdatum.\n",
    ],
)
def test_a_bare_duration_under_a_term_heading_is_the_term(text):
    assert figures_of(text).contract_term_months == 12


@pytest.mark.parametrize(
    "text",
    [
        "WARRANTY TERM\n\n12 months from delivery.\n",
        "Article 7 - Durée de la garantie\n\n12 mois à compter de la livraison.\n",
        "7. Looptijd van de waarborg\n\n12 maanden vanaf de levering.\n",
        "Article 8 - Durée du préavis\n\n3 mois avant l'échéance.\n",
        # the duration does not open the sentence
        "TERM AND CANCELLATION\n\nPrices stay fixed for 12 months from the Start Date.\n",
    ],
)
def test_a_duration_under_another_heading_is_no_term(text):
    assert figures_of(text).contract_term_months is None


# -- term: a maximum with renewals is not the initial term ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le montant total du marché, sur sa durée maximale de quatre ans, est de 114.500 EUR. "
        "L'abonnement est conclu pour une période initiale de 12 mois.",
        "The total value over the maximum duration of four years is EUR 100,000. The "
        "subscription has an initial term of 12 months.",
        "Het totale bedrag over de maximale looptijd van vier jaar is EUR 100.000. Het "
        "abonnement heeft een looptijd van 12 maanden.",
    ],
)
def test_a_maximum_duration_does_not_beat_the_initial_term(text):
    assert figures_of(text).contract_term_months == 12


def test_a_maximum_duration_alone_still_counts():
    text = "Le marché est conclu pour une durée maximale de quatre ans."
    assert figures_of(text).contract_term_months == 48


# -- term: a service that starts and runs, maintenance from date to date ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hosting en onderhoud gaan in op de datum van livegang en lopen twaalf maanden.",
        "Het onderhoud loopt van 1 september 2027 tot 31 augustus 2028.",
        "The maintenance runs from 1 September 2027 to 31 August 2028.",
        "La maintenance court du 1er septembre 2027 au 31 août 2028.",
    ],
)
def test_a_service_that_starts_and_runs_is_the_term(text):
    assert figures_of(text).contract_term_months == 12


@pytest.mark.parametrize(
    "text",
    [
        "De garantie gaat in op de datum van oplevering en loopt twaalf maanden.",
        "The maintenance window runs from 1 September 2027 to 31 August 2028.",
    ],
)
def test_a_warranty_or_a_window_that_runs_is_no_term(text):
    assert figures_of(text).contract_term_months is None


# -- renewal: a service that runs month to month -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Care runs month to month; you can stop it at any time by e-mail.",
        "Le suivi court de mois en mois ; vous pouvez l'arrêter à tout moment.",
        "Het onderhoud loopt daarna van maand tot maand; je kunt het altijd stoppen.",
    ],
)
def test_running_month_to_month_is_a_monthly_renewal(text):
    assert figures_of(text).renewal_term_months == 1


def test_a_job_that_runs_monthly_is_no_renewal():
    text = "The backup job runs monthly and the subscription is rolling."
    assert figures_of(text).renewal_term_months is None


@pytest.mark.parametrize(
    "text",
    [
        "Article 8 - Réception et garantie\n\nLe client teste la plateforme pendant dix jours "
        "ouvrables et signale tout problème.\n",
        "8. Acceptance and warranty\n\nThe customer tests the platform for ten working days and "
        "reports any problem.\n",
        "8. Acceptatie en garantie\n\nDe klant test het platform gedurende tien werkdagen en meldt "
        "elk probleem.\n",
    ],
)
def test_a_test_window_naming_a_problem_is_no_warranty(text):
    assert figures_of(text).warranty_days is None


@pytest.mark.parametrize(
    "text",
    [
        "Pendant trois mois après la mise en service, nous corrigeons sans supplément toute "
        "anomalie.",
        "Gedurende drie maanden na de ingebruikstelling herstellen we fouten zonder meerkost.",
        "For three months after go-live we fix any defect at no extra cost.",
    ],
)
def test_other_words_for_free_repair(text):
    assert figures_of(text).warranty_days == 90


def test_a_free_training_after_go_live_is_no_warranty():
    text = "For three months after go-live we train new users at no extra cost."
    assert figures_of(text).warranty_days is None
