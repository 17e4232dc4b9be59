"""Renewal worded as the agreement running on, in nl / fr / en: "daarna loopt ze telkens voor
een jaar verder", "le contrat se poursuit ensuite par périodes d'un an", "thereafter it
continues for successive periods of twelve months" (not a single further period: "the warranty
continues for a further period of three months")."""

RUNS_ON = (
    r"\bloopt (?:\w+ ){0,3}(?:telkens|steeds|automatisch|stilzwijgend) (?:\w+ ){0,5}verder\b|"
    r"\bwordt (?:\w+ ){0,2}(?:telkens|stilzwijgend|automatisch) voortgezet\b|"
    r"\bse (?:poursuit|prolonge) (?:ensuite )?(?:tacitement |automatiquement )?(?:par|pour) "
    r"(?:des |de nouvelles )?(?:périodes|durées) (?:successives )?(?:d'|de )|"
    r"\b(?:continues?|runs? on|remains? in (?:force|effect)) (?:thereafter |automatically )?"
    r"for (?:further|successive|additional|subsequent|consecutive) (?:periods|terms|years)\b"
)
