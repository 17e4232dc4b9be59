"""The rule for rollout.warranty: bug fixing after delivery, a warranty period, what is free.

The checklist item is broader than CUAD's "Warranty Duration" (a period of a warranty against
defects): a clause that only says defects are repaired free of charge settles the item for the
checklist, and is `partial` here when it names no period. The patterns read a period wherever it
stands: before the verb ("for twelve months from delivery, the supplier warrants"), as a window
to report defects counted from delivery or receipt ("within 30 working days of receipt, the
client reports errors"), as a window for warranty claims, as a defined "warranty period", or
before the word ("a twelve-month warranty"); in Dutch and French alike.

Guards: options and warrants (securities), promises that run "for a year thereafter" (after the
term, not from delivery), windows counted from a notice, an invoice or an order, insurance, and
non-conformities found while testing for acceptance. The generic word "warranty" counts once per
sentence: repeating it ("the warranties in this clause are the only warranties") settles nothing.
"""

from vendorpact.core.contracts.detectors.common import DURATION, NUMBER_WORD
from vendorpact.core.contracts.detectors.engine import Rule
from vendorpact.core.contracts.detectors.informal_wording import FIXED_FOR_FREE
from vendorpact.core.contracts.detectors.warranty_wording import FIXED_FOR_FREE_AFTER_DELIVERY

_UNIT = (
    r"(?:calendar |business |working )?(?:days?|weeks?|months?|years?|(?:werk|kalender)?dagen|"
    r"weken|maanden|jaar|jours(?: ouvr\w+)?|semaines|mois|ans?)\b"
)
# "thirty (30)", "twenty-four (24)", "eighteen (18)", "(90)", "[***]"
_AMOUNT = (
    r"(?:" + NUMBER_WORD + r"(?:-[a-z]+)?\s*(?:\(\d+\)\s*)?|(?:[a-z]+(?:-[a-z]+)? )?\(\d+\)\s*)"
)
# A period; a redaction may hide the unit too ("within [***] of receipt").
PERIOD = r"(?:" + _AMOUNT + r"[- ]?" + _UNIT + r"|\[ ?\*+ ?\](?= (?:of|after|following|from)\b))"
_FROM = r"(?:of|after|following|from|na|vanaf|à compter de|après|à partir de|suivant)"
# What a warranty period is counted from.
_EVENT = (
    r"(?:the |its |their |each |such |la |le |l'|de |het )?(?:voorlopige |definitieve |"
    r"provisional |final )?(?:date of (?:the )?)?(?:delivery|"
    r"receipt|arrival|shipment|installation|acceptance|completion|go-live|release|livraison|"
    r"réception|oplevering|levering|ontvangst|aanvaarding|installatie|ingebruikname|livegang|"
    r"bascule|mise en (?:production|service))"
)
# ... but not from a notice, an invoice, a payment or an order.
_NOT_FROM_PAPERS = (
    r"(?! of (?:a |an |the |such |any |its |their )?(?:\w+'s )?(?:written )?(?:notice|invoice|"
    r"payment|purchase order|order)| van (?:de |het |een )?(?:factuur|betaling|bestelling)| de "
    r"(?:la |l')?(?:facture|paiement|commande))"
)
_NOT_COUNTED_FROM_NOTICE = (
    r"(?! " + _FROM + r" (?:its |their |the |such )?(?:receipt of |receiving )?(?:the |a |an |such "
    r"|any )?(?:\w+'s )?(?:written )?(?:notice|invoice))"
)
_DEFECT = (
    r"(?:defect|nonconform|non-conform|not in conformity|fails? to (?:conform|meet|satisfy)|does "
    r"not (?:conform|meet)|gebrek|fouten|niet[- ]conform|défaut|anomalie|non[- ]conforme?)"
)
_QUALITY = (
    _DEFECT + r"|bugs?\b|errors?\b|free (?:from|of)|perform (?:substantially|in (?:all )?material "
    r"respects|in accordance)|conform"
)
# a covenant that runs after the term ("for a period of one year thereafter")
_NOT_AFTER_TERM = (
    r"(?![^.\n]{0,40}\bthereafter)(?![^.\n]{0,40}(?:after|following) (?:the )?(?:termination|"
    r"expiration|expiry|end of (?:the|this)))"
)
# what follows "warrants": a period, or one counted from delivery (a period counted from an
# event is tried at word starts only, which keeps the search fast)
_WARRANTY_PERIOD = (
    r"(?:for (?:a|the) period (?:of|from|commencing|beginning|starting)" + _NOT_AFTER_TERM
    + r"|for " + PERIOD + _NOT_AFTER_TERM
    + r"|(?<![\w(\[])" + PERIOD + r" (?:after|following|from) " + _EVENT + r")"
)  # fmt: skip
# up to a sentence's end, letting decimals such as "clause 7.1" through
_SPAN = r"(?:[^.\n]|\.(?=\d))"

WARRANTY = Rule(
    id="rollout.warranty",
    cues=(
        *FIXED_FOR_FREE,
        (
            # a window to report defects: "defects notified within 20 working days of receipt"
            _DEFECT + r"\w*[^.\n]{0,120}(?:within|up to|no later than|binnen|tot|dans les|sous) "
            r"(?:such |this |that |the |deze )?" + PERIOD + _NOT_COUNTED_FROM_NOTICE,
            1.0,
        ),
        (
            # bugs in a window counted from delivery or release
            r"bugs?\b[^.\n]{0,120}(?:within|up to|no later than) " + PERIOD + r" "
            r"(?:after|of|following|from) " + _EVENT,
            1.0,
        ),
        (
            # the period before the verb: "for six months from delivery the supplier corrects
            # reported defects", "within 30 working days of receipt, the client reports errors"
            r"(?:for|during|within|up to|gedurende|binnen|tot|pendant|durant|jusqu'à|"
            r"dans (?:les|un délai de)) "
            r"(?:a period of |the period of |een (?:periode|termijn) van |une période de )?"
            + PERIOD
            + r" "
            + _FROM
            + r" "
            + _EVENT
            + _NOT_FROM_PAPERS
            + r"[^.\n]{0,160}(?:"
            + _QUALITY
            + r")",
            1.0,
        ),
        (
            r"warranty (?:period|term)|period of warranty|warranty \(bug|warranty support|"
            r"bug ?fix(?:es|ing)? (?:support|period|warranty)|no-charge maintenance",
            1.0,
        ),
        (
            # "warrants ... for a period of one year", "... for ninety days after delivery"
            r"warrant\w*" + _SPAN + r"{0,300}?" + _WARRANTY_PERIOD,
            1.0,
        ),
        (
            r"(?:for|during) (?:a period of )?" + PERIOD + r" (?:after|following|from)"
            r"[^.\n]{0,80}warrant",
            1.0,
        ),
        (
            # "a twelve-month warranty", "a warranty of 90 days" (anchored on the unit: the
            # sentence's number makes it concrete)
            r"(?:days?|weeks?|months?|years?)[- ](?:limited |written |system |manufacturer'?s? )?"
            r"warranty|warranty of " + PERIOD,
            1.0,
        ),
        (
            # a window for warranty claims: "any claim for breach of warranty must be made within
            # ninety (90) days from shipment"
            r"(?:claims?|notice|notif\w*)[^.\n]{0,60}(?:breach of (?:\w+ ){0,3}warrant\w*|under "
            r"(?:this|the|any) (?:\w+ )?warranty)[^.\n]{0,120}within " + PERIOD + r"|warranty "
            r"claims?[^.\n]{0,60}within " + PERIOD,
            1.0,
        ),
        (
            r"warrant\w*" + _SPAN + r"{0,40}? that[^.\n]{0,120}(?:free (?:from|of) (?:\w+ )?"
            r"(?:defects|errors)|perform substantially|conform (?:in all material respects )?to "
            r"(?:the |its )?(?:specifications|documentation))|(?:repair|replace|correct|remedy)"
            r"[^.\n]{0,40}(?:defects?|errors|non-?conformit)",
            0.7,
        ),
        (
            r"garantie(?:termijn|periode)|garantie (?:van|gedurende) " + PERIOD + r"|"
            # a key-value line: "Garantie: 3 maanden vanaf de oplevering", "Warranty: 90 days"
            r"(?:garantie|warranty)(?:duur| period)? ?: ?" + PERIOD + r"|(?:dagen|"
            r"weken|maanden|jaar|jaren) (?:fabrieks|omnium|constructeurs)?(?:garantie|waarborg)|"
            r"garandeert[^.\n]{0,80}(?:gebreken|fouten|herstel|gedurende|maanden)|"
            r"(?:gebreken|fouten|bugs)" + _SPAN + r"{0,160}?(?:kosteloos|gratis|voor (?:zijn|haar) "
            r"rekening|herstel)",
            1.0,
        ),
        (
            r"garantie (?:de \d|d'un|contractuelle|des vices)|garantie (?:de|d'une durée de|"
            r"pendant) "
            + PERIOD
            + r"|(?:jours|mois|ans|années) de garantie|(?:période|délai|durée) de (?:la )?garantie|"
            r"sous garantie|"
            r"garantit[^.\n]{0,60}(?:défaut|anomalie|conform)|"
            # "garantit le bon fonctionnement pendant six mois à compter de la réception"
            r"garanti(?:t|ssent|ra|ront)\b[^.\n]{0,100}(?:pendant|durant) "
            + PERIOD
            + r" "
            + _FROM
            + r" "
            + _EVENT,
            1.0,
        ),
        (
            # a named French warranty with its period: "la garantie de conformité pendant trois
            # mois à compter de la livraison"
            r"garantie (?:de conformité|de bon fonctionnement|légale|commerciale)\b[^.\n]{0,30}"
            r"\b(?:pendant|durant|de|d'une durée de) " + PERIOD,
            1.0,
        ),
        (
            # defects reported after go-live or delivery and fixed, with no period of their own:
            # "bevindingen die na de livegang worden gemeld, lost de leverancier op", "defects
            # reported after go-live are corrected", "anomalies signalées après la mise en
            # production sont corrigées"
            r"(?:gebreken|fouten|bugs|bevindingen|onvolkomenheden)\b[^.\n]{0,60}\bna (?:de |het )?"
            r"(?:livegang|oplevering|ingebruikname|installatie|go-live|aflevering)\b[^.\n]{0,80}"
            r"\b(?:lost|opgelost|herstel\w*|verhelp\w*|verholpen|corrigeer\w*|gecorrigeerd)|"
            r"(?:defects|bugs|errors|faults)\b[^.\n]{0,40}\b(?:reported|found|discovered|"
            r"identified|notified) after (?:the )?(?:go-live|delivery|acceptance|launch|"
            r"installation|completion)\b[^.\n]{0,80}\b(?:fix|correct|resolv|remed|repair)|"
            r"(?:anomalies|bugs|défauts|erreurs|dysfonctionnements)\b[^.\n]{0,40}\b(?:signalée?s|"
            r"constatée?s|détectée?s|relevée?s) après (?:la |le |l')?(?:mise en (?:production|"
            r"service)|livraison|réception|bascule|installation)\b[^.\n]{0,80}\b(?:corrig|"
            r"résol|répar|rectifi)",
            1.0,
        ),
        (
            # the supplier fixes defects for free, the verb first: "corrige gratuitement toute
            # erreur", "verhelpt Archivio kosteloos alle fouten", "remedies free of charge any
            # defect", "les corrections de bugs ... sont offertes", "Loopt er na de migratie iets
            # mis door onze installatie, dan lossen we dat gratis op"
            r"\b(?:corrige\w*|répar\w*|rectifi\w*|remédie\w*) (?:gratuitement|sans frais)\b"
            r"[^.\n]{0,60}\b(?:erreurs?|anomalies?|défauts?|bugs?|dysfonctionnements?)\b|"
            r"\b(?:verhelpt|herstelt|corrigeert|verhelpen|herstellen|corrigeren) (?:\w+ ){0,2}?"
            r"(?:kosteloos|gratis|zonder kosten) (?:alle |de |elke |ieder )?(?:\w+ )?"
            r"(?:fouten|fout|gebreken|gebrek|defecten|bugs|storingen)\b|"
            # "lossen we tot 30 dagen na de migratie kosteloos op", "een bug die wij zelf in een
            # release hebben geïntroduceerd, lossen we gratis op", "los ik ... gratis op"
            r"\b(?:installatie|oplevering|livegang|migratie|levering|ingebruikname|bugs?|fouten|"
            r"gebreken)\b[^.\n]{0,120}\b(?:lost|lossen|los) (?:\w+ ){1,8}?(?:kosteloos|gratis) "
            r"op\b|"
            r"\b(?:remed|correct|fix|repair|rectif)\w* (?:free of charge|at no (?:extra |"
            r"additional )?(?:cost|charge)|without charge) (?:any |all |the |every )?(?:\w+ )?"
            r"(?:defects?|errors?|bugs?|faults?)\b|"
            r"\bcorrections? (?:des |de )?(?:bugs|anomalies|erreurs)\b[^.\n]{0,80}\b(?:offertes?|"
            r"gratuites?|sans frais)\b",
            1.0,
        ),
        *FIXED_FOR_FREE_AFTER_DELIVERY,
        (
            # the equipment or the installation guaranteed for a period: "Le matériel est garanti
            # 5 ans", "L'installation est garantie trois mois", "de toestellen worden twee jaar
            # gegarandeerd", "the hardware is warranted for 36 months" (not prices held for a
            # period: "les prix sont garantis 3 mois")
            r"\b(?:matériel|installation|équipements?|appareils|postes?|logiciel|hardware|"
            r"réparations|pièces remplacées|interventions correctives|"
            r"equipment|devices?|installatie|toestellen|materiaal|apparatuur|software)\b (?:est |"
            r"sont |is |are |wordt |worden )?(?:\w+ )?(?:garanti|gegarandeerd|guaranteed|"
            r"warranted)e?s? (?:for )?(?:\w+ ){0,2}?" + PERIOD,
            1.0,
        ),
        # the bare word, once per sentence
        (
            r"\bwarrant(?:y|ies)\b(?![^\n]*\bwarrant(?:y|ies)\b)|"
            r"garantie\b(?![^\n]*\bgarantie\b)",
            0.4,
        ),
    ),
    concrete=DURATION
    + r"|free of charge|kosteloos|gratis|gratuit|sans frais|no[- ]charge|\bofferte?s?\b|"
    r"at its (?:own )?(?:cost|expense)|voor (?:zijn|haar) rekening",
    exclude=r"warrants?[^.\n]{0,40}(?:to (?:purchase|acquire|subscribe)|exercis)|options? and "
    r"warrants|stock|shares|merchantability|fitness for a|"
    # a court's warrant: "any judgment, writ, warrant or attachment ... for 60 days"
    r"\bwrits?\b|warrants? (?:of|or) (?:attachment|arrest|execution)|"
    r"\bas is\b|disclaim|representations and warranties|"
    # a promise to keep insurance; non-conformities found while testing for acceptance
    r"(?:maintain|keep|carry|procure|obtain|take out)\w*[^.\n]{0,60}insurance|insurance "
    r"(?:polic|cover)|verzekering|police d'assurance|acceptance tests?(?: \w+)? (?:reveal|show|"
    r"identif|find)|(?:before|prior to) (?:final )?acceptance|tijdens de (?:aanvaardings|"
    r"acceptatie)test|lors de la recette|"
    # "à défaut d'accord dans les 30 jours", "bij gebrek aan akkoord binnen 30 dagen" (failing
    # agreement) and "par défaut" name no defect
    # (short sentences only: a cheap gate before the whole-sentence lookahead)
    r"^(?=.{0,400}$)(?=.*?\b(?:à|par) défaut\b)(?!.*(?:garanti|anomal|bug|erreur|vice|panne|"
    r"dysfonction|conformit|(?<!à )(?<!par )défaut))|"
    r"^(?=.{0,400}$)(?=.*?\bbij gebrek aan\b)(?!.*(?:garantie|fout|storing|defect|"
    r"(?<!bij )gebrek))",
)
