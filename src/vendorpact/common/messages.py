"""Words for the message codes that vendorpact.core and the services return: one place."""

from datetime import date, datetime
from decimal import Decimal

from django.utils import formats
from django.utils.translation import get_language, gettext, ngettext
from django.utils.translation import gettext_lazy as _

from vendorpact.core.money import format_eur
from vendorpact.core.vat import display_vat

TEXTS = {
    # Bounds on uploads and imports (core.limits); %(detail)s is the limit
    "import.too_many_rows": _(
        "The file has more than %(detail)s rows; one import reads at most %(detail)s rows. "
        "Split it into smaller files."
    ),
    "upload.unpacked_too_large": _(
        "The file unpacks to more than %(detail)s; it is refused before reading."
    ),
    "upload.compression_ratio": _(
        "The file is compressed more than %(detail)s, as only a damaged or hostile file is; "
        "it is refused before reading."
    ),
    # Advice on an engagement
    "agreement.supplier_terms_may_bind": _(
        "Agreed informally (verbally, by e-mail or by signing the quote): you may be bound by "
        "the supplier's general terms. Ask for a contract that says which terms apply."
    ),
    "agreement.verbal_only": _(
        "Only agreed verbally: nothing on paper settles price, planning or liability."
    ),
    "agreement.not_signed_by_both": _("There is no contract signed by both parties."),
    "agreement.supplier_terms_apply": _(
        "The supplier's general terms apply: check liability, price changes and termination "
        "in them."
    ),
    "terms.notice_deadline_missed": _(
        "The deadline of %(missed)s has passed; the contract renews until %(until)s; the next "
        "last day to give notice is %(next)s."
    ),
    "terms.tacit_renewal_long_notice": _(
        "Renews tacitly with a notice period of three months or more: put the deadline in "
        "your calendar."
    ),
    "terms.no_duration": _("No duration or end date is known for this engagement."),
    "maintenance.none_for_production": _(
        "The project is in production but there is no maintenance or support agreement with "
        "this supplier."
    ),
    # Validation
    "vat.unsupported_country": _(
        "VAT numbers of this country are not supported (use BE, NL, FR, LU or DE)."
    ),
    "vat.invalid_format": _("This is not a valid %(country)s VAT or enterprise number."),
    "vat.invalid_checksum": _(
        "This %(country)s VAT or enterprise number has a wrong check digit: check for a typo."
    ),
    "upload.bad_extension": _(
        "Files of type “%(extension)s” are not accepted: upload a PDF, DOCX, TXT, MD or HTML file."
    ),
    "upload.bad_attachment_extension": _(
        "Files of type “%(extension)s” are not accepted: attach a PNG or JPEG screenshot, a PDF, "
        "or a TXT, LOG or CSV file."
    ),
    "upload.empty": _("The file is empty."),
    "upload.too_large": _("The file is larger than the maximum of %(max_mb)s MB."),
    "upload.content_mismatch": _(
        "The file's content does not match its extension “%(extension)s”."
    ),
    "number.invalid": _("Enter a number, e.g. %(example)s."),
    "number.invalid_percent": _("Enter a percentage, e.g. %(example)s."),
    "number.grouping": _(
        "Group thousands by three digits (e.g. %(example)s) or leave the grouping out."
    ),
    "number.whole": _("Enter a whole number, e.g. 12."),
    "audit.not_deleted": _("Only a deleted row can be restored."),
    "audit.too_old": _("This row was deleted more than 30 days ago and can no longer be restored."),
    "audit.already_there": _("This row exists again: there is nothing to restore."),
    "audit.file_gone": _("The file of this row was removed with it and cannot be restored."),
    "audit.parent_missing": _(
        "What this row belongs to was deleted too: restore that first, then this row."
    ),
    "audit.restored": _("Restored: %(name)s."),
    "text.control_characters": _(
        "Remove the control characters (such as line breaks or NUL) from this text."
    ),
    "range.percent": _("Enter a percentage from 0 to 100."),
    "range.positive": _("Enter a number greater than 0."),
    "range.not_negative": _("Enter 0 or more."),
    "date.implausible": _("Enter a date between %(earliest)s and %(latest)s."),
    "supplier.vat_shared": _(
        "Another supplier of this organisation has the same VAT number %(vat)s: %(names)s. "
        "Check that it is not the same company twice."
    ),
    "member.already_member": _("This user is already a member of the organisation."),
    "member.last_owner": _("An organisation needs at least one owner."),
    "org.name_required": _("Give the organisation a name."),
    "org.name_mismatch": _(
        "The name you typed is not the organisation's name; nothing was deleted."
    ),
    # Imports run as tasks (common.import_runs)
    "import.failed": _("The import stopped on an unexpected error."),
    "import.interrupted": _("The import was interrupted: the worker stopped while it ran."),
}


def lang() -> str:
    """The two-letter code of the active language (nl when none is active)."""
    return (get_language() or "nl")[:2]


def text_for(code: str, texts: dict | None = None, **params) -> str:
    """The words for a code: from an app's own `texts` first, then the common ones; the code
    itself when nobody knows it. Dates, amounts and None in `params` are shown the Belgian way."""
    if code == "terms.notice_deadline_soon":
        return _notice_soon(**params)
    if code == "checklist.open_items":
        return (
            ngettext(
                "%(count)s of %(total)s expected checklist item is not settled yet.",
                "%(count)s of %(total)s expected checklist items are not settled yet.",
                params["count"],
            )
            % params
        )
    template = (texts or {}).get(code) or TEXTS.get(code)
    if template is None:
        return code
    if not params:
        return str(template)
    try:
        return str(template) % {key: _shown(value) for key, value in params.items()}
    except (KeyError, TypeError):
        return str(template)


def grouped(count: int) -> str:
    """A count with its thousands grouped the reader's way: 12.000 (nl, Belgian fr), 12,000 (en)."""
    return formats.number_format(count, force_grouping=True)


def import_progress_text(done: int, total: int) -> str:
    """“12.000 of 100.000 rows imported”."""
    if not total:
        return gettext("Reading the file…")
    return gettext("%(done)s of %(total)s rows imported") % {
        "done": grouped(done),
        "total": grouped(total),
    }


def import_failed_text(code: str, rows_done: int, texts: dict | None = None) -> str:
    """Why an import task failed and what became of the rows it had written."""
    reason = text_for(code, texts=texts)
    if not rows_done:
        return reason + " " + gettext("Nothing was imported.")
    return (
        reason
        + " "
        + gettext(
            "The %(rows)s rows written before stay with this import: “Remove this import” "
            "removes them again."
        )
        % {"rows": formats.number_format(rows_done, force_grouping=True)}
    )


def vat_shared_text(supplier, others) -> str:
    """The warning for a supplier whose VAT number other suppliers (`others`) already have."""
    names = ", ".join(f"“{other.name}”" for other in others)
    return text_for("supplier.vat_shared", vat=display_vat(supplier.vat_number), names=names)


def _shown(value):
    if isinstance(value, Decimal):
        return format_eur(value, (get_language() or "nl")[:2])
    if isinstance(value, date | datetime):
        return formats.date_format(value, "SHORT_DATE_FORMAT")
    return "–" if value is None else value


def _notice_soon(days: int, date) -> str:
    shown = formats.date_format(date, "SHORT_DATE_FORMAT")
    return ngettext(
        "The last day to give notice is %(date)s, in %(days)s day.",
        "The last day to give notice is %(date)s, in %(days)s days.",
        days,
    ) % {"date": shown, "days": days}


def upload_refused(filename: str, error) -> str:
    """The message for an upload that was refused (core.uploads.UploadError)."""
    return gettext("“%(name)s” was not stored: %(reason)s") % {
        "name": filename,
        "reason": text_for(error.code, **error.params),
    }
