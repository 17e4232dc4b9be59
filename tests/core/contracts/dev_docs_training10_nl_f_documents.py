"""Training batch 10 (nl, writer f): four Dutch documents of kinds not used before.

1. nl_t10f_bakery_production_planning: a formal Flemish agreement (numbered articles, signed by
   both parties) for the subscription, implementation and support of a hosted production-planning
   package for an industrial bakery with three production lines.
2. nl_t10f_notary_secure_mail_offer: a short, informal Netherlands e-mail offer for secure e-mail
   and a client file-sharing portal for a notary office, accepted by a reply e-mail.
3. nl_t10f_wholesale_hosted_erp_sla: a Netherlands SLA annex to a hosting and technical
   management agreement for the hosted ERP of a sanitary wholesaler, signed by the supplier with
   an empty client signature block, referring to the main agreement for duration and termination.
4. nl_t10f_school_timetable_app: a Flemish development agreement (signed by both parties) for a
   timetable app of a secondary school, with source code transferred to the school and some
   points left vague.

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

NL_T10F_BAKERY_PRODUCTION_PLANNING = UnseenDocument(
    name="nl_t10f_bakery_production_planning",
    text="""OVEREENKOMST PRODUCTIEPLANNINGSSOFTWARE "DEEGPLAN" - referentie DW-OVK-2026-031

TUSSEN
Deegwerk Software bv, met zetel te Doorniksesteenweg 212, 8500 Kortrijk, KBO 0745.318.226,
vertegenwoordigd door de heer Pieter Vanhoutte, zaakvoerder,
hierna "Deegwerk",
EN
Bakkerij Vermeulen-Desmet nv, met zetel te Industrieweg 18, 8800 Roeselare, KBO 0438.902.517,
vertegenwoordigd door mevrouw Katrien Desmet, gedelegeerd bestuurder,
hierna "de Bakkerij",

WORDT OVEREENGEKOMEN WAT VOLGT:
Artikel 1 - Voorwerp
1.1 Deegwerk stelt de Bakkerij haar gehoste productieplanningssoftware DeegPlan ter beschikking
en implementeert ze voor de drie productielijnen (brood, viennoiserie en diepvriesdeeg) in
Roeselare, met de modules Recepturen, Orderplanning, Lijnplanning per ploeg,
Grondstoffenbehoefte, Allergenen en Etikettering, en Tracering per lot.
1.2 Inbegrepen zijn: 25 gebruikersaccounts, 8 schermen voor de productievloer, de koppeling met
het boekhoud- en orderpakket van de Bakkerij (Exact Online) en met de weegschalen van de
deegkamer, de conversie van de bestaande recepturen, de opleiding en de ondersteuning zoals
beschreven in deze overeenkomst.
1.3 Niet inbegrepen zijn: hardware (schermen, tablets, scanners, netwerk op de productievloer),
de licentie van Exact Online, koppelingen met EDI-platformen van de klanten van de Bakkerij en
het opstellen van HACCP-documentatie.
1.4 De offerte DW-OF-2026-118 van 2 oktober 2026 maakt als Bijlage 1 deel uit van deze
overeenkomst. Bijlage 2 bevat het implementatieplan, Bijlage 3 de verwerkersovereenkomst. Bij
strijdigheid gaat deze overeenkomst voor op haar bijlagen. Algemene voorwaarden van beide
partijen, ook die op offertes, bestelbonnen of facturen, zijn uitgesloten.

Artikel 2 - Prijzen
2.1 Implementatie (inrichting, conversie, koppelingen, opleiding, opstartbegeleiding), vaste
prijs: EUR 28.750,00 excl. btw.
2.2 Abonnement DeegPlan, hosting en ondersteuning inbegrepen: EUR 890,00 per maand excl. btw.
2.3 Bijkomende prestaties op vraag van de Bakkerij worden aangerekend aan EUR 780,00 per dag of
EUR 105,00 per uur excl. btw. Deegwerk voert geen meerwerk uit zonder voorafgaande schriftelijke
raming, die de Bakkerij schriftelijk goedkeurt vóór de start van de werken. Niet goedgekeurd
meerwerk wordt niet gefactureerd.
2.4 Het abonnement en de tarieven van 2.3 worden jaarlijks op 1 januari geïndexeerd volgens
P = P0 x (0,2 + 0,8 x S/S0), waarbij S het Agoria-referentieloon is. Andere prijswijzigingen
vereisen een schriftelijk akkoord van de Bakkerij.
2.5 De implementatieprijs wordt gefactureerd voor 30 % bij ondertekening, 40 % bij de
ingebruikname en 30 % bij de definitieve aanvaarding. Het abonnement wordt per kwartaal vooraf
gefactureerd vanaf de ingebruikname. Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

Artikel 3 - Planning en medewerking van de Bakkerij
3.1 Partijen volgen deze planning:
   januari 2027            analyse van de productieprocessen en inrichtingsworkshops
   februari - maart 2027   configuratie, conversie en koppelingen
   april 2027              opleiding en acceptatietest
   zaterdag 8 mei 2027     ingebruikname (eerste productienacht: zondag 9 mei 2027)
3.2 De Bakkerij bezorgt uiterlijk op 15 januari 2027 haar recepturen in Excel, de artikel- en
klantenlijst en de lijst van grondstoffen met allergeneninformatie. Zij duidt twee key users
aan (de productieverantwoordelijke en de planner), die tijdens de configuratiefase één dag per
week beschikbaar zijn, en voorziet vóór 1 april 2027 de schermen en het wifi-netwerk in de
productieruimtes.
3.3 Wordt de ingebruikname door toedoen van Deegwerk uitgesteld, dan is Deegwerk een forfaitaire
schadevergoeding verschuldigd van 1 % van de implementatieprijs per begonnen week vertraging,
met een maximum van 10 %. Komt de Bakkerij haar verplichtingen van 3.2 niet tijdig na, dan
stellen partijen binnen vijf werkdagen een nieuwe planning op en worden de bijkomende dagen
aangerekend volgens 2.3, na goedkeuring door de Bakkerij.

Artikel 4 - Team en kwaliteit
4.1 Projectleider van Deegwerk is mevrouw Lies Maertens, die meer dan tien jaar ervaring heeft
met planning in de voedingsindustrie. De configuratie gebeurt door de heer Bram Dewulf,
senior consultant met ten minste vijf implementaties van DeegPlan. Projectleider van de Bakkerij
is de heer Ruben Vermeulen, productiedirecteur.
4.2 Deegwerk vervangt de projectleider of de consultant enkel met het voorafgaand akkoord van de
Bakkerij, door een persoon met vergelijkbare ervaring, met een overdracht van minstens twee
dagen zonder kosten voor de Bakkerij.
4.3 Elke configuratiestap en elke koppeling wordt door Deegwerk getest in een aparte
testomgeving voordat ze aan de Bakkerij wordt opgeleverd. Deegwerk is ISO 9001 gecertificeerd.
4.4 Elke vrijdag bezorgt Deegwerk een beknopt statusverslag met de uitgevoerde taken, de
planning van de volgende week, openstaande punten en risico's. Maandelijks komt een stuurgroep
samen met de gedelegeerd bestuurder en de productiedirecteur van de Bakkerij en de zaakvoerder
en de projectleider van Deegwerk.

Artikel 5 - Conversie, aanvaarding, ingebruikname en opleiding
5.1 Deegwerk converteert de recepturen, artikelen, grondstoffen en allergenen uit de bestanden
van 3.2 naar DeegPlan. Na een proefconversie controleert de Bakkerij steekproefsgewijs 50
recepturen; de definitieve conversie gebeurt in de week vóór de ingebruikname.
5.2 De acceptatietest duurt tien werkdagen en gebeurt aan de hand van de testscenario's van
Bijlage 2, waaronder de volledige planning van een productieweek. Fouten worden ingedeeld als
blokkerend of niet-blokkerend. De voorlopige aanvaarding wordt ondertekend zodra er geen
blokkerende fouten meer zijn; de definitieve aanvaarding volgt na zes weken productie zonder
blokkerende fouten.
5.3 De eerste twee productienachten is een consultant van Deegwerk ter plaatse aanwezig.
5.4 Deegwerk geeft twee opleidingsdagen aan de key users, een sessie van twee uur per ploeg voor
de operatoren en levert een handleiding in het Nederlands, een beheerdershandleiding en een
inrichtingsdocument waarin alle instellingen beschreven staan.
5.5 Gedurende drie maanden na de voorlopige aanvaarding herstelt Deegwerk kosteloos alle fouten
in de configuratie, de conversie en de koppelingen.

Artikel 6 - Ondersteuning, beschikbaarheid en updates
6.1 Het abonnement omvat hosting in twee datacenters in België, dagelijkse back-ups, de helpdesk,
het herstel van fouten en alle nieuwe versies van DeegPlan.
6.2 De helpdesk is bereikbaar op werkdagen van 7.00 tot 18.00 uur via 056 43 21 90,
support@deegwerk.be en het klantenportaal. Voor storingen met prioriteit 1 is bovendien een
wachtdienst 24 uur op 24 en 7 dagen op 7 bereikbaar via 056 43 21 99.
6.3 Termijnen:
   Prioriteit 1 - productieplanning onbruikbaar: reactie binnen 1 uur, werkende omweg of herstel
   binnen 4 uur (24/7)
   Prioriteit 2 - module gestoord, planning mogelijk: reactie binnen 4 werkuren, herstel binnen
   2 werkdagen
   Prioriteit 3 - vraag of kleine fout: reactie binnen 1 werkdag, herstel in de volgende versie
6.4 Deegwerk garandeert een beschikbaarheid van DeegPlan van 99,5 % per kalendermaand, gepland
onderhoud niet meegerekend. Gepland onderhoud gebeurt op zaterdag tussen 12.00 en 16.00 uur en
wordt vijf werkdagen vooraf aangekondigd.
6.5 Ligt de beschikbaarheid lager dan 99,5 %, dan crediteert Deegwerk 5 % van de maandvergoeding
per begonnen schijf van 0,5 % onder dat niveau, en 5 % per prioriteit 1-storing die niet binnen
4 uur is opgelost, samen met een maximum van 30 % van de maandvergoeding.
6.6 Nieuwe versies, patches en beveiligingsupdates worden door Deegwerk geïnstalleerd in het
onderhoudsvenster van 6.4; kritieke beveiligingspatches binnen 72 uur na beschikbaarheid.
6.7 Vaste contactpersoon voor de Bakkerij na de ingebruikname is de heer Bram Dewulf. Deegwerk
houdt het inrichtingsdocument en de beschrijving van de koppelingen actueel.

Artikel 7 - Duur en beëindiging
7.1 Het abonnement loopt 36 maanden vanaf de ingebruikname. Daarna wordt het stilzwijgend
verlengd voor opeenvolgende periodes van twaalf maanden, tenzij een partij het ten minste drie
maanden vóór de vervaldag opzegt bij aangetekende brief.
7.2 Elke partij kan de overeenkomst met onmiddellijke ingang beëindigen bij aangetekende brief
wanneer de andere partij een zware tekortkoming niet herstelt binnen dertig dagen na een
ingebrekestelling, of bij faillissement van de andere partij.
7.3 Bij het einde van de overeenkomst, om welke reden ook, bezorgt Deegwerk binnen tien werkdagen
een volledige export van alle gegevens van de Bakkerij (recepturen, planningen, lotgegevens) in
csv-formaat en als SQL-dump, met een beschrijving van de velden. Deegwerk blijft op verzoek tot
drie maanden na het einde de dienst leveren tegen de lopende maandvergoeding en werkt mee aan de
overstap naar een andere leverancier tegen het dagtarief van 2.3. Daarna wist Deegwerk de
gegevens en bevestigt zij dat schriftelijk.

Artikel 8 - Eigendom
De recepturen en alle gegevens van de Bakkerij blijven haar eigendom. Deegwerk blijft eigenaar
van DeegPlan; de Bakkerij krijgt een niet-exclusief gebruiksrecht voor de duur van de
overeenkomst. De specifieke koppelingen met Exact Online en de weegschalen worden in broncode
aan de Bakkerij overgedragen.

Artikel 9 - Aansprakelijkheid
De aansprakelijkheid van Deegwerk is per jaar beperkt tot het totaal van de bedragen die de
Bakkerij in de twaalf maanden voorafgaand aan het schadegeval heeft betaald, met een minimum van
EUR 50.000,00. Verlies van gegevens door een fout van Deegwerk valt onder deze aansprakelijkheid;
onrechtstreekse schade en winstderving zijn uitgesloten, behalve bij opzet of zware fout.

Artikel 10 - Vertrouwelijkheid en persoonsgegevens
10.1 Deegwerk houdt de recepturen en alle bedrijfsgegevens van de Bakkerij strikt vertrouwelijk,
tijdens de overeenkomst en gedurende vijf jaar na het einde ervan.
10.2 DeegPlan verwerkt de namen en ploegroosters van de operatoren. Deegwerk verwerkt deze
gegevens als verwerker, uitsluitend op instructie van de Bakkerij, in datacenters in België, en
meldt een datalek binnen 24 uur. De verwerkersovereenkomst (Bijlage 3) wordt samen met deze
overeenkomst ondertekend.

Artikel 11 - Geschillen
11.1 Een geschil wordt eerst voorgelegd aan de stuurgroep. Is het niet opgelost binnen dertig
dagen, dan stellen partijen in onderling akkoord een erkend bemiddelaar aan.
11.2 Deze overeenkomst wordt beheerst door het Belgisch recht. Geschillen die niet via
bemiddeling worden opgelost, behoren tot de bevoegdheid van de ondernemingsrechtbank Gent,
afdeling Kortrijk.

Opgemaakt te Roeselare op 27 november 2026, in twee exemplaren.
Voor Deegwerk Software bv                      Voor Bakkerij Vermeulen-Desmet nv
Pieter Vanhoutte, zaakvoerder                  Katrien Desmet, gedelegeerd bestuurder
(handtekening)                                 (handtekening)
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
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

NL_T10F_NOTARY_SECURE_MAIL_OFFER = UnseenDocument(
    name="nl_t10f_notary_secure_mail_offer",
    text="""Van: mr. Ellen Brouwer <e.brouwer@vandijkbrouwer.nl>
Aan: Mark Veldkamp <mark@kluisweg-ict.nl>
Datum: donderdag 26 november 2026 11:02
Onderwerp: RE: Offerte beveiligde mail en bestandsdeling Van Dijk & Brouwer notarissen

Hoi Mark,

Dank voor de heldere offerte. We hebben het vanochtend in het partneroverleg besproken en gaan
akkoord, ook namens mr. Van Dijk. De verwerkersovereenkomst stuur ik getekend terug zodra onze
privacy-officer ernaar gekeken heeft. Week 3 komt ons goed uit.

Met vriendelijke groet,
Ellen Brouwer
kandidaat-notaris / kantoormanager
Van Dijk & Brouwer notarissen | Oudestraat 41 | 8261 CJ Kampen | 038 331 42 10

-----Oorspronkelijk bericht-----
Van: Mark Veldkamp <mark@kluisweg-ict.nl>
Verzonden: vrijdag 20 november 2026 16:35
Aan: mr. Ellen Brouwer <e.brouwer@vandijkbrouwer.nl>
Onderwerp: Offerte beveiligde mail en bestandsdeling Van Dijk & Brouwer notarissen

Beste Ellen,

Zoals besproken dinsdag hierbij onze offerte voor beveiligd mailen en veilig bestanden delen met
jullie cliënten, banken en makelaars.

Wat jullie krijgen
- Beveiligde e-mail voor 14 medewerkers: een invoegtoepassing in Outlook waarmee jullie per
  bericht kiezen voor versleuteld verzenden. De ontvanger opent het bericht na een sms-code. Mail
  met een BSN of een conceptakte wordt automatisch herkend en versleuteld verstuurd.
- Een beveiligd uploadportaal in jullie huisstijl (bestanden.vandijkbrouwer.nl) waar cliënten
  stukken kunnen aanleveren (legitimatie, koopovereenkomst, taxatierapport) en waar jullie
  dossiermappen met cliënten kunnen delen, met tweestapsverificatie en een vervaldatum per map.
  Opslag: 1 TB.
- Alles draait in een datacenter in Amsterdam (ISO 27001 en NEN 7510), versleuteld opgeslagen.
- Beheer door ons: gebruikers aanmaken en afsluiten, instellingen, en het bijhouden van de
  updates. Updates van de mailmodule en het portaal worden door de fabrikant automatisch
  uitgerold; de Outlook-invoegtoepassing werken wij zelf bij op jullie werkplekken.
Niet inbegrepen: een koppeling met jullie aktesysteem, het overzetten van bestaande bestanden uit
jullie huidige Dropbox, en hardware.

Kosten (excl. btw)
- Eenmalig inrichten, installatie op de werkplekken en huisstijl portaal: EUR 1.450,00
- Beveiligde e-mail: 14 x EUR 11,50 = EUR 161,00 per maand
- Uploadportaal met 1 TB opslag: EUR 95,00 per maand
Totaal eerste jaar: EUR 1.450,00 + 12 x EUR 256,00 = EUR 4.522,00.
Extra gebruikers kosten EUR 11,50 per maand per gebruiker. Eventueel ander werk (bijvoorbeeld
later toch die koppeling met het aktesysteem) doen we op nacalculatie tegen ons uurtarief van
EUR 95,00. De licentieprijzen kunnen wij jaarlijks per 1 januari aanpassen aan de prijzen van de
fabrikant.

Betaling: de inrichting factureren we na de installatie, de maandbedragen maandelijks vooraf per
automatische incasso. Betalingstermijn 14 dagen.

Planning
We installeren in week 3 van 2027, op een dinsdag of woensdag, een halve dag op kantoor. Vooraf
hebben we van jullie nodig: een beheerdersaccount in Microsoft 365, de lijst van medewerkers met
06-nummers en het logo en de huisstijlkleuren voor het portaal, graag uiterlijk 8 januari.
Installatie en inrichting doet mijn collega Priya Ramdin; ik blijf jullie vaste aanspreekpunt.

Uitleg
Tijdens de installatie geven we een uitleg van een half uur aan alle medewerkers. Voor jullie
cliënten maken we een korte instructie (pdf) die jullie op de website en in de mail kunnen
zetten.

Support
Vragen en storingen via 038 202 77 40 of support@kluisweg-ict.nl, op werkdagen van 8.30 tot
17.00 uur. We streven ernaar binnen vier uur te reageren. Storingen bij het platform zelf
lossen we samen met de fabrikant zo snel mogelijk op. Eén keer per jaar komen we langs voor een
evaluatie van het gebruik en de instellingen.

Looptijd
De abonnementen lopen 12 maanden vanaf de installatie en worden daarna telkens met 12 maanden
verlengd. Opzeggen kan tot een maand voor het einde van de lopende periode, per mail. Na het
einde kunnen jullie nog 30 dagen alle bestanden en mappen zelf downloaden in het oorspronkelijke
formaat; daarna worden ze gewist.

Privacy en geheimhouding
Omdat jullie met persoonsgegevens en BSN's werken, hoort hier een verwerkersovereenkomst bij; die
zit als bijlage bij deze mail. Kort samengevat: de gegevens blijven in Nederland, wij en de
fabrikant kunnen de inhoud van berichten en bestanden niet lezen, en een datalek melden we binnen
24 uur. Al onze medewerkers hebben een geheimhoudingsverklaring getekend en houden alles wat ze
bij jullie zien vertrouwelijk.

Op deze offerte zijn de NL Digital Voorwaarden van toepassing; die zitten ook als bijlage bij.

Als jullie akkoord zijn, hoor ik het graag per mail, dan plannen we de installatie in.

Met vriendelijke groet,
Mark Veldkamp
accountmanager
Kluisweg ICT B.V. | Kluisweg 12 | 8011 XP Zwolle | KvK 61239087
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
        "reporting.progress": "missing",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "missing",
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
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 14,
    },
)

NL_T10F_WHOLESALE_HOSTED_ERP_SLA = UnseenDocument(
    name="nl_t10f_wholesale_hosted_erp_sla",
    text="""BIJLAGE 3 - SERVICE LEVEL AGREEMENT
bij de Overeenkomst Hosting en Technisch Applicatiebeheer ERP, kenmerk STR-2026-0457
Versie 1.2 - 1 december 2026

Partijen: Stratus Hosting B.V., Papendorpseweg 100, 3528 BJ Utrecht ("Stratus") en
Van der Meulen Sanitair Groothandel B.V., Industrieweg 9, 3861 RA Nijkerk ("Klant").

1. Doel en rangorde
1.1 Deze SLA beschrijft de service levels voor de hosting en het technisch beheer van de
ERP-omgeving van Klant (Microsoft Dynamics 365 Business Central on-premises, versie 24, met de
add-ons voor EDI, magazijnbeheer en de webshopkoppeling).
1.2 Deze SLA maakt deel uit van de Overeenkomst. Bij strijdigheid prevaleert de Overeenkomst,
behalve voor de service levels en service credits, waarvoor deze SLA voorgaat.

2. Diensten
2.1 De maandvergoeding van de Overeenkomst omvat:
   a. hosting van de productie-, acceptatie- en testomgeving in de privécloud van Stratus in twee
      datacenters in Nederland (Amsterdam en Groningen), met replicatie van de productieomgeving;
   b. monitoring 24/7 van servers, databases, de EDI-service en de webshopkoppeling;
   c. dagelijkse back-up van alle omgevingen, 30 dagen bewaard, en een maandelijkse back-up die
      12 maanden wordt bewaard; RPO 1 uur en RTO 4 uur voor de productieomgeving;
   d. beheer en patching van besturingssystemen, SQL Server en Business Central-platform;
   e. de servicedesk voor de geautoriseerde contactpersonen van Klant;
   f. standaardwijzigingen (gebruikers, rechten, printers, certificaten) tot 6 uur per maand.
2.2 Niet in deze SLA inbegrepen zijn functioneel applicatiebeheer en maatwerk in Business
Central, die worden geleverd door de ERP-partner van Klant, en de werkplekken en het lokale
netwerk van Klant.
2.3 De vergoeding voor de diensten van 2.1 bedraagt EUR 4.380,00 per maand excl. btw, maandelijks
vooraf gefactureerd, betaalbaar binnen 30 dagen na factuurdatum. Werkzaamheden buiten 2.1 voert
Stratus uit tegen EUR 118,00 per uur, uitsluitend op basis van een offerte die door Klant vooraf
schriftelijk is goedgekeurd. Vergoeding en uurtarief worden per 1 januari aangepast aan de
CBS-cao-lonenindex voor de sector zakelijke dienstverlening.

3. Servicetijden en bereikbaarheid
3.1 Servicedesk: maandag tot en met zaterdag van 6.00 tot 22.00 uur (de openingstijden van het
distributiecentrum van Klant) via 030 799 12 00, het serviceportaal en servicedesk@stratus.nl.
3.2 Buiten deze tijden zijn P1-meldingen telefonisch 24/7 te melden via 030 799 12 99.
3.3 Klant wijst maximaal vijf geautoriseerde contactpersonen aan die meldingen mogen doen, en
houdt de lijst actueel via het serviceportaal.

4. Prioriteiten, reactie- en oplostijden
Reactietijd: tijd tussen de melding en de eerste inhoudelijke reactie van een engineer.
Oplostijd: tijd tussen de melding en het herstel of een door Klant aanvaarde workaround.

   Prioriteit  Omschrijving                                     Reactietijd   Oplostijd
   P1          productie plat: geen orders, facturatie of       30 minuten    4 uur (24/7)
               picking mogelijk, of EDI volledig gestoord
   P2          ernstige verstoring met een beperkte groep        2 uur         8 servicetijduren
               gebruikers of één bedrijfsproces
   P3          hinderlijke storing met omweg                     1 werkdag     5 werkdagen
   P4          vraag of wijzigingsverzoek                        2 werkdagen   in overleg

Stratus bepaalt de prioriteit in overleg met de melder; bij verschil van mening geldt de
prioriteit die Klant opgeeft, totdat de servicemanagers anders afspreken.

5. Beschikbaarheid
5.1 Stratus garandeert een beschikbaarheid van de productieomgeving van 99,8 % per
kalendermaand, gemeten aan de rand van het datacenter als de mogelijkheid om in te loggen en een
testorder te boeken.
5.2 Gepland onderhoud telt niet mee, mits het op zondag tussen 0.00 en 6.00 uur plaatsvindt, ten
minste vijf werkdagen vooraf is aangekondigd en per maand niet meer dan 4 uur duurt.

6. Updates en patches
6.1 Beveiligingspatches van Microsoft worden maandelijks in het onderhoudsvenster van 5.2
geïnstalleerd; kritieke patches binnen 72 uur na publicatie, zo nodig buiten het venster na
afstemming met Klant.
6.2 Cumulatieve updates van Business Central worden elk kwartaal eerst in de acceptatieomgeving
geïnstalleerd. Klant test deze binnen tien werkdagen en geeft schriftelijk akkoord, waarna
Stratus de update in het eerstvolgende onderhoudsvenster in productie neemt.

7. Service credits
7.1 Wordt de beschikbaarheid van 5.1 niet gehaald, dan heeft Klant recht op een creditering van
de maandvergoeding van 2.3: 5 % bij een beschikbaarheid van 99,5 % tot 99,8 %, 10 % van 99,0 %
tot 99,5 % en 20 % onder 99,0 %.
7.2 Voor elk P1-incident waarvan de oplostijd wordt overschreden, krediteert Stratus 2 % per
begonnen uur overschrijding.
7.3 Het totaal van de credits bedraagt maximaal 25 % van de maandvergoeding. Stratus verrekent de
credits op de eerstvolgende factuur, zonder dat Klant daarom hoeft te verzoeken.

8. Rapportage en overleg
8.1 Stratus levert uiterlijk op de vijfde werkdag van elke maand een servicerapport met de
gemeten beschikbaarheid, alle incidenten met reactie- en oplostijden, de uitgevoerde wijzigingen
en patches, de back-up- en restore-resultaten en het capaciteitsgebruik.
8.2 Elk kwartaal vindt een service review plaats tussen de servicemanager van Stratus, de heer
Ruud Bosman, en de ICT-manager van Klant, mevrouw Annelies Kok.
8.3 Escalatie: servicedesk, daarna de servicemanager, daarna de directeur operations van Stratus
en de financieel directeur van Klant.
8.4 Onenigheid over de meting van de beschikbaarheid of de berekening van credits wordt eerst in
de service review besproken en, als die binnen twintig werkdagen geen oplossing oplevert,
voorgelegd aan de directies van beide partijen. Pas daarna kan een partij de geschillenregeling
van de Overeenkomst inroepen.

9. Kennis van de omgeving en kwaliteit
9.1 Stratus houdt een actuele systeemdocumentatie bij van de omgeving van Klant (configuratie-
overzicht, netwerkschema, koppelingen, restore-procedure) en stelt die op verzoek ter beschikking.
9.2 Het technisch beheer wordt uitgevoerd door een vast team van drie systeembeheerders met een
certificering Microsoft Azure Administrator of gelijkwaardig en ten minste drie jaar ervaring
met Business Central-omgevingen.
9.3 Stratus is gecertificeerd volgens ISO 27001 en ISO 9001 en voert elk halfjaar samen met
Klant een restoretest van de productieomgeving uit in de testomgeving.

10. Duur en einde
10.1 Voor de looptijd en de opzegging van deze SLA geldt artikel 12 van de Overeenkomst.
10.2 Bij het einde van de Overeenkomst levert Stratus binnen vijf werkdagen na een verzoek van
Klant een volledige back-up van de productiedatabase (SQL .bak), de bijlagenmap en de
configuratie van de add-ons. Stratus blijft de diensten tot drie maanden na het einde op
dezelfde voorwaarden leveren en werkt mee aan de migratie naar een nieuwe leverancier tegen het
uurtarief van 2.3.
10.3 Op de verwerking van persoonsgegevens is de verwerkersovereenkomst van Bijlage 4 van
toepassing.

Aldus overeengekomen,

Stratus Hosting B.V.                             Van der Meulen Sanitair Groothandel B.V.
J. de Graaf, directeur operations                Naam: ......................................
Utrecht, 1 december 2026                         Functie: ...................................
(getekend)                                       Datum: ........................
                                                 Handtekening: ..............................
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.quote_included": "missing",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "missing",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
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
        "rollout.user_support": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "partial",
        "exit.termination": "partial",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.5,
        "availability_percent": 99.8,
    },
)

NL_T10F_SCHOOL_TIMETABLE_APP = UnseenDocument(
    name="nl_t10f_school_timetable_app",
    text="""ONTWIKKELINGSOVEREENKOMST - APP "MIJN ROOSTER"

Tussen
Studio Lijnwerk bv, Hundelgemsesteenweg 88, 9050 Gentbrugge, KBO 0768.204.991,
vertegenwoordigd door Jens De Clercq, zaakvoerder ("Lijnwerk"),
en
vzw Sint-Lodewijkscollege, Kanunnik Davidlaan 12, 2500 Lier, KBO 0410.553.862,
vertegenwoordigd door Greet Van Looy, algemeen directeur ("de school"),

wordt het volgende afgesproken.

1. Wat Lijnwerk ontwikkelt
1.1 Lijnwerk ontwikkelt een app voor iOS en Android, "Mijn Rooster", waarin de 1.150 leerlingen
en 140 personeelsleden van de school hun lesrooster zien, met de dagelijkse wijzigingen:
afwezige leerkrachten, vervangingen, lokaalwissels en geschrapte lesuren. Bij een wijziging
voor de volgende dag krijgt de gebruiker een pushbericht.
1.2 De app haalt de roosters en wijzigingen elke vijftien minuten op uit het roosterprogramma
Untis van de school. Aanmelden gebeurt met de Smartschool-account van de gebruiker.
1.3 Niet inbegrepen: berichten aan ouders, een koppeling met de puntenboeken of de
afwezigheidsregistratie van Smartschool, en een webversie. Deze functies kunnen later als
uitbreiding worden besteld.
1.4 De offerte van Lijnwerk van 12 oktober 2026 (ref. LW-26-077) is als bijlage toegevoegd en
maakt deel uit van deze overeenkomst.

2. Prijs en betaling
2.1 De ontwikkeling van de app zoals beschreven in artikel 1 gebeurt voor een vaste prijs van
EUR 24.500,00 excl. btw.
2.2 Hosting van de koppeling met Untis, het versturen van pushberichten, monitoring en
onderhoud van de app kosten EUR 175,00 per maand excl. btw, jaarlijks vooraf gefactureerd per
schooljaar. Dit bedrag wordt elk jaar op 1 september aangepast aan de index der
consumptieprijzen.
2.3 Wijzigingen of uitbreidingen die niet in artikel 1 staan, worden in onderling overleg
besproken en aangerekend aan EUR 82,00 per uur excl. btw.
2.4 De vaste prijs wordt gefactureerd voor 40 % bij ondertekening, 30 % bij de oplevering van de
testversie en 30 % bij de publicatie in de App Store en Google Play. Facturen zijn betaalbaar
binnen 30 dagen.

3. Wat de school doet
3.1 De school bezorgt uiterlijk op 15 januari 2027 een test-export uit Untis en een
Smartschool-testomgeving met API-toegang, en duidt een contactpersoon aan: de heer Wim Peeters,
ICT-coördinator, die de vragen van Lijnwerk binnen drie schooldagen beantwoordt.
3.2 De school stelt een testgroep samen van ten minste tien leerlingen en vijf leerkrachten voor
de testperiode van artikel 5.
3.3 De app wordt gepubliceerd onder het ontwikkelaarsaccount van de school bij Apple en Google,
dat de school uiterlijk op 1 april 2027 aanmaakt.

4. Planning
   februari 2027        ontwerp van de schermen, goedkeuring door de school
   maart - april 2027   bouw van de app en de koppelingen
   mei 2027             testversie voor de testgroep
   juni 2027            aanpassingen en publicatie in de app-winkels
   1 september 2027     gebruik door alle leerlingen en personeelsleden
De data in dit artikel zijn richtdata. Een overschrijding ervan geeft de school geen recht op
een schadevergoeding.

5. Testen en aanvaarding
5.1 De testgroep gebruikt de testversie gedurende twee weken. De school meldt de gevonden fouten
via het gedeelde takenbord, ingedeeld als blokkerend of niet-blokkerend.
5.2 De app is aanvaard zodra de school schriftelijk akkoord gaat, of uiterlijk tien werkdagen na
de oplevering van een versie zonder blokkerende fouten als de school in die periode geen
blokkerende fouten meldt.

6. Hoe Lijnwerk werkt
6.1 Projectleider is Jens De Clercq; de app wordt gebouwd door Hanne Wauters, ontwikkelaar.
6.2 Alle code wordt nagelezen door een tweede ontwikkelaar en automatisch getest vóór elke
nieuwe versie. De app voldoet aan de toegankelijkheidsrichtlijnen WCAG 2.1 niveau AA.
6.3 Elke twee weken stuurt Lijnwerk een korte stand van zaken per mail en toont ze de nieuwe
functies in een online demo van een half uur met de ICT-coördinator.
6.4 Bij de oplevering levert Lijnwerk de technische documentatie van de app en van de koppelingen
en draagt ze de broncode over in een Git-repository op naam van de school.

7. Na de oplevering
7.1 Fouten die binnen zes maanden na de publicatie worden gemeld, herstelt Lijnwerk kosteloos.
7.2 Lijnwerk maakt een korte handleiding voor leerlingen en ouders en geeft in de laatste week
van augustus 2027 een infomoment van een uur voor het personeel.
7.3 Het onderhoud van 2.2 omvat het aanpassen van de app aan nieuwe versies van iOS en Android en
aan wijzigingen in Untis of Smartschool, en het installeren van beveiligingsupdates van de
gebruikte bibliotheken.
7.4 Vragen en meldingen kunnen op werkdagen van 9.00 tot 17.00 uur naar support@lijnwerk.be of
naar 09 335 18 40. Meldingen worden zo snel mogelijk behandeld. Jens De Clercq blijft het vaste
aanspreekpunt van de school.

8. Duur van het onderhoud
Het onderhoud loopt van 1 september 2027 tot 31 augustus 2028 en wordt daarna telkens met een
schooljaar verlengd, tenzij een partij uiterlijk op 30 juni schriftelijk opzegt, dus twee
maanden vóór het einde van het lopende schooljaar.

9. Eigendom
Na volledige betaling van de vaste prijs draagt Lijnwerk alle vermogensrechten op de app, de
broncode en de ontwerpen over aan de school. Voor de standaardbouwstenen die Lijnwerk ook in
andere projecten gebruikt, krijgt de school een kosteloos, eeuwigdurend en overdraagbaar
gebruiksrecht.

10. Aansprakelijkheid
De aansprakelijkheid van Lijnwerk is beperkt tot het bedrag van de vaste prijs van artikel 2.1,
behalve bij opzet of zware fout.

11. Vertrouwelijkheid en privacy
11.1 Lijnwerk houdt alle informatie over de school, haar leerlingen en personeel vertrouwelijk.
11.2 De app verwerkt de naam, de klas en het lesrooster van leerlingen, onder wie minderjarigen,
en van personeelsleden. Lijnwerk verwerkt deze gegevens als verwerker uitsluitend voor de app,
op servers in de Europese Unie, zonder tracking of reclame, en meldt een datalek binnen 24 uur
aan de school. De verwerkersovereenkomst is als bijlage toegevoegd en wordt samen met deze
overeenkomst ondertekend.

12. Geschillen
Bij een geschil overleggen eerst de algemeen directeur en de zaakvoerder. Lukt het niet om
binnen dertig dagen tot een oplossing te komen, dan proberen partijen een bemiddeling bij een
erkend bemiddelaar. Op deze overeenkomst is het Belgisch recht van toepassing; bevoegd zijn de
rechtbanken van Antwerpen, afdeling Mechelen.

Opgemaakt te Lier op 1 december 2026 in twee exemplaren.

Voor Studio Lijnwerk bv                       Voor vzw Sint-Lodewijkscollege
Jens De Clercq, zaakvoerder                   Greet Van Looy, algemeen directeur
(handtekening)                                (handtekening)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "missing",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
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
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
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
        "exit.data_return": "missing",
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
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 180,
    },
)


DOCUMENTS = [
    NL_T10F_BAKERY_PRODUCTION_PLANNING,
    NL_T10F_NOTARY_SECURE_MAIL_OFFER,
    NL_T10F_WHOLESALE_HOSTED_ERP_SLA,
    NL_T10F_SCHOOL_TIMETABLE_APP,
]
