"""The rule for risk.best_efforts_only: the supplier commits only to best efforts
(inspanningsverbintenis, obligation de moyens, reasonable endeavours, an aim) for delivering,
going live or meeting service levels, with no obligation of result.

The sentence must bear on delivery, a go-live, a date or a service level (`require`): best
efforts to obtain a consent or to keep a secret raise nothing, and an obligation of result
clears it unless it is denied ("zonder resultaatsverbintenis").
"""

from vendorpact.core.contracts.detectors.engine import Rule

BEST_EFFORTS_ONLY = Rule(
    id="risk.best_efforts_only",
    cues=(
        (
            r"(?:best|reasonable(?: \w+)?|commercially reasonable|all reasonable) (?:efforts?|"
            r"endeavou?rs?)"
            r"|best effort|(?:does|do|will) not (?:warrant|"
            r"guarantee)[^.\n]{0,40}(?:uninterrupted|"
            r"error[- ]free)|(?:does|do) not (?:warrant|guarantee) that",
            1.0,
        ),
        (r"\b(?:aims?|endeavou?rs?) to\b|(?:will|shall) endeavou?r\b", 1.0),
        (
            # "met tout en oeuvre pour", "doet al het redelijke / alles wat redelijkerwijs
            # mogelijk is", "stelt alles in het werk"
            r"(?:met|mettra|mettent|mettre) tout en (?:oe|œ)uvre|"
            r"\b(?:met|mettra|mettre) en (?:oe|œ)uvre (?:tous )?les moyens (?:nécessaires|"
            r"raisonnables|utiles)\b|"
            # "we will do our best", "doet zijn best", "fait son possible"
            r"\bdo(?:es)? (?:our|its|their) (?:very )?(?:best|utmost)\b|\bdo(?:en|et) "
            r"(?:ons|zijn|haar) (?:uiterste )?best\b|\bfai(?:t|sons|ra|re) (?:son|notre|"
            r"leur) (?:possible|mieux)\b|"
            r"al het (?:redelijke|mogelijke)|"
            r"\b(?:inzet|inspanningen?) (?:is|zijn) erop gericht\b|"
            r"alles in het werk",
            1.0,
        ),
        (
            r"inspanningsverbintenis|middelenverbintenis|"
            r"naar (?:(?:zijn|haar) )?(?:beste? )?vermogen|zich (?:zal )?"
            r"inspannen|spant zich in|(?:geen|zonder) (?:enige )?resultaatsverbintenis|"
            r"garandeert niet|streeft (?:er ?naar|naar)",
            1.0,
        ),
        (
            r"obligation de moyens|s'efforce(?:r|ra|nt|ront)?\b|meilleurs efforts|"
            r"ne garantit pas|"
            r"sans (?:aucun )?engagement de résultat|"
            r"(?:sans|pas d'|aucune) obligation de résultat",
            1.0,
        ),
    ),
    concrete="",
    # an obligation of result, unless it is denied ("zonder resultaatsverbintenis")
    exclude=r"(?<!zonder )(?<!geen )(?<!enige )resultaatsverbintenis(?! niet)|"
    r"(?<!sans )(?<!pas d')(?<!aucune )obligation de résultat|"
    # efforts to keep secrets or to overcome force majeure: not delivery or service levels
    r"confidential|vertrouwelijk|confidentiel|force majeure|overmacht",
    # best efforts to deliver or to meet service levels, not e.g. to obtain a consent
    require=(
        r"provid|deliver|perform|maintain|meet|achiev|ensur|correct|resolv|respon|restor|"
        r"availab|servic|uptime|\bfix|repair|complet|leveren|levering|dienst|herstel|"
        r"beschikbaar|uitvoer|prestation|fournir|rétabl|intervenir|disponib|répondre|"
        r"obligation de moyens|inspanningsverbintenis|middelenverbintenis|"
        # a date or go-live to be met: "spant zich in om de livegang in week 14 te halen"
        r"go-live|livegang|oplever|opleverdatum|mise en (?:production|service)|deadline|"
        r"\bhalen\b|\bmilestone|mijlpa\w+|\bjalons?\b|\bplanning\b|\bdate\b|\bdatum\b|"
        r"échéance|calendrier|\bdélais?\b|corrig|résoudre|\blivr|répar"
    ),
)
