"""A third batch of held-out documents (nl, fr, en), different in kind and wording from the first
two: a Flemish web agency's quote (offerte) for a webshop with a price table and an unsigned
"voor akkoord" block, a Dutch SaaS subscription agreement under branch general terms with data
export at the end, a Flemish framework agreement for consultancy and secondment with day rates
and named consultants, a Walloon price offer for an accounting/ERP implementation, a third-party
application maintenance contract (TMA) with priority levels and penalties, special conditions for
managed cloud hosting with reversibility and GDPR processing, a Belgian software licence and
maintenance agreement in English and a managed hosting service description with SLA tables.

Written on 2026-12-04 (22:50-23:50 UTC) without reading the analyser's rules and while other
changes to those rules were being made elsewhere; the expected labels were written from reading
each text against spec/checklist.md (only the items, risks and figures whose reading is clear;
ambiguous ones are left out) and committed before the analyser was run on the texts for the first
time. Never change a rule to fit these texts, never change a label or a text to fit the analyser:
test_contracts_unseen_3.py reports the score. The French and English documents live in
unseen_documents_3_fr.py and unseen_documents_3_en.py (one module per language keeps each under
~500 lines).

Conventions as in the earlier batches: months count as 30 days for notice and warranty periods;
a response time is the highest priority's, in hours (working hours counted as hours); a quote
signed by the supplier with only an empty "voor akkoord" line for the client is partially signed
and raises risk.unsigned; a document with no signature block at all has agreement.signed_both
missing.
"""

from .unseen_documents import UnseenDocument
from .unseen_documents_3_en import EN_LICENCE_MAINTENANCE, EN_MANAGED_HOSTING_SERVICE
from .unseen_documents_3_fr import FR_ERP_OFFER, FR_HOSTING_CONDITIONS, FR_TMA_CONTRACT

NL_WEBSHOP_QUOTE = UnseenDocument(
    name="nl_webshop_quote",
    text="""Studio Schelde BV
Kortrijksesteenweg 1044, 9051 Sint-Denijs-Westrem
BTW BE 0779.456.120 | hallo@studioschelde.be | 09 245 18 60

OFFERTE 2027-118
Webshop Wijnhandel Van Damme

Aan:            Wijnhandel Van Damme BV, t.a.v. mevrouw Katrien Van Damme
                Dorpsstraat 17, 9830 Sint-Martens-Latem
Datum:          2 februari 2027
Geldig tot:     4 maart 2027
Projectleider:  Lotte Verbeke (lotte@studioschelde.be)
Ontwikkelaar:   Arne De Wilde

Beste Katrien,

Bedankt voor het fijne gesprek van vorige week. Zoals besproken vervangen we jullie huidige
WooCommerce-winkel door een nieuwe webshop op Shopify, met een eigen thema in de huisstijl van
Van Damme, een koppeling met jullie boekhoudpakket en een leeftijdscontrole bij het afrekenen.

1. Wat we voor jullie doen
- workshop en functionele analyse (twee sessies van een halve dag);
- ontwerp van de homepagina, een productpagina, de categoriepagina en de winkelmand;
- ontwikkeling van een maatwerkthema op Shopify;
- import van de 850 producten met foto's en van de 2.300 klantaccounts uit de huidige
  WooCommerce-winkel, met controle van de prijzen en voorraden na de import;
- koppeling met Exact Online voor facturen en betalingen;
- livegang: domeinnaam omzetten, redirects van de oude URL's, testbestelling;
- opleiding van drie medewerkers (een halve dag, bij jullie in de winkel).
Niet inbegrepen: het schrijven van teksten, productfotografie, vertalingen, betaalde Shopify-apps
en het Shopify-abonnement zelf (dat betalen jullie rechtstreeks aan Shopify).

2. Prijs
| Omschrijving                                  | Eenmalig     | Per maand |
| Analyse en ontwerp                            | € 3.900,00   |           |
| Maatwerkthema en ontwikkeling                 | € 9.750,00   |           |
| Import producten en klanten                   | € 1.850,00   |           |
| Koppeling Exact Online                        | € 2.450,00   |           |
| Opzet, livegang en opleiding                  | € 500,00     |           |
| Onderhoudsplan Basis                          |              | € 79,00   |
| Totaal (excl. btw)                            | € 18.450,00  | € 79,00   |

Extra werk buiten deze offerte doen we pas nadat jullie een aparte prijsopgave schriftelijk
hebben goedgekeurd. We rekenen het aan ons uurtarief van € 85,00 excl. btw.

3. Betaling
40 % bij ondertekening van deze offerte, 40 % bij oplevering van de testomgeving en 20 % bij
livegang. Onze facturen zijn betaalbaar binnen veertien dagen na factuurdatum. Het onderhoudsplan
wordt maandelijks gefactureerd vanaf de maand na livegang.

4. Planning
| Week | Fase                                              |
| 10   | workshop en analyse                               |
| 11-13| ontwerp en feedbackronde                          |
| 14-18| ontwikkeling, import en koppeling                 |
| 19   | testomgeving beschikbaar                          |
| 21   | livegang                                          |
Jullie bezorgen ons de teksten, de productfoto's en de productlijst in het aangeleverde
CSV-sjabloon uiterlijk op vrijdag van week 12. Komt de aanlevering later, dan schuift de
planning evenredig op. Halen wij de livegang in week 21 door eigen toedoen niet, dan krijgen
jullie per week vertraging een korting van 2 % op de ontwikkelprijs, met een maximum van 10 %.

5. Testen en oplevering
In week 19 krijgen jullie toegang tot de testomgeving. Jullie hebben tien werkdagen om ze te
testen en opmerkingen door te geven via ons projectbord. Wij verwerken de opmerkingen binnen
het budget; daarna bevestigen jullie schriftelijk de oplevering en plannen we de livegang.

6. Na de livegang
Fouten die binnen 60 dagen na livegang gemeld worden, lossen we kosteloos op. Het onderhoudsplan
Basis omvat de updates van het thema en van de gebruikte apps, een maandelijkse controle van
snelheid en beveiliging en tot één uur kleine aanpassingen per maand. Vragen kunnen jullie op
werkdagen van 9u tot 17u stellen via support@studioschelde.be; we reageren zo snel mogelijk.
Het onderhoudsplan loopt voor onbepaalde duur en is maandelijks opzegbaar met een opzegtermijn
van één maand.

7. Eigendom
Na volledige betaling van de eenmalige prijs worden jullie eigenaar van het maatwerkthema en van
alle ontwerpen die we voor jullie maken.

8. Voorwaarden
Op deze offerte zijn onze algemene voorwaarden van toepassing (zie studioschelde.be/voorwaarden),
met uitsluiting van jullie eventuele aankoopvoorwaarden.

We kijken ernaar uit om hiermee aan de slag te gaan!

Lotte Verbeke
Projectleider, Studio Schelde BV

Voor akkoord (naam, datum en handtekening, voorafgegaan door "gelezen en goedgekeurd"):

...............................................
Wijnhandel Van Damme BV
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.termination": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={"payment_term_days": 14, "warranty_days": 60, "notice_period_days": 30},
)

NL_SAAS_SUBSCRIPTION = UnseenDocument(
    name="nl_saas_subscription",
    text="""ABONNEMENTSOVEREENKOMST ROOSTERWIJS

Partijen
Planbaar B.V., gevestigd aan de Grote Voort 211, 8041 BL Zwolle, KvK 81234567, hierna
"Planbaar", en
Kinderopvang De Vlinder B.V., gevestigd aan de Brink 4, 7411 BT Deventer, KvK 60987123, hierna
"Afnemer",
komen het volgende overeen.

Artikel 1 Onderwerp en samenhang
1.1 Planbaar stelt Afnemer haar webapplicatie RoosterWijs (planning, roosters en urenregistratie
voor medewerkers) als dienst beschikbaar via internet (Software-as-a-Service).
1.2 De offerte van 12 januari 2027 met kenmerk PB-2027-031 maakt als bijlage 1 deel uit van deze
overeenkomst. De verwerkersovereenkomst is bijlage 2.
1.3 Op deze overeenkomst zijn de ICT-Leveringsvoorwaarden 2024 van branchevereniging Digitaal
Nederland van toepassing, met de module Software-as-a-Service. Bij strijdigheid geldt de volgende
rangorde: (a) deze overeenkomst, (b) de verwerkersovereenkomst, (c) de offerte, (d) de
ICT-Leveringsvoorwaarden.

Artikel 2 Inrichting
2.1 Afnemer levert uiterlijk twee weken na ondertekening de gegevens van haar medewerkers en
locaties aan in het importsjabloon van Planbaar.
2.2 Planbaar richt de omgeving in, importeert de aangeleverde gegevens en geeft twee
trainingssessies van drie uur voor de planners en de locatiemanagers. Daarnaast hebben alle
gebruikers toegang tot de online kennisbank met instructievideo's.
2.3 Planbaar streeft ernaar de omgeving binnen vier weken na ontvangst van de gegevens
gebruiksklaar op te leveren.

Artikel 3 Vergoedingen
3.1 Voor de inrichting, de import en de trainingen betaalt Afnemer eenmalig € 3.600,00.
3.2 De abonnementsvergoeding bedraagt € 6,50 per actieve medewerker per maand, met een minimum
van 40 medewerkers. Alle bedragen zijn exclusief btw.
3.3 Planbaar factureert de abonnementsvergoeding per kwartaal vooraf. Afnemer betaalt binnen 21
dagen na factuurdatum.
3.4 Planbaar mag de vergoedingen jaarlijks per 1 januari verhogen met het percentage van de
CBS-cao-lonenindex. Planbaar mag de vergoedingen en de functionaliteit daarnaast op ieder moment
wijzigen met een aankondiging van drie maanden; Afnemer mag de overeenkomst in dat geval opzeggen
tegen de datum waarop de wijziging ingaat.
3.5 Aanvullende werkzaamheden op verzoek van Afnemer, zoals koppelingen met salarispakketten,
voert Planbaar uit op basis van nacalculatie tegen het dan geldende uurtarief, nu € 115,00.

Artikel 4 Beschikbaarheid en ondersteuning
4.1 Planbaar garandeert een beschikbaarheid van RoosterWijs van 99,8% per kalendermaand. Gepland
onderhoud op zondag tussen 06.00 en 10.00 uur telt niet mee.
4.2 Haalt Planbaar deze beschikbaarheid niet, dan crediteert zij op verzoek 5% van de
maandelijkse abonnementsvergoeding per begonnen 0,5% onder de norm, met een maximum van 25%.
4.3 De supportafdeling is bereikbaar op werkdagen van 08.30 tot 17.00 uur per telefoon
(038 760 22 10) en via de chat in de applicatie.
4.4 Storingen waardoor geen enkele gebruiker kan inloggen (prioriteit 1) worden binnen 1 uur
opgepakt; overige meldingen binnen 1 werkdag. Planbaar spant zich in om storingen met prioriteit 1
binnen 4 uur op te lossen.
4.5 Nieuwe versies van RoosterWijs worden automatisch en zonder meerkosten beschikbaar gesteld.
Onderhoud dat buiten het vaste venster valt, kondigt Planbaar ten minste vijf werkdagen vooraf aan.
4.6 Afnemer heeft een vaste customer success manager: Jorien Bakker
(jorien.bakker@planbaar.nl). Zij kent de inrichting van Afnemer en bespreekt twee keer per jaar
in een evaluatiegesprek het gebruik, de meldingen en de wensen van Afnemer.
4.7 Planbaar stuurt Afnemer maandelijks een rapport met de gerealiseerde beschikbaarheid en de
afgehandelde meldingen per prioriteit.

Artikel 5 Looptijd en einde
5.1 De overeenkomst gaat in op 1 maart 2027 en heeft een looptijd van 24 maanden. Daarna wordt zij
stilzwijgend verlengd met telkens 12 maanden.
5.2 Opzegging gebeurt schriftelijk met inachtneming van een opzegtermijn van drie maanden vóór
het einde van de lopende periode.
5.3 Binnen 30 dagen na het einde van de overeenkomst kan Afnemer al haar gegevens kosteloos
exporteren in CSV- en XLSX-formaat. Na afloop van die termijn verwijdert Planbaar de gegevens
binnen 60 dagen en bevestigt zij dat schriftelijk.
5.4 Op verzoek verleent Planbaar tegen het geldende uurtarief medewerking aan de overgang naar
een andere leverancier.

Artikel 6 Rechten en aansprakelijkheid
6.1 Alle intellectuele eigendomsrechten op RoosterWijs blijven bij Planbaar. Afnemer krijgt voor
de duur van de overeenkomst een niet-exclusief en niet-overdraagbaar gebruiksrecht. De door
Afnemer ingevoerde gegevens blijven eigendom van Afnemer.
6.2 De totale aansprakelijkheid van Planbaar is beperkt tot het bedrag van de
abonnementsvergoedingen die Afnemer in de zes maanden voorafgaand aan de schadeveroorzakende
gebeurtenis heeft betaald, met een maximum van € 10.000,00.
6.3 Partijen houden alle vertrouwelijke informatie van de andere partij geheim, ook na afloop van
de overeenkomst.
6.4 Planbaar verwerkt de persoonsgegevens van de medewerkers van Afnemer uitsluitend als
verwerker volgens de verwerkersovereenkomst (bijlage 2) en uitsluitend in datacenters in
Nederland.

Artikel 7 Recht en forum
Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd aan de
bevoegde rechter van de Rechtbank Overijssel, locatie Zwolle.

Ondertekend via een elektronisch handtekeningplatform:

Planbaar B.V.                              Kinderopvang De Vlinder B.V.
M. (Maarten) Hoekstra, directeur           E. (Esther) Wolters, directeur-bestuurder
3 februari 2027                            5 februari 2027
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.startup_cost": "covered",
        "budget.recurring_cost": "covered",
        "budget.extra_costs": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "covered",
        "rollout.user_support": "covered",
        "rollout.acceptance": "missing",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 21,
        "availability_percent": 99.8,
        "response_time_hours_highest_priority": 1,
    },
)

NL_CONSULTANCY_FRAMEWORK = UnseenDocument(
    name="nl_consultancy_framework",
    text="""RAAMOVEREENKOMST VOOR CONSULTANCY EN DETACHERING VAN IT-PROFIELEN

TUSSEN
Vandenbroucke Logistics NV, met zetel te Schoonmansveld 40, 2870 Puurs-Sint-Amands,
ondernemingsnummer 0412.908.337, vertegenwoordigd door de heer Bart Vandenbroucke, CEO,
hierna "de Klant",
EN
Brightlane Consulting BV, met zetel te Schaliënhoevedreef 20, 2800 Mechelen,
ondernemingsnummer 0654.221.873, vertegenwoordigd door mevrouw Ine Goossens, managing partner,
hierna "Brightlane".

Artikel 1. Voorwerp
Deze raamovereenkomst bepaalt de voorwaarden waaronder Brightlane consultants ter beschikking
stelt voor de vernieuwing van het transportbeheersysteem van de Klant en voor andere IT-opdrachten
die de Klant haar toevertrouwt. Elke opdracht wordt vastgelegd in een opdrachtbevestiging met de
omschrijving van de opdracht, de ingezette profielen, de startdatum en het maximaal aantal
mandagen.

Artikel 2. Profielen en dagtarieven
| Profiel               | Minimale ervaring                      | Dagtarief (excl. btw) |
| Senior architect      | 10 jaar, waarvan 5 in logistiek        | € 1.050,00            |
| Business analist      | 5 jaar                                 | € 780,00              |
| Ontwikkelaar medior   | 3 jaar, certificering Azure Developer  | € 690,00              |
| Ontwikkelaar junior   | bachelor informatica                   | € 540,00              |
Een dag telt acht gepresteerde uren; halve dagen worden pro rata aangerekend. Verplaatsingen naar
de vestigingen van de Klant in België zijn inbegrepen. De tarieven worden jaarlijks op 1 januari
aangepast volgens de Agoria-formule (referentielonen); Brightlane deelt de nieuwe tarieven vóór
1 december schriftelijk mee.

Artikel 3. Ingezette consultants
Voor de eerste opdracht worden ingezet: Pieter Claes (senior architect) en Elke Wouters
(business analist). Brightlane vervangt een consultant alleen na voorafgaand schriftelijk akkoord
van de Klant en door een consultant met minstens hetzelfde profiel. Bij elke vervanging werkt de
nieuwe consultant vijf werkdagen samen met zijn voorganger; die dagen worden niet aangerekend. De
Klant kan de vervanging van een consultant vragen die niet voldoet; Brightlane stelt binnen tien
werkdagen een vervanger voor.

Artikel 4. Verplichtingen van de Klant
De Klant stelt een werkplek, een laptop en de nodige toegangen ter beschikking vanaf de eerste
dag van elke opdracht, en duidt per opdracht een interne verantwoordelijke aan die de
consultants aanstuurt en hun prestaties goedkeurt.

Artikel 5. Prestaties, meerwerk en facturatie
5.1 De consultants registreren hun prestaties wekelijks in het tijdregistratiesysteem van de
Klant. Dagen boven het maximum van de opdrachtbevestiging worden enkel aangerekend als de Klant
vooraf schriftelijk een aanvulling op de opdrachtbevestiging heeft goedgekeurd.
5.2 Brightlane factureert maandelijks op basis van de goedgekeurde prestaties. Facturen zijn
betaalbaar binnen zestig dagen na factuurdatum.

Artikel 6. Opvolging
Brightlane bezorgt bij elke factuur een activiteitenrapport per consultant met de gepresteerde
dagen, de uitgevoerde taken en de geplande taken voor de volgende maand. Elk kwartaal bespreken
de accountmanager van Brightlane (Tom Mertens) en de IT-manager van de Klant de lopende
opdrachten. Problemen die zij niet kunnen oplossen, worden binnen tien werkdagen voorgelegd aan
de managing partner van Brightlane en de CEO van de Klant.

Artikel 7. Documentatie en kennisoverdracht
De consultants documenteren hun analyses, ontwerpen en code in de Confluence- en
Git-omgeving van de Klant. Bij het einde van elke opdracht draagt de consultant zijn werk over
aan de medewerkers die de Klant aanduidt, tijdens een overdracht van ten hoogste vijf werkdagen
die in de dagtarieven is inbegrepen.

Artikel 8. Aard van de verbintenis
Brightlane levert haar diensten als een middelenverbintenis, volgens de regels van de kunst.

Artikel 9. Intellectuele eigendom
Alle resultaten van de opdrachten, met inbegrip van documentatie en broncode, worden eigendom van
de Klant naarmate zij betaald worden.

Artikel 10. Vertrouwelijkheid en persoonsgegevens
10.1 Brightlane en haar consultants houden alle informatie waarvan zij bij de Klant kennis
krijgen geheim, tijdens en na deze overeenkomst.
10.2 Voor zover de consultants persoonsgegevens van de Klant verwerken, handelen zij uitsluitend
op instructie van de Klant volgens de verwerkersovereenkomst in bijlage 2, die partijen samen met
deze raamovereenkomst ondertekenen.

Artikel 11. Aansprakelijkheid
De aansprakelijkheid van Brightlane is per opdracht beperkt tot het bedrag dat zij voor die
opdracht in de laatste twaalf maanden heeft gefactureerd.

Artikel 12. Duur en beëindiging
12.1 Deze raamovereenkomst geldt voor twee jaar vanaf 1 januari 2027 en eindigt van rechtswege op
31 december 2028, zonder stilzwijgende verlenging.
12.2 Elke partij kan de raamovereenkomst of een lopende opdracht schriftelijk opzeggen met een
opzegtermijn van één maand.
12.3 De Klant neemt tijdens deze overeenkomst en tot twaalf maanden na het einde ervan geen
consultant van Brightlane rechtstreeks in dienst zonder haar akkoord.

Artikel 13. Geschillen
Partijen proberen een geschil eerst op te lossen via de escalatie van artikel 6. Lukt dat niet
binnen dertig dagen, dan is het Belgisch recht van toepassing en zijn de rechtbanken van het
gerechtelijk arrondissement Antwerpen, afdeling Mechelen, bevoegd.

Opgemaakt te Mechelen op 14 december 2026 in twee originelen; elke partij ontving er één.

Voor Vandenbroucke Logistics NV            Voor Brightlane Consulting BV
Bart Vandenbroucke, CEO                     Ine Goossens, managing partner
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "missing",
        "budget.extra_costs": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "maintenance.availability": "missing",
        "maintenance.response_time": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.unsigned": False,
        "risk.best_efforts_only": True,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.supplier_terms_prevail": False,
    },
    figures={
        "contract_term_months": 24,
        "notice_period_days": 30,
        "payment_term_days": 60,
    },
)

DOCUMENTS = (
    NL_WEBSHOP_QUOTE,
    NL_SAAS_SUBSCRIPTION,
    NL_CONSULTANCY_FRAMEWORK,
    FR_ERP_OFFER,
    FR_TMA_CONTRACT,
    FR_HOSTING_CONDITIONS,
    EN_LICENCE_MAINTENANCE,
    EN_MANAGED_HOSTING_SERVICE,
)

LANGUAGE_OF = {document.name: document.name[:2] for document in DOCUMENTS}
