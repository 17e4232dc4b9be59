"""General phrasings of checklist items the rules missed on the training documents of rounds
5-13 (items round 3), in nl, fr and en, each family with a wrong-sense negative. Own
sentences, not the documents'."""

import pytest

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


OBLIGATIONS = "timing.client_obligations"

# -- client obligations: the client addressed, inverted word order; "À votre charge" ---------


@pytest.mark.parametrize(
    "text",
    [
        "We migreren de website in het weekend van 13 maart. Uiterlijk 6 maart bezorgen jullie "
        "ons de toegang tot de huidige hosting.",
        "Na uw akkoord bezorgt u ons de ondertekende aanvraag voor de nummeroverdracht.",
        "We zetten de kassa op 1 april over. Jij zorgt dat de export er een week vooraf is.",
        "Nous installons les postes le 12 février.\nÀ votre charge\n- le câblage réseau terminé "
        "au plus tard le 5 février ;\n- la liste des utilisateurs.\n",
        "Nous installons les postes le 12 février. À votre charge : le câblage réseau terminé et "
        "testé au plus tard le 5 février.",
        "6. À charge du client\nLe client veille à ce qu'une prise électrique soit disponible "
        "avant le jour de l'installation.\n",
    ],
)
def test_the_client_addressed_or_its_charge_is_the_clients_part(text):
    assert status_of(text, OBLIGATIONS) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # the supplier sending the client its own report
        "Elke maand bezorgen we jullie ons verslag over de incidenten.",
        # a cost at the client's charge, not a task
        "Les frais de déplacement sont à votre charge.",
        "Frais à votre charge : 45,00 EUR par déplacement.",
    ],
)
def test_a_report_to_the_client_or_a_cost_at_its_charge_is_no_client_task(text):
    assert status_of(text, OBLIGATIONS) == "missing"


# -- resolution time: restored a few words later, by the next working day, a loan device -----

RESOLUTION = "maintenance.resolution_time"


@pytest.mark.parametrize(
    "text",
    [
        "Panne bloquante : rétablissement du service, au besoin en mode dégradé, dans les "
        "8 heures.",
        "Les incidents majeurs sont pris en charge dans les 4 heures ; le service est rétabli au "
        "plus tard le jour ouvrable suivant.",
        "Priorité 2 : prise en charge 4 heures, correction 2 jours ouvrables.",
        "Een storing van de kassa wordt hersteld, zo nodig met een tijdelijke oplossing, uiterlijk "
        "de volgende werkdag.",
        "Is een scherm defect, dan ligt er binnen 2 werkdagen een vervangtoestel in de winkel.",
        "Mise à disposition d'un écran de prêt dans les 3 jours ouvrables si l'écran part en "
        "atelier.",
        "A faulty tablet is swapped: a loaner device is delivered within one business day.",
    ],
)
def test_restoration_by_a_time_or_a_loan_device_is_the_resolution_time(text):
    assert status_of(text, RESOLUTION) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # an invoice corrected, not a fault
        "La correction d'une facture erronée est faite dans les 5 jours ouvrables.",
        # the reaction time between the repair word and the time
        "Correction des anomalies : prise en charge dans les 4 heures ouvrables.",
        # a loan device without a time
        "Un écran de prêt est disponible pour vos événements, sur demande.",
        # a version, not a time
        "Priorité 3 : correction dans la version suivante.",
    ],
)
def test_an_invoice_a_reaction_time_or_no_time_is_no_resolution_time(text):
    assert status_of(text, RESOLUTION) == "missing"


# -- project cost: a one-off total in table rows glued to monthly rows; a contract total ------

PROJECT_COST = "budget.project_cost"


@pytest.mark.parametrize(
    "text",
    [
        "Prijzen (excl. btw)\nEenmalig\n  Installatie op locatie        EUR 1.920,00\n"
        "  Totaal eenmalig               EUR 4.262,00\nMaandelijks\n"
        "  Gebruikerslicentie            EUR   529,00\n"
        "  Totaal per maand              EUR 529,00\n",
        "Abonnement: EUR 95,00 per maand. Totaal eerste jaar: EUR 1.450,00 + 12 x EUR 95,00 = "
        "EUR 2.590,00.",
        "Eenmalige installatie EUR 9.850,00 Abonnement EUR 660,00 per maand Totale "
        "contractwaarde over de looptijd van 36 maanden EUR 33.610,00",
        "TOTAL OFFRE HTVA                         32.120,00 EUR",
        "La mise en place est réalisée pour un forfait de 12.500,00 EUR HTVA.",
        "Set-up EUR 900.00 and hosting EUR 120.00 per month. Total contract value: EUR 5,220.00.",
    ],
)
def test_a_one_off_or_contract_total_is_the_project_cost(text):
    assert status_of(text, PROJECT_COST) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # a monthly total only: a recurring cost
        "Abonnement: EUR 95,00 per maand per gebruiker. Totaal per maand: EUR 190,00.",
        # a flat fee per call-out is an extra cost
        "Les déplacements sont facturés pour un forfait de 45,00 EUR par intervention.",
    ],
)
def test_a_monthly_total_or_a_fee_per_call_out_is_no_project_cost(text):
    assert status_of(text, PROJECT_COST) == "missing"


# -- extra costs: approval before going on, a separate quote, work outside an article ---------

EXTRA = "budget.extra_costs"


@pytest.mark.parametrize(
    "text",
    [
        "On travaille en régie. Si on voit qu'on va dépasser 80 heures, on vous demande votre "
        "accord avant de continuer.",
        "Dreigen we boven de schatting uit te komen, dan laat ik het je weten en gaan we pas "
        "verder na jouw akkoord.",
        "If the work takes longer than estimated, we ask your approval before continuing.",
        "Maatwerk en extra koppelingen voeren we uitsluitend uit na een schriftelijke offerte.",
        "Les développements spécifiques sont réalisés uniquement sur devis.",
        "Toute demande complémentaire fait l'objet d'un devis préalable.",
        "Wijzigingen of uitbreidingen die niet in artikel 1 staan, worden aangerekend aan "
        "EUR 82,00 per uur.",
        "Wijzigingen buiten bijlage 1 worden eerst schriftelijk geraamd.",
        "Interventions en dehors de ce cadre : en régie, 90,00 EUR HTVA de l'heure.",
        "Les corrections sont faites à notre tarif de 85 EUR HTVA de l'heure, uniquement après "
        "votre accord.",
    ],
)
def test_extra_work_approved_before_or_priced_apart_is_the_extra_costs(text):
    assert status_of(text, EXTRA) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # the go-ahead to start the project itself
        "Nous attendons votre accord avant de commencer l'installation.",
        "We need your approval before starting the installation.",
        # the main offer signed, not a separate quote
        "We starten pas na ondertekening van de offerte.",
        # a request for information, not for work
        "Toute demande complémentaire d'information est adressée au chef de projet.",
    ],
)
def test_the_go_ahead_to_start_or_a_request_for_information_is_no_extra_cost(text):
    assert status_of(text, EXTRA) == "missing"


# -- knowledge transfer: documentation named as property is no handover; a set-up document is --

KNOWLEDGE = "team.knowledge_transfer"


@pytest.mark.parametrize(
    "text",
    [
        "De intellectuele eigendom op de software en op de documentatie die ter beschikking "
        "wordt gesteld, blijft bij de leverancier.",
        "La documentation mise à disposition du Client reste la propriété du Prestataire.",
        "All documentation made available to the Customer remains the property of the Supplier.",
    ],
)
def test_documentation_named_as_property_is_no_knowledge_transfer(text):
    assert status_of(text, KNOWLEDGE) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        # the right sense of the same words
        "Le Prestataire met à disposition un manuel d'utilisation en français.",
        "De leverancier stelt de documentatie van de koppelingen ter beschikking bij de "
        "oplevering.",
        "Bij de livegang levert de leverancier een inrichtingsdocument met alle instellingen.",
        "Le Prestataire remet un document de paramétrage à la fin du projet.",
        "At go-live we deliver a configuration document listing every setting.",
    ],
)
def test_documentation_handed_over_or_a_set_up_document_is_knowledge_transfer(text):
    assert status_of(text, KNOWLEDGE) != "missing"


# -- named team: a role tied to this client, the writer doing the work ------------------------

TEAM = "team.named_team"


@pytest.mark.parametrize(
    "text",
    [
        "M. Kevin Lemmens, technicien certifié, est le technicien référent du Client.",
        "Mme Sarah Lambert, responsable de service, est l'interlocutrice du Client.",
        "Vaste servicecoördinator is de heer R. Dijkstra; zijn vervanger is mevrouw S. Veenstra.",
        "A dedicated engineer, Ms Joan Peters, handles all tickets of the Customer.",
        "C'est moi qui m'occupe de votre migration et je reste votre contact par la suite.",
        "Ik doe dit zelf samen met mijn collega Tom Lenaerts.",
        "The work is done by Tom Peeters together with my colleague Anna Maes.",
    ],
)
def test_a_role_tied_to_the_client_or_the_writer_doing_the_work_names_the_team(text):
    assert status_of(text, TEAM) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # the client's own contact
        "Le Client désigne Mme Isabelle Gobert comme interlocutrice.",
        # a colleague consulted, not a team
        "Ik overleg dit nog met mijn collega en laat het je weten.",
        # a reference price, not a person
        "Le prix de référence est indexé chaque année.",
    ],
)
def test_the_clients_contact_or_a_colleague_consulted_names_no_team(text):
    assert status_of(text, TEAM) == "missing"


# -- data return: the end said bare or by leaving, a copy of the data or backups ---------------

DATA_RETURN = "exit.data_return"


@pytest.mark.parametrize(
    "text",
    [
        "À la fin, on vous remet une copie complète de la machine virtuelle, puis on efface tout.",
        "Bij vertrek leveren wij binnen 5 werkdagen een volledige kopie van alle bestanden en "
        "databases.",
        "Stoppen jullie, dan krijgen jullie de volledige kennisbank als Excel-export.",
        "Na het einde van de overeenkomst kan de klant zijn playlists als CSV-bestand downloaden.",
        "À la fin du contrat, le Prestataire remet au Client les mots de passe et, à sa demande, "
        "une copie de ses sauvegardes.",
        "Artikel 14 - Einde van de samenwerking\n14.2 Kopieën van je gegevens lever ik op verzoek "
        "binnen 10 werkdagen aan je terug op een externe schijf.\n",
        "Termination\nAfter the end of the agreement we hand over a copy of your data on a disk.\n",
    ],
)
def test_the_clients_data_handed_over_when_it_leaves_is_the_data_return(text):
    assert status_of(text, DATA_RETURN) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # a backup policy, not the end
        "Une copie des sauvegardes est conservée chaque nuit hors site.",
        "Elke nacht maken we een kopie van je gegevens in ons tweede datacenter.",
        # the end of the project or an employee leaving, not of the contract
        "À la fin du projet, on vous remet une copie complète de la documentation.",
        "Bij vertrek van een medewerker leveren wij een kopie van zijn mailbox.",
    ],
)
def test_a_backup_policy_or_the_end_of_a_project_is_no_data_return(text):
    assert status_of(text, DATA_RETURN) == "missing"


# -- planning: a week or weekend by its date, a plan by weeks, work within days of signing ----

PLANNING = "timing.planning"


@pytest.mark.parametrize(
    "text",
    [
        "Nous faisons la mise en place du réseau le week-end du 16 et 17 janvier.",
        "Pilotes la semaine du 18 janvier, déploiement général ensuite.",
        "Het weekend van 16 januari is prima voor de migratie.",
        "We move the mailboxes in the week of 8 February.",
        "Semaine 1 : réunion de lancement et remise de votre logo.\nSemaine 2 : paramétrage.\n",
        "Dans les dix jours ouvrables suivant la signature, le Prestataire dresse l'inventaire.",
        "ShopStal activeert het pakket binnen één werkdag na ontvangst van de eerste betaling.",
        "Le service est activé dans les deux jours ouvrables suivant la réception du paiement.",
    ],
)
def test_a_dated_week_a_plan_by_weeks_or_a_lead_time_is_a_planning(text):
    assert status_of(text, PLANNING) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # opening hours, a price by month, a right to cancel within days
        "Le support est assuré la semaine du lundi au vendredi.",
        "Maand 1: EUR 500,00 voor de licenties.",
        "Le Client peut résilier la commande dans les 14 jours suivant la signature.",
    ],
)
def test_opening_days_a_price_by_month_or_a_right_to_cancel_is_no_planning(text):
    assert status_of(text, PLANNING) == "missing"


# -- data migration: the migration of a named store of data ------------------------------------

MIGRATION = "rollout.data_migration"


@pytest.mark.parametrize(
    "text",
    [
        "In mei 2027 voert de leverancier een proefmigratie uit van de database en de "
        "documentarchieven.",
        "La migration de votre serveur memoQ actuel : mémoires de traduction et projets.",
        "La migration d'un site WordPress depuis un autre hébergeur est réalisée gratuitement.",
        "The supplier performs the migration of the mailboxes in the go-live weekend.",
        "De leverancier converteert de aangeleverde gegevens eerst in een proefmigratie.",
    ],
)
def test_the_migration_of_a_named_store_of_data_is_the_data_migration(text):
    assert status_of(text, MIGRATION) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # a migration of prices or of the contract, not of data
        "La migration des tarifs vers la nouvelle grille se fait au 1er janvier.",
        "De migratie van het contract naar de nieuwe voorwaarden gebeurt automatisch.",
    ],
)
def test_a_migration_of_prices_or_of_the_contract_is_no_data_migration(text):
    assert status_of(text, MIGRATION) == "missing"


# -- team replacement: a stand-in during absence, people replaced only with consent ------------

REPLACEMENT = "team.replacement"


@pytest.mark.parametrize(
    "text",
    [
        "M. Samuel Dupont, également certifié, le remplace en son absence.",
        "En son absence, il est remplacé par M. Samuel Ghislain.",
        "Bij mijn afwezigheid neemt mijn collega Ruben De Smet over.",
        "In her absence Tom Peeters takes over her tickets.",
        "De Leverancier vervangt de projectleider of de ontwikkelaar enkel met schriftelijke "
        "toestemming van de Klant.",
        "Archivio vervangt deze personen enkel met voorafgaand schriftelijk akkoord van de Klant.",
    ],
)
def test_a_stand_in_or_people_replaced_only_with_consent_is_the_replacement(text):
    assert status_of(text, REPLACEMENT) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # someone absent without a stand-in, or devices replaced
        "En son absence, la réunion est reportée.",
        "De leverancier vervangt defecte toestellen enkel na akkoord van de klant.",
    ],
)
def test_an_absence_without_a_stand_in_or_devices_replaced_is_no_team_replacement(text):
    assert status_of(text, REPLACEMENT) == "missing"
