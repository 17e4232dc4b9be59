"""Held-out batch 20, Dutch documents: an informal Flemish e-mail exchange (offer by a freelance web
developer and the e-mail acceptance by the group leaders) for the new website with online member
registration of a Chiro youth group, a Flemish 'samenwerkingsovereenkomst' between a city and a
supplier of smart parking sensors, guidance signs and a parking platform (signed by both parties),
a Netherlands service agreement for tee-time booking and member administration software of a golf
club under the NLdigital Voorwaarden (signed by both parties), and a Flemish time-and-materials
quote for a custom rental and logistics planning tool of a tent-hire company, with hosting and the
supplier's general terms on the back and an empty "voor akkoord" line.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions: months =
30 days for notice and warranty; response time of the highest priority in hours (working hours
counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty client signature line
raises risk.unsigned (an empty "voor akkoord" line for the client is a partial signature).
"""

from .unseen_documents import UnseenDocument

NL_B20_YOUTH_MOVEMENT_WEBSITE_EMAIL = UnseenDocument(
    name="nl_b20_youth_movement_website_email",
    text="""Van: Jonas Peeters <jonas@webatelierpeeters.be>
Aan: groepsleiding@chirorakkers.be
Datum: di 2 jun. 2026 22:14
Onderwerp: Offerte nieuwe website + online inschrijvingen Chiro Rakkers

Hey Lien en Bram,

Merci nog voor de babbel zaterdag aan het lokaal! Zoals beloofd hier mijn voorstel voor jullie
nieuwe site. Ik heb het zo simpel mogelijk gehouden, laat maar weten als er iets niet klopt.

Wat jullie krijgen
- een nieuwe website in WordPress met de pagina's die we overlopen hebben: home, afdelingen
  (Ribbels tot Aspi's), kalender, verhuur lokaal, foto's, contact
- een online inschrijvingsmodule voor leden: ouders vullen het formulier in per kind, betalen
  het lidgeld meteen via Payconiq of Bancontact (via Mollie), en jullie krijgen per afdeling een
  ledenlijst die je als Excel kan downloaden
- een kalender die de leiding zelf kan aanvullen
- jullie huidige ledenlijst (de Excel van Bram, ca. 160 leden) zet ik mee over, zodat de ouders
  van bestaande leden hun gegevens alleen nog moeten nakijken
- de site zet ik online op jullie eigen domein chirorakkers.be

Wat er niet in zit: de foto's en teksten zelf (die komen van jullie), het logo (dat hebben
jullie al), de transactiekosten van Mollie (ongeveer 0,25 euro per betaling, rechtstreeks aan
Mollie) en een koppeling met de Chiro-ledenadministratie van het nationaal secretariaat.

Prijs
Alles samen 1.850 euro, vaste prijs. Ik ben vrijgesteld van btw (kleine onderneming), dus daar
komt niets meer bij. Ik factureer de helft bij de start en de helft als de site online staat,
telkens te betalen binnen de 14 dagen.
Hosting: 12 euro per maand, jaarlijks gefactureerd in januari (144 euro per jaar). Daarin zitten
de hosting bij Combell, het SSL-certificaat, een dagelijkse back-up, en ik doe maandelijks de
updates van WordPress en de plugins. Kleine vragen (een knop die niet werkt, een pagina die je
niet vindt) mogen jullie altijd mailen, meestal antwoord ik binnen de twee werkdagen.
De hosting loopt per kalenderjaar en verlengt automatisch. Willen jullie stoppen, laat het me
dan weten tot een maand voor het einde van het jaar.
Wil je later nog iets extra (een webshop voor truien, een extra formulier voor het kamp...), dan
zeg ik eerst wat het kost en begin ik pas als jullie akkoord zijn. Ik reken daarvoor 55 euro per
uur.

Planning
Als jullie voor 20 juni laten weten dat het doorgaat, kan ik in juli bouwen. Ik heb van jullie
nodig: de teksten per afdeling en een twintigtal foto's tegen 1 juli, de toegang tot het domein
(staat nu nog op naam van een oud-leider, dat moeten jullie even regelen) en een Mollie-account op
naam van de vzw. De site staat online ten laatste op 20 augustus, ruim voor de startdag op
13 september, zodat de inschrijvingen voor het nieuwe werkjaar meteen online kunnen.

Na de lancering
Ik kom op een leidingskring een avond uitleggen hoe je zelf de kalender, foto's en teksten
aanpast, en jullie krijgen een korte handleiding in pdf en alle beheerderslogins. Foutjes die in
de eerste maand na de lancering opduiken, los ik gratis op.
De site is na betaling volledig van jullie. Als jullie ooit overstappen naar iemand anders, krijg
je een volledige kopie van de website en de ledenlijst in Excel.

Nog iets over privacy: in de inschrijvingen komen gegevens van kinderen (en misschien de
medische fiche). Daar moeten we nog eens goed over nadenken hoe we dat GDPR-proof doen, dat zoeken
we samen nog uit.

Groetjes en een stevige Chirogroet,
Jonas

Jonas Peeters - Webatelier Peeters
Molenstraat 7, 3020 Herent - 0478 55 21 39 - ondernemingsnr. 0789.654.112

-----

Van: Lien Wouters <groepsleiding@chirorakkers.be>
Aan: Jonas Peeters <jonas@webatelierpeeters.be>
Datum: zo 14 jun. 2026 17:48
Onderwerp: RE: Offerte nieuwe website + online inschrijvingen Chiro Rakkers

Dag Jonas,

We hebben het gisteren op de leidingskring besproken en iedereen is enthousiast. Dus: we gaan
akkoord met je voorstel, je mag beginnen! De factuur voor het voorschot mag naar de vzw (Chiro
Rakkers vzw, Kerkstraat 12, 3020 Herent), Bram betaalt als kassier.

Teksten en foto's zijn voor 1 juli in orde, de overdracht van het domein vraag ik deze week aan.
Eén vraagje nog: kan de kampinschrijving er volgend jaar ook bij? Dat mag je dan apart
prijzen.

Groetjes,
Lien
groepsleiding Chiro Rakkers
""",
    items={
        "agreement.general_terms": "missing",
        "budget.project_cost": "covered",
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
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
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
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 14,
        "warranty_days": 30,
        "renewal_term_months": 12,
        "notice_period_days": 30,
    },
)

NL_B20_SMART_PARKING_SENSORS_COOPERATION = UnseenDocument(
    name="nl_b20_smart_parking_sensors_cooperation",
    text="""SAMENWERKINGSOVEREENKOMST
SLIMME PARKEERSENSOREN EN PARKEERGELEIDING IN HET CENTRUM VAN TIENEN
Dossiernummer 2026/OPD/041 - gunning bij collegebesluit van 9 november 2026

TUSSEN
Stad Tienen, Grote Markt 27, 3300 Tienen, vertegenwoordigd door het college van burgemeester en
schepenen, voor wie optreden de heer Kristof Aerts, burgemeester, en mevrouw Inge Claes,
algemeen directeur, in uitvoering van het collegebesluit van 9 november 2026,
hierna "de Stad",

EN
ParkSense bv, Interleuvenlaan 62, 3001 Heverlee, ondernemingsnummer 0712.884.305,
vertegenwoordigd door mevrouw Eline Verhaegen, zaakvoerder,
hierna "ParkSense",

WORDT OVEREENGEKOMEN WAT VOLGT.

Artikel 1 - Voorwerp
1.1 ParkSense levert en plaatst 420 draadloze bodemsensoren op de parkeerplaatsen van de zones
Grote Markt, Veemarkt en Kapucijnenvest, drie dynamische parkeergeleidingsborden aan de invalswegen
en stelt het platform ParkSense Cloud ter beschikking (beheerdashboard voor de Stad, open-
dataverbinding en de bewonersapp "Parkeren in Tienen").
1.2 De overeenkomst bestaat uit deze tekst, het bestek 2026/OPD/041 en de offerte van ParkSense van
3 oktober 2026. Bij tegenstrijdigheid primeert deze overeenkomst op het bestek en het bestek op de
offerte. Algemene voorwaarden van ParkSense zijn niet van toepassing.

Artikel 2 - Prijs en betaling
2.1 Eenmalige vergoeding (exclusief btw):
    420 sensoren ParkSense S3 aan € 185,00                        € 77.700,00
    plaatsing sensoren, inclusief boren en afdichten               € 18.900,00
    3 parkeergeleidingsborden, geplaatst en aangesloten           € 27.450,00
    configuratie platform, open-data-API en bewonersapp            €  6.800,00
    TOTAAL EENMALIG                                                € 130.850,00
2.2 Abonnement ParkSense Cloud, inclusief connectiviteit, helpdesk en onderhoud: € 2,90 per sensor
per maand, voor 420 sensoren € 1.218,00 per maand, verschuldigd vanaf de ingebruikname.
2.3 Niet inbegrepen: de elektriciteitsaansluiting van de geleidingsborden (door de Stad via
Fluvius), het herstel van schade door wegenwerken van derden en het verplaatsen van sensoren op
vraag van de Stad.
2.4 De abonnementsprijs wordt jaarlijks op 1 januari, voor het eerst in 2028, herzien volgens de
formule P = P0 x (0,8 x I/I0 + 0,2), met I de index der consumptieprijzen. Andere
prijswijzigingen zijn alleen mogelijk bij schriftelijke wijziging van deze overeenkomst.
2.5 Bijkomende werken worden alleen uitgevoerd na een schriftelijke prijsopgave van ParkSense en een
bestelbon van de Stad. Tarieven: technieker € 72,00 per uur, data-analist € 98,00 per uur.
2.6 Facturatie: 30 % na goedkeuring van de pilot (artikel 4.2), 60 % na de voorlopige oplevering,
10 % na de definitieve oplevering. Het abonnement wordt per kwartaal na vervallen termijn
gefactureerd. De Stad betaalt binnen 30 dagen na ontvangst van een regelmatige factuur.

Artikel 3 - Verbintenissen van de Stad
3.1 De Stad vraagt de nodige signalisatievergunningen aan, zorgt voor het vrijmaken van de
parkeerplaatsen op de afgesproken plaatsingsdagen en laat de elektriciteitsaansluitingen van de
borden uiterlijk op 1 maart 2027 uitvoeren.
3.2 De Stad bezorgt uiterlijk op 15 januari 2027 het bestand met de parkeerplaatsen en de
parkeerregimes (GIS-laag) en duidt een contactpersoon aan.

Artikel 4 - Planning, pilot en oplevering
4.1 Planning: pilot met 40 sensoren op de Grote Markt in februari 2027; plaatsing van de overige
sensoren en de borden in maart en april 2027; ingebruikname van het volledige systeem uiterlijk
op 3 mei 2027.
4.2 Na de pilot volgt een testperiode van vier weken, waarin de Stad met manuele tellingen
nagaat of de sensoren de bezetting correct detecteren. De pilot is geslaagd als ten minste 97 %
van de waarnemingen juist is.
4.3 Na de ingebruikname volgt een proefperiode van dertig dagen. Zijn het platform, de borden en
de app in die periode conform het bestek en bedraagt de detectiejuistheid ten minste 97 %, dan
stelt de Stad het proces-verbaal van voorlopige oplevering op. Zo niet, dan herstelt ParkSense de
tekortkomingen en volgt een nieuwe proefperiode. De definitieve oplevering volgt twaalf maanden na
de voorlopige oplevering.
4.4 Bij laattijdige ingebruikname door toedoen van ParkSense is een boete verschuldigd van
€ 250,00 per kalenderdag, beperkt tot 5 % van de eenmalige vergoeding. Vertraging die voortvloeit
uit het niet nakomen van artikel 3 verlengt de termijnen met dezelfde duur, zonder boete.
4.5 ParkSense plaatst de sensoren volgens de montagevoorschriften van de fabrikant en het
standaardbestek 250 voor de wegenbouw en test elke sensor na plaatsing.

Artikel 5 - Team en opvolging
5.1 Projectleider van ParkSense is de heer Pieter Geens, industrieel ingenieur met meer dan acht
jaar ervaring in mobiliteitsprojecten; contactpersoon van de Stad is mevrouw Sofie Lemmens,
mobiliteitsambtenaar. Na de ingebruikname is de heer Geens ook de vaste accountmanager van de Stad.
5.2 ParkSense vervangt de projectleider alleen met voorafgaand schriftelijk akkoord van de Stad,
door een persoon met gelijkwaardige ervaring en zonder meerkost.
5.3 Tijdens de uitrol bezorgt ParkSense tweewekelijks een voortgangsrapport. Nadien bezorgt zij
maandelijks een rapport met de beschikbaarheid van het platform, de defecte sensoren en de
afgehandelde meldingen. Elk kwartaal komt een opvolgingscomité samen (projectleider, contact-
persoon van de Stad en de schepen van mobiliteit).
5.4 ParkSense geeft twee opleidingen aan de parkeerwachters en de dienst mobiliteit en bezorgt
bij de voorlopige oplevering een technisch dossier met de ligging en serienummers van alle
sensoren, de configuratie van de borden en de documentatie van de open-data-API.

Artikel 6 - Dienstverlening en onderhoud
6.1 Het abonnement omvat: de hosting en het beheer van ParkSense Cloud, de connectiviteit van de
sensoren, de bewaking op afstand, de vervanging van defecte sensoren, de updates van de firmware
(op afstand) en van het platform, en de helpdesk.
6.2 De helpdesk is bereikbaar op werkdagen van 8.00 tot 18.00 uur, op 016 39 48 20, via
support@parksense.be en via het klantenportaal.
6.3 Interventietermijnen:
    Prioriteit 1 - dashboard, open data of geleidingsborden volledig buiten werking:
                   reactie binnen 2 uur, herstel binnen 8 uur
    Prioriteit 2 - een zone of meer dan 10 % van de sensoren zonder signaal:
                   reactie binnen 4 uur, herstel binnen 2 werkdagen
    Prioriteit 3 - andere meldingen: reactie binnen 1 werkdag, herstel binnen 10 werkdagen
6.4 ParkSense garandeert een beschikbaarheid van het platform en de API van 99,5 % per
kalendermaand, gepland onderhoud niet meegerekend. Gepland onderhoud wordt vijf werkdagen vooraf
gemeld en gebeurt tussen 0.00 en 6.00 uur.
6.5 Ligt de beschikbaarheid lager, dan krijgt de Stad een creditnota van 5 % van het maand-
abonnement per begonnen schijf van 0,5 %, met een maximum van 25 % van het maandabonnement.
6.6 Op de sensoren, inclusief hun batterij, en op de geleidingsborden geeft ParkSense een
waarborg van 60 maanden vanaf de voorlopige oplevering; defecte toestellen worden kosteloos
vervangen.

Artikel 7 - Duur en beëindiging
7.1 De overeenkomst loopt 48 maanden vanaf de voorlopige oplevering. Zij kan eenmaal voor 24
maanden worden verlengd door een uitdrukkelijke beslissing van het college, uiterlijk zes maanden
voor het einde; er is geen stilzwijgende verlenging.
7.2 Na 24 maanden kan de Stad de overeenkomst jaarlijks opzeggen met een opzeggingstermijn van drie
maanden, bij aangetekende brief.
7.3 Elke partij kan de overeenkomst ontbinden wanneer de andere partij een wezenlijke verplichting
niet nakomt en daaraan niet verhelpt binnen dertig dagen na een aangetekende ingebrekestelling.
7.4 Bij het einde van de overeenkomst bezorgt ParkSense binnen dertig dagen alle historische
bezettingsgegevens in CSV en JSON, en blijft zij gedurende zes maanden na het einde, tegen de
tarieven van artikel 2.5, meewerken aan de overstap naar een andere leverancier, onder meer door
de sensoren aan te sluiten op een ander platform.

Artikel 8 - Gegevens en intellectuele rechten
8.1 De bezettingsgegevens zijn eigendom van de Stad, die ze als open data mag publiceren.
ParkSense blijft eigenaar van ParkSense Cloud en van de firmware; de Stad krijgt een gebruiksrecht
voor de duur van de overeenkomst. De eigendom van de sensoren en borden gaat over op de Stad bij
de voorlopige oplevering.
8.2 De sensoren registreren alleen of een plaats bezet is en verwerken geen persoonsgegevens. Voor
de bewonersapp treedt ParkSense op als verwerker van de Stad volgens de verwerkersovereenkomst in
bijlage, met opslag uitsluitend in de Europese Unie.
8.3 Partijen houden alle vertrouwelijke informatie die zij in het kader van deze overeenkomst
ontvangen geheim, ook na het einde ervan.

Artikel 9 - Aansprakelijkheid
9.1 De aansprakelijkheid van ParkSense is beperkt tot het totale bedrag van de eenmalige vergoeding
van artikel 2.1, behalve bij opzet of zware fout. Onrechtstreekse schade wordt niet vergoed.

Artikel 10 - Geschillen
10.1 Op deze overeenkomst is het Belgisch recht van toepassing.
10.2 Een geschil wordt eerst voorgelegd aan het opvolgingscomité. Wordt binnen dertig dagen geen
oplossing gevonden, dan kunnen partijen in onderling akkoord een erkend bemiddelaar aanstellen.
Blijft het geschil bestaan, dan zijn de rechtbanken van Leuven bevoegd.

Opgemaakt te Tienen op 2 december 2026 in twee exemplaren.

Voor de Stad Tienen                                    Voor ParkSense bv

Inge Claes             Kristof Aerts                   Eline Verhaegen
algemeen directeur     burgemeester                    zaakvoerder
(handtekening)         (handtekening)                  (handtekening)

Bijlage: verwerkersovereenkomst bewonersapp
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
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 48,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 1800,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

NL_B20_GOLF_CLUB_TEE_TIME_SAAS_AGREEMENT = UnseenDocument(
    name="nl_b20_golf_club_tee_time_saas_agreement",
    text="""OVEREENKOMST VAN DIENSTVERLENING - GreenSlot Clubsoftware
Kenmerk: GS-OVK-2027-014

Partijen:
1. GreenSlot B.V., gevestigd te Amersfoort (Databankweg 12, 3821 AL), ingeschreven bij de Kamer van
   Koophandel onder nummer 81736204, hierbij vertegenwoordigd door de heer R. (Rob) van Dijk,
   directeur, hierna "GreenSlot";
2. Golfvereniging De Hooge Heide, gevestigd te Ermelo (Heideweg 40, 3852 NB), KvK 40098215, hierbij
   vertegenwoordigd door mevrouw J. (Joke) Mulder, voorzitter, en de heer H. (Henk) Bosman,
   penningmeester, hierna "de Vereniging";

komen het volgende overeen.

1. Dienst
1.1 GreenSlot verleent de Vereniging toegang tot GreenSlot Clubsoftware, een webapplicatie met
app voor leden, met de modules Ledenadministratie, Starttijdenreservering, Wedstrijdbeheer,
Greenfee-betalingen en de koppeling met het handicapregistratiesysteem van de NGF.
1.2 Niet inbegrepen zijn: betaalterminals en kassahardware, de transactiekosten van de
betaalprovider, de koppeling met de boekhouding van de Vereniging en maatwerk.

2. Toepasselijke voorwaarden
2.1 Op deze overeenkomst zijn de NLdigital Voorwaarden 2020 van toepassing, die de Vereniging
heeft ontvangen en waarvan zij kennis heeft genomen. Bij strijdigheid tussen deze overeenkomst en
de NLdigital Voorwaarden gaat deze overeenkomst voor. Inkoopvoorwaarden van de Vereniging zijn
uitgesloten.

3. Implementatie
3.1 GreenSlot richt de omgeving in, zet het ledenbestand (circa 820 leden), de openstaande
contributies en de baanindeling over uit het huidige pakket van de Vereniging en stelt de
koppeling met de NGF in.
3.2 De Vereniging levert uiterlijk 1 februari 2027 een export van het ledenbestand aan in het
importformaat van GreenSlot, wijst een functioneel beheerder aan (de heer Bosman) en zorgt dat de
NGF-machtiging tijdig is geregeld.
3.3 De livegang is voorzien op 1 maart 2027, voor de start van het seizoen.
3.4 GreenSlot verzorgt twee online trainingen (webinars) van twee uur voor het bestuur, de
secretariaatsmedewerkers en de marshals, en stelt een online kennisbank met instructievideo's
beschikbaar voor leden.

4. Vergoedingen en betaling
4.1 Bedragen exclusief btw:
    Implementatie en datamigratie (eenmalig)                        € 2.400,00
    Abonnement GreenSlot Clubsoftware: € 3,10 per lid per maand,
    bij 820 leden                                                   € 2.542,00 per maand
4.2 Het aantal leden wordt op 1 januari van elk jaar vastgesteld; het abonnement wordt daarop
aangepast.
4.3 De implementatie wordt bij livegang gefactureerd; het abonnement per kwartaal vooraf.
Facturen worden voldaan binnen 14 dagen na factuurdatum.
4.4 GreenSlot mag haar tarieven jaarlijks per 1 januari aanpassen. Een verhoging wordt ten minste
twee maanden vooraf aangekondigd.
4.5 Aanvullende werkzaamheden, zoals maatwerk of extra koppelingen, voert GreenSlot alleen uit na
een schriftelijke opdracht van de Vereniging op basis van een offerte, tegen een uurtarief van
€ 95,00.

5. Ondersteuning en beschikbaarheid
5.1 Het abonnement omvat de hosting, de ondersteuning van de functioneel beheerder en de
secretariaatsmedewerkers, en alle updates en nieuwe versies van de software. Leden van de
Vereniging worden door het secretariaat van de Vereniging geholpen, niet door GreenSlot.
5.2 De supportdesk is op werkdagen van 9.00 tot 17.00 uur bereikbaar via 033 207 18 40 en
support@greenslot.nl. In het weekend is voor storingen een noodnummer beschikbaar.
5.3 Bij een storing waardoor geen starttijden kunnen worden gereserveerd, reageert GreenSlot
binnen 4 uur; bij andere meldingen binnen 2 werkdagen.
5.4 GreenSlot spant zich in om een beschikbaarheid van 99 % op jaarbasis te realiseren. Dit is een
inspanningsverplichting. Onbeschikbaarheid geeft geen recht op korting, creditering of
schadevergoeding.
5.5 GreenSlot mag de functionaliteit van de dienst wijzigen, zolang de kernfunctionaliteit
(ledenadministratie en reserveren) behouden blijft. Updates worden in de regel 's nachts
uitgevoerd en vijf werkdagen vooraf aangekondigd.
5.6 De Vereniging heeft een vaste contactpersoon bij GreenSlot, mevrouw L. (Linda) Smit,
customer success manager, met wie jaarlijks in het najaar een evaluatiegesprek wordt gehouden.

6. Duur en beëindiging
6.1 De overeenkomst wordt aangegaan voor 36 maanden vanaf de livegang en wordt daarna telkens
stilzwijgend verlengd met 12 maanden, tenzij een partij uiterlijk drie maanden voor het einde van
de lopende periode schriftelijk opzegt.
6.2 Na afloop van de overeenkomst stelt GreenSlot de gegevens van de Vereniging op verzoek
eenmalig kosteloos beschikbaar als CSV-export, mits dit verzoek binnen 30 dagen na het einde wordt
gedaan. Daarna worden de gegevens verwijderd.

7. Intellectuele eigendom
7.1 Alle rechten op GreenSlot Clubsoftware berusten bij GreenSlot. De Vereniging verkrijgt voor de
duur van de overeenkomst een niet-exclusief, niet-overdraagbaar gebruiksrecht.

8. Geheimhouding en persoonsgegevens
8.1 Partijen houden vertrouwelijke informatie van de andere partij geheim.
8.2 GreenSlot verwerkt de persoonsgegevens van de leden als verwerker. Partijen sluiten hiervoor de
verwerkersovereenkomst in bijlage 2 (model NLdigital Data Pro Statement), die deel uitmaakt van deze
overeenkomst. De gegevens worden opgeslagen in datacenters in Nederland.

9. Aansprakelijkheid
9.1 De aansprakelijkheid van GreenSlot is beperkt tot het bedrag van de vergoedingen die de
Vereniging in de drie maanden voorafgaand aan de schade heeft betaald, met een maximum van
€ 5.000,00 per jaar. GreenSlot is niet aansprakelijk voor indirecte schade, gederfde omzet of het
verlies of verminken van gegevens.

10. Recht en forum
10.1 Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd aan de
bevoegde rechter van de rechtbank Midden-Nederland.

Aldus overeengekomen en in tweevoud ondertekend:

GreenSlot B.V.                           Golfvereniging De Hooge Heide

R. van Dijk, directeur                   J. Mulder, voorzitter       H. Bosman, penningmeester
Datum: 30-11-2026                        Datum: 03-12-2026           Datum: 03-12-2026
(handtekening)                           (handtekening)              (handtekening)

Bijlagen: 1. Productbeschrijving GreenSlot Clubsoftware 2027  2. Verwerkersovereenkomst
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
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
        "team.quality": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
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
        "legal.dispute_resolution": "missing",
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
        "payment_term_days": 14,
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99,
    },
)

NL_B20_EVENT_RENTAL_PLANNING_TOOL_QUOTE = UnseenDocument(
    name="nl_b20_event_rental_planning_tool_quote",
    text="""CODEKRAAN BV - software op maat
Nijverheidsstraat 21, 2260 Westerlo | 014 72 33 90 | hallo@codekraan.be | BTW BE 0741.552.906

                                                  Tentverhuur Van Gorp bv
                                                  t.a.v. mevrouw Katrien Van Gorp
                                                  Boerenkrijgstraat 88
                                                  2440 Geel

Westerlo, 24 november 2026
OFFERTE 2026-118 - Planningstool verhuur en logistiek                                 blz. 1/2

Beste Katrien,

Vandaag plannen jullie de verhuur van tenten, podia, tafels en verwarming in een groot Excel-
bestand en op het bord in de loods. Dubbele boekingen en vergeten onderdelen op de werf zijn het
gevolg. Op basis van ons gesprek van 18 november stellen we een webtoepassing voor die de
beschikbaarheid van het materiaal, de boekingen, de laadlijsten en de planning van de ploegen op
één plaats bijhoudt.

1. Inhoud
- materiaalbeheer: artikelen, sets (bv. tent 10x20 met alle onderdelen), aantallen en stock
- boekingen met beschikbaarheidscontrole per dag, opties en bevestigingen
- automatische laadlijsten en retourcontrole per opdracht (op tablet in de loods)
- ploegenplanning voor opbouw en afbraak, met weergave per week
- export van de boekingen naar jullie facturatiepakket (CSV)
- eenmalige import van de artikelenlijst en de lopende boekingen uit jullie Excel-bestanden
Niet inbegrepen: een klantenportaal of webshop, een rechtstreekse koppeling met de boekhouding,
tablets en andere hardware.

2. Werkwijze en prijs
Wij werken in regie, in sprints van twee weken. Na elke sprint tonen we het resultaat in een demo
bij jullie en bezorgen we een kort verslag met de gepresteerde uren en de planning voor de
volgende sprint.
Raming: 180 uur, waarvan ca. 120 uur ontwikkeling door Jens Mertens (senior developer, meer dan
tien jaar ervaring met webtoepassingen) en ca. 60 uur door Febe Wouters (junior developer).
    uurtarief senior developer              € 95,00
    uurtarief junior developer              € 70,00
    raming totaal (exclusief btw)           € 15.600,00
We factureren maandelijks de werkelijk gepresteerde uren. Dreigt de raming met meer dan 10 %
overschreden te worden, dan verwittigen we jullie vooraf en beslissen we samen hoe verder.
Onze uurtarieven kunnen jaarlijks op 1 januari worden aangepast.

3. Planning
Start in week 2 van 2027, oplevering van de eerste versie eind maart 2027, zodat de tool klaar is
voor het begin van het tentenseizoen in april. Jullie bezorgen ons vóór de start de actuele
Excel-bestanden en duiden een medewerker aan die bij elke demo aanwezig is.

4. Oplevering en nazorg
Na de laatste sprint testen jullie de toepassing gedurende tien werkdagen. Daarna stellen we
samen een proces-verbaal van oplevering op, met eventuele opmerkingen die we nog wegwerken. Fouten
in onze code die binnen 60 dagen na de oplevering worden gemeld, herstellen we kosteloos.
We geven een halve dag opleiding aan de planners en de loodsverantwoordelijke.

5. Hosting en ondersteuning
We hosten de toepassing op onze Azure-omgeving in West-Europa aan € 145,00 per maand (exclusief
btw), inclusief dagelijkse back-ups, beveiligingsupdates en kleine ondersteuningsvragen. Storingen
meldt u via support@codekraan.be; we reageren zo snel mogelijk. Het hostingcontract loopt 12
maanden vanaf de oplevering en wordt telkens stilzwijgend verlengd met 12 maanden, tenzij het
drie maanden voor het einde wordt opgezegd.

Deze offerte is 30 dagen geldig. Onze algemene voorwaarden op blz. 2 zijn van toepassing.

Met vriendelijke groeten,
Jens Mertens, zaakvoerder Codekraan bv

Voor akkoord Tentverhuur Van Gorp bv (datum, naam, handtekening):

.................................................

                                                                                        blz. 2/2
ALGEMENE VOORWAARDEN CODEKRAAN BV
1. Al onze offertes en overeenkomsten worden uitsluitend door deze voorwaarden beheerst; de
voorwaarden van de klant zijn niet van toepassing. Bij strijdigheid met de offerte gaan deze
voorwaarden voor.
2. Codekraan gaat enkel middelenverbintenissen aan. Leveringstermijnen zijn indicatief.
3. Facturen zijn betaalbaar binnen 30 dagen na factuurdatum. Bij laattijdige betaling is een
intrest van 10 % per jaar verschuldigd en mag Codekraan de toegang tot de toepassing opschorten en
de gegevens van de klant bijhouden tot volledige betaling.
4. De broncode blijft eigendom van Codekraan. De klant krijgt na volledige betaling een niet-
exclusief en niet-overdraagbaar gebruiksrecht voor intern gebruik.
5. De aansprakelijkheid van Codekraan is beperkt tot het bedrag van de hostingvergoeding van de
laatste maand. Codekraan is nooit aansprakelijk voor gegevensverlies of gevolgschade.
6. Bij geschillen is het Belgisch recht van toepassing en zijn de rechtbanken van Antwerpen,
afdeling Turnhout, bevoegd.
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "missing",
        "reporting.progress": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 60,
    },
)


NL_DOCUMENTS = [
    NL_B20_YOUTH_MOVEMENT_WEBSITE_EMAIL,
    NL_B20_SMART_PARKING_SENSORS_COOPERATION,
    NL_B20_GOLF_CLUB_TEE_TIME_SAAS_AGREEMENT,
    NL_B20_EVENT_RENTAL_PLANNING_TOOL_QUOTE,
]
