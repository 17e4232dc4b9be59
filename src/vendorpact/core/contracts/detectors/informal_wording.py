"""Items as small suppliers word them in short informal offers and e-mails, in nl / fr / en:
the supplier writing in the first person ("ik antwoord binnen 1 werkdag", "nous réagissons
dans les 4 heures", "I look at it within 4 business hours"), a service cancellable by the
month ("maandelijks opzegbaar", "résiliable mensuellement", "month to month, 1 month notice")
and work beyond the package ("au-delà du forfait", "extra hours", "bijkomende wensen")."""

from vendorpact.core.contracts.detectors.common import NUMBER_WORD

# The supplier answering within a time, in the first person: "ik antwoord binnen 1 werkdag",
# "we reageren binnen 4 uur", "nous réagissons dans les 4 heures ouvrables", "I look at it
# within 4 business hours", "we get back to you within two hours" (not "we look at the design
# within two weeks": only a problem, a request or "it" is looked at)
_WITHIN = (
    r"[^.\n]{0,40}\b(?:binnen|within|dans les|dans un délai d[e'] ?|sous|endéans) ?"
    r"(?:de |het )?"
)
FIRST_PERSON_RESPONSE = (
    (
        r"\b(?:ik|we|wij) (?:antwoord|antwoorden|reageer|reageren|beantwoord|beantwoorden)\b"
        + _WITHIN
        + NUMBER_WORD
        + r"|\b(?:réagissons|réagirons|répondons|répondrons)\b"
        + _WITHIN
        + NUMBER_WORD
        # a call back in the infinitive: "ik probeer binnen de werkdag terug te bellen" (not
        # the client asked to call back: "wij vragen u ons terug te bellen")
        + r"|\b(?:ik|we|wij) (?!vragen|verzoeken)[^.\n]{0,50}\bterug te (?:bellen|mailen)\b"
        + r"|\b(?:i|we|i'll|we'll|i will|we will) (?:reply|answer|respond|react|get back to "
        r"you|call you back|look (?:at|into) (?:it|the (?:problem|issue|incident|ticket|"
        r"request|failure)))\b" + _WITHIN + NUMBER_WORD,
        1.0,
    ),
)

# A response promised without a time (partial): "meldingen worden zo snel mogelijk behandeld",
# "storingen pakken we zo snel mogelijk op", "we antwoorden meestal nog dezelfde werkdag", "les
# demandes sont traitées dans les meilleurs délais", "tickets are handled as soon as possible"
# (not goods delivered as soon as possible)
RESPONSE_WITHOUT_TIME = (
    (
        r"\b(?:meldingen|storingen|vragen|tickets|problemen|incidenten|oproepen|aanvragen)\b"
        r"[^.\n]{0,20}?\b(?:worden|wordt) (?:\w+ )?zo (?:snel|spoedig) mogelijk (?:behandeld|"
        r"opgepakt|beantwoord|bekeken|opgevolgd)\b|"
        r"\b(?:pakken|behandelen|bekijken|beantwoorden) (?:we|wij|ik) (?:ze |die |het )?zo "
        r"(?:snel|spoedig) mogelijk\b|"
        r"\b(?:(?:antwoorden|reageren) (?:we|wij|ik)|(?:we|wij) (?:antwoorden|reageren)|ik "
        r"(?:antwoord|reageer)) (?:\w+ ){0,2}?(?:dezelfde|binnen de) (?:werk)?dag\b|"
        r"\b(?:demandes|incidents|tickets|appels|signalements) (?:sont|seront) (?:traitée?s|pris "
        r"en charge) dans les meilleurs délais\b|"
        r"\b(?:requests|tickets|incidents|calls|issues) (?:are|will be) (?:handled|answered|"
        r"picked up) as soon as possible\b",
        1.0,
    ),
)

# A service cancellable by the month or any time: "is maandelijks opzegbaar", "résiliable
# mensuellement", "month to month", "on a rolling monthly basis" (not "invoiced on a monthly
# basis": the billing period is no term)
BY_THE_MONTH = (
    (
        r"\b(?:maandelijks|jaarlijks|per maand|per jaar|per kwartaal) opzegbaar\b|"
        r"\brésiliable (?:mensuellement|annuellement|chaque mois|chaque année|de mois en mois)\b|"
        r"\b(?:de mois en mois|mois par mois)\b|\bmonth[- ]to[- ]month\b|\brolling monthly\b",
        1.0,
    ),
)
# Ended by a notice from either side: "opzegbaar", "résiliable", "1 month notice by e-mail from
# either side" (not a price change announced with notice: the rule's references)
CANCELLABLE = (
    (
        r"\bopzegbaar\b|\brésiliables?\b|\bcancell?able\b|"
        r"\bnotice\b[^.\n]{0,40}\b(?:from|by) (?:either|each|both) (?:side|part(?:y|ies))\b",
        1.0,
    ),
)

# Work beyond the package or the hours included: "au-delà du forfait", "boven het pakket",
# "beyond the retainer", "extra uren", "extra hours", "bijkomende wensen / aanvragen"
BEYOND_PACKAGE = (
    (
        r"\bau-delà (?:du|de votre|de l'|des) (?:\d+ )?(?:forfait|abonnement|enveloppe|heures "
        r"(?:comprises|incluses|prévues))\b|\bboven (?:het|de|uw|je) (?:forfait|pakket|bundel|"
        r"inbegrepen uren)\b|\bbeyond the (?:retainer|bundle|hours included|included hours)\b|"
        r"\bextra (?:uren|hours|heures)\b|\bbijkomende (?:wensen|aanvragen|vragen)\b|"
        r"\bheures supplémentaires\b",
        1.0,
    ),
)
# Work outside what the contract covers, named with the contract or package: "Work outside
# maintenance is charged at", "les prestations hors abonnement", "toute intervention hors de ce
# service", "werk buiten het pakket", "interventies buiten deze overeenkomst" (not outside office
# hours, outside the EU or a device bought outside a channel: the object must be the contract)
OUTSIDE_THE_CONTRACT = (
    (
        r"\b(?:work|services?|interventions?|anything|tasks|requests|prestations?|travaux|"
        r"développements|adaptations|aide|werk|werken|interventies|prestaties|diensten|taken|"
        r"opdrachten|aanpassingen)\b[^.\n]{0,60}?\b(?:outside|beyond|hors|en dehors|buiten)"
        r" (?:of |de |du |d')?(?:the |this |de |het |deze |dit |ce |cet |cette |l'|le |la |votre |"
        r"uw |je |jullie |our |onze |notre |your )?"
        # "buiten het voorwerp van de SLA", "buiten de omschrijving van de Dienst", "hors de
        # l'objet du contrat", "outside the description of the Services"
        r"(?:(?:voorwerp|omschrijving|objet|description) (?:van|du|de|of) (?:de |het |deze |la |"
        r"l'|the )?)?(?:[\w-]+ )?(?:package|pakket|contract|contrat|"
        r"agreement|overeenkomst|convention|subscription|abonnement|maintenance|onderhoud|"
        r"service|services|dienst|dienstverlening|forfait|formule|plan|this|cadre|kader|périmètre|"
        r"scope|sla)\b",
        1.0,
    ),
)
# Extra work priced and approved first, in the words of a quote: "sur devis préalablement
# accepté par écrit", "na een schriftelijke prijsofferte die het labo vooraf goedkeurt", "on the
# basis of a written quote that you have approved beforehand", "we send you an estimate first"
# (not the accepted quote itself: "le devis accepté vaut bon de commande")
QUOTE_APPROVED_FIRST = (
    (
        r"\bsur (?:la )?(?:base d'un )?devis (?:écrit |préalable |préalablement |"
        r"détaillé )*(?:accepté|approuvé|validé|signé)|\b(?:offerte|prijsofferte|schatting|"
        r"raming|begroting)\b (?:die|dat) (?:\w+ ){0,3}vooraf (?:\w+ )?(?:goedkeurt|goedkeuren|"
        r"aanvaardt|bevestigt)\b|\bnadat (?:je|u|jullie) akkoord (?:bent|zijn) gegaan met "
        r"(?:onze|de|een) (?:offerte|prijs|schatting|raming)\b|\b(?:quote|quotation|estimate)"
        r" (?:that |which )?(?:you|the (?:client|customer)) (?:have |has )?(?:approved|accepted|"
        r"signed) (?:beforehand|in advance|first)\b|\b(?:send|give) you (?:a |an )?(?:\w+ )?"
        r"(?:estimate|quote) first\b",
        1.0,
    ),
    (
        # "enkel uitgevoerd op basis van een schriftelijke offerte", "uniquement sur la base
        # d'un devis écrit" (the English form: english.py)
        r"\b(?:enkel|alleen|uitsluitend|steeds) (?:\w+ ){0,2}?(?:op basis van|na|mits) (?:een |"
        r"onze )?(?:aparte |afzonderlijke )?(?:schriftelijke|ondertekende|goedgekeurde) "
        r"(?:offerte|prijsofferte|raming|prijsopgave)\b|\b(?:uniquement|seulement|toujours) "
        r"(?:\w+ ){0,2}?(?:sur (?:la )?base d'un|sur|après) (?:devis|offre) (?:écrit|signé|"
        r"accepté|approuvé)",
        1.0,
    ),
)
# Extra work at an hourly or daily rate, approved first, in one sentence, in either order: "is
# done at EUR 95 per hour after you have approved our quote", "fait l'objet d'un devis que vous
# validez par écrit ... au taux de 90 EUR de l'heure", "na een schriftelijke offerte en akkoord
# van de klant, tegen EUR 115 per uur", "je compte 60 EUR de l'heure, mais je vous demande votre
# accord avant" (not a rate indexed each year, nor the signed quote itself)
# (anchored on the word before the amount: a pattern must open with words)
# an amount per hour or per day: "EUR 95 per hour", "90 EUR de l'heure", "€ 650/dag"
_AMOUNT_PER_HOUR_OR_DAY = (
    r"(?:(?:€|\beur\b) ?\d[\d.,]*|\b\d[\d.,]* ?(?:€|eur\b))[^.\n]{0,25}?(?:\bper\b|\bpar\b|/|"
    r"\bde l'|\bà l')\s?(?:hour|heure|uur|day|jour|dag|h|u)\b"
)
_RATE = (
    r"\b(?:at|à|au (?:taux|tarif|prix) de|tegen|aan|for|pour|facturé|facturée|facturés|"
    r"facturées|compte) " + _AMOUNT_PER_HOUR_OR_DAY
)
_APPROVED_FIRST = (
    r"(?:\b(?:after|once|unless) (?:you(?:r)?|the (?:client|customer)(?:'s)?|we (?:have|get|"
    r"receive) your) (?:\w+ ){0,3}?(?:approv|accept|agree|ok)\w*|\b(?:after|with|upon) (?:\w+ )?"
    r"(?:written|prior) (?:approval|consent|agreement)\b|\b(?:written|"
    r"prior|separate) (?:quote|quotation|estimate)\b|\bquoted separately\b|"
    r"\bdevis\b[^.\n]{0,40}\b(?:validez|validé|accepté|approuvé|acceptez)|\b(?:acceptation|"
    r"validation|approbation) (?:écrite )?(?:de ce|du|d'un) devis\b|\bdevis séparé\b|"
    r"\b(?:attend(?:ons)?|après|qu'après|qu'avec) votre (?:accord|acceptation|validation)\b|"
    r"\bvotre accord avant(?:[.,;]| d'intervenir| de (?:le |les )?(?:faire|réaliser))|"
    r"\b(?:offerte|prijsopgave|prijsofferte|schatting|inschatting|raming)\b[^.\n]{0,40}"
    r"\b(?:akkoord|goedkeur|goedgekeurd|aanvaard|bevestig)\w*|\b(?:als|zodra|nadat) (?:jij|je|u|"
    r"jullie|hij|zij) akkoord (?:geeft|geven|gaat|gaan)\b)"
)
# More work than estimated, approved before going on: "on vous demande votre accord avant de
# continuer", "gaan we pas verder na jouw akkoord", "we ask your approval before continuing"
# (not the go-ahead to start: "votre accord avant de commencer")
APPROVED_BEFORE_GOING_ON = (
    (
        r"\b(?:votre|leur) (?:accord|feu vert|validation|approbation) avant de (?:continuer|"
        r"poursuivre|aller plus loin)\b|\b(?:gaan|werken) (?:we|wij|ik) (?:pas |enkel |alleen )?"
        r"verder (?:na|met) (?:jouw|jullie|uw|je) (?:akkoord|goedkeuring|fiat|toestemming)\b|"
        r"\b(?:your|the (?:client|customer)'s) (?:approval|go-ahead|consent|ok) before "
        r"(?:continuing|proceeding|going further|we (?:continue|proceed|go on))\b|"
        # done only on a separate quote: "voert X uitsluitend uit na een schriftelijke offerte",
        # "uniquement sur devis", "only on a written quote" (not the main offer signed: "pas na
        # ondertekening van de offerte")
        r"\b(?:uitsluitend|enkel|alleen|pas) (?:uit |uitgevoerd )?na (?:een )?"
        r"(?:schriftelijke |aparte |afzonderlijke )?(?:offerte|prijsopgave|prijsofferte|raming|"
        r"inschatting)\b|"
        # the go-ahead given on a separate price: "enkel na jullie schriftelijk akkoord op een
        # aparte prijsopgave", "enkel uit na akkoord van de Klant op een prijsopgave" (not the
        # offer itself: "pas na jullie akkoord op de offerte")
        r"\b(?:uitsluitend|enkel|alleen|pas) (?:uit |uitgevoerd )?na (?:jullie |uw |je |het )?"
        r"(?:schriftelijke? )?akkoord (?:van (?:de |het )?\w+ )?op een (?:aparte |afzonderlijke |"
        r"schriftelijke )?(?:offerte|prijsopgave|prijsofferte|raming|inschatting)\b|"
        # "font l'objet d'un devis préalable", "un devis que vous acceptez avant d'intervenir",
        # "un devis préalable à accepter par écrit" (not "le devis préalable à la commande")
        r"\b(?:objet d'un|sur|après) devis (?:préalable|séparé|distinct)\b|\bdevis préalable "
        r"(?:à accepter|que|approuvé|accepté|validé|signé)\b|\bdevis que (?:vous|le client) "
        r"(?:acceptez|accepte|validez|valide|approuvez|approuve|signez|signe) (?:\w+ ){0,2}?"
        r"avant\b|\b(?:is|are) subject to (?:a |an )?(?:separate|prior|written) (?:quote|"
        r"quotation|estimate)\b|\b(?:uniquement|seulement) "
        r"(?:sur|après) (?:un )?devis\b|\bonly (?:after|on|upon) (?:a |an )?(?:separate |"
        r"written )?(?:quote|quotation|estimate)\b",
        1.0,
    ),
)
# "à notre tarif de 85 EUR de l'heure", "at our hourly rate of EUR 90 per hour" (its own
# pattern: an alternative of _RATE may not open with the same word as another)
_OUR_RATE = (
    r"\b(?:à (?:notre|nos)|at our) (?:taux|tarifs?|(?:hourly |daily )?rates?)(?: horaires?)? "
    r"(?:de|of) " + _AMOUNT_PER_HOUR_OR_DAY
)
RATED_AND_APPROVED_FIRST = (
    (_RATE + r"[^.\n]{0,120}?" + _APPROVED_FIRST, 1.0),
    (_OUR_RATE + r"[^.\n]{0,120}?" + _APPROVED_FIRST, 1.0),
    (_APPROVED_FIRST + r"[^.\n]{0,120}?" + _RATE, 1.0),
)
# The client's go-ahead in plain words: "only after you OK my estimate", "after you have approved
# the quote" (not "after you receive the invoice")
APPROVED_BY_YOU = (
    r"|\bafter (?:you|the (?:client|customer)) (?:have |has )?(?:ok|okay|ok'd|okayed|approved?|"
    r"accepted?|confirmed?|agreed? to|signed? off)\b"
)
# a term by the month is a duration ("maandelijks opzegbaar", "de mois en mois")
BY_THE_MONTH_CONCRETE = (
    r"|\b(?:maandelijks|jaarlijks|per maand|per jaar|per kwartaal) opzegbaar\b|\brésiliable "
    r"(?:mensuellement|annuellement|chaque mois|chaque année)\b|\bde mois en mois\b|\bmois par "
    r"mois\b|\brolling monthly\b"
)

# The client's part in the informal address: "zorg wel dat jullie wachtwoorden klaarliggen",
# "jullie bezorgen ons de teksten", "vous nous transmettez les accès", "you give me admin access"
# (not a call to the supplier: "you give us a call", "zorg dat je ons belt")
CLIENT_TO_DO = (
    (
        r"\bzorg (?:wel |er ?voor |ervoor )?dat (?:jullie|u|je) (?!ons\b|mij\b)|"
        r"\b(?:jullie|je|jij) (?:bezorgen|bezorgt|zorgen|zorgt|leveren|levert|voorzien|voorziet) "
        r"(?:ons|mij|me)?\b|"
        # inverted after a time phrase: "uiterlijk 1 februari bezorgen jullie ons de export",
        # "bij uw akkoord bezorgt u ons de aanvraag" (not "we bezorgen jullie ons verslag")
        r"\b(?:bezorgen|bezorgt|leveren|levert|geven|geeft|sturen|stuurt|verlenen|verleent) "
        r"(?:jullie|u|je|jij) (?:ons|mij|me) (?:de|het|een|uw|jullie|je|uiterlijk|tijdig|vóór|"
        r"binnen|ten laatste|tegen)\b|"
        r"\bvous (?:nous|m') ?(?:donnez|transmettez|communiquez|envoyez|fournissez)\b|"
        r"\byou (?:give|send|provide|grant) (?:me|us) (?:\w+ ){0,2}(?:access|logins?|"
        r"credentials|passwords?|texts?|content|data|files|photos|images)\b",
        1.0,
    ),
    (
        # what the supplier needs from the client's side: "Van jullie kant hebben we nodig:",
        # "Van jullie heb ik tegen 18 december ... nodig", "De votre côté, il nous faut ...",
        # "de votre côté, merci de prévoir l'accès", "by 6 January we need from you" (not "we
        # have heard nothing from you", "de votre côté, aucune action n'est requise")
        r"\bvan (?:jullie|u|je)(?: kant)? (?:heb|hebben) (?:ik|we|wij)\b[^.\n]{0,80}\bnodig\b|"
        r"\b(?:heb|hebben) (?:ik|we|wij) van (?:jullie|u|je)\b[^.\n]{0,60}\bnodig\b|"
        r"\bde votre côté\b,? (?:il (?:nous|me) faut|nous avons besoin|on a besoin|j'ai besoin|"
        r"nous aurons besoin|merci de|nous vous demandons|vous (?:devez|prévoyez|fournissez|"
        r"veillez))|"
        r"\bwe(?:'ll| will)? need from you\b|\bfrom you we need\b|\bon your side,? (?:we "
        r"need|i need|please (?:provide|make sure|arrange|send))\b|"
        # the client's side as the key of a line, its items after the colon: "De votre côté :
        # une prise réseau, l'accès ...", "À prévoir de votre côté avant l'installation : une
        # connexion ...", "Van uw kant: de lijst ...", "On your side: a network socket ..."
        # (not "De votre côté : aucune action")
        r"\b(?:à prévoir de|de) votre (?:côté|part)(?: [^:\n]{1,40}?)?\s?:\s?(?:le|la|les|l'|une?|"
        r"des|vos?|votre)\b|\bvan (?:uw|jullie) kant\s?:\s?(?:de|het|een|uw|jullie)\b|"
        r"\bon your (?:side|end)\s?:\s?(?:a|an|the|your)\b",
        1.0,
    ),
)
# a moment told informally: "tegen dan", "by then", "d'ici là", "binnen de eerste week"
BY_THEN = (
    r"|\btegen dan\b|\bby then\b|\bd'ici là\b|\bbefore (?:i|we) start\b|"
    r"\b(?:binnen|in|tijdens) de eerste (?:week|weken|maand|dagen|werkdagen)\b|"
    r"\b(?:dans|pendant|durant) (?:la|les) premi[èe]res? (?:semaines?|jours)\b|"
    r"\b(?:within|in|during) the first (?:week|month|days)\b"
)

# Bugs fixed for free after delivery: "bugs found in the first 60 days are fixed free of
# charge", "les bugs signalés le premier mois sont corrigés gratuitement" (not "are not fixed
# free of charge", "ne sont pas corrigés gratuitement")
FIXED_FOR_FREE = (
    (
        r"\b(?:bugs|defects|errors|faults)\b(?![^.\n]{0,100}\bnot\b)[^.\n]{0,80}\b(?:fixed|"
        r"corrected|repaired|resolved|remedied) (?:free of charge|at no (?:extra |additional )?"
        r"(?:cost|charge)|for free|without charge)|"
        r"\b(?:bugs|anomalies|erreurs|défauts)\b(?! de factur)(?![^.\n]{0,100}\bpas\b)"
        r"[^.\n]{0,80}\b(?:corrigée?s?|réparée?s?|résolue?s?) (?:gratuitement|sans frais|à titre "
        r"gratuit)",
        1.0,
    ),
)

# Updates as a part of a small service: "komt langs voor updates", "(updates WordPress en
# plugins, back-up)", "mises à jour Windows", "for updates of the plugins" (not news: "voor
# updates over de planning", "for updates on the project")
UPDATES_OF_SOFTWARE = (
    (
        r"\b(?:updates?|mises? à jour) (?:van |of |de |du |des |voor |for )?(?:de |het |the |"
        r"les? |la )?(?:windows|wordpress|plugins?|macos|ios|android|antivirus|firmware|drupal|"
        r"joomla|office|os|besturingssysteem|système)\b|"
        r"\b(?:voor|for|pour) (?:de |les |the )?(?:updates|mises à jour)\b(?! (?:over|about|sur|"
        r"on|concernant)\b)",
        1.0,
    ),
)

# A statement of the hours or interventions used, sent to the client of a package: "vous recevez
# un relevé des heures prestées", "een overzicht van de gepresteerde uren", "an overview of the
# hours spent" (not opening hours: "relevé des heures d'ouverture")
HOURS_STATEMENT = (
    (
        r"\b(?:relevé|récapitulatif|décompte|état) (?:détaillé )?des (?:heures|interventions|"
        r"prestations|tickets)\b(?! d'ouverture| de bureau)|"
        r"\b(?:overzicht|lijst|afrekening) (?:van )?(?:de |alle )?(?:gepresteerde|bestede|gewerkte|"
        r"verbruikte) uren\b|\boverzicht van (?:de |alle )?(?:interventies|tickets|prestaties)\b|"
        r"\b(?:overview|statement|summary|report) of (?:the |all )?(?:hours|time) (?:spent|worked|"
        r"used)\b|\b(?:overview|summary) of (?:the |all )?(?:tickets|interventions|work done)\b",
        1.0,
    ),
)

# A one-person supplier stood in for by a fellow professional: "il est remplacé par un confrère
# de confiance", "dan word ik vervangen door een collega", "I am replaced by a fellow developer"
# (not a part replaced: "la pièce est remplacée par une pièce neuve")
STAND_IN = (
    (
        r"\b(?:est|sera|wordt|word|is|will be|am) (?:\w+ )?(?:remplacée?|vervangen|replaced) "
        r"(?:par|door|by) (?:un |une |een |a |another |an )?(?:\w+ )?(?:confrère|consœur|"
        r"collègue|collega|vakgenoot|colleague|fellow|partner|freelancer|back-?up)\b",
        1.0,
    ),
    (
        # a named stand-in during absence, and people replaced only with consent: "M. Dupont le
        # remplace en son absence", "en son absence, il est remplacé par", "bij mijn afwezigheid
        # neemt mijn collega over", "in her absence Tom takes over", "vervangt de projectleider
        # of deze personen enkel met akkoord" (not "en son absence, la réunion est reportée",
        # nor devices replaced)
        r"\b(?:le|la|les) remplacen?t? en (?:son|leur) absence\b|\ben (?:son|leur) absence,? "
        r"(?:il|elle|ils|elles) (?:est|sont) remplacée?s?\b|\b(?:bij|tijdens) (?:zijn|haar|hun|"
        r"mijn) afwezigheid\b[^.\n]{0,50}\b(?:neemt|nemen|vervangt|vervangen|overgenomen)\b|"
        r"\bin (?:his|her|their|my) absence\b[^.\n]{0,40}\b(?:replaces?|stands? in|takes? over|"
        r"covers?)\b|\bvervang(?:t|en) (?:de |deze |die |zijn |haar )?(?:[\w-]+ ){0,2}?"
        r"(?:projectleider|ontwikkelaar|personen|mensen|technieker|technicus|medewerkers?|"
        r"hen)\b[^.\n]{0,40}\b(?:enkel|alleen|slechts|uitsluitend)\b",
        1.0,
    ),
)

# The supplier's person by a role tied to this client, or the writer doing the work: "M. X est
# le technicien référent du Client", "technicien attitré", "Vaste servicecoördinator is de heer
# Y", "a dedicated engineer", "c'est moi qui m'occupe de votre migration", "ik doe dit zelf samen
# met mijn collega Tom", "together with my colleague Anna"
TEAM_BY_ROLE = (
    (
        r"\b(?:technicien|ingénieur|consultant|développeur)(?:ne)? (?:référent|attitré|dédié)e?\b|"
        r"\b(?:est|sera) l'interlocut(?:eur|rice) (?:du|de la|de l')\b|"
        r"\bvaste (?:service)?(?:coördinator|technicus|consultant|engineer|projectleider)\b|"
        r"\b(?:dedicated|assigned|named) (?:engineer|technician|consultant|developer)s?\b|"
        r"\bc'est moi qui (?:m'occupe|m'en occupe|fais|réalise|gère|installe)\b|\bce sera moi\b|"
        r"\bik doe (?:dit|het|alles|het werk) zelf\b|\bsamen met mijn collega\b|"
        # (not "I will do it myself" in English: "i" opens every "(i)" of a contract's lists)
        r"\btogether with my colleague\b|\bavec (?:mon|ma) coll[èe]gue\b",
        1.0,
    ),
)

# A small supplier's service in its own words: "jaarlijkse check-up", "periodiek nazicht",
# "visite préventive annuelle", "dépannage à distance et sur place", "support informatique"
# (not a medical check-up: only a periodic one, or one of the computers)
PERIODIC_CHECK = (
    (
        r"\b(?:jaarlijkse?|halfjaarlijkse?|periodieke?|preventieve?|yearly|annual|periodic|"
        r"preventive|annuelle?|périodique|préventive?) (?:it-?)?(?:check-?ups?|nazicht|"
        r"onderhoudsbeurt|visites?|bezoek|visits?)\b|"
        r"\bcheck-?ups?\b(?=[^.\n]{0,60}\b(?:updates?|back-?ups?|antivirus|netwerk|network|"
        r"réseau|pc'?s?|servers?|serveurs?))|"
        r"\bdépannages? (?:à distance|sur place|informatiques?)\b|\bsupport informatique\b",
        1.0,
    ),
)
