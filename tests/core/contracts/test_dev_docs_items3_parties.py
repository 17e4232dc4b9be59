"""The client called by its own name (items round 13): a party defined after the people who
represent it, the public contractor (« l'adjudicataire »), and the article that tells an
institution ("de school", « la Commune ») from a supplier's brand name. Own sentences."""

import pytest

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.parties import Parties, resolve_parties
from vendorpact.core.contracts.structure import build_structure

OBLIGATIONS = "timing.client_obligations"


def parties_of(text: str) -> Parties:
    return resolve_parties(build_structure([text]))


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


def test_french_party_defined_after_its_representatives():
    parties = parties_of(
        "ENTRE la Ville de Wavre, place de l'Hôtel de Ville 1, représentée par son Collège, pour "
        "lequel agissent M. Jean Dupont, bourgmestre, et Mme Anne Leroy, directrice générale, "
        "ci-après « la Ville », ET DATANOVA SRL, BCE BE 0701.234.567, représentée par M. Paul "
        "Simon, gérant, ci-après « le Prestataire »."
    )
    assert (parties.client, parties.supplier) == (("ville",), ("prestataire",))


def test_public_contractor_is_the_supplier():
    parties = parties_of(
        "Le CPAS de Namur, représenté par Mme Marie Dubois, présidente, ci-après « le CPAS », et "
        "LOGIDATA SA, BCE BE 0455.111.222, représentée par M. Luc Martin, administrateur, "
        "ci-après « l'adjudicataire »."
    )
    assert (parties.client, parties.supplier) == (("cpas",), ("adjudicataire",))


def test_dutch_institution_with_an_article_is_the_client_of_a_brand_name():
    parties = parties_of(
        'Tussen Codeveld bv, vertegenwoordigd door Tom Peeters, zaakvoerder ("Codeveld"), en '
        "vzw Sint-Jozefsinstituut, vertegenwoordigd door Els Maes, directeur "
        '("de school"), wordt het volgende afgesproken.'
    )
    assert (parties.client, parties.supplier) == (("school",), ("codeveld",))


def test_english_airport_with_an_article_is_the_client():
    parties = parties_of(
        'Between Regional Airport Authority, represented by Jane Smith, CEO ("the Airport"), '
        'and Skylane Systems, represented by Bob Brown, director ("Skylane").'
    )
    assert (parties.client, parties.supplier) == (("airport",), ("skylane",))


def test_first_name_of_a_representative_is_no_party():
    parties = parties_of(
        "1. Stichting Zorgrijk, vertegenwoordigd door mevrouw drs. J. (Judith) Verbeek, "
        'bestuurder, hierna "de Stichting"; 2. Kadewerk B.V., KvK 30219577, hierna '
        '"Kadewerk".'
    )
    assert "judith" not in parties.client + parties.supplier


def test_two_brand_names_without_an_article_stay_unknown():
    parties = parties_of(
        'Tussen Codeveld bv, vertegenwoordigd door Tom Peeters ("Codeveld"), en Bouwmans bv, '
        'vertegenwoordigd door Els Maes ("Bouwmans"), wordt het volgende afgesproken.'
    )
    assert parties == Parties()


def test_the_company_with_an_article_is_not_taken_for_the_client():
    # "the Company" is as often the supplier: the article rule leaves it alone
    parties = parties_of(
        'Between Acme Holdings, represented by Jane Smith ("the Company"), and Brightline, '
        'represented by Bob Brown ("Brightline").'
    )
    assert parties == Parties()


def test_school_named_by_its_alias_supplies_a_test_export():
    text = (
        'Tussen Codeveld bv, vertegenwoordigd door Tom Peeters, zaakvoerder ("Codeveld"), en '
        "vzw Sint-Jozefsinstituut, vertegenwoordigd door Els Maes, directeur "
        '("de school"), wordt het volgende afgesproken.\n'
        "1. Codeveld ontwikkelt een app voor het lesrooster.\n"
        "2. De school bezorgt uiterlijk op 15 januari 2027 een test-export uit het "
        "roosterprogramma.\n"
    )
    assert status_of(text, OBLIGATIONS) != "missing"


def test_the_supplier_by_its_alias_delivering_is_no_client_obligation():
    text = (
        'Tussen Codeveld bv, vertegenwoordigd door Tom Peeters, zaakvoerder ("Codeveld"), en '
        "vzw Sint-Jozefsinstituut, vertegenwoordigd door Els Maes, directeur "
        '("de school"), wordt het volgende afgesproken.\n'
        "1. Codeveld bezorgt uiterlijk op 15 januari 2027 een testversie van de app.\n"
    )
    assert status_of(text, OBLIGATIONS) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Article 5 - Obligations de la Ville\nLa Ville :\n- désigne un référent technique ;\n"
        "- fournit l'accès au serveur de test.\n",
        "Article 4 - Engagements de la Commune\nLa Commune :\n- communique la liste des "
        "clubs ;\n- valide les écrans proposés.\n",
        "6. Verplichtingen van het Ziekenhuis\nHet Ziekenhuis:\n- wijst een key-user aan;\n"
        "- zorgt voor een testomgeving.\n",
        "7. Responsibilities of the Airport\nThe Airport:\n- names a key user;\n"
        "- gives network access to the test server.\n",
    ],
)
def test_obligations_of_the_client_by_its_name_under_a_heading(text):
    assert status_of(text, OBLIGATIONS) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Article 5 - Obligations du Prestataire\nLe Prestataire :\n- désigne un chef de projet ;\n"
        "- fournit la documentation.\n",
        "6. Verplichtingen van de partijen\nPartijen:\n- werken te goeder trouw samen;\n"
        "- houden elkaar op de hoogte.\n",
        "7. Responsibilities of the Supplier\nThe Supplier:\n- names a project manager;\n"
        "- gives a demo every month.\n",
    ],
)
def test_obligations_of_the_supplier_or_both_parties_are_no_client_heading(text):
    assert status_of(text, OBLIGATIONS) == "missing"
