"""Training batch 13 (nl, writer l): four Dutch documents of kinds not used before.

1. nl_t13l_claims_portal_sprints: a formal Netherlands agreement (numbered articles, signed by both
   parties) for the development of a claims portal for a healthcare insurer in two-week Scrum
   sprints, with a fixed sprint price, a budget cap, hypercare and a handover to the client's team.
2. nl_t13l_chromebook_management_offer: an informal Flemish e-mail offer for the management of
   640 Chromebooks in a primary school group, accepted by a reply e-mail, with the supplier's
   general terms prevailing, tacit renewal per school year and a low liability cap.
3. nl_t13l_bakery_erp_interface_support: a short Flemish support contract (signed by both parties)
   for the nightly interface between a bakery's Business Central, its ordering platform and its
   production planning, with night standby, best-efforts resolution and a long tacit renewal.
4. nl_t13l_digital_signage_saas_terms: the general terms of a Dutch SaaS for digital signage in
   shops, unsigned, with best-efforts availability, unilateral price changes and a tacit renewal.

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

NL_T13L_CLAIMS_PORTAL_SPRINTS = UnseenDocument(
    name="nl_t13l_claims_portal_sprints",
    text="""OVEREENKOMST VOOR DE ONTWIKKELING VAN HET DECLARATIEPORTAAL "MIJN DECLARATIES"
volgens de Scrum-methode
Kenmerk: ZS-IV-2026-0412

DE ONDERGETEKENDEN:
1. Zorgzaam Zorgverzekeringen U.A., statutair gevestigd te Utrecht, kantoorhoudende aan de
   Croeselaan 180, 3521 CB Utrecht, KvK 30112847, hierbij rechtsgeldig vertegenwoordigd door
   mevrouw mr. J.M. (Judith) Verbeek, directeur Operations, hierna "Zorgzaam";
2. Kodeks Digital B.V., statutair gevestigd te Amersfoort, kantoorhoudende aan het Stationsplein
   22, 3818 LE Amersfoort, KvK 58220913, hierbij rechtsgeldig vertegenwoordigd door de heer
   W. (Wouter) Kramer, algemeen directeur, hierna "Kodeks";

OVERWEGENDE DAT:
- Zorgzaam haar verzekerden de mogelijkheid wil bieden om zorgnota's digitaal in te dienen, de
  status van hun declaraties te volgen en hun eigen risico in te zien via een nieuw webportaal en
  de bestaande app;
- Kodeks op 12 oktober 2026 onder nummer KD-2026-077 een offerte heeft uitgebracht, die na een
  aanbesteding op 20 november 2026 door Zorgzaam is gegund;

KOMEN OVEREEN ALS VOLGT:

Artikel 1 - Contractdocumenten en rangorde
1.1 Deel van deze overeenkomst zijn: Bijlage 1 de offerte KD-2026-077 van 12 oktober 2026;
Bijlage 2 de productvisie en de initiële product backlog; Bijlage 3 de verwerkersovereenkomst.
1.2 Op deze overeenkomst zijn de ARBIT-2018 van toepassing, met uitzondering van de artikelen 7
en 22. De algemene voorwaarden van Kodeks zijn niet van toepassing.
1.3 Bij strijdigheid geldt de volgende rangorde: deze overeenkomst, Bijlage 3, de ARBIT-2018,
Bijlage 2, Bijlage 1.

Artikel 2 - Opdracht en afbakening
2.1 Kodeks ontwikkelt het declaratieportaal "Mijn Declaraties" als responsive webapplicatie,
inclusief inloggen met DigiD, het uploaden en fotograferen van zorgnota's, een statusoverzicht
per declaratie, de weergave van het verbruikte eigen risico en de koppeling via REST-API's met het
declaratieverwerkingssysteem van Zorgzaam.
2.2 Niet in de opdracht begrepen zijn: wijzigingen aan het declaratieverwerkingssysteem zelf, de
hosting (het portaal draait in de Azure-omgeving van Zorgzaam), de DigiD-aansluiting en de
jaarlijkse DigiD-assessment, en de externe penetratietest, die Zorgzaam door een derde laat
uitvoeren.

Artikel 3 - Werkwijze
3.1 Partijen werken volgens Scrum in sprints van twee weken. Elke sprint begint met een sprint
planning en eindigt met een sprint review en een retrospective. De product owner van Zorgzaam
bepaalt de prioriteiten in de product backlog.
3.2 Het minimum viable product (MVP) bestaat uit de user stories die in Bijlage 2 als "MVP" zijn
gemarkeerd. Kodeks staat ervoor in dat het MVP binnen het in artikel 5 genoemde budget en uiterlijk
op de in artikel 6 genoemde datum in productie wordt genomen.

Artikel 4 - Team
4.1 Kodeks zet een vast team in van zes personen: scrum master mevrouw S. (Sanne) de Groot, lead
developer de heer M. (Mehmet) Yilmaz, twee backend-developers, een frontend-developer en een
tester. Een UX-designer (mevrouw L. Hoekstra) is beschikbaar in sprint 0 tot en met sprint 4.
4.2 De lead developer heeft ten minste acht jaar ervaring met .NET en Azure; het team bestaat uit
ten minste vier senior ontwikkelaars en hoogstens één junior. Alle teamleden beschikken over een
Verklaring Omtrent het Gedrag (VOG) van ten hoogste zes maanden oud.
4.3 Kodeks vervangt een teamlid alleen met voorafgaande schriftelijke toestemming van de product
owner, door een persoon met ten minste gelijkwaardige ervaring, met een overlap van tien werkdagen
die niet aan Zorgzaam in rekening wordt gebracht.
4.4 Product owner van Zorgzaam is de heer R. (Robin) Jansen, manager Digitale Kanalen.

Artikel 5 - Prijs en betaling
5.1 Sprint 0 (inrichting van de ontwikkelstraat, architectuur, ontwerp en backlogverfijning) wordt
uitgevoerd tegen een vaste prijs van EUR 24.000,00.
5.2 De prijs per sprint van twee weken bedraagt EUR 38.400,00 voor het volledige team van artikel
4.1. Partijen voorzien twaalf sprints. Het totale budget bedraagt daarmee EUR 484.800,00, inclusief
sprint 0. Alle bedragen zijn exclusief btw.
5.3 Kodeks overschrijdt het totale budget niet. Een extra sprint of de inzet van extra expertise is
alleen mogelijk na een schriftelijk wijzigingsverzoek met een prijsopgave van Kodeks, dat door de
stuurgroep vooraf is goedgekeurd. Extra expertise wordt aangeboden tegen de volgende dagtarieven:
senior developer EUR 1.040,00, security specialist EUR 1.240,00, UX-designer EUR 960,00.
5.4 De tarieven zijn vast tot 31 december 2027. Voor een eventuele verlenging daarna worden zij
per 1 januari aangepast met de CBS-index van de cao-lonen (J-index), met een maximum van 3 %.
5.5 Kodeks factureert sprint 0 na de afsluiting ervan en elke sprint na de sprint review.
Zorgzaam betaalt binnen 30 dagen na ontvangst van een correcte factuur.

Artikel 6 - Planning en vertraging
6.1 Sprint 0 loopt van 4 januari tot en met 22 januari 2027. Sprint 1 begint op 25 januari 2027.
Het MVP gaat uiterlijk op 1 april 2027 live (na sprint 5). De volledige release volgt uiterlijk op
1 juli 2027 (na sprint 12).
6.2 Neemt Kodeks het MVP door eigen toedoen niet uiterlijk op 1 april 2027 in productie, dan voert
Kodeks de daarvoor nodige extra sprint(s) uit tegen 50 % van de sprintprijs. Ligt de oorzaak bij
Zorgzaam, dan stellen partijen in de stuurgroep een nieuwe planning vast en worden extra sprints
gefactureerd tegen de volle sprintprijs, na goedkeuring volgens artikel 5.3.

Artikel 7 - Verplichtingen van Zorgzaam
Zorgzaam:
a. stelt de product owner ten minste drie dagen per week beschikbaar en zorgt dat hij aanwezig
   is bij elke sprint planning, refinement en sprint review;
b. verleent uiterlijk 18 januari 2027 toegang tot de ontwikkel- en testomgeving in Azure, de
   Azure DevOps-pipelines en de test-API van het declaratieverwerkingssysteem;
c. levert uiterlijk 1 februari 2027 een gepseudonimiseerde testdataset van ten minste 5.000
   declaraties aan;
d. beoordeelt opgeleverde user stories binnen vijf werkdagen na de sprint review.

Artikel 8 - Kwaliteit
8.1 Een user story is gereed (Definition of Done) wanneer: de code is beoordeeld door een tweede
ontwikkelaar; de geautomatiseerde unit- en integratietests slagen met een codedekking van ten
minste 80 %; de acceptatiecriteria aantoonbaar zijn getest; de functionaliteit voldoet aan WCAG
2.1 niveau AA en aan OWASP ASVS niveau 2; en de documentatie is bijgewerkt.
8.2 Kodeks houdt de gebruikte frameworks en bibliotheken gedurende de looptijd actueel en verhelpt
kwetsbaarheden met een CVSS-score van 7,0 of hoger binnen vijf werkdagen na bekendwording.

Artikel 9 - Acceptatie en livegang
9.1 De product owner accepteert of weigert elke user story binnen vijf werkdagen na de sprint
review aan de hand van de acceptatiecriteria. Geweigerde stories worden in de volgende sprint
zonder meerkosten hersteld.
9.2 Voor de livegang van het MVP en van de volledige release voert Zorgzaam een gebruikers-
acceptatietest uit van tien werkdagen. Bevindingen worden ingedeeld in blokkerend, ernstig en
gering. Een release is geaccepteerd wanneer er geen blokkerende en ten hoogste drie ernstige
bevindingen openstaan.
9.3 Kodeks rolt de geaccepteerde releases uit naar productie via de Azure DevOps-pipelines van
Zorgzaam, binnen het wijzigingsvenster dat de Change Advisory Board van Zorgzaam toekent.
9.4 Kodeks converteert de 212.000 bestaande accounts van het huidige declaratieformulier
(koppeling BSN-hash, e-mailadres, notificatievoorkeuren) naar het nieuwe portaal. Een proefconversie
vindt plaats in sprint 4; de definitieve conversie gebeurt in het livegangweekend van het MVP en
wordt door Zorgzaam gecontroleerd aan de hand van een telverslag.

Artikel 10 - Nazorg en garantie
10.1 Gedurende vier weken na elke livegang (hypercare) blijven de lead developer en een
backend-developer beschikbaar voor productieverstoringen, op werkdagen van 8.00 tot 18.00 uur via
het gedeelde Teams-kanaal en het telefoonnummer 033 760 41 00. Kodeks reageert op een blokkerende
verstoring binnen één uur en levert binnen acht werkuren een oplossing of een workaround.
10.2 Gedurende drie maanden na de livegang van elke release herstelt Kodeks kosteloos alle
gebreken in de opgeleverde programmatuur.
10.3 Kodeks verzorgt vier train-de-trainer-sessies van een halve dag voor de medewerkers van de
klantenservice van Zorgzaam en levert een handleiding voor de klantenservice en een FAQ voor
verzekerden aan.

Artikel 11 - Documentatie en overdracht
11.1 Kodeks beheert alle broncode, infrastructure-as-code en documentatie vanaf de eerste dag in de
repository van Zorgzaam in Azure DevOps. De documentatie omvat ten minste een
architectuurbeschrijving, de API-specificaties en een beheerhandleiding.
11.2 In sprint 11 en 12 draagt Kodeks de kennis over aan het DevOps-team van Zorgzaam door middel
van pair programming en drie overdrachtssessies.

Artikel 12 - Rapportage en overleg
12.1 Na elke sprint bezorgt de scrum master een sprintrapport met de opgeleverde stories, de
velocity, een burn-up-grafiek, het verbruikte budget en de risico's.
12.2 Eenmaal per maand komt een stuurgroep bijeen, bestaande uit de directeur Operations en de
manager Digitale Kanalen van Zorgzaam en de algemeen directeur en de scrum master van Kodeks. De
stuurgroep beslist over wijzigingsverzoeken, budget en planning.

Artikel 13 - Intellectuele eigendom
Alle intellectuele-eigendomsrechten op de voor Zorgzaam ontwikkelde programmatuur en documentatie
gaan over op Zorgzaam bij betaling van de betreffende sprint. Kodeks werkt hiertoe mee aan elke
vereiste akte. Opensourcecomponenten blijven onder hun eigen licentie; Kodeks gebruikt geen
componenten met een copyleft-licentie zonder voorafgaande toestemming van Zorgzaam.

Artikel 14 - Geheimhouding en persoonsgegevens
14.1 Kodeks en zijn medewerkers houden alle informatie over Zorgzaam en haar verzekerden geheim,
ook na het einde van de overeenkomst.
14.2 Kodeks werkt uitsluitend met gepseudonimiseerde testgegevens. Toegang tot productiegegevens
(gezondheidsgegevens in de zin van artikel 9 AVG) is alleen toegestaan tijdens hypercare, met een
persoonlijk account met tweefactorauthenticatie, en alleen voor zover nodig om een verstoring op te
lossen. Kodeks verwerkt die gegevens als verwerker uitsluitend in de Europese Economische Ruimte,
meldt een datalek binnen 24 uur aan de functionaris gegevensbescherming van Zorgzaam en volgt
verder de verwerkersovereenkomst van Bijlage 3.

Artikel 15 - Aansprakelijkheid
De aansprakelijkheid van Kodeks voor directe schade is beperkt tot EUR 500.000,00 per gebeurtenis
en EUR 1.000.000,00 in totaal. Aansprakelijkheid voor indirecte schade is uitgesloten, behalve bij
opzet of bewuste roekeloosheid van Kodeks of zijn leidinggevenden, en behalve voor boetes en
schade als gevolg van een inbreuk op artikel 14.

Artikel 16 - Duur en beëindiging
16.1 Deze overeenkomst gaat in op de datum van ondertekening en eindigt van rechtswege na afloop
van de hypercare van de volledige release, en uiterlijk op 31 december 2027. Zij wordt niet
stilzwijgend verlengd.
16.2 Zorgzaam kan de overeenkomst tegen het einde van elke sprint opzeggen met inachtneming van
een opzegtermijn van 14 dagen, zonder tot schadevergoeding gehouden te zijn. Verrichte sprints
worden betaald.
16.3 Elke partij kan de overeenkomst ontbinden indien de andere partij na een schriftelijke
ingebrekestelling met een termijn van 30 dagen tekort blijft schieten.
16.4 Bij het einde van de overeenkomst, om welke reden ook, draagt Kodeks alle werkproducten over
en werkt hij gedurende ten hoogste twee maanden mee aan de overdracht aan het eigen team van
Zorgzaam of aan een andere leverancier, tegen de dagtarieven van artikel 5.3. Gegevens van
Zorgzaam die zich buiten haar omgeving bevinden (backlog en tickets in Jira, pagina's in
Confluence) levert Kodeks binnen tien werkdagen aan als Jira- en Confluence-export, waarna Kodeks
alle eigen kopieën verwijdert en dit schriftelijk bevestigt.

Artikel 17 - Geschillen en toepasselijk recht
17.1 Op deze overeenkomst is Nederlands recht van toepassing.
17.2 Een geschil wordt eerst voorgelegd aan de stuurgroep. Is het geschil niet binnen 30 dagen
opgelost, dan proberen partijen het op te lossen door mediation via een mediator die is
ingeschreven bij de Mediatorsfederatie Nederland. Slaagt de mediation niet binnen 60 dagen, dan is
uitsluitend de Rechtbank Midden-Nederland, locatie Utrecht, bevoegd.

Aldus overeengekomen en in tweevoud ondertekend.

Zorgzaam Zorgverzekeringen U.A.               Kodeks Digital B.V.
mr. J.M. Verbeek, directeur Operations        W. Kramer, algemeen directeur
Utrecht, 3 december 2026                      Amersfoort, 3 december 2026
(handtekening)                                (handtekening)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
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
        "notice_period_days": 14,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
    },
)

NL_T13L_CHROMEBOOK_MANAGEMENT_OFFER = UnseenDocument(
    name="nl_t13l_chromebook_management_offer",
    text="""Van: Lotte Van Damme <lotte@klasrijk.be>
Aan: Koen Maes <koen.maes@scholengroep-delinde.be>
Cc: ict@scholengroep-delinde.be
Datum: dinsdag 17 november 2026 14:12
Onderwerp: Offerte OF-2026-187 - beheer Chromebooks Scholengroep De Linde

Dag Koen,

Bedankt voor het fijne gesprek vorige week in Wetteren. Zoals beloofd vind je hieronder onze
offerte voor het beheer van de Chromebooks in jullie vijf basisscholen (De Linde, De Klimop,
Het Vlindertje, De Regenboog en Sint-Jozef). We gaan uit van 640 Chromebooks: de 460 nieuwe
toestellen die jullie in januari leveren via Signpost en de 180 toestellen die nu al in gebruik
zijn.

1. Wat we doen
- Alle 640 toestellen inschrijven in jullie Google Workspace for Education-domein, met een
  Chrome Education Upgrade-licentie per toestel.
- Een structuur per school en per leerjaar in de Google Admin-console opzetten (organisatie-
  eenheden), met aangepaste instellingen voor de kleuterklassen, de lagere school en het
  leerkrachtenkorps.
- Apps en extensies centraal uitrollen (o.a. Bingel, Diddit, Snappet en Google Classroom),
  websitefilter instellen en een toetsmodus (kioskmodus) voorzien voor de digitale toetsen.
- Chrome OS-updates beheren: nieuwe versies gaan eerst naar een pilotgroep van 20 toestellen
  (de laptops van de ICT-coördinatoren en één klas per school) en na twee weken naar alle
  toestellen. Toestellen die binnen het jaar hun einddatum voor automatische updates bereiken,
  melden we jullie tijdig.
- Helpdesk voor de ICT-coördinatoren van de vijf scholen (niet voor leerlingen of ouders).
- Bij het begin van elk schooljaar: de leerlingen doorschuiven naar het juiste leerjaar en de
  nieuwe leerlingen aanmaken op basis van jullie export uit Informat.

Niet inbegrepen: de Chromebooks zelf en hun hardwaregarantie (die loopt via Signpost), herstellingen
van toestellen, het wifi-netwerk van de scholen en de licenties van de leerplatformen.

2. Prijs (excl. 21 % btw)
Eenmalig
- Chrome Education Upgrade, 640 x EUR 34,50                    EUR 22.080,00
- Inschrijving, configuratie Admin-console en toetsmodus       EUR  2.450,00
- Totaal eenmalig                                              EUR 24.530,00
Maandelijks
- Beheer en helpdesk, 640 x EUR 1,15                           EUR    736,00 per maand

Werk buiten dit pakket (bv. een interventie ter plaatse in een school) doen we enkel na jullie
akkoord per mail op een korte prijsopgave. We rekenen daarvoor EUR 68,00 per uur, zonder
verplaatsingskosten binnen de provincie Oost-Vlaanderen.
We behouden ons het recht voor om onze tarieven elk jaar op 1 september aan te passen.

Facturatie: het eenmalige bedrag na de inschrijving van alle toestellen, het beheer per kwartaal
vooraf. Betaling binnen 30 dagen na factuurdatum.

3. Planning
- Uiterlijk 1 februari 2027 bezorgen jullie ons de export uit Informat (leerlingen, klassen,
  leerkrachten) en een tijdelijk super-admin-account voor het Google-domein.
- Week van 8 februari 2027: opzet van de Admin-console en test met de pilotgroep.
- Krokusvakantie (15 tot 19 februari 2027): twee technici schrijven op de vijf scholen alle
  toestellen in. De 180 bestaande toestellen worden daarbij gewist en opnieuw ingeschreven; de
  scholen zorgen dat ze die week in het lokaal van de ICT-coördinator klaarliggen, opgeladen.
- Maandag 22 februari 2027: de toestellen zijn klaar voor gebruik in de klas.

4. Opleiding
Per school geven we na de krokusvakantie een sessie van een uur voor de leerkrachten (aanmelden,
toetsmodus, wat te doen bij problemen). De ICT-coördinatoren krijgen een halve dag opleiding over
de Admin-console en een handleiding. Alle instellingen documenteren we in een beheerdossier in
jullie gedeelde drive, dat we bij elke wijziging bijwerken.

5. Support
- Bereikbaar op schooldagen van 7.45 tot 16.30 uur via support.klasrijk.be, op 09 298 17 40 en
  via mail.
- Urgent (een hele klas of school kan niet werken): we reageren binnen het uur.
- Andere vragen: reactie binnen één schooldag.
- We doen ons best om problemen zo snel mogelijk op te lossen.
- Jullie vaste aanspreekpunt ben ik; bij mijn afwezigheid neemt mijn collega Ruben De Smet over.
  Al onze technici zijn gecertificeerd als Google Certified Educator en Chrome Enterprise
  Administrator.
De beschikbaarheid van de Google Admin-console en van Google Workspace hangt af van Google; daar
kunnen wij geen garantie op geven.

6. Opvolging
Elk trimester sturen we jullie een overzicht van het toestellenpark: niet-actieve toestellen,
toestellen zonder updates, tickets per school. In juni plannen we een overleg met de directies en
de ICT-coördinatoren om het volgende schooljaar voor te bereiden.

7. Looptijd
Het beheer loopt van 1 maart 2027 tot 31 augustus 2028. Daarna wordt het telkens stilzwijgend
verlengd met een schooljaar (twaalf maanden), tenzij jullie of wij uiterlijk drie maanden voor het
einde van het schooljaar opzeggen. Bij het einde geven we jullie de volledige beheerrechten terug,
verwijderen we onze accounts uit jullie domein en bezorgen we een export van de inventaris
(serienummers, school, klas, status) in Excel.

8. Privacy en aansprakelijkheid
Om de toestellen te beheren zien we in de Admin-console de namen en e-mailadressen van leerlingen
en leerkrachten. We verwerken die gegevens als verwerker, enkel in de Admin-console en enkel om de
toestellen te beheren; we maken er geen kopieën van en melden een datalek binnen 48 uur. We
ondertekenen daarvoor jullie modelverwerkersovereenkomst.
Onze aansprakelijkheid is beperkt tot het bedrag van drie maanden beheervergoeding. Voor verlies
van gegevens op de toestellen zijn we niet aansprakelijk.
Op deze offerte zijn onze algemene voorwaarden van toepassing (www.klasrijk.be/voorwaarden); ze
gaan voor op eventuele voorwaarden van de scholengroep.

Deze offerte is geldig tot 31 december 2026. Een mailtje met "akkoord" volstaat om te starten.

Met vriendelijke groeten,
Lotte Van Damme
Klantenverantwoordelijke onderwijs
Klasrijk bv - Brusselsesteenweg 312, 9050 Gentbrugge - BTW BE 0745.219.388

-----
Van: Koen Maes <koen.maes@scholengroep-delinde.be>
Datum: donderdag 26 november 2026 09:03
Onderwerp: RE: Offerte OF-2026-187 - beheer Chromebooks Scholengroep De Linde

Dag Lotte,
Het directiecomité heeft gisteren groen licht gegeven. Akkoord met de offerte OF-2026-187, jullie
mogen starten zoals voorgesteld. De export uit Informat volgt in januari.
Groeten,
Koen Maes
Coördinerend directeur, Scholengroep De Linde vzw
""",
    items={
        "agreement.signed_both": "missing",
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
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.acceptance": "missing",
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
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 18,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
    },
)

NL_T13L_BAKERY_ERP_INTERFACE_SUPPORT = UnseenDocument(
    name="nl_t13l_bakery_erp_interface_support",
    text="""SUPPORTOVEREENKOMST KOPPELING BUSINESS CENTRAL - BESTELPLATFORM - PRODUCTIEPLANNING
Nr. SUP-2027-009

Tussen
Integrato bv, Kwadestraat 151, 8800 Roeselare, ondernemingsnummer 0687.302.514,
vertegenwoordigd door Pieter Declercq, zaakvoerder ("Integrato"),
en
Bakkerij Vandenbroucke nv, Ieperseweg 88, 8800 Rumbeke, ondernemingsnummer 0429.775.061,
vertegenwoordigd door Sofie Vandenbroucke, gedelegeerd bestuurder ("de Bakkerij"),

wordt het volgende overeengekomen.

1. Voorwerp
Integrato bouwde in 2024 voor de Bakkerij de koppeling tussen Microsoft Dynamics 365 Business
Central, het bestelplatform voor de wederverkopers en horecaklanten (BakeOrder) en de
productieplanning van de bakkerij. Elke nacht om 01.30 uur haalt de koppeling de bestellingen op,
boekt ze in Business Central en zet ze om in productie- en leverlijsten. De bakkers starten om
03.00 uur; de koppeling moet dus elke nacht op tijd klaar zijn.
Deze overeenkomst regelt de ondersteuning en het onderhoud van die koppeling.

2. Inbegrepen diensten
- monitoring van de nachtelijke run, met een automatische alarmmelding naar de permanentie bij
  een fout of als de run om 02.15 uur niet beëindigd is;
- het oplossen van storingen in de koppeling;
- het aanpassen van de koppeling aan nieuwe versies van Business Central (twee grote releases per
  jaar) en aan nieuwe versies van de API van BakeOrder;
- kleine wijzigingen (bv. een nieuwe leverroute, een extra veld) tot 4 uur per kwartaal; niet
  gebruikte uren worden niet overgedragen.
Niet inbegrepen: storingen in Business Central zelf, in BakeOrder of in het netwerk van de
Bakkerij, en nieuwe functionaliteit.

3. Bereikbaarheid en reactietijden
Prioriteit 1 - de bestellingen komen niet (volledig) in de productieplanning terecht:
   permanentie elke dag, ook in het weekend en op feestdagen, van 00.00 tot 06.00 uur op
   051 62 90 44, en op werkdagen van 8.00 tot 17.00 uur op hetzelfde nummer.
   Integrato reageert binnen 30 minuten.
Prioriteit 2 - andere fouten en vragen: op werkdagen van 8.00 tot 17.00 uur via
   support@integrato.be. Integrato reageert binnen één werkdag.
Integrato voert de ondersteuning uit als een middelenverbintenis. Integrato verbindt zich ertoe
binnen de vermelde termijnen te reageren, maar garandeert niet dat een storing binnen een bepaalde
termijn is opgelost.

4. Contactpersonen
Vaste consultant voor de Bakkerij is Pieter Declercq; zijn vervanger is Annelies Maes. Integrato
houdt een technisch dossier van de koppeling bij (mapping van de velden, servers, accounts,
planning van de taken) en bezorgt het op eenvoudig verzoek aan de Bakkerij. Aanspreekpunt bij de
Bakkerij is Jens Vandenbroucke, productieverantwoordelijke.

5. Verplichtingen van de Bakkerij
De Bakkerij geeft Integrato permanente toegang op afstand via VPN, meldt storingen van prioriteit 1
telefonisch en verwittigt Integrato ten minste tien werkdagen vooraf van geplande wijzigingen aan
Business Central of BakeOrder.

6. Prijs
Eenmalige intake (opmaak van het technisch dossier en inrichting van de monitoring): EUR 760,00.
Supportvergoeding: EUR 385,00 per maand. Bijkomende uren en wijzigingen buiten de 4 uur per
kwartaal: EUR 95,00 per uur, enkel na een schriftelijke prijsopgave die de Bakkerij vooraf
goedkeurt.
Interventies tussen 00.00 en 06.00 uur of in het weekend die niet onder de supportvergoeding
vallen, worden aan 150 % aangerekend.
Alle bedragen zijn exclusief btw. De prijzen worden jaarlijks op 1 januari aangepast volgens de
formule P = P0 x (0,2 + 0,8 x S / S0), met S het Agoria-referentieloon.
De intake wordt gefactureerd bij ondertekening, de supportvergoeding per kwartaal vooraf.
Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

7. Duur
Deze overeenkomst loopt van 1 januari 2027 tot 31 december 2027 en wordt daarna stilzwijgend
verlengd met telkens één jaar, tenzij een partij ze ten minste drie maanden vóór de vervaldag
opzegt met een aangetekende brief.

8. Aansprakelijkheid
De aansprakelijkheid van Integrato is beperkt tot het bedrag van drie maanden supportvergoeding.
Integrato is in geen geval aansprakelijk voor productieverlies, derving van grondstoffen of
eindproducten, gemiste leveringen of winstderving.

9. Vertrouwelijkheid en persoonsgegevens
Integrato houdt de gegevens van de Bakkerij en haar klanten vertrouwelijk. Voor de verwerking van
persoonsgegevens sluiten partijen een verwerkersovereenkomst af.

10. Algemene voorwaarden, recht en bevoegdheid
Voor het overige gelden de algemene voorwaarden van Integrato, die als bijlage zijn gevoegd. Bij
strijdigheid gaat deze overeenkomst voor. Op deze overeenkomst is het Belgisch recht van
toepassing; bevoegd is de ondernemingsrechtbank Gent, afdeling Kortrijk.

Opgemaakt te Rumbeke op 30 november 2026 in twee exemplaren.

Voor Integrato bv                        Voor Bakkerij Vandenbroucke nv
Pieter Declercq, zaakvoerder             Sofie Vandenbroucke, gedelegeerd bestuurder
(handtekening)                           (handtekening)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.project_cost": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "missing",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "missing",
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
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "partial",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
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
        "response_time_hours_highest_priority": 0.5,
    },
)

NL_T13L_DIGITAL_SIGNAGE_SAAS_TERMS = UnseenDocument(
    name="nl_t13l_digital_signage_saas_terms",
    text="""ALGEMENE VOORWAARDEN SCHERMWINKEL B.V.
Versie 4.2 - geldig vanaf 1 oktober 2026
Schermwinkel B.V., Danzigerkade 23, 1013 AP Amsterdam, KvK 72094481

Artikel 1 - Definities
Abonnement: het recht om het Platform gedurende de Looptijd te gebruiken voor het aantal Schermen
in de Orderbevestiging.
Content: beelden, video's, teksten en playlists die Klant via het Platform op Schermen toont.
Orderbevestiging: de offerte van Schermwinkel die Klant online of schriftelijk heeft aanvaard.
Platform: de online omgeving "Schermwinkel CMS" met de bijbehorende player-software.
Scherm: een beeldscherm in een winkel van Klant met een door Schermwinkel ondersteunde mediaspeler.
Werkuren: werkdagen van 9.00 tot 17.30 uur, met uitzondering van Nederlandse feestdagen.

Artikel 2 - Toepasselijkheid
2.1 Deze voorwaarden zijn van toepassing op alle offertes, Orderbevestigingen en Overeenkomsten
van Schermwinkel. De Overeenkomst bestaat uit de Orderbevestiging en deze voorwaarden.
2.2 De toepasselijkheid van inkoop- of andere voorwaarden van Klant wordt uitdrukkelijk van de
hand gewezen.
2.3 Bij strijdigheid tussen de Orderbevestiging en deze voorwaarden gaat de Orderbevestiging voor.
2.4 Schermwinkel mag deze voorwaarden wijzigen. De gewijzigde voorwaarden gelden dertig dagen na
publicatie op www.schermwinkel.nl/voorwaarden.

Artikel 3 - Het Abonnement
3.1 Schermwinkel biedt twee pakketten aan:
   Basis  - CMS, planning van playlists per winkel en per tijdstip, 25 GB opslag per account,
            helpdesk per e-mail;
   Retail - alles uit Basis, plus koppeling met de kassaprijzen en voorraad van Klant via API,
            weergave per winkelformule, 100 GB opslag en helpdesk per e-mail, chat en telefoon.
3.2 Het Abonnement omvat het gebruik van het Platform, de opslag, de updates van CMS en
player-software en de helpdesk. Niet inbegrepen zijn: schermen en mediaspelers, de plaatsing
daarvan in de winkels, de internetverbinding en het maken van Content.
3.3 Schermwinkel kan de functionaliteit van het Platform te allen tijde wijzigen, uitbreiden of
beperken.

Artikel 4 - Start en installatie
4.1 Na aanvaarding van de Orderbevestiging ontvangt Klant binnen twee werkdagen de inloggegevens.
4.2 Klant sluit de mediaspelers zelf aan volgens de snelstartgids. Plaatsing door een
installatiepartner van Schermwinkel is mogelijk tegen een afzonderlijk tarief.
4.3 Bij de start ontvangt Klant een online onboardingsessie van één uur voor maximaal vijf
gebruikers. Daarnaast is een online kennisbank beschikbaar.

Artikel 5 - Beschikbaarheid, onderhoud en updates
5.1 Schermwinkel spant zich in om het Platform 99,5 % per kalendermaand beschikbaar te houden. Dit
is een inspanningsverplichting. Gepland onderhoud, storingen bij derden (waaronder de
hostingpartij) en storingen in de internetverbinding van Klant tellen niet mee.
5.2 Gepland onderhoud vindt zoveel mogelijk plaats tussen 00.00 en 06.00 uur. De mediaspelers
blijven tijdens onderhoud de laatst geladen playlists afspelen.
5.3 Updates en beveiligingspatches van het Platform en van de player-software worden automatisch
uitgerold, zonder bijkomende kosten.
5.4 Wordt het beschikbaarheidsniveau niet gehaald, dan heeft Klant geen recht op korting,
creditering of schadevergoeding.

Artikel 6 - Support
6.1 De helpdesk is bereikbaar tijdens Werkuren via support@schermwinkel.nl, via de chat in het CMS
en, voor het pakket Retail, telefonisch op 020 894 31 70.
6.2 Schermwinkel reageert op een melding dat één of meer Schermen geen Content tonen binnen vier
(4) Werkuren, en op andere meldingen binnen twee werkdagen.

Artikel 7 - Prijzen en betaling
7.1 De prijs per Scherm per maand en de eenmalige activatiekosten per Scherm staan in de
Orderbevestiging.
7.2 Schermwinkel mag de prijzen jaarlijks per 1 januari verhogen met de CBS-consumentenprijsindex
(CPI). Daarnaast mag Schermwinkel de prijzen tussentijds wijzigen met een aankondiging van dertig
dagen; Klant kan in dat geval niet opzeggen.
7.3 Het Abonnement wordt maandelijks vooraf gefactureerd en via SEPA-incasso geïnd. Overige
facturen zijn betaalbaar binnen 14 dagen na factuurdatum.
7.4 Werkzaamheden buiten het Abonnement, zoals het maken van Content of ondersteuning ter plaatse,
worden op basis van nacalculatie gefactureerd tegen de dan geldende tarieven van Schermwinkel.

Artikel 8 - Looptijd en opzegging
8.1 De Overeenkomst wordt aangegaan voor een initiële periode van twaalf (12) maanden vanaf de
verzending van de inloggegevens.
8.2 Daarna wordt de Overeenkomst telkens stilzwijgend verlengd met twaalf (12) maanden, tenzij een
partij uiterlijk drie (3) maanden voor het einde van de lopende periode schriftelijk opzegt.
8.3 Schermwinkel mag de toegang tot het Platform opschorten of de Overeenkomst met onmiddellijke
ingang beëindigen wanneer Klant een factuur niet binnen 14 dagen na een herinnering betaalt.
8.4 Na het einde van de Overeenkomst kan Klant gedurende dertig dagen zijn Content in de
oorspronkelijke bestandsformaten en de playlists als CSV-bestand downloaden via het CMS. Daarna
verwijdert Schermwinkel alle Content definitief.

Artikel 9 - Intellectuele eigendom
9.1 Alle rechten op het Platform en de player-software berusten bij Schermwinkel of haar
licentiegevers. Klant verkrijgt voor de Looptijd een niet-exclusief, niet-overdraagbaar
gebruiksrecht.
9.2 Klant behoudt de rechten op zijn Content en staat ervoor in dat hij gerechtigd is de Content
te tonen. Klant vrijwaart Schermwinkel voor aanspraken van derden.

Artikel 10 - Aansprakelijkheid
10.1 De totale aansprakelijkheid van Schermwinkel is beperkt tot het bedrag dat Klant in de drie
(3) maanden voorafgaand aan de schadeveroorzakende gebeurtenis aan abonnementsgelden heeft betaald.
10.2 Schermwinkel is niet aansprakelijk voor indirecte schade, gederfde omzet, verlies van Content
of andere gegevens, of schade doordat Schermen geen of verkeerde prijzen tonen.

Artikel 11 - Geheimhouding en persoonsgegevens
11.1 Partijen houden vertrouwelijke informatie van de andere partij geheim en gebruiken die alleen
voor de uitvoering van de Overeenkomst.
11.2 Voor zover Schermwinkel persoonsgegevens verwerkt voor Klant, is de verwerkersovereenkomst op
www.schermwinkel.nl/verwerkersovereenkomst van toepassing.

Artikel 12 - Toepasselijk recht
Op de Overeenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd aan de bevoegde
rechter van de Rechtbank Amsterdam.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "partial",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.delay": "missing",
        "team.named_team": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
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
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99.5,
    },
)

DOCUMENTS = [
    NL_T13L_CLAIMS_PORTAL_SPRINTS,
    NL_T13L_CHROMEBOOK_MANAGEMENT_OFFER,
    NL_T13L_BAKERY_ERP_INTERFACE_SUPPORT,
    NL_T13L_DIGITAL_SIGNAGE_SAAS_TERMS,
]
