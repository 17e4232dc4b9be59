"""Training batch 12 (nl, writer i): four Dutch-language documents of kinds not used before.

1. nl_t12i_dock_scheduling_software: a formal Flemish agreement (numbered articles, signed by
   both parties) for the implementation and 36-month use of dock-scheduling software at a
   logistics company's distribution centre, settling nearly every checklist item, with a tacit
   12-month renewal and a three-month notice period.
2. nl_t12i_bike_lock_firmware_support: a short, informal Netherlands e-mail offer for firmware
   support on a bike-sharing operator's IoT locks (monthly hour bundle, overage billed on
   post-calculation, NLdigital terms, liability capped at three months), accepted by a reply
   e-mail.
3. nl_t12i_theatre_lighting_control_maintenance: a Flemish maintenance contract (signed by both
   parties) for a cultural centre's lighting-control software, with the supplier's general terms
   prevailing, obligations of means only, unilateral price changes and a broad liability
   exclusion.
4. nl_t12i_homecare_route_planning_saas: a Netherlands order form with special conditions
   (signed by both parties) for a homecare organisation's route-planning SaaS, with a pilot and
   acceptance criteria, availability with service credits, data export and the client's
   purchasing terms.

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

NL_T12I_DOCK_SCHEDULING_SOFTWARE = UnseenDocument(
    name="nl_t12i_dock_scheduling_software",
    text="""OVEREENKOMST VOOR DE IMPLEMENTATIE EN HET GEBRUIK VAN DOCKPLANNINGSSOFTWARE
Referentie: DW-OVK-2027-006

TUSSEN
Dockwise Software nv, met maatschappelijke zetel te Kempische Steenweg 293, 3500 Hasselt,
KBO 0745.219.660, vertegenwoordigd door de heer Raf Claesen, gedelegeerd bestuurder,
hierna "de Leverancier",

EN
Vranckx Logistics nv, met maatschappelijke zetel te Industrieweg-Zuid 1120, 3600 Genk,
KBO 0438.771.205, vertegenwoordigd door mevrouw Els Vranckx, CEO,
hierna "de Klant",

WORDT OVEREENGEKOMEN WAT VOLGT:

Artikel 1 - Voorwerp en rangorde
1.1 De Leverancier stelt haar dockplanningsplatform DockSlot ter beschikking van de Klant als
online dienst, voor het distributiecentrum van de Klant te Genk met 22 laad- en loskades, en
implementeert het platform. DockSlot omvat de boekingsmodule voor vervoerders, de planning per
kade, de aanmeldzuil aan de slagboom, de kentekenherkenning en de koppeling met het WMS van de
Klant (Manhattan SCALE).
1.2 De offerte DW-2026-188 van 6 november 2026 maakt als Bijlage 1 deel uit van deze
overeenkomst. Bijlage 2 bevat de servicebeschrijving, Bijlage 3 de verwerkersovereenkomst.
1.3 Niet inbegrepen zijn: de hardware van de aanmeldzuil en de camera's (door de Klant aangekocht
bij een derde), de aanpassingen aan het WMS aan de zijde van de Klant en de netwerkbekabeling.
1.4 Bij tegenstrijdigheid gaat deze overeenkomst voor op de bijlagen, en Bijlage 2 op Bijlage 1.
Algemene voorwaarden van de partijen zijn niet van toepassing.

Artikel 2 - Prijzen
2.1 De implementatie gebeurt tegen een vaste prijs van EUR 24.500,00 excl. btw, inclusief de
configuratie, de WMS-koppeling, de gegevensovername, de opleiding en de begeleiding bij de start.
2.2 Het gebruik van DockSlot kost EUR 1.150,00 excl. btw per maand voor 22 kades, onbeperkt aantal
gebruikers en vervoerders inbegrepen. Elke bijkomende kade kost EUR 45,00 per maand.
2.3 Consultancy buiten de vaste prijs wordt aangerekend aan EUR 98,00 per uur.
2.4 De maandprijs en het uurtarief worden jaarlijks op 1 januari, voor het eerst op 1 januari 2028,
aangepast volgens de formule P = P0 x (0,2 + 0,8 x S / S0), waarbij S het Agoria-referentieloon
is. Andere prijswijzigingen vereisen een schriftelijke wijziging van deze overeenkomst.
2.5 Facturatie: 30 % van de vaste prijs bij ondertekening, 50 % bij de livegang en 20 % bij de
definitieve aanvaarding. De maandprijs wordt per kwartaal vooraf gefactureerd vanaf de livegang.
Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.
2.6 Meerwerk wordt enkel uitgevoerd na een schriftelijke wijzigingsaanvraag, een raming in uren
en kosten door de Leverancier binnen vijf werkdagen, en de schriftelijke goedkeuring door de
projectverantwoordelijke van de Klant. Goedgekeurd meerwerk wordt gefactureerd na uitvoering.

Artikel 3 - Planning
3.1 Analyse en configuratie: van 11 januari tot 12 februari 2027.
    WMS-koppeling en testen: van 15 februari tot 12 maart 2027.
    Acceptatietests: van 15 tot 26 maart 2027.
    Livegang: maandag 5 april 2027, met een stabilisatieperiode van vier weken.
3.2 De Klant bezorgt uiterlijk op 8 januari 2027 de lijst van vervoerders met contactgegevens, de
kade-indeling en de openingsuren per kade, en stelt uiterlijk op 12 februari 2027 een testomgeving
en de API-toegang van het WMS ter beschikking. De Klant duidt een projectverantwoordelijke aan
die minstens twee dagen per week beschikbaar is.
3.3 Wordt de livegang door toedoen van de Leverancier uitgesteld, dan is de Leverancier een
forfaitaire schadevergoeding verschuldigd van EUR 250,00 per werkdag vertraging, met een maximum
van 10 % van de vaste prijs. Bij vertraging door de Klant stellen partijen samen een nieuwe
planning op; de extra prestaties die daaruit volgen, worden aangerekend aan het uurtarief.

Artikel 4 - Team en kwaliteit
4.1 Projectleider van de Leverancier is mevrouw Sarah Jacobs, met ten minste acht jaar ervaring in
de implementatie van logistieke software. De WMS-koppeling wordt gebouwd door de heer Dries
Lemmens, senior integratie-ontwikkelaar. Projectverantwoordelijke van de Klant is de heer Koen
Bollen, operations manager.
4.2 De Leverancier vervangt de projectleider of de integratie-ontwikkelaar enkel met schriftelijke
melding van minstens tien werkdagen vooraf, door een persoon met gelijkwaardige ervaring, en
met een overdracht die niet aan de Klant wordt aangerekend.
4.3 Elke wijziging aan de koppeling wordt getest in de testomgeving en nagelezen door een tweede
ontwikkelaar vooraleer zij in productie gaat. Het platform wordt ontwikkeld en beheerd volgens
een ISO/IEC 27001-gecertificeerd beheersysteem.
4.4 Bij de livegang levert de Leverancier een functionele handleiding, een beheerdershandleiding
en de technische documentatie van de WMS-koppeling, en overloopt hij die met de key users.

Artikel 5 - Opvolging
5.1 Tijdens het project bezorgt de projectleider elke vrijdag een statusrapport met de
voortgang per fase, de openstaande punten en de risico's. Een stuurgroep met de CEO en de
operations manager van de Klant en de gedelegeerd bestuurder en de projectleider van de
Leverancier komt maandelijks samen.
5.2 Na de livegang bezorgt de Leverancier elke maand een servicerapport met de beschikbaarheid,
de incidenten en hun reactie- en oplostijden. Elk kwartaal houden partijen een serviceoverleg.

Artikel 6 - Gegevensovername, acceptatie, opleiding en waarborg
6.1 De Leverancier laadt de vervoerderslijst, de kade-indeling en de vaste boekingen (ca. 1.400
terugkerende slots) vanuit de Excel-bestanden van de Klant in DockSlot en bezorgt een
controleverslag met het aantal ingeladen en geweigerde records.
6.2 De acceptatietests gebeuren volgens de testscenario's die partijen uiterlijk op 12 maart 2027
samen vastleggen. De Klant meldt binnen tien werkdagen na de start van de tests de blokkerende
bevindingen; de Leverancier verhelpt die binnen vijf werkdagen. Zonder blokkerende bevindingen
ondertekent de Klant het acceptatieverslag. Vier weken na een storingsvrije livegang volgt de
definitieve aanvaarding.
6.3 De Leverancier geeft twee opleidingen van een halve dag voor de planners en de
receptie, en een sessie van twee uur voor de key users. Vervoerders krijgen een handleiding in
het Nederlands, Frans, Engels en Pools. Tijdens de eerste week na de livegang is een consultant
van 6.00 tot 14.00 uur ter plaatse.
6.4 Gedurende drie maanden na de livegang herstelt de Leverancier kosteloos alle fouten in de
configuratie en de WMS-koppeling.

Artikel 7 - Dienstverlening
7.1 De dienst omvat hosting in twee datacenters in België, back-ups, monitoring, beheer,
helpdesk en het onderhoud van de WMS-koppeling.
7.2 De helpdesk is bereikbaar op werkdagen van 6.00 tot 22.00 uur en op zaterdag van 6.00 tot
14.00 uur, op 011 30 77 40 en via support@dockwise.be. Prioriteit 1-meldingen kunnen
buiten die uren gemeld worden op het piketnummer 011 30 77 49.
7.3 Reactie- en oplostijden:
   Prioriteit 1 (platform of slagboom onbruikbaar): reactie binnen 30 minuten, 24/7;
      oplossing of workaround binnen 4 uur.
   Prioriteit 2 (een functie werkt niet): reactie binnen 2 uur; oplossing binnen 1 werkdag.
   Prioriteit 3 (overige): reactie binnen 1 werkdag; oplossing in de volgende release.
7.4 De Leverancier garandeert een beschikbaarheid van 99,7 % per kalendermaand, gemeten buiten
het aangekondigde onderhoudsvenster (zondag van 1.00 tot 5.00 uur).
7.5 Wordt de beschikbaarheid niet gehaald, dan crediteert de Leverancier 5 % van de maandprijs
per begonnen schijf van 0,1 % onder de norm, met een maximum van 30 % van de maandprijs.
7.6 De Leverancier stelt een vaste customer success manager aan, mevrouw Lotte Swinnen, en houdt
een actueel dossier bij van de configuratie en de koppelingen van de Klant.
7.7 Nieuwe releases worden elk kwartaal geïnstalleerd en minstens tien werkdagen vooraf met
release notes aangekondigd. Beveiligingspatches worden binnen 72 uur na beschikbaarheid
geïnstalleerd.

Artikel 8 - Duur en beëindiging
8.1 De dienstverlening loopt 36 maanden vanaf de livegang en wordt daarna stilzwijgend verlengd
voor opeenvolgende periodes van twaalf maanden, tenzij een partij ten minste drie maanden vóór het
einde van de lopende periode opzegt bij aangetekende brief.
8.2 Elke partij kan de overeenkomst ontbinden wanneer de andere partij een ernstige tekortkoming
niet herstelt binnen dertig dagen na een aangetekende ingebrekestelling. De Klant kan de
overeenkomst bovendien opzeggen met één maand opzeg wanneer de beschikbaarheid drie
opeenvolgende maanden onder 99,0 % ligt.
8.3 Bij het einde van de overeenkomst, om welke reden ook, bezorgt de Leverancier binnen dertig
dagen een volledige export van alle gegevens van de Klant (vervoerders, boekingen, historiek,
tijdsregistraties) in CSV- en JSON-formaat, met een beschrijving van de velden. Daarna wist hij
de gegevens en bevestigt hij dat schriftelijk.
8.4 Tot drie maanden na het einde blijft de Leverancier de dienst leveren aan de geldende prijzen
en verleent hij zijn medewerking aan de overstap naar een andere leverancier, tegen het uurtarief
van artikel 2.3.
8.5 De broncode van DockSlot en de WMS-koppeling wordt gedeponeerd bij een onafhankelijke
escrow-agent en bij elke grote release geactualiseerd. De Klant kan de broncode opvragen bij
faillissement van de Leverancier of wanneer deze het onderhoud van DockSlot stopzet.

Artikel 9 - Intellectuele eigendom
De Leverancier blijft eigenaar van DockSlot. De Klant krijgt voor de duur van de overeenkomst een
niet-exclusief gebruiksrecht. Alle gegevens die de Klant of de vervoerders invoeren, blijven
eigendom van de Klant.

Artikel 10 - Aansprakelijkheid
De aansprakelijkheid van de Leverancier is per jaar beperkt tot het bedrag dat de Klant in de twaalf
voorafgaande maanden heeft betaald, met een minimum van EUR 50.000,00. Onrechtstreekse schade is
uitgesloten, behalve bij opzet of zware fout.

Artikel 11 - Vertrouwelijkheid en persoonsgegevens
11.1 Partijen houden alle informatie over elkaars bedrijfsvoering vertrouwelijk, tijdens de
overeenkomst en vijf jaar daarna.
11.2 DockSlot verwerkt namen, telefoonnummers en kentekens van chauffeurs. De Leverancier treedt op
als verwerker, verwerkt die gegevens uitsluitend in de Europese Unie, wist kentekenbeelden na 30
dagen en meldt een datalek binnen 24 uur. De verwerkersovereenkomst van Bijlage 3 wordt samen met
deze overeenkomst ondertekend.

Artikel 12 - Geschillen
12.1 Een geschil wordt eerst voorgelegd aan de stuurgroep. Is het na dertig dagen niet opgelost,
dan kunnen partijen het voorleggen aan een bemiddelaar erkend door de Federale Bemiddelingscommissie.
12.2 Deze overeenkomst wordt beheerst door het Belgisch recht. Bevoegd zijn uitsluitend de
ondernemingsrechtbank te Antwerpen, afdeling Hasselt.

Opgemaakt te Genk op 4 december 2026 in twee exemplaren.

Voor Dockwise Software nv                      Voor Vranckx Logistics nv
Raf Claesen, gedelegeerd bestuurder            Els Vranckx, CEO
(handtekening)                                 (handtekening)
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
        "risk.auto_renewal": True,
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
        "warranty_days": 90,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.7,
    },
)

NL_T12I_BIKE_LOCK_FIRMWARE_SUPPORT = UnseenDocument(
    name="nl_t12i_bike_lock_firmware_support",
    text="""Van: Marloes de Wit <marloes@fietsdeel.nl>
Datum: donderdag 3 december 2026 10:12
Aan: Ruben Hendriks <ruben@slotwerk-embedded.nl>
Onderwerp: RE: Offerte firmware-support slimme sloten 2027

Hoi Ruben,

Akkoord met de offerte hieronder, we gaan ervoor. Toegang tot GitLab en de fleetconsole regelt
Joost deze week, de tien testsloten liggen vrijdag bij jullie.

Groet,
Marloes

Marloes de Wit | Head of Operations
Fietsdeel B.V. | Catharijnesingel 52, 3511 GC Utrecht

-----Oorspronkelijk bericht-----
Van: Ruben Hendriks <ruben@slotwerk-embedded.nl>
Datum: maandag 30 november 2026 15:38
Aan: Marloes de Wit <marloes@fietsdeel.nl>
CC: Joost Bakker <joost@fietsdeel.nl>
Onderwerp: Offerte firmware-support slimme sloten 2027

Hoi Marloes,

Dank voor het goede gesprek van vorige week. Zoals besproken hierbij ons voorstel om vanaf
1 januari 2027 de support op de firmware van jullie sloten op ons te nemen.

Wat we doen
- Bugfixing en kleine verbeteringen in de firmware van de SL-3 sloten (nRF52840 met
  LTE-M-modem), ca. 4.200 stuks in Utrecht, Amersfoort en Zwolle.
- Beveiligingspatches: kwetsbaarheden in de BLE-stack, de modemfirmware of onze eigen code
  pakken we op zodra ze bekend zijn. Eens per kwartaal een geplande release met kleine
  verbeteringen.
- Het uitrollen van nieuwe firmware over-the-air via jullie fleetconsole, altijd gefaseerd: eerst
  1 % van de vloot, na 48 uur zonder problemen 10 %, daarna de rest.
- Tweedelijns analyse van storingen die jullie servicedesk niet kan oplossen.
Niet inbegrepen: hardware-reparaties aan sloten, de app en de backend (die doet jullie eigen
team), en nieuwe functies. Voor nieuwe functies maken we altijd een aparte offerte.

Hoe we werken
We werken rechtstreeks in jullie GitLab-repository; de broncode en alle wijzigingen die wij maken
zijn en blijven van jullie. Elke wijziging wordt gereviewd door een tweede engineer en getest op
onze testbank met de tien testsloten voordat hij naar de vloot gaat. Per release krijgen jullie
release notes.
Wij houden een technisch dossier bij van jullie vloot: hardwarerevisies, modemversies, bekende
issues en de instellingen per stad.

Wie
Ik blijf jullie vaste aanspreekpunt. Het werk doen Ilse van Leeuwen en Mark Vos, allebei senior
embedded engineers met meer dan acht jaar ervaring met Nordic-chips en LTE-M. Wisselen we
iemand, dan laten we dat minstens een maand vooraf weten en rekenen we de inwerkuren niet aan.

Bereikbaarheid
- Op werkdagen van 8.30 tot 17.30 uur via support@slotwerk-embedded.nl of 040 217 66 30.
- Bij een kritieke storing (sloten gaan in een hele stad niet open of dicht, of een
  beveiligingslek dat actief misbruikt wordt) bellen jullie ons piketnummer 06 41 87 22 09. Dat
  is elke dag bereikbaar van 7.00 tot 23.00 uur en we reageren binnen 1 uur.
- Andere meldingen pakken we binnen 1 werkdag op.
Hoe snel iets dan opgelost is, hangt erg af van het probleem (soms zit het in de modemfirmware
van de fabrikant), dus daar kunnen we vooraf geen termijn op plakken.

Elke maand sturen we een kort overzicht van de tickets, de bestede uren en de releases. Eens per
maand hebben we een call van een halfuur met jou en Joost; loopt er iets vast, dan schakel je
mij in.

Prijs (excl. btw)
- Eenmalige intake: 8 uur om jullie codebase, buildstraat en fleetconsole door te nemen,
  vast EUR 760.
- Supportbundel: 16 uur per maand voor EUR 1.520 per maand (EUR 95 per uur). Niet gebruikte uren
  vervallen aan het einde van de maand.
- Uren boven de bundel factureren we achteraf op basis van nacalculatie aan EUR 95 per uur.
- Het uurtarief wordt jaarlijks per 1 januari geïndexeerd met de CBS-cao-lonenindex, voor het
  eerst in 2028.
We factureren maandelijks achteraf, betaling binnen 30 dagen.

Garantie: een bug die wij zelf in een release hebben geïntroduceerd, lossen we gratis op als
hij binnen drie maanden na die release gemeld wordt.

Looptijd: 12 maanden vanaf 1 januari 2027. Daarna loopt het per maand door en kunnen beide
partijen opzeggen met een maand opzegtermijn. Als jullie stoppen of overstappen naar een andere
partij, schrijven we een overdrachtsdocument met de openstaande issues en doen we een
overdrachtssessie van maximaal een dag met jullie nieuwe partij, tegen het gewone uurtarief.

Wat we van jullie nodig hebben: vóór 15 december toegang tot GitLab en de fleetconsole, de
tien testsloten, en één contactpersoon bij jullie servicedesk die de storingen eerst
kwalificeert.

Privacy: we krijgen alleen toegang tot de foutlogs van de sloten (slot-ID, tijdstip, foutcode,
firmwareversie), niet tot locaties of gebruikersgegevens. De logs bewaren we maximaal 30 dagen op
onze eigen server in Eindhoven en een datalek melden we binnen 24 uur.
De NDA die we in september hebben getekend, blijft gewoon van toepassing.

Aansprakelijkheid: die is beperkt tot wat we in de drie maanden voor het schadegeval hebben
gefactureerd. Gevolgschade, zoals gemiste ritinkomsten als sloten niet werken, valt erbuiten.

Op deze offerte zijn de NLdigital Voorwaarden 2020 van toepassing; die vind je in de bijlage.

Laat je weten of je akkoord bent? Dan plannen we de intake in de week van 14 december.

Groet,
Ruben

Ruben Hendriks | directeur
Slotwerk Embedded B.V. | Torenallee 20, 5617 BC Eindhoven | KvK 81234567
""",
    items={
        "agreement.general_terms": "partial",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.warranty": "covered",
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
        "exit.transition": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "partial",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
    },
)

NL_T12I_THEATRE_LIGHTING_CONTROL_MAINTENANCE = UnseenDocument(
    name="nl_t12i_theatre_lighting_control_maintenance",
    text="""LICHTLIJN BV - podiumtechniek en lichtsturing
Brusselsesteenweg 412, 9050 Gentbrugge | 09 231 54 60 | service@lichtlijn.be | BTW BE 0634.902.118

ONDERHOUDSCONTRACT LICHTSTURING nr. LL-OC-2027-031

Klant: Autonoom Gemeentebedrijf Cultuurcentrum De Schakel, Stationsplein 3, 9300 Aalst
Contactpersoon: dhr. Wim De Backer, technisch coördinator, 053 72 18 90

Artikel 1 - Voorwerp
Lichtlijn onderhoudt de lichtsturingssoftware CueMaster versie 5 die zij in 2024 installeerde
in de grote zaal en de theaterstudio van de Klant, namelijk:
- twee bedienconsoles (hoofdconsole en backupconsole) in de regie van de grote zaal;
- één bedien-pc met CueMaster Studio in de theaterstudio;
- de configuratie van twaalf DMX/sACN-netwerknodes en de lichtnetwerkswitch.
De dimmers, de armaturen en de bekabeling vallen niet onder dit contract.

Artikel 2 - Formule Voorstelling
De formule omvat:
a) telefonische en externe ondersteuning (via de VPN-verbinding van de Klant) bij problemen met
   CueMaster en met de netwerkconfiguratie;
b) de voorstellingslijn: op de voorstellingsdagen die de Klant heeft doorgegeven is een
   technieker van Lichtlijn van 18.00 tot 23.30 uur telefonisch bereikbaar op 0477 61 30 08;
c) één preventief onderhoudsbezoek per jaar tijdens de zomersluiting in juli: controle van de
   consoles en de nodes, opschonen van de showbestanden, controle van de back-ups en het
   installeren van de updates, afgesloten met een onderhoudsverslag;
d) alle updates binnen versie 5 (bugfixes, veiligheidsupdates en kleine nieuwe functies);
e) een opfrissessie van een halve dag voor de lichttechnici, bij het preventief onderhoud.
Een upgrade naar een nieuwe hoofdversie (CueMaster 6) is niet inbegrepen en maakt het voorwerp
uit van een afzonderlijke offerte. Verplaatsingen voor interventies ter plaatse buiten het
preventief onderhoud zijn niet inbegrepen.

Artikel 3 - Bereikbaarheid en reactietijden
Op werkdagen van 9.00 tot 17.00 uur is de servicedienst bereikbaar op 09 231 54 60 en via
service@lichtlijn.be. Lichtlijn reageert op meldingen binnen de vier werkuren.
Op de voorstellingslijn belt een technieker binnen 15 minuten terug.
Lichtlijn levert alle redelijke inspanningen om een storing zo snel mogelijk te verhelpen,
zo nodig door een technieker ter plaatse te sturen.
Lichtlijn houdt per zaal een dossier bij met de patch, de universes, het IP-plan van het
lichtnetwerk en een kopie van de showbestanden van het laatste onderhoudsbezoek. Uw vaste
technieker is dhr. Pieter Maes.
Na elke interventie ontvangt de Klant een interventieverslag. Bij het preventief onderhoud
overlopen de technieker en de technisch coördinator samen de interventies van het voorbije
seizoen en de planning voor het volgende.

Artikel 4 - Verplichtingen van de Klant
De Klant houdt een werkende VPN-toegang ter beschikking voor de ondersteuning op afstand, bezorgt
Lichtlijn uiterlijk op de 20e van elke maand de voorstellingsdagen van de volgende maand, en
wijzigt niets aan de besturingssystemen van de consoles zonder akkoord van Lichtlijn. De Klant
staat zelf in voor de back-up van zijn showbestanden na elke productie.

Artikel 5 - Prijs en betaling
De prijs van de formule Voorstelling bedraagt EUR 3.480,00 excl. btw per jaar. Hij wordt
gefactureerd in januari en is betaalbaar binnen 30 dagen na factuurdatum.
Werken buiten de formule worden aangerekend aan EUR 105,00 per uur, met een toeslag van 50 %
op avonden, zaterdagen, zondagen en feestdagen, vermeerderd met EUR 0,55 per km. Zij worden
vooraf aan de technisch coördinator gemeld en pas uitgevoerd na zijn akkoord, behalve bij een
storing tijdens een voorstelling.
Lichtlijn kan de jaarprijs en de tarieven aanpassen; zij deelt de nieuwe prijzen ten minste twee
maanden vóór de vervaldag mee.

Artikel 6 - Duur
Het contract loopt van 1 januari 2027 tot 31 december 2027. Het wordt stilzwijgend verlengd
voor telkens één jaar, tenzij een partij het ten minste drie maanden vóór de vervaldag opzegt
per aangetekende brief.

Artikel 7 - Licentie
CueMaster blijft eigendom van Lichtlijn. De Klant beschikt over een niet-exclusief en niet-
overdraagbaar gebruiksrecht voor twee consoles en één studio-pc.

Artikel 8 - Aansprakelijkheid
Lichtlijn is niet aansprakelijk voor het annuleren, uitstellen of onderbreken van voorstellingen,
voor gederfde inkomsten, noch voor het verlies van showbestanden. Haar aansprakelijkheid is in
elk geval beperkt tot de jaarprijs van dit contract.

Artikel 9 - Algemene bepalingen
Alle verbintenissen van Lichtlijn in het kader van dit contract zijn middelenverbintenissen.
Op dit contract zijn de algemene voorwaarden van Lichtlijn van toepassing, die de Klant
verklaart te hebben ontvangen. Bij tegenstrijdigheid hebben de algemene voorwaarden voorrang.
Het Belgisch recht is van toepassing. Alleen de rechtbanken van Gent zijn bevoegd.

Opgemaakt te Aalst op 1 december 2026 in twee exemplaren.

Voor Lichtlijn bv                               Voor AGB Cultuurcentrum De Schakel
Stijn Verbeke, zaakvoerder                      Hilde Van den Bossche, directeur
(handtekening)                                  (handtekening)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
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
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
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
        "response_time_hours_highest_priority": 0.25,
    },
)

NL_T12I_HOMECARE_ROUTE_PLANNING_SAAS = UnseenDocument(
    name="nl_t12i_homecare_route_planning_saas",
    text="""ROUTEZORG B.V.
Routeplanning voor wijkverpleging en thuiszorg
Kanaalweg 18, 3526 KL Utrecht | KvK 74561230 | www.routezorg.nl

ORDERFORMULIER RZ-2026-0219

Klantgegevens
Organisatie:        Stichting Thuiszorg Rivierenland, Stationsweg 31, 4001 AB Tiel
Contactpersoon:     mevr. Anouk Verbeek, manager bedrijfsvoering, 0344 62 88 10
Factuuradres:       crediteuren@thuiszorgrivierenland.nl
Aantal teams:       14 wijkteams, ca. 170 wijkverpleegkundigen en verzorgenden

Besteld
RouteZorg Plan - routeplanning op basis van zorgmomenten, tijdvensters, reistijd en
deskundigheid, met de mobiele app RouteZorg Onderweg voor iOS en Android, en de koppeling met
het ECD Nedap Ons via de Nedap-API.
Inbegrepen: hosting, back-ups, beheer, updates, servicedesk en de ECD-koppeling.
Niet inbegrepen: licenties en koppelkosten van Nedap, smartphones en mobiele abonnementen,
sms-berichten aan cliënten (op aanvraag tegen EUR 0,08 per bericht).

Prijzen (excl. btw)
Eenmalige implementatie (inrichting, ECD-koppeling, gegevensimport,
2 train-de-trainersessies, begeleiding pilot)                          EUR  6.500,00
Abonnement: EUR 7,50 per actieve gebruiker per maand, minimaal 150 gebruikers
   (= EUR 1.125,00 per maand)
Totale waarde eerste contractperiode (implementatie + 24 maanden)     EUR 33.500,00
Aanvullende wensen voert RouteZorg uit na een schriftelijke offerte en akkoord van de klant,
tegen EUR 115,00 per uur.
Het abonnement wordt jaarlijks per 1 januari geïndexeerd met de CBS-consumentenprijsindex (CPI),
met een maximum van 4 % per jaar.
Facturatie: implementatie bij livegang; abonnement per kwartaal vooraf. Betaaltermijn 30 dagen.

Planning
Kick-off:                         11 januari 2027
Koppeling Nedap Ons getest:       uiterlijk 15 februari 2027
Pilot wijkteam Tiel-Oost:         1 tot en met 28 maart 2027
Livegang alle wijkteams:          1 april 2027
De klant levert vóór de kick-off een API-sleutel voor Nedap Ons, wijst per wijkteam een
key user aan en zorgt dat de diensten en deskundigheden van de medewerkers in het ECD up-to-date
zijn. De app wordt door de ICT-afdeling van de klant via het MDM-systeem op de toestellen gezet;
RouteZorg levert de installatie-instructies.

Gegevensimport
RouteZorg importeert uit Nedap Ons de cliëntadressen, de geplande zorgmomenten met tijdvensters
en de medewerkersgegevens. Historische planningen worden niet overgezet.

Pilot en acceptatie
Tijdens de pilot wordt RouteZorg Plan gebruikt door het wijkteam Tiel-Oost. Aan het einde van de
pilot beslist de klant over de uitrol op basis van deze criteria: alle routes van een dag worden
binnen 2 minuten berekend, de reistijd per dienst daalt met minstens 10 % ten opzichte van
januari 2027, en er staan geen openstaande meldingen met prioriteit 1 of 2. Worden de criteria
niet gehaald, dan krijgt RouteZorg vier weken om bij te sturen; daarna kan de klant de
overeenkomst kosteloos ontbinden en wordt de implementatie niet gefactureerd.

Opleiding
Twee train-de-trainersessies van drie uur voor de key users, een e-learning voor alle
medewerkers en een handleiding in de app. In de eerste twee weken na livegang is er dagelijks
van 7.00 tot 9.00 uur een consultant beschikbaar via een vast Teams-spreekuur.

Service
Servicedesk: elke dag van 7.00 tot 21.00 uur via 030 760 44 20 en support@routezorg.nl.
Prioriteit 1 (planning of app voor alle gebruikers onbruikbaar): reactie binnen 30 minuten,
oplossing of workaround binnen 4 uur. Prioriteit 2: reactie binnen 4 uur, oplossing binnen 2
werkdagen. Prioriteit 3: reactie binnen 2 werkdagen.
Beschikbaarheid: 99,5 % per kalendermaand, gemeten tussen 6.00 en 23.00 uur. Onderhoud gebeurt in
de nacht van zaterdag op zondag tussen 0.00 en 4.00 uur.
Servicecredits: per begonnen 0,5 % onder de norm 5 % van het maandbedrag, met een maximum van
20 %, verrekend op de volgende factuur.
Updates worden doorlopend uitgerold; release notes verschijnen in de app. Beveiligingsupdates
worden binnen 5 werkdagen geïnstalleerd.
Uw implementatieconsultant is dhr. Bas Mulder; na de livegang is mevr. Femke Jansen uw vaste
customer success manager. Zij bezorgt maandelijks een servicerapport (beschikbaarheid, meldingen,
gebruik) en bespreekt dat elk kwartaal met de klant. Problemen die daar niet worden opgelost, gaan
naar de directies van beide partijen.

Bijzondere voorwaarden
1. Looptijd. De overeenkomst loopt 24 maanden vanaf de livegang en wordt daarna stilzwijgend
   verlengd met telkens 12 maanden, tenzij een partij uiterlijk twee maanden vóór het einde
   schriftelijk opzegt. De klant mag bovendien opzeggen met een maand opzegtermijn als de
   beschikbaarheid drie maanden na elkaar onder 98 % ligt.
2. Gegevens. Alle gegevens blijven eigendom van de klant. Binnen 30 dagen na het einde levert
   RouteZorg een volledige export in CSV-formaat; 60 dagen na het einde worden de gegevens
   verwijderd.
3. Gebruiksrecht. De klant krijgt voor de duur van de overeenkomst een niet-exclusief recht om
   RouteZorg Plan en de app te gebruiken.
4. Privacy. RouteZorg verwerkt namen, adressen en zorgmomenten van cliënten als verwerker. De
   verwerkersovereenkomst is bijlage B bij dit orderformulier. De gegevens staan in Nederland
   (Microsoft Azure, regio West-Europa); RouteZorg is NEN 7510-gecertificeerd en meldt een
   datalek binnen 24 uur.
5. Geheimhouding. Partijen houden alle vertrouwelijke informatie geheim, ook na het einde van de
   overeenkomst.
6. Aansprakelijkheid. De aansprakelijkheid van RouteZorg is beperkt tot de vergoedingen die de
   klant in de twaalf maanden voor de schadeveroorzakende gebeurtenis heeft betaald, met een
   minimum van EUR 25.000,00, behalve bij opzet of bewuste roekeloosheid.
7. Voorwaarden. Op deze overeenkomst zijn de Algemene Inkoopvoorwaarden van Stichting Thuiszorg
   Rivierenland (versie 2024) van toepassing. Algemene voorwaarden van RouteZorg zijn niet van
   toepassing. Bij strijdigheid gaat dit orderformulier voor.
8. Geschillen. Partijen proberen een geschil eerst op te lossen in overleg tussen hun directies
   en daarna via mediation. Op de overeenkomst is Nederlands recht van toepassing; bevoegd is de
   rechtbank Gelderland.

Ondertekening
Voor RouteZorg B.V.                              Voor Stichting Thuiszorg Rivierenland
Naam: Thijs van Dam, directeur                   Naam: Marjolein Kuipers, bestuurder
Datum: 2 december 2026                           Datum: 4 december 2026
Handtekening: (getekend)                         Handtekening: (getekend)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.project_cost": "covered",
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
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.5,
    },
)

DOCUMENTS = [
    NL_T12I_DOCK_SCHEDULING_SOFTWARE,
    NL_T12I_BIKE_LOCK_FIRMWARE_SUPPORT,
    NL_T12I_THEATRE_LIGHTING_CONTROL_MAINTENANCE,
    NL_T12I_HOMECARE_ROUTE_PLANNING_SAAS,
]
