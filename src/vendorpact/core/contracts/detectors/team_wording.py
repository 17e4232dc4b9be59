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
