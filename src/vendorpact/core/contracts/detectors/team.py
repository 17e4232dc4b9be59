"""Rules for the team: named team, replacement and seniority (knowledge transfer and quality:
team_handover.py)."""

from vendorpact.core.contracts.detectors.common import CLIENT, DURATION, NUMBER_WORD
from vendorpact.core.contracts.detectors.contact_wording import NAMED_CONTACT_CONCRETE, TEAM_NAMED
from vendorpact.core.contracts.detectors.contacts import contact_weights
from vendorpact.core.contracts.detectors.engine import Rule
from vendorpact.core.contracts.detectors.informal_wording import STAND_IN, TEAM_BY_ROLE
from vendorpact.core.contracts.detectors.team_wording import (
    BACKUP_WHEN_AWAY,
    COMPANY_CERTIFIED,
    FIXED_PERSON,
    MORE_YEARS,
    NAMED_LEAD_CONCRETE,
    NAMED_LEAD_OR_CONTACT,
    SELF_NAMED,
    SELF_NAMED_REGEX,
    YEARS_IN_THE_TRADE,
)

# the role of someone on the delivery team
_ROLE = (
    r"(?:lead|leader|manager|developer|consultant|analyst|architect|projectleider|ontwikkelaar|"
    r"analist|chef(?:fe)? de projet|directeur de projet|directrice de projet|développeu(?:r|se)|"
    r"analyste|engineer|ingénieur|technicus|technicien|chef(?:fe)? d'équipe|teamleider|"
    r"ploegleider)\b"
)
# a member of the delivery team, in the words contracts use for one
TEAM_MEMBER = (
    r"(?:team ?members?|teamlid|teamleden|(?:lid|leden) van het (?:project)?team|membres? de "
    r"l'équipe|consultants?|medewerkers?|collaborateurs?|intervenants?|employees?|engineers?|"
    r"developers?|ontwikkelaars?|ingénieurs?|project ?(?:managers?|leaders?|leiders?)|"
    r"projectleiders?|chef(?:fe)?s? de projet|key (?:person(?:nel)?|staff)|sleutelperso\w+|"
    r"personnel|personeel(?:slid|sleden)?)"
)

RULES = [
    Rule(
        id="team.named_team",
        # role words and appointing sentences: contacts.py
        cues=(
            (r"vast team|teamleden|met naam|genoemde personen|die personen", 1.0),
            (r"équipe dédiée", 1.0),
            (
                # the project led by someone: "the project is led by Ms Eva Martens", "wordt
                # geleid door", "piloté par"; "your dedicated consultant is Mr Bart Claes"
                r"\b(?:project|projet|implementation|implementatie|migration|migratie|team|"
                r"équipe)\b[^.\n]{0,30}\b(?:led|managed|coordinated|headed) by\b|"
                r"\b(?:geleid|gecoördineerd|aangestuurd) door\b|"
                r"\b(?:piloté|dirigé|conduit|coordonné|encadré)e? par\b|"
                r"\b(?:your|uw|votre) (?:[\w-]+ ){0,2}?(?:consultant|project ?manager|"
                r"projectleider|chef(?:fe)? de projet|technicus|technieker|technicien|engineer|"
                r"contactpersoon|contact person)\b[^.\n]{0,15}\b(?:is|est|sera|will be|wordt) "
                r"(?:m\.|mr\.?|ms\.?|mrs\.?|mme|mevr\.|dhr\.|de heer|mevrouw|monsieur|madame) "
                r"[a-zà-ÿ]",
                1.0,
            ),
            # "Votre interlocuteur : Marc Dupont", "vos interlocuteurs sont ..."
            (r"\b(?:votre|vos) interlocut(?:eur|rice)s?\b", 1.0),
            (FIXED_PERSON, 1.0),
            *SELF_NAMED,
            (NAMED_LEAD_OR_CONTACT, 1.0),
            (r"(?:programmer|consultant|engineer|developer)s? identified by", 1.0),
            *TEAM_BY_ROLE,
        ),
        sources=(contact_weights,),
        concrete=(
            r":\s*\w+ \w+|named|bij naam|nominati|tel\.|@|désign|designat|appoint|"
            r"(?:\bm\.|\bmme|\bmr\.?|\bmrs\.?|\bms\.?|dhr\.|mevr\.|monsieur|madame|de heer|"
            r"mevrouw) [a-zà-ÿ]|(?:contact|contactpersoon|"
            r"aanspreekpunt|interlocuteur|manager|leider|chef de projet)[^.]{0,40}"
            r"(?: is | est |: )|"
            r"\b(?:is|est|will be|wordt|sera) (?:(?:your|uw|votre|the|de|het|le|la) |l')"
            r"(?:[\w-]+ ){0,3}"
            r"(?:contact|aanspreekpunt|interlocut\w*|manager|leider|lead|chef\w* de projet)|"
            r"bestaat uit|samengesteld uit|composed of|consists of|composée? d|se compose|"
            # a person with a role after a dash or in brackets, or a role after a comma: "Anna
            # Maes - project lead", "Tom Wouters (lead developer)", "geleid door Koen Martens,
            # senior projectleider"
            r"[a-zà-ÿ'-]+ [a-zà-ÿ'-]+ (?:[-–—] |\()(?:[\w-]+ )?" + _ROLE + r"|"
            r"(?:led|managed|coordinated|headed|geleid|gecoördineerd|aangestuurd|pilotée?|"
            r"dirigée?|conduite?|coordonnée?) (?:by|door|par) [^.\n,]{3,40}, (?:[\w-]+ ){0,3}"
            + _ROLE
            + r"|"
            # a team table's row with a role and a name: "Projectleider | Sanne de Vries |"
            r"(?:leider|manager|lead|ontwikkelaar|developer|consultant|architecte?|analist|analyst|"
            r"chef(?:fe)? de projet|aanspreekpunt|contactpersoon|interlocut\w+)\s*\|\s*"
            r"(?!(?:per|par|a|an|the|de|het|een|le|la|un|une|tarif|rate|prix)\b)[a-zà-ÿ][\w'’-]+ "
            r"(?:(?:de|van|der|den|le|la) )*[a-zà-ÿ][\w'’-]+\s*(?:\||\(|$)|"
            + NAMED_CONTACT_CONCRETE
            + TEAM_NAMED
            + r"|"
            + FIXED_PERSON
            + r"|"
            + SELF_NAMED_REGEX
            + NAMED_LEAD_CONCRETE
        ),
        # a person still to be named: "un chef d'équipe (à désigner)", "nog aan te duiden",
        # "to be appointed" ("désign" alone reads as concrete)
        vague=r"\bà (?:désigner|nommer)\b|\bnog (?:aan te (?:duiden|stellen|wijzen)|te benoemen)\b|"
        r"\bto be (?:appointed|named|designated|assigned|nominated)\b",
        # the client appointing its own contact ("de klant duidt een contactpersoon aan voor
        # de facturatie") names no one of the delivery team
        exclude=r"(?:led|managed|coordinated|headed|geleid|aangestuurd|pilotée?|dirigée?) "
        r"(?:by|door|par) (?:the |de |het |le |la |l')?" + CLIENT + r"|"
        r"^(?:\W*\w{0,3}\W+)?(?:de |het |le |la |l'|the )?" + CLIENT + r"\b[^.\n]{0,30}"
        r"\b(?:duidt|wijst|benoemt|désigne|désignera|designates?|appoints?|names?)\b",
    ),
    Rule(
        id="team.replacement",
        cues=(
            *BACKUP_WHEN_AWAY,
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
                # a key role by its title or a pronoun for the named person: "Vervanging van de
                # Service Delivery Manager", "shall not replace her without consent", "le
                # remplacement du responsable de compte" (not a manager software or module)
                r"\b(?:replac(?:e|es|ed|ing|ement of)|vervang(?:ing van|en|t)|remplac(?:ement "
                r"d[ue]|ement de la|er|e))\b (?:the |its |a |de |het |een |le |la |l'|son |sa "
                r"|zijn |haar )?(?:[\w-]+ ){0,3}?(?:service|project)?(?:manager|director|directeur|"
                r"directrice|lead|"
                r"leader|"
                r"coordinator|coördinator|coordinat(?:eur|rice)|architect|architecte|responsable|"
                r"account ?manager|aanspreekpunt|contactpersoon|interlocuteur)\b"
                r"(?![- ](?:software|module|applicati\w*|tool|licen\w*|console|agent))|"
                r"\b(?:not|never|niet|nooit)\b[^.\n]{0,30}\b(?:replace (?:him|her|them)|"
                r"(?:hem|haar|hen) (?:\w+ )?vervangen)\b|\bne (?:le|la|les) remplace\w*\b",
                1.0,
            ),
            (
                r"vervang(?:t|en|ing)[^.\n]{0,40}(?:personeel|medewerker|teamlid|teamleden|"
                r"consultant|"
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
                # "tout changement de référent technique", "en cas de remplacement, X en informe
                # le client et organise une passation avec son successeur"
                r"changements? de (?:référente?|interlocut(?:eur|rice)|gestionnaire)"
                r"(?: technique)?\b|\ben cas de remplacement\b[^.\n]{0,120}\b(?:passation|"
                r"successeur|remplaçante?)\b|"
                # "tout changement de consultante référente / de technicien attitré"
                r"changements? de (?:consultante?|technicien(?:ne)?|chef(?:fe)? de projet|"
                r"gestionnaire de compte) (?:référente?|attitrée?|dédiée?|désignée?)\b|"
                # a team member replaced, passive: "Un membre de l'équipe ne peut être remplacé
                # qu'avec l'accord", "la cheffe de projet ne peut être remplacée qu'après" (not
                # equipment replaced)
                + TEAM_MEMBER
                + r"\b(?:(?!\bqu'|\bque\b)[^.\n]){0,30}?\bêtre remplacée?s? (?:qu|que|sans|"
                r"moyennant|avec|après|"
                r"uniquement|seulement|par)\b|"
                r"wissel van (?:consultant|medewerker|teamlid|projectleider)|"
                r"remplace(?:ment|r)?[^.\n]{0,40}(?:personnel|intervenant|consultant|collaborateur|"
                r"chef(?:fe)? de projet|"
                r"membre)|remplaçante?s?\b",
                1.0,
            ),
            (
                # a successor or substitute for a team member, a member swapped or rotated off
                # the project: "valt een teamlid uit, dan stelt de leverancier een opvolger
                # beschikbaar", "toute substitution d'un intervenant", "will not rotate the
                # consultant off the project" (not "successors and assigns")
                TEAM_MEMBER + r"\w*\b[^.\n]{0,100}\b(?:opvolger|successor|successeur|vervanger|"
                r"remplaçant|replacement(?! (?:parts?|hardware|devices?|equipment|units?|costs?|"
                r"value)))s?\b"
                r"(?!,? (?:and|or|in|en|et|ou|ayants?)\b|-in-)|"
                # "if the client is not satisfied with a consultant, the supplier replaces him"
                 + TEAM_MEMBER + r"\w*\b[^.\n]{0,100}\b(?:replaces? (?:him|her|them)|(?:le|la|les) "
                r"remplacer?a?)\b|" + TEAM_MEMBER + r"\w*\b[^.\n]{0,60}\bsubstitut\w*|"
                r"\bsubstitu\w* (?:of |for |d'un |d'une |de l'|du |des |van (?:een |de |het )?)?"
                r"(?:any |a |an |the )?(?:key |assigned )?" + TEAM_MEMBER + r"|"
                r"\brotat\w*\b[^.\n]{0,60}\boff (?:the |this |that )?(?:project|engagement|"
                r"account|assignment)\b|"
                # continuity when someone is away: "bij afwezigheid van de projectleider", "en
                # cas d'absence du consultant", "in case of illness of the project manager"
                r"\b(?:bij|in geval van|tijdens (?:de )?) ?(?:afwezigheid|ziekte|verlof|vakantie|"
                r"uitval|onbeschikbaarheid) van (?:de |een |het |uw )?" + TEAM_MEMBER + r"|"
                r"\ben cas d'(?:absence|indisponibilité|empêchement|maladie) (?:du |d'un |d'une |"
                r"de "
                r"l'|de la )?" + TEAM_MEMBER + r"|\bin (?:case|the event) of (?:the )?(?:absence|"
                r"illness|leave|sickness|unavailability) of (?:the |a |an |"
                r"any )?" + TEAM_MEMBER + r"|"
                # "bij uitval voorzien we een gelijkwaardige consultant", "in case of illness we
                # assign another engineer", "en cas d'absence, un autre consultant"
                r"\b(?:bij|in geval van|in case of|en cas d') ?(?:langdurige |prolonged )?"
                r"(?:uitval|afwezigheid|ziekte|absence|illness|unavailability|indisponibilité)\b[^.\n]{0,60}"
                r"\b(?:gelijkwaardige?|vergelijkbare?|andere|nieuwe|equivalent|another|other|"
                r"équivalent|autre|nouvel?) " + TEAM_MEMBER + r"|"
                r"\bwissel(?:t|en|ing)?\b[^.\n]{0,50}\b(?:een |het |de )?(?:lid|leden) van (?:het |"
                r"zijn |haar )?(?:project)?team\b",
                1.0,
            ),
            *STAND_IN,
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
            r"looptijd|duur)|throughout|collega|colleague|collègue|back-?up|\btakes? over\b|"
            r"\bneemt\b[^.\n]{0,40}\bover\b|continuït|continuity|continuité|"
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
                r"years?'? (?:of )?(?:(?:relevant|hands-on|practical|professional|proven|industry|"
                r"work|working|direct) )?experience|\bsenior\b|\bjunior\b|"
                r"(?:trained|qualified|experienced|certified|skilled) (?:[\w-]+ ){1,3}"
                r"(?:representatives?|technicians?|engineers?|consultants?|specialists?|"
                r"practitioners?|project managers?|architects?|developers?|auditors?)\b|"
                # a named certification of the staff: "PRINCE2-gecertificeerd", "certified PMP"
                r"\b(?:certified|gecertificeerde?|certifiée?s?) (?:\w+ )?(?:prince2|pmp|ccn[ap]|"
                r"ccie|cissp|cism|togaf|psm|csm|mcse|itil)\b|\b(?:prince2|pmp|ccn[ap]|ccie|cissp|"
                r"cism|togaf|psm|csm|mcse|itil)(?: v?\d)?[- ](?:certified|gecertificeerd\w*|"
                r"certifiée?s?|practitioner|foundation|expert)\b|"
                # a certificate or diploma the staff hold: "de medewerkers beschikken over een
                # ITIL-certificaat", "engineers hold a CCNA certificate", "les intervenants
                # disposent d'une certification" (not the supplier's ISO certificate)
                + TEAM_MEMBER
                + r"[^.\n]{0,40}\b(?:beschikken (?:minimaal |ten minste )?over|hold|possess|have|"
                r"disposent|détiennent|sont titulaires)\b[^.\n]{0,50}(?:certifica\w*|"
                r"diplom\w*|diplôme\w*|degree\b(?! of))|"
                r"qualifications (?:of|and experience)|skills and (?:experience|qualifications)|"
                # a key-value line: "Ervaring: minimaal 5 jaar", "Expérience : 5 ans minimum"
                r"\b(?:ervaring|werkervaring|expérience|experience)\s*:\s*(?:minimaal |minimum |"
                r"au moins |at least |min\. )?\d+\+? ?(?:jaar|ans|années|years)\b",
                1.0,
            ),
            (
                r"ervaren (?:personeel|medewerkers|consultants|ontwikkelaars)|"
                r"(?:jaar|jaren) (?:relevante |praktijk|werk)?ervaring|werkervaring|"
                r"kwalificaties|gekwalificeerd personeel|gecertificeerd|deskundig personeel|"
                r"vaardigheden|opleidingsniveau|(?:gekwalificeerde|bekwame|deskundige|"
                r"gecertificeerde) (?:medewerkers|technici|consultants|personeelsleden)",
                1.0,
            ),
            (
                # the staff have knowledge, experience or certificates: "onze medewerkers
                # beschikken over ...", "les intervenants disposent de ...", "our staff hold ..."
                r"(?:medewerkers|consultants|personeel|technici|staff|personnel|employees|"
                r"engineers|"
                r"intervenants|collaborateurs|team)\b[^.\n]{0,40}\b(?:beschikken over|hebben|"
                r"possèdent|disposent|have|hold)\b[^.\n]{0,40}(?:kennis|ervaring|certifica\w*|"
                r"diploma\w*|expérience|compétences|qualifications?|knowledge|experience|skills|"
                r"expertise|accreditations?|accréditations?|accreditaties?)",
                1.0,
            ),
            (
                r"personnel (?:qualifié|expérimenté|compétent)|expérimenté|"
                r"(?:ans|années) d'expérience|qualifications|certifié|compétences (?:requises|"
                r"techniques)|(?:collaborateurs|intervenants|consultants) (?:qualifiés|"
                r"expérimentés|compétents|certifiés)",
                1.0,
            ),
            *YEARS_IN_THE_TRADE,
        ),
        concrete=NUMBER_WORD
        + r" (?:years?|jaar|jaren|ans|années)"
        + MORE_YEARS
        + r"|certif|accredit|accrédit|senior[^.\n]{0,40}\d|"
        r"profile|profiel|profil|diplom|diplôm|\bdegree in\b|(?:bachelor|master)(?:'s)? degree",
        exclude=r"senior (?:debt|notes|secured|lender|officer|vice|management|executive)|"
        r"qualified (?:opinion|institutional|to do business)|competent (?:court|jurisdiction|"
        r"authority)|" + COMPANY_CERTIFIED,
    ),
]
