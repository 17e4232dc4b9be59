"""Training batch 6 (nl, writer a): four Dutch documents of kinds not used before.

1. nl_t6a_video_conferencing_rooms: a formal Flemish contract (numbered articles, signed by both
   parties) for the supply, installation and three-year management of Microsoft Teams Rooms
   video-conferencing equipment in six meeting rooms of an insurance brokerage.
2. nl_t6a_laboratory_information_system: a Netherlands project agreement (signed by both
   parties) for the licence, implementation and maintenance of an on-premise laboratory
   information management system (LIMS) at an environmental and water laboratory, with the
   supplier's general terms prevailing and best-efforts wording.
3. nl_t6a_chatbot_development: a short, informal Flemish e-mail offer for a website chatbot for a
   social housing company, accepted by a reply e-mail.
4. nl_t6a_energy_monitoring_dashboard: a Flemish order form with special conditions for an
   energy monitoring service (sub-meters plus dashboards) for a care group with four campuses,
   signed by both parties, with a long tacit renewal and no data export.

Written on 2026-12-05 by a helper session as training documents for the checklist model, without
reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings.

Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned; "partial" = mentioned but vague, a bare
cross-reference without content, a placeholder, best-efforts only, or a negation/disclaimer.
Items and risks whose reading was ambiguous are left out.
"""

from .unseen_documents import UnseenDocument

NL_T6A_VIDEO_CONFERENCING_ROOMS = UnseenDocument(
    name="nl_t6a_video_conferencing_rooms",
    text="""OVEREENKOMST VOOR DE LEVERING, INSTALLATIE EN HET BEHEER VAN VIDEOCONFERENTIE-UITRUSTING
IN VERGADERZALEN
Contractnummer: BV-2027-014

TUSSEN
Beeldverbinding nv, met maatschappelijke zetel te Kapucijnenvoer 61, 3000 Leuven, KBO 0712.448.903,
vertegenwoordigd door mevrouw Hilde Wouters, gedelegeerd bestuurder,
hierna "de Leverancier",

EN
Claes & Partners Verzekeringen bv, met maatschappelijke zetel te Grote Markt 14, 2800 Mechelen,
KBO 0456.112.370, vertegenwoordigd door de heer Bart Claes, bestuurder,
hierna "de Klant",

WORDT OVEREENGEKOMEN WAT VOLGT:

Artikel 1 - Voorwerp en contractdocumenten
1.1 De Leverancier levert, installeert en beheert videoconferentie-uitrusting op basis van
Microsoft Teams Rooms in zes vergaderzalen van de Klant: vier zalen op de zetel in Mechelen en
twee zalen in het kantoor te Lier.
1.2 Per zaal omvat de levering een Teams Rooms-systeem met touchconsole, een camera (Poly Studio
X52 in de kleine zalen, Poly Studio X70 in de twee grote zalen), plafondmicrofoons in de twee
grote zalen, één of twee schermen van 65" of 75", een draadloze presentatie-oplossing en alle
bekabeling. De gedetailleerde lijst per zaal staat in offerte BV-O-26-2291 van 14 oktober 2026,
die als Bijlage 1 deel uitmaakt van deze overeenkomst. Bijlage 2 bevat de servicebeschrijving en
het testprotocol, Bijlage 3 de verwerkersovereenkomst.
1.3 Niet inbegrepen zijn: de Microsoft Teams Rooms Pro-licenties, die de Klant via haar eigen
licentiepartner aankoopt; bouwkundige werken zoals het inbouwen van kabelgoten in muren of
valse plafonds; elektriciteitswerken; netwerkswitchen en de internetverbinding.
1.4 Bij strijdigheid gaat deze overeenkomst voor op Bijlage 2, en Bijlage 2 op Bijlage 1.
Algemene voorwaarden van de partijen, ook deze vermeld op offertes, facturen of bestelbonnen,
zijn niet van toepassing.

Artikel 2 - Prijzen en betaling
2.1 Levering en installatie gebeuren tegen een vaste prijs van EUR 38.640,00 excl. btw, als volgt
opgesplitst:
   Hardware (zes zalen)                                            EUR 31.240,00
   Installatie, configuratie en akoestische inregeling             EUR  5.600,00
   Opleiding gebruikers en IT-coördinator                          EUR  1.800,00
2.2 Het beheer- en onderhoudscontract (formule Comfort, artikel 6) kost EUR 410,00 per maand
excl. btw voor de zes zalen samen.
2.3 De maandvergoeding van 2.2 wordt jaarlijks op 1 januari geïndexeerd volgens de formule
P = P0 x (0,2 + 0,8 x S / S0), waarbij S het Agoria-referentieloon is van de maand december
voorafgaand aan de aanpassing. Andere prijswijzigingen zijn enkel mogelijk met schriftelijk
akkoord van de Klant.
2.4 Facturatie: hardware 50 % bij ondertekening en 50 % bij voorlopige oplevering; installatie
en opleiding bij voorlopige oplevering; de maandvergoeding per kwartaal vooraf, voor het eerst
na voorlopige oplevering. Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.
2.5 Meerwerk wordt uitsluitend uitgevoerd na een schriftelijke prijsopgave van de Leverancier en
de schriftelijke goedkeuring ervan door de Klant vóór de aanvang van de werken. Regiewerk wordt
aangerekend aan EUR 92,00 per uur per technieker, vermeerderd met een forfaitaire
verplaatsingskost van EUR 45,00 per interventie.

Artikel 3 - Planning en medewerking van de Klant
3.1 De hardware wordt geleverd binnen zes weken na ondertekening. De installatie gebeurt in
Mechelen in de weken 9 en 10 van 2027 en in Lier in week 11 van 2027. De voorlopige oplevering
van alle zalen vindt uiterlijk plaats op 26 maart 2027.
3.2 De Klant zorgt uiterlijk twee weken vóór de installatie per zaal voor een stopcontact en een
netwerkaansluiting (PoE-poort in het daartoe voorziene VLAN) op de aangeduide plaatsen, en
uiterlijk op 1 maart 2027 voor de resource-postvakken in Microsoft 365 en de Teams
Rooms Pro-licenties. De Klant verleent tijdens de installatieweken toegang tot de zalen tussen
7.30 en 19.00 uur.
3.3 Overschrijdt de Leverancier de datum van voorlopige oplevering door eigen toedoen, dan is hij
van rechtswege een forfaitaire schadevergoeding verschuldigd van 0,5 % van de vaste prijs per
werkdag vertraging, met een maximum van 5 %. Is de vertraging te wijten aan de Klant, dan wordt
de planning in onderling overleg aangepast en worden bijkomende verplaatsingen aangerekend
volgens artikel 2.5.

Artikel 4 - Team
4.1 Projectleider van de Leverancier is de heer Jonas Verhaegen. Aanspreekpunt van de Klant is de
heer Tom Peeters, IT-coördinator. De installatie gebeurt door twee techniekers met een
certificering Microsoft Teams Rooms en Poly, onder leiding van een technieker met ten minste vijf
jaar ervaring in audiovisuele integratie.
4.2 De Leverancier vervangt de projectleider of de leidinggevende technieker enkel na voorafgaande
schriftelijke melding aan de Klant, door een persoon met gelijkwaardige ervaring en met een
volledige overdracht van het dossier, zonder kosten voor de Klant.
4.3 De Leverancier voert de werken uit volgens de regels van de kunst, de installatierichtlijnen
van de fabrikanten en de Microsoft-certificeringsvereisten voor Teams Rooms.

Artikel 5 - Oplevering, documentatie, opleiding en waarborg
5.1 Na de installatie op een locatie voeren partijen samen de acceptatietests uit volgens het
testprotocol van Bijlage 2: een testgesprek intern en extern, beeld- en geluidscontrole vanop
elke zitplaats, het delen van inhoud draadloos en bekabeld, en de koppeling met de agenda. Het
door beide partijen ondertekende testverslag geldt als voorlopige oplevering. Blokkerende
opmerkingen worden binnen tien werkdagen verholpen, waarna de betrokken test wordt herhaald.
5.2 De definitieve oplevering vindt plaats drie maanden na de voorlopige oplevering, indien
alle opmerkingen uit het testverslag zijn weggewerkt.
5.3 Bij de voorlopige oplevering bezorgt de Leverancier een as-built dossier met de schema's per
zaal, de configuratie, de IP-adressen, de serienummers en de beheeraccounts, en overloopt hij dit
dossier met de IT-coördinator van de Klant.
5.4 De opleiding omvat per locatie een sessie van anderhalf uur voor de medewerkers, een
geplastificeerde snelgids in elke zaal en een halve dag voor de IT-coördinator. Op de eerste
werkdag na ingebruikname van elke locatie is een technieker van de Leverancier ter plaatse.
5.5 Gedurende twaalf maanden na de voorlopige oplevering herstelt of vervangt de Leverancier
kosteloos, onderdelen, arbeid en verplaatsing inbegrepen, elk gebrek aan de geleverde apparatuur
en aan de installatie.

Artikel 6 - Beheer en onderhoud (formule Comfort)
6.1 De formule Comfort omvat: monitoring van de zes systemen via het Teams Rooms Pro-beheerportaal,
proactieve opvolging van alarmen, het testen en uitrollen van firmware- en software-updates en
beveiligingspatches in een maandelijks onderhoudsvenster (eerste dinsdag van de maand na 19.00
uur), een helpdesk voor de gebruikers, een vervangtoestel bij defect, en twee preventieve
onderhoudsbezoeken per jaar.
6.2 De helpdesk is bereikbaar op werkdagen van 8.00 tot 18.00 uur via 016 98 40 20,
support@beeldverbinding.be en het klantenportaal.
6.3 Prioriteiten en termijnen, gerekend binnen de openingsuren van de helpdesk:
   P1 - een zaal is onbruikbaar      reactie binnen 1 uur      herstel of vervangtoestel binnen 8 werkuren
   P2 - gedeeltelijke storing        reactie binnen 4 uur      herstel binnen 2 werkdagen
   P3 - vraag of kleine fout         reactie binnen 2 werkdagen
6.4 Wordt de hersteltermijn voor een P1-melding overschreden, dan crediteert de Leverancier 10 %
van de maandvergoeding per incident, met een maximum van 50 % van de maandvergoeding per maand.
6.5 De Leverancier houdt per zaal een actueel configuratiedossier bij. Vaste accountmanager van de
Klant is mevrouw Ilse Janssens.
6.6 De Leverancier bezorgt de Klant elke maand een rapport met het gebruik per zaal, de incidenten
met hun reactie- en hersteltijden en de uitgevoerde updates. Elk kwartaal overleggen de
accountmanager en de IT-coördinator over dit rapport. Problemen die in dat overleg niet worden
opgelost, worden voorgelegd aan de gedelegeerd bestuurder van de Leverancier en de bestuurder van
de Klant.

Artikel 7 - Duur en beëindiging
7.1 Het beheer- en onderhoudscontract loopt 36 maanden vanaf de voorlopige oplevering. Daarna
wordt het stilzwijgend verlengd voor opeenvolgende periodes van twaalf maanden, tenzij een partij
het ten minste twee maanden vóór de vervaldag opzegt bij aangetekende brief.
7.2 Elke partij kan de overeenkomst ontbinden wanneer de andere partij een zware tekortkoming niet
herstelt binnen dertig dagen na een aangetekende ingebrekestelling.
7.3 Bij het einde van het beheercontract draagt de Leverancier de beheeraccounts, de
configuratiebestanden en de registratie van de toestellen in het beheerportaal over aan de Klant
of aan de door haar aangeduide opvolger, en bezorgt hij een export van de incidenthistoriek en de
gebruiksrapporten in csv-formaat. Tot twee maanden na het einde verleent de Leverancier zijn
medewerking aan de overdracht, tegen het regietarief van artikel 2.5.

Artikel 8 - Aansprakelijkheid
De aansprakelijkheid van de Leverancier is per schadegeval beperkt tot het totaal van de bedragen
die de Klant op grond van deze overeenkomst betaalde in de twaalf maanden voorafgaand aan het
schadegeval, en in elk geval tot ten minste EUR 25.000,00. De Leverancier is niet aansprakelijk
voor onrechtstreekse schade, behalve in geval van opzet of zware fout.

Artikel 9 - Eigendom en licenties
De geleverde hardware wordt eigendom van de Klant na volledige betaling van de vaste prijs. De
softwarelicenties van de toestellen worden geregistreerd op naam van de Klant.

Artikel 10 - Vertrouwelijkheid
Partijen houden alle informatie die zij in het kader van deze overeenkomst over elkaar ontvangen
vertrouwelijk, tijdens de overeenkomst en gedurende drie jaar na het einde ervan.

Artikel 11 - Persoonsgegevens
Via het beheerportaal heeft de Leverancier toegang tot de namen van vergaderingen en organisatoren.
De Leverancier verwerkt die gegevens als verwerker uitsluitend voor het beheer van de zalen en
volgens de instructies van de Klant, neemt geen beeld of geluid op, bewaart de gegevens
uitsluitend in de Europese Unie en meldt een datalek binnen 48 uur. De verdere afspraken staan in
de verwerkersovereenkomst van Bijlage 3, die samen met deze overeenkomst wordt ondertekend.

Artikel 12 - Geschillen en toepasselijk recht
12.1 Een geschil wordt eerst besproken tussen de projectleider of accountmanager en de
IT-coördinator, en bij gebrek aan oplossing binnen vijftien dagen tussen de gedelegeerd bestuurder
van de Leverancier en de bestuurder van de Klant.
12.2 Deze overeenkomst wordt beheerst door het Belgisch recht. Geschillen die niet in der minne
worden opgelost, behoren tot de uitsluitende bevoegdheid van de ondernemingsrechtbank te Leuven.

Opgemaakt te Mechelen op 2 december 2026, in twee exemplaren, waarvan elke partij erkent er één
te hebben ontvangen.

Voor Beeldverbinding nv                         Voor Claes & Partners Verzekeringen bv
Hilde Wouters, gedelegeerd bestuurder            Bart Claes, bestuurder
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
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
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
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 1,
    },
)

NL_T6A_LABORATORY_INFORMATION_SYSTEM = UnseenDocument(
    name="nl_t6a_laboratory_information_system",
    text="""PROJECTOVEREENKOMST
Licentie, implementatie en onderhoud LabTrace LIMS
Kenmerk: LT/2026/118

Partijen:

1. LabTrace Software B.V., statutair gevestigd te Eindhoven, kantoorhoudende aan de
   Kastanjelaan 400, 5616 LZ Eindhoven, KvK 17286034, hierbij vertegenwoordigd door de heer
   R. (Ruud) van der Linden, directeur, hierna "LabTrace";
2. Aqualab Oost B.V., gevestigd te Deventer, kantoorhoudende aan de Zutphenseweg 51,
   7418 AH Deventer, KvK 08174422, hierbij vertegenwoordigd door mevrouw drs. K. (Karin) Smit,
   directeur, hierna "Aqualab";

overwegende dat Aqualab, een door de Raad voor Accreditatie volgens ISO/IEC 17025 geaccrediteerd
milieu- en waterlaboratorium, haar huidige registratie in een Access-databank en Excel-werkbladen
wil vervangen door een laboratoriuminformatiesysteem;

komen het volgende overeen:

Artikel 1 - Opdracht
1.1 LabTrace verleent Aqualab een licentie op LabTrace LIMS versie 8 en implementeert het systeem
op de servers van Aqualab, met de modules Monsterregistratie en -ontvangst, Werklijsten,
Instrumentkoppelingen, Resultaatvalidatie, Klantrapportage (analysecertificaten) en de koppeling
met Exact Online voor facturatie.
1.2 Instrumentkoppelingen worden gerealiseerd voor vijf instrumenten: twee ICP-MS'en, een GC-MS,
een ionchromatograaf en een TOC-analysator.
1.3 Niet inbegrepen zijn: servers, databaselicenties (Microsoft SQL Server), de licentie van Exact
Online, de validatie van analysemethodes en het opstellen van de kwaliteitsdocumentatie van
Aqualab voor de accreditatie.

Artikel 2 - Vergoedingen
2.1 Licentie LabTrace LIMS, eeuwigdurend, voor 25 gelijktijdige gebruikers:  EUR 48.000,00
2.2 Instrumentkoppelingen, vaste prijs, 5 x EUR 3.200,00:                     EUR 16.000,00
2.3 Implementatie (inrichting, conversie, opleiding, begeleiding livegang) op basis van
nacalculatie tegen EUR 135,00 per uur. De geschatte inspanning bedraagt 180 uur
(EUR 24.300,00). Dreigt de werkelijke inspanning de schatting met meer dan 10 % te overschrijden,
dan meldt LabTrace dit tijdig aan Aqualab, waarna partijen in overleg treden over de verdere
aanpak.
2.4 Onderhoud en ondersteuning: 20 % van de licentieprijs per jaar, zijnde EUR 9.600,00 per jaar.
2.5 Alle bedragen zijn exclusief btw. LabTrace is gerechtigd haar uurtarieven en de
onderhoudsvergoeding jaarlijks per 1 januari aan te passen.
2.6 De licentie wordt gefactureerd bij ondertekening, de instrumentkoppelingen bij oplevering van
elke koppeling, de implementatie maandelijks achteraf op basis van urenstaten, en het onderhoud
jaarlijks vooraf vanaf de datum van livegang. Betaling binnen 30 dagen na factuurdatum.

Artikel 3 - Planning
3.1 Partijen hanteren de volgende planning:
   januari 2027         inrichtingsworkshops en functioneel ontwerp
   februari - april     configuratie en instrumentkoppelingen
   april                proefconversie
   mei 2027             acceptatietest door Aqualab
   1 juni 2027          livegang (beoogd)
3.2 De in deze overeenkomst genoemde data zijn streefdata. Overschrijding ervan geeft Aqualab geen
recht op schadevergoeding of ontbinding.

Artikel 4 - Verplichtingen van Aqualab
Aqualab stelt een projectleider aan (de heer T. Hendriks, hoofd laboratorium) en stelt twee key
users gedurende de configuratiefase gemiddeld twee dagen per week beschikbaar. Aqualab levert
uiterlijk 15 januari 2027 de stamgegevens aan (analysepakketten, methodes, grenswaarden,
klantenbestand) en stelt uiterlijk 1 februari 2027 een test- en een productieserver beschikbaar
volgens de systeemeisen van LabTrace, met beheerderstoegang via VPN.

Artikel 5 - Projectteam en werkwijze
5.1 Projectleider van LabTrace is mevrouw dr. E. (Eline) Bakker. De applicatieconsultants van
LabTrace hebben een achtergrond als analist of laboratoriummanager en ten minste drie jaar
ervaring met implementaties van LabTrace LIMS.
5.2 LabTrace kan consultants vervangen wanneer haar bedrijfsvoering dat vereist.
5.3 LabTrace configureert volgens haar implementatiemethode en test elke configuratiestap in de
testomgeving voordat deze aan Aqualab wordt overgedragen.
5.4 Iedere twee weken vindt een statusoverleg plaats tussen beide projectleiders, waarvan LabTrace
een verslag maakt met de voortgang, de bestede uren ten opzichte van de schatting, openstaande
punten en risico's. Eens per maand komt een stuurgroep bijeen, bestaande uit de directeur van
Aqualab, het hoofd laboratorium en de accountmanager van LabTrace.

Artikel 6 - Conversie
Aqualab levert een export uit de Access-databank en de Excel-werkbladen aan met de analyse-
resultaten van de afgelopen vijf jaar en het klantenbestand. LabTrace converteert deze gegevens
in een proefconversie en, na controle en akkoord van Aqualab, in een definitieve conversie in het
weekend voorafgaand aan de livegang.

Artikel 7 - Acceptatie, livegang en garantie
7.1 Aqualab voert binnen vijftien werkdagen na oplevering van de geconfigureerde testomgeving een
acceptatietest uit volgens een door Aqualab op te stellen validatieplan dat voldoet aan de eisen
van ISO/IEC 17025. Bevindingen worden ingedeeld in categorie A (blokkerend) en B (niet
blokkerend). Het systeem is aanvaard zodra geen bevindingen van categorie A meer openstaan.
7.2 LabTrace installeert het geaccepteerde systeem op de productieserver. Op de eerste twee
werkdagen na livegang is een consultant van LabTrace in het laboratorium aanwezig.
7.3 LabTrace verzorgt een train-de-trainer-opleiding van drie dagen voor de key users; de uren
vallen onder de schatting van artikel 2.3.
7.4 Bij oplevering levert LabTrace een inrichtingsdocument en een beheerdershandleiding.
7.5 Gedurende zestig dagen na livegang herstelt LabTrace gebreken in de configuratie en de
instrumentkoppelingen kosteloos.

Artikel 8 - Onderhoud en ondersteuning
8.1 Op het onderhoud en de ondersteuning is de Service Level Overeenkomst van LabTrace van
toepassing, zoals gepubliceerd op www.labtrace.nl/sla. Reactietermijnen zijn opgenomen in die
Service Level Overeenkomst.
8.2 De servicedesk is bereikbaar op werkdagen van 8.30 tot 17.00 uur via 040 237 19 00 en via het
supportportaal.
8.3 Het onderhoud omvat het ter beschikking stellen van nieuwe versies, patches en
beveiligingsupdates. De installatie van nieuwe versies wordt door LabTrace uitgevoerd tegen het
geldende uurtarief.
8.4 LabTrace zal zich naar beste vermogen inspannen om de opdracht uit te voeren. Alle
verplichtingen van LabTrace uit hoofde van deze overeenkomst zijn inspanningsverplichtingen.

Artikel 9 - Duur en beëindiging
9.1 De onderhoudsovereenkomst gaat in op de datum van livegang en geldt voor een periode van
twaalf maanden. Zij wordt daarna telkens stilzwijgend verlengd met twaalf maanden, tenzij een
partij schriftelijk opzegt met inachtneming van een opzegtermijn van drie maanden.
9.2 Iedere partij kan de overeenkomst ontbinden indien de andere partij, na een schriftelijke
ingebrekestelling met een redelijke termijn van ten minste dertig dagen, toerekenbaar tekort blijft
schieten in de nakoming van wezenlijke verplichtingen.

Artikel 10 - Broncode
Aqualab treedt toe tot de bestaande escrowregeling van LabTrace LIMS bij Escrow Alliance B.V. De
broncode wordt bij elke nieuwe hoofdversie gedeponeerd en komt ter beschikking van Aqualab bij
faillissement van LabTrace of bij beëindiging van het onderhoud van LabTrace LIMS. De jaarlijkse
kosten van EUR 650,00 zijn voor rekening van Aqualab.

Artikel 11 - Intellectuele eigendom
Alle intellectuele eigendomsrechten op LabTrace LIMS, de instrumentkoppelingen en de documentatie
berusten bij LabTrace. Aqualab verkrijgt een eeuwigdurend, niet-exclusief en niet-overdraagbaar
gebruiksrecht voor haar eigen laboratorium.

Artikel 12 - Aansprakelijkheid
De aansprakelijkheid van LabTrace is beperkt tot het bedrag dat voor de betreffende fase of
prestatie in rekening is gebracht, met een maximum van EUR 25.000,00. LabTrace is nimmer
aansprakelijk voor gevolgschade, gederfde winst, en verlies of verminking van gegevens, waaronder
meetresultaten.

Artikel 13 - Geheimhouding en persoonsgegevens
13.1 Partijen houden alle vertrouwelijke informatie van de andere partij geheim, waaronder de
klantgegevens en meetresultaten van Aqualab.
13.2 Voor zover LabTrace bij de ondersteuning toegang krijgt tot persoonsgegevens, sluiten partijen
zo nodig een verwerkersovereenkomst.

Artikel 14 - Algemene voorwaarden en toepasselijk recht
14.1 Op deze overeenkomst zijn de Algemene Voorwaarden van LabTrace Software B.V. (versie 2025)
van toepassing, die Aqualab verklaart te hebben ontvangen. Bij strijdigheid tussen deze
overeenkomst en de Algemene Voorwaarden prevaleren de Algemene Voorwaarden.
14.2 Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd aan de
bevoegde rechter van de rechtbank Oost-Brabant.

Aldus overeengekomen en in tweevoud ondertekend,

LabTrace Software B.V.                          Aqualab Oost B.V.
R. van der Linden, directeur                    drs. K. Smit, directeur
Eindhoven, 30 november 2026                     Deventer, 3 december 2026
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
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
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "partial",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
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
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 60,
    },
)

NL_T6A_CHATBOT_DEVELOPMENT = UnseenDocument(
    name="nl_t6a_chatbot_development",
    text="""Van: Sofie Van Damme <sofie.vandamme@woonpunt-schelde.be>
Aan: Wout Maes <wout@praatpaal.be>
Datum: maandag 23 november 2026 09:14
Onderwerp: RE: Voorstel chatbot website & huurdersportaal

Dag Wout,

Akkoord met je voorstel, ook namens onze directeur Geert. Jullie mogen starten zoals voorgesteld.
Ik bezorg de FAQ en de brochures in de eerste week van januari.

Groetjes,
Sofie

Sofie Van Damme | communicatieverantwoordelijke
Woonpunt Schelde | Kaai 3, 9200 Dendermonde | 052 26 18 40

-----Oorspronkelijk bericht-----
Van: Wout Maes <wout@praatpaal.be>
Datum: woensdag 18 november 2026 16:47
Aan: Sofie Van Damme <sofie.vandamme@woonpunt-schelde.be>
Onderwerp: Voorstel chatbot website & huurdersportaal

Dag Sofie,

Fijn om jullie vorige week te leren kennen! Zoals beloofd ons voorstel voor de chatbot.

Wat we maken
- Een chatbot op jullie website en in het huurdersportaal die vragen van (kandidaat-)huurders
  beantwoordt: huurprijs en huurberekening, herstellingen melden, inschrijven als kandidaat-huurder,
  verhuizen, onderhoud van de woning. In het Nederlands en in eenvoudig Nederlands, met een
  basisversie in het Frans en het Engels.
- De bot put uit jullie bestaande FAQ (ca. 120 vragen), de brochures en de infopagina's van de
  website. We gebruiken een taalmodel via Microsoft Azure OpenAI in het datacenter West-Europa.
- Weet de bot het antwoord niet, of wil de huurder een mens spreken, dan maakt hij een ticket aan
  in jullie TopDesk. Die koppeling is inbegrepen.
- Een beheerpagina waarop jullie zelf antwoorden kunnen aanpassen en nieuwe vragen toevoegen.
Niet inbegrepen: een koppeling met het individuele huurdersdossier (de bot kent dus geen
persoonlijke huurprijs of openstaande herstellingen), en kanalen zoals WhatsApp of telefonie.

Planning
- week 1-2 (vanaf 11 januari): content verzamelen, vragen en antwoorden structureren
- week 3-5: bouw en koppeling met TopDesk
- week 6: testweek met jouw team, daarna de laatste aanpassingen
- begin maart: live, we plaatsen het script samen met jullie webbureau op de site en in het portaal
Van jullie hebben we in de eerste week de FAQ en brochures in Word nodig, een testaccount in
TopDesk, en iemand (jij?) die tijdens het project een uurtje per week de antwoorden nakijkt.

Wie
Ik blijf jullie vaste aanspreekpunt, ook na de livegang. Lien Goossens doet de bouw.

Prijs (excl. btw)
- Bouw en inrichting, vaste prijs: EUR 7.800
- Abonnement: EUR 240 per maand voor hosting, monitoring, het taalmodel tot 5.000 gesprekken per
  maand, updates van platform en taalmodel, en maandelijks max. 2 uur bijsturen van de
  kennisbank op basis van de vragen die de bot niet kon beantwoorden. Boven 5.000 gesprekken
  rekenen we EUR 0,04 per gesprek.
- Een online opleiding van een uur voor jullie medewerkers over de beheerpagina zit in de prijs.
- Extra wensen doen we in regie aan EUR 85 per uur. We laten altijd vooraf weten hoeveel uur we
  denken nodig te hebben en starten pas als jij oké geeft.
Het maandbedrag kunnen we aanpassen als Microsoft de prijzen van het taalmodel verhoogt; dat laten
we jullie dan een maand op voorhand weten.

Facturatie: 50 % van de bouw bij de start, 50 % bij livegang. Het abonnement factureren we per
kwartaal vooraf. Betalen binnen 14 dagen, graag.

Looptijd: het abonnement loopt minimaal 12 maanden vanaf livegang. Daarna loopt het maand per
maand door en kunnen jullie het opzeggen met een maand opzeg. Stoppen jullie, dan krijgen jullie
de volledige kennisbank (alle vragen en antwoorden) als Excel-export.

Support: voor vragen of problemen mail je naar support@praatpaal.be of bel je mij op
0478 22 91 05. Tijdens kantooruren (werkdagen 9-17 u) reageren we binnen vier werkuren.
Wat beschikbaarheid betreft: de bot draait normaal gezien meer dan 99,5 % van de tijd, maar omdat
we afhankelijk zijn van Microsoft kunnen we daar geen garantie op geven. We doen uiteraard ons
best om storingen zo snel mogelijk op te lossen.

Rapport: elke maand krijg je een kort rapport met het aantal gesprekken, de meest gestelde vragen
en het aantal doorgestuurde tickets. Elk kwartaal zitten we een uurtje samen om bij te sturen.

Eigendom: de inhoud (vragen en antwoorden) blijft van jullie; het platform blijft van ons, jullie
krijgen er een gebruiksrecht op zolang het abonnement loopt.

Privacy: gesprekken worden 90 dagen bewaard in Azure West-Europa. Voor de verwerking van
persoonsgegevens maken we nog een verwerkersovereenkomst op.

Aansprakelijkheid: die is beperkt tot wat jullie in de twaalf maanden voor het schadegeval aan ons
betaald hebben.

Verder gelden onze algemene voorwaarden, zie praatpaal.be/voorwaarden.

Laat maar weten of het zo goed is, dan plannen we de start in.

Groeten,
Wout

Wout Maes | zaakvoerder
Praatpaal bv | Dok Noord 7, 9000 Gent | BE 0789.456.112
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
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.warranty": "missing",
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
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
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
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 14,
        "response_time_hours_highest_priority": 4,
    },
)

NL_T6A_ENERGY_MONITORING_DASHBOARD = UnseenDocument(
    name="nl_t6a_energy_monitoring_dashboard",
    text="""WATTWIJZER BV
Energiemonitoring voor bedrijven en zorginstellingen
Kleinhoefstraat 5, 2440 Geel | 014 57 80 30 | info@wattwijzer.be | BTW BE 0701.883.214

BESTELBON - DIENSTENOVEREENKOMST nr. WW-2027-0042

Klant:        vzw Zorggroep Kempenhart, Campus Sint-Jozef, Lindekensstraat 2, 2300 Turnhout
              BTW BE 0411.296.507
Contact:      dhr. Dirk Wuyts, diensthoofd technische dienst, 014 40 22 10
Campussen:    WZC Sint-Jozef (Turnhout), WZC De Linde (Oud-Turnhout), WZC Hof ter Kempen
              (Kasterlee), WZC Ter Heide (Beerse)
Referentie:   offerte WW-O-2026-377 van 4 november 2026, die deel uitmaakt van deze overeenkomst

1. BESTELDE DIENST: WATTWIJZER PRO
- plaatsing van 38 elektrische submeters op de verdeelborden (keukens, wasserij, HVAC, liften,
  verlichting) en 4 pulsuitlezers op de gasmeters;
- per campus een gateway met 4G-verbinding;
- uitlezing van de digitale hoofdmeters via de datahub van Fluvius op basis van het mandaat van
  de klant;
- inladen van de historische kwartierwaarden van de hoofdmeters over de voorbije twee jaar,
  voor zover beschikbaar bij Fluvius;
- online dashboard per campus en voor de groep, met alarmen bij afwijkend verbruik (per mail
  en sms);
- een maandrapport per campus met verbruik, kosten, afwijkingen en CO2-uitstoot;
- een jaarlijks adviesgesprek met uw energie-adviseur over besparingsmogelijkheden;
- helpdesk en vervanging van defecte meters en gateways;
- automatische updates van het platform.
Niet inbegrepen: aanpassingen aan verdeelborden buiten de plaatsing van de meters zelf,
monitoring van het waterverbruik en koppelingen met het gebouwbeheersysteem.

2. PRIJZEN (excl. btw)
Eenmalige installatie (meters, gateways, plaatsing, configuratie)     EUR  9.850,00
Abonnement Wattwijzer Pro, 4 campussen x EUR 165,00 per maand         EUR    660,00 per maand
Totale contractwaarde over de looptijd van 36 maanden                  EUR 33.610,00
Bijkomende meters en interventies die niet onder het abonnement vallen, worden aangerekend aan
EUR 78,00 per uur, vermeerderd met EUR 0,45 per km.
De prijzen worden jaarlijks op 1 januari aangepast aan de evolutie van de index der
consumptieprijzen.
Facturatie: de installatie na plaatsing; het abonnement jaarlijks vooraf. Betaling binnen 30 dagen
na factuurdatum.

3. PLAATSING EN OPSTART
De plaatsing gebeurt binnen acht weken na ondertekening van deze bestelbon, per campus op een
datum die met de technische dienst wordt afgesproken. De plaatsing wordt uitgevoerd door erkende
elektrotechnici, conform het AREI, en wordt afgesloten met een keuringsverslag.
De klant bezorgt vóór de plaatsing de EAN-codes van alle aansluitingen en het ondertekende
mandaat voor de Fluvius-datahub, en zorgt voor toegang tot de technische ruimtes en de
aanwezigheid van een medewerker van de technische dienst op de dag van de plaatsing.
Na de plaatsing krijgen de technische dienst en de directies een online opleiding van twee uur
over het dashboard en de alarmen.
Uw vaste energie-adviseur is dhr. Koen Smets (koen.smets@wattwijzer.be).

4. ONDERSTEUNING
De helpdesk is bereikbaar op werkdagen van 9.00 tot 17.00 uur via 014 57 80 39 en
support@wattwijzer.be. Bij een storing aan de meetinstallatie reageert Wattwijzer binnen één
werkdag; het herstel gebeurt binnen vijf werkdagen. Wattwijzer streeft naar een beschikbaarheid
van het platform van 99 %.

BIJZONDERE VOORWAARDEN

A. Looptijd. De overeenkomst wordt gesloten voor 36 maanden vanaf de plaatsing. Zij wordt
stilzwijgend verlengd voor een nieuwe periode van 36 maanden, tenzij zij ten minste zes maanden
vóór het einde van de lopende periode bij aangetekende brief wordt opgezegd.
B. Vroegtijdige beëindiging. Beëindigt de klant de overeenkomst vóór het einde van de lopende
periode, dan zijn de abonnementsgelden tot het einde van die periode onmiddellijk opeisbaar.
C. Eigendom. De meters en gateways blijven eigendom van Wattwijzer en worden bij het einde van de
overeenkomst gedemonteerd. Alle rechten op het platform en de rapportsjablonen blijven bij
Wattwijzer; de klant mag de rapporten vrij gebruiken binnen zijn organisatie.
D. Platform. Wattwijzer mag de functionaliteiten van het platform te allen tijde aanpassen,
uitbreiden of beperken.
E. Gegevens na het einde. Na het einde van de overeenkomst blijven de gegevens nog 30 dagen
bewaard en worden ze daarna definitief gewist. Een export van de meetgegevens is niet voorzien.
F. Verbintenis. Wattwijzer levert haar diensten als middelenverbintenis.
G. Aansprakelijkheid. Wattwijzer is niet aansprakelijk voor beslissingen die de klant neemt op
basis van de gegevens, noch voor onrechtstreekse schade of verlies van gegevens. Haar
aansprakelijkheid is in elk geval beperkt tot drie maanden abonnementsgeld.
H. Privacy. Het platform verwerkt geen gegevens over bewoners. De gebruikersaccounts van
medewerkers worden verwerkt volgens de privacyverklaring op wattwijzer.be/privacy.
I. Algemene voorwaarden. Deze bestelbon is onderworpen aan de algemene voorwaarden van
Wattwijzer op de keerzijde, die de klant verklaart te kennen en te aanvaarden. Bij
tegenstrijdigheid hebben de algemene voorwaarden voorrang.
J. Bevoegdheid. Op deze overeenkomst is het Belgisch recht van toepassing. Enkel de rechtbanken van
het gerechtelijk arrondissement Antwerpen, afdeling Turnhout, zijn bevoegd.

Opgemaakt te Turnhout op 3 december 2026 in twee exemplaren.

Voor Wattwijzer bv                              Voor de klant, vzw Zorggroep Kempenhart
Ann Mertens, commercieel directeur               Luc Daems, algemeen directeur
(handtekening)                                   (handtekening, voorafgegaan door "gelezen en
                                                 goedgekeurd")
                                                 Gelezen en goedgekeurd, L. Daems
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
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
        "team.seniority": "covered",
        "team.knowledge_transfer": "missing",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "partial",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "partial",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.data_lockin": True,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 36,
        "notice_period_days": 180,
        "payment_term_days": 30,
    },
)


DOCUMENTS = [
    NL_T6A_VIDEO_CONFERENCING_ROOMS,
    NL_T6A_LABORATORY_INFORMATION_SYSTEM,
    NL_T6A_CHATBOT_DEVELOPMENT,
    NL_T6A_ENERGY_MONITORING_DASHBOARD,
]
