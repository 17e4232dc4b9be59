"""Round nl19, second part (Dutch first, nl/fr/en): acceptance, data return, user support,
start-up and extra costs, replacement, progress and governance, transition, deployment, customer
knowledge, planning and resolution-time wordings; each with a negative in the wrong sense."""

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


# -- rollout.acceptance: the client checks the delivery within a time and gives its OK ----------


def test_the_client_checking_the_delivery_within_a_time_is_an_acceptance_in_nl_fr_en():
    for text in (
        "Jullie controleren de sites op het tijdelijke adres binnen 3 werkdagen aan de hand van "
        "onze checklist en geven per mail akkoord.",
        "De Klant controleert binnen vijf werkdagen de proefmigratie.",
        "Vous vérifiez le site dans les cinq jours ouvrables et donnez votre accord.",
        "You check the new site within five working days and give your approval.",
    ):
        assert status_of(text, "rollout.acceptance") == "covered", text


def test_signing_the_delivery_note_or_switching_over_on_the_ok_is_found():
    for text in (
        "Klopt alles, dan teken je de opleverbon.",
        "Pas als jullie akkoord zijn, schakelen we definitief over.",
    ):
        assert status_of(text, "rollout.acceptance") != "missing", text


def test_invoices_or_a_back_up_the_client_checks_are_no_acceptance():
    for text in (
        "Jullie controleren de facturen binnen 8 dagen.",
        "Je test de back-up binnen 2 dagen na elke wijziging van de server.",
    ):
        assert status_of(text, "rollout.acceptance") == "missing", text


# -- exit.data_return: the end said inverted or by its noun, a copy on a disk --------------------


def test_the_end_inverted_or_by_its_noun_with_the_data_handed_over():
    for text in (
        "Bij beëindiging verwijderen we de offsite back-ups na 30 dagen; op verzoek zetten we ze "
        "eerst op een externe schijf voor jullie.",
        "Stop je met het abonnement, dan kun je een export in csv-formaat krijgen van je agenda.",
    ):
        assert status_of(text, "exit.data_return") == "covered", text
    text = "Stoppen jullie ooit, dan kun je de vertaalgeheugens exporteren in TMX en TBX."
    assert status_of(text, "exit.data_return") != "missing"


def test_the_end_of_the_works_is_no_end_of_the_contract():
    text = (
        "Bij beëindiging van de installatie zetten we de oude configuratie op een externe schijf."
    )
    assert status_of(text, "exit.data_return") == "missing"


# -- rollout.user_support: the users shown how by the supplier ---------------------------------


def test_the_users_shown_how_are_user_support_in_nl_fr_en():
    for text in (
        "We komen een uur langs bij de shiftleider om te tonen hoe de schermen werken.",
        "We geven die ochtend ook een korte uitleg van een halfuur voor het personeel.",
        "Nous montrons à vos collaborateurs comment encoder une commande, en une heure.",
        "We show your staff how to find the images on the NAS in a 30-minute session.",
    ):
        assert status_of(text, "rollout.user_support") == "covered", text
    text = "Na de installatie tonen we jullie assistentes hoe ze de beelden terugvinden."
    assert status_of(text, "rollout.user_support") != "missing"


def test_reports_or_a_dashboard_that_show_how_are_no_user_support():
    for text in (
        "De maandrapporten tonen hoe de beschikbaarheid evolueert.",
        "Het dashboard toont hoe vaak de scanners offline zijn.",
    ):
        assert status_of(text, "rollout.user_support") == "missing", text


# -- budget.startup_cost: a one-off service on a long price line --------------------------------


def test_a_one_off_service_priced_on_a_long_line_is_a_startup_cost():
    for text in (
        "- Eenmalige intake: 8 uur om jullie codebase, buildstraat en fleetconsole door te nemen, "
        "vast EUR 760.",
        "3.1 Migratie, vaste prijs: € 4.750,00.",
        "- Installatie, ijking ter plaatse, overzetten van jullie huidige artikelbestand (± 320 "
        "artikels) en een halve dag opleiding voor jou en het personeel: € 780,00",
    ):
        assert status_of(text, "budget.startup_cost") == "covered", text


def test_a_set_up_or_migration_priced_per_month_or_user_is_no_startup_cost():
    for text in (
        "- Inrichting van de back-up: € 45,00 per maand",
        "Migratie van mailboxen boven 50 GB: EUR 25 per gebruiker",
    ):
        assert status_of(text, "budget.startup_cost") == "missing", text


# -- team.replacement: who takes over when the supplier's person is away -----------------------


def test_who_takes_over_when_the_person_is_away_is_a_replacement_in_nl_fr_en():
    for text in (
        "Als ik op vakantie ben, neemt Jolien Claeys, een collega-freelancer, de dringende "
        "problemen over.",
        "Bij vakantie of ziekte regel ik voor abonnees vervanging door een collega-zzp'er.",
        "5.2 Leden van het projectteam worden enkel vervangen na schriftelijke goedkeuring.",
        "En cas de congé, ma collègue Julie Martin prend le relais.",
        "When I am on holiday, my colleague Tom Peeters takes over.",
    ):
        assert status_of(text, "team.replacement") == "covered", text


def test_a_holiday_or_an_illness_without_a_stand_in_is_no_replacement():
    for text in (
        "Tijdens de vakantie nemen we de oude toestellen mee.",
        "Na de ziekte van de kat neemt de dierenarts de behandeling over.",
    ):
        assert status_of(text, "team.replacement") == "missing", text


# -- budget.extra_costs: extra work named in a small supplier's words --------------------------


def test_extra_work_named_informally_with_its_rate_is_found_in_nl_fr_en():
    text = (
        "Grotere aanpassingen rekenen we aan EUR 75,00 per uur, steeds na uw akkoord op onze "
        "prijsopgave."
    )
    assert status_of(text, "budget.extra_costs") == "covered"
    for text in (
        "Vraag je onderweg iets extra, dan rekenen we dat aan EUR 95 per uur.",
        "Maatwerk, zoals een eigen oefenroute door jullie wijk, doen we ook op nacalculatie.",
        "Dat werk reken ik aan EUR 85,00 per uur.",
        "Les modifications plus importantes sont facturées 75 EUR de l'heure.",
        "Larger changes are charged at EUR 75 per hour.",
    ):
        assert status_of(text, "budget.extra_costs") != "missing", text


def test_extra_users_or_bigger_screens_are_no_extra_work():
    for text in (
        "Extra gebruikers kosten EUR 11,50 per maand per gebruiker.",
        "Grotere schermen rekenen we aan EUR 450 per stuk.",
    ):
        assert status_of(text, "budget.extra_costs") == "missing", text


# -- reporting.progress: a periodic report named by a compound ----------------------------------


def test_a_report_named_by_a_dutch_compound_is_progress_reporting():
    for text in (
        "Elke maand ontvang je per mail een back-uprapport.",
        "4.1 Na elke sprint bezorgt de product lead een sprintrapport met de afgewerkte items en "
        "het verbruikte budget.",
    ):
        assert status_of(text, "reporting.progress") == "covered", text


def test_a_one_off_test_report_is_no_progress_reporting():
    text = "Het testrapport van de oplevering wordt door beide partijen ondertekend."
    assert status_of(text, "reporting.progress") == "missing"


# -- reporting.governance: people meeting in plain words with their rhythm ----------------------


def test_people_meeting_with_their_rhythm_is_governance_in_nl_fr_en():
    for text in (
        "Tijdens het project zien we elkaar om de twee weken een halfuurtje online.",
        "Tijdens de werken is er elke ochtend om 7.45 uur een kort werfoverleg met de "
        "ICT-coördinator.",
        "Na de preventieve controle bespreken de accountmanager en de teeltmanager van de Klant "
        "jaarlijks de werking van de installatie.",
        "Nous nous voyons toutes les deux semaines en visio.",
        "We meet every two weeks online.",
    ):
        assert status_of(text, "reporting.governance") == "covered", text


def test_prices_discussed_or_meeting_at_an_opening_is_no_governance():
    for text in (
        "We bespreken de prijzen jaarlijks in januari.",
        "We zien elkaar op de opening van het nieuwe filiaal.",
    ):
        assert status_of(text, "reporting.governance") == "missing", text


# -- exit.transition: the handover to another party or the client's own team --------------------


def test_the_handover_to_another_party_or_the_own_team_is_a_transition():
    text = (
        "Bij het einde werkt hij gedurende ten hoogste twee maanden mee aan de overdracht aan het "
        "eigen team van Zorgzaam of aan een andere leverancier."
    )
    assert status_of(text, "exit.transition") == "covered"
    text = "Stap je over naar een andere IT-partner, dan werk ik mee aan de overdracht."
    assert status_of(text, "exit.transition") != "missing"


def test_a_handover_to_a_buyer_or_after_delivery_is_no_transition():
    for text in (
        "De overdracht aan de nieuwe eigenaar van het gebouw gebeurt bij de verkoop.",
        "De overdracht van het project aan het team van de klant gebeurt na de oplevering.",
    ):
        assert status_of(text, "exit.transition") == "missing", text


# -- rollout.deployment: the supplier setting the client up, the client going live --------------


def test_the_supplier_setting_up_or_the_client_going_live_is_a_deployment_in_nl_fr_en():
    for text in (
        "- tegen vrijdag 18 december: wij zetten alles klaar en importeren de gegevens",
        "- maandag 11 januari: halve dag opleiding, daarna werken jullie live met Klusklok",
        "Nous préparons votre compte le 18 décembre 2026.",
        "We set up your account on 18 December 2026.",
    ):
        assert status_of(text, "rollout.deployment") == "covered", text


def test_an_invoice_or_reports_made_ready_are_no_deployment():
    for text in (
        "We zetten de factuur klaar tegen het einde van de maand.",
        "Wij zetten de rapporten klaar in het portaal.",
    ):
        assert status_of(text, "rollout.deployment") == "missing", text


# -- maintenance.customer_knowledge: the supplier's file on the client, in the first person ------


def test_a_file_kept_on_the_client_is_customer_knowledge():
    for text in (
        "Leverancier houdt per locatie een installatiedossier bij met schema's en instellingen.",
        "Voor abonnees houd ik een IT-dossier bij met je apparaten, accounts en licenties.",
        "Die fiche houden we ook in ons klantendossier bij, zodat wie hier de telefoon opneemt je "
        "installatie kent.",
    ):
        assert status_of(text, "maintenance.customer_knowledge") == "covered", text


def test_the_client_keeping_a_log_or_hours_kept_is_no_customer_knowledge():
    for text in (
        "De klant houdt een logboek bij van de storingen.",
        "We houden de gepresteerde uren bij in een urenstaat.",
    ):
        assert status_of(text, "maintenance.customer_knowledge") == "missing", text


def test_the_renter_delivering_something_is_a_client_obligation():
    text = "De huurder bezorgt binnen 5 werkdagen na ondertekening het installatiebestand."
    assert status_of(text, "timing.client_obligations") == "covered"


def test_the_renter_paying_the_rent_is_no_client_obligation():
    text = "De huurder betaalt de huur maandelijks vooraf."
    assert status_of(text, "timing.client_obligations") == "missing"


def test_a_step_on_a_dated_weekday_or_counted_from_the_clients_input_is_a_planning():
    for text in (
        "Maandag 25 januari werken jullie gewoon in Dentalis 8.",
        "- Binnen 10 werkdagen na ontvangst zetten wij de drie sites over naar ons platform.",
        "Scanpoint levert de toestellen binnen 10 werkdagen daarna volledig geconfigureerd af.",
    ):
        assert status_of(text, "timing.planning") == "covered", text


def test_a_payment_on_a_dated_weekday_or_after_a_lead_time_is_no_planning():
    for text in (
        "Vrijdag 15 januari betalen jullie het voorschot.",
        "Facturen worden binnen 10 werkdagen daarna betaald.",
    ):
        assert status_of(text, "timing.planning") == "missing", text


def test_a_faulty_device_swapped_or_a_replacement_unit_by_a_time_is_a_resolution_time():
    for text in (
        "Een defecte sensor of gateway vervangen we binnen vijf werkdagen.",
        "- Een defect toestel dat vóór 15.00 uur wordt gemeld, wordt de volgende werkdag per "
        "koerier omgewisseld voor een geconfigureerd vervangtoestel.",
        "Lukt het niet op afstand, dan staat er uiterlijk de volgende dag voor 10.00 uur een "
        "vervangtoestel.",
    ):
        assert status_of(text, "maintenance.resolution_time") == "covered", text


def test_devices_delivered_the_next_day_are_no_resolution_time():
    text = "De scanners worden de volgende werkdag geleverd."
    assert status_of(text, "maintenance.resolution_time") == "missing"


def test_a_one_person_supplier_naming_itself_with_its_trade_names_the_team():
    for text in (
        "Ik ben Bas Dijkstra, zelfstandig IT-ondersteuner voor kleine bedrijven in Groningen.",
        "Je suis Julie Renard, webdesigner indépendante à Huy.",
        "I am Tom Peeters, a freelance developer based in Ghent.",
    ):
        assert status_of(text, "team.named_team") == "covered", text


def test_i_am_glad_or_reachable_names_no_team():
    for text in (
        "Ik ben blij, zoals besproken, met jullie samen te werken.",
        "Ik ben bereikbaar op werkdagen, zelfstandig of via de helpdesk.",
    ):
        assert status_of(text, "team.named_team") == "missing", text
