"""Held-out batch 12, Dutch documents: a Flemish maintenance contract for the barrier, payment and
ANPR system of three parking garages of a private parking operator in Bruges (formal, numbered
articles, signed by both parties), a Netherlands agreement between a water board and a geo-ICT
firm for the development of a GIS viewer for staff and public (formal, ARBIT-2018, signed by both
parties), and a short Flemish e-mail offer from a one-person IT business to set up a Microsoft 365
security baseline for a small architects' office (accepted by e-mail, no signatures).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority in
hours, working hours counted as hours, 30 minutes = 0.5; a quote accepted by e-mail or an empty
client signature line is a partial signature and raises risk.unsigned).
"""

from .unseen_documents import UnseenDocument

NL_PARKING_GARAGE_MAINTENANCE_CONTRACT = UnseenDocument(
    name="nl_parking_garage_maintenance_contract",
    text="""ONDERHOUDSOVEREENKOMST PARKEERSYSTEMEN
Contractnummer OH-2027-014

TUSSEN Accessa Parking Systems nv, Battelsesteenweg 455, 2800 Mechelen, ondernemingsnummer
0478.562.913, vertegenwoordigd door de heer Bart Wouters, gedelegeerd bestuurder ("Accessa"),
EN Parkings Vandenbroucke bv, Kathelijnestraat 210, 8000 Brugge, ondernemingsnummer 0446.318.725,
vertegenwoordigd door mevrouw Charlotte Vandenbroucke, zaakvoerder ("de Klant").

De Klant baat in Brugge de garages Centrum-Noord (412 plaatsen), Station-Oost (286) en Sint-Kruis
(145) uit, uitgerust met slagbomen, betaalautomaten, ANPR-camera's en het beheersysteem ParkSuite 5
van Barrion GmbH, in 2020 geïnstalleerd door ParkControl bv, die haar activiteiten heeft
stopgezet. Accessa is de officiële servicepartner van Barrion voor België. Partijen komen het
volgende overeen.

Artikel 1 - Voorwerp en contractdocumenten
1.1 Accessa verzekert het preventieve en correctieve onderhoud van de installaties die zijn
opgesomd in bijlage 1 (inventaris), alsook het softwareonderhoud van ParkSuite 5.
1.2 De overeenkomst bestaat uit deze tekst en de bijlagen: 1 inventaris en onderhoudschecklist;
2 offerte AC-2026-1187 van 21 oktober 2026; 3 prijslijst onderdelen 2027; 4 verwerkersovereenkomst.
Bij tegenstrijdigheid gaat deze tekst voor, daarna de bijlagen in de volgorde 4, 1, 3, 2. De
algemene voorwaarden van Accessa en die van de Klant zijn niet van toepassing.

Artikel 2 - Nulmeting
2.1 In februari 2027 voert Accessa in de drie garages een nulmeting uit: nazicht van inventaris,
firmwareversies en de staat van slagbomen, lusdetectoren, betaalautomaten en camera's, en een
volledige back-up van de ParkSuite-databank. Het rapport volgt uiterlijk op 28 februari 2027.
2.2 Herstellingen die nodig blijken uit de nulmeting zijn niet begrepen in de forfaitaire
vergoeding; Accessa maakt daarvoor een afzonderlijke prijsofferte op.

Artikel 3 - Onderhoudsdiensten
3.1 Preventief onderhoud: twee bezoeken per jaar per garage, in maart en in september, volgens de
onderhoudschecklist van Barrion in bijlage 1. Het eerste bezoek vindt plaats in maart 2027. Na elk
bezoek ondertekenen de technieker en de Klant een werkbon.
3.2 Correctief onderhoud: de helpdesk, de diagnose op afstand, de interventie ter plaatse en de
herstelling. Arbeid, verplaatsing en de onderdelen die in bijlage 3 als "inbegrepen" zijn
aangeduid (onder meer lusdetectoren, ticketprinters, kaartlezers, biljettenlezers en voedingen),
zijn in de forfaitaire vergoeding begrepen.
3.3 Softwareonderhoud: Accessa installeert de nieuwe versies en updates van ParkSuite 5, de
beveiligingspatches van het besturingssysteem van de centrale server en van de betaalautomaten
binnen dertig dagen na publicatie door de fabrikant (kritieke patches binnen zeven dagen), en de
updates van de betaalterminals die nodig zijn om de PCI PTS- en EMV-certificering en de aanvaarding
van Bancontact te behouden. Updates worden tussen 1.00 en 5.00 uur geplaatst, na aankondiging
vijf werkdagen vooraf.
3.4 Niet inbegrepen: schade door aanrijding, vandalisme, bliksem of water; verbruiksgoederen
zoals ticketrollen; het netwerk en de internetverbinding van de Klant; nieuwe functies op vraag van
de Klant. Het aanpassen van de tarieftabellen is inbegrepen tot vier keer per kalenderjaar.

Artikel 4 - Helpdesk en interventietermijnen
4.1 Storingen met prioriteit 1 worden 24 uur per dag, 7 dagen per week gemeld op het nummer
015 28 44 90. Andere meldingen gebeuren op werkdagen van 8.00 tot 18.00 uur op hetzelfde nummer,
via het portaal service.accessa.be of via service@accessa.be.
4.2 Interventietermijnen:
    P1 - uitrit geblokkeerd of geen enkele betaalmogelijkheid in een garage: reactietijd
         30 minuten, 24/7; technieker ter plaatse binnen 2 uur; herstelling of tijdelijke
         oplossing binnen 6 uur na de melding
    P2 - één rijstrook of betaalautomaat defect: reactietijd 4 werkuren; herstelling uiterlijk
         de volgende werkdag
    P3 - overige storingen en vragen: reactietijd 1 werkdag; herstelling binnen 5 werkdagen
4.3 De reactietijd is de tijd tussen de melding en het eerste contact met een technieker die de
storing op afstand analyseert. Kan een geblokkeerde uitrit niet binnen het uur worden vrijgemaakt,
dan zet Accessa de slagboom op afstand in open stand tot de herstelling.

Artikel 5 - Beschikbaarheid en servicekredieten
5.1 Accessa garandeert per garage een beschikbaarheid van het parkeersysteem (alle in- en
uitrijstroken en alle betaalautomaten) van minstens 99,0 % per kalendermaand, gemeten door de
bewaking van ParkSuite. Aangekondigde onderhoudsvensters en storingen door een oorzaak uit
artikel 3.4 tellen niet mee.
5.2 Wordt die beschikbaarheid in een maand niet gehaald, dan crediteert Accessa 5 % van het
maandelijkse deel van de vergoeding van die garage per begonnen 0,5 % onder de norm. Wordt de
hersteltermijn van een storing met prioriteit 1 overschreden, dan crediteert Accessa bovendien
€ 250,00 per begonnen uur vertraging. De kredieten zijn samen beperkt tot 30 % van de jaarlijkse
vergoeding en worden verrekend op de volgende kwartaalfactuur.

Artikel 6 - Personeel en kennis van de installaties
6.1 Accountmanager voor de Klant is de heer Jens Declercq (0478 90 12 34); vaste regiotechnieker
voor Brugge is de heer Yannick Claeys.
6.2 De techniekers van Accessa zijn door Barrion gecertificeerd voor ParkSuite 5 en de
betaalautomaten, hebben een BA4-attest en minstens drie jaar ervaring met parkeersystemen.
6.3 Accessa houdt per garage een installatiedossier bij met de plannen, de configuratie, de
IP-adressen, de firmwareversies en de interventiegeschiedenis. Het dossier wordt na elke
interventie bijgewerkt; de Klant heeft er leesrechten op via het portaal.
6.4 Accessa voert de werken uit volgens de regels van de kunst, de voorschriften van Barrion en het
AREI. Na elke herstelling test de technieker de volledige rijstrook of betaalautomaat met een
testticket en een testbetaling.

Artikel 7 - Rapportering en overleg
7.1 Accessa bezorgt de Klant elke maand, uiterlijk op de tiende, een servicerapport met de
meldingen per prioriteit, de gerealiseerde reactie- en hersteltijden, de beschikbaarheid per
garage, het uitgevoerde preventieve onderhoud en haar aanbevelingen.
7.2 Elk kwartaal bespreken de accountmanager en de technisch verantwoordelijke van de Klant, de
heer Wim Lefever, het rapport in een opvolgingsvergadering. Problemen die daar niet worden
opgelost, gaan naar de operations manager van Accessa, mevrouw Sofie Peeters, en de zaakvoerder
van de Klant, en daarna naar de gedelegeerd bestuurder van Accessa.

Artikel 8 - Verplichtingen van de Klant
8.1 De Klant verleent Accessa op elk moment toegang tot de technische ruimtes en de installaties,
zorgt voor een permanente VPN-verbinding voor de diagnose op afstand, meldt storingen onmiddellijk
via de helpdesk, laat zonder akkoord van Accessa geen derden aan de installaties werken en houdt
voldoende verbruiksgoederen in voorraad.
8.2 De Klant bezorgt Accessa uiterlijk op 15 februari 2027 de documentatie, licentiesleutels en
wachtwoorden die zij van ParkControl heeft ontvangen.

Artikel 9 - Prijs en betaling
9.1 De nulmeting kost eenmalig € 2.950,00 excl. btw, gefactureerd na overhandiging van het rapport.
9.2 De jaarlijkse forfaitaire onderhoudsvergoeding bedraagt € 38.640,00 excl. btw (Centrum-Noord
€ 17.280,00, Station-Oost € 13.440,00, Sint-Kruis € 7.920,00), per kwartaal vooraf gefactureerd.
9.3 De vergoeding en de prijzen van bijlage 3 worden jaarlijks op 1 februari, voor het eerst op
1 februari 2028, aangepast volgens de formule P = P0 x (0,2 + 0,5 x S/S0 + 0,3 x I/I0), waarbij S
de Agoria-referentieloonkost en I de index van de consumptieprijzen is.
9.4 Werken die niet in de forfaitaire vergoeding begrepen zijn, worden aangerekend aan € 82,00 per
uur op werkdagen tussen 7.00 en 19.00 uur, met een toeslag van 50 % 's avonds en op zaterdag en
van 100 % op zon- en feestdagen, vermeerderd met € 58,00 verplaatsing per interventie en de
onderdelen volgens bijlage 3. Accessa voert zulke werken pas uit na schriftelijk akkoord van de
Klant op een prijsofferte. Enkel om een geblokkeerde uitrit vrij te maken mag Accessa zonder
voorafgaand akkoord werken uitvoeren tot € 1.500,00 exclusief btw per storing; zij verwittigt de
Klant daarvan dezelfde dag.
9.5 Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

Artikel 10 - Duur en beëindiging
10.1 De overeenkomst gaat in op 1 februari 2027 voor een duur van 36 maanden. Zij wordt daarna
stilzwijgend verlengd voor opeenvolgende periodes van 12 maanden, tenzij een partij haar opzegt
bij aangetekende brief, ten minste zes maanden vóór het einde van de lopende periode.
10.2 Elke partij kan de overeenkomst ontbinden wanneer de andere partij een wezenlijke verplichting
niet nakomt en dat niet rechtzet binnen dertig dagen na een aangetekende ingebrekestelling. De
Klant kan de overeenkomst bovendien zonder vergoeding ontbinden wanneer de beschikbaarheid van een
garage drie opeenvolgende maanden onder 97 % blijft.
10.3 Bij het einde van de overeenkomst, om welke reden ook, overhandigt Accessa binnen vijftien
dagen de bijgewerkte installatiedossiers, alle beheerders- en servicewachtwoorden en een volledige
export van de ParkSuite-databank (transacties, abonnees, tarieftabellen) in CSV-formaat en als
SQL-dump. Gedurende ten hoogste drie maanden verleent Accessa tegen de tarieven van artikel 9.4
haar medewerking aan de overdracht aan een nieuwe onderhoudspartner en verzekert zij tot die
overdracht het onderhoud onder de voorwaarden van deze overeenkomst, pro rata betaald. Accessa kan
die overhandiging niet opschorten wegens een betwiste factuur.

Artikel 11 - Eigendom en licenties
11.1 De installaties en de door Accessa geplaatste onderdelen zijn eigendom van de Klant. De
rechten op ParkSuite 5 berusten bij Barrion; de bestaande gebruikslicentie van de Klant blijft
gelden en dekt nieuwe versies zonder bijkomende vergoeding. De gegevens in ParkSuite zijn eigendom
van de Klant.

Artikel 12 - Aansprakelijkheid
12.1 De aansprakelijkheid van Accessa is beperkt tot € 250.000,00 per schadegeval en € 500.000,00
per kalenderjaar en is daarvoor verzekerd. Accessa is niet aansprakelijk voor onrechtstreekse
schade, zoals gederfde parkeerinkomsten, behalve bij opzet of zware fout.

Artikel 13 - Vertrouwelijkheid en persoonsgegevens
13.1 Partijen houden de informatie die zij van elkaar ontvangen, waaronder toegangscodes,
omzetcijfers en abonneelijsten, vertrouwelijk, tijdens de overeenkomst en drie jaar erna.
13.2 De ANPR-camera's registreren nummerplaten en ParkSuite bevat de gegevens van de abonnees.
Accessa verwerkt die persoonsgegevens als verwerker, uitsluitend voor de uitvoering van deze
overeenkomst en volgens de verwerkersovereenkomst van bijlage 4. Toegang op afstand gebeurt enkel
via VPN met tweefactorauthenticatie en wordt gelogd; er worden geen gegevens buiten de Europese
Unie verwerkt. Accessa meldt een inbreuk binnen 24 uur aan de Klant.

Artikel 14 - Toepasselijk recht en geschillen
14.1 Deze overeenkomst wordt beheerst door het Belgisch recht.
14.2 Een geschil volgt eerst de escalatie van artikel 7.2. Is het binnen dertig dagen niet
opgelost, dan is uitsluitend de ondernemingsrechtbank Gent, afdeling Brugge, bevoegd.

Opgemaakt te Brugge op 1 december 2026 in twee exemplaren; elke partij heeft er één ontvangen.

Voor Accessa Parking Systems nv                 Voor Parkings Vandenbroucke bv

(handtekening)                                  (handtekening)
Bart Wouters                                    Charlotte Vandenbroucke
gedelegeerd bestuurder                          zaakvoerder
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
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
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.0,
    },
)

NL_WATER_BOARD_GIS_VIEWER_AGREEMENT = UnseenDocument(
    name="nl_water_board_gis_viewer_agreement",
    text="""OVEREENKOMST ONTWIKKELING GEO-VIEWER "WATERKAART"
Zaaknummer Waterschap WL-2026-04417 - kenmerk Opdrachtnemer KW-O-2026-118

DE ONDERGETEKENDEN:
1. Waterschap Lingestroom, Poldermolenweg 2, 4104 AB Culemborg, rechtsgeldig vertegenwoordigd door
   mevrouw drs. E.J. (Esther) van Leeuwen, secretaris-directeur, ter uitvoering van het besluit van
   het dagelijks bestuur van 24 november 2026, hierna: "Opdrachtgever";
2. Kaartwerk Geo-ICT B.V., Stadsring 172, 3811 HR Amersfoort, KvK 81426537, rechtsgeldig
   vertegenwoordigd door de heer R. (Ruben) Mulder, directeur, hierna: "Opdrachtnemer";

OVERWEGENDE DAT Opdrachtgever haar verouderde geo-viewer "Peilkijker" wil vervangen en in een
meervoudig onderhandse aanbesteding de offerte van Opdrachtnemer van 12 november 2026 als
economisch meest voordelige inschrijving heeft beoordeeld;

KOMEN OVEREEN ALS VOLGT:

Artikel 1 - Contractdocumenten en voorwaarden
1.1 Deel van deze Overeenkomst maken uit: Bijlage 1 Programma van Eisen (PvE) versie 1.3,
Bijlage 2 de offerte van Opdrachtnemer van 12 november 2026, Bijlage 3 de cv's van het team en
Bijlage 4 de verwerkersovereenkomst.
1.2 Op deze Overeenkomst zijn de Algemene Rijksvoorwaarden bij IT-overeenkomsten 2018 (ARBIT-2018)
van toepassing. Algemene voorwaarden van Opdrachtnemer, waaronder de NLdigital Voorwaarden, zijn
uitdrukkelijk uitgesloten. Bij strijdigheid geldt de rangorde: deze Overeenkomst, Bijlage 4,
Bijlage 1, ARBIT-2018, Bijlage 2, Bijlage 3.

Artikel 2 - De opdracht
2.1 Opdrachtnemer ontwerpt, bouwt, test, installeert en levert de webapplicatie Waterkaart op: een
interne viewer voor circa 180 medewerkers (aanmelding via Entra ID) en een publieksviewer zonder
aanmelding, beide bruikbaar in de browser en op tablets in het veld, met de functies uit het PvE:
kaartlagen uit de GeoServer en ArcGIS Enterprise van Opdrachtgever en uit PDOK, zoeken op adres,
perceel en objectnummer, objectinformatie met doorverwijzing naar legger en peilbesluiten, meten,
tekenen, afdrukken op schaal naar pdf en delen van een kaartbeeld via een link.
2.2 Niet in de opdracht begrepen zijn: het beheer van de geodata, het inrichten van de services van
Opdrachtgever, de hosting (Opdrachtgever host Waterkaart in haar eigen Azure-omgeving), een
koppeling met het zaaksysteem en een native app.
2.3 Waterkaart wordt gebouwd met open-sourcecomponenten (onder meer OpenLayers en React); de
broncode staat vanaf de eerste dag in de GitLab-omgeving van Opdrachtgever.

Artikel 3 - Planning en vertraging
3.1 Fase 1 Ontwerp (ontwerp, klikbaar prototype, gebruikerstest): 1 februari - 12 maart 2027;
Fase 2 Bouw, zes sprints van twee weken: 15 maart - 4 juni 2027; Fase 3 Test en acceptatie,
inclusief pentest: 7 juni - 2 juli 2027; Fase 4 Livegang: interne viewer op 5 juli 2027,
publieksviewer op 6 september 2027.
3.2 Is de publieksviewer door een oorzaak die aan Opdrachtnemer is toe te rekenen niet op
6 september 2027 in productie, dan verbeurt Opdrachtnemer een boete van € 400,00 per werkdag
vertraging, met een maximum van 10 % van de vaste prijs, onverminderd het recht op nakoming.
3.3 Komt Opdrachtgever haar verplichtingen uit artikel 4 niet tijdig na, dan schuift de planning
dienovereenkomstig op; aantoonbare extra kosten die Opdrachtnemer vooraf schriftelijk heeft
aangekondigd, vergoedt Opdrachtgever tegen de uurtarieven van artikel 6, tot ten hoogste 40 uur.

Artikel 4 - Verplichtingen van Opdrachtgever
4.1 Product owner is mevrouw ing. T. (Tessa) Bakker, adviseur geo-informatie. Zij is ten minste
één dag per week beschikbaar, woont de sprint reviews bij en beslist over de backlog.
4.2 Opdrachtgever zorgt uiterlijk op 1 februari 2027 voor toegang tot de test-, acceptatie- en
productieomgeving in Azure, voor accounts in GitLab, een overzicht van de services en een export
van de configuratie van Peilkijker, en reageert binnen vijf werkdagen op opgeleverde documenten
en sprintresultaten.

Artikel 5 - Team en kwaliteit
5.1 Het team bestaat uit projectleider de heer drs. J. (Jasper) Hendriks, lead developer mevrouw
S. (Sanne) Visser, GIS-developer de heer M. (Mehmet) Yilmaz en UX-designer mevrouw L. (Lotte) van
Dijk. De lead developer en de GIS-developer hebben elk ten minste vijf jaar ervaring met OpenLayers
en OGC-standaarden; de projectleider heeft ten minste drie geo-projecten bij overheden geleid.
5.2 Opdrachtnemer vervangt een teamlid alleen met voorafgaande schriftelijke toestemming van
Opdrachtgever, door een persoon van ten minste gelijkwaardig niveau, met een overdracht van ten
minste vijf werkdagen; de inwerktijd komt niet voor rekening van Opdrachtgever.
5.3 Elke codewijziging wordt door een tweede developer gereviewd en de bedrijfslogica wordt voor
ten minste 70 % door geautomatiseerde tests gedekt. De publieksviewer voldoet aan WCAG 2.1 niveau
AA, Waterkaart aan de BIO. Vóór de livegang van de publieksviewer laat Opdrachtnemer een pentest
uitvoeren door een onafhankelijk bureau en lost zij bevindingen met hoog of kritiek risico op.

Artikel 6 - Prijs, meerwerk en betaling
6.1 Voor de fasen 1 tot en met 4, inclusief nazorg en garantie, geldt een vaste prijs van
€ 96.800,00 exclusief btw (fase 1 € 18.400,00; fase 2 € 58.600,00; fase 3 € 12.300,00; fase 4
€ 7.500,00). Elke fase wordt gefactureerd na schriftelijke goedkeuring of acceptatie, fase 2 in
twee gelijke delen na sprint 3 en sprint 6. Facturen worden via Peppol ingediend en betaald binnen
30 dagen na ontvangst van een correcte factuur.
6.2 Meerwerk wordt alleen uitgevoerd na een schriftelijke opdracht van Opdrachtgever op basis van
een vooraf ingediende begroting in uren, tegen de uurtarieven (excl. btw): projectleider € 122,00,
lead developer € 112,00, GIS-developer € 98,00, UX-designer € 95,00. Het budget voor meerwerk
bedraagt ten hoogste € 25.000,00 excl. btw; een overschrijding vereist een nieuw besluit.
6.3 De uurtarieven zijn vast tot en met 31 december 2027 en worden daarna per 1 januari
geïndexeerd met de CBS-index van de cao-lonen per uur voor de zakelijke dienstverlening.

Artikel 7 - Test en acceptatie
7.1 Na elke sprint keurt de product owner de gedemonstreerde user stories goed aan de hand van de
Definition of Done uit het PvE.
7.2 In fase 3 voert Opdrachtgever binnen tien werkdagen de acceptatietest uit met testscenario's
die partijen samen opstellen. Waterkaart wordt geaccepteerd als er geen blokkerende en ten hoogste
vijf ernstige bevindingen openstaan; die laatste lost Opdrachtnemer binnen tien werkdagen op.
Anders volgt binnen tien werkdagen een hertest; mislukt ook die, dan kan Opdrachtgever de
Overeenkomst ontbinden zonder de prijs van fase 3 en 4 verschuldigd te zijn. De acceptatie blijkt
uit een schriftelijke acceptatieverklaring van de product owner.

Artikel 8 - Installatie, migratie, overdracht en opleiding
8.1 Opdrachtnemer installeert Waterkaart via CI/CD-pipelines in GitLab op de omgevingen van
Opdrachtgever, samen met haar platformteam, op de data van artikel 3.1.
8.2 Opdrachtnemer zet de 236 kaartlagen, 18 thema's en zoekconfiguraties van Peilkijker over naar
Waterkaart, controleert elke laag en rapporteert afwijkingen aan de product owner.
8.3 Opdrachtnemer levert een installatie- en beheerhandleiding, een architectuurbeschrijving en een
handleiding voor het toevoegen van kaartlagen, en draagt in twee sessies van een halve dag de
kennis over aan de functioneel beheerders en het platformteam van Opdrachtgever.
8.4 Opdrachtnemer leidt twaalf key users op als interne trainer, levert instructievideo's voor de
publieksviewer en is twee weken na elke livegang op werkdagen via Teams bereikbaar voor gebruikers.

Artikel 9 - Garantie
9.1 Gedurende zes maanden na de acceptatieverklaring herstelt Opdrachtnemer kosteloos alle
afwijkingen van het PvE en van het goedgekeurde ontwerp. Fouten worden gemeld via het
serviceportaal van Opdrachtnemer of op 033 760 41 25, op werkdagen van 8.30 tot 17.00 uur.
9.2 Een blokkerende fout neemt Opdrachtnemer binnen 4 werkuren in behandeling en herstelt zij, al
dan niet met een tijdelijke oplossing, binnen 2 werkdagen; andere fouten worden binnen 2 werkdagen
in behandeling genomen en uiterlijk binnen 20 werkdagen hersteld.
9.3 Gedurende de garantieperiode levert Opdrachtnemer updates voor kwetsbaarheden in de gebruikte
open-sourcecomponenten: bij een CVSS-score van 9 of hoger binnen vijf werkdagen, overige in de
maandelijkse release.
9.4 Partijen treden uiterlijk drie maanden vóór het einde van de garantieperiode in overleg over
een eventuele overeenkomst voor beheer en doorontwikkeling.

Artikel 10 - Voortgang en overleg
10.1 De projectleider stuurt de product owner om de twee weken een voortgangsrapportage met de
gerealiseerde user stories, de bestede uren meerwerk, risico's, issues en planning.
10.2 Maandelijks komt een stuurgroep bijeen met het afdelingshoofd Informatievoorziening, de heer
P. (Pieter) de Boer, de product owner, en de directeur en de projectleider van Opdrachtnemer.
Kwesties die de stuurgroep niet oplost, gaan naar de secretaris-directeur en de directeur.

Artikel 11 - Intellectuele eigendom, geheimhouding en persoonsgegevens
11.1 Alle intellectuele eigendomsrechten op de voor Opdrachtgever ontwikkelde programmatuur,
ontwerpen en documentatie komen bij hun ontstaan toe aan Opdrachtgever, die de broncode onder de
EUPL 1.2 mag publiceren. Op de open-sourcecomponenten blijven hun eigen licenties van toepassing.
11.2 Partijen houden geheim wat zij in het kader van deze Overeenkomst over elkaar te weten komen
en waarvan zij het vertrouwelijke karakter kennen of redelijkerwijs kunnen vermoeden.
11.3 De interne viewer toont gegevens uit de BRK, waaronder namen van perceeleigenaren. Tijdens de
bouw gebruikt Opdrachtnemer alleen geanonimiseerde testgegevens; bij toegang tot productie
verwerkt zij persoonsgegevens als verwerker volgens de verwerkersovereenkomst van Bijlage 4.

Artikel 12 - Aansprakelijkheid
12.1 De aansprakelijkheid van Opdrachtnemer is beperkt tot € 250.000,00 per gebeurtenis en
€ 500.000,00 in totaal. Opdrachtnemer is niet aansprakelijk voor indirecte schade, behalve bij
opzet of bewuste roekeloosheid.

Artikel 13 - Duur en beëindiging
13.1 Deze Overeenkomst treedt in werking bij ondertekening en eindigt na afloop van de
garantieperiode, zonder stilzwijgende verlenging.
13.2 Opdrachtgever kan de Overeenkomst na afronding van elke fase opzeggen met een opzegtermijn
van één maand, tegen betaling van de afgeronde fasen en van de gewerkte uren in de lopende fase.
13.3 Elke partij kan de Overeenkomst ontbinden bij een toerekenbare tekortkoming die niet is
hersteld binnen dertig dagen na een schriftelijke ingebrekestelling.
13.4 Bij beëindiging levert Opdrachtnemer binnen tien werkdagen de volledige broncode, de
documentatie, de configuraties en alle gegevens van Opdrachtgever in open formaten (GeoPackage,
SLD, JSON), verwijdert zij daarna haar kopieën en oefent zij geen retentierecht uit. Gedurende ten
hoogste twee maanden verleent zij tegen de tarieven van artikel 6.2 medewerking aan de overdracht
aan Opdrachtgever of aan een andere opdrachtnemer.

Artikel 14 - Toepasselijk recht en geschillen
14.1 Op deze Overeenkomst is Nederlands recht van toepassing.
14.2 Een geschil wordt eerst besproken in de stuurgroep en daarna tussen de secretaris-directeur en
de directeur. Is het niet binnen dertig dagen opgelost, dan volgt mediation door een
MfN-registermediator; leidt die niet binnen zestig dagen tot een oplossing, dan is de rechtbank
Gelderland, locatie Arnhem, bevoegd.

Aldus overeengekomen en in tweevoud ondertekend,

Waterschap Lingestroom                          Kaartwerk Geo-ICT B.V.

(handtekening)                                  (handtekening)
drs. E.J. van Leeuwen, secretaris-directeur     R. Mulder, directeur
Culemborg, 2 december 2026                      Amersfoort, 30 november 2026
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
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
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
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
        "notice_period_days": 30,
        "payment_term_days": 30,
        "warranty_days": 180,
        "response_time_hours_highest_priority": 4,
    },
)

NL_M365_SECURITY_BASELINE_EMAIL_OFFER = UnseenDocument(
    name="nl_m365_security_baseline_email_offer",
    text="""Van: Jeroen Pieters <jeroen@pietersit.be>
Aan: Hilde Mertens <hilde@claeysmertens.be>
Datum: donderdag 3 december 2026 16:42
Onderwerp: Offerte beveiliging Microsoft 365 - Claeys & Mertens architecten

Dag Hilde,

Bedankt voor het gesprek van dinsdag. Na de phishingmail waarmee iemand vorige maand in de mailbox
van Koen is geraakt, is het inderdaad tijd om jullie Microsoft 365 degelijk dicht te zetten.
Hieronder mijn voorstel.

Wat ik doe (eenmalig):
- MFA met de Microsoft Authenticator-app voor alle 9 gebruikers, twee noodaccounts
  ("break-glass") en aparte beheerdersaccounts, los van de dagelijkse accounts
- via Conditional Access: oude aanmeldprotocollen blokkeren en aanmeldingen van buiten Europa
  weigeren
- Defender for Business en Intune op jullie 9 laptops: BitLocker, firewall, automatische
  Windows-updates en een schermvergrendeling na 10 minuten
- mail: SPF, DKIM en DMARC op claeysmertens.be, anti-phishing- en Safe Links-regels, en
  automatisch doorsturen naar externe adressen blokkeren
- OneDrive en SharePoint: extern delen enkel nog met specifieke personen, links vervallen na
  30 dagen
- back-up van mailboxen, OneDrive en SharePoint bij Keepit (datacenter in de EU)
- een sessie van een uur voor het hele team over phishing en het gebruik van de Authenticator-app
Ik volg daarbij de CIS Microsoft 365 Foundations Benchmark (niveau 1) en zet alle regels eerst een
paar dagen in testmodus, met jou als proefpersoon, voor ik ze voor iedereen activeer.

Planning: ik bereid alles op maandag 11 en dinsdag 12 januari op afstand voor. Op vrijdag
15 januari kom ik vanaf 13 uur naar jullie kantoor om de laptops in te schrijven, samen met
iedereen MFA te activeren en de sessie te geven. De maandag erna zet ik, na controle van de
aanmeldlogboeken, de Conditional Access-regels definitief aan.

Wat ik van jullie nodig heb:
- de upgrade van de licenties naar Business Premium vóór 8 januari (ik kan die voor jullie
  bestellen)
- tijdelijk een globale beheerdersaccount voor mij
- de login van jullie domeinregistrar, voor de DNS-records
- iedereen op 15 januari vanaf 13 uur op kantoor, met laptop en smartphone

Prijs (excl. btw):
- installatie en instellingen zoals hierboven, inclusief sessie en documentatie:
  vast bedrag € 2.650,00
- Microsoft 365 Business Premium: € 20,60 per gebruiker per maand (jaarabonnement), in plaats
  van de € 11,70 die jullie nu voor Business Standard betalen
- Keepit-back-up: € 3,20 per gebruiker per maand
Niet inbegrepen: laptops die nog op Windows 11 Home draaien, moeten eerst naar Pro (licentie
€ 145,00 per toestel plus een half uur werk), en als de scan-naar-mail van jullie Ricoh niet meer
werkt nadat de oude protocollen geblokkeerd zijn, zet ik die apart om. Stoot ik onderweg op nog
iets anders dat niet in deze lijst staat, dan laat ik het je eerst weten met een schatting en
begin ik er pas aan na jouw ok. Extra werk reken ik aan € 85,00 per uur.

Ik factureer de installatie na 15 januari, te betalen binnen 14 dagen. De licenties en de back-up
factureer ik maandelijks. Microsoft past zijn prijzen af en toe aan; ik reken de licenties altijd
door aan de prijs die Microsoft mij aanrekent.

Nazorg: werkt er tot een maand na 15 januari iets niet door mijn instellingen (iemand die niet
meer kan aanmelden, een app die niet synchroniseert), dan los ik dat gratis op. Je krijgt van mij
een document met alle instellingen en de werkwijze om een nieuwe medewerker toe te voegen, en de
wachtwoorden van de noodaccounts in een verzegelde envelop voor jullie kluis. Een kopie van de
documentatie bewaar ik in jullie klantendossier, zodat ik jullie omgeving altijd bij de hand heb.

Optioneel: mijn beheerpakket "Secure+" aan € 11,00 per gebruiker per maand. Daarin:
- maandelijks nazicht van de Secure Score en de aanmeldlogboeken, met een kort rapport per mail
- opvolging van de meldingen van Defender: bij een melding met hoge ernst reageer ik binnen
  2 werkuren
- Windows- en Office-updates via Intune, en opvolging van de laptops die achterop raken
- bereikbaar op werkdagen van 8 tot 18 uur op 0477 31 62 09 of via support@pietersit.be
Het pakket loopt per maand en wordt automatisch verlengd; je kan het per mail opzeggen tegen het
einde van de volgende maand. De prijs van het pakket pas ik jaarlijks in januari aan.

Alles wat ik in jullie mailboxen, bestanden en plannen te zien krijg, behandel ik strikt
vertrouwelijk. Voor de back-up en het beheer ben ik verwerker van jullie gegevens; ik stuur je
daarvoor nog mijn standaard verwerkersovereenkomst.

Mijn aansprakelijkheid is beperkt tot het bedrag van deze opdracht. Ik ben niet aansprakelijk
voor verlies van gegevens of voor schade door phishing of hacking. Verder gelden mijn algemene
voorwaarden, die je vindt op www.pietersit.be/voorwaarden.

Laat je me per mail weten of ik mag starten? Dan reserveer ik de 15de in mijn agenda.

Vriendelijke groeten,
Jeroen

Jeroen Pieters - Pieters IT-Services
Microsoft 365 Certified: Administrator Expert
Kerkstraat 18, 9200 Dendermonde | 0477 31 62 09 | BTW BE 0712.845.336
""",
    items={
        "agreement.signed_both": "partial",
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
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
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
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 14,
        "warranty_days": 30,
        "response_time_hours_highest_priority": 2,
    },
)


NL_DOCUMENTS = [
    NL_PARKING_GARAGE_MAINTENANCE_CONTRACT,
    NL_WATER_BOARD_GIS_VIEWER_AGREEMENT,
    NL_M365_SECURITY_BASELINE_EMAIL_OFFER,
]
