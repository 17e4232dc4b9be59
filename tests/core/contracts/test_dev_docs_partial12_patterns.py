"""Covered versus partial, found on training rounds 10-13: the client's approval of extra work as
a clause of its own (a countersignature, "nadat de Klant ... heeft goedgekeurd"), a rate written
without its currency, and a processing agreement only offered on request or held on a web page.
Each family in nl, fr and en where it applies, with sentences that must stay partial.
Development clauses written for this module."""

import pytest

from vendorpact.core.contracts import analyse_text


def status(item_id: str, text: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


# -- extra work: the client's approval as a clause of its own ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Meerwerk wordt enkel uitgevoerd nadat de Klant een schriftelijke prijsopgave van de "
        "Leverancier heeft goedgekeurd.",
        "Meerwerk gebeurt op basis van een raming, die de Opdrachtgever vooraf goedkeurt.",
        "Meerwerk voeren we uit na een prijsopgave en het akkoord van de Gemeente per e-mail.",
        "Meerwerk wordt uitgevoerd na een raming en de goedkeuring door de projectleider van "
        "de Klant.",
        "Meerwerk wordt uitgevoerd als het vooraf schriftelijk is goedgekeurd.",
        "Meerwerk wordt enkel uitgevoerd na een schriftelijk bestelbon van de Klant.",
        "Extra work starts only after the Client's project manager has countersigned the change "
        "request.",
        "Les prestations supplémentaires ne sont exécutées que sur un devis contresigné par le "
        "responsable informatique.",
    ],
)
def test_extra_work_approved_by_the_client_in_a_clause_is_covered(text):
    assert status("budget.extra_costs", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # the supplier's own confirmation, a moment without approval, open wording
        "Meerwerk wordt uitgevoerd nadat de Leverancier het heeft bevestigd.",
        "Meerwerk wordt gefactureerd nadat het is uitgevoerd.",
        "Meerwerk voeren we uit na het akkoord van de Leverancier.",
        "Meerwerk wordt in onderling overleg bepaald.",
        "Extra work is handled as agreed between the parties.",
        "Les prestations supplémentaires sont à convenir.",
    ],
)
def test_extra_work_without_the_clients_approval_stays_partial(text):
    assert status("budget.extra_costs", text) == "partial"


# -- rates: a money figure whose currency stands elsewhere ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Extra on-site work is charged at 85,00 per hour plus travel.",
        "Daily rates (EUR, excl. VAT): principal consultant 1.250,00; senior engineer 1.050,00.",
        "Bijkomende prestaties worden aangerekend aan 95,00 per uur.",
        "Les prestations sont facturées au taux horaire de 92,00 HTVA.",
        "We may change our prices once per calendar year.",
    ],
)
def test_rate_without_currency_or_a_yearly_change_is_covered(text):
    assert status("budget.rates", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Extra work is charged at the hourly rate in the price list.",
        "Les prestations sont facturées au taux horaire de la liste de prix.",
        "Bijkomende prestaties worden aangerekend aan het geldende uurtarief.",
        "We may change our prices.",
    ],
)
def test_rate_by_reference_or_a_change_without_when_stays_partial(text):
    assert status("budget.rates", text) == "partial"


# -- data protection: on request or on a web page ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Indien gewenst sluiten we daarvoor een verwerkersovereenkomst af.",
        "Si le client le souhaite, nous signerons une convention de traitement de données.",
        "If you wish, we sign a data processing agreement with you.",
        "De verwerking van persoonsgegevens gebeurt volgens de verwerkersovereenkomst op "
        "www.voorbeeld.be/dpa.",
        "The data processing agreement available at https://example.com/dpa applies.",
    ],
)
def test_processing_agreement_on_request_or_on_a_web_page_is_partial(text):
    assert status("legal.data_protection", text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "The Supplier processes the names of your users as processor under its data processing "
        "agreement (example.com/dpa); your data is hosted in the EU.",
        "De verwerking van persoonsgegevens gebeurt volgens de verwerkersovereenkomst in "
        "bijlage 3, conform de AVG.",
        "Le prestataire agit en qualité de sous-traitant au sens du RGPD.",
    ],
)
def test_processing_agreement_with_its_content_stays_covered(text):
    assert status("legal.data_protection", text) == "covered"


# -- governance: the escalation steps listed ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Escalation: service manager - operations director - CEO of the Supplier.",
        "Escalation: service manager, then the operations director, then both directors.",
        "Escalatie: projectleider, daarna de zaakvoerder van de Leverancier.",
        "Escalade : chef de projet, puis le directeur des opérations.",
    ],
)
def test_escalation_steps_listed_are_covered(text):
    assert status("reporting.governance", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Escalation: to be agreed.",
        "Escalatie: in onderling overleg.",
        "Escalade : à convenir entre les parties.",
    ],
)
def test_escalation_left_open_stays_partial(text):
    assert status("reporting.governance", text) == "partial"


# -- named team: a team leader named, or still to be named ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Équipe Marc Dubois (chef d'équipe et votre interlocuteur pour le projet), avec un "
        "technicien.",
        "Wij werken met Jan Peeters (teamleider), jullie aanspreekpunt voor het project.",
    ],
)
def test_team_leader_named_is_covered(text):
    assert status("team.named_team", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Équipe : un chef d'équipe (à désigner), votre interlocuteur pour le projet, avec un "
        "technicien.",
        "Wij werken met een teamleider (nog te bepalen), jullie aanspreekpunt voor het project.",
        "The Supplier designates a project manager, to be appointed after signature.",
    ],
)
def test_team_leader_still_to_be_named_stays_partial(text):
    assert status("team.named_team", text) == "partial"


# -- updates: supplied and installed, included, automatic, as soon as out, a number a year ------


@pytest.mark.parametrize(
    "text",
    [
        "Security updates for the apps and the browser extensions are pushed automatically.",
        "Updates: we roll out security patches twice a year.",
        "Security updates are rolled out as soon as they are available.",
        "- mises à jour du logiciel et du firmware comprises ;",
        "c) la fourniture et l'installation des nouvelles versions et correctifs du logiciel ;",
        "Installation des mises à jour de firmware et de sécurité deux fois par an.",
        "Beveiligingspatches: kwetsbaarheden pakken we op zodra ze bekend zijn.",
        "Software-updates voor de sloten: drie keer per jaar.",
    ],
)
def test_updates_settled_in_other_words_are_covered(text):
    assert status("maintenance.updates", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Mises à jour du logiciel non comprises.",
        "Updates are installed automatically where possible.",
        "La fourniture des nouvelles versions fera l'objet d'un accord ultérieur.",
        "Nieuwe versies worden in overleg geïnstalleerd.",
    ],
)
def test_updates_left_open_or_excluded_stay_partial(text):
    assert status("maintenance.updates", text) == "partial"


# -- client obligations: at all times or at once ---------------------------------------------------

FR_HEADING = "Article 4 - Obligations du Client\n\nLe Client :\n"
NL_HEADING = "7. Verplichtingen van de Klant\n\n"
EN_HEADING = "7. Client obligations\n\n"


@pytest.mark.parametrize(
    "text",
    [
        FR_HEADING + "- maintient un accès à distance sécurisé (VPN) permanent au serveur ;",
        NL_HEADING + "De Klant houdt de VPN-toegang voor de Leverancier te allen tijde open.",
        EN_HEADING + "The Client reports any outage immediately by phone to the service desk.",
    ],
)
def test_client_obligation_at_all_times_or_at_once_is_covered(text):
    assert status("timing.client_obligations", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        FR_HEADING + "- maintient un accès à distance sécurisé (VPN) au serveur ;",
        FR_HEADING + "- maintient si possible un accès à distance permanent au serveur ;",
        NL_HEADING + "De Klant houdt de VPN-toegang voor de Leverancier open.",
        EN_HEADING + "The Client reports any outage by phone to the service desk.",
    ],
)
def test_client_obligation_without_a_moment_stays_partial(text):
    assert status("timing.client_obligations", text) == "partial"


# -- dispute resolution: an attempt with its steps ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Partijen proberen een geschil eerst op te lossen in overleg tussen hun directies en "
        "daarna via mediation.",
        "Partijen proberen een geschil eerst op te lossen in overleg tussen de directeur van de "
        "Leverancier en de zaakvoerder van de Klant.",
        "The parties first try to resolve a dispute amicably between their managing directors, "
        "then through mediation.",
        "Les parties cherchent d'abord à régler le différend à l'amiable entre leurs gérants, "
        "puis par une médiation.",
    ],
)
def test_amicable_attempt_with_its_steps_is_covered(text):
    assert status("legal.dispute_resolution", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Partijen proberen een geschil eerst in onderling overleg op te lossen.",
        "The parties try to settle disputes through good faith negotiations as agreed between "
        "them.",
    ],
)
def test_amicable_attempt_without_a_step_stays_partial(text):
    assert status("legal.dispute_resolution", text) == "partial"


# -- liability: a cap named by what it is worth, an exclusion of damage ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Supplier's liability is limited to the fixed price of article 3.1.",
        "Notre responsabilité est limitée à la réparation ou au remplacement du matériel "
        "défectueux.",
        "De aansprakelijkheid van de Leverancier is beperkt tot de abonnementsgelden van één jaar.",
        "Onze aansprakelijkheid is beperkt tot € 10.000,00 per gebeurtenis; indirecte schade is "
        "uitgesloten.",
    ],
)
def test_liability_cap_by_its_worth_or_with_an_exclusion_is_covered(text):
    assert status("legal.liability", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "The Supplier's liability is limited as agreed between the parties.",
        "The Supplier's liability is limited to the extent permitted by law.",
        "Notre responsabilité est limitée dans la mesure du possible.",
        "De aansprakelijkheid van de Leverancier is beperkt zoals bepaald in bijlage 4.",
    ],
)
def test_liability_limited_without_a_measure_stays_partial(text):
    assert status("legal.liability", text) == "partial"


# -- knowledge transfer: documentation kept current or made available ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De Leverancier houdt een actuele systeemdocumentatie bij van de omgeving van de Klant.",
        "De Leverancier actualiseert na elke release de technische documentatie.",
        "Le manuel utilisateur et la documentation sont disponibles en ligne pendant toute la "
        "durée de l'abonnement.",
        "On vous laisse une petite documentation des profils.",
        "The Supplier keeps the system documentation up to date.",
    ],
)
def test_documentation_kept_or_made_available_is_covered(text):
    assert status("team.knowledge_transfer", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "De documentatie wordt niet ter beschikking gesteld.",
        "La documentation n'est pas mise à disposition.",
        "De documentatie wordt in onderling overleg bepaald.",
        "Documentation: to be agreed.",
    ],
)
def test_documentation_denied_or_left_open_stays_partial(text):
    assert status("team.knowledge_transfer", text) == "partial"


# -- data migration: when, how it is checked, the volume in other words -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De migratie van de gegevens gebeurt tijdens de technische stilstand, van 11 tot en met "
        "15 januari 2027.",
        "Een proefconversie van de gegevens vindt plaats in sprint 4; de definitieve conversie "
        "gebeurt in het livegangweekend.",
        "Data migration: we copy every drive to the NAS and check each file against a checksum.",
        "Data migration: the supplier migrates approx. 1,4 million documents with their metadata.",
        "Reprise des données : nous reprenons du site les 180 pages de contenu.",
    ],
)
def test_migration_with_its_moment_check_or_volume_is_covered(text):
    assert status("rollout.data_migration", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Data migration: to be agreed.",
        "De migratie van de gegevens gebeurt in onderling overleg.",
        "La reprise des données n'est pas comprise.",
        "The data migration will be planned later, if possible during the go-live weekend.",
    ],
)
def test_migration_left_open_or_excluded_stays_partial(text):
    assert status("rollout.data_migration", text) == "partial"


# -- confidentiality: promised in other words ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De Leverancier en haar medewerkers behandelen de informatie waartoe zij bij een "
        "interventie toegang krijgen vertrouwelijk.",
        "Nous gardons confidentielles toutes les informations relatives à votre ASBL.",
        "Al onze medewerkers hebben een geheimhoudingsverklaring ondertekend.",
        "Nos techniciens sont liés par un engagement de confidentialité.",
        "All our staff have signed a confidentiality undertaking.",
    ],
)
def test_confidentiality_promised_in_other_words_is_covered(text):
    assert status("legal.confidentiality", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Vertrouwelijkheid: in onderling overleg te bepalen.",
        "Les informations confidentielles sont à définir d'un commun accord.",
        "Een geheimhoudingsverklaring kan op verzoek worden ondertekend.",
    ],
)
def test_confidentiality_left_open_stays_partial(text):
    assert status("legal.confidentiality", text) == "partial"


# -- progress reports: a half year, a year, a report named by its period -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le Prestataire transmet chaque semestre un rapport d'utilisation : nombre de chantiers, "
        "incidents et délais.",
        "Le Fournisseur remet chaque année, au plus tard le 15 juin, un rapport d'activité.",
        "- een maandrapport per campus met verbruik, kosten en afwijkingen;",
        "The Supplier sends a progress report each year.",
    ],
)
def test_report_with_a_yearly_or_named_period_is_covered(text):
    assert status("reporting.progress", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Le Prestataire transmet un rapport d'activité sur demande.",
        "The Supplier reports on progress as agreed.",
    ],
)
def test_report_without_a_period_stays_partial(text):
    assert status("reporting.progress", text) == "partial"


# -- recurring cost: a periodic figure whose currency stands elsewhere ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The monthly licence fee is 9,50 per panel per month, invoiced yearly in advance.",
        "La redevance mensuelle d'abonnement s'élève à 390,00 par mois.",
        "De maandelijkse licentievergoeding bedraagt 58,40 per maand.",
    ],
)
def test_periodic_fee_without_currency_is_covered(text):
    assert status("budget.recurring_cost", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "The monthly licence fee is set out in the price list.",
        "De maandelijkse licentievergoeding wordt in onderling overleg bepaald.",
        "La redevance mensuelle d'abonnement est à convenir.",
        "The subscription fee is to be agreed, about 1.200,00 per year.",
    ],
)
def test_periodic_fee_left_open_stays_partial(text):
    assert status("budget.recurring_cost", text) == "partial"
