"""Held-out batch 15, Dutch documents: a Flemish maintenance and service agreement for the ticketing
platform and the access gates (turnstiles, tills, self-service kiosks, hosted online ticket shop) of
a zoo (numbered articles, signed by both parties, the supplier's general terms apply where the
agreement is silent), a Netherlands agreement for the migration of the client case files of a
youth-care foundation from its old case-file system to a new one, with a read-only archive for the
closed files (numbered articles, the client's purchasing terms, signed by both parties), and a
short informal Flemish e-mail offer from a one-man IT business to a farm shop for stock and
temperature alerts and a sales dashboard on its vending-locker wall, accepted by a reply e-mail.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches: months = 30 days for notice and warranty; response time of the highest priority
in hours (working hours counted as hours; 30 minutes = 0.5); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned; a supplier's general terms that apply where the
agreement is silent (even when the agreement prevails) raise risk.supplier_terms_prevail. Items
that are not clear for a document (e.g. rollout items in a pure maintenance contract) are left out.
"""

from .unseen_documents import UnseenDocument

NL_ZOO_TICKETING_GATES_MAINTENANCE = UnseenDocument(
    name="nl_zoo_ticketing_gates_maintenance",
    text="""ONDERHOUDS- EN SERVICEOVEREENKOMST TICKETING EN TOEGANGSCONTROLE
Contractnummer PW-SO-2026-044

TUSSEN
Poortwerk nv, met maatschappelijke zetel te Industriepark Noord 12, 2800 Mechelen,
ondernemingsnummer 0712.448.906, vertegenwoordigd door de heer Bart Willems, gedelegeerd
bestuurder, hierna "Poortwerk",

EN
Dierenpark Scheldeveld vzw, met maatschappelijke zetel te Scheldedijk 40, 9140 Temse,
ondernemingsnummer 0409.233.571, vertegenwoordigd door mevrouw Ingrid Van Acker, algemeen
directeur, hierna "het Dierenpark",

WORDT OVEREENGEKOMEN WAT VOLGT.

Artikel 1 - Voorwerp en contractdocumenten
1.1 Poortwerk verzorgt het onderhoud van het ticketing- en toegangscontrolesysteem dat zij in 2024
aan het Dierenpark heeft geleverd: het door Poortwerk gehoste platform ParkTix (kassamodule, online
ticketshop, jaarabonnementen), 6 kassa's, 2 zelfbedieningszuilen, 8 draaihekken met QR-lezers, 2
brede poortjes en 2 uitgangsdraaikruisen, zoals opgelijst in bijlage 1.
1.2 De overeenkomst bestaat uit deze tekst, bijlage 1 (inventaris), bijlage 2 (offerte PW-OF-26-203
van 6 november 2026) en bijlage 3 (verwerkersovereenkomst). Bij tegenstrijdigheid gaat deze tekst
voor op de bijlagen.
1.3 Voor al wat deze overeenkomst niet regelt, gelden de algemene voorwaarden van Poortwerk (versie
2025), die het Dierenpark verklaart te hebben ontvangen en te aanvaarden. Bij strijdigheid tussen
die voorwaarden en deze overeenkomst gaat deze overeenkomst voor.

Artikel 2 - De formule Park Care
2.1 De formule Park Care omvat:
 a) twee preventieve onderhoudsbeurten per jaar, in februari en in oktober, met afstelling van
    de draaihekken, nazicht van lezers, ticketprinters en kassalades en een test van de noodopening;
 b) correctief onderhoud: herstelling of omwisseling ter plaatse van defecte hekken, lezers,
    kassa's en zuilen, onderdelen, arbeid en verplaatsing inbegrepen;
 c) bewaking op afstand van ParkTix, de online ticketshop en de verbinding met elk hek, 24 uur
    per dag;
 d) hosting, dagelijkse back-up en beheer van ParkTix en de online ticketshop;
 e) jaarlijks in maart een opleiding van een halve dag voor de kassamedewerkers en jobstudenten,
    en een beknopte handleiding bij elke kassa.
2.2 Niet inbegrepen zijn: verbruiksgoederen (thermisch ticketpapier, polsbandjes), schade door
vandalisme, aanrijding, blikseminslag of waterinfiltratie, herstellingen na ingrepen door derden,
en het netwerk en de internetverbinding van het Dierenpark. Zulke werken voert Poortwerk uit als
meerwerk volgens artikel 6.4.
2.3 Poortwerk voert alle werken uit volgens de regels van de kunst en de onderhoudsvoorschriften
van de fabrikant van de draaihekken. Elke interventie wordt afgesloten met een functionele test van
het toestel en een interventierapport dat de dienstdoende verantwoordelijke van het Dierenpark
aftekent.
2.4 De techniekers van Poortwerk zijn door de fabrikant gecertificeerd voor het onderhoud van de
gebruikte draaihekken en beschikken over een geldig VCA-attest.

Artikel 3 - Aanvang en nulmeting
3.1 De overeenkomst gaat in op 1 januari 2027. Uiterlijk op 15 februari 2027 voert Poortwerk een
nulmeting uit: een volledige controle van alle toestellen van bijlage 1, de actualisering van het
configuratiedossier en de aansluiting van de hekken op het nieuwe bewakingsplatform van Poortwerk.

Artikel 4 - Helpdesk, interventietermijnen en beschikbaarheid
4.1 De helpdesk van Poortwerk is alle dagen van het jaar, zon- en feestdagen inbegrepen, bereikbaar
van 8.00 tot 19.00 uur op het nummer 015 28 66 10 en via het serviceportaal. Meldingen die buiten
die uren via het portaal binnenkomen, worden de volgende ochtend behandeld.
4.2 Prioriteiten en termijnen, gerekend binnen de helpdeskuren:
 Prioriteit 1 - de toegang van bezoekers is verstoord: meer dan de helft van de hekken of van de
   kassa's buiten werking, of de online ticketshop onbereikbaar.
   Reactie binnen 30 minuten; noodoplossing (hekken in vrije doorgang, offline verkoop) binnen
   2 uur; technieker ter plaatse binnen 4 uur; definitieve herstelling binnen 1 werkdag.
 Prioriteit 2 - één hek, één kassa of één zuil buiten werking.
   Reactie binnen 2 uur; herstelling binnen 2 werkdagen.
 Prioriteit 3 - vragen, rapporten, kleine fouten zonder gevolgen voor de bezoekers.
   Reactie binnen 1 werkdag; oplossing binnen 10 werkdagen of in de eerstvolgende versie.
4.3 Poortwerk garandeert een beschikbaarheid van ParkTix en van de online ticketshop van 99,7 % per
kalendermaand, exclusief gepland onderhoud dat vijf werkdagen vooraf wordt aangekondigd en tussen
22.00 en 6.00 uur gebeurt.
4.4 Wordt de beschikbaarheid van 4.3 in een maand niet gehaald, dan crediteert Poortwerk 10 % van
de maandvergoeding per begonnen 0,5 % onder de norm. Wordt bij prioriteit 1 de noodoplossing niet
binnen de termijn geboden, dan crediteert Poortwerk € 250,00 per begonnen uur overschrijding. De
kredieten bedragen samen ten hoogste 30 % van de maandvergoeding en worden verrekend op de
eerstvolgende factuur.
4.5 Poortwerk installeert de beveiligingspatches van ParkTix en van de besturingssystemen van de
kassa's en zuilen binnen 14 dagen nadat ze beschikbaar zijn, kritieke patches binnen 72 uur. Nieuwe
versies van ParkTix worden alleen tussen 15 november en 15 februari uitgerold, na een test op de
acceptatieomgeving, en nooit tijdens schoolvakanties.
4.6 Poortwerk houdt een configuratiedossier bij (netwerkplan, IP-adressen, instellingen van de
hekken, tarieven- en ticketstructuur) dat het Dierenpark in het serviceportaal kan raadplegen en
dat de helpdesk bij elke melding gebruikt. Vaste servicemanager voor het Dierenpark is de heer Jens
Peeters (jens.peeters@poortwerk.be, 0478 52 19 33); aanspreekpunt bij het Dierenpark is mevrouw
Hilde Claes, hoofd onthaal en ticketing.

Artikel 5 - Verplichtingen van het Dierenpark
5.1 Het Dierenpark geeft de techniekers van Poortwerk tijdens de openingsuren en een uur ervoor
vrije toegang tot de ingangszone en het technisch lokaal, zorgt voor een stabiele internetverbinding
en een VPN-toegang voor de bewaking op afstand, meldt evenementen met avondopening of met meer dan
5.000 verwachte bezoekers minstens vier weken vooraf, laat geen wijzigingen aan de hekken of aan het
netwerk uitvoeren zonder voorafgaand akkoord van Poortwerk, en bezorgt nieuwe tarieven en
ticketformules ten minste tien werkdagen vóór hun ingang.

Artikel 6 - Vergoedingen en facturatie
6.1 Eenmalige opstartvergoeding voor de nulmeting van artikel 3.1: € 1.450,00 excl. btw.
6.2 Jaarlijkse vergoeding Park Care voor de volledige inventaris van bijlage 1: € 28.560,00 excl.
btw, hetzij € 2.380,00 per maand.
6.3 De jaarlijkse vergoeding wordt op 1 januari van elk jaar, voor het eerst op 1 januari 2028,
aangepast volgens de formule P = P0 x (0,2 + 0,8 x S/S0), waarbij S de Agoria-referentieloonkost
is.
6.4 Werken die niet onder de formule Park Care vallen, voert Poortwerk alleen uit na een
schriftelijke prijsopgave die het Dierenpark vooraf goedkeurt; voor een dringende herstelling
tijdens de openingsuren volstaat een akkoord per e-mail van het aanspreekpunt. Tarieven 2027:
technieker € 86,00 per uur, verplaatsing € 65,00 per interventie, toeslag van 50 % op zon- en
feestdagen.
6.5 De opstartvergoeding wordt gefactureerd na de nulmeting, de jaarlijkse vergoeding per kwartaal
vooraf en het meerwerk maandelijks. Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

Artikel 7 - Rapportering en overleg
7.1 Poortwerk bezorgt uiterlijk op de vijfde werkdag van elke maand een servicerapport met de
gemeten beschikbaarheid, de meldingen per prioriteit met hun reactie- en hersteltijd, de toegekende
servicekredieten en de geplande werken.
7.2 Elk kwartaal houden de servicemanager en het aanspreekpunt van het Dierenpark een
serviceoverleg. Eenmaal per jaar, in november, volgt een evaluatie met de operationeel directeur
van het Dierenpark en de directeur service van Poortwerk. Raken de servicemanager en het
aanspreekpunt het over een probleem niet eens, dan leggen zij het binnen twee werkdagen aan die
directeurs voor.

Artikel 8 - Duur, beëindiging en einde van de overeenkomst
8.1 De overeenkomst wordt gesloten voor een duur van 36 maanden vanaf 1 januari 2027. Daarna wordt
zij stilzwijgend verlengd voor opeenvolgende periodes van 12 maanden, tenzij een partij ze opzegt
bij aangetekende brief, ten minste zes maanden vóór het einde van de lopende periode.
8.2 Elke partij kan de overeenkomst zonder rechterlijke tussenkomst ontbinden wanneer de andere
partij een wezenlijke verplichting niet nakomt en dit niet rechtzet binnen dertig dagen na een
aangetekende ingebrekestelling. Haalt Poortwerk de beschikbaarheid van 4.3 in drie opeenvolgende
maanden niet, dan kan het Dierenpark de overeenkomst met onmiddellijke ingang opzeggen.
8.3 Bij het einde van de overeenkomst, om welke reden ook, bezorgt Poortwerk binnen dertig dagen
kosteloos een volledige export van de verkoopgegevens, de jaarabonnementen en de bezoekerstellingen
in CSV-formaat, samen met het actuele configuratiedossier. Op verzoek van het Dierenpark blijft
Poortwerk gedurende ten hoogste zes maanden na het einde ParkTix en het onderhoud leveren tegen de
laatst geldende vergoeding, en werkt zij mee aan de overdracht naar een nieuwe leverancier tegen de
tarieven van artikel 6.4.

Artikel 9 - Intellectuele eigendom
9.1 ParkTix blijft eigendom van Poortwerk. Het Dierenpark krijgt voor de duur van de overeenkomst
een niet-exclusief en niet-overdraagbaar gebruiksrecht. De ticketontwerpen, logo's en het
beeldmateriaal van het Dierenpark blijven zijn eigendom.

Artikel 10 - Aansprakelijkheid
10.1 De aansprakelijkheid van Poortwerk is per schadegeval en per kalenderjaar beperkt tot het
bedrag van drie maanden vergoeding onder deze overeenkomst.
10.2 Poortwerk is in geen geval aansprakelijk voor onrechtstreekse schade, zoals gederfde inkomsten
uit ticketverkoop, verlies van bezoekers of reputatieschade, noch voor verlies of beschadiging van
gegevens.

Artikel 11 - Vertrouwelijkheid en persoonsgegevens
11.1 Partijen houden alle informatie die zij over elkaar ontvangen, waaronder de bezoekcijfers en
de omzet van het Dierenpark, vertrouwelijk, tijdens de overeenkomst en drie jaar na het einde
ervan.
11.2 Voor de gegevens van jaarabonnees en online kopers (naam, adres, e-mailadres, foto op de
abonnementskaart) treedt Poortwerk op als verwerker in de zin van de AVG; de verwerkersovereenkomst
van bijlage 3 is van toepassing. De gegevens worden uitsluitend in datacenters in België bewaard.

Artikel 12 - Toepasselijk recht en geschillen
12.1 Deze overeenkomst wordt beheerst door het Belgisch recht.
12.2 Partijen trachten elk geschil eerst in der minne op te lossen via de escalatie van artikel
7.2. Lukt dat niet binnen dertig dagen, dan zijn uitsluitend de ondernemingsrechtbanken van
Antwerpen, afdeling Mechelen, bevoegd.

Opgemaakt te Temse op 4 december 2026, in twee exemplaren, waarvan elke partij erkent er één te
hebben ontvangen.

Voor Poortwerk nv                                 Voor Dierenpark Scheldeveld vzw

(handtekening)                                    (handtekening)
Bart Willems                                      Ingrid Van Acker
gedelegeerd bestuurder                            algemeen directeur
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
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
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
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.7,
    },
)

NL_YOUTH_CARE_CASE_FILE_MIGRATION = UnseenDocument(
    name="nl_youth_care_case_file_migration",
    text="""OVEREENKOMST DATAMIGRATIE CLIËNTDOSSIERS
Kenmerk Opdrachtgever: HPJ/ICT/2026-19          Kenmerk Opdrachtnemer: DW-26-077

PARTIJEN:

1. Stichting Horizonpad Jeugdhulp, Vosselmanstraat 318, 7311 VZ Apeldoorn, KvK-nummer 41038822,
   vertegenwoordigd door mevrouw drs. E.C. (Esther) Wolters, bestuurder, hierna: "Opdrachtgever";
2. Dossierwerk B.V., Stationsplein 27, 3818 LE Amersfoort, KvK-nummer 85512094, vertegenwoordigd
   door de heer R.P. (Roel) Brink, directeur, hierna: "Opdrachtnemer";

OVERWEGENDE DAT Opdrachtgever haar cliëntdossier JeugdNet (Careline Software B.V.) vervangt door
het cliëntdossier Kompas van Zorgsuite B.V., waarvoor zij met Zorgsuite afzonderlijk contracteert;

KOMEN OVEREEN ALS VOLGT:

Artikel 1 - Contractdocumenten en voorwaarden
1.1 Deze overeenkomst bestaat uit deze tekst en de volgende bijlagen: Bijlage 1 Plan van aanpak,
migratieplanning en testscripts; Bijlage 2 Offerte DW-26-077 van 12 november 2026 met de nota van
inlichtingen; Bijlage 3 Verwerkersovereenkomst. Bij strijdigheid gaat deze tekst voor, daarna
Bijlage 3, Bijlage 1 en Bijlage 2.
1.2 De Algemene Inkoopvoorwaarden van Opdrachtgever (versie 2024) zijn van toepassing en komen in
rangorde na de bijlagen. Algemene voorwaarden van Opdrachtnemer, onder welke naam ook, zijn niet
van toepassing.

Artikel 2 - Omvang van de opdracht
2.1 Opdrachtnemer migreert uit JeugdNet naar Kompas de gegevens van de cliënten en hun betrokkenen
van alle lopende trajecten en van de trajecten die na 1 januari 2022 zijn afgesloten (ongeveer
3.800 cliënten), met per cliënt de hulpverleningsplannen, rapportages, beschikkingen, toewijzingen
(iJw-berichten) en risicotaxaties, en de documenten bij die dossiers (ongeveer 185.000 bestanden).
2.2 Dossiers van trajecten die vóór 1 januari 2022 zijn afgesloten (ongeveer 9.600 dossiers) worden
niet naar Kompas gemigreerd, maar overgezet naar de raadpleegomgeving van artikel 9.
2.3 Niet inbegrepen zijn: de inrichting van Kompas, de koppelingen van Kompas met andere systemen
en de opleiding van medewerkers in het gebruik van Kompas (die vallen onder de overeenkomst met
Zorgsuite), en het inhoudelijk opschonen van dossiers.

Artikel 3 - Aanpak en planning
3.1 De migratie verloopt in de volgende fasen, uitgewerkt in Bijlage 1:
   Fase 1  analyse en mapping           4 januari - 5 februari 2027   mappingdocument
   Fase 2  proefmigratie 1              week 8 van 2027               reconciliatierapport 1
   Fase 3  proefmigratie 2              week 12 van 2027              reconciliatierapport 2
   Fase 4  definitieve migratie         vrijdag 16 april 2027 17.00 uur tot
                                        maandag 19 april 2027 07.00 uur
   Fase 5  nazorg                       19 april - 14 mei 2027
3.2 Vanaf vrijdag 16 april 2027 17.00 uur is JeugdNet alleen-lezen. Opdrachtnemer meldt uiterlijk
zondag 18 april 2027 om 20.00 uur of aan de go/no-go-criteria van Bijlage 1 is voldaan. Bij "go"
werken de medewerkers vanaf maandag 19 april 2027 07.00 uur in Kompas; bij "no-go" blijft JeugdNet
in gebruik en stellen partijen binnen vijf werkdagen een nieuwe datum vast.

Artikel 4 - Verplichtingen van Opdrachtgever
4.1 Opdrachtgever zorgt ervoor dat Careline uiterlijk op 4 januari 2027 een volledige kopie van de
database en de documentopslag van JeugdNet aanlevert, en draagt de kosten daarvan.
4.2 Opdrachtgever stelt gedurende de fasen 1 tot en met 4 een functioneel applicatiebeheerder
gemiddeld twee dagen per week beschikbaar, en voor elke proefmigratie een testteam van ten minste
vier gedragswetenschappers en administratief medewerkers.
4.3 Opdrachtgever keurt het mappingdocument binnen tien werkdagen na ontvangst goed of geeft
gemotiveerd commentaar, en voegt vóór proefmigratie 2 dubbel geregistreerde cliënten samen aan de
hand van de lijst die Opdrachtnemer na proefmigratie 1 aanlevert.

Artikel 5 - Vertraging
5.1 Wordt de definitieve migratie door een oorzaak die aan Opdrachtnemer is toe te rekenen niet op
de datum van artikel 3.1 uitgevoerd, dan verbeurt Opdrachtnemer een boete van € 500,00 per werkdag
vertraging, met een maximum van 10 % van de vaste prijs, onverminderd het recht van Opdrachtgever
op nakoming.
5.2 Komt Opdrachtgever een verplichting uit artikel 4 niet tijdig na, dan schuiven de daarvan
afhankelijke data op. Partijen leggen de nieuwe planning schriftelijk vast; aantoonbare extra uren
van Opdrachtnemer worden na voorafgaande goedkeuring door de projectleider van Opdrachtgever
vergoed tegen de tarieven van artikel 7.3.

Artikel 6 - Team, rapportage en overleg
6.1 Projectleider van Opdrachtnemer is mevrouw F. (Femke) Jansen; lead data-engineer is de heer R.
(Ruben) Visser. Projectleider van Opdrachtgever is mevrouw M. (Marieke) Bos, informatiemanager.
6.2 De projectleider van Opdrachtnemer heeft ten minste acht jaar ervaring met datamigraties in de
zorg; de data-engineers in het team hebben elk ten minste drie jaar ervaring met de migratie van
zorgdossiers.
6.3 Opdrachtnemer vervangt de in 6.1 genoemde personen alleen met voorafgaande schriftelijke
toestemming van Opdrachtgever, die niet op onredelijke gronden wordt geweigerd, door iemand met ten
minste gelijkwaardige kennis en ervaring. Een inwerkperiode van vijf werkdagen met overlap komt
voor rekening van Opdrachtnemer.
6.4 Opdrachtnemer stuurt elke vrijdag een voortgangsrapportage met de afgeronde en geplande
activiteiten, de stand van de reconciliatie, de risico's en de openstaande beslispunten.
6.5 Eens per vier weken, en in de week vóór de definitieve migratie, komt een stuurgroep bijeen met
de bestuurder van Opdrachtgever, beide projectleiders en de directeur van Opdrachtnemer. Kunnen de
projectleiders een probleem niet binnen drie werkdagen oplossen, dan leggen zij het aan de
stuurgroep voor.

Artikel 7 - Prijs en betaling
7.1 Voor de fasen 1 tot en met 5 geldt een vaste prijs van € 48.600,00 exclusief btw.
7.2 De vaste prijs wordt gefactureerd voor 30 % na goedkeuring van het mappingdocument, 40 % na
acceptatie van proefmigratie 2 en 30 % na de eindacceptatie van artikel 8.3. Opdrachtgever betaalt
binnen 30 dagen na ontvangst van een juiste factuur.
7.3 Werkzaamheden buiten de omvang van artikel 2 worden alleen uitgevoerd op basis van een
schriftelijk wijzigingsvoorstel met de gevolgen voor prijs en planning, dat de projectleider van
Opdrachtgever vóór de uitvoering heeft ondertekend, tegen de volgende uurtarieven: projectleider
€ 135,00 en data-engineer € 115,00 exclusief btw. Deze tarieven staan vast tot en met
31 december 2027.
7.4 Voor de raadpleegomgeving van artikel 9 geldt een eenmalige inrichtingsvergoeding van
€ 2.750,00 en een vergoeding van € 390,00 per maand, per kwartaal achteraf gefactureerd, beide
exclusief btw. De maandvergoeding wordt vanaf 1 januari 2028 jaarlijks aangepast met de
consumentenprijsindex (CPI) van het CBS.

Artikel 8 - Kwaliteit, acceptatie en garantie
8.1 Na elke proefmigratie en na de definitieve migratie levert Opdrachtnemer een
reconciliatierapport dat per gegevenstype de aantallen in JeugdNet en Kompas vergelijkt, met een
steekproef van 100 dossiers die twee medewerkers van Opdrachtnemer onafhankelijk van elkaar hebben
gecontroleerd.
8.2 Het testteam van Opdrachtgever test elke proefmigratie gedurende vijf werkdagen aan de hand van
de testscripts van Bijlage 1. Een proefmigratie is geaccepteerd wanneer geen bevindingen van
categorie A (gegevens ontbreken of staan bij de verkeerde cliënt) openstaan en ten hoogste tien
bevindingen van categorie B (opmaak, volgorde, niet-kritieke velden).
8.3 De eindacceptatie volgt na de nazorgfase, wanneer alle bevindingen van categorie A en B zijn
opgelost of door Opdrachtgever schriftelijk zijn aanvaard.
8.4 Gedurende 60 dagen na de eindacceptatie herstelt Opdrachtnemer kosteloos elke fout in de
gemigreerde gegevens die het gevolg is van de migratie.
8.5 In de eerste twee weken na de definitieve migratie zijn op werkdagen van 08.00 tot 17.00 uur
twee medewerkers van Opdrachtnemer op het hoofdkantoor van Opdrachtgever aanwezig om vragen van
medewerkers over de gemigreerde dossiers te beantwoorden en meldingen op te nemen.

Artikel 9 - Raadpleegomgeving gesloten dossiers
9.1 Opdrachtnemer zet de dossiers van artikel 2.2 vóór 1 mei 2027 over naar haar raadpleegomgeving
ArchiefZicht, waarin bevoegde medewerkers van Opdrachtgever ze alleen-lezen kunnen inzien.
9.2 De servicedesk voor de raadpleegomgeving is op werkdagen van 08.30 tot 17.00 uur bereikbaar via
033 760 21 45 en servicedesk@dossierwerk.nl. Is de raadpleegomgeving niet bereikbaar, dan reageert
Opdrachtnemer binnen 2 uur en herstelt zij de toegang binnen 1 werkdag; op andere meldingen
reageert zij binnen 1 werkdag.
9.3 Opdrachtnemer garandeert een beschikbaarheid van de raadpleegomgeving van 99,5 % per kwartaal,
gepland onderhoud buiten kantoortijd niet meegerekend.
9.4 Afspraken over updates van ArchiefZicht en de planning daarvan maken partijen in onderling
overleg.
9.5 De raadpleegomgeving loopt tot en met 31 december 2031 en eindigt dan van rechtswege, zonder
verlenging. Opdrachtgever kan de raadpleegomgeving tussentijds opzeggen tegen het einde van een
kalendermaand, met een opzegtermijn van één maand.
9.6 Uiterlijk dertig dagen na het einde van de raadpleegomgeving levert Opdrachtnemer kosteloos
alle daarin opgenomen dossiers aan in PDF/A, met de metagegevens per dossier in XML en een
indexbestand in CSV, zodat Opdrachtgever ze in een eigen archief of bij een andere leverancier kan
onderbrengen. Tot drie maanden na het einde werkt Opdrachtnemer op verzoek mee aan de overdracht
naar die andere leverancier, tegen de tarieven van artikel 7.3.

Artikel 10 - Documentatie en intellectuele eigendom
10.1 Bij de eindacceptatie draagt Opdrachtnemer het definitieve mappingdocument, de
reconciliatierapporten, het migratielogboek en een beschrijving van alle omzettingsregels over aan
Opdrachtgever.
10.2 De gegevens van Opdrachtgever blijven te allen tijde haar eigendom. De rechten op de
documenten van 10.1 gaan over op Opdrachtgever. De migratiesoftware en scripts van Opdrachtnemer
blijven haar eigendom.

Artikel 11 - Aansprakelijkheid
11.1 De aansprakelijkheid van Opdrachtnemer is beperkt tot het bedrag van de vaste prijs van
artikel 7.1. Deze beperking geldt niet bij opzet of bewuste roekeloosheid van Opdrachtnemer of haar
leidinggevenden.
11.2 Opdrachtnemer is niet aansprakelijk voor indirecte schade. Tot de vergoedbare directe schade
behoren uitdrukkelijk de redelijke kosten van het herstellen van gegevens die door de migratie
verloren zijn gegaan of verminkt zijn.

Artikel 12 - Geheimhouding en persoonsgegevens
12.1 Opdrachtnemer houdt alle informatie die zij bij de uitvoering verkrijgt, in het bijzonder de
gegevens van jeugdigen en hun gezinnen, geheim, ook na het einde van deze overeenkomst.
12.2 Opdrachtnemer verwerkt persoonsgegevens uitsluitend als verwerker in de zin van artikel 28
AVG, in Nederland en volgens de verwerkersovereenkomst van Bijlage 3, en meldt een (vermoedelijk)
datalek binnen 24 uur na ontdekking aan de functionaris gegevensbescherming van Opdrachtgever.

Artikel 13 - Ontbinding
13.1 Elke partij kan deze overeenkomst geheel of gedeeltelijk ontbinden indien de andere partij
tekortschiet na een schriftelijke ingebrekestelling met een termijn van ten minste vijftien
werkdagen. Opdrachtgever kan de overeenkomst bovendien met onmiddellijke ingang opzeggen bij
faillissement van Opdrachtnemer of bij een ernstig datalek dat aan Opdrachtnemer is toe te rekenen.

Artikel 14 - Toepasselijk recht en geschillen
14.1 Op deze overeenkomst is Nederlands recht van toepassing.
14.2 Een geschil wordt eerst in de stuurgroep besproken. Leidt dat niet binnen twintig werkdagen
tot een oplossing, dan proberen partijen het geschil op te lossen via mediation door een
MfN-registermediator. Slaagt de mediation niet binnen zestig dagen, dan is de Rechtbank Gelderland
bevoegd.

Aldus overeengekomen en in tweevoud ondertekend,

Stichting Horizonpad Jeugdhulp                    Dossierwerk B.V.

(handtekening)                                    (handtekening)
drs. E.C. Wolters, bestuurder                     R.P. Brink, directeur
Apeldoorn, 3 december 2026                        Amersfoort, 4 december 2026
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
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "partial",
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
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "notice_period_days": 30,
        "payment_term_days": 30,
        "warranty_days": 60,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

NL_FARM_SHOP_VENDING_ALERTS_EMAIL_OFFER = UnseenDocument(
    name="nl_farm_shop_vending_alerts_email_offer",
    text="""Van: Bram Verhaegen <bram@verhaegen-it.be>
Aan: Hoeve Ter Linde <info@hoeveterlinde.be>
Datum: dinsdag 1 december 2026 21:14
Onderwerp: Voorstel meldingen en dashboard voor jullie automatenwand

Dag Lies, dag Koen,

Nog eens bedankt voor de koffie zaterdag. Zoals beloofd hierbij mijn voorstel voor de automatenwand.

Kort wat jullie vroegen: de wand heeft 40 vakjes (eieren, zuivel, aardappelen, vlees in de
koelvakken) en nu moeten jullie 's avonds en 's morgens gaan kijken welke vakjes leeg zijn. De
verkoop tellen jullie op papier over voor de boekhouder.

Wat ik voorstel:
- Ik koppel jullie automatenwand (via het portaal FrigoConnect van Frigomat) aan een klein dashboard
  op mijn server. Daarop zie je per vakje wat er verkocht is en wat nog vol is.
- Van zodra een vak leeg is of de temperatuur in de koelvakken boven 7 °C gaat, krijgen jullie een
  sms en een melding op de gsm.
- Elke eerste van de maand komt er een Excel met de verkoop per product en per dag in jullie
  mailbox, die je zo kan doorsturen naar Griet van het boekhoudkantoor.
- Ik zet ook de verkoopcijfers van 2026 die nu in FrigoConnect zitten mee over, zodat jullie kunnen
  vergelijken met vorig jaar.

Prijs (excl. btw):
- opzet en koppeling, vaste prijs: € 1.150
- hosting, sms'en en opvolging: € 24 per maand
Niet inbegrepen: het API-abonnement bij Frigomat (€ 9 per maand, dat betalen jullie rechtstreeks
aan hen) en een nieuwe router, mocht de huidige te traag blijken.

Timing: ik kan beginnen in de week van 11 januari. Het is een drietal avonden werk, dus reken erop
dat alles eind januari draait. Wat ik van jullie nodig heb: vóór 11 januari de API-sleutel
aanvragen bij Frigomat (dat is een formulier op hun site, ik stuur jullie de link) en de lijst met
producten en prijzen per vak.

Opstarten en testen: ik kom op een avond langs om alles samen met jullie in te stellen en te tonen
hoe het dashboard en de meldingen werken. Daarna laten we het een week proefdraaien naast jullie
eigen telling. Kloppen de cijfers en komen de meldingen goed door, dan zetten we het definitief aan
en stuur ik de factuur. Werkt er in de eerste maand daarna iets niet zoals het hoort, dan los ik dat
gratis op.
Jullie krijgen ook een korte beschrijving op papier van hoe de koppeling in elkaar zit en waar
alles draait, zodat iemand anders het kan overnemen als ik er ooit niet meer zou zijn.

Nadien: voor de € 24 per maand hou ik de server up-to-date (ook de beveiligingsupdates), neem ik
elke nacht een back-up en kijk ik na of de koppeling met FrigoConnect blijft werken. Je kan me op
werkdagen tussen 8 en 18 uur bellen of whatsappen op 0486 31 72 05; ik reageer meestal binnen de
paar uur. Ik doe mijn best om een storing zo snel mogelijk op te lossen, maar als eenmanszaak kan
ik geen hersteltijd garanderen. En als FrigoConnect zelf plat ligt, kan ik daar niets aan doen.
Het maandbedrag hou ik zeker tot eind 2027 op € 24. Daarna kan ik het aanpassen, maar dat laat ik
jullie altijd een maand op voorhand weten.
Bijkomende wensen (bv. een koppeling met jullie webshop) bekijken we wel als het zover is; die doe
ik dan in regie aan € 65 per uur.
Het maandabonnement kunnen jullie op elk moment stopzetten met een maand opzeg. Stoppen jullie, dan
krijgen jullie een export van alle verkoopcijfers in Excel.

Facturen betalen binnen 15 dagen, graag.

Als het voor jullie goed is, stuur me gewoon een mailtje terug met "akkoord", dan zet ik jullie in
mijn planning.

Groetjes,
Bram

Bram Verhaegen - Verhaegen IT
IT voor kmo's en land- en tuinbouwbedrijven
Kerkstraat 17, 2260 Westerlo | 0486 31 72 05 | BTW BE 0798.114.362

----- Antwoord -----
Van: Hoeve Ter Linde <info@hoeveterlinde.be>
Datum: woensdag 2 december 2026 07:52
Onderwerp: RE: Voorstel meldingen en dashboard voor jullie automatenwand

Hoi Bram,

Super, dat is precies wat we zochten. Akkoord! De API-sleutel vraag ik vandaag nog aan.

Groetjes,
Lies
""",
    items={
        "agreement.general_terms": "missing",
        "budget.project_cost": "covered",
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
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.termination": "covered",
        "exit.data_return": "covered",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
    },
    figures={
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 30,
    },
)


NL_DOCUMENTS = [
    NL_ZOO_TICKETING_GATES_MAINTENANCE,
    NL_YOUTH_CARE_CASE_FILE_MIGRATION,
    NL_FARM_SHOP_VENDING_ALERTS_EMAIL_OFFER,
]
