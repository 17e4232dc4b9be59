"""More wording of the exit items, in nl / fr / en: the supplier handing over to the client's
next supplier (transition), a full copy of the client's database handed over (data return)
and the source code placed with a third party or a SaaS continuity arrangement (escrow)."""

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
        r"prestataire\b|\bprestataire (?:entrant|sortant)\b|\bchangement de prestataire\b|"
        r"\b(?:customer|client)\b (?:\w+ )?(?:moves?|transfers?|switch(?:es)?|entrusts?) "
        r"(?:the |its )?(?:support|services?|maintenance|hosting|management|operation)\b"
        r"(?: of (?:the )?[\w-]+)? to (?:a |an |another )?(?:third[- ]party|new (?:supplier|"
        r"provider)|successor|other (?:supplier|provider))\b",
        1.0,
    ),
)

# A full copy handed over: "bezorgt binnen vijftien werkdagen een volledige dump van de
# databank", "lui est remis sous la forme d'une archive complète (fichiers et base de
# données)", "delivers a full export of the database".
_WHOLE = r"(?:volledige?|complete?|complète|full|entire|intégrale?)"
# (not a backup: "levert elke nacht een volledige back-up" is no return at the end)
_COPY = r"(?:dump|export|kopie|copy|copie|archive|extract(?:ion)?)"
_WHOLE_COPY = f"(?:{_WHOLE} {_COPY}|{_COPY} {_WHOLE})"
FULL_COPY_HANDED_OVER = (
    (
        r"\b(?:bezorgt|levert|overhandigt|bezorgd|geleverd|overhandigd|remis|remet|livre|livré|"
        r"transmet|transmis|fournit|fourni|delivers?|delivered|provides?|hands? over|handed "
        r"over)\b[^.\n]{0,60}\b" + _WHOLE_COPY + r"\b[^.\n]{0,60}\b(?:databank|database|"
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
)
