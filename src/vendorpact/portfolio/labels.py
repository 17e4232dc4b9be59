"""Names and units of the portfolio's figures, in the active language."""

from decimal import Decimal

from django.utils import formats
from django.utils.translation import gettext_lazy as _

from vendorpact.core.health import BAND_LABELS
from vendorpact.core.money import format_eur

METRIC_LABELS = {
    "sla_percent": _("SLA compliance (last 12 months)"),
    "credits_per_engagement": _("Service credits per engagement (last 12 months)"),
    "response_p50": _("Response time, median"),
    "response_p90": _("Response time, 90th percentile"),
    "resolution_p50": _("Resolution time, median"),
    "resolution_p90": _("Resolution time, 90th percentile"),
    "extra_cost_share": _("Approved extra costs as a share of budget"),
    "concerns_per_year": _("Concerns per engagement-year"),
    "client_health": _("Health score, client side"),
    "supplier_health": _("Health score, supplier side"),
}

FILTER_LABELS = {
    "deadline_90": _("Notice deadline within 90 days"),
    "concerns": _("Open concerns"),
    "extra_costs": _("Extra costs awaiting approval"),
    "overrun": _("Over budget"),
    "sla_below_95": _("SLA compliance below 95 %"),
    "health_low": _("Health band: supplier"),
}

SORT_LABELS = {
    "name": _("Client"),
    "deadline": _("Next notice deadline"),
    "concerns": _("Open concerns"),
    "concern_age": _("Oldest concern"),
    "coverage": _("Checklist coverage"),
    "sla": _("SLA compliance"),
    "health": _("Health"),
    "extra_costs": _("Unapproved extra costs"),
    "overrun": _("Budget overrun"),
}

SECONDS_PER_HOUR = 3600


def metric_value(value, name: str, lang: str = "nl") -> str:
    """A figure with its unit: percentages, euros, hours, scores out of 100, counts per year."""
    if value is None:
        return ""
    if name == "credits_per_engagement":
        return format_eur(Decimal(str(value)), lang)
    if name in ("sla_percent", "extra_cost_share"):
        return f"{formats.number_format(value, 1)} %"
    if name.startswith(("response_", "resolution_")):
        return _("%(hours)s h") % {"hours": formats.number_format(value / SECONDS_PER_HOUR, 1)}
    if name.endswith("_health"):
        return f"{formats.number_format(value, 0)}/100"
    return formats.number_format(value, 2)


def band_label(band, lang: str) -> str:
    return BAND_LABELS[band].get(lang, "") if band else ""
