"""Training batch 15 (nl, writer q): four Dutch-language documents of kinds not used before.

1. nl_t15q_software_house_general_terms: the general licence, maintenance and service terms of a
   Flemish software house (Kortrijk) selling calculation and invoicing software to contractors;
   numbered articles, no signature blocks (the agreement forms by the client signing the quote),
   supplier terms apply, best-efforts wording, indicative lead times, regie work without an
   estimate, a liability cap that excludes data loss and a tacit yearly renewal with three
   months' notice.
2. nl_t15q_warehouse_wifi_handheld_sla: a formal Flemish SLA (annex to a managed-services
   agreement, signed by both parties) for the Wi-Fi network, handheld and vehicle terminals,
   MDM and mobile printers of a logistics company's distribution centre, with priorities,
   24/7 P1 response in 15 minutes, 99,8 % availability, service credits, exit assistance, and
   liability, confidentiality, personal data and governing law only by cross-reference.
3. nl_t15q_library_self_service_kiosk_quote: a Flemish quote to a municipal library for three
   RFID self-service kiosks, a book-return machine with sorter and an SIP2 link to Wise, with a
   24-month warranty and a yearly maintenance contract; the client's "voor akkoord" block is
   left blank.
4. nl_t15q_weighbridge_erp_integration: a Netherlands order confirmation letter (signed by both
   parties) for integrating a recycling company's weighbridge software with Business Central,
   on time and materials within an approved budget, with NLdigital Voorwaarden applying but the
   letter prevailing, target dates, acceptance, warranty and a support subscription.

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

NL_T15Q_SOFTWARE_HOUSE_GENERAL_TERMS = UnseenDocument(
    name="nl_t15q_software_house_general_terms",
    text="""ALGEMENE LICENTIE-, ONDERHOUDS- EN DIENSTVERLENINGSVOORWAARDEN
CODEVELD NV
Doorniksesteenweg 214, 8500 Kortrijk - KBO 0467.552.190 - RPR Gent, afdeling Kortrijk
Versie 2026/1 - van toepassing vanaf 1 januari 2026

Artikel 1 - Toepassingsgebied
1.1 Deze voorwaarden zijn van toepassing op alle offertes, licenties, onderhoudscontracten en
diensten van Codeveld nv ("Codeveld") aan haar klanten ("de Klant") met betrekking tot de
softwarepakketten CodeBouw (calculatie en werfopvolging voor aannemers) en CodeFactuur
(facturatie en boekhoudkoppeling), en de bijhorende modules.
1.2 Door het ondertekenen van een offerte of door het in gebruik nemen van de software aanvaardt
de Klant deze voorwaarden. De algemene voorwaarden van de Klant zijn niet van toepassing, ook niet
wanneer zij later worden meegedeeld of op bestelbonnen zijn gedrukt.
1.3 De overeenkomst bestaat uit de door de Klant ondertekende offerte, met de erin vermelde
modules, aantallen gebruikers en prijzen, en uit deze voorwaarden. Bij tegenstrijdigheid gaan de
bijzondere bepalingen van de offerte voor op deze voorwaarden.
1.4 Afwijkingen van deze voorwaarden gelden enkel wanneer Codeveld ze schriftelijk heeft aanvaard.

Artikel 2 - Offertes en totstandkoming
De overeenkomst komt tot stand door de ontvangst door Codeveld van de door de Klant
ondertekende offerte, of door de levering van de software op verzoek van de Klant.

Artikel 3 - Prijzen en tarieven
3.1 De prijzen van licenties, onderhoud en diensten zijn deze vermeld in de offerte of, bij
gebrek daaraan, in de op dat ogenblik geldende prijslijst van Codeveld. Alle prijzen zijn
uitgedrukt in euro, exclusief btw.
3.2 De licentieprijs omvat uitsluitend het gebruiksrecht op de in de offerte vermelde modules voor
het vermelde aantal gebruikers en de installatiebestanden. Niet inbegrepen zijn: de installatie,
de parametrisatie, de conversie van gegevens, opleiding, maatwerk, hardware, de
databanksoftware (Microsoft SQL Server) en licenties van derden.
3.3 De jaarlijkse onderhoudsvergoeding bedraagt 18 % van de geldende catalogusprijs van de
gelicentieerde modules en gebruikers.
3.4 Prestaties die niet uitdrukkelijk in de offerte zijn opgenomen, zoals installatie,
parametrisatie, conversies, maatwerk, opleiding en ondersteuning die niet onder het
onderhoudscontract valt, worden in regie aangerekend aan de geldende tarieven. Op 1 januari 2026
bedragen die EUR 98,00 per uur voor een consultant, EUR 118,00 per uur voor een ontwikkelaar en
EUR 780,00 per opleidingsdag (EUR 420,00 per halve dag). Prestaties worden aangerekend per begonnen
halfuur, met een minimum van één uur per interventie ter plaatse, vermeerderd met EUR 0,55 per
kilometer. Codeveld is niet verplicht vooraf een raming of prijsopgave te bezorgen.
3.5 Codeveld past haar prijzen en tarieven jaarlijks op 1 januari aan volgens de formule
P1 = P0 x (0,2 + 0,8 x S1 / S0), waarbij S het door Agoria gepubliceerde referentieloon is.
Daarnaast kan Codeveld haar prijslijst op elk ogenblik wijzigen; gewijzigde prijzen gelden voor
het onderhoud vanaf de eerstvolgende vervaldag, mits de Klant er ten minste één maand vooraf van
op de hoogte werd gebracht.

Artikel 4 - Facturatie en betaling
4.1 Licenties worden gefactureerd bij levering. Het onderhoud wordt jaarlijks vooraf gefactureerd
in januari, het eerste jaar pro rata vanaf de levering. Prestaties in regie worden maandelijks
gefactureerd.
4.2 Facturen zijn betaalbaar binnen dertig dagen na factuurdatum. Bij niet-tijdige betaling is
van rechtswege en zonder ingebrekestelling een verwijlintrest van 10 % per jaar verschuldigd,
evenals een forfaitaire schadevergoeding van 10 % van het openstaande bedrag met een minimum van
EUR 125,00.
4.3 Zolang een vervallen factuur onbetaald blijft, mag Codeveld na een ingebrekestelling die
vijftien dagen zonder gevolg bleef, de ondersteuning door de helpdesk opschorten.

Artikel 5 - Levering, installatie en termijnen
5.1 De software wordt geleverd door het ter beschikking stellen van een downloadlink en een
licentiesleutel. Op verzoek van de Klant installeert Codeveld de software op afstand op de server
en de werkposten van de Klant, op een datum die partijen samen vastleggen. Deze installatie wordt
in regie aangerekend.
5.2 De Klant zorgt uiterlijk vijf werkdagen vóór de afgesproken installatiedatum voor een server
en werkposten die voldoen aan de systeemvereisten op codeveld.be/systeemvereisten, voor een
werkende internetverbinding en voor een beheerdersaccount met toegang op afstand voor Codeveld. De
Klant staat zelf in voor de dagelijkse back-up van zijn gegevens.
5.3 De in de offerte vermelde leverings- en installatietermijnen zijn indicatief. Een
overschrijding ervan geeft de Klant geen recht op schadevergoeding, op ontbinding van de
overeenkomst of op opschorting van zijn betalingsverplichtingen.
5.4 Gegevens uit een vorig softwarepakket worden enkel overgenomen wanneer dat uitdrukkelijk in
de offerte is voorzien. Codeveld staat niet in voor de volledigheid of de juistheid van
geconverteerde gegevens; de Klant controleert ze vóór de ingebruikname.

Artikel 6 - Aanvaarding
De Klant test de software binnen acht kalenderdagen na de installatie. Gebreken moeten binnen die
termijn schriftelijk en gemotiveerd aan Codeveld worden gemeld. Bij gebreke daaraan, en in elk
geval bij het eerste productieve gebruik, wordt de software geacht definitief aanvaard te zijn.

Artikel 7 - Opleiding
Opleidingen voor de gebruikers van de Klant worden gegeven in het opleidingscentrum van Codeveld
te Kortrijk of op afstand, in groepen van ten hoogste zes deelnemers, aan het tarief van
artikel 3.4. Een opleiding die minder dan vijf werkdagen vooraf wordt geannuleerd, wordt volledig
aangerekend.

Artikel 8 - Waarborg
8.1 Gedurende drie maanden na de levering herstelt Codeveld kosteloos de fouten in de software
die reproduceerbaar zijn en die de Klant schriftelijk en gedetailleerd meldt, naar keuze van
Codeveld door een correctie, een nieuwe versie of een alternatieve werkwijze.
8.2 Codeveld garandeert niet dat de software foutloos of zonder onderbreking werkt, noch dat zij
geschikt is voor de specifieke doeleinden van de Klant. De waarborg vervalt bij wijzigingen aan
de software of de databank door de Klant of door derden.

Artikel 9 - Onderhoudscontract
9.1 Het onderhoudscontract omvat:
a) nieuwe versies en releases van de gelicentieerde modules, met inbegrip van de aanpassingen aan
   gewijzigde Belgische wetgeving (btw, elektronische facturatie via Peppol, Checkin@Work);
b) de correctie van fouten in de software;
c) telefonische ondersteuning en ondersteuning op afstand door de helpdesk bij korte
   gebruiksvragen.
9.2 Niet inbegrepen zijn: de installatie van nieuwe versies bij de Klant, ondersteuning bij
problemen veroorzaakt door hardware, netwerk of software van derden, het herstel van gegevens en
opleiding. Deze prestaties worden in regie aangerekend.
9.3 Nieuwe versies worden via het klantenportaal ter beschikking gesteld. Codeveld ondersteunt
uitsluitend de twee meest recente hoofdversies van elk pakket.
9.4 De helpdesk is bereikbaar op werkdagen van 8.30 tot 12.00 uur en van 13.00 tot 17.00 uur,
telefonisch op 056 36 71 00 en via het klantenportaal support.codeveld.be.
9.5 Codeveld streeft ernaar elke melding binnen vier werkuren te beantwoorden. Codeveld verbindt
zich niet tot een termijn voor de oplossing van een melding.

Artikel 10 - Duur en beëindiging
10.1 Het onderhoudscontract wordt gesloten voor een periode van één jaar vanaf de levering. Het
wordt daarna telkens stilzwijgend verlengd voor een periode van één jaar, tenzij een partij het
opzegt bij aangetekende brief ten minste drie maanden vóór de vervaldag.
10.2 Codeveld mag de overeenkomst zonder rechterlijke tussenkomst en zonder schadevergoeding
ontbinden wanneer de Klant een factuur niet betaalt binnen dertig dagen na een ingebrekestelling,
of bij faillissement of kennelijk onvermogen van de Klant.
10.3 Het gebruiksrecht op de software is van onbepaalde duur en blijft na het einde van het
onderhoudscontract bestaan voor de laatst geleverde versie, op voorwaarde dat de licentieprijs
volledig betaald is.
10.4 Op verzoek van de Klant bezorgt Codeveld bij het einde van de overeenkomst een export van de
gegevens van de Klant in CSV-formaat, met een beschrijving van de tabellen. Deze export wordt in
regie aangerekend.

Artikel 11 - Intellectuele eigendom
11.1 Codeveld blijft eigenaar van alle intellectuele eigendomsrechten op de software, de
documentatie en het maatwerk dat zij voor de Klant ontwikkelt. De Klant verkrijgt een
niet-exclusief en niet-overdraagbaar gebruiksrecht voor het aantal gebruikers vermeld in de
offerte, uitsluitend voor zijn eigen bedrijfsactiviteiten.
11.2 De broncode wordt niet aan de Klant ter beschikking gesteld. Op uitdrukkelijk verzoek van de
Klant kan over de broncode een escrowregeling worden besproken; de kosten daarvan zijn ten laste
van de Klant.

Artikel 12 - Aansprakelijkheid
12.1 Codeveld levert haar diensten naar best vermogen. Al haar verbintenissen zijn
middelenverbintenissen.
12.2 De aansprakelijkheid van Codeveld is beperkt tot de rechtstreekse schade en in elk geval tot
het bedrag dat de Klant in de twaalf maanden vóór het schadegeval betaalde voor de licentie of het
onderhoud van het betrokken pakket, met een maximum van EUR 10.000,00.
12.3 Codeveld is in geen geval aansprakelijk voor onrechtstreekse schade, gederfde winst, verlies
of beschadiging van gegevens, of vorderingen van derden.

Artikel 13 - Medewerkers
Codeveld bepaalt zelf welke medewerkers zij inzet voor de uitvoering van de overeenkomst en kan hen
op elk ogenblik vervangen. De Klant werft tijdens de overeenkomst en tot één jaar na het einde
ervan geen medewerkers van Codeveld aan die bij de uitvoering betrokken waren.

Artikel 14 - Vertrouwelijkheid
Partijen houden alle vertrouwelijke informatie die zij van elkaar ontvangen geheim, gebruiken ze
uitsluitend voor de uitvoering van de overeenkomst en leggen dezelfde verplichting op aan hun
medewerkers. Deze verplichting geldt tot drie jaar na het einde van de overeenkomst.

Artikel 15 - Persoonsgegevens
Wanneer Codeveld bij installatie of ondersteuning toegang heeft tot persoonsgegevens in de
databank van de Klant, treedt zij op als verwerker in de zin van de AVG. Zij verwerkt die
gegevens uitsluitend op instructie van de Klant en voor de uitvoering van de overeenkomst, legt
haar medewerkers een geheimhoudingsplicht op, maakt geen kopieën buiten de omgeving van de Klant
en meldt een inbreuk in verband met persoonsgegevens binnen 48 uur. De verwerkersovereenkomst op
codeveld.be/verwerkersovereenkomst maakt integraal deel uit van de overeenkomst.

Artikel 16 - Toepasselijk recht en bevoegde rechtbank
Op alle overeenkomsten met Codeveld is uitsluitend het Belgisch recht van toepassing. Alle
geschillen behoren tot de uitsluitende bevoegdheid van de ondernemingsrechtbank te Gent, afdeling
Kortrijk.
""",
    items={
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "partial",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "team.named_team": "missing",
        "team.replacement": "partial",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "partial",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "partial",
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
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
    },
)

NL_T15Q_WAREHOUSE_WIFI_HANDHELD_SLA = UnseenDocument(
    name="nl_t15q_warehouse_wifi_handheld_sla",
    text="""SERVICE LEVEL AGREEMENT
Magazijn-wifi en handterminals - distributiecentrum Willebroek
Bijlage 3 bij de Beheerovereenkomst SPN-BO-2026-07 van 14 oktober 2026
Versie 1.0 - 27 november 2026

Tussen
Scanpoint Networks bv, Industrieweg 18, 2850 Boom, KBO 0688.213.457, vertegenwoordigd door
de heer Pieter Claessens, zaakvoerder, hierna "Scanpoint",
en
Van Roey Logistics nv, Schoondonkweg 4, 2830 Willebroek, KBO 0441.870.632, vertegenwoordigd door
mevrouw Kristel Van Roey, CEO, en de heer Dirk Mertens, CFO, hierna "de Klant".

1. Voorwerp en rangorde
1.1 Deze SLA beschrijft de beheerdiensten en serviceniveaus van Scanpoint voor het draadloze
netwerk en de handterminals in het distributiecentrum van de Klant te Willebroek (hallen A tot D,
38.000 m², met inbegrip van de laadkaaien en de koelcel).
1.2 Deze SLA maakt deel uit van de Beheerovereenkomst. Bij tegenstrijdigheid gaat deze SLA voor
wat de diensten, de serviceniveaus en de vergoedingen betreft; voor al het overige gaat de
Beheerovereenkomst voor. Algemene voorwaarden van Scanpoint, ook die op facturen, zijn niet van
toepassing.

2. Beheerde omgeving
2.1 Inbegrepen zijn:
- 58 access points Aruba AP-535 in de hallen en 6 buiten-access points Aruba AP-575 aan de
  laadkaaien, en twee Aruba 7210-controllers in cluster;
- de wifi-configuratie (SSID's Scan, Voice en Gast) en de authenticatie via Aruba ClearPass;
- 140 handterminals Zebra TC58 en 24 voertuigterminals Zebra VC8300 op heftrucks en reachtrucks;
- het MDM-platform SOTI MobiControl (cloud) voor de uitrol van apps, instellingen en updates;
- 36 laadstations en 12 mobiele printers Zebra ZQ630.
2.2 Niet inbegrepen zijn: de WMS-applicatie en de servers waarop ze draait, de bekabeling en de
switches (beheerd door de IT-dienst van de Klant), de vervanging van batterijen na het einde van
hun levensduur, en het herstel van schade door val, schermbreuk, vocht of misbruik (artikel 7.3).

3. Onboarding
3.1 Vóór de start van de diensten voert Scanpoint een eenmalige onboarding uit: een
validatiemeting met heatmaps van alle hallen, de inventarisatie van alle toestellen in de CMDB,
de koppeling met de monitoring en de documentatie van de volledige configuratie. De onboarding
start op 4 januari 2027 en is afgerond op 29 januari 2027. De serviceniveaus gelden vanaf
1 februari 2027.
3.2 Tijdens de onboarding geeft Scanpoint in elke ploeg (vroege, late en nachtploeg) een
opleiding van een uur aan de teamleiders over het gebruik van de terminals, het wisselen van
batterijen en het melden van storingen. De teamleiders zijn nadien het eerste aanspreekpunt voor
de operatoren.

4. Diensten
4.1 Scanpoint levert:
- 24/7 monitoring van de controllers en access points met automatische alarmering;
- een servicedesk en incidentbeheer, met herstel op afstand en ter plaatse;
- een vervangpool van 8 TC58 en 2 VC8300 bij de Klant, beheerd door Scanpoint; een defect
  toestel wordt door een toestel uit de pool vervangen, door Scanpoint opgehaald, hersteld en
  binnen vijf werkdagen aangevuld;
- tot zes standaardwijzigingen per maand (nieuwe SSID-instelling, nieuwe app-versie, nieuwe
  gebruikersgroep);
- een jaarlijkse validatiemeting van de wifi-dekking met rapport.
4.2 Scanpoint test nieuwe firmware voor access points en controllers, en nieuwe Android-versies
en beveiligingspatches voor de terminals, eerst gedurende ten minste vijf werkdagen op een
testgroep van vijf terminals en een test-access point in hal D. Daarna rolt zij ze uit in het
onderhoudsvenster op zondag tussen 6.00 en 10.00 uur. Kritieke beveiligingspatches (CVSS 9,0 of
hoger) worden binnen zeven kalenderdagen na publicatie uitgerold.

5. Servicedesk, prioriteiten en termijnen
5.1 De servicedesk is bereikbaar op werkdagen van 7.00 tot 19.00 uur op 03 880 45 10, via
servicedesk@scanpoint.be en via het klantenportaal. P1-meldingen kunnen 24 uur per dag, 7 dagen
per week telefonisch worden gemeld op het storingsnummer 03 880 45 99.
5.2 Prioriteiten:
  Prio  Omschrijving                                          Reactie        Herstel/workaround
  P1    wifi uitgevallen in een volledige hal of aan de     15 minuten     4 uur (24/7)
        laadkaaien, of meer dan 10 terminals onbruikbaar
  P2    uitval van access points met beperkte dekking, of   1 uur          8 uur
        3 tot 10 terminals onbruikbaar
  P3    één terminal of printer defect                      4 werkuren     2 werkdagen
  P4    vraag of standaardwijziging                         1 werkdag      5 werkdagen
5.3 De reactietijd loopt van de melding of het alarm van de monitoring tot een technicus van
Scanpoint de behandeling start en de Klant contacteert. De hersteltijd loopt tot de dienst
hersteld is of een workaround is toegepast. De termijnen worden geschorst zolang Scanpoint wacht
op toegang tot het magazijn of op informatie van de Klant.

6. Beschikbaarheid en servicekredieten
6.1 Scanpoint garandeert een beschikbaarheid van het draadloze netwerk van 99,8 % per
kalendermaand in de hallen A tot D en aan de laadkaaien, gemeten door de monitoring. Een zone is
onbeschikbaar wanneer de signaalsterkte er onder -67 dBm zakt of de access points geen verbinding
hebben met de controllers. Gepland onderhoud in het venster van artikel 4.2 telt niet mee.
6.2 Wordt de beschikbaarheid niet gehaald, dan crediteert Scanpoint 5 % van de maandelijkse
beheervergoeding per begonnen 0,1 % onder de norm. Voor elke P1-melding waarvan de hersteltermijn
wordt overschreden, crediteert Scanpoint bovendien 10 % van de maandelijkse beheervergoeding.
De kredieten bedragen samen ten hoogste 30 % van de maandelijkse beheervergoeding en worden
automatisch verrekend op de eerstvolgende factuur.
6.3 Ligt de beschikbaarheid drie opeenvolgende maanden onder 99,0 %, dan kan de Klant deze SLA en
de Beheerovereenkomst bij aangetekende brief met onmiddellijke ingang beëindigen, zonder
schadevergoeding verschuldigd te zijn.

7. Vergoedingen (excl. btw)
7.1 Onboarding, eenmalig, gefactureerd na afronding:                       EUR 6.450,00
7.2 Maandelijkse beheervergoeding:
    wifi (64 access points en controllers), 64 x EUR 9,50                  EUR   608,00
    terminals (164 toestellen), 164 x EUR 14,00                            EUR 2.296,00
    printers en laadstations, forfait                                      EUR   180,00
    licenties SOTI MobiControl, 164 x EUR 3,90                             EUR   639,60
    totaal per maand                                                       EUR 3.723,60
7.3 Prestaties buiten deze SLA, waaronder het herstel van schade zoals bedoeld in artikel 2.2,
worden uitsluitend uitgevoerd na een schriftelijke raming van Scanpoint en het akkoord per e-mail
van de logistiek manager of de IT-manager van de Klant vóór de uitvoering. Zij worden aangerekend
aan EUR 92,00 per uur op werkdagen tussen 7.00 en 19.00 uur en aan 150 % van dat tarief daarbuiten.
Een schermherstel van een TC58 kost forfaitair EUR 185,00.
7.4 De vergoedingen van 7.2 en 7.3 worden jaarlijks op 1 februari geïndexeerd volgens de formule
P = P0 x (0,2 + 0,8 x S / S0), waarbij S het Agoria-referentieloon is.
7.5 De maandelijkse beheervergoeding wordt maandelijks vooraf gefactureerd, de overige
prestaties maandelijks achteraf. Facturen zijn betaalbaar binnen dertig dagen na factuurdatum.

8. Medewerking van de Klant
De Klant:
- duidt per ploeg een teamleider aan als aanspreekpunt voor Scanpoint;
- verleent de technici van Scanpoint, ook 's nachts en in het weekend, binnen dertig minuten na
  hun aankomst begeleide toegang tot het magazijn;
- meldt defecte terminals nog tijdens dezelfde ploeg via het klantenportaal en bewaart de
  vervangpool in de afgesloten kast in het ploegbureau;
- meldt wijzigingen aan de stellingen of de inrichting van de hallen ten minste tien werkdagen
  vooraf, zodat Scanpoint de impact op de dekking kan beoordelen;
- zorgt voor de stroomvoorziening en de PoE-poorten van de access points.

9. Team, documentatie, rapportering en overleg
9.1 Servicemanager van Scanpoint voor de Klant is mevrouw Sarah De Wit
(sarah.dewit@scanpoint.be, 0476 31 58 20). Technisch referent is de heer Bram Wouters, Aruba
Certified Mobility Professional en CWNA. Alle technici die ter plaatse komen, zijn door Zebra
gecertificeerd.
9.2 Scanpoint houdt de documentatie van de omgeving actueel: plattegronden met de posities van de
access points, heatmaps, configuratie, IP-plan en de inventaris met serienummers. De Klant kan
deze documentatie op elk ogenblik raadplegen in het klantenportaal.
9.3 Scanpoint bezorgt uiterlijk op de tiende werkdag van elke maand een servicerapport met de
beschikbaarheid per hal, de incidenten per prioriteit met hun reactie- en hersteltijden, de
servicekredieten, de herstellingen van terminals per oorzaak, de toestand van de batterijen en de
uitgevoerde wijzigingen en updates.
9.4 Elke maand bespreken de servicemanager, de logistiek manager en de IT-manager van de Klant
het rapport ter plaatse. Elk kwartaal komt een stuurgroep samen met de operations director van
Scanpoint, de heer Luc Peeters, en de CFO van de Klant. Escalatie verloopt via de servicemanager
(niveau 1), de operations director (niveau 2) en de zaakvoerder van Scanpoint (niveau 3).

10. Looptijd en einde
10.1 Deze SLA gaat in op 1 februari 2027 en loopt 36 maanden. Daarna wordt zij stilzwijgend
verlengd voor opeenvolgende periodes van twaalf maanden, tenzij een partij ze ten minste drie
maanden vóór de vervaldag bij aangetekende brief opzegt.
10.2 Bij het einde van deze SLA, om welke reden ook, blijft Scanpoint de diensten aan de
serviceniveaus van deze SLA leveren tot de overdracht is afgerond, met een maximum van drie
maanden, en verleent zij haar medewerking aan de overdracht naar de Klant of een nieuwe
leverancier tegen het tarief van artikel 7.3. Binnen tien werkdagen na de vraag van de Klant
draagt Scanpoint de configuratieback-ups van de controllers, de beheeraccounts, een export van de
SOTI-profielen en de documentatie van artikel 9.2 over, samen met de inventaris en de
incidenthistoriek in CSV-formaat.

11. Overige bepalingen
11.1 De bepalingen van de Beheerovereenkomst over aansprakelijkheid, vertrouwelijkheid,
verwerking van persoonsgegevens, toepasselijk recht en bevoegde rechtbank zijn van toepassing op
deze SLA.
11.2 Een meningsverschil over de serviceniveaus of de berekening van de servicekredieten wordt
eerst besproken in het maandelijkse overleg en daarna via het escalatiepad van artikel 9.4. Pas
wanneer het op het derde niveau niet binnen twintig werkdagen is opgelost, kan een partij de zaak
aan de rechter voorleggen.

Opgemaakt te Willebroek op 27 november 2026 in twee exemplaren.

Voor Scanpoint Networks bv              Voor Van Roey Logistics nv
Pieter Claessens, zaakvoerder           Kristel Van Roey, CEO        Dirk Mertens, CFO
(handtekening)                          (handtekening)               (handtekening)
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
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.acceptance": "missing",
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
        "legal.liability": "partial",
        "legal.ip": "missing",
        "legal.confidentiality": "partial",
        "legal.data_protection": "partial",
        "legal.governing_law": "partial",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.8,
    },
)

NL_T15Q_LIBRARY_SELF_SERVICE_KIOSK_QUOTE = UnseenDocument(
    name="nl_t15q_library_self_service_kiosk_quote",
    text="""BIBLIOMATIC BV
Zelfbediening en RFID voor bibliotheken
Lierseweg 112, 2200 Herentals | 014 24 87 60 | info@bibliomatic.be | BTW BE 0823.417.265

Gemeentebestuur Wetteren
Openbare Bibliotheek
t.a.v. mevrouw An Bracke, bibliothecaris
Markt 27, 9230 Wetteren

Herentals, 30 november 2026

OFFERTE BM-2026-1187
Betreft: zelfbedieningszuilen en inleverautomaat - uw prijsaanvraag BIB/2026/14 van 6 november 2026

Geachte mevrouw Bracke,

Hartelijk dank voor uw prijsaanvraag en voor de rondleiding in de bibliotheek op 13 november.
Hieronder vindt u onze offerte voor de vernieuwing van de uitleen- en inleverzone.

1. Voorgestelde oplossing
- drie zelfbedieningszuilen BM-Kiosk 22 met 22"-touchscreen, RFID-antenne voor stapeluitlening,
  kaartlezer voor de bibliotheekpas en de eID, en bonprinter;
- in één van de zuilen een betaalmodule (Bancontact, Payconiq en contactloos) voor boetes en
  reservatiekosten;
- één inleverautomaat met doorvoer door de gevel, 24 uur op 24 bereikbaar, met een sorteerder
  met drie bakken (te reserveren, terug in de rekken, probleemgevallen);
- de zuilsoftware BM-Kiosk, gekoppeld met Wise via SIP2, in het Nederlands, Frans en Engels, met
  de huisstijl van de bibliotheek op de schermen;
- installatie, configuratie, koppeling en opleiding.

2. Prijs (excl. btw)
   3 zelfbedieningszuilen BM-Kiosk 22, à EUR 8.450,00                      EUR 25.350,00
   betaalmodule voor één zuil                                               EUR  1.250,00
   inleverautomaat met sorteerder (3 bakken)                                EUR 11.900,00
   installatie, configuratie en SIP2-koppeling met Wise (eenmalig)          EUR  2.640,00
   opleiding personeel (2 sessies)                                          EUR    730,00
   Totaal                                                                   EUR 41.870,00
   Onderhoudscontract Totaal, vanaf het derde jaar (zie punt 8)            EUR  3.960,00 per jaar

Niet inbegrepen zijn: de elektriciteitswerken en de netwerkbekabeling tot aan de zuilen, de
bouwkundige werken voor de opening in de gevel (uitbraak, latei, afwerking), de RFID-etiketten,
de licentie voor Wise en de SIP2-account bij Cultuurconnect, en meubilair.

3. Planning
De levering gebeurt tien weken na ontvangst van uw bestelbon. Wij installeren op twee
opeenvolgende sluitingsdagen, bij voorkeur maandag 5 en dinsdag 6 april 2027, zodat de zuilen
vanaf de opening op woensdag 7 april in gebruik zijn. Die ochtend is onze technieker in de
bibliotheek aanwezig om personeel en bezoekers te helpen. De inleverautomaat plaatsen wij zodra
de aannemer van de gemeente de opening in de gevel heeft gemaakt volgens ons plan.

Wat wij van de bibliotheek nodig hebben, uiterlijk twee weken vóór de installatie:
- per zuil een stopcontact en een netwerkaansluiting op de aangeduide plaatsen;
- de opening in de gevel voor de inleverautomaat, volgens het plan dat wij bij de bestelling
  bezorgen;
- een SIP2-account, aan te vragen bij Cultuurconnect;
- de vaste IP-adressen en de openingen in de firewall voor het beheer op afstand, via de
  gemeentelijke IT-dienst.

4. Oplevering en documentatie
Na de installatie testen wij samen met het bibliotheekteam het uitlenen, inleveren, verlengen en
betalen met dertig testexemplaren en vijf testpassen. Verlopen de tests goed, dan ondertekenen
beide partijen een proces-verbaal van voorlopige oplevering. Opmerkingen die het gebruik
verhinderen, lossen wij op binnen vijf werkdagen, waarna de betrokken test opnieuw gebeurt.
Bij de oplevering ontvangt u een gebruikershandleiding voor het personeel en een technisch
dossier met de configuratie, de IP-adressen en de serienummers.

5. Opleiding
Wij geven twee opleidingssessies van twee uur voor het baliepersoneel: bediening van de zuilen en
de inleverautomaat, het leegmaken van de bakken, eenvoudige storingen verhelpen en de
beheermodule. Op elke zuil kleeft een korte handleiding met pictogrammen voor de leners.

6. Waarborg
Op alle geleverde apparatuur geven wij 24 maanden omniumwaarborg vanaf de voorlopige oplevering:
onderdelen, arbeid en verplaatsing zijn kosteloos, behalve bij vandalisme of onoordeelkundig
gebruik. Tijdens de waarborg zijn ook de software-updates en de helpdesk inbegrepen.

7. Uw contactpersonen
Accountmanager: Jeroen Vermeulen (0495 62 18 73, jeroen.vermeulen@bibliomatic.be).
Projectleider voor de installatie: Nathalie Geerts (nathalie.geerts@bibliomatic.be).

8. Onderhoudscontract Totaal
Na de waarborg loopt het onderhoud verder via het onderhoudscontract Totaal:
- één preventief onderhoud per jaar: reinigen, controle van de RFID-antennes en de sorteerder;
- correctief onderhoud, onderdelen, arbeid en verplaatsing inbegrepen;
- software-updates van BM-Kiosk en de maandelijkse beveiligingsupdates van het besturingssysteem,
  uitgerold via ons beheer op afstand, en aanpassingen bij nieuwe versies van Wise of SIP2;
- helpdesk van maandag tot zaterdag van 9.00 tot 17.00 uur, op 014 24 87 60 of via
  support@bibliomatic.be.
Bij een storing waardoor een zuil of de inleverautomaat buiten gebruik is, reageren wij op
afstand binnen twee werkuren, is zo nodig een technieker ter plaatse binnen één werkdag en is de
storing hersteld binnen twee werkdagen na de melding. Voor andere meldingen reageren wij binnen
één werkdag. Deze termijnen gelden ook tijdens de waarborgperiode.
Het onderhoudscontract kost EUR 3.960,00 per jaar, jaarlijks vooraf gefactureerd. Het loopt
telkens één jaar en wordt stilzwijgend verlengd, tenzij het ten minste twee maanden vóór de
vervaldag schriftelijk wordt opgezegd. De prijs wordt jaarlijks op 1 januari aangepast volgens de
formule P = P0 x (0,2 + 0,8 x S / S0) (Agoria-referentielonen). Interventies buiten het contract
rekenen wij aan aan EUR 88,00 per uur plus EUR 45,00 verplaatsing per interventie.

9. Bijkomende werken
Werken die niet in deze offerte zijn opgenomen, voeren wij enkel uit na een schriftelijke
prijsopgave en uw schriftelijke bestelling.

10. Facturatie en betaling
De levering, installatie en opleiding factureren wij na de voorlopige oplevering. De facturen
zijn betaalbaar binnen dertig dagen na ontvangst, overeenkomstig de regelgeving inzake
overheidsopdrachten.

11. Software en privacy
De zuilsoftware BM-Kiosk wordt in licentie gegeven voor onbepaalde duur, gebonden aan de
geleverde toestellen. De schermteksten en het logo van de bibliotheek blijven eigendom van de
gemeente. De zuilen bewaren geen lenersgegevens: die worden via SIP2 in Wise opgevraagd. De
transactielogs worden dertig dagen bijgehouden voor het oplossen van storingen. Voor het beheer op
afstand sluiten wij met de gemeente nog een verwerkersovereenkomst af.

12. Voorwaarden
Deze offerte wordt uitgebracht onder de voorwaarden van uw prijsaanvraag BIB/2026/14. Bij
tegenstrijdigheid gaan die voorwaarden voor op deze offerte. Onze algemene verkoopsvoorwaarden
zijn niet van toepassing. Deze offerte is geldig tot 31 januari 2027.

Gaat u akkoord, dan volstaat het een ondertekend exemplaar van deze offerte of een bestelbon met
vermelding van het offertenummer terug te sturen.

Met vriendelijke groeten,

Jeroen Vermeulen
accountmanager, Bibliomatic bv

Voor akkoord, Gemeente Wetteren
Naam en functie: ...........................................
Datum: ...........................
Handtekening: ..............................................
""",
    items={
        "agreement.signed_both": "partial",
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
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "partial",
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
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 720,
        "response_time_hours_highest_priority": 2,
    },
)

NL_T15Q_WEIGHBRIDGE_ERP_INTEGRATION = UnseenDocument(
    name="nl_t15q_weighbridge_erp_integration",
    text="""IJsselkoppeling B.V.
Brinkgreverweg 61, 7413 AD Deventer | 0570 74 12 90 | KvK 81234567 | btw NL862104377B01

Reuvers Recycling B.V.
t.a.v. de heer M. Reuvers, directeur
Havenweg 30, 7553 AB Hengelo

Deventer, 1 december 2026
Kenmerk: IJK/2026/214
Onderwerp: opdrachtbevestiging koppeling weegbruggen - Business Central

Beste Marco,

Dank voor het prettige gesprek op 24 november in Hengelo. Met deze brief bevestigen we de opdracht
voor de koppeling tussen jullie weegbrugsoftware en Microsoft Dynamics 365 Business Central. De
opdracht is gebaseerd op ons voorstel IJK-V-2026-088 van 12 november 2026; dat voorstel hoort als
bijlage 1 bij deze opdrachtbevestiging.

Wat we bouwen
We bouwen een koppelservice op een virtuele server in jullie eigen Azure-omgeving (West-Europa):
- elke afgesloten weging op de twee weegbruggen (eerste en tweede weging, netto gewicht, kenteken,
  relatie, artikel en afvalstroomnummer) wordt binnen vijf minuten in Business Central geboekt als
  inkoopontvangst (aanvoer) of verkoopverzending (afvoer);
- relaties, artikelen en afvalstroomnummers gaan elk kwartier van Business Central naar WeegPro;
- fouten verschijnen op een dashboard en gaan per mail naar de administratie;
- maandelijks maken we een export van de ontvangen afvalstoffen in het formaat dat het LMA
  (AMICE) verwacht.
Niet in de opdracht: aanpassingen aan WeegPro zelf (die doet Weegtechniek Oost), de
kentekencamera, de inrichting van de facturatie in Business Central, het indienen van de
LMA-meldingen en hardware.

Planning
- week 2 (vanaf 11 januari 2027): analyse en mappingworkshop bij jullie op kantoor
- week 3 tot en met 6: bouw
- week 7: testen in de sandbox van Business Central
- week 8: acceptatietest door jullie
- maandag 1 maart 2027: livegang; Sanne staat die ochtend om 6.30 uur bij de weegbrug en we
  houden de eerste week extra nazorg
De data zijn streefdata en geen fatale termijnen. Schuift de planning, dan spreken we in overleg
een nieuwe planning af.

Wat we van jullie nodig hebben
- uiterlijk 8 januari 2027 een sandbox van Business Central (kopie van productie) en een
  API-gebruiker;
- uiterlijk 8 januari 2027 leesrechten op de database van WeegPro; de opdracht daarvoor aan
  Weegtechniek Oost regelen jullie zelf;
- Petra van de administratie als key user, vier uur per week in week 2, 7 en 8;
- de uitvoering van de acceptatietest in week 8, met de testscenario's die wij aanleveren.

Eerste gegevenslading
Vóór de livegang laden we eenmalig alle actieve relaties, artikelen en afvalstroomnummers uit
Business Central in WeegPro en vergelijken we ze met de lijst die nu in WeegPro staat. Dubbele of
afwijkende records lossen we samen met Petra op. Wegingen van vóór 1 maart boekt de administratie
zoals nu handmatig.

Team en kwaliteit
Projectleider en jullie vaste aanspreekpunt is Sanne Kuipers, senior integratiespecialist met
negen jaar ervaring in koppelingen met Business Central. De bouw doet Daan Hofstede. Sanne
beoordeelt alle code voordat die naar de testomgeving gaat. De mapping wordt automatisch getest en
in week 7 doen we een volledige test in de sandbox met minstens vijftig wegingen uit productie:
aanvoer, afvoer, retourvracht, handmatige tarra en afgebroken wegingen. Het testverslag krijgen
jullie voor de acceptatietest.

Acceptatie
Jullie testen in week 8 gedurende vijf werkdagen. Blokkerende bevindingen lossen we op vóór de
livegang. De koppeling is geaccepteerd wanneer Marco dat per mail bevestigt, of wanneer ze na de
livegang tien werkdagen draait zonder blokkerende bevindingen.

Documentatie, overdracht en instructie
We leveren technische documentatie (architectuur, mappingtabellen, foutcodes, installatie) in
jullie SharePoint en houden een overdrachtssessie van twee uur met jullie IT-partner. De
weegmeesters krijgen bij de livegang een instructie van een half uur en een instructiekaart van
één pagina.

Voortgang en overleg
Elke vrijdag sturen we een statusmail met wat af is, de bestede uren tegenover het budget en de
risico's. Om de twee weken hebben we een Teams-overleg van een half uur met Marco en Petra. Komen
we er daar niet uit, dan overleggen Marco en onze directeur Erik Jansen.

Prijs (excl. btw)
- Bouw en implementatie op nacalculatie tegen EUR 105 per uur, geraamd op 120 uur. Het budget is
  dus EUR 12.600. Dat overschrijden we niet zonder jullie schriftelijke toestemming: zien we dat
  we meer dan 10 % nodig hebben, dan melden we dat met een toelichting en een nieuwe raming en
  gaan we pas verder na jullie akkoord.
- Eenmalige inrichting van de koppelserver (server, monitoring, certificaten): EUR 950 vast.
- Abonnement beheer en support vanaf de livegang: EUR 145 per maand. Daarvoor bewaken we de
  koppeling, lossen we fouten op, passen we de koppeling aan bij de twee grote updates per jaar
  van Business Central en bij nieuwe versies van WeegPro, en doen we maximaal een uur kleine
  wijzigingen per maand.
- Het uurtarief en het abonnement staan vast voor 2027 en worden daarna elk jaar op 1 januari
  geïndexeerd met de CBS-index van de cao-lonen per uur (zakelijke dienstverlening).
- Facturatie: uren maandelijks achteraf met urenspecificatie, de inrichting bij de livegang en
  het abonnement per kwartaal vooraf. Betaling binnen 14 dagen na factuurdatum.

Garantie
Tot drie maanden na de livegang herstellen we kosteloos elke fout waardoor de koppeling afwijkt
van de mapping en de afspraken in bijlage 1.

Support
Support is bereikbaar op werkdagen van 7.30 tot 17.00 uur via 0570 74 12 99 en
support@ijsselkoppeling.nl. Bij een storing waardoor wegingen niet in Business Central komen,
reageren we binnen twee uur. Andere vragen beantwoorden we de volgende werkdag. WeegPro bewaart
de wegingen tijdens een storing, zodat er niets verloren gaat. Sanne blijft ook na de livegang
jullie vaste aanspreekpunt, en de beschrijving van jullie omgeving (servers, accounts,
contactpersonen bij Weegtechniek Oost) leggen we vast in ons supportsysteem.

Looptijd en einde
Het abonnement loopt twaalf maanden vanaf de livegang en wordt daarna telkens stilzwijgend
verlengd met twaalf maanden. Opzeggen kan tegen het einde van een periode met een opzegtermijn
van één maand. Elk van ons kan de overeenkomst ontbinden als de ander na een schriftelijke
ingebrekestelling met een termijn van ten minste dertig dagen nog steeds tekortschiet. Bij het
einde dragen we de laatste versie van de code, de documentatie en de configuratie over en helpen
we jullie nieuwe partij tot acht uur op weg tegen ons uurtarief.

Eigendom
De broncode staat vanaf de start in jullie eigen Azure DevOps-omgeving. Na betaling van de
bouwfacturen verkrijgen jullie de intellectuele eigendom van de code die we specifiek voor jullie
schrijven. Onze generieke connectorbibliotheek die we daarin gebruiken blijft van ons; daarop
krijgen jullie een kosteloos gebruiksrecht voor onbepaalde tijd.

Geheimhouding en privacy
We houden alle informatie over jullie bedrijf, klanten en prijzen geheim, ook na het einde van de
opdracht. Wegingen bevatten kentekens en soms namen van chauffeurs. Die verwerken we als
verwerker uitsluitend voor het bouwen, testen en beheren van de koppeling, en alleen in jullie
Azure-omgeving. De verwerkersovereenkomst (bijlage 2) tekenen we samen met deze brief.

Aansprakelijkheid
Onze aansprakelijkheid is beperkt tot de bedragen die jullie ons in de twaalf maanden voor de
schade hebben betaald, met een minimum van EUR 25.000 per gebeurtenis. Indirecte schade is
uitgesloten, behalve bij opzet of bewuste roekeloosheid.

Voorwaarden en geschillen
Op deze opdracht zijn de NLdigital Voorwaarden 2020 van toepassing (bijlage 3). Bij strijd gaat
deze opdrachtbevestiging met haar bijlagen voor op de NLdigital Voorwaarden. Op de opdracht is
Nederlands recht van toepassing. Een geschil leggen we eerst voor aan Marco en Erik; is het binnen
dertig dagen niet opgelost, dan proberen we mediation via de Stichting Geschillenoplossing
Automatisering. Lukt dat niet, dan is in afwijking van de NLdigital Voorwaarden uitsluitend de
rechtbank Overijssel bevoegd.

Ga je akkoord, teken dan deze brief en stuur hem terug; dan zetten we de workshop in de agenda.

Met vriendelijke groet,

Voor akkoord, IJsselkoppeling B.V.          Voor akkoord, Reuvers Recycling B.V.
Erik Jansen, directeur                       M. Reuvers, directeur
Deventer, 1 december 2026                    Hengelo, 3 december 2026
(handtekening)                               (handtekening)
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
        "team.replacement": "missing",
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
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": False,
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
        "warranty_days": 90,
        "response_time_hours_highest_priority": 2,
    },
)

DOCUMENTS = [
    NL_T15Q_SOFTWARE_HOUSE_GENERAL_TERMS,
    NL_T15Q_WAREHOUSE_WIFI_HANDHELD_SLA,
    NL_T15Q_LIBRARY_SELF_SERVICE_KIOSK_QUOTE,
    NL_T15Q_WEIGHBRIDGE_ERP_INTEGRATION,
]
