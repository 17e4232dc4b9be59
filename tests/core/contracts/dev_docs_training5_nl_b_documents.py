"""Training batch 5 (b), Dutch documents: a Flemish contract for the development, hosting and
maintenance of a web-to-print portal for a print shop (signed by both parties, with the
supplier's general terms applying in the last place), a Netherlands service agreement for managed
mobile device management (Intune) of the smartphones and tablets of a home-care organisation
(signed by both parties), a short Flemish offer sent by e-mail for replacing three physical
servers by a virtualisation cluster at a transport company (to be accepted by a reply e-mail),
and a Flemish agile development agreement for a B2B customer portal of a building-materials
merchant, billed on day rates under a budget ceiling (signed by both parties).

Written on 2026-12-05 by a helper session as training documents for the checklist model, without
reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings.

Conventions: months = 30 days for notice and warranty periods; the response time of the highest
priority is given in hours (working hours counted as hours; 30 minutes = 0.5); a quote accepted
by e-mail or an empty client signature line raises risk.unsigned; general terms of the supplier
that apply, even below the agreement in the order of precedence, raise
risk.supplier_terms_prevail; items or risks whose reading is ambiguous are left out.
"""

from .unseen_documents import UnseenDocument

NL_T5B_WEB_TO_PRINT_PORTAL = UnseenDocument(
    name="nl_t5b_web_to_print_portal",
    text="""OVEREENKOMST VOOR DE ONTWIKKELING, HOSTING EN HET ONDERHOUD VAN EEN WEB-TO-PRINTPORTAAL
Ref. PFS-2026-044

TUSSEN
Printflow Solutions bv, met zetel te Kempische Steenweg 293 bus 4, 3500 Hasselt,
ondernemingsnummer 0712.884.306, vertegenwoordigd door de heer Jeroen Vanherck, zaakvoerder,
hierna "Printflow",

EN
Drukkerij Hendrickx nv, met zetel te Industriepark Schurhoven 21, 3800 Sint-Truiden,
ondernemingsnummer 0428.117.592, vertegenwoordigd door mevrouw Katrien Hendrickx, gedelegeerd
bestuurder,
hierna "de Drukkerij",

WORDT OVEREENGEKOMEN WAT VOLGT.

Artikel 1 - Voorwerp en contractdocumenten
1.1 Printflow ontwikkelt voor de Drukkerij het web-to-printportaal "Hendrickx Online", waarin
zakelijke klanten (scholen, gemeenten, kmo's) hun drukwerk zelf samenstellen, een drukproef in pdf
goedkeuren en bestellen. Na de livegang host en onderhoudt Printflow het portaal.
1.2 Het portaal draait op het platform PrintEngine van Printflow en omvat:
    - een online editor met sjablonen (visitekaartjes, briefpapier, enveloppen, flyers, affiches)
      waarin de huisstijlelementen per klant vergrendeld zijn;
    - een automatische prijsberekening op basis van de prijsmatrices van de Drukkerij (oplage,
      papiersoort, afwerking, levertermijn);
    - een goedkeuringsflow bij de klant (aanvrager - budgethouder);
    - de aanmaak van drukklare pdf's en het doorsturen ervan naar de prepress-workflow (Enfocus
      Switch) van de Drukkerij;
    - een koppeling met MultiPress voor orders, klantgegevens en facturatie;
    - online betaling via Mollie (Bancontact, kredietkaart) voor bestellingen van particulieren.
1.3 Niet inbegrepen zijn: de licenties voor Enfocus Switch en MultiPress, het ontwerp van de
sjablonen zelf (die de studio van de Drukkerij aanlevert), de transactiekosten van Mollie en
aanpassingen aan MultiPress zelf.
1.4 De overeenkomst bestaat uit deze tekst en de bijlagen: bijlage 1 - functionele beschrijving en
testscenario's; bijlage 2 - offerte PFS-OF-2026-118 van 9 oktober 2026; bijlage 3 -
verwerkersovereenkomst. Voor het overige zijn de algemene voorwaarden van Printflow van toepassing,
die de Drukkerij verklaart te hebben ontvangen. Bij tegenstrijdigheid gaat deze tekst voor op de
bijlagen en gaan de bijlagen voor op de algemene voorwaarden.

Artikel 2 - Prijzen en facturatie
2.1 Eenmalige vergoedingen (exclusief btw):
    analyse en functionele uitwerking                          €  4.800,00
    configuratie PrintEngine en huisstijl van het portaal      €  9.600,00
    koppeling MultiPress (orders, klanten, facturen)           € 11.200,00
    koppeling Enfocus Switch                                   €  3.900,00
    import klantenbestand en sjablonen                         €  2.650,00
    testen, opleiding en livebegeleiding                       €  5.200,00
    opzetten hostingomgeving (eenmalige opstartkost)           €  1.250,00
    TOTAAL EENMALIG                                            € 38.600,00
2.2 Hosting en onderhoud "PrintEngine Care": € 690,00 per maand exclusief btw, voor maximaal
1.500 orders per maand; daarboven € 0,25 per bijkomend order. Dit omvat de hosting in een
datacenter in België, de dagelijkse back-ups, de licentie op PrintEngine, de updates, het
correctief onderhoud en de helpdesk van artikel 6.
2.3 De maandvergoeding wordt jaarlijks op 1 januari, voor het eerst op 1 januari 2028, aangepast
volgens de formule P1 = P0 x (0,2 + 0,8 x S1/S0), waarbij S de Agoria-referentieloonkost is.
2.4 Wijzigingen of uitbreidingen buiten bijlage 1 worden door Printflow eerst schriftelijk
geraamd. Printflow voert ze pas uit na schriftelijk akkoord van de Drukkerij op die raming en
factureert ze aan € 105,00 per uur (tarief 2027).
2.5 Facturatie van de eenmalige vergoeding: 30 % bij ondertekening, 40 % bij de start van de
acceptatietest en 30 % na de aanvaarding. De maandvergoeding wordt vanaf de livegang maandelijks
vooraf gefactureerd. Alle facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

Artikel 3 - Planning
3.1 Analyse en functionele workshops: weken 2 tot 4 van 2027. Bouw en koppelingen: weken 5 tot 14.
Acceptatietest: weken 15 en 16. Livegang: maandag 26 april 2027.
3.2 De Drukkerij bezorgt uiterlijk op 15 januari 2027 haar prijsmatrices, de veertig meest
bestelde sjablonen in InDesign en een export van de klantenlijst uit het huidige portaal, regelt
met haar leverancier van MultiPress de toegang tot de API en stelt haar prepress-verantwoordelijke
als key user één dag per week ter beschikking van het project.
3.3 Levert de Drukkerij later dan bepaald in 3.2, dan schuift de planning op met dezelfde periode.
Wordt de livegang door toedoen van Printflow uitgesteld, dan betaalt Printflow een forfaitaire
vergoeding van 0,5 % van de eenmalige vergoeding per begonnen week vertraging, met een maximum van
5 %.

Artikel 4 - Projectorganisatie
4.1 Projectleider bij Printflow is mevrouw Elke Jacobs (elke.jacobs@printflow.be,
0476 31 25 08). Contactpersoon bij de Drukkerij is de heer Dirk Hendrickx, verantwoordelijke
prepress.
4.2 Om de twee weken toont Printflow in een demo wat klaar is en stuurt zij daarna een kort
verslag per e-mail: wat af is, wat volgt, openstaande vragen en risico's.
4.3 Een probleem dat de projectleider en de contactpersoon niet samen oplossen, wordt binnen vijf
werkdagen voorgelegd aan de zaakvoerder van Printflow en de gedelegeerd bestuurder van de
Drukkerij.
4.4 Printflow test elke oplevering eerst op een aparte testomgeving, met geautomatiseerde tests
van de prijsberekening en van de pdf-output. De aangemaakte pdf's voldoen aan PDF/X-4.

Artikel 5 - Oplevering en waarborg
5.1 Printflow importeert vóór de acceptatietest de ongeveer 1.150 bestaande zakelijke klanten met
hun leveradressen en huisstijlsjablonen uit het huidige portaal; de Drukkerij controleert de
import.
5.2 De Drukkerij test het portaal gedurende tien werkdagen aan de hand van de testscenario's van
bijlage 1. Blokkerende fouten worden door Printflow hersteld en opnieuw getest. De aanvaarding
gebeurt schriftelijk; het portaal gaat pas live na de aanvaarding.
5.3 Printflow zet het portaal in het weekend voor de livegang live op het domein
online.hendrickx.be en is de eerste week na de livegang elke werkdag beschikbaar voor
livebegeleiding.
5.4 Printflow geeft twee opleidingen van een halve dag aan vijf medewerkers van de binnendienst en
de prepress, bezorgt een Nederlandstalige beheerdershandleiding en maakt een korte
instructievideo voor de klanten van de Drukkerij.
5.5 Gedurende zes maanden na de livegang herstelt Printflow kosteloos elke fout in de
ontwikkelde functionaliteit.

Artikel 6 - Helpdesk, servicelevels en updates
6.1 De helpdesk is bereikbaar op werkdagen van 8.30 tot 17.00 uur via support@printflow.be en
011 24 87 60. Prioriteit 1 (portaal onbereikbaar of bestellen onmogelijk) wordt telefonisch
gemeld.
6.2 Prioriteit 1: reactie binnen 4 werkuren, werkende oplossing of workaround binnen 1 werkdag.
Prioriteit 2 (een functie werkt niet correct): reactie de volgende werkdag, oplossing binnen 5
werkdagen. Prioriteit 3: in de volgende geplande release.
6.3 Printflow garandeert een beschikbaarheid van het portaal van 99,5 % per kalendermaand, buiten
aangekondigd onderhoud van maximaal 4 uur per maand, dat 's nachts plaatsvindt.
6.4 Updates van PrintEngine en beveiligingspatches van de servers en software zijn inbegrepen.
Kritieke beveiligingspatches worden binnen vijf werkdagen na hun beschikbaarheid geïnstalleerd;
nieuwe versies van PrintEngine worden minstens één week vooraf aangekondigd.

Artikel 7 - Duur en einde
7.1 Hosting en onderhoud lopen voor 36 maanden vanaf de livegang en worden daarna stilzwijgend
verlengd voor periodes van 12 maanden, tenzij een partij ten minste twee maanden vóór het einde
van de lopende periode per aangetekende brief opzegt.
7.2 Elke partij kan de overeenkomst ontbinden wanneer de andere partij een wezenlijke verplichting
niet nakomt en dat niet rechtzet binnen dertig dagen na een aangetekende ingebrekestelling.
7.3 Bij het einde van de overeenkomst bezorgt Printflow binnen dertig dagen een export van de
klanten en de orders van de laatste vijf jaar in CSV en van alle sjablonen in hun oorspronkelijke
formaat (InDesign en pdf). Zolang er vervallen facturen openstaan, mag Printflow de export
opschorten.

Artikel 8 - Intellectuele rechten
8.1 Printflow blijft eigenaar van PrintEngine; de Drukkerij krijgt er een niet-exclusief
gebruiksrecht op voor de duur van de overeenkomst. De sjablonen, prijsmatrices en alle content van
de Drukkerij blijven eigendom van de Drukkerij.

Artikel 9 - Aansprakelijkheid
9.1 De aansprakelijkheid van Printflow is voor alle schadegevallen samen beperkt tot de totale
eenmalige vergoeding van artikel 2.1. Printflow is niet aansprakelijk voor onrechtstreekse schade
zoals winstderving, behalve bij opzet of zware fout.

Artikel 10 - Vertrouwelijkheid en persoonsgegevens
10.1 Partijen houden alle informatie die zij van elkaar ontvangen, waaronder de prijsmatrices en
de klantenlijst van de Drukkerij, vertrouwelijk, tijdens de overeenkomst en drie jaar erna.
10.2 Printflow verwerkt de persoonsgegevens van de klanten van de Drukkerij als verwerker, volgens
de verwerkersovereenkomst van bijlage 3 en uitsluitend in datacenters in België.

Artikel 11 - Toepasselijk recht en geschillen
11.1 Op deze overeenkomst is het Belgisch recht van toepassing.
11.2 Bij een geschil overleggen eerst de zaakvoerder van Printflow en de gedelegeerd bestuurder van
de Drukkerij. Vinden zij binnen dertig dagen geen oplossing, dan is de ondernemingsrechtbank
Antwerpen, afdeling Hasselt, bevoegd.

Opgemaakt te Sint-Truiden op 10 december 2026, in twee exemplaren, waarvan elke partij er één
ontving.

Voor Printflow Solutions bv                     Voor Drukkerij Hendrickx nv

(handtekening)                                  (handtekening)
Jeroen Vanherck, zaakvoerder                    Katrien Hendrickx, gedelegeerd bestuurder
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
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "missing",
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
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": True,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 180,
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99.5,
    },
)

NL_T5B_MDM_MANAGED_SERVICE_AGREEMENT = UnseenDocument(
    name="nl_t5b_mdm_managed_service_agreement",
    text="""DIENSTVERLENINGSOVEREENKOMST MANAGED MOBILE DEVICE MANAGEMENT
Kenmerk: MB/DVO/2026-031

DE ONDERGETEKENDEN:
1. MobiBeheer B.V., gevestigd te (3821 AB) Amersfoort, Databankweg 26, ingeschreven in het
   Handelsregister onder KvK-nummer 69214578, rechtsgeldig vertegenwoordigd door de heer
   R. (Ruben) van Dijk, directeur, hierna: "Opdrachtnemer";
2. Stichting Thuiszorg De Linde, gevestigd te (7418 ES) Deventer, Hanzeweg 14, KvK-nummer
   41025673, rechtsgeldig vertegenwoordigd door mevrouw drs. H.J. (Hanneke) Brouwer, bestuurder,
   hierna: "Opdrachtgever";

OVERWEGENDE DAT:
a. Opdrachtgever circa 420 smartphones en 60 tablets inzet voor haar wijkteams, waarmee
   medewerkers onder meer het elektronisch cliëntdossier raadplegen, en haar huidige
   beheeroplossing per 31 maart 2027 wordt uitgefaseerd;
b. Opdrachtgever op basis van de offerte van Opdrachtnemer met kenmerk MB-2026-077 van
   3 november 2026 heeft gekozen voor het beheer van haar mobiele apparaten met Microsoft Intune
   door Opdrachtnemer;

KOMEN OVEREEN ALS VOLGT:

Artikel 1 - Voorwerp en rangorde
1.1 Opdrachtnemer richt het beheer van de apparaten van Opdrachtgever in (de Implementatie) en
voert dat beheer daarna uit (de Beheerdienst), zoals beschreven in deze overeenkomst en in
bijlage 1 (Dienstbeschrijving), bijlage 2 (Implementatieplan en acceptatiecriteria), bijlage 3
(Offerte MB-2026-077) en bijlage 4 (Verwerkersovereenkomst).
1.2 Bij strijdigheid geldt de volgende rangorde: deze overeenkomst, bijlage 4, bijlage 1,
bijlage 2, bijlage 3.
1.3 Op deze overeenkomst zijn tevens de algemene voorwaarden van Opdrachtnemer (NLdigital
Voorwaarden 2020) van toepassing. Bij strijdigheid gaan deze overeenkomst en haar bijlagen voor.

Artikel 2 - Implementatie
2.1 De Implementatie start op 4 januari 2027 en verloopt in drie fasen:
    Fase 1 (weken 1-2): inventarisatie en ontwerp van het beleid (compliance, app-beleid,
    voorwaardelijke toegang) en inrichting van Apple Business Manager en Android Enterprise
    zero-touch met de leveranciers van de toestellen;
    Fase 2 (weken 3-4): pilot met 25 apparaten van het wijkteam Deventer-Noord;
    Fase 3 (weken 6-11): uitrol per regio tijdens registratiesessies op locatie. Alle apparaten
    zijn uiterlijk op 26 maart 2027 in Intune geregistreerd.
2.2 Opdrachtgever beoordeelt de pilot aan de hand van de acceptatiecriteria van bijlage 2 en
geeft binnen vijf werkdagen na het einde van de pilot schriftelijk akkoord of meldt de
afwijkingen, die Opdrachtnemer vóór de start van Fase 3 herstelt.
2.3 Opdrachtnemer leest de export van het huidige beheersysteem (IMEI- en serienummers,
gebruikers, toewijzing aan teams) in Intune en in het apparatenregister in, controleert de
volledigheid en rapporteert de afwijkingen aan Opdrachtgever.
2.4 Opdrachtgever zorgt ervoor dat: (a) alle gebruikers uiterlijk 11 januari 2027 over een
Microsoft 365 E3-licentie beschikken; (b) Opdrachtnemer via GDAP de benodigde beheerrechten
krijgt; (c) per regio een coördinator de registratiesessies plant en erop toeziet dat de
medewerkers met hun apparaat aanwezig zijn; (d) uiterlijk 11 januari 2027 een actuele lijst van
gebruikers en teams wordt aangeleverd.
2.5 Bij vertraging in de Implementatie stellen partijen in overleg een gewijzigde planning vast.
2.6 Opdrachtnemer geeft twee trainingen aan de veertien teamcoördinatoren, levert een
instructiekaart en een korte video voor de medewerkers en houdt tijdens de uitrol een aparte
telefoonlijn open voor vragen van medewerkers.

Artikel 3 - Beheerdienst
3.1 De Beheerdienst omvat: het beheer van het beleid en de configuratieprofielen in Intune, de
bewaking van de compliance, de distributie en configuratie van apps, het op afstand wissen van
een apparaat bij verlies of diefstal, het in- en uit gebruik nemen van apparaten en de
tweedelijnsondersteuning van de ICT-servicedesk van Opdrachtgever.
3.2 Opdrachtnemer rolt updates van de besturingssystemen uit via update-ringen (test, pilot,
breed) binnen veertien dagen na hun uitgave door Apple of Google. Kritieke beveiligingsupdates
worden binnen 72 uur naar alle apparaten die online zijn verstuurd.
3.3 Niet inbegrepen zijn: de aanschaf en reparatie van apparaten, de telecomabonnementen,
ondersteuning op het elektronisch cliëntdossier zelf en ondersteuning op locatie buiten de
registratiesessies.
3.4 Opdrachtnemer houdt een configuratiedocument bij met alle beleidsregels, profielen, apps en
beheeraccounts, werkt het ten minste elk kwartaal bij en stelt het ter beschikking van
Opdrachtgever.
3.5 Service delivery manager voor Opdrachtgever is mevrouw L. (Lisa) Bosman; haar vervanger is
de heer T. (Tarik) Yilmaz. De Beheerdienst wordt uitgevoerd door engineers met de certificering
Microsoft Certified: Endpoint Administrator Associate en ten minste drie jaar ervaring.
3.6 Opdrachtnemer is gecertificeerd volgens ISO/IEC 27001 en houdt die certificering gedurende de
looptijd in stand. Wijzigingen in het beleid worden eerst in de testring beproefd.

Artikel 4 - Servicelevels en rapportage
4.1 De servicedesk van Opdrachtnemer is op werkdagen van 08.00 tot 18.00 uur bereikbaar via het
klantportaal, servicedesk@mobibeheer.nl en 033 760 21 40. Incidenten met prioriteit 1 kunnen
24 uur per dag, 7 dagen per week telefonisch worden gemeld.
4.2 Opdrachtnemer hanteert de volgende termijnen:
    Prioriteit 1 - verlies of diefstal van een apparaat, of meer dan 25 gebruikers zonder toegang
                   tot het cliëntdossier: reactie binnen 30 minuten (24/7), wissen van een
                   verloren apparaat binnen 1 uur, oplossing binnen 4 uur;
    Prioriteit 2 - een individuele gebruiker of een apparaat geblokkeerd: reactie binnen
                   4 werkuren, oplossing binnen 2 werkdagen;
    Prioriteit 3 - vraag of wijzigingsverzoek: reactie binnen 1 werkdag.
4.3 Intune en de diensten van Apple en Google worden geleverd door Microsoft, Apple en Google.
Opdrachtnemer heeft daarop geen invloed en geeft geen garantie op de beschikbaarheid ervan.
4.4 Haalt Opdrachtnemer de reactie- of oplostermijn voor prioriteit 1 niet, dan crediteert zij
5 % van de maandelijkse beheervergoeding per overschrijding, met een maximum van 15 % per maand,
op de eerstvolgende factuur.
4.5 Opdrachtnemer levert binnen tien werkdagen na afloop van elke maand een servicerapport met de
incidenten per prioriteit, de behaalde servicelevels, het percentage compliante apparaten, de
apparaten die dertig dagen niet zijn gezien en de openstaande wijzigingen.
4.6 Elk kwartaal vindt een serviceoverleg plaats tussen de service delivery manager en de
ICT-manager van Opdrachtgever. Escalatie verloopt van de service delivery manager naar de
directeur van Opdrachtnemer en de manager bedrijfsvoering van Opdrachtgever, en vervolgens naar
de bestuurder van Opdrachtgever.

Artikel 5 - Vergoedingen
5.1 De Implementatie wordt uitgevoerd voor een vaste prijs van € 12.400,00 exclusief btw,
gefactureerd voor 50 % bij de start en voor 50 % na afronding van Fase 3.
5.2 De Beheerdienst kost € 4,85 per apparaat per maand exclusief btw, met een minimum van
450 apparaten, gefactureerd maandelijks vooraf op basis van het aantal in Intune geregistreerde
apparaten op de eerste dag van de maand.
5.3 Werkzaamheden buiten de Dienstbeschrijving voert Opdrachtnemer alleen uit na een
schriftelijke opdracht van Opdrachtgever op basis van een vooraf verstrekte prijsopgave, tegen een
uurtarief van € 98,00 exclusief btw.
5.4 De tarieven worden jaarlijks per 1 januari aangepast op basis van de CBS-index cao-lonen.
5.5 Opdrachtnemer kan de Dienstbeschrijving en de tarieven wijzigen wanneer wijzigingen in de
diensten of licentievoorwaarden van Microsoft daartoe aanleiding geven, met een aankondiging van
ten minste een maand. Opdrachtgever kan de overeenkomst in dat geval opzeggen tegen de datum
waarop de wijziging ingaat.
5.6 Facturen worden binnen 21 dagen na factuurdatum voldaan.

Artikel 6 - Looptijd, beëindiging en exit
6.1 De Beheerdienst heeft een looptijd van 36 maanden vanaf 1 april 2027 en wordt daarna
stilzwijgend verlengd met telkens 12 maanden, tenzij een partij de overeenkomst per aangetekende
brief opzegt met inachtneming van een opzegtermijn van drie maanden.
6.2 Elke partij kan de overeenkomst ontbinden indien de andere partij tekortschiet en dat
tekortkomen niet binnen dertig dagen na een schriftelijke ingebrekestelling herstelt, of indien
de andere partij in staat van faillissement wordt verklaard.
6.3 Bij het einde van de overeenkomst zet Opdrachtnemer de Beheerdienst op verzoek van
Opdrachtgever ten hoogste drie maanden tegen de geldende tarieven voort en werkt zij mee aan de
overdracht aan Opdrachtgever of een opvolgende leverancier, met een exitbegeleiding van maximaal
40 uur tegen het uurtarief van artikel 5.3. Zij levert daarbij het actuele configuratiedocument,
een export van alle beleidsregels en profielen in JSON-formaat en het apparatenregister in CSV.
Binnen dertig dagen na de overdracht trekt Opdrachtnemer haar beheerrechten in en verwijdert zij
de gegevens van Opdrachtgever uit haar eigen systemen.

Artikel 7 - Intellectuele eigendom
7.1 Op de scripts en configuraties die Opdrachtnemer specifiek voor Opdrachtgever ontwikkelt,
verkrijgt Opdrachtgever een niet-exclusief, eeuwigdurend gebruiksrecht. De eigen tools en
werkwijzen van Opdrachtnemer blijven haar eigendom.

Artikel 8 - Aansprakelijkheid
8.1 De totale aansprakelijkheid van Opdrachtnemer is per kalenderjaar beperkt tot het bedrag van
de vergoedingen die Opdrachtgever in de drie maanden voorafgaand aan de schadeveroorzakende
gebeurtenis heeft betaald. Opdrachtnemer is niet aansprakelijk voor indirecte schade,
gevolgschade en verlies of verminking van gegevens, waaronder gegevens die op instructie van
Opdrachtgever van een apparaat zijn gewist.

Artikel 9 - Geheimhouding
9.1 Partijen houden alle vertrouwelijke informatie die zij in het kader van deze overeenkomst van
elkaar ontvangen geheim, ook na het einde van de overeenkomst.

Artikel 10 - Persoonsgegevens
10.1 Opdrachtnemer verwerkt persoonsgegevens als verwerker in de zin van de AVG, uitsluitend
binnen de Europese Economische Ruimte en volgens de verwerkersovereenkomst van bijlage 4. Zij
meldt een inbreuk in verband met persoonsgegevens binnen 24 uur na ontdekking aan Opdrachtgever.

Artikel 11 - Toepasselijk recht en geschillen
11.1 Op deze overeenkomst is Nederlands recht van toepassing.
11.2 Partijen trachten een geschil eerst op te lossen via de escalatie van artikel 4.6. Leidt dat
niet binnen dertig dagen tot een oplossing, dan wordt het geschil voorgelegd aan de bevoegde
rechter van de rechtbank Midden-Nederland.

Aldus overeengekomen en in tweevoud ondertekend,

Amersfoort, 8 december 2026                     Deventer, 10 december 2026
MobiBeheer B.V.                                 Stichting Thuiszorg De Linde
(handtekening)                                  (handtekening)
R. van Dijk, directeur                          drs. H.J. Brouwer, bestuurder
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
        "timing.delay": "partial",
        "team.named_team": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "partial",
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
        "payment_term_days": 21,
        "response_time_hours_highest_priority": 0.5,
    },
)

NL_T5B_SERVER_VIRTUALISATION_EMAIL_OFFER = UnseenDocument(
    name="nl_t5b_server_virtualisation_email_offer",
    text="""Van:       Bart Lemmens <bart@lemmens-ict.be>
Aan:       Kristof Wouters <kristof@transportwouters.be>
Datum:     dinsdag 1 december 2026 16:42
Onderwerp: Voorstel vervanging servers - virtualisatie (ons ref. LI-2026-187)

Dag Kristof,

Zoals beloofd na ons bezoek van vorige week, hierbij ons voorstel om jullie drie oude servers te
vervangen. Kort samengevat: de servers dateren van 2017, de garantie is verlopen en op de
fileserver zagen we al schijffouten. We stellen voor om alles onder te brengen op een cluster van
twee nieuwe hosts met Hyper-V en een gedeelde opslag, zodat de planning en de dispatching blijven
draaien als één host uitvalt.

WAT WE VOORZIEN (prijzen excl. btw)

Hardware
- 2 x Dell PowerEdge R660xs (2 x Xeon Silver, 256 GB RAM, 2 x 480 GB SSD boot),
  incl. 5 jaar ProSupport volgende werkdag ter plaatse                        € 14.980,00
- Dell PowerVault ME5012 met 8 x 3,84 TB SSD                                   € 11.240,00
- Synology RS1221+ met 4 x 8 TB als back-updoel                                €  2.690,00
Licenties
- Windows Server 2025 Datacenter, 2 x 16 cores                                 € 11.860,00
- Veeam Data Platform Foundation, 10 instanties, abonnement per jaar          €  1.480,00
Installatie (vaste prijs)
- opbouw en configuratie van het cluster, de SAN en de back-up,
  6 dagen aan € 760,00                                                         €  4.560,00
                                                                               -----------
Totaal                                                                         € 46.810,00

Migratie van de bestaande servers
De drie bestaande servers (domeincontroller en bestanden, de SQL-server van TransPlan en de
RDS-server van de dispatchers) zetten we over naar virtuele machines op de nieuwe cluster. De
databank van TransPlan verhuizen we samen met Logisoft. Hoeveel tijd dat vraagt, hangt sterk af
van wat we onderweg tegenkomen; dat deel rekenen we in regie aan € 95,00 per uur, volgens de
werkelijk gepresteerde uren.

Niet inbegrepen: de werkposten en printers, een upgrade van TransPlan, en de stroomvoorziening in
het rack (2 x 16 A, door jullie elektricien). Alles wat niet in dit voorstel staat, bespreken we
eerst met jou voor we eraan beginnen; we rekenen het aan tegen hetzelfde uurtarief.

PLANNING
De levertermijn van de hardware is 3 à 4 weken na bestelling. We bouwen de cluster eerst op in
ons atelier en plaatsen hem daarna bij jullie. De migratie doen we in het weekend van 16 en
17 januari 2027, zodat de dispatching op maandag 18 januari op de nieuwe omgeving start. Jens is
die maandag vanaf 7 uur bij jullie om eventuele problemen bij de gebruikers op te vangen.

Van jullie kant hebben we nodig:
- dat Logisoft op zaterdag 16 januari van 9 tot 13 uur beschikbaar is voor de verhuis van de
  TransPlan-databank (dat regel jij met hen);
- de beheerderswachtwoorden van de huidige servers en van de firewall;
- dat de gebruikers weten dat de servers vanaf vrijdag 15 januari om 20 uur niet meer
  beschikbaar zijn.

Het werk gebeurt door Jens Claes (systeembeheerder, Microsoft Certified: Windows Server Hybrid
Administrator Associate) en mezelf. Voor we de oude servers uitzetten, testen we van elke
virtuele machine een volledige restore uit de back-up. De oude servers laten we nog twee weken
onaangeroerd staan als terugvaloptie. Achteraf krijg je een documentatie van de nieuwe omgeving
(IP-plan, configuratie, back-upschema) en zetten we alle wachtwoorden in jullie wachtwoordkluis;
we nemen ook een uurtje om je wegwijs te maken in het beheer van de cluster.

Loopt er in de eerste drie maanden na de migratie iets mis dat te wijten is aan onze installatie,
dan lossen we dat gratis op. Het onderhoud en de opvolging na de installatie kunnen we opnemen
in een beheercontract; daarover stuur ik je graag een apart voorstel.

PRIJZEN EN BETALING
De hardwareprijzen zijn de dagprijzen van Dell van vandaag; stijgen die voor we bestellen, dan
passen we ze aan. Hardware en licenties factureren we bij levering, de installatie en de
migratie na afloop van de migratie. Betaling binnen 15 dagen na factuurdatum.

Onze aansprakelijkheid is beperkt tot het bedrag van de werkuren die we voor deze opdracht
aanrekenen. Voor verlies van gegevens zijn we niet aansprakelijk; daarom nemen we vóór de
migratie nog een volledige back-up van de oude servers. Verder gelden onze algemene voorwaarden,
die je vindt op www.lemmens-ict.be/voorwaarden.

Dit voorstel is 14 dagen geldig. Als je akkoord bent, volstaat een mailtje terug; dan bestellen
we de hardware meteen, zodat we het migratieweekend van januari zeker halen.

Met vriendelijke groeten,

Bart Lemmens
Zaakvoerder Lemmens ICT bv
Grote Baan 118, 3560 Lummen | 013 39 40 71 | www.lemmens-ict.be
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
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "partial",
        "maintenance.support_hours": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.termination": "missing",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 15,
    },
)

NL_T5B_CUSTOMER_PORTAL_DEVELOPMENT = UnseenDocument(
    name="nl_t5b_customer_portal_development",
    text="""OVEREENKOMST VOOR DE ONTWIKKELING VAN HET KLANTENPORTAAL "MIJN VAN HOOL"

TUSSEN
Koppel bv, Vaartkom 31, 3000 Leuven, ondernemingsnummer 0738.552.190, vertegenwoordigd door
mevrouw Sofie Claes en de heer Arne Peeters, bestuurders, hierna "Koppel",
EN
Bouwmaterialen Van Hool nv, Antwerpsesteenweg 412, 2500 Lier, ondernemingsnummer 0405.873.221,
vertegenwoordigd door de heer Luc Van Hool, gedelegeerd bestuurder, hierna "Van Hool".

1. VOORWERP
1.1 Koppel ontwikkelt een responsive webportaal (geen native app) voor de professionele klanten
van Van Hool (aannemers, installateurs), waarin zij hun bestellingen en leveringen opvolgen,
facturen en creditnota's raadplegen en downloaden, hun openstaand saldo zien, eerder bestelde
artikelen herbestellen tegen hun eigen klantprijzen en meerdere gebruikers per firma beheren.
1.2 Het portaal haalt zijn gegevens uit Microsoft Dynamics 365 Business Central via de standaard
API en bijkomende API-pagina's, en draait in de Azure-omgeving van Van Hool.
1.3 Niet inbegrepen: een webshop voor particulieren, online betalingen, aanpassingen aan Business
Central zelf (door de Business Central-partner van Van Hool) en de verbruikskosten van Azure, die
Microsoft rechtstreeks aan Van Hool factureert.
1.4 Contractdocumenten: deze overeenkomst; bijlage 1 - initiële productbacklog en definition of
done (versie 0.9 van 20/11/2026); bijlage 2 - offerte KO-2026-093 van 6/11/2026; bijlage 3 -
verwerkersovereenkomst. Bij tegenstrijdigheid geldt deze rangorde: deze overeenkomst, bijlage 3,
bijlage 1, bijlage 2. De algemene voorwaarden van beide partijen zijn niet van toepassing.

2. WERKWIJZE EN PLANNING
2.1 Het project verloopt volgens Scrum in sprints van twee weken. Sprint 0 (weken 2 en 3 van 2027)
dient voor de architectuur, de inrichting van Azure DevOps in de omgeving van Van Hool en de
deploymentpipeline. Daarna volgen tien sprints, van 25 januari tot 11 juni 2027.
2.2 Van 14 juni tot 2 juli 2027 loopt de acceptatietest, gevolgd door een pilot met twintig klanten
vanaf 5 juli. De algemene livegang is gepland op maandag 16 augustus 2027, na het bouwverlof.
2.3 Van Hool stelt mevrouw Inge Verstraeten, manager klantendienst, aan als product owner. Zij is
minstens twee dagen per week beschikbaar, neemt deel aan de sprintplanning en de sprintreview,
bepaalt de prioriteiten in de backlog en aanvaardt de opgeleverde items.
2.4 Van Hool bezorgt vóór het einde van sprint 0 een testomgeving van Business Central met een
geanonimiseerde kopie van de gegevens en een Azure-abonnement met de nodige rechten voor de
pipeline, en zorgt ervoor dat haar Business Central-partner de bijkomende API-pagina's vóór het
einde van sprint 2 oplevert.
2.5 Gelet op de agile werkwijze gaat Koppel een middelenverbintenis aan: zij zet het
overeengekomen team in, maar garandeert niet dat alle items van de backlog binnen het
budgetplafond van artikel 5 worden gerealiseerd.

3. TEAM EN KWALITEIT
3.1 Het team van Koppel bestaat uit:
    Pieter Maes - product lead en scrum master, 12 jaar ervaring, 3 dagen per week;
    Hanne Jacobs - senior full-stack ontwikkelaar (.NET, React), 9 jaar ervaring, voltijds;
    Youssef El Amrani - medior ontwikkelaar, 4 jaar ervaring, voltijds;
    Lien Wouters - UX/UI-ontwerper, 6 jaar ervaring, 2 dagen per week tijdens de eerste vier
    sprints, daarna op afroep.
3.2 Koppel vervangt een teamlid alleen met voorafgaand akkoord van Van Hool, dat niet zonder
reden wordt geweigerd, behalve bij ziekte of vertrek uit de onderneming. De vervanger heeft een
gelijkwaardig profiel; de inwerkperiode van minstens vijf werkdagen wordt niet aangerekend.
3.3 Elke wijziging in de code wordt door een tweede ontwikkelaar nagekeken voor ze wordt
samengevoegd. De bedrijfslogica heeft geautomatiseerde unit- en integratietests met een dekking
van minstens 70 %. Het portaal voldoet aan OWASP ASVS niveau 2 en aan WCAG 2.1 niveau AA. Vóór
de livegang laat Koppel een penetratietest uitvoeren door een externe partij; de kost daarvan
(€ 4.500,00) zit in het budgetplafond.

4. OPVOLGING EN OVERLEG
4.1 Op het einde van elke sprint toont Koppel het resultaat in een sprintreview en bezorgt zij een
sprintrapport met de afgewerkte items, de gepresteerde dagen per profiel, het verbruikte budget
tegenover het plafond, een prognose en de risico's.
4.2 Maandelijks komt een stuurgroep samen met de gedelegeerd bestuurder en de product owner van
Van Hool en met Sofie Claes en Pieter Maes van Koppel. Wat de product owner en de product lead niet
samen oplossen, leggen zij voor aan de stuurgroep.

5. PRIJS EN FACTURATIE
5.1 Koppel werkt in regie tegen de volgende dagtarieven (exclusief btw), vast tot 31/12/2027:
    product lead / scrum master      € 920,00
    senior ontwikkelaar              € 860,00
    medior ontwikkelaar              € 710,00
    UX/UI-ontwerper                  € 790,00
5.2 Voor sprint 0 tot en met de algemene livegang geldt een budgetplafond van € 86.000,00
exclusief btw. Koppel overschrijdt dat plafond niet zonder voorafgaand schriftelijk akkoord van
Van Hool. Zodra 80 % van het plafond verbruikt is, bezorgt Koppel een prognose van het resterende
werk; een verhoging van het plafond kan enkel bij een schriftelijk addendum dat door beide
partijen is ondertekend.
5.3 Binnen het plafond kan de product owner de backlog op elk moment aanpassen.
5.4 Koppel factureert maandelijks op basis van de door de product owner goedgekeurde
tijdsregistratie. Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.
5.5 Het onderhoud en de verdere ontwikkeling na de livegang worden geregeld in een afzonderlijk
onderhoudscontract, waarvan partijen de inhoud en de prijs vóór de livegang afspreken.

6. OPLEVERING, AANVAARDING EN WAARBORG
6.1 De product owner aanvaardt de items in de sprintreview aan de hand van de definition of done.
6.2 Vóór de livegang testen de key users van Van Hool het portaal gedurende vijftien werkdagen op
de acceptatieomgeving, aan de hand van testscenario's die partijen samen opstellen. Blokkerende
en ernstige fouten worden vóór de livegang hersteld. De aanvaarding gebeurt schriftelijk.
6.3 Vóór de pilot maakt Koppel eenmalig de portaalaccounts aan voor de ongeveer 2.300 actieve
professionele klanten en hun contactpersonen, op basis van een export uit Business Central, en
verstuurt zij de uitnodigingsmails met activatielink.
6.4 Koppel zet het portaal via de deploymentpipeline in productie, eerst voor de pilotklanten en
daarna voor alle klanten.
6.5 Koppel geeft twee opleidingen aan de acht medewerkers van de klantendienst, zodat zij de
klanten kunnen helpen, en maakt een FAQ en korte instructievideo's voor de klanten.
6.6 Gedurende drie maanden na de algemene livegang herstelt Koppel kosteloos elke afwijking van de
aanvaarde functionaliteit.

7. DOCUMENTATIE EN OVERDRACHT
7.1 De broncode, de infrastructuur als code en de documentatie staan vanaf de eerste dag in de
Azure DevOps-omgeving van Van Hool. Koppel houdt een architectuurdocument, een beschrijving van
de API's, een installatiehandleiding en een beheerhandleiding bij.
7.2 Op het einde van het project geeft Koppel twee overdrachtssessies aan de medewerkers of de
leverancier die Van Hool aanwijst.

8. INTELLECTUELE RECHTEN
8.1 Alle intellectuele rechten op de code en het ontwerp die specifiek voor Van Hool worden
ontwikkeld, gaan over op Van Hool na betaling van de betrokken facturen. Opensourcecomponenten
blijven onder hun eigen licentie; de lijst ervan staat in de repository. Koppel mag haar algemene
knowhow blijven gebruiken.

9. DUUR EN BEËINDIGING
9.1 De overeenkomst loopt vanaf de ondertekening tot het einde van de waarborgperiode.
9.2 Van Hool kan de overeenkomst beëindigen op het einde van elke sprint, met een opzegging van
tien werkdagen per aangetekende brief of e-mail; zij betaalt dan alleen de gepresteerde dagen.
Koppel geeft in dat geval de overdrachtssessies van 7.2 en helpt de opvolger gedurende ten
hoogste tien werkdagen tegen de dagtarieven van 5.1.
9.3 Elke partij kan de overeenkomst ontbinden wanneer de andere partij een wezenlijke verplichting
niet nakomt en dat niet rechtzet binnen dertig dagen na een aangetekende ingebrekestelling.

10. AANSPRAKELIJKHEID
10.1 De aansprakelijkheid van Koppel is beperkt tot de bedragen die onder deze overeenkomst zijn
gefactureerd. Koppel is niet aansprakelijk voor onrechtstreekse schade zoals winstderving of
verlies van klanten, behalve bij opzet, bedrog of zware fout.

11. VERTROUWELIJKHEID
11.1 Koppel houdt alle informatie van Van Hool vertrouwelijk, in het bijzonder de klantprijzen en
de betalingsvoorwaarden van haar klanten, tijdens de overeenkomst en vijf jaar erna.

12. PERSOONSGEGEVENS
12.1 Koppel verwerkt de gegevens van de contactpersonen van de klanten van Van Hool als verwerker
volgens de verwerkersovereenkomst van bijlage 3. Zij werkt uitsluitend in de Azure-omgeving van
Van Hool, in de regio West-Europa, en gebruikt voor testen enkel geanonimiseerde gegevens.

13. TOEPASSELIJK RECHT EN GESCHILLEN
13.1 Deze overeenkomst wordt beheerst door het Belgisch recht.
13.2 Een geschil wordt eerst aan de stuurgroep voorgelegd. Vindt die binnen dertig dagen geen
oplossing, dan doen partijen een beroep op een erkende bemiddelaar. Blijft de bemiddeling binnen
zestig dagen zonder resultaat, dan is de ondernemingsrechtbank Antwerpen, afdeling Mechelen,
bevoegd.

Opgemaakt te Lier op 10 december 2026, in twee exemplaren.

Voor Koppel bv                                      Voor Bouwmaterialen Van Hool nv

(handtekening)          (handtekening)              (handtekening)
Sofie Claes             Arne Peeters                Luc Van Hool
bestuurder              bestuurder                  gedelegeerd bestuurder
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
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
        "maintenance.updates": "missing",
        "exit.termination": "covered",
        "exit.transition": "covered",
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
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 30,
        "warranty_days": 90,
    },
)


DOCUMENTS = [
    NL_T5B_WEB_TO_PRINT_PORTAL,
    NL_T5B_MDM_MANAGED_SERVICE_AGREEMENT,
    NL_T5B_SERVER_VIRTUALISATION_EMAIL_OFFER,
    NL_T5B_CUSTOMER_PORTAL_DEVELOPMENT,
]
