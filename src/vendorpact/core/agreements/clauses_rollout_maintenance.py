"""Clauses for rollout, maintenance and service levels (nl, en, fr; our own wording). Shape: see
clauses_agreement_budget."""

ALL = ("project", "maintenance", "saas", "tm")

CLAUSES = [
    {
        "item": "rollout.deployment",
        "kinds": ("project",),
        "needs": ("milestones",),
        "title": {
            "en": "Installation and go-live",
            "nl": "Installatie en livegang",
            "fr": "Installation et mise en production",
        },
        "text": {
            "en": [
                "The Supplier shall install the solution in the Client's production environment "
                "and perform the go-live on the go-live date of {go_live_date}, with a tested "
                "rollback plan."
            ],
            "nl": [
                "De Leverancier installeert de oplossing in de productieomgeving van de Klant "
                "en voert de livegang uit op {go_live_date}, met een geteste terugvalprocedure."
            ],
            "fr": [
                "Le Fournisseur installe la solution dans l'environnement de production du "
                "Client et réalise la mise en production le {go_live_date}, avec un plan de "
                "retour arrière testé."
            ],
        },
    },
    {
        "item": "rollout.data_migration",
        "kinds": ("project",),
        "needs": (),
        "title": {"en": "Data migration", "nl": "Datamigratie", "fr": "Migration des données"},
        "text": {
            "en": [
                "The Supplier is responsible for the data migration from the current system: it "
                "delivers a conversion plan, converts the data to the format of the new "
                "solution, runs 1 test migration that the Client checks, and performs the final "
                "migration before the go-live."
            ],
            "nl": [
                "De Leverancier is verantwoordelijk voor de datamigratie uit het huidige systeem: "
                "hij levert een conversieplan, zet de gegevens om naar het formaat van de nieuwe "
                "oplossing, voert 1 testmigratie uit die de Klant controleert, en doet de "
                "definitieve migratie voor de livegang."
            ],
            "fr": [
                "Le Fournisseur est responsable de la migration des données depuis le système "
                "actuel : il remet un plan de conversion, convertit les données au format de la "
                "nouvelle solution, effectue 1 migration de test que le Client vérifie, et "
                "réalise la migration définitive avant la mise en production."
            ],
        },
    },
    {
        "item": "rollout.acceptance",
        "kinds": ("project",),
        "needs": (),
        "title": {"en": "Acceptance", "nl": "Aanvaarding", "fr": "Réception"},
        "text": {
            "en": [
                "The Client tests each delivery against the agreed specifications within "
                "{acceptance_days} days of its delivery and accepts it in writing or lists the "
                "defects found. The Supplier corrects the defects and delivers again for a new "
                "acceptance test. Only a written acceptance counts as acceptance."
            ],
            "nl": [
                "De Klant test elke oplevering aan de hand van de afgesproken specificaties "
                "binnen {acceptance_days} dagen na de oplevering en aanvaardt ze schriftelijk of "
                "somt de gevonden gebreken op. De Leverancier verhelpt de gebreken en levert "
                "opnieuw op voor een nieuwe aanvaardingstest. Enkel een schriftelijke "
                "aanvaarding geldt als aanvaarding."
            ],
            "fr": [
                "Le Client procède à la recette de chaque livraison au regard des spécifications "
                "convenues dans les {acceptance_days} jours de la livraison, et l'accepte par "
                "écrit dans un procès-verbal de réception ou indique les défauts constatés. Le "
                "Fournisseur corrige les défauts et livre à nouveau pour une nouvelle recette. "
                "Seul un procès-verbal de réception signé vaut acceptation."
            ],
        },
    },
    {
        "item": "rollout.warranty",
        "kinds": ("project",),
        "needs": ("warranty_days",),
        "title": {"en": "Warranty", "nl": "Garantie", "fr": "Garantie"},
        "text": {
            "en": [
                "The warranty period is {warranty_days} days from the written acceptance. "
                "During this period the Supplier fixes every defect free of charge."
            ],
            "nl": [
                "De garantieperiode bedraagt {warranty_days} dagen vanaf de schriftelijke "
                "aanvaarding. Tijdens die periode herstelt de Leverancier elk gebrek kosteloos."
            ],
            "fr": [
                "La période de garantie est de {warranty_days} jours à compter de la réception "
                "écrite. Pendant cette période, le Fournisseur corrige gratuitement tout défaut."
            ],
        },
    },
    {
        "item": "rollout.user_support",
        "kinds": ("project", "saas"),
        "needs": ("training_hours",),
        "title": {
            "en": "Training and user support",
            "nl": "Opleiding en gebruikersondersteuning",
            "fr": "Formation et support aux utilisateurs",
        },
        "text": {
            "en": [
                "The Supplier provides {training_hours} hours of training for the key users and "
                "supports the end users during the first 4 weeks after the start of use."
            ],
            "nl": [
                "De Leverancier geeft {training_hours} uur opleiding aan de sleutelgebruikers en "
                "ondersteunt de eindgebruikers tijdens de eerste 4 weken na de ingebruikname."
            ],
            "fr": [
                "Le Fournisseur dispense {training_hours} heures de formation aux utilisateurs "
                "clés et assiste les utilisateurs finaux pendant les 4 premières semaines "
                "d'utilisation."
            ],
        },
    },
    {
        "item": "maintenance.services",
        "kinds": ("maintenance",),
        "needs": (),
        "title": {
            "en": "Maintenance services",
            "nl": "Onderhoudsdiensten",
            "fr": "Services de maintenance",
        },
        "text": {
            "en": [
                "The monthly fee covers the following maintenance services: corrective "
                "maintenance of incidents, preventive maintenance, 1 health check per quarter "
                "and the support desk."
            ],
            "nl": [
                "De maandelijkse vergoeding dekt de volgende onderhoudsdiensten: correctief "
                "onderhoud van incidenten, preventief onderhoud, 1 controle per kwartaal en de "
                "helpdesk."
            ],
            "fr": [
                "La redevance mensuelle couvre les services de maintenance suivants : "
                "maintenance corrective des incidents, maintenance préventive, 1 contrôle par "
                "trimestre et le support."
            ],
        },
    },
    {
        "item": "maintenance.services",
        "kinds": ("saas",),
        "needs": (),
        "title": {"en": "Services", "nl": "Diensten", "fr": "Services"},
        "text": {
            "en": [
                "The monthly fee covers the following services: use of the software as a "
                "service, hosting in the European Union, 1 backup every day kept for 30 days, "
                "monitoring and the support desk."
            ],
            "nl": [
                "De maandelijkse vergoeding dekt de volgende diensten: het gebruik van de "
                "software als dienst, hosting in de Europese Unie, 1 back-up per dag die 30 "
                "dagen bewaard wordt, monitoring en de helpdesk."
            ],
            "fr": [
                "La redevance mensuelle couvre les services suivants : l'utilisation du "
                "logiciel en mode service, l'hébergement dans l'Union européenne, 1 sauvegarde "
                "par jour conservée 30 jours, la surveillance et le support."
            ],
        },
    },
    {
        "item": "maintenance.support_hours",
        "kinds": ("maintenance", "saas"),
        "needs": ("support",),
        "title": {
            "en": "Support hours and channels",
            "nl": "Supporturen en kanalen",
            "fr": "Horaires et canaux du support",
        },
        "text": {
            "en": [
                "The support desk can be reached {support_days} from {opens} to {closes} "
                "{channels}."
            ],
            "nl": ["De helpdesk is bereikbaar {support_days} van {opens} tot {closes} {channels}."],
            "fr": ["Le support est joignable {support_days} de {opens} à {closes} {channels}."],
        },
    },
    {
        "item": "maintenance.response_time",
        "kinds": ("maintenance", "saas"),
        "needs": ("priorities",),
        "title": {"en": "Response times", "nl": "Reactietijden", "fr": "Délais d'intervention"},
        "text": {
            "en": [
                "The Supplier responds to each incident within the response time of its "
                "priority in the service level annex: {response_times}."
            ],
            "nl": [
                "De Leverancier reageert op elk incident binnen de reactietijd van zijn "
                "prioriteit uit de bijlage serviceniveaus: {response_times}."
            ],
            "fr": [
                "Le Fournisseur intervient sur chaque incident dans le délai d'intervention de "
                "sa priorité indiqué à l'annexe niveaux de service : {response_times}."
            ],
        },
    },
    {
        "item": "maintenance.resolution_time",
        "kinds": ("maintenance", "saas"),
        "needs": ("priorities",),
        "option": "obligation",
        "title": {"en": "Resolution times", "nl": "Hersteltijden", "fr": "Délais de résolution"},
        "text": {
            "result": {
                "en": [
                    "The Supplier resolves each incident, or provides a workaround that restores "
                    "normal use, within the resolution time of its priority in the service "
                    "level annex: {resolution_times}.",
                    "These response and resolution times are an obligation of result of the "
                    "Supplier.",
                ],
                "nl": [
                    "De Leverancier herstelt elk incident, of biedt een tijdelijke oplossing "
                    "die het normale gebruik herstelt, binnen de hersteltijd van zijn "
                    "prioriteit uit de bijlage serviceniveaus: {resolution_times}.",
                    "Deze reactie- en hersteltijden zijn een resultaatsverbintenis van de "
                    "Leverancier.",
                ],
                "fr": [
                    "Le Fournisseur résout chaque incident, ou fournit une solution de "
                    "contournement qui rétablit l'usage normal, dans le délai de résolution de "
                    "sa priorité indiqué à l'annexe niveaux de service : {resolution_times}.",
                    "Ces délais d'intervention et de résolution sont une obligation de résultat "
                    "du Fournisseur.",
                ],
            },
            "best_efforts": {
                "en": [
                    "The Supplier resolves each incident, or provides a workaround that restores "
                    "normal use, within the resolution time of its priority in the service "
                    "level annex: {resolution_times}.",
                    "For these response and resolution times the Supplier uses its best "
                    "efforts (obligation of means).",
                ],
                "nl": [
                    "De Leverancier herstelt elk incident, of biedt een tijdelijke oplossing "
                    "die het normale gebruik herstelt, binnen de hersteltijd van zijn "
                    "prioriteit uit de bijlage serviceniveaus: {resolution_times}.",
                    "Voor deze reactie- en hersteltijden heeft de Leverancier een "
                    "inspanningsverbintenis.",
                ],
                "fr": [
                    "Le Fournisseur résout chaque incident, ou fournit une solution de "
                    "contournement qui rétablit l'usage normal, dans le délai de résolution de "
                    "sa priorité indiqué à l'annexe niveaux de service : {resolution_times}.",
                    "Pour ces délais d'intervention et de résolution, le Fournisseur a une "
                    "obligation de moyens.",
                ],
            },
        },
    },
    {
        "item": "maintenance.availability",
        "kinds": ("saas",),
        "needs": ("availability_percent", "availability_period"),
        "title": {"en": "Availability", "nl": "Beschikbaarheid", "fr": "Disponibilité"},
        "text": {
            "en": [
                "The Supplier ensures an availability of the service of at least "
                "{availability} per {availability_period}, measured by its monitoring every 5 "
                "minutes and shown in the report.",
                "Planned maintenance announced 5 working days beforehand and carried out "
                "between 22:00 and 06:00 does not count as unavailability.",
            ],
            "nl": [
                "De Leverancier zorgt voor een beschikbaarheid van de dienst van minstens "
                "{availability} per {availability_period}, gemeten door zijn monitoring om de 5 "
                "minuten en getoond in het rapport.",
                "Gepland onderhoud dat 5 werkdagen vooraf aangekondigd is en tussen 22:00 en "
                "06:00 gebeurt, telt niet als onbeschikbaarheid.",
            ],
            "fr": [
                "Le Fournisseur assure une disponibilité du service d'au moins {availability} "
                "par {availability_period}, mesurée par sa surveillance toutes les 5 minutes et "
                "indiquée dans le rapport.",
                "La maintenance planifiée annoncée 5 jours ouvrables à l'avance et réalisée "
                "entre 22:00 et 06:00 ne compte pas comme indisponibilité.",
            ],
        },
    },
    {
        "item": "maintenance.service_credits",
        "kinds": ("saas",),
        "needs": ("credit_steps", "credit_cap_percent"),
        "title": {"en": "Service credits", "nl": "Servicecredits", "fr": "Crédits de service"},
        "text": {
            "en": [
                "When the availability is missed, the Client receives a service credit on the "
                "monthly fee of the month concerned: {credit_steps}. The service credits are "
                "capped at {credit_cap} of the monthly fee and are deducted from the next "
                "invoice."
            ],
            "nl": [
                "Wordt de beschikbaarheid niet gehaald, dan krijgt de Klant een servicecredit "
                "op de maandelijkse vergoeding van de betrokken maand: {credit_steps}. De "
                "servicecredits bedragen maximaal {credit_cap} van de maandelijkse vergoeding "
                "en worden afgetrokken van de volgende factuur."
            ],
            "fr": [
                "Lorsque la disponibilité n'est pas atteinte, le Client reçoit un crédit de "
                "service sur la redevance mensuelle du mois concerné : {credit_steps}. Les "
                "crédits de service sont plafonnés à {credit_cap} de la redevance mensuelle et "
                "sont déduits de la facture suivante."
            ],
        },
    },
    {
        "item": "maintenance.service_credits",
        "kinds": ("maintenance",),
        "needs": ("credit_per_breach_percent", "credit_cap_percent"),
        "title": {"en": "Service credits", "nl": "Servicecredits", "fr": "Crédits de service"},
        "text": {
            "en": [
                "For each incident whose resolution time is exceeded, the Client receives a "
                "service credit of {credit_per_breach} of the monthly fee. The service credits "
                "are capped at {credit_cap} of the monthly fee and are deducted from the next "
                "invoice."
            ],
            "nl": [
                "Voor elk incident waarvan de hersteltijd overschreden wordt, krijgt de Klant "
                "een servicecredit van {credit_per_breach} van de maandelijkse vergoeding. De "
                "servicecredits bedragen maximaal {credit_cap} van de maandelijkse vergoeding "
                "en worden afgetrokken van de volgende factuur."
            ],
            "fr": [
                "Pour chaque incident dont le délai de résolution est dépassé, le Client reçoit "
                "un crédit de service de {credit_per_breach} de la redevance mensuelle. Les "
                "crédits de service sont plafonnés à {credit_cap} de la redevance mensuelle et "
                "sont déduits de la facture suivante."
            ],
        },
    },
    {
        "item": "maintenance.customer_knowledge",
        "kinds": ("maintenance",),
        "needs": ("team",),
        "title": {
            "en": "Knowledge of the Client's environment",
            "nl": "Kennis van de omgeving van de Klant",
            "fr": "Connaissance de l'environnement du Client",
        },
        "text": {
            "en": [
                "The Supplier keeps an up-to-date description of the Client's environment "
                "(configuration, versions, access rights and contacts) and appoints a dedicated "
                "account manager: {account_manager}."
            ],
            "nl": [
                "De Leverancier houdt een actuele beschrijving bij van de omgeving van de Klant "
                "(configuratie, versies, toegangsrechten en contactpersonen) en wijst een vaste "
                "accountmanager aan: {account_manager}."
            ],
            "fr": [
                "Le Fournisseur tient à jour une description de l'environnement du Client "
                "(configuration, versions, droits d'accès et contacts) et désigne un "
                "interlocuteur dédié : {account_manager}."
            ],
        },
    },
    {
        "item": "maintenance.updates",
        "kinds": ("maintenance", "saas"),
        "needs": (),
        "title": {
            "en": "Updates and security patches",
            "nl": "Updates en beveiligingspatches",
            "fr": "Mises à jour et correctifs de sécurité",
        },
        "text": {
            "en": [
                "The Supplier installs updates, upgrades and security patches at no extra cost: "
                "critical security patches within 72 hours of their publication, other updates "
                "at least once per quarter in a window announced to the Client."
            ],
            "nl": [
                "De Leverancier installeert updates, upgrades en beveiligingspatches zonder "
                "bijkomende kosten: kritieke beveiligingspatches binnen 72 uur na hun "
                "publicatie, andere updates minstens eenmaal per kwartaal in een aan de Klant "
                "aangekondigd tijdvenster."
            ],
            "fr": [
                "Le Fournisseur installe les mises à jour, nouvelles versions et correctifs de "
                "sécurité sans frais supplémentaires : les correctifs de sécurité critiques "
                "dans les 72 heures de leur publication, les autres mises à jour au moins une "
                "fois par trimestre dans une plage annoncée au Client."
            ],
        },
    },
]
