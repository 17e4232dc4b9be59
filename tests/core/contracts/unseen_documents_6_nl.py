"""Held-out batch 6, Dutch documents: a Flemish maintenance contract for the point-of-sale systems
(touchscreen tills, receipt printers, kitchen screens) of a brasserie group with five venues, and
a Netherlands project offer for migrating an accountancy firm to Microsoft 365 and Azure (fixed
price, migration weekend, Intune roll-out) with an empty "akkoord opdrachtgever" line.

Written on 2026-12-05 (committed 02:31-02:32 UTC) by a helper session acting as examiner, without
reading the analyser's rules or its tests; the labels come from reading each text against
spec/checklist.md (only clear readings; ambiguous ones are left out) and were committed before the
analyser was ever run on these texts. Never change a rule to fit these texts, nor a label or a text
to fit the analyser. Conventions as in the earlier batches (months = 30 days for notice and
warranty; response time of the highest priority in hours, working hours counted as hours; an empty
"voor akkoord" line for the client is a partial signature and raises risk.unsigned).
"""

from .unseen_documents import UnseenDocument

NL_POS_MAINTENANCE_CONTRACT = UnseenDocument(
    name="nl_pos_maintenance_contract",
    text="""ONDERHOUDSCONTRACT KASSASYSTEMEN "SERVICE PLUS" - contractnummer KS-2027-0412

Tussen: Horecatel bv, Brugsesteenweg 212, 9000 Gent, ondernemingsnummer BE 0712.455.981,
IBAN BE71 0018 4420 3361, hierna "Horecatel",
en: Brasserie Groep Lemaire nv, Grote Markt 7, 2000 Antwerpen, ondernemingsnummer BE 0456.771.209,
vertegenwoordigd door de heer Marc Lemaire, gedelegeerd bestuurder, hierna "de Uitbater".

Art. 1 - Voorwerp
1.1 Horecatel staat in voor het onderhoud van de kassasystemen (touchscreenkassa's, bonprinters,
keukenschermen en handterminals voor de bediening) in de vijf vestigingen van de Uitbater, zoals
opgelijst in bijlage A (toestellenlijst per vestiging).
1.2 Op dit contract zijn de algemene voorwaarden van Horecatel (versie januari 2026) van
toepassing, die de Uitbater verklaart ontvangen en aanvaard te hebben. Bij tegenstrijdigheid tussen
dit contract en de algemene voorwaarden hebben de algemene voorwaarden voorrang.

Art. 2 - Inhoud van de formule Service Plus
Per vestiging omvat de formule:
  - telefonische hulp en hulp op afstand via de Horecatel-helpdesk;
  - herstelling ter plaatse bij een defect, arbeid en verplaatsing inbegrepen;
  - een vervangtoestel (swap) voor kassa's en bonprinters die niet ter plaatse te herstellen zijn;
  - de nieuwe versies van de kassasoftware HoReCash en de beveiligingspatches van het
    besturingssysteem van de kassa's;
  - één preventief nazicht per jaar, bij voorkeur in de sluitingsweek van de vestiging.
Vallen buiten de formule: schade door vocht, vallen, vet of hitte, verbruiksgoederen (papierrollen,
inktlinten), het netwerk en de internetaansluiting van de Uitbater, en koppelingen met
boekhoudpakketten of reservatieplatformen van derden.
Het onderhoud wordt uitgevoerd door techniekers die door de fabrikant van de hardware en voor
HoReCash gecertificeerd zijn.

Art. 3 - Bereikbaarheid, reactie en herstel
Helpdesk: 070 22 41 80 - support@horecatel.be - elke dag van 10.00 tot 23.00 uur, ook op zon- en
feestdagen. Een oproep wordt na het telefonisch contact bevestigd met een ticketnummer.
| Prio | Voorbeeld                                  | Reactie    | Herstel of vervangtoestel |
| P1   | geen enkele kassa werkt in een vestiging   | 30 minuten | binnen 4 uur              |
| P2   | één kassa, printer of keukenscherm defect  | 2 uur      | volgende werkdag          |
| P3   | vraag, instelling, wijziging van menukaart | 1 werkdag  | binnen 5 werkdagen        |
Wordt de hersteltermijn voor een P1-oproep overschreden, dan crediteert Horecatel per begonnen uur
vertraging 10 % van het maandbedrag van de betrokken vestiging, met een maximum van 50 % per maand.
De cloud-backoffice HoReCash Online wordt door een derde partij gehost; Horecatel verbindt zich
niet tot enig beschikbaarheidspercentage voor die backoffice.
Updates van HoReCash worden 's nachts tussen 3.00 en 5.00 uur op afstand geïnstalleerd.

Art. 4 - Kennis van de installatie en opvolging
Horecatel houdt per vestiging een installatiefiche bij (netwerkplan, IP-adressen, printerroutes,
configuratie van de menukaart) die de helpdesk bij elke oproep raadpleegt. Vaste accountmanager
voor de Uitbater: Jeroen Claeys, jeroen.claeys@horecatel.be, 0478 55 21 09.
Horecatel bezorgt na elk kwartaal een overzicht van de oproepen per vestiging, met de gemeten
reactie- en hersteltijden. Eenmaal per jaar volgt een evaluatiegesprek tussen de accountmanager en
de operationeel directeur van de Uitbater.

Art. 5 - Verplichtingen van de Uitbater
De Uitbater zorgt voor een werkende internetverbinding in elke vestiging, laat de kassa's elke
nacht aan staan zodat de updates kunnen worden geïnstalleerd, meldt defecten onmiddellijk aan de
helpdesk en geeft de technieker tijdens de openingsuren toegang tot de toestellen.

Art. 6 - Prijs en betaling (bedragen excl. btw)
| Vestiging           | Toestellen                    | Maandbedrag |
| Antwerpen Grote Mkt | 4 kassa's, 3 printers, 2 KDS  | € 265,00    |
| Antwerpen Zuid      | 3 kassa's, 2 printers, 1 KDS  | € 215,00    |
| Mechelen            | 3 kassa's, 2 printers, 1 KDS  | € 215,00    |
| Lier                | 2 kassa's, 2 printers         | € 175,00    |
| Gent Korenmarkt     | 4 kassa's, 3 printers, 2 KDS  | € 275,00    |
| Totaal per maand    |                               | € 1.145,00  |
Eenmalige intakekost (inventaris, installatiefiche, back-up van de configuratie): € 480,00 per
vestiging, samen € 2.400,00, gefactureerd bij de ondertekening.
Interventies buiten de formule (art. 2) worden vooraf begroot door de technieker en enkel
uitgevoerd na akkoord van de vestigingsverantwoordelijke op de digitale werkbon; ze worden
aangerekend aan € 85,00 per uur, verplaatsing € 45,00 per interventie, en maandelijks gefactureerd.
De bedragen worden jaarlijks op 1 januari geïndexeerd volgens de Agoria-formule. Horecatel kan de
tarieven daarnaast aanpassen bij een prijsstijging van haar eigen leveranciers, mits zij de
Uitbater daarvan één maand vooraf schriftelijk op de hoogte brengt.
Het onderhoud wordt per kwartaal vooraf gefactureerd. Facturen zijn betaalbaar binnen 30 dagen na
factuurdatum. Na een ingebrekestelling die 15 dagen zonder gevolg blijft, mag Horecatel de
dienstverlening opschorten.

Art. 7 - Duur en beëindiging
Het contract vangt aan op 01/03/2027 voor een duur van 36 maanden. Nadien wordt het telkens
stilzwijgend verlengd voor een periode van 12 maanden, tenzij een partij het bij aangetekende brief
opzegt uiterlijk 6 maanden vóór de vervaldag. Een vestiging die definitief sluit of wordt
overgedragen, kan afzonderlijk worden opgezegd met een opzegtermijn van één maand.
Bij het einde van het contract bezorgt Horecatel op eenvoudig verzoek een export van de artikelen,
menukaarten en omzethistoriek in CSV-formaat. Bij een overstap naar een andere leverancier kan
Horecatel bijstand verlenen in onderling overleg.

Art. 8 - Aansprakelijkheid, vertrouwelijkheid en bevoegde rechtbank
De aansprakelijkheid van Horecatel is per schadegeval beperkt tot drie maandbedragen van de
betrokken vestiging. Horecatel is in geen geval aansprakelijk voor omzetverlies, gederfde winst of
verlies van kassagegevens. Horecatel behandelt de omzetcijfers en alle bedrijfsgegevens van de
Uitbater waarvan zij kennis krijgt strikt vertrouwelijk.
Op dit contract is het Belgisch recht van toepassing. Geschillen behoren tot de bevoegdheid van de
ondernemingsrechtbank te Gent.

Opgemaakt te Gent op 12/02/2027 in twee exemplaren, waarvan elke partij er één ontvangt.
Voor Horecatel bv                          Voor Brasserie Groep Lemaire nv
(handtekening)                             (handtekening)
Jeroen Claeys, accountmanager              Marc Lemaire, gedelegeerd bestuurder
Bijlage A: toestellenlijst per vestiging
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
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
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
        "exit.transition": "partial",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
    },
)

NL_M365_MIGRATION_OFFER = UnseenDocument(
    name="nl_m365_migration_offer",
    text="""Bakker & Ouali ICT B.V.
Stationsweg 41, 3811 NH Amersfoort - KvK 81234567 - btw-id NL862145903B01
IBAN NL44 RABO 0312 7788 45 - www.bakkerouali.nl - 033 760 21 40

Aan: Van Wijk Accountants & Adviseurs
t.a.v. mevrouw drs. E. (Esther) van Wijk RA
Hogeweg 18, 3814 CE Amersfoort

Amersfoort, 11 januari 2027
Offertenummer: OFF-27-0007
Betreft: migratie naar Microsoft 365 en Azure

Geachte mevrouw Van Wijk,

Naar aanleiding van ons gesprek van 6 januari jl. bieden wij u hierbij aan om uw kantoor (28
medewerkers) over te zetten van de eigen server met Exchange 2016 en fileserver naar Microsoft 365
Business Premium, met beheer van de laptops via Intune en back-up van de omgeving in Azure.

1. Werkzaamheden en prijs (vaste prijs, bedragen exclusief btw)
| Onderdeel                                                     | Prijs       |
| Inventarisatie huidige omgeving en migratieplan               | € 1.480,00  |
| Inrichting tenant, Entra ID, MFA en beleid voorwaardelijke    | € 3.920,00  |
|   toegang                                                     |             |
| Mailmigratie 28 mailboxen + 4 gedeelde mailboxen (circa 310   | € 4.260,00  |
|   GB), inclusief agenda's en contactpersonen                  |             |
| Overzetten fileserver (1,2 TB) naar SharePoint en Teams,      | € 5.180,00  |
|   inclusief mappenstructuur en rechten                        |             |
| Uitrol Intune op 28 laptops, Autopilot                        | € 2.640,00  |
| Uitfaseren oude server (na 30 dagen, gegevens gewist, NEN)    | € 1.160,00  |
| Totaal vaste prijs                                            | € 18.640,00 |
Niet in deze prijs begrepen: de migratie van uw rapportagesoftware Caseware (die blijft voorlopig
op de huidige server draaien), nieuwe hardware, en aanpassingen aan uw website of domeinhosting
anders dan de DNS-records voor Microsoft 365.

2. Doorlopende kosten
Microsoft 365 Business Premium via ons CSP-abonnement: € 20,60 per gebruiker per maand (28
gebruikers: € 576,80 per maand), maandelijks opzegbaar. Azure Backup en opslag: op basis van
verbruik, naar verwachting circa € 45,00 per maand.

3. Planning
| Week         | Activiteit                                                        |
| week 10      | inventarisatie, migratieplan ter goedkeuring aan u                |
| week 11 - 12 | inrichting tenant, testmigratie van drie mailboxen                |
| 20-21 maart  | migratieweekend: mail en bestanden, cut-over van de MX-records    |
| week 13      | uitrol Intune per afdeling, twee instructiesessies                |
| week 14 - 17 | nazorg, daarna uitfaseren oude server                             |

4. Wat wij van u nodig hebben
Uiterlijk twee weken voor de start ontvangen wij van u: beheerdersrechten op het huidige domein en
de server, toegang tot de DNS bij uw registrar, een lijst van medewerkers en gedeelde mappen met de
gewenste rechten, en een contactpersoon die tijdens het migratieweekend telefonisch bereikbaar is.
U zorgt vóór het migratieweekend voor een volledige, gecontroleerde back-up van de server.

5. Team en communicatie
Uw projectleider is Ruud Bakker; de technische uitvoering ligt bij Fatima Ouali (Microsoft
Certified: Azure Administrator Associate en Endpoint Administrator Associate). Tijdens het project
ontvangt u elke vrijdag een korte voortgangsmail met de stand van zaken en eventuele knelpunten.

6. Oplevering en nazorg
Na het migratieweekend controleert u binnen vijf werkdagen aan de hand van onze testlijst (mail,
agenda's, gedeelde mailboxen, bestanden en rechten) of alles werkt. Ontvangen wij binnen die termijn
geen schriftelijke opmerkingen, dan geldt de migratie als opgeleverd.
Gedurende 30 dagen na oplevering herstellen wij kosteloos fouten in de door ons gemaakte
configuratie. Storingen bij Microsoft zelf vallen daar niet onder.
Uw medewerkers krijgen twee instructiesessies van anderhalf uur op kantoor (Outlook, Teams,
OneDrive en inloggen met MFA) en een beknopte handleiding in pdf. Bij oplevering ontvangt u een
configuratiedocument (tenantinstellingen, beleidsregels, beheeraccounts) en een overdrachtssessie
van twee uur met uw interne IT-contactpersoon.
Microsoft hanteert voor Exchange Online en SharePoint een eigen SLA van 99,9 %; Bakker & Ouali ICT
geeft zelf geen beschikbaarheidsgarantie. Het beheer van de omgeving na de nazorgperiode valt
buiten deze offerte; desgewenst doen wij u daarvoor een afzonderlijk voorstel.

7. Meerwerk
Werkzaamheden buiten de omschrijving in paragraaf 1 voeren wij alleen uit nadat wij u per e-mail
een prijsopgave hebben gestuurd en u die schriftelijk hebt goedgekeurd. Meerwerk rekenen wij af
tegen € 115,00 per uur en factureren wij na afloop van de maand.

8. Facturering en voorwaarden
De vaste prijs factureren wij in drie termijnen: 40 % bij opdracht, 40 % na het migratieweekend en
20 % na oplevering. Betaling binnen 14 dagen na factuurdatum.
Op deze offerte en de opdracht zijn de NLdigital Voorwaarden 2025 van toepassing; inkoop- of andere
voorwaarden van opdrachtgever worden uitdrukkelijk van de hand gewezen. Bij strijdigheid tussen
deze offerte en de NLdigital Voorwaarden gaat deze offerte voor.
Onze aansprakelijkheid is beperkt tot het bedrag van de opdracht exclusief btw. Wij zijn niet
aansprakelijk voor verlies of beschadiging van gegevens tijdens de migratie.
De tenant wordt op naam van uw kantoor aangemaakt; alle beheeraccounts dragen wij bij oplevering
aan u over.

Deze offerte is geldig tot 31 januari 2027.

Met vriendelijke groet,
Bakker & Ouali ICT B.V.
(getekend) Ruud Bakker, directeur

Akkoord opdrachtgever:
Naam: ______________________  Datum: ____________  Handtekening: ______________________
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "covered",
        "budget.project_cost": "covered",
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
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.auto_renewal": False,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 14,
        "warranty_days": 30,
    },
)


NL_DOCUMENTS = (NL_POS_MAINTENANCE_CONTRACT, NL_M365_MIGRATION_OFFER)
