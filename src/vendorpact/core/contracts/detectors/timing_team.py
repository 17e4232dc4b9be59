"""Rules for planning, the client's obligations and delay; with the team (team.py) and reporting
(reporting.py) rules, the RULES of the timing, team and reporting areas."""

from vendorpact.core.contracts.detectors.client_lists import client_list_weights
from vendorpact.core.contracts.detectors.common import (
    CALENDAR_DATE,
    CLIENT,
    DURATION,
    MONTH_NAME,
    NUMBER_WORD,
)
from vendorpact.core.contracts.detectors.engine import Rule
from vendorpact.core.contracts.detectors.informal_wording import BY_THEN, CLIENT_TO_DO
from vendorpact.core.contracts.detectors.item_hedges import DELAY_NOT_SETTLED
from vendorpact.core.contracts.detectors.party_sides import (
    CLIENT_MODAL,
    DESIGNATES_NL,
    OBLIGATION_DEADLINE,
    OBLIGATION_NOUNS,
    OBLIGATION_PRESENT,
    OBLIGATION_VERBS,
    client_obligation_weights,
)
from vendorpact.core.contracts.detectors.planning_wording import PLANNING_LEAD_TIMES
from vendorpact.core.contracts.detectors.reporting import RULES as REPORTING_RULES
from vendorpact.core.contracts.detectors.team import RULES as TEAM_RULES
from vendorpact.core.contracts.detectors.team_handover import RULES as TEAM_HANDOVER_RULES

# a month and a year: "eind maart 2027", "in June 2027", "en mai 2027"
MONTH_YEAR = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"januari|februari|maart|mei|juni|juli|augustus|oktober|janvier|février|mars|avril|mai|"
    r"juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}"
)
# a calendar date, a week or quarter, "March 3" without a year, or a month and a year (planning)
DATE = (
    CALENDAR_DATE + r"|(?:weeks?|weken|semaines?) \d+|q[1-4]\b|"
    r"(?:january|february|march|april|june|july|august|september|october|november|december) \d|"
    + MONTH_YEAR
)
# the key of a planned date on a key-value line ("Go-live: 1 June 2027", "Date de mise en
# production : 03/05/2027"); not a contract's start or end date (that is its duration)
PLANNED_DATE_KEY = (
    r"(?:go-live|livegang|kick-?off|oplevering|levering|livraison|mise en (?:production|service)|"
    r"delivery|completion|installation|installatie|(?:start|eind|begin)datum (?:van het )?"
    r"project|project (?:start|end) date|date de (?:début|fin|démarrage) du projet|"
    r"(?:estimated|expected|planned|target) (?:completion|go-live|delivery|start)|"
    # the day of the work itself: "Uitvoering: week 12", "Date d'intervention : 3/5/2027"
    r"uitvoering|uitvoeringsdatum|interventiedatum|migratiedatum|date d'intervention|"
    r"date de (?:migration|bascule)|migration date|cut-?over(?: weekend)?)"
    r"(?: ?date|datum| prévue)?\s*:\s*(?:" + CALENDAR_DATE + r"|(?:week|semaine) \d|"
    r"q[1-4] \d{4}|" + MONTH_YEAR + r")"
)

# planning as the client's business or a module of the software ("warehouse and transport
# planning", "productieplanning", "le module de planification"), not the project's planning
BUSINESS_PLANNING = (
    r"(?:transport|production|capacity|warehouse|route|resource|workforce|shift|staff|"
    r"financial|tax|estate|succession|productie|capaciteits|personeels|rooster|magazijn)"
    r"[- ]?planning|planning (?:tools?|software|systems?|modules?|applications?|solutions?)|"
    r"planning(?:s)?(?:tool|software|systeem|module|pakket)|module (?:de |van )?planning|"
    r"logiciel de planification|(?:annual|yearly|jaar|budget|sales|marketing|verkoop|media|"
    r"content|event)[- ]?planning|planning cycle"
)

# A planned week or weekend by its date, a plan by weeks, or work done within days of the
# signature: "la semaine du 18 janvier", "le week-end du 16 et 17 janvier", "het weekend van 16
# januari", "the week of 8 February", "Semaine 1 : réunion de lancement", "Week 2: ontwerp",
# "Dans les dix jours ouvrables suivant la signature, X dresse l'inventaire": the time phrase
# before the work, with its comma (not "la semaine du lundi au vendredi", "Maand 1: EUR 500",
# nor "peut résilier dans les 14 jours suivant la signature")
PLANNED_WEEKS = (
    (
        r"\b(?:la semaine|le week-end|het weekend|de week|the week|the weekend) (?:du|van|of) "
        r"\d{1,2}(?:er)?\b|\b(?:semaine|week|sprint) \d{1,2} ?:(?! ?(?:€|eur\b|\d))|"
        r"\b(?:dans les|binnen) (?:" + NUMBER_WORD + r") (?:jours?(?: ouvrables| calendrier)?|"
        r"semaines|werkdagen|dagen|weken) (?:suivant|après|à compter de|na|volgend op) (?:la |"
        r"l'|de |het )?(?:signature|ondertekening|commande|bestelling)\b,(?![^.\n]{0,60}\b(?:"
        r"résili|annul|opzeg|herroep|pai|betal|factur))",
        1.0,
    ),
)

# The supplier's start or the finish on a date, or a week of a dated list: "we kunnen starten op
# 11 januari en mikken op afronding tegen 29 januari", "nous pouvons commencer le 11 janvier",
# "we can start on 11 January", "is afgerond op 29 januari 2027", "- Week van 18 januari:
# proefmigratie" (not the billing started on a date)
PLANNED_START_END = (
    (
        r"\b(?:we|wij|ik|nous) (?:\w+ ){0,2}?(?:starten|beginnen|start|begin|commen[cç]\w*|"
        r"démarr\w*)\b (?:op|vanaf|le|on|from|dès le) " + CALENDAR_DATE + r"(?![^\n]{0,40}\b(?:"
        r"factur|betal|invoic|billing|paie|abonnement))|"
        r"\b(?:afronding|afgerond|opgeleverd|finished|completed|completion|achevée?s?|"
        r"terminée?s?) (?:\w+ )?(?:tegen|op|uiterlijk|vóór|by|on|before|le|pour le|d'ici le) "
        + CALENDAR_DATE
        + r"|\bweek (?:van|of) \d{1,2}(?:st|nd|rd|th)? (?:"
        + MONTH_NAME
        + r")\b",
        1.0,
    ),
    (
        # a step on a dated weekday ("Maandag 25 januari werken jullie in Dentalis 8",
        # "Vrijdagavond 22 januari sluiten jullie de werkposten af"), the supplier's work counted
        # from the client's input ("Binnen 10 werkdagen na ontvangst zetten wij de sites over",
        # "levert de toestellen binnen 10 werkdagen daarna")
        r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:avond|ochtend|"
        r"middag|namiddag)? \d{1,2} (?:" + MONTH_NAME + r")(?: \d{4})? (?:werken|sluiten|zetten|"
        r"installeren|starten|schakelen|migreren|komen|plaatsen|testen)\b|"
        r"\bbinnen " + NUMBER_WORD + r" (?:werk|kalender)?(?:dagen|weken) na (?:ontvangst|"
        r"ondertekening|bestelling|(?:uw |jullie |je )?akkoord)\b,? (?:zetten|leveren|installeren|"
        r"plaatsen|activeren|starten|migreren|bouwen) (?:wij|we)\b|"
        r"\b(?:levert|leveren|installeert|installeren|plaatst|plaatsen)\b[^\n]{0,40}\bbinnen "
        + NUMBER_WORD
        + r" (?:werk|kalender)?(?:dagen|weken) daarna\b",
        1.0,
    ),
)

RULES = [
    Rule(
        id="timing.planning",
        cues=(
            (r"\bphases?\b", 0.6),
            (
                r"\bmilestones?\b|\bplanning\b|\bschedule[ds]? (?:for|of) (?:delivery|completion)|"
                r"delivery (?:date|schedule)|completion date|project (?:schedule|plan|timeline)|"
                r"timeline|go-live date|project phases?|(?:weeks?|months?) \d+ ?[-–] ?\d+|"
                r"\b(?:phase|stage|étape) [1-9]\b",
                1.0,
            ),
            (
                r"mijlpa(?:al|len)|opleverdatum|oplevering (?:op|uiterlijk|binnen)|doorlooptijd|"
                r"projectplanning|fasering|projectfasen|leverdatum|uiterlijk op \d|fase \d|fasen\b|"
                r"livegang|week \d+ tot",
                1.0,
            ),
            (
                r"\bjalons?\b|calendrier|date de (?:livraison|mise en (?:service|production))|"
                r"délai de (?:livraison|réalisation)|phases? du projet|rétroplanning",
                1.0,
            ),
            (
                r"(?:no later than|within)[^.\n]{0,40}(?:of|from|after) (?:the date|execution|"
                r"the effective)|(?:term|duration|timeline) of the project|weeks? \d+ ?->|"
                r"weeks? (?:\+|for)",
                1.0,
            ),
            (r"fully operational[^.\n]{0,60}(?:no later|within)", 1.0),
            (
                # lead times and planned dates: "levertermijn: 3 à 4 weken", "la mise en
                # production est prévue pour la semaine 12", "oplevering ten laatste ..."
                r"lever(?:ings)?termijn|lead times?|delivery times?|délais? de mise en service|"
                r"(?:mise en (?:production|service)|livraison|installation|go-live|livegang|"
                r"oplevering|installatie|levering)\b[^.\n]{0,50}(?:prévue?s?|planned|scheduled|"
                r"gepland|voorzien|ten laatste|uiterlijk|au plus tard|no later than|envisagée?s?|"
                r"expected|estimated|verwacht|geschat|prévisionnelle|targeted|"
                # the event on a date: "vindt plaats op", "aura lieu le", "takes place on"
                r"vindt plaats|gebeurt op|aura lieu|a lieu le|se déroulera|takes place|will take "
                r"place|binnen "
                + DURATION
                + r"|within "
                + DURATION
                + r"|dans les "
                + DURATION
                + r")",
                1.0,
            ),
            (
                # completion within a term: "to be completed within 12 weeks", "afgerond binnen
                # zes weken", "achevé dans un délai de deux mois"
                r"(?:completed|completion|finished|afgerond|opgeleverd|voltooid|achevée?s?|"
                r"terminée?s?|réalisée?s?)\b[^.\n]{0,20}\b(?:within|binnen|"
                r"dans (?:un délai de|les))\b",
                1.0,
            ),
            (PLANNED_DATE_KEY, 1.0),
            (
                # a step the supplier plans on a calendar date: "die plannen we op zaterdag 23
                # januari 2027", "nous la planifions le samedi 23 janvier", "we schedule it for
                # 14 March 2027" (the supplier's verb: not "de betaling is gepland op")
                r"\b(?:plannen (?:we|wij|ik)|plan (?:ik|we)|planifions|prévoyons|(?:we|i) "
                r"(?:plan|schedule))\b[^.\n]{0,20}?\b(?:op|voor|le|on|for|pour le) "
                r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lundi|mardi|"
                r"mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|"
                r"friday|saturday|sunday),? )?" + CALENDAR_DATE,
                1.0,
            ),
            (
                # delivered or installed within a lead time from the order or the signature:
                # "Delivery within three weeks of your signature", "installe le matériel dans
                # les six semaines suivant la signature", "levering binnen vier weken na de
                # bestelling" (not a replacement part within days of a failure)
                r"\b(?:delivery|deliver(?:s|ed)?|livraison|livr(?:e|ons|era|ée?s?)|install(?:e|"
                r"ons|era|eert|eren)|levering|levert|leveren|activ(?:e|era|eert|ée?|ates?|"
                r"ated))\b[^.\n]{0,60}"
                r"\b(?:within|binnen|dans (?:les|un délai de)|sous|en) "
                + DURATION
                + r"[^.\n]{0,20}"
                r"\b(?:of|after|following|from|na|suivant|après|à compter de) (?:the |your |la |"
                r"de |votre |uw |jullie |het )?(?:(?:ontvangst|réception|receipt) (?:van|de|du|"
                r"of) (?:de |het |la |l'|the |your )?(?:eerste |première |first )?)?(?:signature|"
                r"order|ordering|bestelling|ondertekening|commande|accord|akkoord|purchase order|"
                r"bon de commande|betaling|paiement|payment)\b",
                1.0,
            ),
            (
                # a timetable by another name: "Timetable", "tijdschema", "tijdpad",
                # "chronogramme", "échéancier du projet" (not a payment schedule)
                r"\btimetable\b|\btijd(?:schema|pad)\b|\bchronogramme\b|\béchéancier (?:du "
                r"projet|de réalisation|des travaux|prévisionnel|de mise en œuvre)\b",
                1.0,
            ),
            *PLANNED_WEEKS,
            *PLANNED_START_END,
            *PLANNING_LEAD_TIMES,
            (
                # the work starts within a lead time: "de werken starten binnen drie weken na
                # de bestelling", "les travaux débuteront au plus tard le ..."
                r"(?:werken|werkzaamheden|project|projet|travaux|prestations|implementatie|"
                r"onboarding|migratie|overstap|uitrol|migration|rollout|déploiement|"
                r"implementation|installatie|uitvoering|exécution|works?|mission|opdracht)\b"
                r"[^.\n]{0,20}\b(?:start|starten|begint|beginnen|commence\w*|débute\w*|"
                r"démarre\w*|will (?:start|begin|commence)|vangen aan|vangt aan)\b[^.\n]{0,40}"
                r"\b(?:binnen|within|dans (?:les|un délai de)|au plus tard|uiterlijk|ten laatste|"
                r"no later than|(?:le|on|op|vanaf|from|à partir du) (?:" + CALENDAR_DATE + r"))",
                1.0,
            ),
        ),
        concrete=DATE + r"|" + DURATION,
        vague=r"\btbd\b|to be (?:agreed|determined)|in de overeenkomst",
        # (and a payment completed within a term is the payment terms)
        references=BUSINESS_PLANNING
        + r"|(?:payment|betaling|paiement)\w*\b[^.\n]{0,30}\b(?:completed?|completion|afgerond|"
        r"voltooid|achevé\w*|terminé\w*|réalisé\w*)"
        # a calendar month or day is a unit, not a schedule: "99,7 % par mois calendrier"
         + r"|\b(?:mois|jours?|semaines?|trimestres?|années?|ans?) (?:de )?calendriers?\b",
    ),
    Rule(
        id="timing.client_obligations",
        cues=(
            (CLIENT + CLIENT_MODAL + OBLIGATION_VERBS, 1.0),
            (
                # a dated item of a planning that names the client's things: "- tegen vrijdag
                # 11 december: jullie klantenlijst in Excel", "d'ici le 11 décembre : votre
                # fichier clients"
                r"\b(?:tegen|uiterlijk|vóór|d'ici le|avant le) (?:\w+ ){0,2}?\d{1,2}(?:er)? (?:"
                + MONTH_NAME
                + r")(?: \d{4})? ?: (?:jullie|uw|je|votre|vos)\b(?! (?:factuur|facture)\b)",
                1.0,
            ),
            *CLIENT_TO_DO,
            (CLIENT + OBLIGATION_PRESENT, 1.0),
            (CLIENT + OBLIGATION_DEADLINE, 1.0),
            (
                # a supplier's list of what it needs: "What we need from you", "Wat we van
                # jullie nodig hebben", "Ce que nous attendons de vous" (not what the client may
                # expect from the supplier: "wat u van ons mag verwachten")
                r"\bwhat (?:we|i) (?:need|expect|require) (?:from|of) you\b|"
                r"\bwat (?:we|wij|ik) van (?:u|jullie|je) (?:nodig (?:hebben|heb)|"
                r"verwacht(?:en)?|vra(?:ag|gen))\b|\bce "
                r"(?:que|dont) nous (?:attendons|avons besoin|aurons besoin) de (?:vous|votre "
                r"part)\b|\bnous (?:avons|aurons) besoin,? de votre part\b|"
                r"\bce dont (?:on a|on aura|j'ai|j'aurai) besoin\b|"
                # "à fournir par l'école au plus tard le 15/01" (not by the supplier or a
                # tenderer: "à fournir par le soumissionnaire")
                r"\bà fournir par (?:le |la |l')?(?!(?:prestataire|fournisseur|adjudicataire|"
                r"titulaire|soumissionnaire|candidat|nous)\b)[\w-]+ (?:au plus tard|avant|dès)\b|"
                # the same inverted or with a time in between: "daarvoor hebben we uiterlijk
                # twee weken vooraf van jullie nodig", "we hebben van jullie tegen dan de lijst
                # nodig", "by Friday we'll need from you"
                r"\b(?:hebben|heb) (?:(?:we|wij|ik)\b[^.\n?]{0,50}?\b)?van (?:jullie|u|je)\b"
                r"[^.\n?]{0,60}?\bnodig\b(?!\s*\?)|"
                r"\bneed (?:[\w,]+ ){0,4}?from you\b(?! (?:is|are)\b)|"
                # the client told to see to something: "zorg er wel voor dat", "zorgen jullie
                # ervoor dat" (not the supplier: "we zorgen ervoor dat")
                r"\b(?:zorg|zorg je|zorgt u|zorgen jullie)\s+er\s?(?:(?:wel|dan|ook|dus|zelf)\s+)?"
                r"voor\s+dat\b",
                1.0,
            ),
            # the client addressed as "u"/"vous" in a supplier's offer or terms (not "you": in
            # an English letter agreement "you" is as often the supplier or a franchisee)
            (
                r"\bu (?:zorgt|bezorgt|levert|verstrekt|voorziet|verleent)\b|"
                r"\bvous (?:fournissez|mettez à (?:notre )?disposition|veillez|désignez|"
                r"(?:devez|vous engagez à) (?:fournir|mettre|veiller|désigner|communiquer|"
                r"transmettre|livrer|assurer|prévoir))",
                1.0,
            ),
            (
                CLIENT + r" (?:is|remains|shall be) (?:solely |fully )?responsible for (?:the )?"
                r"(?:provi|suppl|deliver|obtain|ensur|mak|giv|grant|prepar|test|validat)",
                1.0,
            ),
            (CLIENT + OBLIGATION_NOUNS + r"|responsibilit(?:y|ies) of (?:the )?" + CLIENT, 1.0),
            (
                # a key or heading naming the client's part: "Verplichtingen klant:",
                # "Prérequis client :", "Customer prerequisites:", "Customer dependencies"
                r"\b(?:verplichtingen|taken|verantwoordelijkheden) (?:klant|opdrachtgever)\b|"
                r"\bprérequis (?:du |côté )?client\b|\b(?:customer|client)(?:'s)? "
                r"(?:prerequisites|dependencies)\b|"
                # "À votre charge : le câblage ..." (not "Frais à votre charge : 45 EUR")
                r"\bà (?:votre charge|(?:la )?charge du client) ?: ?(?:le|la|les|l['’]|une?|des|"
                r"vos?)\b",
                1.0,
            ),
            (
                r"(?:opdrachtgever|klant|afnemer|huurder) (?:zal|zorgt|verstrekt|verschaft|bezorgt|"
                r"levert|"
                r"stelt|draagt zorg|is verantwoordelijk|verplicht zich|verbindt zich|dient|moet|"
                r"voorziet|verleent|"
                r"engageert zich|" + DESIGNATES_NL + r")|"
                r"medewerking (?:te )?verlenen|medewerking van (?:de )?(?:opdrachtgever|klant)|"
                r"verplichtingen van (?:de )?(?:opdrachtgever|klant)|op voorwaarde dat u|"
                r"aan te leveren|verantwoordelijkheid van (?:de )?(?:opdrachtgever|klant|afnemer)|"
                r"(?:u|klant|opdrachtgever) (?:\w+ ){0,6}aanlever",
                1.0,
            ),
            (
                # what the client supplies, as the subject: "content provided by the Customer
                # must be ...", "les contenus fournis par le client doivent ..."
                r"(?:provided|supplied|submitted|furnished|delivered) by (?:the )?"
                + CLIENT
                + r"\b[^.;\n]{0,80}\b(?:must|shall)\b|(?:fournie?s?|transmise?s?|livrée?s?) "
                r"par le client[^.;\n]{0,80}\b(?:doivent|doit|devront|devra)\b|door de "
                r"(?:klant|opdrachtgever) (?:\w+ )?(?:aangeleverde|bezorgde|geleverde|"
                r"verstrekte|aan te leveren)\b[^.;\n]{0,80}\b(?:moeten|moet|dienen|dient)\b",
                1.0,
            ),
            (
                # inverted Dutch word order after a time phrase: "uiterlijk op 1 maart bezorgt
                # de klant ...", "voor de opstart stelt de opdrachtgever ..."
                r"(?:uiterlijk|ten laatste|voor|vóór|binnen|na|bij|in het bijzonder|daarnaast|"
                r"bovendien|tevens|verder|hiertoe|daartoe|met name|eveneens)\b[^.,;\n]{0,60} "
                r"(?:bezorgt|levert|verstrekt|verschaft|verleent|stelt|zorgt|voorziet|test|keurt|"
                r"maakt) (?:de |het )?(?:klant|opdrachtgever|afnemer)\b",
                1.0,
            ),
            (
                r"(?:client|bénéficiaire|donneur d'ordre) (?:s'engage|devra|doit|fournira|"
                r"fournit|met à (?:la )?disposition|mettra à (?:la )?disposition|est tenu|"
                r"est responsable|veille|veillera|désigne|désignera)|"
                r"(?:appartient|incombe|incombent) au client|"
                r"obligations du client|collaboration du client",
                1.0,
            ),
            (
                # the client of a public tender: "de aanbestedende overheid stelt ... ter
                # beschikking", "le pouvoir adjudicateur met à disposition"
                r"\b(?:aanbestedende (?:overheid|dienst|entiteit)|aanbesteder) (?:zorgt|bezorgt|"
                r"levert|stelt|verstrekt|verschaft|dient|moet|zal|voorziet|verleent|duidt)\b|"
                r"\bpouvoir adjudicateur (?:met à (?:la )?disposition|fournit|fournira|veille|"
                r"désigne|doit|devra|s'engage)\b",
                1.0,
            ),
            (
                # the client of a public contract: "le Pouvoir adjudicateur met à disposition un
                # serveur", "de aanbestedende overheid bezorgt de gegevens"
                r"(?:pouvoir adjudicateur|maître d'ouvrage|maître de l'ouvrage) (?:s'engage|"
                r"devra|doit|fournit|fournira|met à (?:la )?disposition|mettra à (?:la )?"
                r"disposition|est tenu|veille|veillera|désigne|désignera|communique|"
                r"communiquera|transmet|transmettra)|"
                r"aanbestedende (?:overheid|dienst|instantie|entiteit) (?:zal|zorgt|stelt|"
                r"bezorgt|levert|verstrekt|duidt|wijst|dient|moet|verbindt zich)",
                1.0,
            ),
        ),
        # the client by its defined name ("BNL shall obtain ..."): party_sides.py
        sources=(client_obligation_weights, client_list_weights),
        # keeping the supplier's material safe is no contribution to the work
        exclude=r"(?:maintain|keep|hold|store)s? (?:\w+ ){0,2}(?:cop(?:y|ies)|confidential\w*|"
        r"secre\w*)\b|"
        # paying is the payment terms, not a contribution to the work
        r"(?:client|customer|klant|opdrachtgever|afnemer|\bu|\byou|vous)\b[^.\n]{0,30}\b(?:pay|"
        r"pays|betaalt|betalen|paie|payer|paiera|règle|régler|vergoedt)\b",
        concrete=DURATION + r"|" + CALENDAR_DATE + r"|no later than|before|prior to|uiterlijk|"
        r"voor aanvang|avant|"
        # "vóór de start van het project" (not "voor het project")
        r"\bvóór\b|\bvoor (?:de|het) (?:start|aanvang|opstart|begin|kick-off)\b|"
        r"au plus tard|ten laatste|"
        r"all (?:content|hardware)|solely|at its (?:own )?expense|daily|dagelijks|quotidienne|"
        r"dès (?:le|la|l')|vanaf (?:de|het) (?:start|begin|aanvang|eerste)|from the (?:start|"
        r"first day|kick-off)|at the start|bij (?:de )?(?:start|aanvang|opstart)|au démarrage|"
        r"op de dag van|le jour de|on the day of|"
        # at a moment of the project: "bij de installatie", "lors de la migration"
        r"\bbij (?:de |het )?(?:installatie|levering|oplevering|livegang|migratie)\b|"
        r"\blors de (?:l'installation|la livraison|la migration|la mise en production)\b|"
        r"\b(?:at|during|before) the (?:installation|delivery|migration|go-live|cut-over)\b|"
        # before the supplier starts, on the planned date: "voordat ik aan je systemen begin",
        # "op de afgesproken datum", "avant que nous commencions", "on the agreed date"
        r"\b(?:voordat|vooraleer|avant que|before (?:we|i|the supplier|work) (?:start|begin))\b|"
        r"\bop de (?:afgesproken|overeengekomen|geplande) (?:datum|dag|data)\b|\bà la date "
        r"(?:convenue|prévue|fixée)\b|\bon the (?:agreed|planned|scheduled) (?:date|day)s?\b|"
        # "aux dates de pose convenues", "le jour même", "on the day itself"
        r"\baux dates (?:\w+ ){0,2}?(?:convenues|prévues|fixées)\b|\ble jour même\b|"
        r"\bdiezelfde dag\b|\bthat same day\b|"
        # at all times or at once: "maintient un accès VPN permanent", "houdt de verbinding in
        # stand", "at all times", "meldt een storing direct", "signale immédiatement"
        r"\bpermanente?s?\b|\ben permanence\b|\bat all times\b|\bte allen tijde\b|\bin stand\b|"
        r"\b(?:meldt|melden|signale|signalent|reports?|notif\w+)\b[^.\n]{0,50}\b(?:direct|"
        r"onmiddellijk|immediately|immédiatement|sans délai|altijd|always)\b" + BY_THEN,
    ),
    Rule(
        id="timing.delay",
        cues=(
            (
                r"\bdelays?\b|\blate (?:delivery|performance)|fails? to (?:deliver|meet|complete|"
                r"have|provide|supply)"
                r"|missed|misses the|liquidated damages|penalt(?:y|ies)\b|lateness|"
                r"miss(?:es)? (?:a|an|any) (?:\w+ )?(?:milestone|deadline|date)",
                1.0,
            ),
            (
                r"vertraging|te laat|termijnoverschrijding|boete|fatale termijn|ingebrekestelling|"
                r"verzuim|niet (?:tijdig|op tijd)|not (?:on|in) time|fails? to timely|"
                r"(?:opleverdatum|opleveringsdatum|leverdatum|leveringsdatum|levertermijn|"
                r"leveringstermijn|deadline)s?\b[^.\n]{0,20}\boverschr|"
                r"pas dans les délais|hors délai|\bne \w+ pas\b[^.\n]{0,50}dans les délais|"
                # waiting time when the work stands still ("wachttijden", "temps d'attente"),
                # not the clock of a response or resolution time that stops
                r"(?:wachttijd(?:en)?|temps d'attente|waiting time|idle time|standby time)\b"
                r"(?![^.\n]{0,80}(?:reacti|respons|oplos|herstel|interventie|intervention|"
                r"resolution|résolution|réponse|rétablissement)\w*)|"
                r"(?:werkzaamheden|werken|project|uitvoering)\b[^.\n]{0,20}(?:stilvallen|"
                r"valt stil|stilligt|stil ligt)|"
                # indicative terms: "leveringstermijnen zijn indicatief", "délais donnés à
                # titre indicatif", "delivery dates are estimates"
                r"(?:levertermijn|leveringstermijn|uitvoeringstermijn|\btermijn)(?:en)?\b"
                r"[^.\n]{0,20}\b"
                r"(?:zijn |is )?(?:indicatie\w*|bij benadering|niet bindend)|délais?\b[^.\n]{0,40}"
                r"(?:à titre indicatif|indicatifs?)|(?:delivery|lead) (?:dates?|times?)[^.\n]{0,30}"
                r"(?:indicative|estimates?|approximate)|"
                r"\btermijn(?:en)?\b[^.\n]{0,25}\boverschr|overschrijding van (?:de |een )?"
                r"(?:overeengekomen |geplande )?(?:termijn|datum|deadline)",
                1.0,
            ),
            (
                r"\bretard|pénalités? de retard|dépassement d(?:u|es) délais?|mise en demeure|"
                r"laattijdig\w*|tardive?s?\b|tardivement",
                1.0,
            ),
            (
                # later than agreed, not ready in time: "leveren jullie de gegevens later aan dan
                # afgesproken", "if the premises are not ready for the cut-over", "plus tard que
                # prévu"
                r"\blater (?:\w+ )?(?:dan|than) (?:afgesproken|gepland|overeengekomen|voorzien|"
                r"agreed|planned|scheduled|foreseen)\b|\bplus tard que (?:prévu|convenu)\b|"
                r"\b(?:premises|site|building|environment|infrastructure|data|content|access|"
                r"locatie|omgeving|gegevens|locaux|environnement|données)\b[^.\n]{0,30}\b(?:not "
                r"(?:be )?ready|niet (?:klaar|gereed)|pas prêts?)\b",
                1.0,
            ),
            (
                # running late: "if the client is late in providing content", "should the
                # go-live slip", "loopt de levering uit", "glissement du planning"
                r"\b(?:is|are|be|runs?|running) late\b|\bslip(?:s|ped|page)?\b|"
                r"\bloopt (?:de |het )?(?:levering|oplevering|project|planning|installatie|"
                r"livegang|uitvoering)\b[^.\n]{0,40}\buit\b|\bglissements? (?:du|de|des)\b",
                1.0,
            ),
            (r"beyond (?:its|their) (?:reasonable )?control|force majeure|overmacht", 0.6),
        ),
        concrete=(
            r"terminat|penalt|boete|pénalit|ontbind|opzeg|résili|credit|liquidated|"
            r"extend|replan|herplan|material breach|meld|inform|notif|informe|"
            r"adjust\w* (?:the )?(?:schedule|planning|timeline)|"
            r"\bschuif|\w*schuift|verschoven|opgeschoven|in rekening|décal|reporté|"
            r"schadevergoeding|indemnité|per (?:kalender|werk)dag|"
            r"% |per (?:day|week|dag|week)|par (?:jour|semaine)|"
            r"aangerekend|aanrekenen|gefactureerd|\bfactur\w+|charged|invoiced|billed|"
            r"(?:herziene?|nieuwe|aangepaste) planning|revised (?:plan|schedule|planning)|"
            r"(?:nouveau|nouvel) (?:planning|calendrier)|(?:planning|calendrier) (?:révisé|adapté)|"
            r"annul\w*|cancel\w*|(?:planning|calendrier) (?:est |sera )?(?:revu|adapté|modifié)|"
            r"verleng|prolong|uitstel van|uitgesteld (?:tot|met)|postponed? (?:by|until|to|for)\b|"
            r"\bshift(?:ed|s)? (?:accordingly|by|to|back)\b|\bmoved (?:back|to|by)\b|"
            r"\bextension|\breport\b|décalage|"
            # public contracts: "amendes pour retard", a periodic penalty "astreinte"
            r"\bamendes?\b|\bastreintes?\b"
        ),
        vague=DELAY_NOT_SETTLED,
        exclude=r"late (?:fee|payment)|interest|payment received|without (?:undue )?delay|"
        # a delay in exercising a right is no waiver of it
        r"(?:exercis\w*|enforc\w*|uitoefen\w*|exercer|faire valoir)[^.\n]{0,60}(?:waiver|"
        r"afstand|renonc\w*|verzaking)|\b(?:waiver|renonciation|verzaking)\b|"
        r"intrest|intérêts|(?:laattijdige?|tardif|tardive) (?:betaling|paiement)|"
        r"paiements? tardif|(?:betaling|factu\w*|paiement)[^.\n]{0,30}laattijdig|"
        # paying late is no delay of the work
        r"(?:betaal\w*|betaling\w*|factu\w*|paie\w*|pay\w*)[^.\n]{0,30}(?:niet (?:tijdig|op "
        r"tijd)|not (?:on|in) time|pas dans les délais)|"
        r"unreasonably (?:withheld|delayed|conditioned)|zonder (?:onnodige )?vertraging|"
        r"sans (?:délai|retard)|"
        # a notice of default with a cure period in a termination clause is about any breach,
        # not about delay: "kan ontbinden indien de andere partij na ingebrekestelling met een
        # hersteltermijn van 30 dagen tekortschiet", "terminate ... not remedied within 30 days"
        r"^(?!.*(?:vertrag|te laat|termijnoverschrijding|retard|delay|late|tardi|laattijd))"
        r".*(?:ontbind|opzeg|beëindig|terminat|résili|mettre fin|mettre un terme)[^.\n]*"
        r"(?:hersteltermijn|herstel(?:t|len)\b|remed|remédi|\bcured?\b|\bréparée?s?\b|"
        r"\brechtzet\w*)|"
        # a late payment is no delay of the work: "tout retard de paiement"
        r"\bretards? (?:de|dans le|du) (?:paiement|règlement)",
    ),
    # team.*: team.py; reporting.*: reporting.py
    *TEAM_RULES,
    *TEAM_HANDOVER_RULES,
    *REPORTING_RULES,
]
