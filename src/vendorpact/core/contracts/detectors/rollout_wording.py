"""More wording of the rollout items, in nl / fr / en: the acceptance of an installation by its
English name and by the report that closes its commissioning."""

# Provisional or final acceptance in English (the Dutch "voorlopige oplevering" and the French
# "réception provisoire" are in the rule), and the commissioning report the client signs: "you
# sign the commissioning report", "procès-verbal de mise en service", "proces-verbaal van
# ingebruikname" (not the acceptance of an offer)
ACCEPTED_ON_A_REPORT = (
    (
        r"\b(?:provisional|final|partial) acceptance\b(?! of (?:the |this |our )?(?:offer|"
        r"quot\w*|proposal|order|terms))|\bcommissioning (?:report|certificate|protocol)\b|"
        r"\bprocès-verbal (?:de mise en service|d'installation)\b|\bproces-verbaal van "
        r"(?:ingebruikname|indienststelling|installatie)\b",
        1.0,
    ),
)

# A short session, an explanation or a guide for the client's users: "After go-live we run a
# 2-hour session for your front-office team", "a one-page user guide you can share", "reçoit un
# guide illustré et une séance de 30 minutes", "een korte uitleg van het beheerpaneel", "een
# videohandleiding en een uur online uitleg" (not a scoping workshop with the project team)
USERS_SHOWN_HOW = (
    (
        r"\b(?:session|walkthrough|demo)s? for (?:your|the|all) (?![\w-]*project)(?:[\w-]+ ){0,2}"
        r"(?:team|users|staff|colleagues|employees|administrators|admins)\b|"
        r"\buser guides?\b|"
        r"\bguides? (?:illustrée?s?|d'utilisation|utilisateurs?|pratiques?|de démarrage)\b|"
        r"\bséance (?:de )?\d+ (?:minutes|heures?)\b[^.\n]{0,40}\b(?:aider|former|utilisateurs|"
        r"équipes|collaborateurs)\b|"
        r"\buitleg (?:van|over|bij) (?:het|de) (?:[\w-]+-)?(?:\w*paneel|"
        r"platform|systeem|software|toepassing|applicatie|portaal|website|site|app|dashboard|"
        r"\w*omgeving)\b|\b(?:een|half) (?:uur|kwartier) (?:online )?uitleg\b|\bminuten "
        r"(?:online )?uitleg\b|\bvideohandleiding\w*",
        1.0,
    ),
)
