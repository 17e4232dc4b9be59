from decimal import Decimal

from vendorpact.analysis.models import Analysis
from vendorpact.budget.models import BudgetLine

AMOUNTS = [
    {
        "amount": 1200.0,
        "currency": "EUR",
        "kind": "recurring",
        "period": "month",
        "vat": "excl",
        "evidence": {
            "page": 1,
            "clause": "2.1",
            "text": "De Klant betaalt een maandelijkse beheervergoeding van € 1.200,00.",
        },
    },
    {
        "amount": 95.0,
        "currency": "EUR",
        "kind": "rate",
        "period": None,
        "vat": "excl",
        "evidence": {"page": 1, "clause": "2.2", "text": "aan een uurtarief van € 95,00 excl. btw"},
    },
]


def analysed(tenancy, engagement, document):
    return Analysis.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement,
        document=document,
        state="done",
        result={
            "file": "c.pdf",
            "language": "nl",
            "kind": "maintenance",
            "pages": 1,
            "items": [],
            "risks": [],
            "questions": [],
            "figures": {"amounts": AMOUNTS},
        },
    )


def prefill_url(tenancy, engagement):
    return f"/o/{tenancy.org_a.slug}/engagements/{engagement.pk}/budget/prefill/"


def test_overview_proposes_the_contract_amounts(client, tenancy, engagement_a, document_a):
    analysed(tenancy, engagement_a, document_a)
    client.force_login(tenancy.alice)
    page = client.get(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/budget/", HTTP_ACCEPT_LANGUAGE="nl"
    ).content.decode()
    assert "€ 1.200,00" in page and 'name="proposal"' in page


def test_ticked_proposals_become_budget_lines(client, tenancy, engagement_a, document_a):
    analysed(tenancy, engagement_a, document_a)
    client.force_login(tenancy.alice)
    client.post(prefill_url(tenancy, engagement_a), {"proposal": ["0"]})
    line = BudgetLine.objects.get(engagement=engagement_a)
    assert (line.kind, line.amount, line.period) == ("recurring", Decimal("1200.00"), "month")
    assert line.reference == "contract p. 1"


def test_no_proposals_once_lines_exist(client, tenancy, engagement_a, document_a):
    analysed(tenancy, engagement_a, document_a)
    client.force_login(tenancy.alice)
    client.post(prefill_url(tenancy, engagement_a), {"proposal": ["0", "1"]})
    client.post(prefill_url(tenancy, engagement_a), {"proposal": ["0", "1"]})
    assert BudgetLine.objects.filter(engagement=engagement_a).count() == 2


def test_viewer_cannot_prefill(client, tenancy, engagement_a, document_a):
    analysed(tenancy, engagement_a, document_a)
    client.force_login(tenancy.vera)
    response = client.post(prefill_url(tenancy, engagement_a), {"proposal": ["0"]})
    assert response.status_code == 403 and not BudgetLine.objects.exists()
