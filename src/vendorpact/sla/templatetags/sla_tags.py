from django import template
from django.utils import formats
from django.utils.html import format_html

from vendorpact.sla.messages import import_format_label

register = template.Library()


@register.filter
def hours_minutes(seconds):
    """Seconds as H:MM ('–' when not measured); negative values keep their sign."""
    if seconds is None:
        return "–"
    sign = "-" if seconds < 0 else ""
    minutes = round(abs(seconds) / 60)
    return f"{sign}{minutes // 60}:{minutes % 60:02d}"


@register.filter
def abs_value(number):
    return None if number is None else abs(number)


@register.filter
def short_number(value):
    """A figure with only the decimals it needs (at most 3), in the active locale: 99,5."""
    if value is None:
        return "–"
    rounded = round(float(value), 3)
    decimals = 0 if rounded.is_integer() else len(f"{rounded:.3f}".rstrip("0").split(".")[1])
    return formats.number_format(rounded, decimal_pos=decimals)


@register.filter
def nobreak(text):
    """The text in a span that does not wrap, so "€ 1.200,00" never splits over two lines."""
    return format_html('<span class="nowrap">{}</span>', "" if text is None else text)


@register.filter
def import_format(code):
    """The stored format of an import in words ('–' when none was detected)."""
    return import_format_label(code) if code else "–"
