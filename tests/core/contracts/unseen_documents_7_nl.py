"""Held-out batch 7, Dutch documents: a Flemish project offer for Power BI dashboards and a small
Azure data warehouse for a food-service wholesaler, sent as an e-mail with the offer pasted below
it (to be accepted by a reply e-mail); a Netherlands colocation agreement (two racks, power, IP
transit and cross-connects in a Groningen data centre, with an SLA annex in the body); and a Flemish
ICT service agreement between an IT partner and a school group (pupils' and teachers' laptops, the
school network and a helpdesk for three school years, awarded after a public tender).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority
in hours, working hours counted as hours, 15 minutes = 0.25; a quote accepted by e-mail raises
risk.unsigned).
"""

from .unseen_documents import UnseenDocument

NL_BI_DASHBOARD_OFFER_EMAIL = UnseenDocument(
    name="nl_bi_dashboard_offer_email",
    text="""Van: Lotte Desmet <lotte.desmet@kwadrant-analytics.be>
Aan: Pieter Vandevelde <pieter.vandevelde@vandevelde-foodservice.be>
Cc: Bram Verhaeghe <bram.verhaeghe@kwadrant-analytics.be>
Datum: donderdag 3 december 2026 16:42
Onderwerp: Offerte KA-2026-087 - rapportering en datawarehouse Vandevelde Foodservice

Dag Pieter,

Bedankt nog voor de fijne workshop van vorige dinsdag in Roeselare, ook aan Katrien en Wim van
de aankoop. Zoals beloofd vind je hieronder onze offerte voor het datawarehouse en de
Power BI-dashboards. Ik heb de opmerkingen over de marge per vertegenwoordiger en de rotatie per
magazijnlocatie meegenomen; de mobiele weergave voor de buitendienst hebben we voorlopig apart
gehouden (zie punt 2).

Als alles duidelijk is, volstaat een kort mailtje van jou als bevestiging, dan plannen we de
kick-off in de week van 11 januari. De offerte blijft geldig tot en met 31/12/2026.

Met vriendelijke groeten,
Lotte Desmet
Accountmanager | Kwadrant Analytics bv
M +32 479 31 84 27

-------------------------------------------------------------------------------------------

KWADRANT ANALYTICS BV
Kortrijksesteenweg 1102, 9051 Sint-Denijs-Westrem
ondernemingsnummer BE 0789.314.562 - RPR Gent - IBAN BE52 7370 4418 2209

OFFERTE KA-2026-087
Klant: Vandevelde Foodservice nv, Industrieweg 33, 8800 Roeselare (BE 0428.117.306)
t.a.v. de heer Pieter Vandevelde, CFO
Datum: 03/12/2026

1. Wat we voor jullie bouwen
Vandevelde Foodservice belevert vandaag ruim 2.300 horecazaken en grootkeukens vanuit twee
magazijnen (Roeselare en Waregem). De cijfers zitten in Microsoft Dynamics NAV 2018 en in het
magazijnbeheersysteem Logiwhse, en worden maandelijks manueel in Excel samengebracht. We zetten
een klein datawarehouse op in jullie eigen Azure-omgeving (Azure SQL Database), laden daar elke
nacht de gegevens uit NAV en Logiwhse in, en bouwen daarop vier Power BI-rapporten:
  a) Verkoop: omzet per klant, klantengroep, artikelgroep en vertegenwoordiger, vergelijking met
     vorig jaar en budget;
  b) Marge: brutomarge per klant en per vertegenwoordiger, inclusief bonussen en kortingen;
  c) Voorraad: voorraadwaarde, rotatie en dode voorraad per magazijnlocatie, vervaldata;
  d) Aankoop: aankoopvolume per leverancier, prijsevolutie en leverbetrouwbaarheid.
Bij de start laden we de historiek van vijf boekjaren (2022 tot en met 2026) in vanuit NAV; de
gegevens van vóór 2022 blijven enkel in NAV raadpleegbaar.

2. Wat er niet in zit
- het opschonen van stamgegevens in NAV (dubbele klanten, foute artikelgroepen): dat doen jullie
  zelf, wij leveren een lijst met de afwijkingen die we tegenkomen;
- andere bronnen dan NAV, Logiwhse en het budgetbestand in Excel;
- de mobiele weergave voor de buitendienst en rapporten per individuele klant (portaal);
- Power BI-licenties en het verbruik van Azure (zie punt 4).

3. Prijs (vaste prijs per fase, bedragen excl. btw)
  Fase 0  analyse, KPI-definities, datamodel op papier                 € 4.200,00
  Fase 1  opzet Azure-omgeving en on-premises gateway (eenmalig)         €   950,00
  Fase 2  datawarehouse en nachtelijke laadprocessen NAV + Logiwhse     € 11.850,00
  Fase 3  vier Power BI-rapporten (verkoop, marge, voorraad, aankoop)   €  9.600,00
  Fase 4  testen, livegang en opleiding                                 €  3.150,00
                                                                        -----------
  Totaal                                                                € 29.750,00

Facturatie: 30 % bij de bevestiging van de opdracht, 40 % na goedkeuring van fase 2 en 30 % na de
livegang. Onze facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

4. Terugkerende kosten
- Power BI Pro: 12 gebruikers x € 13,70 per maand, rechtstreeks via jullie Microsoft-contract;
- Azure SQL Database (serverless) en opslag: afhankelijk van het verbruik, wij schatten
  € 110,00 tot € 160,00 per maand, gefactureerd door Microsoft;
- optioneel onze formule Kwadrant Care: € 390,00 per maand (zie punt 9).

5. Planning
  week 2/2027   kick-off, toegang tot NAV, Logiwhse en Azure
  week 3-4      fase 0: workshops KPI's met verkoop, aankoop en logistiek
  week 5-8      fase 1 en 2: datawarehouse, eerste volledige lading
  week 9-11     fase 3: rapporten, tussentijdse demo in week 10
  week 12-13    fase 4: gebruikerstest, opleiding
  29/03/2027    livegang
We werken in sprints van twee weken. Na elke sprint krijgen jullie een kort verslag: wat werd
opgeleverd, wat openstaat, welke beslissingen nodig zijn en hoeveel dagen er al gepresteerd zijn
per fase.

6. Wat we van jullie verwachten
- uiterlijk op de kick-off: een leesaccount op de SQL-database van NAV en een export-API-sleutel
  voor Logiwhse, en een beheerdersaccount op jullie Azure-abonnement;
- een vaste key user (we denken aan Katrien Bossuyt) die ongeveer een halve dag per week
  beschikbaar is en de KPI-definities tegen het einde van week 4 schriftelijk goedkeurt;
- het budgetbestand 2027 in het afgesproken Excel-sjabloon vóór week 9;
- deelname van de eindgebruikers aan de gebruikerstest in week 12.
Komt een van deze zaken te laat, dan schuift de planning mee op en rekenen we de dagen die we
daardoor extra moeten presteren aan ons dagtarief aan, nadat we jullie vooraf hebben laten weten
hoeveel het wordt. Lopen wij zelf achter op de planning, dan zetten we op onze kosten een extra
consultant in om de livegang van 29/03/2027 te halen.

7. Team
- Bram Verhaeghe, senior BI-consultant en projectleider (negen jaar ervaring met
  groothandelsrapportering, Microsoft Certified: Power BI Data Analyst Associate);
- Yasmine El Khatib, data engineer (Microsoft Certified: Azure Data Engineer Associate);
- Lotte Desmet blijft jullie commerciële aanspreekpunt.

8. Testen, oplevering en opleiding
Elke laadstroom wordt afgestemd op de bestaande NAV-rapporten: omzet en voorraadwaarde per maand
mogen niet meer dan 0,5 % afwijken. In week 12 testen jullie key users de rapporten aan de hand van
een testscenario dat wij opstellen. Jullie hebben daarvoor tien werkdagen; de opmerkingen die een
correcte werking verhinderen lossen wij op vóór de livegang. Na goedkeuring van de test door
Pieter Vandevelde publiceren wij de rapporten in jullie Power BI-werkruimte en zetten we de
nachtelijke lading in productie.
Gedurende 60 dagen na de livegang verhelpen wij zonder kosten alle fouten in de laadprocessen en
rapporten die wij gebouwd hebben. Wijzigingen in NAV of Logiwhse door jullie of jullie leveranciers
vallen daar niet onder.
Opleiding: twee halve dagen voor de key users (rapporten aanpassen en nieuwe visuals maken) en één
sessie van anderhalf uur voor de vertegenwoordigers, bij jullie in Roeselare.
Bij de oplevering krijgen jullie de documentatie van het datamodel, de laadprocessen en de
KPI-definities, en een overdrachtsessie van een halve dag met jullie IT-verantwoordelijke.

9. Kwadrant Care (optioneel)
Kwadrant Care omvat de dagelijkse opvolging van de nachtelijke lading, het herstarten of
herstellen van mislukte ladingen, en kleine aanpassingen aan rapporten tot vier uur per maand
(niet overdraagbaar naar een volgende maand). Bereikbaar op werkdagen van 8.30 tot 17.00 uur via
care@kwadrant-analytics.be of 09 298 14 60. Bij een mislukte nachtelijke lading nemen wij binnen
vier werkuren na de melding contact op; de termijn voor de oplossing spreken we af volgens de aard
van het probleem.
Kwadrant Care loopt 12 maanden vanaf de livegang en wordt daarna stilzwijgend verlengd met telkens
12 maanden, tenzij een van beide partijen de formule per e-mail opzegt met een opzegtermijn van
één maand vóór het einde van de lopende periode.

10. Meerwerk en tarieven
Vragen die buiten punt 1 vallen, begroten wij eerst schriftelijk; we starten pas na jullie
akkoord per e-mail. Meerwerk factureren we maandelijks na prestatie tegen € 880,00 per dag of
€ 115,00 per uur (excl. btw). Deze tarieven gelden tot 31/12/2027.

11. Eigendom en vertrouwelijkheid
Het datamodel, de laadscripts en de rapporten worden na volledige betaling eigendom van
Vandevelde Foodservice; alles draait in jullie eigen Azure-tenant. Wij gebruiken jullie verkoop-,
marge- en klantgegevens enkel voor deze opdracht en houden ze geheim, zoals ook opgenomen in de
geheimhoudingsverklaring die we op 17/11/2026 ondertekenden.

12. Voorwaarden
Op deze offerte en op de uitvoering ervan zijn onze algemene voorwaarden van toepassing; je vindt
ze als pdf in bijlage bij deze mail.

Kwadrant Analytics bv
Bram Verhaeghe, zaakvoerder
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
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
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
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 30,
        "warranty_days": 60,
        "response_time_hours_highest_priority": 4,
    },
)

NL_COLOCATION_AGREEMENT = UnseenDocument(
    name="nl_colocation_agreement",
    text="""COLOCATIEOVEREENKOMST
Contractnummer NHD-CO-2027-0118

DE ONDERGETEKENDEN:

1. Noordhaven Datacenters B.V., gevestigd aan het Zernikepark 14, 9747 AN Groningen,
   ingeschreven in het Handelsregister onder KvK-nummer 71845236, btw-id NL859112704B01,
   rechtsgeldig vertegenwoordigd door de heer ir. H.J. (Harm) Dijkstra, algemeen directeur,
   hierna: "Noordhaven";

2. Veldkamp Hosting B.V., gevestigd aan de Lübeckweg 2, 9723 HE Groningen, ingeschreven in het
   Handelsregister onder KvK-nummer 65019873, rechtsgeldig vertegenwoordigd door mevrouw
   A. (Anouk) Veldkamp, directeur, hierna: "Afnemer";

NEMEN IN AANMERKING DAT Afnemer eigen servers en netwerkapparatuur wil onderbrengen in een
beveiligde datacenteromgeving en Noordhaven daartoe ruimte, stroom, koeling en connectiviteit
beschikbaar stelt in haar datacenter GRN-1 te Groningen;

EN KOMEN HET VOLGENDE OVEREEN:

Artikel 1. Diensten
1.1 Noordhaven stelt aan Afnemer ter beschikking in zaal 2 van GRN-1:
    a. twee afsluitbare 47U-racks (600 x 1200 mm), posities R2-14 en R2-15;
    b. per rack een redundante stroomaansluiting (A- en B-feed, elk 2 x 16 A) met een
       gecontracteerd vermogen van 5 kW per rack;
    c. koeling binnen de bandbreedte van 18 tot 27 graden Celsius aan de koude gang;
    d. twee cross-connects (singlemode glas) naar de meet-me-room;
    e. IP-transit van 1 Gbit/s met een gegarandeerde bandbreedte (commit) van 200 Mbit/s, gemeten
       volgens het 95e percentiel, met een /28 IPv4- en een /48 IPv6-prefix.
1.2 Daarnaast verricht Noordhaven op verzoek remote hands-werkzaamheden: eenvoudige handelingen
    aan de apparatuur van Afnemer zoals het herstarten van een server, het vervangen van een
    schijf die Afnemer aanlevert, het controleren van lampjes en het (om)pluggen van kabels.
1.3 Niet inbegrepen zijn: het beheer van de apparatuur, besturingssystemen en gegevens van
    Afnemer, de verzekering van de apparatuur van Afnemer, transport, en verbindingen van derden
    anders dan via de cross-connects.
1.4 Noordhaven levert de racks en aansluitingen gebruiksklaar op uiterlijk 25 januari 2027. De
    maandelijkse vergoedingen gaan in op de dag van de daadwerkelijke oplevering.

Artikel 2. Toegang en huisregels
2.1 Afnemer geeft via het klantportaal maximaal vijf geautoriseerde personen op. Zij hebben 24
    uur per dag, 7 dagen per week toegang met badge en vingerafdruk. Bezoekers worden uiterlijk
    24 uur vooraf aangemeld en worden begeleid.
2.2 Het Huisreglement GRN-1 (bijlage 2) is van toepassing op iedere persoon die namens Afnemer
    het datacenter betreedt.

Artikel 3. Verplichtingen van Afnemer
Afnemer:
  - plaatst uitsluitend apparatuur die CE-gemarkeerd is en in goede staat verkeert;
  - blijft per rack binnen het gecontracteerde vermogen en verdeelt de belasting over de A- en
    B-feed zodat bij uitval van één feed de andere de volledige belasting kan dragen;
  - brengt geen verpakkingsmateriaal, karton of brandbare stoffen in de datazaal;
  - voorziet alle apparatuur en kabels van een label;
  - verzekert de eigen apparatuur tegen brand, diefstal en waterschade;
  - houdt de lijst van geautoriseerde personen en contactpersonen in het klantportaal actueel.

Artikel 4. Service levels
4.1 Het Network Operations Center (NOC) van Noordhaven is 24 uur per dag en 7 dagen per week
    bereikbaar via +31 50 211 47 00 en via tickets in het klantportaal.
4.2 Noordhaven garandeert een beschikbaarheid van 99,98 % per kalendermaand voor de
    stroomvoorziening (ten minste één van beide feeds spanningvoerend) en voor de IP-transit. Niet
    als onbeschikbaarheid geldt: gepland onderhoud dat ten minste tien werkdagen vooraf via het
    klantportaal is aangekondigd, en storingen veroorzaakt door de apparatuur van Afnemer.
4.3 Meldingen worden als volgt behandeld:
    Prioriteit   Omschrijving                                  Reactietijd   Hersteltijd
    P1           uitval stroom of transit, temperatuur > 32°C   15 minuten    4 uur
    P2           verminderde redundantie, één feed uit          1 uur         12 uur
    P3           overige meldingen en vragen                     4 uur         3 werkdagen
    Remote hands: aanvang binnen 2 uur na het ticket, bij spoed (P1) binnen 30 minuten.
4.4 Blijft de beschikbaarheid in een kalendermaand onder 99,98 %, dan crediteert Noordhaven
    5 % van de maandelijkse vergoeding voor racks en stroom per begonnen 0,1 % onder dat niveau,
    tot ten hoogste 30 % van die vergoeding. Afnemer dient het verzoek om creditering in binnen
    30 dagen na afloop van de maand. De creditering is de enige vergoeding die Afnemer toekomt bij
    het niet halen van de service levels.
4.5 GRN-1 is ontworpen volgens de Tier III-norm van het Uptime Institute; Noordhaven is
    gecertificeerd volgens ISO/IEC 27001 en ISO 50001 en laat beide certificaten jaarlijks
    hercertificeren.

Artikel 5. Rapportage en contact
5.1 Afnemer ziet in het klantportaal het stroomverbruik per feed, de temperatuur per rack en het
    bandbreedtegebruik. Uiterlijk de tiende werkdag van elke maand ontvangt Afnemer een
    maandrapport met de gemeten beschikbaarheid, de meldingen en de uitgevoerde remote hands.
5.2 Vaste accountmanager van Afnemer is mevrouw Ilse Bakker (ilse.bakker@noordhaven-dc.nl,
    06 41 28 93 50). Twee keer per jaar houden partijen een service review.
5.3 Escalatie verloopt via het NOC, vervolgens de service delivery manager en tot slot de
    algemeen directeur van Noordhaven.

Artikel 6. Vergoedingen
6.1 De vergoedingen bedragen (exclusief btw):
    Eenmalig
      inrichting racks, stroomaansluitingen en cross-connects      € 2.750,00
    Per maand
      2 racks inclusief 5 kW gecontracteerd vermogen per rack     € 1.790,00
      2 cross-connects                                            €   190,00
      IP-transit 1 Gbit/s, commit 200 Mbit/s                      €   340,00
      totaal per maand                                            € 2.320,00
    Naar gebruik
      stroomverbruik boven het gecontracteerde vermogen           € 0,41 per kWh
      bandbreedte boven de commit (95e percentiel)                € 1,60 per Mbit/s
      remote hands, per begonnen kwartier                         € 27,50
6.2 Remote hands worden alleen uitgevoerd op een ticket van een geautoriseerde persoon van
    Afnemer; Noordhaven vermeldt in het ticket de bestede tijd.
6.3 De maandelijkse vergoedingen worden maandelijks vooraf gefactureerd, de vergoedingen naar
    gebruik maandelijks achteraf. Afnemer betaalt binnen 14 dagen na factuurdatum.
6.4 De vergoedingen worden jaarlijks per 1 januari aangepast aan de consumentenprijsindex (CPI,
    alle huishoudens) van het CBS. Noordhaven kan de prijs per kWh bovendien tussentijds aanpassen
    aan de ontwikkeling van haar inkoopprijs voor energie, met een aankondiging van 30 dagen.
6.5 Bij een betalingsachterstand van meer dan 30 dagen mag Noordhaven de toegang van Afnemer tot
    het datacenter opschorten totdat volledig is betaald.

Artikel 7. Duur en einde
7.1 Deze overeenkomst gaat in op 1 februari 2027 en geldt voor 36 maanden. Zij wordt daarna
    telkens stilzwijgend verlengd met 12 maanden, tenzij een partij uiterlijk drie maanden voor het
    einde van de lopende termijn schriftelijk opzegt.
7.2 Elke partij kan de overeenkomst ontbinden als de andere partij, na een schriftelijke
    ingebrekestelling met een redelijke termijn van ten minste 30 dagen, tekortschiet in een
    wezenlijke verplichting.
7.3 Bij het einde van de overeenkomst verwijdert Afnemer zijn apparatuur binnen tien werkdagen.
    Daarna mag Noordhaven de apparatuur voor rekening en risico van Afnemer demonteren en opslaan.
7.4 Zolang Afnemer niet al het verschuldigde heeft voldaan, mag Noordhaven de in het datacenter
    aanwezige apparatuur van Afnemer, met de daarop opgeslagen gegevens, onder zich houden
    (retentierecht).

Artikel 8. Aansprakelijkheid
8.1 De aansprakelijkheid van Noordhaven is per gebeurtenis beperkt tot de vergoedingen die
    Afnemer in de drie maanden voorafgaand aan de gebeurtenis heeft betaald.
8.2 Noordhaven is niet aansprakelijk voor indirecte schade, gevolgschade, gederfde omzet, schade
    door verlies of beschadiging van gegevens en schade aan apparatuur die Afnemer niet heeft
    verzekerd.

Artikel 9. Geheimhouding en persoonsgegevens
9.1 Partijen houden geheim wat zij over elkaars bedrijfsvoering, beveiliging en klanten te weten
    komen, tijdens de overeenkomst en twee jaar daarna.
9.2 Noordhaven heeft geen logische toegang tot de systemen van Afnemer. De gegevens van personen
    die het datacenter betreden, verwerkt Noordhaven overeenkomstig haar privacyverklaring.

Artikel 10. Toepasselijke voorwaarden
Op deze overeenkomst zijn van toepassing de Algemene Voorwaarden Noordhaven Datacenters (versie
2026, bijlage 3), die Afnemer heeft ontvangen. Bij strijdigheid gaat deze overeenkomst voor,
daarna het Huisreglement GRN-1 en daarna de algemene voorwaarden. Inkoopvoorwaarden van Afnemer
zijn niet van toepassing.

Artikel 11. Geschillen en toepasselijk recht
11.1 Een geschil wordt eerst voorgelegd aan de accountmanager en de directeur van Afnemer; komen
     zij er niet binnen 21 dagen uit, dan overleggen de directies van beide partijen.
11.2 Op deze overeenkomst is Nederlands recht van toepassing. Geschillen die niet in onderling
     overleg worden opgelost, worden voorgelegd aan de bevoegde rechter van de Rechtbank
     Noord-Nederland, locatie Groningen.

Aldus overeengekomen en in tweevoud getekend te Groningen op 18 december 2026.

Noordhaven Datacenters B.V.                 Veldkamp Hosting B.V.

w.g. H.J. Dijkstra                          w.g. A. Veldkamp
algemeen directeur                          directeur

Bijlagen: 1. plattegrond zaal 2 met rackposities; 2. Huisreglement GRN-1; 3. Algemene
Voorwaarden Noordhaven Datacenters 2026.
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
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
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": True,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
        "availability_percent": 99.98,
        "response_time_hours_highest_priority": 0.25,
    },
)

NL_SCHOOL_ICT_SERVICE_AGREEMENT = UnseenDocument(
    name="nl_school_ict_service_agreement",
    text="""DIENSTVERLENINGSOVEREENKOMST ICT-ONDERSTEUNING SCHOLENGROEP NETEVALLEI
schooljaren 2027-2028, 2028-2029 en 2029-2030 - referentie SGN/2027/04

Tussen
Scholengroep Netevallei, met zetel te Kolveniersvest 21, 2500 Lier, ondernemingsnummer
0254.917.330, vertegenwoordigd door mevrouw Greet Van Roey, algemeen directeur, en de heer Koen
Mertens, voorzitter van de raad van bestuur, hierna "de scholengroep",
en
Klasnet bv, met maatschappelijke zetel te Lichtaartsesteenweg 58, 2200 Herentals,
ondernemingsnummer BE 0694.228.417, vertegenwoordigd door de heer Dries Goossens, zaakvoerder,
hierna "Klasnet",

wordt, in uitvoering van de beslissing van de raad van bestuur van 14 mei 2027 tot gunning van de
opdracht "ICT-ondersteuning 2027-2030" (bestek SGN/2027/04) aan Klasnet, het volgende
overeengekomen.

Artikel 1 - Contractdocumenten
1.1 De overeenkomst bestaat uit deze tekst, het bestek SGN/2027/04 met zijn bijlagen en de
offerte van Klasnet van 18 april 2027. Bij tegenstrijdigheid gelden zij in die volgorde.
1.2 Algemene of verkoopvoorwaarden van Klasnet zijn niet van toepassing, ook niet wanneer ze op
facturen of werkbonnen vermeld staan.

Artikel 2 - Voorwerp
Klasnet staat in voor het beheer van de ICT-omgeving van de scholen van de scholengroep: drie
secundaire scholen (campussen Lier-Centrum, Lier-Kloosterheide en Nijlen) en vier basisscholen
(Lier-Zuid, Kessel, Berlaar en Nijlen-Dorp). Dat omvat:
  a) het beheer van ongeveer 1.900 leerlingenlaptops en 260 laptops van leerkrachten en
     administratief personeel (Windows 11 Education, beheerd via Microsoft Intune);
  b) het beheer van het schoolnetwerk: de firewalls, de switches en de 240 draadloze
     toegangspunten, en de internetverbindingen van de zeven vestigingen;
  c) een helpdesk voor het personeel van de scholen.
Vallen niet onder deze overeenkomst: de aankoop van toestellen, onderdelen voor herstellingen
buiten de fabrieksgarantie, de printers en kopieertoestellen (die onder een afzonderlijk contract
vallen), de inhoudelijke ondersteuning van Smartschool en van de leerplatformen, en de
bekabeling van nieuwe lokalen.

Artikel 3 - Laptops
3.1 Klasnet maakt elk schooljaar de nieuwe leerlingenlaptops klaar via Autopilot, installeert de
door de scholen gekozen toepassingen en verdeelt de toestellen in de eerste schoolweek per klas,
samen met de ICT-coördinator van de school. In diezelfde week geeft Klasnet in elke secundaire
school een ICT-startmoment voor de eerstejaars en een introductiesessie voor nieuwe leerkrachten.
3.2 Bij defecten regelt Klasnet de herstelling onder fabrieksgarantie, inclusief het ophalen en
terugbrengen van het toestel. Elke secundaire school beschikt over een voorraad leentoestellen
van 3 % van het aantal leerlingenlaptops, die Klasnet gebruiksklaar houdt.
3.3 Op het einde van het schooljaar of bij vertrek van een leerling neemt Klasnet de toestellen in
en wist zij de gegevens volgens de NIST 800-88-richtlijn.
3.4 Klasnet installeert de maandelijkse Windows-updates gespreid in updategroepen binnen 14
dagen na publicatie; kritieke beveiligingsupdates binnen 72 uur. Firmware-updates van het netwerk
gebeuren in de schoolvakanties of op schooldagen na 18.00 uur.

Artikel 4 - Helpdesk en aanwezigheid op school
4.1 De helpdesk is bereikbaar op schooldagen van 7.30 tot 17.00 uur, telefonisch op 014 70 82 15
en via het meldingsportaal van Klasnet. Leerlingen melden problemen via de ICT-coördinator van hun
school.
4.2 Een technieker van Klasnet is op vaste dagen ter plaatse: twee dagen per week in elke
secundaire school en een halve dag per week in elke basisschool, volgens een rooster dat vóór
1 september van elk schooljaar met de scholengroep wordt afgesproken.
4.3 Meldingen worden als volgt behandeld:
  Prioriteit   Voorbeeld                                        Reactie        Oplossing
  Kritiek      geen internet of wifi in een vestiging;          1 uur          4 uur
               storing tijdens een examen of digitale toets
  Hoog         lokaal zonder wifi, laptop leerkracht defect     4 werkuren     volgende schooldag
                                                                               (leentoestel)
  Normaal      vragen, installaties, nieuwe accounts            2 schooldagen  5 schooldagen
4.4 Klasnet garandeert per vestiging een beschikbaarheid van het draadloos netwerk en de
internetverbinding van 99,5 % tijdens de schooluren (8.00 tot 16.30 uur op schooldagen), gemeten
per kalendermaand.
4.5 Wordt de oplostermijn voor een kritieke melding overschreden, dan is een boete verschuldigd
van € 100 per begonnen uur overschrijding. Ligt de beschikbaarheid van een vestiging in een maand
onder 99,5 %, dan vermindert de maandvergoeding voor netwerkbeheer van die vestiging met 10 %. De
boetes worden verrekend op de eerstvolgende factuur en bedragen samen ten hoogste 15 % van de
vergoeding van het betrokken kwartaal.

Artikel 5 - Team
5.1 Accountmanager: Sofie Peeters (sofie.peeters@klasnet.be). Vaste techniekers: Jens Wouters
(secundaire scholen) en Hanne Verbruggen (basisscholen en campus Nijlen).
5.2 De techniekers hebben ten minste drie jaar ervaring in het beheer van onderwijsomgevingen en
zijn gecertificeerd als Microsoft 365 Endpoint Administrator en voor de Fortinet- en
Aruba-apparatuur van de scholen. Iedereen die Klasnet in de scholen inzet, legt vooraf een
uittreksel uit het strafregister (model 2) voor.
5.3 Klasnet vervangt een vaste technieker alleen na de scholengroep daarvan een maand vooraf in
kennis te hebben gesteld, door iemand met hetzelfde profiel. De nieuwe technieker loopt ten
minste een week mee met zijn voorganger, zonder kosten voor de scholengroep.
5.4 Klasnet werkt volgens de ITIL-processen voor incidenten en wijzigingen. Elke wijziging aan de
netwerkconfiguratie wordt vooraf getest op de testopstelling in campus Lier-Centrum en
gedocumenteerd.

Artikel 6 - Kennis van de omgeving
Klasnet houdt een actuele documentatie bij van het netwerk (netwerkplannen, IP-adresplan,
configuraties, wachtwoordkluis) en een inventaris van alle toestellen, die de ICT-coördinatoren
op elk moment kunnen raadplegen. De helpdesk raadpleegt die documentatie bij elke melding.

Artikel 7 - Opvolging
7.1 Klasnet bezorgt de scholengroep en de ICT-coördinatoren elke maand een rapport met het
aantal meldingen per school en per prioriteit, de gehaalde reactie- en oplostijden, de gemeten
beschikbaarheid en de laptops in herstelling.
7.2 Eenmaal per trimester komt een stuurgroep samen met de algemeen directeur of haar
afgevaardigde, de ICT-coördinatoren en de accountmanager van Klasnet.
7.3 Escalatie: technieker - accountmanager - zaakvoerder van Klasnet; aan de kant van de
scholengroep de ICT-coördinator, de stafmedewerker ICT en de algemeen directeur.

Artikel 8 - Verplichtingen van de scholengroep
De scholengroep duidt per school een ICT-coördinator aan als aanspreekpunt, bezorgt Klasnet vóór
1 juli 2027 de beheerderstoegang tot de Microsoft 365-tenant en de netwerkapparatuur, voorziet
in elke secundaire school een afsluitbaar lokaal voor de leentoestellen en de opslag, en meldt de
lijst van nieuwe leerlingen en personeelsleden uiterlijk op 20 augustus van elk schooljaar.

Artikel 9 - Opstart
9.1 Klasnet neemt het beheer over van de vorige dienstverlener volgens deze planning:
  - 1 juli tot 15 juli 2027: overdracht van de documentatie en de toegangen;
  - tot 15 augustus 2027: volledige inventaris van toestellen en netwerk;
  - 25 augustus 2027: helpdesk operationeel, voorbereiding van de leerlingenlaptops;
  - 1 september 2027: start van de dienstverlening.
9.2 Is de helpdesk op 25 augustus 2027 niet operationeel door een oorzaak die aan Klasnet te wijten
is, dan is een boete van € 250 per kalenderdag vertraging verschuldigd.

Artikel 10 - Prijzen en betaling
10.1 Prijzen exclusief btw:
  Eenmalige opstart (overname, inventaris, documentatie)                    € 7.450,00
  Beheer leerlingenlaptop, per toestel per schooljaar                        €    24,00
  Beheer laptop personeel, per toestel per schooljaar                        €    48,00
  Netwerkbeheer, per vestiging per maand                                      €   310,00
  Helpdesk en aanwezigheid op school, per maand                              € 4.650,00
  Meerwerk, per uur, verplaatsing inbegrepen                                 €    68,00
De totale waarde van de opdracht wordt voor drie schooljaren geraamd op € 316.000,00.
10.2 Meerwerk voert Klasnet enkel uit op basis van een bestelbon van de stafmedewerker ICT van de
scholengroep, na een schriftelijke prijsopgave. Het wordt gefactureerd samen met de eerstvolgende
kwartaalfactuur, met vermelding van het nummer van de bestelbon.
10.3 De prijzen zijn vast tot 31 augustus 2028. Daarna worden ze op 1 september herzien volgens
de formule P = P0 x (0,20 + 0,80 x S/S0), waarbij S de referentieloonkost van Agoria is.
10.4 Klasnet factureert per kwartaal na afloop van het kwartaal; de toestelvergoeding wordt
berekend op het aantal toestellen in de inventaris op 1 oktober. De scholengroep betaalt binnen
30 dagen na ontvangst van een regelmatige factuur.

Artikel 11 - Duur en beëindiging
11.1 De overeenkomst loopt van 1 september 2027 tot en met 31 augustus 2030 (36 maanden). De
scholengroep kan ze eenmaal verlengen met één schooljaar (12 maanden) door een uitdrukkelijke
beslissing die zij vóór 31 maart 2030 aan Klasnet meedeelt. Zonder die beslissing eindigt de
overeenkomst van rechtswege.
11.2 De scholengroep kan de overeenkomst opzeggen tegen het einde van elk schooljaar, met een
opzegtermijn van drie maanden, bij aangetekende brief.
11.3 Bij ernstige tekortkoming kan elke partij de overeenkomst beëindigen, nadat de tekortkoming
in een ingebrekestelling werd aangeduid en niet binnen 15 dagen werd verholpen.

Artikel 12 - Einde van de overeenkomst
12.1 Tot drie maanden na het einde van de overeenkomst blijft Klasnet op verzoek van de
scholengroep de diensten verlenen tegen de dan geldende prijzen en werkt zij loyaal samen met de
nieuwe dienstverlener, onder meer tijdens twee overdrachtsdagen ter plaatse zonder kosten.
12.2 Binnen tien werkdagen na het einde bezorgt Klasnet de volledige documentatie, alle
beheerderswachtwoorden, een export van de inventaris en van de meldingenhistoriek in CSV-formaat
en een export van de Intune-configuratie; daarna wist zij de gegevens van de scholengroep op haar
eigen systemen. Klasnet kan zich op geen enkel retentierecht beroepen.

Artikel 13 - Persoonsgegevens en vertrouwelijkheid
13.1 Voor de verwerking van persoonsgegevens van leerlingen en personeel treedt Klasnet op als
verwerker van de scholengroep. Partijen sluiten daartoe de verwerkersovereenkomst in bijlage 3:
Klasnet verwerkt de gegevens enkel op instructie van de scholengroep, binnen de Europese
Economische Ruimte, doet alleen een beroep op de subverwerkers die in die bijlage staan en meldt
een inbreuk in verband met persoonsgegevens binnen 24 uur aan de DPO van de scholengroep.
13.2 Klasnet en haar personeel houden alle informatie over leerlingen, ouders en personeel en over
de werking van de scholen geheim, ook na het einde van de overeenkomst.

Artikel 14 - Eigendom en aansprakelijkheid
14.1 De documentatie, scripts en configuraties die Klasnet voor de scholengroep maakt, worden
eigendom van de scholengroep.
14.2 Klasnet is aansprakelijk voor de schade die zij of haar personeel veroorzaakt. Behalve bij
opzet of zware fout is haar aansprakelijkheid beperkt tot € 500.000 per schadegeval. Klasnet
houdt daarvoor een beroepsaansprakelijkheidsverzekering aan.

Artikel 15 - Geschillen
15.1 Een geschil wordt eerst besproken in de stuurgroep. Is het binnen 30 dagen niet opgelost,
dan kan elke partij naar de rechtbank stappen.
15.2 Op deze overeenkomst is het Belgisch recht van toepassing. Bevoegd zijn de rechtbanken van
het gerechtelijk arrondissement Antwerpen, afdeling Mechelen.

Opgemaakt te Lier op 9 juni 2027 in twee originelen.

Voor de scholengroep                          Voor Klasnet bv
Greet Van Roey, algemeen directeur            Dries Goossens, zaakvoerder
Koen Mertens, voorzitter raad van bestuur

Bijlagen: 1. rooster aanwezigheid techniekers; 2. lijst vestigingen en netwerkapparatuur;
3. verwerkersovereenkomst.
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
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "availability_percent": 99.5,
        "response_time_hours_highest_priority": 1,
    },
)


NL_DOCUMENTS = [
    NL_BI_DASHBOARD_OFFER_EMAIL,
    NL_COLOCATION_AGREEMENT,
    NL_SCHOOL_ICT_SERVICE_AGREEMENT,
]
