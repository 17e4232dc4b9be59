"""Demo agreements for the bakery: the ERP link's agreement in negotiation (the supplier
disputes the payment article) and the security audit's final agreement, signed on paper.

`load(org, user, engagements_by_title)` is idempotent: an engagement with a saved agreement is
left as it is.
"""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from vendorpact.agreements import negotiation_services as negotiation
from vendorpact.agreements import services, signing_services
from vendorpact.agreements.models import AgreementDraft
from vendorpact.agreements.negotiation_services import Answer
from vendorpact.agreements.prefill import prefill_terms
from vendorpact.core.terms import add_months

ERP_LINK = "Koppeling ERP en webshop"
AUDIT = "Security-audit kassanetwerk"
DISPUTED_ITEM = "budget.payment_terms"
SUPPLIER_PROPOSAL = (
    "Facturen worden maandelijks opgemaakt op basis van de goedgekeurde timesheets en zijn "
    "betaalbaar binnen 15 dagen na factuurdatum."
)
SUPPLIER_COMMENT = "Wij werken als klein kantoor met een betalingstermijn van 15 dagen."


def _erp_completion(today) -> dict:
    return {
        "quote": {"reference": "INT-2026-214", "date": add_months(today, -1).isoformat()},
        "prices": {"budget_cap": 9600, "indexation_cap_percent": 3},
        "payment_days": 30,
        "team": [
            {
                "name": "Pieter Janssens",
                "role": "consultant ERP-koppeling",
                "party": "supplier",
                "seniority": "senior, 9 jaar ervaring met Odoo",
            },
            {"name": "Lotte Verhaegen", "role": "contactpersoon", "party": "client"},
        ],
        "replacement_notice_days": 15,
        "term_months": 6,
        "renewal_months": 3,
        "notice_days": 30,
        "reporting": "weekly",
        "meetings": "monthly",
        "court": "Mechelen",
    }


def _audit_completion(start) -> dict:
    return {
        "supplier": {"representative": "Sara Vermeulen", "function": "Zaakvoerder"},
        "quote": {"reference": "SO-2025-031", "date": add_months(start, -1).isoformat()},
        "scope": {
            "included": [
                "een audit van het kassanetwerk in de 6 filialen en het atelier",
                "een rapport met de gevonden risico's en een actieplan",
            ],
            "excluded": ["het uitvoeren van de aanbevolen maatregelen"],
        },
        "prices": {
            "startup_fee": 0,
            "rates": [{"role": "security-consultant", "unit": "hour", "amount": 110}],
            "indexation_cap_percent": 3,
        },
        "payment_days": 30,
        "milestones": [
            {"name": "Audit uitgevoerd", "date": add_months(start, 1).isoformat()},
            {
                "name": "Rapport en actieplan opgeleverd",
                "date": add_months(start, 2).isoformat(),
                "payment_percent": 100,
            },
        ],
        "team": [
            {
                "name": "Sara Vermeulen",
                "role": "security-consultant",
                "party": "supplier",
                "seniority": "senior, OSCP-gecertificeerd",
            },
            {"name": "Koen De Wilde", "role": "contactpersoon", "party": "client"},
        ],
        "replacement_notice_days": 10,
        "delay_penalty": {"percent_per_week": 0.5, "cap_percent": 10},
        "warranty_days": 30,
        "training_hours": 2,
        "notice_days": 15,
        "reporting": "weekly",
        "meetings": "weekly",
        "escrow_agent": "Escrow Europe (Benelux)",
        "court": "Mechelen",
    }


def _merged(found: dict, completion: dict) -> dict:
    terms = dict(found)
    for key, value in completion.items():
        if isinstance(value, dict) and isinstance(terms.get(key), dict):
            terms[key] = {**terms[key], **value}
        else:
            terms[key] = value
    terms["client"] = {**terms["client"], "representative": "Lotte Verhaegen"}
    terms["client"]["function"] = "Zaakvoerder"
    return terms


def _first_draft(org, user, engagement, completion: dict, today) -> AgreementDraft:
    found = prefill_terms(engagement, as_of=today).terms
    terms = _merged(found, completion)
    return services.create_draft(
        org=org, engagement=engagement, actor=user, mode="full", language="nl", terms=terms
    )


def _in_negotiation(org, user, engagement, today) -> None:
    draft = _first_draft(org, user, engagement, _erp_completion(today), today)
    _link, token = negotiation.create_link(
        org=org, actor=user, draft=draft, sent_to="pieter@integra.example"
    )
    answers = []
    for article in draft.articles.all():
        if article.key.startswith(DISPUTED_ITEM):
            answers.append(
                Answer(article.number, "propose", text=SUPPLIER_PROPOSAL, comment=SUPPLIER_COMMENT)
            )
        else:
            answers.append(Answer(article.number, "accept"))
    negotiation.answer_via_link(token=token, answers=answers, respondent="Pieter Janssens")


def _signed(org, user, engagement, today) -> None:
    start = engagement.start_date or add_months(today, -18)
    draft = _first_draft(org, user, engagement, _audit_completion(start), today)
    _link, token = negotiation.create_link(org=org, actor=user, draft=draft)
    answers = [Answer(article.number, "accept") for article in draft.articles.all()]
    negotiation.answer_via_link(token=token, answers=answers, respondent="Sara Vermeulen")
    final = negotiation.finalise(org=org, actor=user, draft=draft)
    pdf = SimpleUploadedFile(
        "security-audit-overeenkomst-getekend.pdf",
        services.render(final, "pdf"),
        content_type="application/pdf",
    )
    signing_services.record_signed_copy(
        org=org, actor=user, draft=final, uploaded=pdf, confirmed_by_hand=True
    )


@transaction.atomic
def load(org, user, engagements_by_title: dict) -> None:
    today = timezone.localdate()
    erp = engagements_by_title.get(ERP_LINK)
    if erp is not None and not AgreementDraft.objects.filter(engagement=erp).exists():
        _in_negotiation(org, user, erp, today)
    audit = engagements_by_title.get(AUDIT)
    if audit is not None and not AgreementDraft.objects.filter(engagement=audit).exists():
        _signed(org, user, audit, today)
