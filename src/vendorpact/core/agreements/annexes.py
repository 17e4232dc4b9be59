"""The cover's key terms table and the annexes: service levels, budget and planning."""

from __future__ import annotations

from vendorpact.core.agreements import wording as w
from vendorpact.core.agreements.model import Annex, Table, Terms, localised

KEY_LABELS = {
    "client": {"en": "Client", "nl": "Klant", "fr": "Client"},
    "supplier": {"en": "Supplier", "nl": "Leverancier", "fr": "Fournisseur"},
    "start_date": {"en": "Start date", "nl": "Startdatum", "fr": "Date de début"},
    "project_price": {"en": "Project price (excl. VAT)", "nl": "Projectprijs (excl. btw)",
                      "fr": "Prix du projet (hors TVA)"},
    "startup_fee": {"en": "Set-up fee (excl. VAT)", "nl": "Opstartkosten (excl. btw)",
                    "fr": "Frais de mise en place (hors TVA)"},
    "monthly_fee": {"en": "Monthly fee (excl. VAT)", "nl": "Maandelijkse vergoeding (excl. btw)",
                    "fr": "Redevance mensuelle (hors TVA)"},
    "budget_cap": {"en": "Maximum budget (excl. VAT)", "nl": "Maximumbudget (excl. btw)",
                   "fr": "Budget maximum (hors TVA)"},
    "payment_days": {"en": "Payment term of invoices", "nl": "Betalingstermijn facturen",
                     "fr": "Délai de paiement des factures"},
    "term_months": {"en": "Initial term", "nl": "Looptijd", "fr": "Durée initiale"},
    "renewal_months": {"en": "Renewal", "nl": "Verlenging", "fr": "Reconduction"},
    "notice_days": {"en": "Notice period to terminate", "nl": "Opzegtermijn",
                    "fr": "Préavis de résiliation"},
    "availability": {"en": "Availability", "nl": "Beschikbaarheid", "fr": "Disponibilité"},
    "warranty_days": {"en": "Warranty period", "nl": "Garantieperiode",
                      "fr": "Période de garantie"},
    "liability_cap": {"en": "Liability cap", "nl": "Plafond aansprakelijkheid",
                      "fr": "Plafond de responsabilité"},
}  # fmt: skip
ANNEX_TITLES = {
    "sla": {"en": "Service levels", "nl": "Serviceniveaus", "fr": "Niveaux de service"},
    "budget": {"en": "Budget", "nl": "Budget", "fr": "Budget"},
    "planning": {"en": "Planning", "nl": "Planning", "fr": "Calendrier"},
}
SLA_HEADERS = {
    "en": ["Priority", "Response time", "Resolution time"],
    "nl": ["Prioriteit", "Reactietijd", "Hersteltijd"],
    "fr": ["Priorité", "Délai d'intervention", "Délai de résolution"],
}
SLA_INTRO = {
    "en": "The times run from the moment the Client reports the incident to the support desk.",
    "nl": "De tijden lopen vanaf het moment dat de Klant het incident meldt aan de helpdesk.",
    "fr": "Les délais courent à partir du moment où le Client signale l'incident au support.",
}
BUDGET_HEADERS = {
    "en": ["Budget line", "Amount (excl. VAT)"],
    "nl": ["Budgetlijn", "Bedrag (excl. btw)"],
    "fr": ["Poste budgétaire", "Montant (hors TVA)"],
}
PLANNING_HEADERS = {
    "en": ["Milestone", "Date", "Share of the price"],
    "nl": ["Mijlpaal", "Datum", "Deel van de prijs"],
    "fr": ["Jalon", "Date", "Part du prix"],
}
PER_MONTH = {"en": "per month", "nl": "per maand", "fr": "par mois"}
PER = {"en": "per", "nl": "per", "fr": "par"}
BUDGET_ITEMS = (
    "budget.project_cost", "budget.startup_cost", "budget.recurring_cost", "budget.rates",
)  # fmt: skip


def key_terms(terms: Terms, lang: str, values: dict[str, str], settles: list[str]) -> Table:
    rows = [
        ("client", terms.client.name),
        ("supplier", terms.supplier.name),
        ("start_date", values.get("start_date")),
    ]
    wanted = {
        "budget.project_cost": [("project_price", values.get("project_price"))],
        "budget.startup_cost": [("startup_fee", values.get("startup_fee"))],
        "budget.recurring_cost": [("monthly_fee", values.get("monthly_fee"))],
        "budget.payment_terms": [("payment_days", _days(terms.payment_days, lang))],
        "exit.duration_renewal": [
            ("term_months", _months(terms.term_months, lang)),
            ("renewal_months", _months(terms.renewal_months, lang)),
        ],
        "exit.termination": [("notice_days", _days(terms.notice_days, lang))],
        "maintenance.availability": [("availability", _availability(values, lang))],
        "rollout.warranty": [("warranty_days", _days(terms.warranty_days, lang))],
        "legal.liability": [("liability_cap", _cap(values))],
    }
    if terms.kind == "tm":
        wanted["budget.rates"] = [("budget_cap", values.get("budget_cap"))]
    for item_id, item_rows in wanted.items():
        if item_id in settles:
            rows += item_rows
    headers = list(w.KEY_TERMS[lang])
    return Table(headers, [[KEY_LABELS[key][lang], value] for key, value in rows if value])


def _cap(values: dict[str, str]) -> str | None:
    if "liability_cap" not in values:
        return None
    return f"{values['liability_cap']} ({values['liability_multiple']} {values['liability_base']})"


def _days(value: int | None, lang: str) -> str | None:
    return w.format_quantity(value, "day", lang) if value is not None else None


def _months(value: int | None, lang: str) -> str | None:
    return w.format_quantity(value, "month", lang) if value is not None else None


def _availability(values: dict[str, str], lang: str) -> str | None:
    if "availability" not in values:
        return None
    period = values.get("availability_period")
    return f"{values['availability']} {PER[lang]} {period}" if period else values["availability"]


def build_annexes(
    terms: Terms, lang: str, values: dict[str, str], settles: list[str]
) -> list[Annex]:
    annexes = []
    sla_items = ("maintenance.response_time", "maintenance.resolution_time")
    if any(item in settles for item in sla_items) and terms.priorities:
        annexes.append(_sla_annex(terms, lang))
    if any(item in settles for item in BUDGET_ITEMS):
        annexes.append(_budget_annex(terms, lang, values))
    if "timing.planning" in settles and terms.milestones:
        annexes.append(_planning_annex(terms, lang))
    for number, annex in enumerate(annexes, start=1):
        annex.number = number
    return annexes


def _sla_annex(terms: Terms, lang: str) -> Annex:
    rows = [
        [
            f"P{level.priority} – {w.PRIORITY_NAMES[level.priority][lang]}",
            w.format_quantity(level.response_hours, "hour", lang),
            w.format_quantity(level.resolution_hours, "hour", lang),
        ]
        for level in terms.priorities
    ]
    return Annex(0, ANNEX_TITLES["sla"][lang], [SLA_INTRO[lang]], Table(SLA_HEADERS[lang], rows))


def _budget_annex(terms: Terms, lang: str, values: dict[str, str]) -> Annex:
    rows = []
    for key in ("project_price", "startup_fee", "budget_cap"):
        if key in values:
            rows.append([KEY_LABELS[key][lang].split(" (")[0], values[key]])
    if "monthly_fee" in values:
        label = KEY_LABELS["monthly_fee"][lang].split(" (")[0]
        rows.append([label, f"{values['monthly_fee']} {PER_MONTH[lang]}"])
    for rate in terms.rates:
        unit = w.UNITS[rate.unit][lang][0]
        rows.append([localised(rate.role, lang), f"{w.format_amount(rate.amount, lang)} / {unit}"])
    if terms.project_price is not None:
        for milestone in terms.milestones:
            if milestone.payment_percent is not None:
                share = terms.project_price * milestone.payment_percent / 100
                percent = w.format_percent(milestone.payment_percent, lang)
                name = f"{localised(milestone.name, lang)} ({percent})"
                rows.append([name, w.format_amount(share, lang)])
    return Annex(0, ANNEX_TITLES["budget"][lang], [], Table(BUDGET_HEADERS[lang], rows))


def _planning_annex(terms: Terms, lang: str) -> Annex:
    rows = [
        [
            localised(m.name, lang),
            w.format_date(m.date, lang),
            w.format_percent(m.payment_percent, lang) if m.payment_percent is not None else "",
        ]
        for m in terms.milestones
    ]
    return Annex(0, ANNEX_TITLES["planning"][lang], [], Table(PLANNING_HEADERS[lang], rows))
