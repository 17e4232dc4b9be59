"""Rules for the team's knowledge transfer and the quality of its work."""

from vendorpact.core.contracts.detectors.common import CLIENT
from vendorpact.core.contracts.detectors.engine import Rule
from vendorpact.core.contracts.detectors.team_wording import (
    DOCUMENTATION_UPDATED,
    EACH_ITEM_TESTED,
    SET_UP_RECORD_HANDED_OVER,
    SETUP_DOCUMENT,
)

# a separate environment to check work on, and the verbs of checking it
_ENVIRONMENT = (
    r"(?:(?:staging|test|acceptance|pre-?production) environments?|(?:test|acceptatie|staging|"
    r"pre-?productie)omgeving(?:en)?|environnements? (?:de test|de recette|de pré-?production|"
    r"de staging))\b"
)
_CHECKED = (
    r"(?:validated|tested|checked|verified|tests|gevalideerd|getest|nagekeken|gecontroleerd|"
    r"getoetst|validée?s?|testée?s?|vérifiée?s?|contrôlée?s?)"
)
# documentation kept current or made available, a session in French: "houdt een actuele
# systeemdocumentatie bij", "actualiseert na elke release de documentatie", "stelt deze ter
# beschikking", "sont disponibles en ligne", "on vous laisse une documentation", "une séance de
# 2 heures" (not when denied: "niet ter beschikking", "pas mise à disposition", "not available")
DOCUMENTATION_KEPT_OR_AVAILABLE = (
    r"|\b(?:houdt|houden)\b[^.\n]{0,60}\bbij\b|\bactualise(?:ert|ren|e|ent)\b|\bkeeps?\b[^.\n]"
    r"{0,40}\bup to date\b|\btenue?s? à jour\b|(?<!niet )(?<!geen )\bter beschikking\b|"
    r"(?<!pas )(?<!plus )\bmise?s? à (?:la )?disposition\b|(?<!ne sont pas )(?<!n'est pas )"
    r"\b(?:sont|est) disponibles? (?:en ligne|sur|dans|pendant)\b|(?<!not )\bmade available\b|"
    r"\blaiss(?:e|ons|ent) (?:\w+ )?(?:une |la |les )(?:\w+ )?documentation|\bséances?\b"
)

RULES = [
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
                r"\btransf[èée]r\w* (?:les |ses |des |leurs )?(?:connaissances|compétences|"
                r"savoir-faire)\b|"
                r"manuels?|passation",
                1.0,
            ),
            (
                # the client's people made able to run it alone: "werkt uw beheerder in",
                # "coach the administrators so they can run the platform independently",
                # "zelfstandig beheren", "exploiter la solution en autonomie"
                r"\bwerkt (?:uw |de |zijn |haar |onze )?(?:[\w-]+ )?(?:beheerders?|medewerkers?|"
                r"collega'?s|gebruikers|it-\w+|team)\b[^.\n]{0,30}\bin\b|\binwerk(?:en|ing)\b|"
                r"\b(?:can|could|able to) (?:\w+ ){0,2}?(?:run|operate|manage|maintain|"
                r"administer) (?:the [\w-]+ |it |them )?(?:independently|autonomously|on (?:their|"
                r"its|your) own)\b|"
                r"\bzelfstandig (?:\w+ ){0,3}(?:beheren|onderhouden|verderwerken|verder zetten)\b|"
                r"\ben (?:toute )?autonomie\b",
                1.0,
            ),
            # the as-built file of an installation: "een as-built dossier", "as-built drawings"
            # (French: "plan de récolement", a final cabling plan; Dutch: "revisieplan")
            (
                r"\bas[- ]built\b|\b(?:plans?|dossier) de récolement\b|\bplans? (?:de câblage|du "
                r"réseau) (?:final|définitif|à jour)\b|\brevisie(?:plan|tekening|dossier)\w*\b",
                1.0,
            ),
            *SETUP_DOCUMENT,
            # a technical file of what was set up: "een technisch dossier", "dossier technique"
            (
                # "het objectdossier", "het configuratiedocument", "un dossier d'infrastructure"
                r"\btechnisch dossier\b|\b(?:technisch|configuratie|installatie|object|"
                r"infrastructuur|systeem|netwerk|beheer|inrichtings)dossier\b|\b(?:it|ict)-dossier\b|"
                r"\b(?:configuratie|inrichtings|beheer)document\w*\b|"
                r"\b(?:dossier|document) d(?:'(?:infrastructure|installation|configuration)|e "
                r"paramétrage)\b|\b(?:configuration|set-?up) documents?\b|"
                r"\bdossier technique\b(?! (?:de l'appel|du marché|de candidature|de l'offre))",
                1.0,
            ),
            (
                # a handbook or guide for the people who run or use what is delivered:
                # "beheerhandboek", "administrator guide", "quick-reference cards", "dossier
                # d'exploitation", "guide d'administration" (not a staff or quality handbook)
                r"\b(?:beheer|beheerders|gebruikers|systeem|configuratie|installatie|exploitatie|"
                r"applicatie)s?handboek(?:en)?\b|\bhandboek voor (?:de |het )?(?:beheerders?|"
                r"gebruikers|beheer)\b|"
                r"\b(?:administrator|admin|user|operations?|operator|operating|system|"
                r"configuration|maintenance)'?s? (?:handbooks?|workbooks?|guides?|manuals?)\b|"
                r"\bmanuels? (?:d'exploitation|d'utilisation|utilisateurs?|d'administration)\b|"
                r"\bquick[- ]reference (?:guides?|cards?|sheets?)\b|"
                r"\bdossier (?:d'exploitation|d'administration|de transfert|de passation)\b|"
                r"\bguides? (?:d'utilisation|d'administration|de l'administrateur|de "
                r"l'utilisateur|utilisateur|d'exploitation|administrateurs?|pdf|illustrés?|"
                r"en pdf)\b",
                1.0,
            ),
            (SET_UP_RECORD_HANDED_OVER, 1.0),
            (
                # handed over to the client's own people: "draagt het intranet over aan het
                # functioneel beheer", "hands the system over to the IT team"
                r"\bdraagt\b[^.\n]{0,60}\bover aan (?:het |de |uw |zijn |haar )?(?:interne? )?"
                r"(?:functioneel |technisch |applicatie)?(?:beheer(?:ders)?|team|it-afdeling|"
                r"medewerkers)\b|\bhand(?:s|ed)?\b[^.\n]{0,40}\bover to (?:the |your |its )?"
                r"(?:\w+'s? )?(?:internal |in-house )?(?:it|operations|support|administrators?|"
                r"team|staff)\b",
                1.0,
            ),
        ),
        concrete=(
            r"shall (?:provide|deliver)|will (?:deliver|provide)|levert|verstrekt|"
            r"zodanig|fournira|remet|at (?:its|no) (?:expense|cost)|all |"
            # a date by which the transfer is done: "kennisoverdracht afgerond op 15 december"
            r"\b(?:afgerond|voltooid|completed|finished|achevée?|terminée?) (?:op|on|by|le|"
            r"uiterlijk|before|vóór|avant)\b|"
            r"\bontvangt|\bbezorgt|overhandig|reçoi[tv]|recevra|receives?\b|assure|"
            r"organise|verzorgt|\bvolgt\b|\bdraagt\b[^.\n]{0,80}\bover\b|overgedragen|"
            r"hands? over|\bhands\b|transfère|transférera|documenteert|documente\b|documentera|"
            r"\bcoach\w*|inwerk\w*|\bwerkt\b|delivered|geleverd|livrée?s?|remise?s?|bezorgd|"
            # the language of the documentation: "in het Nederlands", "en français"
            r"\bin (?:het )?(?:nederlands|frans|engels|dutch|french|english)\b|\ben (?:français|"
            r"néerlandais|anglais)\b|"
            r"(?:shall |will )?transfers? (?:the|all|its)\b|"
            r"sessi(?:e|es|on|ons)\b|workshops?\b|\bgeeft\b|"
            r"\bholds?\b|\bgives?\b|fournit|provides|delivers|supplies|"
            # the client getting it: "achteraf krijg je een documentatie van de nieuwe
            # omgeving", "jullie krijgen een overzicht", "we geven twee trainingen", "vous
            # recevez", "you get a handover document"
            r"\bkrijg(?:t|en)?\b|\bgeven\b|\bvous (?:recevez|recevrez|remettons)\b|"
            # "je vous laisse une fiche", "on vous envoie une note", "un guide PDF"
            r"\bvous (?:laisse|laissons|envoie|envoyons|transmettons)\b|\bguides? (?:pdf|en pdf)\b|"
            r"\b(?:send|leave|give) you\b|"
            r"\byou (?:get|will get|receive)\b"
            + DOCUMENTATION_KEPT_OR_AVAILABLE
            + DOCUMENTATION_UPDATED
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
        r".*(?:confidential|vertrouwelijk)|"
        # documentation named only as property: "de documentatie die ter beschikking wordt
        # gesteld, blijft eigendom van", "la documentation mise à disposition reste la propriété
        # du Prestataire", "all documentation made available remains the property of"
        r"^(?!.*\b(?:knowledge|kennis|connaissances?|hand[- ]?over|kennisoverdracht|formation|"
        r"opleiding|training))"
        r".*\b(?:intellectuele eigendom\w*|blijf\w* (?:\w+ )?eigendom|auteursrecht\w*|"
        r"propriété intellectuelle|(?:reste|restent|demeure|demeurent) (?:la )?(?:seule )?"
        r"propriété|intellectual property|remains? (?:the )?(?:sole |exclusive )?property|"
        r"copyright)",
    ),
    Rule(
        id="team.quality",
        cues=(
            (
                r"workmanlike|professional (?:manner|standards?|diligence)|industry standards?|"
                r"good industry practice|degree of (?:care|skill)|care and skill|quality assurance|"
                r"\biso[ /-]?(?:9001|27001|20000)|\bitil\b|code review|testing|peer[- ]review\w*|"
                r"reviewed by (?:a |an )?"
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
            (EACH_ITEM_TESTED, 1.0),
            (
                # checks on the work before it is handed over: "contrôle d'intégrité",
                # "integrity checks", "steekproefsgewijze controle" (not a licensor's "quality
                # control standards" for its marks)
                r"\bcontrôles? (?:d'intégrité|de (?:la )?qualité|de cohérence|par "
                r"(?:échantillonnage|sondage))|"
                r"\b(?:integrity|consistency) (?:checks?|verification)\b|"
                r"\b(?:integriteits|consistentie)controles?\b|\bsteekproef\w*|"
                # validated on a separate environment first: "validated on a staging
                # environment", "eerst op een testomgeving nagekeken", "validée sur un
                # environnement de préproduction" (not the test environment as a deliverable)
                r"\b"
                + _CHECKED
                + r"\b[^.\n]{0,50}\b"
                + _ENVIRONMENT
                + r"|\b"
                + _ENVIRONMENT
                + r"[^.\n]{0,50}\b"
                + _CHECKED
                + r"\b",
                1.0,
            ),
        ),
        concrete=r"workmanlike|industry|iso|standard|norm|règles de l'art|vakkundig|care|"
        r"contrôle|controle|\bchecks?\b|verif|vérif|échantillon|valid|staging|"
        r"préproduction|omgeving|"
        r"borging|review|test|regels (?:van de|der) kunst|relecture|relu|revu|nagekeken|nagelezen|"
        r"gereviewd|four[- ]eyes|vier[- ]?ogen|quatre yeux",
        # the client testing what it receives is acceptance, not the supplier's quality
        # (and a loan device "of similar quality" is no quality of the work)
        exclude=r"\brecettes? (?:des ventes|de (?:la )?billetterie|encaissées|de fabrication)\b|"
        r"quality of (?:the )?(?:content|product[s]? sold)|(?:qualité|quality|kwaliteit) "
        r"(?:similaire|équivalente?|identique|comparable|equivalent|similar)|(?:similar|"
        r"equivalent|comparable|gelijkwaardige?|vergelijkbare) (?:quality|kwaliteit)|"
        r"^(?:\W*\w{0,3}\W+)?"
        r"(?:de |het |le |la |l'|the )?" + CLIENT + r"\b[^.\n]{0,40}\b(?:test|teste|tests|"
        r"testen|testing|vérifie|contrôle|controleert|checks?|testomgeving|acceptatieomgeving|"
        r"environnement)\b|"
        r"(?:getest|testée?s?|tested) (?:door|par|by) (?:de |het |le |la |l'|the )?"
        + CLIENT
        + r"|(?:door|par|by) (?:de |het |le |la |l'|the )?"
        + CLIENT
        + r"\b[^.\n]{0,30}(?:getest|testée?s?|tested)",
        # "en qualité de sous-traitant", "en sa qualité de gérant": a capacity, no quality
        references=r"\ben (?:sa |leur |votre |notre |son )?qualité d(?:e |')",
    ),
]
