"""Where a hedge stands in a sentence, and whether it bears on the item's commitment.

A sentence with shared vague wording (partial.py) leaves an item open only when the hedge governs
the item's commitment. It does not when the item is settled concretely in one clause and the hedge
stands elsewhere:
- in another clause between semicolons that does not name the topic and has a figure of its own:
  "Response within 4 hours; the Supplier aims to resolve within 8 hours" hedges the resolution
  time. A hedged clause without a figure refers back: "the response time is 4 hours; this time is
  indicative";
- in a coordinated clause with a verb of its own (", and will notify outages as soon as
  possible", ", en verwijdert ze binnen een redelijke termijn", ", et si possible le samedi"),
  unless it refers back to the commitment ("and this time is indicative", "mais ces délais ne
  sont pas garantis"); without a comma only before an auxiliary (" and will", " en zal") or,
  in Dutch, a finite verb (" en meldt");
- in a carve-out: "99.9% per month, excluding maintenance, which is where possible done on
  Sundays", "van 8u tot 18u, buiten die uren naar best vermogen";
- after a hard limit on "as soon as possible": "promptly and in any event within 4 hours" is
  partial.py's business (the open wording is not read there).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from vendorpact.core.contracts.detectors.partial import BLANKS_RES, DISCLAIMER_WORDING, hedged_text

# What a level leaves out, up to the end of its clause: ", excluding scheduled maintenance, which
# ...", ", gepland onderhoud niet meegerekend, dat ...", ", hors maintenance planifiée, qui ...",
# "; outside those hours ..."
CARVE_OUT_OPENER = re.compile(
    r"\b(?:exclud|except|other than|exclusief|uitgezonderd|behalve|met uitzondering|niet "
    r"meegerekend|buiten|hors\b|sauf\b|à l'exclusion|à l'exception|excepté|non compris|outside"
    r"|en dehors)"
)
CARVE_OUT = re.compile(
    r"[,(;]\s*(?:excluding|except(?: for)?|other than|exclusief|uitgezonderd|behalve|met "
    r"uitzondering van|hors|sauf|à l'exclusion d|à l'exception d|excepté|non compris|"
    r"outside (?:th(?:ose|ese|at|is)|business|office|working|normal)|buiten (?:die|deze|de|"
    r"kantoor|werk)|en dehors (?:de |des |du ))\b[^;]*"
    r"|,[^,;]{1,60}\b(?:niet meegerekend|buiten beschouwing gelaten|uitgezonderd|excepted|"
    r"excluded|exclus|non compris)\b[^;]*"
)
# A coordinated clause: ", and ...", ", en ...", ", et ...", ", but ...", ", while ..."
COORDINATED = re.compile(
    r",\s+(?=(?:and|but|while|whereas|en|maar|terwijl|et|mais|tandis que|alors que)\b)"
    r"|\s(?=(?:and|en|et) (?:will|shall|must|zal|zullen|moet|sera|seront|doit|doivent)\b)"
    # Dutch puts no comma before "en" + a finite verb: "99,5% per maand en meldt storingen zo
    # snel mogelijk", "in CSV en verwijdert ze daarna"
    r"|\s(?=en (?!(?:het|dat|niet|wat|tot|met|uit|toch|net|echt|slechts|licht|recht)\b)"
    r"[a-zë]{2,}[^aeiou\W]t\b)"
)
# A coordinated clause that speaks of the commitment itself: "and this time is indicative", "but
# these levels are targets", "mais ces délais ne sont pas garantis", "maar die termijnen ..."
REFERS_BACK = re.compile(
    r"\b(?:this|these|those|such|which|dit|deze|die|hetgeen|ce|cet|cette|ces|ceci|cela"
    r"|lequel|laquelle|lesquels|lesquelles)\b"
)
# A coordinated clause without a subject of its own keeps that of the commitment when it is
# passive or a copula: "and will be met on a best-efforts basis", "en wordt naar best vermogen
# nageleefd", "et est respecté si possible"
SAME_SUBJECT = re.compile(
    r"\b(?:be|is|are|been|wordt|worden|zijn|blijft|est|sont|sera|seront|être)\b"
)
# "; the Supplier will use reasonable efforts to meet it"
OBJECT_PRONOUN = re.compile(r"\b(?:it|them)\b")
FIGURE = re.compile(r"\d")
WORD = re.compile(r"\w+")
BARE_HEDGE_WORDS = 5  # "; the dates are indicative", "; à titre indicatif"


def hedge_bears_on_topic(
    text: str, names_topic: Callable[[str], bool], concrete: Callable[[str], bool]
) -> bool:
    """Whether the hedge of a lowered sentence bears on the topic that `names_topic` recognises,
    given `concrete` (the rule's test of a concrete part)."""
    if CARVE_OUT_OPENER.search(text):
        core = CARVE_OUT.sub(" ", text)
        if core != text:
            if not hedged_text(core):
                return False
            text = core
    # a blank to fill in leaves the whole sentence open, whichever clause it stands in
    split_coordinated = not any(blank.search(text) for blank in BLANKS_RES)
    if ";" not in text and not (split_coordinated and COORDINATED.search(text)):
        return True
    settled = False
    for part in text.split(";"):
        head, *coordinated = COORDINATED.split(part) if split_coordinated else (part,)
        for clause, refers_back in _clauses(head, coordinated):
            topic = names_topic(clause)
            if hedged_text(clause):
                if topic or refers_back(clause):
                    return True
            elif topic and concrete(clause):
                settled = True
    return not settled


def _clauses(head: str, coordinated: list[str]):
    yield head, _without_figure
    for clause in coordinated:
        yield clause, _coordinated_refers_back


def _without_figure(clause: str) -> bool:
    """A clause between semicolons without a figure of its own refers back when it points back
    to the commitment, denies it, or is a bare hedge ("; to be confirmed", "; indicatif"); one
    with a subject and a matter of its own ("; calls are in principle answered by the dedicated
    engineer") does not."""
    if FIGURE.search(clause):
        return False
    return (
        _refers_back(clause)
        or bool(OBJECT_PRONOUN.search(clause))
        or len(WORD.findall(clause)) <= BARE_HEDGE_WORDS
    )


def _coordinated_refers_back(clause: str) -> bool:
    return _refers_back(clause) or bool(SAME_SUBJECT.search(clause))


def _refers_back(clause: str) -> bool:
    """A coordinated clause speaks of the commitment when it points back to it ("and this time
    is indicative") or denies it ("mais n'est pas garantie": a disclaimer has no matter of its
    own)."""
    return bool(REFERS_BACK.search(clause) or DISCLAIMER_WORDING.search(clause))
