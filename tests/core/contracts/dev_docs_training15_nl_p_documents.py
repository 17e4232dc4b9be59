"""Training batch 15 (nl, writer p): four Dutch documents of kinds not used before.

1. nl_t15p_bus_passenger_information_displays: a formal Flemish maintenance contract (numbered
   articles, signed by both parties) between a display integrator and a bus operator for the
   preventive and corrective maintenance of on-board and roadside passenger-information screens
   and their content-management software, with an SLA, service credits, source-code escrow and a
   tacit renewal with six months' notice.
2. nl_t15p_pharmacy_wifi_network_monitoring: a Flemish offer (quote) to a group of six pharmacies
   for new Wi-Fi access points and switches plus a monthly monitoring and management contract,
   with the supplier's general terms by bare reference, a low liability cap and an empty
   "voor akkoord" client signature block.
3. nl_t15p_care_client_portal_development: a Netherlands agreement (signed by both parties) for the
   development, hosting and management of a client portal for a home-care foundation, under the
   NLdigital Voorwaarden which prevail, with best-efforts availability and resolution, a
   unilateral yearly price adjustment and a tacit renewal with three months' notice.
4. nl_t15p_cat_server_renewal_email: a short, informal Flemish e-mail confirming the yearly
   renewal of a memoQ Server subscription licence and support package for a translation agency,
   accepted by the client's reply e-mail.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser.

Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned; "partial" = mentioned but vague, a bare
cross-reference without content, a placeholder, best-efforts only, or a negation/disclaimer.
Items and risks whose reading was ambiguous are left out.
"""

from .unseen_documents import UnseenDocument

NL_T15P_BUS_PASSENGER_INFORMATION_DISPLAYS = UnseenDocument(
    name="nl_t15p_bus_passenger_information_displays",
    text="""ONDERHOUDSOVEREENKOMST REIZIGERSINFORMATIESYSTEEM
Contractnummer: RIS-OH-2027-003

TUSSEN Reisinfo Systems bv, Kortrijksesteenweg 1122, 9051 Gent, KBO 0688.214.507,
vertegenwoordigd door de heer Pieter Declercq, zaakvoerder, hierna "de Leverancier",
EN Autobusdienst Kempenland nv, Lierseweg 212, 2200 Herentals, KBO 0402.877.163,
vertegenwoordigd door mevrouw Els Van Gorp, gedelegeerd bestuurder, hierna "de Klant",

WORDT OVEREENGEKOMEN WAT VOLGT:

Artikel 1 - Voorwerp en contractdocumenten
1.1 De Leverancier staat in voor het preventief en correctief onderhoud van het
reizigersinformatiesysteem van de Klant: 68 TFT-schermen aan boord van 34 autobussen, 14
buitenschermen met actuele vertrektijden (8 op het busstation van Herentals, 6 aan hoofdhaltes)
en de contentbeheersoftware RouteView CMS versie 5 op de server van de Klant in het depot te
Herentals, met de koppeling met de realtime-gegevens van De Lijn.
1.2 De volledige lijst van de toestellen met hun locatie en serienummer staat in Bijlage 2.
Offerte RS-O-2026-518 van 6 november 2026 maakt als Bijlage 1 deel uit van deze overeenkomst.
Bijlage 3 is de verwerkersovereenkomst.
1.3 Bij strijdigheid gaat deze overeenkomst voor op Bijlage 2, en Bijlage 2 op Bijlage 1.
Algemene voorwaarden van de partijen, ook wanneer zij vermeld staan op offertes, facturen of
bestelbons, zijn niet van toepassing.

Artikel 2 - Inbegrepen diensten
2.1 Preventief onderhoud: twee bezoeken per jaar aan elk buitenscherm (april en oktober) met
reiniging en controle van ventilatoren, lichtsensor en voeding; een jaarlijkse controle van elk
boordscherm tijdens een nachtelijk depotbezoek.
2.2 Correctief onderhoud: herstel van storingen, onderdelen, arbeid en verplaatsing inbegrepen.
2.3 Monitoring: de Leverancier bewaakt alle schermen 24 uur op 24 via het hartslagsignaal in
RouteView CMS en opent zelf een melding bij een scherm zonder signaal.
2.4 Softwareonderhoud van RouteView CMS: correctieve updates, nieuwe versies en
beveiligingspatches. Kritieke beveiligingspatches worden binnen vijf werkdagen na hun
beschikbaarheid geïnstalleerd, andere updates in het maandelijkse onderhoudsvenster
(eerste woensdag van de maand tussen 0.00 en 5.00 uur).
2.5 Niet inbegrepen: schade door vandalisme, aanrijdingen of overspanning, werken aan de
carrosserie of de elektrische installatie van de bussen, de serverhardware en het
besturingssysteem van de server, en de inhoud van de berichten die de Klant zelf publiceert.
Herstellingen van zulke schade gebeuren als meerwerk volgens artikel 4.3.

Artikel 3 - Startfase en planning
3.1 In januari 2027 voert de Leverancier een intake uit: inventaris en staat van alle toestellen,
controle van de configuratie van RouteView CMS en opname van alle gegevens in het
beheerregister (artikel 6.3). Het inventarisrapport wordt uiterlijk op 29 januari 2027
bezorgd. Het volledige onderhoud gaat in op 1 februari 2027.
3.2 Bezorgt de Leverancier het inventarisrapport niet tijdig, dan schuift de ingangsdatum van de
maandvergoeding op met dezelfde periode, terwijl de Leverancier storingen toch al verhelpt.

Artikel 4 - Vergoedingen en betaling
4.1 Intake en opname in het beheerregister: eenmalig EUR 2.400,00 excl. btw.
4.2 Onderhoud volgens artikel 2: EUR 1.860,00 excl. btw per maand. De totale vergoeding over de
initiële looptijd van 36 maanden bedraagt dus EUR 69.360,00 excl. btw, intake inbegrepen.
4.3 Meerwerk wordt enkel uitgevoerd na een schriftelijke prijsopgave van de Leverancier die de
Klant vooraf schriftelijk goedkeurt, behalve bij een P1-storing waarvoor de fleetmanager van
de Klant telefonisch akkoord kan geven, te bevestigen per e-mail. Regiewerk kost EUR 88,00 per
uur per technieker, plus EUR 0,55 per gereden kilometer vanaf de vestiging in Gent.
4.4 De maandvergoeding en het uurtarief worden jaarlijks op 1 februari aangepast volgens de
formule P = P0 x (0,2 + 0,8 x S / S0), waarbij S het Agoria-referentieloon is van de maand
december die de aanpassing voorafgaat. Andere prijswijzigingen vereisen een schriftelijk
akkoord van de Klant.
4.5 De intake wordt gefactureerd na het inventarisrapport, de maandvergoeding per kwartaal
vooraf en meerwerk maandelijks. Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

Artikel 5 - Meldingen, termijnen en beschikbaarheid
5.1 De storingsdienst is elke dag, ook op zon- en feestdagen, bereikbaar van 5.00 tot 23.00 uur
op 09 277 40 80 en via het klantenportaal. Meldingen buiten die uren via het portaal worden om
5.00 uur opgenomen.
5.2 Prioriteiten en termijnen, gerekend binnen de uren van de storingsdienst:
   P1 - buitenscherm op het busstation defect of foutieve vertrektijden, of RouteView CMS
        onbeschikbaar:                       reactie binnen 1 uur, herstel binnen 6 uur
   P2 - buitenscherm aan een halte of boordscherm defect:
                                             reactie binnen 4 uur, herstel binnen 2 werkdagen
   P3 - kleine of esthetische gebreken:       reactie binnen 1 werkdag, herstel bij het
                                             volgende preventieve bezoek
Voor boordschermen loopt de hersteltermijn vanaf het moment dat de bus in het depot beschikbaar
wordt gesteld.
5.3 De Leverancier garandeert voor de buitenschermen en RouteView CMS samen een beschikbaarheid
van 99,0 % per kalendermaand, gemeten via het hartslagsignaal. Aangekondigd onderhoud binnen het
onderhoudsvenster en de uitsluitingen van artikel 2.5 tellen niet mee.
5.4 Ligt de beschikbaarheid lager, dan crediteert de Leverancier 5 % van de maandvergoeding per
begonnen schijf van 0,5 % onder de norm. Elke overschrijding van de hersteltermijn voor P1 geeft
recht op een creditering van 3 % van de maandvergoeding. De creditering bedraagt samen ten
hoogste 40 % van de maandvergoeding en wordt verrekend op de volgende factuur.

Artikel 6 - Team, kwaliteit en kennis van de installatie
6.1 Servicemanager van de Leverancier is mevrouw Sarah De Clercq. Aanspreekpunt van de Klant
is de heer Geert Van den Broeck, fleetmanager.
6.2 De interventies gebeuren door techniekers met een VCA-attest, een opleiding van de
fabrikant van de schermen en ten minste drie jaar ervaring met informatieschermen in het
openbaar vervoer. De werken worden uitgevoerd volgens de regels van de kunst, de voorschriften
van de fabrikanten en het AREI.
6.3 De Leverancier houdt een beheerregister bij met per toestel de locatie, het serienummer,
de configuratie, de firmwareversie en de herstelhistoriek. De Klant heeft er via het
klantenportaal permanent inzage in.
6.4 De Leverancier vervangt de servicemanager enkel na een voorafgaande schriftelijke melding
van ten minste een maand, door een persoon met gelijkwaardige ervaring, en zorgt zonder kosten
voor de Klant voor een volledige overdracht van het dossier.

Artikel 7 - Medewerking van de Klant
7.1 De Klant verleent de techniekers toegang tot het depot in Herentals tussen 20.00 en 5.00 uur
en stelt de bussen voor de jaarlijkse controle ter beschikking volgens de planning die de
partijen elk jaar uiterlijk op 15 januari vastleggen.
7.2 Is een bus of een locatie op het afgesproken tijdstip niet beschikbaar, dan wordt de
interventie in overleg herpland, worden de termijnen van artikel 5.2 opgeschort en wordt een
nutteloze verplaatsing forfaitair aangerekend aan EUR 95,00.

Artikel 8 - Rapportering en overleg
8.1 Elke maand bezorgt de Leverancier een servicerapport met de beschikbaarheid per scherm, de
meldingen met hun reactie- en hersteltijden, de uitgevoerde preventieve bezoeken, de
geïnstalleerde updates en de eventuele creditering.
8.2 Elk kwartaal bespreken de servicemanager en de fleetmanager dit rapport in een
serviceoverleg. Knelpunten die daar niet worden opgelost, gaan naar de operationeel directeur
van de Klant en de zaakvoerder van de Leverancier, die binnen tien werkdagen samenkomen.

Artikel 9 - Duur en beëindiging
9.1 Deze overeenkomst loopt 36 maanden vanaf 1 februari 2027. Zij wordt daarna stilzwijgend
verlengd voor opeenvolgende periodes van twaalf maanden, tenzij een partij ze ten minste zes
maanden vóór de vervaldag opzegt bij aangetekende brief.
9.2 Elke partij kan de overeenkomst ontbinden wanneer de andere partij een zware tekortkoming
niet herstelt binnen dertig dagen na een aangetekende ingebrekestelling. De Klant kan de
overeenkomst bovendien zonder vergoeding opzeggen wanneer de beschikbaarheid van artikel 5.3
drie opeenvolgende maanden lager ligt dan 97 %.

Artikel 10 - Einde en overdracht
10.1 Bij het einde van de overeenkomst, om welke reden ook, blijft de Leverancier op vraag van
de Klant het onderhoud verzekeren tegen de laatst geldende maandvergoeding gedurende ten hoogste
drie maanden, tot een nieuwe leverancier het overneemt.
10.2 De Leverancier draagt binnen tien werkdagen na het einde het beheerregister, de
configuraties, de beheeraccounts van RouteView CMS en de technische documentatie over aan de
Klant of aan de door haar aangeduide opvolger, en bezorgt de herstel- en meldingshistoriek in
csv-formaat. Een overdrachtsvergadering met de opvolger is inbegrepen; verdere bijstand wordt
aangerekend volgens artikel 4.3.

Artikel 11 - Software en broncodedepot
11.1 De Klant behoudt haar eeuwigdurende gebruikslicentie op RouteView CMS, aangekocht in 2019.
Nieuwe versies die in het kader van deze overeenkomst worden geïnstalleerd, vallen onder
dezelfde licentie. De intellectuele eigendomsrechten op RouteView CMS blijven bij de
Leverancier.
11.2 De broncode van RouteView CMS, met de bouwinstructies, is in bewaring gegeven bij
Codedepot Benelux bv en wordt bij elke nieuwe hoofdversie aangevuld. De broncode wordt aan de
Klant vrijgegeven bij faillissement of vereffening van de Leverancier of wanneer die het
onderhoud van RouteView CMS stopzet. De kosten van het depot zijn voor de Leverancier.

Artikel 12 - Aansprakelijkheid
De aansprakelijkheid van de Leverancier is per schadegeval beperkt tot de vergoedingen die de
Klant betaalde in de twaalf maanden voorafgaand aan het schadegeval, met een minimum van
EUR 50.000,00. De Leverancier is niet aansprakelijk voor onrechtstreekse schade, behalve bij
opzet of zware fout.

Artikel 13 - Vertrouwelijkheid
Partijen houden alle informatie die zij over elkaar ontvangen vertrouwelijk, tijdens de
overeenkomst en drie jaar na het einde ervan.

Artikel 14 - Persoonsgegevens
De schermen verwerken geen gegevens over reizigers. De Leverancier verwerkt wel de
gebruikersaccounts van medewerkers van de Klant in RouteView CMS en de namen van chauffeurs in
de logbestanden van de boordcomputer. Hij doet dat als verwerker, uitsluitend voor de
uitvoering van deze overeenkomst en volgens de verwerkersovereenkomst van Bijlage 3: de gegevens
blijven in de Europese Unie en een datalek wordt binnen 48 uur gemeld aan de Klant.

Artikel 15 - Geschillen en toepasselijk recht
15.1 Een geschil wordt eerst behandeld volgens de escalatie van artikel 8.2. Is het na dertig
dagen niet opgelost, dan doen partijen een beroep op een erkend bemiddelaar in burgerlijke en
handelszaken voordat zij naar de rechter stappen.
15.2 Deze overeenkomst wordt beheerst door het Belgisch recht. De ondernemingsrechtbank
Antwerpen, afdeling Turnhout, is uitsluitend bevoegd.

Opgemaakt te Herentals op 1 december 2026, in twee exemplaren.

Voor Reisinfo Systems bv                        Voor Autobusdienst Kempenland nv
Pieter Declercq, zaakvoerder                     Els Van Gorp, gedelegeerd bestuurder
(handtekening)                                   (handtekening)
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
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.0,
    },
)

NL_T15P_PHARMACY_WIFI_NETWORK_MONITORING = UnseenDocument(
    name="nl_t15p_pharmacy_wifi_network_monitoring",
    text="""NETWERKT BV
Netwerken en wifi voor zorg en retail
Kempische Steenweg 293 bus 4, 3500 Hasselt | 011 39 72 50 | info@netwerkt.be
BTW BE 0745.208.316

OFFERTE NW-2026-1184

Aan:        Apotheekgroep Maasland bv
            t.a.v. apr. Katrien Hendrikx, gedelegeerd bestuurder
            Rijksweg 140, 3630 Maasmechelen
Datum:      27 november 2026
Geldig tot: 27 december 2026
Betreft:    Vernieuwing wifi en netwerkmonitoring in zes apotheken

Beste Katrien,

Bedankt voor het fijne gesprek van vorige week in Maasmechelen. Zoals besproken vallen de
wifi-netwerken in jullie apotheken geregeld weg, met storingen aan de handscanners, de
betaalterminals en de verbinding met de robot in Lanaken en Dilsen-Stokkem tot gevolg. Hieronder
ons voorstel om in de zes apotheken (Maasmechelen, Lanaken, Dilsen-Stokkem, Lanklaar, Eisden en
Opgrimbie) een professioneel netwerk te plaatsen en dat daarna van op afstand op te volgen.

1. WAT WE DOEN
- Per apotheek een site survey: we meten de bestaande dekking en bepalen de beste plaats voor
  de access points (officina, backoffice, magazijn, robotruimte).
- Per apotheek plaatsen we drie HPE Aruba Instant On AP25 access points en een Aruba Instant On
  1930 PoE-switch van 24 poorten.
- We maken gescheiden netwerken (VLAN's) voor het personeel, voor de toestellen (robot,
  scanners, betaalterminal, labelprinter) en voor gasten, en we verbinden alle bestaande
  toestellen opnieuw.
- Netwerkmonitoring: we bewaken de switch, de access points en de internetlijn van elke
  apotheek 24 uur op 24 en krijgen automatisch een alarm bij een storing.
- Beheer: wijzigingen in het netwerk, wachtwoorden van het personeelsnetwerk wijzigen bij
  uitdiensttreding, nieuwe toestellen toevoegen, firmware-updates.

Niet inbegrepen: bijkomende netwerkbekabeling (op vier van de zes locaties kunnen we de
bestaande kabels gebruiken; voor Lanklaar en Opgrimbie maken we na de site survey een aparte
prijs), de internetlijnen zelf, de pc's en de apothekerssoftware, en de robot.

2. PRIJS (excl. btw)
Hardware per apotheek: 3 x AP25 aan EUR 289,00 + 1 switch aan EUR 645,00 = EUR 1.512,00
Hardware, 6 apotheken                                                      EUR  9.072,00
Site survey, plaatsing en configuratie, 6 x EUR 690,00                     EUR  4.140,00
Projectopvolging en netwerkdocumentatie                                    EUR    480,00
Totaal eenmalig                                                            EUR 13.692,00

Monitoring en beheer: EUR 39,00 per apotheek per maand, dus EUR 234,00 per maand.

Werk dat niet in deze offerte staat (zoals extra bekabeling of een extra access point) doen we
enkel na jullie schriftelijk akkoord op een aparte prijsopgave. Interventies buiten het
beheercontract rekenen we aan EUR 85,00 per uur, plus EUR 35,00 verplaatsing per bezoek.

Facturatie: de hardware en de plaatsing factureren we per apotheek na de oplevering; de
monitoring maandelijks vanaf de eerste opgeleverde apotheek. Betaling binnen 30 dagen na
factuurdatum.

3. PLANNING
- Levering van de hardware: ongeveer twee weken na ontvangst van de ondertekende offerte.
- Plaatsing: één apotheek per avond na sluitingstijd (vanaf 18.30 uur), zodat de werking
  overdag niet gestoord wordt. Alle zes apotheken zijn klaar binnen vier weken na de levering.
- Wat we van jullie nodig hebben: per apotheek een contactpersoon en toegang tot het pand na
  sluitingstijd, de gegevens van de internetlijn en de beheeraccount van de modem, en een
  contactpersoon bij jullie robotleverancier die op de avond van de plaatsing bereikbaar is.

4. OPLEVERING, GARANTIE EN DOCUMENTATIE
Na de plaatsing meten we opnieuw: in de officina, de backoffice en de robotruimte moet het
signaal overal minstens -67 dBm bedragen. Samen met de apotheker of de contactpersoon testen we
de robot, de scanners, de betaalterminal en de labelprinter. Pas als alles werkt, tekent de
apotheker de werkbon en is die apotheek opgeleverd. Het meetrapport krijgen jullie erbij.
Op de hardware en de plaatsing geven we 24 maanden garantie: defecte toestellen en fouten in
de installatie herstellen of vervangen we in die periode gratis, onderdelen en arbeid
inbegrepen.
Na de oplevering krijgt het team ter plaatse een korte uitleg over de nieuwe netwerken en een
fiche met de netwerknamen. Jullie krijgen een netwerkdocumentatie met de plannen van de
access points, het IP-plan en de configuratie; de beheerwachtwoorden delen we via een kluis in
de wachtwoordmanager.
Het werk gebeurt door onze eigen techniekers, allen gecertificeerd door HPE Aruba (ACMA).

5. SUPPORT EN MONITORING
- Helpdesk: maandag tot vrijdag van 8.30 tot 18.30 uur en zaterdag van 9.00 tot 13.00 uur, op
  011 39 72 59 of support@netwerkt.be.
- Valt het netwerk in een apotheek (gedeeltelijk) uit, dan reageren we binnen 2 uur tijdens de
  openingsuren van de helpdesk. Kunnen we het niet van op afstand oplossen, dan herstellen of
  vervangen we het defecte toestel uiterlijk de volgende werkdag ter plaatse.
- Andere vragen beantwoorden we binnen één werkdag.
- Firmware-updates installeren we maandelijks na sluitingstijd; kritieke beveiligingsupdates
  binnen vijf werkdagen.
- Jullie vast aanspreekpunt is Jolien Claes. Ze houdt de netwerkdocumentatie van elke apotheek
  up-to-date, zodat elke technieker die jullie belt meteen weet hoe het netwerk eruitziet.
- Elke maand krijgen jullie een kort rapport per apotheek met de beschikbaarheid van de
  internetlijn, de storingen en de uitgevoerde updates. Eén keer per jaar komen we langs voor
  een evaluatiegesprek.

Het beheercontract loopt 12 maanden vanaf de oplevering van de laatste apotheek en wordt
daarna telkens stilzwijgend met 12 maanden verlengd, tenzij een van ons het ten minste één
maand vóór de vervaldag schriftelijk opzegt.

6. ALGEMEEN
Via de monitoring zien we enkel netwerkgegevens zoals toestelnamen en MAC-adressen, geen
patiëntgegevens. Een verwerkersovereenkomst bezorgen we op vraag.
Onze aansprakelijkheid is beperkt tot het bedrag van drie maanden monitoring en beheer.
Onrechtstreekse schade, zoals omzetverlies of verlies van gegevens, is uitgesloten.
Op deze offerte zijn onze algemene voorwaarden van toepassing (zie netwerkt.be/voorwaarden).

Met vriendelijke groeten,

Jolien Claes
Accountmanager, Netwerkt bv
0471 58 33 20 | jolien.claes@netwerkt.be


Voor akkoord, Apotheekgroep Maasland bv
Naam en functie: ..............................................
Datum: ..............................
Handtekening: ..............................
""",
    items={
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
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
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
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 30,
        "warranty_days": 720,
        "response_time_hours_highest_priority": 2,
    },
)

NL_T15P_CARE_CLIENT_PORTAL_DEVELOPMENT = UnseenDocument(
    name="nl_t15p_care_client_portal_development",
    text="""OVEREENKOMST ONTWIKKELING, HOSTING EN BEHEER CLIËNTPORTAAL "MIJN WAALKANT"
Kenmerk: PW-2026-044-OVK

De ondergetekenden:

1. Stichting Thuiszorg De Waalkant, gevestigd te Nijmegen, kantoorhoudende aan de
   Graafseweg 318, 6532 ZR Nijmegen, KvK 41055872, rechtsgeldig vertegenwoordigd door mevrouw
   drs. A.M. (Anneke) Verhoeven, voorzitter raad van bestuur, hierna "Opdrachtgever";
2. Portaalwerk B.V., gevestigd te Utrecht, kantoorhoudende aan de Vaartsche Rijn 84,
   3523 KM Utrecht, KvK 60712384, rechtsgeldig vertegenwoordigd door de heer J. (Jeroen) Bakker,
   algemeen directeur, hierna "Portaalwerk";

komen het volgende overeen.

Artikel 1 - Documenten en voorwaarden
1.1 Deel van deze overeenkomst zijn: de offerte PW-2026-044 d.d. 2 oktober 2026 (Bijlage A),
het functioneel ontwerp versie 1.2 (Bijlage B), de service level agreement (Bijlage C) en de
verwerkersovereenkomst (Bijlage D).
1.2 Op deze overeenkomst zijn de NLdigital Voorwaarden 2020 van toepassing, die Opdrachtgever
heeft ontvangen. Bij strijdigheid prevaleren eerst de NLdigital Voorwaarden, dan deze
overeenkomst en dan de bijlagen. Inkoopvoorwaarden van Opdrachtgever zijn niet van toepassing.

Artikel 2 - Opdracht
2.1 Portaalwerk ontwikkelt het cliëntportaal "Mijn Waalkant" waarmee cliënten en hun
mantelzorgers na inloggen met DigiD hun afspraken met het wijkteam zien, hun zorgplan inzien,
berichten uitwisselen met hun team en vragenlijsten invullen. Het portaal is gekoppeld aan het
ECD van Opdrachtgever (Nedap Ons) via de standaard-API's.
2.2 Portaalwerk host en beheert het portaal na livegang volgens artikel 12 en Bijlage C.
2.3 Niet inbegrepen zijn: een app in de app stores, een koppeling met de facturatie, het
schrijven van teksten voor het portaal, de aansluitkosten bij Logius en het jaarlijkse
DigiD-assessment door een externe auditor.

Artikel 3 - Planning
3.1 Fase 1, discovery en ontwerp: 11 januari tot en met 5 februari 2027.
3.2 Fase 2, bouw in tweewekelijkse sprints: 8 februari tot en met 28 mei 2027.
3.3 Fase 3, acceptatietest: 31 mei tot en met 11 juni 2027.
3.4 Livegang: 1 juli 2027. Eerst met 200 cliënten van het wijkteam Lent, vanaf 1 september
2027 voor alle cliënten.

Artikel 4 - Medewerking van Opdrachtgever
Opdrachtgever wijst een product owner aan, mevrouw M. (Marieke) Jansen, die ten minste 16 uur
per week beschikbaar is; geeft uiterlijk 1 februari 2027 toegang tot de testomgeving en de
API's van Nedap Ons; vraagt uiterlijk 1 maart 2027 de DigiD-aansluiting aan bij Logius; en
stelt voor de gebruikstesten een panel van tien cliënten of mantelzorgers samen.

Artikel 5 - Vertraging
5.1 Komt Opdrachtgever een verplichting uit artikel 4 niet tijdig na, dan schuiven de
planning en de betaaltermijnen op en mag Portaalwerk de meeruren aanrekenen tegen het
uurtarief van artikel 11.4, op basis van een begroting die de product owner vooraf goedkeurt.
5.2 Dreigt Portaalwerk een fase niet tijdig af te ronden, dan meldt zij dat direct aan de
stuurgroep met een herstelplan en zet zij zonder meerkosten extra capaciteit in. Schuift de
livegang door toedoen van Portaalwerk meer dan vier weken op, dan ontvangt Opdrachtgever een
korting van 5 % op de vaste prijs.

Artikel 6 - Team
6.1 Het team van Portaalwerk bestaat uit projectleider D. (Daan) Visser, een senior
lead developer met ten minste acht jaar ervaring met portalen in de zorg, twee medior
developers, een UX-designer en een tester.
6.2 Portaalwerk vervangt de projectleider of de lead developer alleen met instemming van
Opdrachtgever, door iemand met een vergelijkbaar profiel en met een overdrachtsperiode van
ten minste vijf werkdagen die niet aan Opdrachtgever wordt doorberekend.

Artikel 7 - Kwaliteit
Het portaal voldoet aan WCAG 2.2 niveau AA en aan OWASP ASVS niveau 2. Alle code wordt
gereviewd door een tweede developer en is voorzien van geautomatiseerde tests. Vóór livegang
laat Portaalwerk op eigen kosten een penetratietest uitvoeren door een onafhankelijke partij;
bevindingen met een hoog of kritiek risico lost Portaalwerk vóór livegang op.

Artikel 8 - Voortgang en overleg
8.1 Na elke sprint volgt een sprintreview met de product owner en een schriftelijke
voortgangsrapportage over de opgeleverde functionaliteit, de planning, de risico's en de
budgetbesteding.
8.2 Een stuurgroep met de bestuurder zorg en de manager ICT van Opdrachtgever en de algemeen
directeur en de projectleider van Portaalwerk komt maandelijks bijeen. Knelpunten escaleert de
projectleider naar de stuurgroep.

Artikel 9 - Acceptatie, livegang en conversie
9.1 Opdrachtgever test het portaal in tien werkdagen volgens het testplan in Bijlage B.
Bevindingen worden ingedeeld als A (blokkerend), B (hinderlijk) of C (cosmetisch). Het portaal
is geaccepteerd wanneer er geen A-bevindingen en ten hoogste vijf B-bevindingen openstaan; de
resterende B-bevindingen lost Portaalwerk op binnen vier weken na livegang.
9.2 Portaalwerk zet het geaccepteerde portaal in productie op het hostingplatform en voert de
livegang uit in het weekend van 26 en 27 juni 2027.
9.3 Portaalwerk laadt vóór livegang de gegevens van circa 4.800 cliënten en hun mantelzorgers
in vanuit Nedap Ons en levert een afstemmingsrapport op dat Opdrachtgever controleert.

Artikel 10 - Garantie, opleiding en documentatie
10.1 Gedurende drie maanden na livegang herstelt Portaalwerk kosteloos alle fouten waardoor het
portaal niet werkt volgens het functioneel ontwerp.
10.2 Portaalwerk leidt acht key users van Opdrachtgever op in twee sessies van drie uur en
levert een handleiding voor medewerkers en instructievideo's voor cliënten. De eerstelijns
ondersteuning van cliënten doet de klantenservice van Opdrachtgever; Portaalwerk is de tweede
lijn.
10.3 Bij livegang levert Portaalwerk de technische documentatie en de broncode van de
maatwerkcomponenten op in een Git-repository van Opdrachtgever.

Artikel 11 - Vergoedingen en betaling
11.1 Ontwikkeling (fasen 1 tot en met 3 en livegang): vaste prijs EUR 94.600,00 excl. btw,
gefactureerd voor 20 % bij de start, 30 % na sprint 4, 30 % bij acceptatie en 20 % dertig
dagen na livegang.
11.2 Inrichting hostingomgeving: eenmalig EUR 3.850,00 excl. btw, gefactureerd bij livegang.
11.3 Hosting en beheer: EUR 1.480,00 excl. btw per maand, per kwartaal vooraf gefactureerd.
11.4 Wijzigingen buiten Bijlage B voert Portaalwerk pas uit na een impactanalyse met
begroting in uren en schriftelijke goedkeuring door de product owner, tegen EUR 118,00 per uur.
11.5 Portaalwerk is gerechtigd haar tarieven jaarlijks per 1 januari aan te passen en maakt
dat ten minste twee maanden vooraf bekend.
11.6 Facturen worden betaald binnen dertig dagen na factuurdatum.

Artikel 12 - Hosting en beheer
12.1 Portaalwerk host het portaal in twee datacenters in Nederland met een NEN 7510- en
ISO 27001-certificering, maakt dagelijks back-ups die 30 dagen bewaard blijven en beheert de
applicatie, het platform en de koppeling met Nedap Ons.
12.2 De servicedesk is op werkdagen van 8.30 tot 17.00 uur bereikbaar via 030 760 21 40 en het
serviceportaal. Bij Prioriteit 1 (het portaal is voor alle gebruikers onbeschikbaar) reageert
Portaalwerk binnen 1 uur, bij Prioriteit 2 binnen 4 uur en bij Prioriteit 3 binnen twee
werkdagen. Portaalwerk spant zich in om een storing met Prioriteit 1 binnen 8 uur op te lossen.
12.3 Portaalwerk spant zich in om een beschikbaarheid van 99,5 % per maand te realiseren. Dit
is een inspanningsverplichting.
12.4 Beveiligingsupdates met een kritiek risico installeert Portaalwerk binnen 72 uur; overige
updates in het maandelijkse onderhoudsvenster op dinsdag tussen 22.00 en 24.00 uur.
12.5 Vaste servicemanager is mevrouw S. (Sanne) de Wit, die de omgeving van Opdrachtgever
documenteert in een runbook. Elke maand ontvangt Opdrachtgever een servicerapport met de
beschikbaarheid, de incidenten en de uitgevoerde updates.

Artikel 13 - Duur en beëindiging
13.1 Hosting en beheer gaan in op de dag van livegang en lopen 24 maanden. Daarna worden zij
stilzwijgend verlengd met telkens 12 maanden, tenzij een partij ten minste drie maanden vóór
het einde van de lopende periode schriftelijk opzegt.
13.2 Elke partij kan de overeenkomst ontbinden als de andere partij, na een schriftelijke
ingebrekestelling met een redelijke termijn van ten minste dertig dagen, tekortschiet.

Artikel 14 - Exit
14.1 Bij het einde van hosting en beheer blijft Portaalwerk het portaal op verzoek van
Opdrachtgever ten hoogste drie maanden hosten tegen het geldende maandtarief, en verleent zij
medewerking aan de overdracht aan een andere leverancier tegen het uurtarief van artikel 11.4.
14.2 Binnen dertig dagen na het einde levert Portaalwerk alle gegevens van Opdrachtgever aan
in CSV en JSON, met de documenten in hun oorspronkelijke formaat. Zestig dagen na het einde
vernietigt Portaalwerk de gegevens en bevestigt zij dat schriftelijk.

Artikel 15 - Intellectueel eigendom
De intellectuele eigendomsrechten op de maatwerkcomponenten gaan na volledige betaling over op
Opdrachtgever; deze overeenkomst geldt als akte van overdracht. Het onderliggende platform
Portaalwerk Core blijft eigendom van Portaalwerk; Opdrachtgever krijgt daarop een niet-exclusief,
eeuwigdurend gebruiksrecht voor het portaal.

Artikel 16 - Aansprakelijkheid
De aansprakelijkheid van Portaalwerk is beperkt tot het bedrag dat Opdrachtgever in de twaalf
maanden voorafgaand aan de schadeveroorzakende gebeurtenis heeft betaald, met een maximum van
EUR 50.000,00. Aansprakelijkheid voor indirecte schade, waaronder gevolgschade, gederfde winst
en schade door verminking of verlies van gegevens, is uitgesloten.

Artikel 17 - Geheimhouding en persoonsgegevens
17.1 Partijen houden alle vertrouwelijke informatie van de andere partij geheim, ook na het
einde van deze overeenkomst.
17.2 Portaalwerk verwerkt persoonsgegevens, waaronder gezondheidsgegevens, als verwerker in de
zin van de AVG, uitsluitend volgens de verwerkersovereenkomst in Bijlage D. De gegevens blijven
in Nederland; een datalek meldt Portaalwerk binnen 24 uur aan Opdrachtgever.

Artikel 18 - Geschillen
Op deze overeenkomst is Nederlands recht van toepassing. Partijen lossen een geschil eerst op
in de stuurgroep en daarna in overleg tussen de bestuurders. Lukt dat niet binnen dertig
dagen, dan wordt het geschil voorgelegd aan de Stichting Geschillenoplossing Automatisering
(SGOA), eerst via mediation en, als die niet slaagt, via arbitrage volgens het reglement van de
SGOA.

Aldus opgemaakt en in tweevoud ondertekend,

Nijmegen, 3 december 2026                       Utrecht, 4 december 2026
Stichting Thuiszorg De Waalkant                  Portaalwerk B.V.
drs. A.M. Verhoeven                              J. Bakker
voorzitter raad van bestuur                      algemeen directeur
(handtekening)                                   (handtekening)
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
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
    },
)

NL_T15P_CAT_SERVER_RENEWAL_EMAIL = UnseenDocument(
    name="nl_t15p_cat_server_renewal_email",
    text="""Van: Bram Wouters <bram.wouters@lexicon-it.be>
Aan: Annelies Peeters <annelies@linguaduct.be>
Cc: support@lexicon-it.be
Datum: vrijdag 4 december 2026 10:12
Onderwerp: RE: Verlenging memoQ Server 2027 - bevestiging

Dag Annelies,

Bedankt voor je akkoord van gisteren. Hierbij bevestig ik de verlenging zoals voorgesteld in
onze offerte LX-O-2026-0412 van 20 november.

Periode: 1 januari 2027 tot en met 31 december 2027.

Wat we verlengen (excl. btw):
- memoQ Server, huurlicentie voor 1 server met 15 project manager-licenties en
  40 gelijktijdige verbindingen voor vertalers (desktop en web):          EUR 7.480,00
- Supportpakket Lexicon Plus:                                               EUR 1.950,00
Totaal voor 2027:                                                           EUR 9.430,00

Dat is ongeveer 4 % meer dan dit jaar, omdat memoQ op 1 oktober zijn prijslijst heeft
aangepast. De factuur volgt deze week; betaling binnen 30 dagen na factuurdatum, zoals
gewoonlijk.

In Lexicon Plus zit: support voor de server en voor jullie beheerders (eerste en tweede lijn,
met escalatie naar memoQ waar nodig), installatie van alle updates en nieuwe versies van
memoQ Server, en een maandelijkse controle van de server-logs en van de back-up van de
vertaalgeheugens en termbanken. We werken van op afstand via TeamViewer, altijd na jullie
toestemming. Niet inbegrepen: support voor de freelance vertalers op hun eigen pc, de Windows-
server en de hardware zelf (dat blijft bij jullie IT-partner), en opleidingen.

Support: via support@lexicon-it.be of 016 29 84 10, op werkdagen van 8.30 tot 17.30 uur.
Ligt de server plat (niemand kan nog inloggen of projecten openen), dan reageren we binnen
2 werkuren; voor andere vragen binnen één werkdag. Ik blijf jullie accountmanager, Ruben
Maes doet zoals altijd het technische werk. Jullie serverconfiguratie en de afspraken met
jullie IT-partner staan in ons klantendossier, dus wie van ons ook oppakt, weet meteen hoe
het zit.

Upgrade naar memoQ 11: die plannen we op zaterdag 23 januari 2027 van 9 tot 13 uur. Zorg er
wel voor dat alle projecten vrijdag 22 januari om 17 uur ingecheckt zijn en dat jullie
IT-partner die vrijdagavond een volledige snapshot van de virtuele server neemt.

Werk buiten het pakket, zoals de verhuis naar een nieuwe server of een koppeling met XTRF,
doen we aan EUR 115,00 per uur. Je krijgt altijd eerst een schatting en we starten pas na
jouw akkoord.

Het gaat om een huurlicentie: jullie mogen memoQ Server gebruiken zolang de licentie loopt,
daarna vervalt het gebruiksrecht. Jullie vertaalgeheugens, termbanken en projecten blijven
van jullie en staan op jullie eigen server; stoppen jullie ooit, dan kun je ze exporteren in
TMX en TBX.

Zoals vorig jaar verlengen licentie en support automatisch met een jaar als je niet ten
laatste 60 dagen voor 31 december opzegt. Past memoQ zijn prijzen opnieuw aan, dan rekenen we
die nieuwe prijs door en laten we je dat vóór 1 oktober weten, zodat je nog kunt opzeggen.
Onze algemene voorwaarden blijven van toepassing (zie bijlage bij de offerte).

Fijn weekend alvast!

Bram

Bram Wouters | accountmanager
Lexicon IT bv | Diestsesteenweg 118, 3010 Kessel-Lo | BTW BE 0822.514.906

-----Oorspronkelijk bericht-----
Van: Annelies Peeters <annelies@linguaduct.be>
Datum: donderdag 3 december 2026 16:40
Aan: Bram Wouters <bram.wouters@lexicon-it.be>
Onderwerp: RE: Verlenging memoQ Server 2027

Dag Bram,

Oké voor ons, doe de verlenging maar zoals in je offerte, met Lexicon Plus erbij. Kunnen we de
upgrade naar versie 11 ergens in januari op een zaterdag inplannen?

Groeten,
Annelies

Annelies Peeters | zaakvoerder
Linguaduct bv - vertaal- en tolkbureau | Meir 24, 2000 Antwerpen
""",
    items={
        "agreement.general_terms": "partial",
        "agreement.quote_included": "covered",
        "budget.startup_cost": "missing",
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
        "reporting.progress": "missing",
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
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 2,
    },
)

DOCUMENTS = [
    NL_T15P_BUS_PASSENGER_INFORMATION_DISPLAYS,
    NL_T15P_PHARMACY_WIFI_NETWORK_MONITORING,
    NL_T15P_CARE_CLIENT_PORTAL_DEVELOPMENT,
    NL_T15P_CAT_SERVER_RENEWAL_EMAIL,
]
