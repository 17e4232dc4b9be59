"""Rules for the service levels of maintenance and SLAs: support hours, response and resolution
times, availability and service credits."""

from vendorpact.core.contracts.detectors.common import DURATION, NUMBER_WORD, PERCENT
from vendorpact.core.contracts.detectors.engine import Rule
from vendorpact.core.contracts.detectors.informal_wording import (
    FIRST_PERSON_RESPONSE,
    RESPONSE_WITHOUT_TIME,
)
from vendorpact.core.contracts.detectors.item_hedges import BREACH_CURE, COMPLAINT_ANSWERED
from vendorpact.core.contracts.detectors.level_tables import level_table_weights
from vendorpact.core.contracts.detectors.maintenance_wording import (
    ANSWERED_WITHIN,
    ANSWERING_REQUESTS,
    AVAILABLE_SHARE,
    COMPENSATION_DENIED,
    CREDIT_GIVEN_BACK,
    HARDWARE_REPLACED,
    LOANER_WITHIN,
    NO_COMPENSATION,
    PICKED_UP_WITHIN,
    RESOLVED_BY,
    RESPONSE_PICKED_UP,
    RESPONSE_RESOLUTION_TABLE,
    RESTORED_LATER,
    RESTORED_WITHIN,
    SOLVED_BY_CLIENT,
    SOLVED_SEPARABLE,
    SUPPORT_DAYS_ABBREVIATED,
)
from vendorpact.core.contracts.detectors.service_times import time_table_weights
from vendorpact.core.contracts.service_durations import WITHIN_THE_HOUR

SERVICE_LEVEL_RULES = [
    Rule(
        id="maintenance.support_hours",
        # "(public holidays excluded)", "behalve feestdagen" bound the hours, they leave nothing
        # open; a time or day still has to make the sentence concrete
        exclusion_is_vague=False,
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
            (
                # hours: "between 9 am and 5 pm", "tussen 8u30 en 17u", "werkdagen 08:00 - 17:30"
                r"\b(?:between|tussen|entre) \d{1,2}(?:[:.hu]\d\d)?(?: ?[ap]\.?m\.?| ?h| ?uur)? "
                r"(?:and|en|et) \d{1,2}\b|(?:werkdagen|weekdays|business days|working days|"
                r"jours ouvr\w*)[:,]? (?:van |from |de |between |tussen |entre )?\d{1,2}[:.hu]",
                0.8,
            ),
            (
                # "support is available on working days", "the service desk can be reached"
                r"(?:support|service ?desk|servicedesk|support ?desk|helpdesk|hotline)\b"
                r"[^.\n]{0,40}\b(?:is |are |est |sont )?(?:available|open|staffed|reachable|"
                r"can be reached|ouvert|disponible|accessible|geopend)",
                1.0,
            ),
            (r"service ?desk|support ?desk", 0.6),
            (
                # abbreviated weekdays: "ma-vr 8u30-17u00", "Mon-Fri 9:00-17:00", "lu-ve 8h-18h"
                r"\b(?:ma|mon|mo|lu|lun)\.? ?(?:-|–|t/m|tot|to|au|à) ?(?:vr|vrij|fri|fr|ve|ven|za"
                r"|sat|sa)\b",
                1.0,
            ),
            (r"(?:phone|email|e-mail|telefoon|téléphone|portal|ticket)", 0.3),
            (
                # a range of clock times on days: "op schooldagen van 7u30 tot 17u00",
                # "weekdagen van 8 tot 18 uur"
                r"\b(?:werkdagen|weekdagen|schooldagen|lesdagen|zaterdagen|zondagen|dagen) van "
                r"\d{1,2}(?:[u:.h]\d\d|u\b| ?uur\b)? tot \d{1,2}(?:[u:.h]\d\d|u\b| ?uur\b)",
                1.0,
            ),
            *SUPPORT_DAYS_ABBREVIATED,
        ),
        concrete=(
            r"\d{1,2}(?::\d\d)? ?[ap]\.?m|\d{1,2}h|24|monday|maandag|lundi|\d[:.u]\d|"
            # "tussen 8 en 17 uur", "between 9 and 17 h"
            r"\d{1,2} (?:en|and|et) \d{1,2} ?(?:uur|u\b|h\b|heures)|"
            r"seven|zeven|sept|\d{1,2} (?:tot|à|to|-) \d{1,2} ?(?:uur|h\b|heures)|"
            # "de 9 h à 17 h 30", "van 8 u tot 17 u"
            r"\d{1,2} ?[hu](?: ?\d\d)? ?(?:à|-|tot|to) ?\d{1,2} ?[hu]\b|"
            # Flemish clock times: "van 8u tot 18u", "tot 17 uur"
            r"\b\d{1,2} ?u(?:ur)?\b"
        ),
        # an audit or visit "during normal business hours" says when, not when support answers
        # (and the hours of a maintenance window say when the service may be down, unless the
        # sentence also speaks of support)
        exclude=r"\b(?:inspect|audit|examin|controle|controleren|contrôl|vérifi)\w*|"
        r"^(?!.*\b(?:support|helpdesk|service ?desk|servicedesk|hotline|bereikbaar|joignable)\b)"
        r".*\b(?:onderhoudsvenster|maintenance windows?|fenêtres? de maintenance|gepland "
        r"onderhoud|(?:planned|scheduled) maintenance|maintenances? planifiées?)\b[^.\n]{0,60}"
        r"\b(?:tussen|between|entre|van|from|de|op|on|le) \w*\s?\d|"
        r"(?:visit|enter)\w* (?:the |its |their )?(?:premises|facilit|offices)|"
        r"access to (?:the |its |their )?(?:premises|records|books|facilities)|"
        # notices received after hours, work outside office hours billed at a rate (no hours)
        r"^(?!.*\d{1,2}(?:[:.hu]\d\d| ?(?:h|uur|[ap]\.?m\.?)\b))(?:.*\bnotices?\b[^.\n]{0,120}"
        r"\b(?:deemed|geacht|réputée?s?)|.*(?:buiten|outside|en dehors des?) (?:de )?"
        r"(?:kantooruren|office hours|business hours|heures (?:de bureau|ouvrables|ouvrées))"
        r"[^.\n]{0,80}"
        r"(?:aangerekend|gefactureerd|invoiced|charged|billed|facturée?s?|tarif|rate|%))",
    ),
    Rule(
        id="maintenance.response_time",
        cues=(
            (
                r"response times?|respond\w* within|time to respond|reaction time|call back|"
                r"respond\w* (?:\w+ )?to (?:\w+ ){0,3}(?:calls?|requests?|incidents?|tickets?|"
                r"problems?|reports?|notifications?|messages?|e-?mails?|queries|questions)|"
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
                r"reage(?:ren|ert)\b[^.\n]{0,100}(?:binnen|zo (?:snel|spoedig) mogelijk)|"
                r"volgende werkdag (?:behandeld|beantwoord|in behandeling)|"
                r"binnen[^.\n]{0,20}in behandeling (?:genomen|nemen)|"
                r"aanvang (?:van de )?werkzaamheden binnen|reactie binnen|"
                # a priority line: "P1 ECD onbruikbaar reactie 30 minuten, oplossing 4 uur",
                # "Priorité 1 : réponse 30 min"
                r"\b(?:reactie|réponse):? " + NUMBER_WORD + r" ?(?:minuten|min|uur|uren|werkuren|"
                r"werkdagen|werkdag|minutes|heures?|h)\b|"
                # "neemt een storing binnen 4 werkuren in behandeling"
                r"(?:neemt|nemen)\b[^.\n]{0,60}\bin behandeling|binnen\b[^.\n]{0,30}\bin "
                r"behandeling",
                1.0,
            ),
            (
                r"délais? d'(?:intervention|prise en charge|intervention garanti)|"
                r"délais? de (?:prise en charge|prise en compte|réaction|(?:première )?réponse)|"
                r"temps d'intervention|"
                r"réagit[^.\n]{0,30}dans (?:l'heure|les \d)|"
                # an engineer on site within a time: "interventie op locatie binnen 8 werkuren"
                r"(?:ter plaatse|op locatie|on[- ]site|sur (?:site|place)) (?:binnen|within|dans "
                r"les|sous|endéans)|interventie\b[^.\n]{0,30}\bbinnen\b|"
                r"interv(?:ient|iendra|ention|enir)\w*[^.\n]{0,20}(?:dans les|sous|endéans|"
                r"en moins de) " + NUMBER_WORD + r"|temps de "
                r"(?:réponse|réaction)|intervenir|prise en charge (?:sous|dans)|"
                r"interv(?:ient|iendra|iennent)\b[^.\n]{0,30}(?:délai|sous|dans|endéans)|"
                r"pren(?:d|nent|dra|dront) en charge\b[^.\n]{0,60}(?:dans un délai|dans les "
                r"\d|sous|endéans)|"
                # the passive: "les incidents bloquants sont pris en charge dans les 4 heures"
                r"\bpris(?:e|es)? en charge (?:\w+ ){0,3}(?:dans (?:un délai|les|l'heure)|sous|"
                r"endéans|en moins de)|"
                # "accuse réception de chaque demande dans les 2 heures"
                r"accus(?:e|ent|era|eront) réception\b[^.\n]{0,60}(?:dans|sous|endéans|en moins "
                r"de)",
                1.0,
            ),
            (
                # an answer or a call back within a time counted in hours or working days:
                # "réponse dans les 4 heures ouvrables", "un technicien vous rappelle dans les 15
                # minutes", "on prend la main à distance dans les 2 heures", "antwoord binnen 4
                # werkuren", "we take remote control within 2 hours" (not "nous vous rappelons
                # que ...", "réponse dans les 30 jours à une demande d'accès")
                # (not the client's answer: "le client donne sa réponse dans les 5 jours")
                r"\b(?:réponse|rappel|première réponse) (?:dans les|sous|endéans|en moins de) "
                r"(?:\d+|" + NUMBER_WORD + r") ?(?:minutes?|heures?|h\b|jours? ouvrables?)|"
                r"\b(?:vous|le|la|les) rappel(?:le|lons|lent|lera|lerons|leront)\b(?! que)"
                r"[^.\n]{0,30}\b(?:dans (?:les|l'heure|la demi-heure)|sous|endéans|en moins de)\b|"
                r"\bpren(?:d|ds|ons|nent|dra|drons) la main (?:à distance )?(?:dans|sous|"
                r"endéans|en moins de)\b|\bantwoord binnen\b|"
                r"\btake (?:remote )?control (?:remotely )?within\b|"
                # the writer answering: "on répond en général dans l'heure", "je réponds ... dans
                # les deux jours ouvrables", "je passe dans la journée"
                r"\b(?:on|je|nous) (?:répond|repond)(?:s|ons)?\b[^.\n]{0,100}?\b(?:dans "
                r"l'heure|dans la journée|dans les "
                r"(?:\d+|" + NUMBER_WORD + r") ?(?:minutes?|heures?|jours? ouvrables?))|"
                r"\bje passe (?:\w+ ){0,2}?(?:dans la journée|le jour même|dans les (?:\d+|"
                + NUMBER_WORD
                + r") ?(?:heures?|jours? ouvrables?))",
                1.0,
            ),
            (
                # a call or ticket picked up within a time: "worden binnen 1 uur door een
                # medewerker opgenomen" (not "binnen 30 dagen opgenomen in de bijlage")
                r"\bbinnen "
                + NUMBER_WORD
                + r" ?(?:minuten|uur|uren|werkuren|kantooruren|werkdagen|"
                r"werkdag)\b[^.\n]{0,40}\b(?:opgenomen|beantwoord)\b(?! (?:in|op|als)\b)",
                1.0,
            ),
            (
                # the supplier writing as "nous": "nous prenons en charge toute demande dans les
                # 8 heures", "nous intervenons sous 4 heures"; a call back to the client:
                # "rappeler le Client", "terugbellen" (not "rappeler au client", to remind)
                r"(?:prenons|prendrons) en charge\b[^.\n]{0,60}(?:dans un délai|dans les \d|sous|"
                r"endéans)|interv(?:enons|iendrons)\b[^.\n]{0,30}(?:délai|sous|dans|endéans|"
                r"jour ouvr\w* suivant)|"
                r"\brappel(?:er|le|lera|lent|leront|ons|lerons) (?:le client|l'utilisateur|le "
                r"demandeur|l'abonné|le licencié)|\bterugbel\w*|"
                r"\bbel(?:t|len) [^.\n]{0,40}\bterug\b",
                1.0,
            ),
            *RESPONSE_PICKED_UP,
            *FIRST_PERSON_RESPONSE,
            *RESPONSE_WITHOUT_TIME,
            *ANSWERING_REQUESTS,
            *ANSWERED_WITHIN,
            *PICKED_UP_WITHIN,
        ),
        sources=(time_table_weights,),
        concrete=DURATION + "|" + WITHIN_THE_HOUR.pattern + r"|jour ouvr\w* suivant|next "
        r"(?:business|working) day|(?:eerst)?volgende werkdag",
        vague=COMPLAINT_ANSWERED,
        # (the client answering the supplier is the client's obligation)
        exclude=r"(?:page|web ?site|system|network|server|download) response times?|"
        r"\b(?:client|customer|licensee|klant|opdrachtgever|afnemer)(?:'s)? (?:shall |will |must "
        r"|agrees to |zal |moet |doit |devra )?(?:promptly |tijdig )?(?:respond|reageert|reageren|"
        r"répond|answer|antwoord)|"
        # the client's own answer: "le client donne sa réponse dans les 5 jours ouvrables"
        r"\b(?:donne|donnent|rend|transmet|communique) (?:sa|leur|votre) réponse\b|"
        r"response times? "
        r"(?:for|of|experienced by)[^.\n]{0,20}(?:users|visitors|pages?|web)|"
        r"respond to (?:any )?(?:subpoena|request "
        r"for|inquir)|respond to (?:a |the )request for (?:a |an )?(?:quot|proposal|offer|tender)|"
        # the speed of a web page or a network, not of the supplier
        r"load(?:ing)? times?|page loads?|"
        r"response times?\b[^.\n]{0,150}\b(?:bandwidth|latency|throughput|load\w*)|"
        r"(?:bandwidth|latency|throughput)[^.\n]{0,150}response times?",
    ),
    Rule(
        id="maintenance.resolution_time",
        cues=(
            *RESPONSE_RESOLUTION_TABLE,
            *RESTORED_WITHIN,
            *RESTORED_LATER,
            *LOANER_WITHIN,
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
                r"oplossingstermijn|oplostermijn|"
                r"(?:verhelpt|herstelt|opgelost)[^.\n]{0,40}binnen|binnen "
                + NUMBER_WORD
                + r" \w+ (?:opgelost|"
                r"verholpen|hersteld)|zo (?:snel|spoedig) (?:als (?:redelijkerwijs )?)?mogelijk "
                r"(?:\w+ )?(?:verholpen|hersteld|opgelost|te verhelpen|te herstellen|op te lossen)",
                1.0,
            ),
            (
                r"délai de (?:rétablissement|résolution|correction|remise en (?:service|état)|"
                r"réparation)|"
                r"temps de (?:rétablissement|résolution)|solution de contournement|immobilisation|"
                # "les incidents critiques sont résolus dans un délai de huit heures"
                r"(?:résolu|corrigé|rétabli|réparé|contourné)e?s?(?: ou \w+)? (?:dans un délai|"
                r"dans les|sous|endéans|en moins de)",
                1.0,
            ),
            (
                # the infinitive after an aim or a duty: "streeft ernaar storingen binnen vier
                # uur te verhelpen", "s'engage à rétablir le service sous 8 heures"
                r"\bbinnen " + NUMBER_WORD + r" \w+ (?:\w+ )?te (?:verhelpen|herstellen|"
                r"oplossen)\b|\b(?:rétablir|résoudre|corriger|réparer|remettre en service) "
                r"(?:le |la |les |l'|ce |cet |cette )?(?:\w+ ){0,3}?(?:dans un délai|dans les|"
                r"sous \d|endéans|en moins de)",
                1.0,
            ),
            (
                r"(?:remedy|correct|fix|repair|resolve)\w* (?:those |the |any |such |all )?"
                r"(?:reported )?(?:errors|defects|discrepanc|problems|incidents|failures|bugs)",
                1.0,
            ),
            (
                # the time to resolve named without a commitment: "geen garantie over de duur
                # van een herstelling", "verbindt zich niet tot een termijn voor de oplossing",
                # "hoe snel het opgelost is, hangt af van", "lossen we het zo snel mogelijk op",
                # "no promise how quickly it is fixed" (not the settlement of a dispute)
                r"\b(?:duur|termijn) (?:van|voor) (?:de |een )?(?:herstelling|oplossing|herstel)\b|"
                r"\bhoe (?:snel|lang)\b[^.\n]{0,40}\b(?:opgelost|hersteld|verholpen)\b|"
                r"\blossen (?:we|wij|ik) (?:\w+ ){0,3}?zo (?:snel|spoedig) mogelijk op\b|"
                r"\bbinnen (?:een bepaalde|een vaste) termijn (?:\w+ )?(?:opgelost|hersteld|"
                r"verholpen)\b|\bbinnen " + NUMBER_WORD + r" \w+ op te lossen\b|"
                r"\bhow (?:quickly|fast|long)\b[^.\n]{0,40}\b(?:resolved|fixed|restored)\b|"
                # "fix the problem as soon as possible", "rétablir le service au plus vite"
                r"\b(?:fix|resolve|restore|repair)\w* (?:\w+ ){0,4}?as (?:soon|quickly) as "
                r"(?:reasonably )?(?:possible|practicable)\b|\b(?:résoudre|rétablir|réparer) "
                r"(?:\w+ ){0,4}?(?:au plus vite|dans les (?:meilleurs|plus brefs) délais|le plus "
                r"rapidement possible)",
                1.0,
            ),
            *RESOLVED_BY,
            *SOLVED_SEPARABLE,
            *HARDWARE_REPLACED,
        ),
        sources=(time_table_weights,),
        concrete=DURATION + r"|next (?:business|working) day|(?:eerst)?volgende werkdag|jour "
        r"ouvrable suivant",
        vague=BREACH_CURE,
        # the client correcting its own material is not the supplier fixing faults
        exclude=r"(?:client|customer|klant|opdrachtgever)'s (?:sole |own )?responsibility|"
        r"(?:client|customer) (?:is|shall be) (?:solely )?responsible for correct|"
        r"\b(?:client|customer|licensee|klant|opdrachtgever) (?:shall|will|must|zal|moet|doit) "
        r"(?:promptly )?(?:correct|fix|repair|remedy|resolve|herstel|verbeter|corrig)|"
        # resolving a dispute between the parties
        r"(?:resolv|settl|oploss|oplos|résoud|régl)\w*[^.\n]{0,30}(?:disputes?|geschil\w*|"
        r"litiges?|différends?|disagreements?|conflicts?)|"
        # ... or the dispute first: "elk geschil zo snel mogelijk op te lossen"
        r"\b(?:geschil|geschillen|disputes?|litiges?|différends?)\b[^.\n]{0,40}(?:op te lossen|"
        r"opgelost|resolved|settled|résolus?|réglés?)|"
        # a breach left unremedied after a formal notice (termination): "manquement grave non
        # réparé dans les 15 jours d'une mise en demeure", "breach not cured within 30 days of
        # notice", "tekortkoming niet hersteld binnen 15 dagen na ingebrekestelling"
        r"\bmanquement\b[^.\n]{0,80}\b(?:non réparé|n'est pas réparé|pas été réparé)|"
        r"\bbreach\b[^.\n]{0,60}\bnot (?:been )?(?:cured|remedied)\b|"
        r"\btekortkoming\b[^.\n]{0,60}\bniet (?:\w+ )?hersteld\b|"
        r"\bniet herstel\w* binnen\b[^.\n]{0,60}\bingebrekestelling\b" + SOLVED_BY_CLIENT,
    ),
    Rule(
        id="maintenance.availability",
        cues=(
            (
                r"(?:available|beschikbaar|disponible|accessible|operational|opérationnel\w*|"
                r"bereikbaar)[^.\n]{0,40}\d{2}(?:[.,]\d+)? ?%",
                1.0,
            ),
            (r"availability|uptime|up-time|down-?time|service level (?:target|commitment)", 1.0),
            (r"beschikbaarheid|uptime|onbeschikbaarheid", 1.0),
            (r"disponibilité|taux de disponibilité|indisponibilité", 1.0),
            *AVAILABLE_SHARE,
            (
                # the percentage before the adjective: "het portaal is 99,8% per maand
                # beschikbaar", "the service is 99.5% available" (not "20% cheaper and available")
                r"\b(?:is|zijn|are|will be|shall be|blijft|blijven|remains?|est|sont|sera|seront)"
                r" \d{2}(?:[.,]\d+)? ?%(?: (?:per|op|by|on|par|in|of|van|du|de|het|the|a|an|each|"
                r"every|measured|gemeten|mesurée?)\b[^.\n]{0,30})? (?:beschikbaar|available|"
                r"bereikbaar|disponibles?|accessibles?|operational|operationeel|opérationnel\w*)\b",
                1.0,
            ),
            (
                r"(?:available|operation)[^.\n]{0,80}(?:24 hours|twenty-four|7 days|seven days|"
                r"continuously|on demand)",
                1.0,
            ),
        ),
        sources=(level_table_weights,),
        concrete=PERCENT,
        exclude=r"availability of (?:funds|the product for sale|inventory)|subject to availability|"
        # the availability of people (staffing), not of the service
        r"(?:availability|beschikbaarheid|disponibilité) (?:of|van|de|du|des|d') ?(?:the |de |het "
        r"|la |le |les |its |zijn |haar |ses )?(?:\w+ )?(?:consultants?|personnel|staff|"
        r"personeel|medewerkers?|resources?|persons?|people|team|experts?|profiles?|profielen|"
        r"employees|developers?|ontwikkelaars?|collaborateurs?|intervenants?)\b|"
        # support hours under an availability key: "Disponibilité : lu-ve de 8h30 à 17h30",
        # "Beschikbaarheid: ma-vr 8u-18u" (no uptime level without a percentage)
        r"\b(?:disponibilité|beschikbaarheid|availability) ?: ?(?:lu|ma|mon|lun|du lundi|van "
        r"maandag|from monday|\d{1,2} ?[hu:])(?![^\n]*\d ?%)|"
        # parts, stock or people as the condition of a date: "sous réserve de disponibilité
        # chez nos fournisseurs", "selon la disponibilité des pièces", "la disponibilité des
        # personnes à interviewer", "onder voorbehoud van beschikbaarheid", "en cas
        # d'indisponibilité prolongée, X le remplace par un consultant"
        r"\b(?:sous réserve|selon la|en fonction de la) (?:de )?(?:la )?disponibilité\b|"
        r"\bonder voorbehoud van (?:de )?beschikbaarheid\b|"
        r"\b(?:disponibilité|beschikbaarheid|availability) (?:des|du|van de|of the) (?:pièces|"
        r"matériel|stock|personnes|onderdelen|voorraad|parts|hardware)\b|"
        r"\bindisponibilité\b[^.\n]{0,60}\bremplac\w* par (?:un|une) (?:consultant|collaborat|"
        r"membre|personne)",
    ),
    Rule(
        id="maintenance.service_credits",
        cues=(
            (
                r"service credits?|(?:response|uptime|availability|downtime)[^.\n]{0,20}credit|"
                r"credit[^.\n]{0,60}(?:fee|charges|downtime)|fee reduction|penalt(?:y|"
                r"ies)[^.\n]{0,60}"
                r"(?:service level|availability|sla)|"
                # a refund or reduction for a missed level, not a commercial discount
                r"(?:availability|uptime|service levels?|\bsla\b|response times?|resolution "
                r"times?)(?:[^.\n]|\.(?=\d)){0,100}\b(?:refund|rebate|reduction|reduced|"
                r"discount)",
                1.0,
            ),
            (
                r"servicecredit|(?:service|sla)korting|creditering|"
                r"boete[^.\n]{0,60}(?:beschikbaarheid|service|reactie)|korting "
                r"op (?:de |het )?\w*(?:vergoeding|fee|prijs|bedrag)|"
                # a discount for a missed service level, not a commercial discount
                # (a "normtijd" or "servicenorm" is the level by another name)
                r"(?:beschikbaarheid|serviceniveau|\bsla\b|reactietijd|oplostijd|hersteltijd|"
                r"normtijd|servicenorm|\bkpi)"
                r"(?:[^.\n]|[.,](?=\d)){0,120}(?:korting van|gecrediteerd|crediteert|"
                r"terugbetaald|terugbetaling|vermindering van|verminderd met)|"
                # a term or norm missed first: "wordt de hersteltermijn voor prio 1 overschreden,
                # dan ... een korting van 5 %", "haalt ... de norm van 95 % niet, dan ... een boete
                # van 3 %", "per halve procent onder dat niveau wordt 5 % ... gecrediteerd"
                r"\b(?:(?:reactie|oplos|herstel|respons|interventie)(?:tijd|termijn)\w*|norm)\b"
                r"(?:[^.\n]|[.,](?=\d)){0,80}?\b(?:overschreden|overschrijdt|niet)\b"
                r"(?:[^.\n]|[.,](?=\d)){0,80}?(?:korting van|gecrediteerd|crediteert|boete van \d)|"
                r"\b(?:onder (?:dat|dit|het|deze|de) (?:niveau|norm)|overschrijding van de "
                r"(?:reactie|oplos|herstel|respons|interventie)(?:tijd|termijn)\w*)\b"
                r"(?:[^.\n]|[.,](?=\d)){0,80}?"
                r"(?:korting van|gecrediteerd|crediteert|boete van \d)|"
                r"creditnota",
                1.0,
            ),
            (
                # a missed level deducted from the next invoice: "overschrijdt de leverancier de
                # oplostermijn, dan wordt 2% in mindering gebracht", "déduit de la facture"
                r"\b(?:oplos|reactie|respons|herstel|interventie)(?:tijd|termijn)\w*\b"
                r"(?:[^.\n]|[.,](?=\d)){0,120}\b(?:in mindering|afgetrokken van|verrekend met)|"
                r"\bdélais? (?:de |d')(?:réponse|rétablissement|résolution|intervention|prise en "
                r"charge)\b(?:[^.\n]|[.,](?=\d)){0,120}\bdédui(?:t|te|ts|tes)\b|"
                r"\b(?:response|resolution|fix|repair|restore|restoration) times?\b(?:[^.\n]|"
                r"[.,](?=\d)){0,120}\b(?:deducted|credited|rebate)",
                1.0,
            ),
            *CREDIT_GIVEN_BACK,
            *COMPENSATION_DENIED,
            (r"pénalités?|avoir[^.\n]{0,40}(?:redevance|facture)|crédits? de service", 1.0),
            (
                # the client credited or the fee reduced by a share: "le Client reçoit un crédit
                # de 10 % de la mensualité", "la redevance du mois est réduite de 10 %", "the
                # monthly fee is reduced by 10%", "de klant ontvangt een tegoed van 5%" (not a
                # bank loan: "un crédit bancaire")
                r"\b(?:reçoit|recevra|obtient|a droit à) un (?:crédit|avoir)\b(?! (?:d'impôt|"
                r"bancaire|hypothécaire|d'investissement))|"
                r"\b(?:redevance|mensualité|abonnement)\b[^.\n]{0,40}\b(?:est|sont) (?:réduite?s?|"
                r"diminuée?s?) de \d|"
                r"\b(?:monthly|subscription|service|support|hosting|recurring) fees? (?:\w+ ){0,3}?"
                r"(?:is|are|will be) reduced by \d|"
                # "Securis crédite 20 % de la redevance", a missed level then a reduction: "si un
                # incident n'est pas rétabli dans le délai, le prestataire accorde une réduction
                # de 5 %" (not a discount for paying cash)
                r"\bcrédit(?:e|era|ent) \d+ ?%|"
                r"\bn'(?:est|a) pas (?:été )?(?:rétabli|résolu|respecté|atteint|pris en "
                r"charge)e?s?\b[^.\n]{0,100}\b(?:réduction|remise|crédit|avoir|remboursement) "
                r"de \d|"
                r"\b(?:ontvangt|krijgt) (?:de klant |de opdrachtgever )?een (?:creditnota|korting|"
                r"tegoed) van \d",
                1.0,
            ),
            (
                # "chaque heure d'indisponibilité ... donne droit à un avoir de 50 euros"
                r"(?:indisponibilité|disponibilité|niveau de service)[^.\n]{0,100}\bavoirs? "
                r"(?:de|d'un|du)\b",
                1.0,
            ),
            (
                r"(?:niveau de service|disponibilité|\bsla\b|délais? de (?:réponse|"
                r"rétablissement|résolution|prise en))(?:[^.\n]|\.(?=\d)){0,100}(?:réduction|"
                r"remise|"
                r"remboursement|ristourne)",
                1.0,
            ),
            (
                # a credit note for a missed service level, not for an invoicing error
                r"(?:niveau de service|disponibilité|\bsla\b)[^.\n]{0,80}notes? de crédit|"
                r"notes? de crédit[^.\n]{0,80}(?:niveau de service|disponibilité|\bsla\b)",
                1.0,
            ),
        ),
        sources=(level_table_weights,),
        concrete=PERCENT + r"|\d",
        # compensation for downtime denied names the item and settles nothing
        vague=NO_COMPENSATION,
        exclude=r"credit (?:card|report|facility|agreement|rating)|late payment|"
        # a penalty for late delivery is about delay, not a missed service level
        r"^(?!.*(?:disponibilit|niveau de service|\bsla\b|délais? de (?:rétablissement|résolution|"
        r"prise en|réponse|intervention|correction)|temps de)).*(?:pénalités? de retard|"
        r"retard de (?:livraison|réalisation|mise en)|(?:jours?|semaines?) (?:\w+ )?de retard|"
        r"en cas de retard)|"
        # fees credited back at the end of the contract
        r"^(?!.*(?:service level|availability|uptime|\bsla\b|beschikbaarheid|disponibilit|"
        r"niveau de service|downtime)).*(?:termination|beëindiging|opzegging|résiliation)|"
        # the client paying late: "une pénalité ... en cas de paiement tardif", "retard de
        # paiement", "laattijdige betaling"
        r"paiements? tardifs?|retards? (?:de|dans le) paiement|laattijdige betaling|"
        r"(?:betaling|paiement)[^.\n]{0,30}(?:niet tijdig|tardi)",
    ),
]
