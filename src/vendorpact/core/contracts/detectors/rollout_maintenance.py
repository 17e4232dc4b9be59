"""Rules for rollout (deployment, migration, acceptance, warranty, user support) and maintenance
(services, customer knowledge, updates); the service level rules are in service_levels.py."""

from vendorpact.core.contracts.detectors import rollout_wording
from vendorpact.core.contracts.detectors.client_knowledge_wording import (
    CONTACT_STAYS_CONCRETE,
    CONTACT_WHO_STAYS,
    ENVIRONMENT_DOCUMENTED,
)
from vendorpact.core.contracts.detectors.common import CALENDAR_DATE, CLIENT, DURATION
from vendorpact.core.contracts.detectors.contact_wording import (
    KNOWLEDGE_KEPT,
    NAMED_CONTACT_CONCRETE,
)
from vendorpact.core.contracts.detectors.contacts import contact_weights
from vendorpact.core.contracts.detectors.engine import Rule
from vendorpact.core.contracts.detectors.informal_wording import (
    PERIODIC_CHECK,
)
from vendorpact.core.contracts.detectors.maintenance_updates import UPDATES_RULE
from vendorpact.core.contracts.detectors.maintenance_wording import (
    ASSIGNED_PERSON_AND_RECORD,
    CLIENT_FILE_KEPT,
    SERVICES_PLAIN,
    USER_SUPPORT_MEASURED,
)
from vendorpact.core.contracts.detectors.rollout_migration import DATA_MIGRATION
from vendorpact.core.contracts.detectors.service_levels import SERVICE_LEVEL_RULES
from vendorpact.core.contracts.detectors.warranty import WARRANTY

RULES = [
    Rule(
        id="rollout.deployment",
        cues=(
            *rollout_wording.SET_UP_FOR_YOU,
            (
                r"\b(?:installation|deployment|go-live|go live|roll-?out|implementation) "
                r"(?:services?|date|plan|activities|support)|\binstall(?:ed|ation)?\b|\bdeploy|"
                r"\bgo[- ]live\b|\bcut-?over\b|"
                # "the laptops are delivered and set up at the users' desks"
                r"\b(?:delivered|installed|configured),? and (?:set up|configured|installed|"
                r"connected)\b|\bset up at (?:the |each )?(?:users?'?s?|desks?|workplaces?|site)",
                1.0,
            ),
            (
                # a roll-out to sites or users; devices placed and connected: "roll-out to the 6
                # branches", "worden geplaatst en aangesloten", "livrés, configurés et raccordés"
                r"\broll-?out (?:to|in|across)\b|"
                r"\b(?:geleverd|geplaatst|geïnstalleerd|geconfigureerd) en (?:geplaatst|"
                r"aangesloten|geconfigureerd|geïnstalleerd|ingesteld)\b|"
                r"\b(?:livrée?s?|installée?s?|configurée?s?) et (?:configurée?s?|"
                r"installée?s?|"
                r"raccordée?s?|paramétrée?s?)\b",
                1.0,
            ),
            (
                r"installatie|ingebruikname|ingebruikneming|in productie (?:name|stellen)|uitrol|"
                r"implementatie|livegang|\baflevering",
                1.0,
            ),
            (
                r"\binstallation|mise en (?:production|service|œuvre|place|ligne)|déploiement|"
                r"installer|démarrage[^.\n]{0,40}en production",
                1.0,
            ),
            (
                r"(?:made|be) (?:available|accessible)[^.\n]{0,20}(?:internet|web|online)|"
                r"fully operational",
                1.0,
            ),
            (r"\blaunch", 0.6),
            (
                # the system goes live or is taken into use: "goes live on", "gaat live op",
                # "livezetting", "in gebruik genomen", "de overschakeling naar het nieuwe
                # systeem", "la bascule vers la nouvelle plateforme", "switch-over"
                r"\b(?:goes|going|went) live\b|\bswitch-?over\b|\b(?:put|taken|placed) into "
                r"(?:production|service|operation|use)\b|"
                r"\bgaat live\b|\blive(?:zetting|gang)\b|\blive (?:gaan|gezet|zetten)\b|"
                r"\bin gebruik (?:genomen|nemen)\b|\bin productie (?:genomen|gezet|gaat)\b|"
                r"\b(?:over|om)schakeling (?:naar|op) (?:het |de |een )?(?:nieuwe?|\w+platform|"
                r"\w+systeem|\w+pakket|\w+omgeving)\b|"
                r"\b(?:bascule|basculement) (?:vers|sur) (?:le |la |l'|les |notre |votre )?"
                r"(?:nouve\w+|plateforme|solution|logiciel|système|application|environnement)\b|"
                r"\bmise en exploitation\b|\bpassage en production\b",
                1.0,
            ),
        ),
        concrete=DURATION + r"|" + CALENDAR_DATE + r"|date|shall (?:install|deploy)|"
        r"will (?:install|deploy)|consent|approved|acceptance|datum|op locatie|sur site|"
        # a week, a quarter or a year: "go-live in week 12 of 2027"
        r"\b(?:week|semaine) \d{1,2}\b|\bq[1-4]\b|\b20\d\d\b|batch|lots?\b|fases?\b|phases?\b|"
        # who installs, in the present tense, and when: "de leverancier installeert",
        # "le prestataire installe", "the Supplier deploys", "outside office hours"
        r"\b(?:installeert|installe|installent|installs|deploys|déploie|déploient)\b|"
        r"\b(?:buiten (?:de )?kantooruren|outside (?:office|business) hours|en dehors des heures "
        r"(?:de bureau|ouvrables))\b",
        # "available to internet users 24 hours a day" is availability, not a go-live
        exclude=r"install(?:ed)? base|installment|hours (?:a|per) day|24/7|24x7|24 ?x ?7|"
        r"\buptime\b|(?:7|seven) days (?:a|per) week|7j/7|24h/24|24/24|7/7|"
        # the client's set-up as what the desk knows: "que chaque technicien connaisse votre
        # installation", "een technieker die uw installatie kent"
        r"\bconna[iî]\w* (?:votre|son|leur|l') installation|\b(?:uw|de|zijn|haar) installatie "
        r"(?:\w+ ){0,2}(?:kent|kennen)\b",
    ),
    DATA_MIGRATION,
    Rule(
        id="rollout.acceptance",
        cues=(
            (
                r"acceptance (?:test|testing|procedure|criteria|period|certificate)s?|"
                r"deemed accepted|accepts? (?:and approves|the (?:deliverable|application|"
                r"software|system))|user acceptance|\buat\b|sign(?:ed|s)?[- ]off|"
                # (not the acceptance of the offer or of terms)
                r"acceptance of the(?! (?:offer|quot|proposal|order|terms|agreement|general))|"
                r"(?:otherwise|failing which)[^.\n]{0,60}(?:deemed )?accepted|"
                # "a laptop is accepted when the checklist is signed or when no issue is reported"
                r"\baccepted (?:when|if|once|upon|after|as soon as)\b",
                1.0,
            ),
            (
                r"acceptatie(?:test|procedure|criteria|termijn)?|accepteert|"
                r"aanvaarding(?! van (?:de|deze|onze|uw) (?:offerte|bestelling|opdracht|"
                r"overeenkomst|voorwaarden|algemene))|"
                r"(?:opleverings|gebruikers|aanvaardings)test|goedkeuring van de oplevering|"
                r"(?:als|voor) (?:aanvaard|goedgekeurd) (?:beschouwd|geacht)|"
                r"beschouwd als aanvaard|"
                r"geacht (?:te zijn )?aanvaard|"
                # "zonder opmerkingen geldt de oplevering als aanvaard"
                r"(?:geldt|gelden|wordt|worden)\b[^.\n]{0,40}\bals (?:aanvaard|goedgekeurd)\b",
                1.0,
            ),
            (
                r"recette|procès-verbal de (?:réception|recette)|réception (?:provisoire|"
                r"définitive)|"
                r"réputée?s? (?:acceptée?s?|reçue?s?|validée?s?|approuvée?s?|agréée?s?)|"
                r"considérée?s? comme (?:acceptée?s?|reçue?s?|validée?s?)|"
                r"(?:client|utilisateur) valide|phase de tests?|"
                # a signature or an approval that counts as acceptance: "le rapport signé vaut
                # réception", "haar akkoord geldt als oplevering", "your e-mail counts as
                # acceptance" (not the offer or terms accepted: "vaut acceptation des conditions")
                r"\bvaut (?:réception|recette|acceptation)\b(?! d(?:e|es|u)\b)|"
                r"\bgeldt als (?:\w+ )?oplevering\b|\b(?:counts|serves) as acceptance\b(?! of)|"
                # a period for the client to check a test version: "jullie hebben 5 werkdagen om
                # ze na te kijken", "you have 5 working days to test it", "vous avez une
                # semaine pour tester le site"
                # (what is checked is the work: not an invoice, a request or an offer)
                r"\b(?:werkdagen|dagen|week|weken) (?:de tijd )?om (?!(?:\w+ ){0,3}?(?:factu|"
                r"offerte|bestel|verzoek|aanvraag))(?:\w+ ){0,3}?(?:na te kijken|te testen|te "
                r"controleren|goed te keuren)\b|"
                r"\b(?:working days|business days|days|weeks?|jours ouvrables|jours|semaines?) "
                r"(?:to|pour) (?:test|review|check|approve|tester|vérifier|valider|contrôler) "
                r"(?:the |it\b|them\b|le |la |les |l'|votre |vos |your )?(?:[\w-]+ )?(?:test\w*|"
                r"site|website|application|software|logiciel|deliverables?|livrables?|versions?|"
                r"draft|mock-?up|maquette|system|système|app|plateforme|platform)\b",
                1.0,
            ),
            (
                # Belgian public contracts: "proces-verbaal van voorlopige oplevering", "de
                # definitieve oplevering" (the Dutch of "réception provisoire/définitive")
                r"\bproces-verbaal van (?:de )?(?:voorlopige |definitieve )?oplevering\b|"
                r"\b(?:voorlopige|definitieve) oplevering\b",
                1.0,
            ),
            *rollout_wording.ACCEPTED_ON_A_REPORT,
            *rollout_wording.OK_OR_FINDINGS,
            *rollout_wording.CLIENT_CHECKS_DELIVERY,
            *rollout_wording.CLIENT_TESTS_BEFORE_GO_LIVE,
            (
                # approval or rejection of what is delivered: "deemed approved", "goedgekeurd of
                # afgekeurd", "validé ou refusé", the delivery document signed off ("het
                # opleveringsdocument wordt afgetekend")
                r"\bdeemed (?:to have been )?(?:approved|validated)\b|\b(?:approved|accepted) or "
                r"rejected\b|\b(?:goedgekeurd|aanvaard) (?:of|dan wel) (?:afgekeurd|geweigerd)\b|"
                r"\b(?:validée?s?|acceptée?s?|approuvée?s?) ou (?:refusée?s?|rejetée?s?)\b|"
                r"\b(?:oplevering\w*|opgeleverde?|deliverables?)\b[^.\n]{0,60}\b(?:afgetekend|"
                r"aftekent|aftekenen)\b|"
                # the client tests or checks what is delivered: "the Client tests the
                # deliverable within 10 working days", "de klant test de oplevering", "le client
                # vérifie le livrable"
                r"\b" + CLIENT + r"s? (?:tests|test|teste|vérifie|controleert|checks|verifies|"
                r"reviews) (?:the |de |het |le |la |l'|each |elk |elke |chaque )?(?:[\w-]+ )?"
                r"(?:deliverables?|livrables?|oplevering|opgeleverde|software|system|application|"
                r"website|platform|toepassing|systeem|logiciel|site|applicatie)\b|"
                # the document that closes delivery once open points are solved: "completion
                # certificate", "opleveringsverslag", "une fois les réserves levées"
                r"\bcompletion certificate\b|\bcertificate of (?:completion|acceptance)\b|"
                r"\boplevering(?:s)?(?:verslag|rapport|"
                r"attest|formulier|bon)\b|\b(?:levée des réserves|réserves (?:sont )?levées)\b|"
                # Netherlands Dutch for acceptance testing: "de afnametest", "afnamecriteria"
                r"\bafname(?:test\w*|procedure|criteria|protocol|verklaring|termijn)\b|"
                # the go/no-go decision before going live
                r"\b(?:go-live|live|production|productie|livegang|bascule|cut-?over)\b[^.\n]{0,120}"
                r"\bgo ?/ ?no[- ]go\b|\bgo ?/ ?no[- ]go\b(?=[^.\n]{0,120}\b(?:go-live|live|"
                r"production|productie|livegang|bascule|cut-?over)\b)",
                1.0,
            ),
        ),
        concrete=DURATION + r"|in writing|schriftelijk|par écrit|validation écrite|criteria|"
        r"criteri|procedure|"
        r"test|checklist|\bsign(?:s|ed)?\b|ondertek\w*|procès-verbal|\binspect\w*|"
        # what the client may raise within the acceptance window
        r"réserves?\b|objections?\b|opmerkingen|bezwaren|bevindingen|remarques|"
        r"blocking|blokkerend\w*|bloquant\w*",
        exclude=r"acceptance of (?:this )?(?:agreement|offer|terms|purchase order)|"
        r"accept(?:s|ed)? (?:service of process|payment)|"
        # takings, not acceptance: "les recettes des ventes sont versées"
        r"\brecettes? (?:des ventes|de (?:la )?billetterie|encaissées|de fabrication)\b|"
        # the contract itself being accepted: "this offer is accepted when signed"
        r"(?:offer|quote|quotation|proposal|agreement|order|terms|offerte|offre|devis|"
        r"convention|contrat|overeenkomst|voorstel)\w* (?:is|are|shall be|will be|est|sont|"
        r"sera|wordt|worden|geldt als) (?:deemed |considered |réputée? |geacht )?(?:accepted|"
        r"acceptée?s?|aanvaard|goedgekeurd)|"
        # invoices and change requests accepted, not deliverables
        r"\b(?:invoices?|facturen|factuur|factures?|change requests?|wijzigingsverzoek\w*|"
        r"demandes? de modification)\b[^.\n]{0,60}\b(?:accepted|aanvaard|acceptée?s?|"
        r"goedgekeurd|approved|validated|approuvée?s?|validée?s?)",
    ),
    WARRANTY,
    Rule(
        id="rollout.user_support",
        cues=(
            *rollout_wording.USERS_SHOWN_HOW,
            (
                r"\btraining(?: classes| sessions| courses)?\b|train (?:the )?(?:users|staff|"
                r"personnel)|end[- ]user support|customer support|user support|help ?desk|"
                r"\beducation\b|train[- ]the[- ]trainer|hypercare|key[- ]users?|"
                # support given so that the client's people can use the system
                r"(?:support|assist\w*|help)\b[^.\n]{0,120}\b(?:enabl|allow|permit|help)\w* "
                r"(?:\w+ ){0,3}to use\b|"
                # "help users with their first login", "a 45-minute introduction"
                r"\b(?:help|assist|coach|guide|support|accompan(?:y|ie))(?:s|ing)? (?:the |all "
                r"|your |our |its )?"
                r"(?:\w+ )?(?:end[- ])?users\b|introduct\w* (?:sessions?|courses?|workshops?)|"
                r"(?:minute|hour|half-day|day) introduction|floor ?walk|"
                # someone present at the client after go-live: "during the first two weeks after
                # go-live our consultant is present on site", "na de opstart ... aanwezig"
                r"\b(?:after|following|na|après) (?:the |de |het |le |la )?(?:go-live|launch|"
                r"livegang|opstart|ingebruikname|démarrage|mise en production)\b[^.\n]{0,80}"
                r"\b(?:present|aanwezig|présente?s?|available on[- ]site)\b|"
                # self-study material for users: "e-learning modules for all users",
                # "instructievideo's", "tutoriels vidéo"
                r"\be-learning(?:modules?| modules?| courses?)\b[^.\n]{0,30}\b(?:users|gebruikers|"
                r"utilisateurs|staff|medewerkers|personnel)\b|\binstructievideo\w*|\btutori(?:als?|"
                r"els?)\b|\btraining videos?\b|\bvidéos? (?:de formation|tutorielles?)\b",
                1.0,
            ),
            (
                r"opleiding|training|gebruikersondersteuning|"
                r"vertrouwd (?:te )?maken|instructie|"
                r"gebruikers(?:support|begeleiding)|eerstelijns(?:ondersteuning|support|helpdesk)|"
                r"nazorg|(?:introductie|kennismakings|demo)sessie|opstartbegeleiding|"
                r"(?:helpen|begeleiden|bijstaan) (?:van )?(?:de |alle )?(?:eind)?gebruikers|"
                r"(?:eindgebruikers|gebruikers) (?:\w+ )?(?:helpen|begeleiden|bijstaan)",
                1.0,
            ),
            (
                r"\bformation(?:s)? (?:des|du|aux) (?:utilisateurs|personnel)|formation\b|"
                r"accompagnement|(?:assistance|support)(?: téléphonique)? (?:aux|des) "
                r"utilisateurs|prise en main|écolage|"
                r"accompagn\w* (?:les |des |vos |ses |nos )?(?:utilisateurs|collaborateurs)|"
                # training the client's people as a verb: "forme les contributeurs du Client",
                # "leidt de key users op", "trains the editors"
                r"\bform(?:e|ent|era|eront|ons) (?:les |des |vos |l')(?:\w+ )?(?:utilisateurs|"
                r"contributeurs|rédacteurs|administrateurs|gestionnaires|agents|key users|"
                r"collaborateurs du client)|\b(?:leidt|leiden|traint|trainen) (?:de |uw |alle )?"
                r"(?:\w+ )?(?:gebruikers|key users|beheerders|redacteurs|medewerkers van de klant)"
                r"|\btrains? (?:the |your |all |its )?(?:\w+ )?(?:users|editors|administrators|"
                r"contributors|key users|employees of the customer)",
                1.0,
            ),
            (
                # the verb: "le prestataire forme les utilisateurs du client"
                r"\bform(?:e|era|ons|erons|ent|eront) (?:les |vos |ses |leurs |des )?"
                r"(?:utilisateurs|agents|collaborateurs|employés|key users|référents)\b",
                1.0,
            ),
            (
                # an introduction to the new system: "une demi-journée d'initiation", "initiation
                # à la plateforme", "induction sessions", "onboarding session for all staff";
                # the verb: "trains the Hotel's 14 front-office staff" (not "trained staff")
                r"\bd'initiation\b|\binitiation (?:à|au|aux)\b|\binitiatie(?:sessie|cursus)s?\b|"
                r"\b(?:induction|onboarding) (?:sessions?|training|workshops?)\b|"
                r"\btrains (?:the |all |your |its |their )?(?:[\w'’-]+ ){0,3}(?:users|staff|"
                r"employees|personnel|operators|agents)\b|"
                # "leidt de sleutelgebruikers op", "a walkthrough for all staff"
                r"\bleidt (?:de |alle |uw |zijn |haar )?(?:[\w-]+ )?(?:gebruikers|"
                r"sleutelgebruikers|eindgebruikers|medewerkers|personeelsleden|key-?users|"
                r"beheerders|lesgevers|redacteuren)\b[^.\n]{0,40}\bop\b|"
                # in the passive: "users are trained on site", "de gebruikers worden ter plaatse
                # opgeleid", "les utilisateurs sont formés" (the client's people, not "our staff")
                r"\b(?:users|end[- ]users|key[- ]users|super ?users|operators|your (?:staff|"
                r"employees|team))\b[^.\n]{0,20}\b(?:are|will be|shall be|get|gets) trained\b|"
                r"\b(?:gebruikers|eindgebruikers|sleutelgebruikers|key-?users|uw medewerkers)\b"
                r"[^.\n]{0,40}\b(?:worden|wordt)\b[^.\n]{0,40}\bopgeleid\b|\bopgeleid worden\b|"
                r"\b(?:utilisateurs|référents|key users|vos collaborateurs|"
                r"vos équipes)\b[^.\n]{0,30}"
                r"\b(?:sont|seront) formés\b|"
                r"\bwalk-?throughs? (?:sessions? )?(?:for|with) (?:all |the |your |its )?"
                r"(?:[\w'’-]+ )?(?:users|staff|employees|team|personnel)\b",
                1.0,
            ),
            (
                # help for the client's people when the system goes live: "go-live support",
                # "on site to assist reception", "assistance au démarrage", "ondersteuning bij
                # de livegang"
                r"\b(?:go-live|cut-?over|launch) (?:support|assistance)\b|\bon[- ]site to "
                r"(?:assist|support|help)\b|\b(?:assistance|accompagnement|support) (?:au|lors du|"
                r"pendant le) démarrage\b|\b(?:ondersteuning|begeleiding|support) (?:bij|tijdens|"
                r"na) (?:de )?(?:livegang|opstart|ingebruikname)\b",
                1.0,
            ),
        ),
        concrete=DURATION + r"|\$|€|session|sessies?|séances?|days? of|classes|per|included|"
        r"inbegrepen|inclus|"
        r"half[- ]days?|halve dag|demi-journées?|"
        # support on site in the first weeks after go-live
        r"(?:first|eerste|premières?|premiers?) (?:\w+ )?(?:weeks?|weken|week|semaines?|days?|"
        r"dagen|jours?|months?|maanden|maand|mois)|ter plaatse|on[- ]site|sur (?:site|place)|"
        # at a stated moment: "à la fin de l'installation", "le lundi qui suit", "dès 7h30"
        r"\bchez vous\b|\bà la fin de l'installation\b|\ble (?:lundi|jour) (?:qui suit|suivant|"
        r"même)\b|\bdès \d{1,2} ?h" + USER_SUPPORT_MEASURED,
        # the channel where incidents are reported (maintenance of the system, unless the
        # sentence is about users), and support for the customer paired with maintenance
        exclude=r"^(?!.*\b(?:users?|gebruikers?|utilisateurs?|medewerkers)\b)"
        r".*\b(?:incidents?|storingen|tickets?|bereikbaar|reachable|staffed|joignable|"
        r"kantooruren|office hours|business hours|heures ouvr\w*)\b|"
        # the desk's own staff: "elke medewerker van de helpdesk kent de omgeving"
        r"(?:medewerkers?|agents?|staff|personnel|personeel|techniciens?) (?:van|of|du|de) "
        r"(?:de |the |la |le )?(?:help|service|support) ?desk|(?:help|service|support) ?desk "
        r"(?:staff|agents?|medewerkers?|personnel)|customer support (?:and|&) (?:\w+ )?maintenance|"
        # the qualifications of the supplier's staff, not training for the client's users
        r"(?:opleiding|training|education|formation)\w*,? (?:en|and|et) (?:d'une |de )?"
        r"(?:ervaring|experience|expérience)|"
        r"(?:have|has|hebben|heeft|ont|a) (?:received|undergone|gevolgd|suivi|reçu) (?:\w+ ){0,2}"
        r"(?:training|opleiding|formation)|"
        # the supplier's own people following training: "our engineers follow 5 days of
        # vendor training", "onze technici volgen", "nos techniciens suivent"
        r"\b(?:our|onze|nos|its|zijn|ses) (?:engineers|consultants|technicians|technici|"
        r"techniekers|medewerkers|collaborateurs|techniciens|staff|personnel|personeel)\b"
        r"[^.\n]{0,40}\b(?:follow|volgen|suivent|receive|krijgen|reçoivent|attend)\b|"
        # training of the supplier's own staff
        r"(?:training|opleiding|formation)\w* (?:costs? |kosten |frais )?(?:of|for|van|voor|du|"
        r"des) (?:the |de |het |la |le )?(?:supplier|vendor|provider|contractor|leverancier|"
        r"prestataire|fournisseur)|"
        # the supplier's own consultants trained: "la formation (professionnelle) des
        # consultants", "opleiding van zijn medewerkers", "training of its engineers"
        r"(?:training|opleiding|formation)\w* (?:\w+ )?(?:of|van|des|de ses|de leurs) (?:its |"
        r"their |zijn |haar |the )?(?:consultants?|techniciens|engineers|technici|techniekers)\b"
        r"(?! (?:du client|van de klant|of the (?:customer|client)|van de opdrachtgever))",
    ),
    Rule(
        id="maintenance.services",
        cues=(
            (
                r"(?:maintenance|support|hosting|managed) services?|(?:corrective|preventive|"
                r"remedial|adaptive) maintenance|service levels?|error (?:correction|fixing)|"
                r"backup|monitoring",
                1.0,
            ),
            (
                r"onderhoud|correctief|preventief|ondersteuning|support(?:diensten|contract)|"
                r"beheer|servicecontract|helpdesk",
                1.0,
            ),
            (
                r"\bmaintenance (?:corrective|préventive|évolutive)?|assistance (?:téléphonique|"
                r"technique)|télémaintenance|infogérance|hébergement|contrat de maintenance|"
                # a support package or upkeep contract, monitoring and backups in French:
                # "formule support Labo+", "notre formule « Veille 365 » comprend", "contrat
                # d'entretien", "supervision du firewall", "sauvegarde quotidienne" (not "sous la
                # supervision du chef de projet")
                r"\bformules? (?:de |d')?(?:support|gestion|entretien|maintenance|infogérance|"
                r"assistance)\b|\b(?:contrat|formule|forfait) d'entretien\b|"
                r"\b(?:supervision|surveillance) (?:24|à distance|proactive|du réseau|du firewall|"
                r"du pare-feu|des (?:serveurs|postes|équipements|bornes|sauvegardes)|de "
                r"(?:l'infrastructure|vos|votre))|\bsauvegardes? (?:quotidiennes?|journalières?|"
                r"hebdomadaires?|automatiques?)\b|"
                # a named package or tier: "formule « Veille 365 » ... comprend", "Formule
                # commandée : « Scène »" (the English and Dutch quoted plan names were dropped:
                # 'the "' opens every defined term of an English contract, too costly an anchor)
                r"\bformules? (?:commandée\s?:\s?)?(?:«|\"|“) ?[\w+ -]{1,30} ?(?:»|\"|”)",
                1.0,
            ),
            (r"(?:will|shall) (?:host|maintain|support)|maintain the", 0.8),
            (
                # "manages and supports the office network", "remote and on-site support"
                r"\b(?:manages?|maintains?) and supports?\b|\bsupports? and (?:maintains?|"
                r"manages?)\b|(?:remote|on-?site|on site) support|support (?:is|will be) "
                r"(?:delivered|provided)|(?:ondersteuning|support|interventies?) (?:op afstand|"
                r"ter plaatse)|(?:assistance|intervention)s? (?:à distance|sur site)",
                1.0,
            ),
            *SERVICES_PLAIN,
            *PERIODIC_CHECK,
        ),
        concrete=(
            r"following|consist|includ|omvat|bestaat|comprend|se compose|:|"
            r"\(\w\)|\(i+\)|\d|each day|daily|dagelijks|corrective|correctief|remedial|"
            r"\bdekt\b|\bcouvre\b|\bcovers\b|\bkeep\w* (?:\w+ ){0,3}(?:patched|monitored|backed up)"
        ),
        exclude=r"maintain (?:insurance|records|books)|maintenance of (?:insurance|records)",
    ),
    Rule(
        id="maintenance.customer_knowledge",
        # account managers, dedicated contacts, the client's key users: contacts.py
        cues=(
            (
                r"documented environment|configuration (?:records|database|management "
                r"database)|\bcmdb\b|knowledge base|"
                r"incident (?:log|records)",
                1.0,
            ),
            (r"dossier van de klant|vastlegging|klantdossier|configuratiebeheer|archivering", 1.0),
            (r"dossier client", 1.0),
            (
                # documentation the supplier keeps of the client's own environment
                r"documentatie van (?:de |het |uw )?(?:[\w-]+ )?(?:[\w]+-)?(?:omgeving|"
                r"infrastructuur|systemen|netwerk|installatie)|(?:up-to-date|current|"
                r"accurate) documentation of (?:the |your )?(?:customer|client)|"
                r"dossier technique|technisch dossier|"
                r"documentation (?:de l'|du |des )(?:environnement|"
                r"infrastructure|parc|système)|"
                # a document the desk keeps on the client: "kennisdocument", "fiche technique
                # de son environnement", "an up-to-date IT passport: network diagram, ..."
                r"kennis(?:document|dossier)|klant(?:en)?fiche|network diagrams?|"
                r"asset (?:inventory|register)|it passport|fiche (?:technique|client|"
                r"signalétique) (?:de |du |des |d')(?:son |votre |l')?(?:client|environnement|"
                r"infrastructure|parc|système|installation)",
                1.0,
            ),
            (
                # a person assigned to the client: "un chef de projet attitré", "a dedicated
                # service delivery manager", "een vaste servicemanager"
                r"(?:chef de projet|technicien|consultant|ingénieur|gestionnaire|interlocuteur|"
                r"responsable)s? (?:attitré|dédié|référent)|dedicated (?:account|service "
                r"delivery|technical account|support|customer success) (?:manager|engineer|"
                r"contact)|vaste? (?:contactpersoon|consultant|technicus|technieker|"
                r"aanspreekpunt|service ?(?:delivery )?manager|account ?manager|klantmanager|"
                r"customer success manager)|"
                # "a fixed team that knows your environment"
                r"(?:team|consultant|technicus|technieker|engineer|équipe|technicien)s?\b"
                r"[^.\n]{0,40}\b(?:(?:kent|kennen|knows?|connaît|connaissent) (?:uw |de |jouw |"
                r"your |the |votre |l')?(?:omgeving|installatie|environment|environnement|"
                r"systemen|systems|infrastructure|infrastructuur|inrichting|configuratie|"
                r"configuration|set-?up)|(?:uw|de|jouw) (?:omgeving|installatie|systemen|"
                r"infrastructuur|inrichting|configuratie) (?:\w+ ){0,3}(?:kent|kennen))",
                1.0,
            ),
            (
                # a record describing the client's estate: "une fiche décrivant votre parc",
                # "so that each technician knows your installation" in the subjunctive
                r"\b(?:fiche|dossier|document|registre|inventaire)\b[^.\n]{0,30}\b(?:décrivant|"
                r"reprenant|documentant|détaillant|recensant) (?:votre|son|leur|l'|le|la|les) "
                r"(?:parc|environnement|infrastructure|installation|configuration|réseau|"
                r"systèmes?)|"
                r"\b(?:technicien|consultant|équipe|collaborateur|intervenant)s?\b[^.\n]{0,40}"
                r"\bconnaisse(?:nt)? (?:votre|son|leur|l'|le|la) (?:parc|environnement|"
                r"infrastructure|installation|configuration|réseau|systèmes?)",
                1.0,
            ),
            *ASSIGNED_PERSON_AND_RECORD,
            *CLIENT_FILE_KEPT,
            (CONTACT_WHO_STAYS, 1.0),
            (ENVIRONMENT_DOCUMENTED, 1.0),
        ),
        sources=(contact_weights,),
        # the supplier's public knowledge base is not knowledge of this client
        exclude=r"(?:access to|toegang tot|accès à) (?:our |the |its |onze |de |notre |la |sa )?"
        r"(?:online |public |publieke )?(?:knowledge ?base|kennisbank|base de connaissances)|"
        # the client keeping its own inventory: "le Client tient un inventaire de son parc"
        r"\b(?:client|klant|customer|opdrachtgever) (?:tient|tiendra|maintient|houdt|keeps|"
        r"maintains)\b",
        # (a role line with a name: "accountmanager: sofie maes")
        concrete=r"\w+ \w+:|^[\w-]*(?:manager|contact\w*|beheerder|interlocuteur) ?: ?[a-zà-ÿ]+ "
        r"[a-zà-ÿ]+|dedicated|vast|dédié|attitré|following|adequate|"
        r"archiv|actuele|"
        r"up-to-date|current|tient à jour|(?:houdt|houd|houden) [^.\n]{0,60}bij|designat|"
        r"appoint|désign|duidt|"
        r"wijst|werkt [^.\n]{0,60}\bbij\b|bijgewerkt|à jour|after each|na elke|après chaque|"
        r"\bmaintains?\b|\bkeeps?\b|\bassigned\b|\bsui(?:t|vent|vra) (?:le compte|le dossier|la "
        r"relation)\b|\b(?:interlocut(?:eur|rice)|contact) unique\b|\bsingle point of contact\b|"
        r"\bdocumented\b|\bcomplète\b|\bdisposent? d'une\b|\bcustomer success (?:manager|"
        r"engineer)\b|\bconserv\w* (?:ce |le |un |votre )?dossier\b|"
        # a copy kept, or the record's contents listed: "dont nous gardons une copie", "un
        # dossier technique (plan du réseau, adresses IP, numéros de série)"
        r"\bgard\w* (?:une |een )?copie|\bbewaren? (?:een )?kopie|\bkeeps? a copy|"
        r"\b(?:dossier|documentation|documentatie)(?: technique)? \([^)]{0,60},[^)]{0,60},|"
        + NAMED_CONTACT_CONCRETE
        + KNOWLEDGE_KEPT
        + CONTACT_STAYS_CONCRETE,
    ),
    UPDATES_RULE,
    *SERVICE_LEVEL_RULES,
]
