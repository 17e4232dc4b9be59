"""Held-out batch 17, Dutch documents: a Netherlands agreement (numbered articles, signed by both
parties) between a dairy cooperative and a software supplier for the implementation and SaaS use of
a laboratory system for its ISO 17025-accredited milk-quality lab (sample registration, analyser
interfaces, link to the milk-payment system, SLA, escrow); a Flemish maintenance contract (public
contract of a municipal sports company, signed by both parties) for the electronic timing and
scoreboard installation of a municipal swimming pool; a short informal Flemish e-mail offer from a
one-person IT business to a hearing-care centre for a new server, the migration of its Noah database
and a NAS back-up, accepted by a reply e-mail; and a Netherlands assignment confirmation (letter,
electronically signed by both parties) for a Salesforce consultant working on a time-and-materials
basis on a charity's move to a fundraising CRM, under the NLdigital Voorwaarden.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions: months =
30 days for notice and warranty; response time of the highest priority in hours (working hours
counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty client signature line
raises risk.unsigned; a bare cross-reference without content, a placeholder, "in overleg",
best-efforts wording or a disclaimer counts as partial; supplier general terms that are declared
applicable raise risk.supplier_terms_prevail even when the agreement itself prevails on conflicts.
"""

from .unseen_documents import UnseenDocument

NL_DAIRY_LAB_LIMS_AGREEMENT = UnseenDocument(
    name="nl_dairy_lab_lims_agreement",
    text="""OVEREENKOMST VOOR DE IMPLEMENTATIE EN HET GEBRUIK VAN LABQ MILK
Kenmerk: LQ/OVK/2026-031

PARTIJEN
1. LabQ Software B.V., gevestigd aan het Nudepark 12, 6702 DZ Wageningen, ingeschreven bij de Kamer
   van Koophandel onder nummer 68231947, hierbij rechtsgeldig vertegenwoordigd door de heer
   J.H. (Joost) van Leeuwen, directeur, hierna: "LabQ";
2. Coöperatie Terpzuivel U.A., gevestigd aan de Zuivelweg 4, 8447 PP Heerenveen, ingeschreven bij
   de Kamer van Koophandel onder nummer 01043872, hierbij rechtsgeldig vertegenwoordigd door de
   heer W. (Wiebe) Hiemstra, algemeen directeur, hierna: "Terpzuivel";

OVERWEGENDE DAT
- het kwaliteitslaboratorium van Terpzuivel dagelijks circa 3.200 melkmonsters van de ruim 1.150
  aangesloten melkveehouders onderzoekt voor de melkgeldbetaling en de kwaliteitsregeling, en als
  testlaboratorium door de Raad voor Accreditatie is geaccrediteerd volgens NEN-EN-ISO/IEC 17025;
- het huidige laboratoriumsysteem niet langer door de leverancier wordt ondersteund en Terpzuivel
  na een offerteprocedure heeft gekozen voor LabQ Milk;

KOMEN OVEREEN ALS VOLGT:

Artikel 1 - Contractdocumenten
1.1 Deze overeenkomst bestaat uit deze tekst en de bijlagen: (1) Programma van Eisen versie 1.3;
(2) offerte LQ-2026-118 van LabQ van 3 november 2026; (3) Service Level Agreement;
(4) verwerkersovereenkomst; (5) escrowovereenkomst.
1.2 Bij strijdigheid geldt de volgende rangorde: deze tekst, bijlage 3, bijlage 4, bijlage 5,
bijlage 1, bijlage 2. Algemene voorwaarden van partijen, waaronder de NLdigital Voorwaarden en de
inkoopvoorwaarden van Terpzuivel, zijn niet van toepassing.

Artikel 2 - Voorwerp
2.1 LabQ levert LabQ Milk als online dienst (SaaS) met de modules monsterregistratie (barcodes van
de monsterflessen uit de ophaalwagens), koppeling met de analyseapparatuur (FOSS MilkoScan FT+,
Fossomatic 7 DC en de Delvotest-readers), technische en inhoudelijke validatie van uitslagen,
kwaliteitsregeling (kiemgetal, celgetal, remstoffen, vriespunt) en rapportage.
2.2 LabQ bouwt en onderhoudt de interfaces met het melkgeldsysteem van Terpzuivel (SAP) en met het
ledenportaal "Mijn Terpzuivel", waarin leden hun uitslagen zien.
2.3 Niet inbegrepen zijn: de analyseapparatuur en het onderhoud daarvan, aanpassingen aan de zijde
van SAP en het ledenportaal, en de werkplekken, printers en barcodescanners van het laboratorium.

Artikel 3 - Planning en vertraging
3.1 De implementatie verloopt in drie fasen:
    fase 1  inrichting, validatieomgeving en interfaces         4 januari - 26 maart 2027
    fase 2  conversie van de uitslagen 2024-2026 (circa 3,4 miljoen analyseresultaten en de
            stamgegevens van leden en bedrijfslocaties), met een proefconversie in maart 2027
    fase 3  acceptatietest en vier weken parallel draaien       april 2027
    livegang                                                    maandag 3 mei 2027
3.2 Wordt de livegang door een oorzaak die aan LabQ is toe te rekenen niet gehaald, dan verbeurt
LabQ een boete van EUR 750 per werkdag, met een maximum van EUR 15.000, onverminderd het recht van
Terpzuivel op nakoming.
3.3 Komt Terpzuivel een verplichting uit artikel 4 niet tijdig na, dan stellen partijen binnen tien
werkdagen een nieuwe planning vast en brengt LabQ de daardoor noodzakelijke extra uren in rekening
tegen het tarief van artikel 7.3, op basis van een raming die Terpzuivel vooraf heeft goedgekeurd.

Artikel 4 - Verplichtingen van Terpzuivel
4.1 Terpzuivel levert uiterlijk 15 januari 2027 een volledige export van het huidige
laboratoriumsysteem aan, geeft LabQ vóór 1 februari 2027 toegang tot de pc's bij de
analyseapparatuur en stelt een key-userteam van vier analisten beschikbaar, tijdens fase 3 voor
twee dagen per week.
4.2 Terpzuivel stelt de testscenario's voor de acceptatietest op, op basis van het sjabloon van
LabQ, uiterlijk drie weken voor de start van fase 3.

Artikel 5 - Acceptatie en validatie
5.1 Na elke fase meldt LabQ het opgeleverde gereed. Terpzuivel voert binnen tien werkdagen de
acceptatietest uit volgens de testscenario's. Blokkerende bevindingen (categorie A) herstelt LabQ
binnen vijf werkdagen, waarna een hertest volgt. Acceptatie blijkt uit een door beide projectleiders
ondertekend acceptatieverslag.
5.2 LabQ levert een validatiedossier (installatie- en operationele kwalificatie, traceerbaarheid van
de eisen naar de tests) dat voldoet aan de eisen van ISO/IEC 17025 en dat Terpzuivel bij audits van
de Raad voor Accreditatie kan voorleggen. LabQ is gecertificeerd volgens ISO 27001.

Artikel 6 - Projectorganisatie en rapportage
6.1 Projectleider van LabQ is mevrouw ing. T. (Tessa) Brouwer; projectleider van Terpzuivel is
mevrouw ir. M. (Marijke) Postma, hoofd Kwaliteitslaboratorium. De implementatieconsultants van LabQ
hebben ten minste vijf jaar ervaring met de implementatie van laboratoriumsystemen.
6.2 LabQ streeft naar continuïteit in de bezetting van het project en stemt een eventuele vervanging
van de projectleider tijdig af met Terpzuivel.
6.3 LabQ levert elke twee weken een voortgangsrapportage (voortgang per fase, risico's, urenverbruik
meerwerk, openstaande acties). De stuurgroep, bestaande uit de directeur van LabQ, de algemeen
directeur van Terpzuivel en beide projectleiders, komt maandelijks bijeen. Knelpunten die de
projectleiders niet binnen vijf werkdagen oplossen, worden aan de stuurgroep voorgelegd.

Artikel 7 - Vergoedingen en betaling
7.1 Alle bedragen zijn exclusief btw.
    Implementatie (vaste prijs), inclusief conversie en opleiding     EUR 86.400,00
    Eenmalige inrichting productie- en validatieomgeving               EUR  6.250,00
    Abonnement LabQ Milk, inclusief interfaces en SLA                  EUR  3.950,00 per maand
7.2 De implementatie wordt gefactureerd voor 30 % bij ondertekening, 40 % na acceptatie van fase 1
en 30 % na livegang; de inrichting bij ondertekening. Het abonnement gaat in op de dag van livegang
en wordt per kwartaal vooraf gefactureerd. Facturen worden betaald binnen 30 dagen na factuurdatum.
7.3 Het uurtarief voor meerwerk bedraagt EUR 128,00. Het abonnement en het uurtarief worden per
1 januari van elk jaar, voor het eerst per 1 januari 2028, aangepast met het CBS-indexcijfer voor
cao-lonen in de zakelijke dienstverlening, met een maximum van 4 % per jaar.
7.4 Meerwerk wordt alleen uitgevoerd na een schriftelijk wijzigingsverzoek met een opgave van de
gevolgen voor prijs en planning, dat door de projectleider van Terpzuivel vooraf schriftelijk is
goedgekeurd. Meerwerk zonder voorafgaande goedkeuring wordt niet vergoed.

Artikel 8 - Opleiding, kennisoverdracht en garantie
8.1 LabQ verzorgt een train-de-trainer-opleiding van drie dagdelen voor zes key users en geeft alle
analisten toegang tot de e-learningmodules van LabQ Milk.
8.2 Vóór livegang levert LabQ de documentatie voor het functioneel beheer (inrichting, validatie-
regels, interfacebeschrijvingen) en draagt zij het beheer in twee sessies over aan de functioneel
beheerder van Terpzuivel.
8.3 Gedurende 90 dagen na livegang herstelt LabQ kosteloos alle gebreken in de inrichting, de
conversie en de interfaces.

Artikel 9 - Dienstverlening en service levels
9.1 Het abonnement omvat hosting, beheer, back-up, de servicedesk, het onderhoud van de interfaces
en alle nieuwe versies van LabQ Milk. De nadere afspraken staan in bijlage 3.
9.2 De servicedesk is bereikbaar op werkdagen van 07.00 tot 18.00 uur en op zaterdag van 07.00 tot
13.00 uur, via 0317 74 20 90 en het klantportaal. Voor prioriteit 1 is een storingsnummer 24 uur
per dag, 7 dagen per week bereikbaar.
9.3 Service levels:
    Prioriteit  Omschrijving                                  Reactietijd    Workaround/oplossing
    1           monsterregistratie of import van uitslagen
                onmogelijk                                    30 minuten     4 uur
    2           een module of interface verstoord             2 uur          1 werkdag
    3           overige verzoeken en vragen                   1 werkdag      10 werkdagen
9.4 LabQ garandeert een beschikbaarheid van LabQ Milk van 99,7 % per kalendermaand, gepland
onderhoud op zondag tussen 02.00 en 06.00 uur niet meegerekend.
9.5 Wordt de beschikbaarheid niet gehaald, dan crediteert LabQ 5 % van de maandvergoeding per
begonnen 0,1 % onder de norm, met een maximum van 30 % van de maandvergoeding. Elke overschrijding
van de oplostijd voor prioriteit 1 geeft recht op een creditering van 2 % van de maandvergoeding.
9.6 LabQ rapporteert maandelijks over beschikbaarheid, meldingen en doorlooptijden.
9.7 LabQ wijst een vaste customer success manager aan en houdt een actueel configuratiedossier van de
omgeving van Terpzuivel bij, dat de servicedesk bij elke melding raadpleegt.
9.8 Nieuwe releases verschijnen elk kwartaal, worden vier weken vooraf aangekondigd en eerst in de
validatieomgeving geplaatst, zodat Terpzuivel ze kan valideren. Kritieke beveiligingspatches
installeert LabQ binnen 72 uur na beschikbaarheid.

Artikel 10 - Duur en beëindiging
10.1 Het abonnement heeft een looptijd van 36 maanden vanaf de livegang en wordt daarna stilzwijgend
verlengd met telkens 12 maanden, tenzij een partij uiterlijk drie maanden voor het einde van de
lopende termijn per aangetekende brief opzegt.
10.2 Elke partij kan de overeenkomst ontbinden indien de andere partij een wezenlijke verplichting
niet nakomt en die tekortkoming niet herstelt binnen 30 dagen na een schriftelijke ingebreke-
stelling, of indien de andere partij failliet wordt verklaard of surseance van betaling verkrijgt.

Artikel 11 - Exit en continuïteit
11.1 Bij het einde van de overeenkomst levert LabQ binnen 30 dagen, zonder meerkosten, een volledige
export van alle gegevens van Terpzuivel (uitslagen, monsters, stamgegevens, audittrail) in CSV- en
XML-formaat met een gegevenswoordenboek. LabQ heeft geen retentierecht op deze gegevens.
11.2 Op verzoek blijft LabQ de dienst gedurende ten hoogste zes maanden na het einde verlenen tegen
het geldende abonnement, en ondersteunt zij de overgang naar een andere leverancier tegen het
uurtarief van artikel 7.3. Na bevestiging van de overgang verwijdert LabQ alle gegevens.
11.3 LabQ deponeert de broncode van LabQ Milk en van de interfaces, de installatiescripts en
wekelijks een kopie van de gegevens van Terpzuivel bij een onafhankelijke escrowagent, volgens de
escrowovereenkomst van bijlage 5. Bij faillissement van LabQ of het staken van de dienst worden deze
aan Terpzuivel afgegeven.

Artikel 12 - Intellectuele eigendom
12.1 LabQ behoudt alle rechten op LabQ Milk; Terpzuivel verkrijgt een niet-exclusief gebruiksrecht
voor de duur van de overeenkomst. De specifiek voor Terpzuivel ontwikkelde interfaces worden na
betaling eigendom van Terpzuivel. Alle gegevens blijven eigendom van Terpzuivel.

Artikel 13 - Vertrouwelijkheid en persoonsgegevens
13.1 Partijen houden alle informatie die zij van elkaar ontvangen, waaronder de uitslagen per
melkveehouder, geheim, tijdens de overeenkomst en vijf jaar na het einde ervan.
13.2 LabQ verwerkt persoonsgegevens van leden (waaronder namen, adressen, UBN-nummers en
bankgegevens van eenmanszaken) als verwerker in de zin van de AVG, volgens de verwerkersovereenkomst
van bijlage 4. De gegevens worden uitsluitend opgeslagen in datacenters in Nederland. LabQ meldt een
inbreuk in verband met persoonsgegevens binnen 24 uur na ontdekking.

Artikel 14 - Aansprakelijkheid
14.1 De aansprakelijkheid van elke partij is beperkt tot EUR 250.000 per kalenderjaar, behalve bij
opzet of bewuste roekeloosheid. Aansprakelijkheid voor indirecte schade is uitgesloten. De kosten
van het herstellen van verloren of verminkte gegevens en van het opnieuw analyseren van monsters
gelden als directe schade.

Artikel 15 - Toepasselijk recht en geschillen
15.1 Op deze overeenkomst is Nederlands recht van toepassing.
15.2 Een geschil wordt eerst aan de stuurgroep en vervolgens aan de directies van partijen
voorgelegd. Is het geschil niet binnen 30 dagen opgelost, dan proberen partijen het op te lossen met
een mediation door een MfN-registermediator. Levert de mediation binnen 60 dagen geen oplossing op,
dan is uitsluitend de rechtbank Noord-Nederland, locatie Leeuwarden, bevoegd.

Aldus overeengekomen en in tweevoud ondertekend.

LabQ Software B.V.                              Coöperatie Terpzuivel U.A.

Wageningen, 2 december 2026                     Heerenveen, 4 december 2026

(handtekening)                                  (handtekening)
J.H. van Leeuwen                                W. Hiemstra
directeur                                       algemeen directeur
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
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "partial",
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
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
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
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.7,
    },
)

NL_SWIMMING_POOL_TIMING_MAINTENANCE = UnseenDocument(
    name="nl_swimming_pool_timing_maintenance",
    text="""ONDERHOUDSOVEREENKOMST
ELEKTRONISCHE TIJDREGISTRATIE EN SCOREBORD - STEDELIJK ZWEMBAD NETEBAD HERENTALS
Dossier AGB/2026/014

Tussen
het Autonoom Gemeentebedrijf Sport Herentals, met zetel te Vest 38, 2200 Herentals,
ondernemingsnummer 0832.554.176, vertegenwoordigd door de heer Karel Wouters, voorzitter van de raad
van bestuur, en mevrouw Ann Geudens, algemeen directeur, hierna "het AGB",

en
Chronosport bv, met zetel te Mechelsesteenweg 212, 2220 Heist-op-den-Berg, ondernemingsnummer
0716.903.482, vertegenwoordigd door de heer Dirk Van Looy, zaakvoerder, hierna "Chronosport",

wordt overeengekomen wat volgt.

Artikel 1 - Grondslag
Deze overeenkomst volgt op de gunning door de raad van bestuur van 19/11/2026 van de opdracht voor
het onderhoud van de tijdregistratie van het Netebad, na een onderhandelingsprocedure zonder
voorafgaande bekendmaking. De opdracht wordt uitgevoerd volgens het bestek AGB/2026/014, deze
overeenkomst en de offerte van Chronosport van 24/10/2026 (ref. CS-O-2610-77), in die volgorde van
voorrang. De algemene uitvoeringsregels van het KB van 14 januari 2013 zijn van toepassing voor zover
het bestek er niet van afwijkt. De algemene voorwaarden van Chronosport zijn niet van toepassing.

Artikel 2 - Voorwerp
Chronosport onderhoudt de installatie voor elektronische tijdregistratie in het wedstrijdbad
(8 banen, 25 m), die zij in 2021 heeft geplaatst:
- 16 aantikplaten met de bijhorende aansluitkasten en kabels;
- 8 startblokken met valse-startdetectie bij aflossingen en het startsysteem met luidspreker per baan;
- de tijdregistratieconsole en de timing-pc met de koppeling naar Splash Meet Manager;
- het LED-scorebord van 4 x 2 m aan de kopse kant van het bad, met de sturing.

Artikel 3 - Preventief onderhoud
3.1 Chronosport voert twee onderhoudsbeurten per jaar uit: de eerste vóór 8 januari (voor de
provinciale kampioenschappen), de tweede vóór 31 augustus (voor de start van het clubseizoen). De
precieze dag wordt ten minste twee weken vooraf met de zwembadcoördinator afgesproken.
3.2 Een beurt omvat: nazicht en kalibratie van de aantikplaten, test van het startsysteem en van de
valse-startdetectie, pixeltest van het scorebord, nazicht van kabels en connectoren, installatie van
de nieuwste versie van de consolesoftware en van de firmware van het scorebord, en een back-up van de
configuratie. Elke beurt wordt afgesloten met een volledige testwedstrijd op alle banen; de tijd-
registratie moet daarbij voldoen aan de reglementen van World Aquatics en de KBZB.
3.3 Binnen vijf werkdagen na elke beurt bezorgt Chronosport een onderhoudsrapport met de uitgevoerde
controles, de vastgestelde gebreken en de aanbevolen vervangingen.

Artikel 4 - Storingen
4.1 De helpdesk van Chronosport is bereikbaar op werkdagen van 8.00 tot 17.00 uur op 015 25 61 40 en
via service@chronosport.be. Voor wedstrijden die het AGB ten minste tien dagen vooraf heeft
doorgegeven, is op zaterdag en zondag van 7.00 tot 19.00 uur een piketnummer (0495 27 18 63)
beschikbaar.
4.2 Reactietermijnen:
    Prioriteit 1 - een storing die het gebruik van de tijdregistratie bij een wedstrijd of training
                   onmogelijk maakt: telefonische reactie en diagnose op afstand binnen 2 uur
    Prioriteit 2 - andere storingen (bv. één aantikplaat, enkele pixels van het scorebord): reactie
                   binnen 2 werkdagen
De hersteltermijn wordt per storing in onderling overleg bepaald, naargelang de beschikbaarheid van
de onderdelen.
4.3 Chronosport houdt van de installatie een logboek bij met de configuratie, de serienummers en
alle interventies, dat de technieker bij elke melding raadpleegt.

Artikel 5 - Verplichtingen van het AGB
Het AGB verleent de technieker toegang tot het bad en het technisch lokaal, laat de aantikplaten na
elk gebruik rechtop en droog opbergen in het daarvoor voorziene rek, meldt een storing met een
omschrijving en, indien mogelijk, een foto, en laat geen herstellingen uitvoeren door derden.

Artikel 6 - Prijs en betaling
6.1 Het jaarlijks forfait bedraagt € 3.480,00 excl. btw. Het omvat de twee onderhoudsbeurten, de
helpdesk en de arbeid en verplaatsing voor herstellingen op werkdagen.
6.2 Niet in het forfait inbegrepen: vervangonderdelen, de piketdienst tijdens het weekend (toeslag
van 50 % op het uurtarief), herstellingen na onoordeelkundig gebruik, vandalisme, blikseminslag of
waterschade, en de Windows-updates van de timing-pc.
6.3 Werk buiten het forfait wordt aangerekend aan € 82,00 per uur en € 45,00 per verplaatsing.
Voor onderdelen en herstellingen buiten het forfait bezorgt Chronosport vooraf een prijsofferte; zij
voert die pas uit na ontvangst van een bestelbon van het AGB.
6.4 Het forfait en de tarieven worden jaarlijks op 1 januari herzien volgens de formule
p = P x (0,2 + 0,8 x s/S), waarbij s en S de Agoria-referentieloonkosten zijn.
6.5 Het forfait wordt in januari gefactureerd; ander werk na uitvoering. Het AGB betaalt binnen
30 kalenderdagen na ontvangst van de factuur.

Artikel 7 - Uitvoering, personeel en opvolging
7.1 De werken worden uitgevoerd door de heer Jens Vermeiren, technieker bij Chronosport, die door
de fabrikant van de installatie is opgeleid en gecertificeerd. Contactpersoon voor het AGB is
mevrouw Sofie Peeters, zwembadcoördinator.
7.2 Elk jaar in oktober houden partijen een evaluatiegesprek op basis van een jaaroverzicht van de
interventies. Een probleem dat de technieker en de zwembadcoördinator niet oplossen, wordt
voorgelegd aan de zaakvoerder van Chronosport en de algemeen directeur van het AGB.

Artikel 8 - Waarborg
Op herstellingen en vervangen onderdelen geeft Chronosport een waarborg van zes maanden; binnen die
periode zijn onderdelen, arbeid en verplaatsing kosteloos.

Artikel 9 - Laattijdigheid
9.1 Is een onderhoudsbeurt niet uitgevoerd vóór de datum van artikel 3.1, dan is Chronosport van
rechtswege een straf van € 40,00 per kalenderdag vertraging verschuldigd.
9.2 Kan een afgesproken beurt door toedoen van het AGB niet doorgaan, dan rekent Chronosport een
verplaatsing aan (€ 45,00) en wordt binnen vijftien dagen een nieuwe datum vastgelegd.

Artikel 10 - Duur en beëindiging
10.1 De overeenkomst loopt van 1 januari 2027 tot 31 december 2027. Zij wordt stilzwijgend verlengd
met telkens één jaar, met een maximum van drie verlengingen, tenzij een partij ten minste twee
maanden vóór het einde van het lopende jaar bij aangetekende brief opzegt.
10.2 Bij een ernstige tekortkoming van Chronosport die niet is verholpen binnen vijftien dagen na een
aangetekende ingebrekestelling, kan het AGB de overeenkomst eenzijdig verbreken, onverminderd de
maatregelen van de algemene uitvoeringsregels.

Artikel 11 - Aansprakelijkheid
Chronosport is aansprakelijk voor de schade die zij of haar personeel bij de uitvoering veroorzaakt,
tot € 50.000,00 per schadegeval, behalve bij opzet of zware fout. Zij is niet aansprakelijk voor
gevolgschade zoals de kosten van een verplaatste wedstrijd. Chronosport heeft een verzekering
burgerlijke aansprakelijkheid met een dekking van ten minste € 1.250.000,00.

Artikel 12 - Persoonsgegevens
Voor zover Chronosport bij een interventie toegang heeft tot gegevens van zwemmers in de
wedstrijdsoftware, maken partijen daarover zo nodig afspraken overeenkomstig de AVG.

Artikel 13 - Toepasselijk recht
Deze overeenkomst is onderworpen aan het Belgisch recht. Geschillen behoren tot de bevoegdheid van
de rechtbanken van het gerechtelijk arrondissement Antwerpen, afdeling Turnhout.

Opgemaakt te Herentals op 3 december 2026, in twee exemplaren, waarvan elke partij er één ontvangt.

Voor het AGB Sport Herentals                         Voor Chronosport bv

Karel Wouters              Ann Geudens               Dirk Van Looy
voorzitter raad van bestuur algemeen directeur       zaakvoerder
(handtekening)             (handtekening)            (handtekening)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "missing",
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
        "legal.data_protection": "partial",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 180,
        "response_time_hours_highest_priority": 2,
    },
)

NL_HEARING_CENTRE_SERVER_EMAIL_OFFER = UnseenDocument(
    name="nl_hearing_centre_server_email_offer",
    text="""Van: Katrien Van Hove <katrien@hoorzorgvanhove.be>
Verzonden: donderdag 3 december 2026 9:12
Aan: Bart Steyaert <bart@steyaert-ict.be>
Onderwerp: RE: Offerte nieuwe server + overzetten Noah - Hoorzorg Van Hove

Dag Bart,

Prima zo, mag je bestellen. Maandag 18/1 is ok, ik verwittig Sarah.
Het abonnement nemen we er ook bij.

Groetjes,
Katrien

-----Oorspronkelijk bericht-----
Van: Bart Steyaert <bart@steyaert-ict.be>
Verzonden: woensdag 2 december 2026 17:42
Aan: Katrien Van Hove <katrien@hoorzorgvanhove.be>
Onderwerp: Offerte nieuwe server + overzetten Noah - Hoorzorg Van Hove

Dag Katrien,

Zoals beloofd na mijn bezoek van vorige vrijdag, hierbij mijn voorstel om jullie oude server (de
Windows Server 2012 R2-toren in de kast achter de balie) te vervangen. Die krijgt al twee jaar geen
beveiligingsupdates meer en met al die audiogrammen en cliëntgegevens erop is dat geen goed idee.

Wat ik voorstel:
- een nieuwe server Dell PowerEdge T160 met Windows Server 2025 Standard, twee SSD's in RAID 1,
  met 3 jaar Dell ProSupport (technieker ter plaatse de volgende werkdag)
- overzetten van de Noah 4-database (cliënten, audiogrammen, fittings) naar de nieuwe server,
  Noah opnieuw koppelen op de 3 pc's (2 aanpaskamers + balie) en de aanpassoftware (Phonak Target,
  Oticon Genie 2, Signia Connexx) nakijken
- een Synology NAS (DS224+, 2 x 4 TB) voor een dagelijkse back-up van de server, plus elke week
  een versleutelde kopie naar Synology C2 in de cloud
- de oude server uitzetten en de schijven veilig wissen (je krijgt er een attest van)

Prijzen (excl. btw):
  server met Windows Server-licentie en 5 CAL's      € 3.240,00
  NAS met 2 schijven van 4 TB                         €   690,00
  installatie, migratie Noah, back-up instellen       € 1.150,00 (vaste prijs)
  --------------------------------------------------------------
  totaal eenmalig                                     € 5.080,00

Synology C2 (1 TB) kost ongeveer € 70 per jaar en sluiten we rechtstreeks bij Synology af op
naam van de praktijk. Niet inbegrepen: de Noah-licentie (loopt via HIMSA en jullie leverancier),
updates van de aanpassoftware van de fabrikanten en nieuwe pc's (die van 2023 zijn nog prima).

Planning: de levertijd van de server is ongeveer twee weken na je akkoord. Ik stel voor om alles
over te zetten op maandag 18 januari 2027, als jullie gesloten zijn. Reken op een volle dag. Dinsdag
ben ik er om 8u30, voor de opening, om samen met Sarah de eerste cliënt te openen.

Wat ik van jullie nodig heb:
- de HIMSA-licentiecode en het wachtwoord van het beheerdersaccount van Noah, ten laatste op 11/1;
- dat op vrijdag 15/1 alle sessies in Noah afgesloten en bewaard zijn;
- iemand die dinsdagochtend 19/1 met mij de eerste afspraak doorloopt.

Na de installatie toon ik jou en Sarah in een halfuurtje hoe je ziet of de back-up gelukt is. Je
krijgt van mij een overzichtsdocument met het netwerk, de accounts en het back-upschema; de
wachtwoorden steek ik in een verzegelde envelop voor jullie kluis. Loopt er de eerste maand na de
installatie iets mis door mijn werk, dan kom ik dat gratis rechtzetten.

Kom ik onderweg iets tegen dat niet in deze offerte staat (bv. een pc die niet mee wil), dan bel ik
je eerst. Pas na jouw ok doe ik dat extra werk, aan € 78 per uur, per begonnen halfuur.

Voor daarna heb ik het abonnement "Zorgeloos" aan € 49 per maand: ik controleer elke dag of de
back-up gelukt is, installeer maandelijks de Windows-updates en beveiligingspatches op de server,
en er zit 1 uur ondersteuning per maand in (op afstand of ter plaatse). Het abonnement kan je op
elk moment stopzetten tegen het einde van de volgende maand. Je kan me bereiken op werkdagen van
8u30 tot 18u op 0477 32 18 95 of via dit mailadres; meestal kan ik nog dezelfde dag overnemen op
afstand of langskomen.

Ik kijk uiteraard niet in de cliëntdossiers en hou alles wat ik bij jullie zie voor mezelf. De
verwerkersovereenkomst die we in 2023 voor de back-ups hebben getekend, blijft gewoon gelden.

Facturatie: de hardware bij levering, de installatie na afloop, het abonnement maandelijks.
Betaling binnen 15 dagen. De prijzen van de hardware gelden tot 31/12/2026 (de prijzen bij Dell
schommelen nogal). Verder gelden mijn algemene voorwaarden, die je vindt op
www.steyaert-ict.be/voorwaarden.

Laat je me via mail weten of het goed is? Dan bestel ik de server meteen, zodat we 18/1 halen.

Groeten,
Bart

--
Bart Steyaert | Steyaert ICT
Kerkstraat 61, 9200 Dendermonde | 0477 32 18 95 | BTW BE 0698.214.553
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
        "team.knowledge_transfer": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
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
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 15,
    },
)

NL_CHARITY_CRM_CONSULTANT_ASSIGNMENT = UnseenDocument(
    name="nl_charity_crm_consultant_assignment",
    text="""KOMPAS CRM CONSULTANCY B.V.
Kanaalweg 17 | 3526 KL Utrecht | 030 760 44 18 | www.kompascrm.nl
KvK 81423967 | btw NL862114735B01 | IBAN NL42 RABO 0331 5528 70

Stichting Zeehondenhulp Waddenkust
t.a.v. mevrouw drs. E. (Eline) de Vries, directeur
Havenweg 9
8861 XB Harlingen

Utrecht, 1 december 2026
Ons kenmerk: KC/OB/2026-041
Onderwerp: opdrachtbevestiging inzet Salesforce-consultant

Beste Eline,

Dank voor het prettige gesprek van 24 november in Harlingen. Met deze brief bevestigen wij de
opdracht om jullie te ondersteunen bij de overstap van Donorweb naar Salesforce Nonprofit Cloud.

1. De opdracht
Kompas stelt een consultant beschikbaar die, in nauwe samenwerking met jullie team fondsenwerving,
de volgende werkzaamheden verricht:
- inrichten van het donateursmodel in Nonprofit Cloud (personen, huishoudens, bedrijven en
  fondsen), giften, periodieke schenkingen en de jaarlijkse giftenverklaring;
- inrichten van SEPA-machtigingen en het aanmaken van de incassobestanden voor de bank;
- koppelen van het donatieformulier op jullie website via de bestaande donatie-plug-in;
- migreren van de circa 48.000 donateurs en de giftenhistorie vanaf 2015 uit Donorweb;
- rapportages voor de jaarrekening en de CBF-verantwoording;
- trainen van de medewerkers fondsenwerving en van het donateursservicepunt.
Niet inbegrepen zijn de Salesforce-licenties (die jullie via het Power of Us-programma afnemen),
het ontwikkelen van maatwerkcode (Apex, Lightning-componenten) en aanpassingen aan de website.

2. Wie
De opdracht wordt uitgevoerd door Ilse Bakker, senior Salesforce-consultant met negen jaar
ervaring in CRM voor goede doelen, gecertificeerd als Salesforce Administrator en Nonprofit Cloud
Consultant. Ilse is beschikbaar van maandag tot en met donderdag; het aantal uren per week hangt
af van de fase van het project. In principe werkt zij één dag per week op locatie in
Harlingen. Als accountmanager blijft ondergetekende, Ruud Jansen, jullie aanspreekpunt.
Kompas vervangt Ilse alleen met jullie voorafgaande instemming en door een consultant met
vergelijkbare kwalificaties. De inwerkperiode van de vervanger (ten minste drie dagen overlap)
komt voor rekening van Kompas.

3. Werkwijze en planning
Gelet op de aard van de werkzaamheden is de omvang ervan vooraf niet exact te bepalen. Kompas
verricht de werkzaamheden op basis van een inspanningsverplichting en brengt de werkelijk bestede
uren in rekening. Globaal voorzien wij eerst het datamodel en de SEPA-inrichting, daarna de
migratie en tot slot de training en overdracht; de precieze planning stemmen we in overleg af met
jullie product owner.
Ilse bouwt alle wijzigingen eerst in een sandbox. Een tweede consultant van Kompas beoordeelt de
inrichting vóór elke overzetting naar productie, en jullie product owner test de wijzigingen in de
sandbox. Elke twee weken houden Ilse en de product owner een review van het opgeleverde werk.
Jullie ontvangen wekelijks een urenoverzicht en elke twee weken een korte voortgangsnotitie (wat
is klaar, wat volgt, welke beslissingen nodig zijn). Knelpunten die zij samen niet oplossen, leggen
we voor aan Ruud Jansen en Eline de Vries.
Ilse legt alle inrichtingskeuzes vast in een configuratiedocument en draagt de inrichting in de
laatste maand van de opdracht over aan jullie functioneel beheerder.
Omdat wij op regiebasis werken, geven wij geen garantie op het resultaat; het herstellen van
fouten na overzetting naar productie wordt als gewone uren in rekening gebracht.

4. Wat wij van jullie verwachten
- Jeroen Kuiper (fondsenwerving) treedt op als product owner en is gemiddeld één dag per week
  beschikbaar;
- uiterlijk 15 januari 2027 een volledige export van Donorweb in CSV-formaat;
- een beheerdersaccount op jullie Salesforce-omgeving vanaf de startdatum;
- het opschonen van dubbele donateurs in Donorweb vóór de migratie, door jullie eigen medewerkers.

5. Tarief en facturatie
Het uurtarief van de senior consultant bedraagt EUR 118,00 exclusief btw; reiskosten naar Harlingen
rekenen wij aan tegen EUR 0,23 per kilometer, reistijd niet. Kompas kan haar tarieven jaarlijks per
1 januari aanpassen en maakt de nieuwe tarieven uiterlijk een maand van tevoren bekend.
Wij factureren maandelijks achteraf op basis van onze urenregistratie. Facturen zijn betaalbaar
binnen 14 dagen na factuurdatum.

6. Looptijd en beëindiging
De opdracht loopt van 1 februari 2027 tot en met 31 juli 2027 en wordt daarna stilzwijgend verlengd
met telkens drie maanden, tenzij een van beide partijen uiterlijk een maand voor het einde van de
lopende periode schriftelijk opzegt. Beide partijen kunnen de opdracht ook tussentijds schriftelijk
opzeggen met een opzegtermijn van een maand. Elke partij mag de opdracht met onmiddellijke ingang
beëindigen als de andere partij failliet wordt verklaard of surseance van betaling aanvraagt.

7. Intellectuele eigendom
De inrichting en de documentatie die Ilse voor jullie maakt, worden na betaling eigendom van de
Stichting. Kompas behoudt de rechten op haar generieke sjablonen en migratiescripts; de Stichting
krijgt daarop een kosteloos en eeuwigdurend gebruiksrecht.

8. Geheimhouding en persoonsgegevens
Kompas en haar medewerkers houden alle informatie over de Stichting en haar donateurs geheim, ook
na afloop van de opdracht. Kompas verwerkt de gegevens van donateurs als verwerker volgens de
verwerkersovereenkomst in bijlage 1, uitsluitend in jullie Salesforce-omgeving en in de
migratieomgeving van Kompas binnen de EER. Migratiebestanden verwijdert Kompas uiterlijk 30 dagen
na de migratie.

9. Aansprakelijkheid
De aansprakelijkheid van Kompas is beperkt tot het bedrag dat zij in de drie maanden voorafgaand
aan de schadeveroorzakende gebeurtenis heeft gefactureerd, met een maximum van EUR 25.000. Kompas
is niet aansprakelijk voor indirecte schade, gevolgschade, gederfde inkomsten en schade door verlies
of verminking van gegevens.

10. Voorwaarden, recht en forum
Op deze opdracht zijn de NLdigital Voorwaarden 2020 van toepassing; een exemplaar is bijgevoegd.
Bij strijdigheid gaat deze opdrachtbevestiging voor. Op de opdracht is Nederlands recht van
toepassing. In afwijking van de NLdigital Voorwaarden worden geschillen voorgelegd aan de rechtbank
Midden-Nederland, locatie Utrecht.

Wij kijken uit naar een mooie samenwerking!

Met vriendelijke groet,

Kompas CRM Consultancy B.V.
Ruud Jansen, partner

Bijlagen: 1. verwerkersovereenkomst; 2. NLdigital Voorwaarden 2020

Voor akkoord:

Kompas CRM Consultancy B.V.                     Stichting Zeehondenhulp Waddenkust
R. Jansen, partner                              drs. E. de Vries, directeur
elektronisch ondertekend via Signhost           elektronisch ondertekend via Signhost
op 1 december 2026                              op 3 december 2026
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "missing",
        "budget.recurring_cost": "missing",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "covered",
        "rollout.warranty": "partial",
        "rollout.user_support": "covered",
        "maintenance.services": "missing",
        "maintenance.support_hours": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
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
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 6,
        "renewal_term_months": 3,
        "notice_period_days": 30,
        "payment_term_days": 14,
    },
)

NL_DOCUMENTS = [
    NL_DAIRY_LAB_LIMS_AGREEMENT,
    NL_SWIMMING_POOL_TIMING_MAINTENANCE,
    NL_HEARING_CENTRE_SERVER_EMAIL_OFFER,
    NL_CHARITY_CRM_CONSULTANT_ASSIGNMENT,
]
