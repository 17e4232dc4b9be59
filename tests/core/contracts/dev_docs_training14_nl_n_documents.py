"""Training batch 14 (nl, writer n): four Dutch documents of kinds not used before.

1. nl_t14n_pacs_viewer_sla_annex: a formal Flemish SLA annex (numbered articles, signed by both
   parties) to a hospital's agreement for a hosted zero-footprint PACS viewer, with a guaranteed
   availability, 24/7 P1 handling, service credits and exit assistance; payment, duration,
   liability and governing law are left to bare cross-references to the main agreement.
2. nl_t14n_school_network_cabling_quote: a Flemish quote for the renewal of the network cabling
   in two school buildings and the replacement of all switches, to be carried out during the
   spring holiday; the supplier's general terms apply and the client signature line is empty
   (acceptance by signature or e-mail).
3. nl_t14n_brewery_planning_licence: a Netherlands licence and support agreement (signed by both
   parties) for on-premise production-planning software at a brewery, with implementation,
   escrow, NLdigital terms prevailing, target dates only, best-efforts resolution, unilateral
   price changes, uncapped time-and-materials extra work, a narrow liability cap and a tacit
   renewal with three months' notice.
4. nl_t14n_architects_adhoc_support_letter: an informal Dutch letter from a one-man IT supplier
   confirming a year of ad-hoc IT support for an architects' office at hourly rates, to be
   accepted by e-mail, with no guaranteed response times and data loss excluded.

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

NL_T14N_PACS_VIEWER_SLA_ANNEX = UnseenDocument(
    name="nl_t14n_pacs_viewer_sla_annex",
    text="""BIJLAGE 3 - SERVICE LEVEL AGREEMENT
bij de Overeenkomst voor de levering en hosting van de PACS-viewer ClearView Web
Referentie Overeenkomst: MV/AZDV/2026-07

TUSSEN
Medivue nv, Technologiepark 21, 9052 Zwijnaarde, KBO 0698.214.377, vertegenwoordigd door de heer
Frederik Lambrecht, gedelegeerd bestuurder, hierna "de Leverancier",

EN
AZ Durmevallei vzw, Kliniekstraat 45, 9160 Lokeren, KBO 0411.873.265, vertegenwoordigd door
mevrouw dr. Katrien Van Acker, algemeen directeur, hierna "de Klant".

Artikel 1 - Voorwerp en rangorde
1.1 Deze bijlage legt de servicelevels vast voor de gehoste zero-footprint PACS-viewer ClearView Web
(de "Dienst") die de Leverancier vanuit haar datacenters ter beschikking stelt van de artsen en
verpleegkundigen van de Klant en van de verwijzende huisartsen via het verwijzersportaal. De Dienst
omvat de viewer, een beeldcache met de studies van de laatste 24 maanden, de koppeling met het
PACS-archief van de Klant via DICOM Query/Retrieve, de koppeling met het elektronisch
patiëntendossier (EPD) van de Klant en de helpdesk voor de sleutelgebruikers en de ICT-dienst.
1.2 Niet inbegrepen zijn: het PACS-archief van de Klant zelf, de modaliteiten, het netwerk van de
Klant tot aan het VPN-eindpunt, de diagnostische werkstations en schermen van de radiologen, en de
ondersteuning van individuele eindgebruikers, die zich tot de interne servicedesk van de Klant
richten.
1.3 Deze bijlage maakt integraal deel uit van de Overeenkomst. Bij strijdigheid gaat de
Overeenkomst voor, behalve voor de servicelevels, de meting ervan en de service credits, waarvoor
deze bijlage voorgaat. Algemene voorwaarden van de Leverancier zijn niet van toepassing.

Artikel 2 - Vergoeding
2.1 De vaste vergoeding voor de Dienst, hosting, onderhoud en helpdesk inbegrepen, bedraagt
EUR 5.850,00 excl. btw per maand voor maximaal 450 benoemde gebruikers en 250 verwijzende artsen.
Elke bijkomende schijf van 50 benoemde gebruikers kost EUR 420,00 excl. btw per maand.
2.2 Werkzaamheden buiten deze bijlage, zoals nieuwe koppelingen of aanpassingen op vraag van de
Klant, voert de Leverancier slechts uit na een schriftelijke offerte die de Klant vooraf
schriftelijk heeft goedgekeurd. Zij worden aangerekend aan EUR 128,00 per uur
(applicatiespecialist) of EUR 145,00 per uur (integratiearchitect).
2.3 Facturatie en betaling gebeuren volgens artikel 7 van de Overeenkomst. Service credits worden
verrekend op de eerstvolgende factuur.

Artikel 3 - Bereikbaarheid en onderhoudsvenster
3.1 De Dienst is bestemd voor gebruik 24 uur per dag, 7 dagen per week.
3.2 De helpdesk is bereikbaar voor de sleutelgebruikers en de ICT-dienst van de Klant:
   - P1-meldingen: 24/7, uitsluitend telefonisch via het wachtnummer 09 298 14 00 (keuze 1);
   - alle andere meldingen: op werkdagen van 8.00 tot 18.00 uur via het ticketportaal,
     support@medivue.be of 09 298 14 00.
3.3 Gepland onderhoud gebeurt op dinsdag tussen 5.00 en 7.00 uur, voor maximaal vier uur per
maand, en wordt ten minste vijf werkdagen vooraf aan de ICT-dienst van de Klant aangekondigd.

Artikel 4 - Beschikbaarheid
4.1 De Leverancier garandeert een beschikbaarheid van de Dienst van 99,8 % per kalendermaand,
gemeten aan het VPN-eindpunt in het datacenter van de Leverancier.
4.2 Beschikbaarheid = (minuten in de maand - minuten onbeschikbaarheid) / (minuten in de maand -
minuten gepland onderhoud binnen het venster van artikel 3.3) x 100. De Dienst is onbeschikbaar
wanneer studies niet kunnen worden geopend of wanneer het openen van een CT-studie van 500 beelden
langer dan tien seconden duurt, gemeten door de synthetische monitoring van de Leverancier om de
vijf minuten.
4.3 Onbeschikbaarheid door storingen in het netwerk of het PACS-archief van de Klant telt niet mee.

Artikel 5 - Prioriteiten, reactie- en oplostijden
5.1
   Prioriteit  Omschrijving                         Reactietijd        Workaround    Oplossing
   P1          viewer onbruikbaar voor een campus   15 minuten, 24/7   2 uur         2 kalenderdagen
               of beelden bij de verkeerde patiënt
   P2          EPD-koppeling of verwijzersportaal   1 werkuur          8 werkuren    5 werkdagen
               valt uit, ernstige traagheid
   P3          beperkte storing                     4 werkuren         -             volgende release,
                                                                                     max. 3 maanden
   P4          vraag of wens                        2 werkdagen        -             -
5.2 De reactietijd loopt vanaf de telefonische melding (P1) of de registratie van het ticket.
Reactie betekent dat een specialist contact opneemt met de melder en de analyse start.
5.3 Bij een P1-incident informeert de Leverancier de ICT-dienst elk uur tot de workaround is
geplaatst, en bezorgt zij binnen vijf werkdagen een incidentrapport met oorzaak en maatregelen.

Artikel 6 - Service credits
6.1 Wordt de gegarandeerde beschikbaarheid niet gehaald, dan kent de Leverancier de volgende
credits toe op de maandvergoeding:
   beschikbaarheid lager dan 99,8 % en ten minste 99,5 %       5 %
   beschikbaarheid lager dan 99,5 % en ten minste 99,0 %      10 %
   beschikbaarheid lager dan 99,0 %                            20 %
6.2 Per P1-incident waarvoor de workaroundtermijn wordt overschreden, komt daar 5 % bij.
6.3 De credits bedragen samen ten hoogste 30 % van de maandvergoeding. Zij worden automatisch
verrekend, zonder dat de Klant ze moet aanvragen, en doen geen afbreuk aan het recht van de Klant
op schadevergoeding.
6.4 Is de beschikbaarheid drie opeenvolgende maanden lager dan 99,0 %, dan kan de Klant de
Overeenkomst bij aangetekende brief beëindigen, zonder opzegtermijn en zonder vergoeding.

Artikel 7 - Onderhoud, updates en kwaliteit
7.1 De Leverancier houdt de viewer, de besturingssystemen, de databanken en alle onderliggende
componenten up-to-date. Kritieke beveiligingspatches (CVSS 9 of hoger) worden binnen 72 uur na
publicatie geïnstalleerd, andere beveiligingspatches binnen 30 dagen.
7.2 Nieuwe versies van ClearView Web (ongeveer twee per jaar) zijn inbegrepen in de maandvergoeding.
Zij worden eerst vier weken in de testomgeving van de Klant ter beschikking gesteld; de
productie-upgrade gebeurt op een datum die met de ICT-dienst wordt afgesproken.
7.3 De Leverancier beheert de Dienst binnen een informatiebeveiligingssysteem dat gecertificeerd
is volgens ISO/IEC 27001 en ontwikkelt de viewer, een medisch hulpmiddel klasse IIa, onder een
kwaliteitssysteem volgens ISO 13485. Elke release wordt vóór vrijgave getest volgens het
gevalideerde testplan en gaat vergezeld van release notes.

Artikel 8 - Team en kennis van de omgeving
8.1 Service delivery manager van de Leverancier is mevrouw Nathalie De Wilde
(nathalie.dewilde@medivue.be, 0473 55 81 20).
8.2 De tweedelijnsondersteuning gebeurt door applicatiespecialisten met ten minste drie jaar
ervaring in medische beeldvorming en een opleiding in DICOM en HL7.
8.3 De Leverancier houdt een configuratiedossier bij van de omgeving van de Klant (koppelingen,
VPN, gebruikersgroepen, hanging protocols per dienst), dat de helpdesk bij elke melding raadpleegt
en dat binnen vijf werkdagen na elke wijziging wordt bijgewerkt.

Artikel 9 - Verplichtingen van de Klant
De Klant:
a) beheert het VPN-eindpunt aan haar zijde en haar PACS-archief en houdt beide beschikbaar;
b) meldt geplande wijzigingen aan haar netwerk, EPD of PACS-archief ten minste tien werkdagen
   vooraf aan de service delivery manager;
c) bezorgt binnen vijftien dagen na ondertekening de lijst van ten minste twee opgeleide
   sleutelgebruikers per campus, die meldingen doen, en houdt die lijst actueel.

Artikel 10 - Rapportering, overleg en escalatie
10.1 Uiterlijk de tiende werkdag van elke maand bezorgt de Leverancier een servicerapport met de
beschikbaarheid per dag, alle incidenten met prioriteit en reactie-, workaround- en oplostijden,
het uitgevoerde onderhoud en de geplaatste patches, de gebruiksstatistieken en de berekende
service credits.
10.2 Elk kwartaal houden de service delivery manager, het diensthoofd ICT van de Klant en de
radioloog-sleutelgebruiker een service review. De Leverancier bezorgt het verslag binnen vijf
werkdagen.
10.3 Escalatie verloopt in drie niveaus, elk met een termijn van tien werkdagen: (1) service
delivery manager - diensthoofd ICT; (2) directeur operations van de Leverancier - ICT-directeur
van de Klant; (3) gedelegeerd bestuurder - algemeen directeur. Geschillen over de meting van de
servicelevels of de berekening van de credits doorlopen deze escalatieweg voordat een partij zich
tot de rechtbank wendt. Voor het toepasselijk recht en de bevoegde rechtbank geldt artikel 16 van
de Overeenkomst.

Artikel 11 - Vertrouwelijkheid en persoonsgegevens
11.1 De Dienst verwerkt medische beelden en andere gezondheidsgegevens van patiënten. De
Leverancier verwerkt die uitsluitend als verwerker, volgens de schriftelijke instructies van de
Klant en de verwerkersovereenkomst van Bijlage 4. De gegevens worden uitsluitend bewaard in de
twee datacenters van de Leverancier in België, versleuteld in rust en tijdens het transport. Elke
toegang door medewerkers van de Leverancier wordt gelogd; de Klant ontvangt die log maandelijks.
Een inbreuk in verband met persoonsgegevens wordt binnen 24 uur aan de DPO van de Klant gemeld.
11.2 Medewerkers van de Leverancier met toegang tot de Dienst ondertekenen een
geheimhoudingsverklaring. De Leverancier waarborgt de vertrouwelijkheid van alle patiëntgegevens
en informatie van de Klant, ook na het einde van de Overeenkomst.

Artikel 12 - Duur, einde en overgang
12.1 Deze bijlage geldt voor de duur van de Overeenkomst.
12.2 Bij het einde van de Overeenkomst, om welke reden ook, blijft de Leverancier op verzoek van de
Klant de Dienst tot zes maanden verder leveren tegen de geldende maandvergoeding en aan dezelfde
servicelevels. Zij werkt mee aan de overgang naar een nieuwe leverancier: zij overhandigt het
configuratiedossier en geeft een overdrachtssessie van één dag zonder kosten; verdere medewerking
wordt aangerekend aan de tarieven van artikel 2.2.
12.3 Binnen 30 dagen na het einde bezorgt de Leverancier alle annotaties, metingen, key images en
presentation states in DICOM-formaat en de auditlogs in csv-formaat, en wist zij daarna alle
gegevens, de cache inbegrepen, met een vernietigingsattest. De Leverancier heeft geen retentierecht
op de gegevens van de Klant.

Artikel 13 - Aansprakelijkheid
De aansprakelijkheid van de partijen wordt geregeld in artikel 12 van de Overeenkomst.

Opgemaakt te Lokeren op 1 december 2026, in twee exemplaren.

Voor Medivue nv                                  Voor AZ Durmevallei vzw
Frederik Lambrecht, gedelegeerd bestuurder       dr. Katrien Van Acker, algemeen directeur
(handtekening)                                   (handtekening)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "partial",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.warranty": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "partial",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "partial",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "partial",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.8,
    },
)


NL_T14N_SCHOOL_NETWORK_CABLING_QUOTE = UnseenDocument(
    name="nl_t14n_school_network_cabling_quote",
    text="""CONNECTRA BV - netwerkbekabeling | actieve netwerken | wifi
Industriepark Noord 12, 9100 Sint-Niklaas | 03 776 42 10 | info@connectra.be | BTW BE 0745.318.902

OFFERTE 2026-0487
Datum:            27 november 2026
Geldig tot:       15 januari 2027
Klant:            Sint-Victorinstituut vzw, Kerkstraat 40, 9140 Temse
Ter attentie van: mevrouw An De Bock, directeur, en de heer Stijn Van Hoeylandt, ICT-coördinator
Betreft:          vernieuwing netwerkbekabeling blok B en C en vervanging van de switchen

Geachte mevrouw De Bock,
Geachte heer Van Hoeylandt,

Naar aanleiding van ons plaatsbezoek van 19 november bezorgen wij u graag onze offerte voor de
vernieuwing van de netwerkbekabeling in blok B en C en de vervanging van alle switchen op de
campus. De huidige Cat5e-bekabeling in die blokken dateert van 2004 en de HPE-switchen worden
sinds 2024 niet meer ondersteund door de fabrikant.

1. WAT WIJ UITVOEREN
Bekabeling
- plaatsen van 132 nieuwe datapunten Cat6A U/FTP (LSZH) in 22 klaslokalen, 3 labo's, de
  leraarskamer en het secretariaat; per klaslokaal 4 punten (digitaal bord, bureau leerkracht,
  access point en reserve);
- 2 nieuwe 42U-racks in de technische lokalen B0.12 en C1.04, met patchpanelen, kabelgeleiders
  en stekkerdoos;
- glasvezelbackbone OM4 (12 vezels) tussen het hoofdrek in blok A en de nieuwe racks;
- wegnemen en afvoeren van de oude bekabeling en racks in blok B en C;
- labelen van alle punten volgens het nummeringsplan van de school;
- doormeting van elke link met een Fluke DSX-8000 volgens ISO/IEC 11801 klasse EA.
Switchen
- levering van 8 access-switchen Aruba CX 6100 48G PoE+ en 1 core-switch Aruba CX 6300M;
- configuratie van de VLAN's (personeel, leerlingen, gasten, printers, camera's, beheer) volgens
  uw huidige IP-plan en aansluiten van de bestaande access points;
- indienstname en afvoer van de oude switchen.

Niet inbegrepen
- breek-, schilder- en plafondwerken, buiten het openen en sluiten van systeemplafonds;
- elektriciteitswerken;
- de wifi-access points (de bestaande Aruba-toestellen blijven), de firewall en de
  internetverbinding;
- de asbestinventaris en een eventuele asbestverwijdering.

2. PRIJS (excl. btw)
   Bekabeling: 132 datapunten Cat6A, plaatsing en doormeting, à EUR 148,00   EUR 19.536,00
   Racks: 2 x 42U, volledig uitgerust                                        EUR  3.860,00
   Glasvezelbackbone blok A-B en A-C, lassen en meten inbegrepen             EUR  4.280,00
   Afbraak en afvoer oude bekabeling en racks                                EUR  1.950,00
   Access-switchen: 8 x Aruba CX 6100 à EUR 2.640,00                         EUR 21.120,00
   Core-switch: 1 x Aruba CX 6300M met SFP+-modules                          EUR  6.890,00
   Configuratie, indienstname en documentatie: 32 uur à EUR 85,00            EUR  2.720,00
   TOTAAL excl. btw                                                          EUR 60.356,00
   btw 21 %                                                                  EUR 12.674,76
   TOTAAL incl. btw                                                          EUR 73.030,76

Bijkomende datapunten plaatsen wij aan EUR 148,00 per punt; andere bijkomende werken aan
EUR 68,00 per uur per technieker. Meerwerk melden wij op de werf aan de ICT-coördinator en voeren
wij pas uit na een prijsopgave die de directie of de ICT-coördinator schriftelijk (een mail
volstaat) heeft goedgekeurd. Het meerwerk wordt afzonderlijk gefactureerd bij de oplevering.

3. PLANNING
- bestelling uiterlijk 8 januari 2027 (levertermijn switchen 3 tot 4 weken);
- bekabeling blok B: krokusvakantie, maandag 8 tot vrijdag 12 februari 2027;
- bekabeling blok C en plaatsing van alle switchen: maandag 15 tot donderdag 18 februari 2027;
- tests en oplevering: vrijdag 19 februari 2027, zodat de lessen op 22 februari met het nieuwe
  netwerk kunnen starten.

4. WAT WIJ VAN DE SCHOOL VERWACHTEN
- uiterlijk 15 januari 2027: het actuele IP- en VLAN-plan en de beheerwachtwoorden van de huidige
  switchen (via een beveiligde link die wij u bezorgen);
- uiterlijk 1 februari 2027: de asbestinventaris van blok B en C;
- uiterlijk 5 februari 2027: per technisch lokaal twee stopcontacten op een aparte kring, te
  plaatsen door uw elektricien;
- tijdens de werken: vrije toegang tot de gebouwen van 7.30 tot 18.00 uur, de sleutels van de
  technische lokalen, en kasten tegen de wanden met nieuwe punten leeggemaakt.

5. VERTRAGING
Kunnen wij door een oorzaak bij de school niet werken op de geplande dagen, dan plannen wij de
werken in overleg opnieuw in en rekenen wij de verloren uren aan EUR 68,00 per technieker aan. Zijn
de werken door onze fout niet klaar op 19 februari 2027, dan werken wij ze af na de lesuren en op
woensdagnamiddag, zonder meerkost, en voorzien wij tot dan een tijdelijke aansluiting in elk
betrokken lokaal.

6. UITVOERING EN TEAM
Projectleider is de heer Wim Verstraeten (0476 31 22 08); ploegleider op de werf is de heer Kevin
Baeyens. Onze installateurs zijn gecertificeerd als Nexans LANmark Certified Installer; de
configuratie van de switchen gebeurt door een netwerkingenieur met de certificering Aruba
Certified Switching Professional. Tijdens de werken is er elke ochtend om 7.45 uur een kort
werfoverleg met de ICT-coördinator, en bezorgt de ploegleider elke avond per mail de stand van de
werken en eventuele problemen.

7. OPLEVERING EN DOCUMENTATIE
Bij de oplevering controleren wij samen met de ICT-coördinator elke switch, elke uplink en elk
VLAN in elk lokaal, en een steekproef van tien procent van de datapunten. Beide partijen
ondertekenen een opleveringsverslag; opmerkingen lossen wij binnen tien werkdagen op. Binnen tien
werkdagen na de oplevering ontvangt u de meetrapporten (pdf), de as-built plannen per verdieping
met de nummering, het rackoverzicht en de configuratiebestanden van de switchen. Bij de oplevering
overlopen wij in twee uur het beheer van de switchen met de ICT-coördinator.

8. WAARBORG
Op de doorgemeten bekabeling geldt de systeemgarantie van Nexans van 25 jaar, die wij na de
oplevering voor u registreren. Op de switchen geldt de fabrieksgarantie van Aruba. Op onze
uitvoering (plaatsing en configuratie) geven wij twee jaar waarborg: gebreken herstellen wij
kosteloos, verplaatsing inbegrepen.

9. FACTURATIE EN BETALING
30 % voorschot bij bestelling, het saldo na oplevering. Facturen zijn betaalbaar binnen 30 dagen
na factuurdatum.

10. VOORWAARDEN
Onze aansprakelijkheid is beperkt tot het bedrag van deze offerte en omvat geen onrechtstreekse
schade, zoals lesuitval. Op deze offerte zijn onze algemene voorwaarden van toepassing (in
bijlage); algemene voorwaarden van de klant aanvaarden wij niet.

Voor akkoord kan u een ondertekend exemplaar van deze offerte terugbezorgen of uw bestelling per
mail bevestigen aan wim.verstraeten@connectra.be.

Met vriendelijke groeten,

Wim Verstraeten
zaakvoerder, Connectra bv

Voor akkoord, Sint-Victorinstituut vzw
Naam: ............................   Datum: ................   Handtekening: ......................
""",
    items={
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
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
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "maintenance.services": "missing",
        "maintenance.support_hours": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "missing",
        "exit.termination": "missing",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
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
    },
)


NL_T14N_BREWERY_PLANNING_LICENCE = UnseenDocument(
    name="nl_t14n_brewery_planning_licence",
    text="""LICENTIE- EN ONDERSTEUNINGSOVEREENKOMST BREWPLAN
Kenmerk: VW-2026-0311

De ondergetekenden:
1. Vatwerk Software B.V., Hanzelaan 310, 8017 JK Zwolle, KvK 71849236, rechtsgeldig
   vertegenwoordigd door de heer J.W. (Jan-Willem) Hofstede, algemeen directeur, "Vatwerk";
2. Brouwerij De Drie Ketels B.V., Kanaaldijk 14, 4902 VP Oosterhout, KvK 20117845, rechtsgeldig
   vertegenwoordigd door mevrouw S. (Sanne) Verhoeven, directeur, "de Brouwerij";

overwegende dat de Brouwerij jaarlijks circa 85.000 hectoliter bier brouwt, met 14 gist- en
lagertanks en twee afvullijnen, en haar productieplanning wil overzetten van Excel naar BrewPlan,
de standaardsoftware van Vatwerk voor de planning van brouwsels, gisting, lagering en afvullen,
op basis van de offerte VW-O-2026-188 van 30 oktober 2026 (de "Offerte");

komen als volgt overeen:

Artikel 1 - Documenten en rangorde
1.1 De Offerte (Bijlage 1), de verwerkersovereenkomst (Bijlage 2) en de NLdigital Voorwaarden 2020
(Bijlage 3) maken deel uit van deze overeenkomst.
1.2 Op deze overeenkomst zijn de NLdigital Voorwaarden 2020 van toepassing, waarvan de Brouwerij
verklaart een exemplaar te hebben ontvangen. Bij strijdigheid gaan de NLdigital Voorwaarden voor
op deze overeenkomst en de overige bijlagen. Inkoopvoorwaarden van de Brouwerij zijn niet van
toepassing.

Artikel 2 - Licentie
2.1 Vatwerk verleent de Brouwerij een niet-exclusief en niet-overdraagbaar recht om BrewPlan, met
de modules Brouwplanning, Tankplanning, Afvulplanning en Grondstoffenbehoefte en de koppeling met
Exact Globe, voor de duur van deze overeenkomst te gebruiken op een server van de Brouwerij, voor
maximaal 8 benoemde gebruikers en uitsluitend voor de eigen bedrijfsvoering van de Brouwerij.
2.2 Alle intellectuele eigendomsrechten op BrewPlan, de koppelingen en de documentatie berusten
bij Vatwerk. Recepten, planningen en andere gegevens die de Brouwerij invoert, blijven van de
Brouwerij.
2.3 Niet inbegrepen zijn: de server en de Microsoft SQL Server-licentie, de licentie van Exact
Globe, een koppeling met de besturing (PLC) van het brouwhuis of de afvullijnen, en
kwaliteits- of labmodules.

Artikel 3 - Implementatie en planning
3.1 Vatwerk implementeert BrewPlan in de volgende fasen:
   a. kick-off en inrichtingsworkshops: weken 3 en 4 van 2027;
   b. installatie op de server van de Brouwerij en inrichting van tanks, lijnen, recepten en
      capaciteiten: weken 5 tot en met 8;
   c. import van stamgegevens en koppeling met Exact Globe: weken 7 tot en met 9;
   d. acceptatietest: weken 10 en 11;
   e. opleiding en livegang: week 12, met als streefdatum maandag 22 maart 2027.
3.2 De in dit artikel genoemde termijnen zijn streeftermijnen. Overschrijding van een termijn geeft
de Brouwerij geen recht op schadevergoeding of ontbinding; partijen stellen in dat geval in
overleg een nieuwe planning op.
3.3 De Brouwerij levert uiterlijk vrijdag 29 januari 2027 de recepten, tankgegevens,
lijncapaciteiten, artikelstamgegevens en stuklijsten aan in het Excel-sjabloon van Vatwerk, stelt
haar productieplanner tijdens de implementatie gemiddeld twee dagen per week beschikbaar als
key-user, zorgt uiterlijk in week 5 voor een server volgens de systeemeisen in de Offerte, met
toegang op afstand voor Vatwerk, en voert de acceptatietest uit in de weken 10 en 11.

Artikel 4 - Gegevensconversie
Vatwerk importeert de aangeleverde stamgegevens eenmalig in BrewPlan en controleert de import
samen met de key-user aan de hand van een controlelijst. Productieorders die op de datum van
livegang openstaan, voert de key-user zelf in. Historische planningen uit Excel worden niet
overgezet.

Artikel 5 - Acceptatie
5.1 Vatwerk levert uiterlijk in week 9 de testscripts voor de acceptatietest. Blokkerende
bevindingen lost Vatwerk op vóór de livegang, overige binnen de garantieperiode van artikel 7.3.
5.2 BrewPlan geldt als geaccepteerd bij schriftelijke acceptatie door de Brouwerij, of wanneer de
Brouwerij niet binnen tien werkdagen na de start van de acceptatietest blokkerende bevindingen
heeft gemeld, of wanneer de Brouwerij BrewPlan in productie neemt.

Artikel 6 - Projectorganisatie
6.1 Projectleider en implementatieconsultant van Vatwerk is mevrouw Marloes Bakker; technisch
consultant is de heer Ruben Kok. Projectleider van de Brouwerij is de heer Thijs van Dongen,
productiemanager; key-user is mevrouw Ilse Pijnenburg, productieplanner.
6.2 Tijdens de implementatie stuurt Vatwerk elke twee weken een voortgangsverslag met de
uitgevoerde werkzaamheden, de planning, de bestede uren en de openstaande punten.
6.3 Tot de livegang komt maandelijks een stuurgroep bijeen, bestaande uit de directeur en de
productiemanager van de Brouwerij en de projectleider en de accountmanager van Vatwerk, de heer
Erik Mulder. Na de livegang blijft de heer Mulder vast aanspreekpunt van de Brouwerij en vindt
jaarlijks een evaluatiegesprek plaats.

Artikel 7 - Documentatie, opleiding en garantie
7.1 Vatwerk levert bij de livegang een inrichtingsdocument (tanks, lijnen, planningsregels en
instellingen van de koppeling) en een beheerhandleiding. De helpdesk van Vatwerk gebruikt het
inrichtingsdocument bij de behandeling van meldingen.
7.2 Vatwerk geeft een opleiding van twee dagen op locatie in Oosterhout aan de key-user en de twee
andere planners, en een halve dag aan de ICT-beheerder van de Brouwerij. In de eerste week na de
livegang is de implementatieconsultant twee dagen ter plaatse aanwezig.
7.3 Gedurende drie maanden na de livegang herstelt Vatwerk kosteloos fouten in de inrichting en in
de koppeling met Exact Globe die door Vatwerk zijn veroorzaakt.

Artikel 8 - Vergoedingen en betaling
8.1 Implementatie (installatie, inrichting, import stamgegevens, koppeling Exact Globe, opleiding
en begeleiding livegang), vaste prijs: EUR 18.750,00 excl. btw.
8.2 Licentie- en ondersteuningsvergoeding: EUR 1.240,00 excl. btw per maand voor 8 benoemde
gebruikers; elke extra gebruiker EUR 95,00 per maand.
8.3 De totale vergoeding over de initiële looptijd van 36 maanden bedraagt EUR 63.390,00 excl. btw.
8.4 Werkzaamheden die niet onder de vaste prijs of de ondersteuning vallen, zoals extra rapporten,
aanvullende koppelingen of extra opleidingen, voert Vatwerk op verzoek van de Brouwerij uit op
basis van nacalculatie tegen de dan geldende tarieven. Het uurtarief bedraagt in 2027 EUR 132,50.
8.5 Vatwerk mag haar tarieven en de licentie- en ondersteuningsvergoeding jaarlijks per 1 januari
aanpassen en maakt de aanpassing ten minste twee maanden vooraf bekend.
8.6 Vatwerk factureert de implementatie voor 40 % bij ondertekening en voor 60 % bij de livegang,
de licentie- en ondersteuningsvergoeding per kwartaal vooraf vanaf de livegang, en nacalculatie
maandelijks achteraf. Betaling geschiedt binnen 30 dagen na factuurdatum.

Artikel 9 - Ondersteuning en onderhoud
9.1 De ondersteuning omvat een helpdesk voor de key-users en de ICT-beheerder, de analyse en het
herstel van fouten in BrewPlan, en nieuwe versies, inclusief beveiligingsupdates.
9.2 De helpdesk is bereikbaar op werkdagen van 8.30 tot 17.00 uur via 038 750 22 40,
support@vatwerk.nl en het supportportaal.
9.3 Vatwerk reageert op meldingen binnen de volgende termijnen:
   Prio 1 - BrewPlan is niet bruikbaar of de planning kan niet naar productie:   2 uur
   Prio 2 - een module of de koppeling met Exact Globe werkt niet goed:           1 werkdag
   Prio 3 - overige vragen en wensen:                                             3 werkdagen
Vatwerk spant zich in om voor een Prio 1-melding binnen één werkdag een oplossing of workaround te
bieden. Voor het oplossen van meldingen heeft Vatwerk een inspanningsverplichting.
9.4 Vatwerk brengt twee keer per jaar een nieuwe versie uit, die zij op afspraak op afstand
installeert. Beveiligingsupdates worden binnen vijf werkdagen na beschikbaarheid geïnstalleerd.
Vatwerk ondersteunt de laatste twee versies.

Artikel 10 - Broncodedepot
De broncode van BrewPlan is met de bijbehorende technische documentatie gedeponeerd bij een
onafhankelijke escrowagent en wordt bij elke nieuwe hoofdversie geactualiseerd. De Brouwerij treedt
bij ondertekening als begunstigde toe tot de escrowovereenkomst. Bij faillissement van Vatwerk of
beëindiging van de ondersteuning van BrewPlan ontvangt de Brouwerij de broncode, uitsluitend voor
het onderhoud van haar eigen installatie. De kosten van de toetreding, EUR 450,00 per jaar, zijn
voor rekening van de Brouwerij.

Artikel 11 - Duur en beëindiging
11.1 De licentie- en ondersteuningsperiode loopt 36 maanden vanaf de livegang en wordt daarna
stilzwijgend verlengd met telkens 12 maanden, tenzij een partij uiterlijk drie maanden vóór het
einde van de lopende periode schriftelijk opzegt.
11.2 Elke partij kan de overeenkomst ontbinden indien de andere partij na een schriftelijke
ingebrekestelling met een termijn van ten minste 30 dagen tekort blijft schieten, of bij
faillissement of surseance van betaling van de andere partij.
11.3 De gegevens staan in de database van de Brouwerij op haar eigen server. De Brouwerij kan ze op
elk moment volledig exporteren naar csv of Excel met de standaard exportfunctie, ook gedurende
60 dagen na het einde van de overeenkomst. Vatwerk levert op verzoek binnen tien werkdagen een
beschrijving van het databasemodel.

Artikel 12 - Aansprakelijkheid
12.1 De totale aansprakelijkheid van Vatwerk is beperkt tot de vergoedingen die de Brouwerij in de
zes maanden voorafgaand aan de schadeveroorzakende gebeurtenis heeft betaald, met een maximum van
EUR 25.000,00.
12.2 Vatwerk is niet aansprakelijk voor indirecte schade, gevolgschade, gederfde winst, verloren
of afgekeurde brouwsels, stilstand van de productie en verlies of beschadiging van gegevens.
12.3 Deze beperkingen gelden niet bij opzet of bewuste roekeloosheid van Vatwerk.

Artikel 13 - Geheimhouding
Vatwerk houdt recepten, productievolumes en grondstofspecificaties van de Brouwerij geheim en
gebruikt ze uitsluitend voor deze overeenkomst, tot vijf jaar na het einde ervan en voor recepten
zonder beperking in de tijd.

Artikel 14 - Persoonsgegevens
BrewPlan verwerkt alleen namen, e-mailadressen en inloggegevens van gebruikers. Voor zover Vatwerk
bij ondersteuning op afstand toegang heeft tot die gegevens, treedt zij op als verwerker volgens de
verwerkersovereenkomst van Bijlage 2, verwerkt zij ze uitsluitend binnen de EER en meldt zij een
datalek binnen 36 uur aan de Brouwerij.

Artikel 15 - Geschillen en toepasselijk recht
Op deze overeenkomst is Nederlands recht van toepassing. Partijen leggen een geschil eerst voor
aan hun directies. Is het geschil niet binnen 30 dagen opgelost, dan kan elke partij het voorleggen
aan de bevoegde rechter van de rechtbank Overijssel, locatie Zwolle.

Aldus overeengekomen en in tweevoud ondertekend te Oosterhout op 4 december 2026.

Vatwerk Software B.V.                            Brouwerij De Drie Ketels B.V.
J.W. Hofstede, algemeen directeur                S. Verhoeven, directeur
(handtekening)                                   (handtekening)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
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
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
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
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 2,
    },
)


NL_T14N_ARCHITECTS_ADHOC_SUPPORT_LETTER = UnseenDocument(
    name="nl_t14n_architects_adhoc_support_letter",
    text="""De Ruiter ICT
Biltstraat 112 bis, 3572 BJ Utrecht | 06 41 27 88 53 | koen@deruiterict.nl | KvK 58219374

Studio Lindeboom Architecten
t.a.v. mevrouw Marieke Lindeboom
Oudegracht 188
3511 NP Utrecht

Utrecht, 3 december 2026

Betreft: bevestiging ICT-ondersteuning 2027

Beste Marieke,

Bedankt voor het prettige gesprek van vorige week, en voor het vertrouwen na bijna vier jaar
samenwerking. Zoals afgesproken zet ik in deze brief op een rij hoe ik jullie in 2027 blijf
ondersteunen. Het is geen dik contract, maar zo weten we allebei waar we aan toe zijn.

Wat ik voor jullie doe
Net als nu help ik jullie op afroep met alles wat met de kantoor-ICT te maken heeft:
- de 11 werkplekken en 3 laptops, inclusief de twee zware werkstations voor Revit en Enscape;
- Microsoft 365 (mail, Teams, OneDrive en SharePoint), ook het aanmaken en afsluiten van accounts
  bij nieuwe en vertrekkende medewerkers;
- de Synology-NAS met de projectarchieven en de back-up naar de cloud;
- het netwerk, de wifi en de firewall;
- de A0-plotter en de multifunctional;
- het beheer van de Autodesk-licenties.
Niet inbegrepen zijn de website (die doet Webwerf), de telefonie, inhoudelijke vragen over Revit
of AutoCAD (daarvoor hebben jullie het supportcontract bij de Autodesk-reseller) en reparaties
van hardware; die laatste regel ik wel voor jullie met de leverancier.

Daarnaast doe ik elke eerste maandagochtend van de maand een onderhoudsronde op afstand: Windows-
en Office-updates controleren, firmware- en software-updates van de NAS en de firewall
installeren, de back-uplogs nakijken en een willekeurig bestand terugzetten als test. Dat kost
meestal ongeveer een uur.

Bereikbaarheid
Jullie kunnen me bereiken op werkdagen van 8.30 tot 17.30 uur, het liefst via
support@deruiterict.nl zodat ik alles kan bijhouden, en bij spoed op 06 41 27 88 53. Ik probeer
altijd binnen een paar uur te reageren en bij echte problemen (de NAS is niet bereikbaar, niemand
kan mailen) zo snel mogelijk langs te komen. Omdat ik alleen werk, kan ik geen vaste reactietijden
garanderen.

Ben ik op vakantie of ziek, dan neemt Jeroen Smit van Smit IT Services in Nieuwegein het over.
Mijn vakanties laat ik minstens twee weken vooraf weten. Jeroen rekent hetzelfde tarief en kan
meteen aan de slag met het beheerdocument.

Jullie omgeving
Ik houd een beheerdocument bij met alle apparaten, licenties en instellingen, en in een aparte,
versleutelde kluis de beheerwachtwoorden. Dat document is van jullie: jij en Joost hebben er via
SharePoint altijd leestoegang toe.

Tarieven (excl. btw, vast voor heel 2027)
- werk op afstand: EUR 78,00 per uur, per begonnen kwartier
- werk op kantoor: EUR 78,00 per uur, minimaal een uur, plus EUR 25,00 voorrijkosten
- spoed buiten kantooruren (als ik bereikbaar ben): EUR 117,00 per uur
In 2026 ging het om ongeveer 70 uur. Grotere klussen van meer dan vier uur, zoals het vervangen
van werkplekken of een nieuwe NAS, doe ik pas na een prijsopgave die jij per mail hebt
goedgekeurd. Hardware en licenties bestel ik alleen na jouw akkoord en factureer ik tegen
inkoopprijs plus 8 %.

Facturen
Ik factureer maandelijks achteraf, met een urenoverzicht per dag: datum, voor wie, wat ik gedaan
heb en hoe lang. Betalen graag binnen 14 dagen.

Overleg
In juni en december plannen we een uurtje om samen de ICT-plannen door te nemen: welke
werkplekken aan vervanging toe zijn en wat dat voor het budget van het volgende jaar betekent.

Wat ik van jullie vraag
De externe back-upschijf moet elke vrijdag gewisseld worden en mee naar huis (nu doet Joost dat).
Houden jullie dat ook in 2027 vol? Nieuwe medewerkers en vertrekkers graag minstens drie werkdagen
vooraf doorgeven, dan staan de accounts op tijd klaar.

Looptijd en stoppen
Deze afspraken gelden van 1 januari tot en met 31 december 2027. Ze lopen niet automatisch door;
in december kijken we samen of en hoe we verdergaan. Tussentijds stoppen kan voor ons allebei met
een opzegtermijn van een maand. Stoppen we, dan draag ik het beheerdocument, de wachtwoorden en de
beheeraccounts over aan jullie of aan jullie nieuwe ICT-partner, en loop ik in een
overdrachtsgesprek alles met hem of haar door. Dat gesprek (maximaal twee uur) reken ik niet.

Vertrouwelijkheid en privacy
Alles wat ik in jullie systemen tegenkom, zoals ontwerpen, tekeningen, gegevens van
opdrachtgevers en de personeelsmap, houd ik voor mezelf, ook na afloop van onze samenwerking.
Omdat ik bij mijn werk ook bij persoonsgegevens kan, moeten we eigenlijk nog een
verwerkersovereenkomst afsluiten. Ik stuur je daarvoor in januari een voorstel.

Aansprakelijkheid
Mijn aansprakelijkheid is beperkt tot het bedrag dat ik jullie in 2027 heb gefactureerd. Voor
verlies van bestanden ben ik niet aansprakelijk; daarom zijn die back-ups ook zo belangrijk.

Kun je me per mail laten weten dat je akkoord bent? Dan is het rond.

Hartelijke groet,

Koen de Ruiter
De Ruiter ICT
""",
    items={
        "agreement.general_terms": "missing",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
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


DOCUMENTS = [
    NL_T14N_PACS_VIEWER_SLA_ANNEX,
    NL_T14N_SCHOOL_NETWORK_CABLING_QUOTE,
    NL_T14N_BREWERY_PLANNING_LICENCE,
    NL_T14N_ARCHITECTS_ADHOC_SUPPORT_LETTER,
]
