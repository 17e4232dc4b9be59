"""Clauses for planning, team and reporting (nl, en, fr; our own wording). Shape: see
clauses_agreement_budget."""

ALL = ("project", "maintenance", "saas", "tm")

CLAUSES = [
    {
        "item": "timing.planning",
        "kinds": ("project",),
        "needs": ("milestones",),
        "option": "obligation",
        "title": {
            "en": "Planning and milestones",
            "nl": "Planning en mijlpalen",
            "fr": "Calendrier et jalons",
        },
        "text": {
            "result": {
                "en": [
                    "The Supplier delivers the project in the phases and by the milestone dates "
                    "of the planning annex: {milestones}.",
                    "Delivering by these milestone dates is an obligation of result of the "
                    "Supplier.",
                ],
                "nl": [
                    "De Leverancier levert het project op in de fasen en tegen de mijlpalen van "
                    "de bijlage planning: {milestones}.",
                    "Het opleveren tegen deze mijlpaaldata is een resultaatsverbintenis van de "
                    "Leverancier.",
                ],
                "fr": [
                    "Le Fournisseur réalise le projet selon les phases et aux dates des jalons "
                    "de l'annexe calendrier : {milestones}.",
                    "Le respect de ces dates de jalons est une obligation de résultat du "
                    "Fournisseur.",
                ],
            },
            "best_efforts": {
                "en": [
                    "The Supplier delivers the project in the phases and by the milestone dates "
                    "of the planning annex: {milestones}.",
                    "To deliver by these milestone dates the Supplier uses its best efforts "
                    "(obligation of means).",
                ],
                "nl": [
                    "De Leverancier levert het project op in de fasen en tegen de mijlpalen van "
                    "de bijlage planning: {milestones}.",
                    "Voor het opleveren tegen deze mijlpaaldata heeft de Leverancier een "
                    "inspanningsverbintenis.",
                ],
                "fr": [
                    "Le Fournisseur réalise le projet selon les phases et aux dates des jalons "
                    "de l'annexe calendrier : {milestones}.",
                    "Pour le respect de ces dates de jalons, le Fournisseur a une obligation de "
                    "moyens.",
                ],
            },
        },
    },
    {
        "item": "timing.client_obligations",
        "kinds": ("project", "tm"),
        "needs": (),
        "title": {
            "en": "Client's obligations",
            "nl": "Verplichtingen van de Klant",
            "fr": "Obligations du Client",
        },
        "text": {
            "en": [
                "The Client shall provide the information, test data, access and decisions the "
                "Supplier needs within 5 working days of a written request, and makes a "
                "contact person available for the duration of the work."
            ],
            "nl": [
                "De Klant verstrekt de informatie, testgegevens, toegang en beslissingen die de "
                "Leverancier nodig heeft binnen 5 werkdagen na een schriftelijke vraag, en "
                "stelt een contactpersoon ter beschikking zolang het werk loopt."
            ],
            "fr": [
                "Le Client fournira les informations, données de test, accès et décisions dont "
                "le Fournisseur a besoin dans les 5 jours ouvrables d'une demande écrite, et "
                "met un interlocuteur à disposition pendant toute la durée des travaux."
            ],
        },
    },
    {
        "item": "timing.delay",
        "kinds": ("project",),
        "needs": ("delay_penalty_percent_per_week", "delay_penalty_cap_percent"),
        "title": {"en": "Delay", "nl": "Vertraging", "fr": "Retard"},
        "text": {
            "en": [
                "Each party informs the other in writing of any expected delay, with its cause "
                "and a new date. If the Supplier misses a milestone date through its own fault, "
                "it owes a penalty of {delay_penalty} of the project price per week of delay, "
                "up to {delay_cap} of the project price. A delay caused by the Client moves the "
                "planning by the same number of days."
            ],
            "nl": [
                "Elke partij meldt de andere schriftelijk elke verwachte vertraging, met de "
                "oorzaak en een nieuwe datum. Mist de Leverancier door eigen fout een "
                "mijlpaaldatum, dan is hij een boete verschuldigd van {delay_penalty} van de "
                "projectprijs per week vertraging, met een maximum van {delay_cap} van de "
                "projectprijs. Een vertraging door de Klant verschuift de planning met "
                "hetzelfde aantal dagen."
            ],
            "fr": [
                "Chaque partie informe l'autre par écrit de tout retard prévisible, avec sa "
                "cause et une nouvelle date. Si le Fournisseur manque la date d'un jalon par sa "
                "faute, il doit une pénalité de retard de {delay_penalty} du prix du projet par "
                "semaine de retard, plafonnée à {delay_cap} du prix du projet. Un retard dû au "
                "Client décale le calendrier du même nombre de jours."
            ],
        },
    },
    {
        "item": "team.named_team",
        "kinds": ("project", "maintenance", "tm"),
        "needs": ("team",),
        "title": {
            "en": "Team and contact persons",
            "nl": "Team en contactpersonen",
            "fr": "Équipe et interlocuteurs",
        },
        "text": {
            "en": ["The parties appoint the following key persons: {team}."],
            "nl": ["De partijen wijzen de volgende sleutelpersonen aan: {team}."],
            "fr": ["Les parties désignent les personnes clés suivantes : {team}."],
        },
    },
    {
        "item": "team.replacement",
        "kinds": ("project", "tm"),
        "needs": ("replacement_notice_days",),
        "title": {
            "en": "Replacement of team members",
            "nl": "Vervanging van teamleden",
            "fr": "Remplacement des membres de l'équipe",
        },
        "text": {
            "en": [
                "The Supplier only carries out a replacement of team members with the prior "
                "written approval of the Client, at least {replacement_notice_days} days in "
                "advance except in case of illness or departure, by a person of the same "
                "level, and the handover is at no cost to the Client."
            ],
            "nl": [
                "De Leverancier gaat enkel over tot vervanging van een teamlid met voorafgaande "
                "schriftelijke toestemming van de Klant, minstens "
                "{replacement_notice_days} dagen vooraf behalve bij ziekte of vertrek, door een "
                "gelijkwaardige persoon, en de overdracht gebeurt zonder kosten voor de Klant."
            ],
            "fr": [
                "Le Fournisseur ne procède au remplacement d'un membre de l'équipe qu'avec "
                "l'accord écrit préalable du Client, au moins {replacement_notice_days} jours à "
                "l'avance sauf maladie ou départ, par une personne de niveau équivalent, et la "
                "passation se fait sans frais pour le Client."
            ],
        },
    },
    {
        "item": "team.seniority",
        "kinds": ("project", "tm"),
        "needs": ("team",),
        "title": {
            "en": "Experience of the team",
            "nl": "Ervaring van het team",
            "fr": "Expérience de l'équipe",
        },
        "text": {
            "en": [
                "The Supplier assigns qualified staff with the experience profile stated per "
                "person: {seniority}."
            ],
            "nl": [
                "De Leverancier zet gekwalificeerd personeel in met het ervaringsprofiel dat per "
                "persoon vermeld is: {seniority}."
            ],
            "fr": [
                "Le Fournisseur affecte du personnel qualifié ayant le profil d'expérience "
                "indiqué par personne : {seniority}."
            ],
        },
    },
    {
        "item": "team.knowledge_transfer",
        "kinds": ("project", "maintenance", "tm"),
        "needs": (),
        "title": {
            "en": "Documentation and knowledge transfer",
            "nl": "Documentatie en kennisoverdracht",
            "fr": "Documentation et transfert de connaissances",
        },
        "text": {
            "en": [
                "The Supplier shall deliver up-to-date technical and user documentation with "
                "each delivery and at the end of the agreement, and provides a knowledge "
                "transfer of at least 2 working days to the Client or to a party it appoints, "
                "at no extra cost."
            ],
            "nl": [
                "De Leverancier levert bij elke oplevering en bij het einde van de overeenkomst "
                "actuele technische en gebruikersdocumentatie, en verzorgt een kennisoverdracht "
                "van minstens 2 werkdagen aan de Klant of aan een partij die hij aanwijst, "
                "zonder bijkomende kosten."
            ],
            "fr": [
                "Le Fournisseur remet une documentation technique et utilisateur à jour à chaque "
                "livraison et à la fin du contrat, et assure un transfert de connaissances d'au "
                "moins 2 jours ouvrables au Client ou à la partie qu'il désigne, sans frais "
                "supplémentaires."
            ],
        },
    },
    {
        "item": "team.quality",
        "kinds": ("project", "tm"),
        "needs": (),
        "title": {"en": "Quality", "nl": "Kwaliteit", "fr": "Qualité"},
        "text": {
            "en": [
                "The Supplier works in a professional and workmanlike manner according to good "
                "industry practice, with code review and testing of every change before it is "
                "delivered."
            ],
            "nl": [
                "De Leverancier werkt vakkundig en volgens de stand der techniek, met code "
                "review en testen van elke wijziging voor ze wordt opgeleverd."
            ],
            "fr": [
                "Le Fournisseur travaille de manière professionnelle et selon les règles de "
                "l'art, avec une revue du code et des tests de chaque modification avant sa "
                "livraison."
            ],
        },
    },
    {
        "item": "reporting.progress",
        "kinds": ("project", "tm"),
        "needs": ("reporting",),
        "title": {"en": "Reporting", "nl": "Rapportering", "fr": "Rapports"},
        "text": {
            "en": [
                "The Supplier sends the Client a written {reporting_adjective} report on "
                "progress, the work delivered, hours used against the budget, open risks and "
                "the decisions needed from the Client."
            ],
            "nl": [
                "De Leverancier bezorgt de Klant een {reporting_adjective} schriftelijk rapport "
                "over de voortgang, het geleverde werk, de bestede uren tegenover het budget, "
                "open risico's en de beslissingen die van de Klant nodig zijn."
            ],
            "fr": [
                "Le Fournisseur remet au Client un rapport {reporting_adjective} écrit sur "
                "l'avancement, le travail livré, les heures consommées par rapport au budget, "
                "les risques ouverts et les décisions attendues du Client."
            ],
        },
    },
    {
        "item": "reporting.progress",
        "kinds": ("maintenance", "saas"),
        "needs": ("reporting",),
        "title": {"en": "Service report", "nl": "Servicerapport", "fr": "Rapport de service"},
        "text": {
            "en": [
                "The Supplier sends the Client a written {reporting_adjective} service report "
                "on the incidents per priority, the response and resolution times achieved, "
                "the availability, the hours used and open risks."
            ],
            "nl": [
                "De Leverancier bezorgt de Klant een {reporting_adjective} schriftelijk "
                "servicerapport over de incidenten per prioriteit, de behaalde reactie- en "
                "hersteltijden, de beschikbaarheid, de bestede uren en open risico's."
            ],
            "fr": [
                "Le Fournisseur remet au Client un rapport de service {reporting_adjective} "
                "écrit sur les incidents par priorité, les délais d'intervention et de "
                "résolution atteints, la disponibilité, les heures consommées et les risques "
                "ouverts."
            ],
        },
    },
    {
        "item": "reporting.governance",
        "kinds": ALL,
        "needs": ("meetings",),
        "title": {
            "en": "Governance and escalation",
            "nl": "Overleg en escalatie",
            "fr": "Gouvernance et escalade",
        },
        "text": {
            "en": [
                "The contact persons of both parties hold a {meetings_adjective} review meeting "
                "on the report. An issue not solved there is escalated to the managing "
                "directors of both parties, who meet within 10 working days."
            ],
            "nl": [
                "De contactpersonen van beide partijen houden {meetings_adjective} overleg over "
                "het rapport. Een probleem dat daar niet geregeld raakt, gaat in escalatie naar de "
                "zaakvoerders van beide partijen, die binnen 10 werkdagen samenkomen."
            ],
            "fr": [
                "Les interlocuteurs des deux parties tiennent une réunion de suivi "
                "{meetings_adjective} sur le rapport. Un problème qui n'y trouve pas de solution "
                "fait l'objet d'une escalade vers les dirigeants des deux parties, qui se "
                "réunissent dans les 10 jours ouvrables."
            ],
        },
    },
]
