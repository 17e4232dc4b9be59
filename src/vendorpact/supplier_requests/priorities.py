"""The priority levels a request is mapped onto: the engagement's SLA when it has one, else a
fixed P1-P4 scale."""

from __future__ import annotations

from vendorpact.core.requests_brief import ContractPriority
from vendorpact.core.sla.policy import PolicyError, SlaPolicy
from vendorpact.sla.models import SlaTerms

DEFAULT_PRIORITY_LABELS = (
    ("P1", {"nl": "Kritiek", "en": "Critical", "fr": "Critique"}),
    ("P2", {"nl": "Hoog", "en": "High", "fr": "Haute"}),
    ("P3", {"nl": "Normaal", "en": "Normal", "fr": "Normale"}),
    ("P4", {"nl": "Laag", "en": "Low", "fr": "Basse"}),
)
WORDS = {
    "response": {"nl": "reactie binnen", "en": "response within", "fr": "intervention dans les"},
    "resolution": {
        "nl": "oplossing binnen",
        "en": "resolution within",
        "fr": "résolution dans les",
    },
    "business": {"nl": "werktijd", "en": "business time", "fr": "heures ouvrables"},
    "calendar": {"nl": "kalendertijd", "en": "calendar time", "fr": "temps calendrier"},
    "minutes": {"nl": "min", "en": "min", "fr": "min"},
    "hours": {"nl": "u", "en": "h", "fr": "h"},
}


def _word(key: str, lang: str) -> str:
    return WORDS[key].get(lang, WORDS[key]["en"])


def _duration(target, lang: str) -> str:
    minutes = target.seconds / 60
    if minutes < 60 or minutes % 60:
        amount = f"{minutes:g} {_word('minutes', lang)}"
    else:
        amount = f"{minutes / 60:g} {_word('hours', lang)}"
    return f"{amount} {_word(target.clock, lang)}"


def _label(targets, lang: str) -> str:
    parts = [
        f"{_word(kind, lang)} {_duration(target, lang)}"
        for kind, target in (("response", targets.response), ("resolution", targets.resolution))
        if target is not None
    ]
    return ", ".join(parts)


def sla_priorities(engagement, lang: str) -> list[ContractPriority]:
    """The priorities of the engagement's SLA terms, in the order the contract lists them
    (highest first); empty when there are no (valid) SLA terms."""
    terms = SlaTerms.objects.filter(engagement=engagement).first()
    if terms is None:
        return []
    try:
        policy = SlaPolicy.from_dict(terms.policy)
    except (PolicyError, KeyError, TypeError, ValueError):  # never break the composer
        return []
    return [
        ContractPriority(
            code=code,
            label=_label(targets, lang),
            response_time=_duration(targets.response, lang) if targets.response else "",
            resolution_time=_duration(targets.resolution, lang) if targets.resolution else "",
        )
        for code, targets in policy.priorities.items()
    ]


def contract_priorities(engagement, lang: str) -> tuple[list[ContractPriority], bool]:
    """(priorities highest first, whether they come from the engagement's SLA)."""
    from_sla = sla_priorities(engagement, lang)
    if from_sla:
        return from_sla, True
    fixed = [
        ContractPriority(code, labels.get(lang, labels["en"]))
        for code, labels in DEFAULT_PRIORITY_LABELS
    ]
    return fixed, False
