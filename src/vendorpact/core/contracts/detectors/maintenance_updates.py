"""The rule of maintenance.updates: updates, upgrades, patches and new versions, and what makes
them concrete (an entitlement, a rhythm, updates the supplier applies)."""

from vendorpact.core.contracts.detectors.common import DURATION
from vendorpact.core.contracts.detectors.engine import Rule
from vendorpact.core.contracts.detectors.informal_wording import UPDATES_OF_SOFTWARE
from vendorpact.core.contracts.detectors.maintenance_wording import (
    RELEASE_WORDING,
    UPDATES_APPLIED_CONCRETE,
    UPDATES_PROVIDED,
)

UPDATES_RULE = Rule(
    id="maintenance.updates",
    cues=(
        (
            r"(?:software|security|firmware|version|release|maintenance)\w* (?:updates?|"
            r"upgrades?|patch\w*|fixes|releases)|(?:updates?|upgrades?|patch\w*|new "
            r"(?:versions?|releases?))(?: to| of| for) (?:the )?(?:software|system|platform|"
            r"application|product)|new (?:versions?|releases?)|security fixes|enhancements|"
            r"modifications and improvements|bug ?fix\w*",
            1.0,
        ),
        (
            r"\bupgrade[sd]?\b|\bpatch(?:es|ed|ing)?\b|gepatcht|maintien en conditions? de "
            r"sécurité",
            1.0,
        ),
        (
            r"release(?:beheer|management|kalender|calendar|planning|cyclus|cycle)|"
            r"releases? per (?:jaar|year|an|kwartaal|quarter|maand|month)|"
            r"beveiligingspatch\w*|securitypatch\w*|patchbeheer|patchmanagement|"
            r"correctifs de sécurité",
            1.0,
        ),
        (r"\bupdates?\b|\breleases\b", 0.6),
        (
            r"nieuwe (?:versies?|releases?)|versiebeleid|beveiligingsupdates|"
            r"software-?updates|patches|"
            r"verbeterde (?:versies|programmatuur)",
            1.0,
        ),
        (r"mises? à jour|nouvelles? versions?|correctifs|évolutions? (?:du|des) logiciel", 1.0),
        # hyphenated in Dutch: "Firmware-updates", "firmware-upgrades"
        (r"\bfirmware-(?:updates?|upgrades?)\b", 1.0),
        *RELEASE_WORDING,
        *UPDATES_PROVIDED,
        *UPDATES_OF_SOFTWARE,
        (
            # the software kept in line with the law: "adapte la plateforme aux évolutions
            # légales", "het pakket wordt aangepast aan nieuwe wetgeving"
            r"(?:adapte|adaptera|adaptent|met en conformité|mettra en conformité|adapter) "
            r"(?:le logiciel|la plateforme|l'application|le progiciel|la solution|le "
            r"programme)\b[^.\n]{0,40}\b(?:évolutions?|modifications?|changements?|"
            r"exigences) (?:légales|législatives|réglementaires)|"
            r"(?:software|pakket|toepassing|platform|programmatuur)\b[^.\n]{0,60}\b"
            r"aangepast aan (?:de )?(?:wettelijke|nieuwe wetgeving|wetswijzigingen|"
            r"gewijzigde wetgeving)|wettelijke (?:aanpassingen|updates)",
            1.0,
        ),
    ),
    concrete=(
        # an entitlement, or legal updates as they take effect: "la maintenance donne droit
        # aux mises à jour légales dès leur entrée en vigueur"
        r"donnen?t droit|\brecht op\b|entitled to|dès (?:leur|son|sa) (?:entrée en vigueur|"
        r"publication|disponibilité)|"
        r"(?:include|includ|inclus|inbegrepen|omvat|comprend|shall provide|will provide|"
        r"zonder (?:bijkomende |extra |meer)?kost|sans (?:frais|supplément|coût)|at no "
        r"(?:additional )?charge|free|kosteloos|gratuit|tijdig|within|binnen|"
        r"standard|generally available|consistent|chaque (?:mois|semaine|trimestre)|"
        r"elke (?:maand|week)|every (?:month|week|quarter)|per (?:jaar|year|an|kwartaal|"
        r"quarter|maand|"
        r"month)|monthly|quarterly|maandelijks|driemaandelijks|mensuel\w*|trimestriel\w*)|"
    )
    + DURATION
    + r"|\belk(?:e)? (?:kwartaal|jaar|trimester)\b|\bjaarlijks\b|\bchaque année\b"
    # updates that come by themselves or with the subscription: "automatisch uitgerold",
    # "'s nachts", "in het abonnement zitten de updates"
    + r"|\bautomati(?:sch|cally|quement)\b|'s nachts|\bnightly\b|\bzitten\b"
    + UPDATES_APPLIED_CONCRETE,
    exclude=r"update (?:the )?(?:schedule|exhibit|list|information)",
)
