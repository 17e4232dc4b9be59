"""Partnership health check: short Likert questions per theme, scored 0-100 per theme and
overall, labelled "supplier" / "developing" / "partner", compared between the client's and the
supplier's answers, and followed over periods."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from vendorpact.core.errors import DomainError

LIKERT_MIN, LIKERT_MAX = 1, 5
PARTNER_FROM = 75  # overall score from which the relation is a partnership
DEVELOPING_FROM = 50  # below this the supplier is "just a supplier"
LARGE_GAP = 20  # points between the two sides' views that deserve a conversation
TREND_STEP = 5  # points of change before we call it up or down


class Band(StrEnum):
    SUPPLIER = "supplier"
    DEVELOPING = "developing"
    PARTNER = "partner"


@dataclass(frozen=True)
class Theme:
    id: str
    labels: dict[str, str]

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels["en"]


@dataclass(frozen=True)
class Question:
    id: str
    theme: str
    texts: dict[str, str]

    def text(self, lang: str) -> str:
        return self.texts.get(lang) or self.texts["en"]


THEMES: tuple[Theme, ...] = (
    Theme(
        "agreements",
        {
            "nl": "Duidelijke afspraken",
            "en": "Clear agreements",
            "fr": "Accords clairs",
        },
    ),
    Theme(
        "costs",
        {
            "nl": "Voorspelbare kosten",
            "en": "Predictable costs",
            "fr": "Coûts prévisibles",
        },
    ),
    Theme(
        "planning",
        {
            "nl": "Planning gehaald door beide partijen",
            "en": "Planning kept by both sides",
            "fr": "Planning respecté par les deux parties",
        },
    ),
    Theme(
        "team",
        {
            "nl": "Stabiel team",
            "en": "Stable team",
            "fr": "Équipe stable",
        },
    ),
    Theme(
        "reporting",
        {
            "nl": "Nuttige rapportering",
            "en": "Useful reporting",
            "fr": "Rapports utiles",
        },
    ),
    Theme(
        "communication",
        {
            "nl": "Communicatie",
            "en": "Communication",
            "fr": "Communication",
        },
    ),
    Theme(
        "responsiveness",
        {
            "nl": "Reactiesnelheid",
            "en": "Responsiveness",
            "fr": "Réactivité",
        },
    ),
    Theme(
        "satisfaction",
        {
            "nl": "Tevredenheid",
            "en": "Satisfaction",
            "fr": "Satisfaction",
        },
    ),
)
THEME_IDS: tuple[str, ...] = tuple(theme.id for theme in THEMES)

# Statements about "the supplier" and "the client" by name, so both sides answer the same
# statement and their answers can be compared.
_QUESTION_TEXTS: dict[str, dict[str, str]] = {
    "agreements.clear": {
        "nl": "Wat afgesproken is (scope, serviceniveaus, verantwoordelijkheden) is voor "
        "beide partijen duidelijk.",
        "en": "What was agreed (scope, service levels, responsibilities) is clear to both sides.",
        "fr": "Ce qui a été convenu (périmètre, niveaux de service, responsabilités) est "
        "clair pour les deux parties.",
    },
    "agreements.kept": {
        "nl": "Beide partijen houden zich aan de afspraken.",
        "en": "Both sides keep to what was agreed.",
        "fr": "Les deux parties respectent les accords.",
    },
    "costs.as_expected": {
        "nl": "De facturen komen overeen met wat we op basis van de afspraken verwachtten.",
        "en": "Invoices match what we expected from the agreements.",
        "fr": "Les factures correspondent à ce que les accords laissaient prévoir.",
    },
    "costs.extra_approved": {
        "nl": "Meerwerk wordt vooraf gemeld en goedgekeurd voor het uitgevoerd wordt.",
        "en": "Extra work is announced and approved before it is done.",
        "fr": "Les travaux supplémentaires sont annoncés et approuvés avant d'être réalisés.",
    },
    "planning.supplier_on_time": {
        "nl": "De leverancier levert op de afgesproken data.",
        "en": "The supplier delivers on the agreed dates.",
        "fr": "Le fournisseur livre aux dates convenues.",
    },
    "planning.client_on_time": {
        "nl": "De klant levert zijn input, beslissingen en tests op tijd.",
        "en": "The client delivers its input, decisions and tests on time.",
        "fr": "Le client fournit ses informations, décisions et tests à temps.",
    },
    "planning.delays_announced": {
        "nl": "Vertragingen worden vroeg gemeld, met een nieuwe haalbare datum.",
        "en": "Delays are announced early, with a new realistic date.",
        "fr": "Les retards sont annoncés tôt, avec une nouvelle date réaliste.",
    },
    "team.stable": {
        "nl": "Het team dat aan deze samenwerking werkt, is stabiel.",
        "en": "The team working on this engagement is stable.",
        "fr": "L'équipe qui travaille sur cette collaboration est stable.",
    },
    "team.handover": {
        "nl": "Bij wissels in het team wordt de kennis goed overgedragen.",
        "en": "When people change, knowledge is handed over properly.",
        "fr": "Lors de changements dans l'équipe, les connaissances sont bien transmises.",
    },
    "reporting.useful": {
        "nl": "De statusrapporten vertellen wat we moeten weten.",
        "en": "Status reports tell us what we need to know.",
        "fr": "Les rapports d'avancement disent ce que nous devons savoir.",
    },
    "reporting.meetings": {
        "nl": "Overlegmomenten leiden tot duidelijke beslissingen en actiepunten.",
        "en": "Meetings lead to clear decisions and action points.",
        "fr": "Les réunions aboutissent à des décisions et actions claires.",
    },
    "communication.open": {
        "nl": "Problemen worden open en vroeg aangekaart, door beide partijen.",
        "en": "Problems are raised openly and early, by both sides.",
        "fr": "Les problèmes sont signalés ouvertement et tôt, par les deux parties.",
    },
    "communication.understanding": {
        "nl": "De leverancier begrijpt de werking en prioriteiten van de klant.",
        "en": "The supplier understands the client's business and priorities.",
        "fr": "Le fournisseur comprend l'activité et les priorités du client.",
    },
    "responsiveness.response": {
        "nl": "Vragen en meldingen krijgen binnen de afgesproken tijd een antwoord.",
        "en": "Requests get an answer within the agreed time.",
        "fr": "Les demandes reçoivent une réponse dans le délai convenu.",
    },
    "responsiveness.resolution": {
        "nl": "Problemen worden echt opgelost, niet enkel opgelapt.",
        "en": "Problems are solved for good, not just patched.",
        "fr": "Les problèmes sont vraiment résolus, pas seulement contournés.",
    },
    "satisfaction.overall": {
        "nl": "Globaal zijn we tevreden over deze samenwerking.",
        "en": "Overall we are satisfied with this collaboration.",
        "fr": "Globalement, nous sommes satisfaits de cette collaboration.",
    },
    "satisfaction.again": {
        "nl": "We zouden opnieuw voor deze samenwerking kiezen.",
        "en": "We would choose this collaboration again.",
        "fr": "Nous choisirions à nouveau cette collaboration.",
    },
}
QUESTIONS: tuple[Question, ...] = tuple(
    Question(qid, qid.split(".", 1)[0], texts) for qid, texts in _QUESTION_TEXTS.items()
)
QUESTIONS_BY_ID: dict[str, Question] = {q.id: q for q in QUESTIONS}
BAND_LABELS = {
    Band.SUPPLIER: {"nl": "Leverancier", "en": "Supplier", "fr": "Fournisseur"},
    Band.DEVELOPING: {"nl": "Groeiende samenwerking", "en": "Developing", "fr": "En développement"},
    Band.PARTNER: {"nl": "Partner", "en": "Partner", "fr": "Partenaire"},
}
LIKERT_LABELS = {
    1: {"nl": "Helemaal oneens", "en": "Strongly disagree", "fr": "Pas du tout d'accord"},
    2: {"nl": "Oneens", "en": "Disagree", "fr": "Pas d'accord"},
    3: {"nl": "Neutraal", "en": "Neutral", "fr": "Neutre"},
    4: {"nl": "Eens", "en": "Agree", "fr": "D'accord"},
    5: {"nl": "Helemaal eens", "en": "Strongly agree", "fr": "Tout à fait d'accord"},
}


@dataclass(frozen=True)
class HealthScore:
    themes: dict[str, float | None]  # theme id -> 0-100, None when no question was answered
    overall: float | None
    band: Band | None
    answered: int


@dataclass(frozen=True)
class ThemeGap:
    theme: str
    client: float | None
    supplier: float | None
    gap: float | None  # client minus supplier; negative: the client is less positive
    large: bool


@dataclass(frozen=True)
class PeriodResult:
    label: str  # e.g. "2026-Q1"
    score: HealthScore


@dataclass(frozen=True)
class TrendPoint:
    label: str
    overall: float | None
    change: float | None  # against the previous period with a score
    direction: str | None  # "up", "down", "flat"


@dataclass(frozen=True)
class Trend:
    points: tuple[TrendPoint, ...]
    themes: dict[str, tuple[float | None, ...]]  # per theme, one value per period (chart)


def validate_answers(answers: Mapping[str, int | None]) -> None:
    """Unknown question ids or values outside 1-5 raise DomainError. None means "don't know"."""
    for question_id, value in answers.items():
        if question_id not in QUESTIONS_BY_ID:
            raise DomainError("health.unknown_question", question_id=question_id)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise DomainError("health.bad_value", question_id=question_id, value=value)
        if not LIKERT_MIN <= value <= LIKERT_MAX:
            raise DomainError("health.bad_value", question_id=question_id, value=value)


def likert_to_score(value: float) -> float:
    """1 -> 0, 3 -> 50, 5 -> 100."""
    return (value - LIKERT_MIN) / (LIKERT_MAX - LIKERT_MIN) * 100


def band_for(score: float | None) -> Band | None:
    if score is None:
        return None
    if score >= PARTNER_FROM:
        return Band.PARTNER
    if score >= DEVELOPING_FROM:
        return Band.DEVELOPING
    return Band.SUPPLIER


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def score_answers(answers: Mapping[str, int | None]) -> HealthScore:
    """Theme score = mean of its answered questions; overall = mean of the scored themes."""
    validate_answers(answers)
    per_theme: dict[str, list[float]] = {theme: [] for theme in THEME_IDS}
    for question_id, value in answers.items():
        if value is not None:
            per_theme[QUESTIONS_BY_ID[question_id].theme].append(likert_to_score(value))
    themes = {theme: _mean(values) for theme, values in per_theme.items()}
    overall = _mean([s for s in themes.values() if s is not None])
    answered = sum(1 for v in answers.values() if v is not None)
    return HealthScore(themes=themes, overall=overall, band=band_for(overall), answered=answered)


def combine(client: HealthScore, supplier: HealthScore) -> HealthScore:
    """The engagement's score for a period: both sides' theme scores averaged."""
    themes = {}
    for theme in THEME_IDS:
        values = [
            s for s in (client.themes.get(theme), supplier.themes.get(theme)) if s is not None
        ]
        themes[theme] = _mean(values)
    overall = _mean([s for s in themes.values() if s is not None])
    return HealthScore(themes, overall, band_for(overall), client.answered + supplier.answered)


def compare_sides(
    client: HealthScore, supplier: HealthScore, large_gap: float = LARGE_GAP
) -> tuple[ThemeGap, ...]:
    """Per theme, how far the client's and the supplier's views lie apart."""
    gaps = []
    for theme in THEME_IDS:
        mine, theirs = client.themes.get(theme), supplier.themes.get(theme)
        gap = round(mine - theirs, 1) if mine is not None and theirs is not None else None
        gaps.append(ThemeGap(theme, mine, theirs, gap, gap is not None and abs(gap) >= large_gap))
    return tuple(gaps)


def trend(periods: Sequence[PeriodResult], step: float = TREND_STEP) -> Trend:
    """Overall score per period (oldest first) with the change against the previous one."""
    points = []
    previous: float | None = None
    for period in periods:
        overall = period.score.overall
        change = (
            round(overall - previous, 1) if overall is not None and previous is not None else None
        )
        points.append(TrendPoint(period.label, overall, change, _direction(change, step)))
        if overall is not None:
            previous = overall
    themes = {t: tuple(p.score.themes.get(t) for p in periods) for t in THEME_IDS}
    return Trend(points=tuple(points), themes=themes)


def _direction(change: float | None, step: float) -> str | None:
    if change is None:
        return None
    if change >= step:
        return "up"
    if change <= -step:
        return "down"
    return "flat"


def new_link_token() -> str:
    """An unguessable token for the supplier's answer link (256 bits)."""
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    """Store only this hash; look links up by the hash of the token in the URL."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def link_status(expires_at: datetime, now: datetime, revoked_at: datetime | None = None) -> str:
    """ "revoked", "expired" or "active"."""
    if revoked_at is not None and revoked_at <= now:
        return "revoked"
    if now >= expires_at:
        return "expired"
    return "active"
