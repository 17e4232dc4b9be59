"""Training batch 7 (nl, writer a): four Dutch documents of kinds not used before.

1. nl_t7a_museum_ticketing_system: a formal Flemish contract (numbered articles, signed by both
   parties) between a municipal heritage company (AGB) and a supplier for the implementation and
   four-year SaaS operation of a reservation and ticketing system for a museum, with a detailed
   SLA, service credits, migration, acceptance and exit clauses.
2. nl_t7a_school_wifi_switches: a short, informal Flemish e-mail offer for replacing the Wi-Fi
   access points and switches of a primary school, with an optional remote-management package;
   not (yet) accepted and not signed.
3. nl_t7a_bms_hvac_maintenance: a Netherlands maintenance and service agreement (signed by both
   parties) for a building-management (HVAC) software platform at a hospital, including a
   one-off takeover and migration of the central server to hosted infrastructure, with a long
   tacit renewal and a low liability cap.
4. nl_t7a_time_tracking_saas_order: a Flemish order form (digitally signed by both parties) for a
   SaaS time-tracking and file-follow-up tool for an accountancy office, with the supplier's
   subscription terms prevailing, unilateral yearly price changes and availability as a target
   only.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser.

Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned; "partial" = mentioned but vague, a bare
cross-reference without content, a placeholder, best-efforts only, or a negation/disclaimer.
Items, risks and figures whose reading was ambiguous are left out.
"""

from .unseen_documents import UnseenDocument

NL_T7A_MUSEUM_TICKETING_SYSTEM = UnseenDocument(
    name="nl_t7a_museum_ticketing_system",
    text="""OVEREENKOMST VOOR DE LEVERING, IMPLEMENTATIE EN HET ONDERHOUD VAN EEN RESERVATIE- EN
TICKETINGSYSTEEM VOOR MUSEUM HOF VAN MELIS
Dossiernummer: CULT/2026/07

TUSSEN
Autonoom Gemeentebedrijf Erfgoed Dijleland, met zetel te Grote Markt 27, 3300 Tienen,
KBO 0678.402.115, vertegenwoordigd door mevrouw Els Vanhoof, directeur, en de heer Marc Lemmens,
voorzitter van de raad van bestuur, hierna "het AGB",

EN
Ticketvlot nv, met maatschappelijke zetel te Ottergemsesteenweg-Zuid 808, 9000 Gent,
KBO 0734.551.290, vertegenwoordigd door de heer Wim De Clercq, gedelegeerd bestuurder,
hierna "de Leverancier",

WORDT OVEREENGEKOMEN WAT VOLGT:

Artikel 1 - Voorwerp
1.1 De Leverancier stelt het AGB zijn ticketingplatform Vlotticket ter beschikking als
onlinedienst (SaaS) en implementeert het voor Museum Hof van Melis, met de volgende modules:
webshop met tijdsloten, kassamodule voor twee vaste kassa's aan het onthaal en één mobiele kassa,
groepsreservaties en gidsenplanning, vriendenpas en lidmaatschappen, toegangscontrole met
handscanners, de UiTPAS-koppeling en rapportering.
1.2 De Leverancier levert daarnaast twee kassatablets met bonprinter en drie handscanners.
1.3 Niet inbegrepen zijn: de transactiekosten van de betaalprovider, de internetverbinding en het
wifinetwerk van het museum, de aanpassing van de website van het museum buiten het plaatsen van
de webshopknop, en hardware die niet in artikel 1.2 is vermeld.

Artikel 2 - Contractdocumenten
2.1 De overeenkomst bestaat uit deze overeenkomst, het bestek CULT/2026/07 met zijn bijlagen,
de offerte van de Leverancier van 2 oktober 2026 en de verwerkersovereenkomst (Bijlage 3).
2.2 Bij strijdigheid gaat deze overeenkomst voor op het bestek, het bestek op de offerte, en de
offerte op de overige documenten. Algemene voorwaarden van de Leverancier, ook die op zijn
offerte, facturen of website, zijn niet van toepassing.

Artikel 3 - Prijzen
3.1 Implementatie (configuratie, koppelingen, migratie, opleiding, livegang), vaste prijs:
EUR 18.450,00 excl. btw.
3.2 Hardware volgens artikel 1.2: EUR 4.380,00 excl. btw.
3.3 Abonnement Vlotticket (alle modules, hosting, ondersteuning en updates): EUR 395,00 per maand
excl. btw, vermeerderd met een transactievergoeding van EUR 0,35 per online verkocht ticket.
3.4 Het abonnement en de transactievergoeding worden jaarlijks op 1 april geïndexeerd volgens de
formule P = P0 x (0,2 + 0,8 x I / I0), waarbij I de gezondheidsindex is van de maand februari
voorafgaand aan de aanpassing. Andere prijsverhogingen zijn uitgesloten.
3.5 Meerwerk wordt enkel uitgevoerd op basis van een schriftelijke wijzigingsaanvraag. De
Leverancier bezorgt binnen tien werkdagen een prijsofferte met het aantal uren en de impact op
de planning; het meerwerk start pas na schriftelijke goedkeuring door de directeur van het AGB.
Meerwerk wordt aangerekend aan EUR 105,00 per uur of EUR 780,00 per dag excl. btw.

Artikel 4 - Facturatie en betaling
Implementatie: 30 % bij ondertekening, 50 % bij de livegang en 20 % bij de definitieve
aanvaarding. Hardware: bij levering. Abonnement: per kwartaal vooraf, vanaf de livegang.
Transactievergoeding: maandelijks achteraf. Facturen worden elektronisch via Peppol bezorgd en
zijn betaalbaar binnen 30 dagen na ontvangst.

Artikel 5 - Planning en medewerking van het AGB
5.1 Kick-off op 11 januari 2027; configuratie en koppelingen tot 26 februari 2027; proefmigratie
en testen in maart 2027; opleidingen in week 12; livegang op 1 april 2027, bij de opening van de
nieuwe tentoonstelling.
5.2 Het AGB bezorgt uiterlijk op 22 januari 2027 de tarieven, de openingsuren, de huisstijl, de
webshopteksten in vier talen en de export uit het huidige kassasysteem. Projectleider van het AGB
is mevrouw Nele Peeters, hoofd publiekswerking; twee onthaalmedewerkers testen mee in maart.
5.3 Is het systeem door toedoen van de Leverancier niet operationeel op 1 april 2027, dan is de
Leverancier van rechtswege een boete verschuldigd van EUR 250,00 per kalenderdag vertraging, met
een maximum van 10 % van de implementatieprijs. Vertraging door het AGB verschuift de planning met
dezelfde duur, zonder boete en zonder bijkomende kosten voor het AGB.

Artikel 6 - Team en kwaliteit
6.1 Projectleider van de Leverancier is mevrouw Sarah Vermeersch, technisch consultant de heer
Arne Wouters. Beiden hebben elk ten minste drie implementaties van Vlotticket in musea of
attracties begeleid.
6.2 De Leverancier vervangt hen enkel met voorafgaand schriftelijk akkoord van het AGB, door een
persoon met gelijkwaardige ervaring, met een overdracht van het dossier die het AGB niets kost.
6.3 De Leverancier voert de opdracht uit volgens de regels van de kunst. Elke release wordt vóór
installatie in een testomgeving getest. De webshop voldoet aan WCAG 2.1 niveau AA.

Artikel 7 - Projectopvolging
Tijdens de implementatie bezorgt de Leverancier om de twee weken een voortgangsrapport met de
planning, open punten en risico's. Een stuurgroep (directeur AGB, beide projectleiders,
accountmanager Leverancier) vergadert maandelijks; na de livegang is er elk kwartaal serviceoverleg.

Artikel 8 - Migratie
De Leverancier neemt uit de export van het huidige kassasysteem de 4.200 vriendenpassen met hun
geldigheidsdatum, de 650 contactpersonen van scholen en groepen en alle reservaties na 1 april
2027 over. Na een proefmigratie controleert het AGB een steekproef; na akkoord volgt de
definitieve migratie in het weekend vóór de livegang.

Artikel 9 - Aanvaarding
9.1 Het AGB test het systeem in maart 2027 aan de hand van de testscenario's van bijlage 4 van
het bestek, binnen tien werkdagen na de melding dat de testomgeving klaar is. Blokkerende fouten
herstelt de Leverancier binnen vijf werkdagen, waarna de betrokken scenario's opnieuw worden
getest. Het door beide partijen ondertekende proces-verbaal geldt als voorlopige aanvaarding.
9.2 De definitieve aanvaarding volgt na drie maanden productief gebruik zonder blokkerende fouten.

Artikel 10 - Opleiding, documentatie en waarborg
10.1 De Leverancier geeft twee opleidingen van drie uur voor de onthaalmedewerkers en vrijwilligers
en één dag voor de beheerders, en bezorgt een beheerdershandleiding en een configuratiedocument.
Op de dag van de livegang en op de eerste zaterdag nadien is een consultant ter plaatse.
10.2 Gedurende drie maanden na de voorlopige aanvaarding herstelt de Leverancier kosteloos elke
fout in de configuratie, de koppelingen en de gemigreerde gegevens.

Artikel 11 - Ondersteuning en serviceniveaus
11.1 De helpdesk is bereikbaar elke dag van 8.30 tot 18.00 uur, ook op zaterdag, zondag en
feestdagen, via 09 277 41 80 en het supportportaal.
11.2 Termijnen:
   Prioriteit 1 - webshop onbereikbaar, alle kassa's of de toegangscontrole onbruikbaar:
                  reactie binnen 30 minuten, oplossing of workaround binnen 4 uur
   Prioriteit 2 - een module of kassa gestoord:  reactie binnen 2 uur, oplossing binnen 1 werkdag
   Prioriteit 3 - andere vragen:                   reactie binnen 1 werkdag
11.3 De Leverancier garandeert een beschikbaarheid van de webshop en het platform van 99,8 % per
kalendermaand, gemeten 24 uur per dag. Gepland onderhoud gebeurt op maandag tussen 22.00 en 6.00
uur, na aankondiging vijf dagen vooraf, en telt niet mee.
11.4 Per begonnen 0,1 procentpunt onder 99,8 % en per prioriteit 1-incident dat niet binnen 4 uur
is opgelost, crediteert de Leverancier 5 % van de maandelijkse abonnementsprijs, met een maximum
van 30 % per maand, te verrekenen op de volgende factuur.
11.5 Nieuwe releases en patches zijn inbegrepen. De Leverancier kondigt ze tien dagen vooraf aan,
installeert ze buiten de openingsuren en installeert kritieke beveiligingspatches binnen 72 uur.
11.6 De Leverancier houdt het configuratiedossier van het AGB actueel. Vaste customer success
manager is de heer Joris Baert.
11.7 Elke maand bezorgt de Leverancier een servicerapport met de beschikbaarheid, de incidenten
met hun reactie- en oplostijden, de uitgevoerde releases en de ticketverkoop per kanaal.

Artikel 12 - Duur en beëindiging
12.1 De overeenkomst loopt 48 maanden vanaf de voorlopige aanvaarding. Zij wordt niet
stilzwijgend verlengd. Het AGB kan ze eenmaal met twaalf maanden verlengen bij aangetekende brief
ten minste drie maanden vóór het einde.
12.2 Het AGB kan de overeenkomst na het tweede contractjaar op elk ogenblik opzeggen met een
opzegtermijn van drie maanden, zonder vergoeding.
12.3 Elke partij kan ontbinden bij een ernstige tekortkoming die niet is hersteld binnen dertig
dagen na een aangetekende ingebrekestelling.

Artikel 13 - Einde van de overeenkomst
13.1 Op eerste verzoek, en uiterlijk bij het einde, bezorgt de Leverancier binnen tien werkdagen
een volledige export van alle gegevens (bezoekers, tickets, reservaties, vriendenpassen,
groepen) in csv-formaat met een beschrijving van de velden.
13.2 Op verzoek van het AGB blijft de Leverancier de dienst tot drie maanden na het einde verlenen
tegen de dan geldende prijzen en werkt hij mee met de nieuwe leverancier. Daarna wist hij alle
gegevens binnen zestig dagen en bevestigt hij dit schriftelijk.

Artikel 14 - Intellectuele eigendom
Vlotticket blijft eigendom van de Leverancier; het AGB krijgt een gebruiksrecht voor de duur van de
overeenkomst. Teksten, beelden, huisstijl en gegevens blijven eigendom van het AGB.

Artikel 15 - Aansprakelijkheid
De aansprakelijkheid van de Leverancier is per jaar beperkt tot de implementatieprijs vermeerderd
met twaalf maanden abonnement. Onrechtstreekse schade is uitgesloten, behalve bij opzet of zware
fout. Deze beperking geldt niet voor inbreuken op artikel 16 of 17. Gaan gegevens verloren door
een fout van de Leverancier, dan herstelt hij ze op zijn kosten uit de back-up.

Artikel 16 - Vertrouwelijkheid
Partijen houden de informatie die zij over elkaar ontvangen vertrouwelijk, tijdens de
overeenkomst en vijf jaar na het einde.

Artikel 17 - Persoonsgegevens
De Leverancier verwerkt persoonsgegevens van bezoekers als verwerker, uitsluitend volgens de
instructies van het AGB. De gegevens worden bewaard in Microsoft Azure, regio West-Europa. De
subverwerkers staan in Bijlage 3. Een datalek wordt binnen 24 uur gemeld. De verwerkersovereenkomst
van Bijlage 3 wordt samen met deze overeenkomst ondertekend.

Artikel 18 - Geschillen
18.1 Geschillen worden eerst in de stuurgroep besproken en, zonder oplossing binnen vijftien
dagen, tussen de directeur van het AGB en de gedelegeerd bestuurder van de Leverancier. Lukt
dat niet binnen een maand, dan stellen partijen een erkend bemiddelaar aan vóór zij naar de
rechtbank stappen.
18.2 Het Belgisch recht is van toepassing. De rechtbanken van Leuven zijn bevoegd.

Opgemaakt te Tienen op 3 december 2026 in twee exemplaren.

Voor het AGB Erfgoed Dijleland                 Voor Ticketvlot nv
Els Vanhoof, directeur, en                      Wim De Clercq, gedelegeerd bestuurder
Marc Lemmens, voorzitter raad van bestuur      (handtekening)
(handtekeningen)
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
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 48,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.8,
    },
)

NL_T7A_SCHOOL_WIFI_SWITCHES = UnseenDocument(
    name="nl_t7a_school_wifi_switches",
    text="""Van: Pieter Claeys <pieter@netwijs.be>
Aan: Katrien Vandenbulcke <directie@gbs-dekleinewereld.be>
Cc: Bram Desmet <ict@gbs-dekleinewereld.be>
Datum: dinsdag 1 december 2026 17:32
Onderwerp: Offerte nieuwe wifi en switchen GBS De Kleine Wereld

Dag Katrien, dag Bram,

Bedankt voor de rondleiding van vorige donderdag. Zoals beloofd hierbij onze prijs voor het
vervangen van de wifi en de switchen in de hoofdschool en de kleuterafdeling.

Wat we doen
- 14 nieuwe access points Aruba Instant On AP22 (wifi 6): 10 in de hoofdschool (klassen lager,
  refter, turnzaal en leraarskamer) en 4 in de kleuterafdeling. We hangen ze op de plaats van de
  huidige toestellen, zodat we de bestaande netwerkkabels kunnen hergebruiken.
- 2 nieuwe switchen Aruba Instant On 1930 met 24 PoE-poorten in het rack van de hoofdschool en
  1 switch met 8 PoE-poorten bij de kleuters.
- 3 netwerken: Personeel, Leerlingen (iPads en Chromebooks, achter de webfilter van jullie
  huidige firewall) en Gasten (met een wachtwoord dat jullie zelf kunnen wijzigen).
- We halen de 9 oude Linksys-toestellen en de 2 oude switchen weg en laten ze recycleren.
- Na de installatie meten we de wifidekking in elk lokaal en krijgen jullie het meetrapport.
  Zwakke plekken lossen we op voor we vertrekken.
- Bram krijgt een overzicht met de configuratie, de plaats van elk toestel en de
  beheerderswachtwoorden, en we tonen hem in de Instant On-app hoe hij zelf het gastwachtwoord
  aanpast.
- Op de personeelsvergadering van maandag 11 januari leggen we in een kwartiertje aan de
  leerkrachten uit hoe ze met hun laptop en iPad op het nieuwe netwerk komen.
Niet inbegrepen: nieuwe netwerkkabels of stopcontacten, de firewall en de internetverbinding
(die blijven zoals ze zijn) en het opnieuw instellen van de iPads in jullie MDM.

Prijs (excl. 21 % btw)
  14 x access point AP22 à EUR 189,00                       EUR 2.646,00
  2 x switch 1930 24 poorten PoE à EUR 465,00                EUR   930,00
  1 x switch 1930 8 poorten PoE                              EUR   229,00
  installatie, configuratie en dekkingsmeting (vaste prijs)  EUR 1.480,00
  weghalen en recycleren oude toestellen                     gratis
  Totaal                                                     EUR 5.285,00
Is er toch een kabel stuk of is er een extra aansluiting nodig, dan bel ik Bram eerst met een
prijs. Pas als hij akkoord gaat, doen we het, aan EUR 62 per uur plus materiaal.

Planning
We bestellen de toestellen zodra we jullie akkoord hebben (levertijd ongeveer twee weken) en
installeren op maandag 28 en dinsdag 29 december, in de kerstvakantie, zodat er geen les gestoord
wordt. Van jullie hebben we nodig:
- vóór 18 december: het beheerderswachtwoord van de firewall en de lijst van toestellen met een
  vast IP-adres (printers, digiborden);
- op 28 december om 8 uur: iemand die ons binnenlaat en de alarmcode, en toegang tot alle
  klassen en de technische ruimte.

Wie
Ik kom zelf, samen met onze technieker Jens Verstraete. Ik blijf ook nadien jullie
aanspreekpunt.

Garantie
Op de access points en switchen geldt de fabrieksgarantie van Aruba. Gaat er in de eerste twee
jaar een toestel stuk, dan vervangen wij het gratis ter plaatse, verplaatsing inbegrepen.
Problemen die door onze installatie komen, lossen we het eerste jaar kosteloos op.

Facturatie
Eén factuur na de installatie, te betalen binnen 30 dagen. Loopt de bestelling via het
schoolbestuur, stuur dan het bestelbonnummer mee, dan zetten we dat op de factuur.

Optie: beheer op afstand
Voor EUR 29 per maand (excl. btw) volgen we het netwerk op afstand op: we krijgen een melding
als een toestel uitvalt, en we installeren de firmware-updates buiten de schooluren. Voor
wifiproblemen kunnen jullie dan op werkdagen van 8.30 tot 17 uur bij ons terecht via
09 369 22 10 of support@netwijs.be; we reageren binnen vier werkuren. Het beheer loopt per
schooljaar (het eerste tot 31 augustus 2027) en wordt telkens met een schooljaar verlengd,
tenzij jullie het vóór 1 juli met een mailtje opzeggen.

Deze prijs is geldig tot 15 december 2026, omdat we de toestellen tijdig moeten bestellen voor de
kerstvakantie. Is het goed voor jullie? Een kort mailtje met "akkoord" (en of jullie de optie
beheer op afstand willen) volstaat, dan bestel ik de toestellen.

Groeten,
Pieter

Pieter Claeys | zaakvoerder
Netwijs bv | Industrieweg 14, 9080 Lochristi | BE 0723.118.406 | 09 369 22 10
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "missing",
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
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "renewal_term_months": 12,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 4,
    },
)

NL_T7A_BMS_HVAC_MAINTENANCE = UnseenDocument(
    name="nl_t7a_bms_hvac_maintenance",
    text="""ONDERHOUDS- EN SERVICEOVEREENKOMST GEBOUWBEHEERSYSTEEM NEXUSBMS
Kenmerk: KR-SO-2027-031

De ondergetekenden:

1. Klimaatregie B.V., gevestigd te Zwolle, kantoorhoudende aan de Ceintuurbaan 28, 8024 AA Zwolle,
   KvK 62014477, hierbij rechtsgeldig vertegenwoordigd door de heer M. (Mark) Jansen, algemeen
   directeur, hierna "Leverancier";
2. Stichting Ziekenhuis Salland-Noord, gevestigd te Raalte, kantoorhoudende aan de Zwolseweg 40,
   8102 AB Raalte, KvK 41025873, hierbij rechtsgeldig vertegenwoordigd door mevrouw ir. J.
   (Jolanda) de Vries, manager Vastgoed & Facilitair, hierna "Opdrachtgever";

overwegende dat:
- Opdrachtgever voor de aansturing en bewaking van de klimaatinstallaties (luchtbehandeling,
  OK-ventilatie, koeling, warmtepompen en cv) het gebouwbeheersysteem NexusBMS versie 6 gebruikt,
  met circa 9.400 datapunten en 212 regelaars;
- het onderhoud tot nu toe werd verzorgd door de oorspronkelijke installateur, wiens overeenkomst
  op 31 maart 2027 eindigt;
- de centrale BMS-server in de serverruimte van Opdrachtgever niet langer wordt ondersteund en
  partijen overeenkomen dat Leverancier deze migreert naar een gehoste omgeving;

komen het volgende overeen:

Artikel 1 Voorwerp en contractdocumenten
1.1 Leverancier neemt het onderhoud en de ondersteuning van de software van NexusBMS over: de
centrale server, zes operatorwerkplekken, de webclients, de regelaarsoftware en de grafische
schermen. Leverancier migreert de centrale server eenmalig naar zijn datacenter (artikel 3).
1.2 Niet inbegrepen zijn: de hardware van regelaars, sensoren, kleppen, frequentieregelaars en
andere veldapparatuur; het onderhoud van de werktuigbouwkundige installaties zelf; het netwerk
van Opdrachtgever; en wijzigingen in regelstrategieën op verzoek van Opdrachtgever (meerwerk).
1.3 Deel van deze overeenkomst zijn de offerte KR-O-2026-219 van 6 november 2026 (bijlage 1), het
installatieoverzicht met puntenlijst (bijlage 2) en de verwerkersovereenkomst (bijlage 3). Bij
strijdigheid gaat deze overeenkomst voor, daarna bijlage 3, bijlage 2 en bijlage 1.
1.4 De Algemene Inkoopvoorwaarden van Opdrachtgever (versie 2024) zijn van toepassing voor zover
deze overeenkomst er niet van afwijkt. Leveringsvoorwaarden van Leverancier worden uitdrukkelijk
van de hand gewezen.

Artikel 2 Dienstverlening
2.1 De dienstverlening omvat: 24/7 telemonitoring van de server en de communicatie met de
regelaars; een storingsdienst die 24/7 bereikbaar is voor prioriteit 1; ondersteuning op afstand;
twee preventieve onderhoudsbezoeken per jaar (controle van back-ups, logbestanden,
tijdsynchronisatie en alarmdoormelding); dagelijkse back-ups van configuratie en database met
een bewaartermijn van 90 dagen; en het beheer van updates.
2.2 De servicedesk is op werkdagen van 7.30 tot 17.00 uur bereikbaar via 038 460 71 00 en het
serviceportaal. Buiten die uren is het storingsnummer 038 460 71 99 beschikbaar voor prioriteit 1.
2.3 Prioriteiten en termijnen:
   Prio 1 - uitval van aansturing of bewaking van OK-complex, IC, koelcellen apotheek of van de
            centrale server: reactie binnen 30 minuten (24/7), engineer ter plaatse binnen 4 uur
            indien nodig, herstel of tijdelijke oplossing binnen 8 uur
   Prio 2 - uitval van bewaking van een ander gebouwdeel of van de alarmdoormelding: reactie
            binnen 2 werkuren, herstel binnen 2 werkdagen
   Prio 3 - overige meldingen: reactie binnen 1 werkdag, herstel in de eerstvolgende update
2.4 Leverancier garandeert een beschikbaarheid van de gehoste centrale server van 99,7 % per
kalendermaand. Gepland onderhoud (ten hoogste vier uur per maand, vijf werkdagen vooraf
aangekondigd) telt niet mee. Bij uitval van de server blijven de regelaars zelfstandig regelen.
2.5 Bij een beschikbaarheid onder 99,7 % crediteert Leverancier 10 % van de maandvergoeding per
begonnen 0,2 procentpunt, met een maximum van 40 %. Bij overschrijding van de hersteltermijn voor
prio 1 crediteert Leverancier 5 % van de maandvergoeding per incident. Het totaal is beperkt tot
50 % van de maandvergoeding.
2.6 Leverancier installeert nieuwe versies van NexusBMS binnen zes maanden na uitbrengen, na een
test in de acceptatieomgeving. Kritieke beveiligingspatches worden binnen tien werkdagen
geïnstalleerd, de patches van het besturingssysteem en de database van de gehoste server
maandelijks.
2.7 Leverancier houdt een objectdossier bij met de puntenlijst, de regelschema's, het
netwerkoverzicht en een wijzigingslog, en werkt het na elke wijziging bij.

Artikel 3 Overname en migratie
3.1 Binnen vier weken na ondertekening inventariseert Leverancier de installatie. Opdrachtgever
zorgt ervoor dat de huidige onderhoudspartij uiterlijk 1 februari 2027 de back-ups, de
licentiebestanden en de wachtwoorden overdraagt, en richt uiterlijk 1 maart 2027 de site-to-site
VPN-verbinding in volgens de specificaties van Leverancier.
3.2 Leverancier zet de configuratie, de grafische schermen, de alarmen en de historische
trenddata van de afgelopen drie jaar over naar de gehoste server. Een proefmigratie vindt plaats
in week 10; de definitieve migratie in het weekend van 20 en 21 maart 2027. Het onderhoud onder
deze overeenkomst start op 1 april 2027.
3.3 Na de migratie wordt de werking van het systeem in overleg met de technische dienst
gecontroleerd.
3.4 Leverancier verzorgt twee opleidingen van een halve dag voor de operators van de technische
dienst over het werken met de nieuwe webclient.

Artikel 4 Personeel en kwaliteit
4.1 Vaste service-engineer is de heer R. (Rick) Bosman, met als achtervang de heer T. Mulder.
Contractmanager van Leverancier is mevrouw S. Hendriks. De engineers zijn gecertificeerd als
NexusBMS Certified Engineer niveau 2, beschikken minimaal over een mbo-4 diploma
installatietechniek en hebben ervaring in ziekenhuizen.
4.2 Leverancier werkt onder een ISO 9001-gecertificeerd kwaliteitssysteem. Elke wijziging wordt
vooraf getest en in het wijzigingslog vastgelegd; wijzigingen aan regelingen van het OK-complex
worden volgens het vier-ogenprincipe uitgevoerd en met de technische dienst afgestemd.

Artikel 5 Rapportage en overleg
Leverancier levert maandelijks een servicerapport met de storingen per prioriteit, de reactie- en
hersteltijden, de beschikbaarheid, de uitgevoerde updates en de openstaande punten. Elk kwartaal
overleggen de contractmanager en het hoofd technische dienst over het rapport; eenmaal per jaar
vindt een evaluatie plaats met de manager Vastgoed & Facilitair. Escalatie verloopt van
service-engineer naar contractmanager en vervolgens naar de algemeen directeur van Leverancier.

Artikel 6 Vergoedingen en betaling
6.1 Overname en migratie, eenmalig en vast:                         EUR 14.750,00
6.2 Onderhoud en hosting:                                          EUR  2.185,00 per maand
6.3 Totale waarde over de initiële looptijd van 36 maanden:        EUR 93.410,00
6.4 Meerwerk: service-engineer EUR 98,50 per uur, projectengineer EUR 112,00 per uur; buiten
werkuren geldt een toeslag van 50 %. Meerwerk wordt uitsluitend uitgevoerd na een schriftelijke
offerte met het aantal uren en een schriftelijke opdracht van Opdrachtgever; meerwerk zonder
opdracht wordt niet vergoed.
6.5 De maandvergoeding en de uurtarieven worden jaarlijks per 1 januari aangepast aan het
CBS-indexcijfer cao-lonen per uur, met een maximum van 4 % per jaar.
6.6 Alle bedragen zijn exclusief btw. De migratie wordt voor 50 % bij de start en voor 50 % na
de migratie gefactureerd, de maandvergoeding per kwartaal vooraf. Betaling binnen 30 dagen na
ontvangst van de factuur.

Artikel 7 Duur en beëindiging
7.1 Deze overeenkomst wordt aangegaan voor 36 maanden vanaf 1 april 2027 en wordt daarna telkens
stilzwijgend verlengd met twaalf maanden, tenzij een partij uiterlijk zes maanden voor het einde
van de lopende periode per aangetekende brief opzegt.
7.2 Iedere partij kan de overeenkomst ontbinden indien de andere partij na een schriftelijke
ingebrekestelling met een termijn van dertig dagen tekort blijft schieten, of bij faillissement
of surseance van betaling van de andere partij.

Artikel 8 Einde van de overeenkomst
8.1 Bij het einde draagt Leverancier het objectdossier over, met een volledige back-up van de
configuratie en de database in het formaat van NexusBMS en een export van de trenddata in
csv-formaat.
8.2 Leverancier houdt de gehoste server na het einde ten hoogste drie maanden in bedrijf tegen de
geldende maandvergoeding en werkt mee aan de overdracht aan de opvolgende onderhoudspartij tegen
de tarieven van artikel 6.4.

Artikel 9 Licenties en intellectuele eigendom
De licenties op NexusBMS zijn en blijven eigendom van Opdrachtgever; Leverancier registreert ze
bij de migratie op naam van Opdrachtgever. De intellectuele eigendomsrechten op grafische schermen
en regelprogramma's die Leverancier onder deze overeenkomst maakt, gaan over op Opdrachtgever.

Artikel 10 Aansprakelijkheid
De aansprakelijkheid van Leverancier is beperkt tot drie maandvergoedingen per gebeurtenis en per
kalenderjaar. Leverancier is niet aansprakelijk voor indirecte schade, gevolgschade, bedrijfsschade,
schade aan medicijnen of andere goederen, of verlies van gegevens, behoudens opzet of bewuste
roekeloosheid van de leiding van Leverancier.

Artikel 11 Geheimhouding en beveiliging
Partijen houden alle vertrouwelijke informatie van de andere partij geheim, ook na het einde van
deze overeenkomst. Medewerkers van Leverancier krijgen uitsluitend toegang met persoonlijke
accounts en tweefactorauthenticatie.

Artikel 12 Persoonsgegevens
NexusBMS verwerkt alleen de gebruikersnamen en handelingen van operators. Leverancier verwerkt
deze gegevens als verwerker, uitsluitend in Nederland, volgens de instructies van Opdrachtgever
en meldt een datalek binnen 24 uur. Verdere afspraken staan in de verwerkersovereenkomst
(bijlage 3).

Artikel 13 Toepasselijk recht
Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden uitsluitend voorgelegd
aan de rechtbank Overijssel, locatie Zwolle.

Aldus overeengekomen en in tweevoud getekend,

Klimaatregie B.V.                               Stichting Ziekenhuis Salland-Noord
M. Jansen, algemeen directeur                   ir. J. de Vries, manager Vastgoed & Facilitair
Zwolle, 1 december 2026                         Raalte, 4 december 2026
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
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "partial",
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
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.7,
    },
)

NL_T7A_TIME_TRACKING_SAAS_ORDER = UnseenDocument(
    name="nl_t7a_time_tracking_saas_order",
    text="""TIJDSBAAS
Urenregistratie en dossieropvolging voor accountants- en boekhoudkantoren
Tijdsbaas bv | Kortrijksesteenweg 1093, 9051 Gent | BTW BE 0745.602.318 | sales@tijdsbaas.be

BESTELFORMULIER nr. TB-BF-2026-1184

Klant:          Vermeulen & De Smet Accountants bv, Brugsesteenweg 221, 8800 Roeselare
                BTW BE 0478.330.912
Beheerder:      mevrouw Annelies De Smet, vennoot, annelies@vds-accountants.be
Facturatie:     via Peppol, ter attentie van boekhouding@vds-accountants.be

1. ABONNEMENT
Formule:                   Tijdsbaas Kantoor
Aantal gebruikers:         18 (4 vennoten en 14 medewerkers)
Prijs:                     EUR 16,00 per gebruiker per maand, zijnde EUR 3.456,00 per jaar
Inbegrepen: urenregistratie (timer, weekstaat en mobiele app), dossierbeheer per klant en per
opdracht, budget versus werkelijk per dossier, deadlinekalender (btw-aangiften, jaarrekeningen,
vennootschapsbelasting), facturatievoorstellen op basis van prestaties, standaardrapporten
(productiviteit, rendabiliteit per klant) en de koppeling met Exact Online voor facturen.
Niet inbegrepen: de module Tijdsbaas Planning (EUR 4,00 per gebruiker per maand), rapporten op
maat en koppelingen met andere pakketten.
Extra gebruikers kunnen op elk moment worden toegevoegd aan EUR 16,00 per maand, pro rata
gefactureerd tot het einde van het lopende contractjaar.

2. ONBOARDING (EENMALIG)
Pakket Onboarding Plus                                               EUR 1.490,00
- online kick-off van een uur met de beheerder;
- import van het klantenbestand en de dossiers (ongeveer 640 klanten) uit de Excel-export van uw
  huidige toepassing, en van de lopende budgetten en prestatiecodes;
- inrichting van de activiteiten en uurtarieven volgens uw tarieflijst;
- activering van de koppeling met Exact Online;
- twee online opleidingen van twee uur voor de medewerkers en een opleiding van drie uur voor
  de beheerder en de vennoten.
Uw onboardingconsultant is Lotte Vandamme.
Bijkomende opleiding of begeleiding gebeurt alleen na een schatting die u vooraf schriftelijk
goedkeurt, en wordt aangerekend aan EUR 115,00 per uur.

3. PLANNING
Kick-off in de week van 14 december 2026; import en inrichting uiterlijk op 23 december 2026;
opleidingen op 29 en 30 december 2026; ingebruikname op maandag 4 januari 2027.
De klant bezorgt uiterlijk op 11 december 2026 de klantenlijst en de lijst van medewerkers met
hun uurtarief in het sjabloon van Tijdsbaas, en duidt een beheerder aan die bij de kick-off
aanwezig is.

4. TOTAAL EERSTE CONTRACTJAAR (excl. btw)
Abonnement EUR 3.456,00 + onboarding EUR 1.490,00 = EUR 4.946,00

5. FACTURATIE EN BETALING
De onboarding wordt gefactureerd bij ondertekening, het abonnement jaarlijks vooraf vanaf
1 januari 2027. Facturen zijn betaalbaar binnen 14 dagen na factuurdatum.

6. LOOPTIJD
Het abonnement loopt twaalf maanden vanaf 1 januari 2027 en wordt daarna stilzwijgend verlengd
voor telkens twaalf maanden, tenzij een partij ten minste een maand voor het einde van de lopende
periode schriftelijk opzegt.

7. PRIJZEN
Tijdsbaas kan haar prijzen jaarlijks aanpassen. Nieuwe prijzen worden ten minste 60 dagen voor de
verlengingsdatum per e-mail meegedeeld en gelden vanaf die verlengingsdatum.

8. ONDERSTEUNING
Ondersteuning is in het abonnement inbegrepen: via de chat in de toepassing, via
support@tijdsbaas.be en via 09 298 41 10, op werkdagen van 8.30 tot 17.30 uur. De online
kennisbank is altijd beschikbaar. Bij een kritieke storing (niemand kan nog uren registreren)
reageren we binnen 2 werkuren, bij andere vragen binnen 1 werkdag.
Uw vaste customer success manager is Sander Van Hecke. Hij plant elk jaar een evaluatiegesprek
met de beheerder over het gebruik en de nieuwe functies.

9. BESCHIKBAARHEID EN UPDATES
Tijdsbaas streeft naar een beschikbaarheid van 99,5 % op maandbasis, gepland onderhoud op zondag
tussen 22.00 en 24.00 uur niet meegerekend. Dit is een inspanningsverbintenis; het niet halen van
dit streefcijfer geeft geen recht op een vergoeding of een korting.
Nieuwe functies en verbeteringen worden automatisch en zonder meerprijs uitgerold. Grote
wijzigingen kondigen we 14 dagen vooraf aan in de release notes.

10. GEGEVENS EN PRIVACY
De gegevens worden bewaard bij Amazon Web Services in Frankfurt en dagelijks geback-upt. De klant
blijft eigenaar van zijn gegevens en kan ze op elk moment in csv- of Excel-formaat exporteren.
Na het einde van het abonnement blijft de export nog 60 dagen mogelijk; daarna worden de gegevens
gewist. Tijdsbaas verwerkt de persoonsgegevens van de medewerkers en de contactpersonen van de
klanten als verwerker, volgens de verwerkersovereenkomst in bijlage B, die de subverwerkers
vermeldt; een datalek meldt Tijdsbaas binnen 48 uur.

11. VERTROUWELIJKHEID
Tijdsbaas houdt alle gegevens over de klant en zijn cliënten geheim en houdt rekening met het
beroepsgeheim waaraan de klant gebonden is. Haar medewerkers hebben een
geheimhoudingsverklaring ondertekend.

12. VOORWAARDEN
Dit bestelformulier is onderworpen aan de Abonnementsvoorwaarden van Tijdsbaas (versie 3.2, juni
2026, bijlage A). Bij tegenstrijdigheid gelden de Abonnementsvoorwaarden. Inkoop- of andere
voorwaarden van de klant zijn niet van toepassing. Uit de Abonnementsvoorwaarden:
- de software blijft eigendom van Tijdsbaas; de klant krijgt een niet-exclusief en
  niet-overdraagbaar gebruiksrecht voor de duur van het abonnement;
- de aansprakelijkheid van Tijdsbaas is beperkt tot de abonnementsgelden die de klant in de
  twaalf maanden voor het schadegeval heeft betaald; onrechtstreekse schade is uitgesloten;
- het Belgisch recht is van toepassing; de ondernemingsrechtbank Gent, afdeling Gent, is bevoegd.

Voor de klant                                   Voor Tijdsbaas bv
Annelies De Smet, vennoot                       Karel Dhondt, CEO
digitaal ondertekend op 4 december 2026         digitaal ondertekend op 4 december 2026
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
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
        "team.seniority": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
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
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 14,
        "response_time_hours_highest_priority": 2,
    },
)


DOCUMENTS = [
    NL_T7A_MUSEUM_TICKETING_SYSTEM,
    NL_T7A_SCHOOL_WIFI_SWITCHES,
    NL_T7A_BMS_HVAC_MAINTENANCE,
    NL_T7A_TIME_TRACKING_SAAS_ORDER,
]
