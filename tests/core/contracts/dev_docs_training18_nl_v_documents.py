"""Training batch 18 (nl, writer v): four Flemish and Dutch documents of kinds not used before.

1. nl_t18v_ski_hall_access_ticketing_maintenance: a Flemish maintenance contract (contract sheet
   plus numbered articles, signed by both parties) for the access control and ticketing system of
   an indoor ski hall, including a one-off upgrade with data conversion, a three-year term given
   as a date range, tacit yearly renewal with three months' notice, a 30-minute P1 response time
   and 99,6 % availability of the hosted ticket shop.
2. nl_t18v_driving_simulator_update_offer: an informal Dutch e-mail offer for a software upgrade
   and an update contract for four driving simulators of a driving school, accepted by a reply
   e-mail (option B, three years), with the supplier's NLdigital terms, a price change announced
   two months ahead next to a one-month notice, a ten-working-day acceptance window next to a
   three-month warranty, and extra work on time and materials.
3. nl_t18v_sports_club_saas_general_terms: the general terms of a Dutch SaaS provider for sports
   associations (numbered articles, no signatures), with prices only by reference, best-efforts
   availability, a disclaimer of service credits, a liability cap of six months of fees, and
   unilateral changes of prices, functionality and terms.
4. nl_t18v_water_meter_reading_app_implementation: a formal Flemish implementation agreement
   under public procurement (signed by both parties) for a meter-reading app of a water company:
   fixed price with instalments, a verification period next to the payment term, planning in
   phases, acceptance tests, a twelve-month warranty, 48 months of maintenance with a 60-minute
   P1 response time, 99,8 % availability, service credits, escrow and mediation.

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

NL_T18V_SKI_HALL_ACCESS_TICKETING_MAINTENANCE = UnseenDocument(
    name="nl_t18v_ski_hall_access_ticketing_maintenance",
    text="""ONDERHOUDSCONTRACT TOEGANGSCONTROLE EN TICKETING - FORMULE "PISTE PLUS"
Contract nr. GKS/ON/2027-031

CONTRACTFICHE
Leverancier:        Gatekeeper Systems bv, Zeveneekhoekstraat 12, 9160 Lokeren,
                    BE 0674.218.530, vertegenwoordigd door Wim De Smet, zaakvoerder
                    ("Gatekeeper")
Klant:              Skihal Sneeuwpiek nv, Europalaan 88, 3600 Genk, BE 0447.903.126,
                    vertegenwoordigd door An Vanhoof, gedelegeerd bestuurder ("de klant")
Installatie:        SkiGate 7 (back-office en kassasoftware) op een server in het technisch
                    lokaal, 8 tourniquets met RFID-lezer (6 aan de inkom, 2 aan de
                    lockerzone), 4 RFID-poortjes aan de sleeplift en de rolband, 3 kassa's
                    met ticketprinter, 2 zelfbedieningskiosken en de online ticketshop
                    tickets.sneeuwpiek.be (gehost door Gatekeeper)
Looptijd:           van 1 januari 2027 tot en met 31 december 2029
Verlenging:         stilzwijgend, telkens met één jaar
Opzegging:          bij aangetekende brief, uiterlijk drie maanden vóór de vervaldag
Jaarvergoeding:     EUR 14.880,00 excl. btw (prijspeil 2027)
Upgrade SkiGate 8:  EUR 3.950,00 excl. btw, eenmalig (conversie, installatie en opleiding)
Contractwaarde:     EUR 48.590,00 excl. btw over 2027-2029, vóór indexering
Regie:              EUR 95,00 per uur op werkdagen van 8 tot 18 uur; EUR 142,50 per uur 's avonds,
                    in het weekend en op feestdagen; verplaatsing forfaitair EUR 65,00
Betaling:           30 dagen na factuurdatum
Servicemanager:     Kristof Lenaerts, 0473 51 22 80, kristof.lenaerts@gatekeeper.be

Artikel 1 - Voorwerp en contractdocumenten
1.1 Gatekeeper onderhoudt de installatie die zij in 2023 leverde onder installatiecontract
GKS/2023-118 en voert in 2027 de upgrade naar SkiGate 8 uit.
1.2 Offerte GKS/OF/2026-412 van 3 november 2026 (Bijlage 1, met het testscript voor de upgrade)
en de verwerkersovereenkomst (Bijlage 2) maken deel uit van dit contract. Bij tegenstrijdigheid
gaat dit contract voor op Bijlage 2 en Bijlage 2 op Bijlage 1. Algemene voorwaarden die vermeld
staan op offertes, bestelbonnen of facturen van een van de partijen zijn niet van toepassing.

Artikel 2 - Inhoud van de formule Piste Plus
2.1 De jaarvergoeding omvat:
a) twee preventieve onderhoudsbeurten per jaar ter plaatse, in week 20 en in week 45: reinigen en
   afstellen van de tourniquets en poortjes, controle van lezers, printers en kiosken, en een test
   van de noodontgrendeling gekoppeld aan de brandmeldcentrale;
b) monitoring op afstand van de tourniquets, lezers, kiosken en de server, met alarmering naar de
   helpdesk van Gatekeeper;
c) correctief onderhoud, arbeid, verplaatsing en wisselstukken inbegrepen, met uitzondering van
   slijtdelen (printkoppen, papierrollen) en RFID-polsbandjes en -kaarten;
d) alle nieuwe versies en correcties van SkiGate 7 en SkiGate 8, beveiligingspatches van het
   besturingssysteem van de server en de kiosken binnen 14 dagen na vrijgave door de fabrikant
   (kritieke patches binnen 72 uur), en de aanpassing van de ticketshop aan wijzigingen bij de
   betaalprovider;
e) de hosting en het beheer van de online ticketshop;
f) de helpdesk en de interventies volgens artikel 3.
2.2 Niet inbegrepen zijn: herstellingen na vandalisme, waterschade of verkeerd gebruik; de
betaalterminals, die eigendom zijn van de betaalprovider; het netwerk en de internetverbinding van
de klant; de kassa-pc's die ouder zijn dan vijf jaar; nieuwe functionaliteit op vraag van de klant.
2.3 Gatekeeper houdt een installatiedossier bij met de plannen, het IP-plan, de configuratie per
toestel en de historiek van alle interventies, en bezorgt de klant na elke wijziging de
bijgewerkte versie. Interventies aan de tourniquets gebeuren uitsluitend door techniekers die
door de fabrikant zijn opgeleid en gecertificeerd. Elke nieuwe versie wordt eerst op de
testomgeving van de klant getest voordat ze in productie wordt genomen.

Artikel 3 - Helpdesk, reactie- en hersteltijden, beschikbaarheid
3.1 De hotline 09 348 77 10 is bereikbaar tijdens de openingsuren van de skihal: maandag tot en met
vrijdag van 9.00 tot 23.00 uur, zaterdag, zondag en feestdagen van 8.30 tot 22.00 uur. Buiten die
uren kan de klant melden via support@gatekeeper.be of het klantenportaal; die meldingen worden bij
de opening van de volgende dag behandeld.
3.2 Prioriteiten en termijnen, gerekend binnen de openingsuren van de hotline:
   Prio  Omschrijving                                   Reactietijd    Herstel of workaround
   P1    inkom of alle kassa's geblokkeerd, of online     30 minuten     binnen 4 uur
         verkoop onmogelijk
   P2    één tourniquet, kassa, kiosk of liftpoortje      2 uur          volgende dag vóór 12 uur
         defect
   P3    storing zonder impact op toegang of verkoop,     1 werkdag      bij de volgende update
         vragen
Lukt het herstel van een P1-storing niet op afstand, dan is een technieker binnen drie uur na de
melding ter plaatse.
3.3 De online ticketshop is beschikbaar gedurende 99,6 % van de tijd per kalendermaand. Gepland
onderhoud tussen 1.00 en 5.00 uur, ten minste vijf werkdagen vooraf aangekondigd, telt niet mee.
3.4 Bij overschrijding van de hersteltermijn voor een P1-storing crediteert Gatekeeper 2 % van de
kwartaalvergoeding per begonnen uur overschrijding. Ligt de maandelijkse beschikbaarheid van de
ticketshop onder 99,6 %, dan crediteert zij 5 % van de kwartaalvergoeding, en onder 99,0 % 10 %.
De creditnota's bedragen samen ten hoogste 25 % van de kwartaalvergoeding en worden verrekend op
de volgende factuur.

Artikel 4 - Upgrade naar SkiGate 8
4.1 Gatekeeper neemt SkiGate 8 uiterlijk op 30 september 2027 in productie, volgens een draaiboek
dat zij ten minste vier weken vooraf aan de klant bezorgt.
4.2 Gatekeeper converteert de volledige databank naar SkiGate 8: klantenaccounts van de
ticketshop, seizoensabonnementen, beurtenkaarten, tegoeden op polsbandjes en de lesgroepen van de
skischool. Zij bezorgt een conversierapport met de aantallen en saldi vóór en na de conversie.
4.3 De klant stelt de installatie op maandag 6 en maandag 13 september 2027 van 6.00 tot 10.00 uur
ter beschikking voor de tests, duidt een key user aan die de tests uitvoert en laat de kassa-pc's
vóór 1 september 2027 bijwerken naar Windows 11.
4.4 De key user test de upgrade volgens het testscript van Bijlage 1 (verkoop aan de kassa en
online, toegang, terugbetaling, dagafsluiting). SkiGate 8 gaat pas in productie na schriftelijke
goedkeuring door de klant; blokkerende fouten worden vóór de ingebruikname verholpen.
4.5 De upgrade omvat twee opleidingssessies van drie uur voor de kassamedewerkers en één sessie
voor de back-office. Op de eerste zaterdag na de ingebruikname is van 9.00 tot 14.00 uur een
technieker van Gatekeeper ter plaatse.
4.6 Wordt SkiGate 8 door toedoen van Gatekeeper niet tijdig in productie genomen, dan is zij per
begonnen week vertraging 2 % van de jaarvergoeding verschuldigd, met een maximum van 10 %. Bij
vertraging door de klant wordt een nieuwe datum in overleg vastgelegd en worden bijkomende
verplaatsingen in regie aangerekend.

Artikel 5 - Rapportering en overleg
Binnen tien werkdagen na elk kwartaal bezorgt Gatekeeper een servicerapport met de incidenten per
prioriteit en hun reactie- en hersteltijden, de beschikbaarheid van de ticketshop, de uitgevoerde
updates en het verbruik van slijtdelen. Elk jaar in oktober evalueren de servicemanager en de
exploitatiemanager van de klant, de heer Jelle Schepers, de dienstverlening. Raken zij het niet
eens, dan wordt de zaak voorgelegd aan de zaakvoerder van Gatekeeper en de gedelegeerd bestuurder
van de klant.

Artikel 6 - Prijzen en facturatie
6.1 De jaarvergoeding wordt gefactureerd in vier kwartaalschijven van EUR 3.720,00, telkens vooraf.
De upgrade wordt gefactureerd na de goedkeuring van artikel 4.4, regiewerk maandelijks na afloop
van de maand. Alle facturen zijn betaalbaar binnen 30 dagen na factuurdatum.
6.2 De jaarvergoeding wordt op 1 januari aangepast, voor het eerst op 1 januari 2028, volgens de
formule P = P0 x (0,25 + 0,75 x S / S0), met S het Agoria-referentieloon. Gatekeeper deelt de
nieuwe vergoeding ten minste 30 dagen vooraf mee. Andere prijswijzigingen vereisen een door beide
partijen ondertekend addendum.
6.3 Werk buiten de formule wordt enkel uitgevoerd na een schriftelijke prijsopgave van Gatekeeper
die de klant vooraf schriftelijk goedkeurt, en wordt aangerekend tegen de regietarieven van de
contractfiche.

Artikel 7 - Duur en beëindiging
7.1 Het contract loopt van 1 januari 2027 tot en met 31 december 2029. Daarna wordt het
stilzwijgend verlengd voor telkens één jaar, tenzij een partij het uiterlijk drie maanden vóór de
vervaldag bij aangetekende brief opzegt.
7.2 Elke partij kan het contract ontbinden wanneer de andere partij een ernstige tekortkoming niet
herstelt binnen 15 dagen na een aangetekende ingebrekestelling. De klant kan het contract
bovendien zonder vergoeding beëindigen wanneer de hersteltermijn voor P1 meer dan drie keer in
zes opeenvolgende maanden wordt overschreden.
7.3 Bij het einde van het contract bezorgt Gatekeeper binnen vijftien werkdagen het bijgewerkte
installatiedossier, alle beheerwachtwoorden en een volledige export van de databank (klanten,
abonnementen, tegoeden en transacties) in csv-formaat met een beschrijving van de velden. Tot
drie maanden na het einde houdt zij de ticketshop in de lucht en verleent zij haar medewerking
aan de overdracht naar de klant of een nieuwe leverancier, tegen de regietarieven.

Artikel 8 - Aansprakelijkheid
De aansprakelijkheid van Gatekeeper is per schadegeval beperkt tot de jaarvergoeding van het jaar
van het schadegeval, met een minimum van EUR 25.000,00. Gatekeeper is niet aansprakelijk voor
onrechtstreekse schade zoals gederfde omzet, behalve bij opzet of zware fout. Voor lichamelijke
schade geldt geen beperking.

Artikel 9 - Intellectuele eigendom
SkiGate blijft eigendom van Gatekeeper. Het niet-exclusieve en eeuwigdurende gebruiksrecht dat de
klant verkreeg onder het installatiecontract geldt ook voor SkiGate 8, voor de installatie te
Genk. De lay-outs van tickets en rapporten die voor de klant worden gemaakt, en alle gegevens in
de databank, behoren toe aan de klant.

Artikel 10 - Vertrouwelijkheid
Partijen houden de informatie die zij over elkaar ontvangen, waaronder de verkoopcijfers van de
klant en de beveiligingsinstellingen van de installatie, vertrouwelijk tijdens het contract en
vijf jaar na het einde ervan.

Artikel 11 - Persoonsgegevens
Gatekeeper verwerkt als verwerker de persoonsgegevens van de klanten van de skihal (naam,
e-mailadres, geboortedatum, foto op het seizoensabonnement en toegangsregistraties) uitsluitend
volgens de instructies van de klant, bewaart ze in datacenters in België en meldt een datalek
binnen 24 uur. De overige afspraken staan in de verwerkersovereenkomst van Bijlage 2.

Artikel 12 - Geschillen
Een geschil wordt eerst behandeld volgens de escalatie van artikel 5. Is het dertig dagen na de
schriftelijke melding niet opgelost, dan kan elke partij zich wenden tot de ondernemingsrechtbank
Antwerpen, afdeling Hasselt. Het Belgisch recht is van toepassing.

Opgemaakt te Genk op 30 november 2026, in twee exemplaren.

Voor Gatekeeper Systems bv                      Voor Skihal Sneeuwpiek nv
Wim De Smet, zaakvoerder                         An Vanhoof, gedelegeerd bestuurder
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
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
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
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.6,
    },
)

NL_T18V_DRIVING_SIMULATOR_UPDATE_OFFER = UnseenDocument(
    name="nl_t18v_driving_simulator_update_offer",
    text="""Van: Ingrid van Dijk <ingrid@verkeersschoolvandijk.nl>
Verzonden: donderdag 3 december 2026 09:12
Aan: Mark Hoekstra <mark.hoekstra@rijsim.nl>
Onderwerp: RE: Offerte RijSim 5 + updatecontract (OFF-26-1187)

Hoi Mark,

We hebben het gisteren in het teamoverleg besproken: akkoord met de offerte hieronder, met optie B
(updatecontract voor drie jaar). Installatie graag op maandag 28 december, dan zijn er geen lessen
op de simulatoren gepland. De lijst met instructeurs stuur ik je volgende week.

Groet,
Ingrid van Dijk
Verkeersschool Van Dijk | Oosterlaan 41, 8017 Zwolle | 038 421 60 90

-----Oorspronkelijk bericht-----
Van: Mark Hoekstra <mark.hoekstra@rijsim.nl>
Verzonden: maandag 30 november 2026 16:05
Aan: Ingrid van Dijk <ingrid@verkeersschoolvandijk.nl>
Onderwerp: Offerte RijSim 5 + updatecontract (OFF-26-1187)

Hallo Ingrid,

Fijn dat we vorige week even konden bellen. Jullie vier simulatoren (serienummers RS4-2118 t/m
RS4-2121) draaien nog op RijSim 4.2. Vanaf 1 januari 2027 komen daar geen nieuwe scenario's meer
voor uit, dus hierbij ons voorstel voor de overstap naar RijSim 5 en een updatecontract.

1. Upgrade naar RijSim 5 (eenmalig, prijzen excl. btw)
   Licentie-upgrade RijSim 5, 4 x € 1.450,-                              € 5.800,-
   Installatie en configuratie op locatie, conversie leerlingdata        € 1.100,-
   Totaal eenmalig                                                       € 6.900,-

Wat zit erin: de nieuwe versie met de examenroutes rond het CBR-examencentrum Zwolle, nieuwe
verkeerssituaties (fietsstraten, turborotondes, 30 km/u binnen de bebouwde kom), het nieuwe
instructeursdashboard, en het overzetten van alle leerlingprofielen en de rijhistorie (ongeveer
1.300 leerlingen) van 4.2 naar 5.
Niet inbegrepen: hardware (schermen, stoelen, pedalen, pc's) en Windows-licenties. Jullie pc's
voldoen aan de minimumeisen van RijSim 5, dat hebben we vorige week op afstand gecontroleerd.

Planning: de installatie doen we op één dag in de kerstvakantie, ongeveer anderhalf uur per
simulator. Ruben Visser, onze servicetechnicus, komt installeren en geeft aansluitend een
instructie-uur aan jullie instructeurs. De nieuwe instructeurshandleiding krijgen jullie als pdf.
Wat we van jullie nodig hebben: uiterlijk 21 december een lijst van de instructeurs (naam en
e-mailadres) voor de nieuwe accounts, en op de installatiedag iemand die de beheerwachtwoorden
kent. De simulatoren moeten die dag aan staan en met internet verbonden zijn.

Acceptatie: na de installatie hebben jullie tien werkdagen om RijSim 5 met jullie instructeurs te
testen. Melden jullie in die periode geen blokkerende fouten, dan geldt de upgrade als
geaccepteerd.
Garantie: fouten in RijSim 5 lossen we gedurende drie maanden na de installatie kosteloos op,
ook als jullie geen updatecontract nemen.

2. Updatecontract
   Optie A - per jaar:       € 395,- per simulator per jaar (€ 1.580,- per jaar)
   Optie B - drie jaar vast: € 345,- per simulator per jaar (€ 1.380,- per jaar), prijs vast
                             voor de hele looptijd

Wat zit erin:
- twee scenario-updates per jaar (april en oktober) met nieuwe examenroutes en gewijzigde
  verkeersregels;
- Windows-updates en nieuwe drivers, die we eerst op onze eigen testopstelling controleren en
  daarna op afstand installeren;
- helpdesk via 055 576 20 44 en support@rijsim.nl, maandag t/m vrijdag van 8.30 tot 17.00 uur;
- hulp op afstand via TeamViewer.
Staat een simulator stil, dan reageren we binnen 2 uur (binnen kantoortijd). Voor andere vragen
reageren we binnen één werkdag.
Moet Ruben langskomen voor iets wat niet onder de garantie valt, dan rekenen we € 75,-
voorrijkosten en de uren op nacalculatie à € 92,50 per uur. Maatwerk, zoals een eigen oefenroute
door jullie wijk, doen we ook op nacalculatie.

Jullie configuratie (serienummers, pc's, netwerk en licentiesleutels) staat in ons klantdossier,
en ik blijf jullie vaste aanspreekpunt.

Looptijd en opzeggen: het updatecontract gaat in op 1 januari 2027. Na de eerste looptijd (één
jaar bij optie A, drie jaar bij optie B) loopt het telkens een jaar door, tenzij je uiterlijk een
maand voor het einde per mail opzegt. Na de eerste looptijd kunnen we de prijs aanpassen; dat
laten we jullie uiterlijk twee maanden van tevoren weten.

Facturatie: de upgrade voor 50 % bij opdracht en 50 % na de installatie, het updatecontract
jaarlijks vooraf in januari. Betaaltermijn 14 dagen.

Licenties: de licenties staan op naam van Verkeersschool Van Dijk en gelden voor de vier
simulatoren op jullie locatie aan de Oosterlaan.

Privacy: bij de conversie en bij hulp op afstand kunnen wij leerlinggegevens inzien. Daarvoor
sturen we jullie nog een verwerkersovereenkomst.

Op deze offerte en de overeenkomst zijn de NLdigital Voorwaarden 2020 van toepassing; ik stuur ze
als bijlage mee.

De offerte is geldig tot 18 december 2026. Een akkoord per mail is voldoende.

Met vriendelijke groet,

Mark Hoekstra
Accountmanager rijscholen | RijSim B.V.
Ecofactorij 22, 7325 WC Apeldoorn | KvK 51228734 | 055 576 20 40
""",
    items={
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
        "team.quality": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
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
        "risk.liability_excluded": False,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 14,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 2,
    },
)

NL_T18V_SPORTS_CLUB_SAAS_GENERAL_TERMS = UnseenDocument(
    name="nl_t18v_sports_club_saas_general_terms",
    text="""ALGEMENE VOORWAARDEN CLUBKOMPAS B.V.
versie 3.1 - geldig vanaf 1 januari 2027

Clubkompas B.V., Stationsplein 9, 3818 LE Amersfoort, KvK 71904466, levert online software voor
sportverenigingen: ledenadministratie, contributie-inning, planning en een app voor leden.

Artikel 1 - Definities
Clubkompas: Clubkompas B.V. Vereniging: de sportvereniging, stichting of andere organisatie die
het Platform afneemt. Platform: de online software van Clubkompas met de bijbehorende app.
Bestelling: de online bestelling of de door de Vereniging ondertekende offerte. Overeenkomst: de
Bestelling samen met deze voorwaarden en de Verwerkersovereenkomst (Bijlage 1).

Artikel 2 - Toepasselijkheid
2.1 Deze voorwaarden zijn van toepassing op alle offertes, Bestellingen en Overeenkomsten van
Clubkompas. Algemene (inkoop)voorwaarden van de Vereniging worden uitdrukkelijk van de hand
gewezen.
2.2 Bij strijdigheid gaat de Bestelling voor op deze voorwaarden. Voor de verwerking van
persoonsgegevens gaat de Verwerkersovereenkomst voor op deze voorwaarden.

Artikel 3 - Pakketten
3.1 Clubkompas biedt het Platform aan in drie pakketten:
- Start (tot 150 leden): ledenadministratie, contributie-inning via SEPA-incasso, ledenapp;
- Club (tot 600 leden): Start, aangevuld met wedstrijd- en trainingsplanning, vrijwilligers- en
  bardiensten en een websitemodule;
- Club Plus (onbeperkt aantal leden): Club, aangevuld met koppelingen met de systemen van de
  sportbonden en telefonische support.
3.2 Niet inbegrepen zijn: sms-berichten, de transactiekosten van de bank van de Vereniging voor
incasso's, koppelingen die niet in de pakketbeschrijving staan en maatwerk.

Artikel 4 - Prijzen en betaling
4.1 De abonnementsprijs per pakket en de eenmalige inrichtingskosten zijn vermeld in de
Bestelling en in de actuele prijslijst op clubkompas.nl/prijzen. Alle prijzen zijn exclusief btw.
4.2 Clubkompas mag de prijzen jaarlijks per 1 juli aanpassen. Zij kondigt een aanpassing ten minste
30 dagen vooraf per e-mail aan. Is de verhoging hoger dan de stijging van de consumentenprijsindex
(CPI) van het CBS plus 3 procentpunt, dan mag de Vereniging de Overeenkomst opzeggen tegen de
datum waarop de verhoging ingaat.
4.3 Het abonnement wordt per seizoen vooraf of per maand gefactureerd, naar keuze van de
Vereniging in de Bestelling, en bij voorkeur via automatische incasso voldaan. Facturen moeten
binnen 14 dagen na factuurdatum worden betaald.
4.4 Blijft een factuur onbetaald, dan stuurt Clubkompas een herinnering met een termijn van tien
dagen. Na het verstrijken daarvan mag zij de toegang tot het Platform opschorten. Ook tijdens een
opschorting kan de Vereniging haar ledengegevens exporteren.
4.5 Aanvullende werkzaamheden, zoals een maatwerkimport, extra trainingen of een koppeling op
maat, voert Clubkompas uit op basis van een offerte die de Vereniging vooraf schriftelijk heeft
goedgekeurd, tegen een uurtarief van € 85,00 exclusief btw. Zij worden na uitvoering
gefactureerd.

Artikel 5 - Start en import
5.1 Clubkompas activeert het account binnen twee werkdagen na ontvangst van de Bestelling.
5.2 In de pakketten Club en Club Plus is de eenmalige import van het ledenbestand inbegrepen. De
Vereniging levert het ledenbestand aan in het importsjabloon van Clubkompas of als export uit
haar vorige systeem, binnen twee weken na de Bestelling. Clubkompas voert de import uit binnen
tien werkdagen na ontvangst en stuurt een importverslag met het aantal ingelezen leden en de
afgekeurde regels. De Vereniging controleert het resultaat binnen vijf werkdagen.
5.3 Elke nieuwe Vereniging krijgt een online startsessie van een uur voor haar beheerders.
Daarnaast zijn er een online kennisbank en maandelijkse webinars.

Artikel 6 - Verplichtingen van de Vereniging
De Vereniging wijst ten minste één beheerder aan als aanspreekpunt voor Clubkompas, houdt
wachtwoorden geheim, zorgt dat de gegevens die zij invoert juist zijn en dat zij een geldige
machtiging van haar leden heeft voor de SEPA-incasso.

Artikel 7 - Beschikbaarheid, support en updates
7.1 Clubkompas spant zich in om het Platform 99,5 % per kalendermaand beschikbaar te houden,
gepland onderhoud niet meegerekend. Gepland onderhoud wordt ten minste 48 uur vooraf aangekondigd
en vindt bij voorkeur plaats tussen 0.00 en 6.00 uur. Clubkompas garandeert niet dat het Platform
zonder onderbrekingen of fouten werkt.
7.2 Support is bereikbaar via e-mail (support@clubkompas.nl) en de chat in het Platform op
werkdagen van 9.00 tot 17.00 uur; voor Club Plus ook telefonisch via 033 760 12 30.
7.3 Bij een storing waardoor het Platform voor de Vereniging niet bereikbaar is, reageert
Clubkompas binnen vier werkuren. Andere vragen beantwoordt zij binnen twee werkdagen, voor Club
Plus binnen één werkdag. Storingen worden zo spoedig mogelijk verholpen.
7.4 Het niet halen van de beschikbaarheid of van de termijnen in dit artikel geeft geen recht op
korting, creditering of schadevergoeding.
7.5 Clubkompas verbetert het Platform doorlopend. Updates en beveiligingspatches worden zonder
extra kosten automatisch doorgevoerd. Clubkompas werkt volgens een ISO 27001-gecertificeerd
managementsysteem en test elke release op een acceptatieomgeving voordat die live gaat.
7.6 Clubkompas mag de functionaliteit van het Platform wijzigen. Een wijziging die een functie
wezenlijk beperkt, kondigt zij ten minste 30 dagen vooraf aan.

Artikel 8 - Duur en beëindiging
8.1 De Overeenkomst wordt aangegaan voor een periode van twaalf (12) maanden vanaf de activering
van het account en wordt daarna stilzwijgend verlengd met telkens twaalf maanden.
8.2 Elke partij kan de Overeenkomst schriftelijk of via het beheerportaal opzeggen tegen het einde
van de lopende periode, met een opzegtermijn van twee maanden.
8.3 Elke partij mag de Overeenkomst ontbinden als de andere partij een wezenlijke verplichting niet
nakomt en dat niet herstelt binnen 30 dagen na een schriftelijke ingebrekestelling, of als de
andere partij failliet wordt verklaard of surseance van betaling aanvraagt.
8.4 Tot 30 dagen na het einde van de Overeenkomst kan de Vereniging al haar gegevens zelf
exporteren in CSV- en Excel-formaat via het beheerportaal. Daarna verwijdert Clubkompas de
gegevens binnen 60 dagen, tenzij een wettelijke bewaarplicht geldt.
8.5 Op verzoek van de Vereniging verleent Clubkompas medewerking aan de overdracht naar een andere
leverancier, tegen het uurtarief van artikel 4.5.

Artikel 9 - Persoonsgegevens
9.1 De Vereniging is verwerkingsverantwoordelijke voor de persoonsgegevens van haar leden;
Clubkompas is verwerker. De afspraken daarover staan in de Verwerkersovereenkomst (Bijlage 1),
die deel uitmaakt van de Overeenkomst.
9.2 Clubkompas slaat alle gegevens op in datacenters in Nederland, verwerkt ze alleen voor het
leveren van het Platform en meldt een datalek binnen 36 uur na ontdekking aan de Vereniging.

Artikel 10 - Intellectuele eigendom
Alle intellectuele eigendomsrechten op het Platform berusten bij Clubkompas. De Vereniging krijgt
voor de duur van de Overeenkomst een niet-exclusief en niet-overdraagbaar gebruiksrecht. De
gegevens die de Vereniging invoert, blijven van de Vereniging.

Artikel 11 - Geheimhouding
Partijen houden vertrouwelijke informatie die zij van elkaar ontvangen geheim, ook na het einde van
de Overeenkomst.

Artikel 12 - Aansprakelijkheid
12.1 De aansprakelijkheid van Clubkompas is beperkt tot directe schade en tot het bedrag dat de
Vereniging in de zes maanden voorafgaand aan de schadeveroorzakende gebeurtenis aan
abonnementsgeld heeft betaald, met een maximum van € 2.500,00 per gebeurtenis.
12.2 Clubkompas is niet aansprakelijk voor indirecte schade, gevolgschade, verlies of beschadiging
van gegevens en mislukte of onjuiste incasso's.

Artikel 13 - Overmacht
Bij overmacht, waaronder storingen bij hostingpartijen of betaaldienstverleners, is Clubkompas
niet gehouden tot nakoming zolang de overmacht duurt.

Artikel 14 - Wijziging van deze voorwaarden
Clubkompas mag deze voorwaarden wijzigen. Een wijziging treedt in werking 30 dagen nadat zij per
e-mail is bekendgemaakt. Bij een wezenlijke wijziging in het nadeel van de Vereniging mag de
Vereniging de Overeenkomst opzeggen tegen de datum van inwerkingtreding.

Artikel 15 - Toepasselijk recht en geschillen
15.1 Op de Overeenkomst is Nederlands recht van toepassing.
15.2 Een geschil meldt de meest gerede partij schriftelijk aan de andere partij. Het bestuur van de
Vereniging en de directie van Clubkompas overleggen binnen 14 dagen na die melding. Leidt dat
overleg niet binnen 30 dagen na de melding tot een oplossing, dan kan elke partij het geschil
voorleggen aan de rechtbank Midden-Nederland, locatie Utrecht.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "partial",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
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
        "team.quality": "covered",
        "reporting.progress": "missing",
        "rollout.data_migration": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "missing",
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
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 14,
        "response_time_hours_highest_priority": 4,
    },
)

NL_T18V_WATER_METER_READING_APP_IMPLEMENTATION = UnseenDocument(
    name="nl_t18v_water_meter_reading_app_implementation",
    text="""IMPLEMENTATIEOVEREENKOMST
Ontwikkeling, implementatie en onderhoud van een mobiele applicatie voor de opname van watermeters
Overheidsopdracht KW/2026/IT/07 - openbare procedure

TUSSEN
Kempenwater, opdrachthoudende vereniging, Nijverheidsstraat 30, 2260 Westerlo, KBO 0204.517.886,
vertegenwoordigd door de heer Bert Vermeiren, algemeen directeur, en mevrouw Els Mertens,
voorzitter van de raad van bestuur, hierna "Kempenwater";
EN
Meterwise nv, Kennedypark 21, 8500 Kortrijk, KBO 0738.302.619, vertegenwoordigd door mevrouw
Sarah Claeys, gedelegeerd bestuurder, hierna "de opdrachtnemer".

Artikel 1 - Voorwerp en contractdocumenten
1.1 De opdrachtnemer ontwikkelt en implementeert de Android-app "OpnameGO" waarmee de 42
meteropnemers van Kempenwater, ook offline, de watermeters opnemen (barcode, foto van het telwerk,
plausibiliteitscontrole, vaststellingen zoals lek of geen toegang), met een webmodule voor de
routeplanning en een koppeling met SAP IS-U voor de opnameorders en de standen.
1.2 Niet inbegrepen zijn: de smartphones en hun beheer via Microsoft Intune, de aanpassingen aan
SAP IS-U die door de SAP-partner van Kempenwater worden uitgevoerd, en de zelfopname via het
klantenportaal.
1.3 De opdracht wordt beheerst door, in deze volgorde van voorrang: deze overeenkomst, het bestek
KW/2026/IT/07 met zijn bijlagen, en de offerte van de opdrachtnemer van 12 oktober 2026 zoals
aangevuld met de definitieve offerte van 9 november 2026. De algemene uitvoeringsregels van het
KB van 14 januari 2013 zijn van toepassing. Algemene voorwaarden van de opdrachtnemer zijn niet
van toepassing.

Artikel 2 - Prijs
2.1 De implementatie wordt uitgevoerd tegen een globale vaste prijs van EUR 186.400,00 excl. btw:
   Analyse en functioneel ontwerp                    EUR  24.800,00
   Ontwikkeling en configuratie                      EUR  98.600,00
   Integratie met SAP IS-U                           EUR  31.200,00
   Migratie van de gegevens                          EUR   9.400,00
   Tests, opleiding en begeleiding van de uitrol     EUR  22.400,00
2.2 Vanaf de voorlopige oplevering betaalt Kempenwater voor licentie, hosting en onderhoud
EUR 2.150,00 excl. btw per maand voor maximaal 50 gebruikers; elke bijkomende gebruiker kost
EUR 38,00 per maand. Deze vergoeding wordt jaarlijks op 1 januari herzien volgens de formule
P = P0 x (0,2 + 0,8 x S / S0), met S het Agoria-referentieloon.
2.3 Wijzigingen worden aangevraagd met een wijzigingsaanvraag van de projectleider van
Kempenwater. De opdrachtnemer bezorgt binnen tien werkdagen een impactanalyse met de prijs, de
gevolgen voor de planning en de uurtarieven (projectleider EUR 132,00, analist-ontwikkelaar
EUR 118,00 per uur). Een wijziging wordt pas uitgevoerd na schriftelijke goedkeuring door de
stuurgroep en gefactureerd na aanvaarding ervan.

Artikel 3 - Facturatie en betaling
3.1 De vaste prijs wordt gefactureerd in schijven: 20 % na goedkeuring van het functioneel
ontwerp, 40 % na de voorlopige oplevering van de pilot, 30 % na de volledige uitrol en 10 % na
de definitieve oplevering. De maandvergoeding wordt per kwartaal na vervallen termijn
gefactureerd.
3.2 Kempenwater beschikt over een verificatietermijn van dertig dagen na elke schijf. De betaling
gebeurt binnen dertig dagen na afloop van die verificatietermijn, op voorwaarde dat Kempenwater
over een regelmatig opgestelde factuur beschikt.

Artikel 4 - Planning en medewerking van Kempenwater
4.1 Planning:
   Fase 1  analyse en functioneel ontwerp             4 januari - 12 februari 2027
   Fase 2  ontwikkeling en integratie SAP IS-U       15 februari - 30 april 2027
   Fase 3  tests en acceptatie                       3 mei - 28 mei 2027
   Fase 4  pilot regio Herentals (6 opnemers)        juni 2027, voorlopige oplevering 30 juni 2027
   Fase 5  uitrol naar alle opnemers                 september 2027, vóór de start van de
                                                     najaarsronde op 4 oktober 2027
4.2 Kempenwater stelt uiterlijk op 15 februari 2027 tien testtoestellen ter beschikking, zorgt
uiterlijk op 1 maart 2027 voor toegang tot het SAP-testsysteem en voor de beschikbaarheid van
haar SAP-partner, stelt tijdens fase 3 vier key users twee dagen per week vrij, levert uiterlijk
op 15 april 2027 de export van het huidige systeem aan en keurt opgeleverde documenten goed of af
binnen tien werkdagen na ontvangst.
4.3 Overschrijdt de opdrachtnemer door eigen toedoen de datum van voorlopige oplevering of van de
volledige uitrol, dan is van rechtswege een vertragingsboete verschuldigd van 0,1 % van de vaste
prijs per kalenderdag, met een maximum van 5 %. Vertraging die te wijten is aan Kempenwater
verschuift de planning met dezelfde duur, zonder boete en zonder meerkosten voor Kempenwater.

Artikel 5 - Projectteam
5.1 Projectleider van de opdrachtnemer is mevrouw Hanne Verbruggen (PMP, twaalf jaar ervaring in
mobiele projecten voor nutsbedrijven). Lead developer is de heer Pieter-Jan Desmet; de integratie
met SAP IS-U gebeurt door de heer Tom Wouters, gecertificeerd SAP IS-U-consultant met ten minste
acht jaar ervaring. Projectsponsor van Kempenwater is de heer Marc Jacobs, directeur
klantenbeheer; projectleider is mevrouw Evelien Aerts.
5.2 Leden van het projectteam worden enkel vervangen na schriftelijke goedkeuring door Kempenwater,
door een persoon met een gelijkwaardig profiel en met een overlapping van tien werkdagen, zonder
kosten voor Kempenwater.
5.3 De opdrachtnemer ontwikkelt volgens de OWASP MASVS-richtlijnen, laat alle code nakijken door
een tweede ontwikkelaar, houdt een geautomatiseerde testdekking van ten minste 70 % aan en laat
vóór de pilot een penetratietest uitvoeren door een onafhankelijke partij.

Artikel 6 - Rapportering en stuurgroep
De opdrachtnemer bezorgt om de twee weken een voortgangsrapport (planning, uitgevoerde taken,
risico's, open punten). De stuurgroep (de projectsponsor, beide projectleiders en de gedelegeerd
bestuurder van de opdrachtnemer) komt maandelijks samen en beslist over wijzigingen en escalaties.

Artikel 7 - Migratie, uitrol en opleiding
7.1 De opdrachtnemer laadt de stamgegevens van de 214.000 aansluitingen en meters en de
opnamehistoriek van de laatste drie jaar uit de export van het huidige systeem "Meterlog" in, en
bezorgt een afstemmingsrapport met de aantallen en controletotalen per gemeente.
7.2 De opdrachtnemer host de backend in Microsoft Azure (West-Europa), levert de app aan via
Managed Google Play en ondersteunt de IT-dienst van Kempenwater bij de uitrol via Intune.
7.3 De opdrachtnemer leidt vier key users op als interne trainer (twee dagen) en geeft drie
opleidingssessies van een halve dag aan de meteropnemers. Tijdens de eerste twee weken van de
pilot en van de volledige uitrol is een medewerker van de opdrachtnemer elke ochtend van 7.00 tot
9.00 uur aanwezig in het opnamecentrum te Westerlo.

Artikel 8 - Acceptatie, oplevering en waarborg
8.1 De acceptatietests gebeuren in fase 3 gedurende twintig werkdagen volgens het testplan dat
de opdrachtnemer uiterlijk op 16 april 2027 ter goedkeuring voorlegt. Fouten worden ingedeeld als
blokkerend, majeur of minor.
8.2 De voorlopige oplevering wordt vastgesteld in een proces-verbaal wanneer er geen blokkerende
fouten en ten hoogste vijf majeure fouten openstaan. De majeure fouten worden binnen tien
werkdagen na de voorlopige oplevering verholpen.
8.3 De waarborgtermijn bedraagt twaalf maanden na de voorlopige oplevering. Gedurende die termijn
verhelpt de opdrachtnemer kosteloos alle fouten in OpnameGO en in de koppeling met SAP IS-U. Na
afloop van de waarborgtermijn vindt de definitieve oplevering plaats.
8.4 Uiterlijk bij de voorlopige oplevering bezorgt de opdrachtnemer de technische documentatie
(architectuur, API-beschrijving, datamodel), een beheerhandboek en de gebruikershandleiding, en
geeft zij twee dagen overdrachtssessies aan de IT-dienst van Kempenwater.

Artikel 9 - Onderhoud en dienstverlening
9.1 Het onderhoud omvat correctief onderhoud, de aanpassing van OpnameGO aan nieuwe versies van
Android en SAP IS-U, beveiligingspatches (kritieke kwetsbaarheden binnen 72 uur) en 60 uur
evolutief onderhoud per jaar. Een nieuwe Android-versie op de toestellen van Kempenwater wordt
binnen 60 dagen na de vrijgave ondersteund.
9.2 De servicedesk is bereikbaar op werkdagen van 7.00 tot 18.00 uur en tijdens de najaarsronde
(oktober tot en met december) ook op zaterdag van 8.00 tot 13.00 uur, via 056 29 48 10 en het
ticketportaal.
9.3 Prioriteiten en termijnen binnen de openingsuren van de servicedesk:
   Prioriteit 1 - geen enkele opnemer kan synchroniseren of de app start niet:
                  reactie binnen 60 minuten, oplossing of workaround binnen 4 uur
   Prioriteit 2 - storing voor een groep opnemers of een regio:
                  reactie binnen 2 uur, oplossing binnen 1 werkdag
   Prioriteit 3 - overige meldingen: reactie binnen 1 werkdag, oplossing binnen 10 werkdagen
9.4 De backend en de synchronisatiedienst hebben een beschikbaarheid van ten minste 99,8 % per
maand, gemeten op werkdagen van 6.00 tot 20.00 uur.
9.5 Onder 99,8 % crediteert de opdrachtnemer 5 % van de maandvergoeding, onder 99,5 % 10 % en
onder 99,0 % 20 %. Per begonnen uur overschrijding van de oplostermijn voor prioriteit 1 wordt
bovendien 2 % gecrediteerd, met een totaal van ten hoogste 25 % van de maandvergoeding.
9.6 De opdrachtnemer houdt een systeemhandboek bij met de configuratie en de koppelingen van
Kempenwater. Vaste servicemanager is de heer Lode Vandamme. Hij bezorgt elke maand een
servicerapport en bespreekt dat elk kwartaal met de projectleider van Kempenwater.

Artikel 10 - Duur en beëindiging
10.1 De onderhoudsfase vangt aan op de datum van voorlopige oplevering en loopt 48 maanden.
Kempenwater kan ze eenmaal verlengen met 12 maanden door een schriftelijke beslissing die zij
uiterlijk twee maanden vóór het einde aan de opdrachtnemer meedeelt.
10.2 Kempenwater kan de onderhoudsfase beëindigen tegen het einde van elk contractjaar, bij
aangetekende zending en met een opzegtermijn van drie maanden, zonder vergoeding.
10.3 Bij het einde van de onderhoudsfase blijft de opdrachtnemer gedurende ten hoogste drie
maanden de dienst verlenen en helpt zij de opvolger van Kempenwater bij de overname, tegen de
uurtarieven van artikel 2.3. Zij bezorgt binnen dertig dagen alle standen, foto's en
vaststellingen in csv- en jpeg-formaat met een beschrijving van de velden, en wist de gegevens
daarna aantoonbaar.

Artikel 11 - Intellectuele eigendom en continuïteit
11.1 De code en de configuratie die specifiek voor Kempenwater worden ontwikkeld, worden
eigendom van Kempenwater en worden bij elke release in haar Git-repository opgeleverd.
11.2 Voor het onderliggende OpnameGO-framework krijgt Kempenwater een niet-exclusieve en
eeuwigdurende licentie. De broncode ervan wordt bij elke release gedeponeerd bij een
onafhankelijke escrow-agent en wordt aan Kempenwater vrijgegeven bij faillissement van de
opdrachtnemer of wanneer zij het onderhoud stopzet.

Artikel 12 - Vertrouwelijkheid en persoonsgegevens
12.1 De opdrachtnemer houdt alle informatie van Kempenwater vertrouwelijk, ook na het einde.
12.2 De opdrachtnemer verwerkt als verwerker de gegevens van de klanten van Kempenwater (naam,
adres, aansluitings- en meternummer, meterstanden en foto's van het telwerk) en de
locatiegegevens van de meteropnemers, uitsluitend volgens de verwerkersovereenkomst van Bijlage 4
en binnen de Europese Unie. Een datalek wordt binnen 24 uur gemeld.

Artikel 13 - Aansprakelijkheid
De aansprakelijkheid van de opdrachtnemer is beperkt tot de vaste prijs van EUR 186.400,00,
behalve bij opzet, zware fout of inbreuk op de verwerkersovereenkomst. Onrechtstreekse schade is
uitgesloten, behalve bij opzet of zware fout.

Artikel 14 - Geschillen
Een geschil wordt eerst voorgelegd aan de stuurgroep en, bij gebrek aan oplossing binnen vijftien
dagen, aan de algemeen directeur van Kempenwater en de gedelegeerd bestuurder van de
opdrachtnemer. Blijft het geschil daarna bestaan, dan leggen partijen het voor aan een door de
Federale Bemiddelingscommissie erkende bemiddelaar. Pas na mislukte bemiddeling zijn de
rechtbanken van Antwerpen, afdeling Turnhout, bevoegd. Het Belgisch recht is van toepassing.

Opgemaakt te Westerlo op 2 december 2026 in twee exemplaren.

Voor Kempenwater                                   Voor Meterwise nv
Bert Vermeiren, algemeen directeur                 Sarah Claeys, gedelegeerd bestuurder
Els Mertens, voorzitter raad van bestuur
(handtekeningen)                                   (handtekening)
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
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.8,
    },
)


DOCUMENTS = [
    NL_T18V_SKI_HALL_ACCESS_TICKETING_MAINTENANCE,
    NL_T18V_DRIVING_SIMULATOR_UPDATE_OFFER,
    NL_T18V_SPORTS_CLUB_SAAS_GENERAL_TERMS,
    NL_T18V_WATER_METER_READING_APP_IMPLEMENTATION,
]
