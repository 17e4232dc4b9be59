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
