"""A second batch of held-out documents (nl, fr, en) in the styles Belgian and Dutch IT suppliers
use: a managed-services SLA with key-value header lines, a Dutch software development agreement
(overeenkomst van opdracht), an e-mail confirmation of an order, a web agency's general terms, an
SLA annex with service credits, a SaaS order form with tacit renewal, a master services agreement
whose schedules are not attached and a support order form with placeholders.

Written on 2026-12-04 BEFORE the analyser's rules were changed for issue 9 and without reading
the rules; the expected labels were written from reading each text against spec/checklist.md
(only the items, risks and figures whose reading is clear; ambiguous ones are left out) and were
committed before the analyser was run on the texts for the first time. Never change a rule to fit
these texts, never change a label or a text to fit the analyser: test_contracts_unseen_2.py
reports the score. The French and English documents live in unseen_documents_2_fr.py and
unseen_documents_2_en.py (one module per language keeps each under ~500 lines).

Figures follow the first batch: months are counted as 30 days for notice and warranty periods,
a response time is the highest priority's, in hours.
"""

from .unseen_documents import UnseenDocument
from .unseen_documents_2_en import EN_MASTER_SERVICES, EN_SUPPORT_ORDER_FORM
from .unseen_documents_2_fr import FR_SAAS_ORDER, FR_SLA_CREDITS, FR_WEB_TERMS

NL_MSP_SLA = UnseenDocument(
    name="nl_msp_sla",
    text="""SERVICEOVEREENKOMST MANAGED IT-DIENSTEN (SLA)

Referentie: LL-SLA-2027-014
Klant: Verpakkingen Desmet BV, Brugsesteenweg 212, 8500 Kortrijk, KBO 0456.789.123
Dienstverlener: Leieland ICT BV, Kennedypark 31, 8500 Kortrijk, KBO 0687.321.654
Ingangsdatum: 1 maart 2027
Looptijd: 36 maanden
Verlenging: stilzwijgend, telkens met 12 maanden
Opzegtermijn: 6 maanden vóór het einde van de lopende periode, per aangetekende brief
Formule: Zorgeloos Plus
Maandvergoeding: € 2.180,00 excl. btw
Accountmanager: Sofie Vermeulen (sofie.vermeulen@leieland.be, 056 20 30 40)
Vaste technieker: Wouter Decock

1. Voorwerp en rangorde
1.1 Deze overeenkomst regelt het beheer van de IT-omgeving van de Klant door de Dienstverlener:
45 werkplekken, 3 fysieke servers, de Microsoft 365-tenant, de firewall en de back-up.
1.2 De algemene voorwaarden van Leieland ICT (versie januari 2027) zijn van toepassing voor zover
deze overeenkomst er niet van afwijkt. Bij tegenstrijdigheid heeft deze overeenkomst voorrang.

2. Inhoud van de formule Zorgeloos Plus
Inbegrepen in de maandvergoeding:
- 24/7 monitoring van servers, firewall en back-upjobs;
- patchbeheer van besturingssystemen en standaardsoftware;
- beheer van antivirus en e-mailfiltering;
- dagelijkse back-up naar het datacenter van de Dienstverlener met een bewaartermijn van 30 dagen;
- onbeperkte helpdesk op afstand voor alle gebruikers;
- één preventief onderhoudsbezoek ter plaatse per kwartaal.
Niet inbegrepen: hardware, softwarelicenties, projecten (zoals migraties, verhuizingen of de
uitrol van nieuwe toepassingen) en interventies die het gevolg zijn van een fout van de Klant.

3. Servicedesk
De servicedesk is bereikbaar van maandag tot vrijdag van 8u00 tot 17u30 (behalve op wettelijke
feestdagen) via het nummer 056 20 30 49, via support@leieland.be en via het klantenportaal.
Meldingen via het portaal krijgen automatisch een ticketnummer.

4. Prioriteiten en responstijden
| Prioriteit | Omschrijving | Responstijd |
| P1 | het hele bedrijf of de productie kan niet werken | 30 minuten |
| P2 | een afdeling of een kritieke toepassing is getroffen | 2 werkuren |
| P3 | één gebruiker ondervindt hinder | 1 werkdag |
| P4 | vraag of wijzigingsverzoek | 3 werkdagen |
De responstijd loopt vanaf de registratie van de melding tot de eerste inhoudelijke reactie van
een technieker. De Dienstverlener streeft ernaar incidenten zo snel mogelijk op te lossen, maar
garandeert geen oplostijden.

5. Beschikbaarheid van de back-updienst
De Dienstverlener garandeert een beschikbaarheid van de back-updienst in zijn datacenter van
minimaal 99,5% op maandbasis. Gepland onderhoud, dat minstens drie werkdagen vooraf wordt
aangekondigd, telt niet mee.

6. Kennis van de omgeving
De Dienstverlener houdt in zijn documentatieplatform een actuele beschrijving bij van de
IT-omgeving van de Klant: netwerkschema, inventaris van toestellen en licenties, configuraties en
afspraken per toepassing. De Klant krijgt op verzoek een export van deze documentatie. De vaste
technieker kent de omgeving en wordt bij afwezigheid vervangen door een collega die de
documentatie heeft doorgenomen.

7. Updates en beveiliging
Microsoft-updates worden maandelijks uitgerold binnen zeven dagen na de Patch Tuesday, na een
test op een pilootgroep. Kritieke beveiligingspatches (CVSS 9 of hoger) worden binnen 48 uur
geïnstalleerd. De firmware van de firewall en de servers wordt minstens halfjaarlijks bijgewerkt.

8. Rapportering en overleg
Elk kwartaal ontvangt de Klant een servicerapport met de tickets per prioriteit, de gehaalde
responstijden, de status van de back-ups en de openstaande aanbevelingen. Twee keer per jaar
bespreken de accountmanager en de zaakvoerder van de Klant dit rapport in een serviceoverleg.
Klachten over de dienstverlening kunnen altijd rechtstreeks aan de accountmanager gemeld worden;
komen partijen er niet uit, dan wordt de klacht voorgelegd aan de zaakvoerder van de
Dienstverlener.

9. Prijzen en facturatie
9.1 De maandvergoeding wordt maandelijks vooraf gefactureerd. Facturen zijn betaalbaar binnen 30
dagen na factuurdatum.
9.2 De maandvergoeding wordt jaarlijks op 1 maart aangepast volgens de formule
P = P0 x (0,2 + 0,8 x S/S0), waarbij S de Agoria-referentielonen zijn van de maand vóór de
aanpassing en S0 die van de maand vóór de ingangsdatum.
9.3 Werk buiten de formule wordt enkel uitgevoerd na goedkeuring van een prijsopgave of van een
interventiebon door de Klant en wordt aangerekend aan € 92 per uur (op afstand) of € 98 per uur
(ter plaatse), per begonnen half uur.

10. Aansprakelijkheid
De aansprakelijkheid van de Dienstverlener is per schadegeval en per jaar beperkt tot drie
maandvergoedingen. De Dienstverlener is niet aansprakelijk voor indirecte schade zoals
productieverlies, gederfde winst of verlies van gegevens, tenzij bij opzet of zware fout.

11. Vertrouwelijkheid en persoonsgegevens
11.1 De Dienstverlener en zijn personeel houden alle informatie over de Klant, zijn klanten en
zijn systemen strikt vertrouwelijk, ook na het einde van deze overeenkomst.
11.2 Voor de verwerking van persoonsgegevens in opdracht van de Klant geldt de
verwerkersovereenkomst in bijlage 2, die voldoet aan artikel 28 van de AVG.

12. Einde van de overeenkomst
12.1 Elke partij kan de overeenkomst met onmiddellijke ingang beëindigen bij een ernstige
tekortkoming van de andere partij die niet verholpen is binnen 30 dagen na een aangetekende
ingebrekestelling.
12.2 Bij het einde van de overeenkomst, om welke reden ook, verleent de Dienstverlener gedurende
maximaal drie maanden zijn medewerking aan de overdracht naar een nieuwe dienstverlener. Hij
bezorgt daarbij de volledige documentatie, alle beheerwachtwoorden en een kopie van de laatste
volledige back-up in een gangbaar formaat. Deze medewerking wordt aangerekend aan de tarieven van
artikel 9.3.

13. Geschillen
De Belgische wetgeving is van toepassing op deze overeenkomst. Partijen trachten elk geschil
eerst in der minne te regelen in een overleg tussen hun zaakvoerders binnen 15 dagen na een
schriftelijke kennisgeving. Lukt dat niet, dan is enkel de ondernemingsrechtbank Gent, afdeling
Kortrijk, bevoegd.

Opgemaakt te Kortrijk op 12 februari 2027, in twee exemplaren, waarvan elke partij erkent er één
te hebben ontvangen.

Voor Verpakkingen Desmet BV                  Voor Leieland ICT BV
Filip Desmet, gedelegeerd bestuurder         Sofie Vermeulen, accountmanager
(handtekening)                               (handtekening)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "budget.project_cost": "missing",
        "budget.recurring_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "team.named_team": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.acceptance": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.unsigned": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "availability_percent": 99.5,
        "response_time_hours_highest_priority": 0.5,
    },
)

NL_DEVELOPMENT_AGREEMENT = UnseenDocument(
    name="nl_development_agreement",
    text="""OVEREENKOMST VAN OPDRACHT
Ontwikkeling cliëntportaal "Mijn Baken"

DE ONDERGETEKENDEN:
1. Stichting Zorggroep Het Baken, gevestigd te Amersfoort, ingeschreven in het Handelsregister
onder nummer 41187654, rechtsgeldig vertegenwoordigd door mevrouw drs. M.A. Jansen, bestuurder,
hierna: "Opdrachtgever";
2. Codehaven B.V., gevestigd te Utrecht, ingeschreven in het Handelsregister onder nummer
70998877, rechtsgeldig vertegenwoordigd door de heer R. Smit, directeur,
hierna: "Opdrachtnemer";

NEMEN IN AANMERKING DAT:
a. Opdrachtgever haar cliënten en hun mantelzorgers online toegang wil geven tot afspraken,
zorgplannen en berichten;
b. Opdrachtnemer op 20 januari 2027 een offerte met kenmerk CH-2027-009 heeft uitgebracht;
c. partijen hun afspraken in deze overeenkomst wensen vast te leggen;

KOMEN OVEREEN ALS VOLGT:

Artikel 1 - Opdracht en documenten
1.1 Opdrachtgever verstrekt Opdrachtnemer de opdracht tot het ontwerpen, bouwen, testen en in
productie nemen van het cliëntportaal "Mijn Baken" (de "Programmatuur") zoals beschreven in het
functioneel ontwerp versie 1.3 van 14 januari 2027 (Bijlage 1).
1.2 De offerte CH-2027-009 (Bijlage 2) en de verwerkersovereenkomst (Bijlage 3) maken deel uit
van deze overeenkomst.
1.3 Bij strijdigheid tussen de documenten geldt de volgende rangorde: (i) deze overeenkomst,
(ii) Bijlage 3, (iii) Bijlage 1, (iv) Bijlage 2, (v) de NLdigital Voorwaarden 2020 van
Opdrachtnemer. Andere algemene voorwaarden zijn niet van toepassing.

Artikel 2 - Planning en vertraging
2.1 Partijen hanteren de volgende planning:
| Fase | Inhoud | Gereed uiterlijk |
| 1. Ontwerp | technisch ontwerp, klikbaar prototype | 12 maart 2027 |
| 2. Bouw | drie sprints van drie weken | 28 mei 2027 |
| 3. Dataconversie en test | conversie, ketentest, acceptatietest | 25 juni 2027 |
| 4. Livegang | productie-installatie en nazorg | 5 juli 2027 |
2.2 Opdrachtnemer meldt een dreigende overschrijding van een mijlpaal direct schriftelijk, met
de oorzaak en een voorstel voor een herziene planning.
2.3 Overschrijdt Opdrachtnemer door een aan hem toe te rekenen oorzaak de datum van livegang met
meer dan tien werkdagen, dan verbeurt hij een boete van € 400 per werkdag, met een maximum van
10% van de vaste prijs. Vertraging die het gevolg is van het niet tijdig nakomen van de
verplichtingen van Opdrachtgever verschuift de planning met dezelfde duur, zonder boete.

Artikel 3 - Verplichtingen van Opdrachtgever
Opdrachtgever:
a. stelt een productowner beschikbaar voor gemiddeld acht uur per week, die beslissingen kan
nemen over de inhoud van het portaal;
b. neemt deel aan de sprintdemo aan het einde van elke sprint;
c. levert uiterlijk 30 april 2027 een volledig exportbestand van de cliëntgegevens uit het
huidige ECD aan;
d. zorgt binnen vijf werkdagen na een verzoek voor testaccounts en toegang tot de
Azure-omgeving.

Artikel 4 - Team en kwaliteit
4.1 Opdrachtnemer zet voor deze opdracht in: Lotte de Vries (projectleider), Daan Bakker (lead
developer; senior, minimaal acht jaar ervaring met .NET en Azure) en twee medior developers.
4.2 Opdrachtnemer vervangt de projectleider of de lead developer alleen na voorafgaande
schriftelijke toestemming van Opdrachtgever, door een persoon met ten minste gelijkwaardige
kennis en ervaring. De kosten van het inwerken komen voor rekening van Opdrachtnemer.
4.3 Alle code wordt door een tweede developer gereviewd en van geautomatiseerde tests voorzien;
Opdrachtnemer volgt daarbij de OWASP ASVS, niveau 2.

Artikel 5 - Voortgang en overleg
5.1 Opdrachtnemer stuurt elke twee weken een voortgangsrapportage met de afgeronde user stories,
de bestede uren, de stand van de planning en de risico's.
5.2 Eens per maand komt een stuurgroep bijeen met de bestuurder van Opdrachtgever, de
productowner en de projectleider van Opdrachtnemer. Knelpunten in de uitvoering worden eerst in
de stuurgroep besproken.

Artikel 6 - Dataconversie, livegang en opleiding
6.1 Opdrachtnemer verzorgt de dataconversie van circa 8.000 cliëntdossiers uit het exportbestand
van artikel 3 naar het portaal, met een proefconversie en een controlerapport per
conversieronde.
6.2 Opdrachtnemer installeert de Programmatuur in de Azure-omgeving van Opdrachtgever en
verzorgt de livegang buiten kantoortijden, met een terugvalscenario.
6.3 Het opleidingsbudget van 16 uur voor train-de-trainersessies met de key users van
Opdrachtgever is in de vaste prijs begrepen.

Artikel 7 - Acceptatie
7.1 Binnen tien werkdagen na oplevering van fase 3 voert Opdrachtgever een acceptatietest uit
aan de hand van de acceptatiecriteria in Bijlage 1.
7.2 Bevindingen worden ingedeeld als blokkerend of niet-blokkerend. De Programmatuur is
geaccepteerd zodra geen blokkerende bevindingen meer openstaan; niet-blokkerende bevindingen
worden binnen de garantietermijn hersteld.

Artikel 8 - Garantie
Fouten in de Programmatuur die Opdrachtgever binnen drie maanden na de livegang meldt, worden door
Opdrachtnemer kosteloos hersteld. Herstel van fouten die zijn veroorzaakt door wijzigingen door
derden valt niet onder de garantie.

Artikel 9 - Prijs en betaling
9.1 Voor de opdracht geldt een vaste prijs van € 64.500 exclusief btw.
9.2 Opdrachtnemer factureert 30% bij ondertekening, 40% na afronding van fase 2 en 30% na
acceptatie. Facturen worden binnen 14 dagen na factuurdatum betaald.
9.3 De vaste prijs omvat alle werkzaamheden uit Bijlage 1. Niet inbegrepen zijn hosting,
licenties van derden en koppelingen met andere systemen dan het huidige ECD.
9.4 Meerwerk wordt alleen uitgevoerd na een schriftelijke opdracht van Opdrachtgever op basis van
een vooraf door Opdrachtnemer opgestelde begroting, en wordt gefactureerd tegen € 105 per uur
exclusief btw.

Artikel 10 - Documentatie en kennisoverdracht
Bij de livegang levert Opdrachtnemer de technische documentatie, een beheerhandleiding en de
volledige broncode op, en geeft hij een overdrachtssessie van een halve dag aan de beheerders
van Opdrachtgever.

Artikel 11 - Intellectuele eigendom
De intellectuele eigendomsrechten op de Programmatuur die specifiek voor Opdrachtgever is
ontwikkeld, gaan bij volledige betaling over op Opdrachtgever. Opdrachtnemer behoudt de rechten
op zijn standaardcomponenten, waarop Opdrachtgever een eeuwigdurend, niet-exclusief gebruiksrecht
krijgt.

Artikel 12 - Geheimhouding en persoonsgegevens
12.1 Partijen houden alle vertrouwelijke gegevens die zij in het kader van deze overeenkomst van
elkaar ontvangen geheim, ook na het einde van de overeenkomst.
12.2 Opdrachtnemer verwerkt gezondheidsgegevens van cliënten uitsluitend volgens de
verwerkersovereenkomst in Bijlage 3 en de AVG.

Artikel 13 - Aansprakelijkheid
De aansprakelijkheid van Opdrachtnemer voor directe schade is beperkt tot de vaste prijs. Voor
indirecte schade is Opdrachtnemer niet aansprakelijk, behalve bij opzet of bewuste roekeloosheid.

Artikel 14 - Duur en beëindiging
14.1 Deze overeenkomst eindigt wanneer de garantietermijn van artikel 8 is verstreken.
14.2 Opdrachtgever kan de overeenkomst tussentijds opzeggen met een opzegtermijn van één maand;
de tot dan verrichte werkzaamheden worden naar rato vergoed.
14.3 Elke partij kan de overeenkomst ontbinden indien de andere partij, na een schriftelijke
ingebrekestelling met een redelijke termijn van ten minste dertig dagen, toerekenbaar
tekortschiet.

Artikel 15 - Geschillen en toepasselijk recht
15.1 Op deze overeenkomst is Nederlands recht van toepassing.
15.2 Partijen leggen een geschil eerst voor aan een mediator van de Stichting Geschillenoplossing
Automatisering. Leidt de mediation niet binnen zestig dagen tot een oplossing, dan is de
rechtbank Midden-Nederland, locatie Utrecht, bevoegd.

Aldus overeengekomen en in tweevoud ondertekend te Amersfoort op 5 februari 2027.

Stichting Zorggroep Het Baken                Codehaven B.V.
drs. M.A. Jansen, bestuurder                 R. Smit, directeur
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
        "maintenance.availability": "missing",
        "maintenance.response_time": "missing",
        "maintenance.service_credits": "missing",
        "exit.termination": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.liability": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.open_ended_cost": False,
        "risk.unsigned": False,
        "risk.best_efforts_only": False,
        "risk.auto_renewal": False,
        "risk.data_lockin": False,
    },
    figures={"payment_term_days": 14, "warranty_days": 90, "notice_period_days": 30},
)

NL_ORDER_CONFIRMATION_EMAIL = UnseenDocument(
    name="nl_order_confirmation_email",
    text="""Van: Jeroen Maes <jeroen@maes-it.be>
Aan: Hilde Peeters <hilde@schrijnwerkerij-peeters.be>
Onderwerp: Bevestiging van opdracht - nieuwe server en overstap naar Microsoft 365
Datum: donderdag 14 januari 2027 16:42

Dag Hilde,

Bedankt voor de koffie en het fijne gesprek vorige dinsdag in jullie werkplaats. Zoals beloofd
zet ik hieronder alles nog eens op een rij, zodat we snel kunnen starten.

Wat we voor jullie doen
- levering, installatie en configuratie van een nieuwe server (Dell PowerEdge T360) in het
  technisch lokaal;
- overzetten van de 12 mailboxen van jullie huidige provider naar Microsoft 365;
- overzetten van de gedeelde mappen van de oude NAS naar SharePoint en OneDrive;
- instellen van de back-up van de server naar de cloud;
- een korte uitleg voor de medewerkers op de dag na de overschakeling.

Niet inbegrepen: het opkuisen of herstructureren van de bestaande mappen, de aankoop van nieuwe
pc's en het aanpassen van jullie tekenpakket (dat doet de leverancier van het pakket zelf).

Prijs
| Omschrijving | Aantal | Eenheidsprijs | Totaal |
| Dell PowerEdge T360, 2 x 2 TB SSD, Windows Server 2025 | 1 | € 3.240,00 | € 3.240,00 |
| Installatie en configuratie server en back-up (eenmalig) | 1 | € 950,00 | € 950,00 |
| Migratie mailbox en gebruikersbestanden | 12 | € 65,00 | € 780,00 |
| Totaal eenmalig excl. btw | | | € 4.970,00 |
| Microsoft 365 Business Standard, per gebruiker per maand | 12 | € 11,70 | € 140,40 |

De Microsoft 365-licenties factureren we maandelijks; ze zijn maandelijks opzegbaar. Het
back-upabonnement in de cloud (€ 24 per maand excl. btw) factureren we vanaf de installatie.

Planning
We plannen de installatie ergens in de loop van februari; de exacte datum spreken we nog samen
af, afhankelijk van de levertijd van de server. Het overzetten van de mail doen we op een vrijdag
na de middag, dan kunnen jullie maandag gewoon verder.

Wat we van jullie nodig hebben
Graag een lijst van de gebruikers met hun huidige e-mailadres en de inloggegevens van jullie
domeinnaam. Zorg er ook voor dat iemand aanwezig is op de dag van de installatie.

Extra werk
Als we onderweg iets tegenkomen dat niet voorzien is (bijvoorbeeld een oude printer die niet
meer wil), lossen we dat meteen op en rekenen we dat aan in regie aan € 78 per uur excl. btw.

Betaling
We factureren de server bij levering en de rest na de overschakeling. Betaling binnen 15 dagen,
graag met vermelding van het factuurnummer.

Nazorg
Na de overschakeling kunnen jullie ons altijd bellen of mailen als er iets niet loopt; we
bekijken dat dan samen. Voor de server geldt de fabrieksgarantie van Dell (3 jaar on-site).

Onze algemene voorwaarden zijn van toepassing; je vindt ze op www.maes-it.be/voorwaarden.

Voor akkoord volstaat een kort antwoord op deze mail, dan bestel ik de server meteen. Ik blijf
jullie vaste aanspreekpunt voor dit project; je kan me altijd bereiken op 0476 12 34 56.

Met vriendelijke groeten,

Jeroen Maes
Zaakvoerder
Maes IT-diensten BV
Nijverheidsstraat 9, 2260 Westerlo
BTW BE 0734.112.908

Deze e-mail en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de
geadresseerde. Hebt u dit bericht per vergissing ontvangen, verwijder het dan en verwittig de
afzender.

-----Oorspronkelijk bericht-----
Van: Hilde Peeters <hilde@schrijnwerkerij-peeters.be>
Verzonden: woensdag 6 januari 2027 09:15
Aan: Jeroen Maes <jeroen@maes-it.be>
Onderwerp: server

Hoi Jeroen,

Onze oude server valt de laatste weken regelmatig uit en de mail via onze provider is traag.
Kan je eens langskomen om te bekijken wat er moet gebeuren? We zijn met 12 mensen, waarvan 4 op
kantoor en de rest in de werkplaats en op de werven.

Groetjes,
Hilde
Schrijnwerkerij Peeters
""",
    items={
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "team.named_team": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "maintenance.response_time": "missing",
        "maintenance.availability": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.governing_law": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.open_ended_cost": True,
        "risk.supplier_terms_prevail": True,
        "risk.auto_renewal": False,
        "risk.data_lockin": False,
    },
    figures={"payment_term_days": 15},
)

DOCUMENTS = (
    NL_MSP_SLA,
    NL_DEVELOPMENT_AGREEMENT,
    NL_ORDER_CONFIRMATION_EMAIL,
    FR_WEB_TERMS,
    FR_SLA_CREDITS,
    FR_SAAS_ORDER,
    EN_MASTER_SERVICES,
    EN_SUPPORT_ORDER_FORM,
)

LANGUAGE_OF = {document.name: document.name[:2] for document in DOCUMENTS}
