"""Training batch 8 (nl, writer d): four Dutch documents of kinds not used before.

1. nl_t8d_care_home_ecd_hosting: a formal Netherlands agreement (numbered articles, signed by both
   parties) for the implementation, hosting and support of an electronic client record (ECD) for
   a foundation running three nursing homes, with an SLA, service credits, an exit arrangement
   and a tacit renewal with a three-month notice period.
2. nl_t8d_flower_order_portal_development: a Netherlands development agreement (signed by both
   parties) for a B2B order portal of a flower wholesaler in Aalsmeer, with fixed-price phases,
   acceptance, warranty, follow-on hosting and maintenance, source code kept in the client's own
   repository and SGOA mediation/arbitration; the sector terms apply but the agreement prevails.
3. nl_t8d_managed_sd_wan_order_confirmation: a Flemish order confirmation for a managed SD-WAN
   service for a chain of garden centres, after acceptance of the offer by e-mail, with the
   supplier's general terms prevailing and a liability cap of three months of fees.
4. nl_t8d_it_freelancer_general_terms: the plain-language general terms of a Dutch self-employed
   IT support freelancer (ad-hoc jobs, a prepaid hours card and a support subscription), with
   best-efforts wording, a retention right on passwords and data and unilateral changes.

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

NL_T8D_CARE_HOME_ECD_HOSTING = UnseenDocument(
    name="nl_t8d_care_home_ecd_hosting",
    text="""OVEREENKOMST IMPLEMENTATIE, HOSTING EN ONDERSTEUNING ELEKTRONISCH CLIËNTDOSSIER
Kenmerk: CD/VH/2026-0212

De ondergetekenden:
1. CuraDossier B.V., Grote Voort 212, 8041 BN Zwolle, KvK 58213377, vertegenwoordigd door de heer
   J.H. (Jeroen) Kamphuis, algemeen directeur, hierna "Leverancier";
2. Stichting Zorgcentra De Vijverhof, Loolaan 140, 7315 AK Apeldoorn, KvK 41038215,
   vertegenwoordigd door mevrouw A.M. (Anne-Marie) Bosch, voorzitter raad van bestuur, hierna
   "Zorgorganisatie", die op drie locaties (De Vijverhof, Het Berkenhof en De Sprengen)
   verpleeghuiszorg biedt aan circa 185 cliënten en haar huidige ECD wil vervangen;
komen het volgende overeen.

Artikel 1 - Overeenkomstdocumenten
1.1 De overeenkomst bestaat uit deze hoofdovereenkomst en de bijlagen: Bijlage 1 offerte
OFF-2026-0481; Bijlage 2 Service Level Agreement; Bijlage 3 verwerkersovereenkomst; Bijlage 4
implementatieplan met testscenario's.
1.2 Bij strijdigheid geldt de volgende rangorde: deze hoofdovereenkomst, Bijlage 3, Bijlage 2,
Bijlage 4, Bijlage 1. Algemene inkoop- of leveringsvoorwaarden van partijen zijn niet van toepassing.

Artikel 2 - Dienstverlening
2.1 Leverancier stelt CuraDossier ECD als dienst beschikbaar voor de drie locaties, met zorgleefplan,
rapportage, metingen, medicatie (koppeling met de apotheek) en declaraties (koppeling met VECOZO).
2.2 Het abonnement omvat: hosting, technisch beheer, monitoring, de servicedesk, nieuwe releases en
beveiligingsupdates, e-learning voor alle zorgmedewerkers en tot 6 uur per maand functioneel
applicatiebeheer door een consultant (aanpassen van formulieren, rollen en rechten).
2.3 Niet inbegrepen zijn: werkplekken, tablets en het netwerk op de locaties, de kosten van de
apotheek en van VECOZO, en maatwerk buiten de standaardconfiguratie.

Artikel 3 - Planning en medewerking
3.1 Planning: startbijeenkomst 11 januari 2027; inrichting met de key users in januari en
februari; proefconversie 1 maart 2027; acceptatietest en opleiding key users in maart; livegang
De Vijverhof 13 april 2027; livegang Het Berkenhof en De Sprengen 11 mei 2027.
3.2 De Zorgorganisatie wijst een projectleider aan (mevrouw R. Oosterhuis, manager kwaliteit en
informatie), stelt per locatie twee key users vrij voor acht uur per week van januari tot en met
mei 2027, levert uiterlijk 15 februari 2027 de export van het huidige ECD aan en zorgt dat de
werkplekken een week voor de livegang voldoen aan de systeemeisen uit Bijlage 4.
3.3 Wordt een livegangdatum door toedoen van Leverancier niet gehaald, dan is Leverancier per
werkdag vertraging een boete verschuldigd van EUR 400,00, met een maximum van EUR 12.000,00, en is
de maandvergoeding voor die locatie pas verschuldigd vanaf de werkelijke livegang. Komt de
Zorgorganisatie 3.2 niet na, dan stellen partijen een nieuwe planning op en worden de extra uren
van Leverancier, na voorafgaande opgave, gefactureerd tegen het tarief van artikel 5.4.

Artikel 4 - Conversie, acceptatie, livegang en nazorg
4.1 Leverancier converteert van alle actuele cliënten de persoonsgegevens, indicaties, het
zorgleefplan, de metingen en de rapportages van de laatste 24 maanden; oudere rapportages als pdf
per cliënt. Na de proefconversie controleert de Zorgorganisatie twintig dossiers; de definitieve
conversie vindt plaats in het weekend voor de livegang.
4.2 De Zorgorganisatie test de inrichting en de proefconversie binnen tien werkdagen aan de hand
van de testscenario's uit Bijlage 4. Bevindingen zijn blokkerend of niet-blokkerend. De livegang
vindt pas plaats na schriftelijke acceptatie door de projectleider van de Zorgorganisatie;
niet-blokkerende bevindingen lost Leverancier op binnen twintig werkdagen na de livegang.
4.3 Leverancier richt de productieomgeving in, activeert de koppelingen met de apotheek en VECOZO
en zet per locatie de gebruikersaccounts klaar vóór de livegang.
4.4 Leverancier verzorgt een train-de-trainer opleiding voor de key users (twee dagdelen per
module). Op de eerste vijf werkdagen na elke livegang zijn twee consultants van Leverancier op de
locatie aanwezig en is de servicedesk bereikbaar van 7.00 tot 22.00 uur.
4.5 Bij de eerste livegang levert Leverancier een inrichtingsdocument op met alle
configuratiekeuzes; Leverancier houdt dit document gedurende de looptijd actueel.
4.6 Gedurende drie maanden na de laatste livegang herstelt Leverancier fouten in de inrichting en
in de conversie kosteloos.

Artikel 5 - Vergoedingen en betaling
5.1 Implementatie (inrichting, conversie, opleiding, begeleiding livegang), vaste prijs EUR 28.750,00.
5.2 Abonnement: EUR 11,40 per cliëntplaats per maand; voor 190 plaatsen EUR 2.166,00 per maand.
5.3 De vergoedingen worden jaarlijks op 1 januari, voor het eerst op 1 januari 2028, geïndexeerd
volgens het CBS-indexcijfer cao-lonen per uur, met een maximum van 4 % per jaar. Andere
prijswijzigingen zijn alleen mogelijk met schriftelijke instemming van de Zorgorganisatie.
5.4 Meerwerk voert Leverancier alleen uit na een schriftelijke opdracht van de Zorgorganisatie op
basis van een vooraf verstrekte begroting. Het tarief is EUR 118,00 per uur; meerwerk wordt
maandelijks achteraf gefactureerd met een urenverantwoording.
5.5 De implementatie wordt voor 30 % gefactureerd bij ondertekening en voor 70 % na de laatste
livegang; het abonnement per kwartaal vooraf vanaf de livegang van elke locatie. Betaling binnen
30 dagen na ontvangst van de factuur.

Artikel 6 - Service levels
6.1 De servicedesk is bereikbaar op werkdagen van 8.00 tot 17.30 uur via 038 760 44 10 en het
klantportaal. Voor prioriteit 1 is buiten die tijden een storingslijn bereikbaar, 24 uur per dag,
7 dagen per week.
6.2 Prioriteiten en termijnen:
   P1 ECD of medicatiemodule onbruikbaar   reactie 30 minuten (24/7), oplossing/workaround 4 uur
   P2 functie verstoord, omweg mogelijk    reactie 2 uur, oplossing 2 werkdagen
   P3 overige verstoringen en vragen       reactie 1 werkdag, oplossing 10 werkdagen of release
6.3 De beschikbaarheid bedraagt ten minste 99,8 % per kalendermaand, 24/7 gemeten, gepland
onderhoud (ten hoogste 4 uur per maand, tussen 0.00 en 6.00 uur, vijf werkdagen vooraf
aangekondigd) niet meegerekend.
6.4 Per begonnen 0,1 % beschikbaarheid onder 99,8 % en per overschrijding van de oplostijd van een
P1-melding crediteert Leverancier 5 % van de maandvergoeding, met een maximum van 25 % per maand,
te verrekenen met de volgende factuur. Is de beschikbaarheid in drie opeenvolgende maanden lager
dan 99,0 %, dan mag de Zorgorganisatie de overeenkomst zonder opzegtermijn schriftelijk opzeggen.
6.5 Leverancier brengt vier releases per jaar uit, stuurt de release notes ten minste tien
werkdagen vooraf en stelt elke release eerst beschikbaar in de acceptatieomgeving van de
Zorgorganisatie. Kritieke beveiligingsupdates worden binnen 72 uur na beschikbaarheid uitgerold.
6.6 Vaste klantmanager van de Zorgorganisatie is de heer M. (Martijn) Hofman. Leverancier houdt
een actueel klantdossier bij met de configuratie, de koppelingen en de contactpersonen.

Artikel 7 - Team en kwaliteit
7.1 Projectleider van Leverancier is mevrouw S. (Sanne) Wijnberg. De implementatieconsultants
hebben een verpleegkundige of verzorgende achtergrond en ten minste drie jaar ervaring met
implementaties van CuraDossier ECD in de ouderenzorg.
7.2 Leverancier vervangt de projectleider of een consultant alleen na overleg met de
Zorgorganisatie, door een persoon met gelijkwaardige kwalificaties en met een volledige
overdracht, zonder extra kosten voor de Zorgorganisatie.
7.3 Leverancier test elke release geautomatiseerd en handmatig voordat deze in productie gaat,
werkt volgens NEN 7510 en ISO 27001 en overlegt jaarlijks de geldige certificaten.

Artikel 8 - Rapportage en overleg
8.1 Tijdens de implementatie is er tweewekelijks projectoverleg, waarvan Leverancier een
voortgangsverslag maakt (planning, risico's, meerwerk), en maandelijks een stuurgroep.
8.2 Na de livegang levert Leverancier maandelijks een servicerapportage met de beschikbaarheid, de
incidenten per prioriteit met reactie- en oplostijden, de servicecredits en de geplande releases.
Elk kwartaal bespreken de klantmanager en de manager kwaliteit en informatie deze rapportage.

Artikel 9 - Duur en beëindiging
9.1 Het abonnement gaat in op de eerste livegang en heeft een looptijd van 36 maanden. Daarna wordt
het telkens stilzwijgend verlengd met 12 maanden, tenzij een partij schriftelijk opzegt met een
opzegtermijn van drie maanden vóór het einde van de lopende periode.
9.2 Iedere partij kan de overeenkomst ontbinden als de andere partij na een ingebrekestelling
met een termijn van dertig dagen toerekenbaar tekort blijft schieten.

Artikel 10 - Exit
10.1 Bij het einde, om welke reden ook, werkt Leverancier mee aan de overgang naar een opvolger en
blijft zij gedurende een exitperiode van ten hoogste zes maanden de dienst leveren tegen de
geldende maandvergoeding en onder dezelfde service levels.
10.2 Leverancier levert binnen vijftien werkdagen na een verzoek kosteloos een volledige export van
alle cliëntgegevens: de gestructureerde gegevens in XML en CSV met een beschrijving van het
datamodel, en alle documenten en rapportages als pdf per cliënt. Leverancier beroept zich ten
aanzien van de gegevens niet op een opschortings- of retentierecht.
10.3 Na bevestiging van de ontvangst vernietigt Leverancier binnen dertig dagen alle gegevens.

Artikel 11 - Intellectuele eigendom
De intellectuele eigendomsrechten op CuraDossier ECD berusten bij Leverancier. De Zorgorganisatie
krijgt een niet-exclusief en niet-overdraagbaar gebruiksrecht gedurende de looptijd en de
exitperiode. Alle gegevens die de Zorgorganisatie in het ECD vastlegt, blijven haar eigendom.

Artikel 12 - Geheimhouding en persoonsgegevens
12.1 Partijen houden alle vertrouwelijke informatie van de andere partij geheim, ook na het einde
van de overeenkomst. Medewerkers van Leverancier tekenen een geheimhoudingsverklaring.
12.2 Leverancier verwerkt de gegevens van cliënten en medewerkers als verwerker in de zin van de
AVG, volgens de verwerkersovereenkomst van Bijlage 3. De gegevens blijven in Nederland, toegang
wordt gelogd volgens NEN 7513 en een datalek wordt binnen 24 uur na ontdekking gemeld.

Artikel 13 - Aansprakelijkheid
De aansprakelijkheid van Leverancier voor directe schade is per kalenderjaar beperkt tot het totaal
van de vergoedingen over de voorafgaande twaalf maanden, met een minimum van EUR 150.000,00.
Indirecte schade is uitgesloten, behalve bij opzet of bewuste roekeloosheid. Verlies van gegevens
door een tekortkoming in de back-up geldt als directe schade.

Artikel 14 - Geschillen en toepasselijk recht
14.1 Een geschil wordt eerst besproken tussen de klantmanager en de manager kwaliteit en
informatie, en zonder oplossing binnen tien werkdagen tussen de directeur van Leverancier en de
voorzitter raad van bestuur. Daarna volgt mediation door een MfN-registermediator.
14.2 Op deze overeenkomst is Nederlands recht van toepassing. Geschillen die niet langs deze weg
worden opgelost, worden voorgelegd aan de bevoegde rechter van de rechtbank Gelderland.

In tweevoud ondertekend,
CuraDossier B.V.                                Stichting Zorgcentra De Vijverhof
J.H. Kamphuis, algemeen directeur               A.M. Bosch, voorzitter raad van bestuur
Zwolle, 1 december 2026                         Apeldoorn, 4 december 2026
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
        "availability_percent": 99.8,
    },
)

NL_T8D_FLOWER_ORDER_PORTAL_DEVELOPMENT = UnseenDocument(
    name="nl_t8d_flower_order_portal_development",
    text="""ONTWIKKELOVEREENKOMST B2B-BESTELPORTAAL "VAN DAM ONLINE"

Kaswerk Digital B.V., Middel Broekweg 29, 2675 KB Honselersdijk, KvK 63390118, vertegenwoordigd
door de heer M. (Maarten) Zwinkels, directeur, hierna "Opdrachtnemer", en
Bloemengroothandel Van Dam & Zn. B.V., Legmeerdijk 281, 1431 GB Aalsmeer, KvK 34071250,
vertegenwoordigd door de heer P. (Peter) van Dam, algemeen directeur, hierna "Opdrachtgever",
komen het volgende overeen.

1. Opdracht en documenten
1.1 Opdrachtnemer ontwikkelt voor Opdrachtgever een B2B-bestelportaal waarin de circa 1.400
zakelijke klanten van Opdrachtgever (bloemisten, groothandels en tuincentra in Nederland, Duitsland
en België) het dagelijkse aanbod kunnen bekijken en bestellen, en verzorgt na de livegang de
hosting en het onderhoud van het portaal.
1.2 Het portaal omvat: het actuele aanbod met foto uit het ERP-systeem van Opdrachtgever;
klantspecifieke prijzen; bestellen tot 23.00 uur voor levering de volgende ochtend; het doorzetten
van orders naar het ERP-systeem; ordergeschiedenis en facturen; Nederlands, Duits en Engels.
1.3 Niet inbegrepen zijn: een koppeling met Floriday of de veilingklok, een online betaalmodule
(klanten bestellen op rekening), mobiele apps, de kosten die de leverancier van het ERP-systeem
rekent voor de API-toegang, en productfotografie.
1.4 De offerte KD-2026-117 van 12 november 2026 met de user stories (Bijlage 1) en de
verwerkersovereenkomst (Bijlage 2) maken deel uit van deze overeenkomst. Op deze overeenkomst zijn
de NLdigital Voorwaarden 2020 van toepassing. Bij strijdigheid prevaleert deze overeenkomst boven
Bijlage 2, Bijlage 2 boven Bijlage 1 en Bijlage 1 boven de NLdigital Voorwaarden.

2. Prijs en betaling
2.1 De ontwikkeling geschiedt tegen een vaste prijs van EUR 64.800,00 excl. btw:
   fase 1 ontwerp en klikbaar prototype       EUR  9.600,00
   fase 2 bouw                                EUR 45.600,00
   fase 3 acceptatie, migratie en livegang    EUR  9.600,00
2.2 Eenmalige inrichting van de Azure-omgeving en de deploymentstraat: EUR 1.850,00.
2.3 Hosting en onderhoud na de livegang (artikel 10): EUR 945,00 per maand, inclusief de
Azure-verbruikskosten.
2.4 Elke fase wordt gefactureerd na goedkeuring van die fase door Opdrachtgever; de inrichting
van 2.2 bij de start van fase 2; hosting en onderhoud maandelijks vooraf. Betaling binnen 21 dagen
na factuurdatum.

3. Wijzigingen en meerwerk
3.1 Een wijzigingsverzoek van Opdrachtgever werkt Opdrachtnemer binnen vijf werkdagen uit in een
impactanalyse met de benodigde uren, de kosten en het effect op de planning. Opdrachtnemer start
pas met meerwerk na schriftelijk akkoord van de product owner van Opdrachtgever.
3.2 Tarieven voor meerwerk: developer EUR 98,00, architect EUR 122,00 en UX-designer EUR 92,00
per uur, vast tot en met 31 december 2027 en daarna jaarlijks per 1 januari geïndexeerd volgens de
CBS-cao-loonindex. Meerwerk wordt maandelijks achteraf gefactureerd met een urenspecificatie.

4. Planning
   fase 1 ontwerp en prototype         1 februari - 5 maart 2027
   fase 2 bouw, sprints van 2 weken    8 maart - 9 juli 2027
   fase 3 acceptatietest               12 juli - 6 augustus 2027
   livegang                            23 augustus 2027, vóór het najaarsseizoen
Dreigt een mijlpaal niet gehaald te worden, dan meldt Opdrachtnemer dit direct en overleggen
partijen over een aangepaste planning.

5. Medewerking van Opdrachtgever
Opdrachtgever stelt mevrouw L. (Lotte) van Dam, e-commerce manager, aan als product owner. Zij is
ten minste één dag per week beschikbaar en neemt deel aan elke sprint review. Opdrachtgever regelt
uiterlijk 1 maart 2027 met de leverancier van het ERP-systeem de API-toegang tot een
testomgeving, levert uiterlijk 1 juni 2027 de teksten en vertalingen en het klantenbestand aan,
en voert de acceptatietest uit binnen de periode van fase 3.

6. Team en werkwijze
6.1 Het team van Opdrachtnemer bestaat uit: de heer B. (Bas) Verbeek, projectleider en scrum
master; de heer Y. (Youssef) El Amrani, lead developer, met ten minste acht jaar ervaring in .NET
en Azure; twee medior developers; en mevrouw I. (Iris) Koster, UX-designer.
6.2 Opdrachtnemer vervangt een teamlid alleen na voorafgaande melding aan Opdrachtgever, door een
persoon met gelijkwaardige kennis en ervaring. De inwerktijd van de vervanger komt niet voor
rekening van Opdrachtgever.
6.3 Alle code wordt door een tweede developer gereviewd en de bedrijfslogica wordt voor ten minste
70 % gedekt door geautomatiseerde tests. Vóór de livegang laat Opdrachtnemer op eigen kosten een
penetratietest uitvoeren en lost zij bevindingen met een hoog risico op.

7. Rapportage en overleg
Elke twee weken is er een sprint review met demo. Opdrachtnemer stuurt wekelijks een statusupdate
per e-mail met de voortgang, het meerwerkbudget en de risico's. Maandelijks komt een stuurgroep
bijeen met de directeuren van beide partijen, de product owner en de projectleider.

8. Acceptatie, migratie en livegang
8.1 Opdrachtgever test het portaal in fase 3 aan de hand van de acceptatiecriteria in de user
stories. Bevindingen zijn blokkerend, ernstig of gering. Het portaal is geaccepteerd zodra geen
blokkerende of ernstige bevindingen meer openstaan; ingebruikname voor echte bestellingen geldt
als acceptatie.
8.2 Opdrachtnemer importeert de circa 1.400 klantaccounts met hun prijsafspraken uit het
ERP-systeem, controleert de import met de product owner en verstuurt de activatiemails.
8.3 Opdrachtnemer zet het geaccepteerde portaal via de deploymentstraat live in de Azure-tenant van
Opdrachtgever, op een maandagavond na 18.00 uur.
8.4 Opdrachtnemer geeft een opleiding van een dagdeel aan de acht medewerkers van de binnendienst,
levert een handleiding en instructievideo's voor klanten in drie talen en houdt gedurende twee
weken na de livegang een developer achter de hand voor vragen en correcties (hypercare).

9. Garantie
Gedurende zes maanden na de livegang herstelt Opdrachtnemer kosteloos alle fouten waardoor het
portaal afwijkt van de acceptatiecriteria.

10. Hosting, onderhoud en ondersteuning
10.1 Het onderhoud omvat: hosting, monitoring, dagelijkse back-ups, maandelijkse
beveiligingspatches, updates van frameworks en tot 6 uur per maand kleine aanpassingen.
10.2 De servicedesk is bereikbaar op werkdagen van 7.00 tot 17.00 uur via 0174 72 18 80 en het
supportportaal. Voor storingen met prioriteit 1 (portaal onbereikbaar of orders komen niet door in
het ERP-systeem) is een storingslijn bereikbaar van 5.00 tot 23.00 uur, zeven dagen per week.
10.3 Reactietijden: prioriteit 1 binnen 1 uur, prioriteit 2 binnen 4 werkuren, prioriteit 3
binnen 2 werkdagen. Opdrachtnemer spant zich in om prioriteit 1 binnen 4 uur op te lossen.
10.4 Opdrachtnemer garandeert een beschikbaarheid van het portaal van 99,5 % per kalendermaand,
gepland onderhoud op zondag tussen 0.00 en 4.00 uur niet meegerekend.
10.5 Vast aanspreekpunt voor beheer is de heer B. Verbeek; de documentatie van artikel 11
beschrijft de omgeving.

11. Documentatie en broncode
11.1 Opdrachtnemer levert uiterlijk bij de livegang technische documentatie op: architectuur,
datamodel, API-beschrijving en deploymenthandleiding, en licht deze toe in een overdrachtssessie
met de IT-beheerder van Opdrachtgever.
11.2 De broncode en de documentatie worden doorlopend, ten minste dagelijks, bijgehouden in een
Git-repository in de Azure DevOps-omgeving van Opdrachtgever, zodat Opdrachtgever het portaal ook
bij faillissement of stopzetting van Opdrachtnemer door een derde kan laten onderhouden.

12. Intellectuele eigendom
De intellectuele eigendomsrechten op het maatwerk gaan over op Opdrachtgever op het moment dat de
betreffende fase is betaald; deze overeenkomst geldt daarvoor als akte van overdracht. De
standaardcomponenten van Opdrachtnemer (Kaswerk Commerce Toolkit) blijven eigendom van
Opdrachtnemer; Opdrachtgever krijgt daarop een eeuwigdurende, niet-exclusieve en overdraagbare
licentie voor het gebruik en onderhoud van het portaal.

13. Duur en beëindiging
13.1 Hosting en onderhoud gaan in op de datum van livegang en lopen twaalf maanden. Daarna worden
zij stilzwijgend verlengd met telkens twaalf maanden, tenzij een partij uiterlijk twee maanden
voor het einde van de lopende periode schriftelijk opzegt.
13.2 Keurt Opdrachtgever het ontwerp van fase 1 niet goed, dan kan zij de overeenkomst na fase 1
beëindigen; zij is dan alleen de prijs van fase 1 verschuldigd. Iedere partij kan de overeenkomst
ontbinden als de andere partij na een schriftelijke ingebrekestelling met een termijn van dertig
dagen tekort blijft schieten.

14. Einde van het onderhoud
Bij het einde van het onderhoud draagt Opdrachtnemer alle beheerrechten op de Azure-omgeving, de
deploymentstraat en de domeinnaam over aan Opdrachtgever of aan een door haar aangewezen nieuwe
leverancier, en levert zij binnen tien werkdagen een volledige export van de database (SQL-backup)
en van de productfoto's. Opdrachtnemer werkt tot 16 uur kosteloos mee aan de overdracht aan de
nieuwe leverancier, daarna tegen de tarieven van 3.2, en blijft het onderhoud leveren tegen de
geldende maandvergoeding tot de overdracht is afgerond, ten hoogste drie maanden na het einde.

15. Aansprakelijkheid
De aansprakelijkheid van Opdrachtnemer is beperkt tot vergoeding van directe schade, tot ten
hoogste het bedrag van de vaste prijs voor de ontwikkeling en, voor hosting en onderhoud, de
vergoedingen over twaalf maanden, met een totaal van ten hoogste EUR 100.000,00. Indirecte schade is
uitgesloten, behalve bij opzet of bewuste roekeloosheid van de leiding van Opdrachtnemer.

16. Geheimhouding en persoonsgegevens
16.1 Partijen houden elkaars vertrouwelijke informatie geheim, waaronder de prijsafspraken en
klantgegevens van Opdrachtgever, tijdens de overeenkomst en vijf jaar daarna.
16.2 Opdrachtnemer verwerkt de gegevens van de contactpersonen van de klanten als verwerker, in
de Europese Unie, volgens de verwerkersovereenkomst van Bijlage 2.

17. Geschillen
Op deze overeenkomst is Nederlands recht van toepassing. Partijen leggen een geschil eerst voor
aan mediation volgens het mediationreglement van de Stichting Geschillenoplossing Automatisering
(SGOA). Leidt de mediation niet binnen zestig dagen tot een oplossing, dan wordt het geschil
beslecht door arbitrage volgens het arbitragereglement van de SGOA.

Aldus overeengekomen en in tweevoud getekend,
Kaswerk Digital B.V.                           Bloemengroothandel Van Dam & Zn. B.V.
M. Zwinkels, directeur                         P. van Dam, algemeen directeur
Honselersdijk, 2 december 2026                 Aalsmeer, 3 december 2026
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
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "covered",
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
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 21,
        "warranty_days": 180,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

NL_T8D_MANAGED_SD_WAN_ORDER_CONFIRMATION = UnseenDocument(
    name="nl_t8d_managed_sd_wan_order_confirmation",
    text="""NETWAVE SOLUTIONS NV
Noorderlaan 133, 2030 Antwerpen | BTW BE 0634.771.208 | 03 298 14 00 | sales@netwave.be

ORDERBEVESTIGING nr. OB-2026-1184
Datum: 30 november 2026

Klant:              Tuinwereld Verbeke bv, Kortrijksesteenweg 312, 8530 Harelbeke
                    BTW BE 0445.190.382
Ter attentie van:   mevrouw Katrien Verbeke, CFO
Uw referentie:      uw akkoord per e-mail van 27 november 2026
Onze referentie:    offerte NW-OF-26-0912 van 18 november 2026

Beste mevrouw Verbeke,

Hartelijk dank voor uw akkoord per e-mail van 27 november op onze offerte NW-OF-26-0912. Hieronder
bevestigen wij uw bestelling van de dienst Netwave Managed SD-WAN voor uw hoofdzetel en zes
tuincentra. De offerte en deze orderbevestiging vormen samen de overeenkomst.

1. Uw bestelling
Locaties: hoofdzetel en logistiek centrum Harelbeke; tuincentra Harelbeke, Kortrijk, Waregem,
Roeselare, Tielt en Menen (7 locaties).
Per locatie:
- een SD-WAN-edgetoestel (in huur) met geïntegreerde firewall en inbraakdetectie;
- een zakelijke glasvezelverbinding 500/500 Mbps als primaire lijn;
- een 4G/5G-verbinding als back-uplijn, met automatische omschakeling.
Voor alle locaties samen:
- een virtuele SD-WAN-gateway naar uw Azure-omgeving in West-Europa;
- centraal beheer en 24/7 monitoring door ons Network Operations Center (NOC);
- firmware- en beveiligingsupdates van de toestellen, uitgerold in het maandelijkse
  onderhoudsvenster (tweede dinsdag van de maand, 23.00 tot 3.00 uur);
- tot vier configuratiewijzigingen per maand (bv. een nieuwe firewallregel of voorrang voor de
  kassatoepassing);
- vervanging van defecte toestellen en toegang tot ons klantenportaal.
Niet inbegrepen: switches, wifi-toegangspunten en bekabeling binnen de locaties, graafwerken op
privéterrein voor de glasvezelaansluiting en de elektrische voeding in de technische ruimtes.

2. Prijzen (excl. btw)
Eenmalig
   Ontwerp, projectbegeleiding en configuratie                     EUR  1.400,00
   Installatie en opstart, 7 locaties x EUR 850,00                 EUR  5.950,00
Maandelijks
   Managed SD-WAN edge, 7 x EUR 245,00                             EUR  1.715,00
   Glasvezel 500/500 Mbps, 7 x EUR 129,00                          EUR    903,00
   4G/5G-back-up, 7 x EUR 24,00                                    EUR    168,00
   Virtuele gateway Azure                                          EUR    195,00
   Totaal per maand                                                EUR  2.981,00
Totale contractwaarde over de minimale looptijd van 36 maanden: EUR 114.666,00.

Werken buiten deze bestelling (extra configuratiewijzigingen, interventies aan uw LAN) voeren wij
enkel uit na een prijsopgave en uw akkoord per e-mail, aan EUR 110,00 per uur, verplaatsing
inbegrepen.
De maandprijzen worden jaarlijks op 1 januari geïndexeerd volgens de formule in onze Algemene
Voorwaarden. Verhoogt een operator de prijs van de glasvezel- of mobiele verbinding, dan kan Netwave
de maandprijs van die verbinding aanpassen, mits een kennisgeving één maand vooraf.

3. Facturatie en betaling
De eenmalige kosten factureren wij na de oplevering van de laatste locatie. De maandprijzen
factureren wij maandelijks vooraf, per locatie vanaf de oplevering van die locatie. Onze facturen
zijn betaalbaar binnen 15 dagen na factuurdatum, bij voorkeur via domiciliëring.

4. Planning en uw medewerking
- week 50 van 2026: technisch plaatsbezoek op elke locatie;
- levertermijn van de glasvezelverbindingen: volgens de operator 8 tot 12 weken na bestelling;
- overschakeling per locatie op een maandag tussen 6.00 en 9.00 uur, vóór de opening;
- vooropgestelde oplevering van alle locaties: eind maart 2027, vóór het voorjaarsseizoen.
U bezorgt ons uiterlijk 15 december 2026 het huidige IP-plan en de lijst van toepassingen (kassa,
betaalterminals, camerabewaking, telefonie), duidt per locatie een contactpersoon aan en zorgt voor
toegang tot de technische ruimte, een vrije plaats in het rack en een stopcontact.
De levertermijnen van de operator zijn indicatief. Vertraging bij de operator of bij graafwerken
geeft geen recht op schadevergoeding of op ontbinding van de overeenkomst.

5. Oplevering
Na de overschakeling van elke locatie voeren wij een opleveringstest uit: bereikbaarheid van de
kassatoepassing en de betaalterminals, een omschakeltest van glasvezel naar 4G/5G en terug, en een
snelheidsmeting. Het opleveringsrapport bezorgen wij u per e-mail. Ontvangen wij binnen vijf
werkdagen geen opmerkingen, dan geldt de locatie als opgeleverd.
Bij de oplevering van de laatste locatie ontvangt u een netwerkdossier met het topologieschema,
het IP-plan en een overzicht van de configuratie.

6. Service levels
Storingen meldt u 24/7 bij ons NOC op 03 298 14 99. Voor wijzigingsaanvragen en vragen is de
servicedesk bereikbaar op werkdagen van 8.00 tot 18.00 uur via het klantenportaal of
servicedesk@netwave.be.
   Prioriteit 1 - locatie volledig offline     reactie binnen 15 minuten (24/7), herstel binnen 4 uur
   Prioriteit 2 - back-uplijn of dienst gestoord  reactie binnen 2 uur, herstel binnen 1 werkdag
   Prioriteit 3 - vraag of wijzigingsaanvraag     reactie binnen 1 werkdag, uitvoering binnen
                                                  3 werkdagen
Bij een defect toestel gebeurt het herstel met een vervangtoestel uit ons depot in Kortrijk.
Beschikbaarheid: 99,9 % per locatie per kalendermaand, gemeten door ons NOC; gepland onderhoud
binnen het onderhoudsvenster telt niet mee.
Servicecredits: per begonnen 0,1 % onder 99,9 % crediteren wij 10 % van de maandprijs van die
locatie, met een maximum van 50 %. U vraagt de credit aan binnen 30 dagen na het einde van de
maand; wij verrekenen hem op de volgende factuur.
Rapportering: elke maand vindt u in het klantenportaal een rapport met de beschikbaarheid per
locatie, het bandbreedtegebruik en de incidenten met hun reactie- en hersteltijden. Elk half jaar
houden wij met u een service review.

7. Uw contactpersonen
Projectleider tijdens de uitrol is Pieter Claeys (pieter.claeys@netwave.be, 0473 55 20 81); uw
vaste accountmanager is Elke Desmet. De installatie en configuratie gebeuren door netwerkingenieurs
met een certificering Fortinet NSE 4 of hoger. Netwave is ISO/IEC 27001-gecertificeerd. Uw
netwerkdossier en de configuratie van alle toestellen worden bijgehouden in onze CMDB, zodat elke
NOC-medewerker uw omgeving kent. Wordt een incident naar uw oordeel niet correct opgevolgd, dan
kunt u escaleren naar uw accountmanager en daarna naar onze Head of Operations, Wim Vandamme.

8. Looptijd en opzegging
De overeenkomst heeft een minimale looptijd van 36 maanden vanaf de oplevering van de laatste
locatie. Daarna loopt zij voor onbepaalde duur verder en kan elke partij haar opzeggen met een
opzegtermijn van één maand, per aangetekende brief of via het klantenportaal. Zegt u op vóór het
einde van de minimale looptijd, dan is een verbrekingsvergoeding verschuldigd van 50 % van de
resterende maandprijzen tot het einde van die looptijd. Bij het einde halen wij de edgetoestellen
op.

9. Overige bepalingen
- De edgetoestellen blijven eigendom van Netwave. De SD-WAN- en beveiligingslicenties staan op naam
  van Netwave; u krijgt er een gebruiksrecht op gedurende de looptijd.
- Onze aansprakelijkheid is beperkt tot drie maanden maandprijzen. Wij zijn niet aansprakelijk voor
  indirecte schade, waaronder omzetverlies door onbeschikbaarheid van kassa's of betaalterminals.
- Voor de verwerking van persoonsgegevens (logbestanden met IP-adressen) verwijzen wij naar
  artikel 14 van onze Algemene Voorwaarden.
- Op deze bestelling zijn de Algemene Voorwaarden Managed Services van Netwave (versie 2025) van
  toepassing, te raadplegen op www.netwave.be/voorwaarden. Bij tegenstrijdigheid hebben deze
  Algemene Voorwaarden voorrang op de offerte en op deze orderbevestiging.

Wij kijken uit naar een fijne samenwerking. Projectleider Pieter Claeys neemt volgende week
contact met u op om de plaatsbezoeken in te plannen.

Met vriendelijke groeten,

Elke Desmet
Accountmanager
Netwave Solutions nv
""",
    items={
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
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
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
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 36,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.9,
    },
)

NL_T8D_IT_FREELANCER_GENERAL_TERMS = UnseenDocument(
    name="nl_t8d_it_freelancer_general_terms",
    text="""ALGEMENE VOORWAARDEN
Bas Dijkstra ICT-support
eenmanszaak | Oosterstraat 41a, 9711 NW Groningen | KvK 74120386 | btw NL002318457B61
Versie 1 maart 2026

Ik ben Bas Dijkstra, zelfstandig IT-ondersteuner voor kleine bedrijven in Groningen en omgeving.
Deze voorwaarden heb ik bewust in gewone taal geschreven. Lees ze even door; heb je vragen, bel of
mail me gerust.

Artikel 1 - Wanneer gelden deze voorwaarden?
1.1 Deze voorwaarden gelden voor al mijn offertes, opdrachten, strippenkaarten en
supportabonnementen. Met "ik" bedoel ik Bas Dijkstra ICT-support, met "je" de opdrachtgever.
1.2 Inkoop- of andere voorwaarden van de opdrachtgever gelden niet.
1.3 Staat in een offerte of opdrachtbevestiging iets anders dan in deze voorwaarden, dan gaan deze
voorwaarden voor, tenzij in de offerte uitdrukkelijk staat dat van een bepaald artikel wordt
afgeweken.
1.4 Ik mag deze voorwaarden wijzigen. De nieuwe versie stuur ik je per e-mail; zij geldt vanaf 30
dagen na verzending, ook voor lopende abonnementen.

Artikel 2 - Offerte en opdracht
2.1 Mijn offertes zijn 30 dagen geldig.
2.2 Een opdracht komt tot stand zodra je mijn offerte per e-mail of WhatsApp bevestigt, of zodra ik
met jouw goedvinden aan het werk ga. De offerte en deze voorwaarden vormen samen de overeenkomst;
een handtekening is niet nodig.

Artikel 3 - Wat ik doe
3.1 Ik help bedrijven tot ongeveer 25 werkplekken met het beheer van werkplekken en Microsoft 365,
netwerk en wifi, back-up, advies over en aanschaf van hardware, en hulp op afstand of op locatie.
3.2 Je kunt mij inhuren per klus, met een strippenkaart of met een supportabonnement.
3.3 Het supportabonnement omvat: monitoring op afstand van je werkplekken en server, maandelijks
patchbeheer (Windows-updates, updates van de Microsoft 365-apps en van de firmware van je router of
firewall), een wekelijkse controle van de back-up en hulp op afstand tot 2 uur per maand. Niet
inbegrepen zijn werk op locatie, projecten (zoals een verhuizing of een nieuwe server), hardware
en licenties; die reken ik apart.
3.4 Voor abonnees houd ik een IT-dossier bij met je apparaten, accounts, licenties,
netwerkinstellingen en leveranciers. Je kunt dat dossier altijd opvragen.

Artikel 4 - Tarieven
4.1 Mijn uurtarief is € 75,00 excl. btw. Buiten werktijd (werkdagen na 18.00 uur en in het
weekend) geldt een toeslag van 50 %.
4.2 Voor werk op locatie reken ik € 35,00 voorrijkosten binnen 25 km van Groningen en daarbuiten
€ 0,45 per extra kilometer. Ik reken minimaal 15 minuten voor hulp op afstand en 1 uur op locatie,
daarna per kwartier.
4.3 Een strippenkaart van 10 uur kost € 690,00, wordt vooraf betaald en is 12 maanden geldig.
Uren die dan niet gebruikt zijn, vervallen.
4.4 Het supportabonnement kost € 129,00 per maand voor maximaal 5 werkplekken, plus € 18,00 per
maand per extra werkplek. Bij de start reken ik eenmalig € 195,00 voor de intake: inventarisatie
van je omgeving, installatie van de monitoringsoftware en het opzetten van het IT-dossier.
4.5 Ik mag mijn tarieven elk jaar per 1 januari aanpassen. Dat laat ik je minstens een maand van
tevoren weten.

Artikel 5 - Schatting en meerwerk
5.1 Losse klussen doe ik op basis van de werkelijk bestede tijd. Voor een klus van meer dan 4 uur
geef ik vooraf een schatting. Dreig ik die met meer dan 20 % te overschrijden, dan meld ik dat
eerst en werk ik pas verder als jij akkoord geeft.
5.2 Werk buiten de opdracht of buiten het abonnement is meerwerk. Dat doe ik alleen nadat je er
per e-mail mee akkoord bent gegaan, en ik reken het af tegen mijn uurtarief op de eerstvolgende
factuur.

Artikel 6 - Betaling
6.1 Losse klussen en meerwerk factureer ik maandelijks achteraf, met een urenspecificatie. Het
abonnement factureer ik per maand vooraf, de strippenkaart bij aankoop.
6.2 Betaal binnen 14 dagen na de factuurdatum. Betaal je niet op tijd, dan stuur ik een
herinnering; daarna ben je de wettelijke handelsrente en de incassokosten verschuldigd.
6.3 Zolang een factuur na de herinnering onbetaald blijft, mag ik mijn werk opschorten.

Artikel 7 - Bereikbaarheid en reactietijd
7.1 Ik ben bereikbaar op werkdagen van 8.30 tot 17.30 uur via 06 41 27 90 33 (bellen of WhatsApp)
en via support@dijkstra-ictsupport.nl.
7.2 Voor abonnees geldt: bij een storing waardoor je niet kunt werken, reageer ik binnen 2 werkuren;
andere vragen pak ik binnen 1 werkdag op. Hoe snel iets is opgelost, hangt af van de storing; een
oplostijd kan ik niet garanderen.
7.3 Voor wie geen abonnement heeft, doe ik mijn best om zo snel mogelijk te helpen, maar abonnees
gaan voor.
7.4 Ik werk alleen, dus je hebt altijd met mij te maken. Bij vakantie of ziekte regel ik voor
abonnees, voor zover mogelijk, vervanging door een collega-zzp'er uit mijn netwerk. Mijn vakanties
meld ik minstens twee weken vooraf.

Artikel 8 - Hoe ik werk
8.1 Ik voer opdrachten uit naar beste inzicht en vermogen. Mijn verplichtingen zijn
inspanningsverplichtingen: een bepaald resultaat garandeer ik niet.
8.2 Opleverdata en termijnen die ik noem zijn een inschatting en geen fatale termijnen. Loop ik
uit, dan laat ik je dat zo snel mogelijk weten; je hebt dan geen recht op schadevergoeding of
ontbinding.
8.3 Abonnees krijgen elk kwartaal een kort overzicht van de gewerkte uren, de uitgevoerde updates,
de status van de back-up en de aandachtspunten. Eén keer per jaar plannen we een gesprek over je
IT en je plannen voor het komende jaar.
8.4 Fouten in mijn werk die je binnen 14 dagen na afronding meldt, herstel ik kosteloos. Op
hardware die ik lever geldt alleen de garantie van de fabrikant; het afhandelen van een
garantieclaim reken ik tegen mijn uurtarief.

Artikel 9 - Wat ik van jou verwacht
9.1 Je geeft mij tijdig toegang tot de systemen en ruimtes die ik nodig heb, met een
beheerdersaccount, en je zorgt dat er iemand aanwezig is als ik op locatie werk.
9.2 Je geeft mij juiste en volledige informatie over je omgeving en meldt wijzigingen die je zelf of
een andere leverancier aanbrengt.
9.3 Je zorgt dat er een actuele back-up is voordat ik aan je systemen begin, behalve als de back-up
onder mijn abonnement valt.

Artikel 10 - Aansprakelijkheid
10.1 Ik ben alleen aansprakelijk voor directe schade die het gevolg is van een toerekenbare
tekortkoming. Mijn aansprakelijkheid is beperkt tot het factuurbedrag van de betreffende klus, bij
een abonnement tot drie maanden abonnementsgeld, en in elk geval tot het bedrag dat mijn
beroepsaansprakelijkheidsverzekering in dat geval uitkeert.
10.2 Ik ben niet aansprakelijk voor indirecte schade, gevolgschade, gederfde winst of verlies of
beschadiging van gegevens.
10.3 Schade meld je binnen 30 dagen na ontdekking schriftelijk; daarna vervalt je recht op
vergoeding.

Artikel 11 - Geheimhouding en privacy
11.1 Alles wat ik bij mijn werk te weten kom over je bedrijf, je klanten en je medewerkers, houd ik
geheim, ook na het einde van de opdracht. Wachtwoorden bewaar ik versleuteld in een wachtwoordkluis.
11.2 Krijg ik bij mijn werk toegang tot persoonsgegevens, dan ben ik verwerker in de zin van de AVG.
Op verzoek sluiten we een verwerkersovereenkomst.

Artikel 12 - Intellectueel eigendom
Scripts, handleidingen, configuraties en documentatie die ik maak, blijven mijn intellectueel
eigendom. Je krijgt er een onbeperkt gebruiksrecht op voor je eigen bedrijf, ook na het einde van
de samenwerking.

Artikel 13 - Duur en opzegging
13.1 Een losse klus eindigt als het werk klaar is.
13.2 Het supportabonnement loopt 12 maanden en wordt daarna stilzwijgend verlengd met telkens 12
maanden, tenzij het uiterlijk drie maanden voor het einde van de lopende periode schriftelijk (een
e-mail is genoeg) wordt opgezegd.
13.3 Elk van ons mag de overeenkomst met onmiddellijke ingang beëindigen als de ander failliet gaat,
of als de ander na een schriftelijke ingebrekestelling ernstig tekort blijft schieten.

Artikel 14 - Einde van de samenwerking
14.1 Stap je over naar een andere IT-partner, dan werk ik mee aan de overdracht: ik draag het
IT-dossier, alle beheerdersaccounts en wachtwoorden over en licht ze toe in een overdrachtsgesprek.
Het eerste uur is gratis, daarna reken ik mijn uurtarief. Tot de overdracht klaar is, maar
hoogstens een maand na het einde, blijf ik bereikbaar voor dringende storingen tegen mijn
uurtarief.
14.2 Kopieën van je gegevens die ik heb (bijvoorbeeld back-ups op mijn NAS), lever ik op verzoek
binnen 10 werkdagen in het oorspronkelijke formaat aan je terug op een externe schijf. Daarna
verwijder ik ze, net als mijn toegang tot je systemen.
14.3 Zolang niet alle facturen betaald zijn, mag ik de overdracht van het IT-dossier, de
wachtwoorden en je gegevens opschorten.

Artikel 15 - Klachten, geschillen en toepasselijk recht
15.1 Ben je ergens niet tevreden over, mail het mij dan binnen 14 dagen; ik reageer binnen 5
werkdagen.
15.2 Komen we er samen niet uit, dan schakelen we eerst een mediator in en delen we de kosten. Pas
als de mediation niet binnen twee maanden tot een oplossing leidt, kan een van ons naar de rechter.
15.3 Op al mijn overeenkomsten is Nederlands recht van toepassing. Bevoegd is de rechtbank
Noord-Nederland, locatie Groningen.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "team.named_team": "covered",
        "team.replacement": "partial",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "partial",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "missing",
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
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": True,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
        "warranty_days": 14,
        "response_time_hours_highest_priority": 2,
    },
)


DOCUMENTS = [
    NL_T8D_CARE_HOME_ECD_HOSTING,
    NL_T8D_FLOWER_ORDER_PORTAL_DEVELOPMENT,
    NL_T8D_MANAGED_SD_WAN_ORDER_CONFIRMATION,
    NL_T8D_IT_FREELANCER_GENERAL_TERMS,
]
