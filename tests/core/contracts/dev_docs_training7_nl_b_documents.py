"""Training batch 7 (nl, writer b): four Dutch documents of kinds not used before.

1. nl_t7b_sports_club_app_framework: a formal Netherlands framework agreement (numbered
   articles, signed by both parties) between a regional sports umbrella foundation and a
   supplier for the hosting, management, support and further development (call-off orders) of
   a white-label membership app for the affiliated sports clubs; NLdigital terms apply but the
   agreement prevails; renewal only by option of the client.
2. nl_t7b_law_firm_migration_plan: a Flemish plan of approach (plan van aanpak) by an integrator
   for migrating a law firm from its old practice-management system to a cloud
   practice-management system, with phases, trial migration, acceptance, training and hypercare;
   the client's agreement is asked by e-mail and there are no signatures.
3. nl_t7b_web_studio_general_terms: the short, informal general terms of a small Dutch web
   studio (websites, hosting and maintenance subscriptions), unsigned, with best-efforts
   wording, unilateral price changes and an exclusion of liability for data loss.
4. nl_t7b_dental_lab_managed_nas_backup: a Flemish service agreement (signed by both parties)
   for a managed NAS with on-site and off-site back-up at a dental laboratory, with a three-year
   term and tacit renewal with three months' notice.

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

NL_T7B_SPORTS_CLUB_APP_FRAMEWORK = UnseenDocument(
    name="nl_t7b_sports_club_app_framework",
    text="""RAAMOVEREENKOMST
HOSTING, BEHEER, SUPPORT EN DOORONTWIKKELING LEDENAPP "EEMLAND SPORT"
Kenmerk opdrachtgever: SKE/2026/031

DE ONDERGETEKENDEN:
1. Stichting Sportkoepel Eemland, gevestigd te Amersfoort, Van Randwijcklaan 11, 3814 AP
   Amersfoort, KvK 41189032, vertegenwoordigd door mevrouw M.C. de Boer, voorzitter,
   hierna: "Opdrachtgever";
2. Clubkompas B.V., gevestigd te Utrecht, Europalaan 94, 3526 KS Utrecht, KvK 72250418,
   vertegenwoordigd door de heer R.J. Hoekstra, algemeen directeur, hierna: "Opdrachtnemer";

OVERWEGENDE DAT Opdrachtgever namens de bij haar aangesloten sportverenigingen (hierna:
"Aangesloten Clubs") een ledenapp laat exploiteren voor het aanmelden voor trainingen,
wedstrijdinformatie, vrijwilligersdiensten en contributiebetaling, en daartoe na een meervoudig
onderhandse procedure de offerte van Opdrachtnemer van 28 oktober 2026 (kenmerk CK-2026-287)
heeft gekozen, waarin Opdrachtnemer haar platform Clubkompas als white-label app aanbiedt;

KOMEN OVEREEN ALS VOLGT:

Artikel 1 Documenten en rangorde
1.1 Deel van deze Raamovereenkomst zijn: Bijlage 1, de offerte CK-2026-287 van 28 oktober 2026;
Bijlage 2, de verwerkersovereenkomst; en de schriftelijke Nadere Opdrachten onder deze
Raamovereenkomst.
1.2 Op deze Raamovereenkomst zijn de algemene voorwaarden van Opdrachtnemer, de NLdigital
Voorwaarden 2020, van toepassing. Bij strijdigheid geldt de volgende rangorde: (a) deze
Raamovereenkomst, (b) Bijlage 2, (c) de Nadere Opdracht, (d) Bijlage 1, (e) de NLdigital
Voorwaarden 2020. Inkoopvoorwaarden van Opdrachtgever zijn niet van toepassing.

Artikel 2 Diensten
2.1 Hosting van de app-backend en de beheeromgeving in twee ISO 27001-gecertificeerde datacenters
in Nederland, met dagelijkse back-ups die 30 dagen worden bewaard.
2.2 Beheer: 24/7 monitoring, kritieke beveiligingspatches binnen drie werkdagen na
beschikbaarheid, aanpassing van de app aan nieuwe versies van iOS en Android binnen zes weken na
hun publieke release, en publicatie van nieuwe versies in de App Store en Google Play.
2.3 Support: tweedelijnsondersteuning van de clubbeheerders (maximaal twee per club). Vragen van
leden beantwoordt de Aangesloten Club zelf.
2.4 Onboarding van een Aangesloten Club: inlezen van het ledenbestand uit de Sportlink-export van
de club, inrichten van teams en contributiesoorten, en een online training van anderhalf uur voor
de clubbeheerders met een handleiding voor de beheeromgeving.
2.5 Niet inbegrepen: sms-kosten, transactiekosten van Mollie (rechtstreeks aan de clubs
gefactureerd), content, eerstelijnsondersteuning van leden en andere koppelingen dan Sportlink
en Mollie.

Artikel 3 Planning en medewerking
3.1 De app staat uiterlijk op 1 april 2027 in de App Store en Google Play, met de eerste acht
Aangesloten Clubs (pilot) aangesloten; de overige clubs volgen uiterlijk op 1 september 2027.
Daarna sluit Opdrachtnemer een club aan binnen 20 werkdagen na ontvangst van een volledig
ledenbestand.
3.2 Opdrachtgever levert uiterlijk 15 februari 2027 logo en huisstijl aan en zorgt uiterlijk
1 maart 2027 voor ontwikkelaarsaccounts bij Apple en Google op haar naam. Elke club levert vóór
haar onboarding een Sportlink-export in het sjabloon van Opdrachtnemer en wijst twee
clubbeheerders aan.
3.3 Is de app door toedoen van Opdrachtnemer niet op 1 april 2027 beschikbaar, dan is de
platformvergoeding pas verschuldigd vanaf de werkelijke livegang en verbeurt Opdrachtnemer een
boete van EUR 250,00 per werkdag, met een maximum van EUR 5.000,00. Overschrijdt Opdrachtnemer de
termijn van 20 werkdagen voor een club, dan vervalt de onboardingvergoeding voor die club. Ligt
de vertraging bij Opdrachtgever of een club, dan stellen partijen in overleg een nieuwe datum
vast, zonder boete.

Artikel 4 Nadere Opdrachten
4.1 Op een schriftelijke vraag van Opdrachtgever stuurt Opdrachtnemer binnen tien werkdagen een
voorstel met een vaste prijs of een begroting met plafond, een planning, acceptatiecriteria en de
in te zetten medewerkers. Opdrachtnemer start pas na ondertekening van de Nadere Opdracht door
Opdrachtgever; werk boven de vaste prijs of het plafond wordt alleen vergoed na voorafgaande
schriftelijke instemming van Opdrachtgever.
4.2 Opdrachtgever test nieuwe functionaliteit binnen tien werkdagen in een acceptatieomgeving aan
de hand van de acceptatiecriteria. Blokkerende bevindingen worden binnen vijf werkdagen opgelost
en opnieuw getest. Acceptatie gebeurt schriftelijk; pas daarna gaat de functionaliteit in
productie. Fouten die binnen drie maanden na acceptatie worden gemeld, herstelt Opdrachtnemer
kosteloos.
4.3 Opdrachtnemer zet ontwikkelaars in met ten minste drie jaar ervaring met Flutter en Laravel.
Alle code wordt door een tweede ontwikkelaar gereviewd en geautomatiseerd getest, volgens OWASP
ASVS niveau 2; het platform wordt jaarlijks door een onafhankelijke partij gepentest.

Artikel 5 Dienstverleningsniveau
5.1 Opdrachtnemer garandeert een beschikbaarheid van 99,5% per kalendermaand, gemeten door een
externe monitoringdienst. Gepland onderhoud, ten minste vijf werkdagen vooraf aangekondigd, tussen
00.00 en 06.00 uur en ten hoogste vier uur per maand, telt niet mee.
5.2 De servicedesk is bereikbaar op werkdagen van 08.30 tot 17.30 uur via het klantportaal,
support@clubkompas.nl en 030 711 42 90; voor P1-storingen ook dagelijks, ook in het weekend, van
08.00 tot 22.00 uur via het storingsnummer 030 711 42 99.
5.3 Reactie- en oplostijden (oplossing of workaround), binnen de genoemde tijden; "app" omvat
ook de beheeromgeving:
    Prio  Omschrijving                                  Reactie     Oplossing
    P1    app onbereikbaar of betalen onmogelijk        30 minuten  4 uur
    P2    belangrijke functie verstoord voor een club   2 uur       1 werkdag
    P3    overige meldingen en vragen                   1 werkdag   5 werkdagen
5.4 Per begonnen 0,5% beschikbaarheid onder 99,5% en per P1-storing waarvan de oplostijd wordt
overschreden, krediteert Opdrachtnemer 5% van de maandelijkse platformvergoeding, samen ten
hoogste 25%, te verrekenen met de eerstvolgende factuur.
5.5 Opdrachtnemer houdt per Aangesloten Club een actueel configuratiedossier bij.

Artikel 6 Prijzen en betaling
6.1 Eenmalige inrichting van de white-label app: EUR 6.500,00; onboarding per club: EUR 450,00.
6.2 Platformvergoeding (hosting, beheer en support): EUR 1.480,00 per maand voor maximaal 20 clubs
en 6.000 actieve leden, plus EUR 95,00 per maand per extra 500 actieve leden.
6.3 Uurtarieven voor Nadere Opdrachten: ontwikkelaar EUR 98,00; senior ontwikkelaar EUR 118,00;
projectleider EUR 105,00.
6.4 Vanaf 1 januari 2028 worden de vergoedingen jaarlijks per 1 januari aangepast aan de CPI
(alle huishoudens) van het CBS, met een maximum van 4%. Andere prijswijzigingen vereisen de
schriftelijke instemming van Opdrachtgever.
6.5 De geraamde totale waarde van deze Raamovereenkomst over de initiële looptijd bedraagt
EUR 85.000,00 excl. btw, zonder afnameverplichting voor Opdrachtgever.
6.6 Facturatie: de inrichting bij livegang, de onboarding na aansluiting van de club, de
platformvergoeding maandelijks vooraf vanaf livegang, Nadere Opdrachten per mijlpaal. Betaling
binnen 30 dagen na ontvangst van de factuur.

Artikel 7 Organisatie, rapportage en overleg
7.1 Contactpersoon van Opdrachtgever is de heer S. Wijnja, coördinator ledenservice; van
Opdrachtnemer mevrouw F. Kuipers, accountmanager, met de heer Y. El Amrani als lead developer.
7.2 Opdrachtnemer vervangt de accountmanager of de lead developer alleen na overleg met
Opdrachtgever en een aankondiging van ten minste een maand, door een persoon met gelijkwaardige
ervaring, met een inwerkperiode voor eigen rekening.
7.3 Binnen tien werkdagen na elke maand levert Opdrachtnemer een servicerapportage met de
beschikbaarheid, de meldingen per prioriteit met reactie- en oplostijden, de servicekortingen,
de actieve gebruikers per club en de voortgang van Nadere Opdrachten.
7.4 De contactpersonen bespreken de rapportage elk kwartaal; eenmaal per jaar overleggen de
algemeen directeur van Opdrachtnemer en het bestuur van Opdrachtgever. Knelpunten die niet binnen
tien werkdagen zijn opgelost, gaan naar de algemeen directeur en de voorzitter.

Artikel 8 Looptijd en beëindiging
8.1 Deze Raamovereenkomst gaat in op 1 februari 2027 en heeft een looptijd van 24 maanden.
8.2 Opdrachtgever kan haar ten hoogste tweemaal met telkens 12 maanden verlengen door dit uiterlijk
drie maanden voor het einde schriftelijk te melden. Stilzwijgende verlenging is uitgesloten.
8.3 Opdrachtgever kan na de eerste twaalf maanden tussentijds opzeggen met een opzegtermijn van
drie maanden, zonder schadevergoeding verschuldigd te zijn.
8.4 Elke partij kan ontbinden als de andere partij toerekenbaar tekortschiet en dit niet herstelt
binnen 30 dagen na een schriftelijke ingebrekestelling.

Artikel 9 Overdracht bij het einde
9.1 Op verzoek van Opdrachtgever zet Opdrachtnemer de diensten na het einde ten hoogste zes
maanden onder dezelfde voorwaarden voort en werkt zij volledig mee aan de overgang naar een
opvolger, tegen de tarieven van artikel 6.3.
9.2 Binnen 20 werkdagen na het einde levert Opdrachtnemer kosteloos een export van alle leden-,
aanmeldings- en transactiegegevens in CSV en JSON met een veldbeschrijving, en een
overdrachtsdocument met de gegevensstructuur, de koppelingen en de configuratie per club.
Opdrachtnemer houdt geen gegevens achter en wist ze binnen 30 dagen na bevestiging van ontvangst.

Artikel 10 Aansprakelijkheid
De aansprakelijkheid van Opdrachtnemer voor directe schade is beperkt tot EUR 150.000,00 per
kalenderjaar. Verlies van gegevens door het niet nakomen van de back-upverplichting geldt als
directe schade. Gevolgschade is uitgesloten, behalve bij opzet of bewuste roekeloosheid.

Artikel 11 Intellectuele eigendom, geheimhouding en persoonsgegevens
11.1 De rechten op het platform Clubkompas, ook op functionaliteit uit Nadere Opdrachten, blijven
bij Opdrachtnemer; Opdrachtgever en de clubs krijgen voor de duur van de Raamovereenkomst en de
periode van artikel 9.1 een niet-exclusief gebruiksrecht. Logo's, content en ledengegevens
blijven van Opdrachtgever en de clubs.
11.2 Partijen houden elkaars vertrouwelijke informatie geheim, ook na het einde.
11.3 Opdrachtnemer verwerkt de gegevens van leden, onder wie minderjarigen, als verwerker volgens
de AVG en Bijlage 2, uitsluitend in Nederland, meldt datalekken binnen 24 uur en schakelt geen
nieuwe subverwerkers in zonder schriftelijke toestemming.

Artikel 12 Geschillen en toepasselijk recht
Geschillen worden eerst volgens artikel 7.4 besproken en daarna, als partijen er binnen dertig
dagen niet uitkomen, voorgelegd aan een MfN-registermediator. Op deze Raamovereenkomst is
Nederlands recht van toepassing; bevoegd is de Rechtbank Midden-Nederland, locatie Utrecht.

Aldus overeengekomen en in tweevoud ondertekend te Amersfoort op 3 december 2026.

Stichting Sportkoepel Eemland                    Clubkompas B.V.
M.C. de Boer, voorzitter                         R.J. Hoekstra, algemeen directeur
(handtekening)                                   (handtekening)
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
        "availability_percent": 99.5,
    },
)

NL_T7B_LAW_FIRM_MIGRATION_PLAN = UnseenDocument(
    name="nl_t7b_law_firm_migration_plan",
    text="""Lexora bv - IT voor advocaten en notarissen
Coupure Links 603, 9000 Gent | 09 336 71 20 | www.lexora.be | BTW BE 0746.219.385

PLAN VAN AANPAK
Migratie naar DossierPro Cloud - Advocatenkantoor Lenaerts Van Hove
Versie 1.2 - 24 november 2026 - opgesteld door Elke De Smet, projectleider

1. Aanleiding en doel
Advocatenkantoor Lenaerts Van Hove (Frankrijklei 88, 2000 Antwerpen; 18 advocaten en 9
medewerkers secretariaat en boekhouding) werkt sinds 2009 met het praktijkbeheerpakket
JurisOffice 7, dat niet meer verder ontwikkeld wordt. Het kantoor heeft gekozen voor DossierPro
Cloud. Dit plan beschrijft hoe Lexora de overstap begeleidt: de inrichting van DossierPro, de
migratie van de gegevens, de tests, de opleiding en de ingebruikname. Het is de uitwerking van
onze offerte LX-2026-118 van 6 november 2026, die samen met dit plan de afspraken vormt. Onze
algemene voorwaarden blijven van toepassing.

2. Scope
Inbegrepen:
- inrichting van DossierPro Cloud: gebruikers en rechten, dossiertypes, sjablonen voor brieven en
  conclusies (tot 40 sjablonen), tarieven en btw-regels, de koppeling met Outlook en met het
  boekhoudpakket Exact Online;
- migratie van de gegevens uit JurisOffice 7 (zie punt 4);
- opleiding en begeleiding bij de start (zie punt 6).
Niet inbegrepen:
- de licenties van DossierPro Cloud; die factureert de softwareleverancier rechtstreeks aan het
  kantoor volgens de licentieovereenkomst die het kantoor met hem sluit;
- de migratie van e-mailarchieven buiten de dossiers en van de persoonlijke schijven;
- aanpassingen aan de werkposten en het netwerk (die verzorgt uw IT-partner Netwerk Noord).

3. Fasen en planning
Fase 1 - Analyse en inrichting       7 december 2026 - 8 januari 2027
Fase 2 - Proefmigratie               11 - 22 januari 2027
Fase 3 - Validatie en acceptatietest 25 januari - 5 februari 2027
Fase 4 - Opleiding                   8 - 19 februari 2027
Fase 5 - Definitieve migratie        weekend van 20 en 21 februari 2027
Fase 6 - Livegang en nazorg          22 februari - 5 maart 2027 (twee weken hypercare)
De kick-off vindt plaats op maandag 7 december 2026 om 9 uur op het kantoor.

4. Datamigratie
Uit JurisOffice 7 worden overgezet: de 6.420 lopende en de 14.900 afgesloten dossiers van de
laatste tien jaar, alle contacten (cliënten, tegenpartijen, confraters, rechtbanken), de
prestaties en tijdsregistraties van 2024 tot 2026, de openstaande voorschot- en ereloonstaten
en de gekoppelde documenten (ongeveer 1,2 TB). Oudere afgesloten dossiers blijven raadpleegbaar
in een alleen-lezen kopie van JurisOffice.
Werkwijze: we maken een mapping van alle velden, die het kantoor goedkeurt. In fase 2 voeren we
een volledige proefmigratie uit naar een testomgeving. Na elke migratie leveren we een
controlerapport met tellingen per dossierstatus, het totaal van de openstaande staten per
cliënt en een steekproef van 50 dossiers die we samen nakijken. Tijdens het migratieweekend
staat JurisOffice in alleen-lezen; op maandag 22 februari wordt in DossierPro gewerkt.

5. Testen en acceptatie
Het kantoor test in fase 3 met vier sleutelgebruikers (twee advocaten, een
secretariaatsmedewerker en de boekhouder) aan de hand van 35 testscenario's die wij aanleveren,
onder meer het openen van een dossier, het registreren van prestaties, het opmaken van een
ereloonstaat en de boeking in Exact Online. De acceptatie is behaald als alle scenario's slagen
en het controlerapport van de proefmigratie geen verschillen meer toont in de openstaande
bedragen. Het kantoor bevestigt de acceptatie schriftelijk; pas dan plannen we het
migratieweekend.

6. Opleiding en nazorg
- Twee halve dagen opleiding voor de vier sleutelgebruikers, die daarna het eerste aanspreekpunt
  op het kantoor zijn.
- Vier sessies van twee uur voor de advocaten en vier sessies van drie uur voor het secretariaat
  en de boekhouding, in groepjes van maximaal zes personen, op het kantoor.
- Een beknopte handleiding in het Nederlands per rol.
- Hypercare: tijdens de eerste twee weken na livegang is onze consultant de eerste drie dagen
  voltijds op het kantoor aanwezig en daarna bereikbaar op werkdagen van 8.30 tot 18.00 uur via
  09 336 71 29 en hypercare@lexora.be. Blokkerende problemen pakken we binnen twee uur op.
- Fouten in de gemigreerde gegevens die het kantoor binnen 60 dagen na livegang meldt,
  corrigeren we kosteloos.
Na de hypercare neemt de helpdesk van de softwareleverancier de ondersteuning over, volgens het
licentiecontract van het kantoor.

7. Projectorganisatie
Lexora: Elke De Smet, projectleider (PMP, twaalf jaar ervaring met implementaties bij
advocatenkantoren); Thomas Wouters, migratiespecialist en gecertificeerd DossierPro-consultant.
Kantoor: meester An Lenaerts, vennoot en opdrachtgever binnen het kantoor; Katrien Peeters,
office manager en projectverantwoordelijke.
Stuurgroep: meester Lenaerts, Katrien Peeters en Elke De Smet, om de twee weken op dinsdag.
Problemen die de projectverantwoordelijken niet oplossen, gaan naar de stuurgroep; de zaakvoerder
van Lexora, Pieter Dhondt, sluit aan wanneer dat nodig is.
Rapportering: elke vrijdag sturen we een statusrapport per e-mail met de voortgang per fase, de
bestede dagen, de open punten en de risico's.
Bij de afsluiting bezorgen we een overdrachtsdossier met de inrichting, de veldmapping, de
controlerapporten en een beheerhandleiding aan Katrien Peeters en aan Netwerk Noord.

8. Wat we van het kantoor nodig hebben
- uiterlijk op 11 december 2026: een beheerdersaccount op JurisOffice en de toegang tot de
  databankserver voor Netwerk Noord en ons;
- uiterlijk op 18 december 2026: de lijst van gebruikers en rechten, de huidige sjablonen en de
  tarieven per advocaat;
- in fase 3: de vier sleutelgebruikers voor samen ongeveer vier dagen elk;
- de validatie van het controlerapport van de proefmigratie binnen vijf werkdagen.

9. Risico's en vertraging
Wordt de validatie of de acceptatie niet tijdig afgerond, dan schuift het migratieweekend op naar
het eerste weekend waarop Lexora en Netwerk Noord beschikbaar zijn; een bijkomende proefmigratie
rekenen we dan aan tegen ons dagtarief. Loopt het project vertraging op door Lexora, dan zetten
we op eigen kosten een extra consultant in om de datum van het migratieweekend te halen.

10. Budget
Vaste prijs voor de fasen 1 tot en met 6: EUR 24.650,00 excl. btw, waarvan analyse en inrichting
EUR 8.400,00, datamigratie EUR 9.850,00, opleiding EUR 4.200,00 en hypercare EUR 2.200,00.
Werk buiten de scope voeren we pas uit na uw schriftelijk akkoord op een raming, aan een
dagtarief van EUR 920,00 (consultant) of EUR 1.040,00 (projectleider), per halve dag gerekend.
Facturatie: 30% bij de kick-off, 40% na de acceptatie in fase 3 en 30% na de hypercare. Onze
facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

11. Vertrouwelijkheid en persoonsgegevens
De dossiers vallen onder het beroepsgeheim van de advocaat. Alle medewerkers van Lexora die aan
het project werken, hebben een geheimhoudingsverklaring ondertekend. Lexora verwerkt de gegevens
als verwerker volgens de verwerkersovereenkomst die het kantoor en Lexora op 20 november 2026
hebben ondertekend: de gegevens blijven op de servers van het kantoor en in de Belgische
cloudomgeving van DossierPro, migratiebestanden staan uitsluitend op versleutelde schijven en
worden 30 dagen na de livegang gewist.

Graag ontvangen we uw akkoord op dit plan van aanpak per e-mail aan elke.desmet@lexora.be;
daarna bevestigen we de kick-off van 7 december.

Met vriendelijke groeten,
Elke De Smet
Projectleider, Lexora bv
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "partial",
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
        "team.replacement": "missing",
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
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
        "exit.termination": "missing",
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
        "payment_term_days": 30,
        "warranty_days": 60,
        "response_time_hours_highest_priority": 2,
    },
)

NL_T7B_WEB_STUDIO_GENERAL_TERMS = UnseenDocument(
    name="nl_t7b_web_studio_general_terms",
    text="""Algemene voorwaarden Pixelpier
Versie januari 2027

Pixelpier is een kleine webstudio uit Zwolle (Pixelpier v.o.f., Thorbeckegracht 21, 8011 VM
Zwolle, KvK 81736402). We ontwerpen en bouwen websites en webshops in WordPress en verzorgen
hosting en onderhoud. Deze voorwaarden houden we bewust kort en leesbaar. Met "we" bedoelen we
Pixelpier, met "je" onze opdrachtgever.

1. Wanneer gelden deze voorwaarden?
1.1 Deze voorwaarden gelden voor al onze offertes, opdrachten en abonnementen. Voorwaarden van
jouw kant gelden niet, ook niet als je ernaar verwijst.
1.2 Een opdracht komt tot stand zodra je onze offerte per e-mail of digitaal akkoord geeft. De
offerte en deze voorwaarden vormen samen de overeenkomst. Staat in de offerte iets anders dan in
deze voorwaarden, dan gaat de offerte voor.
1.3 We mogen deze voorwaarden aanpassen. De nieuwe versie geldt voor lopende abonnementen vanaf
een maand nadat we je erover gemaild hebben.

2. Prijzen en betalen
2.1 De prijs van een project staat in de offerte. Tenzij de offerte anders zegt, is dat een vaste
prijs voor wat in de offerte beschreven staat.
2.2 Niet in de prijs zitten, tenzij de offerte het uitdrukkelijk vermeldt: het schrijven van
teksten, fotografie, stockfoto's, licenties voor betaalde plugins en lettertypes, en de
registratie van domeinnamen.
2.3 Ons uurtarief is in 2027 EUR 85,00 excl. btw. We mogen onze tarieven en abonnementsprijzen
elk jaar per 1 januari aanpassen. Dat laten we je minstens een maand vooraf weten; stijgt een
abonnement met meer dan 5%, dan mag je het tegen de ingangsdatum van de verhoging opzeggen.
2.4 Bij projecten vanaf EUR 2.500,00 factureren we 40% bij de opdracht en 60% bij de livegang;
kleinere projecten factureren we in één keer bij de livegang. Abonnementen factureren we per
jaar vooraf. Je betaalt binnen 14 dagen na de factuurdatum.
2.5 Betaal je niet op tijd, dan sturen we eerst een herinnering. Daarna mogen we de wettelijke
handelsrente en de incassokosten volgens de wet rekenen en onze werkzaamheden opschorten tot
de factuur betaald is.

3. Meerwerk
Vraag je iets wat niet in de offerte staat, of lopen er meer correctierondes dan afgesproken,
dan is dat meerwerk. We laten je vooraf weten dat het meerwerk is en hoeveel uur we ongeveer
nodig hebben. Pas als je per e-mail akkoord geeft, gaan we aan de slag. Meerwerk factureren we
aan het einde van de maand tegen ons uurtarief.

4. Planning en wat we van jou nodig hebben
4.1 Data in de offerte of de planning zijn streefdata, geen fatale termijnen. Het overschrijden
ervan geeft geen recht op schadevergoeding of ontbinding.
4.2 Je levert teksten, beeldmateriaal, je logo en de toegangsgegevens van je domeinnaam en
eventuele bestaande hosting uiterlijk tien werkdagen vóór de geplande livegang aan.
4.3 Lever je later aan, dan schuift de planning op naar de eerstvolgende week waarin we ruimte
hebben. Ligt een project door jou langer dan drie maanden stil, dan mogen we het deel van de
prijs dat bij de livegang vervalt toch factureren.

5. Hoe we werken
5.1 We doen ons werk zo goed als we kunnen, maar we hebben een inspanningsverplichting en geen
resultaatsverplichting.
5.2 We bouwen volgens de gangbare webstandaarden en testen elke website voor de livegang in de
recente versies van Chrome, Safari, Firefox en Edge en op iPhone en Android.
5.3 We mogen een deel van het werk laten doen door freelancers met wie we vaker samenwerken.

6. Testen, livegang en garantie
6.1 Als de website klaar is, zetten we die op een testadres. Je hebt dan tien werkdagen om hem te
bekijken en je opmerkingen in één lijst door te geven. Twee correctierondes zijn inbegrepen.
Horen we binnen die tien werkdagen niets, dan geldt de website als goedgekeurd.
6.2 Na je goedkeuring zetten wij de website live op de hosting en zorgen we dat de domeinnaam er
goed naar verwijst.
6.3 Bij de livegang krijg je de inloggegevens van alle beheerdersaccounts, een korte
videohandleiding voor het beheer van je website en een uur online uitleg.
6.4 Fouten in onze code die je binnen 30 dagen na de livegang meldt, lossen we gratis op. Dat geldt
niet voor fouten door aanpassingen die jij of anderen hebben gedaan, of door updates van
WordPress of plugins die niet via ons onderhoudsabonnement lopen.

7. Hosting en onderhoud
7.1 Met het onderhoudsabonnement houden we WordPress, het thema en de plugins up-to-date (elke
maand, en beveiligingsupdates binnen twee werkdagen), maken we elke nacht een back-up die we
30 dagen bewaren, houden we de bereikbaarheid van je website in de gaten en doen we tot
30 minuten klein werk per maand.
7.2 Je bereikt ons op werkdagen van 9.00 tot 17.00 uur via support@pixelpier.nl of
038 760 12 44. Op e-mails reageren we binnen een werkdag. Ligt je website plat, bel ons dan: we
reageren binnen 4 uur binnen die openingstijden en doen ons best het probleem zo snel mogelijk op
te lossen.
7.3 We streven naar een bereikbaarheid van je website van 99,9%, maar kunnen die niet
garanderen. Storingen of onderhoud geven geen recht op korting of terugbetaling.
7.4 Abonnementen lopen twaalf maanden vanaf de start en worden daarna steeds stilzwijgend met
twaalf maanden verlengd. Je kunt opzeggen tot een maand voor het einde van de lopende periode,
per e-mail.

8. Einde en verhuizen
8.1 We mogen een opdracht of abonnement beëindigen als je na een herinnering nog steeds niet
betaalt, of als je de website gebruikt voor iets wat in strijd is met de wet.
8.2 Stop je met je abonnement, dan krijg je binnen tien werkdagen na je verzoek een volledige
kopie van je website en database als zip-bestand, en zetten we je domeinnaam kosteloos over
naar je nieuwe partij.
8.3 Ga je naar een andere webbouwer of hostingpartij, dan helpen we mee met de verhuizing: we
beantwoorden hun vragen en blijven je website hosten tot de verhuizing klaar is, tegen ons
uurtarief en de lopende abonnementsprijs.

9. Rechten op het werk
Zodra alle facturen van het project betaald zijn, krijg je de auteursrechten op het ontwerp en
de inhoud van je website. Ons eigen basisthema en onze eigen code blijven van ons; daarop krijg
je een onbeperkte gebruikslicentie voor je website. We mogen je website in ons portfolio tonen,
tenzij je dat niet wilt.

10. Aansprakelijkheid
10.1 Als we een fout maken, zijn we aansprakelijk tot maximaal het bedrag dat we voor de
betreffende opdracht of het lopende abonnementsjaar gefactureerd hebben, en nooit voor meer dan
EUR 5.000,00.
10.2 We zijn niet aansprakelijk voor indirecte schade zoals gemiste omzet, en ook niet voor het
verlies van gegevens. Zorg daarom ook zelf voor een kopie van je teksten, foto's en bestellingen.

11. Geheimhouding en privacy
11.1 Wat je ons vertelt over je bedrijf en je klanten houden we voor ons, ook na het einde van de
samenwerking.
11.2 Verwerken we voor jou persoonsgegevens, bijvoorbeeld via contactformulieren of je webshop,
dan geldt onze standaard verwerkersovereenkomst op pixelpier.nl/privacy.

12. Klachten en geschillen
12.1 Heb je een klacht, meld die dan binnen 14 dagen per e-mail. We gaan dan eerst samen in gesprek
en zoeken binnen 30 dagen een oplossing. Pas als dat niet lukt, kan een van ons naar de rechter.
12.2 Op onze afspraken is Nederlands recht van toepassing. Geschillen gaan naar de Rechtbank
Overijssel, locatie Zwolle.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "partial",
        "budget.startup_cost": "missing",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.deployment": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
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
        "legal.data_protection": "partial",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 14,
        "warranty_days": 30,
        "response_time_hours_highest_priority": 4,
    },
)

NL_T7B_DENTAL_LAB_MANAGED_NAS_BACKUP = UnseenDocument(
    name="nl_t7b_dental_lab_managed_nas_backup",
    text="""DIENSTVERLENINGSOVEREENKOMST
Beheerde NAS en back-up "DataVeilig Pro"
Nr. DV-2026-0412-C

Tussen
DataVeilig bv, Kempische Steenweg 293, 3500 Hasselt, KBO 0778.314.526, vertegenwoordigd door de
heer Wim Vanderheyden, zaakvoerder, hierna "DataVeilig",
en
Dentalux bv, tandtechnisch laboratorium, Europalaan 112, 3600 Genk, KBO 0632.905.147,
vertegenwoordigd door mevrouw Nathalie Reynders, zaakvoerder, hierna "het labo",
wordt het volgende overeengekomen.

1. Voorwerp
1.1 DataVeilig levert en installeert een NAS in het labo en beheert de back-up van de
labogegevens: de werkbonnen en de databank van de labosoftware DentLab Manager, de scans en
ontwerpbestanden (STL- en exocad-bestanden) van de CAD/CAM-afdeling en de gedeelde mappen van
de administratie.
1.2 De NAS is een Synology RS1221+ met vier schijven van 8 TB in RAID 6 (ongeveer 16 TB
bruikbaar), een UPS en een rackkit. Van de gedeelde mappen wordt elk uur een snapshot gemaakt.
Elke nacht gaat een versleutelde back-up naar het datacenter van Wasabi in Amsterdam, waar de
back-ups 30 dagen onwijzigbaar (immutable) worden bewaard. Bewaartermijnen: 30 dagelijkse,
12 wekelijkse en 12 maandelijkse versies.
1.3 Niet inbegrepen: de back-up van Microsoft 365 (mailboxen, OneDrive), van de werkposten en van
de freesmachines zelf, en het beheer van het netwerk van het labo.
1.4 De offerte DV-2026-0412 van 10 november 2026 maakt als bijlage 1 deel uit van deze
overeenkomst; bijlage 2 is de verwerkersovereenkomst. Bij tegenstrijdigheid gaat deze
overeenkomst voor op de bijlagen. De algemene voorwaarden van beide partijen zijn niet van
toepassing.

2. Prijzen
2.1 Eenmalig (excl. btw):
    NAS, schijven, UPS en rackkit                          EUR 6.480,00
    installatie, configuratie en overzetten van de data    EUR 1.150,00
    totaal eenmalig                                         EUR 7.630,00
2.2 Maandelijks: EUR 189,00 excl. btw voor beheer, monitoring, support en 4 TB off-site opslag;
elke bijkomende TB off-site kost EUR 9,00 per maand.
2.3 De maandprijs wordt elk jaar op 1 januari aangepast volgens de gezondheidsindex. Andere
prijswijzigingen vereisen een schriftelijk akkoord van het labo.
2.4 Interventies buiten deze overeenkomst gebeuren alleen na een schriftelijke prijsofferte die
het labo vooraf goedkeurt, aan EUR 85,00 per uur, per begonnen halfuur.
2.5 De eenmalige prijs wordt gefactureerd na de oplevering, de maandprijs per kwartaal vooraf.
Betaling binnen 30 dagen na factuurdatum.

3. Installatie en oplevering
3.1 DataVeilig installeert de NAS binnen drie weken na ondertekening, op een zaterdag, zodat de
productie van het labo niet wordt gestoord. Tijdens dat weekend worden de bestaande bestanden
(ongeveer 1,9 TB) van de oude Netgear-NAS overgezet en worden de snelkoppelingen op de
werkposten aangepast.
3.2 Het labo zorgt voor een vrije plaats van 2U in de serverkast, een stopcontact op de UPS-lijn
en een beheerderstoegang tot de server van DentLab Manager, en vraagt de leverancier van DentLab
Manager om tijdens de installatie bereikbaar te zijn.
3.3 De oplevering gebeurt met een hersteltest in aanwezigheid van de labomanager, de heer Kris
Martens: het terugzetten van een willekeurig gekozen map en van de volledige databank van
DentLab Manager op een testomgeving. Het opleveringsverslag wordt door beide partijen
ondertekend.
3.4 Bij de oplevering bezorgt DataVeilig een beschrijving van de back-up- en herstelprocedure
en legt zij aan de labomanager uit hoe hij die uitvoert. De medewerkers krijgen een korte
uitleg over het zelf terugzetten van een bestand uit een snapshot.

4. Beheer en support
4.1 DataVeilig bewaakt de NAS en de back-ups automatisch, controleert elke werkdag de
back-uplogs, installeert updates van DSM en van de back-upsoftware binnen 30 dagen en kritieke
beveiligingsupdates binnen drie werkdagen, vervangt defecte schijven en hardware kosteloos
tijdens de looptijd, en voert elk kwartaal een volledige hersteltest uit.
4.2 De helpdesk is bereikbaar op werkdagen van 8.00 tot 17.30 uur via 011 98 22 40 en
support@dataveilig.be.
4.3 Reactietijden binnen de openingsuren van de helpdesk:
    Prioriteit 1 - NAS onbereikbaar of dringend herstel nodig voor de productie: reactie binnen
    1 uur, technieker ter plaatse of herstel vanop afstand gestart binnen 4 uur; de toegang tot
    de gegevens is binnen 8 werkuren hersteld, zo nodig via een tijdelijke NAS;
    Prioriteit 2 - mislukte back-up of storing zonder impact op de productie: reactie binnen
    4 werkuren, opgelost binnen 2 werkdagen;
    Prioriteit 3 - vragen en wijzigingen: reactie binnen 2 werkdagen.
4.4 Wordt de reactietijd of de hersteltermijn van een melding met prioriteit 1 overschreden, dan
crediteert DataVeilig 15% van de maandprijs per melding. Mislukt een kwartaalhersteltest door
een fout van DataVeilig, dan is de maandprijs van die maand niet verschuldigd.
4.5 DataVeilig houdt een actueel dossier bij met het netwerkplan, de configuratie van de NAS en
de back-uptaken. Vaste technieker voor het labo is de heer Pieter Claes; bij zijn afwezigheid
neemt mevrouw Sarah Jacobs over.
4.6 DataVeilig voert de dienst uit volgens de 3-2-1-regel voor back-ups en volgens de
maatregelen van CyberFundamentals niveau Basic van het Centrum voor Cybersecurity België.

5. Rapportering en overleg
Het labo ontvangt elke maand een rapport met de geslaagde en mislukte back-ups, de bezette en
vrije capaciteit, de meldingen en hun afhandeling en het resultaat van de hersteltests. Eenmaal
per jaar bespreken de zaakvoerders van beide partijen het rapport en de noden van het labo.

6. Duur en einde
6.1 De overeenkomst loopt 36 maanden vanaf de oplevering. Daarna wordt zij stilzwijgend verlengd
voor telkens 12 maanden, tenzij een partij ten minste drie maanden vóór de vervaldag opzegt met
een aangetekende brief.
6.2 Elke partij kan de overeenkomst beëindigen wanneer de andere partij een ernstige tekortkoming
niet herstelt binnen 30 dagen na een aangetekende ingebrekestelling.
6.3 Bij het einde bezorgt DataVeilig het labo alle beheerderswachtwoorden en
versleutelingssleutels van de NAS en de back-ups, en zet zij op verzoek van het labo de
off-site back-ups over naar een account van het labo of van een nieuwe leverancier. Pas na
schriftelijke bevestiging van het labo worden de back-ups bij DataVeilig gewist. DataVeilig
werkt mee aan de overdracht naar een nieuwe leverancier; acht uur daarvan zijn inbegrepen,
daarboven geldt het uurtarief van 2.4.

7. Eigendom
De NAS, de schijven en de UPS worden eigendom van het labo na betaling van de eenmalige prijs.
De licenties van de back-upsoftware staan op naam van het labo.

8. Aansprakelijkheid
De aansprakelijkheid van DataVeilig is per schadegeval beperkt tot de bedragen die het labo in de
twaalf maanden vóór het schadegeval heeft betaald, met een minimum van EUR 15.000,00.
DataVeilig is niet aansprakelijk voor onrechtstreekse schade, behalve bij opzet of zware fout.
Zij blijft wel aansprakelijk voor verlies van gegevens dat het gevolg is van het niet uitvoeren
van de afgesproken back-ups.

9. Vertrouwelijkheid en persoonsgegevens
9.1 DataVeilig en haar medewerkers houden alle informatie over het labo, zijn klanten en de
patiënten geheim, ook na het einde van de overeenkomst.
9.2 De werkbonnen en scans bevatten namen van patiënten en gegevens over hun gezondheid.
DataVeilig verwerkt ze als verwerker volgens de verwerkersovereenkomst van bijlage 2: enkel op
instructie van het labo, versleuteld (AES-256) en uitsluitend in de Europese Unie, met Wasabi
als enige subverwerker. Een datalek meldt DataVeilig binnen 24 uur aan het labo.

10. Geschillen
Partijen proberen een geschil eerst onderling op te lossen in een overleg tussen de
zaakvoerders. Lukt dat niet binnen 30 dagen, dan doen zij een beroep op een erkend bemiddelaar.
Deze overeenkomst valt onder het Belgisch recht; bevoegd zijn de rechtbanken van het
gerechtelijk arrondissement Limburg, afdeling Hasselt.

Opgemaakt te Genk op 1 december 2026 in twee exemplaren.

Voor DataVeilig bv                              Voor Dentalux bv
Wim Vanderheyden, zaakvoerder                   Nathalie Reynders, zaakvoerder
(handtekening)                                  (handtekening)
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
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
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
        "response_time_hours_highest_priority": 1,
    },
)


DOCUMENTS = [
    NL_T7B_SPORTS_CLUB_APP_FRAMEWORK,
    NL_T7B_LAW_FIRM_MIGRATION_PLAN,
    NL_T7B_WEB_STUDIO_GENERAL_TERMS,
    NL_T7B_DENTAL_LAB_MANAGED_NAS_BACKUP,
]
