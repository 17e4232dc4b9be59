"""Training batch 11 (nl, writer g): four Dutch documents of kinds not used before.

1. nl_t11g_funeral_home_software: a formal Flemish service agreement (numbered articles, signed by
   both parties) for a hosted funeral-home management application with data migration from an
   old Access database, service levels and service credits.
2. nl_t11g_school_co2_sensors: a Flemish offer for CO2 / indoor-air sensors and a monitoring
   platform at a secondary school group, with the supplier's general terms attached and only an
   empty "voor akkoord" line for the client.
3. nl_t11g_hospital_pharmacy_cabinets: a Netherlands maintenance and support agreement (signed by
   both parties) for the software of automated dispensing cabinets of a hospital pharmacy, with
   24/7 support, availability, service credits, escrow and a long renewal notice.
4. nl_t11g_print_it_general_terms: the general terms of a Flemish managed-print-and-IT company
   for small offices, written in the supplier's favour (best efforts, price changes, retention
   right, low liability cap, long tacit renewal), without signatures.

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

NL_T11G_FUNERAL_HOME_SOFTWARE = UnseenDocument(
    name="nl_t11g_funeral_home_software",
    text="""DIENSTVERLENINGSOVEREENKOMST AFSCHEID360
Beheersoftware voor uitvaartondernemingen
Referentie: MS-DV-2026-088

TUSSEN
Memoria Soft bv, met zetel te Doorniksesteenweg 212, 8500 Kortrijk, KBO 0738.215.604,
vertegenwoordigd door de heer Pieter Lambrecht, zaakvoerder,
hierna "de Leverancier",

EN
Uitvaartzorg Vandenbroucke bv, met zetel te Meensesteenweg 41, 8800 Roeselare,
KBO 0448.903.127, vertegenwoordigd door mevrouw Katrien Vandenbroucke, zaakvoerder,
hierna "de Klant",

WORDT OVEREENGEKOMEN WAT VOLGT:

Artikel 1 - Voorwerp
1.1 De Leverancier stelt de Klant de online toepassing Afscheid360 ter beschikking voor haar drie
vestigingen (Roeselare, Izegem en Lichtervelde), met de modules Uitvaartdossier, Planning
aula's en rouwcentra, Offerte en facturatie, Rouwbrieven en Online condoleanceregister.
1.2 Inbegrepen zijn: tien gebruikers, hosting in een datacenter in België, dagelijkse back-up,
onderhoud, updates en de helpdesk volgens artikel 6. Niet inbegrepen zijn: het drukken van
rouwbrieven, de koppeling met de boekhoudsoftware van de Klant (die op verzoek afzonderlijk wordt
geoffreerd), de computers en printers van de Klant en de internetverbinding.
1.3 De offerte MS-O-2026-141 van 6 november 2026 maakt als Bijlage 1 deel uit van deze
overeenkomst; de verwerkersovereenkomst is Bijlage 2. Bij strijdigheid gaat deze overeenkomst voor
op de bijlagen. Algemene voorwaarden van beide partijen zijn niet van toepassing.

Artikel 2 - Vergoedingen
2.1 Eenmalige opstartkost (inrichting, migratie van de bestaande dossiers, opleiding): EUR 2.450,00.
2.2 Abonnement Afscheid360 voor drie vestigingen en tien gebruikers: EUR 289,00 per maand.
Bijkomende gebruikers: EUR 19,00 per gebruiker per maand.
2.3 De totale vergoeding over de initiële looptijd van 24 maanden bedraagt EUR 9.386,00.
Alle bedragen zijn exclusief btw.
2.4 Het abonnement wordt jaarlijks op 1 januari aangepast aan de evolutie van het
gezondheidsindexcijfer, met een maximum van 4 % per jaar. Andere prijswijzigingen vereisen een
schriftelijk akkoord van de Klant.
2.5 Bijkomende prestaties buiten het voorwerp van artikel 1 worden uitgevoerd tegen EUR 95,00 per
uur, en enkel nadat de Klant een schriftelijke prijsopgave van de Leverancier heeft goedgekeurd.
2.6 De opstartkost wordt gefactureerd bij de ingebruikname, het abonnement per kwartaal vooraf.
Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

Artikel 3 - Opstart en migratie
3.1 De Klant bezorgt uiterlijk op 15 januari 2027 een volledige kopie van haar huidige
Access-databank met de uitvaartdossiers sinds 2014, de lijst van gebruikers en haar sjablonen
voor rouwbrieven en offertes. Zij duidt mevrouw Els Vandenbroucke aan als aanspreekpunt.
3.2 De Leverancier zet de bestaande dossiers, klanten en tarieven over naar Afscheid360 en
levert uiterlijk op 5 februari 2027 een proefmigratie op. De Klant controleert binnen vijf
werkdagen een steekproef van minstens dertig dossiers. Fouten worden door de Leverancier
kosteloos gecorrigeerd. Na schriftelijke goedkeuring van de proefmigratie door de Klant volgt de
definitieve migratie.
3.3 De ingebruikname is gepland op maandag 1 maart 2027; de definitieve migratie gebeurt in het
weekend voordien.
3.4 De opleiding omvat twee sessies van een halve dag in Roeselare voor alle gebruikers, en een
online handleiding met instructiefilmpjes. Tijdens de eerste week na ingebruikname is de
consultant van de Leverancier dagelijks telefonisch bereikbaar voor de gebruikers.

Artikel 4 - Aanspreekpunten en overleg
4.1 Consultant en vaste accountmanager van de Leverancier is mevrouw Lotte Declercq. Zij kent de
werking en de inrichting van de Klant en houdt een overzicht bij van haar instellingen,
sjablonen en gebruikers.
4.2 Eenmaal per jaar evalueren de zaakvoerders van beide partijen de samenwerking, het aantal
meldingen en de gewenste aanpassingen.

Artikel 5 - Beschikbaarheid en updates
5.1 De Leverancier garandeert een beschikbaarheid van Afscheid360 van 99,5 % per kalendermaand,
gepland onderhoud niet meegerekend. Gepland onderhoud gebeurt tussen 22.00 en 6.00 uur en wordt
minstens drie dagen vooraf aangekondigd.
5.2 Updates, nieuwe functies en beveiligingspatches zijn in het abonnement inbegrepen en worden
door de Leverancier geïnstalleerd. Belangrijke wijzigingen worden vijf werkdagen vooraf gemeld.
5.3 Ligt de beschikbaarheid in een maand lager dan 99,5 %, dan crediteert de Leverancier 10 % van
het maandabonnement per begonnen halve procent onder dat niveau, met een maximum van 50 %.

Artikel 6 - Helpdesk
6.1 Omdat uitvaarten ook in het weekend worden geregeld, is de helpdesk bereikbaar op werkdagen
van 8.00 tot 18.00 uur via 056 20 71 30 en support@memoriasoft.be, en voor storingen van
prioriteit 1 bovendien op zaterdag, zondag en feestdagen van 8.00 tot 20.00 uur via het
wachtnummer 0470 55 12 90.
6.2 Reactie- en oplostijden:
   Prioriteit 1 (toepassing niet bruikbaar)       reactie binnen 1 uur, oplossing of
                                                  tijdelijke oplossing binnen 4 uur
   Prioriteit 2 (een module niet bruikbaar)       reactie binnen 4 werkuren, oplossing
                                                  binnen 2 werkdagen
   Prioriteit 3 (vraag of kleine fout)            reactie binnen 1 werkdag

Artikel 7 - Duur en beëindiging
7.1 De overeenkomst gaat in op de dag van ondertekening en loopt 24 maanden vanaf de
ingebruikname. Zij wordt daarna stilzwijgend verlengd voor periodes van twaalf maanden, tenzij een
partij ze uiterlijk twee maanden vóór het einde van de lopende periode per aangetekende brief
opzegt.
7.2 Elke partij kan de overeenkomst met onmiddellijke ingang beëindigen indien de andere partij
een ernstige tekortkoming niet herstelt binnen dertig dagen na een ingebrekestelling.
7.3 Bij het einde van de overeenkomst bezorgt de Leverancier de Klant binnen dertig dagen en
kosteloos een volledige export van alle dossiers, klanten en facturen in csv-formaat, samen met
de gegenereerde documenten in pdf. Daarna wist de Leverancier alle gegevens van de Klant en
bevestigt hij dit schriftelijk.

Artikel 8 - Eigendom
De software Afscheid360 blijft eigendom van de Leverancier; de Klant verkrijgt een niet-exclusief
gebruiksrecht voor de duur van de overeenkomst. Alle gegevens en documenten die de Klant in
Afscheid360 invoert of aanmaakt, blijven eigendom van de Klant.

Artikel 9 - Vertrouwelijkheid en persoonsgegevens
9.1 De Leverancier en zijn medewerkers houden alle informatie over overledenen, nabestaanden en
de bedrijfsvoering van de Klant strikt vertrouwelijk, ook na het einde van de overeenkomst.
9.2 De Leverancier verwerkt persoonsgegevens als verwerker in de zin van de AVG, uitsluitend in
opdracht van de Klant en volgens de verwerkersovereenkomst van Bijlage 2, die samen met deze
overeenkomst wordt ondertekend. De gegevens worden uitsluitend in België bewaard.

Artikel 10 - Aansprakelijkheid
De aansprakelijkheid van de Leverancier is beperkt tot het bedrag van de vergoedingen die de
Klant in de twaalf maanden vóór het schadegeval heeft betaald. Deze beperking geldt niet bij
opzet of zware fout.

Artikel 11 - Geschillen
11.1 Bij een geschil overleggen de zaakvoerders eerst in der minne. Is het geschil binnen dertig
dagen niet opgelost, dan kan elke partij zich tot de rechtbank wenden.
11.2 Deze overeenkomst wordt beheerst door het Belgisch recht. Enkel de ondernemingsrechtbank
Gent, afdeling Kortrijk, is bevoegd.

Opgemaakt te Roeselare op 1 december 2026, in twee exemplaren.

Voor Memoria Soft bv                            Voor Uitvaartzorg Vandenbroucke bv
Pieter Lambrecht, zaakvoerder                    Katrien Vandenbroucke, zaakvoerder
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
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
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
        "exit.transition": "missing",
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
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

NL_T11G_SCHOOL_CO2_SENSORS = UnseenDocument(
    name="nl_t11g_school_co2_sensors",
    text="""FRISSE KLAS bv
Binnenluchtmonitoring voor scholen en kantoren
Brusselsesteenweg 480, 9050 Gentbrugge | 09 278 44 10 | hallo@frisseklas.be | BE 0794.310.552

Aan: Scholengroep Leieland, t.a.v. mevrouw An De Smet, preventieadviseur
     Kortrijksesteenweg 1020, 9051 Sint-Denijs-Westrem
Datum: 30 november 2026
Offerte: FK-2026-0219 - CO2-meters en platform voor drie campussen

Beste mevrouw De Smet,

Bedankt voor het fijne gesprek vorige week op de campus Lindenhof. Zoals afgesproken vindt u
hieronder onze offerte voor het meten van de binnenluchtkwaliteit in uw klaslokalen.

1. Wat we voorzien
- 42 draadloze sensoren FK Air 3 (CO2, temperatuur en luchtvochtigheid) met een ingebouwd
  verkeerslicht, zodat leerkrachten en leerlingen meteen zien wanneer er verlucht moet worden:
  18 op campus Lindenhof, 14 op campus Ter Leie en 10 op campus Sint-Jan.
- De sensoren hebben een NDIR-meetcel met automatische kalibratie, een nauwkeurigheid van
  ±50 ppm en een batterij die ongeveer vijf jaar meegaat.
- Per campus een LoRaWAN-gateway.
- Plaatsing en configuratie door onze eigen techniekers, inclusief het ophangen van de sensoren
  op 1,5 m hoogte, weg van ramen en deuren.
- Het online platform FK Dashboard: actuele waarden per lokaal, historiek, meldingen per mail
  aan de preventieadviseur en de directie wanneer een lokaal langer dan een uur boven 1.200 ppm
  blijft, en een automatisch maandrapport per campus.
- Firmware-updates van de sensoren (draadloos) en updates van het platform zijn inbegrepen.
Niet inbegrepen: elektriciteitswerken (elke gateway heeft een stopcontact nodig),
netwerkbekabeling, en aanpassingen aan ramen of ventilatiesystemen.

2. Prijs (excl. btw)
   42 sensoren FK Air 3 aan EUR 189,00                               EUR 7.938,00
   3 LoRaWAN-gateways aan EUR 310,00                                  EUR   930,00
   Plaatsing en configuratie (forfait drie campussen)                 EUR 1.250,00
   Totaal eenmalig                                                    EUR 10.118,00

   Licentie FK Dashboard: EUR 3,50 per sensor per maand,
   voor 42 sensoren EUR 147,00 per maand, jaarlijks vooraf gefactureerd: EUR 1.764,00 per jaar

Bijkomende sensoren leveren we tot eind 2027 aan dezelfde eenheidsprijs. Andere bijkomende
werken voeren we uit aan EUR 75,00 per uur, maar pas nadat u onze prijsopgave schriftelijk hebt
goedgekeurd. De licentieprijs wordt jaarlijks op 1 september aangepast aan de index der
consumptieprijzen.

Facturatie: 50 % van het eenmalige bedrag bij bestelling, 50 % na de plaatsing; de licentie
jaarlijks vooraf vanaf de plaatsing. Betaling binnen 30 dagen na factuurdatum.

3. Planning
- levering van de sensoren binnen vier weken na uw bestelling;
- plaatsing tijdens de krokusvakantie (15 tot 19 februari 2027), één dag per campus;
- opleiding en livegang van het dashboard op maandag 22 februari 2027.
Wat we van u nodig hebben: uiterlijk twee weken voor de plaatsing een grondplan per campus met
de lokalen die een sensor krijgen, per campus een stopcontact en een netwerkaansluiting met
internettoegang op de plaats van de gateway, en toegang tot de lokalen tijdens de plaatsing.

4. Na de plaatsing
U krijgt een plan per campus met de locatie en het serienummer van elke sensor, en een
handleiding voor het dashboard. Voor de preventieadviseur en de directeurs geven we een online
opleiding van een uur; voor de leerkrachten voorzien we een affiche per lokaal die uitlegt wat
het verkeerslicht betekent.

5. Ondersteuning
Uw vast aanspreekpunt is Nele Claes (nele@frisseklas.be, 0476 81 22 09); zij kent uw campussen
en volgt uw project op van bestelling tot na de plaatsing. Voor vragen en storingen kunt u
terecht op werkdagen van 8.30 tot 16.30 uur via 09 278 44 19 of support@frisseklas.be. We
reageren binnen vier werkuren. Een defecte sensor of gateway vervangen we binnen vijf werkdagen.
Na het eerste schooljaar plannen we een evaluatiegesprek met u en de directeurs.

6. Garantie
Op de sensoren en gateways geven we twee jaar garantie vanaf de plaatsing. Binnen die periode
vervangen we defecte toestellen kosteloos, verplaatsing inbegrepen.

7. Looptijd van de licentie
De licentie loopt 36 maanden vanaf de plaatsing en wordt daarna telkens stilzwijgend met een jaar
verlengd, tenzij u minstens een maand voor de vervaldag opzegt per mail of brief.

8. Uw gegevens
De meetgegevens zijn van de school. U kunt ze op elk moment zelf exporteren als csv-bestand
vanuit het dashboard, ook na het einde van de licentie gedurende nog 60 dagen. De sensoren en
gateways worden eigendom van de school na betaling; op het platform krijgt u een gebruiksrecht
zolang de licentie loopt.
De sensoren registreren geen personen, beelden of geluid. Van de gebruikers van het dashboard
bewaren we enkel naam en e-mailadres. Indien gewenst sluiten we daarvoor een
verwerkersovereenkomst af.

Deze offerte is 45 dagen geldig. Op deze offerte zijn onze algemene voorwaarden van toepassing,
die u in bijlage vindt.

Met vriendelijke groeten,

Jeroen Van Hecke
zaakvoerder Frisse Klas bv

Voor akkoord, Scholengroep Leieland
Naam: ..........................................
Datum: .........................................
Handtekening: ..................................
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
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
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
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
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
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 30,
        "warranty_days": 720,
        "response_time_hours_highest_priority": 4,
    },
)

NL_T11G_HOSPITAL_PHARMACY_CABINETS = UnseenDocument(
    name="nl_t11g_hospital_pharmacy_cabinets",
    text="""ONDERHOUDS- EN SUPPORTOVEREENKOMST
Software DoseSafe voor decentrale geneesmiddelenkasten
Kenmerk: MDN-OSO-2027-03

De ondergetekenden:

1. MediDispense Nederland B.V., statutair gevestigd te Utrecht, kantoorhoudende aan de
   Europalaan 28, 3526 KS Utrecht, KvK 30214587, hierbij rechtsgeldig vertegenwoordigd door de
   heer ing. M. (Mark) de Vries, algemeen directeur, hierna "MediDispense";
2. Stichting Ziekenhuis De Lingebrug, gevestigd te Tiel, kantoorhoudende aan de Dokter
   Willemsstraat 9, 4001 ZK Tiel, KvK 41056310, hierbij rechtsgeldig vertegenwoordigd door
   mevrouw drs. J. (Judith) Verbeek, lid raad van bestuur, hierna "het Ziekenhuis";

overwegende dat:
- het Ziekenhuis sinds 2021 op de verpleegafdelingen 48 geneesmiddelenkasten gebruikt die worden
  aangestuurd door de software DoseSafe, gekoppeld aan het EPD en het apotheeksysteem;
- partijen het onderhoud van de software na 31 december 2026 op nieuwe voorwaarden voortzetten;

komen overeen als volgt:

Artikel 1 - Toepasselijke voorwaarden
1.1 Op deze overeenkomst zijn de Algemene Inkoopvoorwaarden van het Ziekenhuis (versie 2024)
van toepassing. De algemene voorwaarden van MediDispense zijn uitdrukkelijk uitgesloten.
1.2 Bij strijdigheid gaat deze overeenkomst voor op haar bijlagen en op de Algemene
Inkoopvoorwaarden. Bijlage 1 bevat de lijst van kasten en servers, Bijlage 2 het testscript voor
nieuwe releases, Bijlage 3 de verwerkersovereenkomst.

Artikel 2 - Diensten
2.1 Het onderhoud omvat: correctief onderhoud van DoseSafe (serversoftware, kastsoftware en de
koppelingen met het EPD en het apotheeksysteem), twee functionele releases per jaar,
beveiligingspatches, monitoring op afstand van de centrale server en de 48 kasten, en
tweedelijns ondersteuning van de functioneel beheerders van de ziekenhuisapotheek.
2.2 Niet inbegrepen zijn: het onderhoud van de hardware van de kasten (valt onder het afzonderlijke
hardwarecontract), aanpassingen aan de koppelingen die nodig worden door een nieuwe versie van
het EPD, en uitbreidingen met nieuwe kasten.
2.3 Werkzaamheden buiten deze overeenkomst voert MediDispense uitsluitend uit op basis van een
schriftelijke offerte met een vaste prijs of een maximum aantal uren, na schriftelijke opdracht
van de ziekenhuisapotheker.

Artikel 3 - Vergoeding
3.1 De onderhoudsvergoeding bedraagt EUR 86.400,00 per jaar, exclusief btw, voor 48 kasten en
één productie- en één acceptatieomgeving. Elke bijkomende kast kost EUR 1.650,00 per jaar.
3.2 Werkzaamheden op basis van artikel 2.3 worden aangerekend tegen EUR 135,00 per uur.
3.3 Vergoeding en uurtarief worden jaarlijks per 1 januari aangepast met het
indexcijfer CAO-lonen per uur (zakelijke dienstverlening) van het CBS over het voorgaande jaar,
met een maximum van 3 %.
3.4 De onderhoudsvergoeding wordt per kwartaal vooraf gefactureerd, overige werkzaamheden
maandelijks achteraf. Betaling binnen 30 dagen na ontvangst van een correcte factuur.

Artikel 4 - Support en servicetijden
4.1 Meldingen worden gedaan door de functioneel beheerders van de ziekenhuisapotheek via het
serviceportaal of, voor prioriteit 1, telefonisch via 030 760 22 00. Prioriteit 1 wordt 24 uur
per dag, 7 dagen per week behandeld; de overige prioriteiten op werkdagen van 8.00 tot 17.00 uur.
4.2 Prioriteiten, reactietijden en oplostijden:
   P1 - een of meer kasten geven geen medicatie af, of de koppeling met het EPD ligt stil:
        reactie binnen 30 minuten, workaround binnen 2 uur, oplossing binnen 8 uur
   P2 - een functie is verstoord, de afgifte loopt via de noodprocedure door:
        reactie binnen 2 uur, oplossing binnen 2 werkdagen
   P3 - overige verstoringen en vragen:
        reactie binnen 1 werkdag, oplossing in de eerstvolgende release
4.3 MediDispense garandeert een beschikbaarheid van de centrale DoseSafe-server van 99,9 % per
kalendermaand, exclusief vooraf afgestemd onderhoud van maximaal vier uur per maand.
4.4 Wordt in een maand de beschikbaarheid niet gehaald of een oplostijd voor P1 overschreden,
dan verleent MediDispense een korting van 5 % van de maandelijkse onderhoudsvergoeding per
tekortkoming, met een maximum van 20 % per maand. De korting laat het recht van het Ziekenhuis
op nakoming en op schadevergoeding onverlet.

Artikel 5 - Releases en patches
5.1 Elke nieuwe release wordt eerst door MediDispense geïnstalleerd in de acceptatieomgeving. De
ziekenhuisapotheek test de release binnen tien werkdagen volgens het testscript van Bijlage 2 en
geeft de release schriftelijk vrij. Zonder vrijgave wordt een release niet in productie genomen.
5.2 Na vrijgave installeert MediDispense de release in productie in een met de ziekenhuisapotheek
afgesproken onderhoudsvenster, met een teruggaveplan.
5.3 Beveiligingspatches voor het besturingssysteem en de database worden binnen 14 dagen na
publicatie getest en, na akkoord van de afdeling ICT van het Ziekenhuis, geïnstalleerd; kritieke
patches binnen 72 uur.
5.4 Bij elke functionele release verzorgt MediDispense een train-de-trainersessie van een
dagdeel voor de functioneel beheerders en levert zij bijgewerkte werkinstructies voor de
verpleegkundigen.

Artikel 6 - Kwaliteit, team en documentatie
6.1 DoseSafe is als medisch hulpmiddel gecertificeerd onder de Verordening (EU) 2017/745 (MDR).
MediDispense werkt volgens een kwaliteitssysteem dat is gecertificeerd volgens ISO 13485 en
ISO 27001 en voert releases uit volgens haar gevalideerde releaseproces.
6.2 Vaste servicemanager voor het Ziekenhuis is mevrouw S. (Sanne) Jansen. Zij beheert het
configuratiedossier van de installatie van het Ziekenhuis (kastindeling, koppelingen,
interfaceversies) en houdt dit na elke wijziging bij. De supportengineers die P1-meldingen
behandelen hebben ten minste twee jaar ervaring met DoseSafe en zijn opgeleid in de
ziekenhuisprocessen rond medicatieveiligheid.
6.3 MediDispense actualiseert na elke release de technische documentatie en de
beheerdershandleiding en stelt deze ter beschikking van de afdeling ICT.

Artikel 7 - Rapportage en overleg
7.1 MediDispense levert maandelijks een servicerapport met de meldingen per prioriteit, de
gerealiseerde reactie- en oplostijden, de beschikbaarheid, de geïnstalleerde patches en de
openstaande problemen.
7.2 Elk kwartaal vindt een serviceoverleg plaats tussen de servicemanager, de ziekenhuisapotheker
en de informatiemanager van het Ziekenhuis. Eenmaal per jaar neemt het lid raad van bestuur deel.
7.3 Knelpunten die in het serviceoverleg niet worden opgelost, worden geëscaleerd naar de
algemeen directeur van MediDispense en het lid raad van bestuur van het Ziekenhuis.

Artikel 8 - Verplichtingen van het Ziekenhuis
Het Ziekenhuis zorgt voor een beveiligde VPN-toegang voor MediDispense, houdt de acceptatie-
omgeving beschikbaar, verzorgt met de functioneel beheerders de eerstelijns ondersteuning van de
afdelingen, en meldt geplande wijzigingen aan het EPD of het netwerk ten minste vier weken vooraf.

Artikel 9 - Duur en beëindiging
9.1 Deze overeenkomst geldt van 1 januari 2027 tot en met 31 december 2029. Zij wordt daarna
stilzwijgend verlengd met telkens één jaar, tenzij een partij uiterlijk zes maanden voor het einde
van de lopende periode schriftelijk opzegt.
9.2 Elke partij kan de overeenkomst ontbinden indien de andere partij toerekenbaar tekortschiet en
dit niet herstelt binnen dertig dagen na een schriftelijke ingebrekestelling. Het Ziekenhuis kan
de overeenkomst bovendien opzeggen met een termijn van drie maanden indien in drie
opeenvolgende maanden de beschikbaarheid van artikel 4.3 niet is gehaald.
9.3 Bij het einde van de overeenkomst, om welke reden ook, blijft MediDispense het onderhoud
gedurende ten hoogste zes maanden voortzetten tegen de laatst geldende vergoeding, en verleent zij
medewerking aan de overgang naar een andere leverancier of oplossing tegen het uurtarief van
artikel 3.2.
9.4 Binnen dertig dagen na het einde levert MediDispense alle gegevens van het Ziekenhuis,
waaronder de volledige audittrail van de uitgiftes en de configuratie, in csv- of xml-formaat
met een beschrijving van de velden. MediDispense kan zich niet op een retentierecht beroepen.

Artikel 10 - Broncode
De broncode van DoseSafe is gedeponeerd bij een onafhankelijke escrowagent. De broncode wordt bij
elke release geactualiseerd en komt ter beschikking van het Ziekenhuis bij faillissement van
MediDispense of wanneer MediDispense het onderhoud van DoseSafe staakt. De kosten van de
escrowregeling zijn voor rekening van MediDispense.

Artikel 11 - Intellectuele eigendom
Alle intellectuele eigendomsrechten op DoseSafe en op de releases berusten bij MediDispense. Het
Ziekenhuis verkrijgt op elke release hetzelfde niet-exclusieve, niet-overdraagbare gebruiksrecht
als op de oorspronkelijke licentie van 2021.

Artikel 12 - Aansprakelijkheid
12.1 De aansprakelijkheid van MediDispense is beperkt tot EUR 500.000,00 per gebeurtenis en
EUR 1.000.000,00 per jaar. Voor indirecte schade is MediDispense niet aansprakelijk.
12.2 Deze beperkingen gelden niet bij opzet of bewuste roekeloosheid, en evenmin voor schade
door dood of lichamelijk letsel.

Artikel 13 - Geheimhouding en persoonsgegevens
13.1 Partijen houden geheim wat zij van elkaar vernemen en waarvan zij het vertrouwelijk karakter
kennen of redelijkerwijs moeten vermoeden. Medewerkers van MediDispense ondertekenen een
geheimhoudingsverklaring.
13.2 MediDispense verwerkt bij het onderhoud patiëntgegevens als verwerker. Partijen sluiten de
verwerkersovereenkomst van Bijlage 3, die gelijktijdig met deze overeenkomst wordt ondertekend.
MediDispense voldoet aan NEN 7510 en meldt een beveiligingsincident binnen 24 uur.

Artikel 14 - Geschillen en toepasselijk recht
14.1 Partijen trachten een geschil eerst op te lossen via de escalatie van artikel 7.3. Lukt dat
niet binnen dertig dagen, dan zullen zij eerst mediation beproeven via een door partijen samen
aangewezen MfN-registermediator.
14.2 Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden beslecht door de
bevoegde rechter van de rechtbank Gelderland.

Aldus overeengekomen en in tweevoud ondertekend,

MediDispense Nederland B.V.                      Stichting Ziekenhuis De Lingebrug
ing. M. de Vries, algemeen directeur             drs. J. Verbeek, lid raad van bestuur
Utrecht, 2 december 2026                         Tiel, 4 december 2026
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.acceptance": "covered",
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
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.9,
    },
)

NL_T11G_PRINT_IT_GENERAL_TERMS = UnseenDocument(
    name="nl_t11g_print_it_general_terms",
    text="""ALGEMENE VOORWAARDEN KANTOORKLAAR BV
Printoplossingen en IT-beheer voor kleine kantoren
KantoorKlaar bv, Kortrijkseweg 77, 8791 Beveren-Leie, KBO 0652.774.180
Versie januari 2026

Artikel 1 - Toepassing
1.1 Deze algemene voorwaarden zijn van toepassing op alle offertes, bestellingen en
overeenkomsten van KantoorKlaar bv ("KantoorKlaar") met haar klanten ("de klant"). De offerte of
orderbevestiging en deze voorwaarden vormen samen de overeenkomst.
1.2 Door het aanvaarden van een offerte of het ondertekenen van een leveringsbon aanvaardt de klant
deze voorwaarden. De algemene of aankoopvoorwaarden van de klant zijn niet van toepassing, ook
niet wanneer zij later worden meegedeeld. Bij strijdigheid tussen deze voorwaarden en een
document van de klant gaan deze voorwaarden voor.

Artikel 2 - Offertes en prijzen
2.1 Offertes zijn vrijblijvend en dertig dagen geldig.
2.2 Alle prijzen zijn exclusief btw, recupel, bebat en verplaatsingskosten.
2.3 Prestaties die niet onder een contract vallen, worden aangerekend tegen het geldende
uurtarief van EUR 82,00 per uur (per begonnen halfuur), vermeerderd met een forfaitaire
verplaatsingskost van EUR 38,00. Prestaties buiten de kantooruren worden aangerekend aan 150 %.
2.4 KantoorKlaar heeft het recht haar prijzen, tarieven en prijzen per afdruk op elk moment aan te
passen, onder meer bij een stijging van de aankoopprijzen, de loonkosten of de wisselkoers. De
aangepaste prijzen gelden vanaf de eerstvolgende factuur.

Artikel 3 - Levering en installatie
3.1 Leveringstermijnen worden slechts bij benadering opgegeven. Een vertraging in de levering
geeft de klant geen recht op schadevergoeding, prijsvermindering of ontbinding.
3.2 De installatie van toestellen en software gebeurt door een technieker van KantoorKlaar op een
met de klant afgesproken datum en omvat het plaatsen en aansluiten van het toestel op het
netwerk, de configuratie van scannen naar e-mail en naar een netwerkmap, en de installatie van
de printerdrivers op maximaal vijf pc's. Na de installatie geeft de technieker de gebruikers een
korte uitleg over het gebruik van het toestel.
3.3 De klant zorgt voor een geschikte ruimte met een stopcontact, een werkende netwerkaansluiting
en de nodige toegangscodes, en stelt op de dag van de installatie een contactpersoon ter
beschikking.

Artikel 4 - Printcontract Zorgeloos
4.1 Het printcontract Zorgeloos omvat toner, onderdelen, arbeid en verplaatsing voor het in het
contract vermelde toestel, tegen een prijs per afdruk. Niet inbegrepen zijn papier, nietjes,
herstellingen door verkeerd gebruik, het gebruik van niet-originele verbruiksgoederen, en schade
door bliksem of overspanning.
4.2 Het contract omvat een minimumvolume per kwartaal dat in de offerte wordt vermeld. Het
minimumvolume wordt ook aangerekend wanneer minder wordt afgedrukt.
4.3 De tellerstanden worden automatisch uitgelezen. Lukt dit niet, dan bezorgt de klant de
tellerstanden uiterlijk op de vijfde werkdag van elk kwartaal; bij gebreke daarvan mag
KantoorKlaar het volume schatten.

Artikel 5 - IT-beheer
5.1 KantoorKlaar biedt twee formules aan. IT Basis omvat een helpdesk op afstand voor de
gebruikers, het beheer van de Microsoft 365-accounts en de monitoring van de antivirus. IT Plus
omvat bovendien het maandelijks installeren van updates en beveiligingspatches voor Windows en
Microsoft 365, de monitoring van de back-up en één preventief bezoek per jaar.
5.2 De helpdesk is bereikbaar op werkdagen van 8.30 tot 12.00 uur en van 13.00 tot 17.00 uur via
056 71 40 40, helpdesk@kantoorklaar.be en het klantenportaal.
5.3 De reactietijden die in de offerte worden vermeld, zijn streeftijden. KantoorKlaar spant zich
in om die te halen, maar een overschrijding geeft de klant geen recht op een schadevergoeding, een
korting of een ontbinding van de overeenkomst.

Artikel 6 - Aard van de verbintenissen
Alle verbintenissen van KantoorKlaar zijn middelenverbintenissen.

Artikel 7 - Facturatie en betaling
7.1 Toestellen en installatie worden gefactureerd bij levering. Contractvergoedingen worden per
kwartaal vooraf gefactureerd, de afdrukken boven het minimumvolume per kwartaal achteraf.
7.2 Facturen zijn betaalbaar binnen 15 dagen na factuurdatum. Bij niet-tijdige betaling is van
rechtswege en zonder ingebrekestelling een verwijlintrest van 10 % per jaar verschuldigd en een
forfaitaire schadevergoeding van 10 % van het factuurbedrag, met een minimum van EUR 75,00.
7.3 Bij niet-betaling mag KantoorKlaar haar dienstverlening opschorten tot alle openstaande
bedragen zijn betaald.

Artikel 8 - Duur en beëindiging
8.1 Printcontracten en contracten voor IT-beheer worden gesloten voor de looptijd die in de
offerte wordt vermeld. Na afloop worden zij telkens stilzwijgend verlengd voor een periode van
twaalf maanden, tenzij de klant ten minste zes maanden vóór de vervaldag opzegt per aangetekende
brief.
8.2 Beëindigt de klant een contract vóór de vervaldag, dan is hij een vergoeding verschuldigd
gelijk aan alle contractvergoedingen, inclusief het minimumvolume, tot het einde van de lopende
periode.
8.3 KantoorKlaar mag de overeenkomst zonder vergoeding beëindigen wanneer de klant een factuur
niet betaalt binnen vijftien dagen na een herinnering.

Artikel 9 - Eigendom
9.1 Geleverde goederen blijven eigendom van KantoorKlaar tot de volledige betaling van de prijs.
9.2 Software wordt geleverd onder de licentievoorwaarden van de fabrikant. De klant verkrijgt
geen eigendomsrechten op software, scripts of configuraties die KantoorKlaar heeft ontwikkeld.

Artikel 10 - Garantie
Op verkochte toestellen buiten een printcontract geldt uitsluitend de garantie van de
fabrikant. KantoorKlaar verleent zelf geen bijkomende garantie.

Artikel 11 - Gegevens van de klant
11.1 KantoorKlaar heeft een retentierecht op alle goederen, documenten, wachtwoorden en gegevens
van de klant die zij onder zich heeft, zolang niet alle facturen zijn betaald.
11.2 Na het einde van een contract voor IT-beheer stelt KantoorKlaar de beheerwachtwoorden en de
gegevens die zij voor de klant beheert op verzoek ter beschikking, tegen betaling van de
prestaties aan het geldende uurtarief en in het formaat dat KantoorKlaar bepaalt.
11.3 Bij het ophalen van een toestel wordt de harde schijf van het toestel gewist.

Artikel 12 - Aansprakelijkheid
12.1 KantoorKlaar is niet aansprakelijk voor onrechtstreekse schade, zoals winstderving,
productieverlies of schade aan derden, noch voor verlies of beschadiging van gegevens, ook niet
wanneer die het gevolg is van een tussenkomst of een update.
12.2 In elk geval is de aansprakelijkheid van KantoorKlaar beperkt tot de bedragen die de klant in
de drie maanden vóór het schadegeval voor de betrokken dienst heeft betaald.

Artikel 13 - Vertrouwelijkheid en persoonsgegevens
13.1 KantoorKlaar en haar medewerkers behandelen de informatie waartoe zij bij een interventie
toegang krijgen vertrouwelijk.
13.2 Voor zover KantoorKlaar persoonsgegevens verwerkt voor de klant, gebeurt dit volgens de
verwerkersovereenkomst die op www.kantoorklaar.be/privacy staat.

Artikel 14 - Wijziging van de voorwaarden
KantoorKlaar kan deze voorwaarden wijzigen. De nieuwe versie geldt voor lopende overeenkomsten
vanaf de publicatie ervan op de website.

Artikel 15 - Toepasselijk recht en bevoegde rechtbank
Op alle overeenkomsten is uitsluitend het Belgisch recht van toepassing. Alle geschillen behoren
tot de uitsluitende bevoegdheid van de rechtbanken van het gerechtelijk arrondissement
West-Vlaanderen, afdeling Kortrijk.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "team.named_team": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "partial",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "partial",
        "exit.escrow": "missing",
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
        "risk.open_ended_cost": True,
        "risk.data_lockin": True,
        "risk.unsigned": True,
    },
    figures={
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 15,
    },
)


DOCUMENTS = [
    NL_T11G_FUNERAL_HOME_SOFTWARE,
    NL_T11G_SCHOOL_CO2_SENSORS,
    NL_T11G_HOSPITAL_PHARMACY_CABINETS,
    NL_T11G_PRINT_IT_GENERAL_TERMS,
]
