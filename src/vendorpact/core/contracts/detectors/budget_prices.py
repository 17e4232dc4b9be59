"""Rules for the budget area's running prices: recurring costs, rates and their changes, and
payment terms (the other budget rules: budget_rules.py)."""

from vendorpact.core.contracts.detectors.common import AMOUNT, DURATION, PERCENT, PRICE_FIGURE
from vendorpact.core.contracts.detectors.engine import Rule

# A character of the same sentence: not a full stop, except the one of "excl. btw", "incl. VAT"
SAME_SENTENCE = r"(?:[^.\n]|(?<=excl|incl)\.)"
SAME_SENTENCE_NO_DIGIT = r"(?:[^.\n\d]|(?<=excl|incl)\.)"

_PERIOD = r"(?:maand|jaar|kwartaal|month|year|annum|quarter|mois|an|année)\b"

# A one-off service priced where it is named, as a table row or a clause: "Installatie,
# configuratie en inregeling   EUR 5.600,00", "Installation and commissioning (5 working days)
# 6.480,00", "La mise en place (...) est facturée 2.400,00 € HTVA", "Voor de implementatie
# betaalt X een vaste prijs van € 18.750" (not a price per period, nor a cap, a penalty or a
# minimum that only names the installation)
_ONE_OFF_SERVICE = (
    r"\b(?:installati(?:e|on)|implementati(?:e|on)|set[- ]?up|onboarding|opstart\w*|"
    r"configurati(?:e|on)|commissioning|inrichting|ingebruikname|indienst(?:name|stelling)|"
    r"mise en (?:service|place|route|œuvre|oeuvre)|paramétrage|activati(?:e|on))\b"
)
_NOT_A_CAP = r"(?:(?!limit|beperkt|max|min|boete|pénal|penalt|aansprak|liabil|responsab)[^\n€])"
ONE_OFF_PRICED = (
    (
        _ONE_OFF_SERVICE + _NOT_A_CAP + r"{0,120}?(?:(?:€|\beur\b) ?\d[\d.,]*|"
        r"\b\d{1,3}(?:[.,]\d{3})*[.,]\d{2}\b(?![.,/]\d|\s?%))"
        r"(?![^\n]{0,40}\b(?:per|/|par|a|each|pro) ?(?:maand|month|mois|jaar|year|an|année|"
        r"kwartaal|quarter|trimestre|user|gebruiker|utilisateur|apparaat|device|appareil)\b)",
        1.0,
    ),
    # "forfait unique", "a one-off job at EUR 1.150", "un prix forfaitaire unique de", "cette
    # prestation unique est facturée", a starter pack ("pack de démarrage : 290,00 EUR",
    # "starter pack", "opstartpakket")
    (
        r"\bforfaits? uniques?\b|\bone[- ]off (?:job|task|service|intervention)\b|"
        r"\b(?:prix forfaitaire|prestation|montant) uniques?\b|\bpacks? (?:de )?(?:démarrage|"
        r"lancement|mise en route)\b|\bstarter (?:pack|package)\b|\bopstart(?:pakket|pack)\b",
        1.0,
    ),
)

# a rate written as a money figure whose currency stands elsewhere (a header, "(EUR, excl.
# VAT)"): "85,00 per hour", "95,00 par jour", "daily rates: senior 1.050,00", "uurtarief
# 82,00" (not a bare date or a version: PRICE_FIGURE wants cents)
RATE_FIGURE = (
    r"|" + PRICE_FIGURE + r"\s?(?:/|per|par|pro) ?(?:hour|day|uur|dag|heure|jour|man-day|"
    r"mandag|consultant day|werkdag)\b|\b(?:hourly|daily) rates?\b[^\n]{0,80}"
    + PRICE_FIGURE
    + r"|\b(?:uur|dag)tarie(?:f|ven)\b[^\n]{0,80}"
    + PRICE_FIGURE
    + r"|\b(?:taux|tarifs?|prix) (?:horaires?|journaliers?)\b[^\n]{0,80}"
    + PRICE_FIGURE
)

# a periodic fee written as a money figure whose currency stands elsewhere: "9,50 per panel per
# month", "2.336,00 per month", "29,50 per user per year", "390,00 par mois"
PERIODIC_FIGURE = (
    r"|" + PRICE_FIGURE + r"\s?(?:/|per|par|pro|a|an) ?(?:\w+ (?:per|par|pro|a) )?(?:month|year|"
    r"quarter|maand|jaar|kwartaal|mois|an|année|trimestre)\b"
)

# The total over the first year or the initial term, with its amount: "Totaal eerste jaar:
# EUR 1.450 + 12 x EUR 256 = EUR 4.522", "De totale vergoeding over de initiële looptijd
# bedraagt EUR 9.386", "Total value of the initial term   EUR 33.500", "Montant total pour la
# première année : 6.480 EUR" (not a cap: "limited to the total fees of the first year")
_FIRST_TERM = (
    r"\b(?:first|initial|eerste|initiële|première|initiale) (?:contract ?)?(?:year|term|period|"
    r"jaar|contractjaar|looptijd|periode|contractperiode|année|durée|période)\b"
)
# the amount stated as the total: after a colon, "=", "bedraagt", a bracket or a cell
_STATED_AMOUNT = (
    r"[^.\n:=|]{0,50}?(?::|=|\||\)|\bbedraagt\b|\bamounts? to\b|\bcomes? to\b|"
    r"\bs'élève à\b|\bis\b)[^.\n]{0,50}?(?:€|\beur\b|\beuros?\b)"
)
TOTAL_OVER_TERM = (
    (
        r"\b(?:total|totaal|totale|montant total|coût total)\b"
        + _NOT_A_CAP
        + r"{0,40}?"
        + _FIRST_TERM
        + _STATED_AMOUNT,
        1.0,
    ),
)

# A one-off or first-term total in the same sentence as a monthly fee: table rows glued into one
# sentence ("... Totaal eenmalig EUR 14.262,00 Maandelijks Gebruikerslicentie ...", "Totaal
# eerste contractjaar", "Totale contractwaarde"); the monthly fee beside it does not make the
# sentence a recurring cost only
ONE_OFF_TOTAL = (
    r"\b(?:totaal|subtotaal|total|sous-total) (?:eenmalig|one-off|one-time|unique)\b|"
    r"\b(?:totaal|total|totale) (?:\w+ ){0,2}(?:eerste|first|initial|initiële|première) "
    r"(?:contract ?|subscription )?(?:jaar|year|contractjaar|année|term|looptijd|"
    r"contractperiode)\b|"
    r"\btotale contractwaarde\b|\btotal contract value\b|\bvaleur totale (?:du contrat|du marché|"
    r"de la commande)\b|\b(?:total|totaal) (?:mise en place|création|installation|installatie|"
    r"setup|implementation|implementatie)\b|"
    # a fixed-price line glued to the monthly fees of a price table
    r"\bfixed price\b|\b(?:vaste|forfaitaire) prijs\b|\bprix (?:fixe|forfaitaire)\b"
)
# the price of the whole contract or offer: "Totale contractwaarde over de looptijd EUR 33.610",
# "TOTAL OFFRE HTVA 32.120,00", "la mise en place est réalisée pour un forfait de 12.500 EUR"
# (not "un forfait de 45 EUR par déplacement")
CONTRACT_TOTAL = (
    (
        r"\btotale contractwaarde\b|\btotal contract value\b|\bvaleur totale du (?:contrat|"
        r"marché)\b|\btotal (?:de l')?offre\b|\b(?:offer|quote|quotation) total\b|"
        r"\b(?:pour|moyennant) un forfait (?:global |unique )?de \d(?![^.\n]{0,40}\b(?:par|per)\b)",
        1.0,
    ),
)

# A total line of a price table with its figure, the currency in the table's header: "TOTAL
# 58.770,00", "Total for the first subscription year   53.200,00", "Total for year 1: EUR
# 14.460,00"; an estimated budget: "an estimated budget of EUR 284.600,00", "Estimate: 22 days
# and 20 days, i.e. EUR 41.560,00" (not "total liability", "a total of 3 days")
TOTAL_LINE = (
    (
        r"\b(?:total|totaal|totale)\b(?: (?:for|of|over|voor|van|pour) [^\n:|;]{1,80}?)?(?:\s*[:|]"
        r"\s*|\s+)(?:(?:€|eur)\s?)?\d{1,3}(?:[.\s]\d{3})*,\d\d\b|\bestimated (?:total |overall )?"
        r"(?:budget|price|cost|amount)\b|\bestimate(?:d effort)?\s?:[^.\n]{0,80}\b(?:i\.e\.|that "
        r"is|=) (?:eur|€)",
        1.0,
    ),
)

# The project price stated as a fixed price or a budget with its amount, or an estimate of the
# work turned into its price (budget.project_cost in budget_rules.py)
PRICE_OR_BUDGET_STATED = (
    (
        # a fixed price or a budget as a key or with its amount: "Forfait : 3.960,00 EUR",
        # "un forfait de 28.600,00 EUR HTVA", "pour un budget maximal de 1.050.000,00
        # EUR", "le budget de la reprise est estimé à 43.650,00 EUR", "a maximum budget
        # of EUR 80.000", "een maximaal budget van € 25.000" (not "un forfait de 2
        # heures", "budget de 5 jours")
        r"\b(?:forfait|budget)(?: (?:global|total|fixe|maxim(?:al|um)|estimé|plafond))?"
        r"\s*(?::|de)\s*(?:(?:€|eur)\s?)?\d{1,3}(?:[.\s]\d{3})*,\d\d\b"
        r"(?![^.\n]{0,30}(?:\b(?:par|per|pro)\b|/))|"
        r"\bbudget (?:de la |du |de l'|des )?(?:\S+ ){0,4}?(?:est )?(?:estimé|fixé|évalué|"
        r"plafonné) à (?:(?:€|eur)\s?)?\d|"
        r"\b(?:maximum|estimated|total) budget of (?:€|eur)|"
        r"\b(?:maximaal|geraamd|totaal) budget van (?:€|eur)",
        1.0,
    ),
    (
        # an estimate of the work turned into its price: "On estime le travail à 5
        # jours ..., soit 3.600,00 EUR HTVA", "Nous estimons la mission à 27 jours, soit
        # 25.650,00 EUR", "we estimate the work at 6 days, i.e. EUR 4.200"
        r"\b(?:on estime|nous estimons|we estimate|wij schatten|we schatten) (?:le |la |"
        r"les |l'|the |het |de )?(?:travail|mission|projet|prestations?|travaux|work|"
        r"project|assignment|opdracht|werk|project)\b[^.\n]{0,120}?\b(?:soit|i\.e\.|or|"
        r"dus|ofwel|that is) (?:€|eur)?\s?\d",
        1.0,
    ),
)

PRICE_RULES = [
    Rule(
        id="budget.recurring_cost",
        cues=(
            (
                r"(?:maandelijkse|jaarlijkse|driemaandelijkse) \w*(?:vergoeding|prijs|kosten|"
                r"bijdrage|fee)|"
                r"(?:maandelijkse|jaarlijkse|driemaandelijkse|mensuelle|annuelle) (?:vergoeding|"
                r"prijs|"
                r"kosten|bijdrage|abonnementsprijs|fee|redevance|cotisation)|"
                r"kosten (?:van|voor) (?:de |het )?\w*(?:ondersteuning|onderhoud|support|"
                r"hosting|licentie)|"
                r"(?:frais|coûts?) (?:de|d') ?(?:maintenance|hébergement|licence|abonnement)",
                1.0,
            ),
            (
                r"(?:monthly|annual|yearly|quarterly|recurring|subscription|maintenance|hosting|"
                r"support|licen[cs]e|cloud|saas|platform) (?:services? )?(?:fee|charge|price|"
                r"cost|payment)s?|(?:monthly|annual|yearly|quarterly) (?:[\w-]+ ){1,2}(?:fee|"
                r"charge)s?\b",
                1.0,
            ),
            (
                r"(?:per|each|par) (?:month|year|annum|quarter|mois|an|année|maand|jaar)\b|"
                r"a (?:month|year)\b",
                0.5,
            ),
            (
                r"(?:€|eur|euros?|\$|usd|dollars?)\s?[\d.,]*\d" + SAME_SENTENCE + r"{0,25}"
                r"(?:per|a|each|par|/) ?"
                r"(?:month|year|annum|quarter|mois|an|année|maand|jaar)\b",
                1.0,
            ),
            (
                # "1.200 € HTVA par an", "180 EUR excl. per jaar": the currency after the amount
                r"(?:€|\beur\b|\beuros?\b)"
                + SAME_SENTENCE_NO_DIGIT
                + r"{0,25}(?:per|each|par|/) ?(?:month|year|annum|"
                r"quarter|mois|an|année|maand|jaar)\b|(?:frais|coûts) récurrents|recurring "
                r"(?:fees|charges|costs)|terugkerende kosten",
                1.0,
            ),
            (
                r"(?:maand|jaar|kwartaal|abonnements?|onderhouds|licentie|hosting|support)"
                r"(?:vergoeding|prijs|kosten|bedrag|tarief|fee)",
                1.0,
            ),
            # a frequency alone ("één keer per maand een rapport") is no fee
            (r"per (?:maand|jaar|kwartaal)\b", 0.5),
            (
                # a price-table row with the period in a unit cell next to the amount: "|
                # per Werkplek per maand | EUR 21,40 |", "| EUR 96,000 | per year |"
                r"\bper (?:[\w-]+ per )?" + _PERIOD + r"\s*\|\s*(?:€|\beur\b|\beuros?\b|\$|"
                r"\busd\b)\s?\d|(?:€|\beur\b|\beuros?\b|\$|\busd\b)\s?[\d.,]*\d\s*\|\s*"
                r"(?:[\w-]+ )?per (?:[\w-]+ per )?" + _PERIOD,
                1.0,
            ),
            (
                # an amount with a frequency word: "EUR 180 monthly", "jaarlijks € 2.400",
                # "coût annuel : 1 200 €", "prix mensuel par utilisateur"
                r"(?:€|\beur\b|\beuros?\b|\$|\busd\b)\s?[\d.,]*\d[^.\n]{0,25}\b(?:monthly|"
                r"annually|yearly|quarterly|maandelijks|jaarlijks|mensuel|annuel|trimestriel)|"
                r"\b(?:monthly|annually|yearly|quarterly|maandelijks|jaarlijks)\b[^.\n\d]{0,20}"
                r"(?:€|\beur\b|\$|\busd\b)\s?\d|(?:coût|prix|montant|frais|forfait|tarif|"
                r"loyer|total)s? (?:mensuel|annuel|trimestriel)|mensualités?",
                1.0,
            ),
            (
                r"(?:redevance|cotisation|abonnement) (?:mensuel|annuel)|(?:redevance|"
                r"cotisation)s?\b|"
                r"tarifs? annuels?|"
                # "Licence annuelle : 2 400 €", "abonnements mensuels"
                r"\b(?:licences?|abonnements?|forfaits?) (?:annuel|mensuel|trimestriel)|"
                # a period in brackets on a price line: "Licence SaaS (annuelle) : 2 400 €",
                # "Hosting (monthly): EUR 45", "Onderhoud (jaarlijks) | € 900"
                r"\b(?:annuel(?:le)?|mensuel(?:le)?|trimestriel(?:le)?|annual|monthly|yearly|"
                r"quarterly|jaarlijks|maandelijks|per (?:jaar|maand|an|mois|year|month))\)\s*[:|]"
                r"[^\n€]{0,20}?(?:€|\beur\b|\d)",
                1.0,
            ),
        ),
        # "15 % van de licentieprijs per jaar" is a figure too
        concrete=AMOUNT + r"|" + PERCENT + r" (?:van|of|du|de|des) (?:de |het |the |la |le |l')?"
        r"\w*(?:prijs|price|prix|licen)" + PERIODIC_FIGURE,
        exclude=r"late (?:fee|charge)|interest|intrest|intérêt|\brente\b"
        # a liability cap per year is no fee: "beperkt tot ... met een maximum van € 250.000
        # per jaar", "liability is limited to EUR 100,000 per year"
        r"|\b(?:aansprakelijkheid|liability|responsabilité)\b[^.\n]{0,120}\b(?:beperkt|"
        r"limited|capped|limitée?)\b",
    ),
    Rule(
        id="budget.rates",
        cues=(
            (
                r"(?:price|fee|rate) (?:increase|adjustment)s?|adjustments? proposed|"
                r"(?:increase|adjust)\w*[^.\n]{0,40}not to exceed \d+ ?%",
                1.0,
            ),
            (
                r"hourly rate|daily rate|day rate|per hour|per day|per man-day|an hour|per diem|"
                # "uurloon", "85 € HTVA de l'heure", "720 € la journée"
                r"\buurloon\b|(?:€|\beur\b|\beuros?\b|\bhtva|\bht|hors tva)\s*(?:de l'heure|"
                r"l'heure|la journée|par jour)\b|"
                r"rate card|price list|time and materials? rates|per (?:consultant|person|"
                r"resource|man|engineer|technician|developer|analyst|specialist|expert)[- ]?"
                r"(?:day|hour)|rate table|blended rate",
                1.0,
            ),
            (
                r"(?:uur|dag|manuur|mandag|eenheids)(?:tarief|prijs)|per (?:uur|dag|manuur|mandag)|"
                r"per (?:gepresteerde?|gewerkte?|begonnen) (?:uur|dag)|"
                # billed by the quarter or half hour: "per begonnen kwartier", "par demi-heure"
                r"\b(?:per|par|by the) (?:begonnen |started |entamée? )?(?:halfuur|half uur|"
                r"kwartier|demi-heure|quart d'heure|half[- ]hour|quarter[- ]hour|tranche de "
                r"\d+ minutes)|"
                r"tarieven|"
                # "par jour de développeur", "par heure de technicien", "per technicus per uur"
                r"\bpar (?:heure|jour|journée|demi-journée) (?:de |d')(?:technicien|"
                r"développeur|consultant|ingénieur|analyste|expert|chef de projet)\b|"
                r"\bper (?:technicus|consultant|ontwikkelaar|developer|medewerker|engineer) per "
                r"(?:uur|dag)\b",
                1.0,
            ),
            (
                r"taux horaire|tarif (?:horaire|journalier)|par (?:heure|jour(?:née)?)\b|tarifs?\b",
                1.0,
            ),
            (
                # "index" alone is also a name ("Index Exchange") or a list of terms
                r"\bindex(?:ed|ation|ering|atie|ée?s?|er)\b|geïndexeerd|\bagoria\b|"
                r"(?:price|prijs|consumer|gezondheids)[- ]?index|indice (?:des prix|agoria|santé)|"
                r"\bcpi\b",
                1.0,
            ),
            (
                # "€ 95/u", "650 €/jour", "EUR 120/hour" (not "/maand": a recurring fee)
                r"(?:€|\beur\b|\beuros?\b)\s?[\d.,]*\d[^\n/€]{0,15}/\s?(?:u|uur|h|hr|hour|"
                r"heure|dag|day|jour|j|mandag|man-day)\b|"
                r"(?:€|\beur\b|\beuros?\b)\s?/\s?(?:u|uur|h|hr|hour|heure|dag|day|jour|j|"
                r"mandag|man-day)\b",
                1.0,
            ),
            (
                # the price as the subject: "fees may increase by 5%", "de prijs kan jaarlijks
                # worden aangepast", "les prix peuvent être révisés"
                r"\b(?:fees?|prices?|rates?|charges?|prijs|prijzen|tarieven|tarifs?|prix) (?:may|"
                r"will|shall|can|kan|kunnen|mag|mogen|wordt|worden|peut|peuvent|seront|sont)\b"
                r"[^.\n]{0,40}(?:increas|adjust|chang|revis|rais|aangepast|gewijzigd|verhoogd|"
                r"herzien|révisé|modifié|augmenté|adapté)",
                1.0,
            ),
            (
                r"(?:change|increase|adjust|modify|raise)[^.\n]{0,40}(?:price|fee|rate|charge)s?|"
                r"then (?:prevailing|current) rates|prijsaanpassing|prijzen (?:aanpassen|wijzigen)|"
                r"modifier (?:ses|les) (?:tarifs|prix)|révision des prix|"
                # "les prix sont révisables selon la formule", "herzieningsformule"
                r"\b(?:prix|tarifs?|prijzen|tarieven|prices|fees) (?:sont |zijn )?(?:révisables|"
                r"herzienbaar|aanpasbaar)|formule de révision|herzieningsformule|"
                r"revision formula",
                1.0,
            ),
        ),
        # a Belgian revision formula ("P = P0 x (0,2 + 0,8 S/S0)") settles the change too
        concrete=AMOUNT
        + r"|"
        + PERCENT
        + r"|index|formul|"
        + DURATION
        # a named index or a yearly moment: "révisés annuellement selon l'indice Agoria"
        + r"|\bindices?\b|\bagoria\b|annuellement|chaque année|jaarlijks|annually|each year|"
        r"every year|\bonce (?:a|per|each) (?:calendar )?year\b|\bune fois par (?:an|année)\b"
        + RATE_FIGURE,
    ),
    Rule(
        id="budget.payment_terms",
        cues=(
            (
                r"(?:payable|paid|due|pay)[^.\n]{0,60}(?:within|net|upon receipt|in advance|"
                r"on or before|by the)|\bnet \d+|invoice[sd]? (?:will|shall|monthly|quarterly|"
                r"annually|in advance)|payment (?:terms?|schedule)",
                1.0,
            ),
            (
                # "te betalen binnen 14 dagen", "settled within 21 days", "à régler sous 30 jours"
                r"\b(?:te betalen|te voldoen|voldaan|settled|to be paid|à régler|à payer|"
                r"réglées?)\b[^.\n]{0,30}\b(?:binnen|within|dans les|sous)\b|"
                r"betalingstermijn|betaal(?:baar|t)[^.\n]{0,60}binnen|binnen[^.\n]{0,40}"
                r"(?:factuurdatum|ontvangst van (?:de |het )?\w*factuur)|facturatie|gefactureerd|"
                r"factureert|vervaldag|betalingsvoorwaarden|betalingsmodaliteiten|betaaltermijn|"
                # paid by direct debit on a set day
                r"domicili[eë]ring|domiciliation|direct debit\b|prélèvement (?:automatique|sepa)",
                1.0,
            ),
            (
                r"délai de paiement|payables? (?:à|sous|dans)|factur(?:e|ation|é)|règlement|"
                r"à réception de (?:la )?facture|échéance|"
                # "paiement à 30 jours fin de mois", "betaling op 30 dagen einde maand"
                r"paiement à \d+ jours|jours fin de mois|dagen (?:na )?einde (?:van de )?maand|"
                r"(?:paiement|payment|betaling)\s*:|acompte|\bsolde (?:à|est payable|sera)",
                1.0,
            ),
            (
                # "Invoices are due 30 days from the invoice date"
                r"\b(?:invoices?|fees?|amounts?|payments?)\b[^.\n]{0,40}\b(?:payable|due)\b"
                r"[^.\n]{0,20}\d+ (?:\w+ )?days (?:from|after|of|"
                r"following) (?:the )?(?:date of )?(?:the )?(?:invoice|receipt)",
                1.0,
            ),
            (r"\binvoice|\bfactuur|prepayment|installment|milestone payment", 0.6),
        ),
        concrete=DURATION + r"|upon receipt|in advance|on or before|first day|vooraf|"
        r"eerste (?:werk)?dag|premier jour|"
        r"à réception|\d+(?:st|nd|rd|th) day|schedule|%|contant|comptant",
    ),
]
