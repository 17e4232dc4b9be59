"""Rules for duration and exit; the legal area's rules (legal.py) follow them."""

from vendorpact.core.contracts.detectors.common import DURATION
from vendorpact.core.contracts.detectors.duration import DURATION_RENEWAL
from vendorpact.core.contracts.detectors.engine import Rule
from vendorpact.core.contracts.detectors.exit_wording import (
    COPY_OF_DATA,
    END_EXPORT,
    ENDED_WITH_NOTICE,
    ESCROW_DEPOSIT,
    FULL_COPY_HANDED_OVER,
    STOPPED,
    SUCCESSOR,
    UNNEGATED,
)
from vendorpact.core.contracts.detectors.informal_wording import (
    BY_THE_MONTH,
    BY_THE_MONTH_CONCRETE,
    CANCELLABLE,
)
from vendorpact.core.contracts.detectors.item_hedges import ESCROW_DECLINED
from vendorpact.core.contracts.detectors.legal import LEGAL_RULES

# the supplier declines the exit service: "we do not provide migration assistance", "is niet
# verplicht de gegevens terug te bezorgen", "n'est pas tenu de restituer": partial at most
SERVICE_DENIED = (
    r"\b(?:do|does|will|shall) not (?:\w+ )?(?:provide|offer|include|return|deliver)|"
    r"\bnot (?:be )?(?:obliged|obligated|required)|\bniet (?:\w+ )?(?:verplicht|gehouden)|"
    r"\bn'est pas tenu|\bne (?:fournit|propose|restitue|assure) pas"
)

# the source code kept from the client, with no deposit named: a statement about delivery or
# ownership, not an escrow ("De broncode wordt niet aan de Klant overgemaakt", "Le code source
# n'est pas remis au client", "the source code is not delivered to the Customer")
SOURCE_KEPT_FROM_CLIENT = (
    r"^(?![^\n]*(?:escrow|deposit|depot|depon|dépôt|dépos|séquestre))[^\n]*?"
    r"(?:broncode|source ?code|codes? sources?)\b[^.\n]{0,40}"
    r"\b(?:niet|not|never|nooit|pas|jamais)\b[^.\n]{0,30}(?:overgemaakt|overgedragen|geleverd|"
    r"bezorgd|delivered|provided|handed over|made available|remis|livrés?|fournis?|transmis)"
)

RULES = [
    DURATION_RENEWAL,
    Rule(
        id="exit.termination",
        cues=(
            (
                r"terminat(?:e|ion)[^.\n]{0,80}(?:notice|convenience|without cause|for any reason)|"
                r"(?:notice|notify)[^.\n]{0,60}(?:terminat|not to renew|non-renewal|cancel)|"
                r"right to (?:terminate|cancel)|may (?:terminate|cancel)",
                1.0,
            ),
            (
                # passive: "may be terminated at any time", "kan worden opgezegd", "peut être
                # résilié"
                r"(?:may|can|could|shall) (?:\w+ )?be (?:terminated|cancell?ed|ended|rescinded)|"
                r"(?:kan|mag|kunnen|mogen) [^.\n]{0,40}(?:worden )?(?:beëindigd|opgezegd|"
                r"ontbonden)|"
                r"(?:peut|pourra|peuvent|pourront) (?:\w+ )?être (?:résilié|dénoncé|rompu)",
                1.0,
            ),
            (r"opzeg(?:termijn|ging|gen|t)|opzegging|ontbind(?:ing|en)|beëindig(?:ing|en|t)", 1.0),
            # Flemish: "eenzijdige verbreking", "een verbrekingsvergoeding"
            (r"verbreking|verbreken|verbroken", 1.0),
            *STOPPED,
            *ENDED_WITH_NOTICE,
            *BY_THE_MONTH,
            *CANCELLABLE,
            (r"résili(?:ation|er|é)|préavis|dénonciation|dénoncer|rupture du contrat", 1.0),
            (r"\bterminat(?:e|ion)\b|cancel(?:lation)?", 0.5),
            (
                # "sauf notification contraire de l'une des parties deux mois avant l'échéance",
                # "mettre fin à l'abonnement"
                r"sauf (?:notification|avis|dénonciation|renonciation|volonté) contraire\b"
                r"[^.\n]{0,80}\b(?:échéance|terme|expiration|renouvel\w*)|"
                r"(?:mettre|met|mettra|mettent) fin (?:au|à la|à l'|à son|à sa) (?:présent |"
                r"présente )?(?:contrat|convention|abonnement|accord|marché|licence)",
                1.0,
            ),
        ),
        concrete=DURATION + r"|immediate|onmiddellijk|immédiat|aangetekend|recommandée|"
        r"written notice|material breach|at any time|op (?:elk|ieder) (?:moment|ogenblik)|à tout "
        r"moment|\bmaandelijks\b|\bmonthly\b|end of (?:any|each|every) month|chaque mois|"
        r"par simple (?:e-?mail|mail)|pour la fin du mois" + BY_THE_MONTH_CONCRETE,
        exclude=r"survive (?:the )?(?:termination|expiration)|upon (?:any )?termination",
        # wording that only refers to termination or asks notice for something else: "na
        # beëindiging worden de gegevens verwijderd", "après la résiliation du contrat", "les
        # prix peuvent être adaptés moyennant un préavis d'un mois"
        references=r"\b(?:na (?:de |het )?(?:beëindiging|einde|afloop)|après (?:la |sa )?"
        r"(?:résiliation|fin)|after (?:the )?(?:termination|expiry|expiration)|following "
        r"(?:the )?termination)\b|(?:prix|tarifs?|prijzen|tarieven|prices|rates|fees|charges)\b"
        r"[^.\n]{0,40}?(?:adapt|modifi|aangepast|gewijzigd|wijzig|aanpas|verhoog|increas|chang|"
        r"adjust)\w*[^.\n]{0,40}?(?:préavis|\w*opzeg\w*|notice)",
    ),
    Rule(
        id="exit.transition",
        cues=(
            (
                r"transition (?:services|assistance|period|plan)|termination assistance|"
                r"exit (?:plan|assistance|management)|(?:successor|replacement|new) (?:supplier|"
                r"provider|vendor|hosting)|another [^.\n]{0,20}(?:provider|supplier|vendor)|"
                r"continue to (?:provide|fulfill|perform)[^.\n]{0,60}(?:termination|notice|until)|"
                # "assistance to migrate to a replacement system", "migration vers une autre
                # solution", "overstap naar een ander systeem" (not the go-live migration to the
                # new platform)
                r"\b(?:migrat\w*|transition\w*|switch\w*|transfer\w*|mov(?:e|ing)) to (?:a |an "
                r"|the |any )?(?:replacement|successor|alternative|another|other) (?:system|"
                r"solution|platform|service|application|software|environment)s?\b",
                1.0,
            ),
            (
                # French: "assiste la Province dans le passage à une autre solution", "assistance
                # à la reprise par un autre prestataire", "continue d'héberger l'application
                # pendant trois mois au plus et assiste le repreneur" (not "le passage à une
                # autre version")
                r"\b(?:passage|reprise|transfert) (?:à|vers|par) (?:une? )?(?:autre|nouvel(?:le)?|"
                r"nouveau) (?!version|release|année|formule)|"
                r"\bassist\w* (?:\w+ ){0,3}?(?:le|un|son) (?:repreneur|successeur|nouveau "
                r"prestataire|nouvel hébergeur)\b|"
                r"\bcontinue d'(?:héberger|assurer|fournir)\b[^.\n]{0,80}\bpendant\b",
                1.0,
            ),
            (
                r"\b(?:migration|transfert|basculement) vers (?:une? |la |le |l')?(?:autre|"
                r"nouvelle? (?:solution|plateforme|prestataire)|solution de remplacement)|"
                r"\b(?:overstap|overgang|migratie) naar (?:een )?(?:ander|vervangend|opvolgend)e? "
                r"(?:systeem|pakket|platform|oplossing|applicatie)",
                1.0,
            ),
            (
                r"nieuwe (?:leverancier|wederpartij|dienstverlener)|exitplan|exitregeling|"
                r"exit-?(?:bijstand|ondersteuning|assistentie|begeleiding)|"
                r"overdracht (?:van de dienst|naar)|ontvlechting|(?:medewerking|bijstand) bij "
                r"(?:de )?(?:overgang|beëindiging|overdracht)|migratie naar|"
                # "de overstap naar een andere leverancier", "de overdracht aan het eigen team
                # van Zorgzaam of aan een andere leverancier", "stap je over naar een andere
                # IT-partner"
                r"(?:overstap|overgang|overdracht) (?:naar|aan) (?:een |de |het )?(?:andere|"
                r"nieuwe|opvolgende|eigen) (?:[\w-]+ )?(?:leverancier|dienstverlener|provider|"
                r"partij|partner|it-partner|ict-partner|team)\b|\bstap (?:je|u|jullie) over naar "
                r"(?:een )?(?:andere|nieuwe) (?:[\w-]+ )?(?:leverancier|dienstverlener|provider|"
                r"partij|partner|it-partner|ict-partner)\b",
                1.0,
            ),
            (
                # "medewerking aan de overdracht van de werkzaamheden aan (een door
                # Opdrachtgever aangewezen) derde" (not a third party named for an audit)
                r"\b(?:medewerking|bijstand|ondersteuning) (?:aan|bij) de overdracht van de "
                r"(?:werkzaamheden|dienst\w*|opdracht|taken)\b|\b(?:overdracht|overgang|einde|"
                r"beëindiging)\b[^.\n]{0,120}\b(?:aangewezen|aan te wijzen) (?:derde|opvolger|"
                r"partij|leverancier|dienstverlener)\b",
                1.0,
            ),
            (
                r"réversibilité|transfert vers (?:un|le|l') ?(?:autre|nouveau|nouvel) "
                r"(?:prestataire|fournisseur)|"
                r"plan de sortie|"
                r"assistance (?:à la|de) (?:fin|sortie)",
                1.0,
            ),
            *SUCCESSOR,
        ),
        concrete=DURATION + r"|shall|will|zal|doet|s'engage|assist|\bhelpt\b|\bassure\b|\bwerkt "
        r"mee\b|\bdraagt\b[^.\n]{0,80}\bover\b|\bhand\w* over\b"
        # Dutch present tense of an obligation: "verleent Opdrachtnemer medewerking"
        r"|\bverleent\b"
        # the service kept up until the handover, and what is handed over, in the present
        # tense: "blijft de dienst verlenen tot", "keeps providing the services until",
        # "continue à fournir", "draagt alle documentatie over", "hands over", "transmet"
        r"|\b(?:blijft|blijven|keeps?|continues?|continue à|continuent à|poursui\w*) (?:\w+ ){0,3}"
        r"(?:verlenen|leveren|providing|to provide|fournir|assurer)\b|\bhands? over\b"
        r"|\bmaint(?:ient|iendra) (?:le|les) (?:service|services|prestations)\b"
        r"|\bdraagt\b[^.\n]{0,80}\bover\b|\btransmet\b|\bremet\b"
        # handed over, kept online, or priced: "over aan jullie nieuwe partner", "houden wij de
        # sites online", "tegen het gewone uurtarief"
        r"|\bover aan\b|\bhouden (?:wij|we)\b|\b(?:uur|dag|maand)tarie(?:f|ven)\b|\bper uur\b"
        r"|\bhelp (?:ik|we|wij)\b|\bwerken (?:wij|we) mee\b",
        vague=SERVICE_DENIED,
        # handing work to a subcontractor is no move to another supplier
        exclude=r"subcontract|onderaanne|sous-trait",
    ),
    Rule(
        id="exit.data_return",
        cues=(
            (
                r"return to (?:the )?(?:customer|client)\W[^.\n]{0,30}(?:data|content|materials|"
                r"information|files|documents|records|property|products)|"
                r"return (?:of )?(?:all )?(?:the )?(?:customer|client)?['’s ]*(?:data|content|"
                r"materials|products|information)|(?:export|copy|copies) of (?:the )?(?:customer|"
                r"client|\w+)?['’s ]*data|retain full ownership|electronic copy|data (?:export|"
                r"retrieval|portability)|delete (?:all )?(?:customer )?data",
                1.0,
            ),
            (
                r"(?:data|content)[^.\n]{0,60}(?:available (?:for|to) (?:export|download|"
                r"retrieval)|export(?:ed)? in (?:a |an )?(?:csv|xml|json|standard|open|"
                r"machine-readable|industry|commonly used))|"
                r"\b(?:terminat\w*|expir\w*|end of)\b[^.\n]{0,150}\bdata\b[^.\n]{0,100}\b(?:in|"
                r"into) (?:a |an )?(?:commonly used|standard|open|machine-readable|usable|"
                r"structured)(?: (?:and|or) [\w-]+)? format",
                1.0,
            ),
            (
                r"(?:teruggave|retour|terugbezorg|teruggeven)[^.\n]{0,40}(?:gegevens|data|bestanden)|"
                r"stelt (?:alle )?gegevens|(?:gegevens|data)[^.\n]{0,60}(?:ter beschikking|"
                r"terug|overdragen|exporteren|vernietig|(?:gangbaar|standaard|open|leesbaar) "
                r"formaat)|"
                # after the end, data handed over in a usable format: "na het einde levert de
                # leverancier alle gegevens, waaronder de historiek, over in een gangbaar en
                # machineleesbaar formaat"
                r"\b(?:einde|beëindiging|afloop)\b[^.\n]{0,150}\b(?:gegevens|data)\b[^.\n]{0,100}"
                r"\b(?:gangbaar|standaard|open|\w*leesbaar|bruikbaar)(?: (?:en|of) [\w-]+)? "
                r"(?:bestands)?formaat",
                1.0,
            ),
            (
                r"restitu\w*[^.\n]{0,40}(?:données|fichiers)|récupération des données|"
                r"(?:données|fichiers)[^.\n]{0,40}(?:restitu|export|format)|"
                r"\b(?:fin|terme|expiration|résiliation)\b[^.\n]{0,150}\bdonnées\b[^.\n]{0,100}"
                r"\bformat (?:standard|ouvert|exploitable|lisible|courant|usuel)",
                1.0,
            ),
            (
                # the client fetches its data itself at the end: "upon termination Customer may
                # download its data", "na het einde ... zijn data downloaden"
                r"(?:terminat|expir|einde|beëindig|résiliation|fin du contrat|afloop|"
                r"stopzetting|fin de l'abonnement)(?=[^.\n]{0,120}"
                r"(?:data|gegevens|données))[^.\n]{0,120}(?:download|télécharg|récupér|ophal|"
                # "bij het einde bezorgt de leverancier een kopie van de databank"
                r"kopie|copie|copy|bezorg|overhandig|remet|deliver|hand over)|"
                r"(?:download|télécharg|récupér)\w*[^.\n]{0,30}(?:data|gegevens|données)[^.\n]"
                r"{0,60}(?:terminat|expir|einde|beëindig|résiliation|fin du contrat)|"
                r"réversibilité[^.\n]{0,40}données|"
                # "een volledige export van zijn gegevens", "l'export des données"
                r"\bexport(?:ation)? (?:van|of|de|des|du) (?:de |het |alle |zijn |haar |hun |its |"
                r"all |the |ses |leurs |toutes les )?(?:\w+ ){0,2}(?:gegevens|data|données)",
                1.0,
            ),
            (
                # an export of compound data listed: "een export van de patiënten-,
                # voorschrift- en voorraadgegevens", data "in CSV-formaat"
                r"\bexport (?:van|of) (?:de |het |alle |zijn |haar |hun )?(?:[\w-]+,? ){0,4}?"
                r"\w*(?:gegevens|data)\b|gegevens\b[^.\n]{0,60}\bin (?:een )?(?:csv|xml|json|"
                r"sql|excel)(?:-?formaat|-?bestand)?\b",
                1.0,
            ),
            (
                # documents given back in a stated format: "les documents et métadonnées sont
                # restitués dans un format ouvert", "de dossiers worden in PDF teruggegeven"
                r"(?:documents|archives|métadonnées|dossiers|contenus?|documenten|archieven|"
                r"bestanden)\b[^.\n]{0,60}\b(?:restitu\w*|teruggegeven|terugbezorgd|returned)"
                r"[^.\n]{0,80}\b(?:formats?|formaat|pdf|xml|csv|json)\b",
                1.0,
            ),
            *FULL_COPY_HANDED_OVER,
            (
                # at the end, the latest version, the backups or the documents handed back: "à
                # la fin du contrat, le Prestataire remet, sans frais, la dernière version du
                # projet", "au terme de la mission, nous vous restituons tous les documents
                # reçus", "at the end of the agreement the supplier hands over the latest
                # version", "bij het einde van de overeenkomst bezorgt X de laatste versie"
                r"\b(?:à la fin|au terme) (?:du contrat|de la convention|de la mission|du marché)\b"
                r"[^.\n]{0,100}\b(?:remet|restitu\w*|transmet|fournit)\b[^.\n]{0,80}\b(?:dernière "
                r"version|sauvegardes?|archives?|copie complète|tous les documents)\b|"
                r"\b(?:end|termination|expiry) of the (?:contract|agreement)\b[^.\n]{0,100}\b"
                r"(?:hands? over|delivers?|returns?|provides?)\b[^.\n]{0,80}\b(?:latest version|"
                r"backups?|archive|full copy)\b|"
                r"\beinde van (?:de|het) (?:overeenkomst|contract)\b[^.\n]{0,100}\b(?:bezorgt|"
                r"levert|overhandigt)\b[^.\n]{0,80}\b(?:laatste versie|back-?ups?|archief|"
                r"volledige kopie)\b",
                1.0,
            ),
            *END_EXPORT,
            *COPY_OF_DATA,
        ),
        # the client handing the supplier's materials back is no return of the client's data
        exclude=r"\b(?:customer|client|licensee|klant|opdrachtgever) (?:shall|will|must|agrees "
        r"to|undertakes to|zal|moet|dient|s'engage à|doit|devra)[^.\n]{0,20}\b(?:return|"
        r"terug|restitu|renvo)|"
        # the client handing its data over for the initial load is a migration
        r"\b(?:customer|client|klant|opdrachtgever) (?:\w+ )?(?:transmet|fournit|remet|bezorgt|"
        r"levert|provides|supplies|delivers)\b[^.\n]{0,60}(?:données|gegevens|data)",
        concrete=DURATION + r"|format|formaat|within|binnen|dans un délai|eerste verzoek|request|"
        r"all |alle |toutes|\b(?:complète|complete|volledige?|full|intégrale?|sql|csv|xml|json|"
        r"excel|kopie|copie|copy)\b",
        vague=SERVICE_DENIED,
    ),
    Rule(
        id="exit.escrow",
        cues=(
            (
                r"source code escrow|escrow (?:agreement|arrangement|agent)[^.\n]{0,80}"
                r"(?:source|software|(?:source|object|program) code|deposit materials|"
                r"technology)|source code (?:deposit|"
                r"depository)|"
                r"(?:release|access) conditions?[^.\n]{0,80}source code|"
                r"source code[^.\n]{0,80}(?:release|access) conditions?|"
                r"deposit of (?:the )?source|escrow of (?:the )?(?:source|software)",
                1.0,
            ),
            (r"\bescrow\b", 0.5),
            (
                r"escrowovereenkomst|escrow-overeenkomst|escrowcontract|"
                r"broncodedepot|depot van de broncode|bronco(?:de)?[^.\n]{0,40}(?:gedeponeerd|"
                r"depot|in bewaring)|escrowregeling|in escrow voorzie|escrow\w*[^.\n]{0,80}"
                r"(?:broncode|programmatuur)",
                1.0,
            ),
            (
                r"dépôt (?:des|du|de) (?:sources?|code)|séquestre|agence pour la protection|"
                r"codes? sources?" + UNNEGATED + r"{0,40}(?:déposés?|en dépôt)",
                1.0,
            ),
            (
                # "les sources du logiciel sont déposées auprès d'un tiers de confiance"
                r"\bsources (?:du|de l'|des) (?:logiciels?|programmes?|applications?|"
                r"progiciels?)" + UNNEGATED + r"{0,40}\b(?:déposée?s?|en dépôt|mises? en dépôt)",
                1.0,
            ),
            (
                r"(?:deliver|provide|release|maintain)\w*[^.\n]{0,40}source code|"
                r"source code (?:belongs|shall be (?:delivered|released|"
                r"deposited)|will be (?:delivered|released|deposited))",
                0.8,
            ),
            *ESCROW_DEPOSIT,
            (
                # the sources with an escrow agent, or kept in the client's own repository:
                # "déposées auprès d'un agent de dépôt indépendant", "les sources de Tracelab
                # sont déposées", "le code source ... est déposé à chaque version dans le dépôt
                # git de l'IECF", "the source code is pushed to the client's repository" (not
                # money deposited with a notary)
                r"\bagent de dépôt\b|\bdéposée?s? auprès d'un (?:agent|tiers de confiance|"
                r"dépositaire)\b|\bsources (?:de |du |d')\S+ (?:et (?:leur|sa) documentation )?"
                r"sont déposées\b|\bcode source\b[^.\n]{0,120}\bdéposée? (?:\S+ ){0,6}?dans "
                r"(?:le|un) (?:dépôt|référentiel)\b|\bsource code\b[^.\n]{0,120}\b(?:pushed|"
                r"committed|stored|deposited) (?:\S+ ){0,4}?(?:in|to|into) (?:the client's|the "
                r"customer's|your) (?:git )?repository\b",
                1.0,
            ),
        ),
        concrete=r".",
        # escrow declined: "Source code escrow | not provided", "broncodedepot: niet voorzien"
        vague=SERVICE_DENIED + r"|\bnot (?:provided|included|foreseen|offered|available)\b|"
        r"\bniet (?:voorzien|inbegrepen|beschikbaar)\b|\b(?:non|pas) (?:prévue?|inclus|fourni)\b"
        + ESCROW_DECLINED,
        exclude=r"payment[s]? (?:held )?in escrow|escrow fund|funds held in escrow|holds payment|"
        r"cash deposit|escrow of initial|letter of credit|"
        r"escrow account until|put into escrow any payment|" + SOURCE_KEPT_FROM_CLIENT,
    ),
    *LEGAL_RULES,
]
