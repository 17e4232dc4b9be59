"""Priority (severity) words of SLA tables and clauses in Dutch, English and French, with the
rank each stands for: P1 is the most urgent."""

from __future__ import annotations

import re

# words that name a priority in prose as well as in a table
PROSE_WORD_RANK = {
    "critical": 1, "kritiek": 1, "kritieke": 1, "kritisch": 1, "urgent": 1, "urgente": 1,
    "bloquant": 1, "bloquante": 1, "blocking": 1, "critique": 1, "blokkerend": 1,
    "blokkerende": 1,
    "dringend": 1, "dringende": 1,
    "high": 2, "hoog": 2, "major": 2, "majeur": 2, "majeure": 2,
    "medium": 3, "normaal": 3, "normal": 3, "middel": 3,
    "low": 4, "laag": 4, "minor": 4, "mineur": 4, "mineure": 4,
}  # fmt: skip
# adjectives that name a priority only as the label of a table row or column ("| Haute |"):
# in prose "haute disponibilité" or "gemiddelde tijd" say something else
LABEL_WORD_RANK = {
    **PROSE_WORD_RANK,
    "haute": 2, "élevée": 2, "hoge": 2, "moyenne": 3, "normale": 3, "gemiddeld": 3,
    "basse": 4, "faible": 4, "lage": 4,
}  # fmt: skip


def words_pattern(words) -> str:
    """The words as one alternation, longest first ("bloquante" before "bloquant")."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


PROSE_WORDS = words_pattern(PROSE_WORD_RANK)
LABEL_WORDS = words_pattern(LABEL_WORD_RANK)


# the nouns before a priority number or letter: "prioriteit 2", "priorité 1", "Severity A"
PRIORITY_NOUNS = r"priority|prioriteit|priorité|priorite|prio|severity|sévérité|sev"
# "panne non bloquante", "niet-kritieke storing", "non-critical issue": not that priority
NOT_NEGATED = r"(?<!non )(?<!non-)(?<!niet )(?<!niet-)(?<!not )"
# a priority by its number, the number in group 1 or 2: "P1", "prio 2", "Severity 3", "niveau 1"
NUMBERED_LABEL = (
    r"p\s*([1-5])\b|(?:prio\w*|severity|sévérité|sev|niveau|level|categor\w*|catégorie|"
    r"impact)\s*([1-5])\b"
)


def label_rank(match: re.Match) -> str:
    """ "P2" from a match of NUMBERED_LABEL followed by a label word in group 3."""
    number = match.group(1) or match.group(2)
    return f"P{int(number) if number else LABEL_WORD_RANK[match.group(3).lower()]}"
