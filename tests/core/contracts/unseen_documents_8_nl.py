"""Held-out batch 8, Dutch documents: a Flemish offer (PDF-style, with its sales conditions on the
back and an empty "voor akkoord" line) for a low-code automation of the order intake of a small
metalworking manufacturer (Power Apps, Power Automate, reworked Excel macros), a Netherlands SaaS
subscription agreement for a dental practice management system with its processing agreement as
an annex (signed by both parties), and a Flemish contract for the supply, installation and
maintenance of a digital signage network (window screens, in-store screens, content platform) in
the eighteen shops of a home-decoration retail chain (signed by both parties).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority in
hours, working hours counted as hours; an empty "voor akkoord" line for the client is a partial
signature and raises risk.unsigned).
"""

from .unseen_documents import UnseenDocument

NL_LOWCODE_ORDER_INTAKE_OFFER = UnseenDocument(
    name="nl_lowcode_order_intake_offer",
    text="""PROCESKLIK BV - low-code & procesautomatisatie
Doorniksesteenweg 145, 8500 Kortrijk | T 056 49 77 12 | info@procesklik.be | www.procesklik.be
BTW BE 0765.321.448 | RPR Gent, afdeling Kortrijk | KBC BE36 7360 5512 8881

                                                    Vandecasteele Metaalbouw nv
                                                    t.a.v. dhr. Pieter Vandecasteele, zaakvoerder
                                                    Industrielaan 28
                                                    8790 Waregem

Kortrijk, 27 november 2026
Offerte nr. PK-26-0311                                                          pagina 1 van 3
Uw contactpersoon: Lotte Desmet - lotte@procesklik.be - 0496 18 40 72

Betreft: automatisatie van uw orderintake

Beste Pieter,

Bedankt voor het fijne gesprek op jullie werkvloer vorige dinsdag. Zoals besproken komen de
bestellingen van jullie klanten vandaag binnen via mail, pdf en soms nog per fax, waarna Ann ze
overtikt in het orderboek (orderboek_2026.xlsm) en nadien nog eens in de capaciteitsplanning. Dat
kost jullie naar eigen schatting een halve dag per dag en geeft regelmatig tikfouten in maten en
aantallen. Hieronder ons voorstel om dat met de Microsoft 365-omgeving die jullie al hebben, te
stroomlijnen.

1. WAT WE BOUWEN
- Een Power App "Orderintake" (tablet en pc) waarin een order op één scherm wordt ingevoerd of
  nagekeken, met keuzelijsten voor klant, materiaal (staal, inox, alu) en afwerking.
- Een Power Automate-flow die bestellingen in de gedeelde mailbox orders@vandecasteele.be oppikt,
  de pdf-bijlagen met AI Builder uitleest en als voorstel van order klaarzet in de app.
- Automatische orderbevestiging in pdf naar de klant, in jullie huisstijl.
- Een SharePoint-lijst als centrale orderdatabank ter vervanging van het orderboek in Excel.
- Herwerking van de VBA-macro's van de capaciteitsplanning zodat die rechtstreeks uit de
  SharePoint-lijst leest (geen dubbele invoer meer).

2. PRIJS (exclusief btw)
   Analyse en workshop met Ann en Stijn (1 dag)                      €    850,00
   Power App "Orderintake"                                           €  4.200,00
   Power Automate-flows (mailbox, AI Builder, orderbevestiging)      €  2.650,00
   Herwerking macro's capaciteitsplanning (VBA)                      €  1.900,00
   Overzetten lopende orders en klantenlijst (ca. 1.400 lijnen)      €    600,00
   Opleiding key users (2 halve dagen, bij jullie)                   €    900,00
   ---------------------------------------------------------------------------------
   TOTAAL (vaste prijs)                                              € 11.100,00
   btw 21 %                                                          €  2.331,00
   TOTAAL incl. btw                                                  € 13.431,00

Niet inbegrepen: de Microsoft-licenties (Power Apps Premium en AI Builder-credits, die jullie zelf
via jullie Microsoft-partner aankopen), een koppeling met jullie boekhoudpakket, hardware zoals
tablets voor de werkplaats, en het opkuisen van de klantenlijst zelf.

3. HOE WE TE WERK GAAN
Start binnen drie weken na ontvangst van de ondertekende offerte.
   week 1       analyse en workshop, uitwerking van de schermen ter goedkeuring
   week 2 - 5   bouw van app en flows, in sprints van twee weken
   week 6       testweek door jullie key users op de testomgeving
   week 7       ingebruikname in productie en opleiding
Na elke sprint tonen we in een korte demo wat er klaar is en sturen we een verslagje per mail met
wat af is, wat volgt en welke vragen er openstaan.
Jullie key user Ann Vermeulen maakt tijdens het project gemiddeld vier uur per week vrij. Vóór de
start bezorgen jullie ons een twintigtal representatieve bestellingen (pdf's), een export van de
lopende orders en de klantenlijst, en een beheerdersaccount voor de Power Platform-omgeving. De
licenties moeten aangekocht zijn voor week 2.

4. TESTEN, OPLEVERING EN NAZORG
In week 6 testen jullie key users aan de hand van een testscenario dat we samen opstellen. Fouten of
opmerkingen meld je ons binnen vijf werkdagen na het einde van de testweek; zonder melding, of bij
ingebruikname in productie, beschouwen we de toepassing als aanvaard.
Gedurende drie maanden na aanvaarding verhelpen we gratis elke fout in wat we hebben gebouwd.
Aanpassingen die jullie zelf in de app doen en wijzigingen die Microsoft aan het platform aanbrengt,
vallen daar niet onder.
Bij oplevering krijgen jullie een korte technische documentatie (datamodel, beschrijving van de
flows, gebruikte connectoren en accounts) en overlopen we die met jullie IT-verantwoordelijke.
Ondersteuning na de waarborgperiode kunnen we regelen via een nazorgbundel of een
onderhoudscontract; daarover maken we graag later een voorstel op maat.

5. EXTRA WENSEN
Wil je tijdens het project iets bijkomends of anders dan hierboven beschreven, dan sturen we eerst
een prijsopgave per mail. We beginnen er pas aan na jullie schriftelijk akkoord. Extra werk rekenen
we aan tegen € 95,00 per uur, per kwartier afgerond.

6. FACTURATIE
40 % bij bestelling, 60 % na aanvaarding. Onze facturen zijn betaalbaar binnen 30 dagen na
factuurdatum.

Deze offerte is 45 dagen geldig. Op deze offerte zijn onze algemene verkoopsvoorwaarden op pagina 3
van toepassing.

Met vriendelijke groeten,

Lotte Desmet
zaakvoerder Procesklik bv

Voor akkoord, Vandecasteele Metaalbouw nv
(naam, datum en handtekening, voorafgegaan door "gelezen en goedgekeurd")

.........................................................

                                                                                pagina 3 van 3
ALGEMENE VERKOOPSVOORWAARDEN PROCESKLIK BV

1. Onze offertes, leveringen en diensten worden uitsluitend beheerst door deze voorwaarden. De
aankoop- of andere voorwaarden van de klant worden niet aanvaard, ook niet wanneer ze op een
bestelbon zijn vermeld. Van deze voorwaarden kan alleen schriftelijk worden afgeweken. Bij
strijdigheid tussen deze voorwaarden en de bijzondere bepalingen van de offerte gaan de bijzondere
bepalingen voor.
2. Procesklik voert haar opdrachten uit volgens de regels van de kunst. Haar verbintenissen zijn
middelenverbintenissen. Opgegeven termijnen zijn indicatief.
3. Bij niet-betaling op de vervaldag is van rechtswege en zonder ingebrekestelling een intrest van
1 % per maand verschuldigd, vermeerderd met een forfaitaire vergoeding van 10 % van het
factuurbedrag met een minimum van € 75,00.
4. De aansprakelijkheid van Procesklik is beperkt tot het gefactureerde bedrag van het onderdeel
waarop de schade betrekking heeft. Procesklik is niet aansprakelijk voor onrechtstreekse schade
zoals productieverlies, gemiste orders, verlies van gegevens of schade ten gevolge van storingen in
software of diensten van derden (waaronder Microsoft).
5. Na volledige betaling wordt de klant eigenaar van de apps, flows en macro's die specifiek voor
hem werden ontwikkeld. Procesklik behoudt de rechten op haar herbruikbare bouwstenen en sjablonen;
de klant krijgt daarop een onbeperkt gebruiksrecht binnen zijn eigen onderneming.
6. Beide partijen houden de informatie die ze over elkaars onderneming ontvangen vertrouwelijk.
7. Voor zover Procesklik bij de uitvoering persoonsgegevens van de klant verwerkt, zullen partijen
indien nodig een verwerkersovereenkomst sluiten.
8. Op alle overeenkomsten is het Belgisch recht van toepassing. Enkel de rechtbanken van Gent,
afdeling Kortrijk, zijn bevoegd.
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "partial",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "partial",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.liability_excluded": True,
        "risk.unilateral_change": False,
        "risk.open_ended_cost": False,
        "risk.auto_renewal": False,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 30,
        "warranty_days": 90,
    },
)

NL_DENTAL_SAAS_SUBSCRIPTION_AGREEMENT = UnseenDocument(
    name="nl_dental_saas_subscription_agreement",
    text="""ABONNEMENTSOVEREENKOMST DENTALYS CLOUD
Overeenkomstnummer: DC-2027-0058

DE ONDERGETEKENDEN:

1. Dentalys B.V., gevestigd aan de Europalaan 93, 3526 KS Utrecht, ingeschreven in het
   Handelsregister onder KvK-nummer 72648315, rechtsgeldig vertegenwoordigd door de heer
   M.J. (Maarten) Kuipers, algemeen directeur, hierna: "Dentalys";
2. Mondzorg Wilgenhof B.V., gevestigd aan de Assendorperstraat 112, 8012 DK Zwolle, KvK-nummer
   60834271, rechtsgeldig vertegenwoordigd door mevrouw A.M. (Annemiek) Hoekstra,
   tandarts-directeur, hierna: "Klant";

OVERWEGENDE DAT Klant haar praktijk (zes behandelkamers, veertien gebruikers) wil overzetten van
haar huidige, lokaal geïnstalleerde praktijksoftware naar Dentalys Cloud;

KOMEN OVEREEN ALS VOLGT:

Artikel 1 - De Dienst
1.1 Dentalys stelt Klant Dentalys Cloud als online dienst ter beschikking, bestaande uit de modules
Agenda, Patiëntdossier en Behandelplannen, Declareren (inclusief de koppeling met Vecozo),
Röntgenkoppeling en, als aanvullende module, Online Afspraken.
1.2 Niet inbegrepen zijn: de hardware en het netwerk van Klant, licenties van de röntgensoftware
en het Vecozo-abonnement van Klant, en maatwerk of koppelingen met andere pakketten dan hierboven
genoemd.

Artikel 2 - Implementatie
2.1 Het eenmalige startpakket omvat: de conversie van de patiëntgegevens, behandelhistorie,
openstaande posten en de agenda's van de afgelopen twee jaar uit het huidige pakket van Klant, de
installatie van de röntgenkoppeling en de scannerkoppelingen op de werkplekken, twee
opleidingsdagen op locatie en toegang tot de e-learningomgeving voor alle gebruikers.
2.2 Klant zorgt ervoor dat uiterlijk 1 maart 2027 een volledige export van het huidige pakket
beschikbaar is en machtigt Dentalys om die bij de huidige leverancier op te vragen. Klant zorgt
voor werkplekken die voldoen aan de systeemeisen op dentalys.nl/systeemeisen en een internet-
verbinding van ten minste 50 Mbit/s.
2.3 Uiterlijk drie weken voor livegang voert Dentalys een proefconversie uit. Klant controleert
binnen vijf werkdagen aan de hand van de controlelijst van Dentalys een steekproef van ten minste
vijftig dossiers en geeft schriftelijk akkoord of meldt de afwijkingen, die Dentalys vóór de
definitieve conversie herstelt.
2.4 De definitieve conversie vindt plaats in het weekend van 27 en 28 maart 2027; livegang op
maandag 29 maart 2027. Op de dag van livegang is een implementatieconsultant van Dentalys de hele
dag in de praktijk aanwezig. Implementatieconsultant voor Klant is mevrouw S. (Sanne) de Groot.
2.5 Levert Klant de export later aan dan in 2.2 bepaald, dan wordt in overleg een nieuwe datum van
livegang vastgesteld.

Artikel 3 - Vergoedingen
3.1 Alle bedragen zijn exclusief btw.
   Startpakket (eenmalig)                                       € 3.450,00
   Dentalys Cloud, 6 behandelkamers x € 149,00 per maand       €   894,00 per maand
   Module Online Afspraken                                      €    59,00 per maand
   Totaal abonnement                                            €   953,00 per maand
3.2 Het startpakket wordt gefactureerd bij livegang. Het abonnement wordt maandelijks vooraf
gefactureerd en via automatische incasso geïnd; facturen dienen binnen 14 dagen na factuurdatum
te zijn voldaan.
3.3 Dentalys is gerechtigd de vergoedingen jaarlijks per 1 januari aan te passen op basis van de
CBS-indexcijfers voor cao-lonen (zakelijke dienstverlening). Daarnaast kan Dentalys haar prijzen
en de inhoud van de modules tussentijds wijzigen, mits zij dit ten minste twee maanden van tevoren
aankondigt. Bedraagt een tussentijdse prijsverhoging meer dan 5 %, dan mag Klant de overeenkomst
opzeggen tegen de datum waarop de verhoging ingaat.
3.4 Werkzaamheden die Dentalys in redelijkheid nodig acht om de Dienst voor Klant te laten
functioneren en die niet onder deze overeenkomst vallen, worden op basis van nacalculatie tegen het
dan geldende uurtarief (in 2027: € 125,00 per uur) in rekening gebracht.

Artikel 4 - Ondersteuning en dienstverlening
4.1 De servicedesk van Dentalys is op werkdagen bereikbaar van 08.00 tot 17.30 uur via
030 207 44 90 en via het klantportaal. Storingen met prioriteit Spoed worden uitsluitend telefonisch
gemeld.
4.2 Dentalys reageert op meldingen binnen de volgende termijnen, gerekend binnen openingstijden:
   Spoed   (praktijk kan niet werken, agenda of dossier niet bereikbaar)   binnen 1 uur
   Hoog    (een module of koppeling werkt niet)                            binnen 4 uur
   Normaal (vragen, wensen, kleine fouten)                                 binnen 2 werkdagen
Dentalys spant zich in om storingen met prioriteit Spoed zo snel als redelijkerwijs mogelijk te
verhelpen.
4.3 Dentalys garandeert een beschikbaarheid van Dentalys Cloud van 99,5 % per kalendermaand. Gepland
onderhoud, in de nacht van dinsdag op woensdag tussen 23.00 en 02.00 uur, telt niet mee.
Dentalys publiceert de gemeten beschikbaarheid maandelijks in het klantportaal.
4.4 Wordt de gegarandeerde beschikbaarheid in een maand niet gehaald, dan krijgt Klant op verzoek
een creditering van 5 % van het abonnementsbedrag van die maand per volle 0,5 % onder de norm, met
een maximum van 25 %.
4.5 Nieuwe versies, verbeteringen en beveiligingsupdates worden zonder meerkosten doorgevoerd; de
release notes verschijnen uiterlijk drie werkdagen van tevoren in het klantportaal.
4.6 Na livegang is de heer J. (Joris) Veenstra, customer success manager, de vaste contactpersoon
van Klant; in het klantportaal worden de inrichting van de praktijk, de koppelingen en de
gemaakte afspraken bijgehouden.

Artikel 5 - Duur en beëindiging
5.1 Deze overeenkomst gaat in op 1 maart 2027 en geldt voor een periode van 24 maanden. Daarna
wordt zij telkens stilzwijgend verlengd voor een periode van 12 maanden, tenzij een partij
schriftelijk opzegt met inachtneming van een opzegtermijn van drie maanden.
5.2 Ieder der partijen kan de overeenkomst met onmiddellijke ingang ontbinden indien de andere
partij in staat van faillissement wordt verklaard of surseance van betaling aanvraagt, of indien
de andere partij na een schriftelijke ingebrekestelling met een termijn van dertig dagen tekort
blijft schieten.

Artikel 6 - Einde van de overeenkomst
6.1 Binnen 30 dagen na het einde van de overeenkomst stelt Dentalys Klant een volledige export ter
beschikking van de patiëntgegevens en dossiers in XML-formaat en van de röntgenbeelden in
DICOM-formaat. De eerste export is kosteloos. Zestig dagen na het einde verwijdert Dentalys alle
gegevens van Klant.
6.2 Op verzoek van Klant zet Dentalys de Dienst na het einde van de overeenkomst maand per maand
voort, met een maximum van zes maanden, tegen het dan geldende tarief, en verleent zij tegen het
geldende uurtarief medewerking aan de overdracht naar een opvolgende leverancier.
6.3 Zolang Klant opeisbare facturen niet heeft voldaan, is Dentalys gerechtigd de export van artikel
6.1 op te schorten.

Artikel 7 - Aansprakelijkheid
7.1 De aansprakelijkheid van Dentalys is beperkt tot het bedrag dat Klant in de drie maanden
voorafgaand aan de schadeveroorzakende gebeurtenis aan abonnementsgeld heeft betaald, met een
maximum van € 10.000,00 per jaar.
7.2 Dentalys is niet aansprakelijk voor gevolgschade, gederfde omzet, en verlies of verminking van
gegevens.

Artikel 8 - Intellectuele eigendom
8.1 Alle rechten op Dentalys Cloud en de documentatie berusten bij Dentalys. Klant verkrijgt voor
de duur van de overeenkomst een niet-exclusief en niet-overdraagbaar recht om de Dienst te
gebruiken voor haar eigen praktijk.
8.2 De gegevens die Klant in de Dienst invoert, blijven eigendom van Klant.

Artikel 9 - Geheimhouding en persoonsgegevens
9.1 Partijen behandelen alle informatie die zij in het kader van deze overeenkomst van elkaar
ontvangen vertrouwelijk. De medewerkers van Dentalys hebben een geheimhoudingsverklaring getekend
die ook het medisch beroepsgeheim respecteert.
9.2 Op de verwerking van persoonsgegevens door Dentalys is de verwerkersovereenkomst in Bijlage 1
van toepassing.

Artikel 10 - Toepasselijke voorwaarden, recht en geschillen
10.1 Op deze overeenkomst zijn de NLdigital Voorwaarden 2025 van toepassing, die Klant heeft
ontvangen. Bij strijdigheid gaat deze overeenkomst voor, daarna Bijlage 1 en daarna de NLdigital
Voorwaarden.
10.2 Op deze overeenkomst is Nederlands recht van toepassing.
10.3 Een geschil wordt eerst voorgelegd aan de directies van beide partijen, die binnen veertien
dagen na de melding overleggen. Leidt dat overleg niet binnen dertig dagen tot een oplossing, dan
proberen partijen het geschil op te lossen via mediation door een MfN-registermediator. Pas
daarna kan het geschil worden voorgelegd aan de bevoegde rechter van de rechtbank Midden-Nederland,
locatie Utrecht.

Aldus overeengekomen en digitaal ondertekend:

Dentalys B.V.                                   Mondzorg Wilgenhof B.V.
M.J. Kuipers, algemeen directeur                A.M. Hoekstra, tandarts-directeur
Utrecht, 8 december 2026                        Zwolle, 10 december 2026


BIJLAGE 1 - VERWERKERSOVEREENKOMST

1. Klant is verwerkingsverantwoordelijke, Dentalys is verwerker in de zin van artikel 28 AVG.
Dentalys verwerkt de persoonsgegevens uitsluitend om de Dienst te leveren en volgens de
schriftelijke instructies van Klant.
2. Het gaat om gegevens van patiënten (NAW-gegevens, BSN, verzekeringsgegevens, gegevens over de
gezondheid, röntgenbeelden) en van medewerkers van Klant (gebruikersgegevens, logging).
3. De gegevens worden uitsluitend opgeslagen en verwerkt in twee datacenters in Nederland
(Amsterdam en Groningen) van subverwerker NordHost B.V. Dentalys schakelt geen andere
subverwerkers in zonder Klant vooraf te informeren; Klant kan daartegen binnen dertig dagen
bezwaar maken.
4. Dentalys is gecertificeerd volgens NEN 7510 en ISO 27001 en versleutelt de gegevens tijdens
transport en opslag. Elke toegang tot een patiëntdossier wordt gelogd.
5. Dentalys meldt een inbreuk in verband met persoonsgegevens binnen 24 uur na ontdekking aan Klant
en verstrekt de informatie die Klant nodig heeft voor een melding aan de Autoriteit
Persoonsgegevens en aan de betrokkenen.
6. Klant mag eenmaal per jaar, op eigen kosten, een audit laten uitvoeren door een onafhankelijke
deskundige die tot geheimhouding is verplicht.
7. Na het einde van de overeenkomst geldt voor teruggave en verwijdering artikel 6 van de
overeenkomst.
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
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
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": True,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
        "availability_percent": 99.5,
        "response_time_hours_highest_priority": 1,
    },
)

NL_DIGITAL_SIGNAGE_CONTRACT = UnseenDocument(
    name="nl_digital_signage_contract",
    text="""OVEREENKOMST VOOR DE LEVERING, INSTALLATIE EN HET ONDERHOUD VAN EEN DIGITAAL SIGNAGE-NETWERK
Ref. VP/2026/0187

TUSSEN
Visiopunt nv, met maatschappelijke zetel te Industrieweg 14, 9320 Erembodegem (Aalst),
ondernemingsnummer 0689.417.253, RPR Gent afdeling Dendermonde, vertegenwoordigd door de heer
Wouter De Smet, gedelegeerd bestuurder,
hierna "Visiopunt",

EN
Maison Verbeke nv, met maatschappelijke zetel te Kortrijksesteenweg 1120, 9051 Sint-Denijs-Westrem,
ondernemingsnummer 0431.665.908, vertegenwoordigd door mevrouw Els Verbeke, CEO, en de heer Tom
Goossens, CFO,
hierna "Verbeke",

WORDT HET VOLGENDE OVEREENGEKOMEN.

Artikel 1 - Voorwerp en contractdocumenten
1.1 Visiopunt levert, installeert en onderhoudt een netwerk van digitale schermen in de achttien
winkels van Verbeke die in bijlage 1 zijn opgelijst, en stelt het contentplatform VisioCast ter
beschikking waarmee Verbeke centraal de beelden, video's en prijsaffiches op die schermen beheert.
1.2 De overeenkomst bestaat uit deze tekst en de volgende bijlagen:
    bijlage 1 - winkellijst en schermplan per winkel;
    bijlage 2 - offerte VP-OF-26-412 van 14/10/2026 en de antwoorden op de vragenlijst van Verbeke;
    bijlage 3 - servicebeschrijving onderhoud en VisioCast;
    bijlage 4 - verwerkersovereenkomst.
Bij tegenstrijdigheid geldt deze rangorde: deze tekst, bijlage 3, bijlage 4, bijlage 1, bijlage 2.
De algemene voorwaarden van beide partijen zijn niet van toepassing.

Artikel 2 - Leveringen en prijs
2.1 Eenmalige vergoedingen (exclusief btw):
    36 raamschermen 55" high brightness (2.500 nits), met plafondophanging     € 68.040,00
    24 instore-schermen 49" met wandbeugel                                     € 19.920,00
    60 mediaspelers VisioBox 4 met VisioCast-licentie                          €  8.520,00
    installatie en bekabeling, 18 winkels                                      € 21.600,00
    configuratie VisioCast, sjablonen in de huisstijl van Verbeke              €  4.850,00
    overzetten van de bestaande beeldbank (ca. 600 beelden en video's)         €    950,00
    opleiding van de contentbeheerders (2 sessies van een halve dag)           €  1.200,00
    TOTAAL EENMALIG                                                            € 125.080,00
2.2 Terugkerende vergoeding: VisioCast-platform en onderhoudsformule "Retail Care" samen € 14,50
per mediaspeler per maand, voor 60 spelers € 870,00 per maand, verschuldigd vanaf de voorlopige
oplevering van de eerste winkel en per winkel naar rato van het aantal spelers.
2.3 Niet inbegrepen: elektriciteits- en netwerkaansluitingen tot aan de schermlocatie, het
ontwerp van de content zelf, en herstellingen na vandalisme, waterschade of verplaatsing van
schermen door Verbeke.
2.4 De maandelijkse vergoeding wordt jaarlijks op 1 januari, voor het eerst op 1 januari 2028,
aangepast volgens de formule P1 = P0 x (0,2 + 0,8 x S1/S0), waarbij S de Agoria-referentieloonkost
is.
2.5 Meerwerk wordt alleen uitgevoerd op basis van een schriftelijke prijsofferte van Visiopunt die
door Verbeke vooraf voor akkoord is ondertekend. Uurtarieven 2027: technieker € 78,00, grafisch
ontwerper € 92,00; verplaatsing € 55,00 per interventie.
2.6 Facturatie: 40 % van de eenmalige vergoeding bij ondertekening, 50 % per winkel naar rato na
de voorlopige oplevering van die winkel, 10 % na de definitieve oplevering. De maandvergoeding wordt
per kwartaal vooraf gefactureerd. Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

Artikel 3 - Planning en uitvoering
3.1 Pilot in de winkels Gent-Zuid en Kortrijk Ring in week 6 van 2027, gevolgd door een evaluatie
van twee weken. Daarna volgen de overige zestien winkels in vier golven van vier winkels, tussen
week 10 en week 17 van 2027, volgens de volgorde in bijlage 1.
3.2 Installaties gebeuren buiten de openingsuren, op maandagvoormiddag of vóór 9.30 uur.
3.3 Verbeke laat uiterlijk twee weken vóór de installatie van een winkel door haar eigen
elektricien een stopcontact en een netwerkaansluiting op elke schermlocatie plaatsen, zorgt voor
toegang tot de winkel en bezorgt de definitieve huisstijlrichtlijnen vóór 15/01/2027.
3.4 Is een winkel door de schuld van Visiopunt niet voorlopig opgeleverd op de datum uit de
planning, dan betaalt Visiopunt een forfaitaire schadevergoeding van € 150,00 per winkel per
kalenderdag vertraging, met een maximum van 5 % van de totale eenmalige vergoeding. Vertraging door
het niet nakomen van 3.3 geeft Visiopunt recht op een nieuwe datum en op vergoeding van een
nutteloze verplaatsing aan € 55,00.
3.5 Visiopunt voert de installaties uit volgens de regels van de kunst, het AREI en de
montagevoorschriften van de fabrikant, en test elk scherm na montage op beeld, helderheid en
afspeelschema.

Artikel 4 - Team, opvolging en overleg
4.1 Projectleider bij Visiopunt is mevrouw Nathalie Van Damme (nathalie.vandamme@visiopunt.be,
0473 26 81 50); contactpersoon bij Verbeke is de heer Kristof Maes, manager visual merchandising.
4.2 De installaties gebeuren door eigen techniekers met een VCA-attest die door de fabrikant van de
schermen zijn opgeleid. Visiopunt vervangt de projectleider alleen na voorafgaande kennisgeving
aan Verbeke, door een persoon met een gelijkwaardige ervaring, en zonder kosten voor Verbeke.
4.3 Tijdens de uitrol bezorgt Visiopunt elke vrijdag een statusrapport (opgeleverde winkels,
openstaande punten, planning van de volgende week). Om de twee weken komt een stuurgroep samen
met de projectleider, de contactpersoon en de operationeel directeur van Verbeke. Raken zij het
over een probleem niet eens, dan wordt het voorgelegd aan de gedelegeerd bestuurder van Visiopunt
en de CEO van Verbeke.

Artikel 5 - Oplevering en waarborg
5.1 Na de installatie van een winkel volgt een gezamenlijke test; de resultaten worden vastgelegd
in een opleveringsrapport dat door de winkelverantwoordelijke en de technieker wordt ondertekend
(voorlopige oplevering). Kleine opmerkingen verhinderen de oplevering niet en worden binnen tien
werkdagen weggewerkt; bij een scherm dat niet werkt, volgt een nieuwe test.
5.2 De definitieve oplevering van het volledige netwerk vindt plaats wanneer alle winkels voorlopig
zijn opgeleverd en het netwerk daarna veertien dagen zonder storing met prioriteit 1 heeft gewerkt.
5.3 Op alle geleverde hardware en op de installatiewerken geeft Visiopunt een waarborg van 36
maanden vanaf de voorlopige oplevering van de betrokken winkel; onderdelen, arbeid en verplaatsing
zijn gedurende die periode kosteloos.
5.4 Visiopunt leidt zes contentbeheerders van Verbeke op en bezorgt een Nederlandstalige
handleiding. Bij de definitieve oplevering overhandigt Visiopunt een as-builtdossier met het
schermplan, de serienummers en de netwerkgegevens per winkel.

Artikel 6 - Onderhoud en VisioCast
6.1 De formule Retail Care omvat: de helpdesk, de bewaking op afstand van alle spelers, de
herstelling of omwisseling van defecte schermen en spelers ter plaatse, de updates van de firmware
van de spelers en van VisioCast, en een jaarlijks nazicht van de ophangingen.
6.2 De helpdesk is bereikbaar van maandag tot zaterdag van 8.00 tot 18.00 uur op 053 71 90 20 en
via support@visiopunt.be. De spelers worden 24 uur per dag op afstand bewaakt; een speler die
offline gaat, genereert automatisch een melding.
6.3 Interventietermijnen:
    Prioriteit 1 - meer dan de helft van de schermen van een winkel zonder beeld:
                   reactie binnen 2 uur, herstelling of omwisseling ter plaatse de volgende werkdag
    Prioriteit 2 - een enkel scherm of speler defect:
                   reactie binnen 8 uur, herstelling binnen 3 werkdagen
    Prioriteit 3 - vragen over VisioCast: antwoord binnen 2 werkdagen
Bij overschrijding van de hersteltermijn voor prioriteit 1 of 2 crediteert Visiopunt 10 % van de
maandvergoeding van de betrokken winkel per dag vertraging.
6.4 Visiopunt levert alle redelijke inspanningen om VisioCast permanent beschikbaar te houden.
Updates van het platform gebeuren op zondagnacht; updates van de firmware worden 's nachts op de
spelers geïnstalleerd, buiten de openingsuren.
6.5 Visiopunt houdt in het klantenportaal het schermplan van elke winkel bij, met de locatie,
serienummers en netwerkgegevens van elk toestel, dat de helpdesk bij elke melding raadpleegt. Na
de uitrol bezorgt Visiopunt maandelijks een rapport met de beschikbaarheid van de spelers per
winkel en de afgehandelde meldingen.

Artikel 7 - Duur en beëindiging
7.1 Het onderhoud en het gebruik van VisioCast lopen voor een duur van 60 maanden vanaf de
definitieve oplevering. De overeenkomst eindigt dan van rechtswege, zonder stilzwijgende
verlenging; partijen bespreken uiterlijk zes maanden vóór het einde een eventuele verlenging.
7.2 Verbeke kan het onderhoud en het gebruik van VisioCast na 36 maanden opzeggen met een
opzegtermijn van zes maanden, bij aangetekende brief.
7.3 Elke partij kan de overeenkomst ontbinden wanneer de andere partij een wezenlijke verplichting
niet nakomt en dat niet rechtzet binnen dertig dagen na een aangetekende ingebrekestelling.
7.4 Bij het einde van de overeenkomst, om welke reden ook, bezorgt Visiopunt binnen vijftien dagen
een export van de volledige beeldbank in de oorspronkelijke bestandsformaten en van de
afspeelschema's in CSV. Gedurende ten hoogste drie maanden na het einde werkt Visiopunt mee aan de
overschakeling naar een ander platform, onder meer door de spelers los te koppelen van VisioCast
zodat ze met een andere software kunnen worden gebruikt, tegen de uurtarieven van artikel 2.5.

Artikel 8 - Eigendom en intellectuele rechten
8.1 De eigendom van de schermen en spelers van een winkel gaat over op Verbeke na volledige
betaling van de facturen voor die winkel.
8.2 Visiopunt blijft eigenaar van VisioCast; Verbeke krijgt een niet-exclusief gebruiksrecht voor
de duur van de overeenkomst. De sjablonen die Visiopunt in de huisstijl van Verbeke ontwerpt en
alle content die Verbeke aanlevert, zijn en blijven eigendom van Verbeke.

Artikel 9 - Aansprakelijkheid
9.1 De aansprakelijkheid van Visiopunt is voor alle schadegevallen samen beperkt tot de totale
eenmalige vergoeding van artikel 2.1. Visiopunt is niet aansprakelijk voor onrechtstreekse schade
zoals omzetverlies, behalve bij opzet of zware fout.

Artikel 10 - Vertrouwelijkheid en persoonsgegevens
10.1 Partijen houden de informatie die zij van elkaar ontvangen, waaronder de winkelplannen, de
prijsacties en de commerciële planning van Verbeke, vertrouwelijk, tijdens de overeenkomst en vijf
jaar erna.
10.2 Het netwerk verwerkt geen gegevens van klanten van Verbeke; de schermen hebben geen camera of
sensor. Visiopunt verwerkt als verwerker enkel de gebruikersgegevens van de contentbeheerders,
in datacenters binnen de Europese Unie en volgens de verwerkersovereenkomst van bijlage 4; zij
meldt een inbreuk binnen 48 uur aan Verbeke.

Artikel 11 - Toepasselijk recht en geschillen
11.1 Deze overeenkomst wordt beheerst door het Belgisch recht.
11.2 Bij een geschil overleggen eerst de gedelegeerd bestuurder van Visiopunt en de CEO van
Verbeke. Komen zij binnen dertig dagen niet tot een oplossing, dan doen partijen een beroep op een
door de Federale Bemiddelingscommissie erkende bemiddelaar. Blijft de bemiddeling binnen zestig
dagen zonder resultaat, dan is uitsluitend de ondernemingsrechtbank te Gent bevoegd.

Opgemaakt te Sint-Denijs-Westrem op 02/12/2026, in twee originelen, waarvan elke partij erkent er
één te hebben ontvangen.

Voor Visiopunt nv                               Voor Maison Verbeke nv

(handtekening)                                  (handtekening)          (handtekening)
Wouter De Smet                                  Els Verbeke             Tom Goossens
gedelegeerd bestuurder                          CEO                     CFO
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
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 60,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 1080,
        "response_time_hours_highest_priority": 2,
    },
)


NL_DOCUMENTS = [
    NL_LOWCODE_ORDER_INTAKE_OFFER,
    NL_DENTAL_SAAS_SUBSCRIPTION_AGREEMENT,
    NL_DIGITAL_SIGNAGE_CONTRACT,
]
