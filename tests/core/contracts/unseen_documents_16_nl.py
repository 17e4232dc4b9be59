"""Held-out batch 16, Dutch documents: a Flemish maintenance contract for the lane-scoring system
(cameras, consoles, scoring server) of a sixteen-lane bowling centre in Genk (signed by both
parties), a Netherlands licence and support agreement for a crane-monitoring dashboard on a
Rotterdam bulk terminal, with implementation, escrow and the NLdigital Voorwaarden (signed by
both parties), a short Flemish e-mail offer from a freelance web developer for a repair-booking
tool for a bicycle shop, accepted by a reply e-mail, and a Flemish SLA of a managed-service
provider for the DECT nurse phones and alarm messaging of a private clinic, as an annex to a
framework agreement (signed by both parties).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches: months = 30 days for notice and warranty; response time of the highest priority
in hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned; partial = mentioned but vague, a bare
cross-reference without content, a placeholder, best efforts only, or a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

NL_BOWLING_LANE_SCORING_MAINTENANCE = UnseenDocument(
    name="nl_bowling_lane_scoring_maintenance",
    text="""ONDERHOUDSCONTRACT SCORINGSYSTEEM
Contractnummer: ST-OC-2027-014

Tussen
StrikeTech bv, Kempische Steenweg 311, 3500 Hasselt, ondernemingsnummer 0712.884.509,
vertegenwoordigd door de heer Bart Vanhoudt, zaakvoerder, hierna "StrikeTech",

en
Bowling Galaxy bv, Europalaan 2, 3600 Genk, ondernemingsnummer 0456.120.337,
vertegenwoordigd door mevrouw Sofie Peeters, zaakvoerder, hierna "de klant",

wordt overeengekomen wat volgt.

1. Voorwerp
StrikeTech onderhoudt het scoringsysteem ScoreMaster Pro op de 16 banen van Bowling Galaxy in
Genk. Het contract omvat:
- de scoringserver en de back-up-server in de technische ruimte;
- 16 baancamera's en 8 masking units boven de pinsetters;
- 16 bowlerconsoles en 32 overheadschermen;
- de balieconsole, de bar-tablet en de software ScoreMaster Pro met de competitiemodule.
Niet inbegrepen zijn: het mechanische onderhoud van de pinsetters en de balretours, de
baanbekleding, schade door bezoekers (stoten, gemorste drank), schade door blikseminslag of
overspanning, en het netwerk van de klant buiten de scoringkast.

2. Diensten
2.1 Preventief onderhoud: twee bezoeken per jaar, in maart en in september, op een maandag of
dinsdag vóór 14.00 uur. Daarbij reinigt en kalibreert de technieker alle camera's, controleert hij
de consoles en de schermen, neemt hij een volledige back-up van de server en installeert hij de
beschikbare updates.
2.2 Correctief onderhoud: herstelling of omwisseling van defecte onderdelen die onder het contract
vallen. Onderdelen en arbeid zijn inbegrepen; StrikeTech houdt een stock van camera's, consoles en
schermen in haar bestelwagen en in het magazijn in Hasselt.
2.3 Hulp op afstand via de 4G-router in de scoringkast.
2.4 Software-updates en nieuwe versies van ScoreMaster Pro binnen versie 7 zijn inbegrepen. Een
overstap naar een nieuwe hoofdversie (versie 8 en hoger) en de bijhorende hardware vallen niet
onder dit contract; StrikeTech maakt daarvoor een afzonderlijke offerte.

3. Bereikbaarheid en interventietermijnen
3.1 De helpdesk is bereikbaar 7 dagen op 7 van 10.00 tot 23.00 uur op 011 96 42 10. Buiten die
uren kan een bericht worden achtergelaten op hetzelfde nummer of via support@striketech.be.
3.2 Prioriteiten en termijnen (gerekend binnen de helpdeskuren):
    Prioriteit 1 - scoringserver uit of meer dan 4 banen zonder scoring:
                   reactie op afstand binnen 30 minuten, technieker ter plaatse binnen 4 uur,
                   herstelling of omwisseling binnen 8 uur na de melding
    Prioriteit 2 - 1 tot 4 banen zonder scoring:
                   reactie binnen 2 uur, herstelling binnen 1 werkdag
    Prioriteit 3 - defect overheadscherm, vraag over de software:
                   reactie binnen 1 werkdag, herstelling binnen 5 werkdagen
3.3 Is de technieker bij prioriteit 1 niet binnen 4 uur ter plaatse, dan crediteert StrikeTech
€ 50,00 per begonnen uur vertraging, met een maximum van € 400,00 per kalenderjaar.
3.4 StrikeTech voert de werken uit volgens de regels van de kunst en de onderhoudsvoorschriften
van de fabrikant. Na elke interventie test de technieker de betrokken banen met een proefspel.
3.5 Na elk bezoek ontvangt de klant per mail een interventierapport (vastgestelde fouten,
vervangen onderdelen, duur). In januari bezorgt StrikeTech een jaaroverzicht van alle meldingen en
interventies, dat samen met de klant besproken wordt in een evaluatiegesprek. Problemen die niet
op het niveau van de technieker kunnen worden opgelost, worden voorgelegd aan de zaakvoerder van
StrikeTech.

4. Team en kennis van de installatie
4.1 Vaste technieker voor Bowling Galaxy is de heer Jens Claes (0477 81 33 02); bij zijn
afwezigheid komt de heer Dries Lemmens. Beide techniekers zijn door de fabrikant van ScoreMaster
gecertificeerd (niveau Service Engineer II).
4.2 StrikeTech houdt een installatiedossier bij met de configuratie van de server, de
serienummers van alle toestellen, het netwerkschema van de scoringkast en de historiek van alle
interventies.

5. Verplichtingen van de klant
5.1 De klant houdt de 4G-router permanent aangesloten en bezorgt StrikeTech de nodige
toegangsgegevens.
5.2 De klant meldt storingen telefonisch, met vermelding van de baannummers en de foutmelding op
het scherm, en laat het baliepersoneel bij een storing eerst de herstartprocedure volgen die
StrikeTech heeft aangeleverd.
5.3 De klant geeft de technieker toegang tot de banen en de technische ruimte en legt de banen die
onderhouden worden stil tijdens het preventieve onderhoud.

6. Prijzen en betaling
6.1 Jaarlijkse onderhoudsvergoeding voor 16 banen: € 3.960,00 exclusief btw (€ 247,50 per baan).
6.2 Eenmalige opstartkost bij aanvang van het contract (inventaris van de installatie, nulmeting en
opmaak van het installatiedossier): € 450,00 exclusief btw.
6.3 Werken buiten dit contract worden alleen uitgevoerd na een schriftelijke prijsopgave die de
klant vooraf per mail heeft goedgekeurd, en worden aangerekend aan € 85,00 per uur, per begonnen
half uur, plus € 45,00 verplaatsingskosten per interventie. Onderdelen buiten het contract worden
aangerekend volgens de prijslijst van de fabrikant.
6.4 De jaarlijkse vergoeding en de uurtarieven worden elk jaar op 1 januari aangepast volgens de
formule P1 = P0 x (0,2 + 0,8 x S1/S0), waarbij S de Agoria-referentieloonkost is.
6.5 De jaarlijkse vergoeding wordt in januari vooraf gefactureerd; de opstartkost bij de
ondertekening. Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

7. Duur en opzegging
7.1 Het contract gaat in op 1 januari 2027 voor een duur van 1 jaar. Het wordt daarna telkens
stilzwijgend verlengd voor een jaar, tenzij een partij het opzegt bij aangetekende brief ten
minste 3 maanden vóór de vervaldag.
7.2 Elke partij kan het contract met onmiddellijke ingang beëindigen wanneer de andere partij
een ernstige tekortkoming na een aangetekende ingebrekestelling niet binnen 15 dagen herstelt.

8. Aansprakelijkheid
De aansprakelijkheid van StrikeTech is in totaal beperkt tot het bedrag van de vergoedingen die in
de drie maanden voorafgaand aan het schadegeval werden gefactureerd. StrikeTech is niet
aansprakelijk voor gederfde inkomsten, geannuleerde reservaties of competities, of voor verlies
van scores en competitiegegevens.

9. Persoonsgegevens
In de competitiemodule staan de namen, geboortejaren en gsm-nummers van de competitiespelers.
Voor zover StrikeTech bij onderhoud op afstand of ter plaatse toegang heeft tot die gegevens,
verwerkt zij ze als verwerker, uitsluitend voor het onderhoud en volgens de verwerkersovereenkomst
in bijlage 2 bij dit contract.

10. Toepasselijk recht
Op dit contract is het Belgisch recht van toepassing. Enkel de rechtbanken van het
gerechtelijk arrondissement Limburg, afdeling Hasselt, zijn bevoegd.

Opgemaakt te Genk op 28 november 2026 in twee exemplaren.

Voor StrikeTech bv                              Voor Bowling Galaxy bv
Bart Vanhoudt, zaakvoerder                      Sofie Peeters, zaakvoerder
(handtekening)                                  (handtekening)

Bijlage 1: lijst van toestellen en serienummers
Bijlage 2: verwerkersovereenkomst
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "missing",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.seniority": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
    },
)

NL_PORT_CRANE_MONITORING_LICENCE = UnseenDocument(
    name="nl_port_crane_monitoring_licence",
    text="""LICENTIE- EN ONDERSTEUNINGSOVEREENKOMST CRANESIGHT
Kenmerk: KZ/2026/118-LO

DE ONDERGETEKENDEN:

1. Kraanzicht B.V., Waalhaven Zuidzijde 40, 3089 JH Rotterdam, KvK 81530297, rechtsgeldig
   vertegenwoordigd door ing. R.P. (Ruben) Verhoef, directeur, hierna: "Leverancier";
2. Eemhaven Bulk Terminal B.V., Eemhavenweg 12, 3089 KH Rotterdam, KvK 24177630, rechtsgeldig
   vertegenwoordigd door drs. J.C. (Jolien) Bakker, algemeen directeur, hierna: "Afnemer";

OVERWEGENDE DAT Afnemer op haar terminal acht kranen exploiteert en met het platform CraneSight
van Leverancier inzicht wil in belastingcycli, storingen en energieverbruik per kraan;

KOMEN OVEREEN ALS VOLGT:

Artikel 1 - Contractdocumenten en rangorde
1.1 De offerte KZ-2026-118 van 3 november 2026 (Bijlage 1), de Service Level-beschrijving
(Bijlage 2) en de verwerkersovereenkomst (Bijlage 3) maken deel uit van deze overeenkomst.
1.2 Op deze overeenkomst zijn de NLdigital Voorwaarden 2020 van toepassing, zoals gedeponeerd
bij de Kamer van Koophandel, die Afnemer verklaart te hebben ontvangen. Bij strijdigheid gaat
deze overeenkomst voor, vervolgens de bijlagen in de genoemde volgorde en daarna de NLdigital
Voorwaarden.

Artikel 2 - Omvang van de levering
2.1 Leverancier levert en implementeert CraneSight voor de acht kranen van Afnemer (zes
kraanbruggen en twee mobiele havenkranen), bestaande uit: (a) acht edge-gateways, één per kraan,
met aansluiting op de kraan-PLC; (b) de installatie van de CraneSight-server op de virtuele
omgeving van Afnemer; (c) de configuratie van het dashboard met de signalen, alarmen en rapporten
uit Bijlage 1; en (d) de koppeling met het onderhoudsbeheersysteem van Afnemer voor het
automatisch aanmaken van werkorders.
2.2 Niet in de prijs begrepen zijn: de virtuele servers en databaselicenties (die Afnemer
levert), aanpassingen aan de PLC-programmatuur van de kranen, de bekabeling naar het
terminalnetwerk en koppelingen met andere systemen dan genoemd in 2.1.

Artikel 3 - Planning en medewerking van Afnemer
3.1 Partijen hanteren de volgende planning:
    kick-off                                            11 januari 2027
    installatie gateways kranen 1 t/m 4                 uiterlijk 12 februari 2027
    installatie gateways kranen 5 t/m 8                 uiterlijk 5 maart 2027
    Site Acceptance Test (SAT)                          week 13 van 2027
    ingebruikname (go-live)                             12 april 2027
De genoemde data zijn streefdata. Overschrijding daarvan geeft Afnemer geen recht op
schadevergoeding of ontbinding.
3.2 Afnemer stelt per kraan twee onderhoudsvensters van acht uur ter beschikking voor de
installatie van de gateways, levert uiterlijk 18 december 2026 de PLC-documentatie en de
signaallijsten van alle kranen aan, richt voor de gateways een afzonderlijk VLAN in, en zorgt
dat de monteurs van Leverancier de veiligheidsinstructie van de terminal hebben gevolgd.

Artikel 4 - Projectorganisatie
4.1 Projectleider bij Leverancier is de heer M. (Mark) Schouten; lead engineer is mevrouw
E. (Esra) Yilmaz. Aanspreekpunt bij Afnemer is de heer P. (Peter) de Wit, hoofd technische dienst.
4.2 De engineers van Leverancier die aan de kranen werken, hebben ten minste vijf jaar ervaring met
industriële besturingen en beschikken over een geldig VCA-VOL-diploma en een aanwijzing als
vakbekwaam persoon volgens NEN 3140.
4.3 Leverancier kan een lid van het projectteam vervangen, mits zij Afnemer daarvan vooraf
schriftelijk op de hoogte stelt en de vervanger over vergelijkbare kwalificaties beschikt. De
inwerktijd van een vervanger komt niet voor rekening van Afnemer.
4.4 Tijdens het project stuurt de projectleider tweewekelijks een voortgangsrapportage (gereed,
planning, risico's, openstaande punten). Maandelijks overleggen de projectleider, de lead
engineer, het aanspreekpunt van Afnemer en de operations manager van Afnemer in een stuurgroep.

Artikel 5 - Kwaliteit, test en acceptatie
5.1 Leverancier werkt volgens een kwaliteitssysteem dat is gecertificeerd volgens ISO 9001:2015.
Vóór levering voert Leverancier een Factory Acceptance Test (FAT) uit op een testopstelling met de
PLC-typen van Afnemer.
5.2 In week 13 voeren Partijen samen de SAT uit aan de hand van het testprotocol in Bijlage 1, dat
per kraan de juistheid van de signalen, de alarmmeldingen en de aanmaak van werkorders toetst.
Afnemer meldt afwijkingen binnen tien werkdagen na de SAT. Leverancier herstelt de afwijkingen en
de betrokken onderdelen worden opnieuw getest. CraneSight geldt als aanvaard wanneer de SAT
zonder blokkerende afwijkingen is doorlopen, of wanneer Afnemer CraneSight in productie neemt.
5.3 Gedurende drie maanden na aanvaarding herstelt Leverancier kosteloos fouten in de
configuratie en de koppelingen die bij de SAT niet aan het licht zijn gekomen.
5.4 Leverancier leest vóór de ingebruikname de alarmhistorie van de afgelopen twee jaar in vanuit
de bestaande historian van Afnemer.
5.5 Leverancier verzorgt drie opleidingssessies van een halve dag voor kraanmachinisten en
ploegleiders en één opleidingsdag voor de engineers van de technische dienst. Bij de ingebruikname
levert Leverancier een functioneel ontwerp, een beheerhandleiding en een as-built-overzicht van de
gateways en netwerkinstellingen.

Artikel 6 - Vergoedingen
6.1 Alle bedragen zijn in euro en exclusief btw.
    Implementatie CraneSight, 8 kranen (vaste prijs)                 € 64.500,00
    Eenmalige inrichtingskosten (serverinrichting, licentieactivatie) € 4.800,00
    Licentie- en ondersteuningsvergoeding, € 2.150,00 per kraan per jaar,
    voor 8 kranen                                                     € 17.200,00 per jaar
6.2 De implementatie wordt gefactureerd voor 50% bij ondertekening en 50% na aanvaarding. De
inrichtingskosten worden bij ondertekening gefactureerd. De licentie- en ondersteuningsvergoeding
wordt jaarlijks vooraf gefactureerd, voor het eerst bij de ingebruikname. Betaling geschiedt
binnen 30 dagen na factuurdatum.
6.3 Meerwerk wordt uitsluitend uitgevoerd na een schriftelijke opdracht van Afnemer op basis van
een begroting van Leverancier en wordt gefactureerd tegen een uurtarief van € 135,00 (consultant)
of € 115,00 (engineer), te vermeerderen met reiskosten volgens de offerte.
6.4 Leverancier is gerechtigd de tarieven en de licentie- en ondersteuningsvergoeding per
1 januari van elk jaar aan te passen. Zij maakt een aanpassing ten minste drie maanden van
tevoren schriftelijk bekend.

Artikel 7 - Licentie en intellectuele eigendom
7.1 Alle intellectuele eigendomsrechten op CraneSight en de gateway-software berusten bij
Leverancier. Afnemer verkrijgt voor de duur van deze overeenkomst een niet-exclusief, niet-
overdraagbaar recht om CraneSight te gebruiken voor ten hoogste acht kranen.
7.2 De meetgegevens van de kranen zijn en blijven eigendom van Afnemer.
7.3 De broncode van CraneSight is in depot gegeven bij Codekluis B.V. Afnemer treedt bij
ondertekening als begunstigde toe tot de escrowovereenkomst; de kosten van de toetreding zijn in de
licentievergoeding begrepen. Bij faillissement van Leverancier of bij beëindiging van het onderhoud
van CraneSight wordt de broncode aan Afnemer afgegeven.

Artikel 8 - Ondersteuning en onderhoud
8.1 De ondersteuning omvat: de servicedesk, het verhelpen van fouten in CraneSight, het leveren
van nieuwe releases en beveiligingsupdates, en het bewaken van de gateways op afstand.
8.2 De servicedesk is op werkdagen van 08.00 tot 17.00 uur bereikbaar via het klantportaal en
via 010 744 28 60. Meldingen met prioriteit 1 kunnen 24 uur per dag, 7 dagen per week telefonisch
worden gedaan.
8.3 Leverancier reageert op meldingen binnen de volgende termijnen:
    Prioriteit 1 (dashboard of dataverzameling van meer dan twee kranen uitgevallen): 1 uur, 24/7
    Prioriteit 2 (uitval van één kraan of van de koppeling met het onderhoudssysteem): 4 werkuren
    Prioriteit 3 (overige meldingen en vragen): volgende werkdag
Leverancier spant zich in om bij prioriteit 1 binnen acht uur een tijdelijke oplossing te bieden.
8.4 Leverancier streeft naar een beschikbaarheid van de CraneSight-server van 99% per
kalendermaand, met uitzondering van aangekondigd onderhoud. Aan de genoemde termijnen en de
beschikbaarheid zijn geen kortingen of boetes verbonden.
8.5 Nieuwe releases worden na overleg met Afnemer geïnstalleerd, buiten de piekuren van de
terminal. Kritieke beveiligingsupdates installeert Leverancier binnen vijf werkdagen na
beschikbaarheid.
8.6 Leverancier houdt per kraan een configuratiedossier bij (PLC-type, signaallijst,
gatewayinstellingen) en wijst een vaste supportengineer aan die de installatie van Afnemer kent.
8.7 Na de ingebruikname stuurt Leverancier per kwartaal een servicerapport.
8.8 Tenzij in deze overeenkomst uitdrukkelijk anders bepaald, zijn alle verplichtingen van
Leverancier inspanningsverplichtingen.

Artikel 9 - Duur en beëindiging
9.1 Deze overeenkomst gaat in op de datum van ondertekening. De licentie en de ondersteuning lopen
voor een eerste periode van 36 maanden vanaf de ingebruikname en worden daarna stilzwijgend
verlengd met telkens 12 maanden, tenzij een Partij uiterlijk zes maanden voor het einde van de
lopende periode schriftelijk opzegt.
9.2 Elke Partij kan de overeenkomst ontbinden indien de andere Partij na een schriftelijke
ingebrekestelling met een termijn van ten minste dertig dagen tekort blijft schieten in de
nakoming van wezenlijke verplichtingen, of in staat van faillissement wordt verklaard.
9.3 Bij het einde van de overeenkomst levert Leverancier binnen dertig dagen een volledige export
van de meetgegevens, alarmhistorie en werkorderkoppelingen in CSV-formaat, en verwijdert zij
daarna de gegevens van haar systemen. Afnemer kan de meetgegevens bovendien op elk moment zelf
exporteren vanuit het dashboard.
9.4 Op verzoek van Afnemer verleent Leverancier gedurende ten hoogste drie maanden na het einde
van de overeenkomst medewerking aan de overgang naar een andere oplossing, waaronder het
afkoppelen van de gateways, tegen de tarieven van artikel 6.3.

Artikel 10 - Aansprakelijkheid
10.1 De aansprakelijkheid van Leverancier is beperkt tot het bedrag dat Afnemer in de twaalf
maanden voorafgaand aan de schadeveroorzakende gebeurtenis aan Leverancier heeft betaald, met
een maximum van € 100.000,00.
10.2 Leverancier is niet aansprakelijk voor indirecte schade, gevolgschade, gederfde winst,
stilstand van kranen of schepen, demurrage en schade door verminking of verlies van gegevens.

Artikel 11 - Geheimhouding en persoonsgegevens
11.1 Partijen houden alle vertrouwelijke informatie die zij in het kader van deze overeenkomst van
elkaar ontvangen geheim, waaronder de operationele gegevens en de beveiligingsinrichting van de
terminal. Deze verplichting geldt ook gedurende drie jaar na het einde van de overeenkomst.
11.2 CraneSight registreert per belastingcyclus het personeelsnummer van de kraanmachinist.
Leverancier verwerkt deze persoonsgegevens als verwerker namens Afnemer overeenkomstig de
Algemene verordening gegevensbescherming en de verwerkersovereenkomst in Bijlage 3.

Artikel 12 - Geschillen en toepasselijk recht
12.1 Op deze overeenkomst is Nederlands recht van toepassing.
12.2 Partijen leggen een geschil eerst voor aan de stuurgroep en daarna aan de directies van
beide Partijen. Komen die niet binnen dertig dagen tot een oplossing, dan is uitsluitend de
Rechtbank Rotterdam bevoegd.

Aldus overeengekomen en in tweevoud ondertekend te Rotterdam op 4 december 2026.

Kraanzicht B.V.                                 Eemhaven Bulk Terminal B.V.
______________________                          ______________________
ing. R.P. Verhoef, directeur                    drs. J.C. Bakker, algemeen directeur
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
    },
)

NL_BICYCLE_REPAIR_BOOKING_EMAIL_OFFER = UnseenDocument(
    name="nl_bicycle_repair_booking_email_offer",
    text="""Van: Wout Verstraete <wout@webatelierwout.be>
Aan: Fietsen Vermeersch <info@fietsenvermeersch.be>
Datum: woensdag 2 december 2026 21:14
Onderwerp: Voorstel online afspraken voor herstellingen

Dag Koen en Griet,

Nog eens bedankt voor de koffie zaterdag in de winkel. Zoals beloofd mijn voorstel voor het
online boeken van herstellingen, zodat jullie in het voorjaar niet meer de hele dag aan de
telefoon hangen.

Wat je krijgt:
- een boekingspagina op jullie bestaande website (fietsenvermeersch.be/herstelling) waar klanten
  een type herstelling kiezen (onderhoudsbeurt, band plakken, remmen afstellen, e-bike check,
  ...) en een vrij tijdslot om de fiets binnen te brengen;
- per dag een maximum aantal herstellingen dat jullie zelf instellen, zodat de werkplaats niet
  overboekt raakt;
- een beheerscherm (ook op tablet in de werkplaats) met de planning van de dag;
- een automatische sms naar de klant als de fiets klaar is (met één klik vanuit het beheerscherm)
  en een herinnering de dag voor de afspraak.

Niet inbegrepen: een koppeling met jullie kassasysteem, online betalen en de teksten en foto's
van de herstellingen (die bezorgen jullie).

Prijs (excl. btw):
- opzet en bouw van de boekingsmodule, alles inbegrepen: € 1.850,00 (vaste prijs)
- hosting, dagelijkse back-up en onderhoud: € 19,00 per maand
- sms'en: € 0,09 per verstuurde sms, maandelijks afgerekend

Het onderhoud betekent dat ik elke maand WordPress en de plug-ins bijwerk, de back-ups nakijk en
kleine vragen beantwoord. Het abonnement loopt per maand en kan je op het einde van elke maand
opzeggen met een mailtje.

Timing: ik kan starten in de week van 4 januari. Als ik de lijst met herstellingen en prijzen, de
openingsuren van de werkplaats en jullie logo tegen 18 december heb, staat alles online op
1 februari, ruim voor het drukke seizoen. Voor we live gaan krijg je een testlink om alles
zelf uit te proberen. Bij de start kom ik een uurtje langs om jullie en Jasper in de werkplaats
te tonen hoe alles werkt.

Loopt er de eerste maand na de start iets mis in de module, dan los ik dat gratis op. Nadien
werk ik aan € 65,00 per uur. Wil je later iets extra (bv. online betalen), dan laat ik eerst
weten wat het kost en begin ik er pas aan als jullie akkoord zijn.

Ik factureer de helft bij de start en de rest wanneer alles online staat, telkens te betalen
binnen 15 dagen. Na betaling is de boekingsmodule van jullie; de premium-plug-in voor de
agenda koop ik op naam van de winkel.

De gegevens van jullie klanten (naam, gsm, e-mail, type fiets) staan op de server van mijn
hostingpartner in Frankfurt. Een verwerkersovereenkomst stuur ik jullie nog door. Stoppen jullie
ooit met het abonnement, dan krijgen jullie een export van alle klanten en afspraken in Excel.

Je kan mij op werkdagen bereiken via mail of op 0478 52 19 64; meestal antwoord ik nog dezelfde
dag. Verder gelden mijn algemene voorwaarden, die je vindt op webatelierwout.be/voorwaarden.

Als het voor jullie goed is, stuur me gewoon een mailtje terug met "akkoord", dan plan ik het in.

Groetjes,
Wout

Wout Verstraete - Webatelier Wout
Ondernemingsnummer BE 0745.612.980 - Stationsstraat 18, 8800 Roeselare

-----

Van: Fietsen Vermeersch <info@fietsenvermeersch.be>
Aan: Wout Verstraete <wout@webatelierwout.be>
Datum: donderdag 3 december 2026 08:37
Onderwerp: RE: Voorstel online afspraken voor herstellingen

Hoi Wout,

Ziet er goed uit, akkoord! Lijst en logo volgen nog deze week.

Groeten,
Koen
""",
    items={
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 15,
        "warranty_days": 30,
    },
)

NL_CLINIC_NURSE_PHONES_SLA = UnseenDocument(
    name="nl_clinic_nurse_phones_sla",
    text="""SERVICE LEVEL AGREEMENT - VERPLEEGTELEFONIE EN ALARMERING
Bijlage 2 bij de raamovereenkomst managed services MSA-2024-07 van 12 maart 2024

Partijen
Zorgcom nv, Boomsesteenweg 650, 2610 Wilrijk, ondernemingsnummer 0823.441.906,
vertegenwoordigd door de heer Filip Wouters, gedelegeerd bestuurder ("Zorgcom")
en
Privékliniek De Linde bv, Bredabaan 780, 2930 Brasschaat, ondernemingsnummer 0478.903.215,
vertegenwoordigd door dr. Hilde Aerts, medisch directeur, en de heer Steven Jacobs, financieel
directeur ("de Kliniek")

1. Doel en rangorde
1.1 Deze SLA beschrijft de beheerdiensten van Zorgcom voor de verpleegtelefonie van de Kliniek en
de niveaus waartoe Zorgcom zich verbindt.
1.2 Deze SLA vormt een bijlage bij de raamovereenkomst MSA-2024-07. Bij tegenstrijdigheid
primeert deze SLA voor wat de hierin geregelde onderwerpen betreft. De algemene voorwaarden van
Zorgcom zijn niet van toepassing.

2. Toepassingsgebied
2.1 De SLA omvat:
- 140 draadloze DECT-toestellen van de verpleegafdelingen, het operatiekwartier en de
  dagkliniek, met hun laadstations;
- 32 DECT-basisstations en de DECT-controller;
- de berichtenserver die oproepen van het verpleegoproepsysteem, de brandmeldcentrale en de
  bewaking van de koelcellen van de apotheek doorstuurt naar de toestellen;
- de koppeling van de DECT-controller met de telefooncentrale van de Kliniek.
2.2 Niet inbegrepen zijn: het verpleegoproepsysteem zelf (onderhouden door de leverancier ervan),
de telefooncentrale, batterijen en draagclips (verbruiksgoederen), toestellen die beschadigd zijn
door een val, vocht of ontsmettingsmiddelen buiten de voorschriften van de fabrikant, en de
uitbreiding van de dekking naar nieuwe gebouwdelen.

3. Diensten
3.1 Monitoring 24/7 van de berichtenserver, de controller en alle basisstations, met automatische
melding aan de Zorgcom-wachtdienst bij uitval.
3.2 Correctief onderhoud: storingen oplossen op afstand of ter plaatse, met omwisseling van
defecte basisstations en toestellen uit de stock van Zorgcom.
3.3 Preventief onderhoud: elk kwartaal een controle ter plaatse, met een dekkingsmeting op alle
afdelingen en een testoproep van elke alarmbron.
3.4 Updates: Zorgcom installeert de firmware-updates van toestellen, basisstations en controller
en de patches van de berichtenserver eenmaal per kwartaal, in een onderhoudsvenster dat vooraf
met de Kliniek is afgesproken. Kritieke beveiligingspatches worden binnen 14 dagen na vrijgave door
de fabrikant geïnstalleerd.

4. Bereikbaarheid
4.1 De servicedesk is op werkdagen van 8.00 tot 17.00 uur bereikbaar op 03 290 66 10 en via
support@zorgcom.be. Buiten die uren is de wachtdienst 24/7 telefonisch bereikbaar op
03 290 66 99, uitsluitend voor meldingen met prioriteit 1.
4.2 Meldingen gebeuren door de IT-dienst van de Kliniek of door de hoofdverpleegkundige van wacht.

5. Prioriteiten en termijnen
    Prioriteit 1 - alarmoproepen komen niet meer toe op de toestellen, of meer dan 25 % van de
                   toestellen van een afdeling heeft geen bereik:
                   reactie binnen 15 minuten (24/7), tijdelijke oplossing binnen 2 uur,
                   definitieve oplossing binnen 8 uur
    Prioriteit 2 - uitval van één basisstation of van een enkele alarmbron:
                   reactie binnen 1 uur (24/7), oplossing binnen 1 werkdag
    Prioriteit 3 - defect toestel, vraag of wijziging van configuratie:
                   reactie binnen 4 werkuren, oplossing binnen 3 werkdagen
De reactietermijn loopt vanaf de automatische melding van de monitoring of vanaf de telefonische
melding, als die eerder komt.

6. Beschikbaarheid
6.1 Zorgcom garandeert een beschikbaarheid van de berichtenserver en de doorsturing van
alarmoproepen van 99,9 % per kalendermaand, 24 uur per dag.
6.2 Gepland onderhoud dat ten minste vijf werkdagen vooraf met de Kliniek is afgesproken en
tussen 13.00 en 15.00 uur plaatsvindt, telt niet mee als onbeschikbaarheid, met een maximum van
twee uur per maand. Tijdens gepland onderhoud voorziet Zorgcom een terugvalscenario via de vaste
telefoons op de afdelingen.

7. Servicekredieten
7.1 Haalt Zorgcom de beschikbaarheid van 6.1 niet, dan crediteert zij 5 % van de
maandvergoeding per begonnen schijf van 0,1 % onder 99,9 %.
7.2 Wordt een reactie- of oplostermijn voor prioriteit 1 overschreden, dan crediteert Zorgcom
10 % van de maandvergoeding per overschrijding.
7.3 De kredieten bedragen samen ten hoogste 30 % van de maandvergoeding en worden verrekend op de
volgende factuur. Worden in drie opeenvolgende maanden de termijnen voor prioriteit 1 niet
gehaald, dan mag de Kliniek deze SLA zonder opzegtermijn en zonder vergoeding beëindigen.

8. Team, kennis en overleg
8.1 Servicemanager bij Zorgcom is mevrouw Ilse Van Gorp (ilse.vangorp@zorgcom.be); technisch
accountmanager is de heer Kevin Dierckx. Aanspreekpunt bij de Kliniek is de heer Tim Wuyts,
IT-coördinator.
8.2 De interventies worden uitgevoerd door techniekers die door de fabrikant van het DECT-systeem
gecertificeerd zijn.
8.3 Zorgcom houdt een configuratiedatabank bij met alle toestellen (serienummer, toestelnummer,
afdeling), de dekkingskaarten per verdieping en de instellingen van elke alarmbron, die de
servicedesk bij elke melding raadpleegt.
8.4 Zorgcom bezorgt tegen de vijfde werkdag van elke maand een servicerapport met de gemeten
beschikbaarheid, de meldingen per prioriteit, de gehaalde termijnen en de verschuldigde
kredieten.
8.5 Elk kwartaal vindt een serviceoverleg plaats tussen de servicemanager, de IT-coördinator en
het hoofd van het verpleegkundig departement.
8.6 Escalatie: eerste lijn servicedesk, tweede lijn servicemanager, derde lijn gedelegeerd
bestuurder van Zorgcom en financieel directeur van de Kliniek. Een geschil over deze SLA wordt
pas aan de rechtbank voorgelegd nadat het zonder resultaat binnen twintig werkdagen op de derde
lijn werd besproken.

9. Verplichtingen van de Kliniek
9.1 De Kliniek houdt een reservepool van tien geladen toestellen op de afdeling Spoed
beschikbaar.
9.2 De Kliniek geeft de techniekers van Zorgcom toegang tot de technische ruimtes en de afdelingen,
volgens de hygiëneregels die zij vooraf meedeelt.
9.3 De Kliniek informeert Zorgcom ten minste vier weken vooraf over verbouwingen, verhuis van
afdelingen of wijzigingen aan het verpleegoproepsysteem die de dekking of de alarmering kunnen
beïnvloeden.

10. Vergoedingen
10.1 Eenmalige onboardingkost (inventaris, inrichting van de monitoring, opmaak van de
configuratiedatabank): € 1.250,00 exclusief btw.
10.2 Maandvergoeding: € 2.340,00 exclusief btw, per kwartaal vooraf gefactureerd, betaalbaar
binnen 30 dagen na factuurdatum.
10.3 Werken buiten het toepassingsgebied van deze SLA voert Zorgcom enkel uit na een schriftelijke
prijsofferte die de IT-coördinator vooraf heeft goedgekeurd. Uurtarief: € 92,00 op werkdagen
tussen 8.00 en 17.00 uur, + 50 % op werkdagen buiten die uren en + 100 % op zaterdag, zondag en
feestdagen.
10.4 De maandvergoeding en de uurtarieven worden jaarlijks op 1 februari aangepast volgens de
evolutie van de Agoria-referentieloonkost, zoals bepaald in artikel 6 van de raamovereenkomst.

11. Duur
11.1 Deze SLA gaat in op 1 februari 2027 voor een duur van 36 maanden. Daarna wordt zij
stilzwijgend verlengd voor opeenvolgende periodes van 1 jaar, tenzij een partij ze opzegt met een
aangetekende brief ten minste 2 maanden vóór het einde van de lopende periode.
11.2 Bij het einde van deze SLA, om welke reden ook, bezorgt Zorgcom de Kliniek binnen tien
werkdagen de volledige configuratiedatabank, de dekkingskaarten en de alarmlogs van de laatste
twaalf maanden in een open formaat (CSV en PDF), en werkt zij gedurende ten hoogste twee maanden
mee aan de overdracht aan een nieuwe dienstverlener, onder meer door een overdrachtsvergadering en
de overdracht van alle beheerwachtwoorden.

12. Persoonsgegevens
De alarmlogs bevatten kamernummers en de namen van de verpleegkundigen die een oproep hebben
opgenomen. Zorgcom verwerkt die gegevens als verwerker, uitsluitend op de servers in de Kliniek
en volgens de verwerkersovereenkomst van 12 maart 2024 (bijlage 4 bij de raamovereenkomst). Zij
meldt elk gegevenslek binnen 24 uur aan de functionaris voor gegevensbescherming van de Kliniek.

13. Overige bepalingen
Voor de aansprakelijkheid, de vertrouwelijkheid en het toepasselijk recht en de bevoegde
rechtbank gelden de bepalingen van de raamovereenkomst MSA-2024-07.

Opgemaakt te Brasschaat op 1 december 2026, in twee exemplaren.

Voor Zorgcom nv                         Voor Privékliniek De Linde bv

Filip Wouters                           dr. Hilde Aerts             Steven Jacobs
gedelegeerd bestuurder                  medisch directeur           financieel directeur
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.ip": "missing",
        "legal.confidentiality": "partial",
        "legal.data_protection": "covered",
        "legal.governing_law": "partial",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "availability_percent": 99.9,
        "response_time_hours_highest_priority": 0.25,
    },
)


NL_DOCUMENTS = [
    NL_BOWLING_LANE_SCORING_MAINTENANCE,
    NL_PORT_CRANE_MONITORING_LICENCE,
    NL_BICYCLE_REPAIR_BOOKING_EMAIL_OFFER,
    NL_CLINIC_NURSE_PHONES_SLA,
]
