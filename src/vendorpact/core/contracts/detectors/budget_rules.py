"""Rules for the budget area: prices, one-off and recurring costs, scope of the price, extra
work, rates and payment terms."""

from vendorpact.core.contracts.detectors.common import AMOUNT, DURATION, PERCENT
from vendorpact.core.contracts.detectors.engine import Rule

# A character of the same sentence: not a full stop, except the one of "excl. btw", "incl. VAT"
SAME_SENTENCE = r"(?:[^.\n]|(?<=excl|incl)\.)"

BUDGET_RULES = [
    Rule(
        id="budget.project_cost",
        cues=(
            (
                r"(?:total|fixed|contract|project|overall|lump[- ]sum) (?:price|cost|fee|budget|"
                r"sum)s?\b",
                1.0,
            ),
            (
                r"(?:totaal|vaste|forfaitaire|project|aanneem)(?:prijs|bedrag|budget|som)|"
                r"prijs (?:van|voor) (?:het|de) (?:project|opdracht|realisatie|ontwikkeling|"
                r"uitvoering|implementatie)|vaste prijs|forfaitair|"
                r"prix forfaitaire|à forfait|forfait (?:global|total|fixe)\b",
                1.0,
            ),
            (
                r"(?:prix|coût) (?:global|forfaitaire?|total|du projet)|montant (?:global|total|"
                r"forfaitaire)|"
                r"budget (?:total|global)",
                1.0,
            ),
            (r"(?:sum|amount) of \$?\s?[\d,.]+[^.\n]{0,60}(?:design|develop|build|project)", 1.0),
            (
                # the agreed price, without its amount: "de overeengekomen prijs", "le prix
                # convenu", "the agreed total price"
                r"overeengekomen (?:totaal)?prijs|\bin totaal\b[^.\n]{0,40}\bprijs\b|"
                r"prix (?:total |global )?convenu|agreed (?:total |fixed )?price",
                1.0,
            ),
            (
                # the total of a quote: "Totaal offerte excl. btw", "total du devis"
                r"totaal (?:offerte|project)|total (?:de l'offre|du devis|du projet)|"
                # a key-value total line: "Totaal excl. btw: € 12.450", "Total HTVA : ..."
                r"totaal (?:excl\.?|incl\.?|exclusief|inclusief|zonder|met) btw|"
                r"total (?:htva|hors tva|ht\b|ttc|tvac|excl)|"
                r"total (?:of|for) (?:this|the) (?:quote|quotation|proposal|project)",
                1.0,
            ),
            (
                # the price named after the work: "the fee for the project", "le montant de la
                # commande", "voor de realisatie van de webshop rekenen wij"
                r"\b(?:price|fees?|cost) (?:for|of) (?:the|this) (?:project|assignment|"
                r"implementation|migration|website|webshop|engagement)\b|"
                r"\b(?:prix|montant|coût) (?:de la|du|de l'|pour la|pour le) ?(?:projet|mission|"
                r"commande|réalisation|développement|site|marché)\b|"
                r"\bvoor de (?:realisatie|ontwikkeling|uitvoering|implementatie|bouw) van\b"
                r"[^.\n]{0,60}\b(?:rekenen|factureren|vragen|bedraagt)\b",
                1.0,
            ),
            (r"\bvergoeding\s*:|for the development of|\bbudget\b", 0.5),
            (
                # "Totaal eenmalig (A+B+C): € ...", "Totaalbedrag", "Inschrijvingsbedrag",
                # "Total one-off", "Total général"
                r"\btotaal (?:eenmalig|generaal)\b|\btotaalbedrag|inschrijvingsbedrag|"
                r"offertebedrag|\btotal (?:one-off|one-time|général)\b",
                1.0,
            ),
        ),
        concrete=AMOUNT,
        # a monthly or yearly fee is a recurring cost, not the price of a project
        exclude=r"royalt|revenue share|net sales|mensuel|maandelijks|monthly|per (?:maand|month)|"
        r"par mois|redevance",
    ),
    Rule(
        id="budget.startup_cost",
        cues=(
            (
                r"one[- ]time (?:fee|charge|cost|payment)s?|one-time,|"
                r"costs? (?:associated with|of|for)[^.\n]{0,12}(?:design|development|"
                r"implementation|installation|set-?up|onboarding)",
                1.0,
            ),
            (
                r"(?:set[- ]?up|setup|onboarding|implementation|installation|start[- ]?up|"
                r"initiation|activation|one[- ]time|upfront|up-front) (?:fee|cost|charge|price)s?",
                1.0,
            ),
            (
                r"(?:opstart|installatie|implementatie|eenmalige|aansluit|instap|setup|"
                r"configuratie|activatie|indienstname)(?:kosten|kost|vergoeding|prijs)|"
                r"eenmalig[^.\n]{0,40}(?:€|eur|kost|bedrag)",
                1.0,
            ),
            (
                r"frais (?:d'installation|de mise en (?:service|place|route)|de démarrage|"
                r"d'activation|initiaux|de paramétrage|de configuration|de setup|d'ouverture)|"
                r"(?:paiement|montant) unique|frais uniques|co[ûu]ts? uniques?|"
                r"(?:coût|frais|prix) (?:de (?:la )?)?mise en place|"
                r"(?:total|totaal) (?:eenmalig|one[- ]time|one[- ]off|unique)",
                1.0,
            ),
            (r"\bone[- ](?:time|off) (?:[\w-]+ )?(?:fee|charge|cost|payment)s?", 1.0),
            (
                # a price line named after a one-off service: "Installatie en configuratie
                # (forfait) | 1 | € 2.750,00", "Onboarding package (one-off): EUR 3,900"
                r"\b(?:installati(?:e|on)|implementati(?:e|on)|set[- ]?up|onboarding|opstart|"
                r"configurati(?:e|on)|mise en (?:service|place|route)|paramétrage|activati(?:e|on)|"
                r"indienst(?:name|stelling))\b[^.\n:|€]{0,60}[:|][^\n€]{0,20}?(?:€|\beur\b)"
                r"(?![^\n]{0,40}(?:per|/|par|a|each) ?(?:maand|month|mois|jaar|year|an|user|"
                r"gebruiker|utilisateur)\b)",
                1.0,
            ),
            (r"\bone[- ](?:time|off)\b|non-recurring", 0.6),
        ),
        concrete=AMOUNT,
        # the total price of a development project is the project cost
        exclude=r"\btotal (?:project )?(?:cost|price|budget)s?\b(?![^.\n]{0,40}(?:one[- ]time|"
        r"one[- ]off|set-?up|onboarding|installation))",
    ),
    Rule(
        id="budget.scope",
        exclusion_is_vague=False,
        cues=(
            (
                r"(?:not|is|are) (?:included|covered) in|(?:does|do|shall) not (?:include|cover)|"
                r"\bexclud(?:es|ed|ing)\b|\bexclusions?\b|out of scope|within (?:the )?scope",
                1.0,
            ),
            (
                r"inbegrepen|(?:valt|vallen) (?:niet )?(?:onder|buiten)|uitgesloten|"
                r"omvat (?:niet|ook|de volgende)|maakt geen deel uit|buiten de scope|scope|"
                # "niet in de prijs begrepen" ("wordt begrepen" alone also defines a word)
                r"niet (?:\w+ ){0,4}begrepen|"
                r"\b(?:opdracht|prijs|offerte|vergoeding|dienstverlening) omvat\b",
                1.0,
            ),
            (
                r"(?:n'est|ne sont) pas (?:compris|inclus|couverts?)|(?:est|sont) (?:compris|"
                r"inclus)|"
                r"ne couvre pas|exclu(?:es?|s)?\b|ne s'applique qu'|"
                r"(?:compris|inclus) dans (?:le|la|notre|ce) (?:prix|forfait|offre|montant|devis)",
                1.0,
            ),
            (
                r"(?:will|shall) provide the following|the following services|shall include|"
                r"includes?:|services? (?:consist|include)",
                0.8,
            ),
            (r"de volgende (?:diensten|werkzaamheden)|comprend|se compose", 0.8),
            (
                # the price or the service as the subject: "la prestation comprend", "the
                # package covers", "interfaces are not part of the onboarding package"
                r"\b(?:prestation|offre|proposition|mission|forfait|prix|mise en place) "
                r"(?:comprend|couvre|inclut)\b|"
                r"\b(?:price|fee|package|quote|quotation|offer|subscription)s? "
                r"(?:includes?|covers?|comprises?)\b|"
                r"\bnot part of (?:the|this|our) (?:\w+ )?(?:package|"
                r"price|fee|quote|quotation|offer|order|subscription|scope)|"
                r"\bne (?:fait|font) pas partie (?:de la|du|de l')|"
                # a list label: "Exclusief: bekabeling" ("exclusief btw" is VAT)
                r"\b(?:exclusief|inclusief|niet inbegrepen|non (?:compris|inclus))\s*:",
                1.0,
            ),
        ),
        concrete=r".",
        vague=r"unless otherwise specified",
        # what an SLA leaves out of its availability figure is no scope of the price
        exclude=r"(?:calculation|berekening|calcul)[^.\n]{0,30}(?:availability|uptime|"
        r"beschikbaarheid|disponibilité)|(?:availability|uptime|beschikbaarheid|"
        r"disponibilité)[^.\n]{0,30}(?:calculation|berekening|calcul)|(?:downtime|"
        r"unavailability|outages?|niet-beschikbaarheid|onbeschikbaarheid|indisponibilité|"
        r"interruptions?|onderbreking)[^.\n]{0,120}(?:exclu|uitgesloten|buiten|not count)",
        # terms that set other terms aside: "à l'exclusion des conditions du Client", "to the
        # exclusion of any other terms", "met uitsluiting van andere voorwaarden"
        references=r"(?:à l'|to the |met )(?:exclusion|uitsluiting) (?:de |des |of |van )?"
        r"(?:toutes |tous |any |all |alle |the |de |die |celles )?(?:\w+ )?(?:autres |other |"
        r"andere )?(?:conditions|terms|voorwaarden)",
    ),
    Rule(
        id="budget.extra_costs",
        cues=(
            (r"other services[^.\n]{0,80}(?:charged|billed|invoiced|fees|pay)", 1.0),
            (
                r"\bmeerwerk|minderwerk|wijzigingsverzoek|bijkomende wijzigingen|"
                r"extra wijzigingen|extra (?:werk|kosten)|werkzaamheden buiten|in regie|bijkomende "
                r"(?:werkzaamheden|kosten|prestaties|diensten|uren)|aanvullende (?:werkzaamheden|"
                r"prestaties|diensten)|extra prestaties",
                1.0,
            ),
            (
                r"change (?:request|order)s?|additional (?:work|services|charges|fees|costs)|"
                r"extra (?:work|costs|charges)|out-of-scope|outside the scope|change control|"
                r"changes? to\b[^.\n]{0,5}\bscope|scope changes?",
                1.0,
            ),
            (
                r"travaux (?:supplémentaires?|non prévus)|prestations? (?:supplémentaires?|"
                r"complémentaires?|non prévues?)|frais supplémentaires|avenant|hors forfait|"
                r"dépassement (?:du|de l') ?(?:budget|plafond|enveloppe)|"
                r"hors (?:offre|devis)\b|buiten de offerte|"
                r"overschrijding van (?:het|de) (?:budget|plafond|raming)|budget overrun|"
                r"devis (?:soumis|complémentaire)|non (?:reprises?|comprises?|prévues?) dans "
                r"(?:la présente|le présent|cette|notre) (?:offre|devis)|dépassement du forfait",
                1.0,
            ),
            (
                # work the quote does not foresee, an estimate about to be exceeded, services
                # beyond the package
                r"\b(?:werken|werkzaamheden|prestaties|diensten|taken) (?:die )?niet (?:in|door) "
                r"(?:deze|de|onze) (?:offerte|overeenkomst|opdracht|prijs)|"
                r"\b(?:work|services|tasks) not (?:covered|included|foreseen) (?:by|in) (?:this|"
                r"the) (?:quote|quotation|order|proposal|agreement)|"
                r"\b(?:schatting|raming|begroting|estimate|estimation)\b[^.\n]{0,60}"
                r"(?:overschreden|overschrijd|exceed|dépass)|"
                r"\b(?:consulting|services|work|support|requests?|prestations|travaux) (?:beyond|"
                r"outside) (?:the|this|our) (?:\w+ )?(?:package|scope|order|quote|subscription)|"
                # work the contract does not cover: "werk dat niet onder het onderhoud valt",
                # "work not covered by the maintenance", "interventions non couvertes par le
                # contrat"
                r"\b(?:werk|werken|werkzaamheden|prestaties|diensten|taken|interventies)\b"
                r"[^.\n]{0,20}\bniet onder (?:het|de|dit|deze) (?:\w+ )?(?:onderhoud|contract|"
                r"overeenkomst|abonnement|forfait|pakket|formule)|\b(?:work|services|tasks|"
                r"interventions)\b[^.\n]{0,20}\bnot covered by (?:the|this|your) (?:\w+ )?"
                r"(?:maintenance|contract|agreement|subscription|package|plan)|\b(?:prestations|"
                r"interventions|travaux)\b[^.\n]{0,20}\bnon couvert(?:e|es|s)? par (?:le|la|ce|"
                r"cette|l'|votre) ?(?:\w+ )?(?:contrat|maintenance|forfait|abonnement|formule)",
                1.0,
            ),
            (r"time and materials?|other services agreed|any other services|en régie", 0.6),
            (
                # public works wording: "bijkomende werken/leveringen", a change order priced
                # as an approved "verrekening" (Belgian public procurement; not a set-off),
                # "travaux modificatifs"
                r"\bbijkomende (?:werken|leveringen|opdrachten)\b|\bgoedgekeurde verrekening|"
                r"\bverrekening van (?:de )?(?:bijkomende|meer|minder)\w*|\btravaux modificatifs\b",
                1.0,
            ),
            (
                # a change request in French: "toute demande de modification fait l'objet d'un
                # devis" (not a request to correct personal data)
                r"\bdemandes? de (?:modification|changement|prestations? supplémentaires?)\b"
                r"(?![^.\n]{0,40}\bdonnées)",
                1.0,
            ),
            (
                # work beyond a prepaid block or package: "les prestations qui dépassent le solde
                # du carnet", "au-delà du forfait", "uren boven de strippenkaart", "hours in
                # excess of the prepaid block"
                r"\b(?:prestations|heures|interventions|travaux)\b[^.\n]{0,20}\b(?:qui )?"
                r"(?:dépass\w*|exc[èé]d\w*|au-delà) (?:du |le |de l'|la |de la )?(?:solde|carnet|"
                r"forfait|crédit|budget|nombre d'heures|enveloppe)|"
                r"\b(?:uren|prestaties|werkzaamheden)\b[^.\n]{0,20}\b(?:boven(?:op)?|buiten) "
                r"(?:het|de) (?:saldo|strippenkaart|urenkrediet|urenpakket|pakket|forfait)|"
                r"\b(?:hours|services|work)\b[^.\n]{0,20}\b(?:in excess of|beyond|exceeding) "
                r"(?:the |your )?(?:prepaid |purchased )?(?:balance|block|bundle|hours "
                r"package|package)",
                1.0,
            ),
        ),
        concrete=(
            r"prior (?:written )?(?:approval|consent|authori[sz]ation)|approved (?:in writing )?"
            r"(?:in advance|beforehand)|(?:accepted|approved|signed) (?:in writing )?by (?:the )?"
            r"(?:client|customer|both parties)|change order|"
            r"(?:vooraf|voorafgaand\w*) (?:\w+ ){0,3}(?:goedkeuring|toestemming|instemming|"
            r"akkoord)|"
            r"na (?:\w+ ){0,2}(?:goedkeuring|toestemming|instemming|akkoord) (?:van|door) (?:de )?"
            r"\w*(?:klant|opdrachtgever|afnemer)|"
            # "pas uitgevoerd na uw schriftelijk akkoord", "gaan wij pas verder na uw akkoord"
            r"\bna uw (?:\w+ )?(?:goedkeuring|toestemming|instemming|akkoord)\b|"
            # done only after an approval: "pas na goedkeuring", "qu'après acceptation de notre
            # devis", "only after the Customer's written approval"
            r"\bpas (?:\w+ )?na (?:\w+ ){0,2}(?:goedkeuring|toestemming|instemming|akkoord|"
            r"ondertekening|aanvaarding|bevestiging)\b|"
            r"\bsign\w* par (?:les deux parties|le client)|"
            r"(?:approuv|accept)\w* (?:par écrit )?par le client|"
            r"qu'après (?:\w+ ){0,2}(?:acceptation|accord|approbation|validation)\b|"
            r"only (?:\w+ ){0,3}(?:after|upon|with) (?:\S+ ){0,3}(?:approval|consent|"
            r"authori[sz]ation)\b|"
            r"préalable|accord écrit|devis (?:accepté|signé)|soumis à (?:l')?acceptation|"
            r"sans (?:un |l')?(?:avenant|accord|bon de commande)|avenant (?:écrit )?signé|"
            r"l'objet d'un (?:avenant|accord écrit|devis)"
            # "op basis van een vooraf goedgekeurde verrekening", "na een schriftelijk bevel"
            r"|\bvooraf (?:\w+ )?goedgekeurd\w*|\b(?:schriftelijk |dienst)bevel\b|"
            r"\bordre de service\b"
        ),
    ),
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
                # "1.200 € HTVA par an": the currency after the amount
                r"(?:€|\beur\b|\beuros?\b)[^.\n\d]{0,25}(?:per|each|par|/) ?(?:month|year|annum|"
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
                r"\b(?:licences?|abonnements?|forfaits?) (?:annuel|mensuel|trimestriel)",
                1.0,
            ),
        ),
        # "15 % van de licentieprijs per jaar" is a figure too
        concrete=AMOUNT + r"|" + PERCENT + r" (?:van|of|du|de|des) (?:de |het |the |la |le |l')?"
        r"\w*(?:prijs|price|prix|licen)",
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
                r"rate card|price list|time and materials? rates|per (?:consultant|person|"
                r"resource|man)[- ]?(?:day|hour)|rate table|blended rate",
                1.0,
            ),
            (
                r"(?:uur|dag|manuur|mandag|eenheids)(?:tarief|prijs)|per (?:uur|dag|manuur|mandag)|"
                r"per (?:gepresteerde?|gewerkte?|begonnen) (?:uur|dag)|"
                # billed by the quarter or half hour: "per begonnen kwartier", "par demi-heure"
                r"\b(?:per|par|by the) (?:begonnen |started |entamée? )?(?:halfuur|half uur|"
                r"kwartier|demi-heure|quart d'heure|half[- ]hour|quarter[- ]hour|tranche de "
                r"\d+ minutes)|"
                r"tarieven",
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
        r"every year",
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
