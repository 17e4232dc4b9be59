from django import template
from django.utils.translation import get_language

from vendorpact.portfolio import labels

register = template.Library()


@register.filter
def metric_label(name: str) -> str:
    return labels.METRIC_LABELS.get(name, name)


@register.filter
def metric_value(value, name: str) -> str:
    return labels.metric_value(value, name, (get_language() or "nl")[:2])


@register.filter
def band_label(band) -> str:
    return labels.band_label(band, (get_language() or "nl")[:2])


@register.filter
def percent(value) -> str:
    return labels.metric_value(value, "sla_percent")
