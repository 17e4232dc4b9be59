"""The role of the words around a number: whether a duration or percentage is the figure asked
for or another one in the same sentence ("30 days' notice" of a price change, a non-solicitation
period, the 100 % of an availability formula, the 60 days of an instalment).

Each function looks at the part of the sentence the number stands in: back to the previous
";" or full stop (at most WINDOW characters) and forward to the next comma or ";".
"""

from __future__ import annotations

import re

from vendorpact.core.contracts.numbers import durations_in

WINDOW = 120
_PART_START = re.compile(
    r"[;.:]\s|,\s+(?:and|or|but|while|whereas|en|of|maar|terwijl|et|ou|mais|tandis)\s"
)
_PART_END = re.compile(r"[,;.]\s|[,;]$|\.$")


def part_before(text: str, start: int) -> str:
    """The words before `start` in the same part of the sentence."""
    window = text[max(0, start - WINDOW) : start]
    cuts = [match.end() for match in _PART_START.finditer(window)]
    return window[cuts[-1] :] if cuts else window


def part_after(text: str, end: int, limit: int = 40) -> str:
    """The words after `end` up to the next comma or ";"."""
    window = text[end : end + limit]
    cut = _PART_END.search(window)
    return window[: cut.start()] if cut else window


# -- contract term ---------------------------------------------------------------------------

# periods that run beside or after the agreement: confidentiality, non-solicitation, survival
OTHER_PERIOD_BEFORE = re.compile(
    r"solicit|débauch|ronsel|in dienst (?:te )?nem|engager|hire|employ|recrut|"
    r"non-compet|concurren|confidential|geheimhoud|vertrouwelijk|survive|overleef|"
    r"retain(?!er)|retention|bewaar|conserv|archiv|audit|insurance|verzeker|assurance|"
    r"after (?:the )?(?:termination|expiry|expiration|end)|na (?:de |het )?(?:beëindiging|einde)|"
    r"après (?:la |l')?(?:fin|résiliation|expiration|cessation)|trial|pilot|proef|essai|"
    # a settling-in or grace period: "after a stabilisation period of one month", "une
    # période de stabilisation d'un mois", "een stabilisatieperiode van een maand"
    r"stabili[sz]|hypercare|grace period|période de grâce|respijt"
)
# a planned duration of the work, also as the key of a key-value line: "Durée totale estimée :
# 8 semaines", "the estimated duration is 8 weeks", "geschatte duur: 8 weken"
ESTIMATED = re.compile(r"estim|geschat|geraamd")
OTHER_PERIOD_AFTER = re.compile(
    r"^\W*(?:\(\w+\)\s*)?(?:(?:after|following|na|après|suivant)\s+(?:the |its |de |het |la |"
    r"l'|sa |son )?(?:termination|expiry|expiration|end|beëindiging|einde|afloop|fin|"
    r"résiliation|cessation|terme))|"
    # a sum counted in months: "credits one month of subscription fees", "un mois de
    # redevance", "een maand abonnementsgeld"
    r"^\W*(?:of|de|d')?\s*(?:(?:the|la|le|het)\s+)?(?:\w+\s+)?(?:fees?|charges|credits?|"
    r"redevances?|frais|vergoeding|abonnementsgeld|abonnementskosten)\b"
)
# "during the Term and for 12 months thereafter": a period after the agreement's own
THEREAFTER = re.compile(r"^\W*(?:\(\w+\)\s*)?(?:thereafter|daarna|daarop|ensuite)")
DURING_AND = re.compile(
    r"(?:during|throughout|gedurende|tijdens|pendant|durant)\b.{0,60}\b(?:and|en|et)\b"
)
# a warranty period, unless the agreement is the subject ("the maintenance term starts when
# the warranty period ends and continues for 12 months")
WARRANTY_BEFORE = re.compile(r"warrant|garan")
# the agreement itself is what lasts: "this Agreement", "de overeenkomst", "le contrat"
AGREEMENT_SUBJECT = re.compile(
    r"agreement|contract|contrat|overeenkomst|convention|looptijd|durée|initial term|"
    r"(?:subscription|service|maintenance) (?:term|period)|abonnement|subscription|retainer|"
    # "De dienstverlening loopt van ... tot ...", "the Services will be provided from ..."
    r"dienstverlening|the services|les prestations|de diensten|"
    # a service the agreement is about: "Het onderhoud loopt van 1 september 2027 tot ...",
    # "la maintenance court du ...", "the hosting runs from ..."
    r"(?:het|l'|la|the) (?:onderhoud|maintenance|hosting|hébergement)\b(?! ?(?:window|venster|"
    r"fenêtre|slot|plan))"
)


# a trial or settling-in period with its own length before the term: "Na de proefperiode van
# 30 dagen loopt het abonnement 12 maanden", "After a 30-day free trial, the subscription runs
# for 12 months"
TRIAL = re.compile(r"trial|pilot|proef|essai|stabili[sz]|grace period|période de grâce|respijt")


def _after_a_trial_of_its_own(before: str) -> bool:
    trials = list(TRIAL.finditer(before))
    if not trials or OTHER_PERIOD_BEFORE.search(before[: trials[-1].start()]):
        return False
    around = before[max(0, trials[-1].start() - 20) :]
    return bool(durations_in(around)) and not OTHER_PERIOD_BEFORE.search(before[trials[-1].end() :])


# a price per period: "The subscription costs €49 a month", "49 euro per maand", "49 € par mois"
PRICE_PER_BEFORE = re.compile(
    r"(?:[€$£]\s?[\d.,]+|[\d.,]+\s?(?:€|eur\w*|euros?|usd|\$))\s*(?:per |par |/ ?|each |every )?$"
)


def _lasting(before: str) -> bool:
    return ("duu" in before or "dur" in before or "last" in before) and bool(
        LASTING_BEFORE.search(before)
    )


def is_other_period(text: str, start: int, end: int) -> bool:
    """Whether the duration at start:end measures a period other than the agreement's term:
    "for twelve (12) months thereafter", "confidentiality obligations continue for 5 years"."""
    before, after = part_before(text, start), part_after(text, end)
    if OTHER_PERIOD_BEFORE.search(before) and not _after_a_trial_of_its_own(before):
        return True
    if OTHER_PERIOD_AFTER.search(after) or PRICE_PER_BEFORE.search(before[-30:]):
        return True
    if ESTIMATED.search(text[max(0, start - 40) : start]):
        return True
    if WARRANTY_BEFORE.search(before) and not AGREEMENT_SUBJECT.search(before):
        return True
    if _lasting(before[-40:]) and not AGREEMENT_SUBJECT.search(before):
        return True  # "De migratie duurt drie maanden": the work lasts, not the agreement
    return bool(THEREAFTER.search(after) and DURING_AND.search(before))


LASTING_BEFORE = re.compile(
    r"(?:duurt|duren|dure|durent|lasts|will last|shall last)\W+(?:for )?(?:\S+ )?(?:\(\d+\) )?$"
)


# the agreement named as such, not only a term word: "deze supportovereenkomst heeft een
# looptijd van 3 jaar" beats "de licenties van Microsoft hebben een looptijd van 1 jaar"
AGREEMENT_NOUN = re.compile(r"agreement|contract|contrat|overeenkomst|convention")


# the dates a price list or an offer holds: "De prijzen voor de diensten zijn geldig van 1
# januari tot 31 december 2027", "offre valable du ... au ..."
PRICE_OR_OFFER = re.compile(r"prij[sz]|price|prix|tarie?f|offerte|offre|quot(?:e|ation)")


def is_price_validity(text: str, start: int) -> bool:
    return bool(PRICE_OR_OFFER.search(part_before(text, start)))


# the ceiling with all renewals, not the initial term: "sur sa durée maximale de quatre ans",
# "the maximum duration of the contract is four years", "een maximale looptijd van vier jaar"
MAXIMUM_BEFORE = re.compile(
    r"(?:maxim\w*|au plus|at most|ten hoogste|hoogstens|in total|au total|in totaal)\W+"
    r"(?:\w+\W+){0,4}$"
)


def term_rank(text: str, start: int) -> int:
    """3 when the agreement, named as such, is what lasts the duration; 2 when a term word
    ("looptijd", "durée") says so; 0 for a maximum with renewals; else 1."""
    before = part_before(text, start)
    if MAXIMUM_BEFORE.search(before[-50:]):
        return 0
    if AGREEMENT_NOUN.search(before):
        return 3
    return 2 if AGREEMENT_SUBJECT.search(before) else 1


# -- warranty ---------------------------------------------------------------------------------

# "the fees paid in the preceding 12 months": the measure of a liability cap
FEE_PERIOD = re.compile(
    r"(?:paid|payable|fees?|charges|compensation|vergoeding|bedrag|redevance|montant|somme)"
    r"[^;]{0,80}(?:preceding|previous|prior|last|voorafgaand|laatste|précédant|derni)"
)
CAP_WORDS = re.compile(
    r"liabil|liable|aansprakelijk|responsabilit|limited to|not exceed|beperkt tot|"
    r"ten hoogste|plafonn|limitée? à"
)


def is_fee_period(text: str, start: int) -> bool:
    """Whether the duration at `start` measures the fees a liability cap counts: "shall not
    exceed the compensation paid over the preceding 12 months"."""
    around = part_before(text, start) + text[start : start + 40]  # "des six derniers mois"
    return bool(FEE_PERIOD.search(around) and CAP_WORDS.search(text))


# -- renewal ---------------------------------------------------------------------------------

_EVERY_YEAR = (
    r"annually|each year|every year|yearly|year[- ]to[- ]year|jaarlijks|van jaar tot jaar|"
    r"elk jaar|ieder jaar|d'année en année|chaque année|annuellement|per jaar|"
    r"on an annual basis|par périodes annuelles|year by year|jaar per jaar|"
    # "renewed for a further year", "pour une nouvelle année", "met een bijkomend jaar"
    r"(?:an? |one |une |un |een |één )?(?:further|additional|another|nouvelle|new|nieuw|"
    r"bijkomend|extra) "
    r"(?:year|année|jaar)|annuelle?\b|jaarabonnement|jaarcontract|"
    # a year of a calendar: "telkens met een schooljaar verlengd", "par année scolaire"
    r"(?:met|voor|per) (?:een |één |het )?(?:school|academie|kalender|boek)jaar|"
    r"(?:by|for|per) (?:a |one |each |the )?(?:school|academic|calendar|financial) year|"
    r"(?:par|pour une|d'une|pour l') ?année (?:scolaire|civile|académique)|"
    # "d'année scolaire en année scolaire", "van schooljaar tot schooljaar", "from school year
    # to school year"
    r"d'année (?:scolaire|civile|académique) en année (?:scolaire|civile|académique)|"
    r"van (?:school|academie|kalender|boek)jaar tot (?:school|academie|kalender|boek)jaar|"
    r"from (?:school|academic|calendar|financial) year to (?:school|academic|calendar|"
    r"financial) year"
)
# only after the verb: "continues per month", "se prolonge par mois", "per maand verlengd"
# is no renewal when it comes first ("EUR 59 per month thereafter")
_PER_MONTH = r"per month|per maand|par mois"
_EVERY_MONTH = (
    r"month[- ]to[- ]month|van maand tot maand|de mois en mois|maand per maand|monthly|"
    r"month by month|"
    r"maandelijks|mensuellement|chaque mois|elke maand|iedere maand|on a monthly basis|"
    r"each month|every month|"
    # a monthly plan that renews: "L'abonnement est mensuel et se renouvelle tacitement", "Het
    # maandabonnement wordt stilzwijgend verlengd"
    r"mensuel(?:le)?s?|maandabonnement|maandcontract|"
    r"(?<=devient )mensuel"
)
# Flemish "hernieuwd" (renewed); not "de hernieuwde website"
_RENEWS = (
    r"renew|verleng|recondu|renouvel|continu|extend|loopt|roll|voortgezet|hernieuwd\b|prolong|"
    r"devient|"
    # "Care runs month to month", "le service court de mois en mois"; not "the backup runs
    # monthly"
    r"\b(?:runs?|court|lopen)(?= (?:on a )?(?:(?:from )?(?:month|year)[- ]to[- ]|de mois en|"
    r"d'année en|van maand tot|van jaar tot|maand per|jaar per))|"
    r"hernieuw(?:ing|en|t)|se poursuit|becomes?|"
    # after the initial term: "runs for at least 12 months from go-live, then month to month"
    r"\bthen\b|thereafter|daarna|nadien|ensuite"
)
RENEWAL_EVERY = re.compile(
    r"(?:"
    + _RENEWS
    + r")\w*(?P<gap>[^.;]{0,40}?)\b(?P<after>"
    + _EVERY_YEAR
    + "|"
    + _EVERY_MONTH
    + "|"
    + _PER_MONTH
    + r")\b|\b(?P<before>"
    + _EVERY_YEAR
    + "|"
    + _EVERY_MONTH
    + r")\s+(?:\w+\s+){0,2}(?:"
    + _RENEWS
    + r")"
)
NOT_RENEWAL_GAP = re.compile(
    r"fee|pay|invoic|bill|charg|pric|factu|prij|prix|tarif|report|review|audit|€|\beur\b|"
    r"\busd\b|\$"
)


PRICE_SUBJECT = re.compile(r"prij[sz]|price|prix|tari[fe]|huur")


# "verlengd en maandelijks gefactureerd": the word says how often an invoice is sent
BILLED_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:invoic|bill|charg|paid|payable|factu|gefact|betaal|in advance|vooraf|"
    r"d'avance|à l'avance)"
)


def renewal_by_word(text: str) -> tuple[int, int] | None:
    """(renewal months, offset) for a renewal measured by a word: 12 for "renews annually",
    1 for "continues on a month-to-month basis"."""
    for match in RENEWAL_EVERY.finditer(text):
        if match.group("gap") and NOT_RENEWAL_GAP.search(match.group("gap")):
            continue
        if match.group("after") and BILLED_AFTER.match(text, match.end()):
            continue
        if PRICE_SUBJECT.search(part_before(text, match.start())):
            continue  # "Les prix sont renouvelés pour une nouvelle année"
        word = match.group("after") or match.group("before")
        months = 12 if re.fullmatch(_EVERY_YEAR, word) else 1
        return months, match.start()
    return None


# "verlengd voor eenzelfde periode", "renews for the same period", "reconduit pour une durée
# identique": the renewal lasts as long as the initial term
SAME_PERIOD = re.compile(
    r"(?:" + _RENEWS + r"|prolong)\w*[^.;]{0,60}?\b(?:(?:same|like|equal|identical|equivalent)"
    r" (?:period|term|duration|length)|(?:eenzelfde|dezelfde|gelijke|een gelijke) (?:periode|"
    r"duur|termijn|looptijd)|(?:même|identique|équivalente?) (?:durée|période)|(?:durée|période)"
    r"s? (?:identiques?|équivalentes?|de même durée))"
)


OTHER_EXTENDED = re.compile(
    r"warrant|garan|waarborg|payment|betal|paiement|délai|deadline|levertermijn|leverdatum|"
    r"delivery date|date de livraison"
)


def renews_for_same_period(text: str) -> int | None:
    """The offset of a renewal for a period as long as the initial term, or None."""
    match = SAME_PERIOD.search(text)
    if match is None or NOT_RENEWAL_GAP.search(match.group(0)):
        return None
    if OTHER_EXTENDED.search(part_before(text, match.start())):
        return None  # "the warranty is extended by the same period as the repair took"
    return match.start()


# -- notice period ---------------------------------------------------------------------------

CURE = re.compile(
    r"\bcure|breach|default|fails? to (?:pay|perform|cure)|remed(?:y|ied)|ingebrekestelling|"
    r"tekortkoming|manquement|mise en demeure"
)


def is_cure_period(text: str, start: int, end: int) -> bool:
    """Whether the duration at start:end is a time to cure a breach ("fails to cure within
    30 days", "30 days' notice if the other party breaches"), not a notice to end at will."""
    return bool(CURE.search(part_before(text, start)) or CURE.search(part_after(text, end, 60)))


_CHANGE_VERBS = (
    r"increase|raise|change|adjust|modif|amend|index|revis|wijzig|verhog|aanpas|indexe|herzie|"
    # "adapter ses tarifs", "faire évoluer ... les présentes conditions", "ajuster ses prix"
    r"augment|révis|hausse|adapt|évolu|ajust"
)
PRICE_CHANGE = re.compile(
    r"(?:" + _CHANGE_VERBS + r")\w*[^;.]{0,60}?(?:price|fee|rate|charge|tarif|tarie|prij|"
    r"prix|redevance|vergoeding|terms|voorwaarden|conditions)|"
    r"(?:price|fee|rate|charge|tarif|tarie|prij|prix|redevance|vergoeding)\w*[^;.]{0,60}?"
    r"(?:" + _CHANGE_VERBS + r")|"
    # a change by a share: "adjustments not to exceed 5% at least 60 days in advance",
    # "une augmentation de 3 % maximum", "een verhoging van maximaal 3 %"
    r"(?:" + _CHANGE_VERBS + r")\w*[^;.%]{0,40}?\d\s?%"
)


# "Na de eerste 12 maanden kun je opzeggen", "after the first year either party may
# terminate", "après les douze premiers mois": the time before notice can be given
LOCK_IN_BEFORE = re.compile(
    r"(?:after|na|après|following|beyond|na afloop van) (?:the |de |het |les |la |le )?"
    r"(?:first|eerste|initial|initiële|premiers?|première|minimum)\s*$"
)


def is_lock_in_period(text: str, start: int) -> bool:
    return bool(LOCK_IN_BEFORE.search(text[max(0, start - 30) : start]))


# a right to end the agreement only when something happens: "résilier moyennant un préavis
# de trois mois si l'éditeur cesse le support", "opzeggen met een termijn van drie maanden
# indien de beschikbaarheid niet is gehaald", "terminate on 3 months' notice if the law changes"
CONDITION_AFTER = re.compile(
    r"^\W*(?:(?:s\s)?notice\W+|opzeg(?:termijn)?\W+|(?:de )?préavis\W+)?"
    r"(?:si\b|s'(?:il|ils)\b|if\b|indien\b|ingeval\b|"
    r"in (?:the )?(?:case|event)\b|en cas\b|lorsque\b|wanneer\b|should\b|als\b|zodra\b)"
    r"(?!\W*(?:it|they|il|elle|hij|zij|ze)\W+(?:so )?(?:wish|want|souhait|wens|wil))"
)


# the condition opens the sentence: "En cas de fermeture d'un magasin, le Client peut
# résilier ... moyennant un préavis d'un mois", "In the event of a merger, ..."; not the
# ending itself ("In case of termination, ...", "Si le Client souhaite résilier, ...")
CONDITION_OPENING = re.compile(
    r"^\W*(?:\d[\d.]*\s+)?(?:en cas d[e']|dans le cas où|in (?:the )?(?:case|event) of|"
    r"in geval van|ingeval van|indien|wanneer|lorsque)\b([^,;]{3,120}),"
)
ENDING_CONDITION = re.compile(
    r"terminat|résili|opzeg|beëindig|renew|recondu|verleng|wish|souhait|wens|\bwil|expir|"
    r"échéance|einde|\bend\b|\bfin\b|convenience|convenance"
)


def is_conditional_notice(text: str, end: int) -> bool:
    if CONDITION_AFTER.match(text[end : end + 40]):
        return True
    opening = CONDITION_OPENING.match(text)
    return bool(opening and opening.end() < end and not ENDING_CONDITION.search(opening.group(1)))


# a count of periods, not a length: "drie maanden op rij onder 98 %", "three months in a
# row", "trois mois d'affilée", "drie opeenvolgende maanden"
RUN_AFTER = re.compile(
    r"\s*(?:op rij|achter elkaar|na elkaar|in a row|running|d'affilée|de suite|"
    r"consécutifs|successifs)\b"
)
RUN_BEFORE = re.compile(r"(?:opeenvolgende|consecutive|successive)\s+$")


def is_run_of_periods(text: str, start: int, end: int) -> bool:
    return bool(RUN_AFTER.match(text, end) or RUN_BEFORE.search(text[max(0, start - 20) : start]))


# a change announced before it applies: "Toute hausse est notifiée au moins 30 jours avant son
# entrée en vigueur", "30 days before it takes effect", "twee maanden vóór de inwerkingtreding"
BEFORE_IT_APPLIES = re.compile(
    r"\W*(?:(?:prior\s+)?notice\W+)?(?:before|prior to|avant|v(?:oo|óó)r)\s+(?:"
    r"(?:its|their|the|son|sa|leur|la|de|het|hun|zijn|haar)\s+)?(?:entrée en vigueur|"
    r"application|effective date|entry into force|inwerkingtreding|ingangsdatum|toepassing|"
    r"(?:it|they)\s+(?:takes?|take) effect|(?:it|they)\s+appl(?:y|ies))"
)


def is_price_change_notice(text: str, start: int, end: int | None = None) -> bool:
    """Whether the notice at `start` announces a change of prices or terms, not the end of
    the agreement: "Supplier may increase its rates on 30 days' notice"."""
    if end is not None and BEFORE_IT_APPLIES.match(text, end):
        return True
    return bool(PRICE_CHANGE.search(part_before(text, start)))


# -- availability ----------------------------------------------------------------------------

FORMULA_BEFORE = re.compile(r"(?:[x×*/]|multiplied by|vermenigvuldigd met|multiplié par)\s*$")
FORMULA_WORDS = re.compile(
    r"calculat|computed|formula|berekend|berekening|formule|calcul|= \(|\bdivided\b|gedeeld"
)
COMMITMENT = re.compile(
    r"guarant|commit|at least|minimum|not less than|target|shall be|will be|ensure|"
    r"garandeer|gegarandeerd|minstens|ten minste|bedraagt|streef|engage|garanti|au moins|"
    r"minimale?|objectif|sera de|est de"
)


# a level reached, not committed: "Measured 2025", "de gemeten beschikbaarheid", "réalisé"
MEASURED = re.compile(
    r"measur|actual|achiev|realis|histor|gemeten|behaald|gerealiseerd|werkelijk|mesur|réalis|"
    r"constat|observ"
)


def availability_rank(text: str, start: int) -> int:
    """-1 for a percentage inside a calculation ("x 100 %"), 0 for a bare 100 % or a level
    measured rather than committed, 2 for a committed level, else 1."""
    before = text[max(0, start - 30) : start]
    if FORMULA_BEFORE.search(before):
        return -1
    value_text = text[start : start + 8]
    if re.match(r"100(?:[.,]0+)?\s?(?:%|percent|procent|pour)", value_text):
        return -1 if FORMULA_WORDS.search(text) else 0
    before = part_before(text, start)
    if COMMITMENT.search(before):
        return 2
    return 0 if MEASURED.search(text[max(0, start - 60) : start]) else 1
