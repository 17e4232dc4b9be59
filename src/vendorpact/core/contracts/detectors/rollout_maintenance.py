"""Rules for rollout (deployment, migration, acceptance, warranty) and maintenance/SLA."""

from vendorpact.core.contracts.detectors.common import (
    CALENDAR_DATE,
    DURATION,
    NUMBER_WORD,
    PERCENT,
)
from vendorpact.core.contracts.detectors.contacts import contact_weights
from vendorpact.core.contracts.detectors.engine import Rule
from vendorpact.core.contracts.detectors.service_times import time_table_weights
from vendorpact.core.contracts.detectors.warranty import WARRANTY

RULES = [
    Rule(
        id="rollout.deployment",
        cues=(
            (
                r"\b(?:installation|deployment|go-live|go live|roll-?out|implementation) "
                r"(?:services?|date|plan|activities|support)|\binstall(?:ed|ation)?\b|\bdeploy|"
                r"\bgo[- ]live\b|\bcut-?over\b",
                1.0,
            ),
            (
                r"installatie|ingebruikname|ingebruikneming|in productie (?:name|stellen)|uitrol|"
                r"implementatie|livegang|\baflevering",
                1.0,
            ),
            (
                r"\binstallation|mise en (?:production|service|œuvre|place|ligne)|déploiement|"
                r"installer|démarrage[^.\n]{0,40}en production",
                1.0,
            ),
            (
                r"(?:made|be) (?:available|accessible)[^.\n]{0,20}(?:internet|web|online)|"
                r"fully operational",
                1.0,
            ),
            (r"\blaunch", 0.6),
        ),
        concrete=DURATION + r"|" + CALENDAR_DATE + r"|date|shall (?:install|deploy)|"
        r"will (?:install|deploy)|consent|approved|acceptance|datum|op locatie|sur site",
        # "available to internet users 24 hours a day" is availability, not a go-live
        exclude=r"install(?:ed)? base|installment|hours (?:a|per) day|24/7|24x7|24 ?x ?7|"
        r"\buptime\b|(?:7|seven) days (?:a|per) week|7j/7|24h/24|24/24|7/7",
    ),
    Rule(
        id="rollout.data_migration",
        cues=(
            (
                r"data (?:migration|conversion|load|import)|migrat(?:e|ion) of (?:the )?(?:data|"
                r"existing)|conversion services|initial (?:data )?load|import files|"
                r"migrat\w* (?:the )?(?:existing|legacy|current|historical)|legacy (?:data|"
                r"system)s?[^.\n]{0,60}(?:load|migrat|convert|import|extract)|data cleansing|"
                # "migrate the Customer's mailboxes from the current environment"
                r"\bmigrat\w*\b[^.\n]{0,80}\bfrom (?:the |its |their |your )?(?:current|"
                r"existing|legacy|old|previous|on-premises)|"
                # "we transfer each user's local files from the old laptop to the new one"
                r"\b(?:transfer|mov|cop(?:y|ie))\w*\b[^.\n]{0,60}\b(?:data|files|mailbox(?:es)?|"
                r"documents|records|profiles|e-?mails)\b[^.\n]{0,60}\bfrom (?:the |its |their |"
                r"your |each )?(?:current|existing|legacy|old|previous|on-premises)\b",
                1.0,
            ),
            (
                r"datamigratie|gegevensmigratie|migratie van (?:de )?(?:gegevens|data)|conversie|"
                r"initiële (?:data|gegevens)|"
                r"(?:migreert|migreren|overzetten|importeert|importeren)\b[^.\n]{0,60}"
                r"(?:vanuit|uit (?:het|de) (?:huidige|oude|bestaande))|"
                # "de bestanden van de oude pc's worden overgezet naar de nieuwe laptops"
                r"(?:gegevens|bestanden|mailboxen|documenten|profielen)\b[^.\n]{0,60}\b(?:van|"
                r"uit) (?:de |het )?(?:oude|huidige|bestaande|vorige)\b[^.\n]{0,80}\b(?:overgezet|"
                r"overgebracht|gekopieerd|overzetten|overbrengen|kopiëren|gemigreerd)",
                1.0,
            ),
            (
                r"migration des données|reprise des (?:données|historiques)|conversion des données|"
                r"(?:import|importation|récupération|transfert) des (?:données|fichiers)|"
                r"encodage des (?:données|articles|fiches|clients)|"
                # "le prestataire importe les données de base du client"
                r"(?:importe|importera|migre|migrera|reprend|reprendra) (?:les|des|ses|vos) "
                r"données|"
                # "transfère les fichiers et messageries depuis les anciens postes"
                r"(?:transf[èée]r|cop(?:ie|ier)|récupèr)\w*[^.\n]{0,60}(?:données|fichiers|"
                r"messageries|profils)[^.\n]{0,60}(?:depuis|de|à partir) (?:l'|les |le |la )?"
                r"(?:ancien|actuel|existant)",
                1.0,
            ),
        ),
        concrete=DURATION + r"|shall (?:migrate|convert|bear)|format|verantwoordelijk|responsable|"
        # the source the data comes from: "from the current environment", "à partir des fichiers"
        r"\bfrom (?:the |its |their |your )?(?:current|existing|legacy|old|previous|on-premises)|"
        r"à partir (?:des|de|du)|vanuit|\b(?:excel|csv)\b|"
        r"\b(?:van|uit) (?:de |het )?(?:oude|huidige|bestaande|vorige)\b|depuis (?:l'|les |le |"
        r"la )?(?:ancien|actuel|existant)",
    ),
    Rule(
        id="rollout.acceptance",
        cues=(
            (
                r"acceptance (?:test|testing|procedure|criteria|period|certificate)s?|"
                r"deemed accepted|accepts? (?:and approves|the (?:deliverable|application|"
                r"software|system))|user acceptance|\buat\b|acceptance of the|sign(?:ed|s)?[- ]off|"
                r"(?:otherwise|failing which)[^.\n]{0,60}(?:deemed )?accepted|"
                # "a laptop is accepted when the checklist is signed or when no issue is reported"
                r"\baccepted (?:when|if|once|upon|after|as soon as)\b",
                1.0,
            ),
            (
                r"acceptatie(?:test|procedure|criteria|termijn)?|accepteert|aanvaarding|"
                r"(?:opleverings|gebruikers|aanvaardings)test|goedkeuring van de oplevering|"
                r"(?:als|voor) (?:aanvaard|goedgekeurd) (?:beschouwd|geacht)|"
                r"beschouwd als aanvaard|"
                r"geacht (?:te zijn )?aanvaard|"
                # "zonder opmerkingen geldt de oplevering als aanvaard"
                r"(?:geldt|gelden|wordt|worden)\b[^.\n]{0,40}\bals (?:aanvaard|goedgekeurd)\b",
                1.0,
            ),
            (
                r"recette|procès-verbal de (?:réception|recette)|réception (?:provisoire|"
                r"définitive)|"
                r"réputée? (?:acceptée?|reçue?)|considérée? comme (?:acceptée?|reçue?|validée?)|"
                r"(?:client|utilisateur) valide|phase de tests?",
                1.0,
            ),
        ),
        concrete=DURATION + r"|in writing|schriftelijk|par écrit|criteria|criteri|procedure|"
        r"test|checklist|\bsign(?:s|ed)?\b|ondertek\w*|procès-verbal",
        exclude=r"acceptance of (?:this )?(?:agreement|offer|terms|purchase order)|"
        r"accept(?:s|ed)? (?:service of process|payment)|"
        # the contract itself being accepted: "this offer is accepted when signed"
        r"(?:offer|quote|quotation|proposal|agreement|order|terms|offerte|offre|devis)\w* "
        r"(?:is|are|shall be|will be) (?:deemed |considered )?accepted",
    ),
    WARRANTY,
    Rule(
        id="rollout.user_support",
        cues=(
            (
                r"\btraining(?: classes| sessions| courses)?\b|train (?:the )?(?:users|staff|"
                r"personnel)|end[- ]user support|customer support|user support|help ?desk|"
                r"\beducation\b|train[- ]the[- ]trainer|hypercare|key[- ]users?|"
                # support given so that the client's people can use the system
                r"(?:support|assist\w*|help)\b[^.\n]{0,120}\b(?:enabl|allow|permit|help)\w* "
                r"(?:\w+ ){0,3}to use\b|"
                # "help users with their first login", "a 45-minute introduction"
                r"\b(?:help|assist|coach|guide)(?:s|ing)? (?:the |all |your |our |its )?"
                r"(?:\w+ )?(?:end[- ])?users\b|introduct\w* (?:sessions?|courses?|workshops?)|"
                r"(?:minute|hour|half-day|day) introduction|floor ?walk",
                1.0,
            ),
            (
                r"opleiding|training|gebruikersondersteuning|"
                r"vertrouwd (?:te )?maken|instructie|"
                r"gebruikers(?:support|begeleiding)|eerstelijns(?:ondersteuning|support|helpdesk)|"
                r"nazorg|(?:introductie|kennismakings|demo)sessie|opstartbegeleiding|"
                r"(?:helpen|begeleiden|bijstaan) (?:van )?(?:de |alle )?(?:eind)?gebruikers|"
                r"(?:eindgebruikers|gebruikers) (?:\w+ )?(?:helpen|begeleiden|bijstaan)",
                1.0,
            ),
            (
                r"\bformation(?:s)? (?:des|du|aux) (?:utilisateurs|personnel)|formation\b|"
                r"accompagnement|(?:assistance|support)(?: téléphonique)? (?:aux|des) "
                r"utilisateurs|prise en main|écolage",
                1.0,
            ),
        ),
        concrete=DURATION + r"|\$|€|session|days? of|classes|per|included|inbegrepen|inclus|"
        r"half[- ]days?|halve dag|demi-journées?",
        # the channel where incidents are reported (maintenance of the system, unless the
        # sentence is about users), and support for the customer paired with maintenance
        exclude=r"^(?!.*\b(?:users?|gebruikers?|utilisateurs?|medewerkers)\b)"
        r".*\b(?:incidents?|storingen|tickets?|bereikbaar|reachable|staffed|joignable|"
        r"kantooruren|office hours|business hours|heures ouvr\w*)\b|"
        # the desk's own staff: "elke medewerker van de helpdesk kent de omgeving"
        r"(?:medewerkers?|agents?|staff|personnel|personeel|techniciens?) (?:van|of|du|de) "
        r"(?:de |the |la |le )?(?:help|service|support) ?desk|(?:help|service|support) ?desk "
        r"(?:staff|agents?|medewerkers?|personnel)|customer support (?:and|&) (?:\w+ )?maintenance|"
        # the qualifications of the supplier's staff, not training for the client's users
        r"(?:opleiding|training|education|formation)\w*,? (?:en|and|et) (?:d'une |de )?"
        r"(?:ervaring|experience|expérience)",
    ),
    Rule(
        id="maintenance.services",
        cues=(
            (
                r"(?:maintenance|support|hosting|managed) services?|(?:corrective|preventive|"
                r"remedial|adaptive) maintenance|service levels?|error (?:correction|fixing)|"
                r"backup|monitoring",
                1.0,
            ),
            (
                r"onderhoud|correctief|preventief|ondersteuning|support(?:diensten|contract)|"
                r"beheer|servicecontract|helpdesk",
                1.0,
            ),
            (
                r"\bmaintenance (?:corrective|préventive|évolutive)?|assistance (?:téléphonique|"
                r"technique)|télémaintenance|infogérance|hébergement|contrat de maintenance",
                1.0,
            ),
            (r"(?:will|shall) (?:host|maintain|support)|maintain the", 0.8),
            (
                # "manages and supports the office network", "remote and on-site support"
                r"\b(?:manages?|maintains?) and supports?\b|\bsupports? and (?:maintains?|"
                r"manages?)\b|(?:remote|on-?site|on site) support|support (?:is|will be) "
                r"(?:delivered|provided)|(?:ondersteuning|support|interventies?) (?:op afstand|"
                r"ter plaatse)|(?:assistance|intervention)s? (?:à distance|sur site)",
                1.0,
            ),
        ),
        concrete=(
            r"following|consist|includ|omvat|bestaat|comprend|se compose|:|"
            r"\(\w\)|\(i+\)|\d|each day|daily|dagelijks|corrective|correctief|remedial"
        ),
        exclude=r"maintain (?:insurance|records|books)|maintenance of (?:insurance|records)",
    ),
    Rule(
        id="maintenance.support_hours",
        cues=(
            (
                r"support hours|business hours|office hours|hours of (?:operation|support|"
                r"coverage)|"
                r"24/7|24x7|24 x 7|24 hours a day|twenty-four|twenty- four|hours per day|"
                r"hours a day|"
                r"days per week|days a week|monday (?:through|to)|"
                r"call-in support|telephone support|help ?desk",
                1.0,
            ),
            (
                r"kantooruren|werkdagen van|openingsuren|openingstijden|service-uren|serviceuren|"
                r"servicetijden|"
                r"bereikbaar|maandag (?:tot|t/m)",
                1.0,
            ),
            (
                r"horaires? d'ouverture|heures ouvr|lundi[^.\n]{0,6}(?:vendredi|samedi)|"
                r"joignable|hotline|"
                r"assistance téléphonique|jours (?:ouvrables|ouvrés),? (?:de|du|entre)\b|"
                r"permanence téléphonique",
                1.0,
            ),
            (
                r"\b(?:tot|to|until|through) ?\d{1,2}(?:[:.u]\d\d|h\b| ?[ap]\.?m\b)|"
                r"\bde \d{1,2} ?h(?:\d\d)? ?à|"
                r"\b(?:a\.m\.|p\.m\.)",
                0.8,
            ),
            (r"(?:phone|email|e-mail|telefoon|téléphone|portal|ticket)", 0.3),
        ),
        concrete=(
            r"\d{1,2}(?::\d\d)? ?[ap]\.?m|\d{1,2}h|24|monday|maandag|lundi|\d[:.u]\d|"
            r"seven|zeven|sept|\d{1,2} (?:tot|à|to|-) \d{1,2} ?(?:uur|h\b|heures)"
        ),
        # an audit or visit "during normal business hours" says when, not when support answers
        exclude=r"\b(?:inspect|audit|examin|controle|controleren|contrôl|vérifi)\w*|"
        r"(?:visit|enter)\w* (?:the |its |their )?(?:premises|facilit|offices)|"
        r"access to (?:the |its |their )?(?:premises|records|books|facilities)",
    ),
    Rule(
        id="maintenance.response_time",
        cues=(
            (
                r"response times?|respond\w* within|time to respond|reaction time|call back|"
                r"respond\w* to (?:\w+ ){0,3}(?:calls?|requests?|incidents?|tickets?|problems?|"
                r"reports?|notifications?|messages?|e-?mails?|queries|questions)|"
                r"respond\w* to\b[^.\n]{0,60}\bwithin\b|"
                r"acknowledge[sd]? (?:receipt|the|each|every|all|any)\b|within \d+ minutes|"
                r"(?:handled|answered|dealt with|picked up) (?:on )?(?:the )?"
                r"(?:following|next) (?:business|working) day|"
                # a priority line: "Priority 1: response 30 minutes, resolution 4 hours"
                r"\bresponse:? (?:time:? )?(?:within )?" + NUMBER_WORD + r" ?(?:minutes?|hours?|"
                r"business|working)",
                1.0,
            ),
            (
                r"(?:reactie|respons|interventie)(?:tijd|termijn)(?:en)?|"
                r"reage(?:ren|ert)\b[^.\n]{0,40}(?:binnen|zo (?:snel|spoedig) mogelijk)|"
                r"volgende werkdag (?:behandeld|beantwoord|in behandeling)|"
                r"binnen[^.\n]{0,20}in behandeling (?:genomen|nemen)|"
                r"aanvang (?:van de )?werkzaamheden binnen|reactie binnen",
                1.0,
            ),
            (
                r"délais? d'(?:intervention|prise en charge|intervention garanti)|"
                r"délais? de (?:prise en charge|prise en compte|réaction|(?:première )?réponse)|"
                r"temps d'intervention|"
                r"réagit[^.\n]{0,30}dans (?:l'heure|les \d)|"
                r"interv(?:ient|iendra|ention|enir)\w*[^.\n]{0,20}(?:dans les|sous|endéans|"
                r"en moins de) " + NUMBER_WORD + r"|temps de "
                r"(?:réponse|réaction)|intervenir|prise en charge (?:sous|dans)|"
                r"interv(?:ient|iendra|iennent)\b[^.\n]{0,30}(?:délai|sous|dans|endéans)|"
                r"pren(?:d|nent|dra|dront) en charge\b[^.\n]{0,60}(?:dans un délai|dans les "
                r"\d|sous|endéans)",
                1.0,
            ),
        ),
        sources=(time_table_weights,),
        concrete=DURATION,
        exclude=r"(?:page|web ?site|system|network|server|download) response times?|"
        r"response times? "
        r"(?:for|of|experienced by)[^.\n]{0,20}(?:users|visitors|pages?|web)|"
        r"respond to (?:any )?(?:subpoena|request "
        r"for|inquir)|"
        # the speed of a web page or a network, not of the supplier
        r"load(?:ing)? times?|page loads?|"
        r"response times?\b[^.\n]{0,150}\b(?:bandwidth|latency|throughput|load\w*)|"
        r"(?:bandwidth|latency|throughput)[^.\n]{0,150}response times?",
    ),
    Rule(
        id="maintenance.resolution_time",
        cues=(
            (
                r"resolution times?|(?:resolve|fix|restore|correct|repair|"
                r"remedy)[^.\n]{0,40}within|"
                r"time to (?:resolve|restore|fix)|workaround|work[- ]around|restoration time|"
                r"(?:fix|repair|restore) times?|"
                r"down-?time (?:extends|exceeds)|"
                # a priority line: "P1: response 30 minutes | resolution: 4 business hours"
                r"\bresolution:? (?:time:? )?(?:within )?(?:" + NUMBER_WORD + r" ?(?:minutes?|"
                r"hours?|business|working)|next (?:business|working) day)",
                1.0,
            ),
            (
                r"oplostijd|hersteltijd|functiehersteltijd|hersteltermijn|oplossingstijd|"
                r"(?:verhelpt|herstelt|opgelost)[^.\n]{0,40}binnen|binnen "
                + NUMBER_WORD
                + r" \w+ (?:opgelost|"
                r"verholpen|hersteld)|zo (?:snel|spoedig) mogelijk (?:\w+ )?(?:verholpen|"
                r"hersteld|opgelost)",
                1.0,
            ),
            (
                r"délai de (?:rétablissement|résolution|correction|remise en service|réparation)|"
                r"temps de (?:rétablissement|résolution)|solution de contournement|immobilisation|"
                # "les incidents critiques sont résolus dans un délai de huit heures"
                r"(?:résolu|corrigé|rétabli|réparé)e?s? (?:dans un délai|dans les|sous|"
                r"endéans|en moins de)",
                1.0,
            ),
            (
                r"(?:remedy|correct|fix|repair|resolve)\w* (?:those |the |any |such |all )?"
                r"(?:reported )?(?:errors|defects|discrepanc|problems|incidents|failures|bugs)",
                1.0,
            ),
        ),
        sources=(time_table_weights,),
        concrete=DURATION + r"|next (?:business|working) day",
        # the client correcting its own material is not the supplier fixing faults
        exclude=r"(?:client|customer|klant|opdrachtgever)'s (?:sole |own )?responsibility|"
        r"(?:client|customer) (?:is|shall be) (?:solely )?responsible for correct",
    ),
    Rule(
        id="maintenance.availability",
        cues=(
            (r"(?:available|beschikbaar|disponible)[^.\n]{0,40}\d{2}(?:[.,]\d+)? ?%", 1.0),
            (r"availability|uptime|up-time|down-?time|service level (?:target|commitment)", 1.0),
            (r"beschikbaarheid|uptime|onbeschikbaarheid", 1.0),
            (r"disponibilité|taux de disponibilité|indisponibilité", 1.0),
            (
                r"(?:available|operation)[^.\n]{0,80}(?:24 hours|twenty-four|7 days|seven days|"
                r"continuously|on demand)",
                1.0,
            ),
        ),
        concrete=PERCENT,
        exclude=r"availability of (?:funds|the product for sale|inventory)|subject to availability",
    ),
    Rule(
        id="maintenance.service_credits",
        cues=(
            (
                r"service credits?|(?:response|uptime|availability|downtime)[^.\n]{0,20}credit|"
                r"credit[^.\n]{0,60}(?:fee|charges|downtime)|fee reduction|penalt(?:y|"
                r"ies)[^.\n]{0,60}"
                r"(?:service level|availability|sla)",
                1.0,
            ),
            (
                r"servicecredit|(?:service|sla)korting|creditering|"
                r"boete[^.\n]{0,60}(?:beschikbaarheid|service|reactie)|korting "
                r"op (?:de |het )?\w*(?:vergoeding|fee|prijs|bedrag)|"
                # a discount for a missed service level, not a commercial discount
                r"(?:beschikbaarheid|serviceniveau|\bsla\b|reactietijd|oplostijd)[^.\n]{0,80}"
                r"korting van|"
                r"creditnota",
                1.0,
            ),
            (r"pénalités?|avoir[^.\n]{0,40}(?:redevance|facture)|crédits? de service", 1.0),
            (
                # a credit note for a missed service level, not for an invoicing error
                r"(?:niveau de service|disponibilité|\bsla\b)[^.\n]{0,80}notes? de crédit|"
                r"notes? de crédit[^.\n]{0,80}(?:niveau de service|disponibilité|\bsla\b)",
                1.0,
            ),
        ),
        concrete=PERCENT + r"|\d",
        exclude=r"credit (?:card|report|facility|agreement|rating)|late payment",
    ),
    Rule(
        id="maintenance.customer_knowledge",
        # account managers, dedicated contacts, the client's key users: contacts.py
        cues=(
            (
                r"documented environment|configuration (?:records|database)|knowledge base|"
                r"incident (?:log|records)",
                1.0,
            ),
            (r"dossier van de klant|vastlegging|klantdossier|configuratiebeheer|archivering", 1.0),
            (r"dossier client", 1.0),
            (
                # documentation the supplier keeps of the client's own environment
                r"documentatie van (?:de |het |uw )?(?:[\w-]+ )?(?:[\w]+-)?(?:omgeving|"
                r"infrastructuur|systemen|netwerk|installatie)|(?:up-to-date|current|"
                r"accurate) documentation of (?:the |your )?(?:customer|client)|"
                r"dossier technique|documentation (?:de l'|du |des )(?:environnement|"
                r"infrastructure|parc|système)|"
                # a document the desk keeps on the client: "kennisdocument", "fiche technique
                # de son environnement", "an up-to-date IT passport: network diagram, ..."
                r"kennis(?:document|dossier)|klant(?:en)?fiche|network diagrams?|"
                r"asset (?:inventory|register)|it passport|fiche (?:technique|client|"
                r"signalétique) (?:de |du |des |d')(?:son |votre |l')?(?:client|environnement|"
                r"infrastructure|parc|système|installation)",
                1.0,
            ),
            (
                # a person assigned to the client: "un chef de projet attitré", "a dedicated
                # service delivery manager", "een vaste servicemanager"
                r"(?:chef de projet|technicien|consultant|ingénieur|gestionnaire|interlocuteur|"
                r"responsable)s? (?:attitré|dédié|référent)|dedicated (?:account|service "
                r"delivery|technical account|support|customer success) (?:manager|engineer|"
                r"contact)|vaste (?:contactpersoon|consultant|technicus|technieker|"
                r"aanspreekpunt|service ?(?:delivery )?manager)",
                1.0,
            ),
        ),
        sources=(contact_weights,),
        concrete=r"\w+ \w+:|dedicated|vast|dédié|attitré|following|adequate|archiv|actuele|"
        r"up-to-date|current|tient à jour|houdt [^.\n]{0,60}bij|designat|appoint|désign|duidt|"
        r"wijst|werkt [^.\n]{0,60}\bbij\b|bijgewerkt|à jour|after each|na elke|après chaque",
    ),
    Rule(
        id="maintenance.updates",
        cues=(
            (
                r"(?:software|security|firmware|version|release|maintenance)\w* (?:updates?|"
                r"upgrades?|patch\w*|fixes|releases)|(?:updates?|upgrades?|patch\w*|new "
                r"(?:versions?|releases?))(?: to| of| for) (?:the )?(?:software|system|platform|"
                r"application|product)|new (?:versions?|releases?)|security fixes|enhancements|"
                r"modifications and improvements|bug ?fix\w*",
                1.0,
            ),
            (r"\bupgrade[sd]?\b|\bpatch(?:es)?\b", 1.0),
            (
                r"beveiligingspatch\w*|securitypatch\w*|patchbeheer|patchmanagement|"
                r"correctifs de sécurité",
                1.0,
            ),
            (r"\bupdates?\b|\breleases\b", 0.6),
            (
                r"nieuwe (?:versies?|releases?)|versiebeleid|beveiligingsupdates|"
                r"software-?updates|patches|"
                r"verbeterde (?:versies|programmatuur)",
                1.0,
            ),
            (r"mises? à jour|nouvelles? versions?|correctifs|évolutions? (?:du|des) logiciel", 1.0),
        ),
        concrete=(
            r"(?:include|includ|inclus|inbegrepen|omvat|comprend|shall provide|will provide|"
            r"zonder (?:bijkomende |extra |meer)?kost|sans (?:frais|supplément|coût)|at no "
            r"(?:additional )?charge|free|kosteloos|gratuit|tijdig|within|binnen|"
            r"standard|generally available|consistent)|"
        )
        + DURATION,
        exclude=r"update (?:the )?(?:schedule|exhibit|list|information)",
    ),
]
