"""Clauses for the agreement itself and the budget (nl, en, fr; our own wording).

Each clause: item (checklist id), kinds it applies to, needs (Terms fields it uses), title and
text {lang: [paragraphs]} with {placeholders} filled by the generator; a clause with "option"
has text {choice: {lang: [paragraphs]}}.
"""

ALL = ("project", "maintenance", "saas", "tm")

CLAUSES = [
    {
        "item": "agreement.signed_both",
        "kinds": ALL,
        "needs": ("client.representative", "supplier.representative"),
        "title": {"en": "Signature", "nl": "Ondertekening", "fr": "Signature"},
        "text": {
            "en": [
                "This agreement is signed by both parties, in two originals or with a qualified "
                "electronic signature, and each party keeps one copy."
            ],
            "nl": [
                "Deze overeenkomst wordt ondertekend door beide partijen, opgemaakt in tweevoud "
                "of met een gekwalificeerde elektronische handtekening; elke partij bewaart een "
                "exemplaar."
            ],
            "fr": [
                "Le présent contrat est signé par les deux parties, fait en deux exemplaires ou "
                "au moyen d'une signature électronique qualifiée ; chaque partie en conserve un "
                "exemplaire."
            ],
        },
    },
    {
        "item": "agreement.general_terms",
        "kinds": ALL,
        "needs": (),
        "title": {
            "en": "General terms and order of precedence",
            "nl": "Algemene voorwaarden en rangorde",
            "fr": "Conditions générales et ordre de priorité",
        },
        "text": {
            "en": [
                "This agreement and its annexes form the entire agreement between the parties "
                "on its subject. In case of conflict, this agreement prevails over its annexes, "
                "over the quote and over the general terms and conditions of either party.",
            ],
            "nl": [
                "Deze overeenkomst en haar bijlagen vormen de volledige overeenkomst tussen de "
                "partijen over het onderwerp ervan. Bij tegenstrijdigheid heeft deze "
                "overeenkomst voorrang op de bijlagen, op de offerte en op de algemene "
                "voorwaarden van elk van de partijen.",
            ],
            "fr": [
                "Le présent contrat et ses annexes constituent l'intégralité de l'accord entre "
                "les parties sur son objet. En cas de contradiction, le présent contrat prévaut "
                "sur ses annexes, sur l'offre et sur les conditions générales de chacune des "
                "parties.",
            ],
        },
    },
    {
        "item": "agreement.quote_included",
        "kinds": ALL,
        "needs": ("quote_reference", "quote_date"),
        "title": {"en": "Quote", "nl": "Offerte", "fr": "Offre"},
        "text": {
            "en": [
                "The quote of the Supplier with reference {quote_reference} dated {quote_date} "
                "is attached to this agreement and is part of this agreement."
            ],
            "nl": [
                "De offerte van de Leverancier met referentie {quote_reference} van {quote_date} "
                "is bij deze overeenkomst gevoegd en maakt deel uit van deze overeenkomst."
            ],
            "fr": [
                "L'offre commerciale du Fournisseur portant la référence {quote_reference} du "
                "{quote_date} est jointe au présent contrat et en fait partie."
            ],
        },
    },
    {
        "item": "budget.project_cost",
        "kinds": ("project",),
        "needs": ("project_price",),
        "title": {"en": "Project price", "nl": "Projectprijs", "fr": "Prix du projet"},
        "text": {
            "en": [
                "The total fixed price of the project is {project_price} excluding VAT. The "
                "breakdown per milestone is given in the budget annex."
            ],
            "nl": [
                "De vaste prijs van het project bedraagt in totaal {project_price} exclusief "
                "btw. De verdeling per mijlpaal staat in de bijlage budget."
            ],
            "fr": [
                "Le prix forfaitaire total du projet s'élève à {project_price} hors TVA. La "
                "répartition par jalon figure dans l'annexe budget."
            ],
        },
    },
    {
        "item": "budget.startup_cost",
        "kinds": ("project", "saas"),
        "needs": ("startup_fee",),
        "title": {"en": "Set-up fee", "nl": "Opstartkosten", "fr": "Frais de mise en place"},
        "text": {
            "en": [
                "For the set-up, configuration and onboarding the Client pays a one-time set-up "
                "fee of {startup_fee} excluding VAT."
            ],
            "nl": [
                "Voor de opzet, configuratie en onboarding betaalt de Klant eenmalige "
                "opstartkosten van {startup_fee} exclusief btw."
            ],
            "fr": [
                "Pour la mise en place, le paramétrage et l'accompagnement de démarrage, le "
                "Client paie des frais de mise en place uniques de {startup_fee} hors TVA."
            ],
        },
    },
    {
        "item": "budget.scope",
        "kinds": ("project", "maintenance", "saas"),
        "needs": ("scope_included", "scope_excluded"),
        "title": {"en": "Scope", "nl": "Omvang van de opdracht", "fr": "Périmètre"},
        "text": {
            "en": [
                "The price includes: {scope_included}.",
                "The following is excluded from the price: {scope_excluded}.",
            ],
            "nl": [
                "In de prijs zijn inbegrepen: {scope_included}.",
                "Niet inbegrepen in de prijs: {scope_excluded}.",
            ],
            "fr": [
                "Le prix comprend : {scope_included}.",
                "Ne sont pas compris dans le prix : {scope_excluded}.",
            ],
        },
    },
    {
        "item": "budget.extra_costs",
        "kinds": ("project", "maintenance", "tm"),
        "needs": (),
        "title": {"en": "Extra work", "nl": "Meerwerk", "fr": "Travaux supplémentaires"},
        "text": {
            "en": [
                "Extra work outside the agreed scope is only carried out and invoiced after a "
                "written change request with a price and an effect on the planning, approved "
                "in writing by the Client in advance. Work without this prior written approval "
                "is not payable."
            ],
            "nl": [
                "Meerwerk buiten de afgesproken omvang wordt enkel uitgevoerd en gefactureerd "
                "na voorafgaande schriftelijke goedkeuring door de Klant van een "
                "wijzigingsverzoek met prijs en gevolg voor de planning. Werk zonder deze "
                "voorafgaande schriftelijke goedkeuring is niet verschuldigd."
            ],
            "fr": [
                "Les travaux supplémentaires hors du périmètre convenu ne sont exécutés et "
                "facturés qu'après une demande de modification écrite indiquant le prix et "
                "l'effet sur le planning, acceptée par écrit au préalable par le Client. Les "
                "travaux sans cet accord écrit préalable ne sont pas dus."
            ],
        },
    },
    {
        "item": "budget.recurring_cost",
        "kinds": ("maintenance", "saas"),
        "needs": ("monthly_fee",),
        "title": {
            "en": "Monthly fee",
            "nl": "Maandelijkse vergoeding",
            "fr": "Redevance mensuelle",
        },
        "text": {
            "en": [
                "For the services the Client pays a monthly fee of {monthly_fee} excluding VAT, "
                "or {annual_fees} per year."
            ],
            "nl": [
                "Voor de diensten betaalt de Klant een maandelijkse vergoeding van "
                "{monthly_fee} exclusief btw, of {annual_fees} per jaar."
            ],
            "fr": [
                "Pour les services, le Client paie une redevance mensuelle de {monthly_fee} hors "
                "TVA, soit {annual_fees} par an."
            ],
        },
    },
    {
        "item": "budget.rates",
        "kinds": ALL,
        "needs": ("rates", "indexation_cap_percent"),
        "title": {
            "en": "Rates and indexation",
            "nl": "Tarieven en indexering",
            "fr": "Tarifs et indexation",
        },
        "text": {
            "en": [
                "The rates excluding VAT are: {rates}.",
                "Prices and rates are fixed for the first twelve months. After that they may be "
                "indexed once a year on 1 January with the Belgian consumer price index, by at "
                "most {indexation_cap} per year.",
            ],
            "nl": [
                "De tarieven exclusief btw zijn: {rates}.",
                "Prijzen en tarieven liggen vast voor de eerste twaalf maanden. Daarna kunnen ze "
                "eenmaal per jaar op 1 januari geïndexeerd worden volgens de Belgische index der "
                "consumptieprijzen, met ten hoogste {indexation_cap} per jaar.",
            ],
            "fr": [
                "Les tarifs hors TVA sont : {rates}.",
                "Les prix et tarifs sont fixes pendant les douze premiers mois. Ensuite, ils "
                "peuvent être indexés une fois par an au 1er janvier selon l'indice belge des "
                "prix à la consommation, de {indexation_cap} au maximum par an.",
            ],
        },
    },
    {
        "item": "budget.payment_terms",
        "kinds": ALL,
        "needs": ("payment_days",),
        "title": {
            "en": "Invoicing and payment",
            "nl": "Facturatie en betaling",
            "fr": "Facturation et paiement",
        },
        "text": {
            "en": [
                "{invoicing} Invoices are payable within {payment_days} days of the invoice "
                "date. The Client may withhold payment of a disputed part of an invoice if it "
                "states its reasons in writing."
            ],
            "nl": [
                "{invoicing} Facturen zijn betaalbaar binnen {payment_days} dagen na "
                "factuurdatum. De Klant mag de betaling van een betwist deel van een factuur "
                "inhouden als hij zijn redenen schriftelijk meedeelt."
            ],
            "fr": [
                "{invoicing} Les factures sont payables dans les {payment_days} jours de la "
                "date de facture. Le Client peut suspendre le paiement de la partie contestée "
                "d'une facture s'il en indique les raisons par écrit."
            ],
        },
    },
]
