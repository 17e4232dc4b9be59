"""Training batch 13 (nl, writer k): four Dutch-language documents of kinds not used before.

1. nl_t13k_social_housing_repair_app: a formal Flemish agreement (numbered articles, signed by
   both parties) between a social housing company and an app developer for the development,
   roll-out and four-year management of a maintenance-request app for tenants and technicians,
   with source-code escrow.
2. nl_t13k_hairdresser_booking_till_offer: an informal Netherlands e-mail offer for booking and
   till software for a chain of seven hair salons, accepted by a reply e-mail, with the
   supplier's general terms, a one-month liability cap and yearly price changes by the supplier.
3. nl_t13k_water_telemetry_maintenance: a formal Netherlands maintenance agreement (signed by
   both parties) between a drinking-water company and a supplier for the 24/7 maintenance of a
   telemetry platform (SCADA-light) with RTUs at pumping stations, under the client's
   purchasing terms.
4. nl_t13k_sports_centre_access_saas: a short Flemish order form (signed by both parties) for a
   membership and access-control SaaS for a sports centre, with the supplier's terms
   prevailing, best-efforts service, a long tacit renewal and a three-month liability cap.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser.

Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned; "partial" = mentioned but vague, a bare
cross-reference without content, a placeholder, best-efforts only, or a negation/disclaimer.
Items and risks whose reading was ambiguous are left out.
"""

from .unseen_documents import UnseenDocument

NL_T13K_SOCIAL_HOUSING_REPAIR_APP = UnseenDocument(
    name="nl_t13k_social_housing_repair_app",
    text="""OVEREENKOMST VOOR DE ONTWIKKELING, INVOERING EN HET BEHEER VAN DE APP "MIJN HERSTELLING"
Referentie opdracht: WL-2026-ICT-07 (onderhandelingsprocedure zonder voorafgaande bekendmaking)

TUSSEN
Woonhaven Leiestreek cv, erkende woonmaatschappij, met zetel te Deinsesteenweg 112, 9800 Deinze,
KBO 0402.771.356, vertegenwoordigd door mevrouw Katrien De Smet, algemeen directeur,
hierna "de Woonmaatschappij",

EN
Appwerf bv, met zetel te Brugsepoortstraat 40, 9000 Gent, KBO 0745.210.688, vertegenwoordigd door
de heer Pieter Vermeulen, zaakvoerder,
hierna "de Opdrachtnemer",

WORDT OVEREENGEKOMEN WAT VOLGT:

Artikel 1 - Voorwerp en contractdocumenten
1.1 De Opdrachtnemer ontwikkelt, installeert en beheert een toepassing waarmee huurders
herstellingen melden en opvolgen (app voor iOS en Android en een webversie), met een module voor
de eigen techniekers en een back-office voor de dienst patrimonium, hierna "de App".
1.2 De App omvat: melden van een herstelling met foto's en keuze van het probleem uit een
beslisboom, automatische toewijzing aan de eigen techniekers of aan een aannemer volgens de
contractenlijst, een afsprakenplanner, meldingen per pushbericht en sms, en een koppeling in
beide richtingen met het patrimoniumpakket van de Woonmaatschappij.
1.3 Niet inbegrepen zijn: de koppeling met de boekhouding, de facturatie van herstellingen aan
huurders en het beheer van de smartphones van de techniekers.
1.4 De offerte van de Opdrachtnemer nr. AW-26-118 van 2 oktober 2026 (Bijlage 1), de technische
beschrijving (Bijlage 2), het SLA (Bijlage 3) en de verwerkersovereenkomst (Bijlage 4) maken
deel uit van deze overeenkomst. Bij tegenstrijdigheid gaat deze overeenkomst voor, daarna de
bijlagen in de omgekeerde volgorde van hun nummering. Algemene voorwaarden van de Opdrachtnemer
zijn niet van toepassing.

Artikel 2 - Prijs en betaling
2.1 De ontwikkeling en invoering gebeuren tegen een vaste prijs van EUR 46.500,00 excl. btw,
waarvan EUR 4.200,00 voor de inrichting van de omgeving, de import van de gegevens en de
opleidingen.
2.2 Het beheer (hosting, onderhoud, helpdesk en updates volgens artikel 8) kost EUR 690,00 per
maand excl. btw.
2.3 De maandvergoeding wordt jaarlijks op 1 januari aangepast volgens de formule
P = P0 x (0,2 + 0,8 x S / S0), met S het Agoria-referentieloon. Andere prijswijzigingen vereisen
een schriftelijk bijvoegsel ondertekend door beide partijen.
2.4 Meerwerk wordt enkel uitgevoerd na een schriftelijke offerte van de Opdrachtnemer en een
schriftelijk bestelbon van de Woonmaatschappij. Het uurtarief bedraagt EUR 95,00 excl. btw.
2.5 Facturatie van de vaste prijs: 30 % bij ondertekening, 40 % bij de aanvaarding van de
acceptatietests en 30 % bij de definitieve oplevering. De maandvergoeding wordt per kwartaal
vooraf gefactureerd vanaf de ingebruikname. Facturen zijn betaalbaar binnen 30 dagen na
ontvangst.

Artikel 3 - Planning
3.1 Analyse en ontwerp: van 11 januari tot 12 februari 2027. Ontwikkeling en koppeling: tot
30 april 2027. Acceptatietests: mei 2027. Proefproject met 150 woningen in Deinze: juni 2027.
Ingebruikname voor alle huurders: uiterlijk 6 september 2027.
3.2 De Woonmaatschappij bezorgt uiterlijk op 15 januari 2027 een export van de woningen, de
huurders en de lopende herstelbons uit haar patrimoniumpakket, stelt een testomgeving van dat
pakket ter beschikking, en duidt voor de acceptatietests vijf medewerkers aan die elk twee dagen
beschikbaar zijn.
3.3 Wordt de datum van ingebruikname door toedoen van de Opdrachtnemer overschreden, dan is hij
een schadevergoeding verschuldigd van 0,1 % van de vaste prijs per kalenderdag vertraging, met
een maximum van 5 % van de vaste prijs. Vertraging door de Woonmaatschappij verschuift de planning
met dezelfde duur.

Artikel 4 - Team
4.1 Projectleider van de Opdrachtnemer is mevrouw Eline Claeys; de analyse en de koppeling worden
gedaan door de heer Bram Van Hove, senior ontwikkelaar met meer dan acht jaar ervaring met
koppelingen in de sociale huisvesting. Aanspreekpunt van de Woonmaatschappij is de heer Wim
Declercq, diensthoofd patrimonium.
4.2 De Opdrachtnemer vervangt de projectleider of de senior ontwikkelaar enkel met voorafgaand
schriftelijk akkoord van de Woonmaatschappij, door een persoon met minstens gelijkwaardige
ervaring, en draagt de inwerkingstijd van de vervanger zelf.

Artikel 5 - Kwaliteit en rapportering
5.1 De App voldoet aan de toegankelijkheidsnorm WCAG 2.1 niveau AA. Elke wijziging aan de code
wordt door een tweede ontwikkelaar nagelezen en automatisch getest vóór ze in productie gaat.
5.2 Tijdens het project bezorgt de projectleider om de twee weken een voortgangsrapport met de
gerealiseerde taken, de planning en de openstaande risico's. Maandelijks komt een stuurgroep
samen met de algemeen directeur en het diensthoofd patrimonium van de Woonmaatschappij en de
zaakvoerder en de projectleider van de Opdrachtnemer.

Artikel 6 - Gegevensimport, acceptatie en ingebruikname
6.1 De Opdrachtnemer laadt de woningen (ongeveer 4.300), de huurders en de openstaande herstelbons
in en bezorgt een controleverslag met de aantallen per gemeente.
6.2 De Woonmaatschappij test de App gedurende vijftien werkdagen aan de hand van de testscenario's
in Bijlage 2. De App is aanvaard wanneer alle scenario's slagen zonder blokkerende fout. Fouten
worden binnen tien werkdagen verbeterd en opnieuw getest.
6.3 De Opdrachtnemer publiceert de App in de App Store en Google Play onder de naam van de
Woonmaatschappij en zet de webversie en de back-office in productie.
6.4 De Opdrachtnemer geeft twee opleidingen van een halve dag voor de techniekers en de medewerkers
van het onthaal, en bezorgt een handleiding en drie korte instructiefilmpjes voor de huurders. In
de eerste twee weken na de ingebruikname is een medewerker van de Opdrachtnemer elke voormiddag
telefonisch bereikbaar voor het onthaal.
6.5 De Opdrachtnemer bezorgt bij de definitieve oplevering de technische documentatie, de
beschrijving van de koppeling en een beheerhandleiding.

Artikel 7 - Waarborg
Gedurende zes maanden na de ingebruikname verbetert de Opdrachtnemer kosteloos elke fout in de App.

Artikel 8 - Beheer en ondersteuning
8.1 Het beheer omvat de hosting in een datacenter in België, back-ups, monitoring, correctief
onderhoud, het aanpassen van de App aan nieuwe versies van iOS en Android, beveiligingspatches
binnen vijf werkdagen na hun beschikbaarheid en de helpdesk voor de medewerkers van de
Woonmaatschappij.
8.2 De helpdesk is bereikbaar op werkdagen van 8.00 tot 17.30 uur via 09 298 41 70 en
support@appwerf.be.
8.3 Reactie- en oplostijden, gerekend binnen de openingsuren van de helpdesk:
   Prioriteit 1 - melden van herstellingen onmogelijk: reactie binnen 2 uur, oplossing binnen
   8 werkuren
   Prioriteit 2 - een functie werkt niet: reactie binnen 4 uur, oplossing binnen 3 werkdagen
   Prioriteit 3 - overige: reactie binnen 2 werkdagen, oplossing in de volgende release
8.4 De App is beschikbaar 99,5 % van de tijd, gemeten per kalendermaand, gepland onderhoud
tussen 22.00 en 6.00 uur niet meegerekend. Per begonnen halve procent onder dat niveau wordt 5 %
van de maandvergoeding gecrediteerd, met een maximum van 30 %.
8.5 De Opdrachtnemer houdt een actueel dossier bij van de installatie en de koppelingen. De
projectleider blijft na de ingebruikname het vaste aanspreekpunt van de Woonmaatschappij.
8.6 Elk kwartaal bezorgt de Opdrachtnemer een rapport met de beschikbaarheid, de tickets met hun
reactie- en oplostijden en de uitgevoerde updates.

Artikel 9 - Duur en beëindiging
9.1 Het beheer loopt 48 maanden vanaf de ingebruikname en eindigt dan van rechtswege, zonder
stilzwijgende verlenging.
9.2 De Woonmaatschappij kan het beheer na de eerste twaalf maanden opzeggen met een opzegtermijn
van drie maanden. Elke partij kan de overeenkomst ontbinden bij een zware tekortkoming die niet
is hersteld binnen dertig dagen na een aangetekende ingebrekestelling.
9.3 Bij het einde van het beheer bezorgt de Opdrachtnemer binnen dertig dagen alle gegevens van
de Woonmaatschappij (meldingen, foto's, huurders, woningen) in CSV- en JSON-formaat met een
beschrijving van de velden, en wist hij ze daarna. Gedurende drie maanden na het einde helpt hij
een nieuwe leverancier bij de overname, tegen het uurtarief van artikel 2.4.

Artikel 10 - Intellectuele eigendom en escrow
10.1 De Woonmaatschappij verkrijgt een niet-exclusief, eeuwigdurend gebruiksrecht op de App.
De specifiek voor haar ontwikkelde koppeling wordt haar eigendom na betaling.
10.2 De broncode van de App wordt bij elke release neergelegd bij een erkende escrow-agent. De
Woonmaatschappij krijgt toegang tot de broncode bij faillissement van de Opdrachtnemer of
wanneer die het beheer stopzet. De kosten van het depot zijn ten laste van de Opdrachtnemer.

Artikel 11 - Aansprakelijkheid
De aansprakelijkheid van de Opdrachtnemer is beperkt tot EUR 100.000,00 per schadegeval. Deze
beperking geldt niet bij opzet, zware fout of inbreuk op de bescherming van persoonsgegevens.

Artikel 12 - Vertrouwelijkheid en persoonsgegevens
12.1 Partijen houden alle informatie die zij van elkaar ontvangen vertrouwelijk, tijdens de
overeenkomst en vijf jaar na het einde ervan.
12.2 De Opdrachtnemer verwerkt de persoonsgegevens van huurders als verwerker volgens de
verwerkersovereenkomst van Bijlage 4: uitsluitend in de Europese Unie, volgens de instructies
van de Woonmaatschappij, met melding van een datalek binnen 24 uur.

Artikel 13 - Geschillen
13.1 Een geschil wordt eerst voorgelegd aan de stuurgroep en, bij gebrek aan akkoord binnen
dertig dagen, aan een bemiddelaar erkend door de Federale Bemiddelingscommissie.
13.2 Op deze overeenkomst is het Belgisch recht van toepassing. De rechtbanken van Gent zijn
bevoegd.

Opgemaakt te Deinze op 4 december 2026, in twee exemplaren.

Voor Woonhaven Leiestreek cv                     Voor Appwerf bv
Katrien De Smet, algemeen directeur              Pieter Vermeulen, zaakvoerder
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
        "contract_term_months": 48,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 180,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

NL_T13K_HAIRDRESSER_BOOKING_TILL_OFFER = UnseenDocument(
    name="nl_t13k_hairdresser_booking_till_offer",
    text="""Van: Mila Bakker <mila@haarhuismila.nl>
Verzonden: dinsdag 1 december 2026 21:14
Aan: Jesse de Wit <jesse@knipklaar.nl>
Onderwerp: RE: Offerte Knipklaar voor Haarhuis Mila (7 salons)

Hoi Jesse,

Top, we doen het! Akkoord met de offerte hieronder. Graag starten met de salons in Amersfoort en
Leusden, de rest daarna. Ik stuur morgen de export uit ons oude systeem door.

Groet,
Mila

Mila Bakker | eigenaar Haarhuis Mila B.V. | Utrechtseweg 88, 3818 EM Amersfoort

-----Oorspronkelijk bericht-----
Van: Jesse de Wit <jesse@knipklaar.nl>
Verzonden: vrijdag 27 november 2026 16:02
Aan: Mila Bakker <mila@haarhuismila.nl>
Onderwerp: Offerte Knipklaar voor Haarhuis Mila (7 salons)

Hoi Mila,

Leuk dat ik jullie salon in Amersfoort mocht bekijken! Hierbij zoals beloofd de offerte voor
Knipklaar in alle zeven salons.

Wat je krijgt
- Online boeken via jullie eigen website, Instagram en Google, met aanbetaling bij nieuwe klanten
  en automatische herinneringen per sms en WhatsApp.
- Agenda per stylist en per salon, ook op telefoon en tablet.
- Kassa met klantkaart, kleurrecepten, cadeaubonnen, spaarpunten en voorraadbeheer van jullie
  verkoopproducten.
- Rapportage per salon en per stylist (omzet, bezetting, productverkoop) en een totaaloverzicht
  voor jou.
- Per salon een kassaset: iPad met standaard, bonprinter, kassalade en een pinterminal via onze
  betaalpartner.
Niet inbegrepen: de loonadministratie, een koppeling met jullie boekhoudpakket (kan later, zie
hieronder) en de internetverbinding in de salons.

Prijzen (excl. btw)
- Abonnement Knipklaar Pro: EUR 89 per salon per maand, dus EUR 623 per maand voor zeven salons.
  Onbeperkt aantal stylisten en afspraken.
- Sms-herinneringen: EUR 0,07 per sms. WhatsApp-berichten zitten in het abonnement.
- Pintransacties: EUR 0,06 per transactie, plus de gebruikelijke kosten voor creditcards.
- Kassaset: EUR 1.245 per salon, eenmalig, dus EUR 8.715 voor zeven salons.
- Eenmalige opstart: EUR 1.950. Daarin zit het inrichten van jullie diensten, prijzen en
  stylisten, het overzetten van klantkaarten, kleurrecepten, tegoeden en de geplande afspraken
  uit jullie huidige systeem (aan de hand van de export die jij aanlevert), en per salon een
  training van twee uur op locatie voor het hele team.
- Een koppeling met jullie boekhoudpakket kunnen we later in regie bouwen aan EUR 95 per uur.
We passen onze prijzen één keer per jaar aan, per 1 januari. Dat laten we je minstens een maand
van tevoren weten.

Planning
We kunnen in week 2 van 2027 starten met Amersfoort en Leusden en daarna elke week twee salons
erbij doen, zodat alle zeven salons eind januari live zijn. We plannen de trainingen op een
maandagochtend, als de salons dicht zijn. Jij zorgt dat de export er in de week voor de start is
en dat er in elke salon een stopcontact en wifi bij de balie is.

Betaling
De kassasets en de opstartkosten factureren we bij levering, te betalen binnen 14 dagen. Het
abonnement schrijven we elke maand vooraf af via automatische incasso.

Looptijd
Het abonnement loopt de eerste 12 maanden vast. Daarna loopt het per maand door en kun je
opzeggen met een opzegtermijn van een maand. Je kunt op elk moment al je klantgegevens,
afspraken en omzetcijfers zelf exporteren als Excel- of CSV-bestand, ook na opzegging nog 60
dagen.

Support
Onze supportdesk is 7 dagen per week bereikbaar van 8.00 tot 21.00 uur via chat in de app en
telefonisch op 030 760 44 12. We proberen chats binnen een half uur te beantwoorden. Een
kapotte kassaset vervangen we: we sturen binnen één werkdag een nieuwe op. Updates van de app
en de kassasoftware installeren we automatisch, 's nachts. De kassasets hebben 12 maanden
garantie.
Jij krijgt bij ons een vaste accountmanager: dat ben ik. Ik bel je na de eerste maand en daarna
elk kwartaal even om te horen hoe het loopt.

Privacy en voorwaarden
Jullie klantgegevens staan in een datacenter in Frankfurt en blijven van jullie. Wij zijn
verwerker; onze verwerkersovereenkomst zit als bijlage bij deze mail (standaard, ingericht
volgens de AVG, met een lijst van subverwerkers).
Onze aansprakelijkheid is beperkt tot het bedrag van één maand abonnement.
Op deze offerte en het abonnement zijn de NLdigital Voorwaarden 2020 van toepassing, die je ook
als bijlage vindt.

De offerte is geldig tot 31 december. Als je per mail akkoord geeft, zetten we alles in gang.

Hartelijke groet,
Jesse

Jesse de Wit | accountmanager
Knipklaar B.V. | Oudegracht 210, 3511 NR Utrecht | KvK 81234567
""",
    items={
        "agreement.general_terms": "partial",
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
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 14,
    },
)

NL_T13K_WATER_TELEMETRY_MAINTENANCE = UnseenDocument(
    name="nl_t13k_water_telemetry_maintenance",
    text="""ONDERHOUDSOVEREENKOMST TELEMETRIESYSTEEM DRINKWATERPRODUCTIE EN -DISTRIBUTIE
Kenmerk opdrachtgever: INK-2026-0311 | Kenmerk leverancier: TX-OVK-2026-19

DE ONDERGETEKENDEN:
1. Waterbedrijf Rivierenland-Oost N.V., Nijmeegsebaan 30, 6825 AD Arnhem, KvK 09012345,
   vertegenwoordigd door drs. M.A. Hoekstra, directeur Bedrijfsvoering, hierna "Opdrachtgever";
2. Telemetrix Systems B.V., Ecofactorij 14, 7325 WC Apeldoorn, KvK 08076543, vertegenwoordigd
   door ing. J. Kuipers, algemeen directeur, hierna "Leverancier";

OVERWEGENDE DAT:
- Opdrachtgever voor de bewaking en besturing op afstand van 9 productielocaties, 23
  reinwaterkelders en hydrofoorstations en 108 meet- en drukpunten in het distributienet een
  telemetriesysteem gebruikt, bestaande uit 140 buitenstations (RTU's), twee redundante
  centrale servers op de locaties Arnhem en Tiel en een webgebaseerde bedieningsomgeving
  (hierna "het Systeem");
- Opdrachtgever na een meervoudig onderhandse aanbesteding heeft besloten het onderhoud van het
  Systeem aan Leverancier te gunnen op basis van diens offerte TS-2026-0412 van 9 oktober 2026;

KOMEN OVEREEN ALS VOLGT:
Artikel 1 - Contractdocumenten
1.1 Op deze overeenkomst zijn van toepassing de Algemene Inkoopvoorwaarden van Opdrachtgever
(versie 2024), die Leverancier heeft ontvangen. Algemene voorwaarden van Leverancier zijn
uitdrukkelijk uitgesloten.
1.2 Bij strijdigheid geldt de volgende rangorde: (a) deze overeenkomst, (b) Bijlage 1
Dienstbeschrijving en servicenormen, (c) de Algemene Inkoopvoorwaarden, (d) de offerte van
Leverancier (Bijlage 2).

Artikel 2 - Dienstverlening
2.1 Leverancier verricht voor het Systeem:
a. preventief onderhoud: jaarlijkse inspectie van elk buitenstation, controle van voeding,
   accu's en communicatie, en vervanging van de accu's om de vier jaar;
b. correctief onderhoud: het verhelpen van storingen aan buitenstations, servers en software,
   inclusief onderdelen tot EUR 750,00 per storing;
c. een storingsdienst die 24 uur per dag en 7 dagen per week bereikbaar is via telefoonnummer
   055 740 88 00; buiten kantooruren wordt de melding direct doorgeschakeld naar de dienstdoende
   technicus;
d. software-onderhoud van de bedieningsomgeving, de communicatieservers en de RTU-programma's.
2.2 Niet inbegrepen zijn: de aansluiting van nieuwe locaties, de vervanging van buitenstations
die het einde van hun levensduur hebben bereikt, en herstel van schade door blikseminslag,
graafwerkzaamheden of vandalisme.
2.3 Leverancier staat in voor het behalen van de servicenormen van artikel 3 en 4; het betreft
een resultaatsverplichting.

Artikel 3 - Prioriteiten en termijnen
  Prioriteit 1: uitval van een centrale server zonder overname, of verlies van de verbinding met
  een productielocatie of meer dan tien buitenstations. Reactietijd 30 minuten, technicus ter
  plaatse binnen 3 uur, herstel of tijdelijke oplossing binnen 4 uur na melding.
  Prioriteit 2: uitval van een enkel buitenstation of een storing zonder directe invloed op de
  levering. Reactietijd 2 uur, herstel binnen de eerstvolgende werkdag.
  Prioriteit 3: overige meldingen en wensen. Reactietijd 1 werkdag, afhandeling binnen 10
  werkdagen of in overleg ingepland.
De termijnen voor prioriteit 1 gelden 24/7; die voor prioriteit 2 en 3 op werkdagen van 7.30 tot
17.00 uur.

Artikel 4 - Beschikbaarheid en servicekortingen
4.1 De centrale functies van het Systeem (dataverzameling, alarmering en bediening) zijn
beschikbaar gedurende ten minste 99,8 % van de tijd per kalenderkwartaal, gepland onderhoud
binnen het overeengekomen onderhoudsvenster niet meegerekend.
4.2 Voor elke 0,1 procentpunt onder de norm en voor elke overschrijding van de hersteltermijn bij
prioriteit 1 ontvangt Opdrachtgever een korting van 5 % op de kwartaalvergoeding, met een maximum
van 25 % per kwartaal. De korting laat het recht op schadevergoeding onverlet.

Artikel 5 - Updates en informatiebeveiliging
5.1 Leverancier test updates en beveiligingspatches van besturingssystemen en software eerst op
de acceptatieomgeving van Opdrachtgever en installeert ze daarna in het maandelijkse
onderhoudsvenster (tweede woensdag van de maand, 22.00 - 2.00 uur). Kritieke
beveiligingspatches worden binnen 10 werkdagen na publicatie geïnstalleerd.
5.2 Leverancier werkt volgens IEC 62443 en is gecertificeerd volgens ISO 9001 en ISO 27001.
Toegang op afstand verloopt uitsluitend via de beheerserver van Opdrachtgever, met
tweefactorauthenticatie. Een beveiligingsincident meldt Leverancier binnen 24 uur.

Artikel 6 - Personeel
6.1 Vaste servicecoördinator is de heer R. (Ruben) Dijkstra; zijn vervanger is mevrouw S. (Sanne)
Veenstra. Werkzaamheden worden uitgevoerd door technici met minimaal drie jaar ervaring met
telemetrie in de watersector, een geldig VCA-certificaat en een Verklaring Omtrent het Gedrag,
die de hygiëne-instructie voor werken aan drinkwaterinstallaties hebben gevolgd.
6.2 Vervanging van de servicecoördinator meldt Leverancier ten minste één maand vooraf. De
opvolger wordt ingewerkt op kosten van Leverancier.

Artikel 7 - Documentatie en kennis van de installatie
Leverancier houdt per locatie een installatiedossier bij met schema's, IO-lijsten, instellingen
en softwareversies, werkt dit na elke wijziging binnen vijf werkdagen bij en stelt het via het
documentbeheersysteem van Opdrachtgever ter beschikking.

Artikel 8 - Rapportage en overleg
8.1 Leverancier levert maandelijks vóór de tiende werkdag een servicerapport met de meldingen per
prioriteit, de gerealiseerde reactie- en hersteltijden, de beschikbaarheid, het uitgevoerde
preventief onderhoud en de geïnstalleerde updates.
8.2 Elk kwartaal vindt een serviceoverleg plaats tussen de servicecoördinator en de teamleider
Procesautomatisering van Opdrachtgever; jaarlijks een managementoverleg tussen de directies.
8.3 Geschillen en knelpunten worden eerst in het serviceoverleg besproken, daarna in het
managementoverleg. Komen partijen binnen 30 dagen niet tot een oplossing, dan kunnen zij het
geschil voorleggen aan een mediator van de Mediatorsfederatie Nederland.

Artikel 9 - Overdracht en medewerking van Opdrachtgever
9.1 Van 1 november tot en met 31 december 2026 neemt Leverancier het onderhoud over van de vorige
leverancier: inventarisatie van alle locaties (afgerond uiterlijk 11 december 2026), controle
van de documentatie en inrichting van de storingsdienst, zodat Leverancier op 1 januari 2027
volledig operationeel is. Hiervoor geldt een eenmalige vergoeding van EUR 6.400,00.
9.2 Opdrachtgever verleent tijdig toegang tot de locaties en de beheerserver, stelt de bestaande
documentatie uiterlijk op 1 november 2026 ter beschikking en houdt de met Leverancier
afgesproken voorraad reserve-RTU's aan.

Artikel 10 - Vergoeding en betaling
10.1 De vaste vergoeding voor de diensten van artikel 2 bedraagt EUR 84.000,00 per jaar, exclusief
btw, te factureren per kwartaal vooraf.
10.2 Werkzaamheden buiten de vaste vergoeding worden uitsluitend uitgevoerd na een schriftelijke
opdracht van Opdrachtgever op basis van een begroting van Leverancier, tegen een uurtarief van
EUR 98,00 op werkdagen tussen 7.30 en 17.00 uur en EUR 147,00 daarbuiten.
10.3 De vergoeding en de tarieven worden jaarlijks per 1 januari aangepast met de CBS-index
cao-lonen per uur, met een maximum van 4 %.
10.4 De totale opdrachtwaarde over de initiële looptijd, inclusief meerwerk, bedraagt maximaal
EUR 280.000,00 exclusief btw.
10.5 Opdrachtgever betaalt binnen 30 dagen na ontvangst van een correcte factuur.

Artikel 11 - Duur en beëindiging
11.1 Deze overeenkomst loopt van 1 januari 2027 tot en met 31 december 2029 (36 maanden).
Opdrachtgever kan de overeenkomst twee keer verlengen met telkens 12 maanden door uiterlijk drie
maanden voor het einde een schriftelijke verklaring te sturen. Stilzwijgende verlenging is
uitgesloten.
11.2 Opdrachtgever kan de overeenkomst tussentijds opzeggen tegen het einde van een
kalenderkwartaal, met een opzegtermijn van zes maanden.
11.3 Elk der partijen kan de overeenkomst ontbinden als de andere partij na een schriftelijke
ingebrekestelling met een redelijke termijn van ten minste 30 dagen tekort blijft schieten.

Artikel 12 - Einde van de overeenkomst
12.1 Bij het einde van de overeenkomst verleent Leverancier gedurende ten hoogste zes maanden
medewerking aan de overdracht aan Opdrachtgever of een opvolgende leverancier, waaronder het
toelichten van de installatiedossiers en het gezamenlijk uitvoeren van storingsdiensten, tegen
de tarieven van artikel 10.2. Tot de overdracht voltooid is, zet Leverancier de dienstverlening
onder de bestaande voorwaarden voort.
12.2 Binnen 20 werkdagen na het einde levert Leverancier alle RTU-programma's,
configuratiebestanden, wachtwoorden en certificaten en de volledige meldingenhistorie (CSV) aan
Opdrachtgever over en verwijdert hij daarna alle kopieën.

Artikel 13 - Intellectuele eigendom
De RTU-programma's en configuraties die voor Opdrachtgever zijn of worden gemaakt, zijn
eigendom van Opdrachtgever. Voor standaardsoftware van Leverancier verkrijgt Opdrachtgever een
eeuwigdurend, niet-exclusief gebruiksrecht.

Artikel 14 - Aansprakelijkheid
De aansprakelijkheid van Leverancier is beperkt tot EUR 500.000,00 per gebeurtenis en
EUR 1.000.000,00 per kalenderjaar. Deze beperking geldt niet bij opzet of bewuste roekeloosheid
van Leverancier of zijn leidinggevenden.

Artikel 15 - Geheimhouding
Leverancier houdt alle informatie over het Systeem en de installaties van Opdrachtgever geheim,
ook na het einde van de overeenkomst, en legt deze verplichting op aan zijn medewerkers.

Artikel 16 - Persoonsgegevens
Leverancier verwerkt alleen namen, telefoonnummers en accountgegevens van medewerkers en
piketdiensten van Opdrachtgever, als verwerker volgens de verwerkersovereenkomst van Bijlage 3
(model Opdrachtgever), uitsluitend binnen de Europese Economische Ruimte.

Artikel 17 - Toepasselijk recht
Nederlands recht is van toepassing. Geschillen worden voorgelegd aan de Rechtbank Gelderland.

Aldus overeengekomen en in tweevoud ondertekend,
Waterbedrijf Rivierenland-Oost N.V.             Telemetrix Systems B.V.
Arnhem, 3 december 2026                          Apeldoorn, 30 november 2026
drs. M.A. Hoekstra, directeur Bedrijfsvoering    ing. J. Kuipers, algemeen directeur
[handtekening]                                   [handtekening]
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
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
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
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.8,
    },
)

NL_T13K_SPORTS_CENTRE_ACCESS_SAAS = UnseenDocument(
    name="nl_t13k_sports_centre_access_saas",
    text="""CLUBFLOW BV - Leden, lessen en toegang in één platform
Kempische Steenweg 293/5, 3500 Hasselt | 011 39 72 50 | sales@clubflow.be | BTW BE 0762.405.918

BESTELFORMULIER nr. CF-BF-2026-0871

Klant:             vzw Sportcentrum Ter Molen
Adres:             Molenstraat 5, 3530 Houthalen-Helchteren
Ondernemingsnr.:   0443.127.659
Contactpersoon:    Dries Vanderhoven, centrumverantwoordelijke, 0495 31 27 84,
                   dries@termolen-sport.be
Uw customer success manager bij Clubflow: Lotte Jacobs, lotte.jacobs@clubflow.be

1. BESTELDE MODULES
[x] Ledenbeheer en abonnementen (beurtenkaarten, maand- en jaarabonnementen, gezinsformules)
[x] Online inschrijven voor groepslessen en reserveren van squash- en padelterreinen
[x] Toegangscontrole met QR-code in de app of op de ledenkaart: 3 tourniquets en 1 deur
[x] Online betalen (Bancontact, Payconiq, kredietkaart) en maandelijkse domiciliëring
[x] Leden-app in de huisstijl van het sportcentrum (iOS en Android)
[ ] Kassamodule cafetaria

Niet inbegrepen: de tourniquets zelf, de bekabeling en de elektriciteitswerken tot aan de
QR-lezers, en de internetverbinding van het sportcentrum.

2. PRIJZEN (excl. btw)
Eenmalig
  Opstart, configuratie en import van het ledenbestand               EUR 2.400,00
  QR-lezers met montage en koppeling, 4 x EUR 780,00                 EUR 3.120,00
Terugkerend
  Abonnement Clubflow Sport, tot 2.500 actieve leden                 EUR   349,00 per maand
  Per actief lid boven 2.500                                         EUR     0,12 per maand
  Transactiekosten online betalingen                                 1,4 % per transactie
Bijkomende prestaties (bv. extra rapporten of koppelingen) worden vooraf geoffreerd en pas
uitgevoerd na schriftelijk akkoord van de klant, aan EUR 90,00 per uur.
De prijzen worden jaarlijks op 1 januari geïndexeerd volgens de gezondheidsindex.

3. BETALING
Eenmalige kosten: te betalen bij bestelling. Abonnement: jaarlijks vooraf gefactureerd.
Betaaltermijn 15 dagen na factuurdatum. Bij laattijdige betaling is van rechtswege een
verwijlintrest van 8 % per jaar verschuldigd.

4. OPSTART
- De klant bezorgt uiterlijk op 1 februari 2027 het ledenbestand in Excel volgens het sjabloon
  van Clubflow, en zorgt dat de bekabeling aan de tourniquets klaar is op 15 februari 2027.
- Clubflow importeert het ledenbestand, richt de abonnementsformules en het lessenrooster in en
  monteert en koppelt de QR-lezers in de week van 22 februari 2027.
- Geplande ingebruikname: 1 maart 2027.
- Opleiding: één online sessie van 2 uur voor de onthaalmedewerkers en de lesgevers, plus toegang
  tot de online kennisbank.

5. ONDERSTEUNING EN BESCHIKBAARHEID
Het abonnement omvat de hosting, back-ups, alle nieuwe versies van het platform en de app (die
automatisch en zonder meerkost worden uitgerold) en de helpdesk.
De helpdesk is bereikbaar via het ticketsysteem en op 011 39 72 59 op werkdagen van 9.00 tot
17.00 uur. Bij uitval van de toegangscontrole is er een noodnummer, ook op zaterdag en zondag van
8.00 tot 20.00 uur. Clubflow streeft ernaar binnen 2 uur te reageren op een melding via het
noodnummer.
Clubflow streeft naar een beschikbaarheid van het platform van 99,5 % op jaarbasis. Bij
onbeschikbaarheid worden geen compensaties of kortingen toegekend.
Clubflow levert al haar diensten als inspanningsverbintenis.

6. BIJZONDERE VOORWAARDEN
a) Looptijd. Het abonnement loopt 36 maanden vanaf de ingebruikname en wordt daarna telkens
   stilzwijgend verlengd met 12 maanden, tenzij één van de partijen het ten minste drie maanden
   vóór de vervaldag per aangetekende brief opzegt. Bij vroegtijdige beëindiging door de klant
   blijven de abonnementsgelden tot het einde van de lopende periode verschuldigd.
b) Gegevens. De gegevens van de leden blijven eigendom van de klant. Tijdens de looptijd en tot
   30 dagen na het einde bezorgt Clubflow op verzoek een volledige export van leden, abonnementen
   en betalingen in CSV-formaat, tegen een forfait van EUR 250,00.
c) Gebruiksrecht. De klant verkrijgt een niet-exclusief en niet-overdraagbaar gebruiksrecht op het
   platform en de app voor de duur van het abonnement.
d) Persoonsgegevens. De verwerking van persoonsgegevens gebeurt volgens de verwerkersovereenkomst
   op clubflow.be/dpa.
e) Aansprakelijkheid. Clubflow is niet aansprakelijk voor onrechtstreekse schade, gederfde winst
   of verlies van gegevens. Haar aansprakelijkheid is in elk geval beperkt tot het
   abonnementsgeld van drie maanden.
f) Wijzigingen. Clubflow kan de functionaliteiten van het platform en deze voorwaarden wijzigen;
   de klant wordt hiervan per e-mail op de hoogte gebracht.
g) Algemene voorwaarden. Op dit bestelformulier zijn de algemene voorwaarden van Clubflow (versie
   2026) van toepassing, die de klant verklaart te hebben ontvangen. Zij hebben voorrang op
   eventuele voorwaarden van de klant en op elk ander document.
h) Toepasselijk recht. Belgisch recht is van toepassing. Enkel de rechtbanken van Hasselt zijn
   bevoegd.

Voor akkoord, opgemaakt te Houthalen-Helchteren op 2 december 2026.

Voor Clubflow bv                                 Voor vzw Sportcentrum Ter Molen
Tim Gielen, sales manager                        Dries Vanderhoven, centrumverantwoordelijke
(handtekening)                                   Ann Moors, voorzitter raad van bestuur
                                                 (handtekeningen)
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
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
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
        "legal.confidentiality": "missing",
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
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 15,
    },
)


DOCUMENTS = [
    NL_T13K_SOCIAL_HOUSING_REPAIR_APP,
    NL_T13K_HAIRDRESSER_BOOKING_TILL_OFFER,
    NL_T13K_WATER_TELEMETRY_MAINTENANCE,
    NL_T13K_SPORTS_CENTRE_ACCESS_SAAS,
]
