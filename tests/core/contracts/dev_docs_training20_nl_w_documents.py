"""Training batch 20 (nl, writer w): four Flemish and Dutch documents of kinds not used before.

1. nl_t20w_patient_transport_planning: a long, formal Flemish service agreement (numbered
   articles, signed by both parties) between a hospital and a supplier for a cloud tool that plans
   internal patient transport (porters) and orders external ambulance transport: fixed-price
   implementation, monthly subscription, SLA with 24/7 P1, availability and service credits,
   five-year term with optional one-year extensions, exit export; no escrow.
2. nl_t20w_plumber_job_planning_app: a short, informal Flemish e-mail offer for a job-planning
   app for a plumbing and heating firm with seven technicians, accepted by a reply e-mail; the
   supplier's general terms apply by reference, best-efforts availability, a yearly price change
   by the supplier and a liability cap of three months of fees.
3. nl_t20w_webhosting_registrar_terms: the general terms of a Dutch web-hosting company and
   domain registrar (unsigned), with the supplier's terms prevailing, an obligation of means,
   unilateral changes, a strongly limited liability, no data export at the end and a retention
   right on transfer codes and data while invoices are unpaid.
4. nl_t20w_city_helpdesk_framework: a Flemish public framework agreement (signed by both parties)
   for a city's and its OCMW's ICT helpdesk and field-support team billed at daily rates within a
   maximum amount, with KPIs and penalties, named team and tacit yearly renewal with three months'
   notice.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser.

Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned; "partial" = mentioned but vague, a bare
cross-reference without content, a placeholder, best-efforts only, or a negation/disclaimer.
Items, risks and figures whose reading was ambiguous are left out (e.g. a target availability
the supplier only "strives for" is not given as a figure).
"""

from .unseen_documents import UnseenDocument

NL_T20W_PATIENT_TRANSPORT_PLANNING = UnseenDocument(
    name="nl_t20w_patient_transport_planning",
    text="""DIENSTVERLENINGSOVEREENKOMST
Softwaredienst voor de planning van het intern en extern patiëntenvervoer
Overeenkomst nr. AZV/ICT/2027/003

TUSSEN vzw AZ Vijverhof, Brugsesteenweg 90, 8800 Roeselare, KBO 0407.651.239, vertegenwoordigd
door dr. Frederik Lanssens, algemeen directeur, en mevrouw Katrien Vandamme, directeur ICT,
hierna "het Ziekenhuis",
EN Transvia Health nv, Kortrijksesteenweg 1120, 9051 Gent, KBO 0734.219.586, vertegenwoordigd
door de heer Pieter De Wilde, gedelegeerd bestuurder, hierna "de Leverancier".

Artikel 1 - Voorwerp en contractdocumenten
1.1 De Leverancier stelt zijn softwaredienst TransferPlan als clouddienst ter beschikking voor de
aanvraag, planning, dispatching en opvolging van het patiëntenvervoer op de campussen Roeselare en
Izegem: het interne vervoer door de brancardiersdienst, het vervoer van stalen en bloedproducten
en de bestelling van extern ziekenvervoer. De dienst omvat de webapplicatie voor de afdelingen,
de dispatchmodule, de app voor de brancardiers (Android), de koppeling met het elektronisch
patiëntendossier (EPD) via HL7 v2, de aanmelding via de Active Directory en de rapportagemodule.
1.2 Niet inbegrepen zijn: de smartphones en de wifi-dekking, aanpassingen aan het EPD zelf (door
de EPD-leverancier, op kosten van het Ziekenhuis) en koppelingen met andere systemen.
1.3 De overeenkomst bestaat uit, in deze rangorde: (1) deze overeenkomst; (2) Bijlage 1, het
bestek AZV-2026-17 met het programma van eisen; (3) Bijlage 2, de offerte van de Leverancier
nr. TH-26-0412 van 22 september 2026; (4) Bijlage 3, de verwerkersovereenkomst; (5) Bijlage 4,
het implementatieplan met de testscenario's. Algemene voorwaarden van de Leverancier, ook als ze
vermeld staan op de offerte of op facturen, zijn niet van toepassing.

Artikel 2 - Prijzen en facturatie
2.1 Implementatie (projectleiding, inrichting, koppelingen, conversie, opleiding en begeleiding
bij de ingebruikname): vaste prijs van EUR 46.500,00 excl. btw.
2.2 Abonnement, inclusief hosting, ondersteuning en onderhoud volgens artikel 6, voor een
onbeperkt aantal aanvragers en maximaal 60 dispatch- en brancardiersgebruikers: EUR 2.950,00 per
maand excl. btw. De totale contractwaarde over de looptijd van vijf jaar bedraagt EUR 223.500,00.
2.3 Het abonnement en het dagtarief worden jaarlijks op 1 januari, voor het eerst in 2028,
aangepast volgens de formule P = P0 x (0,2 + 0,8 x S / S0), met S het Agoria-referentieloon, met
ten hoogste 4 % per jaar. Andere prijswijzigingen vereisen een bijvoegsel ondertekend door beide
partijen.
2.4 Bijkomende koppelingen, rapporten of aanpassingen buiten het programma van eisen worden enkel
uitgevoerd na een schriftelijke wijzigingsaanvraag, een offerte van de Leverancier met het aantal
mandagen en de gevolgen voor de planning, en de schriftelijke goedkeuring van de directeur ICT.
Het dagtarief bedraagt EUR 960,00 excl. btw.
2.5 De implementatie wordt gefactureerd voor 30 % bij ondertekening, 40 % bij de voorlopige en
30 % bij de definitieve aanvaarding; het abonnement per kwartaal vooraf vanaf de ingebruikname.
Facturen worden via Peppol bezorgd en zijn betaalbaar binnen 30 kalenderdagen na ontvangst.

Artikel 3 - Planning en medewerking van het Ziekenhuis
3.1 Start op 11 januari 2027; inrichting tot 19 februari; koppelingen en conversie tot 26 maart;
acceptatietests van 29 maart tot 16 april; opleidingen van 19 tot 30 april; ingebruikname campus
Roeselare op 3 mei 2027 en campus Izegem op 17 mei 2027.
3.2 Het Ziekenhuis duidt uiterlijk op 15 januari 2027 een projectleider en per campus twee key
users aan, stelt uiterlijk op 1 februari 2027 de HL7-testomgeving en de firewallregels ter
beschikking, levert uiterlijk op 19 februari 2027 de lijsten van diensten, kamers, bedden en
ophaalpunten en de dienstroosters aan, en maakt de key users in de testperiode twee dagen per week
vrij.
3.3 Overschrijdt de Leverancier door eigen toedoen een datum van ingebruikname, dan is hij
EUR 250,00 per kalenderdag verschuldigd, met een maximum van 10 % van de implementatieprijs. Ligt
de vertraging bij het Ziekenhuis, dan legt de stuurgroep een nieuwe planning vast; bijkomende
mandagen worden enkel aangerekend na voorafgaande schriftelijke goedkeuring van de directeur ICT.

Artikel 4 - Team en kwaliteit
4.1 Projectleider is mevrouw Elke Vermeulen, met ten minste acht jaar ervaring in de implementatie
van logistieke software in ziekenhuizen, bijgestaan door de heer Arne Claeys, consultant, en de
heer Maxim Dupont, HL7-gecertificeerd integratie-engineer. Aanspreekpunten van het Ziekenhuis
zijn de heer Bert Dewulf, diensthoofd logistiek, en mevrouw Nathalie Coucke, applicatiebeheerder.
4.2 Een lid van het projectteam wordt enkel vervangen met voorafgaande schriftelijke toestemming
van het Ziekenhuis, door een persoon met gelijkwaardige ervaring en met een overlap van vijf
werkdagen, zonder kosten voor het Ziekenhuis.
4.3 De Leverancier is ISO 27001-gecertificeerd. Elke release wordt getest in een afzonderlijke
test- en acceptatieomgeving; configuratiewijzigingen gebeuren volgens het vier-ogenprincipe.

Artikel 5 - Conversie, aanvaarding, opleiding en waarborg
5.1 De Leverancier laadt de stamgegevens en dienstroosters in vanuit de Excel-bestanden van het
Ziekenhuis en converteert de vervoershistoriek van de voorbije twaalf maanden uit de csv-export
van het huidige systeem. De key users keuren de conversie goed op basis van een afstemmingsrapport.
5.2 De acceptatietests volgen de testscenario's van Bijlage 4, met end-to-end tests van de
HL7-koppeling en een belastingstest van 400 aanvragen per uur. Het Ziekenhuis meldt de resultaten
binnen vijf werkdagen na elke testronde; blokkerende en ernstige fouten worden binnen vijf
werkdagen verholpen en opnieuw getest. De voorlopige aanvaarding volgt als er geen blokkerende of
ernstige fouten en ten hoogste tien kleine fouten openstaan, en wordt vastgelegd in een door beide
partijen ondertekend proces-verbaal. De definitieve aanvaarding volgt na drie maanden stabiele
werking zonder P1-incidenten die aan de Leverancier te wijten zijn.
5.3 Bij de ingebruikname van elke campus zijn de projectleider en een consultant de eerste drie
dagen ter plaatse, ook tijdens de eerste nachtdienst, gevolgd door vier weken nazorg.
5.4 De Leverancier geeft een train-the-trainersessie van twee dagen aan de key users en sessies
voor de dispatchers en voor de brancardiers in alle ploegen. Hij levert een Nederlandstalige
gebruikershandleiding en een beheerhandleiding met de volledige configuratie, en geeft twee dagen
kennisoverdracht aan de applicatiebeheerder zodat het Ziekenhuis de stamgegevens zelf beheert.
5.5 Fouten in de inrichting, de koppelingen en de geconverteerde gegevens die binnen drie maanden
na de definitieve aanvaarding worden gemeld, herstelt de Leverancier kosteloos.

Artikel 6 - Dienstverlening en service levels
6.1 Het abonnement omvat de hosting in twee ISO 27001-gecertificeerde datacenters in België,
dagelijkse back-ups (bewaartermijn 35 dagen), monitoring van de applicatie en de HL7-koppeling,
correctief onderhoud, nieuwe releases en tweedelijnsondersteuning voor de key users en de
applicatiebeheerder; de eerste lijn blijft bij de servicedesk van het Ziekenhuis.
6.2 De servicedesk is bereikbaar op werkdagen van 8.00 tot 18.00 uur via het klantenportaal,
09 280 44 10 en support@transviahealth.be; P1-meldingen 24/7 via het wachtnummer 09 280 44 99.
6.3 Reactie- en oplostijden:
   P1 - dispatch of app onbeschikbaar voor een campus, of HL7-koppeling onderbroken:
        reactie binnen 30 minuten, herstel of workaround binnen 4 uur (24/7)
   P2 - belangrijke functie verstoord, omweg mogelijk: reactie binnen 2 werkuren, herstel
        binnen 1 werkdag
   P3 - kleine fout of vraag: reactie binnen 1 werkdag, herstel in de volgende release
6.4 De Leverancier garandeert een beschikbaarheid van 99,8 % per kalendermaand, gemeten 24/7.
Gepland onderhoud telt niet mee als het tien werkdagen vooraf is aangekondigd, tussen 1.00 en
4.00 uur plaatsvindt en niet meer dan vier uur per maand bedraagt.
6.5 Ligt de beschikbaarheid onder 99,8 %, dan crediteert de Leverancier 5 % van de maandvergoeding
per begonnen schijf van 0,1 %, en 5 % per overschrijding van de hersteltijd van een P1-melding,
samen ten hoogste 30 % van de maandvergoeding, verrekend op de volgende factuur.
6.6 Er zijn vier releases per jaar, met release notes vijftien werkdagen vooraf en ten minste tien
werkdagen in de acceptatieomgeving vóór de productie. Kritieke beveiligingspatches worden binnen
72 uur geïnstalleerd.
6.7 Mevrouw Lore Maes is de vaste customer success manager van het Ziekenhuis. De Leverancier houdt
een configuratiedossier bij met de koppelingen, de stamgegevens en de werkwijzen van het
Ziekenhuis, dat de servicedesk bij elke melding raadpleegt.

Artikel 7 - Rapportering en overleg
7.1 Tijdens het project bezorgt de projectleider tweewekelijks een statusrapport (voortgang
tegenover de planning, risico's, open punten). Na de ingebruikname volgt uiterlijk de tiende
werkdag van elke maand een servicerapport met de beschikbaarheid, de incidenten per prioriteit
met reactie- en hersteltijden, de creditering, de vervoersvolumes en de geplande releases.
7.2 De stuurgroep (directeur ICT, diensthoofd logistiek, projectleider en customer success
manager) vergadert maandelijks tijdens het project en daarna elk kwartaal. Wat de stuurgroep niet
oplost, gaat naar de algemeen directeur en de gedelegeerd bestuurder van de Leverancier.

Artikel 8 - Duur, beëindiging en overdracht
8.1 De overeenkomst loopt vijf jaar vanaf de ingebruikname van de eerste campus. Het Ziekenhuis
kan ze daarna telkens met één jaar verlengen, ten hoogste twee keer, door een schriftelijke
bestelling vóór het einde van de lopende periode. Er is geen stilzwijgende verlenging.
8.2 Vanaf het einde van het derde contractjaar kan het Ziekenhuis de overeenkomst zonder
vergoeding opzeggen bij aangetekende brief, met een opzegtermijn van zes maanden. Elke partij kan
de overeenkomst ontbinden als de andere partij een ernstige tekortkoming niet herstelt binnen
dertig dagen na een aangetekende ingebrekestelling.
8.3 Bij het einde blijft de Leverancier op verzoek van het Ziekenhuis de dienst tot zes maanden
verder leveren aan de geldende voorwaarden en werkt hij mee aan de overstap naar een andere
leverancier (toelichting bij de export, mapping van de gegevens, een proefmigratie); de eerste
vijf mandagen daarvan zijn kosteloos.
8.4 Binnen vijftien werkdagen na het einde bezorgt de Leverancier een volledige export van alle
gegevens (stamgegevens, vervoershistoriek, logbestanden) in csv-formaat met een beschrijving van
de velden, en wist hij daarna alle gegevens binnen zestig dagen, met een vernietigingsattest. Hij
kan de gegevens niet inhouden, ook niet bij een betwisting over facturen.

Artikel 9 - Juridische bepalingen
9.1 De aansprakelijkheid van de Leverancier is per contractjaar beperkt tot 150 % van de
vergoedingen van de twaalf voorafgaande maanden, met een minimum van EUR 250.000,00, behalve bij
opzet, zware fout, lichamelijke schade of een inbreuk op 9.3 of 9.4.
9.2 TransferPlan blijft eigendom van de Leverancier; het Ziekenhuis krijgt voor de duur van de
overeenkomst een niet-exclusief gebruiksrecht. De voor het Ziekenhuis ontwikkelde rapporten en
configuraties en alle gegevens behoren toe aan het Ziekenhuis.
9.3 Partijen houden alle informatie die zij van elkaar ontvangen vertrouwelijk, tijdens de
overeenkomst en gedurende vijf jaar na het einde ervan.
9.4 De Leverancier verwerkt als verwerker de naam, geboortedatum, kamer, mobiliteit en
isolatiestatus van patiënten en de gegevens van de brancardiers, uitsluitend volgens de
instructies van het Ziekenhuis en de verwerkersovereenkomst van Bijlage 3. De gegevens blijven in
België; een datalek wordt binnen 24 uur gemeld aan de DPO van het Ziekenhuis.
9.5 Een geschil wordt eerst voorgelegd aan de stuurgroep en daarna volgens artikel 7.2. Is het na
dertig dagen niet opgelost, dan stellen partijen een erkend bemiddelaar aan. Het Belgisch recht is
van toepassing; bij gebrek aan een minnelijke regeling zijn de rechtbanken van het gerechtelijk
arrondissement West-Vlaanderen, afdeling Kortrijk, bevoegd.

Opgemaakt te Roeselare op 4 december 2026, in twee exemplaren.

Voor vzw AZ Vijverhof                               Voor Transvia Health nv
dr. Frederik Lanssens, algemeen directeur           Pieter De Wilde, gedelegeerd bestuurder
Katrien Vandamme, directeur ICT
(handtekeningen)                                    (handtekening)
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
        "contract_term_months": 60,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.8,
    },
)

NL_T20W_PLUMBER_JOB_PLANNING_APP = UnseenDocument(
    name="nl_t20w_plumber_job_planning_app",
    text="""Van: Kristof Vanhove <kristof@vanhove-sanitair.be>
Aan: Jens Moons <jens@klusklok.be>
Datum: dinsdag 1 december 2026 19:12
Onderwerp: RE: Offerte Klusklok voor Vanhove Sanitair

Dag Jens,

Griet en ik hebben het bekeken en voor ons is het goed, je mag starten zoals voorgesteld.
Griet stuurt de klantenlijst en de gegevens van de mannen deze week nog door.
De facturen mogen naar boekhouding@vanhove-sanitair.be.

Groeten,
Kristof

Kristof Vanhove
Sanitair & Verwarming Vanhove bv | Heuvenstraat 12, 3520 Zonhoven | 011 81 44 27

-----Oorspronkelijk bericht-----
Van: Jens Moons <jens@klusklok.be>
Datum: maandag 30 november 2026 10:05
Aan: Kristof Vanhove <kristof@vanhove-sanitair.be>
CC: Griet Vanhove <griet@vanhove-sanitair.be>
Onderwerp: Offerte Klusklok voor Vanhove Sanitair

Dag Kristof,

Bedankt voor de fijne demo vorige donderdag bij jullie op kantoor. Zoals beloofd hierbij onze
offerte voor Klusklok.

Wat je krijgt
- Het planbord voor Griet op kantoor: opdrachten inplannen per technieker met slepen en
  loslaten, met de reistijd tussen de adressen erbij.
- De Klusklok-app voor je 7 techniekers (iPhone en Android): dagplanning, navigatie naar de
  klant, foto's, gebruikte materialen en uren, en de handtekening van de klant op de werkbon.
- Digitale werkbonnen die automatisch als pdf naar de klant gemaild worden, en een csv-export
  van de werkbonnen voor je boekhouder.
- Automatische herinneringen voor het jaarlijkse ketelonderhoud van je onderhoudsklanten.
Niet inbegrepen: de smartphones zelf, voorraadbeheer van het magazijn en een rechtstreekse
koppeling met Exact Online (kan wel, zie hieronder).

Prijs (excl. btw)
- Opstart: EUR 450 eenmalig. Daarvoor zetten we je account klaar, importeren we je klantenlijst
  en de geplaatste toestellen uit Excel, krijgt Griet 2 uur online opleiding en komen we een
  halve dag bij jullie langs om de techniekers met de app te leren werken.
- Abonnement: EUR 24 per technieker per maand, kantoorgebruikers gratis (max. 3).
  Voor 7 techniekers is dat EUR 168 per maand.
- Totaal eerste jaar: EUR 450 + 12 x EUR 168 = EUR 2.466 excl. btw.
- Koppeling met Exact Online: in regie aan EUR 75 per uur. We schatten 6 à 8 uur en beginnen pas
  als je akkoord gaat met die inschatting. Andere extra wensen doen we ook aan EUR 75 per uur,
  altijd met een prijs vooraf.
Onze prijzen kunnen we één keer per jaar aanpassen (in januari); dat laten we je een maand op
voorhand per mail weten.

Betaling: de opstart factureren we bij de start, het abonnement maandelijks via domiciliëring.
Facturen zijn betaalbaar binnen 15 dagen.

Planning (als je deze week bevestigt)
- tegen vrijdag 11 december: jullie klantenlijst in Excel en een lijst van de techniekers met
  hun gsm-nummer en e-mailadres
- tegen vrijdag 18 december: wij zetten alles klaar en importeren de gegevens
- week van 4 januari: online opleiding voor Griet
- maandag 11 januari 's morgens: halve dag opleiding voor de techniekers bij jullie, daarna
  werken jullie live met Klusklok

Looptijd: het abonnement loopt een jaar vanaf 11 januari 2027 en wordt daarna telkens met een
jaar verlengd, tenzij je ten laatste een maand voor de vervaldag opzegt (een mailtje volstaat).
Het aantal techniekers kan je maandelijks verhogen of verlagen.

Support: via de chat in de app of support@klusklok.be, op werkdagen van 8 tot 17 uur. We
antwoorden meestal nog dezelfde werkdag. Updates en nieuwe functies krijg je automatisch en
zonder meerprijs. We doen ons best om Klusklok altijd online te houden, maar een garantie op
beschikbaarheid kunnen we niet geven. De app werkt ook zonder bereik verder en synchroniseert
zodra er weer verbinding is.

Jullie gegevens: de klantenlijst, werkbonnen en foto's blijven van jullie. Je kan ze altijd zelf
exporteren naar Excel (werkbonnen als pdf), ook nog 30 dagen na een opzegging. We maken elke
nacht een back-up.

Privacy: alles staat op servers in de EU en is volledig AVG-proof.

Aansprakelijkheid: die is beperkt tot wat je in de laatste 3 maanden aan abonnement betaald hebt.

Voor de rest gelden onze algemene voorwaarden (klusklok.be/voorwaarden).

Ik blijf ook na de opstart je vaste aanspreekpunt, je mag me altijd bellen op 0494 31 27 80.

Met vriendelijke groeten,
Jens Moons

Jens Moons | zaakvoerder
Klusklok bv | Kempische Steenweg 293, 3500 Hasselt | BE 0761.224.093 | www.klusklok.be
""",
    items={
        "agreement.general_terms": "partial",
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
        "team.knowledge_transfer": "missing",
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
        "legal.liability": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
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
        "notice_period_days": 30,
        "payment_term_days": 15,
    },
)

NL_T20W_WEBHOSTING_REGISTRAR_TERMS = UnseenDocument(
    name="nl_t20w_webhosting_registrar_terms",
    text="""ALGEMENE VOORWAARDEN HOSTHAVEN B.V.
Versie 4.2, geldig vanaf 1 juli 2026
Gedeponeerd bij de Kamer van Koophandel onder nummer 61842207

Artikel 1. Definities
1.1 HostHaven: HostHaven B.V., gevestigd aan de Stationsstraat 44, 3811 MH Amersfoort.
1.2 Klant: iedere natuurlijke persoon of rechtspersoon, handelend in de uitoefening van een beroep
of bedrijf, die met HostHaven een Overeenkomst sluit.
1.3 Diensten: webhosting, VPS, e-mailhosting, de registratie en het beheer van domeinnamen,
SSL-certificaten en aanverwante diensten van HostHaven.
1.4 Overeenkomst: iedere overeenkomst tussen HostHaven en Klant, waaronder een bestelling via de
website die door HostHaven per e-mail is bevestigd.
1.5 Controlepaneel: de online beheeromgeving Mijn HostHaven.

Artikel 2. Toepasselijkheid
2.1 Deze algemene voorwaarden zijn van toepassing op alle aanbiedingen van HostHaven en op alle
Overeenkomsten. De toepasselijkheid van inkoop- of andere voorwaarden van Klant wordt
uitdrukkelijk van de hand gewezen.
2.2 Voor bepaalde Diensten gelden aanvullende Productvoorwaarden (Domeinnamen, VPS). Bij
strijdigheid gaan de Productvoorwaarden voor op deze algemene voorwaarden, en gaan deze algemene
voorwaarden voor op de orderbevestiging, een offerte en andere afspraken, tenzij in een door
HostHaven ondertekend document uitdrukkelijk anders is bepaald.
2.3 HostHaven mag deze algemene voorwaarden wijzigen. Een wijziging wordt ten minste 30 dagen voor
de inwerkingtreding per e-mail aangekondigd. Aanvaardt Klant de wijziging niet, dan kan hij de
Overeenkomst opzeggen tegen de datum waarop de wijziging ingaat.

Artikel 3. Aanbod en totstandkoming
3.1 Alle aanbiedingen van HostHaven zijn vrijblijvend.
3.2 De Overeenkomst komt tot stand door een bestelling via de website en de bevestiging daarvan
per e-mail door HostHaven, of door de ondertekening van een offerte door Klant.
3.3 HostHaven mag een bestelling weigeren of aanvullende identificatie vragen.

Artikel 4. Uitvoering van de Diensten
4.1 HostHaven spant zich in de Diensten met zorg en naar beste vermogen uit te voeren, volgens de
eisen van goed vakmanschap. Alle Diensten worden uitgevoerd op basis van een
inspanningsverplichting, tenzij in de Overeenkomst uitdrukkelijk een resultaat is toegezegd.
4.2 De inhoud van de Diensten is beschreven in de productomschrijving op www.hosthaven.nl op het
moment van de bestelling.
4.3 HostHaven activeert een hostingpakket doorgaans binnen één werkdag na ontvangst van de
betaling. Door HostHaven genoemde termijnen zijn altijd indicatief en nooit fatale termijnen.
HostHaven komt pas in verzuim na een schriftelijke ingebrekestelling waarin Klant een redelijke
termijn tot nakoming geeft. Overschrijding van een termijn geeft Klant geen recht op
schadevergoeding.
4.4 Het verhuizen van een bestaande website of mailbox naar HostHaven valt niet onder de Diensten;
HostHaven kan dit op verzoek uitvoeren tegen het uurtarief van artikel 7.5.
4.5 HostHaven mag de technische inrichting en de inhoud van de Diensten wijzigen, ook als dit
gevolgen heeft voor de door Klant gebruikte software.

Artikel 5. Beschikbaarheid, onderhoud en support
5.1 HostHaven streeft naar een beschikbaarheid van het netwerk en de servers van 99,9 % op
jaarbasis. Een gegarandeerde beschikbaarheid kan alleen worden overeengekomen in een afzonderlijke
Service Level Agreement.
5.2 HostHaven mag de Diensten tijdelijk buiten gebruik stellen voor onderhoud. Gepland onderhoud
vindt zoveel mogelijk plaats tussen 00.00 en 06.00 uur en wordt ten minste 48 uur vooraf
aangekondigd op status.hosthaven.nl. Spoedeisend onderhoud kan zonder aankondiging plaatsvinden.
5.3 HostHaven houdt het besturingssysteem, de webserversoftware en de PHP-versies van de
shared-hostingservers up-to-date en installeert beveiligingsupdates. Verouderde PHP-versies worden
na een aankondiging van drie maanden uitgefaseerd. Bij een VPS is Klant zelf verantwoordelijk voor
de updates, tenzij hij Managed VPS heeft afgenomen.
5.4 Support is bereikbaar op werkdagen van 09.00 tot 17.30 uur per telefoon (033 711 40 40),
e-mail (support@hosthaven.nl) en chat. Storingen kunnen buiten deze tijden worden gemeld via het
storingsformulier in het Controlepaneel; HostHaven streeft ernaar een storing aan servers of
netwerk binnen vier uur in behandeling te nemen.
5.5 Bij niet-beschikbaarheid van de Diensten heeft Klant geen recht op vermindering van de
vergoeding of op enige andere compensatie, tenzij in een Service Level Agreement anders is bepaald.

Artikel 6. Verplichtingen van Klant
6.1 Klant verstrekt juiste en volledige gegevens en geeft wijzigingen in zijn naam-, adres- en
contactgegevens, ook die van de houder van een domeinnaam, binnen vijf werkdagen door via het
Controlepaneel.
6.2 Klant houdt zijn inloggegevens geheim en is verantwoordelijk voor elk gebruik ervan.
6.3 Klant gebruikt de Diensten niet voor spam, phishing, inbreuken op rechten van derden of
strafbare inhoud, en belast de servers niet bovenmatig. Bij een overtreding of een gegronde
klacht van een derde mag HostHaven de Dienst onmiddellijk blokkeren.
6.4 Klant is zelf verantwoordelijk voor het maken van back-ups van zijn gegevens. HostHaven maakt
dagelijks back-ups van shared hosting en bewaart die veertien dagen, maar staat niet in voor de
volledigheid of bruikbaarheid ervan.

Artikel 7. Prijzen en betaling
7.1 De prijzen en eventuele eenmalige installatiekosten zijn vermeld op de website of in de
offerte en zijn exclusief btw. De vergoedingen worden vooraf gefactureerd voor de gekozen
contractperiode.
7.2 HostHaven mag de prijzen jaarlijks per 1 januari indexeren volgens de
consumentenprijsindex (CPI, alle huishoudens) van het CBS. Daarnaast mag HostHaven de prijzen
aanpassen bij een stijging van inkoopprijzen, zoals de tarieven van registries of de
energiekosten, na een aankondiging van 30 dagen. Bij een verhoging van meer dan 10 % per jaar
boven de indexering mag Klant opzeggen tegen de ingangsdatum van de verhoging.
7.3 Facturen zijn betaalbaar binnen 14 dagen na de factuurdatum, of worden via automatische
incasso geïnd.
7.4 Betaalt Klant niet tijdig, dan is hij zonder ingebrekestelling in verzuim en is hij de
wettelijke handelsrente en de buitengerechtelijke incassokosten verschuldigd. HostHaven mag na een
herinnering de Diensten opschorten; heractivering kost EUR 25,00.
7.5 Werkzaamheden buiten de Diensten, zoals een verhuizing, herstel na een hack of het op verzoek
terugzetten van een back-up, voert HostHaven uit tegen EUR 95,00 per uur, afgerekend per kwartier,
uitsluitend na een schriftelijke opdracht van Klant op basis van een vooraf gegeven schatting van
het aantal uren. Deze werkzaamheden worden na afloop gefactureerd.

Artikel 8. Domeinnamen
8.1 Voor de aanvraag, toekenning en het gebruik van een domeinnaam gelden de regels van de
registry (onder meer SIDN voor .nl, DNS Belgium voor .be en EURid voor .eu). HostHaven treedt op
als intermediair en staat er niet voor in dat een aangevraagde domeinnaam wordt toegekend.
8.2 De domeinnaam wordt op naam van Klant als houder geregistreerd.
8.3 Een domeinnaam wordt geregistreerd voor een jaar en daarna automatisch met een jaar verlengd,
tenzij Klant de domeinnaam ten minste een maand voor de verloopdatum opzegt via het
Controlepaneel.
8.4 Bij een verhuizing naar een andere registrar verstrekt HostHaven de verhuiscode binnen twee
werkdagen na een verzoek via het Controlepaneel. Zolang Klant niet aan al zijn
betalingsverplichtingen heeft voldaan, mag HostHaven het verstrekken van de verhuiscode, de
overdracht van domeinnamen en de afgifte van gegevens opschorten.

Artikel 9. Duur en beëindiging
9.1 Een Overeenkomst voor hosting wordt aangegaan voor de bij de bestelling gekozen periode van
een maand of twaalf maanden en wordt daarna telkens stilzwijgend verlengd met dezelfde periode.
9.2 Opzegging gebeurt via het Controlepaneel of per e-mail, met een opzegtermijn van een maand
tegen het einde van de lopende periode. Vooruitbetaalde bedragen worden niet terugbetaald.
9.3 HostHaven mag de Overeenkomst met onmiddellijke ingang beëindigen bij faillissement van Klant
of bij herhaalde of ernstige overtreding van artikel 6.3.
9.4 Na het einde van de Overeenkomst worden alle bestanden, databases en e-mail na zeven dagen
definitief verwijderd. HostHaven is niet verplicht gegevens aan Klant ter beschikking te stellen
of te exporteren; Klant moet zelf tijdig een kopie maken.

Artikel 10. Aansprakelijkheid
10.1 De aansprakelijkheid van HostHaven wegens een toerekenbare tekortkoming is beperkt tot
vergoeding van directe schade, tot ten hoogste het bedrag dat Klant in de drie maanden voorafgaand
aan de schadeveroorzakende gebeurtenis heeft betaald, met een maximum van EUR 2.500,00 per
gebeurtenis. Een reeks samenhangende gebeurtenissen geldt als één gebeurtenis.
10.2 HostHaven is niet aansprakelijk voor indirecte schade, gevolgschade, gederfde winst, schade
door bedrijfsstagnatie en verlies of beschadiging van gegevens.
10.3 Deze beperkingen gelden niet bij opzet of bewuste roekeloosheid van de leidinggevenden van
HostHaven.

Artikel 11. Overmacht
Onder overmacht vallen onder meer storingen in het internet of de stroomvoorziening, DDoS-aanvallen
en tekortkomingen van toeleveranciers en registries.

Artikel 12. Intellectuele eigendom
12.1 Alle rechten op de software, het Controlepaneel en de documentatie van HostHaven blijven bij
HostHaven of haar licentiegevers. Klant krijgt voor de duur van de Overeenkomst een
niet-exclusief en niet-overdraagbaar gebruiksrecht.
12.2 Klant behoudt alle rechten op de gegevens en inhoud die hij opslaat, en verleent HostHaven
het gebruiksrecht dat nodig is om de Diensten te leveren.

Artikel 13. Geheimhouding
Partijen houden alle vertrouwelijke informatie die zij van elkaar ontvangen geheim, tijdens de
Overeenkomst en gedurende twee jaar na het einde ervan.

Artikel 14. Persoonsgegevens
14.1 Voor de persoonsgegevens die Klant via de Diensten opslaat of verwerkt, is HostHaven verwerker
in de zin van de AVG. De Verwerkersovereenkomst van HostHaven maakt deel uit van deze voorwaarden.
14.2 HostHaven verwerkt deze gegevens uitsluitend in opdracht van Klant, in datacenters in
Amsterdam en Rotterdam, en geeft ze niet door buiten de Europese Economische Ruimte. De lijst van
subverwerkers staat op de website. HostHaven meldt een datalek binnen 48 uur na ontdekking aan
Klant.

Artikel 15. Toepasselijk recht en bevoegde rechter
Op alle Overeenkomsten is Nederlands recht van toepassing; het Weens Koopverdrag is uitgesloten.
Geschillen worden uitsluitend voorgelegd aan de Rechtbank Midden-Nederland, locatie Utrecht.
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "partial",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "partial",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "team.named_team": "missing",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "team.quality": "partial",
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.data_return": "partial",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": True,
        "risk.unsigned": True,
    },
    figures={
        "notice_period_days": 30,
        "payment_term_days": 14,
    },
)

NL_T20W_CITY_HELPDESK_FRAMEWORK = UnseenDocument(
    name="nl_t20w_city_helpdesk_framework",
    text="""RAAMOVEREENKOMST - ICT-helpdesk en field support voor stad en OCMW Herentals
Bestek nr. ICT/2026/014 (openbare procedure), gegund bij collegebesluit van 23 november 2026

TUSSEN
de Stad Herentals, Augustijnenlaan 30, 2200 Herentals, die ook optreedt als aankoopcentrale voor
het OCMW Herentals, vertegenwoordigd door de heer Tom Verlinden, burgemeester, en mevrouw
Veerle Smets, algemeen directeur, hierna "het Bestuur",
EN
Helpwerk nv, Noorderlaan 147, 2030 Antwerpen, KBO 0823.517.460, vertegenwoordigd door
mevrouw Sarah Mertens, gedelegeerd bestuurder, hierna "de Opdrachtnemer".

Artikel 1 - Voorwerp
1.1 De Opdrachtnemer levert een team voor de ICT-helpdesk (eerste en tweede lijn) en de field
support voor de ongeveer 620 medewerkers van stad en OCMW op zestien locaties, waaronder het
stadhuis, het woonzorgcentrum, de bibliotheek en de drie stedelijke basisscholen.
1.2 Het basisteam bestaat uit drie servicedeskmedewerkers en twee field supporttechnici, die op
werkdagen van 7.30 tot 17.30 uur werken vanuit het administratief centrum. Bijkomende capaciteit
(uitrol van nieuwe pc's, verhuizingen, projecten) wordt per afzonderlijke bestelbon afgeroepen.
1.3 De opdracht omvat: de aanname en registratie van alle meldingen in TOPdesk van het Bestuur;
de eerste lijn (wachtwoorden, Microsoft 365, printers, telefonie); de tweede lijn voor werkplekken;
de in- en uitdiensttreding van medewerkers (accounts, hardware); field support op alle locaties;
de maandelijkse uitrol van Windows- en Office-updates via Intune volgens de patchkalender van de
ICT-dienst; en het bijhouden van de kennisbank.
1.4 Niet inbegrepen zijn: het beheer van servers, netwerk en firewall (perceel 2, andere
opdrachtnemer), de aankoop van hardware en licenties, en het applicatiebeheer van de
vakapplicaties, behalve de eerstelijnsaanname van meldingen daarover.

Artikel 2 - Contractdocumenten
Op de opdracht zijn van toepassing, in deze rangorde: (1) het bestek ICT/2026/014 met zijn
bijlagen; (2) deze raamovereenkomst; (3) de offerte van de Opdrachtnemer van 3 oktober 2026 met
het teamvoorstel en de prijsinventaris. De wet van 17 juni 2016 inzake overheidsopdrachten en het
KB van 14 januari 2013 (algemene uitvoeringsregels) zijn van toepassing. Algemene voorwaarden van
de Opdrachtnemer zijn uitgesloten.

Artikel 3 - Prijzen, bestellingen en facturatie
3.1 Dagprijzen (dag van 8 uur, excl. btw): servicedeskmedewerker EUR 415,00; field
supporttechnicus EUR 465,00; teamleider EUR 620,00. Prestaties buiten 7.30-17.30 uur of op
zaterdag, uitsluitend op schriftelijk verzoek van het diensthoofd ICT, worden vermeerderd met
50 %, op zon- en feestdagen met 100 %.
3.2 Voor de opstartfase (kennisopbouw, overdracht met de huidige dienstverlener, documentatie)
rekent de Opdrachtnemer een eenmalig forfait van EUR 9.800,00 excl. btw aan.
3.3 Het geraamde maximumbedrag van de raamovereenkomst over de maximale looptijd van 48 maanden
bedraagt EUR 1.380.000,00 excl. btw. Dit bedrag houdt geen afnameverplichting in; het Bestuur is
enkel gebonden door de bestelbonnen.
3.4 Het basisteam wordt per contractjaar besteld met één bestelbon. Bijkomende prestaties worden
enkel uitgevoerd op basis van een bestelbon, ondertekend door het diensthoofd ICT, na een
voorafgaande raming van de Opdrachtnemer (aantal dagen per profiel en planning). Prestaties
zonder bestelbon worden niet vergoed.
3.5 De dagprijzen worden op schriftelijk verzoek van de Opdrachtnemer jaarlijks op 1 maart, voor
het eerst op 1 maart 2028, herzien volgens de formule P = P0 x (0,20 + 0,80 x S / S0), waarbij S
het door Agoria gepubliceerde referentieloon is.
3.6 De Opdrachtnemer factureert maandelijks na afloop, op basis van de prestatiestaten die het
diensthoofd ICT binnen tien dagen goedkeurt; het opstartforfait na afloop van de opstartfase.
Facturen worden elektronisch via Mercurius ingediend en betaald binnen 30 dagen na ontvangst.

Artikel 4 - Opstart en planning
4.1 De opstartfase loopt van 1 tot 26 februari 2027: kennisoverdracht met de huidige
dienstverlener en de ICT-dienst, verkenning van de omgeving, bezoek aan alle locaties en test van
alle toegangen. Het basisteam is operationeel op maandag 1 maart 2027.
4.2 Het Bestuur stelt uiterlijk op 25 januari 2027 ter beschikking: een werkruimte in het
administratief centrum, laptops voor het team, TOPdesk-accounts met de nodige rechten,
beheeraccounts met MFA, toegangsbadges en de sleutels van de technische lokalen van elke locatie.
Het Bestuur duidt mevrouw Annelies Goris, diensthoofd ICT, aan als aanspreekpunt.
4.3 Is het basisteam op 1 maart 2027 door toedoen van de Opdrachtnemer niet volledig
operationeel, dan is een vertragingsboete van EUR 600,00 per kalenderdag verschuldigd. Is de
vertraging te wijten aan het Bestuur, dan wordt de startdatum uitgesteld zonder boete en zonder
bijkomende kosten voor het Bestuur.

Artikel 5 - Team
5.1 Teamleider is de heer Joris Peeters. De servicedesk bestaat uit mevrouw Yana Wouters, de heer
Mehdi El Amrani en de heer Joris Peeters; de field support uit de heer Stijn Geerts en mevrouw
Lotte Verbist. Accountmanager van de Opdrachtnemer is de heer Bart Hendrickx.
5.2 Servicedeskmedewerkers hebben ten minste twee jaar ervaring op een servicedesk en een ITIL 4
Foundation-certificaat; field supporttechnici ten minste drie jaar ervaring en de certificering
Microsoft 365 Endpoint Administrator; de teamleider ten minste vijf jaar ervaring, waarvan twee
als coördinator.
5.3 Een teamlid wordt enkel vervangen met voorafgaande schriftelijke goedkeuring van het Bestuur,
door een persoon met een gelijkwaardig of beter profiel, na voorlegging van het cv en met een
inwerkperiode van vijf werkdagen overlap op kosten van de Opdrachtnemer. Afwezigheden van meer dan
twee werkdagen worden binnen twee werkdagen opgevangen door een back-up uit de pool van de
Opdrachtnemer. Het Bestuur kan met redenen omkleed de vervanging van een teamlid vragen; de
vervanging gebeurt binnen vijftien werkdagen.
5.4 Het team werkt volgens de ITIL 4-processen en het ICT-beleid van het Bestuur. De teamleider
controleert maandelijks steekproefsgewijs 5 % van de afgesloten meldingen op kwaliteit.

Artikel 6 - Dienstverlening en service levels
6.1 De servicedesk is bereikbaar op werkdagen van 7.30 tot 17.30 uur via het interne nummer 4444,
helpdesk@herentals.be en het selfserviceportaal van TOPdesk.
6.2 Prioriteiten, reactie- en oplostijden (binnen de openingsuren):
   P1 - een volledige locatie of dienst of een kritieke dienstverlening (loket burgerzaken,
        verpleegafdeling woonzorgcentrum) kan niet werken: reactie binnen 15 minuten,
        technicus ter plaatse binnen 2 uur indien nodig, herstel of workaround binnen 4 werkuren
   P2 - één medewerker kan niet werken: reactie binnen 1 werkuur, herstel binnen 1 werkdag
   P3 - hinder of vraag: reactie binnen 4 werkuren, herstel binnen 3 werkdagen
   P4 - aanvragen (o.a. nieuwe medewerkers): op de afgesproken datum
6.3 Doelstellingen per maand: 90 % van de oproepen beantwoord binnen 30 seconden; 95 % van de
meldingen binnen de oplostijd; 70 % opgelost bij het eerste contact; een klanttevredenheid van
ten minste 8 op 10 in de kwartaalbevraging via TOPdesk.
6.4 Haalt de Opdrachtnemer in een maand de norm van 95 % voor P1 of P2 niet, dan wordt per norm
een boete van 3 % van de maandfactuur toegepast; ligt de klanttevredenheid twee kwartalen na elkaar
onder 7,5, dan 5 % van de facturen van dat kwartaal. De boetes bedragen samen ten hoogste 15 % per
maand en worden verrekend met de facturen.
6.5 Het team documenteert elke oplossing in de kennisbank van TOPdesk en houdt per locatie de
documentatie bij van werkplekken, netwerkprinters en audiovisuele installaties, in de omgeving
van het Bestuur.

Artikel 7 - Rapportering en overleg
7.1 Uiterlijk de vijfde werkdag van elke maand bezorgt de teamleider een rapport met de meldingen
per categorie, prioriteit en locatie, de scores op de doelstellingen, de boetes, het verbruik per
profiel tegenover de bestelbonnen, de trends en verbetervoorstellen.
7.2 De teamleider en het diensthoofd ICT hebben wekelijks een operationeel overleg. Elk kwartaal
vergadert een stuurgroep met de algemeen directeur, het diensthoofd ICT, de accountmanager en de
teamleider. Escalatie verloopt van de teamleider naar de accountmanager en daarna naar de
stuurgroep.

Artikel 8 - Duur en beëindiging
8.1 De raamovereenkomst loopt twaalf maanden vanaf 1 maart 2027 en wordt drie keer stilzwijgend
verlengd met telkens twaalf maanden, tenzij een partij ze ten minste drie maanden vóór de
vervaldag opzegt bij aangetekende brief. De totale looptijd bedraagt ten hoogste 48 maanden.
8.2 Het Bestuur kan bij ernstige tekortkomingen de ambtshalve maatregelen toepassen van het
koninklijk besluit van 14 januari 2013, waaronder de eenzijdige verbreking. Elke partij kan de
overeenkomst ontbinden als de andere partij een ernstige tekortkoming niet herstelt binnen
dertig dagen na een aangetekende ingebrekestelling.

Artikel 9 - Einde en overdracht
9.1 Bij het einde van de raamovereenkomst blijft de Opdrachtnemer op verzoek van het Bestuur de
dienstverlening tot drie maanden verder verzekeren aan de geldende dagprijzen, tot de nieuwe
dienstverlener operationeel is. Hij voorziet tien werkdagen overlap met het team van de nieuwe
dienstverlener en licht de openstaande meldingen, de kennisbank en de documentatie toe, zonder
kosten bovenop de lopende dagprijzen.
9.2 Binnen tien werkdagen na het einde geeft de Opdrachtnemer alle documenten, wachtwoorden,
badges, sleutels en het materiaal van het Bestuur terug, bezorgt hij alle door hem opgestelde
documentatie in het oorspronkelijke formaat (Word, Visio) en verwijdert hij alle kopieën, wat hij
schriftelijk bevestigt.

Artikel 10 - Aansprakelijkheid
De aansprakelijkheid van de Opdrachtnemer is beperkt tot EUR 1.000.000,00 per schadegeval,
behalve bij opzet, zware fout of lichamelijke schade. De Opdrachtnemer heeft een
beroepsaansprakelijkheidsverzekering van ten minste EUR 2.500.000,00 en stelt een borgtocht van 5 %.

Artikel 11 - Intellectuele eigendom
Alle documentatie, scripts en kennisartikelen die de Opdrachtnemer in het kader van deze opdracht
opstelt, worden eigendom van het Bestuur. Voor zijn bestaande hulpmiddelen verleent de
Opdrachtnemer het Bestuur een kosteloos, niet-exclusief gebruiksrecht.

Artikel 12 - Vertrouwelijkheid
Elk teamlid ondertekent vóór de start een vertrouwelijkheidsverklaring. Alle informatie over het
Bestuur, zijn medewerkers en de burgers blijft geheim, ook na het einde van de opdracht.

Artikel 13 - Persoonsgegevens
Het team heeft toegang tot gegevens van medewerkers, burgers en cliënten van het OCMW. De
Opdrachtnemer treedt op als verwerker en verwerkt die gegevens uitsluitend in opdracht van het
Bestuur en binnen de omgeving van het Bestuur, zonder kopieën te maken. Hij meldt een datalek
binnen 24 uur aan de functionaris voor gegevensbescherming van het Bestuur en aanvaardt audits.
De verwerkersovereenkomst van Bijlage 5 wordt samen met deze raamovereenkomst ondertekend.

Artikel 14 - Geschillen
Een geschil wordt eerst besproken in de stuurgroep. Is het na dertig dagen niet opgelost, dan kan
elke partij het voorleggen aan de rechtbank. Op deze overeenkomst is het Belgisch recht van
toepassing; bevoegd zijn de rechtbanken van het gerechtelijk arrondissement Antwerpen, afdeling
Turnhout.

Opgemaakt te Herentals op 3 december 2026, in twee exemplaren.

Voor het Bestuur                                    Voor Helpwerk nv
Tom Verlinden, burgemeester                         Sarah Mertens, gedelegeerd bestuurder
Veerle Smets, algemeen directeur
(handtekeningen)                                    (handtekening)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
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
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
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
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.25,
    },
)


DOCUMENTS = [
    NL_T20W_PATIENT_TRANSPORT_PLANNING,
    NL_T20W_PLUMBER_JOB_PLANNING_APP,
    NL_T20W_WEBHOSTING_REGISTRAR_TERMS,
    NL_T20W_CITY_HELPDESK_FRAMEWORK,
]
