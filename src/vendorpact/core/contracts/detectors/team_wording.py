"""Team wording next to team.py's patterns.

What makes a knowledge transfer concrete in more wordings (team.knowledge_transfer's
`concrete`):

- documentation kept current, by its verb or with each release: "keeps the runbook
  documentation up to date in the client's SharePoint", "updates it after each intervention",
  "tient à jour ... à chaque nouvelle version", "houdt de documentatie actueel", "bijgewerkt bij
  elke release";
- time set aside for the handover or a meeting to go through it: "consacre au moins deux jours à
  un transfert de connaissances", "une réunion de clôture pour le parcourir", "a handover
  meeting";
- the documentation filed where the client keeps it: "déposés au fur et à mesure dans le GitLab
  de la Mutualité", "stored in the client's repository";
- a handover at no charge: "the handover is not invoiced", "gratuitement", "kosteloos".
"""

DOCUMENTATION_UPDATED = (
    r"|\b(?:(?:keeps?|maintains?)\b[^.\n]{0,80}\b(?:up to date|current)\b|updates? (?:it|them)\b"
    r"|(?:tient|tiennent|met|mettent) à jour\b|actueel\b|bijgewerkt\b|werkt\b[^.\n]{0,60}"
    r"\bbij\b|(?:with|after) (?:each|every) (?:new )?(?:release|version|intervention|change)"
    r"|(?:bij|na) (?:elke|iedere) (?:nieuwe )?(?:release|versie|interventie|wijziging)"
    r"|(?:à|après) chaque (?:nouvelle )?(?:version|release|intervention|livraison|mise)"
    r"|consacr\w* (?:\w+ ){0,4}(?:jours?|journées?|heures?|demi-journées?)\b|réunions?\b"
    r"|(?:handover|overdrachts|hand-over) ?(?:meeting|vergadering|gesprek|sessie)s?\b"
    r"|déposée?s? (?:\w+ ){0,5}dans (?:le|la|les|l') |(?:stored|filed|kept) in (?:the|your) "
    r"|(?:not|niet|pas) (?:invoiced|charged|billed|gefactureerd|aangerekend|facturée?s?)\b"
    r"|free of charge\b|gratuit\w*|kosteloos\b|gratis\b" + r")"
)

# The company's or its data centre's certification is no staff qualification (team.seniority's
# wrong sense): "Eventstack is ISO 27001 certified", "werkt volgens een ISO 27001-gecertificeerd
# managementsysteem", "centres de données certifiés ISO/IEC 27001", "datacenter (NEN 7510
# gecertificeerd)", cabling certified by measurement; unless people are named with it ("our
# technicians are ISO 27001 lead auditors", "des techniciens certifiés")
COMPANY_CERTIFIED = (
    r"^(?=.{0,400}$)(?!.*\b(?:technic\w*|techniek\w*|consultants?|engineers?|ingénieurs?|developers?|"
    r"ontwikkelaars?|medewerkers?|personnel|personeel|staff|employees?|collaborat\w*|experts?|"
    r"auditors?|auditeurs?|profiles?|profielen)\b).*(?:\b(?:iso|nen|iec|soc ?2|pci)\b[^.\n]{0,40}"
    r"(?:certifi|gecertificeerd)|(?:certifi\w*|gecertificeerd\w*) (?:\w+ ){0,3}?(?:iso|nen)\b|"
    r"(?:câblage|bekabeling|cabling|liens?|links?)\b[^.\n]{0,40}\b(?:certifi|gecertificeerd))"
)
# years of experience in the number words common.NUMBER_WORD leaves out ("sept ans
# d'expérience", "zeven jaar ervaring", "eleven years")
MORE_YEARS = (
    r"|\b(?:sept|neuf|onze|treize|quatorze|seize|dix-(?:sept|huit|neuf)|zeven|negen|elf|dertien|"
    r"veertien|zestien|zeventien|achttien|eleven|thirteen|fourteen|sixteen|seventeen|eighteen) "
    r"(?:years?|jaar|jaren|ans|années)\b"
)

# Years in the trade said with a verb, without the word "experience": "ik bouw al acht jaar
# web-apps", "nous développons des applications depuis douze ans", "we have been building apps
# for eight years"; the fitters' own certificate: "monteurs met een fabriekscertificaat" (not a
# system that has been running for years, nor a contract that has run two years)
YEARS_IN_THE_TRADE = (
    (
        r"\b(?:bouw|bouwen|werk|werken|doe|doen|ontwikkel|ontwikkelen|installeer|installeren|"
        r"beheer|beheren|programmeer|programmeren) (?:ik |we |wij )?al (?:meer dan |ruim |bijna |"
        r"zo'n )?(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|"
        r"twintig|dertig) jaar\b|"
        r"\b(?:développons|développe|installons|installe|travaillons|travaille|gérons|gère)\b"
        r"[^.\n]{0,40}\bdepuis (?:plus de )?(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
        r"douze|quinze|vingt|trente) ans\b|"
        r"\b(?:have|has) been (?:building|developing|installing|working|managing|supporting)\b"
        r"[^.\n]{0,40}\bfor (?:over |more than )?(?:\d+|two|three|four|five|six|seven|eight|"
        r"nine|ten|twelve|fifteen|twenty|thirty) years\b|"
        r"\b(?:monteurs|technici|techniekers|installateurs|engineers|technicians|techniciens) "
        r"(?:met|with|avec) (?:een |a |an |un |une )?\w*(?:certificaat|certificate|"
        r"certification)\b",
        1.0,
    ),
)

# A short document, sheet or overview of what was set up, handed to the client: "een kort
# document met de structuur van de sites", "een fiche met het netwerkplan, de IP-adressen en hoe
# de back-up werkt", "een overzicht met de configuratie en de beheerderswachtwoorden", "een
# beschrijving van de back-up- en herstelprocedure", "une fiche reprenant la configuration", "a
# short document with the new configuration" (not an overview of invoices or tickets)
SETUP_DOCUMENT = (
    (
        r"\b(?:document|fiche|overzicht|beschrijving|schema|récapitulatif|sheet|overview|"
        r"summary|description) (?:met|van|avec|reprenant|décrivant|with|of|describing|listing) "
        r"(?:de |het |alle |hun |jullie |uw |la |le |les |l'|the |all |your )?(?:nieuwe |new "
        r"|nouvelle )?(?:[\w-]+ (?:en |and |et )?){0,2}?(?:structuur|configuratie|instellingen|"
        r"netwerkplan|ip-adressen|wachtwoorden|beheerders\w+|\w*procedures?|structure|"
        r"configuration|paramètres|plan du réseau|adresses ip|mots de passe|settings|"
        r"network (?:plan|diagram)|ip addresses|passwords|admin accounts)\b",
        1.0,
    ),
)

# The supplier's fixed person for the client, named after "is": "Vaste technieker voor het labo
# is de heer Pieter Claes", "Vaste service-engineer is Rick Bosman", "Votre technicien attitré
# est Marc Dupont", "Your dedicated engineer is Anna Maes" (not "is niet voorzien")
_FIXED_ROLE = (
    r"(?:technieker|technicus|service-engineer|engineer|consultant|contactpersoon|aanspreekpunt|"
    r"projectleider|beheerder|technicien|interlocut(?:eur|rice)|account manager|project manager)"
)
FIXED_PERSON = (
    r"(?:\b(?:vaste|dedicated|fixed) (?:[\w-]+ )?"
    + _FIXED_ROLE
    + r"|\b"
    + _FIXED_ROLE
    + r" attitrée?)\b(?: (?:voor|for|pour)(?: [\w-]+){1,3}?)?(?: is| est| sera| will be|:) "
    r"(?!(?:niet|not|pas|geen|no|nog|yet|encore)\b)[a-zà-ÿ]"
)

# Who takes over when the supplier's person is away, in a small supplier's words: "Ben ik op
# vakantie of ziek, dan neemt Jeroen Smit het over", "als ik op vakantie ben, neemt een
# collega-freelancer de dringende problemen over", "bij vakantie of ziekte regel ik vervanging
# door een collega", "en cas de congé, Julie prend le relais", "when I'm on holiday, Tom takes
# over"; a team member replaced only with the client's consent ("leden van het projectteam worden
# enkel vervangen na goedkeuring")
_AWAY_NL = (
    r"(?:\b(?:ik|hij|zij|wij) (?:[\w-]+ ){0,3}?(?:op vakantie|ziek|afwezig)|\b(?:bij|tijdens|"
    r"in geval van) (?:mijn |zijn |haar |onze )?(?:vakantie|ziekte|afwezigheid))\b"
)
# (every alternative opens with a word of two letters or more: a single "i" would leave the
# pattern without a leading literal, a scan of the whole text)
BACKUP_WHEN_AWAY = (
    (
        _AWAY_NL + r"[^\n]{0,120}?\b(?:(?:neemt|nemen)\b[^\n]{0,120}?\bover|vervanging door)\b|"
        r"\b(?:lid|leden) van het [\w-]*team\b[^.\n]{0,60}\bvervang(?:en|t)\b|"
        r"(?:\bon (?:holiday|vacation)|\b(?:during|in case of) (?:my |his |her |our )?(?:holidays?|"
        r"vacation|illness|absence))\b[^\n]{0,80}?\btakes? over\b|"
        r"\b(?:en cas d['’e] ?|pendant (?:mes |ses |nos )?)(?:congés?|vacances|maladie|absence)\b"
        r"[^\n]{0,80}?\b(?:reprend|prend le relais|assure le relais|me remplace|le remplace|"
        r"la remplace)\b",
        1.0,
    ),
)

# A one-person supplier naming itself with its trade: "Ik ben Bas Dijkstra, zelfstandig
# IT-ondersteuner", "Je suis Julie Renard, webdesigner indépendante", "I am Tom Peeters, a
# freelance developer" (not "ik ben blij, zoals besproken")
SELF_NAMED_REGEX = (
    r"\b(?:ik ben|je suis|i am) [a-zà-ÿ'’-]+(?: [a-zà-ÿ'’-]+){1,3}, (?:een |une? |an? )?"
    r"(?:zelfstandige? |freelance |independent |self-employed )?(?:zaakvoerder|eigenaar|zzp'?er|"
    r"gérante?|owner|[\w-]*(?:ondersteuner|consultant|ontwikkelaar|technieker|webdesigner|"
    r"développeu(?:r|se)|technicien(?:ne)?|developer|engineer))\b"
)
SELF_NAMED = ((SELF_NAMED_REGEX, 1.0),)

# A written record of the set-up handed to the client (a knowledge_transfer cue): "je vous
# laisse une fiche avec les mots de passe", "vous recevez une fiche récapitulative", "on vous
# envoie une note avec les accès", "remet le plan d'implantation", "we send you a one-page sheet
# with", "u ontvangt een fiche met de wachtwoorden" (not "vous recevez une facture", "remet le
# dossier de candidature")
SET_UP_RECORD_HANDED_OVER = (
    r"\b(?:remet(?:tons|tent|s)?|laiss(?:e|ons|ent)|recev(?:ez|rez|ra|ront)|reçoi(?:t|vent)|"
    r"envo(?:ie|yons|ient)|transmet(?:tons|tra)?)\b (?:\S+ ){0,4}?"
    r"(?:un |une |le |la |les |des |notre |votre )(?:petite? |courte? )?(?:aide-mémoire|"
    r"fiches? (?:récapitulatives?|de configuration|avec)|notes? (?:avec|technique|"
    r"récapitulative)|plans? (?:de câblage|du réseau|d'implantation|des (?:caméras|prises|"
    r"bornes))|dossier (?:de votre |d'|de l')installation|schémas? du réseau)\b|"
    r"\b(?:leave|give|send|hand) you (?:a |an |the )(?:short |printed |one-page )?"
    r"(?:cheat sheet|summary sheet|sheet with|note with|quick guide)\b|"
    r"\b(?:ontvangt|krijgt|bezorgen|laten) (?:u |we |wij |jullie )?(?:\S+ ){0,3}?"
    r"(?:een |het |de )(?:fiche|overzicht|spiekbrief\w*|netwerkplan|document) met (?:de |alle )?"
    r"(?:wachtwoorden|toegangscodes|instellingen|configuratie)\b"
)

# A person named as the lead or the contact (a team.named_team cue): the writer of an offer
# ("c'est moi qui pilote le projet", "je reste votre contact", "ikzelf begeleid het project"),
# a person who is the supplier's referent or service lead ("M. Lambert, technicien, est le
# référent de la Crèche", "est la gestionnaire technique du compte", "is the service manager"),
# the project carried out by a named person ("le projet est réalisé par Julie Renard,
# développeuse principale") (not "le test est réalisé par le client")
_NAMED_ROLE = (
    r"(?:développeu(?:r|se)|consultante?|chef(?:fe)? de projet|ingénieure?|technicien(?:ne)?|"
    r"analyste|architecte|graphiste|webdesigner|intégrat(?:eur|rice))"
)
NAMED_LEAD_OR_CONTACT = (
    r"\bc'est moi qui (?:pilote|gère|coordonne|m'occupe|suis|réalise|conduis|dirige)\b|"
    r"\breste(?:ra)? votre (?:\w+ )?(?:contact|interlocut(?:eur|rice)|personne de contact)\b|"
    r"\b(?:ikzelf|ik zelf) (?:leid|coördineer|begeleid|beheer)\b|"
    r"\best (?:le|la) (?:référente?|gestionnaire technique|responsable (?:de service|technique))\b|"
    r"\bis (?:the|your) (?:technical lead|service manager|account lead)\b|"
    r"\bis (?:de|uw|jullie) (?:technisch verantwoordelijke|servicemanager|dossierbeheerder)\b|"
    r"\b(?:réalisée?|assurée?|menée?) par (?:(?:m\.|mme|monsieur|madame) [a-zà-ÿ]|"
    r"[a-zà-ÿ'-]+ [a-zà-ÿ'-]+, (?:\w+ )?" + _NAMED_ROLE + r")"
)
# the writer of a signed offer, or a name with its role, is a named person
NAMED_LEAD_CONCRETE = (
    r"|\bc'est moi qui\b|\b(?:réalisée?|assurée?|menée?) par [a-zà-ÿ'-]+ [a-zà-ÿ'-]+, (?:\w+ )?"
    + _NAMED_ROLE
)

# Each item of the work tested or checked before it is handed over (a team.quality cue): "chaque
# porte est testée avec une carte", "chaque appareil est démarré et contrôlé avant livraison",
# "les correctifs sont d'abord testés", "suit les bonnes pratiques Microsoft", "every unit is
# tested before delivery" (not an invoice checked by the client)
EACH_ITEM_TESTED = (
    r"\b(?:chaque|tous les|toutes les) (?!factures?\b|paiements?\b|commandes?\b|"
    r"demandes?\b)(?:\w+ ){1,2}?(?:est|sont) (?:\w+ ){0,3}?(?:testée?s?|contrôlée?s?|"
    r"vérifiée?s?|certifiée?s?)\b|"
    r"\bles (?:correctifs|mises à jour|développements|modifications) sont (?:d'abord |"
    r"préalablement )?(?:testée?s?|validée?s?)\b|"
    r"\b(?:suit|suivent|selon|conformément aux) (?:les )?bonnes pratiques\b|"
    r"\b(?:tested|checked) before (?:delivery|installation|handover|shipment|go-live)\b"
)
