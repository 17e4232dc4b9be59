"""Held-out batch 9, Dutch documents: a Flemish offer (letter style, with an empty "voor akkoord"
block for the mayor and the general director) for outsourcing the first-line IT helpdesk of a
municipality and its OCMW plus one day a week of on-site support, a Netherlands agreement (formal,
numbered articles, NLdigital Voorwaarden declared applicable, signed by both parties) for migrating
a garden-furniture webshop from Magento 2 to Shopify Plus with a support subscription afterwards,
and a short Flemish cloud telephony (cloud PBX, VoIP handsets, number porting) contract for an
accountancy office, on an order-form front with an extract of the supplier's general terms on the
back (signed by both parties).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 30 minutes = 0.5); an empty "voor akkoord" block for the
client is a partial signature and raises risk.unsigned; supplier general terms that are declared
applicable raise risk.supplier_terms_prevail even when the special conditions prevail over them.
"""

from .unseen_documents import UnseenDocument

NL_MUNICIPAL_HELPDESK_OUTSOURCING_OFFER = UnseenDocument(
    name="nl_municipal_helpdesk_outsourcing_offer",
    text="""DESKPARTNERS BV - servicedesk en ICT-ondersteuning voor lokale besturen
Kempische Steenweg 303 bus 12, 3500 Hasselt | 011 96 42 10 | offerte@deskpartners.be
Ondernemingsnummer BE 0712.884.306 | RPR Antwerpen, afdeling Hasselt

                                              Gemeentebestuur Hoeverzele
                                              t.a.v. mevrouw Katrien Jacobs, algemeen directeur
                                              cc. de heer Dirk Vos, ICT-coördinator
                                              Dorpsplein 1
                                              3945 Hoeverzele

Hasselt, 1 december 2026
Onze ref.: DP/OF/26-118 - Uw ref.: offerteaanvraag ICT-2026-07 van 4 november 2026

Betreft: uitbesteding van de eerstelijnshelpdesk en ondersteuning ter plaatse

Geachte mevrouw Jacobs,
Geachte heer Vos,

In antwoord op uw offerteaanvraag bezorgen wij u graag ons voorstel om de eerstelijnshelpdesk van
het gemeentebestuur en het OCMW over te nemen en uw ICT-dienst één dag per week ter plaatse te
versterken. Uw ICT-dienst bestaat vandaag uit één persoon voor 150 medewerkers in het gemeentehuis,
het sociaal huis, de bibliotheek en de technische dienst. Met dit voorstel wordt Dirk ontlast van
de dagelijkse gebruikersvragen en kan hij zich toeleggen op projecten en beleid.

1. ONZE DIENSTVERLENING
a) Servicedesk op afstand (eerste lijn) voor de 150 gebruikers: registratie van alle meldingen,
   wachtwoorden en accounts (Active Directory, Microsoft 365), werkplek- en printerproblemen, vragen
   over Office en Teams, hulp op afstand, en doorverwijzing naar de juiste leverancier wanneer een
   vakapplicatie de oorzaak is.
b) Patchbeheer van de werkposten: maandelijkse uitrol van de Windows- en Office-updates via Intune;
   kritieke beveiligingsupdates binnen 72 uur na publicatie door Microsoft.
c) Ondersteuning ter plaatse (tweede lijn): elke dinsdag is onze technicus een volledige dag (8 uur)
   in het gemeentehuis voor interventies aan werkposten, de installatie van nieuwe medewerkers,
   verhuizingen van werkplekken en kleine projecten die Dirk inplant.
Niet inbegrepen: het beheer van de servers, het netwerk en de firewall (blijft bij uw huidige
partner), de vakapplicaties voor burgerzaken, financiën en personeel (blijven bij de leveranciers
van die pakketten), hardware en licenties, en grotere projecten zoals de vervanging van alle
laptops, waarvoor wij op vraag een afzonderlijke offerte maken.

2. BEREIKBAARHEID EN SERVICETERMIJNEN
De servicedesk is bereikbaar op werkdagen van 8.00 tot 17.00 uur op een eigen nummer voor
Hoeverzele (011 96 42 19), via hoeverzele@deskpartners.be en via het ticketportaal.

   Prioriteit                                          reactie        oplossing of workaround
   1  loket burgerzaken, kassa of een hele dienst      30 minuten     4 werkuren
      kan niet werken
   2  één medewerker kan niet werken                    2 werkuren     1 werkdag
   3  vraag of hinder waarvoor een omweg bestaat       1 werkdag      3 werkdagen

Reactie betekent dat een medewerker contact opneemt en de behandeling start. De termijnen lopen
binnen de openingsuren van de servicedesk. Ligt de oorzaak bij een andere leverancier, dan wordt de
oplostermijn opgeschort vanaf de doorverwijzing; wij volgen de melding op tot ze is opgelost.
Halen wij in een kalendermaand bij meer dan 5 % van de tickets de reactietermijn niet, dan
crediteren wij 5 % van de maandvergoeding voor de servicedesk; bij meer dan 10 % wordt dat 10 %.

3. ONS TEAM
Uw vast aanspreekpunt en servicedeskcoördinator is Jolien Claes (jolien.claes@deskpartners.be,
0478 52 16 93). Uw technicus ter plaatse is Bram Peeters. De tickets van Hoeverzele worden
behandeld door een vaste ploeg van vier servicedeskmedewerkers, allen met minstens drie jaar
ervaring in eerstelijnsondersteuning en een ITIL 4 Foundation-certificaat; Bram heeft acht jaar
ervaring in lokale besturen.
Bij ziekte of verlof van Bram sturen wij een collega die uw omgeving kent. Willen wij Bram
definitief vervangen, dan melden wij dat minstens een maand vooraf, stellen wij een kandidaat met
gelijkwaardige ervaring voor en werkt de nieuwe technicus twee dinsdagen samen met Bram in, zonder
kosten voor de gemeente. De gemeente kan om gegronde redenen de vervanging van een medewerker
vragen.
Wij werken volgens ITIL. Na elk afgesloten ticket vragen wij de gebruiker naar zijn tevredenheid en
Jolien controleert maandelijks 10 % van de afgesloten tickets op volledigheid en correctheid.

4. OPSTART
   week 1 (4 - 8 januari 2027)   kick-off met Dirk; inventaris van werkposten, printers en
                                 applicaties; import van uw huidige inventaris en van de openstaande
                                 tickets uit GLPI (CSV-export) in ons ticketsysteem
   week 2 en 3                   opbouw van de kennisbank Hoeverzele (procedures, contactpersonen
                                 per dienst, leveranciers van de vakapplicaties); test van het
                                 helpdesknummer
   week 4                        proefdraaien met de ICT-dienst en twee pilootdiensten
   1 februari 2027               livegang: de servicedesk neemt alle meldingen over
In de eerste twee weken na de livegang is op maandag en dinsdag een extra technicus aanwezig in het
gemeentehuis. Elke dienst krijgt een infosessie van een halfuur over het melden van problemen en
alle medewerkers ontvangen een fiche "Zo bereik je de helpdesk".
Wat wij vóór 4 januari 2027 van de gemeente nodig hebben: een beheerdersaccount met gedelegeerde
rechten in Active Directory en Microsoft 365, de export uit GLPI, de lijst van medewerkers en
diensten, de contactgegevens van uw leveranciers, en een werkplek met netwerkaansluiting voor onze
technicus op dinsdag. Dirk Vos blijft het aanspreekpunt aan de kant van de gemeente en beslist over
de prioriteiten.

5. RAPPORTERING EN OVERLEG
Uiterlijk de vijfde werkdag van elke maand ontvangt u een rapport met het aantal tickets per dienst
en per prioriteit, de gehaalde termijnen, de tevredenheid, terugkerende problemen en onze
aanbevelingen. Elk kwartaal overleggen de algemeen directeur en Dirk met Jolien en onze
accountmanager Koen Stevens. Escalatie verloopt via Jolien Claes, daarna Koen Stevens en ten
slotte onze zaakvoerder Hilde Maes.

6. PRIJS (exclusief btw)
   Eenmalige opstart (inventaris, kennisbank, inrichting ticketsysteem,
   extra technicus na de livegang)                                         €  2.400,00
   Servicedesk op afstand incl. patchbeheer, 150 gebruikers x € 22,00       €  3.300,00 per maand
   Technicus ter plaatse, per gepresteerde dinsdag                          €    560,00 per dag
Op feestdagen en sluitingsdagen van de gemeente wordt geen dinsdag aangerekend. Wijzigt het aantal
gebruikers met meer dan 10 %, dan passen wij de maandvergoeding aan vanaf het volgende kwartaal, aan
€ 22,00 per gebruiker.
Bijkomende prestaties buiten de dinsdag voeren wij pas uit na uw schriftelijk akkoord op een
raming per e-mail; ze worden aangerekend aan € 70,00 per uur, verplaatsing inbegrepen.
De prijzen worden jaarlijks op 1 februari, voor het eerst op 1 februari 2028, aangepast volgens
P = P0 x (0,2 + 0,8 x S/S0), waarbij S het Agoria-referentieloon is.
Raming over 24 maanden: opstart € 2.400,00 + servicedesk € 79.200,00 + ca. 92 dinsdagen
€ 51.520,00 = € 133.120,00 exclusief btw.
Facturatie: de opstart na de livegang; de servicedesk en de gepresteerde dinsdagen maandelijks na
afloop van de maand, via Mercurius. Betaling binnen 30 dagen na ontvangst van de factuur.

7. DUUR EN EINDE
De opdracht loopt 24 maanden vanaf 1 februari 2027, zonder stilzwijgende verlenging. De gemeente kan
de opdracht eenmaal met 12 maanden verlengen bij beslissing van het college, te melden uiterlijk
drie maanden vóór het einde. De gemeente kan de opdracht opzeggen tegen het einde van elk
contractjaar, met een opzegtermijn van drie maanden, bij aangetekende brief. Elke partij kan de
opdracht beëindigen bij een ernstige tekortkoming van de andere partij die niet is verholpen
binnen 30 dagen na een aangetekende ingebrekestelling.
Bij het einde werken wij gedurende een maand mee aan de overdracht naar uw nieuwe dienstverlener of
naar uw eigen ICT-dienst: een overdrachtsvergadering, toelichting bij de kennisbank en begeleiding
bij de eerste meldingen. De servicedesk blijft tot de laatste dag volledig werken. De eerste 16 uur
overdracht zijn kosteloos, daarna geldt € 70,00 per uur.
De tickethistoriek en de kennisbank zijn eigendom van de gemeente. Binnen tien werkdagen na het
einde bezorgen wij ze u als CSV-bestand (tickets) en in Word (kennisbank), waarna wij ze uit onze
systemen verwijderen en u dat schriftelijk bevestigen. Ook alle procedures en documentatie die wij
voor de gemeente opstellen, zijn eigendom van de gemeente.

8. VERTROUWELIJKHEID, PRIVACY EN AANSPRAKELIJKHEID
Al onze medewerkers die voor Hoeverzele werken, ondertekenen een vertrouwelijkheidsverklaring en
behandelen alle informatie over de gemeente, haar personeel en haar burgers strikt vertrouwelijk.
Wij treden op als verwerker. Vóór de livegang ondertekenen wij de verwerkersovereenkomst volgens het
VVSG-model die bij uw offerteaanvraag was gevoegd. Ons ticketsysteem draait in een datacenter in de
Europese Unie; een gegevenslek melden wij binnen 24 uur aan uw functionaris voor
gegevensbescherming.
Onze aansprakelijkheid is beperkt tot € 1.250.000,00 per schadegeval, het verzekerde bedrag van
onze beroepsaansprakelijkheidsverzekering (attest in bijlage).

9. TOEPASSELIJKE BEPALINGEN
Deze offerte geldt samen met de bepalingen van uw offerteaanvraag ICT-2026-07; bij tegenstrijdigheid
gaan die bepalingen voor. Onze eigen algemene voorwaarden zijn niet van toepassing. Op de opdracht
is het Belgisch recht van toepassing; bevoegd zijn de rechtbanken van het gerechtelijk
arrondissement Limburg, afdeling Hasselt.

Deze offerte is 90 dagen geldig. Wij kijken uit naar de samenwerking.

Met vriendelijke groeten,

Hilde Maes
zaakvoerder DeskPartners bv

Voor akkoord, namens het gemeentebestuur van Hoeverzele
(beslissing van het college van burgemeester en schepenen van ...................)

De algemeen directeur                              De burgemeester

.................................                  .................................
""",
    items={
        "agreement.signed_both": "partial",
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
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.warranty": "missing",
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
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
    },
)

NL_ECOMMERCE_PLATFORM_MIGRATION_AGREEMENT = UnseenDocument(
    name="nl_ecommerce_platform_migration_agreement",
    text="""OVEREENKOMST VAN OPDRACHT - MIGRATIE WEBWINKELS VAN MAGENTO 2 NAAR SHOPIFY PLUS, MET SUPPORT
Kenmerk: CP-2026-114

DE ONDERGETEKENDEN:
1. Commerceplein B.V., Westervoortsedijk 73, 6827 AV Arnhem, KvK-nummer 81246390, rechtsgeldig
   vertegenwoordigd door de heer E.J. (Erik) Jansen, algemeen directeur, hierna: "Opdrachtnemer";
2. Van Dalen Buitenleven B.V., Industrieweg 44, 5492 NG Sint-Oedenrode, KvK-nummer 17093528,
   rechtsgeldig vertegenwoordigd door de heer H.P. (Hans) van Dalen, directeur, hierna:
   "Opdrachtgever";
OVERWEGENDE DAT Opdrachtgever via www.vandalenbuitenleven.nl en .be tuinmeubelen en buitenkeukens
verkoopt op een Magento 2.4-platform waarvan de hostingovereenkomst op 30 juni 2027 afloopt, en
Opdrachtnemer daartoe op 6 november 2026 de offerte CP-OFF-26-311 heeft uitgebracht;
KOMEN OVEREEN ALS VOLGT:

Artikel 1 - Contractdocumenten
1.1 De Overeenkomst bestaat uit deze tekst en de bijlagen: 1 Functionele specificatie en
acceptatiecriteria; 2 Planning; 3 Offerte CP-OFF-26-311; 4 Verwerkersovereenkomst. Bij strijdigheid
geldt deze volgorde: deze tekst, Bijlage 4, Bijlage 1, Bijlage 2, Bijlage 3.
1.2 Op de Overeenkomst zijn de NLdigital Voorwaarden 2020 van toepassing, die Opdrachtgever bij de
offerte heeft ontvangen. Bij strijdigheid gaan de Overeenkomst en haar bijlagen voor. De
inkoopvoorwaarden van Opdrachtgever zijn niet van toepassing.

Artikel 2 - Omvang
2.1 Inbegrepen: (a) een maatwerkthema op Shopify Online Store 2.0 voor de markten Nederland en
België; (b) de migratie van de productcatalogus (ca. 12.400 artikelen met varianten en
afbeeldingen), de klantaccounts (ca. 48.000), de bestellingen van de laatste drie jaar, de reviews
en de CMS-pagina's; (c) 301-redirects voor alle geïndexeerde URL's; (d) een koppeling met Exact
Online (bestellingen, debiteuren, voorraad om de 15 minuten) en met het WMS van de logistiek
dienstverlener, als maatwerk-app in de Azure-omgeving van Opdrachtgever; (e) Shopify Payments met
iDEAL, Bancontact en creditcard; (f) opleiding en hypercare volgens artikel 8.
2.2 Niet inbegrepen: het Shopify Plus-abonnement en apps van derden, die Opdrachtgever zelf afneemt;
fotografie, teksten en vertalingen; advertentiecampagnes; wijzigingen in Exact Online of het WMS.

Artikel 3 - Planning en vertraging
3.1 Discovery en ontwerp 11 t/m 29 januari 2027; bouw in sprints van twee weken 1 februari t/m
26 maart 2027; proefmigraties uiterlijk 12 maart en 2 april 2027; acceptatietest 5 t/m 16 april
2027; livegang in de nacht van 20 op 21 april 2027; hypercare 21 april t/m 19 mei 2027.
3.2 In afwijking van de NLdigital Voorwaarden is de livegangdatum een fatale termijn. Wordt zij door
een oorzaak die aan Opdrachtnemer is toe te rekenen niet gehaald, dan verbeurt Opdrachtnemer een
boete van € 400,00 per werkdag, met een maximum van € 6.850,00.
3.3 Ontstaat vertraging doordat Opdrachtgever artikel 4 niet nakomt, dan stelt de stuurgroep een
nieuwe planning vast en mag Opdrachtnemer de aantoonbare extra uren tegen het uurtarief van artikel
6 rekenen, mits zij Opdrachtgever binnen vijf werkdagen schriftelijk heeft verwittigd.

Artikel 4 - Verplichtingen van Opdrachtgever
4.1 Product owner is mevrouw M. (Marloes) van Dalen, e-commercemanager; zij is gemiddeld twee dagen
per week beschikbaar en neemt besluiten binnen drie werkdagen.
4.2 Opdrachtgever verstrekt uiterlijk 11 januari 2027 beheerderstoegang tot Magento, een volledige
databasedump en API-toegang tot Exact Online, levert de teksten en beelden voor de vaste pagina's
uiterlijk 26 februari 2027, stelt voor de acceptatietest een testteam van drie personen beschikbaar
en wijzigt vanaf 19 april 2027, 12.00 uur, de catalogus in Magento niet meer (content freeze).

Artikel 5 - Team, kwaliteit en rapportage
5.1 Projectleider is de heer R. (Ruben) Hendriks. Lead developer is mevrouw S. (Sophie) Bakker,
Shopify Plus-gecertificeerd en met zes jaar ervaring in migraties, bijgestaan door twee medior
developers en een UX-designer. Opdrachtnemer vervangt de projectleider of de lead developer niet
zonder voorafgaande schriftelijke toestemming van Opdrachtgever; een vervanger heeft ten minste
gelijkwaardige ervaring en de inwerktijd komt voor rekening van Opdrachtnemer.
5.2 Elke codewijziging wordt in Git vastgelegd en door een tweede developer gereviewd; de
koppelingen krijgen geautomatiseerde tests; alles wordt eerst in een ontwikkelwinkel getest. Home-,
categorie- en productpagina's halen bij oplevering op mobiel een Lighthouse-score van minstens 70.
5.3 Opdrachtnemer stuurt elke vrijdag een statusupdate (voortgang, risico's, openstaande besluiten)
en demonstreert na elke sprint het opgeleverde werk. Maandelijks vergadert een stuurgroep met Hans
en Marloes van Dalen, Ruben Hendriks en Erik Jansen.

Artikel 6 - Meerwerk
Wensen buiten Bijlage 1 worden als wijzigingsverzoek ingediend. Opdrachtnemer geeft binnen vijf
werkdagen een schriftelijke inschatting van uren, kosten en gevolgen voor de planning en voert het
verzoek pas uit na schriftelijke goedkeuring door de product owner. Meerwerk wordt maandelijks
achteraf gefactureerd tegen € 115,00 per uur.

Artikel 7 - Datamigratie en acceptatie
7.1 Na elke proefmigratie controleert Opdrachtgever een steekproef van honderd artikelen, vijftig
klantaccounts en vijftig bestellingen; Opdrachtnemer levert een migratierapport met de aantallen en
de uitzonderingen. Wachtwoorden worden niet gemigreerd; klanten krijgen een activatiemail.
7.2 Opdrachtgever test tien werkdagen aan de hand van de testscenario's en acceptatiecriteria van
Bijlage 1. Blokkerende en ernstige bevindingen herstelt Opdrachtnemer vóór de livegang, waarna
Opdrachtgever opnieuw test; geringe bevindingen binnen twintig werkdagen na de livegang. De migratie
is aanvaard wanneer geen blokkerende of ernstige bevindingen meer openstaan, en in elk geval bij de
livegang.

Artikel 8 - Livegang, opleiding en garantie
8.1 Op 19 april 2027 beslist de stuurgroep over de livegang. In de livegangnacht voert Opdrachtnemer
de definitieve migratie uit, zet de DNS-records om en test bestellen, betalen en de koppelingen.
Magento blijft veertien dagen in alleen-lezen beschikbaar als terugvaloptie. Tijdens de hypercare
is een vaste developer beschikbaar.
8.2 Opdrachtnemer geeft twee opleidingen van een halve dag aan het webwinkelteam (zes personen) en
levert een beheerhandleiding en een technische documentatie van thema, koppelingen en apps.
8.3 Gedurende drie maanden na de livegang herstelt Opdrachtnemer kosteloos alle fouten in thema,
koppelingen en migratie die afwijken van Bijlage 1, behalve fouten door wijzigingen van
Opdrachtgever of door apps van derden.

Artikel 9 - Supportabonnement
9.1 Vanaf 20 mei 2027 omvat het supportabonnement: 24/7 bewaking van de koppelingen, het herstellen
van fouten in thema en koppelingen, het compatibel houden ervan met de kwartaalversies van de
Shopify API, beveiligingsupdates van de koppelings-app en tien uur per maand voor kleine
wijzigingen (niet overdraagbaar naar een volgende maand).
9.2 Support is bereikbaar op werkdagen van 9.00 tot 17.30 uur via het supportportaal en op
026 384 55 10; prioriteit 1 ook op zaterdag, zondag en feestdagen van 8.00 tot 22.00 uur via de
spoedlijn 026 384 55 19.
9.3 Prioriteit 1 (bestellen of afrekenen onmogelijk, koppeling volledig uitgevallen): reactie
binnen 1 uur, herstel of workaround binnen 4 uur. Prioriteit 2 (zoekfunctie, filters of
kortingscodes verstoord): reactie binnen 4 werkuren, herstel binnen 2 werkdagen. Prioriteit 3:
reactie binnen 2 werkdagen, herstel in de volgende release. De hersteltermijnen gelden voor het werk
van Opdrachtnemer; een storing bij Shopify of een app van derden meldt zij direct bij die
leverancier, en bij prioriteit 1 informeert zij Opdrachtgever elk uur.
9.4 Het Shopify-platform wordt door Shopify onder haar eigen voorwaarden geleverd. Opdrachtnemer
geeft geen garantie op de beschikbaarheid van het platform.
9.5 Sophie Bakker is het vaste technische aanspreekpunt. Opdrachtnemer houdt in het supportportaal
een actueel technisch dossier bij van thema, koppelingen, apps en instellingen, en stuurt
maandelijks een rapport met de meldingen, de bestede uren en de beschikbaarheid van de koppelingen.
9.6 Eenmalige inrichting van bewaking en supportportaal € 650,00; abonnement € 1.150,00 per maand.
Uren boven de bundel worden alleen besteed na voorafgaand akkoord per e-mail van Opdrachtgever en
tegen € 115,00 per uur gefactureerd.
9.7 Het supportabonnement loopt twaalf maanden en wordt daarna telkens stilzwijgend verlengd met
twaalf maanden, tenzij een partij schriftelijk opzegt met een opzegtermijn van twee maanden tegen
het einde van de lopende termijn.

Artikel 10 - Prijs en betaling
10.1 Voor de migratie (artikelen 2 tot en met 8) geldt een vaste prijs van € 68.500,00 exclusief
btw, gespecificeerd in Bijlage 3, te factureren voor 30 % (€ 20.550,00) bij ondertekening, 40 %
(€ 27.400,00) bij de start van de acceptatietest en 30 % (€ 20.550,00) na acceptatie. Het
abonnement wordt maandelijks vooraf gefactureerd, meerwerk en extra uren maandelijks achteraf.
Facturen worden betaald binnen 14 dagen na factuurdatum.
10.2 Het uurtarief en het abonnement worden jaarlijks per 1 januari, voor het eerst in 2028,
aangepast met de CBS-consumentenprijsindex (CPI, alle huishoudens), oktober op oktober. Andere
prijswijzigingen vergen de schriftelijke instemming van beide partijen.

Artikel 11 - Intellectuele eigendom en broncode
11.1 Na betaling van de vaste prijs komen alle intellectuele eigendomsrechten op het maatwerkthema en
de koppelings-app toe aan Opdrachtgever; deze Overeenkomst geldt als akte van overdracht. Op de
standaardbibliotheken van Opdrachtnemer daarin krijgt Opdrachtgever een eeuwigdurend,
niet-exclusief en kosteloos gebruiksrecht.
11.2 De broncode staat in een Git-repository op naam van Opdrachtgever, waarin Opdrachtnemer
dagelijks haar werk vastlegt. Opdrachtgever beschikt zo te allen tijde over de actuele broncode;
een escrowregeling is daarom niet nodig.

Artikel 12 - Beëindiging en overdracht
12.1 Elke partij kan de Overeenkomst ontbinden als de andere partij toerekenbaar tekortschiet en na
een schriftelijke ingebrekestelling met een termijn van dertig dagen in gebreke blijft.
Opdrachtgever kan het migratieproject tussentijds opzeggen met een termijn van één maand, tegen
betaling van het tot dan verrichte werk naar rato van de planning.
12.2 Bij het einde van het supportabonnement verleent Opdrachtnemer op verzoek gedurende ten hoogste
drie maanden medewerking aan de overdracht naar een opvolgende leverancier, tegen het uurtarief van
artikel 6; tot de einddatum blijft zij de support volledig verlenen.
12.3 De Shopify-winkels staan op naam van Opdrachtgever. Binnen tien werkdagen na het einde levert
Opdrachtnemer alle gegevens van Opdrachtgever die zij onder zich heeft (migratiebestanden in CSV,
de Magento-databasedump in SQL, de logbestanden van de koppelingen) over, verwijdert zij haar
accounts uit de Shopify- en Azure-omgeving en vernietigt zij haar kopieën.

Artikel 13 - Aansprakelijkheid
De aansprakelijkheid van Opdrachtnemer is beperkt tot de vaste prijs van het migratieproject en,
voor het supportabonnement, per contractjaar tot de supportvergoedingen van de twaalf voorafgaande
maanden. Opdrachtnemer is niet aansprakelijk voor indirecte schade, gederfde winst, gemiste omzet en
schade door verminking of verlies van gegevens, behalve bij opzet of bewuste roekeloosheid van haar
leidinggevenden.

Artikel 14 - Geheimhouding en persoonsgegevens
14.1 Partijen houden elkaars vertrouwelijke informatie, waaronder omzetcijfers, inkoopprijzen en
klantgegevens, geheim tijdens de Overeenkomst en drie jaar daarna.
14.2 Opdrachtnemer verwerkt persoonsgegevens van klanten van Opdrachtgever als verwerker volgens
Bijlage 4, uitsluitend binnen de Europese Economische Ruimte, en meldt een datalek binnen 24 uur.

Artikel 15 - Recht en geschillen
Op de Overeenkomst is Nederlands recht van toepassing. Partijen trachten een geschil eerst in de
stuurgroep en daarna tussen hun directeuren op te lossen. Lukt dat niet binnen dertig dagen, dan
leggen zij het voor aan een mediator van de Stichting Geschillenoplossing Automatisering (SGOA).
Leidt mediation niet binnen zestig dagen tot een oplossing, dan is uitsluitend de rechtbank
Gelderland, locatie Arnhem, bevoegd.

Aldus overeengekomen en in tweevoud ondertekend,
Arnhem, 3 december 2026                             Sint-Oedenrode, 4 december 2026
Commerceplein B.V.                                  Van Dalen Buitenleven B.V.
(handtekening)                                      (handtekening)
E.J. Jansen, algemeen directeur                     H.P. van Dalen, directeur
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
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
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
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 14,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
    },
)

NL_CLOUD_TELEPHONY_CONTRACT = UnseenDocument(
    name="nl_cloud_telephony_contract",
    text="""BELVOX BV - zakelijke cloudtelefonie
Meensesteenweg 412, 8800 Roeselare | 051 69 30 00 | sales@belvox.be | BTW BE 0798.552.163

CONTRACT CLOUDTELEFONIE BELVOX CONNECT                                  Contractnr. BC-26-2291

Klant:            Vermeersch & Partners bv, accountants en belastingconsulenten
Ondernemingsnr.:  BE 0456.218.937
Adres:            Brugsesteenweg 221, 8520 Kuurne
Contactpersoon:   mevrouw Eline Vermeersch, zaakvoerder - eline@vermeersch-partners.be
Uw vast aanspreekpunt bij Belvox: Jens Vanhoutte, accountmanager - 0475 63 18 09

Dit contract bevestigt onze offerte BV-OF-26-0873 van 18/11/2026, die er integraal deel van uitmaakt.

1. MAANDELIJKSE VERGOEDING (excl. btw)
   22 x gebruikerslicentie Connect Pro                    à € 16,50   € 363,00
        cloudcentrale, softphone-app voor pc en gsm, Teams-integratie, voicemail naar e-mail,
        onbeperkt bellen naar vaste en mobiele nummers in België en de EU (fair use 3.000 min.
        per gebruiker per maand)
   1 x keuzemenu en wachtrij onthaal                                  €  25,00
   10 x gespreksopname (onthaal en dossierbeheerders)     à €  4,00   €  40,00
   portering nummerreeks 056 35 12 40 tot 056 35 12 49                gratis
   TOTAAL PER MAAND                                                   € 428,00
   Niet inbegrepen: internetverbinding, netwerkbekabeling en PoE-switch, en oproepen buiten de
   bundel (buitenland buiten de EU, 070- en 090x-nummers), aangerekend volgens de tarieflijst op
   www.belvox.be/tarieven.

2. EENMALIG (excl. btw)
   22 x toestel Yealink T54W                              à € 189,00  € 4.158,00
   installatie ter plaatse, configuratie belplan, opleiding          € 1.250,00
   TOTAAL EENMALIG                                                    € 5.408,00
   Bijkomende werken op vraag van de klant (extra netwerkpunten, wijzigingen ter plaatse na de
   installatie) voeren wij uit na uw akkoord op een prijsopgave; tarief € 85,00 per uur, plus
   € 45,00 verplaatsing.

3. INSTALLATIE
   Installatie en portering op maandag 11/01/2027; de nummers worden vanaf 7.00 uur overgezet.
   De klant zorgt vóór 04/01/2027 voor: een internetverbinding met minstens 100 kbit/s per
   gelijktijdig gesprek, een netwerkpunt met PoE bij elke werkplek, het ondertekende
   porteringsformulier met een kopie van de laatste factuur van de huidige operator, en de lijst
   van gebruikers met het gewenste belplan (openingsuren, wie neemt op bij afwezigheid).
   Belvox importeert uw contactenlijst (CSV-export uit Outlook) in het gedeelde telefoonboek.
   Na de installatie krijgen alle medewerkers een opleiding van een uur en de beheerder een uur
   uitleg over het klantenportaal. U ontvangt per e-mail een beknopte handleiding en een
   overzicht van de configuratie (belplan, toestellen, nummers).

4. SUPPORT EN SERVICE
   Helpdesk: werkdagen van 8.30 tot 17.30 uur, 051 69 30 10 of support@belvox.be.
   Storingslijn bij volledige uitval, 24/7: 051 69 30 99.
   Volledige uitval (geen in- of uitgaande gesprekken): reactie binnen 2 uur, ook buiten de
   kantooruren. Andere storingen en vragen: reactie binnen 8 werkuren.
   Is een storing na een werkdag niet opgelost, dan kan u escaleren naar de teamleider support via
   escalatie@belvox.be; uw accountmanager wordt dan automatisch verwittigd.
   Belvox houdt het platform en de firmware van de toestellen up-to-date; updates worden 's nachts
   automatisch uitgevoerd.
   Belvox streeft naar een beschikbaarheid van het platform van 99,95 % op maandbasis. Tijdelijke
   onbeschikbaarheid geeft geen recht op compensatie of schadevergoeding.
   Garantie op de toestellen: 24 maanden vanaf de levering. Een defect toestel wordt binnen twee
   werkdagen kosteloos omgeruild, verzending inbegrepen. Val- en waterschade vallen niet onder de
   garantie.

5. DUUR EN EINDE
   Het contract loopt 36 maanden vanaf de portering van de nummers. Daarna wordt het stilzwijgend
   verlengd met telkens 12 maanden, tenzij een partij het opzegt bij aangetekende brief, ten
   minste drie maanden vóór het einde van de lopende periode.
   Zegt de klant op tijdens de eerste 36 maanden, dan is een verbrekingsvergoeding verschuldigd
   gelijk aan 50 % van de resterende maandvergoedingen.
   Bij vertrek werkt Belvox kosteloos mee aan de portering van uw nummers naar uw nieuwe operator;
   de dienst blijft werken tot de portering is uitgevoerd.
   Gespreksopnames en voicemails kan u op elk moment als MP3 downloaden in het klantenportaal, de
   gesprekshistoriek als CSV. Na het einde van het contract blijft het portaal daarvoor nog 30
   dagen toegankelijk; daarna worden alle gegevens gewist.

Op dit contract zijn de algemene voorwaarden van Belvox (versie 03/2026, uittreksel op de
achterzijde, volledige tekst op www.belvox.be/voorwaarden) van toepassing. Bij tegenstrijdigheid
gaan de bepalingen op deze voorzijde voor.

Opgemaakt in twee exemplaren te Kuurne op 03/12/2026.

Voor de klant, "gelezen en goedgekeurd"          Voor Belvox bv
(handtekening)                                    (handtekening)
Eline Vermeersch, zaakvoerder                     Jens Vanhoutte, accountmanager, bij volmacht

------------------------------------------------------------------------------------------------
ALGEMENE VOORWAARDEN BELVOX BV (uittreksel, versie 03/2026)
1. Deze voorwaarden gelden voor alle diensten en leveringen van Belvox. De klant aanvaardt ze door
de ondertekening van het contract. Aankoopvoorwaarden van de klant zijn uitgesloten.
2. Belvox levert haar diensten als middelenverbintenis.
3. Belvox kan haar tarieven en de samenstelling van haar diensten wijzigen. De klant wordt daarvan
minstens een maand vooraf op de hoogte gebracht per e-mail of via zijn factuur. Bij een
prijsverhoging die hoger is dan de stijging van de index der consumptieprijzen, kan de klant binnen
een maand na de kennisgeving kosteloos opzeggen.
4. De maandvergoeding wordt maandelijks vooraf gefactureerd, de oproepen buiten de bundel maandelijks
na afloop, de eenmalige bedragen na de installatie. Facturen zijn betaalbaar binnen 15 dagen na
factuurdatum, bij voorkeur via domiciliëring. Bij laattijdige betaling is van rechtswege een
intrest van 1 % per maand verschuldigd.
5. De toestellen worden eigendom van de klant na volledige betaling.
6. De klant krijgt een niet-exclusief en niet-overdraagbaar gebruiksrecht op de softphone-app en het
klantenportaal, voor de duur van het contract.
7. Belvox is enkel aansprakelijk voor haar opzet of zware fout. Zij is nooit aansprakelijk voor
onrechtstreekse schade, zoals gemiste oproepen, omzetverlies of het verlies van gespreksopnames of
andere gegevens. Haar aansprakelijkheid is in elk geval beperkt tot één maandvergoeding.
8. Belvox verwerkt persoonsgegevens overeenkomstig haar privacyverklaring op www.belvox.be/privacy.
9. Klachten richt u eerst aan klachten@belvox.be. Krijgt u binnen 30 dagen geen bevredigend
antwoord, dan kan u zich wenden tot de Ombudsdienst voor telecommunicatie.
10. Op het contract is het Belgisch recht van toepassing. Bij geschil zijn enkel de rechtbanken van
West-Vlaanderen, afdeling Kortrijk, bevoegd.
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
        "team.knowledge_transfer": "covered",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.availability": "partial",
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
        "legal.data_protection": "partial",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
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
        "payment_term_days": 15,
        "warranty_days": 720,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.95,
    },
)


NL_DOCUMENTS = [
    NL_MUNICIPAL_HELPDESK_OUTSOURCING_OFFER,
    NL_ECOMMERCE_PLATFORM_MIGRATION_AGREEMENT,
    NL_CLOUD_TELEPHONY_CONTRACT,
]
