"""Rules for reporting: progress reports and governance (meetings, steering bodies, escalation,
contact persons)."""

from vendorpact.core.contracts.detectors.common import MONTH_NAME
from vendorpact.core.contracts.detectors.contact_wording import (
    ESCALATION_PATH_CONCRETE,
    NAMED_CONTACT_CONCRETE,
)
from vendorpact.core.contracts.detectors.contacts import contact_weights
from vendorpact.core.contracts.detectors.engine import Rule
from vendorpact.core.contracts.detectors.informal_wording import HOURS_STATEMENT

WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"lundi|mardi|mercredi|jeudi|vendredi)"
)
# how often a report is sent or a meeting held: "every two weeks", "toutes les deux semaines",
# "om de twee weken", "every Friday", "elke maandag", "na iedere sprint", "à chaque jalon"
FREQUENCY = (
    r"(?:every|each|elke?|iedere?|chaque|tous les|toutes les|om de) (?:(?:other|two|three|"
    r"four|six|twee|drie|vier|zes|deux|trois|quatre|\d+) )?(?:days?|weeks?|months?|quarters?|"
    r"dag|week|weken|maand|maanden|kwartaal|trimester|jours|semaines?|mois|trimestres?|"
    r"sprints?|fase|phases?|jalons?|milestones?|mijlpaal|" + WEEKDAY + r"s?)\b|"
    r"(?:after|na|après) (?:each|every|elke|iedere|chaque) \w+|"
    r"(?:twee|drie)?(?:wekelijks|maandelijks)\w*|(?:bi-?)?hebdomadaire|bimensuel\w*|mensuel\w*|"
    r"trimestriel\w*|bi-?weekly|fortnightly|weekly|monthly|quarterly|daily|dagelijks\w*|"
    # a fortnight: "chaque quinzaine", "tous les quinze jours", "om de veertien dagen"
    r"(?:chaque|toutes les) quinzaines?|tous les (?:quinze|15) jours|"
    r"(?:om de|elke|iedere) (?:veertien|14) dagen|"
    # a count per period: "twee keer per jaar", "twice a year", "deux fois par an", and yearly
    # or half-yearly meetings: "halfjaarlijks", "semi-annual", "semestriel", "annuel"
    r"(?:once|twice|\w+ times|(?:één|een|twee|drie|vier|\d+) ?(?:keer|maal)|tweemaal|driemaal|"
    r"(?:une|deux|trois|quatre|\d+) fois) (?:per|a|an|every|each|par) (?:calendar )?(?:year|jaar|"
    r"an|année|half[- ]?year|halfjaar|semester|semestre|month|maand|mois|week|semaine|quarter|"
    r"kwartaal|trimestre)\b|(?:half)?jaarlijks\w*|(?:semi-|bi-)?annual(?:ly)?\b|yearly|"
    r"semestriel\w*|annuel(?:le)?s?\b"
)


# "regularly", "from time to time", "as needed" without a frequency leave reports and meetings
# open: "the parties meet regularly" is partial, "regularly, at least once a month" is not
NO_FREQUENCY = (
    r"^(?![^\n]*(?:\d|" + FREQUENCY + r"))[^\n]*\b(?:regularly|regelmatig\w*|op regelmatige "
    r"basis|régulièrement|régulières?|from time to time|af en toe|de temps (?:en|à) autre|"
    r"as needed|when needed|wanneer nodig|au besoin)\b"
)

# A period a report comes with, in words a pattern can start from ("every month", "chaque mois",
# "elke maand", "monthly", "maandelijks")
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"lundi|mardi|mercredi|jeudi|vendredi)"
)
# "meets" as in a meeting, not "meets the requirements", "meets the service levels"
_NOT_A_REQUIREMENT = (
    r"(?! (?:the |all |its |our |your |these )?(?:\w+ )?(?:requirements?|standards?|"
    r"specifications?|criteria|conditions|expectations|needs|deadlines?|targets?|levels?|"
    r"obligations)\b)"
)
_EVERY_PERIOD = (
    r"\b(?:(?:every|each|elke?|iedere?|chaque|tous les|toutes les) (?:\w+ )?(?:days?|weeks?|"
    r"months?|quarters?|years?|dag|maand|kwartaal|trimester|jaar|jours?|semaines?|mois|"
    r"trimestres?|ans|années?|"
    + _WEEKDAY
    + r")\b|monthly|weekly|quarterly|maandelijks\w*|wekelijks\w*|"
    r"mensuel\w*|hebdomadaire|trimestriel\w*|"
    # "twice a year", "once a month", "twee keer per jaar", "deux fois par an"
    r"(?:once|twice|(?:two|three|four) times|(?:een|één|twee|drie|vier) (?:keer|maal)|"
    r"eenmaal|tweemaal|(?:une|deux|trois|quatre) fois) (?:a|per|every|par) (?:week|month|"
    r"quarter|year|week|"
    r"maand|kwartaal|jaar|semaine|mois|trimestre|an)\b)"
)
# A report noun (not the verb "report incidents", nor a one-off delivery, acceptance or
# commissioning report)
_PERIODIC_REPORT = (
    r"\b(?:report|rapport|verslag)\b(?<!\bto report)(?<!delivery report)(?<!acceptance report)"
    r"(?<!commissioning report)(?<!installation report)(?<!test report)"
    r"(?! (?:a|an|the|any|all|incidents?|faults?|defects?|"
    r"problems?|issues?|bugs?)\b)(?! de (?:réception|livraison|recette|mise en service)\b)"
)

RULES = [
    Rule(
        id="reporting.progress",
        cues=(
            (r"\breports\b", 0.5),
            *HOURS_STATEMENT,
            (
                # a key-value line with a frequency: "Rapport : mensuel", "Rapportage:
                # maandelijks", "Reporting: monthly"
                r"\b(?:rapports?|rapportage|reporting|verslag\w*|reports?)\s*:\s*(?:"
                + FREQUENCY
                + r")",
                1.0,
            ),
            (
                r"(?:status|progress|service|monthly|weekly|quarterly|written|performance|activity)"
                r" reports?|report(?:s|ing)? (?:\w+ )?(?:on|regarding) (?:the )?(?:progress|status|"
                r"service)|"
                r"usage statistics|(?:status|progress) (?:updates?|meetings?|calls?|e-?mails?|"
                r"notes?|overviews?|summar(?:y|ies))|"
                r"(?:monthly|weekly|quarterly) [\w-]+ reports?\b|"
                # a recurring written update: "a short project update every Monday", "une
                # note de suivi", "weekupdate"
                r"\bproject (?:status )?updates?\b|\b(?:weekly|monthly|fortnightly|bi-?weekly) "
                r"(?:project|status|progress) updates?\b|\bupdates? (?:on|about) the "
                r"(?:progress|project|status)\b|\bnotes? de suivi\b|\bpoints? d'avancement\b|"
                r"\b(?:week|maand|project|status|voortgangs)updates?\b|"
                r"(?:inform|updat|apprise|advise|communicat)\w*\b[^.\n]{0,40}\b(?:progress|"
                r"status of the (?:work|project|services|deliverables))",
                1.0,
            ),
            (
                r"voortgang(?:srapport|sverslag|srapportage)?|rapportage|rapporteert|verslag|"
                r"(?:service|maand|activiteiten|incident|status|project|week|kwartaal|"
                r"interventie|onderhouds|sprint|back-up|backup|beheer|monitoring|gebruiks)rapport|"
                r"werkbon(?:nen)?|interventieverslag|"
                r"stand (?:van|der) (?:zaken|werkzaamheden)|bestede (?:aantal )?uren|"
                r"op de hoogte (?:\w+ )?van de (?:stand|vordering)|"
                # "een overzicht van de stand van het project", "an overview of the progress"
                r"\b(?:monthly|weekly|quarterly|maandelijks\w*|wekelijks\w*)\b[^.\n]{0,30}"
                r"\bdashboards?\b|\bdashboards?\b[^.\n]{0,60}\b(?:hours|uren|tickets|incidents|"
                r"kpis?)\b|"
                r"\boverzicht van de (?:stand|voortgang|status|vordering)\b|\bstand van (?:het "
                r"project|de werken|de werkzaamheden)\b|\boverview of the (?:progress|status)\b",
                1.0,
            ),
            (
                r"rapport(?:en)?\b[^.\n]{0,30}\b(?:bezorgd|overgemaakt|verstuurd|transmis|remis|"
                r"envoyé)|(?:bezorgt|ontvangt|transmet|remet|envoie)\b[^.\n]{0,30}\brapport\b",
                1.0,
            ),
            (
                # a report with its frequency, in either order: "Every month you get a short
                # compliance report", "Chaque mois, vous recevez un rapport", "Elke maand een
                # rapport met de uptime", "a usage report by e-mail every month" (not the verb:
                # "report incidents every day"; not a one-off delivery or acceptance report)
                _EVERY_PERIOD
                + r"[^.\n]{0,80}?"
                + _PERIODIC_REPORT
                + r"|"
                # an overview or a short mail with its rhythm: "elk kwartaal een overzicht van de
                # meldingen", "elke vrijdag stuur ik een kort mailtje met waar ik sta", "chaque
                # mois, un récapitulatif", "every Friday a short overview" (not of the invoice)
                + _EVERY_PERIOD
                + r"[^.\n]{0,60}?\b(?:overzicht|statusmail|mailtje|récapitulatif|overview)\b(?! "
                r"(?:van|of|de|des|du) (?:de |je |uw |jullie |the |your |la |votre )?(?:factu\w*|"
                r"kosten|betaling\w*|prijzen|invoices?|costs|payments?|prix|paiements?)\b)|"
                + _PERIODIC_REPORT
                + r"[^.\n,;]{0,60}\b(?:"
                + FREQUENCY
                + r")",
                1.0,
            ),
            (
                r"rapport (?:d'activité|mensuel|d'avancement|d'intervention)|compte[- ]rendu|"
                r"(?:bons?|fiches?) d'intervention|"
                r"reporting|tableau de bord|avancement",
                1.0,
            ),
        ),
        vague=NO_FREQUENCY,
        concrete=(
            r"monthly|weekly|quarterly|daily|each month|real time|maandelijks|wekelijks|"
            r"per (?:maand|kwartaal|week)|mensuel|hebdomadaire|trimestriel|after each|"
            r"following any|full written|na (?:elke|afloop)|inzicht|"
            r"(?:elke?|iedere?) (?:maand|week|kwartaal|trimester)|every (?:month|week|quarter)|"
            r"tweewekelijks|bi-?weekly|fortnightly|"
            r"chaque (?:mois|semaine|trimestre)|tous les mois|après chaque|"
            + FREQUENCY
            # a half year or a year, a report named by its period: "chaque semestre",
            # "halfjaarlijks", "each year", "een maandrapport per campus"
            + r"|\bsemestr\w*|\b(?:half)?jaarlijks\b|\bannually\b|\byearly\b|\b(?:each|every) "
            r"(?:year|six months)\b|\bchaque (?:année|an)\b|\belk(?:e)? (?:jaar|halfjaar)\b|"
            r"\bper (?:jaar|halfjaar)\b|\b(?:maand|week|kwartaal|dag)rapport\w*"
        ),
        exclude=r"credit report|annual report|report(?:ing)? obligations under|10-k|sec\b|"
        r"jaarverslag|jaarrekening|rapport annuel|comptes annuels|"
        # the client reporting incidents to the helpdesk
        r"(?:klant|opdrachtgever|client|gebruiker) (?:\w+ )?(?:rapporteert|meldt|signale)\b|"
        r"(?:client|customer|user)s? (?:shall |will |must |may |should )?reports? (?:any |all )?"
        r"(?:incidents?|problems?|errors?|defects?|faults?|issues?|malfunctions?)|"
        # the software's own reports (stock, sales) are no progress reports
        r"(?:software|system|application|module|tool|platform|pakket|systeem|logiciel|"
        r"applicatie|toepassing)\b[^.\n]{0,40}\b(?:produces?|generates?|genereert|produit|"
        r"génère|creates?)\b[^.\n]{0,40}report|(?:sales|stock|inventory|verkoop|omzet|voorraad|"
        r"ventes?|stocks?)[- ]?(?:reports?|rapport\w*)|"
        # securities-law reporting is no progress reporting to the client
        r"securities|exchange act|periodic reports? (?:with|under|to) (?:the )?(?:sec|"
        r"commission|regulator)|"
        # a signed work order that counts as acceptance ("la signature du bon d'intervention vaut
        # réception", "de getekende werkbon geldt als oplevering") and the product's own
        # dashboard ("support depuis le tableau de bord", "dashboards per building") report no
        # progress
        r"\b(?:vaut (?:réception|acceptation)|geldt als (?:oplevering|aanvaarding|acceptatie)|"
        r"counts as acceptance|(?:depuis|via|from|vanuit) (?:le |votre |the |your |het |uw |"
        r"jullie )?(?:tableau de bord|dashboard)\b|tableau de bord consolidé|"
        r"dashboards? (?:per|par|for each) )",
    ),
    Rule(
        id="reporting.governance",
        # roles, escalation contacts and steering bodies: contacts.py
        cues=(
            (
                r"governance|periodic meetings?|(?:monthly|quarterly|weekly|bi-?weekly|"
                r"fortnightly) (?:\w+ )?(?:meetings?|reviews?)|project review",
                1.0,
            ),
            (
                # a call, a meeting or a review with its frequency, in either order: "checks in
                # with you every quarter to review how it's going", "fait un point de 30 minutes
                # en visio toutes les deux semaines", "elke maand een overleg" (not a report)
                r"\b(?:calls?|meetings?|meets?" + _NOT_A_REQUIREMENT + r"|check(?:s|-ins?)? in|"
                r"reviews?|points?|réunions?|overleg|gesprek|vergadering|bespreking)\b[^.\n]{0,60}?"
                + _EVERY_PERIOD
                + r"|"
                + _EVERY_PERIOD
                + r"[^.\n]{0,40}?\b(?:call|meeting|meet|check-in|review meeting|"
                r"point|réunion|overleg|gesprek|vergadering|bespreking|"
                # the people named by what they do: "eenmaal per jaar evalueren de
                # zaakvoerders de samenwerking", "chaque année, les gérants évaluent" (not the
                # prices: "elk jaar evalueren we de prijzen")
                r"(?:evalueren|bespreken|overlopen|évaluent|évalueront|evaluate)\b(?![^.\n]{0,40}"
                r"\b(?:prijs|prijzen|tarie\w*|index\w*|prix|tarifs?|prices?|rates?)\b))\b",
                1.0,
            ),
            (
                r"overlegstructuur|periodiek overleg|voortgangsoverleg|"
                r"(?:service|project|kwartaal|maand|stuurgroep|status|opvolgings|coördinatie|werf|"
                r"team|sprint)overleg|komen (?:elk|ieder|"
                r"maandelijks)",
                1.0,
            ),
            (
                # the people meeting in plain words with their rhythm: "we zien elkaar om de twee
                # weken een halfuurtje online", "bespreken de accountmanager en de teeltmanager
                # jaarlijks de werking", "nous nous voyons toutes les deux semaines", "we meet
                # every two weeks" (not the prices discussed each year)
                r"\b(?:zien|spreken|treffen) (?:we |wij )?elkaar\b[^.\n]{0,40}?\b(?:om de (?:\w+ )?"
                r"(?:week|weken|maand|maanden)|elke|iedere|wekelijks|maandelijks|per (?:week|maand|"
                r"kwartaal))\b|"
                r"\b(?:bespreken|evalueren)\b(?![^.\n]{0,60}\b(?:prijs|prijzen|tarie\w*|"
                r"index\w*)\b)[^.\n]{0,80}?\b(?:jaarlijks|halfjaarlijks|driemaandelijks|elk jaar|"
                r"elk kwartaal)\b|"
                r"\bnous nous (?:voyons|réunissons|retrouvons)\b[^.\n]{0,40}?\b(?:toutes les|"
                r"tous les|chaque)\b|"
                r"\bwe (?:meet|get together|catch up)\b[^.\n]{0,40}?\b(?:every|each|once a)\b",
                1.0,
            ),
            (r"réunions? (?:périodiques?|de suivi|mensuelles?)|gouvernance", 1.0),
            (
                # meetings without a frequency yet: "the parties meet regularly", "regelmatig
                # overleg", "se réunissent régulièrement" (partial unless a frequency is given)
                r"\bmeet (?:\w+ )?regularly|\bregular (?:\w+ )?meetings?|"
                r"\bregelmatig(?:e)? overleg|"
                r"\boverleg\w* (?:\w+ )?(?:regelmatig|op regelmatige basis)|\bse réuni\w* "
                r"(?:\w+ )?régulièrement|\bréunions? régulières?",
                1.0,
            ),
            (
                # an escalation path between people: "first to the project managers, then ..."
                r"(?:eerst|first|d'abord|en premier lieu)\b[^.\n]{0,60}\b(?:voorgelegd|submitted|"
                r"referred|escalated|soumis|besproken|discussed)\b[^.\n]{0,20}\b(?:aan|to|à|au|aux|"
                r"tussen|between|entre)\b[^.\n]{0,30}(?:projectleider|project ?manager|manager|"
                r"directie|directeur|zaakvoerder|bestuurder|management|director|chef de projet|"
                r"direction|responsable)",
                1.0,
            ),
            (
                # escalation between people, not a price escalation or of hostilities
                r"\bescalat(?:ed|es|e|ion)? (?:to|naar|à|vers)\b|"
                r"\bescalation(?: matrix| levels?|:)|"
                r"geëscaleerd|escaleer\w*|\bescalad(?:e|er|é)\b|"
                r"(?:status|project|stuurgroep|opvolgings|voortgangs|steering|review|progress)[- ]?"
                r"(?:meetings?|vergadering(?:en)?|calls?)\b|projectopvolging|suivi du projet|"
                r"réunions? (?:de )?(?:pilotage|lancement|projet|chantier)|points? hebdomadaires?|"
                r"(?:evaluatie|opvolgings|voortgangs|kwartaal|jaar)gesprek(?:ken)?|(?:business|"
                r"service|quarterly|annual) reviews?|\bqbr\b|réunions? d'évaluation|revues? "
                r"(?:trimestrielles?|annuelles?|de service)|"
                r"(?:tweewekelijkse|wekelijkse|maandelijkse|driemaandelijkse) (?:\w+ )?(?:meeting|"
                r"vergadering|overleg|call)",
                1.0,
            ),
            (
                # a key-value line with a frequency: "Overleg: driemaandelijks", "Comité de
                # pilotage : trimestriel"; agile reviews: "a sprint review after each sprint"
                r"\b(?:overleg|vergadering\w*|meetings?|réunions?|comité\w*(?: de \w+)?|"
                r"stuurgroep)\s*:\s*(?:" + FREQUENCY + r")|\bsprint ?(?:reviews?|demos?|"
                r"retrospectives?)\b|\brevues? de sprint\b|"
                # "we sit down with you", "zitten we samen", "nous faisons le point avec vous"
                r"\bsit down (?:together|with you)\b|\bzitten (?:we |wij )?samen\b|"
                # "zitten we een uurtje samen", "plannen we een overleg met de directies"
                r"\bzitten (?:we|wij) (?:\w+ ){1,3}?samen\b|\bplannen (?:we|wij) (?:een|ons) "
                r"(?:\w+ )?(?:overleg|gesprek|evaluatie|uurtje|vergadering)\b|"
                r"\b(?:faisons|font|ferons|feront|fait|faire) (?:ensemble )?le point (?:avec|"
                r"ensemble|sur)\b",
                1.0,
            ),
            # site meetings of an installation project: "werfvergadering", "bouwvergadering"
            (r"\b(?:werf|bouw)vergadering(?:en)?\b|\bsite meetings?\b", 1.0),
            (
                # a steering or project body by another name: "stuurcomité", "comité de
                # projet", "project board"; the parties meeting: "les parties se réunissent",
                # "the parties meet", "partijen komen ... samen"
                r"\bstuur(?:comité|commissie)\b|\bcomité (?:de |du )?(?:projet|direction de projet|"
                r"coordination)\b|\bproject ?board\b|\bsteering (?:group|board)\b|"
                r"\b(?:les|both|the) parties (?:se réunissent|se rencontrent|(?:shall |will )?"
                r"meet\b(?= (?:every|each|at least|once|twice|monthly|weekly|quarterly|"
                r"regularly|periodically|to (?:discuss|review|evaluate)|in (?:a|the) (?:steering|"
                r"project)|on a (?:weekly|monthly|quarterly|"
                r"regular)\b)))|"
                r"\b(?:beide partijen|partijen) (?:komen|overleggen|vergaderen)\b",
                1.0,
            ),
            (
                # a recurring short call or stand-up: "a weekly check-in call", "stand-up"
                r"\bcheck-?in (?:calls?|meetings?)\b|\b(?:weekly|daily|monthly|bi-?weekly) "
                r"check-?ins?\b|\bstand-?up (?:meetings?|calls?)\b",
                1.0,
            ),
        ),
        sources=(contact_weights,),
        vague=NO_FREQUENCY,
        concrete=(
            r"each (?:party|appoint)|elk|chaque|monthly|quarterly|weekly|maandelijks|"
            r"per kwartaal|mensuel|trimestriel|shall (?:meet|appoint)|wijzen|désign|"
            r"authority|following shall|"
            r"(?:une|deux|één|twee|once|twice) (?:fois )?(?:par|per|a|every) (?:mois|month|"
            r"maand|week|semaine|trimestre|quarter|kwartaal)|"
            r"(?:soumis|submitted|escalated|voorgelegd)\w* (?:to|à|au|aan)\b|"
            r"\bmeets?\b|se réuni\w*|vergadert|komt\b[^.\n]{0,30}\b(?:samen|bijeen)\b|composed of|"
            r"(?:eens|één keer|twee keer|once|twice|une fois|deux fois) (?:per|every|a|par|toutes "
            r"les|tous les) (?:\w+ )?(?:weeks?|weken|months?|maanden|quarters?|kwartaal|"
            r"semaines?|mois|trimestres?)\b|"
            r"composée? d|samengesteld uit|bestaat uit|"
            # an escalation path in steps: "eerst naar de projectleider, daarna naar ..."
            # a meeting in a named month or each year: "in juni plannen we een overleg", "each
            # year the parties evaluate"
            r"\b(?:in|en|au mois de) " + MONTH_NAME + r"|\b(?:each|every) year\b|"
            r"\beerst\b[^.\n]{0,60}\b(?:daarna|vervolgens|nadien)\b|\bfirst\b[^.\n]{0,60}"
            r"\bthen\b|\bd'abord\b[^.\n]{0,60}\b(?:puis|ensuite)\b|"
            + FREQUENCY
            + ESCALATION_PATH_CONCRETE
            + "|"
            + NAMED_CONTACT_CONCRETE
        ),
    ),
]
