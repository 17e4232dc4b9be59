"""Each labelled item of the agreement/budget/timing/team/reporting development documents."""

import pytest

from vendorpact.core.contracts import analyse_text

from .test_dev_docs_budget_dev_documents import DEV_DOCUMENTS

CASES = [
    pytest.param(name, item_id, expected, id=f"{name}-{item_id}")
    for name, (_text, labels) in DEV_DOCUMENTS.items()
    for item_id, expected in labels.items()
]


@pytest.mark.parametrize(("name", "item_id", "expected"), CASES)
def test_item_status_matches_label(name, item_id, expected):
    text = DEV_DOCUMENTS[name][0]
    assert analyse_text(text, learned=False).item(item_id).status == expected


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


# -- general patterns behind the misses, each with its wrong-sense negative ----------------

FOUND = [
    # the offer named by number or date (a reference without incorporation is partial)
    (
        "Le prestataire exécute la mission conformément au cahier des charges et à l'offre du "
        "prestataire n° 2026-14 du 3 mars 2026.",
        "agreement.quote_included",
        "partial",
    ),
    (
        "Deze overeenkomst is gebaseerd op ons voorstel van 12 mei 2026, dat integraal deel "
        "uitmaakt van de overeenkomst.",
        "agreement.quote_included",
        "covered",
    ),
    # general terms that apply only where the agreement is silent: a precedence
    (
        "Les conditions générales du fournisseur ne s'appliquent qu'à titre subsidiaire.",
        "agreement.general_terms",
        "covered",
    ),
    (
        "Bij strijdigheid tussen de offerte en de algemene voorwaarden gaat de offerte voor.",
        "agreement.general_terms",
        "covered",
    ),
    # Dutch exclusion from the price
    (
        "Niet in de prijs begrepen zijn de licenties en de bekabeling.",
        "budget.scope",
        "covered",
    ),
    # a budget ceiling that cannot be exceeded without a signed amendment
    (
        "Tout dépassement du budget doit faire l'objet d'un avenant signé par les deux parties.",
        "budget.extra_costs",
        "covered",
    ),
    # the client's late input and its consequence
    (
        "Levert de klant de testgegevens niet tijdig aan, dan verschuift de opleverdatum met "
        "dezelfde termijn.",
        "timing.delay",
        "covered",
    ),
    # documentation the client receives
    (
        "Bij de oplevering ontvangt de klant de volledige technische documentatie van de "
        "installatie.",
        "team.knowledge_transfer",
        "covered",
    ),
    # a status meeting with a frequency, a steering committee meeting once a month
    (
        "Elke dinsdag is er een statusoverleg tussen de projectleiders van beide partijen.",
        "reporting.governance",
        "covered",
    ),
    (
        "Le comité de pilotage se réunit une fois par trimestre.",
        "reporting.governance",
        "covered",
    ),
    # named general terms that apply
    (
        "Op deze overeenkomst zijn de NLdigital Voorwaarden 2020 van toepassing.",
        "agreement.general_terms",
        "covered",
    ),
    (
        "Les conditions de vente du prestataire sont applicables à la présente commande.",
        "agreement.general_terms",
        "covered",
    ),
    # the proposal attached to the agreement
    (
        "Wij verwijzen voor de details naar ons voorstel in bijlage.",
        "agreement.quote_included",
        "covered",
    ),
    # lead times and planned dates
    (
        "Levertermijn: 3 à 4 weken na ontvangst van de getekende bestelbon.",
        "timing.planning",
        "covered",
    ),
    ("La mise en production est prévue pour la semaine 12.", "timing.planning", "covered"),
    # a replacement proposed as a noun ("vervanger"); experience in number words
    (
        "Bij afwezigheid van meer dan vijf werkdagen stelt de leverancier een gelijkwaardige "
        "vervanger voor.",
        "team.replacement",
        "covered",
    ),
    (
        "De consultant beschikt over minstens vijf jaar ervaring met Microsoft Dynamics.",
        "team.seniority",
        "covered",
    ),
    # a deadline with "1er"
    (
        "Le client fournit au plus tard le 1er mars la liste des utilisateurs.",
        "timing.client_obligations",
        "covered",
    ),
    # a key-value total line; services outside the offer
    ("Totaal excl. btw: € 12.450,00", "budget.project_cost", "covered"),
    (
        "Prestations hors offre : facturées au tarif en vigueur après accord écrit du client.",
        "budget.extra_costs",
        "covered",
    ),
    # Belgian payment and revision wording
    ("Paiement à 30 jours fin de mois.", "budget.payment_terms", "covered"),
    ("Facturen zijn contant betaalbaar.", "budget.payment_terms", "covered"),
    (
        "De prijzen worden jaarlijks op 1 januari aangepast volgens de formule "
        "P = P0 x (0,2 + 0,8 S/S0).",
        "budget.rates",
        "covered",
    ),
    # handover organised by the supplier; a handover meeting
    (
        "Le prestataire assure le transfert de compétences vers l'équipe du client.",
        "team.knowledge_transfer",
        "covered",
    ),
    (
        "Na de oplevering volgt een overdrachtsmoment met de interne IT-verantwoordelijke.",
        "team.knowledge_transfer",
        "covered",
    ),
    ("De werken worden uitgevoerd volgens de regels van de kunst.", "team.quality", "covered"),
    # a delivery date that is exceeded, with damages per day
    (
        "Wordt de opleverdatum overschreden door toedoen van de leverancier, dan betaalt hij een "
        "schadevergoeding van € 100 per kalenderdag.",
        "timing.delay",
        "covered",
    ),
    # a signing statement in two originals
    ("Opgemaakt te Gent op 12/10/2026 in twee exemplaren.", "agreement.signed_both", "covered"),
    (
        "Compris dans le prix : la configuration, le transport et la mise en service.",
        "budget.scope",
        "covered",
    ),
    # the supplier's own testing is still quality
    (
        "De leverancier test elke nieuwe versie op een aparte testomgeving voor de oplevering.",
        "team.quality",
        "covered",
    ),
]


@pytest.mark.parametrize(("text", "item_id", "expected"), FOUND)
def test_general_pattern_is_found(text, item_id, expected):
    assert status_of(text, item_id) == expected


NOT_FOUND = [
    # "offre" as a verb; "voorstel" as a change proposal
    (
        "Le prestataire offre une formation de deux jours aux utilisateurs.",
        "agreement.quote_included",
    ),
    (
        "De leverancier doet binnen vijf werkdagen een voorstel voor de gevraagde wijziging.",
        "agreement.quote_included",
    ),
    # "wordt begrepen" in a definition
    (
        "Onder werkdag wordt begrepen: maandag tot en met vrijdag, feestdagen uitgezonderd.",
        "budget.scope",
    ),
    # conditions of one article or of payment are no general terms
    (
        "De voorwaarden van artikel 7 zijn van toepassing op meerwerk.",
        "agreement.general_terms",
    ),
    (
        "Sous réserve des conditions de service décrites ci-dessous, le support est gratuit.",
        "agreement.general_terms",
    ),
    # a payment deadline or a delivery address is no planning
    ("Betaling ten laatste 30 dagen na factuurdatum.", "timing.planning"),
    (
        "De levering van de hardware gebeurt franco op het adres van de klant.",
        "timing.planning",
    ),
    # a monthly total is a recurring cost; "hors contrat" is no extra work
    ("Totaal per maand excl. btw: € 450,00", "budget.project_cost"),
    (
        "Les frais de déplacement sont compris, hors contrat de maintenance.",
        "budget.extra_costs",
    ),
    # an exceeded budget is no delay
    ("Het budget mag niet worden overschreden zonder akkoord van de klant.", "timing.delay"),
    # paying late is no delay of the work
    (
        "Betaalt de klant de factuur niet tijdig, dan is een nalatigheidsinterest verschuldigd.",
        "timing.delay",
    ),
    # an ordinary meeting word without a body or frequency ("in overleg" is vague wording)
    (
        "De installatiedatum wordt in overleg met de klant vastgelegd.",
        "reporting.governance",
    ),
    # the client testing what it receives is acceptance, not the supplier's quality
    (
        "Le client effectue les tests de l'application dans les dix jours ouvrables de sa "
        "livraison.",
        "team.quality",
    ),
    (
        "The Customer shall have ten business days to test each deliverable.",
        "team.quality",
    ),
]


@pytest.mark.parametrize(("text", "item_id"), NOT_FOUND)
def test_wrong_sense_is_not_found(text, item_id):
    assert status_of(text, item_id) == "missing"
