from django import template

from vendorpact.engagements.models import Kind

register = template.Library()


@register.filter
def engagement_kind(code: str) -> str:
    """The words for an engagement kind code (project, maintenance...)."""
    return str(dict(Kind.choices).get(code, code))
