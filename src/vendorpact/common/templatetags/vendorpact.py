from datetime import date

from django import template
from django.utils import formats
from django.utils.translation import get_language

from vendorpact.common.messages import grouped, text_for
from vendorpact.core.checklist import ITEMS_BY_ID, RISKS_BY_ID
from vendorpact.core.money import format_eur
from vendorpact.core.vat import display_vat

register = template.Library()


def _lang() -> str:
    return (get_language() or "nl")[:2]


@register.filter
def eur(amount):
    """`€ 1.234,56` in Dutch, `€1,234.56` in English."""
    return format_eur(amount, _lang())


@register.filter(name="grouped")
def grouped_count(count):
    """`12.000` rows in Dutch, `12,000` in English."""
    return grouped(count)


@register.filter
def advice_text(advice):
    return text_for(advice.code, **advice.params)


@register.filter
def item_label(item_id):
    item = ITEMS_BY_ID.get(item_id) or RISKS_BY_ID.get(item_id)
    return item.label(_lang()) if item else item_id


@register.simple_tag
def get_item(mapping, key):
    return mapping.get(key)


@register.filter
def reminder_title(reminder):
    """A core Reminder's line of text in the active language."""
    return reminder.title(_lang())


@register.filter
def month_label(month: str) -> str:
    """A month key such as 2026-08 as 08/2026, the way Belgian readers write it."""
    year, _, number = str(month).partition("-")
    return f"{number}/{year}" if number else str(month)


@register.filter
def vat(stored: str) -> str:
    """A VAT number as its country writes it: BE 0403.170.701."""
    return display_vat(stored)


@register.filter
def iso_date(text: str) -> str:
    """A date kept as YYYY-MM-DD text (agreement terms) written dd/mm/yyyy."""
    try:
        return formats.date_format(date.fromisoformat(str(text)), "SHORT_DATE_FORMAT")
    except ValueError:
        return str(text)
