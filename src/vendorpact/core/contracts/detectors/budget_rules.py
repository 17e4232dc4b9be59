"""Rules for the budget area: the project price, one-off costs, the scope of the price and
extra work (recurring costs, rates and payment terms: budget_prices.py)."""

from vendorpact.core.contracts.detectors.budget_prices import (
    CONTRACT_TOTAL,
    ONE_OFF_PRICED,
    ONE_OFF_TOTAL,
    PRICE_OR_BUDGET_STATED,
    PRICE_RULES,
    TOTAL_LINE,
    TOTAL_OVER_TERM,
)
from vendorpact.core.contracts.detectors.common import AMOUNT, PRICE_FIGURE
from vendorpact.core.contracts.detectors.engine import Rule
from vendorpact.core.contracts.detectors.extra_work_approval import (
    EXTRA_WORK_APPROVED,
    EXTRA_WORK_NAMED,
)
from vendorpact.core.contracts.detectors.informal_wording import (
    APPROVED_BEFORE_GOING_ON,
    APPROVED_BY_YOU,
    BEYOND_PACKAGE,
    OUTSIDE_THE_CONTRACT,
    QUOTE_APPROVED_FIRST,
    RATED_AND_APPROVED_FIRST,
)

# The client's approval given by one of its people, before the work: "starts only after the
# product owner has signed the change request", "pas met meerwerk na schriftelijk akkoord van",
# "vooraf door de contractmanager goedgekeurd", "qu'après signature par votre responsable",
# "sans la fiche signée par le chef de projet du client", "signed by the buyer's manager"
APPROVED_BY_A_ROLE = (
    r"|\b(?:only|not|never) (?:\w+ ){0,2}(?:after|before|until|unless) (?:the|your|their|its) "
    r"(?:\S+ ){0,4}?(?:has|have) (?:\w+ )?(?:approved|signed|accepted|confirmed|authori[sz]ed|"
    r"counter-?signed|co-signed)\b"
    r"|\bonly (?:on|under|with|against) (?:a|an|the) (?:\w+ )?(?:written|signed) (?:\w+ )?"
    r"(?:change request|variation order|change order|work order|order|quote|quotation)\b"
    r"|\b(?:approved|signed|accepted|authori[sz]ed) (?:\w+ ){0,3}by (?:the |your )?(?:\w+ )?"
    r"(?:buyer|purchaser|client|customer|contracting authority)(?:'s)?\b"
    r"|\bpas (?:\w+ ){1,3}na (?:\w+ ){0,2}(?:goedkeuring|toestemming|instemming|akkoord|"
    r"ondertekening|aanvaarding|bevestiging)\b"
    r"|\bvooraf door (?:\S+ ){1,6}?(?:is |zijn |wordt |worden )?(?:goedgekeurd|ondertekend|"
    r"aanvaard|bevestigd|getekend)\b"
    # the approval as a clause of its own: "enkel nadat de Klant een schriftelijke prijsopgave
    # heeft goedgekeurd", "een raming, die de Bakkerij schriftelijk goedkeurt", "na het akkoord
    # van de Afslag per e-mail", "de goedkeuring door de projectverantwoordelijke van de Klant"
    # (not the supplier's own approval: "nadat de Leverancier het heeft bevestigd")
    r"|\b(?:nadat|zodra) (?!(?:de |het )?(?:leverancier|opdrachtnemer|dienstverlener|wij|we)\b)"
    r"(?:\S+ ){1,10}?(?:heeft|hebt|hebben|is|zijn) (?:goedgekeurd|aanvaard|ondertekend|getekend|"
    r"besteld|medeondertekend)\b"
    r"|\bdie (?!(?:de |het )?(?:leverancier|opdrachtnemer|dienstverlener|wij|we)\b)(?:\S+ ){1,3}?"
    r"(?:vooraf |schriftelijk |uitdrukkelijk ){1,2}(?:goedkeurt|goedkeuren|aanvaardt|aanvaarden|"
    r"ondertekent|ondertekenen)\b"
    r"|\bna\b[^.\n]{0,60}?\b(?:het|uw|zijn|haar|hun) (?:schriftelijke? |uitdrukkelijke? )?"
    r"(?:akkoord|goedkeuring|toestemming) van (?!(?:de |het )?(?:leverancier|opdrachtnemer|"
    r"dienstverlener)\b)(?:de |het )?\w+"
    r"|\b(?:goedkeuring|akkoord|toestemming|handtekening) (?:door|van) (?:de |het )?\w+ van (?:de |"
    r"het )?(?:klant|opdrachtgever|afnemer|koper)\b"
    r"|\b(?:mede-?ondertekend|gecontrasigneerd|contresignée?s?) (?:\w+ )?(?:door|par)\b"
    r"|\b(?:goedkeuring|akkoord|toestemming|instemming) (?:ervan |daarvan )?(?:door|van) (?:de |"
    r"het |uw )?(?:\w+ ){0,3}?(?:klant|opdrachtgever|afnemer|koper|aanbestedende dienst)\b"
    r"[^.\n]{0,40}\b(?:vóór|voor|voorafgaand) (?:de |het )?(?:aanvang|start|uitvoering|begin)\b"
    r"|\bqu'après (?:la |une |l'|votre |son |leur )?(?:signature|acceptation|approbation|"
    r"validation|accord)\b"
    r"|\bsans (?:la |le |l'|un |une )?(?:\w+ ){0,3}(?:signée?s?|approuvée?s?|validée?s?|"
    r"acceptée?s?) par\b"
    r"|\b(?:approuvée?s?|acceptée?s?|validée?s?|signée?s?) (?:par écrit )?(?:\([^)\n]{0,20}\) )?"
    r"par (?:le |la |l'|votre |vos )?(?:\w+ ){0,4}?(?:client|bénéficiaire|acheteur|"
    r"pouvoir adjudicateur)\b"
)

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
                r"forfaitaire|estimé (?:de la convention|du contrat|du marché|de l'accord))|"
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
            (
                # the ceiling of a framework or contract: "le montant maximal de l'accord-cadre
                # est fixé à", "het maximale bedrag van de raamovereenkomst", "the maximum value
                # of this framework agreement" (not the maximum of a penalty)
                r"\b(?:montant|valeur|budget) (?:maxim(?:al|um|ale)|plafond)\w* (?:de l'|du |de la "
                r"|des )?(?:accord-cadre|marché|contrat|convention|commandes?)\b|"
                r"\b(?:maxim(?:ale|um|aal)|plafond)\w* ?(?:bedrag|waarde|budget) van (?:de |het "
                r"|deze )?(?:raamovereenkomst|overeenkomst|opdracht|contract|bestellingen)\b|"
                r"\b(?:maximum|ceiling|total|aggregate) (?:contract )?(?:value|amount) of (?:the |"
                r"this )?(?:framework|agreement|contract|call-offs?|orders)\b",
                1.0,
            ),
            (r"\bvergoeding\s*:|for the development of|\bbudget\b", 0.5),
            *PRICE_OR_BUDGET_STATED,
            *TOTAL_OVER_TERM,
            *CONTRACT_TOTAL,
            *TOTAL_LINE,
            (
                # a price key with its VAT basis: "Prijs excl. btw: € 12.400", "Prix HTVA :
                # 8 900 €", "Price (excl. VAT): EUR 9,850"; the amount to pay: "Te betalen:
                # € 2.450", "Net à payer :", "Amount due:" (not a rate, a unit price or a price
                # per period)
                r"\b(?:prijs|prix|price|bedrag|montant|amount) \(?(?:excl|incl|exclusief|"
                r"inclusief|htva|hors tva|ht|tvac|ttc|excluding|including)\b[^:|\n]{0,12}[:|]"
                # the amount follows (a table header "| Prijs excl. btw |" is no price)
                r"(?=\s*(?:€|eur\b|\d))"
                r"(?![^\n]{0,40}(?:/\s?(?:h|u|uur|heure|hour|dag|jour|day|an|jaar|year|mois|"
                r"maand|month)\b|per (?:uur|hour|dag|day|jaar|year|gebruiker|user|toestel|"
                r"device)|par (?:heure|jour|an|utilisateur|poste)))|"
                r"\b(?:te betalen|net à payer|à payer|amount due|total due)\s*:\s*(?:€|eur\b|\d)",
                1.0,
            ),
            (
                # the price as an investment: "the total investment amounts to", "de totale
                # investering bedraagt", "l'investissement total s'élève à"
                r"\btotal investment\b|\btotale investering\b|\binvesteringsbedrag\b|"
                r"\binvestissement (?:total|global)\b|\bmontant (?:total )?de l'investissement\b",
                1.0,
            ),
            (
                # "Totaal eenmalig (A+B+C): € ...", "Subtotaal eenmalig", "Totaalbedrag",
                # "Inschrijvingsbedrag", "Total one-off", "Sous-total unique", "Total général"
                r"\b(?:totaal|subtotaal) (?:eenmalig|generaal)\b|\btotaalbedrag|"
                r"inschrijvingsbedrag|offertebedrag|"
                r"\b(?:total|subtotal|sub-total) (?:one-off|one-time|général)\b|"
                r"\bsous-total (?:unique|ponctuel|hors récurrent)|"
                # a total named after the one-off part, its amount on the line: "Total unique :
                # 7.427,00", "Total création ...... 3.860,00", "Total hardware  35.904,00",
                # "Totaal installatie: € 4.250,00" (not "Total mensuel", "a total of 3 days")
                r"\b(?:total|totaal|subtotal) (?:unique|création|mise en place|matériel|"
                r"installation|installatie|réalisation|realisatie|hardware|materiaal|setup|"
                r"implementation|implementatie)\b[^\n\d]{0,40}?(?:(?:€|eur)\s?)?"
                r"(?:\d{1,3}(?:[.,\s]\d{3})*[.,]\d\d\b|\.{3,}(?=\s*(?:\n|$)))",
                1.0,
            ),
            (
                # the value of a purchase order: "Bestelwaarde excl. btw: € 29.648", "Order
                # total", "Montant total de la commande" (not a minimum order value)
                r"\b(?:bestel|order)(?:waarde|bedrag|totaal)\b|\btotaal (?:van )?"
                r"(?:de|deze) bestelling\b|\border (?:total|value)\b|\btotal order value\b|"
                r"\b(?:valeur(?: totale)?|total) de la commande\b",
                1.0,
            ),
            (
                # a total as the key of a line or a table row: "Total (fixed) | | 11,620.00",
                # "Totaal: € 8.400", "Total : 12 400 €"
                r"\b(?:total|totaal|totale)\b(?: \((?:fixed|fixed price|vast|forfaitaire?|"
                r"excl\.? (?:vat|btw)|htva|ht)\))?\s*[|:]",
                1.0,
            ),
        ),
        concrete=AMOUNT + r"|" + PRICE_FIGURE,
        # a monthly or yearly fee is a recurring cost, not the price of a project
        exclude=r"royalt|revenue share|net sales|minim\w* (?:bestelwaarde|orderwaarde|order value)|"
        r"minimum order|^(?![\s\S]*(?:" + ONE_OFF_TOTAL + r"))[\s\S]*?(?:mensuel|maandelijks|"
        r"monthly|per (?:maand|month)|par mois|redevance)",
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
                r"eenmalig[^.\n]{0,100}(?:€|eur|kost|bedrag)",
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
                r"indienst(?:name|stelling)|migratie|transitie|inrichting|intake)\b[^.\n:|€]{0,140}"
                r"[:|][^\n€]{0,20}?(?:€|\beur\b)"
                r"(?![^\n]{0,40}(?:per|/|par|a|each) ?(?:maand|month|mois|jaar|year|an|user|"
                r"gebruiker|utilisateur)\b)",
                1.0,
            ),
            (r"\bone[- ](?:time|off)\b|non-recurring", 0.6),
            (
                # a fee charged once: "facturée une seule fois, 850 €", "billed once", "eenmalig
                # aangerekend"; a price line keyed as one-off: "Onboarding (one-off) | | 390.00"
                r"\b(?:factur\w*|pay\w*|coût\w*|frais|due?s?)\b[^.\n]{0,30}\bune seule fois\b|"
                r"\b(?:charged|billed|invoiced|payable|paid) (?:only )?once\b(?! (?:a|an|per|"
                r"every|each)\b)|\beenmalig (?:gefactureerd|aangerekend|in rekening gebracht|"
                r"te betalen|verschuldigd)\b|\b(?:one[- ](?:off|time)|eenmalig)\)?\s*[|:]",
                1.0,
            ),
            *ONE_OFF_PRICED,
        ),
        concrete=AMOUNT + r"|" + PRICE_FIGURE,
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
                r"(?:ne )?(?:comprend|couvre|inclut)\b|"
                r"\b(?:price|fee|package|quote|quotation|offer|subscription)s? "
                r"(?:includes?|covers?|comprises?)\b|"
                r"\bnot part of (?:the|this|our) (?:\w+ )?(?:package|"
                r"price|fee|quote|quotation|offer|order|subscription|scope)|"
                r"\bne (?:fait|font) pas partie (?:de la|du|de l')|"
                # a list label: "Exclusief: bekabeling" ("exclusief btw" is VAT)
                r"\b(?:exclusief|inclusief|niet inbegrepen|non (?:compris|inclus))\s*:",
                1.0,
            ),
            (
                # what is in the price, asked as a heading: "Wat zit er (niet) in het
                # abonnement?", "What's included?", "Ce qui est compris"
                r"\bwat zit(?:ten)? er (?:niet |wel |allemaal )?in\b|"
                r"\bzit(?:ten)? (?:niet |wel )?in (?:de|het|deze|dit|uw|jullie|je) "
                r"(?:prijs|abonnement|pakket|offerte|licentie|"
                r"bundel)\b|\bwhat(?:'s| is| are)(?: not)? included\b|\bce qui (?:est|n'est pas|"
                r"sont|ne sont pas) (?:compris|inclus)\b",
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
            *BEYOND_PACKAGE,
            *OUTSIDE_THE_CONTRACT,
            *QUOTE_APPROVED_FIRST,
            *RATED_AND_APPROVED_FIRST,
            *APPROVED_BEFORE_GOING_ON,
            *EXTRA_WORK_NAMED,
            (r"other services[^.\n]{0,80}(?:charged|billed|invoiced|fees|pay)", 1.0),
            (
                r"\bmeerwerk|minderwerk|wijzigingsverzoek|bijkomende wijzigingen|"
                r"extra wijzigingen|extra (?:werk|kosten)|bijkomend werk\b|werkzaamheden buiten|"
                r"in regie|bijkomende "
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
                r"trava(?:il|ux) (?:supplémentaires?|non prévus?)|prestations? (?:supplémentaires?|"
                r"complémentaires?|non prévues?)|frais supplémentaires|avenant|hors forfait|"
                r"dépassement (?:du|de l') ?(?:budget|plafond|enveloppe)|"
                r"hors (?:offre|devis)\b|buiten de offerte|"
                # "prestations hors redevance" (not "compris, hors contrat de maintenance")
                r"\b(?:prestations?|interventions?|travaux|demandes?) hors (?:redevance|contrat|"
                r"abonnement)\b|"
                # "toute demande qui ne figure pas à l'annexe 1", "non comprise dans
                # l'abonnement"
                r"\b(?:demandes?|prestations?|travaux|modifications?) (?:qui )?ne figuren?t? pas "
                r"(?:à|dans|au) (?:l'annexe|le devis|l'offre|le cahier des charges|la liste)\b|"
                r"non (?:reprises?|comprises?|prévues?) dans (?:l'abonnement|le forfait|le contrat|"
                r"la redevance)\b|"
                r"overschrijding van (?:het|de) (?:budget|plafond|raming)|budget overrun|"
                r"devis (?:soumis|complémentaire)|non (?:reprises?|comprises?|prévues?) dans "
                r"(?:la présente|le présent|cette|notre) (?:offre|devis)|dépassement du forfait",
                1.0,
            ),
            (
                # no work paid without a signed order (framework contracts with call-offs):
                # "aucune prestation non couverte par un bon de commande signé n'est payée", "no
                # work is paid unless covered by a purchase order" (not an invoice without an
                # order number)
                r"\b(?:aucune?|nulle|sans)\b(?:(?!numéro|référence|n°)[^.\n]){0,60}\bbons? de "
                r"commande\b[^.\n]{0,30}\b(?:payée?s?|rémunérée?s?|facturée?s?)\b|"
                r"\b(?:no|without)\b[^.\n]{0,60}\b(?:purchase order|order form|call-off|work "
                r"order)s?\b(?! (?:number|no\b|reference))[^.\n]{0,30}\b(?:paid|payable|invoiced|"
                r"charged|billed)\b|\bno (?:work|services?|hours|days)\b[^.\n]{0,30}\b(?:paid|"
                r"payable|invoiced|charged|billed)\b[^.\n]{0,20}\b(?:unless|without|except)\b"
                r"[^.\n]{0,40}\b(?:purchase order|order form|call-off|work order)|"
                r"\b(?:zonder|geen)\b[^.\n]{0,60}\b(?:opdrachtbon|bestelbon|bestelling|"
                r"opdrachtformulier|afroep)\w*\b(?! ?(?:nummer|referentie))[^.\n]{0,30}"
                r"\b(?:vergoed|betaald|gefactureerd|aangerekend)\b",
                1.0,
            ),
            (
                # work the quote does not foresee, an estimate about to be exceeded, services
                # beyond the package
                r"\b(?:werk|werken|werkzaamheden|prestaties|diensten|taken|aanpassingen|wijzigingen|"
                r"wensen|uitbreidingen) (?:die |dat )?niet (?:in|door) "
                r"(?:(?:deze|de|onze) (?:offerte|overeenkomst|opdracht|prijs)|(?:artikel|bijlage) "
                r"\d)|"
                # "extra's", "extra wensen", "additional requests / features / hours"
                r"\bextra(?:'s| wensen| opdrachten| aanpassingen)\b|\badditional (?:requests|"
                r"requirements|features|hours|days)\b|"
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
                r"\bdemandes? (?:de (?:modification|changement|prestations? supplémentaires?)|"
                r"complémentaires?|supplémentaires?)\b(?![^.\n]{0,40}\bdonnées| d'(?:information|"
                r"explication|renseignement))",
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
            (
                # requests outside the quote or the scope: "wensen die buiten deze offerte
                # vallen", "toute évolution qui sort du périmètre", "anything that is not in
                # this quotation"; a change form: "fiche de changement", "wijzigingsformulier"
                # (requests or work as the subject: "de bekabeling valt buiten deze offerte" is
                # the scope)
                r"\b(?:wensen|werk|werkzaamheden|prestaties|aanvragen|verzoeken|vragen|taken|"
                r"uren|wijzigingen|uitbreidingen)\b[^.\n]{0,30}\bbuiten (?:(?:de|deze|onze|het|"
                r"dit) (?:offerte|opdracht|bestelling|bestelbon|prijsopgave|aanbieding|scope)|"
                r"(?:bijlage|artikel) \d)\b|\b(?:évolutions?|"
                r"demandes?|travaux|prestations?|modifications?|besoins?)\b[^.\n]{0,50}\b(?:sort\w*|"
                r"hors|en dehors) du (?:périmètre|cadre)\b|\b(?:anything|work|requests?|tasks|"
                r"changes)\b[^.\n]{0,50}\b(?:is|are) not (?:in|part of|covered by) (?:this|the|"
                r"our) (?:quotation|quote|proposal|order)\b|\b(?:fiche|formulaire|bon) de "
                r"(?:changement|modification)\b|\bwijzigings(?:formulier|voorstel|aanvraag)\b|"
                r"\bchange (?:note|form)s?\b",
                1.0,
            ),
        ),
        concrete=(
            # ordered or signed off in writing first: "vooraf schriftelijk besteld met een
            # aanvullende bestelbon", "once your office manager has signed it off", "que le
            # client approuve par écrit"
            r"\bvooraf (?:\w+ ){0,2}(?:besteld|opgedragen|bevestigd|aangevraagd)\b|"
            r"\b(?:aanvullende|bijkomende|afzonderlijke|nieuwe) bestel(?:bon|ling)\b|"
            r"\bschriftelijke? (?:opdracht|bestelling|bestelbon|opdrachtbon)\b|"
            r"\bwritten (?:order|purchase order|"
            r"instruction|sign-off)\b|\bsign(?:s|ed)? (?:it |them |this |that )?off\b|"
            r"\b(?:additional|separate|new) purchase order\b|\bcommande écrite\b|"
            r"\b(?:client|vous)\b[^.\n]{0,15}\b(?:approuv|valid|accept)\w* (?:par écrit|"
            r"préalablement|au préalable)|"
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
            r"ondertekening|aanvaarding|bevestiging|opdracht|bestelling)\b|"
            r"\bsign\w* par (?:les deux parties|le client)|"
            r"(?:approuv|accept)\w* (?:par écrit )?par le client|"
            r"qu'après (?:\w+ ){0,2}(?:acceptation|accord|approbation|validation)\b|"
            # "carried out after your approval", "after the Client's written consent", "na
            # goedkeuring aangerekend", "après accord écrit"
            r"\bna (?:\w+ )?goedkeuring\b|\baprès (?:\w+ )?(?:accord|approbation|validation)\b|"
            r"\bafter (?:your|the (?:client|customer)'s|their) (?:\w+ )?(?:approval|consent|"
            r"go-ahead|agreement|sign-off)\b|"
            r"only (?:\w+ ){0,3}(?:after|upon|with) (?:\S+ ){0,3}(?:approval|consent|"
            r"authori[sz]ation)\b|"
            r"préalable|accord écrit|devis (?:accepté|signé)|soumis à (?:l')?acceptation|"
            r"sans (?:un |l')?(?:avenant|accord|bon de commande)|avenant (?:écrit )?signé|"
            r"\bbons? de commande signés?\b|\bsigned (?:purchase |work )?orders?\b|"
            r"\b(?:getekende|ondertekende) (?:opdrachtbon|bestelbon|bestelling|opdracht)\b|"
            r"l'objet d'un (?:avenant|accord écrit|devis)"
            # "op basis van een vooraf goedgekeurde verrekening", "na een schriftelijk bevel"
            r"|\bvooraf (?:\w+ ){0,2}goedgekeurd\w*|\b(?:schriftelijk |dienst)bevel\b|"
            r"\bordre de service\b"
            + APPROVED_BY_YOU
            + APPROVED_BY_A_ROLE
            + EXTRA_WORK_APPROVED
            + r"|"
            + QUOTE_APPROVED_FIRST[0][0]
        ),
    ),
    *PRICE_RULES,
]
