"""Held-out batch 13, Dutch documents: a Flemish maintenance and service contract (public
procurement, negotiated procedure) between an intercommunale running a crematorium and the supplier
of its planning software CremPlan, including the implementation and hosting of an online booking
module for funeral directors (signed by both parties); a Netherlands service agreement under which
a mutual insurer outsources the scanning, OCR, classification and delivery of its incoming paper
mail to a document-services company, with its service levels as an annex (signed by both parties);
and a short Flemish e-mail quote from a one-man IT firm for replacing the Wi-Fi access points of a
small accountancy office, accepted by the client in a reply e-mail.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority in
hours, working hours counted as hours, 30 minutes = 0.5; a quote accepted by e-mail or an empty
client signature line raises risk.unsigned; a bare reference to general terms without saying which
document prevails is a partial agreement.general_terms).
"""

from .unseen_documents import UnseenDocument

NL_CREMATORIUM_PLANNING_MAINTENANCE_CONTRACT = UnseenDocument(
    name="nl_crematorium_planning_maintenance_contract",
    text="""ONDERHOUDS- EN DIENSTVERLENINGSOVEREENKOMST CREMPLAN
Opdracht CD-2026-07 - onderhandelingsprocedure zonder voorafgaande bekendmaking

TUSSEN
Intercommunale Crematorium Denderdal, opdrachthoudende vereniging, met zetel te Heidebos 12,
9400 Ninove, ondernemingsnummer 0543.218.907, vertegenwoordigd door mevrouw Greet Verhaegen,
voorzitter van de raad van bestuur, en de heer Luc De Bolle, algemeen directeur,
hierna "de intercommunale",

EN
Ceremonia Software bv, met zetel te Kempische Steenweg 303, 3500 Hasselt, ondernemingsnummer
0678.554.120, vertegenwoordigd door de heer Koen Vanderhoydonck, zaakvoerder,
hierna "Ceremonia",

WORDT OVEREENGEKOMEN WAT VOLGT.

Artikel 1 - Contractdocumenten
1.1 De opdracht wordt beheerst door, in deze rangorde: deze overeenkomst en haar bijlagen, het
bestek CD-2026-07 en de offerte van Ceremonia van 21/10/2026 (ref. CS-OF-2026-233).
1.2 Voor zover deze documenten er niet van afwijken, gelden de algemene uitvoeringsregels van het
KB van 14 januari 2013. De algemene voorwaarden van Ceremonia zijn niet van toepassing.
1.3 Bijlagen: bijlage 1 - testscenario's module Online reservatie; bijlage 2 -
verwerkersovereenkomst.

Artikel 2 - Voorwerp
2.1 Ceremonia onderhoudt en ondersteunt het planningspakket CremPlan dat sinds 2019 op de server
van het crematorium is geïnstalleerd (planning van plechtigheden in de aula's, ovenplanning,
register van de asbestemmingen, facturatie aan de uitvaartondernemers).
2.2 Ceremonia implementeert de module Online reservatie, waarmee de uitvaartondernemers 24 uur
per dag een plechtigheid en een crematie kunnen reserveren, en host en onderhoudt die module in
haar datacenter.
2.3 Niet inbegrepen: de server, het besturingssysteem en de Windows-licenties van het
crematorium, de back-up van die server (die de IT-partner van de intercommunale verzorgt),
maatwerkrapporten en de opleiding van nieuwe medewerkers na de implementatie.

Artikel 3 - Prijzen en betaling
3.1 Alle bedragen zijn exclusief btw.
    Project "Online reservatie", vaste prijs (inrichting, inladen gegevens,
    opleiding, ingebruikname)                                              €  5.350,00 eenmalig
    Onderhoud en ondersteuning CremPlan (serverlicentie, 6 gebruikers)    €  6.840,00 per jaar
    Hosting en onderhoud module Online reservatie                         €  1.980,00 per jaar
3.2 Prestaties buiten het onderhoud gebeuren enkel na een schriftelijke prijsopgave die de
algemeen directeur vooraf heeft goedgekeurd, tegen € 96,00 per uur (consultant) of € 112,00 per
uur (ontwikkelaar); verplaatsingen zijn inbegrepen.
3.3 De jaarlijkse vergoedingen en de uurtarieven worden op 1 januari, voor het eerst op 1 januari
2028, herzien volgens de formule P = P0 x (0,25 + 0,75 x I/I0), waarbij I het indexcijfer der
consumptieprijzen is van de maand november voorafgaand aan de herziening.
3.4 De jaarlijkse vergoedingen worden in januari vooraf gefactureerd; het project na de
oplevering volgens artikel 4.5. Facturen worden betaald binnen 30 dagen na ontvangst.

Artikel 4 - Project Online reservatie
4.1 Planning: startvergadering in week 2 van 2027; inrichting tot 12/02/2027; test door de
intercommunale van 15/02/2027 tot 05/03/2027; ingebruikname op maandag 15/03/2027.
4.2 De intercommunale bezorgt uiterlijk op 15/01/2027 de lijst van de uitvaartondernemers met
hun contactgegevens en de regels voor de tijdsloten per aula, geeft Ceremonia VPN-toegang tot de
server en stelt mevrouw Hilde Van der Veken, diensthoofd administratie, als key user aan.
4.3 Ceremonia laadt de ca. 146 uitvaartondernemers in en zet de bestaande reservaties vanaf
15/03/2027 uit de agenda van CremPlan over naar de module, en controleert het resultaat samen met
de key user.
4.4 Ceremonia geeft twee opleidingen van een halve dag aan de medewerkers van de administratie,
een online infosessie voor de uitvaartondernemers, en bezorgt een handleiding voor beide groepen.
Bij de ingebruikname levert zij een configuratiedocument van de module.
4.5 De intercommunale test de module aan de hand van de testscenario's van bijlage 1. Zijn alle
scenario's geslaagd, dan wordt binnen vijf werkdagen een proces-verbaal van oplevering opgemaakt.
4.6 Fouten in de module die binnen zes maanden na de oplevering worden gemeld, herstelt Ceremonia
kosteloos, ook wanneer ze buiten het onderhoud van artikel 5 zouden vallen.
4.7 Bij laattijdige uitvoering door Ceremonia gelden de vertragingsboetes van artikel 86 van het
KB van 14 januari 2013. Vertraging door het niet nakomen van 4.2 geeft Ceremonia recht op een
aangepaste planning, zonder boete.

Artikel 5 - Onderhoud en ondersteuning
5.1 Het onderhoud omvat: het verhelpen van fouten, de aanpassing van CremPlan en de module aan
wijzigingen in de regelgeving op de begraafplaatsen en de lijkbezorging, twee nieuwe versies per
jaar en de helpdesk. Elke nieuwe versie wordt vooraf op de testomgeving van Ceremonia getest en
op een afgesproken tijdstip buiten de plechtigheden op afstand geïnstalleerd. Kritieke
beveiligingspatches worden binnen vijf werkdagen na beschikbaarheid geïnstalleerd.
5.2 De helpdesk is bereikbaar op werkdagen van 8.00 tot 17.30 uur via 011 39 62 80, via
support@ceremonia.be en via het klantenportaal; op zaterdag van 8.00 tot 12.00 uur uitsluitend
telefonisch voor prioriteit 1.
5.3 Termijnen, gerekend binnen de uren van 5.2:
    Prioriteit 1 - CremPlan of de module is onbruikbaar, er kan niet gepland worden:
                   reactie binnen 1 uur, herstel of werkbare omweg binnen 4 uur
    Prioriteit 2 - een belangrijke functie werkt niet (facturatie, register):
                   reactie binnen 4 uur, herstel binnen 2 werkdagen
    Prioriteit 3 - overige vragen en fouten: reactie binnen 2 werkdagen, herstel in de volgende
                   versie
Deze termijnen zijn resultaatsverbintenissen.
5.4 Ceremonia garandeert een beschikbaarheid van de module Online reservatie van 99,5 % per
kalendermaand, buiten gepland onderhoud van ten hoogste vier uur per maand tussen 22.00 en 6.00
uur, dat vijf werkdagen vooraf wordt aangekondigd.
5.5 Bij overschrijding van de reactietermijn voor prioriteit 1 is een forfaitaire vergoeding van
€ 75,00 per begonnen uur verschuldigd. Ligt de beschikbaarheid onder 99,5 %, dan crediteert
Ceremonia 10 % van de jaarvergoeding voor de module, gedeeld door twaalf, per begonnen 0,5 %.
5.6 Ceremonia houdt een installatiedossier bij met de configuratie van de server, de instellingen
en de koppelingen van het crematorium, dat de helpdesk bij elke melding raadpleegt.

Artikel 6 - Team, rapportering en overleg
6.1 Klantverantwoordelijke bij Ceremonia is de heer Bart Claes (bart.claes@ceremonia.be,
0474 51 22 08); projectleider voor de module is mevrouw Eline Peeters. Bij hun vervanging
verwittigt Ceremonia de intercommunale vooraf en zorgt zij zonder meerkosten voor de overdracht
aan de opvolger.
6.2 Ceremonia bezorgt elk kwartaal een servicerapport met de meldingen per prioriteit, de
gehaalde reactie- en hersteltermijnen, de beschikbaarheid van de module en de geplande versies.
6.3 Eenmaal per jaar evalueren de algemeen directeur en de klantverantwoordelijke de
samenwerking. Problemen worden geëscaleerd van de helpdesk naar de klantverantwoordelijke en
vervolgens naar de zaakvoerder van Ceremonia en de algemeen directeur.

Artikel 7 - Duur en einde
7.1 De overeenkomst loopt van 01/01/2027 tot 31/12/2030 en eindigt dan zonder stilzwijgende
verlenging. De intercommunale kan haar eenmaal met twaalf maanden verlengen bij aangetekende
brief, uiterlijk drie maanden vóór het einde.
7.2 De intercommunale kan de overeenkomst opzeggen tegen het einde van elk contractjaar met een
opzegtermijn van drie maanden, bij aangetekende brief. Bij een ernstige tekortkoming die niet
binnen dertig dagen na een ingebrekestelling is verholpen, kan elke partij de overeenkomst
beëindigen.
7.3 Bij het einde bezorgt Ceremonia binnen dertig dagen kosteloos een volledige export van de
gegevens van de intercommunale (planning, reservaties, register, uitvaartondernemers, facturen) in
CSV en als gedocumenteerde SQL-dump; daarna verwijdert zij de gegevens uit de module.
7.4 Op verzoek zet Ceremonia het onderhoud en de hosting na het einde maandelijks voort, met een
maximum van zes maanden, tegen de dan geldende vergoeding, en werkt zij tegen de uurtarieven van
artikel 3.2 mee aan de overdracht naar een nieuwe leverancier.
7.5 Partijen bespreken op de eerste jaarvergadering een regeling om de broncode van CremPlan bij
een onafhankelijke derde in bewaring te geven.

Artikel 8 - Rechten, aansprakelijkheid en vertrouwelijkheid
8.1 Ceremonia blijft eigenaar van CremPlan en van de module. De intercommunale behoudt haar
gebruiksrecht volgens de licentieovereenkomst van 2019 en krijgt voor de duur van deze
overeenkomst een gebruiksrecht op de module. Alle gegevens blijven eigendom van de intercommunale.
8.2 De aansprakelijkheid van Ceremonia is beperkt tot € 250.000,00 per schadegeval, behalve bij
opzet of zware fout. Ceremonia heeft daarvoor een beroepsaansprakelijkheidsverzekering.
8.3 Partijen houden alle informatie die zij van elkaar ontvangen vertrouwelijk, ook na het einde
van de overeenkomst.
8.4 Ceremonia verwerkt de persoonsgegevens van de aanvragers en de contactpersonen van de
uitvaartondernemers als verwerker volgens bijlage 2, uitsluitend in datacenters in België, en
meldt een inbreuk binnen 24 uur.

Artikel 9 - Recht en geschillen
9.1 Deze overeenkomst wordt beheerst door het Belgisch recht.
9.2 Een geschil wordt eerst besproken tussen de zaakvoerder van Ceremonia en de algemeen
directeur. Is het na dertig dagen niet opgelost, dan zijn de rechtbanken van Oost-Vlaanderen,
afdeling Dendermonde, bevoegd.

Opgemaakt te Ninove op 11/12/2026 in twee exemplaren; elke partij erkent het hare te hebben
ontvangen.

Voor de intercommunale                                   Voor Ceremonia Software bv
(handtekening)              (handtekening)              (handtekening)
Greet Verhaegen             Luc De Bolle                Koen Vanderhoydonck
voorzitter                  algemeen directeur          zaakvoerder
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
        "exit.escrow": "partial",
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
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 180,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

NL_INSURER_MAIL_SCANNING_OCR_AGREEMENT = UnseenDocument(
    name="nl_insurer_mail_scanning_ocr_agreement",
    text="""DIENSTVERLENINGSOVEREENKOMST DIGITALE POSTVERWERKING
Contractnummer: DS-ZW-2027-01

PARTIJEN
1. Onderlinge Waarborgmaatschappij Zuiderwaard U.A., statutair gevestigd te 's-Hertogenbosch,
   Vughterweg 47, 5211 CK 's-Hertogenbosch, KvK 17045528, te dezen rechtsgeldig
   vertegenwoordigd door mevrouw drs. E.J. (Esther) van Lieshout, directeur Operations,
   hierna: "Zuiderwaard";
2. DocuStroom B.V., gevestigd te Apeldoorn, Ecofactorij 21, 7325 WC Apeldoorn, KvK 08173366,
   te dezen rechtsgeldig vertegenwoordigd door de heer R. (Ruud) Jonkman, algemeen directeur,
   hierna: "DocuStroom";

OVERWEGENDE DAT
- Zuiderwaard haar inkomende papieren post (circa 1.400 poststukken per werkdag) tot nu toe zelf
  scant in de postkamer te 's-Hertogenbosch en deze werkzaamheden wil uitbesteden;
- DocuStroom op 3 november 2026 daarvoor een offerte heeft uitgebracht (DS-OFF-2026-0412);

KOMEN OVEREEN ALS VOLGT:

Artikel 1 - Documenten en voorwaarden
1.1 Deel van deze overeenkomst zijn: Bijlage 1 (offerte DS-OFF-2026-0412), Bijlage 2
(Dienstverleningsniveaus) en Bijlage 3 (Verwerkersovereenkomst).
1.2 Op deze overeenkomst zijn de Algemene Voorwaarden van DocuStroom B.V. (versie 2024,
gedeponeerd bij de Kamer van Koophandel) van toepassing. De inkoopvoorwaarden van Zuiderwaard
zijn niet van toepassing. Bij strijdigheid geldt de volgende rangorde: deze overeenkomst,
Bijlage 3, Bijlage 2, Bijlage 1, de Algemene Voorwaarden.

Artikel 2 - De dienstverlening
2.1 PostNL levert de post voor de postbussen 90150 en 90155 van Zuiderwaard dagelijks rechtstreeks
af bij het scancentrum van DocuStroom in Apeldoorn. DocuStroom opent en sorteert de post,
scant deze in kleur (300 dpi, PDF/A), voert OCR uit, classificeert elk stuk in een van de 24
documentsoorten van Zuiderwaard (onder meer schadeformulieren, expertiserapporten, medische
stukken, polisaanvragen en opzeggingen), leest polis- en schadenummer uit en levert de
documenten met indexgegevens via de API aan het schadebehandelsysteem van Zuiderwaard.
2.2 Stukken met medische gegevens worden in een afgescheiden ruimte verwerkt door medewerkers met
een Verklaring Omtrent het Gedrag en worden uitsluitend afgeleverd in de beveiligde werkbak van
de medisch adviseur.
2.3 Niet inbegrepen zijn: de huur van de postbussen, het scannen van het bestaande papieren
archief, uitgaande post, en de afhandeling van aangetekende stukken die een handtekening van
Zuiderwaard vereisen.
2.4 De originelen worden drie maanden bewaard en daarna gecertificeerd vernietigd, tenzij
Zuiderwaard per stuk om terugzending vraagt.

Artikel 3 - Vergoedingen
3.1 Alle bedragen zijn exclusief btw.
    Eenmalige implementatievergoeding (classificatiemodel, API-koppeling,
    proefproductie)                                                       € 14.750,00
    Vaste maandvergoeding, inclusief 30.000 poststukken per maand        €  3.200,00
    Per poststuk boven 30.000 per maand                                   €      0,11
3.2 De vergoedingen worden jaarlijks per 1 januari aangepast aan de CBS-cao-loonindex voor de
zakelijke dienstverlening, met een maximum van 4 % per jaar.
3.3 Aanvullende werkzaamheden (nieuwe documentsoorten, extra koppelingen) voert DocuStroom
uitsluitend uit op basis van een schriftelijke offerte die Zuiderwaard vooraf heeft aanvaard,
tegen een uurtarief van € 78,00.
3.4 De implementatievergoeding wordt gefactureerd na acceptatie, de maandvergoeding en de
meerstukken maandelijks achteraf. Betaling binnen 30 dagen na factuurdatum.

Artikel 4 - Implementatie
4.1 Planning: start op 11 januari 2027; inrichting van het classificatiemodel en de koppeling tot
en met 19 februari 2027; proefproductie van 22 februari tot en met 12 maart 2027, waarbij
Zuiderwaard de post parallel zelf blijft scannen; volledige overgang op 1 april 2027.
4.2 Zuiderwaard levert uiterlijk 15 januari 2027 per documentsoort 500 voorbeelddocumenten en de
classificatieregels aan, stelt uiterlijk 1 februari 2027 de testomgeving en de API-sleutels
beschikbaar en regelt tijdig de omleiding van de postbussen bij PostNL.
4.3 De proefproductie is geslaagd wanneer in een steekproef van 1.000 stukken ten minste 97 %
juist is geclassificeerd en 98 % van de stukken binnen de termijn van Bijlage 2 is afgeleverd.
Zuiderwaard bevestigt de acceptatie schriftelijk binnen vijf werkdagen na de proefproductie.
4.4 DocuStroom stelt een werkinstructie op voor de medewerkers van de afdeling Schade en geeft
twee uitlegsessies op locatie.
4.5 Wordt de overgang vertraagd door een oorzaak aan de zijde van DocuStroom, dan is de
maandvergoeding pas verschuldigd vanaf de feitelijke overgang en vergoedt DocuStroom de kosten van
de verlengde parallelle verwerking. Ligt de oorzaak bij Zuiderwaard, dan is de maandvergoeding
verschuldigd vanaf 1 april 2027.

Artikel 5 - Kwaliteit, organisatie en rapportage
5.1 DocuStroom is gecertificeerd volgens ISO 9001 en ISO 27001. Van elke dagproductie wordt
steekproefsgewijs 2 % door een tweede medewerker gecontroleerd.
5.2 Servicemanager van DocuStroom is de heer Mark de Wit; hij houdt het werkinstructieboek
Zuiderwaard bij, waarin per documentsoort de classificatie- en uitzonderingsregels staan.
Contactpersoon van Zuiderwaard is de teamleider Postkamer, mevrouw Petra Kuijpers.
5.3 DocuStroom verstuurt iedere werkdag vóór 17.00 uur een productieoverzicht (ontvangen,
verwerkt, uitval) en uiterlijk de vijfde werkdag van de maand een servicerapportage over de
normen van Bijlage 2.
5.4 Maandelijks is er operationeel overleg tussen de servicemanager en de teamleider Postkamer;
ieder kwartaal bespreken de contractmanagers de servicerapportages. Knelpunten die daar niet
worden opgelost, worden voorgelegd aan de directeur Operations en de algemeen directeur.

Artikel 6 - Duur en beëindiging
6.1 Deze overeenkomst gaat in op 1 april 2027 en geldt voor 36 maanden. Zij wordt daarna
stilzwijgend verlengd met telkens 12 maanden, tenzij een partij uiterlijk zes maanden voor het
einde van de lopende periode schriftelijk opzegt.
6.2 Ieder van partijen kan de overeenkomst ontbinden indien de andere partij na een schriftelijke
ingebrekestelling met een termijn van dertig dagen tekort blijft schieten, of in geval van
faillissement of surseance van betaling.
6.3 Na het einde zet DocuStroom op verzoek van Zuiderwaard de dienstverlening ten hoogste zes
maanden voort tegen de dan geldende tarieven, en verleent zij tegen het uurtarief medewerking aan
de overdracht aan een opvolger, waaronder de overdracht van het werkinstructieboek en de
classificatieregels.
6.4 Binnen dertig dagen na het einde levert DocuStroom alle nog niet afgeleverde scans en een
volledige export van het scanarchief (PDF/A met indexbestanden in XML) aan Zuiderwaard, en
zendt zij de nog bewaarde originelen terug. Daarna verwijdert DocuStroom alle gegevens.
6.5 Zolang Zuiderwaard opeisbare facturen niet heeft voldaan, is DocuStroom bevoegd de export en
de terugzending van de originelen op te schorten.

Artikel 7 - Eigendom, aansprakelijkheid en geheimhouding
7.1 De scans, indexgegevens en originelen zijn en blijven eigendom van Zuiderwaard. De
programmatuur en het classificatiemodel van DocuStroom blijven eigendom van DocuStroom.
7.2 De totale aansprakelijkheid van DocuStroom is beperkt tot het bedrag aan vergoedingen dat
Zuiderwaard in de drie maanden voorafgaand aan de schadeveroorzakende gebeurtenis heeft
betaald. DocuStroom is niet aansprakelijk voor indirecte schade, gederfde winst, en verlies van
of schade aan poststukken tijdens vervoer door PostNL of andere derden.
7.3 Partijen houden alle informatie die zij van elkaar ontvangen geheim. De medewerkers van
DocuStroom tekenen een geheimhoudingsverklaring.
7.4 DocuStroom verwerkt de persoonsgegevens, waaronder gezondheidsgegevens, als verwerker volgens
Bijlage 3, uitsluitend in Nederland, en meldt een datalek binnen 24 uur na ontdekking.

Artikel 8 - Toepasselijk recht en geschillen
8.1 Op deze overeenkomst is Nederlands recht van toepassing.
8.2 Partijen leggen een geschil eerst voor aan de directeur Operations van Zuiderwaard en de
algemeen directeur van DocuStroom, die binnen veertien dagen overleggen. Leidt dat niet binnen
dertig dagen tot een oplossing, dan is de rechtbank Gelderland bij uitsluiting bevoegd.

Aldus overeengekomen en in tweevoud ondertekend te 's-Hertogenbosch op 14 december 2026,

Onderlinge Waarborgmaatschappij Zuiderwaard U.A.        DocuStroom B.V.
(handtekening)                                          (handtekening)
drs. E.J. van Lieshout, directeur Operations             R. Jonkman, algemeen directeur


BIJLAGE 2 - DIENSTVERLENINGSNIVEAUS
1. Verwerkingstermijn: poststukken die op een werkdag vóór 10.00 uur in het scancentrum zijn
   ontvangen, staan uiterlijk om 16.00 uur dezelfde werkdag in het schadebehandelsysteem; later
   ontvangen stukken uiterlijk om 12.00 uur de volgende werkdag. Norm: 98 % per kalendermaand.
2. Classificatie: ten minste 97 % juist geclassificeerd, gemeten in de maandelijkse steekproef.
3. De servicedesk van DocuStroom is op werkdagen bereikbaar van 08.00 tot 17.30 uur via
   055 760 31 40 en servicedesk@docustroom.nl.
4. Storingen in de aflevering:
   Prioriteit 1 (aflevering naar Zuiderwaard ligt stil): reactie binnen 30 minuten, herstel of
   tijdelijke oplossing binnen 4 uur.
   Prioriteit 2 (vertraagde of gedeeltelijke aflevering): reactie binnen 4 uur, herstel binnen
   2 werkdagen.
5. Wordt de norm van punt 1 in een maand niet gehaald, dan crediteert DocuStroom 3 % van de vaste
   maandvergoeding per volledig procentpunt onder de norm, met een maximum van 15 %.
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
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "missing",
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
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": True,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
    },
)

NL_ACCOUNTANCY_WIFI_EMAIL_QUOTE = UnseenDocument(
    name="nl_accountancy_wifi_email_quote",
    text="""Van: Sofie Van Roey <sofie@vanroey-accountants.be>
Aan: Jens Wouters <jens@netwijs.be>
Datum: maandag 7 december 2026 09:12
Onderwerp: RE: Offerte nieuwe wifi kantoor - OFF-2026-087

Dag Jens,

Akkoord voor de offerte, we hebben het vrijdag met de vennoten besproken. Zaterdag 9 januari
past, Marc is er om half negen om open te doen.

Groetjes,
Sofie

Sofie Van Roey | office manager
Van Roey & Partners Accountants bv | Antwerpsesteenweg 212, 2800 Mechelen

-----Oorspronkelijk bericht-----
Van: Jens Wouters <jens@netwijs.be>
Verzonden: donderdag 3 december 2026 16:42
Aan: Sofie Van Roey <sofie@vanroey-accountants.be>
Onderwerp: Offerte nieuwe wifi kantoor - OFF-2026-087

Dag Sofie,

Zoals beloofd na mijn bezoekje van dinsdag, hierbij de prijs voor het vervangen van jullie wifi.
De vier Linksys-toestellen van 2016 zijn echt op, en boven in de vergaderzaal hangt er eentje op
een stopcontactadapter, vandaar dat de verbinding daar steeds wegvalt tijdens klantgesprekken.

Wat ik voorstel:
- 5 nieuwe access points (Aruba Instant On AP25, wifi 6): 2 op het gelijkvloers, 2 op de eerste
  verdieping en 1 in de vergaderzaal, zodat jullie 11 mensen en de klanten overal goed bereik hebben
- 1 PoE-switch in de serverkast die de access points van stroom voorziet (geen adapters meer)
- 1 extra netwerkpunt naar de vergaderzaal (kabel via het vals plafond in de gang)
- 3 aparte netwerken: kantoor, gasten (met eigen wachtwoord, geen toegang tot jullie dossiers en
  de server) en een apart netwerk voor de printers en de beamer
- oude toestellen weghalen en meenemen voor recyclage

Prijs (excl. btw):
  5 x Aruba Instant On AP25 à € 289,00                       € 1.445,00
  1 x Aruba Instant On 1930 8G PoE-switch                    €   389,00
  1 extra netwerkpunt Cat6a (ca. 25 m, incl. wandcontactdoos) €   240,00
  installatie, configuratie, demontage oude toestellen        €   540,00
  -------------------------------------------------------------------------
  Totaal excl. btw                                            € 2.614,00
  btw 21 %                                                    €   548,94
  Totaal incl. btw                                            € 3.162,94

Niet inbegrepen: de internetbox van Proximus (die blijft gewoon staan), een firewall, en het
opkuisen van de oude kabels in de kelder. Licenties zijn er niet, het beheer via de Instant
On-app is gratis.

Praktisch:
- Na jullie akkoord bestel ik het materiaal, dat is er normaal binnen de week.
- De installatie doen we op een zaterdag, dan storen we niemand. Zaterdag 9 januari kan
  bijvoorbeeld; reken op een halve dag. Ik kom zelf, samen met mijn collega Arne.
- Ik heb van jullie nodig: iemand die ons om half negen binnenlaat, het beheerderswachtwoord van
  de Proximus-box, en een lijstje van de toestellen met een vast adres (printers, beamer,
  prikklok) zodat we die mee kunnen verhuizen.
- We houden de huidige wifinaam en het wachtwoord van het kantoornetwerk, dan verbinden de
  laptops vanzelf opnieuw.
- Na de installatie meet ik in elk lokaal de signaalsterkte en verplaats ik een toestel als het
  ergens niet goed genoeg is.
- Je krijgt van mij een kort document met de netwerknamen, wachtwoorden, IP-adressen en een
  plannetje waar elk toestel hangt. Het beheeraccount van de app zet ik op jouw naam; ik bewaar
  een kopie van het document in jullie klantendossier, zodat we bij een probleem meteen weten hoe
  alles in elkaar zit.
- Ik toon jou ter plaatse in een kwartiertje hoe je het gastwachtwoord wijzigt en ziet wie er
  verbonden is.

Moesten we ter plaatse iets onverwachts tegenkomen (bv. dat de kabel niet door het plafond kan),
dan bel ik je eerst. Extra werk doe ik alleen na jouw ok, aan € 68,00 per uur excl. btw.

Op het materiaal en de installatie geef ik 2 jaar waarborg: valt er in die periode een toestel
uit, dan kom ik het kosteloos vervangen. Voor vragen achteraf kan je me altijd bellen.

Factuur na de installatie, te betalen binnen 14 dagen. De prijs blijft geldig tot 31 december.

Als het voor jullie goed is, stuur me dan gewoon een mailtje terug met "akkoord", dan bestel ik
het materiaal.

Groetjes,
Jens

--
Jens Wouters | Netwijs - IT voor kmo's
Kartuizersvest 18, 2500 Lier | 0478 36 51 09 | www.netwijs.be | BTW BE 0712.448.916
Op al onze offertes en diensten zijn onze algemene voorwaarden van toepassing
(www.netwijs.be/voorwaarden).
""",
    items={
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
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
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.deployment": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "missing",
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
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 14,
        "warranty_days": 720,
    },
)

NL_DOCUMENTS = [
    NL_CREMATORIUM_PLANNING_MAINTENANCE_CONTRACT,
    NL_INSURER_MAIL_SCANNING_OCR_AGREEMENT,
    NL_ACCOUNTANCY_WIFI_EMAIL_QUOTE,
]
