"""Engagement kind inference: project, maintenance, saas or tm (time and materials)."""

from __future__ import annotations

import re

from vendorpact.core.contracts.anchors import AnchoredPattern, Vocabulary

KIND_CUES = {
    "saas": (
        r"\bsaas\b|software as a service|cloud service|hosting|hosted|subscription|uptime|"
        r"availability|data ?cent(?:er|re)|abonnement|hébergement|hosting|disponibilité|"
        r"beschikbaarheid|platform|service level agreement"
    ),
    "maintenance": (
        r"\bmaintenance\b|\bsupport\b|onderhoud|helpdesk|help desk|storing|incident|"
        r"reactietijd|response time|correctif|dépannage|assistance|intervention"
    ),
    "project": (
        r"\bproject\b|development|deliverable|milestone|acceptance|oplevering|mijlpa|"
        r"maatwerk|statement of work|website|design|cahier des charges|réalisation|recette|"
        r"livrable|ontwikkel"
    ),
    "tm": (
        r"time and materials?|\bregie\b|detachering|gedetacheerd|staffing|consultant|"
        r"hourly rate|uurtarief|dagtarief|en régie|temps passé|mise à disposition de personnel|"
        r"ter beschikking stellen van personeel|interim"
    ),
}
_COMPILED = {kind: AnchoredPattern(pattern) for kind, pattern in KIND_CUES.items()}
# Cues that weigh more when they occur in the title (the first lines).
TITLE_CUES = {
    "saas": r"hosting|saas|cloud|subscription|abonnement|hébergement",
    "maintenance": r"maintenance|onderhoud|support|sla",
    "project": r"development|project|ontwikkel|website|offerte|devis|quote|statement of work",
    "tm": r"detachering|consult|staffing|régie|master services",
}
KIND_ORDER = ("maintenance", "saas", "project", "tm")


def infer_kind(blob: str, title: str = "", vocabulary: Vocabulary | None = None) -> str:
    """The engagement kind with the most cue words, cues in the title weighing most."""
    title = title.lower()
    scores = {}
    for kind in KIND_ORDER:
        count = len(_COMPILED[kind].match_starts(blob, vocabulary))
        scores[kind] = count + (40 if re.search(TITLE_CUES[kind], title) else 0)
    scores["tm"] *= 1.5  # tm cues are rarer words
    return max(KIND_ORDER, key=lambda k: scores[k])
