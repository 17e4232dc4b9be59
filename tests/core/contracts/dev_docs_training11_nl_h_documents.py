"""Training batch 11 (nl, writer h): four Dutch documents of kinds not used before.

1. nl_t11h_permit_workflow_saas: a long, formal Netherlands SaaS agreement (numbered articles,
   signed by both parties) between a municipality and a supplier for a permit-application
   workflow under the Omgevingswet, with implementation, migration, SLA with service credits,
   exit plan, SaaS escrow and the municipality's own purchasing terms (GIBIT).
2. nl_t11h_sharepoint_migration_quote: a short, informal Flemish e-mail quote from a one-man IT
   business for migrating a small accountancy's file server to SharePoint, accepted by a reply
   e-mail, with the supplier's general terms attached.
3. nl_t11h_greenhouse_climate_support: a Netherlands support contract (signed by both parties)
   for climate-control software at a tomato grower, with a 24/7 fault service, best-efforts
   repair times, price changes by the supplier, crop damage excluded and tacit renewal with
   three months' notice.
4. nl_t11h_recruitment_ats_order_form: a Flemish order form (signed by both parties, the client
   electronically) for an applicant tracking system (ATS) SaaS for a recruitment agency, with
   onboarding, data import, availability without compensation and data export at the end.

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

NL_T11H_PERMIT_WORKFLOW_SAAS = UnseenDocument(
    name="nl_t11h_permit_workflow_saas",
    text="""SAAS-OVEREENKOMST VERGUNNINGENPROCES "VERGUNNINGFLOW"
Kenmerk gemeente: INK-2026-0412 | Kenmerk opdrachtnemer: PC-OVK-2026-77

De ondergetekenden:

1. De gemeente Maasbergen, zetelend aan het Raadhuisplein 1, 6641 AB Maasbergen, ten deze
   rechtsgeldig vertegenwoordigd door mevrouw J.M. (Joke) Hermsen, wethouder
   Dienstverlening, handelend ter uitvoering van het besluit van het college van burgemeester
   en wethouders van 24 november 2026, hierna "de Gemeente";
2. Procivia B.V., statutair gevestigd te Zwolle, kantoorhoudende aan de Stationsweg 18,
   8011 CZ Zwolle, KvK 61428807, ten deze vertegenwoordigd door de heer M. (Maarten) Kuipers,
   algemeen directeur, hierna "Opdrachtnemer";

komen het volgende overeen:

Artikel 1 - Contractdocumenten en rangorde
1.1 De Overeenkomst bestaat uit deze akte en de volgende bijlagen: Bijlage 1 Programma van
Eisen; Bijlage 2 Inschrijving van Opdrachtnemer van 12 september 2026 (offerte); Bijlage 3
Service Level Agreement; Bijlage 4 Verwerkersovereenkomst volgens het VNG-model.
1.2 Bij strijdigheid geldt de volgende rangorde: deze akte, Bijlage 3, Bijlage 4, Bijlage 1,
Bijlage 2. Op de Overeenkomst zijn de Gemeentelijke Inkoopvoorwaarden bij IT (GIBIT) van
toepassing, zoals vastgesteld door het college. Algemene voorwaarden van Opdrachtnemer worden
uitdrukkelijk van de hand gewezen.

Artikel 2 - De Dienst
2.1 Opdrachtnemer stelt VergunningFlow als Software-as-a-Service beschikbaar voor 60 benoemde
gebruikers van de afdeling Vergunningverlening, Toezicht en Handhaving (VTH). De Dienst omvat:
de automatische ontvangst van aanvragen en meldingen uit het Omgevingsloket (DSO-LV), de
zaakafhandeling met werkstromen per procedure (regulier en uitgebreid), de bewaking van wettelijke
termijnen, het opstellen van besluiten op basis van sjablonen, de koppeling met het zaaksysteem
en het documentmanagementsysteem van de Gemeente via de ZGW-API's, en inloggen via de Single
Sign-On van de Gemeente.
2.2 Niet inbegrepen zijn: de licenties van het zaaksysteem en het DMS en aanpassingen aan de
systemen van andere leveranciers van de Gemeente.

Artikel 3 - Implementatie en planning
3.1 De implementatie verloopt volgens de volgende planning:
   12 januari 2027            kick-off
   januari - februari 2027    inrichting werkstromen, sjablonen en autorisaties
   maart 2027                 koppelingen DSO-LV, zaaksysteem en DMS; proefmigratie
   1 t/m 14 april 2027        acceptatietest door de Gemeente
   3 mei 2027                 livegang
3.2 De Gemeente stelt een functioneel beheerder beschikbaar voor gemiddeld 16 uur per week
gedurende de implementatie, levert uiterlijk 1 februari 2027 de sjablonen van besluiten en
brieven aan en zorgt uiterlijk 15 februari 2027 voor de aansluitgegevens van het DSO-LV en
testaccounts in het zaaksysteem.
3.3 Wordt de livegang door toedoen van Opdrachtnemer overschreden, dan verbeurt Opdrachtnemer
een boete van EUR 500,00 per werkdag, met een maximum van 10 % van de implementatieprijs,
onverminderd het recht van de Gemeente op nakoming. Is de vertraging te wijten aan de Gemeente,
dan stellen partijen binnen vijf werkdagen een nieuwe planning vast en meldt Opdrachtnemer
vooraf de eventuele extra kosten, die alleen na schriftelijke opdracht worden gemaakt.

Artikel 4 - Migratie, acceptatie en garantie
4.1 Opdrachtnemer migreert de lopende vergunningzaken (circa 350) met hun documenten en
metagegevens uit het huidige VTH-systeem. Na een proefmigratie controleert de Gemeente een
steekproef van 30 zaken; de definitieve migratie vindt plaats in het weekend van 1 en 2 mei 2027.
4.2 De Gemeente test de ingerichte Dienst aan de hand van de testscripts uit Bijlage 1.
Bevindingen worden ingedeeld als blokkerend, ernstig of gering. De Dienst is geaccepteerd
wanneer geen blokkerende en ten hoogste drie ernstige bevindingen openstaan; Opdrachtnemer
herstelt blokkerende bevindingen binnen vijf werkdagen, waarna een hertest volgt.
4.3 Gedurende drie maanden na livegang herstelt Opdrachtnemer gebreken in de inrichting, de
sjablonen en de koppelingen kosteloos.
4.4 Opdrachtnemer verzorgt vier trainingen van een dagdeel voor de vergunningverleners, een
train-de-trainersessie voor de functioneel beheerders en is in de eerste twee weken na livegang
dagelijks van 8.30 tot 12.30 uur op het gemeentehuis aanwezig voor vragen van gebruikers.

Artikel 5 - Team en kwaliteit
5.1 Projectleider van Opdrachtnemer is mevrouw S. (Sanne) de Groot; implementatieconsultant is
de heer R. (Ruben) Visser. Beiden hebben ten minste vijf jaar ervaring met VTH-processen bij
gemeenten. Na livegang is de heer P. (Peter) Mulder de vaste servicemanager van de Gemeente.
5.2 Opdrachtnemer vervangt deze personen alleen met voorafgaande schriftelijke toestemming van
de Gemeente, door personen met ten minste gelijkwaardige kennis en ervaring, met een
inwerkperiode voor rekening van Opdrachtnemer.
5.3 Opdrachtnemer is gecertificeerd volgens ISO 27001 en ISO 9001 en voldoet aan de Baseline
Informatiebeveiliging Overheid (BIO).
5.4 Bij livegang levert Opdrachtnemer een inrichtingsdocument en een beheerhandleiding op en
draagt hij het functioneel beheer in twee overdrachtssessies over aan de functioneel beheerders.
5.5 Tijdens de implementatie levert de projectleider iedere twee weken een voortgangsrapportage
met de stand van de planning, de risico's en de openstaande punten, die in het tweewekelijkse
projectoverleg wordt besproken.

Artikel 6 - Vergoedingen en betaling
6.1 Implementatie, inrichting, koppelingen, migratie en training: vaste prijs EUR 36.750,00.
Alle bedragen in deze akte zijn exclusief btw.
6.2 Abonnement: EUR 2.180,00 per maand voor 60 benoemde gebruikers, inclusief hosting, beheer,
ondersteuning en updates. Extra gebruikers kosten EUR 32,00 per gebruiker per maand.
6.3 Het abonnement wordt jaarlijks per 1 januari geïndexeerd met de CBS-consumentenprijsindex
(CPI, alle huishoudens) van oktober van het voorgaande jaar, met een maximum van 3 %. Andere
prijswijzigingen zijn alleen mogelijk na schriftelijke instemming van de Gemeente.
6.4 Meerwerk wordt alleen uitgevoerd na een schriftelijke offerte van Opdrachtnemer met een
vaste prijs of een urenbegroting, en een schriftelijke opdracht van de Gemeente. Het uurtarief
bedraagt EUR 118,00.
6.5 De implementatieprijs wordt voor 30 % gefactureerd na de kick-off en voor 70 % na acceptatie;
het abonnement per kwartaal vooraf, voor het eerst vanaf de livegang. De Gemeente betaalt binnen
30 dagen na ontvangst van een correcte e-factuur.

Artikel 7 - Dienstverlening en service levels
7.1 De servicedesk is bereikbaar op werkdagen van 8.00 tot 17.30 uur via 038 760 44 10 en het
klantportaal. Meldingen van prioriteit 1 kunnen buiten deze tijden worden gedaan via het
storingsnummer 038 760 44 99.
7.2 Opdrachtnemer garandeert een beschikbaarheid van de Dienst van 99,7 % per kalendermaand,
gemeten 24 uur per dag, met uitzondering van gepland onderhoud dat ten minste vijf werkdagen
vooraf is aangekondigd en plaatsvindt tussen 22.00 en 6.00 uur.
7.3 Reactie- en oplostijden:
   Prioriteit 1 - Dienst niet beschikbaar of geen ontvangst uit DSO-LV:
                  reactie binnen 30 minuten, oplossing binnen 4 uur
   Prioriteit 2 - belangrijke functie verstoord:  reactie binnen 2 uur, oplossing binnen 1 werkdag
   Prioriteit 3 - overige verstoringen:            reactie binnen 1 werkdag, oplossing binnen
                  5 werkdagen
7.4 Wordt de beschikbaarheid in een maand niet gehaald, dan crediteert Opdrachtnemer 5 % van de
maandelijkse abonnementsprijs per begonnen 0,1 % onderschrijding; wordt een oplostijd van
prioriteit 1 overschreden, dan 5 % per incident. De creditering bedraagt ten hoogste 30 % van de
maandprijs en laat de overige rechten van de Gemeente onverlet.
7.5 Opdrachtnemer voert updates en nieuwe releases door zonder kosten; aanpassingen die nodig
zijn door wijzigingen in de Omgevingswet of het DSO zijn in het abonnement inbegrepen.
Release notes worden tien werkdagen vooraf verstrekt. Kritieke beveiligingspatches worden
binnen 48 uur na beschikbaarheid geïnstalleerd.
7.6 Opdrachtnemer houdt een actueel klantdossier bij met de inrichting, de koppelingen en de
contactpersonen van de Gemeente.
7.7 Opdrachtnemer levert maandelijks een servicerapport met de gerealiseerde beschikbaarheid,
de incidenten met hun reactie- en oplostijden en de doorgevoerde releases. Ieder kwartaal vindt
een tactisch overleg plaats tussen de servicemanager en de contractmanager van de Gemeente, en
jaarlijks een strategisch overleg met de directeur van Opdrachtnemer en de afdelingsmanager VTH.

Artikel 8 - Duur en beëindiging
8.1 De Overeenkomst treedt in werking op de datum van ondertekening. Het abonnement loopt 48
maanden vanaf de livegang. De Gemeente kan de Overeenkomst daarna twee keer verlengen met telkens
twaalf maanden door dit uiterlijk drie maanden vóór het einde van de lopende periode schriftelijk
te laten weten. Stilzwijgende verlenging is uitgesloten.
8.2 De Gemeente kan de Overeenkomst na 24 maanden vanaf de livegang tussentijds opzeggen met
inachtneming van een opzegtermijn van drie maanden.
8.3 Iedere partij kan de Overeenkomst ontbinden indien de andere partij na een schriftelijke
ingebrekestelling met een termijn van dertig dagen tekort blijft schieten in de nakoming van
wezenlijke verplichtingen.

Artikel 9 - Exit
9.1 Uiterlijk drie maanden na livegang stelt Opdrachtnemer een exitplan op, dat jaarlijks wordt
geactualiseerd. Bij het einde van de Overeenkomst, om welke reden ook, blijft Opdrachtnemer de
Dienst op verzoek van de Gemeente ten hoogste zes maanden ongewijzigd leveren tegen de geldende
abonnementsprijs, en werkt hij loyaal mee aan de overgang naar een opvolgende leverancier, met
een inzet van maximaal 40 uur die in de abonnementsprijs is inbegrepen.
9.2 Binnen twintig werkdagen na het verzoek van de Gemeente levert Opdrachtnemer kosteloos een
volledige export van alle zaken, documenten en metagegevens in een open formaat (JSON volgens de
ZGW-standaarden, documenten in hun oorspronkelijke formaat en als PDF/A). Opdrachtnemer beroept
zich niet op een retentierecht. Na schriftelijke bevestiging van de Gemeente dat de export
volledig is, vernietigt Opdrachtnemer alle gegevens en levert hij daarvan een verklaring.
9.3 Opdrachtnemer onderhoudt op eigen kosten een SaaS-escrowregeling bij een onafhankelijke
escrow-agent, met de broncode, de installatiescripts en een kopie van de gegevens van de
Gemeente, die de continuïteit van de Dienst waarborgt bij faillissement van Opdrachtnemer.

Artikel 10 - Intellectuele eigendom
Alle rechten op VergunningFlow blijven bij Opdrachtnemer; de Gemeente verkrijgt voor de duur
van de Overeenkomst een niet-exclusief gebruiksrecht. De gegevens van de Gemeente en de voor de
Gemeente opgestelde sjablonen zijn en blijven eigendom van de Gemeente.

Artikel 11 - Aansprakelijkheid
De aansprakelijkheid van Opdrachtnemer is beperkt tot EUR 500.000,00 per gebeurtenis en
EUR 1.000.000,00 per kalenderjaar. Aansprakelijkheid voor indirecte schade is uitgesloten, met
uitzondering van de kosten van het herstellen van verloren of beschadigde gegevens. Deze
beperkingen gelden niet bij opzet of bewuste roekeloosheid.

Artikel 12 - Geheimhouding en persoonsgegevens
12.1 Opdrachtnemer houdt alle informatie van de Gemeente geheim. Medewerkers van Opdrachtnemer
met toegang tot gegevens van de Gemeente beschikken over een Verklaring Omtrent het Gedrag.
12.2 Opdrachtnemer verwerkt persoonsgegevens van aanvragers en belanghebbenden als verwerker in
de zin van de AVG, uitsluitend in datacenters in Nederland, volgens de Verwerkersovereenkomst in
Bijlage 4. Een datalek wordt binnen 24 uur na ontdekking aan de Gemeente gemeld.

Artikel 13 - Geschillen en toepasselijk recht
13.1 Geschillen worden eerst besproken door de contractmanager van de Gemeente en de
servicemanager, en bij gebrek aan oplossing binnen tien werkdagen door de gemeentesecretaris en
de algemeen directeur van Opdrachtnemer. Leidt dat niet binnen dertig dagen tot een oplossing,
dan kunnen partijen in onderling overleg een mediator inschakelen.
13.2 Op de Overeenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd aan de
bevoegde rechter van de rechtbank Gelderland.

Aldus overeengekomen en in tweevoud getekend,
Gemeente Maasbergen                               Procivia B.V.
J.M. Hermsen, wethouder                           M. Kuipers, algemeen directeur
Maasbergen, 2 december 2026                       Zwolle, 1 december 2026
(handtekening)                                    (handtekening)
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
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 48,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.7,
    },
)

NL_T11H_SHAREPOINT_MIGRATION_QUOTE = UnseenDocument(
    name="nl_t11h_sharepoint_migration_quote",
    text="""Van: Annelies Vermeulen <annelies@vermeulen-boekhouding.be>
Verzonden: donderdag 3 december 2026 08:12
Aan: Pieter Claeys <pieter@claeys-it.be>
Onderwerp: RE: Offerte migratie fileserver naar SharePoint

Hoi Pieter,

Akkoord, ga je gang. Het weekend van 16 januari is prima, dan is er hier toch niemand.
Ik zorg dat iedereen zijn mappen tegen 8 januari opgeruimd heeft.

Groetjes,
Annelies

Annelies Vermeulen | zaakvoerder
Boekhoudkantoor Vermeulen bv | Stationsstraat 42, 9100 Sint-Niklaas | 03 776 21 40

-----Oorspronkelijk bericht-----
Van: Pieter Claeys <pieter@claeys-it.be>
Verzonden: maandag 30 november 2026 17:35
Aan: Annelies Vermeulen <annelies@vermeulen-boekhouding.be>
Onderwerp: Offerte migratie fileserver naar SharePoint

Dag Annelies,

Zoals besproken vorige week, hierbij mijn voorstel om jullie oude server af te bouwen en alles
naar SharePoint te verhuizen. Jullie Microsoft 365-licenties (Business Premium, 6 gebruikers)
hebben jullie al, daar verandert niets aan.

Wat ik doe (ik doe alles zelf en blijf jullie enige aanspreekpunt)
- De huidige schijven op de server (ongeveer 180 GB: klantendossiers, interne documenten en het
  archief tot 2019) in kaart brengen, samen met jou.
- In SharePoint drie sites opzetten: Klanten, Intern en Archief, met de rechten zoals jij ze
  vastlegt (wie ziet welke klantendossiers).
- Alles overzetten met de SharePoint Migration Tool, in het weekend van 16-17 januari.
- Na de kopie vergelijk ik per map het aantal bestanden en de totale grootte met de server, en
  test ik de rechten met een testaccount per rol. Fouten zet ik recht voor maandagochtend.
- Op de 6 pc's de synchronisatie via OneDrive instellen, zodat iedereen de mappen in de
  Verkenner terugvindt zoals vroeger.
- Maandag 18 januari ben ik de hele ochtend bij jullie op kantoor: per persoon een kwartiertje
  uitleg (delen, versiegeschiedenis, offline werken) en ik los ter plaatse de eerste vragen op.
- Achteraf krijg je van mij een kort document met de structuur van de sites, wie welke rechten
  heeft en hoe je een nieuwe medewerker toegang geeft.
- De oude server laat ik nog drie maanden read-only draaien, als vangnet. Daarna wis ik de
  schijven en voer ik de server af.

Niet inbegrepen
- Het opruimen van de mappen zelf (dat moeten jullie doen, ik kan niet beoordelen wat weg mag).
- Het boekhoudpakket: de databank van jullie boekhoudsoftware blijft voorlopig op de server
  staan tot we daar een aparte oplossing voor hebben. Daar maak ik later een apart voorstel voor.
- Mailboxen en agenda's (die staan al in Exchange Online).

Wat ik van jullie nodig heb
- Tegen 8 januari: opgeruimde mappen en een lijstje wie welke klantendossiers mag zien.
- Een beheerdersaccount op de server en in Microsoft 365 (die heb ik normaal nog van vorig jaar).
- Niemand die in het weekend van 16-17 januari nog op de server werkt.

Prijs
Vaste prijs voor het geheel zoals hierboven: EUR 2.950,00 excl. btw.
Duikt er onderweg iets op dat hier niet in staat (bijvoorbeeld rechten die helemaal scheef
zitten of bestanden met te lange paden), dan laat ik je eerst weten wat het is en hoeveel uur ik
schat. Pas als jij akkoord geeft, begin ik eraan. Dat werk reken ik aan EUR 85,00 per uur.
Ik factureer na de migratie, betaalbaar binnen 15 dagen.

Problemen die het gevolg zijn van de migratie (een map die ontbreekt, rechten die niet kloppen,
synchronisatie die hapert) los ik de eerste twee weken na de migratie gratis op.

Uiteraard blijft alles wat ik in jullie dossiers te zien krijg strikt vertrouwelijk; ik kopieer
niets naar eigen toestellen.

Mijn algemene voorwaarden vind je in bijlage; die zijn van toepassing.

Als het voor jou goed is, mag je gewoon op deze mail antwoorden, dan plan ik het weekend in.

Groeten,
Pieter

Pieter Claeys | Claeys IT-diensten
Hoogkamerstraat 118, 9112 Sinaai | 0486 35 72 19 | BTW BE 0654.781.203
""",
    items={
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
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
        "rollout.data_migration": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "missing",
        "exit.termination": "missing",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "missing",
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
        "warranty_days": 14,
    },
)

NL_T11H_GREENHOUSE_CLIMATE_SUPPORT = UnseenDocument(
    name="nl_t11h_greenhouse_climate_support",
    text="""SERVICECONTRACT KLIMAATREGIE PREMIUM
Contractnummer: SC-2027-0318

AgriControl Systems B.V., Honderdland 210, 2676 LV Maasdijk, KvK 27184450,
hierna "AgriControl", vertegenwoordigd door de heer W. (Wim) van Leeuwen, directeur,

en

Kwekerij Van der Voort B.V., Tuinbouwweg 7, 2678 LK De Lier, KvK 27093316,
hierna "de Klant", vertegenwoordigd door de heer J. (Jeroen) van der Voort, directeur,

sluiten het volgende servicecontract.

1. Installatie waarop het contract betrekking heeft
KlimaatRegie versie 7 op de procescomputer en drie werkstations van de Klant, voor 12,4 ha
tomatenteelt onder glas in vier afdelingen, met de modules Klimaat, Watergift en Fertigatie,
Energie/WKK en Belichting. Sensoren, regelkasten, de WKK-installatie en overige hardware vallen
niet onder dit contract.

2. Serviceformules
AgriControl biedt drie formules aan:
   Basis    helpdesk op werkdagen, software-updates
   Plus     als Basis, met remote ondersteuning en wekelijkse back-up van de instellingen
   Premium  als Plus, met 24/7 storingsdienst en een jaarlijkse preventieve controle op locatie
De Klant kiest voor de formule Premium. Deze omvat:
- helpdesk en remote ondersteuning via een beveiligde VPN-verbinding;
- een storingsdienst 24 uur per dag, 7 dagen per week, ook op feestdagen;
- wekelijkse back-up van alle instellingen en regelstrategieën naar het datacenter van
  AgriControl;
- nieuwe versies, patches en beveiligingsupdates van KlimaatRegie zonder extra kosten;
- een jaarlijkse preventieve controle op locatie in september, vóór het stookseizoen,
  waarna de Klant een onderhoudsrapport ontvangt met bevindingen en aanbevelingen.

3. Bereikbaarheid
De helpdesk is bereikbaar op werkdagen van 7.30 tot 17.00 uur via 0174 51 88 00, via
helpdesk@agricontrol.nl en via de knop "Hulp" in KlimaatRegie. Buiten deze tijden is de
storingsdienst bereikbaar via 0174 51 88 88, uitsluitend voor storingen van prioriteit 1.

4. Prioriteiten en reactietijden
   Prioriteit 1  de klimaatregeling of de watergift van een afdeling valt uit:
                 reactie binnen 30 minuten, 24/7
   Prioriteit 2  een functie werkt niet of niet goed, de teelt loopt geen direct gevaar:
                 reactie binnen 4 uur binnen kantoortijd
   Prioriteit 3  vragen en wensen: reactie binnen 2 werkdagen
Onder reactie wordt verstaan: een monteur of specialist van AgriControl neemt contact op met de
Klant en start de analyse. AgriControl spant zich in om een storing van prioriteit 1 zo snel
mogelijk te verhelpen of een noodregeling in te stellen, in de regel binnen 4 uur. Voor het
verhelpen van storingen geldt een inspanningsverplichting; aan de genoemde hersteltijd kan de
Klant geen rechten ontlenen.

5. Medewerkers en kennis van de installatie
De storingsdienst wordt uitgevoerd door eigen servicetechnici met ten minste drie jaar ervaring
met KlimaatRegie. AgriControl houdt een installatiedossier bij met de indeling van de kassen,
de sensoren, de regelstrategieën en de instellingen per afdeling. Vaste contactpersoon van de
Klant is de heer M. (Marco) Zwinkels, accountmanager. Na de preventieve controle bespreken de
accountmanager en de teeltmanager van de Klant jaarlijks de werking van de installatie en het
contract.

6. Updates
AgriControl test iedere nieuwe versie eerst in de eigen proefkas en bij ten minste drie
referentiebedrijven voordat deze wordt vrijgegeven. Updates worden alleen geïnstalleerd na
akkoord van de Klant en niet tijdens het planten of in de eerste vier weken daarna.

7. Verplichtingen van de Klant
De Klant zorgt voor een werkende internetverbinding en houdt de VPN-toegang voor AgriControl
open. Storingen van prioriteit 1 meldt de Klant direct telefonisch. De Klant voert geen
wijzigingen uit aan de procescomputer of het netwerk zonder dit vooraf met AgriControl af te
stemmen.

8. Prijzen en betaling
Eenmalige intake en opname van het installatiedossier:              EUR   450,00
Formule Premium, per jaar:                                           EUR 3.480,00
Werkzaamheden die niet onder dit contract vallen, voert AgriControl uit op basis van
nacalculatie tegen EUR 98,00 per uur, vermeerderd met EUR 65,00 voorrijkosten per bezoek. Buiten
kantoortijd geldt een toeslag van 50 %.
AgriControl mag de prijzen en tarieven jaarlijks per 1 januari aanpassen; zij maakt de nieuwe
prijzen uiterlijk een maand vooraf bekend.
De jaarprijs wordt in januari vooraf gefactureerd. Betaling binnen 14 dagen na factuurdatum.
Alle prijzen zijn exclusief btw.

9. Looptijd en opzegging
Het contract loopt van 1 januari 2027 tot en met 31 december 2027 en wordt daarna stilzwijgend
verlengd met telkens twaalf maanden, tenzij een partij uiterlijk drie maanden vóór het einde van
de lopende periode schriftelijk opzegt. AgriControl kan het contract met onmiddellijke ingang
beëindigen als de Klant na een herinnering niet binnen 30 dagen betaalt.

10. Gegevens
De teelt- en klimaatgegevens van de Klant blijven van de Klant. AgriControl gebruikt ze alleen
voor de uitvoering van dit contract en deelt ze niet met derden. Bij het einde van het contract
ontvangt de Klant op verzoek binnen tien werkdagen een export van de instellingen en de
historische klimaatgegevens in CSV-formaat.
Voor de remote ondersteuning verwerkt AgriControl alleen de namen en inloggegevens van
medewerkers van de Klant, als verwerker in de zin van de AVG, op servers in Nederland. De
verwerkersovereenkomst in bijlage 2 maakt deel uit van dit contract.

11. Intellectuele eigendom
Alle rechten op KlimaatRegie blijven bij AgriControl. Het gebruiksrecht van de Klant volgt uit de
licentie die bij de aankoop van de installatie is verstrekt.

12. Aansprakelijkheid
De aansprakelijkheid van AgriControl is beperkt tot het bedrag van de jaarprijs van de formule.
AgriControl is nooit aansprakelijk voor gewasschade, teeltschade, productieverlies of andere
gevolgschade, ook niet wanneer die het gevolg is van een storing in de software of van een
te late reactie.

13. Algemene voorwaarden en recht
Op dit contract zijn de Algemene Voorwaarden van AgriControl Systems B.V. van toepassing, die bij
de Kamer van Koophandel zijn gedeponeerd en aan de Klant zijn overhandigd. Bij strijdigheid gaan
de bepalingen van dit contract voor. Op dit contract is Nederlands recht van toepassing;
geschillen worden voorgelegd aan de rechtbank Den Haag.

Voor akkoord:

AgriControl Systems B.V.                         Kwekerij Van der Voort B.V.
W. van Leeuwen, directeur                        J. van der Voort, directeur
Maasdijk, 30 november 2026                       De Lier, 4 december 2026
(handtekening)                                   (handtekening)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "missing",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "missing",
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
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
        "response_time_hours_highest_priority": 0.5,
    },
)

NL_T11H_RECRUITMENT_ATS_ORDER_FORM = UnseenDocument(
    name="nl_t11h_recruitment_ats_order_form",
    text="""WERFKRACHT - BESTELFORMULIER
Werfkracht bv | Kortrijksesteenweg 1144, 9051 Gent | BTW BE 0745.219.806 | www.werfkracht.be
Bestelformulier nr. WK-BF-2026-0287

KLANT
Firma:            Vandenbroeck Selectie & Interim bv
Adres:            Kempische Steenweg 303, 3500 Hasselt
BTW:              BE 0478.552.190
Contactpersoon:   Kristof Vandenbroeck, zaakvoerder, kristof@vandenbroeck-selectie.be
Key user:         Evi Lemmens, teamleider recruitment

Dit bestelformulier bevestigt ons voorstel van 18 november 2026, dat er deel van uitmaakt.

1. ABONNEMENT
Werfkracht ATS, pakket Pro                 15 recruiters x EUR 69,00 per maand   EUR 1.035,00
Add-on Multiposting (publicatie op VDAB, jobsites en sociale media)      per maand  EUR   150,00
Totaal abonnement                                                        per maand  EUR 1.185,00
Inbegrepen: vacaturebeheer, kandidatendatabank, cv-parsing tot 2.000 cv's per maand,
selectiepijplijnen, interviewplanning met Outlook-agenda, e-mailsjablonen, carrièrepagina,
rapportering binnen het platform, kennisbank en support.
Niet inbegrepen: koppelingen met loon- of boekhoudpakketten, sms-berichten (EUR 0,09 per bericht)
en opleidingen op locatie.

2. EENMALIG
Onboarding en configuratie (2 workshops, pijplijnen, sjablonen, carrièrepagina)  EUR 1.900,00
Import bestaande kandidatendatabank (max. 25.000 kandidaten, met cv's)          EUR 1.200,00
Totaal eerste contractjaar (12 x EUR 1.185,00 + eenmalige kosten)               EUR 17.320,00
Alle bedragen excl. btw.

3. START EN ONBOARDING
Startdatum: 1 februari 2027. De onboarding duurt vier weken:
   week 1   kick-off en workshop pijplijnen en rechten
   week 2   import van de kandidatendatabank en controle door de key user
   week 3   workshop sjablonen en carrièrepagina; twee online opleidingen van twee uur voor de
            recruiters
   week 4   livegang
De klant bezorgt uiterlijk op de dag van de kick-off een export van de huidige databank (CSV of
Excel, met de cv's in een aparte map) en stelt de key user tijdens de onboarding een halve dag
per week vrij.
Uw onboardingconsultant is Jens De Smet. Na de livegang is Elke Maes uw vaste customer success
manager; zij plant elk half jaar een review van het gebruik en uw wensen.

4. SUPPORT EN BESCHIKBAARHEID
Support via chat in het platform, support@werfkracht.be en 09 280 47 00, op werkdagen van 8.30 tot
17.30 uur. Is het platform onbereikbaar, dan reageren wij binnen 2 werkuren; op andere vragen
binnen 1 werkdag.
Werfkracht garandeert een beschikbaarheid van 99,5 % per kalendermaand, exclusief aangekondigd
onderhoud buiten de kantooruren. Het niet halen van de beschikbaarheid geeft geen recht op
compensatie of terugbetaling.
Nieuwe functies en updates worden doorlopend en zonder extra kosten uitgerold; de release notes
staan in de kennisbank.

5. FACTURATIE EN PRIJZEN
De eenmalige kosten worden gefactureerd bij ondertekening, het abonnement maandelijks vooraf.
Betaling binnen 14 dagen na factuurdatum, bij voorkeur via domiciliëring.
Bijkomende configuratie of koppelingen op maat voeren wij alleen uit na een schriftelijke offerte
die u vooraf goedkeurt; ze worden aangerekend aan EUR 110,00 per uur.
Werfkracht kan haar prijzen aanpassen mits een voorafgaande kennisgeving van twee maanden. De
klant kan in dat geval de overeenkomst opzeggen tegen de datum waarop de nieuwe prijzen ingaan.

6. LOOPTIJD
De overeenkomst loopt 12 maanden vanaf de startdatum en wordt daarna stilzwijgend verlengd met
telkens 12 maanden, tenzij een partij ten minste een maand vóór het einde van de lopende periode
per e-mail opzegt.

7. GEGEVENS EN PRIVACY
De klant blijft eigenaar van alle gegevens van kandidaten en klanten die hij in het platform
invoert. Werfkracht verwerkt deze persoonsgegevens als verwerker volgens de
verwerkersovereenkomst in bijlage 2: hosting in het AWS-datacenter in Frankfurt, een lijst van
subverwerkers, instelbare bewaartermijnen per kandidaat en melding van een datalek binnen 48 uur.
Na het einde van de overeenkomst bezorgt Werfkracht op verzoek binnen 30 dagen kosteloos een
export van alle kandidaten, notities en vacatures in CSV-formaat, met de cv's en bijlagen in hun
oorspronkelijke formaat. Daarna worden de gegevens binnen 60 dagen gewist.

8. ANDERE BEPALINGEN
Alle rechten op het platform blijven bij Werfkracht; de klant krijgt een gebruiksrecht zolang het
abonnement loopt. Beide partijen houden de vertrouwelijke informatie van de andere partij geheim.
De aansprakelijkheid van Werfkracht is beperkt tot de bedragen die de klant betaalde in de twaalf
maanden vóór het schadegeval.
De algemene voorwaarden van Werfkracht (versie 3.1, bijlage 1) zijn van toepassing. Bij
tegenstrijdigheid gaat dit bestelformulier voor, daarna de verwerkersovereenkomst en daarna de
algemene voorwaarden.
Bij een geschil overleggen de zaakvoerders van beide partijen eerst om tot een minnelijke
oplossing te komen. Lukt dat niet binnen 30 dagen, dan is de ondernemingsrechtbank Gent bevoegd.
Belgisch recht is van toepassing.

Voor Werfkracht bv                              Voor de klant
Sarah Claes, sales manager                      Kristof Vandenbroeck, zaakvoerder
Gent, 1 december 2026                           Hasselt, 2 december 2026
(handtekening)                                  Elektronisch ondertekend via Yousign, 2/12/2026
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
        "team.quality": "missing",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "covered",
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
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
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
        "availability_percent": 99.5,
    },
)

DOCUMENTS = [
    NL_T11H_PERMIT_WORKFLOW_SAAS,
    NL_T11H_SHAREPOINT_MIGRATION_QUOTE,
    NL_T11H_GREENHOUSE_CLIMATE_SUPPORT,
    NL_T11H_RECRUITMENT_ATS_ORDER_FORM,
]
