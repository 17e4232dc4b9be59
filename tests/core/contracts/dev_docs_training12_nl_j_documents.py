"""Training batch 12 (nl, writer j): four Dutch (Netherlands) documents of kinds not used before.

1. nl_t12j_pension_portal_hosting: a formal agreement with numbered articles (signed by both
   parties) between a Rotterdam pension fund and a Utrecht hosting company for the transition,
   hosting and technical management of the fund's member portal (deelnemersportaal), with an
   SLA, service credits, an exit plan and a six-month tacit-renewal notice.
2. nl_t12j_vet_chain_telephony_offer: an informal e-mail offer from a Zwolle telecom supplier to
   a chain of eight veterinary clinics for cloud telephony with call recording, accepted by a
   reply e-mail.
3. nl_t12j_fish_auction_clock_support: a support contract (signed by both parties) for the
   auction clock software of a fish auction cooperative in Harlingen, with the supplier's
   general terms applying, source code escrow and best-efforts repair of clock failures.
4. nl_t12j_webshop_hosting_terms: the general terms of a Dutch webshop-hosting company
   (unsigned), with supplier-friendly clauses on prices, liability, service levels and data.

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

NL_T12J_PENSION_PORTAL_HOSTING = UnseenDocument(
    name="nl_t12j_pension_portal_hosting",
    text="""DIENSTVERLENINGSOVEREENKOMST HOSTING EN BEHEER DEELNEMERSPORTAAL
Kenmerk: SPR/IT/2026-07

DE ONDERGETEKENDEN:

1. Stichting Pensioenfonds Rijnmond Havenbedrijven, statutair gevestigd te Rotterdam,
   kantoorhoudende aan de Wilhelminakade 112, 3072 AP Rotterdam, ingeschreven in het
   Handelsregister onder nummer 41128806, te dezen rechtsgeldig vertegenwoordigd door
   mevrouw mr. J.M. (Judith) Verbeek, directeur Bestuursbureau, hierna: "het Fonds";

2. Kadewerk Hosting B.V., statutair gevestigd te Utrecht, kantoorhoudende aan de
   Europalaan 40, 3526 KS Utrecht, ingeschreven in het Handelsregister onder nummer 30219577,
   te dezen rechtsgeldig vertegenwoordigd door de heer ir. M. (Maarten) Dijkstra, algemeen
   directeur, hierna: "Kadewerk";

OVERWEGENDE DAT:
- het Fonds aan ruim 38.000 deelnemers en pensioengerechtigden een beveiligde online omgeving
  biedt (het "Deelnemersportaal") waarin zij met DigiD inloggen, hun pensioenoverzicht en
  UPO raadplegen, keuzes doorgeven en berichten uitwisselen met het Fonds;
- het Deelnemersportaal is ontwikkeld door Portaalbouw Nederland B.V. en op dit moment wordt
  gehost door een andere partij, waarvan het contract per 1 juli 2027 eindigt;
- het Fonds de hosting en het technisch beheer wil uitbesteden aan Kadewerk en daarbij de
  eisen van artikel 34 van de Pensioenwet, het Besluit uitvoering Pensioenwet en de Good
  Practice Uitbesteding van De Nederlandsche Bank in acht moet nemen;

KOMEN OVEREEN ALS VOLGT:

Artikel 1 - Onderwerp en documenten
1.1 Kadewerk verzorgt de transitie, de hosting, het technisch beheer en de beveiliging van
het Deelnemersportaal, de bijbehorende database en de koppelingen met de pensioenadministratie
en met Logius (DigiD en MijnOverheid).
1.2 Het functioneel beheer en de doorontwikkeling van de applicatie vallen buiten deze
overeenkomst; die blijven bij het Fonds en Portaalbouw Nederland B.V. Eveneens niet
inbegrepen zijn de kosten van DigiD-aansluiting bij Logius en de PKIoverheid-certificaten,
die het Fonds zelf draagt.
1.3 De volgende bijlagen maken deel uit van deze overeenkomst: Bijlage A de offerte
KW-OF-2026-311, Bijlage B de Service Level Agreement (SLA), Bijlage C de
verwerkersovereenkomst en Bijlage D het exitplan. Bij tegenstrijdigheid gaat deze
overeenkomst voor op de bijlagen, Bijlage B voor op Bijlage A.
1.4 Op deze overeenkomst zijn de Algemene Inkoopvoorwaarden van het Fonds (versie 2024) van
toepassing. Bij tegenstrijdigheid tussen deze overeenkomst en die voorwaarden gaat deze
overeenkomst voor. Algemene voorwaarden van Kadewerk zijn niet van toepassing.

Artikel 2 - Vergoedingen en betaling
2.1 Voor de transitie (artikel 3) betaalt het Fonds een vaste prijs van EUR 24.750,00.
2.2 Voor hosting, beheer en beveiliging betaalt het Fonds EUR 6.180,00 per maand, inclusief
de productie-, acceptatie- en testomgeving, back-up, monitoring, de jaarlijkse
penetratietest en de rapportages van artikel 7.
2.3 Werkzaamheden buiten de in Bijlage B beschreven dienstverlening voert Kadewerk uitsluitend
uit na een schriftelijke offerte met een vaste prijs of een maximaal aantal uren, en na
schriftelijke opdracht van de Fondsmanager IT. Het uurtarief bedraagt EUR 128,00 voor een
engineer en EUR 146,00 voor een security specialist.
2.4 De vergoedingen en uurtarieven worden jaarlijks per 1 januari aangepast op basis van de
CBS-index cao-lonen per uur, zakelijke dienstverlening, met een maximum van 4 % per jaar.
Andere wijzigingen behoeven de schriftelijke instemming van het Fonds.
2.5 De transitieprijs wordt gefactureerd voor 40 % bij ondertekening en voor 60 % na de
succesvolle livegang; de maandvergoeding per kwartaal vooraf, voor het eerst vanaf de
livegang. Facturen worden betaald binnen 30 dagen na ontvangst. Alle bedragen luiden
exclusief btw.

Artikel 3 - Transitie en livegang
3.1 Kadewerk richt uiterlijk 15 maart 2027 de acceptatieomgeving in. Op basis van een
migratieplan dat Kadewerk uiterlijk 1 februari 2027 ter goedkeuring voorlegt, voert
Kadewerk in mei 2027 een proefmigratie uit van de database, de documentarchieven (UPO's en
brieven) en de configuratie, en in het weekend van 19 juni 2027 de definitieve migratie.
De livegang is voorzien op maandag 21 juni 2027.
3.2 Het Fonds zorgt ervoor dat de huidige hostingpartij uiterlijk 1 april 2027 een volledige
kopie van de database en de archieven aanlevert, dat Portaalbouw Nederland B.V. uiterlijk
1 maart 2027 de installatiedocumentatie aanlevert en dat het Fonds uiterlijk 15 mei 2027 de
wijziging van de DigiD-aansluiting bij Logius heeft aangevraagd.
3.3 Het Fonds voert in de acceptatieomgeving een acceptatietest uit aan de hand van de
testgevallen in het migratieplan, waaronder een volledige telling en steekproef van
deelnemersrecords. De livegang vindt pas plaats na schriftelijke acceptatie door het Fonds.
3.4 Is de livegang door toedoen van Kadewerk niet uiterlijk 30 juni 2027 gerealiseerd, dan
vergoedt Kadewerk de kosten van verlenging van het contract met de huidige hostingpartij,
met een maximum van EUR 20.000,00. Bij vertraging door toedoen van het Fonds wordt de
planning in de stuurgroep aangepast zonder meerkosten voor het Fonds tot een maximum van
tien werkdagen extra inzet.

Artikel 4 - Organisatie en personeel
4.1 Servicemanager van Kadewerk is de heer R. (Rutger) Hofman; hij is het vaste aanspreekpunt
van het Fonds en kent de inrichting van het Deelnemersportaal. Aanspreekpunt van het Fonds is
de Fondsmanager IT, de heer P. (Pim) Oosterhout.
4.2 De engineers die aan het Deelnemersportaal werken beschikken over ten minste vijf jaar
ervaring met het beheer van Linux- en PostgreSQL-omgevingen; de security specialist is
OSCP-gecertificeerd.
4.3 Vervanging van de servicemanager meldt Kadewerk ten minste een maand vooraf; de opvolger
wordt zonder kosten voor het Fonds ingewerkt.
4.4 Kadewerk houdt een actueel beheerhandboek bij met de architectuur, de configuratie, de
procedures en de contactpersonen, en stelt dit op verzoek ter beschikking van het Fonds.
4.5 Kadewerk is gecertificeerd volgens ISO/IEC 27001 en ISAE 3402 type II en behoudt die
certificeringen gedurende de looptijd. Jaarlijks bezorgt Kadewerk het ISAE 3402-rapport.

Artikel 5 - Dienstverlening en service levels
5.1 De dienstverlening omvat: 24x7 monitoring, incident- en probleembeheer, dagelijkse
back-ups met een bewaartermijn van 90 dagen in een tweede datacenter in Nederland, een
jaarlijkse test van het uitwijkplan, en het beheer van de firewall en de webapplicatiefirewall.
5.2 De servicedesk is bereikbaar op werkdagen van 8.00 tot 18.00 uur via 030 720 18 40 en
servicedesk@kadewerk.nl. Voor prioriteit 1 is buiten kantoortijd een piketdienst bereikbaar
via hetzelfde nummer.
5.3 Reactie- en oplostijden:
   Prioriteit 1 (portaal niet beschikbaar of beveiligingsincident): reactie binnen 30 minuten,
     24x7; oplossing of workaround binnen 4 uur
   Prioriteit 2 (belangrijke functie verstoord): reactie binnen 2 uur; oplossing binnen
     1 werkdag
   Prioriteit 3 (overig): reactie binnen 1 werkdag; oplossing binnen 5 werkdagen
5.4 Kadewerk garandeert een beschikbaarheid van het Deelnemersportaal van 99,8 % per
kalendermaand, gemeten buiten het aangekondigde onderhoudsvenster (zondag 06.00 - 09.00 uur).
5.5 Wordt de beschikbaarheid niet gehaald, dan crediteert Kadewerk 5 % van de
maandvergoeding per begonnen 0,1 % onder de norm, met een maximum van 30 %. Bij het overschrijden
van de oplostijd voor prioriteit 1 crediteert Kadewerk daarnaast 10 % van de maandvergoeding
per incident.
5.6 Kadewerk installeert beveiligingspatches van besturingssystemen en middleware binnen
72 uur na publicatie bij een kritieke kwetsbaarheid en binnen 30 dagen in andere gevallen.
Upgrades naar nieuwe hoofdversies worden vooraf afgestemd met het Fonds en Portaalbouw.

Artikel 6 - Rapportage en overleg
6.1 Kadewerk levert maandelijks binnen tien werkdagen een servicerapportage met de gemeten
beschikbaarheid, de incidenten per prioriteit, de reactie- en oplostijden, de uitgevoerde
patches en de beveiligingsmeldingen.
6.2 Per kwartaal vindt een serviceoverleg plaats tussen de servicemanager en de Fondsmanager
IT. Tijdens de transitie komt een stuurgroep tweewekelijks bijeen. Escalatie verloopt via de
algemeen directeur van Kadewerk en de directeur Bestuursbureau van het Fonds.

Artikel 7 - Looptijd en beëindiging
7.1 Deze overeenkomst gaat in op de datum van ondertekening en heeft een looptijd van
36 maanden vanaf de livegang. Zij wordt daarna stilzwijgend verlengd met telkens 12 maanden,
tenzij een partij ten minste zes maanden voor het einde van de lopende periode schriftelijk
opzegt.
7.2 Het Fonds kan de overeenkomst met onmiddellijke ingang opzeggen indien De Nederlandsche
Bank daartoe een aanwijzing geeft, of indien Kadewerk een wezenlijke verplichting niet nakomt
binnen 30 dagen na schriftelijke ingebrekestelling.
7.3 Bij het einde van de overeenkomst voert Kadewerk het exitplan van Bijlage D uit. Kadewerk
zet de dienstverlening ongewijzigd voort tot de overdracht is voltooid, met een maximum van
zes maanden na het einde, tegen de dan geldende maandvergoeding, en verleent medewerking aan de
opvolgende partij tegen de uurtarieven van artikel 2.3.
7.4 Binnen tien werkdagen na een verzoek van het Fonds levert Kadewerk een volledige export van
de database (PostgreSQL-dump), de documentarchieven in de oorspronkelijke bestandsformaten en
de configuratiebestanden. Kadewerk heeft geen retentierecht op gegevens van het Fonds. Na
schriftelijke bevestiging van het Fonds verwijdert Kadewerk alle gegevens en levert een
verklaring van vernietiging.

Artikel 8 - Intellectuele eigendom
De rechten op het Deelnemersportaal en de gegevens berusten bij het Fonds of zijn licentiegevers.
De scripts en beheertools van Kadewerk blijven eigendom van Kadewerk; voor zover zij nodig zijn
voor de overdracht, verleent Kadewerk het Fonds en de opvolgende partij een kosteloos
gebruiksrecht.

Artikel 9 - Aansprakelijkheid
De aansprakelijkheid van Kadewerk is beperkt tot EUR 750.000,00 per kalenderjaar. Deze
beperking geldt niet bij opzet of bewuste roekeloosheid, en niet voor schade door verlies of
onrechtmatige verwerking van persoonsgegevens, waarvoor Kadewerk tot EUR 2.000.000,00
aansprakelijk is. Kadewerk houdt een beroepsaansprakelijkheidsverzekering en een cyberpolis aan
voor ten minste deze bedragen.

Artikel 10 - Geheimhouding en persoonsgegevens
10.1 Kadewerk en haar medewerkers houden alle informatie over het Fonds en de deelnemers
geheim, ook na het einde van deze overeenkomst.
10.2 Kadewerk verwerkt de persoonsgegevens van deelnemers, waaronder het BSN, uitsluitend als
verwerker in de zin van de AVG en volgens de verwerkersovereenkomst van Bijlage C. De gegevens
worden uitsluitend opgeslagen in datacenters in Nederland. Kadewerk meldt een
(vermoedelijk) datalek binnen 24 uur aan de Fondsmanager IT.

Artikel 11 - Geschillen en toepasselijk recht
11.1 Partijen leggen een geschil eerst voor aan de algemeen directeur van Kadewerk en de
directeur Bestuursbureau. Komen zij niet binnen 30 dagen tot een oplossing, dan kan elke partij
het geschil voorleggen aan mediation volgens het reglement van de Mediatorsfederatie Nederland.
11.2 Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden beslecht door de
rechtbank Rotterdam.

Aldus overeengekomen en in tweevoud getekend,

Stichting Pensioenfonds Rijnmond Havenbedrijven     Kadewerk Hosting B.V.
mr. J.M. Verbeek, directeur Bestuursbureau          ir. M. Dijkstra, algemeen directeur
Rotterdam, 1 december 2026                          Utrecht, 27 november 2026
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
        "rollout.warranty": "missing",
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
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.8,
    },
)

NL_T12J_VET_CHAIN_TELEPHONY_OFFER = UnseenDocument(
    name="nl_t12j_vet_chain_telephony_offer",
    text="""Van: Mark de Vries <mark@belwijs.nl>
Aan: Annemiek Brouwer <a.brouwer@dierenklinieken-vechtdal.nl>
Datum: dinsdag 24 november 2026 16:42
Onderwerp: Offerte BW-26-0917 - telefonie met gespreksopname voor Dierenklinieken Vechtdal

Beste Annemiek,

Dank voor het prettige gesprek van vorige week in Ommen. Zoals beloofd hierbij onze offerte
voor de nieuwe telefonie van jullie acht klinieken, inclusief de gespreksopname waar jullie
om vroegen na de discussie met die klant over het telefonisch advies.

Wat je krijgt
- Cloudtelefonie (hosted PBX) voor 8 locaties en 46 gebruikers, met één centraal
  keuzemenu ("toets 1 voor een spoedgeval, toets 2 voor een afspraak ...") en per kliniek
  een eigen wachtrij.
- Doorschakeling van spoedoproepen buiten openingstijden naar de dienstdoende dierenarts
  volgens het dienstrooster dat jullie in het portaal bijhouden.
- Gespreksopname van alle inkomende en uitgaande gesprekken op de baliewachtrijen, met een
  bewaartermijn van 90 dagen. Teamleiders kunnen opnames terugluisteren en downloaden.
- 38 Yealink T54W-toestellen en 8 draadloze DECT-sets voor de behandelkamers.
- Nummerbehoud: we porteren jullie 8 vaste nummers en het centrale 0900-nummer blijft.
- Koppeling met jullie praktijksoftware zodat bij een inkomende oproep de klantkaart opent.

Niet inbegrepen: netwerkbekabeling en PoE-switches (jullie eigen IT-partner heeft die al
gecontroleerd), de kosten van het 0900-nummer bij de huidige provider en eventuele
aanpassingen in de praktijksoftware zelf.

Prijzen (excl. btw)
Eenmalig
  Inrichting centrale, keuzemenu's en wachtrijen              EUR 2.350,00
  Toestellen Yealink T54W (38 x EUR 189,00)                   EUR 7.182,00
  DECT-sets (8 x EUR 245,00)                                  EUR 1.960,00
  Installatie op locatie (8 klinieken)                        EUR 1.920,00
  Koppeling praktijksoftware                                  EUR   850,00
  Totaal eenmalig                                             EUR 14.262,00
Maandelijks
  Gebruikerslicentie (46 x EUR 11,50)                         EUR   529,00
  Module gespreksopname (46 x EUR 3,25)                       EUR   149,50
  Bundel bellen naar vast en mobiel NL (onbeperkt)            EUR   184,00
  Totaal per maand                                            EUR   862,50

De eenmalige kosten factureren we na de installatie, de maandkosten maandelijks vooraf via
automatische incasso. Betaling binnen 14 dagen na factuurdatum. Wij behouden ons het recht
voor onze maandtarieven jaarlijks per 1 januari aan te passen; we laten je dat minimaal een
maand vooraf weten.

Planning
Na jullie akkoord vragen we de nummerportering aan; dat duurt meestal drie tot vier weken.
We installeren in twee dagen per cluster (Ommen, Dalfsen, Hardenberg en Coevorden op dag 1,
de andere vier klinieken op dag 2). Daarvoor hebben we uiterlijk twee weken vooraf van jullie
nodig: de openingstijden per kliniek, het dienstrooster voor spoed en de gewenste teksten voor
het keuzemenu. De teksten laten we inspreken door een professionele stem.

Training en ondersteuning
Op de installatiedag krijgen de baliemedewerkers per kliniek een korte instructie van een
halfuur en we sturen een handleiding in pdf. Voor de teamleiders doen we een online sessie van
een uur over het portaal en het terugluisteren van opnames.
Na de livegang kunnen jullie onze helpdesk bereiken op werkdagen van 8.00 tot 18.00 uur via
085 303 44 10 of support@belwijs.nl. Storingen pakken we zo snel mogelijk op. Ik blijf na de
livegang jullie vaste accountmanager.

Gespreksopname en privacy
De opnames worden versleuteld opgeslagen in ons datacenter in Amsterdam en na 90 dagen
automatisch verwijderd. Alleen gebruikers met de rol teamleider hebben toegang. Belwijs treedt
daarbij op als verwerker; onze verwerkersovereenkomst stuur ik mee als bijlage. Jullie moeten
bellers wel zelf informeren over de opname; we zetten daarvoor standaard een melding in het
keuzemenu ("dit gesprek kan worden opgenomen voor kwaliteitsdoeleinden").

Looptijd
Het contract loopt 36 maanden vanaf de livegang en wordt daarna steeds met 12 maanden
verlengd, tenzij je een maand voor het einde opzegt. De toestellen worden jullie eigendom na
betaling.

Op deze offerte zijn de algemene voorwaarden van Belwijs B.V. van toepassing; je vindt ze op
belwijs.nl/voorwaarden. De offerte is 30 dagen geldig.

Akkoord? Dan is een reply op deze mail voldoende, dan plannen we de portering in.

Met vriendelijke groet,
Mark de Vries
Accountmanager zakelijk
Belwijs B.V. | Stationsweg 8, 8011 CZ Zwolle | KvK 67730412

---

Van: Annemiek Brouwer <a.brouwer@dierenklinieken-vechtdal.nl>
Aan: Mark de Vries <mark@belwijs.nl>
Datum: donderdag 3 december 2026 09:05
Onderwerp: RE: Offerte BW-26-0917 - telefonie met gespreksopname voor Dierenklinieken Vechtdal

Hoi Mark,

Directie is akkoord met de offerte. Kun je de portering aanvragen en de installatiedagen
voorstellen? Liefst niet op een maandag, dan is het bij ons het drukst.

Groet,
Annemiek Brouwer
Praktijkmanager, Dierenklinieken Vechtdal
""",
    items={
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "missing",
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
        "rollout.deployment": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 14,
    },
)

NL_T12J_FISH_AUCTION_CLOCK_SUPPORT = UnseenDocument(
    name="nl_t12j_fish_auction_clock_support",
    text="""SUPPORTCONTRACT AFSLAGSYSTEEM KLOKVIS
Contractnummer: KS-SUP-2027-004

Partijen
KlokSys B.V., gevestigd aan de Industrieweg 27, 8861 KZ Harlingen, KvK 01094561,
vertegenwoordigd door de heer H. (Henk) Zijlstra, directeur (hierna: "KlokSys"),
en
Coöperatie Visafslag Waddenkust U.A., gevestigd aan de Havenkade 3, 8862 AB Harlingen,
KvK 01033870, vertegenwoordigd door de heer J. (Jelle) Postma, afslagmeester en bestuurder
(hierna: "de Afslag"),

spreken het volgende af.

1. Onderwerp
1.1 De Afslag gebruikt sinds 2019 het afslagsysteem KlokVis van KlokSys, bestaande uit de
veilingklok met de bijbehorende klokserver, de kopersterminals in de afslaghal, de module
Kopen-op-afstand, de aanvoerregistratie en de koppeling met het boekhoudpakket van de Afslag.
Het gebruiksrecht op KlokVis is geregeld in de licentieovereenkomst van 4 maart 2019.
1.2 Dit contract regelt de ondersteuning en het onderhoud van KlokVis vanaf 1 januari 2027 en
vervangt het onderhoudscontract van 2023.
1.3 Op dit contract zijn de Algemene Voorwaarden van KlokSys B.V., gedeponeerd bij de Kamer van
Koophandel onder nummer 01094561, van toepassing. Bij strijdigheid gaat dit contract voor.

2. Diensten
2.1 De ondersteuning omvat:
 a. telefonische en remote ondersteuning bij storingen en vragen;
 b. het verhelpen van fouten in KlokVis;
 c. twee updates per jaar, waarvan één vóór het begin van het tongseizoen, inclusief
    installatie en een test tijdens een proefveiling;
 d. beveiligingspatches voor de klokserver en de kopersterminals binnen vijf werkdagen na
    beschikbaarheid, te installeren buiten de veilingtijden;
 e. een preventief onderhoudsbezoek per jaar, waarbij de klokserver, de kopersterminals en de
    back-up worden nagelopen;
 f. ondersteuning op locatie wanneer een storing niet op afstand kan worden opgelost.
2.2 Niet inbegrepen: vervanging van hardware, de bekabeling in de afslaghal, storingen door
wijzigingen die de Afslag of derden zonder overleg aan het systeem hebben aangebracht, en
nieuwe functionaliteit.

3. Bereikbaarheid en reactietijden
3.1 Tijdens de veilingen (maandag tot en met vrijdag van 03.30 tot 12.00 uur) is een
supportengineer van KlokSys bereikbaar op het storingsnummer 0517 43 02 90. Buiten de
veilingtijden is de supportdesk bereikbaar op werkdagen van 08.00 tot 17.00 uur via hetzelfde
nummer en via support@kloksys.nl.
3.2 Meldingen worden als volgt behandeld:
   Klokstoring (de veiling kan niet doorgaan of ligt stil):
     telefonische reactie binnen 15 minuten; is de storing niet binnen een uur op afstand
     opgelost, dan vertrekt een engineer direct naar Harlingen.
   Ernstige storing (onderdeel als Kopen-op-afstand of een kopersterminal werkt niet):
     reactie binnen 1 uur tijdens veilingtijden.
   Overige meldingen: reactie binnen 2 werkdagen.
3.3 KlokSys zal zich inspannen een klokstoring zo snel mogelijk te verhelpen. Een hersteltijd
kan KlokSys niet garanderen, onder meer omdat storingen ook door de hardware of het netwerk
van de Afslag kunnen worden veroorzaakt.

4. Medewerking van de Afslag
De Afslag houdt een werkende VPN-verbinding met de klokserver in stand voor KlokSys, meldt een
klokstoring altijd telefonisch op het storingsnummer, stelt bij elke update een proefveiling
op een door partijen afgesproken dag buiten de veilingtijden ter beschikking en zorgt dat ten
minste twee medewerkers de opleiding KlokVis-beheer hebben gevolgd.

5. Contactpersonen en systeemdossier
5.1 Vaste supportengineer voor de Afslag is de heer Pieter Kramer; bij zijn afwezigheid neemt
mevrouw Sanne de Boer de ondersteuning over. Aanspreekpunt bij de Afslag is de heer Postma.
5.2 KlokSys houdt een systeemdossier bij van de installatie bij de Afslag, met de versies,
instellingen per kavel- en soortcode, de netwerkconfiguratie en de historie van alle meldingen.
5.3 KlokSys stuurt elk kwartaal een overzicht van de meldingen, de reactietijden en de
geïnstalleerde updates. Eenmaal per jaar, na het preventief onderhoud, bespreken partijen de
ondersteuning en de plannen voor het komende jaar.

6. Vergoeding
6.1 De vergoeding voor dit contract bedraagt EUR 14.400,00 per jaar, exclusief btw, en wordt
jaarlijks in januari vooruit gefactureerd. Betaling binnen 30 dagen na factuurdatum.
6.2 Werkzaamheden buiten dit contract voert KlokSys uit na een schriftelijke prijsopgave en het
akkoord van de Afslag per e-mail, tegen EUR 110,00 per uur. Voor werk tussen 20.00 en 06.00 uur
en in het weekend geldt een toeslag van 50 %. Reiskosten bedragen EUR 0,45 per kilometer.
6.3 KlokSys mag de vergoeding en het uurtarief jaarlijks per 1 januari aanpassen aan de
CBS-consumentenprijsindex (CPI, alle huishoudens) van oktober van het voorgaande jaar.

7. Looptijd en opzegging
7.1 Dit contract geldt van 1 januari 2027 tot en met 31 december 2027 en wordt daarna telkens
stilzwijgend met een jaar verlengd, tenzij een partij uiterlijk twee maanden voor het einde van
het contractjaar per aangetekende brief opzegt.
7.2 Iedere partij kan het contract ontbinden als de andere partij haar verplichtingen ernstig
niet nakomt en dat niet herstelt binnen 30 dagen na een schriftelijke ingebrekestelling, of bij
faillissement of surseance van betaling van de andere partij.
7.3 Bij het einde van het contract levert KlokSys op verzoek binnen tien werkdagen een export van
alle aanvoer-, transactie- en kopersgegevens uit KlokVis in csv-formaat, met een beschrijving
van de velden.

8. Broncode
De broncode van KlokVis is gedeponeerd bij Escrow4all B.V. te Amsterdam. KlokSys deponeert elke
nieuwe versie binnen een maand na uitgifte. De Afslag is begunstigde in de escrowovereenkomst en
krijgt de broncode bij faillissement van KlokSys of wanneer KlokSys de ondersteuning van
KlokVis staakt. De kosten van het depot draagt KlokSys.

9. Intellectuele eigendom
Alle intellectuele eigendomsrechten op KlokVis, de updates en maatwerk blijven bij KlokSys.
Updates en maatwerk vallen onder het eeuwigdurende, niet-exclusieve gebruiksrecht van de Afslag
uit de licentieovereenkomst van 4 maart 2019.

10. Aansprakelijkheid
De aansprakelijkheid van KlokSys is per jaar beperkt tot het bedrag van de jaarvergoeding van
artikel 6.1. KlokSys is niet aansprakelijk voor gevolgschade, waaronder schade doordat een
veiling niet, niet tijdig of niet volledig kan doorgaan, gederfde omzet van de Afslag of van
aanvoerders, en bederf van vis.

11. Geheimhouding en persoonsgegevens
11.1 KlokSys houdt de gegevens over aanvoer, prijzen en kopers geheim en gebruikt ze alleen voor
de uitvoering van dit contract.
11.2 KlokSys verwerkt bij de ondersteuning persoonsgegevens van kopers en aanvoerders als
verwerker in de zin van de AVG, uitsluitend op instructie van de Afslag en binnen de EU. Een
datalek meldt KlokSys binnen 24 uur aan de Afslag. De verdere afspraken staan in de
verwerkersovereenkomst die als bijlage bij dit contract is gevoegd.

12. Recht en rechter
Op dit contract is Nederlands recht van toepassing. Geschillen worden voorgelegd aan de
rechtbank Noord-Nederland, locatie Leeuwarden.

Getekend te Harlingen op 2 december 2026

KlokSys B.V.                                Coöperatie Visafslag Waddenkust U.A.
H. Zijlstra, directeur                      J. Postma, afslagmeester en bestuurder
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
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.seniority": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
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
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "covered",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.25,
    },
)

NL_T12J_WEBSHOP_HOSTING_TERMS = UnseenDocument(
    name="nl_t12j_webshop_hosting_terms",
    text="""ALGEMENE VOORWAARDEN SHOPSTAL HOSTING B.V.
Versie 4.2 - geldig vanaf 1 oktober 2026

ShopStal Hosting B.V., Kanaalweg 19, 6827 BZ Arnhem, KvK 72281905 ("ShopStal")

Artikel 1 - Toepasselijkheid
1.1 Deze voorwaarden zijn van toepassing op alle aanbiedingen van ShopStal en op alle
overeenkomsten tussen ShopStal en haar klanten ("Klant") over webshophosting, domeinnamen,
SSL-certificaten en aanverwante diensten.
1.2 Inkoop- of andere voorwaarden van de Klant worden uitdrukkelijk van de hand gewezen.
1.3 Bij strijdigheid tussen een overeenkomst of orderbevestiging en deze voorwaarden
prevaleren deze voorwaarden, tenzij ShopStal schriftelijk uitdrukkelijk anders heeft bevestigd.
1.4 ShopStal mag deze voorwaarden wijzigen. Wijzigingen worden ten minste 30 dagen voor de
ingangsdatum per e-mail aangekondigd en gelden ook voor lopende overeenkomsten.

Artikel 2 - Totstandkoming
Aanbiedingen zijn vrijblijvend. Een overeenkomst komt tot stand door een bestelling via
shopstal.nl of door aanvaarding van een offerte per e-mail. ShopStal activeert het bestelde
hostingpakket binnen één werkdag na ontvangst van de eerste betaling.

Artikel 3 - Diensten
3.1 ShopStal biedt de pakketten Start, Groei en Pro aan. Elk pakket omvat serverruimte op
beheerde servers in datacenters in Amsterdam en Rotterdam, een SSL-certificaat, dagelijkse
back-ups met een bewaartermijn van 14 dagen, malwarescans en monitoring. Het pakket Pro
omvat daarnaast een staging-omgeving, een webapplicatiefirewall en 24x7 storingsdienst. De
actuele specificaties per pakket staan op shopstal.nl/pakketten.
3.2 Niet inbegrepen zijn: licenties voor webshopsoftware en plug-ins, ontwikkel- en
ontwerpwerk, de inhoud van de webshop en de afhandeling van betalingen.
3.3 ShopStal houdt het besturingssysteem, de webserver, de database-software en PHP up-to-date
en installeert kritieke beveiligingsupdates daarvan zo spoedig mogelijk. Gepland onderhoud
vindt plaats tussen 00.00 en 06.00 uur en wordt ten minste 48 uur vooraf aangekondigd op
status.shopstal.nl.
3.4 Bij een jaarcontract Groei of Pro verhuist ShopStal de webshop kosteloos vanaf de huidige
hostingpartij: bestanden, database en e-mailboxen worden binnen vijf werkdagen na ontvangst van
de inloggegevens overgezet, waarna de Klant de werking controleert voordat de DNS wordt
omgezet.

Artikel 4 - Verplichtingen van de Klant
4.1 De Klant is zelf verantwoordelijk voor de webshopsoftware (zoals WooCommerce, Magento of
PrestaShop), de plug-ins en thema's, en installeert beveiligingsupdates daarvan binnen
14 dagen na uitgifte. Bij een pakket Pro kan de Klant dit tegen meerprijs aan ShopStal
uitbesteden.
4.2 De Klant houdt wachtwoorden geheim en meldt misbruik onmiddellijk.
4.3 De Klant gebruikt de diensten niet in strijd met de wet of de fair-use-regels op
shopstal.nl. ShopStal mag een webshop zonder voorafgaande waarschuwing blokkeren bij een
hack, malware of overlast voor andere klanten.

Artikel 5 - Support
5.1 De helpdesk is bereikbaar op werkdagen van 09.00 tot 17.30 uur via chat, ticket en
telefoon (026 820 55 00). Klanten met een pakket Pro kunnen storingen 24x7 melden via het
storingsnummer.
5.2 ShopStal streeft ernaar tickets binnen vier werkuren te beantwoorden.
5.3 ShopStal streeft naar een beschikbaarheid van 99,9 % per maand, maar garandeert geen
ononderbroken of foutloze werking van de diensten. Onderbrekingen of storingen geven geen recht
op schadevergoeding, korting of restitutie.
5.4 Alle verplichtingen van ShopStal zijn inspanningsverplichtingen.

Artikel 6 - Prijzen en betaling
6.1 De prijzen van de pakketten staan op shopstal.nl/pakketten en in de orderbevestiging en
zijn exclusief btw. Hostingvergoedingen worden per contractperiode vooruit gefactureerd.
6.2 Facturen worden betaald binnen 14 dagen na factuurdatum, bij voorkeur via automatische
incasso. Bij niet-tijdige betaling mag ShopStal de diensten na een herinnering opschorten.
6.3 ShopStal mag haar prijzen op elk moment aanpassen. Prijswijzigingen worden ten minste
30 dagen vooraf per e-mail aangekondigd. Bij een prijsverhoging van meer dan 10 % mag de Klant
de overeenkomst opzeggen tegen de ingangsdatum van de verhoging.
6.4 Werkzaamheden buiten het pakket, zoals het herstellen van een gehackte webshop, het
terugzetten van een back-up op verzoek of maatwerkconfiguraties, worden op basis van nacalculatie
gefactureerd tegen EUR 95,00 per uur, per begonnen kwartier. ShopStal mag zulke werkzaamheden
ook zonder voorafgaand akkoord uitvoeren wanneer zij dat voor de veiligheid van het platform
nodig acht.

Artikel 7 - Duur en opzegging
7.1 Hostingovereenkomsten worden aangegaan voor 12 maanden en daarna stilzwijgend verlengd
met telkens 12 maanden.
7.2 Opzegging door de Klant gebeurt via het klantpaneel of per e-mail, met inachtneming van een
opzegtermijn van drie maanden voor het einde van de lopende periode.
7.3 ShopStal mag de overeenkomst met onmiddellijke ingang beëindigen bij faillissement van de
Klant, bij herhaald misbruik of wanneer de Klant na opschorting niet binnen 30 dagen betaalt.

Artikel 8 - Einde van de dienst
8.1 Tot de einddatum kan de Klant via het klantpaneel een volledige back-up downloaden
(bestanden als tar.gz en de database als SQL-dump). ShopStal verstrekt binnen twee werkdagen de
verhuiscode van domeinnamen en houdt de diensten ongewijzigd in de lucht tot de einddatum.
8.2 Zolang de Klant niet alle verschuldigde bedragen heeft voldaan, mag ShopStal de back-ups,
de gegevens en de verhuiscodes onder zich houden.
8.3 Dertig dagen na de einddatum verwijdert ShopStal alle gegevens definitief.

Artikel 9 - Aansprakelijkheid
9.1 De aansprakelijkheid van ShopStal is beperkt tot het bedrag dat de Klant in de drie
maanden voorafgaand aan de schadeveroorzakende gebeurtenis voor de betrokken dienst heeft
betaald, met een maximum van EUR 2.500,00.
9.2 ShopStal is nooit aansprakelijk voor indirecte schade, gederfde omzet of winst, gemiste
bestellingen, en verlies of beschadiging van gegevens. De Klant is zelf verantwoordelijk voor
het maken van eigen back-ups.

Artikel 10 - Intellectuele eigendom
De Klant behoudt alle rechten op de inhoud van zijn webshop. De rechten op het klantpaneel, de
software en de documentatie van ShopStal blijven bij ShopStal; de Klant krijgt een
niet-overdraagbaar gebruiksrecht voor de duur van de overeenkomst.

Artikel 11 - Geheimhouding en privacy
11.1 ShopStal en de Klant houden vertrouwelijke informatie van de ander geheim.
11.2 Voor de persoonsgegevens van klanten van de webshop is ShopStal verwerker in de zin van de
AVG. ShopStal verwerkt deze gegevens alleen in Nederland, schakelt uitsluitend de
subverwerkers in die op shopstal.nl/subverwerkers staan en meldt een datalek binnen 48 uur. De
verwerkersovereenkomst op shopstal.nl/avg maakt deel uit van elke overeenkomst.

Artikel 12 - Klachten en geschillen
12.1 Klachten dient de Klant in via het klachtenformulier op shopstal.nl. ShopStal reageert
binnen tien werkdagen. Is de Klant niet tevreden met de afhandeling, dan kan hij de klacht
voorleggen aan de directie, die binnen twintig werkdagen een standpunt inneemt.
Partijen leggen een geschil pas aan de rechter voor nadat deze klachtenprocedure is doorlopen.
12.2 Op alle overeenkomsten is Nederlands recht van toepassing. Geschillen worden uitsluitend
voorgelegd aan de rechtbank Gelderland, locatie Arnhem.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.warranty": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
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
        "payment_term_days": 14,
    },
)


DOCUMENTS = [
    NL_T12J_PENSION_PORTAL_HOSTING,
    NL_T12J_VET_CHAIN_TELEPHONY_OFFER,
    NL_T12J_FISH_AUCTION_CLOCK_SUPPORT,
    NL_T12J_WEBSHOP_HOSTING_TERMS,
]
