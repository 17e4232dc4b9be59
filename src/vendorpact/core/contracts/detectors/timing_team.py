"""Rules for planning, the client's obligations, delay and the team (reporting: reporting.py)."""

from vendorpact.core.contracts.detectors.common import (
    CALENDAR_DATE,
    CLIENT,
    DURATION,
    NUMBER_WORD,
)
from vendorpact.core.contracts.detectors.contacts import contact_weights
from vendorpact.core.contracts.detectors.engine import Rule
from vendorpact.core.contracts.detectors.party_sides import (
    CLIENT_MODAL,
    OBLIGATION_NOUNS,
    OBLIGATION_PRESENT,
    OBLIGATION_VERBS,
    client_obligation_weights,
)
from vendorpact.core.contracts.detectors.reporting import RULES as REPORTING_RULES

# a calendar date, a week or quarter, or "March 3" without a year (planning)
DATE = (
    CALENDAR_DATE + r"|(?:weeks?|weken|semaines?) \d+|q[1-4]\b|"
    r"(?:january|february|march|april|june|july|august|september|october|november|december) \d|"
    # a month and a year: "eind maart 2027", "in June 2027", "en mai 2027"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"januari|februari|maart|mei|juni|juli|augustus|oktober|janvier|février|mars|avril|mai|"
    r"juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}"
)
# the key of a planned date on a key-value line ("Go-live: 1 June 2027", "Date de mise en
# production : 03/05/2027"); not a contract's start or end date (that is its duration)
PLANNED_DATE_KEY = (
    r"(?:go-live|livegang|kick-?off|oplevering|levering|livraison|mise en (?:production|service)|"
    r"delivery|completion|installation|installatie|(?:start|eind|begin)datum (?:van het )?"
    r"project|project (?:start|end) date|date de (?:début|fin|démarrage) du projet)"
    r"(?: ?date|datum| prévue)?\s*:\s*(?:" + CALENDAR_DATE + r"|(?:week|semaine) \d)"
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


RULES = [
    Rule(
        id="timing.planning",
        cues=(
            (r"\bphases?\b", 0.6),
            (
                r"\bmilestones?\b|\bplanning\b|\bschedule[ds]? (?:for|of) (?:delivery|completion)|"
                r"delivery (?:date|schedule)|completion date|project (?:schedule|plan|timeline)|"
                r"timeline|go-live date|project phases?|(?:weeks?|months?) \d+ ?[-–] ?\d+",
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
                r"expected|estimated|verwacht|geschat|prévisionnelle)",
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
                # the work starts within a lead time: "de werken starten binnen drie weken na
                # de bestelling", "les travaux débuteront au plus tard le ..."
                r"(?:werken|werkzaamheden|project|projet|travaux|prestations|implementatie|"
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
        r"voltooid|achevé\w*|terminé\w*|réalisé\w*)",
    ),
    Rule(
        id="timing.client_obligations",
        cues=(
            (CLIENT + CLIENT_MODAL + OBLIGATION_VERBS, 1.0),
            (CLIENT + OBLIGATION_PRESENT, 1.0),
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
                r"(?:opdrachtgever|klant|afnemer) (?:zal|zorgt|verstrekt|verschaft|bezorgt|levert|"
                r"stelt|draagt zorg|is verantwoordelijk|verplicht zich|verbindt zich|dient|moet|"
                r"voorziet|verleent|"
                r"engageert zich)|"
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
        ),
        # the client by its defined name ("BNL shall obtain ..."): party_sides.py
        sources=(client_obligation_weights,),
        # keeping the supplier's material safe is no contribution to the work
        exclude=r"(?:maintain|keep|hold|store)s? (?:\w+ ){0,2}(?:cop(?:y|ies)|confidential\w*|"
        r"secre\w*)\b|"
        # paying is the payment terms, not a contribution to the work
        r"(?:client|customer|klant|opdrachtgever|afnemer|\bu|\byou|vous)\b[^.\n]{0,30}\b(?:pay|"
        r"pays|betaalt|betalen|paie|payer|paiera|règle|régler|vergoedt)\b",
        concrete=DURATION + r"|no later than|before|prior to|uiterlijk|voor aanvang|avant|"
        r"au plus tard|ten laatste|"
        r"all (?:content|hardware)|solely|at its (?:own )?expense|daily|dagelijks|quotidienne|"
        r"dès (?:le|la|l')|vanaf (?:de|het) (?:start|begin|aanvang|eerste)|from the (?:start|"
        r"first day|kick-off)|at the start|bij (?:de )?(?:start|aanvang|opstart)|au démarrage|"
        r"op de dag van|le jour de|on the day of",
    ),
    Rule(
        id="timing.delay",
        cues=(
            (
                r"\bdelays?\b|\blate (?:delivery|performance)|fails? to (?:deliver|meet|complete|"
                r"have)"
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
            (r"beyond (?:its|their) (?:reasonable )?control|force majeure|overmacht", 0.6),
        ),
        concrete=(
            r"terminat|penalt|boete|pénalit|ontbind|opzeg|résili|credit|liquidated|"
            r"extend|replan|herplan|material breach|meld|inform|notif|informe|"
            r"\bschuif|\w*schuift|verschoven|opgeschoven|in rekening|décal|reporté|"
            r"schadevergoeding|indemnité|per (?:kalender|werk)dag|"
            r"% |per (?:day|week|dag|week)|par (?:jour|semaine)|"
            r"aangerekend|aanrekenen|gefactureerd|\bfactur\w+|charged|invoiced|billed|"
            r"(?:herziene?|nieuwe|aangepaste) planning|revised (?:plan|schedule|planning)|"
            r"(?:nouveau|nouvel) (?:planning|calendrier)|(?:planning|calendrier) (?:révisé|adapté)|"
            r"annul\w*|cancel\w*|(?:planning|calendrier) (?:est |sera )?(?:revu|adapté|modifié)|"
            r"verleng|prolong|uitstel van|uitgesteld (?:tot|met)|postponed? (?:by|until|to|for)\b|"
            r"\bextension|\breport\b|décalage"
        ),
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
        r"sans (?:délai|retard)",
    ),
    Rule(
        id="team.named_team",
        # role words and appointing sentences: contacts.py
        cues=(
            (r"vast team|teamleden|met naam|genoemde personen|die personen", 1.0),
            (r"équipe dédiée", 1.0),
            (r"(?:programmer|consultant|engineer|developer)s? identified by", 1.0),
        ),
        sources=(contact_weights,),
        concrete=(
            r":\s*\w+ \w+|named|bij naam|nominati|tel\.|@|désign|designat|appoint|"
            r"(?:\bm\.|\bmme|\bmr\.?|\bmrs\.?|\bms\.?|dhr\.|mevr\.|monsieur|madame|de heer|"
            r"mevrouw) [a-zà-ÿ]|(?:contact|contactpersoon|"
            r"aanspreekpunt|interlocuteur|manager|leider|chef de projet)[^.]{0,40}"
            r"(?: is | est |: )|"
            r"\b(?:is|est|will be|wordt|sera) (?:your|uw|votre|the|de|het|le|la|l') "
            r"(?:[\w-]+ ){0,3}"
            r"(?:contact|aanspreekpunt|interlocut\w*|manager|leider|lead|chef\w* de projet)|"
            r"bestaat uit|samengesteld uit|composed of|consists of|composée? d|se compose"
        ),
        # the client appointing its own contact ("de klant duidt een contactpersoon aan voor
        # de facturatie") names no one of the delivery team
        exclude=r"^(?:\W*\w{0,3}\W+)?(?:de |het |le |la |l'|the )?" + CLIENT + r"\b[^.\n]{0,30}"
        r"\b(?:duidt|wijst|benoemt|désigne|désignera|designates?|appoints?|names?)\b",
    ),
    Rule(
        id="team.replacement",
        cues=(
            (
                r"replace(?:ment|s|d)? (?:of )?(?:any )?(?:key |the )?(?:person(?:nel)?|staff|"
                r"employees?|team members?|consultants?|resources?)|"
                r"(?:reassignment|assignment) of[^.\n]{0,20}(?:personnel|staff|employees)|"
                r"remove[sd]? (?:from|any) (?:the )?(?:project|personnel)|"
                r"(?:remov|withdraw)\w* (?:any |the |its |a )?(?:key |assigned )?(?:person(?:nel)?|"
                r"staff|employees?|team members?|consultants?)\b|reassign\w* (?:\w+ )?"
                r"(?:personnel|staff|employees|consultants?|team members?)|(?:provide|assign|"
                r"propose)s? (?:a |an )?(?:suitable |qualified |equivalent )?replacement",
                1.0,
            ),
            (
                r"vervang(?:t|en|ing)[^.\n]{0,40}(?:personeel|medewerker|teamlid|teamleden|consultant|"
                r"sleutelpersoon)|vervanging van (?:het |de |een )?(?:personeel|medewerker|teamlid|"
                r"teamleden|consultant|sleutelperso|projectleider)|"
                # the object before the verb: "een consultant slechts vervangen na akkoord"
                r"(?:medewerker|teamlid|teamleden|consultant|sleutelperso|projectleider)\w*"
                r"[^.\n]{0,60}\bvervang(?:en|t|ing)\b|vervangers?\b",
                1.0,
            ),
            (
                r"(?:changes?|wijziging\w*|modifications?|changements?) "
                r"(?:to|in|of|van|de|du|dans) "
                r"(?:the |de |het |la |l')?(?:samenstelling van (?:het |de )?|composition de "
                r"l')?(?:team|équipe|projectteam|project team|staffing|key personnel)\b|"
                r"stabilité de l'équipe|continuïteit van het team|continuity of (?:the )?(?:team|"
                r"staff|personnel)|team continuity",
                1.0,
            ),
            (
                r"changements? d'(?:intervenant|consultant|interlocuteur|chef de projet)|"
                r"wissel van (?:consultant|medewerker|teamlid|projectleider)|"
                r"remplace(?:ment|r)?[^.\n]{0,40}(?:personnel|intervenant|consultant|collaborateur|"
                r"chef(?:fe)? de projet|"
                r"membre)|remplaçante?s?\b",
                1.0,
            ),
        ),
        concrete=(
            r"approval|consent|toestemming|instemming|accord|akkoord|kosteloos|"
            r"no (?:additional )?cost|"
            r"zonder kosten|sans frais|same (?:rate|level)|hetzelfde tarief|gelijkwaardig|"
            r"équivalent|notice|\d|vooraf|voorafgaand|préalable|in advance|"
            r"(?:hetzelfde|gelijkwaardig|même|comparable|equivalent|same) (?:\w+ )?(?:niveau|"
            r"level|profiel|profil|profile)|niet aangerekend|geen kosten|"
            r"(?:no|without) (?:extra |additional )?(?:cost|charge)|require|besproken|"
            r"(?:toute|the whole|the entire|de volledige|de hele) (?:la )?(?:durée|duration|term|"
            r"looptijd|duur)|throughout|"
        )
        + DURATION,
    ),
    Rule(
        id="team.seniority",
        cues=(
            (
                r"(?:qualified|experienced|skilled|trained|certified|competent|senior|junior) "
                r"(?:and \w+ )?(?:personnel|staff|employees|engineers|consultants|developers|"
                r"resources|technicians|professionals|people|team|analysts?|programmers?)|"
                r"years? of (?:relevant )?experience|\bsenior\b|\bjunior\b|"
                r"(?:trained|qualified|experienced|certified|skilled) (?:[\w-]+ ){1,3}"
                r"(?:representatives?|technicians?|engineers?|consultants?|specialists?)\b|"
                r"qualifications (?:of|and experience)|skills and (?:experience|qualifications)",
                1.0,
            ),
            (
                r"ervaren (?:personeel|medewerkers|consultants|ontwikkelaars)|jaar ervaring|"
                r"kwalificaties|gekwalificeerd personeel|gecertificeerd|deskundig personeel|"
                r"vaardigheden|opleidingsniveau|(?:gekwalificeerde|bekwame|deskundige|"
                r"gecertificeerde) (?:medewerkers|technici|consultants|personeelsleden)",
                1.0,
            ),
            (
                # the staff have knowledge, experience or certificates: "onze medewerkers
                # beschikken over ...", "les intervenants disposent de ...", "our staff hold ..."
                r"(?:medewerkers|consultants|personeel|technici|staff|personnel|employees|engineers|"
                r"intervenants|collaborateurs|team)\b[^.\n]{0,40}\b(?:beschikken over|hebben|"
                r"possèdent|disposent|have|hold)\b[^.\n]{0,40}(?:kennis|ervaring|certifica\w*|"
                r"diploma\w*|expérience|compétences|qualifications?|knowledge|experience|skills|"
                r"expertise)",
                1.0,
            ),
            (
                r"personnel (?:qualifié|expérimenté|compétent)|expérimenté|ans d'expérience|"
                r"qualifications|certifié|compétences (?:requises|techniques)|(?:collaborateurs|"
                r"intervenants|consultants) (?:qualifiés|expérimentés|compétents|certifiés)",
                1.0,
            ),
        ),
        concrete=NUMBER_WORD
        + r" (?:years?|jaar|ans)|certif|senior[^.\n]{0,40}\d|profile|profiel|profil",
        exclude=r"senior (?:debt|notes|secured|lender|officer|vice|management|executive)|"
        r"qualified (?:opinion|institutional|to do business)|competent (?:court|jurisdiction|"
        r"authority)",
    ),
    Rule(
        id="team.knowledge_transfer",
        cues=(
            (
                r"knowledge transfer|hand[- ]?over|handoff|documentation|user manuals?|"
                r"operational guides?|installation guides?|technical report|deliver[^.\n]{0,30}"
                r"source code|runbooks?|walk\w* [^.\n]{0,40}\bthrough\b",
                1.0,
            ),
            (
                r"kennisoverdracht|overdracht van (?:de |alle )?(?:kennis|knowhow|know-how)|"
                r"documentatie|handleiding|overdrachtsdossier|"
                r"overdrachts(?:moment|sessie|vergadering|document)",
                1.0,
            ),
            # "overdracht" alone: also a transition to another supplier or a transfer of rights
            (r"overdracht", 0.5),
            (
                r"overdracht (?:\w+ ){0,3}(?:naar|aan) (?:het |de |uw )?(?:interne? )?(?:\w+-)?"
                r"(?:team|medewerkers|beheerders|it-afdeling)|\bdocument(?:s|ed)? (?:all |the |"
                r"any |each )?(?:\w+ )?(?:changes|configurations?|procedures|settings|code)\b",
                1.0,
            ),
            (
                # ("documentation" is in the English cue: listed twice it would count twice)
                r"transferts? (?:de |des |du |d')(?:connaissances|compétences|savoir)|"
                r"manuels?|passation",
                1.0,
            ),
        ),
        concrete=(
            r"shall (?:provide|deliver)|will (?:deliver|provide)|levert|verstrekt|"
            r"zodanig|fournira|remet|at (?:its|no) (?:expense|cost)|all |"
            r"\bontvangt|\bbezorgt|overhandig|reçoi[tv]|recevra|receives?\b|assure|"
            r"organise|verzorgt|\bvolgt\b|\bdraagt\b[^.\n]{0,80}\bover\b|overgedragen|"
            r"hands? over|transfère|transférera|(?:shall |will )?transfers? (?:the|all|its)\b|"
            r"sessi(?:e|es|on|ons)\b|workshops?\b|\bgeeft\b|"
            r"\bholds?\b|\bgives?\b|fournit|provides|delivers|supplies"
        ),
        # documents that support an invoice or a claim, the documentation as the yardstick of a
        # warranty, and a transfer of rights are no knowledge handed over
        exclude=r"documentation (?:fee|required by law|supporting|detailing|evidencing|"
        r"substantiating|reasonably detailing)|(?:supporting|exemption|tax|derivative) "
        r"documentation|(?:accordance|conformity|comply|complies) with (?:the |its |their )?"
        r"(?:[\w-]+ )?documentation|"
        r"overdracht van (?:de |het |die |alle )?(?:intellectuele |auteurs)?\w*(?:rechten|"
        r"eigendom|aandelen|vordering|overeenkomst|contract)|ter staving|bewijsstukken|"
        r"justificatifs?|pièces justificatives|"
        # the documentation the supplier needs from the client is input, not a handover
        r"receive[sd]? (?:the |all |any )?(?:required|requested|necessary) (?:[\w,]+ ){0,3}"
        r"documentation|"
        # documentation named only as confidential material
        r"^(?!.*\b(?:knowledge|kennis|connaissance|hand[- ]?over|overdracht|transfert))"
        r".*(?:confidential|vertrouwelijk)",
    ),
    Rule(
        id="team.quality",
        cues=(
            (
                r"workmanlike|professional (?:manner|standards?|diligence)|industry standards?|"
                r"good industry practice|degree of (?:care|skill)|care and skill|quality assurance|"
                r"\biso ?9001|code review|testing|peer[- ]review\w*|reviewed by (?:a |an )?"
                r"(?:second|another|senior|independent)|four[- ]eyes",
                1.0,
            ),
            (
                r"vakkundig|vakmanschap|kwaliteit(?:seisen|sborging|snorm)?|"
                r"goed opdrachtnemerschap|"
                r"stand der techniek|testen|kwaliteit|regels (?:van de|der) kunst|"
                r"vier[- ]?ogen|(?:gereviewd|nagekeken|nagelezen) door (?:een )?(?:tweede|andere|"
                r"senior)|peer ?review|getest|unit ?tests?|regressietest\w*",
                1.0,
            ),
            (
                r"règles de l'art|qualité|professionnelle|normes? (?:iso|de qualité)|recette|"
                r"tests?\b|relecture|(?:relu|revu|vérifié)e?s? par (?:un |une )?(?:second|deuxième|"
                r"autre|senior)|revue par les pairs|quatre yeux",
                1.0,
            ),
        ),
        concrete=r"workmanlike|industry|iso|standard|norm|règles de l'art|vakkundig|care|"
        r"borging|review|test|regels (?:van de|der) kunst|relecture|relu|revu|nagekeken|nagelezen|"
        r"gereviewd|four[- ]eyes|vier[- ]?ogen|quatre yeux",
        # the client testing what it receives is acceptance, not the supplier's quality
        # (and a loan device "of similar quality" is no quality of the work)
        exclude=r"quality of (?:the )?(?:content|product[s]? sold)|(?:qualité|quality|kwaliteit) "
        r"(?:similaire|équivalente?|identique|comparable|equivalent|similar)|(?:similar|"
        r"equivalent|comparable|gelijkwaardige?|vergelijkbare) (?:quality|kwaliteit)|"
        r"^(?:\W*\w{0,3}\W+)?"
        r"(?:de |het |le |la |l'|the )?" + CLIENT + r"\b[^.\n]{0,40}\b(?:test|teste|tests|"
        r"testen|testing|vérifie)\b|(?:getest|testée?s?|tested) (?:door|par|by) (?:de |het |le |"
        r"la |l'|the )?"
        + CLIENT
        + r"|(?:door|par|by) (?:de |het |le |la |l'|the )?"
        + CLIENT
        + r"\b[^.\n]{0,30}(?:getest|testée?s?|tested)",
    ),
    # reporting.progress and reporting.governance: reporting.py
    *REPORTING_RULES,
]
