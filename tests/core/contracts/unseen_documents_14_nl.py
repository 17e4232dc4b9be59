"""Held-out batch 14, Dutch documents: a Netherlands municipality's agreement (after a multiple
private tender, GIBIT as purchasing terms, signed by both parties) for a SaaS solution for digital
parking permits with implementation, conversion, service levels, exit and SaaS escrow; a short,
informal Flemish offer for a bakery chain's staff-scheduling app (subscription per employee,
accepted by signing the offer, with an empty "voor akkoord" line); and a Flemish framework
agreement of a care-home group for on-call SharePoint and Power Platform development by the hour
(signed by both parties).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority in
hours, working hours counted as hours, 30 minutes = 0.5; a quote accepted by e-mail or an empty
"voor akkoord" line for the client is a partial signature and raises risk.unsigned; an optional
extension by the client counts as the renewal term).
"""

from .unseen_documents import UnseenDocument

NL_PARKING_PERMIT_SAAS_AGREEMENT = UnseenDocument(
    name="nl_parking_permit_saas_agreement",
    text="""OVEREENKOMST VOOR DE LEVERING VAN EEN SAAS-OPLOSSING VOOR DIGITALE PARKEERVERGUNNINGEN
Kenmerk Opdrachtgever: INK-2026-0412 / zaaknummer Z/26/118734

DE ONDERGETEKENDEN:

1. De gemeente Harderwijk, gevestigd aan het Stadhuisplein 1, 3841 CE Harderwijk, te dezen
   rechtsgeldig vertegenwoordigd door de heer R. (Roel) van Dijk, wethouder Mobiliteit, handelend
   ter uitvoering van het besluit van het college van burgemeester en wethouders van 17 november
   2026, hierna: "Opdrachtgever";
2. Vergunningwijs B.V., gevestigd aan de Newtonlaan 115, 3584 BH Utrecht, ingeschreven in het
   Handelsregister onder KvK-nummer 81234567, rechtsgeldig vertegenwoordigd door mevrouw
   L. (Lisa) Bosman, directeur, hierna: "Opdrachtnemer";

OVERWEGENDE DAT Opdrachtgever na een meervoudig onderhandse procedure de opdracht voor een
SaaS-oplossing voor parkeervergunningen op 20 november 2026 aan Opdrachtnemer heeft gegund;

KOMEN OVEREEN ALS VOLGT:

Artikel 1 - Contractdocumenten
1.1 De overeenkomst bestaat uit deze tekst en de bijlagen: Bijlage 1 Programma van Eisen; Bijlage 2
de inschrijving van Opdrachtnemer van 2 oktober 2026, inclusief het prijzenblad; Bijlage 3 de
verwerkersovereenkomst; Bijlage 4 de Gemeentelijke Inkoopvoorwaarden bij IT (GIBIT).
1.2 Bij strijdigheid geldt de volgende rangorde: deze tekst, Bijlage 3, Bijlage 4, Bijlage 1,
Bijlage 2. Algemene voorwaarden van Opdrachtnemer zijn niet van toepassing en worden uitdrukkelijk
van de hand gewezen.

Artikel 2 - De Dienst
2.1 Opdrachtnemer levert de SaaS-dienst "Vergunningwijs Parkeren": een digitaal loket waar inwoners
en bedrijven met DigiD of eHerkenning een vergunning aanvragen, wijzigen en betalen; de
bezoekersregeling via app, website en telefonische aanmelding; een backoffice voor het team
Parkeren; en koppelingen met de BRP, het kentekenregister van de RDW, het Nationaal Parkeerregister
(NPR) en het financiële systeem van Opdrachtgever.
2.2 In de abonnementsvergoeding zijn inbegrepen: hosting in Nederland, technisch beheer, back-ups,
tweedelijnsondersteuning van de functioneel beheerders en alle nieuwe versies. Niet inbegrepen
zijn: de kosten van Logius voor de DigiD-aansluiting, transactiekosten van de betaalprovider,
kosten van het NPR, en nieuwe functionaliteit die nodig is door wijzigingen in het parkeerbeleid.

Artikel 3 - Implementatie en planning
3.1 Opdrachtnemer voert de implementatie uit volgens deze planning:
    kick-off                                              11 januari 2027
    inrichting en koppelingen gereed                      26 februari 2027
    tweede proefconversie gereed                          12 maart 2027
    acceptatietest                                        15 maart tot en met 2 april 2027
    livegang                                              19 april 2027
3.2 Opdrachtnemer converteert de circa 6.800 lopende vergunningen en de bezoekerstegoeden uit
Parkeerbeheer 4. Na elke van de twee proefconversies levert zij een aansluitingsrapport met de
aantallen en saldi voor en na conversie; verschillen worden vóór de definitieve conversie
verklaard of hersteld.
3.3 Opdrachtgever levert uiterlijk 5 februari 2027 een volledige export uit Parkeerbeheer 4,
regelt vóór 1 februari 2027 de DigiD-aansluiting en de autorisatie voor de BRP-koppeling, stelt
tijdens de implementatie een functioneel beheerder gedurende zestien uur per week beschikbaar en
levert uiterlijk 1 maart 2027 de vastgestelde tarieventabel 2027.
3.4 Wordt de livegang door een oorzaak die aan Opdrachtnemer is toe te rekenen niet gehaald, dan
verbeurt Opdrachtnemer een boete van € 500,00 per werkdag, met een maximum van € 25.000,00.
Vertraging door het niet tijdig nakomen van artikel 3.3 leidt tot een aangepaste planning; de
aantoonbare extra kosten van Opdrachtnemer worden dan vergoed tegen de tarieven van artikel 8.4.

Artikel 4 - Acceptatie en nazorg
4.1 Opdrachtgever test aan de hand van testscenario's die zijn afgeleid van het Programma van
Eisen. Bevindingen worden ingedeeld in A (blokkerend), B (ernstig) en C (gering). Opdrachtgever
accepteert schriftelijk wanneer er geen A-bevindingen en ten hoogste vijf B-bevindingen openstaan;
B-bevindingen worden vóór de livegang opgelost, C-bevindingen uiterlijk in de tweede release na
livegang.
4.2 Gedurende drie maanden na livegang herstelt Opdrachtnemer kosteloos alle gebreken in de
inrichting, de conversie en de koppelingen.

Artikel 5 - Projectorganisatie en rapportage
5.1 Projectleider van Opdrachtnemer is de heer T. (Thijs) Verhoef; projectleider van Opdrachtgever
is mevrouw K. (Karin) Mulder, teamleider Parkeren. Na livegang is mevrouw S. (Sevda) Yilmaz de
vaste accountmanager van Opdrachtgever.
5.2 Opdrachtnemer zet uitsluitend medewerkers in met ten minste drie jaar ervaring met de
implementatie van vergunningensystemen bij gemeenten. De projectleider wordt alleen vervangen na
voorafgaande schriftelijke toestemming van Opdrachtgever, door een persoon met gelijkwaardige
ervaring en met een overdracht die Opdrachtgever niets kost.
5.3 Tijdens de implementatie is er om de twee weken voortgangsoverleg, waarvoor Opdrachtnemer een
voortgangsrapportage levert (planning, risico's, bevindingen, besluiten). Na livegang levert
Opdrachtnemer maandelijks een servicerapportage met de gemeten beschikbaarheid, de meldingen per
prioriteit en hun doorlooptijden en de uitgevoerde releases. Eenmaal per kwartaal is er
contractoverleg tussen de contractmanagers. Komen zij er niet uit, dan escaleren zij naar de
directeur van Opdrachtnemer en het afdelingshoofd Openbare Ruimte.

Artikel 6 - Opleiding en documentatie
6.1 Opdrachtnemer geeft een train-de-trainersessie van twee dagdelen aan vier functioneel
beheerders en een training aan twaalf medewerkers van het Klant Contact Centrum en de backoffice,
en levert e-learningmodules en de teksten voor de veelgestelde vragen op de gemeentelijke website.
6.2 Bij livegang levert Opdrachtnemer de beheerdocumentatie (inrichting, tarieven, koppelingen,
rollen en rechten), die zij daarna actueel houdt en die haar servicedesk bij elke melding gebruikt.

Artikel 7 - Dienstverlening en service levels
7.1 De servicedesk is op werkdagen van 08.00 tot 17.30 uur bereikbaar via het serviceportaal en
telefonisch; meldingen met prioriteit 1 kunnen 24 uur per dag via het storingsnummer worden gedaan.
7.2 Reactie- en oplostijden:
    Prio 1 - loket, bezoekersregeling of NPR-koppeling niet beschikbaar:
             reactie binnen 30 minuten, oplossing of workaround binnen 4 uur (24x7)
    Prio 2 - belangrijke functie verstoord, omzeilbaar:
             reactie binnen 2 uur, oplossing binnen 1 werkdag
    Prio 3 - overige verstoringen en vragen:
             reactie binnen 1 werkdag, oplossing binnen 10 werkdagen of in de volgende release
7.3 Opdrachtnemer garandeert een beschikbaarheid van 99,7 % per kalendermaand, gemeten 24x7.
Gepland onderhoud telt niet mee, mits het ten minste vijf werkdagen vooraf is aangekondigd, tussen
00.00 en 06.00 uur plaatsvindt en niet meer dan vier uur per maand beslaat.
7.4 Per begonnen 0,1 % onder de gegarandeerde beschikbaarheid krijgt Opdrachtgever een
servicecredit van 2 % van de maandvergoeding, en per begonnen uur overschrijding van de oplostijd
voor prio 1 een servicecredit van 1 %, samen met een maximum van 25 % per maand. Servicecredits
worden verrekend met de eerstvolgende factuur. Is de beschikbaarheid drie maanden achter elkaar
lager dan 99,0 %, dan mag Opdrachtgever de overeenkomst met onmiddellijke ingang opzeggen.
7.5 Opdrachtnemer brengt ten minste vier releases per jaar uit en publiceert de release notes tien
werkdagen vooraf; elke release staat eerst op de acceptatieomgeving van Opdrachtgever. Kritieke
beveiligingspatches worden binnen 72 uur geïnstalleerd. Aanpassingen die nodig zijn door wijziging
van wet- en regelgeving of van het koppelvlak van het NPR, voert Opdrachtnemer tijdig en zonder
meerkosten door.
7.6 Opdrachtnemer is gecertificeerd volgens ISO 27001, voldoet aan de BIO, laat jaarlijks een
penetratietest uitvoeren en zorgt dat het loket voldoet aan WCAG 2.1 niveau AA.

Artikel 8 - Vergoedingen en betaling
8.1 Alle bedragen zijn exclusief btw. Eenmalige vaste implementatievergoeding (inrichting,
koppelingen, conversie, opleiding): € 38.500,00.
8.2 Abonnementsvergoeding: € 3.950,00 per maand, tot 9.000 actieve vergunningen; daarboven
€ 0,35 per actieve vergunning per maand.
8.3 De geraamde totale opdrachtwaarde voor de initiële looptijd bedraagt € 180.700,00.
8.4 Meerwerk wordt alleen uitgevoerd na een schriftelijke offerte van Opdrachtnemer en een
schriftelijke opdracht van Opdrachtgever; zonder die opdracht is Opdrachtgever niets verschuldigd.
Uurtarieven: consultant € 115,00, ontwikkelaar € 125,00.
8.5 De vergoedingen worden per 1 januari, voor het eerst per 1 januari 2028, aangepast op basis van
de CBS-index cao-lonen (zakelijke dienstverlening), met een maximum van 3 % per jaar.
8.6 De implementatievergoeding wordt voor 30 % bij de kick-off en voor 70 % na acceptatie
gefactureerd, de abonnementsvergoeding per kwartaal achteraf. Opdrachtgever betaalt binnen 30
dagen na ontvangst van een correcte e-factuur.

Artikel 9 - Looptijd en beëindiging
9.1 De Dienst wordt geleverd voor een periode van 36 maanden vanaf de livegang. Opdrachtgever kan de
overeenkomst tweemaal verlengen met telkens 12 maanden, door schriftelijke kennisgeving uiterlijk
drie maanden vóór het einde. Er is geen stilzwijgende verlenging.
9.2 Opdrachtgever kan de overeenkomst tussentijds opzeggen met een opzegtermijn van drie maanden.
Opdrachtnemer kan de overeenkomst niet tussentijds opzeggen.
9.3 Ieder der partijen kan de overeenkomst ontbinden indien de andere partij na een schriftelijke
ingebrekestelling met een termijn van dertig dagen tekort blijft schieten.

Artikel 10 - Exit en continuïteit
10.1 Opdrachtnemer levert binnen drie maanden na livegang een exitplan en actualiseert het jaarlijks.
10.2 Bij het einde van de overeenkomst, om welke reden ook, zet Opdrachtnemer de Dienst op verzoek
van Opdrachtgever ten hoogste zes maanden voort tegen de geldende vergoeding en werkt zij mee aan de
overgang naar een opvolgende leverancier tegen de tarieven van artikel 8.4. Binnen tien werkdagen
na een verzoek levert zij kosteloos een volledige export van alle vergunningen, historie en
betalingen in CSV, met een beschrijving van het datamodel. Binnen dertig dagen na de definitieve
overgang verwijdert zij alle gegevens en bevestigt zij dat schriftelijk. Opdrachtnemer kan geen
beroep doen op een retentie- of opschortingsrecht op de gegevens van Opdrachtgever.
10.3 Opdrachtnemer heeft op eigen kosten een SaaS-continuïteitsregeling getroffen bij een
onafhankelijke escrow-agent, met Opdrachtgever als begunstigde, waarin de broncode, de inrichting
en een dagelijkse kopie van de gegevens zijn gedeponeerd en die bij faillissement van Opdrachtnemer
de hosting van de Dienst ten minste drie maanden voortzet.

Artikel 11 - Intellectuele eigendom
De rechten op Vergunningwijs Parkeren blijven bij Opdrachtnemer. Opdrachtgever krijgt voor de
duur van de overeenkomst een niet-exclusief gebruiksrecht voor haar medewerkers, inwoners en
bedrijven. De gegevens van Opdrachtgever en de specifiek voor haar gemaakte teksten en rapportages
zijn en blijven eigendom van Opdrachtgever.

Artikel 12 - Aansprakelijkheid
De aansprakelijkheid van Opdrachtnemer is beperkt tot € 500.000,00 per gebeurtenis en
€ 1.000.000,00 per kalenderjaar. Onder directe schade valt ook schade door verlies of verminking van
gegevens van Opdrachtgever, waaronder de kosten van herstel. De beperking geldt niet bij opzet of
bewuste roekeloosheid van Opdrachtnemer of haar leidinggevenden.

Artikel 13 - Geheimhouding en persoonsgegevens
13.1 Partijen houden alle vertrouwelijke informatie die zij van elkaar ontvangen geheim.
13.2 Opdrachtnemer verwerkt persoonsgegevens als verwerker volgens de verwerkersovereenkomst van
Bijlage 3, uitsluitend in datacenters in Nederland, en meldt een datalek binnen 24 uur na
ontdekking aan Opdrachtgever.

Artikel 14 - Toepasselijk recht en geschillen
14.1 Op deze overeenkomst is Nederlands recht van toepassing.
14.2 Een geschil wordt eerst besproken in het contractoverleg en daarna tussen de directeur van
Opdrachtnemer en de gemeentesecretaris. Is het geschil niet binnen dertig dagen na de eerste
schriftelijke melding opgelost, dan wordt het voorgelegd aan de bevoegde rechter van de rechtbank
Gelderland.

Aldus overeengekomen en in tweevoud ondertekend:

Gemeente Harderwijk                              Vergunningwijs B.V.
(handtekening)                                   (handtekening)
R. van Dijk, wethouder Mobiliteit                L. Bosman, directeur
Harderwijk, 14 december 2026                     Utrecht, 9 december 2026
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
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.7,
    },
)

NL_BAKERY_STAFF_SCHEDULING_OFFER = UnseenDocument(
    name="nl_bakery_staff_scheduling_offer",
    text="""PLOEGBAAS - planning voor winkels en ateliers
Ploegbaas bv | Vaartstraat 52, 3000 Leuven | BTW BE 0798.114.562 | hallo@ploegbaas.be | 016 98 22 40

Aan: Bakkerij Wouters bv, t.a.v. Sofie Wouters, zaakvoerster
Bergstraat 19, 2220 Heist-op-den-Berg

Offerte 2026-097 - Leuven, 3 december 2026

Dag Sofie,

Fijn dat we vorige week samen door jullie planning konden gaan. Nu maken jullie de roosters voor
het atelier en de zeven winkels nog in Excel, en het ruilen van shiften en de verlofaanvragen
lopen via briefjes en de WhatsApp-groep. Hieronder wat we voorstellen.

Wat je krijgt
- Ploegbaas voor ongeveer 85 medewerkers: weekroosters per winkel en voor het atelier (ook de
  nachtploegen vanaf 3 uur), beschikbaarheden, verlofaanvragen en het ruilen van shiften via de app
  (iPhone en Android), met goedkeuring door de verantwoordelijke.
- Elke maand een export van de gepresteerde uren voor jullie sociaal secretariaat (CSV in hun
  formaat).
- Opzet van jullie 8 vestigingen, de functies (verkoop, bakker, patissier, chauffeur) en de
  standaardroosters.
- Import van jullie personeelslijst uit Excel (naam, functie, contracturen, vestiging).
- Een opleiding van een halve dag voor jou en de 8 verantwoordelijken, bij jullie in het atelier.
  Voor de medewerkers maken we korte filmpjes over hoe de app werkt.

Wat er niet bij zit
- Een koppeling met jullie kassasysteem of met een prikklok.
- Smartphones of tablets.

Prijs (excl. btw)
Opstart (opzet, import, opleiding):  € 1.250,00 eenmalig
Abonnement: € 3,20 per actieve medewerker per maand; voor 85 medewerkers is dat € 272,00 per maand.
Wil je later iets extra (bijvoorbeeld die kassakoppeling), dan krijg je eerst een prijsopgave en
beginnen we pas na jouw akkoord. Extra werk rekenen we aan € 85,00 per uur.
De prijzen liggen vast tot eind 2027; daarna indexeren we ze jaarlijks op 1 januari volgens de
gezondheidsindex.
De opstart factureren we bij de start, het abonnement maandelijks via domiciliëring. Facturen
betaal je binnen 14 dagen.

Planning
We starten op maandag 11 januari 2027. Bezorg ons de personeelslijst en de openingsuren per
vestiging ten laatste op 4 januari. In de week van 18 januari geven we de opleiding en vanaf
1 februari 2027 maken jullie de roosters in Ploegbaas.

Support
Jens Peeters is jullie vaste aanspreekpunt, tijdens de opstart en ook daarna. Vragen of problemen
meld je op werkdagen van 8 tot 17 uur via hallo@ploegbaas.be, via de chat in de app of op
016 98 22 40. Meestal antwoorden we nog dezelfde werkdag.
Updates en nieuwe functies zitten in het abonnement. We zetten ze 's nachts online, zodat jullie
er niets van merken.
Ploegbaas draait op servers van Microsoft Azure in West-Europa, met dagelijkse back-ups. We doen
ons best om de app altijd bereikbaar te houden, maar een garantie op beschikbaarheid kunnen we niet
geven.

Jullie gegevens
We gebruiken de gegevens van jullie medewerkers alleen om de planning te laten werken en geven ze
aan niemand door. Daarvoor tekenen we samen onze verwerkersovereenkomst (in bijlage). De gegevens
blijven van jullie: stoppen jullie, dan krijg je op vraag een export van alle medewerkers, roosters
en gepresteerde uren in Excel, en 60 dagen na het einde wissen we alles.

Duur
Het abonnement loopt minstens 12 maanden vanaf 1 februari 2027 en daarna telkens per maand verder.
Opzeggen kan per mail, met een opzegtermijn van één maand.

Verder gelden onze algemene voorwaarden, die je vindt op ploegbaas.be/voorwaarden.
Deze offerte is geldig tot 31 december 2026.

Akkoord? Stuur ons deze offerte ondertekend terug, dan plannen we de start in.

Groetjes,
Jens Peeters
Ploegbaas bv

Voor akkoord, Bakkerij Wouters bv
naam: ..................................   datum: ....................
handtekening:
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "partial",
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
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 1,
        "notice_period_days": 30,
        "payment_term_days": 14,
    },
)

NL_POWER_PLATFORM_ONCALL_FRAMEWORK = UnseenDocument(
    name="nl_power_platform_oncall_framework",
    text="""RAAMOVEREENKOMST ONTWIKKELING EN ONDERSTEUNING OP AFROEP
SharePoint Online en Microsoft Power Platform
Nr. KH-IT-2027-03

TUSSEN
Woonzorggroep Kempenhart vzw, met zetel te Diestseweg 40, 2440 Geel, ondernemingsnummer
0412.873.590, vertegenwoordigd door mevrouw Hilde Vos, algemeen directeur,
hierna "Kempenhart",

EN
Flowpunt bv, met zetel te Mechelsesteenweg 271, 2018 Antwerpen, ondernemingsnummer 0741.226.309,
vertegenwoordigd door de heer Bram Verstraeten, zaakvoerder,
hierna "Flowpunt".

Artikel 1 - Voorwerp
1.1 Kempenhart (vijf woonzorgcentra, ongeveer 900 medewerkers) gebruikt SharePoint Online als
intranet en voor documentbeheer, en toepassingen in Power Apps en Power Automate, onder meer voor
de aanvraag van hulpmiddelen, meldingen aan de technische dienst en het onthaal van nieuwe
medewerkers. Flowpunt ontwikkelt, wijzigt en ondersteunt zulke toepassingen op afroep, per
opdracht, tegen de uurtarieven van deze overeenkomst.
1.2 Onder deze overeenkomst vallen: SharePoint Online (sites, lijsten, bibliotheken, rechten),
Power Apps, Power Automate, Dataverse en Power BI-rapporten op deze toepassingen. Vallen er niet
onder: de Microsoft-licenties, werk aan de software voor het zorgdossier en aan servers op locatie,
en de eerstelijnshelpdesk voor de gebruikers, die de ICT-dienst van Kempenhart zelf verzorgt.
1.3 Deze raamovereenkomst houdt voor Kempenhart geen afnameverplichting in.
1.4 De overeenkomst bestaat uit deze tekst, bijlage 1 (offerte FP-26-118 van 3 november 2026, met
de cv's van de consultants) en bijlage 2 (verwerkersovereenkomst). Bij tegenstrijdigheid geldt deze
rangorde: deze tekst, bijlage 2, bijlage 1, de individuele opdrachtbevestigingen. De algemene
voorwaarden van Flowpunt zijn niet van toepassing.

Artikel 2 - Werkwijze per opdracht
2.1 Kempenhart meldt een vraag via het ticketportaal van Flowpunt, met een beschrijving en de
gewenste datum.
2.2 Binnen drie werkdagen bezorgt Flowpunt een korte analyse met een inschatting van het aantal
uren per profiel en een voorgestelde opleverdatum.
2.3 Flowpunt begint pas aan een opdracht na schriftelijk akkoord (een e-mail volstaat) van de
ICT-coördinator van Kempenhart; opdrachten van meer dan 40 uur keurt ook de financieel directeur
goed. Een goedgekeurde opdracht start binnen tien werkdagen, tenzij anders afgesproken.
2.4 Dreigt een opdracht de goedgekeurde inschatting met meer dan 10 % te overschrijden, dan meldt
Flowpunt dat vooraf met een nieuwe inschatting. Uren boven 110 % van de goedgekeurde inschatting
waarvoor geen nieuw akkoord werd gegeven, worden niet aangerekend.
2.5 Kempenhart duidt per opdracht een aanspreekpunt aan, bezorgt vóór de start de nodige toegang
(ontwikkelaccount, omgevingen) en test wat is opgeleverd binnen vijf werkdagen.
2.6 Dreigt een opleverdatum niet gehaald te worden, dan verwittigt Flowpunt onmiddellijk de
ICT-coördinator en spreken partijen in overleg een nieuwe datum af.

Artikel 3 - Tarieven, budget en facturatie
3.1 Uurtarieven, exclusief btw: senior consultant / architect € 105,00; ontwikkelaar € 86,00. Werk
dat Kempenhart uitdrukkelijk buiten de kantooruren vraagt, wordt aangerekend aan 150 %.
Verplaatsingen naar de woonzorgcentra worden niet aangerekend.
3.2 De tarieven worden jaarlijks op 1 februari, voor het eerst op 1 februari 2028, aangepast volgens
de formule P = P0 x (0,2 + 0,8 x S/S0), waarbij S de referentieloonkost van Agoria is.
3.3 Het totale budget voor deze raamovereenkomst bedraagt maximaal € 80.000,00 exclusief btw over
de volledige looptijd. Flowpunt verwittigt Kempenhart zodra 75 % van dit budget is gefactureerd.
3.4 Flowpunt factureert maandelijks op basis van de door Kempenhart goedgekeurde urenstaten, per
opdracht. Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

Artikel 4 - Team
4.1 Flowpunt zet de volgende consultants in: Senne Claes, senior Power Platform-architect, negen
jaar ervaring, Microsoft Certified: Power Platform Solution Architect Expert, die ook de vaste
contactpersoon van Kempenhart is; en Amira El Idrissi, ontwikkelaar, vier jaar ervaring, Microsoft
Certified: Power Platform Developer Associate.
4.2 Flowpunt vervangt een consultant alleen na voorafgaand schriftelijk akkoord van Kempenhart, door
iemand met een gelijkwaardig profiel. De inwerking van een vervanger wordt niet aangerekend.
Kempenhart kan met redenen omkleed de vervanging van een consultant vragen.
4.3 Contactpersoon bij Kempenhart is de ICT-coördinator, mevrouw Lieve Janssens.

Artikel 5 - Kwaliteit, oplevering en waarborg
5.1 Flowpunt ontwikkelt in de ontwikkelomgeving van Kempenhart, volgens de naamgevings- en
ontwikkelrichtlijnen van Kempenhart, en levert op in de testomgeving als managed solution. Elke
oplevering wordt vooraf nagekeken door een tweede consultant van Flowpunt.
5.2 Kempenhart test binnen vijf werkdagen en aanvaardt per e-mail. Meldt Kempenhart fouten, dan
herstelt Flowpunt die en volgt een nieuwe test. Na de aanvaarding plaatst Flowpunt de oplossing in
productie, na 19 uur, zodat de zorgteams er geen hinder van hebben.
5.3 Fouten in opgeleverde functionaliteit die binnen zestig kalenderdagen na de ingebruikname worden
gemeld, herstelt Flowpunt kosteloos.
5.4 Bij elke oplevering werkt Flowpunt de technische documentatie op de beheersite van Kempenhart
bij (datamodel, flows, connectoren, serviceaccounts, omgevingsvariabelen). Flowpunt houdt zo een
actuele beschrijving van de omgeving van Kempenhart bij, die haar consultants bij elke vraag
gebruiken.

Artikel 6 - Storingen
6.1 Storingen in toepassingen die Flowpunt heeft gebouwd, worden gemeld op werkdagen van 8.30 tot
17.00 uur via het ticketportaal of op 03 298 55 10.
6.2 Bij een storing waardoor een toepassing voor alle gebruikers onbruikbaar is, reageert Flowpunt
binnen vier werkuren en start zij de analyse; bij andere storingen binnen twee werkdagen. Het
herstel wordt aangerekend tegen de uurtarieven, behalve voor fouten die onder artikel 5.3 vallen.

Artikel 7 - Opvolging
7.1 Bij elke factuur bezorgt Flowpunt een overzicht van de gepresteerde uren per opdracht en per
profiel, de stand van elke opdracht tegenover de inschatting en het resterende budget.
7.2 Elke maand is er een opvolgingsoverleg tussen de ICT-coördinator en Senne Claes over de
prioriteiten en de lopende opdrachten. Tweemaal per jaar evalueren de directeur ondersteunende
diensten van Kempenhart en de zaakvoerder van Flowpunt de samenwerking. Problemen die het
opvolgingsoverleg niet oplost, worden aan hen voorgelegd.

Artikel 8 - Duur en einde
8.1 De overeenkomst loopt 24 maanden vanaf 1 februari 2027. Zij kan eenmaal met 12 maanden worden
verlengd bij schriftelijk akkoord van beide partijen vóór 1 november 2028. Er is geen stilzwijgende
verlenging.
8.2 Elke partij kan de overeenkomst opzeggen bij aangetekende brief met een opzegtermijn van twee
maanden. Lopende goedgekeurde opdrachten worden afgewerkt, tenzij Kempenhart anders beslist; in dat
geval worden enkel de gepresteerde uren aangerekend.
8.3 Elke partij kan de overeenkomst ontbinden bij een zware tekortkoming van de andere partij die
niet is verholpen binnen vijftien dagen na een aangetekende ingebrekestelling.
8.4 Bij het einde draagt Flowpunt het lopende werk over, met de documentatie, de broncode van haar
componenten en de gegevens van de serviceaccounts, en geeft zij gedurende ten hoogste tien werkdagen
uitleg aan de ICT-dienst van Kempenhart of aan een nieuwe leverancier, tegen de uurtarieven.
8.5 Alle toepassingen en gegevens staan in de Microsoft 365-omgeving van Kempenhart. Bij het einde
bezorgt Flowpunt alle exportbestanden en documenten van Kempenhart die zij nog heeft, en wist zij
daarna alle kopieën.

Artikel 9 - Intellectuele rechten
9.1 Alle rechten op de toepassingen, flows, scripts en documentatie die Flowpunt voor Kempenhart
ontwikkelt, gaan over op Kempenhart bij betaling. Flowpunt behoudt haar rechten op haar algemene
componenten en knowhow; Kempenhart krijgt daarop een kosteloos en onbeperkt gebruiksrecht.

Artikel 10 - Aansprakelijkheid
10.1 De aansprakelijkheid van Flowpunt is beperkt tot het bedrag dat zij in de twaalf maanden vóór
het schadegeval heeft gefactureerd, met een maximum van € 50.000,00 per schadegeval. Flowpunt is
niet aansprakelijk voor onrechtstreekse schade, behalve bij opzet of zware fout.

Artikel 11 - Vertrouwelijkheid en persoonsgegevens
11.1 Flowpunt en haar consultants houden alle informatie over Kempenhart, haar bewoners en
medewerkers strikt vertrouwelijk, tijdens de overeenkomst en vijf jaar erna.
11.2 Flowpunt kan bij haar werk toegang krijgen tot persoonsgegevens van bewoners en medewerkers,
ook gezondheidsgegevens. Zij verwerkt die als verwerker volgens de verwerkersovereenkomst van
bijlage 2, uitsluitend binnen de Microsoft 365-omgeving van Kempenhart, test met fictieve gegevens
en meldt een datalek binnen 24 uur aan de functionaris voor gegevensbescherming van Kempenhart.

Artikel 12 - Toepasselijk recht en geschillen
12.1 Op deze overeenkomst is het Belgisch recht van toepassing.
12.2 Bij een geschil overleggen de algemeen directeur van Kempenhart en de zaakvoerder van Flowpunt
binnen vijftien dagen na een aangetekende melding. Leidt dat overleg niet tot een oplossing, dan is
uitsluitend de ondernemingsrechtbank Antwerpen, afdeling Turnhout, bevoegd.

Opgemaakt te Geel op 16 december 2026, in twee exemplaren, waarvan elke partij er één ontvangt.

Voor Woonzorggroep Kempenhart vzw               Voor Flowpunt bv

(handtekening)                                  (handtekening)
Hilde Vos, algemeen directeur                   Bram Verstraeten, zaakvoerder
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
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
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
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
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 60,
        "response_time_hours_highest_priority": 4,
    },
)


NL_DOCUMENTS = [
    NL_PARKING_PERMIT_SAAS_AGREEMENT,
    NL_BAKERY_STAFF_SCHEDULING_OFFER,
    NL_POWER_PLATFORM_ONCALL_FRAMEWORK,
]
