"""Held-out batch 11, Dutch documents: a Netherlands licence, implementation and maintenance
agreement for an on-premise taxi dispatch and planning system (DW Centrale) at a taxi company doing
street taxi, Wmo and school transport, with a hosted message gateway and source code escrow (signed
by both parties); a Netherlands services agreement between a housing corporation and its supplier
for the hosting on Azure, management and further development of the tenant portal "Mijn Dijkzicht",
concluded after a multiple private tender under the client's purchasing conditions (signed by both
parties); and a short, informal Flemish e-mail quote for a NAS, UPS and cloud back-up installation
with a monthly back-up monitoring package at a small architects' office, to be accepted by
answering the e-mail.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser.

Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 30 minutes = 0.5); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned; the NLdigital Voorwaarden (the suppliers' industry
terms) declared applicable count as the supplier's general terms; a client's option to extend by
12 months is read as a renewal term of 12 months (not tacit, so no risk.auto_renewal). Items whose
reading is ambiguous for a document are left out of its labels.
"""

from .unseen_documents import UnseenDocument

NL_TAXI_DISPATCH_LICENCE_AGREEMENT = UnseenDocument(
    name="nl_taxi_dispatch_licence_agreement",
    text="""LICENTIE-, IMPLEMENTATIE- EN ONDERHOUDSOVEREENKOMST DW CENTRALE
Kenmerk: DW/LIO/2026-031

DE ONDERGETEKENDEN:
1. Dispatchwerk B.V., gevestigd aan De Stoven 22, 7206 AZ Zutphen, KvK-nummer 58120447, rechtsgeldig
   vertegenwoordigd door de heer R.J. (Rik) Lammers, directeur, hierna: "Dispatchwerk";
2. Taxi Gerritsen B.V., gevestigd aan de Havenstraat 31, 7005 AG Doetinchem, KvK-nummer 09087214,
   rechtsgeldig vertegenwoordigd door mevrouw M.H. (Mirjam) Gerritsen-ter Horst, algemeen directeur,
   hierna: "Opdrachtgever";

OVERWEGENDE DAT Opdrachtgever een dag en nacht bemande taxicentrale exploiteert (85 voertuigen,
straattaxi, Wmo- en leerlingenvervoer, zittend ziekenvervoer) en haar planningssysteem vervangt door
DW Centrale;

KOMEN HET VOLGENDE OVEREEN:

Artikel 1 - Voorwerp, contractdocumenten en voorwaarden
1.1 Dispatchwerk verleent Opdrachtgever een licentie op het rit-, plannings- en dispatchsysteem DW
Centrale versie 7 (modules Ritaanname, Planning, Dispatch, Chauffeurs-app, Facturatie
Contractvervoer en Rapportage, hierna: de "Software"), implementeert, onderhoudt en ondersteunt de
Software, en stelt de door haar gehoste "Gateway" ter beschikking, die de berichten uitwisselt
tussen de Software, de boordcomputers en chauffeurs-apps en de systemen van de regiecentrales.
1.2 Bijlage 1 is de offerte OFF-2026-118, bijlage 2 het implementatieplan met de testscenario's en
de systeemeisen, bijlage 3 de verwerkersovereenkomst en bijlage 4 de NLdigital Voorwaarden (versie
2020). Bij strijdigheid geldt deze volgorde: deze overeenkomst, bijlage 3, bijlage 2, bijlage 1,
bijlage 4.
1.3 Op deze overeenkomst zijn de NLdigital Voorwaarden van toepassing, voor zover deze overeenkomst
daarvan niet afwijkt. Algemene voorwaarden van Opdrachtgever zijn niet van toepassing.

Artikel 2 - Licentie en intellectuele eigendom
2.1 Dispatchwerk verleent Opdrachtgever een niet-exclusief, niet-overdraagbaar en eeuwigdurend
gebruiksrecht op de Software voor 12 gelijktijdige werkplekken in de centrale en 95 chauffeurs-apps,
uitsluitend voor de eigen bedrijfsvoering van Opdrachtgever. De rechten op de Software en de
koppelingen blijven bij Dispatchwerk.

Artikel 3 - Vergoedingen en betaling
3.1 Eenmalige vergoedingen (alle bedragen exclusief btw):
    Licentie DW Centrale 7, 12 werkplekken                              € 38.400,00
    Licentie chauffeurs-app, 95 stuks à € 88,00                         €  8.360,00
    Implementatie: inrichting, koppelingen, conversie en opleiding      € 18.350,00
    Totaal eenmalig (vaste prijs)                                       € 65.110,00
3.2 Terugkerende vergoedingen:
    Onderhoud en support: 18 % van de licentievergoedingen              €  8.416,80 per jaar
    Gateway: € 3,75 per voertuig per maand, 85 voertuigen               €    318,75 per maand
3.3 Niet inbegrepen: servers, werkplekken, boordcomputers en smartphones, mobiele data, licenties
voor Windows Server en SQL Server, en kosten van regiecentrales of leveranciers van boordcomputers.
3.4 Voor werkzaamheden buiten deze overeenkomst gelden de uurtarieven € 118,00 op werkdagen tussen
08.00 en 18.00 uur en € 165,00 daarbuiten. De terugkerende vergoedingen en de uurtarieven worden
jaarlijks per 1 januari, voor het eerst op 1 januari 2028, aangepast aan de CBS-index cao-lonen per
uur, sector zakelijke dienstverlening.
3.5 De licentievergoedingen worden voor 50 % gefactureerd bij ondertekening en voor 50 % na
acceptatie, de implementatie na Livegang. Onderhoud en support worden jaarlijks vooraf gefactureerd,
voor het eerst bij Livegang, de Gateway per kwartaal vooraf. Facturen worden betaald binnen 30 dagen
na factuurdatum.
3.6 Werkzaamheden die niet in bijlage 1 of 2 zijn beschreven, voert Dispatchwerk alleen uit na een
schriftelijke offerte met een vaste prijs of een begroting in uren, die Opdrachtgever vooraf
schriftelijk heeft aanvaard; een begroting wordt zonder nieuw akkoord met niet meer dan 10 %
overschreden.

Artikel 4 - Planning, medewerking en vertraging
4.1 De implementatie verloopt volgens bijlage 2, met deze mijlpalen:
    11 januari 2027               kick-off bij Opdrachtgever
    uiterlijk 29 januari 2027     installatie van de Software op de testomgeving
    8 februari 2027               proefconversie en start van de acceptatietest
    15 tot en met 19 februari     opleidingen
    1 maart 2027, 03.00 uur       ingebruikname voor alle ritten ("Livegang")
4.2 Opdrachtgever stelt uiterlijk 22 januari 2027 een test- en een productieserver volgens de
systeemeisen van bijlage 2 beschikbaar, met toegang op afstand voor Dispatchwerk, en zorgt dat haar
huidige leverancier uiterlijk 1 februari 2027 een volledige export aanlevert. Haar projectleider en
twee key users zijn ten minste één dag per week beschikbaar.
4.3 Vindt de Livegang door een oorzaak die aan Dispatchwerk is toe te rekenen meer dan tien
werkdagen na de geplande datum plaats, dan verbeurt Dispatchwerk een boete van € 250,00 per
kalenderdag, met een maximum van € 10.000,00. Komt Opdrachtgever 4.2 niet na, dan stelt Dispatchwerk
in overleg een nieuwe planning op; aantoonbare extra kosten worden vooraf begroot en pas na akkoord
van Opdrachtgever gefactureerd.

Artikel 5 - Conversie, installatie, opleiding en acceptatie
5.1 Dispatchwerk converteert het reizigersbestand (ongeveer 14.000 reizigers met hun vaste ritten,
indicaties en hulpmiddelen), de adressen, de tarieven per gemeente en de openstaande ritboekingen;
ritten ouder dan 24 maanden niet. Opdrachtgever controleert de proefconversie met de controlelijst
van bijlage 2.
5.2 Dispatchwerk installeert de Software en de koppelingen op de servers van Opdrachtgever. In de
nacht van de Livegang en de twee dagen erna zijn twee consultants van Dispatchwerk in de centrale
aanwezig.
5.3 Dispatchwerk leidt de centralisten (drie sessies) en de functioneel beheerders (twee dagen) op,
levert een handleiding voor de chauffeurs en bij Livegang een beheerhandleiding.
5.4 Opdrachtgever test de Software van 8 tot en met 19 februari 2027 op de testomgeving aan de hand
van de testscenario's van bijlage 2 en meldt afwijkingen als blokkerend of niet-blokkerend. Zodra
geen blokkerende afwijkingen meer openstaan, ondertekent Opdrachtgever binnen drie werkdagen de
acceptatieverklaring; niet-blokkerende afwijkingen worden binnen 30 dagen na Livegang verholpen.
5.5 Gedurende zes maanden na Livegang herstelt Dispatchwerk kosteloos alle afwijkingen van de
Software en de koppelingen ten opzichte van de documentatie en bijlage 2, behalve fouten door
wijzigingen van Opdrachtgever of door apparatuur of systemen van derden.

Artikel 6 - Onderhoud, support en Gateway
6.1 Het onderhoud omvat het verhelpen van fouten, nieuwe versies en releases (ongeveer vier per
jaar), de aanpassing aan gewijzigde wetgeving en koppelvlakken, en beveiligingsupdates; kritieke
beveiligingsupdates worden binnen vijf werkdagen na beschikbaarheid geïnstalleerd. Dispatchwerk
ondersteunt de actuele en de vorige hoofdversie en installeert nieuwe releases op afstand zonder
extra kosten. Elke release wordt vóór vrijgave getest op een referentieomgeving met de koppelvlakken
van de regiecentrales.
6.2 De servicedesk is op werkdagen van 07.00 tot 19.00 uur bereikbaar via 0575 76 40 10 en het
klantportaal; het storingsnummer 0575 76 40 99 is voor prioriteit 1 dag en nacht bereikbaar.
6.3 Termijnen:
    Prioriteit                                   reactie          oplossing
    1 - geen ritaanname, planning of uitgifte     30 min. (24/7)   workaround 4 uur, definitief
        mogelijk, of Gateway onbereikbaar                          binnen 5 werkdagen
    2 - module, koppeling of werkplek gestoord    2 uur*           3 werkdagen
    3 - overige vragen en fouten                  1 werkdag*       volgende release
    * binnen supporttijden
6.4 Dispatchwerk garandeert een beschikbaarheid van de Gateway van 99,8 % per kalendermaand; gepland
onderhoud, ten hoogste twee keer per maand tussen 02.00 en 04.00 uur en vijf werkdagen vooraf
aangekondigd, telt niet mee.
6.5 In afwijking van de NLdigital Voorwaarden zijn de termijnen van 6.3 en de beschikbaarheid van
6.4 resultaatsverplichtingen.
6.6 De heer Dirk Hulshof is de vaste accountmanager van Opdrachtgever. Dispatchwerk houdt een
systeemdossier bij van de installatie van Opdrachtgever (servers, configuratie, koppelingen,
afwijkende instellingen), dat de servicedesk bij elke melding raadpleegt.

Artikel 7 - Projectorganisatie en overleg
7.1 Projectleider bij Dispatchwerk is de heer Ruud Bosman, implementatieconsultant mevrouw Esra
Yilmaz; projectleider bij Opdrachtgever is de heer Bart Gerritsen, hoofd centrale.
7.2 Dispatchwerk vervangt de projectleider of de implementatieconsultant alleen na overleg met
Opdrachtgever, zorgt voor een volledige overdracht en brengt het inwerken van een opvolger niet in
rekening.
7.3 Tijdens de implementatie is er om de twee weken projectoverleg, waarvoor Dispatchwerk de werkdag
ervoor een voortgangsrapportage stuurt (afgeronde mijlpalen, risico's, openstaande punten). Na
Livegang is er elk half jaar een serviceoverleg en stuurt Dispatchwerk per kwartaal een overzicht
van de meldingen en de behaalde termijnen. Wat de projectleiders niet samen oplossen, leggen zij
voor aan de directies.

Artikel 8 - Duur, beëindiging en einde
8.1 De licentie is eeuwigdurend. Onderhoud, support en Gateway gaan in op de datum van Livegang en
lopen 36 maanden; daarna worden zij telkens stilzwijgend verlengd met 12 maanden, tenzij een partij
schriftelijk opzegt met een opzegtermijn van zes maanden voor het einde van de lopende periode.
8.2 Elke partij kan de overeenkomst ontbinden als de andere partij een wezenlijke verplichting niet
nakomt en dat niet herstelt binnen 30 dagen na een schriftelijke ingebrekestelling, of bij
faillissement of surseance van betaling van de andere partij.
8.3 De database van de Software staat op de servers van Opdrachtgever en alle gegevens daarin zijn
van Opdrachtgever. Bij het einde van het onderhoud levert Dispatchwerk binnen tien werkdagen een
export in CSV van de rit- en berichtgegevens uit de Gateway, met een beschrijving van het datamodel.
Op verzoek werkt Dispatchwerk mee aan de migratie naar een opvolgend systeem, op basis van een
begroting volgens 3.6, en houdt zij de Gateway tot drie maanden na het einde in de lucht tegen de
laatst geldende maandvergoeding.

Artikel 9 - Broncodedepot
9.1 Dispatchwerk deponeert de broncode van de Software en de Gateway, met technische documentatie,
bij een onafhankelijke escrowagent op basis van een driepartijenovereenkomst die binnen een maand na
ondertekening wordt gesloten, en actualiseert het depot bij elke hoofdversie en ten minste eenmaal
per jaar. Het depot wordt aan Opdrachtgever afgegeven bij faillissement of surseance van
Dispatchwerk, of als Dispatchwerk het onderhoud van DW Centrale staakt terwijl deze overeenkomst
loopt.

Artikel 10 - Aansprakelijkheid
10.1 De aansprakelijkheid van Dispatchwerk is voor alle gebeurtenissen samen per kalenderjaar
beperkt tot € 65.110,00. Dispatchwerk is niet aansprakelijk voor indirecte schade, zoals gederfde
winst en gemiste besparingen, behalve bij opzet of bewuste roekeloosheid van haar leidinggevenden.

Artikel 11 - Geheimhouding en persoonsgegevens
11.1 Partijen houden alle vertrouwelijke informatie die zij van elkaar ontvangen geheim, ook na het
einde van deze overeenkomst. Voor de Gateway en het support verwerkt Dispatchwerk als verwerker
persoonsgegevens van reizigers, waaronder gezondheidsgegevens (indicaties en hulpmiddelen), en van
chauffeurs, volgens de verwerkersovereenkomst van bijlage 3. De gegevens worden alleen in Nederland
opgeslagen.

Artikel 12 - Toepasselijk recht en geschillen
12.1 Op deze overeenkomst is Nederlands recht van toepassing. Een geschil wordt eerst binnen
veertien dagen na de schriftelijke melding besproken door de directies. Zonder oplossing binnen
dertig dagen volgt mediation volgens het reglement van de Stichting Geschillenoplossing
Automatisering (SGOA); blijft die binnen zestig dagen zonder resultaat, dan is uitsluitend de
Rechtbank Gelderland, locatie Zutphen, bevoegd.

Aldus overeengekomen en in tweevoud ondertekend:

    Dispatchwerk B.V.                               Taxi Gerritsen B.V.

    (handtekening)                                  (handtekening)
    R.J. Lammers, directeur                         M.H. Gerritsen-ter Horst, algemeen directeur
    Zutphen, 14 december 2026                       Doetinchem, 15 december 2026
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
        "team.seniority": "missing",
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
        "maintenance.service_credits": "missing",
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
        "warranty_days": 180,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.8,
    },
)

NL_TENANT_PORTAL_HOSTING_AGREEMENT = UnseenDocument(
    name="nl_tenant_portal_hosting_agreement",
    text="""DIENSTVERLENINGSOVEREENKOMST
Hosting, beheer en doorontwikkeling huurdersportaal "Mijn Dijkzicht"
Inkoopkenmerk DZ-INK-2026-031

De ondergetekenden:
1. Woonstichting Dijkzicht, een stichting en toegelaten instelling volkshuisvesting, gevestigd aan
   de Stationsweg 40, 4205 AA Gorinchem, KvK-nummer 23061827, vertegenwoordigd door de heer P.C.
   (Paul) Verhagen, directeur-bestuurder, hierna: "Dijkzicht";
2. Portaalwerk B.V., gevestigd aan de Computerweg 16, 3821 AB Amersfoort, KvK-nummer 61734902,
   vertegenwoordigd door mevrouw L. (Lisa) Hendriks, algemeen directeur, hierna: "Portaalwerk";

Overwegende dat:
A. Portaalwerk in 2021 in opdracht van Dijkzicht het huurdersportaal "Mijn Dijkzicht" heeft gebouwd
en het sindsdien in haar eigen datacenteromgeving host, op grond van een overeenkomst die op
31 januari 2027 afloopt;
B. Dijkzicht de opdracht na een meervoudig onderhandse procedure opnieuw aan Portaalwerk heeft
gegund, waarbij het portaal naar Microsoft Azure verhuist;

zijn het volgende overeengekomen:

Artikel 1 Contractdocumenten
1.1 Deze overeenkomst bestaat uit deze tekst en de bijlagen: A. beschrijving van het portaal en de
koppelingen; B. verwerkersovereenkomst; C. inschrijving van Portaalwerk van 16 oktober 2026 met
prijsblad. Bij strijdigheid gaat deze tekst voor, daarna B, A en C.
1.2 Op deze overeenkomst zijn de Algemene Inkoopvoorwaarden van Dijkzicht (versie 2024) van
toepassing; bij strijdigheid gaat deze overeenkomst voor. Algemene voorwaarden van Portaalwerk, ook
als zij in de inschrijving worden genoemd, zijn niet van toepassing.

Artikel 2 Diensten
2.1 Via het portaal melden de ongeveer 7.400 huurders reparatieverzoeken, bekijken zij hun
betalingen en documenten en zeggen zij hun huur op; het portaal is via een API gekoppeld aan het
ERP-systeem van Dijkzicht.
2.2 Portaalwerk levert: a) hosting in Microsoft Azure, regio West-Europa, met een gescheiden test-,
acceptatie- en productieomgeving; b) technisch en applicatiebeheer, met 24/7 monitoring en
dagelijkse back-ups die 35 dagen worden bewaard en waarvan elk kwartaal een hersteltest wordt
gedaan; c) updates en beveiliging volgens artikel 4.5; d) tweedelijns support aan de medewerkers van
Dijkzicht; e) doorontwikkeling volgens artikel 5.
2.3 Niet inbegrepen zijn de eerstelijns ondersteuning van huurders (door het klantcontactcentrum van
Dijkzicht), aanpassingen aan het ERP-systeem en de kosten van de ERP-leverancier, koppelingen met
andere systemen, en de teksten en nieuwsberichten in het portaal, die Dijkzicht zelf beheert.

Artikel 3 Verhuizing naar Azure
3.1 Portaalwerk verhuist het portaal met de database (ongeveer 5.900 accounts en de
reparatiehistorie sinds 2021) en ongeveer 180.000 documenten (huurcontracten, brieven) naar Azure,
volgens deze planning:
    uiterlijk 15 februari 2027    migratieplan met draaiboek en terugvalscenario ter goedkeuring
    8 t/m 12 maart 2027           proefmigratie naar de acceptatieomgeving
    15 t/m 19 maart 2027          test door Dijkzicht
    zaterdag 27 maart 2027        productiemigratie vanaf 06.00 uur, portaal ten hoogste
                                  zes uur onbereikbaar
3.2 Dijkzicht test de acceptatieomgeving met de testscenario's uit het draaiboek (inloggen,
reparatieverzoek doorzetten naar het ERP, documenten openen, vergelijking van een steekproef van 200
dossiers) en geeft schriftelijk akkoord of meldt de bevindingen. De productiemigratie vindt pas
plaats na dat akkoord en nadat blokkerende bevindingen zijn opgelost.
3.3 Dijkzicht informeert de huurders ten minste twee weken vooraf over de onderbreking, zorgt dat de
ERP-leverancier vóór 19 maart 2027 de nieuwe IP-adressen toelaat, en stelt haar functioneel
beheerder beschikbaar als aanspreekpunt en tester.
3.4 De oude omgeving blijft na de productiemigratie 30 dagen beschikbaar als terugvaloptie.

Artikel 4 Dienstverleningsniveaus
4.1 De servicedesk van Portaalwerk is op werkdagen van 08.00 tot 17.30 uur bereikbaar via
033 298 61 40 en het ticketportaal. Storingen met prioriteit 1 kunnen dag en nacht worden gemeld op
033 298 61 49.
4.2 Reactie- en oplostijden:
    Prioriteit 1 - portaal onbereikbaar of reparatieverzoeken komen niet in het ERP:
                   reactie binnen 1 uur (24/7), oplossing of workaround binnen 4 uur
    Prioriteit 2 - een onderdeel werkt niet (bv. betalingsoverzicht, documenten):
                   reactie binnen 4 uur binnen servicetijden, oplossing binnen 2 werkdagen
    Prioriteit 3 - vragen en cosmetische fouten: reactie binnen 2 werkdagen, oplossing in
                   de eerstvolgende release
4.3 De beschikbaarheid van de productieomgeving bedraagt ten minste 99,7 % per kalendermaand,
gemeten om de vijf minuten met een externe controle van de inlogpagina en een testtransactie.
Gepland onderhoud op dinsdag tussen 22.00 en 01.00 uur, ten hoogste vier uur per maand en vijf
werkdagen vooraf aangekondigd, telt niet mee.
4.4 Voor elke volle 0,1 % onder de 99,7 % crediteert Portaalwerk 5 % van de maandvergoeding; voor
elk begonnen uur waarmee de oplostijd van een prioriteit 1-storing wordt overschreden 2 %, samen ten
hoogste 30 % per maand, te verrekenen met de volgende factuur.
4.5 Portaalwerk installeert beveiligingspatches van besturingssysteem, framework en bibliotheken
maandelijks, kritieke patches (CVSS 9 of hoger) binnen 72 uur, en houdt de gebruikte .NET-versie
zonder meerkosten binnen de ondersteunde levensduur. Elk jaar laat Portaalwerk een penetratietest
uitvoeren door een onafhankelijke partij; zij deelt het rapport met Dijkzicht, herstelt bevindingen
met een hoog risico binnen 30 dagen en andere in de volgende release.

Artikel 5 Doorontwikkeling
5.1 Dijkzicht kan per kalenderjaar tot 240 uur doorontwikkeling afnemen, zonder afnameverplichting.
Voor elke wens levert Portaalwerk binnen tien werkdagen een impactanalyse met urenraming en
planning. Het werk begint pas na een schriftelijke opdracht van de informatiemanager van Dijkzicht;
een overschrijding van de raming met meer dan 10 % vereist een nieuwe opdracht.
5.2 Elke wijziging wordt door een tweede ontwikkelaar gereviewd, geautomatiseerd getest en op de
acceptatieomgeving opgeleverd. Dijkzicht test binnen vijf werkdagen; na haar akkoord zet Portaalwerk
de release op dinsdagavond na 19.00 uur in productie.
5.3 Fouten in een release die binnen drie maanden na de productiename worden gemeld, herstelt
Portaalwerk kosteloos.

Artikel 6 Team, rapportage en overleg
6.1 Servicemanager en vast aanspreekpunt is de heer Bram Kok; lead developer is mevrouw Eline van
Dijk. Voor Dijkzicht zijn dat de informatiemanager, mevrouw Yvonne de Wit, en de functioneel
beheerder, de heer Kees Roodenburg.
6.2 De beheerders van Portaalwerk hebben een geldig certificaat Microsoft Azure Administrator
(AZ-104); de lead developer heeft ten minste vijf jaar ervaring met .NET. Portaalwerk vervangt de
servicemanager of de lead developer alleen na voorafgaande melding aan Dijkzicht, door iemand met
ten minste gelijke kwalificaties, met een overdracht van ten minste twee weken en zonder kosten voor
Dijkzicht.
6.3 Portaalwerk houdt een beheerhandboek bij (architectuur, Azure-resources, accounts en rechten,
ERP-koppeling, draaiboeken bij storingen), waarmee haar servicedesk werkt, en bezorgt Dijkzicht elk
half jaar de actuele versie.
6.4 Vóór de tiende van elke maand ontvangt Dijkzicht een servicerapportage met de beschikbaarheid,
de meldingen per prioriteit met de reactie- en oplostijden, de credits, de geïnstalleerde patches en
de bestede en resterende uren doorontwikkeling.
6.5 Elk kwartaal is er een serviceoverleg tussen de servicemanager en de informatiemanager, en elk
jaar een evaluatie met de directie van Portaalwerk en de manager bedrijfsvoering van Dijkzicht, die
ook het escalatieniveau vormen voor problemen die in het serviceoverleg niet worden opgelost.

Artikel 7 Vergoedingen en facturatie
7.1 Alle bedragen zijn exclusief btw.
    Verhuizing naar Azure (eenmalig, vaste prijs)                       €  7.850,00
    Hosting, beheer en support, inclusief Azure-verbruik                €  2.185,00 per maand
    Doorontwikkeling                                                    €    108,00 per uur
7.2 De vergoedingen worden jaarlijks per 1 januari, voor het eerst op 1 januari 2028, aangepast aan
de CBS-index cao-lonen, met een maximum van 3 % per jaar; Portaalwerk kondigt de aanpassing twee
maanden vooraf aan.
7.3 De verhuizing wordt gefactureerd na de geslaagde productiemigratie, de maandvergoeding
maandelijks achteraf, en de doorontwikkeling maandelijks achteraf per opdracht met een
urenspecificatie. Dijkzicht betaalt binnen 30 dagen na ontvangst van een juiste factuur.

Artikel 8 Duur en beëindiging
8.1 De overeenkomst gaat in op 1 februari 2027 en loopt 36 maanden, tot en met 31 januari 2030. Er
is geen stilzwijgende verlenging. Dijkzicht kan de overeenkomst twee keer met 12 maanden verlengen
door dat uiterlijk drie maanden voor het einde schriftelijk te melden.
8.2 Dijkzicht kan de overeenkomst vanaf 1 februari 2028 zonder vergoeding opzeggen met een
opzegtermijn van drie maanden. Elke partij kan de overeenkomst ontbinden als de andere partij na een
schriftelijke ingebrekestelling met een termijn van 30 dagen tekort blijft schieten, of bij
faillissement of surseance van betaling.

Artikel 9 Einde van de overeenkomst
9.1 Binnen tien werkdagen na het einde, of eerder op verzoek, levert Portaalwerk via een beveiligde
overdracht een volledige export van de database (als SQL-back-up en als CSV per tabel met een
beschrijving) en alle documenten in hun oorspronkelijke formaat. Portaalwerk kan die levering niet
opschorten, ook niet wegens openstaande facturen. Binnen 30 dagen nadat Dijkzicht de ontvangst heeft
bevestigd, verwijdert Portaalwerk alle gegevens en levert zij een verwijderverklaring.
9.2 Portaalwerk werkt in redelijkheid mee aan de overdracht van het portaal aan Dijkzicht of aan een
opvolgende leverancier. De inhoud, duur en kosten van die medewerking spreken partijen af wanneer de
overdracht aan de orde is.

Artikel 10 Intellectuele eigendom
10.1 De intellectuele eigendomsrechten op het portaal blijven bij Portaalwerk. Dijkzicht krijgt een
niet-exclusief, niet-overdraagbaar en eeuwigdurend gebruiksrecht op het portaal, met inbegrip van
alle doorontwikkeling. De gegevens en de inhoud van het portaal zijn van Dijkzicht.

Artikel 11 Aansprakelijkheid
11.1 De aansprakelijkheid van elke partij is beperkt tot € 250.000,00 per gebeurtenis en
€ 500.000,00 per kalenderjaar. Indirecte schade is uitgesloten, behalve bij opzet of bewuste
roekeloosheid. De kosten van het herstellen van verloren of beschadigde gegevens gelden als directe
schade.

Artikel 12 Geheimhouding en persoonsgegevens
12.1 Portaalwerk en haar medewerkers houden alle informatie over Dijkzicht en haar huurders geheim,
ook na het einde van de overeenkomst. Portaalwerk verwerkt persoonsgegevens van huurders als
verwerker volgens de verwerkersovereenkomst van bijlage B. De gegevens blijven binnen de Europese
Unie; Portaalwerk schakelt naast Microsoft geen subverwerkers in zonder voorafgaande toestemming van
Dijkzicht en meldt een datalek binnen 24 uur na ontdekking.

Artikel 13 Toepasselijk recht en geschillen
13.1 Op deze overeenkomst is Nederlands recht van toepassing.
13.2 Partijen leggen een geschil eerst voor aan de directeur-bestuurder van Dijkzicht en de algemeen
directeur van Portaalwerk, die binnen vier weken een oplossing zoeken. Lukt dat niet, dan wordt het
geschil voorgelegd aan de bevoegde rechter in het arrondissement waar Dijkzicht is gevestigd.

Aldus overeengekomen en ondertekend,

    Woonstichting Dijkzicht                         Portaalwerk B.V.
    P.C. Verhagen, directeur-bestuurder             L. Hendriks, algemeen directeur
    Gorinchem, 18 december 2026                     Amersfoort, 17 december 2026
    (handtekening)                                  (handtekening)
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
        "timing.delay": "missing",
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
        "exit.transition": "partial",
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
        "risk.auto_renewal": False,
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
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.7,
    },
)

NL_NAS_BACKUP_EMAIL_QUOTE = UnseenDocument(
    name="nl_nas_backup_email_quote",
    text="""Van: Kristof Wuyts <kristof@netwijs.be>
Aan: Hilde Van Looy <hilde@vanlooy-architecten.be>
Cc: Jens Peeters <jens@netwijs.be>
Datum: donderdag 3 december 2026 16:42
Onderwerp: Offerte NAS + back-up kantoor Van Looy (ref. NW-26-274)
Bijlage: Algemene voorwaarden Netwijs.pdf

Dag Hilde,

Zoals beloofd na mijn bezoekje van maandag, hierbij onze prijs voor de nieuwe opslag en back-up.

Kort samengevat wat we zagen: jullie huidige NAS (een Synology DS214 uit 2014) zit zo goed als
vol, twee van de schijven geven al waarschuwingen en er is geen enkele back-up buiten het
kantoor. Daarnaast staan de projecten van Tom en Sarah deels nog in hun eigen Dropbox. Dat willen
we allemaal op één plek krijgen, met een back-up die ook een brand of ransomware overleeft.

Wat we voorstellen:
- een nieuwe Synology DS923+ met 4 schijven van 8 TB (netto ongeveer 21 TB), ruim genoeg voor
  de komende jaren, ook met de zware Revit-bestanden en renders;
- een UPS zodat de NAS netjes afsluit bij een stroompanne;
- een externe USB-schijf van 12 TB voor een wekelijkse lokale kopie;
- een versleutelde back-up naar Synology C2 (datacenter in Frankfurt), elke nacht, met 30 dagen
  versies. Zo volgen we de 3-2-1-regel: drie kopieën, op twee soorten opslag, waarvan één buiten
  het kantoor.

Prijs (excl. btw):

  Synology DS923+                                        €   689,00
  4 x Seagate IronWolf 8 TB (à € 219,00)                 €   876,00
  RAM-uitbreiding naar 8 GB                              €   119,00
  APC Back-UPS Pro 1500 VA                               €   329,00
  WD Elements 12 TB (USB)                                €   259,00
  Installatie en configuratie (forfait, halve dag)       €   420,00
  Overzetten data oude NAS + Dropbox (forfait)           €   510,00
  Uitleg aan het team (half uurtje, op het einde)        inbegrepen
  ------------------------------------------------------------------
  Totaal eenmalig                                        € 3.202,00

Maandelijks:
  Netwijs Backup Care (opvolging back-ups, updates,
  maandrapport, jaarlijkse hersteltest)                  €    39,00 per maand
  Synology C2 Storage 5 TB: ongeveer € 300 per jaar, rechtstreeks aan Synology te betalen (het
  account maken we aan op naam van jullie kantoor).

Het overzetten is een forfait voor de ongeveer 2,1 TB die we maandag zagen. Als het kopiëren van
de oude NAS door de slechte schijven veel trager loopt, of als we onderweg nog andere mappen of
externe schijven vinden die erbij moeten, rekenen we de extra tijd aan € 85,00 per uur.

Niet inbegrepen: het herschikken van jullie mappenstructuur (dat doen jullie beter zelf, wij
zetten alles over zoals het nu staat), de back-up van de laptops zelf en aanpassingen aan het
netwerk. Jullie switch is trouwens nog prima in orde.

Planning: als je deze week nog akkoord geeft, bestellen we de hardware meteen (levering 3 à 4
werkdagen). Jens en ik komen dan op vrijdag 18 december vanaf 13 uur installeren, het overzetten
loopt over het weekend en maandag 21 december kunnen jullie gewoon op de nieuwe NAS verder
werken. Op het einde doen we een volledige hersteltest van één projectmap, en maandagochtend
leggen we het team in een half uurtje uit hoe je zelf een vorige versie van een bestand
terugzet.

Wat we van jullie nodig hebben:
- iedereen bewaart en sluit zijn bestanden af vrijdag om 12 uur;
- Tom en Sarah zorgen dat hun Dropbox volledig gesynchroniseerd is en geven ons die vrijdag
  toegang;
- het beheerderswachtwoord van de Telenet-modem, en een vrij stopcontact in het serverkastje
  voor de UPS.

Belangrijk: de oude NAS is echt op. Vóór we beginnen nemen we een extra kopie op de USB-schijf,
maar we kunnen niet aansprakelijk gesteld worden voor verlies van bestanden tijdens het
overzetten.

Na de installatie krijg je van ons een korte fiche met de opbouw, de back-uptaken en wat je moet
doen als er iets misloopt; de beheerderswachtwoorden steken we samen in jullie wachtwoordkluis.
Jullie netwerk en de nieuwe installatie documenteren we ook in ons klantendossier, zodat wie van
ons ook opneemt meteen weet hoe het bij jullie zit.

Backup Care:
- we volgen elke nacht op afstand op of de back-ups gelukt zijn. Mislukt er een back-up of valt
  de NAS uit, dan krijgen we automatisch een melding en reageren we binnen 4 werkuren;
- updates van DSM en beveiligingsupdates installeren we zelf, 's avonds of in het weekend;
- elke maand krijg je een kort rapportje: zijn alle back-ups gelukt, hoeveel plaats is er nog,
  welke updates zijn er geïnstalleerd;
- voor vragen zijn we bereikbaar op werkdagen van 8u30 tot 17u30 op 03 480 27 15 of via
  support@netwijs.be.
Backup Care loopt per maand en wordt elke maand automatisch verlengd; stopzetten kan met een
mailtje tegen het einde van de maand.

Op de NAS en de schijven zit drie jaar garantie van Synology en Seagate. Gaat er in die periode
iets stuk, dan regelen wij de omruiling zonder kosten voor jullie, verplaatsing inbegrepen.

Facturatie: de hardware bij bestelling, de installatie en het overzetten na afloop, Backup Care
maandelijks. Betaling binnen 15 dagen na factuurdatum. Onze algemene voorwaarden (in bijlage)
zijn van toepassing.

Deze prijs is geldig tot 18 december. Als je akkoord bent, mag je gewoon op deze mail antwoorden
met "akkoord", dan bestel ik de hardware meteen.

Groetjes,

Kristof Wuyts
Netwijs bv - IT voor kmo's en vrije beroepen
Mechelsesteenweg 212, 2500 Lier | 03 480 27 15 | www.netwijs.be
""",
    items={
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
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
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
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
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 15,
        "response_time_hours_highest_priority": 4,
    },
)


NL_DOCUMENTS = [
    NL_TAXI_DISPATCH_LICENCE_AGREEMENT,
    NL_TENANT_PORTAL_HOSTING_AGREEMENT,
    NL_NAS_BACKUP_EMAIL_QUOTE,
]
