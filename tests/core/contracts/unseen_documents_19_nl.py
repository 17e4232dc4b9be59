"""Held-out batch 19, Dutch documents: a short Flemish e-mail offer from a two-person software firm
for a web-based calculation and quotation tool for a joinery workshop (windows and doors), accepted
by reply e-mail; a Netherlands SaaS agreement for a volunteer-planning platform of a regional food
bank, with processing agreement, signed by both parties; a Flemish maintenance contract for the
irrigation control computer and software of a tree nursery, with the supplier's general terms
prevailing, signed by both parties; and a Flemish project agreement (time and materials with an
estimate) for the implementation of a PIM (product information management) platform at a tile
wholesaler, signed by both parties.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned (and agreement.signed_both is then partial).
"""

from .unseen_documents import UnseenDocument

NL_B19_JOINERY_QUOTATION_TOOL_EMAIL_OFFER = UnseenDocument(
    name="nl_b19_joinery_quotation_tool_email_offer",
    text="""Van: Griet Claeys <griet@schrijnwerkerijclaeys.be>
Verzonden: donderdag 19 november 2026 08:14
Aan: Jens Van Hoecke <jens@houtcalc.be>
Onderwerp: RE: offerte calculatietool ramen en deuren - Schrijnwerkerij Claeys

Dag Jens,

Prima, we gaan ervoor. Akkoord met je voorstel hieronder, ook met de planning. Ik bezorg je de
prijslijst en de voorbeeldoffertes tegen eind volgende week.

Groetjes,
Griet

Griet Claeys
Schrijnwerkerij Claeys bv | Ardooisesteenweg 212, 8700 Tielt | 051 40 18 66

-----Oorspronkelijk bericht-----
Van: Jens Van Hoecke <jens@houtcalc.be>
Verzonden: dinsdag 17 november 2026 16:42
Aan: Griet Claeys <griet@schrijnwerkerijclaeys.be>
Onderwerp: offerte calculatietool ramen en deuren - Schrijnwerkerij Claeys

Dag Griet,

Bedankt nog voor de koffie en de rondleiding in het atelier vorige week. Zoals beloofd hierbij
onze prijs om jullie calculatie van ramen en deuren uit die grote Excel te halen en in Houtcalc te
zetten.

Wat we doen
- We zetten voor jullie een eigen Houtcalc-omgeving op (webtoepassing, werkt in de browser op pc
  en tablet) voor 4 gebruikers: jij, Dries, Kobe en Sarah van de werfopvolging.
- We bouwen jullie rekenregels na: houtsoort, profiel, glastype, beslag, afwerking en plaatsing,
  met jullie eigen marges per productgroep.
- We importeren jullie huidige prijslijst (profielen, glas, beslag, ongeveer 2.300 artikels) uit
  het Excelbestand dat je ons toonde.
- We maken een offertesjabloon in pdf met jullie logo en jullie standaardteksten.
- Opleiding van een halve dag bij jullie in Tielt, voor alle vier de gebruikers samen.

Niet inbegrepen: een koppeling met jullie boekhoudpakket, het tekenen van de ramen (Houtcalc maakt
geen werktekeningen) en het later bijwerken van de prijzen van jullie leveranciers; dat doen jullie
zelf in het scherm Artikels.

Prijs (alles exclusief btw)
  Opzet omgeving en nabouwen rekenregels             EUR 2.400,00
  Import prijslijst                                  EUR   450,00
  Opleiding (halve dag ter plaatse)                  EUR   380,00
  Totaal eenmalig                                    EUR 3.230,00

  Abonnement Houtcalc: EUR 39,00 per gebruiker per maand, dus EUR 156,00 per maand voor 4
  gebruikers. Daarin zitten de hosting, de dagelijkse back-up, alle nieuwe versies van Houtcalc en
  de support.

De eenmalige bedragen factureren we bij de opleiding, het abonnement factureren we per jaar
vooraf. Betaling binnen 15 dagen na factuurdatum graag.

Het abonnement loopt per jaar vanaf de opleiding en wordt telkens stilzwijgend met een jaar
verlengd, tenzij je het uiterlijk een maand voor de vervaldag per mail opzegt. De prijs van het
abonnement kunnen we één keer per jaar aanpassen; we verwittigen je daarvan minstens twee maanden
op voorhand.

Als jullie later nog extra's willen (bijvoorbeeld een extra productgroep of een koppeling), dan
geven we eerst een schatting per mail en beginnen we pas als jij akkoord geeft. Ons uurtarief is
EUR 85,00.

Planning
  - tegen vrijdag 4 december bezorg jij ons de meest recente prijslijst (Excel) en vijf recente
    offertes die we als voorbeeld mogen gebruiken, en duid je één persoon aan die onze vragen over
    de rekenregels beantwoordt;
  - week 49-50: opzet omgeving, rekenregels en import, daarna sturen we je een testlogin;
  - week 51: jullie proberen de vijf voorbeeldoffertes na te maken in Houtcalc;
  - maandag 11 januari 2027: opleiding en ingebruikname.

Loopt er in de eerste maand na de ingebruikname iets mis met de import, de rekenregels of het
sjabloon, dan zetten we dat natuurlijk gratis recht.

Support: per mail op support@houtcalc.be of telefonisch op 09 298 44 10, op werkdagen van 8.30 tot
17.00 uur. We reageren binnen 4 werkuren. Ook na de opstart blijf ik jullie vaste aanspreekpunt;
Sofie doet de import en geeft de opleiding.

Houtcalc draait in een datacenter in Frankfurt. Stoppen jullie ooit met Houtcalc, dan krijg je
jullie artikels, klanten en offertes mee als Excelbestanden.

Laat je maar iets weten of dit zo goed is? Een mailtje met je akkoord volstaat, dan plannen we de
start in.

Met vriendelijke groeten,

Jens Van Hoecke
Houtcalc - Van Hoecke & De Baets comm.v.
Kortrijksesteenweg 801, 9000 Gent | 0478 21 90 35 | www.houtcalc.be
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "missing",
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
        "reporting.progress": "missing",
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
        "exit.data_return": "covered",
        "exit.escrow": "missing",
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
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 30,
        "response_time_hours_highest_priority": 4,
    },
)

NL_B19_FOODBANK_VOLUNTEER_PLATFORM_SAAS_AGREEMENT = UnseenDocument(
    name="nl_b19_foodbank_volunteer_platform_saas_agreement",
    text="""OVEREENKOMST VAN DIENSTVERLENING - VRIJWILLIGERSPLATFORM INZETBAAR
Kenmerk: INZ-2026-0412

PARTIJEN
1. Inzetbaar B.V., gevestigd aan de Kanaalweg 17G, 3526 KL Utrecht, KvK-nummer 81204637, hierbij
   rechtsgeldig vertegenwoordigd door de heer R. (Ruben) Vos, directeur, hierna "Leverancier";
2. Stichting Voedselbank Eemland, gevestigd aan de Nijverheidsweg-Noord 54, 3812 PM Amersfoort,
   KvK-nummer 32117540, hierbij rechtsgeldig vertegenwoordigd door mevrouw J. (Joke) van Dijk,
   voorzitter, hierna "Opdrachtgever";

OVERWEGENDE DAT Opdrachtgever de planning van haar circa 480 vrijwilligers (uitgifte, sorteren,
chauffeurs en intake) wil overbrengen van Excel en WhatsApp-groepen naar een online platform;

KOMEN OVEREEN:

Artikel 1 - Onderwerp en rangorde
1.1 Leverancier stelt het platform Inzetbaar (webapplicatie en app voor iOS en Android) als online
dienst ter beschikking, met de modules Roosters, Beschikbaarheid, Berichten en Vrijwilligersdossier.
1.2 Onderdeel van deze overeenkomst zijn: bijlage 1 - offerte INZ-O-26-377 van 2 november 2026;
bijlage 2 - algemene voorwaarden van Leverancier; bijlage 3 - verwerkersovereenkomst. Bij
tegenstrijdigheid gaat deze overeenkomst voor op de bijlagen, en gaat bijlage 3 voor op bijlage 2.
Algemene voorwaarden van Opdrachtgever zijn niet van toepassing.

Artikel 2 - Inrichting en livegang
2.1 Leverancier richt het platform in voor de vier locaties van Opdrachtgever, importeert het
vrijwilligersbestand (naam, contactgegevens, taken, vaste beschikbaarheid) uit het Excelbestand van
Opdrachtgever en verzorgt twee online trainingen van twee uur voor de coördinatoren.
2.2 Opdrachtgever levert het Excelbestand, volgens het importsjabloon van Leverancier, uiterlijk
8 januari 2027 aan en wijst een vaste contactpersoon aan voor vragen over de inrichting.
2.3 Na de import heeft Opdrachtgever een testperiode van tien werkdagen. Opdrachtgever aanvaardt de
inrichting per e-mail of meldt binnen die periode de gevonden fouten, die Leverancier binnen vijf
werkdagen herstelt, waarna een nieuwe controle van vijf werkdagen volgt.
2.4 De livegang is gepland op maandag 1 februari 2027.

Artikel 3 - Vergoedingen en betaling
3.1 Alle bedragen zijn exclusief btw.
    Inrichting, import en trainingen (eenmalig)                     EUR 1.250,00
    Abonnement, maatschappelijk tarief tot 600 vrijwilligers        EUR   185,00 per maand
3.2 In het abonnement zijn inbegrepen: hosting, back-ups, support, onderhoud en nieuwe versies,
onbeperkt aantal coordinatoraccounts en de app voor de vrijwilligers. Niet inbegrepen zijn
maatwerk, koppelingen met andere systemen en sms-berichten (EUR 0,08 per bericht).
3.3 De inrichting wordt gefactureerd bij livegang, het abonnement jaarlijks vooraf. Facturen worden
binnen 30 dagen na factuurdatum voldaan.
3.4 Leverancier kan de abonnementsprijs jaarlijks per 1 januari aanpassen met ten hoogste het
percentage van de CBS-consumentenprijsindex (CPI, alle huishoudens) over het voorgaande jaar.
3.5 Aanvullende werkzaamheden voert Leverancier alleen uit op basis van een schriftelijke offerte
die Opdrachtgever vooraf heeft goedgekeurd; het uurtarief in 2027 bedraagt EUR 110,00.

Artikel 4 - Beschikbaarheid, support en onderhoud
4.1 Leverancier garandeert een beschikbaarheid van het platform van 99,5% per kalendermaand,
gemeten door een externe monitoringdienst. Gepland onderhoud vindt plaats op dinsdagnacht tussen
00.00 en 05.00 uur, wordt ten minste vijf dagen vooraf aangekondigd en telt niet mee.
4.2 Ligt de beschikbaarheid in een maand lager, dan crediteert Leverancier 5% van de maandelijkse
vergoeding per begonnen 0,5% onder de norm, met een maximum van 25% van die vergoeding.
4.3 Support is bereikbaar op werkdagen van 9.00 tot 17.00 uur via het supportportaal en op
telefoonnummer 030 207 45 90; storingen met prioriteit 1 kunnen buiten die uren worden gemeld op
het storingsnummer 030 207 45 99.
4.4 Reactie- en oplostijden:
    Prioriteit 1 - platform of app niet bruikbaar: reactie binnen 1 uur, workaround of oplossing
                   binnen 4 uur;
    Prioriteit 2 - een module werkt niet goed: reactie binnen 4 uur, oplossing binnen 2 werkdagen;
    Prioriteit 3 - vragen en wensen: reactie binnen 1 werkdag, oplossing in overleg.
4.5 Leverancier brengt ongeveer maandelijks nieuwe versies uit en deelt de releasenotes vooraf met
Opdrachtgever. Kritieke beveiligingsupdates worden binnen 72 uur na bekendwording geinstalleerd.
4.6 Leverancier wijst mevrouw I. (Ilse) Bakker aan als vaste customer success manager. Zij houdt de
inrichting van Opdrachtgever (locaties, taken, rechten) bij en is het eerste aanspreekpunt.

Artikel 5 - Rapportage en overleg
5.1 Leverancier stuurt per kwartaal een rapport met de gerealiseerde beschikbaarheid, de gemelde
storingen en de afhandeltijden.
5.2 Twee keer per jaar vindt een evaluatiegesprek plaats tussen de customer success manager en de
coordinator vrijwilligers van Opdrachtgever. Problemen die daar niet worden opgelost, worden
voorgelegd aan de directeur van Leverancier en de voorzitter van Opdrachtgever.

Artikel 6 - Duur en beeindiging
6.1 De overeenkomst gaat in op de datum van ondertekening en loopt tot 24 maanden na de livegang.
Daarna wordt zij telkens stilzwijgend verlengd met 12 maanden, tenzij een partij uiterlijk drie
maanden voor het einde van de lopende periode schriftelijk opzegt.
6.2 Elke partij kan de overeenkomst ontbinden als de andere partij een wezenlijke verplichting niet
nakomt en dat niet herstelt binnen 30 dagen na een schriftelijke ingebrekestelling.
6.3 Na het einde van de overeenkomst levert Leverancier binnen 30 dagen kosteloos een export van
alle gegevens van Opdrachtgever (vrijwilligers, roosters, berichten) in CSV-formaat. Op verzoek
houdt Leverancier het platform nog ten hoogste drie maanden in alleen-lezen modus beschikbaar en
werkt zij mee aan de overdracht naar een andere leverancier tegen het uurtarief van artikel 3.5.
Daarna verwijdert Leverancier alle gegevens binnen 60 dagen en bevestigt zij dat schriftelijk.

Artikel 7 - Intellectuele eigendom en gegevens
7.1 Alle rechten op het platform blijven bij Leverancier. Opdrachtgever krijgt voor de duur van de
overeenkomst een niet-exclusief recht om het platform te gebruiken. De gegevens die Opdrachtgever
in het platform invoert, blijven eigendom van Opdrachtgever.

Artikel 8 - Aansprakelijkheid
8.1 De aansprakelijkheid van Leverancier is per gebeurtenis beperkt tot het bedrag dat
Opdrachtgever in de drie maanden voorafgaand aan de schadeveroorzakende gebeurtenis aan
abonnementsgelden heeft betaald. Leverancier is niet aansprakelijk voor indirecte schade,
gevolgschade of verlies of beschadiging van gegevens.

Artikel 9 - Geheimhouding en persoonsgegevens
9.1 Partijen houden alle vertrouwelijke informatie die zij van elkaar ontvangen geheim, ook na het
einde van de overeenkomst.
9.2 Leverancier verwerkt de persoonsgegevens van de vrijwilligers als verwerker in de zin van de
AVG, uitsluitend volgens de verwerkersovereenkomst van bijlage 3. De gegevens worden opgeslagen in
een datacenter in Amsterdam; Leverancier meldt een datalek binnen 24 uur aan Opdrachtgever.

Artikel 10 - Geschillen en toepasselijk recht
10.1 Op deze overeenkomst is Nederlands recht van toepassing.
10.2 Partijen proberen een geschil eerst in onderling overleg tussen de directeur van Leverancier en
de voorzitter van Opdrachtgever op te lossen. Lukt dat niet binnen 30 dagen, dan wordt het geschil
voorgelegd aan de bevoegde rechter van de rechtbank Midden-Nederland.

Aldus overeengekomen en in tweevoud ondertekend,

Utrecht, 30 november 2026                       Amersfoort, 1 december 2026

Inzetbaar B.V.                                  Stichting Voedselbank Eemland
[handtekening]                                  [handtekening]
R. Vos, directeur                               J. van Dijk, voorzitter
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
        "team.replacement": "missing",
        "team.seniority": "missing",
        "reporting.progress": "covered",
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
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "availability_percent": 99.5,
        "response_time_hours_highest_priority": 1,
    },
)

NL_B19_TREE_NURSERY_IRRIGATION_MAINTENANCE_CONTRACT = UnseenDocument(
    name="nl_b19_tree_nursery_irrigation_maintenance_contract",
    text="""HYDROTEC AUTOMATISERING BV
Brugsesteenweg 388 - 9940 Evergem - tel. 09 357 62 20 - service@hydrotec.be
BTW BE 0452.118.706 - RPR Gent, afdeling Gent

ONDERHOUDSCONTRACT nr. OC-2027-031
Beregeningsautomatisatie AquaLogic

Tussen Hydrotec Automatisering bv, hierna "Hydrotec",
en Boomkwekerij Van Acker-De Wilde bv, Kapellestraat 41, 9230 Wetteren,
ondernemingsnummer 0438.902.115, vertegenwoordigd door de heer Filip Van Acker, zaakvoerder,
hierna "de klant".

1. Voorwerp
Dit contract regelt het onderhoud van de beregeningsinstallatie-sturing van de klant, zoals
beschreven in het installatiedossier: de stuurcomputer AquaLogic 3 in de pompkamer, 46
sectorkleppen op 7 containervelden, de 2 frequentiegestuurde pompen, de EC/pH-meting van de
bemestingsunit, 5 bodemvochtsensoren en de AquaLogic-software op de kantoor-pc, met de app
AquaLogic Mobile voor de smartphones van de klant.

2. Inhoud van de formule "Seizoenszeker"
- één preventief nazicht per jaar ter plaatse in de maand maart, vóór het beregeningsseizoen:
  controle en kalibratie van de EC/pH-meting en de sensoren, test van alle kleppen en pompsturingen,
  controle van de alarmen en een back-up van de volledige programmatie;
- bewaking op afstand van de stuurcomputer en automatische melding bij een alarm;
- telefonische hulp en hulp op afstand bij bediening en programmatie;
- updates van de firmware van de AquaLogic 3 en van de AquaLogic-software en -app, inclusief de
  beveiligingsupdates, geïnstalleerd op afstand na afspraak met de klant;
- voorrang bij storingen tijdens het beregeningsseizoen (april tot en met september).

3. Bereikbaarheid en interventies
3.1 De servicedienst is bereikbaar op werkdagen van 7.30 tot 17.00 uur op 09 357 62 20 en via
service@hydrotec.be. Van april tot en met september is er bovendien een wachtdienst op zaterdag,
zondag en feestdagen van 7.00 tot 20.00 uur op 0475 90 12 44.
3.2 Bij een storing waardoor de beregening van één of meer velden volledig stilvalt, neemt een
technieker binnen 2 uur na de melding contact op met de klant en probeert hij de storing op
afstand te verhelpen. Lukt dat niet, dan komt een technieker zo snel mogelijk ter plaatse.
Andere storingen en vragen worden de volgende werkdag behandeld.
3.3 Hydrotec houdt het installatiedossier van de klant bij (plan van de velden en sectoren,
kleppen, pompen, sensoren, schema's van de kast en de laatste back-up van de programmatie). Vaste
technieker voor de klant is Bart Rogiers.
3.4 Na het preventief nazicht ontvangt de klant een nazichtrapport met de uitgevoerde controles,
de meetwaarden na kalibratie en de aanbevolen vervangingen.
3.5 Hydrotec verbindt zich voor de interventies tot een middelenverbintenis.

4. Verplichtingen van de klant
De klant zorgt voor een werkende internetverbinding van de stuurcomputer, meldt elke storing
onmiddellijk, geeft de technieker vrije toegang tot de pompkamer en de velden, en laat geen derden
werken aan de sturing of de bekabeling. Hij plant het preventief nazicht vóór 15 februari in.

5. Prijs en betaling
5.1 De vergoeding voor de formule Seizoenszeker bedraagt EUR 1.680,00 per jaar, exclusief btw. Ze
wordt jaarlijks in januari gefactureerd en is betaalbaar binnen 30 dagen na factuurdatum.
5.2 Niet inbegrepen in de formule: vervangonderdelen (kleppen, spoelen, sensoren, printplaten),
nieuwe velden of uitbreidingen van de installatie, herstellingen na blikseminslag, vorst of
schade door machines, en interventies ter plaatse buiten het preventief nazicht. Die worden in
regie aangerekend aan EUR 72,00 per uur, verplaatsing EUR 45,00 per interventie, onderdelen volgens
de geldende prijslijst; uren tijdens de wachtdienst aan EUR 108,00 per uur.
5.3 Het jaarbedrag en de uurtarieven worden jaarlijks op 1 januari aangepast volgens de formule
P = P0 x (0,2 + 0,8 x S/S0), waarbij S het Agoria-referentieloon is.

6. Duur
Het contract gaat in op 1 januari 2027 voor een periode van één jaar. Het wordt telkens
stilzwijgend verlengd voor een jaar, tenzij een van de partijen het ten laatste drie maanden vóór
de vervaldag opzegt bij aangetekende brief.

7. Eigendom
De AquaLogic-software en -firmware blijven eigendom van Hydrotec. De klant heeft een gebruiksrecht
voor zijn eigen installatie zolang hij de software gebruikt.

8. Aansprakelijkheid
De aansprakelijkheid van Hydrotec is per jaar beperkt tot het jaarbedrag van de formule. Hydrotec is
in geen geval aansprakelijk voor schade aan gewassen of planten, teeltverlies, waterverbruik of
waterschade ten gevolge van een storing of een laattijdige interventie.

9. Algemene voorwaarden en geschillen
Op dit contract zijn de algemene verkoops- en servicevoorwaarden van Hydrotec van toepassing, die de
klant verklaart te hebben ontvangen. Bij strijdigheid gaan de algemene voorwaarden van Hydrotec voor
op dit contract. Het Belgisch recht is van toepassing; enkel de rechtbanken van Gent zijn bevoegd.

Opgemaakt te Evergem op 24 november 2026, in twee exemplaren.

Voor Hydrotec Automatisering bv                  Voor Boomkwekerij Van Acker-De Wilde bv
[handtekening]                                   [handtekening]
Hilde Martens, zaakvoerder                       Filip Van Acker, zaakvoerder
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "reporting.progress": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
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
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 2,
    },
)

NL_B19_TILE_WHOLESALER_PIM_PROJECT_AGREEMENT = UnseenDocument(
    name="nl_b19_tile_wholesaler_pim_project_agreement",
    text="""PROJECTOVEREENKOMST
Implementatie van een PIM-platform bij Tegelhuis Verstraete
Referentie CX-PO-2026-019

Tussen:
Catalogix bv, met zetel te Borsbeeksebrug 34, 2600 Berchem (Antwerpen), ondernemingsnummer
0723.554.190, vertegenwoordigd door mevrouw Eline Peeters, bestuurder, hierna "Catalogix";
en:
Tegelhuis Verstraete nv, met zetel te Meensesteenweg 297, 8800 Roeselare, ondernemingsnummer
0405.871.326, vertegenwoordigd door de heer Geert Verstraete, gedelegeerd bestuurder, hierna
"Tegelhuis".

Artikel 1 - Voorwerp en documenten
1.1 Catalogix implementeert voor Tegelhuis het PIM-platform Akeneo (Growth Edition, in de cloud),
als centrale bron voor de productinformatie van de ongeveer 14.000 artikels (tegels, natuursteen,
lijmen en voegen, sanitair) die vandaag verspreid zitten over het ERP (Microsoft Dynamics NAV), de
fiches van 23 leveranciers en de webshop.
1.2 De offerte CX-2026-088 van 3 november 2026 (bijlage 1) en het functioneel ontwerp dat in fase 1
wordt opgemaakt en door beide partijen wordt goedgekeurd, maken deel uit van deze overeenkomst.
Bij tegenstrijdigheid gaat deze overeenkomst voor op de bijlagen. Algemene voorwaarden van beide
partijen zijn niet van toepassing.

Artikel 2 - Inhoud van het project
2.1 Inbegrepen: de analyse en het functioneel ontwerp; het datamodel (families, attributen,
categorieën) in Akeneo; de eenmalige import van de artikels uit NAV en van de leveranciersfiches,
met ontdubbeling en normalisatie van eenheden en kleurnamen; een connector die nieuwe artikels en
prijzen dagelijks uit NAV overneemt; een export naar de Shopware-webshop van Tegelhuis; de
opleiding van de productbeheerders.
2.2 Niet inbegrepen: de Akeneo-licentie, die Tegelhuis rechtstreeks bij Akeneo afsluit; het maken
van productfoto's; het herschrijven van productteksten; aanpassingen aan NAV of aan de webshop
buiten de importmodule.

Artikel 3 - Budget, tarieven en facturatie
3.1 Het project wordt in regie uitgevoerd. Het geraamde budget bedraagt EUR 48.600,00 exclusief
btw, op basis van 60 mandagen aan een dagtarief van EUR 810,00. Het dagtarief ligt vast tot
31 december 2027.
3.2 Catalogix bewaakt het verbruik van het budget in het tweewekelijkse statusrapport. Dreigt het
geraamde budget met meer dan 10 % te worden overschreden, dan meldt Catalogix dat vooraf met een
verklaring en een nieuwe raming; bijkomende dagen boven die grens worden alleen gepresteerd en
gefactureerd na schriftelijk akkoord van Tegelhuis.
3.3 Wensen buiten het functioneel ontwerp worden behandeld via een wijzigingsverzoek. Catalogix
geeft binnen vijf werkdagen een raming van de impact op budget en planning; het werk start pas na
ondertekening van het wijzigingsverzoek door de projectsponsor van Tegelhuis.
3.4 Catalogix factureert maandelijks de gepresteerde dagen op basis van de door de projectleider
van Tegelhuis goedgekeurde timesheets. Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

Artikel 4 - Planning
4.1 Fase 1 analyse en functioneel ontwerp: januari 2027. Fase 2 datamodel en import: februari en
maart 2027. Fase 3 connectoren NAV en webshop: april 2027. Fase 4 acceptatietest en opleiding:
mei 2027. Ingebruikname: dinsdag 1 juni 2027.
4.2 Tegelhuis stelt een product owner (mevrouw Lien Vandenberghe, productmanager) twee dagen per
week ter beschikking, bezorgt tegen 15 januari 2027 een testtoegang tot NAV en de exports van de
leveranciersfiches, en keurt het functioneel ontwerp binnen tien werkdagen na ontvangst goed of
bezorgt opmerkingen.
4.3 Loopt het project vertraging op door Tegelhuis, dan worden de planning en de raming in de
stuurgroep herzien. Loopt het vertraging op door Catalogix, dan zet Catalogix zonder meerkost de
nodige extra capaciteit in om de datum van ingebruikname te halen; wordt die datum toch met meer
dan vier weken overschreden, dan worden de dagen van Catalogix vanaf dat moment aan 80 % van het
dagtarief gefactureerd.

Artikel 5 - Team en opvolging
5.1 Projectleider bij Catalogix is de heer Wim Jacobs, met de PIM-consultants Hanne Smet en Arno
Claes. De projectleider en ten minste één consultant hebben elk minstens vijf Akeneo-implementaties
uitgevoerd en zijn Akeneo-gecertificeerd.
5.2 Catalogix vervangt geen teamlid zonder voorafgaand akkoord van Tegelhuis, behalve bij ziekte
of vertrek. Een vervanger heeft een gelijkwaardig profiel, en Catalogix voorziet zonder kosten voor
Tegelhuis een overlap van vijf werkdagen.
5.3 Catalogix bezorgt om de twee weken een statusrapport (gepresteerde dagen, verbruikt budget,
afgewerkte taken, risico's en open punten). Elke maand komt een stuurgroep samen met de
projectleiders en de projectsponsor van Tegelhuis, de heer Geert Verstraete. Problemen die de
stuurgroep niet oplost, worden geëscaleerd naar de bestuurder van Catalogix en de gedelegeerd
bestuurder van Tegelhuis.
5.4 Catalogix test elke import en connector tegen een testplan dat deel uitmaakt van het
functioneel ontwerp; scripts worden door een tweede consultant nagelezen voor ze in productie gaan.
Catalogix verbindt zich ertoe de functionaliteiten van het goedgekeurde functioneel ontwerp te
realiseren.

Artikel 6 - Acceptatie, oplevering en nazorg
6.1 In mei 2027 voeren de productbeheerders van Tegelhuis gedurende drie weken een acceptatietest
uit aan de hand van de testscenario's uit het functioneel ontwerp. Blokkerende fouten herstelt
Catalogix vóór de ingebruikname; de aanvaarding wordt vastgelegd in een door beide partijen
ondertekend proces-verbaal.
6.2 Catalogix geeft twee opleidingssessies van een dag voor de acht productbeheerders van
Tegelhuis en begeleidt hen de eerste week na de ingebruikname ter plaatse.
6.3 Gedurende 60 dagen na de ingebruikname herstelt Catalogix kosteloos alle fouten in het datamodel,
de imports en de connectoren.
6.4 Bij de oplevering bezorgt Catalogix de documentatie van het datamodel, de connectoren en de
importprocedures, en draagt zij in drie sessies het beheer over aan de interne PIM-beheerder van
Tegelhuis. Voor het onderhoud na de nazorgperiode kan Tegelhuis een onderhoudsformule bij
Catalogix afsluiten; Catalogix bezorgt daarvoor vóór 1 mei 2027 een voorstel.

Artikel 7 - Duur en beëindiging
7.1 De overeenkomst loopt tot het einde van de nazorgperiode van artikel 6.3.
7.2 Tegelhuis kan de overeenkomst op elk moment opzeggen met een opzegtermijn van 30 dagen; de
tot dan gepresteerde dagen blijven verschuldigd. Elke partij kan de overeenkomst ontbinden bij een
ernstige tekortkoming van de andere partij die niet is hersteld binnen 15 dagen na een aangetekende
ingebrekestelling.
7.3 Bij het einde van de overeenkomst, om welke reden ook, draagt Catalogix binnen tien werkdagen
alle werkdocumenten, configuraties, scripts en tussentijdse databestanden over aan Tegelhuis, en
werkt zij gedurende ten hoogste twintig werkdagen mee aan de overdracht aan een andere partner,
aan het dagtarief van artikel 3.1. Daarna verwijdert Catalogix haar kopieën van de gegevens.

Artikel 8 - Intellectuele eigendom
8.1 De configuratie, de scripts en de connectoren die Catalogix voor Tegelhuis ontwikkelt, worden
na betaling eigendom van Tegelhuis. Catalogix plaatst de broncode doorlopend in de Git-repository
van Tegelhuis. De Akeneo-software valt onder de licentievoorwaarden van Akeneo.

Artikel 9 - Aansprakelijkheid
9.1 De aansprakelijkheid van Catalogix is beperkt tot het totaal van de bedragen die op grond van
deze overeenkomst zijn gefactureerd. Catalogix is niet aansprakelijk voor onrechtstreekse schade
zoals winstderving, behalve bij opzet of zware fout.

Artikel 10 - Vertrouwelijkheid en persoonsgegevens
10.1 Partijen houden alle informatie over elkaars onderneming, waaronder de inkoopprijzen en
marges van Tegelhuis, vertrouwelijk, tijdens de overeenkomst en drie jaar erna.
10.2 Voor zover Catalogix via de toegang tot NAV persoonsgegevens van klanten of contactpersonen
van Tegelhuis verwerkt, doet zij dat als verwerker volgens de verwerkersovereenkomst die als
bijlage 2 bij deze overeenkomst is gevoegd en door beide partijen is ondertekend.

Artikel 11 - Geschillen
11.1 Deze overeenkomst wordt beheerst door het Belgisch recht.
11.2 Een geschil wordt eerst voorgelegd aan de stuurgroep en daarna aan de bestuurders van beide
partijen. Is het na dertig dagen niet opgelost, dan stellen partijen een erkend bemiddelaar aan.
Slaagt de bemiddeling niet, dan zijn de rechtbanken van Gent, afdeling Kortrijk, bevoegd.

Opgemaakt te Roeselare op 3 december 2026, in twee exemplaren.

Voor Catalogix bv                                Voor Tegelhuis Verstraete nv
(handtekening)                                   (handtekening)
Eline Peeters, bestuurder                        Geert Verstraete, gedelegeerd bestuurder
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
        "maintenance.services": "partial",
        "maintenance.support_hours": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
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
        "warranty_days": 60,
    },
)


NL_DOCUMENTS = [
    NL_B19_JOINERY_QUOTATION_TOOL_EMAIL_OFFER,
    NL_B19_FOODBANK_VOLUNTEER_PLATFORM_SAAS_AGREEMENT,
    NL_B19_TREE_NURSERY_IRRIGATION_MAINTENANCE_CONTRACT,
    NL_B19_TILE_WHOLESALER_PIM_PROJECT_AGREEMENT,
]
