"""General English (and some nl/fr) patterns added for the development documents in
dev_docs_english3_documents.py: each family with a sentence that must count and one in a wrong
sense that must not."""

import pytest

from vendorpact.core.contracts import analyse_text


def status(item_id: str, text: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


def raised(risk_id: str, text: str) -> bool:
    return risk_id in analyse_text(text, learned=False).risk_ids()


@pytest.mark.parametrize(
    ("item_id", "text"),
    [
        ("exit.termination", "You or we can end it with 3 months' written notice."),
        ("exit.termination", "Either party may cancel the subscription with one month's notice."),
        ("maintenance.response_time", "First reply within 4 business hours."),
        ("maintenance.response_time", "We pick up urgent calls within 1 hour."),
        ("maintenance.response_time", "Eerste reactie binnen 2 werkuren."),
        ("timing.client_obligations", "You send us the logo files before the kick-off."),
        ("timing.client_obligations", "Vous nous transmettez les données avant le 1er mars."),
        ("timing.client_obligations", "U bezorgt ons de gegevens voor 1 maart."),
        ("rollout.warranty", "We fix bugs in our code free of charge for 60 days after go-live."),
        ("rollout.warranty", "Wij herstellen fouten kosteloos gedurende 3 maanden na oplevering."),
        (
            "budget.extra_costs",
            "Changes you ask for are quoted first; we start after your written OK.",
        ),
        ("team.replacement", "We will not swap a developer out without two weeks' notice."),
        ("team.replacement", "You get a developer with the same experience within 10 days."),
        ("agreement.general_terms", "This order is governed by the Acme Terms of Service (v4)."),
        (
            "exit.data_return",
            "After the subscription ends you keep read access for 90 days to export everything.",
        ),
        ("rollout.data_migration", "We convert your patient records from your current system."),
        ("team.seniority", "Lead developer: Tom Desmet (integration architect, 10+ years)."),
    ],
)
def test_general_pattern_counts(item_id, text):
    assert status(item_id, text) == "covered"


@pytest.mark.parametrize(
    ("item_id", "text"),
    [
        ("exit.termination", "We may suspend the service with 10 days' notice."),
        (
            "maintenance.response_time",
            "You name a project owner who answers our questions within two working days.",
        ),
        ("timing.client_obligations", "If you give us three months' written notice, it ends."),
        ("timing.client_obligations", "If anything breaks, you send us an e-mail."),
        ("rollout.warranty", "We do not fix bugs in third-party plugins free of charge."),
        ("team.replacement", "We may swap the server out at any time."),
        ("agreement.general_terms", "This order is governed by Belgian law."),
        ("rollout.data_migration", "We convert your invoices to PDF."),
        ("team.seniority", "We have been in business for 25+ years."),
    ],
)
def test_wrong_sense_does_not_count(item_id, text):
    assert status(item_id, text) == "missing"


def test_continuing_for_periods_is_tacit_renewal():
    text = (
        "This agreement runs for 36 months. After that it continues for periods of 12 months "
        "unless you or we end it with 3 months' written notice before the end of a period."
    )
    assert raised("risk.auto_renewal", text)


def test_an_agreed_extension_is_not_tacit_renewal():
    text = "The parties may agree in writing to extend the agreement for periods of 12 months."
    assert not raised("risk.auto_renewal", text)
