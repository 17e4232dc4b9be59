"""Training batch 6 (writer b), Dutch documents: a Flemish contract (numbered articles, signed by
both parties) for the integration of a label printing solution with SAP Business One at a meat
products manufacturer, a Netherlands rental order form for forty warehouse scanners under the
supplier's rental terms (signed by both parties), a short informal Flemish e-mail proposal for
cleansing the donor database in the CRM of a non-profit (to be accepted by e-mail), and a
Netherlands order confirmation for transferring three WordPress websites and their domain names
to a new hosting provider with managed hosting afterwards (signed digitally by both parties).

Written on 2026-12-05 by a helper session as training documents for the checklist model, without
reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Conventions: months = 30 days for notice and warranty;
response time of the highest priority in hours (working hours counted as hours; 15 minutes =
0.25, 30 minutes = 0.5); a quote accepted by e-mail or an empty client signature line raises
risk.unsigned; supplier's general terms that apply at all raise risk.supplier_terms_prevail.
"""

from .unseen_documents import UnseenDocument

NL_T6B_LABEL_PRINTING_INTEGRATION = UnseenDocument(
    name="nl_t6b_label_printing_integration",
    text="""OVEREENKOMST BETREFFENDE DE INTEGRATIE VAN EEN ETIKETTERINGSOPLOSSING
Ref. LBQ-2026-044

TUSSEN
Labelinq bv, met maatschappelijke zetel te Lammerdries 19, 2250 Olen, ondernemingsnummer
0712.884.309, vertegenwoordigd door de heer Bart Peeters, zaakvoerder, hierna "Labelinq",

EN
Vleeswaren Claes nv, met maatschappelijke zetel te Ambachtsstraat 7, 3980 Tessenderlo,
ondernemingsnummer 0448.120.776, vertegenwoordigd door mevrouw Hilde Claes, gedelegeerd bestuurder,
hierna "de Klant",

WORDT OVEREENGEKOMEN WAT VOLGT.

Artikel 1 - Voorwerp en contractdocumenten
1.1 Labelinq levert en installeert een etiketteringsoplossing op basis van het platform LabelFlow
en koppelt die met SAP Business One van de Klant, zodat op de drie verpakkingslijnen en in de
expeditie automatisch de productetiketten (met allergenen, THT-datum en lotnummer) en de GS1-128
palletetiketten worden gedrukt op basis van de productieorders en leveringen in SAP.
1.2 De overeenkomst bestaat uit deze tekst, bijlage 1 (functionele analyse v1.2 van 04/11/2026),
bijlage 2 (offerte LBQ-OF-26-198 van 21/10/2026) en bijlage 3 (verwerkersovereenkomst). Bij
tegenstrijdigheid geldt deze rangorde: deze tekst, bijlage 3, bijlage 1, bijlage 2. De algemene
voorwaarden van beide partijen zijn niet van toepassing.

Artikel 2 - Leveringen en prijs
2.1 Eenmalige vergoedingen (exclusief btw):
    6 industriële etiketprinters 300 dpi, met netwerkmodule                  € 16.740,00
    2 print-and-apply-systemen voor palletetiketten                          € 38.900,00
    licentie LabelFlow Enterprise (1 site, 10 printers), eeuwigdurend        €  7.250,00
    koppeling met SAP Business One en 14 etiketsjablonen (vaste prijs)       € 14.600,00
    installatie, tests en opstartbegeleiding                                 €  5.400,00
    opleiding operatoren en key users                                        €  1.350,00
    TOTAAL EENMALIG                                                          € 84.240,00
2.2 Onderhoudsformule LabelCare (artikel 7): € 640,00 per maand, verschuldigd vanaf de voorlopige
aanvaarding.
2.3 Niet inbegrepen: verbruiksmateriaal (etiketten en linten), aanpassingen in SAP Business One
zelf door de SAP-partner van de Klant, en de netwerk- en stroomaansluitingen tot aan de
printerlocaties.
2.4 Facturatie: 30 % van de eenmalige vergoeding bij ondertekening, 60 % na installatie op alle
lijnen, 10 % bij de definitieve aanvaarding. LabelCare wordt per kwartaal vooraf gefactureerd.
Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.
2.5 De vergoeding van LabelCare en de uurtarieven worden jaarlijks op 1 januari, voor het eerst op
1 januari 2028, aangepast volgens de formule P1 = P0 x (0,2 + 0,8 x S1/S0), waarbij S de
Agoria-referentieloonkost is.
2.6 Meerwerk voert Labelinq enkel uit na een schriftelijke prijsofferte die de Klant vooraf voor
akkoord heeft ondertekend. Uurtarieven 2027: consultant € 98,00, technieker € 82,00.

Artikel 3 - Planning en verplichtingen van de Klant
3.1 Levering van de printers in week 2 van 2027; ontwikkeling van de koppeling en de sjablonen in
week 3 tot 6; installatie op lijn 1 in week 7, op lijn 2, lijn 3 en in de expeditie in week 8;
productietest in week 9; ingebruikname uiterlijk op 1 maart 2027.
3.2 De Klant (a) geeft Labelinq uiterlijk op 8 januari 2027 via haar SAP-partner toegang tot een
testdatabank, (b) laat vóór week 7 stroom en netwerk op elke printerlocatie aanleggen, (c) zorgt
dat de artikelgegevens (allergenen, houdbaarheid, GTIN) vóór week 6 volledig in SAP staan, en
(d) stelt haar key user de heer Jan Wouters één dag per week ter beschikking.
3.3 Is de ingebruikname door de schuld van Labelinq niet gebeurd op 1 maart 2027, dan betaalt
Labelinq een forfaitaire vergoeding van € 250,00 per werkdag vertraging, met een maximum van 5 %
van de totale eenmalige vergoeding. Vertraging door het niet nakomen van 3.2 geeft Labelinq recht
op een nieuwe planning; de bijkomende prestaties worden aan de tarieven van 2.6 aangerekend.

Artikel 4 - Team en opvolging
4.1 Projectleider bij Labelinq is mevrouw Sofie Mertens (sofie.mertens@labelinq.be,
0478 55 12 09). De koppeling wordt gebouwd door de heer Dries Janssens, senior ontwikkelaar met
acht jaar ervaring in SAP Business One-integraties; de installaties gebeuren door door de fabrikant
gecertificeerde techniekers.
4.2 Labelinq vervangt de projectleider of de ontwikkelaar alleen met voorafgaand akkoord van de
Klant, door een persoon met gelijkwaardige ervaring; de inwerktijd komt ten laste van Labelinq.
4.3 Om de twee weken vindt een projectvergadering plaats tussen de projectleider en de key user;
Labelinq stuurt binnen twee werkdagen een verslag met de voortgang, de openstaande punten en de
planning. Geraken zij het niet eens, dan wordt het punt voorgelegd aan de zaakvoerder van Labelinq
en de gedelegeerd bestuurder van de Klant.

Artikel 5 - Ingebruikname, tests en aanvaarding
5.1 Labelinq installeert en configureert de printers, de print-and-apply-systemen en LabelFlow ter
plaatse en zet de koppeling in productie. Op de eerste twee productiedagen na de ingebruikname is
een technieker van Labelinq tijdens beide ploegen aanwezig om de operatoren bij te staan.
5.2 Labelinq geeft per ploeg een opleiding van twee uur aan de operatoren en een opleiding van een
dag aan de key users, en bezorgt een Nederlandstalige gebruikershandleiding.
5.3 De productietest duurt vijf productiedagen, volgens de testscenario's van bijlage 1. De test is
geslaagd wanneer alle gedrukte etiketten de juiste gegevens uit SAP bevatten, de GS1-128 barcodes
bij verificatie minstens graad B halen en er geen blokkerende fout is opgetreden.
5.4 Binnen vijf werkdagen na de test ondertekent de Klant het proces-verbaal van voorlopige
aanvaarding of meldt zij schriftelijk de vastgestelde fouten; Labelinq herstelt die binnen tien
werkdagen, waarna de test op de betrokken punten wordt herhaald.
5.5 Gedurende zes maanden na de voorlopige aanvaarding herstelt Labelinq kosteloos elke fout in de
koppeling en de sjablonen. Op de printers geldt een fabrieksgarantie van drie jaar, die Labelinq
zelf afhandelt. Na afloop van die zes maanden volgt de definitieve aanvaarding.
5.6 Bij de voorlopige aanvaarding overhandigt Labelinq de technische documentatie (datamodel,
mapping van de SAP-velden, configuratie van de printers) en de volledige broncode van de
koppeling, zodat de Klant de koppeling ook zonder Labelinq kan laten onderhouden.

Artikel 6 - Intellectuele rechten
6.1 De koppeling en de etiketsjablonen worden na volledige betaling eigendom van de Klant.
LabelFlow blijft eigendom van de uitgever; de Klant verkrijgt een eeuwigdurende, niet-exclusieve
licentie voor één site.

Artikel 7 - Onderhoud LabelCare
7.1 LabelCare omvat: de helpdesk, ondersteuning op afstand, het herstel van fouten in de
koppeling, de updates en beveiligingspatches van LabelFlow, de aanpassing van de koppeling bij
updates van SAP Business One binnen dezelfde hoofdversie, twee preventieve onderhoudsbeurten per
jaar aan de printers en een vervangprinter ter plaatse.
7.2 De helpdesk is op werkdagen bereikbaar van 6.00 tot 22.00 uur op 014 22 81 40 en via
support@labelinq.be. Voor prioriteit 1 is buiten die uren een piketnummer 24 uur per dag
beschikbaar.
7.3 Termijnen:
    Prioriteit 1 - een lijn of de expeditie kan geen etiketten drukken:
                   reactie binnen 1 uur, werkende omweg binnen 4 uur, herstel binnen 1 werkdag
    Prioriteit 2 - hinder zonder stilstand:
                   reactie binnen 4 werkuren, herstel binnen 3 werkdagen
    Prioriteit 3 - vragen en kleine wijzigingen: antwoord binnen 2 werkdagen
7.4 Wordt de termijn voor de omweg bij prioriteit 1 overschreden, dan crediteert Labelinq 25 %
van de maandvergoeding per geval, met een maximum van 100 % van de maandvergoeding per maand.
7.5 Labelinq houdt een configuratiedossier van de installatie bij de Klant bij (printers,
IP-adressen, sjablonen, softwareversies) dat de helpdesk bij elke melding raadpleegt. Vaste
accountmanager voor de Klant is de heer Kevin Aerts.
7.6 Labelinq bezorgt elk kwartaal een servicerapport met de meldingen, de gerealiseerde
reactietijden en de uitgevoerde onderhoudsbeurten.

Artikel 8 - Duur en beëindiging
8.1 LabelCare loopt voor een initiële periode van 36 maanden vanaf de voorlopige aanvaarding en
wordt daarna stilzwijgend verlengd voor opeenvolgende periodes van 12 maanden, tenzij een partij
opzegt bij aangetekende brief ten minste drie maanden vóór het einde van de lopende periode.
8.2 Elke partij kan de overeenkomst ontbinden wanneer de andere partij een wezenlijke verplichting
niet nakomt en dat niet rechtzet binnen dertig dagen na een aangetekende ingebrekestelling.
8.3 Bij het einde van LabelCare bezorgt Labelinq binnen tien werkdagen een export van alle
sjablonen en de volledige configuratie in het open exportformaat van LabelFlow. Gedurende ten
hoogste drie maanden blijft Labelinq op verzoek de helpdesk verzorgen en helpt zij de nieuwe
leverancier bij de overname, tegen de uurtarieven van 2.6.

Artikel 9 - Aansprakelijkheid
9.1 De aansprakelijkheid van Labelinq is voor alle schadegevallen samen beperkt tot de totale
eenmalige vergoeding van artikel 2.1. Labelinq is niet aansprakelijk voor onrechtstreekse schade,
behalve bij opzet of zware fout.

Artikel 10 - Vertrouwelijkheid en persoonsgegevens
10.1 Partijen houden de recepturen, klantgegevens en andere informatie die zij van elkaar
ontvangen vertrouwelijk, tijdens de overeenkomst en vijf jaar erna.
10.2 Voor zover Labelinq via SAP toegang heeft tot persoonsgegevens, verwerkt zij die als
verwerker volgens de verwerkersovereenkomst van bijlage 3.

Artikel 11 - Toepasselijk recht en geschillen
11.1 Op deze overeenkomst is het Belgisch recht van toepassing.
11.2 Een geschil wordt eerst voorgelegd aan de zaakvoerder van Labelinq en de gedelegeerd
bestuurder van de Klant. Vinden zij binnen dertig dagen geen minnelijke oplossing, dan is
uitsluitend de ondernemingsrechtbank Antwerpen, afdeling Hasselt, bevoegd.

Opgemaakt te Tessenderlo op 03/12/2026 in twee originelen, waarvan elke partij er één ontvangt.

Voor Labelinq bv                                Voor Vleeswaren Claes nv
(handtekening)                                  (handtekening)
Bart Peeters, zaakvoerder                       Hilde Claes, gedelegeerd bestuurder
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
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 180,
        "response_time_hours_highest_priority": 1,
    },
)

NL_T6B_WAREHOUSE_SCANNER_RENTAL = UnseenDocument(
    name="nl_t6b_warehouse_scanner_rental",
    text="""SCANPOINT RENT - ORDERFORMULIER HUUROVEREENKOMST
Scanpoint B.V. | Nijverheidsweg 40 | 3341 LJ Hendrik-Ido-Ambacht | KvK 58120974
T 078 681 44 00 | rent@scanpoint.nl | www.scanpoint.nl

Huurovereenkomst nr.  SPR-2026-1187
Datum                 12-11-2026
Accountmanager        Ruud Verbeek, 06 41 27 88 03, r.verbeek@scanpoint.nl

HUURDER
Koeltransport Verhoef B.V., Zuidwalweg 12, 2991 LN Barendrecht, KvK 24311867
Contactpersoon: mevr. D. (Dewi) Kramer, hoofd logistiek

1. GEHUURDE APPARATUUR
   40  x  handheld mobile computer CT45, Android, met ingebouwde 2D-scanner
    8  x  laadstation voor 5 toestellen, incl. voeding
   40  x  beschermhoes met handlus
    2  x  reservetoestel (spare pool) op locatie

2. TARIEVEN (exclusief btw)
   Huur incl. Swap & Go-service, per toestel per maand      €    39,50
   Maandtermijn 40 toestellen                               €  1.580,00
   Laadstations, hoezen en spare pool                       inbegrepen
   Eenmalig: staging en configuratie (WMS-app, wifi)        €  1.250,00
   Eigen risico bij breuk, vocht of verlies, per toestel    €    150,00
Niet inbegrepen: licenties van de WMS-app van de huurder, wifi-dekking in het magazijn,
etiketten en printers.
Extra werkzaamheden, zoals herconfiguratie bij een nieuwe versie van de WMS-app, voeren wij uit
tegen € 85,00 per uur, na uw akkoord op een vooraf opgegeven schatting.
Scanpoint is gerechtigd de huurprijs en de inhoud van de service te wijzigen; wijzigingen worden
ten minste één maand van tevoren schriftelijk aangekondigd.

3. LEVERING
De huurder bezorgt binnen 5 werkdagen na ondertekening het installatiebestand van de WMS-app en
de wifi-instellingen (SSID, certificaten). Scanpoint levert de toestellen binnen 10 werkdagen
daarna volledig geconfigureerd af, plaatst de laadstations in de expeditieruimte en geeft de
teamleiders ter plaatse een instructie van een uur.

4. SWAP & GO-SERVICE
- Helpdesk op werkdagen van 8.30 tot 17.00 uur, telefonisch en via rent@scanpoint.nl.
- Meldingen worden binnen 4 werkuren in behandeling genomen.
- Een defect toestel dat vóór 15.00 uur wordt gemeld, wordt de volgende werkdag per koerier
  omgewisseld voor een geconfigureerd vervangtoestel; tot dan gebruikt u de spare pool.
- Scanpoint installeert elk kwartaal de beveiligingsupdates van Android en houdt per toestel de
  configuratie en het serienummer bij in zijn klantdossier.

5. LOOPTIJD EN OPZEGGING
De overeenkomst gaat in op de dag van levering en heeft een looptijd van 36 maanden. Zij wordt
daarna stilzwijgend verlengd met telkens 12 maanden, tenzij een van de partijen uiterlijk 3 maanden
vóór het einde van de lopende termijn schriftelijk opzegt. Tussentijdse opzegging is niet
mogelijk; bij vroegtijdige beëindiging op verzoek van de huurder zijn de resterende maandtermijnen
direct opeisbaar. Bij het einde levert de huurder alle toestellen compleet in; Scanpoint wist ze
en rekent voor ontbrekende toestellen € 650,00 per stuk.

6. BETALING
Maandelijks vooraf via automatische incasso; de staging wordt gefactureerd bij levering.
Betalingstermijn 14 dagen na factuurdatum.

7. VOORWAARDEN
Op deze overeenkomst zijn de Algemene Huurvoorwaarden van Scanpoint B.V. (versie 2025) van
toepassing, die de huurder heeft ontvangen. In geval van strijdigheid gaan de Algemene
Huurvoorwaarden voor. De aansprakelijkheid van Scanpoint is beperkt tot het bedrag van drie
maandtermijnen; Scanpoint is nooit aansprakelijk voor gegevensverlies, bedrijfsstilstand of
gevolgschade. De apparatuur blijft eigendom van Scanpoint. Op deze overeenkomst is Nederlands recht
van toepassing; geschillen worden voorgelegd aan de rechtbank Rotterdam.

Voor Scanpoint B.V.                       Voor Koeltransport Verhoef B.V.
Naam: R. Verbeek, accountmanager          Naam: D. Kramer, hoofd logistiek
Datum: 12-11-2026                         Datum: 14-11-2026
Handtekening: [getekend]                  Handtekening: [getekend]
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
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
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
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
        "response_time_hours_highest_priority": 4,
    },
)

NL_T6B_CRM_DATA_CLEANSING_EMAIL = UnseenDocument(
    name="nl_t6b_crm_data_cleansing_email",
    text="""Van: Elke Vanhove <elke@datazuiver.be>
Aan: Koen Declercq <koen.declercq@kinderkansen.be>
Datum: donderdag 26 november 2026 16:42
Onderwerp: Voorstel opkuis donateursbestand Salesforce

Dag Koen,

Fijn dat we vorige week even konden bellen. Zoals beloofd hierbij ons voorstel voor de opkuis
van jullie donateursbestand in Salesforce, zodat jullie de eindejaarsmailing en de fiscale
attesten voortaan met een proper bestand kunnen doen.

Wat we doen
- Analyse van de ca. 48.000 contacten en 31.000 huishoudens: dubbels, onvolledige adressen,
  overleden donateurs die nog actief staan, verkeerde taalcodes.
- Opstellen van de regels om dubbels te herkennen en samen te voegen. Die regels testen we eerst
  op een steekproef van 500 records die jij (of iemand die je aanduidt) nakijkt en goedkeurt
  voor we het volledige bestand aanpakken.
- Samenvoegen van de dubbels, rechtzetten van de adressen volgens het officiële adresbestand en
  aanpassen van de taalcodes.
- Vóór we iets samenvoegen nemen we een volledige export als back-up, zodat we bij een probleem
  alles kunnen terugzetten.

Niet inbegrepen: het aanvullen van ontbrekende e-mailadressen of telefoonnummers, de opkuis van de
giftenhistoriek en aanpassingen aan jullie Salesforce-configuratie zelf.

Wie en wanneer
Ik doe dit zelf samen met mijn collega Tom Lenaerts. We kunnen starten op 11 januari en mikken
op afronding tegen 29 januari, ruim voor de attesten de deur uit moeten.
Van jullie kant hebben we nodig: vóór de start een beheerdersaccount in Salesforce, en iemand
die tijdens het project binnen twee werkdagen beslist over twijfelgevallen (dubbels waar we niet
zeker zijn).
Elke vrijdag stuur ik je een korte update met wat af is en welke twijfelgevallen er openstaan.
Op het einde krijg je een kort rapport met de cijfers (hoeveel dubbels samengevoegd, adressen
verbeterd, enz.) en de regels die we gebruikt hebben, zodat jullie die zelf kunnen herhalen.

Prijs
We rekenen op 6 à 8 mandagen aan ons dagtarief van € 690,00 excl. btw. Dreigen we boven de 8
dagen uit te komen, dan laat ik je dat vooraf weten en gaan we pas verder na jouw akkoord.
We factureren na afloop op basis van de gepresteerde dagen, betaalbaar binnen 30 dagen.

Privacy
Omdat het om persoonsgegevens van jullie donateurs gaat, tekenen we vooraf onze
verwerkersovereenkomst (zie bijlage). We werken enkel in jullie eigen Salesforce-omgeving en op
versleutelde laptops, en na afloop wissen we alle exports bij ons. Uiteraard behandelen we alles
wat we te zien krijgen strikt vertrouwelijk.

Verder gelden onze algemene voorwaarden (datazuiver.be/voorwaarden).

Als dit voor jou ok is, volstaat een kort mailtje terug, dan zetten we de start in onze agenda.

Groeten,
Elke

Elke Vanhove
Datazuiver bv - CRM-data voor vzw's
Vaartstraat 52, 3000 Leuven | 0486 33 71 20 | BTW BE 0791.664.205

Bijlage: Verwerkersovereenkomst_Datazuiver_v3.pdf
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "partial",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "maintenance.services": "missing",
        "maintenance.support_hours": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "missing",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
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
        "payment_term_days": 30,
    },
)

NL_T6B_WEBSITE_HOSTING_TRANSFER = UnseenDocument(
    name="nl_t6b_website_hosting_transfer",
    text="""OPDRACHTBEVESTIGING VERHUIZING EN BEHEERDE HOSTING
Hostwerk B.V. - Kanaalweg 17G, 3526 KL Utrecht - KvK 67203318 - support@hostwerk.nl

Klant:      Van Dijk & Bos Makelaars B.V., Oudegracht 211, 3511 NH Utrecht
            contactpersoon: dhr. J. (Jeroen) Bos
Kenmerk:    HW-OB-2026-0932
Datum:      1 december 2026

Beste Jeroen,

Hierbij bevestigen wij de afspraken over de verhuizing van jullie websites en domeinnamen naar
Hostwerk en het beheer daarna. Je vaste contactpersoon voor de verhuizing is Mark de Vries
(projectleider, 030 760 22 41).

1. Wat we verhuizen
- De websites vandijkbos.nl, vandijkbos-verhuur.nl en nieuwbouwwijkdehoven.nl (WordPress), met
  alle bestanden en databases, inclusief de koppeling met het woningaanbod van jullie makelaars-
  software.
- De domeinnamen vandijkbos.nl, vandijkbos-verhuur.nl, nieuwbouwwijkdehoven.nl, vandijkbos.com en
  vdbmakelaars.nl.
Niet inbegrepen: de e-mail (die blijft bij Microsoft 365; wij nemen wel de DNS-records over),
inhoudelijke aanpassingen aan de websites en licenties van premium plugins.

2. Hoe de verhuizing verloopt
- Jullie bezorgen ons uiterlijk 11 december de verhuiscodes van de vijf domeinnamen en een
  beheerderstoegang tot de huidige hosting en tot WordPress. Het opzeggen van het contract bij de
  huidige hostingpartij doen jullie zelf.
- Binnen 10 werkdagen na ontvangst zetten wij de drie sites over naar ons platform en zetten we
  ze klaar op een tijdelijk adres.
- Jullie controleren de sites op het tijdelijke adres binnen 3 werkdagen aan de hand van onze
  checklist (pagina's, formulieren, woningaanbod) en geven per mail akkoord. Pas daarna zetten
  we de DNS om, op een werkdag na 20.00 uur; de onderbreking is dan hooguit 15 minuten.
- Na de overzetting krijgen jij en je collega's een korte uitleg van het beheerpaneel (30
  minuten via Teams).

3. Beheer na de verhuizing (pakket Managed WordPress Business)
- Dagelijkse back-ups, 30 dagen bewaard, met terugzetten op verzoek.
- Wekelijkse updates van WordPress en plugins na een test op een kopie van de site;
  beveiligingsupdates binnen 24 uur na verschijnen.
- Beveiligingsmonitoring, firewall en SSL-certificaten.
- Elke maand een rapport met de uptime, de gemaakte back-ups en de uitgevoerde updates.

4. Bereikbaarheid en servicenormen
- Support op werkdagen van 8.30 tot 17.30 uur via telefoon (030 760 22 40), chat en ticket.
- Is een website onbereikbaar, dan kun je 24/7 ons storingsnummer bellen. Wij reageren op zo'n
  storing binnen 30 minuten en streven ernaar die binnen 4 uur op te lossen.
- Andere vragen beantwoorden we binnen 4 werkuren.
- Beschikbaarheid van de websites: 99,9 % per kalendermaand, aangekondigd onderhoud niet
  meegerekend. Halen we dat niet, dan crediteren we 10 % van de maandprijs per begonnen 0,1 %
  daaronder, met een maximum van 50 %.

5. Prijzen (exclusief btw)
   Verhuizing, eenmalig (vaste prijs)                    €  475,00
   Managed WordPress Business, 3 sites, per maand        €   59,00
   Domeinnamen, 5 x € 12,00 per jaar                     €   60,00 per jaar
Werk buiten het pakket rekenen we af tegen € 95,00 per uur, en alleen nadat je akkoord bent
gegaan met onze offerte daarvoor. De prijzen kunnen per 1 januari worden geïndexeerd met ten
hoogste de CBS-consumentenprijsindex (CPI) van het voorgaande jaar.
De verhuizing factureren we na de DNS-overzetting, het beheer maandelijks vooraf en de
domeinnamen jaarlijks vooraf. Betaling binnen 14 dagen na factuurdatum.

6. Looptijd en opzegging
Het beheer loopt 12 maanden vanaf de DNS-overzetting en wordt daarna telkens met een maand
verlengd. Na de eerste 12 maanden kun je op elk moment opzeggen met een opzegtermijn van een
maand. Bij vertrek leveren wij binnen 5 werkdagen kosteloos een volledige kopie van alle
bestanden en databases (zip en SQL-dump) en de verhuiscodes van de domeinnamen. Tot de verhuizing
naar je nieuwe partij klaar is, houden wij de sites online tegen het gewone maandtarief, tot
uiterlijk een maand na de einddatum.

7. Overige afspraken
- De websites, de content en de domeinnamen zijn en blijven van jullie.
- Wij behandelen alle gegevens waartoe we toegang krijgen vertrouwelijk. Omdat de formulieren
  op de sites persoonsgegevens van woningzoekers verzamelen, sluiten we de bijgevoegde
  verwerkersovereenkomst; de gegevens blijven in onze datacenters in Nederland.
- Onze aansprakelijkheid is beperkt tot € 10.000,00 per gebeurtenis; indirecte schade is
  uitgesloten. Verlies van gegevens valt niet onder die uitsluiting als wij de afgesproken
  back-ups niet hebben gemaakt.
- Op deze opdracht zijn de algemene voorwaarden van Hostwerk van toepassing (hostwerk.nl/av);
  bij strijd gaat deze opdrachtbevestiging voor.
- Nederlands recht is van toepassing; geschillen gaan naar de rechtbank Midden-Nederland.

Met vriendelijke groet,
Sanne Willems, accountmanager Hostwerk B.V.

Digitaal ondertekend via Validsign:
Hostwerk B.V. - S. Willems - 01-12-2026 14:12
Van Dijk & Bos Makelaars B.V. - J. Bos, directeur - 02-12-2026 09:37
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
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
        "team.seniority": "missing",
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
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
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 1,
        "notice_period_days": 30,
        "payment_term_days": 14,
        "availability_percent": 99.9,
        "response_time_hours_highest_priority": 0.5,
    },
)


DOCUMENTS = [
    NL_T6B_LABEL_PRINTING_INTEGRATION,
    NL_T6B_WAREHOUSE_SCANNER_RENTAL,
    NL_T6B_CRM_DATA_CLEANSING_EMAIL,
    NL_T6B_WEBSITE_HOSTING_TRANSFER,
]
