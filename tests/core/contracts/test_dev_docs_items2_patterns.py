"""General phrasings of checklist items the rules missed on the training documents of rounds
5-13 (dev_docs_training*), in nl, fr and en, each family with a wrong-sense negative. Own
sentences, not the documents'."""

import pytest

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


# -- client obligations: a list under a line naming the client's side ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "We installeren de nieuwe server op 16 januari.\nWat ik van jullie nodig heb\n"
        "- tegen 8 januari: de lijst van de gebruikers;\n- een sleutel van het serverlokaal.\n"
        "Prijs: 1.200 euro.",
        "We migreren de mailboxen in het weekend van 6 maart.\nVan jullie kant:\n"
        "- de beheerderstoegang uiterlijk op 1 maart;\n- een contactpersoon voor de test.\n",
        "Nous installons le réseau le 16 janvier.\nÀ prévoir de votre côté\n"
        "- la ligne fibre activée au plus tard le 11/01 ;\n- l'accès au local technique.\n",
        "Nous migrons les postes en février.\nDe votre côté\n"
        "- un compte administrateur pour le 11 janvier au plus tard ;\n- les licences.\n",
        "We move your mailboxes on 6 March.\nOn your side:\n"
        "- admin access for us by 1 March;\n- a contact person for the tests.\n",
        "We move your mailboxes on 6 March.\nWhat we need from you\n"
        "1. the list of users by 20 February;\n2. a test account.\n",
    ],
)
def test_a_list_under_the_clients_side_is_the_clients_obligations(text):
    assert status_of(text, "timing.client_obligations") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # the phrase inside a sentence, not a line of its own: nothing asked of the client
        "Nous installons le réseau le 16 janvier. De votre côté, aucune action n'est requise "
        "avant le 11 janvier.",
        # the supplier's own side
        "Nous installons le réseau le 16 janvier.\nDe notre côté\n"
        "- la configuration du pare-feu avant le 11 janvier ;\n- le câblage.\n",
        "We installeren de server op 16 januari.\nWat wij doen\n"
        "- de configuratie uiterlijk op 10 januari;\n- de test.\n",
        "We move your mailboxes on 6 March.\nOn our side:\n- the migration plan by 1 March;\n",
    ],
)
def test_the_phrase_in_a_sentence_or_the_suppliers_side_is_no_client_list(text):
    assert status_of(text, "timing.client_obligations") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Pour tenir ce planning, nous avons besoin de votre part de l'accès au logiciel avant la "
        "semaine 6.",
        "Wat ik van jullie nodig heb: de toegang tot de server vóór de start van het project.",
    ],
)
def test_what_the_supplier_needs_from_the_client_inline(text):
    assert status_of(text, "timing.client_obligations") == "covered"


def test_the_clients_consent_is_not_what_the_supplier_needs_from_it():
    text = "Nous avons besoin de votre accord écrit avant de commencer les travaux."
    assert status_of(text, "timing.client_obligations") == "missing"


# -- data return: the end said otherwise, a longer list of data, data left to fetch ----------


@pytest.mark.parametrize(
    "text",
    [
        "At the end of this SLA the provider hands over, free of charge, the full configuration, "
        "the firewall rules in CSV and the logs of the last year.",
        "At the end we export your tickets and the chat history as CSV and JSON files.",
        "Na het einde van de overeenkomst levert de leverancier alle gegevens van de klant, "
        "waaronder de volledige historiek van de bestellingen, de klantenfiches en de "
        "instellingen, in csv-formaat met een beschrijving van de velden.",
        "Le prestataire restitue, dans les 30 jours de la fin de la réversibilité, les "
        "enregistrements (format WAV) et l'historique des appels.",
        "Si vous changez de prestataire, nous vous remettons une copie complète de la base de "
        "données.",
        "If you switch provider, we hand over a full export of your database.",
        "After cancellation the workspace stays read-only for 30 days so that you can export "
        "your boards.",
        "Après la fin de l'abonnement, vos exports restent disponibles pendant 30 jours dans "
        "votre espace client.",
        "Na de opzegging blijven de gegevens nog 60 dagen beschikbaar om te downloaden.",
    ],
)
def test_the_data_handed_over_or_left_to_fetch_at_the_end_is_the_data_return(text):
    assert status_of(text, "exit.data_return") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "At the end of each sprint we deliver the test results in CSV.",
        "After termination the invoices remain payable and confidentiality remains in force for "
        "five years.",
        "After cancellation the support portal remains available for 30 days for your questions.",
        "Si vous changez de prestataire, nous restons disponibles pour répondre à vos questions.",
        "Na de opzegging blijft de helpdesk nog een maand bereikbaar voor vragen.",
    ],
)
def test_a_period_end_or_a_service_left_open_is_no_data_return(text):
    assert status_of(text, "exit.data_return") == "missing"


# -- project cost: a total line in capitals, the total over the first year or initial term ---


@pytest.mark.parametrize(
    "text",
    [
        "Prix\nInstallation du réseau                                    4.200,00\n"
        "TOTAL HTVA                                                 10.990,00 EUR\n"
        "TVA 21 %                                                    2.307,90 EUR\n",
        "PRIJZEN\nInstallatie van de kassa's                         2.900,00\n"
        "TOTAAL EXCL. BTW                                   EUR 7.450,00\n",
        "PRICES\nNetwork installation                              3,100.00\n"
        "TOTAL EXCL. VAT                                   EUR 8,250.00\n",
    ],
)
def test_a_total_line_in_capitals_is_the_project_cost_not_a_heading(text):
    assert status_of(text, "budget.project_cost") == "covered"


def test_a_heading_in_capitals_without_an_amount_stays_a_heading():
    text = "ARTICLE 5 - PRIX\nLe client paie 10 EUR par utilisateur et par mois."
    assert status_of(text, "budget.project_cost") == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Totaal eerste jaar: EUR 1.450,00 + 12 x EUR 256,00 = EUR 4.522,00.",
        "De totale vergoeding over de initiële looptijd van 24 maanden bedraagt EUR 9.386,00.",
        "Montant total pour la première année : 6.480,00 EUR HTVA.",
        "Total value of the initial term (set-up + 36 months)    EUR 41,400.00",
    ],
)
def test_the_total_over_the_first_year_or_initial_term_is_the_project_cost(text):
    assert status_of(text, "budget.project_cost") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "De aansprakelijkheid is beperkt tot het totaal van de eerste jaarvergoeding, met een "
        "maximum van EUR 5.000.",
        "Le total des heures de support de la première année est de 20 heures, facturées "
        "au-delà à 90 EUR l'heure.",
        "The total of support hours in the first year, at EUR 95 per hour, is reported monthly.",
    ],
)
def test_a_cap_or_hours_counted_over_the_first_year_is_no_project_cost(text):
    assert status_of(text, "budget.project_cost") == "missing"


# -- extra costs: work at an hourly or daily rate, approved first, in either order -----------


@pytest.mark.parametrize(
    "text",
    [
        "Other work, such as a new report, is done at EUR 95,00 per hour after you have approved "
        "our quote.",
        "Toute demande en dehors de cette offre fait l'objet d'un devis que vous validez par écrit "
        "avant le début ; elle est facturée à 90,00 EUR HTVA de l'heure.",
        "Les développements particuliers font l'objet d'un devis séparé au tarif de 98,00 EUR de "
        "l'heure.",
        "Nieuwe wensen rekenen we aan tegen EUR 115,00 per uur, zodra u akkoord gaat met de "
        "raming: de uitvoering start na uw akkoord.",
    ],
)
def test_work_at_a_rate_approved_first_is_the_extra_costs(text):
    assert status_of(text, "budget.extra_costs") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Le taux de 90 EUR de l'heure est indexé chaque année au 1er janvier selon l'indice santé.",
        "Our rate of EUR 95 per hour applies to the quote signed on 3 May.",
        "Het tarief van EUR 85 per uur geldt voor de offerte die u op 3 mei ondertekende.",
        "The consultant works at EUR 700 per day until the acceptance of the deliverables.",
    ],
)
def test_a_rate_with_the_signed_quote_or_an_acceptance_is_no_extra_costs(text):
    assert status_of(text, "budget.extra_costs") == "missing"


# -- data migration: the client's accounts, subscribers or records imported or taken over ----


@pytest.mark.parametrize(
    "text",
    [
        "We import your employees and shift templates from a CSV export of your payroll system.",
        "- import of your existing passwords from the old vault and an Excel list (CSV)",
        "Le prestataire importe les comptes des 2.800 lecteurs à partir de l'export de l'ancien "
        "logiciel.",
        "L'import du catalogue (environ 6.500 produits) se fait à partir du fichier du grossiste.",
        "Reprise des 3.200 dossiers d'images de l'ancien PC vers le NAS          280,00",
        "Import bestaande kandidatendatabank (max. 25.000 kandidaten)          EUR 1.200,00",
        "Het overzetten van klantkaarten, kleurrecepten en tegoeden uit het oude kassasysteem.",
    ],
)
def test_the_clients_records_imported_or_taken_over_are_the_data_migration(text):
    assert status_of(text, "rollout.data_migration") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "La reprise des travaux est prévue le 3 mars après la pause hivernale.",
        "We import the hardware from our distributor in Germany within 3 weeks.",
        "Les produits importés de Chine sont garantis un an.",
        "Het overzetten van de toestellen naar het nieuwe lokaal gebeurt op 3 maart.",
        "La reprise des comptes des lecteurs vers le portail se fait chaque nuit.",
        "Het overzetten van de klantkaarten naar de kassa gebeurt elke nacht.",
    ],
)
def test_work_resumed_goods_imported_or_devices_moved_are_no_data_migration(text):
    assert status_of(text, "rollout.data_migration") == "missing"


# -- response time: the supplier reacting, answering or calling back within a short time ----


@pytest.mark.parametrize(
    "text",
    [
        "Our service desk is open on working days and reacts to your call within 4 business hours.",
        "- priorité 1 (caisse bloquée) : rappel dans les 30 minutes, dépannage dans les 4 heures.",
        "Onze helpdesk beantwoordt elke vraag binnen één werkdag.",
    ],
)
def test_the_supplier_reacting_within_a_short_time_is_the_response_time(text):
    assert status_of(text, "maintenance.response_time") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "The client answers the supplier's questions within three working days.",
        "You appoint a key user who answers our questions within two working days.",
        "De klant beantwoordt de vragen van de leverancier binnen drie werkdagen.",
        "Le client donne sa réponse dans les 5 jours ouvrables après la démo.",
        "Le client nous rappelle dans les 2 jours ouvrables pour fixer la date.",
    ],
)
def test_the_client_answering_or_calling_back_is_no_response_time(text):
    assert status_of(text, "maintenance.response_time") == "missing"
