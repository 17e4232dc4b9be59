"""More wordings of rollout.warranty (warranty.py) from informal offers: the supplier fixing for
free what goes wrong after delivery, told with a pronoun, in the passive or with the period
first, and a maker's warranty with its period.

- "on le corrige gratuitement", "nous le corrigeons sans frais", "we fix it free of charge";
- "toute anomalie est corrigée gratuitement", "si le même défaut se reproduit, il est corrigé
  gratuitement";
- "je corrige gratuitement pendant trois mois";
- "pendant 30 jours après le déménagement, nous corrigeons gratuitement tout problème", "les
  anomalies signalées pendant les trois mois qui suivent la mise en production ... sont
  corrigées sans frais";
- "garantie constructeur de 5 ans sur site", "manufacturer's warranty of 3 years",
  "fabrieksgarantie van 2 jaar".
(Not billing errors corrected, nor prices held for a period: "les prix sont garantis 3 mois".)
"""

from vendorpact.core.contracts.detectors.common import NUMBER_WORD

_FREE = r"(?:gratuitement|sans frais|à nos frais|sans supplément)"
_FIXED = r"(?:corrigée?s?|réparée?s?|refaite?s?)"
_SPAN = r"(?:\d+|" + NUMBER_WORD + r") (?:jours|semaines|mois|ans|an|années)"
_DELIVERED = (
    r"(?:la |le |l')?(?:mise en (?:production|service|ligne)|livraison|réception|déménagement|"
    r"déploiement|installation|migration)"
)
FIXED_FOR_FREE_AFTER_DELIVERY = (
    (
        r"\b(?:le|la|les|l') ?(?:corrigeons|corrige|corrigerons|corrigera|réparons|répare|"
        r"refaisons) " + _FREE + r"|"
        r"\b(?:fix|correct|repair) (?:it|them) (?:free of charge|at no (?:extra |additional )?"
        r"(?:cost|charge))\b|"
        r"\b(?:anomalies?|défauts?|bugs?|erreurs? de (?:configuration|paramétrage)|problèmes?|"
        r"dysfonctionnements?)\b(?! de factur)[^.\n]{0,60}\b(?:est|sont) (?:\w+ )?"
        + _FIXED
        + r" "
        + _FREE
        + r"|"
        r"\bcorrig\w* " + _FREE + r" (?:pendant|durant) " + _SPAN + r"|"
        r"\b(?:pendant|durant|dans) (?:les )?" + _SPAN + r"\b[^.\n]{0,20}?\b(?:après|qui suit|"
        r"qui suivent|suivant) " + _DELIVERED + r"\b[^.\n]{0,150}?\b(?:corrig|répar)\w*\b"
        r"[^.\n]{0,40}\b" + _FREE + r"|"
        r"\bgarantie (?:du )?(?:constructeur|fabricant)\b(?: étendue)?[^.\n]{0,10}?\b(?:de )?"
        + _SPAN
        + r"|"
        r"\bmanufacturer'?s? warranty (?:of |for )?"
        + _SPAN.replace(
            "jours|semaines|mois|ans|an|"
            r"années",
            "days|weeks|months|years",
        )
        + r"|"
        r"\bfabrieksgarantie (?:van )?"
        + _SPAN.replace("jours|semaines|mois|ans|an|années", "dagen|weken|maanden|jaar|jaren"),
        1.0,
    ),
)
