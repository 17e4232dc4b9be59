"""Round nl19 (Dutch first, nl/fr/en): the client's part under a heading or a lead-in that names
the client, the client appointing its people, and the parties told apart by who invoices and
whose offer it is; each with a negative in the wrong sense."""

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


PARTIES_NL = (
    "DE ONDERGETEKENDEN:\n"
    '1. Zorgzaam Zorgverzekeringen U.A., gevestigd te Utrecht, KvK 30112847, hierna "Zorgzaam";\n'
    '2. Kodeks Digital B.V., gevestigd te Amersfoort, KvK 58220913, hierna "Kodeks";\n\n'
    "Artikel 1 - Opdracht\n"
    "1.1 Kodeks ontwikkelt het declaratieportaal op basis van de offerte van Kodeks.\n"
    "1.2 Kodeks factureert elke sprint na de sprint review.\n\n"
)


def test_list_items_under_the_client_alias_as_a_lead_in_are_its_obligations():
    text = (
        PARTIES_NL + "Artikel 7 - Samenwerking\n"
        "Zorgzaam:\n"
        "a. stelt de product owner ten minste drie dagen per week beschikbaar;\n"
        "b. verleent uiterlijk 18 januari 2027 toegang tot de testomgeving.\n"
    )
    assert status_of(text, "timing.client_obligations") == "covered"


def test_list_items_under_the_supplier_alias_are_not_the_clients_obligations():
    text = (
        PARTIES_NL + "Artikel 7 - Samenwerking\n"
        "Kodeks:\n"
        "a. stelt een scrum master ten minste drie dagen per week beschikbaar;\n"
        "b. verleent uiterlijk 18 januari 2027 toegang tot de repository.\n"
    )
    assert status_of(text, "timing.client_obligations") == "missing"


def test_sentences_under_a_heading_naming_the_client_alias_are_its_obligations():
    text = (
        PARTIES_NL + "Artikel 7 - Verplichtingen van Zorgzaam\n"
        "7.1 Toegang tot de ontwikkelomgeving uiterlijk op 18 januari 2027.\n"
    )
    assert status_of(text, "timing.client_obligations") == "covered"


def test_sentences_under_a_heading_naming_the_supplier_alias_are_not():
    text = (
        PARTIES_NL + "Artikel 7 - Verplichtingen van Kodeks\n"
        "7.1 Toegang tot de ontwikkelomgeving uiterlijk op 18 januari 2027.\n"
    )
    assert status_of(text, "timing.client_obligations") == "missing"


def test_the_cooperation_of_the_hospital_as_a_heading_names_the_clients_part():
    text = (
        "Artikel 3 - Planning en medewerking van het Ziekenhuis\n"
        "3.1 Het Ziekenhuis bezorgt uiterlijk op 1 februari 2027 de lijst van de kamers.\n"
    )
    assert status_of(text, "timing.client_obligations") == "covered"


def test_the_client_appointing_a_contact_is_an_obligation():
    text = "De klant duidt uiterlijk op 15 januari 2027 een projectleider en twee key users aan."
    assert status_of(text, "timing.client_obligations") == "covered"


def test_the_client_appointing_a_named_contact_is_found_across_initials():
    text = (
        "Opdrachtgever wijst mevrouw S. Hoekstra, hoofd facilitaire zaken, aan als contactpersoon."
    )
    assert status_of(text, "timing.client_obligations") != "missing"


def test_the_client_rejecting_something_is_no_obligation():
    text = "Opdrachtgever wijst de meerprijs voor de extra onderhoudsbeurten af."
    assert status_of(text, "timing.client_obligations") == "missing"


PARTIES_FR = (
    "ENTRE :\n"
    "1. Viandes Lambert SA, BCE 0456.789.123, ci-après « Lambert » ;\n"
    "2. Codefab SRL, BCE 0698.412.557, ci-après « Codefab » ;\n\n"
    "Article 1 - Objet\n"
    "1.1 Codefab développe le portail de commande selon l'offre de Codefab.\n"
    "1.2 Codefab facture chaque lot après sa réception.\n\n"
)
PARTIES_EN = (
    "PARTIES\n"
    '1. Harbour Foods Ltd, company number 08812345 ("Harbour");\n'
    '2. Codefab Ltd, company number 09912345 ("Codefab").\n\n'
    "1. Scope\n"
    "1.1 Codefab develops the ordering portal described in the proposal of Codefab.\n"
    "1.2 Codefab invoices each sprint after its review.\n\n"
)


def test_french_and_english_list_items_under_the_client_alias_are_its_obligations():
    french = (
        PARTIES_FR + "Lambert :\n- fournit les fiches produits au plus tard le 1er mars 2027 ;\n"
    )
    english = PARTIES_EN + "Harbour:\n- provides the product data by 1 March 2027;\n"
    assert status_of(french, "timing.client_obligations") == "covered"
    assert status_of(english, "timing.client_obligations") == "covered"


def test_french_and_english_list_items_under_the_supplier_alias_are_not():
    french = PARTIES_FR + "Codefab :\n- fournit le portail au plus tard le 1er mars 2027 ;\n"
    english = PARTIES_EN + "Codefab:\n- provides the portal by 1 March 2027;\n"
    assert status_of(french, "timing.client_obligations") == "missing"
    assert status_of(english, "timing.client_obligations") == "missing"


# -- a heading over a list: the items of an exclusion list are excluded too -------------------


def test_items_under_an_exclusion_lead_in_are_no_scope_in_nl_fr_en():
    for text in (
        "Niet inbegrepen:\n- opleiding van de gebruikers (2 sessies op 12 maart 2027)\n",
        "Out of scope:\n- training of the users (2 half-day sessions on 12 March 2027)\n",
        "Hors périmètre :\n- la formation des utilisateurs (2 demi-journées le 12 mars 2027)\n",
    ):
        assert status_of(text, "rollout.user_support") == "partial", text


def test_items_under_an_inclusion_lead_in_stay_covered():
    text = "Wat is inbegrepen:\n- opleiding van de gebruikers (2 sessies op 12 maart 2027)\n"
    assert status_of(text, "rollout.user_support") == "covered"


def test_out_of_scope_inside_a_sentence_leads_in_no_list():
    text = (
        "Work out of scope is billed at EUR 95 per hour:\n"
        "- training of the users (2 half-day sessions on 12 March 2027)\n"
    )
    assert status_of(text, "rollout.user_support") == "covered"


# -- maintenance.response_time / resolution_time ------------------------------------------------


def test_a_fix_promised_as_soon_as_possible_without_a_time_is_partial_in_nl_fr_en():
    for text in (
        "Leverancier spant zich in storingen zo spoedig mogelijk te verhelpen.",
        "We doen ons best om het probleem zo snel mogelijk op te lossen.",
        "Nous faisons de notre mieux pour rétablir le service au plus vite.",
        "We do our best to fix the problem as soon as possible.",
    ):
        assert status_of(text, "maintenance.resolution_time") == "partial", text


def test_a_dispute_settled_as_soon_as_possible_is_no_resolution_time():
    for text in (
        "Wij zetten ons in om elk geschil zo snel mogelijk op te lossen.",
        "The parties shall try to resolve any dispute as soon as possible.",
    ):
        assert status_of(text, "maintenance.resolution_time") == "missing", text


def test_a_response_named_on_a_priority_line_and_a_long_reply_clause_are_response_times():
    for text in (
        "P1 ECD of medicatiemodule onbruikbaar reactie 30 minuten (24/7), oplossing 4 uur",
        "Priorité 1 (caisse bloquée) : réponse 30 min, rétablissement 4 heures",
        "Leverancier reageert op meldingen met prioriteit 1 (Portaal niet bereikbaar voor alle "
        "gebruikers) binnen 2 uur.",
    ):
        assert status_of(text, "maintenance.response_time") == "covered", text


def test_a_reaction_that_is_no_reply_time_is_no_response_time():
    text = "De reactie van de gebruikers op het nieuwe portaal was na 2 dagen al positief."
    assert status_of(text, "maintenance.response_time") == "missing"


# -- rollout.data_migration: the data moved over in plain Dutch -------------------------------


def test_data_moved_over_with_a_separable_verb_or_as_a_file_taken_over():
    for text in (
        "We zetten alle bestaande röntgenbeelden (ca. 180 GB, sinds 2019) van de oude pc over "
        "naar de NAS, met dezelfde mappenstructuur.",
        "We zetten de database en alle beelden (ongeveer 1,4 TB) over van de oude naar de nieuwe "
        "server op vrijdag 12 maart 2027.",
        "- overname van jullie artikelbestand (ca. 350 artikels) uit de Excel, in de week van "
        "8 maart 2027",
        "De afspraken die in het huidige systeem (Afspraakplanner 3) gepland staan na de "
        "livegang, worden door de Opdrachtnemer overgezet.",
        "We move all existing scans from the old PC to the new NAS on 12 March 2027.",
    ):
        assert status_of(text, "rollout.data_migration") == "covered", text


def test_numbers_a_printer_or_a_company_moved_over_are_no_data_migration():
    for text in (
        "We zetten uw bestaande nummers over naar de nieuwe centrale op 3 maart 2027.",
        "We move the old printer to the new office on 12 March 2027.",
        "De overname van het bedrijf door een concurrent geeft geen recht op opzegging.",
    ):
        assert status_of(text, "rollout.data_migration") == "missing", text


# -- team.knowledge_transfer: a short document of what was set up -------------------------------


def test_a_document_or_sheet_of_the_setup_handed_over_is_a_knowledge_transfer():
    for text in (
        "Achteraf krijg je van mij een kort document met de structuur van de sites.",
        "Je krijgt een fiche met het netwerkplan, de IP-adressen en hoe de back-up werkt.",
        "Bij de oplevering bezorgt DataVeilig een beschrijving van de back-up- en "
        "herstelprocedure.",
        "De IT-partner houdt een IT-dossier bij met het netwerkplan en de lijst van toestellen.",
        "Vous recevez une fiche reprenant la configuration du réseau.",
        "You get a short document with the new configuration and the admin accounts.",
    ):
        assert status_of(text, "team.knowledge_transfer") == "covered", text


def test_an_overview_of_invoices_or_tickets_is_no_knowledge_transfer():
    for text in (
        "Je krijgt elke maand een overzicht van de facturen en de tickets.",
        "You get a summary of the invoices each quarter.",
    ):
        assert status_of(text, "team.knowledge_transfer") == "missing", text


# -- rollout.warranty: fixes for free after the delivery, in plain Dutch ----------------------


def test_fixes_for_free_after_the_delivery_are_a_warranty():
    for text in (
        "Problemen die het gevolg zijn van de migratie (een map die ontbreekt, rechten die niet "
        "kloppen) los ik de eerste twee weken na de migratie gratis op.",
        "Problemen die voortkomen uit de migratie lossen we tot 30 dagen na de migratie "
        "kosteloos op.",
        "Garantie: een bug die wij zelf in een release hebben geïntroduceerd, lossen we gratis op "
        "als hij binnen drie maanden na die release gemeld wordt.",
        "Tot drie maanden na de livegang herstellen we kosteloos elke fout in de koppeling.",
        "Gedurende twaalf maanden na de voorlopige oplevering herstelt of vervangt de Leverancier "
        "kosteloos, onderdelen en arbeid inbegrepen, elk gebrek aan de geleverde apparatuur.",
        "Fouten in aanpassingen die Routelink binnen het budget van 2.1 heeft uitgevoerd, worden "
        "gedurende drie maanden na de ingebruikname kosteloos hersteld.",
        "Op de server zit 5 jaar ProSupport, op de NAS 3 jaar fabrieksgarantie.",
        "Op alle geleverde apparatuur geven wij 24 maanden omniumwaarborg vanaf de oplevering.",
    ):
        assert status_of(text, "rollout.warranty") == "covered", text


def test_problems_solved_for_free_in_support_are_no_warranty():
    for text in (
        "Problemen met uw printer lossen we gratis op.",
        "Gedurende twaalf maanden na de voorlopige oplevering factureren we de licenties.",
    ):
        assert status_of(text, "rollout.warranty") == "missing", text


# -- timing.planning: the supplier's start, a finish on a date, a dated week ----------------------


def test_a_start_or_finish_on_a_date_is_a_planning_in_nl_fr_en():
    for text in (
        "We kunnen starten op 11 januari en mikken op afronding tegen 29 januari.",
        "De onboarding start op 4 januari 2027 en is afgerond op 29 januari 2027.",
        "- Week van 18 januari: proefmigratie op een kopie van jullie databank.",
        "Nous pouvons commencer le 11 janvier 2027.",
        "We can start on 11 January 2027.",
    ):
        assert status_of(text, "timing.planning") == "covered", text


def test_billing_or_the_agreement_starting_on_a_date_is_no_planning():
    for text in (
        "We starten op 1 februari 2027 met de facturatie van het abonnement.",
        "De overeenkomst start op 1 januari 2027.",
    ):
        assert status_of(text, "timing.planning") == "missing", text


# -- timing.client_obligations: what the supplier expects from the client by its name ----------


def test_a_list_under_what_we_expect_from_the_client_by_its_name():
    for text in (
        "4. WAT WIJ VAN DE SCHOOL VERWACHTEN\n"
        "- uiterlijk 15 januari 2027: het actuele IP- en VLAN-plan;\n",
        "Ce que nous attendons de la commune :\n"
        "- le plan du réseau au plus tard le 15 janvier 2027 ;\n",
        "What we need from the school:\n- the network plan by 15 January 2027;\n",
    ):
        assert status_of(text, "timing.client_obligations") == "covered", text


def test_a_list_under_what_we_expect_from_the_supplier_is_no_client_obligation():
    for text in (
        "Wat wij van de leverancier verwachten:\n- een technieker binnen 4 uur ter plaatse;\n",
        "What we need from the supplier:\n- an engineer on site within 4 hours;\n",
    ):
        assert status_of(text, "timing.client_obligations") == "missing", text


def test_a_dated_planning_item_with_the_clients_things_is_its_obligation():
    text = "Planning\n- tegen vrijdag 11 december: jullie klantenlijst in Excel\n"
    assert status_of(text, "timing.client_obligations") == "covered"


def test_a_dated_planning_item_with_the_clients_invoice_is_not():
    text = "Planning\n- tegen vrijdag 11 december: jullie factuur voor de licenties\n"
    assert status_of(text, "timing.client_obligations") == "missing"


# -- team.named_team: the supplier's fixed person named after "is" ------------------------------


def test_a_fixed_person_named_after_is_names_the_team_in_nl_fr_en():
    for text in (
        "Vaste technieker voor het labo is de heer Pieter Claes.",
        "3.4 Vaste technieker voor het Museum is Jonas Vercruysse.",
        "Votre technicien attitré est Marc Dupont.",
        "Your dedicated engineer is Anna Maes.",
    ):
        assert status_of(text, "team.named_team") == "covered", text


def test_no_fixed_person_or_a_fixed_price_names_no_team():
    for text in (
        "Een vaste technieker is niet voorzien in deze formule.",
        "Vaste prijs is 450 euro per maand.",
    ):
        assert status_of(text, "team.named_team") == "missing", text


# -- maintenance.service_credits: a term or norm missed, then the discount ----------------------


def test_a_missed_term_or_norm_with_its_discount_is_a_service_credit():
    for text in (
        "Wordt de hersteltermijn voor prio 1 overschreden, dan heeft Opdrachtgever recht op een "
        "korting van 5 % van de kwartaalvergoeding.",
        "Haalt de Opdrachtnemer in een maand de norm van 95 % voor P1 niet, dan wordt per norm "
        "een boete van 3 % van de maandfactuur toegepast.",
        "Per begonnen halve procent onder dat niveau wordt 5 % van de maandvergoeding "
        "gecrediteerd.",
        "Voor elke overschrijding van de hersteltermijn bij prioriteit 1 ontvangt Opdrachtgever "
        "een korting van 5 % op de kwartaalvergoeding.",
    ):
        assert status_of(text, "maintenance.service_credits") == "covered", text


def test_a_commercial_discount_next_to_a_level_or_a_term_is_no_service_credit():
    for text in (
        "Op niveau 2 geven we een korting van 10 % op de licentieprijs bij 50 stuks.",
        "De hersteltermijn begint te lopen bij de melding; een korting van 10 % geldt voor "
        "scholen.",
    ):
        assert status_of(text, "maintenance.service_credits") == "missing", text
