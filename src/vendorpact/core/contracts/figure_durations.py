"""The role of each duration in a sentence from the nearest cue word: notice period, renewal
term, contract term or warranty ("renews for 12 months unless notice of 3 months")."""

from __future__ import annotations

import re
from functools import lru_cache

from vendorpact.core.contracts.figure_cues import (
    COMMITTED_PERIOD,
    CONTRACT_OF,
    LASTS,
    STUCK_FOR,
    WAARBORG_PERIOD,
)
from vendorpact.core.contracts.figure_warranty import WARRANTY_DAYS, WARRANTY_UNITS
from vendorpact.core.contracts.numbers import durations_in

ROLE_WORDS = {
    "notice": re.compile(
        r"notice|notif|opzeg|opgez|préavis|dénonc|kennisgev|verwittig|in advance|prévenant|"
        r"letting (?:us|you|the other party) know|"
        # "au moins trois mois à l'avance", "drie maanden vooraf"; not a fee paid in advance
        r"(?:(?:à l'|d')avance|vooraf|op voorhand|van tevoren)(?! (?:gefact|factur|betaal|"
        r"payé|payabl|te betalen))|"
        r"(?:prior to|before) (?:the |your |its |each )?(?:end|expir|renewal|anniversary)|"
        r"v(?:oo|óó|ó)r (?:het |de )?(?:einde|verstrijken|verlenging|vervalda(?:g|tum)|afloop)|"
        r"inachtneming|"
        r"avant (?:la fin|l'échéance|son expiration|le renouvellement|le terme|la date "
        r"(?:anniversaire|d'échéance))|avant (?:sa|leur|chaque) (?:date anniversaire|date "
        r"d'échéance|fin|expiration)"
    ),
    "renewal": re.compile(
        r"renew|extend|extension|verleng|reconduc|reconduit|renouvel|successive|par périodes|"
        r"hernieuwd\b|hernieuw(?:ing|en|t)\b|"
        r"prolong|roll(?:s|ed|ing)? over|rolling|further (?:period|term)|voortgezet|voortzet|"
        # "for consecutive periods of twelve months", "opeenvolgende periodes van een jaar"
        r"consecutive (?:periods?|terms?)|opeenvolgende (?:periodes?|termijnen)|"
        r"(?:périodes|durées) consécutives|"
        # "loopt telkens een jaar door", "voor telkens twaalf maanden"; not "telkens een maand
        # vooraf" (an invoice)
        r"telkens (?:voor |met )?\w+ (?:\(\d+\) )?(?:jaar|maanden?)\b(?! vooraf)"
    ),
    "term": re.compile(
        r"(?<!renewal )\bterm\b|(?<!notice )period of|looptijd|aangegaan|gesloten voor|"
        r"\bduur|durée|duration of|conclu|continue|remain in|effective|commenc|contractduur|"
        r"minimum period|"
        # the verb of AGREEMENT_VALID_FOR (the cue names the agreement), not an offer's
        r"(?:valid|geldig|geldt|valable)(?<!offer is valid)(?<!offre est valable)"
        r"(?<!offerte is geldig)(?<!offerte geldt) (?:for|voor|pour|pendant|durant|gedurende)\b|"
        r"prend (?:cours|effet)|entre en vigueur|treedt in werking|takes effect|"
        r"pour une (?:\w+ )?période|voor een (?:\w+ )?periode|runs? for|loopt|"
        r"runs?(?= (?:\S+ )?(?:\(\d+\) )?(?:months|years)\b)|"
        r"cour(?:en)?t(?<!garantie court)(?<!garanties courent)"
        r"(?= (?:\S+ )?(?:\(\d+\) )?(?:mois|ans?|années)\b)|"
        r"(?:month|year) (?:\w+ )?(?:agreement|contract|subscription|retainer|commitment)|"
        r"p[ée]riode (?:initiale|minimale)"
        r"|aanvangsduur|initiële (?:looptijd|duur)|\blopen\b|aanvangs(?:periode|termijn)|"
        r"(?:période|durée) d'engagement|entered into|"
        r"minimumduur|minimum (?:commitment|duration)|" + COMMITTED_PERIOD + r"|"
        # "Engagement initial de 12 mois", "an initial commitment of 24 months", "courent
        # pendant 48 mois" (not "la garantie court pendant 12 mois")
        r"engagement (?:initial|minimum|minimal)|initial commitment|(?:initiële|minimale) "
        r"verbintenis|(?<!garantie )(?<!garanties )cour(?:en)?t\spendant"
    ),
}
# more cue words, read only in a sentence that has one of their words (a scan of every
# sentence per alternative would cost more): the agreement that lasts or is of a length, the
# client committing for a length
ROLE_EXTRA = {
    "term": re.compile(
        LASTS + r"|" + CONTRACT_OF + r"|" + STUCK_FOR + r"|"
        r"(?:engagement|commitment|verbintenis) (?:est|sera|is|will be|bedraagt)\b|"
        r"(?:est|sont|été) souscrite?s? pour|(?:is|are|been) subscribed for|"
        r"(?:verbindt|verbinden) (?:u |je |jij |zich )?(?:zich |je )?voor|vous engagez pour|"
        r"commit(?:s|ted)? for|locked in for|(?:vous êtes|tu es) engagée?s? pour"
    ),
    # "unless you tell us 30 days before it ends"; "résilier ... en respectant un délai de
    # deux mois", "mits een termijn van"
    "notice": re.compile(
        r"(?:prior to|before) (?:it|the (?:agreement|contract|plan|subscription)) (?:ends|"
        r"expires|renews)\b|(?:respectant|moyennant) un délai|mits (?:een )?termijn|"
        # the ending takes effect a length after the notice: "La résiliation prend effet trois
        # mois après sa notification", "Termination takes effect three months after notice"
        r"(?:termination|résiliation|opzegging|beëindiging) (?:\w+ ){0,2}?(?:takes effect|"
        r"prend effet|gaat in|wordt van kracht)"
    ),
}
EXTRA_WORDS = {
    "term": re.compile(
        r"dur|last|contra|overeenkomst|abonnement|subscri|agreement|zit|engag|commit|verbin|"
        r"souscrit|locked"
    ),
    "notice": re.compile(r"before|prior to|délai|mits|terminat|résiliation|opzegging|beëindiging"),
}
# WAARBORG_AFTER anchored on "waarborg": a scan of the whole sentence is cheaper so
WAARBORG_AFTER_ROLE = (
    r"waarborg\b(?:(?<=maanden waarborg)|(?<=maand waarborg)|(?<=jaar waarborg)|"
    r"(?<=jaren waarborg)|(?<=weken waarborg)|(?<=dagen waarborg)|(?<=omniumwaarborg))"
    r"(?!\W{0,3}(?:te storten|storten|gestort|te betalen|betalen|betaald|huur))"
)
ROLE_WORDS["warranty"] = re.compile(
    r"warrant|garantie|garandeert|garanderen|garantit|garantiss|bug ?fix|nazorg|"
    r"waarborg(?:termijn|periode)|gewaarborgd|waarborgt|waarborgen\b|garantis?\b|guarantee|"
    + WAARBORG_PERIOD
    + "|"
    + WAARBORG_AFTER_ROLE
)
ROLE_WORDS["other_term"] = re.compile(
    r"continue|remain in|(?:maintenance|subscription|initial|renewal) term|looptijd"
)
ROLE_UNITS = {"notice": {"day", "week", "month"}, "renewal": {"month", "year"},
              "term": {"week", "month", "year"}, "warranty": WARRANTY_UNITS,
              "other_term": {"day", "week", "month", "year"}}  # fmt: skip
ROLE_DAYS = {
    "notice": (1, 400),
    "renewal": (28, 3700),
    "term": (28, 3700),
    "warranty": WARRANTY_DAYS,
    "other_term": (1, 3700),
}


@lru_cache(maxsize=2048)  # the warranty passes read the same sentences again
def duration_roles(text: str, roles: tuple[str, ...] = ("notice", "renewal", "term")) -> tuple:
    """Each duration in the sentence with the role of the nearest cue word before it (or,
    at double the distance, after it): notice period, renewal term, contract term, warranty."""
    durations = durations_in(text)
    if not durations:
        return ()
    cues = [
        (role, start, end)
        for role in roles
        for start, end in _cue_spans(role, text)
        if role not in ("renewal", "notice") or not _negated(role, text, start)
    ]
    labelled = []
    for duration in durations:
        best = None
        for role, start, end in cues:
            low, high = ROLE_DAYS[role]
            if duration.unit not in ROLE_UNITS[role] or not low <= duration.days <= high:
                continue  # this cue cannot be what the duration measures
            if end <= duration.start:
                distance = duration.start - end
            elif start >= duration.end:
                if KEY_OF_NEXT_VALUE.match(text, start):
                    continue  # the key of the next key-value pair measures its own value
                between = text[duration.end : start]
                if EXCEPTION_BETWEEN.search(between) or MEANS_BETWEEN.match(between):
                    continue  # "renewed for periods of twelve months, unless notice ..."
                if ";" in between:
                    continue  # "tests pendant 10 jours; ensuite une garantie de 3 mois"
                distance = 2 * (start - duration.end)
            else:
                distance = 0
            if best is None or distance < best[0]:
                best = (distance, role, start)
        if best is not None:
            labelled.append((_renewal_of_period(text, best, roles), duration))
    return tuple(labelled)


def _cue_spans(role: str, text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in ROLE_WORDS[role].finditer(text)]
    if role in ROLE_EXTRA and EXTRA_WORDS[role].search(text):
        spans += [m.span() for m in ROLE_EXTRA[role].finditer(text)]
    return spans


# key-value lines run together: "reconduction : tacite, par période de 12 mois préavis de
# résiliation : 1 mois" (the 12 months are the renewal's, not the notice's)
KEY_OF_NEXT_VALUE = re.compile(r"[^.\n:;,]{0,30}\s?:")
# a clause of exception between a duration and a cue after it: "reconduite pour des périodes
# de douze mois, sauf préavis d'un mois" (the twelve months are not the notice's)
EXCEPTION_BETWEEN = re.compile(
    r"\b(?:sauf|unless|tenzij|except|à moins|behoudens|behalve|save)\b|"
    # the cue opens the next clause: "prend cours pour 12 mois et se renouvelle ...",
    # "runs for 24 months and then renews ..."
    r"^\W*(?:and|et|en|then|puis)\b"
)
# the cue after the duration is the means, not what it measures: "prolongé une fois pour 12
# mois par notification écrite", "extended once by 12 months by written notice", "verlengd met
# 12 maanden bij aangetekende kennisgeving"
MEANS_BETWEEN = re.compile(r"\W*(?:par|by|bij|door|via)\s+(?:\w+\s+){0,2}$")
RENEWED_BEFORE = re.compile(
    r"(?:renew|extend|extension|verleng|recondu|renouvel|prolong|voortgezet|voortzet|hernieuwd\b|"
    r"hernieuw(?:ing|en|t)\b)\w*\W+(?:\w+\W+){0,4}$"
)
# a term cue that is a verb of its own: "wordt niet verlengd en loopt vier jaar"
TERM_VERB = re.compile(r"loopt|runs?\b|continu|remain|commenc|effective")
# "niet stilzwijgend verlengd", "shall not be renewed", "sans tacite reconduction"
NEGATED_BEFORE = re.compile(
    r"\b(?:niet|not|no|geen|pas|sans|non|never|nooit|without|zonder)\b(?:\W+\w+){0,3}\W*$"
)


# "résilier sans préavis ni indemnité", "terminate without notice", "zonder opzegtermijn"
# (not "no less than 30 days' notice")
NO_NOTICE_BEFORE = re.compile(r"\b(?:sans|without|zonder|geen|no)\s+(?:prior\s+|voorafgaande\s+)?$")


def _negated(role: str, text: str, start: int) -> bool:
    if role == "renewal":
        return bool(NEGATED_BEFORE.search(text[max(0, start - 30) : start]))
    return role == "notice" and bool(NO_NOTICE_BEFORE.search(text[max(0, start - 30) : start]))


def _renewal_of_period(text: str, best: tuple, roles: tuple[str, ...]) -> str:
    """'renews for a period of one year', 'prolongé pour une durée d'un an': a term word
    right after a renewal verb measures the renewal."""
    _distance, role, start = best
    if (
        role == "term"
        and "renewal" in roles
        and not TERM_VERB.match(text, start)
        and RENEWED_BEFORE.search(text[max(0, start - 50) : start])
    ):
        return "renewal"
    return role
