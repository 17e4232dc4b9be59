"""Training batch 9 (nl, writer e): four Dutch documents of kinds not used before.

1. nl_t9e_swimming_pool_access_maintenance: a formal Flemish maintenance contract (numbered
   articles, signed by both parties) between an IT supplier and a municipal sports company
   (AGB) for the access-control and cash system of a swimming pool, including the migration of
   the central server to the supplier's data centre, 7/7 helpdesk, availability and service
   credits, 48 months without tacit renewal.
2. nl_t9e_dental_imaging_server_offer: a Netherlands offer letter from an IT supplier to a
   dental practice for a new imaging server, NAS and offsite back-up with a monthly management
   fee; NLdigital terms apply, extra work on a time-and-materials basis, tacit renewal with
   three months' notice, client signature line left blank.
3. nl_t9e_construction_site_diary_saas: a Netherlands SaaS subscription agreement (signed by
   both parties) for a construction company's digital site-diary app, with the client's
   purchasing terms applying, pilot-based acceptance, SLA with credits, exit and continuity
   arrangements, and a yearly price change the supplier may impose.
4. nl_t9e_hardware_reseller_general_terms: the general sales and service terms of a Flemish IT
   hardware reseller (no signatures), with supplier terms prevailing, price changes, time and
   materials work, best efforts only, broad liability exclusions, a retention right on goods
   and data, and maintenance contracts renewing tacitly with three months' notice.

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

NL_T9E_SWIMMING_POOL_ACCESS_MAINTENANCE = UnseenDocument(
    name="nl_t9e_swimming_pool_access_maintenance",
    text="""ONDERHOUDSOVEREENKOMST TOEGANGSCONTROLE- EN KASSASYSTEEM ZWEMBAD DE KREEK
Overeenkomst nr. AQX-OH-2027-007

TUSSEN
Aquatix bv, met maatschappelijke zetel te Kachtemsestraat 212, 8800 Roeselare,
KBO 0734.552.196, vertegenwoordigd door de heer Pieter Vandenberghe, zaakvoerder,
hierna "de Leverancier",

EN
Autonoom Gemeentebedrijf Sport Meulebeke, met zetel te Marktplein 1, 8760 Meulebeke,
KBO 0838.271.604, vertegenwoordigd door mevrouw Griet Vermeulen, voorzitter van de raad van
bestuur, en de heer Koen Dewitte, directeur,
hierna "het AGB",

gegund bij beslissing van het directiecomité van het AGB van 24 november 2026 na een
onderhandelingsprocedure zonder voorafgaande bekendmaking,

WORDT OVEREENGEKOMEN WAT VOLGT:

Artikel 1 - Voorwerp en contractdocumenten
1.1 De Leverancier onderhoudt en ondersteunt het toegangscontrole- en kassasysteem van zwembad
De Kreek, Ingelmunstersestraat 40, 8760 Meulebeke, dat hij in 2022 heeft geleverd. Het systeem
omvat drie kassa's met de software Aquatix POS, vier tourniquets en een PMR-poort, de
RFID-lezers voor polsbandjes en abonnementskaarten, 420 lockers met RFID-sloten, de
webshopmodule voor online tickets en de centrale server. De volledige inventaris staat in
Bijlage 1.
1.2 In het kader van deze overeenkomst migreert de Leverancier de lokale centrale server naar
zijn datacenter in Roeselare (artikel 5).
1.3 De contractdocumenten zijn: deze overeenkomst, Bijlage 1 (inventaris en installatiedossier),
Bijlage 2 (offerte AQX-O-2026-188 van 12 oktober 2026) en Bijlage 3
(verwerkersovereenkomst). Bij strijdigheid gaat deze overeenkomst voor op de bijlagen, en
Bijlage 1 op Bijlage 2. De algemene voorwaarden van de Leverancier zijn niet van toepassing.

Artikel 2 - Inbegrepen en niet inbegrepen
2.1 Inbegrepen zijn: twee preventieve onderhoudsbeurten per jaar (in de technische stilstand in
januari en vóór het zomerseizoen, in de tweede helft van juni), volgens de checklist van
Bijlage 1; alle correctieve interventies, werkuren en verplaatsingen inbegrepen; kleine
onderdelen tot EUR 150,00 per interventie; updates, nieuwe versies en beveiligingspatches van
Aquatix POS, de webshopmodule en de servers; hosting en back-up van de centrale databank.
2.2 Niet inbegrepen zijn: onderdelen boven EUR 150,00 per interventie; herstellingen na
vandalisme, waterschade of verkeerd gebruik; de betaalterminals en het contract met de
betaaldienstverlener; het netwerk en de internetverbinding van het AGB.

Artikel 3 - Vergoeding en betaling
3.1 De onderhoudsvergoeding bedraagt EUR 11.880,00 excl. btw per jaar (EUR 990,00 per maand).
3.2 De migratie van artikel 5 gebeurt tegen een vaste prijs van EUR 2.350,00 excl. btw,
opleiding inbegrepen. De totale waarde van de opdracht over 48 maanden bedraagt
EUR 49.870,00 excl. btw.
3.3 De onderhoudsvergoeding wordt jaarlijks op 1 januari, voor het eerst op 1 januari 2028,
aangepast volgens de formule P = P0 x (0,2 + 0,8 x S / S0), met S het Agoria-referentieloon van
de maand oktober voorafgaand aan de aanpassing. Andere prijswijzigingen vereisen een schriftelijk
bijvoegsel, ondertekend door beide partijen.
3.4 Prestaties die niet onder artikel 2.1 vallen, worden enkel uitgevoerd na een schriftelijke
prijsopgave en een bestelbon van het AGB, tegen EUR 79,00 per uur en EUR 42,00 verplaatsing per
interventie. Bij een P1-storing buiten kantooruren volstaat het telefonisch akkoord van de
verantwoordelijke van dienst, dat de Leverancier dezelfde dag per e-mail bevestigt.
3.5 De onderhoudsvergoeding wordt per kwartaal vooraf gefactureerd, de migratie na de
ingebruikname. Facturen worden betaald binnen 30 dagen na ontvangst.

Artikel 4 - Helpdesk en interventietermijnen
4.1 Omdat het zwembad ook in het weekend open is, is de helpdesk elke dag van 7.00 tot 22.00
uur bereikbaar, ook op zon- en feestdagen, via 051 72 40 90, helpdesk@aquatix.be en het
klantenportaal.
4.2 Termijnen, gerekend vanaf de melding:
   P1 - geen enkele kassa werkt of bezoekers kunnen niet binnen:
        reactie binnen 30 minuten, technieker ter plaatse binnen 4 uur,
        herstel of noodoplossing binnen 6 uur
   P2 - één kassa, tourniquet of de webshop is defect:
        reactie binnen 2 uur, herstel de volgende dag
   P3 - andere storingen en vragen:
        reactie binnen 1 werkdag, herstel binnen 10 werkdagen
4.3 De Leverancier garandeert een beschikbaarheid van de centrale server en de webshop van
99,5 % per kalendermaand, gemeten tijdens de openingsuren van het zwembad.
4.4 Wordt de hersteltermijn van een P1-storing overschreden, dan crediteert de Leverancier 5 % van
de maandvergoeding per begonnen uur overschrijding. Ligt de beschikbaarheid in een maand onder
99,5 %, dan crediteert hij 10 % van de maandvergoeding. De creditering bedraagt samen ten hoogste
25 % van de maandvergoeding.

Artikel 5 - Migratie van de centrale server
5.1 De migratie gebeurt tijdens de jaarlijkse technische stilstand van het zwembad, van 11 tot en
met 15 januari 2027. Het zwembad heropent op maandag 18 januari 2027 met het gemigreerde systeem.
5.2 De Leverancier zet het klantenbestand, de lopende abonnementen, de saldo's van de
beurtenkaarten en de transactiehistoriek sinds 2022 volledig over. Op 15 januari 2027 voeren
partijen samen een test uit met tien testklanten, de verkoop aan elke kassa, de toegang via elke
tourniquet en een aankoop in de webshop. Het door beide partijen ondertekende testverslag geldt
als aanvaarding.
5.3 Het AGB zorgt uiterlijk op 15 december 2026 voor een internetverbinding van ten minste
100 Mbps, een VPN-regel op zijn firewall volgens de instructies van de Leverancier en toegang tot
het technisch lokaal tijdens de stilstand.
5.4 Kan het zwembad door toedoen van de Leverancier op 18 januari 2027 niet werken met het
gemigreerde systeem, dan blijft de lokale server kosteloos in gebruik en betaalt de Leverancier
een forfaitaire vergoeding van EUR 250,00 per dag, met een maximum van EUR 2.500,00.
5.5 Op 14 januari 2027 geeft de Leverancier twee opleidingen van twee uur voor de
onthaalmedewerkers en één opleiding voor de administratie. Op 18 januari 2027 is een technieker
van de Leverancier vanaf de opening aanwezig.
5.6 Gebreken die het gevolg zijn van de migratie herstelt de Leverancier kosteloos gedurende drie
maanden na de ingebruikname.

Artikel 6 - Organisatie en kwaliteit
6.1 Vaste accountmanager van het AGB is de heer Ruben Declercq. Aanspreekpunt van het AGB is
mevrouw Lies Vanneste, teamverantwoordelijke onthaal.
6.2 De interventies aan tourniquets en lockers gebeuren door techniekers met een certificaat van
de fabrikant. De Leverancier werkt volgens de regels van de kunst en de voorschriften van de
fabrikanten.
6.3 De Leverancier houdt het installatiedossier van Bijlage 1 (plannen, configuratie,
IP-adressen, serienummers) actueel en bezorgt het AGB na elke wijziging de bijgewerkte versie.
6.4 Na elke preventieve beurt bezorgt de Leverancier een onderhoudsverslag. Elk kwartaal bezorgt
hij een rapport met de storingen, de reactie- en hersteltijden en de beschikbaarheid. Eenmaal per
jaar evalueren de accountmanager en de directeur van het AGB de samenwerking.

Artikel 7 - Duur en beëindiging
7.1 De overeenkomst loopt van 1 januari 2027 tot en met 31 december 2030 (48 maanden). Zij eindigt
van rechtswege op die datum, zonder stilzwijgende verlenging.
7.2 Het AGB kan de overeenkomst jaarlijks opzeggen tegen 31 december, mits een opzeggingstermijn
van drie maanden, bij aangetekende brief.
7.3 Elke partij kan de overeenkomst ontbinden wanneer de andere partij een ernstige tekortkoming
niet herstelt binnen 30 dagen na een aangetekende ingebrekestelling.
7.4 Bij het einde van de overeenkomst bezorgt de Leverancier binnen tien werkdagen een export van
het klantenbestand, de abonnementen, de saldo's en de transacties in csv-formaat, met een
beschrijving van de velden. Gedurende drie maanden na het einde blijft hij het systeem
onderhouden tegen de geldende maandvergoeding en werkt hij mee aan de overdracht aan een nieuwe
leverancier, tegen het tarief van artikel 3.4. Daarna wist hij de gegevens en bevestigt hij dat
schriftelijk.

Artikel 8 - Aansprakelijkheid
De aansprakelijkheid van de Leverancier is per schadegeval beperkt tot de jaarlijkse
onderhoudsvergoeding, behalve bij opzet of zware fout. Gaan gegevens verloren door een fout van
de Leverancier, dan zet hij ze op eigen kosten terug vanaf de laatste back-up.

Artikel 9 - Software en gegevens
Aquatix POS en de webshopmodule blijven eigendom van de Leverancier; het AGB krijgt er een
gebruiksrecht op voor de duur van de overeenkomst. De gegevens van het AGB en zijn bezoekers
blijven eigendom van het AGB.

Artikel 10 - Vertrouwelijkheid en persoonsgegevens
10.1 Partijen houden alle informatie die zij van elkaar ontvangen vertrouwelijk, ook na het einde
van de overeenkomst.
10.2 De Leverancier verwerkt de persoonsgegevens van de bezoekers als verwerker volgens de
verwerkersovereenkomst van Bijlage 3, uitsluitend in zijn datacenter in België, en meldt een
datalek binnen 24 uur.

Artikel 11 - Geschillen
Bij een geschil overleggen eerst de accountmanager en de directeur van het AGB; is er binnen
30 dagen geen oplossing, dan kan elke partij naar de rechtbank stappen. Het Belgisch recht is van
toepassing. Bevoegd zijn de rechtbanken van het gerechtelijk arrondissement West-Vlaanderen,
afdeling Kortrijk.

Opgemaakt te Meulebeke op 4 december 2026, in drie exemplaren.

Voor Aquatix bv                       Voor het AGB Sport Meulebeke
Pieter Vandenberghe, zaakvoerder      Griet Vermeulen, voorzitter     Koen Dewitte, directeur
(handtekening)                        (handtekening)                  (handtekening)
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
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 48,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.5,
    },
)

NL_T9E_DENTAL_IMAGING_SERVER_OFFER = UnseenDocument(
    name="nl_t9e_dental_imaging_server_offer",
    text="""DentIT Solutions B.V.
Nijverheidsweg 18 | 3534 AM Utrecht | 030 760 44 10 | info@dentit.nl | KvK 71830452

Tandartsenpraktijk De Vecht
t.a.v. mevrouw M. (Marloes) de Graaf, praktijkhouder
Straatweg 91
3603 CR Maarssen

Utrecht, 1 december 2026
Offerte: DIT-2026-318
Betreft: vervanging beeldserver en back-up

Beste Marloes,

Bedankt voor het prettige gesprek van vorige week in de praktijk. Zoals besproken is jullie
server uit 2017, waarop Sidexis 4 en de röntgenbeelden van de afgelopen negen jaar staan, aan
vervanging toe. Hieronder ons voorstel.

Wat we doen
1. We leveren een nieuwe server (Dell PowerEdge T360, 64 GB geheugen, 2 x 960 GB SSD in RAID 1
   voor systeem en database, 4 x 4 TB in RAID 10 voor de beelden) met Windows Server 2025
   Standard en een UPS.
2. We installeren en testen de server eerst 48 uur in onze werkplaats voordat we hem leveren.
3. We zetten de Sidexis-database en alle beelden (ongeveer 1,4 TB, 180.000 opnames) over van de
   oude naar de nieuwe server en koppelen de zes behandelkamers, de intraorale sensoren en de
   OPG opnieuw.
4. Lokale back-up: een Synology NAS met elk uur een snapshot van de beelden en elke nacht een
   volledige back-up van de server.
5. Offsite back-up: elke nacht een versleutelde kopie (AES-256) naar ons datacenter in
   Amsterdam (NEN 7510 gecertificeerd), 30 dagelijkse en 12 maandelijkse versies.
Niet inbegrepen: de herinstallatie van Sidexis zelf, die door jullie dealer Henry Schein
gebeurt; het praktijkmanagementsysteem (draait in de cloud); de werkplekken.

Planning
De hardware is 2 tot 3 weken na jullie akkoord binnen. De overzetting doen we op een vrijdag
vanaf 13.00 uur, zodat alles maandagochtend klaar is. Jullie plannen de dealer van Henry Schein
in op die vrijdagmiddag en zorgen dat wij de licentiecodes van Sidexis vóór die datum hebben.
Maandag vanaf 7.30 uur is onze technicus in de praktijk om de assistentes te helpen. Samen met
jou lopen we dan een testlijst door (beelden openen in elke behandelkamer, nieuwe opname met
sensor en OPG, terugzetten van een beeld uit de back-up). Klopt alles, dan teken je de
opleverbon.

Investering (excl. btw)
   Server Dell PowerEdge T360 met 5 jaar ProSupport on-site     € 7.395,00
   Synology NAS met 4 x 8 TB en UPS                              € 2.450,00
   Licenties Windows Server 2025 Standard en 10 CAL's            € 1.320,00
   Installatie, overzetting en testen, vaste prijs (24 uur)      € 2.160,00
   Totaal eenmalig                                               € 13.325,00

   Beheer en back-up, per maand                                  €   189,00
   Dit omvat: monitoring van server en NAS, dagelijkse controle van de back-ups, maandelijks
   installeren van Windows-updates en beveiligingspatches, de offsite opslag tot 2 TB, een
   jaarlijkse hersteltest en onze helpdesk.

Werkzaamheden buiten deze offerte, zoals het aansluiten van extra werkplekken of storingen die
niet aan onze apparatuur liggen, rekenen we af op nacalculatie tegen het dan geldende uurtarief
(nu € 95,00 per uur). Het maandbedrag kan jaarlijks per 1 januari worden aangepast.

Betaling
Hardware, licenties en installatie factureren we na oplevering. Het beheer factureren we
maandelijks vooraf via automatische incasso. Onze facturen zijn betaalbaar binnen 14 dagen.

Support
Onze helpdesk is bereikbaar op werkdagen van 8.00 tot 17.30 uur via 030 760 44 11 of
support@dentit.nl. Kunnen jullie door een storing aan de server geen beelden maken of bekijken,
dan reageren we binnen 1 uur en zijn we zo nodig binnen 4 uur bij jullie in de praktijk.
Jullie vaste contactpersoon ben ik zelf. We leggen jullie installatie vast in ons
documentatiesysteem en jullie krijgen een overzicht van de configuratie en de wachtwoorden in
een verzegelde envelop. Elke maand ontvang je per mail een back-uprapport en eens per jaar komen
we langs voor een IT-gesprek.

Garantie
Op de server zit 5 jaar Dell ProSupport met on-site service de volgende werkdag, op de NAS 3 jaar
fabrieksgarantie.

Looptijd beheer
Het beheercontract loopt 36 maanden vanaf de oplevering en wordt daarna telkens stilzwijgend
verlengd met 12 maanden, tenzij het uiterlijk 3 maanden voor het einde schriftelijk wordt
opgezegd. Bij beëindiging verwijderen we de offsite back-ups na 30 dagen; op verzoek zetten we
ze eerst op een externe schijf voor jullie, tegen het uurtarief.

Privacy
Omdat het om patiëntgegevens gaat, sluiten we een verwerkersovereenkomst af; die is bijgevoegd
en tekenen we samen met deze offerte. Al onze medewerkers hebben een geheimhoudingsverklaring
ondertekend.

Voorwaarden
Op deze offerte zijn de NLdigital Voorwaarden 2020 van toepassing, die als bijlage zijn
meegestuurd. Onze aansprakelijkheid is beperkt zoals bepaald in artikel 16 van de NLdigital
Voorwaarden. Deze offerte is 30 dagen geldig.

Met vriendelijke groet,

Mark Jansen
accountmanager zorg, DentIT Solutions B.V.
06 41 87 22 90 | mark.jansen@dentit.nl

Voor akkoord, Tandartsenpraktijk De Vecht

Naam: ..............................   Datum: ..................

Handtekening: ......................
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
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
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
        "response_time_hours_highest_priority": 1,
    },
)

NL_T9E_CONSTRUCTION_SITE_DIARY_SAAS = UnseenDocument(
    name="nl_t9e_construction_site_diary_saas",
    text="""ABONNEMENTSOVEREENKOMST BOUWLOG DIGITAAL BOUWDAGBOEK
Kenmerk: BL/OV/2026/077

De ondergetekenden:

1. BouwLog B.V., gevestigd te Zwolle, kantoorhoudende aan de Dokterspad 9, 8011 XW Zwolle,
   KvK 80214377, te dezen vertegenwoordigd door de heer J. (Jeroen) Kuipers, algemeen directeur,
   hierna: "BouwLog";
2. Van Wijk Bouw B.V., gevestigd te Apeldoorn, kantoorhoudende aan de Ijsselstraat 120,
   7321 BE Apeldoorn, KvK 08122961, te dezen vertegenwoordigd door mevrouw A. (Anouk) van Wijk,
   directeur, hierna: "Van Wijk";

komen overeen als volgt.

Artikel 1 - Dienst
1.1 BouwLog stelt Van Wijk de dienst BouwLog Dagboek ter beschikking: een app voor iOS en Android
en een webportaal waarmee uitvoerders per project dagrapporten opstellen met weer, bezetting,
manuren, materieel, leveringen, foto's met locatie, incidenten en opleverpunten, en waarmee het
kwaliteitsdossier voor de Wet kwaliteitsborging wordt samengesteld. De app werkt ook zonder
verbinding en synchroniseert zodra er weer verbinding is.
1.2 Het abonnement omvat 120 gebruikers en een onbeperkt aantal projecten, hosting, opslag van
foto's tot 2 TB, back-ups, updates en support. Niet inbegrepen zijn de smartphones en tablets,
mobiele data, maatwerk en koppelingen anders dan de AFAS-koppeling van artikel 3.
1.3 Deel van deze overeenkomst zijn: Bijlage 1 (offerte BL-2026-0412 van 2 november 2026),
Bijlage 2 (Service Level Agreement) en Bijlage 3 (verwerkersovereenkomst). Bij strijdigheid gaat
deze overeenkomst voor, daarna Bijlage 2, Bijlage 3 en Bijlage 1.
1.4 Op deze overeenkomst zijn de Algemene Inkoopvoorwaarden van Van Wijk Bouw B.V. (2024) van
toepassing, met uitzondering van de artikelen die in strijd zijn met deze overeenkomst.
Leverings- of licentievoorwaarden van BouwLog worden uitdrukkelijk van de hand gewezen.

Artikel 2 - Vergoedingen
2.1 Abonnement: € 14,50 per gebruiker per maand, voor 120 gebruikers € 1.740,00 per maand.
Extra gebruikers kunnen per maand worden bijbesteld tegen hetzelfde tarief.
2.2 Onboarding (inrichting van sjablonen en rechten, import van gegevens, opleiding), eenmalig:
€ 4.800,00. Koppeling met AFAS Profit voor de export van manuren, vaste prijs: € 3.200,00.
2.3 De totale waarde van deze overeenkomst over de initiële looptijd bedraagt € 70.640,00.
2.4 BouwLog kan de prijs per gebruiker eenmaal per jaar per 1 januari aanpassen, met een
aankondiging van twee maanden. Bij een verhoging van meer dan 5 % mag Van Wijk de overeenkomst
opzeggen tegen de datum van de verhoging.
2.5 Maatwerk en extra koppelingen voert BouwLog uitsluitend uit na een schriftelijke offerte met
een urenraming en een schriftelijke opdracht van Van Wijk, tegen € 110,00 per uur.
2.6 Het abonnement wordt per kwartaal vooraf gefactureerd vanaf de ingebruikname, de onboarding
bij de start en de AFAS-koppeling na aanvaarding. Betaling binnen 30 dagen na factuurdatum.

Artikel 3 - Invoering
3.1 Planning: kick-off op 11 januari 2027; inrichting en AFAS-koppeling tot 5 februari 2027;
pilot op de projecten "Brede school Zuidbroek" en "Woonzorg De Ganzenhof" van 8 februari tot
5 maart 2027; uitrol naar alle projecten vanaf 15 maart 2027.
3.2 Van Wijk levert uiterlijk 8 januari 2027 de lijst van gebruikers, de lopende projecten uit
AFAS en haar huidige dagrapport- en checklistsjablonen aan, wijst een key user aan die gemiddeld
een dag per week beschikbaar is, en zorgt voor toestellen met ten minste iOS 16 of Android 12.
3.3 BouwLog importeert de gebruikers, projecten en medewerkers uit AFAS. Papieren dagboeken van
lopende projecten worden niet overgezet.
3.4 Aan het einde van de pilot beoordeelt Van Wijk de dienst aan de hand van de volgende
criteria: de dagrapporten van beide projecten zijn volledig, de manuren komen foutloos in AFAS
en het Wkb-dossier kan als PDF worden geëxporteerd. Is aan alle criteria voldaan, dan bevestigt
Van Wijk de aanvaarding schriftelijk; anders herstelt BouwLog de bevindingen binnen tien
werkdagen en wordt de beoordeling herhaald.
3.5 Vindt de uitrol door oorzaken aan de zijde van BouwLog later plaats dan 15 april 2027, dan
is het abonnement pas verschuldigd vanaf de werkelijke uitrol en vermindert de onboardingprijs
met 10 %.
3.6 BouwLog geeft drie trainingsdagen voor de uitvoerders en werkvoorbereiders, verdeeld over de
vestigingen Apeldoorn en Deventer, en stelt instructievideo's en een beheerdershandleiding ter
beschikking. De key user krijgt een afzonderlijke beheerderstraining.
3.7 Fouten in de AFAS-koppeling worden gedurende drie maanden na aanvaarding kosteloos hersteld.

Artikel 4 - Team en kwaliteit
4.1 Implementatieconsultant is mevrouw S. (Sanne) de Boer; na de uitrol is de heer T. (Thijs)
Mulder de vaste customer success manager van Van Wijk.
4.2 BouwLog is ISO 27001-gecertificeerd. Elke nieuwe versie wordt vóór de uitrol geautomatiseerd
en handmatig getest in een acceptatieomgeving.

Artikel 5 - Service levels
5.1 BouwLog garandeert een beschikbaarheid van het webportaal en de synchronisatie van 99,5 % per
kalendermaand, exclusief aangekondigd onderhoud op zondag tussen 22.00 en 02.00 uur.
5.2 Support is bereikbaar op werkdagen van 7.00 tot 17.00 uur via de chat in de app,
038 303 12 50 en support@bouwlog.nl.
5.3 Termijnen:
   Kritiek (dienst voor alle gebruikers onbruikbaar)   reactie 1 uur     oplossing of workaround 4 uur
   Hoog (een functie onbruikbaar)                      reactie 4 uur     oplossing 1 werkdag
   Normaal                                             reactie 1 werkdag oplossing 5 werkdagen
5.4 Bij een beschikbaarheid onder 99,5 % crediteert BouwLog 5 % van de maandvergoeding per
begonnen 0,5 % tekort, met een maximum van 25 %. Ligt de beschikbaarheid drie maanden op rij
onder 98 %, dan mag Van Wijk de overeenkomst met onmiddellijke ingang opzeggen.
5.5 Updates en nieuwe functies worden zonder meerkosten doorgevoerd; wijzigingen die de werkwijze
van gebruikers raken, worden ten minste 30 dagen vooraf met release notes aangekondigd.
5.6 BouwLog stelt maandelijks in het portaal een servicerapport beschikbaar met de beschikbaarheid
en de afgehandelde meldingen. Elk kwartaal bespreken de customer success manager en de key user
het rapport. Problemen die daar niet worden opgelost, worden geëscaleerd naar de algemeen
directeur van BouwLog en de directeur van Van Wijk.

Artikel 6 - Duur en einde
6.1 De overeenkomst gaat in op 15 maart 2027 en heeft een looptijd van 36 maanden. Daarna wordt
zij stilzwijgend verlengd met telkens 12 maanden, tenzij een partij uiterlijk twee maanden vóór
het einde van de lopende periode schriftelijk opzegt.
6.2 Iedere partij kan de overeenkomst ontbinden indien de andere partij na een schriftelijke
ingebrekestelling met een termijn van 30 dagen tekort blijft schieten.
6.3 Binnen 30 dagen na het einde levert BouwLog alle gegevens van Van Wijk aan: de dagrapporten en
Wkb-dossiers als PDF, de gegevens als CSV en JSON en de foto's in de oorspronkelijke bestanden.
Op verzoek zet BouwLog de dienst na het einde nog ten hoogste zes maanden voort tegen het geldende
abonnementstarief en werkt zij mee aan de overdracht aan een opvolgende leverancier tegen het
uurtarief van artikel 2.5. Drie maanden na de levering van de gegevens verwijdert BouwLog alle
gegevens.
6.4 BouwLog heeft een continuïteitsregeling getroffen bij Escrow4all: bij faillissement van BouwLog
blijft de dienst ten minste zes maanden beschikbaar en krijgt Van Wijk de beschikking over haar
gegevens.

Artikel 7 - Aansprakelijkheid, rechten en gegevens
7.1 De aansprakelijkheid van BouwLog is per jaar beperkt tot de vergoedingen die Van Wijk in de
twaalf maanden voorafgaand aan de schade heeft betaald, met een maximum van € 50.000,00, behalve
bij opzet of bewuste roekeloosheid. BouwLog maakt dagelijks back-ups en herstelt verloren gegane
gegevens op eigen kosten.
7.2 De intellectuele eigendomsrechten op BouwLog Dagboek berusten bij BouwLog; Van Wijk krijgt een
niet-exclusief gebruiksrecht voor de duur van de overeenkomst. Alle door Van Wijk ingevoerde
gegevens en foto's zijn en blijven van Van Wijk.
7.3 Partijen houden elkaars vertrouwelijke informatie, waaronder projectgegevens en prijzen,
geheim.
7.4 BouwLog verwerkt persoonsgegevens van medewerkers en onderaannemers als verwerker volgens
Bijlage 3, uitsluitend in datacenters in de Europese Unie.

Artikel 8 - Geschillen en recht
Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden eerst voorgelegd aan de
directies van beide partijen; komen zij er binnen 30 dagen niet uit, dan worden zij voorgelegd
aan de rechtbank Gelderland, locatie Arnhem.

Aldus overeengekomen en in tweevoud ondertekend,

BouwLog B.V.                                   Van Wijk Bouw B.V.
J. Kuipers, algemeen directeur                 A. van Wijk, directeur
Zwolle, 2 december 2026                        Apeldoorn, 4 december 2026
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
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

NL_T9E_HARDWARE_RESELLER_GENERAL_TERMS = UnseenDocument(
    name="nl_t9e_hardware_reseller_general_terms",
    text="""ALGEMENE VERKOOPS- EN DIENSTVERLENINGSVOORWAARDEN
PC-CENTRUM KEMPEN BV
Turnhoutsebaan 155, 2400 Mol - BTW BE 0465.903.218 - RPR Antwerpen, afdeling Turnhout
tel. 014 31 77 20 - info@pccentrumkempen.be - versie 1 maart 2026

Artikel 1 - Toepassing
1.1 Deze voorwaarden zijn van toepassing op alle offertes, bestellingen, leveringen van hardware
en software, installaties, herstellingen en andere prestaties van PC-Centrum Kempen bv
(hierna "PC-Centrum") aan professionele klanten.
1.2 Door het plaatsen van een bestelling aanvaardt de klant deze voorwaarden. Zij hebben voorrang
op de algemene voorwaarden of aankoopvoorwaarden van de klant, ook als die later worden
meegedeeld. Afwijkingen gelden enkel als PC-Centrum ze schriftelijk heeft aanvaard.
1.3 PC-Centrum mag deze voorwaarden op elk moment wijzigen. De gewijzigde voorwaarden gelden voor
alle bestellingen en lopende contracten vanaf hun publicatie op www.pccentrumkempen.be.

Artikel 2 - Offertes en bestellingen
2.1 Offertes zijn veertien dagen geldig, tenzij anders vermeld. Zij zijn gebaseerd op de
inkoopprijzen en wisselkoersen op de datum van de offerte.
2.2 De overeenkomst komt tot stand door de schriftelijke orderbevestiging van PC-Centrum of door
het begin van de uitvoering.
2.3 Annuleert de klant een bestelling, dan is hij een forfaitaire schadevergoeding van 30 % van de
prijs verschuldigd. Speciaal voor de klant bestelde of geconfigureerde goederen worden volledig
aangerekend.

Artikel 3 - Prijzen
3.1 Alle prijzen zijn in euro, exclusief btw, Recupel- en Bebat-bijdrage. Voor bestellingen onder
EUR 500,00 wordt EUR 15,00 transportkosten aangerekend.
3.2 Stijgen de inkoopprijzen, wisselkoersen, heffingen of transportkosten tussen de offerte en de
levering, dan mag PC-Centrum de prijs dienovereenkomstig aanpassen.
3.3 Installatie, configuratie, het overzetten van gegevens, interventies ter plaatse en andere
prestaties die niet uitdrukkelijk in de offerte zijn opgenomen, worden in regie aangerekend per
begonnen halfuur tegen het op dat moment geldende uurtarief (momenteel EUR 85,00 per uur voor
een technieker), vermeerderd met een verplaatsingsforfait van EUR 40,00.

Artikel 4 - Levering
4.1 Leveringstermijnen worden enkel ter informatie opgegeven. Een vertraging in de levering geeft
de klant geen recht op schadevergoeding, noch op ontbinding van de overeenkomst.
4.2 Het risico gaat over op de klant bij de levering. Haalt de klant de goederen niet af binnen
vijftien dagen na de melding dat zij klaarstaan, dan rekent PC-Centrum EUR 10,00 opslagkosten per
dag aan.
4.3 Voor een installatie ter plaatse zorgt de klant op de afgesproken datum voor toegang tot de
ruimtes, voor stroom- en netwerkaansluitingen en voor de gebruikersnamen, wachtwoorden en
licentiecodes die nodig zijn.

Artikel 5 - Eigendomsvoorbehoud
De geleverde goederen blijven eigendom van PC-Centrum tot de volledige betaling van de prijs,
de kosten en de interesten.

Artikel 6 - Betaling
6.1 Facturen zijn betaalbaar binnen 30 dagen na factuurdatum, op het rekeningnummer van
PC-Centrum. Herstellingen worden contant betaald bij het afhalen.
6.2 Bij niet-betaling op de vervaldag is van rechtswege en zonder ingebrekestelling een interest
van 10 % per jaar verschuldigd, en een forfaitaire schadevergoeding van 10 % van het
factuurbedrag met een minimum van EUR 75,00.
6.3 Zolang een factuur niet betaald is, mag PC-Centrum verdere leveringen en prestaties opschorten
en heeft zij een retentierecht op alle goederen van de klant die zich bij haar bevinden, met
inbegrip van de daarop opgeslagen gegevens.

Artikel 7 - Klachten
Zichtbare gebreken en afwijkingen van de bestelling moeten binnen acht dagen na de levering
schriftelijk worden gemeld; daarna gelden de goederen als aanvaard. Klachten over een factuur
moeten binnen acht dagen na de factuurdatum schriftelijk en gemotiveerd worden ingediend.

Artikel 8 - Waarborg
8.1 Op nieuwe hardware geldt uitsluitend de waarborg van de fabrikant, onder de voorwaarden en
voor de duur die de fabrikant bepaalt. PC-Centrum handelt de waarborgaanvraag af; de
verzendkosten en de werkuren buiten de fabriekswaarborg zijn voor rekening van de klant.
8.2 Op installatie- en herstellingswerken van PC-Centrum geldt een waarborg van drie maanden:
fouten in de uitvoering worden binnen die termijn kosteloos hersteld.
8.3 Van de waarborg zijn uitgesloten: slijtage, verkeerd gebruik, val- en waterschade, virussen,
software van derden en ingrepen door de klant of door derden.

Artikel 9 - Herstellingen en helpdesk
9.1 De winkel, het atelier en de telefonische helpdesk zijn open op werkdagen van 9.00 tot
18.00 uur en op zaterdag van 10.00 tot 16.00 uur. Meldingen kunnen ook via
support@pccentrumkempen.be.
9.2 PC-Centrum behandelt meldingen en herstellingen zo snel mogelijk. Herstellingstermijnen zijn
indicatief. Voor elke herstelling in het atelier wordt een diagnosekost van EUR 45,00 aangerekend,
die wordt verrekend als de klant de herstelling laat uitvoeren.
9.3 De klant maakt vóór elke herstelling of interventie een back-up van zijn gegevens.
PC-Centrum is in geen geval verantwoordelijk voor het verlies of de beschadiging van gegevens.
9.4 PC-Centrum gaat voor al haar prestaties uitsluitend een middelenverbintenis aan.

Artikel 10 - Onderhoudscontracten
10.1 Onderhoudscontracten (formules Basic en Pro) worden afgesloten voor twaalf maanden. De
inhoud van elke formule wordt in het afzonderlijke contract beschreven.
10.2 Zij worden stilzwijgend verlengd voor opeenvolgende periodes van twaalf maanden, tenzij een
partij ten minste drie maanden vóór de vervaldag opzegt bij aangetekende brief.

Artikel 11 - Aansprakelijkheid
11.1 De aansprakelijkheid van PC-Centrum is in alle gevallen beperkt tot de factuurwaarde van het
product of de prestatie die de schade heeft veroorzaakt.
11.2 PC-Centrum is nooit aansprakelijk voor onrechtstreekse schade, zoals bedrijfsonderbreking,
winstderving, verlies van gegevens of aanspraken van derden.

Artikel 12 - Software en intellectuele rechten
12.1 Software van derden wordt geleverd onder de licentievoorwaarden van de uitgever, die de
klant aanvaardt bij de installatie.
12.2 Offertes, plannen, scripts en documentatie van PC-Centrum blijven haar eigendom en mogen niet
zonder haar toestemming aan derden worden bezorgd.

Artikel 13 - Vertrouwelijkheid en persoonsgegevens
13.1 PC-Centrum en de klant houden vertrouwelijke informatie die zij van elkaar ontvangen geheim.
13.2 Voor zover PC-Centrum bij een herstelling of interventie toegang krijgt tot persoonsgegevens,
verwerkt zij die enkel voor die opdracht. Op verzoek van de klant wordt een
verwerkersovereenkomst opgemaakt. Voor haar eigen verwerkingen verwijst PC-Centrum naar haar
privacyverklaring op de website.

Artikel 14 - Ontbinding
Als de klant zijn verplichtingen niet nakomt, failliet gaat of zijn activiteiten stopzet, mag
PC-Centrum de overeenkomst van rechtswege en zonder voorafgaande ingebrekestelling ontbinden,
onverminderd haar recht op schadevergoeding.

Artikel 15 - Toepasselijk recht en bevoegde rechtbank
Op alle overeenkomsten is het Belgisch recht van toepassing. Bij betwisting zijn uitsluitend de
rechtbanken van het gerechtelijk arrondissement Antwerpen, afdeling Turnhout, bevoegd.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.extra_costs": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "timing.client_obligations": "covered",
        "team.named_team": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "missing",
        "maintenance.services": "partial",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
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
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": True,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
    },
)

DOCUMENTS = [
    NL_T9E_SWIMMING_POOL_ACCESS_MAINTENANCE,
    NL_T9E_DENTAL_IMAGING_SERVER_OFFER,
    NL_T9E_CONSTRUCTION_SITE_DIARY_SAAS,
    NL_T9E_HARDWARE_RESELLER_GENERAL_TERMS,
]
