"""Words for the codes vendorpact.core.sla returns (bad rows, unreadable files, bad policies)."""

from django.utils import formats, timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from vendorpact.common.messages import text_for as common_text_for

# The format an import was read as: product names stay as they are, VendorPact's own kinds are
# translated (the stored value is the code).
IMPORT_FORMATS = {
    "generic": _("VendorPact columns (id, priority, created...)"),
    "jira": "Jira Service Management",
    "zendesk": "Zendesk",
    "freshdesk": "Freshdesk",
    "topdesk": "TOPdesk",
    "glpi": "GLPI",
    "servicenow": "ServiceNow",
    "custom": _("Columns chosen by hand"),
    "downtime": _("Downtime log"),
}


def import_format_label(code: str) -> str:
    """The words for a stored import format; an unknown code is shown as stored."""
    return str(IMPORT_FORMATS.get(code, code))


TEXTS = {
    "row.date_invalid": _("“%(value)s” in column “%(field)s” is not a date and time we can read."),
    "row.date_out_of_range": _(
        "“%(value)s” in column “%(field)s” is before 1990 or more than ten years ahead."
    ),
    "row.duration_invalid": _("“%(value)s” in column “%(field)s” is not a duration."),
    "row.priority_unknown": _(
        "Priority “%(value)s” is not one of the contract's priorities (map it first)."
    ),
    "row.id_missing": _("The ticket number (column “%(field)s”) is empty."),
    "row.created_missing": _("The creation date (column “%(field)s”) is empty."),
    "row.resolved_before_created": _("Resolved (%(value)s) before it was created."),
    "row.response_before_created": _("First response (%(value)s) before it was created."),
    "row.duplicate_id": _("Ticket %(value)s appears more than once in the file."),
    "row.end_before_start": _("The end (%(value)s) is before the start."),
    "row.columns_missing": _("The row has fewer columns than the header."),
    "row.ticket_unknown": _("Ticket %(value)s is not in this import nor imported before."),
    "import.format_unknown": _(
        "The columns of this file are not those of a helpdesk export we know: "
        "tell us which column holds what."
    ),
    "import.column_missing": _("The file has no column “%(detail)s”."),
    "import.empty_file": _("The file is empty."),
    "import.unreadable": _("The file cannot be read as CSV or XLSX (%(detail)s)."),
    "import.bad_extension": _("Upload a CSV or XLSX file."),
    "import.no_terms": _("Set the SLA terms first: the priorities come from them."),
    "import.already_done": _("This import has already been handled."),
    "import.not_removable": _("Only an imported file can be removed (and only once)."),
    "policy.clock_invalid": _("A target's clock must be business hours or calendar time."),
    "policy.invalid_json": _("The policy is not valid JSON (%(detail)s)."),
    "policy.no_priorities": _("Give at least one priority with a response or resolution target."),
    "policy.priority_map_unknown_target": _(
        "A helpdesk value is mapped onto a priority the contract does not have (%(detail)s)."
    ),
    "policy.reopen_invalid": _("Reopen must be continue or restart."),
    "policy.target_missing_minutes": _("A target needs a number of minutes (%(detail)s)."),
    "policy.target_negative": _("A target cannot be negative (%(detail)s)."),
    "policy.target_zero": _("A target must be more than zero (%(detail)s)."),
    "policy.percent_out_of_range": _("A percentage lies between 0 and 100 (%(detail)s)."),
    "policy.invalid": _("These terms are not valid: %(detail)s"),
    "policy.subdivision_unknown": _("The holiday calendar does not know this region (%(detail)s)."),
}


def text_for(code: str, **params) -> str:
    # Row errors name a field and a value; either may be absent for a given code.
    return common_text_for(code, texts=TEXTS, **{"value": "", "field": "", "detail": "", **params})


def row_error_text(error: dict) -> str:
    return text_for(error["code"], field=error.get("field", ""), value=error.get("value", ""))


MAX_DATES_SHOWN = 10


def user_name(user) -> str:
    return (user.get_full_name() or user.username) if user else "–"


def dates_text(dates) -> str:
    """Dates dd/mm/yyyy, the first few of them."""
    shown = [formats.date_format(day, "SHORT_DATE_FORMAT") for day in dates[:MAX_DATES_SHOWN]]
    return ", ".join(shown) + (", …" if len(dates) > MAX_DATES_SHOWN else "")


def earlier_import_text(earlier) -> str:
    """The warning for a file imported before (same SHA-256) and still in place."""
    return gettext("This file was already imported on %(date)s by %(user)s.") % {
        "date": formats.date_format(timezone.localtime(earlier.created_at), "SHORT_DATE_FORMAT"),
        "user": user_name(earlier.created_by),
    }


def outside_period_texts(outside) -> list[str]:
    """Warnings (not refusals) for rows dated before the engagement started or after it ended."""
    texts = []
    if outside.before_count:
        texts.append(
            ngettext(
                "%(count)s row is dated before the engagement started (%(start)s): %(dates)s.",
                "%(count)s rows are dated before the engagement started (%(start)s): %(dates)s.",
                outside.before_count,
            )
            % {
                "count": outside.before_count,
                "start": formats.date_format(outside.start, "SHORT_DATE_FORMAT"),
                "dates": dates_text(outside.before_dates),
            }
        )
    if outside.after_count:
        texts.append(
            ngettext(
                "%(count)s row is dated after the engagement ended (%(end)s): %(dates)s.",
                "%(count)s rows are dated after the engagement ended (%(end)s): %(dates)s.",
                outside.after_count,
            )
            % {
                "count": outside.after_count,
                "end": formats.date_format(outside.end, "SHORT_DATE_FORMAT"),
                "dates": dates_text(outside.after_dates),
            }
        )
    return texts
