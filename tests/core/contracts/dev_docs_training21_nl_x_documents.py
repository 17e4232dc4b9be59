"""Training batch 21 (nl, writer x): four Flemish and Dutch documents of kinds not used before.

1. nl_t21x_bakery_order_app_email: a short, informal e-mail offer from a Flemish freelance
   developer for a web app in which a bakery's horeca, school and care-home customers place
   their daily orders (with production and delivery lists), accepted by a reply e-mail.
2. nl_t21x_sports_centre_access_gates_maintenance: a formal Netherlands maintenance agreement
   (numbered articles, signed by both parties) for the turnstiles, speed gates, readers and
   access software of a sports centre with a swimming pool, under the client's purchasing terms,
   with an SLA, availability, service credits and an option to extend.
3. nl_t21x_notary_it_partnership: a Flemish IT partner's 'samenwerkingsovereenkomst' (signed by
   both parties) for the full IT management of a notary office, with the supplier's general terms
   prevailing, best-efforts service levels, unilateral price changes, uncapped time and
   materials, a three-year tacit renewal and a retention right on passwords and back-ups.
4. nl_t21x_physio_cloud_telephony_offer: a Flemish offer letter for cloud telephony for a
   physiotherapy group practice with three locations, with an SLA but no service credits,
   a liability cap of three months of fees and an empty "voor akkoord" client signature block.

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

NL_T21X_BAKERY_ORDER_APP_EMAIL = UnseenDocument(
    name="nl_t21x_bakery_order_app_email",
    text="""Van: Kaat Van Hecke <kaat@bakkerijvanhecke.be>
Datum: maandag 30 november 2026 21:12
Aan: Jens Verstraete <jens@jensbouwtapps.be>
CC: Wim Van Hecke <wim@bakkerijvanhecke.be>
Onderwerp: RE: Offerte bestelapp horecaklanten

Hoi Jens,

We hebben het er vanavond met ons twee nog eens over gehad en we gaan ervoor! Akkoord met je
offerte hieronder, ook met het onderhoudspakket. De Excel met de producten en de klanten krijg je
van mij vóór de kerstdrukte.

Groetjes,
Kaat

Kaat Van Hecke
Bakkerij Van Hecke bv | Stationsstraat 41, 9620 Zottegem | 09 360 12 77

-----Oorspronkelijk bericht-----
Van: Jens Verstraete <jens@jensbouwtapps.be>
Datum: vrijdag 27 november 2026 10:05
Aan: Kaat Van Hecke <kaat@bakkerijvanhecke.be>
CC: Wim Van Hecke <wim@bakkerijvanhecke.be>
Onderwerp: Offerte bestelapp horecaklanten

Dag Kaat, dag Wim,

Nog eens bedankt voor de koffie (en de pistolets) vorige week. Hierbij, zoals beloofd, mijn
voorstel voor jullie bestelapp.

Wat jullie krijgen
- Een web-app (werkt op gsm, tablet en pc, en kan als icoontje op het startscherm) waarmee jullie
  horecaklanten, scholen en woonzorgcentra hun brood en gebak bestellen. Bestellen voor de
  volgende dag kan tot 14 uur.
- Vaste bestellingen per weekdag (bv. elke dinsdag 40 pistolets), die de klant zelf kan aanpassen
  of een keer kan overslaan.
- Voor jullie: een beheerpagina met de producten, de prijzen per klant en de sluitingsdagen, en
  elke nacht om 1 uur automatisch de productielijst per afdeling (brood, banket) en de leverlijst
  per ronde, klaar om af te drukken.
- Op het einde van de maand een export van alle leveringen per klant voor jullie boekhouder (csv,
  zodat hij het in WinBooks kan inlezen).
- Ik zet jullie huidige productlijst (ongeveer 140 artikelen) en de 38 vaste klanten met hun vaste
  bestellingen over vanuit jullie Excel, zodat niemand alles opnieuw moet intikken.
Wat er niet in zit: online betalen, een koppeling met de kassa in de winkel en een 'echte' app in
de App Store of Play Store. Kan later altijd nog, maar daar maak ik dan een aparte prijs voor.

Prijs (excl. btw)
- Ontwikkeling bestelapp, vaste prijs: EUR 6.400
- Eenmalig: server opzetten, domeinnaam bestellen.bakkerijvanhecke.be en mailverzending: EUR 180
- Onderhoudspakket: EUR 45 per maand. Daarin zitten de hosting op een server bij Combell in
  België, een dagelijkse back-up, de beveiligingsupdates van de server en van Laravel (het
  framework waarin ik bouw) en tot een uur kleine aanpassingen per maand. Het maandbedrag blijft
  de eerste twee jaar hetzelfde.
- Andere extra's of nieuwe wensen: EUR 70 per uur. Ik laat altijd eerst weten hoeveel uur ik denk
  nodig te hebben en begin pas als jullie dat goed vinden.

Betaling: 30 % bij de start, 70 % bij de livegang, het onderhoud per kwartaal. Betalen graag
binnen 14 dagen na factuurdatum.

Planning
- tegen 23 december: jullie bezorgen mij de Excel met producten, prijzen en klanten, jullie logo
  en de sluitingsdagen van 2027
- 4 januari: start
- elke vrijdag stuur ik een kort mailtje met waar ik sta en een link naar de testversie
- 1 tot 12 februari: twee testweken met jullie en drie klanten die jullie kiezen (Wim had het
  over 't Hof van Egmont en de basisschool?)
- wat dan nog niet goed loopt, pas ik aan; pas als jullie zeggen dat het oké is, gaan we live
- 1 maart: livegang. Die ochtend sta ik om 6 uur in de bakkerij om alles mee op te volgen.

Opleiding
Op de dag van de livegang toon ik jullie en de mensen van de productie hoe de beheerpagina en de
lijsten werken. Voor jullie klanten maak ik een handleiding van twee bladzijden en een filmpje van
drie minuten dat jullie kunnen doorsturen.

Garantie
Fouten die in de eerste 3 maanden na de livegang opduiken, los ik gratis op. Daarna vallen ze
onder het onderhoudspakket.

Support
Jullie kunnen me bereiken via mail of op 0486 31 72 05, op werkdagen van 8 tot 18 uur. Ik doe mijn
best om altijd nog dezelfde dag te reageren, maar als eenmanszaak kan ik geen vaste
reactietijden garanderen. Ik blijf na de livegang jullie vaste aanspreekpunt.
Als ik op vakantie ben (dat laat ik minstens twee weken op voorhand weten), neemt Jolien Claeys,
een collega-freelancer met wie ik al jaren samenwerk, de dringende problemen over. Zij krijgt
toegang tot de code en de server, en dat kost jullie niets extra.
Twee keer per jaar kom ik langs om samen te bekijken wat er beter kan.

Over mij: ik bouw al acht jaar web-apps in Laravel en Vue, onder meer voor twee slagerijen en een
groothandel in groenten en fruit (referenties op vraag).

De code
Na betaling van de laatste factuur van de ontwikkeling is de app, code en ontwerp, volledig van
jullie. De code staat vanaf dag één in een GitHub-repository op naam van de bakkerij, met een
beschrijving van hoe je alles installeert. Mocht ik ooit stoppen, dan kan een andere developer
er dus zonder problemen mee verder.

Looptijd onderhoud
Het onderhoudspakket loopt telkens een jaar vanaf de livegang en wordt automatisch met een jaar
verlengd, tenzij jullie of ik het minstens een maand voor het einde opzeggen. Stoppen jullie, dan
krijgen jullie een volledige export van de databank (klanten, producten, bestellingen) in csv en
sql, en help ik de nieuwe partij om alles naar hun server over te zetten, aan EUR 70 per uur.

Privacy
In de app staan enkel gegevens van jullie klanten en hun contactpersonen (naam, e-mail, gsm).
Alles staat op de server in België. Een verwerkersovereenkomst stuur ik jullie nog apart.

Laat maar iets weten of dit zo goed is!

Groeten,
Jens

Jens Verstraete | freelance web- en app-ontwikkelaar
Jens bouwt apps | Kerkstraat 8, 9620 Zottegem | BE 0745.219.604 | 0486 31 72 05
""",
    items={
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
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "covered",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 14,
        "warranty_days": 90,
    },
)

NL_T21X_SPORTS_CENTRE_ACCESS_GATES_MAINTENANCE = UnseenDocument(
    name="nl_t21x_sports_centre_access_gates_maintenance",
    text="""ONDERHOUDSOVEREENKOMST TOEGANGSCONTROLESYSTEEM SPORTCENTRUM DE MEERKOET
Kenmerk: TO-OH-2026-0318

De ondergetekenden:

1. Sportcentrum De Meerkoet B.V., gevestigd te Meppel, kantoorhoudende aan het Zuideinde 120,
   7941 GR Meppel, KvK 63528147, hierbij rechtsgeldig vertegenwoordigd door de heer J. (Jeroen)
   Kuipers, directeur, hierna "Opdrachtgever";
2. Toegangstechniek Oost B.V., gevestigd te Hengelo, kantoorhoudende aan de Westermaatweg 31,
   7556 BW Hengelo, KvK 08157392, hierbij rechtsgeldig vertegenwoordigd door mevrouw M. (Marloes)
   Brinkman, algemeen directeur, hierna "Opdrachtnemer";

in aanmerking nemende dat:
- Opdrachtnemer in 2022 het toegangscontrolesysteem van het zwembad en de sporthal van
  Opdrachtgever heeft geleverd en geïnstalleerd, en de garantie- en onderhoudsperiode uit die
  levering op 31 december 2026 afloopt;
- Opdrachtgever het onderhoud na een meervoudig onderhandse aanbesteding aan Opdrachtnemer heeft
  gegund op basis van diens offerte van 6 oktober 2026 met kenmerk TO-OF-2026-211;

komen als volgt overeen:

Artikel 1 - Voorwerp en contractdocumenten
1.1 Opdrachtnemer verzorgt het preventief en correctief onderhoud van het toegangscontrolesysteem
(hierna: "de Installatie"), bestaande uit:
  a. zes draaihekken type TX-310 met RFID- en QR-lezer in de entreehal;
  b. twee brede passagepoorten (speedgates) voor mindervaliden, kinderwagens en groepen;
  c. één uitgangsdraaikruis bij het buitenbad en twee nooddeuren met paniekontgrendeling;
  d. de toegangsserver met de software AccessLine 6, op een virtuele server in het netwerk van
     Opdrachtgever, en de koppeling met de kassa en met het reserverings- en ledensysteem.
1.2 De offerte TO-OF-2026-211 maakt als Bijlage 1 deel uit van deze overeenkomst. Bijlage 2 bevat
de componentenlijst met serienummers, Bijlage 3 de verwerkersovereenkomst. Bij strijdigheid gaat
deze overeenkomst voor op de bijlagen.
1.3 Buiten deze overeenkomst vallen: herstel van schade door vandalisme, oneigenlijk gebruik of
externe oorzaken zoals wateroverlast of blikseminslag; het netwerk, de virtuele server en het
besturingssysteem, die worden beheerd door de afdeling ICT van Opdrachtgever; het reserverings- en
ledensysteem zelf; uitbreidingen van de Installatie.

Artikel 2 - Werkzaamheden
2.1 Preventief onderhoud: twee onderhoudsbeurten per jaar, in week 30 (zomersluiting van de
sporthal) en in week 52, volgens het onderhoudsschema van de fabrikant: reiniging, controle en
afstelling van de mechaniek, test van elke lezer, en test van de vrijgave van alle doorgangen bij
stroomuitval en bij brandalarm. In week 3 van 2027 voert Opdrachtnemer een nulmeting uit en
actualiseert hij het installatiedossier.
2.2 Correctief onderhoud: het verhelpen van storingen, inclusief arbeid, voorrijkosten en
onderdelen tot EUR 250,00 per storing. Onderdelen boven dat bedrag worden alleen vervangen na
schriftelijke goedkeuring door Opdrachtgever van een prijsopgave.
2.3 Software: Opdrachtnemer installeert updates en beveiligingspatches van AccessLine binnen
30 dagen nadat de fabrikant ze beschikbaar stelt, na afstemming met de afdeling ICT en buiten de
openingstijden. Nieuwe hoofdversies zijn inbegrepen in de onderhoudsvergoeding.
2.4 Opdrachtnemer voert de werkzaamheden uit volgens de voorschriften van de fabrikant, de
Arbowetgeving en de Machinerichtlijn, en legt de resultaten van elke test van de noodvrijgave vast.
2.5 De werkzaamheden worden uitgevoerd door monteurs met een fabriekscertificaat voor de TX-serie,
een VCA-VOL-diploma en een geldige Verklaring Omtrent het Gedrag. Vaste servicemonteur is de heer
R. (Rick) Bosman; vaste accountmanager is mevrouw A. (Anouk) ter Horst.

Artikel 3 - Bereikbaarheid en servicenormen
3.1 De servicedesk is bereikbaar op werkdagen van 08.00 tot 17.30 uur via 074 - 250 40 80,
service@toegangstechniekoost.nl en het serviceportaal. Voor storingen met prioriteit 1 is de
storingsdienst daarnaast bereikbaar via 074 - 250 40 99 tijdens alle openingstijden van het
sportcentrum (maandag tot en met vrijdag 06.30 - 23.00 uur, zaterdag en zondag 07.30 - 20.00 uur).
3.2 Servicenormen, gerekend vanaf de melding:
  Prio 1 - geen toegang of uitgang mogelijk via de entree, of een noodvrijgave werkt niet:
           reactie met diagnose op afstand binnen 30 minuten, monteur ter plaatse binnen 4 uur,
           herstel of tijdelijke oplossing binnen 8 uur;
  Prio 2 - één poort of lezer defect, de overige werken: reactie binnen 4 werkuren, herstel
           binnen 2 werkdagen;
  Prio 3 - overige vragen en wensen: reactie binnen 2 werkdagen.
3.3 Opdrachtnemer garandeert een beschikbaarheid van de Installatie van 99,5 % per kalendermaand,
gemeten tijdens de openingstijden. De Installatie geldt als niet beschikbaar zolang een storing
met prioriteit 1 duurt. Onderbrekingen door oorzaken als bedoeld in 1.3 tellen niet mee.
3.4 Wordt de hersteltermijn voor prio 1 overschreden, dan heeft Opdrachtgever recht op een korting
van 5 % van de kwartaalvergoeding per begonnen periode van vier uur overschrijding; wordt de
beschikbaarheid niet gehaald, dan op 5 % per begonnen 0,5 % onder de norm. De kortingen bedragen
samen ten hoogste 25 % van de kwartaalvergoeding en worden verrekend met de eerstvolgende factuur.

Artikel 4 - Vergoedingen en betaling
4.1 De onderhoudsvergoeding bedraagt EUR 4.260,00 per jaar exclusief btw, inclusief het
licentieonderhoud van AccessLine.
4.2 Voor de nulmeting en de actualisering van het installatiedossier is eenmalig EUR 650,00
exclusief btw verschuldigd.
4.3 Werkzaamheden buiten deze overeenkomst worden uitsluitend uitgevoerd na een schriftelijke
opdracht op basis van een prijsopgave, tegen EUR 89,50 per uur en EUR 55,00 voorrijkosten.
4.4 De vergoedingen worden per 1 januari, voor het eerst op 1 januari 2028, aangepast aan de
CBS-index cao-lonen per uur, met een maximum van 3 % per jaar. Andere wijzigingen van prijzen of
werkzaamheden gelden alleen na schriftelijke overeenstemming.
4.5 Opdrachtnemer factureert de onderhoudsvergoeding per kwartaal vooraf. Opdrachtgever betaalt
binnen 30 dagen na ontvangst van een correcte factuur.

Artikel 5 - Verplichtingen van Opdrachtgever
Opdrachtgever wijst mevrouw S. Hoekstra, hoofd facilitaire zaken, aan als contactpersoon en de
heer B. Mulder als contactpersoon ICT; meldt storingen via het serviceportaal of, bij prio 1,
telefonisch; verleent de monteur toegang tot de technische ruimten; houdt een VPN-toegang voor
beheer op afstand beschikbaar; installeert beveiligingsupdates van het besturingssysteem van de
toegangsserver binnen 14 dagen; en laat geen wijzigingen aan de Installatie uitvoeren door derden.
De data van de onderhoudsbeurten worden uiterlijk vier weken vooraf in overleg vastgelegd.

Artikel 6 - Rapportage, overleg en dossier
6.1 Na elke onderhoudsbeurt of storing ontvangt Opdrachtgever binnen twee werkdagen een digitale
werkbon. Elk kwartaal rapporteert Opdrachtnemer de storingen, de reactie- en hersteltijden, de
beschikbaarheid en de eventuele kortingen.
6.2 Jaarlijks in november houden de accountmanager en het hoofd facilitaire zaken een
evaluatieoverleg. Knelpunten die daar niet worden opgelost, worden voorgelegd aan de directies.
6.3 Opdrachtnemer houdt het installatiedossier (tekeningen, instellingen, serienummers, logboek
van beurten en storingen) actueel en stelt het via het serviceportaal ter beschikking.
6.4 Op herstelwerkzaamheden en vervangen onderdelen geldt een garantie van zes maanden; gebreken
in die periode worden kosteloos hersteld.

Artikel 7 - Duur en beëindiging
7.1 De overeenkomst gaat in op 1 januari 2027 en eindigt van rechtswege op 31 december 2029.
Opdrachtgever kan haar tweemaal verlengen met telkens één jaar door dit uiterlijk drie maanden
vóór het einde schriftelijk te melden. Stilzwijgende verlenging is uitgesloten.
7.2 Opdrachtgever kan de overeenkomst tussentijds opzeggen met een opzegtermijn van drie maanden,
onder meer bij vervanging van de Installatie. Opdrachtnemer kan niet tussentijds opzeggen.
7.3 Elke partij kan de overeenkomst ontbinden als de andere partij na een schriftelijke
ingebrekestelling met een termijn van ten minste 30 dagen tekort blijft schieten.
7.4 Bij het einde draagt Opdrachtnemer het installatiedossier, alle beheerderscodes en de
licentiesleutel over aan Opdrachtgever, levert hij een export van de passagegegevens en de
pasregistraties in csv-formaat, en werkt hij tot drie maanden na het einde mee aan de overdracht
aan een opvolgend onderhoudsbedrijf, tegen het uurtarief van artikel 4.3. Opdrachtnemer doet
afstand van elk retentierecht.

Artikel 8 - Aansprakelijkheid
De aansprakelijkheid van Opdrachtnemer is beperkt tot EUR 250.000,00 per gebeurtenis en
EUR 500.000,00 per kalenderjaar, behalve bij opzet of bewuste roekeloosheid. Aansprakelijkheid
voor dood of letsel is niet beperkt. Indirecte schade is uitgesloten. Opdrachtnemer houdt een
bedrijfsaansprakelijkheidsverzekering aan met een dekking van ten minste EUR 2.500.000,00.

Artikel 9 - Intellectueel eigendom
De rechten op AccessLine blijven bij de fabrikant; Opdrachtgever behoudt haar niet-exclusieve,
eeuwigdurende gebruikslicentie voor de locatie Meppel. Het installatiedossier en de configuratie
van de Installatie komen toe aan Opdrachtgever.

Artikel 10 - Geheimhouding en persoonsgegevens
10.1 Partijen houden alle vertrouwelijke informatie geheim, ook na het einde van de overeenkomst.
10.2 Voor het onderhoud heeft Opdrachtnemer toegang tot passagegegevens en pasregistraties van
leden (naam, pasnummer, tijdstip, pasfoto). Opdrachtnemer verwerkt die als verwerker volgens de
verwerkersovereenkomst van Bijlage 3: uitsluitend in de Europese Unie, alleen voor storingsanalyse,
zonder kopieën buiten de toegangsserver te bewaren, en met melding van een datalek binnen 24 uur.

Artikel 11 - Voorwaarden, geschillen en toepasselijk recht
11.1 Op deze overeenkomst zijn de Algemene Inkoopvoorwaarden van Opdrachtgever (versie 2024) van
toepassing. De algemene voorwaarden van Opdrachtnemer worden uitdrukkelijk van de hand gewezen. Bij
strijdigheid gaat deze overeenkomst voor op de Algemene Inkoopvoorwaarden.
11.2 Partijen trachten een geschil eerst op te lossen in overleg tussen de directies. Lukt dat
niet binnen 30 dagen, dan proberen zij het via mediation door een MfN-registermediator.
11.3 Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd aan de
rechtbank Overijssel, locatie Zwolle.

Aldus overeengekomen en in tweevoud ondertekend te Meppel op 1 december 2026.

Sportcentrum De Meerkoet B.V.                 Toegangstechniek Oost B.V.
J. Kuipers, directeur                         M. Brinkman, algemeen directeur
(handtekening)                                (handtekening)
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
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "missing",
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
        "warranty_days": 180,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.5,
    },
)

NL_T21X_NOTARY_IT_PARTNERSHIP = UnseenDocument(
    name="nl_t21x_notary_it_partnership",
    text="""SAMENWERKINGSOVEREENKOMST IT-BEHEER
nr. DW-SO-2026-044

TUSSEN
Datahuis Westhoek bv, met maatschappelijke zetel te Meensesteenweg 212, 8800 Roeselare,
KBO 0687.334.519, vertegenwoordigd door de heer Stijn Decock, zaakvoerder,
hierna "de IT-partner",

EN
Verbeke & De Wilde, geassocieerde notarissen bv, met maatschappelijke zetel te Vlamingstraat 19,
8000 Brugge, KBO 0832.119.406, vertegenwoordigd door notaris Anne Verbeke en notaris Pieter
De Wilde, hierna "het notariskantoor",

VOORAF
Het notariskantoor wenst het beheer van zijn volledige IT-omgeving toe te vertrouwen aan één vaste
partner, in een samenwerking op lange termijn. De IT-partner beheert sinds 2015 de IT van
verschillende notariskantoren in West-Vlaanderen.

WORDT OVEREENGEKOMEN WAT VOLGT:

Artikel 1 - Voorwerp
1.1 De IT-partner neemt het beheer op zich van de IT-omgeving van het notariskantoor: zestien
werkplekken, twee laptops voor verlijdingen buiten het kantoor, de fysieke server met twee
virtuele servers (domeincontroller en toepassingsserver voor de notariële software), de
firewall, het wifinetwerk, de Microsoft 365-omgeving, de eID-lezers en de toegang tot de
toepassingen van Fednot.
1.2 De dienstverlening gebeurt volgens de formule "Notaris Zorgeloos", zoals beschreven in de
offerte van 4 november 2026, die als bijlage 1 deel uitmaakt van deze overeenkomst.
1.3 Niet inbegrepen zijn: de aankoop van hardware en licenties; de ondersteuning van de notariële
software zelf, die door de softwareleverancier gebeurt; de internetverbinding; projecten zoals de
vervanging van de server of een verhuis, die afzonderlijk worden geoffreerd.

Artikel 2 - De formule Notaris Zorgeloos
De formule omvat:
- een helpdesk voor alle medewerkers, zonder beperking van het aantal oproepen;
- monitoring van de server, de back-ups en de firewall, met automatische meldingen;
- maandelijks patchbeheer van Windows, Microsoft 365 en de firmware van firewall en wifi; de
  updates van de notariële software worden in overleg met de softwareleverancier geplaatst;
- een dagelijkse back-up van de server naar een NAS op kantoor en een versleutelde kopie naar het
  datacenter van de IT-partner in Roeselare, met een maandelijkse hersteltest;
- het beheer van de gebruikers (in- en uitdiensttreding, toegangsrechten) en van de antivirus,
  licenties inbegrepen;
- om de twee weken een halve dag aanwezigheid op kantoor (dinsdagvoormiddag).

Artikel 3 - Opstart en medewerking van het notariskantoor
3.1 De opstart verloopt als volgt: kick-off in week 2 van 2027; inventaris van de omgeving en
opmaak van het IT-dossier binnen vier weken; overname van het beheer van de vorige IT-leverancier
op 1 februari 2027, de datum waarop ook de formule ingaat.
3.2 Het notariskantoor duidt mevrouw Griet Lambrecht, kantoormanager, aan als intern aanspreekpunt;
bezorgt uiterlijk op 8 januari 2027 alle wachtwoorden, licenties en contracten van de vorige
leverancier; meldt nieuwe medewerkers minstens vijf werkdagen vóór hun indiensttreding; en laat
geen wijzigingen aan de IT-omgeving uitvoeren door derden zonder voorafgaand overleg.

Artikel 4 - Vergoedingen
4.1 De opstart wordt eenmalig aangerekend aan EUR 3.450,00 excl. btw (inventaris, IT-dossier,
uitrol van de beheeragent op alle toestellen en overname van de vorige leverancier).
4.2 De formule kost EUR 1.184,00 per maand excl. btw (16 werkplekken x EUR 74,00). Bij een
wijziging van het aantal werkplekken wordt het bedrag vanaf de volgende maand aangepast.
4.3 Prestaties buiten de formule worden in regie aangerekend aan EUR 95,00 per uur, per begonnen
half uur, vermeerderd met EUR 35,00 verplaatsingskosten per interventie.
4.4 De IT-partner kan zijn tarieven en de inhoud van de formule jaarlijks per 1 januari aanpassen,
mits hij het notariskantoor daarvan één maand vooraf op de hoogte brengt.
4.5 De formule wordt maandelijks vooraf gefactureerd, de regieprestaties maandelijks na
uitvoering. Facturen zijn betaalbaar binnen 15 dagen na factuurdatum.

Artikel 5 - Team en IT-dossier
5.1 Vaste systeembeheerder van het notariskantoor is de heer Dries Vandenbussche, gecertificeerd
Microsoft 365 Administrator, met negen jaar ervaring in het beheer van notariskantoren.
Accountmanager is de heer Stijn Decock.
5.2 De IT-partner houdt een IT-dossier bij met het netwerkplan, de lijst van toestellen en
licenties, de configuratie van server, firewall en Microsoft 365 en de procedures voor back-up en
herstel, en werkt het bij na elke wijziging.

Artikel 6 - Dienstverlening
6.1 De helpdesk is bereikbaar op werkdagen van 8.30 tot 17.30 uur via 051 26 70 70,
helpdesk@datahuiswesthoek.be en het klantenportaal.
6.2 De IT-partner streeft ernaar dringende oproepen (meerdere medewerkers kunnen niet werken, of
een verlijding dreigt niet te kunnen doorgaan) binnen het uur te beantwoorden, en verhelpt
storingen zo snel als redelijkerwijs mogelijk. Precieze reactie- en oplostijden kunnen later in
een afzonderlijke SLA worden vastgelegd.
6.3 Alle verbintenissen van de IT-partner onder deze overeenkomst zijn middelenverbintenissen.

Artikel 7 - Rapportering en overleg
7.1 Elk kwartaal ontvangt het notariskantoor een rapport met de tickets per categorie, de status
van de back-ups en de hersteltests, de patchstatus en aanbevelingen.
7.2 Elk half jaar vindt een IT-overleg plaats tussen de notarissen, de kantoormanager en de
accountmanager, waarin het rapport en de plannen en het budget voor het volgende jaar worden
besproken. Problemen worden eerst aan de systeembeheerder gemeld en, zo nodig, aan de
accountmanager.

Artikel 8 - Duur en beëindiging
8.1 De overeenkomst gaat in op 1 februari 2027 voor een duur van drie jaar. Zij wordt daarna
stilzwijgend verlengd voor telkens drie jaar, tenzij een partij ze ten minste zes maanden vóór de
vervaldag opzegt bij aangetekende brief.
8.2 Elke partij kan de overeenkomst beëindigen wanneer de andere partij een ernstige tekortkoming
niet herstelt binnen dertig dagen na een aangetekende ingebrekestelling.
8.3 Beëindigt het notariskantoor de overeenkomst vroegtijdig buiten het geval van 8.2, dan is een
vergoeding verschuldigd gelijk aan de maandbedragen tot het einde van de lopende periode, met een
maximum van twaalf maanden.

Artikel 9 - Einde van de samenwerking
9.1 Op verzoek van het notariskantoor verleent de IT-partner bijstand bij de overdracht aan een
nieuwe IT-leverancier, gedurende ten hoogste twee maanden na het einde en tegen het regietarief.
9.2 Na volledige betaling van alle openstaande facturen bezorgt de IT-partner de
beheerderswachtwoorden, het IT-dossier en een volledige kopie van de laatste back-up op een
versleutelde schijf. Zolang er facturen openstaan, mag de IT-partner deze achterhouden.
9.3 De back-ups in het datacenter van de IT-partner worden zestig dagen na de overdracht
vernietigd; het notariskantoor ontvangt daarvan een attest.

Artikel 10 - Aansprakelijkheid
De aansprakelijkheid van de IT-partner is beperkt tot het totaal van de maandbedragen die in de
twaalf maanden voorafgaand aan het schadegeval werden gefactureerd. De IT-partner is niet
aansprakelijk voor onrechtstreekse schade zoals winstderving of reputatieschade, noch voor
schade door handelingen van medewerkers van het notariskantoor of door software van derden.

Artikel 11 - Beroepsgeheim en persoonsgegevens
11.1 De IT-partner erkent dat het notariskantoor gebonden is door het beroepsgeheim. Hij neemt
enkel kennis van dossiers en akten voor zover dat strikt noodzakelijk is voor een interventie.
Zijn medewerkers ondertekenen een geheimhoudingsverklaring. Deze verplichting geldt zonder
beperking in de tijd.
11.2 De IT-partner treedt op als verwerker. De verwerkersovereenkomst in bijlage 2 wordt samen met
deze overeenkomst ondertekend. De back-ups worden versleuteld en uitsluitend in België bewaard,
een datalek wordt binnen 24 uur gemeld en de IT-partner schakelt geen subverwerkers in zonder
schriftelijke toestemming van het notariskantoor.

Artikel 12 - Intellectuele eigendom
Scripts, tools en sjablonen van de IT-partner blijven zijn eigendom; het notariskantoor krijgt er
een gebruiksrecht op voor de duur van de overeenkomst. Het IT-dossier en de configuratie van de
IT-omgeving behoren toe aan het notariskantoor.

Artikel 13 - Algemene voorwaarden, geschillen en toepasselijk recht
13.1 De algemene voorwaarden van de IT-partner (versie 2025, bijlage 3) maken integraal deel uit van
deze overeenkomst. Bij tegenstrijdigheid hebben de algemene voorwaarden voorrang.
13.2 Partijen trachten elk geschil eerst in der minne op te lossen in overleg tussen de notarissen
en de zaakvoerder van de IT-partner. Is er na dertig dagen geen oplossing, dan doen zij een beroep
op een door de Federale Bemiddelingscommissie erkende bemiddelaar.
13.3 Deze overeenkomst wordt beheerst door het Belgisch recht. Enkel de ondernemingsrechtbank Gent,
afdeling Kortrijk, is bevoegd.

Opgemaakt te Brugge op 3 december 2026, in twee exemplaren, waarvan elke partij erkent er één te
hebben ontvangen.

Voor Datahuis Westhoek bv                Voor Verbeke & De Wilde, geassocieerde notarissen bv
Stijn Decock, zaakvoerder                 notaris Anne Verbeke          notaris Pieter De Wilde
(handtekening)                            (handtekening)                (handtekening)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
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
        "team.knowledge_transfer": "covered",
        "team.quality": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
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
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": True,
        "risk.data_lockin": True,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 36,
        "notice_period_days": 180,
        "payment_term_days": 15,
    },
)

NL_T21X_PHYSIO_CLOUD_TELEPHONY_OFFER = UnseenDocument(
    name="nl_t21x_physio_cloud_telephony_offer",
    text="""BELWOLK BV
Kempische Steenweg 293 bus 12, 3500 Hasselt | 011 49 30 00 | info@belwolk.be
BTW BE 0758.602.117 | IBAN BE61 7350 4412 9017

Groepspraktijk Kine Vitaal bv
t.a.v. mevrouw Evi Stevens, praktijkcoördinator
Diestersteenweg 88
3510 Kermt

Hasselt, 24 november 2026

Offerte BW-26-1187 - Cloudtelefonie voor uw drie praktijken

Beste Evi,

Bedankt voor het fijne gesprek van 17 november in Kermt. Vandaag werken jullie praktijken in
Kermt, Zonhoven en Lummen elk met een eigen analoge centrale en een eigen nummer. Oproepen tijdens
behandelingen blijven vaak onbeantwoord en het secretariaat in Kermt kan de andere praktijken niet
overnemen. Hieronder vindt u ons voorstel.

1. Onze oplossing
- Cloudtelefonie op het platform BelwolkVoice voor 13 gebruikers: 11 kinesitherapeuten met de app
  op hun smartphone (ook bij huisbezoeken bereikbaar via het praktijknummer) en 2 medewerkers van
  het secretariaat met een bureautoestel en een draadloze headset.
- Eén centrale wachtrij: oproepen op de drie nummers komen eerst bij het secretariaat, daarna bij
  de therapeuten die op dat moment de status 'beschikbaar' hebben.
- Een keuzemenu met de openingsuren per praktijk, een verwijzing naar de online agenda en een
  aparte keuze voor artsen en ziekenhuizen.
- Voicemail naar e-mail en een lijst met terugbelverzoeken voor het secretariaat.
- Overdracht van uw drie bestaande nummers, zodat patiënten hetzelfde nummer blijven bellen.
- Gesprekken naar Belgische vaste en mobiele nummers zijn onbeperkt inbegrepen (fair use).
Niet inbegrepen: de internetverbinding op de drie locaties (minimaal 50/10 Mbps), netwerkbekabeling
en switchen, de mobiele abonnementen van de therapeuten en internationale gesprekken (volgens onze
tarievenlijst).

2. Prijzen (excl. btw)
Eenmalig
  2 bureautoestellen Yealink T54W à EUR 189,00                   EUR   378,00
  2 headsets Jabra Engage 55 à EUR 215,00                         EUR   430,00
  Configuratie platform, keuzemenu en wachtrij                    EUR   780,00
  Nummeroverdracht, 3 nummers à EUR 45,00                         EUR   135,00
  Installatie ter plaatse en opleiding (halve dag)                EUR   360,00
  Totaal eenmalig                                                 EUR 2.083,00
Maandelijks
  13 gebruikerslicenties à EUR 14,50                              EUR   188,50
  3 nummers à EUR 2,50                                            EUR     7,50
  Totaal per maand                                                EUR   196,00

Kleine wijzigingen (openingsuren, teksten van het keuzemenu, gebruikers toevoegen) doet u zelf in
het portaal, of doen wij kosteloos tot vier keer per maand. Grotere aanpassingen rekenen we aan
EUR 75,00 per uur, steeds na uw akkoord op onze prijsopgave.
De maandbedragen worden jaarlijks op 1 januari aangepast aan de evolutie van de index der
consumptieprijzen.
Facturatie: de eenmalige kosten na de installatie, de maandbedragen maandelijks vooraf via
domiciliëring. Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

3. Planning en wat we van u nodig hebben
- Na ontvangst van uw akkoord en het ondertekende LOA-formulier vragen we de nummeroverdracht
  aan; die duurt gemiddeld tien werkdagen.
- Tegen 8 januari 2027 bezorgt u ons de lijst met gebruikers en gsm-nummers, de openingsuren per
  praktijk en de teksten van het keuzemenu (die laten we professioneel inspreken).
- Week van 11 januari 2027: configuratie van het platform.
- Dinsdag 26 januari 2027: overschakeling om 12.30 uur (de praktijken zijn dan gesloten),
  installatie van de toestellen in Kermt en van de app op de smartphones.
- Na de overschakeling testen we samen per locatie inkomend en uitgaand bellen, het keuzemenu, de
  wachtrij en voicemail naar e-mail. U tekent daarna de opleveringsbon; opmerkingen lossen we
  binnen vijf werkdagen op.
Uw projectleider is Elke Vanderhoven; daarna blijft Tom Jacobs uw vaste accountmanager, die uw
configuratie kent.

4. Opleiding en documentatie
Tijdens de installatie krijgen de therapeuten een korte uitleg van een halfuur over de app en het
secretariaat een opleiding van een uur. Iedereen krijgt een snelgids. Na de oplevering ontvangt u
een configuratiedocument met alle nummers, het keuzemenu, de wachtrijregels en de gebruikers.

5. Service
- Helpdesk: werkdagen van 8 tot 18 uur via 011 49 30 10, support@belwolk.be of het portaal.
- Prioriteit 1 (geen in- of uitgaande gesprekken op een of meer locaties): storingslijn 7 dagen
  op 7 van 7 tot 22 uur, reactie binnen 1 uur, herstel binnen 4 uur.
- Prioriteit 2 (een gebruiker of een functie werkt niet): reactie binnen 4 werkuren, herstel
  binnen 2 werkdagen.
- Beschikbaarheid van het platform: 99,95 % per kalendermaand, aangekondigd onderhoud tussen
  23 en 5 uur niet meegerekend.
- Op het niet halen van de beschikbaarheid of de hersteltijden geven wij geen financiële
  compensatie.
- Het platform wordt automatisch bijgewerkt; firmware-updates van de toestellen rollen wij 's nachts
  uit.
- Toestellen en headsets hebben 24 maanden garantie; een defect toestel vervangen we binnen twee
  werkdagen.

6. Looptijd en einde
Het abonnement loopt minimaal 24 maanden vanaf de overschakeling. Daarna loopt het voor onbepaalde
duur door en kunt u het elke maand opzeggen met een opzegtermijn van één maand. Bij opzegging
vóór het einde van de eerste 24 maanden zijn de resterende maandbedragen van die periode
verschuldigd.
Bij opzegging werken wij mee aan de overdracht van uw nummers naar uw nieuwe operator, en blijft
onze dienst actief tot die overdracht voltooid is. De gespreksgeschiedenis en de contactenlijst
kunt u als csv-bestand uit het portaal exporteren; dertig dagen na het einde wissen wij alle
gegevens.
De toestellen en headsets worden uw eigendom na betaling; de software van het platform blijft
van Belwolk, u krijgt er een gebruiksrecht op zolang het abonnement loopt.

7. Privacy
Gesprekken worden niet opgenomen. Voicemails blijven 30 dagen bewaard. Alle gegevens staan in
datacenters in de EU (Frankfurt en Amsterdam). De verwerkersovereenkomst vindt u in bijlage; u
ondertekent ze samen met deze offerte.

8. Aansprakelijkheid
Onze aansprakelijkheid is beperkt tot de maandbedragen van de drie maanden voorafgaand aan het
schadegeval. Wij zijn niet aansprakelijk voor gemiste oproepen, gederfde inkomsten of andere
onrechtstreekse schade.

9. Voorwaarden
Deze offerte is geldig tot 24 december 2026. Op deze offerte en op de overeenkomst die eruit
voortvloeit, zijn onze algemene voorwaarden van toepassing (in bijlage).

Met vriendelijke groeten,

Tom Jacobs
accountmanager, Belwolk bv

Voor akkoord - gelieve een ondertekend exemplaar terug te sturen naar offerte@belwolk.be
Naam: ...........................   Datum: ....................
Handtekening: ...........................
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
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 24,
        "notice_period_days": 30,
        "payment_term_days": 30,
        "warranty_days": 720,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.95,
    },
)


DOCUMENTS = [
    NL_T21X_BAKERY_ORDER_APP_EMAIL,
    NL_T21X_SPORTS_CENTRE_ACCESS_GATES_MAINTENANCE,
    NL_T21X_NOTARY_IT_PARTNERSHIP,
    NL_T21X_PHYSIO_CLOUD_TELEPHONY_OFFER,
]
