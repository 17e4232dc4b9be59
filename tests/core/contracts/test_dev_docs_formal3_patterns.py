"""General patterns behind the misses on the formal-contract development documents
(dev_docs_formal3_documents.py), each family in nl, fr and en where it is said that way, with a
sentence in a wrong sense that must not count."""

import pytest

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.parties import resolve_parties
from vendorpact.core.contracts.structure import build_structure


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


def raised(text: str, risk_id: str) -> bool:
    return risk_id in analyse_text(text, learned=False).risk_ids()


COVERED = [
    # a key role by its title, or a pronoun for the named person, replaced only with consent
    (
        "Vervanging van de Service Delivery Manager geschiedt slechts na voorafgaande "
        "schriftelijke instemming van de klant.",
        "team.replacement",
    ),
    (
        "The Supplier shall not replace her without the Customer's prior written consent.",
        "team.replacement",
    ),
    (
        "Le remplacement du responsable de compte est soumis à l'accord préalable du client.",
        "team.replacement",
    ),
    # a certificate held by the staff, a certification with a version number
    (
        "De medewerkers van de servicedesk beschikken minimaal over een ITIL 4 "
        "Foundation-certificaat.",
        "team.seniority",
    ),
    (
        "All engineers assigned to the Customer hold a valid CCNA certificate.",
        "team.seniority",
    ),
    (
        "Les intervenants sont titulaires d'un diplôme de master en informatique.",
        "team.seniority",
    ),
    # the percentage before the adjective
    (
        "Het klantportaal is 99,8% per kalendermaand beschikbaar.",
        "maintenance.availability",
    ),
    ("The platform will be 99.7% available per calendar month.", "maintenance.availability"),
    ("La plateforme est 99,5 % disponible par mois.", "maintenance.availability"),
    # a discount for a missed norm time; a credit below the target is a remedy, not an aim
    (
        "Bij het niet halen van een normtijd voor P1 in meer dan 5% van de meldingen in een "
        "maand ontvangt de klant een korting van 5% op de maandvergoeding.",
        "maintenance.service_credits",
    ),
    (
        "Service Credits: for each 0.1% below the availability target, 2% of the monthly fee, "
        "up to 20%.",
        "maintenance.service_credits",
    ),
    # extra work agreed in a written, signed order before it starts
    (
        "Any additional services shall be agreed in a written change order signed by both "
        "parties before the work starts.",
        "budget.extra_costs",
    ),
    # mediation as the amicable step before court, with a period
    (
        "The parties shall first attempt to settle any dispute through mediation; failing "
        "settlement within 60 days, the courts of Antwerp have jurisdiction.",
        "legal.dispute_resolution",
    ),
    (
        "Les parties essaient d'abord de régler le litige par la médiation dans un délai de 30 "
        "jours.",
        "legal.dispute_resolution",
    ),
    # the ceiling of a framework contract as its total budget
    (
        "Le montant maximal de l'accord-cadre est fixé à 1.200.000 EUR HTVA.",
        "budget.project_cost",
    ),
    (
        "Het maximale bedrag van de raamovereenkomst bedraagt EUR 800.000 excl. btw.",
        "budget.project_cost",
    ),
    (
        "The maximum value of this framework agreement is EUR 2,000,000.",
        "budget.project_cost",
    ),
    # migrating to a replacement system or another solution at the end
    (
        "On expiry the Supplier shall assist the Customer to migrate to a replacement system "
        "for up to nine months.",
        "exit.transition",
    ),
    (
        "Bij het einde verleent de leverancier gedurende drie maanden bijstand bij de overstap "
        "naar een ander systeem.",
        "exit.transition",
    ),
    (
        "En fin de contrat, le prestataire assure pendant trois mois la migration vers une "
        "autre solution.",
        "exit.transition",
    ),
    # after the end, the data handed over in a usable format
    (
        "Binnen dertig dagen na het einde levert de leverancier alle gegevens van de klant, "
        "waaronder de ticket-historie, over in een gangbaar en machineleesbaar formaat.",
        "exit.data_return",
    ),
    (
        "Within 30 days of the end of the Agreement the Supplier delivers all Customer data, "
        "including the incident history, in a structured and machine-readable format.",
        "exit.data_return",
    ),
    (
        "À la fin du contrat, le prestataire remet toutes les données du client, y compris "
        "l'historique, dans un format standard.",
        "exit.data_return",
    ),
    # data loaded from the client's own system into the new one
    (
        "The Supplier shall load the master data of articles and locations from the "
        "Customer's warehouse management system into the Platform before go-live.",
        "rollout.data_migration",
    ),
    # operating manuals; a knowledge transfer with the date it is done
    (
        "Before go-live the Supplier shall provide operating manuals in Dutch and English.",
        "team.knowledge_transfer",
    ),
    (
        "Le prestataire remet le manuel d'exploitation à jour avec chaque version.",
        "team.knowledge_transfer",
    ),
    (
        "De kennisoverdracht aan het interne team is afgerond op 15 december 2026.",
        "team.knowledge_transfer",
    ),
    # no work paid without a signed order form
    (
        "Aucune prestation non couverte par un bon de commande signé n'est payée.",
        "budget.extra_costs",
    ),
    ("No work is paid unless covered by a signed purchase order.", "budget.extra_costs"),
    ("Werkzaamheden zonder getekende opdrachtbon worden niet vergoed.", "budget.extra_costs"),
    # a price-table row with the period in a unit cell next to the amount
    (
        "| Onderdeel | Eenheid | Prijs |\n| Servicedesk | per Werkplek per maand | EUR 21,40 |",
        "budget.recurring_cost",
    ),
    ("| Item | Price | Unit |\n| Hosting | EUR 960 | per year |", "budget.recurring_cost"),
    # a Dutch court named without "van" / "te"
    (
        "Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden eerst aan "
        "de directies voorgelegd. Lukt dat niet, dan is uitsluitend de rechtbank Gelderland "
        "bevoegd.",
        "legal.governing_law",
    ),
]


@pytest.mark.parametrize(("text", "item_id"), COVERED)
def test_settled_wording_is_covered(text, item_id):
    assert status_of(text, item_id) == "covered"


NOT_COVERED = [
    # a manager module replaced, the supplier's ISO certificate, a price and an availability
    (
        "The upgrade includes the replacement of the Configuration Manager module.",
        "team.replacement",
    ),
    (
        "De leverancier beschikt over een ISO 27001-certificaat.",
        "team.seniority",
    ),
    (
        "De licenties zijn 20% goedkoper en direct beschikbaar.",
        "maintenance.availability",
    ),
    # a commercial discount, not a missed level
    (
        "Bij een looptijd van drie jaar geldt een korting van 5% op de maandvergoeding.",
        "maintenance.service_credits",
    ),
    # an amicable attempt without a step stays partial; agreeing later stays open
    (
        "The parties shall attempt to settle any dispute amicably.",
        "legal.dispute_resolution",
    ),
    ("Additional services shall be agreed between the parties.", "budget.extra_costs"),
    # the maximum of a penalty, the go-live migration, a nightly interface feed
    (
        "Le montant maximal des pénalités est fixé à 5 % du montant de la commande.",
        "budget.project_cost",
    ),
    (
        "At go-live the Supplier will migrate the users to the new platform release.",
        "exit.transition",
    ),
    (
        "The interface shall import orders every night from the Customer's ERP system into "
        "the Platform.",
        "rollout.data_migration",
    ),
    # the operating system is no manual
    ("The Platform runs on a supported operating system.", "team.knowledge_transfer"),
    # an invoice without an order number is about invoicing, not extra work
    ("Invoices without a purchase order number will not be paid.", "budget.extra_costs"),
    ("Une facture sans numéro de bon de commande n'est pas payée.", "budget.extra_costs"),
    # a frequency cell without an amount is no fee
    ("| Rapport | Frequentie | Aantal |\n| Rapportage | per maand | 1 |", "budget.recurring_cost"),
    # a court that is not a forum clause
    (
        "De leverancier heeft de rechtbank om een uitspraak gevraagd over de factuur.",
        "legal.governing_law",
    ),
]


@pytest.mark.parametrize(("text", "item_id"), NOT_COVERED)
def test_wrong_sense_is_not_covered(text, item_id):
    assert status_of(text, item_id) != "covered"


def test_cure_period_in_a_termination_clause_is_no_delay_rule():
    text = (
        "Elke partij kan de overeenkomst ontbinden indien de andere partij na een schriftelijke "
        "ingebrekestelling met een hersteltermijn van dertig dagen tekortschiet."
    )
    assert status_of(text, "timing.delay") == "missing"
    english = "Either party may terminate if a material breach is not remedied within 30 days."
    assert status_of(english, "timing.delay") == "missing"


def test_a_delay_with_a_cure_period_still_counts():
    text = (
        "Bij vertraging van de oplevering kan de klant na ingebrekestelling met een "
        "hersteltermijn van 30 dagen de overeenkomst ontbinden."
    )
    assert status_of(text, "timing.delay") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Algemene voorwaarden van de opdrachtnemer worden uitdrukkelijk van de hand gewezen.",
        "The Supplier's standard terms and conditions are expressly excluded.",
        "Les conditions générales du prestataire sont expressément écartées.",
        "No terms of business of the Supplier apply.",
    ],
)
def test_supplier_terms_rejected_are_no_risk(text):
    assert not raised(text, "risk.supplier_terms_prevail")


def test_client_terms_rejected_keep_the_risk():
    text = (
        "De algemene voorwaarden van de leverancier zijn van toepassing; de inkoopvoorwaarden "
        "van de opdrachtgever worden van de hand gewezen."
    )
    assert raised(text, "risk.supplier_terms_prevail")


PARTY_LINES = (
    "Tussen\n"
    '1. Stichting Ziekenhuis Rivierenland, gevestigd te Tiel, KvK 41013521, hierna "het '
    'Ziekenhuis";\n'
    '2. Werkplek Diensten B.V., gevestigd te Utrecht, hierna "Opdrachtnemer".\n'
)


def test_a_party_line_ending_with_its_registration_number_defines_the_client():
    text = PARTY_LINES + (
        "3.2 Het Ziekenhuis levert uiterlijk 1 november 2026 de werkplekinventaris en toegang "
        "tot het ticketsysteem aan."
    )
    parties = resolve_parties(build_structure([text]))
    assert parties.client == ("ziekenhuis",)
    assert status_of(text, "timing.client_obligations") == "covered"


def test_a_defined_term_after_a_reference_number_is_no_party():
    text = (
        'Het project, kenmerk 2026-017, hierna "het Project", wordt uitgevoerd door '
        'Werkplek Diensten B.V., hierna "Opdrachtnemer".'
    )
    assert resolve_parties(build_structure([text])).client == ()
