"""Renewal worded as the agreement running on, in nl / fr / en: "daarna loopt ze telkens voor
een jaar verder", "le contrat se poursuit ensuite par périodes d'un an", "thereafter it
continues for successive periods of twelve months" (not a single further period: "the warranty
continues for a further period of three months")."""

from vendorpact.core.contracts.detectors.common import DURATION

RUNS_ON = (
    r"\bloopt (?:\w+ ){0,3}(?:telkens|steeds|automatisch|stilzwijgend) (?:\w+ ){0,5}verder\b|"
    r"\bwordt (?:\w+ ){0,2}(?:telkens|stilzwijgend|automatisch) voortgezet\b|"
    r"\bse (?:poursuit|prolonge) (?:ensuite )?(?:tacitement |automatiquement )?(?:par|pour) "
    r"(?:des |de nouvelles )?(?:périodes|durées) (?:successives )?(?:d'|de )|"
    r"\b(?:continues?|runs? on|remains? in (?:force|effect)) (?:thereafter |automatically )?"
    r"for (?:further|successive|additional|subsequent|consecutive) (?:periods|terms|years)\b"
)

# The agreement starts and runs a period: "this agreement starts on 1 April 2027 and runs for
# two years", "de overeenkomst start op 1 april en loopt twee jaar", "le contrat débute le 1er
# avril et dure deux ans"; renewed automatically in Dutch: "wordt automatisch verlengd"
STARTS_AND_RUNS = (
    r"\b(?:agreement|contract|subscription|overeenkomst|abonnement|contrat|convention)\b"
    r"[^.\n]{0,60}\b(?:and|en|et) (?:runs|lasts|continues|loopt|duurt|dure) (?:for |pendant )?"
    r"(?:\w+ )?" + DURATION + r"|\bautomatisch[^.\n]{0,30}verleng"
)
