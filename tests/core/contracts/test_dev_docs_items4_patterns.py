"""General phrasings of checklist items the rules missed on the training documents of rounds
14-17 (items round 4), in nl, fr and en, each family with a wrong-sense negative. Own
sentences, not the documents'."""

import pytest

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


EXTRA = "budget.extra_costs"

# -- extra work: done only on a separate quote, or outside the object of the service ---------


@pytest.mark.parametrize(
    "text",
    [
        "Aanpassingen die buiten het voorwerp van de overeenkomst vallen, worden enkel "
        "uitgevoerd na een schriftelijke raming.",
        "Taken buiten de omschrijving van de dienst doen we alleen na uw akkoord op een aparte "
        "offerte.",
        "Wijzigingen worden pas uitgevoerd na een afzonderlijke prijsopgave.",
        "Les développements hors de l'objet du contrat font l'objet d'un devis préalable.",
        "Pour tout le reste, nous envoyons un devis que vous validez par écrit avant de commencer.",
        "Tasks outside the description of the services are subject to a separate estimate.",
    ],
)
def test_work_done_only_on_a_separate_quote_is_extra_work(text):
    assert status_of(text, EXTRA) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # the offer itself accepted, not a separate quote for extra work
        "We starten het project pas na jullie akkoord op de offerte.",
        "Le devis que vous acceptez vaut bon de commande.",
        "Le devis préalable à la commande est gratuit.",
        # the object of the SLA named, no work outside it
        "Storingen binnen het voorwerp van de SLA worden binnen vier uur opgelost.",
    ],
)
def test_the_offer_itself_or_the_object_of_a_service_is_no_extra_work(text):
    assert status_of(text, EXTRA) == "missing"


# -- extra work: a rate and the client's go-ahead in one sentence, in informal words ---------


@pytest.mark.parametrize(
    "text",
    [
        "Au-delà des 2 heures comprises, nous intervenons sur devis.",
        "Ensuite, je compte 55,00 EUR de l'heure, mais je vous demande votre accord avant.",
        "Ce type de travail n'est fait qu'avec votre accord et est facturé 70 EUR de l'heure.",
        "Bijkomend werk rekenen we aan EUR 80 per uur.",
        "Werk dat niet in deze offerte staat, doen we aan EUR 90 per uur, na een inschatting die "
        "je eerst goedkeurt.",
    ],
)
def test_a_rate_with_the_clients_go_ahead_is_extra_work(text):
    assert status_of(text, EXTRA) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # the go-ahead to start the project, with the project's day rate
        "Nous demandons votre accord avant de commencer, au tarif de 650 EUR par jour.",
        # a rate alone and an agreement about data, no extra work
        "Je n'accède à vos caméras qu'avec votre accord, lors d'une visite.",
        "Au-delà de 3 heures d'indisponibilité, un crédit de service est accordé.",
    ],
)
def test_a_go_ahead_to_start_or_about_data_is_no_extra_work(text):
    assert status_of(text, EXTRA) == "missing"


RESOLUTION = "maintenance.resolution_time"

# -- resolution time: a priority line with "en" / "binnen", the supplier's verb --------------


@pytest.mark.parametrize(
    "text",
    [
        "- critique : prise en charge en 30 minutes, rétablissement ou contournement en 4 heures ;",
        "- mineur : prise en charge en 1 jour ouvrable, résolution en 5 jours ouvrables ;",
        "Prioriteit 2: reactie binnen 2 uur, oplossing binnen 8 uur.",
        "Priority 1: response in 1 hour, resolution in 4 hours.",
        "En cas de panne, nous rétablissons la connexion dans les 4 heures ouvrables.",
        "Lukt het niet op afstand, dan herstellen we de printer uiterlijk de volgende werkdag.",
    ],
)
def test_a_priority_line_or_the_suppliers_repair_verb_is_a_resolution_time(text):
    assert status_of(text, RESOLUTION) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # a dispute settled, a contract dissolved, a response time only
        "Partijen zoeken een minnelijke oplossing binnen 30 dagen.",
        "La résolution du contrat intervient dans les 15 jours de la mise en demeure.",
        "Nous réparons sur site, avec une prise en charge dans les 4 heures.",
    ],
)
def test_a_dispute_a_dissolution_or_a_response_is_no_resolution_time(text):
    assert status_of(text, RESOLUTION) == "missing"


REPLACEMENT = "team.replacement"

# -- team replacement: passive in French, a compound role title in Dutch, a named role -------


@pytest.mark.parametrize(
    "text",
    [
        "Le chef de projet ne peut être remplacé qu'avec l'accord écrit du client.",
        "Les consultants ne peuvent être remplacés que moyennant un préavis de quinze jours.",
        "Tout changement de technicien attitré est annoncé un mois à l'avance.",
        "De leverancier vervangt de servicemanager enkel na schriftelijk akkoord van de klant.",
        "Vervangt de leverancier de projectcoördinator, dan meldt hij dat een maand vooraf.",
        "The supplier will not replace the service manager without the client's consent.",
    ],
)
def test_a_member_replaced_only_on_terms_is_replacement(text):
    assert status_of(text, REPLACEMENT) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # equipment replaced, and a consultant checking that a part can be replaced
        "Le matériel défectueux ne peut être remplacé qu'après diagnostic.",
        "Le consultant vérifie que le disque peut être remplacé sans arrêt.",
        "De klant vervangt de servicemanager-software zelf.",
    ],
)
def test_equipment_replaced_is_no_team_replacement(text):
    assert status_of(text, REPLACEMENT) == "missing"


MIGRATION = "rollout.data_migration"

# -- data migration: an accounting file or a named list imported, records loaded once --------


@pytest.mark.parametrize(
    "text",
    [
        "Import de votre plan comptable et des soldes d'ouverture depuis votre logiciel actuel.",
        "De leverancier importeert de ledenlijst uit het oude programma.",
        "Vóór de start laden we eenmalig alle relaties en artikelen uit het oude pakket in.",
        "Import of your chart of accounts from the current package.",
    ],
)
def test_an_accounting_file_or_a_named_list_imported_is_a_migration(text):
    assert status_of(text, MIGRATION) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # goods imported, a nightly price feed, the client's own business relations
        "Wij importeren en verkopen wijn uit Frankrijk.",
        "Het import van de prijslijst gebeurt elke nacht automatisch.",
        "De klant beheert zelf zijn relaties.",
    ],
)
def test_goods_a_price_feed_or_relations_are_no_migration(text):
    assert status_of(text, MIGRATION) == "missing"


ACCEPTANCE = "rollout.acceptance"

# -- acceptance: a signature or an approval that counts as acceptance ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le rapport d'intervention signé par le client vaut réception.",
        "Jullie akkoord per mail geldt als oplevering.",
        "Your written confirmation counts as acceptance.",
        # a period for the client to check a test version
        "De testversie staat online; jullie hebben 5 werkdagen om ze na te kijken.",
        "Vous avez ensuite une semaine pour tester le site.",
        "You then have 10 working days to test the application.",
    ],
)
def test_an_approval_that_counts_as_acceptance_is_acceptance(text):
    assert status_of(text, ACCEPTANCE) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # the offer or the terms accepted, an agreement counting as an order
        "La signature du devis vaut acceptation des conditions générales.",
        "Payment counts as acceptance of the terms.",
        "Deze overeenkomst geldt als bestelling.",
        # a period to check an invoice or a request, not the work
        "U hebt 14 dagen om de factuur na te kijken.",
        "Vous avez 14 jours pour vérifier votre facture.",
        "The supplier has 5 days to review the request.",
    ],
)
def test_terms_accepted_are_no_acceptance_of_the_work(text):
    assert status_of(text, ACCEPTANCE) == "missing"
