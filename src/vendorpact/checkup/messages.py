"""Words for the check-up's codes, and the stored result turned into rows for the page."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from vendorpact.common.messages import text_for
from vendorpact.core.checklist import AREAS_BY_ID, ITEMS_BY_ID, RISKS_BY_ID

AREA_LABELS = {
    "agreement": _("Agreement"),
    "budget": _("Budget"),
    "timing": _("Timing"),
    "team": _("Team"),
    "reporting": _("Reporting"),
    "rollout": _("Rollout"),
    "maintenance": _("Maintenance"),
    "exit_legal": _("Exit and legal"),
}

TEXTS = {
    "checkup.part.coverage": _(
        "Checklist: %(settled)s of %(expected)s expected items settled and %(partial)s "
        "partial (2 points per settled item, 1 per partial item, out of 2 per item)"
    ),
    "checkup.part.no_items": _("No checklist items are expected here: the score starts at 100"),
    "checkup.part.risk_open": _("Risk flag still open: %(risk)s (15 points)"),
    "checkup.part.invoiced": _(
        "Invoiced %(invoiced)s on a budget of %(budget)s: %(over)s %% over budget "
        "(1 point per percent over)"
    ),
    "checkup.part.slips_supplier": _(
        "Slips caused by the supplier in the last 12 months: %(count)s (10 points each)"
    ),
    "checkup.part.slips_client": _(
        "Slips caused by us in the last 12 months: %(count)s (5 points each)"
    ),
    "checkup.part.health_gap": _(
        "Latest health check: we score %(client)s, the supplier %(supplier)s, a gap of "
        "%(gap)s points (the points beyond 10 are deducted)"
    ),
    "checkup.part.concerns": _(
        "Concerns: %(open)s open, %(resolved)s resolved (10 points per open concern)"
    ),
    "checkup.part.sla": _(
        "Service levels of the last 12 months: %(late)s of %(measured)s response and "
        "resolution times late, %(compliance)s %% on time (the points below 95 %% are deducted)"
    ),
    "checkup.part.credits": _(
        "Service credits earned in the last 12 months: %(credits)s (10 points)"
    ),
    "checkup.action.notice": _(
        "Notice deadline in %(days)s days (%(deadline)s): decide now whether to continue."
    ),
    "checkup.action.notice_sla": _(
        "Notice deadline in %(days)s days (%(deadline)s) and SLA compliance %(compliance)s %%: "
        "decide now."
    ),
    "checkup.action.data_return": _(
        "No data-return clause: propose the addendum, so that you get your data back at the end."
    ),
    "checkup.action.missing_item": _(
        "“%(item)s” is not settled in the agreement: propose an addendum."
    ),
    "checkup.action.missing_items": _(
        "Key clauses not settled in the agreement: %(count)s, first of all “%(item)s”. "
        "Propose an addendum."
    ),
    "checkup.action.risk_open": _(
        "Risk flag “%(risk)s” found in the agreement is still open: negotiate the clause."
    ),
    "checkup.action.sla_low": _(
        "SLA compliance %(compliance)s %% over the last 12 months: discuss the service with the "
        "supplier."
    ),
    "checkup.action.credits": _("%(credits)s in service credits earned: claim them."),
    "checkup.action.over_budget": _(
        "Invoiced %(invoiced)s on a budget of %(budget)s (%(over)s %% over): ask for an "
        "explanation before paying more."
    ),
    "checkup.action.concerns": _("Open concerns: %(count)s. Follow them up or escalate."),
    "checkup.action.health_gap": _(
        "Both sides see the relationship %(gap)s points apart: discuss the health check together."
    ),
    "checkup.action.slips": _("Slips caused by the supplier: %(count)s. Ask for a recovery plan."),
}

TARGET_URLS = {
    "engagement": "engagement_detail",
    "agreement": "agreement_tab",
    "analysis": "analysis_overview",
    "sla": "sla_overview",
    "budget": "budget_overview",
    "concerns": "concern_list",
    "health": "health_overview",
    "planning": "planning_overview",
    "exit": "exit_plan",
}
AMOUNT_KEYS = ("budget", "invoiced", "credits")


def _params(params: dict, lang: str) -> dict:
    """Stored params back to what text_for shows: amounts, dates and labels."""
    shown = dict(params)
    for key in AMOUNT_KEYS:
        if shown.get(key) is not None:
            shown[key] = Decimal(shown[key])
    if shown.get("deadline"):
        shown["deadline"] = dt.date.fromisoformat(shown["deadline"])
    if "item" in shown and shown["item"] in ITEMS_BY_ID:
        shown["item"] = ITEMS_BY_ID[shown["item"]].label(lang)
    if "risk" in shown and shown["risk"] in RISKS_BY_ID:
        shown["risk"] = RISKS_BY_ID[shown["risk"]].label(lang)
    return shown


def text(code: str, params: dict, lang: str) -> str:
    return text_for(code, TEXTS, **_params(params, lang))


def area_rows(engagement: dict, lang: str) -> list[dict]:
    rows = []
    for area in engagement["areas"]:
        score, previous = area["score"], area["previous"]
        rows.append(
            {
                "label": AREA_LABELS[area["area"]],
                "score": score,
                "previous": previous,
                "change": None if score is None or previous is None else score - previous,
                "parts": [
                    {"text": text(p["code"], p["params"], lang), "points": p["points"]}
                    for p in area["parts"]
                ],
                "checklist_areas": [AREAS_BY_ID[a].label(lang) for a in ("exit", "legal")]
                if area["area"] == "exit_legal"
                else [],
            }
        )
    return rows


def engagement_rows(result: dict, lang: str) -> list[dict]:
    rows = []
    for engagement in result["engagements"]:
        overall, previous = engagement["overall"], engagement["previous_overall"]
        rows.append(
            {
                "id": engagement["engagement_id"],
                "title": engagement["title"],
                "supplier": engagement["supplier"],
                "overall": overall,
                "previous": previous,
                "change": None if overall is None or previous is None else overall - previous,
                "areas": area_rows(engagement, lang),
            }
        )
    return rows


def action_rows(result: dict, org_slug: str, lang: str) -> list[dict]:
    titles = {e["engagement_id"]: e for e in result["engagements"]}
    rows = []
    for action in result["actions"]:
        engagement = titles.get(action["engagement_id"], {})
        url = reverse(TARGET_URLS[action["target"]], args=[org_slug, action["engagement_id"]])
        rows.append(
            {
                "text": text(action["code"], action["params"], lang),
                "engagement": engagement.get("title", ""),
                "supplier": engagement.get("supplier", ""),
                "url": url,
            }
        )
    return rows
