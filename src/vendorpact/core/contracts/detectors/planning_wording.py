"""More wordings of timing.planning (timing_team.py) from informal offers and order forms.

- a lead time counted from the client's go-ahead, often as a range: "le matériel arrive en 5 à
  8 jours ouvrables après votre accord", "les VPS sont activés dans les 24 heures suivant le
  paiement", "delivered within 2 to 3 weeks of your order", "geleverd binnen 3 tot 4 weken na
  de bestelling";
- a lead time as the value of a "Délai(s) :" key: "Délai : le matériel arrive en 5 à 8 jours";
- the delivery or installation on a calendar date: "livraison et installation le mercredi
  27/01/2027", "installatie op 12/03/2027", "delivery on 4 March 2027".
"""

from vendorpact.core.contracts.detectors.common import CALENDAR_DATE, DURATION, NUMBER_WORD

_RANGE = r"(?:" + NUMBER_WORD + r" ?(?:à|a|to|tot|-|–) ?)?"
_WEEKDAY = (
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|maandag|dinsdag|woensdag|"
    r"donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday),? )?"
)
PLANNING_LEAD_TIMES = (
    (
        r"\b(?:arrive(?:nt)?|activation|livrée?s?|installée?s?|activée?s?|planifiée?s?|effectuée?s?|"
        r"programmée?s?|delivered|installed|activated|scheduled|geleverd|geïnstalleerd|"
        r"geactiveerd|ingepland)\b[^.\n]{0,60}?\b(?:en|dans les|sous|within|binnen|in) "
        + _RANGE
        + DURATION
        + r"[^.\n]{0,20}?\b(?:après|suivant|qui suivent|à partir de|à compter de|after|"
        r"following|of|from|na|volgend op) (?:votre |la |le |l'|the |your |uw |jullie |de |het )?"
        r"(?:réception (?:du |de la |de votre )?)?(?:accord|commande|bon(?: de commande)?"
        r"(?: signé)?|signature|mandat|order|acceptance|akkoord|bestelling|ondertekening|"
        r"paiement|payment|betaling)\b|"
        r"\bdélais?\s?:\s?[^.\n]{0,80}?\b" + _RANGE + DURATION + r"|"
        r"\b(?:livraison|installation|mise en (?:service|ligne|production)|lancement|"
        r"levering|installatie|delivery)\b[^.\n]{0,30}?\b(?:le|op|on) " + _WEEKDAY + CALENDAR_DATE,
        1.0,
    ),
)
