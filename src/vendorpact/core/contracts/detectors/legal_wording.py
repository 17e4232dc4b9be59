"""More wording of the legal items, in nl / fr / en: a liability bounded in Flemish words,
deliverables handed to the client (ip), information kept from others (confidentiality) and an
amicable step required before going to court (dispute resolution)."""

# "de aansprakelijkheid is per schadegeval begrensd tot", "vergoedt geen onrechtstreekse schade",
# "winstderving" (Flemish for "indirecte schade", "gederfde winst")
LIABILITY_BOUNDED = (
    (
        r"\baansprakelijkheid\b(?:[^.\n]|\.\d){0,120}\b(?:begrensd|geplafonneerd|"
        r"gelimiteerd)\b|\bonrechtstreekse (?:schade|verliezen)\b|\bwinstderving\b|"
        # "our total liability will never be more than the fees you paid"
        r"\bliability\b[^.\n]{0,60}\b(?:never (?:be )?(?:more|higher|exceed)|(?:be )?no more "
        r"than|not be more than|at most)\b",
        1.0,
    ),
)

# What is made for the client passes to it: "les développements spécifiques sont cédés à la
# Fédération", "het maatwerk wordt overgedragen aan de klant", "custom reports belong to the
# Customer" (not the agreement itself assigned: "le contrat peut être cédé", nor construction
# works handed over: "de werken worden overgedragen aan de opdrachtgever").
_DELIVERABLES = (
    r"(?:développements?|livrables?|créations?|programmes?|logiciels?|sources|codes?|thèmes?|"
    r"modules?|extensions?|travaux|ontwikkelingen|maatwerk\w*|deliverables|programmatuur|"
    r"broncode|resultaten|developments?|customi[sz]ations?|scripts?|reports?|"
    r"work product|source code)"
)
DELIVERABLES_PASS = (
    (
        r"\b" + _DELIVERABLES + r"\b[^.\n]{0,80}\b(?:(?:sont|est|seront|sera) (?:cédée?s?|"
        r"transférée?s?) (?:au|à la|à l')|(?:worden|wordt) (?:\w+ ){0,3}overgedragen aan "
        r"(?:de|het)|"
        r"(?:belongs?|are assigned|is assigned|vests?|are transferred|is transferred) (?:to|in) "
        r"(?:the )?(?:customer|client)\b)|"
        # the source code handed over: "de broncode van het maatwerk wordt aan de klant geleverd"
        r"\bbroncode\b[^.\n]{0,60}\b(?:geleverd|bezorgd|overhandigd|overgedragen|ter "
        r"beschikking gesteld)\b",
        1.0,
    ),
)
# What is made is the client's, in plain words: "the code is yours once paid", "de code van de
# module is na betaling van u", "le site vous appartient" (not "de module is van uw kant te
# testen": "van uw" is no owner; nor "the scripts are yours to test")
_MADE = r"(?:" + _DELIVERABLES + r"|websites?|webshops?|sites?|apps?|applications?|applicaties?)"
DELIVERABLES_YOURS = (
    (
        r"\b" + _MADE + r"\b[^.\n]{0,60}\b(?:is|are|becomes?|wordt|worden|zijn|blijft|"
        r"blijven) (?:\w+ ){0,4}?(?:yours|van u|van jou|van jullie|your property|uw eigendom|"
        r"jullie eigendom)(?![\w']| to\b)|\b" + _MADE + r"\b[^.\n]{0,60}\bvous "
        r"(?:appartien(?:t|nent|dra|dront)|revien(?:t|nent|dra|dront))\b",
        1.0,
    ),
)
# Who owns what, said as property or kept rights: "become the property of the Buyer", "remain
# Koppelwerk's property", "X keeps all rights in the platform", "the engine remains ours",
# "scripts made for the Client belong to the Client", "blijft eigendom van de leverancier",
# "conserve tous les droits sur la plateforme" (not "the risk remains ours")
OWNED_BY_A_PARTY = (
    (
        r"\b(?:becomes?|remains?|are and remain|is and remains) (?:the )?(?:sole |exclusive )?"
        r"property of\b|\b(?:becomes?|remains?) (?:[\w'’-]+ ){1,2}?property\b|\bkeeps? (?:all "
        r"|the )?(?:its )?(?:\w+ )?rights (?:in|on|to)\b|\b(?:software|platform|engine|tools?|"
        r"templates|methods|code|rights|modules?|app|product|library)\b[^.\n]{0,30}\b"
        r"(?:remains?|are|is) ours\b|\b(?:made|written|created) (?:specifically )?"
        r"for (?:the )?(?:client|customer|buyer|you)\b[^.\n]{0,20}\bbelongs? to\b|"
        r"\b(?:wordt|worden|blijft|blijven) (?:\w+ ){0,2}?(?:het )?(?:exclusieve? )?eigendom "
        r"van\b|\bbehoudt (?:alle )?(?:\w+ )?rechten op\b|\bconserve (?:tous )?(?:les |ses )?"
        r"droits (?:sur|de propriété)\b",
        1.0,
    ),
)
DELIVERABLES_YOURS_CONCRETE = r"|\byours\b|\bvan (?:u|jou|jullie)\b|\bvous appartien|\bvous revien"
DELIVERABLES_PASS_CONCRETE = (
    r"|\bcédée?s?\b|\btransférée?s?\b|\bremis au client\b|\baan de klant\b|"
    r": ?(?:de |le |la |l'|the )?(?:klant|opdrachtgever|afnemer|"
    r"client|customer|leverancier|supplier|prestataire|fournisseur|provider)\b"
)

# Information kept from others: "non-public information", "s'interdit de communiquer à des
# tiers", "will not pass it on", "houden de informatie geheim" (not "will not pass on price
# increases").
KEPT_FROM_OTHERS = (
    (
        r"\bnon-public (?:information|data)\b|\bniet[- ]openbare (?:informatie|gegevens)\b|"
        r"\binformations? non publiques?\b|\bs'interdi(?:t|sent) de (?:communiquer|divulguer|"
        r"révéler|transmettre)\b|\bnot (?:pass|hand) (?:it|them|this|such information) on\b|"
        r"\bconfidentiality (?:obligations?|terms|undertakings?|clauses?|agreements?)\b|\bnda\b|"
        r"\b(?:houden|houdt)\b[^.\n]{0,80}\bgeheim\b|\bkeeps? (?:[\w'’]+ ){0,4}secret\b|"
        r"\b(?:garder|garde|gardent|tenir|tient|tiennent) (?:\w+ )?secr[eè]te?s?\b|"
        # "zal geen informatie van de klant aan derden meedelen"
        r"\b(?:geen|niet)\b[^.\n]{0,60}\baan derden (?:mee ?delen|bekendmaken|verstrekken|"
        r"doorgeven|tonen)\b",
        1.0,
    ),
)
# "behandelen alle informatie die zij van elkaar ontvangen als vertrouwelijk"
LIABILITY_BOUNDED_CONCRETE = r"|schadegeval|begrensd|\b(?:vergoedt|vergoeden) geen\b"

TREATED_AS_CONFIDENTIAL = (
    r"|\bbehandel\w*\b[^.\n]{0,100}\bals vertrouwelijk|\btrait\w*\b[^.\n]{0,100}\bcomme "
    r"confidenti|\btreat\w*\b[^.\n]{0,100}\bas confidential|\bs'interdi"
)

# An amicable step before going to court: "vooraleer een geschil voor de rechtbank te brengen,
# leggen partijen het voor aan een overleg", "avant toute action en justice, ... une réunion de
# concertation", "... goes to the managing directors before either party goes to court" (not a
# formal notice before suing: "avant toute action en justice, le client est mis en demeure").
_BEFORE_COURT = (
    r"(?:(?:vooraleer|alvorens|voordat|vóór)\b[^.\n]{0,40}\b(?:rechtbank|rechter|gerecht)|"
    r"\bpas (?:een beroep op de rechter|naar de rechter|naar de rechtbank)|"
    r"\bavant (?:toute|d'engager une|d'intenter une|de (?:saisir|porter))\b[^.\n]{0,30}"
    r"\b(?:justice|judiciaire|contentieuse|tribunaux?|juge)|"
    r"\bbefore (?:either party |any party |a party )?(?:goes|going|resorting|bringing|starting|"
    r"commencing|initiating|taking)\b[^.\n]{0,30}\b(?:court|proceedings|litigation|legal "
    r"action))"
)
_AMICABLE = (
    r"(?:overleg|vergadering|bemiddel\w*|directie|zaakvoerders?|directeurs?|minnelijk\w*|"
    r"réunion|concertation|médiat\w*|concili\w*|amiable|direction|dirigeants?|negotiat\w*|"
    r"meeting|discuss\w*|escalat\w*|directors?|senior management|mediat\w*)"
)
AMICABLE_BEFORE_COURT = (
    (
        _BEFORE_COURT + r"[^.\n]{0,160}\b" + _AMICABLE + r"\b|"
        r"\b" + _AMICABLE + r"\b[^.\n]{0,160}" + _BEFORE_COURT,
        1.0,
    ),
)
AMICABLE_BEFORE_COURT_CONCRETE = r"|\bvooraleer\b"

# Key-value lines that name the owner: "Eigendom van maatwerk: de klant", "Propriété des
# développements : le Client", "IP in deliverables: Customer"
OWNER_KEY_VALUE = (
    (
        r"\b(?:eigendom|eigenaar|propriété|propriétaire|ownership|owner|ip|intellectual property|"
        r"intellectuele eigendom)\b[^:.\n]{0,40}: ?(?:de |het |le |la |l'|the )?(?:klant|"
        r"opdrachtgever|afnemer|client|customer|leverancier|opdrachtnemer|supplier|prestataire|"
        r"fournisseur|provider)\b",
        1.0,
    ),
)

# The court on a key-value line: "Jurisdiction: the courts of Brussels", "Bevoegde rechtbank:
# Gent", "Juridiction compétente : Namur" (not "Venue: Hotel Metropole", a meeting place)
COURT_KEY_VALUE = (
    (
        r"\b(?:jurisdiction|bevoegde rechtbank|bevoegde rechter|juridiction "
        r"compétente|tribunal compétent|tribunaux compétents) ?: ?\w",
        1.0,
    ),
)

# The court named for disputes, in its own sentence next to the law: "only the courts of Leuven
# have jurisdiction", "disputes are submitted to the District Court of Breda", "les tribunaux
# francophones de Bruxelles sont seuls compétents", "dan is de ondernemingsrechtbank Antwerpen,
# afdeling Hasselt, bevoegd" (the named court is what makes it concrete, COURT_NAMED_CONCRETE)
COURT_NAMED = (
    (
        r"\bcourts? (?:of|in|at) [^.\n]{2,40}\b(?:ha(?:ve|s)|shall have|will have) "
        r"(?:\w+ )?jurisdiction\b|\b(?:disputes?|claims?|proceedings)\b[^.\n]{0,40}\b(?:submitted|"
        r"referred|brought) (?:\w+ )?(?:to|before) the (?:\w+ ){0,2}courts?\b|"
        r"\btribunaux? (?:\w+ )?(?:de|du|d') [^.\n]{2,40}\b(?:sont|est|seront|sera) (?:seuls? )?"
        r"compétents?\b|\b(?:ondernemingsrechtbank|arbeidsrechtbank|rechtbank)\w*\b[^.\n]{0,50}"
        r"\bbevoegd\b",
        1.0,
    ),
)
# A Dutch court named without "van" / "te": "de rechtbank Oost-Brabant", "de
# ondernemingsrechtbank Gent" (not "de rechtbank is bevoegd", "de bevoegde rechtbank")
COURT_NAMED_CONCRETE = (
    r"|\b(?:\w*rechtbank|gerechtshof) (?!(?:is|zijn|wordt|worden|zal|zullen|kan|bevoegd\w*|van|"
    r"te|die|dat|in|op|voor|en|of|welke|waar)\b)[a-z][\w-]{3,}"
)

# The licence on what is delivered, said plainly: "jullie krijgen een gebruiksrecht per scherm",
# "je krijgt de auteursrechten op het ontwerp", "de licenties staan op naam van het labo", "les
# licences sont mises à la disposition du client pour la durée du contrat", "delivered under
# the publisher's licence terms"
LICENCE_SETTLED_CONCRETE = (
    r"|\b(?:krijg\w*|ontvang\w*|receives?|gets?|obtien\w*|reçoi\w*|dispose\w*) (?:\w+ ){0,3}?"
    r"(?:gebruiksrecht|gebruikslicentie|licentie|auteursrechten|(?:right|licen[cs]e) to use|"
    r"right of use|usage right|copyright|droit d'(?:utilisation|usage)|droits d'auteur|"
    r"licence d'utilisation)|\bstaan? op naam van\b|\b(?:registered )?in the name of\b|"
    r"\bau nom d[eu]\b|\bmises? à (?:la )?disposition d[eu]\b|\b(?:onder|volgens) de "
    r"licentievoorwaarden\b|\bsous (?:les )?conditions de licence\b|\bunder the (?:[\w'’]+ )?"
    r"(?:licen[cs]e terms|end[- ]user licen[cs]e)"
)

# Confidentiality promised in other words: the information treated as confidential further on
# in the sentence ("behandelen de informatie waartoe zij toegang krijgen vertrouwelijk"), kept
# secret in the first person ("houd ik geheim", "nous gardons confidentielles"), a pledge signed
# or binding the staff ("hebben een geheimhoudingsverklaring ondertekend", "ont signé un
# engagement de confidentialité", "sont liés par un engagement de confidentialité")
CONFIDENTIALITY_PLEDGED = (
    r"|\bbehandel\w*\b[^.\n]{0,80}\bvertrouwelijk\b|\bhoud (?:ik|wij|we)\b|\bhouden (?:wij|we)\b"
    r"|\bgardons\b|\b(?:hebben|heeft|have|has) (?:een |an? )?(?:geheimhoudingsverklaring|"
    r"vertrouwelijkheidsverklaring|non-disclosure (?:agreement|undertaking)|confidentiality "
    r"(?:agreement|undertaking)) (?:\w+ )?(?:ondertekend|getekend|signed)\b|\b(?:ont|a|have|has) "
    r"(?:\w+ )?(?:signé|signed) (?:un |une |an? )?(?:engagement|accord|non-disclosure|"
    r"confidentiality)\b|\b(?:liée?s?|gebonden|bound) (?:par|door|by) (?:un |une |een |an? )?"
    r"(?:engagement|verklaring|geheimhoudingsverklaring|undertaking|agreement|obligation) (?:de |"
    r"of |van )?(?:confidentialit|geheimhouding|vertrouwelijk|confidential|secret)"
)

# Licences bought, counted or priced as goods are no licence on what is delivered (legal.ip's
# wrong sense): "Firewall FortiGate 40F avec licence de sécurité 1 an", "vos licences Microsoft 365
# A3", "Alle 640 toestellen ... met een Chrome Education Upgrade-licentie per toestel",
# "licenties bestellen", "De licentieprijzen volgen de prijslijst van Microsoft", "about 40
# accounts still have a paid licence", "Your licence runs until 31 August 2027" (unless the
# sentence grants, assigns or owns something: "a non-exclusive licence to use the software")
LICENCE_AS_GOODS = (
    # (sentences of up to 600 characters: a cheap gate that skips long legal prose at once)
    r"^(?=.{0,600}$)(?!.*(?:intellect|eigendom|propriét|property|copyright|auteur|gebruiksrecht|"
    r"right to use|rights? of use|droit d'utilisation|licen[cs]e to use|licence d'utilisation|"
    r"grant|verleen|concède|concession|owner|perpetu|perpétu|eeuwigdurend|exclusi|cessible|transferable|"
    r"overdraagbaar|sublicen|source))"
    r".*(?:\b(?:microsoft|m365|office 365|windows|google|autodesk|fortinet|forti\w+|adobe|sql "
    r"server|teams rooms|salesforce|chrome|synology|veeam|sophos)\b|\b\d+ (?:[\w-]+ ){0,2}"
    r"licen[cst]|licen[cst]\w* (?:per|par) (?:toestel|user|gebruiker|device|poste|utilisateur|"
    r"werkplek|appareil)|licen[cst]\w*(?:prijzen|prijs|kosten)\b|licen[cs]e (?:prices?|fees?|"
    r"costs?|keys?)|(?:tarifs?|prix|prices?|coûts?|clés?) (?:des |of |de )licen|licenties "
    r"bestellen|(?:accounts?|comptes?|utilisateurs?|users?)\b[^.\n]{0,40}\blicen|\blicen[cs]e "
    r"(?:runs|expires)\b|renewal of (?:your|the) (?:\w+ ){0,2}licen|"
    # French price lists and letters: "Pas compris : ... les licences de votre logiciel",
    # "3. Matériel et licences", "les logiciels à déployer et leurs licences", "nos coûts
    # d'énergie et de licences", "six licences sont attribuées à des comptes inactifs"
    r"\b(?:pas|non) compris\b[^.\n]{0,120}\blicen|\bmatériel et licences\b|\bet leurs "
    r"licences\b|\bcoûts? (?:\w+ ){0,3}(?:et )?de licences\b|\blicences? (?:sont |est )?"
    r"attribuées?\b)"
)
