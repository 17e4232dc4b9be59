"""The rule for rollout.data_migration: the initial data load, conversion or migration.

The data comes from the client's current, old or legacy system and goes into the new one; the
sentences say it with the verb first ("migrate the existing mailboxes from the current
environment") or last ("wordt vanuit het oude platform ingeladen", "sont migrés depuis
l'ancienne GED"), with the data as a noun ("reprise des archives", "gegevensovername") or as the
object of a supplier's verb ("reprend l'historique des ventes de l'ancien logiciel"). Data given
back at the end of the contract is data return, not migration.
"""

from vendorpact.core.contracts.detectors.common import CALENDAR_DATE, DURATION, MONTH_NAME
from vendorpact.core.contracts.detectors.engine import Rule
from vendorpact.core.contracts.detectors.rollout_wording import DATA_MOVED_OVER

# The data moved over as a task on a price list or in an offer: "overzetten van jullie bestanden
# en mails van de oude pc", "reprise de vos rendez-vous", "transfer of your files and e-mails"
# (not a recurring export: "het overzetten van de gegevens gebeurt elke nacht", nor personal
# data sent abroad: "transfer of your data outside the EU", "transfert de vos données hors UE")
_MOVED_DATA = (
    r"(?:gegevens|bestanden|data|mails|e-mails|mailboxen|afspraken|agenda'?s?|contacten|"
    r"klanten\w*|documenten|historiek|données|fichiers|rendez-vous|contacts|dossiers)"
)
# (in English and in a French "transfert" only the client's own files: "transfer of data" is
# often a GDPR or a network sense)
MOVED_OVER = (
    r"\b(?:overzetten|overzetting|overbrengen|reprise) (?:van|de|des) (?:de |het |uw |jullie |"
    r"je |vos |tous vos |l'|les )?(?:\w+ ){0,2}?" + _MOVED_DATA + r"\b|"
    r"\btransfert de (?:vos|tous vos) (?:\w+ )?(?:fichiers|mails|e-mails|rendez-vous|contacts|"
    r"dossiers)\b|\b(?:transfer|moving|migration) of (?:all )?your (?:\w+ ){0,2}?(?:files|"
    r"e-?mails|mailboxes|appointments|contacts)\b"
)
MOVED_OVER = (
    r"(?:"
    + MOVED_OVER
    + r")(?![^.\n]{0,60}\b(?:elke|iedere|dagelijks|wekelijks|maandelijks|chaque|quotidien\w*|"
    r"every|daily|nightly|weekly|third|derden?|tiers|outside|buiten|hors|abroad)\b)"
)

# The client's records loaded once into the new system, named by what they are: "import
# medewerkers en badgenummers", "importeert de bestaande klanten", "inlezen van het
# ledenbestand", "import of your learners from a CSV file", "importe le répertoire", "loads 24
# months of historical consumption data" (not goods imported, nor a recurring feed: the rule's
# exclusions)
_RECORDS = (
    r"(?:\w*bestand(?:en)?|medewerkers|werknemers|klanten|leden|gebruikers|voertuigen|"
    r"chauffeurs|contacten|artikelen|producten|dossiers|historiek|leerhistoriek|\w*gegevens|"
    r"learners|users|employees|staff|members|customers|contacts|vehicles|drivers|history|"
    r"records|tickets|products|articles|catalogue|répertoire|historique|utilisateurs|clients|"
    r"membres|salariés|véhicules|articles|produits|fiches|dossiers|fichiers?|"
    # accounts, subscribers, passwords and candidates: "importe les abonnés", "import of your
    # existing passwords", "import bestaande kandidatendatabank", "de cliëntadressen"
    r"comptes|abonnés|lecteurs|accounts|subscribers|passwords|mots de passe|wachtwoorden|"
    r"kandidaten|candidats|candidates|\w*databank|\w*adressen|klantkaarten|klantenkaarten|"
    r"patiënten|patients|leerlingen|élèves|pupils|students|"
    # bookings, address books and course modules: "reprise des réservations déjà confirmées",
    # "reprenons les carnets d'adresses", "import de vos 12 modules SCORM"
    r"réservations|reservations|bookings|reserveringen|boekingen|carnets d'adresses|"
    r"address books|adresboeken|modules|"
    # an accounting file and named lists: "import de votre plan comptable", "importeert de
    # cliëntenlijst", "de openingsbalans", "relaties" (the Dutch word for business contacts)
    r"plan comptable|rekeningschema|chart of accounts|soldes d'ouverture|openingsbalans|"
    r"opening balances|(?:klanten|cliënten|leden|leveranciers|gebruikers|adres|contact|"
    r"deelnemers|patiënten|medewerkers)lijst(?:en)?|relaties)"
)
_ARTICLE = (
    r"(?:de |het |alle |jullie |uw |je |all |the |your |its |their |le |la |les |ces |vos |ses |"
    r"leurs )?"
)
_ONCE = (
    r"(?![^.\n]{0,80}\b(?:elke|iedere|dagelijks|wekelijks|maandelijks|chaque|quotidien\w*|"
    r"hebdomadaire\w*|every|daily|nightly|weekly)\b)"
)
RECORDS_IMPORTED = (
    # the noun, on a price line or with its object: "import medewerkers", "import of your ..."
    r"\bimport(?:ation)? (?:(?:van|of|de|d'|du|des|uit) "
    + _ARTICLE
    + r"(?:[\w'’-]+ ){0,3}?(?:d')?)?(?:bestaande |existing |huidige |current )?"
    + _RECORDS
    + r"\b|"
    # the supplier's verb: "importeert vóór de test de 1.150 bestaande klanten"
    r"\b(?:importeert|inlezen van|inladen van|imports|importe|importera|importons|importent|"
    r"(?:we|i|will|shall) import|(?:wij|we|ik) importeren|importeren (?:we|wij|ik)|"
    r"laden (?:we|wij|ik) "
    r"(?:eenmalig|eerst|vooraf))\b "
    r"(?:[\w'’.,-]+ ){0,8}?(?:d')?" + _RECORDS + r"\b|"
    r"\bloads? (?:the |its |their |your )?\d+ (?:months|years) of (?:historical )?"
    r"(?:[\w-]+ )?(?:data|records|history)\b|"
    # "Rijwijs loads the vehicle and driver data", "we load it into Chrono+"
    r"\bloads? (?:the |its |their |your )?(?:[\w-]+ (?:and )?){0,3}data\b|\bload it into\b|"
    # the migration of what the client has: "migratie van de bestaande servers", "migration
    # de la base SQL", "migratie van de leerhistorie" (not an upgrade: "migration to version 9")
    r"\b(?:migratie|migration) (?:van|of|de|des|du) (?:de |het |la |le |les |l'|vos |uw |jullie |"
    r"the |your |all |its )?(?:bestaande |existing |huidige |current |actuels? )?(?:[\w-]+ )?"
    r"(?:servers?|serveurs?|base|bases|database|databank|\w*historie|historiek|historique|"
    r"history|mailbox\w*|boîtes|site|website|documents?|dossiers|bestanden|fichiers|files|"
    r"records|accounts|comptes)\b|"
    # the records taken over by the noun: "Reprise des 3.200 dossiers d'images de l'ancien
    # PC", "het overzetten van klantkaarten" (not "la reprise des travaux")
    # (once, not a nightly feed: "het overzetten van de gegevens gebeurt elke nacht")
    r"\breprise (?:dans (?:\S+ ){1,4}?)?(?:des|de vos|du|de la|de l') (?:[\w.'’-]+ ){0,3}?"
    + _RECORDS
    + r"\b"
    + _ONCE
    + "|"
    # the supplier taking the records over: "nous reprenons les carnets d'adresses"
    r"\brepren(?:ons|d|dra|drons|nent) (?:les |vos |l'|la |le )?(?:[\w'’-]+ ){0,2}?"
    + _RECORDS
    + r"\b"
    + _ONCE
    + "|"
    # moved from the old system: "transfert des cas en cours depuis l'ancien poste", "import
    # of the tickets from your current tool", "overzetten van de mails uit de oude pc"
    r"\b(?:transfert|reprise|import) (?:\S+ ){1,10}?depuis (?:l'ancien(?:ne)?|votre ancien(?:ne)?|"
    r"vos anciens|le serveur actuel|l'hébergeur actuel|votre (?:logiciel|système) actuel)\b|"
    r"\b(?:transfer|import|migration) (?:\S+ ){1,8}?from (?:the|your) (?:old|current|previous)"
    r" (?:system|tool|software|pc|computer|server|platform|provider)\b|"
    r"\b(?:overzetten|overdracht|import) (?:\S+ ){1,8}?(?:van|uit) (?:de|het|uw|jullie) "
    r"(?:oude|huidige|vorige) (?:pc|computer|server|systeem|software|pakket|platform)\b|"
    # "migre gratuitement un site depuis un autre hébergeur"
    r"\bmigr(?:e|ons|era|ent) (?:gratuitement |sans frais )?(?:un |le |les |vos |votre |l'|la )?"
    r"(?:[\w-]+ )?(?:sites?|serveurs?|données|boîtes|bases?|comptes|mails|e-mails)\b|"
    r"\boverzetten van (?:de |het |alle |jullie |uw |je )?(?:[\w-]+ ){0,2}?"
    + _RECORDS
    + r"\b"
    + _ONCE
    + "|"
    # "transfère depuis l'hébergeur actuel du Client : le site web"
    r"\btransf[èée]r\w* depuis (?:l'|le |la )?(?:hébergeur|fournisseur|prestataire|système|"
    r"serveur|logiciel) (?:actuel|existant|précédent)"
)

# More that settles the migration: when it happens ("van 11 tot en met 15 januari 2027", "in
# sprint 4", "in het livegangweekend"), how the result is checked or rehearsed ("checksum",
# "reconciliation report with row counts", "telverslag", "proefconversie", "test migration") or
# the volume in other words ("approx. 1,4 million documents", "les 180 pages")
MIGRATION_SETTLED_MORE = (
    r"|" + CALENDAR_DATE + r"|\b(?:in|during) (?:de |het |la |le )?(?:sprint|fase|phase) \d|"
    r"\blivegang\w*|\bgo-live (?:weekend|day|date)\b|\bweek-end de (?:mise en production|"
    r"basculement)\b|\bchecksums?\b|\breconcil\w*|\btelverslag\b|\brow counts?\b|"
    r"\bproef(?:conversie|migratie)\b|\btestmigratie\b|\btest migration\b|\bmigration (?:à "
    r"blanc|de test)\b|\bapprox\. \d|\b\d[\d.,]* (?:pages|actualités|mailbox(?:es|en)|"
    r"producten|produits|products|contacten|klanten|customers)\b"
)

DATA_MIGRATION = Rule(
    id="rollout.data_migration",
    cues=(
        (MOVED_OVER, 1.0),
        (RECORDS_IMPORTED, 1.0),
        *DATA_MOVED_OVER,
        (
            r"data (?:migration|conversion|load|import)|migrat(?:e|ion) of (?:the )?(?:data|"
            r"existing)|conversion services|initial (?:data )?load|import files|"
            r"migrat\w* (?:the )?(?:existing|legacy|current|historical)|"
            r"legacy (?:data|(?:[\w-]+ )?(?:system|pms|crm|erp|application|software|"
            r"platform|database|environment|package))s?\b[^.\n]{0,60}(?:load|migrat|convert|"
            r"import|extract|carried over|"
            r"transferr)|data cleansing|"
            # "migrate the Customer's mailboxes from the current environment"
            r"\bmigrat\w*\b[^.\n]{0,80}\bfrom (?:the |its |their |your )?(?:current|"
            r"existing|legacy|old|previous|on-premises)|"
            # "we transfer each user's local files from the old laptop to the new one"
            r"\b(?:transfer|mov|cop(?:y|ie))\w*\b[^.\n]{0,60}\b(?:data|files|mailbox(?:es)?|"
            r"documents|records|profiles|e-?mails)\b[^.\n]{0,60}\bfrom (?:the |its |their |"
            r"your |each )?(?:current|existing|legacy|old|previous|on-premises)\b|"
            # "the existing customer records are imported from the current CRM"
            r"\b(?:data|records|files|mailboxes|documents|profiles)\b[^.\n]{0,60}\b(?:are |is "
            r"|will be |shall be )?(?:imported|migrated|transferred|converted|loaded|copied|"
            r"moved|carried over|ported) (?:from|out of) (?:the |its |their |your )?"
            r"(?:current|existing|legacy|old|previous|on-premises)\b|"
            # from the client's own system into the new one: "load the master data from the
            # Customer's warehouse management system into the Platform"
            r"\b(?:load|import|migrat|transfer|convert|copy|carry)\w*\b[^.\n]{0,80}\bfrom (?:the "
            r")?(?:customer|client)['’]s (?:[\w-]+ ){0,4}?(?:system|database|application|"
            r"software|erp|crm|wms|platform|environment)\b[^.\n]{0,40}\binto\b",
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
            r"overgebracht|gekopieerd|overzetten|overbrengen|kopiëren|gemigreerd|"
            r"geïmporteerd|ingeladen|over naar|naar (?:het|de) nieuwe)",
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
            r"(?:ancien|actuel|existant)|"
            # "les données historiques sont reprises depuis l'ancien logiciel"
            r"(?:données|fichiers|historiques?)\b[^.\n]{0,60}\b(?:repris|transférés|"
            r"migrés|importés|récupérés|convertis)e?s? (?:depuis|de|à partir|du|des)\b",
            1.0,
        ),
        (
            # loaded from the old system, the verb last: "wordt vanuit de huidige
            # Excel-lijsten en het oude platform ingeladen"; "sont migrés depuis l'ancienne
            # GED", "le prestataire migre les actes depuis l'ancien logiciel"
            r"\b(?:vanuit|uit) (?:de |het |een |ons |uw )?(?:huidige|oude|bestaande|vorige) "
            r"(?:[\w-]+ )?[\w-]*(?:systeem|pakket|platform|software|toepassing|applicatie|"
            r"intranet|lms|crm|erp|database|databank|omgeving|lijsten|bestand(?:en)?|programma)"
            r"\b[^.\n]{0,80}\b(?:ingeladen|ingelezen|overgezet|overgebracht|gemigreerd|"
            r"geïmporteerd|geconverteerd|overgenomen)\b|"
            r"\b(?:migrée?s?|reprise?s?|transférée?s?|importée?s?|convertie?s?|récupérée?s?|"
            r"migre|migrera|migrent) [^.\n]{0,60}\bdepuis (?:l'|les |le |la )?(?:ancien|"
            r"actuel|existant|précédent)",
            1.0,
        ),
        (
            # existing data moved by the supplier, the noun first or after the verb:
            # "bestaande klantgegevens worden overgezet", "we zetten de bestaande mailboxen
            # over", "load your existing product catalogue", "existing content will be moved
            # to the new website", "reprend l'historique des ventes de l'ancien logiciel"
            r"\b(?:bestaande|huidige|oude|historische) (?:[\w-]+ )?(?:\w*gegevens|\w*data|"
            r"mailboxen|bestanden|documenten|dossiers|historiek)\b[^.\n]{0,60}\b(?:overgezet|"
            r"overgebracht|gemigreerd|geïmporteerd|ingeladen|ingelezen|geconverteerd)\b|"
            r"\b(?:zet|zetten|brengt|brengen)\b (?:ik |we |wij )?(?:de |alle |uw |jullie |je )?"
            r"(?:bestaande|huidige|oude) (?:[\w-]+ )?(?:\w*gegevens|\w*data|mailboxen|bestanden|"
            r"documenten|dossiers|historiek|e-?mails|\w*lijst(?:en)?|\w*bestand)\b[^.]{0,100}?"
            r"\bover\b(?! (?:de|het|een|hun|jullie|uw|je|wat|hoe)\b)|"
            r"\b(?:load|import|migrat|transfer|convert)\w* (?:all |the |your |its |their )?"
            r"(?:existing|current|legacy|historical|old) (?:[\w-]+ ){0,2}?(?:data|records|"
            r"catalog(?:ue)?|content|products|files|mailboxes|documents|articles|history)\b|"
            r"\b(?:existing|current|legacy|historical) (?:[\w-]+ )?(?:data|records|"
            r"catalog(?:ue)?|content|files|mailboxes|documents)\b[^.\n]{0,40}\b(?:will be |is |"
            r"are |shall be )?(?:moved|migrated|imported|loaded|transferred|converted|"
            r"carried over) (?:to|into)\b|"
            # "historical orders ... are imported before go-live", "les données de l'ancien
            # ERP sont importées"
            r"\b(?:historical|existing|legacy) (?:[\w-]+ )?(?:data|records|orders|invoices|"
            r"articles|products|transactions|tickets|content|documents|files)\b[^.\n]{0,60}"
            r"\b(?:are|is|will be|shall be) (?:imported|migrated|loaded|converted|carried over|"
            r"transferred)\b|"
            r"\b(?:données|fichiers|historiques?|archives)\b (?:de l'|du |des |de la |de "
            r"notre |de votre )(?:ancien|actuel|précédent|existant)\w*\b[^.\n]{0,60}\b(?:sont|"
            r"seront) (?:importée?s|migrée?s|reprise?s|converti(?:e?s)|transférée?s|"
            r"chargée?s)\b|"
            r"\b(?:reprend|reprendra|importe|importera|migre|migrera|transfère|transférera|"
            r"récupère|récupérera) (?:l'|les |le |la |vos |ses )?(?:historique|données|"
            r"fichiers?|archives|articles|fiches|catalogue|documents)\b[^.\n]{0,60}"
            r"(?:de l'|du |des |depuis (?:l'|le |la |les )?)(?:ancien|actuel|existant|"
            r"précédent)",
            1.0,
        ),
        (
            # a conversion of the existing database: "conversion of the existing member
            # database", "omzetting van de bestaande ledendatabank", "conversion de la base de
            # membres existante"
            r"\bconver(?:sion|ts?|ted|ting) (?:of )?(?:the |your |all |its )?(?:existing|current|"
            r"legacy|old|historical) (?:[\w-]+ ){0,2}(?:data(?:base)?|records|files|databases?)\b|"
            r"\bomzetting van (?:de |het |alle )?(?:bestaande|huidige|oude) (?:[\w-]+ )?"
            r"\w*(?:databank|database|gegevens|bestand(?:en)?|data)\b|"
            r"\bconversion (?:de la |des |du |de l')(?:base|données|fichiers?)\b[^.\n]{0,40}"
            r"\b(?:existante?s?|actuel\w*|ancien\w*)",
            1.0,
        ),
        (
            # taking over the data of the previous system: "gegevensovername", "de
            # leverancier neemt de gegevens over uit het vorige pakket"
            r"\b(?:gegevens|data)overname\b|\bovername van (?:de |alle )?(?:gegevens|data|"
            r"historiek)\b|\bne(?:emt|men) (?:de |alle )?(?:bestaande )?(?:gegevens|data|"
            r"historiek)\b[^.\n]{0,20}\bover\b",
            1.0,
        ),
        (
            # "reprise des archives numérisées", "reprise du fichier clients de l'ancien
            # logiciel": the French for taking over existing data (not "reprise des
            # prestations", a resumption)
            r"\breprises? (?:des|du|de l'|de la|de vos|de leurs?|de ses) (?:\w+ )?(?:données|"
            r"archives|fichiers?|historiques?|dossiers|documents|encours|soldes)\b",
            1.0,
        ),
        (
            # the migration of a named store of data: "een proefmigratie van de database",
            # "la migration de votre serveur memoQ actuel", "la migration d'un site WordPress",
            # "migration of the mailboxes"; the supplier converting the data handed over:
            # "converteert de aangeleverde gegevens" (not a migration of prices or of a contract)
            r"\b(?:proefmigratie|testmigratie|definitieve migratie|volledige migratie|migratie) "
            r"(?:uit )?van (?:de|het|alle|uw|jullie) (?:[\w-]+ )?(?:database|databank|gegevens|"
            r"bestanden|documenten|mailboxen|archieven|server|website|site|dossiers)\b|"
            r"\bmigration (?:d'une?|de (?:votre|vos|la|l'|ses|leurs?)|des) (?:[\w-]+ ){0,2}?"
            r"(?:sites?|serveurs?|server|base|bases|données|fichiers|messageries?|boîtes?|"
            r"documents|archives|mémoires|comptes|dossiers)\b|"
            r"\bmigration of (?:the|your|its|all) (?:[\w-]+ ){0,2}?(?:database|server|site|"
            r"website|mailboxes|files|documents|archives|accounts|records)\b|"
            r"\bconverte(?:ert|ren) (?:de|alle) (?:[\w-]+ )?(?:gegevens|data|bestanden)\b",
            1.0,
        ),
        (
            # the client's site, shop or mail moved over to the new host, or its existing
            # content taken over: "verhuist de webshop vanaf de huidige hostingpartij", "we
            # nemen de bestaande pagina's van jullie huidige site over", "déménagement de votre
            # site", "nous reprenons les pages existantes" (not "de verhuis van jullie kantoor",
            # "we nemen de bestaande contracten over")
            r"\b(?:verhui(?:s|st|zen|zing)|déménag\w*)\b (?:(?:\w+ ){0,2}?|van |de |du )"
            r"(?:de |het |jullie |uw |je |alle |votre |vos |le |la |les )?(?:huidige |bestaande )?"
            r"(?:webshop|website|websites|site|sites|mailboxen|mailbox|boutique|messagerie|"
            r"boîtes mail)\b|"
            r"\b(?:ne(?:emt|men|em)|reprenons|reprend|reprendra) (?:we |wij |ik )?(?:de |alle |"
            r"jullie |uw |je |les |vos )?(?:bestaande |huidige )?(?:[\w'’-]+ ){0,3}?(?:pagina's|"
            r"teksten|blogberichten|blogartikels|artikels|nieuwsberichten|foto's|afbeeldingen|"
            r"producten|pages|articles|actualités)\b[^.\n]{0,60}\b(?:over|existante?s|actuel\w*)\b",
            1.0,
        ),
    ),
    concrete=DURATION + r"|shall (?:migrate|convert|bear)|format|verantwoordelijk|responsable|"
    r"inbegrepen|included|inclus|compris|\bau nouveau\b|à la nouvelle|gratuitement|sans frais|"
    r"\bde vos (?:\w+ )?actuel(?:le)?s\b|\bun autre hébergeur\b|"
    # the volume: "12,000 records", "12.000 fiches"
    r"\d[\d.,]* (?:records|fiches|dossiers|documents|articles|items|files|contacts|users|"
    r"utilisateurs|klanten|leden|gebruikers|members|customers|clients|employees|medewerkers|"
    r"vehicles|voertuigen|véhicules)\b|"
    # the previous supplier or an export the data come from
    r"\b(?:previous|former|vorige|ancien) (?:provider|supplier|leverancier|prestataire|"
    r"fournisseur|hébergeur)\b|\b(?:uit|from|depuis) (?:de |het |the |l')?[\w-]*export\b|"
    # where the data goes: "overgezet naar het nieuwe CRM", "moved to the new website"
    r"\bnaar (?:het |de )?nieuwe\b|\bover naar\b|\b(?:to|into) (?:the|your) new\b|\binto "
    r"(?:the|your)\b|\b(?:vers|dans) (?:le |la |l')?nouv|"
    # the volume taken over: "about 4,000 items", "environ 240.000 actes"
    r"\b(?:about|approximately|around|some|circa|ongeveer|environ|ca\.) \d|"
    # the old system the data comes from, or a priced line for the take-over
    r"(?:de l'|du |des |de la )(?:ancien|précédent|actuel)|€|\beur\b|\bforfait\b|"
    # the source the data comes from: "from the current environment", "à partir des fichiers"
    r"\bfrom (?:the |its |their |your )?(?:current|existing|legacy|old|previous|on-premises)|"
    r"à partir (?:des|de|du)|vanuit|\b(?:excel|csv)\b|"
    # when it takes place: "in maart 2027", "le week-end du 24/04", "het migratieweekend"
    r"\b" + MONTH_NAME + r" \d{4}\b|\bweek-?ends?\b|\bweekend\b|"
    r"\b(?:hébergeur|fournisseur|prestataire) (?:actuel|existant|précédent)\b|"
    r"\b(?:van|uit|vanaf) (?:de |het |je |jullie |uw )?(?:oude|huidige|bestaande|vorige)\b|"
    r"\b(?:site|logiciel|système|hébergeur) actuel\b|depuis (?:l'|les |le |"
    r"la )?(?:ancien|actuel|existant)" + MIGRATION_SETTLED_MORE,
    # data given back at the end of the contract is data return, not migration
    # a recurring interface feed is integration, not the initial load
    exclude=r"\b(?:every (?:night|day|hour)|nightly|daily|hourly|real[- ]time|each night)\b|"
    r"\bback to (?:the )?(?:customer|client)|at the end of (?:the |this )?(?:agreement|"
    r"contract|term)|upon (?:the )?(?:termination|expiry)|bij (?:het )?einde van|à la fin du "
    r"contrat|terugbezorg|restitu",
)
