"""The cue words that find the sentences of each key figure: notice period, contract and
renewal term, payment term, warranty and availability."""

from __future__ import annotations

import re

from vendorpact.core.contracts.figures_sla import cue

NOTICE = cue(
    r"notice|notif|opzeg|opzegging|opgezegd|préavis|dénonc|résili|beëindig|not to renew|"
    r"non-renewal|niet te verlengen|kennisgev|verwittig|"
    r"(?:before|prior to) (?:the|your|its|each) (?:renewal|anniversary|expir|end)|"
    # "unless you tell us 30 days before it ends", "before the subscription renews"
    r"(?:before|prior to) (?:it|the (?:agreement|contract|plan|subscription)) (?:ends|expires|"
    r"renews)\b|"
    # "y met fin au moins un mois avant la date anniversaire", "vóór de vervaldag opzegt"
    r"avant (?:la date anniversaire|l'échéance|le terme|la date d'échéance|son échéance)|"
    r"avant (?:sa|leur|chaque) (?:date anniversaire|date d'échéance|fin|expiration)|"
    r"v(?:oo|óó)r de (?:vervaldag|vervaldatum|verjaardag|verjaardatum)"
    # "par lettre recommandée adressée au moins trois mois à l'avance", "drie maanden vooraf"
    # warning the other party: "en nous prévenant un mois avant", "by letting us know a month
    # before", "door ons een maand vooraf te verwittigen" (verwittig above)
    r"|prévenant|by letting (?:us|you|the other party) know|"
    r"(?:days?|weeks?|months?|jours|semaines|mois|dagen|weken|maanden|maand) (?:in advance|"
    r"à l'avance|d'avance|vooraf|op voorhand|van tevoren)"
)
NOTICE_CONTEXT = re.compile(
    r"terminat|renew|cancel|opzeg|verleng|beëindig|résili|recondu|renouvel|dénonc|expir|"
    r"\bend (?:this|the)|mettre fin|met fin|stopzet|opgez|(?:mettre|met) un terme|échéance|"
    # the agreement as a pronoun: "either of us can stop it with one month's notice", "end it
    # at any time", "y mettre fin", "ermee stoppen"
    r"\b(?:end|stop|cancel|terminate) (?:it|them)\b|y mettre fin|"
    # "vous pouvez l'arrêter quand vous voulez", "arrêter le contrat" (not "arrêter le serveur")
    r"(?:l'|les )arrêter|être arrêtée?s?\b|"
    r"arrêter (?:(?:le|votre|ce) (?:contrat|service|support|abonnement)|"
    r"l'abonnement|les services|la (?:collaboration|maintenance))\b|"
    r"(?:stoppen|stopt|stop) (?:ermee|met)"
)
# wanting or being free to stop: "Wil je stoppen, laat het ons dan 30 dagen op voorhand weten",
# "if you want to stop", "tu peux arrêter quand tu veux" (read only in a sentence with "stop" or
# "arrêter": each alternative of NOTICE_CONTEXT costs a try at every character)
FREE_TO_STOP = re.compile(
    r"(?:wil|wilt|wenst|willen) (?:je |u |jullie )?(?:ermee |het |dan )?stoppen\b|"
    r"stoppen kan (?=altijd|steeds|op elk|na |vanaf|per |elke|iedere|telkens|mits|met )|"
    r"(?:want|wish|decide) to stop(?= ?[,.]| it\b| with| at| before)|stop (?:at )?any ?time|"
    r"(?:veux|voulez|souhaitez|souhaites) (?:\w+ )?arrêter|arrêter (?:quand|à tout moment)"
)
# the agreement valid for a length: "Het raamcontract geldt voor vijf jaar", "The framework
# agreement is valid for five years", "la convention est valable pour trois ans" (not an offer
# valid for 30 days)
AGREEMENT_VALID_FOR = (
    r"(?:agreement|contract|overeenkomst|contrat|convention|raamcontract|raamovereenkomst|"
    r"accord-cadre)s? (?:is |are |est |blijft |reste |remains )?(?:valid|geldig|geldt|valable)"
    r" (?:for|voor|pour|pendant|durant|gedurende)\b"
)
# a verb of lasting before a length: "Het onderhoudscontract duurt twee jaar", "Le contrat
# dure trois ans", "The subscription lasts one year"; only with the agreement or a service as
# its subject (figure_roles.is_other_period): not "de installatie duurt twee weken"
LASTS = (
    r"(?:duurt|duren|dure|durent|lasts|will last|shall last) "
    r"(?=(?:for )?(?:\S+ )?(?:\(\d+\) )?(?:mois|ans?|années|months?|years?|maanden|jaar|jaren)\b)"
)
# the agreement measured by its length: "We stellen een contract voor van 36 maanden", "un
# contrat d'un an", "Your subscription is for 12 months" (not "the contract fee of 12 months",
# "suspend the contract for 3 months")
CONTRACT_OF = (
    r"(?:contract|contrat|overeenkomst|abonnement|subscription)s? (?:voor )?"
    r"(?:van|de|d'|of|(?:is|est) (?:for|pour))\s?"
    r"(?=(?:\S+ )?(?:\(\d+\) )?(?:mois|ans?|années?|months?|years?|maanden|jaar|jaren)\b"
    r"(?! ago\b| geleden\b))"
)
# "je zit er een jaar aan vast", "u zit 24 maanden vast" (the client bound for a length)
STUCK_FOR = (
    r"(?:(?:je|u|jullie) (?:zit|zitten)|(?:zit|zitten) (?:je|u|jullie)) (?:er )?"
    r"(?=(?:\S+ )?(?:\(\d+\) )?(?:maanden|maand|jaar|jaren)(?: aan)? vast\b)"
)
# "the initial subscription period is 36 months" (not "the minimum notice period")
COMMITTED_PERIOD = (
    r"(?:initial|minimum|commitment) (?:subscription |service |contract |licen[cs]e )?period\b"
)
TERM = cue(
    r"(?:initial|maintenance|subscription|contract) (?:term|period)|term of (?:this|the)|"
    r"(?:has|have|for) a (?:fixed |firm |minimum )?term of|"
    # "loopt 36 maanden", not a warranty that runs: "de waarborg loopt twaalf maanden"
    r"loopt (?<!waarborg loopt )(?<!garantie loopt )|"
    r"(?:month|year) (?:\w+ )?(?:agreement|contract|subscription|retainer|commitment)|"
    r"pour une (?:\w+ )?(?:période|durée) de|"
    r"voor een (?:\w+ )?(?:periode|duur) van|duurtijd|runs? for|"
    r"(?:continue|remain) in (?:full force and )?effect|shall continue for|for a (?:period|"
    r"term) of|"
    r"is for a period|looptijd|aangegaan voor|gesloten voor|duur van|durée|conclue?s? pour|"
    r"period of one|for an initial|minimum (?:term|period)|contractduur|minimale looptijd|"
    r"période initiale|période minimale"
    # Flemish key-value and verb: "Aanvangsduur: 3 jaar", "de licenties lopen vier jaar vanaf"
    r"|aanvangsduur|initiële (?:looptijd|duur)|(?:licenties?|overeenkomsten?|contract(?:en)?|"
    r"abonnement(?:en)?|onderhoud) (?:loopt|lopen) "
    # "Le contrat de maintenance prend cours à la réception pour 12 mois", "treedt in werking
    # voor twee jaar", "takes effect on signature for 24 months"
    r"|prend (?:cours|effet)|entre en vigueur|treedt in werking|takes effect"
    # "De aanvangsperiode bedraagt twaalf maanden", "la période d'engagement est de 24 mois",
    # "the initial subscription period is 36 months"
    r"|aanvangs(?:periode|termijn)|(?:période|durée) d'engagement|" + COMMITTED_PERIOD + r"|"
    # "wordt afgesloten voor vijf jaar" (the anchor is the whole word: not "gesloten voor"),
    # "is entered into for three years"
    r"afgesloten voor|entered into for|concluded for|(?:est|sont|été) souscrite?s? pour|"
    r"(?:is|are|been) subscribed for|"
    # "een minimumduur van 12 maanden", "the minimum commitment is 12 months"
    r"minimumduur|minimum (?:commitment|duration)"
    # a start and a length: "Hosting en onderhoud gaan in op de datum van livegang en lopen
    # twaalf maanden", "the support commences on go-live and runs 12 months"
    r"|(?:gaat|gaan) in (?:op|vanaf|bij)|commences? on"
    # an initial commitment: "Engagement initial de 12 mois", "an initial commitment of 24
    # months", "een initiële verbintenis van 36 maanden"
    r"|engagement (?:initial|minimum|minimal) de|(?:initial|minimum) commitment of|"
    r"(?:initiële|minimale) verbintenis"
    # the French verb of running: "L'hébergement et la maintenance courent pendant 48 mois"
    # (not a warranty that runs: "la garantie court pendant 12 mois")
    r"|cour(?:en)?t\spendant\s(?<!garantie court pendant )(?<!garanties courent pendant )"
    # a plural subject that runs a length: "Hosting en beheer lopen 48 maanden", "the hosting
    # and support run 36 months"; "for the duration of the Agreement: 48 months"
    r"|lopen (?=(?:\S+ )?(?:\(\d+\) )?(?:maanden|jaar|jaren)\b)|"
    r"runs? (?=(?:\S+ )?(?:\(\d+\) )?(?:months|years)\b)|duration of (?:this|the)\b|"
    r"(?:agreement|contract|overeenkomst|contrat|subscription|abonnement)s? (?:has|have) a "
    r"(?:total |fixed |minimum )?duration of|for a duration of|" + AGREEMENT_VALID_FOR + "|"
    # "Elle court 12 mois à partir de l'installation" (not "la garantie court 12 mois")
    r"cour(?:en)?t (?<!garantie court )(?<!garanties courent )"
    r"(?=(?:\S+ )?(?:\(\d+\) )?(?:mois|ans?|années)\b)|" + LASTS + r"|" + CONTRACT_OF + r"|"
    # "L'engagement est de 36 mois", "the commitment is 24 months", "de verbintenis bedraagt"
    # the client committing for a length: "U verbindt zich voor 24 maanden", "Vous vous
    # engagez pour 24 mois", "You commit for 24 months", "you're locked in for 12 months"
    r"(?:verbindt|verbinden) (?:u |je |jij |zich )?(?:zich |je )?voor|vous engagez pour|"
    r"commit(?:s|ted)? for|locked in for|(?:vous êtes|tu es) engagée?s? pour|" + STUCK_FOR + r"|"
    r"(?:engagement|commitment|verbintenis) (?:est|sera|is|will be|bedraagt) (?:de |d')?"
    r"(?=(?:\S+ )?(?:\(\d+\) )?(?:mois|ans?|années|months|years|maanden|jaar)\b)"
)
RENEWAL = cue(
    r"renew|extended for|extended automatically|automatically extended|tacitly extended|"
    # the agreement as the subject: "the agreement extends for one further year" (not "the
    # warranty extends", "the project extends for 2 months")
    # (anchored on "extends": "it" and "term" stand everywhere)
    r"extends\b(?:(?<=agreement extends)|(?<=contract extends)|(?<=subscription extends)|"
    r"(?<=term extends)|(?<=it extends)|(?<=automatically extends))|"
    # Flemish "stilzwijgend hernieuwd"; not "de hernieuwde website"
    r"hernieuwd\b|hernieuw(?:ing|en|t)\b|"
    r"(?:automatically|tacitly) be extended|"
    r"prolong|verlengd|verlengt\b|verlenging|reconduction|reconduit|renouvel|successive|"
    r"month-to-month|month to month|roll(?:s|ed|ing)? over|rolling|voortgezet|voortzet|telkens"
    # a continuation measured by a word: "then continues month by month", "loopt daarna maand
    # per maand verder", "se poursuit de mois en mois"
    r"|month by month|maand per maand|van maand tot maand|de mois en mois|year by year|"
    r"jaar per jaar|van jaar tot jaar|d'année en année"
    # an option to extend: "kan de overeenkomst tweemaal met een jaar verlengen", "it may be
    # extended once by 12 months", "an option to extend"
    r"|verlengen\b|extended (?:once|twice|one more time)\b|option to extend\b|"
    r"(?:agreement|contract) (?:may|can) be extended\b"
    # "then continues per month", "se poursuit ensuite mensuellement", "loopt twaalf maanden
    # en daarna maandelijks door"
    r"|continues? (?=per month|monthly|on a monthly|month)|se poursui(?:t|vent)\b|"
    r"(?:daarna|nadien|then|thereafter|ensuite|puis) (?=(?:\w+ ){0,3}(?:maandelijks|per maand|"
    r"monthly|per month|mensuellement|par mois)\b)|"
    # "After the first year the contract becomes month-to-month", "le contrat devient mensuel"
    r"becomes? (?=month-to-month|monthly|month to month)|devient mensuel|"
    r"(?:loopt|lopen) (?=(?:\w+ ){0,3}(?:maandelijks|per maand) door\b)|"
    # a plan that runs per year or per month: "Het contract loopt per jaar"
    r"(?:loopt|lopen) per (?:jaar|maand)\b(?! op\b)"
)
PAYMENT = cue(
    r"(?:payable|paid|pay|payment|due)[^.\n]{0,80}(?:within|net|upon receipt|on receipt|"
    r"no later than|not later than|"
    r"in advance)|\bnet \d|betaling|betalen|"
    r"voldoet|factuur|facture|paiement|règlement|payables?|betaalbaar|incasso|geïncasseerd|"
    r"due [^.\n]{0,30}(?:days|dagen|jours)|"
    # the key of a key-value line: "Payment terms: 30 days from invoice date"
    r"payment terms?\b|terms of payment|betaaltermijn|payment\s?:|payment period\b|"
    r"payment (?=\d)|"
    # "collected by direct debit, 14 days after the invoice date", "par domiciliation"
    r"direct debit|domicili|prélèvement|automatische incasso|"
    # "Invoices must be settled within 30 days", "you have 21 days to pay" (figure_payment.PAID and
    # payment_rank still ask for a word of paying or an invoice: not "disputes are settled")
    r"settled? within|be settled\b|(?:days|weeks) to pay\b"
)
# "Waarborg: 12 maanden", "een waarborg van zes maanden op de onderdelen": a period; not a
# deposit ("een waarborg van 500 euro", "een waarborg van drie maanden huur")
WAARBORG_PERIOD = (
    r"waarborg\W{1,3}(?:van |bedraagt |is |duurt |loopt )?"
    r"(?=\w+ (?:\(\d+\) )?(?:maanden|maand|jaar|jaren|weken|dagen)\b"
    r"(?! (?:huur|vergoeding|abonnement|facturatie)))"
)
# the length first: "24 maanden omniumwaarborg vanaf de oplevering", "twee jaar waarborg op
# de onderdelen"; not a deposit ("drie maanden waarborg, te storten bij ondertekening")
WAARBORG_AFTER = (
    r"(?:maanden|maand|jaar|jaren|weken|dagen) (?:omnium|volledige |totale )?waarborg\b"
    r"(?!\W{0,3}(?:te storten|storten|gestort|te betalen|betalen|betaald|huur))"
)
WARRANTY = cue(
    r"warrant|garantie|garandeert|garantit|bug ?fix|no-charge maintenance"
    # Flemish "waarborg" in the sense of a warranty period (not a deposit)
    r"|waarborg(?:termijn|periode)|" + WAARBORG_PERIOD + "|" + WAARBORG_AFTER + "|"
    # the noun "guarantee" with a length: "a one-year guarantee on all our work", "a
    # guarantee of 6 months", "Guarantee period:"; not a money-back or satisfaction guarantee
    # of 30 days, nor a price guarantee
    r"(?:year|month|week)s?[- ]guarantee\b|guarantee (?:period|term)\b|"
    r"guarantee of (?<!price guarantee of )(?<!rate guarantee of )"
    r"(?=(?:\S+ )?(?:\(\d+\) )?(?:months?|years?|weeks?)\b)"
)
# weaker: a verb of guaranteeing anything, an aftercare period; only when no warranty is named
# "onderdelen worden gewaarborgd gedurende zes maanden", "la réparation est garantie un an",
# "repairs are guaranteed for 90 days": only a period of defects or from delivery counts
WARRANTY_LIKE = cue(
    r"garanderen|garantiss|nazorg|gewaarborgd|waarborgt|waarborgen\b|garantis?\b|guarantee|"
    # "staat gedurende twaalf maanden na de oplevering in voor de goede werking"
    r"staat (?:\w+ ){0,8}in voor|instaat voor|instaan voor"
)
AVAILABILITY = cue(
    r"availab|uptime|up-time|beschikbaar|disponibilit|disponibles?\b|"
    # other words for being available: "Het platform is bereikbaar 99,5% van de tijd", "le
    # service est accessible 99,5 % du temps", "the platform is up 99.9% of the time"
    r"bereikbaar|accessibles?\b|(?:up|online|en ligne) (?=\d)|"
    # a share of the time: "dat de webshop minstens 99,5% van de tijd online is"
    r"of the time\b|du temps\b|van de tijd\b"
)
AVAILABLE_WORD = re.compile(r"availab|uptime|up-time|beschikbaar|disponibilit")
# "disponible" and the other words count with the service as their subject: "Le service est
# disponible 99,5 % du temps" (not "le technicien est disponible 95 % du temps", "pièces
# disponibles à 98 %", "the helpdesk is reachable for 95% of calls")
AVAILABLE_SERVICE = re.compile(
    r"(?:service|plateforme|platform|application|applicatie|app|site|website|système|systeem|"
    r"system|solution|oplossing|hébergement|hosting|serveur|server|logiciel|software|dienst|"
    r"omgeving|environment|portail|portal|webshop|boutique|shop)s? (?:\w+ ){0,2}?"
    r"(?:est |sont |sera |seront |is |are |will be |zal |blijft |stays |remains |reste )?"
    r"(?:disponibles?|bereikbaar|accessibles?|up|online|en ligne)\b"
)


SHARE_OF_TIME = re.compile(r"(?:%|percent|procent|pour ?cent) (?:of the time|du temps|van de tijd)")
# the service, named with a determiner (not "on site"), and a word of running: "dat de
# webshop minstens 99,5% van de tijd online is" (not "the service meets its targets 95% of
# the time", "the technician is on site 95% of the time")
SERVICE_NOUN = re.compile(
    r"\b(?:the|de|het|le|la|l'|our|onze|notre|votre|your|uw|je) ?(?:service|plateforme|platform|"
    r"application|applicatie|app|site|website|système|systeem|system|solution|oplossing|"
    r"hébergement|hosting|serveur|server|logiciel|software|dienst|portail|portal|webshop|"
    r"boutique|shop)s?\b"
)
RUNNING = re.compile(
    r"\b(?:online|en ligne|up|in de lucht|opérationnel|operationeel|operational|running|draait)\b"
)


def ends_the_agreement(text: str) -> bool:
    """Whether a sentence with a notice word is about ending the agreement."""
    if NOTICE_CONTEXT.search(text):
        return True
    return ("stop" in text or "arrêter" in text) and bool(FREE_TO_STOP.search(text))


def of_availability(text: str) -> bool:
    """Whether a sentence names availability, or the service as the subject of a weaker word
    ("disponible", "bereikbaar", "accessible", "up") or of a share of the time, or none (under
    an availability heading)."""
    if AVAILABLE_WORD.search(text) or AVAILABLE_SERVICE.search(text):
        return True
    if SHARE_OF_TIME.search(text):
        return bool(SERVICE_NOUN.search(text) and RUNNING.search(text))
    return not AVAILABILITY.regex.search(text)
