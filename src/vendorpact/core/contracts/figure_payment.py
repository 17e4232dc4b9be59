"""The payment term: days to pay an invoice, and the roles of a duration in a sentence about
paying (an instalment, a price change, sending the invoice rather than paying it)."""

from __future__ import annotations

import re

from vendorpact.core.contracts.figure_cues import PAYMENT
from vendorpact.core.contracts.figure_roles import CURE, PRICE_CHANGE, part_after, part_before
from vendorpact.core.contracts.figures_sla import candidates
from vendorpact.core.contracts.numbers import Duration, durations_in
from vendorpact.core.contracts.structure import Structure

INSTALMENT = re.compile(
    r"instal?lment|tranche|schijf|schijven|échéancier|milestone|mijlpaal|jalon|acompte|"
    r"voorschot|deposit|advance payment|balance|saldo|solde"
)
SHARE_BEFORE = re.compile(r"(?:\d\s?%|€\s?[\d.,]+|[\d.,]+\s?(?:€|eur|euro)s?)[^;%€]{0,30}$")
TERM_WORDS = re.compile(
    r"(?:within|net|binnen|uiterlijk|ten laatste|dans (?:un délai de|les)|sous|à|au plus tard|"
    r"no later than|not later than)\s*$"
)
INVOICE = re.compile(r"invoice|factu|rekening")


PAYMENT_WORD = re.compile(
    r"invoice|factu|payable|paid|payment|betaa?l|paiement|pay\b|règlement|rekening|"
    r"net\b|due\b|"
    # the French participle: "les factures sont adressées ... et payées dans les 30 jours"
    r"payée?s?\b|réglée?s?\b|"
    r"vervaldag|échéance|verschuldigd|exigible"
)
# sending the invoice, not paying it: "invoices are sent within 5 days after month end"
ISSUED = (
    r"issued|sent|submitted|raised|rendered|verstuurd|verzonden|opgesteld|opgemaakt|"
    r"uitgereikt|émises?|envoyées?|établies?|adressées?"
)
ISSUE = re.compile(r"\b(?:issue|send|submit|raise|" + ISSUED + r")\b")
ISSUED_AFTER = re.compile(r"\b(?:" + ISSUED + r")\b")
NEAR_PAYMENT_BEFORE = 80
NEAR_PAYMENT_AFTER = 40


# "net 30", "net 45 from the invoice date"; not "net 30 EUR", "net 5 users"
NET_DAYS = re.compile(
    r"\bnet\s*(\d{1,3})\b(?!\s*(?:%|percent|€|eur|usd|\$|[.,]\d|"
    r"(?!(?:from|after|following|of|upon|on|van|na|vanaf|à compter|date|dès)\b)[a-z]))"
)


def net_days(text: str) -> Duration | None:
    """ "Net 30" without a unit: 30 days to pay."""
    match = NET_DAYS.search(text)
    if match is None or not 1 <= int(match.group(1)) <= 120:
        return None
    return Duration(float(match.group(1)), "day", None, match.start(1), match.end(1))


# a time that runs once paid: "le service est activé dans les deux jours ouvrables suivant la
# réception du paiement", "activated within two days after receipt of payment", "binnen twee
# werkdagen na ontvangst van de betaling"
AFTER_PAYMENT = re.compile(
    r"\W*(?:\w+\W+){0,2}?(?:after|following|upon|on|from|suivant|après|dès|na|vanaf|bij) "
    r"(?:the |la |le |de |het )?(?:(?:receipt|réception|ontvangst) (?:of |du |de |van )?"
    r"(?:the |la |le |de |het )?)?(?:payment|paiement|betaling)\b"
)


# the time to pay one instalment: "you have 14 days to pay the deposit", "8 jours pour
# régler l'acompte", "14 dagen om het voorschot te betalen"
INSTALMENT_PAID_AFTER = re.compile(
    r"\W*(?:to (?:pay|settle)|pour (?:payer|régler)|om) (?:the |le |la |l'|het |de |een |an? )?"
    r"(?:" + INSTALMENT.pattern + r")"
)


def payment_rank(text: str, start: int, end: int) -> int:
    """-1 for a duration that is not a term to pay: a date of an instalment schedule ("30 %
    after 60 days"), a notice of a price change, a duration far from any payment word
    ("... return the contract signed within 8 days"); 2 for a term to pay an invoice
    ("within 30 days of the invoice date"), else 1."""
    before = part_before(text, start)
    if SHARE_BEFORE.search(before) or INSTALMENT.search(before):
        return -1 if not TERM_WORDS.search(before) else 1
    if PRICE_CHANGE.search(before) or _is_issuing(before, part_after(text, end)):
        return -1
    if AFTER_PAYMENT.match(text, end) or INSTALMENT_PAID_AFTER.match(text, end):
        return -1
    near = text[max(0, start - NEAR_PAYMENT_BEFORE) : start] + " " + text[end : end + 40]
    if not PAYMENT_WORD.search(near):
        return -1
    if TERM_WORDS.search(before) and INVOICE.search(text):
        return 2
    return 1


def _is_issuing(before: str, after: str) -> bool:
    """Whether the verb nearest the duration is sending the invoice, not paying it."""
    issued = [m.end() for m in ISSUE.finditer(before)]
    paid = [m.end() for m in PAYMENT_WORD.finditer(before) if "invoice" not in m.group(0)]
    paid = [p for p in paid if "factu" not in before[p - 6 : p]]
    if issued and (not paid or issued[-1] > paid[-1]):
        return True
    issue_after, pay_after = ISSUED_AFTER.search(after), PAYMENT_WORD.search(after)
    return bool(issue_after and (not pay_after or issue_after.start() < pay_after.start()))


def payment_term(structure: Structure, texts: list[str]) -> tuple | None:
    """(days, sentence, offset) of the days to pay an invoice; 0 when payment is due on
    receipt or in advance. A term to pay an invoice beats a bare duration; the dates of an
    instalment schedule do not count.

    Convention for "à 30 jours fin de mois" / "30 days end of month": the stated 30 days.
    The end of month pushes the due date a further 0 to 30 days depending on the invoice
    date, so the stated number is the least time the customer has, never a guess."""
    upfront = None
    best = None
    for index in candidates(structure, PAYMENT):
        text = texts[index]
        if PAID.search(text) and not CURE.search(text):
            for duration in durations_in(text):
                if duration.unit not in ("day", "week", "month") or not 1 <= duration.days <= 120:
                    continue
                rank = payment_rank(text, duration.start, duration.end)
                if rank < 0:
                    continue  # a date of an instalment schedule
                if best is None or rank > best[0]:
                    best = (rank, duration, index)
                break  # the first payment duration of a sentence speaks for it
            else:
                net = net_days(text) or _within_the_month(text)  # "Payment terms: Net 30"
                if net is not None and (best is None or best[0] < 2):
                    best = (2, net, index)
        if upfront is None and UPFRONT.search(text):
            upfront = index
    if best is not None:
        _rank, duration, index = best
        return duration.days, index, duration.start
    return (0, upfront, None) if upfront is not None else None


# one month without a number: "binnen de maand betaald", "payables dans le mois", "within the
# month"; not "facturé dans le mois de la livraison"
WITHIN_MONTH = re.compile(
    r"\b(?:binnen de|dans le|within the|within a) (?P<unit>maand|mois|month)\b(?! (?:de |van |of |"
    r"na |après |after |following |suivant )?(?:la |de |het |the )?(?:levering|livraison|"
    r"delivery|oplevering|commande|bestelling|order))"
)


def _within_the_month(text: str):
    match = WITHIN_MONTH.search(text)
    if match is None:
        return None
    duration = Duration(1, "month", None, match.start("unit"), match.end("unit"))
    return duration if payment_rank(text, duration.start, duration.end) >= 1 else None


PAID = re.compile(
    r"invoice|factu|payable|paid|payment|betaa?l|paiement|pay\b|règlement|"
    r"direct debit|domicili|prélèvement|incasso|[ :(]net \d"
)
UPFRONT = re.compile(
    r"upon receipt|on receipt|à réception|bij ontvangst|in advance|\bvooraf\b|\bcontant\b|"
    r"au comptant|paiement comptant|per kerende|per omgaande"
)
