"""Clauses for duration, exit and legal points (nl, en, fr; our own wording). Shape: see
clauses_agreement_budget."""

ALL = ("project", "maintenance", "saas", "tm")

CLAUSES = [
    {
        "item": "exit.duration_renewal",
        "kinds": ("maintenance", "saas", "tm"),
        "needs": ("start_date", "term_months", "renewal_months", "notice_days"),
        "title": {
            "en": "Term and renewal",
            "nl": "Looptijd en verlenging",
            "fr": "Durée et reconduction",
        },
        "text": {
            "en": [
                "This agreement starts on {start_date} for an initial term of {term_months} "
                "months.",
                "At the end of each period it is renewed for {renewal_months} months, unless "
                "either party gives notice at least {notice_days} days before the end of the "
                "current period.",
            ],
            "nl": [
                "Deze overeenkomst begint op {start_date} en wordt gesloten voor een "
                "looptijd van {term_months} maanden.",
                "Aan het einde van elke periode wordt ze stilzwijgend verlengd met "
                "{renewal_months} maanden, tenzij een partij minstens {notice_days} dagen voor "
                "het einde van de lopende periode opzegt.",
            ],
            "fr": [
                "Le présent contrat prend effet le {start_date} et est conclu pour une durée "
                "initiale de {term_months} mois.",
                "À la fin de chaque période, il est renouvelé pour une période de "
                "{renewal_months} mois, sauf si une partie le dénonce au moins {notice_days} "
                "jours avant la fin de la période en cours.",
            ],
        },
    },
    {
        "item": "exit.termination",
        "kinds": ALL,
        "needs": ("notice_days",),
        "title": {"en": "Termination", "nl": "Beëindiging", "fr": "Résiliation"},
        "text": {
            "en": [
                "Either party may terminate this agreement by registered letter with immediate "
                "effect if the other party seriously breaches it and does not remedy the breach "
                "within 30 days of a written notice of default, or if the other party is "
                "declared bankrupt.",
                "The Client may also terminate this agreement at any time with a notice period "
                "of {notice_days} days, paying only the services provided until the end date.",
            ],
            "nl": [
                "Elke partij kan deze overeenkomst per aangetekende brief met onmiddellijke "
                "ingang beëindigen als de andere partij ze ernstig schendt en de tekortkoming "
                "niet rechtzet binnen 30 dagen na een schriftelijke ingebrekestelling, of als "
                "de andere partij failliet verklaard wordt.",
                "De Klant kan deze overeenkomst ook op elk moment opzeggen met een opzegtermijn "
                "van {notice_days} dagen, waarbij hij enkel de diensten tot de einddatum betaalt.",
            ],
            "fr": [
                "Chaque partie peut résilier le présent contrat par lettre recommandée avec "
                "effet immédiat si l'autre partie commet un manquement grave et n'y remédie pas "
                "dans les 30 jours d'une mise en demeure écrite, ou si l'autre partie est "
                "déclarée en faillite.",
                "Le Client peut aussi résilier le présent contrat à tout moment moyennant un "
                "préavis de {notice_days} jours, en payant uniquement les services fournis "
                "jusqu'à la date de fin.",
            ],
        },
    },
    {
        "item": "exit.transition",
        "kinds": ("maintenance", "saas"),
        "needs": ("transition_months",),
        "title": {
            "en": "Transition",
            "nl": "Overdracht naar een nieuwe leverancier",
            "fr": "Réversibilité",
        },
        "text": {
            "en": [
                "At the end of this agreement, whatever the reason, the Supplier assists the "
                "Client and any new supplier with the transition and keeps providing the "
                "services at the same conditions for up to {transition_months} months if the "
                "Client asks for it."
            ],
            "nl": [
                "Bij het einde van deze overeenkomst, om welke reden ook, verleent de "
                "Leverancier bijstand aan de Klant en aan een nieuwe leverancier bij de "
                "overdracht, en blijft hij de diensten tegen dezelfde voorwaarden verlenen tot "
                "{transition_months} maanden lang als de Klant daarom vraagt."
            ],
            "fr": [
                "À la fin du présent contrat, quelle qu'en soit la raison, le Fournisseur "
                "assiste le Client et tout nouveau fournisseur pour la réversibilité et "
                "continue à fournir les services aux mêmes conditions pendant "
                "{transition_months} mois au plus si le Client le demande."
            ],
        },
    },
    {
        "item": "exit.data_return",
        "kinds": ("maintenance", "saas"),
        "needs": ("data_return_format", "data_return_days"),
        "title": {
            "en": "Return of data",
            "nl": "Teruggave van gegevens",
            "fr": "Restitution des données",
        },
        "text": {
            "en": [
                "Within {data_return_days} days of the end of this agreement the Supplier "
                "shall return all data of the Client in {data_return_format} format, with a "
                "description of its structure, at no extra cost.",
                "Once the Client has confirmed that it received the data, the Supplier erases "
                "its copies and confirms this in writing.",
            ],
            "nl": [
                "Binnen {data_return_days} dagen na het einde van deze overeenkomst geeft de "
                "Leverancier alle gegevens van de Klant terug in {data_return_format}-formaat, "
                "met een beschrijving van de structuur, zonder bijkomende kosten.",
                "Zodra de Klant bevestigd heeft dat hij de gegevens ontvangen heeft, wist de "
                "Leverancier zijn kopieën en bevestigt hij dat schriftelijk.",
            ],
            "fr": [
                "Dans les {data_return_days} jours de la fin du présent contrat, le Fournisseur "
                "restitue toutes les données du Client au format {data_return_format}, avec une "
                "description de leur structure, sans frais supplémentaires.",
                "Dès que le Client a confirmé avoir reçu les données, le Fournisseur efface ses "
                "copies et le confirme par écrit.",
            ],
        },
    },
    {
        "item": "exit.escrow",
        "kinds": ("project", "maintenance"),
        "needs": (),
        "option": "escrow",
        "title": {"en": "Source code escrow", "nl": "Broncodedepot", "fr": "Dépôt du code source"},
        "text": {
            "yes": {
                "en": [
                    "The Supplier deposits the source code of the software, with its build "
                    "documentation, with {escrow_agent} and updates the deposit with each new "
                    "version. The source code is released to the Client if the Supplier is "
                    "declared bankrupt, stops its activity or stops maintaining the software."
                ],
                "nl": [
                    "De Leverancier deponeert de broncode van de software, met de "
                    "bouwdocumentatie, bij {escrow_agent} en werkt het depot bij met elke "
                    "nieuwe versie. De broncode wordt aan de Klant vrijgegeven als de "
                    "Leverancier failliet verklaard wordt, zijn activiteit stopt of het "
                    "onderhoud van de software stopzet."
                ],
                "fr": [
                    "Le Fournisseur dépose le code source du logiciel, avec sa documentation de "
                    "compilation, auprès de {escrow_agent} et met le dépôt à jour à chaque "
                    "nouvelle version. Le code source est remis au Client si le Fournisseur est "
                    "déclaré en faillite, cesse ses activités ou arrête la maintenance du "
                    "logiciel."
                ],
            },
            "no": {
                "en": [
                    "Instead of a source code escrow, the Supplier hands the complete source "
                    "code, with its build documentation, to the Client with each delivery and "
                    "each new version, so that the Client can continue with another supplier."
                ],
                "nl": [
                    "In plaats van een broncodedepot bezorgt de Leverancier de volledige "
                    "broncode, met de bouwdocumentatie, aan de Klant bij elke oplevering en "
                    "elke nieuwe versie, zodat de Klant met een andere leverancier kan verder "
                    "werken."
                ],
                "fr": [
                    "Au lieu d'un dépôt du code source, le Fournisseur remet au Client le code "
                    "source complet, avec sa documentation de compilation, à chaque livraison "
                    "et à chaque nouvelle version, afin que le Client puisse continuer avec un "
                    "autre fournisseur."
                ],
            },
        },
    },
    {
        "item": "legal.liability",
        "kinds": ALL,
        "needs": (),
        "title": {"en": "Liability", "nl": "Aansprakelijkheid", "fr": "Responsabilité"},
        "text": {
            "en": [
                "The liability of each party for the damage it causes under this agreement is "
                "limited to {liability_cap}, which is {liability_multiple} {liability_base}. "
                "This limit does not apply to fraud, intentional fault, gross negligence, "
                "bodily injury or a breach of confidentiality."
            ],
            "nl": [
                "De aansprakelijkheid van elke partij voor de schade die ze veroorzaakt onder "
                "deze overeenkomst is beperkt tot {liability_cap}, dit is "
                "{liability_multiple} {liability_base}. Deze beperking geldt niet bij bedrog, "
                "opzet, zware fout, lichamelijk letsel of een schending van de "
                "vertrouwelijkheid."
            ],
            "fr": [
                "La responsabilité de chaque partie pour le dommage qu'elle cause dans le cadre "
                "du présent contrat est limitée à {liability_cap}, soit {liability_multiple} "
                "{liability_base}. Cette limite ne s'applique pas en cas de fraude, de faute "
                "intentionnelle, de faute lourde, de dommage corporel ou de violation de la "
                "confidentialité."
            ],
        },
    },
    {
        "item": "legal.ip",
        "kinds": ("project", "maintenance", "tm"),
        "needs": (),
        "option": "ip",
        "title": {
            "en": "Intellectual property",
            "nl": "Intellectuele eigendom",
            "fr": "Propriété intellectuelle",
        },
        "text": {
            "client": {
                "en": [
                    "The Client becomes the owner of all intellectual property rights on the "
                    "deliverables made for it, from their payment. The Supplier keeps its "
                    "pre-existing tools and grants the Client a perpetual, non-exclusive "
                    "licence on them to use and adapt the deliverables."
                ],
                "nl": [
                    "De Klant wordt eigenaar van alle intellectuele eigendomsrechten op het "
                    "voor hem gemaakte werk, vanaf de betaling ervan. De Leverancier behoudt "
                    "zijn bestaande hulpmiddelen en geeft de Klant daarop een eeuwigdurende, "
                    "niet-exclusieve licentie om het geleverde te gebruiken en aan te passen."
                ],
                "fr": [
                    "Le Client devient titulaire de tous les droits de propriété "
                    "intellectuelle sur les livrables réalisés pour lui, dès leur paiement. Le "
                    "Fournisseur conserve ses outils préexistants et accorde au Client une "
                    "licence perpétuelle et non exclusive sur ceux-ci pour utiliser et adapter "
                    "les livrables."
                ],
            },
            "licence": {
                "en": [
                    "The Supplier keeps the intellectual property rights on the deliverables and "
                    "grants the Client, from their payment, a perpetual, non-exclusive and "
                    "transferable licence to use, copy and adapt them."
                ],
                "nl": [
                    "De Leverancier behoudt de intellectuele eigendomsrechten op het geleverde "
                    "en geeft de Klant, vanaf de betaling, een eeuwigdurende, niet-exclusieve "
                    "en overdraagbare licentie om het te gebruiken, te kopiëren en aan te "
                    "passen."
                ],
                "fr": [
                    "Le Fournisseur conserve les droits de propriété intellectuelle sur les "
                    "livrables et accorde au Client, dès leur paiement, une licence "
                    "perpétuelle, non exclusive et cessible pour les utiliser, les copier et "
                    "les adapter."
                ],
            },
        },
    },
    {
        "item": "legal.confidentiality",
        "kinds": ALL,
        "needs": (),
        "title": {"en": "Confidentiality", "nl": "Vertrouwelijkheid", "fr": "Confidentialité"},
        "text": {
            "en": [
                "Each party shall keep confidential all information of the other party it "
                "receives under this agreement, use it only for this agreement and impose the "
                "same obligation on its staff and subcontractors, until 5 years after the end "
                "of the agreement."
            ],
            "nl": [
                "Elke partij houdt alle informatie van de andere partij die ze onder deze "
                "overeenkomst ontvangt vertrouwelijk, gebruikt ze enkel voor deze overeenkomst "
                "en legt dezelfde verplichting op aan haar personeel en onderaannemers, tot 5 "
                "jaar na het einde van de overeenkomst."
            ],
            "fr": [
                "Chaque partie garde confidentielles toutes les informations de l'autre partie "
                "reçues dans le cadre du présent contrat, ne les utilise que pour ce contrat et "
                "impose la même obligation à son personnel et à ses sous-traitants, jusqu'à 5 "
                "ans après la fin du contrat."
            ],
        },
    },
    {
        "item": "legal.data_protection",
        "kinds": ALL,
        "needs": (),
        "title": {
            "en": "Personal data",
            "nl": "Persoonsgegevens",
            "fr": "Données à caractère personnel",
        },
        "text": {
            "en": [
                "When the Supplier processes personal data for the Client, it does so as "
                "processor under the GDPR, and the parties sign a data processing agreement "
                "under article 28 GDPR before any processing starts. The Supplier reports a "
                "personal data breach to the Client within 48 hours."
            ],
            "nl": [
                "Als de Leverancier persoonsgegevens verwerkt voor de Klant, doet hij dat als "
                "verwerker onder de AVG, en de partijen ondertekenen een "
                "verwerkersovereenkomst volgens artikel 28 AVG voor de verwerking begint. De "
                "Leverancier meldt een datalek binnen 48 uur aan de Klant."
            ],
            "fr": [
                "Lorsque le Fournisseur traite des données à caractère personnel pour le "
                "Client, il le fait en qualité de sous-traitant au sens du RGPD, et les parties "
                "signent un accord de traitement des données conforme à l'article 28 RGPD avant "
                "tout traitement. Le Fournisseur signale toute violation de données au Client "
                "dans les 48 heures."
            ],
        },
    },
    {
        "item": "legal.governing_law",
        "kinds": ALL,
        "needs": ("court",),
        "title": {
            "en": "Governing law and competent court",
            "nl": "Toepasselijk recht en bevoegde rechtbank",
            "fr": "Droit applicable et tribunal compétent",
        },
        "text": {
            "en": [
                "This agreement is governed by Belgian law. The courts of {court} have "
                "exclusive jurisdiction."
            ],
            "nl": [
                "Op deze overeenkomst is het Belgisch recht van toepassing. Enkel de "
                "rechtbanken van {court} zijn bevoegd."
            ],
            "fr": [
                "Le présent contrat est régi par le droit belge. Les tribunaux de {court} sont "
                "seuls compétents."
            ],
        },
    },
    {
        "item": "legal.dispute_resolution",
        "kinds": ALL,
        "needs": (),
        "title": {
            "en": "Amicable settlement and mediation",
            "nl": "Minnelijke regeling en bemiddeling",
            "fr": "Règlement amiable et médiation",
        },
        "text": {
            "en": [
                "Before going to court, the parties try to settle a dispute through the "
                "escalation in the governance article and, if that fails within 30 days, "
                "through mediation by a mediator accredited by the Federal Mediation "
                "Commission."
            ],
            "nl": [
                "Voor ze naar de rechtbank stappen, proberen de partijen een geschil minnelijk "
                "te regelen via de escalatie uit het artikel over overleg en, als dat binnen 30 "
                "dagen niet lukt, via bemiddeling door een door de Federale "
                "Bemiddelingscommissie erkende bemiddelaar."
            ],
            "fr": [
                "Avant de saisir le tribunal, les parties tentent de régler un litige par "
                "l'escalade prévue à l'article sur la gouvernance et, à défaut d'accord dans "
                "les 30 jours, par une médiation menée par un médiateur agréé par la "
                "Commission fédérale de médiation."
            ],
        },
    },
]
