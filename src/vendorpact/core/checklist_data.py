"""The agreement checklist as data: ids from shared/spec/checklist.md, labels and help texts.

Each row: (item id, kinds where the item is expected, labels {lang: text}, help {lang: text}).
Kinds: project, maintenance (maintenance/support), saas (SaaS/hosting), tm (time and materials).
"""

ALL = ("project", "maintenance", "saas", "tm")
P, M, S, T = "project", "maintenance", "saas", "tm"

AREAS = {
    "agreement": {"en": "The agreement itself", "nl": "De overeenkomst zelf", "fr": "Le contrat"},
    "budget": {"en": "Budget and costs", "nl": "Budget en kosten", "fr": "Budget et coûts"},
    "timing": {"en": "Planning", "nl": "Planning", "fr": "Planning"},
    "team": {"en": "Team", "nl": "Team", "fr": "Équipe"},
    "reporting": {
        "en": "Reporting and governance",
        "nl": "Rapportering en overleg",
        "fr": "Rapports et gouvernance",
    },
    "rollout": {"en": "Rollout", "nl": "Uitrol", "fr": "Déploiement"},
    "maintenance": {
        "en": "Maintenance and service levels",
        "nl": "Onderhoud en serviceniveaus",
        "fr": "Maintenance et niveaux de service",
    },
    "exit": {"en": "Duration and exit", "nl": "Looptijd en exit", "fr": "Durée et sortie"},
    "legal": {"en": "Legal", "nl": "Juridisch", "fr": "Juridique"},
}

ITEMS = [
    (
        "agreement.signed_both",
        ALL,
        {
            "en": "Signed by both parties",
            "nl": "Ondertekend door beide partijen",
            "fr": "Signé par les deux parties",
        },
        {
            "en": "Signature blocks or a signing statement for both client and supplier. An e-mail "
            "'OK' or a signed quote alone may bind you to the supplier's general terms.",
            "fr": (
                "Blocs de signature ou mention de signature pour le client et le "
                "fournisseur. Un simple « OK » par e-mail ou une offre signée peut vous"
                " lier aux conditions générales du fournisseur."
            ),
            "nl": "Handtekeningen of een ondertekeningsverklaring van klant én leverancier. Een "
            "'OK' per e-mail of enkel een getekende offerte kan u binden aan de algemene "
            "voorwaarden van de leverancier.",
        },
    ),
    (
        "agreement.general_terms",
        ALL,
        {
            "en": "Which general terms apply",
            "nl": "Welke algemene voorwaarden gelden",
            "fr": "Conditions générales applicables",
        },
        {
            "en": "Which general terms apply and which document prevails when they conflict.",
            "fr": (
                "Quelles conditions générales s'appliquent et quel document prévaut en "
                "cas de contradiction."
            ),
            "nl": "Welke algemene voorwaarden van toepassing zijn en welk document voorrang heeft "
            "bij tegenstrijdigheid.",
        },
    ),
    (
        "agreement.quote_included",
        ALL,
        {
            "en": "Quote is part of the agreement",
            "nl": "Offerte maakt deel uit van de overeenkomst",
            "fr": "L'offre fait partie du contrat",
        },
        {
            "en": "The offer or quote is incorporated or referenced as part of the agreement.",
            "fr": "L'offre fait partie du contrat ou y est expressément référencée.",
            "nl": "De offerte is opgenomen of er wordt naar verwezen als deel van de overeenkomst.",
        },
    ),
    (
        "budget.project_cost",
        (P,),
        {
            "en": "Project price or total budget",
            "nl": "Projectprijs of totaalbudget",
            "fr": "Prix du projet ou budget total",
        },
        {
            "en": "A fixed price or a total budget for the project.",
            "fr": "Un prix forfaitaire ou un budget total pour le projet.",
            "nl": "Een vaste prijs of een totaalbudget voor het project.",
        },
    ),
    (
        "budget.startup_cost",
        (P, S),
        {
            "en": "One-off start-up costs",
            "nl": "Eenmalige opstartkosten",
            "fr": "Frais de démarrage uniques",
        },
        {
            "en": "One-off set-up, onboarding or implementation fees.",
            "fr": "Frais uniques de mise en place, d'onboarding ou d'implémentation.",
            "nl": "Eenmalige kosten voor opzet, onboarding of implementatie.",
        },
    ),
    (
        "budget.scope",
        (P, M, S),
        {
            "en": "What is included and excluded",
            "nl": "Wat inbegrepen en uitgesloten is",
            "fr": "Ce qui est inclus et exclu",
        },
        {
            "en": "What the price includes and what it excludes.",
            "fr": "Ce que le prix comprend et ce qu'il exclut.",
            "nl": "Wat in de prijs inbegrepen is en wat niet.",
        },
    ),
    (
        "budget.extra_costs",
        (P, M, T),
        {
            "en": "Extra costs approved beforehand",
            "nl": "Meerwerk vooraf goedgekeurd",
            "fr": "Travaux supplémentaires approuvés au préalable",
        },
        {
            "en": "How extra work (change requests) is reported, approved beforehand and invoiced.",
            "fr": (
                "Comment les travaux supplémentaires (demandes de modification) sont "
                "signalés, approuvés au préalable et facturés."
            ),
            "nl": "Hoe meerwerk gemeld, vooraf goedgekeurd en gefactureerd wordt.",
        },
    ),
    (
        "budget.recurring_cost",
        (M, S),
        {"en": "Recurring fees", "nl": "Terugkerende kosten", "fr": "Frais récurrents"},
        {
            "en": "Recurring fees for maintenance, support, licences, subscription or hosting.",
            "fr": (
                "Redevances récurrentes pour la maintenance, le support, les licences, "
                "l'abonnement ou l'hébergement."
            ),
            "nl": "Terugkerende vergoedingen voor onderhoud, support, licenties, abonnement of hosting.",
        },
    ),
    (
        "budget.rates",
        ALL,
        {
            "en": "Rates and price changes",
            "nl": "Tarieven en prijswijzigingen",
            "fr": "Tarifs et indexation",
        },
        {
            "en": "Hourly or daily rates, and how and when prices may be indexed or changed.",
            "fr": (
                "Tarifs horaires ou journaliers, et comment et quand les prix peuvent "
                "être indexés ou modifiés."
            ),
            "nl": "Uur- of dagtarieven, en hoe en wanneer prijzen geïndexeerd of gewijzigd mogen worden.",
        },
    ),
    (
        "budget.payment_terms",
        ALL,
        {
            "en": "Invoicing and payment terms",
            "nl": "Facturatie en betalingstermijn",
            "fr": "Facturation et délai de paiement",
        },
        {
            "en": "When invoices are sent and within how many days they are payable.",
            "fr": ("Quand les factures sont envoyées et dans quel délai elles sont payables."),
            "nl": "Wanneer gefactureerd wordt en binnen hoeveel dagen betaald moet worden.",
        },
    ),
    (
        "timing.planning",
        (P,),
        {
            "en": "Planning and milestones",
            "nl": "Planning en mijlpalen",
            "fr": "Planning et jalons",
        },
        {
            "en": "Phases, milestones, delivery dates or lead times.",
            "fr": "Phases, jalons, dates de livraison ou délais.",
            "nl": "Fasen, mijlpalen, opleverdata of doorlooptijden.",
        },
    ),
    (
        "timing.client_obligations",
        (P, T),
        {
            "en": "What the client must deliver",
            "nl": "Wat de klant moet aanleveren",
            "fr": "Obligations du client",
        },
        {
            "en": "What the client must deliver or do, and when: accountability on both sides.",
            "fr": (
                "Ce que le client doit livrer ou faire, et quand : des responsabilités "
                "des deux côtés."
            ),
            "nl": "Wat de klant moet aanleveren of doen, en wanneer: verantwoordelijkheid aan beide "
            "kanten.",
        },
    ),
    (
        "timing.delay",
        (P,),
        {
            "en": "What happens on delay",
            "nl": "Wat bij vertraging",
            "fr": "Conséquences d'un retard",
        },
        {
            "en": "Penalties, replanning or costs when either party is late.",
            "fr": (
                "Pénalités, replanification ou coûts en cas de retard de l'une ou l'autre partie."
            ),
            "nl": "Boetes, herplanning of kosten wanneer een van beide partijen te laat is.",
        },
    ),
    (
        "team.named_team",
        (P, M, T),
        {
            "en": "Named team or contact",
            "nl": "Benoemd team of aanspreekpunt",
            "fr": "Équipe nommée ou interlocuteur",
        },
        {
            "en": "The delivery team, key persons, roles or a single point of contact.",
            "fr": (
                "L'équipe de réalisation, les personnes clés, les rôles ou un point de "
                "contact unique."
            ),
            "nl": "Het uitvoerende team, sleutelpersonen, rollen of één aanspreekpunt.",
        },
    ),
    (
        "team.replacement",
        (P, T),
        {
            "en": "Replacing team members",
            "nl": "Vervanging van teamleden",
            "fr": "Remplacement des membres de l'équipe",
        },
        {
            "en": "Notice, approval and continuity when team members are replaced, at no cost to you.",
            "fr": (
                "Préavis, approbation et continuité lors du remplacement de membres de "
                "l'équipe, sans frais pour vous."
            ),
            "nl": "Melding, goedkeuring en continuïteit bij vervanging van teamleden, zonder kosten "
            "voor u.",
        },
    ),
    (
        "team.seniority",
        (P, T),
        {
            "en": "Experience and qualifications",
            "nl": "Ervaring en kwalificaties",
            "fr": "Expérience et qualifications",
        },
        {
            "en": "Experience level, qualifications, mix of senior and junior staff.",
            "fr": (
                "Niveau d'expérience, qualifications, équilibre entre profils seniors et juniors."
            ),
            "nl": "Ervaringsniveau, kwalificaties, verhouding senior en junior.",
        },
    ),
    (
        "team.knowledge_transfer",
        (P, M, T),
        {
            "en": "Documentation and knowledge transfer",
            "nl": "Documentatie en kennisoverdracht",
            "fr": "Documentation et transfert de connaissances",
        },
        {
            "en": "Documentation, knowledge transfer or handover are required.",
            "fr": ("La documentation, le transfert de connaissances ou la passation sont exigés."),
            "nl": "Documentatie, kennisoverdracht of overdracht zijn verplicht.",
        },
    ),
    (
        "team.quality",
        (P, T),
        {"en": "Quality guarantees", "nl": "Kwaliteitsgaranties", "fr": "Garanties de qualité"},
        {
            "en": "Standards, reviews, testing, workmanlike delivery.",
            "fr": "Normes, revues, tests, livraison selon les règles de l'art.",
            "nl": "Normen, reviews, testen, vakkundige uitvoering.",
        },
    ),
    (
        "reporting.progress",
        ALL,
        {
            "en": "Progress or service reports",
            "nl": "Voortgangs- of servicerapporten",
            "fr": "Rapports d'avancement ou de service",
        },
        {
            "en": "Status, progress or service reports with a frequency or content.",
            "fr": (
                "Rapports d'état, d'avancement ou de service, avec une fréquence ou un contenu."
            ),
            "nl": "Status-, voortgangs- of servicerapporten met een frequentie of inhoud.",
        },
    ),
    (
        "reporting.governance",
        ALL,
        {
            "en": "Meetings and escalation path",
            "nl": "Overleg en escalatiepad",
            "fr": "Réunions et escalade",
        },
        {
            "en": "Periodic meetings, steering committee, contact persons, an escalation path.",
            "fr": (
                "Réunions périodiques, comité de pilotage, personnes de contact, "
                "procédure d'escalade."
            ),
            "nl": "Periodiek overleg, stuurgroep, contactpersonen, een escalatiepad.",
        },
    ),
    (
        "rollout.deployment",
        (P,),
        {
            "en": "Installation and go-live",
            "nl": "Installatie en livegang",
            "fr": "Installation et mise en production",
        },
        {
            "en": "Installation, deployment and go-live are settled.",
            "fr": "L'installation, le déploiement et la mise en production sont réglés.",
            "nl": "Installatie, uitrol en livegang zijn geregeld.",
        },
    ),
    (
        "rollout.data_migration",
        (P,),
        {"en": "Data migration", "nl": "Datamigratie", "fr": "Migration des données"},
        {
            "en": "The initial data load, conversion or migration.",
            "fr": "Le chargement initial, la conversion ou la migration des données.",
            "nl": "De initiële gegevenslading, conversie of migratie.",
        },
    ),
    (
        "rollout.acceptance",
        (P,),
        {"en": "Acceptance procedure", "nl": "Acceptatieprocedure", "fr": "Procédure de recette"},
        {
            "en": "An acceptance procedure or acceptance tests.",
            "fr": "Une procédure de réception ou des tests de réception.",
            "nl": "Een acceptatieprocedure of acceptatietesten.",
        },
    ),
    (
        "rollout.warranty",
        (P,),
        {
            "en": "Warranty after delivery",
            "nl": "Garantie na oplevering",
            "fr": "Garantie après livraison",
        },
        {
            "en": "Bug fixing after delivery: warranty period and what is free.",
            "fr": (
                "Correction des bugs après livraison : période de garantie et ce qui est gratuit."
            ),
            "nl": "Foutherstel na oplevering: garantieperiode en wat gratis is.",
        },
    ),
    (
        "rollout.user_support",
        (P, S),
        {
            "en": "Training and user support at rollout",
            "nl": "Opleiding en gebruikersondersteuning",
            "fr": "Formation et support utilisateurs",
        },
        {
            "en": "Training or support for end users at rollout.",
            "fr": ("Formation ou accompagnement des utilisateurs finaux lors du déploiement."),
            "nl": "Opleiding of ondersteuning voor eindgebruikers bij de uitrol.",
        },
    ),
    (
        "maintenance.services",
        (M, S),
        {
            "en": "Support and maintenance services",
            "nl": "Support- en onderhoudsdiensten",
            "fr": "Services de support et maintenance",
        },
        {
            "en": "The support or maintenance services, formulas, packages or tiers.",
            "fr": "Les services de support ou de maintenance, formules, packs ou niveaux.",
            "nl": "De support- of onderhoudsdiensten, formules, pakketten of niveaus.",
        },
    ),
    (
        "maintenance.support_hours",
        (M, S),
        {
            "en": "Support hours and channels",
            "nl": "Supporturen en kanalen",
            "fr": "Heures et canaux de support",
        },
        {
            "en": "Support hours, channels and how to reach support.",
            "fr": "Heures de support, canaux et moyens de joindre le support.",
            "nl": "Supporturen, kanalen en hoe support bereikt wordt.",
        },
    ),
    (
        "maintenance.response_time",
        (M, S),
        {"en": "Response times", "nl": "Reactietijden", "fr": "Délais de prise en charge"},
        {
            "en": "Committed response or reaction times, per priority.",
            "fr": "Délais d'intervention garantis, par priorité.",
            "nl": "Toegezegde reactietijden (responstijden), per prioriteit.",
        },
    ),
    (
        "maintenance.resolution_time",
        (M, S),
        {"en": "Resolution times", "nl": "Oplostijden", "fr": "Délais de résolution"},
        {
            "en": "Committed resolution, repair or workaround times.",
            "fr": "Délais de résolution, de réparation ou de contournement garantis.",
            "nl": "Toegezegde oplos-, herstel- of workaroundtijden.",
        },
    ),
    (
        "maintenance.availability",
        (S,),
        {"en": "Availability level", "nl": "Beschikbaarheid", "fr": "Disponibilité"},
        {
            "en": "A committed availability or uptime level and how it is measured.",
            "fr": "Un niveau de disponibilité garanti et sa méthode de mesure.",
            "nl": "Een toegezegd beschikbaarheidsniveau en hoe het gemeten wordt.",
        },
    ),
    (
        "maintenance.service_credits",
        (M, S),
        {
            "en": "Service credits",
            "nl": "Compensatie (service credits)",
            "fr": "Pénalités / crédits de service",
        },
        {
            "en": "Compensation when service levels or availability are missed.",
            "fr": (
                "Compensation lorsque les niveaux de service ou la disponibilité ne "
                "sont pas atteints."
            ),
            "nl": "Compensatie wanneer serviceniveaus of beschikbaarheid niet gehaald worden.",
        },
    ),
    (
        "maintenance.customer_knowledge",
        (M,),
        {
            "en": "Knowledge of your environment",
            "nl": "Kennis van uw omgeving",
            "fr": "Connaissance de votre environnement",
        },
        {
            "en": "A documented environment, dedicated contact or account manager at the support desk.",
            "fr": (
                "Un environnement documenté, un contact dédié ou un account manager au support."
            ),
            "nl": "Een gedocumenteerde omgeving, vast aanspreekpunt of accountmanager bij support.",
        },
    ),
    (
        "maintenance.updates",
        (M, S),
        {
            "en": "Updates and security patches",
            "nl": "Updates en beveiligingspatches",
            "fr": "Mises à jour et correctifs",
        },
        {
            "en": "Updates, upgrades, patches and security fixes.",
            "fr": ("Mises à jour, montées de version, correctifs et correctifs de sécurité."),
            "nl": "Updates, upgrades, patches en beveiligingsoplossingen.",
        },
    ),
    (
        "exit.duration_renewal",
        (M, S, T),
        {
            "en": "Duration and renewal",
            "nl": "Looptijd en verlenging",
            "fr": "Durée et renouvellement",
        },
        {
            "en": "Contract duration and renewal (tacit or automatic, renewal term).",
            "fr": (
                "Durée du contrat et reconduction (tacite ou automatique, durée de reconduction)."
            ),
            "nl": "Looptijd en verlenging (stilzwijgend of automatisch, verlengingstermijn).",
        },
    ),
    (
        "exit.termination",
        ALL,
        {
            "en": "Termination and notice",
            "nl": "Opzegging en opzegtermijn",
            "fr": "Résiliation et préavis",
        },
        {
            "en": "Termination rights and notice periods.",
            "fr": "Droits de résiliation et délais de préavis.",
            "nl": "Opzeggingsrechten en opzegtermijnen.",
        },
    ),
    (
        "exit.transition",
        (M, S),
        {"en": "Help during a transition", "nl": "Hulp bij overstap", "fr": "Réversibilité"},
        {
            "en": "The supplier assists and keeps serving during a move to another supplier.",
            "fr": (
                "Le fournisseur apporte son aide et continue à assurer le service lors "
                "d'un passage à un autre fournisseur."
            ),
            "nl": "De leverancier helpt en blijft leveren tijdens een overstap naar een andere "
            "leverancier.",
        },
    ),
    (
        "exit.data_return",
        (M, S),
        {
            "en": "Return of your data",
            "nl": "Teruggave van uw gegevens",
            "fr": "Restitution des données",
        },
        {
            "en": "Returning or exporting your data at the end, in a usable format.",
            "fr": (
                "Restitution ou export de vos données en fin de contrat, dans un format"
                " exploitable."
            ),
            "nl": "Teruggave of export van uw gegevens op het einde, in een bruikbaar formaat.",
        },
    ),
    (
        "exit.escrow",
        (P, M),
        {"en": "Source code escrow", "nl": "Broncodedepot (escrow)", "fr": "Dépôt du code source"},
        {
            "en": "Source code escrow or an equivalent continuity guarantee.",
            "fr": "Dépôt du code source (escrow) ou garantie de continuité équivalente.",
            "nl": "Broncodedepot of een gelijkwaardige continuïteitsgarantie.",
        },
    ),
    (
        "legal.liability",
        ALL,
        {"en": "Liability", "nl": "Aansprakelijkheid", "fr": "Responsabilité"},
        {
            "en": "Liability limits, caps and exclusions.",
            "fr": "Limitations, plafonds et exclusions de responsabilité.",
            "nl": "Beperkingen, plafonds en uitsluitingen van aansprakelijkheid.",
        },
    ),
    (
        "legal.ip",
        (P, M, T),
        {
            "en": "Intellectual property",
            "nl": "Intellectuele eigendom",
            "fr": "Propriété intellectuelle",
        },
        {
            "en": "Who owns what is delivered, or the licence you get on it.",
            "fr": ("À qui appartient ce qui est livré, ou la licence que vous obtenez dessus."),
            "nl": "Wie eigenaar is van wat geleverd wordt, of welke licentie u krijgt.",
        },
    ),
    (
        "legal.confidentiality",
        ALL,
        {"en": "Confidentiality", "nl": "Vertrouwelijkheid", "fr": "Confidentialité"},
        {
            "en": "Confidentiality obligations.",
            "fr": "Obligations de confidentialité.",
            "nl": "Geheimhoudingsverplichtingen.",
        },
    ),
    (
        "legal.data_protection",
        ALL,
        {
            "en": "Personal data (GDPR)",
            "nl": "Persoonsgegevens (AVG/GDPR)",
            "fr": "Données personnelles (RGPD)",
        },
        {
            "en": "Processing of personal data: GDPR, a data processing agreement.",
            "fr": (
                "Traitement des données à caractère personnel : RGPD, convention de sous-traitance."
            ),
            "nl": "Verwerking van persoonsgegevens: AVG/GDPR, een verwerkersovereenkomst.",
        },
    ),
    (
        "legal.governing_law",
        ALL,
        {
            "en": "Governing law and court",
            "nl": "Toepasselijk recht en rechtbank",
            "fr": "Droit applicable et tribunal",
        },
        {
            "en": "Governing law and the competent court or arbitration.",
            "fr": "Droit applicable et tribunal compétent ou arbitrage.",
            "nl": "Toepasselijk recht en de bevoegde rechtbank of arbitrage.",
        },
    ),
    (
        "legal.dispute_resolution",
        ALL,
        {
            "en": "Amicable settlement first",
            "nl": "Eerst minnelijke regeling",
            "fr": "Règlement amiable préalable",
        },
        {
            "en": "Escalation or mediation before going to court.",
            "fr": "Escalade ou médiation avant d'aller en justice.",
            "nl": "Escalatie of bemiddeling voor men naar de rechter stapt.",
        },
    ),
]

RISKS = [
    (
        "risk.supplier_terms_prevail",
        {
            "en": "Supplier's general terms prevail",
            "nl": "Algemene voorwaarden leverancier primeren",
            "fr": "Les conditions du fournisseur prévalent",
        },
    ),
    (
        "risk.best_efforts_only",
        {
            "en": "Best efforts only",
            "nl": "Enkel inspanningsverbintenis",
            "fr": "Simple obligation de moyens",
        },
    ),
    (
        "risk.unilateral_change",
        {
            "en": "Supplier may change terms or prices alone",
            "nl": "Leverancier kan prijzen of voorwaarden eenzijdig wijzigen",
            "fr": "Modification unilatérale par le fournisseur",
        },
    ),
    (
        "risk.auto_renewal",
        {
            "en": "Tacit renewal with long notice",
            "nl": "Stilzwijgende verlenging met lange opzeg",
            "fr": "Reconduction tacite avec long préavis",
        },
    ),
    (
        "risk.liability_excluded",
        {
            "en": "Liability (nearly) excluded",
            "nl": "Aansprakelijkheid (quasi) uitgesloten",
            "fr": "Responsabilité (quasi) exclue",
        },
    ),
    (
        "risk.open_ended_cost",
        {"en": "Open-ended costs", "nl": "Kosten zonder plafond", "fr": "Coûts sans plafond"},
    ),
    (
        "risk.data_lockin",
        {
            "en": "Data or source lock-in",
            "nl": "Gegevens of broncode vastgehouden",
            "fr": "Rétention des données ou du code",
        },
    ),
    (
        "risk.unsigned",
        {
            "en": "Not signed by both",
            "nl": "Niet door beide partijen ondertekend",
            "fr": "Non signé par les deux parties",
        },
    ),
]
