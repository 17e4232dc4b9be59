import re
from decimal import Decimal

from vendorpact.analysis.models import Analysis
from vendorpact.budget.models import BudgetLine
from vendorpact.budget.prefill import proposals_for
from vendorpact.core.contracts import analyse_text, result_to_dict

AMOUNTS = [
    {
        "amount": 1200.0,
        "currency": "EUR",
        "kind": "recurring",
        "purpose": "fee",
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
        "purpose": "rate",
        "period": None,
        "vat": "excl",
        "evidence": {"page": 1, "clause": "2.2", "text": "aan een uurtarief van € 95,00 excl. btw"},
    },
]


def found(amount, kind, purpose, text):
    return {
        "amount": amount,
        "currency": "EUR",
        "kind": kind,
        "purpose": purpose,
        "period": None,
        "vat": None,
        "evidence": {"page": 2, "clause": "7.1", "text": text},
    }


# What the analyser reports for a liability cap, an insurance sum and a penalty: the cap's
# "total" kind made it a one-off budget line before amounts carried their purpose.
NOT_SPENDING = [
    found(
        1250000.0,
        "total",
        "cap",
        "The Supplier's total liability shall not exceed EUR 1,250,000.",
    ),
    found(
        2500000.0,
        "total",
        "insurance",
        "The Supplier holds a total insurance cover of EUR 2,500,000.",
    ),
    found(5000.0, "one_off", "penalty", "A one-off penalty of EUR 5,000 is due for late delivery."),
]


def analysed(tenancy, engagement, document, amounts=AMOUNTS):
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
            "figures": {"amounts": amounts},
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


def proposal_checkboxes(page: str) -> list[str]:
    return re.findall(r'<input type="checkbox" name="proposal"[^>]*>', page)


def test_no_proposal_is_ticked_beforehand(client, tenancy, engagement_a, document_a):
    analysed(tenancy, engagement_a, document_a)
    client.force_login(tenancy.alice)
    page = client.get(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/budget/", HTTP_ACCEPT_LANGUAGE="nl"
    ).content.decode()
    boxes = proposal_checkboxes(page)
    assert len(boxes) == 2 and not any("checked" in box for box in boxes)


def test_cap_insurance_and_penalty_never_become_proposals(tenancy, engagement_a, document_a):
    analysed(tenancy, engagement_a, document_a, amounts=NOT_SPENDING + AMOUNTS)
    proposals, _skipped = proposals_for(engagement_a)
    assert sorted(p.line.amount for p in proposals) == [Decimal("95.00"), Decimal("1200.00")]


def test_cap_of_an_analysis_without_purposes_is_no_proposal(tenancy, engagement_a, document_a):
    # analyses stored before amounts had a purpose: the purpose is read from the quote
    older = [{k: v for k, v in amount.items() if k != "purpose"} for amount in NOT_SPENDING]
    analysed(tenancy, engagement_a, document_a, amounts=older)
    assert proposals_for(engagement_a) == ((), ())


CONTRACT_NL = """ONDERHOUDSOVEREENKOMST

Artikel 4 Prijs
4.1 De Klant betaalt een maandelijkse onderhoudsvergoeding van € 950,00 excl. btw.
4.2 Bijkomende prestaties worden aangerekend aan een uurtarief van € 85,00 excl. btw.

Artikel 9 Aansprakelijkheid
9.1 De totale aansprakelijkheid van de Leverancier is beperkt tot € 1.250.000.
9.2 De Leverancier houdt een beroepsaansprakelijkheidsverzekering aan met een verzekerd bedrag
van € 2.000.000 per schadegeval.
9.3 Bij laattijdige oplevering is een boete van € 250 per kalenderdag verschuldigd.
"""


def test_analysed_contract_proposes_only_its_fee_and_rate(tenancy, engagement_a, document_a):
    result = result_to_dict(analyse_text(CONTRACT_NL, filename="onderhoud.txt"))
    analysed(tenancy, engagement_a, document_a, amounts=result["figures"]["amounts"])
    proposals, _skipped = proposals_for(engagement_a)
    assert [(p.line.kind.value, p.line.amount) for p in proposals] == [
        ("recurring", Decimal("950.00")),
        ("rate", Decimal("85.00")),
    ]
