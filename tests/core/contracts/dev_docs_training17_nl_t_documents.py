"""Training batch 17 (nl, writer t): four Flemish and Dutch documents of kinds not used before.

1. nl_t17t_ferry_ticket_gate_maintenance: a formal Flemish maintenance contract (numbered
   articles, signed by both parties) for the ticket-scanning gates, readers and gate-management
   server of a passenger-ferry company on three landing stages, with response and repair times,
   a guaranteed availability with service credits and a tacit yearly renewal with three months'
   notice.
2. nl_t17t_real_estate_website_offer: an informal Flemish e-mail offer from a web studio for a
   real-estate office's website with a Whise property feed, hosting and maintenance, accepted by
   a reply e-mail; the studio's general terms apply by reference.
3. nl_t17t_cloud_hosting_general_terms: the general terms (numbered articles, no signatures) of a
   Flemish cloud-hosting provider: terms prevail over the offer, indicative delivery times, a
   guaranteed network availability with service credits, yearly tacit renewal with three months'
   notice, unilateral price and terms changes, liability capped at three months of fees with data
   loss excluded, 30 days to download data after the end.
4. nl_t17t_funeral_insurer_claims_software: a Netherlands implementation and SaaS agreement
   (signed by both parties) for claims-handling software at a funeral insurer, with phased
   planning, migration, acceptance, warranty, an SLA, escrow, mediation and the NLdigital
   Voorwaarden applying below the agreement.

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

NL_T17T_FERRY_TICKET_GATE_MAINTENANCE = UnseenDocument(
    name="nl_t17t_ferry_ticket_gate_maintenance",
    text="""ONDERHOUDSCONTRACT TOEGANGSPOORTEN EN TICKETSCANNERS
Contractnummer: PW-OC-2027-006

TUSSEN
Poortwacht Systems nv, met maatschappelijke zetel te Brugsesteenweg 212, 8500 Kortrijk,
KBO 0678.301.455, vertegenwoordigd door de heer Geert Vanhaecke, gedelegeerd bestuurder,
hierna "de Leverancier",

EN
Rederij Scheldeoever nv, met maatschappelijke zetel te Ernest Van Dijckkaai 9, 2000 Antwerpen,
KBO 0441.620.918, vertegenwoordigd door mevrouw Nathalie De Wilde, algemeen directeur,
hierna "de Klant",

WORDT OVEREENGEKOMEN WAT VOLGT:

Artikel 1 - Voorwerp en contractdocumenten
1.1 De Klant exploiteert passagiersveren tussen het Steenplein, Linkeroever en Hemiksem. De
Leverancier heeft in 2024 op de drie aanlegsteigers in totaal tien toegangspoorten van het type
Gateline GL-400 geplaatst, elk met een QR-/barcodescanner en een NFC-lezer, en een terminalserver
met de beheersoftware GateSuite 5 die de poorten koppelt aan het ticketingplatform van de Klant.
1.2 Dit contract regelt het preventief en correctief onderhoud van die poorten, scanners en lezers,
de terminalserver en de software GateSuite (samen "de Installatie"). De inventaris per steiger
staat in Bijlage 1. Offerte PW-2026-118 van 3 november 2026 is als Bijlage 2 gevoegd en maakt
deel uit van dit contract. Bijlage 3 is de verwerkersovereenkomst.
1.3 Bij strijdigheid gaat dit contract voor op de bijlagen. Algemene voorwaarden van de
Leverancier of van de Klant, ook die op offertes, facturen of werkbonnen, zijn niet van toepassing.

Artikel 2 - Inhoud van het onderhoud
2.1 Het contract omvat:
  a) vier preventieve onderhoudsbeurten per jaar, in de weken 11, 24, 37 en 50, telkens buiten de
     vaarturen: reiniging en controle van de mechaniek, de scannervensters en de
     zoutwaterbescherming, kalibratie van de lezers en een functionele test van elke poort;
  b) correctief onderhoud: herstel van storingen aan de Installatie, arbeid, verplaatsing en
     onderdelen inbegrepen;
  c) een voorraad wisselstukken (scannermodule, NFC-lezer, stuurprint, armen) in de technische
     ruimte van de terminal Steenplein, die de Leverancier op eigen kosten op peil houdt;
  d) softwareonderhoud van GateSuite: nieuwe versies, correcties en beveiligingspatches, en het
     maandelijks patchen van het besturingssysteem van de terminalserver;
  e) een telefonische helpdesk en een klantenportaal voor meldingen.
2.2 Niet inbegrepen zijn: herstellingen na vandalisme, aanvaringsschade of overstroming van een
steiger; de netwerk- en glasvezelverbindingen tussen de steigers; het ticketingplatform van de
Klant zelf; het plaatsen van bijkomende poorten. Die werken worden uitgevoerd volgens artikel 6.3.
2.3 Beveiligingspatches met een CVSS-score van 9 of hoger worden binnen vijf werkdagen na
publicatie door de fabrikant geïnstalleerd, andere patches in het eerstvolgende maandelijkse
onderhoudsvenster (eerste woensdag van de maand tussen 23.30 en 5.30 uur).

Artikel 3 - Bereikbaarheid en meldingen
3.1 Storingen met prioriteit 1 worden gemeld op het permanentienummer 056 49 77 00, dat elke dag
van 5.30 tot 23.30 uur bemand is, ook op zon- en feestdagen (de vaaruren van de Klant).
3.2 Andere meldingen gebeuren via het klantenportaal of support@poortwacht.be. De helpdesk
behandelt die op werkdagen van 7.30 tot 18.00 uur.

Artikel 4 - Prioriteiten, reactie- en hersteltermijnen
4.1 Prioriteit 1: op een steiger kan de helft of meer van de poorten geen tickets valideren, of de
terminalserver is onbeschikbaar. Telefonische reactie binnen 30 minuten, een technieker ter
plaatse binnen 3 uur, herstel of een werkende noodoplossing binnen 6 uur na de melding.
4.2 Prioriteit 2: één poort of één lezer is defect. Reactie binnen 2 uur, herstel uiterlijk de
volgende werkdag.
4.3 Prioriteit 3: vragen, cosmetische gebreken en wijzigingen in de configuratie. Behandeling
binnen 5 werkdagen.
4.4 De termijnen van dit artikel en de beschikbaarheid van artikel 5 zijn resultaatsverbintenissen.

Artikel 5 - Beschikbaarheid en servicekredieten
5.1 De Leverancier garandeert per steiger een beschikbaarheid van de Installatie van 99,2 % per
kalendermaand, gemeten tijdens de vaaruren. Een steiger is onbeschikbaar zolang een storing met
prioriteit 1 loopt. Het geplande onderhoud valt buiten de vaaruren en telt niet mee.
5.2 Per begonnen schijf van 0,5 % onder die norm crediteert de Leverancier 5 % van de
maandvergoeding, met een maximum van 25 % per maand. Wordt de hersteltermijn van een storing met
prioriteit 1 overschreden, dan crediteert de Leverancier bovendien EUR 150,00 per begonnen uur
overschrijding. De creditnota wordt verrekend op de eerstvolgende factuur.
5.3 Ligt de beschikbaarheid van een steiger drie maanden na elkaar onder 97 %, dan mag de Klant
het contract zonder opzegtermijn en zonder vergoeding beëindigen.

Artikel 6 - Prijzen en betaling
6.1 De onderhoudsvergoeding bedraagt EUR 1.940,00 per maand excl. btw voor de volledige
Installatie. Voor de intake, de inventarisatie en het opstellen van het sitedossier (artikel 8.1)
rekent de Leverancier eenmalig EUR 1.200,00 excl. btw aan.
6.2 De maandvergoeding wordt jaarlijks op 1 februari aangepast volgens de formule
P = P0 x (0,2 + 0,8 x S / S0), waarbij S het Agoria-referentieloon is van de maand december die
aan de aanpassing voorafgaat. Andere prijsaanpassingen vereisen een schriftelijk akkoord van de
Klant.
6.3 Werken die niet onder dit contract vallen, worden pas uitgevoerd na een schriftelijke
prijsopgave van de Leverancier en de schriftelijke goedkeuring ervan door de Klant. Alleen om een
storing met prioriteit 1 op te lossen, mag de Leverancier zonder voorafgaand akkoord werken
uitvoeren tot een bedrag van EUR 750,00 excl. btw, die hij dezelfde dag per mail meldt. Die werken
worden aangerekend aan EUR 96,00 per uur per technieker (buiten de werkuren EUR 132,00), met een
verplaatsingsforfait van EUR 55,00, en onderdelen volgens de prijslijst van Bijlage 2.
6.4 De intake wordt gefactureerd na oplevering van het sitedossier, de maandvergoeding per kwartaal
vooraf en de werken van artikel 6.3 maandelijks na uitvoering. Facturen zijn betaalbaar binnen
30 dagen na factuurdatum.

Artikel 7 - Planning en medewerking van de Klant
7.1 Het contract start op 1 januari 2027. De Leverancier levert het sitedossier uiterlijk op
31 januari 2027 op. De preventieve beurten worden uiterlijk twee weken vooraf per nacht ingepland
met de havenmeester van de Klant.
7.2 De Klant laat de scannervensters dagelijks door het terminalpersoneel reinigen volgens de
instructiekaart van de Leverancier, meldt storingen onmiddellijk via de kanalen van artikel 3,
verleent de techniekers toegang tot de steigers en de technische ruimtes, geeft hen bij de eerste
interventie de veiligheidsinstructies voor de steigers en zorgt voor een parkeerplaats voor de
servicewagen aan elke steiger.

Artikel 8 - Team, documentatie en opleiding
8.1 De Leverancier houdt een sitedossier bij met de configuratie, de netwerkgegevens, de
serienummers, de firmwareversies en de historiek van alle interventies, en bezorgt de Klant
ieder jaar in januari een actuele kopie.
8.2 Vaste servicecoördinator voor de Klant is de heer Kristof Lambrecht. De interventies gebeuren
door twee vaste techniekers vanuit de vestiging in Wilrijk. Alle techniekers beschikken over een
VCA-attest en de certificering van de fabrikant voor de GL-400.
8.3 Vervangt de Leverancier de servicecoördinator of een vaste technieker, dan meldt hij dat ten
minste een maand vooraf en zorgt hij voor een overdracht ter plaatse, zonder kosten voor de Klant.
8.4 De Leverancier voert alle werken uit volgens de regels van de kunst en de
onderhoudsvoorschriften van de fabrikant, en test na elke interventie de betrokken poort met een
geldig en een ongeldig ticket.
8.5 Bij de start van elk vaarseizoen (in maart) geeft de Leverancier het terminalpersoneel een
opleiding van twee uur over eerstelijnshulp: papier- en ticketstoringen, het herstarten van een
poort en het melden van storingen.

Artikel 9 - Rapportering en overleg
9.1 De Leverancier bezorgt de Klant binnen tien dagen na elke maand een servicerapport met alle
meldingen, de reactie- en hersteltijden per melding, de beschikbaarheid per steiger, de uitgevoerde
patches en de verbruikte wisselstukken.
9.2 Twee keer per jaar bespreken de servicecoördinator en de operationeel manager van de Klant de
rapporten. Problemen die zij niet oplossen, worden binnen vijftien dagen voorgelegd aan de
gedelegeerd bestuurder van de Leverancier en de algemeen directeur van de Klant.

Artikel 10 - Duur en beëindiging
10.1 Het contract wordt gesloten voor 36 maanden vanaf 1 januari 2027. Het wordt daarna
stilzwijgend verlengd voor opeenvolgende periodes van twaalf maanden, tenzij een partij het ten
minste drie maanden vóór de vervaldag bij aangetekende brief opzegt.
10.2 Elke partij kan het contract ontbinden wanneer de andere partij een zware tekortkoming niet
herstelt binnen dertig dagen na een aangetekende ingebrekestelling. Artikel 5.3 blijft gelden.
10.3 Bij het einde van het contract bezorgt de Leverancier de Klant binnen tien werkdagen het
volledige sitedossier, de beheerwachtwoorden van de terminalserver en de poorten, de documentatie
van de koppeling met het ticketingplatform en een export van de passage- en storingslogboeken in
csv-formaat. Gedurende drie maanden na het einde verleent hij zijn medewerking aan de overdracht
aan een nieuwe leverancier, tegen het uurtarief van artikel 6.3.

Artikel 11 - Eigendom en licentie
De poorten en de wisselstukken die erin worden geplaatst, zijn eigendom van de Klant. De rechten op
GateSuite blijven bij de Leverancier; de Klant heeft een niet-exclusief gebruiksrecht op GateSuite
zolang hij de Installatie gebruikt, ook na het einde van dit contract.

Artikel 12 - Aansprakelijkheid
De aansprakelijkheid van de Leverancier is per jaar beperkt tot het bedrag van de
onderhoudsvergoedingen van dat jaar. De Leverancier is niet aansprakelijk voor onrechtstreekse
schade, zoals gederfde ticketinkomsten, behalve bij opzet of zware fout.

Artikel 13 - Vertrouwelijkheid
Partijen houden de informatie die zij over elkaar ontvangen, waaronder de netwerkgegevens en de
toegangscodes, vertrouwelijk tijdens het contract en gedurende vijf jaar na het einde ervan.

Artikel 14 - Persoonsgegevens
De passagelogboeken bevatten de nummers van tickets en abonnementen. De Leverancier verwerkt die
als verwerker, uitsluitend voor het onderhoud van de Installatie, volgens de verwerkersovereenkomst
van Bijlage 3: gegevens blijven in de Europese Unie, logboeken worden na 90 dagen gewist en een
datalek wordt binnen 24 uur gemeld aan de Klant.

Artikel 15 - Geschillen en toepasselijk recht
15.1 Een geschil wordt eerst besproken volgens de escalatie van artikel 9.2. Is het na dertig dagen
niet opgelost, dan kan elke partij het aan de bevoegde rechtbank voorleggen.
15.2 Dit contract wordt beheerst door het Belgisch recht. Alleen de ondernemingsrechtbank te
Antwerpen, afdeling Antwerpen, is bevoegd.

Opgemaakt te Antwerpen op 1 december 2026, in twee exemplaren, waarvan elke partij erkent er één
te hebben ontvangen.

Voor Poortwacht Systems nv                      Voor Rederij Scheldeoever nv
Geert Vanhaecke, gedelegeerd bestuurder          Nathalie De Wilde, algemeen directeur
(handtekening)                                   (handtekening)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
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
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.2,
    },
)

NL_T17T_REAL_ESTATE_WEBSITE_OFFER = UnseenDocument(
    name="nl_t17t_real_estate_website_offer",
    text="""Van: Marleen Vandenbroucke <marleen@immovandenbroucke.be>
Verzonden: dinsdag 1 december 2026 08:52
Aan: Jens Deprez <jens@studiogevel.be>
Onderwerp: RE: Offerte nieuwe website Immo Vandenbroucke (OF-2026-0412)

Hoi Jens,

We hebben het gisteren met het team besproken: akkoord met jullie offerte, jullie mogen starten.
De voorschotfactuur mag naar boekhouding@immovandenbroucke.be. De API-sleutel van Whise vraag ik
vandaag aan, en de teksten per pagina probeer ik rond te krijgen tegen de kick-off.

Tot 11 januari!
Marleen

Marleen Vandenbroucke | zaakvoerder
Immo Vandenbroucke | Noordstraat 44, 8800 Roeselare | 051 20 61 17 | BIV 507.118

-----Oorspronkelijk bericht-----
Van: Jens Deprez <jens@studiogevel.be>
Verzonden: vrijdag 27 november 2026 15:10
Aan: Marleen Vandenbroucke <marleen@immovandenbroucke.be>
Onderwerp: Offerte nieuwe website Immo Vandenbroucke (OF-2026-0412)

Dag Marleen,

Bedankt voor het fijne gesprek van dinsdag op jullie kantoor. Hieronder vind je zoals beloofd onze
offerte voor de nieuwe website.

WAT WE BOUWEN
- Een nieuwe website in WordPress, in het Nederlands en het Frans, op basis van een eigen ontwerp
  in jullie huisstijl (het nieuwe logo van Studio Noord dat je ons toonde).
- Een automatische koppeling met Whise: alle panden die jullie in Whise op "publiceren" zetten,
  verschijnen binnen het kwartier op de site, met foto's, plannen, EPC, virtuele tour en status
  (te koop, te huur, optie, verkocht). Verkochte panden blijven nog 30 dagen als referentie staan.
- Zoeken op gemeente, prijs, type en aantal slaapkamers, een kaartweergave en een pagina per pand.
- Een contactformulier per pand en een formulier "gratis schatting". De aanvragen komen als lead
  rechtstreeks in Whise terecht, met een kopie per mail.
- Een teampagina, een blog en de verplichte vermeldingen (BIV-nummer, deontologie, cookies).
- We nemen de bestaande pagina's en blogberichten van jullie huidige site over (ongeveer 25).
Niet inbegrepen: het schrijven of vertalen van teksten, fotografie van panden of team, betaalde
advertenties op Immoweb of Google, en de licentie van Whise zelf.

PRIJS (excl. btw)
- Ontwerp en bouw van de website, Whise-koppeling inbegrepen, vaste prijs: EUR 6.450,00
- Opstart: registratie van het domein op jullie naam, mailinstellingen en verhuis van de huidige
  hosting, eenmalig: EUR 250,00
- Hosting en onderhoud: EUR 69,00 per maand. Daarin zitten: hosting in een Belgisch datacenter,
  SSL-certificaat, dagelijkse back-up die 30 dagen bewaard wordt, monitoring van de Whise-feed, en
  de updates van WordPress en de plugins (maandelijks, beveiligingsupdates binnen 48 uur).
- Extra werk, bv. een nieuwe pagina of een extra functie na de livegang: EUR 75,00 per uur. We
  sturen altijd eerst een korte prijsopgave per mail en beginnen pas na jouw akkoord. Extra werk
  factureren we op het einde van de maand.

BETALING
40 % bij de start, 60 % bij de livegang. Hosting en onderhoud factureren we per jaar vooraf, de
eerste keer bij de livegang. Onze facturen zijn betaalbaar binnen 15 dagen.

PLANNING
- week van 11 januari: kick-off bij jullie op kantoor
- eind januari: we tonen het ontwerp van de homepage en een pandpagina (2 feedbackrondes inbegrepen)
- februari: bouw en koppeling met Whise
- begin maart: testversie online, jullie hebben 5 werkdagen om ze na te kijken; we verwerken de
  opmerkingen en zetten de site pas live na jouw groen licht
- half maart: livegang op immovandenbroucke.be
Van jullie hebben we bij de kick-off nodig: de API-sleutel van Whise, het logo in vectorformaat,
de teksten per pagina in het Nederlands en het Frans en de teamfoto's. Zonder die zaken schuift
de planning op.
Tijdens het project krijg je elke vrijdag een korte statusmail van mij, en we zien elkaar om de
twee weken een halfuurtje online.

WIE
Ik ben jullie vaste aanspreekpunt, ook na de livegang. Eline doet het ontwerp, Ruben de bouw en de
Whise-koppeling.

KWALITEIT EN NAZORG
We testen de site op Chrome, Safari, Firefox en Edge, op smartphone en tablet, en halen een
Lighthouse-score van minstens 90 op prestaties en toegankelijkheid. Fouten die binnen 3 maanden na
de livegang opduiken, lossen we gratis op.
Bij de livegang krijgen jij en je collega's een opleiding van een uur om zelf pagina's en
blogberichten aan te passen, en een korte handleiding in pdf.

SUPPORT
Vragen of problemen mail je naar support@studiogevel.be of je belt me op 0476 38 20 91, op werkdagen
van 9 tot 17 uur. We reageren binnen 4 werkuren. Komen er geen panden meer door uit Whise, dan
kijken we er binnen 2 uur naar, en lossen we het zo snel mogelijk op.

LOOPTIJD HOSTING
Hosting en onderhoud lopen minstens 12 maanden vanaf de livegang, daarna maand per maand. Je kan
dan opzeggen met een maand opzeg. Stop je, dan verhuizen we de site gratis naar een hoster van jouw
keuze, of bezorgen we je een volledige back-up van de bestanden en de database.

EIGENDOM
Na volledige betaling zijn het ontwerp en de code van de website van jullie. WordPress en de
plugins vallen onder hun eigen licenties.

PRIVACY
Voor de formulieren en de hosting zijn wij jullie verwerker. De verwerkersovereenkomst bezorgen we
je nog voor de livegang.

Verder gelden onze algemene voorwaarden, die je vindt op studiogevel.be/voorwaarden.

Deze offerte is 30 dagen geldig. Een mailtje met "akkoord" volstaat om te starten!

Groetjes,
Jens

Jens Deprez | projectleider
Studio Gevel bv | Ieperstraat 18, 8800 Roeselare | BE 0745.219.603 | studiogevel.be
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
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
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
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 2,
    },
)

NL_T17T_CLOUD_HOSTING_GENERAL_TERMS = UnseenDocument(
    name="nl_t17t_cloud_hosting_general_terms",
    text="""ALGEMENE VOORWAARDEN WOLKENVELD NV
Versie 4.2 - geldig vanaf 1 januari 2027

Wolkenveld nv, Kempische Steenweg 303, 3500 Hasselt, KBO 0823.774.061, info@wolkenveld.be

Artikel 1 - Definities
Dienst: elke door Wolkenveld geleverde clouddienst, zoals virtuele servers (VPS), dedicated
servers, managed hosting, objectopslag en back-up as a service.
Managed Dienst: een Dienst waarbij Wolkenveld ook het besturingssysteem beheert.
Orderbevestiging: het document waarin Wolkenveld de door de Klant bestelde Diensten, hun prijs en
hun looptijd bevestigt.

Artikel 2 - Toepassing
2.1 Deze voorwaarden zijn van toepassing op alle offertes, bestellingen en overeenkomsten van
Wolkenveld. De offerte, de Orderbevestiging en deze voorwaarden vormen samen de overeenkomst.
2.2 De algemene voorwaarden of aankoopvoorwaarden van de Klant zijn uitgesloten, ook als ze op een
bestelbon staan. Bij tegenstrijdigheid tussen deze voorwaarden en de offerte of Orderbevestiging
hebben deze voorwaarden voorrang, tenzij de Orderbevestiging uitdrukkelijk naar het betrokken
artikel verwijst en ervan afwijkt.
2.3 De overeenkomst komt tot stand door de ondertekening van de offerte, door een bestelling via
het klantenpaneel of door het gebruik van de Dienst.

Artikel 3 - Diensten en terbeschikkingstelling
3.1 Wolkenveld stelt een virtuele server of objectopslag ter beschikking binnen één werkdag na de
bestelling, een dedicated server of Managed Dienst binnen tien werkdagen.
3.2 Bij een niet-beheerde Dienst is de Klant zelf verantwoordelijk voor het besturingssysteem, de
software, de beveiliging en de back-ups. Een Managed Dienst omvat daarnaast de installatie en het
beheer van het besturingssysteem, 24/7 monitoring, dagelijkse back-ups met 14 dagen bewaring en het
beheer van de firewall. Het beheer van de toepassingen van de Klant is nooit inbegrepen.
3.3 De migratie van bestaande omgevingen naar Wolkenveld is niet inbegrepen in de Diensten.
3.4 Leveringstermijnen zijn indicatief. Een overschrijding ervan geeft de Klant geen recht op
schadevergoeding of ontbinding.
3.5 Wolkenveld beheert haar infrastructuur volgens een ISO/IEC 27001-gecertificeerd
informatiebeveiligingssysteem. Haar servers staan uitsluitend in twee datacenters in België.

Artikel 4 - Updates en onderhoud
4.1 Bij een Managed Dienst installeert Wolkenveld kritieke beveiligingsupdates van het
besturingssysteem binnen 72 uur na publicatie en andere updates binnen 14 dagen.
4.2 Gepland onderhoud aan de infrastructuur wordt minstens vijf werkdagen vooraf per mail
aangekondigd en gebeurt tussen 22.00 en 6.00 uur.

Artikel 5 - Support
5.1 Support is bereikbaar via het klantenpaneel en support@wolkenveld.be, en op werkdagen van 8.30
tot 17.30 uur op 011 70 44 80.
5.2 Voor Managed Diensten is een storing met prioriteit 1 (de Dienst is volledig onbeschikbaar)
24/7 te melden op het noodnummer in het klantenpaneel. Wolkenveld reageert op zo'n melding binnen
30 minuten. Andere meldingen beantwoordt Wolkenveld binnen vier werkuren. Wolkenveld spant zich in
om storingen zo snel mogelijk te verhelpen.
5.3 Is de Klant niet tevreden over de behandeling van een melding, dan kan hij escaleren naar de
supportmanager en daarna naar de directie via escalatie@wolkenveld.be.

Artikel 6 - Beschikbaarheid en servicekredieten
6.1 Wolkenveld garandeert voor haar netwerk en stroomvoorziening een beschikbaarheid van 99,95 %
per kalendermaand. Gepland onderhoud volgens artikel 4.2 telt niet mee.
6.2 Wordt die beschikbaarheid niet gehaald, dan heeft de Klant recht op een creditnota van 5 % van
de maandprijs van de getroffen Dienst per begonnen 0,1 % onder de norm, met een maximum van 30 %.
De Klant vraagt de creditnota aan binnen 30 dagen na het einde van de maand. De servicekredieten
zijn de enige vergoeding voor onbeschikbaarheid.
6.3 Klanten met een Managed Dienst ontvangen maandelijks een rapport met de gemeten
beschikbaarheid, de incidenten en de uitgevoerde updates.

Artikel 7 - Prijzen
7.1 De prijzen, de eenmalige installatiekosten en de maandprijzen van de Diensten staan in de
offerte of de Orderbevestiging.
7.2 Werkzaamheden die buiten de omschrijving van de Dienst vallen, voert Wolkenveld enkel uit na
akkoord van de Klant op een prijsopgave. Zij worden aangerekend aan EUR 110,00 per uur, per begonnen
kwartier, en buiten de werkuren aan EUR 165,00 per uur.
7.3 Wolkenveld mag haar prijzen eenmaal per kalenderjaar aanpassen, met een kennisgeving per mail
minstens een maand vooraf. Bedraagt de verhoging meer dan 5 %, dan mag de Klant de betrokken Dienst
opzeggen tegen de datum van de verhoging.

Artikel 8 - Facturatie en betaling
8.1 Maandprijzen worden maandelijks vooraf gefactureerd, installatiekosten en werkzaamheden na
uitvoering. Facturen zijn betaalbaar binnen 14 dagen na factuurdatum.
8.2 Bij laattijdige betaling is van rechtswege een verwijlintrest verschuldigd van 10 % per jaar en
een forfaitaire vergoeding van 10 % met een minimum van EUR 50,00. Blijft een factuur 15 dagen na
een herinnering onbetaald, dan mag Wolkenveld de Dienst opschorten.

Artikel 9 - Verplichtingen van de Klant
De Klant houdt zijn wachtwoorden en sleutels geheim, gebruikt de Diensten volgens de acceptable use
policy op wolkenveld.be/aup, installeert bij een niet-beheerde Dienst zelf kritieke
beveiligingsupdates binnen 14 dagen en meldt een wijziging van zijn contactgegevens binnen vijf
dagen via het klantenpaneel.

Artikel 10 - Duur en beëindiging
10.1 Elke Dienst loopt voor de looptijd die in de Orderbevestiging staat. Na afloop wordt hij
stilzwijgend verlengd voor opeenvolgende periodes van twaalf maanden, tenzij een partij ten minste
drie maanden vóór de vervaldag opzegt via het klantenpaneel of per aangetekende brief.
10.2 Zegt de Klant een Dienst op vóór het einde van de lopende periode, dan blijven de maandprijzen
tot het einde van die periode verschuldigd.
10.3 Elke partij mag de overeenkomst met onmiddellijke ingang ontbinden bij faillissement van de
andere partij of bij een zware tekortkoming die niet binnen 15 dagen na een ingebrekestelling is
verholpen. Wolkenveld mag een Dienst onmiddellijk opschorten bij misbruik of een inbreuk op de
acceptable use policy.

Artikel 11 - Gegevens van de Klant bij het einde
11.1 De gegevens van de Klant blijven zijn eigendom. Na het einde van een Dienst kan de Klant zijn
gegevens nog 30 dagen downloaden via het klantenpaneel (images van virtuele servers, bestanden en
databankdumps). Daarna wist Wolkenveld de gegevens definitief.
11.2 Op verzoek van de Klant verleent Wolkenveld bijstand bij de migratie naar een andere
aanbieder, tegen het uurtarief van artikel 7.2.

Artikel 12 - Intellectuele eigendom
De software, scripts en het klantenpaneel van Wolkenveld blijven haar eigendom. De Klant krijgt
een niet-exclusief en niet-overdraagbaar gebruiksrecht zolang de Dienst loopt. De Klant behoudt
alle rechten op de inhoud en de software die hij zelf op de Diensten plaatst.

Artikel 13 - Aansprakelijkheid
13.1 De aansprakelijkheid van Wolkenveld is per schadegeval en per jaar beperkt tot de prijzen die
de Klant voor de getroffen Dienst betaalde in de drie maanden voorafgaand aan het schadegeval.
13.2 Wolkenveld is nooit aansprakelijk voor verlies of beschadiging van gegevens, winstderving,
onrechtstreekse schade of schade door aanvallen van derden. De Klant blijft verantwoordelijk voor
een eigen back-up van zijn gegevens, ook bij een Managed Dienst.

Artikel 14 - Vertrouwelijkheid
Partijen houden alle niet-openbare informatie die zij van elkaar ontvangen vertrouwelijk, tijdens
de overeenkomst en gedurende drie jaar na het einde ervan. Medewerkers van Wolkenveld openen de
gegevens van de Klant enkel voor zover dat voor de Dienst of een supportmelding nodig is.

Artikel 15 - Persoonsgegevens
Wolkenveld verwerkt de persoonsgegevens die de Klant op de Diensten plaatst als verwerker in de zin
van de AVG. De verwerkersovereenkomst in bijlage bij deze voorwaarden maakt er integraal deel van
uit. Wolkenveld verwerkt de gegevens uitsluitend in België, gebruikt enkel de subverwerkers die op
wolkenveld.be/subverwerkers staan en meldt een inbreuk op de beveiliging binnen 48 uur.

Artikel 16 - Wijziging van de voorwaarden
Wolkenveld mag deze voorwaarden en de inhoud van haar Diensten wijzigen. Zij meldt een wijziging
minstens 30 dagen vooraf per mail. Gebruikt de Klant de Dienst na de ingangsdatum verder, dan
aanvaardt hij de gewijzigde voorwaarden.

Artikel 17 - Overmacht
Wolkenveld is niet aansprakelijk voor tekortkomingen door overmacht, waaronder storingen bij
energie- of netwerkleveranciers, brand, overstroming en grootschalige cyberaanvallen.

Artikel 18 - Geschillen en toepasselijk recht
18.1 Een partij die een geschil heeft, meldt dat schriftelijk aan de andere partij. Binnen 15 dagen
daarna volgt een overleg tussen de directies. Is het geschil 30 dagen na de melding niet opgelost,
dan kan elke partij een bemiddeling voorstellen door een erkend bemiddelaar of het geschil aan de
rechtbank voorleggen.
18.2 Op de overeenkomst is het Belgisch recht van toepassing. Alleen de ondernemingsrechtbank
Antwerpen, afdeling Hasselt, is bevoegd.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "partial",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "team.named_team": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "partial",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "missing",
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
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.95,
    },
)

NL_T17T_FUNERAL_INSURER_CLAIMS_SOFTWARE = UnseenDocument(
    name="nl_t17t_funeral_insurer_claims_software",
    text="""OVEREENKOMST VOOR DE IMPLEMENTATIE EN HET GEBRUIK VAN CLAIMWISE UITVAART

Kenmerk: CW/2026/0871

DE ONDERGETEKENDEN:

1. Coöperatie Uitvaartverzekeraar Rustpunt U.A., gevestigd te Zwolle, Burgemeester Roelenweg 11,
   ingeschreven bij de Kamer van Koophandel onder nummer 05038211, rechtsgeldig vertegenwoordigd
   door mevrouw J.M. Hofstede, directeur-bestuurder, hierna "Opdrachtgever";
2. Claimwise B.V., gevestigd te Amersfoort, Stationsplein 40, ingeschreven bij de Kamer van
   Koophandel onder nummer 61742290, rechtsgeldig vertegenwoordigd door de heer P.A. Bosman,
   algemeen directeur, hierna "Opdrachtnemer";

OVERWEGENDE DAT Opdrachtgever circa 410.000 uitvaartpolissen beheert en de afhandeling van
uitkeringen (natura en kapitaal) wil overbrengen van een eigen Access-applicatie naar het
standaardpakket ClaimWise Uitvaart, dat Opdrachtnemer als SaaS-dienst levert,

KOMEN OVEREEN ALS VOLGT:

Artikel 1 - Documenten en rangorde
1.1 Tot de overeenkomst behoren: Bijlage 1 Offerte CW-O-2026-144 van 2 oktober 2026, Bijlage 2
Plan van Aanpak, Bijlage 3 Service Level Agreement, Bijlage 4 Verwerkersovereenkomst.
1.2 Op de overeenkomst zijn de NLdigital Voorwaarden 2020 van toepassing, die Opdrachtgever heeft
ontvangen. Bij strijdigheid gaat deze overeenkomst voor op de bijlagen en gaan de bijlagen voor op
de NLdigital Voorwaarden. Inkoopvoorwaarden van Opdrachtgever zijn niet van toepassing.

Artikel 2 - Omvang van de implementatie
2.1 De implementatie omvat: de inrichting van ClaimWise Uitvaart voor de producten Natura en
Kapitaal; koppelingen met de polisadministratie (Solvix), het uitvaartondernemersportaal, de
Basisregistratie Personen via de aangesloten dienstverlener en de betaalmodule (SEPA-batches naar
de bank van Opdrachtgever); de migratie van alle lopende claims en van de afgehandelde claims van de
laatste tien jaar; het testen, de opleiding en de begeleiding van de livegang.
2.2 Niet inbegrepen zijn: aanpassingen aan Solvix of aan het portaal van uitvaartondernemers, het
opschonen van de brongegevens en het maken van nieuwe rapportages buiten de twaalf standaardrapporten.

Artikel 3 - Vergoedingen
3.1 De implementatie wordt uitgevoerd voor een vaste prijs van EUR 148.500,00 exclusief btw. Voor
het eenmalig inrichten van de test-, acceptatie- en productieomgeving is daarnaast EUR 6.500,00
exclusief btw verschuldigd.
3.2 De abonnementsvergoeding voor ClaimWise Uitvaart, inclusief hosting, beheer, updates en
support volgens Bijlage 3, bedraagt EUR 4.250,00 per maand exclusief btw voor maximaal 40 gebruikers.
3.3 De abonnementsvergoeding wordt jaarlijks per 1 januari geïndexeerd met de CBS-index cao-lonen
(zakelijke dienstverlening) van het voorgaande jaar, met een maximum van 4 %.
3.4 Uurtarieven voor meerwerk: consultant EUR 125,00, senior consultant of architect EUR 145,00.
3.5 Facturatie van de vaste prijs: 20 % bij ondertekening, 30 % bij afronding van fase 2, 30 % bij
acceptatie en 20 % één maand na livegang. De inrichtingskosten worden bij ondertekening
gefactureerd, de abonnementsvergoeding per kwartaal vooraf vanaf de livegang. Betaling binnen
30 dagen na factuurdatum.

Artikel 4 - Meerwerk
Wensen buiten de omschrijving van artikel 2 dient Opdrachtgever in als wijzigingsverzoek.
Opdrachtnemer geeft binnen vijf werkdagen een schriftelijke begroting van uren, kosten en gevolgen
voor de planning. Meerwerk wordt alleen uitgevoerd na schriftelijke opdracht van de projectleider
van Opdrachtgever en maandelijks achteraf gefactureerd op basis van de bestede uren, tot ten hoogste
de begroting.

Artikel 5 - Planning
5.1 Fase 1 Analyse en inrichtingsontwerp: 11 januari tot 26 februari 2027. Fase 2 Configuratie en
koppelingen: 1 maart tot 30 april 2027. Fase 3 Proefmigratie en migratie: april en mei 2027. Fase 4
Acceptatietest: 3 tot 21 mei 2027. Livegang: 1 juni 2027.
5.2 Opdrachtgever stelt uiterlijk 11 januari 2027 een projectleider en twee key users beschikbaar
voor gemiddeld twee dagen per week, levert de testbestanden uit Solvix en de Access-applicatie
uiterlijk 1 maart 2027 aan en zorgt voor de aansluiting op de dienstverlener voor de BRP.
5.3 Wordt de livegang door toedoen van Opdrachtnemer niet op 1 juni 2027 gehaald, dan verbeurt
Opdrachtnemer een boete van 0,5 % van de vaste prijs per week vertraging, met een maximum van 10 %.
Ligt de oorzaak bij Opdrachtgever, dan stellen partijen een nieuwe planning vast en worden de extra
uren als meerwerk volgens artikel 4 verrekend.

Artikel 6 - Projectorganisatie en rapportage
6.1 Projectleider van Opdrachtnemer is de heer R. Kuipers. Lead consultant is mevrouw S. van Dijk,
die ten minste acht jaar ervaring heeft met de implementatie van schadesystemen bij verzekeraars.
De migratie wordt uitgevoerd door een datamigratiespecialist met ten minste vijf jaar ervaring.
6.2 Opdrachtnemer vervangt de projectleider of de lead consultant alleen met voorafgaande
schriftelijke instemming van Opdrachtgever, door een persoon van gelijkwaardig niveau, met een
overdrachtsperiode van twee weken zonder kosten voor Opdrachtgever.
6.3 Opdrachtnemer rapporteert elke twee weken schriftelijk over de voortgang, de bestede uren, de
risico's en de openstaande punten. Een stuurgroep met de directeur-bestuurder en het hoofd Uitkeringen
van Opdrachtgever en de algemeen directeur van Opdrachtnemer komt maandelijks bijeen.
6.4 Opdrachtnemer test iedere configuratie en koppeling vooraf in de testomgeving volgens een
testplan en laat elke migratieronde controleren met reconciliatietellingen per polis en per claim.

Artikel 7 - Migratie, acceptatie, opleiding en garantie
7.1 Vóór de definitieve migratie voert Opdrachtnemer twee proefmigraties uit. Opdrachtgever keurt
de reconciliatierapporten van de laatste proefmigratie goed voordat de definitieve migratie start.
7.2 Opdrachtgever voert de acceptatietest uit aan de hand van de testscripts uit het Plan van
Aanpak. De Programmatuur is geaccepteerd wanneer geen bevindingen van prioriteit 1 of 2 meer
openstaan en ten hoogste tien bevindingen van prioriteit 3. Opdrachtnemer herstelt bevindingen van
prioriteit 1 en 2 binnen vijf werkdagen, waarna de betrokken testen worden herhaald.
7.3 Opdrachtnemer verzorgt vier train-de-trainersessies van een dagdeel voor de key users en levert
een gebruikershandleiding en e-learningmodules voor de 35 medewerkers van de afdeling Uitkeringen.
In de eerste twee weken na livegang is een consultant van Opdrachtnemer op de werkvloer aanwezig.
7.4 Gedurende drie maanden na acceptatie herstelt Opdrachtnemer kosteloos alle fouten in de
inrichting, de koppelingen en de gemigreerde gegevens.
7.5 Bij afronding van het project levert Opdrachtnemer een inrichtingsdocument en de technische
documentatie van de koppelingen op en draagt hij het project in een overdrachtsessie over aan de
servicedesk.

Artikel 8 - Dienstverlening na livegang
8.1 De servicedesk is bereikbaar op werkdagen van 8.00 tot 18.00 uur via 033 760 41 00, het
klantportaal en servicedesk@claimwise.nl. Storingen met prioriteit 1 kunnen buiten die uren op het
storingsnummer worden gemeld.
8.2 Reactie- en oplostijden: prioriteit 1 (ClaimWise onbereikbaar of uitkeringen kunnen niet
worden betaald): reactie binnen 1 uur, oplossing of workaround binnen 4 uur; prioriteit 2: reactie
binnen 4 uur, oplossing binnen 2 werkdagen; prioriteit 3: reactie binnen 1 werkdag, oplossing in
de eerstvolgende release.
8.3 Opdrachtnemer garandeert een beschikbaarheid van 99,7 % per kalendermaand, met uitzondering
van aangekondigd onderhoud op zondag tussen 6.00 en 12.00 uur. Per begonnen 0,2 % onder die norm
crediteert Opdrachtnemer 5 % van de maandelijkse abonnementsvergoeding, met een maximum van 20 %.
8.4 Opdrachtnemer brengt vier releases per jaar uit, eerst in de acceptatieomgeving, en installeert
beveiligingspatches voor kritieke kwetsbaarheden binnen 72 uur.
8.5 Vaste servicemanager van Opdrachtgever is mevrouw L. Verbeek. Opdrachtnemer houdt het
inrichtingsdocument actueel en rapporteert maandelijks over beschikbaarheid, meldingen en
doorlooptijden. Elk kwartaal vindt een serviceoverleg plaats.

Artikel 9 - Duur en beëindiging
9.1 De overeenkomst loopt tot zestig maanden na de livegang. Uiterlijk negen maanden voor het einde
treden partijen in overleg over verlenging. Zonder schriftelijke verlenging eindigt de overeenkomst
van rechtswege.
9.2 Opdrachtgever kan de overeenkomst na 36 maanden na livegang opzeggen met een opzegtermijn van
zes maanden. Iedere partij kan de overeenkomst ontbinden als de andere partij na een schriftelijke
ingebrekestelling met een redelijke termijn van ten minste dertig dagen toerekenbaar tekortschiet.
9.3 Bij het einde levert Opdrachtnemer kosteloos eenmaal een volledige export van alle gegevens en
documenten in CSV- en XML-formaat met een beschrijving van het gegevensmodel, en de documenten als
PDF. Gedurende zes maanden na het einde verleent Opdrachtnemer medewerking aan de overgang naar een
opvolgende leverancier, tegen de tarieven van artikel 3.4, en blijft hij de dienst tot de
overgang leveren tegen de laatst geldende abonnementsvergoeding.
9.4 De broncode van ClaimWise Uitvaart en de scripts voor de omgeving zijn gedeponeerd bij een
escrow-agent op basis van een drieledige escrowovereenkomst die partijen gelijktijdig ondertekenen.
Bij faillissement van Opdrachtnemer blijft de productieomgeving ten minste drie maanden in de
lucht via de SaaS-continuïteitsregeling van die escrow-agent.

Artikel 10 - Intellectuele eigendom
De rechten op ClaimWise Uitvaart blijven bij Opdrachtnemer. Opdrachtgever krijgt een niet-exclusief
gebruiksrecht voor de duur van de overeenkomst. De specifieke inrichting, de rapportdefinities en de
migratiescripts voor Opdrachtgever mag Opdrachtgever ook na het einde vrij gebruiken.

Artikel 11 - Aansprakelijkheid
De aansprakelijkheid van Opdrachtnemer is beperkt tot EUR 250.000,00 per jaar. Opdrachtnemer is niet
aansprakelijk voor indirecte schade, behalve bij opzet of bewuste roekeloosheid van zijn
leidinggevenden. Schade door verlies of verminking van gegevens door een fout van Opdrachtnemer geldt
als directe schade.

Artikel 12 - Geheimhouding en persoonsgegevens
12.1 Partijen houden alle informatie over elkaars bedrijfsvoering, en in het bijzonder de gegevens
van verzekerden en nabestaanden, geheim, ook na het einde van de overeenkomst.
12.2 Opdrachtnemer verwerkt persoonsgegevens, waaronder BSN en bankgegevens van begunstigden, als
verwerker volgens de Verwerkersovereenkomst van Bijlage 4: uitsluitend in datacenters in Nederland,
met versleuteling, toegangslogging, een jaarlijkse ISAE 3402 type II-verklaring en melding van een
datalek binnen 24 uur.

Artikel 13 - Geschillen en toepasselijk recht
13.1 Geschillen worden eerst voorgelegd aan de stuurgroep. Komt die binnen dertig dagen niet tot
een oplossing, dan proberen partijen het geschil op te lossen via mediation door een
MfN-registermediator.
13.2 Op deze overeenkomst is Nederlands recht van toepassing. Geschillen die niet via mediation
worden opgelost, worden voorgelegd aan de rechtbank Midden-Nederland.

Aldus overeengekomen en in tweevoud getekend,

Coöperatie Uitvaartverzekeraar Rustpunt U.A.     Claimwise B.V.
J.M. Hofstede, directeur-bestuurder              P.A. Bosman, algemeen directeur
Zwolle, 3 december 2026                          Amersfoort, 4 december 2026
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
        "risk.supplier_terms_prevail": True,
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
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.7,
    },
)

DOCUMENTS = [
    NL_T17T_FERRY_TICKET_GATE_MAINTENANCE,
    NL_T17T_REAL_ESTATE_WEBSITE_OFFER,
    NL_T17T_CLOUD_HOSTING_GENERAL_TERMS,
    NL_T17T_FUNERAL_INSURER_CLAIMS_SOFTWARE,
]
