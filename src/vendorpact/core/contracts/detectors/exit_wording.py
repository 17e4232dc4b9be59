"""More wording of the exit items, in nl / fr / en: the supplier handing over to the client's
next supplier (transition), a full copy of the client's database handed over (data return)
and the source code placed with a third party or a SaaS continuity arrangement (escrow)."""

from vendorpact.core.contracts.detectors.common import DURATION

# The client's next supplier: "helpt de opvolgende leverancier bij de overname", "au
# prestataire qu'elle désigne ... une demi-journée de passation", "if the Customer moves the
# support to a third party" (not the supplier transferring the agreement, nor the client
# assigning its licence: the object is the service).
SUCCESSOR = (
    (
        r"\b(?:opvolgende|volgende|andere|nieuwe) (?:leverancier|dienstverlener|provider|"
        r"onderhoudspartner|partner)\b[^.\n]{0,60}\b(?:overname|overdracht|overgang|overstap|"
        r"opstart)|"
        r"\b(?:prestataire|fournisseur|tiers|repreneur)s? (?:qu'(?:elle|il)|que (?:le |la "
        r"|l')?\w+) (?:désigne|désignera|aura désigné|choisit|choisira)\b|"
        r"\b(?:demi-journée|journée|séance|réunion|période|heures?) de passation\b|"
        r"\bpassation (?:au|à|vers) (?:un |le |l'|son )?(?:nouveau |futur )?(?:prestataire|"
        r"fournisseur|repreneur|successeur)\b|"
        r"\b(?:incoming|new|successor) (?:provider|supplier|vendor)\b|\b(?:nouveau|futur) "
        r"prestataire\b|"
        # "au nouvel hébergeur", "vers le nouvel opérateur", "de door haar aangeduide opvolger",
        # "de opvolgende onderhoudspartij" (not the successor of a team member: "de opvolger
        # van de projectleider")
        r"\b(?:nouvel|nouveau|futur) (?:hébergeur|opérateur|intégrateur|"
        r"mainteneur)\b|\b(?:aan|naar|helpt|ondersteunt|met) (?:de |een |haar |zijn )?(?:door "
        r"\w+ (?:\w+ )?aangeduide )?opvolg(?:er|ende (?:leverancier|partij|onderhoudspartij|"
        r"onderhoudspartner|dienstverlener))\b(?! van)|\bprestataire (?:entrant|sortant)\b|"
        r"\bchangement de prestataire\b|"
        r"\b(?:customer|client)\b (?:\w+ )?(?:moves?|transfers?|switch(?:es)?|entrusts?) "
        r"(?:the |its )?(?:support|services?|maintenance|hosting|management|operation)\b"
        r"(?: of (?:the )?[\w-]+)? to (?:a |an |another )?(?:third[- ]party|new (?:supplier|"
        r"provider)|successor|other (?:supplier|provider))\b",
        1.0,
    ),
    (
        # the client's next party in an informal offer: "een overdrachtssessie met jullie nieuwe
        # partij", "draag ik alles over aan jullie nieuwe ICT-partner", "help ik de nieuwe partij",
        # "tot de verhuizing naar je nieuwe partij klaar is", "naar uw nieuwe operator" (only with
        # the client's possessive: not "de overeenkomst overdragen aan een andere partij")
        r"\b(?:(?:aan|met|naar) (?:jullie|je|uw)|(?:help|helpen|helpt|begeleiden|ondersteunen) "
        r"(?:we |wij |ik |zij |hij )?(?:de|jullie|je|uw)) (?:nieuwe|volgende|opvolgende) (?:partij|"
        r"leverancier|dienstverlener|provider|hostingpartij|hostingpartner|ict-partner|it-partner|"
        r"webbureau|onderhoudspartij|operator)\b|"
        # at the end, cooperation in the handover: "werkt hij tot drie maanden na het einde mee
        # aan de overdracht", "na het einde tegen het uurtarief medewerking aan de overgang" (not
        # the handover at delivery: the end must be named first)
        r"\b(?:einde|opzegging|beëindiging|afloop)\b[^.\n]{0,80}\b(?:mee aan|medewerking aan|"
        r"bijstand bij|medewerking bij) de (?:overgang|overdracht)\b|"
        # the successor named by the client: "helpt de opvolger van Kempenwater bij de overname"
        r"\bopvolger van (?:[\w-]+ ){1,3}?bij de (?:overname|overdracht|overgang)\b",
        1.0,
    ),
)

# A full copy handed over: "bezorgt binnen vijftien werkdagen een volledige dump van de
# databank", "lui est remis sous la forme d'une archive complète (fichiers et base de
# données)", "delivers a full export of the database".
_WHOLE = r"(?:volledige?|complete?|complète|full|entire|intégrale?)"
# (not a backup: "levert elke nacht een volledige back-up" is no return at the end)
_COPY = r"(?:dump|export(?:ation)?|kopie|copy|copie|archive|extract(?:ion)?)"
_WHOLE_COPY = f"(?:{_WHOLE} {_COPY}|{_COPY} {_WHOLE})"
FULL_COPY_HANDED_OVER = (
    (
        r"\b(?:bezorgt|levert|overhandigt|bezorgd|geleverd|overhandigd|remis|remet|livre|livré|"
        r"transmet|transmis|fournit|fourni|delivers?|delivered|provides?|hands? over|handed "
        r"over|remettons|remettrons|transmettons|fournissons|envoyons|bezorgen|leveren|"
        r"(?:give|send) you)\b[^.\n]{0,60}\b"
        + _WHOLE_COPY
        + r"\b[^.\n]{0,60}\b(?:databank|database|"
        r"gegevensbank|base de données|bestanden|fichiers|files|data|données|gegevens)\b",
        1.0,
    ),
)

# A character of the same sentence that is no negation: a deposit "not made" is no deposit.
UNNEGATED = r"(?:(?!\b(?:not|never|niet|nooit|pas|jamais)\b)[^.\n])"

# Source code placed with a third party, and its SaaS counterpart: "de broncode wordt
# neergelegd bij een escrow-agent", "the source code is lodged with", "een
# SaaS-continuïteitsregeling", "a SaaS escrow" (not a business continuity plan).
ESCROW_DEPOSIT = (
    (
        r"\b(?:broncode|source code|codes? sources?)\b" + UNNEGATED + r"{0,60}\b(?:neergelegd|"
        r"ondergebracht|gedeponeerd|deposited|lodged|déposée?s?)\b[^.\n]{0,30}"
        r"\b(?:bij|with|auprès)\b",
        1.0,
    ),
    (
        r"\bsaas-continuïteitsregeling\b|\bcontinuïteitsregeling\b|\bcontinuïteitsgarantie\b|"
        r"\b(?:saas|software)[- ](?:escrow|continuity)\b|\bcontinuity (?:arrangement|guarantee|"
        r"agreement)\b|\bgarantie de continuité\b",
        1.0,
    ),
    (
        # an escrow offered: "escrow can be arranged at the client's cost", "sets up an escrow"
        r"\bescrow (?:can|may|will|shall) be (?:arranged|set up|provided|organi[sz]ed|put in "
        r"place)\b|\b(?:arrange|set up|organi[sz]e|put in place)s? (?:an? |the )?(?:source code )?"
        r"escrow\b",
        1.0,
    ),
    (
        # a key-value line: "Escrow: yes, with Escrow4all", "Broncodedepot: ja"
        r"\b(?:source code escrow|escrow|broncodedepot|dépôt des sources|séquestre) ?: ?(?:yes|"
        r"ja|oui|included|inbegrepen|inclus|with|bij|auprès|via)\b",
        1.0,
    ),
)

# The client's data held back or lost at the end (risk.data_lockin): "mag de gegevens inhouden
# zolang niet alle facturen betaald zijn", "een export van de gegevens is niet mogelijk",
# "aucune exportation des données n'est prévue", "worden de gegevens gewist zonder dat de klant
# een kopie ontvangt" (not a transfer abroad: "geen export van persoonsgegevens buiten de EER").
DATA_HELD_BACK = (
    (
        r"\b(?:gegevens|data|bestanden|broncode)\b[^.\n]{0,40}\b(?:inhouden|ingehouden)\b|"
        r"\b(?:export|exportation|extraction|teruggave|restitution)\b[^.\n]{0,40}\b(?:gegevens|"
        r"data|données)\b[^.\n]{0,30}\b(?:niet mogelijk|(?:is|are) not (?:possible|available)|"
        r"n'est pas (?:possible|prévue?)|n'est pas assurée?)|"
        r"\b(?:aucune|geen|no) (?:export|exportation|extraction|teruggave|restitution|return) "
        r"(?:van |des |of )(?:de |the )?(?:[\w-]+ )?(?:gegevens|data|données)\b(?! (?:naar|buiten|"
        r"outside|to countries|hors|vers))|"
        r"\b(?:gegevens|data|données)\b[^.\n]{0,40}\b(?:gewist|verwijderd|vernietigd|deleted|"
        r"erased|supprimées|effacées)\b[^.\n]{0,40}\b(?:zonder (?:dat|een|enige)|without (?:any |"
        r"a )?(?:copy|export|return)|sans (?:restitution|copie|export))",
        1.0,
    ),
)

# Flemish "stopzetten" and "vooropzeg": "de klant kan het abonnement op elk moment stopzetten",
# "met een vooropzeg van drie maanden"
STOPPED = (
    (
        r"\bvooropzeg\b|\bstop(?:zetten|gezet|zet)\b[^.\n]{0,60}\b(?:abonnement|overeenkomst|"
        r"contract|samenwerking)\b|\b(?:abonnement|overeenkomst|contract|samenwerking)\b"
        r"[^.\n]{0,60}\bstop(?:zetten|gezet)\b",
        1.0,
    ),
    (
        # the client told it may stop, with a channel, a moment or a notice: "vous pouvez
        # l'arrêter par simple e-mail au plus tard un mois avant", "vous pouvez y mettre fin à
        # chaque échéance", "you can stop it at any time by e-mail", "u kunt het op elk
        # moment stopzetten" (not "vous pouvez arrêter le serveur avant l'intervention")
        r"\bvous pouvez (?:l'|y |la |le )?(?:arrêter|mettre fin|stopper|résilier)\b[^.\n]{0,60}?"
        r"\b(?:par simple (?:e-?mail|mail|courrier|lettre)|à tout moment|préavis|(?:un|deux|trois|"
        r"\d+) mois (?:avant|à l'avance)|à chaque échéance|pour la fin du "
        r"mois|quand vous voulez)|"
        r"\byou (?:can|may) (?:stop|cancel|end) (?:it|the subscription|the service|the plan)\b"
        r"[^.\n]{0,40}?\b(?:at any time|by (?:simple )?e-?mail|notice|months? before)\b|"
        r"\bu kunt (?:het|de formule|het abonnement|het contract) (?:op elk moment |per e-?mail )?"
        r"(?:stopzetten|opzeggen)\b",
        1.0,
    ),
)

# The end of the agreement, in the words a data-return clause opens with: "à la fin de
# l'abonnement", "bij het einde van de overeenkomst", "within 30 days after the end", "si un
# jour vous arrêtez" (not "at the end of each month": the end of a period is no exit).
END_OF_AGREEMENT = (
    r"(?:\b(?:end|expiry|termination|cessation) of (?:the |this |your |our )?(?:agreement|"
    r"contract|subscription|service|term|collaboration|relationship|engagement|sla|order form|"
    r"reversibility period)\b|"
    r"\bafter the end\b|\bon (?:termination|expiry)\b|\bwhen you (?:leave|stop|cancel)\b|"
    # the end said bare or by the cancellation: "At the end we export ...", "After cancellation
    # the workspace stays read-only" (not "at the end of each sprint")
    r"\bat the end\b(?! of)|\bafter (?:cancellation|termination|expiry)\b|"
    r"\baprès (?:la |sa |une |votre )?(?:résiliation|fin)\b|\bna (?:de |een |je |jullie |uw )?"
    r"(?:opzegging|beëindiging)\b|"
    # up to the last day: "tot de einddatum kan de klant ... downloaden", "until the end date"
    # (not the end of an offer: "tot de einddatum van de actie", "until the end date of the
    # promotion")
    r"\b(?:tot (?:de|aan de) einddatum|jusqu'à la date de fin|until the end date)\b(?! (?:van|"
    r"de|of) (?:de |het |la |l'|the )?(?:actie|promo\w*|aanbieding|offre|offer|korting|remise|"
    r"discount)\b)|"
    # the client changing supplier: "si vous changez de prestataire", "if you switch provider"
    r"\bsi vous changez (?:de |d')(?:prestataire|fournisseur|hébergeur|opérateur)\b|"
    r"\b(?:if|when) you (?:change|switch|move to another) (?:supplier|provider|vendor|host)s?\b|"
    r"\b(?:als|wanneer|indien) (?:je|u|jullie) (?:van )?(?:leverancier|provider|hostingpartij) "
    r"(?:verandert|veranderen|wisselt|wisselen|wijzigt)\b|"
    r"\b(?:einde|beëindiging|afloop|stopzetting) van (?:de|het|deze|dit|uw|je|jullie) "
    r"(?:overeenkomst|contract|abonnement|dienst\w*|samenwerking|opdracht)\b|\bna het einde\b"
    r"(?! van (?:de |het |elke |iedere )?(?:maand|week|jaar|dag|kwartaal|periode)\b)|"
    r"\b(?:bij|na) het einde van (?!(?:de |het |elke |iedere )?(?:maand|week|jaar|dag|kwartaal|"
    r"periode)\b)|"
    r"\b(?:als|wanneer|indien) (?:je|u|jullie) (?:ooit )?(?:stopt|stoppen|vertrekt|opzegt)\b|"
    # the same inverted, and the end by its noun alone: "stoppen jullie ooit, dan kun je ze
    # exporteren", "stop je met je abonnement", "bij beëindiging verwijderen we de back-ups"
    r"\b(?:stopt|stoppen|stop|vertrekt|vertrekken|vertrek) (?:je|u|jullie)\b(?! (?:de |het )?"
    r"(?:installatie|werken|werkzaamheden|levering|opdracht|test)\b)|\bbij (?:de |een )?"
    r"beëindiging\b(?! van (?:de |het )?(?:werken|werkzaamheden|installatie))|"
    r"\b(?:fin|terme|expiration|résiliation|cessation) (?:du|de la|de l'|de votre|de notre) ?"
    r"(?:contrat|convention|abonnement|service|prestations?|collaboration|accord|mission|"
    r"réversibilité|période de réversibilité)\b|"
    r"\bsi (?:un jour )?vous (?:nous )?(?:arrêtez|partez|résiliez|quittez)\b|"
    # the end said bare or by the client leaving: "À la fin, on vous remet", "Bij vertrek leveren
    # wij", "Stoppen jullie, dan krijgen jullie" (not "à la fin du projet", "bij vertrek van een
    # medewerker")
    r"\bà la fin\b(?! d)|\bbij (?:jullie |je |uw )?vertrek\b(?! van)|\b(?:stoppen jullie|stop "
    r"je|stopt u)\b)"
)
# A file format a client can reuse: "au format CSV", "als SQL-dump", "in XML and CSV", "dans
# leur format d'origine" (not PDF: a report or an invoice comes in PDF).
REUSABLE_FORMAT = (
    r"(?:\b(?:csv|xml|json|sql|xlsx|pst|mbox|wav|tmx|tbx|ics|vcf|eml)\b|\bsql-dump\b|"
    r"\bexcel(?:-export|-bestand)?\b|"
    r"\b(?:original|native|oorspronkelijke?|origineel|originele) (?:file )?(?:format|formaat)\b|"
    r"\bformat (?:d'origine|natif|original|ouvert)\b|\bopen (?:export|bestands)?formaat\b|"
    r"\bopen (?:file )?format\b)"
)
# At the end, the client's data handed over or exported in a format it can reuse: "À la fin
# de l'abonnement, le client peut exporter l'historique au format CSV", "after the end, X
# delivers all documents in their original format ... in XML and CSV", "bij het einde van de
# overeenkomst bezorgt X een export in CSV"; the same with the format first.
_HANDED = (
    r"\b(?:export\w*|dump|kopie|copie|copy|remet\w*|remis\w*|livr\w*|deliver\w*|hands? over|"
    r"bezorg\w*|lever\w*|overhandig\w*|download\w*|télécharg\w*|récupér\w*|restitu\w*|return\w*|"
    r"send\w*|envo\w*|stuur\w*)\b"
)
# a copy of the client's data or backups: "une copie de ses sauvegardes", "kopieën van je
# gegevens", "a copy of the Customer's backups"
_COPY_OF_DATA = (
    r"\b(?:copie|copies|kopie|kopieën|copy|copies) (?:de|des|van|of) (?:ses |leurs |vos |zijn |"
    r"haar |hun |je |jullie |uw |your |its |their |the |de |alle |la |l')?(?:[\w-]+['’]s )?"
    r"(?:sauvegardes|back-?ups|données|gegevens|data|fichiers|bestanden|files)\b"
)
# the same without the end in the sentence: it counts under a heading of the exit or the data
# (headings.py), not in a backup policy ("une copie des sauvegardes est conservée hors site")
COPY_OF_DATA = ((_COPY_OF_DATA, 0.6),)
_LEFT_AVAILABLE = (
    r"\b(?:remains?|stays?|reste|restent|demeurent?|blijft|blijven)\b[^.\n]{0,40}\b(?:available|"
    r"accessible|read-only|disponibles?|accessibles?|consultables?|beschikbaar|toegankelijk|"
    r"raadpleegbaar)\b"
)
_TO_FETCH = (
    r"(?:\b(?:download|export|retriev|télécharg|récupér|ophal|exporte|downloaden)\w*|"
    r"\b(?:exports?|backups?|sauvegardes?|données|gegevens|data|fichiers|files|bestanden)\b)"
)
END_EXPORT = (
    # (the data listed between the verb and the format: "levert X alle gegevens, waaronder de
    # audittrail en de configuratie, in csv-formaat")
    (END_OF_AGREEMENT + r"[^.\n]{0,160}" + _HANDED + r"[^.\n]{0,180}" + REUSABLE_FORMAT, 1.0),
    (_HANDED + r"[^.\n]{0,100}" + END_OF_AGREEMENT + r"[^.\n]{0,160}" + REUSABLE_FORMAT, 1.0),
    (_HANDED + r"[^.\n]{0,100}" + REUSABLE_FORMAT + r"[^.\n]{0,100}" + END_OF_AGREEMENT, 1.0),
    # the format before the verb: "na het einde kan Klant zijn playlists als CSV-bestand
    # downloaden"
    (END_OF_AGREEMENT + r"[^.\n]{0,160}" + REUSABLE_FORMAT + r"[^.\n]{0,60}" + _HANDED, 1.0),
    # the format first and the end last: "kunt u als csv-bestand uit het portaal exporteren;
    # dertig dagen na het einde wissen wij alle gegevens"
    (REUSABLE_FORMAT + r"[^.\n]{0,60}" + _HANDED + r"[^.\n]{0,100}" + END_OF_AGREEMENT, 1.0),
    # at the end, a full export, or the data left available for export: "À la fin du contrat,
    # ... une exportation complète des documents", "À la fin du contrat, elles restent
    # disponibles à l'export pendant 60 jours"; at the end (not every night) a full backup too
    (
        END_OF_AGREEMENT
        + r"[^.\n]{0,150}(?:"
        + _WHOLE_COPY
        + "|"
        + _COPY_OF_DATA
        + r"|\b(?:sauvegarde complète|"
        r"volledige back-?up|full back-?up|complete back-?up)\b|\bdisponibles? (?:à|pour) "
        r"l'export\b|\bavailable (?:for|to) (?:export|download)\b|\bbeschikbaar (?:voor|om te) "
        r"(?:export|download)\w*|\bexportables?\b|\bexporteerbaar\b|\btéléchargeables?\b|"
        r"\bdownloadbaar\b|"
        # copied onto a disk for the client: "zetten we ze eerst op een externe schijf voor
        # jullie", "sur un disque dur externe", "on an external drive"
        r"\bop een (?:externe |harde |usb-)?(?:schijf|harde schijf|stick|disk)\b|\bsur un disque "
        r"(?:dur )?externe\b|\bon(?:to)? an external (?:hard )?(?:drive|disk)\b)",
        1.0,
    ),
    # at the end, the data left online for a while to fetch: "the backups remain available in
    # the portal for 30 days, during which the Customer can download them", "ces exports restent
    # disponibles pendant 30 jours", "blijven de gegevens nog 60 dagen beschikbaar om te
    # downloaden" (not "the invoices remain payable", "confidentiality remains in force")
    (END_OF_AGREEMENT + r"[^.\n]{0,100}" + _LEFT_AVAILABLE + r"[^.\n]{0,100}" + _TO_FETCH, 1.0),
    (END_OF_AGREEMENT + r"[^.\n]{0,100}" + _TO_FETCH + r"[^.\n]{0,40}" + _LEFT_AVAILABLE, 1.0),
)

# Either party ending it with a notice period, in plain words: "Either of us can stop it with
# one month's notice", "unless either party terminates it by registered letter at least three
# months before the end", "kunnen jullie stoppen met een opzeg van een maand", "either of us
# can end it early if the other seriously breaches it" (not a service stopped for a moment:
# the notice period or the breach is what makes it a termination right)
ENDED_WITH_NOTICE = (
    (
        r"\b(?:terminat\w*|cancel\w*|end|ends|stop|stops) (?:it|this (?:agreement|contract|"
        r"subscription|order)|the (?:agreement|contract|subscription))\b[^.\n]{0,60}?"
        + DURATION
        + r"(?:['’]s?)? (?:notice|before|in advance|prior)\b|"
        r"\b(?:end|terminate|stop|cancel) it (?:early )?if the other (?:party )?(?:\w+ )?"
        r"breach\w*|"
        r"\b(?:stoppen|stopt|opzeggen|beëindigen)\b[^.\n]{0,30}\bmet een (?:voor)?opzeg\b",
        1.0,
    ),
)
