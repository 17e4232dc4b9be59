"""Held-out batch 22, Dutch documents: an informal e-mail offer from a one-man IT shop in the
Antwerp Kempen to a chain of three hair salons for self-booking tablets at the reception desks
(iPads in kiosk mode, client list import, optional monthly device follow-up), accepted by a
one-line reply "ok doe maar"; a formal Flemish maintenance contract for the software and the
bottle and crate recognition database of the four reverse-vending (empties return) machines in a
brewery's drinks hall, with the supplier's general terms as an annex (signed by both parties); a
Netherlands subscription agreement for an RTK correction signal and a task-map and job
registration platform for an agricultural contractor (digitally signed by both parties); and a
Flemish agreement for the development, hosting and maintenance of a donation intake, weighing and
labelling application for a network of second-hand (kringwinkel) shops (signed by both parties).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser.

Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned; partial = mentioned but vague, a bare cross-reference
without content, a placeholder, best efforts only, or a negation/disclaimer; items, risks and
figures whose reading is ambiguous are left out.
"""

from .unseen_documents import UnseenDocument

NL_B22_SALON_BOOKING_TABLETS_EMAIL = UnseenDocument(
    name="nl_b22_salon_booking_tablets_email",
    text="""Van: Jens Claeys <jens@claeys-it.be>
Aan: Liesbeth Van Hoof <liesbeth@hairbyliesbeth.be>
Datum: dinsdag 17 november 2026 21:42
Onderwerp: Offerte tablets aan het onthaal (Lier, Mechelen, Heist)

Dag Liesbeth,

Fijn dat ik zaterdag eens kon komen kijken in Lier. Zoals beloofd mijn voorstel voor de tablets aan
het onthaal, zodat jullie klanten na hun knipbeurt zelf hun volgende afspraak kunnen inboeken in
Knipklaar en jullie niet meer met het boekje moeten werken.

Wat ik doe:
- 3 iPads (10,9 inch, 64 GB, wifi) aankopen en klaarzetten, één per salon
- elke iPad in een afsluitbare tafelstandaard aan de balie vastzetten (met kabel, niet weg te nemen)
- de Knipklaar-app in kioskmodus zetten: klanten zien alleen het boekingsscherm, niets anders
- een apart wifi-netwerk voor de tablets maken, los van het klantenwifi en van jullie kassa
- jullie klantenlijst uit de Excel van Lier (ca. 1.900 klanten, zei je) inladen in Knipklaar, met de
  dubbels eruit gehaald
- ter plaatse aan de meisjes uitleggen hoe ze een boeking nakijken en de tablet herstarten (een
  kwartiertje per salon, tussen de klanten door)

Prijs (excl. btw):
  3 x iPad 10,9" 64 GB wifi                  à 429,00         1.287,00
  3 x afsluitbare tafelstandaard             à 139,00           417,00
  installatie en instellen, 3 salons (forfait)                  390,00
  klantenlijst inladen in Knipklaar                             120,00
                                                             ----------
  totaal                                                    € 2.214,00 excl. btw
                                                             (€ 2.678,94 incl. 21 % btw)

Je Knipklaar-abonnement zelf zit hier niet in, dat blijf je gewoon aan hen betalen. Het klantenwifi
en de kassa laat ik zoals ze zijn.

Planning: ik kan op maandag 7 december (als de salons dicht zijn): 's morgens Lier, 's middags
Mechelen, en Heist op maandag 14 december. De iPads bestel ik zodra je ok geeft, levering is nu een
week.
Wat ik van jou nodig heb, tegen dinsdag 1 december: de Excel met de klanten, een extra gebruiker
"onthaal" in Knipklaar (kan jij aanmaken onder Instellingen > Team) en de wifi-codes van de drie
salons.

Als ik ter plaatse zie dat er iets extra nodig is (in Heist was de wifi achteraan al zwak, daar kan
een extra access point nodig zijn), dan laat ik je eerst weten wat het kost en doe ik het pas als jij
zegt dat het goed is. Extra werk reken ik aan 65 euro per uur.

Na afloop krijg je van mij een fiche per salon met de toegangscodes, de Apple ID, de pincode van de
kioskmodus en het serienummer van elke tablet. Diezelfde fiches hou ik ook bij mij bij.

Garantie: op de iPads zit de gewone fabrieksgarantie van Apple (1 jaar). Werkt er in de eerste maand
na de installatie iets niet zoals hierboven beschreven, dan kom ik dat gratis in orde brengen.

Als je wil kan ik de tablets daarna ook opvolgen voor 9 euro per tablet per maand (dus 27 euro per
maand voor de drie): iOS- en app-updates doe ik op afstand op maandag, ik kijk of de kioskmodus nog
goed staat, en gaat er een tablet kapot, dan breng ik binnen 2 werkdagen een vervangtoestel (de
herstelling of een nieuwe tablet is dan wel apart, daarvoor krijg je eerst een prijs). Dat loopt
per maand en je kan het op elk moment stopzetten tegen het einde van de maand, een berichtje is
genoeg.
Voor problemen mag je me altijd bellen of whatsappen op 0478 62 15 90, maandag tot vrijdag van 9 tot
18 uur. Ik probeer altijd zo snel mogelijk terug te bellen, maar als ik bij een andere klant zit kan
het wel eens een paar uur duren.

De factuur stuur ik na de installatie in Heist, te betalen binnen 14 dagen. Het opvolgen factureer ik
per kwartaal.

Laat maar iets weten!

Groetjes,
Jens

Jens Claeys - Claeys IT
Kessel-Dorp 52, 2560 Nijlen | 0478 62 15 90 | BTW BE 0712.884.306


Van: Liesbeth Van Hoof <liesbeth@hairbyliesbeth.be>
Aan: Jens Claeys <jens@claeys-it.be>
Datum: woensdag 18 november 2026 08:15
Onderwerp: RE: Offerte tablets aan het onthaal (Lier, Mechelen, Heist)

ok doe maar, ook dat opvolgen van 27 euro. Excel stuur ik volgende week, de wifi-codes vraag ik aan
Sofie en Nathalie.
Liesbeth

Verstuurd vanaf mijn iPhone
""",
    items={
        "agreement.general_terms": "missing",
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
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.termination": "covered",
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
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "payment_term_days": 14,
    },
)

NL_B22_BREWERY_BOTTLE_RETURN_MAINTENANCE = UnseenDocument(
    name="nl_b22_brewery_bottle_return_maintenance",
    text="""ONDERHOUDSCONTRACT LEEGGOEDAUTOMATEN - SOFTWARE EN HERKENNINGSDATABANK
Contractnummer RT-OC-2027-014

TUSSEN
Retourtech bv, Ambachtenlaan 21, 9700 Oudenaarde, ondernemingsnummer 0748.215.903, vertegenwoordigd
door mevrouw Griet Van Wassenhove, zaakvoerder, hierna "Retourtech",

EN
Brouwerij Ter Beke nv, Molenstraat 4, 9681 Maarkedal, ondernemingsnummer 0402.118.571,
vertegenwoordigd door de heer Koen Vanderhaeghen, gedelegeerd bestuurder, hierna "de Brouwerij".

OVERWEGENDE DAT
- de Brouwerij in haar drankencentrale "Ter Beke Drankenhal" te Oudenaarde vier leeggoedautomaten
  van het merk Returna uitbaat (drie van het type RX-7 voor flessen, één van het type RC-2 voor
  bakken), waarmee klanten leeg goed inleveren tegen een bon die aan de kassa wordt verrekend;
- Retourtech in 2024 de software RetourSoft op die automaten heeft geïnstalleerd en gekoppeld aan
  het kassasysteem van de Brouwerij;
- de Brouwerij wil dat haar eigen flessen en bakken en die van andere brouwers correct worden
  herkend, ook wanneer er nieuwe types op de markt komen;

WORDT OVEREENGEKOMEN WAT VOLGT.

Artikel 1 - Voorwerp
1.1 Dit contract regelt het onderhoud van de software RetourSoft, versie 5, en van de
herkenningsdatabank op de vier leeggoedautomaten die in bijlage 1 met hun serienummer zijn
opgelijst, en van de koppeling tussen de automaten en het kassasysteem van de Brouwerij.
1.2 Niet inbegrepen zijn: het mechanische onderhoud en de herstelling van de automaten zelf
(transportband, compactor, sensoren), die onder het onderhoudscontract van de invoerder van Returna
vallen; het kassasysteem zelf; het netwerk en de internetverbinding van de Brouwerij; en schade
door verkeerd gebruik of door ingrepen van derden.

Artikel 2 - Contractdocumenten
2.1 Het contract bestaat uit deze tekst en de volgende bijlagen: bijlage 1 - installed base en
configuratie; bijlage 2 - offerte RT-OF-26-118 van 3 november 2026; bijlage 3 -
verwerkersovereenkomst; bijlage 4 - algemene voorwaarden van Retourtech.
2.2 Bij tegenstrijdigheid gaat deze tekst voor op de bijlagen, en gaan de bijlagen onderling voor in
de volgorde waarin ze hierboven zijn opgesomd. De aankoopvoorwaarden van de Brouwerij zijn niet van
toepassing.

Artikel 3 - Diensten
3.1 Het onderhoud omvat:
  a) de helpdesk van artikel 4 en het verhelpen van storingen in RetourSoft en in de koppeling met
     de kassa, op afstand of ter plaatse;
  b) de dagelijkse bewaking op afstand van de logbestanden en foutcodes van de automaten, met een
     melding aan de verantwoordelijke van de Drankenhal wanneer een automaat uitvalt;
  c) de maandelijkse update van de herkenningsdatabank met de nieuwe flessen en bakken van de
     Belgische brouwers en met de wijzigingen van het statiegeld;
  d) het inleren, testen en activeren van maximaal vier nieuwe eigen fles- of baktypes van de
     Brouwerij per kalenderjaar, binnen vier weken na ontvangst van de exemplaren (artikel 6.2);
  e) nieuwe versies van RetourSoft en de beveiligingsupdates van het besturingssysteem van de
     pc's in de automaten, die buiten de openingsuren worden geïnstalleerd na een aankondiging
     vijf werkdagen vooraf;
  f) één preventief onderhoudsbezoek per jaar, in februari: kalibratie van de camera's en de
     barcodescanners, nazicht van de koppeling met de kassa en opschoning van de schijven.
3.2 Retourtech voert de werken uit volgens de regels van de kunst en de technische voorschriften
van Returna. Na elke interventie test zij de automaat met een testset van twintig
referentieflessen en -bakken; het resultaat wordt opgenomen in het interventierapport.

Artikel 4 - Helpdesk, dossier en techniekers
4.1 De helpdesk is bereikbaar van maandag tot en met zaterdag van 8.00 tot 18.00 uur, wettelijke
feestdagen uitgezonderd, op 055 31 27 64 en via support@retourtech.be. Storingen met prioriteit 1
worden telefonisch gemeld.
4.2 Retourtech houdt voor de Brouwerij een installatiedossier bij met per automaat het serienummer,
de softwareversie, de configuratie, de netwerkgegevens en de historiek van de interventies. Vaste
contactpersoon en accountmanager voor de Brouwerij is de heer Ruben Lievens
(ruben.lievens@retourtech.be, 0486 40 18 22).
4.3 De interventies ter plaatse gebeuren door techniekers die door Returna voor de RX- en RC-reeks
zijn opgeleid en gecertificeerd.

Artikel 5 - Prioriteiten en termijnen
5.1 Retourtech neemt de volgende termijnen in acht, gerekend vanaf de melding en binnen de
helpdeskuren van artikel 4.1:
  Prioriteit 1 - geen enkele automaat neemt leeggoed aan, of de kassa aanvaardt de bons niet meer:
                 reactie binnen 2 uur, herstel of tijdelijke oplossing binnen 8 uur
  Prioriteit 2 - één automaat buiten gebruik, of een fles- of baktype wordt systematisch geweigerd:
                 reactie binnen 4 uur, herstel binnen 2 werkdagen
  Prioriteit 3 - vragen, rapporten, kleine fouten: antwoord binnen 3 werkdagen
5.2 Overschrijdt Retourtech de hersteltermijn van prioriteit 1, dan wordt de jaarlijkse
onderhoudsvergoeding verminderd met 2 % per begonnen werkdag overschrijding, met een maximum van
20 % per kalenderjaar. De vermindering wordt verrekend op de eerstvolgende factuur.
5.3 Storingen die hun oorzaak vinden in het mechanische deel van de automaten, in het kassasysteem
of in de internetverbinding vallen buiten deze termijnen. Retourtech helpt wel bij de diagnose en
verwittigt de betrokken leverancier.

Artikel 6 - Verplichtingen van de Brouwerij
6.1 De Brouwerij zorgt voor een permanente internetverbinding van de automaten via de bestaande
4G-router, die zij zelf onderhoudt, en geeft Retourtech toegang op afstand.
6.2 Zij meldt nieuwe eigen fles- of baktypes ten minste zes weken vóór de marktintroductie en
bezorgt Retourtech dan twintig exemplaren van elk nieuw type.
6.3 Zij laat het dagelijkse onderhoud (ledigen van de opvangbakken, reinigen van de ruiten van
camera's en scanners) uitvoeren volgens de gebruikershandleiding en laat geen andere partij aan de
software werken.

Artikel 7 - Vergoedingen en facturatie
7.1 Eenmalige intake in januari 2027 (nazicht van de vier automaten, actualisering van het
installatiedossier, opzetten van de bewaking): € 650,00.
7.2 Jaarlijkse onderhoudsvergoeding: 4 automaten x € 1.170,00 = € 4.680,00 per jaar.
7.3 Prestaties buiten dit contract, onder meer herstellingen na verkeerd gebruik, meer dan vier
nieuwe eigen types per jaar en aanpassingen van de koppeling na een wijziging van het kassasysteem,
worden vooraf schriftelijk geoffreerd en pas uitgevoerd na schriftelijk akkoord van de Brouwerij.
Een dringende interventie van ten hoogste twee uur mag de verantwoordelijke van de Drankenhal
telefonisch goedkeuren; Retourtech bevestigt die goedkeuring dezelfde dag per e-mail. Tarieven
2027: technieker € 89,00 per uur, per begonnen halfuur aangerekend; verplaatsing € 48,00;
inleren van een extra fles- of baktype € 145,00.
7.4 De vergoedingen en tarieven worden jaarlijks op 1 januari, voor het eerst op 1 januari 2028,
aangepast volgens de formule P1 = P0 x (0,2 + 0,8 x S1/S0), waarbij S de referentieloonkost van
Agoria is.
7.5 De intake wordt na uitvoering gefactureerd, de jaarlijkse vergoeding in januari, vooraf. Facturen
zijn betaalbaar binnen 30 dagen na factuurdatum. Alle bedragen zijn exclusief btw.

Artikel 8 - Rapportering en overleg
8.1 Retourtech bezorgt na elke interventie ter plaatse een interventierapport, en elk kwartaal een
overzicht van de meldingen, de gehaalde termijnen, de geweigerde fles- en baktypes en de
geïnstalleerde updates.
8.2 In maart van elk jaar bespreken de accountmanager van Retourtech en de verantwoordelijke van de
Drankenhal, mevrouw Hilde Declercq, het voorbije jaar en de planning van het komende jaar. Wat op
dat niveau niet wordt opgelost, leggen zij voor aan de zaakvoerder van Retourtech en de gedelegeerd
bestuurder van de Brouwerij.

Artikel 9 - Duur en beëindiging
9.1 Het contract gaat in op 1 januari 2027 voor een duur van drie jaar. Daarna wordt het telkens
stilzwijgend verlengd met een jaar, tenzij een partij het ten minste zes maanden vóór de vervaldag
bij aangetekende brief opzegt.
9.2 Elke partij kan het contract zonder vergoeding ontbinden wanneer de andere partij een wezenlijke
verplichting niet nakomt en dat niet rechtzet binnen dertig dagen na een aangetekende
ingebrekestelling.
9.3 Bij het einde van het contract bezorgt Retourtech binnen vijftien dagen, kosteloos, de
transactiehistoriek van de automaten (ingeleverde aantallen per type en per dag, uitgereikte bons)
in CSV-formaat, en het actuele installatiedossier met de configuratiebestanden van de koppeling.

Artikel 10 - Gebruiksrecht en eigendom
10.1 RetourSoft en de herkenningsdatabank blijven eigendom van Retourtech. Het gebruiksrecht op
RetourSoft dat de Brouwerij in 2024 heeft verworven, blijft na het einde van dit contract bestaan;
alleen de updates van de herkenningsdatabank stoppen dan.
10.2 De herkenningsprofielen van de eigen flessen en bakken van de Brouwerij, en de foto's en
gegevens die de Brouwerij daarvoor aanlevert, blijven eigendom van de Brouwerij.

Artikel 11 - Aansprakelijkheid
11.1 De aansprakelijkheid van Retourtech is per kalenderjaar beperkt tot driemaal de jaarlijkse
onderhoudsvergoeding, met een minimum van € 25.000,00. Retourtech is niet aansprakelijk voor
onrechtstreekse schade zoals omzetverlies, behalve bij opzet of zware fout.

Artikel 12 - Vertrouwelijkheid en persoonsgegevens
12.1 Retourtech houdt de verkoopcijfers, de leeggoedstatistieken en de plannen voor nieuwe
producten van de Brouwerij strikt vertrouwelijk, ook na het einde van het contract.
12.2 De automaten registreren geen persoonsgegevens van klanten; de bons zijn anoniem. Voor de
gebruikersaccounts van het personeel van de Drankenhal en de logbestanden die Retourtech daarbij
verwerkt, treedt Retourtech op als verwerker volgens de verwerkersovereenkomst van bijlage 3.

Artikel 13 - Toepasselijk recht en geschillen
13.1 Op dit contract is het Belgisch recht van toepassing.
13.2 Partijen proberen een geschil eerst in der minne op te lossen in een overleg tussen de
zaakvoerder van Retourtech en de gedelegeerd bestuurder van de Brouwerij, binnen dertig dagen na een
schriftelijke melding. Lukt dat niet, dan is de ondernemingsrechtbank Gent, afdeling Oudenaarde,
bevoegd.

Opgemaakt te Maarkedal op 26 november 2026, in twee exemplaren, waarvan elke partij erkent er één te
hebben ontvangen.

Voor Retourtech bv                              Voor Brouwerij Ter Beke nv

(getekend)                                      (getekend)
Griet Van Wassenhove                            Koen Vanderhaeghen
zaakvoerder                                     gedelegeerd bestuurder
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
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
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
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 2,
    },
)

NL_B22_PRECISION_FARMING_RTK_SUBSCRIPTION = UnseenDocument(
    name="nl_b22_precision_farming_rtk_subscription",
    text="""ABONNEMENTSOVEREENKOMST VELDLIJN RTK & TAAKKAARTEN
Kenmerk: VL-ABO-2027-0231

PARTIJEN

1. Veldlijn B.V., gevestigd aan de Industrieweg 17, 8304 AD Emmeloord, ingeschreven in het
   Handelsregister onder KvK-nummer 81245390, rechtsgeldig vertegenwoordigd door de heer R. (Rik)
   Bosma, directeur, hierna: "Veldlijn";
2. Loonbedrijf Gebr. Zijlstra B.V., gevestigd aan de Vaartweg 88, 8255 RA Swifterbant, KvK-nummer
   39018264, rechtsgeldig vertegenwoordigd door de heer T. (Tjeerd) Zijlstra, directeur, hierna:
   "Klant";

OVERWEGENDE DAT Klant met negen trekkers en zelfrijdende machines zaai-, poot-, spuit- en
oogstwerkzaamheden uitvoert voor akkerbouwers in Flevoland en de Noordoostpolder, en daarvoor een
RTK-correctiesignaal en een platform voor taakkaarten en werkregistratie wil afnemen;

KOMEN OVEREEN ALS VOLGT:

Artikel 1 - De Dienst
1.1 De Dienst bestaat uit:
a) het RTK-correctiesignaal van Veldlijn via NTRIP over het mobiele netwerk, voor het aantal
   machines genoemd in artikel 4;
b) Veldlijn Portaal: beheer van opdrachtgevers, percelen en perceelsgrenzen, het maken van
   taakkaarten (variabel zaaien, bemesten en spuiten) en het versturen daarvan naar de terminals
   in ISO-XML- of shapeformaat;
c) de app Veldlijn Onderweg, waarmee de chauffeurs van Klant uitgevoerde werkzaamheden, uren en
   verbruikte middelen registreren als basis voor de facturatie door Klant aan zijn opdrachtgevers.
1.2 Niet inbegrepen zijn: de RTK-ontvangers en terminals en de inbouw daarvan (die de dealer van
Klant verzorgt), simkaarten en mobiele data, en een koppeling met het boekhoudpakket van Klant.

Artikel 2 - Start van de Dienst
2.1 Binnen vijf werkdagen na ondertekening activeert Veldlijn de accounts voor het Portaal en de
app. De RTK-abonnementen worden per machine geactiveerd op 1 maart 2027, bij de start van het
seizoen.
2.2 Het startpakket omvat de import van de perceelsgrenzen en historische taakkaarten uit de
shapefiles van het huidige pakket van Klant, het aanmaken van de lijst van opdrachtgevers (circa
140 akkerbouwers) en een online instructie van twee uur voor de planners en chauffeurs van Klant.
2.3 Klant levert de shapefiles en de lijst van opdrachtgevers vóór 1 februari 2027 aan, zorgt
ervoor dat de ontvangers en terminals op zijn machines RTK via NTRIP ondersteunen en van een
actieve simkaart met data zijn voorzien, en wijst een planner aan als vast aanspreekpunt voor
Veldlijn.

Artikel 3 - Service en ondersteuning
3.1 De klantenservice van Veldlijn is bereikbaar via 0527 71 30 55 en support@veldlijn.nl: in het
seizoen (1 maart tot 1 november) dagelijks van 6.00 tot 22.00 uur, daarbuiten op werkdagen van
8.30 tot 17.00 uur.
3.2 Veldlijn streeft ernaar meldingen over uitval van het correctiesignaal binnen één uur in
behandeling te nemen.
3.3 Veldlijn spant zich in om het correctiesignaal en het Portaal zo veel mogelijk beschikbaar te
houden en streeft naar een beschikbaarheid van 99 % per seizoen. Alle verplichtingen van Veldlijn
onder deze overeenkomst zijn inspanningsverplichtingen. Veldlijn staat er niet voor in dat het
correctiesignaal altijd en overal beschikbaar is; de ontvangst is onder meer afhankelijk van de
mobiele dekking, de satellieten en de referentiestations.
3.4 Onderbrekingen van de Dienst geven Klant geen recht op korting, creditering of
schadevergoeding.
3.5 Nieuwe versies van het Portaal en de app worden door Veldlijn automatisch doorgevoerd. Gepland
onderhoud vindt zo veel mogelijk buiten het seizoen of 's nachts plaats.
3.6 Werkzaamheden die Veldlijn noodzakelijk acht om het correctiesignaal op de machines van Klant
te laten werken, zoals het opnieuw instellen van terminals na een software-update van de
fabrikant, worden op basis van nacalculatie in rekening gebracht tegen € 98,00 per uur,
vermeerderd met € 0,45 per kilometer.

Artikel 4 - Vergoedingen
4.1 Alle bedragen zijn exclusief btw.
   Startpakket (eenmalig)                                         €   750,00
   RTK-correctiesignaal, 9 machines x € 35,00 per maand          €   315,00 per maand
   Veldlijn Portaal Pro met app (tot 15 gebruikers)              €    89,00 per maand
   Totaal abonnement                                             €   404,00 per maand
4.2 Het startpakket wordt bij ondertekening gefactureerd. Het abonnement wordt per kwartaal vooraf
gefactureerd, ook buiten het seizoen. Facturen dienen binnen 14 dagen na factuurdatum te zijn
voldaan.
4.3 Veldlijn is gerechtigd haar tarieven en de samenstelling van de Dienst te wijzigen. Zij kondigt
een wijziging ten minste een maand van tevoren per e-mail aan.
4.4 Extra machines kan Klant via het Portaal toevoegen tegen het dan geldende tarief.

Artikel 5 - Duur en beëindiging
5.1 Deze overeenkomst wordt aangegaan voor twaalf maanden, ingaande op 1 maart 2027, en wordt
daarna stilzwijgend verlengd met telkens twaalf maanden, tenzij een van de partijen uiterlijk drie
maanden vóór het einde van de lopende periode schriftelijk opzegt.
5.2 Ieder der partijen kan de overeenkomst met onmiddellijke ingang ontbinden indien de andere
partij in staat van faillissement wordt verklaard of surseance van betaling aanvraagt, of indien
de andere partij na een schriftelijke ingebrekestelling met een termijn van dertig dagen tekort
blijft schieten.
5.3 Na het einde van de overeenkomst kan Klant gedurende 30 dagen via het Portaal zijn
perceelsgrenzen, taakkaarten en werkregistraties exporteren in shape-, ISO-XML- en CSV-formaat.
Daarna verwijdert Veldlijn deze gegevens.

Artikel 6 - Intellectuele eigendom en gegevens
6.1 Alle rechten op het Portaal, de app en het correctiesignaal berusten bij Veldlijn. Klant
verkrijgt voor de duur van de overeenkomst een niet-exclusief en niet-overdraagbaar gebruiksrecht.
6.2 De gegevens die Klant in de Dienst invoert, blijven van Klant. Veldlijn mag geanonimiseerde en
geaggregeerde gegevens gebruiken om haar diensten te verbeteren.
6.3 Bij de Dienst worden persoonsgegevens verwerkt, waaronder namen en locatiegegevens van de
chauffeurs van Klant en contactgegevens van zijn opdrachtgevers. Veldlijn is daarbij verwerker in
de zin van de AVG; de verwerkersovereenkomst in Bijlage B is van toepassing. De gegevens worden
opgeslagen in een datacenter in Nederland.

Artikel 7 - Aansprakelijkheid
7.1 De aansprakelijkheid van Veldlijn is beperkt tot het bedrag aan abonnementsvergoeding dat Klant
in de drie maanden voorafgaand aan de schadeveroorzakende gebeurtenis heeft betaald.
7.2 Veldlijn is nooit aansprakelijk voor schade als gevolg van onnauwkeurige positionering of uitval
van het correctiesignaal, zoals overlap of missers bij het zaaien, poten of spuiten,
opbrengstderving, schade aan gewassen of aan derden, noch voor verlies van gegevens of
gevolgschade.

Artikel 8 - Algemene voorwaarden, recht en forum
8.1 Op deze overeenkomst zijn de Algemene Voorwaarden van Veldlijn B.V. (versie 2026) van
toepassing, die Klant vóór ondertekening heeft ontvangen (Bijlage A). Bij strijdigheid tussen deze
overeenkomst en de Algemene Voorwaarden prevaleren de Algemene Voorwaarden. Inkoopvoorwaarden van
Klant worden uitdrukkelijk van de hand gewezen.
8.2 Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden uitsluitend
voorgelegd aan de bevoegde rechter van de Rechtbank Midden-Nederland, locatie Lelystad.

Aldus overeengekomen en digitaal ondertekend:

Veldlijn B.V.                                   Loonbedrijf Gebr. Zijlstra B.V.
R. Bosma, directeur                             T. Zijlstra, directeur
Emmeloord, 30 november 2026                     Swifterbant, 2 december 2026

Bijlage A - Algemene Voorwaarden Veldlijn B.V., versie 2026
Bijlage B - Verwerkersovereenkomst
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
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
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
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
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 14,
    },
)

NL_B22_KRINGWINKEL_INTAKE_APP_DEVELOPMENT = UnseenDocument(
    name="nl_b22_kringwinkel_intake_app_development",
    text="""OVEREENKOMST VOOR DE ONTWIKKELING, HOSTING EN HET ONDERHOUD VAN DE TOEPASSING "KRINGTEL"
(registratie, weging en etikettering van ingezamelde goederen)
Ref. CH/2026/058

TUSSEN
Codehof bv, Vaartkom 31 bus 2, 3000 Leuven, ondernemingsnummer 0774.309.612, vertegenwoordigd door
de heer Bart Peeters, zaakvoerder, hierna "Codehof",

EN
Kringwinkel Scheldeland vzw, Industriepark Zuid 9, 9200 Dendermonde, ondernemingsnummer
0458.773.140, vertegenwoordigd door mevrouw An De Bock, voorzitter van de raad van bestuur, en de
heer Dirk Van Hecke, directeur, hierna "Kringwinkel",

WORDT OVEREENGEKOMEN WAT VOLGT.

Artikel 1 - Voorwerp
1.1 Kringwinkel zamelt in vier winkels (Dendermonde, Hamme, Zele en Wetteren) en met twee
ophaalwagens herbruikbare goederen in, die vandaag op papier en in Excel worden geregistreerd. Codehof
ontwikkelt de webtoepassing "Kringtel", die op tablets aan de inzamelpunten en in het sorteercentrum
werkt en waarmee medewerkers en vrijwilligers elke inzameling per productcategorie registreren met
het gewicht rechtstreeks van de weegschaal, na sortering een prijsetiket met barcode afdrukken, en
ophaalafspraken bij particulieren inplannen en afvinken. De coördinatie exporteert er maandelijks de
inzamel- en hergebruikcijfers per winkel mee in het formaat dat OVAM vraagt.
1.2 Fase 1 omvat de registratie, de weging, de etikettering, de ophaalafspraken en de OVAM-export,
zoals beschreven in de functionele analyse. Fase 2 omvat de koppeling met het kassasysteem
(verkochte artikelen per barcode) en een dashboard met de hergebruikcijfers.
1.3 Niet inbegrepen zijn: de tablets, weegschalen en labelprinters, die Kringwinkel zelf aankoopt
volgens de lijst in bijlage 1; aanpassingen aan het kassasysteem zelf, die de kassaleverancier
uitvoert; en de opmaak van het jaarverslag aan OVAM.

Artikel 2 - Contractdocumenten
De overeenkomst bestaat uit deze tekst, bijlage 1 (functionele analyse v1.2 van 12/10/2026), bijlage
2 (offerte CH-OF-2026-077 van 28/10/2026) en bijlage 3 (verwerkersovereenkomst). Bij
tegenstrijdigheid geldt deze rangorde: deze tekst, bijlage 3, bijlage 1, bijlage 2. De algemene
voorwaarden van beide partijen zijn niet van toepassing.

Artikel 3 - Prijs en betaling (bedragen exclusief btw)
3.1 Fase 1: vaste prijs van € 38.400,00.
3.2 Eenmalige inrichting van de hosting-, test- en productieomgeving: € 1.250,00.
3.3 Fase 2: in regie, geraamd op 120 uur aan het tarief ontwikkelaar, of € 11.040,00. Codehof meldt
per e-mail zodra 80 % van de raming is verbruikt, met een inschatting van het resterende werk. De
raming wordt alleen overschreden na schriftelijk akkoord van de directeur van Kringwinkel.
3.4 Uurtarieven, vast tot 31/12/2027: senior ontwikkelaar € 108,00, ontwikkelaar € 92,00,
projectleider € 98,00. Nadien worden ze jaarlijks op 1 januari aangepast volgens de formule
P1 = P0 x (0,2 + 0,8 x S1/S0), waarbij S de Agoria-referentieloonkost is.
3.5 Hosting en onderhoud vanaf de ingebruikname (artikel 9): € 295,00 per maand.
3.6 Voor elke gevraagde wijziging of uitbreiding bezorgt Codehof binnen vijf werkdagen een
impactanalyse met de prijs en het effect op de planning. Het werk start pas na schriftelijk akkoord
van de productverantwoordelijke van Kringwinkel en wordt afzonderlijk gefactureerd.
3.7 Facturatie: Fase 1 voor 30 % bij ondertekening, 40 % bij de start van de pilot en 30 % na de
definitieve aanvaarding; de inrichting bij de oplevering van de testomgeving; Fase 2 maandelijks op
basis van de door Kringwinkel goedgekeurde urenstaten; hosting en onderhoud per kwartaal vooraf.
Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

Artikel 4 - Planning en verplichtingen van Kringwinkel
4.1 Planning:
    sprints 1 tot 5 (twee weken elk)                    11/01/2027 - 19/03/2027
    gebruikersacceptatietest                            22/03/2027 - 02/04/2027
    pilot in de winkel van Hamme                        12/04/2027 - 07/05/2027
    ingebruikname in alle winkels en het sorteercentrum 17/05/2027
    Fase 2                                              juni - september 2027
4.2 Kringwinkel duidt als productverantwoordelijke mevrouw Evi Martens, coördinator logistiek, aan.
Zij is gemiddeld één dag per week beschikbaar en woont de sprintreviews bij. Kringwinkel stelt vanaf
11/01/2027 een weegschaal en een labelprinter ter beschikking voor de tests, installeert de tablets,
weegschalen en labelprinters in de winkels en het sorteercentrum vóór 01/03/2027, levert de lijst
met productcategorieën en richtprijzen in Excel aan vóór 15/01/2027 en bezorgt de technische
documentatie van de kassaleverancier vóór de start van Fase 2.
4.3 Loopt de ingebruikname door de schuld van Codehof vertraging op, dan betaalt Codehof een
forfaitaire vergoeding van € 150,00 per werkdag vertraging, met een maximum van € 3.000,00. Komt
Kringwinkel haar verplichtingen uit 4.2 niet tijdig na, dan stellen partijen samen een nieuwe
planning op; de wachturen die Codehof daardoor aantoonbaar verliest, worden gefactureerd aan de
tarieven van 3.4, met een maximum van 16 uur.

Artikel 5 - Team, kwaliteit en opvolging
5.1 Projectleider bij Codehof is mevrouw Sofie Wouters; lead developer is de heer Pieter-Jan Claes.
Het team bestaat verder uit een senior en een medior ontwikkelaar, met elk minstens drie jaar
ervaring in de gebruikte technologie (TypeScript, React en PostgreSQL).
5.2 Codehof vervangt de projectleider of de lead developer alleen bij overmacht (ziekte, vertrek) of
met akkoord van Kringwinkel, door een persoon met gelijkwaardige ervaring. De inwerking van de
vervanger gebeurt op kosten van Codehof.
5.3 Elke wijziging in de code wordt door een tweede ontwikkelaar nagelezen; de kernfuncties
(weging, etikettering, OVAM-export) worden door geautomatiseerde tests gedekt, en de toepassing
wordt vóór de ingebruikname getoetst aan de OWASP Top 10.
5.4 Na elke sprint volgt een sprintreview met demo bij Kringwinkel, en bezorgt Codehof een kort
verslag met de afgewerkte functies, de openstaande punten en de verbruikte uren. Eenmaal per maand
komt een stuurgroep samen met de zaakvoerder en de projectleider van Codehof en de directeur en de
productverantwoordelijke van Kringwinkel; problemen die het team niet oplost, worden daar beslecht.

Artikel 6 - Aanvaarding, ingebruikname, opleiding en waarborg
6.1 Kringwinkel test de toepassing tijdens de gebruikersacceptatietest volgens de testscenario's van
bijlage 1 en meldt de gevonden fouten in het ticketsysteem van Codehof. De toepassing wordt
voorlopig aanvaard wanneer geen blokkerende fout meer openstaat en ten hoogste vijf kleine fouten,
die Codehof binnen tien werkdagen herstelt. De definitieve aanvaarding volgt na een pilot zonder
blokkerende fout. Elke aanvaarding gebeurt schriftelijk.
6.2 Codehof installeert de toepassing in productie, koppelt de weegschalen en labelprinters in elke
winkel en in het sorteercentrum, en is op de dag van de ingebruikname met twee medewerkers ter
plaatse.
6.3 Codehof laadt de productcategorieën, de richtprijzen en de lopende ophaalafspraken in die
Kringwinkel aanlevert.
6.4 Codehof geeft twee opleidingen "train-de-trainer" van een halve dag aan de
winkelverantwoordelijken en maakt korte instructievideo's voor de vrijwilligers. Tijdens de eerste
twee weken na de ingebruikname is Codehof op werkdagen van 8 tot 17 uur telefonisch bereikbaar
voor de winkels.
6.5 Gedurende zes maanden na de definitieve aanvaarding herstelt Codehof kosteloos elke fout
waardoor de toepassing afwijkt van de functionele analyse.

Artikel 7 - Broncode, documentatie en intellectuele rechten
7.1 De broncode staat vanaf de eerste sprint in een Git-repository op naam van Kringwinkel, waarin
Codehof werkt. Bij de definitieve aanvaarding bezorgt Codehof een technische documentatie
(architectuur, datamodel, installatie- en deploymentprocedure) en geeft zij een overdrachtssessie
van een halve dag aan een IT-partner naar keuze van Kringwinkel, zodat Kringwinkel de verdere
ontwikkeling en het onderhoud op elk moment door een andere partij kan laten uitvoeren.
7.2 De auteursrechten op de maatwerkcode worden aan Kringwinkel overgedragen naarmate de code wordt
geschreven, zonder bijkomende vergoeding. Codehof behoudt haar rechten op de open-sourcecomponenten
en haar eigen generieke bibliotheken; Kringwinkel krijgt daarop een kosteloos en eeuwigdurend
gebruiksrecht.

Artikel 8 - Persoonsgegevens en vertrouwelijkheid
8.1 Kringtel verwerkt persoonsgegevens van schenkers die een ophaling aanvragen (naam, adres,
telefoonnummer) en van medewerkers en vrijwilligers (gebruikersaccounts). Codehof verwerkt die
gegevens als verwerker volgens de verwerkersovereenkomst van bijlage 3, uitsluitend in datacenters
in de Europese Unie, en meldt een inbreuk binnen 24 uur aan Kringwinkel.
8.2 Partijen houden vertrouwelijk wat zij over elkaars werking vernemen, tijdens de overeenkomst en
drie jaar na het einde ervan.

Artikel 9 - Hosting en onderhoud
9.1 Vanaf de ingebruikname host Codehof Kringtel op Microsoft Azure (regio West-Europa), met een
dagelijkse back-up die dertig dagen wordt bewaard. Codehof installeert de updates van de gebruikte
componenten binnen veertien dagen na publicatie en kritieke beveiligingspatches binnen 48 uur.
9.2 Support is bereikbaar op werkdagen van 9 tot 17 uur via support@codehof.be en 016 29 84 11.
Codehof reageert op een blokkerende melding (registreren of etiketteren is in een of meer winkels
onmogelijk) binnen 4 werkuren, en op andere meldingen binnen 2 werkdagen.
9.3 Codehof garandeert een beschikbaarheid van 99,5 % per kalendermaand, gemeten tussen 8 en 20
uur; aangekondigd onderhoud buiten die uren telt niet mee.
9.4 Na de ingebruikname blijft de heer Pieter-Jan Claes het vaste aanspreekpunt van Kringwinkel.
Codehof houdt de configuratie per winkel (tablets, weegschalen, printers) bij in de technische
documentatie.

Artikel 10 - Duur en beëindiging
10.1 Het ontwikkelgedeelte loopt tot de definitieve aanvaarding van Fase 2. Hosting en onderhoud
lopen voor 24 maanden vanaf de ingebruikname en worden daarna stilzwijgend verlengd met telkens
twaalf maanden, tenzij een partij ten minste twee maanden vóór het einde van de lopende periode bij
aangetekende brief opzegt.
10.2 Elke partij kan de overeenkomst ontbinden wanneer de andere partij een wezenlijke verplichting
niet nakomt en dat niet binnen dertig dagen na een aangetekende ingebrekestelling rechtzet.
Kringwinkel kan Fase 2 schriftelijk annuleren tot de start ervan; zij betaalt dan enkel de reeds
gepresteerde uren.
10.3 Bij het einde van hosting en onderhoud bezorgt Codehof binnen tien werkdagen, kosteloos, een
volledige export van de databank (PostgreSQL-dump en CSV per tabel) en van de opgeslagen bestanden.
Gedurende ten hoogste drie maanden werkt Codehof mee aan de overdracht naar een nieuwe
hostingpartner en blijft zij Kringtel tegen de maandvergoeding van 3.5 hosten tot de overdracht
voltooid is; die medewerking wordt gefactureerd aan de tarieven van 3.4.

Artikel 11 - Aansprakelijkheid
De totale aansprakelijkheid van Codehof is beperkt tot de som van de prijs van Fase 1 en de raming
van Fase 2. Codehof is niet aansprakelijk voor onrechtstreekse schade, behalve bij opzet of zware
fout. Verlies van gegevens door een fout in de back-up van Codehof geldt niet als onrechtstreekse
schade.

Artikel 12 - Toepasselijk recht en geschillen
Deze overeenkomst wordt beheerst door het Belgisch recht. Een geschil wordt eerst voorgelegd aan de
stuurgroep. Vindt die binnen dertig dagen geen oplossing, dan doen partijen een beroep op een door
de Federale Bemiddelingscommissie erkende bemiddelaar. Slaagt de bemiddeling niet, dan zijn
uitsluitend de rechtbanken van Gent, afdeling Dendermonde, bevoegd.

Opgemaakt te Dendermonde op 4 december 2026, in twee exemplaren, waarvan elke partij erkent er één
te hebben ontvangen.

Voor Codehof bv                  Voor Kringwinkel Scheldeland vzw

(handtekening)                   (handtekening)                      (handtekening)
Bart Peeters                     An De Bock                          Dirk Van Hecke
zaakvoerder                      voorzitter raad van bestuur         directeur
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
        "warranty_days": 180,
        "response_time_hours_highest_priority": 4,
        "availability_percent": 99.5,
    },
)


NL_DOCUMENTS = [
    NL_B22_SALON_BOOKING_TABLETS_EMAIL,
    NL_B22_BREWERY_BOTTLE_RETURN_MAINTENANCE,
    NL_B22_PRECISION_FARMING_RTK_SUBSCRIPTION,
    NL_B22_KRINGWINKEL_INTAKE_APP_DEVELOPMENT,
]
