"""The rule for the agreement's duration and renewal (exit.duration_renewal).

A sentence settles the duration when the agreement (or its term) is the subject of a duration
verb ("this Agreement shall commence … and continue until …", "the term of this Agreement is
three years", "the contract is valid for 5 years"), when a definition or key-value line gives the
period ('"Contract Period" means the period commencing on …', "Initial term: 12 months") or when
it speaks of renewal. Wording in the wrong sense does not count:

- sentences that only refer to the term ("keep insurance throughout the Term", "during the Term
  and any renewal terms", "gedurende de looptijd", "pendant la durée du contrat"): the rule's
  `references`, whose cues are ignored;
- a period named without its length ("the initial term", "expiration date"): a weak cue that
  counts only next to others or under a heading on the term;
- "remains in full force and effect" without a time (amendment and severability boilerplate),
  "shall not be effective until" (a condition), "this compensation shall expire on" (another
  subject), "this Agreement shall terminate if …" (a termination event), provisions that
  outlast the agreement (survival in other words);
- forms and templates attached to the agreement ("Exhibit B – Form of Statement of Work").
"""

from vendorpact.core.contracts.detectors.common import (
    CALENDAR_DATE,
    DURATION,
    FORM_HEADING,
    MONTH_NAME,
    NUMBER_WORD,
)
from vendorpact.core.contracts.detectors.engine import Rule
from vendorpact.core.contracts.detectors.informal_wording import BY_THE_MONTH, BY_THE_MONTH_CONCRETE
from vendorpact.core.contracts.detectors.renewal_wording import STARTS_AND_RUNS

# the names of the agreement's period that a definition may settle: '"Contract Period" means …'
_DEFINED_PERIOD = (
    r"(?:initial term|renewal term|contract term|contract period|license term|licence term|"
    r"subscription term|subscription period|service term|service period|term|period)"
)

# a period of the agreement named: "initial term", "subscription period"
_NAMED_PERIOD = (
    r"(?:initial|renewal|maintenance|subscription|contract|service|license|licence) "
    r"(?:term|period)"
)

DURATION_RENEWAL = Rule(
    id="exit.duration_renewal",
    cues=(
        (
            r"(?:shall|will) (?:commence|begin|become effective|be effective|take effect)"
            r"[^.\n]{0,120}(?:until|end|expire|continue|terminate)|"
            # the agreement or its term expires, not "this compensation shall expire on"
            r"(?:agreement|contract|term|period|licen[cs]e|subscription|order|amendment|it)[\"”)]*"
            r" (?:\w+ )?(?:shall|will) expire (?:on|upon|at)|"
            # "… shall take effect on 1 December and shall expire on 30 November"
            r"\band (?:shall|will) expire (?:on|upon|at)\b|"
            r"(?:shall|will) expire (?:on|upon|at) the (?:earlier|earliest|later|latest) of|"
            r"(?:remain|be) (?:in )?effective until|in (?:full force and )?effect until|"
            r"effective term|tacitly renew|renewed tacitly|"
            # key-value "Term: 1 year", "Term: 1 March 2027 to …", not "during the term:"
            r"\bterm:\s*(?:" + NUMBER_WORD + r"|" + MONTH_NAME + r"|from|commenc|initial|"
            r"perpetual|indefinite|until)|"
            r"(?:continue|remain)s? (?:in (?:full )?(?:force|effect) )?perpetual|"
            r"(?:agreement|licen[cs]e) (?:shall|will) (?:automatically )?expire\b|"
            # "remains in force for two years / until …", not "remains in full force" alone
            # (amendment and severability boilerplate)
            r"(?:remain|continue)s? in (?:full )?force(?: and effect)? (?:for|until|through|"
            r"thereafter|unless|so long|as long)\b|"
            r"(?:have|has) a term of|(?:shall|will) (?:extend|continue in effect) until|"
            r"(?:shall|will) (?:automatically )?terminate (?:up)?on the (?:earlier|earliest|"
            r"later|expiration|expiry)",
            1.0,
        ),
        (
            # the agreement as the subject of a duration verb: "the term of this Agreement
            # shall be", "this Agreement shall continue until …", "the contract is valid
            # for 5 years", "this agreement shall immediately and automatically terminate
            # upon the expiration of …"
            r"term of (?:this|the) agreement (?:shall|will|is|commences|begins|ends|expires|"
            r"runs|continues)\b|"
            r"(?:this|the) (?:\w+ )?(?:agreement|contract) (?:shall|will) "
            r"(?:commence|continue|remain|expire|terminate|be effective|be in effect)"
            # "this Agreement shall terminate if …" names a termination event, not a duration
            r"(?! (?:if|in the event|in case|should)\b)"
            r"[^.\n]{0,120}(?:until|years?|months?|expir\w*|periods?|terms?)\b|"
            r"(?:agreement|contract) (?:is|shall be|will be|remains) valid (?:for|until)\b|"
            r"(?:agreement|contract) (?:shall|will) (?:\w+ (?:and )?){0,3}(?:terminate|expire)"
            r"(?: \w+(?: and \w+)?)? (?:up)?on the (?:expiration|expiry|end|termination)\b|"
            r"(?:upon|on|at) the (?:expiration|expiry|end) of [^.\n]{0,120}(?:this|the) (?:\w+ )?"
            r"(?:agreement|contract) (?:shall|will) (?:\w+ (?:and )?){0,3}(?:terminate|expire)|"
            r"(?:renew|extend)(?:ed|s)? (?:automatically|(?:\w+ ){0,2}for (?:an? )?(?:additional|"
            r"successive|further|subsequent|consecutive))|automatically (?:renew|extend|"
            r"be renewed)|successive (?:renewal )?(?:periods?|terms?)|"
            # "auto-renews for 12-month periods", "successive 24-month periods"
            r"auto-?renew\w*|successive [\w-]+[- ](?:year|month)s? (?:periods?|"
            r"terms?)|"
            # "the initial term of the agreement is 5 years", "an initial term of 3 years",
            # "Subscription period: 12 months", "Renewal term - 1 year"
            r"(?:\bterm (?:of [^.\n]{0,40}?)?(?:is|shall be|will be)(?: for)?|"
            + _NAMED_PERIOD
            + r" of)(?: a period of)? "
            + DURATION
            + r"|"
            + _NAMED_PERIOD
            + r"(?:\s*[:|=–-]\s*|\s+(?:is|shall be|will be)\s+|\t|\s{2,})(?:a period of )?(?:"
            + DURATION
            + r"|"
            + CALENDAR_DATE
            + r")|"
            r"expiration date (?:of|for) (?:this|the) (?:agreement|contract|(?:initial )?term)|"
            # "remain in effect for a period of two years", "… for thirty-six (36)" (the
            # unit cut off by a page break), "continue in effect from the effective date
            # until …"; not "remain in effect for the current term"
            r"(?:continue|remain) in (?:full force and )?effect (?:from [^.\n]{0,60})?"
            r"(?:until|for (?:a |an )?(?:(?:initial |further |additional )?(?:period|term) of|"
            + NUMBER_WORD
            + r"\b|so long|as long))",
            1.0,
        ),
        (
            # a definition of the term that settles it: '"Contract Period" means the period
            # commencing on 1 June 2015 and ending on 31 May 2016'
            r"(?:\"" + _DEFINED_PERIOD + r"|“" + _DEFINED_PERIOD + r")"
            r"[\"”]\s*(?:\([^)\n]{0,30}\)\s*)?(?::|means|shall mean|"
            r"will mean|is defined as)[^.\n]{0,160}?(?:commenc|beginning|starting|from|until|"
            r"through|ending|terminating|concluding|expir|" + DURATION + r")",
            1.0,
        ),
        (
            # a period named next to its length or end: "the subscription period (months):
            # 36", "initial term ends 31 March 2028"
            _NAMED_PERIOD
            + r"\b(?: \((?:in )?(?:months?|years?)\))?[^.\n]{0,40}?\b(?:"
            + DURATION
            + r"|"
            + CALENDAR_DATE
            + r"|(?<=\) )\d+\b|(?<=: )\d+\b)",
            1.0,
        ),
        (
            # a period named, not settled: "during the initial term", "any renewal term",
            # "the contract period", "expiration date" (of what?): it counts next to other
            # cues or under a heading on the term
            _NAMED_PERIOD + r"\b|renewal (?:terms|periods)\b|"
            r"expiration date",
            0.7,
        ),
        (
            r"looptijd|contract(?:duur|periode)|stilzwijgend[^.\n]{0,30}verleng|"
            # "de overeenkomst verlengt zich automatisch met twaalf maanden"
            r"verlengt (?:zich )?(?:automatisch|stilzwijgend|telkens|van rechtswege)|"
            r"(?:gaat in|treedt in werking|vangt aan) (?:op|vanaf) [^.\n]{0,60}(?:loopt tot|"
            r"eindigt op|tot en met)|(?:geldt|loopt|blijft van kracht) zolang|"
            r"stilzwijgende verlenging|"
            # "wordt stilzwijgend hernieuwd", "wordt van jaar tot jaar verlengd"
            r"(?:stilzwijgend|automatisch)[^.\n]{0,30}hernieuw|hernieuwing|van jaar tot jaar|"
            r"aangegaan voor (?:de duur van|een periode|onbepaalde|bepaalde|"
            + NUMBER_WORD
            + r" (?:jaar|maanden)\b)|verlengd met|"
            # "de overeenkomst vangt aan op 1 maart voor een periode van drie jaar"
            r"(?:gaat in|treedt in werking|vangt aan)[^.\n]{0,80}voor (?:een|de) (?:periode|"
            r"duur|termijn) van|van rechtswege (?:verlengd|hernieuwd)|"
            r"duur van de overeenkomst|(?:bepaalde|onbepaalde) (?:tijd|duur)|"
            r"gesloten voor (?:een|de) (?:periode|duur)|"
            # "de overeenkomst is geldig voor drie jaar", "blijft van kracht tot 31 december"
            r"(?:overeenkomst|contract) (?:is|blijft) geldig (?:voor|tot|gedurende)\b|"
            r"blijft van kracht (?:tot|gedurende|voor (?:een periode|de duur))\b",
            1.0,
        ),
        (
            r"durée (?:du contrat|de|initiale|indéterminée|déterminée)|reconduction|reconduit|"
            r"tacite|renouvel(?:é|able|lement)|conclue? pour|"
            # "se renouvelle d'année en année"
            r"renouvell?e(?:nt)? (?:\w+ )?(?:automatiquement|tacitement|d'année en)|"
            # "le contrat est valable pour trois ans", "reste en vigueur jusqu'au 31 mars"
            r"(?:contrat|convention) (?:est|reste|demeure) valable (?:pour|jusqu|pendant)|"
            r"(?:reste|demeure)(?:nt)? en vigueur (?:jusqu|pendant|pour une (?:durée|période))|"
            # Belgian French: "le contrat prend cours le 1er janvier pour une période de 36
            # mois", "est prolongé d'office"
            r"(?:prend|prendra) (?:cours|effet)[^.\n]{0,80}(?:pour une (?:durée|période)|"
            r"jusqu'au|et (?:se termine|prend fin|expire))|"
            r"(?:prolong|renouvel|recondu)\w* d'office",
            1.0,
        ),
        (
            # "the services run from 1 March 2027 until 28 February 2029": the period of
            # the agreement or its services, not of e.g. a promotion
            r"(?:agreement|contract|term|period|services?|subscription|licen[cs]e|support|"
            r"maintenance|runs?|valid|overeenkomst|dienst\w*|abonnement|loopt|lopen|geldt|"
            r"geldig|contrat|prestations?|valable)"
            r"[^.\n]{0,60}?(?:from|van(?:af)?|du|à partir du) (?:the )?"
            + CALENDAR_DATE
            + r",? (?:until|to|till|through|up to|tot(?: en met)?|au|jusqu'au) "
            r"(?:and including )?(?:the )?" + CALENDAR_DATE,
            1.0,
        ),
        (
            # "continues indefinitely unless terminated", "for an indefinite period"
            r"(?:continue|remain|run)s? (?:in (?:full )?(?:force|effect) )?(?:\w+ )?"
            r"indefinitely|(?:for an?|of) (?:indefinite|unlimited) (?:period|term|duration)|"
            r"(?:expiry|expiration|end|termination) date\s*:|(?:eind|afloop)datum\s*:|"
            r"date (?:de fin|d'expiration)\s*:",
            1.0,
        ),
        (
            # "this order ends on 31 December of next year", "de overeenkomst eindigt op
            # 31 december", "le contrat prend fin le 31 décembre": the agreement's own end
            r"(?:agreement|contract|order|subscription|licen[cs]e|overeenkomst|contract|"
            r"bestelling|abonnement|contrat|commande)\b[^.\n]{0,40}?\b(?:ends|expires|"
            r"terminates|eindigt|vervalt|loopt af|prend fin|expire|se termine) (?:on|op|le) "
            r"(?:the )?" + CALENDAR_DATE,
            1.0,
        ),
        (
            # key-value lines: "Durée : 24 mois", "Looptijd: 36 maanden", "Duration: 2 years"
            r"(?:durée|duur|duration|looptijd|contractduur|term)(?: (?:du contrat|de "
            r"l'abonnement|van de overeenkomst|of (?:the )?(?:agreement|contract|"
            r"subscription)))?\s*:\s*" + DURATION,
            1.0,
        ),
        (
            # "the services are provided for the periods in Schedule 1": a duration by
            # reference (partial: the reference gives no figure)
            r"(?:provided|granted|licensed|subscribed|valid|in force|runs?|concluded|"
            r"entered into) for the (?:periods?|terms?|durations?) (?:\w+ ){0,2}?in (?:the )?"
            r"(?:schedule|annex|appendix|exhibit|order form)",
            1.0,
        ),
        (
            # a term borrowed from another agreement: "has the same term as the Master
            # Agreement", "a la même durée que le contrat principal" (partial: see `vague`)
            r"(?:same|identical) (?:term|duration) as|co-?terminous with|(?:dezelfde|gelijke) "
            r"(?:looptijd|duur) als|même durée que",
            1.0,
        ),
        (
            r"for a (?:period|term) of|shall remain in (?:full force and )?effect|\bterm\b|"
            r"perpetual|\bduur\b",
            0.5,
        ),
        (
            # Dutch: the agreement, licence or subscription runs a period ("de licenties lopen
            # vier jaar vanaf de oplevering"; not "de waarborg loopt twaalf maanden"); a
            # key-value initial term ("Aanvangsduur onderhoud: 3 jaar")
            r"\b(?:overeenkomst|contract|licenties?|abonnement|onderhoud|dienstverlening)\b "
            r"(?:\w+ )?(?:loopt|lopen|geldt|gelden) (?:\w+ )?" + DURATION + r"|"
            r"\b(?:aanvangsduur|initiële (?:looptijd|duur))\b[^:\n]{0,30}:\s*" + DURATION,
            1.0,
        ),
        (STARTS_AND_RUNS, 1.0),
        *BY_THE_MONTH,
    ),
    concrete=DURATION
    + r"|perpetual|indefinite|onbepaalde|indéterminée|until|"
    + CALENDAR_DATE
    # "Initial term (months): 24"
    + r"|\((?:in )?(?:months?|years?)\)\W{0,3}\d"
    # a yearly renewal in words: "van jaar tot jaar", "d'année en année", "year-to-year"
    + r"|van jaar tot jaar|d'année en année|(?:year|month)[- ]to[- ](?:year|month)"
    + BY_THE_MONTH_CONCRETE,
    # a term borrowed from another agreement settles no duration: "has the same term as the
    # Hosting Agreement", "heeft dezelfde looptijd als", "a la même durée que le contrat"
    vague=r"(?:same|identical) (?:term|duration) as|co-?terminous|(?:dezelfde|gelijke) "
    r"(?:looptijd|duur) als|même durée que",
    # a form or template attached to the agreement ("Exhibit B – Form of Statement of
    # Work", "Modèle de bon de commande") names a term to fill in, not this one
    skip_heading=FORM_HEADING,
    # wording that only refers to the term: "during the Term and any renewal terms",
    # "for the current term", "gedurende de looptijd", "pendant la durée du contrat"
    references=r"(?:(?:during|throughout|for the (?:remainder|duration) of) the (?:\w+ )?"
    # "… and any renewal terms", "… or any extension or renewal period"
    r"(?:term|contract period)|for the (?:then[- ])?current term)\b(?: of (?:this|the) "
    r"agreement)?(?:,? (?:and|or) [^.\n]{0,25}?(?:renewal|extension) (?:term|period)s?)?|"
    r"(?:gedurende|tijdens) de (?:volledige |hele )?(?:looptijd|duur)\b|(?:pendant|durant)"
    r"[^.\n]{0,7}la durée\b|"
    # a year of the term, not its length: "the first year of the Term ends on 31 December"
    r"\b(?:first|second|third|each|every|current) (?:contract )?year of the (?:initial |renewal )?"
    r"term\b|\b(?:eerste|tweede|derde|elk|ieder) (?:contract)?jaar van de looptijd\b|"
    r"\b(?:première|deuxième|troisième|chaque) année (?:du contrat|de la durée)\b",
    exclude=r"until revoked|survive|"
    # provisions that outlast the agreement (survival in other words)
    r"(?:provisions?|obligations?|covenants?|sections?|articles?|clauses?)[^.\n]{0,40}"
    r"(?:contained|set (?:forth|out)|provided|described) (?:in|under|by) (?:this|the) "
    r"agreement (?:shall|will) (?:continue|remain)|"
    # a condition, not a duration: "such changes shall not be effective until signed"
    r"\b(?:not|no \w+ (?:shall|will)) (?:be|become) effective until|"
    # severability and amendment boilerplate: "the remaining provisions shall remain in
    # full force and effect", "except as amended herein, the Agreement shall remain …"
    r"invalid|unenforceable|illegal|severab|remaining provisions (?:of (?:this|the) agreement )?"
    r"(?:shall|will|remain|continue)|except as (?:\w+ ){0,3}"
    r"(?:amended|modified|supplemented)|other (?:terms|provisions)[^.\n]{0,80}"
    r"(?:remain|continue) in|ongeldig|nietig|vernietigbaar|nullité|invalide|"
    # a period after the end is no term of the agreement: "de geheimhouding blijft van kracht
    # tot drie jaar na het einde van de overeenkomst"
    r"na (?:het einde|afloop|de beëindiging)|après (?:la fin|l'expiration|la résiliation|"
    r"le terme|son terme)",
)
