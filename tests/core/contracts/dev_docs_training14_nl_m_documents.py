"""Training batch 14 (nl, writer m): four documents in Dutch of kinds not used before.

1. nl_t14m_telematics_integration_maintenance: a formal Flemish maintenance contract (numbered
   articles, signed by both parties) for the middleware that links a Roeselare haulier's
   Webfleet truck board computers to its transport planning system, with SLA, availability,
   service credits, source code in the client's repository and a tacit renewal with three
   months' notice.
2. nl_t14m_managed_it_general_terms: the general terms of a Limburg managed-IT provider for SMEs
   (three managed-service formulas, regie rates), unsigned, with its own terms prevailing,
   best-efforts and indicative response times, uncapped regie work without prior approval,
   a 36-month term with six months' notice, a narrow liability cap and a retention right.
3. nl_t14m_dental_software_upgrade_offer: a short, informal Flemish e-mail offer for upgrading a
   dental practice's management software (conversion, training, maintenance price), accepted
   by a reply e-mail from the dentist.
4. nl_t14m_housing_website_hosting_framework: a Netherlands framework agreement (signed by both
   parties, ARBIT-2018) for migrating, hosting, maintaining and further developing a housing
   association's Drupal website and tenant portal, with call-off orders.

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

NL_T14M_TELEMATICS_INTEGRATION_MAINTENANCE = UnseenDocument(
    name="nl_t14m_telematics_integration_maintenance",
    text="""ONDERHOUDSOVEREENKOMST
Koppeling boordcomputers - transportplanning "TelemaLink"
Nr. OC-2027-006

TUSSEN
Routelink bv, met maatschappelijke zetel te Kortrijksesteenweg 412, 8530 Harelbeke,
KBO 0728.514.306, vertegenwoordigd door de heer Jan Vandenbroucke, zaakvoerder,
hierna "Routelink",

EN
Transport Desmet & Zonen nv, met maatschappelijke zetel te Industrielaan 22, 8800 Roeselare,
KBO 0438.902.117, vertegenwoordigd door mevrouw Katrien Desmet, gedelegeerd bestuurder,
hierna "de Klant".

VOORAFGAANDE UITEENZETTING
De Klant rijdt met 142 trekkers die uitgerust zijn met boordcomputers van Webfleet. In 2024
bouwde Routelink voor de Klant de koppeling "TelemaLink" tussen het transportplanningssysteem
CargoPlan en het Webfleet-platform. TelemaLink draait als middleware in Microsoft Azure en
stuurt ritten en opdrachten naar de boordcomputers, haalt statussen, GPS-posities en rij- en
rusttijden op, en berekent de ETA's die in het klantenportaal van de Klant worden getoond.
Partijen sluiten deze overeenkomst voor het onderhoud en beheer van TelemaLink.

Artikel 1 - Contractdocumenten
1.1 De overeenkomst bestaat uit deze tekst en de volgende bijlagen: Bijlage 1, offerte
RL-O-2026-241 van 6 november 2026; Bijlage 2, technische beschrijving van TelemaLink;
Bijlage 3, verwerkersovereenkomst.
1.2 Bij strijdigheid gaat deze tekst voor op Bijlage 3, Bijlage 3 op Bijlage 2 en Bijlage 2 op
Bijlage 1. De algemene voorwaarden van Routelink en de aankoopvoorwaarden van de Klant zijn niet
van toepassing.

Artikel 2 - Inhoud van het onderhoud
2.1 Het onderhoud omvat:
a) correctief onderhoud: het opsporen en verhelpen van fouten in TelemaLink;
b) adaptief onderhoud: het aanpassen van TelemaLink aan nieuwe versies en aangekondigde
   uitfaseringen van de Webfleet-API en van de CargoPlan-API;
c) het beheer van de Azure-omgeving: 24/7 monitoring van de berichtenstromen, dagelijkse back-up
   van de database met een bewaartermijn van 30 dagen, en het installeren van beveiligingspatches
   en updates van de gebruikte componenten;
d) een servicedesk voor de planningsdienst en de IT-verantwoordelijke van de Klant;
e) een budget van 24 uur per kalenderjaar voor kleine aanpassingen op vraag van de Klant.
2.2 Niet inbegrepen zijn: de Azure-verbruikskosten, die rechtstreeks op het abonnement van de
Klant worden aangerekend; de boordcomputers, hun abonnementen en hun herstelling; storingen in
CargoPlan of in het Webfleet-platform zelf, die Routelink wel meldt bij de betrokken leverancier
en opvolgt; nieuwe functionaliteit boven het budget van 2.1 e).

Artikel 3 - Vergoedingen en facturatie
3.1 Eenmalige opstartvergoeding (actualisering van de documentatie, herinrichting van de
monitoring en overzetting van het Azure-abonnement op naam van de Klant): EUR 1.950,00.
3.2 Onderhoudsvergoeding: EUR 1.190,00 per maand.
3.3 Prestaties buiten het onderhoud worden aangerekend aan EUR 98,00 per uur voor een
analist-ontwikkelaar. Interventies van de wachtdienst voor P1-storingen zijn in de
onderhoudsvergoeding inbegrepen.
3.4 De bedragen van 3.2 en 3.3 worden jaarlijks op 1 januari, voor het eerst op 1 januari 2028,
geïndexeerd volgens de formule P = P0 x (0,2 + 0,8 x S / S0), waarbij S het Agoria-referentieloon
is. Elke andere prijswijziging vereist een schriftelijk akkoord van de Klant.
3.5 Meerwerk wordt pas uitgevoerd nadat Routelink een schriftelijke raming in uren heeft
bezorgd en de logistiek directeur van de Klant die schriftelijk (e-mail volstaat) heeft
goedgekeurd. Dreigt de raming met meer dan 10 % overschreden te worden, dan is een nieuw akkoord
nodig.
3.6 De opstartvergoeding wordt gefactureerd bij ondertekening, de onderhoudsvergoeding per
kwartaal vooraf en het meerwerk maandelijks achteraf op basis van urenstaten. Alle bedragen zijn
exclusief btw. Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

Artikel 4 - Opstart
Het onderhoud gaat in op 1 januari 2027. Uiterlijk op 29 januari 2027 bezorgt Routelink de
bijgewerkte technische documentatie en het draaiboek voor incidenten; uiterlijk op 12 februari 2027
is het Azure-abonnement overgezet op naam van de Klant.

Artikel 5 - Medewerking van de Klant
De Klant houdt zijn licenties voor CargoPlan en Webfleet en de API-toegangen geldig, stelt een
testomgeving van CargoPlan ter beschikking, meldt Routelink ten minste 30 dagen vooraf elke nieuwe
versie van CargoPlan en elk nieuw type boordcomputer, en test nieuwe releases binnen de termijn
van artikel 7.2. Aanspreekpunt van de Klant is de heer Bart Lambrecht, planningsverantwoordelijke.

Artikel 6 - Servicedesk en serviceniveaus
6.1 De servicedesk is bereikbaar op werkdagen van 6.00 tot 20.00 uur via 056 73 18 40,
support@routelink.be en het ticketportaal. Buiten die uren is voor P1-storingen een wachtdienst
bereikbaar via 0475 61 22 90.
6.2 Prioriteiten en termijnen:
   P1 - geen ritten naar de boordcomputers of geen statussen terug, voor de hele vloot:
        reactie binnen 30 minuten (24/7), workaround binnen 4 uur
   P2 - storing voor een deel van de vloot of posities die meer dan 15 minuten achterlopen:
        reactie binnen 2 uur, oplossing binnen 1 werkdag (servicedeskuren)
   P3 - overige vragen en fouten: reactie binnen 1 werkdag, oplossing in de volgende release
6.3 Routelink garandeert een beschikbaarheid van TelemaLink van 99,5 % per kalendermaand. Gepland
onderhoud (maximaal 4 uur per maand, op zaterdag tussen 22.00 en 04.00 uur, ten minste 5
werkdagen vooraf aangekondigd) en storingen van Webfleet of CargoPlan tellen niet mee.
6.4 Per begonnen schijf van 0,5 % onder 99,5 % crediteert Routelink 5 % van de maandvergoeding,
met een maximum van 25 %. Voor elke P1-storing waarvoor de workaround later komt dan 4 uur,
crediteert Routelink bovendien 10 % van de maandvergoeding. Credits worden verrekend op de
volgende factuur.
6.5 Routelink houdt een configuratiedossier en het draaiboek van TelemaLink actueel. Vaste
contactpersoon van de Klant is mevrouw Sarah Deprez, technisch accountmanager.

Artikel 7 - Kwaliteit en releases
7.1 Elke wijziging wordt nagelezen door een tweede ontwikkelaar, doorloopt de geautomatiseerde
tests en wordt eerst in de testomgeving geplaatst.
7.2 De Klant test een release binnen 5 werkdagen in de testomgeving en keurt ze schriftelijk
goed. Zonder goedkeuring wordt geen release in productie gezet, behalve dringende
beveiligingspatches en correcties van P1-storingen.
7.3 Fouten in aanpassingen die Routelink als meerwerk of binnen het budget van 2.1 e) heeft
uitgevoerd, worden gedurende drie maanden na de ingebruikname kosteloos hersteld.
7.4 Na elke release werkt Routelink de technische documentatie bij.

Artikel 8 - Rapportering en overleg
8.1 Uiterlijk de tiende van elke maand bezorgt Routelink een rapport met de gemeten
beschikbaarheid, de incidenten met hun reactie- en oplostijden, de credits, het verbruik van het
urenbudget en de aangekondigde wijzigingen aan de API's van Webfleet en CargoPlan.
8.2 Elk half jaar overleggen de accountmanager en de logistiek directeur over de rapporten en
de planning van aanpassingen.
8.3 Problemen die niet in dat overleg worden opgelost, worden voorgelegd aan de zaakvoerder van
Routelink en de gedelegeerd bestuurder van de Klant.

Artikel 9 - Duur en beëindiging
9.1 Deze overeenkomst loopt 24 maanden vanaf 1 januari 2027. Zij wordt daarna stilzwijgend
verlengd voor periodes van 12 maanden, tenzij een partij ten minste drie maanden vóór het einde
van de lopende periode opzegt bij aangetekende brief.
9.2 Elke partij kan de overeenkomst ontbinden wanneer de andere partij een zware tekortkoming niet
herstelt binnen 30 dagen na een aangetekende ingebrekestelling. De Klant kan bovendien zonder
vergoeding opzeggen wanneer de beschikbaarheid drie opeenvolgende maanden lager ligt dan 98 %.

Artikel 10 - Broncode en einde van de overeenkomst
10.1 De broncode van TelemaLink staat in de Azure DevOps-omgeving van de Klant. Routelink plaatst
er bij elke release de volledige broncode, de scripts voor de uitrol en de documentatie.
10.2 Bij het einde van de overeenkomst draagt Routelink alle toegangen, de configuratie, het
draaiboek en een export van de logbestanden in csv-formaat over aan de Klant. Gedurende drie
maanden na het einde blijft Routelink op vraag van de Klant het onderhoud verzorgen tegen de
maandvergoeding pro rata en helpt zij de nieuwe leverancier of de interne IT-dienst van de Klant
bij de overname, tegen het uurtarief van artikel 3.3.
10.3 Routelink kan geen retentierecht uitoefenen op de broncode, de gegevens of de documentatie.

Artikel 11 - Intellectuele eigendom
De rechten op de voor de Klant ontwikkelde code van TelemaLink behoren toe aan de Klant. Routelink
behoudt de rechten op haar bibliotheek "RL Connect", die in TelemaLink is opgenomen; de Klant
krijgt daarop een eeuwigdurend, kosteloos en niet-exclusief gebruiksrecht, ook om TelemaLink
door een derde te laten onderhouden.

Artikel 12 - Persoonsgegevens
De GPS-posities en de rij- en rusttijden zijn persoonsgegevens van de chauffeurs. Routelink
verwerkt ze als verwerker uitsluitend voor de werking van TelemaLink, in de Azure-regio
West-Europa, bewaart de posities niet langer dan 90 dagen en meldt een datalek binnen 24 uur.
Verder geldt de verwerkersovereenkomst van Bijlage 3.

Artikel 13 - Vertrouwelijkheid
Partijen houden alle informatie over elkaars bedrijf, klanten en tarieven vertrouwelijk, tijdens
de overeenkomst en gedurende vijf jaar na het einde ervan.

Artikel 14 - Aansprakelijkheid
De aansprakelijkheid van Routelink is per schadegeval beperkt tot het bedrag dat de Klant in de
twaalf maanden vóór het schadegeval op grond van deze overeenkomst heeft betaald, met een minimum
van EUR 15.000,00. Routelink is niet aansprakelijk voor onrechtstreekse schade, behalve bij opzet
of zware fout.

Artikel 15 - Geschillen
Partijen trachten een geschil eerst in der minne op te lossen volgens artikel 8.3. Lukt dat niet
binnen 30 dagen, dan is uitsluitend de ondernemingsrechtbank Gent, afdeling Kortrijk, bevoegd.
Deze overeenkomst wordt beheerst door het Belgisch recht.

Opgemaakt te Roeselare op 4 december 2026, in twee exemplaren.

Voor Routelink bv                                Voor Transport Desmet & Zonen nv
Jan Vandenbroucke, zaakvoerder                   Katrien Desmet, gedelegeerd bestuurder
(handtekening)                                   (handtekening)
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
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
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
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.5,
    },
)

NL_T14M_MANAGED_IT_GENERAL_TERMS = UnseenDocument(
    name="nl_t14m_managed_it_general_terms",
    text="""ALGEMENE VOORWAARDEN ITZORG LIMBURG BV
Versie 3.2 - van toepassing vanaf 1 september 2026

ITZorg Limburg bv, Kempische Steenweg 303, 3500 Hasselt, KBO 0687.221.459, hierna "ITZorg".

Artikel 1 - Toepassing
1.1 Deze algemene voorwaarden zijn van toepassing op alle offertes, overeenkomsten, leveringen en
diensten van ITZorg, onder meer de verkoop en installatie van hardware en software, de
beheerformules en de interventies in regie.
1.2 De overeenkomst komt tot stand door de ondertekening van de offerte door de klant of door de
aanvang van de uitvoering. De offerte en deze algemene voorwaarden vormen samen de overeenkomst.
1.3 Door de ondertekening van de offerte aanvaardt de klant deze algemene voorwaarden. De
aankoopvoorwaarden of andere voorwaarden van de klant zijn niet van toepassing, ook niet wanneer
zij later worden meegedeeld. Bij strijdigheid tussen de offerte en deze algemene voorwaarden
hebben deze algemene voorwaarden voorrang, tenzij de offerte uitdrukkelijk vermeldt van welk
artikel zij afwijkt.

Artikel 2 - Tarieven
2.1 Offertes zijn 30 dagen geldig. Alle prijzen zijn exclusief btw en Recupel-bijdrage.
2.2 Tenzij de offerte anders vermeldt, gelden de volgende tarieven:
   - interventie op afstand: EUR 82,00 per uur, aangerekend per begonnen kwartier;
   - interventie ter plaatse: EUR 89,00 per uur, met een minimum van één uur, vermeerderd met
     een forfaitaire verplaatsingskost van EUR 39,00;
   - systeembeheerder of consultant: EUR 115,00 per uur;
   - buiten de kantooruren + 50 %, op zon- en feestdagen + 100 %.
2.3 De tarieven en de maandvergoedingen van de beheerformules worden jaarlijks op 1 januari
geïndexeerd volgens de formule P = P0 x (0,2 + 0,8 x S / S0), waarbij S het Agoria-referentieloon
is.

Artikel 3 - Beheerformules
3.1 ITZorg biedt drie beheerformules aan, met een maandvergoeding per gebruiker:
   - ITZorg Basis: monitoring van servers en werkposten, beheerde antivirus (EDR), maandelijkse
     installatie van Windows- en Microsoft 365-updates en beveiligingspatches, en de helpdesk op
     afstand tijdens de kantooruren;
   - ITZorg Plus: Basis, aangevuld met een cloudback-up van Microsoft 365 en van de server, het
     beheer van firewall en wifi, en interventies ter plaatse zonder uurtarief (de
     verplaatsingskost wordt wel aangerekend);
   - ITZorg Totaal: Plus, aangevuld met een wachtdienst buiten de kantooruren voor storingen die
     het hele bedrijf treffen, een jaarlijkse IT-doorlichting en het beheer van de levenscyclus
     van de hardware.
3.2 Niet inbegrepen in de formules zijn: hardware; licenties, tenzij de offerte ze vermeldt;
projecten zoals migraties, verhuizingen en de installatie van nieuwe toestellen; ondersteuning
van bedrijfsspecifieke software van derden buiten een eerste analyse; en herstellingen na een
fout, een virus of een ongeval dat door de klant werd veroorzaakt. Deze prestaties worden in regie
aangerekend volgens artikel 2.2.
3.3 Interventies die door de klant of een van zijn medewerkers worden aangevraagd en niet onder
de formule vallen, worden uitgevoerd en aangerekend zonder voorafgaande prijsopgave. Voor
projecten bezorgt ITZorg op verzoek een raming; een raming is indicatief en niet bindend.
3.4 ITZorg houdt van elke klant met een beheerformule een actuele documentatie van de
IT-omgeving bij (netwerkschema, toestellen, licenties, beheeraccounts) in haar
documentatieplatform.

Artikel 4 - Helpdesk en uitvoering
4.1 De helpdesk is bereikbaar op werkdagen van 8.00 tot 17.30 uur via 011 39 52 00,
support@itzorg.be en het klantenportaal. Meldingen buiten de kantooruren worden de volgende
werkdag behandeld, behalve voor de wachtdienst van de formule Totaal.
4.2 ITZorg streeft ernaar een melding die de werking van het hele bedrijf verhindert binnen twee
werkuren op te nemen, en andere meldingen binnen één werkdag. Deze termijnen zijn indicatief.
ITZorg geeft geen garantie over de duur van een herstelling.
4.3 Het niet naleven van de termijnen van artikel 4.2 geeft de klant geen recht op
schadevergoeding, prijsvermindering of ontbinding.
4.4 ITZorg voert haar opdrachten uit met gekwalificeerde medewerkers. Zij bepaalt zelf welke
medewerkers of onderaannemers zij inzet en kan hen op elk ogenblik vervangen.
4.5 Alle verbintenissen van ITZorg zijn middelenverbintenissen.

Artikel 5 - Levering, klachten en waarborg
5.1 Opgegeven leverings- en uitvoeringstermijnen zijn steeds indicatief. Een laattijdige
levering geeft de klant geen recht op schadevergoeding, noch op ontbinding of annulering van de
bestelling.
5.2 Klachten over zichtbare gebreken van geleverde goederen of uitgevoerde prestaties moeten
binnen acht dagen na de levering of de uitvoering schriftelijk worden gemeld. Na die termijn
worden de goederen en prestaties geacht definitief aanvaard te zijn.
5.3 Op hardware geldt uitsluitend de waarborg van de fabrikant. ITZorg verleent zelf geen
bijkomende waarborg; haar tussenkomst in het kader van de fabriekswaarborg (diagnose,
verplaatsing, terugzending) wordt in regie aangerekend.
5.4 Geleverde goederen blijven eigendom van ITZorg tot de volledige betaling van de prijs.

Artikel 6 - Verplichtingen van de klant
De klant verleent ITZorg toegang tot zijn lokalen en systemen, ter plaatse en op afstand, en
bezorgt de nodige beheerrechten. Hij duidt een vaste contactpersoon aan, gebruikt uitsluitend
software met een geldige licentie, meldt wijzigingen aan zijn IT-omgeving vooraf aan ITZorg en
volgt de veiligheidsaanbevelingen van ITZorg. Vóór elke interventie maakt hij een back-up van de
gegevens op toestellen die niet onder een beheerformule met back-up vallen.

Artikel 7 - Facturatie en betaling
7.1 De beheerformules worden maandelijks vooraf gefactureerd, de interventies in regie maandelijks
achteraf en de hardware bij levering.
7.2 Facturen zijn betaalbaar binnen 15 dagen na factuurdatum. Bij laattijdige betaling is van
rechtswege en zonder ingebrekestelling een verwijlintrest van 10 % per jaar verschuldigd, en een
forfaitaire schadevergoeding van 15 % van het factuurbedrag met een minimum van EUR 75,00. Na een
onbeantwoorde herinnering mag ITZorg haar diensten opschorten.
7.3 Een factuur die niet binnen acht dagen na factuurdatum schriftelijk wordt geprotesteerd,
geldt als aanvaard.

Artikel 8 - Duur en beëindiging van de beheerformules
8.1 Een beheerformule wordt gesloten voor een initiële duur van 36 maanden vanaf de eerste
maandfactuur. Zij wordt daarna stilzwijgend verlengd voor opeenvolgende periodes van 12 maanden,
tenzij een partij ten minste zes maanden vóór het einde van de lopende periode opzegt bij
aangetekende brief.
8.2 Beëindigt de klant een beheerformule vóór het einde van de lopende periode, dan is hij een
vergoeding verschuldigd gelijk aan de maandvergoedingen tot het einde van die periode.
8.3 ITZorg kan de overeenkomst met onmiddellijke ingang beëindigen bij faillissement van de klant
of wanneer de klant een vervallen factuur niet betaalt binnen 15 dagen na een ingebrekestelling.

Artikel 9 - Einde van de samenwerking
9.1 Na het einde van een beheerformule verleent ITZorg op verzoek van de klant gedurende ten
hoogste één maand haar medewerking aan de overdracht naar een nieuwe dienstverlener: zij
bezorgt de documentatie van artikel 3.4 en de beheerwachtwoorden en beantwoordt de vragen van
de nieuwe dienstverlener. Deze medewerking wordt in regie aangerekend.
9.2 De back-ups die ITZorg in het kader van de formules Plus en Totaal bijhoudt, worden na het
einde nog 30 dagen bewaard. Op verzoek bezorgt ITZorg in die periode een kopie op een externe
schijf, in het oorspronkelijke bestandsformaat, tegen de kostprijs van de schijf en de bestede
tijd. Daarna worden de back-ups definitief gewist.
9.3 Zolang niet alle vervallen facturen betaald zijn, mag ITZorg de documentatie, de
beheerwachtwoorden en de back-ups van de klant inhouden.

Artikel 10 - Aansprakelijkheid
10.1 ITZorg is enkel aansprakelijk voor haar opzet of zware fout.
10.2 ITZorg is in geen geval aansprakelijk voor onrechtstreekse schade, zoals winstderving,
omzetverlies, productieverlies en vorderingen van derden, noch voor het verlies of de beschadiging
van gegevens, ook niet wanneer de klant een formule met back-up heeft afgesloten.
10.3 De aansprakelijkheid van ITZorg is in elk geval beperkt tot het bedrag dat voor de betrokken
dienst werd gefactureerd in de drie maanden voorafgaand aan het schadegeval.

Artikel 11 - Intellectuele eigendom
Software van derden is onderworpen aan de licentievoorwaarden van de fabrikant. Scripts,
configuratiesjablonen en procedures die ITZorg ontwikkelt, blijven haar eigendom; de klant krijgt
er een niet-exclusief gebruiksrecht op voor intern gebruik zolang de overeenkomst loopt. De
documentatie van zijn eigen IT-omgeving mag de klant ook na het einde vrij gebruiken.

Artikel 12 - Vertrouwelijkheid
ITZorg en haar medewerkers houden alle informatie die zij bij de uitvoering van hun opdracht over
de klant verkrijgen, vertrouwelijk, ook na het einde van de overeenkomst.

Artikel 13 - Persoonsgegevens
ITZorg leeft de AVG na. Voor zover ITZorg bij de uitvoering van haar diensten persoonsgegevens
van de klant verwerkt, treedt zij op als verwerker en sluiten partijen waar nodig een
verwerkersovereenkomst.

Artikel 14 - Overmacht
Storingen bij leveranciers zoals Microsoft, internetproviders en groothandels, cyberaanvallen en
leveringsproblemen van fabrikanten gelden als overmacht en schorten de verplichtingen van ITZorg
op zolang zij duren.

Artikel 15 - Toepasselijk recht en bevoegdheid
Op alle overeenkomsten met ITZorg is het Belgisch recht van toepassing. Alle geschillen behoren
tot de uitsluitende bevoegdheid van de ondernemingsrechtbank Antwerpen, afdeling Hasselt.
""",
    items={
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "team.replacement": "partial",
        "team.seniority": "partial",
        "team.knowledge_transfer": "covered",
        "rollout.warranty": "partial",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "missing",
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
        "risk.open_ended_cost": True,
        "risk.data_lockin": True,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 15,
    },
)

NL_T14M_DENTAL_SOFTWARE_UPGRADE_OFFER = UnseenDocument(
    name="nl_t14m_dental_software_upgrade_offer",
    text="""Van: Evelien Maes <info@tandartsenpraktijk-maes.be>
Aan: Pieter Claeys <pieter@dentasoft.be>
Datum: donderdag 3 december 2026 21:48
Onderwerp: RE: Voorstel upgrade Dentalis 6 naar Dentalis 8 - Tandartsenpraktijk Maes

Dag Pieter,

Dat is goed voor ons, je mag het zo inplannen. Sarah neemt contact op met Compuserv voor de
nieuwe server. De opleiding liefst op dinsdag 19 januari in de namiddag, dan hebben we geen
patiënten.

Groetjes,
Evelien

-----Oorspronkelijk bericht-----
Van: Pieter Claeys <pieter@dentasoft.be>
Datum: dinsdag 1 december 2026 17:05
Aan: Evelien Maes <info@tandartsenpraktijk-maes.be>
Onderwerp: Voorstel upgrade Dentalis 6 naar Dentalis 8 - Tandartsenpraktijk Maes

Dag Evelien,

Bedankt voor je telefoontje van vorige week. Zoals beloofd ons voorstel om jullie praktijk over
te zetten van Dentalis 6 naar Dentalis 8. Dentalis 6 wordt na 30 juni 2027 niet meer ondersteund
en krijgt dan ook geen eHealth-aanpassingen meer, dus het is goed dat we dit nu plannen.

Wat we doen
- Dentalis 8 installeren op de nieuwe server en op jullie 5 werkposten (3 behandelkamers,
  onthaal en bureau).
- Alle patiëntendossiers, de agenda, de tandkaarten, de behandelplannen en de koppeling naar de
  RX-beelden converteren (ongeveer 6.800 patiënten, sinds 2014).
- De nieuwe eAttest/eFact-module via MyCareNet instellen en testen met een testattest.
- De koppeling met jullie intraorale camera en jullie RX-software opnieuw instellen.
Niet inbegrepen: de nieuwe server zelf en de Windows Server-licentie (die bestellen jullie bij
Compuserv), het verhuizen van jullie mailbox, en een koppeling met een online afsprakenmodule
(kan later, met een aparte offerte).

Wanneer
Zaterdag 23 januari 2027. We beginnen om 8 uur met een laatste back-up en de conversie, en tegen
14 uur zouden we klaar moeten zijn. Maandag 25 januari werken jullie gewoon in Dentalis 8.

Wat we van jullie nodig hebben
- Uiterlijk vrijdag 15 januari staat de nieuwe server klaar met Windows Server 2025 (Compuserv
  krijgt van ons de systeemvereisten).
- Vrijdagavond 22 januari sluiten jullie alle werkposten af en wordt er niets meer in Dentalis 6
  ingegeven.
- Zaterdag rond 13 uur is iemand van jullie (jij of Sarah) in de praktijk voor de controle.

Controle en overschakeling
Na de conversie controleren we samen een twintigtal dossiers steekproefsgewijs (tandkaart,
behandelingen, openstaande attesten, RX-koppeling) en de agenda van de volgende twee weken. Pas
als jullie akkoord zijn, schakelen we definitief over. Lukt het om een of andere reden niet, dan
zetten we Dentalis 6 terug en prikken we een nieuwe datum, zonder extra kosten voor jullie.

Opleiding
- Een online opleiding van 2 uur voor de assistentes en het onthaal, in de week vóór de
  overschakeling.
- Maandag 25 januari ben ik van 8 tot 12 uur in de praktijk voor vragen.
- Een korte handleiding "Wat is er nieuw in Dentalis 8" per mail.

Prijs (excl. btw)
- Upgrade licentie Dentalis 6 naar 8, 5 werkposten         EUR 2.450,00
- Installatie, conversie en controle (vaste prijs)         EUR   780,00
- Opleiding en begeleiding op maandag                      EUR   390,00
Totaal eenmalig                                            EUR 3.620,00
Wil je later nog extra opleiding of begeleiding, dan rekenen we EUR 95,00 per uur.
We factureren na de overschakeling; betaling binnen 30 dagen.

De licentie blijft zoals nu een gebruiksrecht voor onbepaalde duur voor jullie praktijk, voor
5 werkposten.

Onderhoud
Jullie onderhoudscontract loopt gewoon door. Omdat Dentalis 8 ook de eFact-module en een online
back-up van de database bevat, gaat de maandprijs vanaf februari 2027 van EUR 89,00 naar
EUR 119,00 per maand excl. btw, zoals nu per domiciliëring. Daarin zit:
- alle updates en nieuwe versies, ook de aanpassingen aan de RIZIV-nomenclatuur, eHealth en
  MyCareNet;
- een dagelijkse versleutelde online back-up van de database, 30 dagen bewaard in een Belgisch
  datacenter;
- de helpdesk, telefonisch en per mail, op werkdagen van 8 tot 18 uur en op zaterdag van 9 tot
  12 uur;
- bij een blokkerend probleem (niemand kan werken of jullie kunnen niet attesteren) bellen we
  binnen het uur terug.
Het contract loopt zoals nu per kalenderjaar en wordt telkens stilzwijgend met een jaar
verlengd; opzeggen kan tot een maand vóór het einde van het jaar.

Privacy
De conversie gebeurt volledig op jullie eigen server; er gaan geen patiëntgegevens naar ons
kantoor. De online back-up is versleuteld met een sleutel die alleen op jullie server staat.
Hulp op afstand gebeurt alleen nadat jullie de sessie zelf hebben toegelaten. Onze
verwerkersovereenkomst van 12 maart 2021 blijft gelden.

Laat maar weten of het zo goed is, dan leg ik de datum vast.

Met vriendelijke groeten,
Pieter Claeys
Dentasoft bv | Mechelsesteenweg 88, 2500 Lier | 03 480 22 17 | BE 0645.310.882
""",
    items={
        "agreement.general_terms": "missing",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
    },
)

NL_T14M_HOUSING_WEBSITE_HOSTING_FRAMEWORK = UnseenDocument(
    name="nl_t14m_housing_website_hosting_framework",
    text="""RAAMOVEREENKOMST
Hosting, beheer en doorontwikkeling website www.hofenweide.nl
Kenmerk: HW-2026-IT-07

De ondergetekenden:

1. Stichting Hof en Weide, toegelaten instelling volkshuisvesting, statutair gevestigd te
   Amersfoort, kantoorhoudende aan de Stadsring 140, 3811 HR Amersfoort, KvK 31012345, hierbij
   rechtsgeldig vertegenwoordigd door de heer ir. M. (Marco) de Wit, directeur-bestuurder,
   hierna "Opdrachtgever";
2. Webvaart B.V., statutair gevestigd te Utrecht, kantoorhoudende aan de Catharijnesingel 58,
   3511 GE Utrecht, KvK 60412279, hierbij rechtsgeldig vertegenwoordigd door mevrouw
   S. (Sanne) Jansen, algemeen directeur, hierna "Opdrachtnemer";

overwegende dat Opdrachtgever na een meervoudig onderhandse procedure de opdracht voor de hosting,
het beheer en de doorontwikkeling van haar Drupal-website en het daarin opgenomen
huurdersportaal heeft gegund aan Opdrachtnemer op basis van diens offerte van 2 november 2026;

komen als volgt overeen:

Artikel 1 - Definities en rangorde
1.1 Nadere opdracht: een schriftelijke opdracht voor doorontwikkeling op grond van deze
raamovereenkomst.
1.2 Bij strijdigheid geldt de volgende rangorde: (1) deze raamovereenkomst, (2) de
verwerkersovereenkomst (Bijlage 3), (3) de service level agreement (Bijlage 2), (4) de nadere
opdracht, (5) de ARBIT-2018, (6) de offerte van Opdrachtnemer van 2 november 2026 (Bijlage 1).
De algemene voorwaarden van Opdrachtnemer zijn niet van toepassing.

Artikel 2 - Omvang
2.1 Opdrachtnemer verzorgt: (a) de eenmalige migratie van de website en het huurdersportaal van
de huidige hostingpartij naar het platform van Opdrachtnemer; (b) de hosting op een
OTAP-straat (ontwikkel-, test-, acceptatie- en productieomgeving) in twee datacenters in
Nederland; (c) het technisch beheer, inclusief Drupal-core- en moduleupdates; (d) doorontwikkeling
op basis van nadere opdrachten.
2.2 Niet inbegrepen zijn het inhoudelijk beheer van de teksten (door de webredactie van
Opdrachtgever), het beheer van het woningtoewijzingssysteem en de koppeling daarmee, en
e-mailhosting.

Artikel 3 - Prijzen
3.1 Migratie, vaste prijs: € 4.750,00.
3.2 Hosting en technisch beheer: € 895,00 per maand.
3.3 Uurtarieven voor nadere opdrachten: senior developer € 118,00; developer € 98,00;
UX-ontwerper € 95,00; projectleider € 110,00.
3.4 De totale waarde van deze raamovereenkomst, inclusief eventuele verlengingen, bedraagt
maximaal € 180.000,00.
3.5 De prijzen van 3.2 en 3.3 kunnen eenmaal per jaar, per 1 januari en voor het eerst per
1 januari 2028, worden aangepast met de CBS-index cao-lonen (Informatie en communicatie), met een
maximum van 3 %. Andere prijswijzigingen zijn niet mogelijk.
3.6 Alle bedragen zijn exclusief btw.
3.7 De migratie wordt gefactureerd na acceptatie, de maandvergoeding maandelijks vooraf, nadere
opdrachten na acceptatie of, bij een doorlooptijd van meer dan twee maanden, maandelijks achteraf.
Opdrachtgever betaalt binnen 30 dagen na ontvangst van een juiste factuur.

Artikel 4 - Nadere opdrachten
4.1 Voor elke gewenste doorontwikkeling vraagt Opdrachtgever een offerte met een beschrijving, een
urenraming, een planning en een vaste prijs of een maximum aantal uren.
4.2 Opdrachtnemer begint pas met de uitvoering na een schriftelijke nadere opdracht, ondertekend
door de manager Communicatie of de directeur-bestuurder. Uren boven het maximum worden niet
vergoed, tenzij Opdrachtgever vooraf schriftelijk met een verhoging heeft ingestemd.

Artikel 5 - Migratie en planning
5.1 Opdrachtgever bezorgt uiterlijk 8 januari 2027 de toegangsgegevens van de huidige hosting
en de DNS-beheeromgeving, en stelt de webredactie beschikbaar voor de acceptatietest.
5.2 Opdrachtnemer zet de volledige website, de inhoud, de mediabibliotheek, de gebruikersaccounts
van het huurdersportaal en de ingezonden formulieren van de afgelopen twaalf maanden over.
De acceptatieomgeving is uiterlijk 5 februari 2027 gereed; de livegang vindt plaats op
1 maart 2027, buiten kantooruren.
5.3 Bij overschrijding van de livegangsdatum door een oorzaak die aan Opdrachtnemer is toe te
rekenen, verbeurt Opdrachtnemer een boete van € 250,00 per werkdag, met een maximum van
€ 5.000,00, onverminderd het recht van Opdrachtgever op nakoming. Levert Opdrachtgever te laat
aan, dan schuift de planning in overleg op zonder meerkosten voor Opdrachtgever.

Artikel 6 - Acceptatie en garantie
6.1 Opdrachtgever test de migratie en elke nadere opdracht binnen tien werkdagen op de
acceptatieomgeving aan de hand van de testscenario's van Opdrachtnemer. Bevindingen worden
ingedeeld als blokkerend of niet-blokkerend. Bij blokkerende bevindingen levert Opdrachtnemer
binnen vijf werkdagen een herstelde versie, waarna de test opnieuw wordt uitgevoerd.
6.2 Gedurende drie maanden na de acceptatie herstelt Opdrachtnemer fouten in de migratie en in
het werk van nadere opdrachten kosteloos.

Artikel 7 - Kwaliteit en team
7.1 Opdrachtnemer werkt volgens NEN-EN 301 549 / WCAG 2.1 niveau AA, laat elke wijziging reviewen
door een tweede ontwikkelaar en levert alleen op via de test- en acceptatieomgeving.
Opdrachtnemer is ISO 27001-gecertificeerd.
7.2 Accountmanager is de heer R. (Rick) Bosman; lead developer is mevrouw L. (Lotte) Visser, met
ten minste acht jaar ervaring met Drupal. Aan de zijde van Opdrachtgever is mevrouw A. (Anouk)
Smits, manager Communicatie, contactpersoon.
7.3 Opdrachtnemer vervangt de accountmanager of de lead developer alleen na voorafgaande
schriftelijke instemming van Opdrachtgever, door een persoon met ten minste gelijkwaardige
ervaring, met een overdracht van twee weken en zonder kosten voor Opdrachtgever.
7.4 Opdrachtnemer houdt een technisch beheerdossier bij en legt alle maatwerk en configuratie vast
in de Git-repository van Opdrachtgever, met een actuele installatie- en beheerhandleiding.
7.5 Na de livegang geeft Opdrachtnemer twee trainingen van een dagdeel aan de webredactie over de
nieuwe beheeromgeving.

Artikel 8 - Serviceniveaus
8.1 De servicedesk is bereikbaar op werkdagen van 8.30 tot 17.30 uur via 030 760 12 40 en
servicedesk@webvaart.nl. Voor prioriteit 1 is 24/7 een storingsnummer bereikbaar.
8.2 Prioriteit 1 (website of huurdersportaal onbereikbaar of datalek): reactietijd 30 minuten,
hersteltijd 4 uur, 24/7. Prioriteit 2 (belangrijke functie zoals reparatieverzoek of
inschrijven gestoord): reactietijd 2 uur, hersteltijd 1 werkdag. Prioriteit 3: reactietijd
1 werkdag, hersteltijd 5 werkdagen.
8.3 De beschikbaarheid van de productieomgeving bedraagt ten minste 99,8 % per kalendermaand,
exclusief aangekondigd onderhoud op dinsdag tussen 22.00 en 06.00 uur.
8.4 Kritieke beveiligingsupdates van Drupal worden binnen 24 uur na publicatie geïnstalleerd,
overige updates maandelijks.
8.5 Bij een beschikbaarheid onder 99,8 % crediteert Opdrachtnemer 10 % van de maandvergoeding,
onder 99,0 % 25 % en onder 98,0 % 50 %. Wordt de hersteltijd voor prioriteit 1 overschreden, dan
crediteert Opdrachtnemer € 200,00 per begonnen uur overschrijding.

Artikel 9 - Rapportage en overleg
9.1 Opdrachtnemer levert maandelijks een servicerapportage met beschikbaarheid, incidenten,
reactie- en hersteltijden, uitgevoerde updates en de stand van de nadere opdrachten.
9.2 Elk kwartaal vindt een serviceoverleg plaats tussen de accountmanager en de manager
Communicatie; eenmaal per jaar een strategisch overleg met de directeur-bestuurder.
9.3 Geschillen worden eerst in het serviceoverleg besproken en daarna tussen beide directies. Komen
partijen er binnen dertig dagen niet uit, dan trachten zij het geschil op te lossen door mediation
volgens het reglement van de Mediatorsfederatie Nederland, voordat zij naar de rechter gaan.

Artikel 10 - Duur en beëindiging
10.1 Deze raamovereenkomst gaat in op 1 januari 2027 en heeft een looptijd van 24 maanden.
Opdrachtgever kan de raamovereenkomst tweemaal verlengen met telkens 12 maanden, door dit
uiterlijk drie maanden voor het einde schriftelijk aan Opdrachtnemer te laten weten. Stilzwijgende
verlenging is uitgesloten.
10.2 Opdrachtgever kan de raamovereenkomst tussentijds opzeggen met een opzegtermijn van drie
maanden. Elke partij kan ontbinden bij een toerekenbare tekortkoming die na een schriftelijke
ingebrekestelling niet binnen dertig dagen is hersteld.

Artikel 11 - Exit
11.1 Bij het einde van de raamovereenkomst levert Opdrachtnemer binnen tien werkdagen een volledige
export van de database, de bestanden en de configuratie in gangbare formaten (SQL-dump, originele
bestanden, YAML-configuratie).
11.2 Opdrachtnemer blijft tot zes maanden na het einde op verzoek van Opdrachtgever hosten en
beheren tegen de geldende maandvergoeding en ondersteunt de overgang naar een nieuwe partij tegen
de uurtarieven van artikel 3.3. Opdrachtnemer heeft geen opschortings- of retentierecht op de
gegevens of de broncode.
11.3 Omdat de broncode en de configuratie doorlopend in de Git-repository van Opdrachtgever worden
vastgelegd, is geen escrowregeling nodig.

Artikel 12 - Intellectuele eigendom
De intellectuele eigendomsrechten op het maatwerk, de ontwerpen en de documentatie die
Opdrachtnemer voor Opdrachtgever maakt, gaan bij oplevering over op Opdrachtgever. Drupal en de
gebruikte open-sourcemodules blijven onder hun eigen licenties.

Artikel 13 - Geheimhouding en persoonsgegevens
13.1 Partijen houden alle vertrouwelijke informatie van de andere partij geheim, ook na het einde
van de raamovereenkomst.
13.2 Het huurdersportaal bevat persoonsgegevens van huurders. Opdrachtnemer verwerkt deze als
verwerker volgens de verwerkersovereenkomst van Bijlage 3, uitsluitend in Nederland, en meldt
een (vermoedelijk) datalek binnen 24 uur.

Artikel 14 - Aansprakelijkheid
De aansprakelijkheid van Opdrachtnemer is beperkt tot € 500.000,00 per gebeurtenis en
€ 1.000.000,00 per jaar. De beperking geldt niet bij opzet of bewuste roekeloosheid van
Opdrachtnemer of zijn leidinggevenden, en niet voor schade door een datalek.

Artikel 15 - Toepasselijk recht
Op deze raamovereenkomst is Nederlands recht van toepassing. Geschillen die niet via artikel 9.3
worden opgelost, worden voorgelegd aan de rechtbank Midden-Nederland.

Aldus overeengekomen en in tweevoud ondertekend,

Stichting Hof en Weide                          Webvaart B.V.
ir. M. de Wit, directeur-bestuurder             S. Jansen, algemeen directeur
Amersfoort, 3 december 2026                     Utrecht, 4 december 2026
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
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.8,
    },
)

DOCUMENTS = [
    NL_T14M_TELEMATICS_INTEGRATION_MAINTENANCE,
    NL_T14M_MANAGED_IT_GENERAL_TERMS,
    NL_T14M_DENTAL_SOFTWARE_UPGRADE_OFFER,
    NL_T14M_HOUSING_WEBSITE_HOSTING_FRAMEWORK,
]
