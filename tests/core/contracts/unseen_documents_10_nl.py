"""Held-out batch 10, Dutch documents: a Flemish e-mail offer (accepted by a reply "akkoord" by
e-mail) for a managed firewall and site-to-site VPN service in the nine shops and the central
workshop of a bakery chain, a Netherlands maintenance contract for the nurse-call system of a
regional hospital (numbered articles, signed by both parties), and a Dutch municipality's award
letter and order confirmation for the development and management of a citizen portal after a
European tender (countersigned by the supplier).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority in
hours, working hours counted as hours, 15 minutes = 0.25; a quote accepted by e-mail or an empty
client signature line raises risk.unsigned; a bare cross-reference without content is partial).
"""

from .unseen_documents import UnseenDocument

NL_MANAGED_FIREWALL_VPN_OFFER = UnseenDocument(
    name="nl_managed_firewall_vpn_offer",
    text="""Van: Sofie Claeys <sofie@bakkerijclaeys.be>
Verzonden: woensdag 25 november 2026 07:12
Aan: Jens Willems <jens.willems@netwacht.be>
CC: Bart Claeys <bart@bakkerijclaeys.be>
Onderwerp: RE: Offerte beheerde firewall en VPN voor jullie winkels - NW-2026-118

Dag Jens,

Akkoord, Bart en ik hebben het bekeken, je mag de toestellen bestellen. Laat maar weten welke
maandagen jullie komen.

Groetjes,
Sofie

-----Oorspronkelijk bericht-----
Van: Jens Willems <jens.willems@netwacht.be>
Verzonden: dinsdag 17 november 2026 16:42
Aan: Sofie Claeys <sofie@bakkerijclaeys.be>
Onderwerp: Offerte beheerde firewall en VPN voor jullie winkels - NW-2026-118

Dag Sofie,

Zoals beloofd na ons bezoek aan het atelier in Lokeren, hierbij onze prijs om het netwerk van
jullie negen winkels en het atelier te beveiligen. Kort samengevat: elke locatie krijgt een eigen
firewall, alle winkels praten via een versleutelde verbinding met het atelier, en wij houden alles
voor jullie in het oog.

Wat we doen
- In elke winkel en in het atelier plaatsen we een Fortinet FortiGate 40F (10 toestellen), tussen
  de modem van jullie provider en het winkelnetwerk.
- Kassa's, betaalterminals, de pc in het atelier, de personeelswifi en de gastenwifi komen elk in
  een apart netwerksegment, zodat een besmette gsm van een klant nooit aan de kassa kan.
- Tussen elke winkel en het atelier leggen we een vaste VPN-tunnel, zodat de kassa's hun dagomzet
  en bestellingen rechtstreeks naar de server in het atelier sturen.
- Voor jou, Bart en jullie boekhouder voorzien we VPN-toegang van thuis via FortiClient, met
  tweestapsverificatie op de gsm (5 gebruikers inbegrepen).
- Wij beheren de firewalls volledig van op afstand: bewaking 24/7, firmware-updates en
  beveiligingspatches (binnen 5 werkdagen na publicatie door Fortinet, kritieke lekken binnen
  48 uur), een dagelijkse back-up van de configuratie en het aanpassen van regels op jullie vraag
  (tot 2 wijzigingen per maand inbegrepen).
- Valt een toestel uit, dan staat er een vervangtoestel in de winkel op de volgende werkdag, of
  nog dezelfde dag als je het voor 11 uur meldt.

Prijs (excl. btw)
  Opstart: configuratie, plaatsing op 10 locaties en testen             eenmalig  € 3.480,00
  Beheerde firewall incl. toestel, FortiGuard-licenties en VPN
     10 locaties x € 69,00                                               per maand €   690,00
  Extra VPN-gebruiker boven de 5                                         per maand €     4,00
  Totaal eerste jaar: € 3.480,00 + 12 x € 690,00 = € 11.760,00
De toestellen blijven onze eigendom en zitten in de maandprijs. Niet inbegrepen: de
internetaansluitingen zelf, de kassasoftware en de bekabeling in de winkels.
Werk buiten het pakket (bv. een nieuwe winkel aansluiten, of meer dan 2 wijzigingen in een maand)
rekenen we aan tegen € 85,00 per uur. We laten altijd eerst per mail weten hoeveel tijd we
verwachten en beginnen pas na jullie akkoord.
De maandprijs wordt elk jaar in januari geïndexeerd volgens de Agoria-index. Verhoogt Fortinet
tussentijds zijn licentieprijzen, dan mogen wij de maandprijs met hetzelfde percentage verhogen;
we verwittigen jullie daar een maand op voorhand van.
Facturatie: de opstart na de plaatsing, het maandbedrag per kwartaal vooraf. Betaling binnen
30 dagen na factuurdatum.

Planning
De toestellen zijn een tweetal weken na jullie akkoord binnen. We plaatsen ze op maandag, als de
winkels dicht zijn: eerst het atelier en de winkels in Lokeren en Zele, de maandag erna de andere
zes. Per winkel rekenen we een klein uur onderbreking.
Wat we van jullie nodig hebben: de sleutels of iemand die ons binnenlaat op die maandagen, de
gegevens van de internetaansluiting per winkel (we vragen die bij jullie provider op met jullie
volmacht), en de gegevens van jullie kassaleverancier, die na de plaatsing het adres van de
server in de kassa's moet aanpassen.
Na de plaatsing krijgen jullie van ons een netwerkplan per winkel en een overzicht van de
VPN-gebruikers. Jou, Bart en de boekhouder tonen we via Teams hoe FortiClient werkt, en jullie
krijgen er een korte handleiding bij.

Support
Onze helpdesk is bereikbaar op werkdagen van 8 tot 18 uur en op zaterdag van 7 tot 13 uur (jullie
drukste dag) op 09 348 22 10 of support@netwacht.be. Ik blijf jullie vaste aanspreekpunt; in de
helpdesk houden we per winkel het netwerkplan en de configuratie bij, zodat wie ook opneemt meteen
weet hoe het bij jullie zit.
Ligt een winkel volledig plat (geen kassa of geen betaalterminal), dan reageren we binnen 1 uur
tijdens die uren en is de winkel binnen 4 uur terug online. Andere vragen beantwoorden we binnen
de werkdag. Onze technici zijn allemaal Fortinet NSE 4-gecertificeerd.
Elke maand krijgen jullie een kort rapport met de uitval per winkel, de geblokkeerde aanvallen en de
wijzigingen die we deden, en één keer per jaar komen we langs om dat samen te overlopen.

Looptijd
Het contract loopt 36 maanden vanaf de plaatsing en wordt daarna telkens stilzwijgend verlengd met
12 maanden, tenzij een van beide partijen het per aangetekende brief opzegt ten laatste 3 maanden
voor het einde van de lopende periode. Stoppen jullie binnen de eerste 36 maanden, dan rekenen we
de resterende maandbedragen van die periode aan. Bij het einde halen we de toestellen op.

Verder
Onze aansprakelijkheid is beperkt tot de maandbedragen van de laatste drie maanden. We zijn niet
aansprakelijk voor omzetverlies of voor schade door aanvallen die ondanks de firewall slagen.
Voor de logs (IP-adressen van de toestellen en de namen van de VPN-gebruikers) treden wij op als
verwerker; we bewaren ze 90 dagen in ons datacenter in Gent. Onze verwerkersovereenkomst zit in
bijlage.
Verder gelden onze algemene voorwaarden, die ook in bijlage zitten; waar deze mail iets anders zegt,
geldt deze mail.

Is alles oké, dan volstaat een mailtje terug met "akkoord" en we bestellen de toestellen.

Met vriendelijke groeten,

Jens Willems
accountmanager
Netwacht bv | Brusselsesteenweg 412, 9090 Melle | 09 348 22 10 | www.netwacht.be
""",
    items={
        "agreement.general_terms": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
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
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
    },
)

NL_NURSE_CALL_MAINTENANCE_CONTRACT = UnseenDocument(
    name="nl_nurse_call_maintenance_contract",
    text="""ONDERHOUDSOVEREENKOMST VERPLEEGOPROEPSYSTEEM
Contractnummer: ZOB-INK-2026-214

DE ONDERGETEKENDEN:

1. Stichting Ziekenhuis Oost-Betuwe, gevestigd aan de Ziekenhuislaan 2, 4101 AX Culemborg,
   KvK-nummer 41067322, rechtsgeldig vertegenwoordigd door mevrouw dr. E.C. (Eline) Verhoeven,
   lid van de raad van bestuur, hierna: "het Ziekenhuis";
2. Zorgsignaal B.V., gevestigd aan de Databankweg 26, 3821 AL Amersfoort, KvK-nummer 32118945,
   rechtsgeldig vertegenwoordigd door de heer P.W. (Pieter) van Leeuwen, directeur, hierna:
   "Zorgsignaal";

NEMEN IN AANMERKING DAT:
- Zorgsignaal in 2021 het verpleegoproepsysteem CareCall 7 heeft geleverd en geïnstalleerd op
  veertien verpleegafdelingen (312 bedden), inclusief de koppeling met de DECT-telefoons van de
  verpleging en met het ziekenhuisinformatiesysteem HiX voor de weergave van kamer en bed;
- het Ziekenhuis het onderhoud van dit systeem na een meervoudig onderhandse procedure aan
  Zorgsignaal gunt op basis van haar offerte ZS-O-26-0877 van 2 oktober 2026;

KOMEN OVEREEN ALS VOLGT:

Artikel 1 - Contractdocumenten
1.1 De overeenkomst bestaat uit deze tekst en de bijlagen: A - systeemoverzicht en configuratie
per afdeling; B - verwerkersovereenkomst; C - escrowovereenkomst; D - de offerte van Zorgsignaal
van 2 oktober 2026. Bij strijdigheid gaat deze tekst voor, daarna de bijlagen in de genoemde
volgorde.
1.2 Op de overeenkomst zijn de Algemene Inkoopvoorwaarden van het Ziekenhuis (versie 2024) van
toepassing; zij gaan voor op bijlage D. De algemene voorwaarden van Zorgsignaal zijn uitdrukkelijk
niet van toepassing.

Artikel 2 - Dienstverlening
2.1 Zorgsignaal verzorgt het volledige onderhoud van het systeem zoals beschreven in bijlage A:
a. preventief onderhoud, twee keer per jaar per afdeling, waarbij alle oproeppunten (bedpeer,
   trekkoord in de badkamer, aanwezigheidsknop) worden getest en de noodvoeding van de centrale
   wordt gecontroleerd, volgens de onderhoudsvoorschriften van de fabrikant en DIN VDE 0834;
b. correctief onderhoud bij storingen, inclusief onderdelen, arbeid en voorrijkosten;
c. het onderhoud van de centrale server en de CareCall-software, inclusief de software-updates
   van de fabrikant en beveiligingspatches van het besturingssysteem;
d. een storingsdienst die 24 uur per dag, 7 dagen per week bereikbaar is.
2.2 Zorgsignaal stelt uiterlijk 1 december van elk jaar de jaarplanning van het preventieve
onderhoud op, in overleg met de afdeling Medische Technologie; het onderhoud op een afdeling
gebeurt in maart en september, op dinsdag of woensdag tussen 9.00 en 16.00 uur.
2.3 Updates en patches worden eerst op de testomgeving geïnstalleerd en pas na schriftelijk
akkoord van Medische Technologie in productie genomen. Kritieke beveiligingspatches worden binnen
vijf werkdagen na beschikbaarheid geïnstalleerd, overige updates bij het eerstvolgende preventieve
onderhoud.
2.4 Na elke herstelling test de monteur het betrokken oproeppunt en de doormelding naar de
DECT-telefoon, en registreert hij het resultaat in het logboek van de afdeling.

Artikel 3 - Bereikbaarheid en servicelevels
3.1 Storingen worden gemeld via de storingsdienst op 033 460 71 00 (24/7). Niet-urgente vragen
kunnen op werkdagen van 8.00 tot 17.00 uur via het serviceportaal worden gemeld.
3.2 Zorgsignaal hanteert de volgende termijnen, gerekend vanaf de melding:
   Prioriteit 1 - uitval van de centrale of van alle oproepen van een afdeling:
                  reactie binnen 15 minuten, monteur ter plaatse binnen 2 uur, herstel of
                  werkende noodvoorziening binnen 4 uur
   Prioriteit 2 - uitval van een kamer, een oproeppunt of de doormelding naar DECT:
                  reactie binnen 1 uur, herstel binnen 1 werkdag
   Prioriteit 3 - overige storingen en vragen: herstel binnen 5 werkdagen
3.3 Zorgsignaal garandeert een beschikbaarheid van de centrale en de CareCall-software van 99,9 %
per kalendermaand. Gepland onderhoud telt niet mee, mits het ten minste vijf werkdagen vooraf is
aangekondigd, tussen 22.00 en 6.00 uur plaatsvindt en niet meer dan vier uur per maand duurt.
3.4 Wordt de hersteltermijn voor prioriteit 1 overschreden, dan crediteert Zorgsignaal 10 % van de
maandvergoeding per overschrijding. Voor elke 0,1 % dat de beschikbaarheid onder 99,9 % blijft,
crediteert Zorgsignaal 5 % van de maandvergoeding, met een maximum van 30 % per maand. De creditering
laat het recht van het Ziekenhuis op ontbinding onverlet.

Artikel 4 - Personeel en kennis van de installatie
4.1 Het onderhoud wordt uitgevoerd door een vaste servicemonteur, de heer R. (Rik) Jansen, met als
vaste vervanger de heer T. (Tom) Bosman. Accountmanager is mevrouw L. (Lisa) Mulder.
4.2 De monteurs zijn door de fabrikant gecertificeerd voor CareCall 7, beschikken over een geldig
VCA-certificaat en een verklaring omtrent het gedrag, en volgen de hygiëne- en
infectiepreventievoorschriften van het Ziekenhuis.
4.3 Zorgsignaal vervangt de vaste monteur alleen na een schriftelijke kennisgeving van ten minste
een maand, door een monteur met dezelfde certificering, die eerst twee onderhoudsbeurten samen
met de vertrekkende monteur uitvoert. Dit gebeurt zonder kosten voor het Ziekenhuis.
4.4 Zorgsignaal houdt bijlage A actueel en legt elke wijziging aan de installatie vast in het
serviceportaal, dat de storingsdienst bij elke melding raadpleegt.

Artikel 5 - Verplichtingen van het Ziekenhuis
5.1 Het Ziekenhuis geeft de monteurs toegang tot de afdelingen en technische ruimtes, bij een
storing met prioriteit 1 binnen 30 minuten na aankomst, en wijst per afdeling een aanspreekpunt
aan.
5.2 Het Ziekenhuis stelt voor onderhoud op afstand een persoonsgebonden VPN-toegang ter
beschikking en meldt wijzigingen aan het netwerk of het DECT-systeem ten minste tien werkdagen
vooraf aan Zorgsignaal.

Artikel 6 - Rapportage en overleg
6.1 Zorgsignaal levert binnen tien werkdagen na afloop van elk kwartaal een rapportage met alle
meldingen per prioriteit, de gerealiseerde reactie- en hersteltijden, de beschikbaarheid en het
uitgevoerde preventieve onderhoud.
6.2 Elk kwartaal bespreken de accountmanager en het hoofd Medische Technologie de rapportage.
Problemen die daar niet worden opgelost, worden voorgelegd aan de directeur van Zorgsignaal en
de manager Facilitair Bedrijf van het Ziekenhuis.

Artikel 7 - Vergoeding
7.1 De vergoeding bedraagt € 38.640,00 per jaar, exclusief btw, en wordt per kwartaal vooraf
gefactureerd. Facturen worden binnen 30 dagen na ontvangst betaald.
7.2 Buiten de vergoeding vallen: herstel van schade door onoordeelkundig gebruik of vandalisme,
uitbreidingen met nieuwe kamers of afdelingen, en de accu's van de DECT-telefoons.
7.3 Werk buiten de vergoeding voert Zorgsignaal alleen uit na een schriftelijke opdracht van het
Ziekenhuis op basis van een vooraf uitgebrachte offerte, tegen de volgende tarieven (2027):
servicemonteur € 98,00 per uur, software-engineer € 128,00 per uur; buiten kantooruren + 50 %.
7.4 De vergoeding en de tarieven worden per 1 januari, voor het eerst per 1 januari 2028, aangepast
volgens het CBS-indexcijfer cao-lonen per uur (Zakelijke dienstverlening), met een maximum van
3 % per jaar.

Artikel 8 - Duur en beëindiging
8.1 De overeenkomst gaat in op 1 januari 2027 en heeft een looptijd van 48 maanden. Het Ziekenhuis
kan de overeenkomst daarna ten hoogste twee keer verlengen met telkens 12 maanden, door dit
uiterlijk drie maanden voor het einde schriftelijk te laten weten. Zonder verlenging eindigt de
overeenkomst van rechtswege.
8.2 Vervangt het Ziekenhuis het verpleegoproepsysteem, dan kan het de overeenkomst tussentijds
opzeggen met een opzegtermijn van 3 maanden.
8.3 Elk van de partijen kan de overeenkomst ontbinden als de andere partij een wezenlijke
verplichting niet nakomt en dat niet herstelt binnen dertig dagen na een schriftelijke
ingebrekestelling.
8.4 Bij het einde van de overeenkomst blijft Zorgsignaal het onderhoud op dezelfde voorwaarden
uitvoeren totdat de nieuwe onderhoudspartij het overneemt, met een maximum van zes maanden, en
draagt zij alle documentatie, wachtwoorden, beheeraccounts en de actuele configuratie over aan
het Ziekenhuis of de door het Ziekenhuis aangewezen partij.
8.5 Binnen dertig dagen na het einde levert Zorgsignaal de oproeplogging en het logboek in
CSV-formaat aan het Ziekenhuis en verwijdert zij daarna alle kopieën; zij heeft geen
retentierecht op gegevens of documentatie.

Artikel 9 - Continuïteit
9.1 De broncode van de CareCall-software en de technische documentatie zijn gedeponeerd bij een
onafhankelijke escrowagent volgens de escrowovereenkomst van bijlage C. Het Ziekenhuis kan de
broncode opvragen bij faillissement van Zorgsignaal of van de fabrikant, of wanneer het onderhoud
van de software wordt gestaakt.

Artikel 10 - Intellectuele eigendom
10.1 De rechten op de CareCall-software blijven bij de fabrikant. Het eeuwigdurende
gebruiksrecht dat het Ziekenhuis bij de aankoop in 2021 heeft verkregen, geldt ook voor alle
updates die onder deze overeenkomst worden geleverd.

Artikel 11 - Aansprakelijkheid
11.1 De aansprakelijkheid van Zorgsignaal is beperkt tot € 1.000.000,00 per gebeurtenis en
€ 2.500.000,00 per jaar. Deze beperking geldt niet bij opzet of bewuste roekeloosheid en niet voor
schade door dood of letsel. Zorgsignaal houdt een aansprakelijkheidsverzekering aan die deze
bedragen dekt.

Artikel 12 - Geheimhouding en persoonsgegevens
12.1 Zorgsignaal en haar medewerkers houden alle informatie over patiënten en over het Ziekenhuis
die zij bij de uitvoering te zien krijgen geheim; de monteurs ondertekenen daartoe een
geheimhoudingsverklaring.
12.2 Het systeem verwerkt de naam, de kamer en het bed van patiënten en de oproeplogging. Voor het
onderhoud treedt Zorgsignaal op als verwerker volgens de verwerkersovereenkomst van bijlage B.
Gegevens blijven op de servers van het Ziekenhuis; toegang op afstand verloopt uitsluitend via de
gelogde VPN-toegang van artikel 5.2. Een datalek meldt Zorgsignaal binnen 24 uur.

Artikel 13 - Toepasselijk recht en geschillen
13.1 Op deze overeenkomst is Nederlands recht van toepassing.
13.2 Een geschil wordt eerst voorgelegd aan de directeur van Zorgsignaal en het lid van de raad
van bestuur van het Ziekenhuis. Komen zij binnen dertig dagen niet tot een oplossing, dan wordt
het geschil uitsluitend voorgelegd aan de bevoegde rechter van de Rechtbank Gelderland.

Aldus overeengekomen en in tweevoud ondertekend,

Culemborg, 30 november 2026                    Amersfoort, 1 december 2026

Stichting Ziekenhuis Oost-Betuwe               Zorgsignaal B.V.

(handtekening)                                 (handtekening)
dr. E.C. Verhoeven                             P.W. van Leeuwen
lid raad van bestuur                           directeur
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
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
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
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 48,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.9,
    },
)

NL_CITIZEN_PORTAL_TENDER_AWARD = UnseenDocument(
    name="nl_citizen_portal_tender_award",
    text="""GEMEENTE DIJKWAARD
Team Inkoop en Contractmanagement
Postbus 150, 9200 AD Dijkwaard | T 14 0599 | inkoop@dijkwaard.nl

Aangetekend en per e-mail
Open Wijk Software B.V.
t.a.v. de heer drs. M. (Maarten) Brouwer, directeur
Oude Ebbingestraat 61
9712 HG Groningen

Ons kenmerk: INK/2026/0932                           Datum: 27 november 2026
Behandeld door: mevrouw J. (Janneke) Postma
Onderwerp: Definitieve gunning en opdrachtverstrekking Europese aanbesteding "Realisatie en
beheer inwonersportaal Mijn Dijkwaard" (TenderNed-kenmerk 412377)

Geachte heer Brouwer,

Op 30 oktober 2026 hebben wij u laten weten dat wij voornemens zijn de opdracht "Realisatie en
beheer inwonersportaal Mijn Dijkwaard" aan Open Wijk Software B.V. te gunnen. De opschortende
termijn van twintig kalenderdagen is verstreken zonder dat een kort geding is aangespannen. Wij
gunnen de opdracht hierbij definitief aan u en verstrekken u met deze brief de opdracht.

1. Contractdocumenten
De overeenkomst bestaat uit deze brief, de Nota van Inlichtingen van 14 september 2026, het
Programma van Eisen (PvE), het Beschrijvend Document en uw inschrijving van 2 oktober 2026, met het
daarbij gevoegde plan van aanpak en de SLA. Bij strijdigheid gelden zij in die volgorde. Op de
overeenkomst zijn de Gemeentelijke Inkoopvoorwaarden bij IT (GIBIT) van toepassing, zoals
opgenomen in het Beschrijvend Document; eventuele algemene voorwaarden van Open Wijk Software zijn
niet van toepassing.

2. Omvang van de opdracht
De opdracht omvat de realisatie van het inwonersportaal Mijn Dijkwaard op basis van de Common
Ground-componenten Open Inwoner en Open Formulieren, met inloggen via DigiD en eHerkenning, een
overzicht van lopende zaken via de ZGW-API's van ons zaaksysteem en een berichtenbox, het overzetten
van de circa 85 bestaande e-formulieren naar Open Formulieren, en na livegang het beheer gedurende
36 maanden. Het beheer omvat hosting in een Nederlands datacenter met ISO 27001-certificering,
functioneel en technisch applicatiebeheer, het bijhouden van de Common Ground-componenten en het
installeren van beveiligingsupdates, met de service levels uit uw SLA, waaronder een
beschikbaarheid van 99,7 % per kalendermaand en een reactietijd van 1 uur bij incidenten met
prioriteit 1.
Buiten de opdracht vallen de aansluitkosten voor DigiD bij Logius, de licenties van het
zaaksysteem en de inhoud van de webteksten.

3. Prijs en betaling
Conform uw inschrijving bedraagt de vaste prijs voor de realisatie € 186.400,00 en de vergoeding
voor het beheer € 2.950,00 per maand, beide exclusief btw. Het uurtarief voor meerwerk bedraagt
€ 104,00 exclusief btw; meerwerk wordt alleen uitgevoerd na een schriftelijke opdracht van de
gemeente op basis van een vooraf door u begrote offerte. Het uurtarief en de beheervergoeding
worden jaarlijks per 1 januari geïndexeerd volgens het CBS-indexcijfer cao-lonen, voor het eerst
per 1 januari 2028.
De realisatieprijs wordt gefactureerd in vier termijnen: 20 % na goedkeuring van het functioneel
ontwerp, 40 % na de sprintreview waarin het inloggen en het zaakoverzicht zijn opgeleverd, 30 %
na acceptatie en 10 % drie maanden na livegang. De beheervergoeding wordt per kwartaal achteraf
gefactureerd. Facturen worden elektronisch ingediend met vermelding van ons kenmerk en binnen
30 dagen na ontvangst betaald.

4. Planning en uitvoering
De kick-off vindt plaats op 11 januari 2027; livegang is gepland op 1 september 2027, met de
mijlpalen uit uw plan van aanpak. Wordt de livegangsdatum door toedoen van Open Wijk Software
overschreden, dan verbeurt u een boete van € 500,00 per kalenderdag, met een maximum van 10 % van
de realisatieprijs.
De gemeente stelt een product owner beschikbaar voor gemiddeld zestien uur per week, zorgt uiterlijk
1 maart 2027 voor een testomgeving van het zaaksysteem en vraagt de DigiD-aansluiting bij Logius
aan vóór 1 april 2027.
Het portaal wordt gebouwd volgens de Baseline Informatiebeveiliging Overheid (BIO) en voldoet aan
WCAG 2.1 niveau AA; vóór livegang laat u op uw kosten een DigiD-assessment en een
penetratietest door een onafhankelijke partij uitvoeren.
Acceptatie vindt plaats conform de GIBIT en paragraaf 6 van het PvE. De garantietermijn is
opgenomen in hoofdstuk 7 van het PvE.
Vóór livegang verzorgt u drie trainingen voor de medewerkers van het Klantcontactcentrum en de
redacteuren van de website.

5. Team en overleg
Uw projectleider is mevrouw ir. S. (Sanne) Kramer; lead developer is de heer D. (Daan) Hoekstra.
Zij hebben elk ten minste vijf jaar ervaring met Common Ground-componenten, zoals geëist in eis
E-14 van het PvE. Vervanging van deze sleutelfunctionarissen is alleen mogelijk met voorafgaande
schriftelijke toestemming van de gemeente, door een persoon met ten minste gelijkwaardige
ervaring en zonder extra kosten voor de gemeente.
Elke twee weken vindt een sprintreview plaats en elke maand ontvangt de gemeente een
voortgangsrapportage over planning, budget en risico's. Een stuurgroep met de projectleiders van
beide partijen en de directeur Dienstverlening van de gemeente komt maandelijks bijeen.

6. Eigendom, documentatie en einde
De intellectuele eigendomsrechten op het maatwerk berusten bij de gemeente; de broncode wordt
onder de EUPL-licentie openbaar gepubliceerd. Bij livegang levert u de technische documentatie
op en draagt u de kennis over aan ons eigen beheerteam.
De overeenkomst eindigt 36 maanden na livegang; de gemeente kan de overeenkomst twee keer met
12 maanden verlengen. Voor tussentijdse opzegging geldt de GIBIT. Uiterlijk drie maanden na
livegang levert u een exitplan op. Bij het einde van de overeenkomst werkt u ten hoogste zes
maanden mee aan de overdracht naar een andere partij tegen het uurtarief van punt 3, en levert u
alle gegevens in het portaal in een open formaat (JSON of CSV) aan de gemeente op.

7. Aansprakelijkheid, geheimhouding en persoonsgegevens
De aansprakelijkheid is geregeld in de GIBIT, met dien verstande dat het maximum € 500.000,00
per gebeurtenis bedraagt. Voor geheimhouding geldt de GIBIT.
Bij het beheer verwerkt u namens de gemeente persoonsgegevens van inwoners, waaronder het BSN.
Daarvoor sluiten partijen de verwerkersovereenkomst volgens het VNG-model uit bijlage 3 van het
Beschrijvend Document, die u gelijktijdig met deze brief ondertekend retourneert.

8. Recht en geschillen
Op de overeenkomst is Nederlands recht van toepassing. Geschillen worden eerst voorgelegd aan de
stuurgroep en daarna aan de directeur van Open Wijk Software en de gemeentesecretaris; komen zij
niet binnen dertig dagen tot een oplossing, dan is de Rechtbank Noord-Nederland bevoegd.

Wij verzoeken u een exemplaar van deze brief voor akkoord ondertekend aan ons te retourneren.

Met vriendelijke groet,
Burgemeester en wethouders van Dijkwaard,
namens dezen,

(handtekening)
mr. H.A. de Vries
teammanager Inkoop en Contractmanagement

Voor akkoord, Open Wijk Software B.V.

(handtekening)
drs. M. Brouwer, directeur
Groningen, 3 december 2026
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "partial",
        "rollout.warranty": "partial",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.response_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "partial",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "partial",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
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
        "renewal_term_months": 12,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.7,
    },
)


NL_DOCUMENTS = [
    NL_MANAGED_FIREWALL_VPN_OFFER,
    NL_NURSE_CALL_MAINTENANCE_CONTRACT,
    NL_CITIZEN_PORTAL_TENDER_AWARD,
]
