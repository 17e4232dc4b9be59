"""Training batch 17 (nl, writer u): four Dutch-language documents of kinds not used before.

1. nl_t17u_electronic_shelf_label_sla: a formal Flemish service level agreement (numbered
   articles, signed by both parties), annex to a framework agreement, for the management and
   maintenance of electronic shelf labels in the 42 stores of a supermarket chain, with 7/7
   service desk, availability, service credits and a fixed term without renewal.
2. nl_t17u_concrete_batching_software_licence: a Netherlands licence and maintenance agreement
   (signed by both parties) for batching control software at a ready-mix concrete plant, under
   the NLdigital terms, with best-efforts repair, unilateral price changes, a long tacit renewal,
   broad liability exclusions and a source code escrow.
3. nl_t17u_vet_xray_pc_network_quote: a short, informal Flemish e-mail quote from a local IT shop
   for an X-ray workstation, NAS, network and cloud back-up at a veterinary practice, accepted by
   a reply e-mail.
4. nl_t17u_province_gis_consultancy_framework: a formal Flemish public-procurement framework
   agreement (signed by both parties) for GIS consultancy by the hour for a province, with
   profiles and hourly rates, call-offs by purchase order, penalties and handover.

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

NL_T17U_ELECTRONIC_SHELF_LABEL_SLA = UnseenDocument(
    name="nl_t17u_electronic_shelf_label_sla",
    text="""DIENSTVERLENINGSOVEREENKOMST (SLA)
BEHEER EN ONDERHOUD VAN ELEKTRONISCHE SCHAPLABELS
Bijlage 3 bij raamovereenkomst ESL-2026-07 - versie 1.2 van 27 november 2026

TUSSEN
Labelion nv, Kortrijksesteenweg 1120, 9051 Sint-Denijs-Westrem, KBO 0734.582.116,
vertegenwoordigd door de heer Geert Vandenbussche, gedelegeerd bestuurder, hierna "de Leverancier",

EN
Versmarkt nv, Industrielaan 44, 9320 Erembodegem, KBO 0427.903.551, vertegenwoordigd door
mevrouw Nathalie De Smet, CEO, en de heer Frederik Goossens, CIO, hierna "de Klant",

WORDT OVEREENGEKOMEN WAT VOLGT:

Artikel 1 - Voorwerp en rangorde
1.1 Deze SLA regelt het beheer, de ondersteuning en het onderhoud van het systeem van elektronische
schaplabels (ESL) in de 42 Versmarkt-winkels opgesomd in Bijlage A. Het systeem omvat ca. 318.000
e-paper-labels (formaten 1,6" tot 7,5"), 4 tot 9 access points per winkel, het centrale
ESL-platform dat de Leverancier host in twee datacenters in België, en de koppeling met het ERP
van de Klant (SAP S/4HANA Retail) voor prijzen, promoties en productinformatie.
1.2 Bij strijdigheid geldt de volgende rangorde: (1) de raamovereenkomst ESL-2026-07 van
14 september 2026, (2) deze SLA, (3) de bijlagen bij deze SLA. Algemene voorwaarden van de
Leverancier zijn niet van toepassing, ook niet wanneer ze vermeld staan op facturen,
leveringsbonnen of tickets.

Artikel 2 - Diensten
2.1 De maandvergoeding van artikel 6 omvat: monitoring 24/7 van het ESL-platform, de ERP-koppeling
en alle access points; de servicedesk voor de winkelverantwoordelijken en de IT-dienst van de
Klant; interventies op afstand en ter plaatse; de vervanging van defecte labels en access points,
met een reservevoorraad van 1,5 % van de labels per winkel; de opvolging van de prijsdoorvoer
(artikel 3.4); updates (artikel 9), rapportering en overleg (artikel 8).
2.2 Niet inbegrepen zijn: de vervanging van labels die door een externe oorzaak beschadigd zijn
(winkelkarren, vandalisme, waterschade) boven een jaarlijkse breukfranchise van 1,5 % van de labels
per winkel; het winkelnetwerk, de PoE-switchen en de internetverbinding van de Klant; het
verplaatsen van labels bij herinrichtingen van winkels; fouten in de prijsgegevens die het ERP van
de Klant aanlevert. Deze prestaties worden aangerekend volgens artikel 6.4.

Artikel 3 - Servicedesk, prioriteiten en termijnen
3.1 De servicedesk is bereikbaar van maandag tot en met zondag van 6.00 tot 22.00 uur, behalve op
25 december en 1 januari, via 09 277 41 00 en via het ServiceNow-portaal van de Leverancier.
Buiten die uren is voor P1-meldingen een permanentienummer beschikbaar (09 277 41 99).
3.2 Prioriteiten en termijnen, gerekend binnen de openingsuren van de servicedesk:
   P1 - kritiek: de prijsdoorvoer naar een of meer winkels ligt stil, of meer dan 10 % van de
        labels van een winkel toont geen of een foutieve prijs
        reactie binnen 30 minuten - herstel binnen 4 uur
   P2 - hoog: een access point is defect, of 1 tot 10 % van de labels van een winkel wordt niet
        bijgewerkt
        reactie binnen 2 uur - herstel vóór de opening van de winkel de volgende dag
   P3 - normaal: individuele defecte labels, vragen en kleine fouten
        reactie binnen 1 werkdag - herstel uiterlijk binnen 5 werkdagen
3.3 Herstel betekent dat de dienst opnieuw normaal werkt, eventueel via een tijdelijke oplossing.
3.4 Prijsdoorvoer: ten minste 99,5 % van de prijswijzigingen die in het ERP worden vrijgegeven,
staat binnen 60 minuten op de labels. Promoties die vóór 22.00 uur worden vrijgegeven, staan de
volgende dag vóór de opening van de winkels op de labels.

Artikel 4 - Beschikbaarheid
4.1 De Leverancier garandeert een beschikbaarheid van het centrale ESL-platform en de
ERP-koppeling van 99,7 % per kalendermaand, gemeten 24/7 door de monitoring van de Leverancier,
met uitsluiting van gepland onderhoud.
4.2 Gepland onderhoud gebeurt enkel in de nacht van dinsdag op woensdag tussen 0.00 en 4.00 uur,
wordt ten minste vijf werkdagen vooraf aangekondigd en bedraagt ten hoogste vier uur per maand.

Artikel 5 - Servicecredits
Voor elke begonnen 0,1 % beschikbaarheid onder 99,7 % crediteert de Leverancier 5 % van de totale
maandvergoeding van die maand; voor elk P1-incident waarvan de hersteltermijn wordt overschreden
EUR 150,00 per begonnen uur overschrijding, met een maximum van EUR 1.500,00 per incident. De
servicecredits bedragen samen ten hoogste 30 % van de maandvergoeding per maand, worden verrekend
op de eerstvolgende factuur en doen geen afbreuk aan de rechten van de Klant uit artikel 10.3.

Artikel 6 - Vergoedingen en betaling
6.1 De maandvergoeding bedraagt EUR 389,00 excl. btw per winkel, of EUR 16.338,00 excl. btw per
maand voor de 42 winkels. Nieuwe winkels worden aan dezelfde vergoeding toegevoegd.
6.2 Voor de intake (inventaris en CMDB per winkel, inrichting van de monitoring en de
servicedeskprocedures) rekent de Leverancier eenmalig EUR 4.200,00 excl. btw aan.
6.3 De maandvergoeding en de tarieven van 6.4 worden jaarlijks op 1 maart aangepast volgens de
formule P = P0 x (0,2 + 0,8 x S / S0), waarbij S het Agoria-referentieloon is van de maand
januari voorafgaand aan de aanpassing. Andere prijswijzigingen vereisen een schriftelijk
addendum, ondertekend door beide partijen.
6.4 Prestaties buiten de maandvergoeding worden enkel uitgevoerd na een schriftelijke prijsopgave
van de Leverancier en een bestelbon van de Klant, ondertekend door de IT-manager retail. Tarieven:
EUR 89,00 per uur per technieker, een forfaitaire verplaatsingskost van EUR 55,00 per interventie,
en vervanglabels boven de breukfranchise volgens de prijslijst van Bijlage B. Deze prestaties
worden maandelijks achteraf gefactureerd met vermelding van de ticket- en bestelbonnummers.
6.5 De intake wordt gefactureerd na de opname van de laatste winkel in de CMDB; de maandvergoeding
per kwartaal vooraf. Facturen zijn betaalbaar binnen 60 dagen na factuurdatum.

Artikel 7 - Verplichtingen van de Klant
7.1 De Klant levert alle prijs-, promotie- en productwijzigingen aan via de ERP-koppeling, houdt
in elke winkel de netwerkaansluitingen, PoE-poorten en internetverbinding beschikbaar volgens
Bijlage C, en meldt herinrichtingen, openingen en sluitingen van winkels ten minste vier weken
vooraf aan de servicemanager.
7.2 De winkelverantwoordelijke bewaart de reservelabels in een afgesloten kast in de back-office en
voert vóór een P2- of P3-melding de controles uit van de snelgids (o.a. het herstarten van het
access point).
7.3 De Klant geeft de techniekers toegang tot de winkels tijdens de openingsuren, en voor
P1-interventies ook daarbuiten via de bewakingsfirma van de Klant.

Artikel 8 - Organisatie, kwaliteit en rapportering
8.1 Servicemanager van de Leverancier en vast aanspreekpunt voor de Klant is mevrouw Katrien
Dewaele, met als plaatsvervanger de heer Stijn Lambrecht. Aanspreekpunt bij de Klant is de heer
Pieter Verhelst, IT-manager retail.
8.2 Interventies ter plaatse gebeuren door techniekers in dienst van de Leverancier die door de
fabrikant van de labels gecertificeerd zijn voor de installatie en het onderhoud van het systeem.
Onderaanneming kan enkel met schriftelijk akkoord van de Klant.
8.3 De Leverancier werkt volgens de ITIL-processen en behoudt tijdens de looptijd zijn
ISO/IEC 27001-certificaat voor platform en servicedesk.
8.4 De Leverancier houdt per winkel een actueel CMDB-dossier bij met het grondplan en de posities
van de access points, hun serienummers en firmwareversies, het aantal labels per type en de lokale
contactpersonen.
8.5 Uiterlijk de tiende van elke maand bezorgt de Leverancier een servicerapport met de
beschikbaarheid, de prestaties van de prijsdoorvoer, de incidenten per prioriteit met hun reactie-
en hersteltijden, het uitvalpercentage van de labels per winkel, de reservevoorraad en de
verschuldigde servicecredits.
8.6 Elk kwartaal houden de servicemanager en de IT-manager retail een service review. Escalatie:
(1) servicemanager en IT-manager retail; (2) bij gebrek aan oplossing binnen tien werkdagen de
operationeel directeur van de Leverancier en de CIO van de Klant; (3) daarna de gedelegeerd
bestuurder van de Leverancier en de CEO van de Klant.

Artikel 9 - Updates
De Leverancier test elke nieuwe firmware- en platformversie eerst in zijn referentiewinkel.
Kritieke beveiligingspatches worden binnen 72 uur na publicatie geïnstalleerd; andere updates in
het onderhoudsvenster van artikel 4.2, eerst in één pilootwinkel van de Klant en pas na een week
zonder incidenten in de andere winkels. Updates zijn inbegrepen in de maandvergoeding.

Artikel 10 - Duur en beëindiging
10.1 Deze SLA gaat in op 1 maart 2027 en loopt 60 maanden, tot en met 29 februari 2032. Zij
eindigt van rechtswege; er is geen stilzwijgende verlenging. Uiterlijk twaalf maanden vóór het
einde bespreken partijen of zij verder samenwerken.
10.2 De Klant kan deze SLA voor een afzonderlijke winkel beëindigen bij sluiting, verkoop of
ombouw van die winkel, bij aangetekende brief en met een opzegtermijn van drie maanden.
10.3 Elke partij kan de SLA met onmiddellijke ingang beëindigen bij aangetekende brief wanneer de
andere partij een zware tekortkoming niet herstelt binnen 30 dagen na een aangetekende
ingebrekestelling. Een beschikbaarheid onder 99,0 % in drie opeenvolgende maanden geldt als een
zware tekortkoming.

Artikel 11 - Einde en overdracht
11.1 Bij het einde van de SLA, om welke reden ook, blijft de Leverancier op verzoek van de Klant de
diensten ten hoogste zes maanden verlenen, aan de vergoeding van artikel 6 pro rata, en werkt hij
mee aan de overgang naar een andere leverancier.
11.2 Binnen tien werkdagen na het einde bezorgt de Leverancier een volledige export van de
koppelingen tussen labels en artikelen, de schappositie van elk label, de configuratie van de
access points en de incidenthistoriek in CSV- en JSON-formaat, samen met de CMDB-dossiers en de
technische documentatie van de ERP-koppeling. Daarna wist hij alle gegevens van de Klant binnen
30 dagen en bevestigt hij dit schriftelijk.

Artikel 12 - Aansprakelijkheid
De aansprakelijkheid van de Leverancier is per contractjaar beperkt tot de vergoedingen van de
twaalf voorafgaande maanden, met een minimum van EUR 150.000,00, behalve bij bedrog, opzet, zware
fout of een inbreuk op artikel 13. Onrechtstreekse schade zoals winstderving is uitgesloten, maar
niet de boetes die de Klant moet betalen omdat door een fout van het systeem een verkeerde prijs
werd getoond.

Artikel 13 - Vertrouwelijkheid en persoonsgegevens
13.1 Partijen houden alle ontvangen informatie, in het bijzonder prijzen, promoties vóór hun start
en verkoopgegevens, vertrouwelijk tijdens de looptijd en vijf jaar na het einde ervan.
13.2 Het ESL-platform verwerkt enkel de namen, e-mailadressen en loggegevens van de gebruikers van
de Klant. De Leverancier verwerkt die gegevens als verwerker, uitsluitend volgens de instructies
van de Klant en in datacenters in België, schakelt geen subverwerkers in zonder voorafgaand
schriftelijk akkoord en meldt een inbreuk in verband met persoonsgegevens binnen 24 uur. De
verwerkersovereenkomst in Bijlage D wordt samen met deze SLA ondertekend.

Artikel 14 - Geschillen en toepasselijk recht
Geschillen worden eerst behandeld volgens de escalatieprocedure van artikel 8.6. Zijn ze binnen
30 dagen niet opgelost, dan is enkel de ondernemingsrechtbank Gent, afdeling Dendermonde, bevoegd.
Deze SLA wordt beheerst door het Belgisch recht.

Opgemaakt te Erembodegem op 27 november 2026, in twee exemplaren.

Voor Labelion nv                                Voor Versmarkt nv
Geert Vandenbussche, gedelegeerd bestuurder      Nathalie De Smet, CEO    Frederik Goossens, CIO
(handtekening)                                   (handtekening)           (handtekening)
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
        "legal.ip": "missing",
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
        "contract_term_months": 60,
        "notice_period_days": 90,
        "payment_term_days": 60,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.7,
    },
)

NL_T17U_CONCRETE_BATCHING_SOFTWARE_LICENCE = UnseenDocument(
    name="nl_t17u_concrete_batching_software_licence",
    text="""LICENTIE- EN ONDERHOUDSOVEREENKOMST BATCHPRO 6
Kenmerk: MS/LO/2026-047

De ondergetekenden:

1. Mengsoft B.V., gevestigd te Deurne, Industrieweg 14, 5753 PB Deurne, KvK 17093821, te dezen
   vertegenwoordigd door de heer J.H. (Jeroen) Swinkels, directeur, hierna "Mengsoft";
2. Betoncentrale Rivierenland B.V., gevestigd te Tiel, Havenweg 9, 4004 JD Tiel, KvK 11038592,
   te dezen vertegenwoordigd door de heer P. (Peter) van Kesteren, directeur, hierna
   "Opdrachtgever";

in aanmerking nemende dat:
- Opdrachtgever te Tiel een betoncentrale exploiteert met één mengtoren met een dubbelasmenger
  van 3 m3, en haar doseer- en menginstallatiebesturing Betomat 4, waarvoor sinds 2025 geen
  ondersteuning meer wordt geleverd, wil vervangen;
- Mengsoft de doseer- en besturingsprogrammatuur BatchPro heeft ontwikkeld en Opdrachtgever
  daarvoor op 2 november 2026 de offerte MS-2026-311 heeft uitgebracht;

komen als volgt overeen:

Artikel 1 - Toepasselijke voorwaarden
1.1 Op deze overeenkomst zijn de NLdigital Voorwaarden 2020 van toepassing, met inbegrip van de
modules Programmatuur en Onderhoud, die vóór ondertekening aan Opdrachtgever ter hand zijn
gesteld. Inkoop- of andere voorwaarden van Opdrachtgever worden uitdrukkelijk van de hand gewezen.
1.2 De offerte MS-2026-311 (bijlage 1) en de systeemeisen (bijlage 2) maken deel uit van deze
overeenkomst. Bij strijdigheid gaat deze overeenkomst voor op de NLdigital Voorwaarden en gaan
beide voor op de offerte.

Artikel 2 - Licentie en intellectuele eigendom
2.1 Mengsoft verleent Opdrachtgever een niet-exclusief, niet-overdraagbaar gebruiksrecht voor
onbepaalde tijd op BatchPro 6, voor één menginstallatie op de locatie Tiel en ten hoogste twee
werkplekken (bedieningspost in de mengtoren en een kantoorwerkplek).
2.2 Alle intellectuele eigendomsrechten op BatchPro, inclusief de voor Opdrachtgever gemaakte
aanpassingen en de PLC-koppeling, berusten bij Mengsoft. De recepturen, grondstofgegevens en
batchregistraties van Opdrachtgever zijn en blijven eigendom van Opdrachtgever.

Artikel 3 - Werkzaamheden en omvang
3.1 Mengsoft installeert BatchPro op de twee door Opdrachtgever geleverde pc's, koppelt het met de
bestaande Siemens S7-1500 PLC van de mengtoren (OPC UA) en met het orderprogramma van
Opdrachtgever (uitwisselmap voor orders en vrachtbrieven), converteert de 142 recepturen en
36 grondstoffen uit Betomat 4, stelt de installatie in bedrijf inclusief de acceptatietest van
artikel 8 en leidt de operators op.
3.2 Niet inbegrepen zijn: de levering van pc's en van Windows- en SQL Server-licenties,
wijzigingen aan het PLC-programma van de mengtoren (uit te voeren door de installateur van
Opdrachtgever, Van Dijk Installatietechniek), het ijken van weegsystemen en doseermeters, het
netwerk en de verbinding op afstand, en de overzetting van historische batchregistraties uit
Betomat 4; die blijven raadpleegbaar op de oude besturings-pc.

Artikel 4 - Prijzen en betaling
4.1 De vergoedingen bedragen, exclusief btw:
   Licentie BatchPro 6, twee werkplekken                            EUR 42.500,00
   Installatie, PLC-koppeling en inbedrijfstelling (vaste prijs)    EUR 11.800,00
   Conversie recepturen en grondstoffen (vaste prijs)               EUR  3.400,00
   Opleiding operators, twee dagen op locatie                       EUR  1.900,00
   Totaal eenmalig                                                   EUR 59.600,00
   Onderhoud en ondersteuning (18 % van de licentieprijs)           EUR  7.650,00 per jaar
4.2 Werkzaamheden die niet onder de vaste prijzen of het onderhoud vallen, worden gefactureerd
tegen EUR 118,00 per uur, vermeerderd met EUR 0,45 per kilometer reiskosten. Voor werkzaamheden
buiten kantoortijd geldt een toeslag van 50 %.
4.3 Werkzaamheden die niet in de offerte zijn beschreven, waaronder werkzaamheden die voortvloeien
uit onjuiste of onvolledige informatie van Opdrachtgever of uit wijzigingen van derden aan de PLC,
gelden als meerwerk en worden op basis van nacalculatie gefactureerd tegen het uurtarief van 4.2.
4.4 Mengsoft is gerechtigd haar prijzen, tarieven en de onderhoudsvergoeding jaarlijks per
1 januari aan te passen.
4.5 De licentie wordt gefactureerd bij ondertekening; installatie, conversie en opleiding na de
acceptatietest; het onderhoud jaarlijks vooraf vanaf de datum van acceptatie; meerwerk maandelijks
achteraf. Betaling geschiedt binnen 14 dagen na factuurdatum.

Artikel 5 - Planning
De werkzaamheden worden uitgevoerd tijdens de winterstop van Opdrachtgever:
   week 49 (2026)      installatie op de pc's en conversie van recepturen, op afstand
   week 50             test van de PLC-koppeling op de PLC-simulator van Mengsoft
   week 52 - week 1    installatie en inbedrijfstelling op locatie, acceptatietest
   11 januari 2027     eerste productie met BatchPro
De door Mengsoft genoemde termijnen zijn streeftermijnen en gelden nimmer als fatale termijnen.
Overschrijding ervan geeft Opdrachtgever geen recht op schadevergoeding of ontbinding.

Artikel 6 - Medewerking van Opdrachtgever
6.1 Opdrachtgever stelt uiterlijk 1 december 2026 beschikbaar: twee pc's volgens bijlage 2 met een
beveiligde verbinding op afstand, een export van de recepturen en grondstoffen uit Betomat 4, en
het actuele PLC-project (TIA Portal) met de I/O-lijst.
6.2 Tijdens de inbedrijfstelling staat de mengtoren ter beschikking van Mengsoft en is Van Dijk
Installatietechniek aanwezig voor de aanpassingen aan het PLC-programma. De centralechef en vier
operators volgen de opleiding op 4 en 5 januari 2027. Opdrachtgever maakt dagelijks een back-up
van de database van BatchPro.
6.3 Vertraging of extra werkzaamheden doordat Opdrachtgever deze verplichtingen niet (tijdig)
nakomt, komen voor rekening van Opdrachtgever en worden als meerwerk gefactureerd.

Artikel 7 - Projectorganisatie en kwaliteit
7.1 Projectleider van Mengsoft is de heer M. (Maarten) Verbeek. De inbedrijfstelling gebeurt door
de heer R. (Rik) de Bruin, inbedrijfstellingsengineer. Contactpersoon van Opdrachtgever is de heer
H. Janssen, centralechef.
7.2 Vóór de inbedrijfstelling test Mengsoft de PLC-koppeling en de geconverteerde recepturen op
haar PLC-simulator met het PLC-programma van Opdrachtgever en bezorgt zij het testverslag.

Artikel 8 - Acceptatie
8.1 Bij de inbedrijfstelling worden van drie representatieve recepturen (C20/25, C30/37 en een
dekvloermortel) elk vijf charges gemengd. De afwijkingen van de gedoseerde hoeveelheden moeten
binnen de doseertoleranties van NEN-EN 206 blijven. Daarnaast worden de orderimport en het printen
van de vrachtbrieven getest.
8.2 Opdrachtgever ondertekent het testverslag binnen vijf werkdagen. Fouten die de productie niet
verhinderen, staan aan acceptatie niet in de weg. De programmatuur geldt in elk geval als
geaccepteerd zodra Opdrachtgever daarmee betonmortel produceert die aan klanten wordt geleverd.

Artikel 9 - Documentatie en opleiding
Mengsoft levert een Nederlandstalige gebruikershandleiding en een technisch document van de
PLC-koppeling (taglijst en communicatie-instellingen). De opleiding omvat twee dagen op locatie
voor de centralechef en de operators. Op de eerste productiedag is de heer De Bruin op locatie;
de rest van die week is hij vanaf 5.30 uur telefonisch bereikbaar.

Artikel 10 - Garantie
Gedurende drie maanden na acceptatie herstelt Mengsoft kosteloos reproduceerbare afwijkingen van
de in de offerte beschreven functionaliteit die Opdrachtgever schriftelijk meldt, behalve fouten
als gevolg van hardware, wijzigingen aan de PLC door derden of onjuist gebruik.

Artikel 11 - Onderhoud en ondersteuning
11.1 Het onderhoud omvat: een helpdesk per telefoon en op afstand, het herstellen van fouten, het
ter beschikking stellen van nieuwe versies van BatchPro (ten minste één per jaar), die Mengsoft
in overleg op afstand installeert, en het aanpassen van de PLC-koppeling aan nieuwe versies. De
Windows-updates en beveiligingspatches van de pc's installeert Opdrachtgever zelf; Mengsoft
publiceert maandelijks welke Windows-updates met BatchPro zijn getest.
11.2 De helpdesk is bereikbaar op werkdagen van 07.00 tot 17.00 uur en op zaterdag van 06.00 tot
12.00 uur via 0493 31 84 20 en support@mengsoft.nl.
11.3 Bij een storing die de productie stillegt, reageert Mengsoft binnen één uur binnen de
openingstijden van de helpdesk; bij overige meldingen binnen één werkdag.
11.4 Mengsoft spant zich in om storingen zo spoedig mogelijk te verhelpen, maar garandeert niet
dat alle fouten worden verholpen. Het verhelpen van storingen is voor Mengsoft een
inspanningsverplichting.
11.5 Mengsoft houdt van de installatie van Opdrachtgever een configuratiedossier bij met de
geïnstalleerde versie, de instellingen van de PLC-koppeling en een kopie van de recepturen na elke
onderhoudsbeurt op afstand.

Artikel 12 - Duur, opzegging en gegevens
12.1 De onderhoudsovereenkomst gaat in op de datum van acceptatie en wordt aangegaan voor een
periode van 36 maanden. Daarna wordt zij stilzwijgend verlengd met telkens 12 maanden, tenzij een
partij haar schriftelijk opzegt met inachtneming van een opzegtermijn van drie maanden vóór het
einde van de lopende periode. Tussentijdse opzegging is niet mogelijk.
12.2 Beëindiging van het onderhoud laat het gebruiksrecht van artikel 2 onverlet.
12.3 De database van BatchPro staat op de apparatuur van Opdrachtgever. Na beëindiging van het
onderhoud levert Mengsoft op verzoek binnen tien werkdagen een export van de recepturen,
grondstoffen en batchregistraties in CSV-formaat, tegen het uurtarief van artikel 4.2.

Artikel 13 - Broncodedepot
Mengsoft houdt de broncode van BatchPro en van de PLC-koppeling, met de documentatie die nodig is
om deze te onderhouden, in depot bij een onafhankelijke escrowagent en actualiseert het depot bij
elke nieuwe hoofdversie. Opdrachtgever treedt als begunstigde toe tot de escrowovereenkomst. Bij
faillissement of surseance van betaling van Mengsoft, of wanneer Mengsoft het onderhoud op BatchPro
staakt, wordt de broncode aan Opdrachtgever afgegeven. De kosten van EUR 850,00 per jaar komen voor
rekening van Opdrachtgever.

Artikel 14 - Aansprakelijkheid
De aansprakelijkheid van Mengsoft is beperkt tot het bedrag dat Opdrachtgever in de zes maanden
voorafgaand aan de schadeveroorzakende gebeurtenis aan onderhoudsvergoeding heeft betaald, met een
maximum van EUR 15.000,00. Aansprakelijkheid voor indirecte schade, waaronder gevolgschade,
gederfde winst, productieverlies, afgekeurde of verwijderde betonmortel en schade door verminking
of verlies van gegevens, is uitgesloten.

Artikel 15 - Geheimhouding
Mengsoft behandelt de recepturen en productiegegevens van Opdrachtgever als bedrijfsgeheim, legt
die geheimhouding op aan haar medewerkers en gebruikt de gegevens enkel voor deze overeenkomst,
tot vijf jaar na het einde ervan.

Artikel 16 - Persoonsgegevens
Voor zover Mengsoft bij ondersteuning op afstand persoonsgegevens verwerkt, sluiten partijen een
verwerkersovereenkomst.

Artikel 17 - Toepasselijk recht en bevoegde rechter
Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden uitsluitend voorgelegd
aan de bevoegde rechter van de Rechtbank Oost-Brabant.

Aldus overeengekomen en in tweevoud ondertekend te Tiel op 20 november 2026.

Mengsoft B.V.                                   Betoncentrale Rivierenland B.V.
J.H. Swinkels, directeur                        P. van Kesteren, directeur
(handtekening)                                  (handtekening)
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
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "missing",
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
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
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
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
    },
)

NL_T17U_VET_XRAY_PC_NETWORK_QUOTE = UnseenDocument(
    name="nl_t17u_vet_xray_pc_network_quote",
    text="""Van: Els Mertens <els@dierenartsenterbeke.be>
Verzonden: dinsdag 1 december 2026 21:14
Aan: Pieter Van Hoecke <pieter@bytebaas.be>
Onderwerp: RE: Offerte röntgen-pc en netwerk - Dierenartsenpraktijk Ter Beke

Dag Pieter,

We hebben het besproken met de collega's: akkoord met je offerte, ook met de cloud-back-up.
Zaterdag 19 december past. Ik heb Vetix gevraagd om die ochtend om 9 uur te komen voor hun
software.

Groetjes,
Els

Dr. Els Mertens | Dierenartsenpraktijk Ter Beke | Durmelaan 31, 9160 Lokeren

-----Oorspronkelijk bericht-----
Van: Pieter Van Hoecke <pieter@bytebaas.be>
Verzonden: vrijdag 27 november 2026 11:02
Aan: Els Mertens <els@dierenartsenterbeke.be>
Onderwerp: Offerte röntgen-pc en netwerk - Dierenartsenpraktijk Ter Beke

Dag Els,

Bedankt voor de rondleiding woensdag. Zoals besproken hieronder onze prijs voor de nieuwe pc bij
het röntgentoestel, opslag voor de beelden en het netwerk. Offertenummer BB-26-0412, geldig tot
31 december 2026.

Wat we leveren en installeren (prijzen excl. btw):
- HP Z2 Tower G9 werkstation (i7, 32 GB, 1 TB SSD, Windows 11 Pro)         EUR 1.845,00
- Dell UltraSharp 27" 4K-scherm voor het bekijken van de beelden             EUR   629,00
- Synology NAS DS923+ met 4 x 4 TB, voor de röntgenbeelden en de back-up    EUR 1.548,00
- UPS 1500 VA voor pc en NAS                                                EUR   319,00
- Switch 24 poorten PoE (vervangt de oude switch in de kelder)              EUR   449,00
- 2 access points (behandelruimte en consultatie 2), 2 x EUR 189,00         EUR   378,00
- 2 netwerkpunten Cat6 trekken (röntgenruimte en consultatie 2), 2 x 145     EUR   290,00
- Installatie en configuratie van pc, NAS en netwerk, overzetten van de
  bestaande beelden: 9 uur x EUR 75,00                                      EUR   675,00
- Verplaatsing                                                              EUR    35,00
Totaal eenmalig: EUR 6.168,00 excl. btw (EUR 7.463,28 incl. 21 % btw)

Cloud-back-up van de NAS (versleuteld, datacenter in Frankfurt, tot 1 TB): EUR 19,00 per maand.
Het abonnement loopt per maand en wordt telkens automatisch met een maand verlengd; opzeggen kan
per mail tegen het einde van elke maand.

Niet inbegrepen: de installatie van de acquisitiesoftware en de DICOM-koppeling van het
röntgentoestel (dat doet Vetix zelf), de licenties van Vetix, en aanpassingen aan jullie
praktijksoftware.

Hoe we het aanpakken:
- De hardware is er binnen vijf werkdagen na jullie akkoord. We installeren alles op zaterdag
  19 december vanaf 8 uur, zodat de praktijk maandag gewoon draait.
- We zetten alle bestaande röntgenbeelden (ca. 180 GB, sinds 2019) van de oude pc over naar de
  NAS, met dezelfde mappenstructuur per patiënt. De oude pc laten we nog een maand staan; daarna
  wissen we hem en voeren we hem af via Recupel als jullie dat willen.
- Na de installatie tonen we jullie assistentes hoe ze de beelden terugvinden op de NAS (half
  uurtje, zit in de prijs).
- Je krijgt een fiche met het netwerkplan, de IP-adressen en hoe de back-up werkt; de wachtwoorden
  bezorg ik je apart. Die fiche houden we ook in ons klantendossier bij, zodat wie hier de telefoon
  opneemt weet hoe jullie netwerk eruitziet.
- Windows-updates op de röntgen-pc zetten we op manueel, omdat Vetix elke update eerst moet
  goedkeuren. Na hun akkoord installeren wij de updates, in regie. De firmware van de NAS en de
  switch werkt automatisch bij.

Wat we van jullie nodig hebben:
- dat Vetix op 19 december om 9 uur langskomt voor hun software en de koppeling;
- het beheerderswachtwoord van de oude pc en een contactpersoon bij Vetix;
- dat niemand vrijdagavond 18 december nog beelden op de oude pc zet.

Wie: ik kom zelf installeren, samen met mijn collega Jens.

Als er tijdens de installatie extra werk opduikt (bv. een extra kabel trekken), bel ik je eerst
en doen we het pas na je akkoord, aan EUR 75,00 per uur.

Garantie: op alle hardware 3 jaar fabrieksgarantie. Gaat er in die drie jaar iets stuk, dan
regelen wij de herstelling of vervanging en rekenen we daarvoor geen werkuren aan.

Ondersteuning achteraf: jullie kunnen ons bereiken op werkdagen van 8.30 tot 18 uur op
09 348 12 70 of via support@bytebaas.be. Bij een probleem met de röntgen-pc reageren we binnen
4 werkuren, meestal sneller. Hulp na de installatie rekenen we aan EUR 75,00 per uur, per begonnen
kwartier; voor grotere tussenkomsten (meer dan een uur) geven we vooraf een inschatting.

Privacy: de cloud-back-up is versleuteld en de sleutel blijft bij jullie. Onze standaard
verwerkersovereenkomst stuur ik mee met de factuur.

Betaling: we factureren na de installatie, te betalen binnen 15 dagen. De cloud-back-up
factureren we maandelijks via domiciliëring.

Onze algemene voorwaarden zijn van toepassing (bytebaas.be/voorwaarden).

Laat maar weten of het goed is voor jullie.

Groeten,
Pieter

Pieter Van Hoecke | zaakvoerder
ByteBaas bv | Zelebaan 88, 9160 Lokeren | BTW BE 0759.204.381
""",
    items={
        "agreement.signed_both": "missing",
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
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
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
        "legal.liability": "missing",
        "legal.ip": "missing",
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
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 15,
        "warranty_days": 1080,
        "response_time_hours_highest_priority": 4,
    },
)

NL_T17U_PROVINCE_GIS_CONSULTANCY_FRAMEWORK = UnseenDocument(
    name="nl_t17u_province_gis_consultancy_framework",
    text="""PROVINCIE LIMBURG
Departement Ruimte - dienst Geodata en GIS

RAAMOVEREENKOMST GIS-CONSULTANCY IN REGIE
Bestek nr. PL/2026/GIS-014 - openbare procedure - raamovereenkomst met één deelnemer

TUSSEN
de Provincie Limburg, Universiteitslaan 1, 3500 Hasselt, vertegenwoordigd door mevrouw Marleen
Schepers, gedeputeerde, en de heer Kristof Vanderhoven, algemeen directeur, in uitvoering van de
gunningsbeslissing van de deputatie van 19 november 2026, hierna "het bestuur",

EN
GeoSpectrum bv, Diestsesteenweg 212, 3010 Leuven, KBO 0687.330.942, vertegenwoordigd door
ir. Wouter Claes, zaakvoerder, hierna "de opdrachtnemer",

WORDT OVEREENGEKOMEN WAT VOLGT:

Artikel 1 - Voorwerp en opdrachtdocumenten
1.1 De opdrachtnemer verleent het bestuur GIS-consultancy in regie voor de dienst Geodata en GIS,
in het bijzonder: ruimtelijke analyses en kaartproducties (ruimtelijke planning, mobiliteit,
waterlopen, erfgoed); datamodellering en data-integratie met FME en Python; nieuwe toepassingen en
uitbreidingen van het provinciale geoloket (ArcGIS Enterprise 11 en Experience Builder); de
ontsluiting van geodata als WMS-, WFS- en OGC API-diensten; advies over de GIS-architectuur.
1.2 Niet inbegrepen zijn: softwarelicenties (het bestuur beschikt over een eigen Esri-licentie),
hardware, de hosting en het systeembeheer van de GIS-servers (dienst ICT van het bestuur),
luchtfotografie en terreinopmetingen.
1.3 De opdracht wordt beheerst door de wet van 17 juni 2016 inzake overheidsopdrachten, het KB van
14 januari 2013 tot bepaling van de algemene uitvoeringsregels (AUR), het bestek PL/2026/GIS-014,
de offerte van de opdrachtnemer van 9 oktober 2026 en deze overeenkomst. Bij strijdigheid gaat
deze overeenkomst voor op het bestek en het bestek op de offerte. Algemene of verkoopsvoorwaarden
van de opdrachtnemer, ook deze vermeld in de offerte, zijn niet van toepassing.

Artikel 2 - Prijzen en volume
2.1 De uurtarieven, excl. btw, omvatten alle kosten, ook verplaatsingen en administratie:
   Profiel A - senior GIS-consultant / architect        EUR 112,00 per uur
   Profiel B - GIS-analist / ontwikkelaar                EUR  94,00 per uur
   Profiel C - junior GIS-medewerker                     EUR  72,00 per uur
2.2 Het geraamde volume bedraagt 3.400 uur over de volledige looptijd. Het maximumbedrag van de
raamovereenkomst bedraagt EUR 320.000,00 excl. btw. Het bestuur verbindt zich niet tot een
minimale afname.
2.3 De uurtarieven worden op verzoek van de opdrachtnemer jaarlijks op 1 februari herzien volgens
de formule p = p0 x (0,20 + 0,80 x s / s0), waarbij s het door Agoria gepubliceerde referentieloon
(sociale lasten inbegrepen) is van de maand december voorafgaand aan de herziening. Andere
prijsaanpassingen zijn uitgesloten.

Artikel 3 - Werkwijze per opdracht
3.1 Elke opdracht start met een opdrachtformulier van de leidend ambtenaar. Binnen vijf werkdagen
bezorgt de opdrachtnemer een plan van aanpak met de op te leveren resultaten, de in te zetten
personen en profielen, het geraamde aantal uren per profiel en een planning met opleverdatum.
3.2 De opdrachtnemer start pas na ontvangst van een door het bestuur ondertekende bestelbon, en
uiterlijk tien werkdagen daarna, tenzij anders overeengekomen.
3.3 Dreigt het geraamde aantal uren overschreden te worden, dan meldt de opdrachtnemer dit
onmiddellijk schriftelijk met een gemotiveerde nieuwe raming. Bijkomende uren worden enkel betaald
na schriftelijke goedkeuring en een aanvullende bestelbon. Uren zonder bestelbon worden niet
vergoed.

Artikel 4 - Medewerking van het bestuur
Het bestuur maakt binnen vijf werkdagen na de bestelbon de nodige accounts en VPN-toegang aan,
stelt bij de start de benodigde datasets en bestaande documentatie ter beschikking, duidt per
opdracht een contactpersoon binnen de dienst Geodata en GIS aan, geeft binnen tien werkdagen
feedback op tussentijdse resultaten en stelt een werkplek in het provinciehuis ter beschikking
voor ten hoogste twee dagen per week. Komt het bestuur deze verplichtingen niet na, dan worden de
termijnen van de betrokken opdracht met dezelfde duur verlengd.

Artikel 5 - Termijnen en vertraging
5.1 De opleverdata uit het plan van aanpak, goedgekeurd met de bestelbon, zijn bindend.
5.2 Bij vertraging die aan de opdrachtnemer te wijten is, is van rechtswege een vertragingsboete
verschuldigd van 0,1 % van het bedrag van de bestelbon per kalenderdag vertraging, met een maximum
van 5 %. Bedraagt de vertraging meer dan 30 kalenderdagen, dan kan het bestuur de maatregelen van
ambtswege van de AUR toepassen.
5.3 Bij vertraging die aan het bestuur te wijten is, geldt artikel 4 en is geen boete verschuldigd.

Artikel 6 - Team en kwaliteit
6.1 De opdrachtnemer zet de personen uit zijn offerte in: ir. Wouter Claes, projectleider en vast
aanspreekpunt (profiel A); Sarah Vanderstraeten, senior GIS-consultant (profiel A); Ruben Jacobs
en Lotte Peeters, GIS-analisten/ontwikkelaars (profiel B); Jens Bosmans, junior GIS-medewerker
(profiel C).
6.2 Profiel A heeft een masterdiploma en ten minste acht jaar GIS-ervaring, waarvan drie jaar met
ArcGIS Enterprise, en een Esri-certificering. Profiel B heeft ten minste drie jaar ervaring met
Python en FME. Profiel C heeft een bachelor- of masterdiploma in de geomatica of geografie, werkt
enkel onder begeleiding van profiel A of B en presteert ten hoogste 30 % van de uren per opdracht.
6.3 Een teamlid wordt enkel vervangen na voorafgaand schriftelijk akkoord van de leidend ambtenaar,
door een persoon die ten minste aan dezelfde profielvereisten voldoet (cv voorafgaand bezorgd), met
een overlapping van ten minste vijf werkdagen. De uren van overlapping en inwerking worden niet
aangerekend. Vraagt het bestuur gemotiveerd de vervanging van een teamlid, dan gebeurt die binnen
vijftien werkdagen.
6.4 Scripts en configuraties worden beheerd in de GitLab-omgeving van het bestuur; elke wijziging
wordt nagelezen door een tweede ontwikkelaar en getest in de acceptatieomgeving vóór oplevering.
Datamodellen en diensten volgen de INSPIRE-richtlijnen, de OSLO-standaarden en de conventies van
het GRB. Kaarten volgen de huisstijl van het bestuur.

Artikel 7 - Oplevering, aanvaarding en waarborg
7.1 Elke opdracht wordt opgeleverd in de acceptatieomgeving, samen met een functionele
beschrijving, technische documentatie, installatie-instructies en een README in GitLab, en voor
datamodellen een datadictionary.
7.2 Het bestuur test het opgeleverde binnen tien werkdagen. De aanvaarding gebeurt met een
proces-verbaal van oplevering, ondertekend door de leidend ambtenaar. Opmerkingen worden binnen tien
werkdagen verholpen, waarna de test wordt herhaald.
7.3 De ingebruikname in de productieomgeving gebeurt door de dienst ICT volgens de
installatie-instructies van de opdrachtnemer, die daarbij aanwezig is, ter plaatse of op afstand.
7.4 Voor toepassingen die andere diensten gebruiken, geeft de opdrachtnemer bij de ingebruikname
een demonstratie en opleiding van ten hoogste twee uur aan de betrokken medewerkers, binnen de
geraamde uren.
7.5 Fouten in opgeleverde scripts, configuraties en toepassingen die binnen zes maanden na het
proces-verbaal van oplevering worden gemeld, herstelt de opdrachtnemer kosteloos.
7.6 Bij het einde van elke opdracht houdt de opdrachtnemer een overdrachtssessie met het GIS-team,
zodat het bestuur de resultaten zelfstandig kan beheren.

Artikel 8 - Rapportering en overleg
8.1 Uiterlijk de vijfde werkdag van elke maand bezorgt de opdrachtnemer per bestelbon een staat
van prestaties (uren per persoon, per dag en per taak) met een kort voortgangsverslag: uitgevoerde
taken, planning, risico's en resterende uren ten opzichte van de raming.
8.2 Elk kwartaal vindt een opvolgingsvergadering plaats tussen de leidend ambtenaar, mevrouw An
Vos, GIS-coördinator, en de projectleider van de opdrachtnemer.
8.3 Problemen die daar niet worden opgelost, worden binnen tien werkdagen voorgelegd aan het
diensthoofd Geodata en GIS en de zaakvoerder van de opdrachtnemer.

Artikel 9 - Facturatie en betaling
De opdrachtnemer factureert maandelijks per bestelbon, na goedkeuring van de staat van prestaties,
via Mercurius. Het bestuur beschikt over een verificatietermijn van 30 dagen na ontvangst van de
staat; de betaling gebeurt binnen 30 dagen na het einde van de verificatie.

Artikel 10 - Duur, beëindiging en overdracht
10.1 De raamovereenkomst loopt 48 maanden, van 1 februari 2027 tot en met 31 januari 2031, zonder
stilzwijgende verlenging. Opdrachten die bij het einde lopen, worden afgewerkt onder de
voorwaarden van deze raamovereenkomst.
10.2 Het bestuur kan de raamovereenkomst telkens op de verjaardag van de aanvang beëindigen bij
aangetekende brief, met een opzeggingstermijn van drie maanden, zonder schadevergoeding.
10.3 Bij een ernstige tekortkoming kan het bestuur de maatregelen van ambtswege van de artikelen 44
tot 51 AUR toepassen, met inbegrip van de eenzijdige verbreking.
10.4 Bij het einde verleent de opdrachtnemer gedurende ten hoogste twee maanden zijn medewerking
aan de overdracht naar het bestuur of naar een nieuwe opdrachtnemer (overdracht van lopend werk en
documentatie, toelichtingssessies), aan de tarieven van artikel 2.
10.5 Alle gegevens die het bestuur ter beschikking stelt en alle resultaten blijven op de systemen
van het bestuur. Kopieën bij de opdrachtnemer worden bij het einde in open formaten (GeoPackage,
CSV, broncode in GitLab) aan het bestuur bezorgd en binnen 30 dagen gewist, wat de opdrachtnemer
schriftelijk bevestigt.

Artikel 11 - Intellectuele rechten
De rechten op de specifiek voor het bestuur gemaakte resultaten (scripts, FME-workspaces,
datamodellen, kaartontwerpen, configuraties en documentatie) worden bij betaling van de
bestelbon overgedragen aan het bestuur, voor alle exploitatiewijzen, met inbegrip van publicatie
onder de Modellicentie Gratis Hergebruik. De opdrachtnemer behoudt de rechten op zijn bestaande
hulpmiddelen; het bestuur krijgt daarop een kosteloze, niet-exclusieve en eeuwigdurende licentie
voor gebruik als deel van de resultaten. Opensourcecomponenten blijven onder hun eigen licentie.

Artikel 12 - Vertrouwelijkheid en persoonsgegevens
12.1 De opdrachtnemer en zijn medewerkers houden alle informatie van het bestuur vertrouwelijk,
tijdens de looptijd en vijf jaar na het einde. Elk teamlid ondertekent een
vertrouwelijkheidsverklaring.
12.2 Sommige datasets bevatten persoonsgegevens (kadastrale percelen met eigenaarsgegevens,
adressen, vergunningsdossiers). De opdrachtnemer verwerkt die uitsluitend als verwerker, volgens
de instructies van het bestuur en binnen de omgeving van het bestuur, maakt zonder schriftelijke
toestemming geen kopieën op eigen apparatuur en meldt elk datalek binnen 24 uur aan de functionaris
voor gegevensbescherming van het bestuur. De verwerkersovereenkomst in bijlage 2 wordt samen met
deze raamovereenkomst ondertekend.

Artikel 13 - Aansprakelijkheid en verzekering
De aansprakelijkheid van de opdrachtnemer is beperkt tot EUR 500.000,00 per schadegeval, behalve
bij bedrog, opzet, zware fout of een inbreuk op artikel 12. De opdrachtnemer beschikt over een
beroepsaansprakelijkheidsverzekering voor ten minste dat bedrag en bezorgt jaarlijks het bewijs.

Artikel 14 - Geschillen en toepasselijk recht
14.1 Geschillen worden eerst besproken in de opvolgingsvergadering en daarna volgens artikel 8.3.
Is er binnen 30 dagen geen oplossing, dan kan elke partij zich tot de rechtbank wenden.
14.2 Deze raamovereenkomst wordt beheerst door het Belgisch recht. De rechtbanken van het
gerechtelijk arrondissement Limburg, afdeling Hasselt, zijn uitsluitend bevoegd.

Opgemaakt te Hasselt op 30 november 2026, in twee originelen.

Voor het bestuur,                                Voor GeoSpectrum bv,
Marleen Schepers, gedeputeerde                   ir. Wouter Claes, zaakvoerder
Kristof Vanderhoven, algemeen directeur
(handtekeningen)                                 (handtekening)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "missing",
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
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.support_hours": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
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
        "warranty_days": 180,
    },
)


DOCUMENTS = [
    NL_T17U_ELECTRONIC_SHELF_LABEL_SLA,
    NL_T17U_CONCRETE_BATCHING_SOFTWARE_LICENCE,
    NL_T17U_VET_XRAY_PC_NETWORK_QUOTE,
    NL_T17U_PROVINCE_GIS_CONSULTANCY_FRAMEWORK,
]
