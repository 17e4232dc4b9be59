"""Key figures with their evidence: notice period, terms, payment term, warranty, availability,
response/resolution times per priority, liability cap and amounts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vendorpact.core.contracts.amounts import measuring_period
from vendorpact.core.contracts.dates import date_ranges, months_between
from vendorpact.core.contracts.figure_cues import (
    AVAILABILITY,
    NOTICE,
    RENEWAL,
    TERM,
    WARRANTY,
    WARRANTY_LIKE,
    ends_the_agreement,
    of_availability,
)
from vendorpact.core.contracts.figure_durations import ROLE_DAYS, ROLE_UNITS, duration_roles
from vendorpact.core.contracts.figure_keys import (
    OTHER_HEADING,
    TERM_HEADING,
    KeyedFigure,
    keyed_figures,
    term_under_heading,
)
from vendorpact.core.contracts.figure_payment import payment_term
from vendorpact.core.contracts.figure_plans import (
    availability_by_column,
    availability_by_plan,
    is_plan_row,
)
from vendorpact.core.contracts.figure_roles import (
    OTHER_EXTENDED,
    availability_rank,
    is_conditional_notice,
    is_cure_period,
    is_fee_period,
    is_lock_in_period,
    is_other_period,
    is_price_change_notice,
    is_price_validity,
    is_run_of_periods,
    part_before,
    renewal_by_word,
    renews_for_same_period,
    term_rank,
)
from vendorpact.core.contracts.figure_warranty import (
    DEFECTS,
    FREE_REPAIR,
    WORKING,
    defect_window,
    free_repair_window,
    is_of_defects,
    is_statutory_warranty,
    is_test_window,
    referred_warranty,
)
from vendorpact.core.contracts.figures_money import contract_amounts, liability_cap
from vendorpact.core.contracts.figures_sla import (
    candidates,
    cue,
    evidence_at,
    service_credits,
)
from vendorpact.core.contracts.figures_times import service_times
from vendorpact.core.contracts.numbers import (
    find_percentages,
    first_duration,
)
from vendorpact.core.contracts.recitals import figure_texts
from vendorpact.core.contracts.structure import Structure


@dataclass
class Figures:
    notice_period_days: float | None = None
    contract_term_months: float | None = None
    renewal_term_months: float | None = None
    payment_term_days: float | None = None
    warranty_days: float | None = None
    availability_percent: float | None = None
    availability_period: str | None = None
    amounts: list[dict] = field(default_factory=list)
    response_times: list[dict] = field(default_factory=list)
    resolution_times: list[dict] = field(default_factory=list)
    liability_cap: dict | None = None
    service_credits: list[dict] = field(default_factory=list)
    evidence: dict[str, dict] = field(default_factory=dict)
    # rows of SLA tables per priority ("response" / "resolution"): they settle those items
    table_evidence: dict[str, list[dict]] = field(default_factory=dict, repr=False)

    def as_dict(self) -> dict:
        return {
            "notice_period_days": _round(self.notice_period_days),
            "contract_term_months": _round(self.contract_term_months),
            "renewal_term_months": _round(self.renewal_term_months),
            "payment_term_days": _round(self.payment_term_days),
            "warranty_days": _round(self.warranty_days),
            "availability_percent": self.availability_percent,
            "availability_period": self.availability_period,
            "amounts": self.amounts,
            "response_times": self.response_times,
            "resolution_times": self.resolution_times,
            "liability_cap": self.liability_cap,
            "service_credits": self.service_credits,
            "evidence": self.evidence,
        }


def _round(value: float | None) -> float | int | None:
    if value is None:
        return None
    rounded = round(value, 2)
    return int(rounded) if rounded == int(rounded) else rounded


def extract_figures(structure: Structure) -> Figures:
    figures = Figures()
    texts = figure_texts(structure)  # passages about other agreements blanked out
    keyed = keyed_figures(structure, texts)  # "Looptijd: 36 maanden": the key says what
    for name, role in KEYED.items():
        if role in keyed:
            _set_keyed(figures, structure, name, keyed[role])
    if figures.notice_period_days is None:
        _notice(figures, structure, texts)
    _terms(figures, structure, texts)
    if figures.renewal_term_months is None and figures.contract_term_months is not None:
        _renewal_as_term(figures, structure, texts)
    if figures.payment_term_days is None:
        _payment(figures, structure, texts)
    _warranty(figures, structure, texts)
    _availability(figures, structure, texts)
    times = service_times(structure, texts)
    figures.response_times, figures.resolution_times = times.responses, times.resolutions
    figures.table_evidence = times.table_evidence
    figures.liability_cap = liability_cap(structure, texts)
    figures.amounts = contract_amounts(structure, texts)
    service_credits(figures.service_credits, structure, texts)
    return figures


KEYED = {
    "notice_period_days": "notice",
    "contract_term_months": "term",
    "renewal_term_months": "renewal",
    "payment_term_days": "payment",
}


def _set_keyed(figures: Figures, structure: Structure, name: str, keyed: KeyedFigure) -> None:
    setattr(figures, name, keyed.value)
    figures.evidence[name] = evidence_at(structure, keyed.index, keyed.offset)


CONVENIENCE = re.compile(
    r"without cause|for convenience|at any time|for any reason|either party may terminate|"
    r"opzeggen|opzegtermijn|résilier|préavis"
)
END_OF_TERM = re.compile(
    r"renew|end of|expir|verleng|einde|recondu|renouvel|échéance|\bla fin d|\bterme d"
)


def _notice(figures: Figures, structure: Structure, texts: list[str]) -> None:
    """The notice to end the agreement: termination at will first, then non-renewal notice;
    cure periods after a breach do not count."""
    best = None
    for index in candidates(structure, NOTICE):
        text = texts[index]
        bare = not ends_the_agreement(text)
        if bare and not NOTICE_IS.search(text):
            continue
        durations = [
            d
            for role, d in duration_roles(text)
            if role == "notice"
            and not is_price_change_notice(text, d.start, d.end)
            and not is_cure_period(text, d.start, d.end)
            and not is_lock_in_period(text, d.start)
            and not is_run_of_periods(text, d.start, d.end)
            and not BILLED_BEFORE.search(text[max(0, d.start - 30) : d.start])
        ]
        if not durations:
            continue
        rank = -1 if bare else _notice_rank(text)
        if is_conditional_notice(text, durations[0].end):
            rank = 0.25  # a right to end only when something happens
        if best is None or rank > best[0]:
            best = (rank, durations[0], index)
    if best is not None:
        figures.notice_period_days = best[1].days
        figures.evidence["notice_period_days"] = evidence_at(structure, best[2], best[1].start)


# the notice period as the subject of its length, without an ending named: "Le préavis est
# de trois (3) mois", "The notice period is ninety (90) days"; it counts only when no sentence
# names the ending ("Les interventions sont annoncées avec un préavis de 5 jours" is none)
NOTICE_IS = re.compile(
    r"(?:notice period|period of notice|préavis|opzegtermijn|opzegperiode|opzeggingstermijn) "
    r"(?:is|est|bedraagt|sera|shall be|will be)\b"
)
# "invoiced three months in advance", "drie maanden vooraf gefactureerd": a billing period
BILLED_BEFORE = re.compile(r"(?:invoic|bill|factur|gefact|paid|payable|betaald|payé)\w*\s+$")


# a deadline, not a length: "discuss an extension six months before expiry", "verlenging
# aanvragen drie maanden vóór het einde", "demander la prolongation trois mois avant le terme"
DEADLINE_AFTER = re.compile(r"\W{0,3}(?:before|prior to|v(?:oo|óó)r|avant)\b")


# ending something, not only a date before the renewal ("prices are communicated at least 90
# days before the renewal date")
ENDING = re.compile(
    r"terminat|cancel|opzeg|opgez|beëindig|résili|dénonc|mettre fin|met fin|not to renew|"
    r"non-renewal|niet te verlengen|\b(?:end|stop) (?:it|this|the)\b|stopzet"
)


def _notice_rank(text: str) -> float:
    """Termination at will first, then non-renewal notice, then any other notice."""
    if CONVENIENCE.search(text):
        return 2
    if END_OF_TERM.search(text):
        return 1 if ENDING.search(text) else 0.5
    return 0


def _terms(figures: Figures, structure: Structure, texts: list[str]) -> None:
    """The agreement's own term (not a confidentiality or non-solicitation period) and the
    renewal term; a term whose subject is the agreement beats an earlier unrelated one."""
    term_sentences = set(candidates(structure, TERM))
    renewal_sentences = set(candidates(structure, RENEWAL))
    best_term = None
    for index in sorted(term_sentences | renewal_sentences):
        text = texts[index]
        roles = ("notice", "renewal", "term", "warranty")
        for role, duration in duration_roles(text, roles):
            if is_other_period(text, duration.start, duration.end):
                continue
            if role == "term" and index in term_sentences:
                rank = term_rank(text, duration.start)
                if best_term is None or rank > best_term[0]:
                    best_term = (rank, duration, index)
            elif (
                role == "renewal"
                and figures.renewal_term_months is None
                and not DEADLINE_AFTER.match(text, duration.end)
                and not OTHER_EXTENDED.search(part_before(text, duration.start))
            ):
                figures.renewal_term_months = duration.months
                proof = evidence_at(structure, index, duration.start)
                figures.evidence["renewal_term_months"] = proof
    if figures.renewal_term_months is None:
        _renewal_from_words(figures, structure, texts, sorted(renewal_sentences))
    if figures.contract_term_months is not None:
        return
    ranged = _term_from_dates(structure, texts)
    if ranged is None and best_term is None:
        headed = term_under_heading(structure, texts)  # "TERM / 12 months from the Start Date."
        if headed is not None:
            _set_keyed(figures, structure, "contract_term_months", headed)
            return
    if ranged is not None and (best_term is None or best_term[0] < 2):
        months, index, start = ranged
        figures.contract_term_months = months
        figures.evidence["contract_term_months"] = evidence_at(structure, index, start)
    elif best_term is not None:
        _rank, duration, index = best_term
        figures.contract_term_months = duration.months
        figures.evidence["contract_term_months"] = evidence_at(structure, index, duration.start)


def _renewal_from_words(
    figures: Figures, structure: Structure, texts: list[str], indices: list[int]
) -> None:
    """'renews annually', 'stilzwijgend verlengd van jaar tot jaar', 'reconduit d'année en
    année', 'continues on a month-to-month basis': a renewal term without a number."""
    for index in indices:
        found = renewal_by_word(texts[index])
        if found is not None:
            figures.renewal_term_months, start = found
            figures.evidence["renewal_term_months"] = evidence_at(structure, index, start)
            return


def _renewal_as_term(figures: Figures, structure: Structure, texts: list[str]) -> None:
    """'stilzwijgend verlengd voor eenzelfde periode', 'renews for the same term': the
    renewal term is the initial term."""
    for index in candidates(structure, RENEWAL):
        start = renews_for_same_period(texts[index])
        if start is not None:
            figures.renewal_term_months = figures.contract_term_months
            figures.evidence["renewal_term_months"] = evidence_at(structure, index, start)
            return


YEAR = cue(r"(?:19|20)\d\d\b")


def _term_from_dates(structure: Structure, texts: list[str]) -> tuple[float, int, int] | None:
    """The term in months from "This Agreement runs from 1 March 2027 until 28 February
    2030": the first such period whose subject is the agreement."""
    for index in candidates(structure, YEAR):
        text = texts[index]
        for first, last, start in date_ranges(text):
            if not _is_term_range(text, start, structure.headings[index]):
                continue
            months = months_between(first, last)
            if months is not None and 1 <= months <= 120:
                return months, index, start
    return None


# a verb of running right before the range: "Het beheer loopt van 1 maart 2027 tot ...",
# "Deze afspraken gelden van ...", "This order runs from ...", "La maintenance court du ..."
RUNS_FROM = re.compile(
    r"\b(?:loopt|lopen|gelden|geldt|runs?|applies|apply|court|courent|s'applique|"
    r"s'appliquent)\s+(?:van|vanaf|from|du|de|à partir du)\s+$"
)
# a phase of the work or a window, not the agreement: "De implementatie loopt van 1 februari
# tot ...", "The maintenance window runs from ..."
PHASE_BEFORE = re.compile(
    r"implement|migrat|project|projet|\btests?\b|recette|phase|fase|install|werken|travaux|"
    r"training|formation|opleiding|déploiement|uitrol|rollout|roll-out|levering|livraison|"
    r"delivery|planning|window|venster|fenêtre|campa[gi]|actie|promo|offer|offre|offerte"
)


# what runs is the service or the arrangements, not a period of something else ("The winter
# opening hours apply from ...", "De korting geldt van ...", "The freeze period runs from ...")
SERVICE_SUBJECT = re.compile(
    r"\b(?:beheer|support|ondersteuning|onderhoud|hosting|licenties?|licen[cs]es?|abonnement|"
    r"afspraken|arrangements|diensten|dienstverlening|services?|subscription|order|bestelling|"
    r"commande|prestations|helpdesk|hébergement|infogérance|it|het)\b"
)


def _is_term_range(text: str, start: int, heading: str | None) -> bool:
    """Whether a range of dates is the agreement's term: the agreement is its subject, or a
    verb of running or a term heading says so and no phase of the work is its subject."""
    if is_other_period(text, start, start) or is_price_validity(text, start):
        return False
    if term_rank(text, start) >= 2:
        return True
    if PHASE_BEFORE.search(part_before(text, start)):
        return False
    under_term = heading and TERM_HEADING.search(heading) and not OTHER_HEADING.search(heading)
    if under_term:
        return True
    runs = RUNS_FROM.search(text[max(0, start - 40) : start])
    return bool(runs and SERVICE_SUBJECT.search(part_before(text, start)))


def _payment(figures: Figures, structure: Structure, texts: list[str]) -> None:
    found = payment_term(structure, texts)
    if found is not None:
        days, index, start = found
        figures.payment_term_days = days
        figures.evidence["payment_term_days"] = evidence_at(structure, index, start)


def _warranty(figures: Figures, structure: Structure, texts: list[str]) -> None:
    """The warranty period: stated as a warranty, else as an aftercare period or a guarantee
    in words ("nazorgperiode", "nous garantissons ... pendant trois mois"), else as a time to
    repair defects free of charge or to report them after delivery."""
    if _warranty_stated(figures, structure, texts, WARRANTY):
        return
    window = free_repair_window(structure, texts) or defect_window(structure, texts)
    if window is not None:
        duration, index = window
        figures.warranty_days = duration.days
        figures.evidence["warranty_days"] = evidence_at(structure, index, duration.start)
        return
    if not _warranty_stated(figures, structure, texts, WARRANTY_LIKE, of_defects=True):
        _warranty_stated(figures, structure, texts, WARRANTY, legal=True)


def _warranty_stated(
    figures: Figures,
    structure: Structure,
    texts: list[str],
    cue_words,
    of_defects: bool = False,
    legal: bool = False,
) -> bool:
    """A warranty period from the sentences with `cue_words`; `of_defects`: only one that
    names defects or runs from delivery ("we guarantee delivery within six weeks" is none);
    `legal`: only the statutory warranty, which counts when the contract states no other."""
    for index in candidates(structure, cue_words, with_headings=True):
        text = texts[index]
        roles = duration_roles(text, ("warranty", "other_term", "renewal", "notice"))
        duration = next(
            (
                d
                for role, d in roles
                if role == "warranty" and is_statutory_warranty(text, d.start, d.end) == legal
            ),
            None,
        )
        if duration is None and not roles and not is_test_window(text):
            # under a warranty heading the sentence need not repeat the word; a window to
            # test and accept the delivery under "Acceptance and warranty" is none, nor a
            # sentence that names no defect after the heading's first ("In de eerste twee
            # weken na livegang is een consultant aanwezig")
            duration = first_duration(text, ROLE_UNITS["warranty"], *ROLE_DAYS["warranty"])
            if duration is not None and not _bare_or_of_defects(structure, index, text, duration):
                duration = None
        if duration is None and not legal:
            referred = referred_warranty(texts, index)
            if referred is not None:
                figures.warranty_days = referred.days
                figures.evidence["warranty_days"] = evidence_at(
                    structure, index - 1, referred.start
                )
                return True
        if of_defects and duration and not is_of_defects(text, duration):
            continue
        if duration and not is_fee_period(text, duration.start):
            figures.warranty_days = duration.days
            figures.evidence["warranty_days"] = evidence_at(structure, index, duration.start)
            return True
    return False


def _bare_or_of_defects(structure: Structure, index: int, text: str, duration) -> bool:
    """Whether a sentence under a warranty heading is the first under it, a bare value
    ("120 days"), or names defects or a free repair."""
    heading = structure.headings[index]
    first = index == 0 or structure.headings[index - 1] != heading
    if first or duration.start <= 3:
        return True
    return bool(DEFECTS.search(text) or WORKING.search(text) or FREE_REPAIR.regex.search(text))


def _availability(figures: Figures, structure: Structure, texts: list[str]) -> None:
    """The committed availability: the named plan's in a table per plan, else a level the
    supplier guarantees beats a table's availability column, which beats a bare percentage;
    the 100 % of a formula never counts, nor a row with a different level per plan when no
    plan is named."""
    planned = availability_by_plan(structure, texts)
    if planned is not None:
        figures.availability_percent = planned.value
        figures.availability_period = measuring_period(texts[planned.index])
        figures.evidence["availability_percent"] = evidence_at(
            structure, planned.index, planned.offset
        )
        return
    best = None
    for index in candidates(structure, AVAILABILITY, with_headings=True):
        text = texts[index]
        levels = [p for p in find_percentages(text) if 90 <= p[0] <= 100]
        if not levels or is_plan_row(text) or not of_availability(text):
            continue
        for value, start, _end in levels:
            rank = availability_rank(text, start)
            if rank >= 0 and (best is None or rank > best[0]):
                best = (rank, value, index, start)
    column = availability_by_column(structure, texts) if best is None or best[0] < 2 else None
    if column is not None:
        best = (2, column.value, column.index, column.offset)
    if best is not None:
        _rank, value, index, start = best
        figures.availability_percent = value
        figures.availability_period = measuring_period(texts[index])
        figures.evidence["availability_percent"] = evidence_at(structure, index, start)
