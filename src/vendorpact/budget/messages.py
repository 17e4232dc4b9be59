"""Words for the budget and invoice codes (core.budget warnings, core.invoices errors)."""

from django.utils import formats, timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from vendorpact.common.messages import text_for as common_text_for

TEXTS = {
    "budget.extra_invoiced_without_approval": _(
        "Extra cost “%(cost)s” was invoiced without prior approval."
    ),
    "budget.forecast_over_budget": _(
        "Forecast for “%(line)s” (%(amount)s, spent + approved + open) is over its budget of "
        "%(limit)s."
    ),
    "budget.invoiced_over_budget": _(
        "Already invoiced on “%(line)s” (%(amount)s) is more than its budget of %(limit)s."
    ),
    "budget.approval_over_budget": _(
        "Approving this extra cost brings the forecast to %(forecast)s, over the budget of "
        "%(budget)s."
    ),
    "budget.rate_uncapped": _(
        "“%(line)s” is a rate without a cap or an estimate: nobody can tell what it will cost."
    ),
    "budget.not_on_budget_line": _(
        "%(amount)s of invoices or extra costs is not booked on a budget line yet."
    ),
    "budget.recurring_needs_start_and_period": _(
        "A recurring budget line needs a start date and a period."
    ),
    "budget.rate_needs_unit": _("A rate needs a unit (per hour or per day)."),
    "budget.line_of_other_engagement": _("That budget line belongs to another engagement."),
    "extra_cost.bad_transition": _(
        "An extra cost with status “%(current)s” cannot become “%(requested)s”."
    ),
    "extra_cost.decided": _(
        "This extra cost is already %(status)s: its estimate and budget line stay as decided. "
        "Report the difference as a new extra cost."
    ),
    "invoice.malformed_xml": _("This file is not valid XML (damaged or incomplete)."),
    "invoice.unsafe_xml": _("This XML file contains a DTD or entities, which we do not accept."),
    "invoice.too_large": _("This file is too large for an e-invoice."),
    "invoice.not_an_invoice": _("This is not a UBL invoice or credit note (found: %(detail)s)."),
    "invoice.missing_field": _("A required field is missing: %(detail)s."),
    "invoice.bad_value": _("Invalid value: %(detail)s."),
    "invoice.duplicate": _(
        "Invoice %(number)s from %(supplier)s was already entered: it was not imported again."
    ),
    "invoice.csv_empty": _("The CSV file is empty."),
    "invoice.csv_malformed": _("The CSV file cannot be read (%(detail)s)."),
    "invoice.csv_missing_columns": _("Columns missing or unknown: %(detail)s."),
    "invoice.no_lines": _("An invoice needs at least one line with a description and an amount."),
    "invoice.unknown_target": _("Choose a budget line or extra cost of this engagement."),
    "invoice.unsupported_file": _("Upload a UBL/Peppol XML file or a CSV file."),
    "invoice.import_not_removable": _("This import was removed already."),
    "invoice.other_currency": _(
        "This invoice is not in euro: it is not counted in the budget, which is in euro."
    ),
    "invoice.other_supplier": _(
        "The supplier's VAT number on the invoice differs from this engagement's supplier."
    ),
    "invoice.credit_note_without_reference": _(
        "Credit note without a reference to the original invoice."
    ),
    "invoice.credit_note_negative_total": _(
        "Credit note with a negative total: check whether it is an extra charge."
    ),
    "invoice.negative_invoice": _("Invoice with a negative total (a correction)."),
    "invoice.no_payment_means": _("The invoice states no payment means."),
    "invoice.totals_mismatch": _("The invoice lines do not add up to the total excl. VAT."),
    "csv.required_empty": _("required cell is empty"),
    "csv.bad_date": _("unreadable date"),
    "csv.bad_amount": _("unreadable amount"),
    "csv.bad_currency": _("unknown currency"),
    "csv.bad_document_type": _("type must be invoice or credit note"),
    "csv.inconsistent_invoice": _("lines of the same invoice differ in date, currency or type"),
    "match.reference": _("reference"),
    "match.description": _("description"),
    "match.amount": _("amount"),
    "match.already_invoiced": _("already invoiced"),
}


def text_for(code: str, **params) -> str:
    return common_text_for(code, texts=TEXTS, **params)


def warning_text(warning, labels: dict[str, str]) -> str:
    """A core BudgetWarning in words, naming the budget line / extra cost it is about."""
    return text_for(
        warning.code,
        line=labels.get(f"line:{warning.budget_line_id}", ""),
        cost=labels.get(f"cost:{warning.extra_cost_id}", ""),
        amount=warning.amount,
        limit=warning.limit,
        forecast=warning.amount,
        budget=warning.limit,
    )


MAX_DATES_SHOWN = 10


def _dates_text(dates) -> str:
    shown = [formats.date_format(day, "SHORT_DATE_FORMAT") for day in dates[:MAX_DATES_SHOWN]]
    return ", ".join(shown) + (", …" if len(dates) > MAX_DATES_SHOWN else "")


def already_imported_text(day, user_name: str) -> str:
    return gettext("This file was already imported on %(date)s by %(user)s.") % {
        "date": formats.date_format(day, "SHORT_DATE_FORMAT"),
        "user": user_name,
    }


def earlier_import_text(earlier) -> str:
    """The warning for an invoice file imported before (same SHA-256) and still in place."""
    user = earlier.created_by
    return already_imported_text(
        timezone.localtime(earlier.created_at).date(),
        (user.get_full_name() or user.username) if user else "–",
    )


def outside_period_texts(outside) -> list[str]:
    """Warnings (not refusals) for invoices dated before the engagement started or after it
    ended."""
    texts = []
    if outside.before_count:
        texts.append(
            ngettext(
                "%(count)s invoice is dated before the engagement started (%(start)s): %(dates)s.",
                "%(count)s invoices are dated before the engagement started (%(start)s): "
                "%(dates)s.",
                outside.before_count,
            )
            % {
                "count": outside.before_count,
                "start": formats.date_format(outside.start, "SHORT_DATE_FORMAT"),
                "dates": _dates_text(outside.before_dates),
            }
        )
    if outside.after_count:
        texts.append(
            ngettext(
                "%(count)s invoice is dated after the engagement ended (%(end)s): %(dates)s.",
                "%(count)s invoices are dated after the engagement ended (%(end)s): %(dates)s.",
                outside.after_count,
            )
            % {
                "count": outside.after_count,
                "end": formats.date_format(outside.end, "SHORT_DATE_FORMAT"),
                "dates": _dates_text(outside.after_dates),
            }
        )
    return texts
