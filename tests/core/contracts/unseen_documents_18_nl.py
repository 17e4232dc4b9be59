"""Held-out batch 18, Dutch documents: a short informal Flemish e-mail offer from a one-man IT
business for two PCs, a label printer, Wi-Fi and the set-up of booking software in a dog and cat
boarding kennel, accepted by a reply e-mail "akkoord"; a formal Flemish maintenance contract with
numbered articles for the payment terminals, token changer, number-plate reader and management
software of a carwash (signed by both parties); a Netherlands subscription agreement for a
patient-recall SaaS for a group of eleven dental practices, with the offer, an SLA, a processing
agreement and the NLdigital Voorwaarden as annexes (signed by both parties; the SLA annex itself
is not reproduced, so the service levels are only a cross-reference); and a Flemish SLA annex to a
framework agreement for the management of a school group's Microsoft 365 tenant and Intune
devices (signed by both parties).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions: months =
30 days for notice and warranty; response time of the highest priority in hours (working hours
counted as hours; 15 minutes = 0.25, 30 minutes = 0.5); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned; partial = mentioned but vague, a bare
cross-reference without content, a placeholder, best efforts only, or a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

NL_B18_PET_BOARDING_PC_WIFI_OFFER = UnseenDocument(
    name="nl_b18_pet_boarding_pc_wifi_offer",
    text="""Van: Jens Peeters <jens@peeters-ict.be>
Aan: info@dierenpensionhetbaasje.be
Datum: 1 december 2026 09:12
Onderwerp: Offerte pc's, wifi en boekingssoftware - Dierenpension 't Baasje

Dag Sofie,

Nog eens bedankt voor de koffie zaterdag, en excuses aan Max dat ik op zijn staart stond :-)
Zoals beloofd hierbij mijn prijsvoorstel voor het onthaal en het bureau.

Wat ik voorzie:
- 2 nieuwe pc's (Lenovo ThinkCentre Neo 50s, i5, 16 GB, 512 GB SSD, Windows 11 Pro)
  met 24"-scherm, klavier en muis: 2 x € 895,00 = € 1.790,00
- 1 etiketprinter Brother QL-820NWB voor de kooikaartjes: € 189,00
- wifi: 2 access points Ubiquiti U7 Lite (onthaal + achterste loodsen/speelweide) en een
  kleine PoE-switch: € 465,00
- installatie en configuratie van alles hierboven, overzetten van jullie bestanden en mails
  van de oude pc naar de nieuwe, instellen van een apart gastennetwerk voor klanten: 6 uur
  x € 65,00 = € 390,00
- installeren en instellen van PetBooker (de boekingssoftware die jullie gekozen hebben) op
  beide pc's, inlezen van de klantenlijst uit jullie Excel-bestand: € 130,00 (2 uur)

Totaal: € 2.964,00 excl. btw.

Wat er niet in zit: het abonnement op PetBooker zelf (dat lopen jullie rechtstreeks met hen),
kabels trekken naar de loodsen (als de bestaande netwerkkabel naar de loods niet goed blijkt,
laat ik het je eerst weten en vraag ik een prijs aan een elektricien), en de Microsoft
365-licenties, die hebben jullie al.

Planning: de pc's kan ik bestellen zodra je akkoord geeft, levertijd bij mijn groothandel is
normaal een week. Ik kom dan een maandag installeren (jullie sluitingsdag), dan hebben jullie
er geen last van. Reken op een volle dag. Zorg wel dat ik die dag het wachtwoord van jullie
Proximus-modem en de login van PetBooker heb, en dat de Excel met klanten up-to-date is.

Na de installatie loop ik met jou en Kobe een uurtje door de nieuwe pc's en de PetBooker-
schermen, dat is inbegrepen.

Garantie: op de hardware zit 3 jaar fabrieksgarantie van Lenovo (on-site) en 1 jaar op de
printer en de access points. Loopt er iets mis met wat ik ingesteld heb, dan kom ik dat de
eerste maand gratis rechtzetten.

Achteraf: er is geen vast onderhoudscontract nodig. Als er iets is, bel of stuur je me een
berichtje (0478 22 91 30), ik probeer altijd dezelfde of de volgende werkdag te reageren,
maar ik ben een eenmanszaak dus beloven kan ik niks. Werk na de installatie reken ik aan
€ 65,00 per uur, verplaatsing binnen 20 km gratis. Windows-updates staan automatisch aan, die
hoeven jullie niet zelf te doen.

Betaling: de hardware factureer ik bij levering, de werkuren na de installatie. Betalen
binnen 14 dagen na factuurdatum graag.

Als het goed is voor jullie, volstaat een mailtje terug met "akkoord" en dan bestel ik
alles. De prijzen van de hardware zijn geldig tot 15 december, daarna moet ik ze opnieuw
nakijken bij de groothandel.

Groetjes,
Jens

Jens Peeters
Peeters ICT - IT voor zelfstandigen en kmo's
Kerkstraat 14, 2275 Lille | 0478 22 91 30 | BTW BE 0712.884.105

---

Van: Sofie Van Dyck <info@dierenpensionhetbaasje.be>
Aan: Jens Peeters <jens@peeters-ict.be>
Datum: 1 december 2026 20:47
Onderwerp: RE: Offerte pc's, wifi en boekingssoftware - Dierenpension 't Baasje

Hoi Jens, akkoord! Maandag 14/12 past ons het best. Max vergeeft het je.
Groetjes, Sofie
""",
    items={
        "agreement.general_terms": "missing",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.recurring_cost": "missing",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "partial",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.duration_renewal": "missing",
        "exit.termination": "missing",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 14,
        "warranty_days": 30,
    },
)

NL_B18_CARWASH_PAYMENT_TERMINAL_MAINTENANCE = UnseenDocument(
    name="nl_b18_carwash_payment_terminal_maintenance",
    text="""ONDERHOUDSOVEREENKOMST BETAALTERMINALS EN KASSASOFTWARE
Overeenkomst nr. OC-2026-0457

TUSSEN
WashPay Systems bv, Hoogveld 31, 9200 Dendermonde, ondernemingsnummer 0689.442.731,
vertegenwoordigd door mevrouw Elke Van Hecke, zaakvoerder,
hierna "de Leverancier",

EN
Carwash Glans bv, Brusselsesteenweg 402, 9300 Aalst, ondernemingsnummer 0811.230.967,
vertegenwoordigd door de heer Tom De Smet, bestuurder,
hierna "de Klant".

Artikel 1 - Voorwerp
1.1 De Leverancier staat in voor het onderhoud van de betaal- en toegangsinstallatie van de
wasstraat en de zes zelfwasboxen van de Klant op bovenvermeld adres, namelijk: de
betaalzuil aan de inrit (muntbetaling, bankkaart en contactloos), de zes boxterminals
(munten, jetons, klantenkaart), de jetonwisselaar, de kentekenlezer van de wasstraat en de
softwaretoepassing WashPay Manager (beheer van wasprogramma's, klantenkaarten, abonnementen
en omzetrapporten).
1.2 De lijst van de installatie met serienummers staat in bijlage 1. Toestellen die de Klant
later bijplaatst, vallen pas onder deze overeenkomst na schriftelijke aanvulling van
bijlage 1 en aanpassing van de vergoeding.

Artikel 2 - Diensten
2.1 Preventief onderhoud: twee bezoeken per jaar (in maart en in oktober) met reiniging en
controle van de munt- en jetonproevers, de kaartlezers en de printers, test van alle
betaalwijzen en controle van de kasladen.
2.2 Correctief onderhoud: herstelling van storingen aan de installatie uit bijlage 1, ter
plaatse of op afstand, arbeid en verplaatsing inbegrepen. Onderdelen worden aangerekend
volgens de prijslijst van de Leverancier, behalve onderdelen onder fabrieksgarantie.
2.3 Software: WashPay Manager blijft up-to-date. Updates en beveiligingspatches worden op
afstand geïnstalleerd na aankondiging, buiten de openingsuren van de Klant. De Leverancier
zorgt dat de betaalterminals blijven voldoen aan de eisen van de acquirer (PCI-certificatie
van de kaartlezers).
2.4 Niet inbegrepen: schade door vandalisme, inbraak, vorst, overstroming of verkeerd gebruik,
het leegmaken van munt- en jetonkassen, de transactiekosten van de acquirer en het
internetabonnement van de Klant.

Artikel 3 - Bereikbaarheid en interventietijden
3.1 De helpdesk is bereikbaar op 053 41 77 90 en via support@washpay.be, op werkdagen van
8.00 tot 18.00 uur. Voor storingen van prioriteit 1 is er op zaterdag, zondag en feestdagen
een wachtdienst van 8.00 tot 20.00 uur op hetzelfde nummer.
3.2 Prioriteit 1: de betaalzuil van de wasstraat of meer dan de helft van de boxen kan niet
afrekenen. De Leverancier reageert binnen 1 uur en herstelt of voorziet een noodoplossing
binnen 4 uur.
Prioriteit 2: één box, de jetonwisselaar of één betaalwijze valt uit. Reactie binnen
4 werkuren, herstelling binnen 2 werkdagen.
Prioriteit 3: vragen, rapporten, kleine storingen in WashPay Manager. Reactie binnen
2 werkdagen.
3.3 Wordt de hersteltermijn van prioriteit 1 met meer dan 4 uur overschreden, dan crediteert
de Leverancier 10 % van de maandelijkse vergoeding per overschrijding, met een maximum van
50 % van de vergoeding van die maand.
3.4 De Klant houdt een logboek bij van storingen en verleent toegang tot de technische
ruimte. Hij zorgt voor een werkende internetverbinding voor onderhoud op afstand.
3.5 De servers van WashPay Manager zijn beschikbaar 99,5 % van de tijd, gemeten per
kalendermaand, gepland onderhoud buiten de openingsuren niet meegerekend.

Artikel 4 - Vergoeding en betaling
4.1 De vergoeding bedraagt € 265,00 per maand excl. btw, waarvan € 45,00 voor de licentie
en hosting van WashPay Manager. Ze wordt per kwartaal vooraf gefactureerd.
4.2 Onderdelen en werken buiten deze overeenkomst worden aangerekend aan € 78,00 per uur
en € 0,45 per km; de Leverancier bezorgt hiervoor vooraf een prijsopgave die de Klant
schriftelijk (ook per mail) goedkeurt, behalve bij herstellingen onder prioriteit 1 tot een
bedrag van € 400,00.
4.3 De vergoeding en de tarieven worden op 1 januari van elk jaar geïndexeerd volgens de
formule P1 = P0 x (0,2 + 0,8 x S1/S0), waarbij S de Agoria-referentieloonkost is.
4.4 Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

Artikel 5 - Duur en beëindiging
5.1 Deze overeenkomst gaat in op 1 januari 2027 voor een duur van 36 maanden.
5.2 Daarna wordt ze stilzwijgend verlengd voor opeenvolgende periodes van 12 maanden, tenzij
een partij ze opzegt per aangetekende brief minstens 3 maanden vóór het einde van de
lopende periode.
5.3 Elke partij kan de overeenkomst met onmiddellijke ingang beëindigen bij een ernstige
tekortkoming van de andere partij die niet binnen 30 dagen na een aangetekende
ingebrekestelling is verholpen.
5.4 Bij het einde bezorgt de Leverancier de Klant kosteloos een volledige export van de
klantenkaarten, abonnementen en omzetgegevens uit WashPay Manager in CSV-formaat, binnen
15 dagen na de einddatum. Daarna worden de gegevens op de servers van de Leverancier
gewist.

Artikel 6 - Aansprakelijkheid
6.1 De Leverancier is aansprakelijk voor schade die hij opzettelijk of door zware fout
veroorzaakt. Voor het overige is zijn aansprakelijkheid per schadegeval beperkt tot het
bedrag van de vergoedingen van de laatste 12 maanden.
6.2 De Leverancier is niet aansprakelijk voor omzetverlies door stilstand van de installatie,
behalve wanneer die het gevolg is van een overschrijding van de termijnen van artikel 3.

Artikel 7 - Persoonsgegevens en vertrouwelijkheid
7.1 WashPay Manager bevat persoonsgegevens van abonnees van de Klant (naam, e-mail,
nummerplaat). De Leverancier verwerkt ze enkel als verwerker in opdracht van de Klant
volgens de verwerkersovereenkomst in bijlage 2, die deel uitmaakt van deze overeenkomst.
7.2 Partijen houden alle informatie over elkaars onderneming, waaronder omzetcijfers en
prijzen, geheim, tijdens de overeenkomst en vijf jaar daarna.

Artikel 8 - Toepasselijke voorwaarden en geschillen
8.1 Deze overeenkomst en haar bijlagen vormen het geheel van de afspraken. De algemene
voorwaarden van partijen zijn niet van toepassing.
8.2 Bij een geschil zoeken partijen eerst in een overleg tussen de zaakvoerders een
oplossing. Lukt dat niet binnen 30 dagen, dan is het Belgisch recht van toepassing en zijn
enkel de ondernemingsrechtbanken van Gent, afdeling Dendermonde, bevoegd.

Bijlagen: 1. Lijst van de installatie  2. Verwerkersovereenkomst

Opgemaakt te Aalst op 20 november 2026, in twee exemplaren, waarvan elke partij er één
ontvangt.

Voor WashPay Systems bv                        Voor Carwash Glans bv
Elke Van Hecke, zaakvoerder                    Tom De Smet, bestuurder
(handtekening)                                 (handtekening)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.user_support": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
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
        "risk.auto_renewal": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

NL_B18_DENTAL_RECALL_SAAS_AGREEMENT = UnseenDocument(
    name="nl_b18_dental_recall_saas_agreement",
    text="""ABONNEMENTSOVEREENKOMST RECALLPLUS

De ondergetekenden:

1. RecallPlus B.V., gevestigd te (3521 AZ) Utrecht, Croeselaan 18, ingeschreven bij de Kamer
   van Koophandel onder nummer 81224590, hierbij rechtsgeldig vertegenwoordigd door de heer
   M. (Martijn) Brouwer, algemeen directeur, hierna: "RecallPlus";

2. Tandzorg Groep Oost B.V., gevestigd te (7511 JA) Enschede, Oude Markt 9, ingeschreven bij de
   Kamer van Koophandel onder nummer 70931154, hierbij rechtsgeldig vertegenwoordigd door
   mevrouw drs. A. (Annelies) Kuipers, bestuurder, hierna: "de Klant";

overwegende dat:
- de Klant elf tandartspraktijken exploiteert in Twente en de Achterhoek en de oproepen van
  patiënten voor periodieke controle en mondhygiëne wil automatiseren;
- RecallPlus een webapplicatie aanbiedt die patiënten per sms, e-mail en WhatsApp oproept, online
  laat inplannen en herinneringen verstuurt, gekoppeld aan het praktijkmanagementsysteem;
- partijen de offerte van RecallPlus met kenmerk RP-2026-118 van 3 november 2026 als basis nemen;

komen het volgende overeen:

Artikel 1 - Dienst en onderdelen van de overeenkomst
1.1 RecallPlus verleent de Klant gedurende de looptijd toegang tot RecallPlus Pro voor elf
    praktijklocaties, met de modules Oproepen, Online inplannen, Herinneringen en Rapportage.
1.2 De overeenkomst bestaat uit deze abonnementsovereenkomst, de offerte RP-2026-118 (bijlage A),
    de Service Level Agreement (bijlage B), de Verwerkersovereenkomst (bijlage C) en de NLdigital
    Voorwaarden 2020 (bijlage D). Bij strijdigheid gaat deze abonnementsovereenkomst voor,
    daarna bijlage C, bijlage B, bijlage A en tot slot de NLdigital Voorwaarden.
1.3 Niet inbegrepen zijn de sms-bundels boven het inbegrepen volume, de licentie van het
    praktijkmanagementsysteem en de eigen hardware van de Klant.

Artikel 2 - Implementatie
2.1 RecallPlus richt de omgeving in, koppelt deze via de standaardkoppeling met het
    praktijkmanagementsysteem van de Klant en leest eenmalig de recall-gegevens (patiënt,
    laatste controle, recall-interval) van alle praktijken in.
2.2 Planning: kick-off in week 2 van 2027, koppeling en proefpraktijk Hengelo in week 4 tot en
    met 6, uitrol naar de overige tien praktijken in week 7 tot en met 10.
2.3 De Klant wijst een projectleider aan (mevrouw J. Nijhuis, praktijkmanager) en zorgt dat
    de leverancier van het praktijkmanagementsysteem uiterlijk in week 3 de API-sleutels
    verstrekt. Vertraging aan de zijde van de Klant of diens leverancier verschuift de planning
    evenredig; extra inzet die daardoor nodig is, wordt na voorafgaand akkoord van de Klant
    tegen het uurtarief van artikel 4.4 vergoed.
2.4 Na de proefpraktijk voert de Klant gedurende tien werkdagen een acceptatietest uit aan de
    hand van het testplan in bijlage A. RecallPlus herstelt blokkerende bevindingen binnen
    vijf werkdagen; daarna volgt een hertest. De uitrol naar de overige praktijken start pas na
    schriftelijke acceptatie door de Klant.
2.5 RecallPlus verzorgt per praktijk een online training van twee uur voor de baliemedewerkers
    en levert een Nederlandstalige handleiding. Contactpersoon bij RecallPlus voor de
    implementatie is de heer R. Dijkstra, implementatieconsultant.
2.6 Tijdens de implementatie ontvangt de projectleider van de Klant elke twee weken een kort
    voortgangsverslag (stand van zaken, openstaande punten, risico's).

Artikel 3 - Dienstverlening en service levels
3.1 Support, beschikbaarheid en responstijden zijn vastgelegd in bijlage B.
3.2 RecallPlus voert updates en nieuwe versies van RecallPlus Pro door zonder meerkosten.
    Wijzigingen die de werking voor de Klant wezenlijk veranderen, kondigt zij minstens 30
    dagen vooraf aan.
3.3 RecallPlus mag de functionaliteit van de dienst naar eigen inzicht aanpassen, mits de
    kernfuncties uit artikel 1.1 behouden blijven.
3.4 Eenmaal per jaar bespreken partijen in een evaluatiegesprek het gebruik, de service levels
    en eventuele wensen.

Artikel 4 - Prijzen en betaling
4.1 Eenmalige implementatiekosten: EUR 4.950,00 (inrichting, koppeling, data-import,
    training).
4.2 Abonnement: EUR 189,00 per praktijk per maand, voor elf praktijken EUR 2.079,00 per maand,
    inclusief 1.500 sms-berichten per praktijk per maand. Extra sms-berichten: EUR 0,08 per
    bericht.
4.3 De implementatiekosten worden gefactureerd na schriftelijke acceptatie (artikel 2.4); het
    abonnement wordt per kwartaal vooraf gefactureerd vanaf de eerste uitrol. Betaling binnen
    30 dagen na factuurdatum.
4.4 Aanvullende werkzaamheden worden uitsluitend na schriftelijke opdracht van de Klant
    uitgevoerd tegen EUR 115,00 per uur.
4.5 RecallPlus mag de abonnementsprijs jaarlijks per 1 januari aanpassen. Zij kondigt de
    aanpassing ten minste twee maanden vooraf aan.

Artikel 5 - Looptijd en beëindiging
5.1 De overeenkomst gaat in op de datum van ondertekening en het abonnement loopt 24 maanden
    vanaf de eerste uitrol.
5.2 Daarna wordt de overeenkomst steeds verlengd met 12 maanden, tenzij een partij uiterlijk
    2 maanden voor het einde van de lopende termijn schriftelijk opzegt.
5.3 De Klant kan het aantal praktijken met ingang van een nieuw kwartaal uitbreiden;
    verminderen kan alleen per het einde van een termijn.
5.4 Na beëindiging stelt RecallPlus de Klant gedurende 30 dagen in staat alle gegevens te
    exporteren in CSV-formaat via de beheeromgeving, en verleent zij op verzoek tegen het
    uurtarief medewerking aan de overdracht aan een opvolgende leverancier. Daarna vernietigt
    RecallPlus de gegevens conform bijlage C.

Artikel 6 - Aansprakelijkheid
6.1 De totale aansprakelijkheid van RecallPlus is beperkt tot het bedrag dat de Klant in de
    twaalf maanden voorafgaand aan de schadeveroorzakende gebeurtenis aan abonnementsgelden
    heeft betaald, met een maximum van EUR 25.000,00 per jaar.
6.2 Deze beperking geldt niet bij opzet of bewuste roekeloosheid van RecallPlus en niet voor
    boetes die een toezichthouder oplegt als gevolg van een schending van bijlage C door
    RecallPlus.

Artikel 7 - Persoonsgegevens, geheimhouding en intellectueel eigendom
7.1 RecallPlus verwerkt gegevens over de gezondheid van patiënten. Zij doet dat uitsluitend als
    verwerker volgens bijlage C, met opslag in datacenters in Nederland en versleuteling van
    de gegevens. De dienst is getoetst aan NEN 7510; RecallPlus houdt deze certificering
    gedurende de looptijd in stand.
7.2 Partijen behandelen alle vertrouwelijke informatie, waaronder patiëntgegevens, strikt
    geheim. Deze plicht blijft na het einde van de overeenkomst bestaan.
7.3 Alle intellectuele eigendomsrechten op RecallPlus Pro blijven bij RecallPlus. De Klant
    verkrijgt een niet-exclusief, niet-overdraagbaar gebruiksrecht voor de looptijd. De
    gegevens van de Klant blijven eigendom van de Klant.

Artikel 8 - Geschillen en toepasselijk recht
8.1 Op deze overeenkomst is Nederlands recht van toepassing.
8.2 Partijen trachten een geschil eerst op te lossen in overleg tussen de directies. Komen zij
    er niet binnen 30 dagen uit, dan wordt het geschil voorgelegd aan de bevoegde rechter van
    de rechtbank Midden-Nederland, locatie Utrecht.

Aldus overeengekomen en in tweevoud ondertekend,

RecallPlus B.V.                                Tandzorg Groep Oost B.V.
Utrecht, 24 november 2026                      Enschede, 26 november 2026

M. Brouwer, algemeen directeur                 drs. A. Kuipers, bestuurder
[handtekening]                                 [handtekening]

Bijlagen: A. Offerte RP-2026-118 met testplan  B. Service Level Agreement
          C. Verwerkersovereenkomst  D. NLdigital Voorwaarden 2020
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
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "partial",
        "maintenance.support_hours": "partial",
        "maintenance.response_time": "partial",
        "maintenance.availability": "partial",
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
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
    },
)

NL_B18_SCHOOL_GROUP_M365_SLA_ANNEX = UnseenDocument(
    name="nl_b18_school_group_m365_sla_annex",
    text="""BIJLAGE 3 BIJ DE RAAMOVEREENKOMST ICT-DIENSTVERLENING NR. SGK-2026-04
SERVICE LEVEL AGREEMENT - BEHEER MICROSOFT 365 EN INTUNE

Partijen: Scholengroep Kempenland vzw, Grote Markt 12, 2300 Turnhout (hierna "de
scholengroep") en Klasnet bv, Steenweg op Gierle 88, 2300 Turnhout (hierna "Klasnet").

1. Toepassingsgebied
Deze SLA regelt het beheer door Klasnet van de Microsoft 365-tenant kempenland.be van de
scholengroep: 9 scholen (5 basisscholen, 4 secundaire scholen), ongeveer 640 personeelsleden en
5.800 leerlingaccounts, Exchange Online, Teams, SharePoint en OneDrive, en het beheer van de
toestellen in Intune (ca. 1.900 Windows-laptops en 420 iPads). Voor al wat deze bijlage niet
regelt, gelden de bepalingen van de raamovereenkomst. Bij strijdigheid gaat deze bijlage voor
wat de service levels betreft.

2. Diensten
Inbegrepen in de maandelijkse beheersvergoeding:
- gebruikersbeheer: aanmaken, wijzigen en afsluiten van accounts op basis van de wekelijkse
  export uit het leerlingvolgsysteem en de personeelsdienst; jaarlijkse schooljaarovergang
  (nieuwe klassen, teams en groepen) in de laatste week van augustus;
- beheer van licenties (A3/A1), groepen, Teams-sjablonen per school en het beveiligingsbeleid
  (MFA voor personeel, voorwaardelijke toegang, filter op leerlingmail);
- Intune: compliance- en configuratieprofielen, Windows- en iPadOS-updates in golven
  (eerst testgroep ICT-coördinatoren, na vijf werkdagen alle toestellen), beheer van de apps
  en van de kioskmodus voor examens;
- opvolgen van de Secure Score en van de Microsoft-aankondigingen; wijzigingen met impact op de
  scholen worden minstens twee weken vooraf gemeld aan de ICT-coördinatoren.
Niet inbegrepen: herstelling van hardware, ondersteuning van individuele leerlingen en ouders
(die verloopt via de ICT-coördinator van de school), migratieprojecten en nieuwe toepassingen.
Die worden afzonderlijk geoffreerd volgens de raamovereenkomst.

3. Bereikbaarheid
Meldingen gebeuren uitsluitend door de ICT-coördinatoren en de directies via het
ticketportaal support.klasnet.be of op 014 44 18 20. De servicedesk is bemand op schooldagen van
7.30 tot 17.00 uur, en tijdens de schoolvakanties op werkdagen van 9.00 tot 16.00 uur.
Tijdens de examenperiodes (december en juni) is er bovendien een permanentie op
tel. 014 44 18 29 van 7.00 tot 18.00 uur.

4. Prioriteiten en reactietijden
P1 - kritiek: aanmelden in Microsoft 365 lukt niet voor een volledige school of de
     examenkiosk werkt niet. Reactietijd: 30 minuten.
P2 - hoog: een dienst (bv. Teams of mail) valt uit voor een groep gebruikers, of een
     klasset toestellen kan niet gebruikt worden. Reactietijd: 2 werkuren.
P3 - normaal: individuele storingen en vragen. Reactietijd: 1 werkdag.
P4 - aanvragen: nieuwe groepen, sjablonen, rechten. Reactietijd: 3 werkdagen.
De reactietijd loopt binnen de openingsuren van de servicedesk vanaf de registratie van het
ticket. Klasnet streeft ernaar P1-storingen binnen 4 uur en P2-storingen binnen de werkdag op
te lossen of te omzeilen, maar kan daarvoor geen garantie geven omdat de oorzaak vaak bij
Microsoft ligt; het gaat om een inspanningsverbintenis.

5. Beschikbaarheid
De beschikbaarheid van Microsoft 365 zelf valt onder de verantwoordelijkheid van Microsoft en
wordt door Klasnet niet gegarandeerd. Klasnet meldt storingen bij Microsoft en volgt ze op tot
ze opgelost zijn.

6. Rapportering en overleg
Klasnet bezorgt de scholengroep maandelijks, uiterlijk de tiende van de volgende maand, een
rapport met het aantal tickets per school en per prioriteit, de gehaalde reactietijden, de
stand van de updates en de Secure Score.
Elk trimester is er een serviceoverleg met de ICT-beleidsmedewerker van de scholengroep,
mevrouw Hilde Verachtert, en de service manager van Klasnet, de heer Wouter Goossens. Wie een
probleem niet opgelost krijgt via de servicedesk, escaleert naar de service manager en daarna
naar de zaakvoerder van Klasnet, de heer Bart Luyten.
Klasnet houdt een beheerdossier bij met de volledige configuratie van de tenant en van
Intune, de beheeraccounts en de afspraken per school. Het dossier staat in een SharePoint-site
van de scholengroep zelf en is op elk moment toegankelijk voor de ICT-beleidsmedewerker.

7. Vergoeding
De beheersvergoeding bedraagt € 1,85 per personeelslid en € 0,40 per leerlingaccount per
maand, excl. btw, volgens het aantal actieve accounts op de eerste schooldag van de maand. Ze
wordt maandelijks gefactureerd. De betalingstermijn en de indexering volgen de
raamovereenkomst.

8. Compensatie
Wordt de reactietijd voor P1 of P2 in een kalendermaand meer dan twee keer overschreden, dan
bespreken partijen op het volgende serviceoverleg een verbeterplan. Een financiële
compensatie is niet voorzien.

9. Duur
Deze bijlage loopt samen met de raamovereenkomst en eindigt van rechtswege bij het einde
ervan. Bij het einde van de raamovereenkomst draagt Klasnet de beheeraccounts, het beheerdossier
en alle wachtwoorden over aan de scholengroep of aan de door haar aangeduide nieuwe
dienstverlener, en blijft ze tot drie maanden na het einde de tickets behandelen aan de
voorwaarden van deze bijlage, indien de scholengroep daarom vraagt.

Opgemaakt te Turnhout op 30 november 2026.

Voor Scholengroep Kempenland vzw               Voor Klasnet bv
Luc Mertens, algemeen directeur                Bart Luyten, zaakvoerder
(handtekening)                                 (handtekening)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.recurring_cost": "covered",
        "budget.payment_terms": "partial",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "partial",
        "exit.transition": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
    },
    risks={
        "risk.unsigned": False,
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "response_time_hours_highest_priority": 0.5,
    },
)

NL_DOCUMENTS = [
    NL_B18_PET_BOARDING_PC_WIFI_OFFER,
    NL_B18_CARWASH_PAYMENT_TERMINAL_MAINTENANCE,
    NL_B18_DENTAL_RECALL_SAAS_AGREEMENT,
    NL_B18_SCHOOL_GROUP_M365_SLA_ANNEX,
]
